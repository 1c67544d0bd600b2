"""Kinds the review-9 helpers found in the lead's files (issue 14, 2026-12-03), each with must-not-fire pages.

1. A price element whose `content` attribute holds another amount than the one price its own text shows (Chico's
   2017: `<span itemprop="price" content="89.00">Now $53.40</span>` beside "Orig. $89.00"): the text's amount
   (`prices._content_amount`; the structured-data helper's review 9). Must-not-fire: split cents
   ("$31<sup>57</sup>" beside content="31.57"), a rounded "$1,299" beside "1299.00", "From $45", a text of two
   amounts, a text without a currency mark, the amount in cents: the attribute's amount stays.
2. A classifieds site names its listing "ad" beside the names of an ad's own parts (AmericanListed 2017's `<div
   id="ad" class="ad-detail">` around `ad-header`, `ad-meta`, `ad-body`): no advertisement
   (`layout._noise_names`; the title helper's review 9). Must-not-fire: an ad slot named "ad" or "ad-slot"
   holding a sponsored product's card stays an advertisement.
3. Flatsome's gallery slider names the style of its arrows ("slider-nav-small", "slider-nav-circle"): no
   navigation (`layout._NOISE`; the image helper's review 9). Must-not-fire: Slick's thumbnail strip
   ("slider-nav"), "main-nav", "nav nav-small", "site-navigation" stay noise.
4. A classified board's own ad folder named by the ad's id ("/ads/36712345/1-600.jpg") holds the listing's photos,
   no advertisement's (`photos._SKIP_IMG`; the title helper's review 9: two boards' listings gave no listing).
   Must-not-fire: an ad network's host, a size folder, a short id stay decoration.
5. A loading stand-in `<img>` ("loading.gif" with the gallery's own class) is no clear picture that keeps a page's
   CSS backgrounds unread (`photos._image_candidates`), and a structured loading stand-in gives way to the shown
   photo (`extract._site_picture`, `photos.loading_file`; the structured-data helper's review 9, Vince Camuto's
   Scene7 viewer). Must-not-fire: "blank-notebook.jpg", "front-loading-washer.jpg" are photos.
6. A category `<h1>` over the product's `<h3>` (Bootstrap 3), the document title naming the product first: the `<h3>`
   is the title (`page.product_h2`; the title helper's review 9).
7. Miva Merchant 5's "Add One To Basket" is a buy phrase (`controls._BUY`; the title helper's review 9).
8. A model code ending in digits and "x" ("ATH-M50X") on the line before a price is no instalment count: the
   price is no old price (`price_text._OLD_LABEL`; the title helper's Bootstrap page gave no listing).
"""

from __future__ import annotations

import pytest
from parsel import Selector

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.page import Page


