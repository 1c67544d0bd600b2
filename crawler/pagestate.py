"""The product of a page that builds itself in the browser, read from the state JSON it ships.

Client-rendered shops (Next.js, Nuxt, React/Redux, Vue) send the product as JSON inside the page:
`<script id="__NEXT_DATA__" type="application/json">`, other `<script type="application/json">`
blocks, and assignments such as `window.__INITIAL_STATE__ = {...};` / `window.__NUXT__=` /
`window["__PRELOADED_STATE__"] = {...}`. Their shapes differ per shop, so nothing here knows a
shop: every object with a name (`name`, `title`, `productName`, `displayName`) and a price
(`price`, `salePrice`, `currentPrice`, `finalPrice`, ... as a number, a string or an object with
`value` / `amount` / `current`) is a candidate, and the page's product is the candidate whose name
the document `<title>` repeats (60%+ of its words, 2+ words, or one unspaced CJK word of 4+ characters
the title holds as a word: "手工陶瓷馬克杯 | 台灣小舖"; none when 3+ differently named
candidates are, as on a category page; the entries of a candidate's `variants` list are its own
variants, as in Shopify's product JSON, and are not counted as other products). Availability is
read from that node only (`_availability`: its own availability / stock keys, Korean Y/N and Cafe24
T/F flags and sale-status words among them (Naver's "SALE", "SUSPENSION", "CLOSE"), a stock count last,
else its `variants`),
never from the state's other products (recommendations, recently viewed). Shopify themes' product
JSON (`data-product-json`, `id="ProductJson-..."`) is such a block; its integer prices are
hundredths of the currency unit (`_is_shopify_product`). JavaScript objects are
parsed by chompjs (scrapinghub), JSON by the standard library.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from knockoff.crawler.codes import gtin, mpn
from knockoff.crawler.jsonld import js_object
from knockoff.crawler.platformmeta import amount
from knockoff.crawler.values import normalize_availability

_JSON_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/json[\"']?[^>]*>(.*?)</script\s*>", re.S | re.I
)
_ASSIGN = re.compile(
    r"window\s*(?:\.\s*|\[\s*[\"'])(__[A-Z0-9_]+__|[A-Za-z_$][\w$]*State[\w$]*)(?:[\"']\s*\])?\s*=\s*(?=[{\[])",
)
# (and the Korean shops' abbreviations: Musinsa's "goodsNm", "goodsName", "prdNm"; the lead's probe, stop 37)
_NAME_KEYS = (
    "name", "title", "productName", "product_name", "displayName", "productTitle",
    "goodsNm", "goodsName", "goods_name", "prdNm", "productNm", "itemName", "item_name",
)  # fmt: skip
# the price after the shop's own discount, where "salePrice" is the list price (Naver smart store's
# "salePrice": 29800 beside "discountedSalePrice": 23840; issue 14's listing review 7); read only when above
# zero (an API sending "discountedPrice": 0 where no discount runs)
_DISCOUNTED_KEYS = ("discountedSalePrice", "discounted_sale_price", "discountedPrice", "discounted_price")
_PRICE_KEYS = (
    *_DISCOUNTED_KEYS,
    "salePrice", "sale_price", "currentPrice", "current_price", "finalPrice", "final_price", "offerPrice",
    "price", "priceValue", "price_amount", "sellingPrice", "minPrice", "lowPrice", "unitPrice",
    # a price object holding the sale and normal prices (Musinsa's "goodsPrice": {"normalPrice", "salePrice"})
    "goodsPrice",
)  # fmt: skip
_PRICE_INNER = ("value", "amount", "current", "price", "raw", "centAmount", "formatted", "formattedValue")
# where a price object holds its amounts in a list of ranges (Frávega's Apollo state: "salePrice":
# {"amounts": [{"min": 949999, "max": 949999, "currency": "ARS"}]}; issue 14's listing review 7): the
# first range's lower bound, the price a buyer pays for the cheapest of its sellers or variants
_PRICE_LISTS = ("amounts", "prices", "ranges")
_RANGE_LOW = ("min", "minValue", "min_value", "from", "low")
_IMAGE_KEYS = ("image", "imageUrl", "image_url", "mainImage", "primaryImage", "images", "imageUrls", "media")
_CURRENCY_KEYS = ("currency", "priceCurrency", "currencyCode", "currency_code")
# the maker's codes a state node names (crawler/codes.py): GS1 GTINs under their usual keys (Shopify's variants write
# theirs as "barcode"; Home Depot's and Walmart's states "upc"), and the manufacturer's part or model number
_GTIN_KEYS = ("gtin", "gtin13", "gtin12", "gtin14", "gtin8", "upc", "ean", "barcode", "isbn")
_MPN_KEYS = ("mpn", "manufacturerPartNumber", "manufacturer_part_number", "modelNumber", "model_number")
# availability of a product node: words or schema.org names ("https://schema.org/OutOfStock",
# "OUT_OF_STOCK", "instock"), then flags saying it can be bought, then flags saying it cannot
_AVAIL_TEXT_KEYS = (
    "availability",
    "stockStatus",
    "stock_status",
    "availabilityStatus",
    "availability_status",
    # Salesforce Commerce Cloud's and headless shops' inventory words ("IN_STOCK", "NOT_AVAILABLE")
    "inventoryStatus",
    "inventory_status",
    "stockState",
    "stock_state",
    # Korean and Kazakh marketplaces' sale status words (Naver smart store's "productStatusType": "OUTOFSTOCK",
    # "saleStatus": "SOLD_OUT"; issue 14's sixth availability review)
    "productStatusType",
    "saleStatus",
    "sale_status",
    "salesStatus",
    "sellStatus",
    "sell_status",
)
_SALE_STATUS_KEYS = frozenset(_AVAIL_TEXT_KEYS[_AVAIL_TEXT_KEYS.index("productStatusType") :])
# the sale-status words of those keys that name no stock ("productStatusType": "SALE", Naver smart store's
# on-sale status, where no stock count is sent; "SUSPENSION" sales suspended, "CLOSE" sales ended,
# "PROHIBITION" sales forbidden: its commerce API's values; issue 14's listing review 7)
_SALE_STATUS_WORDS = {
    "sale": "InStock", "on_sale": "InStock", "onsale": "InStock", "selling": "InStock", "for_sale": "InStock",
    "판매중": "InStock", "suspension": "OutOfStock", "prohibition": "OutOfStock", "close": "Discontinued",
    "closed": "Discontinued",
}  # fmt: skip
_AVAIL_YES_KEYS = (
    "available",
    "isAvailable",
    "is_available",
    "inStock",
    "isInStock",
    "in_stock",
    "is_in_stock",
    "availableForSale",
    # stock-aware "can be ordered" flags: Salesforce Commerce Cloud's `orderable`, Magento's `is_salable`
    # ("purchasable" is not one: WooCommerce's says the product has a price)
    "orderable",
    "isOrderable",
    "is_orderable",
    "isSalable",
    "is_salable",
    "isSaleable",
    "is_saleable",
    "availableForPurchase",
    "isBuyable",
)
_AVAIL_NO_KEYS = (
    "soldOut",
    "isSoldOut",
    "sold_out",
    "is_sold_out",
    "outOfStock",
    "isOutOfStock",
    "out_of_stock",
    # Korean shops' Y/N and Cafe24's T/F flags ("soldOutYn": "Y", "is_soldout": "T")
    "soldOutYn",
    "soldoutYn",
    "is_soldout",
    "isSoldout",
    "soldout",
)
# a count of pieces in stock, read only where no key above says anything (Shopee's "stock": 0, Naver's
# "stockQuantity": 0): none left is OutOfStock, some InStock
_AVAIL_COUNT_KEYS = (
    "stockQuantity",
    "stock_quantity",
    "stock",
    "stockCount",
    "stock_count",
    "availableQuantity",
    "available_quantity",
)
_VARIANTS = "variants"
# (with the Korean shops' "Y" / "N" and Cafe24's "T" / "F")
_FLAG_WORDS = {
    "true": True, "1": True, "yes": True, "y": True, "t": True,
    "false": False, "0": False, "no": False, "n": False, "f": False,
}  # fmt: skip
# a name written without spaces in Chinese, Japanese or Korean script: one \w+ word
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
MAX_CHARS = 3_000_000
MAX_NODES = 200_000


def state_blobs(html: str) -> list[Any]:
    """Every state JSON value of the page (application/json scripts, `window.X = {...}`)."""
    out: list[Any] = []
    for m in _JSON_SCRIPT.finditer(html):
        text = m.group(1).strip()
        if text and len(text) <= MAX_CHARS:
            try:
                out.append(json.loads(text))
            except ValueError:
                continue
    for m in _ASSIGN.finditer(html):
        try:
            out.append(js_object(html[m.end() : m.end() + MAX_CHARS]))
        except (ValueError, TypeError):
            continue
    return out


def _walk(value: Any, budget: list[int]) -> Iterable[tuple[dict, bool]]:
    """Every object of `value`, depth first: (object, whether it sits in a `variants` list)."""
    stack: list[tuple[Any, bool]] = [(value, False)]
    while stack and budget[0] > 0:
        v, in_variants = stack.pop()
        budget[0] -= 1
        if isinstance(v, dict):
            yield v, in_variants
            stack.extend(reversed([(x, in_variants or k == _VARIANTS) for k, x in v.items()]))
        elif isinstance(v, list):
            stack.extend(reversed([(x, in_variants) for x in v]))


def _flag(value: Any) -> bool | None:
    """A yes/no value: a bool, 0/1, or "true"/"false"/"yes"/"no"/"1"/"0" (any case); else None."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        return _FLAG_WORDS.get(value.strip().lower())
    return None


