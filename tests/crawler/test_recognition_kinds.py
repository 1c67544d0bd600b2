"""Product-page recognition on pages the title and price finders read nothing on: old table/font-tag
layouts (a `<font size="4">` heading, "Price: $24.98" as one of several `<br>`-separated lines), Korean
mall themes titled by an `<h2>` only, a parts page stating "In stock: | 0" with no buy control; and
the fields of kinds read wrongly before (a category `<h1>` over the product's `<h2>`, Amazon's
"Temporarily out of stock. ... Place your order" beside a live Add to Cart).

Each rule that loosens recognition (`heuristics.page.lone_heading`, `price_line`,
`controls.stock_count`) has must-not-fire cases here: listing, category, article, search and cart
pages of the same shapes give no listing, and the fields of ordinary pages read as before.
"""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product

OLD_URL = "http://www.modeltrainbarn.example/cgi-bin/item.pl?id=HO-2231"


def old_page(body: str, title: str = "") -> str:
    """An old table layout: a logo row, a left column of category links, `body` in the main cell."""
    head = f"<title>{title}</title>" if title else ""
    return (
        f"<html><head>{head}</head><body bgcolor='#ffffff'><table width='760' border='0'>"
        "<tr><td colspan='2'><img src='/images/logo.gif' width='300' height='60' alt='Model Train Barn'></td></tr>"
        "<tr><td width='150' valign='top'><font size='2'><a href='/cgi-bin/cat.pl?c=ho'>HO Scale</a><br>"
        "<a href='/cgi-bin/cat.pl?c=n'>N Scale</a><br><a href='/cgi-bin/cat.pl?c=o'>O Scale</a></font></td>"
        f"<td valign='top'>{body}</td></tr></table></body></html>"
    )


ITEM = (
    "<font face='Arial' size='4'><b>HO Scale Box Car - Santa Fe</b></font><br>"
    "<font size='2'>Manufacturer: Athearn<br>Stock #: HO-2231<br>Price: $24.98<br>{state}</font>"
)
ADD = "<form action='/cgi-bin/cart.pl' method='post'><input type='submit' value='Add to Cart'></form>"
PHOTO = "<img src='/images/ho2231.jpg' width='400' height='300' alt='HO Scale Box Car - Santa Fe'>"


# -- old table layouts: the product page reads ------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "extra", "title", "want"),
    [
        ("<font color='red'>Out of Stock</font>", "", "", "OutOfStock"),
        ("<font color='red'>Out of Stock</font>", PHOTO, "HO Scale Box Car - Santa Fe", "OutOfStock"),
        ("", ADD, "", "InStock"),
        ("", PHOTO + ADD, "HO Scale Box Car - Santa Fe - Model Train Barn", "InStock"),
    ],
    ids=["as-is", "title-and-photo", "add-to-cart", "everything"],
)
def test_old_table_layout_product_page(state: str, extra: str, title: str, want: str) -> None:
    got = extract_product(old_page(ITEM.format(state=state) + extra, title), OLD_URL)
    assert got is not None, "no listing"
    assert got["title"] == "HO Scale Box Car - Santa Fe"
    assert (got["price"], got["currency"]) == (24.98, "USD")
    assert (got["brand_claimed"], got["sku"], got["availability"]) == ("Athearn", "HO-2231", want)


def test_old_table_layout_price_in_the_next_cell() -> None:
    body = (
        "<font size='+1'><b>Kadee #5 Couplers, 2 pairs</b></font><table><tr><td>Price:</td><td>$4.35</td></tr>"
        "<tr><td>Item #:</td><td>KD-5</td></tr></table>" + ADD
    )
    got = extract_product(old_page(body), "http://www.modeltrainbarn.example/cgi-bin/item.pl?id=KD-5")
    assert got is not None and (got["title"], got["price"]) == ("Kadee #5 Couplers, 2 pairs", 4.35)


# -- old table layouts: must not fire ----------------------------------------------------------------


def _old_category(names: list[str], heading: str = "") -> str:
    rows = "".join(
        f"<tr><td><font size='4'><b>{n}</b></font><br><font size='2'>Price: ${20 + i}.98<br>"
        f"<input type='submit' value='Add to Cart'></font></td></tr>"
        for i, n in enumerate(names)
    )
    return old_page(heading + f"<table>{rows}</table>")


CARS = ["HO Scale Box Car - Santa Fe", "HO Scale Tank Car - Shell", "HO Scale Caboose - Union Pacific"]


