"""Declarative spider from sites.yaml: selectors and link rules on a shop the generic spider cannot read."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from aiohttp import web

from knockoff.config import CrawlConfig, load_sites
from knockoff.crawler.run import run_crawl
from knockoff.errors import ConfigError
from knockoff.lake import Lake
from tests.crawler.shop_server import jpeg, serve

N = 5


def old_shop() -> web.Application:
    """Table layout, no structured data, no h1, no cart button: nothing generic to hold on to."""

    async def cat(request: web.Request) -> web.Response:
        p = int(request.query.get("p", "1"))
        ids = [i for i in range(N) if (i // 3) + 1 == p]
        rows = "".join(f"<tr><td><a href='/old/item/{i}'>thing {i}</a></td></tr>" for i in ids)
        more = f"<a href='/old/cat?p={p + 1}'>more</a>" if p * 3 < N else ""
        return web.Response(
            text=f"<table>{rows}</table>{more}<a href='/old/login'>login</a>", content_type="text/html"
        )

    async def item(request: web.Request) -> web.Response:
        i = int(request.match_info["i"])
        stock = "Sold out" if i % 2 else "Auf Lager"
        return web.Response(
            text=(
                f"<table class='it'><tr><td class='nm'>Old thing {i}</td></tr>"
                f"<tr><td class='cost'>{i},50 EUR</td><td class='ref'>OLD-{i}</td></tr>"
                f"<tr><td class='st'>{stock}</td><td class='mk'>Oldco</td></tr>"
                # the maker's codes: item 3's EAN is valid, item 2's check digit is not
                f"<tr><td class='ean'>{'4006381333931' if i == 3 else '4006381333932'}</td><td class='pn'>OC-{i}</td></tr>"
                f"<tr><td class='ph'><img src='/old/img/{i}.jpg'></td></tr></table>"
            ),
            content_type="text/html",
        )

    async def img(request: web.Request) -> web.Response:
        return web.Response(body=jpeg(int(request.match_info["i"])), content_type="image/jpeg")

    async def login(request: web.Request) -> web.Response:
        return web.Response(
            text="<table class='it'><tr><td class='nm'>Login</td></tr></table>", content_type="text/html"
        )

    app = web.Application()
    app.router.add_get("/old/cat", cat)
    app.router.add_get("/old/item/{i}", item)
    app.router.add_get("/old/img/{i}.jpg", img)
    app.router.add_get("/old/login", login)
    return app


SITES = """
sites:
  - name: oldshop
    spider: declarative
    start_urls: ["{base}old/cat"]
    selectors:
      title: td.nm::text
      price: td.cost::text
      sku: td.ref::text
      gtin: td.ean::text
      mpn: td.pn::text
      availability: td.st::text
      brand: td.mk::text
      images: td.ph img::attr(src)
    link_rules:
      follow: ["/old/cat"]
      listing: ["/old/item/\\\\d+$"]
      deny: ["/login"]
"""


def test_declarative_spider_reads_what_generic_cannot(tmp_path, crawl_config: CrawlConfig) -> None:
    with serve(old_shop()) as base:
        path = tmp_path / "sites.yaml"
        path.write_text(SITES.replace("{base}", base))
        site = load_sites(path)[0]
        cfg = crawl_config.model_copy(update={"sitemaps": False})
        run_crawl([site], str(tmp_path / "lake"), "2026-05-01", cfg)
        rows = {
            urlsplit(r["url"]).path: r
            for r in Lake(str(tmp_path / "lake")).read("listings", "2026-05-01").to_pylist()
        }
        assert set(rows) == {f"/old/item/{i}" for i in range(N)}
        r = rows["/old/item/3"]
        assert (r["title"], r["price"], r["currency"], r["sku"]) == ("Old thing 3", 3.5, "EUR", "OLD-3")
        # the page's words "Sold out" say the shopper cannot buy: OutOfStock (crawler.values)
        assert r["availability"] == "OutOfStock" and rows["/old/item/2"]["availability"] == "InStock"
        assert r["brand_claimed"] == "Oldco" and r["image_urls"] == [f"{base}old/img/3.jpg"]
        assert r["image_sha256"][0] is not None
        assert r["field_sources"]["title"] == "selector" and r["field_sources"]["price"] == "selector"
        assert (r["gtin"], r["mpn"], r["field_sources"]["gtin"]) == ("4006381333931", "OC-3", "selector")
        assert rows["/old/item/2"]["gtin"] is None and rows["/old/item/2"]["mpn"] == "OC-2"

        generic = site.model_copy(update={"spider": "generic", "name": "oldgeneric"})
        s = run_crawl([generic], str(tmp_path / "lake"), "2026-05-01", cfg).sites["oldgeneric"]
        assert s.listings == 0  # the generic spider finds no product here


@pytest.mark.parametrize(
    ("selectors", "rules", "message"),
    [
        ({"title": "h1::text", "colour": "b"}, {}, "unknown selector"),
        ({"title": "h1[[["}, {}, "not valid"),
        ({"title": "xpath://h1[@"}, {}, "not valid"),
        ({"title": "h1::text"}, {"follow": ["("]}, "not a valid regex"),
    ],
)
def test_bad_declarative_config_is_one_line_error(tmp_path, crawl_config, selectors, rules, message) -> None:
    from knockoff.config import SiteConfig

    site = SiteConfig(
        name="bad",
        start_urls=["http://127.0.0.1:9/"],
        spider="declarative",
        selectors=selectors,
        link_rules=rules,
    )
    with pytest.raises(ConfigError, match=message) as err:
        run_crawl([site], str(tmp_path / "lake"), "2026-05-01", crawl_config)
    assert "\n" not in str(err.value)


def test_example_sites_file_is_valid() -> None:
    from pathlib import Path

    from knockoff.crawler.spiders.declarative import validate_site

    sites = load_sites(Path(__file__).resolve().parents[2] / "crawler" / "sites.example.yaml")
    assert [s.spider for s in sites] == ["generic", "declarative"]
    for s in sites:
        validate_site(s)
