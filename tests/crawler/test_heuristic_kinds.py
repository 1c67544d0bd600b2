"""Kinds of product pages the HTML heuristics must read the same way whatever the shop: the main
price among old, unit, instalment, saving and shipping amounts; the product title among headings,
badges and the shop's name; the main picture among thumbnails, banners, lazy and background
images. Each case is one kind, written small; the pages are loopback-free strings.

Also: the price parsing layer on real price strings from real shop pages (a sample of
price-parser's test suite), and the benchmark's structured-data stripping (the probe
"train, structured data removed" of benchmarks/bench_extraction.py).
"""

from __future__ import annotations

import pytest
from parsel import Selector

from benchmarks.bench_extraction import strip_structured
from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics import Page, shown_price, title_without_shop
from knockoff.crawler.values import normalize_currency, parse_price

URL = "https://shop.example/p/1"
NAME = "Trail Runner 2 Shoe"
H1 = f"<h1>{NAME}</h1>"
IMG = f"<div class='product-gallery'><img src='/media/trail-runner-2_1000.jpg' alt='{NAME}'></div>"
PRICE = "<span class='price'>$35.00</span>"
BUY = "<button>Add to cart</button>"


def page(body: str, title: str = f"{NAME} | Shop Example", head: str = "") -> str:
    """A product page of shop.example: header with logo and menu, `body`, footer."""
    return (
        f"<html><head><title>{title}</title>{head}</head><body><header><a href='/'><img src='/logo.png' "
        f"alt='Shop'></a><nav><a href='/c'>Men</a></nav></header>{body}<footer>Shop Example</footer></body></html>"
    )


PRICES = {
    "sale beside a was price": (H1 + IMG + "<div class='price'><span class='was'>$50.00</span> <span class='now'>$35.00</span></div>", 35.0),
    "del and ins": (H1 + IMG + "<div class='product-price'><del>$50.00</del> <ins>$35.00</ins></div>", 35.0),
    "struck price in an unnamed paragraph": (H1 + IMG + "<p><del>$50.00</del> <strong>$35.00</strong></p>", 35.0),
    "struck by inline style": (H1 + IMG + "<div class='prices'><span class='price' style='text-decoration: line-through'>$50.00</span> <span class='price'>$35.00</span></div>", 35.0),
    "compare-at price in <s>": (H1 + IMG + "<div class='product__price'><s class='price-item'>$50.00</s><span class='price-item price-item--sale'>$35.00</span></div>", 35.0),
    "special and old price boxes": (H1 + IMG + "<div class='price-box'><span class='special-price'><span class='price'>$35.00</span></span><span class='old-price'><span class='price'>$50.00</span></span></div>", 35.0),
    "sale and reg. in one text": (H1 + IMG + "<div class='product-price'>Sale $35.00 <span>Reg. $50.00</span></div>", 35.0),
    "now and was in one text": (H1 + IMG + "<div class='price'>Now $35.00 was $50.00</div>", 35.0),
    "reg. price before the sale one": (H1 + IMG + "<div class='product-price'>Reg. $50.00</div><div class='product-price sale'>Sale $35.00</div>", 35.0),
    "per-unit price after": (H1 + IMG + "<span class='price'>$4.99</span> <span class='price-per-unit'>($0.31/oz)</span>", 4.99),
    "per-unit price before": (H1 + IMG + "<div class='unit'>$12.48/lb</div><span class='price'>$4.99</span>", 4.99),
    "member price below": (H1 + IMG + "<div class='price'>$35.00</div><div class='member-price'>Members $30.00</div>", 35.0),
    "quantity tiers below": (H1 + IMG + "<div class='price'>$35.00</div><table class='tier-prices'><tr><td>Buy 10+</td><td class='price'>$30.00</td></tr></table>", 35.0),
    "saving before the price": (H1 + IMG + "<div class='price-box'><span class='price-save'>Save $15.00</span><span class='price'>$35.00</span></div>", 35.0),
    "free-shipping threshold before the price": (H1 + IMG + "<div class='promo-msg'>Free shipping over $49</div>" + PRICE, 35.0),
    "starting from": (H1 + IMG + "<div class='product-price'>Starting from $999.00</div>", 999.0),
    "from": (H1 + IMG + "<div class='price'>From $10.00</div>", 10.0),
    "ab (de)": (H1 + IMG + "<div class='preis'>ab 9,99 €</div>", 9.99),
    "à partir de (fr)": (H1 + IMG + "<div class='prix'>à partir de 12,00 €</div>", 12.0),
    "range": (H1 + IMG + "<div class='price'>$19.95 - $24.95</div>", 19.95),
    "european notation": (H1 + IMG + "<div class='preis'>1.299,00 €</div>", 1299.0),
    "spaces grouping thousands": (H1 + IMG + "<div class='price'>1 234,56 €</div>", 1234.56),
    "swiss apostrophe": (H1 + IMG + "<div class='price'>CHF 1'234.50</div>", 1234.5),
    "no cents": (H1 + IMG + "<div class='price'>$1,299</div>", 1299.0),
    "cents in <sup>": (H1 + IMG + "<div class='price'><span>$</span>89<sup>99</sup></div>", 89.99),
    "cents in their own span": (H1 + IMG + "<div class='price'><span class='dollars'>89</span>.<span class='cents'>99</span></div>", 89.99),
    "cents span with the dot": (H1 + IMG + "<span class='price'>$35<span class='cents'>.00</span></span>", 35.0),
    "price labelled in a table": (H1 + IMG + "<table><tr><td>Our Price:</td><td><b>$12.99</b></td></tr></table>", 12.99),
    "unnamed price after the title": (H1 + "<p>Great shoe for trails.</p>" + IMG + "<div><span>$89.00</span></div>", 89.0),
}  # fmt: skip


# pages where the product's price is not the nearest to the title: the runner-up sits in a dialog,
# or a variant dropdown
SPREAD = {
    "a warranty offer in a popup nearer the title": (
        H1 + "<div class='center-popup'><div class='popup-body'><ul class='price'><li class='price-current'>$44.99</li></ul></div></div>"
        + "<p>" + "<span>spec</span>" * 40 + "</p>" + IMG + "<div class='product-price'>$339.99</div>",
        339.99,
    ),
    "variant prices in a dropdown beside the price": (
        H1 + "<div class='product-variations'><ul><li><span class='title'>Small <span class='product-price'>$31.95</span></span></li>"
        + "<li><span class='title'>Large <span class='product-price'>$97.95</span></span></li></ul></div>"
        + IMG + "<div class='product-price'>$51.95</div>",
        51.95,
    ),
}  # fmt: skip
PRICES.update(SPREAD)


