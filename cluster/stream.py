"""Streaming the lake's images through workers: plan batches on the client, read and match on the worker.

The client only reads the `image_sha256` and `error` columns (to decide what to compute); image bytes
are read by the worker that matches them, one Parquet row group (~1000 images) at a time, and only
detections come back. A batch is a pure function of its spec, so a batch lost with a killed worker is
recomputed by Dask with the same result.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from knockoff.errors import LakeError
from knockoff.lake import DETECTIONS_SCHEMA, Lake

ERRORS_SCHEMA = pa.schema([("image_sha256", pa.string()), ("error", pa.string())])


@dataclass(frozen=True)
class Batch:
    """Images to match: rows of one row group of one images file (all usable rows, or `wanted` only)."""

    index: int
    lake: str
    path: str
    row_group: int
    wanted: tuple[str, ...] | None = None  # None: every row with bytes and no download error
    n_images: int = 0


@dataclass
class Plan:
    """What a run will compute and what it takes from the cache."""

    batches: list[Batch] = field(default_factory=list)
    needed: list[str] = field(default_factory=list)  # every image sha the run needs detections for
    lake_errors: dict[str, str] = field(default_factory=dict)  # images whose download failed
    missing: list[str] = field(default_factory=list)  # referenced by listings, bytes nowhere in the lake


def _row_groups(lake: Lake, path: str) -> Iterable[tuple[int, list[str | None], list[str | None]]]:
    """(row group, shas, errors) of one images file, read through the lake's schema unification
    (a file from another tool without `error` reads it as nulls). Raises LakeError, one line."""
    try:
        n = pq.ParquetFile(path, filesystem=lake.fs).num_row_groups
        groups = [
            (rg, lake.read_file("images", path, ["image_sha256", "error"], row_group=rg)) for rg in range(n)
        ]
    except (OSError, pa.ArrowException, LakeError) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise LakeError(
            f"images file {path} is unreadable ({detail}); recrawl or remove that partition"
        ) from exc
    for rg, t in groups:
        yield rg, t.column("image_sha256").to_pylist(), t.column("error").to_pylist()


@dataclass
class _Scan:
    """Images found so far while planning: each sha once (the first row group holding it wins), and the
    row groups with images to compute: (path, row group, usable shas, usable rows in the row group)."""

    lake: Lake
    plan: Plan
    seen: set[str] = field(default_factory=set)
    groups: list[tuple[str, int, list[str], int]] = field(default_factory=list)

    def file(self, path: str, only: set[str] | None) -> None:
        """Scan one images file for usable images (of `only`, when given); failed downloads go to
        `plan.lake_errors`."""
        for rg, shas, errs in _row_groups(self.lake, path):
            usable, total_usable = self._usable(shas, errs, only)
            if usable:
                self.groups.append((path, rg, usable, total_usable))

    def _usable(
        self, shas: list[str | None], errs: list[str | None], only: set[str] | None
    ) -> tuple[list[str], int]:
        """(shas first seen here and downloaded fine, rows without an error: what a batch without
        `wanted` would read)."""
        usable: list[str] = []
        total_usable = 0
        for sha, err in zip(shas, errs, strict=True):
            if sha is None:
                continue
            if err is None:
                total_usable += 1
            if only is not None and sha not in only:
                continue
            if err is not None:
                self.plan.lake_errors.setdefault(sha, err)
                continue
            if sha in self.seen:
                continue
            self.seen.add(sha)
            usable.append(sha)
        return usable, total_usable


def plan_batches(
    lake: Lake,
    dates: list[str],
    referenced: set[str],
    is_cached: Callable[[set[str]], set[str]],
    max_rows: int = 1000,
    min_batches: int = 1,
) -> Plan:
    """Plan the batches for `dates`: the night's images plus older ones its listings reference.

    `is_cached(shas) -> set` says which images need no computation. Every image is computed at most
    once per run (the first row group holding it wins), in a deterministic order. A batch holds at most
    `max_rows` images, and fewer when that gives at least `min_batches` batches (the caller asks for a few
    per worker thread, so one large row group does not leave the other workers idle), but never fewer than
    MIN_BATCH_ROWS images unless its row group has fewer.
    """
    plan = Plan()
    sc = _Scan(lake, plan)
    for d in dates:
        for path in lake.files("images", d):
            sc.file(path, None)
    seen = sc.seen
    cached = is_cached(seen | referenced)
    missing = referenced - seen - cached - set(plan.lake_errors)
    if missing:  # images first seen on an earlier night and not cached: find their bytes
        for d in sorted(set(lake.dates("images")) - set(dates), reverse=True):
            for path in lake.files("images", d):
                sc.file(path, missing)
            if not (missing - seen):
                break
    plan.lake_errors = {k: v for k, v in sorted(plan.lake_errors.items()) if k not in seen}
    plan.needed = sorted(seen | referenced)
    plan.missing = sorted(referenced - seen - cached - set(plan.lake_errors))
    todos = [(path, rg, [s for s in usable if s not in cached], n) for path, rg, usable, n in sc.groups]
    rows = batch_rows(sum(len(t[2]) for t in todos), max_rows, min_batches)
    for path, rg, todo, total_usable in todos:
        _add_batches(plan, lake.root, path, rg, todo, total_usable, rows)
    return plan


def _add_batches(
    plan: Plan, root: str, path: str, rg: int, todo: list[str], total_usable: int, rows: int
) -> None:
    """Batches of at most `rows` of the `todo` images of one row group; a batch that takes the whole
    row group reads it without a `wanted` filter."""
    if not todo:
        return
    everything = len(todo) == total_usable
    for start in range(0, len(todo), rows):
        chunk = todo[start : start + rows]
        wanted = None if (everything and len(todo) <= rows) else tuple(chunk)
        plan.batches.append(Batch(len(plan.batches), root, path, rg, wanted=wanted, n_images=len(chunk)))


# Smaller batches cost a task and a cache commit each. 32 (one GPU backbone batch) until 2026-12-06: then a
# small night was planned in too few batches for its workers (the 40-listing demo night, 75 images on 2 workers:
# 3 batches, 43 images on one worker and 32 on the other; match stage 63.1 s; with 8: 8 batches, 56.1 s, the same
# candidates file to the byte). Inside a batch the backbone still takes up to `match.batch_size` images at a time.
MIN_BATCH_ROWS = 8


def batch_rows(n_images: int, max_rows: int, min_batches: int = 1) -> int:
    """Images per batch: `max_rows`, lowered so `n_images` make at least `min_batches` batches, never below
    MIN_BATCH_ROWS (nor above `max_rows`)."""
    want = -(-n_images // max(1, min_batches)) if n_images else max_rows
    return max(1, min(max_rows, max(MIN_BATCH_ROWS, want)))


def read_batch(batch: Batch) -> pa.Table:
    """The batch's images (`image_sha256`, `bytes`), read on the worker straight from Parquet."""
    lake = Lake(batch.lake)
    t = lake.read_file("images", batch.path, ["image_sha256", "bytes", "error"], row_group=batch.row_group)
    if batch.wanted is None:
        keep = pc.and_(pc.is_valid(t["image_sha256"]), pc.is_null(t["error"]))
    else:
        keep = pc.is_in(t["image_sha256"], value_set=pa.array(batch.wanted, pa.string()))
    t = t.filter(keep).select(["image_sha256", "bytes"])
    # one row per image even if the file holds an image twice
    if t.num_rows != len(pc.unique(t["image_sha256"])):
        idx, seen = [], set()
        for i, s in enumerate(t["image_sha256"].to_pylist()):
            if s not in seen:
                seen.add(s)
                idx.append(i)
        t = t.take(pa.array(idx, pa.int64()))
    return t


