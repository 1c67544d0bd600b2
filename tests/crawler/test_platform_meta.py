"""Shopify's analytics meta (`var meta = {...}` beside `window.ShopifyAnalytics`) read as the
product of a page without schema.org data (knockoff.crawler.platformmeta, consumed by
`extract_product`): brand (vendor), the shown variant's sku and price (hundredths of the currency
unit in every currency, JPY and KRW too), and the product name; hostile and broken metas give no
fields and no error. The pages are real-shaped strings (the scripts as Shopify themes write them).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.platformmeta import amount, currency_digits, platform_product

URL = "https://solenne.example/products/sac-mireille"
TITLE = "Sac Mireille – Solenne"
VARIANTS = [
    {"id": 43981234567001, "price": 24900, "name": "Sac Mireille - Noir", "public_title": "Noir", "sku": "SOL-MIR-BLK"},
    {"id": 43981234567002, "price": 26900, "name": "Sac Mireille - Cognac", "public_title": "Cognac", "sku": "SOL-MIR-COG"},
]  # fmt: skip


def meta_json(variants: list[dict] | None = None, page_type: str = "product", **product: Any) -> str:
    """The `meta` object as Shopify writes it (JSON, slashes escaped)."""
    obj = {
        "product": {
            "id": 7981234567890,
            "gid": "gid://shopify/Product/7981234567890",
            "vendor": "Solenne",
            "type": "Handbag",
            "variants": VARIANTS if variants is None else variants,
            **product,
        },
        "page": {"pageType": page_type, "resourceType": page_type, "resourceId": 7981234567890},
    }
    return json.dumps(obj, ensure_ascii=False).replace("/", "\\/")


def shop_scripts(meta: str, currency: str = "EUR") -> str:
    """The head scripts of a Shopify page: `Shopify.currency`, then the analytics meta."""
    return (
        '<script>var Shopify = Shopify || {};\nShopify.shop = "solenne.myshopify.com";\n'
        f'Shopify.locale = "fr";\nShopify.currency = {{"active":"{currency}","rate":"1.0"}};\n'
        'Shopify.country = "FR";\n</script>\n'
        "<script>\nwindow.ShopifyAnalytics = window.ShopifyAnalytics || {};\n"
        "window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {};\n"
        f"window.ShopifyAnalytics.meta.currency = '{currency}';\n"
        f"var meta = {meta};\n"
        "for (var attr in meta) {\n  window.ShopifyAnalytics.meta[attr] = meta[attr];\n}\n</script>"
    )


def app_page(head: str, title: str = TITLE) -> str:
    """A page the browser builds: no product in its HTML, no structured data."""
    return (
        f"<html><head><title>{title}</title>{head}</head><body><header><a href='/'>Solenne</a>"
        "<nav><a href='/collections/all'>Shop</a></nav></header><div id='app'></div>"
        "<footer>© Solenne</footer></body></html>"
    )


SHOWN = (
    "<main><h1>Sac Mireille</h1><div class='product__media'><img src='/cdn/shop/products/mireille-noir_1200x.jpg' "
    "alt='Sac Mireille'></div><div class='price'><span class='price-item'>249,00 €</span></div>"
    "<form action='/cart/add'><button type='submit' name='add'>Ajouter au panier</button></form></main>"
)


def shown_page(head: str, body: str = SHOWN) -> str:
    """A server-rendered Shopify product page without schema.org data: title, price, picture, buy."""
    return f"<html><head><title>{TITLE}</title>{head}</head><body>{body}</body></html>"


def test_a_page_built_in_the_browser_is_a_listing_from_its_analytics_meta() -> None:
    got = extract_product(app_page(shop_scripts(meta_json())), URL)
    assert got is not None
    assert (got["title"], got["price"], got["currency"], got["sku"], got["brand_claimed"]) == (
        "Sac Mireille",
        249.0,
        "EUR",
        "SOL-MIR-BLK",
        "Solenne",
    )
    assert {k: got["field_sources"][k] for k in ("price", "currency", "sku", "brand_claimed")} == {
        "price": "platform",
        "currency": "platform",
        "sku": "platform",
        "brand_claimed": "platform",
    }


@pytest.mark.parametrize(
    ("vendor", "brand"),
    [
        ("SOLENNE US", "SOLENNE"),  # the storefront's market after the brand (ostrichpillow's "... US")
        ("Solenne Canada", "Solenne"),
        ("Solenne", "Solenne"),  # must not fire: a plain vendor
        ("Usual Supply", "Usual Supply"),  # must not fire: no market code, a word starting like one
        ("US", "US"),  # must not fire: nothing would be left
    ],
)
def test_a_vendor_named_with_its_market_is_the_brand_without_it(vendor: str, brand: str) -> None:
    got = extract_product(app_page(shop_scripts(meta_json(vendor=vendor))), URL)
    assert got is not None and got["brand_claimed"] == brand


def test_the_variant_the_url_selects_is_the_shown_one() -> None:
    got = extract_product(app_page(shop_scripts(meta_json())), URL + "?variant=43981234567002")
    assert got is not None and (got["sku"], got["price"]) == ("SOL-MIR-COG", 269.0)


def test_meta_fills_what_the_shown_page_lacks_and_the_shown_price_stays() -> None:
    """The page shows title, price and picture (heuristics) but no code or brand: those come from
    the meta; the shown price keeps its source."""
    got = extract_product(
        shown_page(shop_scripts(meta_json(variants=[{**VARIANTS[0], "price": 19900}]))), URL
    )
    assert got is not None
    assert (got["price"], got["field_sources"]["price"]) == (249.0, "heuristic")
    assert (got["sku"], got["field_sources"]["sku"]) == ("SOL-MIR-BLK", "platform")
    assert (got["brand_claimed"], got["field_sources"]["brand_claimed"]) == ("Solenne", "platform")


def test_meta_fills_the_gaps_of_structured_data() -> None:
    """JSON-LD without sku and brand (a theme that leaves them out): the meta gives them, the
    structured price stays."""
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product",'
        '"name":"Sac Mireille","offers":{"@type":"Offer","price":"249.00","priceCurrency":"EUR",'
        '"availability":"https://schema.org/InStock"}}</script>'
    )
    got = extract_product(shown_page(ld + shop_scripts(meta_json())), URL)
    assert got is not None
    assert {k: got["field_sources"][k] for k in ("price", "sku", "brand_claimed")} == {
        "price": "jsonld",
        "sku": "platform",
        "brand_claimed": "platform",
    }
    assert (got["sku"], got["brand_claimed"]) == ("SOL-MIR-BLK", "Solenne")


@pytest.mark.parametrize(
    ("currency", "raw", "price"),
    [
        ("JPY", 550000, 5500.0),  # ¥5,500: Shopify appends hundredths to currencies without subunits
        ("KRW", 3900000, 39000.0),
        ("USD", 2500, 25.0),
        ("KWD", 1250, 12.5),
    ],
)
def test_prices_are_hundredths_in_every_currency(currency: str, raw: int, price: float) -> None:
    variants = [{**VARIANTS[0], "price": raw}]
    got = extract_product(app_page(shop_scripts(meta_json(variants=variants), currency=currency)), URL)
    assert got is not None and (got["price"], got["currency"]) == (price, currency)


@pytest.mark.parametrize(
    ("code", "digits"),
    [("JPY", 0), ("KRW", 0), ("EUR", 2), ("usd", 2), ("KWD", 3), ("XXQ", None), (None, None)],
)
def test_minor_digits_come_from_price_parsers_table(code: str | None, digits: int | None) -> None:
    """The ISO 4217 minor digits are read from price-parser's private table (platformmeta's import
    says why): this fails when an upgrade moves or reshapes it."""
    assert currency_digits(code) == digits


def test_a_zero_decimal_amount_with_a_fraction_gives_no_price() -> None:
    """55050 for JPY would be ¥550.50: not Shopify's convention, so its scale is unknown."""
    variants = [{**VARIANTS[0], "price": 55050}]
    got = extract_product(app_page(shop_scripts(meta_json(variants=variants), currency="JPY")), URL)
    assert got is not None and got["price"] is None and got["sku"] == "SOL-MIR-BLK"


