"""Review of brand, availability and sku read from marketplace and shop pages WITHOUT structured data
(no JSON-LD, microdata or OpenGraph product tags): the fields a brand-protection user needs.

Each case is a small but realistic product page written from how the markets render them in 2024-25
(Amazon's byline and product-overview table, eBay's item specifics, Mercado Libre's spec table,
Zalando's brand line over the name, Allegro's "Marka" parameter, Rakuten, Coupang, Noon in Arabic,
Flipkart, Etsy, Shopify's Dawn vendor line, WooCommerce's attributes table and stock paragraph,
Magento's "More information" table, PrestaShop's manufacturer logo, Salesforce Commerce Cloud), with
the noise of real ones: menus, cookie banners, related-product cards with their own brands and stock
notes, size chips sold out. `NOT_BRAND` are pages where no brand may be read.

Decisions written down:

- The brand is the maker's name the listing claims, not the seller: Amazon's "Sold by", eBay's seller
  and a marketplace store name are sellers. On a handmade marketplace (Etsy) the shop IS the maker: the
  listing's "by <shop>" / shop-name line is its brand claim, and a brand-protection user watching a
  maker's name needs exactly that (the train split labels Etsy's shop name as the brand).
- A collection or line name shown above the title ("Lumière Collection") is not the brand; the brand of
  a single-brand shop's own page is the shop's name, without a region suffix ("Nimbara US" -> "Nimbara").
- Availability in schema.org names: "Only 2 left" is InStock, "Currently unavailable", a disabled
  "Sold out" button and "Nicht vorrätig" are OutOfStock, "Pre-order" / "予約受付中" PreOrder,
  WooCommerce's "Available on backorder" BackOrder.
- The sku is read only where the page shows one (a labelled code) or, for Amazon, the ASIN.

Written before reading the heuristics; first look at 6819dee (47 pages): 10 failed.

- brand, 7: a two-part Flipkart heading "PUMA" + name nothing else names as a brand (2 pages; left
  strict xfails), Etsy's shop line over the listing (2), Shopify Dawn's vendor line over the title named
  nowhere else (2; left strict xfails), a collection line over the title of a brand's own site ("Aurelle
  Lumière" on "... | Maison Aurelle"), Walmart's "Visit the Ninja Brand Shop" read whole;
- availability, 2: Arabic "نفدت الكمية" / "غير متوفر حالياً" (None), Magento's stock-alert link "M'avertir
  lorsque le produit est en stock" read as InStock over "Rupture de stock";
- sku, 1: a Flipkart pid of letters only, which no real pid is in practice (13 random characters with no
  digit); the page now writes a pid with a digit, as Flipkart's are.

Fixed as kinds (crawler/heuristics/brands.py, controls.py, values.py; must-not-fire cases below): a
store-link line "Visit the X Brand Shop"; Arabic stock words; a restock alert's wording is OutOfStock;
a collection line named after the shop over the title gives the shop's name (also Tiffany's "Tiffany
Novo®" of the train split); a seller's storefront link over the title on a marketplace of makers gives
the shop (Etsy). Tried and dropped: the shop's own name as the brand of any page naming none. It read
"The Linen Loft" and "Homegoods Outlet" here, and on the market pages "IKEA Deutschland", "Tokopedia",
"De Wolkamer", "Pelletteria Arno", "Maison Barista" where their truth is no brand, for Leinenhaus Kiel
alone gained; a page naming no brand claims none (cases 43, 44).

Round 2 (17 out-of-stock and must-not-fire pages of shop platforms, written after round 1's fixes): 3
failed at first look: OpenCart's "Availability: Out Of Stock" beside its live cart button (InStock),
"0 in stock" (None), a "Sold out" picture's alt text (None; left a strict xfail). Fixed: a labelled
availability line is read like an element named for it (`controls.labelled_state`), a count of none
left is OutOfStock. Phrase tests below add stock words of more markets (sv, da/no, fi, el, vi, id, th,
cs, ja "入荷待ち", the French "Victime de son succès") and "will be back in stock" lines.

Round 3 (21 brand lines in a small shop's facts, after round 2's fixes): 11 failed at first look:
Shopify themes' "Vendor: Acme", "Made by Acme", the brand labels of vi, id, th (2), el, he, hu (None),
and "Brand new condition" read as the brand "new condition". Fixed: those labels, "made by" lines,
"Brand new" is no label. "Vendor:" is left unread (6ccffb1 kept it so on purpose: a marketplace's seller
as often as a brand; reading it made test_today_breadth's strict xfail vendor_line pass and took the
Stanford bookstore's "Vendor : CHAMPION PRODUCTS" over its heading's "Champion"), and so is "Designer: X"
(a furniture designer is a person, not the maker). A maker label whose value opens with the heading's
brand part gives that part.
Sku labels probed the same way: "Catalog #", "Cat. No.", "Stock code" and "Art. No." were unread (fixed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.controls import said_state
from tests.crawler.review_cases import carries_structured_data, case_params


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    want: dict = field(default_factory=dict)  # field -> value; a field left out is not checked
    xfail: str = ""


CASES: list[Case] = []


def case(id: str, url: str, html: str, xfail: str = "", **want: str | None) -> None:
    """A product page: a listing must come out; `want` maps sku / availability / brand_claimed."""
    CASES.append(Case(id, url, html, want, xfail))


def doc(lang: str, title: str, body: str, head: str = "", dir: str = "ltr") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}' dir='{dir}'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'>{head}</head><body>{body}</body></html>"
    )


def nav(*links: str) -> str:
    return (
        "<header class='site-header'><a class='logo' href='/'>Home</a><nav class='main-menu'><ul>"
        + "".join(f"<li><a href='/c/{i}'>{t}</a></li>" for i, t in enumerate(links))
        + "</ul></nav><form action='/search'><input name='q' placeholder='Search'></form>"
        "<a href='/cart' class='cart-link'>Cart (0)</a></header>"
    )


FOOTER = (
    "<footer class='site-footer'><ul><li><a href='/help'>Help</a></li><li><a href='/returns'>Returns</a></li>"
    "<li><a href='/privacy'>Privacy</a></li></ul><p>&copy; 2025</p></footer>"
)


def cards(heading: str, *items: tuple[str, str, str]) -> str:
    """A related-products strip: (title, price, note) per card."""
    return (
        f"<section class='related-products'><h2>{heading}</h2><ul class='product-grid'>"
        + "".join(
            f"<li class='product-card'><a href='/p/rel-{i}'><img src='/img/rel-{i}-300.jpg' alt='{t}'>"
            f"<span class='card-title'>{t}</span></a><span class='price'>{p}</span>"
            f"<span class='card-note'>{n}</span></li>"
            for i, (t, p, n) in enumerate(items)
        )
        + "</ul></section>"
    )


# ---- Amazon ---------------------------------------------------------------------------------------


def amazon(lang: str, title: str, asin: str, center: str, buybox: str, details: str, site: str) -> str:
    body = (
        "<header id='navbar-main'><a id='nav-logo-sprites' href='/ref=nav_logo'>Amazon</a>"
        "<form id='nav-search-bar-form' action='/s'><input id='twotabsearchtextbox' name='field-keywords'></form>"
        "<a id='nav-cart' href='/gp/cart/view.html'><span id='nav-cart-count'>0</span> Cart</a></header>"
        "<div id='dp'><div id='ppd'><div id='leftCol'><div id='imgTagWrapperId'>"
        f"<img id='landingImage' alt='{title}' src='https://m.media-amazon.com/images/I/71{asin}._AC_SX679_.jpg' "
        f"data-old-hires='https://m.media-amazon.com/images/I/71{asin}._AC_SL1500_.jpg'></div></div>"
        "<div id='centerCol'>"
        + center
        + "</div><div id='rightCol'><div id='buybox'>"
        + buybox
        + "</div></div>"
        "</div><div id='prodDetails'>" + details + "</div></div>"
        "<div id='navFooter'><a href='/gp/help'>Help</a></div>"
    )
    return doc(lang, f"{site}: {title}", body)


def amazon_title(title: str, byline: str = "") -> str:
    return (
        f"<div id='bylineInfo_feature_div'><a id='bylineInfo' class='a-link-normal' href='/stores/x'>{byline}</a>"
        "</div>"
        if byline
        else ""
    ) + f"<div id='title_feature_div'><h1 id='title'><span id='productTitle'>  {title}  </span></h1></div>"


def amazon_price(text: str) -> str:
    return (
        "<div id='corePriceDisplay_desktop_feature_div'><span class='a-price priceToPay'>"
        f"<span class='a-offscreen'>{text}</span><span aria-hidden='true'>{text}</span></span></div>"
    )


def overview(*rows: tuple[str, str]) -> str:
    """Amazon's `#productOverview_feature_div` table (Brand, Colour, Material ...)."""
    return (
        "<div id='productOverview_feature_div'><table class='a-normal a-spacing-micro'>"
        + "".join(
            f"<tr class='a-spacing-small po-{k.lower().replace(' ', '_')}'><td class='a-span3'>"
            f"<span class='a-size-base a-text-bold'>{k}</span></td><td class='a-span9'>"
            f"<span class='a-size-base po-break-word'>{v}</span></td></tr>"
            for k, v in rows
        )
        + "</table></div>"
    )


def detail_bullets(*rows: tuple[str, str]) -> str:
    return (
        "<div id='detailBullets_feature_div'><ul class='detail-bullet-list'>"
        + "".join(
            f"<li><span class='a-list-item'><span class='a-text-bold'>{k} &rlm; : &lrm; </span><span>{v}</span>"
            "</span></li>"
            for k, v in rows
        )
        + "</ul></div>"
    )


def amazon_cart(label: str = "Add to Cart") -> str:
    return (
        "<form id='addToCart' method='post' action='/cart/add-to-cart'>"
        f"<input type='submit' id='add-to-cart-button' name='submit.add-to-cart' value='{label}'>"
        f"<span id='submit.add-to-cart-announce'>{label}</span></form>"
    )


# 1. "Visit the Stanley Store" byline and the product overview's Brand row; "Only 2 left in stock"
case(
    "amazon-visit-store-overview",
    "https://www.amazon.com/Stanley-Quencher-FlowState-Stainless-Insulated/dp/B0CJZMP7L1/ref=sr_1_1",
    amazon(
        "en-us",
        "Stanley Quencher H2.0 FlowState Stainless Steel Vacuum Insulated Tumbler 40 oz",
        "B0CJZMP7L1",
        amazon_title(
            "Stanley Quencher H2.0 FlowState Stainless Steel Vacuum Insulated Tumbler 40 oz",
            "Visit the STANLEY Store",
        )
        + amazon_price("$45.00")
        + overview(("Brand", "STANLEY"), ("Color", "Rose Quartz"), ("Capacity", "40 Fluid Ounces")),
        "<div id='availability'><span class='a-size-medium a-color-price'>Only 2 left in stock - order soon.</span>"
        "</div>" + amazon_cart() + "<div id='merchantInfoFeature_feature_div'>Sold by CupCo Direct</div>",
        detail_bullets(
            ("Manufacturer", "Stanley"), ("ASIN", "B0CJZMP7L1"), ("Item model number", "10-11824")
        ),
        "Amazon.com",
    ),
    brand_claimed="STANLEY",
    availability="InStock",
    sku="B0CJZMP7L1",
)

