"""Availability on big-retailer and platform product pages (issue 14, third review).

Each case is a small but whole product page (a header with a mega menu whose links say "Back in
Stock", "Pre-order", "Coming Soon"; breadcrumbs; a gallery; the buy box with size/colour swatches,
quantity selectors, delivery and pickup widgets, store finders, shipping estimates, low-stock notes;
recommendation strips with sold-out cards; reviews and FAQs; a footer asking for restock alerts) as
Target, Walmart, Best Buy, Home Depot, Macy's, Nordstrom, Sephora, Zalando, Otto, Fnac, Rakuten and
Shopify / BigCommerce / Magento / SFCC / VTEX / WooCommerce / Shopware / PrestaShop themes render
them in 2024-26, in en de fr ja pt es it nl ko. Most carry no structured data; the "ld-" cases carry
JSON-LD whose availability the visible page agrees or disagrees with (the structured value stands).
The expected value is the schema.org ItemAvailability name a shopper reads, compared folded as
benchmarks.bench_extraction folds it (`AVAILABILITY_CLASS`).

Cases: 71 pages. Round 1 (53 pages: 29 InStock with misleading noise, 16 OutOfStock, 5 PreOrder,
3 BackOrder; 8 of them with JSON-LD) was written before reading the heuristics
(crawler/heuristics/controls.py, crawler/values.py, extract._heuristic_availability); rounds 2 (8)
and 3 (10) after reading them, aimed at what the code looked weak on.

FIRST LOOK (commit a8de1bc, before any change here): round 1: 6 of 53 failed (11%), every one an
in-stock page read otherwise:
- target-pickup-not-available-ship-ok, walmart-delivery-unavailable-zip,
  sephora-one-shade-oos-pickup-unavailable: OutOfStock from a delivery widget's "Same Day Delivery
  Not available" / "Delivery unavailable to 99501" / "Pick Up Not available at <store>";
- target-only-two-left-pickup: OutOfStock from a review "Was sold out everywhere last month" (its
  "Pick it up" / "Ship it" buttons read as no buy control);
- homedepot-delivery-unavailable-pickup-stock: BackOrder from a Q&A "Is this backordered? It was
  backordered in the spring";
- dawn-faq-preorder-backorder-in-stock: PreOrder from a FAQ answer "Pre-order items ship on release
  day".
Round 2: 2 of 8 failed (r2-store-stock-list-in-stock-online: a store finder's "Emeryville: Out of
stock" list; r2-ld-instock-button-disabled-until-size); round 3: 2 of 10 failed (a size's own stock
note "Size 10: Out of stock" / "Größe 42: ausverkauft" in an element named for the stock). All 27
out-of-stock, 5 pre-order and 3 backorder pages were read right at first look.

Kinds fixed (general rules, each with must-not-fire cases below):
1. a fulfilment channel's "not available" (`controls.fulfilment_note`: "Pickup: Not available at
   <store>", "Delivery unavailable to <zip>", "Not available for pickup") is no stock state: skipped
   by `controls.stock_state`, `labelled_state`, `near_state` and the page-text pass
   (`extract._said_outside_strips`); stock words ("Shipping: Out of stock") still count.
2. states only reported or asked about (`controls.current_text`, used by `said_state` and the
   page-text pass: "Was sold out last month", "Il était en rupture de stock", "Is this
   backordered?": a question opening as one, not a call to action "Sold out? Get notified") are no
   state; Discontinued words stay ("was discontinued" is the state now).
3. a FAQ's answers (`controls._under_policy_heading`: the line's section heading names a FAQ,
   "Questions & Answers", "Häufige Fragen") are order terms, as `only_order_terms` reads a policy tab.
4. an element named for a store's stock or pickup (`controls._STORE_NAMED`: "store-availability",
   "pickup", "bopis", "find-in-store") states the stores' stock, not the item's (`stock_state`).
5. a size's labelled stock note ("Size S: Out of stock", `controls._labelled_size` in `size_choice`)
   is that size's, as "S - Sold out" already was; not a one-size item's.
6. a fulfilment cell's own button ("Pick it up", "Ship it", "Deliver it") is a (bare) buy control.
r2-ld-instock-button-disabled-until-size, left as a strict xfail by this review, passes since the
lead's change after it (extract._reconcile: a single Offer's InStock stands beside a buy control that
is only disabled, saying no sold-out words, `Found.buy_said_sold`).
Must-not-fire: `test_fulfilment_note` (new function: 16 cases, 8 of them the item's own state it
must leave), `test_reported_state` (16: 10 must-not-fire) and `test_rules_must_not_fire` (24: 14
must-not-fire); cases not named "fires-" passed before and after, the "fires-" ones failed before.
Dev dump (342 runs): 0 differ; train --fields availability 1.000 / 1.000 / 1.000 before and after.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from benchmarks.bench_extraction import AVAILABILITY_CLASS
from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params

_MENU = {
    "en": (
        "Women|New Arrivals|Dresses|Tops|Jeans|Shoes|Back in Stock|Pre-order: Spring 2027|Sale",
        "Men|New Arrivals|Shirts|Pants|Sneakers|Coming Soon|Sold Out Favorites Are Back|Clearance",
        "Home|Furniture|Kitchen|Bedding|Top Deals|Gift Cards",
        "Help|Order Status|Returns|Backorders & Pre-orders|Store Locator|Find a Store",
    ),
    "de": (
        "Damen|Neuheiten|Kleider|Schuhe|Wieder da|Vorbestellen|Sale",
        "Herren|Neuheiten|Hemden|Sneaker|Bald verfügbar|Outlet",
        "Hilfe|Bestellstatus|Rücksendung|Lieferzeiten|Filialfinder",
    ),
    "fr": (
        "Livres|Nouveautés|Précommandes|Meilleures ventes|Bientôt disponible",
        "High-Tech|Smartphones|TV|Retour en stock|Promotions",
        "Aide|Suivi de commande|Retrait magasin|Nos magasins",
    ),
    "ja": (
        "レディース|新着|再入荷|予約商品|セール",
        "メンズ|新着|売れ筋|予約受付中",
        "ヘルプ|注文履歴|配送について",
    ),
    "pt": (
        "Feminino|Novidades|Pré-venda|Outlet",
        "Masculino|Tênis|Voltou ao estoque",
        "Ajuda|Meus pedidos|Lojas",
    ),
    "es": (
        "Mujer|Novedades|Preventa|Rebajas",
        "Hombre|Zapatillas|De nuevo en stock",
        "Ayuda|Mis pedidos|Tiendas",
    ),
    "it": ("Donna|Novità|Preordina|Saldi", "Uomo|Sneakers|Di nuovo disponibili", "Aiuto|Ordini|Negozi"),
    "nl": (
        "Boeken|Nieuw|Pre-order|Aanbiedingen",
        "Elektronica|Laptops|Weer op voorraad",
        "Klantenservice|Bestellingen",
    ),
    "ko": ("패션|신상품|재입고|예약판매", "가전|노트북|품절임박 특가", "고객센터|주문조회"),
}
_FOOT = {
    "en": "Get restock alerts and early access to pre-orders. Notify me",
    "de": "Newsletter: Benachrichtige mich über Restocks und Vorbestellungen",
    "fr": "Newsletter : soyez alerté des retours en stock et des précommandes",
    "ja": "再入荷のお知らせ・予約開始のお知らせを受け取る",
    "pt": "Receba alertas de produtos esgotados que voltaram ao estoque",
    "es": "Recibe avisos cuando vuelvan productos agotados",
    "it": "Avvisami quando i prodotti esauriti tornano disponibili",
    "nl": "Ontvang een melding als uitverkochte artikelen weer op voorraad zijn",
    "ko": "품절 상품 재입고 알림 받기",
}


def header(lang: str) -> str:
    """A retailer header: logo, search, a mega menu whose columns carry state words (Back in Stock,
    Pre-order, Coming Soon), account and cart links."""
    cols = ""
    for col in _MENU[lang]:
        head, *links = col.split("|")
        items = "".join(f"<li><a href='/c/{i}-{n}'>{n}</a></li>" for i, n in enumerate(links))
        cols += f"<div class='mega-menu__column'><a class='mega-menu__heading' href='/c/{head}'>{head}</a><ul>{items}</ul></div>"
    return (
        "<header class='site-header'><div class='promo-banner'>Free shipping over 35 · Free returns</div>"
        "<a class='logo' href='/'><img src='/static/logo.svg' alt='Logo' width='120' height='32'></a>"
        "<form class='search' action='/search' role='search'><input type='search' name='q'>"
        "<button type='submit'>Search</button></form>"
        f"<nav class='mega-menu' aria-label='Main'>{cols}</nav>"
        "<a href='/account'>Account</a> <a href='/wishlist'>Wishlist</a> <a href='/cart'>Cart (0)</a></header>"
    )


def footer(lang: str) -> str:
    return (
        "<footer class='site-footer'><section class='newsletter'>"
        f"<p>{_FOOT[lang]}</p><form action='/newsletter' method='post'><input type='email' name='email'>"
        "<button type='submit'>OK</button></form></section>"
        "<ul class='footer-links'><li><a href='/help/shipping'>Shipping</a></li><li><a href='/help/returns'>"
        "Returns</a></li><li><a href='/stores'>Stores</a></li></ul><p>&copy; 2026</p></footer>"
    )


def page(title: str, main: str, lang: str = "en", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta name='viewport' content='width=device-width'>{head}</head><body>{header(lang)}"
        f"<nav class='breadcrumb'><a href='/'>Home</a> / <a href='/c/x'>Category</a></nav>"
        f"<main id='main'>{main}</main>{footer(lang)}</body></html>"
    )


def gallery(slug: str, name: str, n: int = 3) -> str:
    imgs = "".join(
        f"<li><img src='https://images.retail.example/is/image/{slug}_{i}?wid=1200' alt='{name}' "
        f"width='1200' height='1500'></li>"
        for i in range(1, n + 1)
    )
    return f"<div class='product-media'><ul class='media-gallery'>{imgs}</ul></div>"


def swatches(names: str, off: str = "", note: str = "") -> str:
    """Size/colour buttons; `off` names disabled (crossed out) ones, `note` follows them."""
    out = ""
    for n in names.split("|"):
        dis = (
            " disabled aria-disabled='true' class='swatch swatch--unavailable'"
            if n in off.split("|")
            else " class='swatch'"
        )
        out += f"<button type='button'{dis} aria-label='{n}'>{n}</button>"
    return f"<fieldset class='variant-picker'><legend>Size</legend>{out}{note}</fieldset>"


def cards(title: str, items: str) -> str:
    """A recommendations strip: `items` 'name~badge|name~badge' (badge may be empty)."""
    out = ""
    for i, it in enumerate(items.split("|")):
        name, _, badge = it.partition("~")
        b = f"<span class='badge'>{badge}</span>" if badge else ""
        out += (
            f"<li class='product-card'><a href='/p/rec-{i}'><img src='/img/rec-{i}.jpg' alt='{name}'></a>"
            f"<a href='/p/rec-{i}' class='card-title'>{name}</a>{b}<span class='price'>29.99</span>"
            f"<button class='quick-add'>Quick add</button></li>"
        )
    return f"<section class='recommendations'><h2>{title}</h2><ul class='carousel'>{out}</ul></section>"


def reviews(*texts: str) -> str:
    out = "".join(
        f"<li class='review'><div class='stars' aria-label='5 out of 5'>★★★★★</div><p>{t}</p></li>"
        for t in texts
    )
    return f"<section id='reviews'><h2>Reviews</h2><ul>{out}</ul></section>"


def ld(name: str, availability: str | list[str], price: str = "49.99", currency: str = "USD") -> str:
    """A JSON-LD Product; a list of availabilities gives one Offer each (variants)."""
    avs = availability if isinstance(availability, list) else [availability]
    offers = [{"@type": "Offer", "price": price, "priceCurrency": currency, "availability": a} for a in avs]
    data = {"@context": "https://schema.org", "@type": "Product", "name": name, "sku": "SKU-1",
            "offers": offers if len(offers) > 1 else offers[0]}  # fmt: skip
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    availability: str | None  # schema.org ItemAvailability name a shopper reads
    xfail: str = ""


CASES: list[Case] = []


def case(id: str, url: str, title: str, main: str, expected: str | None, lang: str = "en", head: str = "",
         xfail: str = "") -> None:  # fmt: skip
    CASES.append(Case(id, url, page(title, main, lang, head), expected, xfail))


# ---- Target -------------------------------------------------------------------------------------

TARGET_INFO = (
    "<div data-test='product-details'><h1 data-test='product-title'>Stanley 40oz Quencher H2.0 Tumbler</h1>"
    "<div data-test='product-price'><span>$45.00</span></div>"
    "<div class='ratings'>4.7 out of 5 stars with 3120 reviews</div>"
)
case(
    "target-pickup-not-available-ship-ok",
    "https://www.target.com/p/stanley-40oz-quencher/-/A-87654321",
    "Stanley 40oz Quencher H2.0 Tumbler : Target",
    gallery("target-stanley", "Stanley tumbler")
    + TARGET_INFO
    + swatches("Rose Quartz|Cream|Black Glow|Frost", off="Frost")
    + "<div data-test='fulfillment-cell-pickup'><h3>Pickup</h3><p>Not available at Oakland Broadway</p>"
    "<button type='button'>Check other stores</button></div>"
    "<div data-test='fulfillment-cell-delivery'><h3>Same Day Delivery</h3><p>Not available</p></div>"
    "<div data-test='fulfillment-cell-shipping'><h3>Shipping</h3><p>Arrives by Fri, Dec 5</p></div>"
    "<div data-test='qty'><label for='qty'>Qty</label><select id='qty'><option>1</option><option>2</option></select></div>"
    "<button type='button' data-test='shippingButton' class='styles_button'>Add to cart</button>"
    "</div>" + cards("Similar items", "Stanley 30oz~Sold out|Owala FreeSip~|Yeti Rambler~Out of stock"),
    "InStock",
)
case(
    "target-only-two-left-pickup",
    "https://www.target.com/p/lego-star-wars-x-wing/-/A-11223344",
    "LEGO Star Wars X-Wing 75355 : Target",
    gallery("target-lego", "LEGO X-Wing")
    + "<div data-test='product-details'><h1>LEGO Star Wars X-Wing 75355</h1><span data-test='product-price'>$239.99</span>"
    "<div data-test='fulfillment-cell-pickup'><h3>Pickup</h3><p>Only 2 left at Emeryville</p>"
    "<p>Ready within 2 hours</p><button>Pick it up</button></div>"
    "<div data-test='fulfillment-cell-shipping'><h3>Shipping</h3><p>Get it by Sat, Dec 6</p>"
    "<button>Ship it</button></div></div>" + reviews("Was sold out everywhere last month, finally got it!"),
    "InStock",
)
case(
    "target-sold-out-all-channels",
    "https://www.target.com/p/pokemon-tcg-elite-trainer-box/-/A-90909090",
    "Pokemon TCG Prismatic Evolutions Elite Trainer Box : Target",
    gallery("target-pokemon", "ETB")
    + "<div data-test='product-details'><h1>Pokemon TCG Prismatic Evolutions Elite Trainer Box</h1>"
    "<span data-test='product-price'>$49.99</span>"
    "<div data-test='fulfillment-cell-pickup'><h3>Pickup</h3><p>Not available at Oakland Broadway</p></div>"
    "<div data-test='fulfillment-cell-shipping'><h3>Shipping</h3><p>Out of stock</p></div>"
    "<div data-test='oos-message'><p>Sold out</p><p>This item isn't available at this time.</p></div>"
    "<button type='button' disabled data-test='soldOutButton'>Sold out</button></div>"
    + cards("More to consider", "Pokemon Booster Bundle~|Pokemon Tin~"),
    "OutOfStock",
)

# ---- Walmart ------------------------------------------------------------------------------------

case(
    "walmart-delivery-unavailable-zip",
    "https://www.walmart.com/ip/Ninja-Air-Fryer-AF101/123456789",
    "Ninja Air Fryer AF101 4 Qt - Walmart.com",
    gallery("walmart-ninja", "Ninja Air Fryer")
    + "<section data-testid='product-info'><h1 itemprop='name' id='main-title'>Ninja Air Fryer AF101 4 Qt</h1>"
    "<span itemprop='price' data-testid='price-wrap'>Now $69.00</span><span>Was $99.99</span>"
    "<div data-testid='fulfillment-options'><div class='pickup'><span>Pickup</span><span>Today</span></div>"
    "<div class='delivery'><span>Delivery</span><span>Not available</span><p>Delivery unavailable to 99501</p></div>"
    "<div class='shipping'><span>Shipping</span><span>Arrives Dec 8</span></div></div>"
    "<div class='qty'><button aria-label='Decrease quantity'>-</button><span>1</span>"
    "<button aria-label='Increase quantity'>+</button></div>"
    "<button data-automation-id='atc' class='w_hhLG'>Add to cart</button></section>"
    + reviews("It was sold out last month so I waited", "Out of stock at my store but shipping was fast"),
    "InStock",
)
case(
    "walmart-currently-unavailable",
    "https://www.walmart.com/ip/Sony-WH-1000XM5-Headphones/555444333",
    "Sony WH-1000XM5 Wireless Headphones - Walmart.com",
    gallery("walmart-sony", "Sony headphones")
    + "<section data-testid='product-info'><h1 id='main-title'>Sony WH-1000XM5 Wireless Headphones</h1>"
    "<span data-testid='price-wrap'>$328.00</span>"
    "<div class='out-of-stock'><span class='b f4'>Out of stock</span>"
    "<p>This item is currently unavailable. We aren't sure when or if this item will be back in stock.</p></div>"
    "<button class='w_hhLG'>Get in-stock alert</button></section>"
    + cards("Similar items you might like", "Bose QC45~Add|JBL Tune 760~"),
    "OutOfStock",
)

# ---- Best Buy -----------------------------------------------------------------------------------

case(
    "bestbuy-open-box-sold-out-new-in-stock",
    "https://www.bestbuy.com/site/apple-airpods-pro-2/6447382.p?skuId=6447382",
    "Apple AirPods Pro 2 White MTJV3AM/A - Best Buy",
    gallery("bby-airpods", "AirPods Pro 2")
    + "<div class='shop-product-title'><h1 class='heading-5'>Apple - AirPods Pro 2 (USB-C) - White</h1>"
    "<div class='sku-model'>Model: MTJV3AM/A SKU: 6447382</div></div>"
    "<div class='priceView-customer-price'><span aria-hidden='true'>$189.99</span></div>"
    "<div class='fulfillment-fulfillment-summary'><div>Pickup: <strong>Ready within 1 hour</strong> at Emeryville</div>"
    "<div>Shipping: <strong>Get it by Tue, Dec 9</strong></div></div>"
    "<div class='open-box-option'><h3>Buy Open-Box and save</h3><p>Excellent: Sold Out</p><p>Good: Sold Out</p></div>"
    "<div class='fulfillment-add-to-cart-button'><button class='btn btn-primary add-to-cart-button' "
    "data-button-state='ADD_TO_CART'>Add to Cart</button></div>",
    "InStock",
)
case(
    "bestbuy-sold-out-button",
    "https://www.bestbuy.com/site/nvidia-geforce-rtx-5090/6614151.p?skuId=6614151",
    "NVIDIA GeForce RTX 5090 32GB - Best Buy",
    gallery("bby-5090", "RTX 5090")
    + "<div class='shop-product-title'><h1>NVIDIA - GeForce RTX 5090 32GB GDDR7 Graphics Card</h1></div>"
    "<div class='priceView-customer-price'><span>$1,999.99</span></div>"
    "<div class='fulfillment-fulfillment-summary'><p>Check back later for availability.</p></div>"
    "<div class='fulfillment-add-to-cart-button'><button class='btn btn-disabled add-to-cart-button' "
    "disabled data-button-state='SOLD_OUT'>Sold Out</button></div>"
    + cards("Customers also viewed", "RTX 5080~Sold Out|RTX 5070 Ti~"),
    "OutOfStock",
)
case(
    "bestbuy-preorder",
    "https://www.bestbuy.com/site/nintendo-switch-2-console/6620000.p?skuId=6620000",
    "Nintendo Switch 2 Console - Best Buy",
    gallery("bby-switch2", "Switch 2")
    + "<div class='shop-product-title'><h1>Nintendo Switch 2 Console</h1></div>"
    "<div class='priceView-customer-price'><span>$449.99</span></div>"
    "<div class='fulfillment-fulfillment-summary'><p>Release date: <strong>Mar 20, 2027</strong></p>"
    "<p>Shipping: Get it on release day</p></div>"
    "<div class='fulfillment-add-to-cart-button'><button class='btn btn-primary add-to-cart-button' "
    "data-button-state='PRE_ORDER'>Pre-Order</button></div>",
    "PreOrder",
)

# ---- Home Depot ---------------------------------------------------------------------------------

case(
    "homedepot-delivery-unavailable-pickup-stock",
    "https://www.homedepot.com/p/DEWALT-20V-MAX-Drill-DCD771C2/204279858",
    "DEWALT 20V MAX Cordless Drill/Driver Kit DCD771C2 - The Home Depot",
    gallery("hd-dewalt", "DEWALT drill")
    + "<div class='product-details__title'><h1>20V MAX Cordless 1/2 in. Drill/Driver Kit</h1></div>"
    "<div class='price-format__main-price'><span>$</span><span>99</span><span>00</span></div>"
    "<div class='fulfillment__wrapper'><div class='fulfillment-tile'><h4>Pickup</h4>"
    "<p><strong>18 in stock</strong> at Emeryville</p><p>Free</p></div>"
    "<div class='fulfillment-tile fulfillment-tile--disabled'><h4>Delivery</h4><p>Unavailable</p>"
    "<p>Delivery unavailable to 94608</p></div></div>"
    "<div class='quantity'><input type='number' value='1' aria-label='Quantity'></div>"
    "<button class='bttn bttn--primary'>Add to Cart</button>"
    "<div class='faq'><h3>Questions &amp; Answers</h3><p>Q: Is this backordered? A: It was backordered in "
    "the spring but is available now.</p></div>",
    "InStock",
)
case(
    "homedepot-out-of-stock-online",
    "https://www.homedepot.com/p/Husky-Tool-Chest-H52CH6TR9/312345678",
    "Husky 52 in. Tool Chest - The Home Depot",
    gallery("hd-husky", "Husky chest")
    + "<div class='product-details__title'><h1>52 in. W x 24.5 in. D Mobile Workbench Tool Chest</h1></div>"
    "<div class='price-format__main-price'><span>$</span><span>498</span><span>00</span></div>"
    "<div class='fulfillment__wrapper'><div class='fulfillment-tile'><h4>Pickup</h4><p>Not available at Emeryville</p>"
    "<a href='#'>Check Nearby Stores</a></div><div class='fulfillment-tile'><h4>Delivery</h4>"
    "<p><strong>Out of Stock Online</strong></p></div></div>"
    "<div class='buybox__unavailable'><p>This item is out of stock online.</p></div>",
    "OutOfStock",
)

# ---- Macy's / Nordstrom -------------------------------------------------------------------------

case(
    "macys-notify-one-size",
    "https://www.macys.com/shop/product/levis-501-original-fit-jeans?ID=1234567",
    "Levi's Men's 501 Original Fit Jeans - Macy's",
    gallery("macys-501", "Levi's 501")
    + "<div class='product-header'><h1><a class='brand-name-link' href='/b/levis'>Levi's</a> "
    "<span>Men's 501 Original Fit Jeans</span></h1></div><div class='price-wrapper'><span>$69.50</span></div>"
    + swatches(
        "30x30|32x30|32x32|34x32|36x34",
        off="36x34",
        note="<p class='size-oos'>36x34: Out of stock <a href='#notify'>Notify me when available</a></p>",
    )  # fmt: skip
    + "<div class='bopsPanel'><p>Pick up in store: Not available for pickup</p>"
    "<a href='#'>Check availability in store</a></div><p class='shipping'>Ships in 3-5 business days</p>"
    "<button class='add-to-bag' type='button'>Add To Bag</button>"
    "<button class='wishlist'>Add to List</button>",
    "InStock",
)
case(
    "macys-no-longer-available",
    "https://www.macys.com/shop/product/charter-club-cashmere-crewneck?ID=7654321",
    "Charter Club Women's 100% Cashmere Crewneck Sweater - Macy's",
    gallery("macys-cashmere", "Cashmere sweater", 1)
    + "<div class='product-header'><h1>Charter Club Women's 100% Cashmere Crewneck Sweater</h1></div>"
    "<div class='price-wrapper'><span>$139.00</span></div>"
    "<div class='unavailable-product'><p>This item is no longer available.</p>"
    "<a href='/shop/womens-clothing/sweaters'>Shop similar items</a></div>"
    + cards("You may also like", "Cashmere Cardigan~|Cashmere Turtleneck~Low stock"),
    "OutOfStock",
)
case(
    "nordstrom-few-left-recs-sold-out",
    "https://www.nordstrom.com/s/ugg-classic-mini-ii-boot/5000001",
    "UGG Classic Mini II Boot (Women) | Nordstrom",
    gallery("nord-ugg", "UGG Classic Mini")
    + "<section id='product-page-selling-statement'><h1>UGG® Classic Mini II Boot (Women)</h1>"
    "<span class='price'>$150.00</span>"
    + swatches("5|6|7|8|9|10|11", off="5|11", note="<p>Only a few left in size 6</p>")
    + "<div class='fulfillment'><p>Free shipping: Arrives by Thu, Dec 11</p>"
    "<p>Pick up: Not available at Nordstrom Walnut Creek</p></div>"
    "<button type='button' class='add-to-bag'>Add to Bag</button></section>"
    + cards("People also viewed", "UGG Tasman~Sold out|UGG Ultra Mini~Sold out|Tasman Slipper~"),
    "InStock",
)
case(
    "nordstrom-sold-out-notify-only",
    "https://www.nordstrom.com/s/the-row-margaux-bag/6000002",
    "The Row Margaux 15 Leather Bag | Nordstrom",
    gallery("nord-row", "Margaux bag")
    + "<section><h1>The Row Margaux 15 Leather Bag</h1><span class='price'>$4,890.00</span>"
    "<div class='sold-out'><p>Sold out</p><p>This item is sold out. Get notified when it's available.</p></div>"
    "<button type='button' class='notify-me'>Notify me</button></section>",
    "OutOfStock",
)
case(
    "nordstrom-backordered",
    "https://www.nordstrom.com/s/barefoot-dreams-cozychic-throw/7000003",
    "Barefoot Dreams CozyChic Throw | Nordstrom",
    gallery("nord-throw", "CozyChic throw")
    + "<section><h1>Barefoot Dreams CozyChic™ Throw</h1><span class='price'>$147.00</span>"
    + swatches("Carbon|Cream|Graphite")
    + "<p class='backorder-message'>Backordered: ships by Jan 15, 2027</p>"
    "<button type='button' class='add-to-bag'>Add to Bag</button></section>",
    "BackOrder",
)

# ---- Sephora ------------------------------------------------------------------------------------

case(
    "sephora-one-shade-oos-pickup-unavailable",
    "https://www.sephora.com/product/rare-beauty-soft-pinch-liquid-blush-P97989778",
    "Soft Pinch Liquid Blush - Rare Beauty | Sephora",
    gallery("seph-blush", "Soft Pinch Liquid Blush")
    + "<div data-comp='ProductInfo'><h1><a href='/brand/rare-beauty'>Rare Beauty by Selena Gomez</a>"
    "<span>Soft Pinch Liquid Blush</span></h1><b class='price'>$25.00</b>"
    "<div class='swatch-group'><button aria-label='Joy'>Joy</button><button aria-label='Hope' "
    "class='swatch is-oos'>Hope - Out of stock</button><button aria-label='Grace'>Grace</button></div>"
    "<div class='delivery-options'><label><input type='radio' name='d' disabled>Buy Online and Pick Up "
    "<span>Not available at Sephora Emeryville</span></label><label><input type='radio' name='d' checked>"
    "Get It Shipped</label><label><input type='radio' name='d'>Same-Day Delivery <span>Not available</span>"
    "</label></div><button class='css-basket'>Add to Basket</button>"
    "<p>Limited edition shades may sell out.</p></div>",
    "InStock",
)
case(
    "sephora-out-of-stock-notify",
    "https://www.sephora.com/product/dior-lip-glow-oil-P476344",
    "Dior Lip Glow Oil | Sephora",
    gallery("seph-dior", "Dior Lip Glow Oil")
    + "<div data-comp='ProductInfo'><h1><span>DIOR</span><span>Lip Glow Oil</span></h1><b>$40.00</b>"
    "<div class='delivery-options'><p>Get It Shipped: Out of stock</p><p>Buy Online and Pick Up: Not available</p></div>"
    "<button class='css-basket' disabled>Out of Stock</button>"
    "<button class='css-notify'>Notify me when available</button></div>",
    "OutOfStock",
)

# ---- Zalando / Otto (de) ------------------------------------------------------------------------

case(
    "zalando-de-one-size-left-notify",
    "https://www.zalando.de/nike-sportswear-air-force-1-sneaker-low-white-ni112o0ab-a11.html",
    "Nike Sportswear AIR FORCE 1 '07 - Sneaker low - white - Zalando.de",
    gallery("zal-af1", "Air Force 1")
    + "<x-wrapper-re-1-5><h1><span>Nike Sportswear</span><span>AIR FORCE 1 '07 - Sneaker low - white</span></h1>"
    "<p><span>119,99 €</span> <span>inkl. MwSt.</span></p>"
    + swatches(
        "40|41|42|43|44|45",
        off="40|45",
        note="<p>42: Nur noch 1 verfügbar</p><p>45: Benachrichtige mich, wenn verfügbar</p>",
    )  # fmt: skip
    + "<button type='button'>In den Warenkorb</button><button type='button' aria-label='Merken'>♡</button>"
    "<ul class='delivery'><li>Kostenloser Standardversand</li><li>Lieferung: 2-4 Werktage</li>"
    "<li>30 Tage kostenlose Rücksendung</li></ul></x-wrapper-re-1-5>"
    + cards("Das könnte dir auch gefallen", "Nike Dunk Low~Ausverkauft|adidas Samba~"),
    "InStock",
    lang="de",
)
case(
    "zalando-de-ausverkauft",
    "https://www.zalando.de/adidas-originals-samba-og-sneaker-ad112o0xx-a11.html",
    "adidas Originals SAMBA OG - Sneaker low - Zalando.de",
    gallery("zal-samba", "Samba OG")
    + "<x-wrapper-re-1-5><h1><span>adidas Originals</span><span>SAMBA OG - Sneaker low</span></h1>"
    "<p><span>120,00 €</span></p><div class='oos'><h2>Ausverkauft</h2>"
    "<p>Dieser Artikel ist leider ausverkauft.</p></div>"
    "<button type='button'>Benachrichtige mich</button></x-wrapper-re-1-5>"
    + cards("Ähnliche Artikel", "Gazelle~|Handball Spezial~"),
    "OutOfStock",
    lang="de",
)
case(
    "otto-lieferbar-faq-vorbestellung",
    "https://www.otto.de/p/bosch-waschmaschine-serie-6-wgg244a40-1234567/",
    "BOSCH Waschmaschine Serie 6 WGG244A40, 9 kg | OTTO",
    gallery("otto-bosch", "Waschmaschine")
    + "<div class='pdp_short-info'><h1>BOSCH Waschmaschine Serie 6 WGG244A40, 9 kg, 1400 U/min</h1>"
    "<div class='pdp_price'><span>599,00 €</span><span>inkl. MwSt. zzgl. Service</span></div>"
    "<div class='pdp_availability'><span class='p_availability--green'>lieferbar - in 2-3 Werktagen bei dir</span></div>"
    "<div class='qty'><select><option>1</option><option>2</option></select></div>"
    "<button class='p_btn100--1st'>In den Warenkorb</button></div>"
    "<section class='faq'><h2>Häufige Fragen</h2><p>Kann ich Artikel vorbestellen? Vorbestellte Artikel "
    "werden zum Erscheinungstermin geliefert.</p><p>Was passiert, wenn ein Artikel nicht lieferbar ist?</p></section>",
    "InStock",
    lang="de",
)
case(
    "otto-ausverkauft-colour",
    "https://www.otto.de/p/tom-tailor-strickpullover-2345678/",
    "TOM TAILOR Strickpullover | OTTO",
    gallery("otto-tt", "Strickpullover")
    + "<div class='pdp_short-info'><h1>TOM TAILOR Strickpullover</h1><div class='pdp_price'><span>39,99 €</span></div>"
    "<div class='colors'><a href='?c=blau'>Blau</a><a href='?c=rot' class='is-soldout'>Rot (ausverkauft)</a></div>"
    + swatches("S|M|L|XL", off="XL")
    + "<div class='pdp_availability'><span class='p_availability--green'>sofort lieferbar</span></div>"
    "<button class='p_btn100--1st'>In den Warenkorb</button></div>",
    "InStock",
    lang="de",
)
case(
    "otto-nicht-lieferbar",
    "https://www.otto.de/p/dyson-v15-detect-3456789/",
    "Dyson V15 Detect Absolute | OTTO",
    gallery("otto-dyson", "Dyson V15")
    + "<div class='pdp_short-info'><h1>Dyson V15 Detect Absolute</h1><div class='pdp_price'><span>699,00 €</span></div>"
    "<div class='pdp_availability'><span class='p_availability--red'>Dieser Artikel ist leider ausverkauft "
    "und nicht mehr lieferbar.</span></div></div>" + cards("Alternativen", "Dyson V12~|Dyson V11~"),
    "OutOfStock",
    lang="de",
)

# ---- Fnac (fr) ----------------------------------------------------------------------------------

case(
    "fnac-en-stock-retrait-indispo",
    "https://www.fnac.com/a17654321/Apple-iPad-10-9",
    "Apple iPad 10,9'' 64 Go Wi-Fi Bleu - Fnac",
    gallery("fnac-ipad", "iPad")
    + "<div class='f-productHeader'><h1 class='f-productHeader-Title'>Apple iPad 10,9'' 64 Go Wi-Fi Bleu</h1></div>"
    "<div class='f-faPriceBox'><span class='f-faPriceBox__price'>379,00 €</span></div>"
    "<div class='f-buyBox-availability'><span class='f-buyBox-availabilityStatus-available'>En stock</span></div>"
    "<div class='f-buyBox-shipping'><p>Livraison gratuite en 1 jour</p><p>Retrait en magasin : indisponible "
    "à Fnac Montparnasse</p></div><button class='f-buyBox-cta'>Ajouter au panier</button>"
    + reviews("Il était en rupture de stock le mois dernier, bien reçu."),
    "InStock",
    lang="fr",
)
case(
    "fnac-precommande",
    "https://www.fnac.com/a19876543/Asterix-Tome-41",
    "Astérix Tome 41 - Astérix en Lusitanie - Fnac",
    gallery("fnac-asterix", "Astérix")
    + "<div class='f-productHeader'><h1>Astérix Tome 41 - Astérix en Lusitanie</h1></div>"
    "<div class='f-faPriceBox'><span>10,99 €</span></div>"
    "<div class='f-buyBox-availability'><span>Précommande : parution le 22 octobre 2027</span></div>"
    "<button class='f-buyBox-cta'>Précommander</button>",
    "PreOrder",
    lang="fr",
)
case(
    "fnac-rupture-alerte",
    "https://www.fnac.com/a15554443/Sony-PlayStation-Portal",
    "Sony PlayStation Portal - Fnac",
    gallery("fnac-portal", "PlayStation Portal")
    + "<div class='f-productHeader'><h1>Sony PlayStation Portal</h1></div>"
    "<div class='f-faPriceBox'><span>219,99 €</span></div>"
    "<div class='f-buyBox-availability'><span class='f-buyBox-availabilityStatus-unavailable'>Rupture de stock</span></div>"
    "<button class='f-buyBox-alert'>M'alerter de la disponibilité</button>",
    "OutOfStock",
    lang="fr",
)

# ---- Rakuten (ja) -------------------------------------------------------------------------------

case(
    "rakuten-jp-zaiko-ari-recs-urikire",
    "https://item.rakuten.co.jp/shop-a/4901234567890/",
    "【楽天市場】無印良品 超音波アロマディフューザー",
    gallery("rak-muji", "アロマディフューザー")
    + "<div class='item-name'><h1>無印良品 超音波アロマディフューザー</h1></div>"
    "<div class='price2'>6,990円 <span>(税込)</span> 送料無料</div>"
    "<div class='inventory'>在庫あり</div><div class='delivery'>あす楽 翌日お届け</div>"
    "<div class='qty'>個数 <input type='number' value='1'></div>"
    "<button class='cart-button'>買い物かごに入れる</button>"
    + cards("この商品を見た人はこんな商品も見ています", "アロマオイル~売り切れ|加湿器~"),
    "InStock",
    lang="ja",
)
case(
    "rakuten-jp-urikire",
    "https://item.rakuten.co.jp/shop-b/sw2-console/",
    "【楽天市場】Nintendo Switch 2 本体",
    gallery("rak-switch", "Switch 2")
    + "<div class='item-name'><h1>Nintendo Switch 2 本体</h1></div><div class='price2'>49,980円</div>"
    "<div class='soldout-msg'>売り切れました</div><p>申し訳ございません。ただいま在庫がございません。</p>"
    "<button class='restock'>再入荷お知らせ</button>",
    "OutOfStock",
    lang="ja",
)
case(
    "rakuten-jp-yoyaku",
    "https://item.rakuten.co.jp/shop-c/figure-2027/",
    "【楽天市場】【予約】フィギュア 2027年3月発売",
    gallery("rak-fig", "フィギュア")
    + "<div class='item-name'><h1>【予約】スケールフィギュア 1/7</h1></div><div class='price2'>22,000円</div>"
    "<div class='inventory'>予約受付中 発売日：2027年3月下旬</div>"
    "<button class='cart-button'>予約する</button>",
    "PreOrder",
    lang="ja",
)

# ---- Shopify / BigCommerce / Magento / SFCC / VTEX themes ---------------------------------------

case(
    "dawn-back-in-stock-banner",
    "https://www.goodthreads.example/products/heavyweight-hoodie",
    "Heavyweight Hoodie – Goodthreads",
    gallery("gt-hoodie", "Heavyweight Hoodie")
    + "<div class='product__info-container'><p class='product__text'>BACK IN STOCK!</p>"
    "<h1 class='product__title'>Heavyweight Hoodie</h1><div class='price'><span class='price-item'>$78.00 USD</span></div>"
    + swatches("XS|S|M|L|XL", off="XS")
    + "<div class='product-form__quantity'><quantity-input><button name='minus'>-</button>"
    "<input name='quantity' value='1'><button name='plus'>+</button></quantity-input></div>"
    "<form action='/cart/add' method='post'><button type='submit' name='add' class='product-form__submit'>"
    "Add to cart</button></form><pickup-availability><p>Pickup currently unavailable at Brooklyn</p>"
    "</pickup-availability></div>" + cards("You may also like", "Crewneck~Sold out|Sweatpants~Sold out|Tee~"),
    "InStock",
)
case(
    "dawn-preorder-app",
    "https://www.lumen.example/products/desk-lamp-v2",
    "Desk Lamp V2 – Lumen",
    gallery("lumen-lamp", "Desk Lamp V2")
    + "<div class='product__info-container'><h1 class='product__title'>Desk Lamp V2</h1>"
    "<div class='price'><span class='price-item'>$189.00 USD</span></div>"
    "<p class='preorder-note'>Pre-order now. Ships in March 2027.</p>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Pre-order</button></form></div>",
    "PreOrder",
)
case(
    "dawn-faq-preorder-backorder-in-stock",
    "https://www.brewgear.example/products/pour-over-kettle",
    "Pour-Over Kettle – Brewgear",
    gallery("bg-kettle", "Pour-Over Kettle")
    + "<div class='product__info-container'><h1 class='product__title'>Pour-Over Kettle</h1>"
    "<div class='price'><span class='price-item'>$64.00 USD</span></div>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button></form>"
    "<div class='accordion'><h3>FAQ</h3><p><strong>Do you take pre-orders?</strong> Pre-order items ship on "
    "release day. Backordered items ship as soon as they are back in stock.</p>"
    "<p><strong>What if an item is sold out?</strong> Sign up for restock alerts on the product page.</p></div></div>"
    + reviews("Was sold out last month, glad I waited.", "Love it"),
    "InStock",
)
case(
    "dawn-notify-form-only",
    "https://www.studio.example/products/ceramic-vase-large",
    "Ceramic Vase Large – Studio",
    gallery("studio-vase", "Ceramic Vase Large")
    + "<div class='product__info-container'><h1 class='product__title'>Ceramic Vase Large</h1>"
    "<div class='price'><span class='price-item'>$120.00 USD</span></div>"
    "<div class='klaviyo-bis'><p>Email me when available</p><form><input type='email' name='email'>"
    "<button type='submit'>Notify me when available</button></form></div></div>",
    "OutOfStock",
)
case(
    "bigcommerce-backorder",
    "https://www.toolbarn.example/festool-domino-df-500/",
    "Festool Domino DF 500 Joiner - Toolbarn",
    gallery("tb-domino", "Domino DF 500")
    + "<section class='productView-details'><h1 class='productView-title'>Festool Domino DF 500 Joiner</h1>"
    "<div class='productView-price'><span class='price price--withoutTax'>$1,099.00</span></div>"
    "<dl class='productView-info'><dt>Availability:</dt><dd>Backordered - ships in 4-6 weeks</dd>"
    "<dt>Shipping:</dt><dd>Free Shipping</dd></dl>"
    "<form class='form' action='/cart.php' method='post'><div class='form-increment'>"
    "<input class='form-input--incrementTotal' name='qty[]' value='1'></div>"
    "<input id='form-action-addToCart' type='submit' class='button button--primary' value='Add to Cart'></form></section>",
    "BackOrder",
)
case(
    "bigcommerce-current-stock-ships-in",
    "https://www.outdoorsy.example/trail-runner-2/",
    "Trail Runner 2 - Outdoorsy",
    gallery("od-trail", "Trail Runner 2")
    + "<section class='productView-details'><h1 class='productView-title'>Trail Runner 2</h1>"
    "<div class='productView-price'><span class='price'>$129.95</span></div>"
    "<dl class='productView-info'><dt>Current Stock:</dt><dd data-product-stock>14</dd>"
    "<dt>Shipping:</dt><dd>Ships in 3-5 business days</dd></dl>"
    + swatches("8|9|10|11|12", off="12")
    + "<form class='form' action='/cart.php' method='post'><input id='form-action-addToCart' type='submit' "
    "value='Add to Cart'></form></section>"
    + cards("Related Products", "Trail Runner 1~Out of stock|Trail Sock~"),
    "InStock",
)
case(
    "magento-in-stock-related-oos",
    "https://www.gearhub.example/hiking-pole-carbon.html",
    "Carbon Hiking Poles | GearHub",
    gallery("gh-poles", "Carbon Hiking Poles")
    + "<div class='product-info-main'><h1 class='page-title'><span class='base'>Carbon Hiking Poles</span></h1>"
    "<div class='price-box'><span class='price'>$89.00</span></div>"
    "<div class='product-info-stock-sku'><div class='stock available'><span>In stock</span></div>"
    "<div class='product attribute sku'>SKU: CHP-1</div></div>"
    "<div class='box-tocart'><input type='number' name='qty' value='1'>"
    "<button type='submit' class='action primary tocart'>Add to Cart</button></div></div>"
    "<div class='block related'><strong>Related Products</strong><ol><li><a href='/pole-tips.html'>Pole Tips</a>"
    "<div class='stock unavailable'><span>Out of stock</span></div></li></ol></div>",
    "InStock",
)
case(
    "sfcc-store-finder-select-size",
    "https://www.runners.example/en-us/pegasus-41/FD2722-001.html",
    "Pegasus 41 Road Running Shoes | Runners",
    gallery("rn-peg", "Pegasus 41") + "<div class='product-detail'><h1 class='product-name'>Pegasus 41</h1>"
    "<div class='prices'><span class='sales'><span class='value'>$140.00</span></span></div>"
    + swatches("8|8.5|9|9.5|10|10.5|11", off="8|11")
    + "<div class='store-availability'><a href='#'>Check availability in store</a>"
    "<p>Select a size to see in-store availability</p></div>"
    "<p class='ship-estimate'>Free delivery: Ships in 3-5 days</p>"
    "<button class='add-to-cart btn btn-primary'>Add to Bag</button>"
    "<button class='wishlist'>Favorite</button></div>",
    "InStock",
)
case(
    "sfcc-not-available-for-pickup",
    "https://www.outfitter.example/us/fleece-jacket/NF0A5GLK.html",
    "Men's Fleece Jacket | Outfitter",
    gallery("of-fleece", "Fleece Jacket")
    + "<div class='product-detail'><h1 class='product-name'>Men's Denali Fleece Jacket</h1>"
    "<div class='prices'><span class='value'>$180.00</span></div>"
    + swatches("S|M|L|XL|XXL")
    + "<div class='shipping-methods'><label><input type='radio' name='ship' checked> Ship to address</label>"
    "<label><input type='radio' name='ship' disabled> Pick up in store <em>Not available for pickup</em></label></div>"
    "<button class='add-to-cart btn btn-primary'>Add to Cart</button></div>",
    "InStock",
)
case(
    "vtex-br-esgotado-avise-me",
    "https://www.calcados.example/tenis-corrida-xyz/p",
    "Tênis de Corrida XYZ | Calçados",
    gallery("vt-tenis", "Tênis XYZ")
    + "<div class='vtex-store-components-3-x-productNameContainer'><h1>Tênis de Corrida XYZ</h1></div>"
    "<div class='vtex-product-price'><span>R$ 399,90</span></div>"
    "<div class='vtex-availability-notify'><p>Produto esgotado</p><p>Avise-me quando chegar</p>"
    "<input type='email'><button>Avise-me</button></div>",
    "OutOfStock",
    lang="pt",
)
case(
    "vtex-br-comprar-frete-recs-esgotado",
    "https://www.calcados.example/sandalia-abc/p",
    "Sandália ABC | Calçados",
    gallery("vt-sand", "Sandália ABC")
    + "<div class='vtex-store-components-3-x-productNameContainer'><h1>Sandália ABC</h1></div>"
    "<div class='vtex-product-price'><span>R$ 159,90</span><span>em até 5x sem juros</span></div>"
    + swatches("34|35|36|37|38|39", off="34")
    + "<div class='shipping-simulator'><p>Calcule o frete</p><input placeholder='CEP'><button>OK</button></div>"
    "<button class='vtex-add-to-cart-button'>Comprar</button>"
    + cards("Quem viu, viu também", "Sandália DEF~Esgotado|Rasteira~"),
    "InStock",
    lang="pt",
)

# ---- other EU / Asian shops ---------------------------------------------------------------------

case(
    "es-agotado-talla-in-stock",
    "https://www.moda.example/es/es/camisa-lino/p/0012345",
    "Camisa de lino | Moda",
    gallery("es-camisa", "Camisa de lino")
    + "<div class='product-detail-info'><h1>Camisa de lino</h1><span class='price'>35,95 €</span>"
    + swatches("XS|S|M|L|XL", off="XL", note="<p>XL: Agotado · Avísame</p>")
    + "<button class='add-to-cart'>Añadir a la cesta</button><p>Envío gratis en 2-3 días laborables</p></div>",
    "InStock",
    lang="es",
)
case(
    "es-agotado-producto",
    "https://www.moda.example/es/es/abrigo-lana/p/0099999",
    "Abrigo de lana | Moda",
    gallery("es-abrigo", "Abrigo")
    + "<div class='product-detail-info'><h1>Abrigo de lana</h1><span class='price'>129,00 €</span>"
    "<p class='product-status'>Agotado</p><p>Este artículo no está disponible actualmente.</p>"
    "<button class='notify'>Avísame cuando esté disponible</button></div>",
    "OutOfStock",
    lang="es",
)
case(
    "it-disponibile-negozio-no",
    "https://www.elettro.example/it/p/macchina-caffe-123",
    "Macchina da caffè espresso | Elettro",
    gallery("it-caffe", "Macchina da caffè")
    + "<div class='pdp-info'><h1>Macchina da caffè espresso</h1><span class='price'>249,00 €</span>"
    "<p class='availability'>Disponibile</p><p>Ritiro in negozio: non disponibile</p>"
    "<p>Consegna in 24/48 ore</p><button>Aggiungi al carrello</button></div>",
    "InStock",
    lang="it",
)
case(
    "nl-op-voorraad-other-seller-niet-leverbaar",
    "https://www.winkel.example/nl/p/koptelefoon-abc/9300000123/",
    "Koptelefoon ABC | Winkel",
    gallery("nl-kop", "Koptelefoon")
    + "<div class='pdp-header'><h1>Koptelefoon ABC draadloos</h1></div><span class='promo-price'>89,99</span>"
    "<div class='buy-block'><p class='buy-block__highlight'>Op voorraad</p><p>Voor 23:59 besteld, morgen in huis</p>"
    "<button>In winkelwagen</button></div><div class='other-sellers'><h3>Andere verkopers</h3>"
    "<p>Tweedehands: Niet leverbaar</p></div>",
    "InStock",
    lang="nl",
)
case(
    "ko-jaeipgo-recs-pumjeol",
    "https://www.shop-kr.example/vp/products/123456",
    "무선 이어폰 X1 | 쇼핑",
    gallery("ko-ear", "무선 이어폰")
    + "<div class='prod-buy'><h1 class='prod-buy-header__title'>무선 이어폰 X1</h1>"
    "<span class='total-price'>89,000원</span><p>내일(목) 도착 보장</p>"
    "<button class='prod-cart-btn'>장바구니 담기</button><button class='prod-buy-btn'>바로구매</button></div>"
    + cards("함께 보면 좋은 상품", "충전 케이스~품절|이어팁~"),
    "InStock",
    lang="ko",
)
case(
    "ko-ilsi-pumjeol",
    "https://www.shop-kr.example/vp/products/654321",
    "게이밍 모니터 27 | 쇼핑",
    gallery("ko-mon", "게이밍 모니터")
    + "<div class='prod-buy'><h1 class='prod-buy-header__title'>게이밍 모니터 27인치</h1>"
    "<span class='total-price'>329,000원</span><div class='oos-label'>일시품절</div>"
    "<p>현재 구매할 수 없는 상품입니다.</p><button class='prod-restock-btn'>재입고 알림 신청</button></div>",
    "OutOfStock",
    lang="ko",
)

# ---- JSON-LD beside the visible page ------------------------------------------------------------

case(
    "ld-instock-page-agrees",
    "https://www.homegoods.example/products/linen-duvet",
    "Linen Duvet Cover – Homegoods",
    gallery("hg-duvet", "Linen Duvet")
    + "<div class='product'><h1>Linen Duvet Cover</h1><span class='price'>$249.00</span>"
    + swatches("Twin|Queen|King", off="Twin")
    + "<button class='add'>Add to cart</button></div>"
    + cards("Complete the look", "Linen Sheet Set~Sold out|Pillowcases~"),
    "InStock",
    head=ld("Linen Duvet Cover", "https://schema.org/InStock", "249.00"),
)
case(
    "ld-outofstock-button-left-live",
    "https://www.homegoods.example/products/wool-throw",
    "Wool Throw – Homegoods",
    gallery("hg-throw", "Wool Throw")
    + "<div class='product'><h1>Wool Throw</h1><span class='price'>$129.00</span>"
    "<button class='add'>Add to cart</button></div>",
    "OutOfStock",
    head=ld("Wool Throw", "http://schema.org/OutOfStock", "129.00"),
)
case(
    "ld-limited-only-two-left",
    "https://www.homegoods.example/products/stoneware-mug",
    "Stoneware Mug – Homegoods",
    gallery("hg-mug", "Stoneware Mug")
    + "<div class='product'><h1>Stoneware Mug</h1><span class='price'>$18.00</span>"
    "<p class='low-stock'>Only 2 left</p><button class='add'>Add to cart</button></div>",
    "InStock",
    head=ld("Stoneware Mug", "https://schema.org/LimitedAvailability", "18.00"),
)
case(
    "ld-preorder-add-to-cart",
    "https://www.games.example/products/strategy-game-deluxe",
    "Strategy Game Deluxe – Games",
    gallery("gm-deluxe", "Strategy Game Deluxe")
    + "<div class='product'><h1>Strategy Game Deluxe</h1><span class='price'>$69.99</span>"
    "<p>Release date: Feb 2027</p><button class='add'>Add to cart</button></div>",
    "PreOrder",
    head=ld("Strategy Game Deluxe", "https://schema.org/PreOrder", "69.99"),
)
case(
    "ld-instock-review-sold-out-notify-size",
    "https://www.shoes.example/products/court-sneaker",
    "Court Sneaker – Shoes",
    gallery("sh-court", "Court Sneaker")
    + "<div class='product'><h1>Court Sneaker</h1><span class='price'>$95.00</span>"
    + swatches("7|8|9|10", off="10", note="<p>Size 10 sold out — <a href='#'>Notify me</a></p>")
    + "<button class='add'>Add to cart</button></div>"
    + reviews("These were sold out for months!", "Currently unavailable in my size at the store"),
    "InStock",
    head=ld("Court Sneaker", "https://schema.org/InStock", "95.00"),
)
case(
    "ld-backorder-page-in-stock-word",
    "https://www.parts.example/products/brake-kit-200",
    "Brake Kit 200 – Parts",
    gallery("pt-brake", "Brake Kit 200")
    + "<div class='product'><h1>Brake Kit 200</h1><span class='price'>$310.00</span>"
    "<p>Available to order — ships when back in stock (est. 3 weeks)</p><button class='add'>Add to cart</button></div>",
    "BackOrder",
    head=ld("Brake Kit 200", "https://schema.org/BackOrder", "310.00"),
)
case(
    "ld-instock-plain-value",
    "https://www.books.example/products/field-guide",
    "Field Guide to Birds – Books",
    gallery("bk-guide", "Field Guide")
    + "<div class='product'><h1>Field Guide to Birds</h1><span class='price'>$24.00</span>"
    "<p>Pre-order the 2027 edition <a href='/products/field-guide-2027'>here</a></p>"
    "<button class='add'>Add to cart</button></div>",
    "InStock",
    head=ld("Field Guide to Birds", "InStock", "24.00"),
)
case(
    "ld-variants-mixed-page-add",
    "https://www.apparel.example/products/rib-tank",
    "Rib Tank – Apparel",
    gallery("ap-tank", "Rib Tank")
    + "<div class='product'><h1>Rib Tank</h1><span class='price'>$28.00</span>"
    + swatches("XS|S|M|L", off="XS")
    + "<button class='add'>Add to cart</button></div>",
    "InStock",
    head=ld(
        "Rib Tank",
        ["https://schema.org/OutOfStock", "https://schema.org/InStock", "https://schema.org/InStock"],
        "28.00",
    ),
)


# ---- round 2 (written after reading the heuristics): store lists, upsell strips, structured data
# beside a control disabled until a size is chosen, fulfilment notes beside JSON-LD -----------------

ATC_CARDS = (
    "<section class='complementary-products'><h2>Pairs well with</h2><ul>"
    + "".join(
        f"<li class='product-card'><a href='/products/acc-{i}'><img src='/img/acc-{i}.jpg' alt='{n}'></a>"
        f"<a href='/products/acc-{i}'>{n}</a><span class='price'>$19.00</span>"
        f"<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button></form></li>"
        for i, n in enumerate(("Filter Papers", "Scale", "Grinder"))
    )
    + "</ul></section>"
)
case(
    "r2-dawn-sold-out-upsell-add-buttons",
    "https://www.brewgear.example/products/gooseneck-kettle-pro",
    "Gooseneck Kettle Pro – Brewgear",
    gallery("bg-pro", "Gooseneck Kettle Pro")
    + "<div class='product__info-container'><h1 class='product__title'>Gooseneck Kettle Pro</h1>"
    "<div class='price price--sold-out'><span class='price-item'>$149.00 USD</span>"
    "<span class='badge price__badge-sold-out'>Sold out</span></div>"
    "<form action='/cart/add' method='post'><button type='submit' name='add' class='product-form__submit' disabled>"
    "Sold out</button></form></div>" + ATC_CARDS,
    "OutOfStock",
)
case(
    "r2-store-stock-list-in-stock-online",
    "https://www.outfitter.example/us/rain-shell/NF0A7QEY.html",
    "Rain Shell Jacket | Outfitter",
    gallery("of-shell", "Rain Shell")
    + "<div class='product-detail'><h1 class='product-name'>Rain Shell Jacket</h1>"
    "<div class='prices'><span class='value'>$129.00</span></div>"
    + swatches("S|M|L|XL")
    + "<button class='add-to-cart btn btn-primary'>Add to Cart</button>"
    "<div class='store-availability'><h3>Store availability</h3><ul>"
    "<li>Emeryville: Out of stock</li><li>Oakland: In stock</li><li>Berkeley: Out of stock</li></ul></div></div>",
    "InStock",
)
case(
    "r2-ld-instock-button-disabled-until-size",
    "https://www.sneakers.example/en-us/p/runner-flex-2",
    "Runner Flex 2 | Sneakers",
    gallery("sn-flex", "Runner Flex 2")
    + "<div class='pdp'><h1>Runner Flex 2</h1><span class='price'>$110.00</span>"
    + swatches("8|9|10|11|12", off="12")
    + "<button class='btn-primary' type='submit' disabled>Add to Bag</button></div>",
    "InStock",
    head=ld("Runner Flex 2", "https://schema.org/InStock", "110.00"),
)
case(
    "r2-ld-instock-pickup-note-named-availability",
    "https://www.homegoods.example/products/cast-iron-skillet",
    "Cast Iron Skillet – Homegoods",
    gallery("hg-skillet", "Cast Iron Skillet")
    + "<div class='product'><h1>Cast Iron Skillet</h1><span class='price'>$39.00</span>"
    "<div class='product-availability'><p>Pickup: Not available at Union Square</p>"
    "<p>Ship to home: Arrives Dec 9</p></div>"
    "<div class='add' role='button' tabindex='0'>Add to cart</div></div>",
    "InStock",
    head=ld("Cast Iron Skillet", "https://schema.org/InStock", "39.00"),
)
case(
    "r2-de-derzeit-nicht-verfuegbar-merken",
    "https://www.moebel.example/p/sessel-lounge-123",
    "Lounge-Sessel Samt | Möbel",
    gallery("mb-sessel", "Lounge-Sessel")
    + "<div class='pdp-buybox'><h1>Lounge-Sessel Samt</h1><span class='price'>449,00 €</span>"
    "<p class='pdp-delivery'>Derzeit nicht verfügbar</p>"
    "<button type='button' class='wishlist'>Merken</button></div>"
    + cards("Ähnliche Produkte", "Sessel Cord~|Hocker~"),
    "OutOfStock",
    lang="de",
)
case(
    "r2-in-stock-gift-wrap-unavailable",
    "https://www.books.example/products/atlas-of-rivers",
    "Atlas of Rivers – Books",
    gallery("bk-atlas", "Atlas of Rivers")
    + "<div class='product'><h1>Atlas of Rivers</h1><span class='price'>$45.00</span>"
    "<label><input type='checkbox' disabled> Gift wrapping (currently unavailable)</label>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button></form></div>",
    "InStock",
)
case(
    "r2-notify-one-colour-select",
    "https://www.apparel.example/products/merino-beanie",
    "Merino Beanie – Apparel",
    gallery("ap-beanie", "Merino Beanie")
    + "<div class='product'><h1>Merino Beanie</h1><span class='price'>$32.00</span>"
    "<select name='id'><option>Charcoal</option><option>Rust - Sold out</option><option>Navy</option></select>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button></form>"
    "<p class='bis-link'><a href='#'>Rust sold out? Notify me when it's back</a></p></div>",
    "InStock",
)
case(
    "r2-walmart-oos-pickup-delivery-both-off",
    "https://www.walmart.com/ip/KitchenAid-Stand-Mixer/222333444",
    "KitchenAid Artisan Stand Mixer - Walmart.com",
    gallery("wm-mixer", "Stand Mixer")
    + "<section data-testid='product-info'><h1 id='main-title'>KitchenAid Artisan Stand Mixer</h1>"
    "<span data-testid='price-wrap'>$379.99</span>"
    "<div data-testid='fulfillment-options'><div class='pickup'><span>Pickup</span><span>Not available</span></div>"
    "<div class='delivery'><span>Delivery</span><span>Not available</span></div>"
    "<div class='shipping'><span>Shipping</span><span>Out of stock</span></div></div>"
    "<button class='w_hhLG'>Get in-stock alert</button></section>",
    "OutOfStock",
)


# ---- round 3 (after reading the heuristics): out-of-stock pages among live controls of other things ---

SWIPER = (
    "<section class='recently-viewed'><h2>Recently viewed</h2><div class='swiper-wrapper'>"
    + "".join(
        f"<div class='swiper-slide'><a href='/products/rv-{i}'><img src='/img/rv-{i}.jpg' alt='{n}'></a>"
        f"<a href='/products/rv-{i}'>{n}</a><span class='money'>$24.00</span>"
        f"<button type='submit' class='btn'>Add to cart</button></div>"
        for i, n in enumerate(("Linen Napkins", "Oak Coasters", "Stoneware Bowl", "Tea Towel"))
    )
    + "</div></section>"
)
case(
    "r3-sold-out-recently-viewed-swiper",
    "https://www.homegoods.example/products/oak-serving-board",
    "Oak Serving Board – Homegoods",
    gallery("hg-board", "Oak Serving Board")
    + "<div class='product-single'><h1>Oak Serving Board</h1><span class='money'>$68.00</span>"
    "<p class='product-single__inventory'>Sold out</p>"
    "<button type='submit' class='btn product-form__cart-submit' disabled><span>Sold out</span></button></div>"
    + SWIPER,
    "OutOfStock",
)
case(
    "r3-magento-oos-wishlist-compare",
    "https://www.gearhub.example/trekking-tent-2p.html",
    "Trekking Tent 2P | GearHub",
    gallery("gh-tent", "Trekking Tent 2P")
    + "<div class='product-info-main'><h1 class='page-title'><span class='base'>Trekking Tent 2P</span></h1>"
    "<div class='price-box'><span class='price'>$349.00</span></div>"
    "<div class='product-info-stock-sku'><div class='stock unavailable' title='Availability'><span>Out of stock</span>"
    "</div></div><div class='product-social-links'><a href='#' class='action towishlist'>Add to Wish List</a>"
    "<a href='#' class='action tocompare'>Add to Compare</a></div></div>",
    "OutOfStock",
)
case(
    "r3-woocommerce-oos-stock-line",
    "https://www.kaffee.example/produkt/espressomuehle-e65/",
    "Espressomühle E65 – Kaffee",
    gallery("kf-muehle", "Espressomühle")
    + "<div class='summary entry-summary'><h1 class='product_title entry-title'>Espressomühle E65</h1>"
    "<p class='price'><span class='woocommerce-Price-amount amount'>1.099,00&nbsp;€</span></p>"
    "<p class='stock out-of-stock'>Nicht vorrätig</p>"
    "<div class='product_meta'><span class='sku_wrapper'>Artikelnummer: E65</span></div></div>",
    "OutOfStock",
    lang="de",
)
case(
    "r3-shopware-derzeit-nicht-verfuegbar-disabled",
    "https://www.sport.example/laufschuh-trail-x/SW10023",
    "Laufschuh Trail X | Sport",
    gallery("sp-trail", "Laufschuh Trail X")
    + "<div class='product-detail-buy'><h1 class='product-detail-name'>Laufschuh Trail X</h1>"
    "<p class='product-detail-price'>139,95 €*</p>"
    "<p class='delivery-information delivery-soldout'>Derzeit nicht verfügbar</p>"
    "<button class='btn btn-primary btn-buy' disabled>In den Warenkorb</button></div>",
    "OutOfStock",
    lang="de",
)
case(
    "r3-prestashop-rupture-disabled",
    "https://www.boutique.example/fr/accueil/42-lampe-laiton.html",
    "Lampe en laiton - Boutique",
    gallery("bq-lampe", "Lampe en laiton")
    + "<div class='product-information'><h1 class='h1'>Lampe en laiton</h1>"
    "<div class='current-price'><span>89,00 €</span></div>"
    "<div class='product-add-to-cart'><button class='btn btn-primary add-to-cart' disabled>Ajouter au panier</button>"
    "<span id='product-availability'><i class='material-icons product-unavailable'>block</i>Rupture de stock</span>"
    "</div></div>",
    "OutOfStock",
    lang="fr",
)
case(
    "r3-sfcc-oos-store-pickup-available",
    "https://www.runners.example/en-us/vaporfly-3/DV4129.html",
    "Vaporfly 3 | Runners",
    gallery("rn-vf", "Vaporfly 3") + "<div class='product-detail'><h1 class='product-name'>Vaporfly 3</h1>"
    "<div class='prices'><span class='value'>$260.00</span></div>"
    "<div class='availability product-availability'><div class='availability-msg'>Out of Stock</div></div>"
    "<button class='add-to-cart btn btn-primary' disabled>Add to Bag</button></div>",
    "OutOfStock",
)
case(
    "r3-bigcommerce-oos-message-form-gone",
    "https://www.outdoorsy.example/summit-pack-45/",
    "Summit Pack 45 - Outdoorsy",
    gallery("od-pack", "Summit Pack 45")
    + "<section class='productView-details'><h1 class='productView-title'>Summit Pack 45</h1>"
    "<div class='productView-price'><span class='price'>$219.95</span></div>"
    "<div class='alertBox alertBox--error'><p class='alertBox-message'>Out of stock</p></div>"
    "<p>This product is currently out of stock and unavailable.</p></section>"
    + cards("Related Products", "Summit Pack 30~|Rain Cover~"),
    "OutOfStock",
)
case(
    "r3-ja-zaiko-kire-cart-hidden",
    "https://shop.example.jp/products/tumbler-500",
    "真空断熱タンブラー 500ml | ショップ",
    gallery("jp-tumbler", "タンブラー")
    + "<div class='product-info'><h1>真空断熱タンブラー 500ml</h1><span class='price'>¥3,300</span>"
    "<p class='stock-status'>在庫切れ</p>"
    "<button class='add-to-cart' style='display:none'>カートに入れる</button>"
    "<button class='restock-notify'>再入荷通知を受け取る</button></div>",
    "OutOfStock",
    lang="ja",
)

case(
    "r3-selected-size-note-in-stock-box",
    "https://www.shoes.example/products/leather-chelsea-boot",
    "Leather Chelsea Boot – Shoes",
    gallery("sh-chelsea", "Chelsea Boot")
    + "<div class='product'><h1>Leather Chelsea Boot</h1><span class='price'>$189.00</span>"
    + swatches("8|9|10|11", off="10")
    + "<div class='product-stock'>Size 10: Out of stock</div>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button></form></div>",
    "InStock",
)
case(
    "r3-ld-instock-size-note-no-control",
    "https://www.shoes.example/products/suede-loafer",
    "Suede Loafer – Shoes",
    gallery("sh-loafer", "Suede Loafer")
    + "<div class='product'><h1>Suede Loafer</h1><span class='price'>$149.00</span>"
    "<div class='stock-info'>Größe 42: ausverkauft</div></div>",
    "InStock",
    head=ld("Suede Loafer", "https://schema.org/InStock", "149.00"),
)


def fold(name: str | None) -> str | None:
    return AVAILABILITY_CLASS.get(name, name) if name else None


@pytest.mark.parametrize("c", case_params(CASES))
def test_availability(c: Case) -> None:
    got = extract_product(c.html, c.url) or {}
    assert fold(got.get("availability")) == fold(c.availability), got.get("availability")


# ---- must-not-fire: the rules of this review leave ordinary pages as they were ------------------
# (cases named "fires-" failed before this review's changes; the others passed before and after)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fulfilment channel's "not available": not the item's stock
        ("Pickup: Not available at Oakland Broadway", True),
        ("Delivery unavailable to 99501", True),
        ("Same Day Delivery Not available", True),
        ("Not available for pickup", True),
        ("Not available at Emeryville", True),
        ("Retrait en magasin : indisponible", True),
        ("Abholung im Markt nicht möglich", True),
        ("Lieferung nach Hause nicht verfügbar", True),
        # the item's own state
        ("Shipping: Out of stock", False),
        ("Out of Stock Online", False),
        ("This item is currently unavailable.", False),
        ("Not available at this time", False),
        ("Currently unavailable. Free delivery on orders over $35 when it is back.", False),
        ("Sold out – pickup not available", False),
        ("Nicht verfügbar", False),
        ("Unavailable", False),
    ],
)
def test_fulfilment_note(text: str, expected: bool) -> None:
    from knockoff.crawler.heuristics.controls import fulfilment_note

    assert fulfilment_note(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only reported or asked about: no state
        pytest.param("Was sold out everywhere last month, finally got it!", None, id="fires-review"),
        pytest.param("It was backordered in the spring", None, id="fires-answer"),
        pytest.param("Il était en rupture de stock le mois dernier", None, id="fires-fr"),
        pytest.param("War lange ausverkauft, jetzt endlich da", None, id="fires-de"),
        pytest.param("Q: Is this backordered?", None, id="fires-question"),
        pytest.param("It was backordered, now it is in stock", "InStock", id="fires-then-now"),
        pytest.param("Do you take pre-orders?", None, id="plural-question"),
        # the state now
        pytest.param("Sold out", "OutOfStock", id="sold-out"),
        pytest.param("Was $99.00 Sold out", "OutOfStock", id="was-price"),  # a price label, not a past tense
        pytest.param("Was: Sold out", "OutOfStock", id="was-label"),
        pytest.param("New Era Cap Sold out", "OutOfStock", id="name-era"),
        pytest.param("Sold out. Want an alert when it's back?", "OutOfStock", id="sold-then-question"),
        pytest.param("Sold out? Get notified when it's back", "OutOfStock", id="call-to-action"),
        pytest.param("Out of stock?", "OutOfStock", id="bare-question-mark"),
        pytest.param("This item was discontinued in 2024", "Discontinued", id="discontinued"),
        pytest.param("Backordered: ships by Jan 15", "BackOrder", id="backordered"),
    ],
)
def test_reported_state(text: str, expected: str | None) -> None:
    from knockoff.crawler.heuristics.controls import said_state

    assert said_state(text) == expected


def _box(state: str, after: str = "", lang: str = "en") -> str:
    """A plain product page: title, price, `state` (notes and the buy controls), then `after`."""
    return page(
        "Teak Stool",
        gallery("teak-stool", "Teak Stool")
        + f"<div class='product-info'><h1>Teak Stool</h1><span class='price'>$129.00</span>{state}</div>{after}",
        lang,
    )


_ADD = "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button></form>"
_SOLD = "<form action='/cart/add' method='post'><button type='submit' name='add' disabled>Sold out</button></form>"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # fulfilment notes in a widget named for delivery
        pytest.param(
            _box("<div class='delivery'>Delivery unavailable to 99501</div>" + _ADD),
            "InStock",
            id="fires-delivery-zip",
        ),
        pytest.param(
            _box("<div class='delivery-options'>Pick Up: Not available at Union Square</div>" + _ADD),
            "InStock",
            id="fires-pickup-store",
        ),
        # the item's own state in the same widget stays
        pytest.param(
            _box("<div class='delivery'>Shipping: Out of stock</div>" + _SOLD),
            "OutOfStock",
            id="shipping-oos",
        ),
        pytest.param(
            _box(
                "<div class='delivery'>Currently unavailable</div><button class='notify'>Notify me</button>"
            ),
            "OutOfStock",
            id="currently-unavailable",
        ),
        pytest.param(
            _box("<div class='availability'>Not available at this time</div>"),
            "OutOfStock",
            id="at-this-time",
        ),
        pytest.param(_box("<p>Out of stock online</p>"), "OutOfStock", id="oos-online-no-control"),
        # no buy control: a pickup note alone says nothing, the page's sold words still do
        pytest.param(
            _box("<p>Pickup: Not available at Emeryville</p><p>Sold out</p>"),
            "OutOfStock",
            id="pickup-and-sold",
        ),
        # a store finder's list
        pytest.param(
            _box(
                _ADD + "<div class='store-availability'><ul><li>Emeryville: Out of stock</li>"
                "<li>Oakland: In stock</li></ul></div>"
            ),
            "InStock",
            id="fires-store-list",
        ),
        pytest.param(
            _box(
                "<div class='product-availability'>Out of stock</div><div class='store-availability'>"
                "<a href='#'>Check availability in store</a></div>" + _SOLD
            ),  # fmt: skip
            "OutOfStock",
            id="oos-beside-store-finder",
        ),
        # reviews and questions
        pytest.param(
            _box("", reviews("Was sold out everywhere last month, finally got it!")),
            None,
            id="fires-review-only-no-control",
        ),
        pytest.param(
            _box("<p>Sold out</p>", reviews("Was sold out for weeks")), "OutOfStock", id="sold-and-review"
        ),
        pytest.param(
            _box(_ADD + "<div class='qa'><p>Q: Is this backordered? A: It was backordered in May.</p></div>"),
            "InStock",
            id="fires-qa",
        ),
        pytest.param(
            _box("<p class='note'>Backordered – ships in 3 weeks</p>" + _ADD),
            "BackOrder",
            id="backorder-note",
        ),
        # a FAQ's answers
        pytest.param(
            _box(_ADD, "<section><h3>FAQ</h3><p>Pre-order items ship on release day.</p></section>"),
            "InStock",
            id="fires-faq-answer",
        ),
        pytest.param(
            _box(
                _ADD,
                "<section><h3>Häufige Fragen</h3><p>Vorbestellte Artikel kommen zum Termin.</p></section>",
                "de",
            ),
            "InStock",
            id="fires-faq-answer-de",
        ),
        pytest.param(
            _box(_ADD, "<section><h3>Details</h3><p>Pre-order: ships March 2027.</p></section>"),
            "PreOrder",
            id="preorder-under-details",
        ),
        pytest.param(
            _box(
                "<form action='/cart/add'><button type='submit' name='add'>Pre-order</button></form>",
                "<section><h3>FAQ</h3><p>Pre-order items ship on release day.</p></section>",
            ),
            "PreOrder",
            id="preorder-button-and-faq",
        ),
        # a size's own stock note
        pytest.param(
            _box("<div class='stock'>Size 10: Out of stock</div>" + _ADD), "InStock", id="fires-size-note"
        ),
        pytest.param(
            _box("<div class='stock'>Size: One size – Sold out</div>"), "OutOfStock", id="one-size-note"
        ),
        pytest.param(_box("<div class='stock'>Out of stock</div>"), "OutOfStock", id="plain-stock-note"),
        pytest.param(
            _box("<div class='stock'>Size 10: Out of stock</div><p>Sold out</p>"),
            "OutOfStock",
            id="size-note-and-sold",
        ),
        # fulfilment cells' own buttons
        pytest.param(
            _box("<div class='cell'><h3>Pickup</h3><p>Ready in 2 hours</p><button>Pick it up</button></div>"),
            "InStock",
            id="fires-pick-it-up",
        ),
        pytest.param(
            _box(
                "<div class='cell'><h3>Shipping</h3><p>Out of stock</p></div><div class='cell'><h3>Pickup</h3>"
                "<p>Not available at Oakland</p><button>Check other stores</button></div>"
            ),
            "OutOfStock",
            id="cells-shipping-oos",
        ),
        pytest.param(_box("<button disabled>Ship it</button>"), "OutOfStock", id="fires-ship-it-disabled"),
    ],
)
def test_rules_must_not_fire(html: str, expected: str | None) -> None:
    got = extract_product(html, "https://www.shop.example/products/teak-stool") or {}
    assert got.get("availability") == expected
