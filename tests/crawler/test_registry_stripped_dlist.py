"""Product pages without structured data that gave no listing or a wrong title (stop 68, issue 14: real
shop pages saved by other hands, read without their JSON-LD and microdata). Each kind is written anew as
a small page; must-not-fire cases keep the ordinary answers.

- a buy block named "BuyProductDialog" (an ASP.NET shop's control, always shown) is no dialog shown on
  demand (`layout._DIALOG_BUY`): formasaurus 0.10.0's lanskybros.com page;
- a gift-wrap option's sprite icon (`<img src="spacer.gif">` in a link to an info popup) inside the buy box
  is no other product's card (`dom.blank_image` in `Layout._card_link`): the mindfactory.de page;
- Persian "ناموجود" in place of the price and "موجود شد خبرم کن" (tell me when in stock) on the button:
  30book.com's sold-out book;
- Ecommerce Templates' `<div class="detailname">` and its "Discounts Apply !" notice: the
  greatmusicproductsonline.com page; a `<div class="heading1">` where `<h1>` holds a search-engine
  sentence: the bradfordexchange.com page.
"""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product


def _page(title: str, body: str, lang: str = "en") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><div id='header'><a href='/'><img src='/img/logo.gif' alt='Shop'></a>"
        f"<a href='/cart'>Cart</a></div>{body}<div id='footer'>&copy; 2014 Shop</div></body></html>"
    )


def _buy_block(cls: str) -> str:
    return (
        "<div class='productDisplay'><h1 class='pname'><span>Blue Harbor Shirt</span></h1>"
        "<img src='/Assets/ProductImages/blue-harbor-large.jpg' width='430' height='450' alt='Blue Harbor Shirt'>"
        f"<div class='{cls}'><div class='our-price-wrap'>Our Price: <span>$64.00</span></div>"
        "<p>Embroidered cotton shirt with pearl snaps.</p><h4>Size:</h4><select name='size'>"
        "<option>S</option><option>M</option><option>L</option></select>"
        "<input type='submit' name='AddToBasketButton' value='Add to Cart'></div></div>"
    )


def test_buy_product_dialog_is_the_pages_own_buy_block() -> None:
    html = _page("Blue Harbor Shirt", _buy_block("buyProductDialog"))
    got = extract_product(html, "https://shop.example/Blue-Harbor-Shirt-P12.aspx")
    assert got is not None and got["price"] == 64.0 and got["title"] == "Blue Harbor Shirt"


def test_open_quick_view_modal_of_a_listed_item_stays_a_dialog() -> None:
    # must not fire: a category page whose open quick-view modal shows its first item's price
    grid = "".join(
        f"<li class='item'><a href='/p/{n}'><img src='/img/{n}.jpg'></a><a href='/p/{n}'>{n}</a> ${p}.00</li>"
        for n, p in (("lamp-a", 40), ("lamp-b", 55), ("lamp-c", 70))
    )
    body = (
        f"<h1>Lamps</h1><ul class='grid'>{grid}</ul><div class='quick-buy-modal open'><h2>lamp-a</h2>"
        "<img src='/img/lamp-a-large.jpg' width='600'><p class='price'>$40.00</p><button>Add to cart</button></div>"
    )
    assert extract_product(_page("Lamps | Shop", body), "https://shop.example/c/lamps") is None


@pytest.mark.parametrize(
    ("picture", "card"),
    [("/templates/shop/images/spacer.gif", False), ("/p/walnut-shelf-thumb.jpg", True)],
)
def test_sprite_spacer_picture_link_is_no_other_products_card(picture: str, card: bool) -> None:
    # `Layout._card_link`: a gift-wrap option's sprite icon drawn on a transparent spacer (mindfactory.de's buy
    # box) links to no other product; the same link around a real photo does
    from parsel import Selector

    from knockoff.crawler.heuristics.layout import Layout

    url = "https://shop.example/product_info.php/Sleeve_943.html"
    html = _page(
        "Sleeve for ThinkPad 14 - Shop",
        "<h1>Sleeve for ThinkPad 14</h1><div class='prod_preisbox'><span>&euro; 10,83*</span>"
        f"<a href='/info_center.php/icID/88/popup/true'><img src='{picture}' alt=''></a>"
        "<a href='/info_center.php/icID/88/popup/true'>&euro; 3,90* Als Geschenk verpacken</a></div>",
    )
    page = Layout(Selector(text=html, type="html", base_url=url), url)
    box = page.root.xpath("//div[@class='prod_preisbox']")[0]
    assert (page._card_link(box) is not None) is card