# 2. "Brand: Hydro Flask" byline, "Currently unavailable." and no price
case(
    "amazon-brand-byline-unavailable",
    "https://www.amazon.com/dp/B083GBKD9Y",
    amazon(
        "en-us",
        "Hydro Flask Wide Mouth Straw Lid Bottle 32 oz",
        "B083GBKD9Y",
        amazon_title("Hydro Flask Wide Mouth Straw Lid Bottle 32 oz", "Brand: Hydro Flask"),
        "<div id='outOfStock'><span class='a-color-price a-text-bold'>Currently unavailable.</span><br>"
        "We don't know when or if this item will be back in stock.</div>",
        detail_bullets(("Product Dimensions", "3.6 x 3.6 x 10.9 inches"), ("ASIN", "B083GBKD9Y")),
        "Amazon.com",
    ),
    brand_claimed="Hydro Flask",
    availability="OutOfStock",
    sku="B083GBKD9Y",
)

# 3. No byline at all: only the product overview's "Brand" row; "In stock"
case(
    "amazon-uk-overview-only",
    "https://www.amazon.co.uk/Russell-Hobbs-Inspire-Electric-26063/dp/B07Z8RHW3V",
    amazon(
        "en-gb",
        "Russell Hobbs 26063 Inspire Electric Kettle 1.7 L, Grey",
        "B07Z8RHW3V",
        amazon_title("Russell Hobbs 26063 Inspire Electric Kettle 1.7 L, Grey")
        + amazon_price("£29.99")
        + overview(("Colour", "Grey"), ("Brand", "Russell Hobbs"), ("Capacity", "1.7 Litres")),
        "<div id='availability'><span class='a-size-medium a-color-success'>In stock</span></div>"
        + amazon_cart("Add to Basket"),
        detail_bullets(("ASIN", "B07Z8RHW3V"), ("Model Number", "26063")),
        "Amazon.co.uk",
    ),
    brand_claimed="Russell Hobbs",
    availability="InStock",
    sku="B07Z8RHW3V",
)

# 4. amazon.de "Besuche den Tefal-Store", "Vorübergehend nicht auf Lager." with a live cart button
case(
    "amazon-de-temporarily-out",
    "https://www.amazon.de/dp/B08K3H8L5N",
    amazon(
        "de-de",
        "Tefal Ingenio Unlimited Pfannen-Set 3-teilig",
        "B08K3H8L5N",
        amazon_title("Tefal Ingenio Unlimited Pfannen-Set 3-teilig", "Besuche den Tefal-Store")
        + amazon_price("59,99 €")
        + overview(("Marke", "Tefal"), ("Material", "Aluminium")),
        "<div id='availability'><span class='a-size-medium a-color-price'>Vorübergehend nicht auf Lager.</span>"
        "<br><span>Bestellen Sie jetzt und wir liefern, sobald der Artikel verfügbar ist.</span></div>"
        + amazon_cart("In den Einkaufswagen"),
        detail_bullets(("ASIN", "B08K3H8L5N"), ("Hersteller", "Groupe SEB")),
        "Amazon.de",
    ),
    brand_claimed="Tefal",
    availability="BackOrder",
    sku="B08K3H8L5N",
)

# ---- eBay -----------------------------------------------------------------------------------------


def ebay(
    title: str, price: str, specifics: tuple[tuple[str, str], ...], status: str, buy: str, num: str
) -> str:
    rows = "".join(
        "<div class='ux-layout-section-evo__col'><dl class='ux-labels-values'>"
        f"<dt class='ux-labels-values__labels'><span class='ux-textspans'>{k}</span></dt>"
        f"<dd class='ux-labels-values__values'><span class='ux-textspans'>{v}</span></dd></dl></div>"
        for k, v in specifics
    )
    body = (
        "<header id='gh'><a id='gh-la' href='https://www.ebay.com'>eBay</a><a href='/mye'>My eBay</a></header>"
        "<div class='x-item-title'><h1 class='x-item-title__mainTitle'><span class='ux-textspans ux-textspans--BOLD'>"
        f"{title}</span></h1></div><div class='ux-image-carousel-item active'>"
        f"<img src='https://i.ebayimg.com/images/g/Ab0AAOSw{num[-4:]}/s-l1600.jpg' alt='{title}'></div>"
        f"<div class='x-price-primary'><span class='ux-textspans'>{price}</span></div>"
        f"<div class='x-quantity__availability'><span class='ux-textspans ux-textspans--SECONDARY'>{status}</span></div>"
        + buy
        + "<div class='x-sellercard-atf'><a href='/str/gadgetdepot'><span class='ux-textspans'>gadgetdepot</span></a>"
        "<span>99.2% positive feedback</span></div>"
        "<div class='ux-layout-section-module-evo'><h2 class='ux-section-header'>Item specifics</h2>"
        f"<div class='ux-layout-section-evo'>{rows}</div></div>"
        "<div class='ux-layout-section__textual-display--itemId'><span class='ux-textspans ux-textspans--SECONDARY'>"
        f"eBay item number:</span><span class='ux-textspans ux-textspans--BOLD'>{num}</span></div>"
    )
    return doc("en-US", f"{title} | eBay", body)


EBAY_BUY = (
    "<div class='x-buybox-cta'><a class='ux-call-to-action fake-btn fake-btn--primary' "
    "href='/bin/ctb'><span class='ux-call-to-action__text'>Buy It Now</span></a>"
    "<a class='ux-call-to-action fake-btn' href='/cart/add'><span>Add to cart</span></a></div>"
)

# 5. item specifics "Brand | Nike" among Condition, Style code; "More than 10 available"
case(
    "ebay-item-specifics-brand",
    "https://www.ebay.com/itm/256123456789",
    ebay(
        "Nike Air Force 1 '07 Men's Shoes White Size 10 CW2288-111",
        "US $89.99",
        (
            ("Condition", "New with box"),
            ("Brand", "Nike"),
            ("Style Code", "CW2288-111"),
            ("US Shoe Size", "10"),
        ),
        "More than 10 available",
        EBAY_BUY,
        "256123456789",
    ),
    brand_claimed="Nike",
    availability="InStock",
)

# 6. an ended listing, "This listing sold on ..." / "Out of stock"; item specifics "Brand | Apple"
case(
    "ebay-out-of-stock",
    "https://www.ebay.com/itm/134987654321",
    ebay(
        "Apple AirPods Pro 2nd Generation with MagSafe Case USB-C",
        "US $179.00",
        (("Condition", "New"), ("Brand", "Apple"), ("Model", "Apple AirPods Pro (2nd generation)")),
        "Out of stock",
        "<div class='x-buybox-cta'><span class='ux-textspans'>This item is out of stock.</span>"
        "<a href='/sch/i.html?_nkw=airpods'>Shop similar items</a></div>",
        "134987654321",
    ),
    brand_claimed="Apple",
    availability="OutOfStock",
)

# ---- Mercado Libre --------------------------------------------------------------------------------


def meli(lang: str, title: str, price: str, specs: tuple[tuple[str, str], ...], stock: str, buy: str) -> str:
    rows = "".join(
        f"<tr class='andes-table__row'><th class='andes-table__header'>{k}</th>"
        f"<td class='andes-table__column'><span class='andes-table__column--value'>{v}</span></td></tr>"
        for k, v in specs
    )
    body = (
        "<header class='nav-header'><a class='nav-logo' href='https://www.mercadolibre.com'>Mercado Libre</a></header>"
        "<div class='ui-pdp-container'><div class='ui-pdp-gallery'><figure class='ui-pdp-gallery__figure'>"
        "<img class='ui-pdp-image ui-pdp-gallery__figure__image' "
        "src='https://http2.mlstatic.com/D_NQ_NP_2X_812345-MLA7123456789_012024-F.webp' width='500'></figure></div>"
        "<div class='ui-pdp-header'><span class='ui-pdp-subtitle'>Nuevo  |  +1000 vendidos</span>"
        f"<h1 class='ui-pdp-title'>{title}</h1></div><div class='ui-pdp-price__second-line'>"
        f"<span class='andes-money-amount'>{price}</span></div>"
        f"<div class='ui-pdp-stock-information'><p class='ui-pdp-stock-information__title'>{stock}</p></div>"
        + buy
        + "<div class='ui-pdp-seller'><span>Vendido por </span><a href='/tienda/tecnoshop'>TECNOSHOP OFICIAL</a></div>"
        "<div class='ui-vpp-highlighted-specs'><h2>Características del producto</h2>"
        f"<table class='andes-table'><tbody>{rows}</tbody></table></div></div>"
    )
    return doc(lang, f"{title} | Mercado Libre", body)


# 7. "Marca | Samsung" in the specs table, "Stock disponible", "Comprar ahora"
case(
    "meli-marca-stock-disponible",
    "https://articulo.mercadolibre.com.ar/MLA-1456789012-celular-samsung-galaxy-a15-128gb-_JM",
    meli(
        "es-AR",
        "Samsung Galaxy A15 128 GB 4 GB RAM Azul Oscuro",
        "$ 299.999",
        (("Marca", "Samsung"), ("Modelo", "Galaxy A15"), ("Color", "Azul oscuro")),
        "Stock disponible",
        "<div class='ui-pdp-actions'><button class='andes-button andes-button--loud'>Comprar ahora</button>"
        "<button class='andes-button andes-button--quiet'>Agregar al carrito</button></div>",
    ),
    brand_claimed="Samsung",
    availability="InStock",
)

# 8. Mercado Livre (pt-BR): a paused listing, "Anúncio pausado" / "Sem estoque", "Marca | Philco"
case(
    "meli-br-sem-estoque",
    "https://produto.mercadolivre.com.br/MLB-3345678901-liquidificador-philco-ph900-preto-_JM",
    meli(
        "pt-BR",
        "Liquidificador Philco PH900 Preto 12 Velocidades 1200W",
        "R$ 189,90",
        (("Marca", "Philco"), ("Modelo", "PH900"), ("Voltagem", "220V")),
        "Sem estoque",
        "<div class='ui-pdp-message'><p>Anúncio pausado</p><p>O vendedor pausou as vendas deste produto.</p></div>",
    ),
    brand_claimed="Philco",
    availability="OutOfStock",
)

