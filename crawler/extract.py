"""Product fields from one HTML page: schema.org Product (JSON-LD, microdata, RDFa), OpenGraph
product tags, and, for pages with none of these, heuristics on the HTML.

`extract_product(html, url)` returns a dict with the listing fields (title, description,
brand_claimed, price, currency, sku, availability, seller, seller_url, image_urls) or None when the
page is not a product page. Structured data is parsed by extruct, prices by price-parser, URLs
by w3lib; only the glue and the fallbacks live here. Pure functions: no Scrapy, no I/O.
"""

from __future__ import annotations

import html as htmllib
import re
from collections import Counter
from collections.abc import Iterable
from functools import partial
from typing import Any
from urllib.parse import urljoin, urlsplit

import extruct
from parsel import Selector
from w3lib.html import get_base_url
from w3lib.url import safe_url_string

from knockoff.crawler.codes import gtin, gtin14, structured_gtin, structured_mpn
from knockoff.crawler.heuristics import Found, Page, fuller_title
from knockoff.crawler.heuristics.amounts import with_tax
from knockoff.crawler.heuristics.brands import no_brand, without_region
from knockoff.crawler.heuristics.controls import (
    TEMPLATE,
    fulfilment_note,
    in_disabled_control,
    legend,
    only_order_terms,
    preorder_control,
    said_now,
    size_choice,
)
from knockoff.crawler.heuristics.dom import MARKS, heading_badge, hidden, text_pieces, tokens
from knockoff.crawler.heuristics.photos import loading_file, share_file
from knockoff.crawler.heuristics.price_text import amount_count, shown_price
from knockoff.crawler.heuristics.titles import seo_title_of, title_without_shop
from knockoff.crawler.jsonld import id_index, jsonld_blocks, resolve_refs
from knockoff.crawler.pagestate import state_product
from knockoff.crawler.platformmeta import platform_product
from knockoff.crawler.sku import found_sku, no_code, shown_gtin, shown_mpn, url_code
from knockoff.crawler.srcset import parse_srcset
from knockoff.crawler.values import (
    AVAILABILITY_TEXT,
    REGIONAL_CURRENCIES,
    clean_text,
    in_cents,
    in_thousandths,
    normalize_availability,
    normalize_currency,
    page_region,
    parse_price,
    regional_currency,
    unmarked_currency,
    written_dollar_code,
)

FIELDS = (
    "title",
    "description",
    "brand_claimed",
    "price",
    "currency",
    "sku",
    "gtin",
    "mpn",
    "availability",
    "seller",
    "seller_url",
    "image_urls",
)
# the maker's codes beside the shop's `sku` (crawler/codes.py): structured data's, else the page's labels
CODES = ("gtin", "mpn")
PRODUCT_TYPES = {
    "product",
    "productgroup",
    "individualproduct",
    "productmodel",
    "somproducts",
    "vehicle",
    "car",
}
OFFER_TYPES = {"offer", "aggregateoffer"}
SCHEMA_PREFIXES = (
    "http://schema.org/",
    "https://schema.org/",
    "schema:",
    "http://schema.org",
    "https://schema.org",
)
MAX_DESCRIPTION = 20_000


def _absolute(urls: Iterable[Any], base: str) -> list[str]:
    """Absolute http(s) URLs, in order, without duplicates; `data:` URIs dropped. A value with
    whitespace inside (a srcset written where a URL belongs) gives each of its candidates."""
    out: list[str] = []
    for u in urls:
        if isinstance(u, dict):
            u = u.get("url") or u.get("contentUrl") or u.get("@id") or u.get("contentURL")
        if isinstance(u, str) and re.search(r"\S\s+\S", u.strip()):
            u = [c.url for c in parse_srcset(u)]
        if isinstance(u, list):
            out += [x for x in _absolute(u, base) if x not in out]
            continue
        if not isinstance(u, str) or not u.strip() or u.strip().startswith("data:"):
            continue
        full = safe_url_string(urljoin(base, htmllib.unescape(u.strip())))
        if full.startswith(("http://", "https://")) and full not in out:
            out.append(full)
    return out


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _types(node: dict) -> set[str]:
    out = set()
    for t in _as_list(node.get("@type")):
        if isinstance(t, str):
            for p in SCHEMA_PREFIXES:
                if t.startswith(p):
                    t = t[len(p) :]
                    break
            out.add(t.strip("/").lower())
    return out


# ---- structured data --------------------------------------------------------------------------


def _rdfa_nodes(rdfa: list[dict]) -> list[dict]:
    """Expanded RDFa (JSON-LD expanded form) -> compact nested dicts with schema.org keys."""
    by_id = {n.get("@id"): n for n in rdfa if isinstance(n, dict)}

    def compact(node: dict, depth: int = 0) -> dict:
        out: dict[str, Any] = {"@type": node.get("@type", [])}
        for key, vals in node.items():
            if key.startswith("@"):
                continue
            short = key
            for p in SCHEMA_PREFIXES:
                if key.startswith(p):
                    short = key[len(p) :].lstrip("/")
                    break
            items = []
            for v in _as_list(vals):
                if isinstance(v, dict) and "@value" in v:
                    items.append(v["@value"])
                elif isinstance(v, dict) and "@id" in v:
                    ref = by_id.get(v["@id"])
                    if ref is not None and depth < 4 and ref.get("@type"):
                        items.append(compact(ref, depth + 1))
                    else:
                        items.append(v["@id"])
            out[short] = items[0] if len(items) == 1 else items
        return out

    return [compact(n) for n in rdfa if isinstance(n, dict) and n.get("@type")]


def _variant_pick(url: str) -> re.Pattern[str] | None:
    """A pattern for URLs that carry the page URL's `variant=` value (Shopify); None when the page
    URL has none."""
    m = re.search(r"[?&]variant=([^&#]+)", url)
    return re.compile(rf"[?&]variant={re.escape(m.group(1))}(?:[&#]|$)") if m else None


def _names_variant(u: Any, url: str) -> bool:
    """True when `u` (a variant's `url`, `@id` or offer URL) names the variant the page URL `url`
    shows: it carries the page URL's `variant=` value (Shopify), or it is the page URL itself with
    its query ("/products/heavyweight-tee?size=L", Google's ProductGroup markup; scheme, host case
    and fragment aside). A page URL without a query names no variant this way."""
    if not isinstance(u, str):
        return False
    pick = _variant_pick(url)
    if pick and pick.search(u):
        return True
    page, other = urlsplit(url), urlsplit(u)
    return bool(page.query) and (other.path, other.query) == (page.path, page.query)


def _variant_urls(v: dict) -> list[Any]:
    """A variant's own URL, `@id` and its offers' URLs."""
    return [
        v.get("url"),
        v.get("@id"),
        *(o.get("url") for o in _as_list(v.get("offers")) if isinstance(o, dict)),
    ]


def _variant(group: dict, url: str) -> dict | None:
    """The variant of a ProductGroup the page shows: the one whose URL / `@id` / offer URL names
    the page URL's variant (`_names_variant`: its `variant=` value, or the page URL itself), else the first one offered in stock, else the first."""
    variants = [v for v in _as_list(group.get("hasVariant")) if isinstance(v, dict)]
    if not variants:
        return None
    for v in variants:
        if any(_names_variant(u, url) for u in _variant_urls(v)):
            return v
    for v in variants:
        offers = [o for o in _as_list(v.get("offers")) if isinstance(o, dict)]
        if any(normalize_availability(o.get("availability")) == "InStock" for o in offers):
            return v
    return variants[0]


def _with_variant(group: dict, url: str) -> dict:
    """A ProductGroup with the fields it leaves to its shown variant (offers, sku, gtin, image)."""
    variant = _variant(group, url)
    if variant is None:
        return group
    merged = dict(group)
    # the URL names the variant (`?variant=`, its own URL): its own picture is the one the page opens on
    merged["_variant_by_url"] = variant.get("image") not in (None, "", []) and any(
        _names_variant(u, url) for u in _variant_urls(variant)
    )
    for k in ("offers", "sku", "mpn", "gtin", "gtin13", "gtin12", "gtin14", "gtin8", "image", "brand"):
        if merged.get(k) in (None, "", []) and variant.get(k) not in (None, "", []):
            merged[k] = variant[k]
    if merged["_variant_by_url"]:
        # the variant the URL names opens the page on its own picture, not the group's (the first
        # variant's; tests/crawler/test_image_review.py, variant-image-from-hasvariant)
        merged["image"] = variant["image"]
    # only the variant's own picture stands (a group's banner kept for a variant without one does not)
    merged["_variant_by_url"] = merged["_variant_by_url"] and merged.get("image") == variant.get("image")
    return merged


def _outside_lists(value: Any) -> Iterable[dict]:
    """Every dict of a JSON-LD / microdata tree, depth first, as `jsonld.walk` yields them, but none
    inside an `itemListElement` (the members of an ItemList: a 'related products' or 'customers also
    bought' carousel marked up on a product page, a category's listing; each member is another
    product, never the page's own)."""
    if isinstance(value, dict):
        yield value
        for k, v in value.items():
            if k != "itemListElement":
                yield from _outside_lists(v)
    elif isinstance(value, list):
        for v in value:
            yield from _outside_lists(v)


def _product_nodes(data: dict[str, list], jsonld: list[dict], url: str = "") -> list[tuple[str, dict]]:
    """(syntax, node) for every schema.org product node outside ItemList members (`_outside_lists`);
    JSON-LD `@id` references resolved; a ProductGroup carries its shown variant's offers and codes
    (`_with_variant`)."""
    nodes: list[tuple[str, dict]] = []
    index = id_index(jsonld)
    for node in _outside_lists(jsonld):
        types = _types(node)
        if types & PRODUCT_TYPES:
            node = resolve_refs(node, index)
            nodes.append(("jsonld", _with_variant(node, url) if "productgroup" in types else node))
    for node in _outside_lists(data.get("microdata") or []):
        if _types(node) & PRODUCT_TYPES:
            nodes.append(("microdata", node))
    for node in _rdfa_nodes(data.get("rdfa") or []):
        if _types(node) & PRODUCT_TYPES:
            nodes.append(("rdfa", node))
    return nodes


def _first(node: dict, *keys: str) -> Any:
    for k in keys:
        v = node.get(k)
        if v not in (None, "", []):
            return v
    return None


