"""Extraction as issue 14 measures it: product-pages served on loopback and crawled by `knockoff crawl`.

`bench_extraction` calls `extract_product` on each saved page. The issue's figures come from a crawl
instead ("served on loopback and crawled with `knockoff crawl --allow-private`"), where more can go
wrong before extraction: the spider has to reach the page and take it for a product page, Scrapy
decodes the body from the HTTP response (no charset in the header here, as a static file server
sends it), tracking variants of one page must not become several listings, and the listing must
pass the item pipelines into the Parquet lake. This benchmark runs that path on the same labelled
pages (../shared/data/product-pages, the source project's split: train for development, test held
out and reported in aggregate only) and scores the stored rows with `bench_extraction`'s matching
rules, beside `extract_product` called directly on the same pages with the URL they were served
under, in one run.

Serving: a plain `python -m http.server` process on 127.0.0.1 (its PID kept and ended), one page per
shop at `/p/SHOP.html` and an index page linking them; the crawl starts at the index with
`--allow-private --no-robots --no-images` (image URLs of the saved pages point at the shops' real
hosts: fetching them would leave loopback) and `--max-pages` (4 per labelled page; autothrottle off) bounding the pages' own relative links
(which 404 here). Rows are assigned to pages by URL path (a listing stored under a page's tracking
variant `/p/SHOP.html?x=...` counts for that page, and as a duplicate row when the page already has one).

Figures per split: pages, pages with a listing, listing rows, duplicate rows, price / title / main
image F1 as stored, and the pages whose stored row differs from the direct extraction in any of
price, currency, title, sku, availability, brand_claimed, image_urls (the crawl path's own losses).

    python -m benchmarks.bench_extraction_crawl [--split train|test|all] [--mistakes]
    python -m benchmarks.bench_extraction_crawl --test-pages

`--test-pages` runs the same path on development pages instead (`development_pages`: the market folders of
`bench_extraction.MARKET` and every page the crawler's review tests write, about 3,000 distinct
documents, none of them real shops' pages) and reports only what the crawl path loses or changes
against `extract_product` called directly at the served URL: pages with a listing directly and none
stored, stored rows of pages that give none directly, field differences. Pages sharing one
`rel=canonical` URL are one listing to the crawler (its identity rule), so such a group counts as lost
only when none of its pages was stored.
"""

from __future__ import annotations

import argparse
import hashlib
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from benchmarks.bench_extraction import (
    DATA,
    FIELDS,
    _labels,
    field_hits,
    truth_images,
    truth_prices,
)

COMPARED = ("price", "currency", "title", "sku", "availability", "brand_claimed", "image_urls")
PAGES_PER_PAGE = 4  # --max-pages per labelled page: the index links them first, then their own links


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _site(pages: dict[str, bytes], root: Path) -> Path:
    """Write `pages` ({name: bytes as saved}) at /p/NAME.html and an index linking them under
    `root`/site; returns it."""
    site = root / "site"
    (site / "p").mkdir(parents=True)
    for name, body in pages.items():
        (site / "p" / f"{name}.html").write_bytes(body)
    links = "".join(f'<li><a href="/p/{name}.html">{name}</a></li>' for name in pages)
    (site / "index.html").write_text(f"<!doctype html><html><body><ul>{links}</ul></body></html>")
    return site


def crawl_rows(labels: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str, float]:
    """Serve `labels`' pages on loopback and crawl them with the `knockoff crawl` command.

    Returns (listing rows as dicts, base URL "http://127.0.0.1:PORT", crawl wall seconds).
    Raises RuntimeError (with the command's stderr tail) when the crawl exits non-zero."""
    return crawl_pages({lb["shop"]: (DATA / lb["file"]).read_bytes() for lb in labels})


def crawl_pages(pages: dict[str, bytes]) -> tuple[list[dict[str, Any]], str, float]:
    """`crawl_rows` for any `pages` ({name: bytes}, served at /p/NAME.html)."""
    import pyarrow.dataset as ds

    with tempfile.TemporaryDirectory(prefix="knockoff-extraction-crawl-") as tmp:
        site = _site(pages, Path(tmp))
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "-d", str(site)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_for(port)
            lake = Path(tmp) / "lake"
            config = Path(tmp) / "knockoff.yaml"  # loopback: no politeness delay to adapt
            config.write_text("crawl:\n  autothrottle: false\n  concurrent_requests_per_domain: 16\n")
            cmd = [
                *(sys.executable, "-m", "knockoff.jobs.cli", "crawl"),
                *("--start-url", f"{base}/", "--lake", str(lake), "--date", "2026-12-01"),
                *(
                    "--allow-private",
                    "--no-robots",
                    "--no-images",
                    "--max-pages",
                    str(PAGES_PER_PAGE * len(pages)),
                ),
                *("--config", str(config)),
            ]
            t0 = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
            seconds = time.perf_counter() - t0
            if done.returncode != 0:
                raise RuntimeError(f"knockoff crawl exited {done.returncode}: {done.stderr[-2000:]}")
            files = sorted((lake / "listings").rglob("*.parquet")) if (lake / "listings").exists() else []
            rows = (
                ds.dataset([str(f) for f in files], format="parquet").to_table().to_pylist() if files else []
            )
            return rows, base, seconds
        finally:
            server.terminate()
            server.wait(timeout=10)