@pytest.mark.parametrize("kind", list(PRICES))
def test_price_kinds(kind: str) -> None:
    body, want = PRICES[kind]
    got = extract_product(page(body + BUY), URL)
    assert got is not None and got["price"] == want, (kind, got and got["price"])
    assert got["field_sources"]["price"] == "heuristic"


TITLES = {
    "the shop's name in an h1 logo": ("<h1 class='logo'><a href='/'>Shop Example</a></h1><div class='product-name'>" + NAME + "</div>", None, NAME),
    "the site title in an h1": ("<h1 class='site-title'><a href='/'>Shop Example</a></h1><h2 class='product_title'>" + NAME + "</h2>", None, NAME),
    "a brand span inside the h1": ("<h1><span class='brand'>Acme</span> " + NAME + "</h1>", "Acme Trail Runner 2 Shoe | Shop Example", "Acme " + NAME),
    "a badge inside the h1": ("<h1 class='product-title'><span class='badge'>New!</span> " + NAME + "</h1>", None, NAME),
    "a screen-reader h1 and the shown h2": ("<h1 class='h-sr-only'>Product page - " + NAME + "</h1><h2 class='title-product'>" + NAME + "</h2>", None, NAME),
    "no h1, one h2 before other sections": ("<div class='pdp'><h2>" + NAME + "</h2></div><h2>You may also like</h2>", None, NAME),
    "only the document title": ("<div class='pdp'></div>", NAME + " - Shop Example", NAME),
    "only the document title, Buy ... Online": ("<div class='pdp'></div>", "Buy " + NAME + " Online | Shop Example", NAME),
}  # fmt: skip


@pytest.mark.parametrize("kind", list(TITLES))
def test_title_kinds(kind: str) -> None:
    body, doc_title, want = TITLES[kind]
    got = extract_product(page(body + IMG + PRICE + BUY, doc_title or f"{NAME} | Shop Example"), URL)
    assert got is not None and got["title"] == want, (kind, got and got["title"])


def test_the_brand_line_of_a_title_block_is_not_the_title() -> None:
    """A title block with a brand heading named for the title ("product-title--brand") above the
    name: the name is the title element (the document title then may add the brand to it)."""
    html = page(
        "<div class='pdp-header'><h2 class='product-title--brand'>Acme</h2><div class='product-name'>"
        + NAME + "</div></div>" + IMG + PRICE + BUY,
        "Acme " + NAME + " | Shop Example",
    )  # fmt: skip
    title, el = Page(Selector(text=html), URL).find_title()
    assert title == NAME and el.get("class") == "product-name"


IMAGES = {
    "a zoom link around the picture": (H1 + "<div class='product-images'><a href='/media/trail-runner-2_zoom.jpg' class='zoom'><img src='/media/trail-runner-2_500.jpg'></a></div>", "trail-runner-2_"),
    "thumbnails before the main picture": (H1 + "<ul class='thumbs'><li><img src='/media/side_thumb.jpg' width='80' height='80'></li><li><img src='/media/top_thumb.jpg' width='80' height='80'></li></ul><div class='main'><img src='/media/trail-runner-2_1000.jpg' width='600' height='600'></div>", "trail-runner-2_1000"),
    "an unnamed large picture": (H1 + "<div><img src='/media/trail-runner-2_1000.jpg' width='600' height='600'></div>", "trail-runner-2_1000"),
    "a lazy picture": (H1 + "<div class='product-media'><img src='data:image/gif;base64,R0l' data-src='/media/trail-runner-2_1000.jpg' alt='" + NAME + "'></div>", "trail-runner-2_1000"),
    "a wide banner above the title": ("<div class='hero'><img src='/media/summer-sale-2024.jpg' width='1200' height='300'></div>" + H1 + "<div><img src='/media/trail-runner-2_1000.jpg' alt='" + NAME + "'></div>", "trail-runner-2_1000"),
    "a CSS background picture": (H1 + "<div class='product-image' style=\"background-image:url('/media/trail-runner-2_1000.jpg')\"></div>", "trail-runner-2_1000"),
    "a gallery link to the large size": (H1 + "<div class='gallery'><a href='/media/trail-runner-2_1600.jpg' data-fancybox='g'><img src='/media/trail-runner-2_400.jpg' alt='" + NAME + "'></a></div>", "trail-runner-2_"),
    "a <picture> with a WebP source": (H1 + "<picture><source srcset='/media/trail-runner-2_1000.webp 1000w' type='image/webp'><img src='/media/trail-runner-2_500.jpg' alt='" + NAME + "'></picture>", "trail-runner-2_"),
    "a placeholder and the picture in <noscript>": (H1 + "<div class='product-photo'><img class='lazy' src='/img/blank.gif'><noscript><img src='/media/trail-runner-2_1000.jpg'></noscript></div>", "trail-runner-2_1000"),
    "larger pictures in a related strip below": (H1 + IMG + PRICE + "<div class='related-products'><ul>" + "".join(f"<li class='card'><a href='/p/{i}'><img src='/media/other-{i}_1000.jpg' width='600'></a><span class='price'>$9.00</span></li>" for i in range(4)) + "</ul></div>", "trail-runner-2_1000"),
    "a main-content image after small thumbnails of other photos": (H1 + "<div class='gallery'>" + "".join(f"<div class='image-thumbnail'><img src='/media/photo-{i}.jpg?w=60&h=90' alt='{NAME} {i}'></div>" for i in range(3)) + "<div class='main-content'><img class='main-content-image' src='/media/trail-runner-2.jpg?w=704&h=1080' alt='Main Image - " + NAME + "'></div></div>", "trail-runner-2.jpg"),
    "the carousel's selected slide among other views": (H1 + "<div class='product-carousel'>" + "".join(f"<div class='carousel-item{' is-selected' if i == 2 else ''}'><img src='/media/view-{i}_1000.jpg' alt='{NAME}'></div>" for i in range(1, 4)) + "</div>", "view-2_1000"),
    "an alternate view before the main one": (H1 + "<div class='product-gallery'><img src='/media/52062126_Alt01.jpg?wid=520' alt='" + NAME + "'><img src='/media/52062126.jpg?wid=520' alt='" + NAME + "'></div>", "/52062126.jpg"),
    "a lightbox copy of another photo before the page's own": (H1 + "<div class='product-images'><div class='zoom-popup'><img class='product-image' src='/media/other-view_1000.jpg' alt='" + NAME + "'></div><img class='product-image' src='/media/trail-runner-2_1000.jpg' alt='" + NAME + "'></div>", "trail-runner-2_1000"),
}  # fmt: skip


@pytest.mark.parametrize("kind", list(IMAGES))
def test_main_image_kinds(kind: str) -> None:
    body, want = IMAGES[kind]
    got = extract_product(page(body + (PRICE if PRICE not in body else "") + BUY), URL)
    assert got is not None and got["image_urls"], kind
    assert want in got["image_urls"][0], (kind, got["image_urls"][:2])