def _own_availability(node: dict) -> str | None:
    """schema.org availability a node states with its own keys (`_AVAIL_TEXT_KEYS` read by
    `values.normalize_availability`, then the yes/no flags); None when none says anything."""
    for key in _AVAIL_TEXT_KEYS:
        v = node.get(key)
        if isinstance(v, str) and (name := normalize_availability(v)):
            return name
        if isinstance(v, str) and key in _SALE_STATUS_KEYS and v.strip().lower() in _SALE_STATUS_WORDS:
            return _SALE_STATUS_WORDS[v.strip().lower()]
        if (flag := _flag(v)) is not None:
            return "InStock" if flag else "OutOfStock"
    for keys, yes in ((_AVAIL_YES_KEYS, True), (_AVAIL_NO_KEYS, False)):
        for key in keys:
            if (flag := _flag(node.get(key))) is not None:
                return "InStock" if flag == yes else "OutOfStock"
    for key in _AVAIL_COUNT_KEYS:
        v = node.get(key)
        if isinstance(v, int) and not isinstance(v, bool) and v >= 0:
            return "InStock" if v > 0 else "OutOfStock"
    return None


def _availability(node: dict) -> str | None:
    """schema.org availability of a product node: its own keys, else its `variants` (InStock when
    any variant can be bought, OutOfStock only when every variant says it cannot); None when
    unknown."""
    own = _own_availability(node)
    if own is not None:
        return own
    variants = node.get(_VARIANTS)
    if isinstance(variants, dict):  # GraphQL connections: {"nodes": [...]} / {"edges": [{"node": ...}]}
        variants = variants.get("nodes") or [
            e.get("node") for e in variants.get("edges") or [] if isinstance(e, dict)
        ]
    variants = [v for v in variants if isinstance(v, dict)] if isinstance(variants, list) else []
    states = [_own_availability(v) for v in variants]
    if any(s in ("InStock", "LimitedAvailability") for s in states):
        return "InStock"
    if states and all(s in ("OutOfStock", "SoldOut") for s in states):
        return "OutOfStock"
    return None


