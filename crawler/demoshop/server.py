"""The demo shop as a real aiohttp web application, served on loopback from a background thread."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from aiohttp import web
from knockoff.crawler.demoshop import pages

SHOP_KEY = web.AppKey("shop", dict)
HITS_KEY = web.AppKey("hits", Counter)  # requests served per path (with query), for tests and logs


def _base(request: web.Request) -> str:
    return f"{request.scheme}://{request.host}"


def make_app(shop_dir: Path, latency: float = 0.0) -> web.Application:
    """The aiohttp application serving the shop generated in `shop_dir`.

    `latency` (seconds) delays every response, like a real marketplace over the internet.
    """
    root = Path(shop_dir)
    shop_file = root / "shop.json"
    if not shop_file.is_file():
        raise FileNotFoundError(f"{shop_file}: no generated shop here (run generate_shop first)")
    shop = json.loads(shop_file.read_text(encoding="utf-8"))
    by_path = {x["path"]: x for x in shop["listings"]}
    categories = sorted({x["category"] for x in shop["listings"]})
    by_cat = {c: [x for x in shop["listings"] if x["category"] == c] for c in categories}
    by_seller: dict[str, list[dict]] = {}
    for x in shop["listings"]:
        by_seller.setdefault(x["seller"], []).append(x)
    names = {x["seller"]: x["seller_name"] for x in shop["listings"]}

    def html(text: str, status: int = 200) -> web.Response:
        return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")

    async def home(request: web.Request) -> web.Response:
        return html(pages.home(shop, categories))

    async def category(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in by_cat:
            raise web.HTTPNotFound()
        try:
            page = int(request.query.get("page", "1"))
        except ValueError:
            raise web.HTTPBadRequest() from None
        n_pages = max(1, -(-len(by_cat[name]) // pages.PAGE_SIZE))
        if not 1 <= page <= n_pages:
            raise web.HTTPNotFound()
        return html(pages.category(name, by_cat[name], page))

    async def category_noslash(request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently(f"/c/{request.match_info['name']}/")

    async def listing(request: web.Request) -> web.Response:
        x = by_path.get(request.path)
        if x is None:
            raise web.HTTPNotFound()
        return html(pages.listing(x, _base(request)))

    async def seller(request: web.Request) -> web.Response:
        slug = request.match_info["slug"]
        if slug not in by_seller:
            raise web.HTTPNotFound()
        return html(pages.seller(slug, names[slug], by_seller[slug]))

    async def robots(request: web.Request) -> web.Response:
        return web.Response(text=pages.robots(_base(request)), content_type="text/plain")

    async def sitemap(request: web.Request) -> web.Response:
        return web.Response(
            text=pages.sitemap(shop, categories, _base(request)), content_type="application/xml"
        )

    async def private(request: web.Request) -> web.Response:
        # robots.txt disallows these; a polite crawler never gets here
        return html(pages._page("Cart", "<h1>Your cart is empty</h1>"))

    async def image(request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        path = root / "img" / name
        if "/" in name or not name.endswith(".jpg") or not path.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Content-Type": "image/jpeg"})

    hits: Counter = Counter()

    @web.middleware
    async def count(request: web.Request, handler):  # type: ignore[no-untyped-def]
        hits[request.path_qs] += 1
        if latency > 0:
            await asyncio.sleep(latency)
        resp = await handler(request)
        # pages carry a content ETag and answer conditional requests with 304 (images: FileResponse)
        if type(resp) is web.Response and resp.status == 200 and isinstance(resp.body, bytes):
            etag = hashlib.sha256(resp.body).hexdigest()[:20]
            resp.etag = etag
            if request.if_none_match and any(e.value in (etag, "*") for e in request.if_none_match):
                return web.Response(status=304, headers={"ETag": f'"{etag}"'})
        return resp

    app = web.Application(middlewares=[count])
    app[SHOP_KEY] = shop
    app[HITS_KEY] = hits
    app.router.add_get("/", home)
    app.router.add_get("/robots.txt", robots)
    app.router.add_get("/sitemap.xml", sitemap)
    app.router.add_get("/c/{name}/", category)
    app.router.add_get("/c/{name}", category_noslash)
    app.router.add_get("/listing/{slug}", listing)
    app.router.add_get("/seller/{slug}", seller)
    app.router.add_get("/img/{name}", image)
    app.router.add_get("/cart", private)
    app.router.add_get("/account", private)
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
