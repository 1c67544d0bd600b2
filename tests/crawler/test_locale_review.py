"""Adversarial review of sku, availability, brand and product-page recognition on pages without
structured data in issue 14's markets (Amazon .com/.co.uk/.de/.fr/.it, Taiwan, Korea, Kazakhstan,
Argentina, Slovenia, Croatia).

Each case is a small but realistic product page written from how those shops render them (Amazon's
2024-25 detail page: `#productTitle`, `#bylineInfo`, `#availability`, `#outOfStock`, the product
details tables and detail bullets with their U+200F/U+200E marks; Cafe24 and Godomall in Korea;
Shopline, 91APP and Cyberbiz in Taiwan; Tiendanube and VTEX in Argentina; a Kaspi-like marketplace
and small shops in Kazakhstan, Slovenia and Croatia), with what a careful human reads: the sku
(an Amazon page's is its ASIN, as the project labels it), the availability as a schema.org name,
the brand, and that the page is a listing at all. Pages carry the noise of real ones: cookie
banners, menus, related-product cards with their own codes and stock words, "notify me" forms,
size selectors with one size sold out, delivery-time words. `NOT_PRODUCT` are pages that must give
no listing (category, search and cart pages of the same markets).

Written before reading the heuristics, in rounds of about 15; the first look of each round was run
against the code before any change here (ac5552a; `said_state` standing for
`values.normalize_availability` there):

- Round 1 (15 pages: Amazon in five languages incl. unavailable and pre-order, Shopline, 91APP, Cafe24,
  Kazakh, Argentine, Slovenian, Croatian shops): 0 failed.
- Round 2 (15): 4 failed. A sellers table of a Kaspi-like marketplace (availability None; left as a
  strict xfail), "Под заказ" in an element named ".card__avail" (None: "avail" alone was no availability
  name), VTEX's `productBrand` class on the name's span inside the h1 read as the brand, "Nije dostupno"
  read as InStock ("dostupno").
- Round 3 (15): 3 failed. 91APP's "即將售完" (soon sold out) read as OutOfStock, VTEX's name span again,
  a Croatian submit button reading a bare "Kupi" (no buy control: availability None).
- Round 4 (10 pages, 6 pages that are no product page): 4 failed, all product pages: a "제조사/브랜드"
  (maker/brand) label, "Producto discontinuado" (None), "Uskoro dostupno" and "Kmalu na zalogi"
  (available soon) read as InStock. The 6 non-product pages gave no listing.
- Round 5 (13): 5 failed. An open market's "나이키 브랜드관 >" link over the name (the brand read was the
  shop's own name, its header's text link home taken for a vendor line), the brand only in the title's
  brackets ("【TIGER 虎牌】...", "[아디다스] ..."), Kazakh "Сатылымда жоқ" read as InStock ("сатылымда"),
  "Товар закончился" in a line no name marks on a priced page without a buy control (None).
- Round 6 (12): 6 failed at ac5552a (one, "Izdelek ni več v prodaji", already passing with round 4's
  rules): "商品料號" (the URL's id read instead), Croatian "Kod proizvoda" (None), Kazakh "Бренді" (None),
  a Cafe24 page of a product whose sales ended ("판매종료" in place of the price: no listing), "商品已下架"
  (None).
- Round 7 (12): 2 failed. An Amazon parent page asking for a size before it shows a price ("To buy,
  select Size": no listing), amazon.fr's long "Temporairement en rupture de stock. Commandez maintenant
  et nous vous livrerons ..." block (over 200 characters: skipped, InStock from the cart button).
- Round 8 (8 in-stock pages with misleading words: an unavailable add-on in "Frequently bought
  together", a review quoting "sold out", Cafe24's hidden SOLD OUT option template, "Sin stock" on a size
  chip, store-availability lists with "Nije dostupno" / "Нет в наличии", "XL 缺貨", "RASPRODAJA -40%",
  "Razprodaja"): 0 failed.
- Round 9 (6 more pages that are no product page: an Amazon cart, a Godomall list of bracketed brands, a
  one-result search, an order confirmation, a news article, an Amazon search page whose results each ask
  "To buy, select Size"): 1 failed at ac5552a (the news article, left as a strict xfail: its price is the
  footer's free-shipping threshold); the search page passed at ac5552a but failed with round 7's rule
  as committed in 885aa48 (each result's "To buy, select Size" read as the page's): now one such text only.
- Round 10 (6 pages with several codes or makers: "Hersteller" without a byline, "Manufacturer
  reference" beside the ASIN, barcodes and EANs before the shop's code, "Код товара" with "Артикул"):
  0 failed.
- Round 11 (6 small pages, one stock line each in the markets' own words): 5 failed ("Ni zaloge",
  "Қолжетімсіз", "商品補貨中", "Nema zalihe": None; "No hay stock": InStock); "재고 없음" passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.controls import said_state
from knockoff.crawler.values import normalize_availability
from tests.crawler.review_cases import case_params

COOKIES = (
    "<div id='cookie-banner' class='cookie-consent' role='dialog'><p>{text}</p>"
    "<button class='btn accept'>{ok}</button></div>"
)


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    want: dict = field(default_factory=dict)  # field -> value; a field left out is not checked
    xfail: str = ""  # why the case is left failing (a strict xfail)


CASES: list[Case] = []


def case(id: str, url: str, html: str, xfail: str = "", **want: str | tuple[str, ...] | None) -> None:
    """A product page: a listing must come out; `want` maps sku / availability / brand_claimed."""
    CASES.append(Case(id, url, html, want, xfail))


def doc(lang: str, title: str, body: str, head: str = "") -> str:
    """A whole page: `<html lang>`, `<title>`, extra `head` markup and `body`."""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"{head}</head><body>{body}</body></html>"
    )


# ---- Amazon ---------------------------------------------------------------------------------------

AMAZON_NAV = (
    "<header id='navbar-main'><div id='nav-belt'><a id='nav-logo-sprites' href='/ref=nav_logo'>"
    "<span class='nav-sprite nav-logo-base'></span></a><div id='nav-global-location-slot'>"
    "<span id='glow-ingress-line1'>{deliver}</span></div><form id='nav-search-bar-form' "
    "action='/s'><input type='text' id='twotabsearchtextbox' name='field-keywords'>"
    "<input type='submit' id='nav-search-submit-button' value='Go'></form>"
    "<a id='nav-cart' href='/gp/cart/view.html'><span id='nav-cart-count'>0</span>"
    "<span class='nav-line-2'>{cart}</span></a></div>"
    "<div id='nav-main'><a href='/gp/goldbox'>{deals}</a> <a href='/gp/bestsellers'>Best Sellers</a>"
    "</div></header>"
)


def amazon(
    lang: str,
    title: str,
    crumbs: str,
    image: str,
    center: str,
    buybox: str,
    details: str,
    nav: tuple[str, str, str] = ("Deliver to", "Cart", "Today's Deals"),
    carousel: str = "",
) -> str:
    """An Amazon detail page of 2024-25: nav, crumbs, left image column, centre column (byline,
    `#productTitle`, price, bullets: `center`), right column buy box (`buybox`), then product
    details (`details`) and a sponsored carousel."""
    deliver, cart, deals = nav
    body = (
        AMAZON_NAV.format(deliver=deliver, cart=cart, deals=deals)
        + "<div id='dp' class='electronics en_US'><div id='dp-container'>"
        "<div id='wayfinding-breadcrumbs_feature_div'><ul class='a-unordered-list a-horizontal'>"
        + "".join(
            f"<li><span class='a-list-item'><a class='a-link-normal'>{c}</a></span></li>"
            for c in crumbs.split("|")
        )
        + "</ul></div><div id='ppd'><div id='leftCol'><div id='imageBlock'><div id='imgTagWrapperId' "
        f"class='imgTagWrapper'><img alt='{title}' src='https://m.media-amazon.com/images/I/{image}._AC_SX679_.jpg' "
        f"data-old-hires='https://m.media-amazon.com/images/I/{image}._AC_SL1500_.jpg' id='landingImage' "
        "data-a-dynamic-image='{}'></div></div></div><div id='centerCol'>"
        + center
        + "</div><div id='rightCol'><div id='buybox'>"
        + buybox
        + "</div></div></div><div id='prodDetails' class='a-section'>"
        + details
        + "</div>"
        + carousel
        + "</div></div><div id='navFooter'><a href='/gp/help'>Help</a></div>"
    )
    return doc(lang, f"{title} : Amazon", body)


def byline(text: str, href: str = "/stores/page/ABC") -> str:
    return (
        "<div id='bylineInfo_feature_div'><div class='a-section a-spacing-none'>"
        f"<a id='bylineInfo' class='a-link-normal' href='{href}'>{text}</a></div></div>"
    )


def amazon_title(title: str) -> str:
    return (
        "<div id='title_feature_div'><h1 id='title' class='a-size-large a-spacing-none'>"
        f"<span id='productTitle' class='a-size-large product-title-word-break'>        {title}       "
        "</span></h1></div><div id='averageCustomerReviews'><span class='a-icon-alt'>4.6 out of 5 stars"
        "</span> <span id='acrCustomerReviewText'>12,345 ratings</span></div>"
    )


def amazon_price(offscreen: str, symbol: str, whole: str, fraction: str) -> str:
    return (
        "<div id='corePriceDisplay_desktop_feature_div'><div class='a-section a-spacing-none aok-align-center'>"
        "<span class='a-price aok-align-center reinventPricePriceToPayMargin priceToPay'>"
        f"<span class='a-offscreen'>{offscreen}</span><span aria-hidden='true'><span class='a-price-symbol'>"
        f"{symbol}</span><span class='a-price-whole'>{whole}<span class='a-price-decimal'>.</span></span>"
        f"<span class='a-price-fraction'>{fraction}</span></span></span></div></div>"
    )


def bullets(*items: str) -> str:
    return (
        "<div id='feature-bullets' class='a-section a-spacing-medium a-spacing-top-small'>"
        "<ul class='a-unordered-list a-vertical a-spacing-mini'>"
        + "".join(f"<li><span class='a-list-item'> {i} </span></li>" for i in items)
        + "</ul></div>"
    )


def detail_bullets(*rows: tuple[str, str]) -> str:
    """`#detailBullets_feature_div` as Amazon writes it: 'Label &rlm; : &lrm; ' then the value."""
    return (
        "<div id='detailBullets_feature_div'><ul class='a-unordered-list a-nostyle a-vertical a-spacing-none "
        "detail-bullet-list'>"
        + "".join(
            f"<li><span class='a-list-item'><span class='a-text-bold'>{k} &rlm; : &lrm; </span><span>{v}</span>"
            "</span></li>"
            for k, v in rows
        )
        + "</ul></div>"
    )


def tech_table(id: str, *rows: tuple[str, str]) -> str:
    """`#productDetails_techSpec_section_1`-style table; values carry Amazon's leading U+200E."""
    return (
        f"<table id='{id}' class='a-keyvalue prodDetTable' role='presentation'>"
        + "".join(
            f"<tr><th class='a-color-secondary a-size-base prodDetSectionEntry'> {k} </th>"
            f"<td class='a-size-base prodDetAttrValue'> \u200e{v} </td></tr>"
            for k, v in rows
        )
        + "</table>"
    )


def amazon_cart_buttons(cart: str = "Add to Cart", now: str = "Buy Now") -> str:
    return (
        "<form id='addToCart' method='post' action='/cart/add-to-cart/ref=dp_start-bbf_1_glance'>"
        "<input type='hidden' id='ASIN' name='ASIN' value='{asin}'>"
        "<div id='addToCart_feature_div'><span class='a-button a-button-primary'><span class='a-button-inner'>"
        "<input id='add-to-cart-button' name='submit.add-to-cart' type='submit' class='a-button-input' "
        f"value='{cart}'><span id='submit.add-to-cart-announce' class='a-button-text'>{cart}</span></span>"
        "</span></div><div id='buyNow_feature_div'><span class='a-button'><span class='a-button-inner'>"
        "<input id='buy-now-button' name='submit.buy-now' type='submit' class='a-button-input'>"
        f"<span id='submit.buy-now-announce' class='a-button-text'>{now}</span></span></span></div></form>"
    )


def sponsored(heading: str, *cards: tuple[str, str, str]) -> str:
    """A sponsored carousel of other products: (title, price, stock note) per card."""
    return (
        f"<div id='sp_detail' class='a-section'><h2 class='a-carousel-heading'>{heading}</h2>"
        "<ol class='a-carousel'>"
        + "".join(
            f"<li class='a-carousel-card'><div class='sp_offerVertical'><a class='a-link-normal' "
            f"href='/sspa/click?dp/B0{i}XYZ0000'><img src='https://m.media-amazon.com/images/I/71c{i}._AC_UL320_.jpg' "
            f"alt='{t}'><div class='sponsored-products-truncator-truncated'>{t}</div></a>"
            f"<span class='a-price'><span class='a-offscreen'>{p}</span></span>"
            f"<span class='a-size-small a-color-price'>{s}</span></div></li>"
            for i, (t, p, s) in enumerate(cards)
        )
        + "</ol></div>"
    )


# Round 1 -----------------------------------------------------------------------------------------

# 1. amazon.com in stock, "Only 2 left in stock - order soon.", brand from "Visit the X Store", ASIN in
#    the detail bullets beside "Item model number"; sponsored cards with their own stock notes
case(
    "amazon-com-only-2-left",
    "https://www.amazon.com/Anker-Charger-Compact-Foldable-MacBook/dp/B09C5RG6KV/ref=sr_1_3?keywords=anker",
    amazon(
        "en-us",
        "Anker USB C Charger, 735 Charger (Nano II 65W), 3-Port Fast Compact Foldable",
        "Electronics|Computers &amp; Accessories|Laptop Accessories|Chargers &amp; Adapters",
        "61Ty5j0y2oL",
        byline("Visit the Anker Store", "/stores/Anker/page/2F8F4B4E")
        + amazon_title("Anker USB C Charger, 735 Charger (Nano II 65W), 3-Port Fast Compact Foldable")
        + amazon_price("$35.99", "$", "35", "99")
        + bullets(
            "The Only Charger You Need: charge 3 devices at once", "Compact: 38% smaller than the original"
        ),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-base a-color-price'>"
        "Only 2 left in stock - order soon.</span></div>"
        + amazon_cart_buttons().replace("{asin}", "B09C5RG6KV")
        + "<div id='merchantInfoFeature_feature_div'>Ships from Amazon.com Sold by Amazon.com</div>",
        detail_bullets(
            ("Product Dimensions", "2.6 x 1.7 x 1.3 inches; 4.2 ounces"),
            ("Item model number", "A2667"),
            ("Date First Available", "August 12, 2021"),
            ("Manufacturer", "Anker"),
            ("ASIN", "B09C5RG6KV"),
        ),
        carousel=sponsored(
            "Products related to this item",
            ("UGREEN 65W USB C Charger", "$29.99", "Only 1 left in stock - order soon."),
            ("Baseus 65W GaN Charger", "$25.49", "Currently unavailable."),
        ),
    ),
    sku="B09C5RG6KV",
    availability="InStock",
    brand_claimed="Anker",
)

# 2. amazon.co.uk, "Currently unavailable." in #outOfStock, no price, no cart button; brand "Brand: X";
#    the ASIN in the second details table, URL /gp/product/
case(
    "amazon-uk-currently-unavailable",
    "https://www.amazon.co.uk/gp/product/B07PXGQC1Q?th=1",
    amazon(
        "en-gb",
        "Philips Series 3000 Wet or Dry Electric Shaver S3233/52",
        "Health &amp; Personal Care|Shaving &amp; Hair Removal|Men's",
        "71bV2lE0HWL",
        byline("Brand: Philips", "/s/ref=bl_dp_s_web_0?field-brandtextbin=Philips")
        + amazon_title("Philips Series 3000 Wet or Dry Electric Shaver S3233/52")
        + bullets("5D Pivot &amp; Flex heads", "60 minutes of cordless use"),
        "<div id='outOfStock' class='a-box a-alert-inline-warning'><div class='a-box-inner'>"
        "<div class='a-section a-spacing-none a-text-center'><span class='a-color-price a-text-bold'>"
        "Currently unavailable.</span><br>We don't know when or if this item will be back in stock.</div>"
        "</div></div><div id='wishlistButtonStack'><input type='submit' id='add-to-wishlist-button-submit' "
        "value='Add to List'></div>",
        tech_table(
            "productDetails_techSpec_section_1",
            ("Brand", "Philips"),
            ("Model Number", "S3233/52"),
            ("Colour", "Black"),
        )
        + tech_table(
            "productDetails_detailBullets_sections1",
            ("ASIN", "B07PXGQC1Q"),
            ("Customer Reviews", "4.5 out of 5 stars"),
            ("Best Sellers Rank", "#1,234 in Health &amp; Personal Care"),
            ("Date First Available", "4 Feb. 2019"),
        ),
        nav=("Deliver to", "Basket", "Today's Deals"),
    ),
    sku="B07PXGQC1Q",
    availability="OutOfStock",
    brand_claimed="Philips",
)

