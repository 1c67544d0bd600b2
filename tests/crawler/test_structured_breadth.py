"""Ordinary product pages with structured data on which the rules for structured data as platforms
write it (issue 14, test_structured_kinds.py, pages_market6) must NOT fire, or must still give the
right answer: a price of 0, a structured name ending in a separator and a part, a <title> adding
brand words, an AggregateOffer beside a sold-out page, Wix's "Offers", a `?variant=` URL, a
structured sku extending a code the page shows, a bare "$" beside written currency codes."""

from __future__ import annotations

import json

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.values import written_dollar_code

URL = "https://toyshop.example/p/1"
PHOTO = "https://toyshop.example/img/main-photo-1200.jpg"


def _page(
    product: dict | list,
    *,
    h1: str,
    title: str,
    site: str | None = None,
    price: str = "£22.00",
    buy: str = '<button type="submit" name="add">Add to cart</button>',
    body: str = "",
) -> str:
    """A small product page: JSON-LD `product`, a `<title>`, og:site_name when given, an h1, a
    price, a buy control and `body`."""
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    return f"""<!doctype html><html lang="en"><head><title>{title}</title>{meta}
<script type="application/ld+json">{json.dumps(product)}</script></head>
<body><header><a href="/">Shop</a></header><main><div class="product">
<img class="product-image" src="{PHOTO}" width="800" height="800" alt="{h1}">
<h1 class="product-title">{h1}</h1><div class="price">{price}</div>
<form action="/cart/add" method="post">{buy}</form>
{body}</div></main></body></html>"""


def _product(name: str, price: str = "22.00", currency: str = "GBP", **extra: object) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": name,
        "image": PHOTO,
        "offers": {"@type": "Offer", "price": price, "priceCurrency": currency, "availability": "InStock"},
        **extra,
    }


# ---- a price of "0" -------------------------------------------------------------------------------


def test_price_zero_beside_a_shown_price_gives_the_shown_price() -> None:
    got = extract_product(
        _page(_product("Stoneware Mug", price="0"), h1="Stoneware Mug", title="Stoneware Mug"), URL
    )
    assert (got["price"], got["currency"]) == (22.0, "GBP")


def test_first_offer_of_zero_gives_way_to_the_next_offer() -> None:
    product = _product("Stoneware Mug")
    product["offers"] = [
        {"@type": "Offer", "price": "0", "priceCurrency": "GBP", "availability": "InStock"},
        {"@type": "Offer", "price": "24.00", "priceCurrency": "GBP", "availability": "InStock"},
    ]
    got = extract_product(_page(product, h1="Stoneware Mug", title="Stoneware Mug", price="£24.00"), URL)
    assert (got["price"], got["currency"]) == (24.0, "GBP")


def test_aggregate_offer_from_zero_gives_the_shown_price() -> None:
    # a free sample variant makes the lowPrice 0: the price the page shows is read
    product = _product("Wallpaper Roll")
    product["offers"] = {
        "@type": "AggregateOffer",
        "lowPrice": "0",
        "highPrice": "40.00",
        "priceCurrency": "GBP",
        "availability": "InStock",
    }
    got = extract_product(_page(product, h1="Wallpaper Roll", title="Wallpaper Roll", price="£40.00"), URL)
    assert (got["price"], got["currency"], got["availability"]) == (40.0, "GBP", "InStock")


def test_a_free_download_has_no_price() -> None:
    # a genuinely free item (price 0, the page says "Free"): no price is read, as for a price on
    # request; a listing at 0 says nothing about a counterfeit's price, so None is the right answer
    product = _product("Printable Colouring Pages Pack", price="0.00")
    got = extract_product(
        _page(
            product,
            h1="Printable Colouring Pages Pack",
            title="Printable Colouring Pages Pack",
            price="Free",
            buy='<button type="submit">Download</button>',
        ),
        URL,
    )
    assert got["price"] is None and got["title"] == "Printable Colouring Pages Pack"


