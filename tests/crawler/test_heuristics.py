"""Product pages without structured data, in marketplace layouts and languages: recognised, with
each field found by the heuristics (and said so in field_sources); pages of many products are not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knockoff.crawler.extract import extract_product, normalize_availability

URL = "https://market.example/dp/B01"

CROSS_SELL = """<div class="a-carousel-container"><h2>Customers who bought this item also bought</h2><ol>
  <li class="a-carousel-card"><a href="/dp/X1"><img src="/i/x1.jpg" alt="Other"></a><span class="a-color-price">$23.76</span></li>
  <li class="a-carousel-card"><a href="/dp/X2"><img src="/i/x2.jpg" alt="Other"></a><span class="a-color-price">$17.98</span></li>
  <li class="a-carousel-card"><a href="/dp/X3"><img src="/i/x3.jpg" alt="Other"></a><span class="a-color-price">$41.00</span></li>
</ol></div>"""

AMAZON_LIKE = f"""<html><head><title>Amazon.com : Hausbell 302S Camcorder : Electronics</title></head><body>
<header><a href="/"><img src="/nav-logo.png" class="nav-logo"></a><span class="nav-cart-count">0</span></header>
{CROSS_SELL}
<div id="dp"><div id="leftCol"><div id="imgTagWrapperId">
  <img id="landingImage" src="https://img.market.example/I/71FF._SX300_.jpg"
       data-old-hires="https://img.market.example/I/71FF._SL1500_.jpg"
       data-a-dynamic-image='{{"https://img.market.example/I/71FF._SX300_.jpg":[300,300],"https://img.market.example/I/71FF._SX522_.jpg":[522,522]}}'
       alt="Hausbell 302S Camcorder"></div></div>
<div id="centerCol"><h1 id="title"><span id="productTitle"> Hausbell 302S Camcorder </span></h1>
<div id="price"><table><tr><td>List Price:</td><td><span class="a-text-strike">$119.99</span></td></tr>
<tr id="priceblock_dealprice_row"><td>Deal Price:</td><td><span id="priceblock_dealprice" class="a-color-price">$89.00</span></td></tr>
<tr><td>You Save:</td><td class="a-color-price">$30.99 (26%)</td></tr></table></div>
<div id="availability"><span class="a-color-success">In Stock.</span></div></div>
<div id="rightCol"><input type="submit" id="add-to-cart-button" value="Add to Cart"></div></div>
</body></html>"""

EBAY_LIKE = """<html><head><title>Electric Massage Chair Recliner | eBay</title></head><body>
<h1 class="it-ttl" id="itemTitle"><span class="g-hdn">Details about &nbsp;</span>Electric Massage Chair Recliner</h1>
<div id="vi_main_img_fs"><img id="icImg" src="https://i.market.example/images/g/pvgA/s-l300.jpg" alt="Electric Massage Chair Recliner"></div>
<span class="notranslate" id="prcIsum" itemprop="price" content="649.99">US $649.99</span>
<a id="binBtn_btn" class="btn btn-prim" href="/buy">Buy It Now</a>
<div class="merch-module"><ul>
  <li class="merch-item"><a href="/itm/1"><img src="/m1.jpg"></a><span class="price">$99.00</span></li>
  <li class="merch-item"><a href="/itm/2"><img src="/m2.jpg"></a><span class="price">$79.00</span></li>
  <li class="merch-item"><a href="/itm/3"><img src="/m3.jpg"></a><span class="price">$59.00</span></li>
</ul></div></body></html>"""

SPLIT_CENTS = """<html><head><title>Steel Conduit 1/2 x 25 ft. - The Hardware Store</title></head><body>
<h1 class="product-title__title">Steel Conduit 1/2 x 25 ft.</h1>
<div class="price"><span class="price__currency">$</span><span class="price__dollars">31</span><span class="price__cents">57</span></div>
<img id="mainImage" src="/catalog/conduit_1000.jpg" alt="Steel Conduit"><button>Add to Cart</button></body></html>"""

SUP_CENTS = """<html><head><title>Booster Seat - Bigmart</title></head><body><h1 class="prod-ProductTitle">Booster Seat</h1>
<span class="price-group"><span class="price-characteristic">$37</span><sup class="price-mantissa">30</sup></span>
<div class="hero-image-container"><img src="/asr/seat_1.jpeg" alt="Booster Seat"></div>
<button class="prod-ProductCTA">Add to cart</button></body></html>"""


def _page(title: str, price: str, stock: str, buy: str, lang: str) -> str:
    return f"""<html lang="{lang}"><head><title>{title} | Shop</title></head><body>