# 3. amazon.de, "Derzeit nicht verfügbar.", "Marke: Bosch Professional", detail bullets with Modellnummer
case(
    "amazon-de-derzeit-nicht-verfuegbar",
    "https://www.amazon.de/Bosch-Professional-Akku-Bohrschrauber-GSR-18V-55/dp/B07NQ3RKL5",
    amazon(
        "de-de",
        "Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55 (ohne Akkus und Ladegerät, im Karton)",
        "Baumarkt|Elektrowerkzeuge|Bohrmaschinen",
        "51pQ2rXfJbL",
        byline("Marke: Bosch Professional", "/s/ref=bl_dp_s_web_0?field-brandtextbin=Bosch+Professional")
        + amazon_title(
            "Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55 (ohne Akkus und Ladegerät, im Karton)"
        )
        + bullets("Bürstenloser Motor", "Max. Drehmoment 55 Nm"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-price'>"
        "Derzeit nicht verfügbar.</span><br><span>Ob und wann dieser Artikel wieder vorrätig sein wird, ist "
        "unbekannt.</span></div>",
        detail_bullets(
            ("Produktabmessungen", "19,8 x 7,6 x 21 cm; 900 Gramm"),
            ("Modellnummer", "06019H5200"),
            ("Im Angebot von Amazon.de seit", "5. Februar 2019"),
            ("Hersteller", "Bosch Professional"),
            ("ASIN", "B07NQ3RKL5"),
        ),
        nav=("Liefern an", "Einkaufswagen", "Angebote des Tages"),
    ),
    sku="B07NQ3RKL5",
    availability="OutOfStock",
    brand_claimed="Bosch Professional",
)

# 4. amazon.fr, "Actuellement indisponible.", "Visiter la boutique SEB", "Numéro du modèle de l'article"
case(
    "amazon-fr-actuellement-indisponible",
    "https://www.amazon.fr/SEB-Cocotte-minute-Clipso-Minut-P4620700/dp/B00BNUDGEQ/ref=pd_rhf_d_ee_s_pd_sbs_rvi_sccl_1_5",
    amazon(
        "fr-fr",
        "SEB P4620700 Clipso Minut' Easy Autocuiseur 6 L",
        "Cuisine et Maison|Cuisine|Autocuiseurs",
        "61lB2mI3YUL",
        byline("Visiter la boutique SEB", "/stores/SEB/page/11A4E7A0")
        + amazon_title("SEB P4620700 Clipso Minut' Easy Autocuiseur 6 L")
        + bullets("Ouverture et fermeture d'une seule main", "Tous feux dont induction"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-price'>"
        "Actuellement indisponible.</span><br><span>Nous ne savons pas quand cet article sera de nouveau "
        "approvisionné ni s'il le sera.</span></div>",
        detail_bullets(
            ("Dimensions du produit", "36 x 26 x 22 cm; 3,5 kilogrammes"),
            ("Numéro du modèle de l'article", "P4620700"),
            ("Fabricant", "SEB"),
            ("ASIN", "B00BNUDGEQ"),
            ("Date de mise en ligne sur Amazon.fr", "12 mars 2013"),
        ),
        nav=("Livrer à", "Panier", "Ventes Flash"),
    ),
    sku="B00BNUDGEQ",
    availability="OutOfStock",
    brand_claimed="SEB",
)

# 5. amazon.it in stock: "Disponibilità immediata", "Visita lo Store di De'Longhi", price "189,99€"
case(
    "amazon-it-disponibilita-immediata",
    "https://www.amazon.it/DeLonghi-Magnifica-ECAM22-110-SB-Automatica/dp/B00400OMU0",
    amazon(
        "it-it",
        "De'Longhi Magnifica S ECAM22.110.SB Macchina da Caffè Automatica",
        "Casa e cucina|Macchine da caffè|Macchine automatiche",
        "71q1E6VzH3L",
        byline("Visita lo Store di De'Longhi", "/stores/DeLonghi/page/7C1B0A2E")
        + amazon_title("De'Longhi Magnifica S ECAM22.110.SB Macchina da Caffè Automatica")
        + amazon_price("189,99€", "€", "189", "99").replace("a-price-decimal'>.", "a-price-decimal'>,")
        + bullets("Macinacaffè integrato", "Sistema cappuccino"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-success'>"
        "Disponibilità immediata</span></div><div id='mir-layout-DELIVERY_BLOCK'>Consegna GRATUITA "
        "<span class='a-text-bold'>venerdì 14 marzo</span></div>"
        + amazon_cart_buttons("Aggiungi al carrello", "Acquista ora").replace("{asin}", "B00400OMU0"),
        tech_table(
            "productDetails_techSpec_section_1",
            ("Marchio", "De'Longhi"),
            ("Numero modello articolo", "ECAM22.110.SB"),
            ("Colore", "Nero"),
        )
        + tech_table("productDetails_detailBullets_sections1", ("ASIN", "B00400OMU0")),
        nav=("Consegna a", "Carrello", "Offerte"),
    ),
    sku="B00400OMU0",
    availability="InStock",
    brand_claimed="De'Longhi",
)

# 6. amazon.com pre-order: release date line and a "Pre-order now" button, "Brand: Nintendo"
case(
    "amazon-com-pre-order",
    "https://www.amazon.com/dp/B0DQ1Y5FQ2",
    amazon(
        "en-us",
        "Mario Kart World - Nintendo Switch 2",
        "Video Games|Nintendo Switch 2|Games",
        "81kqA1cN2iL",
        byline("Brand: Nintendo", "/s/ref=bl_dp_s_web_0?field-brandtextbin=Nintendo")
        + amazon_title("Mario Kart World - Nintendo Switch 2")
        + amazon_price("$79.99", "$", "79", "99")
        + "<div id='preorderPriceGuarantee_feature_div'>Pre-order Price Guarantee. <a>Terms</a></div>",
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-success'>"
        "This item will be released on June 5, 2025.</span></div>"
        + amazon_cart_buttons("Pre-order now", "Pre-order now").replace("{asin}", "B0DQ1Y5FQ2"),
        detail_bullets(
            ("ASIN", "B0DQ1Y5FQ2"),
            ("Release date", "June 5, 2025"),
            ("Item model number", "HAC-P-AAAAA"),
        ),
    ),
    sku="B0DQ1Y5FQ2",
    availability="PreOrder",
    brand_claimed="Nintendo",
)

# 7. amazon.com clothing, size dropdown where two sizes are unavailable, "In Stock", "Visit the Levi's Store"
case(
    "amazon-com-size-unavailable",
    "https://www.amazon.com/Levis-Mens-Original-Fit-Jean/dp/B0018OR118?th=1&psc=1",
    amazon(
        "en-us",
        "Levi's Men's 501 Original Fit Jeans",
        "Clothing, Shoes &amp; Jewelry|Men|Clothing|Jeans",
        "61QsBSE7jgL",
        byline("Visit the Levi's Store", "/stores/Levis/page/0A1B2C3D")
        + amazon_title("Levi's Men's 501 Original Fit Jeans")
        + amazon_price("$59.50", "$", "59", "50")
        + "<div id='variation_size_name'><label class='a-form-label'>Size: </label>"
        "<select name='dropdown_selected_size_name' id='native_dropdown_selected_size_name'>"
        "<option value='-1'>Select</option><option class='dropdownAvailable' value='0,B0018OR118'>30W x 30L</option>"
        "<option class='dropdownUnavailable' value='1,B0018OR0Z8'>31W x 30L</option>"
        "<option class='dropdownUnavailable' value='2,B0018OR0ZI'>44W x 29L</option></select></div>"
        "<div class='swatchUnavailable'><span class='a-size-mini'>Currently unavailable.</span></div>",
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-success'>"
        "In Stock</span></div>" + amazon_cart_buttons().replace("{asin}", "B0018OR118"),
        detail_bullets(
            ("Product Dimensions", "15 x 12 x 2 inches; 1.5 Pounds"),
            ("Item model number", "00501-0101"),
            ("Department", "mens"),
            ("ASIN", "B0018OR118"),
        ),
    ),
    sku="B0018OR118",
    availability="InStock",
    brand_claimed="Levi's",
)

# ---- Taiwan -------------------------------------------------------------------------------------


def tw_shop(title: str, body: str, shop: str = "好物選品") -> str:
    header = (
        f"<header class='Header'><a href='/' class='logo'>{shop}</a><nav><a href='/categories/new'>新品上市</a>"
        "<a href='/categories/sale'>限時特價</a><a href='/categories/soldout'>售完商品</a></nav>"
        "<a href='/cart' class='cart'>購物車 (0)</a></header>"
        + COOKIES.format(text="本網站使用 Cookie 以提供更好的瀏覽體驗", ok="我知道了")
    )
    footer = (
        "<footer><p>客服專線 02-2345-6789</p><p>滿 NT$1,000 免運費，付款後 3-5 個工作天出貨</p>"
        f"<p>© 2025 {shop} All Rights Reserved.</p></footer>"
    )
    return doc("zh-TW", f"{title} - {shop}", header + f"<main>{body}</main>" + footer)


# 8. Shopline product page: 商品編號 and 品牌 lines, NT$ price, 立即購買 / 加入購物車
case(
    "tw-shopline-in-stock",
    "https://www.haowu.com.tw/products/kinyo-bte-3905",
    tw_shop(
        "【KINYO】無線藍牙耳機 BTE-3905",
        "<div class='ProductDetail-container'><div class='product-images'><img "
        "src='https://img.shoplineapp.com/media/image_clips/64a1f0/large.jpg' alt='【KINYO】無線藍牙耳機 BTE-3905'>"
        "</div><div class='product-info'><h1 class='Product-title'>【KINYO】無線藍牙耳機 BTE-3905</h1>"
        "<div class='Product-summary'><p>商品編號：KY-BTE3905</p><p>品牌：KINYO</p></div>"
        "<div class='price-regular price js-price'>NT$1,290</div><div class='price-sale'></div>"
        "<div class='Product-variations'><label>顏色</label><select><option>黑色</option><option>白色 (售完)</option>"
        "</select></div><div class='quantity'>數量 <input type='number' value='1'></div>"
        "<button class='btn btn-custom js-btn-main-checkout'>立即購買</button>"
        "<button class='btn btn-color-primary js-btn-add-to-cart'>加入購物車</button></div></div>",
    ),
    sku="KY-BTE3905",
    availability="InStock",
    brand_claimed="KINYO",
)

# 9. 91APP sold out: a disabled 已售完 button and a 貨到通知 link; recommended items below
case(
    "tw-91app-sold-out",
    "https://www.shopmall.com.tw/SalePage/Index/8123456",
    tw_shop(
        "日本製 不鏽鋼保溫瓶 500ml",
        "<div class='salepage-main'><div class='salepage-image'><img "
        "src='https://diz36nn4q02zr.cloudfront.net/webapi/imagesV3/Original/SalePage/8123456/0/638000000000?v=1' "
        "alt='日本製 不鏽鋼保溫瓶 500ml'></div><div class='salepage-info'>"
        "<h1 class='salepage-title'>日本製 不鏽鋼保溫瓶 500ml</h1><div class='salepage-short-description'>"
        "真空雙層保溫保冷</div><div class='salepage-price'><span class='price'>NT$ 890</span>"
        "<span class='suggest-price'>建議售價 NT$ 1,280</span></div>"
        "<div class='salepage-sku'><span class='sku-label'>規格</span><ul><li class='sku-item'>白色</li>"
        "<li class='sku-item'>黑色</li></ul></div>"
        "<div class='salepage-buy'><button class='btn-soldout' disabled>已售完</button>"
        "<a class='btn-notify' href='/Restock/8123456'>貨到通知我</a></div></div></div>"
        "<section class='recommend'><h2>你可能也會喜歡</h2><ul>"
        "<li class='product-card'><a href='/SalePage/Index/8123457'><img src='/img/8123457.jpg'>"
        "<p>保溫杯 350ml</p><p>NT$ 590</p><span class='badge'>熱銷中</span></a></li>"
        "<li class='product-card'><a href='/SalePage/Index/8123458'><img src='/img/8123458.jpg'>"
        "<p>燜燒罐 450ml</p><p>NT$ 990</p></a></li></ul></section>",
    ),
    availability="OutOfStock",
)

# ---- Korea --------------------------------------------------------------------------------------


def cafe24(title: str, rows: str, buttons: str, shop: str = "데일리룩") -> str:
    """A Cafe24 detail page: the name in `.headingArea h2`, a table of rows, `product_submit` buttons;
    Cafe24 keeps the sold-out button in the page, hidden by the `displaynone` class (CSS)."""
    header = (
        "<style>.displaynone{display:none}</style>"
        f"<div id='header'><h1 class='xans-element- xans-layout xans-layout-logotop'><a href='/'>{shop}</a></h1>"
        "<ul class='xans-element- xans-layout xans-layout-category'><li><a href='/category/top/24/'>TOP</a></li>"
        "<li><a href='/category/sale/50/'>SALE</a></li></ul><a href='/order/basket.html'>장바구니 0</a></div>"
    )
    body = (
        "<div class='xans-element- xans-product xans-product-detail'><div class='detailArea'>"
        "<div class='xans-element- xans-product xans-product-image imgArea'><div class='keyImg'>"
        "<img src='//ecimg.cafe24img.com/pg123/dailylook/web/product/big/20250301/abc123def456.jpg' "
        f"class='BigImage' alt='{title}'></div></div><div class='infoArea'><div class='headingArea'>"
        f"<h2>{title}</h2></div><div class='xans-element- xans-product xans-product-detaildesign'>"
        f"<table border='1'><tbody>{rows}</tbody></table></div>"
        f"<div class='xans-element- xans-product xans-product-action'><div class='ec-base-button'>{buttons}"
        "</div></div></div></div></div>"
    )
    footer = "<div id='footer'>상호: 데일리룩 | 사업자등록번호: 123-45-67890 | 통신판매업신고</div>"
    return doc("ko", f"{title} - {shop}", header + body + footer)


def row(label: str, value: str) -> str:
    return (
        f"<tr class='xans-record-'><th scope='row'><span style='font-size:12px;color:#555'>{label}</span></th>"
        f"<td><span style='font-size:12px;color:#555'>{value}</span></td></tr>"
    )


CAFE24_LIVE = (
    "<a href='#none' class='btnSubmit sizeL' onclick=\"product_submit(1, '/exec/front/order/basket/', this)\">"
    "<span id='btnBuy'>구매하기</span><span id='actionReserve' class='displaynone'>예약주문</span></a>"
    "<span class='btnNormal sizeL displaynone'>품절</span>"
    "<a href='#none' class='btnNormal sizeL' onclick=\"product_submit(2, '/exec/front/order/basket/', this)\">"
    "장바구니</a><a href='#none' class='btnNormal sizeL' onclick=\"add_wishlist(this, true);\">관심상품</a>"
)

# 10. Cafe24 in stock: the hidden 품절 button stays in the markup; 상품코드 P0000BCD, 브랜드 row
case(
    "kr-cafe24-in-stock-hidden-soldout",
    "https://dailylook.co.kr/product/detail.html?product_no=1234&cate_no=24&display_group=1",
    cafe24(
        "린넨 오버핏 셔츠",
        row("상품명", "린넨 오버핏 셔츠")
        + row("판매가", "<strong id='span_product_price_text'>39,000원</strong>")
        + row("상품코드", "P0000BCD")
        + row("브랜드", "데일리룩")
        + row("배송비", "3,000원 (50,000원 이상 구매 시 무료)")
        + "<tr class='xans-record-'><th>사이즈</th><td><select id='product_option_id1'><option>- [필수] 옵션을 선택해 "
        "주세요 -</option><option value='P0000BCD000A'>M</option><option value='P0000BCD000B' "
        "disabled>L [품절]</option></select></td></tr>",
        CAFE24_LIVE,
    ),
    sku="P0000BCD",
    availability="InStock",
    brand_claimed="데일리룩",
)

# 11. Cafe24 sold out: the buy buttons hidden by displaynone, the 품절 one shown
case(
    "kr-cafe24-sold-out",
    "https://dailylook.co.kr/product/detail.html?product_no=1299&cate_no=24",
    cafe24(
        "와이드 데님 팬츠",
        row("판매가", "<strong id='span_product_price_text'>45,000원</strong>")
        + row("상품코드", "P0000BDX")
        + row("제조사", "자체제작"),
        "<a href='#none' class='btnSubmit sizeL displaynone' onclick=\"product_submit(1, "
        "'/exec/front/order/basket/', this)\"><span id='btnBuy'>구매하기</span></a>"
        "<span class='btnNormal sizeL '>품절</span>"
        "<a href='#none' class='btnNormal sizeL displaynone' onclick=\"product_submit(2, "
        "'/exec/front/order/basket/', this)\">장바구니</a>"
        "<a href='#none' class='btnNormal sizeL' onclick=\"add_wishlist(this, true);\">관심상품</a>",
    ),
    sku="P0000BDX",
    availability="OutOfStock",
)

# ---- Kazakhstan -----------------------------------------------------------------------------------


def kz_shop(lang: str, title: str, body: str, shop: str = "Технодом") -> str:
    header = (
        f"<header class='header'><a href='/' class='logo'>{shop}</a><div class='city'>Алматы</div>"
        "<nav><a href='/catalog/smartfony'>Смартфоны</a> <a href='/catalog/aktsii'>Акции</a></nav>"
        "<a href='/cart' class='header-cart'>Корзина</a></header>"
    )
    footer = "<footer><p>Доставка по Казахстану 1-3 дня</p><p>© 2025 " + shop + "</p></footer>"
    return doc(lang, f"{title} — купить в Алматы | {shop}", header + f"<main>{body}</main>" + footer)


# 12. ru page in Kazakhstan: Артикул, Бренд in a characteristics table, "В наличии", ₸ price
case(
    "kz-ru-in-stock-artikul",
    "https://www.technoshop.kz/p/smartfon-samsung-galaxy-a55-8-256gb-temno-sinii-286341",
    kz_shop(
        "ru",
        "Смартфон Samsung Galaxy A55 8/256GB темно-синий",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/286341/a55-navy-1.webp' "
        "alt='Смартфон Samsung Galaxy A55'></div><div class='product__info'>"
        "<h1 class='product__title'>Смартфон Samsung Galaxy A55 8/256GB темно-синий</h1>"
        "<div class='product__code'>Артикул: SM-A556EZKCSKZ</div>"
        "<div class='product__price'>219 990 ₸</div><div class='product__credit'>Рассрочка 0-0-12: "
        "18 333 ₸/мес</div><div class='product__stock in-stock'>В наличии</div>"
        "<button class='btn btn--primary add-to-cart'>В корзину</button>"
        "<button class='btn btn--secondary'>Купить в 1 клик</button></div>"
        "<table class='specs'><tr><td>Бренд</td><td>Samsung</td></tr><tr><td>Цвет</td><td>темно-синий</td></tr>"
        "<tr><td>Встроенная память</td><td>256 ГБ</td></tr></table></div>",
    ),
    sku="SM-A556EZKCSKZ",
    availability="InStock",
    brand_claimed="Samsung",
)

# ---- Argentina ------------------------------------------------------------------------------------


def tiendanube(title: str, body: str, shop: str = "Urbana Calzados") -> str:
    header = (
        f"<header class='head-main'><a href='/' class='logo'>{shop}</a><nav><a href='/hombre/'>Hombre</a>"
        "<a href='/mujer/'>Mujer</a><a href='/sale/'>SALE</a></nav><a href='/comprar/' class='js-cart'>"
        "Carrito (0)</a></header><div class='js-notification-shipping'>ENVÍO GRATIS en compras "
        "superiores a $80.000</div>"
    )
    footer = (
        "<footer><p>Medios de pago</p><p>Copyright "
        + shop
        + " - 2025.</p><p>Defensa de las y los consumidores</p></footer>"
    )
    return doc("es-AR", f"{title} - Comprar en {shop}", header + body + footer)


# 13. Tiendanube in stock: "$45.999,00", compare price, "6 cuotas sin interés", SKU in .js-sku
case(
    "ar-tiendanube-in-stock",
    "https://www.urbanacalzados.com.ar/productos/zapatillas-urbanas-lona-negras/",
    tiendanube(
        "Zapatillas Urbanas Lona Negras",
        "<div id='single-product' class='js-product-detail js-product-container'><div class='row'>"
        "<div class='col-md-7'><div class='js-swiper-product'><img "
        "src='//acdn.mitiendanube.com/stores/001/234/567/products/zapatilla-negra-1-a1b2c3d4e5-1024-1024.webp' "
        "alt='Zapatillas Urbanas Lona Negras'></div></div><div class='col-md-5'>"
        "<h1 class='js-product-name h2 h1-md'>Zapatillas Urbanas Lona Negras</h1>"
        "<div class='price-container'><span class='js-price-display h2' id='price_display'>$45.999,00</span>"
        "<span class='js-compare-price-display price-compare' id='compare_price_display'>$52.000,00</span></div>"
        "<div class='js-max-installments-container'><span class='js-max-installments'>6 cuotas sin interés "
        "de <span class='js-installment-price'>$7.666,50</span></span></div>"
        "<div class='js-sku-container'>SKU: <span class='js-sku'>ZUL-NEG-38</span></div>"
        "<form id='product_form' class='js-product-form' method='post' action='/comprar/'>"
        "<div class='js-product-variants'><label>Talle</label><a class='btn-variant'>38</a>"
        "<a class='btn-variant btn-variant-no-stock'>39</a><a class='btn-variant'>40</a></div>"
        "<input type='submit' class='js-addtocart js-prod-submit-form btn btn-primary btn-block' "
        "value='Agregar al carrito'><div class='js-addtocart js-addtocart-placeholder btn btn-primary "
        "btn-block disabled' style='display:none'>Agregando...</div></form>"
        "<div class='js-product-description'><p>Marca: Topper</p><p>Capellada de lona.</p></div></div></div></div>",
    ),
    sku="ZUL-NEG-38",
    availability="InStock",
    brand_claimed="Topper",
)

# ---- Slovenia -------------------------------------------------------------------------------------


def si_shop(title: str, body: str, shop: str = "Tehnika24") -> str:
    header = (
        f"<header><a href='/' class='logo'>{shop}</a><nav><a href='/mali-gospodinjski-aparati'>Mali "
        "gospodinjski aparati</a><a href='/akcije'>Akcije</a></nav><a href='/kosarica'>Košarica (0)</a></header>"
        + COOKIES.format(text="Spletna stran uporablja piškotke.", ok="Sprejmi vse")
    )
    footer = "<footer><p>Brezplačna dostava nad 50 €</p><p>© 2025 " + shop + " d.o.o.</p></footer>"
    return doc("sl", f"{title} | {shop}", header + f"<div id='content'>{body}</div>" + footer)


# 14. Slovenian shop in stock: Šifra, Blagovna znamka, "Na zalogi", V košarico
case(
    "si-na-zalogi",
    "https://www.tehnika24.si/gorenje-pecica-bo6735e02xk",
    si_shop(
        "Gorenje pečica BO6735E02XK",
        "<div class='product-details'><div class='product-image'><img src='/images/products/big/"
        "gorenje-bo6735e02xk.jpg' alt='Gorenje pečica BO6735E02XK'></div><div class='product-info'>"
        "<h1>Gorenje pečica BO6735E02XK</h1><div class='product-meta'><span class='label'>Šifra:</span> "
        "<span class='value'>738945</span><br><span class='label'>Blagovna znamka:</span> "
        "<span class='value'><a href='/znamke/gorenje'>Gorenje</a></span></div>"
        "<div class='price'><span class='old-price'>449,99 €</span> <span class='new-price'>379,99 €</span>"
        "</div><div class='stock'><span class='stock-status available'>Na zalogi</span> "
        "<span class='delivery'>Dobava: 1-3 delovni dnevi</span></div>"
        "<form action='/kosarica/dodaj' method='post'><input type='number' name='kolicina' value='1'>"
        "<button type='submit' class='btn-cart'>V košarico</button></form></div></div>",
    ),
    sku="738945",
    availability="InStock",
    brand_claimed="Gorenje",
)

# ---- Croatia --------------------------------------------------------------------------------------


def hr_shop(title: str, body: str, shop: str = "Alatnica") -> str:
    header = (
        f"<header><a href='/' class='logo'>{shop}</a><nav><a href='/alati'>Alati</a><a href='/akcija'>"
        "Akcija</a></nav><a href='/kosarica'>Košarica</a></header>"
        + COOKIES.format(text="Ova stranica koristi kolačiće.", ok="Prihvaćam")
    )
    footer = (
        "<footer><p>Besplatna dostava za narudžbe iznad 60 €</p><p>© 2025 " + shop + " d.o.o.</p></footer>"
    )
    return doc("hr", f"{title} - {shop}", header + f"<main>{body}</main>" + footer)


# 15. Croatian shop in stock: Šifra proizvoda, Brend, "Dostupno", a price in € and kn
case(
    "hr-dostupno",
    "https://www.alatnica.hr/bosch-busilica-gsb-18v-21-06019h1106",
    hr_shop(
        "Bosch akumulatorska udarna bušilica GSB 18V-21",
        "<div class='product-page'><div class='gallery'><img src='/media/catalog/product/b/o/bosch-gsb-18v-21"
        "-1.jpg' alt='Bosch GSB 18V-21'></div><div class='product-info-main'>"
        "<h1 class='page-title'>Bosch akumulatorska udarna bušilica GSB 18V-21</h1>"
        "<div class='product-sku'>Šifra proizvoda: <span>06019H1106</span></div>"
        "<div class='product-brand'>Brend: <a href='/brend/bosch'>Bosch</a></div>"
        "<div class='price-box'><span class='price'>189,99 €</span> <span class='price-hrk'>(1.431,48 kn)</span>"
        "</div><div class='availability'>Dostupnost: <strong>Dostupno</strong></div>"
        "<div class='delivery-time'>Isporuka za 2-4 radna dana</div>"
        "<button class='action tocart primary'>Dodaj u košaricu</button></div></div>",
    ),
    sku="06019H1106",
    availability="InStock",
    brand_claimed="Bosch",
)


# Round 2 -----------------------------------------------------------------------------------------


def godomall(title: str, rows: str, buttons: str, option: str = "", shop: str = "스니커즈샵") -> str:
    """A Godomall detail page: the name in `.item_detail_tit h3`, `dl/dt/dd` rows, `.btn_choice_box`."""
    header = (
        f"<div id='header'><div class='logo'><a href='/'>{shop}</a></div><div class='gnb'>"
        "<a href='/goods/goods_list.php?cateCd=001'>신상품</a><a href='/goods/goods_list.php?cateCd=009'>"
        "품절임박</a></div><a href='/order/cart.php'>장바구니</a></div>"
    )
    body = (
        "<div class='item_photo_info_sec'><div class='item_photo_view_box'><div class='item_photo_big'>"
        "<span class='img_photo_big'><img src='/data/goods/25/03/10/1000001234/1000001234_detail_012.jpg' "
        f"alt='{title}'></span></div></div><div class='item_info_box'><div class='item_tit_detail_cont'>"
        f"<div class='item_detail_tit'><h3>{title}</h3></div><div class='item_detail_list'>{rows}</div>"
        f"<div class='item_add_option_box'>{option}</div><div class='btn_choice_box'><div>{buttons}</div></div>"
        "</div></div></div>"
    )
    return doc("ko", f"{shop}", header + body + "<div id='footer'>사업자정보확인 | 개인정보처리방침</div>")


def dl(label: str, value: str, cls: str = "") -> str:
    return f"<dl class='{cls}'><dt>{label}</dt><dd>{value}</dd></dl>"


# 16. Godomall in stock: <title> is the shop's name only, the name an h3; a size 일시품절 in the select
case(
    "kr-godomall-in-stock",
    "https://www.sneakershop.co.kr/goods/goods_view.php?goodsNo=1000001234",
    godomall(
        "나이키 에어 포스 1 '07 화이트",
        dl("정가", "<del>139,000원</del>")
        + dl("판매가", "<strong><strong>129,000</strong></strong>원", "item_price")
        + dl("상품코드", "1000001234")
        + dl("브랜드", "나이키")
        + dl("제조사", "NIKE Inc.")
        + dl("원산지", "베트남")
        + dl("배송비", "무료"),
        "<button id='wishBtn' class='btn_add_wish'>찜하기</button><button id='cartBtn' class='btn_add_cart'>"
        "장바구니</button><button class='btn_add_order'>바로 구매</button>",
        "<select name='optionSnoInput' class='chosen-select'><option value=''>= 사이즈 : 가격 =</option>"
        "<option value='1||0||||250'>250</option><option value='2||0||t||260' disabled>260 (일시품절)</option>"
        "</select>",
    ),
    sku="1000001234",
    availability="InStock",
    brand_claimed="나이키",
)

# 17. Godomall sold out: a disabled 품절 button and a restock-alert button, price still shown
case(
    "kr-godomall-sold-out",
    "https://www.sneakershop.co.kr/goods/goods_view.php?goodsNo=1000002001",
    godomall(
        "뉴발란스 530 실버",
        dl("판매가", "<strong><strong>119,000</strong></strong>원", "item_price")
        + dl("상품코드", "1000002001")
        + dl("브랜드", "뉴발란스"),
        "<button class='btn_add_soldout' disabled>품절</button><button class='btn_restock'>재입고 알림 신청</button>"
        "<button id='wishBtn' class='btn_add_wish'>찜하기</button>",
    ),
    sku="1000002001",
    availability="OutOfStock",
    brand_claimed="뉴발란스",
)

# 18. small Korean shop: 일시품절 beside the price, a disabled 구매하기, 모델명 and 브랜드 lines
case(
    "kr-temporarily-sold-out-model",
    "https://www.digitalmall.kr/shop/item.php?it_id=1709876543",
    doc(
        "ko",
        "삼성 갤럭시 S24 울트라 자급제 256GB | 디지털몰",
        "<div id='hd'><a href='/'>디지털몰</a><a href='/shop/cart.php'>장바구니</a></div>"
        "<div id='sit'><div id='sit_pvi'><img src='/data/item/1709876543/s24ultra_main.jpg' alt='갤럭시 S24'>"
        "</div><section id='sit_ov'><h2 id='sit_title'>삼성 갤럭시 S24 울트라 자급제 256GB</h2>"
        "<table class='sit_ov_tbl'><tr><th>모델명</th><td>SM-S928N</td></tr><tr><th>브랜드</th><td>삼성전자</td></tr>"
        "<tr><th>판매가격</th><td><strong>1,698,400원</strong></td></tr><tr><th>배송비결제</th><td>무료배송</td></tr>"
        "</table><p id='sit_ov_soldout'>일시품절</p><div id='sit_ov_btn'><button type='submit' class='sit_btn_buy' "
        "disabled>구매하기</button><button type='submit' class='sit_btn_cart' disabled>장바구니</button>"
        "<a href='#' class='sit_btn_wish'>위시리스트</a></div></section></div>",
    ),
    sku="SM-S928N",
    availability="OutOfStock",
    brand_claimed="삼성전자",
)

# 19. Cyberbiz 補貨中: a disabled restocking button; 品牌 and 貨號 in a spec table
case(
    "tw-cyberbiz-restocking",
    "https://www.beautyshop.com.tw/products/dr-wu-mandelic-serum-30ml",
    tw_shop(
        "杏仁酸亮白煥膚精華 30ml",
        "<div class='product-container'><div class='product-photo'><img "
        "src='//cdn1.cybassets.com/s/files/12345/ec_product_images/large/dw-am-30.jpg' alt='杏仁酸亮白煥膚精華'>"
        "</div><div class='product-info'><h1 class='product-title'>杏仁酸亮白煥膚精華 30ml</h1>"
        "<table class='product-spec'><tr><th>品牌</th><td>Dr.Wu</td></tr><tr><th>貨號</th><td>DW-AM-30</td></tr>"
        "<tr><th>容量</th><td>30ml</td></tr></table><div class='product-price'><span class='price'>NT$1,280</span>"
        "</div><button class='btn btn-primary add-to-cart' disabled>補貨中</button>"
        "<p class='note'>商品補貨中，到貨後將以 Email 通知</p></div></div>",
        shop="美妝專賣",
    ),
    sku="DW-AM-30",
    availability="OutOfStock",
    brand_claimed="Dr.Wu",
)

# 20. Taiwanese pre-order: 預購 note with a shipping date, button 立即預購
case(
    "tw-pre-order",
    "https://www.toyland.com.tw/products/gundam-rg-nu-ver-ka",
    tw_shop(
        "【預購】RG 1/144 Nu鋼彈 Ver.Ka 組裝模型",
        "<div class='product-detail'><div class='product-gallery'><img src='/uploads/products/rg-nu-ka-main.jpg' "
        "alt='RG Nu鋼彈'></div><div class='product-detail__info'><h1 class='product-detail__title'>"
        "【預購】RG 1/144 Nu鋼彈 Ver.Ka 組裝模型</h1><ul class='product-detail__meta'><li>品牌：BANDAI</li>"
        "<li>商品編號：BD-5065432</li></ul><div class='product-detail__price'>NT$1,450</div>"
        "<div class='preorder-note'>預購商品，預計 2025 年 6 月下旬出貨</div>"
        "<button class='btn-buy'>立即預購</button></div></div>",
        shop="玩具島",
    ),
    sku="BD-5065432",
    availability="PreOrder",
    brand_claimed="BANDAI",
)

# 21. Kaspi-like marketplace: one product, a table of sellers each with a price and a choose button
case(
    "kz-marketplace-sellers-table",
    "https://kaspi.example.kz/shop/p/apple-iphone-15-128gb-chernyi-113137790/?c=750000000",
    doc(
        "ru",
        "Apple iPhone 15 128Gb черный купить в Алматы",
        "<header><a href='/shop/'>Магазин</a><a href='/shop/cart/'>Корзина</a></header>"
        "<div class='item'><div class='item__slider'><img src='https://resources.kaspi.example.kz/img/m/p/h32/"
        "h70/84378448199710.jpg?format=gallery-large' alt='Apple iPhone 15'></div><div class='item__info'>"
        "<h1 class='item__heading'>Apple iPhone 15 128Gb черный</h1><div class='item__sku'>Код товара: "
        "113137790</div><div class='item__rating'>4.9 (12 345 отзывов)</div>"
        "<div class='item__price'><div class='item__price-once'>489 990 ₸</div>"
        "<div class='item__price-credit'>40 833 ₸ x 12 мес</div></div></div>"
        "<div class='sellers'><h2>Продавцы</h2><table class='sellers-table__self'><tbody>"
        "<tr><td><a href='/shop/info/merchant/30123/'>Store One</a></td><td>Доставка завтра</td>"
        "<td><div class='sellers-table__price-cell-text'>489 990 ₸</div></td><td><div "
        "class='button'>Выбрать</div></td></tr><tr><td><a href='/shop/info/merchant/30456/'>Mobile City</a></td>"
        "<td>Доставка 2-3 дня</td><td><div class='sellers-table__price-cell-text'>494 500 ₸</div></td>"
        "<td><div class='button'>Выбрать</div></td></tr></tbody></table></div></div>",
    ),
    sku="113137790",
    availability="InStock",
    xfail="the sellers' 'Выбрать' (choose) controls are no buy phrase, and reading them as one would fire on "
    "every variant picker; a sellers table of prices as an offer list is left (availability None)",
)

# 22. the same marketplace, out of stock: no price, "Нет в наличии" and a notify button
case(
    "kz-marketplace-out-of-stock",
    "https://kaspi.example.kz/shop/p/philips-hd9252-90-chernyi-100123456/",
    doc(
        "ru",
        "Аэрогриль Philips HD9252/90 черный купить в Алматы",
        "<header><a href='/shop/'>Магазин</a><a href='/shop/cart/'>Корзина</a></header>"
        "<div class='item'><div class='item__slider'><img src='https://resources.kaspi.example.kz/img/m/p/h1a/"
        "h2b/63890123456798.jpg?format=gallery-large' alt='Philips HD9252/90'></div><div class='item__info'>"
        "<h1 class='item__heading'>Аэрогриль Philips HD9252/90 черный</h1><div class='item__sku'>Код товара: "
        "100123456</div><div class='item__unavailable'><p>Нет в наличии</p><p>Этот товар сейчас не продаётся"
        "</p><button class='button _secondary'>Сообщить о поступлении</button></div></div>"
        "<div class='item__similar'><h2>Похожие товары</h2><div class='item-card'><a href='/shop/p/x-1/'>"
        "Аэрогриль Tefal EY5018</a><span class='item-card__prices-price'>42 990 ₸</span></div></div></div>",
    ),
    sku="100123456",
    availability="OutOfStock",
)

# 23. Kazakh-language page: "Қоймада бар", "Себетке қосу", Өндіруші (manufacturer) and Артикул
case(
    "kz-kk-in-stock",
    "https://www.technoshop.kz/kk/p/philips-hd9252-90-286777",
    kz_shop(
        "kk",
        "Philips HD9252/90 аэрогрилі",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/286777/hd9252-1.webp' "
        "alt='Philips HD9252/90'></div><div class='product__info'><h1 class='product__title'>"
        "Philips HD9252/90 аэрогрилі</h1><ul class='product__props'><li>Артикул: HD9252/90</li>"
        "<li>Өндіруші: Philips</li></ul><div class='product__price'>44 990 тг</div>"
        "<div class='product__stock'>Қоймада бар</div><button class='btn btn--primary'>Себетке қосу</button>"
        "</div></div>",
    ),
    sku="HD9252/90",
    availability="InStock",
    brand_claimed="Philips",
)

# 24. ru page: "Под заказ, срок поставки 7-10 дней", Производитель, Код товара
case(
    "kz-ru-pod-zakaz",
    "https://www.instrument.kz/catalog/perforatory/bosch-gbh-2-26-dre",
    kz_shop(
        "ru",
        "Перфоратор Bosch GBH 2-26 DRE",
        "<div class='card'><div class='card__img'><img src='/upload/iblock/7a1/gbh-2-26-dre.jpg' "
        "alt='Перфоратор Bosch GBH 2-26 DRE'></div><div class='card__body'><h1>Перфоратор Bosch GBH 2-26 DRE</h1>"
        "<div class='card__props'><div>Код товара: 0611253708</div><div>Производитель: Bosch</div></div>"
        "<div class='card__price'>89 500 ₸</div><div class='card__avail'>Под заказ, срок поставки 7-10 дней"
        "</div><button class='btn'>Заказать</button></div></div>",
        shop="Инструмент.kz",
    ),
    sku="0611253708",
    availability="BackOrder",
    brand_claimed="Bosch",
)


def vtex(title: str, body: str, shop: str = "Electro Hogar") -> str:
    header = (
        f"<div class='vtex-store-header-2-x-headerRow'><a href='/' class='vtex-store-components-3-x-logoLink'>{shop}"
        "</a><a href='/tecnologia'>Tecnología</a><a href='/ofertas'>Ofertas</a>"
        "<button class='vtex-minicart-2-x-openIconContainer'>Mi carrito</button></div>"
    )
    return doc("es-AR", f"{title} - {shop}", header + f"<div class='render-container'>{body}</div>")


# 25. VTEX (Argentina) out of stock: availability message, an "Avisame cuando llegue" form
case(
    "ar-vtex-out-of-stock",
    "https://www.electrohogar.com.ar/smart-tv-samsung-55-crystal-uhd-4k-un55cu7000/p",
    vtex(
        'Smart TV Samsung 55" Crystal UHD 4K UN55CU7000',
        "<div class='vtex-flex-layout-0-x-flexRow--product-main'><div class='vtex-store-components-3-x-"
        "productImage'><img class='vtex-store-components-3-x-productImageTag' src='https://electrohogar."
        "vteximg.com.br/arquivos/ids/245678-1000-1000/UN55CU7000-1.jpg?v=638300000000000000' alt='Smart TV'>"
        "</div><div class='vtex-flex-layout-0-x-flexCol--product-info'><h1 class='vtex-store-components-3-x-"
        "productNameContainer'><span class='vtex-store-components-3-x-productBrand'>Smart TV Samsung 55\" "
        "Crystal UHD 4K UN55CU7000</span></h1><span class='vtex-store-components-3-x-productBrandName'>"
        "Samsung</span><div class='vtex-product-identifier-0-x-product-identifier'><span class='vtex-product-"
        "identifier-0-x-product-identifier__label'>Código:</span> <span class='vtex-product-identifier-0-x-"
        "product-identifier__value'>UN55CU7000GCZB</span></div><div class='vtex-store-components-3-x-"
        "availabilityMessage'>Producto no disponible</div><div class='vtex-store-components-3-x-"
        "subscriberContainer'><span class='vtex-store-components-3-x-subscribeLabel'>Avisame cuando llegue"
        "</span><form><input type='text' placeholder='Ingresá tu nombre'><input type='email' "
        "placeholder='Ingresá tu e-mail'><button type='submit'>Avisame</button></form></div></div></div>"
        "<div class='vtex-shelf'><h2>También te puede interesar</h2><section class='vtex-product-summary-2-x-"
        "container'><a href='/smart-tv-lg-50/p'><span>Smart TV LG 50\"</span><span class='vtex-product-price-"
        "1-x-sellingPrice'>$ 649.999</span><span class='vtex-add-to-cart-button-0-x-buttonText'>Agregar al "
        "carrito</span></a></section></div>",
    ),
    sku="UN55CU7000GCZB",
    availability="OutOfStock",
    brand_claimed="Samsung",
)

# 26. Tiendanube sold out: "Sin stock" label on the photo and on the disabled submit; related items
case(
    "ar-tiendanube-sin-stock",
    "https://www.urbanacalzados.com.ar/productos/botas-cuero-marron/",
    tiendanube(
        "Botas Cuero Marrón",
        "<div id='single-product' class='js-product-detail js-product-container'><div class='js-swiper-product'>"
        "<div class='js-stock-label label label-default'>Sin stock</div><img "
        "src='//acdn.mitiendanube.com/stores/001/234/567/products/bota-marron-1-f00ba4-1024-1024.webp' "
        "alt='Botas Cuero Marrón'></div><h1 class='js-product-name'>Botas Cuero Marrón</h1>"
        "<span class='js-price-display' id='price_display'>$89.900,00</span>"
        "<form id='product_form' class='js-product-form' method='post' action='/comprar/'>"
        "<input type='submit' class='js-addtocart js-prod-submit-form btn btn-primary nostock' value='Sin stock' "
        "disabled></form></div><section class='js-related-products'><h3>Productos similares</h3>"
        "<div class='js-item-product'><a href='/productos/botas-negras/'>Botas Negras</a><span "
        "class='js-price-display'>$84.900,00</span><input type='submit' class='js-addtocart' "
        "value='Agregar al carrito'></div></section>",
    ),
    availability="OutOfStock",
)

# 27. Argentine shop: "Stock disponible", "¡Última disponible!", "Comprar ahora", a Marca row
case(
    "ar-ultima-disponible",
    "https://www.hogarplus.com.ar/ventilador-de-pie-philco-20-pulgadas",
    doc(
        "es-AR",
        'Ventilador de Pie Philco 20" VTP2022 | HogarPlus',
        "<header><a href='/'>HogarPlus</a><a href='/carrito'>Carrito</a></header>"
        "<div class='producto'><img class='producto-foto' src='/fotos/vtp2022-grande.jpg' alt='Ventilador'>"
        "<div class='producto-datos'><h1>Ventilador de Pie Philco 20\" VTP2022</h1>"
        "<p class='precio'>$ 129.999</p><p class='cuotas'>Mismo precio en 6 cuotas de $ 21.666</p>"
        "<p class='stock'>Stock disponible</p><p class='ultima'>¡Última disponible!</p>"
        "<table class='ficha'><tr><td>Marca</td><td>Philco</td></tr><tr><td>Modelo</td><td>VTP2022</td></tr>"
        "<tr><td>Código</td><td>PHI-VTP2022</td></tr></table>"
        "<button class='comprar'>Comprar ahora</button><button class='agregar'>Agregar al carrito</button>"
        "</div></div>",
    ),
    sku="PHI-VTP2022",
    availability="InStock",
    brand_claimed="Philco",
)

# 28. Slovenian shop: "Ni na zalogi", a notify-me form, Koda izdelka and Znamka
case(
    "si-ni-na-zalogi",
    "https://www.tehnika24.si/tefal-likalnik-fv5735",
    si_shop(
        "Tefal parni likalnik FV5735",
        "<div class='product-details'><div class='product-image'><img src='/images/products/big/tefal-fv5735.jpg' "
        "alt='Tefal FV5735'></div><div class='product-info'><h1>Tefal parni likalnik FV5735</h1>"
        "<p>Koda izdelka: TF-FV5735</p><p>Znamka: Tefal</p><div class='price'>69,99 €</div>"
        "<div class='stock'><span class='stock-status unavailable'>Ni na zalogi</span></div>"
        "<div class='notify'><p>Obvesti me, ko bo izdelek na voljo</p><form><input type='email' "
        "placeholder='Vaš e-poštni naslov'><button>Obvesti me</button></form></div></div></div>"
        "<div class='related'><h3>Podobni izdelki</h3><div class='product-item'><a href='/philips-likalnik'>"
        "Philips likalnik</a><span>59,99 €</span><span class='stock-status available'>Na zalogi</span>"
        "<button>V košarico</button></div></div>",
    ),
    sku="TF-FV5735",
    availability="OutOfStock",
    brand_claimed="Tefal",
)

# 29. Croatian shop: "Nije dostupno", "Obavijesti me kada bude dostupno", Marka
case(
    "hr-nije-dostupno",
    "https://www.alatnica.hr/gorenje-perilica-wnei84aps",
    hr_shop(
        "Gorenje perilica rublja WNEI84APS",
        "<div class='product-page'><div class='gallery'><img src='/media/catalog/product/g/o/gorenje-wnei84aps.jpg' "
        "alt='Gorenje WNEI84APS'></div><div class='product-info-main'><h1 class='page-title'>Gorenje perilica "
        "rublja WNEI84APS</h1><div class='product attribute sku'><strong class='type'>Šifra proizvoda</strong> "
        "<div class='value'>738112</div></div><div class='product-brand'>Marka: Gorenje</div>"
        "<div class='price-box'><span class='price'>429,00 €</span></div>"
        "<div class='stock unavailable'><span>Nije dostupno</span></div><div class='product-alert'>"
        "<a href='/productalert/add/stock/product/738112/'>Obavijesti me kada bude dostupno</a></div></div></div>",
    ),
    sku="738112",
    availability="OutOfStock",
    brand_claimed="Gorenje",
)

# 30. Croatian shop: a "Rasprodano" badge on the photo and the cart button disabled
case(
    "hr-rasprodano",
    "https://www.modnakuca.hr/proizvod/kozna-jakna-crna",
    doc(
        "hr",
        "Kožna jakna crna | Modna kuća",
        "<header><a href='/'>Modna kuća</a><nav><a href='/rasprodaja'>Rasprodaja</a></nav><a href='/kosarica'>"
        "Košarica</a></header><div class='product'><div class='product-gallery'><span class='badge "
        "badge-soldout'>Rasprodano</span><img src='/wp-content/uploads/2025/01/kozna-jakna-crna-1.jpg' "
        "alt='Kožna jakna crna'></div><div class='summary'><h1 class='product_title'>Kožna jakna crna</h1>"
        "<p class='price'>149,00 €</p><p>Šifra: KJ-0042</p><p>Brend: Modna kuća</p>"
        "<button class='single_add_to_cart_button button alt disabled' disabled>Dodaj u košaricu</button>"
        "</div></div>",
    ),
    sku="KJ-0042",
    availability="OutOfStock",
)


# Round 3 -----------------------------------------------------------------------------------------

# 31. amazon.de "Nur noch 3 auf Lager (mehr ist unterwegs).", byline "Besuche den STIHL-Store"
case(
    "amazon-de-nur-noch-3",
    "https://www.amazon.de/STIHL-Akku-Heckenschere-HSA-26/dp/B08B3Z4N5Q",
    amazon(
        "de-de",
        "STIHL Akku-Strauchschere HSA 26 Set mit Akku AS 2 und Ladegerät AL 1",
        "Garten|Elektrowerkzeuge|Heckenscheren",
        "61Zk3bW9HLL",
        byline("Besuche den STIHL-Store", "/stores/STIHL/page/5E2C")
        + amazon_title("STIHL Akku-Strauchschere HSA 26 Set mit Akku AS 2 und Ladegerät AL 1")
        + amazon_price("159,00€", "€", "159", "00").replace("a-price-decimal'>.", "a-price-decimal'>,"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-base a-color-price'>"
        "Nur noch 3 auf Lager (mehr ist unterwegs).</span></div>"
        + amazon_cart_buttons("In den Einkaufswagen", "Jetzt kaufen").replace("{asin}", "B08B3Z4N5Q"),
        detail_bullets(("Modellnummer", "HA03-011-3506"), ("ASIN", "B08B3Z4N5Q")),
        nav=("Liefern an", "Einkaufswagen", "Angebote des Tages"),
    ),
    sku="B08B3Z4N5Q",
    availability="InStock",
    brand_claimed="STIHL",
)

# 32. amazon.co.uk "Usually dispatched within 3 to 4 days.", "Add to Basket", "Visit the Dyson Store"
case(
    "amazon-uk-usually-dispatched",
    "https://www.amazon.co.uk/Dyson-V8-Absolute-Cordless-Vacuum/dp/B0B5TGKQXP/ref=sr_1_1",
    amazon(
        "en-gb",
        "Dyson V8 Absolute Cordless Vacuum Cleaner",
        "Home &amp; Kitchen|Vacuums &amp; Floorcare|Cordless Vacuums",
        "51yL7UAXc0L",
        byline("Visit the Dyson Store", "/stores/Dyson/page/9F1A")
        + amazon_title("Dyson V8 Absolute Cordless Vacuum Cleaner")
        + amazon_price("£279.99", "£", "279", "99"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-success'>"
        "Usually dispatched within 3 to 4 days.</span></div>"
        + amazon_cart_buttons("Add to Basket", "Buy Now").replace("{asin}", "B0B5TGKQXP"),
        tech_table("productDetails_techSpec_section_1", ("Brand", "Dyson"), ("Model Number", "476547-01"))
        + tech_table("productDetails_detailBullets_sections1", ("ASIN", "B0B5TGKQXP")),
        nav=("Deliver to", "Basket", "Today's Deals"),
    ),
    sku="B0B5TGKQXP",
    availability="InStock",
    brand_claimed="Dyson",
)

# 33. amazon.fr "Il ne reste plus que 4 exemplaire(s) en stock.", byline "Marque : Tefal"
case(
    "amazon-fr-plus-que-4",
    "https://www.amazon.fr/Tefal-Poêle-Ingenio-Preference-L9709302/dp/B07DLP1W8T",
    amazon(
        "fr-fr",
        "Tefal Ingenio Preference Batterie de cuisine 13 pièces L9709302",
        "Cuisine et Maison|Cuisine|Poêles",
        "71oBkZQ4p0L",
        byline("Marque : Tefal", "/s/ref=bl_dp_s_web_0?field-brandtextbin=Tefal")
        + amazon_title("Tefal Ingenio Preference Batterie de cuisine 13 pièces L9709302")
        + amazon_price("149,99€", "€", "149", "99").replace("a-price-decimal'>.", "a-price-decimal'>,"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-base a-color-price'>"
        "Il ne reste plus que 4 exemplaire(s) en stock.</span></div>"
        + amazon_cart_buttons("Ajouter au panier", "Acheter cet article").replace("{asin}", "B07DLP1W8T"),
        detail_bullets(("Numéro du modèle de l'article", "L9709302"), ("ASIN", "B07DLP1W8T")),
        nav=("Livrer à", "Panier", "Ventes Flash"),
    ),
    sku="B07DLP1W8T",
    availability="InStock",
    brand_claimed="Tefal",
)

# 34. amazon.it "Solo 1 disponibile/i. Ordina subito.", byline "Marca: Bialetti"
case(
    "amazon-it-solo-1",
    "https://www.amazon.it/Bialetti-Moka-Express-Caffettiera-Alluminio/dp/B0000AZ7Z6",
    amazon(
        "it-it",
        "Bialetti Moka Express, Caffettiera in Alluminio, 6 Tazze",
        "Casa e cucina|Caffè e tè|Caffettiere",
        "61NsRv9wqdL",
        byline("Marca: Bialetti", "/s/ref=bl_dp_s_web_0?field-brandtextbin=Bialetti")
        + amazon_title("Bialetti Moka Express, Caffettiera in Alluminio, 6 Tazze")
        + amazon_price("29,90€", "€", "29", "90").replace("a-price-decimal'>.", "a-price-decimal'>,"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-base a-color-price'>"
        "Solo 1 disponibile/i. Ordina subito.</span></div>"
        + amazon_cart_buttons("Aggiungi al carrello", "Acquista ora").replace("{asin}", "B0000AZ7Z6"),
        detail_bullets(("Numero modello articolo", "0001163"), ("ASIN", "B0000AZ7Z6")),
        nav=("Consegna a", "Carrello", "Offerte"),
    ),
    sku="B0000AZ7Z6",
    availability="InStock",
    brand_claimed="Bialetti",
)

# 35. amazon.com in stock, "Is Discontinued By Manufacturer : No" in the bullets, a viewed-also strip
#     of unavailable items
case(
    "amazon-com-discontinued-no",
    "https://www.amazon.com/Lodge-L8SK3-10-Inch-Cast-Skillet/dp/B00006JSUA",
    amazon(
        "en-us",
        "Lodge 10.25 Inch Cast Iron Skillet",
        "Home &amp; Kitchen|Kitchen &amp; Dining|Cookware|Skillets",
        "81Q0U2XnMJL",
        byline("Visit the Lodge Store", "/stores/Lodge/page/A1B2")
        + amazon_title("Lodge 10.25 Inch Cast Iron Skillet")
        + amazon_price("$19.90", "$", "19", "90"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-success'>"
        "In Stock</span></div>" + amazon_cart_buttons().replace("{asin}", "B00006JSUA"),
        detail_bullets(
            ("Is Discontinued By Manufacturer", "No"),
            ("Product Dimensions", "16.12 x 10.62 x 2 inches; 5 Pounds"),
            ("Item model number", "L8SK3"),
            ("ASIN", "B00006JSUA"),
        ),
        carousel=sponsored(
            "Customers who viewed this item also viewed",
            ("Cast Iron Skillet 12 inch", "", "Currently unavailable."),
            ("Enameled Dutch Oven", "$49.90", "Temporarily out of stock."),
        ),
    ),
    sku="B00006JSUA",
    availability="InStock",
    brand_claimed="Lodge",
)

# 36. amazon.com book: a book's image block (#imgBlkFront), format swatches each with a price,
#     ISBN bullets, the ASIN only in the URL; "by Author (Author)" byline
case(
    "amazon-com-book",
    "https://www.amazon.com/Atomic-Habits-Proven-Build-Break/dp/0735211299",
    doc(
        "en-us",
        "Atomic Habits: An Easy &amp; Proven Way to Build Good Habits &amp; Break Bad Ones : Clear, James: Amazon.com: Books",
        AMAZON_NAV.format(deliver="Deliver to", cart="Cart", deals="Today's Deals")
        + "<div id='dp' class='book en_US'><div id='leftCol'><div id='booksImageBlock_feature_div'>"
        "<div id='img-canvas'><img id='imgBlkFront' src='https://m.media-amazon.com/images/I/81ANaVZk5LL._SY466_.jpg' "
        "data-a-dynamic-image='{\"https://m.media-amazon.com/images/I/81ANaVZk5LL._SY466_.jpg\":[466,307]}' "
        "alt='Atomic Habits'></div></div></div><div id='centerCol'>"
        "<h1 id='title' class='a-size-large'><span id='productTitle' class='a-size-extra-large'>Atomic Habits: An "
        "Easy &amp; Proven Way to Build Good Habits &amp; Break Bad Ones</span> <span id='productBinding' "
        "class='a-size-large'>Hardcover</span> <span id='productVersion'>– October 16, 2018</span></h1>"
        "<div id='bylineInfo' class='a-section a-spacing-micro bylineHidden feature'><span class='author "
        "notFaded'><a class='a-link-normal' href='/James-Clear/e/B07D23CFGR'>James Clear</a> <span "
        "class='contribution'><span class='a-color-secondary'>(Author)</span></span></span></div>"
        "<div id='tmmSwatches'><ul class='a-unordered-list a-nostyle a-button-list a-horizontal'>"
        "<li class='swatchElement unselected'><a href='/dp/B07D23CFGR'><span>Kindle</span> <span "
        "class='a-color-base'>$13.99</span></a></li><li class='swatchElement selected'><a href='#'>"
        "<span>Hardcover</span> <span class='a-color-base'>$14.22</span></a></li>"
        "<li class='swatchElement unselected'><a href='/dp/0593207246'><span>Paperback</span> <span "
        "class='a-color-base'>$11.46</span></a></li></ul></div></div><div id='rightCol'><div id='buybox'>"
        + amazon_price("$14.22", "$", "14", "22")
        + "<div id='availability'><span class='a-size-medium a-color-success'>In Stock</span></div>"
        + amazon_cart_buttons().replace("{asin}", "0735211299")
        + "</div></div><div id='detailBullets_feature_div'>"
        + detail_bullets(
            ("Publisher", "Avery; First Edition (October 16, 2018)"),
            ("Language", "English"),
            ("Hardcover", "320 pages"),
            ("ISBN-10", "0735211299"),
            ("ISBN-13", "978-0735211292"),
        )
        + "</div></div>",
    ),
    sku="0735211299",
    availability="InStock",
)

# 37. amazon.de "Vorübergehend nicht auf Lager. Bestellen Sie jetzt ..." with a live cart: BackOrder
case(
    "amazon-de-voruebergehend",
    "https://www.amazon.de/dp/B09V3HN1KC",
    amazon(
        "de-de",
        "Brita Wasserfilter-Kartusche MAXTRA PRO All-in-1, 6er Pack",
        "Küche, Haushalt &amp; Wohnen|Wasserfilter",
        "71fJ2pX2mVL",
        byline("Marke: Brita")
        + amazon_title("Brita Wasserfilter-Kartusche MAXTRA PRO All-in-1, 6er Pack")
        + amazon_price("32,99€", "€", "32", "99").replace("a-price-decimal'>.", "a-price-decimal'>,"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-price'>"
        "Vorübergehend nicht auf Lager.</span><br><span>Bestellen Sie jetzt und wir liefern, sobald der Artikel "
        "verfügbar ist. Sie erhalten vorab eine E-Mail mit dem voraussichtlichen Lieferdatum.</span></div>"
        + amazon_cart_buttons("In den Einkaufswagen", "Jetzt kaufen").replace("{asin}", "B09V3HN1KC"),
        detail_bullets(("Modellnummer", "1050415"), ("ASIN", "B09V3HN1KC")),
        nav=("Liefern an", "Einkaufswagen", "Angebote des Tages"),
    ),
    sku="B09V3HN1KC",
    availability="BackOrder",
    brand_claimed="Brita",
)

# 38. 91APP "即將售完" (selling out soon: still on sale) beside the price, a related card 已售完
case(
    "tw-91app-selling-out-soon",
    "https://www.shopmall.com.tw/SalePage/Index/8124000",
    tw_shop(
        "韓國製 玻璃保鮮盒 4件組",
        "<div class='salepage-main'><div class='salepage-image'><img "
        "src='https://diz36nn4q02zr.cloudfront.net/webapi/imagesV3/Original/SalePage/8124000/0/638100000000?v=1' "
        "alt='玻璃保鮮盒 4件組'></div><div class='salepage-info'><h1 class='salepage-title'>韓國製 玻璃保鮮盒 4件組"
        "</h1><div class='salepage-price'><span class='price'>NT$ 699</span></div>"
        "<div class='salepage-stock-hint'>即將售完</div><div class='salepage-buy'>"
        "<button class='btn-add-to-cart'>加入購物車</button><button class='btn-buy-now'>直接購買</button></div>"
        "</div></div><section class='recommend'><h2>你可能也會喜歡</h2><ul><li class='product-card'>"
        "<a href='/SalePage/Index/8124001'><img src='/img/8124001.jpg'><p>保鮮盒 2件組</p><p>NT$ 399</p>"
        "<span class='badge soldout'>已售完</span></a></li><li class='product-card'><a "
        "href='/SalePage/Index/8124002'><img src='/img/8124002.jpg'><p>便當盒</p><p>NT$ 299</p></a></li></ul>"
        "</section>",
    ),
    availability="InStock",
)

# 39. Korean 품절임박 (almost sold out) badge beside the title, live buttons, 남은 수량 2개
case(
    "kr-almost-sold-out",
    "https://dailylook.co.kr/product/detail.html?product_no=1400&cate_no=24",
    cafe24(
        "케이블 니트 가디건",
        row("판매가", "<strong id='span_product_price_text'>52,000원</strong>")
        + row("상품코드", "P0000CAB")
        + row("재고", "<span class='icon_soldout_soon'>품절임박</span> 남은 수량 2개"),
        CAFE24_LIVE,
    ),
    sku="P0000CAB",
    availability="InStock",
)

# 40. VTEX (Argentina) in stock: brand in productBrandName, a store-pickup line "Sin stock en sucursal"
case(
    "ar-vtex-pickup-sin-stock",
    "https://www.electrohogar.com.ar/heladera-no-frost-whirlpool-wrm45ab-375-lts/p",
    vtex(
        "Heladera No Frost Whirlpool WRM45AB 375 Lts",
        "<div class='vtex-flex-layout-0-x-flexRow--product-main'><div class='vtex-store-components-3-x-"
        "productImage'><img class='vtex-store-components-3-x-productImageTag' src='https://electrohogar."
        "vteximg.com.br/arquivos/ids/246001-1000-1000/WRM45AB-1.jpg?v=638300000000000001' alt='Heladera'>"
        "</div><div class='vtex-flex-layout-0-x-flexCol--product-info'><h1 class='vtex-store-components-3-x-"
        "productNameContainer'><span class='vtex-store-components-3-x-productBrand'>Heladera No Frost "
        "Whirlpool WRM45AB 375 Lts</span></h1><span class='vtex-store-components-3-x-productBrandName'>"
        "Whirlpool</span><div class='vtex-product-identifier-0-x-product-identifier'><span class='vtex-product-"
        "identifier-0-x-product-identifier__label'>Código:</span> <span class='vtex-product-identifier-0-x-"
        "product-identifier__value'>WRM45AB</span></div><span class='vtex-product-price-1-x-sellingPrice'>"
        "$ 1.299.999</span><div class='vtex-pickup-points-modal-3-x-pickupPointInfo'>Retiro en sucursal: "
        "Sin stock en sucursal</div><div class='vtex-flex-layout-0-x-flexRow--buy-button'><button "
        "class='vtex-button'><span class='vtex-add-to-cart-button-0-x-buttonText'>Agregar al carrito</span>"
        "</button></div></div></div>",
    ),
    sku="WRM45AB",
    availability="InStock",
    brand_claimed="Whirlpool",
)

# 41. Tiendanube in stock: its "Sin stock" label present but hidden by inline style
case(
    "ar-tiendanube-hidden-sin-stock",
    "https://www.urbanacalzados.com.ar/productos/mocasines-gamuza/",
    tiendanube(
        "Mocasines Gamuza Azul",
        "<div id='single-product' class='js-product-detail js-product-container'><div class='js-swiper-product'>"
        "<div class='js-stock-label label label-default' style='display: none;'>Sin stock</div><img "
        "src='//acdn.mitiendanube.com/stores/001/234/567/products/mocasin-azul-1-c0ffee-1024-1024.webp' "
        "alt='Mocasines Gamuza Azul'></div><h1 class='js-product-name'>Mocasines Gamuza Azul</h1>"
        "<span class='js-price-display' id='price_display'>$62.500,00</span>"
        "<form id='product_form' class='js-product-form' method='post' action='/comprar/'>"
        "<input type='submit' class='js-addtocart js-prod-submit-form btn btn-primary cart' "
        "value='Agregar al carrito'></form><p>Marca: Urbana</p></div>",
    ),
    availability="InStock",
    brand_claimed="Urbana",
)

# 42. Slovenian shop: "Zadnji kos!" and "Zaloga: 1 kos", Proizvajalec (maker) line, delivery days
case(
    "si-zadnji-kos",
    "https://www.tehnika24.si/philips-sesalnik-xc3131",
    si_shop(
        "Philips brezžični sesalnik XC3131/01",
        "<div class='product-details'><div class='product-image'><img src='/images/products/big/philips-xc3131.jpg' "
        "alt='Philips XC3131/01'></div><div class='product-info'><h1>Philips brezžični sesalnik XC3131/01</h1>"
        "<table class='lastnosti'><tr><td>Šifra artikla</td><td>XC3131/01</td></tr><tr><td>Proizvajalec</td>"
        "<td>Philips</td></tr></table><div class='price'>199,99 €</div><div class='zaloga'>Zaloga: 1 kos "
        "<strong>Zadnji kos!</strong></div><div class='dobava'>Dobava: 5-7 delovnih dni</div>"
        "<button class='btn-cart'>V košarico</button></div></div>",
    ),
    sku="XC3131/01",
    availability="InStock",
    brand_claimed="Philips",
)

# 43. old Croatian shop: the button reads a bare "Kupi", price in kn, "Na stanju"
case(
    "hr-kupi-na-stanju",
    "https://www.elektro-centar.hr/proizvod.php?id=18822",
    doc(
        "hr",
        "Samsung mikrovalna pećnica MS23K3513AW - Elektro Centar",
        "<div id='zaglavlje'><a href='/'>Elektro Centar</a> | <a href='/kosarica.php'>Košarica</a></div>"
        "<div id='sadrzaj'><h1>Samsung mikrovalna pećnica MS23K3513AW</h1><img src='/slike/proizvodi/18822_v.jpg' "
        "alt='Samsung MS23K3513AW'><p>Šifra: 18822</p><p>Proizvođač: Samsung</p><p class='cijena'>Cijena: "
        "899,00 kn</p><p class='stanje'>Na stanju</p><form method='post' action='/kosarica.php'>"
        "<input type='hidden' name='id' value='18822'><input type='text' name='kol' value='1' size='2'>"
        "<input type='submit' value='Kupi'></form></div>",
    ),
    sku="18822",
    availability="InStock",
    brand_claimed="Samsung",
)

# 44. ru page in Kazakhstan: "Осталось 2 шт.", a related card "Нет в наличии", Производитель
case(
    "kz-ru-ostalos-2",
    "https://www.technoshop.kz/p/pylesos-dyson-v15-detect-287001",
    kz_shop(
        "ru",
        "Пылесос Dyson V15 Detect Absolute",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/287001/v15-1.webp' "
        "alt='Dyson V15'></div><div class='product__info'><h1 class='product__title'>Пылесос Dyson V15 Detect "
        "Absolute</h1><div class='product__code'>Код товара: 287001</div><div class='product__price'>"
        "389 990 ₸</div><div class='product__left'>Осталось 2 шт.</div>"
        "<button class='btn btn--primary add-to-cart'>В корзину</button></div>"
        "<dl class='specs'><dt>Производитель</dt><dd>Dyson</dd><dt>Тип</dt><dd>вертикальный</dd></dl>"
        "<div class='similar'><h2>Похожие товары</h2><div class='product-card'><a href='/p/dyson-v12/'>"
        "Dyson V12</a><span class='product-card__price'>299 990 ₸</span><span>Нет в наличии</span></div></div>"
        "</div>",
    ),
    sku="287001",
    availability="InStock",
    brand_claimed="Dyson",
)

# 45. Kazakh-language page out of stock: "Қоймада жоқ", a notify button, no price shown
case(
    "kz-kk-out-of-stock",
    "https://www.technoshop.kz/kk/p/samsung-ww90t-286990",
    kz_shop(
        "kk",
        "Samsung WW90T4040CE кір жуғыш машинасы",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/286990/ww90t-1.webp' "
        "alt='Samsung WW90T4040CE'></div><div class='product__info'><h1 class='product__title'>"
        "Samsung WW90T4040CE кір жуғыш машинасы</h1><ul class='product__props'><li>Артикул: WW90T4040CE/LP</li>"
        "<li>Бренд: Samsung</li></ul><div class='product__stock'>Қоймада жоқ</div>"
        "<button class='btn btn--secondary'>Түскенде хабарлау</button></div></div>",
    ),
    sku="WW90T4040CE/LP",
    availability="OutOfStock",
    brand_claimed="Samsung",
)


# Round 4 -----------------------------------------------------------------------------------------

# 46. amazon.co.uk "Brand: Generic" (a placeholder: no brand), "Only 1 left in stock (more on the way)."
case(
    "amazon-uk-generic-brand",
    "https://www.amazon.co.uk/Silicone-Baking-Mats-Non-Stick-Reusable/dp/B08L5N8Q1P",
    amazon(
        "en-gb",
        "Silicone Baking Mat Set of 3, Non-Stick Reusable Oven Liners",
        "Home &amp; Kitchen|Bakeware|Baking Mats",
        "71mX0aQ3bCL",
        byline("Brand: Generic", "/s/ref=bl_dp_s_web_0?field-brandtextbin=Generic")
        + amazon_title("Silicone Baking Mat Set of 3, Non-Stick Reusable Oven Liners")
        + amazon_price("£9.99", "£", "9", "99"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-base a-color-price'>"
        "Only 1 left in stock (more on the way).</span></div>"
        + amazon_cart_buttons("Add to Basket", "Buy Now").replace("{asin}", "B08L5N8Q1P"),
        tech_table("productDetails_techSpec_section_1", ("Brand", "Generic"), ("Material", "Silicone"))
        + tech_table("productDetails_detailBullets_sections1", ("ASIN", "B08L5N8Q1P")),
        nav=("Deliver to", "Basket", "Today's Deals"),
    ),
    sku="B08L5N8Q1P",
    availability="InStock",
    brand_claimed=None,
)

# 47. Korean shop: a "제조사/브랜드" row, 모델명, a stock count 재고수량 5개
case(
    "kr-maker-brand-row",
    "https://www.pcmall.co.kr/goods/view.php?goodsno=55123",
    godomall(
        "LG 울트라기어 27GR75Q 27인치 QHD 게이밍 모니터",
        dl("판매가", "<strong><strong>329,000</strong></strong>원", "item_price")
        + dl("모델명", "27GR75Q")
        + dl("제조사/브랜드", "LG전자")
        + dl("재고수량", "5개"),
        "<button id='cartBtn' class='btn_add_cart'>장바구니</button><button class='btn_add_order'>바로 구매</button>",
        shop="피씨몰",
    ),
    sku="27GR75Q",
    availability="InStock",
    brand_claimed="LG전자",
)

# 48. Cyberbiz in stock: 庫存 剩 3 件, one variant 缺貨 in its select, 型號 as the code
case(
    "tw-cyberbiz-stock-count",
    "https://www.audiohouse.com.tw/products/sony-mdr-7506",
    tw_shop(
        "SONY MDR-7506 監聽耳機",
        "<div class='product-container'><div class='product-photo'><img "
        "src='//cdn1.cybassets.com/s/files/23456/ec_product_images/large/mdr7506.jpg' alt='SONY MDR-7506'></div>"
        "<div class='product-info'><h1 class='product-title'>SONY MDR-7506 監聽耳機</h1><ul class='product-meta'>"
        "<li>型號：MDR-7506</li><li>庫存：剩 3 件</li></ul><div class='product-price'><span class='price'>"
        "NT$3,290</span></div><select class='variant-select'><option>標準版</option><option disabled>附收納袋 (缺貨)"
        "</option></select><button class='btn btn-primary add-to-cart'>加入購物車</button></div></div>",
        shop="音響屋",
    ),
    sku="MDR-7506",
    availability="InStock",
)

# 49. Shopline sold out: a disabled 售完 button, a 貨到通知 link; the nav's 售完商品 link
case(
    "tw-shopline-sold-out",
    "https://www.haowu.com.tw/products/kinyo-kpb-2990",
    tw_shop(
        "【KINYO】行動電源 KPB-2990",
        "<div class='ProductDetail-container'><div class='product-images'><img "
        "src='https://img.shoplineapp.com/media/image_clips/64a1f1/large.jpg' alt='【KINYO】行動電源'></div>"
        "<div class='product-info'><h1 class='Product-title'>【KINYO】行動電源 KPB-2990</h1>"
        "<div class='Product-summary'><p>商品編號：KY-KPB2990</p><p>品牌：KINYO</p></div>"
        "<div class='price-regular price js-price'>NT$790</div>"
        "<button class='btn btn-default btn-sold-out' disabled>售完</button>"
        "<a class='btn-notify-me' href='#'>貨到通知</a></div></div>",
    ),
    sku="KY-KPB2990",
    availability="OutOfStock",
    brand_claimed="KINYO",
)

# 50. Argentine shop: "Producto discontinuado", no buy button
case(
    "ar-discontinuado",
    "https://www.hogarplus.com.ar/cafetera-oster-bvstdc4401",
    doc(
        "es-AR",
        "Cafetera Oster BVSTDC4401 | HogarPlus",
        "<header><a href='/'>HogarPlus</a><a href='/carrito'>Carrito</a></header>"
        "<div class='producto'><img class='producto-foto' src='/fotos/bvstdc4401-grande.jpg' alt='Cafetera'>"
        "<div class='producto-datos'><h1>Cafetera Oster BVSTDC4401</h1><p class='precio'>$ 54.999</p>"
        "<p class='stock'>Producto discontinuado</p><table class='ficha'><tr><td>Marca</td><td>Oster</td></tr>"
        "<tr><td>Código</td><td>OST-BVSTDC4401</td></tr></table></div></div>",
    ),
    sku="OST-BVSTDC4401",
    availability="Discontinued",
    brand_claimed="Oster",
)

# 51. Slovenian marketplace: "Na zalogi pri dobavitelju, dostava v 5 dneh"
case(
    "si-zaloga-pri-dobavitelju",
    "https://www.trgovina.si/izdelek/bosch-sesalnik-bgs05a220",
    si_shop(
        "Bosch sesalnik BGS05A220",
        "<div class='product-details'><div class='product-image'><img src='/images/products/big/bgs05a220.jpg' "
        "alt='Bosch BGS05A220'></div><div class='product-info'><h1>Bosch sesalnik BGS05A220</h1>"
        "<p>Šifra: BGS05A220</p><p>Znamka: Bosch</p><div class='price'>99,99 €</div><div class='availability'>"
        "Na zalogi pri dobavitelju, dostava v 5 dneh</div><button class='btn-cart'>V košarico</button></div></div>",
        shop="Trgovina.si",
    ),
    sku="BGS05A220",
    availability="InStock",
    brand_claimed="Bosch",
)

# 52. Croatian shop: "Uskoro dostupno" (available soon), no cart button, a notify link
case(
    "hr-uskoro-dostupno",
    "https://www.alatnica.hr/makita-kutna-brusilica-ga5030r",
    hr_shop(
        "Makita kutna brusilica GA5030R",
        "<div class='product-page'><div class='gallery'><img src='/media/catalog/product/m/a/makita-ga5030r.jpg' "
        "alt='Makita GA5030R'></div><div class='product-info-main'><h1 class='page-title'>Makita kutna brusilica "
        "GA5030R</h1><div class='product-sku'>Šifra proizvoda: <span>GA5030R</span></div>"
        "<div class='price-box'><span class='price'>79,99 €</span></div><div class='availability'>Uskoro dostupno"
        "</div><a href='/productalert/add/stock/product/5511/'>Obavijesti me</a></div></div>",
    ),
    sku="GA5030R",
    availability="OutOfStock",
)

# 53. Slovenian shop: "Kmalu na zalogi" (soon in stock), a notify form
case(
    "si-kmalu-na-zalogi",
    "https://www.tehnika24.si/sencor-kuhinjski-robot-stm-3750",
    si_shop(
        "Sencor kuhinjski robot STM 3750",
        "<div class='product-details'><div class='product-image'><img src='/images/products/big/stm3750.jpg' "
        "alt='Sencor STM 3750'></div><div class='product-info'><h1>Sencor kuhinjski robot STM 3750</h1>"
        "<p>Šifra: 41008123</p><p>Znamka: Sencor</p><div class='price'>149,99 €</div><div class='stock'>"
        "<span class='stock-status'>Kmalu na zalogi</span></div><div class='notify'><form><input type='email'>"
        "<button>Obvesti me</button></form></div></div></div>",
    ),
    sku="41008123",
    availability="OutOfStock",
    brand_claimed="Sencor",
)

# 54. ru page in Kazakhstan: "Ожидается поступление" and a notify button
case(
    "kz-ru-ozhidaetsya",
    "https://www.technoshop.kz/p/noutbuk-lenovo-ideapad-slim-3-287100",
    kz_shop(
        "ru",
        "Ноутбук Lenovo IdeaPad Slim 3 15IAH8",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/287100/ideapad-1.webp' "
        "alt='Lenovo IdeaPad Slim 3'></div><div class='product__info'><h1 class='product__title'>Ноутбук Lenovo "
        "IdeaPad Slim 3 15IAH8</h1><div class='product__code'>Артикул: 83ER000VRK</div><div class='product__price'>"
        "279 990 ₸</div><div class='product__stock'>Ожидается поступление</div><button class='btn btn--secondary'>"
        "Сообщить о поступлении</button></div><table class='specs'><tr><td>Бренд</td><td>Lenovo</td></tr></table>"
        "</div>",
    ),
    sku="83ER000VRK",
    availability="OutOfStock",
    brand_claimed="Lenovo",
)

# 55. amazon.com "Only 1 left in stock (more on the way).", a size chart link and a coupon line
case(
    "amazon-com-more-on-the-way",
    "https://www.amazon.com/Carhartt-Acrylic-Watch-Hat-A18/dp/B002G9UDYG",
    amazon(
        "en-us",
        "Carhartt Men's Knit Cuffed Beanie",
        "Clothing, Shoes &amp; Jewelry|Men|Accessories|Hats &amp; Caps",
        "81xg7ZQO7tL",
        byline("Visit the Carhartt Store", "/stores/Carhartt/page/1234")
        + amazon_title("Carhartt Men's Knit Cuffed Beanie")
        + amazon_price("$19.99", "$", "19", "99")
        + "<div id='promoPriceBlockMessage_feature_div'>Apply $2.00 coupon <a>Terms</a></div>",
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-base a-color-price'>"
        "Only 1 left in stock (more on the way).</span></div>"
        + amazon_cart_buttons().replace("{asin}", "B002G9UDYG"),
        detail_bullets(("Item model number", "A18"), ("Department", "mens"), ("ASIN", "B002G9UDYG")),
    ),
    sku="B002G9UDYG",
    availability="InStock",
    brand_claimed="Carhartt",
)


# Round 5 -----------------------------------------------------------------------------------------

# 56. Croatian shop: a sidebar of featured items, each with its own Šifra, before the product's
case(
    "hr-sidebar-codes-first",
    "https://www.alatnica.hr/einhell-kosilica-ge-cm-36",
    hr_shop(
        "Einhell akumulatorska kosilica GE-CM 36/36 Li",
        "<div class='columns'><aside class='sidebar'><h3>Izdvojeno</h3><div class='item'><a href='/makita-a'>"
        "Makita trimer</a><p>Šifra: 11111</p><p>129,00 €</p></div><div class='item'><a href='/bosch-b'>Bosch "
        "škare</a><p>Šifra: 11112</p><p>59,00 €</p></div></aside><div class='column main'><div class='gallery'>"
        "<img src='/media/catalog/product/e/i/einhell-ge-cm-36.jpg' alt='Einhell GE-CM 36/36 Li'></div>"
        "<h1 class='page-title'>Einhell akumulatorska kosilica GE-CM 36/36 Li</h1><p>Šifra: 22334</p>"
        "<p>Kataloški broj: 3413250</p><div class='price-box'><span class='price'>349,00 €</span></div>"
        "<div class='availability'>Dostupno</div><button class='action tocart primary'>Dodaj u košaricu</button>"
        "</div></div>",
    ),
    sku="22334",
    availability="InStock",
)

# 57. Korean open-market style: 상품번호, a brand-store link "나이키 브랜드관 >", 구매하기
case(
    "kr-sangpum-beonho",
    "https://www.openmall.co.kr/products/8812345678",
    doc(
        "ko",
        "나이키 에어맥스 90 운동화 : 오픈몰",
        "<div class='header'><a href='/'>오픈몰</a><a href='/cart'>장바구니</a></div><div class='prd'>"
        "<div class='prd_img'><img src='https://img.openmall.co.kr/prd/8812345678_1000.jpg' alt='에어맥스 90'>"
        "</div><div class='prd_info'><a class='store_link' href='/brand/nike'>나이키 브랜드관 &gt;</a>"
        "<h3 class='prd_name'>나이키 에어맥스 90 운동화</h3><div class='prd_price'><strong>139,000</strong>원</div>"
        "<ul class='prd_detail'><li>상품번호 : 8812345678</li><li>배송 : 무료배송, 2일 이내 출고</li></ul>"
        "<button class='btn_buy'>구매하기</button><button class='btn_cart'>장바구니</button></div></div>",
    ),
    sku="8812345678",
    availability="InStock",
    brand_claimed="나이키",
)

# 58. ru page in Kazakhstan: a bare "Код:" label
case(
    "kz-ru-kod",
    "https://www.technoshop.kz/p/mikrovolnovka-lg-ms2042db-145789",
    kz_shop(
        "ru",
        "Микроволновая печь LG MS2042DB",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/145789/ms2042db-1.webp' "
        "alt='LG MS2042DB'></div><div class='product__info'><h1 class='product__title'>Микроволновая печь LG "
        "MS2042DB</h1><span class='product__code'>Код: 145789</span><div class='product__price'>36 990 ₸</div>"
        "<div class='product__stock'>В наличии</div><button class='btn btn--primary'>В корзину</button>"
        "</div></div>",
    ),
    sku="145789",
    availability="InStock",
)

# 59. Slovenian shop: an EAN line beside the shop's Šifra
case(
    "si-ean-and-sifra",
    "https://www.tehnika24.si/tefal-kuhalnik-ko2408",
    si_shop(
        "Tefal grelnik vode KO2408",
        "<div class='product-details'><div class='product-image'><img src='/images/products/big/ko2408.jpg' "
        "alt='Tefal KO2408'></div><div class='product-info'><h1>Tefal grelnik vode KO2408</h1>"
        "<p>EAN koda: 3045386371806</p><p>Šifra: 70912</p><p>Znamka: Tefal</p><div class='price'>34,99 €</div>"
        "<div class='stock'>Na zalogi</div><button class='btn-cart'>V košarico</button></div></div>",
    ),
    sku="70912",
    availability="InStock",
    brand_claimed="Tefal",
)

# 60. Argentine shop: "Cód.: 781234", "Últimas 3 unidades"
case(
    "ar-cod-ultimas-unidades",
    "https://www.hogarplus.com.ar/licuadora-philips-hr2041",
    doc(
        "es-AR",
        "Licuadora Philips HR2041 | HogarPlus",
        "<header><a href='/'>HogarPlus</a><a href='/carrito'>Carrito</a></header>"
        "<div class='producto'><img class='producto-foto' src='/fotos/hr2041-grande.jpg' alt='Licuadora'>"
        "<div class='producto-datos'><h1>Licuadora Philips HR2041</h1><p class='codigo'>Cód.: 781234</p>"
        "<p class='precio'>$ 74.999</p><p class='cuotas'>3 cuotas sin interés de $ 24.999,67</p>"
        "<p class='stock'>¡Últimas 3 unidades!</p><button class='comprar'>Comprar ahora</button></div></div>",
    ),
    sku="781234",
    availability="InStock",
)

# 61. amazon.com: "Item model number" only in the bullets (the ASIN in the URL), "Visit the Amazon Basics Store"
case(
    "amazon-com-model-only",
    "https://www.amazon.com/Amazon-Basics-Lightweight-Microfiber-Sheet/dp/B00Q7OAKO6/ref=sr_1_1?th=1",
    amazon(
        "en-us",
        "Amazon Basics Lightweight Super Soft Easy Care Microfiber Bed Sheet Set, Queen",
        "Home &amp; Kitchen|Bedding|Sheets &amp; Pillowcases",
        "91R7Z9G0cWL",
        byline("Visit the Amazon Basics Store", "/stores/AmazonBasics/page/947C6949")
        + amazon_title("Amazon Basics Lightweight Super Soft Easy Care Microfiber Bed Sheet Set, Queen")
        + amazon_price("$21.99", "$", "21", "99"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-success'>"
        "In Stock</span></div>" + amazon_cart_buttons().replace("{asin}", "B00Q7OAKO6"),
        detail_bullets(("Item model number", "SH001-QN"), ("Date First Available", "February 9, 2015")),
    ),
    sku="B00Q7OAKO6",
    availability="InStock",
    brand_claimed="Amazon Basics",
)

# 62. Taiwanese shop: the brand only in the title's 【】 brackets
case(
    "tw-bracket-brand",
    "https://www.haowu.com.tw/products/tiger-mmz-a501",
    tw_shop(
        "【TIGER 虎牌】不鏽鋼保溫杯 500ml MMZ-A501",
        "<div class='ProductDetail-container'><div class='product-images'><img "
        "src='https://img.shoplineapp.com/media/image_clips/64a1f2/large.jpg' alt='TIGER 保溫杯'></div>"
        "<div class='product-info'><h1 class='Product-title'>【TIGER 虎牌】不鏽鋼保溫杯 500ml MMZ-A501</h1>"
        "<div class='price-regular price js-price'>NT$1,180</div>"
        "<button class='btn btn-color-primary js-btn-add-to-cart'>加入購物車</button></div></div>",
    ),
    availability="InStock",
    brand_claimed="TIGER",
)

# 63. Korean shop: the brand only in the title's [] brackets
case(
    "kr-bracket-brand",
    "https://dailylook.co.kr/product/detail.html?product_no=1500",
    cafe24(
        "[아디다스] 삼바 OG 스니커즈",
        row("판매가", "<strong id='span_product_price_text'>139,000원</strong>")
        + row("상품코드", "P0000DAA"),
        CAFE24_LIVE,
    ),
    sku="P0000DAA",
    availability="InStock",
    brand_claimed="아디다스",
)

# 64. Taiwanese shop: 庫存：0 and a disabled 加入購物車
case(
    "tw-stock-zero",
    "https://www.audiohouse.com.tw/products/audio-technica-ath-m50x",
    tw_shop(
        "Audio-Technica ATH-M50x 監聽耳機",
        "<div class='product-container'><div class='product-photo'><img "
        "src='//cdn1.cybassets.com/s/files/23456/ec_product_images/large/ath-m50x.jpg' alt='ATH-M50x'></div>"
        "<div class='product-info'><h1 class='product-title'>Audio-Technica ATH-M50x 監聽耳機</h1>"
        "<ul class='product-meta'><li>商品編號：AT-M50X-BK</li><li>庫存：0</li></ul><div class='product-price'>"
        "<span class='price'>NT$5,290</span></div><button class='btn btn-primary add-to-cart' disabled>加入購物車"
        "</button></div></div>",
        shop="音響屋",
    ),
    sku="AT-M50X-BK",
    availability="OutOfStock",
)

# 65. Kazakh-language page: "Сатылымда жоқ" (not on sale), a notify button
case(
    "kz-kk-satylymda-zhoq",
    "https://www.technoshop.kz/kk/p/xiaomi-redmi-note-13-286500",
    kz_shop(
        "kk",
        "Xiaomi Redmi Note 13 8/256GB смартфоны",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/286500/note13-1.webp' "
        "alt='Redmi Note 13'></div><div class='product__info'><h1 class='product__title'>Xiaomi Redmi Note 13 "
        "8/256GB смартфоны</h1><ul class='product__props'><li>Артикул: 23124RA7EO</li></ul>"
        "<div class='product__price'>119 990 тг</div><div class='product__stock'>Сатылымда жоқ</div>"
        "<button class='btn btn--secondary'>Түскенде хабарлау</button></div></div>",
    ),
    sku="23124RA7EO",
    availability="OutOfStock",
)

# 66. ru page: "Товар закончился", no buy button
case(
    "kz-ru-zakonchilsya",
    "https://www.technoshop.kz/p/utyug-philips-dst7030-286611",
    kz_shop(
        "ru",
        "Утюг Philips DST7030/20",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/286611/dst7030-1.webp' "
        "alt='Philips DST7030'></div><div class='product__info'><h1 class='product__title'>Утюг Philips "
        "DST7030/20</h1><div class='product__code'>Артикул: DST7030/20</div><div class='product__price'>"
        "32 990 ₸</div><div class='product__status'>Товар закончился</div></div></div>",
    ),
    sku="DST7030/20",
    availability="OutOfStock",
)

# 67. Taiwanese shop without an h1: the name in a div, the price split into currency and amount
case(
    "tw-no-h1-split-price",
    "https://www.teashop.com.tw/product/detail/3301",
    tw_shop(
        "阿里山高山烏龍茶 150g",
        "<div class='goods-detail'><div class='goods-pic'><img src='/upload/goods/3301_big.jpg' alt='阿里山高山烏龍茶'>"
        "</div><div class='goods-info'><div class='goods-name'>阿里山高山烏龍茶 150g</div>"
        "<div class='goods-no'>商品編號：TEA-3301</div><div class='goods-price'><span class='currency'>NT$</span>"
        "<span class='amount'>880</span></div><div class='goods-qty'>數量 <input type='number' value='1'></div>"
        "<a href='javascript:addCart(3301)' class='btn-cart'>加入購物車</a></div></div>",
        shop="山茶坊",
    ),
    sku="TEA-3301",
    availability="InStock",
)

# 68. Slovenian shop: "Trenutno ni na voljo" and a notify form; related items in stock
case(
    "si-trenutno-ni-na-voljo",
    "https://www.tehnika24.si/braun-brivnik-series-7",
    si_shop(
        "Braun brivnik Series 7 71-S1000s",
        "<div class='product-details'><div class='product-image'><img src='/images/products/big/braun-s7.jpg' "
        "alt='Braun Series 7'></div><div class='product-info'><h1>Braun brivnik Series 7 71-S1000s</h1>"
        "<p>Šifra: 81012</p><div class='price'>179,99 €</div><p class='zaloga-info'>Trenutno ni na voljo</p>"
        "<div class='notify'><p>Obvesti me, ko bo izdelek na voljo</p><form><input type='email'>"
        "<button>Obvesti me</button></form></div></div></div><div class='related'><h3>Podobni izdelki</h3>"
        "<div class='product-item'><a href='/philips-s5000'>Philips S5000</a><span>89,99 €</span>"
        "<span class='stock-status available'>Na zalogi</span><button>V košarico</button></div></div>",
    ),
    sku="81012",
    availability="OutOfStock",
)


# Round 6 -----------------------------------------------------------------------------------------

# 69. Cafe24: the <title> is the shop's name only; a hidden product_no field beside the shown 상품코드
case(
    "kr-cafe24-shop-title-hidden-no",
    "https://dailylook.co.kr/product/detail.html?product_no=1600&cate_no=24",
    cafe24(
        "오가닉 코튼 맨투맨",
        row("판매가", "<strong id='span_product_price_text'>35,000원</strong>")
        + row("상품코드", "P0000DBK")
        + row("자체상품코드", "DL-MTM-01")
        + "<tr><td><input type='hidden' name='product_no' value='1600'></td></tr>",
        CAFE24_LIVE,
    ).replace("<title>오가닉 코튼 맨투맨 - 데일리룩</title>", "<title>데일리룩</title>"),
    sku=("P0000DBK", "DL-MTM-01"),
    availability="InStock",
)

# 70. Tiendanube: the form's hidden add_to_cart field holds the product id; the SKU shown
case(
    "ar-tiendanube-hidden-product-id",
    "https://www.urbanacalzados.com.ar/productos/sandalias-cuero-suela/",
    tiendanube(
        "Sandalias Cuero Suela",
        "<div id='single-product' class='js-product-detail js-product-container'><div class='js-swiper-product'>"
        "<img src='//acdn.mitiendanube.com/stores/001/234/567/products/sandalia-suela-1-0badf00d-1024-1024.webp' "
        "alt='Sandalias Cuero Suela'></div><h1 class='js-product-name'>Sandalias Cuero Suela</h1>"
        "<span class='js-price-display' id='price_display'>$38.500,00</span>"
        "<div class='js-sku-container'>SKU: <span class='js-sku'>SND-SUE-37</span></div>"
        "<form id='product_form' class='js-product-form' method='post' action='/comprar/'>"
        "<input type='hidden' name='add_to_cart' value='187654321'>"
        "<input type='submit' class='js-addtocart js-prod-submit-form btn btn-primary' value='Agregar al carrito'>"
        "</form></div>",
    ),
    sku="SND-SUE-37",
    availability="InStock",
)

# 71. VTEX-like Argentine shop: "Referencia: 12345", brand as a link above the title
case(
    "ar-referencia",
    "https://www.deportesar.com.ar/zapatilla-running-fila-racer-carbon/p",
    vtex(
        "Zapatilla Running Fila Racer Carbon",
        "<div class='product-main'><img src='https://deportesar.vteximg.com.br/arquivos/ids/998877-800-800/"
        "racer-carbon-1.jpg' alt='Fila Racer Carbon'><div class='product-info'><a class='brand-link' "
        "href='/fila'>Fila</a><h1>Zapatilla Running Fila Racer Carbon</h1><p>Referencia: 51223</p>"
        "<p class='selling-price'>$ 119.999</p><p>6 cuotas sin interés de $ 19.999,83</p><button "
        "class='buy-button'>Comprar</button></div></div>",
        shop="Deportes AR",
    ),
    sku="51223",
    availability="InStock",
    brand_claimed="Fila",
)

# 72. 91APP-like: 商品料號 (item number) line, 品牌 as a link
case(
    "tw-item-number",
    "https://www.shopmall.com.tw/SalePage/Index/8125000",
    tw_shop(
        "膳魔師 不鏽鋼真空保溫瓶 500ml",
        "<div class='salepage-main'><div class='salepage-image'><img "
        "src='https://diz36nn4q02zr.cloudfront.net/webapi/imagesV3/Original/SalePage/8125000/0/638200000000?v=1' "
        "alt='膳魔師 保溫瓶'></div><div class='salepage-info'><h1 class='salepage-title'>膳魔師 不鏽鋼真空保溫瓶 "
        "500ml</h1><ul class='salepage-attr'><li>品牌：<a href='/Brand/THERMOS'>THERMOS 膳魔師</a></li>"
        "<li>商品料號：JNL-504-SBK</li></ul><div class='salepage-price'><span class='price'>NT$ 1,080</span>"
        "</div><div class='salepage-buy'><button class='btn-add-to-cart'>加入購物車</button></div></div></div>",
    ),
    sku="JNL-504-SBK",
    availability="InStock",
    brand_claimed=("THERMOS", "THERMOS 膳魔師"),
)

# 73. Slovenian shop: "Koda: 4521", the title an h2, price with "EUR"
case(
    "si-koda-h2-eur",
    "https://www.malatrgovina.si/izdelek/4521",
    doc(
        "sl",
        "Rowenta sesalnik RO3753EA | Mala trgovina",
        "<div class='glava'><a href='/'>Mala trgovina</a><a href='/kosarica'>Košarica</a></div><div class='izdelek'>"
        "<img src='/slike/izdelki/4521-velika.jpg' alt='Rowenta RO3753EA'><h2>Rowenta sesalnik RO3753EA</h2>"
        "<p>Koda: 4521</p><p>Proizvajalec: Rowenta</p><p class='cena'>Cena: 119,90 EUR</p><p>Zaloga: na zalogi</p>"
        "<form method='post' action='/kosarica/dodaj'><input type='hidden' name='id' value='4521'>"
        "<button type='submit'>Dodaj v košarico</button></form></div>",
    ),
    sku="4521",
    availability="InStock",
    brand_claimed="Rowenta",
)

# 74. Croatian shop: "Kod proizvoda", the title an h2, a price in € then kn
case(
    "hr-kod-proizvoda",
    "https://www.bijelatehnika.hr/proizvod/beko-hladnjak-rcna406i40wn",
    doc(
        "hr",
        "Beko hladnjak RCNA406I40WN | Bijela tehnika",
        "<header><a href='/'>Bijela tehnika</a><a href='/kosarica'>Košarica</a></header><div class='proizvod'>"
        "<div class='slika'><img src='/images/proizvodi/rcna406i40wn-velika.jpg' alt='Beko RCNA406I40WN'></div>"
        "<div class='opis'><h2 class='naziv'>Beko hladnjak RCNA406I40WN</h2><p>Kod proizvoda: RCNA406I40WN</p>"
        "<p>Marka: Beko</p><p class='cijena'>549,00 € <small>(4.136,44 kn)</small></p><p class='dostupnost'>"
        "Dostupnost: <b>Na stanju</b></p><a class='btn btn-kupi' href='/kosarica/dodaj/77812'>Dodaj u košaricu</a>"
        "</div></div>",
    ),
    sku="RCNA406I40WN",
    availability="InStock",
    brand_claimed="Beko",
)

# 75. Kazakh-language page: "Тауар коды" (product code), "Бренді" (its brand)
case(
    "kz-kk-tauar-kody",
    "https://www.technoshop.kz/kk/p/bosch-gsr-120-li-286800",
    kz_shop(
        "kk",
        "Bosch GSR 120-LI аккумуляторлық бұрағышы",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/286800/gsr120-1.webp' "
        "alt='Bosch GSR 120-LI'></div><div class='product__info'><h1 class='product__title'>Bosch GSR 120-LI "
        "аккумуляторлық бұрағышы</h1><ul class='product__props'><li>Тауар коды: 286800</li><li>Бренді: Bosch</li>"
        "</ul><div class='product__price'>54 990 ₸</div><div class='product__stock'>Қоймада бар</div>"
        "<button class='btn btn--primary'>Себетке қосу</button></div></div>",
    ),
    sku="286800",
    availability="InStock",
    brand_claimed="Bosch",
)

# 76. amazon.it unavailable: "Attualmente non disponibile.", no price, "Visita lo Store di Smeg"
case(
    "amazon-it-non-disponibile",
    "https://www.amazon.it/Smeg-KLF03CREU-Bollitore-Elettrico-Panna/dp/B00FZJ7O8C",
    amazon(
        "it-it",
        "Smeg KLF03CREU Bollitore Elettrico, 1.7 L, Panna",
        "Casa e cucina|Piccoli elettrodomestici|Bollitori",
        "61U8xQ2vKjL",
        byline("Visita lo Store di Smeg", "/stores/Smeg/page/55AA")
        + amazon_title("Smeg KLF03CREU Bollitore Elettrico, 1.7 L, Panna"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-price'>"
        "Attualmente non disponibile.</span><br><span>Non sappiamo se e quando questo articolo sarà di nuovo "
        "disponibile.</span></div>",
        detail_bullets(("Numero modello articolo", "KLF03CREU"), ("ASIN", "B00FZJ7O8C")),
        nav=("Consegna a", "Carrello", "Offerte"),
    ),
    sku="B00FZJ7O8C",
    availability="OutOfStock",
    brand_claimed="Smeg",
)

# 77. Korean shop: 판매종료 (sales ended), buttons hidden, no price
case(
    "kr-sales-ended",
    "https://dailylook.co.kr/product/detail.html?product_no=1700",
    cafe24(
        "시어서커 셔츠 (22SS)",
        row("판매가", "<strong id='span_product_price_text'>판매종료</strong>") + row("상품코드", "P0000AZZ"),
        "<a href='#none' class='btnSubmit sizeL displaynone'><span id='btnBuy'>구매하기</span></a>"
        "<span class='btnNormal sizeL'>판매종료</span>",
    ),
    sku="P0000AZZ",
    availability=("OutOfStock", "Discontinued"),
)

# 78. Taiwanese shop: 商品已下架 (taken off the shelf), no buy control
case(
    "tw-delisted",
    "https://www.haowu.com.tw/products/kinyo-old-model",
    tw_shop(
        "【KINYO】電暖器 EH-100",
        "<div class='ProductDetail-container'><div class='product-images'><img "
        "src='https://img.shoplineapp.com/media/image_clips/64a1f3/large.jpg' alt='KINYO 電暖器'></div>"
        "<div class='product-info'><h1 class='Product-title'>【KINYO】電暖器 EH-100</h1>"
        "<div class='price-regular price js-price'>NT$1,490</div><div class='product-status'>商品已下架</div>"
        "</div></div>",
    ),
    availability=("OutOfStock", "Discontinued"),
    brand_claimed="KINYO",
)

# 79. Slovenian shop: "Izdelek ni več v prodaji" (no longer sold)
case(
    "si-ni-vec-v-prodaji",
    "https://www.tehnika24.si/gorenje-pecica-bo635e11x",
    si_shop(
        "Gorenje pečica BO635E11X",
        "<div class='product-details'><div class='product-image'><img src='/images/products/big/bo635e11x.jpg' "
        "alt='Gorenje BO635E11X'></div><div class='product-info'><h1>Gorenje pečica BO635E11X</h1>"
        "<p>Šifra: 700112</p><div class='price'>399,99 €</div><div class='stock'>Izdelek ni več v prodaji</div>"
        "</div></div>",
    ),
    sku="700112",
    availability=("OutOfStock", "Discontinued"),
)

# 80. Argentine shop: the title an h2, price "$45.999" without decimals, a "Comprar" link button
case(
    "ar-h2-comprar-link",
    "https://www.tiendita.com.ar/producto/mate-imperial-calabaza",
    doc(
        "es-AR",
        "Mate Imperial de Calabaza con Virola de Alpaca - La Tiendita",
        "<header><a href='/'>La Tiendita</a><a href='/carrito'>Mi carrito</a></header><section class='detalle'>"
        "<img src='/img/productos/mate-imperial-1.jpg' alt='Mate Imperial'><h2 class='titulo'>Mate Imperial de "
        "Calabaza con Virola de Alpaca</h2><p class='precio'>$45.999</p><p>Código: MAT-IMP-01</p><p>Stock "
        "disponible</p><a class='btn btn-comprar' href='/carrito/agregar/3301'>Comprar</a></section>",
    ),
    sku="MAT-IMP-01",
    availability="InStock",
)


# Round 7 -----------------------------------------------------------------------------------------

# 81. amazon.com parent clothing page: no size chosen, so no price and no cart button ("To buy, select Size")
case(
    "amazon-com-select-size",
    "https://www.amazon.com/Hanes-Ecosmart-Sweatshirt-Black-Large/dp/B00JUM3AK2",
    amazon(
        "en-us",
        "Hanes Men's EcoSmart Fleece Sweatshirt",
        "Clothing, Shoes &amp; Jewelry|Men|Clothing|Fashion Hoodies &amp; Sweatshirts",
        "71x4FeCwRzL",
        byline("Visit the Hanes Store", "/stores/Hanes/page/7788")
        + amazon_title("Hanes Men's EcoSmart Fleece Sweatshirt")
        + "<div id='twister_feature_div'><div id='variation_size_name'><label class='a-form-label'>Size: </label>"
        "<span class='selection'>Select Size</span><ul><li class='swatchAvailable'>Small</li>"
        "<li class='swatchAvailable'>Medium</li><li class='swatchUnavailable'>3X-Large</li></ul></div></div>",
        "<div id='partialStateBuybox' class='a-section'><div class='a-box'><div class='a-box-inner'>"
        "<span class='a-text-bold'>To buy, select <span class='a-color-price'>Size</span></span></div></div></div>",
        detail_bullets(("Item model number", "P160"), ("Department", "mens"), ("ASIN", "B00JUM3AK2")),
    ),
    sku="B00JUM3AK2",
    brand_claimed="Hanes",
)

# 82. old Slovenian shop: the buy control an image button whose alt says "V košarico"
case(
    "si-image-button",
    "https://www.starotrgovina.si/index.php?izdelek=2231",
    doc(
        "sl",
        "Philips sušilnik za lase BHD350 - Staro trgovina",
        "<table width='100%'><tr><td><a href='index.php'>Staro trgovina</a></td></tr><tr><td>"
        "<h1>Philips sušilnik za lase BHD350</h1><img src='slike/2231_velika.jpg' alt='Philips BHD350'><br>"
        "Šifra: 2231<br>Cena: <b>34,90 €</b><br>Zaloga: na zalogi<br><form method='post' action='kosarica.php'>"
        "<input type='hidden' name='id' value='2231'><input type='text' name='kolicina' value='1' size='2'> "
        "<input type='image' src='slike/gumb_kosarica.gif' alt='V košarico'></form></td></tr></table>",
    ),
    sku="2231",
    availability="InStock",
)

# 83. Taiwanese shop: "特價 NT$1,290" beside a struck "原價", 品牌名稱 line
case(
    "tw-special-price",
    "https://www.homegoods.com.tw/product/55012",
    tw_shop(
        "象印 微電腦電子鍋 NL-DAF10",
        "<div class='pd-main'><div class='pd-img'><img src='/upload/product/55012_l.jpg' alt='象印 電子鍋'></div>"
        "<div class='pd-info'><h1 class='pd-name'>象印 微電腦電子鍋 NL-DAF10</h1><p>品牌名稱：ZOJIRUSHI 象印</p>"
        "<p>商品編號：ZJ-NLDAF10</p><div class='pd-price'><del>原價 NT$7,990</del> <span class='sale'>特價 NT$6,490"
        "</span></div><button class='btn-cart'>加入購物車</button></div></div>",
        shop="居家好物",
    ),
    sku="ZJ-NLDAF10",
    availability="InStock",
    brand_claimed=("ZOJIRUSHI", "ZOJIRUSHI 象印"),
)

# 84. amazon.fr "Temporairement en rupture de stock." and "Commandez maintenant ...", a live cart: BackOrder
case(
    "amazon-fr-temporairement",
    "https://www.amazon.fr/dp/B08KHXJ1LT",
    amazon(
        "fr-fr",
        "Moulinex Cookeo+ Multicuiseur intelligent CE851A10",
        "Cuisine et Maison|Petit électroménager|Multicuiseurs",
        "71W2sP3n8YL",
        byline("Visiter la boutique Moulinex", "/stores/Moulinex/page/9911")
        + amazon_title("Moulinex Cookeo+ Multicuiseur intelligent CE851A10")
        + amazon_price("199,99€", "€", "199", "99").replace("a-price-decimal'>.", "a-price-decimal'>,"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-price'>"
        "Temporairement en rupture de stock.</span><br><span>Commandez maintenant et nous vous livrerons cet "
        "article lorsqu'il sera disponible. Nous vous enverrons un e-mail avec une date d'estimation de livraison "
        "dès que nous aurons plus d'informations.</span></div>"
        + amazon_cart_buttons("Ajouter au panier", "Acheter cet article").replace("{asin}", "B08KHXJ1LT"),
        detail_bullets(("Numéro du modèle de l'article", "CE851A10"), ("ASIN", "B08KHXJ1LT")),
        nav=("Livrer à", "Panier", "Ventes Flash"),
    ),
    sku="B08KHXJ1LT",
    availability="BackOrder",
    brand_claimed="Moulinex",
)

# 85. amazon.it "Temporaneamente non disponibile. Ordina ora ..." with a live cart: BackOrder
case(
    "amazon-it-temporaneamente",
    "https://www.amazon.it/dp/B07Q5KJH2P",
    amazon(
        "it-it",
        "Imetec Bellissima My Pro Piastra per Capelli B9 400",
        "Bellezza|Cura dei capelli|Piastre",
        "61VgT0m8Q6L",
        byline("Visita lo Store di Imetec", "/stores/Imetec/page/3344")
        + amazon_title("Imetec Bellissima My Pro Piastra per Capelli B9 400")
        + amazon_price("39,99€", "€", "39", "99").replace("a-price-decimal'>.", "a-price-decimal'>,"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-price'>"
        "Temporaneamente non disponibile.</span><br><span>Ordina ora e ti invieremo l'articolo quando sarà "
        "disponibile.</span></div>"
        + amazon_cart_buttons("Aggiungi al carrello", "Acquista ora").replace("{asin}", "B07Q5KJH2P"),
        detail_bullets(("Numero modello articolo", "11667"), ("ASIN", "B07Q5KJH2P")),
        nav=("Consegna a", "Carrello", "Offerte"),
    ),
    sku="B07Q5KJH2P",
    availability="BackOrder",
    brand_claimed="Imetec",
)

# 86. amazon.de "Gewöhnlich versandfertig in 2 bis 3 Tagen.", a live cart
case(
    "amazon-de-versandfertig",
    "https://www.amazon.de/dp/B0BSHF7WHW",
    amazon(
        "de-de",
        "WMF Küchenminis Toaster, 760 Watt, Cromargan matt",
        "Küche, Haushalt &amp; Wohnen|Toaster",
        "61aA5F0b1pL",
        byline("Besuche den WMF-Store", "/stores/WMF/page/1A2B")
        + amazon_title("WMF Küchenminis Toaster, 760 Watt, Cromargan matt")
        + amazon_price("49,99€", "€", "49", "99").replace("a-price-decimal'>.", "a-price-decimal'>,"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-success'>"
        "Gewöhnlich versandfertig in 2 bis 3 Tagen.</span></div>"
        + amazon_cart_buttons("In den Einkaufswagen", "Jetzt kaufen").replace("{asin}", "B0BSHF7WHW"),
        detail_bullets(("Modellnummer", "0414110011"), ("ASIN", "B0BSHF7WHW")),
        nav=("Liefern an", "Einkaufswagen", "Angebote des Tages"),
    ),
    sku="B0BSHF7WHW",
    availability="InStock",
    brand_claimed="WMF",
)

# 87. ru page in Kazakhstan: pre-order ("Предзаказ", "Оформить предзаказ")
case(
    "kz-ru-predzakaz",
    "https://www.technoshop.kz/p/smartfon-samsung-galaxy-s25-ultra-288000",
    kz_shop(
        "ru",
        "Смартфон Samsung Galaxy S25 Ultra 12/256GB",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/288000/s25u-1.webp' "
        "alt='Galaxy S25 Ultra'></div><div class='product__info'><h1 class='product__title'>Смартфон Samsung "
        "Galaxy S25 Ultra 12/256GB</h1><div class='product__code'>Артикул: SM-S938BZKCSKZ</div>"
        "<div class='product__price'>749 990 ₸</div><div class='product__stock'>Предзаказ. Поступление 7 февраля"
        "</div><button class='btn btn--primary'>Оформить предзаказ</button></div></div>",
    ),
    sku="SM-S938BZKCSKZ",
    availability="PreOrder",
)

# 88. Cafe24 pre-sale: the 예약주문 label shown on the buy button, a 예약판매 note
case(
    "kr-cafe24-reserve",
    "https://dailylook.co.kr/product/detail.html?product_no=1800",
    cafe24(
        "울 블렌드 핸드메이드 코트",
        row("판매가", "<strong id='span_product_price_text'>189,000원</strong>")
        + row("상품코드", "P0000EAA")
        + row("배송안내", "<span class='reserve'>예약판매 상품으로 3월 20일부터 순차 출고됩니다.</span>"),
        "<a href='#none' class='btnSubmit sizeL' onclick=\"product_submit(1, '/exec/front/order/basket/', this)\">"
        "<span id='btnBuy' class='displaynone'>구매하기</span><span id='actionReserve'>예약주문</span></a>"
        "<a href='#none' class='btnNormal sizeL' onclick=\"product_submit(2, '/exec/front/order/basket/', this)\">"
        "장바구니</a>",
    ),
    sku="P0000EAA",
    availability="PreOrder",
)

# 89. Argentine shop: "Preventa - Entrega a partir del 15/04" and "Comprar"
case(
    "ar-preventa",
    "https://www.hogarplus.com.ar/consola-nintendo-switch-2",
    doc(
        "es-AR",
        "Consola Nintendo Switch 2 | HogarPlus",
        "<header><a href='/'>HogarPlus</a><a href='/carrito'>Carrito</a></header>"
        "<div class='producto'><img class='producto-foto' src='/fotos/switch2-grande.jpg' alt='Switch 2'>"
        "<div class='producto-datos'><h1>Consola Nintendo Switch 2</h1><p class='precio'>$ 1.199.999</p>"
        "<p class='aviso'>Preventa - Entrega a partir del 15/04</p><table class='ficha'><tr><td>Marca</td>"
        "<td>Nintendo</td></tr></table><button class='comprar'>Comprar</button></div></div>",
    ),
    availability="PreOrder",
    brand_claimed="Nintendo",
)

# 90. Croatian shop: "Dostupno po narudžbi (7-14 dana)" with a live cart
case(
    "hr-po-narudzbi",
    "https://www.alatnica.hr/festool-ubodna-pila-ps-420",
    hr_shop(
        "Festool ubodna pila PS 420 EBQ-Plus",
        "<div class='product-page'><div class='gallery'><img src='/media/catalog/product/f/e/festool-ps420.jpg' "
        "alt='Festool PS 420'></div><div class='product-info-main'><h1 class='page-title'>Festool ubodna pila "
        "PS 420 EBQ-Plus</h1><div class='product-sku'>Šifra proizvoda: <span>576175</span></div>"
        "<div class='product-brand'>Brend: <a href='/brend/festool'>Festool</a></div><div class='price-box'>"
        "<span class='price'>459,00 €</span></div><div class='availability'>Dostupno po narudžbi (7-14 dana)</div>"
        "<button class='action tocart primary'>Dodaj u košaricu</button></div></div>",
    ),
    sku="576175",
    availability="BackOrder",
    brand_claimed="Festool",
)

# 91. Taiwanese shop: 現貨 with a shipping-days note, 品牌 in a table; a sold-out related card
case(
    "tw-in-stock-ship-days",
    "https://www.homegoods.com.tw/product/55020",
    tw_shop(
        "日本 Iwatani 岩谷 卡式爐 CB-AH-41",
        "<div class='pd-main'><div class='pd-img'><img src='/upload/product/55020_l.jpg' alt='岩谷 卡式爐'></div>"
        "<div class='pd-info'><h1 class='pd-name'>日本 Iwatani 岩谷 卡式爐 CB-AH-41</h1><table class='pd-spec'>"
        "<tr><th>品牌</th><td>Iwatani</td></tr><tr><th>商品編號</th><td>IW-CBAH41</td></tr></table>"
        "<div class='pd-price'>NT$2,680</div><p class='pd-stock'>現貨，預計 3-5 個工作天出貨</p>"
        "<button class='btn-cart'>加入購物車</button></div></div><div class='pd-related'><h3>相關商品</h3><ul>"
        "<li class='pd-card'><a href='/product/55021'>卡式瓦斯罐 3入</a><span>NT$199</span><span>售完</span></li>"
        "<li class='pd-card'><a href='/product/55022'>烤肉盤</a><span>NT$890</span></li></ul></div>",
        shop="居家好物",
    ),
    sku="IW-CBAH41",
    availability="InStock",
    brand_claimed="Iwatani",
)

# 92. amazon.com "Currently unavailable.", no byline, the brand in the tech-spec table, sponsored prices
case(
    "amazon-com-unavailable-brand-table",
    "https://www.amazon.com/dp/B07FZ8S74R",
    amazon(
        "en-us",
        "Echo Dot (3rd Gen) - Smart speaker with Alexa - Charcoal",
        "Amazon Devices &amp; Accessories|Amazon Echo &amp; Alexa Devices|Smart Speakers",
        "6182S7MYC2L",
        amazon_title("Echo Dot (3rd Gen) - Smart speaker with Alexa - Charcoal"),
        "<div id='outOfStock' class='a-box a-alert-inline-warning'><div class='a-box-inner'><span "
        "class='a-color-price a-text-bold'>Currently unavailable.</span><br>We don't know when or if this item "
        "will be back in stock.</div></div>",
        tech_table("productDetails_techSpec_section_1", ("Brand", "Amazon"), ("Model Name", "Echo Dot"))
        + tech_table("productDetails_detailBullets_sections1", ("ASIN", "B07FZ8S74R")),
        carousel=sponsored(
            "Products related to this item",
            ("Smart Speaker with Alexa", "$29.99", "In Stock"),
            ("Wi-Fi Smart Plug", "$12.99", ""),
        ),
    ),
    sku="B07FZ8S74R",
    availability="OutOfStock",
    brand_claimed="Amazon",
)


# Round 8: in-stock pages with misleading words around them -----------------------------------------

# 93. amazon.com in stock; "Frequently bought together" with an unavailable add-on, a review quoting "sold out"
case(
    "amazon-com-fbt-unavailable-addon",
    "https://www.amazon.com/dp/B0BDHWDR12",
    amazon(
        "en-us",
        "Apple AirPods Pro (2nd Generation) Wireless Earbuds",
        "Electronics|Headphones, Earbuds &amp; Accessories|Earbud Headphones",
        "61SUj2aKoEL",
        byline("Visit the Apple Store", "/stores/Apple/page/77D9")
        + amazon_title("Apple AirPods Pro (2nd Generation) Wireless Earbuds")
        + amazon_price("$189.99", "$", "189", "99"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-success'>"
        "In Stock</span></div>" + amazon_cart_buttons().replace("{asin}", "B0BDHWDR12"),
        detail_bullets(("Item model number", "MTJV3AM/A"), ("ASIN", "B0BDHWDR12")),
        carousel="<div id='sims-fbt' class='a-section'><h2>Frequently bought together</h2><ul>"
        "<li><input type='checkbox' checked> <b>This item:</b> Apple AirPods Pro (2nd Generation) $189.99</li>"
        "<li><input type='checkbox'> <a href='/dp/B0CASE0001'>Silicone Case Cover</a> <span class='a-color-price'>"
        "This item is currently unavailable</span></li></ul></div><div id='cm-cr-dp-review-list'>"
        "<div class='review'><span class='review-title'>Finally got them</span><span class='review-text'>They were "
        "sold out everywhere for weeks, glad I ordered here.</span></div></div>",
    ),
    sku="B0BDHWDR12",
    availability="InStock",
    brand_claimed="Apple",
)

# 94. Cafe24 in stock: an option template saying SOLD OUT hidden by displaynone, a 재입고 알림 link for a
#     sold-out option; 모델명 beside 상품코드
case(
    "kr-cafe24-option-soldout-template",
    "https://dailylook.co.kr/product/detail.html?product_no=1900",
    cafe24(
        "스트라이프 코튼 셔츠",
        row("판매가", "<strong id='span_product_price_text'>42,000원</strong>")
        + row("상품코드", "P0000FAA")
        + row("모델명", "DL-ST-SH-25")
        + "<tr><th>색상</th><td><ul class='ec-product-button'><li><a href='#none'><span>블루</span></a></li>"
        "<li class='ec-product-soldout'><a href='#none'><span>화이트</span><span>품절</span></a></li></ul>"
        "<a href='#none' class='btnRestock'>재입고 알림 신청</a>"
        "<div class='ec-product-soldout-template displaynone'>SOLD OUT</div></td></tr>",
        CAFE24_LIVE,
    ),
    sku="P0000FAA",
    availability="InStock",
)

# 95. Tiendanube in stock: "Sin stock" on one size chip and on a related item's card
case(
    "ar-tiendanube-size-sin-stock",
    "https://www.urbanacalzados.com.ar/productos/borcegos-negros/",
    tiendanube(
        "Borcegos Negros",
        "<div id='single-product' class='js-product-detail js-product-container'><div class='js-swiper-product'>"
        "<img src='//acdn.mitiendanube.com/stores/001/234/567/products/borcego-negro-1-beefcafe-1024-1024.webp' "
        "alt='Borcegos Negros'></div><h1 class='js-product-name'>Borcegos Negros</h1>"
        "<span class='js-price-display' id='price_display'>$79.900,00</span>"
        "<form id='product_form' class='js-product-form' method='post' action='/comprar/'>"
        "<div class='js-product-variants'><label>Talle</label><a class='btn-variant'>38</a>"
        "<a class='btn-variant btn-variant-no-stock'>39 Sin stock</a><a class='btn-variant'>40</a></div>"
        "<p class='talle-nota'>Sin stock en talle 39</p>"
        "<input type='submit' class='js-addtocart js-prod-submit-form btn btn-primary' value='Agregar al carrito'>"
        "</form></div><section class='js-related-products'><h3>Productos similares</h3><div class='js-item-product'>"
        "<a href='/productos/botas-negras/'>Botas Negras</a><span class='js-price-display'>$84.900,00</span>"
        "<div class='label'>Sin stock</div></div></section>",
    ),
    availability="InStock",
)

# 96. Croatian shop in stock online, a store-availability list naming stores without it
case(
    "hr-store-availability-list",
    "https://www.alatnica.hr/metabo-kutna-brusilica-w-750-125",
    hr_shop(
        "Metabo kutna brusilica W 750-125",
        "<div class='product-page'><div class='gallery'><img src='/media/catalog/product/m/e/metabo-w750.jpg' "
        "alt='Metabo W 750-125'></div><div class='product-info-main'><h1 class='page-title'>Metabo kutna brusilica "
        "W 750-125</h1><div class='product-sku'>Šifra proizvoda: <span>601231000</span></div>"
        "<div class='price-box'><span class='price'>69,99 €</span></div><div class='availability'>Dostupno</div>"
        "<div class='store-availability'><h4>Dostupnost u trgovinama</h4><ul><li>Zagreb, Slavonska avenija: "
        "<span>Nije dostupno</span></li><li>Split, Dubrovačka: <span>Dostupno</span></li><li>Rijeka: "
        "<span>Nije dostupno</span></li></ul></div>"
        "<button class='action tocart primary'>Dodaj u košaricu</button></div></div>",
    ),
    sku="601231000",
    availability="InStock",
)

# 97. ru page in Kazakhstan in stock online, a shops list with "Нет в наличии" in one city
case(
    "kz-ru-shops-list",
    "https://www.technoshop.kz/p/televizor-lg-55ur78006lk-287500",
    kz_shop(
        "ru",
        "Телевизор LG 55UR78006LK",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/287500/lg55-1.webp' "
        "alt='LG 55UR78006LK'></div><div class='product__info'><h1 class='product__title'>Телевизор LG "
        "55UR78006LK</h1><div class='product__code'>Артикул: 55UR78006LK</div><div class='product__price'>"
        "239 990 ₸</div><div class='product__stock'>В наличии</div><button class='btn btn--primary add-to-cart'>"
        "В корзину</button><div class='product__shops'><h4>Наличие в магазинах</h4><table><tr><td>Алматы, "
        "ТРЦ Mega</td><td>В наличии</td></tr><tr><td>Астана, ТРЦ Keruen</td><td>Нет в наличии</td></tr></table>"
        "</div></div></div>",
    ),
    sku="55UR78006LK",
    availability="InStock",
)

# 98. Taiwanese shop: 庫存充足 at the top, one spec chip "XL 缺貨"
case(
    "tw-chip-out-of-stock",
    "https://www.haowu.com.tw/products/cotton-tee-basic",
    tw_shop(
        "純棉素面短袖T恤",
        "<div class='ProductDetail-container'><div class='product-images'><img "
        "src='https://img.shoplineapp.com/media/image_clips/64a1f4/large.jpg' alt='純棉素面T恤'></div>"
        "<div class='product-info'><h1 class='Product-title'>純棉素面短袖T恤</h1><p class='stock-info'>庫存充足"
        "</p><div class='price-regular price js-price'>NT$390</div><ul class='sku-list'><li class='sku-item'>S</li>"
        "<li class='sku-item'>M</li><li class='sku-item disabled'>XL 缺貨</li></ul>"
        "<button class='btn btn-color-primary js-btn-add-to-cart'>加入購物車</button></div></div>",
    ),
    availability="InStock",
)

# 99. Croatian shop: a "RASPRODAJA -40%" (clearance sale) badge beside the title, in stock
case(
    "hr-rasprodaja-badge",
    "https://www.modnakuca.hr/proizvod/vunena-kapa-siva",
    doc(
        "hr",
        "Vunena kapa siva | Modna kuća",
        "<header><a href='/'>Modna kuća</a><nav><a href='/rasprodaja'>Rasprodaja</a></nav></header>"
        "<div class='product'><div class='product-gallery'><span class='badge badge-sale'>RASPRODAJA -40%</span>"
        "<img src='/wp-content/uploads/2025/01/vunena-kapa-siva-1.jpg' alt='Vunena kapa siva'></div>"
        "<div class='summary'><h1 class='product_title'>Vunena kapa siva</h1><p class='price'><del>25,00 €</del> "
        "<ins>15,00 €</ins></p><p class='stock in-stock'>Na stanju</p><p>Šifra: VK-0107</p>"
        "<button class='single_add_to_cart_button button alt'>Dodaj u košaricu</button></div></div>",
    ),
    sku="VK-0107",
    availability="InStock",
)

# 100. Slovenian shop in stock: a "Razprodaja" (sale) ribbon and a review saying it was sold out before
case(
    "si-razprodaja-ribbon",
    "https://www.tehnika24.si/philips-airfryer-hd9200",
    si_shop(
        "Philips cvrtnik na vroč zrak HD9200/90",
        "<div class='product-details'><div class='product-image'><span class='ribbon'>Razprodaja</span><img "
        "src='/images/products/big/hd9200.jpg' alt='Philips HD9200'></div><div class='product-info'><h1>Philips "
        "cvrtnik na vroč zrak HD9200/90</h1><p>Šifra: 81555</p><div class='price'>79,99 €</div><div "
        "class='stock'><span class='stock-status available'>Na zalogi</span></div><button class='btn-cart'>"
        "V košarico</button></div></div><div class='reviews'><p>Odlično, končno spet na voljo, prej je bilo "
        "razprodano.</p></div>",
    ),
    sku="81555",
    availability="InStock",
)


# Round 10: several codes and makers on one page ---------------------------------------------------

# 101. amazon.de without a byline: "Hersteller" in the detail bullets, "Herstellerreferenz" beside the ASIN
case(
    "amazon-de-hersteller-only",
    "https://www.amazon.de/dp/B07JGH8Q5T",
    amazon(
        "de-de",
        "Rowenta DW5080 Focus Excel Dampfbügeleisen, 2700 Watt",
        "Küche, Haushalt &amp; Wohnen|Bügeln|Dampfbügeleisen",
        "71kT8j1Z0dL",
        amazon_title("Rowenta DW5080 Focus Excel Dampfbügeleisen, 2700 Watt")
        + amazon_price("54,99€", "€", "54", "99").replace("a-price-decimal'>.", "a-price-decimal'>,"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-success'>"
        "Auf Lager</span></div>"
        + amazon_cart_buttons("In den Einkaufswagen", "Jetzt kaufen").replace("{asin}", "B07JGH8Q5T"),
        detail_bullets(
            ("Hersteller", "Rowenta"),
            ("Herstellerreferenz", "DW5080"),
            ("ASIN", "B07JGH8Q5T"),
        ),
        nav=("Liefern an", "Einkaufswagen", "Angebote des Tages"),
    ),
    sku="B07JGH8Q5T",
    availability="InStock",
    brand_claimed="Rowenta",
)

# 102. Taiwanese shop: 國際條碼 (the EAN) before 商品編號
case(
    "tw-barcode-then-code",
    "https://www.homegoods.com.tw/product/55030",
    tw_shop(
        "虎牌 真空保溫瓶 MMJ-A601",
        "<div class='pd-main'><div class='pd-img'><img src='/upload/product/55030_l.jpg' alt='虎牌 保溫瓶'></div>"
        "<div class='pd-info'><h1 class='pd-name'>虎牌 真空保溫瓶 MMJ-A601</h1><ul><li>國際條碼：4904710428214</li>"
        "<li>商品編號：TG-MMJA601</li><li>品牌：TIGER 虎牌</li></ul><div class='pd-price'>NT$1,390</div>"
        "<button class='btn-cart'>加入購物車</button></div></div>",
        shop="居家好物",
    ),
    sku="TG-MMJA601",
    availability="InStock",
    brand_claimed=("TIGER", "TIGER 虎牌"),
)

# 103. Korean shop: 바코드 (barcode) row before 상품코드
case(
    "kr-barcode-then-code",
    "https://dailylook.co.kr/product/detail.html?product_no=2000",
    cafe24(
        "데일리 에코백",
        row("판매가", "<strong id='span_product_price_text'>19,000원</strong>")
        + row("바코드", "8809123456789")
        + row("상품코드", "P0000GAA"),
        CAFE24_LIVE,
    ),
    sku="P0000GAA",
    availability="InStock",
)

# 104. ru page: both "Код товара" and "Артикул"
case(
    "kz-ru-kod-and-artikul",
    "https://www.technoshop.kz/p/kofemashina-delonghi-ecam22-287900",
    kz_shop(
        "ru",
        "Кофемашина De'Longhi ECAM22.110.B",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/287900/ecam22-1.webp' "
        "alt='De Longhi ECAM22'></div><div class='product__info'><h1 class='product__title'>Кофемашина De'Longhi "
        "ECAM22.110.B</h1><div class='product__code'>Код товара: 287900</div><div class='product__art'>Артикул: "
        "ECAM22.110.B</div><div class='product__price'>219 990 ₸</div><div class='product__stock'>В наличии</div>"
        "<button class='btn btn--primary'>В корзину</button></div></div>",
    ),
    sku=("287900", "ECAM22.110.B"),
    availability="InStock",
)

# 105. Croatian shop: EAN first, then Šifra; "Model" line
case(
    "hr-ean-then-sifra",
    "https://www.alatnica.hr/bosch-usisavac-bgs05a220",
    hr_shop(
        "Bosch usisavač BGS05A220",
        "<div class='product-page'><div class='gallery'><img src='/media/catalog/product/b/g/bgs05a220.jpg' "
        "alt='Bosch BGS05A220'></div><div class='product-info-main'><h1 class='page-title'>Bosch usisavač "
        "BGS05A220</h1><p>EAN: 4242005206240</p><p>Model: BGS05A220</p><p>Šifra: 44120</p><p>Marka: Bosch</p>"
        "<div class='price-box'><span class='price'>99,00 €</span></div><div class='availability'>Dostupno</div>"
        "<button class='action tocart primary'>Dodaj u košaricu</button></div></div>",
    ),
    sku="44120",
    availability="InStock",
    brand_claimed="Bosch",
)

# 106. amazon.co.uk: "Manufacturer reference" beside the ASIN, "Brand: Braun"
case(
    "amazon-uk-manufacturer-reference",
    "https://www.amazon.co.uk/dp/B09NQ5MNZ7",
    amazon(
        "en-gb",
        "Braun Series 9 Pro Electric Shaver",
        "Health &amp; Personal Care|Shaving|Electric Shavers",
        "71cQ9xq3y8L",
        byline("Brand: Braun")
        + amazon_title("Braun Series 9 Pro Electric Shaver")
        + amazon_price("£229.99", "£", "229", "99"),
        "<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium a-color-success'>"
        "In stock</span></div>"
        + amazon_cart_buttons("Add to Basket", "Buy Now").replace("{asin}", "B09NQ5MNZ7"),
        detail_bullets(
            ("Manufacturer reference", "9477cc"), ("ASIN", "B09NQ5MNZ7"), ("Manufacturer", "Braun")
        ),
        nav=("Deliver to", "Basket", "Today's Deals"),
    ),
    sku="B09NQ5MNZ7",
    availability="InStock",
    brand_claimed="Braun",
)


# Round 11: stock lines in words of the markets' own -----------------------------------------------


def stock_line_page(lang: str, title: str, line: str, buy: str = "") -> str:
    """A small shop page of `lang` whose stock line (an element named "stock-status") reads `line`."""
    return doc(
        lang,
        f"{title} | Shop",
        "<header><a href='/'>Shop</a><a href='/cart'>Cart</a></header><div class='product'><img "
        f"src='/images/products/big/item-1.jpg' alt='{title}'><h1>{title}</h1><div class='price'>129,99 €</div>"
        f"<p class='stock-status'>{line}</p>{buy}</div><footer>© 2025 Shop</footer>",
    )


for _id, _lang, _line, _want in [
    ("si-ni-zaloge", "sl", "Ni zaloge", "OutOfStock"),
    ("kz-kk-qoljetimsiz", "kk", "Қолжетімсіз", "OutOfStock"),
    ("tw-restocking-line", "zh-TW", "商品補貨中", "OutOfStock"),
    ("ar-no-hay-stock", "es-AR", "No hay stock", "OutOfStock"),
    ("hr-nema-zalihe", "hr", "Nema zalihe", "OutOfStock"),
    ("kr-jaego-eopseum", "ko", "재고 없음", "OutOfStock"),
]:
    case(
        _id,
        f"https://shop.example/p/{_id}",
        stock_line_page(_lang, "Kettle KX-200", _line),
        availability=_want,
    )


# ---- pages that are no product page -----------------------------------------------------------------

NOT_PRODUCT: list[tuple[str, str, str]] = []  # (id, url, html)

NOT_PRODUCT.append(
    (
        "amazon-search-results",
        "https://www.amazon.com/s?k=usb+c+charger&ref=nb_sb_noss",
        doc(
            "en-us",
            "Amazon.com : usb c charger",
            AMAZON_NAV.format(deliver="Deliver to", cart="Cart", deals="Today's Deals")
            + "<div class='s-main-slot s-result-list s-search-results'>"
            + "".join(
                f"<div data-asin='B0{i}ABCDEFG' data-component-type='s-search-result' class='s-result-item "
                f"s-asin'><div class='s-product-image-container'><img class='s-image' "
                f"src='https://m.media-amazon.com/images/I/61a{i}._AC_UY218_.jpg' alt='{t}'></div>"
                f"<h2 class='a-size-mini'><a class='a-link-normal' href='/dp/B0{i}ABCDEFG'><span>{t}</span></a></h2>"
                f"<span class='a-price'><span class='a-offscreen'>{p}</span></span><div class='a-row'>{n}</div>"
                "<button class='a-button-text' type='button'>Add to cart</button></div>"
                for i, (t, p, n) in enumerate(
                    [
                        ("Anker USB C Charger 65W", "$35.99", "Only 2 left in stock - order soon."),
                        ("UGREEN 100W USB C Charger", "$45.99", "In Stock"),
                        ("Apple 20W USB-C Power Adapter", "$16.99", ""),
                    ]
                )
            )
            + "</div>",
        ),
    )
)

NOT_PRODUCT.append(
    (
        "cafe24-category",
        "https://dailylook.co.kr/product/list.html?cate_no=24",
        doc(
            "ko",
            "TOP - 데일리룩",
            "<div id='header'><a href='/'>데일리룩</a></div><div class='xans-element- xans-product "
            "xans-product-menupackage'><h2><span>TOP</span></h2></div><ul class='prdList grid4'>"
            + "".join(
                f"<li id='anchorBoxId_{n}' class='xans-record-'><div class='thumbnail'><a "
                f"href='/product/detail.html?product_no={n}'><img src='//ecimg.cafe24img.com/pg123/dailylook/web/"
                f"product/medium/{n}.jpg' alt='{t}'></a></div><div class='description'><strong class='name'>"
                f"<a href='/product/detail.html?product_no={n}'><span>{t}</span></a></strong>"
                f"<ul class='spec'><li><span>판매가</span> : <span>{p}</span></li></ul>{badge}</div></li>"
                for n, t, p, badge in [
                    (1234, "린넨 오버핏 셔츠", "39,000원", ""),
                    (
                        1299,
                        "와이드 데님 팬츠",
                        "45,000원",
                        "<img src='/web/upload/icon_soldout.gif' alt='품절'>",
                    ),
                    (1400, "케이블 니트 가디건", "52,000원", ""),
                ]
            )
            + "</ul>",
        ),
    )
)

NOT_PRODUCT.append(
    (
        "tiendanube-category",
        "https://www.urbanacalzados.com.ar/hombre/",
        tiendanube(
            "Hombre",
            "<h1 class='h2'>Hombre</h1><div class='js-product-table row'>"
            + "".join(
                f"<div class='js-item-product col-6 col-md-3'><a href='/productos/{slug}/'><img "
                f"src='//acdn.mitiendanube.com/stores/001/234/567/products/{slug}-480-0.webp' alt='{t}'></a>"
                f"<div class='item-name'>{t}</div><span class='js-price-display item-price'>{p}</span>"
                f"<div class='item-installments'>6 cuotas sin interés</div><input type='submit' "
                f"class='js-addtocart btn btn-primary' value='{b}'></div>"
                for slug, t, p, b in [
                    (
                        "zapatillas-urbanas-lona-negras",
                        "Zapatillas Urbanas Lona Negras",
                        "$45.999,00",
                        "Comprar",
                    ),
                    ("botas-cuero-marron", "Botas Cuero Marrón", "$89.900,00", "Sin stock"),
                    ("mocasines-gamuza", "Mocasines Gamuza Azul", "$62.500,00", "Comprar"),
                ]
            )
            + "</div>",
        ),
    )
)

NOT_PRODUCT.append(
    (
        "croatian-cart",
        "https://www.alatnica.hr/kosarica",
        hr_shop(
            "Košarica",
            "<h1>Košarica</h1><table class='cart'><tr><th>Proizvod</th><th>Cijena</th><th>Količina</th>"
            "<th>Ukupno</th></tr><tr class='cart-item'><td><img src='/media/catalog/product/b/o/bosch-gsb-18v-21"
            "-1.jpg' alt='Bosch GSB 18V-21'><a href='/bosch-busilica-gsb-18v-21-06019h1106'>Bosch akumulatorska "
            "udarna bušilica GSB 18V-21</a><br>Šifra: 06019H1106</td><td>189,99 €</td><td><input value='1'></td>"
            "<td>189,99 €</td></tr></table><p>Ukupno: 189,99 €</p><button class='checkout'>Nastavi na plaćanje</button>",
        ),
    )
)

NOT_PRODUCT.append(
    (
        "shopline-category-one-item",
        "https://www.haowu.com.tw/categories/earphones",
        tw_shop(
            "藍牙耳機",
            "<h1 class='category-title'>藍牙耳機</h1><div class='ProductList-list'><div class='product-item'>"
            "<a href='/products/kinyo-bte-3905'><div class='boxify-image'><img "
            "src='https://img.shoplineapp.com/media/image_clips/64a1f0/thumb.jpg' alt='【KINYO】無線藍牙耳機'></div>"
            "<div class='title'>【KINYO】無線藍牙耳機 BTE-3905</div><div class='price'>NT$1,290</div></a>"
            "<button class='btn js-btn-add-to-cart'>加入購物車</button></div></div>",
        ),
    )
)

NOT_PRODUCT.append(
    (
        "slovenian-review-article",
        "https://www.tehnoblog.si/test-gorenje-pecica-bo6735e02xk",
        doc(
            "sl",
            "Test: Gorenje pečica BO6735E02XK – odlična za družine | TehnoBlog",
            "<header><a href='/'>TehnoBlog</a><nav><a href='/testi'>Testi</a></nav></header><article>"
            "<h1>Test: Gorenje pečica BO6735E02XK – odlična za družine</h1><p class='meta'>Objavljeno 3. 3. 2025"
            "</p><img src='/wp-content/uploads/2025/03/gorenje-pecica-test.jpg' alt='Gorenje pečica'>"
            "<p>Pečico smo preizkušali tri tedne. Cena: 379,99 € v večini trgovin, na zalogi je pri več "
            "prodajalcih.</p><p>Znamka: Gorenje. Ocena: 4,5/5.</p><a class='btn' href='https://www.tehnika24.si/"
            "gorenje-pecica-bo6735e02xk'>Preveri ceno</a></article>",
        ),
    )
)


# Round 9: more pages that are no product page ----------------------------------------------------

NOT_PRODUCT.append(
    (
        "amazon-cart",
        "https://www.amazon.com/gp/cart/view.html?ref_=nav_cart",
        doc(
            "en-us",
            "Amazon.com Shopping Cart",
            AMAZON_NAV.format(deliver="Deliver to", cart="Cart", deals="Today's Deals")
            + "<div id='sc-active-cart'><h1>Shopping Cart</h1><div class='sc-list-item' data-asin='B09C5RG6KV'>"
            "<img class='sc-product-image' src='https://m.media-amazon.com/images/I/61Ty5j0y2oL._AC_AA180_.jpg'>"
            "<a class='sc-product-link' href='/dp/B09C5RG6KV'><span class='a-truncate-full'>Anker USB C Charger, "
            "735 Charger (Nano II 65W)</span></a><span class='a-size-small a-color-success sc-product-availability'>"
            "In Stock</span><span class='a-price'><span class='a-offscreen'>$35.99</span></span>"
            "<select name='quantity'><option>1</option></select><input type='submit' value='Delete'></div>"
            "<div id='sc-subtotal-label-activecart'>Subtotal (1 item): <span>$35.99</span></div>"
            "<input type='submit' name='proceedToRetailCheckout' value='Proceed to checkout'></div>",
        ),
    )
)

NOT_PRODUCT.append(
    (
        "godomall-list-bracket-brands",
        "https://www.sneakershop.co.kr/goods/goods_list.php?cateCd=001",
        doc(
            "ko",
            "신상품 - 스니커즈샵",
            "<div id='header'><a href='/'>스니커즈샵</a></div><div class='goods_list_tit'><h2>신상품</h2></div>"
            "<div class='item_gallery_type'><ul>"
            + "".join(
                f"<li><div class='item_cont'><div class='item_photo_box'><a href='../goods/goods_view.php?goodsNo={n}'>"
                f"<img src='/data/goods/25/03/10/{n}/{n}_main_01.jpg' alt='{t}'></a></div><div class='item_info_cont'>"
                f"<div class='item_tit_box'><a href='../goods/goods_view.php?goodsNo={n}'><strong class='item_name'>"
                f"{t}</strong></a></div><div class='item_money_box'><strong class='item_price'><span>{p}원</span>"
                f"</strong></div>{icon}</div></div></li>"
                for n, t, p, icon in [
                    (1000001234, "[나이키] 에어 포스 1 '07 화이트", "129,000", ""),
                    (
                        1000002001,
                        "[뉴발란스] 530 실버",
                        "119,000",
                        "<img src='/data/icon/goods_icon/soldout.gif' alt='품절'>",
                    ),
                    (1000002002, "[아디다스] 삼바 OG", "139,000", ""),
                ]
            )
            + "</ul></div>",
        ),
    )
)

NOT_PRODUCT.append(
    (
        "marketplace-search-one-result",
        "https://kaspi.example.kz/shop/search/?text=philips%20hd9252",
        doc(
            "ru",
            "Результаты поиска: philips hd9252",
            "<header><a href='/shop/'>Магазин</a><a href='/shop/cart/'>Корзина</a></header><h1>Результаты поиска "
            "«philips hd9252»</h1><p>Найден 1 товар</p><div class='item-cards-grid'><div class='item-card'>"
            "<a href='/shop/p/philips-hd9252-90-chernyi-100123456/'><img src='https://resources.kaspi.example.kz/"
            "img/m/p/h1a/h2b/63890123456798.jpg?format=preview-large' alt='Philips HD9252/90'></a>"
            "<a class='item-card__name-link' href='/shop/p/philips-hd9252-90-chernyi-100123456/'>Аэрогриль Philips "
            "HD9252/90 черный</a><span class='item-card__prices-price'>44 990 ₸</span><span>Нет в наличии</span>"
            "</div></div>",
        ),
    )
)

NOT_PRODUCT.append(
    (
        "croatian-order-confirmation",
        "https://www.alatnica.hr/checkout/success",
        hr_shop(
            "Hvala na narudžbi",
            "<h1>Hvala na narudžbi!</h1><p>Broj narudžbe: 100045678</p><table class='order-items'><tr><td><img "
            "src='/media/catalog/product/b/o/bosch-gsb-18v-21-1.jpg' alt='Bosch'> Bosch akumulatorska udarna bušilica "
            "GSB 18V-21</td><td>Šifra: 06019H1106</td><td>1 kom</td><td>189,99 €</td></tr></table>"
            "<p>Ukupno: 189,99 €</p><a class='btn' href='/'>Nastavi kupovinu</a>",
        ),
    )
)

NOT_PRODUCT.append(
    (
        "slovenian-news-coming-soon",
        "https://www.tehnika24.si/novice/nova-pecica-gorenje",
        si_shop(
            "Kmalu na zalogi: nova pečica Gorenje",
            "<article class='news'><h1>Kmalu na zalogi: nova pečica Gorenje</h1><p class='datum'>12. 3. 2025</p>"
            "<img src='/images/novice/gorenje-nova-pecica.jpg' alt='Nova pečica Gorenje'><p>Nova serija pečic "
            "prihaja aprila. Predvidena cena: 499,99 €.</p><p><a href='/gorenje'>Vsi izdelki Gorenje</a></p></article>",
        ),
    )
)

NOT_PRODUCT.append(
    (
        "amazon-search-select-size",
        "https://www.amazon.com/s?k=hanes+sweatshirt",
        doc(
            "en-us",
            "Amazon.com : hanes sweatshirt",
            AMAZON_NAV.format(deliver="Deliver to", cart="Cart", deals="Today's Deals")
            + "<div class='s-main-slot s-result-list s-search-results'>"
            + "".join(
                f"<div data-asin='B0{i}HANES00' data-component-type='s-search-result' class='s-result-item s-asin'>"
                f"<img class='s-image' src='https://m.media-amazon.com/images/I/71h{i}._AC_UL320_.jpg' alt='{t}'>"
                f"<h2><a href='/dp/B0{i}HANES00'><span>{t}</span></a></h2><div class='a-row'>To buy, select Size</div>"
                "</div>"
                for i, t in enumerate(
                    ["Hanes EcoSmart Sweatshirt", "Hanes Pullover Hoodie", "Hanes Crewneck"]
                )
            )
            + "</div>",
        ),
    )
)


# ---- the tests ------------------------------------------------------------------------------------


@pytest.mark.parametrize("c", case_params(CASES))
def test_fields(c: Case) -> None:
    got = extract_product(c.html, c.url)
    assert got is not None, "no listing"
    # a tuple: any of these values is what a careful reader reads ("판매종료": OutOfStock or Discontinued)
    wrong = {
        k: (got.get(k), v)
        for k, v in c.want.items()
        if got.get(k) not in (v if isinstance(v, tuple) else (v,))
    }
    assert not wrong, f"(got, want): {wrong}"


# ---- rules' must-not-fire cases -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nije dostupno",
        "Nije dostupno.",
        "Trenutno nije dostupno - obavijestite me",
        "Trenutno nije na stanju",
        "Ni dobavljivo",
        "Není skladem",
        "Nie jest dostępny",
    ],
)
def test_negated_in_stock_word_is_out_of_stock(text: str) -> None:
    assert said_state(text) == "OutOfStock"


@pytest.mark.parametrize(
    "text",
    [
        "Dostupno",
        "Na zalogi",
        "Na stanju",
        "Dostava nije dostupna na otocima",  # a delivery note, not the item's stock
        "Nije dostupno za dostavu na otoke",
        "Plaćanje na rate nije dostupno",
        "Dostupno po narudžbi",
        "Razprodano",
        "In Stock",
        "Sold out",
        "已售完",
        "售完補貨中",
        "품절",
        "일시품절",
        "Ausverkauft",
        "Agotado",
        "Only 2 left",
        "Available soon in stores near you",  # prose: the awaited-back line opens and ends the text
        "Novo: uskoro dostupno u trgovinama",
        "Ожидается доставка 3 дня",  # a delivery time, not an awaited item
        "Акция закончилась",  # a promotion that ended
        "판매종료 임박",  # sales ending soon
        "판매종료일: 2025-03-31",
        "即將下架",
        "Сатылымда",
        "Hay stock",
        "Zaloga: 3 kosi",
        "Envío gratis: no hay mínimo de compra",
        "Dostava uskoro dostupna",
        "Discontinued",
        "Descatalogado",
    ],
)
def test_other_texts_read_as_before(text: str) -> None:
    assert said_state(text) == normalize_availability(text)


@pytest.mark.parametrize(
    "text", ["即將售完", "품절임박", "Almost sold out", "Bald ausverkauft", "Casi agotado"]
)
def test_soon_sold_out_is_in_stock(text: str) -> None:
    assert said_state(text) == "InStock"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Uskoro dostupno", "OutOfStock"),
        ("Kmalu na zalogi", "OutOfStock"),
        ("Ожидается поступление", "OutOfStock"),
        ("Bald verfügbar – jetzt vormerken", "OutOfStock"),
        ("Coming soon", "OutOfStock"),
        ("Сатылымда жоқ", "OutOfStock"),
        ("Товар закончился", "OutOfStock"),
        ("Ni zaloge", "OutOfStock"),
        ("Trenutno nema na zalihi", "OutOfStock"),
        ("Қолжетімсіз", "OutOfStock"),
        ("商品補貨中", "OutOfStock"),
        ("No hay stock", "OutOfStock"),
        ("Producto discontinuado", "Discontinued"),
        ("판매종료", "Discontinued"),
        ("商品已下架", "Discontinued"),
        ("已停產", "Discontinued"),
    ],
)
def test_awaited_and_discontinued_lines(text: str, want: str) -> None:
    assert said_state(text) == want


@pytest.mark.parametrize(
    ("label", "brand"),
    [
        ("제조사/브랜드", "LG전자"),
        ("Brand/Manufacturer", "LG전자"),
        ("Marke / Hersteller", "LG전자"),
        ("Modell", None),
    ],
)
def test_brand_and_maker_label(label: str, brand: str | None) -> None:
    # one label naming brand and maker names the brand; a label of another field ("Modell") none
    body = (
        f"<h1>UltraGear 27GR75Q Monitor</h1><dl><dt>{label}</dt><dd>LG전자</dd></dl><p class='price'>329,000원</p>"
        "<button>장바구니</button>"
    )
    got = extract_product(
        doc("ko", "UltraGear 27GR75Q Monitor", f"<main>{body}</main>"), "https://shop.example/p/1"
    )
    assert got is not None and got["brand_claimed"] == brand


@pytest.mark.parametrize(
    ("title", "brand"),
    [
        ("【KINYO】無線藍牙耳機 BTE-3905", "KINYO"),
        ("【TIGER 虎牌】不鏽鋼保溫杯", "TIGER"),
        ("[아디다스] 삼바 OG 스니커즈", "아디다스"),
        ("［ニトリ］低反発枕", "ニトリ"),
        # notes in brackets, and plain brackets before a Latin name: no brand
        ("【預購】RG 1/144 Nu鋼彈", None),
        ("【現貨】iPhone 15 手機殼", None),
        ("【免運】保溫杯 500ml", None),
        ("[무료배송] 린넨 셔츠", None),
        ("[1+1] 면 양말 세트", None),
        ("[당일출고] 케이블 니트", None),
        ("【送料無料】バスタオル 4枚組", None),
        ("【楽天1位】低反発枕", None),
        ("[NEW] Linen Tee", None),
        ("[Refurbished] iPhone 13 128GB", None),
        ("Linen Tee [Blue]", None),
    ],
)
def test_bracketed_brand_opening_the_title(title: str, brand: str | None) -> None:
    body = f"<h1>{title}</h1><p class='price'>NT$1,290</p><button>加入購物車</button>"
    got = extract_product(doc("zh-TW", f"{title} - 好物", f"<main>{body}</main>"), "https://shop.example/p/1")
    assert got is not None and got["brand_claimed"] == brand


def test_shop_name_linking_home_is_no_brand_line() -> None:
    # the shop's name as a text link home right before the title is its logo, not a vendor line;
    # a vendor line linking to the vendor's listing still is the brand
    head = "<div class='h'><a href='/'>Northpeak Supply</a></div>"
    title = "Trailhead Bottle – Northpeak Supply"
    body = "<h1>Trailhead Bottle</h1><p class='price'>$32.00</p><button>Add to cart</button>"
    url = "https://northpeak.example/products/trailhead-bottle"
    assert extract_product(doc("en", title, head + body), url)["brand_claimed"] is None
    vendor = "<p><a href='/collections/vendors?q=Northpeak'>Northpeak</a></p>"
    assert extract_product(doc("en", title, head + vendor + body), url)["brand_claimed"] == "Northpeak"


def test_store_line_before_the_title() -> None:
    # "X 브랜드관 >" over the name names the brand; one in another product's card does not
    body = "<h3>에어맥스 90 운동화</h3><p class='price'>139,000원</p><button>구매하기</button>"
    url = "https://www.openmall.example/products/1"
    link = "<a class='store' href='/brand/nike'>나이키 브랜드관 &gt;</a>"
    got = extract_product(doc("ko", "에어맥스 90 운동화 : 오픈몰", link + body), url)
    assert got is not None and got["brand_claimed"] == "나이키"
    card = (
        "<section class='recommend'><h4>함께 본 상품</h4><ul class='recommend-list'>"
        + "".join(
            f"<li class='product-card'><a href='/products/{n}'><img src='/img/{n}.jpg' alt='{b}'></a>"
            f"<a class='store' href='/brand/{n}'>{b} 브랜드관 &gt;</a><span class='name'>상품 {n}</span>"
            f"<span class='price'>{n}9,000원</span></li>"
            for n, b in [(2, "아디다스"), (3, "뉴발란스"), (4, "푸마"), (5, "리복")]
        )
        + "</ul></section>"
    )
    got = extract_product(doc("ko", "에어맥스 90 운동화 : 오픈몰", card + body), url)
    assert got is not None and got["brand_claimed"] is None


@pytest.mark.parametrize(
    ("line", "sku"),
    [
        ("商品料號：JNL-504-SBK", "JNL-504-SBK"),
        ("Kod proizvoda: RCNA406I40WN", "RCNA406I40WN"),
        ("Kod artikla: 55123", "55123"),
        ("Kod kupona: SAVE10", None),  # a coupon's code
        ("Kod za popust: JESEN20", None),
    ],
)
def test_item_number_labels(line: str, sku: str | None) -> None:
    body = (
        f"<h1>Beko hladnjak</h1><p>{line}</p><p class='price'>549,00 €</p><button>Dodaj u košaricu</button>"
    )
    got = extract_product(doc("hr", "Beko hladnjak", f"<main>{body}</main>"), "https://shop.example/hladnjak")
    assert got is not None and got["sku"] == sku


LONG = " We will email you with an estimated delivery date as soon as we have more information." * 2
LIVE = "<button class='add-to-cart'>Add to Cart</button>"


@pytest.mark.parametrize(
    ("block", "buy", "want"),
    [
        # a state line opening a long availability block: read (BackOrder beside a live control)
        ("Temporarily out of stock. Order now and we'll deliver when available." + LONG, LIVE, "BackOrder"),
        ("Out of stock." + LONG, "", "OutOfStock"),
        # a long block opening with prose (not a state line): read as before, nothing from the block
        (
            "Delivery to most addresses takes 3-5 working days; items out of stock are shipped later." + LONG,
            LIVE,
            "InStock",
        ),
        ("Our availability promise: we ship within 24 hours or refund the shipping." + LONG, LIVE, "InStock"),
    ],
)
def test_state_line_opening_a_long_block(block: str, buy: str, want: str) -> None:
    body = f"<h1>Desk Lamp</h1><p class='price'>$45.00</p><div id='availability'>{block}</div>{buy}"
    html = doc(
        "en", "Desk Lamp | Shop", f"<main>{body}<img src='/media/desk-lamp-1200.jpg' width='800'></main>"
    )
    got = extract_product(html, "https://shop.example/p/desk-lamp")
    assert got is not None and got["availability"] == want


def test_choose_to_buy_makes_a_priceless_page_a_listing_only_outside_cards() -> None:
    title = "Fleece Sweatshirt"
    gallery = (
        "<div id='imgTagWrapperId'><img id='landingImage' src='/images/I/71x4FeCwRzL._AC_SX679_.jpg'></div>"
    )
    page_ = doc(
        "en",
        f"{title} : Shop",
        f"<h1 id='title'><span id='productTitle'>{title}</span></h1>{gallery}"
        "<div id='partialStateBuybox'><span>To buy, select <span>Size</span></span></div>",
    )
    got = extract_product(page_, "https://shop.example/dp/B00JUM3AK2")
    assert got is not None and got["availability"] == "InStock"
    cards = "".join(
        f"<li class='card'><a href='/dp/B0{i}'><img src='/images/I/c{i}._AC_UL320_.jpg'>Hoodie {i}</a>"
        f"<span class='a-price'>$2{i}.00</span><span>To buy, select Size</span></li>"
        for i in range(4)
    )
    page_ = doc(
        "en",
        f"{title} : Shop",
        f"<h1 id='title'><span id='productTitle'>{title}</span></h1>{gallery}<ul>{cards}</ul>",
    )
    assert extract_product(page_, "https://shop.example/dp/B00JUM3AK2") is None


def test_bare_kupi_counts_only_on_a_button() -> None:
    # a title and a price: the bare "Kupi" of a submit button makes the page a listing, a link reading
    # it (a menu's "Kupi" = "buy" section) does not
    body = "<h1>Samsung MS23K3513AW</h1><p class='cijena'>899,00 kn</p>"
    url = "https://shop.example/p/1"
    live = extract_product(
        doc("hr", "Samsung MS23K3513AW", body + "<form><input type='submit' value='Kupi'></form>"), url
    )
    assert live is not None and live["availability"] == "InStock"
    assert (
        extract_product(doc("hr", "Samsung MS23K3513AW", body + "<p><a href='/kupi'>Kupi</a></p>"), url)
        is None
    )


def _brand(body: str, title: str) -> str | None:
    html = doc(
        "en",
        f"{title} | Shop",
        f"<main>{body}<p class='price'>$89.00</p><button>Add to cart</button>"
        "<img src='/media/p-main-1200.jpg' width='800' height='800'></main>",
    )
    got = extract_product(html, "https://shop.example/p/1")
    assert got is not None
    return got["brand_claimed"]


def test_brand_part_of_the_heading_is_still_the_brand() -> None:
    # a brand-named span holding part of the title is the brand (`brands._is_title` needs the whole title)
    body = "<h1><span class='product-brand'>PUMA</span> <span>Smashic Sneakers</span></h1>"
    assert _brand(body, "PUMA Smashic Sneakers") == "PUMA"
    body = "<div class='product-brand'>Acme</div><h1>Acme Trail Runner</h1>"
    assert _brand(body, "Acme Trail Runner") == "Acme"


NOT_PRODUCT_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(
    "id, url, html",
    [
        pytest.param(*n, marks=pytest.mark.xfail(strict=True, reason=NOT_PRODUCT_XFAIL[n[0]]))
        if n[0] in NOT_PRODUCT_XFAIL
        else n
        for n in NOT_PRODUCT
    ],
    ids=[n[0] for n in NOT_PRODUCT],
)
def test_no_listing(id: str, url: str, html: str) -> None:
    got = extract_product(html, url)
    assert got is None, f"listing {got and (got['title'], got['price'], got['availability'])}"
