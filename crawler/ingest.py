"""`knockoff ingest`: a folder of images (and optional listing metadata) into the lake.

For researchers and brands' own dumps. Every image file becomes an images row (original bytes,
SHA-256, validated like crawled images; failures recorded in `error`), stored once per hash
(images already in the lake are not stored again). Listings come from a CSV (`--metadata`) with
columns url, title, description, brand (or brand_claimed), price, currency, sku, gtin (or upc, ean;
kept only with a valid check digit), mpn, availability,
seller, seller_url and images (file names relative to the images folder, separated by `;` or
`|`); without one, each image file is a listing of its own with a `file://` URL.

The CSV is read and checked before anything is written: a missing or unreadable file, one without
an `images` column, without data rows, or with a row of more fields than its header is a one-line
ConfigError and the lake is left as it was. Problems of single rows (an image file the folder does
not hold, a price, currency, availability or GTIN that does not parse) keep the row, leave that
value null, and are reported in the result's `row_problems`; image files that fail validation in
its `failed`.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import logging
from pathlib import Path, PurePosixPath
from typing import Any

from knockoff.config import CrawlConfig
from knockoff.errors import ConfigError
from knockoff.lake import Lake, check_date, check_site, listing_id, sha256_hex, today

ROW_GROUP_BYTES = 64 << 20  # image bytes per row group at most (as crawler/staging.py flushes)
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".avif"}
# the metadata CSV's columns (header names compared without case and surrounding spaces)
CSV_COLUMNS = ("url", "title", "description", "brand", "brand_claimed", "price", "currency", "sku", "gtin",
               "upc", "ean", "mpn", "availability", "seller", "seller_url", "images")  # fmt: skip

log = logging.getLogger(__name__)


def _files(images_dir: Path) -> list[Path]:
    return sorted(p for p in images_dir.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)


def _read_metadata(path: Path) -> list[tuple[int, dict[str, str]]]:
    """The data rows of the listings CSV at `path` as (line number, {column: value}), header names
    lower-cased and stripped. Read and checked in full before `ingest` writes anything.

    Raises ConfigError (one line) for a missing or unreadable file, an empty one, a header without an
    `images` column or with a column twice, no data rows, or a row with more fields than the header.
    """
    if not path.is_file():
        raise ConfigError(f"{path}: metadata file not found")
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.reader(fh)
            header = [h.strip().lower() for h in next(reader, [])]
            _check_header(path, header)
            for fields in reader:
                if not any(f.strip() for f in fields):
                    continue  # a blank line
                if len(fields) > len(header):
                    raise ConfigError(
                        f"{path}: line {reader.line_num} has {len(fields)} fields, the header {len(header)} "
                        "(quote a value that holds a comma)"
                    )
                rows.append((reader.line_num, dict(zip(header, fields, strict=False))))
    except (csv.Error, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not a readable CSV ({exc})") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the metadata file ({exc.strerror or exc})") from exc
    if not rows:
        raise ConfigError(f"{path}: a header and no listings (no data rows)")
    return rows


def _check_header(path: Path, header: list[str]) -> None:
    if not any(header):
        raise ConfigError(f"{path}: empty file (expected a header row: {','.join(CSV_COLUMNS)})")
    if "images" not in header:
        raise ConfigError(
            f"{path}: no 'images' column: name each listing's image files in one (relative to --images, "
            "separated by ';' or '|'), or leave out --metadata for one listing per image file"
        )
    twice = sorted({h for h in header if h and header.count(h) > 1})
    if twice:
        raise ConfigError(f"{path}: column {twice[0]!r} appears twice in the header")
    unknown = [h for h in header if h and h not in CSV_COLUMNS]
    if unknown:
        log.warning(
            "%s: column(s) not read: %s (known: %s)", path, ", ".join(unknown), ", ".join(CSV_COLUMNS)
        )


class _RowGroupBuffer:
    """Rows handed to a partition writer `row_group_size` rows (or ROW_GROUP_BYTES of image bytes) at a
    time, so each write is one row group of a sensible size, not one per image."""

    def __init__(self, writer: Any, row_group_size: int) -> None:
        self.writer, self.size = writer, max(1, row_group_size)
        self.rows: list[dict[str, Any]] = []
        self.nbytes = 0

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        self.nbytes += len(row.get("bytes") or b"")
        if len(self.rows) >= self.size or self.nbytes >= ROW_GROUP_BYTES:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write(self.rows)
        self.rows, self.nbytes = [], 0


def ingest(
    images_dir: str | Path,
    lake: str,
    site: str,
    date: str,
    metadata_csv: str | Path | None = None,
    config: CrawlConfig | None = None,
) -> dict[str, Any]:
    """Bring a folder of images (and listing metadata) into `lake` for (`date`, `site`).

    Returns {"images_new", "images_reused", "images_failed", "listings": int, "failed": [{"file": path
    relative to the folder, "error": why}], "row_problems": [{"line": the CSV line, "url", "error"}]}.
    Raises `ConfigError` for a missing images folder or a missing, unreadable or unusable metadata CSV
    (checked before anything is written: the lake is then untouched), and the lake's errors for a bad
    date, site or an unwritable lake.
    """
    from knockoff.crawler.state import lake_images_index

    cfg = config or CrawlConfig()
    root = Path(images_dir)
    if not root.is_dir():
        raise ConfigError(f"{root}: images folder not found")
    check_date(date)
    check_site(site)
    meta = _read_metadata(Path(metadata_csv)) if metadata_csv else None
    lk = Lake(lake)
    lk.ensure_writable()
    _, known = lake_images_index(lk, date, site)
    now = dt.datetime.now(dt.UTC)
    by_name, counts, failed = _ingest_images(root, lk, date, site, cfg, known)
    problems: list[dict[str, Any]] = []
    if meta is not None:
        rows = _metadata_listings(meta, root, site, date, now, by_name, problems)
    else:
        rows = _file_listings(root, site, date, now, by_name)
    with lk.writer("listings", date, site, row_group_size=cfg.row_group_size) as w:
        w.write(rows)
    counts["listings"] = len(rows)
    return {**counts, "failed": failed, "row_problems": problems}


def _ingest_images(
    root: Path, lk: Lake, date: str, site: str, cfg: CrawlConfig, known: set[str]
) -> tuple[dict[str, str | None], dict[str, int], list[dict[str, str]]]:
    """Write every image file under `root` to the images partition, each hash once (none in `known`).

    Returns (relative file name -> SHA-256, or None when the image was rejected or unreadable; image
    counts; [{"file", "error"}] of each rejected or unreadable file).
    """
    from knockoff.crawler.images import ImageRejected, validate_image

    by_name: dict[str, str | None] = {}
    counts = {"images_new": 0, "images_reused": 0, "images_failed": 0, "listings": 0}
    failed: list[dict[str, str]] = []
    stored: set[str] = set()
    with lk.writer("images", date, site, row_group_size=cfg.row_group_size) as w:
        buf = _RowGroupBuffer(w, cfg.row_group_size)
        for f in _files(root):
            rel = f.relative_to(root).as_posix()
            by_name[rel] = None
            try:
                data = f.read_bytes()
            except OSError as exc:
                counts["images_failed"] += 1
                failed.append({"file": rel, "error": f"unreadable: {exc.strerror or exc}"})
                continue
            sha = sha256_hex(data)
            try:
                mime, width, height = validate_image(data, None, cfg.max_image_bytes, cfg.max_image_pixels)
            except ImageRejected as exc:
                counts["images_failed"] += 1
                failed.append({"file": rel, "error": str(exc)})
                buf.add({"image_sha256": sha, "url": f.resolve().as_uri(), "bytes": None, "mime": None,
                         "width": None, "height": None, "error": str(exc)})  # fmt: skip
                continue
            by_name[rel] = sha
            if sha in known or sha in stored:
                counts["images_reused"] += 1
                continue
            stored.add(sha)
            counts["images_new"] += 1
            buf.add({"image_sha256": sha, "url": f.resolve().as_uri(), "bytes": data, "mime": mime,
                     "width": width, "height": height, "error": None})  # fmt: skip
        buf.flush()
    return by_name, counts, failed


def _metadata_listings(
    meta: list[tuple[int, dict[str, str]]],
    root: Path,
    site: str,
    date: str,
    now: dt.datetime,
    by_name: dict[str, str | None],
    problems: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Listings rows from the metadata CSV's rows `meta` (`_read_metadata`), images linked by file name
    through `by_name`. Each value that does not parse is stored as null and appended to `problems` as
    {"line", "url", "error"}, as is each image file name the folder does not hold."""
    from knockoff.crawler.codes import gtin, mpn
    from knockoff.crawler.values import normalize_availability, normalize_currency, parse_price

    rows: list[dict[str, Any]] = []
    for i, (line, r) in enumerate(meta):
        names = [
            PurePosixPath(n.strip().replace("\\", "/")).as_posix()
            for n in (r.get("images") or "").replace("|", ";").split(";")
            if n.strip()
        ]
        url = (r.get("url") or "").strip() or f"ingest://{site}/{i}"
        raw = {k: (r.get(k) or "").strip() for k in ("price", "currency", "availability")}
        raw_gtin = (r.get("gtin") or r.get("upc") or r.get("ean") or "").strip()
        price, cur = parse_price(raw["price"])
        row = {
            "listing_id": listing_id(site, url),
            "site": site,
            "url": url,
            "title": (r.get("title") or "").strip() or None,
            "description": (r.get("description") or "").strip() or None,
            "brand_claimed": (r.get("brand") or r.get("brand_claimed") or "").strip() or None,
            "price": price,
            "currency": normalize_currency(raw["currency"]) or cur,
            "sku": (r.get("sku") or "").strip() or None,
            "gtin": gtin(raw_gtin),
            "mpn": mpn(r.get("mpn")),
            "availability": normalize_availability(raw["availability"]),
            "seller": (r.get("seller") or "").strip() or None,
            "seller_url": (r.get("seller_url") or "").strip() or None,
            "image_urls": [(root / n).resolve().as_uri() for n in names],
            "image_sha256": [by_name.get(n) for n in names],
            "crawl_date": date,
            "fetched_at": now,
        }
        errors = [f"image file {n!r} is not one of the image files under the images folder (names are relative to it)" for n in names
                  if n not in by_name]  # fmt: skip
        if raw["price"] and price is None:
            errors.append(f"price {raw['price']!r} is not a price: stored as null")
        if raw["currency"] and not normalize_currency(raw["currency"]):
            errors.append(f"currency {raw['currency']!r} is not a currency: stored as null")
        if raw["availability"] and row["availability"] is None:
            errors.append(f"availability {raw['availability']!r} is not understood: stored as null")
        if raw_gtin and row["gtin"] is None:
            errors.append(f"gtin {raw_gtin!r} is no valid GTIN (length or check digit): stored as null")
        problems.extend({"line": line, "url": url, "error": e} for e in errors)
        rows.append(row)
    return rows