<nav><a href="/">Home</a></nav><main><div class="product-gallery"><img src="/media/p-1200.jpg" alt="{title}"></div>
<h1 class="product-name">{title}</h1><div class="product-price">{price}</div>
<p class="stock">{stock}</p><button type="submit">{buy}</button></main></body></html>"""


@pytest.mark.parametrize(
    ("html", "title", "price", "currency", "image", "availability"),
    [
        (AMAZON_LIKE, "Hausbell 302S Camcorder", 89.0, "USD", "https://img.market.example/I/71FF._SL1500_.jpg", "InStock"),
        (EBAY_LIKE, "Electric Massage Chair Recliner", 649.99, "USD", "https://i.market.example/images/g/pvgA/s-l300.jpg", "InStock"),
        (SPLIT_CENTS, "Steel Conduit 1/2 x 25 ft.", 31.57, "USD", "https://market.example/catalog/conduit_1000.jpg", "InStock"),
        (SUP_CENTS, "Booster Seat", 37.30, "USD", "https://market.example/asr/seat_1.jpeg", "InStock"),
        (_page("Lederjacke Milano", "1.299,00 €", "Sofort lieferbar", "In den Warenkorb", "de"), "Lederjacke Milano", 1299.0, "EUR", None, "InStock"),
        (_page("Veste en cuir", "249,90 €", "Rupture de stock", "Ajouter au panier", "fr"), "Veste en cuir", 249.9, "EUR", None, "OutOfStock"),
        (_page("Borsa in pelle", "€ 89,00", "Disponibile", "Aggiungi al carrello", "it"), "Borsa in pelle", 89.0, "EUR", None, "InStock"),
        (_page("Bolso de piel", "59,95 €", "Agotado", "Añadir al carrito", "es"), "Bolso de piel", 59.95, "EUR", None, "OutOfStock"),
        (_page("Leren tas", "€ 79,95", "Op voorraad", "In winkelwagen", "nl"), "Leren tas", 79.95, "EUR", None, "InStock"),
        (_page("Bolsa de couro", "R$ 349,90", "Esgotado", "Adicionar ao carrinho", "pt"), "Bolsa de couro", 349.9, "BRL", None, "OutOfStock"),
        (_page("レザーバッグ", "¥3,980", "在庫あり", "カートに入れる", "ja"), "レザーバッグ", 3980.0, "JPY", None, "InStock"),
        (_page("真皮手提包", "¥299.00", "缺货", "加入购物车", "zh"), "真皮手提包", 299.0, "CNY", None, "OutOfStock"),
        (_page("가죽 가방", "₩39,000", "품절", "장바구니 담기", "ko"), "가죽 가방", 39000.0, "KRW", None, "OutOfStock"),
        (_page("Кожаная сумка", "2 490 ₽", "Нет в наличии", "В корзину", "ru"), "Кожаная сумка", 2490.0, "RUB", None, "OutOfStock"),
    ],
    ids=["amazon-like", "ebay-like", "split-cents", "sup-cents", "de", "fr", "it", "es", "nl", "pt", "ja", "zh", "ko", "ru"],
)  # fmt: skip
def test_product_page_without_structured_data(
    html: str, title: str, price: float, currency: str, image: str | None, availability: str
) -> None:
    got = extract_product(html, URL)
    assert got is not None, "not recognised as a product page"
    assert got["title"] == title
    assert got["price"] == pytest.approx(price) and got["currency"] == currency
    assert got["image_urls"], "no image"
    assert got["image_urls"][0] == (image or "https://market.example/media/p-1200.jpg")
    assert got["availability"] == availability
    assert {got["field_sources"][k] for k in ("title", "price", "image_urls")} == {"heuristic"}


def test_cross_sell_strip_alone_is_not_a_product_page() -> None:
    html = f"<html><head><title>Deals</title></head><body><h1>Today's deals</h1>{CROSS_SELL}</body></html>"
    assert extract_product(html, URL) is None


def test_structured_list_price_yields_to_the_current_price_the_page_shows() -> None:
    html = """<html><body><div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Merino Cardigan</h1>
    <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
    <span class="price-standard" itemprop="price">39.90</span><span class="price-sales" itemprop="price">19.90</span>
    <meta itemprop="priceCurrency" content="USD"></div><img itemprop="image" src="/c.jpg"></div></body></html>"""
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 19.9 and got["field_sources"]["price"] == "heuristic"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nicht vorrätig", "OutOfStock"),
        ("Épuisé", "OutOfStock"),
        ("Pré-venda", "PreOrder"),
        ("残りわずか", "InStock"),
        ("暂时无货", "OutOfStock"),
        ("재고 있음", "InStock"),
        ("В наличии", "InStock"),
        ("Только предзаказ", "PreOrder"),
        ("Niet meer leverbaar", "Discontinued"),
    ],
)
def test_availability_words(text: str, name: str) -> None:
    assert normalize_availability(text) == name


def _oos_page(control: str, jsonld_availability: str | None = None) -> str:
    ld = ""
    if jsonld_availability:
        offer = {
            "@type": "Offer",
            "price": "59.00",
            "priceCurrency": "USD",
            "availability": jsonld_availability,
        }
        ld = f'<script type="application/ld+json">{json.dumps({"@type": "Product", "name": "Trail Runner", "offers": offer})}</script>'
    return f"""<html><head><title>Trail Runner | Shoes</title>{ld}</head><body><h1 class="product-title">Trail Runner</h1>
