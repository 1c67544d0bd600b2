"""Kinds found on the seventh marketplace batch (tests/crawler/pages_market7: Zara, Decathlon, Fnac,
Hepsiburada, eMAG, Alza, Myntra, ZOZOTOWN, MUSINSA, Wildberries), each written small, each beside an
ordinary page where the rule must not fire.

Buy control: a `div` whose whole text is a buy phrase (Myntra's "ADD TO BAG" made clickable by a
script); a button reading a bare "Add" (Zara's "AÑADIR"). Availability: a size chip's or size
option's stock note ("XXL Agotado", "39 Rupture de stock") is about that size, not the item.
"""

from __future__ import annotations

from parsel import Selector

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics import Page, fuller_title
from knockoff.crawler.heuristics.controls import size_choice

URL = "https://shop.example/p/1"
IMG = "<img src='/media/p1-main-1200.jpg' width='800' height='800' alt='Linen shirt'>"


def page(body: str, title: str = "Linen Shirt | Shop") -> str:
    """A product page of shop.example whose classes name nothing: header, `body`, footer."""
    return (
        f"<html><head><title>{title}</title></head><body><header class='u-h'><a href='/'>Shop</a>"
        f"</header><main class='u-m'>{body}</main><footer class='u-f'>Shop Example</footer></body></html>"
    )


def found(html: str):
    return Page(Selector(text=html, base_url=URL), URL).find()


# ---- a div whose whole text is the buy phrase ----------------------------------------------------


def test_div_reading_add_to_bag_is_the_buy_control() -> None:
    html = page(
        "<h1 class='u-t'>Linen Shirt</h1><p class='u-p'>₹449</p>"
        "<div class='u-a'><span class='u-i'></span>ADD TO BAG</div><div class='u-w'>WISHLIST</div>"
    )
    f = found(html)
    assert f.buy and f.buy_availability == "InStock"
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 449.0 and got["availability"] == "InStock"


def test_prose_opening_with_a_buy_phrase_is_no_buy_control() -> None:
    # "Buy now, pay later", a span inside a sentence, a div in a list item are no control
    html = page(
        "<h1 class='u-t'>Linen Shirt</h1><p class='u-p'>₹449</p>"
        "<div class='u-k'>Buy now, pay later with 3 instalments</div>"
        "<div class='u-l'>Tap <span>Add to bag</span> to keep it for later</div>"
        "<ul><li><div>Add to bag</div> from the app</li></ul>"
    )
    assert not found(html).buy
    assert extract_product(html, URL) is None  # title and price alone: not enough for a listing


def test_add_to_bag_div_in_a_sold_out_box_is_no_live_control() -> None:
    html = page(
        "<h1 class='u-t'>Linen Shirt</h1><p class='u-p'>₹449</p>"
        "<div class='u-box'><div class='u-a'>ADD TO BAG</div><p>Sold out</p></div>"
    )
    assert found(html).buy_availability != "InStock"


# ---- a bare "Add" button ---------------------------------------------------------------------------


def test_button_reading_bare_add_is_the_buy_control() -> None:
    html = page(
        f"<h1 class='u-t'>CAMISA 100% LINO</h1>{IMG}<p class='u-p'>35,95 EUR</p><button>AÑADIR</button>"
    )
    f = found(html)
    assert f.buy and f.buy_availability == "InStock"


def test_add_inside_a_longer_label_or_a_link_is_not_bare_add() -> None:
    html = page(
        "<h1 class='u-t'>CAMISA 100% LINO</h1><p class='u-p'>35,95 EUR</p>"
        "<button>Add a review</button><a class='u-x' href='/list'>Add</a>"
    )
    assert not found(html).buy


# ---- size chips and size options ------------------------------------------------------------------