@pytest.mark.parametrize(
    "html",
    [
        _old_category(CARS),
        _old_category(CARS[:2]),
        _old_category(CARS, "<font size='5'><b>HO Scale Freight Cars</b></font>"),
        _old_category(CARS, "<font size='5'><b>HO Scale Freight Cars</b></font>").replace(
            "<head></head>", "<head><title>HO Scale Freight Cars - Model Train Barn</title></head>"
        ),
        # the product names in bold only, under the category's big-font heading and the shop's <title>
        _old_category(CARS, "<font size='5'><b>HO Scale Freight Cars</b></font>")
        .replace("<font size='4'><b>", "<b>")
        .replace("</b></font><br>", "</b><br>")
        .replace("<head></head>", "<head><title>HO Scale Freight Cars - Model Train Barn</title></head>"),
        # a home page featuring items, a search results page
        _old_category(CARS, "<font size='5'>Welcome to Model Train Barn!</font>").replace(
            "Price:", "Our Price:"
        ),
        _old_category(CARS, "<font size='4'>Search results for 'HO box car'</font>"),
    ],
    ids=[
        "three-items",
        "two-items",
        "category-heading",
        "category-heading-and-title",
        "bold-names",
        "home-page",
        "search-results",
    ],
)
def test_must_not_fire_old_table_layout_category_page(html: str) -> None:
    """Several products, each a name, a "Price:" line and an Add to Cart input: no one product
    (`page.several_offers`)."""
    assert extract_product(html, "http://www.modeltrainbarn.example/cgi-bin/cat.pl?c=ho") is None


@pytest.mark.parametrize(
    "text",
    [
        "<p><font size='2'>At the spring show I picked up the new Athearn box car for $24.98, a fair price "
        "for a car with metal wheels.</font></p>",
        # a review's summary box: a labelled price, a photo, no buy control and no stated stock
        "<p><font size='2'>Manufacturer: Athearn<br>Price: $24.98<br>Rating: 4 of 5</font></p>",
    ],
    ids=["price-in-text", "review-box"],
)
def test_must_not_fire_old_table_layout_article_with_one_photo(text: str) -> None:
    body = "<font size='5'><b>Visiting the Spring Train Show</b></font><br>" + PHOTO + text
    for title in ("", "Visiting the Spring Train Show - Model Train Barn"):
        assert (
            extract_product(old_page(body, title), "http://www.modeltrainbarn.example/news/spring.html")
            is None
        )


def test_must_not_fire_list_price_line_alone_is_no_price() -> None:
    """ "List Price: $30.00" is an old price: no labelled current price, no product."""
    body = ITEM.format(state="<font color='red'>Out of Stock</font>").replace(
        "Price: $24.98", "List Price: $30.00"
    )
    assert extract_product(old_page(body), OLD_URL) is None


def test_must_not_fire_a_linked_big_font_line_is_no_heading() -> None:
    """A big-font link (a banner to another page) is not the page's heading."""
    body = (
        "<a href='/sale.html'><font size='5'>Spring Sale - 20% off all N Scale</font></a><br>"
        "<font size='2'>Price: $24.98<br><font color='red'>Out of Stock</font></font>"
    )
    assert extract_product(old_page(body), OLD_URL) is None


# -- Korean mall pages titled by an <h2> only ----------------------------------------------------------


def ko_page(body: str, title: str = "") -> str:
    head = f"<title>{title}</title>" if title else ""
    return f"<html lang='ko'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def test_korean_goods_name_in_an_h2() -> None:
    body = (
        "<h2 class='goods_name'>IH 압력밥솥 6인용</h2><span class='price'>329,000원</span>"
        "<a href='#' class='btn_cart'>장바구니 담기</a>"
    )
    got = extract_product(ko_page(body), "https://www.jubang-mall.example/goods/detail/1023")
    assert got is not None and (got["title"], got["price"], got["currency"]) == (
        "IH 압력밥솥 6인용",
        329000.0,
        "KRW",
    )


@pytest.mark.parametrize(
    "body",
    [
        # product names in <h2>s, each with its price and cart button, in plain <div>s
        "".join(
            f"<div><h2>{n}</h2><span class='price'>{p}원</span><a href='#' class='btn_cart'>장바구니</a></div>"
            for n, p in (
                ("오버핏 울 코트", "189,000"),
                ("캐시미어 머플러", "59,000"),
                ("울 블렌드 재킷", "149,000"),
            )
        ),
        # a category heading in an <h2>, product cards in a list
        "<h2>신상품</h2><ul class='prdList'>"
        + "".join(
            f"<li class='item'><a href='/product/{i}'><img src='/p/{i}.jpg'></a><p class='name'>코트 {i}</p>"
            f"<span class='price'>{100 + i},000원</span></li>"
            for i in range(4)
        )
        + "</ul>",
        # a notice: one <h2>, an amount in a sentence, no buy control
        "<h2>봄 시즌 세일 안내</h2><p>3월 한 달간 전 상품 10,000원 할인 쿠폰을 드립니다.</p>",
    ],
    ids=["h2-product-names", "category-h2-and-cards", "notice"],
)
def test_must_not_fire_korean_category_and_notice_pages(body: str) -> None:
    assert extract_product(ko_page(body), "https://www.fashion-k.example/category/coat") is None


