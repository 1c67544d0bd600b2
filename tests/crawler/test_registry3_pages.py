"""Kinds left on the second batch of real pages saved by other hands (stop 66, issue 14; the batch is described in
test_registry2_pages.py). The pages stay out of the repository; each kind is written anew here.

1. A classified ad whose price element says in full that no amount is asked ("VB", a price to agree on; "Zu
   verschenken", given away; "Preis auf Anfrage") has no price: Kleinanzeigen's "+ Versand ab 5,90 €" beside it
   was read as the price, and once that line was set apart, the seller's other ads' "40 €" and the
   description's "25,-" (`prices.no_amount_stated`).
2. A shipping cost written with its amount after the "paid apart" sign ("+ Versand ab 4,89 €", "zzgl. Versand:
   4,95 €") is no price, where "29,90 € + Versand" stays a note on the price (`price_text._SHIPPING_COST`).
3. A structured name stays where the page shows no heading and its document `<title>` names the shop's page
   kind ("Great Music Products Product Details" over microdata naming "Mid-East Velvet Drawstring Bag ...",
   formasaurus 0.10.0's page of stop 64's batch): a title read from the `<title>` alone is not shown on the
   page, so it does not outweigh the structured name (`extract._reconcile_title`); and an OpenGraph title that is
   the shown name's stem and a colon's tagline ("Shisler's Private Label Dandelion Jelly: A Unique Local Flavor"
   over the h1 "... Dandelion Jelly (18 Oz.)", a cheese shop's page of the same batch) is an SEO title
   (`extract._colon_tagline`).
8. Markup opening `<html>` or `<body>` twice (wilsonsleather.com's page of the same batch, parsel 1.x's
   "multiroot" page) parses into sibling top-level elements the finders never reached: the gallery, price
   and buy button in the second were not read (main photo none, price 50.0 from a banner for 49.99). A
   browser shows one page; so does `layout.join_documents`.
9. A price inside a link to another product's page is that product's, a card nothing marks as one: an
   unavailable Amazon.com item (product-dl 0.0.0.dev4) read the price of its sponsored "multi-brand video"
   row, 1,800 elements below the title (`prices._other_products_link`); a publisher's page read its e-book's
   price (the other format's page) over the paperback's shown one.

A third search of the registries (stop 66) found few pages: four Facebook Marketplace item pages saved from a
browser in 2025 (ai-marketplace-monitor 0.10.16's tests), their search page, an eBay.com search page
(search-parser 0.5.14) and a 2018 Craigslist ad (craigslist-searcher 1.0.3). Facebook's item pages gave no listing:

4. The product photo's alt text "Product photo of Smoke Detector" shared 2 of its 5 words with the title: words
   only placing a picture ("product", "photo", "of": `photos._GALLERY_WORDS`) no longer count against it
   (`photos._words_bonus`).
5. A rendered page writes fractional sizes (`width="727.7000122070312"`): read as 727 px, not as no size
   (`photos._int`).
6. A state badge opening the heading ("Sold · 2018 Honda Accord EX Sedan 4D"; Facebook sets the badge in a
   `<span>` and the separator in an `aria-hidden` one) is no word of the name and says the item is no longer
   for sale (`titles.heading_state`).
7. A search's results page headed by the heading alone ("Search results", Facebook's), by a count of results
   ("12,345 results for ...") or by the query before the words where the language writes it so ("slipknot에 대한
   결과 30,000개 이상", eBay's Korean interface) is the shop's own page (`dom.SHOP_PAGE_HEADING`), and a page so
   headed is read by no other heading or its `<title>` ("Slipknot for sale | eBay": `titles.shop_page_headed`);
   nor is any page read by a `<title>` its body holds (eBay's `<noscript>` copy of its head:
   `page.doc_title_element`).
"""

from __future__ import annotations

import pytest
from parsel import Selector

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics import Page
from knockoff.crawler.heuristics.dom import SHOP_PAGE_HEADING
from knockoff.crawler.heuristics.page import doc_title_element
from knockoff.crawler.heuristics.photos import _int
from knockoff.crawler.heuristics.price_text import OLD_TEXT
from knockoff.crawler.heuristics.titles import shop_page_headed

