"""Adversarial review of the sku on product pages OUTSIDE the US without structured data (issue 14,
third sku review).

Each case is a whole product page as the marketplace or shop serves it (header with a hotline and a
delivery postcode, nav, breadcrumbs, gallery, buy box, spec table, reviews, related cards, a footer
with the company's registration numbers), no JSON-LD / microdata / RDFa, in the languages of the big
marketplaces: Amazon .de/.fr/.it/.co.jp, Mercado Libre, Lazada, Tokopedia, Rakuten, Coupang, Allegro,
Ozon, Wildberries, Kaspi, Flipkart, Trendyol, bol.com, Otto, Zalando, Cdiscount, Fnac, eMAG and shops
in Taiwan, Korea, Kazakhstan, Argentina, Slovenia, Croatia. The expected code is one the page's own
structured data would name (its sku / mpn / gtin: the shop's item code first), shown in a labelled
line, a dl / table row, beside a "copy" button, in a data attribute on the buy form, in a hidden form
field or on a variant selector's selected option; None where the page shows no code of its own.
Noise: an order / ticket number, a phone number, a postcode, a coupon code, a review id, a related
card's code, a tracking pixel's id, a "Model year 2024", the EAN of another product in a bundle list.

Cases: 69 pages (`CASES`) and 38 must-not-fire pages (`NOT_FIRE`).

Round 1 (47 pages, 12 noise pages) was written before reading the sku heuristics (crawler/sku.py).
FIRST LOOK (commit 2c28cf8): 7 of 47 failed, 0 of the 12 noise pages:
- mercadolibre-ar-publicacion-number: None; the URL's "/MLA-1389457210-slug" (Mercado Libre's item id
  MLA1389457210, its site's three letters then the digits) was no URL id to `url_code`;
- poland-shop-kod-produktu-copy: the maker's "Kod producenta: 910-006559" over the shop's own "Kod x-kom:
  1044312" (a code labelled with the shop's own name was no label);
- variant-select-selected-option-data-sku: None (an `<option selected data-sku>` was never read);
  variant-radio-checked-data-sku: the first radio's code, not the checked one's;
- vietnam-ma-san-pham: None ("Mã SP", the Vietnamese abbreviation of "Mã sản phẩm", no label);
- bol-specificaties-ean-only: mis-written, the page shows the maker's "MPN (Manufacturer Part Number)
  HD9650/90" beside the EAN; sku.py reads a part number before a GTIN by design (both are codes a
  page's structured data names), so the case expects the MPN;
- fnac-fiche-technique-reference: the URL's Fnac item id over a "Référence | HEGSKAAAA" row, left a
  strict xfail (a code of capitals alone reads as a brand in capitals does).
Round 2 (11 pages, 4 noise pages) was written after reading sku.py, aimed at labels and fields it
looked to lack: 11 of 11 failed (Ukrainian "Код товару" read the URL's "p388361234"; Bulgarian "Код на
продукта", Serbian "Шифра", Lithuanian "Prekės kodas", Latvian "Preces kods", Estonian "Tootekood",
Czech "Objednací číslo", Spanish "Código de artículo", Russian "Арт.", Polish "Symbol:", a hidden
`product_sku` field: None) and 1 of 4 noise pages ("Ihre letzte Bestellung · Bestellnummer:
302-4412890-1123456" read as the code).

Kinds fixed (crawler/sku.py), each with must-not-fire pages below (written after the fix; each checked
against the code before it, where all passed but the two named):
1. `url_code`: Mercado Libre's site-prefixed id opening the last segment ("/MLA-1389457210-slug" ->
   MLA1389457210; three capitals opening with M, 8-12 digits, a slug after).
2. `_shop_named_code`: a code labelled with the shop's own name, the host's name ("Kod x-kom: 1044312"),
   after the shop labels and before the hidden fields' rule yields to a shown code.
3. `_chosen_code`: a variant selector's chosen choice (`<option selected data-sku>`, a checked radio)
   gives the variant's code, found as "variant" (as the variants' JSON: a structured productID stays
   beside it); an unchosen radio is no longer read as the product's `data-sku` (variant-radio-none-
   checked gave the first radio's code before).
4. labels: "Mã SP", "Код товару", "Код на продукта", "Продуктов код", "Каталожен номер", "Шифра",
   "Prekės kodas", "Preces kods", "Tootekood", "Objednací číslo", "Código de artículo", "Арт.",
   "Symbol:" / "Indeks:" (only before a colon), Conrad's "Bestell-Nr." (order-words-elsewhere-bestell-
   nr-stays failed before it).
5. `_HIDDEN_FIELDS`: a hidden field whose name closes with "sku" (`product_sku`, `item_sku`), and every
   hidden field now outside product cards (`_hidden_field`: a related card's quick-add form).
6. `_no_order`: a labelled value after words of a shopper's order in its text ("Ihre letzte
   Bestellung · Bestellnummer: ...") is the order's number, not the item's.

Round 3 (11 pages, 4 noise pages; written after commit f1a5668 held the fixes above): 9 of 11 failed,
0 of 4 noise pages. Kinds fixed:
7. a label whose value is no code ("Código postal: 1043 CABA" in a shipping calculator above "Código:
   990125551", a "Kod produktu: brak" placeholder) no longer ends the search for labelled codes
   (`_no_order` accepts codes only).
8. labels: "Cód. do produto", "Référence produit" / "Réf. article", "N° d'article", "Productcode" /
   "Produktcode", and labels in brackets ("【商品番号】kt-1000-bk", "[상품코드] TB-470-SV").
9. GTIN labels (`_GTIN_LABEL`, the last resort): "JANコード", "EAN (GTIN)", "EAN-Code", "Code EAN"; several
   different labelled GTINs (a gift set's contents) give none (`_gtin`).
Must-not-fire pages written after these fixes: 3 (a bracketed Japanese promotion, a maker's reference
beside the shop's, a gift set's "EAN-Code:" lines, which failed after kind 9's labels until `_gtin`
gave none for several GTINs).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params


@dataclass(frozen=True)
class Case:
    id: str
    html: str
    want: str | None
    url: str
    xfail: str = ""


def full(
    *,
    lang: str,
    shop: str,
    title: str,
    header: str,
    crumbs: list[str],
    gallery: list[str],
    price: str,
    buy: str,
    codes: str = "",
    specs: str = "",
    desc: str = "",
    reviews: str = "",
    related: str = "",
    footer: str = "",
    head: str = "",
) -> str:
    """A whole product page: head, header, breadcrumbs, gallery, buy box (title, `codes`, price,
    buy control), description, spec block, reviews, related cards, footer."""
    crumb_html = "".join(f'<li><a href="/c/{i}">{c}</a></li>' for i, c in enumerate(crumbs))
    thumbs = "".join(
        f'<li><button class="thumb"><img src="{g}?w=80" alt="{title} {i + 1}"></button></li>'
        for i, g in enumerate(gallery)
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {shop}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head><body>'
        f'<header class="site-header">{header}</header>'
        f'<nav class="breadcrumbs" aria-label="breadcrumb"><ol>{crumb_html}<li>{title}</li></ol></nav>'
        f'<main id="main"><div class="product-page"><section class="gallery"><div class="gallery-main">'
        f'<img src="{gallery[0]}" alt="{title}"></div><ul class="gallery-thumbs">{thumbs}</ul></section>'
        f'<section class="buy-box"><h1 class="product-title">{title}</h1>{codes}'
        f'<div class="product-price">{price}</div>{buy}</section></div>'
        f'<section class="description">{desc}</section>{specs}'
        f'<section class="reviews">{reviews}</section>'
        f'<section class="related">{related}</section></main>'
        f'<footer class="site-footer">{footer}</footer></body></html>'
    )


def cards(heading: str, items: list[tuple[str, str, str, str]]) -> str:
    """A related-products carousel: (name, link, picture, extra line) per card."""
    lis = "".join(
        f'<li class="product-card"><a href="{link}"><img src="{img}" alt="{name}"><span class="card-name">'
        f"{name}</span></a>{extra}</li>"
        for name, link, img, extra in items
    )
    return f'<h2>{heading}</h2><ul class="carousel">{lis}</ul>'


def dl(rows: list[tuple[str, str]], cls: str = "specs") -> str:
    return f'<dl class="{cls}">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def table(rows: list[tuple[str, str]], cls: str = "specs-table") -> str:
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return f'<table class="{cls}"><tbody>{body}</tbody></table>'


# ---- Amazon ---------------------------------------------------------------------------------------

AMZ_HEADER_DE = (
    '<div id="nav-belt"><a id="nav-logo-sprites" href="/ref=nav_logo" aria-label="Amazon.de">Amazon.de</a>'
    '<div id="nav-global-location-slot"><span id="glow-ingress-line1">Liefern an Berlin 10115</span>'
    '</div><form id="nav-search-bar-form"><input type="text" id="twotabsearchtextbox" name="field-keywords">'
    '</form><a href="/gp/css/order-history" id="nav-orders">Warenrücksendungen und Bestellungen</a>'
    '<a href="/gp/cart/view.html" id="nav-cart">Einkaufswagen 0</a></div><div id="nav-main">'
    '<a href="/gp/bestsellers">Bestseller</a><a href="/deals">Angebote</a><a href="/prime">Prime</a></div>'
)
AMZ_FOOTER_DE = (
    '<div class="navFooterLinkCol"><a href="/gp/help/customer/display.html">Hilfe</a>'
    '<a href="/impressum">Impressum</a></div><p>Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 '
    "Luxemburg. Handelsregister: R.C.S. Luxemburg B-101818. USt-IdNr. DE814584193</p>"
    "<p>© 1996-2026, Amazon.com, Inc. oder Tochtergesellschaften</p>"
)


def amazon_bullets(rows: list[tuple[str, str]]) -> str:
    """Amazon's "detail bullets" list (books, fashion, newer templates)."""
    lis = "".join(
        f'<li><span class="a-list-item"><span class="a-text-bold">{k} &rlm; : &lrm;</span> <span>{v}</span>'
        "</span></li>"
        for k, v in rows
    )
    return (
        '<div id="detailBulletsWrapper_feature_div"><div id="detailBullets_feature_div">'
        f'<ul class="a-unordered-list a-nostyle a-vertical a-spacing-none detail-bullet-list">{lis}</ul>'
        "</div></div>"
    )


def amazon_table(
    rows: list[tuple[str, str]], table_id: str = "productDetails_detailBullets_sections1"
) -> str:
    body = "".join(
        f'<tr><th class="a-color-secondary a-size-base prodDetSectionEntry">{k}</th>'
        f'<td class="a-size-base prodDetAttrValue">{v}</td></tr>'
        for k, v in rows
    )
    return f'<table id="{table_id}" class="a-keyvalue prodDetTable" role="presentation">{body}</table>'


def amazon_page(
    *,
    lang: str,
    title: str,
    asin: str,
    price: str,
    buy: str,
    details: str,
    header: str,
    footer: str,
    rev: str,
) -> str:
    img = "https://m.media-amazon.com/images/I/61vJtKbAssL._AC_SL1500_.jpg"
    return full(
        lang=lang,
        shop="Amazon",
        title=title,
        header=header,
        crumbs=["Elektronik & Foto", "Kopfhörer"],
        gallery=[img, "https://m.media-amazon.com/images/I/71o8Q5XJS5L._AC_SL1500_.jpg"],
        price=f'<span class="a-price"><span class="a-offscreen">{price}</span></span>',
        buy=(
            f'<form id="addToCart" method="post" action="/cart/add-to-cart/ref=dp_start-bbf_1_glance">'
            f'<input type="hidden" name="ASIN" value="{asin}"><input type="hidden" name="merchantID" '
            'value="A3JWKAKR8XB7XF"><input type="hidden" name="session-id" value="262-1234567-7654321">'
            f'<span class="a-button"><input id="add-to-cart-button" type="submit" value="{buy}"></span></form>'
        ),
        specs=f'<div id="prodDetails"><h2>Details</h2>{details}</div>',
        desc='<div id="feature-bullets"><ul><li>Branchenführende Geräuschunterdrückung</li></ul></div>',
        reviews=rev,
        related=cards(
            "Kunden, die diesen Artikel angesehen haben, haben auch angesehen",
            [
                (
                    "Bose QuietComfort Ultra",
                    "/Bose-QuietComfort-Ultra/dp/B0CCZ26B5V",
                    "https://m.media-amazon.com/images/I/51ZR4lyxBHL._AC_UL320_.jpg",
                    '<span class="a-price">379,95 €</span>',
                ),
                (
                    "Sennheiser Momentum 4",
                    "/Sennheiser-Momentum-Wireless/dp/B0B6GHW1SX",
                    "https://m.media-amazon.com/images/I/61QwRVE2tGL._AC_UL320_.jpg",
                    '<span class="a-price">249,00 €</span>',
                ),
            ],
        ),
        footer=footer,
    )


AMZ_REVIEW_DE = (
    '<div id="customer_review-R2X8K0J4P0ZQ1M" data-hook="review"><span class="a-profile-name">Jens</span>'
    '<a data-hook="review-title" href="/gp/customer-reviews/R2X8K0J4P0ZQ1M">Super Klang</a>'
    '<span data-hook="review-body">Bestellung 302-4412890-1123456 kam nach zwei Tagen. Top!</span></div>'
)

