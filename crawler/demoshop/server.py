"""The demo shop as a real aiohttp web application, served on loopback from a background thread."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from knockoff.crawler.demoshop import pages

SHOP_KEY = web.AppKey("shop", dict)
HITS_KEY = web.AppKey("hits", Counter)  # requests served per path (with query), for tests and logs


def _base(request: web.Request) -> str:
    return f"{request.scheme}://{request.host}"


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


@dataclass
class _Shop:
    """A generated shop (`shop.json` and `img/` under `root`), indexed for the request handlers."""

    root: Path
    shop: dict
    by_path: dict[str, dict]
    categories: list[str]
    by_cat: dict[str, list[dict]]
    by_seller: dict[str, list[dict]]
    names: dict[str, str]

    @classmethod
    def load(cls, root: Path) -> _Shop:
        """Read `root/shop.json`; FileNotFoundError when no shop was generated there."""
        shop_file = root / "shop.json"
        if not shop_file.is_file():
            raise FileNotFoundError(f"{shop_file}: no generated shop here (run generate_shop first)")
        shop = json.loads(shop_file.read_text(encoding="utf-8"))
        categories = sorted({x["category"] for x in shop["listings"]})
        by_seller: dict[str, list[dict]] = {}
        for x in shop["listings"]:
            by_seller.setdefault(x["seller"], []).append(x)
        return cls(
            root=root,
            shop=shop,
            by_path={x["path"]: x for x in shop["listings"]},
            categories=categories,
            by_cat={c: [x for x in shop["listings"] if x["category"] == c] for c in categories},
            by_seller=by_seller,
            names={x["seller"]: x["seller_name"] for x in shop["listings"]},
        )

    async def home(self, request: web.Request) -> web.Response:
        return _html(pages.home(self.shop, self.categories))

    async def category(self, request: web.Request) -> web.Response:
        """One page (`?page=N`, from 1) of a category; 404 past the last page, 400 for a bad N."""
        name = request.match_info["name"]
        if name not in self.by_cat:
            raise web.HTTPNotFound()
        try:
            page = int(request.query.get("page", "1"))
        except ValueError:
            raise web.HTTPBadRequest() from None
        n_pages = max(1, -(-len(self.by_cat[name]) // pages.PAGE_SIZE))
        if not 1 <= page <= n_pages:
            raise web.HTTPNotFound()
        return _html(pages.category(name, self.by_cat[name], page))

    async def category_noslash(self, request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently(f"/c/{request.match_info['name']}/")

    async def listing(self, request: web.Request) -> web.Response:
        x = self.by_path.get(request.path)
        if x is None:
            raise web.HTTPNotFound()
        return _html(pages.listing(x, _base(request)))

    async def seller(self, request: web.Request) -> web.Response:
        slug = request.match_info["slug"]
        if slug not in self.by_seller:
            raise web.HTTPNotFound()
        return _html(pages.seller(slug, self.names[slug], self.by_seller[slug]))

    async def robots(self, request: web.Request) -> web.Response:
        return web.Response(text=pages.robots(_base(request)), content_type="text/plain")

    async def sitemap(self, request: web.Request) -> web.Response:
        return web.Response(
            text=pages.sitemap(self.shop, self.categories, _base(request)), content_type="application/xml"
        )

    async def private(self, request: web.Request) -> web.Response:
        # robots.txt disallows these; a polite crawler never gets here
        return _html(pages._page("Cart", "<h1>Your cart is empty</h1>"))

    async def image(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        path = self.root / "img" / name
        if "/" in name or not name.endswith(".jpg") or not path.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Content-Type": "image/jpeg"})


def _count_and_etag(hits: Counter, latency: float):  # type: ignore[no-untyped-def]
    """Middleware: count requests per path in `hits`, delay each by `latency` s, and give pages a
    content ETag, answering a matching If-None-Match with 304 (images: FileResponse does that)."""

    @web.middleware
    async def count(request: web.Request, handler):  # type: ignore[no-untyped-def]
        hits[request.path_qs] += 1
        if latency > 0:
            await asyncio.sleep(latency)
        resp = await handler(request)
        if type(resp) is web.Response and resp.status == 200 and isinstance(resp.body, bytes):
            etag = hashlib.sha256(resp.body).hexdigest()[:20]
            resp.etag = etag
            if request.if_none_match and any(e.value in (etag, "*") for e in request.if_none_match):
                return web.Response(status=304, headers={"ETag": f'"{etag}"'})
        return resp

    return count


def make_app(shop_dir: Path, latency: float = 0.0) -> web.Application:
    """The aiohttp application serving the shop generated in `shop_dir`.

    `latency` (seconds) delays every response, like a real marketplace over the internet.
    Raises FileNotFoundError when `shop_dir` holds no generated shop.
    """
    s = _Shop.load(Path(shop_dir))
    hits: Counter = Counter()
    app = web.Application(middlewares=[_count_and_etag(hits, latency)])
    app[SHOP_KEY] = s.shop
    app[HITS_KEY] = hits
    app.router.add_get("/", s.home)
    app.router.add_get("/robots.txt", s.robots)
    app.router.add_get("/sitemap.xml", s.sitemap)
    app.router.add_get("/c/{name}/", s.category)
    app.router.add_get("/c/{name}", s.category_noslash)
    app.router.add_get("/listing/{slug}", s.listing)
    app.router.add_get("/seller/{slug}", s.seller)
    app.router.add_get("/img/{name}", s.image)
    app.router.add_get("/cart", s.private)
    app.router.add_get("/account", s.private)
    return app


@contextlib.contextmanager
def run_app_in_thread(app: web.Application, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve an aiohttp app from a daemon thread with its own event loop; yields the base URL."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state: dict = {}

    async def start() -> None:
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, host, port, reuse_address=True)
        await site.start()
        sock = site._server.sockets[0]  # type: ignore[union-attr]
        state["runner"], state["port"] = runner, sock.getsockname()[1]

    def main() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(start())
        except BaseException as exc:  # report start-up failures to the caller
            state["error"] = exc
            ready.set()
            return
        ready.set()
        loop.run_forever()
        loop.run_until_complete(state["runner"].cleanup())
        loop.close()

    thread = threading.Thread(target=main, name="demoshop-server", daemon=True)
    thread.start()
    ready.wait(30)
    if "error" in state:
        raise OSError(f"cannot serve on {host}:{port}: {state['error']}")
    if "port" not in state:
        raise OSError(f"server on {host}:{port} did not start")
    try:
        yield f"http://{host}:{state['port']}/"
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


@contextlib.contextmanager
def serve_shop(shop_dir: Path, host: str = "127.0.0.1", port: int = 0, latency: float = 0.0) -> Iterator[str]:
    """Serve the shop generated in `shop_dir`; yields its base URL, e.g. `http://127.0.0.1:PORT/`."""
    with run_app_in_thread(make_app(shop_dir, latency), host, port) as url:
        yield url
