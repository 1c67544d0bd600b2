"""The lake: Parquet tables under one root (a local path or any fsspec URL), as docs/ARCHITECTURE.md section 4 (lake contract).

Tables are partitioned `TABLE/date=YYYY-MM-DD/site=NAME/part-*.parquet`. A partition becomes
visible only when complete: files are written into a hidden temporary folder beside it, which
is renamed into place with a `_SUCCESS` marker. A rerun replaces a partition, never duplicates it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from w3lib.url import canonicalize_url

from knockoff.errors import KnockoffError, LakeError

FIELD_SOURCE_FIELDS = (
    "title", "description", "brand_claimed", "price", "currency", "sku", "availability", "seller",
    "seller_url", "image_urls", "gtin", "mpn",
)  # fmt: skip
LISTINGS_SCHEMA = pa.schema(
    [
        ("listing_id", pa.string()),
        ("site", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("description", pa.string()),
        ("brand_claimed", pa.string()),
        ("price", pa.float64()),
        ("currency", pa.string()),
        ("sku", pa.string()),
        # the maker's codes (crawler/codes.py): GTIN digits with a valid check digit, manufacturer's part number;
        # null in partitions written before 2026-12-05
        ("gtin", pa.string()),
        ("mpn", pa.string()),
        ("availability", pa.string()),
        ("seller", pa.string()),
        ("seller_url", pa.string()),
        ("image_urls", pa.list_(pa.string())),
        ("image_sha256", pa.list_(pa.string())),
        ("crawl_date", pa.string()),
        ("fetched_at", pa.timestamp("us", tz="UTC")),
        # how each field was found: 'jsonld' | 'microdata' | 'rdfa' | 'opengraph' | 'heuristic' | 'selector'
        ("field_sources", pa.struct([(f, pa.string()) for f in FIELD_SOURCE_FIELDS])),
    ]
)

IMAGES_SCHEMA = pa.schema(
    [
        ("image_sha256", pa.string()),
        ("url", pa.string()),
        ("bytes", pa.binary()),
        ("mime", pa.string()),
        ("width", pa.int32()),  # displayed frame: EXIF orientation applied (see DETECTIONS_SCHEMA)
        ("height", pa.int32()),
        ("error", pa.string()),
    ]
)

# Image frame (the contract for every pixel coordinate and size in the lake and in run outputs):
# the DISPLAYED frame, as photo viewers and browsers show the image, i.e. with its EXIF orientation
# (tag 274, values 1-8) applied. A 1200x600 JPEG stored with orientation 6 has images.width 600 and
# images.height 1200, and detection boxes x0,y0 (top-left) to x1,y1 (bottom-right) are in pixels of
# that upright 600x1200 picture, inside it; report thumbnails are shown in the same frame. All image
# bytes are read through knockoff.matching.imageio, which applies this (and composites transparency
# on white). Boxes are null for whole-image evidence (method "official_photo").
DETECTIONS_SCHEMA = pa.schema(
    [
        ("image_sha256", pa.string()),
        ("brand", pa.string()),
        ("mark", pa.string()),
        ("score", pa.float32()),
        ("x0", pa.float32()),
        ("y0", pa.float32()),
        ("x1", pa.float32()),
        ("y1", pa.float32()),
        ("method", pa.string()),
        # the Matcher's uncalibrated score (match.detect.score_calibration); null in rows made before it
        ("score_raw", pa.float32()),
    ]
)

# A candidate's evidence (matching.fusion): what tied the listing to the brand. Read it with
# jobs.delivery.evidence.parse_evidence, which also reads runs made before it was a struct (JSON text).
EVIDENCE_TYPE = pa.struct(
    [
        ("signals", pa.map_(pa.string(), pa.float64())),  # signal -> strength 0..1 (4 places)
        ("best_image", pa.string()),  # sha256 of the image with the strongest image evidence
        ("box", pa.list_(pa.float64())),  # [x0, y0, x1, y1] in best_image pixels (0.1 px), or null
        ("mark", pa.string()),  # the brand mark found there
        ("method", pa.string()),  # detection method (cnn, cnn+sift, cnn+shape, official_photo, ocr)
        ("text_hit", pa.struct([("kind", pa.string()), ("found", pa.string()), ("term", pa.string())])),
        # the brand's product code the listing names (kind "gtin" or "mpn"); null without one and in older runs
        ("product_code", pa.struct([("kind", pa.string()), ("code", pa.string())])),
    ]
)

CANDIDATES_SCHEMA = pa.schema(
    [
        ("brand", pa.string()),
        ("rank", pa.int32()),
        ("listing_id", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("price", pa.float64()),
        ("seller", pa.string()),
        ("score", pa.float32()),
        ("evidence", EVIDENCE_TYPE),  # per-signal strengths, best image, box, text hit
        ("reasons", pa.string()),
    ]
)

# Seller networks (jobs/night/networks.py), one snapshot per night under networks/date=D/.
NETWORK_MEMBERS_SCHEMA = pa.schema(
    [
        ("network_id", pa.string()),
        ("account", pa.string()),  # SITE/SELLER-SLUG
        ("site", pa.string()),
        ("seller", pa.string()),
        ("seller_url", pa.string()),
        ("listing_id", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("first_seen", pa.string()),
        ("last_seen", pa.string()),
    ]
)

NETWORK_LINKS_SCHEMA = pa.schema(
    [
        ("network_id", pa.string()),
        ("kind", pa.string()),  # image, phash, official_image, official_phash, email, phone, ..., name, text
        ("value", pa.string()),  # what a person checks: the SHA-256, the phone number, the text
        ("account_a", pa.string()),
        ("account_b", pa.string()),
        ("listing_a", pa.string()),
        ("listing_b", pa.string()),
        ("df", pa.int32()),  # accounts sharing the value
        ("weight", pa.float32()),
        ("accepted", pa.bool_()),  # the pair's summed evidence reached the threshold
    ]
)

NETWORKS_SCHEMA = pa.schema(
    [
        ("network_id", pa.string()),
        ("accounts", pa.int32()),
        ("listings", pa.int32()),
        ("sites", pa.string()),
        ("sellers", pa.string()),
        ("first_seen", pa.string()),
        ("last_seen", pa.string()),
        ("evidence", pa.string()),
    ]
)

SCHEMAS = {"listings": LISTINGS_SCHEMA, "images": IMAGES_SCHEMA}
SUCCESS = "_SUCCESS"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SITE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def listing_id(site: str, url: str) -> str:
    """Stable listing id from the site name and the canonical URL."""
    canon = canonicalize_url(url, keep_fragments=False)
    return hashlib.sha256(f"{site}\n{canon}".encode()).hexdigest()[:20]


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of the original bytes (the image identity in the lake)."""
    return hashlib.sha256(data).hexdigest()


