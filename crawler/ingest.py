"""`knockoff ingest`: a folder of images (and optional listing metadata) into the lake.

For researchers and brands' own dumps. Every image file becomes an images row (original bytes,
SHA-256, validated like crawled images; failures recorded in `error`), stored once per hash
(images already in the lake are not stored again). Listings come from a CSV (`--metadata`) with
columns url, title, description, brand (or brand_claimed), price, currency, sku, gtin (or upc, ean;
kept only with a valid check digit), mpn, availability,
seller, seller_url and images (file names relative to the images folder, separated by `;` or
`|`); without one, each image file is a listing of its own with a `file://` URL.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

from knockoff.config import CrawlConfig
from knockoff.errors import ConfigError
from knockoff.lake import Lake, check_date, check_site, listing_id, sha256_hex, today

ROW_GROUP_BYTES = 64 << 20  # image bytes per row group at most (as crawler/staging.py flushes)
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".avif"}


def _files(images_dir: Path) -> list[Path]:
    return sorted(p for p in images_dir.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)


def _read_metadata(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise ConfigError(f"{path}: metadata file not found")
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
    except (csv.Error, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not a readable CSV ({exc})") from exc
    if rows and not ({"url", "title", "images"} & set(rows[0])):
        raise ConfigError(f"{path}: expected columns such as url, title, images")
    return rows


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

    Returns counts {"images_new", "images_reused", "images_failed", "listings"}. Raises `ConfigError`
    for a missing images folder or an unreadable metadata CSV, and the lake's errors for a bad
    date, site or an unwritable lake.
    """
    from knockoff.crawler.state import lake_images_index

    cfg = config or CrawlConfig()
    root = Path(images_dir)
    if not root.is_dir():
        raise ConfigError(f"{root}: images folder not found")
    check_date(date)
    check_site(site)
    lk = Lake(lake)
    lk.ensure_writable()
    _, known = lake_images_index(lk, date, site)
    now = dt.datetime.now(dt.UTC)
    by_name, counts = _ingest_images(root, lk, date, site, cfg, known)
    if metadata_csv:
        rows = _metadata_listings(Path(metadata_csv), root, site, date, now, by_name)
    else:
        rows = _file_listings(root, site, date, now, by_name)
    with lk.writer("listings", date, site, row_group_size=cfg.row_group_size) as w:
        w.write(rows)
    counts["listings"] = len(rows)
    return counts


def _ingest_images(
    root: Path, lk: Lake, date: str, site: str, cfg: CrawlConfig, known: set[str]
) -> tuple[dict[str, str | None], dict[str, int]]:
    """Write every image file under `root` to the images partition, each hash once (none in `known`).

    Returns (relative file name -> SHA-256, or None when the image was rejected; image counts).
    """
    from knockoff.crawler.images import ImageRejected, validate_image

    by_name: dict[str, str | None] = {}
    counts = {"images_new": 0, "images_reused": 0, "images_failed": 0, "listings": 0}
    stored: set[str] = set()
    with lk.writer("images", date, site, row_group_size=cfg.row_group_size) as w:
        buf = _RowGroupBuffer(w, cfg.row_group_size)
        for f in _files(root):
            data = f.read_bytes()
            sha = sha256_hex(data)
            rel = f.relative_to(root).as_posix()
            try:
                mime, width, height = validate_image(data, None, cfg.max_image_bytes, cfg.max_image_pixels)
            except ImageRejected as exc:
                counts["images_failed"] += 1
                by_name[rel] = None
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
    return by_name, counts


def _metadata_listings(
    path: Path, root: Path, site: str, date: str, now: dt.datetime, by_name: dict[str, str | None]
) -> list[dict[str, Any]]:
    """Listings rows from the metadata CSV at `path`, images linked by file name through `by_name`."""
    from knockoff.crawler.codes import gtin, mpn
    from knockoff.crawler.values import normalize_availability, normalize_currency, parse_price

    rows: list[dict[str, Any]] = []
    for i, r in enumerate(_read_metadata(path)):
        names = [n.strip() for n in (r.get("images") or "").replace("|", ";").split(";") if n.strip()]
        url = (r.get("url") or "").strip() or f"ingest://{site}/{i}"
        price, cur = parse_price(r.get("price"))
        rows.append(
            {
                "listing_id": listing_id(site, url),
                "site": site,
                "url": url,
                "title": (r.get("title") or "").strip() or None,
                "description": (r.get("description") or "").strip() or None,
                "brand_claimed": (r.get("brand") or r.get("brand_claimed") or "").strip() or None,
                "price": price,
                "currency": normalize_currency(r.get("currency")) or cur,
                "sku": (r.get("sku") or "").strip() or None,
                "gtin": gtin(r.get("gtin") or r.get("upc") or r.get("ean")),
                "mpn": mpn(r.get("mpn")),
                "availability": normalize_availability(r.get("availability")),
                "seller": (r.get("seller") or "").strip() or None,
                "seller_url": (r.get("seller_url") or "").strip() or None,
                "image_urls": [(root / n).resolve().as_uri() for n in names],
                "image_sha256": [by_name.get(n) for n in names],
                "crawl_date": date,
                "fetched_at": now,
            }
        )
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
            "Images already in the lake are not stored again. Partitions appear atomically."
        ),
    )
    p.add_argument("--images", required=True, metavar="DIR", help="folder of images (searched recursively)")
    p.add_argument(
        "--metadata",
        metavar="CSV",
        help="listings CSV: url,title,description,brand,price,currency,sku,gtin,mpn,availability,seller,seller_url,images",
    )
    p.add_argument("--lake", required=True, metavar="LAKE", help="lake root (local path or fsspec URL)")
    p.add_argument("--site", required=True, metavar="NAME", help="site name for the partition")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="partition date (default: today)")
    p.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    counts = ingest(args.images, args.lake, args.site, args.date or today(), args.metadata)
    print(json.dumps(counts))
    return 0