CASES: list[Case] = [
    Case(
        "amazon-de-product-details-table-asin",
        amazon_page(
            lang="de",
            title="Sony WH-1000XM5 Kabellose Bluetooth Noise Cancelling Kopfhörer",
            asin="B09Y2MYL5C",
            price="299,00 €",
            buy="In den Einkaufswagen",
            header=AMZ_HEADER_DE,
            footer=AMZ_FOOTER_DE,
            rev=AMZ_REVIEW_DE,
            details=amazon_table(
                [
                    ("Marke", "Sony"),
                    ("Modellnummer", "WH1000XM5B.CE7"),
                    ("Farbe", "Schwarz"),
                    ("ASIN", "B09Y2MYL5C"),
                    ("Im Angebot von Amazon.de seit", "12. Mai 2022"),
                    ("Kundenrezensionen", "4,5 von 5 Sternen 18.213 Sternebewertungen"),
                    ("Amazon Bestseller-Rang", "Nr. 12 in Elektronik & Foto"),
                ]
            ),
        ),
        "B09Y2MYL5C",
        "https://www.amazon.de/Sony-WH-1000XM5-Bluetooth-Kopfh%C3%B6rer/dp/B09Y2MYL5C",
    ),
    Case(
        "amazon-fr-detail-bullets-asin-rlm",
        amazon_page(
            lang="fr",
            title="Apple AirPods Pro (2ᵉ génération) avec boîtier de charge MagSafe (USB‑C)",
            asin="B0CHXGB8GR",
            price="229,00 €",
            buy="Ajouter au panier",
            header=AMZ_HEADER_DE.replace("Liefern an Berlin 10115", "Livraison à Paris 75001"),
            footer=AMZ_FOOTER_DE.replace("USt-IdNr. DE814584193", "TVA FR 12 487773327"),
            rev="",
            details=amazon_bullets(
                [
                    ("Dimensions du produit", "4,5 x 6,1 x 2,2 cm; 50,6 grammes"),
                    ("Date de mise en ligne sur Amazon.fr", "12 septembre 2023"),
                    ("Fabricant", "Apple"),
                    ("ASIN", "B0CHXGB8GR"),
                    ("Numéro du modèle de l'article", "MTJV3ZM/A"),
                ]
            ),
        ),
        "B0CHXGB8GR",
        "https://www.amazon.fr/Apple-AirPods-Pro-2e-g%C3%A9n%C3%A9ration/dp/B0CHXGB8GR",
    ),
    Case(
        "amazon-it-asin-no-dp-url",
        amazon_page(
            lang="it",
            title="De'Longhi Magnifica S ECAM22.110.B Macchina da caffè automatica",
            asin="B00400OMU0",
            price="299,99 €",
            buy="Aggiungi al carrello",
            header=AMZ_HEADER_DE.replace("Liefern an Berlin 10115", "Consegna a Milano 20121"),
            footer=AMZ_FOOTER_DE.replace("USt-IdNr. DE814584193", "Partita IVA 08973230967"),
            rev=(
                '<div data-hook="review" id="customer_review-R3AB12CD34EF56"><span data-hook="review-body">'
                "Ottima! Assistenza al numero 800 123 456, pratica n. 2024-55812.</span></div>"
            ),
            details=amazon_table(
                [
                    ("Marca", "De'Longhi"),
                    ("Produttore", "De'Longhi"),
                    ("Numero modello articolo", "ECAM22.110.B"),
                    ("Codice articolo", "0132212075"),
                    ("ASIN", "B00400OMU0"),
                ],
                "productDetails_techSpec_section_1",
            ),
        ),
        "B00400OMU0",
        "https://www.amazon.it/gp/aw/d/?ref_=nav_logo&th=1",
    ),
    Case(
        "amazon-co-jp-toroku-joho-bullets",
        amazon_page(
            lang="ja",
            title="パナソニック ドライヤー ナノケア 高浸透ナノイー EH-NA0J-W ウォームホワイト",
            asin="B0BDK9PXZH",
            price="￥29,800",
            buy="カートに入れる",
            header=AMZ_HEADER_DE.replace("Liefern an Berlin 10115", "お届け先 東京都 〒150-0002"),
            footer=(
                '<div class="navFooterLinkCol"><a href="/gp/help">ヘルプ</a></div>'
                "<p>© 1996-2026, Amazon.com, Inc. or its affiliates</p>"
            ),
            rev="",
            details=amazon_bullets(
                [
                    ("梱包サイズ", "30.6 x 24.2 x 10.4 cm; 1.1 kg"),
                    ("発売日", "2022/9/1"),
                    ("メーカー", "パナソニック(Panasonic)"),
                    ("ASIN", "B0BDK9PXZH"),
                    ("型番", "EH-NA0J-W"),
                ]
            ),
        ),
        "B0BDK9PXZH",
        "https://www.amazon.co.jp/dp/B0BDK9PXZH/ref=cm_sw_r_cp_api",
    ),
]

# ---- Mercado Libre / Argentina -----------------------------------------------------------------

ML_HEADER = (
    '<div class="nav-header"><a class="nav-logo" href="https://www.mercadolibre.com.ar">Mercado Libre</a>'
    '<form class="nav-search" action="https://listado.mercadolibre.com.ar"><input name="as_word"></form>'
    '<a class="nav-menu-cp" href="#">Enviar a Capital Federal 1043</a>'
    '<a href="https://myaccount.mercadolibre.com.ar/purchases">Mis compras</a></div>'
)
ML_FOOTER = (
    '<div class="nav-footer"><p>Copyright © 1999-2026 MercadoLibre S.R.L.</p><p>Av. Caseros 3039, Piso 2, '
    "CP 1264, Parque Patricios, CABA.</p><p>CUIT 30-70308853-4</p></div>"
)

CASES += [
    Case(
        "mercadolibre-ar-publicacion-number",
        full(
            lang="es-AR",
            shop="Mercado Libre",
            title="Zapatillas Topper Strong Pace III Hombre Negro",
            header=ML_HEADER,
            crumbs=["Ropa y Accesorios", "Calzado", "Zapatillas"],
            gallery=["https://http2.mlstatic.com/D_NQ_NP_2X_912345-MLA74123456789_012024-F.webp"],
            price='<span class="andes-money-amount__fraction">59.999</span>',
            buy='<form class="ui-pdp-actions"><button class="andes-button">Comprar ahora</button>'
            '<button class="andes-button">Agregar al carrito</button></form>',
            specs=(
                '<div class="ui-pdp-specs"><h2>Características del producto</h2>'
                + table([("Marca", "Topper"), ("Modelo", "Strong Pace III"), ("Género", "Hombre")])
                + "</div>"
            ),
            desc=(
                '<p>Zapatillas urbanas.</p><div class="ui-pdp-container__row--denounce">'
                '<span class="ui-pdp-color--GRAY">Publicación <span class="ui-pdp-color--BLACK">#1389457210</span>'
                '</span><a href="/denuncias">Denunciar</a></div>'
            ),
            reviews="<p>Opinión #88123409: Muy cómodas.</p>",
            related=cards(
                "Quienes vieron este producto también compraron",
                [
                    (
                        "Zapatillas Topper X Forcer",
                        "https://articulo.mercadolibre.com.ar/MLA-1122334455-zapatillas-topper-x-forcer-_JM",
                        "https://http2.mlstatic.com/D_Q_NP_883211-MLA1.webp",
                        "<span>$ 45.999</span>",
                    )
                ],
            ),
            footer=ML_FOOTER,
        ),
        "MLA1389457210",
        "https://articulo.mercadolibre.com.ar/MLA-1389457210-zapatillas-topper-strong-pace-iii-hombre-_JM",
    ),
    Case(
        "argentina-fravega-codigo-line",
        full(
            lang="es-AR",
            shop="Frávega",
            title='Smart TV 50" Samsung Crystal UHD 4K UN50CU7000',
            header=(
                '<a href="/">Frávega</a><span class="hotline">Comprá por teléfono 0810-333-8700</span>'
                '<a href="/mis-pedidos">Seguí tu pedido</a>'
            ),
            crumbs=["TV y Video", "Smart TV"],
            gallery=["https://images.fravega.com/f300/1b7f0d2a9c3e.jpg"],
            price='<span class="price">$ 649.999</span>',
            buy='<button data-test-id="add-to-cart">Agregar al carrito</button>',
            codes='<span class="product-code">Código: 990136735</span>',
            specs=table([("Modelo", "UN50CU7000GCZB"), ("Año del modelo", "2024"), ("Garantía", "12 meses")]),
            reviews="<p>Excelente tele.</p>",
            footer="<p>Frávega S.A.C.I. e I. CUIT 30-52619488-1. Valentín Gómez 2813, C1191AAQ CABA.</p>",
        ),
        "990136735",
        "https://www.fravega.com/p/smart-tv-50-samsung-crystal-uhd-4k/",
    ),
    Case(
        "argentina-tiendanube-sku-span",
        full(
            lang="es-AR",
            shop="Mate Tienda",
            title="Mate Imperial de Calabaza con Virola de Alpaca",
            header=(
                '<div class="head-top">ENVÍO GRATIS superando $80.000 | Usá el cupón BIENVENIDA10</div>'
                '<a href="/" class="logo">Mate Tienda</a><a href="https://wa.me/5491155551234">WhatsApp</a>'
            ),
            crumbs=["Inicio", "Mates"],
            gallery=[
                "https://acdn.mitiendanube.com/stores/001/234/567/products/mate-imperial-1-1024-1024.webp"
            ],
            price='<span class="js-price-display" id="price_display">$42.500</span>',
            buy=(
                '<form id="product_form" class="js-product-form" method="post" action="/comprar/">'
                '<input type="hidden" name="add_to_cart" value="198765432">'
                '<input type="submit" class="js-addtocart btn" value="Agregar al carrito"></form>'
            ),
            codes='<div class="js-product-sku-container">SKU: <span class="js-product-sku">MT-IMP-ALP</span></div>',
            desc="<p>Mate de calabaza forrado en cuero.</p>",
            footer="<p>Mate Tienda — Av. Corrientes 1234, C1043 CABA — Tel. (011) 4555-1234</p>",
        ),
        "MT-IMP-ALP",
        "https://www.matetienda.com.ar/productos/mate-imperial-calabaza/",
    ),
]

# ---- Lazada / Tokopedia / Shopee ----------------------------------------------------------------

CASES += [
    Case(
        "lazada-specifications-sku-row",
        full(
            lang="en-PH",
            shop="Lazada.com.ph",
            title="Xiaomi Redmi Buds 5 Wireless Earbuds",
            header=(
                '<div class="lzd-header"><a class="lzd-logo" href="//www.lazada.com.ph/">Lazada</a>'
                '<a href="//my.lazada.com.ph/customer/order/index/">Track My Order</a>'
                "<span>Customer Care: (02) 7795-8900</span></div>"
            ),
            crumbs=["Audio", "Headphones & Headsets", "In-Ear Headphones"],
            gallery=["https://img.lazcdn.com/g/p/4f0f3c1b2a0e9d8c7b6a5f4e3d2c1b0a.jpg_720x720q80.jpg"],
            price='<span class="pdp-price pdp-price_type_normal">₱1,599.00</span>',
            buy='<button class="add-to-cart-buy-now-btn">Buy Now</button><button>Add to Cart</button>',
            desc='<div class="pdp-product-desc">Voucher code LAZ11XM: extra ₱100 off.</div>',
            specs=(
                '<div class="pdp-mod-specification"><h2>Specifications of Xiaomi Redmi Buds 5</h2>'
                '<ul class="specification-keys">'
                '<li class="key-li"><span class="key-title">Brand</span><div class="key-value">Xiaomi</div></li>'
                '<li class="key-li"><span class="key-title">SKU</span>'
                '<div class="key-value">4093571249_PH-21503789025</div></li>'
                '<li class="key-li"><span class="key-title">Model</span><div class="key-value">M2316E1</div></li>'
                '<li class="key-li"><span class="key-title">Warranty Type</span>'
                '<div class="key-value">Local Manufacturer Warranty</div></li></ul></div>'
            ),
            reviews='<div class="mod-reviews"><div class="item">Order ID 987654321012345 arrived fast.</div></div>',
            footer="<p>Lazada E-Services Philippines, Inc. TIN 008-937-528-000</p>",
        ),
        "4093571249_PH-21503789025",
        "https://www.lazada.com.ph/products/xiaomi-redmi-buds-5-i4093571249-s21503789025.html",
    ),
    Case(
        "tokopedia-no-code-shown",
        full(
            lang="id",
            shop="Tokopedia",
            title="Kaos Polos Cotton Combed 30s Unisex Hitam",
            header=(
                '<a href="/" class="logo">tokopedia</a><span>Dikirim ke Jakarta Selatan 12190</span>'
                '<a href="/order-list">Daftar Transaksi</a>'
            ),
            crumbs=["Fashion Pria", "Atasan Pria", "Kaos Pria"],
            gallery=["https://images.tokopedia.net/img/cache/700/VqbcmM/2024/3/5/kaos-polos-hitam.jpg"],
            price='<div class="price" data-testid="lblPDPDetailProductPrice">Rp45.000</div>',
            buy='<button data-testid="pdpBtnNormalPrimary">+ Keranjang</button><button>Beli Langsung</button>',
            desc=(
                '<div data-testid="lblPDPDescriptionProduk">Kondisi: Baru<br>Min. Pemesanan: 1 Buah<br>'
                "Kaos polos bahan cotton combed 30s. Pakai kode voucher TOKOHEMAT5.</div>"
            ),
            reviews='<p class="review">Invoice INV/20240312/MPL/3712345678 sampai dengan cepat.</p>',
            footer="<p>© 2009-2026, PT Tokopedia. Hubungi 1500-600</p>",
        ),
        None,
        "https://www.tokopedia.com/tokokaos/kaos-polos-cotton-combed-30s-unisex-hitam",
    ),
    Case(
        "shopee-spec-table-no-code",
        full(
            lang="id",
            shop="Shopee Indonesia",
            title="Tas Selempang Pria Kanvas Anti Air",
            header=(
                '<a href="/">Shopee</a><a href="/user/purchase">Pesanan Saya</a>'
                "<span>Gratis Ongkir · Kode: GRATISONGKIR</span>"
            ),
            crumbs=["Tas Pria", "Tas Selempang"],
            gallery=["https://down-id.img.susercontent.com/file/id-11134207-7r98o-lstz9xq8r1ab2c"],
            price='<div class="pqTWkA">Rp89.000</div>',
            buy='<button class="btn-tinted">masukkan keranjang</button><button>beli sekarang</button>',
            specs=(
                '<div class="product-detail"><h2>Spesifikasi Produk</h2>'
                + dl(
                    [
                        ("Kategori", "Shopee > Tas Pria > Tas Selempang"),
                        ("Merek", "No Brand"),
                        ("Stok", "1.204"),
                        ("Dikirim Dari", "KOTA BANDUNG"),
                    ]
                )
                + "</div>"
            ),
            footer="<p>PT Shopee International Indonesia. Layanan Pengaduan Konsumen 0804-1-000-000</p>",
        ),
        None,
        "https://shopee.co.id/tas-selempang-pria-kanvas-anti-air",
    ),
]