def check_date(date: str) -> str:
    """Validate YYYY-MM-DD or raise a one-line error."""
    if not _DATE.match(date or ""):
        raise LakeError(f"bad date {date!r}: expected YYYY-MM-DD")
    try:
        dt.date.fromisoformat(date)
    except ValueError as exc:
        raise LakeError(f"bad date {date!r}: {exc}") from exc
    return date


def check_lake(root: str, hint: str = "") -> Lake:
    """The lake at `root`, or KnockoffError (one line) when no folder is there (nothing is created), so that a
    mistyped or relative path fails instead of reading as an empty lake or growing a stray one. `hint`: added in
    parentheses, e.g. where the path came from and how to give another."""
    lake = Lake(root)
    if not lake.fs.isdir(lake.path):
        raise KnockoffError(f"lake {root!r} not found" + (f" ({hint})" if hint else ""))
    return lake


def check_site(site: str) -> str:
    """Validate a site name (used in a partition path)."""
    if not _SITE.match(site or ""):
        raise LakeError(f"bad site name {site!r}: use letters, digits, '.', '_' or '-'")
    return site


def today() -> str:
    return dt.date.today().isoformat()


@dataclass
class Lake:
    """A lake root on any fsspec filesystem."""

    root: str
    fs: fsspec.AbstractFileSystem = field(init=False, repr=False)
    path: str = field(init=False)

    def __post_init__(self) -> None:
        fs, path = fsspec.core.url_to_fs(self.root)
        self.fs, self.path = fs, path.rstrip("/")

    def join(self, *parts: str) -> str:
        return "/".join([self.path, *parts])

    def partition(self, table: str, date: str, site: str) -> str:
        return self.join(table, f"date={check_date(date)}", f"site={check_site(site)}")

    def ensure_writable(self) -> None:
        """Fail early, with one line, when the lake root cannot be written."""
        probe = self.join(f".probe-{uuid.uuid4().hex}")
        try:
            self.fs.makedirs(self.path, exist_ok=True)
            with self.fs.open(probe, "wb") as fh:
                fh.write(b"ok")
            self.fs.rm(probe)
        except OSError as exc:
            raise LakeError(f"lake {self.root!r} is not writable: {exc.strerror or exc}") from exc

    def is_complete(self, partition: str) -> bool:
        return self.fs.exists(f"{partition}/{SUCCESS}")

    def sites(self, table: str, date: str) -> list[str]:
        """Sites with a complete partition of `table` for `date`."""
        base = self.join(table, f"date={check_date(date)}")
        if not self.fs.isdir(base):
            return []
        out = []
        for p in sorted(self.fs.ls(base, detail=False)):
            name = p.rstrip("/").rsplit("/", 1)[-1]
            if name.startswith("site=") and self.is_complete(p):
                out.append(name[len("site=") :])
        return out

    def dates(self, table: str) -> list[str]:
        base = self.join(table)
        if not self.fs.isdir(base):
            return []
        names = [p.rstrip("/").rsplit("/", 1)[-1] for p in self.fs.ls(base, detail=False)]
        return sorted(n[5:] for n in names if n.startswith("date=") and _DATE.match(n[5:]))

    def complete_dates(self, folder: str, marker: str) -> list[str]:
        """Dates of the per-night snapshots under LAKE/folder/date=D/ that hold `marker` (the file
        written last), sorted: the history and networks stages read their earlier nights this way."""
        return [d for d in self.dates(folder) if self.fs.exists(self.join(folder, f"date={d}", marker))]

    def files(self, table: str, date: str, site: str | None = None) -> list[str]:
        """Parquet files of complete partitions, in a stable order."""
        sites = [site] if site else self.sites(table, date)
        out: list[str] = []
        for s in sites:
            part = self.partition(table, date, s)
            if self.is_complete(part):
                out += sorted(p for p in self.fs.ls(part, detail=False) if p.endswith(".parquet"))
        return out

    def read(
        self, table: str, date: str, site: str | None = None, columns: list[str] | None = None
    ) -> pa.Table:
        """Read a table's complete partitions for one date (empty table with the schema if none).

        Every file is unified to the contract schema (`read_file`): partitions written by older
        versions or other tools read the same as ours. Raises LakeError naming a file that cannot be.
        """
        schema = _wanted(table, columns)
        for attempt in range(5):
            try:
                parts = [self.read_file(table, f, columns) for f in self.files(table, date, site)]
            except LakeError as exc:
                # a file renamed away under the reader: its partition was replaced, list it again
                if attempt == 4 or not isinstance(exc.__cause__, FileNotFoundError):
                    raise
                continue
            return pa.concat_tables([schema.empty_table(), *parts])
        raise AssertionError("unreachable")

    def read_file(
        self, table: str, path: str, columns: list[str] | None = None, row_group: int | None = None
    ) -> pa.Table:
        """One Parquet file of `table` (or one of its row groups), unified to the contract schema.

        Columns the file lacks read as nulls, columns the contract does not name are not read, and
        every column is cast to the contract's type. Raises LakeError, one line naming the file, when
        the file is unreadable or a column's type cannot be cast (e.g. `price` stored as text).
        """
        schema = _wanted(table, columns)
        try:
            pf = pq.ParquetFile(path, filesystem=self.fs)
            present = [n for n in schema.names if n in pf.schema_arrow.names]
            if row_group is None:
                t = pf.read(columns=present)
            else:
                t = pf.read_row_group(row_group, columns=present)
        except (OSError, pa.ArrowException) as exc:
            raise LakeError(f"{table} file {path} is unreadable ({_first_line(exc)})") from exc
        return conform(t, schema, f"{table} file {path}")

    @contextlib.contextmanager
    def writer(
        self, table: str, date: str, site: str, row_group_size: int = 1000
    ) -> Iterator[PartitionWriter]:
        """Write one partition atomically: visible only after the block exits without error."""
        w = PartitionWriter(self, table, date, site, row_group_size=row_group_size)
        try:
            yield w
        except BaseException:
            w.abort()
            raise
        w.commit()


