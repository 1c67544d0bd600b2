"""Kinds of misreading behind the strict xfails of test_leftovers_breadth.py, each fixed as a kind,
with the ordinary pages the fix must leave as a careful reader reads them (must-not-fire cases).

1. The shop's name written as a heading (`titles._shop_parts`): a heading showing only a part of the
   document title that names the shop is no title ("Stylekart" over "Men Grey Running Shoes").
2. An `<h1>` over the title is no brand line for `brands._brand_above` (a category "Laptops" over
   "Lenovo ThinkPad ...", the shop's logo heading); `_heading_pair` judges a pair of `<h1>`.
3. A card shown alone (`layout.Layout.lone_card`): a best named price in one other product's card
   (its picture linking to another product's page) gives way to the product's own unnamed price.
4. The shop's basket (`prices._in_basket`: "mini-basket", "cart-drawer"): a best named price in it
   gives way to the product's own unnamed price, with or without a picture in the basket's line.
5. Amounts written with a code `dom.MONEY` reads after a number ("TL", "руб.", "лв"): two in one
   text are two amounts (`price_text.AMOUNT_MARK`), read as "£110.00 £89.00" is.

Pages are built with test_leftovers_breadth's frame (a header, a footer, a gallery, cards).
"""

from __future__ import annotations

from tests.crawler.test_leftovers_breadth import (
    EN_CARDS,
    PLAIN,
    SALE,
    UK_URL,
    _header,
    _two_h1,
    _uk,
    gallery,
    read,
    shop,
    strip,
)

SK_URL = "https://www.stylekart.example/running-shoes/men-grey-running-shoes/1700/buy"
SK_TITLE = "Men Grey Running Shoes | Stylekart"
BUY = "<span class='now'>₹1,299</span><button class='add-bag'>Add to bag</button>"


# ---- 1. the shop's name as a heading ------------------------------------------------------------


def test_shop_h1_over_an_h2_product_name_gives_the_h2() -> None:
    # should fire: the page's only <h1> is the shop's name; the product's name is an <h2>
    body = (
        "<h1 class='site-title'>Stylekart</h1><div class='pdp'><h2>Men Grey Running Shoes</h2>"
        + BUY
        + "</div>"
        + gallery("/a/1700.jpg", "Men Grey Running Shoes")
    )
    got = read(shop(body, SK_TITLE, "en-IN"), SK_URL)
    assert (got["title"], got["brand_claimed"]) == ("Men Grey Running Shoes", None)


def test_shop_h1_and_a_name_in_no_heading_gives_the_document_title() -> None:
    # should fire: the shop's <h1> and a name in a plain <div>: the document title's product part
    body = (
        "<h1 class='site-title'>Stylekart</h1><div class='pdp'><div class='x1'>Men Grey Running Shoes</div>"
        + BUY
        + "</div>"
        + gallery("/a/1700.jpg", "Men Grey Running Shoes")
    )
    got = read(shop(body, SK_TITLE, "en-IN"), SK_URL)
    assert got["title"] == "Men Grey Running Shoes"


def test_product_h1_and_a_screen_reader_duplicate_h1() -> None:
    # must not fire: the product's <h1> and a hidden duplicate for screen readers
    body = (
        "<h1 class='sr-only'>Men Grey Running Shoes</h1><div class='pdp'><h1>Men Grey Running Shoes</h1>"
        + BUY
        + "</div>"
    )
    got = read(shop(body, SK_TITLE, "en-IN"), SK_URL)
    assert got["title"] == "Men Grey Running Shoes"


def test_product_h1_over_a_subtitle_h1() -> None:
    # must not fire: the name and a subtitle, both <h1>, the document title holding the name only
    got = read(_two_h1("Men Grey Running Shoes", "Lightweight mesh upper", SK_TITLE), SK_URL)
    assert got["title"] == "Men Grey Running Shoes"