def test_og_image_when_the_page_shows_no_picture() -> None:
    html = page(H1 + PRICE + BUY, head="<meta property='og:image' content='/media/trail-runner-2_1000.jpg'>")
    got = extract_product(html, URL)
    assert got is not None and got["image_urls"][0] == "https://shop.example/media/trail-runner-2_1000.jpg"


def test_noise_named_page_wrapper_is_not_a_strip() -> None:
    """A page wrapper whose class carries a state word ("recommendations-visible") holding the
    whole product is not a recommendation strip: its main picture and price still count."""
    body = (
        "<div class='product-page recommendations-visible'>" + H1 + IMG + PRICE + BUY
        + "".join(f"<p>About the shoe, part {i}.</p>" for i in range(5)) + "</div>"
    )  # fmt: skip
    got = extract_product(page(body), URL)
    assert got is not None and got["price"] == 35.0
    assert got["image_urls"][0].endswith("trail-runner-2_1000.jpg")


@pytest.mark.parametrize(
    ("text", "amount", "old"),
    [
        ("Sale $35.00 Reg. $50.00", 35.0, [50.0]),
        ("Buy Now - 2 Litre Was $120.00 Now $60.00", 60.0, [120.0]),  # price-parser xfail string
        ("3 Ausgaben für nur 14,85 EUR", 14.85, []),  # price-parser xfail string
        ("$35.00 or 4 payments of $8.75", 35.0, [8.75]),
        ("R$ 129,90 ou 3x de R$ 43,30", 129.9, [43.3]),
        ("12x de R$ 16,66 R$ 199,90", 199.9, [16.66]),
        ("Was 50,00 € Jetzt 35,00 €", 35.0, [50.0]),
        ("List Price: $119.99 Deal: $89.00", 89.0, [119.99]),
        ("$19.95 - $24.95", 19.95, []),
        ("1 299,00 zł", 1299.0, []),
        ("Price: 320.000", 320000.0, []),
    ],
)
def test_shown_price_reads_the_current_amount(text: str, amount: float, old: list[float]) -> None:
    got, _, olds, _ = shown_price(text)
    assert (got, olds) == (amount, old)


def test_shown_price_with_only_old_amounts_gives_none() -> None:
    assert shown_price("Was $50.00 Reg. $60.00")[0] is None


@pytest.mark.parametrize(
    ("doc_title", "host", "want"),
    [
        ("Trail Runner 2 Shoe | Shop Example", "shop.example", "Trail Runner 2 Shoe"),
        ("Shop Example - Trail Runner 2 Shoe", "www.shop.example", "Trail Runner 2 Shoe"),
        ("Hairpin Stool - Walnut : Target", "www.target.com", "Hairpin Stool - Walnut"),
        ("Parrot Orak Minidrone at Crutchfield.com", "www.crutchfield.com", "Parrot Orak Minidrone"),
        ("Buy Trail Runner 2 Online | Shop Example", "shop.example", "Trail Runner 2"),
        ("Example", "shop.example", "Example"),  # nothing else left: the title as it is
    ],
)
def test_title_without_shop(doc_title: str, host: str, want: str) -> None:
    assert title_without_shop(doc_title, host) == want


# Real price strings from real shop pages with their expected amounts: a sample (every 15th of
# PRICE_PARSING_EXAMPLES, _2, _3 and _NO_CURRENCY, every 3rd of _NO_PRICE, all of _BUGS_CAUGHT, and
# two bare "129.900" / "320.000" strings) of tests/test_price_parsing.py in price-parser 0.5.1
# (https://github.com/scrapinghub/price-parser), as (currency_raw, price_raw, amount); the
# currency text is given as the hint, as price-parser's test does.
# Copyright (c) Scrapinghub. All rights reserved. BSD 3-Clause License: redistribution and use in
# source and binary forms, with or without modification, are permitted provided that source
# redistributions retain the copyright notice, this list of conditions and the following
# disclaimer; binary redistributions reproduce them in the documentation; and neither the name of
# Scrapinghub nor its contributors are used to endorse or promote products derived from this
# software without specific prior written permission. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT
# HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
# LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
# DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT,
# INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES ARISING IN ANY WAY OUT OF THE
# USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
PRICE_PARSER_STRINGS = [
    ("90 728.00 руб 103 100.00 руб", "399 167.00 руб 420 176.16 руб", 399167.0),
    ("Cena", "Běžná cena 9 800 Kč", 9800.0),
    ("Price:", "$559.00", 559.0),
    ("Free!", "Free!", 0.0),
    ("33,95 €", "29,95 €", 29.95),
    ("Cena 169,00 Kč", "169,00 Kč", 169.0),
    ("3,49 zł 1,75 zł", "3,49 zł 1,75 zł", 3.49),
    ("₫", "880,000 ₫", 880000.0),
    ("51090 M Фильтроэлемент OMEGA", "2 660 руб", 2660.0),
    ("zł", "1849.00", 1849.0),
    ("$39.99", "$39.99", 39.99),
    ("€ 2,99", "€ 2,99", 2.99),
    ("7,99 €", "7,99 €", 7.99),
    ("2,20 € *", "2,20 € *", 2.2),
    ("362,68 € χωρίς Φ.Π.Α", "449,72 €", 449.72),
    ("$79.95", "$79.95", 79.95),
    ("(Out of Stock)", "39.95", 39.95),
    ("7,31 €", "7,31 €", 7.31),
    ("£13.50", "£13.50", 13.5),
    ("9,50 EUR", "9,50 EUR", 9.5),
    ("USD", "349.95", 349.95),
    ("$183.00", "$145.00", 145.0),
    ("$", "0.00", 0.0),
    ("€69.00", "€69.00", 69.0),
    ("$", "$ 79.95", 79.95),
    ("32,50 EUR", "32,50 EUR", 32.5),
    ("R$", "R$ 139,99 R$ 135,99", 139.99),
    ("From:", "From: $14.97", 14.97),
    (None, "72.95", 72.95),
    (None, "95 €", 95.0),
    ("$279", "$189", 189.0),
    (None, "Běžná cena 75 990,00 Kč", 75990.0),
    ("EUR", "25.88", 25.88),
    ("$5.95", "$5.95", 5.95),
    (None, "$49.99", 49.99),
    ("3 300 руб", "3 300 руб", 3300.0),
    ("Р", "18 000 Р", 18000.0),
    ("Versand", "CHF 19.90", 19.9),
    (None, "0,40 LEI", 0.4),
    (None, "$80.00 U.S.", 80.0),
    (None, "1 ƒ", 1.0),
    (None, "1 ₣", 1.0),
    (None, "1 KD", 1.0),
    (None, "1 ₽", 1.0),
    (None, "1 Z$", 1.0),
    (None, "67", 67.0),
    (None, "299,00 EUR", 299.0),
    (None, "$149.99", 149.99),
    (None, "169.00", 169.0),
    (None, "1,85 EUR", 1.85),
    (None, "$1000.00", 1000.0),
    (None, "Rp 350.000", 350000.0),
    (None, "870 Kč", 870.0),
    (None, "DKK 449,00", 449.0),
    (None, "40 130", 40130.0),
    (None, "1,422.50", 1422.5),
    (None, "22,00 EUR", 22.0),
    (None, "9.99", 9.99),
    (None, "199,95 €", 199.95),
    (None, "19,00 €", 19.0),
    (None, "15.49", 15.49),
    (None, "$15.00", 15.0),
    (None, "$ 50.00", 50.0),
    (None, "$9.99", 9.99),
    (None, "129,00 € **", 129.0),
    (None, "39,90 € *", 39.9),
    (None, "1 720,00 zł", 1720.0),
    (None, "724,00 €", 724.0),
    (None, "19,50 EUR", 19.5),
    ("EUR", None, None),
    (">", None, None),
    (None, "US$:12.99", 12.99),
    ("GBP", "34.992001", 34.992001),
    ("GBP", "29.1583", 29.1583),
    (None, "1.11000000000000009770", 1.11),
    (None, " 423.923 KD", 423.923),
    (None, " 123,456.789 OMR", 123456.789),
    ("RENAULT", "129.900", 129900.0),
    ("1.350.000", "320.000", 320000.0),
]