def test_sold_out_size_chip_does_not_make_the_item_out_of_stock() -> None:
    html = page(
        f"<h1 class='u-t'>CAMISA 100% LINO</h1>{IMG}<p class='u-p'>35,95 EUR</p>"
        "<div role='listbox'><button role='option'>S</button><button role='option'>M</button>"
        "<button role='option'><span>XXL</span><span>Agotado</span></button></div>"
        "<button>AÑADIR</button>"
    )
    got = extract_product(html, URL)
    assert got is not None and got["availability"] == "InStock"


def test_size_note_without_roles_is_read_as_a_size_choice() -> None:
    # Decathlon-like: a stock note named "stock" inside a size item, no role on it
    html = page(
        f"<h1 class='u-t'>Chaussures MH500</h1>{IMG}<p class='u-p'>89,99 €</p>"
        "<ul class='sizes'><li>39<span class='size-stock'>Rupture de stock</span></li><li>40</li></ul>"
        "<button>Ajouter au panier</button>"
    )
    assert found(html).stock is None
    got = extract_product(html, URL)
    assert got is not None and got["availability"] == "InStock"


def test_item_stock_note_is_still_read() -> None:
    # the rule must not fire: the item's own stock line, and a sold-out buy control, still count
    html = page(
        f"<h1 class='u-t'>Chaussures MH500</h1>{IMG}<p class='u-p'>89,99 €</p>"
        "<p class='product-stock'>Rupture de stock</p><button disabled>Ajouter au panier</button>"
    )
    assert found(html).stock == "OutOfStock"
    got = extract_product(html, URL)
    assert got is not None and got["availability"] == "OutOfStock"
    sold = page(
        f"<h1 class='u-t'>Chaussures MH500</h1>{IMG}<p class='u-p'>89,99 €</p><button>Épuisé</button>"
    )
    assert found(sold).buy_availability == "OutOfStock"


def test_size_choice_reads_sizes_not_words() -> None:
    sel = Selector(
        text="<div><button id='a'>XXL Agotado</button></div><div><button id='b'>EU 42.5 - Sold out</button></div>"
        "<div><button id='c'>Sold out</button></div><div><button id='d'>Colour Sold out</button></div>"
        "<div><span id='e'>5</span> in stock</div>"
    )
    el = {i: sel.css(f"#{i}")[0].root for i in "abcde"}
    assert size_choice(el["a"], "XXL Agotado") and size_choice(el["b"], "EU 42.5 - Sold out")
    # the rule must not fire: a note alone, a word before it, a count before an in-stock note
    assert not size_choice(el["c"], "Sold out") and not size_choice(el["d"], "Colour Sold out")
    assert not size_choice(el["e"])


# ---- a price paid with the marketplace's wallet or card, or after every coupon ----------------------


def test_wallet_price_named_after_it_is_not_the_price() -> None:
    # Wildberries: the wallet price first, its note after it, then the price any buyer pays
    html = page(
        f"<h1 class='u-t'>Кроссовки Runfalcon 3.0</h1>{IMG}"
        "<div class='price-block'><p><span>4 452 ₽</span><span>с WB Кошельком</span></p>"
        "<p><ins class='final-price'>4 590 ₽</ins><del>8 999 ₽</del></p></div>"
        "<button>Добавить в корзину</button>",
        "Кроссовки Runfalcon 3.0",
    )
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 4590.0 and got["currency"] == "RUB"


def test_max_benefit_price_label_is_a_condition() -> None:
    # MUSINSA: "최대혜택가" (the price after every coupon and card discount) is not the sale price
    html = page(
        f"<h2 class='u-t'>릴렉스드 베이식 블랭크 티셔츠</h2>{IMG}"
        "<div><del>29,900원</del></div><div><span>34%</span><span>19,900원</span></div>"
        "<div><span>최대혜택가</span><span>17,910원</span></div><button>장바구니</button>",
        "릴렉스드 베이식 블랭크 티셔츠 | 무신사",
    )
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 19900.0


