"""Run manifest: `RUN_DIR/manifest.json`, written atomically, pinning what a run read and produced.

A manifest records the run id, status, inputs (lake partition files with SHA-256 checksums), the
configuration hash, code and model versions, seeds, counts, timings and per-stage records
(`stages: {name: {status, started, finished, ...}}`, used by `knockoff nightly`).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fsspec

from knockoff.errors import KnockoffError

MANIFEST = "manifest.json"


def utc_now() -> str:
    """Current UTC time, ISO 8601 with seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def new_run_id() -> str:
    """A sortable, unique run id: `YYYYmmddTHHMMSSZ-xxxxxx`."""
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


@functools.lru_cache(maxsize=1)
def code_version() -> dict[str, str | None]:
    """The package version and, when the code runs from a git checkout, its commit."""
    from knockoff import __version__

    commit = None
    dirty = None
    repo = Path(__file__).resolve().parents[2]
    try:
        out = subprocess.run(
            ["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=5
        )
        if out.returncode == 0:
            commit = out.stdout.strip()
            st = subprocess.run(
                ["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=no"],
                capture_output=True,
                text=True,
                timeout=5,
            )
            dirty = "yes" if st.stdout.strip() else "no"
    except (OSError, subprocess.SubprocessError):
        pass
    return {"package": __version__, "git_commit": commit, "git_dirty": dirty}


def file_sha256(fs: fsspec.AbstractFileSystem, path: str, chunk: int = 4 << 20) -> str:
    """Hex SHA-256 of a file on any fsspec filesystem, read in chunks."""
    h = hashlib.sha256()
    with fs.open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


@dataclass
class Manifest:
    """A run's manifest.json; `save()` writes it atomically (temporary name, then rename)."""

    run_dir: str
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def fs_path(self) -> tuple[fsspec.AbstractFileSystem, str]:
        fs, path = fsspec.core.url_to_fs(str(self.run_dir))
        return fs, path.rstrip("/") + "/" + MANIFEST

    @classmethod
    def load(cls, run_dir: str | Path) -> Manifest:
        """Read an existing manifest (KnockoffError if absent or unreadable)."""
        m = cls(str(run_dir))
        fs, path = m.fs_path
        if not fs.exists(path):
            raise KnockoffError(f"{run_dir}: no {MANIFEST}")
        try:
            with fs.open(path, "rb") as fh:
                data = json.loads(fh.read().decode("utf-8"))
        except (OSError, ValueError) as exc:
            raise KnockoffError(f"{run_dir}: unreadable {MANIFEST} ({exc})") from exc
        m.data = data if isinstance(data, dict) else {}
        return m

    @classmethod
    def load_or_create(cls, run_dir: str | Path, run_id: str | None = None) -> Manifest:
        """The run's manifest, or a new one (status `created`, not yet saved) if it has none."""
        m = cls(str(run_dir))
        fs, path = m.fs_path
        if fs.exists(path):
            return cls.load(run_dir)
        rid = run_id or str(run_dir).rstrip("/").rsplit("/", 1)[-1] or new_run_id()
        m.data = {"run_id": rid, "created": utc_now(), "status": "created", "stages": {}}
        return m

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def update(self, **fields: Any) -> Manifest:
        self.data.update(fields)
        return self

    def save(self) -> str:
        """Write manifest.json atomically; returns its path."""
        fs, path = self.fs_path
        parent = path.rsplit("/", 1)[0]
        fs.makedirs(parent, exist_ok=True)
        tmp = f"{parent}/.tmp-{uuid.uuid4().hex[:12]}-{MANIFEST}"
        blob = json.dumps(self.data, indent=2, sort_keys=True, default=str).encode("utf-8")
        with fs.open(tmp, "wb") as fh:
            fh.write(blob + b"\n")
        fs.mv(tmp, path)
        return path

    def mark_stage(self, name: str, status: str, **info: Any) -> None:
        """Record a stage's status (re-reading the file first so concurrent records are kept) and save."""
        fs, path = self.fs_path
        if fs.exists(path):
            fresh = Manifest.load(self.run_dir).data
            fresh.update({k: v for k, v in self.data.items() if k not in fresh})
            self.data = fresh
        stages = self.data.setdefault("stages", {})
        old = stages.get(name) if isinstance(stages.get(name), dict) else {}
        now = utc_now()
        rec: dict[str, Any] = {"status": status}
        if status == "running":
            rec["started"] = now
        else:
            rec["started"] = old.get("started", now)
            rec["finished"] = now
        rec.update(info)
        stages[name] = rec
        self.save()