# ---- Zalando --------------------------------------------------------------------------------------


def zalando(title: str, brand: str, price: str, buy: str, details: str) -> str:
    body = (
        nav("Damen", "Herren", "Kinder", "Marken", "Sale")
        + "<main><x-wrapper-re-1-4><div class='_0xLoFW'><div class='I7OI1O'>"
        "<img class='sDq_FX' src='https://img01.ztat.net/article/spp-media-p1/abc123/def456.jpg?imwidth=1800' "
        "alt='' width='900'></div><div class='EKabf7'>"
        f"<h3 class='FtrEr_ QdlUSH'><a href='/{brand.lower().replace(' ', '-')}/'>{brand}</a></h3>"
        f"<h1 class='EKabf7 R_QwOV'><span class='EKabf7'>{title}</span></h1>"
        f"<p class='dgII7d'><span class='sDq_FX _4sa1cA'>{price}</span><span> inkl. MwSt.</span></p>"
        "<div class='size-picker'><button>36</button><button class='out-of-stock' disabled>37 ausverkauft</button></div>"
        + buy
        + f"</div></div><section class='product-details'><h2>Details</h2>{details}</section></x-wrapper-re-1-4></main>"
        + FOOTER
    )
    return doc("de-DE", f"{brand} {title} - Sneaker low - core black | Zalando.de", body)


# 9. brand link over the name, "In den Warenkorb", "Artikelnummer: AD115O1FC-Q11"
case(
    "zalando-brand-line",
    "https://www.zalando.de/adidas-originals-samba-og-sneaker-low-core-black-ad115o1fc-q11.html",
    zalando(
        "SAMBA OG - Sneaker low - core black",
        "adidas Originals",
        "120,00 €",
        "<button class='DJxzzA' type='button'><span>In den Warenkorb</span></button>",
        "<dl><dt>Obermaterial:</dt><dd>Leder</dd><dt>Artikelnummer:</dt><dd>AD115O1FC-Q11</dd></dl>",
    ),
    brand_claimed="adidas Originals",
    availability="InStock",
    sku="AD115O1FC-Q11",
)

# 10. sold out: "Dieser Artikel ist leider ausverkauft" and "Benachrichtige mich"
case(
    "zalando-ausverkauft",
    "https://www.zalando.de/levis-501-original-jeans-straight-leg-le222a0xs-k11.html",
    zalando(
        "501® ORIGINAL - Jeans Straight Leg",
        "Levi's®",
        "109,95 €",
        "<p class='stock-note'>Dieser Artikel ist leider ausverkauft.</p>"
        "<button class='notify' type='button'>Benachrichtige mich</button>",
        "<dl><dt>Passform:</dt><dd>Regular Fit</dd><dt>Artikelnummer:</dt><dd>LE222A0XS-K11</dd></dl>",
    ),
    brand_claimed="Levi's",  # trade-mark signs dropped (the lead's ninth probe, stop 39)
    availability="OutOfStock",
    sku="LE222A0XS-K11",
)

# ---- Allegro --------------------------------------------------------------------------------------


def allegro(title: str, price: str, params: tuple[tuple[str, str], ...], status: str, buy: str) -> str:
    rows = "".join(
        f"<tr><td class='_3e0e9_params-name'>{k}</td><td class='_3e0e9_params-value'><a href='/kategoria?{k}'>{v}</a></td></tr>"
        for k, v in params
    )
    body = (
        "<header><a href='https://allegro.pl' class='logo'>Allegro</a></header><main>"
        "<div class='gallery'><img src='https://a.allegroimg.com/original/11a2b3/4c5d6e7f8a9b' width='600'></div>"
        f"<h1 class='mp4t_0 mryx_0'>{title}</h1>"
        f"<div aria-label='cena {price}'><span class='mli8_k4'>{price}</span></div>"
        f"<div class='offer-quantity'>{status}</div>"
        + buy
        + "<div class='seller'>Sprzedawca: <a href='/uzytkownik/ELEKTRO-HURT'>ELEKTRO-HURT</a></div>"
        f"<section><h2>Parametry</h2><table class='_3e0e9_params'>{rows}</table></section></main>"
    )
    return doc("pl-PL", f"{title} - Allegro", body)


# 11. "Marka | Xiaomi" parameter, "z 15 sztuk", "Kup teraz"
case(
    "allegro-marka",
    "https://allegro.pl/oferta/odkurzacz-xiaomi-robot-vacuum-e10-15123456789",
    allegro(
        "Odkurzacz automatyczny Xiaomi Robot Vacuum E10 biały",
        "799,00 zł",
        (
            ("Stan", "Nowy"),
            ("Marka", "Xiaomi"),
            ("Model", "Robot Vacuum E10"),
            ("Kod producenta", "BHR6783EU"),
        ),
        "z 15 sztuk",
        "<button type='button' class='mgn2_14'>Dodaj do koszyka</button><button type='button'>Kup teraz</button>",
    ),
    brand_claimed="Xiaomi",
    availability="InStock",
)

# 12. an ended offer: "Oferta zakończona" and "Produkt niedostępny"
case(
    "allegro-zakonczona",
    "https://allegro.pl/oferta/golarka-philips-series-5000-s5887-10-14234567890",
    allegro(
        "Golarka Philips Series 5000 S5887/10",
        "449,00 zł",
        (("Stan", "Nowy"), ("Marka", "Philips"), ("Model", "S5887/10")),
        "Produkt niedostępny",
        "<div class='offer-ended'><p>Oferta zakończona</p><a href='/listing?string=philips'>Zobacz podobne</a></div>",
    ),
    brand_claimed="Philips",
    availability="OutOfStock",
)

# ---- Rakuten (Japan) ------------------------------------------------------------------------------


def rakuten(title: str, price: str, table: str, buy: str) -> str:
    body = (
        "<div id='rakutenLimitedId_header'><a href='https://www.rakuten.co.jp/'>楽天市場</a>"
        "<a href='https://www.rakuten.co.jp/kitchen-kadenya/'>キッチン家電屋</a></div>"
        "<table><tr><td class='image_main'><img src='https://shop.r10s.jp/kitchen-kadenya/cabinet/main/nwjx10.jpg' "
        "width='500'></td><td>"
        f"<h1><span class='item_name'><b>{title}</b></span></h1>"
        f"<span class='price2' style='font-size:24px'>{price}</span><span class='tax-excluded'>送料無料</span>"
        + buy
        + "</td></tr></table>"
        + table
        + "<div id='rakutenLimitedId_footer'>Copyright Rakuten Group</div>"
    )
    return doc("ja", f"【楽天市場】{title}：キッチン家電屋", body)


def rakuten_table(*rows: tuple[str, str]) -> str:
    return (
        "<table class='item-spec' border='1'>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        + "</table>"
    )


# 13. "メーカー / ブランド" rows, "商品番号", "在庫あり", "買い物かごに入れる"
case(
    "rakuten-brand-in-stock",
    "https://item.rakuten.co.jp/kitchen-kadenya/nw-jx10-ba/",
    rakuten(
        "象印 圧力IH炊飯器 炎舞炊き 5.5合 NW-JX10-BA ブラック",
        "54,800円",
        rakuten_table(("ブランド", "象印マホービン"), ("型番", "NW-JX10-BA"), ("商品番号", "NW-JX10-BA")),
        "<p class='stock'>在庫あり</p><form action='https://basket.step.rakuten.co.jp/rms/mall/bs/cartadd/'>"
        "<input type='submit' value='買い物かごに入れる' class='cart-button'></form>",
    ),
    brand_claimed="象印マホービン",
    availability="InStock",
    sku="NW-JX10-BA",
)

# 14. "売り切れました" in place of the cart, "メーカー" row only
case(
    "rakuten-sold-out",
    "https://item.rakuten.co.jp/kitchen-kadenya/ec-sa40-ba/",
    rakuten(
        "象印 全自動コーヒーメーカー 珈琲通 EC-SA40-BA",
        "12,980円",
        rakuten_table(("メーカー", "象印マホービン"), ("型番", "EC-SA40-BA")),
        "<div class='soldout'><span class='soldout_msg'>売り切れました</span></div>"
        "<button type='button' disabled>再入荷お知らせ</button>",
    ),
    brand_claimed="象印マホービン",
    availability="OutOfStock",
)

# 15. pre-order: "予約受付中" and "予約注文する"
case(
    "rakuten-preorder",
    "https://item.rakuten.co.jp/kitchen-kadenya/bm-sa05/",
    rakuten(
        "【予約】タイガー 電気ケトル わく子 PCM-A080",
        "4,980円",
        rakuten_table(("ブランド", "タイガー魔法瓶"), ("型番", "PCM-A080")),
        "<p class='stock'>予約受付中 3月下旬発送予定</p><form action='https://basket.step.rakuten.co.jp/rms/mall/bs/cartadd/'>"
        "<input type='submit' value='予約注文する'></form>",
    ),
    brand_claimed="タイガー魔法瓶",
    availability="PreOrder",
)

# ---- Coupang --------------------------------------------------------------------------------------


def coupang(title: str, brand: str, price: str, buy: str, info: tuple[tuple[str, str], ...]) -> str:
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in info)
    body = (
        "<header id='header'><a href='https://www.coupang.com/' class='coupang-logo'>쿠팡</a></header>"
        "<div class='prod-atf'><div class='prod-image'><img class='prod-image__detail' "
        "src='https://thumbnail7.coupangcdn.com/thumbnails/remote/492x492ex/image/retail/images/2024/01/abc.jpg' "
        f"width='492'></div><div class='prod-buy'><a class='prod-brand-name' href='/np/search?q={brand}'>{brand}</a>"
        f"<h2 class='prod-buy-header__title'>{title}</h2><div class='prod-price'><span class='total-price'>"
        f"<strong>{price}</strong></span></div>"
        + buy
        + "<div class='prod-vendor-container'>판매자: <a href='/vp/vendors/A0012345'>쿠팡</a></div></div></div>"
        f"<div class='product-item__table'><table class='prod-delivery-return-policy-table'>{rows}</table></div>"
    )
    return doc("ko-KR", f"{title} - 쿠팡!", body)


# 16. brand link over the name, "장바구니 담기" / "바로구매"
case(
    "coupang-brand-link",
    "https://www.coupang.com/vp/products/7123456789?itemId=17123456789&vendorItemId=84123456789",
    coupang(
        "삼성전자 비스포크 무풍 벽걸이 에어컨 AR06D9150HZS",
        "삼성전자",
        "689,000원",
        "<div class='prod-buy-footer'><button class='prod-cart-btn'>장바구니 담기</button>"
        "<button class='prod-buy-btn'>바로구매</button></div>",
        (("품명 및 모델명", "AR06D9150HZS"), ("제조자", "삼성전자")),
    ),
    brand_claimed="삼성전자",
    availability="InStock",
)