@pytest.mark.parametrize(("currency_raw", "price_raw", "amount"), PRICE_PARSER_STRINGS)
def test_real_price_strings_read_as_shown(
    currency_raw: str | None, price_raw: str | None, amount: float | None
) -> None:
    got, _ = parse_price(price_raw, normalize_currency(currency_raw), shown=True)
    assert got == pytest.approx(amount) if amount is not None else got is None


def test_machine_readable_dot_stays_decimal() -> None:
    """schema.org content "129.900" is 129.9; the same text shown on a page is 129 900."""
    assert parse_price("129.900")[0] == 129.9
    assert parse_price("129.900", shown=True)[0] == 129900.0


def test_strip_structured_leaves_only_the_html() -> None:
    html = (
        "<html><head><title>T</title><meta property='og:title' content='OG'><meta name='twitter:title' content='TW'>"
        "<meta name='description' content='D'><link rel='canonical' href='https://shop.example/p/1'>"
        '<script type=\'application/ld+json\'>{"@type": "Product", "name": "LD"}</script></head>'
        "<body><div itemscope itemtype='https://schema.org/Product'><h1 itemprop='name'>Shown name</h1>"
        "<meta itemprop='sku' content='S1'><span property='schema:price' typeof='x'>$5</span></div></body></html>"
    )
    out = strip_structured(html)
    for gone in (
        "og:title",
        "twitter:title",
        "ld+json",
        "itemprop",
        "itemscope",
        "itemtype",
        "property=",
        "typeof",
        "S1",
    ):
        assert gone not in out, gone
    for kept in ("Shown name", "$5", "canonical", 'name="description"', "<title>T</title>"):
        assert kept in out, kept


# ---- availability: out-of-stock product pages without structured data (issue 14) ---------------

GALLERY = f"<div class='product-gallery'><img src='/media/trail-runner-2_1000.jpg' alt='{NAME}' width='800' height='800'></div>"
OUT_OF_STOCK = {
    "a disabled add-to-cart button": "<button class='add-to-cart' disabled>Add to cart</button>",
    "an aria-disabled add-to-cart button": "<button class='btn' aria-disabled='true'>Add to bag</button>",
    "a sold-out button": "<button class='btn'>Sold out</button>",
    "a notify-me button instead of the buy one": "<button class='btn'>Notify me when available</button>",
    "a back-in-stock form": "<form class='back-in-stock' action='/restock'><input type='email' name='email'><button type='submit'>Email me when it's back</button></form>",
    "an out-of-stock line and no control": "<p class='product-note'>Out of stock</p>",
    "ausverkauft (de)": "<div class='hinweis'>Ausverkauft</div>",
    "épuisé (fr)": "<div class='etat'>Épuisé</div>",
    "agotado (es)": "<span class='etiqueta'>Agotado</span>",
    "esaurito (it)": "<span class='etichetta'>Esaurito</span>",
    "品切れ (ja)": "<p>この商品は品切れです</p>",
    "품절 (ko)": "<span class='label'>품절</span>",
    "缺貨 (zh-TW)": "<span class='tag'>缺貨中</span>",
    "нет в наличии (ru)": "<div class='status'>Нет в наличии</div>",
    "get notified (en)": "<button class='btn'>Get notified</button>",
    "avisez-moi (fr)": "<button class='btn'>Avisez-moi</button>",
    "powiadom o dostępności (pl)": "<button class='btn'>Powiadom o dostępności</button>",
    "入荷お知らせ (ja)": "<button class='btn'>入荷お知らせ</button>",
    "到貨通知 (zh-TW)": "<button class='btn'>到貨通知</button>",
    "a disabled button and a sold-out badge": "<span class='badge'>Sold out</span><button class='product-form__submit' disabled><span>Sold out</span></button>",
}  # fmt: skip


@pytest.mark.parametrize("kind", list(OUT_OF_STOCK))
def test_out_of_stock_product_page_kinds(kind: str) -> None:
    """A product page without structured data that cannot be bought now (no live buy control; a
    sold-out text, a disabled control or a notify-me form instead) is still a product page, and its
    availability is OutOfStock."""
    got = extract_product(page(H1 + GALLERY + PRICE + OUT_OF_STOCK[kind]), URL)
    assert got is not None, kind
    assert (got["title"], got["price"], got["availability"]) == (NAME, 35.0, "OutOfStock"), (kind, got)


@pytest.mark.parametrize("kind", ["a sold-out button", "an out-of-stock line and no control", "品切れ (ja)"])
def test_out_of_stock_product_page_without_a_price(kind: str) -> None:
    """Sold-out items often hide the price: title, main picture and the sold-out state still make
    a product page."""
    got = extract_product(page(H1 + GALLERY + OUT_OF_STOCK[kind]), URL)
    assert got is not None and got["availability"] == "OutOfStock", (kind, got)


@pytest.mark.parametrize(
    "state",
    [
        "<p class='availability'>Sold out</p>",
        "<p>Sold out</p>",
        "<p class='stock'>Ausverkauft</p>",
        "<p>품절</p>",
    ],
)
@pytest.mark.parametrize("picture", ["", "<img src='/media/p.jpg'>"])
def test_a_stated_sold_out_state_stands_for_the_buy_control(state: str, picture: str) -> None:
    """A page with a title and a price is a product page with a buy control or a main picture; a
    sold-out one states its state where the buy control would be, also beside no or a weak picture."""
    got = extract_product(page(H1 + picture + PRICE + state), URL)
    assert got is not None and (got["price"], got["availability"]) == (35.0, "OutOfStock")
    assert extract_product(page(H1 + picture + PRICE), URL) is None  # title and price alone: no listing