# ---- Rakuten / Japan ---------------------------------------------------------------------------

CASES += [
    Case(
        "rakuten-shohin-bango-line",
        full(
            lang="ja",
            shop="楽天市場",
            title="【送料無料】 ステンレス 電気ケトル 1.0L 自動電源オフ 空焚き防止",
            header=(
                '<div id="rakutenHeader"><a href="https://www.rakuten.co.jp/">楽天市場</a>'
                '<a href="https://order.my.rakuten.co.jp/">購入履歴</a></div>'
                '<div class="shop-header">キッチン雑貨の店 お問い合わせ 03-1234-5678</div>'
            ),
            crumbs=["キッチン家電", "電気ケトル"],
            gallery=["https://tshop.r10s.jp/kitchen-shop/cabinet/item/kettle01.jpg"],
            price='<span class="price2">3,980円</span><span class="tax">(税込)</span>',
            buy=(
                '<form action="https://basket.step.rakuten.co.jp/rms/mall/bs/cartadd/" method="post">'
                '<input type="hidden" name="shopid" value="251234"><input type="hidden" name="itemid" '
                'value="10000123"><input type="submit" value="かごに追加"></form>'
            ),
            codes='<span class="item_number">商品番号：kt-1000-sv</span>',
            desc="<p>クーポンコード「KITCHEN500」で500円OFF</p>",
            reviews='<div class="review">注文番号 251234-20240301-0012345678 届きました。</div>',
            footer="<p>〒158-0094 東京都世田谷区玉川一丁目14番1号 楽天グループ株式会社</p>",
        ),
        "kt-1000-sv",
        "https://item.rakuten.co.jp/kitchen-shop/kt-1000-sv/",
    ),
    Case(
        "japan-yodobashi-jan-and-model",
        full(
            lang="ja",
            shop="ヨドバシ.com",
            title="ソニー SONY WF-1000XM5 BC ブラック",
            header='<a href="/">ヨドバシ.com</a><span>〒160-0023 東京都新宿区</span>',
            crumbs=["オーディオ", "ワイヤレスイヤホン"],
            gallery=[
                "https://image.yodobashi.com/product/100/000/001/007/745/800/100000001007745800_10204.jpg"
            ],
            price='<span class="productPrice">￥41,800</span>',
            buy='<a class="yBtnPrimary js_c_addToCart" href="#">ショッピングカートに入れる</a>',
            specs=(
                '<div id="spec"><h2>仕様</h2>'
                + table(
                    [("型番", "WF-1000XM5 BC"), ("JANコード", "4548736146211"), ("発売日", "2023年9月1日")]
                )
                + "</div>"
            ),
            codes='<p class="pName">商品番号：100000001007745800</p>',
            footer="<p>株式会社ヨドバシカメラ 電話 050-3538-4000</p>",
        ),
        "100000001007745800",
        "https://www.yodobashi.com/product/100000001007745800/",
    ),
]

# ---- Korea / Coupang / Taiwan --------------------------------------------------------------------

CASES += [
    Case(
        "coupang-essential-info-table",
        full(
            lang="ko",
            shop="쿠팡",
            title="삼성전자 갤럭시 버즈2 프로 SM-R510",
            header='<a href="/">쿠팡</a><a href="/my/orderlist">주문목록</a><span>고객센터 1577-7011</span>',
            crumbs=["가전디지털", "음향기기", "이어폰"],
            gallery=[
                "https://thumbnail6.coupangcdn.com/thumbnails/remote/492x492ex/image/retail/images/buds2pro.jpg"
            ],
            price='<span class="total-price"><strong>189,000원</strong></span>',
            buy='<button class="prod-cart-btn">장바구니 담기</button><button class="prod-buy-btn">바로구매</button>',
            specs=(
                '<div class="product-item__table"><h3>필수 표기정보</h3>'
                + table(
                    [
                        ("품명 및 모델명", "갤럭시 버즈2 프로 SM-R510"),
                        ("제조자", "삼성전자"),
                        ("A/S 책임자와 전화번호", "삼성전자서비스 1588-3366"),
                    ],
                    "prod-delivery-return-policy-table",
                )
                + "</div>"
            ),
            codes='<div class="prod-sale-info"><span>쿠팡상품번호: 7048596613 - 17631478125</span></div>',
            reviews='<article class="sdp-review__article__list">리뷰 #4412390 배송 빨라요</article>',
            footer="<p>쿠팡(주) 사업자등록번호 120-88-00767 서울시 송파구 송파대로 570 (우: 05510)</p>",
        ),
        "7048596613",
        "https://www.coupang.com/vp/products/7048596613?itemId=17631478125&vendorItemId=84800123456",
    ),
    Case(
        "korea-shop-sangpum-bango-table",
        full(
            lang="ko",
            shop="무신사",
            title="나이키 에어포스 1 07 화이트",
            header='<a href="/">MUSINSA</a><span>쿠폰코드 WELCOME15 발급</span>',
            crumbs=["신발", "스니커즈"],
            gallery=["https://image.msscdn.net/images/goods_img/20230101/3012345/3012345_1_500.jpg"],
            price='<span class="price">139,000원</span>',
            buy='<button class="btn-buy">구매하기</button><button>장바구니</button>',
            specs=table(
                [("브랜드 / 품번", "나이키 / CW2288-111"), ("시즌", "2024 S/S"), ("성별", "남 여")],
                "product-info",
            ),
            codes='<p class="goods-no">상품번호 3012345</p>',
            footer="<p>(주)무신사 사업자등록번호 211-88-79575 통신판매업신고 2022-서울성동-01952 "
            "고객센터 1544-7199</p>",
        ),
        "3012345",
        "https://www.musinsa.com/app/goods/3012345",
    ),
    Case(
        "taiwan-momo-shangpin-bianhao",
        full(
            lang="zh-TW",
            shop="momo購物網",
            title="【Panasonic 國際牌】吹風機 EH-NA0J-P",
            header='<a href="/">momo購物網</a><span>客服專線 0800-003-888</span>',
            crumbs=["家電", "吹風機"],
            gallery=["https://i3.momoshop.com.tw/1710000000/goodsimg/0011/234/567/11234567_R.webp"],
            price='<span class="seoPrice">$7,990</span>',
            buy='<a class="buynow" href="#">直接購買</a><a class="addcart" href="#">放入購物車</a>',
            codes='<ul class="ineventArea"><li>品號：<span>11234567</span></li></ul>',
            specs=table([("型號", "EH-NA0J-P"), ("保固", "一年"), ("產地", "日本")], "attributesTable"),
            reviews="<p>訂單編號 20240301123456 很快收到</p>",
            footer="<p>富邦媒體科技股份有限公司 統一編號 70452397 台北市內湖區 114</p>",
        ),
        "11234567",
        "https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=11234567",
    ),
    Case(
        "taiwan-pchome-shangpin-bianhao-copy",
        full(
            lang="zh-TW",
            shop="PChome 24h購物",
            title="Apple AirPods 4 主動降噪款",
            header='<a href="/">PChome 24h購物</a><a href="/order">訂單查詢</a>',
            crumbs=["3C", "耳機"],
            gallery=["https://cs-a.ecimg.tw/items/DYAJC8A900HQBWV/000001_1726123456.jpg"],
            price='<div class="o-prodPrice__price">$5,990</div>',
            buy='<button class="btn--primary">加入購物車</button>',
            codes=(
                '<div class="o-prodInfo__code">商品編號：<span>DYAJC8-A900HQBWV</span>'
                '<button class="btn--copy" type="button">複製</button></div>'
            ),
            footer="<p>網路家庭國際資訊股份有限公司 客服 (02)2784-3788 郵遞區號 106</p>",
        ),
        "DYAJC8-A900HQBWV",
        "https://24h.pchome.com.tw/prod/DYAJC8-A900HQBWV",
    ),
]

# ---- Allegro / Poland ----------------------------------------------------------------------------

ALLEGRO_FOOTER = (
    "<p>Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań, KRS 0000635012, NIP 5252674798, "
    "REGON 365331553</p>"
)

CASES += [
    Case(
        "allegro-parametry-kod-producenta",
        full(
            lang="pl",
            shop="Allegro",
            title="Smartfon Samsung Galaxy A55 5G 8/256GB Granatowy",
            header='<a href="/">allegro</a><a href="/moje-allegro/zakupy">Moje zakupy</a>'
            "<span>Kod rabatowy: WIOSNA20</span>",
            crumbs=["Elektronika", "Telefony i Akcesoria", "Smartfony i telefony komórkowe"],
            gallery=[
                "https://a.allegroimg.com/original/11e2ad/0e4b2ab54a2f9a3b1c8e/Smartfon-Samsung-Galaxy-A55"
            ],
            price='<div aria-label="cena 1 649,00 zł">1 649,00 zł</div>',
            buy='<button id="add-to-cart-button">Dodaj do koszyka</button><button>Kup teraz</button>',
            specs=(
                '<div data-box-name="Parameters"><h2>Parametry</h2>'
                + table(
                    [
                        ("Stan", "Nowy"),
                        ("Faktura", "Wystawiam fakturę VAT"),
                        ("Marka telefonu", "Samsung"),
                        ("Kod producenta", "SM-A556BZKCEUE"),
                        ("EAN (GTIN)", "8806095467283"),
                        ("Rok wprowadzenia na rynek", "2024"),
                    ]
                )
                + "</div>"
            ),
            desc='<div data-box-name="Description">Wysyłka w 24h.</div>'
            '<div class="offer-number">numer oferty: 15623441129</div>',
            reviews="<p>Ocena #77120934: wszystko OK</p>",
            footer=ALLEGRO_FOOTER,
        ),
        "SM-A556BZKCEUE",
        "https://allegro.pl/oferta/smartfon-samsung-galaxy-a55-5g-8-256gb-granatowy-15623441129",
    ),
    Case(
        "poland-shop-kod-produktu-copy",
        full(
            lang="pl",
            shop="x-kom",
            title="Logitech MX Master 3S Grafitowy",
            header='<a href="/">x-kom</a><span>Infolinia: 34 377 00 00</span>',
            crumbs=["Akcesoria komputerowe", "Myszki"],
            gallery=[
                "https://cdn.x-kom.pl/i/setup/images/prod/big/product-new-big,,2022/5/pr_2022_5_24_12_3_0_891_00.jpg"
            ],
            price='<span class="price">449,00 zł</span>',
            buy='<button data-name="addToBasketButton">Dodaj do koszyka</button>',
            codes=(
                '<div class="product-codes"><span>Kod x-kom: 1044312</span>'
                '<button aria-label="Kopiuj kod">Kopiuj</button><span>Kod producenta: 910-006559</span></div>'
            ),
            footer="<p>x-kom sp. z o.o., ul. Bojemskiego 25, 42-202 Częstochowa, NIP 9492107026</p>",
        ),
        "1044312",
        "https://www.x-kom.pl/p/1044312-myszka-bezprzewodowa-logitech-mx-master-3s-grafitowy.html",
    ),
]

# ---- Ozon / Wildberries / Kaspi / Kazakhstan -------------------------------------------------------