# 17. "품절" with a restock alert in place of the buy buttons
case(
    "coupang-sold-out",
    "https://www.coupang.com/vp/products/6234567890?itemId=16234567890",
    coupang(
        "LG전자 퓨리케어 360 공기청정기 AS193DWFA",
        "LG전자",
        "459,000원",
        "<div class='prod-buy-footer'><div class='oos-label'>품절</div>"
        "<button class='prod-restock-alert'>재입고 알림 신청</button></div>",
        (("품명 및 모델명", "AS193DWFA"), ("제조자", "LG전자")),
    ),
    brand_claimed="LG전자",
    availability="OutOfStock",
)

# ---- Noon (Arabic) --------------------------------------------------------------------------------


def noon(title: str, brand: str, price: str, buy: str, specs: tuple[tuple[str, str], ...]) -> str:
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in specs)
    body = (
        "<header><a href='/uae-ar/' class='logo'>نون</a><a href='/uae-ar/cart/'>العربة</a></header><main>"
        "<div class='sc-gallery'><img src='https://f.nooncdn.com/p/pnsku/N70012345V/45/_/1700000000/abc.jpg?format=jpg&width=800' "
        f"width='800'></div><div class='sc-product-info'><div data-qa='pdp-brand'><a href='/uae-ar/{brand}/'>{brand}</a></div>"
        f"<h1 data-qa='pdp-name'>{title}</h1><div class='priceNow' data-qa='div-price-now'>{price}</div>"
        + buy
        + "<div class='sc-seller'>يتم البيع بواسطة <a href='/uae-ar/seller/p-1234'>نون</a></div></div>"
        f"<section class='specifications'><h3>المواصفات</h3><table>{rows}</table></section></main>"
    )
    return doc("ar-AE", f"{title} | نون الإمارات", body, dir="rtl")


# 18. "العلامة التجارية" row and the brand link over the name; "أضف إلى العربة"
case(
    "noon-arabic-brand",
    "https://www.noon.com/uae-ar/galaxy-s24-ultra/N70012345V/p/",
    noon(
        "هاتف جالكسي S24 ألترا ثنائي الشريحة بلون أسود تيتانيوم وذاكرة رام 12 جيجابايت وسعة 256 جيجابايت",
        "سامسونج",
        "AED 4,299.00",
        "<button class='addToCart' data-qa='pdp-add-to-cart'>أضف إلى العربة</button>",
        (("العلامة التجارية", "سامسونج"), ("رقم الموديل", "SM-S928BZKCMEA"), ("اللون", "أسود تيتانيوم")),
    ),
    brand_claimed="سامسونج",
    availability="InStock",
)

# 19. Arabic sold out: "غير متوفر حالياً" and "نفدت الكمية"; the brand only in the specs table
case(
    "noon-arabic-out-of-stock",
    "https://www.noon.com/uae-ar/airfryer-xxl/N40123456A/p/",
    noon(
        "قلاية هوائية إكس إكس إل سعة 7.3 لتر أسود",
        "",
        "AED 899.00",
        "<div class='oos' data-qa='pdp-out-of-stock'>نفدت الكمية</div><p>غير متوفر حالياً</p>",
        (("العلامة التجارية", "فيليبس"), ("رقم الموديل", "HD9650/90")),
    ),
    brand_claimed="فيليبس",
    availability="OutOfStock",
)

# ---- Flipkart -------------------------------------------------------------------------------------


def flipkart(brand: str, title: str, price: str, buy: str, specs: tuple[tuple[str, str], ...]) -> str:
    rows = "".join(
        f"<tr class='WJdYP6 row'><td class='+fFi1w col col-3-12'>{k}</td><td><ul><li class='HPETK2'>{v}</li></ul></td></tr>"
        for k, v in specs
    )
    body = (
        "<header class='_3ZqtNW'><a href='/' title='Flipkart'><img src='/fk-logo.svg' alt='Flipkart' width='75'></a>"
        "<input name='q' placeholder='Search for Products, Brands and More'></header>"
        "<div class='DOjaWF'><div class='_8id3KM'><img class='DByuf4 IZexXJ jLEJ7H' loading='eager' "
        "src='https://rukminim2.flixcart.com/image/832/832/xif0q/shoe/abc/def/puma-original-imagz.jpeg?q=70' width='832'></div>"
        f"<div class='C7fEHH'><h1 class='_6EBuvT'><span class='mEh187'>{brand}</span> <span class='VU-ZEz'>{title}</span></h1>"
        f"<div class='hl05eU'><div class='Nx9bqj CxhGGd'>{price}</div></div>"
        + buy
        + f"<div class='_5Pmv5S'><div>Specifications</div><table class='_0ZhAN9'>{rows}</table></div></div></div>"
    )
    return doc(
        "en", f"{brand} {title} - Buy {brand} {title} Online at Best Price in India | Flipkart.com", body
    )


# 20. fashion: the brand in its own span before the name inside the h1; "ADD TO CART" / "BUY NOW"
case(
    "flipkart-brand-span",
    "https://www.flipkart.com/puma-smashic-sneakers-men/p/itm7f1b2c3d4e5f6?pid=SHOGZ6HNJ7GHZYZF",
    flipkart(
        "PUMA",
        "Smashic Sneakers For Men (White)",
        "₹2,399",
        "<ul class='row'><li><button class='QqFHMw vslbG+ In9uk2'>ADD TO CART</button></li>"
        "<li><button class='QqFHMw _0ePzqS'>BUY NOW</button></li></ul>",
        (("Color", "White"), ("Outer material", "Synthetic Leather"), ("Model Name", "Smashic")),
    ),
    brand_claimed="PUMA",
    availability="InStock",
    sku="SHOGZ6HNJ7GHZYZF",
)

# 21. "Sold Out" and "This item is currently out of stock" with "NOTIFY ME"
case(
    "flipkart-sold-out",
    "https://www.flipkart.com/boat-rockerz-450/p/itmf1a2b3c4d5e6f?pid=ACCFZGAQXGYC3DCM",
    flipkart(
        "boAt",
        "Rockerz 450 Bluetooth Headset (Luscious Black, On the Ear)",
        "₹1,499",
        "<div class='Z8JjpR'>Sold Out</div><div class='nyRpc8'>This item is currently out of stock</div>"
        "<button class='QqFHMw'>NOTIFY ME</button>",
        (("Model Name", "Rockerz 450"), ("Color", "Luscious Black")),
    ),
    brand_claimed="boAt",
    availability="OutOfStock",
    sku="ACCFZGAQXGYC3DCM",
)

# ---- Etsy -----------------------------------------------------------------------------------------


def etsy(shop: str, title: str, price: str, buy: str) -> str:
    body = (
        "<header class='wt-bg-white'><a href='https://www.etsy.com/' class='etsy-logo'>Etsy</a>"
        "<a href='/cart'>Basket</a></header><div class='listing-page-image-carousel-component'>"
        "<img class='wt-max-width-full carousel-image' src='https://i.etsystatic.com/12345678/r/il/abcdef/5123456789/il_794xN.5123456789_ab12.jpg' "
        "width='794'></div><div class='listing-page-content'>"
        f"<div class='wt-mb-xs-1'><a class='wt-text-link-no-underline' href='https://www.etsy.com/shop/{shop}?ref=shop-header-name'>"
        f"<span>{shop}</span></a> <span class='wt-text-caption'>Star Seller</span></div>"
        f"<h1 class='wt-text-body-01 wt-line-height-tight wt-break-word'>{title}</h1>"
        f"<div data-buy-box-region='price'><p class='wt-text-title-larger'><span class='wt-screen-reader-only'>Price:</span>{price}</p></div>"
        + buy
        + "<div class='reviews'><p>Beautiful work, arrived quickly!</p></div></div>"
    )
    return doc("en-GB", f"{title} - Etsy UK", body)


# 22. the shop line above the title is the maker's name; "Only 1 left" and "Add to basket"
case(
    "etsy-shop-is-maker",
    "https://www.etsy.com/uk/listing/1523456789/personalised-leather-wallet-mens",
    etsy(
        "LunaLeatherCo",
        "Personalised Leather Wallet, Men's Bifold Wallet, Engraved Anniversary Gift",
        "£34.00",
        "<p class='wt-text-caption'>Low in stock, only 1 left</p>"
        "<form action='/cart/listing.php' method='post'><button type='submit' class='wt-btn wt-btn--filled'>"
        "Add to basket</button></form>",
    ),
    brand_claimed="LunaLeatherCo",
    availability="InStock",
)

# 23. "Sorry, this item is sold out" in place of the basket button
case(
    "etsy-sold-out",
    "https://www.etsy.com/uk/listing/1398765432/hand-thrown-ceramic-mug-speckled",
    etsy(
        "ClayAndKilnStudio",
        "Hand Thrown Ceramic Mug, Speckled Stoneware Coffee Cup",
        "£28.00",
        "<div class='wt-alert'><p>Sorry, this item is sold out</p></div>"
        "<a href='/shop/ClayAndKilnStudio' class='wt-btn'>See similar items</a>",
    ),
    brand_claimed="ClayAndKilnStudio",
    availability="OutOfStock",
)

# ---- Shopify (Dawn) -------------------------------------------------------------------------------


def dawn(shop: str, vendor: str, title: str, price: str, button: str, sku: str = "", extra: str = "") -> str:
    vendor_line = (
        f"<p class='product__text inline-richtext caption-with-letter-spacing'>{vendor}</p>" if vendor else ""
    )
    sku_line = (
        f"<p class='product__sku no-js-hidden' id='Sku-template--1__main'><span class='visually-hidden'>SKU:</span>{sku}</p>"
        if sku
        else ""
    )
    body = (
        f"<div class='announcement-bar'>Free shipping over $75</div><header class='header'><a href='/' class='header__heading-link'>"
        f"<span class='h2'>{shop}</span></a><nav><a href='/collections/all'>Shop all</a><a href='/pages/about'>About</a></nav></header>"
        "<main id='MainContent'><section class='product'><div class='product__media-wrapper'><div class='product__media media'>"
        f"<img src='//{shop.lower().replace(' ', '')}.com/cdn/shop/files/main-product.jpg?v=1700000000&width=1946' width='1946' height='1946'></div></div>"
        "<div class='product__info-wrapper'><div class='product__info-container'>"
        + vendor_line
        + f"<div class='product__title'><h1>{title}</h1></div>"
        + sku_line
        + f"<div class='price'><div class='price__regular'><span class='price-item price-item--regular'>{price}</span></div></div>"
        + extra
        + "<product-form class='product-form'><form method='post' action='/cart/add' class='form'>"
        "<input type='hidden' name='id' value='44512345678901'>"
        f"<div class='product-form__buttons'>{button}</div></form></product-form>"
        "</div></div></section></main>" + FOOTER
    )
    return doc("en", f"{title} – {shop}", body)