CARDS = "<div class='similar-items'><ul>" + "".join(
    f"<li class='card'><a href='/p/{i}'>Other {i}</a><span class='price'>$9.00</span><p>{note}</p></li>"
    for i, note in enumerate(["backorder 2-4 weeks", "Sold out", "Pre-order", "Discontinued"])
) + "</ul></div>"  # fmt: skip


def test_states_of_other_products_cards_do_not_count() -> None:
    """ "Backorder" / "Pre-order" / "Sold out" written in other products' cards (a similar-items
    strip) are theirs: the page's live buy control says InStock."""
    got = extract_product(page(H1 + GALLERY + PRICE + BUY + CARDS), URL)
    assert got is not None and got["availability"] == "InStock"


IN_STOCK = {
    "an error template mentioning unavailable": "<p class='cli-error-service x-hidden'>Sorry, the service was unavailable. Please try again later.</p>",
    "prose mentioning not available": "<p>" + "We offer leasing in an increasing number of states; where leasing is not available, " * 2 + "ask us.</p>",
    "a buy button disabled until a size is chosen": "<select name='size'><option>S</option><option>M</option></select><button class='add-to-cart add-to-cart-disabled' title='please Select a Size first'>Add to Bag</button>",
    "a buy button disabled by a no-size class": "<button class='btn-add-to-bag disabled no-size'>Add to bag</button>",
    "a sold-out badge template beside a live button": "<div class='outofstockbadge-cont'><span class='outofstockbadge'>Out Of Stock</span></div>" + BUY,
    "a no-longer-available hint beside a live button": "<span class='hint'>Sorry, this product is no longer available!</span><button class='btn'>Buy it now</button>",
}  # fmt: skip


@pytest.mark.parametrize("kind", list(IN_STOCK))
def test_in_stock_pages_are_not_read_as_sold_out(kind: str) -> None:
    """Not-in-stock words that are not the product's state: an error message, prose, a badge
    template a script shows for a sold-out size, a button disabled until a size is chosen."""
    got = extract_product(page(H1 + GALLERY + PRICE + IN_STOCK[kind]), URL)
    assert got is not None and got["availability"] in (None, "InStock"), (kind, got and got["availability"])


def test_a_sold_out_label_with_hidden_buy_controls_and_a_notify_form() -> None:
    """The buy buttons are hidden (found only by their names), an element named for the state
    says "Out of Stock" and a notify-me form is open: OutOfStock."""
    body = (
        "<div class='message danger out-of-stock-label'>Out of Stock</div>"
        "<button class='add-to-cart' style='display:none'>Add to Cart</button>"
        "<form class='out-of-stock'><div class='in-stock-alert open'>Notify me when it is back in stock!"
        "<input type='email'><button type='submit'>Submit</button></div></form>"
    )
    got = extract_product(page(H1 + GALLERY + PRICE + body), URL)
    assert got is not None and got["availability"] == "OutOfStock"


def test_a_backorder_note_of_the_product_counts() -> None:
    got = extract_product(
        page(H1 + GALLERY + PRICE + "<p class='note'>Backorder: ships in 2-4 weeks</p>" + BUY), URL
    )
    assert got is not None and got["availability"] == "BackOrder"


# ---- brand (issue 14) ----------------------------------------------------------------------------

BRANDS = {
    "a Brand: label": (H1 + "<table><tr><td>Brand:</td><td>Acme</td></tr></table>", None, "Acme"),
    "Marke (de) in one text": (H1 + "<p>Marke: Acme</p>", None, "Acme"),
    "Visit the X Store byline": (H1 + "<a id='bylineInfo' href='/stores/acme'>Visit the Acme Store</a>", None, "Acme"),
    "a brand link named so": (H1 + "<a class='product-brand' href='/brands/acme'>Acme</a>", None, "Acme"),
    "a brand block among codes is skipped for the brand heading": (
        "<div class='brand-model-info'>Model # 6202-22-00 Internet # 202286744 Store SKU # 862425</div>"
        "<h2 class='product-title--brand'>Acme Cable Systems</h2>" + H1, None, "Acme Cable Systems"),
    "a card-like brand block the document title repeats": (
        H1 + "<ul>" + "".join(f"<li class='item'><div class='productbrand'>Brand: {b}</div><a href='/p/{i}'>x</a><span class='price'>$9</span></li>"
                             for i, b in enumerate(["Acme Home™", "Threshold", "Other Co"])) + "</ul>",
        f"{NAME} - Acme Home : Shop Example", "Acme Home"),  # trade-mark sign dropped (stop 39)
    "a brand part leading the heading": (f"<h1><span>Acme</span> <span>{NAME}</span></h1>", None, "Acme"),
    "a link to the brand's page": (H1 + "<div class='info'><a href='/brands/acme-home'>Acme Home</a></div>", None, "Acme Home"),
    "a shop-all link to the brand's page": (H1 + "<p><a href='/b/brand/acme?ref=pdp'>Shop all Acme</a></p>", None, "Acme"),
    "the crumb after Brands": ("<ol class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/brands'>Brands</a></li><li><a href='/acme'>Acme</a></li><li>" + NAME + "</li></ol>" + H1, None, "Acme"),
    "a by line under the title": (H1 + "<div class='sub'>by Acme</div>", None, "Acme"),
    "the vendor line above the title is the shop's name": ("<p class='product__text'>Acme</p>" + H1, f"{NAME} – Acme Supply", "Acme"),
    "品牌名稱 (zh, a label with 'name')": (H1 + "<table><tr><th>品牌名稱</th><td>Acme 雅克</td></tr></table>", None, "Acme 雅克"),
    "브랜드명 (ko)": (H1 + "<dl><dt>브랜드명</dt><dd>Acme</dd></dl>", None, "Acme"),
    "a link to the brand's store on the marketplace (ko)": (
        "<a class='c_product_brand' href='/brand/BrandMain?brdNo=1'>Acme 브랜드관 &gt;</a>" + H1, None, "Acme"),
    "a heading split in two, brand then name, that the document title opens with, and a link to the brand's listing": (
        f"<a href='/mens-footwear/acme~brand/pr?sid=osp'>ACME Shoes</a><h1><span class='x1'>ACME</span><span class='x2'>{NAME} (Black)</span></h1>",
        f"ACME {NAME} - Buy ACME {NAME} Online at Best Price | Shop Example", "ACME"),
    "a heading split in two, brand then name, with the brand in the page's state data": (
        f"<h1><span class='x1'>ACME</span><span class='x2'>{NAME} (Black)</span></h1>"
        '<script>window.__INITIAL_STATE__ = {"pageContext": {"productId": "X1", "brand": "ACME"}};</script>',
        f"ACME {NAME} - Buy ACME {NAME} Online at Best Price | Shop Example", "ACME"),
}  # fmt: skip