class PartitionWriter:
    """Writes row groups into a hidden temporary folder and renames it into place on commit."""

    def __init__(self, lake: Lake, table: str, date: str, site: str, row_group_size: int = 1000) -> None:
        self.lake, self.table = lake, table
        self.schema = SCHEMAS[table]
        self.final = lake.partition(table, date, site)
        parent, name = self.final.rsplit("/", 1)
        self.tmp = f"{parent}/.tmp-{name}-{uuid.uuid4().hex[:12]}"
        self.row_group_size = row_group_size
        self._writer: pq.ParquetWriter | None = None
        self._file = None
        self.rows = 0
        try:
            lake.fs.makedirs(self.tmp, exist_ok=True)
        except OSError as exc:
            raise LakeError(f"cannot write to lake {lake.root!r}: {exc.strerror or exc}") from exc

    def _open(self) -> pq.ParquetWriter:
        if self._writer is None:
            self._file = self.lake.fs.open(f"{self.tmp}/part-{uuid.uuid4().hex}.parquet", "wb")
            binary = [f.name for f in self.schema if pa.types.is_binary(f.type)]
            self._writer = pq.ParquetWriter(
                self._file,
                self.schema,
                compression={f.name: ("none" if f.name in binary else "zstd") for f in self.schema},
                use_dictionary=[f.name for f in self.schema if f.name not in binary],
            )
        return self._writer

    def write(self, rows: pa.Table | list[dict]) -> None:
        """Append rows (a table or a list of dicts with the table's columns)."""
        if isinstance(rows, list):
            rows = pa.Table.from_pylist(rows, schema=self.schema)
        else:
            rows = rows.select(self.schema.names).cast(self.schema)
        if rows.num_rows:
            self._open().write_table(rows, row_group_size=self.row_group_size)
            self.rows += rows.num_rows

    def _close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._file.close()
            self._writer = None

    def commit(self) -> None:
        """Make the partition visible, replacing any earlier one."""
        fs = self.lake.fs
        self._close()
        with fs.open(f"{self.tmp}/{SUCCESS}", "wb") as fh:
            fh.write(str(self.rows).encode())
        old = None
        if fs.exists(self.final):
            old = f"{self.tmp}.old"
            fs.mv(self.final, old, recursive=True)
        fs.mv(self.tmp, self.final, recursive=True)
        if old:
            fs.rm(old, recursive=True)

    def abort(self) -> None:
        """Drop everything written; the visible partition (if any) is untouched."""
        with contextlib.suppress(Exception):
            self._close()
        with contextlib.suppress(Exception):
            self.lake.fs.rm(self.tmp, recursive=True)


