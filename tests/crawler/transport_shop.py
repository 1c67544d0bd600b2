"""A loopback shop of transport and link shapes (issue 14): legacy charsets, non-ASCII URLs,
Amazon-style links and HTTP shapes, one ordinary product page (no structured data) per case.

Every case names what a crawl must store: a listing with a title and a price, or no listing.
Pages are what a browser gets from shops in Taiwan, Korea, Kazakhstan, Russia, Slovenia, Croatia,
Argentina and on Amazon .com/.co.uk/.de/.fr/.it, rebuilt by hand (no page is copied from the
data sets). The server answers by the request's decoded bytes (path, then form-decoded query
pairs), so a link is reached only when it is requested as a browser would request it: the path
percent-encoded in UTF-8, the query in the linking document's encoding. Each answer carries the
case token in the X-Case header, and every request is counted per raw path in `TransportShop.hits`.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import re
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape
from urllib.parse import quote, unquote_to_bytes

from aiohttp import web

from tests.crawler.shop_server import jpeg, serve

ROBOTS = "User-agent: *\nDisallow: /hr/skriveno/\nDisallow: /cart\n"
SLOW_SECONDS = 1.2  # the slow page's delay; the crawl's download timeout is longer

WORDS = {  # lang -> (home, catalogue, in stock, quantity, buy button, description heading, description, shop)
    "zh-TW": ("首頁", "全部商品", "現貨供應", "數量", "加入購物車", "商品說明", "快速出貨，七天鑑賞期。", "好物商城"),
    "ko": ("홈", "전체상품", "재고 있음", "수량", "장바구니 담기", "상품 설명", "오늘 주문하면 내일 도착합니다.", "행복마켓"),
    "ru": ("Главная", "Каталог", "В наличии", "Количество", "Купить", "Описание", "Доставка по всей стране.", "Дом и Сад"),
    "kk": ("Басты бет", "Каталог", "Қоймада бар", "Саны", "Себетке салу", "Сипаттама", "Жеткізу тегін.", "Дала Маркет"),
    "sl": ("Domov", "Trgovina", "Na zalogi", "Količina", "V košarico", "Opis izdelka", "Hitra dostava.", "Trgovina Žužek"),
    "hr": ("Početna", "Katalog", "Dostupno", "Količina", "Dodaj u košaricu", "Opis", "Brza dostava.", "Dućan Kuna"),
    "es-AR": ("Inicio", "Productos", "Stock disponible", "Cantidad", "Agregar al carrito", "Descripción",
              "Envío gratis a todo el país.", "Tienda Pampa"),
    "it": ("Home", "Catalogo", "Disponibile", "Quantità", "Aggiungi al carrello", "Descrizione",
           "Spedizione rapida.", "Bottega Sole"),
    "de": ("Startseite", "Sortiment", "Auf Lager", "Menge", "In den Warenkorb", "Beschreibung",
           "Versand in 24 Stunden.", "Klangladen"),
}  # fmt: skip


def product_page(lang: str, title: str, price: str, img: str, token: str, head: str = "") -> str:
    """An ordinary product page without structured data: header, breadcrumb, image, title, price,
    stock line, buy form, description and footer (34 lines). `head` goes first in <head>."""
    home, catalog, stock, qty, buy, desc_h, desc, shop = WORDS[lang]
    t = escape(title)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
{head}
<title>{t} | {shop}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/static/site.css" />
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">{shop}</a>
  <nav><a href="/">{home}</a> <a href="/">{catalog}</a></nav>
</header>
<main class="product">
  <ol class="breadcrumb"><li><a href="/">{home}</a></li><li>{catalog}</li></ol>
  <div class="gallery"><img src="{img}" alt="{t}" width="600" height="600" /></div>
  <div class="summary">
    <h1 class="product-title">{t}</h1>
    <div class="price"><span class="amount">{price}</span></div>
    <p class="stock">{stock}</p>
    <form method="post" action="/cart/add">
      <input type="hidden" name="id" value="{token}" />
      <label>{qty} <input type="number" name="qty" value="1" min="1" /></label>
      <button type="submit" class="buy">{buy}</button>
    </form>
  </div>
  <section class="description">
    <h2>{desc_h}</h2>
    <p>{desc}</p>
  </section>
</main>
<footer><p>&#169; 2026 {shop}</p></footer>
</body>
</html>
"""