def _shown_first(offers: list[dict], url: str) -> list[dict]:
    """Offers with the one the page shows first: the offer whose URL names the page URL's variant
    (`_names_variant`: Shopify lists every variant as an offer with its `variant=`), else, when some
    are sold out, the first offered in stock (the variant a shop selects by default)."""
    shown = [o for o in offers if _names_variant(o.get("url"), url)]
    if shown:
        return shown + [o for o in offers if o not in shown]
    states = [normalize_availability(o.get("availability")) for o in offers]
    if "InStock" in states and states[0] != "InStock":
        i = states.index("InStock")
        return [offers[i], *offers[:i], *offers[i + 1 :]]
    return offers


def _spec_prices(offer: dict, currency: str | None) -> tuple[set[float], float | None]:
    """(every amount of the offer's `price` and `priceSpecification`s, the lowest amount of a
    specification whose `priceType` is schema.org's SalePrice, None without one): the prices an
    offer names beside its `price` (a list price as `price` and the sale price as a
    UnitPriceSpecification of priceType SalePrice)."""
    named: set[float] = set()
    sales: list[float] = []
    for spec in [offer, *_as_list(offer.get("priceSpecification"))][:20]:
        if not isinstance(spec, dict):
            continue
        amount = parse_price(spec.get("price"), currency)[0]
        if not amount:
            continue
        named.add(round(amount, 2))
        if spec is not offer and any(
            isinstance(t, str) and t.rstrip("/").rsplit("/", 1)[-1].lower() == "saleprice"
            for t in _as_list(spec.get("priceType"))
        ):
            sales.append(amount)
    return named, min(sales, default=None)


def _offer_price(offer: dict, amount: float, currency: str | None) -> dict[str, Any]:
    """`_offer_fields`' price part of the offer read (`amount`, its `currency`): price and currency
    (a lower SalePrice specification's amount over a list price given as `price`, `_spec_prices`),
    `_aggregate` (an AggregateOffer), `_range` (its lowPrice and highPrice, None unless both and
    low < high) and `_prices` (every amount the offer names)."""
    aggregate = "aggregateoffer" in _types(offer)
    low = parse_price(offer.get("lowPrice"), currency)[0]
    high = parse_price(offer.get("highPrice"), currency)[0]
    named, sale = _spec_prices(offer, currency)
    return {
        # "price": the list price, a SalePrice specification the one paid
        "price": sale if sale is not None and sale < amount else amount,
        "currency": currency,
        "_aggregate": aggregate,
        "_range": (low, high) if aggregate and low and high and low < high else None,
        "_prices": named,
    }


def _offer_fields(offers: Any, url: str = "") -> dict[str, Any]:
    """Price, currency, availability, sku and seller from Offer / AggregateOffer (the offer the
    page shows first, `_shown_first`; then the first usable); `_offered`: the (amount, currency) of
    every offer (one per currency, a new and a refurbished one: the page shows one of them)."""
    out: dict[str, Any] = {}
    candidates = [o for o in _as_list(offers) if isinstance(o, dict)]
    expanded: list[dict] = []
    for o in candidates:
        expanded.append(o)
        expanded += [x for x in _as_list(o.get("offers")) if isinstance(x, dict)]
    for o in _shown_first(expanded, url):
        cur = normalize_currency(_first(o, "priceCurrency", "currency"))
        raw = _first(o, "price", "lowPrice", "highPrice")
        if raw is None:
            for spec in _as_list(o.get("priceSpecification")):
                if isinstance(spec, dict) and spec.get("price") not in (None, ""):
                    raw = spec["price"]
                    cur = cur or normalize_currency(spec.get("priceCurrency"))
                    break
        amount, cur2 = parse_price(raw, cur)
        if amount:  # every offer's price: the page shows one (`_reconcile_price`)
            out.setdefault("_offered", set()).add((round(amount, 2), cur or cur2))
        if amount and "price" not in out:  # a price of 0: "price on request", no price (Rank Math writes "0")
            out.update(_offer_price(o, amount, cur or cur2))
        if "sku" not in out and o.get("sku") not in (None, ""):
            out["sku"] = clean_text(o["sku"], 200)
        _offer_codes(out, o)
        if "availability" not in out:
            av = normalize_availability(o.get("availability"))
            if av:
                out["availability"] = av
        if "seller" not in out:
            out.update(_offer_seller(o))
    out["_named_sku"] = _named_sku(expanded, url)
    return out


def _offer_codes(out: dict[str, Any], offer: dict) -> None:
    """The maker's codes (`CODES`) of `offer` in `out` where it has none yet (in place): the offer the page
    shows first gives them (`_offer_fields`' order)."""
    for key, code in (("gtin", structured_gtin(offer)), ("mpn", structured_mpn(offer))):
        if code and key not in out:
            out[key] = code


def _named_sku(offers: list[dict], url: str) -> str | None:
    """The sku of the one variation's offer the page URL names (`_names_variant`: WooCommerce's
    "?attribute_pa_farbe=salbei", Shopify's "?variant="), when the URL tells the offers apart (not
    every offer named): the page's sku, not the parent Product's (`_from_product_node`)."""
    named = [o for o in offers if _names_variant(o.get("url"), url)]
    if 0 < len(named) < len(offers) and named[0].get("sku") not in (None, ""):
        return clean_text(named[0]["sku"], 200)
    return None


def _offer_seller(offer: dict) -> dict[str, Any]:
    """{"seller", "seller_url"} of an offer's `seller` / `offeredBy` (a name or an Organization's
    name and url); {} without one."""
    seller = offer.get("seller") or offer.get("offeredBy")
    if not seller:
        return {}
    s = seller[0] if isinstance(seller, list) and seller else seller
    if not isinstance(s, dict):
        return {"seller": clean_text(s, 300)}
    link = _first(s, "url", "@id")
    return {
        "seller": clean_text(_first(s, "name", "legalName", "alternateName"), 300),
        "seller_url": link if isinstance(link, str) and not link.startswith("_:") else None,
    }


# the scheme a code names before itself: "sku:ABC", "SKU ABC", "isbn:978...", "gtin13:40...", "mpn:X1"
_CODE_SCHEME = re.compile(
    r"^(?:sku(?:\s*[:#]\s*|\s+)|(?:isbn|ean|upc|gtin(?:8|12|13|14)?|mpn|asin)\s*:\s*)", re.I
)
_SKU_KEYS = ("sku", "mpn", "productID", "gtin13", "gtin", "gtin12", "gtin14", "gtin8", "isbn")


def _from_product_node(node: dict, base: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "title": clean_text(_first(node, "name", "headline"), 1000),
        # every name a microdata / RDFa node gives (an itemprop=name of a brand, a breadcrumb or a
        # card without its own itemscope joins the product's): `_reconcile_title` picks the shown one
        "_names": [n for n in (clean_text(v, 1000) for v in _as_list(node.get("name"))) if n],
        "description": clean_text(node.get("description"), MAX_DESCRIPTION),
        "brand_claimed": clean_text(_first(node, "brand", "manufacturer"), 300),
        "sku": clean_text(
            _first(node, *_SKU_KEYS),
            200,
        ),
        "gtin": structured_gtin(node),
        "mpn": structured_mpn(node),
        "image_urls": _absolute(_as_list(node.get("image")), base),
        "_url": next(iter(_absolute(_as_list(node.get("url")), base)), None),
        "_variant_image": bool(node.get("_variant_by_url")) and bool(node.get("image")),
    }
    offer = _offer_fields(_first(node, "offers", "Offers"), base)  # Wix writes "Offers"
    offer_sku = offer.pop("sku", None)
    named_sku = offer.pop("_named_sku", None)
    for key in CODES:  # the product's own codes before its offer's
        code = offer.pop(key, None)
        out[key] = out[key] or code
    out.update(offer)
    # which key the sku came from: a maker's number or a GTIN is not the shop's item code (`_reconcile_codes`)
    out["_sku_key"] = next((k for k in _SKU_KEYS if clean_text(node.get(k), 200)), None)
    out["_sku_key"] = "sku" if named_sku else out["_sku_key"] or ("sku" if offer_sku else None)
    # the variation the page URL names: its own sku over the parent's
    out["sku"] = named_sku or out["sku"]
    out["sku"] = out["sku"] or offer_sku
    if out.get("seller_url"):
        out["seller_url"] = (
            _absolute([out["seller_url"]], base)[0] if _absolute([out["seller_url"]], base) else None
        )
    if out.get("sku"):
        # "sku:ABC-123", "isbn:9788437604572": a feed-style `productID` that names its scheme first
        out["sku"] = _CODE_SCHEME.sub("", out["sku"]) or out["sku"]
    return out


def _from_opengraph(og: list[dict], base: str) -> dict[str, Any]:
    """OpenGraph / product meta tags; `_is_product` tells whether they describe a product."""
    props: list[tuple[str, str]] = []
    for block in og:
        if isinstance(block.get("@type"), str):
            props.append(("og:type", block["@type"]))
        for k, v in block.items():
            if k.startswith("@"):
                continue
            props += [(k, x) for x in _as_list(v) if isinstance(x, str)]
    if not props:
        return {}
    get: dict[str, str] = {}
    for k, v in props:
        get.setdefault(k, v)
    is_product = get.get("og:type", "").lower() in {
        "product",
        "og:product",
        "product.item",
        "product.group",
    } or any(k.startswith(("product:price", "og:price")) for k, _ in props)
    cur = normalize_currency(get.get("product:price:currency") or get.get("og:price:currency"))
    amount, cur2 = parse_price(
        get.get("product:price:amount") or get.get("og:price:amount") or get.get("product:sale_price:amount"),
        cur,
    )
    amount = amount or None  # "0": a price on request, not a price
    # the sale price beside the regular one (product:sale_price:amount, Facebook's product tags): the
    # one paid where it is lower; the page's shown price chooses between the two (`_reconcile_price`)
    sale = parse_price(get.get("product:sale_price:amount"), cur)[0]
    named = {round(a, 2) for a in (amount, sale) if a}
    if amount and sale and sale < amount:
        amount = sale
    images = [v for k, v in props if k in ("og:image", "og:image:url", "og:image:secure_url")]
    return {
        "_is_product": is_product,
        "title": clean_text(get.get("og:title"), 1000),
        "description": clean_text(get.get("og:description"), MAX_DESCRIPTION),
        "brand_claimed": clean_text(get.get("product:brand") or get.get("og:brand"), 300),
        "price": amount,
        "currency": (cur or cur2) if amount is not None else None,
        "sku": clean_text(
            get.get("product:retailer_item_id") or get.get("product:sku") or get.get("product:mfr_part_no"),
            200,
        ),
        "availability": normalize_availability(get.get("product:availability") or get.get("og:availability")),
        "image_urls": _absolute(images, base),
        "_prices": named,
    }