def test_opengraph_price_zero_beside_json_ld_price_keeps_the_json_ld_price() -> None:
    html = _page(_product("Stoneware Mug"), h1="Stoneware Mug", title="Stoneware Mug").replace(
        "</head>",
        '<meta property="product:price:amount" content="0"><meta property="product:price:currency" content="GBP"></head>',
    )
    got = extract_product(html, URL)
    assert (got["price"], got["currency"]) == (22.0, "GBP")


# ---- a structured name: the shown name plus a separator and a part ---------------------------------


@pytest.mark.parametrize(
    ("name", "h1", "title", "site"),
    [
        # the " - " is part of the product's name; no og:site_name; the <title> is the name itself
        ("Spider-Man - Miles Morales Figure", "Spider-Man", "Spider-Man - Miles Morales Figure", None),
        (
            "Spider-Man - Miles Morales Figure",
            "Spider-Man",
            "Spider-Man - Miles Morales Figure | Toy Shop",
            "Toy Shop",
        ),
        ("Star Wars: The Mandalorian Helmet", "Star Wars", "Star Wars: The Mandalorian Helmet", None),
        ("Pokémon | Pikachu Plush 30 cm", "Pokémon", "Pokémon | Pikachu Plush 30 cm", None),
        # the variant after the separator, the shop's name only in the <title>
        ("Trail Runner 2 — Black", "Trail Runner 2", "Trail Runner 2 — Black | Toy Shop", None),
    ],
)
def test_structured_name_whose_tail_is_not_the_shop_stays_whole(
    name: str, h1: str, title: str, site: str | None
) -> None:
    got = extract_product(_page(_product(name), h1=h1, title=title, site=site), URL)
    assert got["title"] == name


@pytest.mark.parametrize(
    ("name", "title", "site"),
    [
        ("Miles Morales Figure | Toy Shop", "Miles Morales Figure | Toy Shop", "Toy Shop"),
        ("Miles Morales Figure - Toy Shop", "Miles Morales Figure - Toy Shop", None),  # the host's name
        ("Miles Morales Figure – ToyShop", "Miles Morales Figure – ToyShop", None),
    ],
)
def test_structured_name_with_the_shops_name_still_gives_the_shown_name(
    name: str, title: str, site: str | None
) -> None:
    got = extract_product(_page(_product(name), h1="Miles Morales Figure", title=title, site=site), URL)
    assert got["title"] == "Miles Morales Figure"


def test_shop_name_of_a_country_domain_names_its_host() -> None:
    html = _page(
        _product("Miles Morales Figure | Toy Shop"),
        h1="Miles Morales Figure",
        title="Miles Morales Figure | Toy Shop",
    )
    assert extract_product(html, "https://www.toyshop.co.uk/p/1")["title"] == "Miles Morales Figure"


# ---- a <title> adding only brand words -------------------------------------------------------------


def test_title_adding_a_colour_that_is_one_word_of_the_brand_is_the_fuller_name() -> None:
    product = _product("Spot 400 Headlamp", brand={"@type": "Brand", "name": "Black Diamond"})
    got = extract_product(
        _page(product, h1="Spot 400 Headlamp", title="Spot 400 Headlamp Black | Toy Shop"), URL
    )
    assert got["title"] == "Spot 400 Headlamp Black"


def test_title_adding_the_whole_brand_leaves_the_structured_name() -> None:
    product = _product("Spot 400 Headlamp", brand={"@type": "Brand", "name": "Black Diamond"})
    got = extract_product(
        _page(product, h1="Spot 400 Headlamp", title="Black Diamond Spot 400 Headlamp | Toy Shop"), URL
    )
    assert got["title"] == "Spot 400 Headlamp"


# ---- an AggregateOffer InStock beside a sold-out page ---------------------------------------------


def test_aggregate_offer_in_stock_beside_a_sold_out_button_is_sold_out() -> None:
    product = _aggregate_product()
    got = extract_product(
        _page(
            product,
            h1="Wool Throw",
            title="Wool Throw",
            price="£89.00",
            buy='<button type="submit" disabled class="sold-out">Sold out</button>',
        ),
        URL,
    )
    assert got["availability"] in ("OutOfStock", "SoldOut")


