"""What the HTML reports show besides the ranked rows: currencies, the brands' registered marks and
official photos, and the last nights of each brand (for the run index's charts).

All of it is read tolerantly: a brands file that cannot be read, a lake without a currency column or
an unreadable earlier run only leaves that part out of the report (logged at INFO); delivery never
fails for it.
"""

from __future__ import annotations

import base64
import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knockoff.jobs.delivery.network_view import network_summaries
from knockoff.jobs.delivery.thumbs import Thumb
from knockoff.jobs.records.rundir import RunDir
from knockoff.lake import Lake

log = logging.getLogger(__name__)

MARK_SIDE = 160  # px, longer side of a mark's picture in the report
HISTORY_NIGHTS = 14
_NIGHT = re.compile(r"^night-(\d{4}-\d{2}-\d{2})$")


@dataclass
class Picture:
    """A small PNG/JPEG as a data URI with its pixel size."""

    uri: str
    width: int
    height: int
    label: str = ""


@dataclass
class BrandRegistration:
    """A brand's registered marks (mark name -> picture), official photos and price floor."""

    marks: dict[str, Picture] = field(default_factory=dict)
    official: list[tuple[Any, Picture]] = field(default_factory=list)  # (perceptual hash, picture)
    price_floor: float | None = None


@dataclass
class ReportExtras:
    """Everything the reports use beyond the rows (each part may be empty)."""

    currency: dict[str, str] = field(default_factory=dict)  # listing_id -> ISO 4217 code
    # listing_id -> the listing's codes {"sku", "gtin", "mpn"} (only those it has), what a takedown request cites
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    brands: dict[str, BrandRegistration] = field(default_factory=dict)
    history: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # brand -> nights, oldest first
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # brand -> delivered rows
    networks: dict[str, dict[str, Any]] = field(default_factory=dict)  # network_id -> summary (network_view)


def _png_uri(img: Any) -> tuple[str, int, int]:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii"), img.width, img.height


def _mark_picture(path: Path) -> Picture:
    from PIL import Image

    from knockoff.matching.marks import load_mark_rgba

    img = Image.fromarray(load_mark_rgba(path, MARK_SIDE), "RGBA")
    uri, w, h = _png_uri(img)
    return Picture(uri, w, h, path.stem)


def _photo_picture(data: bytes, label: str) -> tuple[Any, Picture] | None:
    import imagehash

    from knockoff.matching.imageio import ImageRejected, decode_image

    try:  # the one decode every reader uses: displayed frame, transparency on white
        im = decode_image(data).image
    except ImageRejected:  # an unreadable official photo is left out
        return None
    h = imagehash.phash(im)
    im.thumbnail((256, 256))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=80)
    uri = "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
    return h, Picture(uri, im.width, im.height, label)


def load_registrations(brands_path: str | None, names: list[str]) -> dict[str, BrandRegistration]:
    """brand -> its marks and official photos, from brands.yaml ({} when there is none)."""
    if not brands_path or "://" in brands_path or not Path(brands_path).is_file():
        return {}
    from knockoff.matching.brands import load_brands

    try:
        brands = load_brands(brands_path)
    except Exception as exc:  # the report goes out without the marks
        log.info("report: brand marks not shown (%s)", exc)
        return {}
    out: dict[str, BrandRegistration] = {}
    for b in brands:
        if b.name not in names:
            continue
        reg = BrandRegistration(price_floor=b.price_floor)
        # A raster and an SVG of one mark share a name: the raster is what was registered as pixels.
        for p in sorted(b.marks, key=lambda p: p.suffix.lower() == ".svg"):
            if b.mark_name(p) in reg.marks:
                continue
            try:
                reg.marks[b.mark_name(p)] = _mark_picture(p)
            except Exception as exc:
                log.info("report: mark %s of %s not shown (%s)", p, b.name, exc)
        for p in b.official_images:
            try:
                got = _photo_picture(p.read_bytes(), p.name)
            except OSError:
                got = None
            if got:
                reg.official.append(got)
        out[b.name] = reg
    return out


def closest_official(reg: BrandRegistration | None, thumb: Thumb | None) -> Picture | None:
    """The brand's official photo nearest (perceptual hash) to a listing's photo, if any."""
    if reg is None or not reg.official or thumb is None:
        return None
    import imagehash
    from PIL import Image

    try:
        data = base64.b64decode(thumb.uri.split(",", 1)[1])
        h = imagehash.phash(Image.open(io.BytesIO(data)).convert("RGB"))
    except Exception:
        return reg.official[0][1]
    return min(reg.official, key=lambda hp: hp[0] - h)[1]


