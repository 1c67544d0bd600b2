"""A small hostile shop for crawler tests: a real aiohttp server on 127.0.0.1 (background thread).

Pages: home -> categories with pagination -> products (JSON-LD); products only reachable from the
sitemap index; a robots.txt-disallowed product; broken HTML; 404/500/slow pages; a redirect loop.
Images: good JPEGs (one served under two URLs), corrupt, oversized, a decompression bomb, HTML
served as .jpg, 404/500, slow (timeout), a redirect loop, and one on `localhost` (refused when
tests forbid it). Every request is counted per path in `Shop.hits`.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import threading
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from aiohttp import web
from PIL import Image

N_CATEGORY = 7  # products listed in the category (3 pages of 3)
N_SITEMAP_ONLY = 2
PAGE = 3


def jpeg(seed: int, size: tuple[int, int] = (64, 48)) -> bytes:
    img = Image.new("RGB", size, ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256))
    for x in range(0, size[0], 7):
        img.putpixel((x, (x * seed) % size[1]), (255, 255, 255))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def png_bomb(width: int = 30000, height: int = 30000) -> bytes:
    """A tiny PNG declaring width x height pixels (a decompression bomb)."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    raw = zlib.compress(b"\x00" * (width + 1) * 8)  # a few rows; the decoder would expand the rest
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


@dataclass
class Shop:
    base: str = ""
    hits: Counter = field(default_factory=Counter)
    product_delay: float = 0.0
    n_category: int = N_CATEGORY
    not_modified: int = 0  # 304 answers to conditional requests (If-None-Match)

    def product_paths(self) -> list[str]:
        """Every product page a complete crawl must store."""
        return (
            [f"/p/{i}" for i in range(self.n_category)]
            + [f"/p/s{i}" for i in range(N_SITEMAP_ONLY + 1)]  # the last one from a gzipped sitemap
            + [
                "/p/broken",
                "/p/bad-images",
            ]
        )


BAD_IMAGES = [
    "/img/corrupt.jpg",
    "/img/big.jpg",
    "/img/bomb.png",
    "/img/html.jpg",
    "/img/missing.jpg",
    "/img/error.jpg",
    "/img/slow.jpg",
    "/img/loop.jpg",
]