<div class="product-media"><img src="/media/trail-runner.jpg" alt="Trail Runner"></div>
<span class="product-price">$59.00</span>{control}
<ul class="related"><li class="card"><a href="/p/2">Road Runner</a><span class="price">$49</span><button>Add to cart</button></li>
<li class="card"><a href="/p/3">Sky Runner</a><span class="price">$69</span><button>Add to cart</button></li>
<li class="card"><a href="/p/4">Hill Runner</a><span class="price">$79</span><button>Add to cart</button></li></ul></body></html>"""


@pytest.mark.parametrize(
    ("control", "jsonld", "want"),
    [
        ('<button class="add-to-cart" disabled>Add to cart</button>', None, "OutOfStock"),
        ('<button class="btn">Sold out</button>', None, "OutOfStock"),
        ('<button class="btn">Notify me when available</button>', None, "OutOfStock"),
        ('<button class="btn">Ausverkauft</button>', None, "OutOfStock"),
        ('<button class="btn">Sold out</button>', "https://schema.org/InStock", "OutOfStock"),  # stale markup
        ('<button class="add-to-cart">Add to cart</button>', None, "InStock"),
        ('<button class="add-to-cart">Add to cart</button>', "https://schema.org/PreOrder", "PreOrder"),
    ],
)
def test_out_of_stock_pages_are_listings_with_their_state(
    control: str, jsonld: str | None, want: str
) -> None:
    got = extract_product(_oos_page(control, jsonld), URL)
    assert got is not None and got["title"] == "Trail Runner" and got["price"] == 59.0
    assert got["availability"] == want


BRAND_SKU_PAGES = {
    "amazon-byline": (
        """<h1 id="title"><span id="productTitle">Hausbell 302S Camcorder</span></h1>
        <a id="bylineInfo" href="/stores/Hausbell">Visit the Hausbell Store</a><span id="priceblock_ourprice">$89.00</span>
        <img id="landingImage" src="/I/71FF.jpg"><input type="submit" value="Add to Cart">
        <table id="productDetails"><tr><th>ASIN</th><td>B01KLOA1PI</td></tr></table>""",
        "Hausbell",
        "B01KLOA1PI",
    ),
    "item-specifics": (
        """<h1 class="product-title">Massage Chair</h1><span class="product-price">$649.99</span>
        <img class="main-image" src="/c.jpg"><button>Buy It Now</button>
        <table class="item-specifics"><tr><td>Brand:</td><td>Homedics</td><td>MPN:</td><td>06C-BLK</td></tr></table>""",
        "Homedics",  # "Unbranded" there is no brand (test_sku_brand_placeholders.py)
        "06C-BLK",
    ),
    "de-labels": (
        """<h1 class="product-name">Lederjacke Milano</h1><div class="product-price">1.299,00 €</div>
        <img class="product-image" src="/j.jpg"><button>In den Warenkorb</button>
        <dl><dt>Marke</dt><dd>Lederwerk</dd><dt>Artikelnummer</dt><dd>LJ-2040</dd></dl>""",
        "Lederwerk",
        "LJ-2040",
    ),
    "ja-labels": (
        """<h1 class="item-name">レザーバッグ</h1><div class="item-price">¥3,980</div>
        <img class="main-image" src="/b.jpg"><button>カートに入れる</button>
        <p>ブランド：サクラ工房</p><p>品番：SK-881</p>""",
        "サクラ工房",
        "SK-881",
    ),
}


@pytest.mark.parametrize("name", list(BRAND_SKU_PAGES))
def test_brand_and_sku_without_structured_data(name: str) -> None:
    body, brand, sku = BRAND_SKU_PAGES[name]
    nav = '<nav class="menu"><a href="/brands">Brands</a><div class="brand-list"><a href="/b/x">Xeno</a></div></nav>'
    got = extract_product(f"<html><head><title>Shop</title></head><body>{nav}{body}</body></html>", URL)
    assert got is not None
    assert (got["brand_claimed"], got["sku"]) == (brand, sku)
    assert got["field_sources"]["brand_claimed"] == "heuristic"


def test_heuristic_brand_fills_structured_data_without_one() -> None:
    ld = '{"@type": "Product", "name": "Trail Runner", "offers": {"price": "59", "priceCurrency": "USD"}}'
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body><h1>Trail Runner</h1>'
        '<div class="product-brand"><a href="/b/peak">Peak Outdoor</a></div></body></html>'
    )
    got = extract_product(html, URL)
    assert got["brand_claimed"] == "Peak Outdoor" and got["field_sources"]["brand_claimed"] == "heuristic"
    assert got["field_sources"]["price"] == "jsonld"


@pytest.mark.parametrize(
    ("block", "seller", "seller_url"),
    [
        ('<div id="merchant-info">Ships from and sold by <a href="/shops/acme-direct">Acme Direct</a>.</div>',
         "Acme Direct", "https://market.example/shops/acme-direct"),
        ('<div id="merchant-info">Sold by Budget Gadgets and Fulfilled by Market.</div>', "Budget Gadgets", None),
        ('<div class="seller-info">Verkauf durch <a href="/v/lederwerk">Lederwerk GmbH</a></div>',
         "Lederwerk GmbH", "https://market.example/v/lederwerk"),
        ('<div class="vendor">Vendu par Maison Cuir</div>', "Maison Cuir", None),
    ],
)  # fmt: skip
def test_seller_blocks(block: str, seller: str, seller_url: str | None) -> None:
    nav = '<nav><a class="become-seller" href="/sell">Become a seller</a></nav>'
    body = f"""{nav}<h1 class="product-title">Trail Runner</h1><span class="product-price">$59.00</span>
    <img class="main-image" src="/t.jpg"><button>Add to cart</button>{block}"""
    got = extract_product(f"<html><body>{body}</body></html>", URL)
    assert got is not None and (got["seller"], got["seller_url"]) == (seller, seller_url)


@pytest.mark.parametrize(
    ("price", "buy", "amount", "currency"),
    [
        ("NT$1,280", "加入購物車", 1280.0, "TWD"),
        ("12 990 ₸", "Себетке қосу", 12990.0, "KZT"),
        ("45,99 kn", "Dodaj u košaricu", 45.99, "HRK"),
        ("24,90 €", "Dodaj v košarico", 24.9, "EUR"),
        ("1 299 Kč", "Do košíku", 1299.0, "CZK"),
        ("₫250.000", "Thêm vào giỏ hàng", 250000.0, "VND"),
    ],
)
def test_more_marketplace_languages(price: str, buy: str, amount: float, currency: str) -> None:
    page = _page("Produkt 7", price, "", buy, "xx")
    no_image = page.replace(
        '<img src="/media/p-1200.jpg" alt="Produkt 7">', ""
    )  # only the buy control says "product"
    got = extract_product(no_image, URL)
    assert got is not None and got["price"] == pytest.approx(amount) and got["currency"] == currency
    assert extract_product(no_image.replace(buy, "Info"), URL) is None


def test_price_with_offscreen_copy_and_fraction_element() -> None:
    html = """<html><head><title>Camcorder</title></head><body><h1 id="title"><span id="productTitle">Camcorder</span></h1>
    <div id="corePrice"><span class="a-price"><span class="a-offscreen">$1,289.00</span><span aria-hidden="true">
    <span class="a-price-symbol">$</span><span class="a-price-whole">1,289<span class="a-price-decimal">.</span></span>
    <span class="a-price-fraction">00</span></span></span></div>
    <img id="landingImage" src="/c.jpg"><input type="submit" value="Add to Cart"></body></html>"""
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 1289.0


TILES = "".join(
    f'<div class="product-tile"><a href="/p/{i}"><img src="/i/{i}.jpg" alt="Shoe {i}" width="300"></a>'
    f'<div class="tile-name">Shoe {i}</div><span class="price">${40 + i}.00</span><button>Add to cart</button></div>'
    for i in range(8)
)


@pytest.mark.parametrize(
    "html",
    [
        f'<html><head><title>Search results for shoes</title></head><body><h1>Results for "shoes"</h1>{TILES}</body></html>',
        '<html><head><title>Your cart</title></head><body><h1>Shopping cart</h1><table class="cart-items"><tr><td>'
        '<a href="/p/1">Trail Runner</a></td><td class="price">$59.00</td></tr></table><button>Checkout</button></body></html>',
        "<html><head><title>Best running shoes</title></head><body><article><h1>Best running shoes</h1><p>The Trail Runner "
        'costs $59 and the Road Runner $49.</p><img src="/blog/shoes.jpg" width="800" alt="Best running shoes"></article></body></html>',
    ],
    ids=["search-results", "cart", "blog"],
)
def test_pages_of_no_single_product_are_not_listings(html: str) -> None:
    assert extract_product(html, URL) is None


@pytest.mark.parametrize(
    ("byline", "buy", "stock", "price", "want_avail"),
    [
        ("Besuche den Hausbell-Store", "In den Einkaufswagen", "Auf Lager.", "89,99 €", "InStock"),
        (
            "Visiter la boutique Hausbell",
            "Ajouter au panier",
            "Actuellement indisponible.",
            "89,99 €",
            "OutOfStock",
        ),
        (
            "Visita lo Store di Hausbell",
            "Aggiungi al carrello",
            "Disponibilità immediata.",
            "89,99 €",
            "InStock",
        ),
        ("Visit the Hausbell Store", "Add to Basket", "In stock.", "£89.99", "InStock"),
    ],
)
def test_amazon_like_pages_in_european_languages(
    byline: str, buy: str, stock: str, price: str, want_avail: str
) -> None:
    html = f"""<html><head><title>Hausbell 302S</title></head><body><div id="dp">
    <div id="imgTagWrapperId"><img id="landingImage" src="/I/71FF._SX300_.jpg" data-old-hires="/I/71FF._SL1500_.jpg"></div>
    <h1 id="title"><span id="productTitle">Hausbell 302S Camcorder</span></h1><a id="bylineInfo" href="/stores/h">{byline}</a>
    <div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">{price}</span></span></div>
    <div id="availability"><span>{stock}</span></div><input type="submit" value="{buy}">
    <ul class="detail-bullet-list"><li><span class="a-text-bold">ASIN : </span><span>B01KLOA1PI</span></li></ul></div></body></html>"""
    got = extract_product(html, "https://www.market.example/dp/B01KLOA1PI")
    assert got is not None and got["title"] == "Hausbell 302S Camcorder" and got["price"] == 89.99
    assert (got["brand_claimed"], got["sku"], got["availability"]) == ("Hausbell", "B01KLOA1PI", want_avail)
    assert got["image_urls"][0] == "https://www.market.example/I/71FF._SL1500_.jpg"


SHORT_H1 = """<html><head><title>{doc}</title><meta property="og:site_name" content="Gearhouse"></head><body>
<nav><a href="/">Home</a></nav><main><div class="product-gallery"><img src="/media/drone-1200.jpg" alt="drone"></div>
<h1 class="product-name">{h1}</h1><div class="product-price">$69.99</div><button>Add to cart</button></main></body></html>"""


@pytest.mark.parametrize(
    ("doc", "h1", "title"),
    [
        # the <title> writes the fuller name: its part holding the shown name, without the shop
        (
            "Parrot Orak Minidrone Hydrofoil air and water drone at Gearhouse.com",
            "Parrot Orak Minidrone",
            "Parrot Orak Minidrone Hydrofoil air and water drone",
        ),
        ("Model S P100D 5YJSA1E49HF198968 | Gearhouse", "P100D", "Model S P100D 5YJSA1E49HF198968"),
        ("Buy Surface Laptop Pro 13 - Gearhouse", "Surface Laptop", "Surface Laptop Pro 13"),
        # a <title> part equal to the name, or other words only, leave the name as shown
        ("Arm Pillow - Free Shipping On Orders Over $45 - Gearhouse - 136009", "Arm Pillow", "Arm Pillow"),
        (
            "Hairpin Stool Walnut - Room Essentials : Gearhouse",
            "Hairpin Stool Walnut - Room Essentials",
            "Hairpin Stool Walnut - Room Essentials",
        ),
        ("Gearhouse: the drone shop", "Parrot Orak Minidrone", "Parrot Orak Minidrone"),
        ("Nike Air Max 90 Men's Shoe. Gearhouse.com", "Air Max 90", "Nike Air Max 90 Men's Shoe"),
        # a name the page cuts short is completed from the <title>
        (
            "Funny Big Nose Shaped Shower Gel Dispenser 76723 – $8.99",
            "Funny Big Nose Shaped Shower G...",
            "Funny Big Nose Shaped Shower Gel Dispenser 76723",
        ),
    ],
)
def test_title_takes_the_fuller_name_the_document_title_writes(doc: str, h1: str, title: str) -> None:
    got = extract_product(SHORT_H1.format(doc=doc, h1=h1), "https://www.gearhouse.example/p/1")
    assert got is not None and got["title"] == title


def test_fuller_title_from_structured_name_and_a_title_outside_head() -> None:
    html = """<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product",
    "name": "Be the One Dress", "offers": {"@type": "Offer", "price": "210.00", "priceCurrency": "USD"}}</script></head>
    <body><svg><title>Artboard</title></svg><title>Keepsake the Label Be the One Sleeveless Dress | Nordshop</title>
    <h1>Be the One Dress</h1></body></html>"""
    got = extract_product(html, "https://shop.nordshop.example/s/1")
    assert got is not None
    assert got["title"] == "Keepsake the Label Be the One Sleeveless Dress"
    assert got["field_sources"]["title"] == "heuristic" and got["field_sources"]["price"] == "jsonld"


def test_structured_name_the_document_title_does_not_repeat_gives_way_to_the_shown_title() -> None:
    html = """<html><head><title>Blue Widget Deluxe 3000 | Widgetshop</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product",
    "name": "PRD-88231 default variant", "sku": "PRD-88231",
    "offers": {"@type": "Offer", "price": "49.00", "priceCurrency": "USD"}}</script></head><body>
    <svg><title>Cart icon</title></svg><main><h1 class="product-title">Blue Widget Deluxe 3000</h1>
    <span class="price">$49.00</span><button>Add to cart</button></main></body></html>"""
    got = extract_product(html, "https://widgetshop.example/p/88231")
    assert got is not None and got["title"] == "Blue Widget Deluxe 3000"
    assert got["field_sources"]["title"] == "heuristic" and got["sku"] == "PRD-88231"
    # a structured name the <title> repeats stays
    kept = extract_product(
        html.replace("PRD-88231 default variant", "Blue Widget Deluxe 3000"),
        "https://widgetshop.example/p/88231",
    )
    assert kept is not None and kept["field_sources"]["title"] == "jsonld"


LAYOUTS = Path(__file__).parent / "pages_layouts"


@pytest.mark.parametrize(
    ("page", "title", "price", "image"),
    [
        # Shopify theme: lazysizes `{width}` template with data-widths; "logo" in the product's name
        (
            "shopify_lazy_width_template.html",
            "Logo Hoodie Black",
            64.0,
            "https://cdn.shopify.com/s/files/1/0011/2233/products/logo-hoodie-black-front_1080x.jpg?v=1510000000",
        ),
        # WooCommerce gallery: data-large_image; "star" in the product's name; related products
        (
            "woocommerce_gallery.html",
            "Star Wars Mug",
            12.0,
            "https://mugs.example/wp-content/uploads/2017/05/star-wars-mug.jpg",
        ),
        # Magento 2: the main photo is the gallery placeholder image until JS builds the gallery
        (
            "magento2_gallery_placeholder.html",
            "Fusion Backpack",
            59.0,
            "https://m2.example/media/catalog/product/cache/6b5f6a7d7b4b/m/b/mb02-gray-0.jpg",
        ),
        # BigCommerce: price--withoutTax is the price; 50x50 thumbnails after the main picture
        (
            "bigcommerce_lazy_thumbnails.html",
            "Iconic Canvas Tote Bag",
            24.95,
            "https://cdn11.bigcommerce.com/s-abc123/images/stencil/500x659/products/112/376/iconic-tote__55512.1500000000.jpg?c=2",
        ),
        # price named only by a test hook (data-test="product-price"); unit price and cards beside it
        (
            "test_hook_price_and_title.html",
            "Hairpin Stool - Walnut - Room Essentials™",
            29.99,
            "https://target.scene7.com/is/image/Target/GUEST_9f1e2b3c?wid=325&hei=325&qlt=80&fmt=webp",
        ),
        # a product-title block holds the h1 and the SKU line: the h1 is the title; "Was" price
        (
            "title_block_with_sku.html",
            'Sony - 65" Class X750H 4K Ultra HD LED Android Smart TV',
            599.99,
            "https://pisces.bbystatic.com/image2/BestBuy_US/images/products/6401/6401877_sd.jpg;maxHeight=640;maxWidth=550",
        ),
        # data-automation-id price with whole units and cents in their own elements, per-ounce price
        (
            "automation_id_split_cents.html",
            "Graco TurboBooster Highback Booster Car Seat, Glacier",
            37.3,
            "https://i5.walmartimages.com/asr/6fd5a4b2-1.jpeg?odnHeight=450&odnWidth=450&odnBg=FFFFFF",
        ),
        # old prices said by a label before them ("Was:", "List Price:" cell) or by line-through style
        (
            "old_price_labels.html",
            "Canvas Weekender Bag",
            129.0,
            "https://shop.example/media/weekender-bag-1200.jpg",
        ),
        # the price element has no price name: the first amount after the title (a carousel of photos)
        (
            "price_named_by_nothing.html",
            "Happy Soba Graphic Toddler Tee shirt",
            28.5,
            "https://i.etsystatic.com/11661926/r/il/gaob12/1219664267/il_794xN.1219664267_gaob.jpg",
        ),
        # Magento 1: "Regular Price" old, "Special Price" current; 75px thumbnails of the same photos
        (
            "magento1_special_price.html",
            "Linen Blazer",
            455.0,
            "https://m1.example/media/catalog/product/cache/1/image/1800x/040ec09b1e35df139433887a97daa66f/w/b/wbk002t_1.jpg",
        ),
        # "Outlet Savings: -$80.00" in a price-sale element is not the price; a combo strip is noise
        (
            "savings_and_combo_strip.html",
            "Orak Minidrone Hydrofoil",
            69.99,
            "https://shop.example/media/orak-minidrone-620.jpg",
        ),
        # a range "$28.50 – $40.00" is a current price (its lower bound), not an amount taken off
        ("price_range.html", "Toddler Tee", 28.5, "https://shop.example/media/toddler-tee-800.jpg"),
        # every photo's file is "s-l500.jpg" (the photo is the folder): the first carousel photo leads
        (
            "carousel_size_named_files.html",
            "Electric Full Body Shiatsu Massage Chair Recliner",
            649.99,
            "https://i.ebayimg.com/images/g/pvgAAOSw8gVX79HO/s-l1600.jpg",
        ),
        # <picture>: the img is a data: placeholder, the photo is in <source srcset>
        (
            "picture_sources.html",
            "Trail Runner 2 Shoe",
            120.0,
            "https://img.stride.example/products/trail-runner-2-blue-1600.webp",
        ),
    ],
)
def test_shop_platform_layouts_give_the_main_picture(page: str, title: str, price: float, image: str) -> None:
    got = extract_product((LAYOUTS / page).read_text(encoding="utf-8"), "https://shop.example/products/x")
    assert got is not None
    assert (got["title"], got["price"], got["image_urls"][0]) == (title, price, image)
    assert not any("logo" in u and "hoodie" not in u for u in got["image_urls"])


def test_shown_picture_in_the_gallery_leads_over_a_structured_image_of_another_file() -> None:
    html = """<html><head><title>Novo Diamond Ring | Jeweller</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "Novo Diamond Ring",
    "image": "https://media.jeweller.example/is/image/J/EcomItemL2/novo-ring-seo-name.jpg",
    "offers": {"@type": "Offer", "price": "34300", "priceCurrency": "USD"}}</script></head><body>
    <main><h1>Novo Diamond Ring</h1><div class="gallery"><img src="https://s7.jeweller.example/is/image/J/30831993_930960_ED_M?wid=1308"
    alt="Novo Diamond Ring"></div><span class="price">$34,300</span><button>Add to bag</button></main></body></html>"""
    got = extract_product(html, "https://www.jeweller.example/ring-30399048")
    assert got is not None
    assert got["image_urls"][0] == "https://s7.jeweller.example/is/image/J/30831993_930960_ED_M?wid=1308"
    assert "https://media.jeweller.example/is/image/J/EcomItemL2/novo-ring-seo-name.jpg" in got["image_urls"]
    assert got["field_sources"]["image_urls"] == "heuristic"


@pytest.mark.parametrize(
    ("page", "title", "price", "currency", "image"),
    [
        # Next.js: the product in __NEXT_DATA__ beside recommendations and navigation titles
        (
            "state_next_data.html",
            "Aurora Wool Scarf",
            89.0,
            "EUR",
            "https://cdn.northfold.example/p/aurora-wool-scarf-1600.jpg",
        ),
        # window.__INITIAL_STATE__ (a JavaScript object), price as {"amount": ...}, protocol-relative image
        (
            "state_window_initial_state.html",
            "Retro Desk Lamp Brass",
            59.9,
            "GBP",
            "https://img.lampista.example/lamps/retro-desk-brass.jpg",
        ),
    ],
)
def test_pages_built_in_the_browser_give_the_product_of_their_state_json(
    page: str, title: str, price: float, currency: str, image: str
) -> None:
    got = extract_product((LAYOUTS / page).read_text(encoding="utf-8"), "https://shop.example/p/x")
    assert got is not None
    assert (got["title"], got["price"], got["currency"], got["image_urls"][0]) == (
        title,
        price,
        currency,
        image,
    )
    assert got["field_sources"]["price"] == "state"


def test_state_json_of_a_category_page_is_not_a_listing() -> None:
    items = ",".join(f'{{"name": "Retro Desk Lamp {c}", "price": {20 + i}}}' for i, c in enumerate("ABCD"))
    html = f"""<html><head><title>Retro Desk Lamp collection | Lampista</title></head><body><div id="app"></div>
    <script id="__NEXT_DATA__" type="application/json">{{"props": {{"items": [{items}]}}}}</script></body></html>"""
    assert extract_product(html, "https://shop.example/c/lamps") is None


def test_header_cart_link_is_no_buy_control_and_the_sold_out_page_stays_sold_out() -> None:
    html = """<html lang="ko"><head><title>전기주전자 KP-170 - 마켓</title></head><body>
    <div id="header"><a class="link__cart" href="/cart">장바구니</a></div>
    <div class="item"><img class="image__main" src="/still/600/kp170.jpg" alt="전기주전자 KP-170">
    <h1 class="itemtit">전기주전자 KP-170</h1><div class="price"><strong>19,900<span class="unit">원</span></strong></div>
    <span class="text__soldout">일시품절</span><button class="btn_buy" disabled>구매하기</button></div></body></html>"""
    got = extract_product(html, "https://market.example/item/1")
    assert got is not None and got["availability"] == "OutOfStock"
    assert (got["price"], got["currency"]) == (19900.0, "KRW")  # the currency from the left-out unit span


def test_title_named_by_no_class_is_the_text_the_document_title_contains() -> None:
    html = """<html lang="zh-CN"><head><title>【MK-15】美的电水壶 1.5L 不锈钢【行情 报价】-京东</title></head><body>
    <div id="spec-n1" class="jqzoom main-img"><img src="/n1/jfs/t1/abcdef0123.jpg" alt="美的电水壶" width="450"></div>
    <div class="sku-name">美的电水壶 1.5L 不锈钢</div><span class="p-price"><span>￥</span><span class="price">99.00</span></span>
    <a id="InitCartUrl" class="btn-special1" href="//cart.market.example/gate.action?pid=1">加入购物车</a></body></html>"""
    got = extract_product(html, "https://item.market.example/1.html")
    assert got is not None and got["title"] == "美的电水壶 1.5L 不锈钢"
    assert (got["price"], got["currency"], got["availability"]) == (99.0, "CNY", "InStock")


@pytest.mark.parametrize(
    ("block", "sku"),
    [
        ("<p>Šifra: AL-CP-120</p>", "AL-CP-120"),
        ("<span>Šifra proizvoda: 1002233</span>", "1002233"),
        ("<div>Артикул: 152233</div>", "152233"),
        ("<div>Тауар коды: 00143022</div>", "00143022"),
        ("<li>商品貨號：HY-CS-030</li>", "HY-CS-030"),
        ("<li>货号: QC-150</li>", "QC-150"),
        ("<li>품번: BT-500-WH</li>", "BT-500-WH"),
        ("<th>상품코드</th><td>P0000BQK</td>", "P0000BQK"),
        ("<span class='item_number'>商品番号：iw-arare-06</span>", "iw-arare-06"),
        ("<label>Référence </label><span>VC-2040-N</span>", "VC-2040-N"),
        ("<dt>Artikelnummer</dt><dd>NI112O0BZ-A11</dd>", "NI112O0BZ-A11"),
        ("<th>Código de producto</th><td>11U345X-001</td>", "11U345X-001"),
        ("<li><b>ASIN \u200f : \u200e</b><span>B01KLOA1PI</span></li>", "B01KLOA1PI"),
        ("<input type='hidden' id='ASIN' name='ASIN' value='B07XYZ1234'>", "B07XYZ1234"),
        # a model number only when nothing names the item code; a label word alone is no code
        ("<li>Item model number : 302S</li><li>ASIN : B01KLOA1PI</li>", "B01KLOA1PI"),
        ("<li>Modellnummer: KI2008</li>", "KI2008"),
        ("<p class='sku'>SKU:</p><p>Quantity</p>", None),
    ],
)
def test_sku_labels_in_the_marketplaces_languages(block: str, sku: str | None) -> None:
    body = f"""<h1 class="product-title">Trail Runner</h1><span class="product-price">59,00 €</span>
    <img class="main-image" src="/t.jpg"><button>Add to cart</button>{block}"""
    got = extract_product(f"<html><head><title>Trail Runner</title></head><body>{body}</body></html>", URL)
    assert got is not None and got["sku"] == sku
    assert sku is None or got["field_sources"]["sku"] == "heuristic"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Razprodano", "OutOfStock"),
        ("Rasprodano", "OutOfStock"),
        ("Nema na zalihi", "OutOfStock"),
        ("Ni na zalogi", "OutOfStock"),
        ("Na zalogi", "InStock"),
        ("Қоймада жоқ", "OutOfStock"),
        ("Sin existencias", "OutOfStock"),
        ("Produto esgotado", "OutOfStock"),
        ("已售完", "OutOfStock"),
        ("缺貨中", "OutOfStock"),
        ("일시품절", "OutOfStock"),
        ("現在在庫切れです。", "OutOfStock"),
        ("Attualmente non disponibile.", "OutOfStock"),
        ("Stock disponible", "InStock"),
        ("現貨供應", "InStock"),
        ("库存999件", "InStock"),
        ("库存0件", None),
        ("Only 3 left in stock.", "InStock"),
    ],
)
def test_availability_words_of_more_languages(text: str, name: str | None) -> None:
    assert normalize_availability(text) == name


def test_the_shops_own_logo_linking_home_is_not_the_brand() -> None:
    html = """<html><head><title>Trail Runner | Peakshop</title></head><body>
    <div id="top"><div class="site-brand"><a href="/">Peakshop</a></div></div>
    <h1 class="product-title">Trail Runner</h1><div class="product-brand"><a href="/brands/salomon">Salomon</a></div>
    <span class="product-price">$59.00</span><img class="main-image" src="/t.jpg"><button>Add to cart</button></body></html>"""
    got = extract_product(html, "https://peakshop.example/p/1")
    assert got is not None and got["brand_claimed"] == "Salomon"