def _wait_for(port: int, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"http.server did not listen on 127.0.0.1:{port}")


def _plain(value: Any) -> Any:
    value = value.tolist() if hasattr(value, "tolist") else value
    return None if value in ("", []) else value


def _differs(row: dict[str, Any], direct: dict[str, Any] | None) -> list[str]:
    direct = direct or {}
    out = []
    for f in COMPARED:
        a, b = _plain(row.get(f)), _plain(direct.get(f))
        if isinstance(a, float) and isinstance(b, float) and abs(a - b) < 1e-6:
            continue
        if a != b:
            out.append(f)
    return out


def evaluate(split: str = "train") -> dict[str, Any]:
    """Per split: pages, listings (pages with a row), rows, duplicates, per-field tp/fp/fn/F1,
    pages differing from the direct extraction, crawl seconds, and (for development) mistakes.

    Raises RuntimeError when the crawl fails (see `crawl_rows`)."""
    from knockoff.crawler.extract import extract_product

    labels = [lb for lb in _labels() if split == "all" or lb["split"] == split]
    rows, base, seconds = crawl_rows(labels)
    by_shop: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        name = urlsplit(row["url"]).path.rsplit("/", 1)[-1]
        by_shop[name.removesuffix(".html")].append(row)
    res: dict[str, Any] = {}
    for label in labels:
        r = res.setdefault(label["split"], _empty(seconds))
        url = f"{base}/p/{label['shop']}.html"
        got = sorted(by_shop.get(label["shop"], []), key=lambda row: len(row["url"]))
        r["pages"] += 1
        r["rows"] += len(got)
        r["duplicates"] += max(0, len(got) - 1)
        r["listings"] += bool(got)
        row = got[0] if got else {}
        html = (DATA / label["file"]).read_bytes()
        diff = _differs(row, extract_product(html, url)) if got else ["no listing"]
        if diff:
            r["differ"] += 1
            r["differences"].append(f"{label['shop']}: {', '.join(diff)}")
        _score(r, label, row, url)
    for r in res.values():
        for c in r["counts"].values():
            c["f1"] = 2 * c["tp"] / max(1, 2 * c["tp"] + c["fp"] + c["fn"])
    return res


def _empty(seconds: float) -> dict[str, Any]:
    counts = {f: {"tp": 0, "fp": 0, "fn": 0} for f in FIELDS}
    return {
        "pages": 0,
        "listings": 0,
        "rows": 0,
        "duplicates": 0,
        "differ": 0,
        "counts": counts,
        "mistakes": [],
        "differences": [],
        "seconds": seconds,
    }


def _score(r: dict[str, Any], label: dict[str, Any], row: dict[str, Any], url: str) -> None:
    prices = truth_prices(label)
    images = truth_images(label, DATA / Path(label["file"]).parent, url)
    image = (_plain(row.get("image_urls")) or [None])[0]
    got = {"price": row.get("price"), "title": row.get("title"), "image": image}
    ok = field_hits(got, prices, label["title"], images, url)
    for f in FIELDS:
        c = r["counts"][f]
        if ok[f]:
            c["tp"] += 1
            continue
        c["fn"] += 1
        c["fp"] += got[f] not in (None, "")
        r["mistakes"].append(f"{label['shop']}: {f} {str(got[f])[:80]!r}")


def development_pages() -> dict[str, tuple[str, str]]:
    """Development pages: {sha1[:12] of the HTML: (HTML, where it comes from)} for the market
    folders' pages and every page held by a module-level list of tests/crawler/test_*.py (cases
    with `html` and `url`, or tuples holding a document); HTML under 200 characters left out."""
    import importlib

    from benchmarks.bench_extraction import MARKET

    root = Path(__file__).resolve().parent.parent
    out: dict[str, tuple[str, str]] = {}

    def add(html: Any, where: str) -> None:
        if isinstance(html, str) and len(html) >= 200:
            out.setdefault(hashlib.sha1(html.encode()).hexdigest()[:12], (html, where))

    for path in sorted((root / "tests" / "crawler").glob("test_*.py")):
        module = importlib.import_module(f"tests.crawler.{path.stem}")
        for name, value in vars(module).items():
            for case in value if isinstance(value, list | tuple) else ():
                if hasattr(case, "html") and hasattr(case, "url"):
                    add(case.html, f"{path.stem}:{getattr(case, 'id', name)}")
                elif isinstance(case, tuple):
                    docs = [
                        e for e in case if isinstance(e, str) and ("<body" in e or "<html" in e[:500].lower())
                    ]
                    if docs:
                        add(docs[0], f"{path.stem}:{case[0] if isinstance(case[0], str) else name}")
    for folder in MARKET:
        for page in sorted(folder.glob("*.html")):
            add(page.read_text(encoding="utf-8"), f"{folder.name}/{page.name}")
    return dict(sorted(out.items()))


