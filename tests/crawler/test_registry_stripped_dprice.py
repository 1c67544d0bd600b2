"""Price kinds found by reading the registries' real pages saved by other hands WITHOUT their structured data
(stop 68, issue 14; `benchmarks.bench_extraction.strip_structured`). The pages stay out of the repository; each
kind is written anew here.

1. The Arabic-script separators (U+066C thousands, U+066B decimal: "525٬000 تومان") are read as separators
   (`values.parse_price`; 30book-mcp 0.1's 30book.com pages read 525).
2. A word of letters with digits between two of them ("MzI5Ljk5", a price kept in base64 for a script; a model
   code) holds no amount (`price_text.shown_price`; formasaurus 0.10.0's costco.com page read 5).
3. A price in a site menu under an element its markup hides (a mega menu's flyouts kept for a script) is never
   the product's (`dom.in_closed_menu`; the same costco.com page).
4. A `<del>`/`<s>` whose class says it is shown without its line ("PriceNoThrouth", "no-strike") is not struck
   (`price_text.struck`; formasaurus 0.10.0's pandahall.com page read a members' tier price).
5. A net-price label with the tax rate in parentheses ("zzgl. MwSt (21%):") is a net-price label
   (`price_text.NET_BEFORE`; trafilatura 2.0's toralin.de page read the net 4,92 €).
6. A text of its own stating a stock count ("72 in stock") is no amount (`price_text.price_text`; formasaurus
   0.10.0's starcitygames.com page, its amount drawn by CSS sprites, read $72).
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.price_text import price_text, shown_price, struck
from knockoff.crawler.values import parse_price


# 1. Arabic-script separators
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("525٬000 تومان", 525000.0),
        ("۱٬۲۵۰٬۰۰۰ تومان", 1250000.0),
        ("1٬147٬500", 1147500.0),
        ("1٬250٫50 ر.س", 1250.5),
    ],
)
def test_arabic_separators(text: str, amount: float) -> None:
    assert parse_price(text, shown=True)[0] == amount


@pytest.mark.parametrize(("text", "amount"), [("525,000", 525000.0), ("12,50 €", 12.5), ("3.99", 3.99)])
def test_arabic_separators_leave_latin_ones(text: str, amount: float) -> None:
    assert parse_price(text, shown=True)[0] == amount


BOOK_URL = "https://www.books.example/book/4411/a-persian-novel"


def _persian_book_page(price: str, old: str) -> str:
    return f"""<html lang="fa" dir="rtl"><head><title>کتاب سفر به شب</title></head><body>
<div class="product-main"><div class="row">
 <div class="col-md-4"><img class="product-image" src="/Media/Book/4411.jpg" alt="سفر به شب" width="400"></div>
 <div class="col-md-8"><h1 class="product-title">سفر به شب</h1>
  <div class="product-main-label">نویسنده:</div><div><a href="/author/12">رضا احمدی</a></div>
  <div class="product-main-label">قیمت:</div>
  <div class="product-final-price">{price} تومان</div><div class="product-price">{old}</div>
  <button type="button" class="product-basket-btn">افزودن به سبد خرید</button>
 </div></div></div></body></html>"""


def test_persian_page_reads_its_whole_price() -> None:
    got = extract_product(_persian_book_page("348٬000", "435٬000"), BOOK_URL)
    assert got is not None
    assert got["price"] == 348000.0


# 2. code words
@pytest.mark.parametrize("text", ["Online Price MzI5Ljk5 $", "MjQ5Ljk5 €", "Model KX3RT55 $"])
def test_code_word_is_no_amount(text: str) -> None:
    assert shown_price(text)[0] is None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("USD49.99", 49.99),
        ("49,99EUR", 49.99),
        ("Rs500", 500.0),
        ("Model KX3RT55 $19.99", 19.99),
        ("US$5", 5.0),
    ],
)
def test_code_word_leaves_amounts_beside_codes(text: str, amount: float) -> None:
    assert shown_price(text)[0] == amount


# 3. a closed menu's priced flyout
WAREHOUSE_URL = "https://www.warehouse.example/steel-kitchen-sink.product.100432.html"


def _warehouse_page(menu_style: str, shown_price_html: str) -> str:
    flyouts = "".join(
        f'<li data-parent="300" data-id="{i}"><a href="/cat-{i}.html">Category {i}</a></li>'
        for i in range(40)
    )
    return f"""<html><head><title>Steel 33-inch Kitchen Sink | Warehouse</title></head><body>
<div id="navigation_data"><ul style="{menu_style}">{flyouts}
 <li data-espot-parent="300"><a href="/.product.100777.html"><div><div>Smart Speaker 2-Pack
  <div class="promo-price-headline"><span class="promo-price-sup">$</span>174<span class="promo-price-sup">99</span>
  <span class="promo-price-after">After $25 OFF</span></div></div></div></a></li>
