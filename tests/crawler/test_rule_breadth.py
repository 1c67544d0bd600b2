"""Ordinary product pages on which the name-free rules of issue 14 must NOT fire: each case is the
usual markup of a big shop or platform (Elementor/WooCommerce sections, Brazilian and Argentine
instalment notes, German teaspoons, help links reading "comprar", quantity tiers) written small,
with the field the rule could misread checked.
"""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product
from tests.crawler.blank_page import BUY, H1, IMG, PHOTO, URL, block, page


def _related(n: int = 4) -> str:
    return "".join(
        f"<li class='sc-c1'><a href='/p/{i}'><img src='/m/other-{i}_300x300.jpg'>Other {i}</a>"
        f"<span class='sc-c3'>${i}9.00</span></li>"
        for i in range(2, 2 + n)
    )


# -- repeated cards: siblings of one tag sharing a class token ------------------------------------


def _section(i: int, inner: str) -> str:
    """An Elementor top section: the same classes but its own element id."""
    return (
        f"<section class='elementor-section elementor-top-section elementor-element elementor-element-{i}a7f "
        f"elementor-section-boxed'><div class='elementor-container'><div class='elementor-column'>"
        f"<div class='elementor-column-wrap elementor-element-populated'>{inner}</div></div></div></section>"
    )


def test_page_builder_sections_holding_the_product_are_not_cards() -> None:
    """Elementor/WooCommerce single-product template: the product's own section beside a tabs
    section and two product strips, all `elementor-section ... elementor-element-<id>`: the main
    section is not a card, so its price and picture are the product's."""
    main = (
        IMG + H1 + "<p class='k-p'><span class='k-a'><bdi>59,00&nbsp;€</bdi></span></p>"
        "<a href='/c/shoes'>Shoes</a>" + BUY
    )
    tabs = "<a href='#desc'>Description</a><p>Free shipping on orders over 50,00 €.</p>"
    strip = f"<h2>Related products</h2><ul class='k-u'>{_related()}</ul>"
    html = page(_section(1, main) + _section(2, tabs) + _section(3, strip) + _section(4, strip))
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 59.0
    assert got["image_urls"] and got["image_urls"][0].endswith(PHOTO), got["image_urls"]


@pytest.mark.parametrize("related", [3, 4])
def test_main_blocks_sharing_a_class_with_each_other_are_not_cards(related: int) -> None:
    """`<div class="product product-main">` beside `product product-tabs` and `product
    product-related` (3 or 4 related products): one product's parts, not a card list."""
    main = IMG + H1 + block("$35.00") + "<a href='/size-guide'>Size guide</a>" + BUY
    tabs = "<a href='#reviews'>Reviews</a><p>Free returns on orders over $50.</p>"
    related = f"<ul class='sc-l'>{_related(related)}</ul>"
    html = page(
        f"<div class='product product-main'>{main}</div><div class='product product-tabs'>{tabs}</div>"
        f"<div class='product product-related'>{related}</div>"
    )
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 35.0
    assert got["image_urls"][0].endswith(PHOTO), got["image_urls"]


def test_gallery_slides_sharing_a_class_are_not_cards() -> None:
    """Slides `swiper-slide swiper-slide-active` / `swiper-slide`, each a linked photo of the
    product with its price badge: the gallery of the product, not a list of other products."""
    slides = "".join(
        f"<div class='swiper-slide{' swiper-slide-active' if i == 0 else ''}'><a href='/media/p{i}_1200x1200.jpg'>"
        f"<img src='/media/trail-runner-2-{i}_1200x1200.jpg'></a></div>"
        for i in range(4)
    )
    html = page(H1 + f"<div class='swiper-wrapper'>{slides}</div>" + block("$35.00") + BUY)
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 35.0
    assert "trail-runner-2-0_1200x1200" in got["image_urls"][0], got["image_urls"]


# -- MONEY: 'TL', 'лв', ISO codes before a number --------------------------------------------------