def _shop(price_html: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><title>Travel Jacket | Outfitters</title></head><body>
<div class="header"><a href="/"><img src="/logo.png" alt="Outfitters"></a><ul class="nav"><li><a href="/new">New</a></li></ul></div>
<div class="product"><div class="photo"><img src="/images/travel-jacket-large.jpg" alt="Travel Jacket" width="600" height="800"></div>
<div class="info"><h1>Travel Jacket</h1><div class="buy-box">{price_html}</div>{extra}
<button class="add-to-cart">Add to Cart</button></div></div>
<div class="footer">&copy; 2017 Outfitters</div></body></html>"""


@pytest.mark.parametrize(
    ("price_html", "price"),
    [
        pytest.param(
            '<span class="price" content="89.00">Now $53.40</span>',
            53.40,
            id="content-stale-amount-text-now",
        ),
        pytest.param(
            '<span class="price" content="31.57">$31<sup>57</sup></span>', 31.57, id="nf-split-cents"
        ),
        pytest.param('<span class="price" content="1299.00">$1,299</span>', 1299.0, id="nf-rounded"),
        pytest.param('<span class="price" content="45.00">From $45</span>', 45.0, id="nf-from"),
        pytest.param(
            '<span class="price" content="40.00"><s>$50.00</s> $40.00</span>',
            40.0,
            id="nf-two-amounts-in-text",
        ),
        pytest.param('<span class="price" data-price="1800">$18.00</span>', 18.0, id="nf-cents-attribute"),
        pytest.param('<span class="price" content="24.50">On sale</span>', 24.5, id="nf-text-without-amount"),
    ],
)
def test_price_content_against_its_text(price_html: str, price: float) -> None:
    got = extract_product(_shop(price_html), "https://www.outfitters.example/p/travel-jacket")
    assert got is not None and got["price"] == pytest.approx(price)


_CLASSIFIED = """<!DOCTYPE html><html><head><title>Trek FX 2 Hybrid Bike - Austin, TX | ListingBoard</title></head><body>
<div id="top"><a href="/" id="logo"><img src="/img/logo.png" alt="ListingBoard"></a><form action="/search"><input name="q"></form></div>
<div id="crumbs"><a href="/austin">Austin</a> &gt; <a href="/austin/bikes">Bikes</a></div>
<div id="ad" class="ad-detail"><div class="ad-header"><h2 class="ad-title">Trek FX 2 Hybrid Bike</h2><span class="ad-price">$350</span></div>
<div class="ad-meta">Posted Jun 2, 2017 &middot; Austin, TX</div>
<div class="ad-photos"><img class="ad-main-photo" src="https://img.listingboard.example/listings/4471/1-600.jpg" alt="Trek FX 2 Hybrid Bike" width="600" height="450"></div>
<div class="ad-body"><p>Medium frame, new tires, rides great.</p></div><div class="ad-contact"><a href="#reply" class="btn">Contact Seller</a></div></div>
<div id="bottom">&copy; 2017 ListingBoard</div></body></html>"""


def test_classified_listing_named_ad_is_no_advert() -> None:
    page = Page(
        Selector(text=_CLASSIFIED), "https://www.listingboard.example/austin/bikes/trek-fx-2_4471.html"
    )
    title, el = page.find_title()
    assert title == "Trek FX 2 Hybrid Bike"
    assert page.context(el) == (False, False)


@pytest.mark.parametrize("names", ['id="ad"', 'class="ad-slot"', 'id="ad" class="ad-slot sponsored"'])
def test_ad_slot_with_a_product_card_stays_an_advert(names: str) -> None:
    """A sponsored product's card in a slot named "ad" beside the product: its heading and price are not the
    page's (passes with layout.py before and after the rule)."""
    html = _shop(
        '<span class="price">$129.00</span>',
        f'<div {names}><h2>Sponsored: Rain Shell Pro</h2><span class="price">$79.00</span>'
        '<a href="/p/rain-shell-pro"><img src="/images/rain-shell.jpg" alt="Rain Shell Pro"></a></div>',
    )
    got = extract_product(html, "https://www.outfitters.example/p/travel-jacket")
    assert got is not None and got["title"] == "Travel Jacket" and got["price"] == 129.0
    page = Page(Selector(text=html), "https://www.outfitters.example/p/travel-jacket")
    assert page.context(page.root.xpath("//h2")[0])[0]


@pytest.mark.parametrize(
    ("names", "noise"),
    [
        ("product-gallery-slider slider slider-nav-small", False),
        ("slider slider-nav-circle slider-nav-light", False),
        ("slider-nav", True),
        ("main-nav", True),
        ("nav nav-small", True),
        ("site-navigation", True),
    ],
)
def test_slider_arrow_style_is_no_navigation(names: str, noise: bool) -> None:
    """Flatsome's gallery slider names the style of its arrows ("slider-nav-small"): no navigation (the image
    helper's review 9, `layout._NOISE`); a slider's thumbnail strip ("slider-nav", Slick) and menus stay noise
    (those pass before the rule too)."""
    html = f"""<html><head><title>Fly Rod | Shop</title></head><body><div class="{names}"><div class="slide">
<img src="/wp-content/uploads/2017/05/fly-rod-1.jpg" alt="Fly rod"></div></div><h1>Fly Rod</h1>
<div class="details">{"".join(f"<p>Detail {i}</p>" for i in range(40))}</div></body></html>"""
    page = Page(Selector(text=html), "https://www.shop.example/product/fly-rod/")
    assert page.context(page.root.xpath("//img")[0])[0] is noise


@pytest.mark.parametrize(
    ("url", "decoration"),
    [
        ("https://img.listingboard.example/ads/36712345/1-600.jpg", False),
        ("/ads/4471/1-600.jpg", True),
        ("https://ads.adnet.example/serve/123456/leaderboard.jpg", True),
        ("/static/ads/728x90/summer-sale.gif", True),
        ("/ads/summer-sale-728.jpg", True),
    ],
)
def test_classified_ad_folder_by_id_is_no_decoration(url: str, decoration: bool) -> None:
    """A classified board's own ad folder named by the ad's id (5+ digits: "/ads/36712345/1-600.jpg") holds the
    listing's photos (the title helper's review 9, `photos._SKIP_IMG`); an ad network's host, a size folder or a
    short id stay decoration (those pass before the rule too)."""
    from knockoff.crawler.heuristics.photos import _decoration_url

    assert _decoration_url(url, {"trek", "bike"}) is decoration


def _ld_page(image: str, shown: str, name: str = "Katrianna Pointed-Toe Pump") -> str:
    return f"""<!DOCTYPE html><html><head><title>{name} | Shoe Shop</title></head><body>
<div class="header"><a href="/"><img src="/logo.png" alt="Shoe Shop"></a></div>
<div class="pdp" itemscope itemtype="http://schema.org/Product"><div class="product-primary-image">{shown}</div>
<img itemprop="image" src="{image}" alt="" style="display:none">
<h1 itemprop="name">{name}</h1><div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
<span class="price">$109.00</span><meta itemprop="price" content="109.00"><meta itemprop="priceCurrency" content="USD"></div>
<button class="add-to-cart">Add to Bag</button></div></body></html>"""


def test_structured_loading_stand_in_gives_way_to_the_shown_photo() -> None:
    """A structured image that is a loading stand-in ("loading.gif") gives way to the photo the page shows, here
    a Scene7 viewer's background beside a stand-in `<img>` (`extract._site_picture`, `photos.loading_file`,
    `photos._image_candidates`; the structured-data helper's review 9, Vince Camuto)."""
    photo = "https://s7d9.scene7.example/is/image/Shoes/KATRIANNA_BLACK_01?wid=700&hei=700"
    html = _ld_page(
        "https://www.shoeshop.example/images/loading.gif",
        '<img class="primary-image" src="https://www.shoeshop.example/images/loading.gif" alt="">'
        f'<div class="s7image" style="background-image:url({photo})"></div>',
    )
    got = extract_product(html, "https://www.shoeshop.example/katrianna-pump.html")
    assert got is not None and got["image_urls"][0] == photo


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.shoeshop.example/images/loading.gif", True),
        ("https://www.shoeshop.example/ajax-loader.gif", True),
        ("https://www.paperco.example/images/blank-notebook.jpg", False),
        ("https://www.appliances.example/front-loading-washer.jpg", False),
    ],
)
def test_loading_stand_in_is_a_site_picture(url: str, site: bool) -> None:
    """`extract._site_picture` reads a loading stand-in's file as no product picture; a product photo named with
    a loading word ("blank-notebook.jpg", "front-loading-washer.jpg") stays one (those pass before the rule too)."""
    from knockoff.crawler.extract import _site_picture

    assert _site_picture(url) is site