LIVE = "<button type='submit' name='add' class='product-form__submit button button--full-width'><span>Add to cart</span></button>"
SOLD = "<button type='submit' name='add' class='product-form__submit button' disabled><span>Sold out</span></button>"

# 24. a multi-brand shop: the vendor line (HOKA) is the brand, not the shop's name
case(
    "shopify-vendor-line",
    "https://www.trailrunnersupply.com/products/hoka-speedgoat-6-mens",
    dawn("Trail Runner Supply", "HOKA", "Speedgoat 6 Men's", "$155.00", LIVE, sku="1147791-BKSTN-09"),
    brand_claimed="HOKA",
    availability="InStock",
    sku="1147791-BKSTN-09",
)

# 25. the sold-out button disabled; vendor line "Fjällräven"
case(
    "shopify-sold-out-disabled",
    "https://www.northpackgoods.com/products/kanken-classic-frost-green",
    dawn("North Pack Goods", "Fjällräven", "Kånken Classic Backpack - Frost Green", "$90.00", SOLD),
    brand_claimed="Fjällräven",
    availability="OutOfStock",
)

# 26. a brand's own store: vendor "Nimbara" while the document title ends with "Nimbara US"
case(
    "shopify-own-brand-region-suffix",
    "https://nimbara.com/products/cloud-travel-pillow",
    dawn("Nimbara US", "Nimbara", "Cloud Travel Pillow", "$59.00", LIVE),
    brand_claimed="Nimbara",
    availability="InStock",
)

# 27. pre-order: the cart button reads "Pre-order" and a note gives the ship date
case(
    "shopify-pre-order",
    "https://www.keebforge.com/products/forge-75-keyboard-kit",
    dawn(
        "KeebForge",
        "KeebForge",
        "Forge75 Mechanical Keyboard Kit",
        "$189.00",
        "<button type='submit' name='add' class='product-form__submit button'><span>Pre-order</span></button>",
        extra="<p class='preorder-note'>Pre-order: ships in April 2025</p>",
    ),
    brand_claimed="KeebForge",
    availability="PreOrder",
)

# ---- WooCommerce ----------------------------------------------------------------------------------


def woo(
    lang: str,
    shop: str,
    title: str,
    price: str,
    stock: str,
    attrs: tuple[tuple[str, str], ...],
    sku: str,
    buy: str,
) -> str:
    rows = "".join(
        f"<tr class='woocommerce-product-attributes-item woocommerce-product-attributes-item--attribute_pa_{k.lower()}'>"
        f"<th class='woocommerce-product-attributes-item__label'>{k}</th>"
        f"<td class='woocommerce-product-attributes-item__value'><p><a href='/{k.lower()}/{v.lower()}/' rel='tag'>{v}</a></p></td></tr>"
        for k, v in attrs
    )
    body = (
        f"<header id='masthead'><div class='site-branding'><a href='/' class='custom-logo-link'><img src='/wp-content/uploads/logo.png' alt='{shop}' class='custom-logo'></a></div>"
        "<nav class='main-navigation'><a href='/shop/'>Shop</a><a href='/kontakt/'>Kontakt</a></nav></header>"
        "<div id='product-1234' class='product type-product'><div class='woocommerce-product-gallery'>"
        "<div class='woocommerce-product-gallery__image'><a href='/wp-content/uploads/2024/05/product-main.jpg'>"
        "<img src='/wp-content/uploads/2024/05/product-main-600x600.jpg' class='wp-post-image' width='600'></a></div></div>"
        f"<div class='summary entry-summary'><h1 class='product_title entry-title'>{title}</h1>"
        f"<p class='price'><span class='woocommerce-Price-amount amount'><bdi>{price}</bdi></span></p>"
        + stock
        + buy
        + f"<div class='product_meta'><span class='sku_wrapper'>{'Artikelnummer' if lang == 'de' else 'SKU'}: <span class='sku'>{sku}</span></span>"
        "<span class='posted_in'>Kategorie: <a href='/kategorie/werkzeug/'>Werkzeug</a></span></div></div>"
        "<div class='woocommerce-tabs'><div id='tab-additional_information'><h2>Zusätzliche Informationen</h2>"
        f"<table class='woocommerce-product-attributes shop_attributes'>{rows}</table></div></div></div>"
    )
    return doc(lang, f"{title} – {shop}", body)


WOO_BUY_DE = (
    "<form class='cart' method='post'><input type='number' name='quantity' value='1'>"
    "<button type='submit' name='add-to-cart' value='1234' class='single_add_to_cart_button button alt'>In den Warenkorb</button></form>"
)

# 27b. the attributes table's "Marke", "12 vorrätig", "Artikelnummer: BSH-4471"
case(
    "woo-marke-vorraetig",
    "https://www.werkzeugkiste-shop.de/produkt/bosch-akkuschrauber-gsr-12v-15/",
    woo(
        "de",
        "Werkzeugkiste",
        "Akkuschrauber GSR 12V-15 mit 2 Akkus",
        "149,00&nbsp;€",
        "<p class='stock in-stock'>12 vorrätig</p>",
        (("Marke", "Bosch"), ("Spannung", "12 V")),
        "BSH-4471",
        WOO_BUY_DE,
    ),
    brand_claimed="Bosch",
    availability="InStock",
    sku="BSH-4471",
)

# 28. "Nicht vorrätig" and the brand as "Hersteller"
case(
    "woo-nicht-vorraetig",
    "https://www.werkzeugkiste-shop.de/produkt/makita-winkelschleifer-ga5030r/",
    woo(
        "de",
        "Werkzeugkiste",
        "Winkelschleifer GA5030R 720 W",
        "79,90&nbsp;€",
        "<p class='stock out-of-stock'>Nicht vorrätig</p>",
        (("Hersteller", "Makita"), ("Leistung", "720 W")),
        "MKT-5030",
        "",
    ),
    brand_claimed="Makita",
    availability="OutOfStock",
    sku="MKT-5030",
)

# 29. English WooCommerce "Available on backorder" with a live cart button; attribute "Brand"
case(
    "woo-backorder",
    "https://www.coffeegearshop.co.uk/product/rancilio-silvia-pro-x/",
    woo(
        "en-GB",
        "Coffee Gear Shop",
        "Silvia Pro X Dual Boiler Espresso Machine",
        "£1,849.00",
        "<p class='stock available-on-backorder'>Available on backorder</p>",
        (("Brand", "Rancilio"), ("Boiler", "Dual")),
        "RAN-SPX-UK",
        WOO_BUY_DE.replace("In den Warenkorb", "Add to basket"),
    ),
    brand_claimed="Rancilio",
    availability="BackOrder",
    sku="RAN-SPX-UK",
)

# ---- brand logos, crumbs, collections -------------------------------------------------------------


def shop_page(
    lang: str, shop: str, title: str, price: str, above: str, below: str, buy: str, crumbs: str = ""
) -> str:
    crumb = (
        "<nav class='breadcrumb' aria-label='breadcrumb'><ol>"
        + "".join(f"<li><a href='/c/{i}'>{c}</a></li>" for i, c in enumerate(crumbs.split(" > ")[:-1]))
        + f"<li aria-current='page'>{crumbs.split(' > ')[-1]}</li></ol></nav>"
        if crumbs
        else ""
    )
    body = (
        nav("New", "Women", "Men", "Brands", "Sale")
        + "<main>"
        + crumb
        + "<div class='product-detail'><div class='product-gallery'><img class='main-image' "
        "src='/media/catalog/product/main-1200.jpg' width='1200' height='1200' alt=''></div><div class='product-info'>"
        + above
        + f"<h1 class='product-name'>{title}</h1><div class='product-price'><span class='price'>{price}</span></div>"
        + buy
        + below
        + "</div></div></main>"
        + FOOTER
    )
    return doc(lang, f"{title} | {shop}", body)


BUY = "<form action='/cart/add' method='post'><button type='submit' class='btn add-to-cart'>Add to cart</button></form>"

# 30. PrestaShop: only the manufacturer logo image (alt text) names the brand; "Reference: 1-0458"
case(
    "prestashop-manufacturer-logo",
    "https://www.maison-cuisine.fr/casseroles/458-cocotte-ronde-24-cm.html",
    shop_page(
        "fr",
        "Maison Cuisine",
        "Cocotte ronde en fonte 24 cm Cerise",
        "259,00 €",
        "<div class='product-manufacturer'><a href='/brand/7-le-creuset'><img src='/img/m/7.jpg' "
        "class='img img-thumbnail manufacturer-logo' alt='Le Creuset'></a></div>",
        "<div class='product-reference'><label class='label'>Référence </label><span>1-0458</span></div>"
        "<span id='product-availability'><i class='material-icons product-available'>&#xE5CA;</i>En stock</span>",
        "<form action='/panier' method='post'><button class='btn btn-primary add-to-cart' data-button-action='add-to-cart' "
        "type='submit'>Ajouter au panier</button></form>",
    ),
    brand_claimed="Le Creuset",
    availability="InStock",
    sku="1-0458",
)

# 31. the crumb after "Brands" names the brand; nothing else does
case(
    "crumbs-brands",
    "https://www.toolcity.com/products/18v-brushless-hammer-drill-xph14z",
    shop_page(
        "en-US",
        "ToolCity",
        "18V LXT Brushless 1/2 in. Hammer Driver-Drill XPH14Z",
        "$159.00",
        "",
        "<p class='stock-status in-stock'>In stock, ready to ship</p><p class='item-code'>Item #: XPH14Z</p>",
        BUY,
        crumbs="Home > Brands > Makita > Drills > 18V LXT Brushless 1/2 in. Hammer Driver-Drill XPH14Z",
    ),
    brand_claimed="Makita",
    availability="InStock",
    sku="XPH14Z",
)

# 32. a brand's own site: the collection name shows above the title, the brand is the shop
case(
    "collection-not-brand-own-site",
    "https://www.maisonaurelle.com/en-us/jewelry/necklaces/lumiere-pendant-18k-gold-70112345.html",
    shop_page(
        "en-US",
        "Maison Aurelle",
        "Lumière Pendant in 18k Gold with Diamonds",
        "$3,450.00",
        "<p class='product-collection'><a href='/en-us/collections/aurelle-lumiere/'>Aurelle Lumière</a></p>",
        "<p class='availability'>Available online</p><p class='product-number'>Item No. 70112345</p>",
        "<button type='button' class='btn add-to-bag'>Add to Bag</button>",
    ).replace(
        "<a class='logo' href='/'>Home</a>",
        "<a class='logo' href='/'><img src='/logo.svg' alt='Maison Aurelle'></a>",
    ),
    brand_claimed="Maison Aurelle",
    availability="InStock",
    sku="70112345",
)

