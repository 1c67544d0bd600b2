"""Extraction on real product pages: knockoff's `extract_product` beside extruct alone, in one run.

Data: /work/shared/data/product-pages (72 saved product pages of US shops, price/title/main image
labelled by a 2017 product-extraction research project; its train/test split is kept: train for
development, test held out and never tuned on). Each page is read from disk (no network); its URL
is the page's `<link rel=canonical>` (else `og:url`, else `https://SHOP.example/`).

Extractors:
- knockoff: `knockoff.crawler.extract.extract_product(html, url)` (structured data, then heuristics).
- extruct alone: `extruct.extract(..., uniform=True)` for JSON-LD, microdata, RDFa and OpenGraph;
  the first schema.org Product node gives name, offers price (`price`, else `lowPrice`) and first
  `image`; without one, OpenGraph tags of an `og:type` product page (`og:title`, `og:image`,
  `product:price:amount`). A page "has a listing" when a Product node or such tags were found.

Matching rules (per page; a field is a true positive when predicted and matching, a false positive
when predicted and not matching, a false negative when the label is missed or not matched):
- price: equal within 0.01 to a labelled amount: `price_attr` (the labelled element's
  itemprop/content value) when present, else every amount in `price_text` (both bounds of a range;
  "Starting from", "Now" and a trailing "+" ignored).
- title: compared as word tokens (HTML entities unescaped, also when escaped twice, symbols and control characters dropped,
  NFKC, case-folded, split at non-alphanumerics). A match when the tokens are equal; or at least
  90% of the predicted tokens occur in the label and the prediction has at least half as many
  tokens as the label's longest segment (the label split at " | ", " - ", " – ", " : ", " > "), so
  the product name matches a labelled `<title>` "Amazon.com : NAME : Electronics" or "NAME | Shop"
  but a one-word brand or another product does not; or the same with label and prediction swapped;
  or (since 2026-11-30) 90% of the label's longest segment (2+ words) in a prediction at most twice
  its length, so a brand-prefixed name "Keepsake the Label Be the One Dress" matches "Be the One
  Dress | Shop" (before, the shop segment counted against it). Held-out title F1 measured at one
  commit, old rule -> this one: knockoff 0.875 -> 0.896, extruct alone 0.721 -> 0.721.
- main image (the first of `image_urls`): after resolving against the page's base URL, the same
  picture as one of the URLs the labelled `<img>` element carries (src, srcset, data-src,
  data-old-hires, data-a-dynamic-image, zoom attributes: the same picture in other sizes). Same
  picture = equal URL up to the scheme (http, https, protocol-relative) and size/format query
  parameters (wid, hei, w, h, sw, fmt, q, ...); or the same photo file name: last path segment
  without extension and without the size variants image CDNs write into it (Amazon `._SX522_`,
  BigCommerce `.375.375`, Shopify `_1024x1024` / `_grande` / `@2x`, WordPress `-300x300`), when
  it has 6+ characters and a digit or an image extension (host and query ignored). Before
  2026-11-30 the file name had to be identical (extension and size suffix included) and the URL
  equal with its scheme: held-out main image F1 was 0.771 (knockoff) and 0.545 (extruct alone)
  under that rule, 0.771 and 0.597 under this one.

Probe "train, structured data removed": the train pages through `strip_structured` (JSON-LD,
microdata, RDFa, OpenGraph/twitter meta removed) read by knockoff, so only the HTML heuristics
find the fields; the MARKET pages likewise. Probe "train, structured data removed, names hashed":
the same pages through `name_free` (stripped, then class/id names hashed by `obfuscate_names`), so
the heuristics cannot lean on names. The held-out split is never stripped or inspected here (only
its aggregate sku/availability/brand rows, `evaluate_fields`).
`--timing REV`: CPU time per page of `extract_product` now vs the extraction files at REV.

Table "sku, availability and brand" (`evaluate_fields`): labels from each page's own schema.org
Product (`structured_labels`), the page read with and without its structured data.

`--languages [LANG ...]`: the train-only language probe (`evaluate_languages`): the shop words
around the price and the buy control, and the amounts, written as the big marketplaces of 12
languages write them (`translate_shop_words`).

    python -m benchmarks.bench_extraction [--split train|test|all] [--mistakes] [--fields] [--timing REV]
    python -m benchmarks.bench_extraction --languages [LANG ...] [--mistakes]
"""

from __future__ import annotations

import argparse
import hashlib
import html as htmllib
import json
import os
import re
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

DATA = Path(os.environ.get("KNOCKOFF_PRODUCT_PAGES", "/work/shared/data/product-pages"))
FIELDS = ("price", "title", "image")
_SEGMENT = re.compile(r"\s+[|:>\-–—]\s+|\s*\|\s*")


# ---- truth -------------------------------------------------------------------------------------


def page_url(html: str, shop: str) -> str:
    """The page's own URL: canonical link, og:url, else a stand-in under SHOP.example."""
    from parsel import Selector

    sel = Selector(text=html[:400_000])
    for href in (
        sel.xpath("//link[@rel='canonical']/@href").get(),
        sel.xpath("//meta[@property='og:url']/@content").get(),
    ):
        if href and href.strip().startswith(("http://", "https://")):
            return href.strip()
    return f"https://{shop}.example/"


def truth_prices(label: dict[str, Any]) -> list[float]:
    """Acceptable amounts for a page (see the module docstring)."""
    from price_parser import Price

    if label.get("price_attr"):
        try:
            return [float(label["price_attr"])]
        except ValueError:
            pass
    text = re.sub(r"(?i)starting\s+from|from|now|\+", " ", label.get("price_text") or "")
    out = []
    for part in re.split(r"\s+(?:-|–|to)\s+", text):
        p = Price.fromstring(part)
        if p.amount is not None:
            out.append(float(p.amount))
    return out


def with_shown_prices(label: dict[str, Any], prices: list[float]) -> list[float]:
    """`prices` (`truth_prices(label)`) and the amounts the labelled element shows (`price_text`):
    the prices a page read without its structured data may give (`strip_structured` drops the
    `price_attr` value)."""
    return prices + [p for p in truth_prices({**label, "price_attr": None}) if p not in prices]


def read_page(path: Path) -> str:
    """A saved page's text, decoded as the crawl decodes it (`extract.decode_page`: byte-order mark,
    then the `<meta>` charset, else detection); until stop 38 every page was read as UTF-8."""
    from knockoff.crawler.extract import decode_page

    return decode_page(path.read_bytes())


def truth_images(label: dict[str, Any], folder: Path, base: str) -> set[str]:
    """Every URL the labelled `<img>` element carries, resolved against the page base."""
    from parsel import Selector

    from knockoff.crawler.srcset import img_urls

    urls = [label["image"]]
    path = folder / "expected-image.html"
    if path.exists():
        for img in Selector(text=path.read_text(encoding="utf-8", errors="replace")).xpath("//img"):
            urls += img_urls(img.attrib)
            urls += [c.strip().split()[0] for c in (img.attrib.get("srcset") or "").split(", ") if c.strip()]
    return {_resolve(u, base) for u in urls if u}


def _unescape(text: str) -> str:
    """HTML entities decoded until none is left: labels and pages scraped through two layers of
    escaping carry `&amp;amp;` / `&amp;#39;` for one `&` / `'`."""
    for _ in range(3):
        plain = htmllib.unescape(text)
        if plain == text:
            break
        text = plain
    return text


def _resolve(url: str, base: str) -> str:
    return urljoin(base, _unescape(url.strip()))


# Size/format variants that image CDNs and shop platforms write into a file name, so that one
# photo has many URLs: Amazon `71FFzp2RUiL._SX522_.jpg` / `._SL1500_.jpg` (modifiers between dots),
# BigCommerce `gb100__62875.1409331404.375.375.jpg` (dotted size), Shopify `name_1024x1024.jpg`,
# `name_grande.jpg`, `name_large@2x.jpg` (size suffix), WordPress/WooCommerce `name-300x300.jpg`.
_SIZE_SUFFIX = re.compile(
    r"(?:[_-](?:\d{2,4}x\d{0,4}|x\d{2,4}|pico|icon|thumb|small|compact|medium|large|grande|original|master)"
    r"|@\dx)+$"
)


def _file_name(url: str) -> str | None:
    """The photo a URL names: its file name without extension and without the size variants of
    `_SIZE_SUFFIX` (lower case), when that name is specific: 6+ characters, with a digit or an
    image extension; None for generic names ("large.jpg") and for endpoints whose picture is named
    by the query (`/compositor/?view=...`, `/imageService?itemID=...`)."""
    seg = unquote(urlsplit(url).path).rstrip("/").rsplit("/", 1)[-1].lower()
    stem = re.sub(r"\.(?:jpe?g|png|webp|gif|avif|tiff?|bmp)$", "", seg)
    stem = re.sub(r"(?:\._[^.]*_)+$|(?:\.\d{2,4}){2}$", "", stem)  # Amazon ._SX522_, BigCommerce .375.375
    stem = _SIZE_SUFFIX.sub("", stem)
    if len(stem) >= 6 and (re.search(r"\d", stem) or re.search(r"\.(jpe?g|png|webp|gif|avif)$", seg)):
        return stem
    return None


# query parameters that only choose the size, quality or format of a picture (image CDNs: Scene7
# wid/hei/fmt/qlt, Demandware sw/sh/sm, imgix/Cloudinary-style w/h/q/fit/crop/dpr/auto)
_SIZE_PARAMS = {
    "w", "h", "wid", "hei", "width", "height", "size", "sw", "sh", "sm", "q", "qlt", "quality",
    "fmt", "format", "fit", "crop", "dpr", "auto", "resize", "scale", "op_sharpen", "op_usm",
}  # fmt: skip