def test_a_picture_card_beside_the_price_stays_another_products() -> None:
    # must not fire: a one-item "you may also like" card with a real photo and a price still names its item
    card = (
        "<h1>Oak Shelf</h1><img src='/p/oak-shelf.jpg' width='500' height='500'><div class='box'><div class='tile'>"
        "<a href='/p/walnut-shelf'><img src='/p/walnut-shelf-thumb.jpg'></a><a href='/p/walnut-shelf'>Walnut Shelf</a>"
        "<span>$129.00</span></div></div>"
    )
    assert extract_product(_page("Oak Shelf | Shop", card), "https://shop.example/p/oak-shelf") is None


def _book(state: str, button: str) -> str:
    return _page(
        "کتاب باغ انار - فروشگاه کتاب",
        "<article><div class='product-main'><img src='/Media/Book/5521.jpg' width='300' height='440' alt='باغ انار'>"
        "<h1>باغ انار</h1><div class='product-main-label'>نویسنده:</div><a href='/person/12'>مریم صالحی</a>"
        f"<div class='product-final-price'>{state}</div></div>"
        f"<button type='button' class='product-basket-btn'>{button}</button></article>",
        lang="fa",
    )


def test_persian_sold_out_book() -> None:
    got = extract_product(_book("ناموجود", "موجود شد خبرم کن"), "https://books.example/book/5521/باغ-انار")
    # the <title>'s fuller form ("کتاب باغ انار", "book ...") may stand for the heading
    assert got is not None and got["title"].endswith("باغ انار") and got["availability"] == "OutOfStock"


def test_persian_in_stock_word_is_no_sold_out_state() -> None:
    # must not fire: "موجود" (in stock) is no "ناموجود"
    from knockoff.crawler.values import normalize_availability

    assert normalize_availability("موجود") != "OutOfStock"
    assert normalize_availability("ناموجود") == "OutOfStock"
    assert normalize_availability("این کتاب موجود نیست") == "OutOfStock"


def test_detail_name_is_the_title_where_the_doc_title_names_the_page_kind() -> None:
    body = (
        "<div class='detailid'><strong>Product ID:</strong> DRUM7</div><strong><div class='detailname'>"
        "<span>Goatskin Frame Drum 12\" - Natural</span> <font color='#FF0000'><span class='discountsapply'>"
        "Discounts Apply !</span></font></div></strong><img src='prodimages/DRUM7.jpg' width='300' height='300'>"
        "<div class='detailprice'>Price: $24.50</div><input type='submit' value='Add to cart'>"
    )
    got = extract_product(
        _page("Drum Shop Product Details", body), "https://drums.example/proddetail.asp?prod=DRUM7"
    )
    assert got is not None and got["title"] == 'Goatskin Frame Drum 12" - Natural'


def test_heading1_div_over_a_marketing_h1() -> None:
    body = (
        "<ul class='crumbs'><li><h2><a href='/'>Home</a></h2></li><li><h1><a href='/c/clocks'>Clocks</a></h1></li></ul><div class='info'>"
        "<div class='heading1'>Hand-Painted Lighthouse Wall Clock With Moving Beacon</div>"
        "<img src='/img/7-large.jpg' width='500' height='500'></div><div class='priceBlock'>"
        "<h1>A Lighthouse Clock Makes a Perfect Gift for Any Sailor! Art by Artist Jane Doe</h1>"
        "<div class='price'>$89.99</div><input type='image' src='/img/add-to-cart.gif' alt='Add to Cart'></div>"
    )
    got = extract_product(
        _page("Hand-Painted Lighthouse Wall Clock", body),
        "https://gifts.example/products/7_lighthouse-clock.html",
    )
    assert got is not None and got["title"] == "Hand-Painted Lighthouse Wall Clock With Moving Beacon"


def test_h1_product_name_wins_over_an_unrelated_heading1() -> None:
    # must not fire: a "heading1" block of another section does not take over the product's own <h1>
    body = (
        "<h1 class='product-title'>Copper Kettle 2L</h1><img src='/img/kettle.jpg' width='500' height='500'>"
        "<div class='price'>$59.00</div><button>Add to cart</button><div class='heading1'>Customers also viewed</div>"
    )
    got = extract_product(_page("Copper Kettle 2L | Shop", body), "https://shop.example/p/copper-kettle")
    assert got is not None and got["title"] == "Copper Kettle 2L"