def _wanted(table: str, columns: list[str] | None) -> pa.Schema:
    schema = SCHEMAS[table]
    if not columns:
        return schema
    unknown = [c for c in columns if c not in schema.names]
    if unknown:
        raise LakeError(f"{table} has no column(s) {', '.join(unknown)} in the lake contract")
    return pa.schema([schema.field(c) for c in columns])


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


def conform(t: pa.Table, schema: pa.Schema, where: str) -> pa.Table:
    """`t` with exactly `schema`'s columns, in order: missing ones as nulls, extra ones dropped.

    Raises LakeError (one line, starting with `where`) when a column cannot be cast to its type.
    """
    cols = []
    for f in schema:
        if f.name not in t.column_names:
            cols.append(pa.nulls(t.num_rows, f.type))
            continue
        col = t.column(f.name)
        try:
            cols.append(col if col.type == f.type else col.cast(f.type))
        except (pa.ArrowException, ValueError) as exc:
            raise LakeError(
                f"{where}: column {f.name!r} is {col.type}, cannot be read as {f.type} ({_first_line(exc)})"
            ) from exc
    return pa.Table.from_arrays(cols, schema=schema)


def write_file_atomic(lake: Lake, path: str, write: Callable[[BinaryIO], object]) -> None:
    """Write one file of the lake atomically: `write(fh)` fills a temporary file beside `path`
    (its folder made if missing), which is then renamed to `path`; readers never see half a file."""
    tmp = f"{path}.tmp-{uuid.uuid4().hex[:12]}"
    lake.fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
    with lake.fs.open(tmp, "wb") as fh:
        write(fh)
    lake.fs.mv(tmp, path)


def write_table_atomic(lake: Lake, path: str, table: pa.Table) -> None:
    """Write one Parquet file atomically (temporary name, then rename)."""
    write_file_atomic(lake, path, lambda fh: pq.write_table(table, fh, compression="zstd"))


def replace_atomic(path: Path, write: Callable[[Path], object]) -> None:
    """Write one LOCAL file atomically: `write(tmp)` fills a temporary path beside `path` (its folder made
    if missing), which `os.replace` then renames over `path`; readers never see half a file.

    The temporary name `.{stem}.{pid}.{random}.tmp{suffix}` is unique per process and call (two threads
    writing the same `path` do not collide; the last rename wins) and keeps `path`'s suffix for writers
    that add or check one (np.savez appends `.npz`). If `write` (or the rename) raises, the temporary
    file is removed and the exception re-raised; `path` is left as it was. For lake files (any fsspec
    URL) use write_file_atomic.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp{path.suffix}")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
