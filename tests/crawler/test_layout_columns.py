"""Product pages laid out in grid columns, and prices named for a modal (issue 14, "a listing for
every product page").

tests/crawler/test_image_review2.py's two Shopify Turbo pages (turbo-lazy-data-srcset-fancybox,
turbo-rendered-flickity) gave no listing. Their review read the cause as the page's two
`<div class="one-half column">` halves (gallery, product info) taken for repeated product cards.
Reproduced against 9dbf5a2..ada717e: it is not. `Layout._repeated` wants 3+ siblings and
`Layout._card_pair` a price and another product's link in each of two (the info half holds the
`<h1>` and the gallery half no price), so neither half is a card (`Layout.context` gives (False,
False) for the price). The price was dropped by `Page.others_price`: Turbo names its price
`<p class="modal_price">`, on the product page as in its quick-shop modal, and `_DIALOG` ("modal")
read that name as a dialog shown on demand that does not hold the title, so `price_in_card`.

Kind fixed (crawler/heuristics/layout.py `_DIALOG_PRICE`): a name in which a dialog's word
qualifies a price ("modal-price", "popup-price", "quick-view-price") names the price, not a dialog;
the element is a dialog only by its other names or its role. A dialog around such a price (Turbo's
quick-shop modal, a Bootstrap "added to cart" modal) is named for itself and still counts.

Cases here, each with realistic markup: `FIRES` failed before the fix (no listing); `COLUMNS` are
the grid-column layouts the review suspected (must not change: category pages of cards in column
classes stay lists, a row of two related cards under a product stays cards, product pages in
halves or thirds stay product pages); `DIALOGS` are must-not-fire pages of the fix (a price named
for a modal inside a real modal is still the modal's), two of them ("fires-") with the product's own
price named "modal_price" beside a quick-shop modal or two related cards (no listing before).
Against the layout.py before the fix: the 3 `FIRES` and the 2 "fires-" cases failed, the other 12
pages and the 6 `test_price_named_for_a_dialog` cases but "quick-view__price" alone passed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from parsel import Selector

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.layout import Layout
from tests.crawler.review_cases import case_params

SH = "https://www.fieldandfoundry.com"
CDN = "//www.fieldandfoundry.com/cdn/shop/products"


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    price: float | None  # the listing's price; None: no listing at all (a list of products)


def page(body: str, title: str, head: str = "") -> str:
    return (
        "<!doctype html><html class='no-js' lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title>{head}</head><body class='product'>"
        "<div class='header header-fixed--true is-absolute'><div class='container'>"
        f"<a href='/' class='logo'><img src='{CDN}/../files/ff_logo_300x.png' alt='Field &amp; Foundry'></a>"
        "<ul class='menu'><li><a href='/collections/kitchen'>Kitchen</a></li>"
        "<li><a href='/collections/outdoor'>Outdoor</a></li><li><a href='/cart'>Cart (0)</a></li></ul>"
        "</div></div><div class='main-content'>"
        f"{body}</div><div class='footer'><div class='container'><p>&copy; 2026 Field &amp; Foundry</p>"
        "<ul class='payment_methods'><li>Visa</li><li>Mastercard</li></ul></div></div></body></html>"
    )


def gallery(files: list[str], name: str) -> str:
    cells = "".join(
        f"<div class='gallery-cell'><a href='{CDN}/{f}_2048x.jpg?v=1650000000' class='lightbox' data-fancybox='gallery'>"
        f"<img src='{CDN}/{f}_800x.jpg?v=1650000000' alt='{name}' width='1500' height='1500'></a></div>"
        for f in files
    )
    return f"<div class='product-gallery product_slider'><div class='product_gallery'>{cells}</div></div>"


def info(name: str, price: str, price_class: str = "modal_price subtitle") -> str:
    return (
        f"<h1 class='product_name title'>{name}</h1>"
        f"<p class='{price_class}'><span class='current_price'><span class='money'>${price}</span></span></p>"
        "<div class='description content'><p>Hand-forged and finished in small batches.</p></div>"
        "<form action='/cart/add' method='post' class='clearfix product_form'>"
        "<input type='hidden' name='id' value='39112233'><button type='submit' name='add' "
        "class='button add_to_cart'>Add to Cart</button></form>"
    )


def card(handle: str, name: str, price: str, wrap: str) -> str:
    """One product card of a collection or related row in a grid column `<div class=wrap>`."""
    return (
        f"<div class='{wrap}'><div class='product-wrap'><div class='image__container'>"
        f"<a href='/products/{handle}'><img src='{CDN}/{handle}_400x.jpg?v=1650000000' alt='{name}'></a></div>"
        f"<a class='product-info__caption' href='/products/{handle}'><div class='product-details'>"
        f"<span class='title'>{name}</span><span class='price'><span class='money'>${price}</span></span>"
        "</div></a></div></div>"
    )


ITEMS = [
    ("cast-iron-skillet-10", "10-inch Cast Iron Skillet", "58.00"),
    ("carbon-steel-wok", "Carbon Steel Wok", "74.00"),
    ("walnut-cutting-board", "Walnut Cutting Board", "96.00"),
    ("enamel-dutch-oven", "Enamel Dutch Oven", "189.00"),
    ("copper-saucepan", "Copper Saucepan", "142.00"),
    ("linen-apron", "Linen Apron", "38.00"),
]
SKILLET = "10-inch Cast Iron Skillet"
SKILLET_URL = f"{SH}/products/cast-iron-skillet-10"
SKILLET_FILES = ["CIS10_hero", "CIS10_side", "CIS10_pan_seared"]


def collection(wrap: str, row: str = "container") -> str:
    cards = "".join(card(h, n, p, wrap) for h, n, p in ITEMS)
    return page(
        "<div class='container'><div class='one-whole column'><h1 class='collection_title'>Cookware</h1>"
        "<p>Pans, pots and boards we use every day.</p></div></div>"
        f"<div class='{row} collection-matrix'>{cards}</div>",
        "Cookware | Field &amp; Foundry",
    )


def halves(half: str, price_class: str = "modal_price subtitle", after: str = "") -> str:
    return page(
        "<div class='section product_section is-flex js-product_section'>"
        f"<div class='{half}'>{gallery(SKILLET_FILES, SKILLET)}</div>"
        f"<div class='{half}'>{info(SKILLET, '58.00', price_class)}</div></div>{after}",
        f"{SKILLET} | Field &amp; Foundry",
    )


FIRES: list[Case] = [
    # Turbo: gallery half and info half, the price named "modal_price"
    Case("turbo-halves-modal-price", SKILLET_URL, halves("one-half column medium-down--one-whole"), 58.0),
    # the same price name in Bootstrap columns
    Case("bootstrap-col-md-6-modal-price", SKILLET_URL, halves("col-md-6 col-sm-12"), 58.0),
    # a product theme naming its price for the quick view it shares ("quick-view__price")
    Case(
        "quick-view-price-name-on-product",
        SKILLET_URL,
        halves("grid__item medium-up--one-half", price_class="product-single__price quick-view__price"),
        58.0,
    ),
]

# two related cards in the same column class as the product's halves, without a noise name
RELATED_TWO = (
    "<div class='section'><div class='container'><h3 class='title center'>Pairs well with</h3>"
    + card(*ITEMS[2], wrap="one-half column medium-down--one-whole")
    + card(*ITEMS[3], wrap="one-half column medium-down--one-whole")
    + "</div></div>"
)
THIRDS = page(
    "<div class='section product_section'>"
    f"<div class='one-third column'>{gallery(SKILLET_FILES, SKILLET)}</div>"
    f"<div class='one-third column'>{info(SKILLET, '58.00', 'price')}</div>"
    "<div class='one-third column'><h4>Shipping</h4><p>Free US shipping over $75. Returns within 30 days.</p></div>"
    "</div>",
    f"{SKILLET} | Field &amp; Foundry",
)

COLUMNS: list[Case] = [
    # category pages of cards in grid-column classes: lists, no listing
    Case(
        "collection-turbo-one-third",
        f"{SH}/collections/cookware",
        collection("one-third column thumbnail"),
        None,
    ),
    Case(
        "collection-bootstrap-col-md-4",
        f"{SH}/collections/cookware",
        collection("col-md-4 col-sm-6", "row"),
        None,
    ),
    Case(
        "collection-debut-grid-item-quarter",
        f"{SH}/collections/cookware",
        collection(
            "grid__item grid__item--collection medium-up--one-quarter small--one-half", "grid grid--uniform"
        ),
        None,
    ),
    Case(
        "collection-tailwind-w-1-2",
        f"{SH}/collections/cookware",
        collection("w-1/2 md:w-1/3 px-2", "flex flex-wrap"),
        None,
    ),
    Case(
        "collection-span4",
        f"{SH}/collections/cookware",
        collection("span4 product-grid-item", "row-fluid"),
        None,
    ),
    # product pages in halves / thirds whose price carries no dialog word (read before and after)
    Case("halves-plain-price", SKILLET_URL, halves("one-half column", price_class="price"), 58.0),
    Case("thirds-plain-price", SKILLET_URL, THIRDS, 58.0),
    # a row of two related cards under the product, in the halves' own column class: the product's
    # price, not a card's
    Case(
        "halves-related-two-cards",
        SKILLET_URL,
        halves("one-half column medium-down--one-whole", price_class="price", after=RELATED_TWO),
        58.0,
    ),
]

# Turbo's quick-shop modal on a collection page: the modal's price named "modal_price" inside the
# modal (named "modal", closed): still the modal's, another product's
QUICK_SHOP = (
    "<div class='js-quick-shop modal fancybox-content' id='quick-shop-4411' aria-hidden='true' style='display: none'>"
    "<div class='container'><div class='one-half column'>"
    f"<img src='{CDN}/carbon-steel-wok_800x.jpg?v=1650000000' alt='Carbon Steel Wok'></div>"
    "<div class='one-half column'><h3 class='product_name'>Carbon Steel Wok</h3>"
    "<p class='modal_price'><span class='current_price'><span class='money'>$74.00</span></span></p>"
    "<form action='/cart/add' method='post'><button type='submit' class='add_to_cart'>Add to Cart</button></form>"
    "</div></div></div>"
)
# a Bootstrap "added to your cart" modal offering an add-on, its price named "modal-price"
ADDED_MODAL = (
    "<div class='modal fade' id='cartUpsell' tabindex='-1' aria-hidden='true'><div class='modal-dialog'>"
    "<div class='modal-content'><div class='modal-header'><h5 class='modal-title'>Added to your cart</h5></div>"
    "<div class='modal-body'><div class='upsell-item'><p>Add seasoning oil for</p>"
    "<span class='modal-price'>$12.00</span><button type='button' class='btn'>Add</button></div></div></div></div></div>"
)

DIALOGS: list[Case] = [
    Case(
        "product-with-added-to-cart-modal-price",
        SKILLET_URL,
        halves("col-md-6", price_class="price", after=ADDED_MODAL),
        58.0,
    ),
    Case(
        "product-with-quick-shop-modal",
        SKILLET_URL,
        halves("one-half column medium-down--one-whole", price_class="price", after=QUICK_SHOP),
        58.0,
    ),
    # the same with the product's own price named "modal_price" too (no listing before the fix)
    Case(
        "fires-turbo-product-with-quick-shop-modal",
        SKILLET_URL,
        halves("one-half column medium-down--one-whole", after=QUICK_SHOP),
        58.0,
    ),
    # Turbo halves and a row of two related cards in the same column class (no listing before the fix)
    Case(
        "fires-turbo-related-two-cards-modal-price",
        SKILLET_URL,
        halves("one-half column medium-down--one-whole", after=RELATED_TWO),
        58.0,
    ),
]


def listing_price(c: Case) -> float | None:
    got = extract_product(c.html, c.url)
    return None if got is None else got.get("price")


@pytest.mark.parametrize("c", case_params(FIRES + COLUMNS + DIALOGS))
def test_listing_price(c: Case) -> None:
    assert listing_price(c) == c.price


@pytest.mark.parametrize(
    "html, dialog",
    [
        (QUICK_SHOP, True),  # Turbo's quick-shop modal around "modal_price"
        (ADDED_MODAL, True),  # Bootstrap's modal around "modal-price"
        ("<div class='popup'><div><span class='popup-price'>$9.00</span></div></div>", True),
        ("<div role='dialog'><span class='quick-view__price'>$9.00</span></div>", True),
        ("<div class='one-half column'><p class='modal_price subtitle'><span>$9.00</span></p></div>", False),
        ("<div><span class='price quickview-price'>$9.00</span></div>", False),
    ],
)
def test_price_named_for_a_dialog(html: str, dialog: bool) -> None:
    """A name pairing a dialog's word with "price" names the price; a dialog around it (its own name,
    its role) still makes the price a dialog's."""
    lay = Layout(Selector(text=f"<html><body>{html}</body></html>"), SH + "/")
    price = next(el for el in lay.root.iter() if "$9.00" in (el.text or "") or "$" in (el.text or ""))
    assert lay.in_dialog(price) is dialog