# ---- heuristics -------------------------------------------------------------------------------

# id/class/itemprop words (crawler.heuristics.dom.element_names: lower case, camelCase split with '-')
_DESC_NAMES = re.compile(r"description|product-desc|details")
_SELLER_NAMES = re.compile(r"seller|vendor|merchant|sold-by|soldby|shop-name")
_SOLD_BY = re.compile(
    r"(?:sold by|ships from and sold by|verkauf(?:t)? (?:durch|von)|verkäufer:?|vendu (?:et expédié )?par|"
    r"venduto (?:e spedito )?da|vendido (?:y enviado )?por|verkocht door|販売元[:：]?|卖家[:：]?|판매자[:：]?|"
    r"продавец:?)\s+([^.,;|\n]{2,80}?)(?:\s+(?:and|und|et|e|y|en)\s+|[.,;|]|$)",
    re.I,
)
_SELLER_PREFIX = re.compile(r"^(sold by|seller|verkäufer|vendu par|vendor|shop)\s*:?\s*", re.I)


def _heuristic_description(sel: Selector, page: Page) -> str | None:
    """The product description: a block named like one, else the meta description."""
    desc_el = page.named(_DESC_NAMES)
    desc = clean_text(" ".join(desc_el[0].xpath(".//text()")), MAX_DESCRIPTION) if desc_el else None
    return desc or clean_text(sel.xpath("//meta[@name='description']/@content").get(), MAX_DESCRIPTION)


# states a page's text may state beside a live buy control (such products can still be put in a cart)
_BEFORE_BUY = {"PreOrder", "PreSale", "BackOrder"}


def _heuristic_availability(
    page: Page,
    page_text: str,
    buy_availability: str | None,
    near_state: str | None = None,
    stated: str | None = None,
) -> str | None:
    """schema.org availability: what an element named for it says (`stated`: `Found.stock`, from
    `Page.stock_state`) or out-of-stock words just after the title of a page without a price
    (`Page.near_state`), else pre-order/backorder words in the page's text, else the buy control's
    state (PreOrder where a live control reads a pre-order phrase, `controls.preorder_control`:
    "Reserveer", "Precomandă"), else out-of-stock words in the page's text (pages with no buy
    control); words only inside menus, footers or other products' cards do not count
    (`_said_outside_strips`), nor words only about the shop's order terms
    (`controls.only_order_terms`: a "Backorder Policy" tab)."""
    said = stated or near_state
    if said:
        return said
    for pattern, name in AVAILABILITY_TEXT:
        # words a theme keeps hidden for later ("Sold out" badges) must not beat a live buy control;
        # "Pre-order" / "Backorder" do (such products can still be put in a cart)
        if (
            name != "InStock"
            and (name in _BEFORE_BUY or not buy_availability)
            and pattern.search(page_text)
            and _said_outside_strips(page, pattern)
            and not only_order_terms(page, pattern)  # a "Backorder Policy" tab, its folded text
        ):
            return name
    if buy_availability == "InStock" and preorder_control(page):
        return "PreOrder"  # the cart button reads "Reserveer", "Precomandă", "予約する"
    return buy_availability


# names of an element holding a message about the page or the service, not the product ("Sorry,
# the service was unavailable. Please try again later.")
# (dialogs, popups and tooltips are `Layout.in_dialog`'s)
# ("template" as `controls.TEMPLATE` reads it: not Shopify's page-type class "template-product" on `<body>`,
# which made no page text of a Shopify page count; the listing helper's review 8, stop 39)
_MESSAGE_NAMES = re.compile(rf"error|alert|warning|toast|{TEMPLATE}")
_MAX_STATE_TEXT = 120  # characters: a stated availability is short; prose mentioning one is not


def _said_outside_strips(page: Page, pattern: re.Pattern[str]) -> bool:
    """Some short shown text (`_MAX_STATE_TEXT`) matching `pattern` sits outside menus, footers,
    repeated product cards (a "backorder 2-4 weeks" note in a "similar items" card is another
    product's), hidden parts, dialogs at any depth (`Layout.in_dialog`) and messages
    (`_MESSAGE_NAMES`: an error template saying "the service was unavailable"); words only reported
    or asked about (`controls.said_now`: a review's "Was sold out last month", a Q&A's "Is this
    backordered?") and a fulfilment channel's "not available" (`controls.fulfilment_note`:
    "Delivery unavailable to 99501") do not count, nor the words of a control shown disabled
    (`controls.in_disabled_control`: a grey "立即預購" pre-order button), nor a variant picker's
    choice (an `<option>` reading "M (품절)" on a Naver smart store page, Amazon's "46 - Derzeit nicht
    verfügbar."; issue 14's fifth availability review), nor an item of a legend of the states
    (`_legend_around`, within 2 levels above its element)."""
    for node, text in page.text_nodes():
        if not said_now(pattern, text) or len(text.strip()) > _MAX_STATE_TEXT:
            continue  # none, or only reported or asked about ("It was backordered in May", "Sold out?")
        if fulfilment_note(text) and normalize_availability(text) in ("OutOfStock", "SoldOut"):
            continue  # "Delivery unavailable to 99501": a way of getting the item, not its stock
        parent = node.getparent()
        if parent is None:
            return True
        if parent.tag in ("option", "optgroup", "select") or size_choice(parent):
            # "블랙 / M (품절)", "40 - Derzeit nicht verfügbar.", a colour swatch's "Pre-order": one variant's
            # state, not the item's
            continue
        if in_disabled_control(parent):
            continue  # a grey "Pre-order" button: what it would do, not what a shopper can do
        ancestors = (parent, *parent.iterancestors())
        if any(page.context(parent)) or hidden(parent) or page.in_dialog(parent, len(ancestors)):
            continue
        if any(_legend_around(a) for a in ancestors[1:3]):
            continue  # "● In stock ● Backordered ● Out of stock": a legend of the states (`controls.legend`)
        if not any(_MESSAGE_NAMES.search(page.names.get(a, "")) for a in ancestors):
            return True
    return False


def _legend_around(el: Any) -> bool:
    """`el` is a legend of the states: 3+ of its child elements each name a state and its text names 3+
    (`controls.legend`: "<span>● In stock</span> <span>● Backordered</span> <span>● Out of stock</span>").
    One line naming several ("Nicht vorrätig – nachbestellt, lieferbar ab 18.01.2027") is the item's state,
    and a product block holding one state line is no legend. Source: the listing helper's review 8."""
    items = [" ".join(c.itertext()) for c in el if isinstance(c.tag, str)]
    named = sum(1 for t in items if len(t) <= _MAX_STATE_TEXT and normalize_availability(t) is not None)
    return named >= 3 and legend(" ".join(el.itertext())[:300])


def _heuristic_seller(page: Page, base: str) -> tuple[str | None, str | None]:
    """(seller, seller_url) from a seller/merchant block outside menus and product cards."""
    for el in page.named(_SELLER_NAMES)[:30]:
        if any(page.context(el)):
            continue  # "become a seller" in the menu, sellers of other products' cards
        if el.xpath("ancestor-or-self::*[self::button or self::input or self::select or @role='button']"):
            continue  # a control named for the seller ("ask-seller", "contact seller") is not its name
        a = el.xpath("descendant-or-self::a[@href]")
        text = clean_text(" ".join(el.xpath(".//text()")), 300)
        name = clean_text(" ".join(a[0].xpath(".//text()")), 300) if a else None
        m = _SOLD_BY.search(text or "")
        if name and m and name not in m.group(1):
            name = None  # the link is something else ("details", "returns policy")
        if not name:
            name = clean_text(m.group(1), 300) if m else re.sub(_SELLER_PREFIX, "", text or "")
        if name and len(name) <= 80:
            urls = _absolute([a[0].get("href")], base) if a else []
            return name, (urls[0] if urls else None)
    return None, None


def _currency(found: Found, sel: Selector, base: str) -> str | None:
    """The currency of the heuristic price, a bare "$" / "¥" / "元" read in the page's region
    (`values.regional_currency`); a price read with no mark in the money of the page's country
    (`values.unmarked_currency`: the dash form "2 790:-" in Sweden, any in the euro area)."""
    if found.price_el is None or (found.currency is not None and found.currency not in REGIONAL_CURRENCIES):
        return found.currency
    lang = sel.xpath("string(/html/@lang)").get()
    if found.currency is None:  # "2 790:-", "54 <sup>99</sup>": a price with no mark, in the country's money
        return unmarked_currency(
            " ".join(found.price_el.itertext()), page_region(lang, urlsplit(base).hostname)
        )
    # traditional Chinese is written in Taiwan, Hong Kong and Macau: the page's text says which money
    shown = (
        " ".join(sel.xpath("//body//text()[not(ancestor::script or ancestor::style)]").getall())
        if lang.lower().startswith("zh")
        else ""
    )
    region = page_region(lang, urlsplit(base).hostname, shown)
    price_text = " ".join(found.price_el.itertext())
    currency = regional_currency(found.currency, price_text, region)
    if currency is None and found.currency == "USD":  # a "$" of no known region: the code the page writes
        currency = written_dollar_code(price_text, sel.get())
    return currency


def _site_name(sel: Selector) -> str | None:
    """The shop's name its OpenGraph `og:site_name` gives, if any."""
    return clean_text(sel.xpath("//meta[@property='og:site_name']/@content").get(), 200)


def _sold_control(page: Page) -> bool:
    """True when a submit button of the product (outside menus and repeated cards, `Page.context`)
    says in words that the item is sold out ("Sold out", "Uitverkocht"): not a control waiting for
    a variant choice (a size swatch, `type=button`, saying one size is sold out does not count, nor
    a related product's quick-add button)."""
    controls = page.root.xpath("//button[not(@type) or @type='submit'] | //input[@type='submit']")
    for el in controls[:60]:
        text = clean_text(" ".join(el.xpath(".//text() | @value")), 60)
        if text and normalize_availability(text) in ("OutOfStock", "SoldOut") and not any(page.context(el)):
            return True
    return False