@pytest.mark.parametrize(
    ("raw", "price"),
    [("24900", 249.0), ("249.00", 249.0), (" 24900 ", 249.0), ("249,00 €", None), ("", None), (True, None),
     (-24900, None), (None, None), ({"amount": 24900}, None), (1e30, None)],
)  # fmt: skip
def test_price_written_as_a_string_or_broken(raw: Any, price: float | None) -> None:
    got = extract_product(app_page(shop_scripts(meta_json(variants=[{**VARIANTS[0], "price": raw}]))), URL)
    assert got is not None and got["price"] == price and got["sku"] == "SOL-MIR-BLK"
    assert amount(raw, "EUR") == price


@pytest.mark.parametrize("page_type", ["collection", "home", "search", "cart", ""])
def test_a_meta_of_another_page_type_is_not_a_product(page_type: str) -> None:
    """A collection or home page carries a meta of the same shape: no listing from it, and a shown
    product page keeps no code or brand from it."""
    assert extract_product(app_page(shop_scripts(meta_json())), URL) is not None
    assert extract_product(app_page(shop_scripts(meta_json(page_type=page_type))), URL) is None
    got = extract_product(shown_page(shop_scripts(meta_json(page_type=page_type))), URL)
    assert got is not None and got["sku"] is None and got["brand_claimed"] is None


