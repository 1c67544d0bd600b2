"""Sites with `render: true`: pages whose product data is built by JavaScript, fetched through
scrapy-playwright driving the system Chromium, on a loopback shop (skipped, with the reason, where
Chromium or scrapy-playwright is missing)."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from aiohttp import web

from knockoff.config import CrawlConfig, SiteConfig
from knockoff.crawler.render import RenderGuard, render_unavailable
from knockoff.crawler.run import run_crawl
from knockoff.lake import Lake
from tests.crawler.shop_server import jpeg, serve

WHY = render_unavailable(CrawlConfig().chromium_path)
N = 3


def js_shop() -> web.Application:
    """Every page is an empty shell; a script fetches /api/... and builds links and products."""

    async def home(request: web.Request) -> web.Response:
        script = """
        fetch('/api/list').then(r => r.json()).then(ids => {
          document.getElementById('app').innerHTML =
            ids.map(i => `<a href="/p/${i}">item ${i}</a>`).join(' ');
        });"""
        return web.Response(text=_shell(script), content_type="text/html")

    async def product(request: web.Request) -> web.Response:
        pid = request.match_info["pid"]
        script = f"""
        fetch('/api/p/{pid}').then(r => r.json()).then(p => {{
          const ld = document.createElement('script');
          ld.type = 'application/ld+json';
          ld.text = JSON.stringify({{"@context": "https://schema.org", "@type": "Product", "name": p.name,
            "sku": p.sku, "image": p.image,
            "offers": {{"@type": "Offer", "price": p.price, "priceCurrency": "EUR"}}}});
          document.head.appendChild(ld);
          document.getElementById('app').innerHTML =
            `<h1>${{p.name}}</h1><span class="price">${{p.price}} €</span><button>Add to cart</button>`;
        }});"""
        return web.Response(text=_shell(script), content_type="text/html")

    async def api_list(request: web.Request) -> web.Response:
        return web.json_response(list(range(N)))

    async def api_product(request: web.Request) -> web.Response:
        i = int(request.match_info["pid"])
        return web.json_response(
            {
                "name": f"Rendered lamp {i}",
                "sku": f"RL-{i}",
                "price": f"{10 + i}.50",
                "image": f"/img/{i}.jpg",
            }
        )

    async def img(request: web.Request) -> web.Response:
        return web.Response(body=jpeg(int(request.match_info["i"])), content_type="image/jpeg")

    app = web.Application()
    app.router.add_get("/", home)
    app.router.add_get("/p/{pid}", product)
    app.router.add_get("/api/list", api_list)
    app.router.add_get("/api/p/{pid}", api_product)
    app.router.add_get("/img/{i}.jpg", img)
    return app


def _shell(script: str) -> str:
    return f"<html><head><title>JS shop</title></head><body><div id='app'></div><script>{script}</script></body></html>"


@pytest.mark.skipif(WHY is not None, reason=f"rendering unavailable: {WHY}")
def test_render_true_reads_pages_built_by_javascript(tmp_path, crawl_config: CrawlConfig) -> None:
    cfg = crawl_config.model_copy(update={"sitemaps": False, "render_timeout": 20.0})
    with serve(js_shop()) as base:
        plain = SiteConfig(name="jsplain", start_urls=[base])
        s = run_crawl([plain], str(tmp_path / "lake"), "2026-05-01", cfg).sites["jsplain"]
        assert s.listings == 0  # without a browser the shell shows nothing
        site = SiteConfig(name="jsshop", start_urls=[base], render=True)
        s = run_crawl([site], str(tmp_path / "lake"), "2026-05-01", cfg).sites["jsshop"]
        rows = Lake(str(tmp_path / "lake")).read("listings", "2026-05-01", site="jsshop").to_pylist()
    got = {urlsplit(r["url"]).path: r for r in rows}
    assert set(got) == {f"/p/{i}" for i in range(N)}, s
    r = got["/p/2"]
    assert (r["title"], r["price"], r["currency"], r["sku"]) == ("Rendered lamp 2", 12.5, "EUR", "RL-2")
    assert r["image_urls"] == [f"{base}img/2.jpg"] and r["image_sha256"][0] is not None


def test_render_guard_applies_the_crawl_safety_rules() -> None:
    import asyncio

    class Req:
        def __init__(self, url: str, kind: str = "script") -> None:
            self.url, self.resource_type = url, kind

    guard = RenderGuard(False, ["127.0.0.1"], ["evil.example"])
    verdict = lambda url, kind="script": asyncio.run(guard(Req(url, kind)))  # noqa: E731
    assert verdict("http://127.0.0.1:8000/app.js") is False  # allowed loopback host
    assert verdict("http://10.0.0.5/app.js") is True  # private address
    assert verdict("http://169.254.169.254/latest/meta-data") is True  # link-local metadata
    assert verdict("https://evil.example/x.js") is True  # forbidden host
    assert verdict("file:///etc/passwd", "document") is True
    assert verdict("http://127.0.0.1:8000/a.jpg", "image") is True  # images are not needed to render
    assert verdict("data:text/plain,hi") is False
    assert json.dumps(WHY)  # the skip reason is one printable line (or null)
