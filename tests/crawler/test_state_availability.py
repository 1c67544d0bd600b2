"""Availability read from the product node of a page's state JSON (knockoff.crawler.pagestate,
consumed by `extract_product`): Next.js `__NEXT_DATA__`, Redux `window.__INITIAL_STATE__` and
Shopify themes' product JSON (`data-product-json`, `id="ProductJson-..."`). Only the chosen
product node speaks (its own keys and its `variants`), never the other products of the state
(recommendations, recently viewed); junk values say nothing; a state the page states itself wins.
The pages are real-shaped strings (the scripts as those frameworks write them, bodies left for
the browser to fill).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.pagestate import state_product

URL = "https://shop.example/p/nimbus-trail-running-shoe"
TITLE = "Nimbus Trail Running Shoe | Shop Example"


def recommendations(available: Any = False) -> list[dict[str, Any]]:
    """Other products of the state (a "you may also like" list), every one unavailable."""
    return [
        {"name": f"Other Runner {i}", "price": {"value": 89.0 + i}, "available": available, "inStock": available,
         "availability": "https://schema.org/OutOfStock", "sku": f"OTH-{i}"}
        for i in range(4)
    ]  # fmt: skip


def next_page(product: dict[str, Any], title: str = TITLE, body: str = '<div id="__next"></div>') -> str:
    """A Next.js page: an empty root the browser fills, the product in `__NEXT_DATA__`."""
    data = {
        "props": {
            "pageProps": {
                "product": product,
                "recommendations": recommendations(),
                "recentlyViewed": [
                    {"name": "Nimbus Trail Running Shoe Gift Card", "price": 50, "available": False}
                ],
            }
        },
        "page": "/p/[slug]",
        "query": {"slug": "nimbus-trail-running-shoe"},
        "buildId": "x8Kq2",
    }
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>'
    )


def shoe(**extra: Any) -> dict[str, Any]:
    return {
        "id": "NTR-200",
        "name": "Nimbus Trail Running Shoe",
        "price": {"value": 129.95, "currency": "EUR"},
        "sku": "NTR-200",
        "images": [{"url": "https://cdn.shop.example/ntr-200.jpg"}],
        **extra,
    }


def redux_page(product: dict[str, Any]) -> str:
    """A React/Redux page: `window.__INITIAL_STATE__ = {...};` (a JavaScript object, not JSON)."""
    state = json.dumps(
        {
            "catalog": {"recommended": recommendations("false")},
            "pdp": {"product": product},
            "cart": {"items": []},
        }
    )
    return (
        f"<html><head><title>{TITLE}</title></head><body><div id=root></div>"
        f"<script>window.__INITIAL_STATE__ = {state};\nwindow.__ENV__ = 'prod';</script></body></html>"
    )


def availability(html: str) -> str | None:
    listing = extract_product(html, URL)
    assert listing is not None
    return listing["availability"]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"availability": "https://schema.org/OutOfStock"}, "OutOfStock"),
        ({"availability": "http://schema.org/InStock"}, "InStock"),
        ({"availability": "out_of_stock"}, "OutOfStock"),
        ({"availability": "SoldOut"}, "SoldOut"),
        ({"available": False}, "OutOfStock"),
        ({"isAvailable": True}, "InStock"),
        ({"inStock": False}, "OutOfStock"),
        ({"isInStock": True}, "InStock"),
        ({"in_stock": 0}, "OutOfStock"),
        ({"soldOut": True}, "OutOfStock"),
        ({"isSoldOut": False}, "InStock"),
        ({"outOfStock": True}, "OutOfStock"),
        ({"stockStatus": "OUT_OF_STOCK"}, "OutOfStock"),
        ({"stock_status": "instock"}, "InStock"),
        ({"stockStatus": "outofstock"}, "OutOfStock"),
        ({"available": "false"}, "OutOfStock"),  # booleans written as strings
        ({"inStock": "True"}, "InStock"),
        ({"soldOut": "1"}, "OutOfStock"),
    ],
)
def test_next_data_product_node_keys(extra: dict[str, Any], expected: str) -> None:
    listing = extract_product(next_page(shoe(**extra)), URL)
    assert listing is not None
    assert listing["availability"] == expected
    assert listing["field_sources"]["availability"] == "state"
    assert listing["sku"] == "NTR-200"


@pytest.mark.parametrize(
    "extra",
    [
        {},
        {"availability": ""},
        {"availability": "see store"},
        {"available": "maybe"},
        {"inStock": "lots"},
        {"soldOut": None},
        {"stockStatus": {"code": 3}},
        {"available": [True, False]},
    ],
)
def test_junk_or_missing_values_say_nothing(extra: dict[str, Any]) -> None:
    """Not the recommendations' `available: false` either: they are other products."""
    found = state_product(next_page(shoe(**extra)), TITLE)
    assert found is not None and found["title"] == "Nimbus Trail Running Shoe"
    assert found["availability"] is None
    assert availability(next_page(shoe(**extra))) is None