def _same_resource(a: str, b: str) -> bool:
    """The same picture: equal URLs up to the scheme (`http:`, `https:` and protocol-relative
    `//` name one file) and up to the size/format query parameters of `_SIZE_PARAMS`."""

    def key(url: str) -> tuple[str, str, list[tuple[str, str]]]:
        parts = urlsplit(url)
        query = [
            (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in _SIZE_PARAMS
        ]
        return parts.netloc.lower(), parts.path, sorted(query)

    return key(a) == key(b)


def _tokens(text: str) -> list[str]:
    text = "".join(c for c in _unescape(text) if unicodedata.category(c)[0] not in "SC")
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[^\w]+|_", " ", text).split()


def _inside(a: list[str], b: list[str]) -> float:
    """Share of the tokens of `a` found in `b` (as a multiset)."""
    have = Counter(b)
    hit = 0
    for tok in a:
        if have[tok] > 0:
            have[tok] -= 1
            hit += 1
    return hit / max(1, len(a))


def title_match(pred: str | None, label: str) -> bool:
    """The title rule of the module docstring."""
    if not pred:
        return False
    p, t = _tokens(pred), _tokens(label)
    if not p or not t:
        return False
    if p == t:
        return True
    longest = max((_tokens(s) for s in _SEGMENT.split(label)), key=len, default=t) or t
    if _inside(p, t) >= 0.9 and len(p) >= len(longest) / 2:
        return True
    if _inside(t, p) >= 0.9 and len(t) >= len(p) / 2:
        return True
    # the label's product segment inside a fuller prediction: "Keepsake the Label Be the One Dress"
    # for "Be the One Dress | Shop" (the shop segment does not count against it)
    return len(longest) >= 2 and _inside(longest, p) >= 0.9 and len(longest) >= len(p) / 2


def field_hits(
    got: dict[str, Any], prices: list[float], title: str, images: set[str], base: str
) -> dict[str, bool]:
    """{field: right} for FIELDS of one page's prediction `got` ({"price", "title", "image"}):
    price within 0.01 of one of `prices`, `title_match` against the labelled `title`, `image_match`
    against the labelled picture's URLs `images` resolved against `base`."""
    return {
        "price": got.get("price") is not None and any(abs(got["price"] - p) <= 0.01 for p in prices),
        "title": title_match(got.get("title"), title),
        "image": image_match(got.get("image"), images, base),
    }


def image_match(pred: str | None, truth: set[str], base: str) -> bool:
    if not pred:
        return False
    url = _resolve(pred, base)
    if any(_same_resource(url, t) for t in truth):
        return True
    name = _file_name(url)
    return name is not None and name in {_file_name(t) for t in truth}


# ---- extractors --------------------------------------------------------------------------------


def knockoff_extract(html: str, url: str) -> dict[str, Any] | None:
    from knockoff.crawler.extract import extract_product

    got = extract_product(html, url)
    if got is None:
        return None
    return {
        "price": got["price"],
        "title": got["title"],
        "image": (got["image_urls"] or [None])[0],
        "sources": got.get("field_sources") or {},
    }


def _first(v: Any) -> Any:
    while isinstance(v, list):
        v = v[0] if v else None
    return v


def extruct_extract(html: str, url: str) -> dict[str, Any] | None:
    """extruct alone: the first schema.org Product, else OpenGraph product tags."""
    import extruct
    from price_parser import Price

    try:
        data = extruct.extract(html, base_url=url, uniform=True, errors="ignore")
    except Exception:  # noqa: BLE001 - extruct raises on some documents: no listing
        return None

    from knockoff.crawler.jsonld import walk  # the same tree walk, not extract's logic

    def price_of(v: Any) -> float | None:
        v = _first(v)
        if v is None:
            return None
        p = Price.fromstring(str(v))
        return float(p.amount) if p.amount is not None else None

    for syntax in ("json-ld", "microdata", "rdfa"):
        for node in walk(data.get(syntax) or []):
            types = (
                [str(t).rsplit("/", 1)[-1].lower() for t in (node.get("@type") or [])]
                if isinstance(node.get("@type"), list)
                else [str(node.get("@type") or "").rsplit("/", 1)[-1].lower()]
            )
            if "product" not in types:
                continue
            offer = _first(node.get("offers") or node.get("http://schema.org/offers")) or {}
            offer = offer if isinstance(offer, dict) else {}
            image = _first(node.get("image"))
            if isinstance(image, dict):
                image = image.get("url") or image.get("contentUrl") or image.get("@id")
            name = _first(node.get("name"))
            brand = _first(node.get("brand"))
            brand = brand.get("name") if isinstance(brand, dict) else brand
            sku = _first(node.get("sku") or node.get("mpn"))
            avail = _first(offer.get("availability"))
            return {
                "price": price_of(offer.get("price") or offer.get("lowPrice")),
                "title": name if isinstance(name, str) else None,
                "image": image if isinstance(image, str) else None,
                "currency": _first(offer.get("priceCurrency")),
                "sku": str(sku) if sku not in (None, "") else None,
                "availability": str(avail).rstrip("/").rsplit("/", 1)[-1] if avail else None,
                "brand_claimed": _first(brand) if isinstance(_first(brand), str) else None,
                "sources": {},
            }
    for block in data.get("opengraph") or []:
        og = {k: _first(v) for k, v in block.items()}
        if str(og.get("@type") or og.get("og:type") or "").lower().endswith("product"):
            return {
                "price": price_of(og.get("product:price:amount") or og.get("og:price:amount")),
                "title": og.get("og:title"),
                "image": og.get("og:image"),
                "sources": {},
            }
    return None


EXTRACTORS = {"knockoff": knockoff_extract, "extruct alone": extruct_extract}


# ---- the probe without structured data ---------------------------------------------------------

# attributes of microdata (itemprop ...) and RDFa (property, typeof ...): what schema.org readers use
_STRUCTURED_ATTRS = (
    "itemprop", "itemscope", "itemtype", "itemid", "itemref",
    "property", "typeof", "vocab", "resource", "about", "prefix", "datatype",
)  # fmt: skip


def strip_structured(html: str) -> str:
    """`html` without its structured data, so that only the HTML heuristics can find the fields:
    JSON-LD `<script>`s removed, `<meta>`/`<link>` elements that carry microdata or RDFa (`itemprop`,
    `property`: OpenGraph, `product:`, `fb:`) or a `twitter:` / `og:` name removed, and the
    microdata and RDFa attributes of every other element (`_STRUCTURED_ATTRS`) dropped. The page's
    visible HTML, its `<title>`, `<link rel=canonical>`, meta description and page-state scripts
    stay. Parsed as the extraction parses a page (parsel's HTML parser; markup opening `<html>` or `<body>`
    twice joined into one document, as a browser shows it and `crawler.heuristics.layout.join_documents` reads
    it: lxml's `document_fromstring` kept only the first, and the probe lost a 2016 shop page's gallery, price
    and buy button; stop 68) and written back by lxml (the text of the page is unchanged)."""
    import lxml.html
    from parsel import Selector

    from knockoff.crawler.heuristics.layout import join_documents

    if not html.strip():
        return html
    try:
        root = Selector(text=html, type="html").root
        join_documents(root)
    except Exception:  # noqa: BLE001 - an empty or unparsable document stays as it is
        return html
    if not isinstance(getattr(root, "tag", None), str):
        return html
    for el in list(root.iter("script")):
        if "ld+json" in (el.get("type") or "").lower():
            el.drop_tree()
    for el in list(root.iter("meta", "link")):
        name = (el.get("name") or "").lower()
        if (
            el.get("itemprop") is not None
            or el.get("property") is not None
            or name.startswith(("twitter:", "og:"))
        ):
            el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str):
            for a in _STRUCTURED_ATTRS:
                if a in el.attrib:
                    del el.attrib[a]
    return lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")


def market_stripped(html: str, url: str) -> dict[str, Any] | None:
    """knockoff's `extract_product` on a page without its structured data (`strip_structured`)."""
    from knockoff.crawler.extract import extract_product

    return extract_product(strip_structured(html), url)


# attributes whose values are id references (hashed with the ids they name) and test hooks (names
# a shop's developers give, like classes)
_ID_REFS = ("for", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "list", "form")
_HOOK_ATTRS = ("data-testid", "data-test", "data-test-id", "data-qa", "data-automation-id", "data-cy")
# data-* attribute names that name a listing field ("data-price", "data-product-title", "data-sku")
_FIELD_DATA = re.compile(r"price|title|name|sku|brand|stock|availab|currency|product|cart|buy", re.I)


def _hashed(token: str) -> str:
    """A stable meaningless name for `token`: "k" and 7 digits (no word a heuristic could read)."""
    return f"k{int(hashlib.md5(token.encode()).hexdigest()[:12], 16) % 10**7:07d}"


def obfuscate_names(html: str, data_names: bool = True) -> str:
    """`html` with every class and id token replaced by a stable meaningless name (`_hashed`: the
    same token gives the same name, so elements sharing a class still share one, as after CSS
    modules `_price_1x2y3` or styled-components `sc-bdfBwQ`); id references (`for`,
    `aria-labelledby`, ..., `href="#id"`) and test hooks (`data-testid`, `data-qa`, ...) hashed
    alike. With `data_names`, `data-*` attributes whose name holds a field word (`_FIELD_DATA`:
    `data-price`, `data-product-title`) are renamed `data-<hash>`, value kept. Text, tags, styles,
    `hidden`/`aria-*` states, roles, URLs and form fields stay. Parsed and written back by lxml;
    an unparsable document is returned as it is. Apply after `strip_structured` (itemprop names
    are structured data, removed there)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - an empty or unparsable document stays as it is
        return html
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for a in ("class", "id", *_ID_REFS, *_HOOK_ATTRS):
            v = el.get(a)
            if v is not None and v.strip():
                el.set(a, " ".join(_hashed(t) for t in v.split()))
        href = el.get("href")
        if href and href.startswith("#") and len(href) > 1:
            el.set("href", "#" + _hashed(href[1:]))
        if data_names:
            for a in [a for a in el.attrib if a.startswith("data-") and _FIELD_DATA.search(a[5:])]:
                if a not in _HOOK_ATTRS:
                    el.set("data-" + _hashed(a[5:]), el.attrib.pop(a))
    return lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")


def name_free(html: str) -> str:
    """The name-free probe's page: structured data removed (`strip_structured`), then class/id
    names and field-named data attributes hashed (`obfuscate_names`)."""
    return obfuscate_names(strip_structured(html))


def market_name_free(html: str, url: str) -> dict[str, Any] | None:
    """knockoff's `extract_product` on a page without structured data and names (`name_free`)."""
    from knockoff.crawler.extract import extract_product

    return extract_product(name_free(html), url)


# ---- the language probe: the shop words around the price and the buy control, translated ---------