# a heading split in two whose document title repeats it whole: the first part is no brand unless
# the page names it as one elsewhere (issue 14 review)
NOT_BRANDS = {
    "a name split in two spans": ("<h1><span>Classic Leather</span><span>Tote Bag</span></h1>", "Classic Leather Tote Bag | Shop", None),
    "a name and its variant": ("<h1><span>Trail Runner</span><span>Black / 42</span></h1>", "Trail Runner - Black / 42 | Shop", None),
    "a department and the name": (f"<h1><span>Men's</span><span>{NAME}</span></h1>", f"Men's {NAME} | Shop", None),
    "a link to another brand's page": (
        "<a href='/brands/zeta'>Zeta</a><h1><span>Classic Leather</span><span>Tote Bag</span></h1>", "Classic Leather Tote Bag | Shop", "Zeta"),
}  # fmt: skip


@pytest.mark.parametrize("kind", list(BRANDS))
def test_brand_kinds(kind: str) -> None:
    body, doc_title, want = BRANDS[kind]
    got = extract_product(page(body + GALLERY + PRICE + BUY, doc_title or f"{NAME} | Shop Example"), URL)
    assert got is not None and got["brand_claimed"] == want, (kind, got and got["brand_claimed"])


@pytest.mark.parametrize("kind", list(NOT_BRANDS))
def test_a_heading_split_in_two_is_not_a_brand_by_itself(kind: str) -> None:
    body, doc_title, want = NOT_BRANDS[kind]
    got = extract_product(page(body + GALLERY + PRICE + BUY, doc_title), URL)
    assert got is not None and got["brand_claimed"] == want, (kind, got and got["brand_claimed"])


def test_a_brands_own_shop_names_the_brand() -> None:
    """On a brand's own shop the product title opens with the shop's name ("Acme Original" on
    acme.example, titled "Acme Original | Acme"): the shop is the brand; a retailer is not."""
    html = page("<h1>Acme Original</h1>" + GALLERY + PRICE + BUY, "Acme Original | Acme")
    assert extract_product(html, "https://acme.example/products/original")["brand_claimed"] == "Acme"
    html = page(H1 + GALLERY + PRICE + BUY, f"{NAME} | Bigstore")
    assert extract_product(html, "https://bigstore.example/p/1")["brand_claimed"] is None


def test_a_brand_list_in_the_menu_is_not_the_brand() -> None:
    menu = "<nav><ul class='brand-list'>" + "".join(f"<li class='brand'><a href='/b/{b}'>{b}</a></li>" for b in ("Zeta", "Omega", "Kappa")) + "</ul></nav>"  # fmt: skip
    got = extract_product(page(menu + H1 + GALLERY + PRICE + BUY), URL)
    assert got is not None and got["brand_claimed"] is None


# ---- sku (issue 14) ------------------------------------------------------------------------------

SKUS = {
    "SKU: label": ("<p>SKU: NP-TB750</p>", "NP-TB750"),
    "Art.-Nr. (de)": ("<p>Art.-Nr. 4711-22</p>", "4711-22"),
    "Réf. (fr)": ("<p>Réf. VC-2040</p>", "VC-2040"),
    "货号 (zh)": ("<p>货号：HY-CS-030</p>", "HY-CS-030"),
    "품번 (ko)": ("<p>품번: BT-500</p>", "BT-500"),
    "Артикул (ru)": ("<p>Артикул: 152233</p>", "152233"),
    "a label cell and a value cell": ("<table><tr><th>Item number</th><td>AB-1234</td></tr></table>", "AB-1234"),
    "an element named sku": ("<span class='product-sku'>XK-77</span>", "XK-77"),
    "Productnummer (nl) and an order-number element": ("<div><span class='product-detail-ordernumber-label'>Productnummer:</span> <span class='product-detail-ordernumber'>HH-PV-130</span></div>", "HH-PV-130"),
    "Ürün kodu (tr)": ("<p>Ürün kodu: TR-9981</p>", "TR-9981"),
    "Mã sản phẩm (vi)": ("<p>Mã sản phẩm: VN-2231</p>", "VN-2231"),
    "品號 (zh-TW)": ("<p class='goodsCode'>品號：10293847</p>", "10293847"),
    "a manufacturer's reference is a model number, after the shop's own code": (
        "<table><tr><td>Référence du fabricant</td><td>HD9650/90</td></tr><tr><td>Référence</td><td>CD-4471</td></tr></table>", "CD-4471"),
    "a manufacturer's reference alone": ("<table><tr><td>Référence du fabricant</td><td>HD9650/90</td></tr></table>", "HD9650/90"),
    "the shown code beats a form field that adds a variant id": (
        "<form><input type='hidden' name='sku' value='TE178MP5WXYZ-293847561'></form><ul><li><b>SKU</b>: TE178MP5WXYZ</li></ul>", "TE178MP5WXYZ"),
    # a form's field beats other codes the page shows (issue 14 review)
    "a form field beats a shown Ref: label": (
        "<form><input type='hidden' name='sku' value='TR2-BLK'></form><p><span>Ref:</span> DHL-2231</p>", "TR2-BLK"),
    "a form field beats a Ref. in a paragraph": (
        "<form><input type='hidden' name='sku' value='TR2-BLK'></form><p>Ref. 4471-B</p>", "TR2-BLK"),
    "a hidden ASIN beats a Product ID row": (
        "<form><input type='hidden' name='ASIN' value='B01KLOA1PI'></form><table><tr><td>Product ID</td><td>77812</td></tr></table>", "B01KLOA1PI"),
}  # fmt: skip