URL = "https://www.anzeigen.example/s-anzeige/darkthrone-lp-vinyl/3358399479-78-3465"


def _ad(price_box: str, description: str = "", others: str = "") -> str:
    """A classified ad as Kleinanzeigen serves it (its 2026 markup, names and texts written anew)."""
    cards = "".join(
        f"<li class='ad-listitem'><article class='aditem'><h2><a href='/s-anzeige/{i}'>{name}</a></h2>"
        f"<div class='aditem-main--middle--price-shipping'><p class='aditem-main--middle--price-shipping--price'>"
        f"{price}</p></div></article></li>"
        for i, (name, price) in enumerate(o.split("=") for o in others.split(";") if o)
    )
    return (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
        "<title>DARKTHRONE LP Vinyl in Berlin - Friedrichshain | Anzeigen</title></head><body>"
        "<header><a href='/' id='site-logo'>Anzeigen</a><a href='/p-anzeige-aufgeben.html'>Anzeige aufgeben</a>"
        "</header><main><section id='viewad-main'>"
        "<div class='galleryimage-element current'><img id='viewad-image' "
        "src='https://img.anzeigen.example/api/v1/prod-ads/images/e9/e993cdb9?rule=$_59.JPG' "
        "alt='DARKTHRONE LP Vinyl Berlin - Friedrichshain Vorschau'></div>"
        "<div class='contentbox--vip boxedarticle' id='viewad-main-info' itemscope "
        "itemtype='https://schema.org/Offer'><meta itemprop='price' content=''/>"
        "<meta itemprop='currency' content='EUR'/>"
        "<h1 id='viewad-title' class='boxedarticle--title' itemprop='name'>DARKTHRONE LP Vinyl</h1>"
        "<div class='boxedarticle--flex--container'>"
        f"<h2 class='boxedarticle--price' id='viewad-price'>{price_box}</h2>"
        "<span class='boxedarticle--details--shipping'>+ Versand ab 5,90 €</span></div>"
        "<div id='viewad-locality'>10245 Berlin - Friedrichshain</div></div>"
        f"<div id='viewad-description'><p id='viewad-description-text'>{description}</p></div>"
        "<div id='viewad-contact'><a class='button-secondary' href='#'>Nachricht schreiben</a></div>"
        "</section>"
        f"<section><h2>Weitere Anzeigen des Anbieters</h2><ul>{cards}</ul></section>"
        "</main><footer><p>Anzeigen GmbH</p></footer></body></html>"
    )


DESCRIPTION = (
    "Aus meiner Sammlung:<br>// A Blaze In The Northern Sky (LP, Reissue 2022)<br>Zustand: M (neu, OVP)<br>25,-"
    "<br><br>// Under A Funeral Moon (LP, Reissue 2023)<br>Zustand: NM-<br>25,-<br><br>"
    "* Versicherter Versand gegen 5,90 Aufpreis"
)


@pytest.mark.parametrize("says", ["VB", "Zu verschenken", "Preis auf Anfrage"])
def test_an_ad_whose_price_element_asks_no_amount_has_no_price(says: str) -> None:
    got = extract_product(_ad(says, DESCRIPTION, "Tischchen=40 €;Lampe=12 € VB"), URL)
    assert got is not None and got["title"].startswith("DARKTHRONE LP Vinyl")
    assert got["price"] is None


def test_an_ad_with_an_amount_keeps_it_beside_the_shipping_line() -> None:
    # must not fire: the price element names its amount ("25 € VB")
    got = extract_product(_ad("25 € VB", DESCRIPTION, "Tischchen=40 €"), URL)
    assert got is not None and got["price"] == 25.0 and got["currency"] == "EUR"


def test_a_price_word_inside_a_longer_text_asks_an_amount_all_the_same() -> None:
    # must not fire: "Free shipping" under a product's price box is no statement that no amount is asked
    html = (
        "<html lang='en'><head><title>Trail Runner 2 | Shop</title></head><body><main>"
        "<h1>Trail Runner 2</h1><img src='/img/trail-runner-2.jpg' alt='Trail Runner 2' width='600'>"
        "<div class='product-price'>Free shipping</div><div class='price'>$89.00</div>"
        "<button type='submit' name='add'>Add to cart</button></main></body></html>"
    )
    got = extract_product(html, "https://shop.example/products/trail-runner-2")
    assert got is not None and got["price"] == 89.0


