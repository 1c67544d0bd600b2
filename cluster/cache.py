"""Detections cached per (image sha256, model version) under `LAKE/cache/detections/model=VERSION/`.

Each matched batch adds one pair of files as soon as it is back from its worker: `part-DIGEST.parquet`
(every scored detection of those images, unfiltered, DETECTIONS_SCHEMA) and then `index-DIGEST.parquet`
(one row per computed image: `image_sha256`, `error`), which is the commit marker: a part without its
index is ignored. A run killed half-way therefore keeps its finished batches. `CacheWriter` merges a run's
pairs in tiers while it goes on (every FANIN pairs of one tier become one pair of the next), so a run of N
batches holds at most about FANIN x log_FANIN(N) pairs at any time, and merges them into one pair when it
completes: the folder grows by one pair per run, whatever the number of images. Lookups stream the index
files' sha256 column, so memory grows with the night's images, not the lake.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from knockoff.lake import DETECTIONS_SCHEMA, Lake, write_table_atomic

INDEX_SCHEMA = pa.schema([("image_sha256", pa.string()), ("error", pa.string())])
ERRORS_SCHEMA = INDEX_SCHEMA


log = logging.getLogger(__name__)


def model_slug(model_version: str) -> str:
    """A folder-safe name for a model version (hash-suffixed when it had to be changed)."""
    slug = re.sub(r"[^A-Za-z0-9._-]", "_", model_version)[:80]
    if slug != model_version:
        slug += "-" + hashlib.sha256(model_version.encode()).hexdigest()[:8]
    return slug


def _part_of(index: str) -> str:
    """The part file committed by an index file (same digest)."""
    folder, name = index.rsplit("/", 1)
    return f"{folder}/part-{name.removeprefix('index-')}"


class DetectionCache:
    """Cached detections of one model version in one lake."""

    def __init__(self, lake: Lake, model_version: str) -> None:
        self.lake = lake
        self.model_version = model_version
        self.dir = lake.join("cache", "detections", f"model={model_slug(model_version)}")

    def _indexes(self) -> list[str]:
        fs = self.lake.fs
        if not fs.isdir(self.dir):
            return []
        names = sorted(fs.ls(self.dir, detail=False))
        return [p for p in names if p.rsplit("/", 1)[-1].startswith("index-") and p.endswith(".parquet")]

    def lookup(self, shas: Iterable[str]) -> dict[str, str]:
        """For each of `shas` already computed: the index file holding it (the first, in name order)."""
        wanted = pa.array(sorted(set(shas)), pa.string())
        found: dict[str, str] = {}
        if not len(wanted):
            return found
        for idx in self._indexes():
            part = _part_of(idx)
            try:
                col = pq.read_table(idx, columns=["image_sha256"], filesystem=self.lake.fs).column(0)
                pq.read_table(part, filesystem=self.lake.fs)  # a damaged part is recomputed, not trusted
            except (OSError, pa.ArrowException) as exc:
                log.warning("detection cache file %s unreadable (%s): its images are recomputed", idx, exc)
                continue
            hit = pc.filter(col, pc.is_in(col, value_set=wanted))
            for sha in hit.to_pylist():
                found.setdefault(sha, idx)
        return found

    def read(self, found: dict[str, str]) -> tuple[pa.Table, pa.Table]:
        """(detections, errors) of the images in `found` (from `lookup`)."""
        by_file: dict[str, list[str]] = {}
        for sha, idx in found.items():
            by_file.setdefault(idx, []).append(sha)
        dets, errs = [DETECTIONS_SCHEMA.empty_table()], [ERRORS_SCHEMA.empty_table()]
        for idx, shas in sorted(by_file.items()):
            vs = pa.array(sorted(shas), pa.string())
            part = _part_of(idx)
            t = pq.read_table(part, filesystem=self.lake.fs)
            dets.append(t.filter(pc.is_in(t["image_sha256"], value_set=vs)).cast(DETECTIONS_SCHEMA))
            ix = pq.read_table(idx, filesystem=self.lake.fs)
            ix = ix.filter(pc.is_in(ix["image_sha256"], value_set=vs))
            errs.append(ix.filter(pc.is_valid(ix["error"])).cast(ERRORS_SCHEMA))
        return pa.concat_tables(dets), pa.concat_tables(errs)

    def commit(self, computed: list[str], detections: pa.Table, errors: pa.Table) -> str | None:
        """Add the detections of newly computed images; returns the index path (None if nothing new)."""
        if not computed:
            return None
        digest = hashlib.sha256("\n".join(sorted(computed)).encode()).hexdigest()[:24]
        err = dict(zip(errors["image_sha256"].to_pylist(), errors["error"].to_pylist(), strict=True))
        index = pa.table(
            {"image_sha256": sorted(computed), "error": [err.get(s) for s in sorted(computed)]},
            schema=INDEX_SCHEMA,
        )
        self.lake.fs.makedirs(self.dir, exist_ok=True)
        write_table_atomic(self.lake, f"{self.dir}/part-{digest}.parquet", detections.cast(DETECTIONS_SCHEMA))
        path = f"{self.dir}/index-{digest}.parquet"
        write_table_atomic(self.lake, path, index)
        return path

    def compact(self, indexes: list[str]) -> str | None:
        """Merge the given committed pairs into one pair, then remove them. A crash part-way leaves the same
        detections under two index files (lookups take the first): never a lost or partial image."""
        if len(indexes) < 2:
            return indexes[0] if indexes else None
        found = {}
        for idx in indexes:
            col = pq.read_table(idx, columns=["image_sha256"], filesystem=self.lake.fs).column(0)
            found.update(dict.fromkeys(col.to_pylist(), idx))
        det, err = self.read(found)
        merged = self.commit(sorted(found), det, err)
        for idx in indexes:
            if idx != merged:
                part = _part_of(idx)
                self.lake.fs.rm(idx)  # the index first: a part without its index is ignored
                self.lake.fs.rm(part)
        return merged


FANIN = 8  # pairs of one tier merged into one pair of the next


class CacheWriter:
    """A run's commits to one DetectionCache, merged in tiers as they come (see the module doc).

    `add(computed, detections, errors)` commits one batch (kept even if the run dies right after);
    `close()` merges the run's pairs into one and returns its index path (None if nothing was added)."""

    def __init__(self, cache: DetectionCache, fanin: int = FANIN) -> None:
        self.cache = cache
        self.fanin = max(2, fanin)
        self.tiers: list[list[str]] = []

    @property
    def indexes(self) -> list[str]:
        """The run's committed index files, lowest tier last."""
        return [p for tier in reversed(self.tiers) for p in tier]

    def add(self, computed: list[str], detections: pa.Table, errors: pa.Table) -> str | None:
        path = self.cache.commit(computed, detections, errors)
        if path is not None:
            self._push(0, path)
        return path

    def _push(self, tier: int, path: str) -> None:
        while len(self.tiers) <= tier:
            self.tiers.append([])
        if path in self.tiers[tier]:  # same images committed twice: same digest, same file
            return
        self.tiers[tier].append(path)
        if len(self.tiers[tier]) >= self.fanin:
            group, self.tiers[tier] = self.tiers[tier], []
            merged = self.cache.compact(group)
            if merged is not None:
                self._push(tier + 1, merged)

    def close(self) -> str | None:
        merged = self.cache.compact(self.indexes)
        self.tiers = [[merged]] if merged else []
        return merged