# English shop words (patterns, case-insensitive) -> the key of their translation in `SHOP_WORDS`;
# longest first. Keys marked `_LABEL_ONLY` are single words also common in prose ("Was", "Save",
# "Price"): translated only in a short text (at most `_LABEL_TEXT` characters and 4 words), a label or
# badge.
_EN_WORDS = (
    ("add to cart", r"add to (?:shopping )?cart"),
    ("add to bag", r"add to (?:shopping )?bag"),
    ("add to basket", r"add to (?:shopping )?(?:basket|trolley)"),
    ("buy now", r"buy (?:it )?now"),
    ("regular price", r"regular price"),
    ("sale price", r"sale price"),
    ("list price", r"list price"),
    ("free shipping", r"free (?:standard )?(?:shipping|delivery)"),
    ("out of stock", r"out of stock|currently unavailable|unavailable"),
    ("sold out", r"sold out"),
    ("in stock", r"in stock"),
    ("tax included", r"tax(?:es)? included"),
    ("per month", r"per month"),
    ("/mo", r"/\s?mo\b\.?"),
    ("you save", r"you save"),
    ("save", r"save"),
    ("was", r"was"),
    ("price", r"price"),
    ("sale", r"sale"),
    ("quantity", r"quantity|qty"),
    ("shipping", r"shipping|delivery"),
)
_LABEL_ONLY = {"save", "was", "price", "sale", "quantity", "shipping"}
_LABEL_TEXT = 40
# The wording big marketplaces and shop platforms write for those words, per language (BCP 47 tag):
# Amazon (.de .fr .es .it .com.br .pl .nl .com.tr .co.jp), Zalando, Otto, Cdiscount, Fnac,
# MercadoLibre/Mercado Livre, Magazine Luiza, Allegro, bol.com, Coolblue, Trendyol, Hepsiburada,
# Rakuten, Coupang, 11st, Gmarket, momo, PChome, Shopee TW, Taobao, JD, and the Shopify Dawn theme's
# translations ("Normaler Preis", "Prix habituel", "Prezzo di listino", ...).
SHOP_WORDS: dict[str, dict[str, str]] = {
    "de": {
        "add to cart": "In den Warenkorb", "add to bag": "In den Warenkorb",
        "add to basket": "In den Einkaufswagen", "buy now": "Jetzt kaufen", "regular price": "Normaler Preis",
        "sale price": "Verkaufspreis", "list price": "Unverb. Preisempf.", "free shipping": "Kostenloser Versand",
        "out of stock": "Derzeit nicht verfügbar", "sold out": "Ausverkauft", "in stock": "Auf Lager",
        "tax included": "inkl. MwSt.", "per month": "pro Monat", "/mo": "/Monat", "you save": "Sie sparen",
        "save": "Sparen", "was": "Statt", "price": "Preis", "sale": "Sale", "quantity": "Menge",
        "shipping": "Versand",
    },
    "fr": {
        "add to cart": "Ajouter au panier", "add to bag": "Ajouter au panier",
        "add to basket": "Ajouter au panier", "buy now": "Acheter maintenant", "regular price": "Prix habituel",
        "sale price": "Prix promotionnel", "list price": "Prix conseillé", "free shipping": "Livraison gratuite",
        "out of stock": "Rupture de stock", "sold out": "Épuisé", "in stock": "En stock",
        "tax included": "Taxes incluses", "per month": "par mois", "/mo": "/mois", "you save": "Économisez",
        "save": "Économisez", "was": "Au lieu de", "price": "Prix", "sale": "Promo", "quantity": "Quantité",
        "shipping": "Livraison",
    },
    "es": {
        "add to cart": "Agregar al carrito", "add to bag": "Añadir a la cesta",
        "add to basket": "Añadir a la cesta", "buy now": "Comprar ahora", "regular price": "Precio habitual",
        "sale price": "Precio de oferta", "list price": "Precio recomendado", "free shipping": "Envío gratis",
        "out of stock": "Sin stock", "sold out": "Agotado", "in stock": "En stock",
        "tax included": "IVA incluido", "per month": "al mes", "/mo": "/mes", "you save": "Ahorras",
        "save": "Ahorra", "was": "Antes", "price": "Precio", "sale": "Oferta", "quantity": "Cantidad",
        "shipping": "Envío",
    },
    "it": {
        "add to cart": "Aggiungi al carrello", "add to bag": "Aggiungi al carrello",
        "add to basket": "Aggiungi al carrello", "buy now": "Acquista ora", "regular price": "Prezzo di listino",
        "sale price": "Prezzo di vendita", "list price": "Prezzo consigliato", "free shipping": "Spedizione gratuita",
        "out of stock": "Non disponibile", "sold out": "Esaurito", "in stock": "Disponibilità immediata",
        "tax included": "IVA inclusa", "per month": "al mese", "/mo": "/mese", "you save": "Risparmi",
        "save": "Risparmia", "was": "Prima", "price": "Prezzo", "sale": "Offerta", "quantity": "Quantità",
        "shipping": "Spedizione",
    },
    "pt-BR": {
        "add to cart": "Adicionar ao carrinho", "add to bag": "Adicionar à sacola",
        "add to basket": "Adicionar ao carrinho", "buy now": "Comprar agora", "regular price": "Preço normal",
        "sale price": "Preço promocional", "list price": "Preço de tabela", "free shipping": "Frete grátis",
        "out of stock": "Fora de estoque", "sold out": "Esgotado", "in stock": "Em estoque",
        "tax included": "Impostos inclusos", "per month": "por mês", "/mo": "/mês", "you save": "Você economiza",
        "save": "Economize", "was": "De", "price": "Preço", "sale": "Oferta", "quantity": "Quantidade",
        "shipping": "Frete",
    },
    "pl": {
        "add to cart": "Dodaj do koszyka", "add to bag": "Dodaj do koszyka",
        "add to basket": "Dodaj do koszyka", "buy now": "Kup teraz", "regular price": "Cena regularna",
        "sale price": "Cena promocyjna", "list price": "Cena katalogowa", "free shipping": "Darmowa dostawa",
        "out of stock": "Produkt niedostępny", "sold out": "Wyprzedane", "in stock": "Dostępny",
        "tax included": "Cena zawiera VAT", "per month": "miesięcznie", "/mo": "/mies.", "you save": "Oszczędzasz",
        "save": "Oszczędzasz", "was": "Poprzednia cena", "price": "Cena", "sale": "Promocja", "quantity": "Ilość",
        "shipping": "Dostawa",
    },
    "nl": {
        "add to cart": "In winkelwagen", "add to bag": "In winkelwagen",
        "add to basket": "In winkelmandje", "buy now": "Nu kopen", "regular price": "Normale prijs",
        "sale price": "Aanbiedingsprijs", "list price": "Adviesprijs", "free shipping": "Gratis verzending",
        "out of stock": "Niet op voorraad", "sold out": "Uitverkocht", "in stock": "Op voorraad",
        "tax included": "Incl. btw", "per month": "per maand", "/mo": "/maand", "you save": "Je bespaart",
        "save": "Bespaar", "was": "Van", "price": "Prijs", "sale": "Aanbieding", "quantity": "Aantal",
        "shipping": "Verzending",
    },
    "tr": {
        "add to cart": "Sepete Ekle", "add to bag": "Sepete Ekle", "add to basket": "Sepete Ekle",
        "buy now": "Hemen Al", "regular price": "Normal fiyat", "sale price": "İndirimli fiyat",
        "list price": "Piyasa fiyatı", "free shipping": "Kargo Bedava", "out of stock": "Stokta yok",
        "sold out": "Tükendi", "in stock": "Stokta var", "tax included": "KDV dahil", "per month": "aylık",
        "/mo": "/ay", "you save": "Kazancınız", "save": "Kazanç", "was": "Eski fiyat", "price": "Fiyat",
        "sale": "İndirim", "quantity": "Adet", "shipping": "Kargo",
    },
    "ja": {
        "add to cart": "カートに入れる", "add to bag": "カートに入れる", "add to basket": "買い物かごに入れる",
        "buy now": "今すぐ買う", "regular price": "通常価格", "sale price": "セール価格", "list price": "参考価格",
        "free shipping": "送料無料", "out of stock": "在庫切れ", "sold out": "売り切れ", "in stock": "在庫あり",
        "tax included": "税込", "per month": "月額", "/mo": "/月", "you save": "割引", "save": "割引",
        "was": "通常価格", "price": "価格", "sale": "セール", "quantity": "数量", "shipping": "送料",
    },
    "ko": {
        "add to cart": "장바구니 담기", "add to bag": "장바구니 담기", "add to basket": "장바구니 담기",
        "buy now": "바로구매", "regular price": "정가", "sale price": "판매가", "list price": "정가",
        "free shipping": "무료배송", "out of stock": "일시품절", "sold out": "품절", "in stock": "재고 있음",
        "tax included": "부가세 포함", "per month": "월", "/mo": "/월", "you save": "할인", "save": "할인",
        "was": "정가", "price": "판매가", "sale": "세일", "quantity": "수량", "shipping": "배송비",
    },
    "zh-Hant": {
        "add to cart": "加入購物車", "add to bag": "加入購物車", "add to basket": "加入購物車",
        "buy now": "立即購買", "regular price": "原價", "sale price": "特價", "list price": "建議售價",
        "free shipping": "免運費", "out of stock": "缺貨", "sold out": "已售完", "in stock": "有現貨",
        "tax included": "含稅", "per month": "每月", "/mo": "/月", "you save": "現省", "save": "省",
        "was": "原價", "price": "售價", "sale": "特價", "quantity": "數量", "shipping": "運費",
    },
    "zh-Hans": {
        "add to cart": "加入购物车", "add to bag": "加入购物车", "add to basket": "加入购物车",
        "buy now": "立即购买", "regular price": "原价", "sale price": "促销价", "list price": "市场价",
        "free shipping": "包邮", "out of stock": "无货", "sold out": "已售罄", "in stock": "有货",
        "tax included": "含税", "per month": "每月", "/mo": "/月", "you save": "立省", "save": "省",
        "was": "原价", "price": "价格", "sale": "促销", "quantity": "数量", "shipping": "运费",
    },
}  # fmt: skip
_EN_PATTERN = re.compile(
    "|".join(rf"(?P<w{i}>(?<![\w/])(?:{p})(?!\w))" for i, (_, p) in enumerate(_EN_WORDS)), re.I
)
# elements whose text is not shop vocabulary to translate: code, and the product's name
_KEEP_TEXT = ("script", "style", "noscript", "template", "title", "h1")
# how each language's big marketplaces write an amount: (thousands separator, decimal separator,
# the amount with its currency): "1.299,99 €" (Amazon.de, .es, .it), "1 299,99 €" (Amazon.fr,
# Cdiscount: a narrow no-break space), "€ 1.299,99" (bol), "R$ 1.299,99" (Mercado Livre), "1 299,99 zł"
# (Allegro), "1.299,99 TL" (Trendyol), "￥1,299" (Amazon.co.jp), "1,299원" (Coupang), "NT$1,299"
# (momo), "¥1299" (Taobao); cents are kept where the shops write none (ja, ko, zh), so the
# labelled amount still matches
SHOP_AMOUNTS: dict[str, tuple[str, str, str]] = {
    "de": (".", ",", "{} €"), "fr": ("\u202f", ",", "{} €"), "es": (".", ",", "{} €"), "it": (".", ",", "{} €"),
    "pt-BR": (".", ",", "R$ {}"), "pl": ("\u00a0", ",", "{} zł"), "nl": (".", ",", "€ {}"),
    "tr": (".", ",", "{} TL"), "ja": (",", ".", "￥{}"), "ko": (",", ".", "{}원"), "zh-Hant": (",", ".", "NT${}"),
    "zh-Hans": ("", ".", "¥{}"),
}  # fmt: skip
# a US-dollar amount written whole in one text ("$1,299.99", "US $24"; not "$<span>31</span>")
_US_AMOUNT = re.compile(r"(?<![\w$])(?:US\s?)?\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?(?![\d,.]\d)")


def _local_amount(m: re.Match[str], lang: str) -> str:
    """The US amount `m` (`_US_AMOUNT`) written as `lang`'s shops write it (`SHOP_AMOUNTS`)."""
    thousands, decimal, pattern = SHOP_AMOUNTS[lang]
    whole = m.group(1).replace(",", "")
    grouped = f"{int(whole):,}".replace(",", thousands)
    return pattern.format(grouped + (decimal + m.group(2) if m.group(2) else ""))