@pytest.mark.parametrize(
    "text, shipping",
    [
        ("+ Versand ab 4,89 €", True),
        ("+ Versand 5,90 €", True),
        ("zzgl. Versand: 4,95 €", True),
        ("+ shipping from $4.99", True),
        ("84,99 € + Versand", False),
        ("29,90 € inkl. MwSt. zzgl. Versand", False),
    ],
)
def test_a_shipping_cost_named_after_the_paid_apart_sign_is_set_apart(text: str, shipping: bool) -> None:
    assert bool(OLD_TEXT.search(text)) is shipping


def _old_shop(doc_title: str, structured: bool = True) -> str:
    """A 2000s shop's product page: tables, no heading, the name in a `<div>` (microdata where `structured`)."""
    scope = "itemscope itemtype='http://schema.org/Product'" if structured else ""
    prop = "itemprop='name'" if structured else ""
    return (
        f"<html><head><title>{doc_title}</title></head><body>"
        "<table><tr><td><a href='/'><img src='/images/logo.gif' alt='Great Music'></a></td></tr></table>"
        f"<table {scope}><tr><td class='detail'><div class='detailname'><b><span {prop}>"
        "Velvet Drawstring Bag for Finger Cymbals - Black</span></b></div></td></tr>"
        "<tr><td><img class='detailimage' src='prodimages/VBAG.jpg' alt='Velvet Drawstring Bag' width='300'></td></tr>"
        "<tr><td class='detailprice'>Price: <span class='price'>$1.38</span></td></tr>"
        "<tr><td><input type='hidden' name='id' value='VBAG'><input type='submit' value='Add to Cart'></td></tr>"
        "</table></body></html>"
    )


def test_a_structured_name_outweighs_a_document_title_naming_the_page_kind() -> None:
    got = extract_product(
        _old_shop("Great Music Products Product Details"), "https://music.example/proddetail.php?prod=VBAG"
    )
    assert got is not None
    assert got["title"] == "Velvet Drawstring Bag for Finger Cymbals - Black"
    assert got["price"] == 1.38


def test_a_document_title_naming_another_product_than_the_structured_name_is_still_read() -> None:
    # must not fire: where the page shows the name the document title gives, that shown name is the title
    html = _old_shop("Brass Finger Cymbals Pair | Great Music").replace(
        "<table><tr><td><a href='/'>", "<h1>Brass Finger Cymbals Pair</h1><table><tr><td><a href='/'>"
    )
    got = extract_product(html, "https://music.example/proddetail.php?prod=BFC")
    assert got is not None and got["title"] == "Brass Finger Cymbals Pair"


def _marketplace_item(
    heading: str, alt: str = "Product photo of Smoke Detector", width: str = "495.5"
) -> str:
    """A marketplace's item page as a browser renders it (Facebook Marketplace's 2025 markup, its class names
    left out and its texts written anew): the photo before the heading, no buy button, a message box."""
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Marketplace - Smoke Detector | Friendsbook</title></head>"
        "<body><div role='banner'><a href='/' aria-label='Friendsbook'><svg></svg></a></div>"
        "<div role='main'><div><div><img alt='' src='https://scontent.fbook-cdn.example/v/t45/4732193_n.jpg'>"
        f"<img height='660.6666666666666' width='{width}' alt='{alt}' "
        "src='https://scontent.fbook-cdn.example/v/t45/4732193_n.jpg'></div>"
        "<i style=\"background-image:url('https://static.fbook-cdn.example/rsrc/Yd_4ES.png');"
        'background-position:0 -125px;width:20px;height:20px"></i></div>'
        f"<div><h1 dir='auto'>{heading}</h1>"
        "<div><span dir='auto'>$10<span><span>&nbsp;</span><span aria-hidden='true'> · </span></span>"
        "<span>In stock</span></span></div>"
        "<div><span dir='auto'>Listed in <a href='/marketplace/108391/'><span>Amory, MS</span></a></span></div>"
        "<div><span>Send seller a message</span><textarea aria-label='Send seller a message'>Hi, is this still "
        "available?</textarea><div role='button' aria-label='Send'>Send</div></div>"
        "<div><h2>Seller information</h2><a href='/marketplace/profile/1/'>Austin</a></div></div></div></body></html>"
    )