@pytest.mark.parametrize("dose", ["1 TL", "0,5 TL", "1,5 TL", "2 TL"])
def test_a_german_teaspoon_dose_is_not_an_amount(dose: str) -> None:
    """ "1 TL" is a teaspoon (Teelöffel) on a German food or supplement page, not Turkish lira
    (`dom.MONEY` reads "TL" only after two digits or more)."""
    line = f"<div class='sc-d'><span class='sc-e'>{dose}</span> in 200 ml Wasser</div>"
    html = page(H1 + IMG + line + block("24,90 €") + BUY, lang="de")
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 24.9 and got["currency"] == "EUR"


@pytest.mark.parametrize(
    ("amount", "want"),
    [("15 TL", 15.0), ("100 TL", 100.0), ("4,50 TL", 4.5), ("1.299 TL", 1299.0), ("24.999,00 TL", 24999.0)],
)
def test_must_not_fire_turkish_lira_after_two_digits_or_cents_is_read(amount: str, want: float) -> None:
    """A Turkish page's price in lira, in an element no name marks: read as before the teaspoon rule."""
    got = extract_product(page(H1 + IMG + block(amount) + BUY, lang="tr"), URL)
    assert got is not None and (got["price"], got["currency"]) == (want, "TRY")


def test_must_not_fire_a_named_price_element_in_single_lira_is_read() -> None:
    """ "5 TL" in an element named for the price (`prices`) reads as lira: the teaspoon rule is the
    name-free finder's only."""
    got = extract_product(page(H1 + IMG + "<span class='price'>5 TL</span>" + BUY, lang="tr"), URL)
    assert got is not None and (got["price"], got["currency"]) == (5.0, "TRY")


@pytest.mark.parametrize(
    "line",
    ["Try 30 days risk-free", "Try 2 sizes at home"],
)
def test_try_before_a_number_is_not_turkish_lira(line: str) -> None:
    """English "Try 30 days" near the title is not an amount in TRY."""
    html = page(H1 + IMG + f"<p class='sc-t'>{line}</p>" + block("$35.00") + BUY)
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 35.0 and got["currency"] == "USD"


def test_a_price_in_lev_and_lira_is_read() -> None:
    """The reason the marks were added still holds: "49,90 лв." and "1.299,00 TL" are prices."""
    for amount, want, cur in (
        ("49,90 лв.", 49.9, "BGN"),
        ("1.299,00 TL", 1299.0, "TRY"),
        ("TRY 1.299,00", 1299.0, "TRY"),
        ("RM 25.90", 25.9, "MYR"),
        ("CAD 29.99", 29.99, "CAD"),
    ):
        got = extract_product(page(H1 + IMG + block(amount) + BUY), URL)
        assert got is not None and got["price"] == want and got["currency"] == cur, (amount, got)


# -- buy links known by their text -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "link", "sold"),
    [
        ("es", "¿Cómo comprar?", "Agotado"),
        ("es", "Dónde comprar", "Agotado"),
        ("ru", "Как купить", "Нет в наличии"),
        ("de", "Katalog bestellen", "Ausverkauft"),
        ("sv", "Köpvillkor", "Slutsåld"),
        ("it", "Come acquistare", "Esaurito"),
    ],
)
def test_a_help_link_naming_buying_is_not_a_buy_control(lang: str, link: str, sold: str) -> None:
    """A sold-out page with a help link ("How to buy", "Where to buy", "Order a catalogue",
    "Terms of purchase") near the title: no live buy control, the page stays sold out."""
    info = f"<div class='sc-i'><ul class='sc-u'><li><a href='/help'>{link}</a></li><li><a href='/r'>Returns</a></li></ul></div>"
    body = H1 + IMG + block("59,00 €") + f"<p class='sc-s'>{sold}</p>" + info
    got = extract_product(page(body, lang=lang), URL)
    assert got is None or got["availability"] != "InStock", got


def test_buy_now_links_of_other_products_do_not_make_a_sold_out_page_in_stock() -> None:
    """ "Buy now" links in a "complete the look" strip of other products (no prices shown): the
    product itself is sold out."""
    look = "".join(
        f"<div class='sc-k{i}'><a href='/p/{i}'><img src='/m/look-{i}.jpg'></a><a href='/p/{i}'>Buy now</a></div>"
        for i in range(2, 4)
    )
    body = H1 + IMG + block("$35.00") + "<p class='sc-s'>Sold out</p>" + f"<div class='sc-l'>{look}</div>"
    got = extract_product(page(body), URL)
    assert got is None or got["availability"] != "InStock", got