def test_brand_shop_product_name_that_opens_with_the_shop_name() -> None:
    # must not fire: a brand's own shop, the product's name opening with the shop's name
    body = "<h1 class='pt'>Northpeak Trailhead Bottle</h1>" + BUY + gallery("/a/b.jpg", "Bottle")
    got = read(
        shop(body, "Northpeak Trailhead Bottle | Northpeak", "en"),
        "https://northpeak.example/products/trailhead-bottle",
    )
    assert got["title"] == "Northpeak Trailhead Bottle"


def test_product_whose_name_is_the_whole_document_title_part_left() -> None:
    # must not fire: "Nike Air | Nike": the part left as the name is never the shop's
    body = "<h1>Nike Air</h1>" + BUY + gallery("/a/air.jpg", "Nike Air")
    got = read(shop(body, "Nike Air | Nike"), "https://www.nike.example/t/nike-air")
    assert got["title"] == "Nike Air"


def test_shop_heading_in_the_header_and_the_product_h1() -> None:
    # must not fire: the shop's heading in the header (already layout noise) and the product's <h1>
    header = "<header class='top'><h1 class='logo'><a href='/'>Stylekart</a></h1></header>"
    body = "<h1 class='x'>Men Grey Running Shoes</h1>" + BUY
    got = read(shop(body, SK_TITLE, "en-IN", header=header), SK_URL)
    assert (got["title"], got["brand_claimed"]) == ("Men Grey Running Shoes", None)


# ---- 2. an <h1> over the title is no brand line ---------------------------------------------------


def test_category_h1_with_plain_classes_is_no_brand() -> None:
    # should fire: "Laptops" over the product, titled "Laptops | Product | Shop", no class names either
    html = _two_h1(
        "Laptops", "Lenovo ThinkPad X1 Carbon Gen 11", "Laptops | Lenovo ThinkPad X1 Carbon Gen 11 | Techhaus"
    )
    got = read(html, "https://techhaus.example/laptops/lenovo-thinkpad-x1-carbon-gen-11")
    assert got["brand_claimed"] in (None, "Lenovo")


def test_brand_line_in_a_div_over_the_h1_stays_the_brand() -> None:
    # must not fire: the short line above the title (a <div>, not a heading) the document title opens with
    body = (
        "<div class='pdp'><div class='x7'>Nike Sportswear</div><h1 class='x8'>AIR MAX 90</h1>"
        + BUY.replace("₹1,299", "£129.99")
        + "</div>"
        + gallery("/a/am90.jpg", "AIR MAX 90")
    )
    got = read(
        shop(body, "Nike Sportswear AIR MAX 90 - Trainers | Shoebox"), "https://shoebox.example/p/am90-1"
    )
    assert got["brand_claimed"] == "Nike Sportswear"


def test_brand_h1_over_the_name_h1_named_in_the_url_stays_the_brand() -> None:
    # must not fire: Myntra's brand <h1> over the name <h1>, the URL filing the product under the brand
    html = _two_h1(
        "HRX by Hrithik Roshan",
        "Men Grey Mesh Running Shoes",
        "Buy HRX by Hrithik Roshan Men Grey Mesh Running Shoes | Stylekart",
    )
    got = read(
        html, "https://www.stylekart.example/shoes/hrx-by-hrithik-roshan/hrx-men-grey-running-shoes/1700/buy"
    )
    assert got["brand_claimed"] == "HRX by Hrithik Roshan"


# ---- 3. one other product's card shown alone ----------------------------------------------------

LOOK = (
    "<div class='block-9'><h3>Complete the look</h3><div class='look-item'>"
    "<a href='/p/trail-sock'><img src='/media/trail-sock.jpg' alt='Trail Sock'></a>"
    "<span class='look-name'>Trail Sock 3-Pack</span><span class='price'>£14.00</span></div></div>"
)


def test_single_complete_the_look_card_with_a_named_price() -> None:
    # should fire: one accessory's named price beside the product's unnamed one
    got = read(_uk(PLAIN, LOOK), UK_URL)
    assert (got["price"], got["currency"]) == (89.0, "GBP")


def test_single_card_before_the_title() -> None:
    # should fire: the one recommendation sits above the product (a "recently viewed" of one)
    got = read(_uk(SALE, before=strip("Recently viewed", EN_CARDS[1:2])), UK_URL)
    assert got["price"] == 89.0