def translate_shop_words(html: str, lang: str, amounts: bool = False) -> tuple[str, int]:
    """(`html` with its English shop words written as a `lang` shop writes them, how many were
    replaced): the probe of the shops of other languages. Every `_EN_WORDS` phrase ("Add to Cart",
    "Sold out", "Free shipping", "/mo") in the visible text, in `aria-label`s and in the `value`
    of button inputs becomes `SHOP_WORDS[lang]`'s (in capitals where the English was); the single
    words common in prose ("Was", "Save", "Price", "Sale", "Quantity", "Shipping") only in short
    texts (labels, badges: `_LABEL_TEXT` characters, 4 words). With `amounts`, each US-dollar
    amount written whole in one text ("$1,299.99") is written as the language's shops write
    theirs (`SHOP_AMOUNTS`: "1.299,99 €", "R$ 1.299,99"), same number, and counts as a word. The
    `<title>`, `<h1>` (the product's name) and scripts stay; `<html lang>` becomes `lang`. Apply to a page without
    structured data (`strip_structured`). Parsed and written back by lxml; an unparsable document
    is returned as it is with 0. Raises KeyError for a language not in `SHOP_WORDS`."""
    import lxml.html

    words = SHOP_WORDS[lang]
    count = 0

    def swap(text: str) -> str:
        nonlocal count
        short = len(text.strip()) <= _LABEL_TEXT and len(text.split()) <= 4

        def one(m: re.Match[str]) -> str:
            nonlocal count
            key = _EN_WORDS[int(m.lastgroup[1:])][0]
            if key in _LABEL_ONLY and not short:
                return m.group(0)
            count += 1
            local = words[key]
            return local.upper() if m.group(0).isupper() and len(m.group(0)) > 1 else local

        if amounts:
            text, n = _US_AMOUNT.subn(lambda m: _local_amount(m, lang), text)
            count += n
        return _EN_PATTERN.sub(one, text)

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - an empty or unparsable document stays as it is
        return html, 0
    root.set("lang", lang)
    for el in root.iter():
        kept = any(a.tag in _KEEP_TEXT for a in el.iterancestors())
        for part in ("text", "tail"):
            text = getattr(el, part)
            if not text or kept or (part == "text" and (not isinstance(el.tag, str) or el.tag in _KEEP_TEXT)):
                continue
            new = swap(text)
            if new != text:  # set only what changed (lxml refuses to set control characters back)
                setattr(el, part, new)
        if isinstance(el.tag, str):
            _swap_attributes(el, swap)
    return lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>"), count


def _swap_attributes(el: Any, swap: Any) -> None:
    """`el`'s `aria-label`, and the `value` of a button input, through `swap(text) -> text`."""
    if el.get("aria-label"):
        el.set("aria-label", swap(el.get("aria-label")))
    if (
        el.tag in ("input", "button")
        and el.get("value")
        and (el.get("type") or "").lower() in ("submit", "button", "")
    ):
        el.set("value", swap(el.get("value")))


def evaluate_languages(langs: list[str] | None = None) -> dict[tuple[str, str], Any]:
    """The language probe on the train split only (the held-out pages are never read here): each
    train page without structured data (`strip_structured`), as it is ("en") and through
    `translate_shop_words` for each of `langs` (default every `SHOP_WORDS` language), read by
    knockoff with its class/id names ("stripped") and with them hashed ("names hashed",
    `obfuscate_names`: only the words on the page are left to read), and, hashed, with the
    amounts also written the language's way ("names hashed, local amounts": `translate_shop_words`
    with `amounts`), scored as the
    structured-data-removed probe is (price within 0.01 of a labelled or shown amount,
    `title_match`, `image_match`). Returns {(lang, mode): {"pages", "listings", "replaced" (words
    translated), "counts": {field: {tp, fp, fn, f1}}, "mistakes"}}."""
    from w3lib.html import get_base_url

    langs = list(SHOP_WORDS) if langs is None else langs
    res: dict[tuple[str, str], Any] = {}
    for label in _labels():
        if label["split"] != "train":
            continue
        folder = DATA / Path(label["file"]).parent
        html = read_page(DATA / label["file"])
        url = page_url(html, label["shop"])
        base = get_base_url(html[:20000], url) if "<base" in html[:20000].lower() else url
        want_prices = with_shown_prices(label, truth_prices(label))
        images = truth_images(label, folder, base)
        stripped = strip_structured(html)
        for lang in ["en", *langs]:
            page, n = (stripped, 0) if lang == "en" else translate_shop_words(stripped, lang)
            modes = [("stripped", page, n), ("names hashed", obfuscate_names(page), n)]
            if lang != "en":
                local, m = translate_shop_words(stripped, lang, amounts=True)
                modes.append(("names hashed, local amounts", obfuscate_names(local), m))
            for mode, shown, words in modes:
                r = res.setdefault((lang, mode), {**_empty(), "replaced": 0})
                got = knockoff_extract(shown, url)
                r["pages"] += 1
                r["listings"] += got is not None
                r["replaced"] += words
                got = got or {}
                ok = {
                    "price": got.get("price") is not None
                    and any(abs(got["price"] - p) <= 0.01 for p in want_prices),
                    "title": title_match(got.get("title"), label["title"]),
                    "image": image_match(got.get("image"), images, base),
                }
                for f in FIELDS:
                    c = r["counts"][f]
                    c["tp"] += ok[f]
                    c["fn"] += not ok[f]
                    c["fp"] += not ok[f] and got.get(f) not in (None, "")
                    if not ok[f]:
                        want = {"price": want_prices, "title": label["title"], "image": label["image"]}[f]
                        r["mistakes"].append(
                            f"{label['shop']}: {f} {str(got.get(f))[:90]!r} vs {str(want)[:90]!r}"
                        )
    for r in res.values():
        for c in r["counts"].values():
            c["f1"] = 2 * c["tp"] / max(1, 2 * c["tp"] + c["fp"] + c["fn"])
    return res


# Pages written for issue 14 in the structures of public marketplaces and shop platforms (Amazon
# .com/.co.uk/.de/.fr/.it/.co.jp, Shopify, WooCommerce, Magento 2, PrestaShop, Shopware 6, eBay,
# Zalando, Allegro, bol, MercadoLibre, Coupang, Cafe24, Shopline, Taobao, Rakuten and local shops in
# Taiwan, Korea, Kazakhstan, Slovenia, Croatia; pages_market4: Trendyol, Flipkart, Shopee Taiwan,
# Kaspi.kz, momo, 11st, Tiendanube, VTEX IO, Cdiscount, Jumia); labelled by hand: title, price,
# currency, sku, availability, brand, main image. A development set, not independent data:
# pages_market2, 3 and 4 were each scored once before any change for them (first looks in
# `_market_lines`).
MARKET = [
    Path(__file__).resolve().parent.parent / "tests" / "crawler" / "pages_market",
    Path(__file__).resolve().parent.parent / "tests" / "crawler" / "pages_market2",
    Path(__file__).resolve().parent.parent / "tests" / "crawler" / "pages_market3",
    Path(__file__).resolve().parent.parent / "tests" / "crawler" / "pages_market4",
    Path(__file__).resolve().parent.parent / "tests" / "crawler" / "pages_market5",
    Path(__file__).resolve().parent.parent / "tests" / "crawler" / "pages_market6",
    Path(__file__).resolve().parent.parent / "tests" / "crawler" / "pages_market7",
]
MARKET_FIELDS = ("title", "price", "currency", "sku", "availability", "brand_claimed", "image")


def market_scores(folders: list[Path], extract: Any = None) -> dict[str, Any]:
    """Per-field tp/fp/fn and F1 of `extract(html, url) -> listing dict | None` (default
    knockoff's `extract_product`) over labelled folders (`truth.json`: {file: {"url", "product":
    {title, price, currency, sku, availability, brand_claimed, image: [acceptable URLs]}}}).

    A price matches within half a cent, text fields after case folding, the main image (first of
    `image_urls`, or `image`) by `image_match`. Returns {"pages", "listings", "f1": {field: F1},
    "counts": {field: [tp, fp, fn]}, "mistakes": ["file: field predicted vs labelled"]}.
    """
    if extract is None:
        from knockoff.crawler.extract import extract_product as extract
    counts = {f: [0, 0, 0] for f in MARKET_FIELDS}
    mistakes: list[str] = []
    pages = listings = 0
    for folder in folders:
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        for name, label in truth.items():
            if name.startswith("_"):
                continue
            got = extract((folder / name).read_text(encoding="utf-8"), label["url"])
            pages += 1
            listings += got is not None
            got = got or {}
            for f in MARKET_FIELDS:
                want = label["product"][f]
                pred = (got.get("image_urls") or [got.get("image")])[0] if f == "image" else got.get(f)
                if f == "image":
                    ok = pred is not None and image_match(pred, set(want), label["url"])
                elif f == "price":
                    ok = pred is not None and want is not None and abs(pred - want) < 0.005
                else:
                    ok = (
                        pred is not None and want is not None and str(pred).casefold() == str(want).casefold()
                    )
                c = counts[f]
                c[0] += ok
                c[1] += not ok and pred not in (None, "")
                c[2] += not ok and want is not None
                if not ok and (pred, want) != (None, None):
                    mistakes.append(f"{name}: {f} {str(pred)[:60]!r} vs {str(want)[:60]!r}")
    f1 = {f: 2 * tp / max(1, 2 * tp + fp + fn) for f, (tp, fp, fn) in counts.items()}
    return {"pages": pages, "listings": listings, "f1": f1, "counts": counts, "mistakes": mistakes}


# ---- scoring -----------------------------------------------------------------------------------