ITEM = "https://www.friendsbook.example/marketplace/item/1234567890/"


def test_a_photo_whose_alt_text_places_it_and_names_the_item_is_the_main_image() -> None:
    got = extract_product(_marketplace_item("<span dir='auto'>Smoke Detector</span>"), ITEM)
    assert got is not None and got["title"] == "Smoke Detector" and got["price"] == 10.0
    assert got["image_urls"][0] == "https://scontent.fbook-cdn.example/v/t45/4732193_n.jpg"


def test_a_photo_whose_alt_text_only_places_it_is_no_more_the_item_than_before() -> None:
    # must not fire: "Product photo 1" names nothing of the item; the page's other evidence decides alone
    got = extract_product(_marketplace_item("Smoke Detector", alt="Product photo 1", width="100"), ITEM)
    assert got is None


@pytest.mark.parametrize(
    "value, px", [("727.7000122070312", 727), ("600", 600), ("600px", 600), ("auto", None)]
)
def test_a_fractional_size_attribute_is_read_in_whole_pixels(value: str, px: int | None) -> None:
    assert _int(value) == px


@pytest.mark.parametrize(
    "heading",
    [
        "<span dir='auto'><span>Sold</span><span><span>&nbsp;</span><span aria-hidden='true'> · </span></span>"
        "Smoke Detector Kidde i9010</span>",
        "Sold · Smoke Detector Kidde i9010",
        "[Reserved] Smoke Detector Kidde i9010",
    ],
)
def test_a_state_badge_opening_the_heading_is_the_items_state_not_its_name(heading: str) -> None:
    got = extract_product(_marketplace_item(heading, alt="Product photo of Smoke Detector Kidde i9010"), ITEM)
    assert got is not None
    assert got["title"] == "Smoke Detector Kidde i9010"
    assert got["availability"] == "OutOfStock"


@pytest.mark.parametrize("heading", ["Reserved Parking Sign Aluminium", "Sold by the Metre Linen Fabric"])
def test_a_name_opening_with_a_state_word_keeps_it(heading: str) -> None:
    # must not fire: no separator and no element of its own part the word from the name
    got = extract_product(_marketplace_item(heading, alt=f"Product photo of {heading}"), ITEM)
    assert got is not None and got["title"] == heading and got["availability"] != "OutOfStock"


@pytest.mark.parametrize(
    "heading, shop_page",
    [
        ("Search results", True),
        ("slipknot에 대한 결과 30,000개 이상", True),
        ('12,345 results for "slipknot"', True),
        ("1.234 Ergebnisse für Nike", True),
        ("ナイキ の検索結果", True),
        ("Search Results Notebook A5 Dotted", False),
        ("Results Driven Protein Bar 12x60g", False),
    ],
)
def test_a_search_heading_without_a_query_after_it_is_the_shops_own_page(
    heading: str, shop_page: bool
) -> None:
    assert bool(SHOP_PAGE_HEADING.search(heading)) is shop_page


def _search_page(heading: str) -> str:
    cards = "".join(
        f"<li class='s-item'><div class='s-item__image'><img src='https://img.market.example/g/{i}/s-l140.jpg' "
        f"alt='Slipknot shirt {i}'></div><a class='s-item__link' href='/itm/{i}'><span>Slipknot shirt {i}</span></a>"
        f"<span class='s-item__price'>US ${20 + i}.00</span></li>"
        for i in range(6)
    )
    return (
        "<html lang='ko'><head><title>Slipknot for sale | Market</title></head><body><header><a href='/'>Market</a>"
        "<form><input name='_nkw' value='slipknot'><button>검색</button></form></header><main>"
        f"<div class='srp-controls'><h1 class='srp-controls__count-heading'>{heading}</h1></div>"
        f"<ul class='srp-results'>{cards}</ul><button class='btn'>Buy It Now</button></main>"
        "<noscript><title>Slipknot for sale | Market</title></noscript></body></html>"
    )