@pytest.mark.parametrize("kind", list(SKUS))
def test_sku_kinds(kind: str) -> None:
    body, want = SKUS[kind]
    got = extract_product(page(H1 + GALLERY + PRICE + body + BUY), URL)
    assert got is not None and got["sku"] == want, (kind, got and got["sku"])


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://www.amazon.example/Some-Name/dp/B01KLOA1PI/ref=sr_1", "B01KLOA1PI"),
        ("https://www.target.example/p/hairpin-stool/-/A-52062126", "52062126"),
        ("https://shop.example/s/be-the-one-dress/4608472?origin=category", "4608472"),
        ("https://www.walmart.example/ip/Coffee-Maker/556712345", "556712345"),
        ("https://www.aliexpress.example/item/1005006123456789.html", "1005006123456789"),
        ("https://item.gmarket.example/Item?goodscode=2468013579", "2468013579"),
        ("https://www.trendyol.example/nike/air-max-sc-cw4555-002-p-85521478", "85521478"),
        ("https://shopee.example/Logitech-MX-Master-3S-i.37004578.21346897531", "21346897531"),
        (
            "https://www.flipkart.example/puma-sneakers/p/itmf3f1ea0a0a7c1?pid=SHOGZ6HNJ7GHZYZF&lid=LST1",
            "SHOGZ6HNJ7GHZYZF",
        ),
        ("https://www.momoshop.example/goods/GoodsDetail.jsp?i_code=10293847", "10293847"),
        ("https://shop.example/products/galaxy-s24-p-2024", None),
        ("https://shop.example/p?pid=red-shoe", None),
        # campaign and affiliate codes in id parameters are not item ids (issue 14 review)
        ("https://shop.example/products/trail-runner-2?pid=NEWSLETTER2024", None),
        ("https://shop.example/products/trail-runner-2?id=SUMMER24SALE", None),
        ("https://shop.example/products/trail-runner-2?pid=AFF12345", None),
        ("https://shop.example/products/trail-runner-2", None),
        ("https://shop.example/2017/07/31/", None),
        ("https://shop.example/p/123", None),
    ],
)
def test_the_item_id_of_the_url_is_the_last_resort_sku(url: str, want: str | None) -> None:
    got = extract_product(page(H1 + GALLERY + PRICE + BUY), url)
    assert got is not None and got["sku"] == want


def test_a_shown_code_beats_the_url_id() -> None:
    got = extract_product(
        page(H1 + GALLERY + PRICE + "<p>SKU: NP-TB750</p>" + BUY), "https://shop.example/p/4608472"
    )
    assert got is not None and got["sku"] == "NP-TB750"


# ---- the benchmark's labels from a page's own structured data ----------------------------------


def test_structured_labels_read_the_pages_own_product() -> None:
    from benchmarks.bench_extraction import structured_labels

    ld = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "Brand", "@id": "#b", "name": "Acme™"},'
        '{"@type": "Product", "name": "Trail Runner 2 Shoe", "sku": "TR-2", "mpn": "M 55", "brand": {"@id": "#b"},'
        '"offers": {"@type": "Offer", "price": "35", "availability": "https://schema.org/SoldOut"}},'
        '{"@type": "Product", "name": "Other Boot", "sku": "OB-1", "brand": "Zeta"}]}'
    )
    html = page(H1, head=f"<script type='application/ld+json'>{ld}</script>")
    got = structured_labels(html, URL, f"{NAME} | Shop Example")
    assert got == {"sku": {"tr-2", "m55"}, "availability": "OutOfStock", "brand": "acme", "gtin": None}
    # offers that disagree, a brand given only by its URL: not labelled
    ld2 = (
        '{"@type": "Product", "name": "Trail Runner 2 Shoe", "brand": {"@type": "Brand", "url": "https://shop.example/b/acme"},'
        '"offers": [{"@type": "Offer", "availability": "InStock"}, {"@type": "Offer", "availability": "OutOfStock"}]}'
    )
    got = structured_labels(page(H1, head=f"<script type='application/ld+json'>{ld2}</script>"), URL, NAME)
    assert got == {"sku": None, "availability": None, "brand": None, "gtin": None}


def test_a_page_built_in_the_browser_gets_the_code_its_html_shows() -> None:
    """A page whose HTML shows no price (the state JSON carries the product) still has its code read
    from the HTML by `sku.find_sku` (here an element named for it, which no "SKU:" text search
    finds)."""
    state = (
        '<script>window.__INITIAL_STATE__ = {"product": {"name": "Trail Runner 2 Shoe", "price": 35.0,'
        ' "currency": "EUR"}};</script>'
    )
    html = page(H1 + "<div class='product-code'>TR2-BLK-42</div>" + state)
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 35.0 and got["field_sources"]["price"] == "state"
    assert got["sku"] == "TR2-BLK-42" and got["field_sources"]["sku"] == "heuristic"


# ---- kinds from the fourth market batch (issue 14: Trendyol, Flipkart, Shopee, momo, 11st,
# Tiendanube, Cdiscount, Jumia structures) --------------------------------------------------------

MARKET4_PRICES = {
    "a discount rate inside the price element": (
        "<dd class='sale_price'><span class='sale'><span class='value'>23</span>%</span><strong><span class='value'>219,000</span>"
        "<span class='unit'>원</span></strong></dd>", 219000.0),
    "abbreviated original and discounted price names": (
        "<div class='product-price-container'><div class='pr-bx-nm with-org-prc'><span class='prc-org'>3.299,99 TL</span>"
        "<span class='prc-dsc'>2.479,99 TL</span></div></div>", 2479.99),
    # a has-/with- name of a look is the element's own: it is struck (issue 14 review)
    "an old price named has-strikethrough": (
        "<div class='price'><span class='has-strikethrough'>$50.00</span> <span>$35.00</span></div>", 35.0),
    # "org" is an original price only joined to a price word (issue 14 review)
    "an org-amount price before a members' price": (
        "<div class='price'><span class='org-amount'>$35.00</span></div><div class='member-price'>Members $31.50</div>", 35.0),
}  # fmt: skip


@pytest.mark.parametrize("kind", list(MARKET4_PRICES))
def test_market4_price_kinds(kind: str) -> None:
    body, want = MARKET4_PRICES[kind]
    got = extract_product(page(H1 + GALLERY + body + BUY), URL)
    assert got is not None and got["price"] == want, (kind, got and got["price"])


def test_a_turkish_seo_tail_is_not_part_of_the_title() -> None:
    html = page(H1 + GALLERY + PRICE + BUY, f"{NAME} Fiyatı, Yorumları - Trendyol")
    assert extract_product(html, URL)["title"] == NAME


def test_a_control_reading_a_not_in_stock_state_is_a_sold_out_control() -> None:
    """Tiendanube's disabled `<input type=submit value="Sin stock">` beside a hidden "add_to_cart"
    field: the page's control says out of stock."""
    form = (
        "<form action='/comprar/'><input type='hidden' name='add_to_cart' value='181234567'>"
        "<input type='submit' class='js-addtocart btn btn-primary nostock' value='Sin stock' disabled></form>"
    )
    got = extract_product(page(H1 + GALLERY + PRICE + form), URL)
    assert got is not None and got["availability"] == "OutOfStock"
    # a submit button of a form posting to the cart is the buy control too
    form = "<form action='/cart/add' method='post'><button type='submit' disabled>Sin stock</button></form>"
    got = extract_product(page(H1 + GALLERY + PRICE + form), URL)
    assert got is not None and got["availability"] == "OutOfStock"