def test_junk_key_does_not_hide_a_later_clear_one() -> None:
    assert availability(next_page(shoe(availability="tbd", isInStock="false"))) == "OutOfStock"


def test_variants_all_sold_out_one_available() -> None:
    sizes = [{"sku": f"NTR-200-{s}", "size": s, "available": False} for s in ("40", "41", "42")]
    assert availability(next_page(shoe(variants=sizes))) == "OutOfStock"
    sizes[1]["available"] = True
    assert availability(next_page(shoe(variants=sizes))) == "InStock"
    # a variant that says nothing keeps "every variant sold out" from being known
    unknown = [*sizes[:1], {"sku": "NTR-200-43", "size": "43"}]
    assert availability(next_page(shoe(variants=unknown))) is None
    # a Storefront API connection; variants that are not a list say nothing
    edges = {
        "edges": [{"node": {"sku": "A", "availableForSale": False}}, {"node": {"availableForSale": False}}]
    }
    assert availability(next_page(shoe(variants=edges))) == "OutOfStock"
    assert availability(next_page(shoe(variants=3))) is None
    # the node's own word beats its variants
    assert availability(next_page(shoe(inStock=True, variants=[sizes[0]]))) == "InStock"


def test_redux_initial_state() -> None:
    assert availability(redux_page(shoe(isAvailable="false"))) == "OutOfStock"
    assert availability(redux_page(shoe(stockStatus="IN_STOCK"))) == "InStock"
    assert availability(redux_page(shoe())) is None  # the recommended list's "false" is not the product's


def test_a_state_stated_on_the_page_wins() -> None:
    """Server-rendered shell: title, price and the shop's own stock line beside the state."""
    body = (
        '<main><h1 class="product-title">Nimbus Trail Running Shoe</h1>'
        '<img class="product-image" src="https://cdn.shop.example/ntr-200.jpg" width="800" height="800">'
        '<span class="product-price">129,95 €</span>'
        '<p class="stock-status">Out of stock</p></main>'
    )
    listing = extract_product(next_page(shoe(available=True), body=body), URL)
    assert listing is not None
    assert listing["availability"] == "OutOfStock"
    assert listing["field_sources"]["availability"] == "heuristic"
    # without the stock line the state fills the gap
    listing = extract_product(next_page(shoe(available=False), body=body.replace("Out of stock", "")), URL)
    assert listing is not None and listing["price"] == 129.95
    assert listing["availability"] == "OutOfStock"
    assert listing["field_sources"]["availability"] == "state"


def test_structured_data_wins() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": "Nimbus Trail Running Shoe",
        "sku": "NTR-200",
        "offers": {"@type": "Offer", "price": "129.95", "priceCurrency": "EUR", "availability": "https://schema.org/InStock"},
    }  # fmt: skip
    html = next_page(shoe(available=False)).replace(
        "</head>", f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
    )
    listing = extract_product(html, URL)
    assert listing is not None
    assert listing["availability"] == "InStock"
    assert listing["field_sources"]["availability"] == "jsonld"


