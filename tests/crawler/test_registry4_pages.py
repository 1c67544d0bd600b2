"""Kinds left on the registries' real pages saved by other hands (stop 67, issue 14; the batches are described in
test_registry_pages.py, test_registry2_pages.py and test_registry3_pages.py). The pages stay out of the
repository; each kind is written anew here.

1. A gallery strip whose items each hold a thumbnail and, shown on hover, a larger copy of the same photo
   (Magento 1's "more-views": `<li><img 50x50 .../847.jpg><span><img 300x300 .../847.jpg></span></li>`, a
   2015 micromania.fr page of formasaurus 0.10.0): the copies were met in two sizes, which marks a photo, and
   outranked the stage's own photo beside the strip (`photos._thumbnail_preview`).
2. A state written beside the amount inside the price's element (Facebook Marketplace's `<span>$10<span><span
   aria-hidden="true"> · </span></span><span>In stock</span></span>`, ai-marketplace-monitor 0.10.16's saved
   item page) is the item's availability (`controls.price_line_state`); only an on-sale state is read so, since
   themes keep a sold-out badge in every price block (Shopify Dawn).
3. A state badge set just before the name's heading, not inside it (Facebook Marketplace's rental:
   `<span>Rented</span><span><span aria-hidden="true"> · </span></span><h1>NAME</h1>`), says the item is no
   longer to be had, as one opening the heading did (`titles._badge_before`; "rented" and its translations are
   badge words).
4. An album's page offering it in several formats and merchandise, each a block of its own with its photos opening
   in their large size, a "Buy Now" and a price (Bandcamp's `<li class="buyItem">`, bandcamp-scraper's saved
   album and track pages): the blocks were taken for other products' cards (3+ siblings each with a link and a
   price), so the page gave no listing. Links that only open picture files make no card (`layout._page_link`);
   and where the price read sits in a later block and only the later blocks name their price elements (the CD's
   "package-price"), the first block's amount beside its buy control is the listing's, the format the page sells
   first (`page.first_offer`); blocks alike in naming (ticket zones) keep `find_price`'s choice.
"""

from __future__ import annotations

import pytest
from parsel import Selector

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.controls import price_line_state

URL = "https://www.jeux.example/pack-console-500-go-58763.html"
CDN = "https://medias.jeux.example/catalog/product/cache/1"


def _magento1_page(stage: str, views: list[str], hover: bool = True, stage_in_strip: bool = False) -> str:
    items = []
    for v in ([stage] if stage_in_strip else []) + views:
        big = (
            f'<span><img src="{CDN}/gallery/300x/{v}" width="300" height="300" alt=""></span>'
            if hover
            else ""
        )
        items.append(f'<li><img src="{CDN}/thumbnail/50x/{v}" width="50" height="50" alt="">{big}</li>')
    return f"""<html><head><title>Pack Console 500 Go + Jeu - Jeux</title></head><body>
<div class="header"><a href="/"><img src="/skin/logo.png" alt="Jeux"></a></div>
<div class="product-view"><div class="product-essential">
 <div class="product-img-box"><div class="product-media">
  <p class="product-image"><img src="{CDN}/image/370x/{stage}" width="370" height="370" alt="" title=""></p>
  <div class="more-views"><h2>Plus de vues</h2><ul class="enlarge">{"".join(items)}</ul></div>
 </div></div>
 <div class="product-shop">
  <div class="product-name"><h1>Pack Console 500 Go + Jeu</h1></div>
  <div class="price-box"><span class="regular-price"><span class="price">399,99&nbsp;€</span></span></div>
  <button type="button" class="button btn-cart"><span>Ajouter au panier</span></button>
 </div>
</div></div></body></html>"""


VIEWS = [f"8/4/84{i}-1280_4.jpg" for i in range(6)]


def test_the_stage_photo_beside_a_strip_of_hover_copies_is_the_main_image() -> None:
    got = extract_product(_magento1_page("p/s/console_pack.jpg", VIEWS), URL)
    assert got is not None and got["price"] == 399.99
    assert got["image_urls"][0] == f"{CDN}/image/370x/p/s/console_pack.jpg"
    assert f"{CDN}/gallery/300x/{VIEWS[0]}" in got["image_urls"]  # the other views stay the listing's