# 33. a multi-brand shop: "Collection: Holiday 2024" is no brand; "Brand: Barbour" is
case(
    "collection-label-and-brand-label",
    "https://www.countryoutfitters.co.uk/barbour-beadnell-wax-jacket-olive",
    shop_page(
        "en-GB",
        "Country Outfitters",
        "Beadnell Wax Jacket Olive",
        "£269.00",
        "<p class='collection'>Collection: Holiday 2024</p>",
        "<ul class='product-facts'><li>Brand: Barbour</li><li>Product code: LWX0668OL71</li></ul>"
        "<p class='stock'>In stock</p>",
        BUY,
    ),
    brand_claimed="Barbour",
    availability="InStock",
    sku="LWX0668OL71",
)

# 34. the shop's own name (a multi-brand retailer) is no brand: "Marke: Nike" is
case(
    "retailer-name-not-brand",
    "https://www.sportland-shop.de/nike-air-zoom-pegasus-41-herren-laufschuh-fd2722-002",
    shop_page(
        "de-DE",
        "Sportland",
        "Air Zoom Pegasus 41 Herren Laufschuh",
        "139,99 €",
        "",
        "<table class='product-properties'><tr><th>Marke</th><td>Nike</td></tr><tr><th>Artikelnummer</th><td>FD2722-002</td></tr>"
        "</table><div class='delivery-information'><span class='delivery-status-indicator bg-success'></span>Sofort lieferbar</div>",
        "<form action='/checkout/line-item/add'><button class='btn btn-buy'>In den Warenkorb</button></form>",
    ),
    brand_claimed="Nike",
    availability="InStock",
    sku="FD2722-002",
)

# 35. Magento (fr): "Marque" in the additional-attributes table, "Rupture de stock"
case(
    "magento-fr-rupture",
    "https://www.electromenager-pro.fr/robot-patissier-kitchenaid-artisan-5ksm175.html",
    shop_page(
        "fr-FR",
        "Electroménager Pro",
        "Robot pâtissier Artisan 4,8 L 5KSM175PSECA",
        "649,00 €",
        "",
        "<div class='product-info-stock-sku'><div class='stock unavailable' title='Disponibilité'><span>Rupture de stock</span></div>"
        "<div class='product attribute sku'><strong class='type'>Référence</strong><div class='value'>5KSM175PSECA</div></div></div>"
        "<table class='data table additional-attributes' id='product-attribute-specs-table'><tbody>"
        "<tr><th class='col label' scope='row'>Marque</th><td class='col data' data-th='Marque'>KitchenAid</td></tr>"
        "<tr><th class='col label' scope='row'>Couleur</th><td class='col data' data-th='Couleur'>Rouge</td></tr></tbody></table>",
        "<div class='product-alert-stock'><a href='/productalert/add/stock/'>M'avertir lorsque le produit est en stock</a></div>",
    ),
    brand_claimed="KitchenAid",
    availability="OutOfStock",
    sku="5KSM175PSECA",
)

# 36. Salesforce Commerce Cloud: `.product-brand` link, "In Stock", "Style #" code
case(
    "sfcc-brand-in-stock",
    "https://www.outdoorhaus.com/patagonia-better-sweater-fleece-jacket-25528.html",
    shop_page(
        "en-US",
        "Outdoor Haus",
        "Men's Better Sweater® Fleece Jacket",
        "$149.00",
        "<div class='product-brand'><a href='/brands/patagonia/' class='brand-link'>Patagonia</a></div>",
        "<div class='availability product-availability' data-available='true'><div class='availability-msg'>In Stock</div></div>"
        "<div class='product-number'>Style #: <span class='product-id'>25528</span></div>",
        "<button class='add-to-cart btn btn-primary' data-pid='25528'>Add to Cart</button>",
    ),
    brand_claimed="Patagonia",
    availability="InStock",
    sku="25528",
)

# 37. Italian: "Marca: Bialetti" in a feature list, "Esaurito" on a disabled button
case(
    "italian-marca-esaurito",
    "https://www.casaecaffe.it/prodotto/moka-express-6-tazze",
    shop_page(
        "it-IT",
        "Casa e Caffè",
        "Moka Express 6 tazze alluminio",
        "32,90 €",
        "",
        "<ul class='caratteristiche'><li><strong>Marca:</strong> Bialetti</li><li><strong>Codice articolo:</strong> 0001163</li></ul>",
        "<button type='submit' class='btn add-to-cart' disabled>Esaurito</button>",
    ),
    brand_claimed="Bialetti",
    availability="OutOfStock",
    sku="0001163",
)

# 38. Spanish "Fabricante" + "Disponible en 3-5 días"? no: "Agotado" badge, "Avísame cuando esté disponible"
case(
    "spanish-agotado",
    "https://www.tiendadeportiva.es/zapatillas-asics-gel-nimbus-26",
    shop_page(
        "es-ES",
        "Tienda Deportiva",
        "Zapatillas de running Gel-Nimbus 26 hombre",
        "179,99 €",
        "<a class='brand-name' href='/marcas/asics'>ASICS</a>",
        "<span class='badge badge-agotado'>Agotado</span><p>Referencia: 1011B794-001</p>",
        "<button type='button' class='btn notify-me'>Avísame cuando esté disponible</button>",
    ),
    brand_claimed="ASICS",
    availability="OutOfStock",
    sku="1011B794-001",
)

# 39. bol.com-like Dutch: "Merk" in the specifications list, "Op voorraad"
case(
    "dutch-merk-op-voorraad",
    "https://www.winkelplein.nl/p/philips-airfryer-xl-hd9270-90/9300000123456789/",
    shop_page(
        "nl-NL",
        "Winkelplein",
        "Airfryer XL HD9270/90 - 6,2 L",
        "€ 149,99",
        "",
        "<div class='buy-block__highlight'>Op voorraad</div><dl class='specs__list'><dt class='specs__title'>Merk</dt>"
        "<dd class='specs__value'>Philips</dd><dt class='specs__title'>Artikelnummer</dt><dd class='specs__value'>HD9270/90</dd></dl>",
        "<button class='c-btn-primary js_floating_basket_btn'>In winkelwagen</button>",
    ),
    brand_claimed="Philips",
    availability="InStock",
    sku="HD9270/90",
)

# 40. German pre-order: "Vorbestellen" and "Erscheint am 14.03.2025"; brand from "Hersteller:"
case(
    "german-vorbestellen",
    "https://www.spielwelt-shop.de/lego-technic-porsche-911-gt3-rs-42176",
    shop_page(
        "de-DE",
        "Spielwelt",
        "Technic Porsche 911 GT3 RS 42176",
        "49,99 €",
        "",
        "<p class='release'>Erscheint am 14.03.2025</p><p>Hersteller: LEGO</p><p>Art.-Nr.: 42176</p>",
        "<form action='/warenkorb'><button class='btn btn-preorder'>Vorbestellen</button></form>",
    ),
    brand_claimed="LEGO",
    availability="PreOrder",
    sku="42176",
)

# 41. "by <Brand>" line under the title on a marketplace (Walmart-like)
case(
    "by-brand-link",
    "https://www.bigmart.com/ip/Ninja-Professional-Blender-BL610/39812345",
    shop_page(
        "en-US",
        "BigMart",
        "Ninja Professional 72 oz Countertop Blender BL610",
        "$89.00",
        "",
        "<a class='brand-link' href='/c/brand/ninja'>Visit the Ninja Brand Shop</a>"
        "<p class='fulfillment'>Shipping, arrives in 2 days</p><p>Only 3 left</p>",
        BUY,
    ),
    brand_claimed="Ninja",
    availability="InStock",
)

# 42. Korean open-market table: "브랜드 | 쿠쿠", "재고: 품절", disabled "구매하기"
case(
    "korean-brand-row-sold-out",
    "https://www.smartmall.co.kr/goods/view?no=4512345",
    shop_page(
        "ko-KR",
        "스마트몰",
        "쿠쿠 6인용 IH압력밥솥 CRP-LHTR0610FW",
        "289,000원",
        "",
        "<table class='goods-info'><tr><th>브랜드</th><td>쿠쿠</td></tr><tr><th>모델명</th><td>CRP-LHTR0610FW</td></tr>"
        "<tr><th>재고</th><td>품절</td></tr></table>",
        "<button type='button' class='btn-buy' disabled>품절</button>",
    ),
    brand_claimed="쿠쿠",
    availability="OutOfStock",
)

# ---- must-not-fire: pages where no brand (or no other stock) may be read ---------------------------

# 43. a multi-brand shop, no brand shown: the shop's logo, its name in the title and the crumbs are no
#     brand (a page naming no brand claims none; the market pages' truth of wix_it, woocommerce_variable_nl)
case(
    "no-brand-shown",
    "https://www.thelinenloft.com/products/stonewashed-linen-duvet-cover",
    shop_page(
        "en-US",
        "The Linen Loft",
        "Stonewashed Linen Duvet Cover, Queen",
        "$219.00",
        "",
        "<p class='stock'>In stock</p><div class='description'><p>Made from 100% European flax.</p></div>",
        BUY,
        crumbs="Home > Bedding > Duvet Covers > Stonewashed Linen Duvet Cover, Queen",
    ).replace(
        "<a class='logo' href='/'>Home</a>",
        "<a class='logo' href='/'><img src='/logo.png' alt='The Linen Loft'></a>",
    ),
    brand_claimed=None,
    availability="InStock",
)

# 44. related cards carry their own "Brand:" lines and "Sold out" notes: the page has no brand, is in stock
case(
    "related-cards-brands",
    "https://www.homegoods-outlet.com/p/ceramic-table-lamp-sage",
    shop_page(
        "en-US",
        "Homegoods Outlet",
        "Ceramic Table Lamp, Sage",
        "$64.00",
        "",
        "<p class='stock'>Only 4 left in stock</p>"
        + cards(
            "You may also like",
            ("Brand: Lumio Arc Floor Lamp", "$129.00", "Sold out"),
            ("Brand: Casa Verde Pendant", "$89.00", "Out of stock"),
        ),
        BUY,
    ),
    brand_claimed=None,
    availability="InStock",
)

