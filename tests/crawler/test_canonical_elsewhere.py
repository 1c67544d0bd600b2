"""A shop whose pages name their canonical URL on another host (a mirror, a regional or white-label
domain, or saved pages served on loopback as issue 14 measures): a product's tracking and variant URLs
become one listing, distinct products stay distinct, and a page cannot name another host's URL as its
own listing URL. Real Scrapy crawl of a real aiohttp shop on 127.0.0.1 into a real lake."""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

from aiohttp import web

from knockoff.config import CrawlConfig, SiteConfig
from knockoff.crawler.run import run_crawl
from knockoff.lake import Lake
from tests.crawler.shop_server import serve

D = "2026-12-01"


def _page(name: str, price: str, canonical: str | None, links: str = "") -> str:
    head = f"<link rel='canonical' href='{canonical}'>" if canonical else ""
    return (
        f"<!doctype html><html lang='en'><head><title>{name} | Brand Store</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a></nav><main><h1>{name}</h1><img src='/img/{name[:4]}.jpg' alt='{name}'>"
        f"<p class='price'>${price}</p><button type='submit'>Add to cart</button>{links}</main></body></html>"
    )


def _app(hits: Counter) -> web.Application:
    pages = {
        # one product: its page links its colour variants and a tracked copy, all naming one canonical URL
        "/p/runner": lambda: _page(
            "Trail Runner",
            "120.00",
            "https://www.brand.example/us/trail-runner/TR100.html",
            "<a href='/p/runner?variant=blue'>Blue</a> <a href='/p/runner?pr=recs_rr'>again</a>",
        ),
        # a second product with its own canonical URL on the other host, and one with none
        "/p/jacket": lambda: _page(
            "Rain Jacket", "89.00", "https://www.brand.example/us/rain-jacket/RJ2.html"
        ),
        "/p/socks": lambda: _page("Wool Socks", "15.00", None, "<a href='/p/socks?variant=grey'>Grey</a>"),
    }

    async def handle(request: web.Request) -> web.Response:
        hits[request.path_qs] += 1
        if request.path == "/":
            links = "".join(f"<a href='{p}'>{p}</a> " for p in pages)
            return web.Response(text=f"<html><body>{links}</body></html>", content_type="text/html")
        if request.path in pages:
            return web.Response(text=pages[request.path](), content_type="text/html")
        raise web.HTTPNotFound()

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    return app


def test_variants_naming_one_canonical_on_another_host_are_one_listing(
    tmp_path, crawl_config: CrawlConfig
) -> None:
    hits: Counter = Counter()
    with serve(_app(hits)) as base:
        site = SiteConfig(name="mirror", start_urls=[base])
        run_crawl([site], str(tmp_path / "lake"), D, crawl_config.model_copy(update={"obey_robots": False}))
    rows = Lake(str(tmp_path / "lake")).read("listings", D).to_pylist()
    by_title = Counter(r["title"] for r in rows)
    # every variant page was fetched ...
    assert hits["/p/runner?variant=blue"] == 1 and hits["/p/runner?pr=recs_rr"] == 1
    # ... but the three URLs naming one canonical URL are one listing, stored under a URL of this site
    assert by_title["Trail Runner"] == 1
    runner = next(r for r in rows if r["title"] == "Trail Runner")
    assert urlsplit(runner["url"]).netloc == urlsplit(base).netloc
    assert urlsplit(runner["url"]).path == "/p/runner"
    # a distinct product with its own canonical URL on the same other host stays its own listing
    assert by_title["Rain Jacket"] == 1 and runner["price"] == 120.0
    # without a canonical URL, a variant URL is a page of its own (nothing says they are one)
    assert by_title["Wool Socks"] == 2
    assert len(rows) == 4


def _losses_app(hits: Counter) -> web.Application:
    refresh_away = "<meta http-equiv='refresh' content='5; url=https://m.brand.example/kettle'>"
    pages = {
        # saved or misconfigured pages: a canonical link to a URL of this site that 404s, or to the home page
        "/p/lamp": _page("Desk Lamp", "39.00", "/products/desk-lamp-old"),
        "/p/vase": _page("Glass Vase", "24.00", "/"),
        # a product page refreshing to another host after 5 s, and a redirect stub (no product) to a product
        "/p/kettle": _page("Steel Kettle", "55.00", None).replace("</head>", refresh_away + "</head>"),
        "/old/stool": "<html><head><meta http-equiv='refresh' content='0; url=/p/stool'></head><body>Moved</body></html>",
        "/p/stool": _page("Oak Stool", "80.00", None),
        # an alias naming a real product page of this site as canonical: stored once, under that page's URL
        "/p/mug-alias": _page("Stoneware Mug", "12.00", "/p/mug"),
        "/p/mug": _page("Stoneware Mug", "12.00", "/p/mug"),
    }

    async def handle(request: web.Request) -> web.Response:
        hits[request.path_qs] += 1
        if request.path == "/":
            links = "".join(f"<a href='{p}'>{p}</a> " for p in pages if p not in ("/p/stool", "/p/mug"))
            return web.Response(text=f"<html><body>{links}</body></html>", content_type="text/html")
        if request.path in pages:
            return web.Response(text=pages[request.path], content_type="text/html")
        raise web.HTTPNotFound()

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    return app


def test_a_broken_canonical_link_or_a_meta_refresh_loses_no_listing(
    tmp_path, crawl_config: CrawlConfig
) -> None:
    hits: Counter = Counter()
    with serve(_losses_app(hits)) as base:
        site = SiteConfig(name="losses", start_urls=[base])
        run_crawl([site], str(tmp_path / "lake"), D, crawl_config.model_copy(update={"obey_robots": False}))
    rows = {urlsplit(r["url"]).path: r for r in Lake(str(tmp_path / "lake")).read("listings", D).to_pylist()}
    # the named canonical pages were tried (404; the home page shows no product): the pages' own listings stand
    assert hits["/products/desk-lamp-old"] == 1
    assert rows["/p/lamp"]["title"] == "Desk Lamp" and rows["/p/vase"]["title"] == "Glass Vase"
    # a product page's refresh to another host does not take its listing away; a stub's refresh is followed
    assert rows["/p/kettle"]["price"] == 55.0
    assert hits["/old/stool"] == 1 and rows["/p/stool"]["title"] == "Oak Stool"
    # a working canonical link on this site still names the listing: one row for the mug, under /p/mug
    assert "/p/mug-alias" not in rows and rows["/p/mug"]["title"] == "Stoneware Mug"
    assert set(rows) == {"/p/lamp", "/p/vase", "/p/kettle", "/p/stool", "/p/mug"}