CODE_COLUMNS = ("sku", "gtin", "mpn")


def listing_fields(lake_root: str | None, listing_ids: set[str]) -> dict[str, dict[str, str]]:
    """listing_id -> {"currency", "sku", "gtin", "mpn"} (the non-empty ones), from the lake's listings (any
    date; the latest wins). Partitions without a column (written before it existed) give nothing for it; an
    unreadable lake gives {} (prices are then shown without a currency code, listings without codes)."""
    if not lake_root or not listing_ids:
        return {}
    import pyarrow.parquet as pq

    lake = Lake(lake_root)
    out: dict[str, dict[str, str]] = {}
    try:
        for date in lake.dates("listings"):
            for f in lake.files("listings", date):
                pf = pq.ParquetFile(f, filesystem=lake.fs)
                cols = [c for c in ("currency", *CODE_COLUMNS) if c in pf.schema_arrow.names]
                if "listing_id" not in pf.schema_arrow.names or not cols:
                    continue
                for row in pf.read(columns=["listing_id", *cols]).to_pylist():
                    if row["listing_id"] in listing_ids:
                        out[row["listing_id"]] = {c: str(row[c]) for c in cols if row[c]}
    except Exception as exc:  # noqa: BLE001 - the reports go out without these fields
        log.info("report: listing fields not read from the lake (%s)", exc)
    return out


def night_history(run: RunDir, names: list[str], nights: int = HISTORY_NIGHTS) -> dict[str, list[dict]]:
    """brand -> [{date, candidates, confirmed, new}] for the last `nights` nightly runs up to this one.

    Read from the sibling `night-DATE` run folders' ranked.parquet (candidates.parquet when a night
    was not ranked); `confirmed` counts rows the brand confirmed as infringing (feedback).
    """
    import pyarrow.parquet as pq

    m = _NIGHT.match(run.run_id)
    if not m:
        return {}
    parent = run.path.rstrip("/").rsplit("/", 1)[0]
    try:
        folders = sorted(p.rstrip("/").rsplit("/", 1)[-1] for p in run.fs.ls(parent, detail=False))
    except OSError:
        return {}
    dates = [d for f in folders if (mm := _NIGHT.match(f)) and (d := mm.group(1)) <= m.group(1)][-nights:]
    out: dict[str, list[dict]] = {n: [] for n in names}
    for d in dates:
        counts = {n: {"date": d, "candidates": 0, "confirmed": 0, "new": 0} for n in names}
        for table in ("ranked.parquet", "candidates.parquet"):
            path = f"{parent}/night-{d}/{table}"
            if not run.fs.exists(path):
                continue
            try:
                with run.fs.open(path, "rb") as fh:
                    pf = pq.ParquetFile(fh)
                    cols = [c for c in ("brand", "feedback", "is_new") if c in pf.schema_arrow.names]
                    rows = pf.read(columns=cols).to_pylist()
            except Exception as exc:
                log.info("report: night %s not read (%s)", d, exc)
                break
            for r in rows:
                c = counts.get(r.get("brand"))
                if c is not None:
                    c["candidates"] += 1
                    c["confirmed"] += r.get("feedback") == "confirmed"
                    c["new"] += bool(r.get("is_new"))
            break
        for n in names:
            out[n].append(counts[n])
    return out


def gather(
    run_dir: str, lake_root: str | None, brands: Any, names: list[str], rows: dict[str, list[dict]]
) -> ReportExtras:
    """The extras for a run's reports: `brands` as given to `deliver` (a brands.yaml path, Brand
    objects, names or None: then the path recorded in the run's manifest)."""
    run = RunDir(run_dir)
    path = brands if isinstance(brands, str) else None
    if path is None:
        mb = run.manifest().get("brands")
        path = mb.get("path") if isinstance(mb, dict) and isinstance(mb.get("path"), str) else None
    ids = {r["listing_id"] for rs in rows.values() for r in rs if r.get("listing_id")}
    fields = listing_fields(lake_root, ids)
    return ReportExtras(
        currency={lid: f["currency"] for lid, f in fields.items() if f.get("currency")},
        codes={lid: {c: f[c] for c in CODE_COLUMNS if f.get(c)} for lid, f in fields.items()},
        brands=load_registrations(path, names),
        history=night_history(run, names),
        rows=rows,
        networks=network_summaries(lake_root, run.dates()),
    )
