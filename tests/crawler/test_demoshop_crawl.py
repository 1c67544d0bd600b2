"""The generic spider on the demo marketplace (crawler.demoshop): every listing, every field, two nights."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from knockoff.config import CrawlConfig, SiteConfig
from knockoff.crawler.heuristics.brands import no_brand
from knockoff.crawler.run import run_crawl
from knockoff.lake import Lake, sha256_hex

demoshop = pytest.importorskip("knockoff.crawler.demoshop", reason="the demo shop module is not present")


def test_generic_spider_reads_every_demo_listing(tmp_path) -> None:
    shop_dir = tmp_path / "shop"
    demoshop.generate_shop(shop_dir, seed=1, n_listings=40)
    truth = {x["path"]: x for x in json.loads((shop_dir / "shop.json").read_text())["listings"]}
    lake = str(tmp_path / "lake")
    cfg = CrawlConfig(
        allow_private_addresses=True, autothrottle=False, http_cache=False, concurrent_requests_per_domain=16
    )
    with demoshop.serve_shop(shop_dir) as url:
        s = run_crawl([SiteConfig(name="demo", start_urls=[url])], lake, "2026-06-01", cfg).sites["demo"]
        rows = {urlsplit(r["url"]).path: r for r in Lake(lake).read("listings", "2026-06-01").to_pylist()}
        assert set(rows) == set(truth), set(truth) ^ set(rows)
        formats = set()
        for path, x in truth.items():
            r = rows[path]
            formats.add(x["format"])
            assert r["title"] == x["title"] and r["sku"] == x["sku"], (x["format"], r)
            assert r["price"] == pytest.approx(x["price"]) and r["currency"] == x["currency"]
            # the catalogue's "no brand" is a placeholder, read as no brand claimed (brands.no_brand)
            assert r["brand_claimed"] == (None if not x["brand"] or no_brand(x["brand"]) else x["brand"])
            assert r["availability"] == x["availability"]
            assert len(r["image_urls"]) == len(x["images"]) and None not in r["image_sha256"]
            assert r["seller"] == x["seller_name"]  # OpenGraph pages name it only in the HTML
            assert urlsplit(r["seller_url"]).path == f"/seller/{x['seller']}"
            for u, h in zip(r["image_urls"], r["image_sha256"], strict=True):
                assert h == sha256_hex((shop_dir / "img" / u.rsplit("/", 1)[1]).read_bytes())
        assert formats == {"jsonld", "microdata", "opengraph"} or len(formats) >= 2
        assert s.images_failed == 0 and s.errors == 0

        s2 = run_crawl([SiteConfig(name="demo", start_urls=[url])], lake, "2026-06-02", cfg).sites["demo"]
        assert s2.images_new == 0 and s2.listings == len(truth)
