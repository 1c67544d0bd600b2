"""Ordinary pages on which the rules added for the seventh marketplace batch (pages_market7; the
kinds of test_market7_kinds.py) must NOT fire, or must still give the right answer: an "Add" button
that adds insurance or a review, an "Add to cart" span inside a recommendation card, a size picker
whose every size is sold out, a B2B shop showing only its net price, a "1+1" offer, a price without
a currency mark alone on the page, the shop's own logo link over the title, a <title> adding a real
word in brackets or a model number. Each is written small with the field the rule could misread
checked.
"""

from __future__ import annotations

from parsel import Selector

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics import Page, fuller_title
from tests.crawler.blank_page import H1, IMG, URL, block, page


def found(html: str):
    return Page(Selector(text=html, base_url=URL), URL).find()


def brand_of(html: str) -> str | None:
    p = Page(Selector(text=html, base_url=URL), URL)
    return p.find_brand(p.find_title()[1])


SOLD = "<button class='sc-b9' disabled>Sold out</button>"

# ---- buy control: a bare "Add" button, a div/span reading a buy phrase ------------------------------


def test_add_button_of_an_insurance_offer_on_a_sold_out_page_is_no_live_buy() -> None:
    # "Protect it: 2-year cover £9.99 [Add]" beside a sold-out buy button: the item is still sold out
    html = page(
        H1
        + IMG
        + block("£89.00")
        + SOLD
        + "<div class='sc-q1'><span class='sc-q2'>2-year accident cover £9.99</span><button class='sc-q3'>Add</button></div>"
    )
    got = extract_product(html, URL)
    assert got is not None and got["availability"] == "OutOfStock"


def test_add_button_of_a_wishlist_or_review_form_on_a_sold_out_page_is_no_live_buy() -> None:
    for extra in (
        "<form class='sc-w1' action='/wishlist/add'><button class='sc-w2'>Add</button></form>",
        "<div class='sc-r1'><textarea class='sc-r2'></textarea><button class='sc-r3'>Add</button></div>",
    ):
        html = page(H1 + IMG + block("£89.00") + SOLD + extra)
        got = extract_product(html, URL)
        assert got is not None and got["availability"] == "OutOfStock", extra


def test_add_to_cart_span_in_a_recommendation_card_is_no_live_buy() -> None:
    card = (
        "<section class='sc-c0'><h2 class='sc-c1'>You may also like</h2><div class='sc-c2'>"
        "<a class='sc-c3' href='/p/2'><img class='sc-c4' src='/media/p2.jpg' alt='Road Runner'>Road Runner</a>"
        "<span class='sc-c5'>£59.00</span><div class='sc-c6'>Add to cart</div></div></section>"
    )
    html = page(H1 + IMG + block("£89.00") + SOLD + card)
    got = extract_product(html, URL)
    assert got is not None and got["availability"] == "OutOfStock"


# ---- a size picker's stock notes ------------------------------------------------------------------


def test_every_size_sold_out_makes_the_item_out_of_stock() -> None:
    # no line for the item, every size chip reads "Sold out" and the buy button stays: nothing can be bought
    chips = "".join(
        f"<button class='sc-s1' role='option'><span>{s}</span><span>Sold out</span></button>"
        for s in ("S", "M", "L", "XL")
    )
    html = page(H1 + IMG + block("£89.00") + f"<div class='sc-s0' role='listbox'>{chips}</div>" + SOLD)
    got = extract_product(html, URL)
    assert got is not None and got["availability"] == "OutOfStock"


def test_every_size_chip_sold_out_beside_a_live_looking_add_button() -> None:
    chips = "".join(
        f"<button class='sc-s1' role='option'><span>{s}</span><span>Agotado</span></button>"
        for s in ("S", "M", "L", "XL")
    )
    html = page(
        H1 + IMG + block("35,95 EUR") + f"<div class='sc-s0' role='listbox'>{chips}</div>"
        "<button class='sc-b9'>AÑADIR</button>",
        lang="es",
    )
    got = extract_product(html, URL)
    assert got is not None and got["availability"] == "OutOfStock"


def test_one_size_item_sold_out_is_out_of_stock() -> None:
    html = page(
        H1
        + IMG
        + block("£89.00")
        + "<ul class='sc-s0'><li class='sc-s1'>One size<span class='size-stock'>Rupture de stock</span></li></ul>"
    )
    assert found(html).stock == "OutOfStock"