def test_the_stage_photo_also_in_the_strip_stays_first() -> None:
    got = extract_product(_magento1_page("p/s/console_pack.jpg", VIEWS, stage_in_strip=True), URL)
    assert got is not None
    assert got["image_urls"][0] in {
        f"{CDN}/image/370x/p/s/console_pack.jpg",
        f"{CDN}/gallery/300x/p/s/console_pack.jpg",
    }


def test_a_strip_of_thumbnails_alone_leaves_the_stage_first_as_before() -> None:
    got = extract_product(_magento1_page("p/s/console_pack.jpg", VIEWS, hover=False), URL)
    assert got is not None and got["image_urls"][0] == f"{CDN}/image/370x/p/s/console_pack.jpg"


@pytest.mark.parametrize("wrap", ["div", "section"])
def test_a_stage_beside_a_one_picture_strip_of_its_own_thumbnail_keeps_its_place(wrap: str) -> None:
    """Must not fire: Coupang's page holds its stage photo and a one-item strip of its own 48 px thumbnail in
    one block; the stage is no strip item, so it is no hover copy."""
    thumb = "https://thumbnail.shop.example/remote/48x48ex/images/bt500-white.jpg"
    stage = "https://thumbnail.shop.example/remote/492x492ex/images/bt500-white.jpg"
    html = f"""<html><head><title>무선 이어폰 BT-500 화이트 | 쇼핑</title></head><body>
<{wrap} class="prod-image"><div class="prod-image__items"><div class="prod-image__item">
<img src="{thumb}" alt="썸네일"></div></div>
<div class="prod-image__detail-wrap"><img class="prod-image__detail" src="{stage}" alt="무선 이어폰 BT-500 화이트"></div>
</{wrap}>
<div class="prod-buy"><h2 class="prod-buy-header__title">무선 이어폰 BT-500 화이트</h2>
<span class="total-price"><strong>39,900원</strong></span><button class="prod-buy-btn">바로구매</button></div>
</body></html>"""
    got = extract_product(html, "https://www.shop.example/vp/products/7123456789")
    assert got is not None and got["image_urls"][0] == stage


def _marketplace_item(before_heading: str, price_line: str) -> str:
    return f"""<html><head><title>Marketplace - Motorola phone | Facebook</title></head><body>
<div role="navigation"><a href="/marketplace/">Marketplace</a></div>
<div role="main"><div class="x1"><img src="https://scontent.fb.example/v/t45/phone_n.jpg" width="727.7" height="545"
 alt="Product photo of Motorola Razr phone 24"></div>
<div class="x2"><div class="x3">{before_heading}<h1 dir="auto"><span dir="auto">Motorola Razr phone 24</span></h1>
<div class="x4"><div aria-hidden="false"><span dir="auto">{price_line}</span></div></div>
<div><a href="/marketplace/category/electronics/"><span>Electronics</span></a></div></div>
<div aria-label="Message" role="button"><span>Message</span></div>
<div><span>Listed 2 weeks ago in Seattle, WA</span></div></div></div></body></html>"""


SEP = '<span><span>&nbsp;</span><span aria-hidden="true"> · </span></span>'
ITEM = "https://www.facebook.example/marketplace/item/1067895624987/"


def test_a_state_beside_the_amount_in_the_price_element_is_the_availability() -> None:
    got = extract_product(_marketplace_item("", f"$10{SEP}<span>In stock</span>"), ITEM)
    assert got is not None and got["price"] == 10.0
    assert got["availability"] == "InStock" and got["field_sources"]["availability"] == "heuristic"


def test_a_sold_out_badge_in_a_price_block_is_not_read_beside_the_amount() -> None:
    """Must not fire: a theme's price block holds its "Sold out" badge whatever the stock (Shopify Dawn)."""
    block = (
        '<div class="price"><span class="price-item">$40.00 USD</span><span class="badge price__badge-sale">Sale'
        '</span><span class="badge price__badge-sold-out">Sold out</span></div>'
    )
    assert price_line_state(Selector(text=block).root.xpath("//div[@class='price']")[0]) is None
    shown = '<div class="price">$40.00<span> · </span><span>Only 2 left</span></div>'
    assert price_line_state(Selector(text=shown).root.xpath("//div[@class='price']")[0]) is None  # a digit


@pytest.mark.parametrize("badge", ["Rented", "Sold", "Pending", "Vermietet"])
def test_a_state_badge_just_before_the_heading_is_the_items_state(badge: str) -> None:
    got = extract_product(_marketplace_item(f"<span>{badge}</span>{SEP}", "$150 / Month"), ITEM)
    assert got is not None and got["title"] == "Motorola Razr phone 24"
    assert got["availability"] == "OutOfStock"


