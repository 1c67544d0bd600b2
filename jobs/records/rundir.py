"""Reading and writing files of a run folder (`LAKE/runs/RUN_ID/`) on any fsspec filesystem."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from knockoff.errors import KnockoffError


def absolute_root(root: str) -> str:
    """`root` (a lake or run folder) as a path that means the same folder from any working folder: a local
    path made absolute (`demo/lake` -> `/home/me/demo/lake`), an fsspec URL (`s3://b/lake`, `file:///x`) kept."""
    root = str(root)
    if "://" in root:
        return root
    return os.path.abspath(os.path.expanduser(root))


@dataclass
class RunDir:
    """A run folder: manifest, candidates, ranked candidates and deliverables."""

    root: str
    fs: fsspec.AbstractFileSystem = field(init=False, repr=False)
    path: str = field(init=False)

    def __post_init__(self) -> None:
        self.root = str(self.root)
        self.fs, path = fsspec.core.url_to_fs(self.root)
        self.path = path.rstrip("/")

    def join(self, *parts: str) -> str:
        return "/".join([self.path, *parts])

    def exists(self, *parts: str) -> bool:
        return self.fs.exists(self.join(*parts))

    @property
    def run_id(self) -> str:
        return str(self.manifest().get("run_id") or self.path.rsplit("/", 1)[-1])

    def manifest(self) -> dict[str, Any]:
        """manifest.json as a dict ({} when the run has none yet)."""
        p = self.join("manifest.json")
        if not self.fs.exists(p):
            return {}
        try:
            with self.fs.open(p, "rb") as fh:
                data = json.loads(fh.read().decode("utf-8"))
        except (OSError, ValueError) as exc:
            raise KnockoffError(f"{self.root}: unreadable manifest.json ({exc})") from exc
        return data if isinstance(data, dict) else {}

    def dates(self) -> list[str]:
        """The lake dates this run was computed over (from its manifest)."""
        m = self.manifest()
        inputs = m.get("inputs") if isinstance(m.get("inputs"), dict) else {}
        for v in (m.get("dates"), inputs.get("dates"), m.get("date"), inputs.get("date")):
            if isinstance(v, str):
                return [v]
            if isinstance(v, list) and v:
                return sorted(str(x) for x in v)
        return []

    def lake(self) -> str | None:
        """The lake root this run read (from its manifest), or the folder two levels up."""
        m = self.manifest()
        inputs = m.get("inputs") if isinstance(m.get("inputs"), dict) else {}
        parent = self.path.rsplit("/", 2)
        above = None  # the folder holding runs/RUN_ID, when the run lies there
        if len(parent) == 3 and parent[1] == "runs":
            above = parent[0] if "://" not in self.root else f"{self.root.split('://')[0]}://{parent[0]}"
        for v in (m.get("lake"), inputs.get("lake")):
            if isinstance(v, str) and v:
                return _recorded_lake(v, above)
        return above

    def read_table(self, name: str) -> pa.Table:
        p = self.join(name)
        if not self.fs.exists(p):
            raise KnockoffError(f"{self.root}: no {name} (has the match stage run?)")
        return pq.read_table(p, filesystem=self.fs)

    def write_bytes(self, rel: str, data: bytes) -> str:
        """Write a file atomically (temporary name, then rename)."""
        final = self.join(rel)
        parent = final.rsplit("/", 1)[0]
        self.fs.makedirs(parent, exist_ok=True)
        tmp = f"{parent}/.tmp-{uuid.uuid4().hex[:12]}-{final.rsplit('/', 1)[-1]}"
        with self.fs.open(tmp, "wb") as fh:
            fh.write(data)
        self.fs.mv(tmp, final)
        return final

    def write_table(self, rel: str, table: pa.Table) -> str:
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink, compression="zstd")
        return self.write_bytes(rel, sink.getvalue().to_pybytes())


def _recorded_lake(lake: str, above: str | None) -> str:
    """A manifest's lake. Runs made before lakes were recorded absolute hold the path as typed (`demo/lake`),
    relative to a working folder nobody knows: when the run lies in LAKE/runs/ under a folder ending with that
    path, that folder is the lake; else the path is taken as given."""
    if "://" in lake or os.path.isabs(lake) or above is None or "://" in above:
        return lake
    rel = os.path.normpath(lake)
    if above == rel or above.endswith("/" + rel):
        return above
    return lake
