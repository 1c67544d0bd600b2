"""Real Scrapy crawls of a loopback shop into a real lake."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from knockoff.config import CrawlConfig, SiteConfig
from knockoff.crawler.run import run_crawl
from knockoff.errors import CrawlError, LakeError
from knockoff.lake import Lake, sha256_hex
from tests.crawler.shop_server import BAD_IMAGES, jpeg, serve_shop

D1, D2 = "2026-03-01", "2026-03-02"


def _paths(table) -> set[str]:
    return {urlsplit(u).path for u in table["url"].to_pylist()}


def test_full_crawl_pages_images_errors_and_second_night(tmp_path, crawl_config: CrawlConfig) -> None:
    lake = str(tmp_path / "lake")
    with serve_shop() as shop:
        site = SiteConfig(name="hostile", start_urls=[shop.base])
        s = run_crawl([site], lake, D1, crawl_config).sites["hostile"]
        lk = Lake(lake)
        listings = lk.read("listings", D1)
        images = lk.read("images", D1)

        # pagination, sitemap index -> sitemap -> sitemap-only products, broken HTML: all stored once
        assert _paths(listings) == set(shop.product_paths())
        assert listings.num_rows == len(shop.product_paths())
        assert s.committed and s.listings == listings.num_rows
        # robots.txt obeyed; cart links not followed; the error pages produced no listing
        assert shop.hits["/private/p9"] == 0 and shop.hits["/cart"] == 0
        assert shop.hits["/robots.txt"] >= 1 and shop.hits["/sitemap-products.xml"] == 1
        assert shop.hits["/p/500"] == 2 and shop.hits["/p/slow"] == 2  # one retry each (500, timeout)
        assert shop.hits["/p/1?utm_source=news&ref=home"] == 0  # tracking parameters stripped
        assert shop.hits["/p/alias"] == 1  # fetched, but stored under its canonical URL /p/3
        assert 1 <= shop.hits["/loop"] <= crawl_config.redirect_max_times + 1  # loop stopped
        assert s.errors >= 3

        rows = {urlsplit(r["url"]).path: r for r in listings.to_pylist()}
        broken = rows["/p/broken"]
        assert broken["title"] == "Broken one" and broken["price"] == 5.5 and broken["currency"] == "EUR"
        good = rows["/p/1"]
        assert good["sku"] == "SKU-1" and good["availability"] == "InStock" and good["seller"] == "Shop One"
        assert good["seller_url"] == shop.base + "seller/one"
        # the maker's codes beside the shop's sku, each with how it was found
        assert (good["gtin"], good["mpn"]) == ("4006381333931", "MPN-1")
        assert good["field_sources"]["gtin"] == good["field_sources"]["mpn"] == "jsonld"
        assert broken["gtin"] is None
        assert good["image_sha256"] == [sha256_hex(jpeg(1)), sha256_hex(jpeg(999))]

        # bad images: null hash in the listing, one error row each, original bytes for the good ones
        bad = rows["/p/bad-images"]
        sha0 = sha256_hex(jpeg(0))
        assert bad["image_sha256"][0] == bad["image_sha256"][-3] == sha0  # same bytes under two URLs
        assert bad["image_sha256"][1:-3] == [None] * len(BAD_IMAGES) and bad["image_sha256"][-2:] == [
            None,
            None,
        ]
        errors = {urlsplit(r["url"]).path: r["error"] for r in images.to_pylist() if r["error"]}
        expect = {
            "/img/corrupt.jpg": "corrupt",
            "/img/big.jpg": "too large",
            "/img/bomb.png": "pixels",
            "/img/html.jpg": "text/html",
            "/img/missing.jpg": "HTTP 404",
            "/img/error.jpg": "HTTP 500",
            "/img/slow.jpg": "Timeout",
            "/img/loop.jpg": "redirect",
        }
        for path, word in expect.items():
            assert word.lower() in (errors.get(path) or "").lower(), (path, errors.get(path))
        refused = [
            r for r in images.to_pylist() if r["url"].startswith(shop.base.replace("127.0.0.1", "localhost"))
        ]
        assert refused and "refused" in refused[0]["error"] and "non-public" in refused[0]["error"]
        assert "non-public" in errors["/img/to-private.jpg"]  # the redirect target was refused
        assert shop.hits["/img/1.jpg"] == 1  # ...before connecting (only /p/1's own download)
        assert shop.hits["/img/slow.jpg"] == 2 and shop.hits["/img/big.jpg"] >= 1
        ok = [r for r in images.to_pylist() if r["error"] is None]
        assert len({r["image_sha256"] for r in ok}) == len(ok)  # stored once per hash
        for r in ok:
            assert (
                sha256_hex(r["bytes"]) == r["image_sha256"] and r["mime"] == "image/jpeg" and r["width"] == 64
            )
        assert shop.hits["/img/shared.jpg"] == 1  # shared by every product, downloaded once
        n_ok = len(ok)

        # second night: same listings, no image fetched or stored again, hashes still in the listings
        failed = {*expect, "/img/to-private.jpg"}  # failures are tried again the next night
        hits_before = sum(v for k, v in shop.hits.items() if k.startswith("/img/") and k not in failed)
        s2 = run_crawl([site], lake, D2, crawl_config).sites["hostile"]
        hits_after = sum(v for k, v in shop.hits.items() if k.startswith("/img/") and k not in failed)
        assert hits_after == hits_before
        assert s2.images_new == 0 and s2.images_reused >= n_ok
        night2 = {urlsplit(r["url"]).path: r for r in lk.read("listings", D2).to_pylist()}
        assert night2["/p/1"]["image_sha256"] == good["image_sha256"]
        assert lk.read("images", D2).filter(lambda_ok(lk.read("images", D2))).num_rows == 0

        # rerun of the same night replaces the partition: no duplicates
        run_crawl([site], lake, D1, crawl_config)
        assert lk.read("listings", D1).num_rows == listings.num_rows
        assert lk.read("images", D1).num_rows == images.num_rows


def lambda_ok(t):  # rows without error
    import pyarrow.compute as pc

    return pc.is_null(t["error"])


def test_max_listings_stops_cleanly_and_commits(tmp_path, crawl_config: CrawlConfig) -> None:
    lake = str(tmp_path / "lake")
    with serve_shop(n_category=30) as shop:
        cfg = crawl_config.model_copy(update={"max_listings": 4, "sitemaps": False})
        s = run_crawl([SiteConfig(name="capped", start_urls=[shop.base + "c/all"])], lake, D1, cfg)
        t = Lake(lake).read("listings", D1)
        assert t.num_rows == 4 and s.sites["capped"].committed
        assert all(None not in r for r in t["image_sha256"].to_pylist())  # their images finished
        assert sum(v for k, v in shop.hits.items() if k.startswith("/p/")) < 30


def test_unreachable_start_url_is_one_line_error_and_writes_nothing(
    tmp_path, crawl_config: CrawlConfig
) -> None:
    import socket

    with socket.socket() as sock:  # a port with nothing listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    lake = tmp_path / "lake"
    with pytest.raises(CrawlError) as err:
        run_crawl(
            [SiteConfig(name="gone", start_urls=[f"http://127.0.0.1:{port}/"])], str(lake), D1, crawl_config
        )
    assert "\n" not in str(err.value) and "no start URL is reachable" in str(err.value)
    assert not (lake / "listings").exists() and not (lake / "images").exists()


def test_lake_not_writable(tmp_path, crawl_config: CrawlConfig) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LakeError):
        run_crawl(
            [SiteConfig(name="x", start_urls=["http://127.0.0.1:9/"])],
            str(blocker / "lake"),
            D1,
            crawl_config,
        )


def test_private_start_url_refused_by_default(tmp_path) -> None:
    with serve_shop() as shop:
        cfg = CrawlConfig(autothrottle=False, retry_times=0, http_cache=False)
        with pytest.raises(CrawlError, match="refused") as err:
            run_crawl([SiteConfig(name="private", start_urls=[shop.base])], str(tmp_path / "lake"), D1, cfg)
        assert shop.hits["/"] == 0 and shop.hits["/robots.txt"] == 0  # stopped before connecting
    assert "--allow-private" in str(err.value)  # the way out is named (a user audit, stop 68)


def test_second_night_revalidates_pages_with_conditional_requests(
    tmp_path, crawl_config: CrawlConfig
) -> None:
    lake = str(tmp_path / "lake")
    cfg = crawl_config.model_copy(update={"http_cache": True, "sitemaps": False})
    with serve_shop(n_category=6) as shop:
        site = SiteConfig(name="cached", start_urls=[shop.base + "c/all"])
        run_crawl([site], lake, D1, cfg)
        assert shop.not_modified == 0
        assert (tmp_path / "lake" / "cache" / "http" / "cached").is_dir()
        run_crawl([site], lake, D2, cfg)
        assert shop.not_modified >= 6  # every product page answered 304 Not Modified
        t = Lake(lake).read("listings", D2)
        assert {f"/p/{i}" for i in range(6)} <= _paths(t)
        rows = {urlsplit(r["url"]).path: r for r in t.to_pylist()}
        assert all(
            rows[f"/p/{i}"]["price"] == 19.99 and rows[f"/p/{i}"]["sku"] == f"SKU-{i}" for i in range(6)
        )