def _heuristic(page: Page, found: Found) -> dict[str, Any]:
    """Fields found by heuristics on `page` (crawler.heuristics for title, price, main image and
    recognition), given what `page.find()` found (`found`; the caller checks
    `found.is_product()`: a title, a current price near it outside repeated cards, and a buy
    control or a main image).
    """
    sel, base = page.sel, page.base
    page_text = " ".join(sel.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]").getall())
    seller, seller_url = _heuristic_seller(page, base)
    sku, sku_how = found_sku(page, page_text, found.title_el)
    return {
        "_old_prices": found.old_prices,
        "_price_with_tax": found.price_el is not None and with_tax(found.price_el),
        # how many currency amounts the price element shows ("$25.00 – $100.00": 2)
        "_price_amounts": amount_count(" ".join(found.price_el.itertext()))
        if found.price_el is not None
        else 0,
        "_doc_title": page.doc_title,
        # the title was read from an element of the page, not from the document `<title>` alone
        "_title_shown": found.title_el is not None,
        # `sku` when the page shows it (`sku.found_sku`'s "shown"), not only in the variants' JSON or
        # as the last-resort GTIN: the code the structured sku rules of `_reconcile` defer to
        "_shown_sku": sku if sku_how == "shown" else None,
        "_site_name": _site_name(sel),
        "_host": urlsplit(base).hostname,
        # called only by `_reconcile`, for an AggregateOffer's InStock beside a sold-out control
        "_sold_control": partial(_sold_control, page),
        "_image_score": found.image_score,
        "_buy_availability": found.buy_availability,
        "_buy_said_sold": found.buy_said_sold,
        "_stated_availability": found.stock,
        "title": found.title,
        "description": _heuristic_description(sel, page),
        "brand_claimed": clean_text(page.find_brand(found.title_el), 300),
        "price": None if found.price_in_card else found.price,  # a card's price is another product's
        "currency": None if found.price_in_card else _currency(found, sel, base),
        "sku": sku,
        "availability": _heuristic_availability(
            page, page_text, found.buy_availability, found.near_state, found.stock
        ),
        "seller": seller or None,
        "seller_url": seller_url,
        "image_urls": found.images,
    }


# ---- entry point ------------------------------------------------------------------------------

EMPTY = (None, "", [])


def _tag(fields: dict[str, Any], how: str) -> dict[str, Any]:
    """`fields` with `_sources` saying, for each non-empty field, how it was found."""
    fields["_sources"] = {k: how for k in FIELDS if fields.get(k) not in EMPTY}
    return fields


def _fill(dst: dict[str, Any], src: dict[str, Any], keys: Iterable[str] = FIELDS) -> dict[str, Any]:
    """Copy the fields `dst` lacks from `src`, with their sources (currency travels with price,
    seller_url with seller)."""
    sources = dst.setdefault("_sources", {})
    for k in keys:
        if dst.get(k) in EMPTY and src.get(k) not in EMPTY:
            dst[k] = src[k]
            sources[k] = src.get("_sources", {}).get(k, "heuristic")
            if k == "price" and src.get("currency"):
                dst["currency"] = src["currency"]
                sources["currency"] = src.get("_sources", {}).get("currency", sources[k])
    return dst


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>|<h1[^>]*>(.*?)</h1>", re.S | re.I)
MAIN_IMAGE_SCORE = 5.0  # crawler.heuristics image score from which the shown picture leads image_urls (train split: 5 gives 22/24, 6 gave 21/24)
_RDFA_HINT = re.compile(r"\s(?:typeof|vocab)\s*=", re.I)


def _structured_data(html: str, base: str) -> dict[str, Any]:
    """extruct's microdata, OpenGraph (and RDFa when the page uses it); {} when extruct fails."""
    try:
        syntaxes = ["microdata", "opengraph"]
        if _RDFA_HINT.search(html):  # RDFa parsing is 50x slower than the rest: only when present
            syntaxes.append("rdfa")
        return extruct.extract(
            html, base_url=base, syntaxes=syntaxes, uniform=True, with_og_array=True, errors="ignore"
        )
    except Exception:  # extruct raises on a few malformed documents; fall back to heuristics
        return {}


def _title_runs(html: str) -> tuple[set[str], list[str]]:
    """(the words of the page's `<title>` and h1 elements, each of them as its run of words between
    spaces: " men s nike air max 2017 running shoes "), to find a name written there whole."""
    titles = [" ".join(m) for m in _TITLE_TAG.findall(html[:300_000])]
    page_words = set(re.findall(r"\w+", " ".join(titles).casefold()))
    runs = [" " + " ".join(re.findall(r"\w+", re.sub(r"<[^>]*>", " ", t).casefold())) + " " for t in titles]
    return page_words, runs


def _written_whole(name: str | None, runs: list[str]) -> bool:
    """`name`'s words written whole, in order, in one of the `<title>` / h1 runs (`_title_runs`)."""
    words = re.findall(r"\w+", (name or "").casefold())
    return bool(words) and any(" " + " ".join(words) + " " in run for run in runs)


def _cards_only(parsed: list[dict[str, Any]], html: str, url: str, canonical: str | None) -> bool:
    """True when the structured product nodes are all other products' cards: two or more of distinct
    names, each with a `url` naming another page (its path not the page URL's nor its canonical's)
    and none named whole in the page's `<title>` or h1 (`_written_whole`). A recommendations
    carousel (Certona, Monetate, Rich Relevance) writes full schema.org Products for its tiles on
    a page whose own product lost its itemscope (Finish Line 2017: the buy box's itemprops bare):
    the page's product is then read from the page, not from a tile ("Men's Nike Air Max 270" at
    $150.00 for the h1 "Men's Nike Air Max 2017 Running Shoes" at $139.99). Source:
    tests/crawler/test_structured_review9.py."""
    if len({p.get("title") for p in parsed}) < 2:
        return False
    own = {urlsplit(u).path.rstrip("/") for u in (url, canonical) if u}
    _, runs = _title_runs(html)
    return all(
        p.get("_url")
        and urlsplit(p["_url"]).path.rstrip("/") not in own
        and not _written_whole(p.get("title"), runs)
        for p in parsed
    )


def _main_product(parsed: list[dict[str, Any]], html: str) -> dict[str, Any]:
    """The page's own product among structured product nodes: the one named in the page title (its
    name written there whole first: a similar product of a sidebar or "complete the look" block shares
    words with it) with the most information; nodes of the same name fill its gaps (a @graph split),
    related do not."""
    page_words, runs = _title_runs(html)

    def rank(i: int) -> tuple[float, int, int]:
        words = re.findall(r"\w+", (parsed[i].get("title") or "").casefold())
        named = sum(w in page_words for w in words) / len(words) if words else 0.0
        # the name written whole in the page's title or h1 ("Walnut Serving Board"), before a similar
        # product's sharing its words ("Walnut Cheese Board" of a sidebar, richer in fields)
        whole = _written_whole(parsed[i].get("title"), runs)
        return (-round(min(named, 0.5), 1), -whole, -sum(parsed[i].get(k) not in EMPTY for k in FIELDS))

    order = sorted(range(len(parsed)), key=rank)
    result = parsed[order[0]]
    for i in order[1:]:
        other = parsed[i]
        if not other.get("title") or other.get("title") == result.get("title"):
            _fill(result, other)
            _offers_too(result, other)
    return result


def _offers_too(result: dict[str, Any], other: dict[str, Any]) -> None:
    """`other`'s price (with its currency) and offers among `result`'s offered amounts (`_offered`,
    in place): the same product described twice (a JSON-LD snippet and the page's microdata or
    OpenGraph tags) may disagree, a stale copy beside the page's own; the page shows which is
    right (`_reconcile_price`)."""
    offered = set(other.get("_offered") or ())
    if other.get("price"):
        offered.add((round(other["price"], 2), other.get("currency")))
    if offered:
        result["_offered"] = set(result.get("_offered") or ()) | offered


def _named_share(text: str | None, doc_title: str | None) -> float:
    """Share of the words of `text` that the document title repeats (1.0 when there is no title
    to compare with)."""
    words = re.findall(r"\w+", (text or "").casefold())
    doc = set(re.findall(r"\w+", (doc_title or "").casefold()))
    if not doc:
        return 1.0
    return sum(w in doc for w in words) / len(words) if words else 0.0


_SUFFIX_SEP = re.compile(r"^\s*(?:[|–—:·•»]|\s-)\s*(.+?)\s*$")


def _site_suffixed(
    name: str | None, shown: str | None, doc_title: str | None, site_name: str | None, host: str | None = None
) -> bool:
    """True when the structured `name` is the `shown` name (the page's title element) followed by a
    separator and the shop's name: `site_name` (og:site_name) or the last part of the document
    `<title>` after the same separator ("Stoneware Mug — Oak & Clay Studio", Squarespace; Rank
    Math writes the SEO title "Werkbank Profi 2000 | Werkstattbedarf Sauer" as the Product name)."""
    if not name or not shown or len(shown) >= len(name):
        return False
    fold = " ".join(name.split()).casefold()
    head = " ".join(shown.split()).casefold()
    if not fold.startswith(head):
        return False
    m = _SUFFIX_SEP.match(" " + fold[len(head) :])
    if not m:
        return False
    tail = m.group(1)
    shops = {" ".join((site_name or "").split()).casefold()}
    doc = " ".join((doc_title or "").split()).casefold()
    if doc.endswith(tail) and doc[: -len(tail)].rstrip().startswith(head) and _names_host(tail, host):
        # the <title>'s last part, which the host must name too ("Spider-Man - Miles Morales Figure")
        shops.add(tail)
    return tail in shops - {""}


# a variant's words after the parent product's name: "Running Jacket - Red", "Classic Tee, Navy / M",
# "Linen Shirt (White)"
_VARIANT_SEP = re.compile(r"^(?:\s+[-–—/]\s+|,\s+|\s+\()(.+?)\)?$")


def _variant_shown(
    name: str | None, shown: str | None, doc_title: str | None, site_name: str | None, host: str | None = None
) -> bool:
    """True when the structured `name` is a parent product's name and the page shows and titles a
    variant of it: the `shown` name (the page's title element) is `name` followed by a separator and
    1-4 words of variant (`_VARIANT_SEP`: "Running Jacket - Red" for "Running Jacket"), not the
    shop's name (`og:site_name`, the host's name), and the document `<title>` holds the whole shown
    name (Magento's configurable products name the parent in JSON-LD)."""
    if not name or not shown or len(shown) <= len(name):
        return False
    fold, head = " ".join(shown.split()).casefold(), " ".join(name.split()).casefold()
    m = _VARIANT_SEP.match(fold[len(head) :]) if fold.startswith(head) else None
    if m is None or not 1 <= len(re.findall(r"\w+", m.group(1))) <= 4:
        return False
    tail = m.group(1)
    if tail == " ".join((site_name or "").split()).casefold() or _names_host(tail, host):
        return False
    return fold in " ".join((doc_title or "").split()).casefold()