def _labels() -> list[dict[str, Any]]:
    with (DATA / "labels.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


PROBE = "train, structured data removed"
PROBE_NAMES = "train, structured data removed, names hashed"


def count_fields(
    r: dict[str, Any], got: dict[str, Any], ok: dict[str, bool], want: dict[str, Any], shop: str
) -> None:
    """Add one page's result to `r` ({"counts": {field: {tp, fp, fn}}, "mistakes": [...]}): a right
    field is a true positive; a wrong one a false negative, and a false positive when something was
    given; each mistake as "shop: field got vs want"."""
    for f in FIELDS:
        c = r["counts"][f]
        if ok[f]:
            c["tp"] += 1
            continue
        c["fn"] += 1
        if got.get(f) not in (None, ""):
            c["fp"] += 1
        r["mistakes"].append(f"{shop}: {f} {str(got.get(f))[:90]!r} vs {str(want[f])[:90]!r}")


def evaluate(split: str = "all", probe: bool = True) -> dict[str, Any]:
    """Per extractor and split: pages, pages with a listing, per-field tp/fp/fn and F1, seconds,
    mistakes (shop: field predicted vs labelled), and how knockoff found each field.

    With `probe`, the train pages are also read by knockoff after `strip_structured` (key
    ("knockoff", PROBE)), truth and page URL taken from the original page; the held-out split is
    never stripped. Stripping is not timed. On the probe the labelled element's shown amounts
    (`price_text`) count beside its `price_attr`, which the stripping removed (Etsy's "$28.50+"
    shown over `itemprop=price content="25.00"`)."""
    from w3lib.html import get_base_url

    res: dict[str, Any] = {}
    for label in _labels():
        if split != "all" and label["split"] != split:
            continue
        folder = DATA / Path(label["file"]).parent
        html = read_page(DATA / label["file"])
        url = page_url(html, label["shop"])
        base = get_base_url(html[:20000], url) if "<base" in html[:20000].lower() else url
        prices, images = truth_prices(label), truth_images(label, folder, base)
        runs = [(name, label["split"], fn, html) for name, fn in EXTRACTORS.items()]
        if probe and label["split"] == "train":
            stripped = strip_structured(html)
            runs.append(("knockoff", PROBE, knockoff_extract, stripped))
            runs.append(("knockoff", PROBE_NAMES, knockoff_extract, obfuscate_names(stripped)))  # `name_free`
        shown = with_shown_prices(label, prices)
        for name, group, fn, page in runs:
            r = res.setdefault((name, group), _empty())
            # without its microdata a page no longer carries `price_attr`: the shown price counts too
            want_prices = shown if group in (PROBE, PROBE_NAMES) else prices
            t0 = time.perf_counter()
            got = fn(page, url)
            r["seconds"] += time.perf_counter() - t0
            r["pages"] += 1
            r["listings"] += got is not None
            got = got or {}
            ok = field_hits(got, want_prices, label["title"], images, base)
            count_fields(
                r,
                got,
                ok,
                {"price": want_prices, "title": label["title"], "image": label["image"]},
                label["shop"],
            )
            for f, how in got.get("sources", {}).items():
                if f in ("title", "price", "image_urls"):
                    r["sources"][f"{f}:{how}"] += 1
    for r in res.values():
        for c in r["counts"].values():
            c["f1"] = 2 * c["tp"] / max(1, 2 * c["tp"] + c["fp"] + c["fn"])
    return res


def print_languages(langs: list[str] | None, mistakes: bool = False) -> None:
    """Print `evaluate_languages(langs)`: one row per language and mode, its mistakes with `mistakes`."""
    for (lang, mode), r in sorted(evaluate_languages(langs).items(), key=lambda kv: kv[0][1]):
        f1 = {f: round(r["counts"][f]["f1"], 3) for f in FIELDS}
        print(
            f"train {mode:12} {lang:8} pages {r['pages']} listings {r['listings']} words {r['replaced']} {f1}"
        )
        if mistakes:
            print("\n".join("   " + m for m in r["mistakes"]))


# ---- sku, availability and brand: labels from the page's own structured data ------------------

SD_FIELDS = ("sku", "availability", "brand")
# the maker's codes (crawler/codes.py), scored on the same pages: "gtin" against the structured data's valid GTINs,
# "codes" the sku label again with any of the listing's sku, gtin and mpn counting
SD_CODES = ("gtin", "codes")
SD_SANITY = ("price", "title")
_CODE_KEYS = ("sku", "mpn", "productID", "gtin13", "gtin", "gtin12", "gtin14", "gtin8", "isbn")
# availability classes: what a shopper can do (schema.org names folded to the four a page can say)
AVAILABILITY_CLASS = {
    "InStock": "InStock", "LimitedAvailability": "InStock", "OnlineOnly": "InStock", "InStoreOnly": "InStock",
    "MadeToOrder": "InStock", "OutOfStock": "OutOfStock", "SoldOut": "OutOfStock", "Discontinued": "OutOfStock",
    "PreOrder": "PreOrder", "PreSale": "PreOrder", "BackOrder": "BackOrder", "Reserved": "OutOfStock",
}  # fmt: skip


def _sd_values(value: Any) -> list[Any]:
    return [v for v in (value if isinstance(value, list) else [value]) if v not in (None, "", [])]


def _sd_text(value: Any) -> str | None:
    """A brand/code as text: a string, a number, or a node's `name`; None for a node without one
    (a Brand given only by its URL) and for URLs."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, list):
        value = value[0] if len(value) == 1 else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = re.sub(r"\s+", " ", _unescape(value)).strip()
    return text if text and not text.startswith(("http://", "https://", "/")) else None


def _norm_code(text: str) -> str:
    """A code as compared: case-folded, without spaces, a leading "SKU"/"#" label and, for a code
    of digits only, leading zeros."""
    text = re.sub(r"\s+", "", text).casefold()
    text = re.sub(r"^(?:sku|item|art\.?nr)[:#.]*|^#", "", text)
    return (
        (text.lstrip("0") or text) if text.isdigit() else text
    )  # GTIN-13 "0077680119940" = UPC "077680119940"


def _norm_brand(text: str) -> str:
    """A brand as compared: marks (™ ® ©) dropped, NFKC, case-folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", re.sub(r"[™®©℠]", "", _unescape(text))).casefold()
    return re.sub(r"\s+", " ", text).strip(" .")


def structured_labels(html: str, url: str, title: str) -> dict[str, Any]:
    """sku, availability and brand labels from the page's own schema.org Product (JSON-LD,
    microdata, RDFa read by extruct, `uniform=True`; JSON-LD `@id` references resolved across the
    page graph with `knockoff.crawler.jsonld.resolve_refs`, the tree walk is that module's `walk`).

    The page's product: the Product nodes whose `name` matches the labelled `title`
    (`title_match`, either way round), else all Product nodes when they share one name. Labels:
    - "sku": the set of its codes (sku, mpn, productID, gtin*, isbn, the offers' sku); any of them
      is a right answer; None without one.
    - "availability": the offers' schema.org availability folded by `AVAILABILITY_CLASS`
      (InStock, OutOfStock, PreOrder, BackOrder); None when absent or when offers disagree.
    - "brand": `brand` (its `name`), else `manufacturer`, as `_norm_brand` text; None when absent,
      given only as a URL, or when the nodes disagree.
    - "gtin": the set of valid GTINs (`_sd_gtins`) of the product and its offers, as 14 digits; None
      without one.
    Pages whose structured data extruct cannot read give no labels: {field: None}."""
    import extruct

    from knockoff.crawler.jsonld import id_index, resolve_refs, walk

    empty: dict[str, Any] = {f: None for f in SD_FIELDS + ("gtin",)}
    try:
        data = extruct.extract(
            html, base_url=url, syntaxes=["json-ld", "microdata", "rdfa"], uniform=True, errors="ignore"
        )
    except Exception:  # noqa: BLE001 - unreadable structured data: unlabelled
        return empty
    index = id_index(data.get("json-ld") or [])
    nodes: list[dict] = []
    for syntax in ("json-ld", "microdata", "rdfa"):
        for node in walk(data.get(syntax) or []):
            types = [str(t).rstrip("/").rsplit("/", 1)[-1].lower() for t in _sd_values(node.get("@type"))]
            if {"product", "productgroup", "productmodel", "individualproduct"} & set(types):
                nodes.append(resolve_refs(node, index) if syntax == "json-ld" else node)
    names = [_sd_text(_sd_values(n.get("name"))[:1] or None) or "" for n in nodes]
    mine = [
        n
        for n, nm in zip(nodes, names, strict=True)
        if nm and (title_match(nm, title) or title_match(title, nm))
    ]
    if not mine and len({nm.casefold() for nm in names}) == 1:
        mine = nodes
    if not mine:
        return empty
    codes: set[str] = set()
    gtins: set[str] = set()
    avail: set[str] = set()
    brands: set[str] = set()
    for n in mine:
        offers = [o for o in walk(_sd_values(n.get("offers"))) if isinstance(o, dict)]
        for k in _CODE_KEYS:
            codes |= {_norm_code(t) for v in _sd_values(n.get(k)) if (t := _sd_text(v))}
        gtins |= _sd_gtins([n, *offers])
        for o in offers:
            codes |= {_norm_code(t) for v in _sd_values(o.get("sku")) if (t := _sd_text(v))}
            for v in _sd_values(o.get("availability")):
                name = str(v).rstrip("/").rsplit("/", 1)[-1].strip()
                if name in AVAILABILITY_CLASS:
                    avail.add(AVAILABILITY_CLASS[name])
        brand = [t for v in _sd_values(n.get("brand")) if (t := _sd_text(v))]
        brand = brand or [t for v in _sd_values(n.get("manufacturer")) if (t := _sd_text(v))]
        brands |= {_norm_brand(b) for b in brand}
    return {
        "sku": codes or None,
        "availability": avail.pop() if len(avail) == 1 else None,
        "brand": brands.pop() if len(brands) == 1 else None,
        "gtin": gtins or None,
    }


def _sd_gtins(nodes: list[dict]) -> set[str]:
    """The valid GTINs (`crawler.codes.gtin`, as 14 digits) of schema.org Product / Offer `nodes`' GTIN
    properties (`crawler.codes.GTIN_KEYS`)."""
    from knockoff.crawler.codes import GTIN_KEYS, gtin, gtin14

    return {
        gtin14(code)
        for node in nodes
        for k in GTIN_KEYS
        for v in _sd_values(node.get(k))
        if (code := gtin(_sd_text(v)))
    }


SD_WITH, SD_WITHOUT = "with its structured data", "structured data removed"
SD_NAMES = "structured data removed, names hashed"


def evaluate_fields(split: str = "train") -> dict[str, Any]:
    """sku, availability and brand of knockoff's `extract_product` against `structured_labels`, on
    each page of `split` read as it is (SD_WITH), after `strip_structured` (SD_WITHOUT) and after
    `name_free` (SD_NAMES: structured data removed and class/id names hashed); price
    and title (labels.jsonl, the rules of `evaluate`; the shown price counts on stripped pages) on
    the same pages, those with at least one of the three labels, as a sanity check.

    Only labelled pages count for a field: a right prediction is a true positive; a wrong one a
    false positive and a false negative; none a false negative. Returns {mode: {"pages",
    "listings", "labelled": {field: n}, "counts": {field: {tp, fp, fn, p, r, f1}}, "mistakes":
    ["shop: field predicted vs labelled"]}}."""
    from knockoff.crawler.extract import extract_product

    res: dict[str, Any] = {}
    for label in _labels():
        if split != "all" and label["split"] != split:
            continue
        html = read_page(DATA / label["file"])
        url = page_url(html, label["shop"])
        want = structured_labels(html, url, label["title"])
        if all(want[f] is None for f in SD_FIELDS):
            continue
        prices = truth_prices(label)
        shown = with_shown_prices(label, prices)
        stripped = strip_structured(html)
        for mode, page in (
            (SD_WITH, html),
            (SD_WITHOUT, stripped),
            (SD_NAMES, obfuscate_names(stripped)),  # `name_free`
        ):
            r = res.setdefault(
                mode,
                {"pages": 0, "listings": 0, "labelled": Counter(), "mistakes": [],
                 "counts": {f: {"tp": 0, "fp": 0, "fn": 0} for f in SD_FIELDS + SD_SANITY + SD_CODES}},
            )  # fmt: skip
            got = extract_product(page, url)
            r["pages"] += 1
            r["listings"] += got is not None
            pred, ok = _field_checks(got or {}, want, prices if mode == SD_WITH else shown, label["title"])
            truth = {**want, "price": prices, "title": label["title"], "codes": want["sku"]}
            for f in SD_FIELDS + SD_SANITY + SD_CODES:
                if truth[f] in (None, []):
                    continue
                r["labelled"][f] += 1
                c = r["counts"][f]
                c["tp"] += ok[f]
                c["fp"] += not ok[f] and pred[f] not in (None, "")
                c["fn"] += not ok[f]
                if not ok[f]:
                    shown_truth = sorted(truth[f]) if isinstance(truth[f], set) else truth[f]
                    r["mistakes"].append(
                        f"{label['shop']}: {f} {str(pred[f])[:60]!r} vs {str(shown_truth)[:60]!r}"
                    )
    for r in res.values():
        for c in r["counts"].values():
            c["p"] = c["tp"] / max(1, c["tp"] + c["fp"])
            c["r"] = c["tp"] / max(1, c["tp"] + c["fn"])
            c["f1"] = 2 * c["tp"] / max(1, 2 * c["tp"] + c["fp"] + c["fn"])
    return res


def _field_checks(
    got: dict[str, Any], want: dict[str, Any], prices: list[float], title: str
) -> tuple[dict[str, Any], dict[str, bool]]:
    """(prediction, right) per field of `evaluate_fields` for one page read: knockoff's listing `got` against
    the structured labels `want`, the accepted `prices` and the labelled `title`."""
    from knockoff.crawler.codes import gtin14

    pred = {
        "sku": _norm_code(got["sku"]) if got.get("sku") else None,
        "availability": AVAILABILITY_CLASS.get(got.get("availability") or "", got.get("availability")),
        "brand": _norm_brand(got["brand_claimed"]) if got.get("brand_claimed") else None,
        "price": got.get("price"),
        "title": got.get("title"),
        "gtin": gtin14(got["gtin"]) if got.get("gtin") else None,
        "codes": sorted({_norm_code(got[k]) for k in ("sku", "gtin", "mpn") if got.get(k)}) or None,
    }
    ok = {
        "sku": want["sku"] is not None and pred["sku"] in want["sku"],
        "availability": pred["availability"] == want["availability"],
        "brand": pred["brand"] == want["brand"],
        "price": pred["price"] is not None and any(abs(pred["price"] - p) <= 0.01 for p in prices),
        "title": title_match(pred["title"], title),
        "gtin": want["gtin"] is not None and pred["gtin"] in want["gtin"],
        "codes": want["sku"] is not None and bool(set(pred["codes"] or ()) & want["sku"]),
    }
    return pred, ok


def _empty() -> dict[str, Any]:
    return {
        "pages": 0,
        "listings": 0,
        "seconds": 0.0,
        "counts": {f: {"tp": 0, "fp": 0, "fn": 0} for f in FIELDS},
        "mistakes": [],
        "sources": Counter(),
    }


def run(quick: bool = False) -> str:
    """The Markdown section for benchmarks/RESULTS.md (all 72 pages; `quick` changes nothing, the
    run takes about 20 s)."""
    title = "## Extraction on real product pages (product-pages: knockoff vs extruct alone)"
    if not (DATA / "labels.jsonl").exists():
        return f"{title}\n\nSKIPPED: {DATA}/labels.jsonl not found."
    res = evaluate("all")
    lines = [
        title,
        "",
        f"`python -m benchmarks --only extraction`; data `{DATA}` (labels.jsonl, the source project's "
        "split: train used for development, test held out and never tuned on). Matching rules in "
        "`benchmarks/bench_extraction.py`: price within 0.01 of the labelled amount (either bound of a "
        "range), title: 90% of its words in the labelled title (often the `<title>` with the shop name) "
        "and at least half as many words as the label's longest segment, or the reverse (whole label, or since 2026-11-30 its longest "
        "segment: held-out title F1 knockoff 0.875 -> 0.896, extruct alone 0.721 -> 0.721 by that change); main image = a URL of the labelled `<img>` (any size variant it "
        "carries; scheme and size/format query parameters aside) or the same photo file name (CDN size suffixes such as "
        "`._SX522_`, `_1024x1024`, `-300x300` aside). The image rule was widened to these size variants on 2026-11-30 "
        "(before: identical file name, URL equal with its scheme); measured at the same commit, held-out main image F1 "
        "went 0.771 -> 0.771 for knockoff and 0.545 -> 0.597 for extruct alone.",
        "",
        "| split | extractor | pages | with a listing | price F1 | title F1 | main image F1 | ms/page |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for split in ("train", PROBE, PROBE_NAMES, "test"):
        for name in EXTRACTORS:
            r = res.get((name, split))
            if r is None:
                continue
            f1 = [f"{r['counts'][f]['f1']:.3f}" for f in FIELDS]
            ms = 1000 * r["seconds"] / max(1, r["pages"])
            lines.append(
                f"| {split}{' (held out)' if split == 'test' else ''} | {name} | {r['pages']} | "
                f"{r['listings']} | {' | '.join(f1)} | {ms:.0f} |"
            )
    for split in ("train", PROBE, PROBE_NAMES, "test"):
        r = res.get(("knockoff", split))
        if r:
            how = ", ".join(f"{k} {v}" for k, v in sorted(r["sources"].items()))
            lines += ["", f"How knockoff found the fields ({split}): {how}."]
    for split in ("train", PROBE, PROBE_NAMES):
        r = res.get(("knockoff", split))
        if r and r["mistakes"]:
            lines += ["", f"knockoff's remaining mistakes, {split} (development view):", ""]
            lines += [f"- {m}" for m in r["mistakes"]]
    test = res.get(("knockoff", "test"))
    if test:
        lines += ["", f"Held-out split: {len(test['mistakes'])} field mistakes over {test['pages']} pages."]
    lines += ["", PROBE_NOTE, "", NAMES_NOTE, "", _timing_line()]
    return "\n".join(lines + _language_lines() + _field_lines() + _market_lines())


# the language probe's first look (issue 14, 2026-12-01, before any change for it; train pages,
# structured data removed): with names every language read price 1.000, title 1.000, main image 0.917
LANGUAGES_NOTE = (
    "Probe `--languages` (`translate_shop_words`: on the 24 train pages with structured data removed, the "
    "English shop words around the price and the buy control (Add to cart/bag/basket, Buy now, Regular/Sale/"
    "List price, Was, Save, In stock, Sold out, Quantity, Shipping, /mo, Tax included) written as the big "
    "marketplaces of each language write them (`SHOP_WORDS`); read with the class/id names, with them hashed "
    "(`obfuscate_names`), and hashed with the amounts also written the language's way (`SHOP_AMOUNTS`). "
    "Development view only, written by the same hands as the fixes. First look, before any change for it "
    "(2026-12-01): with names every language 1.000 / 1.000 / 0.917; names hashed price 0.917 (de fr it ja "
    "zh-Hant zh-Hans), 0.894 (es: one page without a listing), 0.875 (pt-BR pl nl tr ko: a monthly amount "
    "not read as one); names hashed, local amounts, price 0.958 (de fr es it pl tr ko), 1.000 the rest. "
    "Fixed as kinds, each with tests in tests/crawler/test_name_free.py and must-not-fire cases in "
    "tests/crawler/test_rule_breadth.py: old/list-price, saving, shipping and monthly wording in the 12 "
    "languages, monthly marks after the currency, buy controls in more languages."
)


def _language_lines() -> list[str]:
    """The language probe's table (`evaluate_languages`, train pages only): price / title / main image
    F1 per language, read with names, names hashed, and names hashed with local amounts."""
    res = evaluate_languages()
    modes = ("stripped", "names hashed", "names hashed, local amounts")
    lines = [
        "",
        "### Shop words in other languages (train pages, development view)",
        "",
        LANGUAGES_NOTE,
        "",
        "| language | " + " | ".join(f"{m}: price / title / image" for m in modes) + " |",
        "|---|" + "---|" * len(modes),
    ]
    for lang in dict.fromkeys(k[0] for k in res):
        cells = []
        for mode in modes:
            r = res.get((lang, mode))
            cells.append(" / ".join(f"{r['counts'][f]['f1']:.3f}" for f in FIELDS) if r else "-")
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    return lines


# sku/availability/brand on train, structured data removed, before the heuristics work on them
# (commit 32b7a98, 2026-11-30; 16 train pages with labels)
_FIELDS_BEFORE = (
    "sku P 0.571 R 0.364 F1 0.444 (11 labelled), availability 0.875/0.875/0.875 (8), brand 0.500/0.200/0.286 "
    "(10); price and title 1.000"
)


# the held-out rows read by the extraction code of 32b7a98 (before this work; the benchmark of a542122),
# measured once after the held-out rows above, no change made after it
_FIELDS_HELD_OUT_BEFORE = (
    "Held out, the same pages read by the extraction code of commit 32b7a98 (before the work on these "
    "fields; run once after the rows above, nothing changed after it): without structured data sku "
    "0.750 / 0.571 / 0.649, availability 0.667 / 0.667 / 0.667, brand 0.667 / 0.375 / 0.480, price "
    "0.806, title 0.871; with it the same as above (1.000, 0.958, 0.938, 0.935, 0.871)."
)
# the held-out rows before and after the pages_market4 kinds (issue 14; measured once after them)
_FIELDS_HELD_OUT_MARKET4 = (
    "After the kinds fixed for pages_market4 (commit ec427a3, the held-out split run once at the end, "
    "2026-11-30 20:27 UTC; before: commit bc2e594, 18:41 UTC): without structured data sku 0.765 / "
    "0.619 / 0.684 -> 0.722 / 0.619 / 0.667 (one more wrong code; the held-out pages are not opened "
    "to find which), availability 0.681 and brand 0.538 unchanged; with structured data, and price, "
    "title and main image on the held-out pages (0.854, 0.896, 0.875), unchanged. Then seven of those "
    "kinds were narrowed after a review showed them firing on ordinary pages (commits 0d183c9 to "
    "1b1ab9e: a split heading's brand part needs a brand link or state field, the out-of-stock phrase "
    "only on the buy control, `?pid=` ids only in Flipkart's 16-character shape, a hidden sku field "
    "wins again over a shown reference, Chinese currency names, `has-strikethrough`, `org`); the 282 "
    "development page runs read the same; the held-out split, run once more only to report (21:05 "
    "UTC), gives the same figures."
)


def _field_lines() -> list[str]:
    """The sku / availability / brand table (`evaluate_fields`): train and the held-out split, each
    page read with its structured data and without it."""
    lines = [
        "",
        "### sku, availability and brand: labels from the pages' own structured data",
        "",
        "The pages whose schema.org Product (JSON-LD, microdata, RDFa, read by extruct) names the "
        "product's codes (sku, mpn, productID, gtin: any counts), its offers' availability (folded to "
        "InStock / OutOfStock / PreOrder / BackOrder: LimitedAvailability is InStock, SoldOut and "
        "Discontinued OutOfStock) or its brand (else manufacturer; not when given only as a URL), each "
        "only where the product's nodes agree (`structured_labels`). Each page is read by knockoff as "
        "it is, and after `strip_structured` (the probe's stripping: then only the heuristics can find "
        "the fields). Only labelled pages count for a field: precision / recall / F1; price and title "
        "(labels.jsonl) on the same pages as a sanity check. Brand compared case-folded without "
        'trade marks, codes without spaces, a leading "SKU" and leading zeros. Before the heuristics work on '
        "these fields (commit 32b7a98), train without structured data: " + _FIELDS_BEFORE + ". Fixed since "
        "as general kinds, each with tests in tests/crawler/test_heuristic_kinds.py (the train pages as "
        "the development view, the held-out row measured once at the end): brand blocks of codes skipped, "
        "brand blocks inside strips kept when the document title repeats them, a brand part leading the "
        "heading, the vendor line / shop name of a brand's own shop, brand links, the crumb after "
        '"Brands", "by X" lines; availability words inside other products\' cards, error messages, '
        "hidden templates and prose no longer count, a buy control disabled until a size is chosen is "
        "live, a badge named for the sold-out state does not beat a shown live control, restock-alert "
        "controls in more languages, a stated sold-out state stands for the buy control in recognising a "
        "product page; the URL's item id as the last-resort sku, sku labels in more languages. The train "
        "sku misses left are codes the structured data names that the page does not show or shows "
        "another code for (a listing id in the URL or analytics only; an MPN in the data and the shop's "
        "item number on the page). Since 2026-12-05 a listing also keeps the maker's codes apart from its sku "
        "(`gtin`, check digit validated, and `mpn`; crawler/codes.py): the gtin column scores the listing's GTIN "
        "against the valid GTINs of the structured data (compared as 14 digits), and 'any code' the sku label "
        "again with any of the listing's sku, gtin and mpn counting.",
        "",
        "| split | pages read | pages | listings | sku P / R / F1 (n) | availability P / R / F1 (n) | "
        "brand P / R / F1 (n) | price F1 | title F1 | gtin P / R / F1 (n) | any code F1 |",
        "|---|---|---:|---:|---|---|---|---:|---:|---|---:|",
    ]
    mistakes: list[str] = []
    for split in ("train", "test"):
        for mode, r in evaluate_fields(split).items():
            cells = [
                f"{r['counts'][f]['p']:.3f} / {r['counts'][f]['r']:.3f} / {r['counts'][f]['f1']:.3f} "
                f"({r['labelled'][f]})"
                for f in SD_FIELDS
            ]
            cells += [f"{r['counts'][f]['f1']:.3f}" for f in SD_SANITY]
            g = r["counts"]["gtin"]
            cells += [f"{g['p']:.3f} / {g['r']:.3f} / {g['f1']:.3f} ({r['labelled']['gtin']})"]
            cells += [f"{r['counts']['codes']['f1']:.3f}"]
            name = f"{split}{' (held out)' if split == 'test' else ''}"
            lines.append(f"| {name} | {mode} | {r['pages']} | {r['listings']} | {' | '.join(cells)} |")
            if split == "train" and mode == SD_WITHOUT:
                mistakes = r["mistakes"]
    lines += ["", _FIELDS_HELD_OUT_BEFORE, "", _FIELDS_HELD_OUT_MARKET4]
    if mistakes:
        lines += ["", "knockoff's remaining mistakes, train without structured data (development view):", ""]
        lines += [f"- {m}" for m in mistakes]
    return lines


# the commit before the heuristics work on the stripped probe (issue 14, 2026-11-30)
BASELINE_REV = "2038f92"
PROBE_NOTE = (
    "Probe `train, structured data removed` (`strip_structured`: JSON-LD scripts, microdata and RDFa "
    "attributes, OpenGraph/`product:`/twitter meta removed, so only the HTML heuristics can read the 24 "
    "train pages; the held-out pages are never stripped; the labelled element's shown price counts beside "
    "its `price_attr`, which stripping removes). First look, at commit eeae2e5 before any change for it: "
    'price 0.958 (1.000 under that shown-price rule: the one miss was Etsy\'s shown "$28.50+" over '
    "`itemprop=price` 25.00), title 0.958, main image 0.833; the market pages stripped the same way: 38 of "
    "38 listings, title 0.974, price 1.000, currency 1.000, sku 0.958, availability 1.000, brand 0.959, "
    "main image 0.974. Fixed as general kinds, each with a test in tests/crawler/test_heuristic_kinds.py: "
    "screen-reader classes under a prefix (`h-sr-only`) and a hidden heading losing to the shown one; a "
    'noise-named page wrapper ("recommendations-visible" on a container of most of the page) not counted '
    "as a strip; `main-content-image` names; URL size tokens (`?w=704`, BigCommerce `.375.375`, Amazon "
    "`._SX522_`) as sizes; tiny thumbnails as evidence of a multi-size photo. Then, to widen the margins "
    "by which right answers won on the probe (on 5 page fields a wrong candidate was tied or within 0.3 points): prices in a "
    "popup or a variant dropdown and the parts of a split price lose to the product's own price; the "
    "carousel slide marked shown wins, alternate views and lightbox copies lose; a title candidate named "
    "for the brand loses. And kinds from the task's list and from price-parser's real strings that no probe "
    "page needed: several amounts in one price text (the one no old/instalment/shipping label precedes), a "
    'bare "320.000" shown on a page read as thousands, badges in headings, the document title less the '
    "shop's part, inline line-through, CSS background pictures. The probe is small (24 pages) and these "
    "pages were the heuristics' development set before: it is saturated, not evidence of generalisation "
    "by itself; the held-out row is the measure (before this work, run at commit 42cd553: price 0.854, "
    "title 0.896, main image 0.833, 20 field mistakes; the held-out split was run once after it)."
)


# the name-free probe (issue 14): first look and after its fixes
NAMES_NOTE = (
    "Probe `train, structured data removed, names hashed` (`name_free`: `strip_structured`, then "
    "`obfuscate_names`: every class and id token, id reference and test hook replaced by a stable "
    "meaningless name, `data-*` attributes named for a field renamed, as CSS modules, styled-components "
    "or utility classes leave a page's names; the market pages likewise). First look, at commit cbb4fa0 "
    "before any change for it: train 16 of 24 listings, price 0.700, title 0.700, main image 0.650; market "
    "pages 40 of 48 listings, title 0.886, price 0.641, currency 0.846, sku 0.894, availability 0.884, "
    "brand 0.857, main image 0.909. Failing kinds: no price element found without a price name (8 train, "
    "8 market pages had no listing), an old price shown before the current one without a strike or label, "
    "thumbnails told apart only by their names. Fixed as general kinds, each with a test in "
    "tests/crawler/test_name_free.py: the price read from the short texts holding a currency amount near "
    "the title (`heuristics/amounts.py`: split signs, a sign in the element before, aria-labels; struck, "
    "old, saving, shipping, instalment, unit, coupon/card/transfer-conditional amounts left out; an "
    "unlabelled lower amount beside the best one in one small block is the current price); an amount "
    "inside the heading left out of the title; image sizes from one-letter roles (`t100x100`), `?size=`, "
    "resize paths, the file name's size first, a file-name size not splitting a photo; buy links known by "
    "their text; card lists whose items differ by an item-id class; more currency signs in `MONEY`. After: "
    "train 24 of 24, price 0.917, title 0.917, main image 0.917; market 48 of 48, title 0.979, price 0.966, "
    "currency 0.966, sku 0.989, availability 0.989, brand 0.957, main image 0.979. Where names exist the "
    "named path reads the price; on the 282 development page runs the name-free reader gives the same "
    'amount as the named one on all but 4 (etsy\'s shown "$28.50+" vs its 25.00 attribute, two '
    "lease/unavailable pages, a price whose cents are aria-hidden)."
)


def _timing_line() -> str:
    """Per-page extraction time now vs `BASELINE_REV` (`timing`), or why it was not measured."""
    try:
        t = timing(BASELINE_REV)
    except Exception as exc:  # noqa: BLE001 - a clone without that commit, a failed child: say so
        return f"Extraction time per page vs {BASELINE_REV}: not measured ({type(exc).__name__})."
    return (
        f"Extraction CPU time per page (`extract_product`, train and market pages, {t['pages']} pages, best "
        f"of 5 passes each in its own process, alternating): {t['now_ms']:.1f} ms now vs {t['baseline_ms']:.1f} ms "
        f"at {BASELINE_REV} (before this work), ratio {t['ratio']:.2f}."
    )


# `extract_product` of commit fa4fc80 (before issue 14) on the MARKET pages, measured 2026-11-30
_BEFORE = (
    "30 listings of 38, title 0.618, price 0.875, currency 0.800, sku 0.561, availability 0.597, brand 0.721, "
    "main image 0.794"
)


# pages_market6 (issue 14): every page with schema.org data, written the platforms' way, quirks included
_FIRST_LOOK_MARKET6 = (
    "pages_market6 (10 pages: Shopify ProductGroup with one Offer per variant and `?variant=` in the URL, "
    "WooCommerce + Yoast `@graph` with the price only in `priceSpecification` (sale and StrikethroughPrice), "
    "WooCommerce variable product (AggregateOffer), Magento 2 microdata special price with OpenGraph at "
    'the regular price, BigCommerce ("$34.95", "Hearth &amp; Kiln"), Wix ("Offers", ImageObject), '
    "Squarespace (name and brand with the site-name suffix), Salesforce Commerce Cloud (ItemList of "
    'related Products first, `"url":{}`), WooCommerce + Rank Math (price "0" for price on request, the SEO '
    'title as name), OpenCart Brazil ("1.299,00", "in stock", escaped unicode), all with schema.org '
    "data, 1 out of stock): 10 of 10 listings, title 0.700, price 0.947, currency 0.947, sku 0.900, "
    "availability 0.900, brand 1.000, main image 0.900 -> every field 1.000 (the SFCC sku last: the "
    "page shows the item number RL20451, its JSON-LD sku is the variant's RL20451-210-080)."
)


# pages_market7 (issue 14): written before looking at how knockoff reads them, scored once first
_FIRST_LOOK_MARKET7 = (
    "pages_market7 (10 pages: Zara (es), Decathlon (fr, Svelte-hashed classes), Fnac (fr, out of stock), "
    "Hepsiburada (tr, CSS modules), eMAG (ro, out of stock), Alza (cs), Myntra (en-IN), ZOZOTOWN (ja, sold "
    "out), MUSINSA (ko, styled-components), Wildberries (ru); none with schema.org or OpenGraph data, each "
    "with a mini-cart, size pickers, recommendation strips with other prices, reviews and delivery "
    "amounts): 9 of 10 listings, title 0.632, price 0.526, currency 0.842, sku 0.588, availability "
    "0.737, brand 0.625, main image 0.947 -> 10 of 10, title 0.900, price 0.900, currency 0.900, "
    "availability 1.000, brand 0.941, main image 1.000 (left: Hepsiburada's price, a two-card strip "
    "not taken for cards; Myntra's brand written as its own h1; sku labels worked on after)."
)


def _market_lines() -> list[str]:
    """The marketplace/platform pages table (`MARKET`): knockoff beside extruct alone."""
    if not all((f / "truth.json").exists() for f in MARKET):
        return []
    lines = [
        "",
        "### Marketplace and shop-platform pages in the issue's languages (development set)",
        "",
        "`tests/crawler/pages_market*` (see `MARKET` in `benchmarks/bench_extraction.py`): pages written "
        "in the structures of Amazon (.com/.co.uk/.de/.fr/.it/.co.jp, unavailable items without a price "
        "included), Shopify, WooCommerce, Magento 2, PrestaShop, Shopware 6, eBay, Zalando, Allegro, bol, "
        "MercadoLibre, Coupang, Cafe24, Shopline, Taobao, JD, Rakuten, Walmart, Target, AliExpress, OTTO, "
        "Gmarket, Trendyol, Flipkart, Shopee, Kaspi.kz, momo, 11st, Tiendanube, VTEX, Cdiscount, Jumia "
        "and local shops (Taiwan, Korea, Kazakhstan, Slovenia, Croatia), most without structured "
        "data; labelled by hand. Written for this work and tuned on: not independent data. Each later "
        "batch was scored once before any change for it (first look -> after its fixes): pages_market2 "
        "(6 pages; the 7th, an Amazon other-sellers page, came later): 3 of 6 listings, price 0.333, sku "
        "0.571, availability 0.667, brand 0.667 -> 6 of 6, 1.000/1.000/1.000/0.909 (brand 1.000 since); pages_market3 (6 pages, written after all earlier fixes): 6 of 6 listings, "
        "title 0.833, currency 0.909, sku 0.909, availability 0.833, brand 1.000, main image 0.833 -> "
        "title 1.000, currency 1.000, availability 1.000 (its sku and image misses are left: a Target "
        "TCIN label, and an AliExpress `_640x640q75.jpg_.avif` size suffix the image rule does not "
        "strip); pages_market4 (10 pages: Trendyol, Flipkart, Shopee Taiwan, Kaspi.kz, momo, 11st, "
        "Tiendanube, VTEX IO, Cdiscount, Jumia, none with schema.org data, written from the platforms' "
        "structures before looking at how knockoff reads them): 10 of 10 listings, title 0.900, price "
        "0.800, currency 0.700, sku 0.533, availability 0.900, brand 0.750, main image 1.000 -> title, "
        "price, sku, availability, brand and main image 1.000, currency 0.900 (left: a Tiendanube page "
        'whose bare "$" names no region: `lang=es`, a shop domain without a country; since read from the '
        '"$36.999,00 ARS" its variant JSON writes beside the amount); '
        "pages_market5 (10 pages: Etsy, Best Buy, The Home Depot, IKEA (de), Mercari (ja), Ozon (ru), "
        "Tokopedia (id), noon (ar), Takealot, Vinted (fr), none with schema.org data, 3 out of stock): "
        "10 of 10 listings, title 0.600, price 0.800, currency 0.947, sku 0.462, availability 0.947, "
        "brand 1.000, main image 0.900 -> title, sku, brand, main image 1.000, price 0.900 (then 1.000 "
        "after the price kinds); " + _FIRST_LOOK_MARKET6 + " " + _FIRST_LOOK_MARKET7 + " Text fields "
        "match after case folding, price within half a cent. Before the issue-14 work "
        "(`extract_product` of commit fa4fc80 on the first three batches' 38 pages, measured "
        "2026-11-30): " + _BEFORE + ".",
        "",
        "| extractor | pages | with a listing | title | price | currency | sku | availability | brand | main image |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    mistakes: list[str] = []
    for name, fn in (
        ("knockoff", None),
        ("knockoff, structured data removed", market_stripped),
        ("knockoff, structured data removed, names hashed", market_name_free),
        ("extruct alone", extruct_extract),
    ):
        r = market_scores(MARKET, fn)
        f1 = " | ".join(f"{r['f1'][f]:.3f}" for f in MARKET_FIELDS)
        lines.append(f"| {name} | {r['pages']} | {r['listings']} | {f1} |")
        mistakes += r["mistakes"] if name == "knockoff" else []
    if mistakes:
        lines += ["", "knockoff's remaining mistakes there:", ""] + [f"- {m}" for m in mistakes]
    return lines


# the extraction code `timing` takes from the baseline revision: files, or folders (the heuristics were
# one file before 2026-11-30 and a package since; whichever the revision has is used)
TIMED_FILES = ["crawler/extract.py", "crawler/heuristics.py", "crawler/heuristics", "crawler/values.py",
               "crawler/sku.py", "crawler/srcset.py", "crawler/jsonld.py", "crawler/pagestate.py",
               "crawler/platformmeta.py"]  # fmt: skip
_TIMER = """
import json, sys, time
from pathlib import Path
from knockoff.crawler.extract import extract_product
pages = [(Path(p).read_text(encoding="utf-8", errors="replace"), u) for p, u in json.loads(sys.argv[1])]
best = []
for _ in range(int(sys.argv[2])):
    t0 = time.process_time()
    for html, url in pages:
        extract_product(html, url)
    best.append(time.process_time() - t0)
print(json.dumps({"seconds": min(best), "pages": len(pages), "module": extract_product.__module__,
                  "file": sys.modules[extract_product.__module__].__file__}))
"""


def timing(rev: str, repeats: int = 5) -> dict[str, float]:
    """Per-page `extract_product` CPU time (the child's process time: other load on the machine
    counts less than in wall time) of the working tree and of `TIMED_FILES` as at git `rev`
    (everything else as in the working tree), in one run, on the train pages and the MARKET pages
    (the held-out split is not read): {"now_ms", "baseline_ms", "ratio"} (best of `repeats` passes,
    each in its own process, the two trees alternating). Raises subprocess.CalledProcessError when
    `rev` is unknown."""
    import shutil
    import subprocess
    import sys
    import tempfile

    root = Path(__file__).resolve().parent.parent
    pages = [[str(DATA / lab["file"]), page_url((DATA / lab["file"]).read_text(errors="replace"), lab["shop"])]
             for lab in _labels() if lab["split"] == "train"]  # fmt: skip
    for folder in MARKET:
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        pages += [[str(folder / name), t["url"]] for name, t in truth.items() if not name.startswith("_")]
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        for pkg in ("knockoff", "crawler"):
            shutil.copytree(root / pkg, tree / pkg, ignore=ignore)
        for f in TIMED_FILES:
            shutil.rmtree(tree / f, ignore_errors=True)
            (tree / f).unlink(missing_ok=True)
            listed = subprocess.run(
                ["git", "ls-tree", "-r", "--name-only", rev, "--", f],
                cwd=root, capture_output=True, check=True, text=True,
            ).stdout.split()  # fmt: skip
            for name in listed:  # the path as at `rev` (none where it did not exist then)
                old = subprocess.run(
                    ["git", "show", f"{rev}:{name}"], cwd=root, capture_output=True, check=True
                ).stdout
                (tree / name).parent.mkdir(parents=True, exist_ok=True)
                (tree / name).write_bytes(old)
        (tree / "knockoff" / "crawler").symlink_to(tree / "crawler", target_is_directory=True)
        for pkg in ("matching", "jobs", "cluster"):
            (tree / "knockoff" / pkg).symlink_to(root / pkg, target_is_directory=True)
        best = {"now": float("inf"), "baseline": float("inf")}
        for _ in range(repeats):
            for name, path in (("baseline", str(tree)), ("now", "")):
                env = dict(os.environ, PYTHONPATH=path) if path else dict(os.environ)
                out = subprocess.run(
                    [sys.executable, "-c", _TIMER, json.dumps(pages), "1"],
                    cwd=path or root, env=env, capture_output=True, text=True, check=True,
                )  # fmt: skip
                got = json.loads(out.stdout.strip().splitlines()[-1])
                if name == "baseline" and not got["file"].startswith(str(tree)):
                    raise RuntimeError(f"baseline tree not imported: {got['file']}")
                best[name] = min(best[name], got["seconds"])
    n = len(pages)
    return {"now_ms": 1000 * best["now"] / n, "baseline_ms": 1000 * best["baseline"] / n,
            "ratio": best["now"] / best["baseline"], "pages": n}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="train", choices=["train", "test", "all"])
    parser.add_argument("--mistakes", action="store_true")
    parser.add_argument(
        "--fields", action="store_true", help="sku/availability/brand (`evaluate_fields`), then exit"
    )
    parser.add_argument("--timing", metavar="REV", help="per-page time now vs TIMED_FILES at REV, then exit")
    parser.add_argument(
        "--languages",
        nargs="*",
        metavar="LANG",
        help="train-only language probe (`evaluate_languages`), then exit",
    )
    args = parser.parse_args()
    if args.languages is not None:
        print_languages(args.languages or None, args.mistakes)
        return
    if args.timing:
        print(timing(args.timing))
        return
    if args.fields:
        for mode, r in evaluate_fields(args.split).items():
            print(
                f"{args.split} {mode}: pages {r['pages']} listings {r['listings']} labelled {dict(r['labelled'])}"
            )
            for f, c in r["counts"].items():
                print(f"   {f:13} P {c['p']:.3f} R {c['r']:.3f} F1 {c['f1']:.3f}")
            if args.mistakes and args.split == "train":  # the held-out pages stay unseen
                print("\n".join("   " + m for m in r["mistakes"]))
        return
    res = evaluate(args.split)
    for (name, split), r in sorted(res.items()):
        f1 = {f: round(r["counts"][f]["f1"], 3) for f in FIELDS}
        print(f"{split:5} {name:14} pages {r['pages']} listings {r['listings']} {f1} {r['seconds']:.1f}s")
        if args.mistakes and name == "knockoff" and split in ("train", PROBE, PROBE_NAMES):  # test unseen
            print("\n".join("   " + m for m in r["mistakes"]))
    if args.split != "test":
        for label, fn in (
            ("market", None),
            ("market, structured data removed", market_stripped),
            ("market, structured data removed, names hashed", market_name_free),
        ):
            r = market_scores(MARKET, fn)
            print(label, r["listings"], "of", r["pages"], {f: round(v, 3) for f, v in r["f1"].items()})
            if args.mistakes:
                print("\n".join("   " + m for m in r["mistakes"]))


if __name__ == "__main__":
    main()