def test_price_followed_by_ordinary_words_is_kept() -> None:
    # the rule must not fire: a note about delivery or taxes after the price, a coupon offer
    # written later in the block, a card named in prose far below
    for note in ("с НДС", "inkl. MwSt.", "Free delivery with Prime", "Save 10% with coupon"):
        html = page(
            f"<h1 class='u-t'>Trail Shoe</h1>{IMG}"
            f"<div class='price-block'><span class='final-price'>89,99 €</span> <span>{note}</span></div>"
            "<button>Add to cart</button><p>Pay with card or wallet.</p>",
            "Trail Shoe",
        )
        got = extract_product(html, URL)
        assert got is not None and got["price"] == 89.99, note


# ---- brand: a line of several fields, a reading beside the name --------------------------------------


def brand_of(body: str, title: str = "Klávesnice MX Keys S | Shop") -> str | None:
    html = page(body, title)
    p = Page(Selector(text=html, base_url=URL), URL)
    return p.find_brand(p.find_title()[1])


def test_brand_field_in_a_line_of_fields() -> None:
    # Alza: "Kód: X | Značka: Logitech | Záruka: 24 měsíců" in one element named for code and brand
    line = (
        "<div class='codeAndBrand'><span>Kód: <span>LOGk1002a</span></span> | <span>Značka: "
        "<a href='/logitech/v20.htm'>Logitech</a></span> | <span>Záruka: 24 měsíců</span></div>"
    )
    assert brand_of("<h1>Klávesnice MX Keys S</h1>" + line) == "Logitech"


def test_line_of_other_fields_names_no_brand() -> None:
    line = "<div class='code-brand'>Kód: LOGk1002a | Záruka: 24 měsíců</div>"
    assert brand_of("<h1>Klávesnice MX Keys S</h1>" + line) is None


def test_brand_with_one_separator_is_kept_whole() -> None:
    # the rule must not fire: a brand line with a bar but no fields
    line = "<div class='product-brand'><a href='/b/levis'>Levi's | Red Tab</a></div>"
    assert brand_of("<h1>501 Original</h1>" + line, "501 Original | Shop") == "Levi's | Red Tab"


def test_katakana_reading_beside_the_brand_is_dropped() -> None:
    # ZOZOTOWN: <a class="...brand-link"><span>BEAMS</span><span>ビームス</span></a>
    line = (
        "<div class='goods-brand'><a href='/brand/beams/'><span>BEAMS</span><span>ビームス</span></a></div>"
    )
    assert brand_of(line + "<h1>オックスフォード シャツ</h1>", "シャツ - ZOZOTOWN") == "BEAMS"


def test_brand_of_two_latin_words_is_kept() -> None:
    # the rule must not fire: two Latin parts, or a brand written in kana alone
    line = "<div class='goods-brand'><a href='/brand/x/'><span>Nike</span><span>Sportswear</span></a></div>"
    assert brand_of(line + "<h1>Air Max 90</h1>", "Air Max 90 | Shop") == "Nike Sportswear"
    kana = "<div class='goods-brand'><a href='/brand/y/'><span>ユニクロ</span></a></div>"
    assert brand_of(kana + "<h1>エアリズム Tシャツ</h1>", "Tシャツ | Shop") == "ユニクロ"


# ---- title: what a search-engine <title> appends after the name -------------------------------------


def test_title_with_brand_and_item_number_appended_is_not_fuller() -> None:
    doc = "Кроссовки Runfalcon 3.0 adidas 176543210 купить за 4 590 ₽ в интернет-магазине Wildberries"
    assert (
        fuller_title("Кроссовки Runfalcon 3.0", doc, "www.wildberries.example") == "Кроссовки Runfalcon 3.0"
    )


def test_title_with_category_in_full_width_brackets_is_not_fuller() -> None:
    doc = "BEAMS（ビームス）の「BEAMS / オックスフォード ボタンダウン シャツ（シャツ/ブラウス）」 - ZOZOTOWN"
    assert (
        fuller_title("オックスフォード ボタンダウン シャツ", doc, "zozo.example")
        == "オックスフォード ボタンダウン シャツ"
    )


