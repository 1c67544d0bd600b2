"""A hostile marketplace on loopback, used only by the reliability tests.

It serves ordinary product listings (schema.org JSON-LD) mixed with everything a real crawl
meets on a bad night: malformed and deeply nested HTML, huge pages, slow-drip responses,
endless pagination, redirect loops, wrong content types, gzip bombs, image decompression bombs,
corrupt/truncated/polyglot images, script injection in titles/sellers/URLs, links to a
forbidden host and to file://, non-UTF-8 pages and the same listing under several URLs.

A second server, the *canary*, listens on another loopback address (127.0.0.2) that the tests
mark as forbidden: any request it receives is a safety failure. Both servers log every request.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import io
import json
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape

import numpy as np
from aiohttp import web
from PIL import Image

from knockoff.crawler.demoshop.server import run_app_in_thread

CANARY_HOST = "127.0.0.2"
XSS = "<script>alert('x')</script>"
MAX_PAGE_BYTES = 1_000_000  # tests configure the crawler with this limit
HUGE_PAGE_BYTES = 3_000_000


def _jpeg(seed: int, size: int = 64) -> bytes:
    rng = np.random.default_rng(seed)
    arr = (rng.random((size, size, 3)) * 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=85)
    return buf.getvalue()


def _png_bomb(side: int = 20_000) -> bytes:
    """A ~100 KB PNG that claims side x side pixels (400 M pixels at 20k): a decompression bomb."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1-bit greyscale
    comp = zlib.compressobj(9)
    row = b"\x00" * (1 + side // 8)
    idat = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _gzip_bomb(mb: int = 200) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as gz:
        block = b"\x00" * (1 << 20)
        for _ in range(mb):
            gz.write(block)
    return out.getvalue()


@dataclass
class Case:
    """One hostile thing the shop serves and what a safe crawl must do with it."""

    name: str
    path: str
    expect: str  # "listing": stored as a listing | "no_listing": not stored, crawl goes on | "refused"


@dataclass
class Images:
    """Image payloads, generated once per shop."""

    good: dict[str, bytes] = field(default_factory=dict)
    bad: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # name -> (body, content type)


def _images() -> Images:
    im = Images()
    for k in range(8):
        im.good[f"good-{k}.jpg"] = _jpeg(k)
    ok = _jpeg(99)
    im.bad = {
        "truncated.jpg": (ok[: len(ok) // 2], "image/jpeg"),
        "random.jpg": (np.random.default_rng(5).bytes(4000), "image/jpeg"),
        "empty.jpg": (b"", "image/jpeg"),
        "html-as-image.jpg": (b"<html><body>not an image</body></html>", "text/html"),
        "polyglot.jpg": (ok + b"<html><script>alert('polyglot')</script></html>", "image/jpeg"),
        "gifjs.gif": (b"GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=alert('gif');", "image/gif"),
        "bomb.png": (_png_bomb(), "image/png"),
        # 81 M pixels: under Pillow's own bomb limit, over the crawl's max_image_pixels (50 M)
        "bomb-81mp.png": (_png_bomb(9_000), "image/png"),
    }
    return im


def _listing_html(
    n: int, title: str, seller: str, images: list[str], price: float = 25.0, extra: str = ""
) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": title,
        "sku": f"H-{n}",
        "description": f"Hostile shop item {n}.",
        "brand": {"@type": "Brand", "name": "Hostile"},
        "image": images,
        "offers": {
            "@type": "Offer",
            "price": f"{price:.2f}",
            "priceCurrency": "EUR",
            "availability": "https://schema.org/InStock",
            "seller": {"@type": "Organization", "name": seller, "url": f"/seller/s{n}"},
        },
    }
    blob = json.dumps(data).replace("</", "<\\/")
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<script type="application/ld+json">{blob}</script></head>'
        f"<body><h1>{escape(title)}</h1>{extra}</body></html>"
    )


class HostileShop:
    """The hostile shop and its canary; use `with HostileShop() as shop:` then `shop.url`."""

    def __init__(self) -> None:
        self.images = _images()
        self.gzip_bomb = _gzip_bomb()
        self.requests: list[str] = []  # paths (with query) received by the shop
        self.canary_requests: list[str] = []
        self.url = ""
        self.canary_url = ""
        self.cases: list[Case] = []
        self._stack = contextlib.ExitStack()

    # ----- what is served ---------------------------------------------------------------------
    def _plan(self) -> None:
        """Listings and hostile pages; `self.cases` says what the crawl must do with each."""
        c = self.cases
        for n in range(8):
            c.append(Case(f"plain listing {n}", f"/item/{n}", "listing"))
        c += [
            Case("listing with every kind of broken image", "/item/100", "listing"),
            Case("listing whose image is a decompression bomb", "/item/101", "listing"),
            Case("script injection in title and seller", "/item/102", "listing"),
            Case("script injection in the URL", f"/item/103/{escape('x')}%22%3E%3Cscript%3E", "listing"),
            Case("listing with images on a forbidden host and file://", "/item/104", "listing"),
            Case("malformed HTML around valid JSON-LD", "/item/105", "listing"),
            Case("Latin-1 page declared in a meta tag", "/item/106", "listing"),
            Case("Shift_JIS page declared in the HTTP header", "/item/107", "listing"),
            Case("invalid UTF-8 bytes in a UTF-8 page", "/item/108", "listing"),
            Case("duplicate listing: same URL, other query order", "/item/109?b=2&a=1", "listing"),
            Case("duplicate listing: fragment", "/item/109?a=1&b=2#reviews", "dup"),
            Case("deeply nested HTML", "/deep", "no_listing"),
            Case("broken JSON-LD", "/broken-jsonld", "no_listing"),
            Case("huge page", "/huge", "no_listing"),
            Case("slow-drip response", "/slow", "no_listing"),
            Case("endless pagination", "/endless?page=1", "no_listing"),
            Case("redirect loop", "/loop/a", "no_listing"),
            Case("redirect to the forbidden host", "/to-canary", "refused"),
            Case("listing served as application/octet-stream", "/item/110", "no_listing"),
            Case("rel=canonical to javascript:", "/item/111", "listing"),
            Case("rel=canonical hijack: another product claims item 0's URL", "/item/113", "hijack"),
            Case("gzip bomb", "/gzip-bomb", "no_listing"),
            Case("link to the forbidden host", f"http://{CANARY_HOST}/secret", "refused"),
            Case("link to file://", "file:///etc/passwd", "refused"),
        ]

    def expected_listing_paths(self) -> list[str]:
        return [x.path for x in self.cases if x.expect == "listing"]

    def _img(self, name: str) -> str:
        return f"{self.url}img/{name}"

    def _app(self) -> web.Application:
        shop = self

        @web.middleware
        async def log(request: web.Request, handler):  # type: ignore[no-untyped-def]
            shop.requests.append(request.path_qs)
            return await handler(request)

        def html(text: str | bytes, charset: str = "utf-8", ctype: str = "text/html") -> web.Response:
            body = text.encode(charset) if isinstance(text, str) else text
            return web.Response(body=body, headers={"Content-Type": f"{ctype}; charset={charset}"})

        async def home(request: web.Request) -> web.Response:
            links = "".join(f'<a href="{escape(x.path)}">{escape(x.name)}</a>\n' for x in shop.cases)
            cart = '<a href="/cart">cart (disallowed by robots.txt)</a>'
            return html(f"<!DOCTYPE html><html><body><h1>Hostile</h1>{links}{cart}</body></html>")

        async def robots(request: web.Request) -> web.Response:
            return web.Response(text="User-agent: *\nDisallow: /cart\n", content_type="text/plain")

        async def item(request: web.Request) -> web.Response:
            n = int(request.match_info["n"])
            good = [shop._img(f"good-{n % 8}.jpg")]
            if n < 8:
                return html(_listing_html(n, f"Plain item {n}", f"seller {n}", good))
            if n == 100:
                bad = [shop._img(k) for k in shop.images.bad if not k.startswith("bomb")]
                return html(_listing_html(n, "Broken images", "imgs", good + bad))
            if n == 101:
                bombs = [shop._img("bomb.png"), shop._img("bomb-81mp.png")]
                return html(_listing_html(n, "Bomb image", "bomber", [*bombs, *good]))
            if n == 102:
                return html(
                    _listing_html(n, f"Cheap bag {XSS}", f'evil"><img src=x onerror=alert(1)>{XSS}', good)
                )
            if n == 103:
                return html(_listing_html(n, "URL injection", "u", good))
            if n == 104:
                imgs = [f"{shop.canary_url}img/secret.jpg", "file:///etc/passwd", *good]
                extra = f'<a href="{shop.canary_url}admin">admin</a><a href="file:///etc/shadow">f</a>'
                return html(_listing_html(n, "Forbidden images", "f", imgs, extra=extra))
            if n == 105:
                page = _listing_html(n, "Malformed page", "m", good)
                page = page.replace("<body>", "<body><div><p><table><tr><td><b><i>unclosed <a href='")
                return html(page + "</div></div></span>\x00<<<>>>")
            if n == 106:
                page = _listing_html(n, "Caf\u00e9 cr\u00e8me jacket", "Fran\u00e7ois", good)
                page = page.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
                return web.Response(body=page.encode("latin-1"), headers={"Content-Type": "text/html"})
            if n == 107:
                return html(
                    _listing_html(n, "\u65e5\u672c\u306e\u30d0\u30c3\u30b0", "\u5e97", good), "shift_jis"
                )
            if n == 108:
                page = _listing_html(n, "Bad bytes item", "b", good).encode()
                return html(page.replace(b"<h1>", b"<h1>\xff\xfe\xc3("))
            if n == 109:
                return html(_listing_html(n, "Duplicate item", "d", good))
            if n == 111:
                extra = '<link rel="canonical" href="javascript:alert(1)">'
                return html(
                    _listing_html(n, "Canonical script", "c", good).replace("</head>", extra + "</head>")
                )
            if n == 113:
                extra = '<link rel="canonical" href="/item/0">'
                page = _listing_html(n, "Hijacker item", "hijacker", [shop._img("good-7.jpg")], price=1.0)
                return html(page.replace("</head>", extra + "</head>"))
            if n == 110:
                page = _listing_html(n, "Octet item", "o", good)
                return web.Response(body=page.encode(), content_type="application/octet-stream")
            raise web.HTTPNotFound()

        async def item_injected(request: web.Request) -> web.Response:
            return await item(request)

        async def deep(request: web.Request) -> web.Response:
            depth = 50_000
            return html("<html><body>" + "<div>" * depth + "deep" + "</div>" * depth + "</body></html>")

        async def broken_jsonld(request: web.Request) -> web.Response:
            return html(
                '<html><head><script type="application/ld+json">{"@type": "Product", "name": </script>'
            )

        async def huge(request: web.Request) -> web.StreamResponse:
            resp = web.StreamResponse(headers={"Content-Type": "text/html"})
            await resp.prepare(request)
            chunk = b"<p>" + b"x" * 65_530 + b"</p>"
            with contextlib.suppress(ConnectionError):
                for _ in range(HUGE_PAGE_BYTES // len(chunk) + 1):
                    await resp.write(chunk)
                await resp.write_eof()
            return resp

        async def slow(request: web.Request) -> web.StreamResponse:
            resp = web.StreamResponse(headers={"Content-Type": "text/html"})
            await resp.prepare(request)
            with contextlib.suppress(ConnectionError):
                for _ in range(120):
                    await resp.write(b"<")
                    await asyncio.sleep(0.5)
                await resp.write_eof()
            return resp

        async def endless(request: web.Request) -> web.Response:
            page = int(request.query.get("page", "1"))
            return html(
                f'<html><body>page {page} <a rel="next" href="/endless?page={page + 1}">next</a></body></html>'
            )

        async def loop(request: web.Request) -> web.Response:
            nxt = "/loop/b" if request.match_info["x"] == "a" else "/loop/a"
            raise web.HTTPFound(nxt)

        async def to_canary(request: web.Request) -> web.Response:
            raise web.HTTPFound(f"{shop.canary_url}redirected")

        async def gzip_bomb(request: web.Request) -> web.Response:
            return web.Response(
                body=shop.gzip_bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}
            )

        async def image(request: web.Request) -> web.Response:
            name = request.match_info["name"]
            if name in shop.images.good:
                return web.Response(body=shop.images.good[name], content_type="image/jpeg")
            if name in shop.images.bad:
                body, ctype = shop.images.bad[name]
                return web.Response(body=body, headers={"Content-Type": ctype})
            raise web.HTTPNotFound()

        async def sitemap(request: web.Request) -> web.Response:
            base = shop.url.rstrip("/")
            locs = [base + x.path for x in shop.cases if x.path.startswith("/")]
            body = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in locs)
            xml = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
            return web.Response(text=xml, content_type="application/xml")

        app = web.Application(middlewares=[log])
        app.router.add_get("/", home)
        app.router.add_get("/robots.txt", robots)
        app.router.add_get("/sitemap.xml", sitemap)
        app.router.add_get("/item/{n:\\d+}", item)
        app.router.add_get("/item/{n:\\d+}/{rest:.*}", item_injected)
        app.router.add_get("/deep", deep)
        app.router.add_get("/broken-jsonld", broken_jsonld)
        app.router.add_get("/huge", huge)
        app.router.add_get("/slow", slow)
        app.router.add_get("/endless", endless)
        app.router.add_get("/loop/{x}", loop)
        app.router.add_get("/to-canary", to_canary)
        app.router.add_get("/gzip-bomb", gzip_bomb)
        app.router.add_get("/img/{name}", image)
        return app

    def _canary(self) -> web.Application:
        shop = self

        async def anything(request: web.Request) -> web.Response:
            shop.canary_requests.append(request.path_qs)
            return web.Response(body=_jpeg(1), content_type="image/jpeg")

        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", anything)
        return app

    # ----- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> HostileShop:
        self.canary_url = self._stack.enter_context(run_app_in_thread(self._canary(), CANARY_HOST, 0))
        self.url = self._stack.enter_context(run_app_in_thread(self._app(), "127.0.0.1", 0))
        self._plan()
        # absolute links to the canary carry its port
        port = self.canary_url.rsplit(":", 1)[1].rstrip("/")
        for x in self.cases:
            if x.path.startswith(f"http://{CANARY_HOST}/"):
                x.path = x.path.replace(f"http://{CANARY_HOST}/", f"http://{CANARY_HOST}:{port}/")
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()


@contextlib.contextmanager
def hostile_shop() -> Iterator[HostileShop]:
    with HostileShop() as shop:
        yield shop