def test_some_sizes_sold_out_is_still_in_stock() -> None:
    chips = "".join(
        f"<button class='sc-s1' role='option'><span>{s}</span>{n}</button>"
        for s, n in (("S", "<span>Sold out</span>"), ("M", ""), ("L", "<span>Sold out</span>"))
    )
    html = page(H1 + IMG + block("£89.00") + f"<div class='sc-s0' role='listbox'>{chips}</div>" + BUY_LIVE)
    got = extract_product(html, URL)
    assert got is not None and got["availability"] == "InStock"


BUY_LIVE = "<button class='sc-b9'>Add to cart</button>"


def test_item_stock_line_after_a_quantity_is_still_read() -> None:
    # a stock line whose parent also holds a number (the quantity box) is the item's, not a size's
    html = page(
        H1
        + IMG
        + block("£89.00")
        + "<div class='sc-k0'><span class='sc-k1'>1</span><span class='sc-k2'>Out of stock</span></div>"
        + SOLD
    )
    got = extract_product(html, URL)
    assert got is not None and got["availability"] == "OutOfStock"


# ---- prices: a net price, a "+" amount, a price with no currency mark, a wallet note ----------------


def test_b2b_shop_showing_only_the_net_price_gives_it() -> None:
    # no gross price anywhere: the net one is the only price the page gives (named or not)
    for shown in ("excl. VAT £83.33", "zzgl. MwSt. 84,03 €", "bez DPH 2 305,79 Kč"):
        for name in ("sc-p0", "price"):
            html = page(H1 + IMG + f"<div class='{name}'>{shown}</div>" + BUY_LIVE)
            got = extract_product(html, URL)
            assert got is not None and got["price"] in (83.33, 84.03, 2305.79), (shown, name)


def test_one_plus_one_offer_before_the_price_is_no_surcharge() -> None:
    # Korean "1+1" offers: the "+" is in the offer's name, the amount is the price
    for shown in ("1+1 19,900원", "1+1 19.900원", "1 + 1 19,900원"):
        html = page(H1 + IMG + f"<div class='sc-p0'>{shown}</div>" + BUY_LIVE)
        got = extract_product(html, URL)
        assert got is not None and got["price"] == 19900.0, shown


def test_price_without_a_currency_mark_alone_keeps_no_currency() -> None:
    html = page(H1 + IMG + "<div class='price'>2 790,-</div>" + BUY_LIVE, lang="cs")
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 2790.0


def test_price_without_a_mark_does_not_take_a_cart_total_currency() -> None:
    # the header's mini cart reads "0,00 €" on a Czech shop's page: no price of the item
    html = (
        "<html lang='cs'><head><title>Trail Runner 2 Shoe | Shop</title></head><body>"
        "<div class='sc-h0'><a href='/'>Shop</a><a class='sc-h1' href='/cart'>Košík 0,00 €</a></div>"
        f"<main class='sc-m1'>{H1}{IMG}<div class='price'>2 790,-</div>{BUY_LIVE}</main></body></html>"
    )
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 2790.0 and got["currency"] != "EUR"


def test_price_with_card_accepted_note_is_kept() -> None:
    # "with card" in a note about how to pay, not a price only card holders get
    for note in ("with card payment accepted", "with coupon codes excluded"):
        html = page(H1 + IMG + block("£89.00", note) + BUY_LIVE)
        got = extract_product(html, URL)
        assert got is not None and got["price"] == 89.0, note


# ---- brand: a line of fields, a reading, a logo link above the title ------------------------------


def test_brand_field_line_in_other_languages() -> None:
    for line, want in (
        ("Marke: Adidas | Art.-Nr.: 12345", "Adidas"),
        ("Brand: Nike · Model: Air Max 90", "Nike"),
    ):
        html = page(f"<div class='product-brand'>{line}</div>" + H1 + IMG + block("£89.00") + BUY_LIVE)
        assert brand_of(html) == want, line


def test_shop_logo_link_over_the_title_is_no_brand() -> None:
    # a header without a <header> tag: the shop's logo link, then the title; the <title> ends with the shop
    html = (
        "<html><head><title>Trail Runner 2 Shoe | Shop Example</title></head><body>"
        "<div class='sc-h0'><a href='/'><img src='/logo.svg' alt=''>Shop Example</a></div>"
        f"<main class='sc-m1'>{H1}{IMG}{block('£89.00')}{BUY_LIVE}</main></body></html>"
    )
    assert brand_of(html) is None