def test_product_h3_under_a_category_h1() -> None:
    """A Bootstrap 3 shop's category `<h1>` over the product's `<h3>`, the document title naming the product
    first: the `<h3>` is the title (`page.product_h2`; the title helper's review 9); an `<h3>` of another text
    ("Customer Reviews") is none (passes before the rule too)."""
    html = """<html><head><title>Audio-Technica ATH-M50x Headphones - Headphones - Cable Audio</title></head><body>
<div class="page-header"><h1>Headphones</h1></div><div class="row"><img src="/img/ath-m50x_lg.jpg" alt="ATH-M50x">
<h3>Audio-Technica ATH-M50x Headphones</h3><p class="lead"><strong>$149.00</strong></p><button>Add to Cart</button>
<h3>Customer Reviews</h3></div></body></html>"""
    page = Page(Selector(text=html), "https://www.cableaudio.example/headphones/ath-m50x")
    assert page.find_title()[0] == "Audio-Technica ATH-M50x Headphones"
    other = html.replace("<h3>Audio-Technica ATH-M50x Headphones</h3>", "")
    page = Page(Selector(text=other), "https://www.cableaudio.example/headphones/ath-m50x")
    assert page.find_title()[0] == "Headphones"


@pytest.mark.parametrize(
    ("text", "buy"),
    [
        ("Add One To Basket", True),
        ("Add 1 to Cart", True),
        ("Add to Cart", True),
        ("Add one more review", False),
    ],
)
def test_count_between_add_and_cart(text: str, buy: bool) -> None:
    """Miva Merchant 5's "Add One To Basket" is a buy phrase (`controls._BUY`; the title helper's review 9); a
    phrase without the cart is none (passes before the rule too)."""
    from knockoff.crawler.heuristics.controls import opens_with_buy

    assert opens_with_buy(text) is buy


@pytest.mark.parametrize(
    ("before", "old"),
    [("SKU: ATH-M50X", False), ("Model ABC-100x", False), ("ou 12x", True), ("Was:", True), ("3x", True)],
)
def test_model_code_closing_a_line_is_no_instalment_count(before: str, old: bool) -> None:
    """A model code ending in digits and "x" ("ATH-M50X") on the line before a price is no instalment count ("12x
    de R$ 16,66"): the price after it is no old price (`price_text._OLD_LABEL`; found on the title helper's
    Bootstrap page, which gave no listing); a count standing alone and "Was:" still label (those pass before the
    rule too)."""
    from knockoff.crawler.heuristics.price_text import labelled_old

    html = f"<div><p class='x'>{before}</p><p class='lead'><strong>$149.00</strong></p></div>"
    el = Selector(text=html).root.xpath("//strong")[0]
    assert labelled_old(el) is old