# 45. a review mentions "sold out" and a size chip is sold out: still InStock, "Brand: Arc'teryx"
case(
    "review-sold-out-words",
    "https://www.alpinegear.com/arcteryx-atom-hoody-men",
    shop_page(
        "en-US",
        "Alpine Gear",
        "Atom Hoody Men's",
        "$280.00",
        "",
        "<p>Brand: Arc'teryx</p><div class='sizes'><button class='size'>S</button><button class='size unavailable' disabled>M - Sold out</button>"
        "<button class='size'>L</button></div><section class='reviews'><h2>Reviews</h2><blockquote>It sold out last winter so I grabbed "
        "one as soon as it was back. Currently unavailable in my size at other shops.</blockquote></section>",
        BUY,
    ),
    brand_claimed="Arc'teryx",
    availability="InStock",
)

# 46. "Sold by" and "Ships from" name sellers: the brand is the "Brand" row
case(
    "sold-by-not-brand",
    "https://www.megamarket.com/item/anker-powercore-10000/11223344",
    shop_page(
        "en-US",
        "MegaMarket",
        "PowerCore 10000 Portable Charger",
        "$21.99",
        "",
        "<div class='seller-info'>Sold by <a href='/seller/gadgethub'>GadgetHub</a> · Ships from <a href='/seller/mm'>MegaMarket</a></div>"
        "<table class='specs'><tr><th>Brand</th><td>Anker</td></tr><tr><th>Model</th><td>A1263</td></tr></table>"
        "<p class='stock'>In stock</p>",
        BUY,
    ),
    brand_claimed="Anker",
    availability="InStock",
)

# 47. a coupon code and a phone number are no sku; the title's "Leaf & Kettle" names no part of the
#     host (teashop.example.com): not read as the shop's own name
case(
    "coupon-not-sku",
    "https://www.teashop.example.com/products/sencha-loose-leaf-100g",
    shop_page(
        "en-US",
        "Leaf & Kettle",
        "Organic Sencha Loose Leaf Tea 100 g",
        "$14.50",
        "",
        "<div class='promo'>Use code SAVE20 at checkout · Questions? Call 1-800-555-0199</div><p class='stock'>In stock</p>",
        BUY,
    ),
    brand_claimed=None,
    availability="InStock",
    sku=None,
)


# ---- round 2: out-of-stock pages of shop platforms (written after round 1's fixes) ------------------


def hearth(body: str, title: str = "Linen Apron Natural") -> str:
    """A small shop's product page: `body` in the info column, "{t}" standing for the title `<h1>`."""
    return doc(
        "en-US",
        f"{title} | Hearth Goods",
        nav("Shop", "About")
        + "<main><div class='pd'><div class='gallery'><img src='/media/apron-main-1200.jpg' width='1200'></div>"
        + "<div class='info'>"
        + body.replace("{t}", f"<h1>{title}</h1>")
        + "</div></div></main>"
        + FOOTER,
    )


HP = "<p class='price'>$38.00</p>"
HURL = "https://hearthgoods.com/products/linen-apron"
for _id, _body, _want in [
    (
        "bigcommerce-alertbox",
        "{t}"
        + HP
        + "<div class='alertBox alertBox--error'><p class='alertBox-message'><span>Out of stock</span></p>"
        "</div><form action='/cart.php'><input type='submit' class='button' value='Out of stock' disabled></form>",
        "OutOfStock",
    ),
    (
        "squarespace-sold-out",
        "{t}<div class='product-mark sold-out'>sold out</div>"
        + HP
        + "<div class='sqs-add-to-cart-button sold-out' "
        "role='button'><div class='sqs-add-to-cart-button-inner'>Sold Out</div></div>",
        "OutOfStock",
    ),
    (
        "wix-aria-disabled",
        "{t}"
        + HP
        + "<button aria-disabled='true' data-hook='add-to-cart'><span>Out of stock</span></button>",
        "OutOfStock",
    ),
    (
        "magento-en-unavailable",
        "{t}"
        + HP
        + "<div class='product-info-stock-sku'><div class='stock unavailable' title='Availability'>"
        "<span>Out of stock</span></div></div>",
        "OutOfStock",
    ),
    (
        # OpenCart keeps its cart button live on an item out of stock; the labelled line states it
        "opencart-availability-label",
        "{t}<ul class='list-unstyled'><li>Product Code: AP-12</li><li>Availability: Out Of Stock</li></ul>"
        + HP
        + "<button type='button' id='button-cart' class='btn btn-primary'>Add to Cart</button>",
        "OutOfStock",
    ),
    (
        "opencart-availability-in-stock",
        "{t}<ul class='list-unstyled'><li>Product Code: AP-12</li><li>Availability: In Stock</li></ul>"
        + HP
        + "<button type='button' id='button-cart'>Add to Cart</button>",
        "InStock",
    ),
    ("count-of-none", "{t}" + HP + "<p>0 in stock</p>", "OutOfStock"),
    (
        "count-of-some",
        "{t}" + HP + "<p>3 in stock</p><button class='add-to-cart'>Add to cart</button>",
        "InStock",
    ),
    (
        "walmart-in-stock-alert",
        "{t}"
        + HP
        + "<div class='fulfillment'><span>Out of stock</span></div><button type='button'>Get in-stock alert"
        "</button>",
        "OutOfStock",
    ),
    (
        "bestbuy-sold-out-button",
        "{t}"
        + HP
        + "<button class='c-button c-button-disabled add-to-cart-button' disabled type='button'>Sold Out"
        "</button>",
        "OutOfStock",
    ),
    (
        "disabled-add-with-badge",
        "{t}"
        + HP
        + "<span class='badge'>Sold out</span><form action='/cart/add'><button type='submit' name='add' "
        "disabled>Add to cart</button></form>",
        "OutOfStock",
    ),
    (
        "shopware-soldout",
        "{t}" + HP + "<p class='delivery-information delivery-soldout'>Nicht mehr verfügbar</p>",
        "OutOfStock",
    ),
    (
        "de-label-nicht-lieferbar",
        "{t}" + HP + "<dl><dt>Verfügbarkeit:</dt><dd>nicht lieferbar</dd></dl>",
        "OutOfStock",
    ),
    (
        "fr-label-rupture",
        "{t}"
        + HP
        + "<p>Disponibilité : Rupture de stock</p><button class='btn' disabled>Ajouter au panier</button>",
        "OutOfStock",
    ),
    (
        "sold-out-image",
        "{t}" + HP + "<img src='/img/soldout.png' alt='Sold out' width='120'>",
        "OutOfStock",
    ),
    (
        # must not fire: one size sold out, the item on sale
        "size-sold-out-item-live",
        "{t}"
        + HP
        + "<div class='sizes'><button class='size' disabled>S</button><button class='size'>M</button></div>"
        "<button class='add-to-cart'>Add to cart</button><p>Sold out in S</p>",
        "InStock",
    ),
    (
        "backorder-note-live",
        "{t}"
        + HP
        + "<p class='stock'>On backorder - ships in 3 weeks</p><button class='add-to-cart'>Add to cart</button>",
        "BackOrder",
    ),
]:
    case(f"r2-{_id}", HURL, hearth(_body), availability=_want)


XFAIL = {
    "flipkart-brand-span": "a two-part heading ('PUMA' + 'Smashic Sneakers ...') that nothing else on the page "
    "names as a brand reads like 'Classic Leather' + 'Tote Bag' (brands._brand_in_heading); Flipkart's real "
    "pages carry a '~brand' crumb link the rule uses, this page does not",
    "flipkart-sold-out": "as flipkart-brand-span: the brand span alone is no brand to the heuristics",
    # r2-sold-out-image passes since test_avail_brand_review11's `controls.stock_picture` (a picture named for
    # a state, its alt text stating one, outside cards and hidden parts, on a page without a live buy control)
}


@pytest.mark.parametrize("c", case_params(CASES, XFAIL))
def test_fields(c: Case) -> None:
    got = extract_product(c.html, c.url)
    assert got is not None, "no listing"
    wrong = {k: (got.get(k), v) for k, v in c.want.items() if got.get(k) != v}
    assert not wrong, f"(got, want): {wrong}"


def test_cases_have_no_structured_data() -> None:
    # the review is of pages WITHOUT structured data: none may carry JSON-LD, microdata or product meta
    for c in CASES:
        assert not carries_structured_data(c.html), c.id


# ---- must-not-fire cases of this review's rules ---------------------------------------------------


def _simple(title: str, doc_title: str, url: str, body: str, lang: str = "en-US", head: str = "") -> dict:
    html = doc(
        lang,
        doc_title,
        nav("New", "Sale")
        + f"<main><div class='pd'><div class='gallery'><img src='/media/main-1200.jpg' width='1200'></div>"
        f"<div class='info'>{body.replace('{title}', f'<h1>{title}</h1>')}</div></div></main>" + FOOTER,
        head,
    )
    got = extract_product(html, url)
    assert got is not None
    return got


PRICE_BUY = "<p class='price'>$48.00</p>" + BUY