# ---- Shopify themes' product JSON -------------------------------------------------------------

SHOP_URL = "https://harbor.example/products/harbor-canvas-tote"
SHOP_TITLE = "Harbor Canvas Tote Bag – Harbor Goods"


def shopify_product(available: list[bool]) -> dict[str, Any]:
    """`{{ product | json }}` as Shopify writes it: prices in cents, `available` on the product
    (any variant available) and on each variant, each variant's `name` repeating the product's."""
    colours = ["Navy", "Sand", "Olive", "Black"][: len(available)]
    variants = [
        {"id": 40110000 + i, "title": c, "option1": c, "sku": f"HCT-{c[:3].upper()}", "available": a,
         "name": f"Harbor Canvas Tote Bag - {c}", "public_title": c, "price": 4500, "compare_at_price": None,
         "inventory_management": "shopify", "barcode": ""}
        for i, (c, a) in enumerate(zip(colours, available, strict=True))
    ]  # fmt: skip
    return {
        "id": 7001234,
        "title": "Harbor Canvas Tote Bag",
        "handle": "harbor-canvas-tote",
        "vendor": "Harbor Goods",
        "type": "Bags",
        "price": 4500,
        "price_min": 4500,
        "price_max": 4500,
        "available": any(available),
        "variants": variants,
        "images": ["//harbor.example/cdn/shop/files/tote-navy.jpg?v=1"],
        "featured_image": "//harbor.example/cdn/shop/files/tote-navy.jpg?v=1",
    }


def shopify_page(product: dict[str, Any], attrs: str = "data-product-json") -> str:
    """A theme's product page: heading, shown price and image server-rendered, the buy form left
    to the theme's JavaScript, the product JSON beside it, and a recommendations block's JSON
    of other (sold-out) products."""
    others = [
        {"id": 7009000 + i, "title": t, "price": 2500, "available": False, "variants": [{"available": False}]}
        for i, t in enumerate(["Dockside Wool Beanie", "Harbor Rope Keyring"])
    ]
    return (
        f"<html><head><title>{SHOP_TITLE}</title></head><body><main>"
        '<h1 class="product__title">Harbor Canvas Tote Bag</h1>'
        '<img class="product__media" src="//harbor.example/cdn/shop/files/tote-navy.jpg?v=1" width="1000" height="1000">'
        '<span class="price-item price-item--regular">€45,00 EUR</span>'
        '<div class="product-form" data-section="main"></div></main>'
        f'<script type="application/json" {attrs}>{json.dumps(product)}</script>'
        f'<script type="application/json" data-recommendations-json>{json.dumps(others)}</script>'
        "</body></html>"
    )


@pytest.mark.parametrize("attrs", ["data-product-json", 'id="ProductJson-product-template"'])
def test_shopify_product_json(attrs: str) -> None:
    listing = extract_product(shopify_page(shopify_product([False, False, False]), attrs), SHOP_URL)
    assert listing is not None
    assert listing["availability"] == "OutOfStock"
    assert listing["field_sources"]["availability"] == "state"
    assert listing["price"] == 45.0  # the JSON's hundredths read as euros, not 4500
    listing = extract_product(shopify_page(shopify_product([False, True, False]), attrs), SHOP_URL)
    assert listing is not None and listing["availability"] == "InStock"


def test_shopify_variants_are_not_other_products() -> None:
    """Each variant's `name` repeats the product's: they do not make the page a list of products."""
    found = state_product(shopify_page(shopify_product([False, False, False, False])), SHOP_TITLE)
    assert found is not None
    assert found["title"] == "Harbor Canvas Tote Bag"
    assert found["availability"] == "OutOfStock"
    product = shopify_product([False, False, True])
    del product["available"]  # only the variants say it
    assert state_product(shopify_page(product), SHOP_TITLE)["availability"] == "InStock"
