"""A product's one price set apart only by the word "regular" (Shopify's Dawn, Debut and their kin:
`<span class="visually-hidden">Regular price</span><span class="price-item price-item--regular">$74.00</span>`
when the product is not on sale) is the price, on a page that shows no other (prices._regular_alone).
Found by this session's structured-data review (Dawn's only price counted as an old one); before
the rule such a page without structured data gave no listing at all."""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product

URL = "https://shop.example/products/walnut-board"


def _card(name: str, price: str) -> str:
    return (
        "<li class='grid__item'><div class='card-wrapper product-card-wrapper'><div class='card'>"
        f"<div class='card__media'><img src='//shop.example/cdn/shop/files/{name}.jpg'></div>"
        f"<div class='card__content'><h3 class='card__heading'><a href='/products/{name}'>{name}</a></h3>"
        "<div class='price'><div class='price__container'><div class='price__regular'>"
        "<span class='visually-hidden visually-hidden--inline'>Regular price</span>"
        f"<span class='price-item price-item--regular'>{price}</span></div></div></div></div></div></div></li>"
    )


def _page(price_block: str, h1: str = "<h1>Walnut Board</h1>", buy: bool = True) -> str:
    button = "<form action='/cart/add'><button type='submit' name='add'>Add to cart</button></form>"
    return (
        "<html><head><title>Walnut Board – Oak &amp; Co</title></head><body>"
        "<header><a href='/'>Oak &amp; Co</a><nav><a href='/collections/all'>Shop</a></nav></header>"
        "<main><div class='product__media'><img src='//shop.example/cdn/shop/files/walnut-board.jpg?width=1946'"
        f" alt='Walnut Board'></div><div class='product__info-container'>{h1}{price_block}"
        f"{button if buy else ''}</div></main>"
        f"<section class='related-products'><ul class='grid'>{_card('oil', '$12.00')}{_card('knife', '$58.00')}"
        "</ul></section></body></html>"
    )


def _regular(price: str, label: str = "Regular price", cls: str = "price-item price-item--regular") -> str:
    return (
        "<div class='price'><div class='price__container'><div class='price__regular'>"
        f"<span class='visually-hidden visually-hidden--inline'>{label}</span>"
        f"<span class='{cls}'>{price}</span></div></div></div>"
    )


FIRES = [
    ("dawn-regular-alone", _regular("$74.00"), 74.0),
    ("regular-label-other-class", _regular("$74.00", cls="money"), 74.0),
    ("reg-label", _regular("$74.00", label="Reg."), 74.0),
    ("regular-class-no-label", _regular("$74.00", label=""), 74.0),
]

NOT_FIRE = [
    # a sale: the sale price, as before
    (
        "regular-struck-beside-sale",
        "<div class='price price--on-sale'><s class='price-item price-item--regular'>$90.00</s>"
        "<span class='price-item price-item--sale'>$74.00</span></div>",
        74.0,
    ),
    # another old-price word: not read as the price
    ("was-alone", _regular("$90.00", label="Was:", cls="price-was"), None),
    ("compare-at-alone", _regular("$90.00", label="Compare at", cls="price-item price-item--compare"), None),
    # struck through: an old price even when alone
    (
        "regular-struck-alone",
        "<div class='price'><s class='price-item price-item--regular'>$90.00</s></div>",
        None,
    ),
    # two different "regular" amounts in the product's area: which one is unknown
    ("two-regular-amounts", _regular("$74.00") + _regular("$80.00"), None),
    # a shipping note with "regular": still a shipping cost
    ("regular-shipping", _regular("$5.00", label="Regular shipping", cls="shipping-regular"), None),
]


@pytest.mark.parametrize(("name", "block", "price"), FIRES + NOT_FIRE, ids=[c[0] for c in FIRES + NOT_FIRE])
def test_the_one_regular_price(name: str, block: str, price: float | None) -> None:
    got = extract_product(_page(block), URL) or {}
    assert got.get("price") == price
    if price is not None:
        assert (got.get("currency"), got.get("title")) == ("USD", "Walnut Board")


def test_a_collection_page_of_regular_prices_is_no_listing() -> None:
    """Must not fire: the cards' "Regular price" amounts of a collection page stay in their cards."""
    html = (
        "<html><head><title>All – Oak &amp; Co</title></head><body><main><h1>All products</h1><ul class='grid'>"
        + "".join(_card(n, p) for n, p in [("oil", "$12.00"), ("knife", "$58.00"), ("board", "$74.00")])
        + "</ul></main></body></html>"
    )
    assert extract_product(html, "https://shop.example/collections/all") is None