# a Shopify variant's title: 2-3 option values joined by " / " ("Forest / M", "Chestnut / Medium / Brass"),
# each of 1-3 words
_OPTION_VALUES = re.compile(r"^[^/|]{1,30}(?:\s/\s[^/|]{1,30}){1,2}$")


def _variant_named(
    name: str | None, shown: str | None, site_name: str | None, host: str | None = None
) -> bool:
    """True when the structured `name` is the `shown` name (the page's title element) followed by a
    variant's option values (`_VARIANT_SEP`, then `_OPTION_VALUES`: "Heavyweight Hoodie - Forest / M"
    for the h1 "Heavyweight Hoodie"; apps and themes write the chosen variant into og:title or the
    Product's name), not the shop's name: the product's name as the page shows it. The reverse of
    `_variant_shown`. Source: issue 14, second review."""
    if not name or not shown or len(name) <= len(shown):
        return False
    fold, head = " ".join(name.split()).casefold(), " ".join(shown.split()).casefold()
    m = _VARIANT_SEP.match(fold[len(head) :]) if fold.startswith(head) else None
    if m is None or not _OPTION_VALUES.match(m.group(1)):
        return False
    if any(len(re.findall(r"\w+", v)) > 3 for v in m.group(1).split(" / ")):
        return False
    tail = m.group(1)
    return tail != " ".join((site_name or "").split()).casefold() and not _names_host(tail, host)


# the words an SEO title wraps a product's name in: "Buy ... Online", "Shop ... - Free Shipping Over $50",
# "... at the Best Price", "... for Sale"
_SEO_HEAD = re.compile(r"^(?:buy|shop|order)(?:\s+now)?$")
_SEO_TAIL = re.compile(
    r"^(?:[-–—|:,]\s*)?(?:(?:(?:buy\s+)?online|now|on\s+sale|for\s+sale|at\s+(?:the\s+)?(?:best|lowest)\s+price)"
    r"(?:$|\s*[-–—|:,(])|(?:with\s+)?free\s+(?:shipping|delivery)\b)"
)


def _seo_phrase(name: str | None, shown: str | None) -> bool:
    """True when the structured `name` is the `shown` name (the page's title element) whole, wrapped
    in SEO words: "Buy Ceramic Pour-Over Set Online - Free Shipping Over $50" for the h1 "Ceramic
    Pour-Over Set" (a plugin writes the SEO title as the Product name): before it nothing or a verb
    of buying ("Buy", "Shop", "Order now"), after it nothing or an SEO phrase ("Online", "- Free
    Shipping ...", "at the Best Price", "for Sale"), and at least one of them there. A longer,
    descriptive name ("Walnut Serving Board with Juice Groove") is no SEO phrase. Rule of
    tests/crawler/test_platform_review.py (ld-name-seo-phrase), a careful reader's h1."""
    if not name or not shown or len(shown) >= len(name):
        return False
    fold, head = " ".join(name.split()).casefold(), " ".join(shown.split()).casefold()
    at = fold.find(head)
    if at < 0 or len(re.findall(r"\w+", head)) < 2:
        return False
    before, after = fold[:at].strip(), fold[at + len(head) :].strip()
    if (before and not _SEO_HEAD.match(before)) or (after and not _SEO_TAIL.match(after)):
        return False
    return bool(before or after)


def _colon_tagline(name: str | None, shown: str | None) -> bool:
    """True when the structured `name` is the `shown` name's stem (3+ words; the shown name may add a bracketed
    size or variant: "(18 Oz.)") followed by a colon and a tagline none of whose words the shown name writes:
    "Shisler's Private Label Dandelion Jelly: A Unique Local Flavor" (og:title) for the h1 "Shisler's Private
    Label Dandelion Jelly (18 Oz.)" (registry pages, stop 64's batch: formasaurus' cheesehouse.com page). A
    subtitle the shown name writes too ("Star Wars: The Force Awakens") is none."""
    if not name or not shown or ":" not in name:
        return False
    stem, _, tail = " ".join(name.split()).partition(":")
    bare = re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", " ".join(shown.split()))
    want, have, more = tokens(stem), tokens(bare), set(tokens(tail))
    return len(want) >= 3 and want == have and bool(more) and not more & set(tokens(shown))


def _names_host(tail: str, host: str | None) -> bool:
    """True when `tail`'s letters and digits are the name of `host` ("Toy Shop", "toyshop.example";
    "www." and the top-level domain dropped), or one holds the other (5+ characters); an "&" may be
    written "and" in the host ("Bed Bath & Beyond", bedbathandbeyond.com; the title helper's review 8)."""
    if "&" in tail and _names_host(tail.replace("&", " and "), host):
        return True
    key = re.sub(r"\W|_", "", tail.casefold())
    labels = [x for x in (host or "").casefold().split(".") if x and x != "www"]
    if len(labels) >= 3 and labels[-2] in ("co", "com", "net", "org"):
        labels = labels[:-1]  # "shop.co.uk"
    name = re.sub(r"\W|_", "", labels[-2] if len(labels) >= 2 else "".join(labels))
    if not key or not name:
        return False
    return key == name or (min(len(key), len(name)) >= 5 and (key in name or name in key))


def _reconcile(result: dict[str, Any], heur: dict[str, Any]) -> None:
    """Structured fields checked against what the page shows (in place): gaps filled; a price the
    page marks as old (labelled or struck through), a stale InStock beside a sold-out buy control,
    and a main image other than the one the page shows (when that one is clear, or when the
    structured one is the site's logo or share picture: `_site_picture`, or a colour swatch the page
    shows: `_swatch_picture`) give way to the page; so does a structured name
    the document `<title>` does not repeat (under half its words) when the page's own title element
    is repeated there (80%+ of its words), a structured name that is the shown one plus the shop's
    name (`_site_suffixed`), a parent's name where the page shows and titles a variant
    (`_variant_shown`), a structured price that is the shown one in cents (`_in_cents`) or without
    the sales tax the page says it includes (`_net_of`), and a structured sku that is the shown item
    number plus a variant suffix. An AggregateOffer's InStock stands beside a control waiting for a variant; the
    picture of the variant the URL names stands."""
    _fill(
        result,
        heur,
        ("title", "price", "image_urls", "availability", "brand_claimed", "sku", "seller", "seller_url"),
    )
    _reconcile_title(result, heur)
    shown_sku, sku = heur.get("_shown_sku"), result.get("sku")
    if shown_sku and sku and len(sku) > len(shown_sku) and re.match(re.escape(shown_sku) + r"[-_/.]\w", sku):
        # the structured sku is the shown item number plus the chosen variant's suffix ("Item No.
        # RL20451", JSON-LD "RL20451-210-080", Salesforce Commerce Cloud): the number the page shows
        _from_page(result, "sku", shown_sku)
    _reconcile_price(result, heur)
    _reconcile_codes(result, heur)
    if (
        result.get("availability") in ("OutOfStock", "SoldOut")
        and heur.get("_stated_availability") == heur.get("_buy_availability") == "InStock"
    ):
        # the reverse of a stale InStock: a cached OutOfStock while the page's availability element says
        # in stock ("In stock – ships tomorrow") and its buy control is live; what a buyer reads
        # (tests/crawler/test_structured_review.py, ld-stale-out-of-stock)
        _from_page(result, "availability", "InStock")
    stated = heur.get("_stated_availability")
    if (
        result.get("availability") == "InStock"
        and stated in ("OutOfStock", "SoldOut", "Discontinued")
        and heur.get("_buy_availability") != "InStock"
    ):
        # a stale InStock while the page's availability element says otherwise and no buy control is
        # live (Magento's "stock unavailable" box with its cart button gone)
        _from_page(result, "availability", stated)
    sold = heur.get("_buy_availability")
    # an AggregateOffer sums up several variants: its buy control waits for a choice (WooCommerce
    # disables it, "wc-variation-selection-needed"), which says nothing about stock. A single offer's
    # InStock stands likewise beside a buy control that is only disabled, saying no "Sold out" or
    # "Notify me" (`Found.buy_said_sold`): a control disabled until a size is chosen, or until the
    # page's script runs, as the page was saved; a sold-out item's control says so
    if (
        sold in ("OutOfStock", "SoldOut")
        and result.get("availability") in (None, "InStock")
        and not (
            result.get("availability") == "InStock"
            and (
                not heur.get("_buy_said_sold")
                if not result.get("_aggregate")
                else not heur["_sold_control"]()  # read only here: `_sold_control` is lazy
            )
        )
    ):
        _from_page(result, "availability", sold)
    shown = heur.get("image_urls") or []
    if (
        shown
        and not result.get("_variant_image")  # the variant the URL names shows its own picture
        and (
            heur.get("_image_score", 0.0) >= MAIN_IMAGE_SCORE
            or _site_picture(result.get("image_urls", [None])[0])
            or result.get("_swatch_image", bool)()
        )
        and result.get("image_urls", [None])[0] != shown[0]
    ):
        _from_page(
            result, "image_urls", [shown[0], *[u for u in result.get("image_urls") or [] if u != shown[0]]]
        )


def _reconcile_codes(result: dict[str, Any], heur: dict[str, Any]) -> None:
    """`_reconcile`'s sku and brand part (in place), rules of tests/crawler/test_structured_review.py:

    - a structured code that is no `sku` (a node with only `mpn`, a GTIN, `productID` or `isbn`;
      BigCommerce writes `mpn` and `gtin12` without `sku`) where the page shows an item code of its
      own ("SKU: PMS-GRM-010-02550-00"): the shop's item code the page shows. A code read only from
      the variants' JSON or a GTIN (`sku.found_sku`'s "variant" and "gtin") is no shown code: the
      structured one stays;
    - a structured brand that is the shop itself (Yoast's WooCommerce `brand` pointing at the site's
      Organization: its name is `og:site_name`, the host's name or the document `<title>`'s last
      part) where the page names another brand (its attribute table's "Marke: Bialetti"): the
      page's. A shop selling its own goods keeps its name (nothing else named on the page).
    """
    shown_sku, sku = heur.get("_shown_sku"), result.get("sku")
    if result.get("_sku_key") not in (None, "sku") and shown_sku and sku and shown_sku != sku:
        _from_page(result, "sku", shown_sku)
    shown, brand = heur.get("brand_claimed"), result.get("brand_claimed")
    if (
        shown
        and brand
        and shown.casefold() != brand.casefold()
        and _names_shop(brand, heur)
        and not _names_shop(shown, heur)
    ):
        _from_page(result, "brand_claimed", shown)