@pytest.mark.parametrize(
    "other",
    ["<button>Hide unavailable sizes</button>", "<button class='size' disabled>42 Not available</button>"],
)
def test_a_not_in_stock_phrase_on_a_size_chip_or_a_filter_toggle_does_not_count(other: str) -> None:
    """Beside an icon-only buy button (`id="AddToCart"`, found by its name), a filter toggle or a
    size chip reading "unavailable" / "Not available" says nothing of the product (issue 14 review)."""
    buy = "<button id='AddToCart' type='button'><svg width='16' height='16'></svg></button>"
    got = extract_product(page(H1 + GALLERY + PRICE + other + buy), URL)
    assert got is not None and got["availability"] == "InStock"


@pytest.mark.parametrize(
    ("lang", "shown", "want"),
    [("zh-Hant", "$3,290", "TWD"), ("zh-Hant-TW", "$3,290", "TWD"), ("zh-TW", "10,990元", "TWD"),
     ("zh-CN", "10,990元", "CNY"), ("zh-Hant", "NT$3,290", "TWD"), ("zh-TW", "人民币 990元", "CNY"),
     # a currency the price names in Chinese, traditional script too (issue 14 review)
     ("zh-TW", "人民幣 990元", "CNY"), ("zh-Hant", "港幣299元", "HKD"), ("zh-Hant", "新台幣 990元", "TWD")],
)  # fmt: skip
def test_a_bare_dollar_or_yuan_is_the_regions_currency(lang: str, shown: str, want: str) -> None:
    html = page(H1 + GALLERY + f"<span class='price'>{shown}</span>" + BUY).replace(
        "<html>", f"<html lang='{lang}'>"
    )
    got = extract_product(html, URL)
    assert got is not None and got["currency"] == want, got and got["currency"]


@pytest.mark.parametrize(
    ("note", "want"),
    [("<p>所有價格均以港幣計算</p>", "HKD"), ("<p>運費 HK$30</p>", "HKD"), ("<p>澳門元結算</p>", "MOP"),
     ("<p>滿 NT$990 免運</p>", "TWD"), ("<p>全館免運</p>", "TWD")],
)  # fmt: skip
def test_traditional_chinese_without_a_region_is_the_region_whose_money_the_page_names(
    note: str, want: str
) -> None:
    """Traditional Chinese ("zh-Hant") is written in Taiwan, Hong Kong and Macau: a bare "$299" is
    the dollar the page's text names elsewhere, Taiwan's when it names none (a Hong Kong shop marked
    only "zh-Hant" is not a Taiwanese one, issue 14 review)."""
    html = page(H1 + GALLERY + "<span class='price'>$299</span>" + note + BUY).replace(
        "<html>", "<html lang='zh-Hant'>"
    )
    got = extract_product(html, URL)
    assert got is not None and got["currency"] == want, got and got["currency"]


@pytest.mark.parametrize(
    ("note", "url", "want"),
    [("<p>香港銅鑼灣門市</p>", URL, "HKD"), ("<p>Hong Kong store</p>", URL, "HKD"),
     ("<p>澳門旗艦店</p>", URL, "MOP"), ("<p>台灣與香港皆可配送</p>", URL, "TWD"),
     ("<p>全館免運</p>", "https://hk.shop.example/p/1", "HKD"),
     ("<p>全館免運</p>", "https://shop-tw.example/p/1", "TWD")],
)  # fmt: skip
def test_traditional_chinese_naming_no_money_is_the_place_the_page_or_host_names(
    note: str, url: str, want: str
) -> None:
    """A zh-Hant page whose text names no money: a bare "$" is the dollar of the one place its text
    (香港, Hong Kong, 澳門) or a host label ("hk.") names; Taiwan's when it names none or several."""
    html = page(H1 + GALLERY + "<span class='price'>$299</span>" + note + BUY).replace(
        "<html>", "<html lang='zh-Hant'>"
    )
    got = extract_product(html, url)
    assert got is not None and got["currency"] == want, got and got["currency"]


def test_a_control_named_for_the_seller_is_not_the_seller() -> None:
    """Vinted-style "ask-seller" buttons ("Faire une offre", "Message") are controls, not the seller's
    name; a seller block beside them still is."""
    buttons = (
        "<button data-testid='item-ask-seller-button'>Faire une offre</button>"
        "<button class='ask-seller-button'>Message</button>"
    )
    got = extract_product(page(H1 + IMG + PRICE + BUY + buttons), URL)
    assert got is not None and got["seller"] is None
    block = "<div class='seller-info'>Sold by <a href='/shop/trail-co'>Trail Co</a></div>"
    got = extract_product(page(H1 + IMG + PRICE + BUY + buttons + block), URL)
    assert got is not None and (got["seller"], got["seller_url"]) == (
        "Trail Co",
        "https://shop.example/shop/trail-co",
    )


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Lei", "RON"),
        ("LEI", "RON"),
        ("RMB", "CNY"),
        ("NTD", "TWD"),
        ("RON", "RON"),
        ("EUR", "EUR"),
        ("XOF", "XOF"),
    ],
)
def test_currency_words_of_three_letters_are_not_taken_for_codes(written: str, code: str) -> None:
    """eMAG writes "Lei" after the amount: a word of three letters that is no ISO 4217 code is read
    as the currency it names; real codes, listed or not, stay as written."""
    assert normalize_currency(written) == code


@pytest.mark.parametrize("named", [True, False], ids=["named", "unnamed"])
@pytest.mark.parametrize(
    ("shown", "amount", "currency"),
    [
        ("2+1 £9.99", 9.99, "GBP"),
        ("1+1 ₩19,900", 19900.0, "KRW"),
        ("1 + 1 19,900원", 19900.0, "KRW"),
        ("1+1 gratis 4,99 €", 4.99, "EUR"),
        ("<span>2+1</span> <span>£9.99</span>", 9.99, "GBP"),
        ("£9.99 2+1", 9.99, "GBP"),
        ("£9.99 <span>2+1 gratis</span>", 9.99, "GBP"),
    ],
)
def test_a_multi_buy_offer_beside_the_price_is_not_the_amount(
    shown: str, amount: float, currency: str, named: bool
) -> None:
    """Korean "1+1" and European "2+1 gratis" offers written before or after the price: their counts
    are not the amount (they were read as 1.0 and 2.0 before it, 9992.0 after "£9.99")."""
    box = f"<div class='price'>{shown}</div>" if named else f"<div>{shown}</div>"
    got = extract_product(page(H1 + IMG + box + BUY), URL)
    assert got is not None and (got["price"], got["currency"]) == (amount, currency)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("+259 Kč", (259.0, "CZK")),
        ("£9.99", (9.99, "GBP")),
        ("12+3", (12.0, None)),
        ("2+1", (2.0, None)),
        ("€ 25 + 5 € Versand", (25.0, "EUR")),
    ],
)
def test_what_is_no_multi_buy_offer_reads_as_before(text: str, want: tuple) -> None:
    """A surcharge ("+259 Kč"), a plain amount, and counts with no amount after them are no offer
    before a price: read as before."""
    assert parse_price(text, shown=True) == want
