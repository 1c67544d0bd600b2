"""Build small real lakes and runs for the jobs tests (real JPEG bytes, real Parquet, the lake API)."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from PIL import Image, ImageDraw

from knockoff.lake import CANDIDATES_SCHEMA, Lake, listing_id, sha256_hex

SITE = "shop"
BASE = "http://127.0.0.1:8999"


def jpeg(seed: int, size: tuple[int, int] = (400, 300)) -> bytes:
    """A distinct JPEG: a coloured background with a dark 'logo' rectangle."""
    im = Image.new("RGB", size, ((seed * 53) % 200 + 30, (seed * 97) % 200 + 30, (seed * 31) % 200 + 30))
    d = ImageDraw.Draw(im)
    d.rectangle((100, 80, 220, 160), fill=(10, 10, 10))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    return buf.getvalue()


@dataclass
class Item:
    """One listing in a fixture night."""

    n: int
    title: str
    price: float | None = 20.0
    seller: str = "seller-a"
    image_seed: int | None = None  # defaults to n
    url: str = ""
    codes: dict[str, str] = field(default_factory=dict)  # the listing's sku / gtin / mpn, where it has them

    def __post_init__(self) -> None:
        self.url = self.url or f"{BASE}/item/{self.n}"
        if self.image_seed is None:
            self.image_seed = self.n

    @property
    def lid(self) -> str:
        return listing_id(SITE, self.url)

    @property
    def image(self) -> bytes:
        return jpeg(self.image_seed)


@dataclass
class Night:
    """Writes a night's listings and (new) images into a lake."""

    lake: Lake
    date: str
    items: list[Item] = field(default_factory=list)

    def write(self) -> None:
        known = set()
        for d in self.lake.dates("images"):
            if d < self.date:
                known |= set(self.lake.read("images", d).column("image_sha256").to_pylist())
        fetched = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        with self.lake.writer("listings", self.date, SITE) as w:
            w.write(
                [
                    {
                        "listing_id": it.lid,
                        "site": SITE,
                        "url": it.url,
                        "title": it.title,
                        "description": "",
                        "brand_claimed": None,
                        "price": it.price,
                        "currency": "EUR",
                        "sku": it.codes.get("sku"),
                        "gtin": it.codes.get("gtin"),
                        "mpn": it.codes.get("mpn"),
                        "availability": "InStock",
                        "seller": it.seller,
                        "seller_url": None,
                        "image_urls": [f"{BASE}/img/{it.image_seed}.jpg"],
                        "image_sha256": [sha256_hex(it.image)],
                        "crawl_date": self.date,
                        "fetched_at": fetched,
                    }
                    for it in self.items
                ]
            )
        rows, seen = [], set()
        for it in self.items:
            data = it.image
            sha = sha256_hex(data)
            if sha in known or sha in seen:
                continue
            seen.add(sha)
            rows.append(
                {
                    "image_sha256": sha,
                    "url": f"{BASE}/img/{it.image_seed}.jpg",
                    "bytes": data,
                    "mime": "image/jpeg",
                    "width": 400,
                    "height": 300,
                    "error": None,
                }
            )
        with self.lake.writer("images", self.date, SITE) as w:
            w.write(rows)


def evidence(item: Item, logo: float, text: float = 0.0, box: list[float] | None = None) -> dict:
    """A candidate's evidence (lake.EVIDENCE_TYPE fields)."""
    return {
        "signals": {"logo": logo, "text": text},
        "best_image": sha256_hex(item.image),
        "box": box if box is not None else [100.0, 80.0, 220.0, 160.0],
        "mark": "acme-logo.png",
    }


def write_run(run_dir: Path, lake_root: str, date: str, rows: list[tuple[str, Item, float, dict]]) -> Path:
    """A run folder with a manifest and candidates.parquet: rows of (brand, item, score, evidence)."""
    run_dir.mkdir(parents=True, exist_ok=True)
    recs = []
    for brand, it, score, ev in rows:
        recs.append(
            {
                "brand": brand,
                "rank": 0,
                "listing_id": it.lid,
                "url": it.url,
                "title": it.title,
                "price": it.price,
                "seller": it.seller,
                "score": score,
                "evidence": ev,
                "reasons": f"logo match {ev['signals']['logo']:.2f}",
            }
        )
    recs.sort(key=lambda r: (r["brand"], -r["score"], r["listing_id"]))
    last, n = None, 0
    for r in recs:
        n = n + 1 if r["brand"] == last else 1
        last, r["rank"] = r["brand"], n
    pq.write_table(pa.Table.from_pylist(recs, schema=CANDIDATES_SCHEMA), run_dir / "candidates.parquet")
    manifest = {"run_id": run_dir.name, "lake": lake_root, "inputs": {"dates": [date]}, "stages": {}}
    (run_dir / "manifest.json").write_text(json.dumps(manifest))
    return run_dir