# -- a stock count stated as a labelled value ---------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "lang"),
    [
        ("<table><tr><td>In stock:</td><td>0</td></tr></table>", "en"),
        ("<p>Qty in stock: 0</p>", "en"),
        ("<p>Lagerbestand: 0 Stk.</p>", "de"),
        ("<dl><dt>재고 :</dt><dd>0</dd></dl>", "ko"),
    ],
)
def test_stock_count_zero_without_buy_control_is_out_of_stock(count: str, lang: str) -> None:
    body = f"<h1>M3 Hex Standoff, pack of 50</h1><div class='price'>$6.40</div>{count}"
    got = extract_product(
        f"<html lang='{lang}'><body>{body}</body></html>", "https://partsbin.example/item/7731"
    )
    assert got is not None and got["availability"] == "OutOfStock"


def test_must_not_fire_a_count_in_stock_alone_makes_no_product_page() -> None:
    """ "In stock: 12" with a heading and a price, no buy control, photo or not-in-stock state: a
    count of pieces on hand says nothing a listing or a stock report does not say as well."""
    body = "<h1>M3 Hex Standoff, pack of 50</h1><div class='price'>$6.40</div><p>In stock: 12</p>"
    assert extract_product(f"<html><body>{body}</body></html>", "https://partsbin.example/item/7731") is None


@pytest.mark.parametrize(
    "rows",
    [
        # a parts list: each row a product with its stock count
        "".join(
            f"<tr><td><a href='/item/{i}'>M{i} Hex Standoff</a></td><td>${i}.40</td><td>In stock:</td><td>0</td></tr>"
            for i in range(2, 6)
        ),
    ],
)
def test_must_not_fire_stock_counts_in_a_parts_list(rows: str) -> None:
    html = f"<html><body><h1>Standoffs</h1><table>{rows}</table></body></html>"
    assert extract_product(html, "https://partsbin.example/c/standoffs") is None


def test_must_not_fire_a_stock_number_is_no_count() -> None:
    """ "Stock #: 7731" is the shop's number of the item (read as its sku), not a count in stock."""
    body = "<h1>M3 Hex Standoff, pack of 50</h1><div class='price'>$6.40</div><p>Stock #: 7731</p>"
    assert extract_product(f"<html><body>{body}</body></html>", "https://partsbin.example/item/7731") is None


def test_must_not_fire_a_cart_page_with_stock_counts() -> None:
    html = (
        "<html><head><title>Your cart</title></head><body><h1>Shopping cart</h1><table class='cart-items'>"
        "<tr><td><a href='/item/7731'>M3 Hex Standoff</a></td><td class='price'>$6.40</td><td>In stock: 0</td></tr>"
        "</table><button>Checkout</button></body></html>"
    )
    assert extract_product(html, "https://partsbin.example/cart") is None


# -- out of stock, yet taking the order ---------------------------------------------------------------

AMAZON = (
    "<div id='centerCol'><h1 id='title'><span id='productTitle'>USB-C Charger 65W GaN, 3-Port</span></h1>"
    "<span class='a-price'><span class='a-offscreen'>$45.99</span></span></div>"
    "<div id='availability'><span class='a-color-price'>{state}</span></div>{buy}"
)
LIVE = "<input id='add-to-cart-button' type='submit' value='Add to Cart'>"
ORDER_ANYWAY = (
    "Temporarily out of stock. We are working hard to be back in stock. Place your order and we'll "
    "email you when we have an estimated delivery date."
)


@pytest.mark.parametrize(
    ("state", "buy", "want"),
    [
        (ORDER_ANYWAY, LIVE, "BackOrder"),
        (
            "Derzeit nicht auf Lager. Bestellen Sie jetzt und wir liefern, sobald der Artikel verfügbar ist.",
            LIVE.replace("Add to Cart", "In den Einkaufswagen"),
            "BackOrder",
        ),
        # must not fire: no live control takes the order, or the note does not say it does
        (ORDER_ANYWAY, "", "OutOfStock"),
        (ORDER_ANYWAY, LIVE.replace("type=", "disabled type="), "OutOfStock"),
        ("Temporarily out of stock.", LIVE, "OutOfStock"),
        (
            "Currently unavailable. We don't know when or if this item will be back in stock.",
            LIVE,
            "OutOfStock",
        ),
    ],
    ids=[
        "order-anyway",
        "de-order-anyway",
        "no-control",
        "disabled-control",
        "no-order-words",
        "unavailable",
    ],
)
def test_out_of_stock_note_taking_the_order(state: str, buy: str, want: str) -> None:
    html = f"<html><body>{AMAZON.format(state=state, buy=buy)}</body></html>"
    got = extract_product(html, "https://bigmarket.example/dp/B0C1234XYZ")
    assert got is not None and got["availability"] == want