</ul></div>
<div class="product-page"><div class="row">
 <div class="images"><img id="productImage" src="https://img.warehouse.example/100432-847.jpg" width="600"></div>
 <div class="product-details"><h1>Steel 33-inch Kitchen Sink</h1>
  <p class="item-number">Item 1275464</p>
  {shown_price_html}
  <button id="add-to-cart-btn" class="btn btn-primary">Add to Cart</button>
 </div></div></div></body></html>"""


def test_closed_menu_flyout_price_is_not_the_products() -> None:
    page = _warehouse_page(
        "display:none;", '<div class="your-price"><span class="value">$329.99</span></div>'
    )
    got = extract_product(page, WAREHOUSE_URL)
    assert got is not None
    assert got["price"] == 329.99


def test_obfuscated_price_and_closed_menu_give_no_price() -> None:
    shown = (
        '<div class="math-table"><div class="online-price hide">Online Price MzI5Ljk5 $</div>'
        '<div class="your-price">Your Price <span class="value">--</span> $</div></div>'
    )
    got = extract_product(_warehouse_page("display:none;", shown), WAREHOUSE_URL)
    assert (
        got is not None and got["price"] is None
    )  # a listing whose price a script fills in (sign_only_price)


def test_open_menu_is_not_a_closed_one() -> None:
    from knockoff.crawler.heuristics.dom import in_closed_menu

    doc = lxml_html.fromstring(_warehouse_page("", "<p>x</p>"))
    sup = doc.xpath("//span[@class='promo-price-after']")[0]
    assert not in_closed_menu(sup)
    doc = lxml_html.fromstring(_warehouse_page("display:none;", "<p>x</p>"))
    assert in_closed_menu(doc.xpath("//span[@class='promo-price-after']")[0])


def test_hidden_variant_price_outside_a_menu_is_no_closed_menu() -> None:
    from knockoff.crawler.heuristics.dom import in_closed_menu

    doc = lxml_html.fromstring(
        '<div class="product-info"><div class="price-variants"><span class="price" style="display:none">'
        "$12.00</span></div></div>"
    )
    assert not in_closed_menu(doc.xpath("//span")[0])


# 4. <s> shown without its line
def _el(markup: str):
    return lxml_html.fragment_fromstring(markup)


@pytest.mark.parametrize(
    "markup",
    [
        '<s class="PriceNoThrouth">US $4.07</s>',
        '<del class="price no-strike">$4.07</del>',
        '<s class="nostrike">x</s>',
    ],
)
def test_struck_tag_named_not_struck(markup: str) -> None:
    assert not struck(_el(markup))


@pytest.mark.parametrize(
    "markup",
    ['<s class="price-old">$4.07</s>', "<del>$4.07</del>", '<span class="price strike">$4.07</span>'],
)
def test_struck_tag_stays_struck(markup: str) -> None:
    assert struck(_el(markup))


WIRE_URL = "http://www.beads-hall.example/p-580437-copper-jewelry-wire.html"


def _tier_page(first_price: str) -> str:
    return f"""<html><head><title>Copper Jewelry Wire, 0.4mm - Beads Hall</title></head><body>
<div class="content"><div class="detail-content">
 <div class="pic"><img src="http://img.beads-hall.example/photos/420_420_a8b5d681.JPG" width="420"></div>
 <ul class="detailed-text-box">
  <li><h1 class="ProductName">Copper Jewelry Wire, Lead Free, Mixed Color, 0.4mm; 10m/roll</h1></li>
  <li class="YourPrice_NoLogin PriceInf"><strong class="ListName">Price/Package:</strong>
   {first_price}<span class="PriceTip Red">Your Prices</span></li>
  <li class="PriceInf"><strong class="ListName">Bronze Price:</strong><p class="Price">US $3.95</p>3%off</li>
  <li class="PriceInf"><strong class="ListName">Silver Price:</strong><p class="Price">US $3.83</p>6%off</li>
  <li class="PriceInf"><strong class="ListName">Gold Price:</strong><p class="Price">US $3.71</p>9%off</li>
  <li class="AddTo"><a class="AddToCart" id="addToCartBtn">Add to Cart</a></li>
 </ul></div></div></body></html>"""


def test_unstruck_s_is_the_price_before_member_tiers() -> None:
    got = extract_product(_tier_page('<s class="PriceNoThrouth">US $4.07</s>'), WIRE_URL)
    assert got is not None
    assert got["price"] == 4.07


# 5. net label with the tax rate in parentheses
TAX_URL = "http://www.autoparts.example/schmierfett-125-ml.html"


def _magento_tax_page(net_label: str, gross_label: str) -> str:
    return f"""<html><head><title>Schmierfett Reparierend, 125 ml</title></head><body>
