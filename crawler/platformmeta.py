"""The product a shop platform states in its analytics script: Shopify's `var meta = {...}`.

Every Shopify product page carries, in an inline script beside `window.ShopifyAnalytics`,

    var meta = {"product": {"id": 8128683401, "gid": "gid://shopify/Product/8128683401",
                            "vendor": "Brand", "type": "Pillow",
                            "variants": [{"id": 26537087881, "price": 9900, "name": "Title - Blue",
                                          "public_title": "Blue", "sku": "6K-FQWD-EIC3"}, ...]},
                "page": {"pageType": "product", "resourceType": "product", "resourceId": 8128683401}};

(also written `window.ShopifyAnalytics.meta = {...}`), with the shop's currency in
`Shopify.currency = {"active": "EUR", "rate": "1.0"}` or `ShopifyAnalytics.meta.currency = 'EUR'`.
It gives the vendor (brand), the variant's sku and price and the product name on pages without
schema.org data. Only a meta whose `page.pageType` (else `page.resourceType`) is "product" counts:
collection, search and home pages carry a meta of the same shape.

Prices: Shopify writes every amount in hundredths of the currency unit, in every currency ("For
currencies without subunits, such as JPY and KRW, tenths and hundredths of a unit are appended. For
example, 1000 Japanese yen is output as 100000": Shopify's Liquid reference, `variant.price`; its
`Shopify.formatMoney` divides by 100 for every money format, `amount_no_decimals` included). So
the amount is the value / 100. A zero-decimal currency (ISO 4217 minor digits 0, from
price-parser's currency table) whose amount keeps a fraction after that is not in this convention
and gives no price. A number or a digits-only string is in hundredths; a string with a decimal
point ("99.00") is an amount in units; anything else, a negative or an absurd value gives no price.

Objects are parsed by chompjs (scrapinghub), which also stops at the end of the first object (the
`for (var attr in meta)` loop after it is not read). A meta that does not parse within MAX_CHARS
characters (truncated, or a huge blob) is ignored. Pure functions: no I/O.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

# price-parser's ISO 4217 table (code -> {"s": symbols, "d": minor digits}) is the table its own
# parsing uses; it is not exported (price_parser's public names are Price and parse_price) and no
# other installed library carries the minor digits (babel, pycountry are not dependencies), so it
# is read from its module, pinned by pyproject's price-parser>=0.5 and checked by
# tests/crawler/test_platform_meta.py (`currency_digits`: JPY 0, EUR 2, KWD 3).
from price_parser._currencies import CURRENCIES

from knockoff.crawler.jsonld import js_object

_META = re.compile(r"meta\s*=\s*(?=\{)")  # literal-led: fast; what stands before it is checked
_META_OWNER = re.compile(r"(?:\b(?:var|let|const)\s+|\bShopifyAnalytics\s*\.\s*)$")
_SHOP_CURRENCY = re.compile(r"\bShopify\s*\.\s*currency\s*=\s*(?=\{)")
_META_CURRENCY = re.compile(r"\bShopifyAnalytics\s*\.\s*meta\s*\.\s*currency\s*=\s*[\"']([A-Za-z]{3})[\"']")
MAX_CHARS = 2_000_000  # characters of one meta object; real ones are 1-50 kB
MAX_METAS = 5  # `var meta = {` assignments parsed per page (other scripts use the name too)
MAX_VARIANTS = 2_000
MAX_AMOUNT = 1e12  # hundredths; above this a value is not a price


@dataclass(frozen=True)
class PlatformProduct:
    """A product page's product as the platform states it.

    title: the product name (the variant's `name` without its " - public_title" part);
    price: amount in currency units (float) of the shown variant, None when absent or unusable;
    currency: ISO 4217 code as the page states it (upper case), None when not stated;
    sku: the shown variant's sku; brand: the product's vendor; product_id / variant_id: the
    platform's ids (text). Any field may be None."""

    title: str | None
    price: float | None
    currency: str | None
    sku: str | None
    brand: str | None
    product_id: str | None
    variant_id: str | None


def _text(value: Any, limit: int = 1000) -> str | None:
    """A non-empty string (numbers as text) of at most `limit` characters, else None."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value).strip()
    return text if text and len(text) <= limit else None


def _objects(
    html: str, pattern: re.Pattern[str], limit: int, owner: re.Pattern[str] | None = None
) -> list[dict]:
    """The objects assigned where `pattern` matches and `owner` matches the 40 characters before,
    those that parse among the first `limit` such places (a page stuffed with broken ones costs
    `limit` parses at most)."""
    out: list[dict] = []
    tried = 0
    for m in pattern.finditer(html):
        if tried >= limit:
            break
        if owner is not None and not owner.search(html, max(0, m.start() - 40), m.start()):
            continue
        tried += 1
        try:
            value = js_object(html[m.end() : m.end() + MAX_CHARS])
        except (ValueError, TypeError, RecursionError):
            continue
        if isinstance(value, dict):
            out.append(value)
    return out


def _is_product_page(meta: dict) -> bool:
    page = meta.get("page")
    if not isinstance(page, dict):
        return False
    kind = page.get("pageType") if page.get("pageType") is not None else page.get("resourceType")
    return isinstance(kind, str) and kind.strip().lower() == "product"


def currency_digits(code: str | None) -> int | None:
    """ISO 4217 minor digits of `code` (JPY 0, EUR 2, KWD 3; price-parser's table), None when
    unknown."""
    digits = CURRENCIES.get((code or "").upper(), {}).get("d")
    return digits if isinstance(digits, int) else None


def amount(value: Any, currency: str | None) -> float | None:
    """A Shopify meta price -> amount in currency units: 9900 -> 99.0, "9900" -> 99.0, "99.00" ->
    99.0, 550000 JPY -> 5500.0; None for booleans, negatives, non-numbers, values over MAX_AMOUNT
    hundredths and zero-decimal amounts with a fraction (550 JPY)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"\d{1,15}", text):
            hundredths = float(text)
        elif re.fullmatch(r"\d{1,13}\.\d{1,3}", text):
            hundredths = float(text) * 100
        else:
            return None
    elif isinstance(value, int | float):
        hundredths = float(value)
    else:
        return None
    if not math.isfinite(hundredths) or hundredths < 0 or hundredths > MAX_AMOUNT:
        return None
    units = round(hundredths / 100, 4)
    if currency_digits(currency) == 0 and units != int(units):
        return None
    return units


def _variant(variants: list[dict], url: str) -> dict | None:
    """The variant the URL selects (`?variant=ID`), else the first."""
    m = re.search(r"[?&]variant=(\d+)", url)
    if m:
        for v in variants:
            if _text(v.get("id")) == m.group(1):
                return v
    return variants[0] if variants else None


def _currency(html: str, meta: dict) -> str | None:
    """The shop's active currency: `Shopify.currency.active`, else `ShopifyAnalytics.meta.currency`,
    else the meta's own `currency`."""
    for shop in _objects(html, _SHOP_CURRENCY, 1):
        code = _text(shop.get("active"), 3)
        if code and re.fullmatch(r"[A-Za-z]{3}", code):
            return code.upper()
    m = _META_CURRENCY.search(html)
    if m:
        return m.group(1).upper()
    code = _text(meta.get("currency"), 3)
    return code.upper() if code and re.fullmatch(r"[A-Za-z]{3}", code) else None


def platform_product(html: str, url: str = "") -> PlatformProduct | None:
    """The product of a Shopify product page's analytics meta (module docstring), the variant
    shown being the one the page URL selects (`?variant=`) else the first; None when the page has
    no such meta, when it does not parse, when its page type is not "product", or when it names
    no product. Never raises on bad input."""
    if "pageType" not in html and "resourceType" not in html:
        return None
    for meta in _objects(html, _META, MAX_METAS, _META_OWNER):
        product = meta.get("product")
        if not _is_product_page(meta) or not isinstance(product, dict):
            continue
        raw = product.get("variants")
        variants = [v for v in raw[:MAX_VARIANTS] if isinstance(v, dict)] if isinstance(raw, list) else []
        variant = _variant(variants, url) or {}
        title = _text(product.get("title")) or _text(variant.get("name"))
        shown = _text(variant.get("public_title"))
        if title and shown and title.endswith(f" - {shown}") and not _text(product.get("title")):
            title = title[: -len(shown) - 3].strip() or title
        gid = _text(product.get("gid"))
        product_id = _text(product.get("id")) or (gid.rsplit("/", 1)[-1] if gid else None)
        currency = _currency(html, meta)
        found = PlatformProduct(
            title=title,
            price=amount(variant.get("price"), currency),
            currency=currency,
            sku=_text(variant.get("sku"), 200),
            brand=_text(product.get("vendor"), 300),
            product_id=product_id,
            variant_id=_text(variant.get("id")),
        )
        if found.title or found.price is not None or found.sku or found.brand:
            return found
    return None