def _names_shop(name: str, heur: dict[str, Any]) -> bool:
    """True when `name` is the shop's: its `og:site_name`, the host's name (`_names_host`) or the
    document `<title>`'s last part after a separator ("Bialetti Moka Express – Kaffeewerk")."""
    fold = " ".join(name.split()).casefold()
    if (
        _names_host(name, heur.get("_host"))
        or fold == " ".join((heur.get("_site_name") or "").split()).casefold()
    ):
        return True
    doc = " ".join((heur.get("_doc_title") or "").split()).casefold()
    return bool(re.search(r"(?:[|–—:·•»]|\s-)\s*" + re.escape(fold) + r"$", doc))


def _reconcile_title(result: dict[str, Any], heur: dict[str, Any]) -> None:
    """`_reconcile`'s title part (in place): the name the page shows where the structured name is
    another product's, an SEO title (`_site_suffixed`, `_seo_phrase`, `titles.seo_title_of`) or the
    parent of the variant shown (`_variant_shown`); of several structured names, the one the page
    shows (`_shown_name`)."""
    picked = _shown_name(result.get("_names") or [], heur.get("title"))
    if picked and picked != result.get("title"):
        result["title"] = picked
    if (
        _named_share(result.get("title"), heur.get("_doc_title"))
        < 0.5
        <= 0.8
        <= _named_share(heur.get("title"), heur.get("_doc_title"))
        and len(re.findall(r"\w+", heur.get("title") or "")) >= 2
        # a title read from the document `<title>` alone is not shown: "Great Music Products Product Details"
        # over a page whose microdata names its product (registry pages, stop 64's batch: formasaurus' page)
        and heur.get("_title_shown", True)
    ):
        # the structured name is not the product the page is titled for
        _from_page(result, "title", heur["title"])
    else:
        names = (
            result.get("title"),
            heur.get("title"),
            heur.get("_doc_title"),
            heur.get("_site_name"),
            heur.get("_host"),
        )
        # "NAME | Shop" (an SEO title as the name), or the parent product's name where the page shows the
        # variant's: the name the page shows
        if (
            _site_suffixed(*names)
            or _variant_shown(*names)
            or _variant_named(names[0], names[1], names[3], names[4])
            or _seo_phrase(*names[:2])
            or _colon_tagline(*names[:2])
            or seo_title_of(names[0], names[1], heur.get("_host") or "", heur.get("_site_name") or "")
            or _name_block(result, heur.get("title"))
        ):
            _from_page(result, "title", heur["title"])


def _shown_name(names: list[str], shown: str | None) -> str | None:
    """Of a node's several names (`names`, in document order), the one the page's title element
    (`shown`) shows: the one with its words (equal, or one's words written whole in the other's),
    the most of them shared; None when fewer than two names or none is the shown one. Microdata
    gives every `itemprop="name"` inside a Product's scope to the Product, and the first is often
    not the product's: a designer's name in `<div itemprop="brand">` without its own itemscope
    ("Saint Laurent" above the h1 "Small Sac de Jour Leather Tote", Saks 2017), a breadcrumb's
    or a card's name. Source: tests/crawler/test_structured_review9.py."""
    if len(names) < 2 or not shown:
        return None
    want = re.findall(r"\w+", shown.casefold())
    if len(want) < 2:
        return None
    run = f" {' '.join(want)} "

    def fits(name: str) -> int:
        words = re.findall(r"\w+", name.casefold())
        if len(words) < 2:
            return 0
        if words == want or f" {' '.join(words)} " in run or run in f" {' '.join(words)} ":
            return len(set(words) & set(want))
        return 0

    best = max(names, key=fits)
    return best if fits(best) else None


def _name_block(result: dict[str, Any], shown: str | None) -> bool:
    """The structured name is the text of a block around the shown name (`shown`, 2+ words, written
    whole in it) that holds a second copy of its words (microdata or RDFa read from an element's
    text: `itemprop="name"` on a wrapper holding the h1 and a hidden mobile copy, "Dream Man Arm
    Dream Man Arm Pillow", or a breadcrumb ending with the name). Source: the 2026-12-02 mutation
    probe (benchmarks/eval_page_mutations.py)."""
    if result.get("_sources", {}).get("title") not in ("microdata", "rdfa") or not shown:
        return False
    words = re.findall(r"\w+", shown.casefold())
    named = re.findall(r"\w+", (result.get("title") or "").casefold())
    if len(words) < 2 or f" {' '.join(words)} " not in f" {' '.join(named)} ":
        return False
    extra = Counter(named) - Counter(words)
    return sum(n for w, n in extra.items() if w in words) >= 2


def _reconcile_price(result: dict[str, Any], heur: dict[str, Any]) -> None:
    """`_reconcile`'s price part (in place): the price the page shows where the structured one is
    marked old there, another of the prices the structured data names (`_prices`: a regular and a
    sale price), written in cents (`_in_cents`), an AggregateOffer's lowPrice beside one shown price
    inside its range, without the sales tax the page includes (`_net_of`), its thousands dot read as
    a decimal point (`values.in_thousandths`), or another offer's or a second description's price
    where the page shows that one (`_offered`, `_offers_too`); the page's currency for an offer that
    names none and shows the same price. Rules of tests/crawler/test_us_shop_review.py and
    test_platform_review.py."""
    old = heur.get("_old_prices") or set()
    shown, span = heur.get("price"), result.get("_range")

    def same_currency() -> bool:  # read again after each step: a step may take the page's currency
        return result.get("currency") in (None, heur.get("currency"))

    if result.get("price") in old and shown not in (None, *old):
        _take_shown_price(result, heur, with_currency=True)
    if _in_cents(result.get("price"), heur) and same_currency():
        # the structured price written in cents ("price": "1600") while the page shows "$16.00"
        _take_shown_price(result, heur)
    if (
        shown
        and round(shown, 2) in (result.get("_prices") or set())
        and result.get("price") != shown
        and same_currency()
    ):
        # the structured data names a regular and a sale price (OpenGraph's product:sale_price, a
        # SalePrice specification): the one the page shows (a sale over, or the sale shown)
        _take_shown_price(result, heur)
    if (
        span
        and shown
        and result.get("price") == span[0] < shown <= span[1]
        and heur.get("_price_amounts") == 1
        and same_currency()
    ):
        # an AggregateOffer's lowPrice while the page shows one price in its range, its default
        # variant's ("$50.00" of a $25-$100 gift card): the price a buyer pays for what the page shows
        _take_shown_price(result, heur)
    if _net_of(result.get("price"), heur) and same_currency():
        # a net price in the structured data ("price": "25.13") while the page shows the price with the
        # sales tax ("29,90 € inkl. 19% MwSt."): the price a buyer pays
        _take_shown_price(result, heur, with_currency=True)
    if in_thousandths(result.get("price"), shown) and same_currency():
        # "price": "1.049" (a German shop's thousands dot) read as 1.049 while the page shows "1.049 €"
        _take_shown_price(result, heur)
    if (
        shown
        and abs((result.get("price") or 0.0) - shown) >= 0.005
        and (round(shown, 2), heur.get("currency") or result.get("currency"))
        in (result.get("_offered") or ())
    ):
        # another offer of the structured data, the one the page shows: its currency's (one offer per
        # currency), a new item's beside a refurbished one's, the page's microdata or OpenGraph price
        # beside a stale JSON-LD copy (`_offers_too`)
        _take_shown_price(result, heur, with_currency=True)
    if not result.get("currency") and heur.get("currency") and shown and result.get("price") == shown:
        # an offer without priceCurrency: the currency the page shows its price in
        _from_page(result, "currency", heur["currency"])


def _from_page(result: dict[str, Any], field: str, value: Any) -> None:
    """`result[field]` (in place) becomes `value`, read from the page by the heuristics; its source
    is then "heuristic"."""
    result[field] = value
    result["_sources"][field] = "heuristic"


def _take_shown_price(result: dict[str, Any], heur: dict[str, Any], with_currency: bool = False) -> None:
    """The price the page shows (`heur`'s) replaces the structured one in `result` (in place), with
    its currency where `with_currency` (the page's, else the one `result` had); its source is then
    "heuristic"."""
    if with_currency:
        result["currency"] = heur.get("currency") or result.get("currency")
    _from_page(result, "price", heur["price"])


# a picture file named as the site's logo or icon: "logo.png", "logo-og.png", "mugs-co-logo.jpg",
# "favicon-32x32.png", "cropped-site-icon.png" (WordPress); not "nike-logo-sticker.jpg", a product;
# "Store_Wordmark_Black.png", "brand-logo-white.svg": a wordmark or logo in one of its colour or size
# forms (not "wordmark-hoodie-black.jpg", a product named for one)
_LOGO_FILE = re.compile(
    r"^(?:logo|favicon|(?:cropped-)?site-?icon|apple-touch-icon)(?:[-_@.][a-z0-9]{1,8}){0,2}$"
    r"|[-_](?:logo|favicon)(?:[-_@]?\d+(?:x\d*)?)?$"
    r"|(?:^|[-_])(?:logo|wordmark|logotype)(?:[-_@](?:black|white|dark|light|colou?r|mono|inverse|inverted|"
    r"transparent|small|large|retina|\d+x?\d*|x\d+)){1,2}$|(?:^|[-_])wordmark$",
    re.I,
)


# a picture file named as the shop's stand-in for a missing photo: "noimagelarge.png" (Demandware SiteGenesis),
# "no_image_available.jpg", "image-coming-soon.png", "placeholder_600x600.gif", "default-product-image.jpg", with at
# most three size words or codes after it; not "placeholder-pillow-case.jpg" nor "coming-soon-tee.jpg", products
_PLACEHOLDER_FILE = re.compile(
    r"^(?:no[-_]?(?:image|img|photo|picture|pic)s?(?:[-_]?(?:available|found))?"
    r"|(?:image|photo|picture)s?[-_]?(?:not[-_]?available|unavailable|coming[-_]?soon)|coming[-_]?soon"
    r"|placeholder|default[-_]?(?:product[-_]?)?(?:image|img|photo))"
    r"(?:[-_.@]?(?:large|small|medium|big|thumb|zoom|main|detail|\d+(?:x\d+)?|[a-z]{1,2})){0,3}$",
    re.I,
)


