"""A Shopify product page with a "Featured product" section (Dawn's `featured-product`, a merchant's
"pairs well with" block: its own heading linking to its page, its "Regular price" and buy form, its
picture's alt text sharing the title's words), no structured data. Before: no listing (two amounts
labelled only "Regular price", so no price) and, with the price mended, the featured product's picture
as the main image. prices._title_block_regular and photos._other_product_block; issue 14."""

from __future__ import annotations

import pytest
from parsel import Selector

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.prices import _title_block_regular
from tests.crawler.test_price_title_review2 import add_button, dawn_media, shopify

URL = "https://harborandpine.example/products/waxed-canvas-field-tote"
TITLE = "Waxed Canvas Field Tote &ndash; Harbor &amp; Pine"
MAIN_PHOTO = "https://cdn.shopify.com/s/files/1/0555/0123/products/IMG_4821.jpg?v=1650000000&width=1445"


def price_block(amount: float) -> str:
    return (
        "<div class='price'><div class='price__container'><div class='price__regular'><span class='visually-"
        f"hidden'>Regular price</span><span class='price-item price-item--regular'>${amount:.2f} USD</span>"
        "</div></div></div>"
    )


def product(extra_in_media: str = "") -> str:
    return (
        "<section id='shopify-section-template--1__main' class='shopify-section section'><section class='"
        "product'>"
        + dawn_media("IMG_4821").replace("</ul>", f"</ul>{extra_in_media}")
        + "<div class='product__"
        "info-container'><div class='product__title'><h1>Waxed Canvas Field Tote</h1></div>"
        + price_block(68)
        + add_button()
        + "</div></section></section>"
    )


FEATURED = (
    "<section id='shopify-section-template--1__featured_product' class='shopify-section section'><section "
    "class='featured-product product'><div class='product__media-wrapper'><img src='//cdn.shopify.com/s/files/"
    "1/0555/0123/products/dopp.jpg?width=800' alt='Waxed Canvas Dopp Kit' width='800' height='800'></div>"
    "<div class='product__info-container'><h2 class='product__title h1'><a href='/products/waxed-canvas-dopp-"
    "kit'>Waxed Canvas Dopp Kit</a></h2>"
    + price_block(38)
    + "<form action='/cart/add'><button type='submit' "
    "name='add' class='product-form__submit button'>Add to cart</button></form><a href='/products/waxed-canvas"
    "-dopp-kit' class='link product__view-details'>View full details</a></div></section></section>"
)


@pytest.mark.parametrize("order", ["featured-after", "featured-before"])
def test_a_featured_product_section_is_another_products(order: str) -> None:
    body = product() + FEATURED if order == "featured-after" else FEATURED + product()
    got = extract_product(shopify(body, TITLE), URL) or {}
    assert got.get("title") == "Waxed Canvas Field Tote"
    assert got.get("price") == 68.0
    assert (got.get("image_urls") or [None])[0] == MAIN_PHOTO


# must not fire: the product alone; a heading linking elsewhere beside the photo in a block without
# a price (a size guide's); two "Regular price" amounts in the title's own block (a variant table)
@pytest.mark.parametrize(
    "extra",
    ["", "<h3 class='size-guide'><a href='/pages/size-guide'>Size guide</a></h3>"],
    ids=["alone", "size-guide-heading-by-the-photo"],
)
def test_the_product_alone_and_a_heading_without_price(extra: str) -> None:
    got = extract_product(shopify(product(extra), TITLE), URL) or {}
    assert (got.get("title"), got.get("price")) == ("Waxed Canvas Field Tote", 68.0)
    assert (got.get("image_urls") or [None])[0] == MAIN_PHOTO


def test_two_regular_amounts_in_the_title_block_choose_none() -> None:
    root = Selector(
        text="<div class='product'><h1>Tote</h1><ul><li><span class='price-item--regular'>$20.00</span></li>"
        "<li><span class='price-item--regular'>$30.00</span></li></ul></div>"
        "<section><span class='price-item--regular'>$38.00</span></section>"
    ).root
    title = root.xpath("//h1")[0]
    regular = [(float(el.text.strip("$")), "USD", el) for el in root.xpath("//span")]
    assert _title_block_regular(title, regular) is None
    assert _title_block_regular(title, regular[1:]) == regular[1]
    assert _title_block_regular(None, regular) is None and _title_block_regular(title, []) is None