AMAZON = {  # market -> (host, title prefix, price markup, buy button, currency)
    "com": ("www.amazon.com", "Amazon.com: ", "$348.00", "Add to Cart"),
    "co.uk": ("www.amazon.co.uk", "Amazon.co.uk: ", "£24.99", "Add to Basket"),
    "de": ("www.amazon.de", "Amazon.de: ", "49,99\u00a0€", "In den Einkaufswagen"),
    "fr": ("www.amazon.fr", "Amazon.fr : ", "39,99\u202f€", "Ajouter au panier"),
    "it": ("www.amazon.it", "Amazon.it: ", "12,90\u00a0€", "Aggiungi al carrello"),
}


def amazon_page(market: str, title: str, slug: str, asin: str, amount: float) -> str:
    """An Amazon-style product page (no structured data; canonical link on the market's host; the
    price both as an a-offscreen string and split into whole/fraction spans)."""
    host, prefix, shape, buy = AMAZON[market]
    price = re.sub(
        r"[\d.,]+", lambda m: f"{amount:.2f}".replace(".", "." if "." in m.group() else ","), shape
    )
    whole, _, rest = price.lstrip("$£").partition("." if market in ("com", "co.uk") else ",")
    fraction = rest[:2]
    sym = price[0] if market in ("com", "co.uk") else "€"
    sep = "." if market in ("com", "co.uk") else ","
    t = escape(title)
    return f"""<!doctype html><html lang="en-us" class="a-no-js">
<head>
<meta charset="utf-8">
<title>{prefix}{t}</title>
<link rel="canonical" href="https://{host}/{slug}/dp/{asin}" />
<meta name="description" content="{prefix}{t}">
</head>
<body>
<div id="nav-belt"><a href="/" id="nav-logo-sprites" aria-label="Amazon">Amazon</a>
<form id="nav-search-bar-form" action="/s"><input type="text" name="field-keywords"></form></div>
<div id="dp" class="electronics">
 <div id="leftCol">
  <div id="imgTagWrapperId" class="imgTagWrapper">
   <img alt="{t}" src="/images/I/{asin}._AC_SX425_.jpg" data-old-hires="/images/I/{asin}._AC_SL1500_.jpg"
    id="landingImage" data-a-dynamic-image="{{}}">
  </div>
 </div>
 <div id="centerCol">
  <div id="titleSection"><h1 id="title" class="a-size-large a-spacing-none">
   <span id="productTitle" class="a-size-large product-title-word-break">        {t}       </span>
  </h1></div>
  <div id="averageCustomerReviews"><span class="a-icon-alt">4.6 out of 5 stars</span>
   <span id="acrCustomerReviewText">12,345 ratings</span></div>
  <div id="corePriceDisplay_desktop_feature_div">
   <span class="a-price aok-align-center"><span class="a-offscreen">{price}</span>
   <span aria-hidden="true"><span class="a-price-symbol">{sym if sym != "€" else ""}</span><span
    class="a-price-whole">{whole}<span class="a-price-decimal">{sep}</span></span><span
    class="a-price-fraction">{fraction}</span>{"<span class='a-price-symbol'>€</span>" if sym == "€" else ""}</span></span>
  </div>
  <div id="availability"><span class="a-size-medium a-color-success">In Stock</span></div>
 </div>
 <div id="rightCol"><div id="buybox">
  <input id="add-to-cart-button" name="submit.add-to-cart" type="submit" value="{buy}" class="a-button-input">
  <input id="buy-now-button" name="submit.buy-now" type="submit" class="a-button-input">
 </div></div>
</div>
<div id="navFooter"><a href="/">Back to top</a></div>
</body></html>
"""