def _site_picture(url: str | None) -> bool:
    """`url`'s file name, without its extension, names the site's logo or icon (`_LOGO_FILE`), a
    site-wide share picture (`photos.share_file`: "share.jpg", "og-image.png") or the stand-in for a
    missing photo (`_PLACEHOLDER_FILE`: Nine West's 2017 SiteGenesis microdata image "noimagelarge.png",
    the photo itself in a Scene7 viewer; tests/crawler/test_structured_review9.py): an og:image or
    structured image a shop sets for every page, no picture of the product."""
    name = urlsplit(url or "").path.rsplit("/", 1)[-1]
    stem = re.sub(r"\.(?:png|svg|jpe?g|webp|gif|ico|avif)$", "", name, flags=re.I)
    logo = _LOGO_FILE.search(stem) or _PLACEHOLDER_FILE.match(stem)
    # or a loading stand-in carrying itemprop=image (Vince Camuto 2017's "loading.gif" beside its Scene7 viewer)
    return bool(logo) or (url is not None and (share_file(url) or loading_file(url)))


def _visible_text(node: Any) -> str:
    """The text of lxml element `node` without its hidden descendants' (`dom.hidden` of each one
    alone: a hiding class such as "sr-only", the `hidden` attribute, `display:none`, `aria-hidden`),
    comments, scripts and badges set beside the name (`dom.heading_badge`: `<h1 itemprop="name">NAME <span
    class="badge">New</span></h1>`; stop 41's field mutations: Nordstrom's and Overstock's microdata names
    took the badges' words)."""
    # joined as extruct joins an element's text nodes: "501<sup>®</sup>" is "501 ®"
    return " ".join(text_pieces(node, _unseen_in_name))


def _unseen_in_name(child: Any) -> bool:
    """`_visible_text`'s skip: a descendant hidden by itself (`dom.hidden`, no ancestor looked at), a script or
    style, or a badge set beside the name (`dom.heading_badge`)."""
    return hidden(child, 0) or child.tag in ("script", "style") or heading_badge(child)


def _shown_names(result: dict[str, Any], sel: Selector) -> None:
    """A microdata / RDFa name read from an element's whole text (`itemprop="name"` on an h1 holding a
    screen-reader label: "<span class="sr-only">Product:</span> Better Than Sex Mascara", Macy's 2017;
    eBay's hidden "Details about") as that element shows it, its hidden descendants' text left out
    (`_visible_text`), in `result`'s title and names (in place). Source:
    tests/crawler/test_structured_review9.py."""
    if result.get("_sources", {}).get("title") not in ("microdata", "rdfa"):
        return
    # an element's text and the structured name told apart by their spaces only (extruct joins text nodes with one)
    wanted = {re.sub(r"\s+", "", n): n for n in (result.get("title"), *(result.get("_names") or [])) if n}
    shown: dict[str, str] = {}
    for el in sel.xpath("//*[@itemprop='name' or @property='name'][not(self::meta)]")[:100]:
        full = wanted.get(re.sub(r"\s+", "", el.xpath("string()").get() or ""))
        if full is not None and full not in shown:
            seen = clean_text(_visible_text(el.root), 1000)
            if seen and re.sub(r"\s+", "", seen) != re.sub(r"\s+", "", full):
                shown[full] = seen
    if shown:
        result["title"] = shown.get(result.get("title") or "", result.get("title"))
        result["_names"] = [shown.get(n, n) for n in result.get("_names") or []]


# an element holding colour swatches or one of them: "swatch", "css-swatches", "color-chip", "colorOption"
_SWATCH_NAMES = re.compile(r"swatch|colou?r[-_]?(?:chips?|options?|picker|selector)", re.I)


def _swatch_picture(url: str | None, sel: Selector, base: str) -> bool:
    """True when the page shows picture `url` only as a colour swatch: every `<img>` whose `src`
    (or lazy `data-src`) is `url` sits in an element named for swatches (`_SWATCH_NAMES`, the img
    itself or one of its 3 nearest ancestors), and there is at least one. A structured image that
    is the shown colour's swatch ("s1925650+sw.jpg" in Sephora's JSON-LD of 2017, itemprop=image on
    a metal swatch) is no picture of the product; the page's main photo is. Source:
    tests/crawler/test_structured_review9.py."""
    if not url:
        return False
    found = False
    for img in sel.xpath("//img[@src or @data-src]")[:400]:
        srcs = [img.attrib.get(a) for a in ("src", "data-src")]
        if url not in _absolute([x for x in srcs if x], base):
            continue
        found = True
        names = img.xpath(
            "ancestor-or-self::*[position() <= 4]/@class | ancestor-or-self::*[position() <= 4]/@id"
        )
        if not any(_SWATCH_NAMES.search(n.get()) for n in names):
            return False
    return found


# standard and reduced sales-tax rates in percent (EU member states, the UK, Norway, Switzerland:
# European Commission, "VAT rates applied in the Member States of the European Union", 2024)
VAT_RATES = (5, 5.5, 6, 7, 7.7, 8, 8.1, 9, 10, *range(12, 26), 25.5, 27)


def _in_cents(price: Any, heur: dict[str, Any]) -> bool:
    """The structured `price` is the price the page shows (`heur`'s) written in cents: exactly 100
    times it."""
    return in_cents(price, heur.get("price"))


def _net_of(price: Any, heur: dict[str, Any]) -> bool:
    """The structured `price` is the net form of the price the page shows (`heur`'s): the page says
    its price includes the sales tax (`heuristics.amounts.with_tax`) and it is `price` plus one of
    `VAT_RATES`, to the cent (a rounding of the net amount allowed: 0.05% of the price)."""
    shown = heur.get("price")
    if not (isinstance(price, (int, float)) and shown and heur.get("_price_with_tax")) or shown <= price:
        return False
    return any(abs(price * (1 + r / 100) - shown) <= 0.011 + 0.0005 * shown for r in VAT_RATES)


def _shown_variant_price(
    result: dict[str, Any], heur: dict[str, Any], platform: dict[str, Any] | None, sel: Selector, url: str
) -> None:
    """The price the page shows (`heur`'s) in place of a structured one where the shown variant's own
    price confirms it: the platform meta's price of the variant the URL names, else of the first
    (`platformmeta`, Shopify's analytics meta), or the price written in the variant `<option>` whose
    value is the URL's `variant=` id ("6 qt - $119.00"). A structured offer of one price for every
    variant (the first one's, a theme's JSON-LD without variant URLs) is another variant's there.
    In place; nothing changes without such a confirmation or when the currencies differ."""
    shown, price = heur.get("price"), result.get("price")
    if not shown or price is None or abs(price - shown) < 0.005:
        return
    if result.get("currency") not in (None, heur.get("currency")):
        return
    confirmed = [platform.get("price")] if platform is not None else []
    pick = re.search(r"[?&]variant=(\d+)", url)
    if pick:
        for option in sel.xpath(f"//select//option[@value='{pick.group(1)}']")[:3]:
            confirmed.append(shown_price(clean_text(option.xpath("string()").get(), 200) or "")[0])
    if any(c is not None and abs(c - shown) < 0.005 for c in confirmed):
        _take_shown_price(result, heur)


def _brand_only(fuller: str, result: dict[str, Any]) -> bool:
    """True when the `<title>`'s fuller form of a structured name only adds the item's brand
    ("Hearth & Kiln Ceramic Dripper" for the schema.org name "Ceramic Dripper", BigCommerce): the
    name the page shows stays."""
    if result.get("_sources", {}).get("title") not in ("jsonld", "microdata", "rdfa"):
        return False
    words = set(re.findall(r"\w+", (result.get("title") or "").casefold()))
    extra = set(re.findall(r"\w+", fuller.casefold())) - words
    brand = set(re.findall(r"\w+", (result.get("brand_claimed") or "").casefold()))
    # the whole brand is added, not one of its words ("Black" of a "Black Diamond" headlamp is a colour)
    return bool(extra) and extra <= brand <= set(re.findall(r"\w+", fuller.casefold()))


def _finish(result: dict[str, Any], sel: Selector, base: str) -> dict[str, Any]:
    """The listing dict: last-resort sku (the item id of the URL, `sku.url_code`) and title, the title in its fuller `<title>` form
    (`crawler.heuristics.fuller_title`), `image_urls` a list, `field_sources`."""
    sources = result.setdefault("_sources", {})
    # a placeholder the shop writes into its structured data ("brand": "Unbranded", "sku": "N/A") is no value,
    # as on the page itself (`brands.no_brand`, `sku.no_code`)
    if result.get("brand_claimed") and no_brand(result["brand_claimed"]):
        result["brand_claimed"] = None
    for key in ("sku", "mpn"):
        if result.get(key) and no_code(result[key]):
            result[key] = None
    if not result.get("sku"):  # the page's own labels were read by `sku.find_sku` (`_heuristic`)
        result["sku"] = url_code(base)
        if result["sku"]:
            sources["sku"] = "heuristic"
    if not result.get("title"):
        result["title"] = clean_text(
            sel.xpath("//h1//text()").get() or sel.xpath("//title/text()").get(), 1000
        )
        if result["title"]:
            sources["title"] = "heuristic"
    fuller = fuller_title(
        result.get("title"),
        clean_text(sel.xpath("string((//title[not(ancestor::*[local-name()='svg'])])[1])").get(), 1000) or "",
        urlsplit(base).hostname or "",
        _site_name(sel) or "",
    )
    if fuller and fuller != result.get("title") and not _brand_only(fuller, result):
        result["title"] = clean_text(fuller, 1000)
        sources["title"] = "heuristic"
    out = {k: result.get(k) for k in FIELDS} | {"image_urls": result.get("image_urls") or []}
    # "\u200fNAME\u200f": an RTL shop's direction marks around a name are no part of it
    for key in _TEXT_FIELDS:
        if isinstance(out.get(key), str):
            out[key] = _EDGE_MARKS.sub("", out[key]) or None
    out["field_sources"] = {k: sources[k] for k in FIELDS if out.get(k) not in EMPTY and k in sources}
    return out


# the listing's short text fields, and the invisible marks at their ends (soft hyphen, zero-width characters,
# direction marks and embeddings, word joiner, BOM: `dom.MARKS`) with white space; the lead's probe, stop 66
_TEXT_FIELDS = ("title", "brand_claimed", "sku", "mpn", "gtin", "seller")
_EDGE_MARKS = re.compile(rf"^(?:\s|{MARKS.pattern})+|(?:\s|{MARKS.pattern})+$")


