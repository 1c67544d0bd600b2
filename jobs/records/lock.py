"""A file lock that keeps two nights for the same date from running at once.

The lock is an `fcntl.flock` on a small file that records the owner's pid, host and start time.
The kernel drops the flock when its process dies, so a lock left behind by a dead (killed,
crashed) process is stale and is simply taken over by the next night; a live owner makes
`NightLock` raise `LockBusy` (exit code 75, EX_TEMPFAIL, so a scheduler retries later).
After taking the flock the file's inode is checked against the path, so a concurrent release
(which unlinks the file) cannot leave two holders on two different files.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import time
from pathlib import Path
from types import TracebackType

from knockoff.errors import KnockoffError


class LockBusy(KnockoffError):
    """Another live process holds the lock."""

    exit_code = 75


class NightLock:
    """Exclusive, non-blocking lock on a local path; use as a context manager."""

    def __init__(self, path: str | Path, what: str = "night") -> None:
        self.path = Path(path)
        self.what = what
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def owner(self) -> dict:
        """What the lock file says about its (last) owner: pid, host, since."""
        try:
            return json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}

    def acquire(self) -> None:
        """Take the lock (a dead owner's lock is taken over); raise LockBusy if a live process holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(20):
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                o = self.owner()
                raise LockBusy(
                    f"{self.what} is already running (pid {o.get('pid', '?')} on {o.get('host', '?')}; "
                    f"lock {self.path})"
                ) from None
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if not same:  # released (unlinked) between our open and our flock: try the new file
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            me = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
            os.write(fd, json.dumps(me).encode())
            os.fsync(fd)
            self._fd = fd
            return
        raise LockBusy(f"could not take the lock {self.path}")

    def release(self) -> None:
        """Drop the lock and remove its file."""
        if self._fd is None:
            return
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> NightLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