CASES += [
    Case(
        "ozon-artikul-copy-button",
        full(
            lang="ru",
            shop="OZON",
            title="Смартфон Xiaomi Redmi Note 13 8/256 ГБ, черный",
            header='<a href="/">OZON</a><span>Москва, 101000</span><a href="/my/orderlist">Заказы</a>',
            crumbs=["Электроника", "Телефоны и смарт-часы", "Смартфоны"],
            gallery=["https://ir.ozone.ru/s3/multimedia-1-f/wc1000/6901234567.jpg"],
            price='<span class="tsHeadline600Large">18 990 ₽</span>',
            buy="<button><span>Добавить в корзину</span></button>",
            codes=(
                '<div class="ga-s"><button class="ga-s0" type="button"><div>Артикул: 1378412345</div>'
                '<svg aria-label="Скопировать"></svg></button></div>'
            ),
            specs=dl([("Тип", "Смартфон"), ("Модель", "Redmi Note 13"), ("Год выпуска модели", "2024")]),
            reviews='<div data-review-uuid="0190a1b2-c3d4-7e5f">Отзыв: номер заказа 48213301-0012 пришел быстро</div>',
            footer="<p>© 1998 – 2026 ООО «Интернет Решения». ИНН 7704217370. 8 800 234-70-00</p>",
        ),
        "1378412345",
        "https://www.ozon.ru/product/smartfon-xiaomi-redmi-note-13-8-256-gb-chernyy/",
    ),
    Case(
        "wildberries-artikul-table-copy",
        full(
            lang="ru",
            shop="Wildberries",
            title="Кроссовки мужские спортивные беговые",
            header='<a href="/">WILDBERRIES</a><span>Горячая линия 8 (800) 100-70-70</span>',
            crumbs=["Мужчинам", "Обувь", "Кроссовки"],
            gallery=["https://basket-12.wbbasket.ru/vol1812/part181234/181234567/images/big/1.webp"],
            price='<ins class="price-block__final-price">2 345 ₽</ins>',
            buy='<button class="btn-main">Добавить в корзину</button>',
            specs=(
                '<div class="product-params"><table class="product-params__table"><caption>Общие характеристики</caption>'
                '<tr><th>Артикул</th><td><button class="product-article__copy" type="button">'
                '<span id="productNmId">181234567</span></button></td></tr>'
                "<tr><th>Состав</th><td>текстиль</td></tr><tr><th>Страна производства</th><td>Китай</td></tr>"
                "</table></div>"
            ),
            reviews="<p>Покупатель #5543210: хорошие</p>",
            footer="<p>ООО «Вайлдберриз» ИНН 7721546864 142181, Московская обл.</p>",
        ),
        "181234567",
        "https://www.wildberries.ru/catalog/181234567/detail.aspx",
    ),
    Case(
        "kaspi-kod-tovara",
        full(
            lang="ru",
            shop="Kaspi.kz",
            title="Apple iPhone 15 128Gb черный",
            header='<a href="/">Kaspi.kz</a><span>Алматы</span><span>Колл-центр 9999</span>',
            crumbs=["Телефоны и гаджеты", "Смартфоны"],
            gallery=[
                "https://resources.cdn-kaspi.kz/img/m/p/h1b/h6a/84963140272158.jpg?format=gallery-large"
            ],
            price='<div class="item__price-once">419 990 ₸</div>',
            buy='<button class="sellers-table__buy-cell-button">Добавить в корзину</button>',
            codes='<div class="item__sku">Код товара: 113137790</div>',
            specs=dl([("Модель", "iPhone 15"), ("Год выпуска", "2023"), ("Цвет", "черный")]),
            footer="<p>АО «Kaspi Bank» БИН 971240001315, г. Алматы, ул. Наурызбай батыра 154А, 050013</p>",
        ),
        "113137790",
        "https://kaspi.kz/shop/p/apple-iphone-15-128gb-chernyi-113137790/",
    ),
    Case(
        "kazakhstan-technodom-artikul-data-attr",
        full(
            lang="ru",
            shop="Technodom",
            title="Ноутбук Lenovo IdeaPad Slim 3 15IRH8 83EM00AWRK",
            header='<a href="/">technodom</a><span>Алматы 050000</span><span>+7 (727) 355-65-55</span>',
            crumbs=["Ноутбуки и компьютеры", "Ноутбуки"],
            gallery=["https://api.technodom.kz/f3/api/v1/images/800/800/noutbuk_lenovo_ideapad_slim_3_1.jpg"],
            price='<p class="product-prices__price">329 990 ₸</p>',
            buy='<form class="product-buy" data-sku="278135" data-product-id="278135">'
            '<button type="submit">В корзину</button></form>',
            codes='<p class="product-info__code">Артикул: 278135</p>',
            specs=table([("Модель", "83EM00AWRK"), ("Процессор", "Intel Core i5-13420H")]),
            footer="<p>ТОО «Technodom Operator» БИН 100740009431</p>",
        ),
        "278135",
        "https://www.technodom.kz/p/noutbuk-lenovo-ideapad-slim-3-278135",
    ),
]

# ---- Flipkart / Trendyol / bol / Otto / Zalando ----------------------------------------------------

CASES += [
    Case(
        "flipkart-model-number-spec-table",
        full(
            lang="en-IN",
            shop="Flipkart.com",
            title="SAMSUNG Galaxy A55 5G (Awesome Navy, 128 GB) (8 GB RAM)",
            header='<a href="/">Flipkart</a><span>Deliver to 560034</span><a href="/account/orders">Orders</a>',
            crumbs=["Home", "Mobiles & Accessories", "Mobiles"],
            gallery=[
                "https://rukminim2.flixcart.com/image/416/416/xif0q/mobile/a/b/c/-original-imagzdyfz2.jpeg"
            ],
            price='<div class="Nx9bqj CxhGGd">₹39,999</div>',
            buy='<button class="QqFHMw">ADD TO CART</button><button>BUY NOW</button>',
            specs=(
                '<div class="GNDEQ-"><div class="_4BJ2V+">General</div>'
                + table(
                    [
                        ("In The Box", "Handset, Data Cable"),
                        ("Model Number", "SM-A556EZKAINS"),
                        ("Model Name", "Galaxy A55 5G"),
                        ("Color", "Awesome Navy"),
                    ],
                    "_0ZhAN9",
                )
                + "</div>"
            ),
            reviews='<div class="col EPCmJX">Certified Buyer, Bengaluru 560034</div>',
            footer="<p>Flipkart Internet Private Limited, CIN : U51109KA2012PTC066107, Telephone: 044-45614700</p>",
        ),
        "SM-A556EZKAINS",
        "https://www.flipkart.com/samsung-galaxy-a55-5g-awesome-navy-128-gb/p/itm6a1b2c3d4e5f6",
    ),
    Case(
        "trendyol-urun-kodu-info-list",
        full(
            lang="tr",
            shop="Trendyol",
            title="Erkek Siyah Regular Fit Basic Tişört",
            header='<a href="/">trendyol</a><a href="/Hesabim/Siparislerim">Siparişlerim</a>'
            "<span>Kupon kodu: TY50</span>",
            crumbs=["Erkek", "Giyim", "Tişört"],
            gallery=[
                "https://cdn.dsmcdn.com/ty1234/product/media/images/prod/SPM/PIM/20240301/12/abc/1_org_zoom.jpg"
            ],
            price='<span class="prc-dsc">249,99 TL</span>',
            buy='<button class="add-to-basket">Sepete Ekle</button>',
            specs=(
                '<div class="detail-desc-contents"><ul class="detail-desc-list">'
                "<li>Bu üründen en fazla 10 adet sipariş verilebilir.</li>"
                "<li>Ürün Kodu: TMNSS20TS0001</li>"
                "<li>Kampanya fiyatından satılmak üzere 100 adetten fazla stok sunulmuştur.</li></ul></div>"
            ),
            reviews='<div class="comment">Sipariş No 1234567890 hızlı geldi</div>',
            footer="<p>DSM Grup Danışmanlık İletişim ve Satış Ticaret A.Ş. Mersis No: 0313055729500017</p>",
        ),
        "TMNSS20TS0001",
        "https://www.trendyol.com/trendyolmilla/erkek-siyah-basic-tisort-p-41234567",
    ),
    Case(
        "bol-specificaties-ean-only",
        full(
            lang="nl",
            shop="bol.com",
            title="Philips Airfryer XXL HD9650/90 - Zwart",
            header='<a href="/nl/nl/">bol.</a><a href="/nl/nl/account/bestellingen">Bestellingen</a>',
            crumbs=["Koken, Tafelen & Huishouden", "Keukenapparatuur", "Airfryers"],
            gallery=["https://media.s-bol.com/J5Q1ZrVl9YlN/1200x1200.jpg"],
            price='<span class="promo-price" data-test="price">199<sup>99</sup></span>',
            buy='<a class="js_floating_basket_btn" data-button-type="buy" href="#">In winkelwagen</a>',
            specs=(
                '<div class="specs"><h3>Productinformatie</h3>'
                + dl(
                    [
                        ("EAN", "8710103868128"),
                        ("Merk", "Philips"),
                        ("MPN (Manufacturer Part Number)", "HD9650/90"),
                        ("Verpakkingsinhoud", "Airfryer, handleiding"),
                    ],
                    "specs__list",
                )
                + "</div>"
            ),
            reviews='<li class="review" data-review-id="2384712">Top apparaat</li>',
            footer="<p>bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht. KvK 30150863, BTW NL8207.12.345.B01</p>",
        ),
        "HD9650/90",
        "https://www.bol.com/nl/nl/p/philips-airfryer-xxl-hd9650-90-zwart/9200000056401234/",
    ),
    Case(
        "otto-artikel-nr-line",
        full(
            lang="de",
            shop="OTTO",
            title="Bosch Kaffeevollautomat VeroCafe Series 4 TIS30321RW",
            header='<a href="/">OTTO</a><span>Kundenservice 040 36 03 36 03</span><a href="/order">Bestellungen</a>',
            crumbs=["Haushalt", "Kaffee & Espresso", "Kaffeevollautomaten"],
            gallery=["https://i.otto.de/i/otto/a1b2c3d4-e5f6-7a8b-9c0d-e1f2a3b4c5d6?$formatz$"],
            price='<span class="pdp_price__retail-price">549,99 €</span>',
            buy='<button class="pl_button100--primary js_pdp_addToBasket">In den Warenkorb</button>',
            specs=(
                '<div class="pdp_details"><h2>Produktdetails</h2>'
                + table([("Modell", "TIS30321RW"), ("Modelljahr", "2024"), ("Farbe", "weiß")])
                + '<p class="pdp_details__article-number">Artikel-Nr. S0K7U04R</p></div>'
            ),
            reviews='<div class="review">Bewertung vom 03.02.2026 – Bestellnr. 82134001 kam pünktlich.</div>',
            footer="<p>Otto (GmbH &amp; Co KG), Werner-Otto-Straße 1-7, 22179 Hamburg, USt-IdNr. DE118494813</p>",
        ),
        "S0K7U04R",
        "https://www.otto.de/p/bosch-kaffeevollautomat-verocafe-series-4-tis30321rw-1234567/",
    ),
    Case(
        "zalando-artikelnummer-in-details-dl",
        full(
            lang="de",
            shop="Zalando",
            title="Nike Sportswear AIR FORCE 1 '07 - Sneaker low - white",
            header='<a href="/">Zalando</a><span>Gutscheincode: ZALANDO10</span>',
            crumbs=["Herren", "Schuhe", "Sneaker"],
            gallery=["https://img01.ztat.net/article/spp-media-p1/5a1b2c3d4e5f/a1b2c3.jpg?imwidth=1800"],
            price='<p class="sDq_FX">119,99 €</p>',
            buy='<select name="size"><option>Größe wählen</option><option>42</option><option>43</option></select>'
            '<button class="DJxzzA">In den Warenkorb</button>',
            specs=(
                '<div data-testid="pdp-accordion-details"><h2>Details</h2>'
                + dl(
                    [
                        ("Schuhspitze", "Rund"),
                        ("Absatzform", "Flach"),
                        ("Verschluss", "Schnürung"),
                        ("Artikelnummer", "NI112O0B6-A11"),
                    ]
                )
                + "</div>"
            ),
            reviews='<div class="review">Ticket #A-99121 beim Umtausch, alles gut.</div>',
            footer="<p>Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin. USt-IdNr. DE 260543043</p>",
        ),
        "NI112O0B6-A11",
        "https://www.zalando.de/nike-sportswear-air-force-1-07-sneaker-low-white-ni112o0b6-a11.html",
    ),
]

# ---- France / Italy / Spain --------------------------------------------------------------------

