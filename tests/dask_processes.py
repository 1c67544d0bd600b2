"""Stopping a dask CLI cluster that a test started as processes (`dask scheduler`, `dask worker`)."""

from __future__ import annotations

import contextlib
import signal
import subprocess


def stop_cluster(procs: list[subprocess.Popen], timeout: float = 20.0) -> None:
    """SIGTERM the workers (`procs[1:]`) and wait for them, then the scheduler (`procs[0]`); a
    process still running after `timeout` seconds is killed. Workers go first: signalled together,
    a worker still closing when the scheduler went hangs on its closed connection until its nanny
    kills it (8 s per teardown)."""
    for group in (procs[1:], procs[:1]):
        for p in group:
            with contextlib.suppress(OSError):
                p.send_signal(signal.SIGTERM)
        for p in group:
            try:
                p.wait(timeout)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(5)