def test_aggregate_offer_in_stock_beside_an_ordinary_button_stays_in_stock() -> None:
    product = _aggregate_product()
    got = extract_product(_page(product, h1="Wool Throw", title="Wool Throw", price="£89.00"), URL)
    assert (got["availability"], got["price"]) == ("InStock", 89.0)


def test_aggregate_offer_in_stock_beside_a_waiting_control_and_a_sold_out_size_stays_in_stock() -> None:
    # WooCommerce variable product: the cart button waits for a choice; one size swatch says sold out
    product = _aggregate_product()
    swatches = (
        '<div class="swatches"><button type="button" class="swatch">Single</button>'
        '<button type="button" class="swatch disabled">Sold out</button></div>'
    )
    buy = (
        swatches + '<button type="submit" class="single_add_to_cart_button button alt disabled '
        'wc-variation-selection-needed">Add to basket</button>'
    )
    got = extract_product(_page(product, h1="Wool Throw", title="Wool Throw", price="£89.00", buy=buy), URL)
    assert (got["availability"], got["price"]) == ("InStock", 89.0)


def _aggregate_product() -> dict:
    product = _product("Wool Throw")
    product["offers"] = {
        "@type": "AggregateOffer",
        "lowPrice": "89.00",
        "highPrice": "139.00",
        "offerCount": 2,
        "priceCurrency": "GBP",
        "availability": "https://schema.org/InStock",
    }
    return product


_WAITING = (
    '<button type="submit" class="single_add_to_cart_button button alt disabled '
    'wc-variation-selection-needed">Add to basket</button>'
)


def test_aggregate_offer_in_stock_beside_a_sold_out_related_card_stays_in_stock() -> None:
    # a related product's quick-add form says sold out: not this product's control
    cards = "".join(
        f'<li class="product-card"><a href="/p/{i}">Wool Cushion {i}</a><span class="price">£{i}9.00</span>'
        f'<form action="/cart/add"><button type="submit" disabled>Sold out</button></form></li>'
        for i in (2, 3, 4)
    )
    body = f'<section class="related products"><h2>Related products</h2><ul class="products">{cards}</ul></section>'
    got = extract_product(
        _page(
            _aggregate_product(), h1="Wool Throw", title="Wool Throw", price="£89.00", buy=_WAITING, body=body
        ),
        URL,
    )
    assert (got["availability"], got["price"]) == ("InStock", 89.0)


def test_aggregate_offer_in_stock_beside_a_sold_out_submit_input_is_sold_out() -> None:
    buy = '<input type="submit" class="button" disabled value="Uitverkocht">'
    got = extract_product(
        _page(_aggregate_product(), h1="Wool Throw", title="Wool Throw", price="£89.00", buy=buy), URL
    )
    assert got["availability"] in ("OutOfStock", "SoldOut")


# ---- Wix "Offers" ----------------------------------------------------------------------------------


def test_lowercase_offers_read_before_capitalised_offers() -> None:
    product = _product("Leather Bag", price="185.00", currency="EUR")
    product["Offers"] = {"@type": "Offer", "price": "1.00", "priceCurrency": "EUR"}
    got = extract_product(_page(product, h1="Leather Bag", title="Leather Bag", price="€185,00"), URL)
    assert (got["price"], got["currency"]) == (185.0, "EUR")


def test_capitalised_offers_read_when_lowercase_offers_are_empty() -> None:
    product = _product("Leather Bag", price="185.00", currency="EUR")
    product["Offers"], product["offers"] = product["offers"], []
    got = extract_product(_page(product, h1="Leather Bag", title="Leather Bag", price="€185,00"), URL)
    assert (got["price"], got["currency"]) == (185.0, "EUR")


# ---- `?variant=` in the URL ------------------------------------------------------------------------

SHOWN = "https://toyshop.example/img/shown-front-1200.jpg"
LIFESTYLE = "https://toyshop.example/img/lifestyle-banner.jpg"