def test_own_named_price_beside_a_single_card_with_an_unnamed_price() -> None:
    # must not fire: the product's price is named; the one card's is not
    own = "<div class='pricing'><span class='price'>£89.00</span></div>"
    look = LOOK.replace("class='price'", "class='look-amount'")
    got = read(_uk(own, look), UK_URL)
    assert got["price"] == 89.0


def test_own_bundle_of_one_linking_to_this_product_keeps_its_named_price() -> None:
    # must not fire: "complete the look" holds this very product (an alias of this page under its
    # slug), its price named; the page shows another unnamed amount (a gift card offer) near the title
    own_look = (
        "<div class='block-9'><h3>Complete the look</h3><div class='look-item'>"
        "<a href='/collections/running/products/trail-runner-2'><img src='/media/trail-runner-2.jpg' alt=''></a>"
        "<span class='look-name'>Trail Runner 2 Shoe</span><span class='price'>£89.00</span></div></div>"
    )
    got = read(
        _uk("<div class='pricing'><span>£25.00</span> gift card with every order</div>", own_look), UK_URL
    )
    assert got["price"] == 89.0


def test_own_named_price_in_a_buy_box_with_a_brand_logo_link() -> None:
    # must not fire: the buy box holds a brand logo (a PNG linking to the brand's page) and the
    # product's named price; "or 4 payments of £22.25" is an instalment
    box = (
        "<div class='buy-box'><a href='/brands/northpeak'><img src='/media/northpeak-logo.png' alt='Northpeak'></a>"
        "<span class='price'>£89.00</span><p>or 4 payments of £22.25</p></div>"
    )
    got = read(_uk(box), UK_URL)
    assert got["price"] == 89.0


def test_own_named_price_in_a_buy_box_holding_one_upsell() -> None:
    # must not fire: the buy box holds the product's named price and one upsell (its own picture link)
    box = (
        "<div class='buy-box'><span class='price'>£89.00</span><div class='upsell'>Add a sock: "
        "<a href='/p/trail-sock'><img src='/media/trail-sock.jpg' alt=''></a> £14.00</div></div>"
    )
    got = read(_uk(box), UK_URL)
    assert got["price"] == 89.0


def test_own_named_price_beside_colour_swatches_linking_to_sibling_variants() -> None:
    # must not fire: the buy column's colour swatches are picture links to the other colours' pages
    box = (
        "<div class='buy-col'><span class='price'>£89.00</span> <s>£110.00</s><div class='colours'>"
        "<a href='/p/trail-runner-2-blue'><img src='/media/swatch-blue.jpg' alt='Blue'></a>"
        "<a href='/p/trail-runner-2-red'><img src='/media/swatch-red.jpg' alt='Red'></a></div></div>"
    )
    got = read(_uk(box, strip("You may also like", EN_CARDS[:1])), UK_URL)
    assert got["price"] == 89.0


# ---- 4. the shop's basket -------------------------------------------------------------------------


def _basket_header(line: str, cls: str = "mini-basket") -> str:
    return _header("Basket", f"<div class='{cls}'>{line}</div>")


def test_mini_cart_line_without_a_picture_and_a_named_price() -> None:
    # should fire: the basket's line names the item and its price ("price"), no picture
    line = "<div class='line'><span>Trail Sock 3-Pack</span><span class='price'>£14.00</span></div>"
    for cls in ("mini-basket", "minicart", "cart-drawer"):
        got = read(_uk(PLAIN, header=_basket_header(line, cls)), UK_URL)
        assert got["price"] == 89.0, cls


def test_named_own_price_and_a_mini_cart_with_an_unnamed_amount() -> None:
    # must not fire: the product's price is named "price"; the mini cart's total is not
    line = "<div class='line'><span>Trail Sock 3-Pack</span><span>£14.00</span></div>"
    own = "<div class='pricing'><span class='price'>£89.00</span></div>"
    got = read(_uk(own, header=_basket_header(line)), UK_URL)
    assert got["price"] == 89.0