def _price(node: dict) -> tuple[Any, Any]:
    """(raw price, currency) of a candidate object, (None, None) without one."""
    for key in _PRICE_KEYS:
        v = node.get(key)
        if key in _DISCOUNTED_KEYS and not isinstance(v, dict) and not _above_zero(v):
            continue
        if isinstance(v, dict):
            cur = next((v.get(k) for k in _CURRENCY_KEYS if v.get(k)), None)
            inner = next(
                (v[k] for k in _PRICE_INNER if isinstance(v.get(k), int | float | str) and v.get(k) != ""),
                None,
            )
            if isinstance(inner, int) and "centAmount" in v:
                inner = inner / 10 ** int(v.get("fractionDigits", 2))
            if inner is None:  # an object of named prices: its sale price ({"normalPrice", "salePrice"})
                inner = _price(v)[0]
            if inner is None:  # a list of amounts or ranges: its first one's
                inner, cur = _listed_amount(v, cur)
            if inner is not None:
                return inner, cur
        elif isinstance(v, int | float | str) and not isinstance(v, bool) and str(v).strip():
            return v, None
    return None, None


def _above_zero(v: Any) -> bool:
    """`v` is a number, or a string holding one, above zero ("23840", 23840.0; not 0, "0", None, "")."""
    if isinstance(v, bool) or not isinstance(v, int | float | str):
        return False
    try:
        return float(str(v).replace(",", "").strip()) > 0
    except ValueError:
        return False