@pytest.mark.parametrize(
    "label", ["立即购买", "바로 구매하기", "In den Warenkorb", "🛒 Add to cart – $49", "Buy It Now"]
)
def test_a_buy_link_reading_its_phrase_still_counts(label: str) -> None:
    html = page(H1 + IMG + block("¥128.00") + f"<div class='sc-b'><a href='#' id='k1'>{label}</a></div>")
    got = extract_product(html, URL)
    assert got is not None and got["availability"] == "InStock"


# -- instalment / conditional notes beside the price -----------------------------------------------


@pytest.mark.parametrize(
    ("price", "note", "want"),
    [
        pytest.param("R$ 199,90", "em até 10x de R$ 19,99 sem juros", 199.9),
        pytest.param("R$ 199,90", "ou 3x R$ 66,63", 199.9),
        pytest.param("$73.999", "Mismo precio en 6 cuotas de $12.333", 73999.0),
        pytest.param("$120.00", "or 4 interest-free installments of $30.00", 120.0),
        ("1.299,00 TL", "12 aya varan taksit", 1299.0),
    ],
)
def test_a_price_followed_by_an_instalment_note_is_the_price(price: str, note: str, want: float) -> None:
    """The price with its instalment offer written just after it (MercadoLibre, Brazilian shops,
    Klarna/Afterpay notes): the price is still the price."""
    body = (
        H1
        + IMG
        + f"<div class='sc-p'><span class='sc-v'>{price}</span><span class='sc-n'>{note}</span></div>"
        + BUY
    )
    got = extract_product(page(body), URL)
    assert got is not None and got["price"] == pytest.approx(want), got and got["price"]


def test_a_price_followed_by_a_coupon_line_is_the_price() -> None:
    body = (
        H1
        + IMG
        + "<div class='sc-p'><span class='sc-v'>$49.99</span> <span>Coupon: extra 10% off</span></div>"
        + BUY
    )
    got = extract_product(page(body), URL)
    assert got is not None and got["price"] == 49.99


def test_a_product_named_for_a_deposit_keeps_its_price() -> None:
    """A product whose name ends in a payment word ("Night Deposit", "Down Payment") right before its
    price: the heading is no lease label, so its price stays the price."""
    h1 = "<h1 class='sc-a1'>Bank Night Deposit</h1>"
    body = h1 + IMG + block("$24.99") + "<p class='sc-s'>Security deposit slips sold separately.</p>" + BUY
    got = extract_product(page(body, title="Bank Night Deposit | Shop"), URL)
    assert got is not None and got["price"] == 24.99, got and got["price"]


@pytest.mark.parametrize(
    ("shown", "want"),
    [
        ("49,99 € inkl. MwSt. zzgl. Versand", 49.99),  # German price line: shipping paid apart
        ("R$ 199,90 + frete", 199.9),
        ("a partir de R$ 99,90", 99.9),  # "from": the price, though it ends in "de"
        ("1,980円（税込・送料込）", 1980.0),  # Rakuten: tax and shipping included
        ("1,980円 送料別", 1980.0),  # shipping charged apart
        ("Prijs van 29,99 €", 29.99),  # "van" in a longer label is not the old-price "Van"
    ],
)
def test_shipping_and_from_words_beside_the_price_leave_it_the_price(shown: str, want: float) -> None:
    """The marketplace-language shipping and old-price words (`price_text.OLD_TEXT`, `_OLD_LABEL`)
    must not take the price itself: a shipping note that says it is paid apart or included, and
    the Portuguese "de" / Dutch "van" only as a whole label ("De R$ 199,90 por R$ 149,90")."""
    got = extract_product(page(H1 + IMG + f"<p class='sc-p'>{shown}</p>" + BUY), URL)
    assert got is not None and got["price"] == pytest.approx(want), got and got["price"]