<div class="product-view"><form id="product_addtocart_form">
 <div class="product-img-box"><img id="image-main" src="/media/catalog/product/x/a/fett_tube.png" width="363"></div>
 <div class="product-shop"><div class="product-name"><h1>Schmierfett Reparierend, 125 ml</h1></div>
  <p class="availability in-stock">Verfügbarkeit: <span>Auf Lager</span></p>
  <div class="price-box">
   <span class="price-excluding-tax"><span class="label">{net_label}</span>
    <span class="price" id="price-excluding-tax-332">4,92 €</span></span>
   <span class="price-including-tax"><span class="label">{gross_label}</span>
    <span class="price" id="price-including-tax-332">5,95 €</span></span>
  </div>
  <button type="button" title="In den Warenkorb" class="button btn-cart"><span>In den Warenkorb</span></button>
 </div></form></div></body></html>"""


@pytest.mark.parametrize(
    ("net", "gross"),
    [
        ("zzgl. MwSt (21%):", "Inkl. MwSt (21%):"),
        ("exkl. MwSt. (19 %):", "inkl. MwSt. (19 %):"),
        ("zzgl. 19% MwSt:", "inkl. 19% MwSt:"),
    ],
)
def test_net_label_with_rate_in_parentheses(net: str, gross: str) -> None:
    got = extract_product(_magento_tax_page(net, gross), TAX_URL)
    assert got is not None
    assert got["price"] == 5.95


def test_net_label_without_rate_unchanged() -> None:
    got = extract_product(_magento_tax_page("Excl. Tax:", "Incl. Tax:"), TAX_URL)
    assert got is not None
    assert got["price"] == 5.95


# 6. a stock count in a text of its own
def test_stock_count_text_is_left_out() -> None:
    el = _el('<span class="price">Price: <strong>$</strong><span></span><br><br>72 in stock<br></span>')
    assert shown_price(price_text(el))[0] is None


@pytest.mark.parametrize(
    ("markup", "amount"),
    [
        ('<span class="price">$19.99 In Stock</span>', 19.99),
        ('<span class="price">$72<br>In stock</span>', 72.0),
        ('<span class="price"><b>12 in stock</b> 24,90 €</span>', 24.9),
    ],
)
def test_stock_count_leaves_prices(markup: str, amount: float) -> None:
    assert shown_price(price_text(_el(markup)))[0] == amount


# 7. a price label showing only its currency sign (the digits drawn as pictures or by a script): a product page
# whose price is not read, as "Call for Price" is (`prices.sign_only_price`): a listing without a price, not a
# page dropped, nor a stock count read as its price
def _sprite_price_page(label: str) -> str:
    return f"""<html><head><title>Leonin Snarecaster - Cards Example</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/singles">Singles</a></div>
<table><tr><td><img src="/images/cards/leonin-snarecaster.jpg" width="223" height="310" alt="Leonin Snarecaster"></td>
<td><h2 class="titletext">Leonin Snarecaster</h2><p>Duel Decks: Speed vs. Cunning</p>
<div style="float:left">{label}<span style="width:45px"><div class="p1 sp">&nbsp;</div><div class="p2 sp">&nbsp;</div></span></div>
<br><br>72 in stock<br></td></tr></table></body></html>"""


def test_price_label_with_only_its_sign_is_a_listing_without_price() -> None:
    got = extract_product(
        _sprite_price_page("<div>Price: <strong>$</strong></div>"),
        "https://www.cards.example/p/leonin-snarecaster",
    )
    assert got is not None
    assert got["price"] is None
    assert got["title"] == "Leonin Snarecaster"


def test_script_filled_price_beside_a_buy_button_is_a_listing_without_price() -> None:
    page = _warehouse_page("display:none", '<div class="your-price">Your Price -- $</div>')
    got = extract_product(page, WAREHOUSE_URL)
    assert got is not None and got["price"] is None
    assert got["availability"].endswith("InStock")


def test_price_label_with_its_amount_reads_the_amount() -> None:
    got = extract_product(
        _sprite_price_page("<div>Price: <strong>$</strong>3.49</div>"),
        "https://www.cards.example/p/leonin-snarecaster",
    )
    assert got is not None and got["price"] == 3.49


def test_a_filter_label_on_a_category_page_makes_no_listing() -> None:
    # must not fire: a category page's price filter ("Price: $" above its range inputs) beside product cards
    cards = "".join(
        f"<li class='card'><a href='/p/card-{i}'><img src='/img/card-{i}.jpg' width='150'></a>"
        f"<a href='/p/card-{i}'>Card {i}</a> <span class='price'>${i}.99</span></li>"
        for i in range(1, 7)
    )
    html = (
        "<html><head><title>Singles - Cards Example</title></head><body><h1>Singles</h1>"
        "<div class='filters'><div>Price: $</div><input name='min'> - <input name='max'></div>"
        f"<ul class='grid'>{cards}</ul></body></html>"
    )
    assert extract_product(html, "https://www.cards.example/singles") is None