_ADDRESS = re.compile(r" at 0x[0-9A-Fa-f]+")


def _stable_errors(errors: pa.Table) -> pa.Table:
    """Error texts without object addresses (`<... at 0x7f..>`), so reruns give identical bytes."""
    text = errors.column("error").to_pylist()
    if not any(t and " at 0x" in t for t in text):
        return errors
    clean = [_ADDRESS.sub("", t) if t else t for t in text]
    return errors.set_column(1, "error", pa.array(clean, pa.string()))


def run_batch(batch: Batch, sub_batch: int = 128) -> dict:
    """Worker task: read the batch, match it with the worker's matcher, return detections and errors."""
    from knockoff.cluster.plugins import get_matcher

    t0 = time.perf_counter()
    matcher = get_matcher()
    images = read_batch(batch)
    t_read = time.perf_counter() - t0
    dets, errs = [DETECTIONS_SCHEMA.empty_table()], [ERRORS_SCHEMA.empty_table()]
    for start in range(0, images.num_rows, sub_batch):
        out = matcher.detect(images.slice(start, sub_batch))
        dets.append(out[0].select(DETECTIONS_SCHEMA.names).cast(DETECTIONS_SCHEMA))
        errs.append(_stable_errors(out[-1].select(ERRORS_SCHEMA.names).cast(ERRORS_SCHEMA)))
    return {
        "index": batch.index,
        "computed": images.column("image_sha256").to_pylist(),
        "detections": pa.concat_tables(dets).combine_chunks(),
        "errors": pa.concat_tables(errs).combine_chunks(),
        "read_s": t_read,
        "seconds": time.perf_counter() - t0,
    }


def matcher_info() -> dict:
    """Worker task: the model version and device of this worker's matcher."""
    from knockoff.cluster.plugins import get_matcher

    m = get_matcher()
    return {"model_version": str(m.model_version), "device": getattr(m, "_knockoff_device", None)}