@pytest.mark.parametrize(
    "row",
    [
        "<span class='sc-q'>Pack of 2</span> <span class='sc-v'>$24.99</span>",
        "<span class='sc-c'>$</span><span class='sc-w'>24</span><sup class='sc-s'>99</sup>",
    ],
)
def test_a_price_beside_a_number_or_split_in_spans_is_still_read(row: str) -> None:
    """The price holder stops below a row whose amount one child shows whole ("Pack of 2" beside
    "$24.99"), yet still climbs to the row for an amount split over its children ("$" "24" "99")."""
    got = extract_product(page(H1 + IMG + f"<p class='sc-p'>{row}</p>" + BUY), URL)
    assert got is not None and got["price"] == 24.99, got and got["price"]


@pytest.mark.parametrize(
    "before",
    [
        "<div class='sc-r'><span class='sc-t'>TOP</span><span class='sc-n'>10</span></div>",  # a code-like word
        "<p class='sc-q'>Series R 2</p>",  # "R" before a small number: no rand
        "<div class='sc-p'><span class='sc-a'>$24.99</span><span class='sc-q'>1</span><span>10</span></div>",
    ],
)
def test_words_and_numbers_near_the_price_do_not_make_an_amount(before: str) -> None:
    """The ISO-code, rand and cents-by-place kinds must not fire on a rank badge "TOP 10", a model
    "R 2", or a quantity stepper "1 10" after the price."""
    price = "" if "$24.99" in before else block("$24.99")
    got = extract_product(page(H1 + IMG + before + price + BUY), URL)
    assert got is not None and got["price"] == 24.99, got and got["price"]


@pytest.mark.parametrize(
    ("shown", "lang", "want"),
    [
        ("$1,299.00", "en", "USD"),
        ("$1.29", "en", "USD"),
        ("$24.99 (4,5)", "en", "USD"),  # a comma number beside the price, not the price's
        ("$36.999,00", "es-AR", "ARS"),
        ("US$ 36.999,00", "es", "USD"),
    ],
)
def test_a_dollar_amount_keeps_its_currency_where_the_page_or_its_grouping_says(
    shown: str, lang: str, want: str
) -> None:
    """The peso-grouping rule must not fire on US-grouped dollars, on a page whose region names the
    peso, or on an explicit "US$"."""
    got = extract_product(page(H1 + IMG + block(shown) + BUY, lang=lang), URL)
    assert got is not None and got["currency"] == want, got and got["currency"]


def test_a_sentence_naming_pesos_is_no_spoken_amount() -> None:
    """Only a text that is nothing but an amount in words reads as one: a note "Ahorrá 500 pesos
    con tu tarjeta" or "Envío gratis desde 30000 pesos" stays text."""
    note = "<p class='sc-n'>Envío gratis desde 30000 pesos</p><p class='sc-n'>500 pesos de descuento</p>"
    got = extract_product(page(H1 + IMG + note + block("$ 12.999") + BUY, lang="es-AR"), URL)
    assert got is not None and got["price"] == 12999.0, got and got["price"]


# -- the old/current pair --------------------------------------------------------------------------


def test_quantity_tiers_are_not_an_old_and_current_pair() -> None:
    """ "1-9 pcs $10.00  10-49 pcs $8.00  50+ pcs $6.00" (AliExpress/Alibaba lot prices): a list
    of tiers, the single-piece price first; not an old price followed by a sale price."""
    tiers = block("1-9 pcs", "$10.00", "10-49 pcs", "$8.00", "50+ pcs", "$6.00")
    got = extract_product(page(H1 + IMG + tiers + BUY), URL)
    assert got is not None and got["price"] == 10.0, got and got["price"]


@pytest.mark.parametrize(
    "extra",
    ["Add a 2-year protection plan for $24.99", "+ $5.99 shipping", "Gift wrap $1.90"],
)
def test_a_low_amount_with_words_beside_the_price_is_not_a_deep_cut(extra: str) -> None:
    """A price block holding the price and a much lower amount that has words (a protection plan,
    shipping, gift wrap): not an old price beside a current one, so the price stays the price (the
    any-discount pair needs a block that shows only the two amounts)."""
    got = extract_product(page(H1 + IMG + block("$249.00", extra) + BUY), URL)
    assert got is not None and got["price"] == 249.0, got and got["price"]