def test_home_link_with_an_icon_over_the_title_is_no_brand() -> None:
    html = (
        "<html><head><title>Home Trail Runner 2 Shoe | Shop</title></head><body>"
        "<nav class='sc-n0'><a href='/'><svg></svg>Home</a></nav>"
        f"<main class='sc-m1'>{H1}{IMG}{block('£89.00')}{BUY_LIVE}</main></body></html>"
    )
    assert brand_of(html) is None


def test_brand_with_a_latin_second_word_in_kana_is_kept_whole() -> None:
    # a brand whose two parts are the name and a Japanese word of the name, not its reading
    line = "<div class='goods-brand'><a href='/brand/x/'><span>Onitsuka Tiger</span><span>オニツカタイガー</span></a></div>"
    html = page(line + H1 + IMG + block("¥12,100") + BUY_LIVE)
    assert brand_of(html) == "Onitsuka Tiger"


# ---- title: what a <title> adds after the name ----------------------------------------------------


def test_title_adding_a_real_word_in_full_width_brackets_is_fuller() -> None:
    # a colour or a set size written in full-width brackets after the name is part of the name
    assert fuller_title(
        "オックスフォード シャツ", "オックスフォード シャツ（2枚セット） | Shop", "shop.example"
    ) == ("オックスフォード シャツ（2枚セット）")


def test_title_adding_a_word_and_a_long_model_number_is_fuller() -> None:
    # "Pro" is a real word of the name; the number is the maker's model
    assert (
        fuller_title("Galaxy Buds2", "Galaxy Buds2 Pro SM-R510 | Shop", "shop.example")
        == "Galaxy Buds2 Pro SM-R510"
    )
    assert fuller_title("Canon EOS R6", "Canon EOS R6 Mark II 24-105mm Kit | Shop", "shop.example") == (
        "Canon EOS R6 Mark II 24-105mm Kit"
    )


def test_title_adding_a_word_and_a_5_digit_set_number_keeps_the_word() -> None:
    # LEGO: "Millennium Falcon 75192" adds the set's name to "LEGO Star Wars"
    got = fuller_title("LEGO Star Wars", "LEGO Star Wars Millennium Falcon 75192 | Shop", "shop.example")
    assert got is not None and "Millennium Falcon" in got


# ---- more must-not-fire cases ----------------------------------------------------------------------


def test_card_add_to_cart_div_does_not_outweigh_the_item_stock_line() -> None:
    # no buy button: the item's own line says out of stock, a recommendation card below reads "Add to cart"
    card = (
        "<section class='sc-c0'><h2 class='sc-c1'>You may also like</h2><div class='sc-c2'>"
        "<a class='sc-c3' href='/p/2'><img class='sc-c4' src='/media/p2.jpg' alt='Road Runner'></a>"
        "<span class='sc-c5'>£59.00</span><div class='sc-c6'>Add to cart</div></div></section>"
    )
    html = page(H1 + IMG + block("£89.00") + "<p class='product-stock'>Out of stock</p>" + card)
    got = extract_product(html, URL)
    assert got is not None and got["availability"] == "OutOfStock"


def test_model_code_ending_in_ht_before_the_price_is_no_net_label() -> None:
    html = page(H1 + IMG + "<div class='sc-p0'>Modell 55-HT 89,99 €</div>" + BUY_LIVE)
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 89.99


def test_any_bank_card_note_after_the_price_is_no_wallet_price() -> None:
    # "4 590 ₽ при оплате картой любого банка": the price any buyer pays, whatever card
    html = page(
        H1 + IMG + "<div class='price-block'><span class='final-price'>4 590 ₽</span> "
        "<span>картой любого банка</span></div>" + BUY_LIVE
    )
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 4590.0


def test_title_adding_a_capacity_of_5_digits_is_fuller() -> None:
    # "20000 mAh" is the power bank's capacity, not an item number a search-engine title appends
    got = fuller_title("Anker Power Bank", "Anker Power Bank 20000 mAh USB-C | Shop", "shop.example")
    assert got == "Anker Power Bank 20000 mAh USB-C"


def test_add_button_of_something_else_is_no_buy_control_on_its_own() -> None:
    # no other control: an "Add" of insurance, to a wishlist, of a review does not make a buy control
    for extra in (
        "<div class='sc-q1'><span>2-year accident cover £9.99</span><button class='sc-q3'>Add</button></div>",
        "<form class='sc-w1' action='/wishlist/add'><button class='sc-w2'>Add</button></form>",
        "<div class='sc-r1'><span>Write a review</span><textarea></textarea><button class='sc-r3'>Add</button></div>",
    ):
        html = page(H1 + IMG + block("£89.00") + extra)
        assert not found(html).buy, extra