def _listed_amount(v: dict, cur: Any) -> tuple[Any, Any]:
    """(amount, currency) of the first entry of a price object's list of amounts (`_PRICE_LISTS`): its
    value or amount (`_PRICE_INNER`), else its lower bound (`_RANGE_LOW`); (None, `cur`) without one."""
    for key in _PRICE_LISTS:
        items = v.get(key)
        first = items[0] if isinstance(items, list) and items else None
        if not isinstance(first, dict):
            continue
        inner = next(
            (
                first[k]
                for k in _PRICE_INNER + _RANGE_LOW
                if isinstance(first.get(k), int | float | str) and first.get(k) != ""
            ),
            None,
        )
        if inner is not None and not isinstance(inner, bool):
            return inner, cur or next((first.get(k) for k in _CURRENCY_KEYS if first.get(k)), None)
    return None, cur


def _images(node: dict) -> list[str]:
    out: list[str] = []
    for key in _IMAGE_KEYS:
        v = node.get(key)
        for item in v if isinstance(v, list) else [v]:
            if isinstance(item, dict):
                item = next(
                    (item.get(k) for k in ("url", "src", "href", "large", "original") if item.get(k)), None
                )
            if isinstance(item, str) and re.search(
                r"^(?:https?:)?//|^/|\.(?:jpe?g|png|webp|avif)\b", item, re.I
            ):
                out.append(item)
    return out


def _is_shopify_product(node: dict) -> bool:
    """A Shopify theme's product JSON (`{{ product | json }}`: `handle`, `price_min`, `variants`),
    whose prices are integers in hundredths of the currency unit."""
    return "handle" in node and "price_min" in node and isinstance(node.get(_VARIANTS), list)


def state_product(html: str, doc_title: str) -> dict[str, Any] | None:
    """The page's product from its state JSON: {title, price (raw value), currency, image_urls (as
    written), sku, brand_claimed, availability (schema.org ItemAvailability name or None, from
    that node only)}; None when no candidate is named by `doc_title`."""
    doc = set(re.findall(r"\w+", doc_title.casefold()))
    if not doc:
        return None
    best: tuple[float, bool, dict, str] | None = None
    named: set[str] = set()
    budget = [MAX_NODES]
    for blob in state_blobs(html):
        for node, in_variants in _walk(blob, budget):
            name = next(
                (node[k] for k in _NAME_KEYS if isinstance(node.get(k), str) and node[k].strip()), None
            )
            if name is None or _price(node)[0] is None:
                continue
            words = re.findall(r"\w+", name.casefold())
            # a CJK name of one unspaced word ("手工陶瓷馬克杯") counts from 4 characters on
            cjk_one = len(words) == 1 and len(words[0]) >= 4 and _CJK.fullmatch(words[0]) is not None
            if (len(words) < 2 and not cjk_one) or len(name) > 400:
                continue
            share = sum(w in doc for w in words) / len(words)
            info = len(_images(node)) > 0
            if share >= 0.6:
                if not in_variants:  # a product's own variants are not other products
                    named.add(name.casefold())
                if best is None or (share, info) > (best[0], best[1]):
                    best = (share, info, node, name)
    if best is None or len(named) >= 3:  # several products the title names: a list, not a product page
        return None
    node, name = best[2], best[3]
    raw, cur = _price(node)
    cur = cur or next((node.get(k) for k in _CURRENCY_KEYS if isinstance(node.get(k), str)), None)
    if _is_shopify_product(node) and not isinstance(raw, float):
        raw = amount(raw, cur)  # Shopify's `{{ product | json }}`: hundredths of the currency unit
    brand = node.get("brand")
    brand = brand.get("name") if isinstance(brand, dict) else brand
    sku = node.get("sku")
    return {
        "title": name,
        "price": raw,
        "currency": cur,
        "image_urls": _images(node),
        "sku": str(sku) if isinstance(sku, str | int) and not isinstance(sku, bool) else None,
        "brand_claimed": brand if isinstance(brand, str) else None,
        "availability": _availability(node),
        **_codes(node),
    }


def _codes(node: dict) -> dict[str, str | None]:
    """{"gtin", "mpn"} of the page's product node: its own keys (`_GTIN_KEYS`, `_MPN_KEYS`; a GTIN only with a
    valid check digit, `codes.gtin`), else its `variants`' when they all name the same one (a variant each with
    its own barcode says nothing of the product as shown)."""
    out: dict[str, str | None] = {}
    listed = node.get(_VARIANTS)
    variants = [v for v in listed if isinstance(v, dict)] if isinstance(listed, list) else []
    for key, keys, read in (("gtin", _GTIN_KEYS, gtin), ("mpn", _MPN_KEYS, mpn)):
        own = next((code for k in keys if (code := read(node.get(k)))), None)
        named = {code for v in variants for k in keys if (code := read(v.get(k)))}
        out[key] = own or (named.pop() if len(named) == 1 else None)
    return out