# -- a category <h1> over the product's <h2> ----------------------------------------------------------


def shoe_page(body: str, title: str) -> str:
    return f"<html><head><title>{title}</title></head><body><main>{body}</main></body></html>"


def test_category_h1_over_the_product_h2() -> None:
    body = (
        "<h1 class='category-title'>Men's Shoes</h1><div class='product'><img src='/i/s.jpg' alt='Shoe'>"
        "<h2>Oxford Brogue Tan</h2><span class='price'>$140.00</span><button>Add to cart</button></div>"
    )
    got = extract_product(
        shoe_page(body, "Oxford Brogue Tan | Men's Shoes | Shoe Shop"), "https://shoes.example/p/1"
    )
    assert got is not None and got["title"] == "Oxford Brogue Tan"


@pytest.mark.parametrize(
    ("body", "title", "want"),
    [
        # the product in the <h1>, the category as a later <h2> (a section heading)
        (
            "<h1>Oxford Brogue Tan</h1><span class='price'>$140.00</span><button>Add to cart</button>"
            "<h2>Men's Shoes</h2><p>More from the range.</p>",
            "Oxford Brogue Tan - Men's Shoes - Shoe Shop",
            "Oxford Brogue Tan",
        ),
        # the <title> names the category first: the <h1> is its first part and stays
        (
            "<h1>Leather Care</h1><div class='product'><img src='/i/w.jpg' alt='Wax'><h2>Shoe Wax Neutral</h2>"
            "<span class='price'>$9.00</span><button>Add to cart</button></div>",
            "Leather Care - Shoe Wax Neutral",
            "Leather Care",
        ),
        # an <h2> that is not the <title>'s first part ("Description")
        (
            "<h1>Men's Shoes</h1><div class='product'><img src='/i/s.jpg' alt='Shoe'><h2>Description</h2>"
            "<span class='price'>$140.00</span><button>Add to cart</button></div>",
            "Oxford Brogue Tan - Men's Shoes - Shoe Shop",
            "Men's Shoes",
        ),
    ],
    ids=["h1-product-h2-category", "category-first-title", "h2-not-in-title"],
)
def test_must_not_fire_h1_stays(body: str, title: str, want: str) -> None:
    got = extract_product(shoe_page(body, title), "https://shoes.example/p/1")
    assert got is not None and got["title"] == want


def test_must_not_fire_category_page_h2_names_in_cards() -> None:
    cards = "".join(
        f"<li class='card'><a href='/p/{i}'><img src='/i/{i}.jpg'></a><h2>{n}</h2><span class='price'>${p}.00</span></li>"
        for i, (n, p) in enumerate((("Oxford Brogue Tan", 140), ("Derby Black", 120), ("Loafer Brown", 110)))
    )
    html = shoe_page(f"<h1>Men's Shoes</h1><ul>{cards}</ul>", "Oxford Brogue Tan - Men's Shoes - Shoe Shop")
    assert extract_product(html, "https://shoes.example/c/mens-shoes") is None


# -- the lone heading beside a document <title> --------------------------------------------------------


def test_korean_h2_named_by_the_document_title() -> None:
    body = (
        "<h2>오버핏 울 코트</h2><span class='price'>189,000원</span>"
        "<span class='soldout'>품절</span><button disabled>장바구니</button>"
    )
    got = extract_product(
        ko_page(body, "오버핏 울 코트 - 패션케이"), "https://www.fashion-k.example/product/77"
    )
    assert got is not None and (got["title"], got["availability"]) == ("오버핏 울 코트", "OutOfStock")


def test_must_not_fire_a_lone_section_heading_the_document_title_does_not_name() -> None:
    """No <h1>: the name is the <title>'s; a lone <h2> it does not name ("Customer reviews") is a section."""
    body = "<span class='price'>$120.00</span><button>Add to cart</button><h2>Customer reviews</h2><p>Great shoe.</p>"
    got = extract_product(
        shoe_page(body, "Trail Runner 2 | Run Shop"), "https://runshop.example/p/trail-runner-2"
    )
    assert got is not None and got["title"] == "Trail Runner 2"