def test_a_search_page_is_not_read_by_its_document_title() -> None:
    html = _search_page(
        "<span class='BOLD'>slipknot</span>에 대한 결과 <span class='BOLD'>30,000</span>개 이상"
    )
    assert extract_product(html, "https://www.market.example/sch/i.html?_nkw=slipknot") is None


def _layout(html: str, url: str = "https://www.market.example/sch/i.html?_nkw=slipknot") -> Page:
    return Page(Selector(text=html), url)


def test_a_page_headed_as_a_search_is_the_shops_own_page_whatever_else_it_shows() -> None:
    headed = _search_page("slipknot에 대한 결과 30,000개 이상")
    assert shop_page_headed(_layout(headed))
    # must not fire: a product's heading
    assert not shop_page_headed(_layout(_search_page("Slipknot Band Shirt Black XL")))


def test_a_title_element_inside_the_body_is_no_heading_of_the_page() -> None:
    html = (
        "<html><head><title>Slipknot Band Shirt Black XL | Market</title></head><body><div>Market</div>"
        "<noscript><title>Slipknot Band Shirt Black XL | Market</title></noscript><p>Welcome</p></body></html>"
    )
    assert doc_title_element(_layout(html)) == (None, None)
    # must not fire: the name shown in the body's own text
    shown = html.replace("<p>Welcome</p>", "<div class='x1'><span>Slipknot Band Shirt Black XL</span></div>")
    assert doc_title_element(_layout(shown))[0] == "Slipknot Band Shirt Black XL"


def _og_page(og_title: str, h1: str) -> str:
    return (
        f"<html><head><title>{og_title} | Cheese House</title><meta property='og:type' content='product'>"
        f'<meta property="og:title" content="{og_title}"><meta property="og:image" content="/images/jelly.jpg">'
        "<meta property='product:price:amount' content='4.99'><meta property='product:price:currency' content='USD'>"
        f"</head><body><div id='main'><h1>{h1}</h1><img src='/images/jelly.jpg' alt='{h1}' width='400'>"
        "<div class='price'>$4.99</div><button type='submit'>Add to Cart</button></div></body></html>"
    )


def test_an_opengraph_title_of_the_names_stem_and_a_tagline_gives_way_to_the_shown_name() -> None:
    html = _og_page(
        "Shisler's Private Label Dandelion Jelly: A Unique Local Flavor",
        "Shisler's Private Label Dandelion Jelly (18 Oz.)",
    )
    got = extract_product(html, "https://www.cheese.example/product/dandelion-jelly")
    assert got is not None and got["title"] == "Shisler's Private Label Dandelion Jelly (18 Oz.)"


def test_a_subtitle_the_shown_name_writes_too_is_no_tagline() -> None:
    # must not fire: the h1 writes the subtitle's words ("Force Awakens")
    html = _og_page(
        "Star Wars Episode VII: The Force Awakens", "Star Wars Episode VII: The Force Awakens (Blu-ray)"
    )
    got = extract_product(html, "https://www.cheese.example/product/star-wars")
    assert got is not None and got["title"] == "Star Wars Episode VII: The Force Awakens"


def test_a_page_opening_its_document_twice_is_read_whole() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Bottom Gusset Leather Crossbody | Leather Co</title></head><body>"
        "<header><a href='/'><img src='/images/global/logo01.png' alt='Leather Co'></a>"
        "<img src='/images/promo/50-off-sitewide-365x40.gif' alt='Extra 50% Off Sitewide. Orders over $50 ship free'>"
        "</header></body></html>"
        "<html><body><main><div class='product'>"
        "<img id='mainimage' class='cloudzoom mainimage' src='https://img.leather.example/iipsrv.fcgi?FIF=/source/"
        "E-2-474-3D.tif&wid=800&cvt=jpeg' alt='Leather Co Bottom Gusset Leather Crossbody'>"
        "<div class='detail'><h1>Bottom Gusset Leather Crossbody</h1><div class='price'>$49.99</div>"
        "<button type='submit' class='addtocart'>Add to Bag</button></div></div></main></body></html>"
    )
    got = extract_product(html, "https://www.leather.example/p/E-2-474-3D")
    assert got is not None and got["price"] == 49.99
    assert got["image_urls"][0].startswith(
        "https://img.leather.example/iipsrv.fcgi?FIF=/source/E-2-474-3D.tif"
    )


