"""benchmarks/bench_extraction_crawl: a product-pages-shaped folder served on loopback by a real
http.server, crawled by the real `knockoff crawl` command into a real lake, scored per field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import bench_extraction, bench_extraction_crawl

PAGE = """<!doctype html><html lang="en"><head><title>{title} | Shop</title>
<link rel="canonical" href="https://www.{shop}.example/p/{shop}-1.html"></head>
<body><nav><a href="/">Home</a> <a href="/help">Help</a></nav>
<main><h1>{title}</h1><img id="main" src="/img/{shop}-main-1200.jpg" alt="{title}">
<p class="price">{price}</p><button type="submit">Add to cart</button>
<a href="/p/{shop}.html?pr=recs_rr">Seen it?</a></main></body></html>"""


def _folder(root: Path) -> Path:
    rows = []
    for shop, split, title, price in (
        ("alpha", "train", "Linen Summer Shirt", "$49.00"),
        ("bravo", "train", "Walnut Serving Board", "$35.50"),
        ("charlie", "test", "Canvas Weekender Bag", "$120.00"),
    ):
        (root / "pages" / shop).mkdir(parents=True)
        (root / "pages" / shop / "source.html").write_text(PAGE.format(shop=shop, title=title, price=price))
        rows.append(
            {
                "shop": shop,
                "split": split,
                "file": f"pages/{shop}/source.html",
                "price_text": price,
                "price_attr": None,
                "title": title,
                "image": f"/img/{shop}-main-1200.jpg",
            }
        )
    (root / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return root


@pytest.fixture
def pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = _folder(tmp_path / "product-pages")
    monkeypatch.setattr(bench_extraction, "DATA", root)
    monkeypatch.setattr(bench_extraction_crawl, "DATA", root)
    return root


def test_crawled_pages_scored_like_the_direct_benchmark(pages: Path) -> None:
    res = bench_extraction_crawl.evaluate("all")
    train, test = res["train"], res["test"]
    assert (train["pages"], train["listings"], test["pages"], test["listings"]) == (2, 2, 1, 1)
    # each page links its own tracking variant; the shared off-site canonical URL keeps it one row
    assert train["rows"] == 2 and train["duplicates"] == 0
    for r in (train, test):
        assert {f: c["f1"] for f, c in r["counts"].items()} == {"price": 1.0, "title": 1.0, "image": 1.0}
        assert r["differ"] == 0 and r["differences"] == []
    section = bench_extraction_crawl.run()
    assert "| test (held out) | 1 | 1 | 1 | 0 | 1.000 | 1.000 | 1.000 | 0 |" in section


def test_a_page_that_is_no_product_page_counts_as_lost(pages: Path) -> None:
    (pages / "pages" / "bravo" / "source.html").write_text("<html><body><p>Page moved.</p></body></html>")
    train = bench_extraction_crawl.evaluate("train")["train"]
    assert train["listings"] == 1 and train["differ"] == 1
    assert train["differences"] == ["bravo: no listing"]
    assert train["counts"]["price"] == {"tp": 1, "fp": 0, "fn": 1, "f1": 2 / 3}


def test_test_pages_mode_reports_only_what_the_crawl_path_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    # two product pages sharing one canonical URL (one listing to the crawler), one with its own,
    # and a help page that gives no listing either way
    docs = {
        "a1": PAGE.format(shop="alpha", title="Linen Summer Shirt", price="$49.00"),
        "a2": PAGE.format(shop="alpha", title="Linen Summer Shirt, blue", price="$49.00"),
        "b1": PAGE.format(shop="bravo", title="Walnut Serving Board", price="$35.50"),
        "help": "<!doctype html><html><head><title>Help | Shop</title></head><body><h1>Help</h1>"
        + "<p>Returns within 30 days.</p>" * 10
        + "</body></html>",
    }
    monkeypatch.setattr(
        bench_extraction_crawl, "development_pages", lambda: {k: (v, f"case {k}") for k, v in docs.items()}
    )
    res = bench_extraction_crawl.evaluate_development_pages()
    assert (res["pages"], res["direct"]) == (4, 3)
    assert res["rows"] == 2  # a1 or a2 (one canonical URL), b1
    assert (res["lost"], res["extra"], res["differ"]) == ([], [], [])


def test_development_pages_gathers_the_review_cases_and_market_folders() -> None:
    pages = bench_extraction_crawl.development_pages()
    where = [w for _, w in pages.values()]
    assert len(pages) > 1000
    assert any(w.startswith("pages_market/") for w in where)
    assert any(w.startswith("test_brand_review6:") for w in where)