@pytest.mark.parametrize(
    "before", ["<span>Rented phones and more</span>", "<span>Sold by</span><span>Ana</span>"]
)
def test_text_before_the_heading_that_is_no_badge_alone_says_nothing(before: str) -> None:
    """Must not fire: a line before the heading holding a badge word among others."""
    got = extract_product(_marketplace_item(before + SEP, "$150"), ITEM)
    assert got is not None and got.get("availability") != "OutOfStock"


def _album_page(first_has_buy: bool = True) -> str:
    digital_buy = (
        "<button class='download-link buy-link' type='button'>Buy Now</button>" if first_has_buy else ""
    )
    blocks = [
        f"""<li class="buyItem"><h3 class="hd"><span class="buyItemPackageTitle">Digital Album</span></h3>
<div class="bd">Includes unlimited streaming plus high-quality download in MP3, FLAC and more.</div>
<h4 class="ft compound-button">{digital_buy}<span class="base-text-color">&nbsp;$9</span>
<span class="buyItemExtra secondaryText">CAD</span> <span class="buyItemNyp secondaryText">or more</span></h4></li>"""
    ]
    for i, (name, price) in enumerate(
        [("Compact Disc (CD)", 12), ("Record/Vinyl", 30), ("T-Shirt/Apparel", 25)]
    ):
        blocks.append(f"""<li class="buyItem"><h3 class="hd"><span class="buyItemPackageTitle">Blonde - {name}</span></h3>
<a class="popupImage" href="https://f4.bits.example/img/00001{i}_10.jpg"><img src="https://f4.bits.example/img/00001{i}_37.jpg"
 width="100" height="100"></a><div class="bd">Ships out within 3 days.</div>
<div id="package-price-33099{i}" class="ft"><h4 class="compound-button"><button class="order_package_link buy-link"
 type="button">Buy Now</button> <span class="base-text-color">&nbsp;${price}</span>
 <span class="buyItemExtra secondaryText">CAD</span></h4></div></li>""")
    return f"""<html><head><title>Blonde | Cœur de pirate</title>
<meta property="og:title" content="Blonde, by Cœur de pirate"></head><body>
<div id="name-section"><h2 class="trackTitle">Blonde</h2><h3>by <span><a href="https://artist.bits.example">Cœur de
pirate</a></span></h3></div>
<div id="tralbumArt"><a class="popupImage" href="https://f4.bits.example/img/a1328452291_10.jpg">
<img src="https://f4.bits.example/img/a1328452291_16.jpg" alt="Blonde"></a></div>
<ul class="tralbumCommands">{"".join(blocks)}</ul></body></html>"""


ALBUM = "https://artist.bits.example/album/blonde"


def test_an_album_offered_in_several_formats_is_a_listing_at_its_first_formats_price() -> None:
    got = extract_product(_album_page(), ALBUM)
    assert got is not None and got["title"] == "Blonde"
    assert got["price"] == 9.0 and got["currency"] == "CAD"
    assert got["image_urls"][0] == "https://f4.bits.example/img/a1328452291_16.jpg"


def test_a_block_without_a_buy_control_is_no_offer_to_read() -> None:
    """Must not fire: the digital block without a buy control of its own offers nothing."""
    got = extract_product(_album_page(first_has_buy=False), ALBUM)
    assert got is not None and got["price"] == 12.0


def test_cards_linking_to_other_pages_stay_cards() -> None:
    """Must not fire: a strip of 3 items each linking to its own page is other products' cards."""
    cards = "".join(
        f"""<li class="card"><a href="/p/item-{i}"><img src="/img/item-{i}.jpg" width="200" height="200"></a>
<a href="/p/item-{i}">Item {i} Tee</a><span class="price">$2{i}.00</span></li>"""
        for i in range(3)
    )
    html = f"""<html><head><title>Blonde Tee | Shop</title></head><body><h1>Blonde Tee</h1>
<img src="/img/blonde-tee.jpg" width="600" height="600" alt="Blonde Tee"><span class="price">$30.00</span>
<button>Add to cart</button><h2>You may also like</h2><ul class="related">{cards}</ul></body></html>"""
    got = extract_product(html, "https://shop.example/p/blonde-tee")
    assert got is not None and got["price"] == 30.0