CASES += [
    Case(
        "cdiscount-ref-line",
        full(
            lang="fr",
            shop="Cdiscount",
            title="Aspirateur balai sans fil Rowenta X-Force Flex 9.60 RH2037WO",
            header='<a href="/">Cdiscount</a><span>Service client 09 70 80 90 70</span>'
            "<span>Code promo : BIENVENUE10</span>",
            crumbs=["Électroménager", "Aspirateur", "Aspirateur balai"],
            gallery=["https://www.cdiscount.com/pdt2/0/w/o/1/700x700/rh2037wo/rw/aspirateur-balai.jpg"],
            price='<span class="fpPrice price">299€99</span>',
            buy='<input type="submit" id="fpAddBsk" value="Ajouter au panier">',
            codes='<div class="fpRef">Réf. : RH2037WO</div>',
            specs=table(
                [("Marque", "ROWENTA"), ("Année modèle", "2024"), ("Code postal d'expédition", "33000")]
            ),
            reviews='<div class="review">Commande n° 2401-88123 reçue</div>',
            footer="<p>Cdiscount SA, 120-126 quai de Bacalan, 33300 Bordeaux, RCS Bordeaux 424 059 822</p>",
        ),
        "RH2037WO",
        "https://www.cdiscount.com/electromenager/aspirateur-balai-sans-fil-rowenta/f-110140103-rh2037wo.html",
    ),
    Case(
        "fnac-fiche-technique-reference",
        full(
            lang="fr",
            shop="Fnac",
            title="Console Nintendo Switch OLED Blanche",
            header='<a href="/">Fnac</a><a href="/mon-compte/commandes">Mes commandes</a>',
            crumbs=["Jeux vidéo", "Nintendo Switch", "Consoles"],
            gallery=[
                "https://static.fnac-static.com/multimedia/Images/FR/NR/a1/b2/c3/12345678/1540-1/tsp20231012.jpg"
            ],
            price='<span class="f-faPriceBox__price userPrice">319,99 €</span>',
            buy='<button class="f-buyBox-buttons ff-button">Ajouter au panier</button>',
            specs=(
                '<section class="f-productCharacteristics"><h2>Fiche technique</h2>'
                + table(
                    [
                        ("Référence", "HEGSKAAAA"),
                        ("Code EAN", "0045496453435"),
                        ("Date de sortie", "08/10/2021"),
                    ]
                )
                + "</section>"
            ),
            reviews='<div class="customerReview">Avis n°512233 : Parfaite</div>',
            footer="<p>Fnac Darty, 9 rue des Bateaux-Lavoirs, 94200 Ivry-sur-Seine</p>",
        ),
        "HEGSKAAAA",
        "https://www.fnac.com/Console-Nintendo-Switch-OLED-Blanche/a16070006",
        xfail=(
            "a code of upper-case letters alone (Nintendo's HEGSKAAAA) is no code to sku._code: a brand in"
            ' capitals ("Référence : PANASONIC") reads the same; the URL\'s Fnac item id is read instead'
        ),
    ),
    Case(
        "prestashop-fr-product-reference",
        full(
            lang="fr",
            shop="La Boutique du Thé",
            title="Thé vert Sencha Bio 100g",
            header='<div class="header-nav">Livraison offerte dès 49 € — Tél. 01 23 45 67 89</div>'
            '<a href="/" class="logo">La Boutique du Thé</a>',
            crumbs=["Accueil", "Thés verts"],
            gallery=["https://www.boutique-the.fr/1234-large_default/the-vert-sencha-bio.jpg"],
            price='<div class="current-price"><span class="current-price-value" content="12.9">12,90 €</span></div>',
            buy=(
                '<form action="https://www.boutique-the.fr/panier" method="post" id="add-to-cart-or-refresh">'
                '<input type="hidden" name="token" value="6fa2c1b3e4d5"><input type="hidden" name="id_product" '
                'value="87" id="product_page_product_id"><input type="hidden" name="id_customization" value="0">'
                '<button class="btn btn-primary add-to-cart" data-button-action="add-to-cart" type="submit">'
                "Ajouter au panier</button></form>"
            ),
            codes=(
                '<div class="product-reference"><label class="label">Référence </label>'
                "<span>SEN-BIO-100</span></div>"
            ),
            footer="<p>SIRET 812 345 678 00019 — 75011 Paris</p>",
        ),
        "SEN-BIO-100",
        "https://www.boutique-the.fr/thes-verts/87-the-vert-sencha-bio.html",
    ),
    Case(
        "italy-mediaworld-codice-articolo",
        full(
            lang="it",
            shop="MediaWorld",
            title="LG OLED evo C4 55'' 4K OLED55C44LA",
            header='<a href="/">MediaWorld</a><span>Servizio clienti 199 500 500</span>',
            crumbs=["TV e Audio", "TV", "TV OLED"],
            gallery=["https://assets.mmsrg.com/isr/166325/c1/-/ASSET_MMS_123456789?x=1800&y=1800"],
            price='<span data-test="branded-price-whole-value">1.299</span><span>,00 €</span>',
            buy='<button data-test="a2c-Button">Aggiungi al carrello</button>',
            codes='<p class="sc-1u3rvj9-0">Cod. articolo: 172341235 | Cod. produttore: OLED55C44LA</p>',
            specs=table([("Anno modello", "2024"), ("Diagonale", "139 cm / 55 pollici")]),
            footer="<p>MediaMarket S.p.A. con Socio Unico – P.IVA 02630120166 – 20024 Garbagnate Milanese</p>",
        ),
        "172341235",
        "https://www.mediaworld.it/it/product/_lg-oled55c44la-172341235.html",
    ),
    Case(
        "spain-elcorteingles-referencia",
        full(
            lang="es",
            shop="El Corte Inglés",
            title="Cafetera superautomática Philips Serie 3300 EP3341/50",
            header='<a href="/">El Corte Inglés</a><span>Atención al cliente 901 122 122</span>',
            crumbs=["Electrodomésticos", "Cafeteras", "Cafeteras superautomáticas"],
            gallery=[
                "https://sgfm.elcorteingles.es/SGFM/dctm/MEDIA03/202401/01/00185404512345____1__640x640.jpg"
            ],
            price='<span class="price-sale">399 €</span>',
            buy='<button class="js-add-cart">Añadir a la cesta</button>',
            codes='<p class="product_detail-reference">Referencia: 001.018.40451 <span class="sr">Copiar</span></p>',
            reviews='<div class="review">Pedido nº 8800123456 llegó bien. CP 28001</div>',
            footer="<p>El Corte Inglés, S.A. C.I.F. A-28017895. Hermosilla 112, 28009 Madrid</p>",
        ),
        "001.018.40451",
        "https://www.elcorteingles.es/electrodomesticos/A12345678-cafetera-philips-serie-3300/",
    ),
    Case(
        "brazil-magalu-codigo",
        full(
            lang="pt-BR",
            shop="Magazine Luiza",
            title='Smart TV 43" Full HD LED Samsung 43T5300',
            header='<a href="/">magalu</a><span>Informe seu CEP: 01310-100</span>',
            crumbs=["TV e Vídeo", "Smart TV"],
            gallery=[
                "https://a-static.mlcdn.com.br/800x560/smart-tv-43-full-hd-led-samsung/magazineluiza/229394800/1a2b.jpg"
            ],
            price='<p data-testid="price-value">R$ 1.699,00</p>',
            buy='<button data-testid="bagButton">Adicionar à sacola</button>',
            codes='<span data-testid="heading-product-code">Código 229394800</span>',
            specs=table([("Modelo", "UN43T5300AGXZD"), ("Ano do modelo", "2024")]),
            footer="<p>Magazine Luiza S/A - CNPJ 47.960.950/0001-21 - Rua Voluntários da Franca, 1465 - CEP 14400-490</p>",
        ),
        "229394800",
        "https://www.magazineluiza.com.br/smart-tv-43-full-hd-led-samsung-43t5300/p/229394800/et/tv4k/",
    ),
]

# ---- eMAG / Slovenia / Croatia / Nordics -----------------------------------------------------------

CASES += [
    Case(
        "emag-cod-produs-copy",
        full(
            lang="ro",
            shop="eMAG.ro",
            title="Laptop ASUS Vivobook 15 X1504ZA cu procesor Intel Core i5-1235U",
            header='<a href="/">eMAG</a><span>Suport clienți 021 200 52 00</span>',
            crumbs=["Laptop, Tablete & Telefoane", "Laptopuri"],
            gallery=["https://s13emagst.akamaized.net/products/51234/51233456/images/res_a1b2c3d4e5f6.jpg"],
            price='<p class="product-new-price">2.499<sup>99</sup> <span>Lei</span></p>',
            buy='<form class="main-product-form" data-offer-id="102345678"><button type="submit" '
            'class="btn btn-primary btn-emag">Adaugă în Coș</button></form>',
            codes=(
                '<div class="product-code-display">Cod produs: <span>D6QLQ3MBM</span>'
                '<button class="btn-copy-product-code" type="button">Copiază</button></div>'
            ),
            footer="<p>Dante International SA, CUI RO14399840, J40/372/2002, Șos. Virtuții 148, 060787 București</p>",
        ),
        "D6QLQ3MBM",
        "https://www.emag.ro/laptop-asus-vivobook-15-x1504za/pd/D6QLQ3MBM/",
    ),
    Case(
        "slovenia-bigbang-sifra",
        full(
            lang="sl",
            shop="Big Bang",
            title="Pralni stroj Gorenje WNEI84APS",
            header='<a href="/">Big Bang</a><span>Klicni center 080 80 80</span>',
            crumbs=["Bela tehnika", "Pralni stroji"],
            gallery=["https://www.bigbang.si/upload/catalog/product/812345/gorenje-wnei84aps_1.jpg"],
            price='<div class="cd-current-price">499,99 €</div>',
            buy='<button class="cp-add-to-cart">Dodaj v košarico</button>',
            codes='<div class="cd-code"><span class="label">Šifra:</span> <span>812345</span></div>',
            specs=table([("Model", "WNEI84APS"), ("Energijski razred", "A"), ("Leto modela", "2024")]),
            footer="<p>Big Bang d.o.o., Šmartinska cesta 152, 1000 Ljubljana, ID za DDV SI12345678</p>",
        ),
        "812345",
        "https://www.bigbang.si/pralni-stroj-gorenje-wnei84aps/",
    ),
    Case(
        "slovenia-mimovrste-sifra-izdelka-dl",
        full(
            lang="sl",
            shop="mimovrste",
            title="Philips sesalnik XB2125/09",
            header='<a href="/">mimovrste=)</a><span>Poštnina 0 € nad 50 €</span>',
            crumbs=["Dom", "Sesalniki"],
            gallery=["https://cdn.mimovrste.com/i/mimovrste/product/1/2/3/philips-xb2125-09.jpg"],
            price='<span class="price__wrap__box__final">119,99 €</span>',
            buy='<button class="btn--cart">V košarico</button>',
            specs=dl(
                [("Šifra izdelka", "PHI-XB2125"), ("Proizvajalec", "Philips"), ("EAN", "8710103999990")]
            ),
            footer="<p>Mimovrste d.o.o., Ljubljana, matična številka 6123456000</p>",
        ),
        "PHI-XB2125",
        "https://www.mimovrste.com/sesalniki/philips-sesalnik-xb2125-09",
    ),
    Case(
        "croatia-links-sifra-proizvoda",
        full(
            lang="hr",
            shop="Links",
            title='Monitor Dell S2721DS 27" QHD',
            header='<a href="/">Links</a><span>Info: 01 6407 222</span>',
            crumbs=["Monitori", "Dell"],
            gallery=["https://www.links.hr/content/images/thumbs/012/0123456_monitor-dell-s2721ds.jpg"],
            price='<span class="price-value-123">2.199,99 kn / 291,99 €</span>',
            buy='<button class="add-to-cart-button" data-productid="123456">Dodaj u košaricu</button>',
            codes='<div class="sku"><span class="label">Šifra proizvoda:</span> <span class="value">010204587</span></div>',
            specs=table([("Proizvođač", "Dell"), ("Model", "S2721DS")]),
            footer="<p>Links d.o.o., OIB 12345678901, 10000 Zagreb</p>",
        ),
        "010204587",
        "https://www.links.hr/hr/monitor-dell-s2721ds-27-qhd-010204587",
    ),
    Case(
        "croatia-sifra-artikla-hidden-field",
        full(
            lang="hr",
            shop="Sancta Domenica",
            title="Usisavač Rowenta RO7673EA",
            header='<a href="/">Sancta Domenica</a><span>Besplatna dostava za narudžbe iznad 50 €</span>',
            crumbs=["Kućanski aparati", "Usisavači"],
            gallery=["https://www.sancta-domenica.hr/media/catalog/product/r/o/ro7673ea_1.jpg"],
            price='<span class="price">179,99 €</span>',
            buy=(
                '<form id="product_addtocart_form" method="post" action="/checkout/cart/add/product/40123/">'
                '<input type="hidden" name="product" value="40123"><input type="hidden" name="item_sku" '
                'value="1044875"><button class="action tocart" type="submit">Dodaj u košaricu</button></form>'
            ),
            specs=table([("Šifra artikla", "1044875"), ("Model", "RO7673EA"), ("Jamstvo", "2 godine")]),
            footer="<p>Sancta Domenica d.o.o., OIB 45678901234, Zagreb 10000</p>",
        ),
        "1044875",
        "https://www.sancta-domenica.hr/usisavac-rowenta-ro7673ea.html",
    ),
    Case(
        "sweden-artikelnummer-line",
        full(
            lang="sv",
            shop="Elgiganten",
            title="Samsung Galaxy S24 5G smartphone 8/256GB (svart)",
            header='<a href="/">Elgiganten</a><span>Kundservice 0771-11 55 00</span>',
            crumbs=["Mobiler", "Samsung"],
            gallery=["https://media.elkjop.com/assets/image/dv_web_D1800010021234567.jpg"],
            price='<span class="price">9 990:-</span>',
            buy='<button class="add-to-cart">Lägg i varukorgen</button>',
            codes='<p class="product-id">Art.nr.: 741234 <span>Modell: SM-S921BZKGEUB</span></p>',
            footer="<p>Elgiganten AB, Org.nr 556384-6315, Box 1264, 164 29 Kista</p>",
        ),
        "741234",
        "https://www.elgiganten.se/product/mobiler/samsung-galaxy-s24/741234",
    ),
]

# ---- buy-form attributes, hidden fields, variant selectors ------------------------------------------