def test_named_own_price_in_a_cart_form_is_no_basket() -> None:
    # must not fire: the product's own "add to cart" form and price block ("product-cart", "add-to-cart")
    own = "<div class='product-cart'><span class='price'>£89.00</span></div>"
    line = "<div class='line'><span>Trail Sock 3-Pack</span><span>£14.00</span></div>"
    got = read(_uk(own, header=_basket_header(line)), UK_URL)
    assert got["price"] == 89.0


def test_promo_block_holding_the_products_own_named_price_stays() -> None:
    # must not fire: a "promo" block (not a basket) holds the product's only named price
    own = "<div class='promo-box'><span class='price'>£89.00</span> <span>Free returns</span></div>"
    got = read(_uk(own), UK_URL)
    assert got["price"] == 89.0


# ---- 5. two amounts written with "TL" (or "руб.") in one text -------------------------------------


def _tr(
    line: str, lang: str = "tr", url: str = "https://magaza.example/trail-2-p-1001", cls: str = "fiyat-satir"
) -> dict:
    """The Turkish page with `line` as the price text of a span of class `cls` (unnamed by default;
    a text with words beside the amounts is read in a named one, "product-price")."""
    body = (
        "<h1 class='urun-adi'>Koşu Ayakkabısı Trail 2</h1>"
        + gallery("/urun/trail2.jpg", "Koşu Ayakkabısı Trail 2")
        + f"<div class='fiyat'><span class='{cls}'>{line}</span></div>"
        + "<button class='sepete-ekle'>Sepete Ekle</button>"
    )
    return read(shop(body, "Koşu Ayakkabısı Trail 2 | Magaza", lang), url)


def test_tr_old_then_current_in_one_span() -> None:
    # should fire: the old price, then the current one, nothing else
    got = _tr("1.599,99 TL 1.299,99 TL")
    assert (got["price"], got["currency"]) == (1299.99, "TRY")


def test_tr_was_and_now_in_one_span() -> None:
    # should fire: labelled old and current prices in a named price element (read 1599.99 before)
    assert _tr("Eski fiyat: 1.599,99 TL Şimdi 1.299,99 TL", cls="product-price")["price"] == 1299.99
    assert _tr("Was 1.599,99 TL Now 1.299,99 TL", cls="product-price")["price"] == 1299.99


def test_ru_old_then_current_in_one_span() -> None:
    # should fire: the same with roubles written "руб." and levs written "лв."
    assert _tr("3 299 руб. 2 799 руб.", "ru")["price"] == 2799.0
    assert _tr("249 лв. 199 лв.", "bg", cls="product-price")["price"] == 199.0


def test_tr_current_then_old_in_one_span() -> None:
    # must not fire: the current price first, the old one after it
    assert _tr("1.299,99 TL 1.599,99 TL")["price"] == 1299.99


def test_tr_range_in_one_span_reads_its_low_end() -> None:
    # must not fire: a range of prices (sizes at different prices) reads as "$10 - $20" does
    assert _tr("1.299,99 TL - 1.599,99 TL")["price"] == 1299.99
    assert _tr("1.299,99 TL - 1.599,99 TL", cls="product-price")["price"] == 1299.99


def test_tr_price_and_shipping_in_one_span() -> None:
    # should fire: "Kargo 49,99 TL" is a shipping cost (the whole text read as one, a shipping one,
    # before: no price, no product)
    assert _tr("1.299,99 TL Kargo 49,99 TL", cls="product-price")["price"] == 1299.99


def test_tr_single_amount() -> None:
    # must not fire
    assert _tr("1.299,99 TL")["price"] == 1299.99


def test_de_teaspoon_beside_a_euro_price_in_one_text() -> None:
    # must not fire: "1 TL" is a teaspoon (Teelöffel) in a text with a euro price: "TL" counts as a
    # currency only where no other mark is shown
    got = _tr("1 TL auf 200 ml, 24,90 €", "de", "https://laden.example/p/tee-1001")
    assert (got["price"], got["currency"]) == (24.9, "EUR")
    got = _tr("1 TL auf 200 ml, 24,90 €", "de", "https://laden.example/p/tee-1001", cls="product-price")
    assert (got["price"], got["currency"]) == (24.9, "EUR")