@pytest.mark.parametrize("cut", [40, 120, 300, -60])
def test_a_truncated_meta_is_ignored(cut: int) -> None:
    """A page cut off inside the meta (a truncated download): no fields from it, no error."""
    full = app_page(shop_scripts(meta_json()))
    assert extract_product(full, URL) is not None
    start = full.index("var meta = ") + len("var meta = ")
    end = full.index("};", start) + 1
    truncated = full[: start + cut if cut > 0 else end + cut]
    assert platform_product(truncated, URL) is None
    assert extract_product(truncated, URL) is None


def test_a_huge_meta_is_ignored_and_a_large_one_read() -> None:
    many = [
        {**VARIANTS[0], "id": i, "sku": f"SOL-{i:06d}", "name": f"Sac Mireille - {i}"} for i in range(3000)
    ]
    got = extract_product(app_page(shop_scripts(meta_json(variants=many))), URL)
    assert got is not None and got["sku"] == "SOL-000000"
    huge = [{**v, "public_title": "x" * 2000} for v in many]  # over platformmeta.MAX_CHARS
    assert platform_product(app_page(shop_scripts(meta_json(variants=huge))), URL) is None
    got = extract_product(shown_page(shop_scripts(meta_json(variants=huge))), URL)
    assert got is not None and got["price"] == 249.0 and got["sku"] is None


def test_other_scripts_named_meta_are_skipped() -> None:
    """`var meta` is a common name: a description string, a created `<meta>` element and an object
    without a product come before Shopify's; only Shopify's counts."""
    others = (
        '<script>var meta = "36 piece Gold Gift Box adds a personal touch.";</script>'
        "<script>(function(){var meta = document.createElement('meta'); meta.setAttribute('name', 'referrer');})()"
        '</script><script>var meta = {"title": "Sac Mireille", "keywords": "sac"};</script>'
    )
    got = extract_product(app_page(others + shop_scripts(meta_json())), URL)
    assert got is not None and (got["sku"], got["brand_claimed"], got["price"]) == (
        "SOL-MIR-BLK",
        "Solenne",
        249.0,
    )
    assert extract_product(app_page(others), URL) is None


def test_currency_from_the_analytics_meta_and_a_product_without_variants() -> None:
    """An older theme: no `Shopify.currency`, only `ShopifyAnalytics.meta.currency`; a meta with no
    variant still names the brand."""
    scripts = shop_scripts(meta_json()).replace('Shopify.currency = {"active":"EUR","rate":"1.0"};', "")
    found = platform_product(scripts.replace("'EUR'", "'GBP'"), URL)
    assert found is not None and (found.currency, found.price, found.product_id) == (
        "GBP",
        249.0,
        "7981234567890",
    )
    found = platform_product(shop_scripts(meta_json(variants=[])), URL)
    assert found is not None and (found.brand, found.sku, found.price) == ("Solenne", None, None)