CASES += [
    Case(
        "buy-form-data-sku-only",
        full(
            lang="de",
            shop="Outdoorladen",
            title="Trekkingrucksack Alpin 45+10",
            header='<a href="/">Outdoorladen</a><span>Hotline 089 1234567</span>',
            crumbs=["Rucksäcke", "Trekkingrucksäcke"],
            gallery=["https://www.outdoorladen.de/media/image/a1/b2/alpin-45-10.jpg"],
            price='<span class="product--price">149,95 €</span>',
            buy=(
                '<form class="buybox--form" method="post" action="/checkout/addArticle" data-add-article="true" '
                'data-sku="OL-ALP4510-BLU"><button class="buybox--button">In den Warenkorb</button></form>'
            ),
            desc="<p>Modelljahr 2024, Volumen 45+10 Liter.</p>",
            footer="<p>Outdoorladen GmbH, 80331 München, USt-IdNr. DE298765432</p>",
        ),
        "OL-ALP4510-BLU",
        "https://www.outdoorladen.de/rucksaecke/trekkingrucksack-alpin-45-10",
    ),
    Case(
        "hidden-input-sku-field",
        full(
            lang="it",
            shop="Bottega Pelle",
            title="Borsa a tracolla in pelle Firenze",
            header='<a href="/">Bottega Pelle</a><span>Spedizione gratuita — codice sconto ESTATE15</span>',
            crumbs=["Borse", "Tracolla"],
            gallery=["https://www.bottegapelle.it/images/products/firenze-tracolla-1.jpg"],
            price='<span class="price">189,00 €</span>',
            buy=(
                '<form method="post" action="/carrello/aggiungi"><input type="hidden" name="sku" value="BP-FIR-TRC-COG">'
                '<input type="hidden" name="qty" value="1"><button type="submit">Aggiungi al carrello</button></form>'
            ),
            footer="<p>Bottega Pelle s.r.l. – P.IVA 06123450481 – 50123 Firenze – Tel. 055 123456</p>",
        ),
        "BP-FIR-TRC-COG",
        "https://www.bottegapelle.it/borse/borsa-tracolla-firenze",
    ),
    Case(
        "variant-select-selected-option-data-sku",
        full(
            lang="es",
            shop="Camisería Madrid",
            title="Camisa Oxford Slim Fit",
            header='<a href="/">Camisería Madrid</a><span>Tel. 910 123 456</span>',
            crumbs=["Hombre", "Camisas"],
            gallery=["https://www.camiseriamadrid.es/img/p/oxford-slim-azul.jpg"],
            price='<span class="price">59,90 €</span>',
            buy=(
                '<form method="post" action="/carrito"><label for="talla">Talla</label><select id="talla" name="variant">'
                '<option value="1101" data-sku="OXF-SL-AZ-38">38</option>'
                '<option value="1102" data-sku="OXF-SL-AZ-40" selected>40</option>'
                '<option value="1103" data-sku="OXF-SL-AZ-42">42</option></select>'
                '<button type="submit">Añadir al carrito</button></form>'
            ),
            footer="<p>Camisería Madrid S.L. CIF B12345678 28013 Madrid</p>",
        ),
        "OXF-SL-AZ-40",
        "https://www.camiseriamadrid.es/camisas/camisa-oxford-slim-fit",
    ),
    Case(
        "variant-radio-checked-data-sku",
        full(
            lang="nl",
            shop="Schoenenwinkel",
            title="Leren Chelsea Boots Bruin",
            header='<a href="/">Schoenenwinkel</a><span>Klantenservice 020 123 4567</span>',
            crumbs=["Heren", "Boots"],
            gallery=["https://www.schoenenwinkel.nl/media/chelsea-bruin-1.jpg"],
            price='<span class="price">129,95 €</span>',
            buy=(
                '<form method="post" action="/winkelwagen"><fieldset class="sizes"><legend>Maat</legend>'
                '<label><input type="radio" name="size" value="42" data-sku="CB-BR-42">42</label>'
                '<label><input type="radio" name="size" value="43" data-sku="CB-BR-43" checked>43</label>'
                '<label><input type="radio" name="size" value="44" data-sku="CB-BR-44">44</label></fieldset>'
                '<button type="submit">In winkelwagen</button></form>'
            ),
            footer="<p>Schoenenwinkel B.V. KvK 12345678 1012 AB Amsterdam</p>",
        ),
        "CB-BR-43",
        "https://www.schoenenwinkel.nl/heren/boots/leren-chelsea-boots-bruin",
    ),
    Case(
        "buy-button-data-product-sku-nordic",
        full(
            lang="fi",
            shop="Verkkokauppa",
            title='Apple iPad 10,9" 64 Gt WiFi',
            header='<a href="/">Verkkokauppa.com</a><span>Asiakaspalvelu 010 309 5555</span>',
            crumbs=["Tietotekniikka", "Tabletit"],
            gallery=["https://cdn.verk.net/images/12/2_853210-1200x1200.jpeg"],
            price='<data class="price" value="429.9">429,90 €</data>',
            buy='<button type="button" data-product-sku="853210" class="add-to-cart">Lisää ostoskoriin</button>',
            codes='<p class="product-id">Tuotekoodi: 853210</p>',
            footer="<p>Verkkokauppa.com Oyj, Y-tunnus 1660135-7, 00580 Helsinki</p>",
        ),
        "853210",
        "https://www.verkkokauppa.com/fi/product/853210/apple-ipad",
    ),
    Case(
        "vietnam-ma-san-pham",
        full(
            lang="vi",
            shop="Thế Giới Di Động",
            title="Điện thoại Samsung Galaxy A35 5G 8GB/128GB",
            header='<a href="/">thegioididong.com</a><span>Tổng đài 1900 232 460</span>',
            crumbs=["Điện thoại", "Samsung"],
            gallery=["https://cdn.tgdd.vn/Products/Images/42/321771/samsung-galaxy-a35-5g-1.jpg"],
            price='<p class="box-price-present">7.290.000₫</p>',
            buy='<a class="btn-buynow" href="#">MUA NGAY</a>',
            codes='<span class="sku-code">Mã SP: 321771</span>',
            footer="<p>Công ty CP Thế Giới Di Động. GPĐKKD: 0303217354. Mã bưu chính 700000</p>",
        ),
        "321771",
        "https://www.thegioididong.com/dtdd/samsung-galaxy-a35-5g",
    ),
    Case(
        "hungary-cikkszam",
        full(
            lang="hu",
            shop="eMAG.hu",
            title="Dyson V15 Detect Absolute vezeték nélküli porszívó",
            header='<a href="/">eMAG.hu</a><span>Ügyfélszolgálat +36 1 300 7777</span>',
            crumbs=["Háztartás", "Porszívók"],
            gallery=["https://s13emagst.akamaized.net/products/40123/40122345/images/res_dyson.jpg"],
            price='<p class="product-new-price">289.990 Ft</p>',
            buy='<button class="btn-emag">Kosárba</button>',
            codes='<p class="product-code">Cikkszám: 447294-01</p>',
            footer="<p>Dante International Kft., Adószám: 23869014-2-43, 1095 Budapest</p>",
        ),
        "447294-01",
        "https://www.emag.hu/dyson-v15-detect-absolute/",
    ),
    Case(
        "greece-kodikos-proiontos",
        full(
            lang="el",
            shop="Public",
            title="Apple iPhone 15 128GB Black",
            header='<a href="/">Public</a><span>Εξυπηρέτηση 210 8181333</span>',
            crumbs=["Κινητά", "Smartphones"],
            gallery=["https://www.public.gr/media/catalog/product/1/6/1612345_1.jpg"],
            price='<span class="price">869,00 €</span>',
            buy='<button class="add-to-cart">Προσθήκη στο καλάθι</button>',
            codes='<p class="product-code">Κωδικός προϊόντος: 1612345</p>',
            footer="<p>Public Ηλεκτρονικό Εμπόριο ΑΕ, ΑΦΜ 800123456, ΤΚ 17564</p>",
        ),
        "1612345",
        "https://www.public.gr/product/mobile/smartphones/apple-iphone-15-128gb-black/1612345",
    ),
]

# ---- must-not-fire: pages showing no code of their own, with noise that looks like one -------------

NOT_FIRE: list[Case] = [
    Case(
        "noise-order-number-and-ticket",
        full(
            lang="de",
            shop="Wohnwelt",
            title="Sofa Lena 3-Sitzer Cord Grau",
            header='<a href="/">Wohnwelt</a><div class="order-status">Ihre Bestellung Nr. 4500128834 ist '
            "unterwegs</div>",
            crumbs=["Wohnzimmer", "Sofas"],
            gallery=["https://www.wohnwelt.de/media/sofa-lena-grau-1.jpg"],
            price='<span class="price">899,00 €</span>',
            buy='<button class="add-to-cart">In den Warenkorb</button>',
            desc="<p>Bequemes 3-Sitzer Sofa aus Cord.</p>",
            reviews='<div class="review">Reklamation Ticket-Nr. 2024-77812 schnell bearbeitet.</div>',
            footer="<p>Wohnwelt GmbH, Amtsgericht Köln HRB 98765, USt-IdNr. DE301234567</p>",
        ),
        None,
        "https://www.wohnwelt.de/sofas/sofa-lena-3-sitzer-cord-grau",
    ),
    Case(
        "noise-phone-and-postcode",
        full(
            lang="fr",
            shop="Maison Déco",
            title="Lampe à poser en rotin naturel",
            header='<a href="/">Maison Déco</a><span>Une question ? 04 78 12 34 56</span>',
            crumbs=["Luminaires", "Lampes à poser"],
            gallery=["https://www.maisondeco.fr/img/lampe-rotin-1.jpg"],
            price='<span class="price">49,90 €</span>',
            buy='<button class="add-to-cart">Ajouter au panier</button>',
            desc="<p>Retrait en magasin : 12 rue de la République, 69002 Lyon. Tél : +33 4 78 12 34 56</p>",
            footer="<p>Maison Déco SAS — SIREN 812 345 678 — 69002 Lyon</p>",
        ),
        None,
        "https://www.maisondeco.fr/luminaires/lampe-a-poser-rotin",
    ),
    Case(
        "noise-coupon-code",
        full(
            lang="pl",
            shop="Butik",
            title="Sukienka midi w kwiaty",
            header='<div class="promo-bar">Użyj kodu: LATO2024 i zyskaj -20%</div><a href="/">Butik</a>',
            crumbs=["Kobiety", "Sukienki"],
            gallery=["https://www.butik.pl/img/sukienka-midi-kwiaty-1.jpg"],
            price='<span class="price">189,00 zł</span>',
            buy='<button class="add-to-cart">Dodaj do koszyka</button>',
            codes='<div class="coupon-box">Kod rabatowy: <strong>SUKIENKA15</strong>'
            '<button type="button">Kopiuj kod</button></div>',
            footer="<p>Butik sp. z o.o., 00-001 Warszawa, NIP 5250001234</p>",
        ),
        None,
        "https://www.butik.pl/sukienki/sukienka-midi-w-kwiaty",
    ),
    Case(
        "noise-review-ids",
        full(
            lang="it",
            shop="Casa Cucina",
            title="Padella antiaderente 28 cm",
            header='<a href="/">Casa Cucina</a>',
            crumbs=["Cucina", "Padelle"],
            gallery=["https://www.casacucina.it/img/padella-28-1.jpg"],
            price='<span class="price">34,90 €</span>',
            buy='<button class="add-to-cart">Aggiungi al carrello</button>',
            reviews=(
                '<div class="review" id="review-553120" data-review-id="553120"><span>Recensione n. 553120</span>'
                '<p>Ottima padella.</p></div><div class="review" data-review-id="553121"><p>Buona.</p></div>'
            ),
            footer="<p>Casa Cucina srl P.IVA 01234560987</p>",
        ),
        None,
        "https://www.casacucina.it/padelle/padella-antiaderente-28",
    ),
    Case(
        "noise-related-cards-codes",
        full(
            lang="de",
            shop="Werkzeugprofi",
            title="Akku-Bohrschrauber 18V Set",
            header='<a href="/">Werkzeugprofi</a>',
            crumbs=["Werkzeug", "Akku-Werkzeug"],
            gallery=["https://www.werkzeugprofi.de/media/bohrschrauber-18v-1.jpg"],
            price='<span class="price">129,00 €</span>',
            buy='<button class="add-to-cart">In den Warenkorb</button>',
            related=cards(
                "Passendes Zubehör",
                [
                    (
                        "Bit-Set 32-tlg.",
                        "/zubehoer/bit-set-32",
                        "https://www.werkzeugprofi.de/media/bitset.jpg",
                        '<span class="card-sku">Art.-Nr. 440012</span><span>19,99 €</span>',
                    ),
                    (
                        "Ersatzakku 18V 4Ah",
                        "/zubehoer/akku-18v-4ah",
                        "https://www.werkzeugprofi.de/media/akku.jpg",
                        '<span class="card-sku">Art.-Nr. 440078</span><span>69,00 €</span>',
                    ),
                    (
                        "Ladegerät 18V",
                        "/zubehoer/ladegeraet-18v",
                        "https://www.werkzeugprofi.de/media/lader.jpg",
                        '<span class="card-sku">Art.-Nr. 440091</span><span>39,00 €</span>',
                    ),
                ],
            ),
            footer="<p>Werkzeugprofi GmbH, 70173 Stuttgart</p>",
        ),
        None,
        "https://www.werkzeugprofi.de/akku-werkzeug/akku-bohrschrauber-18v-set",
    ),
    Case(
        "noise-tracking-pixel-id",
        full(
            lang="es",
            shop="Zapatería Sol",
            title="Sandalias de piel mujer",
            header='<a href="/">Zapatería Sol</a>',
            crumbs=["Mujer", "Sandalias"],
            gallery=["https://www.zapateriasol.es/img/sandalias-piel-1.jpg"],
            price='<span class="price">45,00 €</span>',
            buy='<button class="add-to-cart">Añadir a la cesta</button>',
            footer=(
                '<p>Zapatería Sol S.L. 41001 Sevilla</p><noscript><img height="1" width="1" style="display:none" '
                'src="https://www.facebook.com/tr?id=1234567890123456&amp;ev=PageView&amp;noscript=1"></noscript>'
                '<img src="https://px.ads.example/pixel?pid=PX-992314&amp;sku_id=tracking" width="1" height="1" alt="">'
            ),
        ),
        None,
        "https://www.zapateriasol.es/mujer/sandalias-de-piel",
    ),
    Case(
        "noise-model-year",
        full(
            lang="en-GB",
            shop="Cycle Hub",
            title="Trek Marlin 5 Gen 3 Mountain Bike",
            header='<a href="/">Cycle Hub</a><span>Call us 0161 123 4567</span>',
            crumbs=["Bikes", "Mountain Bikes"],
            gallery=["https://www.cyclehub.co.uk/images/trek-marlin-5-gen3-1.jpg"],
            price='<span class="price">£650.00</span>',
            buy='<button class="add-to-cart">Add to basket</button>',
            specs=table([("Model year", "2024"), ("Frame", "Alpha Silver Aluminium"), ("Wheel size", '29"')]),
            footer="<p>Cycle Hub Ltd, Company No. 08123456, VAT GB 123 4567 89, M1 1AE Manchester</p>",
        ),
        None,
        "https://www.cyclehub.co.uk/bikes/trek-marlin-5-gen-3",
    ),
    Case(
        "noise-bundle-contents-eans",
        full(
            lang="de",
            shop="Spielwarenwelt",
            title="Geschenkset Kreativ-Bastelbox",
            header='<a href="/">Spielwarenwelt</a>',
            crumbs=["Basteln", "Sets"],
            gallery=["https://www.spielwarenwelt.de/media/bastelbox-1.jpg"],
            price='<span class="price">39,99 €</span>',
            buy='<button class="add-to-cart">In den Warenkorb</button>',
            desc=(
                "<h3>Im Set enthalten</h3><ul><li>Faber-Castell Buntstifte 24er (EAN 4005401124245)</li>"
                "<li>Pelikan Deckfarbkasten (EAN 4012700735329)</li><li>UHU Bastelkleber (EAN 4026700462754)</li></ul>"
            ),
            footer="<p>Spielwarenwelt GmbH, 90402 Nürnberg</p>",
        ),
        None,
        "https://www.spielwarenwelt.de/basteln/geschenkset-kreativ-bastelbox",
    ),
    Case(
        "noise-company-registration-footer",
        full(
            lang="ro",
            shop="Magazin Casa",
            title="Set lenjerie de pat bumbac satinat",
            header='<a href="/">Magazin Casa</a><span>Comenzi telefonice: 0722 123 456</span>',
            crumbs=["Dormitor", "Lenjerii"],
            gallery=["https://www.magazincasa.ro/img/lenjerie-satin-1.jpg"],
            price='<span class="price">149,99 Lei</span>',
            buy='<button class="add-to-cart">Adaugă în coș</button>',
            footer="<p>SC Magazin Casa SRL, CUI RO12345678, Nr. Reg. Com. J40/1234/2015, cod poștal 010011</p>",
        ),
        None,
        "https://www.magazincasa.ro/dormitor/set-lenjerie-bumbac-satinat",
    ),
    Case(
        "noise-delivery-tracking-number-ru",
        full(
            lang="ru",
            shop="Дом и Сад",
            title="Кашпо напольное пластиковое 20 л",
            header='<a href="/">Дом и Сад</a><span>Отследить посылку: трек-номер RA123456789RU</span>',
            crumbs=["Сад", "Кашпо"],
            gallery=["https://www.domisad.ru/img/kashpo-20l-1.jpg"],
            price='<span class="price">1 290 ₽</span>',
            buy='<button class="add-to-cart">В корзину</button>',
            reviews="<p>Заказ № 552-1823 пришел целым. Индекс 630099</p>",
            footer="<p>ООО «Дом и Сад» ИНН 5406123456 ОГРН 1125476012345</p>",
        ),
        None,
        "https://www.domisad.ru/sad/kashpo-napolnoe-20l",
    ),
    Case(
        "noise-related-card-with-code-beside-real-code",
        full(
            lang="de",
            shop="Werkzeugprofi",
            title="Akku-Schlagschrauber 18V",
            header='<a href="/">Werkzeugprofi</a>',
            crumbs=["Werkzeug", "Akku-Werkzeug"],
            gallery=["https://www.werkzeugprofi.de/media/schlagschrauber-18v-1.jpg"],
            price='<span class="price">159,00 €</span>',
            buy='<button class="add-to-cart">In den Warenkorb</button>',
            related=cards(
                "Passendes Zubehör",
                [
                    (
                        "Ersatzakku 18V 4Ah",
                        "/zubehoer/akku-18v-4ah",
                        "https://www.werkzeugprofi.de/media/akku.jpg",
                        '<span class="card-sku">Art.-Nr. 440078</span><span>69,00 €</span>',
                    ),
                    (
                        "Ladegerät 18V",
                        "/zubehoer/ladegeraet-18v",
                        "https://www.werkzeugprofi.de/media/lader.jpg",
                        '<span class="card-sku">Art.-Nr. 440091</span><span>39,00 €</span>',
                    ),
                ],
            ),
            specs=table([("Art.-Nr.", "440150"), ("Spannung", "18 V"), ("Modelljahr", "2024")]),
            footer="<p>Werkzeugprofi GmbH, 70173 Stuttgart</p>",
        ),
        "440150",
        "https://www.werkzeugprofi.de/akku-werkzeug/akku-schlagschrauber-18v",
    ),
    Case(
        "noise-korean-business-numbers-no-code",
        full(
            lang="ko",
            shop="스타일샵",
            title="오버핏 코튼 셔츠 화이트",
            header='<a href="/">스타일샵</a><span>고객센터 1588-1234</span>',
            crumbs=["상의", "셔츠"],
            gallery=["https://www.styleshop.co.kr/web/product/big/202403/shirt_white.jpg"],
            price='<span class="price">39,000원</span>',
            buy='<button class="btn-cart">장바구니</button><button>구매하기</button>',
            reviews="<p>주문번호 20240301-0001234 빠른 배송</p>",
            footer="<p>상호 스타일샵 사업자등록번호 123-45-67890 통신판매업신고 제2020-서울강남-01234호 우편번호 06236</p>",
        ),
        None,
        "https://www.styleshop.co.kr/product/overfit-cotton-shirt/123/",
    ),
]