def _group(variant_images: tuple[str | None, str | None], group_image: str | None = LIFESTYLE) -> dict:
    variants = []
    for i, img in enumerate(variant_images, 1):
        v = {
            "@type": "Product",
            "name": f"Crew Sweater - {i}",
            "sku": f"CS-{i}",
            "offers": {
                "@type": "Offer",
                "price": "98.00",
                "priceCurrency": "USD",
                "availability": "InStock",
                "url": f"https://toyshop.example/products/crew?variant=4000{i}",
            },
        }
        if img:
            v["image"] = img
        variants.append(v)
    group = {
        "@context": "https://schema.org",
        "@type": "ProductGroup",
        "name": "Crew Sweater",
        "hasVariant": variants,
    }
    if group_image:
        group["image"] = group_image
    return group


def _variant_page(group: dict) -> str:
    return _page(group, h1="Crew Sweater", title="Crew Sweater", price="$98.00").replace(PHOTO, SHOWN)


def test_variant_without_its_own_picture_leaves_the_shown_picture() -> None:
    # the group's picture is a banner; the variant the URL names has none: the page's picture leads
    got = extract_product(
        _variant_page(_group((None, None))), "https://toyshop.example/products/crew?variant=40002"
    )
    assert got["image_urls"][0] == SHOWN and got["sku"] == "CS-2"


def test_variant_id_absent_from_the_offers_leaves_the_shown_picture() -> None:
    got = extract_product(
        _variant_page(_group((LIFESTYLE, LIFESTYLE), None)),
        "https://toyshop.example/products/crew?variant=99999",
    )
    assert got["image_urls"][0] == SHOWN


def test_variant_with_its_own_picture_leads_with_it() -> None:
    own = "https://toyshop.example/img/crew-forest.jpg"
    got = extract_product(
        _variant_page(_group((None, own), None)), "https://toyshop.example/products/crew?variant=40002"
    )
    assert got["image_urls"][0] == own


# ---- a structured sku extending a code the page shows ----------------------------------------------


def test_structured_sku_is_kept_when_the_shorter_code_belongs_to_another_item() -> None:
    card = (
        '<section class="related"><h2>You may also like</h2><div class="product-card">'
        '<a href="/p/2">Trail Boot Lite</a><span class="product-id">TB4410</span></div></section>'
    )
    got = extract_product(
        _page(_product("Trail Boot", sku="TB4410-XL"), h1="Trail Boot", title="Trail Boot", body=card), URL
    )
    assert got["sku"] == "TB4410-XL"


def test_hyphenated_model_code_shown_whole_is_kept() -> None:
    # "WH-1000XM5": the code's own hyphen is no variant suffix of a shorter shown code
    got = extract_product(
        _page(
            _product("Headphones", sku="WH-1000XM5"),
            h1="Headphones",
            title="Headphones",
            body='<div class="product-number">Model: <span class="product-id">WH-1000XM5</span></div>',
        ),
        URL,
    )
    assert got["sku"] == "WH-1000XM5"


# ---- a bare "$" beside written codes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("price_text", "html", "want"),
    [
        ("$20.00", "<p>$20.00 USD</p>", "USD"),
        ("$20.00", "<p>$20.00 USD</p><p>Shipping $20.00 CAD</p>", None),  # two codes: which, nothing says
        ("$20.00", "<p>Shipping 20 CAD</p>", None),  # no '$' before: another amount
        ("$9.99", "<p>$19.99 CAD</p>", None),  # another amount ending in the same digits
        ("$1", "<p>$1.299 ARS</p>", None),  # the start of another amount
        ("$20.00", "<p>$20.00 EUR</p>", None),  # no dollar code
        ("$20.00", "<p>$20.00 USDT</p>", None),  # a token, not a code
    ],
)
def test_written_dollar_code(price_text: str, html: str, want: str | None) -> None:
    assert written_dollar_code(price_text, html) == want


def test_bare_dollar_of_a_us_shop_with_a_currency_menu_stays_as_before() -> None:
    menu = '<select name="currency"><option>USD</option><option>CAD</option></select><p>Orders over $50 CAD ship free</p>'
    got = extract_product(
        _page(
            _product("Crew Sweater", price="98.00", currency="USD"),
            h1="Crew Sweater",
            title="Crew Sweater",
            price="$98.00",
            body=menu,
        ),
        URL,
    )
    assert (got["price"], got["currency"]) == (98.0, "USD")
