"""Staging: crawl output as small complete Parquet files, written by one background thread.

The crawl loop only puts rows on a queue. A single writer thread batches them into complete
Parquet files (`STAGE/TABLE/part-WORKER-SEQ.parquet`, written under a temporary name and renamed),
flushing every `row_group_size` rows, every ~64 MB of image bytes or every couple of seconds. A
crash (even SIGKILL) therefore loses at most the last few seconds, and a resumed crawl knows what
it already stored. When every crawl process of a site has finished, `commit_stage` streams the
staged files into the lake partition (row groups, atomic rename, `_SUCCESS`), de-duplicating
images by hash and listings by id. Images are flushed before listings, so a staged listing's
images are always staged too.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from knockoff.lake import SCHEMAS, Lake

log = logging.getLogger(__name__)
TABLES = ("images", "listings")  # flush order matters: images first


class StageWriter:
    """Thread-safe row sink writing staged Parquet files from a background thread.

    `put` appends to a deque (no lock, no wake-up per row); the writer thread wakes when
    `wake_rows` rows are waiting or every `poll_seconds`, so the crawl's event loop does not hand
    the GIL to the writer for every row. At most `max_pending` rows wait: past that `put` blocks
    until the writer catches up (the image bytes they hold are the crawl's memory bound).
    """

    def __init__(
        self,
        stage_dir: str | Path,
        worker: str,
        row_group_size: int = 1000,
        flush_seconds: float = 2.0,
        max_batch_bytes: int = 64 * 1024 * 1024,
        wake_rows: int = 256,
        poll_seconds: float = 0.25,
        max_pending: int = 5000,
    ) -> None:
        self.dir = Path(stage_dir)
        self.worker = worker
        self.row_group_size = max(1, row_group_size)
        self.flush_seconds = flush_seconds
        self.max_batch_bytes = max_batch_bytes
        self.wake_rows = max(1, wake_rows)
        self.poll_seconds = poll_seconds
        self.max_pending = max(1, max_pending)
        for t in TABLES:
            (self.dir / t).mkdir(parents=True, exist_ok=True)
        self._pending: deque[tuple[str, dict]] = deque()
        self._wake = threading.Event()
        self._closing = False
        self._rows: dict[str, list[dict]] = {t: [] for t in TABLES}
        self._bytes = 0
        self._seq = 0
        self.error: BaseException | None = None
        self.written = {t: 0 for t in TABLES}
        self._thread = threading.Thread(target=self._run, name="knockoff-stage-writer", daemon=True)
        self._thread.start()

    def put(self, table: str, row: dict[str, Any]) -> None:
        """Queue one row of `table` ("images" or "listings"); RuntimeError once the writer failed."""
        if self.error is not None:
            raise RuntimeError(f"staging writer failed: {self.error}")
        self._pending.append((table, row))
        n = len(self._pending)
        if n >= self.wake_rows:
            self._wake.set()
        while n > self.max_pending and self.error is None and self._thread.is_alive():
            time.sleep(0.01)  # back-pressure: the writer is behind
            n = len(self._pending)

    def close(self) -> None:
        """Flush everything and stop the thread; re-raises a writer failure."""
        self._closing = True
        self._wake.set()
        self._thread.join()
        if self.error is not None:
            raise RuntimeError(f"staging writer failed: {self.error}") from self.error

    def _run(self) -> None:
        last = time.monotonic()
        try:
            while True:
                self._wake.wait(self.poll_seconds)
                self._wake.clear()
                closing = self._closing  # read before draining: nothing is put after close()
                while self._pending:
                    table, row = self._pending.popleft()
                    self._rows[table].append(row)
                    if table == "images" and row.get("bytes"):
                        self._bytes += len(row["bytes"])
                    if len(self._rows[table]) >= self.row_group_size or self._bytes >= self.max_batch_bytes:
                        self._flush_all()
                        last = time.monotonic()
                if closing:
                    self._flush_all()
                    return
                if time.monotonic() - last >= self.flush_seconds:
                    self._flush_all()
                    last = time.monotonic()
        except BaseException as exc:  # surfaced by put()/close()
            log.exception("staging writer failed")
            self.error = exc
            self._pending.clear()

    def _flush_all(self) -> None:
        for t in TABLES:
            rows, self._rows[t] = self._rows[t], []
            if rows:
                self._write(t, rows)
        self._bytes = 0

    def _write(self, table: str, rows: list[dict]) -> None:
        self._seq += 1
        data = pa.Table.from_pylist(rows, schema=SCHEMAS[table])
        final = self.dir / table / f"part-{self.worker}-{os.getpid()}-{self._seq:06d}.parquet"
        tmp = final.with_name(final.name + ".tmp")
        schema = SCHEMAS[table]
        binary = {f.name for f in schema if pa.types.is_binary(f.type)}
        pq.write_table(  # the lake's own layout, so a commit can move the file as is
            data,
            tmp,
            compression={f.name: ("none" if f.name in binary else "zstd") for f in schema},
            use_dictionary=[f.name for f in schema if f.name not in binary],
            row_group_size=self.row_group_size,
        )
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        self.written[table] += len(rows)


def staged_files(stage_dir: str | Path, table: str) -> list[Path]:
    """Complete staged files of a table, oldest first."""
    d = Path(stage_dir) / table
    return (
        sorted(d.glob("part-*.parquet"), key=lambda p: (p.stat().st_mtime_ns, p.name)) if d.is_dir() else []
    )


def read_staged(stage_dir: str | Path, table: str, columns: list[str] | None = None) -> pa.Table:
    """All staged rows of a table (selected columns), skipping unreadable files."""
    schema = SCHEMAS[table]
    if columns:
        schema = pa.schema([schema.field(c) for c in columns])
    parts = []
    for f in staged_files(stage_dir, table):
        try:
            parts.append(pq.read_table(f, columns=columns))
        except (OSError, pa.ArrowInvalid):
            log.warning("ignoring unreadable staged file %s", f)
    return pa.concat_tables(parts) if parts else schema.empty_table()


def _adopt(w: Any, lake: Lake, f: Path, keep: list[int], n_rows: int) -> None:
    """Put a staged file's rows into the partition being written: the file itself when every row
    is kept (a hard link on a local lake, a copy or upload otherwise; the staged file stays until
    the commit succeeded, so a failed commit can be retried), else the kept rows."""
    if not keep:
        return
    if len(keep) == n_rows:
        dest = f"{w.tmp}/{f.name}"
        if lake.fs.protocol in ("file", ("file", "local")) or "file" in (lake.fs.protocol or ()):
            try:
                os.link(f, dest)
            except OSError:
                shutil.copyfile(f, dest)
        else:
            lake.fs.put_file(str(f), dest)
        w.rows += n_rows
    else:
        w.write(pq.read_table(f).take(keep))


def commit_stage(
    lake: Lake, date: str, site: str, stage_dirs: list[Path], row_group_size: int = 1000
) -> dict[str, int]:
    """Move the staged files of all workers into the site's partitions, atomically.

    Images: one row per hash (first successful copy wins) plus one row per failed URL. Listings:
    one row per listing id. Files without duplicates are moved as they are (they are already in
    the lake's layout); others are rewritten without the duplicate rows. Images are committed
    first, so a visible listings partition always has its images partition.
    """
    counts = {"listings": 0, "images": 0}
    seen: set[str] = set()
    with lake.writer("images", date, site, row_group_size=row_group_size) as w:
        for d in stage_dirs:
            for f in staged_files(d, "images"):
                t = pq.read_table(f, columns=["image_sha256", "url", "error"])
                keep = []
                for i, (sha, url, err) in enumerate(
                    zip(
                        t["image_sha256"].to_pylist(),
                        t["url"].to_pylist(),
                        t["error"].to_pylist(),
                        strict=True,
                    )
                ):
                    key = f"err:{url}" if err else sha
                    if key and key not in seen:
                        seen.add(key)
                        keep.append(i)
                _adopt(w, lake, f, keep, t.num_rows)
        counts["images"] = w.rows
    seen.clear()
    with lake.writer("listings", date, site, row_group_size=row_group_size) as w:
        for d in stage_dirs:
            for f in staged_files(d, "listings"):
                t = pq.read_table(f, columns=["listing_id"])
                keep = []
                for i, lid in enumerate(t["listing_id"].to_pylist()):
                    if lid not in seen:
                        seen.add(lid)
                        keep.append(i)
                _adopt(w, lake, f, keep, t.num_rows)
        counts["listings"] = w.rows
    return counts