def test_brand_label_beside_a_brand_in_kana_or_hangul_is_no_reading() -> None:
    # "Brand:" then "ユニクロ", "by" then "무신사 스탠다드": a label and the brand, not a name and its reading
    for line, want in (
        ("<div class='product-brand'><span>Brand:</span><span>ユニクロ</span></div>", "ユニクロ"),
        ("<div class='product-brand'><span>by</span><span>무신사 스탠다드</span></div>", "무신사 스탠다드"),
    ):
        html = page(line + H1 + IMG + block("¥1,990") + BUY_LIVE)
        assert brand_of(html) == want, line


def test_brand_written_first_in_a_line_of_fields_is_read() -> None:
    html = page(
        "<div class='product-brand'>Nike | Size: 42 | Colour: Black</div>"
        + H1
        + IMG
        + block("£89.00")
        + BUY_LIVE
    )
    assert brand_of(html) == "Nike"


def test_gross_price_after_a_net_one_in_the_same_block_is_the_price() -> None:
    # one block shows both: the amount labelled as without the sales tax is not the one read
    for shown, want in (
        ("excl. VAT £83.33 incl. VAT £99.99", 99.99),
        ("Netto: 83,33 € Brutto: 99,99 €", 99.99),
        ("Prix HT 74,99 € Prix TTC 89,99 €", 89.99),
    ):
        for name in ("sc-p0", "price"):
            html = page(H1 + IMG + f"<div class='{name}'>{shown}</div>" + BUY_LIVE)
            got = extract_product(html, URL)
            assert got is not None and got["price"] == want, (shown, name)


def test_card_named_among_ways_to_pay_after_the_price_is_no_condition() -> None:
    # "с картой или наличными" (by card or cash), "mit Karte oder PayPal": how one pays, not a wallet price
    for price, note, want in (
        ("4 590 ₽", "с картой или наличными", 4590.0),
        ("89,99 €", "mit Karte oder PayPal", 89.99),
        ("£89.00", "with card or PayPal", 89.0),
    ):
        html = page(
            H1
            + IMG
            + f"<div class='price-block'><span class='final-price'>{price}</span> <span>{note}</span></div>"
            + BUY_LIVE
        )
        got = extract_product(html, URL)
        assert got is not None and got["price"] == want, note


def test_add_to_cart_div_in_a_card_is_no_buy_control_on_its_own() -> None:
    # the item shows no control; a card below, with its picture link, reads "Add to cart"
    card = (
        "<section class='sc-c0'><h2 class='sc-c1'>You may also like</h2><div class='sc-c2'>"
        "<a class='sc-c3' href='/p/2'><img class='sc-c4' src='/media/p2.jpg' alt='Road Runner'></a>"
        "<span class='sc-c5'>£59.00</span><div class='sc-c6'>Add to cart</div></div></section>"
    )
    html = page(H1 + IMG + block("£89.00") + card)
    assert found(html).buy_availability != "InStock"


def test_brand_logo_link_to_the_brands_own_site_is_still_read() -> None:
    # the logo link goes to the brand's own site's front page, another host: still the brand
    html = (
        "<html><head><title>Northpeak Trail Runner 2 Shoe | Shop</title></head><body>"
        "<header class='sc-h0'><a href='/'>Shop</a></header><main class='sc-m1'>"
        "<div class='sc-b0'><a href='https://northpeak.example/'><img src='/np.png' alt=''>Northpeak</a></div>"
        f"{H1}{IMG}{block('£89.00')}{BUY_LIVE}</main></body></html>"
    )
    assert brand_of(html) == "Northpeak"


def test_net_label_after_the_net_amount_is_not_the_gross_prices_label() -> None:
    # B2B layout: the net amount with its label after it, then the gross one: the gross is the price
    for name in ("price", "sc-a"):
        html = page(
            H1 + IMG + f"<div class='sc-p'><span class='{name}'>84,03 €</span> <span>zzgl. MwSt.</span></div>"
            f"<div class='sc-q'><span class='{name}'>99,99 €</span> <span>inkl. MwSt.</span></div>"
            + BUY_LIVE,
            lang="de",
        )
        got = extract_product(html, URL)
        assert got is not None and got["price"] == 99.99, name