def make_app(shop: Shop, oversize_bytes: int = 300_000) -> web.Application:
    app = web.Application()

    @web.middleware
    async def count(request: web.Request, handler):  # type: ignore[no-untyped-def]
        shop.hits[request.path_qs if request.query_string else request.path] += 1
        return await handler(request)

    app.middlewares.append(count)

    def html(text: str, status: int = 200) -> web.Response:
        return web.Response(text=text, status=status, content_type="text/html")

    def product_html(pid: str, images: list[str], price: str = "19.99", canonical: str = "") -> str:
        data = {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": f"Product {pid}",
            "sku": f"SKU-{pid}",
            "mpn": f"MPN-{pid}",
            "brand": {"@type": "Brand", "name": "Acme"},
            "image": [shop.base.rstrip("/") + i if i.startswith("/") else i for i in images],
            "offers": {
                "@type": "Offer",
                "price": price,
                "priceCurrency": "EUR",
                "availability": "https://schema.org/InStock",
                "seller": {"@type": "Organization", "name": "Shop One", "url": "/seller/one"},
            },
        }
        if pid == "1":  # a GTIN on its offer (EAN-13, check digit valid)
            data["offers"]["gtin13"] = "4006381333931"
        return (
            f"<html><head><title>Product {pid}</title>{canonical}<script type='application/ld+json'>{json.dumps(data)}"
            f"</script></head><body><h1>Product {pid}</h1><a href='/'>home</a></body></html>"
        )

    async def home(request: web.Request) -> web.Response:
        return html(
            "<html><body><h1>Shop</h1><a href='/c/all'>All</a> <a href='/private/p9'>Secret</a>"
            " <a href='/p/500'>x</a> <a href='/p/404'>y</a> <a href='/p/slow'>z</a> <a href='/loop'>loop</a>"
            " <a href='/p/broken'>broken</a> <a href='/p/bad-images'>bad</a> <a href='/cart'>cart</a>"
            " <a href='/p/1?utm_source=news&amp;ref=home#top'>tracked</a> <a href='/p/alias'>alias</a></body></html>"
        )

    async def category(request: web.Request) -> web.Response:
        page = int(request.query.get("page", "1"))
        ids = list(range(shop.n_category))[(page - 1) * PAGE : page * PAGE]
        if not ids:
            raise web.HTTPNotFound()
        items = "".join(
            f"<li><a href='/p/{i}'>Product {i}</a> <span class='price'>19.99 €</span></li>" for i in ids
        )
        nxt = f"<a rel='next' href='/c/all?page={page + 1}'>next</a>" if page * PAGE < shop.n_category else ""
        return html(f"<html><body><h2>All</h2><ul>{items}</ul>{nxt}</body></html>")

    async def product(request: web.Request) -> web.Response:
        pid = request.match_info["pid"]
        if shop.product_delay:
            await asyncio.sleep(shop.product_delay)
        if pid == "alias":  # the same product under another URL, naming its canonical URL
            return html(
                product_html(
                    "3", ["/img/3.jpg", "/img/shared.jpg"], canonical="<link rel='canonical' href='/p/3'>"
                )
            )
        if pid == "404":
            raise web.HTTPNotFound()
        if pid == "500":
            return html("oops", status=500)
        if pid == "slow":
            await asyncio.sleep(5)
            return html(product_html(pid, []))
        if pid == "broken":
            return html(
                '<html><head><script type=\'application/ld+json\'>{"@type": "Product", "name": "Broken <b>one",'
                ' "offers": {"price": "5,50", "priceCurrency": "EUR",},}</script><body><h1>Broken <b>one'
                "<div><p>unclosed <table><tr><td>cell"
            )
        if pid == "bad-images":
            refused = shop.base.replace("127.0.0.1", "localhost") + "img/0.jpg"  # loopback under another name
            imgs = ["/img/0.jpg", *BAD_IMAGES, "/img/same-as-0.jpg", refused, "/img/to-private.jpg"]
            return html(product_html(pid, imgs))
        if pid.startswith("s") or pid.isdigit():
            etag = f'"p-{pid}-v1"'
            if request.headers.get("If-None-Match") == etag:
                shop.not_modified += 1
                return web.Response(status=304, headers={"ETag": etag})
            resp = html(product_html(pid, [f"/img/{pid}.jpg", "/img/shared.jpg"]))
            resp.headers["ETag"] = etag
            resp.headers["Cache-Control"] = "no-cache"
            return resp
        raise web.HTTPNotFound()

    async def image(request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name == "corrupt.jpg":
            return web.Response(body=jpeg(1)[:200] + b"\x00garbage" * 50, content_type="image/jpeg")
        if name == "big.jpg":
            return web.Response(body=jpeg(2) + b"\x00" * oversize_bytes, content_type="image/jpeg")
        if name == "bomb.png":
            return web.Response(body=png_bomb(), content_type="image/png")
        if name == "html.jpg":
            return web.Response(text="<html><body>not an image</body></html>", content_type="text/html")
        if name == "error.jpg":
            return web.Response(status=500)
        if name == "slow.jpg":
            await asyncio.sleep(5)
            return web.Response(body=jpeg(3), content_type="image/jpeg")
        if name == "loop.jpg":
            raise web.HTTPFound("/img/loop.jpg")
        if name == "to-private.jpg":  # a public-looking image redirecting to a loopback name
            raise web.HTTPFound(shop.base.replace("127.0.0.1", "localhost") + "img/1.jpg")
        if name == "same-as-0.jpg":
            return web.Response(body=jpeg(0), content_type="image/jpeg")
        if name == "shared.jpg":
            return web.Response(body=jpeg(999), content_type="image/jpeg")
        stem = name.removesuffix(".jpg")
        if stem.isdigit() or (stem.startswith("s") and stem[1:].isdigit()):
            seed = int(stem) if stem.isdigit() else 500 + int(stem[1:])
            return web.Response(body=jpeg(seed), content_type="image/jpeg")
        raise web.HTTPNotFound()

    async def robots(request: web.Request) -> web.Response:
        return web.Response(text=f"User-agent: *\nDisallow: /private/\n\nSitemap: {shop.base}sitemap.xml\n")

    async def sitemap(request: web.Request) -> web.Response:
        return web.Response(
            text=f"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            f"<sitemap><loc>{shop.base}sitemap-products.xml</loc></sitemap>"
            f"<sitemap><loc>{shop.base}sitemap-more.xml.gz</loc></sitemap></sitemapindex>",
            content_type="application/xml",
        )

    async def sitemap_products(request: web.Request) -> web.Response:
        locs = "".join(f"<url><loc>{shop.base}p/s{i}</loc></url>" for i in range(N_SITEMAP_ONLY))
        locs += f"<url><loc>{shop.base}p/0</loc></url>"
        return web.Response(
            text=f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{locs}</urlset>",
            content_type="application/xml",
        )

    async def sitemap_gz(request: web.Request) -> web.Response:
        import gzip

        xml = (
            "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            f"<url><loc>{shop.base}p/s{N_SITEMAP_ONLY}</loc></url></urlset>"
        )
        return web.Response(body=gzip.compress(xml.encode()), content_type="application/gzip")

    async def loop(request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop")

    async def private(request: web.Request) -> web.Response:
        return html(product_html("private", []))

    app.router.add_get("/", home)
    app.router.add_get("/robots.txt", robots)
    app.router.add_get("/sitemap.xml", sitemap)
    app.router.add_get("/sitemap-products.xml", sitemap_products)
    app.router.add_get("/sitemap-more.xml.gz", sitemap_gz)
    app.router.add_get("/c/all", category)
    app.router.add_get("/p/{pid}", product)
    app.router.add_get("/img/{name}", image)
    app.router.add_get("/loop", loop)
    app.router.add_get("/private/{x}", private)
    return app


@contextlib.contextmanager
def serve(app: web.Application, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve `app` from a daemon thread; yields its base URL (`http://127.0.0.1:PORT/`)."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state: dict = {}

    async def start() -> None:
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, host, 0)
        await site.start()
        state["runner"], state["port"] = runner, site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    def main() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start())
        ready.set()
        loop.run_forever()
        loop.run_until_complete(state["runner"].cleanup())

    t = threading.Thread(target=main, daemon=True)
    t.start()
    ready.wait(20)
    try:
        yield f"http://{host}:{state['port']}/"
    finally:
        loop.call_soon_threadsafe(loop.stop)
        t.join(10)


@contextlib.contextmanager
def serve_shop(**kwargs: object) -> Iterator[Shop]:
    shop = Shop(**kwargs)  # type: ignore[arg-type]
    with serve(make_app(shop)) as base:
        shop.base = base
        yield shop