# ---- round 2 (written after reading crawler/sku.py, aimed at labels and fields it looked to lack) ------


def shop_page(
    lang: str, title: str, codes: str, url: str, *, buy: str = "", specs: str = "", desc: str = ""
) -> str:
    """A whole page of a mid-size shop of the region: hotline and postcode in the header, a spec table,
    a review, three related cards, a footer with the company's numbers."""
    return full(
        lang=lang,
        shop="Shop",
        title=title,
        header='<a href="/">Shop</a><span>+380 44 123 45 67</span><a href="/account/orders">Orders</a>',
        crumbs=["Home", "Catalogue"],
        gallery=["https://cdn.shop.example/img/product-1.jpg", "https://cdn.shop.example/img/product-2.jpg"],
        price='<span class="price">1 299</span>',
        buy=buy or '<button class="btn-buy" type="button">Buy</button>',
        codes=codes,
        specs=specs,
        desc=desc,
        reviews='<div class="review" data-id="77812"><p>5/5</p></div>',
        related=cards(
            "Related",
            [
                (n, f"/p/{n.lower()}", f"https://cdn.shop.example/img/{n.lower()}.jpg", "<span>499</span>")
                for n in ("Alpha", "Beta", "Gamma")
            ],
        ),
        footer="<p>Shop LLC, reg. no. 40123456, 01001</p>",
    )


CASES += [
    Case(
        "ukraine-rozetka-kod-tovaru",
        shop_page(
            "uk",
            "Навушники Apple AirPods Pro 2",
            '<p class="product__code">Код товару: 388361234</p>',
            "https://rozetka.com.ua/ua/apple-airpods-pro-2/p388361234/",
        ),
        "388361234",
        "https://rozetka.com.ua/ua/apple-airpods-pro-2/p388361234/",
    ),
    Case(
        "bulgaria-kod-na-produkta",
        shop_page(
            "bg",
            "Прахосмукачка Bosch BGS05A225",
            '<div class="code">Код на продукта: 100234567</div>',
            "https://www.technopolis.bg/bg/prahosmukachki/bosch-bgs05a225",
        ),
        "100234567",
        "https://www.technopolis.bg/bg/prahosmukachki/bosch-bgs05a225",
    ),
    Case(
        "lithuania-prekes-kodas",
        shop_page(
            "lt",
            "Dulkių siurblys Philips XB2125",
            '<p class="product-code">Prekės kodas: 1112233</p>',
            "https://www.pigu.lt/lt/buitine-technika/dulkiu-siurblys-philips",
        ),
        "1112233",
        "https://www.pigu.lt/lt/buitine-technika/dulkiu-siurblys-philips",
    ),
    Case(
        "estonia-tootekood-table",
        shop_page(
            "et",
            "Tolmuimeja Philips XB2125",
            "",
            "https://www.kaup24.ee/et/kodumasinad/tolmuimeja-philips",
            specs=table([("Tootekood", "PHI-XB2125-09"), ("Tootja", "Philips")]),
        ),
        "PHI-XB2125-09",
        "https://www.kaup24.ee/et/kodumasinad/tolmuimeja-philips",
    ),
    Case(
        "latvia-preces-kods",
        shop_page(
            "lv",
            "Putekļsūcējs Philips XB2125",
            '<span class="sku-line">Preces kods: 88451</span>',
            "https://www.1a.lv/p/putekļsūcējs-philips-xb2125/abc",
        ),
        "88451",
        "https://www.1a.lv/p/putekļsūcējs-philips-xb2125/abc",
    ),
    Case(
        "czech-objednaci-cislo",
        shop_page(
            "cs",
            "Vrtačka Makita HP457DWE",
            '<p class="detail-code">Objednací číslo: 6002711</p>',
            "https://www.obi.cz/vrtacky/makita-hp457dwe",
        ),
        "6002711",
        "https://www.obi.cz/vrtacky/makita-hp457dwe",
    ),
    Case(
        "spain-codigo-de-articulo",
        shop_page(
            "es",
            "Taladro Bosch PSB 500 RE",
            '<p class="ref">Código de artículo: 81945122</p>',
            "https://www.leroymerlin.es/productos/taladro-bosch-psb-500-re",
        ),
        "81945122",
        "https://www.leroymerlin.es/productos/taladro-bosch-psb-500-re",
    ),
    Case(
        "hidden-product-sku-field",
        shop_page(
            "pt-PT",
            "Cafeteira Delta Q Mini",
            "",
            "https://www.loja.example/cafeteira-delta-q-mini",
            buy=(
                '<form method="post" action="/carrinho/adicionar"><input type="hidden" name="product_sku" '
                'value="DQ-MINI-PRT"><input type="hidden" name="quantity" value="1">'
                '<button type="submit">Adicionar ao carrinho</button></form>'
            ),
        ),
        "DQ-MINI-PRT",
        "https://www.loja.example/cafeteira-delta-q-mini",
    ),
    Case(
        "russia-art-abbreviation",
        shop_page(
            "ru",
            "Дрель ударная Интерскол ДУ-13/780ЭР",
            '<span class="product-art">Арт. 435.1.0.00</span>',
            "https://www.vseinstrumenti.example/instrument/dreli/interskol-du-13-780er/",
        ),
        "435.1.0.00",
        "https://www.vseinstrumenti.example/instrument/dreli/interskol-du-13-780er/",
    ),
    Case(
        "serbia-cyrillic-sifra",
        shop_page(
            "sr",
            "Усисивач Gorenje VC1611",
            '<p class="sifra">Шифра: 50231</p>',
            "https://www.gigatron.example/proizvod/usisivac-gorenje-vc1611",
        ),
        "50231",
        "https://www.gigatron.example/proizvod/usisivac-gorenje-vc1611",
    ),
    Case(
        "poland-symbol-line",
        shop_page(
            "pl",
            "Wiertarka Bosch PSB 500 RE",
            '<p class="product-symbol">Symbol: BOS-PSB500RE</p>',
            "https://www.narzedzia.example/wiertarka-bosch-psb-500-re",
        ),
        "BOS-PSB500RE",
        "https://www.narzedzia.example/wiertarka-bosch-psb-500-re",
    ),
]

NOT_FIRE += [
    Case(
        "noise-your-order-number-de",
        shop_page(
            "de",
            "Kaffeemühle Graef CM 800",
            '<div class="last-order">Ihre letzte Bestellung · Bestellnummer: 302-4412890-1123456</div>',
            "https://www.kaffee.example/kaffeemuehle-graef-cm-800",
        ),
        None,
        "https://www.kaffee.example/kaffeemuehle-graef-cm-800",
    ),
    Case(
        "noise-coupon-code-ru",
        shop_page(
            "ru",
            "Чайник Bosch TWK 3A011",
            '<div class="promo">Код купона: SKIDKA500</div>',
            "https://www.tehnika.example/chainik-bosch-twk-3a011",
        ),
        None,
        "https://www.tehnika.example/chainik-bosch-twk-3a011",
    ),
    Case(
        "noise-order-reference-es",
        shop_page(
            "es",
            "Sartén Tefal 28 cm",
            '<div class="order-box">Ref. pedido: PED-2024-88123</div>',
            "https://www.cocina.example/sarten-tefal-28",
        ),
        None,
        "https://www.cocina.example/sarten-tefal-28",
    ),
    Case(
        "noise-postcode-label-pl",
        shop_page(
            "pl",
            "Czajnik Bosch TWK 3A011",
            '<div class="delivery">Kod pocztowy: 00-950 · dostawa jutro</div>',
            "https://www.agd.example/czajnik-bosch-twk-3a011",
        ),
        None,
        "https://www.agd.example/czajnik-bosch-twk-3a011",
    ),
]


# ---- round 3 (after the fixes above: label phrasings, a postcode widget before the code, GTIN labels) ---

ENVIO = (
    '<div class="shipping-calc"><label for="cp">Código postal:</label> <span class="cp-value">1043 CABA</span>'
    '<button type="button">Calcular envío</button></div>'
)

CASES += [
    Case(
        "argentina-postcode-widget-before-codigo",
        shop_page(
            "es-AR",
            "Heladera No Frost Whirlpool WRM54K1 443 L",
            ENVIO + '<p class="pdp-line">Código: 990125551</p>',
            "https://www.tienda.example/heladera-whirlpool-wrm54k1",
        ),
        "990125551",
        "https://www.tienda.example/heladera-whirlpool-wrm54k1",
    ),
    Case(
        "brazil-cod-do-produto",
        shop_page(
            "pt-BR",
            "Liquidificador Philips Walita RI2240",
            '<span class="product-id">Cód. do produto: 1503477</span>',
            "https://www.loja.example/liquidificador-philips-walita-ri2240",
        ),
        "1503477",
        "https://www.loja.example/liquidificador-philips-walita-ri2240",
    ),
    Case(
        "france-reference-produit",
        shop_page(
            "fr",
            "Perceuse visseuse Bosch PSR 1800 LI-2",
            '<p class="ref">Référence produit : 3165140882427-B</p>',
            "https://www.bricolage.example/perceuse-visseuse-bosch-psr-1800",
        ),
        "3165140882427-B",
        "https://www.bricolage.example/perceuse-visseuse-bosch-psr-1800",
    ),
    Case(
        "swiss-no-d-article",
        shop_page(
            "fr-CH",
            "Machine à café Jura E8",
            '<p class="article-no">N° d\'article : 7614320</p>',
            "https://www.magasin.example/fr/machine-a-cafe-jura-e8",
        ),
        "7614320",
        "https://www.magasin.example/fr/machine-a-cafe-jura-e8",
    ),
    Case(
        "dutch-productcode",
        shop_page(
            "nl",
            "Stofzuiger Miele Complete C3",
            '<dl class="ids"><dt>Productcode</dt><dd>MIE-C3-REDR</dd></dl>',
            "https://www.winkel.example/stofzuiger-miele-complete-c3",
        ),
        "MIE-C3-REDR",
        "https://www.winkel.example/stofzuiger-miele-complete-c3",
    ),
    Case(
        "japan-bracketed-shohin-bango",
        shop_page(
            "ja",
            "ステンレス 電気ケトル 1.0L",
            '<p class="item-no">【商品番号】kt-1000-bk</p>',
            "https://www.kitchen.example/item/kettle-black/",
        ),
        "kt-1000-bk",
        "https://www.kitchen.example/item/kettle-black/",
    ),
    Case(
        "japan-jan-code-only",
        shop_page(
            "ja",
            "ソニー ワイヤレスイヤホン WF-C700N",
            "",
            "https://www.denki.example/item/wf-c700n/",
            specs=table([("JANコード", "4548736132566"), ("発売日", "2023年4月21日")]),
        ),
        "4548736132566",
        "https://www.denki.example/item/wf-c700n/",
    ),
    Case(
        "allegro-ean-gtin-label-only",
        shop_page(
            "pl",
            "Kubek termiczny Contigo 470 ml",
            "",
            "https://www.sklep.example/kubek-termiczny-contigo",
            specs=table([("Stan", "Nowy"), ("EAN (GTIN)", "0840276134568"), ("Pojemność", "470 ml")]),
        ),
        "0840276134568",
        "https://www.sklep.example/kubek-termiczny-contigo",
    ),
    Case(
        "german-ean-code-label-only",
        shop_page(
            "de",
            "Thermobecher Contigo 470 ml",
            "",
            "https://www.laden.example/thermobecher-contigo",
            specs=table([("EAN-Code", "0840276134568"), ("Fassungsvermögen", "470 ml")]),
        ),
        "0840276134568",
        "https://www.laden.example/thermobecher-contigo",
    ),
    Case(
        "ozon-copy-button-inside-value-cell",
        shop_page(
            "ru",
            "Термокружка Contigo 470 мл",
            "",
            "https://www.market.example/product/termokruzhka-contigo/",
            specs=table(
                [
                    ("Артикул", '<span>1198765432</span><button type="button">Скопировать</button>'),
                    ("Объём", "470 мл"),
                ]
            ),
        ),
        "1198765432",
        "https://www.market.example/product/termokruzhka-contigo/",
    ),
    Case(
        "korea-bracket-label-sangpum-code",
        shop_page(
            "ko",
            "스테인리스 텀블러 470ml",
            '<p class="code">[상품코드] TB-470-SV</p>',
            "https://www.shop.example/goods/tumbler-470",
        ),
        "TB-470-SV",
        "https://www.shop.example/goods/tumbler-470",
    ),
]

