"""Deliverables built from hostile listings: nothing scraped becomes active content or a formula.

The listings carry the hostile shop's strings (script injection in title, seller and URL,
`javascript:` links, formula-looking sellers, HTML in evidence fields) and point at the hostile
images (decompression bomb, truncated, polyglot). Delivery must finish, escape everything and
skip thumbnails it cannot decode safely.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from knockoff.config import DeliverConfig
from knockoff.jobs.delivery.deliver import deliver
from knockoff.jobs.delivery.report import _asset
from knockoff.lake import CANDIDATES_SCHEMA, Lake, listing_id, sha256_hex
from tests.reliability.hostile_shop import XSS, _images
from tests.reliability.htmlcheck import unsafe_markup

DATE = "2026-11-21"
SITE = "hostile"
BRAND = "Acme"
ODD_BRAND = 'Tom & "Jerry\'s" <b>'

HOSTILE = [
    # (title, seller, url, image name)
    (
        f"Cheap bag {XSS}",
        f'evil"><img src=x onerror=alert(1)>{XSS}',
        "http://127.0.0.1:1/item/1",
        "good-0.jpg",
    ),
    (
        "Polyglot photo",
        '=HYPERLINK("http://x","click")',
        "javascript:alert(document.domain)//",
        "polyglot.jpg",
    ),
    ("Bomb photo", "+cmd|' /C calc'!A0", 'http://127.0.0.1:1/item/3"><script>alert(3)</script>', "bomb.png"),
    (
        "<iframe src=//x></iframe>Truncated",
        "@SUM(1+1)",
        "data:text/html,<script>alert(4)</script>",
        "truncated.jpg",
    ),
    (
        "Plain but <style>body{display:none}</style>",
        "-2+3",
        "http://127.0.0.1:1/item/5?a=<svg/onload=alert(5)>",
        "gifjs.gif",
    ),
]


def _lake(tmp: Path) -> tuple[Lake, list[dict]]:
    lake = Lake(str(tmp / "lake"))
    imgs = _images()
    blobs = {**imgs.good, **{k: v[0] for k, v in imgs.bad.items()}}
    listings, images, seen = [], [], set()
    for title, seller, url, name in HOSTILE:
        data = blobs[name]
        sha = sha256_hex(data)
        listings.append(
            {
                "listing_id": listing_id(SITE, url),
                "site": SITE,
                "url": url,
                "title": title,
                "description": XSS,
                "brand_claimed": XSS,
                "price": 9.99,
                "currency": "EUR",
                "sku": XSS,
                "availability": "InStock",
                "seller": seller,
                "seller_url": "javascript:alert(1)",
                "image_urls": [f"http://127.0.0.1:1/img/{name}"],
                "image_sha256": [sha],
                "crawl_date": DATE,
                "fetched_at": dt.datetime(2026, 11, 21, tzinfo=dt.UTC),
            }
        )
        if sha not in seen:
            seen.add(sha)
            images.append(
                {
                    "image_sha256": sha,
                    "url": f"http://127.0.0.1:1/img/{name}",
                    "bytes": data,
                    "mime": "image/jpeg",
                    "width": None,
                    "height": None,
                    "error": None,
                }
            )
    with lake.writer("listings", DATE, SITE) as w:
        w.write(listings)
    with lake.writer("images", DATE, SITE) as w:
        w.write(images)
    return lake, listings


def _run(tmp: Path, lake: Lake, listings: list[dict]) -> Path:
    run = tmp / "lake" / "runs" / "r-hostile"
    run.mkdir(parents=True)
    rows = []
    for k, x in enumerate(listings):
        for brand in (BRAND, ODD_BRAND):
            ev = {
                "signals": {"logo": 0.9 - k * 0.1, f"<img src=x onerror=alert('{k}')>": 0.5},
                "best_image": x["image_sha256"][0],
                "box": [1.0, 1.0, 40.0, 40.0],
                "mark": f"{XSS}.png",
            }
            rows.append(
                {
                    "brand": brand,
                    "rank": k + 1,
                    "listing_id": x["listing_id"],
                    "url": x["url"],
                    "title": x["title"],
                    "price": x["price"],
                    "seller": x["seller"],
                    "score": 0.9 - k * 0.1,
                    "evidence": ev,
                    "reasons": f"logo {XSS} matched; seller {x['seller']}",
                }
            )
    pq.write_table(pa.Table.from_pylist(rows, schema=CANDIDATES_SCHEMA), run / "candidates.parquet")
    manifest = {"run_id": run.name, "lake": lake.root, "inputs": {"dates": [DATE]}, "stages": {}}
    (run / "manifest.json").write_text(json.dumps(manifest))
    return run


def test_reports_from_hostile_listings_are_inert(tmp_path, ledger):
    lake, listings = _lake(tmp_path)
    run = _run(tmp_path, lake, listings)
    try:
        res = deliver(str(run), lake.root, [BRAND, ODD_BRAND], DeliverConfig(min_score=0.0))
        err = None
    except Exception as exc:  # the case fails, with the reason in the table
        res, err = None, f"{type(exc).__name__}: {exc}"
    ledger.record(
        "report",
        "deliver from hostile listings and images finishes",
        err is None,
        expected=len(listings) * 2,
        stored=sum(b["candidates"] for b in res["brands"].values()) if res else 0,
        errors=int(err is not None),
        note=(err or "")[:90],
    )
    if res is None:
        ledger.check()
        return
    script = _asset("report.js")
    problems: list[str] = []
    pages = [Path(b["report"]) for b in res["brands"].values()] + [Path(res["index"])]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        problems += [f"{page.name}: {p}" for p in unsafe_markup(html, allowed_script=script)]
        if page.name == "report.html":
            problems += [] if html.count("Content-Security-Policy") == 1 else [f"{page}: CSP meta missing"]
            problems += [] if "&lt;script&gt;" in html else [f"{page}: injected text not shown escaped"]
    ledger.record(
        "report",
        "no active content from scraped text in report.html / index.html",
        not problems,
        errors=len(problems),
        note="; ".join(problems)[:90],
    )
    bad_cells = []
    for b in res["brands"].values():
        text = (Path(b["dir"]) / "candidates.csv").read_text(encoding="utf-8")
        for row in csv.DictReader(io.StringIO(text)):
            for k, v in row.items():
                if v and v[0] in "=+-@\t\r":
                    bad_cells.append(f"{k}={v[:20]}")
    ledger.record(
        "report", "no spreadsheet formula in candidates.csv", not bad_cells, note=", ".join(bad_cells)[:90]
    )
    dirs = [Path(b["dir"]).resolve() for b in res["brands"].values()]
    inside = all(d.parent == (run / "brands").resolve() for d in dirs)
    ledger.record(
        "report",
        "odd brand name stays a plain folder under RUN/brands",
        inside,
        note=str([d.name for d in dirs]),
    )
    ledger.check()


def test_the_checker_catches_what_it_looks_for():
    """The markup check above can fail: raw injections are caught, escaped ones are not."""
    assert unsafe_markup(f"<p>{XSS}</p>")
    assert unsafe_markup('<img src=x onerror="alert(1)">')
    assert unsafe_markup('<a href=" javascript:alert(1)">x</a>')
    assert unsafe_markup("<iframe src=//x></iframe>")
    assert not unsafe_markup("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><a href='http://x/'>ok</a>")