def test_variant_prices_listed_beside_the_price_are_not_a_pair() -> None:
    """ "50 ml €55,00 / 30 ml €39,00" sizes with their prices after the chosen one's price."""
    sizes = block("50 ml", "55,00 €", "30 ml", "39,00 €")
    got = extract_product(page(H1 + IMG + sizes + BUY), URL)
    assert got is not None and got["price"] == 55.0, got and got["price"]


# -- an amount-only heading descendant -------------------------------------------------------------


def test_a_title_with_a_model_number_in_a_span_keeps_it() -> None:
    h1 = "<h1 class='sc-a1'>Air Max <span class='sc-z'>90</span> <span class='sc-y'>(2 Pack)</span></h1>"
    got = extract_product(page(h1 + IMG + block("$35.00") + BUY, title="Air Max 90 (2 Pack) | Shop"), URL)
    assert got is not None and got["title"] == "Air Max 90 (2 Pack)"


def test_a_gift_card_value_in_the_heading_keeps_it() -> None:
    """A gift card whose heading writes its value in its own span ("Gift Card <span>€50</span>"),
    priced €50: the value is part of the name."""
    h1 = "<h1 class='sc-a1'>Gift Card <span class='sc-z'>50 €</span></h1>"
    got = extract_product(page(h1 + IMG + block("50,00 €") + BUY, title="Gift Card 50 € | Shop"), URL)
    assert got is not None and got["title"] == "Gift Card 50 €", got and got["title"]


# -- image size tokens in URLs ---------------------------------------------------------------------


def test_a_wordpress_upload_path_after_a_word_ending_in_fit_is_not_a_size() -> None:
    """ "/outfit/2023/10/" is a folder and a date, not a 2023px resize path: the large photo leads."""
    imgs = (
        "<img class='sc-1' src='https://cdn.example/outfit/2023/10/look-front_1200x1200.jpg'>"
        "<img class='sc-2' src='https://cdn.example/outfit/2023/10/look-back.jpg'>"
    )
    got = extract_product(page(H1 + f"<div class='sc-g'>{imgs}</div>" + block("$35.00") + BUY), URL)
    assert got is not None and got["image_urls"][0].endswith("look-front_1200x1200.jpg"), got["image_urls"]


# -- a 'Brand: X' label inside cards ---------------------------------------------------------------


def _brand_beside_cards(heading: str, price: str, cards: list[tuple[str, str]]) -> str | None:
    """The brand read from a page titled `heading`, priced `price`, with recommended cards of
    (product name, "Brand: X") below it."""
    items = "".join(
        f"<li class='k1'><a href='/p/{i}'>{n}</a><div class='k2'>Brand: {b}</div><span class='k3'>${i}9.99</span></li>"
        for i, (n, b) in enumerate(cards, 2)
    )
    html = page(
        f"<h1 class='k0'>{heading}</h1>" + IMG + block(price) + BUY + f"<ul class='k4'>{items}</ul>",
        title=f"{heading} : Shop",
    )
    got = extract_product(html, URL)
    assert got is not None
    return got["brand_claimed"]


def test_a_brand_in_a_card_that_the_title_names_as_compatibility_is_not_the_brand() -> None:
    """An accessory "for Apple Watch" whose own brand is written nowhere, with "Brand: Apple" in a
    recommended card: not the accessory's brand."""
    cards = [("Watch Series 9", "Apple"), ("Band", "Spigen"), ("Charger", "Anker")]
    brand = _brand_beside_cards("Sport Band for Apple Watch 45mm", "$19.99", cards)
    assert brand != "Apple", brand


def test_a_brand_in_a_card_that_opens_the_title_is_the_brand() -> None:
    """The reason the card rule exists still holds when the brand leads the title ("Nike Air Max 90 ...")."""
    cards = [("Air Max 90", "Nike"), ("Pegasus", "Nike"), ("Gel", "Asics")]
    brand = _brand_beside_cards("Nike Air Max 90 Running Shoe", "$119.99", cards)
    assert brand == "Nike", brand