def _unavailable_item(widget_href: str, own_price: str = "") -> str:
    return (
        "<html><head><title>Amazon.com: Pip-Boy 3000 Replica by The Wand Company</title></head><body>"
        "<div id='dp'><div id='centerCol'><h1 id='title'><span id='productTitle'>Pip-Boy 3000 Replica by "
        "The Wand Company</span></h1>"
        "<img id='landingImage' src='https://m.media-shop.example/images/I/71sVw8sAtHL._AC_SX679_.jpg' "
        "alt='Pip-Boy 3000 Replica' width='679'>"
        f"{own_price}"
        "<div id='availability'><span>Currently unavailable.</span><span>We don't know when or if this item will "
        "be back in stock.</span></div></div></div>"
        "<div class='_multi-brand-video-desktop_container'><h2>Brands in this category</h2>"
        f"<a class='a-link-normal' href='{widget_href}'><div class='productDetailsContainer'>"
        "<span>Vault Boy Bobblehead, Fallout Collectible</span>"
        "<span class='a-price'><span class='a-offscreen'>$39.01</span><span aria-hidden='true'>$39.01</span></span>"
        "</div></a></div></body></html>"
    )


def test_a_price_inside_a_link_to_another_product_is_that_products() -> None:
    got = extract_product(
        _unavailable_item("/Vault-Boy-Bobblehead/dp/B0ABCDE123/"), "https://www.shop.example/dp/B0G6LX9ML8"
    )
    assert got is not None and got["availability"] == "OutOfStock"
    assert got["price"] is None


def test_a_price_inside_a_link_to_the_page_itself_is_its_own() -> None:
    # must not fire: the link leads to this product's page (a variant chooser's link around its price)
    html = _unavailable_item("/Vault-Boy-Bobblehead/dp/B0ABCDE123/").replace(
        "<div id='availability'>",
        "<a href='/Pip-Boy-3000/dp/B0G6LX9ML8?th=1'><span class='a-price'><span class='a-offscreen'>$59.99</span>"
        "</span></a><button type='submit' id='add-to-cart-button'>Add to Cart</button><div id='availability'>",
    )
    got = extract_product(html, "https://www.shop.example/Pip-Boy-3000/dp/B0G6LX9ML8")
    assert got is not None and got["price"] == 59.99


XHTML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
    '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="cs" lang="cs"><head><title>{title} | Karty</title></head>'
    "<body><div id='content'>{body}</div></body></html>{after}"
)
LAMP = (
    "<div class='product'><h1>Lightning Bolt (Magic 2010)</h1><img src='/pic/lightning-bolt-m10.jpg' "
    "alt='Lightning Bolt (Magic 2010)' width='300'/><div class='price'>60 Kč</div>"
    "<button type='submit' class='btn-cart'>Do košíku</button></div>"
)


def test_an_xhtml_page_opening_with_an_xml_declaration_is_read_as_html() -> None:
    got = extract_product(
        XHTML.format(title="Lightning Bolt", body=LAMP, after=""), "https://karty.example/lightning-bolt"
    )
    assert got is not None and got["title"] == "Lightning Bolt (Magic 2010)"
    assert got["price"] == 60.0 and got["currency"] == "CZK"


def test_elements_written_after_the_document_are_read() -> None:
    html = XHTML.format(title="Lightning Bolt", body="<p>Karty</p>", after=LAMP).split("\n", 2)[2]
    got = extract_product(html, "https://karty.example/lightning-bolt")
    assert got is not None and got["price"] == 60.0


def test_a_czech_basket_is_the_shops_own_page() -> None:
    body = (
        "<div class='txt blue'><form id='basketform'><h1>Obsah košíku</h1><table><tr><td>"
        "<img src='/pic/lightning-bolt-m10.jpg' alt='Lightning Bolt' width='300'/></td><td>Lightning Bolt</td>"
        "<td class='price'>60 Kč</td></tr></table><button type='submit'>Objednat</button></form></div>"
    )
    assert (
        extract_product(XHTML.format(title="Košík", body=body, after=""), "https://karty.example/kosik")
        is None
    )