def _file_listings(
    root: Path, site: str, date: str, now: dt.datetime, by_name: dict[str, str | None]
) -> list[dict[str, Any]]:
    """One listings row per image file (a `file://` URL, the file's stem as title), without metadata."""
    rows: list[dict[str, Any]] = []
    for rel, sha in by_name.items():
        url = (root / rel).resolve().as_uri()
        rows.append(
            {"listing_id": listing_id(site, url), "site": site, "url": url, "title": Path(rel).stem,
             "image_urls": [url], "image_sha256": [sha], "crawl_date": date, "fetched_at": now}
        )  # fmt: skip
    return rows


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="bring a folder of images (and optional listing metadata) into the lake",
        description=(
            "Store every image under --images (original bytes, SHA-256, validated) in LAKE/images and one "
            "listing per image, or the listings of --metadata (CSV), in LAKE/listings, for --site and --date. "
            "Images already in the lake are not stored again. Partitions appear atomically. The CSV is "
            "checked before anything is written. Prints a JSON object: images_new, images_reused, "
            "images_failed, listings, failed (each image file that failed: file, error) and row_problems "
            "(each CSV value stored as null and each image file name the folder does not hold: line, url, "
            "error); the row itself is kept."
        ),
    )
    p.add_argument("--images", required=True, metavar="DIR", help="folder of images (searched recursively)")
    p.add_argument(
        "--metadata",
        metavar="CSV",
        help=(
            "listings CSV, one listing a row, with a header row naming its columns among url, title, "
            "description, brand, price, currency, sku, gtin (or upc, ean), mpn, availability, seller, "
            "seller_url and images; the images column is required: each row's image files, relative to "
            "--images, separated by ';' or '|' (a file the folder does not hold is reported). A CSV "
            "without an images column, without data rows, or with a row of more fields than the header "
            "is an error and nothing is written"
        ),
    )
    p.add_argument("--lake", required=True, metavar="LAKE", help="lake root (local path or fsspec URL)")
    p.add_argument("--site", required=True, metavar="NAME", help="site name for the partition")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="partition date (default: today)")
    p.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    counts = ingest(args.images, args.lake, args.site, args.date or today(), args.metadata)
    if counts["failed"] or counts["row_problems"]:
        log.warning(
            "%d image file(s) failed, %d problem(s) in CSV rows (listed in 'failed' and 'row_problems')",
            len(counts["failed"]),
            len(counts["row_problems"]),
        )
    print(json.dumps(counts))
    return 0