@dataclass
class Served:
    """One HTTP answer: status, headers, body bytes, a delay before answering, and whether the
    Content-Type header is left out altogether (aiohttp adds one unless it is removed)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0
    no_content_type: bool = False
    needs_cookie: str = ""  # answered only to a request carrying this cookie (else 302 to set it)
    short_by: int = 0  # Content-Length promises this many bytes more than the body; then the server closes
    cut_at: int = 0  # send only this many bytes of the body (Content-Length the whole), then close
    cut_times: int = 0  # ... on this many first requests (0: every time)
    served: int = 0  # requests answered so far
    retry_after: int = 0  # answer 429 with this Retry-After (seconds) until that long after the first ask
    last_busy: float = 0.0


@dataclass
class Case:
    """A product page (or a page that must give no listing) and what the crawl must store."""

    key: str  # short name: region, encoding or shape, and how it is declared
    kind: str  # charset | url | amazon | http | none
    token: str  # ASCII text only in this case's URLs: finds its stored row
    href: str  # the link as written in the linking page (raw, as a shop writes it)
    title: str | None  # the listing's title; None: no listing may be stored
    price: float | None = None
    image: str = ""  # path of the listing's first image
    linked_from: str = "/"  # the page carrying the link
    text: str = ""  # the page as a browser shows it (str), for direct extraction
    at: str = ""  # the URL path (and query) answering with the product page
    stored_url: str = ""  # the listing's URL when it is not one this shop answers (@@HOST@@: the shop's)
    note: str = ""


def route_key(raw: str | bytes) -> tuple[bytes, tuple[tuple[bytes, bytes], ...]]:
    """How the server tells pages apart: the percent-decoded path bytes and the sorted
    form-decoded query pairs (`+` is a space in a query, a plus sign in a path)."""
    raw = raw if isinstance(raw, bytes) else raw.encode("utf-8")
    path, _, query = raw.partition(b"?")
    path = path.split(b"#")[0]
    query = query.split(b"#")[0]
    pairs = []
    for part in query.split(b"&") if query else []:
        k, _, v = part.partition(b"=")
        pairs.append((unquote_to_bytes(k.replace(b"+", b" ")), unquote_to_bytes(v.replace(b"+", b" "))))
    return unquote_to_bytes(path), tuple(sorted(pairs))


ASIN_PATH = re.compile(rb"/(?:dp|gp/product)/(B0[A-Z0-9]{8})(?:[/?]|$)")


class TransportShop:
    """The shop; `with TransportShop() as shop:` serves it on 127.0.0.1 and sets `shop.base`."""

    def __init__(self) -> None:
        self.cases: list[Case] = []
        self.routes: dict[tuple, tuple[str, Served]] = {}
        self.asins: dict[bytes, tuple[str, Served]] = {}
        self.hits: Counter = Counter()
        self.extra_links: list[str] = []  # more links on the home page (the same page, other fragments)
        self.base = ""
        self._stack = contextlib.ExitStack()
        from tests.crawler import transport_cases

        transport_cases.build(self)

    def add(self, case: Case, url: str | bytes, served: Served) -> None:
        """Serve `served` at `url` (its browser-equivalent request target) for `case`."""
        self.routes[route_key(url)] = (case.token, served)

    def answer(self, raw_target: bytes) -> tuple[str, Served] | None:
        hit = self.routes.get(route_key(raw_target))
        if hit is None:
            path = raw_target.split(b"?")[0]
            m = ASIN_PATH.search(path)
            if m:  # Amazon answers a product under any slug, ref path or query
                hit = self.asins.get(m.group(1))
            elif path == b"/s":  # and its search page under any query
                hit = self.routes.get((b"/s", ()))
        return hit

    def _app(self) -> web.Application:
        shop = self

        async def handle(request: web.Request) -> web.StreamResponse:
            raw = request.raw_path.encode("latin-1", "replace")
            shop.hits[request.raw_path] += 1
            if request.path.endswith(".jpg"):
                return web.Response(body=jpeg(len(request.path)), content_type="image/jpeg")
            hit = shop.answer(raw)
            if hit is None:
                return web.Response(
                    status=404, text="<html><body>Not found</body></html>", content_type="text/html"
                )
            key, s = hit
            if s.needs_cookie and request.cookies.get("session") != s.needs_cookie:
                resp = web.Response(
                    status=302, headers={"Location": "/session?next=" + quote(request.raw_path)}
                )
                return resp
            if s.delay:
                await asyncio.sleep(s.delay)
            body = s.body.replace(b"@@HOST@@", request.host.encode())  # links naming this host
            s.served += 1
            if s.retry_after and (not s.last_busy or time.monotonic() - s.last_busy < s.retry_after * 0.9):
                s.last_busy = s.last_busy or time.monotonic()  # busy until retry_after s after the first ask
                return web.Response(status=429, headers={"Retry-After": str(s.retry_after), "X-Case": key})
            if s.short_by or (s.cut_at and (not s.cut_times or s.served <= s.cut_times)):
                return await short_answer(request, s, body, key)
            resp = web.Response(status=s.status, body=body, headers={**s.headers, "X-Case": key})
            if s.no_content_type:
                resp.headers["X-Drop-Content-Type"] = "1"
            return resp

        async def session(request: web.Request) -> web.Response:
            nxt = request.query.get("next", "/")
            target = route_key(nxt)
            cookie = next((s.needs_cookie for k, (_, s) in shop.routes.items() if k == target), "x")
            resp = web.Response(status=302, headers={"Location": nxt})
            resp.set_cookie("session", cookie, path="/")
            return resp

        async def drop_content_type(request: web.Request, response: web.StreamResponse) -> None:
            if response.headers.pop("X-Drop-Content-Type", None):
                response.headers.pop("Content-Type", None)

        app = web.Application()
        app.on_response_prepare.append(drop_content_type)

        async def robots(request: web.Request) -> web.Response:
            shop.hits["/robots.txt"] += 1
            return web.Response(text=ROBOTS, content_type="text/plain")

        app.router.add_get("/robots.txt", robots)
        app.router.add_get("/session", session)
        app.router.add_get("/{tail:.*}", handle)
        return app

    def __enter__(self) -> TransportShop:
        self.base = self._stack.enter_context(serve(self._app()))
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()


def html_answer(text: str, charset: str, ctype: str | None = "text/html", bom: bool = False) -> Served:
    """`text` encoded in `charset` (characters it lacks as numeric references, as old CMSs write
    them); `ctype` is the whole Content-Type header value, None to leave the header out."""
    body = text.encode(charset, errors="xmlcharrefreplace")
    if bom:
        body = (b"\xff\xfe" if charset == "utf-16-le" else b"\xef\xbb\xbf") + body
    if ctype is None:
        return Served(body=body, no_content_type=True)
    return Served(body=body, headers={"Content-Type": ctype})


def compressed(served: Served, coding: str, label: str = "") -> Served:
    """`served` compressed with `coding` (gzip | deflate), announced as `label` (default: coding)."""
    body = gzip.compress(served.body) if coding == "gzip" else zlib.compress(served.body)
    return Served(body=body, headers={**served.headers, "Content-Encoding": label or coding})


async def short_answer(request: web.Request, s: Served, body: bytes, key: str) -> web.StreamResponse:
    """Fewer bytes than the Content-Length promises, then the connection closed: the whole page
    under a length `s.short_by` bytes too large (a length counted before an output filter; a browser
    shows the page it got), or the first `s.cut_at` bytes of the page (a connection lost mid-page)."""
    resp = web.StreamResponse(status=s.status, headers={**s.headers, "X-Case": key})
    resp.content_length = len(body) + s.short_by
    await resp.prepare(request)
    with contextlib.suppress(ConnectionError):
        await resp.write(body[: s.cut_at] if s.cut_at else body)
        await asyncio.sleep(0.05)
    if request.transport is not None:
        request.transport.close()
    return resp


@contextlib.contextmanager
def transport_shop() -> Iterator[TransportShop]:
    with TransportShop() as shop:
        yield shop
