"""Brand review 7 (issue 14): the brand a listing claims on product pages WITHOUT structured data, aimed at
ways of claiming (or disclaiming) a brand the earlier reviews (test_brand_review, 3, 4, 5, 6, their XFAIL and
"left" notes, test_market_pages_probe's brand batch) did not write, in the issue's markets (Amazon .de / .fr /
.it / .co.uk, Taiwan: momo, PChome, Shopee, Yahoo; Korea: Coupang, Gmarket, 11st; Kazakhstan: Kaspi, Ozon.kz;
Argentina: Mercado Libre, Garbarino; Slovenia: Mimovrste, Bolha; Croatia: eKupi, Njuškalo) and where
counterfeits are sold (eBay .com / .co.uk / .de / .it, AliExpress, Temu, DHgate, Wish, Joom):

1. the EU's product-safety sections (GPSR, on Amazon's and eBay's EU pages since December 2024):
   "Herstellerinformationen" / "Manufacturer information" / "Informations sur le fabricant" / "Informazioni
   sul produttore" naming a company with its postal address and e-mail, and the "Verantwortliche Person in der
   EU" / "Responsible person in the EU" (an importer, a compliance service, Amazon EU S.à r.l.). Decision: the
   block names the legal entity the law asks for (a trading company as often as a maker), not a brand the
   listing claims; where the page has a brand row or byline, that is the claim, and the block must not change
   it; where it has none, the brand is None;
2. the markets' words for "no brand", "other" and "aftermarket" where the brand goes: Mercado Libre's
   "Alternativa" / "Alternativo" (Argentina's word for a non-original part), Ozon's "Нет бренда", Kaspi's
   "NoName", Njuškalo's "Bez marke", Bolha's "Drugo" ("other"), Shopee's "非原廠" ("not the original
   maker"), Yahoo's "無", Gmarket's "없음" ("none"), eBay Motors' "Aftermarket Products", eBay UK's
   "Unbranded/Generic", AliExpress's "NONE"; all None;
3. notes in brackets before the brand's bracket: "【公司貨】" (officially imported), "【原廠公司貨】",
   "【正品現貨】" (genuine, in stock), "【官方直營】" (run by the brand), "[정품]" (genuine), "[해외직구]"
   (overseas direct purchase), "[당일발송]" (same-day dispatch);
4. brand links whose path names brands in the markets' languages: Ozon's "/brand/xiaomi-32686750/" (name,
   then id), "/marchi/" (it), "/proizvodjac/" (hr), "/marca/" (es, singular), "/blagovna-znamka/" (sl,
   singular), each over a title not opening with the brand;
5. "brand name" labels of Amazon's item details: "Markenname", "Nom de marque", "Nome del marchio", "Brand
   Name", on pages without a byline;
6. shops of many makers that claim no brand (Temu's "Official Shop" of a seller, DHgate's "Designer" wording,
   Wish, Joom, a Kaspi case "для iPhone 15", eBay.de's "Kompatible Marke | Für Makita" alone): None.

Written before reading crawler/heuristics/brands.py. First look at c38efce (brands.py as at 5faa840; 40 pages:
30 cases, 10 must-not-fire): 12 failed (12 of 30 cases, 0 of 10 must-not-fire; one page written as
must-not-fire, eBay.de's "Kompatible Marke" alone, failed and is a case now):

- no-brand values read as the brand: "Alternativa", "Alternativo", "Drugo", "非原廠", "없음", "Aftermarket
  Products", "Unbranded/Generic", 7;
- labels unread (None): "Markenname", "Nom de marque", "Nome del marchio", 3 ("Brand Name" passed);
- eBay's own name read as the house of eBay.de pages naming no brand, whose seller card says "99,2 % positive
  Bewertungen" (German: comma, space before "%"; eBay UK's "99.1% positive feedback" passed), 2.

Passed at first look: the GPSR blocks beside a brand row or byline (3) and the UK page with no brand row; the
bracket notes (7 of 7); the brand paths (5 of 5, but through the links' brand-named classes: round 4 probes the
paths themselves); "Нет бренда", "NoName", "Bez marke", "NONE", and "無" (by its length alone: one character);
the many-makers pages.

Fixed as kinds in crawler/heuristics/brands.py (every must-not-fire page below passes with 5faa840's brands.py,
checked by loading it in place of the current one in one process; every "r2-" to "r4-" case failed with it):

- `_NO_BRAND` reads "none" and "other" alone in the markets' languages ("없음", "해당 없음", "無", "无", "Drugo",
  "Другое", "Прочее", "Нет", "Басқа", "Жоқ", "Sonstige", "Altro", "Outro") and "aftermarket" words
  ("Alternativo" / "Alternativa", "Aftermarket Products", "Zamiennik", "Аналог", "非原廠", "副廠", "비정품",
  "Adaptable", "Zamjenski"); `no_brand` reads placeholders joined by "/", "|", "," or "or" ("Unbranded/Generic";
  not "AC/DC");
- `_BRAND_LABEL` reads the "brand name" labels ("Markenname", "Nom de marque", "Nome del marchio", "Nombre de la
  marca", ...);
- `_SELLER_LINE` reads eBay's feedback score in its other sites' words ("99,2 % positive Bewertungen", "99,5 %
  d'évaluations positives", "99,6% di feedback positivi", "de votos positivos"), with one decimal or 100 % (a
  maker's shop's "96 % positive Bewertungen" is its reviews): the marketplace's own name is then no house.

Round 2 (14 pages, "r2-*", written after reading the code): 8 aimed cases, all failing before: a shop's
product-safety section written as rows ("Hersteller | Ningbo Kaiyue Electric Appliance Co., Ltd.", read as the
brand; placed before the "Marke | Bosch" row, "BSH Hausgeräte GmbH" read over it), eBay.fr's and eBay.it's feedback
lines (eBay read as the house), "Sonstige", Allegro's "Producent części | Zamiennik" (read "części": the label
cell's own qualifier taken for the value), "Аналог", "Genérica/Alternativa". Fixed: brand labels inside a
product-safety section (`_safety_party`: an ancestor named "gpsr" / "product-safety", or headed "Produktsicherheit",
"Product safety", "Sécurité du produit", "Sicurezza del prodotto", "Verantwortliche Person ...", ...) are passed
over (`labelled`'s new `skip`); a label cell holding the label's word and a lower-case qualifier ("Producent
części") takes its value from the next cell (`labelled`'s new `qualified`, `_qualified_label_cell`; brand callers
only, so sku labels read as before). 6 must-not-fire pages: "Altra", "無印良品", "Alternative Apparel", "AC/DC", a
"Markenname und Logo ..." sentence, a maker's shop's "96 % positive Bewertungen".

Round 3 (9 pages, "r3-*"): 4 aimed cases failing before: Allegro's "Producent części | Bosch" ("części"), "Marka
pojazdu | Volkswagen" ("pojazdu": the make of the car a part fits), Mercado Libre's "Marca del vehículo | Ford"
before "Marca | Mahle" ("del vehículo"), an eBay.de safety block of "Hersteller: ..." lines. Fixed: `_BRAND_LABEL`
is no label before a vehicle word ("pojazdu", "samochodu", "vozila", "автомобил", "vehicle", "car", "Fahrzeug",
"del vehículo", "du véhicule", "차량", ...). 5 must-not-fire pages: "Marke: Bosch" and "Farbe: Blau" in one row's
cells, a "Safety features" heading over a brand row, "Carhartt", a responsible-person line beside a brand row,
Ozon's "Марка автомобиля" before "Бренд" (it passed before: "Марка" alone is no label).

Round 4 (9 pages, "r4-*": plain links and crumbs to brand listings, no brand-named class): 4 of 5 aimed cases
failed before: "/online/marchi/ninja" (Unieuro's own name read as the house), "/hr/proizvodjaci/bosch",
"/blagovna-znamka/gorenje" (None), a "Hersteller" crumb before "Bosch" (the DIY shop's name read); Technodom's
Kazakh "Брендтер" crumb passed (its link's "/kk/brands/samsung"). A page written as must-not-fire, a DIY shop with
a "Hersteller" menu entry and no brand, failed before (its name read as the house: test_brand_review6's left
CampSaver kind) and is a case. Fixed: `_BRAND_PATH` reads "/marchi/", "/proizvodjaci/", "/proizvođač/" (not
"/proizvod/", a product), "/blagovna-znamka/", "/proizvajalci/", "/brendy/", "/brendter/", ...; `_BRANDS_CRUMB` and
a new `_MAKERS_LINK` (links only) read "Hersteller", "Manufacturers", "Marchi", "Proizvođači", "Производители",
"Брендтер", ...: not `_BRANDS_MENU`, which also reads headings: a maker's own shop heads its GPSR address
"Hersteller" (must-not-fire page). 3 must-not-fire pages.

Round 5 (11 pages, "r5-*"): 5 of 6 aimed cases failed before: a labelled brand in a seller's running text, read
whole or lost ("Marka: Nike, veličina 42, nošene dva puta." read whole; "Бренд: Nike, размер 42, носил пару раз.
Торг уместен." and Kleinanzeigen's "Marke: Adidas, Größe 44, kaum getragen. Abholung ..." (over 80 characters)
unread, the latter reading "Kleinanzeigen" as the house), Zen Cart's "Manufactured by: Stone Island" (None: the
lead's test_fake_shop_pages Moncler page, strict xfail for its title too), Kleinanzeigen's own name read as the
house of an ad without a brand whose user card says "Privater Nutzer"; OLX's "Частное лицо" page passed. Fixed:
brand callers give `labelled` a `trim` (`_before_other_fields`: a value written in the label's own text, of one
to three words before a comma that two or more words follow, is cut there; "Samsung Electronics Co., Ltd." and
"BSH Hausgeräte GmbH, München" stay whole), and with it a text of 81-300 characters is read when the label and a
colon open it and the cut value opens with no lower-case letter (a first form, cutting any value before any comma,
broke two earlier must-not-fire cases: test_brand_labels_north's "Merke: Nicht in der Waschmaschine waschen, bitte
von Hand." and test_brand_review5's ASOS "Brand" blurb "Hitting the pavement since 1972, Nike is ..." read after
the heading; narrowed to the form above before committing);
`_BRAND_LABEL` reads "Manufactured by" before a colon; `_SELLER_LINE` reads classifieds' seller kinds as whole lines
("Privater Nutzer", "Gewerblicher Nutzer", "Private seller", "Частное лицо", "Жеке тұлға", "Privatni oglašivač",
"Zasebna oseba", ...). 5 must-not-fire pages: "Manufactured by hand in Portugal", "BSH Hausgeräte GmbH, München",
Mercado Libre's "Marca: consultar disponibilidad, colores y talles ...", eBay's "Brand new, never worn, ..." opening
a long description, a maker's shop's "Privater Nutzer? Jetzt Kundenkonto anlegen".

Round 6 (8 pages, "r6-*"): 5 of 5 aimed cases failed before: "see the description" / "as pictured" where the brand
goes, read as the brand (eBay.de's "siehe Beschreibung", eBay.it's "Vedi descrizione", Shopee's "詳見商品描述",
Ruten's "如圖"), and AliExpress's EU maker rows ("Manufacturer name | Shenzhen Lianke Technology Co., Ltd.",
"Manufacturer address", "Manufacturer email") read as "name". Fixed: `_NO_BRAND` reads "see the description" and
"as pictured" in the markets' languages ("siehe Beschreibung", "Vedi descrizione", "voir description", "Ver
descripción", "glej opis", "vidi opis", "см. описание", "詳見商品描述", "請參考商品說明", "如圖", "As pictured",
"As shown"); `_BRAND_LABEL` is no label before the maker's contact words ("name", "address", "Adresse", "Anschrift",
"e-mail", "phone", "Kontakt", "indirizzo", "dirección", "adresa", "naslov", "адрес", "주소", "地址"; "Brand name"
is read whole before that). 3 must-not-fire pages: "如新" (Nu Skin), AliExpress's "Brand Name | UGREEN" before the
maker rows, "Hersteller | Sony" before "Hersteller-Adresse".

Round 7 (3 pages, "r7-*", Naver smartstore's 상품정보 제공고시): 2 of 2 aimed cases failed before: the notice's
"shown in the detail description" in the maker rows read as the brand ("제조사 | 상세설명에 표시", "제조자 |
상세페이지에 표기"). Fixed: `_NO_BRAND` reads "상세설명에 표시", "상세페이지에 표기", "상세정보 별도표기", ... (as it
read "상세페이지 참조"). Must not fire: "제조사 | 한샘" beside an "A/S 안내 | 상세설명에 표시" row.

In all 94 pages: 62 cases, 32 must-not-fire. Left: nothing as a strict xfail. Not probed: a Korean name with its Latin one in brackets ("나이키(NIKE)": which to
keep is a decision, not a kind), "Neutral" (AliExpress's "no brand", but also Unilever's detergent brand).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import carries_structured_data, case_params


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    brand: str | None


CASES: list[Case] = []
MUST_NOT_FIRE: list[Case] = []


def add(id: str, url: str, html: str, brand: str | None) -> None:
    CASES.append(Case(id, url, html, brand))


def quiet(id: str, url: str, html: str, brand: str | None) -> None:
    MUST_NOT_FIRE.append(Case(id, url, html, brand))


def doc(title: str, body: str, lang: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<link rel='stylesheet' href='/static/css/main.min.css'></head>"
        f"<body>{body}<script src='/static/js/bundle.min.js' defer></script></body></html>"
    )


def slug(text: str) -> str:
    return "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in text.lower()).strip("-") or "item"


def rows_table(rows: tuple[tuple[str, str], ...], cls: str = "spec-table") -> str:
    return (
        f"<table class='{cls}'><tbody>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        + "</tbody></table>"
    )


def cards(host: str, items: tuple[tuple[str, str], ...], brand_lines: bool = False) -> str:
    """Related-product cards of other products (other makers' where the page shows them)."""
    out = []
    for i, (t, p) in enumerate(items, 1):
        brand = f"<div class='card-brand'>{t.split()[0]}</div>" if brand_lines else ""
        out.append(
            f"<li class='product-card'><a href='/p/{slug(t)[:40]}-{i}'><img src='https://img.{host}/thumb/{i}{i}0{i}.jpg' "
            f"alt='{t}' loading='lazy'>{brand}<span class='card-title'>{t}</span></a><span class='card-price'>{p}</span></li>"
        )
    return "<ul class='product-carousel'>" + "".join(out) + "</ul>"


# ---- Amazon (.de / .fr / .it / .co.uk / .com): buy box, overview, item details, product safety -------------


AMAZON_WORDS = {
    "de": (
        "Alle",
        "Bestseller",
        "Angebote des Tages",
        "Kundenservice",
        "In den Einkaufswagen",
        "Jetzt kaufen",
        "Produktinformationen",
        "Kundenrezensionen",
        "Ähnliche Artikel",
        "Versand durch Amazon",
    ),
    "fr": (
        "Toutes",
        "Meilleures ventes",
        "Ventes Flash",
        "Service Client",
        "Ajouter au panier",
        "Acheter cette option",
        "Informations sur le produit",
        "Commentaires client",
        "Produits similaires",
        "Expédié par Amazon",
    ),
    "it": (
        "Tutte",
        "Bestseller",
        "Offerte",
        "Servizio Clienti",
        "Aggiungi al carrello",
        "Compra ora",
        "Informazioni sul prodotto",
        "Recensioni clienti",
        "Prodotti correlati",
        "Spedito da Amazon",
    ),
    "en": (
        "All",
        "Best Sellers",
        "Today's Deals",
        "Customer Service",
        "Add to Basket",
        "Buy Now",
        "Product information",
        "Customer reviews",
        "Products related to this item",
        "Dispatched from Amazon",
    ),
}


def amazon(
    *,
    host: str,
    lang: str,
    asin: str,
    title: str,
    price: str,
    byline: str = "",
    overview: tuple[tuple[str, str], ...] = (),
    details: tuple[tuple[str, str], ...] = (),
    safety: str = "",
    bullets: tuple[str, ...] = (),
    reviews: tuple[str, ...] = (),
    related: tuple[tuple[str, str], ...] = (),
    crumbs: tuple[str, ...] = (),
) -> tuple[str, str]:
    """An Amazon product page as served to a browser (no structured data): nav belt and department
    menu, the crumbs, the image block, the centre column (title, byline, price, overview table, "About
    this item" bullets), the buy box, the product information table, the product-safety section
    (GPSR, since Dec 2024 in the EU stores), reviews, a sponsored carousel of other brands' products and
    the footer."""
    w = AMAZON_WORDS["en" if lang.startswith("en") else lang[:2]]
    url = f"https://{host}/{slug(title)[:50]}/dp/{asin}"
    ov = (
        "<div id='productOverview_feature_div'><table class='a-normal a-spacing-micro'>"
        + "".join(
            f"<tr class='a-spacing-small'><td class='a-span3'><span class='a-size-base a-text-bold'>{k}</span></td>"
            f"<td class='a-span9'><span class='a-size-base po-break-word'>{v}</span></td></tr>"
            for k, v in overview
        )
        + "</table></div>"
        if overview
        else ""
    )
    det = (
        f"<div id='prodDetails'><h2>{w[6]}</h2><table id='productDetails_techSpec_section_1' class='a-keyvalue prodDetTable'>"
        + "".join(
            f"<tr><th class='a-color-secondary a-size-base prodDetSectionEntry'>{k}</th>"
            f"<td class='a-size-base prodDetAttrValue'>{v}</td></tr>"
            for k, v in details
        )
        + "</table></div>"
    )
    bl = (
        "<div id='feature-bullets'><ul class='a-unordered-list a-vertical'>"
        + "".join(f"<li><span class='a-list-item'>{b}</span></li>" for b in bullets)
        + "</ul></div>"
    )
    rv = "".join(
        f"<div class='a-section review'><span class='a-icon-alt'>4,0 von 5 Sternen</span>"
        f"<span class='review-text-content'><span>{r}</span></span></div>"
        for r in reviews
    )
    cr = "".join(
        f"<li><span class='a-list-item'><a class='a-link-normal a-color-tertiary' href='/b/{slug(c)}'>{c}</a></span></li><li class='a-breadcrumb-divider'>›</li>"
        for c in crumbs
    )
    rel = "".join(
        f"<li class='a-carousel-card'><div class='sp_detail'><a href='/sspa/click?p={i}'><img src='https://m.media-amazon.com/images/I/7{i}xyzAB{i}L._AC_SR160,160_.jpg' alt='{t}'>"
        f"<div class='sponsored-products-truncator-truncated'>{t}</div></a><span class='a-price'><span class='a-offscreen'>{p}</span></span></div></li>"
        for i, (t, p) in enumerate(related, 1)
    )
    body = (
        "<header id='navbar-main'><div id='nav-logo'><a href='/ref=nav_logo' class='nav-logo-link' aria-label='Amazon'>"
        "<span class='nav-sprite nav-logo-base'></span></a></div>"
        f"<form id='nav-search-bar-form'><select><option>{w[0]}</option></select><input id='twotabsearchtextbox' name='field-keywords'></form>"
        f"<div id='nav-main'><a href='/gp/bestsellers'>{w[1]}</a> <a href='/deals'>{w[2]}</a> <a href='/gp/help/customer'>{w[3]}</a></div></header>"
        f"<div id='wayfinding-breadcrumbs_feature_div'><ul class='a-unordered-list a-horizontal'>{cr}</ul></div>"
        "<div id='dp-container'><div id='imageBlock'><div id='imgTagWrapperId'>"
        f"<img id='landingImage' src='https://m.media-amazon.com/images/I/71{asin[-5:]}L._AC_SX679_.jpg' alt='{title}'></div>"
        f"<ul id='altImages'><li><img src='https://m.media-amazon.com/images/I/41{asin[-5:]}L._AC_US40_.jpg' alt=''></li></ul></div>"
        "<div id='centerCol'><div id='title_feature_div'><h1 id='title' class='a-size-large a-spacing-none'>"
        f"<span id='productTitle' class='a-size-large product-title-word-break'>{title}</span></h1></div>"
        f"<div id='bylineInfo_feature_div'>{byline}</div>"
        f"<div id='corePrice_feature_div'><span class='a-price aok-align-center'><span class='a-offscreen'>{price}</span>"
        f"<span aria-hidden='true'>{price}</span></span></div>"
        f"{ov}{bl}</div>"
        "<div id='rightCol'><div id='buybox'><div id='availability'><span class='a-size-medium a-color-success'>"
        + (
            "Auf Lager"
            if lang.startswith("de")
            else "En stock"
            if lang.startswith("fr")
            else "Disponibilità immediata"
            if lang.startswith("it")
            else "In stock"
        )
        + "</span></div>"
        f"<span class='a-button a-button-primary'><input id='add-to-cart-button' type='submit' value='{w[4]}'></span>"
        f"<span class='a-button'><input id='buy-now-button' type='submit' value='{w[5]}'></span>"
        f"<div id='merchantInfoFeature_feature_div'>{w[9]}</div></div></div></div>"
        f"{det}"
        f"{safety}"
        f"<div id='reviewsMedley'><h2>{w[7]}</h2>{rv}</div>"
        f"<div id='sp_detail'><h2>{w[8]}</h2><ol class='a-carousel'>{rel}</ol></div>"
        "<footer id='navFooter'><a href='/gp/help/customer/display.html'>Hilfe</a> © 1996-2025, Amazon.com, Inc. oder Tochtergesellschaften</footer>"
    )
    return url, doc(f"{title} : Amazon.{host.split('amazon.')[-1]}", body, lang)


def amazon_safety(heading: str, blocks: tuple[tuple[str, str], ...]) -> str:
    """Amazon's product-safety section (GPSR): headed blocks ('Manufacturer information', 'Responsible
    person in the EU'), each a company's name, postal address and contact lines."""
    return (
        f"<div id='productSafety_feature_div' class='a-section'><h2>{heading}</h2>"
        + "".join(
            f"<div class='a-section a-spacing-small'><h3 class='a-text-bold'>{h}</h3>"
            f"<div class='a-section gpsr-entity'>{v}</div></div>"
            for h, v in blocks
        )
        + "</div>"
    )


def lines(*parts: str) -> str:
    return "".join(f"<span class='a-size-base'>{p}</span><br>" for p in parts)


# ---- eBay (.com / .co.uk / .de / .it): item specifics, product-safety section, seller card -------------


def ebay(
    *,
    host: str,
    lang: str,
    item: str,
    title: str,
    price: str,
    buy: str,
    specifics_head: str,
    specifics: tuple[tuple[str, str], ...],
    seller: str,
    feedback: str,
    safety: str = "",
    desc: str = "",
    related_head: str = "",
    related: tuple[tuple[str, str], ...] = (),
) -> tuple[str, str]:
    """An eBay item page: the global header, category crumbs, the picture panel, the title and price, the
    buy buttons, the seller card with its feedback score, the item specifics in ux-labels-values rows,
    the product-safety block (GPSR), the seller's description iframe stand-in, "similar items" cards."""
    url = f"https://{host}/itm/{item}"
    sp = "".join(
        "<div class='ux-layout-section-evo__col'><dl class='ux-labels-values'>"
        f"<dt class='ux-labels-values__labels'><div class='ux-labels-values__labels-content'><span class='ux-textspans'>{k}</span></div></dt>"
        f"<dd class='ux-labels-values__values'><div class='ux-labels-values__values-content'><span class='ux-textspans'>{v}</span></div></dd>"
        "</dl></div>"
        for k, v in specifics
    )
    body = (
        "<header id='gh'><a id='gh-logo' href='https://www.ebay.com'><img src='https://ir.ebaystatic.com/logo.svg' alt='eBay Home'></a>"
        "<form id='gh-f'><input id='gh-ac' name='_nkw'><button id='gh-btn'>Search</button></form>"
        "<ul id='gh-topl'><li><a href='/deals'>Daily Deals</a></li><li><a href='/help'>Help &amp; Contact</a></li></ul></header>"
        "<nav class='breadcrumbs'><ul><li><a href='/b/Home-Garden/11700'>Home &amp; Garden</a></li>"
        "<li><a href='/b/Kitchen/20625'>Kitchen</a></li></ul></nav>"
        "<div class='vim x-evo-atf-left-river'><div class='ux-image-carousel'>"
        f"<img src='https://i.ebayimg.com/images/g/{item[-4:]}AAOSw{item[:3]}/s-l1600.jpg' alt='{title}'></div></div>"
        "<div class='vim x-evo-atf-right-river'><div class='x-item-title'><h1 class='x-item-title__mainTitle'>"
        f"<span class='ux-textspans ux-textspans--BOLD'>{title}</span></h1></div>"
        f"<div class='x-price-primary'><span class='ux-textspans'>{price}</span></div>"
        f"<div class='x-bin-action'><a class='ux-call-to-action fake-btn fake-btn--primary' href='/bin/{item}'><span class='ux-call-to-action__text'>{buy}</span></a></div>"
        "<div class='x-sellercard-atf'><div class='x-sellercard-atf__info__about-seller'>"
        f"<a href='/str/{slug(seller)}'><span class='ux-textspans ux-textspans--BOLD'>{seller}</span></a></div>"
        f"<div class='x-sellercard-atf__data-item'><span class='ux-textspans'>{feedback}</span></div></div></div>"
        f"<div id='viTabs_0_is' class='ux-layout-section-evo'><h2 class='ux-section-header'>{specifics_head}</h2>{sp}</div>"
        f"{safety}"
        f"<div id='desc_wrapper_ctr'><div class='x-item-description-child'>{desc}</div></div>"
        f"<div class='x-similar-items'><h2>{related_head}</h2>{cards(host, related)}</div>"
        "<footer id='glbfooter'>Copyright © 1995-2025 eBay Inc. All Rights Reserved.</footer>"
    )
    return url, doc(f"{title} | eBay", body, lang)


def ebay_safety(heading: str, blocks: tuple[tuple[str, str], ...]) -> str:
    """eBay's product-safety section: 'Manufacturer information' / 'Herstellerinformationen' and the EU
    responsible person, each a name, an address and an e-mail."""
    return (
        f"<div class='x-about-this-item-gpsr ux-layout-section-evo'><h2 class='ux-section-header'>{heading}</h2>"
        + "".join(
            f"<div class='ux-layout-section-module'><h3 class='ux-textspans ux-textspans--BOLD'>{h}</h3>"
            f"<div class='ux-textspans ux-textspans--SECONDARY'>{v}</div></div>"
            for h, v in blocks
        )
        + "</div>"
    )


# ---- a generic market site: header, menu, crumbs, gallery, buy box, spec block, reviews, cards, footer -----


def shop_page(
    *,
    host: str,
    path: str,
    lang: str,
    shop: str,
    doc_title: str,
    title: str,
    price: str,
    buy: str,
    menu: tuple[str, ...],
    crumbs: tuple[tuple[str, str], ...],
    near: str = "",
    seller: str = "",
    spec_head: str = "",
    specs: tuple[tuple[str, str], ...] = (),
    spec_form: str = "table",
    desc: str = "",
    reviews: tuple[str, ...] = (),
    related_head: str = "",
    related: tuple[tuple[str, str], ...] = (),
    footer: str = "",
) -> tuple[str, str]:
    """A shop's or marketplace's product page: the shop's logo and category menu, a search form, the
    crumbs, the gallery, the product block (`near` above the title: a brand link or logo where the site
    shows one; title, price, buy button, `seller` box), the spec block (`spec_form` table / dl / list),
    the description, reviews, related cards and the footer."""
    url = f"https://{host}{path}"
    mn = "".join(f"<li><a href='/c/{slug(m)}'>{m}</a></li>" for m in menu)
    cr = "".join(
        f"<li class='breadcrumb-item'><a href='{href}'>{text}</a></li>"
        if href
        else f"<li class='breadcrumb-item'>{text}</li>"
        for text, href in crumbs
    )
    if spec_form == "table":
        sp = rows_table(specs)
    elif spec_form == "dl":
        sp = (
            "<dl class='specs'>"
            + "".join(f"<div class='spec-row'><dt>{k}</dt><dd>{v}</dd></div>" for k, v in specs)
            + "</dl>"
        )
    else:
        sp = (
            "<ul class='spec-list'>"
            + "".join(f"<li><span class='spec-label'>{k}:</span> {v}</li>" for k, v in specs)
            + "</ul>"
        )
    rv = "".join(
        f"<div class='review'><span class='stars'>★★★★★</span><p class='review-body'>{r}</p></div>"
        for r in reviews
    )
    pic = slug(title)[:30]
    body = (
        f"<header class='site-header'><a class='site-logo' href='/'><img src='/img/logo.svg' alt='{shop}'></a>"
        "<form class='search' action='/search'><input name='q' type='search'><button>🔍</button></form>"
        f"<nav class='main-menu'><ul>{mn}</ul></nav></header>"
        f"<nav class='breadcrumbs'><ol>{cr}</ol></nav>"
        "<main class='product-page'><div class='product-gallery'>"
        f"<img class='main-image' src='https://img.{host}/images/{pic}-1200.jpg' alt='{title}'>"
        f"<ul class='thumbs'><li><img src='https://img.{host}/images/{pic}-1-80.jpg' alt=''></li>"
        f"<li><img src='https://img.{host}/images/{pic}-2-80.jpg' alt=''></li></ul></div>"
        f"<div class='product-info'>{near}<h1 class='product-title'>{title}</h1>"
        f"<div class='product-price'><span class='price-current'>{price}</span></div>"
        f"<button type='button' class='btn btn-buy add-to-cart'>{buy}</button>{seller}</div></main>"
        f"<section class='product-specs'><h2>{spec_head}</h2>{sp}</section>"
        f"<section class='product-description'>{desc}</section>"
        f"<section class='product-reviews'>{rv}</section>"
        f"<section class='related-products'><h2>{related_head}</h2>{cards(host, related)}</section>"
        f"<footer class='site-footer'><p>{footer}</p></footer>"
    )
    return url, doc(doc_title, body, lang)


TW_MENU = ("3C", "家電", "生活", "美妝", "品牌館")
KR_MENU = ("가전·디지털", "패션의류", "생활용품", "브랜드관", "베스트")
RU_MENU = ("Электроника", "Бытовая техника", "Одежда", "Бренды", "Акции")
AR_MENU = ("Tecnología", "Electrodomésticos", "Hogar", "Marcas", "Ofertas")
HR_MENU = ("Informatika", "Kućanski aparati", "Mobiteli", "Brendovi", "Akcije")
SI_MENU = ("Računalništvo", "Mali gospodinjski aparati", "Telefonija", "Blagovne znamke", "Akcije")


# ---- 1. product-safety sections (GPSR): a manufacturer's legal name with its address, the EU responsible
# person (an importer, a compliance service, Amazon's own company) ----------------------------------------

url, html = amazon(
    host="www.amazon.de",
    lang="de-DE",
    asin="B0C9SKW3LM",
    title="Powerbank 10000mAh, 22,5W USB C Schnellladung, kompakt, für iPhone 15 / Galaxy S24",
    price="19,99 €",
    byline="<a id='bylineInfo' class='a-link-normal' href='/stores/Anker/page/2B4A6C'>Besuche den Anker-Store</a>",
    overview=(("Marke", "Anker"), ("Akkukapazität", "10000 Milliamperestunden"), ("Farbe", "Schwarz")),
    details=(
        ("Modellnummer", "A1388"),
        ("Hersteller", "Anker"),
        ("Im Angebot von Amazon.de seit", "12. Juli 2023"),
    ),
    safety=amazon_safety(
        "Informationen zur Produktsicherheit",
        (
            (
                "Herstellerinformationen",
                lines(
                    "Anker Innovations Limited",
                    "Room 1318-19, Hollywood Plaza, 610 Nathan Road",
                    "Mongkok, Kowloon, Hongkong",
                    "support@anker.com",
                ),
            ),
            (
                "Verantwortliche Person in der EU",
                lines(
                    "Anker Innovations Deutschland GmbH",
                    "Georg-Muche-Straße 3",
                    "80807 München, DE",
                    "support.de@anker.com",
                ),
            ),
        ),
    ),
    bullets=("Kompakt: passt in jede Tasche.", "Lieferumfang: PowerCore, USB-C Kabel, Bedienungsanleitung."),
    reviews=("Lädt mein Samsung schnell, besser als die alte Xiaomi.",),
    related=(("INIU Powerbank 10000mAh USB C", "15,99 €"), ("Baseus Powerbank 20000mAh 65W", "39,99 €")),
    crumbs=("Elektronik & Foto", "Handys & Zubehör", "Powerbanks"),
)
quiet("gpsr-amazon-de-store-byline-and-safety-block", url, html, "Anker")

url, html = amazon(
    host="www.amazon.fr",
    lang="fr-FR",
    asin="B0BXK7Q2ZN",
    title="Chargeur USB C 65W, GaN 3 Ports Charge Rapide pour MacBook, iPhone, Galaxy",
    price="35,99 €",
    byline="<a id='bylineInfo' class='a-link-normal' href='/stores/UGREEN/page/9A1C'>Visiter la boutique UGREEN</a>",
    overview=(("Marque", "UGREEN"), ("Type de connecteur", "USB Type C"), ("Puissance", "65 Watts")),
    details=(("Numéro du modèle de l'article", "CD244"), ("Fabricant", "UGREEN")),
    safety=amazon_safety(
        "Informations sur la sécurité du produit",
        (
            (
                "Informations sur le fabricant",
                lines(
                    "Ugreen Group Limited",
                    "Floor 5, Block B, Gaoxinqi Industrial Park",
                    "518126 Shenzhen, CN",
                    "service@ugreen.com",
                ),
            ),
            (
                "Personne responsable dans l'UE",
                lines("Amazon EU S.à r.l.", "38 avenue John F. Kennedy", "L-1855 Luxembourg, LU"),
            ),
        ),
    ),
    bullets=("Charge rapide 65W.",),
    reviews=("Plus petit que le chargeur Apple.",),
    related=(("Anker Chargeur USB C 65W", "39,99 €"), ("Baseus Chargeur 100W GaN", "45,99 €")),
    crumbs=("High-Tech", "Téléphones portables et accessoires", "Chargeurs"),
)
quiet("gpsr-amazon-fr-brand-row-and-amazon-eu-responsible", url, html, "UGREEN")

url, html = ebay(
    host="www.ebay.de",
    lang="de-DE",
    item="296512348870",
    title="Bluetooth Kopfhörer In Ear Kabellos Sport Ohrhörer Wasserdicht Neu",
    price="EUR 14,99",
    buy="Sofort-Kaufen",
    specifics_head="Artikelmerkmale",
    specifics=(
        ("Artikelzustand", "Neu"),
        ("Marke", "Markenlos"),
        ("Formfaktor", "In-Ear (im Ohr)"),
        ("Farbe", "Schwarz"),
    ),
    seller="techdeals-24",
    feedback="98,7 % positive Bewertungen",
    safety=ebay_safety(
        "Produktsicherheit",
        (
            (
                "Herstellerinformationen",
                "Shenzhen Kaixin Electronic Technology Co., Ltd.<br>Bao'an District, Xixiang Street 88<br>"
                "518102 Shenzhen<br>CN<br>kaixin_service@outlook.com",
            ),
            (
                "Verantwortliche Person in der EU",
                "EUREP GmbH<br>Hohe Bleichen 20<br>20354 Hamburg<br>DE<br>info@eurep.de",
            ),
        ),
    ),
    desc="<p>Kabellose Kopfhörer mit Ladecase. Kompatibel mit Apple und Samsung.</p>",
    related_head="Ähnliche Artikel",
    related=(("JBL Tune Flex In-Ear", "EUR 59,99"), ("Sony WF-C500 True Wireless", "EUR 49,00")),
)
quiet("gpsr-ebay-de-markenlos-with-maker-and-eu-rep", url, html, None)

url, html = ebay(
    host="www.ebay.de",
    lang="de-DE",
    item="305518890012",
    title="Küchenwaage digital 5kg Edelstahl LCD Display Tara Funktion",
    price="EUR 9,49",
    buy="Sofort-Kaufen",
    specifics_head="Artikelmerkmale",
    specifics=(
        ("Artikelzustand", "Neu"),
        ("Produktart", "Küchenwaage"),
        ("Maximale Tragfähigkeit", "5 kg"),
        ("Material", "Edelstahl"),
    ),
    seller="haushalt_world",
    feedback="99,2 % positive Bewertungen",
    safety=ebay_safety(
        "Produktsicherheit",
        (
            (
                "Herstellerinformationen",
                "Yiwu Jiali Trading Co., Ltd.<br>No. 12 Chouzhou North Road<br>322000 Yiwu, Zhejiang<br>CN<br>jiali_trade@163.com",
            ),
            (
                "Verantwortliche Person in der EU",
                "Jiali Europe Service GmbH<br>Industriestraße 5<br>63150 Heusenstamm<br>DE<br>eu@jiali-service.de",
            ),
        ),
    ),
    desc="<p>Präzise Digitalwaage mit Tara-Funktion, inkl. Batterien.</p>",
    related_head="Ähnliche Artikel",
    related=(("Soehnle Page Profi 100", "EUR 24,99"), ("Tefal Optiss Küchenwaage", "EUR 17,90")),
)
add("gpsr-ebay-de-only-trading-company-in-safety-block", url, html, None)

url, html = ebay(
    host="www.ebay.co.uk",
    lang="en-GB",
    item="176301245599",
    title="Silicone Ice Cube Tray with Lid, 2 Pack, 36 Cubes, BPA Free",
    price="£6.99",
    buy="Buy it now",
    specifics_head="Item specifics",
    specifics=(
        ("Condition", "New"),
        ("Type", "Ice Cube Tray"),
        ("Material", "Silicone"),
        ("Number of Items in Set", "2"),
    ),
    seller="homewarehouse_uk",
    feedback="99.1% positive feedback",
    safety=ebay_safety(
        "Product safety",
        (
            (
                "Manufacturer information",
                "Ningbo Haoyu Household Products Co., Ltd.<br>No. 56 Xingning Road, Yinzhou District<br>"
                "315000 Ningbo<br>CN<br>haoyu_sales@126.com",
            ),
            (
                "Responsible person in the EU",
                "Amazing Trading Europe B.V.<br>Keizersgracht 62<br>1015 CS Amsterdam<br>NL<br>eurep@amazingtrade.nl",
            ),
        ),
    ),
    desc="<p>Food grade silicone, dishwasher safe.</p>",
    related_head="Similar items",
    related=(("OXO Good Grips Ice Cube Tray", "£12.99"), ("Tovolo King Cube Tray", "£9.50")),
)
add("gpsr-ebay-uk-only-maker-company-in-safety-block", url, html, None)

url, html = ebay(
    host="www.ebay.it",
    lang="it-IT",
    item="387788120045",
    title="Frullatore a immersione 1000W 4 in 1 con tritatutto e frusta",
    price="EUR 54,90",
    buy="Compralo Subito",
    specifics_head="Specifiche dell'oggetto",
    specifics=(("Condizione", "Nuovo"), ("Marca", "Braun"), ("Modello", "MQ 7045X"), ("Potenza", "1000 W")),
    seller="elettroshop_italia",
    feedback="99,6% di feedback positivi",
    safety=ebay_safety(
        "Sicurezza del prodotto",
        (
            (
                "Informazioni sul produttore",
                "De'Longhi Braun Household GmbH<br>Carl-Ulrich-Straße 4<br>63263 Neu-Isenburg<br>DE<br>info@braunhousehold.com",
            ),
            (
                "Persona responsabile nell'UE",
                "De'Longhi Appliances S.r.l.<br>Via L. Seitz 47<br>31100 Treviso<br>IT",
            ),
        ),
    ),
    desc="<p>Prodotto nuovo, garanzia italiana 2 anni.</p>",
    related_head="Oggetti simili",
    related=(("Philips Frullatore a immersione HR2652", "EUR 49,99"), ("Moulinex Quickchef", "EUR 39,90")),
)
quiet("gpsr-ebay-it-marca-row-and-other-company-in-safety", url, html, "Braun")


# ---- 2. the markets' words for "no brand", "other", "aftermarket" where the brand goes ----------------------


def mercadolibre(
    *, item: str, title: str, price: str, specs: tuple[tuple[str, str], ...], seller: str
) -> tuple[str, str]:
    """A Mercado Libre Argentina item page: nav header, category crumbs, gallery, the buy box
    ('Comprar ahora'), the seller's block, 'Características del producto' tables, questions, cards."""
    sp = (
        "<div class='ui-vpp-highlighted-specs'><h2 class='ui-vpp-striped-specs__header'>Características del producto</h2>"
        "<table class='andes-table'><tbody>"
        + "".join(
            f"<tr class='andes-table__row'><th class='andes-table__header andes-table__header--left'>{k}</th>"
            f"<td class='andes-table__column'><span class='andes-table__column--value'>{v}</span></td></tr>"
            for k, v in specs
        )
        + "</tbody></table></div>"
    )
    body = (
        "<header class='nav-header'><a class='nav-logo' href='https://www.mercadolibre.com.ar'>Mercado Libre Argentina - Donde comprar y vender de todo</a>"
        "<form class='nav-search'><input name='as_word' placeholder='Buscar productos, marcas y más…'></form>"
        "<ul class='nav-menu-list'><li><a href='/categorias'>Categorías</a></li><li><a href='/ofertas'>Ofertas</a></li>"
        "<li><a href='/tiendas-oficiales'>Tiendas oficiales</a></li></ul></header>"
        "<div class='ui-pdp-breadcrumb'><ol class='andes-breadcrumb'><li><a href='/c/accesorios-para-vehiculos'>Accesorios para Vehículos</a></li>"
        "<li><a href='/c/repuestos-autos'>Repuestos Autos y Camionetas</a></li></ol></div>"
        "<div class='ui-pdp-gallery'><figure><img class='ui-pdp-image ui-pdp-gallery__figure__image' "
        f"src='https://http2.mlstatic.com/D_NQ_NP_2X_{item[-6:]}-MLA{item[-6:]}_052024-F.webp' alt='{title}'></figure></div>"
        "<div class='ui-pdp-container__row--header'><span class='ui-pdp-subtitle'>Nuevo  |  +50 vendidos</span>"
        f"<h1 class='ui-pdp-title'>{title}</h1></div>"
        f"<div class='ui-pdp-price__second-line'><span class='andes-money-amount__fraction'>{price}</span></div>"
        "<p class='ui-pdp-color--GREEN'>Llega gratis mañana</p>"
        "<button class='andes-button andes-button--loud'><span class='andes-button__content'>Comprar ahora</span></button>"
        "<button class='andes-button andes-button--quiet'><span class='andes-button__content'>Agregar al carrito</span></button>"
        f"<div class='ui-pdp-seller'><span>Vendido por</span> <a href='/perfil/{slug(seller)}'>{seller}</a>"
        "<p>MercadoLíder | +1000 ventas</p></div>"
        f"{sp}"
        "<div class='ui-pdp-questions'><h2>Preguntas y respuestas</h2><p>¿Sirve para el Gol Trend 2012?</p><p>Hola, sí. Saludos.</p></div>"
        "<div class='ui-recommendations'><h2>Productos relacionados</h2>"
        + cards(
            "mercadolibre.com.ar",
            (("Filtro De Aceite Mann W712/75", "$ 12.300"), ("Filtro Aire Fram Ca10190", "$ 15.990")),
        )
        + "</div><footer class='nav-footer'>Copyright © 1999-2025 MercadoLibre S.R.L. Av. Caseros 3039, Parque Patricios, CABA</footer>"
    )
    return f"https://articulo.mercadolibre.com.ar/MLA-{item}-{slug(title)[:40]}-_JM", doc(
        f"{title} | MercadoLibre", body, "es-AR"
    )


url, html = mercadolibre(
    item="1423567890",
    title="Filtro De Aire Motor Vw Gol Trend Voyage 1.6 2009 2010 2011",
    price="8.499",
    specs=(
        ("Marca", "Alternativa"),
        ("Modelo", "Gol Trend"),
        ("Tipo de filtro", "Aire"),
        ("Número de pieza", "CA-9354"),
    ),
    seller="REPUESTOS ZONA SUR",
)
add("ml-ar-marca-alternativa", url, html, None)

url, html = mercadolibre(
    item="1423599001",
    title="Bomba De Agua Fiat Palio Siena 1.4 Fire Evo",
    price="23.900",
    specs=(("Marca", "Alternativo"), ("Modelo", "Palio"), ("Origen", "Brasil")),
    seller="AUTOPARTES ONCE",
)
add("ml-ar-marca-alternativo", url, html, None)

url, html = shop_page(
    host="ozon.kz",
    path="/product/nabor-kuhonnyh-nozhey-6-sht-1523344556/",
    lang="ru-KZ",
    shop="OZON",
    doc_title="Набор кухонных ножей 6 шт. с подставкой купить по выгодной цене в интернет-магазине OZON (1523344556)",
    title="Набор кухонных ножей 6 шт. с подставкой, нержавеющая сталь",
    price="9 990 ₸",
    buy="Добавить в корзину",
    seller="<div class='seller-info'><span>Продавец</span> <a href='/seller/dom-i-kuhnya-1234567/'>Дом и Кухня KZ</a><span>4,8 ★ Рейтинг магазина</span></div>",
    menu=RU_MENU,
    crumbs=(
        ("Дом и сад", "/category/dom-i-sad-14500/"),
        ("Посуда", "/category/posuda-14501/"),
        ("Ножи кухонные", "/category/nozhi-14620/"),
    ),
    spec_head="Характеристики",
    specs=(
        ("Бренд", "Нет бренда"),
        ("Материал клинка", "Нержавеющая сталь"),
        ("Количество предметов", "6"),
        ("Страна-изготовитель", "Китай"),
    ),
    spec_form="dl",
    reviews=("Ножи острые, не хуже чем Tefal.",),
    related_head="Рекомендуем также",
    related=(("Tefal Набор ножей Ice Force 3 шт", "14 990 ₸"), ("Samura Нож шеф 20 см", "18 500 ₸")),
    footer="© 2025 ООО «Интернет Решения». Все права защищены.",
)
add("ozon-kz-brend-net-brenda", url, html, None)

url, html = shop_page(
    host="kaspi.kz",
    path="/shop/p/zaryadnoe-ustroistvo-20w-usb-c-belyi-115678901/",
    lang="ru-KZ",
    shop="Kaspi.kz",
    doc_title="Зарядное устройство 20W USB-C белый - купить по выгодной цене в Алматы | Kaspi.kz",
    title="Зарядное устройство 20W USB-C белый",
    price="2 490 ₸",
    buy="Добавить в корзину",
    seller="<div class='sellers-table'><h3>Продавцы</h3><table><tr><td><a href='/shop/info/merchant/15504/'>GadgetShop</a></td>"
    "<td>2 490 ₸</td></tr><tr><td><a href='/shop/info/merchant/19811/'>Mobi KZ</a></td><td>2 650 ₸</td></tr></table></div>",
    menu=RU_MENU,
    crumbs=(
        ("Телефоны и гаджеты", "/shop/c/smartphones%20and%20gadgets/"),
        ("Аксессуары для телефонов", "/shop/c/phone%20accessories/"),
        ("Зарядные устройства", "/shop/c/chargers/"),
    ),
    spec_head="Характеристики",
    specs=(
        ("Бренд", "NoName"),
        ("Тип", "сетевое зарядное устройство"),
        ("Мощность", "20 Вт"),
        ("Разъем", "USB Type-C"),
    ),
    reviews=("Заряжает айфон быстро, как оригинал Apple.",),
    related_head="С этим товаром покупают",
    related=(("Apple 20W USB-C Power Adapter", "10 990 ₸"), ("Samsung EP-TA800 25W", "7 490 ₸")),
    footer="© 2025 АО «Kaspi Bank»",
)
add("kaspi-brend-noname", url, html, None)

url, html = shop_page(
    host="www.njuskalo.hr",
    path="/bicikli-mtb/mtb-bicikl-26-oglas-43512987",
    lang="hr-HR",
    shop="Njuškalo",
    doc_title="MTB bicikl 26 col, 21 brzina, dobro očuvan - Njuškalo",
    title="MTB bicikl 26 col, 21 brzina, dobro očuvan",
    price="120 €",
    buy="Pošalji poruku",
    seller="<div class='ClassifiedDetailOwnerDetails'><h2>Oglašivač</h2><a href='/korisnik/marko_zg1'>marko_zg1</a><p>Korisnik od: 2017.</p></div>",
    menu=("Auto moto", "Nekretnine", "Sport i rekreacija", "Bicikli"),
    crumbs=(
        ("Njuškalo", "/"),
        ("Sport i rekreacija", "/sport-i-rekreacija"),
        ("Bicikli", "/bicikli"),
        ("MTB", "/bicikli-mtb"),
    ),
    spec_head="Osnovni podaci",
    specs=(
        ("Lokacija", "Grad Zagreb, Trešnjevka"),
        ("Stanje", "Rabljeno"),
        ("Marka", "Bez marke"),
        ("Veličina kotača", '26"'),
    ),
    spec_form="dl",
    desc="<p>Prodajem bicikl, vožen malo, nove kočnice. Moguća zamjena za Rog ili Scott.</p>",
    related_head="Slični oglasi",
    related=(("Scott Aspect 760 MTB", "450 €"), ("Rog Dakar 26", "180 €")),
    footer="© 2025 Njuškalo d.o.o.",
)
add("njuskalo-marka-bez-marke", url, html, None)

url, html = shop_page(
    host="www.bolha.com",
    path="/kolesarski-deli/kolesarska-luc-sprednja-oglas-9812345",
    lang="sl-SI",
    shop="Bolha",
    doc_title="Kolesarska luč sprednja, USB polnjenje, nova - Bolha.com",
    title="Kolesarska luč sprednja, USB polnjenje, nova",
    price="15 €",
    buy="Pošlji sporočilo",
    seller="<div class='ClassifiedDetailOwnerDetails'><h2>Oglaševalec</h2><a href='/uporabnik/kolesar_lj'>kolesar_lj</a></div>",
    menu=("Avto-moto", "Nepremičnine", "Šport", "Kolesarstvo"),
    crumbs=(
        ("Bolha", "/"),
        ("Šport", "/sport"),
        ("Kolesarstvo", "/kolesarstvo"),
        ("Kolesarski deli", "/kolesarski-deli"),
    ),
    spec_head="Osnovni podatki",
    specs=(("Lokacija", "Ljubljana"), ("Stanje", "Novo"), ("Znamka", "Drugo"), ("Vrsta", "Luč")),
    spec_form="dl",
    desc="<p>Nova luč, nikoli uporabljena. Podobna kot Cateye ali Lezyne, 400 lumnov.</p>",
    related_head="Podobni oglasi",
    related=(("Lezyne Macro Drive 800", "45 €"), ("Cateye Volt 400", "38 €")),
    footer="© 2025 Bolha.com d.o.o.",
)
add("bolha-znamka-drugo", url, html, None)

url, html = shop_page(
    host="shopee.tw",
    path="/iPhone-15-原廠品質-20W-快充頭-i.77112233.24680135790",
    lang="zh-Hant-TW",
    shop="Shopee 蝦皮購物",
    doc_title="iPhone 15 20W PD 快充頭 白色 | 蝦皮購物",
    title="iPhone 15 20W PD 快充頭 白色",
    price="$159",
    buy="加入購物車",
    seller="<div class='shop-section'><a class='shop-name' href='/phonegear88'>手機配件批發館</a><button>聊聊</button></div>",
    menu=TW_MENU,
    crumbs=(("蝦皮購物", "/"), ("手機平板與周邊", "/c/mobile"), ("充電器", "/c/chargers")),
    spec_head="商品規格",
    specs=(("品牌", "非原廠"), ("適用型號", "iPhone 15 / 14 / 13"), ("出貨地", "新北市")),
    reviews=("充電速度跟原廠差不多。",),
    related_head="你可能也喜歡",
    related=(("Apple 原廠 20W USB-C 電源轉接器", "$590"), ("Anker 521 Nano 20W", "$399")),
    footer="© 2025 Shopee. 版權所有。",
)
add("shopee-tw-pinpai-fei-yuanchang", url, html, None)

url, html = shop_page(
    host="tw.bid.yahoo.com",
    path="/item/101234567890",
    lang="zh-Hant-TW",
    shop="Yahoo奇摩拍賣",
    doc_title="手作皮革鑰匙圈 牛皮 客製刻字 | Yahoo奇摩拍賣",
    title="手作皮革鑰匙圈 牛皮 客製刻字",
    price="$280",
    buy="直接購買",
    seller="<div class='seller-info'><span>賣家</span><a href='/booth/leatherlab'>皮革實驗室</a><span>評價 1,204</span></div>",
    menu=TW_MENU,
    crumbs=(("拍賣", "/"), ("流行配件", "/c/accessories"), ("鑰匙圈", "/c/keychains")),
    spec_head="商品規格",
    specs=(("品牌", "無"), ("商品狀況", "全新"), ("材質", "牛皮")),
    reviews=("做工細緻。",),
    related_head="賣家其他商品",
    related=(("手作皮革卡夾", "$450"), ("手作皮革手環", "$380")),
    footer="© 2025 Yahoo Taiwan Holdings Limited.",
)
add("yahoo-tw-auction-pinpai-wu", url, html, None)

url, html = shop_page(
    host="item.gmarket.co.kr",
    path="/Item?goodscode=3456712890",
    lang="ko-KR",
    shop="G마켓",
    doc_title="G마켓 - 스텐 냄비받침 원형 3개 세트",
    title="스텐 냄비받침 원형 3개 세트",
    price="8,900원",
    buy="구매하기",
    seller="<div class='box__seller-info'><span class='text__seller'>판매자</span><a href='https://minishop.gmarket.co.kr/kitchenmall'>키친몰</a></div>",
    menu=KR_MENU,
    crumbs=(
        ("홈", "/"),
        ("주방용품", "/n/list?category=100000034"),
        ("주방소품", "/n/list?category=200001234"),
    ),
    spec_head="상품정보 제공고시",
    specs=(
        ("브랜드", "없음"),
        ("품명 및 모델명", "냄비받침 3P"),
        ("제조국", "중국"),
        ("A/S 책임자와 전화번호", "키친몰 1588-0000"),
    ),
    reviews=("튼튼해요.",),
    related_head="함께 본 상품",
    related=(("락앤락 냄비받침 세트", "12,900원"), ("코렐 냄비받침", "15,000원")),
    footer="(주)지마켓 | 대표이사 정형권",
)
add("gmarket-beuraendeu-eopseum", url, html, None)

url, html = ebay(
    host="www.ebay.com",
    lang="en-US",
    item="334987120056",
    title="Front Lower Control Arm Set for 2012-2017 Honda Accord 2.4L",
    price="US $64.99",
    buy="Buy It Now",
    specifics_head="Item specifics",
    specifics=(
        ("Condition", "New"),
        ("Brand", "Aftermarket Products"),
        ("Manufacturer Part Number", "Does Not Apply"),
        ("Placement on Vehicle", "Front, Lower"),
    ),
    seller="autoparts-depot-us",
    feedback="98.9% positive feedback",
    desc="<p>Direct replacement. Fits Honda Accord 2012-2017. Not OEM Honda parts.</p>",
    related_head="Similar items",
    related=(("Moog RK622058 Control Arm", "US $89.95"), ("Dorman 521-845 Control Arm", "US $72.10")),
)
add("ebay-us-brand-aftermarket-products", url, html, None)

url, html = ebay(
    host="www.ebay.co.uk",
    lang="en-GB",
    item="226611554433",
    title="Replacement Remote Control for LG Smart TV AKB75095307",
    price="£5.49",
    buy="Buy it now",
    specifics_head="Item specifics",
    specifics=(
        ("Condition", "New"),
        ("Brand", "Unbranded/Generic"),
        ("Compatible Brand", "For LG"),
        ("Type", "Remote Control"),
    ),
    seller="remotes4u_uk",
    feedback="99.4% positive feedback",
    desc="<p>No programming needed. Batteries not included.</p>",
    related_head="Similar items",
    related=(("LG AKB75095307 Genuine Remote", "£12.99"), ("One For All URC1911 LG Remote", "£14.99")),
)
add("ebay-uk-brand-unbranded-slash-generic", url, html, None)


def aliexpress(
    *, item: str, title: str, price: str, store: str, specs: tuple[tuple[str, str], ...]
) -> tuple[str, str]:
    """An AliExpress item page as rendered: header, the store bar, gallery, title, price, the sku
    chooser, 'Add to cart' / 'Buy now', the 'Specifications' list of 'Brand Name', 'Origin', ... and
    the 'More to love' cards."""
    sp = "".join(
        f"<li class='specification--line--IXeRJI7'><div class='specification--prop--Jh28bKu'><div class='specification--title--SfH3sA8'>"
        f"<span>{k}</span></div><div class='specification--desc--Dxx6W0W'><span>{v}</span></div></div></li>"
        for k, v in specs
    )
    body = (
        "<div class='header--wrap'><a class='logo--logo--gbpUaBu' href='https://www.aliexpress.com'>AliExpress</a>"
        "<form class='search--bar'><input name='SearchText'></form></div>"
        f"<div class='store-header--storeName--X3z0A2k'><a href='https://www.aliexpress.com/store/{item[-7:]}'>{store}</a>"
        "<span>95.2% Positive feedback</span><button>Follow</button></div>"
        f"<div class='image-view--previewBox--SyecEnE'><img src='https://ae01.alicdn.com/kf/S{item[-8:]}a4b1c.jpg_960x960.jpg' alt='{title}'></div>"
        f"<h1 data-pl='product-title'>{title}</h1>"
        f"<div class='price--current--I3Zeidd'><span class='price--currentPriceText--V8_y_b5'>{price}</span></div>"
        "<div class='sku-item--title--Z0HLO87'>Color: <span>Black</span></div>"
        "<button class='comet-btn comet-btn-primary'>Buy now</button><button class='comet-btn'>Add to cart</button>"
        f"<div id='nav-specification'><h2 class='title--title--O6xcB1q'>Specifications</h2><ul class='specification--list--GZuXzRX'>{sp}</ul></div>"
        "<div id='nav-review'><h2>Customer Reviews</h2><p>Works like the Xiaomi one, fast shipping.</p></div>"
        "<div class='more-to-love'><h2>More to love</h2>"
        + cards(
            "aliexpress.com", (("Baseus 20W PD Charger", "US $6.99"), ("UGREEN 30W GaN Charger", "US $12.49"))
        )
        + "</div><footer class='site-footer'>© 2010-2025 AliExpress.com. All rights reserved.</footer>"
    )
    return f"https://www.aliexpress.com/item/{item}.html", doc(f"{title} - AliExpress 44", body, "en-US")


url, html = aliexpress(
    item="1005006789012345",
    title="Car Phone Holder Magnetic Air Vent Mount 360 Rotation For iPhone Samsung",
    price="US $2.39",
    store="Shop1103456789 Store",
    specs=(
        ("Brand Name", "NONE"),
        ("Origin", "Mainland China"),
        ("Material", "Aluminum Alloy"),
        ("Type", "Magnetic"),
    ),
)
add("aliexpress-brand-name-none", url, html, None)


# ---- 3. notes in brackets before the brand's bracket: "genuine", "official import", "overseas direct",
# "same-day shipping" -------------------------------------------------------------------------------------


def tw_listing(
    *,
    host: str,
    path: str,
    shop: str,
    title: str,
    price: str,
    seller: str = "",
    related: tuple[tuple[str, str], ...],
) -> tuple[str, str]:
    return shop_page(
        host=host,
        path=path,
        lang="zh-Hant-TW",
        shop=shop,
        doc_title=f"{title} - {shop}",
        title=title,
        price=price,
        buy="立即購買",
        seller=seller,
        menu=TW_MENU,
        crumbs=(("首頁", "/"), ("家電", "/c/appliances"), ("個人家電", "/c/personal")),
        spec_head="商品規格",
        specs=(("保固", "原廠保固一年"), ("產地", "日本"), ("商品狀況", "全新")),
        desc="<p>台灣公司貨，享原廠保固，發票隨貨附上。</p>",
        reviews=("出貨很快，包裝完整。",),
        related_head="看了此商品的人也看了",
        related=related,
        footer=f"© 2025 {shop} 版權所有",
    )


url, html = tw_listing(
    host="www.momoshop.com.tw",
    path="/goods/GoodsDetail.jsp?i_code=12345678",
    shop="momo購物網",
    title="【公司貨】【Dyson 戴森】V12 Detect Slim 輕量智慧無線吸塵器",
    price="$19,900",
    related=(("【LG 樂金】A9K 濕拖無線吸塵器", "$22,900"), ("【Electrolux 伊萊克斯】無線吸塵器", "$8,990")),
)
add("momo-gongsihuo-note-before-brand", url, html, "Dyson")

url, html = tw_listing(
    host="24h.pchome.com.tw",
    path="/prod/DCAYD9-A900G1234",
    shop="PChome 24h購物",
    title="【原廠公司貨】【SONY 索尼】WH-1000XM5 無線藍牙降噪耳機",
    price="$10,490",
    related=(
        ("【Bose】QuietComfort Ultra 耳罩式耳機", "$13,900"),
        ("【Sennheiser 森海塞爾】MOMENTUM 4", "$11,900"),
    ),
)
add("pchome-yuanchang-gongsihuo-note-before-brand", url, html, "SONY")

url, html = tw_listing(
    host="shopee.tw",
    path="/正品現貨-Apple-AirPods-Pro-2-i.55443322.22334455667",
    shop="蝦皮購物",
    title="【正品現貨】【Apple】AirPods Pro 2 USB-C 主動降噪耳機",
    price="$6,990",
    seller="<div class='shop-section'><a class='shop-name' href='/3cgogo'>3C購購</a><button>聊聊</button></div>",
    related=(("【Samsung】Galaxy Buds3 Pro", "$5,990"), ("【Beats】Studio Buds+", "$5,290")),
)
add("shopee-tw-zhengpin-xianhuo-note-before-brand", url, html, "Apple")

url, html = tw_listing(
    host="www.momoshop.com.tw",
    path="/goods/GoodsDetail.jsp?i_code=87654321",
    shop="momo購物網",
    title="【官方直營】【Panasonic 國際牌】奈米水離子吹風機 EH-NA0J",
    price="$9,990",
    related=(
        ("【Dyson 戴森】Supersonic 吹風機 HD15", "$15,900"),
        ("【Philips 飛利浦】負離子吹風機", "$1,290"),
    ),
)
add("momo-guanfang-zhiying-note-before-brand", url, html, "Panasonic")


def kr_listing(
    *,
    host: str,
    path: str,
    shop: str,
    title: str,
    price: str,
    seller: str,
    related: tuple[tuple[str, str], ...],
) -> tuple[str, str]:
    return shop_page(
        host=host,
        path=path,
        lang="ko-KR",
        shop=shop,
        doc_title=f"{title} | {shop}",
        title=title,
        price=price,
        buy="구매하기",
        seller=seller,
        menu=KR_MENU,
        crumbs=(("홈", "/"), ("패션·잡화", "/c/fashion"), ("신발", "/c/shoes")),
        spec_head="상품정보 제공고시",
        specs=(
            ("품명 및 모델명", "상세페이지 참조"),
            ("제조국", "베트남"),
            ("A/S 책임자와 전화번호", "판매자 고객센터"),
        ),
        desc="<p>100% 정품 보장, 가품 판정 시 200% 보상.</p>",
        reviews=("사이즈 정사이즈예요.",),
        related_head="함께 본 상품",
        related=related,
        footer=f"© {shop}",
    )


url, html = kr_listing(
    host="www.coupang.com",
    path="/vp/products/7654321098?itemId=1&vendorItemId=2",
    shop="쿠팡",
    title="[정품] [나이키] 에어포스 1 '07 화이트 CW2288-111",
    price="139,000원",
    seller="<div class='prod-sale-vendor'>판매자: <a href='/vp/vendors/A00123456'>슈즈플렉스</a></div>",
    related=(("[아디다스] 삼바 OG 화이트", "139,000원"), ("[뉴발란스] 530 화이트 실버", "129,000원")),
)
add("coupang-jeongpum-note-before-brand", url, html, "나이키")

url, html = kr_listing(
    host="item.gmarket.co.kr",
    path="/Item?goodscode=2987654321",
    shop="G마켓",
    title="[해외직구] [필립스] 원블레이드 프로 QP6551 면도기",
    price="59,800원",
    seller="<div class='box__seller-info'><span class='text__seller'>판매자</span><a href='https://minishop.gmarket.co.kr/globaldeal'>글로벌딜</a></div>",
    related=(("[브라운] 시리즈9 프로 면도기", "389,000원"), ("[파나소닉] 람대쉬 ES-LV67", "259,000원")),
)
add("gmarket-haeoe-jikgu-note-before-brand", url, html, "필립스")

url, html = kr_listing(
    host="www.11st.co.kr",
    path="/products/6012345678",
    shop="11번가",
    title="[당일발송] [삼성전자] 갤럭시 버즈3 프로 SM-R630 실버",
    price="229,000원",
    seller="<div class='c_product_seller'><a href='/store/digitalplaza'>디지털플라자</a><span>우수판매자</span></div>",
    related=(("[애플] 에어팟 프로 2세대 USB-C", "319,000원"), ("[소니] WF-1000XM5", "299,000원")),
)
add("11st-dangil-balsong-note-before-brand", url, html, "삼성전자")


# ---- 4. brand links whose path names brands in the markets' languages ------------------------------------

url, html = shop_page(
    host="ozon.kz",
    path="/product/smartfon-redmi-note-13-8-256-gb-chernyy-1345678901/",
    lang="ru-KZ",
    shop="OZON",
    doc_title="Смартфон Redmi Note 13 8/256 ГБ, черный купить по выгодной цене в интернет-магазине OZON (1345678901)",
    title="Смартфон Redmi Note 13 8/256 ГБ, черный",
    price="89 990 ₸",
    buy="Добавить в корзину",
    near="<div class='product-brand'><a href='https://ozon.kz/brand/xiaomi-32686750/'>Xiaomi</a></div>",
    seller="<div class='seller-info'><span>Продавец</span> <a href='/seller/mobilnyy-mir-998877/'>Мобильный мир</a></div>",
    menu=RU_MENU,
    crumbs=(
        ("Электроника", "/category/elektronika-15500/"),
        ("Телефоны и смарт-часы", "/category/telefony-15501/"),
        ("Смартфоны", "/category/smartfony-15502/"),
    ),
    spec_head="Характеристики",
    specs=(("Модель", "Redmi Note 13"), ("Встроенная память", "256 ГБ"), ("Цвет", "черный")),
    spec_form="dl",
    reviews=("Лучше чем мой старый Samsung A32.",),
    related_head="Похожие товары",
    related=(
        ("Смартфон Samsung Galaxy A25 6/128 ГБ", "99 990 ₸"),
        ("Смартфон realme C67 8/256 ГБ", "74 990 ₸"),
    ),
    footer="© 2025 ТОО «Озон Маркетплейс Казахстан»",
)
add("ozon-kz-brand-link-name-then-id", url, html, "Xiaomi")

url, html = shop_page(
    host="www.euronics.it",
    path="/macchine-da-caffe/macchina-da-caffe-automatica-magnifica-s-ecam22-110-b/238812344.html",
    lang="it-IT",
    shop="Euronics",
    doc_title="Macchina da caffè automatica Magnifica S ECAM22.110.B | Euronics",
    title="Macchina da caffè automatica Magnifica S ECAM22.110.B",
    price="329,00 €",
    buy="Aggiungi al carrello",
    near="<a class='product-brand-logo' href='/marchi/de-longhi/'>De'Longhi</a>",
    menu=("Elettrodomestici", "Informatica", "Telefonia", "Marchi", "Volantino"),
    crumbs=(
        ("Home", "/"),
        ("Piccoli elettrodomestici", "/piccoli-elettrodomestici/"),
        ("Macchine da caffè", "/macchine-da-caffe/"),
    ),
    spec_head="Caratteristiche tecniche",
    specs=(("Tipologia", "Automatica"), ("Potenza", "1450 W"), ("Capacità serbatoio", "1,8 l")),
    reviews=("Caffè ottimo, meglio della Philips che avevo.",),
    related_head="Potrebbe interessarti anche",
    related=(("Philips Serie 2200 EP2220/10", "299,00 €"), ("Krups Evidence EA8948", "549,00 €")),
    footer="© 2025 Euronics Italia S.p.A. - P.IVA 03445090965",
)
add("euronics-it-marchi-path-logo-link", url, html, "De'Longhi")

url, html = shop_page(
    host="www.ekupi.hr",
    path="/hr/Bušilica-udarna-750W-GSB-13-RE/p/EK000412345",
    lang="hr-HR",
    shop="eKupi",
    doc_title="Bušilica udarna 750W GSB 13 RE | eKupi",
    title="Bušilica udarna 750W GSB 13 RE",
    price="79,99 €",
    buy="Dodaj u košaricu",
    near="<a class='product-manufacturer' href='/hr/proizvodjac/bosch'>Bosch</a>",
    menu=HR_MENU,
    crumbs=(("Početna", "/hr/"), ("Alati", "/hr/alati/c/12"), ("Bušilice", "/hr/busilice/c/1234")),
    spec_head="Specifikacije",
    specs=(("Snaga", "750 W"), ("Promjer bušenja (beton)", "13 mm"), ("Jamstvo", "24 mjeseca")),
    reviews=("Jača od moje stare Einhell.",),
    related_head="Slični proizvodi",
    related=(("Makita HP1631 udarna bušilica", "99,99 €"), ("Einhell TC-ID 720/1 E", "49,99 €")),
    footer="© 2025 eKupi d.o.o.",
)
add("ekupi-hr-proizvodjac-path-link", url, html, "Bosch")

url, html = shop_page(
    host="www.garbarino.com",
    path="/producto/smart-tv-50-crystal-uhd-4k-un50du7000/7d5a2f1c-1234",
    lang="es-AR",
    shop="Garbarino",
    doc_title='Smart TV 50" Crystal UHD 4K UN50DU7000 - Garbarino',
    title='Smart TV 50" Crystal UHD 4K UN50DU7000',
    price="$ 699.999",
    buy="Comprar",
    near="<a class='product-brand' href='/marca/samsung'>Samsung</a>",
    menu=AR_MENU,
    crumbs=(("Inicio", "/"), ("TV y Video", "/categoria/tv-y-video"), ("Smart TV", "/categoria/smart-tv")),
    spec_head="Especificaciones",
    specs=(("Resolución", "4K UHD"), ("Tamaño de pantalla", '50"'), ("Sistema operativo", "Tizen")),
    reviews=("Mejor imagen que mi LG anterior.",),
    related_head="Productos relacionados",
    related=(
        ('Smart TV LG 50" 4K 50UR8750', "$ 649.999"),
        ('Smart TV Philips 50" 4K 50PUD7408', "$ 579.999"),
    ),
    footer="© 2025 Garbarino S.A.I.C. e I.",
)
add("garbarino-marca-singular-path-link", url, html, "Samsung")

url, html = shop_page(
    host="www.mimovrste.com",
    path="/sesalniki-brez-vrecke/sesalnik-brez-vrecke-sv-3000",
    lang="sl-SI",
    shop="Mimovrste",
    doc_title="Sesalnik brez vrečke SV 3000 | Mimovrste",
    title="Sesalnik brez vrečke SV 3000",
    price="149,99 €",
    buy="V košarico",
    near="<div class='brand-line'><a href='/blagovna-znamka/gorenje'>Gorenje</a></div>",
    menu=SI_MENU,
    crumbs=(
        ("Mimovrste", "/"),
        ("Gospodinjski aparati", "/gospodinjski-aparati"),
        ("Sesalniki", "/sesalniki"),
    ),
    spec_head="Tehnične lastnosti",
    specs=(("Moč", "800 W"), ("Prostornina posode", "2 l"), ("Garancija", "2 leti")),
    reviews=("Boljši od mojega prejšnjega Rowenta.",),
    related_head="Podobni izdelki",
    related=(("Rowenta X-Trem Power Cyclonic", "189,99 €"), ("Philips Series 3000 XB2123", "129,99 €")),
    footer="© 2025 Mimovrste d.o.o.",
)
add("mimovrste-blagovna-znamka-singular-path-link", url, html, "Gorenje")


# ---- 5. "brand name" labels of Amazon's item details in the markets' languages -------------------------------

url, html = amazon(
    host="www.amazon.de",
    lang="de-DE",
    asin="B0CJ7T5M2Q",
    title="Dampfbügeleisen 2800W, Edelstahlsohle, 0,35 l Wassertank, Anti-Kalk",
    price="49,99 €",
    details=(
        ("Markenname", "Rowenta"),
        ("Modellnummer", "DW5220"),
        ("Farbe", "Blau/Weiß"),
        ("Leistung", "2800 Watt"),
    ),
    reviews=("Besser als mein altes Philips Bügeleisen.",),
    related=(("Philips Azur 8000 Dampfbügeleisen", "69,99 €"), ("Tefal FV6842 Ultragliss", "54,99 €")),
    crumbs=("Küche, Haushalt & Wohnen", "Bügeln", "Dampfbügeleisen"),
)
add("amazon-de-markenname-row", url, html, "Rowenta")

url, html = amazon(
    host="www.amazon.fr",
    lang="fr-FR",
    asin="B0BT6W7X2K",
    title="Robot pâtissier 1000W, bol inox 4,6 L, 6 vitesses",
    price="249,00 €",
    details=(
        ("Nom de marque", "Kenwood"),
        ("Numéro du modèle", "KHC29.A0SI"),
        ("Couleur", "Argent"),
        ("Puissance", "1000 watts"),
    ),
    reviews=("Plus silencieux que mon KitchenAid.",),
    related=(("KitchenAid Artisan 5KSM175", "599,00 €"), ("Moulinex Masterchef Gourmet", "199,99 €")),
    crumbs=("Cuisine et Maison", "Petit électroménager", "Robots pâtissiers"),
)
add("amazon-fr-nom-de-marque-row", url, html, "Kenwood")

url, html = amazon(
    host="www.amazon.it",
    lang="it-IT",
    asin="B0C4N8RZ5P",
    title="Spazzolino elettrico sonico con 3 testine, timer 2 minuti",
    price="39,99 €",
    details=(("Nome del marchio", "Oral-B"), ("Numero modello articolo", "Pro 3 3500"), ("Colore", "Nero")),
    reviews=("Pulisce meglio del Philips Sonicare che avevo.",),
    related=(("Philips Sonicare 3100", "44,99 €"), ("Xiaomi Electric Toothbrush T302", "29,99 €")),
    crumbs=("Salute e cura della persona", "Igiene orale", "Spazzolini elettrici"),
)
add("amazon-it-nome-del-marchio-row", url, html, "Oral-B")

url, html = amazon(
    host="www.amazon.co.uk",
    lang="en-GB",
    asin="B0B5HZ3D1L",
    title="Electric Kettle 1.7L, Rapid Boil, Stainless Steel, 3000W",
    price="£39.99",
    details=(
        ("Brand Name", "Russell Hobbs"),
        ("Model Number", "26300"),
        ("Colour", "Silver"),
        ("Capacity", "1.7 litres"),
    ),
    reviews=("Boils faster than my old Breville.",),
    related=(("Breville VKT221 Kettle", "£29.99"), ("Morphy Richards Evoke Kettle", "£34.99")),
    crumbs=("Home & Kitchen", "Small Kitchen Appliances", "Kettles"),
)
add("amazon-uk-brand-name-row", url, html, "Russell Hobbs")


# ---- 6. where counterfeits are sold: shops of many makers, pages claiming no brand ------------------------

url, html = shop_page(
    host="www.temu.com",
    path="/kz-en/wireless-earbuds-bluetooth-5-3-g-601099512345678.html",
    lang="en-KZ",
    shop="Temu",
    doc_title="Wireless Earbuds Bluetooth 5.3 Touch Control LED Display - Temu Kazakhstan",
    title="Wireless Earbuds Bluetooth 5.3 Touch Control LED Display Charging Case",
    price="$6.98",
    buy="Add to cart",
    seller="<div class='_2mKxOQg9'><a href='/kz-en/m-634418212345678.html'>SoundWave Official Shop</a><span>4.7 ★ | 52K+ sold</span>"
    "<span>Star store</span></div>",
    menu=("Best-Selling Items", "5-Star Rated", "New In", "Categories"),
    crumbs=(
        ("Home", "/kz-en"),
        ("Electronics", "/kz-en/electronics.html"),
        ("Headphones", "/kz-en/headphones.html"),
    ),
    spec_head="Details",
    specs=(
        ("Material", "ABS"),
        ("Charging Method", "USB Type-C"),
        ("Operating Voltage", "5V"),
        ("Origin", "Mainland China"),
    ),
    spec_form="list",
    reviews=("Sound better than my old JBL, great for the price.",),
    related_head="Explore your interests",
    related=(("Soundcore by Anker Life P2i", "$24.99"), ("Xiaomi Redmi Buds 4 Lite", "$17.50")),
    footer="© 2022 - 2025 Whaleco Inc.",
)
quiet("temu-store-of-many-makers-no-brand", url, html, None)

url, html = shop_page(
    host="www.dhgate.com",
    path="/product/2025-designer-running-shoes-men-women/1012345678.html",
    lang="en-US",
    shop="DHgate",
    doc_title="2025 Designer Running Shoes Men Women Casual Sneakers Breathable Trainers From Shoesfactory88, $32.50 | DHgate.Com",
    title="2025 Designer Running Shoes Men Women Casual Sneakers Breathable Trainers",
    price="US $32.50",
    buy="Buy It Now",
    seller="<div class='store-info'><a href='/store/21345678'>Shoesfactory88</a><span>Top Merchant</span><span>97.6% Positive Feedback</span></div>",
    menu=("All Categories", "Shoes", "Bags", "Watches", "Superdeals"),
    crumbs=(
        ("Home", "/"),
        ("Shoes", "/wholesale/shoes/c104.html"),
        ("Athletic Shoes", "/wholesale/athletic-shoes/c104003.html"),
    ),
    spec_head="Item specifics",
    specs=(
        ("Upper Material", "Mesh"),
        ("Outsole Material", "Rubber"),
        ("Closure Type", "Lace-Up"),
        ("Season", "Spring/Autumn"),
    ),
    desc="<p>High quality, fast shipping. Contact us for more colors. Box included.</p>",
    reviews=("Great quality, same as in store.",),
    related_head="More From This Store",
    related=(("Designer Slides Sandals Men Women", "US $18.90"), ("Luxury Baseball Caps Unisex", "US $9.80")),
    footer="Copyright © 2004-2025 DHgate.com. All rights reserved.",
)
quiet("dhgate-designer-wording-no-brand", url, html, None)

url, html = shop_page(
    host="www.wish.com",
    path="/product/5f8a1b2c3d4e5f6a7b8c9d0e",
    lang="en-US",
    shop="Wish",
    doc_title="Women's Fashion Crossbody Bag PU Leather Shoulder Bag | Wish",
    title="Women's Fashion Crossbody Bag PU Leather Shoulder Bag",
    price="$11",
    buy="Buy",
    seller="<div class='MerchantInfo'><span>Sold by</span> <a href='/merchant/5a1b2c3d4e'>LuckyBagsStore</a><span>4.1 (2,311 ratings)</span></div>",
    menu=("Popular", "Fashion", "Home Decor", "Gadgets"),
    crumbs=(("Wish", "/"), ("Fashion", "/feed/fashion"), ("Bags", "/feed/bags")),
    spec_head="Product Details",
    specs=(("Material", "PU Leather"), ("Size", "24 x 16 x 8 cm"), ("Color", "Black / Brown / Beige")),
    spec_form="list",
    reviews=("Looks like a Michael Kors bag for a fraction.",),
    related_head="Related Products",
    related=(("Mini Shoulder Bag Chain Strap", "$9"), ("Canvas Tote Bag Large", "$7")),
    footer="© 2025 ContextLogic Inc.",
)
quiet("wish-merchant-no-brand", url, html, None)

url, html = shop_page(
    host="www.joom.com",
    path="/ru/products/64f1a2b3c4d5e6f7a8b9c0d1",
    lang="ru-RU",
    shop="Joom",
    doc_title="Умные часы мужские женские, пульсометр, шагомер — купить за 1 490 ₽ в интернет-магазине Joom",
    title="Умные часы мужские женские, пульсометр, шагомер, водонепроницаемые",
    price="1 490 ₽",
    buy="Купить",
    seller="<div class='store'><span>Магазин</span> <a href='/ru/stores/5e1f2a3b'>SmartLife Store</a><span>Рейтинг 4,6</span></div>",
    menu=RU_MENU,
    crumbs=(("Главная", "/ru"), ("Электроника", "/ru/electronics"), ("Умные часы", "/ru/smartwatches")),
    spec_head="Характеристики",
    specs=(("Материал корпуса", "Пластик"), ("Совместимость", "Android, iOS"), ("Степень защиты", "IP67")),
    spec_form="dl",
    reviews=("Как Apple Watch, только в десять раз дешевле.",),
    related_head="Похожие товары",
    related=(("Xiaomi Smart Band 8", "3 290 ₽"), ("Huawei Band 9", "3 990 ₽")),
    footer="© 2025 Joom",
)
quiet("joom-ru-store-no-brand", url, html, None)

url, html = shop_page(
    host="kaspi.kz",
    path="/shop/p/chehol-dlja-iphone-15-silikonovyi-chernyi-112233445/",
    lang="ru-KZ",
    shop="Kaspi.kz",
    doc_title="Чехол для iPhone 15 силиконовый черный - купить по выгодной цене в Алматы | Kaspi.kz",
    title="Чехол для iPhone 15 силиконовый черный",
    price="1 990 ₸",
    buy="Добавить в корзину",
    seller="<div class='sellers-table'><h3>Продавцы</h3><table><tr><td><a href='/shop/info/merchant/30011/'>CaseMarket</a></td>"
    "<td>1 990 ₸</td></tr></table></div>",
    menu=RU_MENU,
    crumbs=(
        ("Телефоны и гаджеты", "/shop/c/smartphones%20and%20gadgets/"),
        ("Чехлы для смартфонов", "/shop/c/cases/"),
    ),
    spec_head="Характеристики",
    specs=(("Тип", "накладка"), ("Совместимость", "Apple iPhone 15"), ("Материал", "силикон")),
    reviews=("Сидит как оригинальный Apple.",),
    related_head="С этим товаром покупают",
    related=(("Apple iPhone 15 128Gb черный", "459 990 ₸"), ("Защитное стекло для iPhone 15", "990 ₸")),
    footer="© 2025 АО «Kaspi Bank»",
)
quiet("kaspi-case-for-iphone-no-brand", url, html, None)

url, html = ebay(
    host="www.ebay.de",
    lang="de-DE",
    item="286600112233",
    title="Ersatzakku für Makita 18V 5,0Ah BL1850B LXT mit LED Anzeige",
    price="EUR 24,99",
    buy="Sofort-Kaufen",
    specifics_head="Artikelmerkmale",
    specifics=(
        ("Artikelzustand", "Neu"),
        ("Kompatible Marke", "Für Makita"),
        ("Spannung", "18 V"),
        ("Kapazität", "5 Ah"),
    ),
    seller="akku-profi-shop",
    feedback="99,0 % positive Bewertungen",
    desc="<p>Kein Originalakku. Passend für alle Makita 18V LXT Geräte.</p>",
    related_head="Ähnliche Artikel",
    related=(("Makita BL1850B Original Akku", "EUR 69,90"), ("Bosch GBA 18V 4,0Ah", "EUR 59,00")),
)
add("ebay-de-kompatible-marke-only-no-brand", url, html, None)


# ---- round 2 (written after reading brands.py and round 1's fixes): aimed probes and must-not-fire pages ------


def gpsr_rows(heading: str, maker: tuple[tuple[str, str], ...], eu: tuple[tuple[str, str], ...]) -> str:
    """A shop's product-safety section as a definition list per party (Otto's and Kaufland's "Produktsicherheit":
    "Hersteller" / "Anschrift" / "E-Mail", then the EU responsible person)."""

    def dl(rows: tuple[tuple[str, str], ...]) -> str:
        return "<dl class='gpsr-list'>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"

    return (
        f"<section class='product-safety' id='produktsicherheit'><h2>{heading}</h2>"
        f"<h3>Herstellerangaben</h3>{dl(maker)}<h3>Verantwortliche Person in der EU</h3>{dl(eu)}</section>"
    )


def de_shop(
    *,
    host: str,
    shop: str,
    title: str,
    price: str,
    gpsr: str,
    details: tuple[tuple[str, str], ...],
    related: tuple[tuple[str, str], ...],
    seller: str = "",
) -> tuple[str, str]:
    """A German marketplace's page (Otto / Kaufland shape): the product-safety section in the buy box's
    column, right under the seller, before the "Produktdetails" table further down."""
    return shop_page(
        host=host,
        path=f"/p/{slug(title)[:40]}-1{len(title)}77/",
        lang="de-DE",
        shop=shop,
        doc_title=f"{title} | {shop}",
        title=title,
        price=price,
        buy="In den Warenkorb",
        seller=seller + gpsr,
        menu=("Technik", "Haushalt", "Wohnen", "Marken", "Sale"),
        crumbs=(
            ("Startseite", "/"),
            ("Haushalt", "/haushalt/"),
            ("Küchengeräte", "/haushalt/kuechengeraete/"),
        ),
        spec_head="Produktdetails",
        specs=details,
        reviews=("Funktioniert gut, schneller Versand.",),
        related_head="Das könnte Ihnen auch gefallen",
        related=related,
        footer=f"© 2025 {shop}",
    )


url, html = de_shop(
    host="www.kaufland.de",
    shop="Kaufland",
    title="Milchaufschäumer elektrisch 4 in 1, 300 ml, Edelstahl",
    price="24,99 €",
    seller="<div class='offer-seller'>Verkauf durch <a href='/shops/haushalt-direkt/'>Haushalt Direkt</a></div>",
    gpsr=gpsr_rows(
        "Produktsicherheit",
        (
            ("Hersteller", "Ningbo Kaiyue Electric Appliance Co., Ltd."),
            ("Anschrift", "No. 88 Binhai Road, 315800 Ningbo, CN"),
            ("E-Mail", "service@kaiyue-electric.com"),
        ),
        (("Name", "EU-Rep Service GmbH"), ("Anschrift", "Hauptstraße 12, 10115 Berlin, DE")),
    ),
    details=(("Fassungsvermögen", "300 ml"), ("Leistung", "500 W"), ("Material", "Edelstahl")),
    related=(("Severin SM 3587 Milchaufschäumer", "39,99 €"), ("Philips Milchaufschäumer CA6500", "49,99 €")),
)
add("r2-gpsr-rows-maker-company-only", url, html, None)

url, html = de_shop(
    host="www.otto.de",
    shop="OTTO",
    title="Stabmixer ErgoMixx MS6CB6110, 1000 W, Edelstahl",
    price="64,99 €",
    gpsr=gpsr_rows(
        "Produktsicherheit",
        (
            ("Hersteller", "BSH Hausgeräte GmbH"),
            ("Anschrift", "Carl-Wery-Straße 34, 81739 München, DE"),
            ("E-Mail", "info@bsh-group.com"),
        ),
        (("Name", "BSH Hausgeräte GmbH"), ("Anschrift", "Carl-Wery-Straße 34, 81739 München, DE")),
    ),
    details=(("Marke", "Bosch"), ("Leistung", "1000 W"), ("Farbe", "Edelstahl")),
    related=(("Braun MultiQuick 7 MQ7035X", "79,99 €"), ("Philips Stabmixer HR2657/90", "69,99 €")),
)
add("r2-gpsr-rows-before-brand-row", url, html, "Bosch")

url, html = ebay(
    host="www.ebay.fr",
    lang="fr-FR",
    item="135577880012",
    title="Lampe de bureau LED pliable, 3 modes, port USB, blanc",
    price="EUR 17,99",
    buy="Achat immédiat",
    specifics_head="Caractéristiques de l'objet",
    specifics=(
        ("État", "Neuf"),
        ("Type", "Lampe de bureau"),
        ("Source lumineuse", "LED"),
        ("Couleur", "Blanc"),
    ),
    seller="maison-lumiere-fr",
    feedback="99,5 % d'évaluations positives",
    desc="<p>Lampe pliable, idéale pour le bureau. Câble USB inclus.</p>",
    related_head="Objets similaires",
    related=(("Philips Hue Go lampe de table", "EUR 79,99"), ("Xiaomi Mi LED Desk Lamp 1S", "EUR 39,99")),
)
add("r2-ebay-fr-feedback-line-no-brand", url, html, None)

url, html = ebay(
    host="www.ebay.it",
    lang="it-IT",
    item="404455667788",
    title="Set 6 bicchieri da vino in vetro soffiato 450 ml",
    price="EUR 22,90",
    buy="Compralo Subito",
    specifics_head="Specifiche dell'oggetto",
    specifics=(
        ("Condizione", "Nuovo"),
        ("Tipo", "Calice da vino"),
        ("Materiale", "Vetro"),
        ("Numero di pezzi", "6"),
    ),
    seller="casa_e_tavola",
    feedback="99,6% di feedback positivi",
    desc="<p>Bicchieri lavabili in lavastoviglie.</p>",
    related_head="Oggetti simili",
    related=(("Bormioli Rocco Calici Premium", "EUR 19,90"), ("Luigi Bormioli Atelier", "EUR 34,50")),
)
add("r2-ebay-it-feedback-line-no-brand", url, html, None)

url, html = ebay(
    host="www.ebay.de",
    lang="de-DE",
    item="156677889900",
    title="Fahrradschloss Kettenschloss 120 cm mit Zahlencode",
    price="EUR 12,90",
    buy="Sofort-Kaufen",
    specifics_head="Artikelmerkmale",
    specifics=(
        ("Artikelzustand", "Neu"),
        ("Marke", "Sonstige"),
        ("Schlosstyp", "Kettenschloss"),
        ("Länge", "120 cm"),
    ),
    seller="rad-sport-handel",
    feedback="100 % positive Bewertungen",
    desc="<p>Stabiles Kettenschloss, 5-stelliger Code.</p>",
    related_head="Ähnliche Artikel",
    related=(("ABUS Steel-O-Chain 9808", "EUR 49,95"), ("Kryptonite Keeper 785", "EUR 34,99")),
)
add("r2-ebay-de-marke-sonstige", url, html, None)

url, html = shop_page(
    host="allegro.pl",
    path="/oferta/filtr-powietrza-vw-golf-vii-1-6-tdi-15512345678",
    lang="pl-PL",
    shop="Allegro",
    doc_title="Filtr powietrza VW Golf VII 1.6 TDI - 15512345678 - Allegro",
    title="Filtr powietrza VW Golf VII 1.6 TDI",
    price="39,99 zł",
    buy="Dodaj do koszyka",
    seller="<div class='seller'>Sprzedający: <a href='/uzytkownik/auto-czesci-24'>auto-czesci-24</a><span>99,7% poleca</span></div>",
    menu=("Elektronika", "Moda", "Dom i Ogród", "Motoryzacja"),
    crumbs=(
        ("Allegro", "/"),
        ("Motoryzacja", "/kategoria/motoryzacja"),
        ("Filtry powietrza", "/kategoria/filtry-powietrza"),
    ),
    spec_head="Parametry",
    specs=(
        ("Stan", "Nowy"),
        ("Producent części", "Zamiennik"),
        ("Marka", "Zamiennik"),
        ("Numer katalogowy części", "C 27 009"),
    ),
    reviews=("Pasuje idealnie.",),
    related_head="Podobne oferty",
    related=(
        ("Filtr powietrza MANN C 27 009", "59,99 zł"),
        ("Filtr powietrza Bosch F 026 400 391", "54,90 zł"),
    ),
    footer="© 2025 Allegro.pl sp. z o.o.",
)
add("r2-allegro-marka-zamiennik", url, html, None)

url, html = shop_page(
    host="ozon.kz",
    path="/product/kolodki-tormoznye-perednie-toyota-camry-v70-1456789012/",
    lang="ru-KZ",
    shop="OZON",
    doc_title="Колодки тормозные передние Toyota Camry V70 купить по выгодной цене в интернет-магазине OZON (1456789012)",
    title="Колодки тормозные передние Toyota Camry V70, 4 шт.",
    price="14 500 ₸",
    buy="Добавить в корзину",
    seller="<div class='seller-info'><span>Продавец</span> <a href='/seller/avtozapchasti-kz-445566/'>Автозапчасти KZ</a></div>",
    menu=RU_MENU,
    crumbs=(("Автотовары", "/category/avtotovary-8500/"), ("Тормозная система", "/category/tormoza-8650/")),
    spec_head="Характеристики",
    specs=(("Бренд", "Аналог"), ("Марка автомобиля", "Toyota"), ("Количество в упаковке", "4")),
    spec_form="dl",
    reviews=("Встали как родные.",),
    related_head="Похожие товары",
    related=(("Колодки тормозные Brembo P83165", "32 900 ₸"), ("Колодки тормозные TRW GDB3427", "24 500 ₸")),
    footer="© 2025 ТОО «Озон Маркетплейс Казахстан»",
)
add("r2-ozon-kz-brend-analog", url, html, None)

url, html = mercadolibre(
    item="1433221100",
    title="Kit Distribución Ford Ka Fiesta 1.6 Zetec Rocam",
    price="45.700",
    specs=(("Marca", "Genérica/Alternativa"), ("Modelo", "Fiesta"), ("Origen", "Brasil")),
    seller="MOTOR PARTS CENTRO",
)
add("r2-ml-ar-marca-generica-slash-alternativa", url, html, None)

# must not fire: each passes with the brands.py of round 1's start (5faa840)
url, html = shop_page(
    host="www.runnerspoint.example",
    path="/p/lone-peak-8-trail-running-shoe",
    lang="en-US",
    shop="Runners Point",
    doc_title="Lone Peak 8 Trail Running Shoe | Runners Point",
    title="Lone Peak 8 Trail Running Shoe",
    price="$149.95",
    buy="Add to Cart",
    menu=("Men", "Women", "Trail", "Brands", "Sale"),
    crumbs=(("Home", "/"), ("Trail Running", "/c/trail"), ("Shoes", "/c/trail-shoes")),
    spec_head="Specifications",
    specs=(("Brand", "Altra"), ("Drop", "0 mm"), ("Weight", "9.9 oz")),
    reviews=("Roomier than my Hokas.",),
    related_head="You may also like",
    related=(("Hoka Speedgoat 6", "$155.00"), ("Salomon Speedcross 6", "$140.00")),
    footer="© 2025 Runners Point Ltd.",
)
quiet("r2-quiet-brand-altra-not-altro", url, html, "Altra")

url, html = shop_page(
    host="www.momoshop.com.tw",
    path="/goods/GoodsDetail.jsp?i_code=11223344",
    lang="zh-Hant-TW",
    shop="momo購物網",
    doc_title="超音波香氛噴霧器 大容量 - momo購物網",
    title="超音波香氛噴霧器 大容量",
    price="$1,590",
    buy="立即購買",
    menu=TW_MENU,
    crumbs=(("首頁", "/"), ("生活", "/c/life"), ("香氛", "/c/aroma")),
    spec_head="商品規格",
    specs=(("品牌名稱", "無印良品"), ("容量", "350ml"), ("產地", "中國")),
    reviews=("霧很細。",),
    related_head="看了此商品的人也看了",
    related=(("【3M】香氛擴香儀", "$990"), ("【Diffuser】香氛機", "$1,290")),
    footer="© 2025 富邦媒體科技股份有限公司",
)
quiet("r2-quiet-brand-opening-with-wu", url, html, "無印良品")

url, html = shop_page(
    host="www.basics-depot.example",
    path="/products/unisex-heavyweight-tee",
    lang="en-US",
    shop="Basics Depot",
    doc_title="Unisex Heavyweight Tee | Basics Depot",
    title="Unisex Heavyweight Tee, Organic Cotton",
    price="$28.00",
    buy="Add to Cart",
    menu=("Tees", "Hoodies", "Brands", "Sale"),
    crumbs=(("Home", "/"), ("Tees", "/c/tees")),
    spec_head="Details",
    specs=(("Brand", "Alternative Apparel"), ("Fabric", "100% organic cotton"), ("Fit", "Relaxed")),
    reviews=("Soft and thick.",),
    related_head="Related products",
    related=(("Gildan Heavy Cotton Tee", "$9.00"), ("Bella+Canvas 3001 Tee", "$14.00")),
    footer="© 2025 Basics Depot",
)
quiet("r2-quiet-brand-opening-with-alternativ", url, html, "Alternative Apparel")

url, html = shop_page(
    host="www.bandmerch.example",
    path="/products/acdc-back-in-black-tee",
    lang="en-GB",
    shop="Band Merch",
    doc_title="Back In Black Tour T-Shirt | Band Merch",
    title="Back In Black Tour T-Shirt, Black",
    price="£22.00",
    buy="Add to basket",
    menu=("Rock", "Metal", "Pop", "Artists"),
    crumbs=(("Home", "/"), ("T-Shirts", "/c/t-shirts")),
    spec_head="Details",
    specs=(("Brand", "AC/DC"), ("Material", "100% cotton"), ("Print", "Screen print")),
    reviews=("Great print quality.",),
    related_head="You may also like",
    related=(("Metallica Master of Puppets Tee", "£22.00"), ("Iron Maiden Trooper Tee", "£22.00")),
    footer="© 2025 Band Merch Ltd",
)
quiet("r2-quiet-brand-with-slash-not-placeholders", url, html, "AC/DC")

url, html = amazon(
    host="www.amazon.de",
    lang="de-DE",
    asin="B0D1Q2W3E4",
    title="Akku-Bohrschrauber 12V, 2 Akkus, 25 Drehmomentstufen",
    price="89,99 €",
    byline="<a id='bylineInfo' class='a-link-normal' href='/stores/Bosch/page/7D3F'>Besuche den Bosch-Store</a>",
    details=(("Modellnummer", "GSR 12V-15"), ("Spannung", "12 Volt")),
    safety="<div class='a-section legal'><p>Markenname und Logo sind eingetragene Marken ihrer jeweiligen Inhaber.</p></div>",
    reviews=("Leichter als mein alter Makita.",),
    related=(("Makita DF333DSAE Akku-Bohrschrauber", "99,99 €"), ("Einhell TE-CD 12/1 Li", "59,99 €")),
    crumbs=("Baumarkt", "Elektrowerkzeuge", "Bohrschrauber"),
)
quiet("r2-quiet-markenname-in-a-sentence", url, html, "Bosch")

url, html = shop_page(
    host="www.lumenhaus.de",
    path="/products/stehleuchte-arc-180",
    lang="de-DE",
    shop="Lumenhaus",
    doc_title="Stehleuchte Arc 180 | Lumenhaus",
    title="Stehleuchte Arc 180",
    price="349,00 €",
    buy="In den Warenkorb",
    seller="<div class='rating-summary'><span>4,8 von 5 Sternen</span> <span>96 % positive Bewertungen</span></div>",
    menu=("Stehleuchten", "Pendelleuchten", "Tischleuchten", "Über uns"),
    crumbs=(("Startseite", "/"), ("Stehleuchten", "/collections/stehleuchten")),
    spec_head="Details",
    specs=(("Höhe", "180 cm"), ("Leuchtmittel", "E27"), ("Material", "Messing, Leinen")),
    reviews=("Wunderschönes Licht.",),
    related_head="Passend dazu",
    related=(("Tischleuchte Arc 45", "189,00 €"), ("Pendelleuchte Arc 60", "259,00 €")),
    footer="© 2025 Lumenhaus GmbH · Made in Germany",
)
quiet("r2-quiet-maker-shop-rating-share-not-feedback", url, html, "Lumenhaus")


# ---- round 3 (after round 2's fixes): labels qualified in their own cell, the vehicle a part fits, safety
# blocks written as labelled lines -----------------------------------------------------------------------


def allegro_parts(
    *, offer: str, title: str, price: str, params: tuple[tuple[str, str], ...]
) -> tuple[str, str]:
    """An Allegro offer of a car part: the seller line, the "Parametry" table of the category's
    parameters (part maker, vehicle make, catalogue number, quality per GVO), similar offers."""
    return shop_page(
        host="allegro.pl",
        path=f"/oferta/{slug(title)[:50]}-{offer}",
        lang="pl-PL",
        shop="Allegro",
        doc_title=f"{title} - {offer} - Allegro",
        title=title,
        price=price,
        buy="Dodaj do koszyka",
        seller="<div class='seller'>Sprzedający: <a href='/uzytkownik/moto-sklep'>moto-sklep</a><span>99,4% poleca</span></div>",
        menu=("Elektronika", "Moda", "Dom i Ogród", "Motoryzacja"),
        crumbs=(
            ("Allegro", "/"),
            ("Motoryzacja", "/kategoria/motoryzacja"),
            ("Części samochodowe", "/kategoria/czesci"),
        ),
        spec_head="Parametry",
        specs=params,
        reviews=("Wszystko zgodne z opisem.",),
        related_head="Podobne oferty",
        related=(
            ("Klocki hamulcowe TRW GDB1550", "119,00 zł"),
            ("Tarcze hamulcowe Brembo 09.A427.11", "289,00 zł"),
        ),
        footer="© 2025 Allegro.pl sp. z o.o.",
    )


url, html = allegro_parts(
    offer="15598765432",
    title="Świeca zapłonowa Platinum FR7DPP33 komplet 4 szt.",
    price="96,00 zł",
    params=(
        ("Stan", "Nowy"),
        ("Producent części", "Bosch"),
        ("Numer katalogowy części", "0 242 235 668"),
        ("Jakość części (zgodnie z GVO)", "O - oryginał z logo producenta samochodu"),
    ),
)
add("r3-allegro-producent-czesci-qualified-label", url, html, "Bosch")

url, html = allegro_parts(
    offer="15511223344",
    title="Lusterko boczne lewe elektryczne podgrzewane Golf V",
    price="149,00 zł",
    params=(
        ("Stan", "Nowy"),
        ("Marka pojazdu", "Volkswagen"),
        ("Model pojazdu", "Golf V"),
        ("Strona zabudowy", "lewa"),
    ),
)
add("r3-allegro-marka-pojazdu-is-the-car", url, html, None)

url, html = mercadolibre(
    item="1477889900",
    title="Filtro De Aceite Ford Focus 1.6 2.0 Duratec",
    price="9.800",
    specs=(
        ("Marca del vehículo", "Ford"),
        ("Modelo del vehículo", "Focus"),
        ("Marca", "Mahle"),
        ("Número de pieza", "OC 467"),
    ),
    seller="FILTROS DEL OESTE",
)
add("r3-ml-ar-marca-del-vehiculo-before-marca", url, html, "Mahle")

url, html = shop_page(
    host="ozon.kz",
    path="/product/kolodki-tormoznye-brembo-p83165-1467890123/",
    lang="ru-KZ",
    shop="OZON",
    doc_title="Колодки тормозные передние P 83 165 купить по выгодной цене в интернет-магазине OZON (1467890123)",
    title="Колодки тормозные передние P 83 165",
    price="32 900 ₸",
    buy="Добавить в корзину",
    seller="<div class='seller-info'><span>Продавец</span> <a href='/seller/avtozapchasti-kz-445566/'>Автозапчасти KZ</a></div>",
    menu=RU_MENU,
    crumbs=(("Автотовары", "/category/avtotovary-8500/"), ("Тормозная система", "/category/tormoza-8650/")),
    spec_head="Характеристики",
    specs=(("Марка автомобиля", "Toyota"), ("Модель автомобиля", "Camry V70"), ("Бренд", "Brembo")),
    spec_form="dl",
    reviews=("Оригинал, в коробке.",),
    related_head="Похожие товары",
    related=(
        ("Колодки тормозные TRW GDB3427", "24 500 ₸"),
        ("Колодки тормозные Akebono AN-8154K", "21 000 ₸"),
    ),
    footer="© 2025 ТОО «Озон Маркетплейс Казахстан»",
)
quiet("r3-quiet-ozon-kz-marka-avtomobilya-before-brend", url, html, "Brembo")

url, html = ebay(
    host="www.ebay.de",
    lang="de-DE",
    item="297711223344",
    title="LED Lichterkette außen 20 m, 200 LEDs, warmweiß, mit Timer",
    price="EUR 19,99",
    buy="Sofort-Kaufen",
    specifics_head="Artikelmerkmale",
    specifics=(("Artikelzustand", "Neu"), ("Länge", "20 m"), ("Lichtfarbe", "Warmweiß")),
    seller="licht-und-deko",
    feedback="98,9 % positive Bewertungen",
    safety="<div class='x-about-this-item-gpsr'><h2>Produktsicherheit</h2>"
    "<p>Hersteller: Zhongshan Liangyi Lighting Co., Ltd.</p><p>Anschrift: Guzhen Town, 528421 Zhongshan, CN</p>"
    "<p>Verantwortliche Person in der EU: EU Compliance Partner GmbH, Kaiserstraße 7, 60311 Frankfurt</p></div>",
    desc="<p>IP44, für innen und außen.</p>",
    related_head="Ähnliche Artikel",
    related=(("Philips Hue Outdoor Lightstrip", "EUR 89,99"), ("Osram Lichterkette 8 m", "EUR 24,99")),
)
add("r3-ebay-de-safety-block-hersteller-line", url, html, None)

# must not fire: each passes with the brands.py of round 1's start (5faa840)
url, html = shop_page(
    host="www.werkzeug-profi.example",
    path="/p/akku-schlagschrauber-gdr-18v",
    lang="de-DE",
    shop="Werkzeug Profi",
    doc_title="Akku-Schlagschrauber GDR 18V-200 | Werkzeug Profi",
    title="Akku-Schlagschrauber GDR 18V-200",
    price="129,00 €",
    buy="In den Warenkorb",
    menu=("Elektrowerkzeuge", "Handwerkzeuge", "Marken", "Angebote"),
    crumbs=(("Startseite", "/"), ("Elektrowerkzeuge", "/c/elektrowerkzeuge")),
    spec_head="Eigenschaften",
    desc="<table class='facts'><tr><td>Marke: Bosch</td><td>Farbe: Blau</td></tr><tr><td>Spannung: 18 V</td>"
    "<td>Drehmoment: 200 Nm</td></tr></table>",
    reviews=("Kräftig.",),
    related_head="Ähnliche Produkte",
    related=(("Makita DTD153Z Schlagschrauber", "139,00 €"), ("Metabo SSD 18 LTX 200", "119,00 €")),
    footer="© 2025 Werkzeug Profi GmbH",
)
quiet("r3-quiet-label-and-value-in-one-cell-of-a-row", url, html, "Bosch")

url, html = shop_page(
    host="www.babyshop.example",
    path="/p/sirona-t-i-size-car-seat",
    lang="en-GB",
    shop="Baby Shop",
    doc_title="Sirona T i-Size Car Seat | Baby Shop",
    title="Sirona T i-Size Car Seat, Sepia Black",
    price="£399.00",
    buy="Add to basket",
    menu=("Car Seats", "Pushchairs", "Nursery", "Brands"),
    crumbs=(("Home", "/"), ("Car Seats", "/c/car-seats")),
    spec_head="Safety features",
    specs=(("Brand", "Cybex"), ("Standard", "R129 i-Size"), ("Side impact protection", "L.S.P. System")),
    reviews=("Easy to install.",),
    related_head="You may also like",
    related=(("Maxi-Cosi Pearl 360", "£329.00"), ("Joie i-Spin 360", "£299.00")),
    footer="© 2025 Baby Shop Ltd",
)
quiet("r3-quiet-brand-row-under-safety-features-heading", url, html, "Cybex")

url, html = shop_page(
    host="www.workwear-store.example",
    path="/p/duck-active-jacket",
    lang="en-US",
    shop="Workwear Store",
    doc_title="Duck Active Jacket, Brown | Workwear Store",
    title="Duck Active Jacket, Brown",
    price="$134.99",
    buy="Add to Cart",
    menu=("Jackets", "Pants", "Boots", "Brands"),
    crumbs=(("Home", "/"), ("Jackets", "/c/jackets")),
    spec_head="Specifications",
    specs=(("Brand", "Carhartt"), ("Material", "12-ounce cotton duck"), ("Fit", "Loose")),
    reviews=("Warm and tough.",),
    related_head="Related",
    related=(("Dickies Duck Jacket", "$89.99"), ("Wrangler Riggs Jacket", "$99.99")),
    footer="© 2025 Workwear Store",
)
quiet("r3-quiet-brand-opening-with-car", url, html, "Carhartt")

url, html = de_shop(
    host="www.kaufland.de",
    shop="Kaufland",
    title="Pfannenset 3-teilig, Titanium, induktionsgeeignet",
    price="59,99 €",
    gpsr="",
    details=(("Marke", "Tefal"), ("Material", "Aluminium"), ("Durchmesser", "20 / 24 / 28 cm")),
    related=(("WMF Pfannenset Devil", "89,99 €"), ("Fissler Adamant Pfanne", "69,99 €")),
    seller="<div class='offer-seller'>Verkauf durch <a href='/shops/kochwelt/'>Kochwelt</a></div>"
    "<section class='legal-info'><h2>Rechtliche Hinweise</h2><p>Verantwortliche Person in der EU: Groupe SEB Deutschland "
    "GmbH, Theodor-Stern-Kai 1, 60596 Frankfurt</p></section>",
)
quiet("r3-quiet-responsible-person-line-and-brand-row", url, html, "Tefal")


# ---- round 4 (after round 3's fixes): plain links and crumbs to the markets' brand listings, no brand names
# in the link's own markup ------------------------------------------------------------------------------

url, html = shop_page(
    host="www.unieuro.it",
    path="/online/Friggitrici-ad-aria/Friggitrice-ad-aria-Dual-Zone-9-litri-pidUNI12345",
    lang="it-IT",
    shop="Unieuro",
    doc_title="Friggitrice ad aria Dual Zone 9 litri AF400EU | Unieuro",
    title="Friggitrice ad aria Dual Zone 9 litri AF400EU",
    price="199,99 €",
    buy="Aggiungi al carrello",
    near="<div class='pdp-header__top'><a class='pdp-header__link' href='/online/marchi/ninja'>Ninja</a>"
    "<span class='pdp-header__code'>Cod. 4012345</span></div>",
    menu=("Elettrodomestici", "Informatica", "Telefonia", "Volantino"),
    crumbs=(
        ("Home", "/"),
        ("Piccoli elettrodomestici", "/online/piccoli-elettrodomestici"),
        ("Friggitrici ad aria", "/online/Friggitrici-ad-aria"),
    ),
    spec_head="Scheda tecnica",
    specs=(("Capacità", "9 l"), ("Potenza", "2470 W"), ("Cestelli", "2")),
    reviews=("Meglio della mia vecchia Moulinex.",),
    related_head="Potrebbe interessarti anche",
    related=(("Moulinex Easy Fry Dual", "159,99 €"), ("Philips Airfryer XXL", "249,99 €")),
    footer="© 2025 Unieuro S.p.A. - P.IVA 00876320409",
)
add("r4-unieuro-plain-link-marchi-path", url, html, "Ninja")

url, html = shop_page(
    host="www.ekupi.hr",
    path="/hr/Kutna-brusilica-125mm-GWS-750/p/EK000498765",
    lang="hr-HR",
    shop="eKupi",
    doc_title="Kutna brusilica 125 mm GWS 750 | eKupi",
    title="Kutna brusilica 125 mm GWS 750",
    price="69,99 €",
    buy="Dodaj u košaricu",
    near="<div class='pdp-top'><a href='/hr/proizvodjaci/bosch'>Bosch</a> <span>Šifra: EK000498765</span></div>",
    menu=HR_MENU,
    crumbs=(("Početna", "/hr/"), ("Alati", "/hr/alati/c/12"), ("Brusilice", "/hr/brusilice/c/1299")),
    spec_head="Specifikacije",
    specs=(("Snaga", "750 W"), ("Promjer ploče", "125 mm")),
    reviews=("Odlična.",),
    related_head="Slični proizvodi",
    related=(("Makita GA5030R kutna brusilica", "79,99 €"), ("Einhell TC-AG 125", "39,99 €")),
    footer="© 2025 eKupi d.o.o.",
)
add("r4-ekupi-plain-link-proizvodjaci-path", url, html, "Bosch")

url, html = shop_page(
    host="www.mimovrste.com",
    path="/pomivalni-stroji/vgradni-pomivalni-stroj-gv642e90",
    lang="sl-SI",
    shop="Mimovrste",
    doc_title="Vgradni pomivalni stroj GV642E90 | Mimovrste",
    title="Vgradni pomivalni stroj GV642E90",
    price="449,99 €",
    buy="V košarico",
    near="<div class='pdp-meta'><a href='/blagovna-znamka/gorenje'>Gorenje</a> <span>Koda: GV642E90</span></div>",
    menu=SI_MENU,
    crumbs=(
        ("Mimovrste", "/"),
        ("Gospodinjski aparati", "/gospodinjski-aparati"),
        ("Pomivalni stroji", "/pomivalni-stroji"),
    ),
    spec_head="Tehnične lastnosti",
    specs=(("Energijski razred", "E"), ("Število pogrinjkov", "14")),
    reviews=("Tih in varčen.",),
    related_head="Podobni izdelki",
    related=(("Beko DIN36430 pomivalni stroj", "399,99 €"), ("Bosch SMV4HTX00E", "549,99 €")),
    footer="© 2025 Mimovrste d.o.o.",
)
add("r4-mimovrste-plain-link-blagovna-znamka-path", url, html, "Gorenje")

url, html = shop_page(
    host="www.technodom.kz",
    path="/kk/p/smartfon-galaxy-a55-8-256gb-navy-281234",
    lang="kk-KZ",
    shop="Технодом",
    doc_title="Смартфон Galaxy A55 8/256GB Navy сатып алу | Технодом",
    title="Смартфон Galaxy A55 8/256GB Navy",
    price="219 990 ₸",
    buy="Себетке қосу",
    menu=("Смартфондар", "Ноутбуктер", "Тұрмыстық техника", "Акциялар"),
    crumbs=(
        ("Басты бет", "/kk/"),
        ("Брендтер", "/kk/brands"),
        ("Samsung", "/kk/brands/samsung"),
        ("Смартфондар", "/kk/brands/samsung/smartfony"),
    ),
    spec_head="Сипаттамалары",
    specs=(("Жад", "256 ГБ"), ("Экран", '6.6"')),
    reviews=("Керемет телефон.",),
    related_head="Ұқсас тауарлар",
    related=(("Смартфон iPhone 15 128GB", "459 990 ₸"), ("Смартфон Redmi Note 13 Pro", "149 990 ₸")),
    footer="© 2025 Технодом",
)
add("r4-technodom-kk-brendter-crumb", url, html, "Samsung")

url, html = shop_page(
    host="www.baumarkt-direkt.example",
    path="/p/akku-rasenmaeher-36v-rotak",
    lang="de-DE",
    shop="Baumarkt Direkt",
    doc_title="Akku-Rasenmäher Rotak 36-750 | Baumarkt Direkt",
    title="Akku-Rasenmäher Rotak 36-750",
    price="399,00 €",
    buy="In den Warenkorb",
    menu=("Garten", "Werkzeug", "Bauen", "Angebote"),
    crumbs=(
        ("Startseite", "/"),
        ("Hersteller", "/hersteller"),
        ("Bosch", "/hersteller-bosch"),
        ("Rasenmäher", "/hersteller-bosch/rasenmaeher"),
    ),
    spec_head="Technische Daten",
    specs=(("Schnittbreite", "36 cm"), ("Akku", "36 V")),
    reviews=("Leise und stark.",),
    related_head="Ähnliche Produkte",
    related=(("Gardena PowerMax 37/36V", "349,00 €"), ("Einhell GE-CM 36/37 Li", "279,00 €")),
    footer="© 2025 Baumarkt Direkt GmbH",
)
add("r4-de-hersteller-crumb", url, html, "Bosch")

# must not fire: passes with the brands.py of round 1's start (5faa840)
url, html = shop_page(
    host="www.unieuro.it",
    path="/online/Aspirapolvere/Aspirapolvere-senza-filo-pidUNI77889",
    lang="it-IT",
    shop="Unieuro",
    doc_title="Aspirapolvere senza filo 25,2 V | Unieuro",
    title="Aspirapolvere senza filo 25,2 V",
    price="149,99 €",
    buy="Aggiungi al carrello",
    near="<div class='pdp-header__top'><a class='pdp-header__link' href='/online/marchi/dyson'>Confronta con Dyson</a></div>",
    menu=("Elettrodomestici", "Informatica", "Telefonia", "Volantino"),
    crumbs=(("Home", "/"), ("Aspirapolvere", "/online/Aspirapolvere")),
    spec_head="Scheda tecnica",
    specs=(("Autonomia", "40 min"), ("Peso", "2,6 kg")),
    reviews=("Buono per il prezzo.",),
    related_head="Potrebbe interessarti anche",
    related=(("Dyson V8 Absolute", "349,99 €"), ("Rowenta X-Pert 6.60", "199,99 €")),
    footer="© 2025 Unieuro S.p.A. - P.IVA 00876320409",
)
quiet("r4-quiet-marchi-link-naming-another", url, html, None)

url, html = shop_page(
    host="www.baumarkt-direkt.example",
    path="/p/gartenschlauch-20m",
    lang="de-DE",
    shop="Baumarkt Direkt",
    doc_title="Gartenschlauch 20 m, 1/2 Zoll | Baumarkt Direkt",
    title="Gartenschlauch 20 m, 1/2 Zoll",
    price="19,99 €",
    buy="In den Warenkorb",
    menu=("Garten", "Werkzeug", "Bauen", "Hersteller", "Angebote"),
    crumbs=(("Startseite", "/"), ("Garten", "/garten"), ("Gartenschläuche", None)),
    spec_head="Technische Daten",
    specs=(("Länge", "20 m"), ("Durchmesser", "1/2 Zoll")),
    reviews=("Knickt nicht.",),
    related_head="Ähnliche Produkte",
    related=(("Gardena Comfort FLEX 20 m", "39,99 €"), ("Kärcher PrimoFlex 20 m", "24,99 €")),
    footer="© 2025 Baumarkt Direkt GmbH",
)
add("r4-de-hersteller-menu-multi-maker-shop", url, html, None)


url, html = shop_page(
    host="www.lumenhaus.de",
    path="/products/pendelleuchte-arc-60",
    lang="de-DE",
    shop="Lumenhaus",
    doc_title="Pendelleuchte Arc 60 | Lumenhaus",
    title="Pendelleuchte Arc 60",
    price="259,00 €",
    buy="In den Warenkorb",
    menu=("Stehleuchten", "Pendelleuchten", "Tischleuchten", "Über uns"),
    crumbs=(("Startseite", "/"), ("Pendelleuchten", "/collections/pendelleuchten")),
    spec_head="Details",
    specs=(("Durchmesser", "60 cm"), ("Leuchtmittel", "E27"), ("Material", "Messing, Leinen")),
    desc="<div class='product-safety-note'><h3>Hersteller</h3><p>Lumenhaus GmbH, Torstraße 12, 10119 Berlin, "
    "hallo@lumenhaus.de</p></div>",
    reviews=("Schönes warmes Licht.",),
    related_head="Passend dazu",
    related=(("Tischleuchte Arc 45", "189,00 €"), ("Stehleuchte Arc 180", "349,00 €")),
    footer="© 2025 Lumenhaus GmbH · Made in Germany",
)
quiet("r4-quiet-maker-shop-hersteller-heading-over-its-address", url, html, "Lumenhaus")

url, html = shop_page(
    host="www.ekupi.hr",
    path="/hr/Punjac-za-baterije-18V-AL-1820-CV/p/EK000411111",
    lang="hr-HR",
    shop="eKupi",
    doc_title="Punjač za baterije 18V AL 1820 CV | eKupi",
    title="Punjač za baterije 18V AL 1820 CV",
    price="49,99 €",
    buy="Dodaj u košaricu",
    near="<div class='pdp-top'><span>Šifra: EK000411111</span> <a href='/hr/proizvod/baterija-18v-4ah-ek000411112'>Baterija</a></div>",
    menu=HR_MENU,
    crumbs=(("Početna", "/hr/"), ("Alati", "/hr/alati/c/12"), ("Punjači", "/hr/punjaci/c/1301")),
    spec_head="Specifikacije",
    specs=(("Proizvođač", "Bosch"), ("Napon", "18 V")),
    reviews=("Brzo puni.",),
    related_head="Slični proizvodi",
    related=(("Makita DC18RC punjač", "59,99 €"), ("Einhell Power X-Charger", "29,99 €")),
    footer="© 2025 eKupi d.o.o.",
)
quiet("r4-quiet-proizvod-product-path-not-a-maker", url, html, "Bosch")


# ---- round 5 (after round 4's fixes): a labelled brand in a seller's running text, Zen Cart's "Manufactured by"


def classified(
    *,
    host: str,
    path: str,
    lang: str,
    site: str,
    title: str,
    price: str,
    contact: str,
    user: str,
    facts: tuple[tuple[str, str], ...],
    facts_head: str,
    text: str,
    similar_head: str,
    similar: tuple[tuple[str, str], ...],
    footer: str,
) -> tuple[str, str]:
    """A classifieds ad: the site's header, crumbs, photos, the ad's title and price, the contact button,
    the user's card, the site's fixed facts (place, condition) and the seller's own text, similar ads."""
    return shop_page(
        host=host,
        path=path,
        lang=lang,
        shop=site,
        doc_title=f"{title} - {site}",
        title=title,
        price=price,
        buy=contact,
        seller=f"<div class='user-card'><a href='/user/{slug(user)}'>{user}</a></div>",
        menu=("Auto", "Real estate", "Fashion", "Sport"),
        crumbs=(("Home", "/"), ("Fashion", "/fashion"), ("Shoes", "/fashion/shoes")),
        spec_head=facts_head,
        specs=facts,
        spec_form="dl",
        desc=f"<div class='ad-description'>{text}</div>",
        related_head=similar_head,
        related=similar,
        footer=footer,
    )


url, html = classified(
    host="www.njuskalo.hr",
    path="/muske-tenisice/tenisice-br-42-oglas-43599999",
    lang="hr-HR",
    site="Njuškalo",
    title="Tenisice br. 42, malo nošene",
    price="45 €",
    contact="Pošalji poruku",
    user="ivan_st",
    facts=(("Lokacija", "Split"), ("Stanje", "Rabljeno")),
    facts_head="Osnovni podaci",
    text="<p>Marka: Nike, veličina 42, nošene dva puta.</p><p>Moguće slanje BoxNow.</p>",
    similar_head="Slični oglasi",
    similar=(("Adidas Superstar br. 42", "40 €"), ("Puma RS-X br. 42", "35 €")),
    footer="© 2025 Njuškalo d.o.o.",
)
add("r5-njuskalo-marka-in-a-sentence", url, html, "Nike")

url, html = classified(
    host="www.olx.kz",
    path="/d/obyavlenie/krossovki-42-razmer-IDp7Yx1.html",
    lang="ru-KZ",
    site="OLX.kz",
    title="Кроссовки 42 размер, почти новые",
    price="18 000 тг.",
    contact="Написать",
    user="Ерлан",
    facts=(("Состояние", "Б/у"), ("Город", "Алматы")),
    facts_head="Параметры",
    text="<p>Бренд: Nike, размер 42, носил пару раз. Торг уместен.</p>",
    similar_head="Похожие объявления",
    similar=(("Кроссовки Adidas 42", "15 000 тг."), ("Кроссовки New Balance 41", "20 000 тг.")),
    footer="© 2025 OLX.kz",
)
add("r5-olx-kz-brend-in-a-sentence", url, html, "Nike")

url, html = classified(
    host="www.kleinanzeigen.de",
    path="/s-anzeige/sneaker-gr-44-kaum-getragen/2876543210-159-3331",
    lang="de-DE",
    site="Kleinanzeigen",
    title="Sneaker Gr. 44, kaum getragen",
    price="35 € VB",
    contact="Nachricht schreiben",
    user="Jonas",
    facts=(("Zustand", "Sehr gut"), ("Versand", "Versand möglich")),
    facts_head="Details",
    text="<p>Marke: Adidas, Größe 44, kaum getragen. Abholung in Berlin-Neukölln oder Versand.</p>",
    similar_head="Das könnte dich auch interessieren",
    similar=(("Nike Air Force 1 Gr. 44", "45 €"), ("Puma Suede Gr. 44", "25 €")),
    footer="© 2025 Kleinanzeigen GmbH",
)
add("r5-kleinanzeigen-marke-in-a-sentence", url, html, "Adidas")


def zen_cart(
    *, host: str, shop: str, title: str, model: str, old: str, price: str, details: str
) -> tuple[str, str]:
    """A Zen Cart product page (the replica shops' classic cart): header, category box, the product's
    heading, struck normal price and special price, cart box, description and the product details list
    ("Model:", "Units in Stock", "Manufactured by:"), "also purchased" cells."""
    body = (
        f"<div id='headerWrapper'><div id='logo'><a href='https://{host}/'><img src='includes/templates/custom/images/logo.gif' alt='{shop}'></a></div>"
        "<div id='navMainWrapper'><a href='index.php?main_page=index'>Home</a> <a href='index.php?main_page=login'>Log In</a></div></div>"
        "<div id='navColumnOne'><h3 class='leftBoxHeading'>Categories</h3><ul><li><a href='index.php?cPath=1'>Hoodies</a></li>"
        "<li><a href='index.php?cPath=2'>Jackets</a></li></ul></div>"
        "<div class='centerColumn' id='productGeneral'>"
        f"<div id='productMainImage'><a href='index.php?main_page=popup_image&amp;pID=77'><img src='images/{slug(title)}.jpg' alt='{title}' width='300' height='300'></a></div>"
        f"<h1 id='productName' class='productGeneral'>{title}</h1>"
        f"<h2 id='productPrices' class='productGeneral'><span class='normalprice'>{old} </span>&nbsp;<span class='productSpecialPrice'>{price}</span></h2>"
        "<div id='cartAdd'>Add to Cart: <input type='text' name='cart_quantity' value='1'><input type='image' src='includes/templates/custom/buttons/english/button_in_cart.gif' alt='Add to Cart'></div>"
        "<div id='productDescription' class='productGeneral biggerText'><p>Heavyweight cotton fleece, ribbed cuffs.</p></div>"
        f"<ul id='productDetailsList' class='floatingBox back'><li>Model: {model}</li><li>57 Units in Stock</li>{details}</ul>"
        "<div class='centerBoxWrapper' id='alsoPurchased'><h2 class='centerBoxHeading'>Customers who bought this product also purchased...</h2>"
        "<div class='centerBoxContentsAlsoPurch'><a href='index.php?main_page=product_info&amp;products_id=78'>Crewneck Sweatshirt Grey</a><br>$59.00</div></div>"
        "</div><div id='navSuppWrapper'>Copyright &copy; 2025 <a href='index.php?main_page=index'>"
        + shop
        + "</a>. Powered by Zen Cart</div>"
    )
    return f"https://{host}/index.php?main_page=product_info&products_id=77", doc(
        f"{title} [{model}] - {price} : {shop}", body, "en"
    )


url, html = zen_cart(
    host="www.stoneoutlet-online.com",
    shop="Stone Outlet Online",
    title="Compass Badge Hoodie Navy",
    model="SI-HD-NV",
    old="$329.00",
    price="$69.00",
    details="<li>Manufactured by: Stone Island</li>",
)
add("r5-zencart-manufactured-by", url, html, "Stone Island")

# must not fire: each passes with the brands.py of round 1's start (5faa840)
url, html = zen_cart(
    host="www.knitwear-corner.com",
    shop="Knitwear Corner",
    title="Merino Cable Knit Cardigan Oatmeal",
    model="KC-CARD-OT",
    old="$149.00",
    price="$119.00",
    details="<li>Manufactured by hand in Portugal</li>",
)
quiet("r5-quiet-manufactured-by-hand-no-colon", url, html, None)

url, html = shop_page(
    host="www.kuechenprofi.example",
    path="/p/geschirrspueler-sms4htw47e",
    lang="de-DE",
    shop="Küchenprofi",
    doc_title="Geschirrspüler SMS4HTW47E | Küchenprofi",
    title="Geschirrspüler SMS4HTW47E, 60 cm",
    price="549,00 €",
    buy="In den Warenkorb",
    menu=("Küchen", "Geräte", "Marken", "Angebote"),
    crumbs=(("Startseite", "/"), ("Geschirrspüler", "/c/geschirrspueler")),
    spec_head="Technische Daten",
    specs=(("Hersteller", "BSH Hausgeräte GmbH, München"), ("Energieeffizienzklasse", "D")),
    reviews=("Leise.",),
    related_head="Ähnliche Produkte",
    related=(("Siemens SN23HI60AE", "599,00 €"), ("AEG FFB64607ZM", "529,00 €")),
    footer="© 2025 Küchenprofi GmbH",
)
quiet("r5-quiet-maker-with-town-after-a-comma", url, html, "BSH Hausgeräte GmbH, München")


url, html = mercadolibre(
    item="1488776655",
    title="Zapatillas Urbanas Hombre Cuero Talles 39 Al 45",
    price="39.999",
    specs=(("Género", "Hombre"), ("Material exterior", "Cuero sintético")),
    seller="CALZADOS DEL SUR",
)
html = html.replace(
    "<div class='ui-pdp-questions'>",
    "<div class='ui-pdp-description'><h2>Descripción</h2><p>Marca: consultar disponibilidad, colores y talles por "
    "mensaje antes de ofertar, gracias.</p></div><div class='ui-pdp-questions'>",
)
quiet("r5-quiet-ml-marca-then-seller-prose", url, html, None)

url, html = ebay(
    host="www.ebay.co.uk",
    lang="en-GB",
    item="187766554433",
    title="Leather Chelsea Boots Size 9 Brown",
    price="£45.00",
    buy="Buy it now",
    specifics_head="Item specifics",
    specifics=(("Condition", "New without box"), ("UK Shoe Size", "9"), ("Colour", "Brown")),
    seller="wardrobe_clearout_22",
    feedback="100% positive feedback",
    desc="<p>Brand new, never worn, size 9, bought for a wedding and changed my mind, from a smoke-free home, "
    "postage with Royal Mail tracked.</p>",
    related_head="Similar items",
    related=(("Dr. Martens 2976 Chelsea Boot", "£120.00"), ("Clarks Desert Boot", "£65.00")),
)
quiet("r5-quiet-brand-new-opening-a-long-description", url, html, None)


url, html = classified(
    host="www.kleinanzeigen.de",
    path="/s-anzeige/kinderfahrrad-20-zoll/2876543299-217-3331",
    lang="de-DE",
    site="Kleinanzeigen",
    title="Kinderfahrrad 20 Zoll, blau",
    price="60 € VB",
    contact="Nachricht schreiben",
    user="Jonas",
    facts=(("Zustand", "Gut"), ("Versand", "Nur Abholung")),
    facts_head="Details",
    text="<p>Gut erhaltenes Kinderfahrrad, neue Reifen. Abholung in Berlin.</p>",
    similar_head="Das könnte dich auch interessieren",
    similar=(("Puky Kinderfahrrad 18 Zoll", "80 €"), ("Cube Kid 200", "150 €")),
    footer="© 2025 Kleinanzeigen GmbH",
)
html = html.replace(
    "</a></div>", "</a><span>Privater Nutzer</span><span>Aktiv seit 12.03.2019</span></div>", 1
)
add("r5-kleinanzeigen-private-user-no-brand", url, html, None)

url, html = classified(
    host="www.olx.kz",
    path="/d/obyavlenie/detskaya-kolyaska-IDp8Zz2.html",
    lang="ru-KZ",
    site="OLX.kz",
    title="Детская коляска 2 в 1, в хорошем состоянии",
    price="45 000 тг.",
    contact="Написать",
    user="Айгерим",
    facts=(("Состояние", "Б/у"), ("Город", "Астана")),
    facts_head="Параметры",
    text="<p>Коляска после одного ребенка, все колеса целые. Самовывоз.</p>",
    similar_head="Похожие объявления",
    similar=(("Коляска Cybex Priam", "250 000 тг."), ("Коляска Anex m/type", "180 000 тг.")),
    footer="© 2025 ТОО «OLX Kazakhstan»",
)
html = html.replace("</a></div>", "</a><span>Частное лицо</span><span>На OLX с мая 2020 г.</span></div>", 1)
add("r5-olx-kz-private-person-no-brand", url, html, None)

url, html = shop_page(
    host="www.lumenhaus.de",
    path="/products/tischleuchte-arc-45",
    lang="de-DE",
    shop="Lumenhaus",
    doc_title="Tischleuchte Arc 45 | Lumenhaus",
    title="Tischleuchte Arc 45",
    price="189,00 €",
    buy="In den Warenkorb",
    seller="<p class='account-hint'>Privater Nutzer? Jetzt Kundenkonto anlegen</p>",
    menu=("Stehleuchten", "Pendelleuchten", "Tischleuchten", "Über uns"),
    crumbs=(("Startseite", "/"), ("Tischleuchten", "/collections/tischleuchten")),
    spec_head="Details",
    specs=(("Höhe", "45 cm"), ("Leuchtmittel", "E14")),
    reviews=("Sehr schön.",),
    related_head="Passend dazu",
    related=(("Stehleuchte Arc 180", "349,00 €"), ("Pendelleuchte Arc 60", "259,00 €")),
    footer="© 2025 Lumenhaus GmbH · Made in Germany",
)
quiet("r5-quiet-maker-shop-private-customer-hint", url, html, "Lumenhaus")


# ---- round 6 (after round 5's fixes): "see the description" where the brand goes; AliExpress's EU maker rows ----

url, html = ebay(
    host="www.ebay.de",
    lang="de-DE",
    item="297799001122",
    title="Damen Handtasche Leder Schultertasche groß Vintage braun",
    price="EUR 39,90",
    buy="Sofort-Kaufen",
    specifics_head="Artikelmerkmale",
    specifics=(
        ("Artikelzustand", "Neu mit Etikett"),
        ("Marke", "siehe Beschreibung"),
        ("Material", "Leder"),
        ("Farbe", "Braun"),
    ),
    seller="taschen-paradies",
    feedback="99,3 % positive Bewertungen",
    desc="<p>Hochwertige Ledertasche, Maße 35 x 28 x 12 cm.</p>",
    related_head="Ähnliche Artikel",
    related=(("Fossil Jolie Crossbody", "EUR 119,00"), ("Liebeskind Berlin Chudy", "EUR 149,90")),
)
add("r6-ebay-de-marke-siehe-beschreibung", url, html, None)

url, html = ebay(
    host="www.ebay.it",
    lang="it-IT",
    item="405566778899",
    title="Orologio uomo cronografo acciaio quadrante blu",
    price="EUR 49,00",
    buy="Compralo Subito",
    specifics_head="Specifiche dell'oggetto",
    specifics=(
        ("Condizione", "Nuovo"),
        ("Marca", "Vedi descrizione"),
        ("Movimento", "Quarzo"),
        ("Materiale cassa", "Acciaio"),
    ),
    seller="orologi_outlet_it",
    feedback="98,8% di feedback positivi",
    desc="<p>Orologio nuovo con scatola.</p>",
    related_head="Oggetti simili",
    related=(("Casio Edifice EFR-539", "EUR 129,00"), ("Seiko 5 Sports SRPD", "EUR 259,00")),
)
add("r6-ebay-it-marca-vedi-descrizione", url, html, None)

url, html = shop_page(
    host="shopee.tw",
    path="/韓版-斜背包-i.88112233.25566778899",
    lang="zh-Hant-TW",
    shop="Shopee 蝦皮購物",
    doc_title="韓版 皮革 斜背包 女 小方包 | 蝦皮購物",
    title="韓版 皮革 斜背包 女 小方包",
    price="$399",
    buy="加入購物車",
    seller="<div class='shop-section'><a class='shop-name' href='/bagbag_tw'>包包小舖</a><button>聊聊</button></div>",
    menu=("女生包包", "男生包包", "配件", "品牌館"),
    crumbs=(("蝦皮購物", "/"), ("女生包包/精品", "/c/bags"), ("斜背包", "/c/crossbody")),
    spec_head="商品規格",
    specs=(("品牌", "詳見商品描述"), ("材質", "PU皮革"), ("出貨地", "台中市")),
    reviews=("跟圖片一樣。",),
    related_head="你可能也喜歡",
    related=(("Coach 斜背包 CH123", "$5,980"), ("MK 小方包", "$4,500")),
    footer="© 2025 Shopee. 版權所有。",
)
add("r6-shopee-tw-pinpai-xiangjian-miaoshu", url, html, None)

url, html = shop_page(
    host="www.ruten.com.tw",
    path="/item/show?22412345678901",
    lang="zh-Hant-TW",
    shop="露天市集",
    doc_title="藍牙耳機 無線 運動 防水 | 露天市集 | 全台最大的網路購物市集",
    title="藍牙耳機 無線 運動 防水",
    price="$299",
    buy="直接購買",
    seller="<div class='seller-info'><span>賣家</span><a href='/user/3c_store'>3c_store</a></div>",
    menu=("3C", "家電", "服飾", "品牌館"),
    crumbs=(("露天", "/"), ("3C", "/c/3c"), ("耳機", "/c/earphones")),
    spec_head="商品規格",
    specs=(("品牌", "如圖"), ("商品狀況", "全新"), ("出貨地", "桃園市")),
    reviews=("音質不錯。",),
    related_head="賣家其他商品",
    related=(("小米 藍牙耳機", "$599"), ("JBL Tune 耳機", "$1,990")),
    footer="© 2025 露天市集國際資訊股份有限公司",
)
add("r6-ruten-pinpai-rutu-as-pictured", url, html, None)

url, html = aliexpress(
    item="1005007777000001",
    title="USB C Cable 60W Fast Charging 2m Braided",
    price="US $1.99",
    store="Shop1104455 Store",
    specs=(
        ("Origin", "Mainland China"),
        ("Length", "2m"),
        ("Manufacturer name", "Shenzhen Lianke Technology Co., Ltd."),
        ("Manufacturer address", "Longhua District, 518109 Shenzhen, CN"),
        ("Manufacturer email", "lianke_service@163.com"),
    ),
)
add("r6-aliexpress-eu-manufacturer-name-rows", url, html, None)

# must not fire: each passes with the brands.py of round 1's start (5faa840)
url, html = shop_page(
    host="www.momoshop.com.tw",
    path="/goods/GoodsDetail.jsp?i_code=55667788",
    lang="zh-Hant-TW",
    shop="momo購物網",
    doc_title="ageLOC 淨白精華 30ml - momo購物網",
    title="ageLOC 淨白精華 30ml",
    price="$3,200",
    buy="立即購買",
    menu=TW_MENU,
    crumbs=(("首頁", "/"), ("美妝", "/c/beauty"), ("精華液", "/c/serum")),
    spec_head="商品規格",
    specs=(("品牌名稱", "如新"), ("容量", "30ml"), ("產地", "美國")),
    reviews=("很好吸收。",),
    related_head="看了此商品的人也看了",
    related=(("【雅詩蘭黛】特潤精華", "$3,900"), ("【蘭蔻】小黑瓶", "$3,600")),
    footer="© 2025 富邦媒體科技股份有限公司",
)
quiet("r6-quiet-brand-opening-with-ru", url, html, "如新")

url, html = aliexpress(
    item="1005007777000002",
    title="USB C to C Cable 100W 1m",
    price="US $3.49",
    store="UGREEN Official Store",
    specs=(
        ("Brand Name", "UGREEN"),
        ("Origin", "Mainland China"),
        ("Manufacturer name", "Ugreen Group Limited"),
        ("Manufacturer address", "Gaoxinqi Industrial Park, 518126 Shenzhen, CN"),
    ),
)
quiet("r6-quiet-aliexpress-brand-row-before-manufacturer-rows", url, html, "UGREEN")

url, html = shop_page(
    host="www.elektronik-shop.example",
    path="/p/kopfhoerer-wh-ch720n",
    lang="de-DE",
    shop="Elektronik Shop",
    doc_title="Kopfhörer WH-CH720N schwarz | Elektronik Shop",
    title="Kopfhörer WH-CH720N schwarz",
    price="99,00 €",
    buy="In den Warenkorb",
    menu=("TV", "Audio", "Marken", "Angebote"),
    crumbs=(("Startseite", "/"), ("Kopfhörer", "/c/kopfhoerer")),
    spec_head="Technische Daten",
    specs=(
        ("Hersteller", "Sony"),
        ("Hersteller-Adresse", "Sony Europe B.V., Taurusavenue 16, 2132 LS Hoofddorp, NL"),
    ),
    reviews=("Guter Klang.",),
    related_head="Ähnliche Produkte",
    related=(("Bose QuietComfort 45", "249,00 €"), ("JBL Tune 770NC", "79,00 €")),
    footer="© 2025 Elektronik Shop GmbH",
)
quiet("r6-quiet-maker-row-before-maker-address-row", url, html, "Sony")


# ---- round 7 (after round 6's fixes): the Korean notices' "shown in the detail description" --------------


def smartstore(
    *, store: str, path: str, title: str, price: str, notice: tuple[tuple[str, str], ...]
) -> tuple[str, str]:
    """A Naver smartstore product page: the store's header, the product block (title, sale price, buy and
    cart buttons), the 상품정보 제공고시 (the legally required notice) table, reviews and "함께 본 상품" cards."""
    return shop_page(
        host="smartstore.naver.com",
        path=path,
        lang="ko-KR",
        shop=store,
        doc_title=f"{title} : {store}",
        title=title,
        price=price,
        buy="구매하기",
        seller=f"<div class='store-info'><a href='/{path.split('/')[1]}'>{store}</a><span>굿서비스</span></div>",
        menu=("전체상품", "주방", "욕실", "베스트"),
        crumbs=(("홈", f"/{path.split('/')[1]}"), ("주방", f"/{path.split('/')[1]}/category/1")),
        spec_head="상품정보 제공고시",
        specs=notice,
        reviews=("배송 빠르고 튼튼해요.",),
        related_head="함께 본 상품",
        related=(("락앤락 스텐 정리대", "19,900원"), ("코멧 주방 선반", "15,900원")),
        footer=f"© {store}",
    )


url, html = smartstore(
    store="키친랩",
    path="/kitchenlab/products/9876543210",
    title="스텐 주방 정리대 2단",
    price="29,900원",
    notice=(
        ("품명 및 모델명", "주방 정리대 2단"),
        ("제조사", "상세설명에 표시"),
        ("제조국", "중국"),
        ("A/S 책임자와 전화번호", "키친랩 고객센터 070-1234-5678"),
    ),
)
add("r7-smartstore-jejosa-sangse-seolmyeong-e-pyosi", url, html, None)

url, html = smartstore(
    store="홈데코하우스",
    path="/homedecohouse/products/8765432109",
    title="원목 수납 선반 3단",
    price="49,000원",
    notice=(("품명 및 모델명", "원목 선반 3단"), ("제조자", "상세페이지에 표기"), ("제조국", "베트남")),
)
add("r7-smartstore-jejoja-sangse-page-e-pyogi", url, html, None)

# must not fire: passes with the brands.py of round 1's start (5faa840)
url, html = smartstore(
    store="한샘몰 공식스토어",
    path="/hanssemmall/products/7654321098",
    title="샘 책상 1200 화이트",
    price="159,000원",
    notice=(("품명 및 모델명", "샘 책상 1200"), ("제조사", "한샘"), ("A/S 안내", "상세설명에 표시")),
)
quiet("r7-quiet-maker-row-beside-a-notice-shown-in-description", url, html, "한샘")


XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("c", case_params(CASES + MUST_NOT_FIRE, XFAIL))
def test_brand(c: Case) -> None:
    got = extract_product(c.html, c.url)
    assert got is not None, "no listing"
    assert got.get("brand_claimed") == c.brand


def test_counts() -> None:
    assert len(CASES) >= 30 and len(MUST_NOT_FIRE) >= 10


def test_cases_have_no_structured_data() -> None:
    for c in CASES + MUST_NOT_FIRE:
        assert not carries_structured_data(c.html), c.id