@pytest.mark.parametrize(
    ("doc_title", "url", "body", "want"),
    [
        # a collection named after the shop over the title: the shop's name, without a market marker
        # (`brands._house_over_title`, `brands.without_region`)
        (
            "Cloud Pillow | Nimbara US",
            "https://nimbara.com/p/cloud",
            "<p>Nimbara Dream</p>{title}" + PRICE_BUY,
            "Nimbara",
        ),
        (
            "Cloud Pillow | Maison Nimbara",
            "https://nimbaraparis.com/p/1",
            "<p>Nimbara Rêve</p>{title}" + PRICE_BUY,
            None,
        ),
        # the shop's name alone is no brand; nor a line naming something else; nor a domain's name
        ("Cloud Pillow | Nimbara", "https://nimbara.com/p/cloud", "{title}" + PRICE_BUY, None),
        (
            "Cloud Pillow | Nimbara",
            "https://nimbara.com/p/cloud",
            "<p>New Arrival</p>{title}" + PRICE_BUY,
            None,
        ),
        (
            "Cloud Pillow | Nimbara.com",
            "https://nimbara.com/p/cloud",
            "<p>Nimbara Dream</p>{title}" + PRICE_BUY,
            None,
        ),
        # the line opens with the shop's name or the shop's name with it: the vendor, read by `_brand_above`
        # when the title names it, else nothing
        (
            "Cloud Pillow | Nimbara",
            "https://nimbara.com/p/cloud",
            "<p>Nimbara</p>{title}" + PRICE_BUY,
            "Nimbara",
        ),
        # a storefront link over the title: the maker's shop (`brands._maker_shop`)
        (
            "Cloud Pillow | Market",
            "https://market.example/listing/123456789/cloud",
            "<div class='shop-line'><a href='/shop/PillowDepot'>PillowDepot</a></div>{title}" + PRICE_BUY,
            "PillowDepot",
        ),
        # ... after the title: a reseller's card, no brand; a link whose text does not spell the storefront
        (
            "Cloud Pillow | Market",
            "https://market.example/listing/123456789/cloud",
            "{title}"
            + PRICE_BUY
            + "<div class='seller-card'><a href='/shop/PillowDepot'>PillowDepot</a></div>",
            None,
        ),
        (
            "Cloud Pillow | Market",
            "https://market.example/listing/123456789/cloud",
            "<div class='shop-line'><a href='/shop/PillowDepot'>Visit shop</a></div>{title}" + PRICE_BUY,
            None,
        ),
        # a brand named on the page wins
        (
            "Cloud Pillow | Market",
            "https://market.example/listing/123456789/cloud",
            "<div class='shop-line'><a href='/shop/PillowDepot'>PillowDepot</a></div>{title}<p>Brand: Tempur</p>"
            + PRICE_BUY,
            "Tempur",
        ),
    ],
)
def test_shop_names(doc_title: str, url: str, body: str, want: str | None) -> None:
    assert _simple("Cloud Pillow", doc_title, url, body)["brand_claimed"] == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("M'avertir lorsque le produit est en stock", "OutOfStock"),
        ("Email me when available", "OutOfStock"),
        ("Benachrichtigen, wenn wieder verfügbar", "OutOfStock"),
        # alerts about something else, and plain stock lines
        ("Notify me of price drops", None),
        ("Email me when my order ships", None),
        ("In stock", "InStock"),
        ("Avise-me quando chegar", "OutOfStock"),
        # awaited back: not in stock now; a restocked item's badge is in stock
        ("We don't know when or if this item will be back in stock.", "OutOfStock"),
        ("Back in stock soon", "OutOfStock"),
        ("Back in stock!", "InStock"),
        ("Now back in stock", "InStock"),
        # stock words of more markets, negated forms first ("Ej i lager": "i lager" is in stock)
        ("Ej i lager", "OutOfStock"),
        ("I lager", "InStock"),
        ("Tillfälligt slut", "OutOfStock"),
        ("Ikke på lager", "OutOfStock"),
        ("På lager", "InStock"),
        ("Utsolgt", "OutOfStock"),
        ("Μη διαθέσιμο", "OutOfStock"),
        ("Διαθέσιμο", "InStock"),
        ("Εξαντλήθηκε", "OutOfStock"),
        ("Hết hàng", "OutOfStock"),
        ("Còn hàng", "InStock"),
        ("Stok habis", "OutOfStock"),
        ("入荷待ち", "OutOfStock"),
        ("Victime de son succès", "OutOfStock"),
        ("Skladem", "InStock"),
        ("Není skladem", "OutOfStock"),
        ("Low stock", "InStock"),
        ("غير متوفر حالياً", "OutOfStock"),
        ("نفذت الكمية", "OutOfStock"),
        ("متوفر", "InStock"),
    ],
)
def test_stock_lines(line: str, want: str | None) -> None:
    assert said_state(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Visit the Ninja Brand Shop", "Ninja"),
        ("Visit the Anker Store", "Anker"),
        ("Visit the Brand Shop", None),  # no name: the placeholder "Brand"
    ],
)
def test_store_link_line(line: str, want: str | None) -> None:
    body = "{title}" + f"<div class='brand-link'><a href='/c/brand/x'>{line}</a></div>" + PRICE_BUY
    assert (
        _simple("Cloud Pillow", "Cloud Pillow | Shop", "https://shop.example/p/1", body)["brand_claimed"]
        == want
    )


@pytest.mark.parametrize(
    ("over", "title", "facts", "want"),
    [
        # a maker label under the brand line the title opens with: the brand line (`brands._labelled_brand`)
        (
            "<a href='/search?q=Bosch'>Bosch</a>",
            "Bosch GSR 12V-15",
            "Hersteller: Bosch Power Tools GmbH",
            "Bosch",
        ),
        (
            "<a href='/search?q=비비드'>비비드</a>",
            "비비드 무선 이어폰 BT-500",
            "제조사: 비비드전자",
            "비비드",
        ),
        # a brand label is the brand as written
        (
            "<a href='/search?q=Bosch'>Bosch</a>",
            "Bosch GSR 12V-15",
            "Marke: Bosch Professional",
            "Bosch Professional",
        ),
        # a line the title does not open with, or a maker named otherwise: the label's value
        (
            "<a href='/c/tools'>Tools</a>",
            "Bosch GSR 12V-15",
            "Hersteller: Bosch Power Tools GmbH",
            "Bosch Power Tools GmbH",
        ),
        (
            "<a href='/search?q=Bosch'>Bosch</a>",
            "Bosch GSR 12V-15",
            "Hersteller: Robert Bosch GmbH",
            "Robert Bosch GmbH",
        ),
    ],
)
def test_maker_label_under_brand_line(over: str, title: str, facts: str, want: str) -> None:
    body = (
        f"<div class='o'>{over}</div><div class='t'>{{title}}</div>"
        + PRICE_BUY
        + f"<ul><li>{facts}</li></ul>"
    )
    got = _simple(title, f"{title} | Werkzeugwelt", "https://werkzeugwelt.de/p/12345", body, lang="de-DE")
    assert got["brand_claimed"] == want


@pytest.mark.parametrize(
    ("facts", "sku"),
    [
        # Magento's French label of the SKU, "UGS" (unité de gestion de stock), its value in the next element
        ("<strong class='type'>UGS</strong><div class='value'>MB-CP-1000-INX</div>", "MB-CP-1000-INX"),
        ("<p>UGS : MB-CP-1000-INX</p>", "MB-CP-1000-INX"),
        # the letters opening other words: no label
        ("<p>UGSA certifié, garantie 2 ans</p>", None),
    ],
)
def test_french_ugs_label(facts: str, sku: str | None) -> None:
    body = "{title}<p class='price'>49,90 €</p>" + facts + "<button type='submit'>Ajouter au panier</button>"
    got = _simple(
        "Cafetière à piston inox 1 L",
        "Cafetière à piston | Cuisine",
        "https://cuisine.fr/cafetiere.html",
        body,
        lang="fr-FR",
    )
    assert got["sku"] == sku


@pytest.mark.parametrize(
    ("facts", "sku"),
    [
        # English catalogue and stock codes, H&M's "Art. No."
        ("<p>Catalog #: AP-001</p>", "AP-001"),
        ("<p>Cat. No. AP-001</p>", "AP-001"),
        ("<p>Stock code: HG-AP-001</p>", "HG-AP-001"),
        ("<p>Art. No.: 0987654</p>", "0987654"),
        # the words alone, with no code after them: none
        ("<p>Catalog: Spring 2025</p>", None),
        ("<p>Stock: 12 left</p>", None),
    ],
)
def test_catalog_and_stock_code_labels(facts: str, sku: str | None) -> None:
    body = "{title}" + PRICE_BUY + facts
    got = _simple(
        "Linen Apron", "Linen Apron | Hearth Goods", "https://hearthgoods.com/products/linen-apron", body
    )
    assert got["sku"] == sku


@pytest.mark.parametrize(
    ("node", "want"),
    [
        # stock-aware flags and inventory words of a browser-built page's state JSON (crawler/pagestate.py)
        ({"orderable": False}, "OutOfStock"),
        ({"isOrderable": True}, "InStock"),
        ({"is_salable": False}, "OutOfStock"),
        ({"inventoryStatus": "OUT_OF_STOCK"}, "OutOfStock"),
        ({"stockState": "IN_STOCK"}, "InStock"),
        # WooCommerce's "purchasable" says the product has a price, not that it is in stock
        ({"purchasable": False}, None),
    ],
)
def test_state_json_stock_flags(node: dict, want: str | None) -> None:
    product = {"name": "Linen Apron", "price": 38, "currency": "USD", "image": "/media/apron.jpg", **node}
    html = (
        "<html><head><title>Linen Apron | Hearth Goods</title></head><body><div id='root'></div>"
        "<script id='__NEXT_DATA__' type='application/json'>"
        + json.dumps({"props": {"pageProps": {"product": product}}})
        + "</script></body></html>"
    )
    got = extract_product(html, "https://hearthgoods.com/products/linen-apron")
    assert got is not None and got["availability"] == want


@pytest.mark.parametrize(
    ("facts", "want"),
    [
        # brand labels of more markets, a maker's "Made by"
        ("<p>Made by Acme</p>", "Acme"),
        ("<table><tr><td>Thương hiệu</td><td>Acme</td></tr></table>", "Acme"),
        ("<table><tr><td>Merek</td><td>Acme</td></tr></table>", "Acme"),
        ("<table><tr><td>ยี่ห้อ</td><td>Acme</td></tr></table>", "Acme"),
        ("<table><tr><td>Μάρκα</td><td>Acme</td></tr></table>", "Acme"),
        ("<table><tr><td>מותג</td><td>Acme</td></tr></table>", "Acme"),
        ("<table><tr><td>Márka</td><td>Acme</td></tr></table>", "Acme"),
        # must not fire: the item's condition, a seller, what the item fits, a designer (often a person),
        # a multi-vendor marketplace's seller written as "Vendor:" with a link to its store
        ("<p>Brand new condition</p>", None),
        ("<p>Brand New In Box</p>", None),
        ("<p>Sold by Acme Outlet</p>", None),
        ("<p>Compatible brand: Apple</p>", None),
        ("<p>Designer: Arne Jacobsen</p>", None),
        # "Vendor:" is left unread on purpose (a marketplace's seller as often as a brand: 6ccffb1)
        ("<p>Vendor: Acme</p>", None),
    ],
)
def test_more_brand_labels(facts: str, want: str | None) -> None:
    body = "{title}" + PRICE_BUY + facts
    got = _simple(
        "Linen Apron", "Linen Apron | Hearth Goods", "https://hearthgoods.com/products/linen-apron", body
    )
    assert got["brand_claimed"] == want


def test_maker_company_under_a_brand_heading() -> None:
    # the product facts name the maker's company; the heading's brand part is the brand
    body = (
        "<h1><span> Champion </span> <span> Stanford University Hooded Sweatshirt </span></h1>"
        + PRICE_BUY
        + "<ul><li>Fabric : 50% Cotton/50% Polyester</li><li>Manufacturer : CHAMPION PRODUCTS</li></ul>"
    )
    html = doc(
        "en-US",
        "Stanford University Hooded Sweatshirt | Campus Store",
        "<main><img src='/media/hoodie-1200.jpg' width='1200'>" + body + "</main>",
    )
    got = extract_product(html, "https://campusstore.example/p/hoodie-123456")
    assert got is not None and got["brand_claimed"] == "Champion"
    # the same facts without a brand part in the heading: the maker line
    html = html.replace("<span> Champion </span> ", "")
    got = extract_product(html, "https://campusstore.example/p/hoodie-123456")
    assert got is not None and got["brand_claimed"] == "CHAMPION PRODUCTS"