def _from_state(html: str, sel: Selector, base: str) -> dict[str, Any] | None:
    """The product of the page's state JSON (crawler.pagestate) with a parsed price, absolute
    image URLs and the product node's availability (schema.org name or None); None without one."""
    if "application/json" not in html and "window" not in html:
        return None
    doc_title = sel.xpath("string((//title[not(ancestor::*[local-name()='svg'])])[1])").get() or ""
    found = state_product(html, doc_title)
    if found is None:
        return None
    amount, cur = parse_price(found["price"], normalize_currency(found.get("currency")))
    if amount is None:
        return None
    return {
        "title": clean_text(found["title"], 1000),
        "price": amount,
        "currency": normalize_currency(found.get("currency")) or cur,
        "image_urls": _absolute(found["image_urls"], base),
        "sku": clean_text(found.get("sku"), 200),
        "brand_claimed": clean_text(found.get("brand_claimed"), 300),
        "availability": found.get("availability"),
        "gtin": found.get("gtin"),
        "mpn": found.get("mpn"),
    }


def _from_platform(html: str, url: str) -> dict[str, Any] | None:
    """The product of a shop platform's analytics meta (crawler.platformmeta: Shopify's
    `var meta`) as listing fields tagged 'platform'; None without a product page's meta."""
    found = platform_product(html, url)
    if found is None:
        return None
    return _tag(
        {
            "title": clean_text(found.title, 1000),
            "price": found.price,
            "currency": normalize_currency(found.currency) if found.price is not None else None,
            "sku": clean_text(found.sku, 200),
            # a vendor named with its storefront's market ("OSTRICHPILLOW US") is the brand without it
            "brand_claimed": clean_text(without_region(found.brand) if found.brand else None, 300),
        },
        "platform",
    )


def _with_platform(result: dict[str, Any], platform: dict[str, Any] | None) -> None:
    """The platform meta's fields in `result` (in place): its sku (the shop's own code for the
    shown variant) replaces one read by heuristics; title, price (with its currency) and brand (the
    vendor, often the shop's company) fill gaps only; its currency fills a missing one for the
    same price."""
    if platform is None:
        return
    sources = result.setdefault("_sources", {})
    if platform.get("sku") and sources.get("sku") in (None, "heuristic"):
        result["sku"], sources["sku"] = platform["sku"], "platform"
    _fill(result, platform, ("title", "price", "brand_claimed"))
    if (
        result.get("currency") in EMPTY
        and platform.get("currency")
        and result.get("price") == platform["price"]
    ):
        result["currency"], sources["currency"] = platform["currency"], "platform"


def decode_page(body: bytes, content_type: str | None = None) -> str:
    """A page's bytes as text, decoded as a browser and Scrapy's `response.text` decode them
    (w3lib.encoding.html_to_unicode: a byte-order mark, then the `Content-Type` header's charset, then
    the `<meta>` charset, else detection), undecodable bytes replaced: an EUC-KR, Big5 or
    windows-1251 page keeps its text (decoding every page as UTF-8 lost its title and price; the
    listing helper's charset probe, tests/crawler/test_listing_review7.py, stop 38); bytes that are UTF-8
    whatever their `<meta>` says are read as UTF-8 (`utf8_over_meta`)."""
    from w3lib.encoding import html_to_unicode

    text = utf8_over_meta(body, content_type)
    return text if text is not None else html_to_unicode(content_type, body)[1]


def utf8_over_meta(body: bytes, content_type: str | None = None) -> str | None:
    """`body` as UTF-8 where neither a byte-order mark nor the `Content-Type` header names an encoding and
    the bytes are valid UTF-8 with non-ASCII characters, whatever the `<meta>` charset says; else None.

    A page saved or re-served as UTF-8 that kept its old `charset=iso-8859-15` or `windows-1251` tag read
    "DragÃ©es" for "Dragées" (real shop pages saved by other hands, formasaurus 0.10.0: 2 of 63 titles, stop
    64); text in a single-byte or East Asian encoding is almost never valid UTF-8, the test Firefox's
    chardetng applies to files without a declared encoding."""
    from w3lib.encoding import http_content_type_encoding, read_bom

    if (content_type and http_content_type_encoding(content_type)) or read_bom(body)[0] or body.isascii():
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def response_text(response: Any) -> str:
    """A Scrapy response's page text: `response.text` (header, `<meta>`, then charset-normalizer's
    detection), except bytes that are UTF-8 whatever their `<meta>` says (`utf8_over_meta`)."""
    header = response.headers.get(b"Content-Type")
    text = utf8_over_meta(response.body, header.decode("latin-1") if header else None)
    return text if text is not None else response.text


def extract_product(html: str | bytes, url: str) -> dict[str, Any] | None:
    """The listing fields of a product page, or None when the page shows no product.

    Returns {title, description, brand_claimed, price (float, in currency units), currency (ISO
    4217), sku (the shop's item code), gtin (GS1 digits, check digit valid), mpn (the maker's part number;
    crawler/codes.py), availability (schema.org ItemAvailability name), seller, seller_url, image_urls
    (absolute, best first), field_sources ({field: 'jsonld'|'microdata'|'rdfa'|'opengraph'|
    'heuristic'|'state'|'platform'} for each non-empty field; 'state': the page's state JSON,
    crawler.pagestate, for pages built in the browser; 'platform': a shop platform's analytics meta,
    crawler.platformmeta)}. `html` given as bytes is decoded by `decode_page`. Never raises on bad
    HTML.
    """
    if isinstance(html, bytes):
        html = decode_page(html)
    base = get_base_url(html[:20000], url) if "<base" in html[:20000].lower() else url
    data = _structured_data(html, base)
    nodes = _product_nodes(data, jsonld_blocks(html), url)
    og = _tag(_from_opengraph(data.get("opengraph") or [], base), "opengraph")
    result: dict[str, Any] | None = None
    # an HTML page, whatever its first line says: parsel reads a text opening with an XML declaration
    # (`<?xml version="1.0"?>` before an XHTML page, as older shop templates write) as XML, whose namespaced
    # elements no finder's XPath reaches (such a page gave no listing; stop 66)
    sel = Selector(text=html, type="html", base_url=base)
    parsed = [_tag(_from_product_node(n, base), how) for how, n in nodes]
    if parsed and _cards_only(parsed, html, url, sel.xpath("//link[@rel='canonical']/@href").get()):
        parsed = []  # other products' tiles: the page's own product is read from the page
    if parsed:
        result = _main_product(parsed, html)
    elif og.get("_is_product") and og.get("title") and og.get("price") is not None:
        result = og
    platform = _from_platform(html, url)
    page = Page(sel, base)
    found = page.find()  # one heuristic pass per page, whichever of the branches below reads it
    if result is None:
        result = _heuristic(page, found) if found.is_product() else None
        state = _from_state(html, sel, base)
        if result is None:
            if state is None and platform is None:
                shell = _og_shell(og, sel, url)
                return _finish(shell, sel, base) if shell is not None else None
            # the platform says this is a product page: its fields first, the page's for the rest
            # (the state's availability after the page's: it fills a gap only)
            result = _tag(state, "state") if state is not None else {"_sources": {}}
            state_availability = result.pop("availability", None)
            result["_sources"].pop("availability", None)
            _with_platform(result, platform)
            heur = _tag(_heuristic(page, found), "heuristic")
            _fill(result, heur, FIELDS if platform is not None else ("sku",))
            _fill(result, {"availability": state_availability, "_sources": {"availability": "state"}})
        else:
            _tag(result, "heuristic")
            if state is not None:
                _fill(
                    result,
                    _tag(state, "state"),
                    ("image_urls", "sku", "brand_claimed", "availability", *CODES),
                )
            _with_platform(result, platform)
    else:
        if og and result is not og:
            _fill(result, og)
            if og.get("_is_product"):
                _offers_too(result, og)
        heur = _tag(_heuristic(page, found), "heuristic")
        # read only where `_reconcile` asks (a page scan): lazy, as `heur["_sold_control"]` is
        result["_swatch_image"] = partial(_swatch_picture, (result.get("image_urls") or [None])[0], sel, base)
        _shown_names(result, sel)
        _reconcile(result, heur)
        _shown_variant_price(result, heur, platform, sel, url)
        _with_platform(result, platform)
    _with_page_codes(result, page)
    return _finish(result, sel, base)


def _og_shell(og: dict[str, Any], sel: Selector, url: str) -> dict[str, Any] | None:
    """The listing of a page that is a shell its browser code fills, whose OpenGraph tags alone say it is a
    product: `og:type` product with a title and an image, the page showing no product of its own (no
    price, no title near a buy control; the caller asks only then) and hardly anything at all (no `<h1>`,
    at most 2 pictures: not a category page of a shop tagging every page a product). The listing is the tags' fields, the
    title without the shop's part (`titles.title_without_shop`: "... - AliExpress 200000345"), the price
    left empty (a site configured with `render: true` gets it from the rendered page); None for any other
    page. AliExpress's item pages as served are such shells (2026: `og:type` product, `og:title`,
    `og:image`, the price fetched after load). Source: real AliExpress pages saved by other hands
    (product-dl 0.0.0.dev4's fixtures; stop 65)."""
    if not (og.get("_is_product") and og.get("title") and og.get("image_urls")):
        return None
    # pictures or a heading of the page's own: a page the heuristics have read, not a shell
    if len(sel.xpath("//body//img")) > 2 or sel.xpath("//body//h1[normalize-space()]"):
        return None
    site = sel.xpath("//meta[@property='og:site_name']/@content").get() or ""
    title = title_without_shop(og["title"], urlsplit(url).hostname or "", site)
    return {**og, "title": title or og["title"]}


def _with_page_codes(result: dict[str, Any], page: Page) -> None:
    """The maker's codes (`CODES`) the structured data left out, as the page labels them (in place;
    `sku.shown_gtin`, `sku.shown_mpn`); an MPN that is the listing's GTIN written under a model label is none,
    in whatever digit groups it is printed ("0 36000 29145 2"; compared as GS1 compares GTINs, `codes.gtin14`)."""
    if result.get("gtin") in EMPTY:
        _fill(result, _tag({"gtin": shown_gtin(page)}, "heuristic"), ("gtin",))
    if result.get("mpn") in EMPTY:
        found = shown_mpn(page)
        listed, as_gtin = result.get("gtin"), gtin(found)
        if found and not (listed and as_gtin and gtin14(as_gtin) == gtin14(str(listed))):
            _fill(result, _tag({"mpn": found}, "heuristic"), ("mpn",))