def _declared_bytes(html: str) -> bytes:
    """`html` encoded as it declares (`w3lib.encoding.html_body_declared_encoding`: its `<meta>`
    charset; a Color Me Shop page's EUC-JP), UTF-8 when it declares none; characters the charset lacks
    as character references."""
    from w3lib.encoding import html_body_declared_encoding

    return html.encode(html_body_declared_encoding(html[:4096]) or "utf-8", errors="xmlcharrefreplace")


def evaluate_development_pages() -> dict[str, Any]:
    """The crawl path on `development_pages`: {"pages", "rows", "seconds", "direct" (pages with a listing
    directly), "lost", "extra", "differ" (lists of "where: what")}.

    Raises RuntimeError when the crawl fails (see `crawl_rows`)."""
    from parsel import Selector

    from knockoff.crawler.extract import extract_product

    pages = development_pages()
    rows, base, seconds = crawl_pages({k: _declared_bytes(html) for k, (html, _) in pages.items()})
    by_page: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_page[urlsplit(row["url"]).path.rsplit("/", 1)[-1].removesuffix(".html")].append(row)
    canonical = {
        k: Selector(text=html).xpath("//link[@rel='canonical']/@href").get() for k, (html, _) in pages.items()
    }
    stored_canonicals = {canonical[k] for k in by_page if canonical.get(k)}
    res: dict[str, Any] = {"pages": len(pages), "rows": len(rows), "seconds": seconds, "direct": 0}
    res |= {"lost": [], "extra": [], "differ": []}
    for key, (html, where) in pages.items():
        direct = extract_product(html, f"{base}/p/{key}.html")
        got = sorted(by_page.get(key, []), key=lambda row: len(row["url"]))
        res["direct"] += direct is not None
        if direct and not got and not (canonical[key] and canonical[key] in stored_canonicals):
            res["lost"].append(where)
        elif got and not direct:
            res["extra"].append(where)
        elif got and direct and (diff := _differs(got[0], direct)):
            res["differ"].append(f"{where}: {', '.join(diff)}")
    return res


def run(quick: bool = False) -> str:
    """The Markdown section for benchmarks/RESULTS.md (both splits, one crawl; `quick` changes nothing)."""
    title = "## Extraction through the crawl: product-pages served on loopback, `knockoff crawl`"
    if not (DATA / "labels.jsonl").exists():
        return f"{title}\n\nSKIPPED: {DATA}/labels.jsonl not found."
    res = evaluate("all")
    lines = [
        title,
        "",
        "`python -m benchmarks --only extraction_crawl`: the pages of `bench_extraction` served by "
        "`python -m http.server` on 127.0.0.1 and crawled from an index page by `knockoff crawl "
        "--allow-private --no-robots --no-images` (the issue's way of measuring), rows read from the "
        'Parquet lake and scored with bench_extraction\'s rules; "differ": pages whose stored row '
        f"differs from `extract_product` called directly on the page (fields {', '.join(COMPARED)}).",
        "",
        "| split | pages | with a listing | rows | duplicate rows | price F1 | title F1 | main image F1 | "
        "differ from direct | crawl s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for split in ("train", "test"):
        r = res.get(split)
        if r is None:
            continue
        f1 = " | ".join(f"{r['counts'][f]['f1']:.3f}" for f in FIELDS)
        lines.append(
            f"| {split}{' (held out)' if split == 'test' else ''} | {r['pages']} | {r['listings']} | "
            f"{r['rows']} | {r['duplicates']} | {f1} | {r['differ']} | {r['seconds']:.0f} |"
        )
    train = res.get("train")
    if train and train["differences"]:
        lines += [
            "",
            "Train pages differing from the direct extraction: " + "; ".join(train["differences"]) + ".",
        ]
    lines += ["", "Crawl seconds: one crawl of both splits together (the same figure on both rows)."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="train", choices=["train", "test", "all"])
    parser.add_argument("--mistakes", action="store_true", help="per-page mistakes (train only)")
    parser.add_argument("--test-pages", action="store_true", help="the crawl path on development pages")
    args = parser.parse_args()
    if args.test_pages:
        r = evaluate_development_pages()
        print(
            f"pages {r['pages']} with a listing directly {r['direct']} rows {r['rows']} lost {len(r['lost'])} "
            f"extra {len(r['extra'])} differ {len(r['differ'])} crawl {r['seconds']:.1f}s"
        )
        print("\n".join("   " + m for m in r["lost"] + r["extra"] + r["differ"]))
        return
    for split, r in sorted(evaluate(args.split).items()):
        f1 = {f: round(r["counts"][f]["f1"], 3) for f in FIELDS}
        print(
            f"{split:5} pages {r['pages']} listings {r['listings']} rows {r['rows']} duplicates "
            f"{r['duplicates']} {f1} differ {r['differ']} crawl {r['seconds']:.1f}s"
        )
        if args.mistakes and split == "train":  # the held-out pages stay unseen
            print("\n".join("   " + m for m in r["mistakes"] + r["differences"]))


if __name__ == "__main__":
    main()