NOT_FIRE += [
    Case(
        "noise-postcode-widget-only",
        shop_page(
            "es-AR",
            "Heladera No Frost Whirlpool WRM54K1 443 L",
            ENVIO,
            "https://www.tienda.example/heladera-whirlpool-wrm54k1",
        ),
        None,
        "https://www.tienda.example/heladera-whirlpool-wrm54k1",
    ),
    Case(
        "noise-italian-tax-code-in-buy-box",
        shop_page(
            "it",
            "Borsa in pelle",
            '<p class="seller">Venduto da Pelletteria Rossi · Codice fiscale: RSSMRA80A01H501U</p>',
            "https://www.negozio.example/borsa-in-pelle",
        ),
        None,
        "https://www.negozio.example/borsa-in-pelle",
    ),
    Case(
        "noise-placeholder-then-promo-ref",
        shop_page(
            "pl",
            "Kubek termiczny",
            '<p class="code">Kod produktu: brak</p><p class="promo">Ref. promocji: LATO-2024 (do 31.08)</p>',
            "https://www.sklep.example/kubek-termiczny",
        ),
        None,
        "https://www.sklep.example/kubek-termiczny",
    ),
    Case(
        "noise-bundle-ean-list-with-label",
        shop_page(
            "de",
            "Geschenkset Kaffee",
            "",
            "https://www.laden.example/geschenkset-kaffee",
            desc="<h3>Inhalt</h3><ul><li>EAN-Code: 4006067084492 (Bohnen 500 g)</li>"
            "<li>EAN-Code: 4006067081002 (Tasse)</li></ul>",
        ),
        None,
        "https://www.laden.example/geschenkset-kaffee",
    ),
]


# ---- must-not-fire beside the kinds fixed (written after reading crawler/sku.py) ---------------------


def small(codes: str, url: str, *, buy: str = "", related: str = "", lang: str = "pl") -> str:
    """A whole but plain shop page whose buy box holds `codes` (and `buy`, else a plain button)."""
    return full(
        lang=lang,
        shop="Sklep",
        title="Mysz bezprzewodowa Logitech MX Master 3S",
        header='<a href="/">Sklep</a><span>Infolinia 22 123 45 67</span>',
        crumbs=["Akcesoria", "Myszki"],
        gallery=["https://cdn.sklep.example/img/mx-master-3s-1.jpg"],
        price='<span class="price">449,00 zł</span>',
        buy=buy or '<button class="add-to-cart">Dodaj do koszyka</button>',
        codes=codes,
        related=related,
        footer="<p>Sklep sp. z o.o., 00-001 Warszawa, NIP 5250001234</p>",
    )


XKOM = "https://www.x-kom.pl/p/mysz-logitech-mx-master-3s.html"
SIZES = (
    '<form method="post" action="/koszyk"><select name="variant"><option value="">Wybierz rozmiar</option>'
    '<option value="1" data-sku="MXM3S-S">S</option><option value="2" data-sku="MXM3S-M">M</option></select>'
    '<button type="submit">Dodaj do koszyka</button></form>'
)
RADIOS = (
    '<form method="post" action="/koszyk"><label><input type="radio" name="s" data-sku="MXM3S-S">S</label>'
    '<label><input type="radio" name="s" data-sku="MXM3S-M">M</label><button>Dodaj do koszyka</button></form>'
)
QUICK_ADD = cards(
    "Polecane",
    [
        (
            name,
            f"/p/{slug}",
            f"https://cdn.sklep.example/img/{slug}.jpg",
            f'<form class="quick-add"><label><input type="radio" name="q-{slug}" data-sku="{code}" checked>'
            f"{size}</label><button>Do koszyka</button></form><span>{price}</span>",
        )
        for name, slug, code, size, price in [
            ("Podkładka pod mysz", "podkladka-xl", "PAD-XL1", "XL", "59 zł"),
            ("Etui na mysz", "etui-mysz", "ETUI-M2", "M", "49 zł"),
            ("Klawiatura MX Keys", "mx-keys", "MXK-PL3", "PL", "499 zł"),
        ]
    ],
)
CODE_CARDS = cards(
    "Polecane",
    [
        (
            name,
            f"/p/{slug}",
            f"https://cdn.sklep.example/img/{slug}.jpg",
            f'<span class="card-code">Kod x-kom: {code}</span><span>{price}</span>',
        )
        for name, slug, code, price in [
            ("Podkładka pod mysz", "podkladka-xl", "1055555", "59 zł"),
            ("Etui na mysz", "etui-mysz", "1055612", "49 zł"),
            ("Klawiatura MX Keys", "mx-keys", "1044987", "499 zł"),
        ]
    ],
)

NOT_FIRE += [
    # a label naming the shop's own code (`sku._shop_named_code`)
    Case(
        "shop-named-coupon-after-name",
        small('<div class="promo">x-kom code: XKOM10 — 10% taniej</div>', XKOM),
        None,
        XKOM,
    ),
    Case("shop-named-label-in-related-cards", small("", XKOM, related=CODE_CARDS), None, XKOM),
    Case(
        "shop-named-label-other-shop-name",
        small('<p class="codes">Kod morele: 7781234</p><p>Kod producenta: 910-006559</p>', XKOM),
        "910-006559",
        XKOM,
    ),
    Case(
        "shop-named-label-after-shop-sku-label",
        small("<p>Kod produktu: MX3S-GR</p><p>Kod x-kom: 1044312</p>", XKOM),
        "MX3S-GR",
        XKOM,
    ),
    # a variant selector's chosen option (`sku._chosen_variant`)
    Case(
        "variant-select-none-selected",
        small("", "https://sklep.example/p/mysz", buy=SIZES),
        None,
        "https://sklep.example/p/mysz",
    ),
    Case(
        "variant-radio-none-checked",
        small("", "https://sklep.example/p/mysz", buy=RADIOS),
        None,
        "https://sklep.example/p/mysz",
    ),
    Case(
        "variant-radio-checked-in-related-cards",
        small("", "https://sklep.example/p/mysz", related=QUICK_ADD),
        None,
        "https://sklep.example/p/mysz",
    ),
    Case(
        "variant-selected-beside-shown-parent-sku",
        small(
            '<p class="product-sku">SKU: MXM3S</p>',
            "https://sklep.example/p/mysz",
            buy=SIZES.replace('data-sku="MXM3S-M">', 'data-sku="MXM3S-M" selected>'),
        ),
        "MXM3S",
        "https://sklep.example/p/mysz",
    ),
    # the Vietnamese "Mã SP" label
    Case(
        "vietnamese-coupon-code-label",
        small(
            '<div class="coupon">Mã giảm giá: TGDD50 <button>Sao chép</button></div>',
            "https://shop.example/dtdd/a35",
            lang="vi",
        ),
        None,
        "https://shop.example/dtdd/a35",
    ),
    # Mercado Libre's site-prefixed id in the URL (`sku._SITE_ID_HEAD`)
    Case(
        "url-lowercase-words-and-date-head",
        small("", "https://shop.example/collections/men-20240512-drop"),
        None,
        "https://shop.example/collections/men-20240512-drop",
    ),
    Case(
        "url-site-id-beside-shown-code",
        small(
            "<p>Código: 990136735</p>",
            "https://articulo.mercadolibre.com.ar/MLA-1389457210-mate-_JM",
            lang="es",
        ),
        "990136735",
        "https://articulo.mercadolibre.com.ar/MLA-1389457210-mate-_JM",
    ),
]

KAFFEE = "https://www.kaffee.example/kaffeemuehle-graef-cm-800"
NOT_FIRE += [
    # the order words before a labelled value (`sku._no_order`)
    Case(
        "order-words-elsewhere-bestell-nr-stays",
        shop_page(
            "de",
            "Kaffeemühle Graef CM 800",
            '<p class="order-code">Bestell-Nr.: 1234567</p>'
            '<p class="delivery">Bestellung bis 14 Uhr, Versand noch heute</p>',
            KAFFEE,
        ),
        "1234567",
        KAFFEE,
    ),
    Case(
        "order-words-after-code-in-line-stay",
        shop_page(
            "de",
            "Kaffeemühle Graef CM 800",
            '<p class="facts">Art.-Nr. GR-CM800 · Bestellung bis 14 Uhr, Versand heute</p>',
            KAFFEE,
        ),
        "GR-CM800",
        KAFFEE,
    ),
    # the Polish "Symbol" / "Indeks" labels only before a colon
    Case(
        "polish-index-words-of-a-tyre",
        shop_page(
            "pl",
            "Opona Michelin Primacy 4 205/55 R16",
            "",
            "https://www.opony.example/michelin-primacy-4-205-55-r16",
            specs=table([("Indeks nośności", "91"), ("Indeks prędkości", "V"), ("Symbol homologacji", "MO")]),
        ),
        None,
        "https://www.opony.example/michelin-primacy-4-205-55-r16",
    ),
    # hidden fields named for a code (`sku._HIDDEN_FIELDS`) in related cards' quick-add forms
    Case(
        "hidden-sku-fields-in-related-cards",
        full(
            lang="pt-PT",
            shop="Loja",
            title="Cafeteira Delta Q Mini",
            header='<a href="/">Loja</a>',
            crumbs=["Casa", "Cafeteiras"],
            gallery=["https://www.loja.example/img/delta-q-mini.jpg"],
            price='<span class="price">59,99 €</span>',
            buy='<button class="add-to-cart">Adicionar ao carrinho</button>',
            related=cards(
                "Também pode gostar",
                [
                    (
                        n,
                        f"/{slug}",
                        f"https://www.loja.example/img/{slug}.jpg",
                        f'<form action="/carrinho/adicionar" method="post"><input type="hidden" name="product_sku" '
                        f'value="{code}"><button>Adicionar</button></form><span class="price">9,99 €</span>',
                    )
                    for n, slug, code in [
                        ("Cápsulas Delta Q", "capsulas", "DQ-CAP-40"),
                        ("Descalcificante", "descalc", "DQ-DESC-1"),
                        ("Chávena Delta", "chavena", "DQ-CHV-2"),
                    ]
                ],
            ),
        ),
        None,
        "https://www.loja.example/cafeteira-delta-q-mini",
    ),
]

NOT_FIRE += [
    # brackets around a label (`sku._SKU_LABEL`)
    Case(
        "noise-bracketed-promo-japanese",
        shop_page(
            "ja",
            "ステンレス 電気ケトル 1.0L",
            '<p class="badge">【送料無料】【あす楽】本日15時まで当日発送 2024</p>',
            "https://www.kitchen.example/item/kettle-white/",
        ),
        None,
        "https://www.kitchen.example/item/kettle-white/",
    ),
    # the longer names of French item numbers beside a maker's reference
    Case(
        "france-reference-produit-beside-fabricant",
        shop_page(
            "fr",
            "Airfryer Philips XXL",
            "<p>Référence fabricant : HD9650/90</p><p>Référence produit : 1187411</p>",
            "https://www.electro.example/airfryer-philips-xxl",
        ),
        "1187411",
        "https://www.electro.example/airfryer-philips-xxl",
    ),
    # GTIN labels (`sku._GTIN_LABEL`): a bundle's contents, each with its own EAN
    Case(
        "noise-bundle-ean-code-lines",
        shop_page(
            "de",
            "Geschenkset Kaffee",
            "",
            "https://www.laden.example/geschenkset-kaffee-2",
            desc="<h3>Inhalt</h3><ul><li><span>EAN-Code:</span> <span>4006067084492</span></li>"
            "<li><span>EAN-Code:</span> <span>4006067081002</span></li></ul>",
        ),
        None,
        "https://www.laden.example/geschenkset-kaffee-2",
    ),
]


@pytest.mark.parametrize("case", case_params(CASES))
def test_sku(case: Case) -> None:
    got = extract_product(case.html, case.url)
    assert got is not None
    assert got.get("sku") == case.want


@pytest.mark.parametrize("case", case_params(NOT_FIRE))
def test_sku_not_fire(case: Case) -> None:
    got = extract_product(case.html, case.url)
    assert got is not None
    assert got.get("sku") == case.want