def test_fuller_names_are_still_taken() -> None:
    # the rule must not fire: more name words, a variant in Latin brackets, a model code of letters
    assert (
        fuller_title("Galaxy S24", "Galaxy S24 Ultra 256GB | Shop", "shop.example")
        == "Galaxy S24 Ultra 256GB"
    )
    assert (
        fuller_title("iPhone 15", "iPhone 15 (128 GB) - Black | Shop", "shop.example") == "iPhone 15 (128 GB)"
    )
    assert fuller_title("Orak Minidrone", "Parrot Orak Minidrone Hydrofoil | Shop", "shop.example") == (
        "Parrot Orak Minidrone Hydrofoil"
    )


# ---- a net price (without sales tax), an add-on's "+" surcharge ----------------------------------------


def test_net_price_block_gives_way_to_the_gross_price() -> None:
    # Alza: the gross price written "2 790,-" (whole crowns) and the net one with its currency mark
    html = page(
        f"<h1 class='u-t'>Klávesnice Logitech MX Keys S</h1>{IMG}"
        "<div class='price-box'><div>Cena s DPH</div><span class='price-box__price'>2 790,-</span>"
        "<span class='price-box__vat'>bez DPH 2 305,79 Kč</span></div>"
        "<ul><li>Prodloužená záruka o 3 roky +259 Kč</li></ul><button>Do košíku</button>",
        "Klávesnice Logitech MX Keys S | Alza.cz",
    )
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 2790.0 and got["currency"] == "CZK"


def test_gross_labels_and_a_plus_after_the_price_are_kept() -> None:
    # the rule must not fire: "inkl. MwSt." / "s DPH" labels, "+ tax" after the amount, "HTML" words
    for shown in ("inkl. MwSt. 84,99 €", "s DPH 84,99 €", "84,99 € + Versand", "HTML5 84,99 €"):
        html = page(
            f"<h1 class='u-t'>Trail Shoe</h1>{IMG}<div class='u-p'>{shown}</div><button>Add to cart</button>",
            "Trail Shoe",
        )
        got = extract_product(html, URL)
        assert got is not None and got["price"] == 84.99, shown


# ---- brand: a logo link's text above the title, the title writing its Latin name in brackets -------


def test_brand_link_with_a_logo_above_the_title() -> None:
    # MUSINSA: <a href="/brand/musinsastandard"><img alt="">무신사 스탠다드</a> over the heading
    body = (
        "<div class='u-b'><a href='/brand/musinsastandard'><img src='/b.png' alt=''>무신사 스탠다드</a></div>"
        "<h2 class='u-t'>릴렉스드 베이식 블랭크 티셔츠</h2>"
    )
    got = brand_of(body, "무신사 스탠다드(MUSINSA STANDARD) 릴렉스드 베이식 블랭크 티셔츠 | 무신사")
    assert got == "무신사 스탠다드"


def test_line_above_the_title_joined_to_other_words_is_no_brand() -> None:
    # the rule must not fire: the document title goes on with letters right after the words
    # ("Men" opening "Mens Running Shoes"), or the line above holds a link among other words
    body = "<div class='u-b'><a href='/c/men'><img src='/m.png' alt=''>Men</a></div><h1>Trail Runner 2</h1>"
    assert brand_of(body, "Mens Running Shoes: Trail Runner 2 | Shop") is None


def test_plus_surcharge_next_to_the_title_is_not_the_price() -> None:
    html = page(
        f"<h1 class='u-t'>Klávesnice Logitech MX Keys S</h1><ul><li>Záruka o 3 roky +259 Kč</li></ul>{IMG}"
        "<div class='u-x'>2 790 Kč</div><button>Do košíku</button>",
        "Klávesnice Logitech MX Keys S | Alza.cz",
    )
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 2790.0
