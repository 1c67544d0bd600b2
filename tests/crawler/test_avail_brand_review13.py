"""Availability and brand review 13 (issue 14): whole product pages as the issue's markets served them in
2015-2020 (Amazon .com / .co.uk / .de / .fr / .it, Taiwan, Korea, Kazakhstan, Argentina, Slovenia, Croatia),
WITHOUT structured data (no JSON-LD, microdata, RDFa or OpenGraph).

Each page is written whole in the markup those sites served then: Amazon's detail page (`#productTitle`, the
byline as a brand link, "by" link, "Marke: / Marque : / Marca: / Brand:" or a store link, `#availability`, the
buy box or `#outOfStock`, the technical details table or detail bullets, the sims carousel); PChome 24h's button
row, momo's buy area and attributes table, Yahoo奇摩購物中心's brand and stock boxes, a Shopline / Cyberbiz shop;
Gmarket's purchase box and 상품정보 제공고시 table, 11번가's brand line and sold-out box, Coupang's brand link and
oos label, Cafe24's info table and action buttons; Technodom, Sulpak, Mechta, a shop in Kazakh and Kaspi's
sellers block; MercadoLibre's VIP, Frávega, Garbarino, Tiendanube; Mimovrste, Big Bang and small Slovenian
shops; Links, Instar and small Croatian shops. Each carries the parts that distract: header, menus (a brands
menu), mini-cart, breadcrumbs, recommendation carousels of other products with their own prices and stock badges
("Nur noch 2 auf Lager.", "售完", "품절", "Нет в наличии", "Agotado", "Ni na zalogi", "Nema na zalihi"),
reviews and questions using the stock words ("之前一直缺貨", "품절될까봐", "Bio je rasprodan mjesecima"), a
shop note on out-of-stock orders, the footer.

Expected values were written with each page, before running the extractor: availability as a shopper reads it
for the shown product, folded as benchmarks.bench_extraction folds it (`AVAILABILITY_CLASS`); brand as the page
names the maker (compared as the benchmark compares it: marks dropped, case-folded), the brand row over a maker
row naming the company behind it ("제조사 | 삼성전자", "브랜드 | 삼성": 삼성), a publisher no brand (None).

Cases: 59 pages in batch 1 (49 cases, 28 of them out of stock, 1 pre-order; 10 must-not-fire: stock words only
in other products' cards, reviews, a delivery FAQ or a hidden template beside a live cart button, a size
picker's and a size list's sold-out sizes, no brand but a brands menu and other makers' cards, a shop's own name
only, a hidden sold-out button), 9 pages in batch 2 (8 cases, 1 must-not-fire), written after batch 1's fixes.

FIRST LOOK (batch 1, against 9345db8): 8 of 118 field checks failed (7 of 49 case pages, 1 of 10 must-not-fire);
availability 0 of 59, brand 8 of 59:
- brand, Amazon.de's and Amazon.fr's store bylines "Besuchen Sie den Bosch-Store" and "Visitez la boutique
  Moulinex" (4 cases and the must-not-fire WMF page) read whole as the brand, over the table's "Marke | Bosch";
  `_BYLINE` knew "Besuche den X-Store" and "Visiter la boutique X" but not the forms Amazon writes; fixed
  (`brands._BYLINE`: "besuchen sie den X-store", "visitez la boutique X", beside the other store lines);
- brand, Gmarket's notice writing "제조사 | 삼성전자" before "브랜드 | 삼성" (and "제조사 | Shenzhen QCY" before
  "브랜드 | QCY"): the maker's row, the first labelled, won (2 cases); fixed (`brands._brand_over_maker`, called
  by `_labelled_brand`: where a label naming the maker alone gave the value, a value labelled as the brand
  itself outranks it, unless either is a placeholder: test_brand_review9's Magento "Manufacturer | N/A" over
  "Brand | No" stays None);
- brand, Kaspi's "Apple iPhone 7 32Gb черный" with no brand row: None; left (XFAIL: the maker only as the
  title's first word, the left kind of reviews 5, 6, 9 and 11).
Passed at first look: Amazon's "Derzeit nicht verfügbar.", "Actuellement indisponible.", "Attualmente non
disponibile.", "Currently unavailable.", "Temporairement en rupture de stock." without a buy box, "Nur noch 3 auf
Lager", "Il ne reste plus que 2 exemplaire(s) en stock", "Solo 1 con disponibilità immediata", "Gewöhnlich
versandfertig in 1 bis 2 Monaten", "Dieser Artikel erscheint am ..." with "Jetzt vorbestellen", bylines "Marke:
X", "Marque : X", "Marca: X", "Brand: X", "Visita lo Store di X", "Visit the X Store", 2016's `a#brand` link and
"by" link; PChome's "售完，補貨中！", momo's "已售完" with "貨到通知我" and its 品牌名稱 row, size options "(已售完)",
Yahoo's "補貨中" button and "品牌：" line, "缺貨中", "已售完"; Gmarket's "품절되었습니다", 11번가's "일시품절" with
"재입고 알림", Coupang's oos label and "품절임박 남은수량 3개" beside a live cart (InStock), Cafe24's "품절" button with
the buy buttons hidden by class, "재고 있음"; "Нет в наличии" with "Сообщить о поступлении", "В наличии в 14
магазинах", "Товар закончился", Kazakh "Қоймада жоқ" / "Қоймада бар", Kaspi's "Нет в продаже"; "Stock
disponible", "¡Última disponible!", "Producto sin stock", "AGOTADO", Tiendanube's "Sin stock" input; "Ni na
zalogi" with "Obvesti me", "Na zalogi v spletni trgovini", "Trenutno ni na zalogi", "Razprodano"; "Nema na
zalihi", "Na stanju", "Trenutno nedostupno", "Dostupno", "Rasprodano"; the brand labels Blagovna znamka,
Proizvajalec, Proizvođač, Brend, Бренд, Производитель, Marca, 品牌, 브랜드, 제조사.

Batch 2 (9 pages: maker rows before brand rows on Amazon.de, a Taiwanese and a Cafe24 shop; Amazon.fr's
"Cet article paraîtra le ..." with "Précommander"; "Временно отсутствует"; "Sin stock"; "Zadnji kos!"; "Nema na
stanju"; a must-not-fire "Производитель | Indesit" page whose cards carry "Бренд: Samsung"): 1 of 18 field
checks failed (1 of 8 case pages, 0 of 1 must-not-fire):
- brand, Amazon.de's "Besuchen Sie den Tefal-Store" over "Hersteller | Groupe SEB Deutschland GmbH" before
  "Marke | Tefal": the store line's check against the labelled row (`_store_or_row`) took the maker's row;
  fixed (`brands._store_or_row` reads the row through `_brand_over_maker` too).
In all: 68 pages (57 cases, 11 must-not-fire), 9 of them failing at first look in some field; 1 strict xfail.
"""

from __future__ import annotations

import pytest

from tests.crawler.review_cases import (
    SKIP,
    carries_structured_data,
    case_params,
    check_availability,
    check_brand,
)
from tests.crawler.review_cases import AvailBrandCase as Case

CASES: list[Case] = []
MUST_NOT_FIRE: list[Case] = []


def add(id: str, url: str, html: str, availability: str | None, brand: str | None) -> None:
    """A page case: the availability and brand a careful labeller reads."""
    CASES.append(Case(id, url, html, availability, brand))


def quiet(id: str, url: str, html: str, availability: str | None, brand: str | None) -> None:
    """A must-not-fire page: a distractor that must not change the field(s) it guards."""
    MUST_NOT_FIRE.append(Case(id, url, html, availability, brand))


def slug(text: str) -> str:
    """A URL slug of `text` (ASCII letters and digits kept; other scripts give "item")."""
    return (
        "-".join("".join(c if c.isascii() and c.isalnum() else " " for c in text.lower()).split()) or "item"
    )


def doc(title: str, body: str, lang: str) -> str:
    """The page: head with the era's scripts, then `body`."""
    return (
        f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<link rel='stylesheet' href='/static/css/common.css?v=20180411'>"
        "<script src='//code.jquery.com/jquery-1.12.4.min.js'></script>"
        f"</head><body>{body}"
        "<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;})(window,document,'script','ga');"
        "ga('create', 'UA-4410-2', 'auto'); ga('send', 'pageview');</script></body></html>"
    )


def tiles(heading: str, items: tuple[tuple[str, str, str], ...], cls: str = "related") -> str:
    """A carousel of other products: (name, price, badge) each; the badge may be ""."""
    lis = "".join(
        f"<li class='item'><a href='/p/{slug(n)}-{i}.html'><img src='/img/s/{slug(n)}-{i}.jpg' alt='{n}'></a>"
        f"<p class='name'><a href='/p/{slug(n)}-{i}.html'>{n}</a></p><p class='price'>{p}</p>"
        + (f"<span class='badge'>{s}</span>" if s else "")
        + "</li>"
        for i, (n, p, s) in enumerate(items)
    )
    return f"<div class='{cls}'><h3>{heading}</h3><ul class='list'>{lis}</ul></div>"


def opinions(heading: str, *texts: tuple[str, str]) -> str:
    """Customer reviews: (author, text) each."""
    items = "".join(f"<li class='review'><b class='author'>{a}</b><p>{t}</p></li>" for a, t in texts)
    return f"<div class='reviews'><h3>{heading}</h3><ul>{items}</ul></div>"


def photos(name: str, n: int = 3) -> str:
    """Main image and thumbnails."""
    s = slug(name)
    thumbs = "".join(
        f"<li><img src='/img/goods/{s}-{i}_s.jpg' alt='{name}' width='60'></li>" for i in range(2, n + 2)
    )
    return (
        f"<div class='gallery'><img class='main-img' src='/img/goods/{s}-1.jpg' alt='{name}' width='500' "
        f"height='500'><ul class='thumbs'>{thumbs}</ul></div>"
    )


def menu(shop: str, links: tuple[str, ...], cart: str, search: str = "Search") -> str:
    """A shop's header: logo, search, mini-cart and menu links."""
    items = "".join(f"<li><a href='/c/{slug(m)}-{i}'>{m}</a></li>" for i, m in enumerate(links))
    return (
        f"<header id='header'><a class='logo' href='/'><img src='/img/logo.png' alt='{shop}'></a><form "
        f"action='/search' class='search'><input type='text' name='q'><button type='submit'>{search}</button></form>"
        f"<a class='mini-cart' href='/cart'>{cart} (0)</a><nav class='gnb'><ul>{items}</ul></nav></header>"
    )


def bottom(shop: str, lines: tuple[str, ...]) -> str:
    """A shop's footer: help links and the copyright."""
    items = "".join(f"<li><a href='/help/{i}'>{t}</a></li>" for i, t in enumerate(lines))
    return f"<footer id='footer'><ul class='help'>{items}</ul><p class='copy'>&copy; 2018 {shop}</p></footer>"


def trail(*names: str) -> str:
    """Breadcrumbs, the last one unlinked."""
    links = "".join(f"<a href='/c/{slug(n)}-{i}'>{n}</a> &gt; " for i, n in enumerate(names[:-1]))
    return f"<div class='breadcrumb'>{links}<span>{names[-1]}</span></div>"


# ---- Amazon, 2016-2020 desktop detail page --------------------------------------------------------------------

AMZ = {
    "de": {
        "host": "Amazon.de", "cart": "Einkaufswagen", "price": "Preis:", "add": "In den Einkaufswagen",
        "now": "Jetzt kaufen", "list": "Auf die Liste", "also": "Kunden, die diesen Artikel gekauft haben, kauften auch",
        "info": "Produktinformation", "rev": "Top-Rezensionen aus Deutschland", "sold": "Verkauf und Versand durch Amazon.",
        "cat": "Alle Kategorien", "copy": "&copy; 1998-2019, Amazon.com, Inc. oder Tochtergesellschaften",
    },
    "fr": {
        "host": "Amazon.fr", "cart": "Panier", "price": "Prix :", "add": "Ajouter au panier",
        "now": "Acheter cet article maintenant", "list": "Ajouter à votre liste",
        "also": "Les clients ayant acheté cet article ont également acheté", "info": "Informations sur le produit",
        "rev": "Meilleurs commentaires des clients", "sold": "Expédié et vendu par Amazon.",
        "cat": "Toutes nos catégories", "copy": "&copy; 1996-2019, Amazon.com, Inc. ou ses filiales",
    },
    "it": {
        "host": "Amazon.it", "cart": "Carrello", "price": "Prezzo:", "add": "Aggiungi al carrello",
        "now": "Acquista ora", "list": "Aggiungi alla lista", "also": "Spesso comprati insieme",
        "info": "Informazioni prodotto", "rev": "Recensioni migliori da Italia",
        "sold": "Venduto e spedito da Amazon.", "cat": "Tutte le categorie",
        "copy": "&copy; 1996-2019, Amazon.com, Inc. o società affiliate",
    },
    "en-GB": {
        "host": "Amazon.co.uk", "cart": "Basket", "price": "Price:", "add": "Add to Basket", "now": "Buy Now",
        "list": "Add to List", "also": "Customers who bought this item also bought", "info": "Product information",
        "rev": "Top reviews from United Kingdom", "sold": "Dispatched from and sold by Amazon.",
        "cat": "All Departments", "copy": "&copy; 1996-2019, Amazon.com, Inc. or its affiliates",
    },
    "en": {
        "host": "Amazon.com", "cart": "Cart", "price": "Price:", "add": "Add to Cart", "now": "Buy Now",
        "list": "Add to List", "also": "Customers who bought this item also bought", "info": "Product information",
        "rev": "Top reviews from the United States", "sold": "Ships from and sold by Amazon.com.",
        "cat": "All Departments", "copy": "&copy; 1996-2019, Amazon.com, Inc. or its affiliates",
    },
}  # fmt: skip


def amz_buy(lang: str) -> str:
    """Amazon's live buy box: quantity, add to cart, buy now."""
    t = AMZ[lang]
    return (
        "<form id='addToCart' method='post' action='/gp/product/handle-buy-box/ref=dp_start-bbf_1_glance'>"
        "<select name='quantity' id='quantity'><option value='1' selected>1</option><option value='2'>2</option>"
        "</select><span id='submit.add-to-cart' class='a-button a-button-primary'><input id='add-to-cart-button' "
        f"name='submit.add-to-cart' type='submit' class='a-button-input' value='{t['add']}'><span "
        f"id='submit.add-to-cart-announce' class='a-button-text'>{t['add']}</span></span><span id='submit.buy-now' "
        "class='a-button'><input id='buy-now-button' name='submit.buy-now' type='submit' class='a-button-input'>"
        f"<span class='a-button-text'>{t['now']}</span></span></form>"
    )


def amz_oos(lang: str, line: str, more: str) -> str:
    """Amazon's buy box of an unavailable item: the `line` in price colour, `more`, and "Add to List"."""
    t = AMZ[lang]
    return (
        "<div id='outOfStock' class='a-box'><div class='a-box-inner'><div class='a-section a-text-center'>"
        f"<span class='a-color-price a-text-bold'>{line}</span><br>{more}</div></div></div>"
        f"<div id='wishlistButtonStack'><a class='a-button-text' href='/gp/registry/wishlist/add'>{t['list']}</a></div>"
    )


def amazon(
    lang: str, crumbs: tuple[str, ...], name: str, byline: str, price: str, avail: str, buy: str, info: str,
    others: tuple[tuple[str, str, str], ...], review: str,
) -> str:  # fmt: skip
    """An Amazon detail page of 2016-2020 in `lang`: nav, crumbs, gallery, title, byline, price, `#availability`,
    the buy box, feature bullets, the product information rows `info`, a sims carousel, a review, the footer."""
    t = AMZ[lang]
    price_row = (
        f"<div id='price'><table class='a-lineitem'><tr><td class='a-color-secondary a-size-base a-text-right'>"
        f"{t['price']}</td><td><span id='priceblock_ourprice' class='a-size-medium a-color-price'>{price}</span></td>"
        "</tr></table></div>"
        if price
        else ""
    )
    sims = "".join(
        f"<li class='a-carousel-card'><a class='a-link-normal' href='/dp/B07{i}XQ4{i}Z'><img alt='{n}' "
        f"src='https://images-na.ssl-images-amazon.com/images/I/71q{i}kPz._AC_UL160_SR160,160_.jpg'><div "
        f"class='p13n-sc-truncated'>{n}</div></a><div class='a-icon-row'><i class='a-icon a-icon-star-4-5'></i></div>"
        f"<span class='p13n-sc-price a-color-price'>{p}</span>"
        + (f"<div class='a-size-small a-color-secondary'>{b}</div>" if b else "")
        + "</li>"
        for i, (n, p, b) in enumerate(others)
    )
    crumb = "".join(
        f"<li><span class='a-list-item'><a class='a-link-normal a-color-tertiary' href='/b/ref=dp_bc_{i}?node=3{i}1'>"
        f"{c}</a></span></li><li class='a-breadcrumb-divider'>&rsaquo;</li>"
        for i, c in enumerate(crumbs)
    )
    body = (
        "<div id='navbar'><div id='nav-belt'><a id='nav-logo' href='/ref=nav_logo'><span class='nav-logo-base'>"
        f"{t['host']}</span></a><form id='nav-search' action='/s/ref=nb_sb_noss'><select id='searchDropdownBox'>"
        f"<option>{t['cat']}</option><option>Amazon Warehouse</option></select><input id='twotabsearchtextbox' "
        f"name='field-keywords'></form><a id='nav-cart' href='/gp/cart/view.html'><span id='nav-cart-count'>0</span>"
        f"{t['cart']}</a></div></div><div id='dp' class='a-container'><div id='wayfinding-breadcrumbs_feature_div'>"
        f"<ul class='a-unordered-list a-horizontal a-size-small'>{crumb}</ul></div><div id='leftCol'><div "
        f"id='imgTagWrapperId' class='imgTagWrapper'><img alt='{name}' src='https://images-na.ssl-images-amazon.com/"
        f"images/I/81x{slug(name)[:6]}._SX425_.jpg' id='landingImage' data-old-hires='https://images-na.ssl-images-"
        f"amazon.com/images/I/81x{slug(name)[:6]}._SL1500_.jpg'></div></div><div id='centerCol'><div "
        f"id='title_feature_div'><h1 id='title' class='a-size-large a-spacing-none'><span id='productTitle' "
        f"class='a-size-large'>\n        {name}\n       </span></h1></div><div id='bylineInfo_feature_div'><div "
        f"class='a-section a-spacing-none'>{byline}</div></div><div id='averageCustomerReviews'><i class='a-icon "
        f"a-icon-star a-star-4-5'></i> <span id='acrCustomerReviewText'>1.284</span></div><hr>{price_row}"
        f"<div id='availability_feature_div'><div id='availability' class='a-section a-spacing-none'>{avail}</div>"
        f"</div><div id='merchant-info' class='a-section a-spacing-mini'>{t['sold'] if buy.startswith('<form') else ''}"
        "</div><div id='feature-bullets' class='a-section a-spacing-medium'><ul class='a-unordered-list a-vertical'>"
        f"<li><span class='a-list-item'>{name}</span></li></ul></div></div><div id='rightCol'><div id='buybox'>{buy}"
        f"</div></div><div id='prodDetails'><h2>{t['info']}</h2>{info}</div><div id='sims-consolidated-1_feature_div'>"
        f"<h2>{t['also']}</h2><ol class='a-carousel'>{sims}</ol></div><div id='cm-cr-dp-review-list'><h3>{t['rev']}"
        f"</h3><div class='a-section review'><span class='a-profile-name'>Kunde</span><div "
        f"class='review-text-content'><span>{review}</span></div></div></div></div><div id='navFooter'><div "
        f"class='navFooterLine'><a href='/'>{t['host']}</a></div><span>{t['copy']}</span></div>"
    )
    return doc(f"{t['host']}: {name}", body, lang)


def amz_table(*rows: tuple[str, str]) -> str:
    """Amazon's technical details table (`prodDetTable`), the values opened by U+200E as Amazon wrote them."""
    trs = "".join(
        f"<tr><th class='a-color-secondary a-size-base prodDetSectionEntry'>{k}</th><td class='a-size-base'>"
        f"&lrm;{v}</td></tr>"
        for k, v in rows
    )
    return f"<table id='productDetails_techSpec_section_1' class='a-keyvalue prodDetTable'>{trs}</table>"


def amz_bullets(*rows: tuple[str, str]) -> str:
    """Amazon's older detail bullets (`#detail_bullets_id`)."""
    lis = "".join(f"<li><b>{k}</b> {v}</li>" for k, v in rows)
    return f"<div id='detail_bullets_id'><table><tr><td class='bucket'><div class='content'><ul>{lis}</ul></div></td></tr></table></div>"


add(
    "amazon-de-derzeit-nicht-verfuegbar-store-byline",
    "https://www.amazon.de/Bosch-PSR-1440-LI-2-Akku-Bohrschrauber/dp/B00D5T3YX0",
    amazon(
        "de",
        ("Baumarkt", "Elektrowerkzeuge", "Bohrmaschinen"),
        "Bosch Akkuschrauber PSR 1440 LI-2 (2 Akkus, 14,4 Volt, im Koffer)",
        "<a id='bylineInfo' class='a-link-normal' href='/stores/Bosch/page/7A2C'>Besuchen Sie den Bosch-Store</a>",
        "",
        "<span class='a-size-medium a-color-price'>Derzeit nicht verfügbar.</span><br><span class='a-size-base'>Ob "
        "und wann dieser Artikel wieder vorrätig sein wird, ist unbekannt.</span>",
        amz_oos(
            "de",
            "Derzeit nicht verfügbar.",
            "Ob und wann dieser Artikel wieder vorrätig sein wird, ist unbekannt.",
        ),
        amz_table(("Marke", "Bosch"), ("Modellnummer", "06039A300H"), ("Gewicht", "2,6 kg")),
        (
            ("Makita DDF482RTJ Akku-Bohrschrauber", "EUR 229,00", ""),
            ("Bit-Set 32-teilig", "EUR 12,99", "Nur noch 2 auf Lager."),
        ),
        "Leider nicht mehr lieferbar, aber super Gerät.",
    ),
    "OutOfStock",
    "Bosch",
)
add(
    "amazon-de-nur-noch-3-auf-lager-marke-byline",
    "https://www.amazon.de/Kuchenprofi-Sparschaeler-Edelstahl/dp/B001F0RT8Q",
    amazon(
        "de",
        ("Küche, Haushalt &amp; Wohnen", "Küchenhelfer", "Schäler"),
        "Sparschäler aus Edelstahl, 18 cm",
        "<a id='bylineInfo' class='a-link-normal' href='/s/ref=bl_dp_s_web_0?field-brandtextbin=K%C3%BCchenprofi'>"
        "Marke: Küchenprofi</a>",
        "EUR 8,49",
        "<span class='a-size-medium a-color-success'>Nur noch 3 auf Lager (mehr ist unterwegs).</span>",
        amz_buy("de"),
        amz_bullets(("Artikelgewicht:", "59 g"), ("ASIN:", "B001F0RT8Q"), ("Modellnummer:", "1025002800")),
        (
            ("Gemüsehobel mit 5 Einsätzen", "EUR 19,99", ""),
            ("Zestenreißer", "EUR 6,95", "Derzeit nicht verfügbar."),
        ),
        "Schält sauber, liegt gut in der Hand.",
    ),
    "InStock",
    "Küchenprofi",
)
add(
    "amazon-de-gewoehnlich-versandfertig-brand-link-2016",
    "https://www.amazon.de/Leitz-Ordner-Breit-schwarz-10501095/dp/B0012LSQ6Y",
    amazon(
        "de",
        ("Bürobedarf &amp; Schreibwaren", "Ordner"),
        "Ordner 180° Plastik, A4, breit, schwarz",
        "<a id='brand' class='a-link-normal' href='/Leitz/b/ref=bl_dp_s_web_3050881?ie=UTF8&amp;node=3050881'>Leitz</a>",
        "EUR 3,29",
        "<span class='a-size-medium a-color-success'>Gewöhnlich versandfertig in 1 bis 2 Monaten.</span>",
        amz_buy("de"),
        amz_bullets(("Marke:", "Leitz"), ("Produktabmessungen:", "31,8 x 28,5 x 8 cm")),
        (("Register A4 1-12", "EUR 2,49", ""),),
        "Stabil wie immer.",
    ),
    "InStock",
    "Leitz",
)
add(
    "amazon-de-erscheint-vorbestellen",
    "https://www.amazon.de/Ravensburger-Puzzle-Neuschwanstein-1500/dp/B07XK1Z2QF",
    amazon(
        "de",
        ("Spielzeug", "Puzzles", "Puzzles ab 1.000 Teilen"),
        "Puzzle 1500 Teile - Märchenhaftes Schloss Neuschwanstein",
        "<a id='bylineInfo' class='a-link-normal' href='/stores/Ravensburger/page/11B2'>Besuchen Sie den "
        "Ravensburger-Store</a>",
        "EUR 14,99",
        "<span class='a-size-medium a-color-success'>Dieser Artikel erscheint am 1. Dezember 2019.</span><br>"
        "<span>Jetzt vorbestellen.</span>",
        amz_buy("de").replace("In den Einkaufswagen", "Jetzt vorbestellen"),
        amz_table(("Hersteller", "Ravensburger"), ("Teile", "1500")),
        (("Puzzle 1000 Teile Venedig", "EUR 11,99", ""),),
        "Wie immer tolle Qualität.",
    ),
    "PreOrder",
    "Ravensburger",
)
add(
    "amazon-fr-actuellement-indisponible-boutique",
    "https://www.amazon.fr/Moulinex-Cookeo-Multicuiseur-intelligent-CE851A00/dp/B01N0ESGJA",
    amazon(
        "fr",
        ("Cuisine &amp; Maison", "Petit électroménager", "Multicuiseurs"),
        "Cookeo+ Multicuiseur intelligent 6 L 180 recettes préprogrammées",
        "<a id='bylineInfo' class='a-link-normal' href='/stores/Moulinex/page/99C1'>Visitez la boutique Moulinex</a>",
        "",
        "<span class='a-size-medium a-color-price'>Actuellement indisponible.</span><br><span>Nous ne savons pas "
        "quand cet article sera de nouveau approvisionné ni s'il le sera.</span>",
        amz_oos(
            "fr",
            "Actuellement indisponible.",
            "Nous ne savons pas quand cet article sera de nouveau approvisionné ni s'il le sera.",
        ),
        amz_table(
            ("Marque", "Moulinex"), ("Numéro du modèle de l'article", "CE851A00"), ("Capacité", "6 litres")
        ),
        (
            ("Seb Clipso Minut Perfect", "79,99 €", ""),
            ("Livre 100 recettes Cookeo", "12,90 €", "Plus que 1 ex."),
        ),
        "Je l'utilise tous les jours, en stock chez moi depuis 2 ans !",
    ),
    "OutOfStock",
    "Moulinex",
)
add(
    "amazon-fr-il-ne-reste-plus-marque-byline",
    "https://www.amazon.fr/Opinel-Couteau-N%C2%B08-Inox-Hetre/dp/B000SVC4L0",
    amazon(
        "fr",
        ("Sports et Loisirs", "Camping", "Couteaux"),
        "Couteau N°08 Inox Manche Hêtre",
        "<a id='bylineInfo' class='a-link-normal' href='/s/ref=bl_dp_s_web_0?field-brandtextbin=Opinel'>Marque : "
        "Opinel</a>",
        "11,90 €",
        "<span class='a-size-medium a-color-success'>Il ne reste plus que 2 exemplaire(s) en stock.</span>",
        amz_buy("fr"),
        amz_table(("Longueur de la lame", "8,5 cm"), ("Poids", "45 g")),
        (("Étui cuir pour couteau", "9,90 €", "Actuellement indisponible."),),
        "Un classique.",
    ),
    "InStock",
    "Opinel",
)
add(
    "amazon-fr-temporairement-rupture-no-buy-box",
    "https://www.amazon.fr/Duracell-Plus-Power-Piles-Alcalines/dp/B00DN7Z3VG",
    amazon(
        "fr",
        ("High-Tech", "Piles"),
        "Plus Power Piles Alcalines type AA, lot de 12",
        "<a id='bylineInfo' class='a-link-normal' href='/stores/Duracell/page/4411'>Visitez la boutique Duracell</a>",
        "",
        "<span class='a-size-medium a-color-price'>Temporairement en rupture de stock.</span>",
        amz_oos(
            "fr", "Temporairement en rupture de stock.", "Commandez-le dès aujourd'hui sur une autre offre."
        ),
        amz_table(("Marque", "Duracell"), ("Type de pile", "AA")),
        (("Energizer Max AAA x8", "6,49 €", ""),),
        "Durent longtemps.",
    ),
    "OutOfStock",
    "Duracell",
)
add(
    "amazon-it-attualmente-non-disponibile-store",
    "https://www.amazon.it/Bialetti-Moka-Express-Caffettiera-Alluminio/dp/B000HBZ1HE",
    amazon(
        "it",
        ("Casa e cucina", "Caffè, tè ed espresso", "Caffettiere"),
        "Moka Express, Caffettiera in Alluminio, 6 Tazze",
        "<a id='bylineInfo' class='a-link-normal' href='/stores/Bialetti/page/5AD1'>Visita lo Store di Bialetti</a>",
        "",
        "<span class='a-size-medium a-color-price'>Attualmente non disponibile.</span><br><span>Non sappiamo se e "
        "quando questo articolo sarà di nuovo disponibile.</span>",
        amz_oos(
            "it",
            "Attualmente non disponibile.",
            "Non sappiamo se e quando questo articolo sarà di nuovo disponibile.",
        ),
        amz_table(("Marca", "Bialetti"), ("Capacità", "300 millilitri")),
        (
            ("Guarnizioni per moka 6 tazze", "4,90 €", ""),
            ("Caffè macinato 250 g x 4", "9,99 €", "Disponibilità immediata."),
        ),
        "La classica moka.",
    ),
    "OutOfStock",
    "Bialetti",
)
add(
    "amazon-it-solo-1-disponibilita-immediata-marca-byline",
    "https://www.amazon.it/Fabriano-Album-Disegno-F4-Liscio/dp/B00B7G2MY4",
    amazon(
        "it",
        ("Cancelleria e prodotti per ufficio", "Carta"),
        "Album da disegno F4 liscio 24x33 cm, 20 fogli",
        "<a id='bylineInfo' class='a-link-normal' href='/s/ref=bl_dp_s_web_0?field-brandtextbin=Fabriano'>Marca: "
        "Fabriano</a>",
        "4,20 €",
        "<span class='a-size-medium a-color-success'>Solo 1 con disponibilità immediata.</span>",
        amz_buy("it"),
        amz_bullets(("Peso articolo:", "381 g"), ("ASIN:", "B00B7G2MY4")),
        (("Matite colorate 24 pz", "7,50 €", "Attualmente non disponibile."),),
        "Ottima carta.",
    ),
    "InStock",
    "Fabriano",
)
add(
    "amazon-co-uk-currently-unavailable-brand-row",
    "https://www.amazon.co.uk/Russell-Hobbs-20460-Quiet-Boil/dp/B00NBC6QXY",
    amazon(
        "en-GB",
        ("Home &amp; Kitchen", "Small Kitchen Appliances", "Kettles"),
        "Russell Hobbs 20460 Quiet Boil Kettle, 1.7 Litre, Silver",
        "<a id='bylineInfo' class='a-link-normal' href='/stores/RussellHobbs/page/2FE1'>Visit the Russell Hobbs "
        "Store</a>",
        "",
        "<span class='a-size-medium a-color-price'>Currently unavailable.</span><br><span>We don't know when or if "
        "this item will be back in stock.</span>",
        amz_oos(
            "en-GB", "Currently unavailable.", "We don't know when or if this item will be back in stock."
        ),
        amz_table(("Brand", "Russell Hobbs"), ("Model Number", "20460"), ("Capacity", "1.7 litres")),
        (("Morphy Richards Toaster", "£29.99", "Only 4 left in stock."),),
        "Really is quiet.",
    ),
    "OutOfStock",
    "Russell Hobbs",
)
add(
    "amazon-co-uk-in-stock-by-brand-link-2016",
    "https://www.amazon.co.uk/Joseph-Nest-Compact-Nesting-Bowls/dp/B00ACQ7QTG",
    amazon(
        "en-GB",
        ("Home &amp; Kitchen", "Kitchen Tools"),
        "Nest 9 Compact Food Preparation Set, Multi-colour",
        "by <a id='brand' class='a-link-normal' href='/Joseph-Joseph/b/ref=bl_dp_s_web_1?node=1752561031'>Joseph "
        "Joseph</a>",
        "£39.99",
        "<span class='a-size-medium a-color-success'>In stock.</span>",
        amz_buy("en-GB"),
        amz_bullets(("Product Dimensions:", "23 x 23 x 16 cm"), ("ASIN:", "B00ACQ7QTG")),
        (("Chopping Boards Set", "£25.00", "Currently unavailable."),),
        "Saves so much space.",
    ),
    "InStock",
    "Joseph Joseph",
)
add(
    "amazon-com-currently-unavailable-brand-byline-2020",
    "https://www.amazon.com/Lodge-L8SK3-10-Inch-Pre-Seasoned-Skillet/dp/B00006JSUA",
    amazon(
        "en",
        ("Home &amp; Kitchen", "Kitchen &amp; Dining", "Cookware", "Skillets"),
        "10.25 Inch Cast Iron Skillet, Pre-Seasoned",
        "<a id='bylineInfo' class='a-link-normal' href='/s/ref=bl_dp_s_web_0?field-brandtextbin=Lodge'>Brand: "
        "Lodge</a>",
        "",
        "<span class='a-size-medium a-color-price'>Currently unavailable.</span><br><span>We don't know when or if "
        "this item will be back in stock.</span>",
        amz_oos("en", "Currently unavailable.", "We don't know when or if this item will be back in stock."),
        amz_bullets(("Item Weight:", "5.3 pounds"), ("Item model number:", "L8SK3")),
        (("Silicone Hot Handle Holder", "$7.99", "In Stock."),),
        "Will last forever.",
    ),
    "OutOfStock",
    "Lodge",
)


# ---- Taiwan: PChome 24h, momo, Yahoo 奇摩購物中心, small shops --------------------------------------------------


def pchome(name: str, price: str, buttons: str, spec: str = "") -> str:
    """A PChome 24h product page of 2017-2019: the name with its 【brand】 opening, price, the button row."""
    return doc(
        f"{name} - PChome 24h購物",
        menu("PChome 24h購物", ("3C", "家電", "日用", "美妝", "品牌旗艦"), "購物車", "搜尋")
        + trail("家電", "廚房家電", "氣炸鍋")
        + "<div id='ProdGridContainer'><div id='ImgContainer'>"
        + photos(name)
        + f"</div><div id='ProdBriefing'><h5 id='NickContainer' class='prod_name'>{name}</h5><ul id='SloganContainer'>"
        "<li>24h到貨</li><li>信用卡分期0利率</li></ul><ul class='price'><li>網路價<span id='PriceTotal' "
        f"class='value'>${price}</span></li></ul><ul id='ButtonContainer'>{buttons}</ul></div></div>"
        f"<div id='SpecContainer'>{spec}</div>"
        + tiles(
            "看了此商品的人也看了",
            (
                ("【Panasonic 國際牌】 電烤箱 NB-H3200", "$3990", "售完"),
                ("【TIGER 虎牌】 電子鍋 6人份", "$5490", ""),
            ),
        )
        + opinions("商品評價", ("王小姐", "之前一直缺貨，終於買到了！"))
        + bottom("PChome 24h購物", ("客服中心", "退貨說明", "隱私權政策")),
        "zh-Hant-TW",
    )


PC_BUY = "<li><button type='button' class='orange buy'>加入購物車</button></li><li><button type='button'>一次購買</button></li>"

add(
    "pchome-soldout-restocking-button-bracket-brand",
    "https://24h.pchome.com.tw/prod/DMAF3X-A9009G8KW",
    pchome(
        "【PHILIPS 飛利浦】 健康氣炸鍋 HD9642",
        "3990",
        "<li><button type='button' class='soldout' disabled>售完，補貨中！</button></li>",
        "<ul><li>品牌：PHILIPS 飛利浦</li><li>型號：HD9642</li><li>容量：0.8公斤</li></ul>",
    ),
    "OutOfStock",
    "PHILIPS 飛利浦",
)
add(
    "pchome-in-stock-cart-brand-in-spec",
    "https://24h.pchome.com.tw/prod/DEBD0N-A900A7QX1",
    pchome(
        "【Dyson】 V8 Slim Fluffy 無線吸塵器",
        "14900",
        PC_BUY,
        "<ul><li>品牌：Dyson</li><li>型號：V8 Slim Fluffy</li><li>保固：2年</li></ul>",
    ),
    "InStock",
    "Dyson",
)


def momo(name: str, price: str, buy: str, brand_row: str, options: str = "") -> str:
    """A momo購物網 product page of 2018: the name, price, options, the buy area, the attributes table."""
    return doc(
        f"{name} - momo購物網",
        menu("momo購物網", ("3C", "家電", "美妝", "服飾", "品牌旗艦館"), "購物車", "搜尋")
        + trail("家電", "生活家電", "電風扇")
        + "<div class='prdwarp'><div class='prdImgWrap'>"
        + photos(name)
        + f"</div><div class='prdnoteArea'><h3>{name}</h3><ul class='prdPrice'><li class='special'><span>促銷價</span>"
        f"<span class='price'><b>{price}</b>元</span></li></ul>{options}<div class='buyArea'>{buy}</div></div></div>"
        "<div class='attributesArea'><table class='attributesTable'><tr><th>商品規格</th><td>110V</td></tr>"
        f"{brand_row}<tr><th>產地</th><td>台灣</td></tr></table></div>"
        + tiles(
            "買了此商品的人也買了",
            (
                ("【SAMPO 聲寶】 14吋 DC扇", "1,690", "已售完"),
                ("【Honeywell】 空氣清淨機", "6,990", "搶購中"),
            ),
        )
        + opinions("商品評價", ("陳先生", "風量很大，但上次缺貨等了一個月。"))
        + bottom("momo購物網", ("客服中心", "退換貨說明", "隱私權政策")),
        "zh-Hant-TW",
    )


add(
    "momo-soldout-arrival-notice-brand-row",
    "https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=5562311",
    momo(
        "【HERAN 禾聯】 16吋智能變頻DC風扇 HDF-16AH510",
        "2,290",
        "<a class='buynow soldout' href='javascript:;'>已售完</a><a class='arrivalNotice' href='javascript:;'>貨到通知我</a>",
        "<tr><th>品牌名稱</th><td><ul><li><a href='/search/searchShop.jsp?brand=HERAN'>HERAN 禾聯</a></li></ul></td></tr>",
    ),
    "OutOfStock",
    "HERAN 禾聯",
)
add(
    "momo-in-stock-size-options-sold-out-brand-row",
    "https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=6120077",
    momo(
        "【Nike 耐吉】 男 慢跑鞋 Revolution 5",
        "1,680",
        "<a class='buynow' href='javascript:;'>立即購買</a><a class='inCar' href='javascript:;'>放入購物車</a>",
        "<tr><th>品牌名稱</th><td><ul><li><a href='/search/searchShop.jsp?brand=NIKE'>Nike 耐吉</a></li></ul></td></tr>",
        "<div class='specArea'><span>尺寸</span><select name='size'><option>請選擇</option><option>US8 (已售完)</option>"
        "<option>US9</option><option>US10 (已售完)</option></select></div>",
    ),
    "InStock",
    "Nike 耐吉",
)


def yahoo_mall(name: str, price: str, stock: str, buy: str, brand: str) -> str:
    """A Yahoo奇摩購物中心 product page of 2018: crumbs, name, price, stock line, buy buttons, the brand row."""
    return doc(
        f"{name} - Yahoo奇摩購物中心",
        menu("Yahoo奇摩購物中心", ("3C", "家電", "美妝", "品牌館", "超商取貨"), "購物車", "搜尋")
        + trail("美妝", "保養", "乳液")
        + "<div class='ProductMain'>"
        + photos(name)
        + f"<div class='ProductInfo'><h1 class='title'>{name}</h1><div class='PriceBox'><span class='price'>${price}"
        f"</span></div><div class='BrandBox'>{brand}</div><div class='StockBox'>{stock}</div><div class='BuyBox'>{buy}"
        "</div><p class='note'>商品缺貨時將通知您取消訂單並全額退款。</p></div></div>"
        + tiles("你可能也會喜歡", (("理膚寶水 B5修復霜 40ml", "$560", "補貨中"),))
        + bottom("Yahoo奇摩購物中心", ("購物說明", "服務條款")),
        "zh-Hant-TW",
    )


add(
    "yahoo-mall-restocking-disabled-button-brand-label",
    "https://tw.buy.yahoo.com/gdsale/gdsale.asp?gdid=7788120",
    yahoo_mall(
        "KIEHL'S 契爾氏 冰河醣蛋白保濕霜 50ml",
        "1,150",
        "<span class='stock-out'>補貨中</span>",
        "<button class='AddToCart disabled' disabled>補貨中</button><a class='notify' href='#'>到貨通知</a>",
        "<span class='label'>品牌：</span><a href='/brand/kiehls'>KIEHL'S 契爾氏</a>",
    ),
    "OutOfStock",
    "KIEHL'S 契爾氏",
)
add(
    "yahoo-mall-in-stock-brand-label",
    "https://tw.buy.yahoo.com/gdsale/gdsale.asp?gdid=7791002",
    yahoo_mall(
        "雪花秀 滋陰水 150ml",
        "1,880",
        "<span class='stock-in'>現貨供應</span>",
        "<button class='AddToCart'>加入購物車</button><button class='BuyNow'>直接購買</button>",
        "<span class='label'>品牌：</span><a href='/brand/sulwhasoo'>Sulwhasoo 雪花秀</a>",
    ),
    "InStock",
    "Sulwhasoo 雪花秀",
)


def tw_shop(shop: str, name: str, price: str, status: str, buy: str, rows: str) -> str:
    """A small Taiwanese shop (Shopline / Cyberbiz theme of 2019): name, price, status, buy area, spec rows."""
    return doc(
        f"{name} | {shop}",
        menu(shop, ("新品上市", "全部商品", "品牌介紹", "關於我們"), "購物車", "搜尋")
        + trail("全部商品", "茶具", name)
        + "<div class='product-detail'>"
        + photos(name)
        + f"<div class='product-info'><h1 class='product-title'>{name}</h1><div class='price-sale'>NT${price}</div>"
        f"<div class='product-status'>{status}</div><table class='spec'>{rows}</table><div class='action'>{buy}</div>"
        "</div></div>"
        + tiles("推薦商品", (("手工陶杯 藍", "NT$680", "已售完"), ("竹製茶盤", "NT$1,200", "")))
        + bottom(shop, ("購物須知", "退換貨政策", "聯絡我們")),
        "zh-Hant-TW",
    )


add(
    "tw-shop-que-huo-zhong-disabled-brand-row",
    "https://www.chayuanshop.com.tw/products/lugu-oolong-150g",
    tw_shop(
        "茶苑好物",
        "鹿谷凍頂烏龍茶 150g",
        "780",
        "<span class='label-out'>缺貨中</span>",
        "<button class='btn-add-cart' disabled>缺貨中</button>",
        "<tr><th>品牌</th><td>天仁茗茶</td></tr><tr><th>產地</th><td>南投鹿谷</td></tr>",
    ),
    "OutOfStock",
    "天仁茗茶",
)
add(
    "tw-shop-yi-shou-wan-button-no-brand",
    "https://www.chayuanshop.com.tw/products/handmade-teapot-200",
    tw_shop(
        "茶苑好物",
        "手拉壺 朱泥 200ml",
        "2,400",
        "",
        "<button class='btn-add-cart sold-out' disabled>已售完</button>",
        "<tr><th>容量</th><td>200ml</td></tr><tr><th>材質</th><td>朱泥</td></tr>",
    ),
    "OutOfStock",
    None,
)


# ---- Korea: Gmarket, 11번가, Coupang, Cafe24 shops -------------------------------------------------------------


def gmarket(name: str, price: str, box: str, info: str) -> str:
    """A Gmarket VIP page of 2018: name, price, the purchase box, the 상품정보 제공고시 table."""
    return doc(
        f"G마켓 - {name}",
        menu("G마켓", ("베스트", "슈퍼딜", "브랜드관", "해외직구"), "장바구니", "검색")
        + trail("디지털", "음향기기", "이어폰")
        + "<div class='item-topinfowrap'>"
        + photos(name)
        + f"<div class='item-topinfo'><h1 class='itemtit'>{name}</h1><div class='price'><strong class='price_real'>"
        f"{price}<span class='unit'>원</span></strong></div><div class='box__delivery'>무료배송</div>{box}</div></div>"
        f"<div class='vip-tabcontent'><h3>상품정보 제공고시</h3><table class='tbl_info'>{info}</table></div>"
        + tiles(
            "이 상품과 함께 본 상품",
            (("블루투스 스피커 미니", "29,900원", "품절"), ("유선 이어폰 C타입", "9,900원", "")),
        )
        + opinions("상품평", ("kim***", "품절되기 전에 샀어요. 음질 좋아요."))
        + bottom("G마켓", ("고객센터", "이용약관", "개인정보처리방침")),
        "ko",
    )


G_BUY = "<div class='box__purchase'><button class='btn_buy'>구매하기</button><button class='btn_cart'>장바구니</button></div>"

add(
    "gmarket-soldout-box-maker-and-brand-rows",
    "http://item.gmarket.co.kr/Item?goodscode=1456722190",
    gmarket(
        "[삼성전자] 갤럭시 버즈 SM-R170 정품",
        "149,000",
        "<div class='box__soldout'><p>이 상품은 현재 <strong>품절</strong>되었습니다.</p></div>",
        "<tr><th>제조사</th><td>삼성전자</td></tr><tr><th>브랜드</th><td>삼성</td></tr><tr><th>제조국</th><td>베트남</td></tr>",
    ),
    "OutOfStock",
    "삼성",
)
add(
    "gmarket-in-stock-brand-row",
    "http://item.gmarket.co.kr/Item?goodscode=1511190233",
    gmarket(
        "QCY T1 블루투스 이어폰 무선 이어폰",
        "19,900",
        G_BUY,
        "<tr><th>제조사</th><td>Shenzhen QCY</td></tr><tr><th>브랜드</th><td>QCY</td></tr>",
    ),
    "InStock",
    "QCY",
)


def st11(name: str, price: str, brand: str, box: str) -> str:
    """An 11번가 product page of 2018: name, brand line, price, the buy box."""
    return doc(
        f"{name} - 11번가",
        menu("11번가", ("쇼킹딜", "베스트", "브랜드", "마트"), "장바구니", "검색")
        + trail("패션", "신발", "운동화")
        + "<div class='prdc_top'>"
        + photos(name)
        + f"<div class='prdc_default_info'><div class='heading'><h2>{name}</h2></div>{brand}<div class='price_wrap'>"
        f"<span class='sale_price'>{price}</span>원</div>{box}</div></div>"
        + tiles("이 상품을 본 고객이 함께 본 상품", (("아디다스 슈퍼스타", "89,000원", "일시품절"),))
        + bottom("11번가", ("고객센터", "판매자 가입")),
        "ko",
    )


add(
    "11st-temporarily-soldout-brand-link",
    "http://www.11st.co.kr/product/SellerProductDetail.tmall?prdNo=2217640588",
    st11(
        "뉴발란스 MR530SG 운동화 화이트 실버",
        "99,000",
        "<div class='prdc_brand'><span>브랜드</span> <a href='/brand/newbalance'>뉴발란스</a></div>",
        "<div class='prdc_soldout'><strong>일시품절</strong><p>판매자 사정으로 일시품절된 상품입니다.</p></div>"
        "<a class='btn_restock' href='#'>재입고 알림</a>",
    ),
    "OutOfStock",
    "뉴발란스",
)
add(
    "11st-in-stock-buy-brand-link",
    "http://www.11st.co.kr/product/SellerProductDetail.tmall?prdNo=2244001010",
    st11(
        "컨버스 척테일러 올스타 하이 블랙",
        "55,000",
        "<div class='prdc_brand'><span>브랜드</span> <a href='/brand/converse'>컨버스</a></div>",
        "<div class='buy_btns'><a class='btn_buy' href='#'>구매하기</a><a class='btn_cart' href='#'>장바구니</a></div>",
    ),
    "InStock",
    "컨버스",
)


def coupang(name: str, brand: str, price: str, status: str, buy: str) -> str:
    """A Coupang product page of 2018-2019: the brand link over the title, price, stock label, buy buttons."""
    return doc(
        f"{name} - 쿠팡!",
        menu("쿠팡!", ("로켓배송", "로켓프레시", "골드박스", "기획전"), "장바구니", "검색")
        + trail("식품", "커피", "캡슐커피")
        + "<div class='prod-atf'><div class='prod-image'>"
        + photos(name)
        + f"</div><div class='prod-buy'><div class='prod-buy-header'>{brand}<h2 class='prod-buy-header__title'>{name}"
        f"</h2></div><div class='prod-price'><span class='total-price'><strong>{price}<span class='price-unit'>원</span>"
        f"</strong></span></div>{status}<div class='prod-buy-footer'>{buy}</div></div></div>"
        + tiles(
            "다른 고객이 함께 구매한 상품",
            (("스타벅스 캡슐 10개입", "8,900원", "품절"), ("돌체구스토 머신", "99,000원", "")),
        )
        + bottom("쿠팡!", ("회사소개", "고객센터", "이용약관")),
        "ko",
    )


add(
    "coupang-oos-label-restock-brand-link",
    "https://www.coupang.com/vp/products/35118222",
    coupang(
        "네스프레소 오리지널 캡슐 리스트레토 10개입",
        "<a class='prod-brand-name' href='/np/search?q=%EB%84%A4%EC%8A%A4%ED%94%84%EB%A0%88%EC%86%8C'>네스프레소</a>",
        "7,200",
        "<div class='prod-not-find-known'><div class='oos-label'>일시품절</div></div>",
        "<button class='prod-buy-btn' disabled>품절</button><a class='prod-outofstock-btn' href='#'>재입고 알림 신청</a>",
    ),
    "OutOfStock",
    "네스프레소",
)
add(
    "coupang-almost-soldout-badge-live-cart",
    "https://www.coupang.com/vp/products/40771230",
    coupang(
        "맥심 카누 미니 마일드 로스트 아메리카노 100개입",
        "<a class='prod-brand-name' href='/np/search?q=%EB%A7%A5%EC%8B%AC'>맥심</a>",
        "21,900",
        "<div class='prod-badge'><em class='almost-soldout'>품절임박</em> 남은수량 3개</div>",
        "<button class='prod-cart-btn'>장바구니 담기</button><button class='prod-buy-btn'>바로구매</button>",
    ),
    "InStock",
    "맥심",
)


def cafe24(shop: str, name: str, price: str, rows: str, action: str) -> str:
    """A Cafe24 shop's product page of 2017: name, the info table (price, 제조사, 브랜드), the action buttons."""
    return doc(
        name,
        menu(shop, ("NEW", "BEST", "OUTER", "TOP", "BOTTOM"), "CART", "SEARCH")
        + "<div class='xans-product-detail'><div class='imgArea'>"
        + photos(name)
        + f"</div><div class='infoArea'><div class='headingArea'><h2>{name}</h2></div><table><tbody><tr><th>판매가</th>"
        f"<td><strong id='span_product_price_text'>{price}원</strong></td></tr>{rows}</tbody></table>"
        f"<div class='xans-product-action'>{action}</div></div></div>"
        + tiles("RELATED ITEM", (("린넨 와이드 팬츠", "39,000원", "SOLD OUT"), ("코튼 셔츠", "32,000원", "")))
        + opinions("REVIEW", ("jin***", "품절될까봐 바로 샀어요"))
        + bottom(shop, ("COMPANY", "AGREEMENT", "PRIVACY")),
        "ko",
    )


add(
    "cafe24-soldout-button-buy-hidden-maker-row",
    "http://www.haneulstore.co.kr/product/detail.html?product_no=1842",
    cafe24(
        "하늘스토어",
        "오가닉 코튼 타월 40수 5장 세트",
        "29,000",
        "<tr><th>제조사</th><td>송월타월</td></tr><tr><th>원산지</th><td>국내</td></tr>",
        "<a href='#none' class='btnSubmit displaynone'>BUY NOW</a><a href='#none' class='btnNormal displaynone'>ADD "
        "TO CART</a><span class='btnSubmit sizeL'>품절</span>",
    ),
    "OutOfStock",
    "송월타월",
)
add(
    "cafe24-in-stock-line-brand-row",
    "http://www.haneulstore.co.kr/product/detail.html?product_no=1901",
    cafe24(
        "하늘스토어",
        "스테인리스 텀블러 500ml",
        "18,000",
        "<tr><th>브랜드</th><td>락앤락</td></tr><tr><th>재고</th><td>재고 있음</td></tr>",
        "<a href='#none' class='btnSubmit'>BUY NOW</a><a href='#none' class='btnNormal'>ADD TO CART</a>",
    ),
    "InStock",
    "락앤락",
)


# ---- Kazakhstan: Kaspi, Technodom, Sulpak, a shop in Kazakh -----------------------------------------------------


def kz_shop(
    shop: str, lang: str, name: str, price: str, stock: str, buy: str, specs: str, crumb: tuple[str, ...]
) -> str:
    """A Kazakh shop's product page of 2018-2019 (Technodom / Sulpak / Mechta-like): name, code, price in tenge, the
    stock line, the buy block, the characteristics list."""
    return doc(
        f"{name} купить в Алматы - {shop}",
        menu(shop, ("Смартфоны", "Ноутбуки", "Бытовая техника", "Бренды", "Акции"), "Корзина", "Найти")
        + trail(*crumb)
        + "<div class='ProductPage'>"
        + photos(name)
        + f"<div class='ProductInfo'><h1 class='ProductHeader__title'>{name}</h1><p class='code'>Код товара: 212{len(name)}"
        f"45</p><div class='ProductPrice'>{price} ₸</div><div class='ProductStock'>{stock}</div><div "
        f"class='ProductActions'>{buy}</div></div></div><div class='ProductSpecs'><h2>Характеристики</h2>{specs}</div>"
        + tiles(
            "С этим товаром покупают",
            (
                ("Чехол-книжка Samsung", "4 990 ₸", "Нет в наличии"),
                ("Защитное стекло", "2 490 ₸", "В наличии"),
            ),
        )
        + opinions("Отзывы", ("Айгерим", "Долго ждала, пока появится в наличии. Доволен."))
        + bottom(shop, ("Доставка", "Гарантия", "Контакты", "Кредит")),
        lang,
    )


def specs(*rows: tuple[str, str]) -> str:
    """A characteristics list (dl)."""
    return "<dl class='specs'>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


add(
    "technodom-net-v-nalichii-notify-brand-spec",
    "https://www.technodom.kz/p/noutbuk-lenovo-ideapad-330-15ikb-81de01nkru-128456",
    kz_shop(
        "Technodom",
        "ru",
        "Ноутбук IdeaPad 330-15IKB 81DE01NKRU",
        "249 990",
        "<span class='ProductStock__status ProductStock__status--empty'>Нет в наличии</span>",
        "<button class='ButtonNext ButtonNext--notify'>Сообщить о поступлении</button>",
        specs(("Бренд", "Lenovo"), ("Диагональ экрана", '15.6"'), ("Процессор", "Intel Core i3-8130U")),
        ("Ноутбуки и компьютеры", "Ноутбуки"),
    ),
    "OutOfStock",
    "Lenovo",
)
add(
    "sulpak-v-nalichii-buy-manufacturer-spec",
    "https://www.sulpak.kz/g/holodilnik_indesit_df_4180_w",
    kz_shop(
        "Sulpak",
        "ru",
        "Холодильник DF 4180 W",
        "169 990",
        "<span class='availability in-stock'>В наличии</span> <span class='shops'>в 14 магазинах</span>",
        "<button class='button buy-button' type='submit'>Купить</button><a class='credit' href='#'>Купить в кредит</a>",
        specs(("Производитель", "Indesit"), ("Тип", "Двухкамерный"), ("Цвет", "Белый")),
        ("Бытовая техника", "Холодильники"),
    ),
    "InStock",
    "Indesit",
)
add(
    "mechta-tovar-zakonchilsya-manufacturer",
    "https://www.mechta.kz/product/pylesos-philips-fc9350-01/",
    kz_shop(
        "Мечта",
        "ru",
        "Пылесос FC9350/01 PowerPro Compact",
        "39 990",
        "<div class='out-of-stock'>Товар закончился</div><p>Нет в наличии в интернет-магазине</p>",
        "<a class='subscribe-btn' href='#'>Уведомить о поступлении</a>",
        specs(("Производитель", "Philips"), ("Мощность", "1800 Вт")),
        ("Бытовая техника", "Пылесосы"),
    ),
    "OutOfStock",
    "Philips",
)
add(
    "kz-shop-in-kazakh-qoimada-zhoq-ondirushi",
    "https://www.kitapzhane.kz/kk/product/abai-zholy-1-tom",
    kz_shop(
        "Кітапхана",
        "kk",
        "Абай жолы. 1-том",
        "4 500",
        "<span class='stock stock--none'>Қоймада жоқ</span>",
        "<button class='notify'>Түскенде хабарлау</button>",
        specs(("Баспа", "Жазушы"), ("Беттер саны", "416")),
        ("Кітаптар", "Көркем әдебиет"),
    ),
    "OutOfStock",
    None,
)
add(
    "kz-shop-in-kazakh-qoimada-bar-brand",
    "https://www.elektron.kz/kk/product/smartfon-xiaomi-redmi-note-8",
    kz_shop(
        "Elektron",
        "kk",
        "Смартфон Redmi Note 8 64GB",
        "79 990",
        "<span class='stock stock--yes'>Қоймада бар</span>",
        "<button class='buy' type='submit'>Себетке салу</button>",
        specs(("Бренд", "Xiaomi"), ("Жад", "64 ГБ")),
        ("Смартфондар", "Xiaomi"),
    ),
    "InStock",
    "Xiaomi",
)


def kaspi(name: str, price: str, sellers: str, specs_html: str) -> str:
    """A kaspi.kz product page of 2019: name, the price line, the sellers table, the characteristics."""
    return doc(
        f"{name} купить в Алматы - Kaspi Магазин",
        menu("Kaspi.kz", ("Магазин", "Kaspi Red", "Kaspi Кредит", "Платежи"), "Корзина", "Найти")
        + trail("Телефоны и гаджеты", "Смартфоны", name)
        + "<div class='item'>"
        + photos(name)
        + f"<div class='item__info'><h1 class='item__heading'>{name}</h1><div class='item__price-once'>{price} ₸</div>"
        f"<div class='sellers'>{sellers}</div></div></div><div class='specifications'>{specs_html}</div>"
        + tiles("Похожие товары", (("Смартфон Samsung Galaxy A30 32GB", "89 990 ₸", ""),))
        + bottom("Kaspi.kz", ("Помощь", "Kaspi Гид", "Контакты")),
        "ru",
    )


add(
    "kaspi-net-v-prodazhe-no-sellers",
    "https://kaspi.kz/shop/p/apple-iphone-7-32gb-chernyi-3000371/",
    kaspi(
        "Apple iPhone 7 32Gb черный",
        "",
        "<div class='sellers__empty'><p>Нет в продаже</p><p>К сожалению, в данный момент товар не продается ни одним "
        "продавцом.</p></div>",
        specs(("Тип", "смартфон"), ("Цвет", "черный")),
    ),
    "OutOfStock",
    "Apple",
)


# ---- Argentina: MercadoLibre, Frávega, Garbarino, Tiendanube -------------------------------------------------


def meli(
    name: str, price: str, stock: str, buy: str, specs_list: str, cond: str = "Nuevo - 352 vendidos"
) -> str:
    """A MercadoLibre Argentina item page of 2018: conditions, title, price, stock, buy buttons, the spec list."""
    return doc(
        f"{name} | Mercado Libre",
        menu(
            "Mercado Libre",
            ("Categorías", "Ofertas de la semana", "Historial", "Vender", "Ayuda"),
            "Carrito",
            "Buscar",
        )
        + trail("Ropa y Accesorios", "Calzado", "Zapatillas")
        + "<div class='vip-section-product-info'>"
        + photos(name)
        + f"<div class='vip-section-header'><div class='item-conditions'>{cond}</div><h1 "
        f"class='item-title__primary'>{name}</h1></div><div class='price-tag'><span class='price-tag-symbol'>$</span>"
        f"<span class='price-tag-fraction'>{price}</span></div><div class='item-stock'>{stock}</div><div "
        f"class='item-actions'>{buy}</div></div><section class='specs-container'><h2>Características principales</h2>"
        f"<ul class='specs-list'>{specs_list}</ul></section>"
        + tiles("Otras publicaciones del vendedor", (("Medias deportivas x6", "$ 499", "Sin stock"),))
        + opinions("Preguntas y respuestas", ("Usuario", "¿Tenés talle 42? Respuesta: Sí, hay stock."))
        + bottom("Mercado Libre", ("Trabajá con nosotros", "Términos y condiciones", "Ayuda")),
        "es-AR",
    )


def spec_li(k: str, v: str) -> str:
    """A MercadoLibre spec item."""
    return f"<li class='specs-item'><strong>{k}</strong><span>{v}</span></li>"


add(
    "meli-stock-disponible-quantity-marca",
    "https://articulo.mercadolibre.com.ar/MLA-742113209-zapatillas-topper-x-forcer-hombre-_JM",
    meli(
        "Zapatillas X-Forcer Hombre Running",
        "2.799",
        "<p class='stock-title'>Stock disponible</p><span class='dropdown-quantity-available'>(15 disponibles)</span>",
        "<button class='ui-button ui-button--primary'>Comprar ahora</button><button class='ui-button "
        "ui-button--secondary'>Agregar al carrito</button>",
        spec_li("Marca", "Topper") + spec_li("Modelo", "X-Forcer") + spec_li("Género", "Hombre"),
    ),
    "InStock",
    "Topper",
)
add(
    "meli-ultima-disponible-marca",
    "https://articulo.mercadolibre.com.ar/MLA-810220011-termo-stanley-classic-1-litro-_JM",
    meli(
        "Termo Classic 1 Litro Verde",
        "4.950",
        "<p class='stock-title'>¡Última disponible!</p>",
        "<button class='ui-button ui-button--primary'>Comprar ahora</button>",
        spec_li("Marca", "Stanley") + spec_li("Capacidad", "1 L"),
        cond="Nuevo - 5 vendidos",
    ),
    "InStock",
    "Stanley",
)


def ar_shop(
    shop: str, name: str, price: str, stock: str, buy: str, brand: str, crumb: tuple[str, ...]
) -> str:
    """An Argentine shop's product page of 2018-2019 (Frávega / Garbarino / Tiendanube-like)."""
    return doc(
        f"{name} - {shop}",
        menu(shop, ("Tecnología", "Electrodomésticos", "Hogar", "Marcas", "Ofertas"), "Mi carrito", "Buscar")
        + trail(*crumb)
        + "<div class='product-detail'>"
        + photos(name)
        + f"<div class='product-info'><h1 class='product-name'>{name}</h1>{brand}<div class='price'>$ {price}</div>"
        f"<div class='stock'>{stock}</div><div class='buy'>{buy}</div><p class='cuotas'>Hasta 12 cuotas sin interés</p>"
        "</div></div>"
        + tiles(
            "Productos relacionados",
            (("Lavarropas Drean Next 6.06", "$ 18.999", "Agotado"), ("Secarropas Koh-i-noor", "$ 6.499", "")),
        )
        + bottom(shop, ("Sucursales", "Envíos", "Botón de arrepentimiento")),
        "es-AR",
    )


add(
    "fravega-producto-sin-stock-marca-line",
    "https://www.fravega.com/p/heladera-no-frost-samsung-rt38-2018/",
    ar_shop(
        "Frávega",
        "Heladera No Frost RT38K5932SL 382 L",
        "32.999",
        "<p class='outOfStock'>Producto sin stock</p>",
        "<a class='notify-me' href='#'>Avisame cuando ingrese</a>",
        "<p class='brand-line'>Marca: <a href='/l/samsung/'>Samsung</a></p>",
        ("Electrodomésticos", "Heladeras"),
    ),
    "OutOfStock",
    "Samsung",
)
add(
    "garbarino-agotado-badge-brand-link",
    "https://www.garbarino.com/producto/smart-tv-lg-43-full-hd-43lk5700/a8c2e1",
    ar_shop(
        "Garbarino",
        'Smart TV 43" Full HD 43LK5700',
        "15.499",
        "<span class='badge badge-out'>AGOTADO</span>",
        "<button class='btn btn-buy' disabled>Comprar</button>",
        "<div class='gb-brand'>Marca <a href='/marcas/lg'>LG</a></div>",
        ("Tecnología", "Televisores"),
    ),
    "OutOfStock",
    "LG",
)
add(
    "tiendanube-sin-stock-disabled-submit",
    "https://www.mateandoshop.com.ar/productos/mate-imperial-calabaza/",
    ar_shop(
        "Mateando",
        "Mate Imperial de Calabaza con Virola de Alpaca",
        "1.290,00",
        "<div class='label label-default js-stock-label'>Sin stock</div>",
        "<input type='submit' class='js-addtocart js-prod-submit-form btn btn-primary nostock' value='Sin stock' disabled>",
        "",
        ("Mates", "Mates imperiales"),
    ),
    "OutOfStock",
    None,
)
add(
    "ar-shop-stock-disponible-marca-row",
    "https://www.casamusica.com.ar/producto/guitarra-criolla-fonseca-25",
    ar_shop(
        "Casa Música",
        "Guitarra Criolla Modelo 25 Natural",
        "7.800",
        "<span class='in-stock'>Stock disponible</span>",
        "<button class='btn btn-buy' type='submit'>Agregar al carrito</button>",
        "<table class='attrs'><tr><td>Marca</td><td>Fonseca</td></tr><tr><td>Modelo</td><td>25</td></tr></table>",
        ("Instrumentos", "Guitarras"),
    ),
    "InStock",
    "Fonseca",
)


# ---- Slovenia: Mimovrste, Big Bang, small shops ---------------------------------------------------------------


def si_shop(
    shop: str, name: str, price: str, stock: str, buy: str, params: str, crumb: tuple[str, ...]
) -> str:
    """A Slovenian shop's product page of 2017-2019 (Mimovrste / Big Bang / Merkur-like)."""
    return doc(
        f"{name} | {shop}",
        menu(
            shop,
            ("Računalništvo", "Bela tehnika", "Mali gospodinjski aparati", "Blagovne znamke"),
            "Košarica",
            "Išči",
        )
        + trail(*crumb)
        + "<div class='pro-detail'>"
        + photos(name)
        + f"<div class='pro-info'><h1 class='pro-name'>{name}</h1><div class='pro-price'><span class='price__value'>"
        f"{price} €</span></div><div class='pro-availability'>{stock}</div><div class='pro-buy'>{buy}</div></div></div>"
        f"<div class='pro-params'><h2>Lastnosti</h2><table>{params}</table></div>"
        + tiles(
            "Kupci so kupili tudi",
            (
                ("Sesalnik Rowenta RO3753", "129,99 €", "Ni na zalogi"),
                ("Vrečke za sesalnik", "9,99 €", "Na zalogi"),
            ),
        )
        + opinions("Mnenja kupcev", ("Maja", "Čakala sem, da bo spet na zalogi. Priporočam."))
        + bottom(shop, ("Dostava", "Vračilo blaga", "Splošni pogoji")),
        "sl",
    )


def trs(*rows: tuple[str, str]) -> str:
    """Table rows (label, value)."""
    return "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)


add(
    "mimovrste-ni-na-zalogi-obvesti-blagovna-znamka",
    "https://www.mimovrste.com/pomivalni-stroji/bosch-pomivalni-stroj-sms46ii04e",
    si_shop(
        "Mimovrste",
        "Pomivalni stroj SMS46II04E",
        "429,99",
        "<span class='availability availability--unavailable'>Ni na zalogi</span>",
        "<button class='btn btn--notify'>Obvesti me</button>",
        trs(("Blagovna znamka", "Bosch"), ("Energijski razred", "A++"), ("Širina", "60 cm")),
        ("Bela tehnika", "Pomivalni stroji"),
    ),
    "OutOfStock",
    "Bosch",
)
add(
    "bigbang-na-zalogi-cart-proizvajalec",
    "https://www.bigbang.si/pralni-stroji/gorenje-pralni-stroj-wei84cs",
    si_shop(
        "Big Bang",
        "Pralni stroj WEI84CS",
        "379,99",
        "<span class='stock in-stock'>Na zalogi v spletni trgovini</span>",
        "<button class='btn btn-cart' type='submit'>Dodaj v košarico</button>",
        trs(("Proizvajalec", "Gorenje"), ("Kapaciteta", "8 kg")),
        ("Bela tehnika", "Pralni stroji"),
    ),
    "InStock",
    "Gorenje",
)
add(
    "si-shop-trenutno-ni-na-zalogi-no-cart",
    "https://www.zelenavrtnarija.si/izdelek/kosilnica-honda-hrg-416",
    si_shop(
        "Zelena vrtnarija",
        "Kosilnica HRG 416 SK",
        "549,00",
        "<p class='stock out-of-stock'>Trenutno ni na zalogi</p>",
        "",
        trs(("Proizvajalec", "Honda"), ("Širina košnje", "41 cm")),
        ("Vrt", "Kosilnice"),
    ),
    "OutOfStock",
    "Honda",
)
add(
    "si-shop-razprodano-badge-disabled",
    "https://www.modnakosarica.si/izdelek/volnen-pulover-siv",
    si_shop(
        "Modna košarica",
        "Volnen pulover Siv",
        "59,90",
        "<span class='badge sold-out'>Razprodano</span>",
        "<button class='btn btn-cart' disabled>Dodaj v košarico</button>",
        trs(("Material", "100 % volna"), ("Blagovna znamka", "Pletilnica Kranj")),
        ("Oblačila", "Puloverji"),
    ),
    "OutOfStock",
    "Pletilnica Kranj",
)


# ---- Croatia: Links, Instar, Sancta Domenica, small shops -------------------------------------------------------


def hr_shop(
    shop: str, name: str, price: str, stock: str, buy: str, details: str, crumb: tuple[str, ...]
) -> str:
    """A Croatian shop's product page of 2017-2019 (Links / Instar / Sancta Domenica-like)."""
    return doc(
        f"{name} - {shop}",
        menu(
            shop, ("Informatika", "Mobiteli", "TV i audio", "Bijela tehnika", "Brendovi"), "Košarica", "Traži"
        )
        + trail(*crumb)
        + "<div class='product-page'>"
        + photos(name)
        + f"<div class='product-info'><h1 class='product-title'>{name}</h1><div class='product-price'>{price} kn</div>"
        f"<div class='product-stock'>{stock}</div><div class='product-buy'>{buy}</div>{details}</div></div>"
        + tiles(
            "Slični proizvodi",
            (("Miš Logitech M185", "99,00 kn", "Nema na zalihi"), ("Podloga za miš", "29,00 kn", "Dostupno")),
        )
        + opinions("Recenzije", ("Ivan", "Bio je rasprodan mjesecima, sad konačno stigao."))
        + bottom(shop, ("Dostava", "Načini plaćanja", "Reklamacije")),
        "hr",
    )


add(
    "links-nema-na-zalihi-proizvodjac-line",
    "https://www.links.hr/hr/prijenosno-racunalo-acer-aspire-3-a315-53-010300123",
    hr_shop(
        "Links",
        "Prijenosno računalo Aspire 3 A315-53, NX.H38EX.016",
        "3.999,00",
        "<span class='stock-status out-of-stock'>Nema na zalihi</span>",
        "<a class='btn-notify' href='#'>Obavijesti me kad stigne</a>",
        "<p class='manufacturer'>Proizvođač: <a href='/hr/proizvodjac/acer'>Acer</a></p>",
        ("Informatika", "Prijenosna računala"),
    ),
    "OutOfStock",
    "Acer",
)
add(
    "instar-na-stanju-brend-row",
    "https://www.instar-informatika.hr/mobitel-xiaomi-redmi-note-7-4gb-64gb/29811/product/",
    hr_shop(
        "Instar informatika",
        "Mobitel Redmi Note 7 4GB/64GB crni",
        "1.599,00",
        "<span class='dostupnost'>Dostupnost:</span> <span class='stock-yes'>Na stanju</span>",
        "<button class='btn btn-cart' type='submit'>Dodaj u košaricu</button>",
        "<table class='spec'><tr><td>Brend</td><td>Xiaomi</td></tr><tr><td>RAM</td><td>4 GB</td></tr></table>",
        ("Mobiteli", "Pametni telefoni"),
    ),
    "InStock",
    "Xiaomi",
)
add(
    "hr-shop-trenutno-nedostupno-proizvodjac-row",
    "https://www.kucnaoprema.hr/proizvod/stapni-mikser-braun-mq5035",
    hr_shop(
        "Kućna oprema",
        "Štapni mikser MultiQuick 5 MQ5035",
        "449,00",
        "<span class='availability unavailable'>Trenutno nedostupno</span>",
        "<button class='btn btn-cart' disabled>Dodaj u košaricu</button>",
        "<table class='spec'><tr><td>Proizvođač</td><td>Braun</td></tr><tr><td>Snaga</td><td>1000 W</td></tr></table>",
        ("Mali kućanski aparati", "Mikseri"),
    ),
    "OutOfStock",
    "Braun",
)
add(
    "hr-shop-dostupno-cart-brend-link",
    "https://www.sportskioutlet.hr/proizvod/tenisice-adidas-runfalcon",
    hr_shop(
        "Sportski outlet",
        "Tenisice Runfalcon M",
        "399,00",
        "<span class='availability'>Dostupno</span>",
        "<button class='btn btn-cart' type='submit'>U košaricu</button>",
        "<p class='brand'>Brend: <a href='/brend/adidas'>adidas</a></p>",
        ("Obuća", "Tenisice"),
    ),
    "InStock",
    "adidas",
)
add(
    "hr-shop-rasprodano-no-cart",
    "https://www.sportskioutlet.hr/proizvod/jakna-the-north-face-resolve",
    hr_shop(
        "Sportski outlet",
        "Jakna Resolve 2 muška",
        "899,00",
        "<span class='availability sold'>Rasprodano</span>",
        "",
        "<p class='brand'>Brend: <a href='/brend/the-north-face'>The North Face</a></p>",
        ("Odjeća", "Jakne"),
    ),
    "OutOfStock",
    "The North Face",
)


# ---- must not fire ---------------------------------------------------------------------------------------------

quiet(
    "quiet-amazon-de-auf-lager-cards-unavailable",
    "https://www.amazon.de/WMF-Profi-Plus-Schneebesen-Edelstahl/dp/B0001EK2UO",
    amazon(
        "de",
        ("Küche, Haushalt &amp; Wohnen", "Küchenhelfer"),
        "Profi Plus Schneebesen 25 cm Cromargan Edelstahl",
        "<a id='bylineInfo' class='a-link-normal' href='/stores/WMF/page/1C0D'>Besuchen Sie den WMF-Store</a>",
        "EUR 12,99",
        "<span class='a-size-medium a-color-success'>Auf Lager.</span>",
        amz_buy("de"),
        amz_table(("Marke", "WMF"), ("Material", "Edelstahl")),
        (
            ("Silikon Teigschaber", "EUR 7,99", "Derzeit nicht verfügbar."),
            ("Rührschüssel 4,5 l", "EUR 24,99", "Derzeit nicht verfügbar."),
        ),
        "Nach einem Jahr war der alte nicht mehr verfügbar, der neue ist besser.",
    ),
    "InStock",
    "WMF",
)
quiet(
    "quiet-gmarket-no-brand-cards-soldout-review",
    "http://item.gmarket.co.kr/Item?goodscode=1602233811",
    gmarket(
        "무선 충전기 고속 15W 패드형",
        "12,900",
        G_BUY,
        "<tr><th>제조국</th><td>중국</td></tr><tr><th>KC인증</th><td>R-R-abc-123</td></tr>",
    ),
    "InStock",
    None,
)
quiet(
    "quiet-momo-options-soldout-cart-live",
    "https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=6288012",
    momo(
        "【Lativ】 男裝 棉質素T 白色",
        "299",
        "<a class='buynow' href='javascript:;'>立即購買</a><a class='inCar' href='javascript:;'>放入購物車</a>",
        "",
        "<div class='specArea'><span>尺寸</span><ul><li class='soldout'>S 已售完</li><li class='soldout'>M 已售完</li>"
        "<li>L</li><li>XL</li></ul></div>",
    ),
    "InStock",
    "Lativ",
)
quiet(
    "quiet-kz-hidden-template-net-v-nalichii",
    "https://www.technodom.kz/p/smartfon-samsung-galaxy-a50-64gb-black-211200",
    kz_shop(
        "Technodom",
        "ru",
        "Смартфон Galaxy A50 64GB Black",
        "129 990",
        "<span class='ProductStock__status'>В наличии</span><span class='ProductStock__empty' style='display:none'>"
        "Нет в наличии</span>",
        "<button class='ButtonNext ButtonNext--buy' type='submit'>В корзину</button>",
        specs(("Бренд", "Samsung"), ("Память", "64 ГБ")),
        ("Смартфоны и гаджеты", "Смартфоны"),
    ),
    "InStock",
    "Samsung",
)
quiet(
    "quiet-si-shop-brand-only-in-menu-and-cards",
    "https://www.kuhinjskikotiček.si/izdelek/leseni-kuhalnica-set",
    si_shop(
        "Kuhinjski kotiček",
        "Lesene kuhalnice, komplet 3 kosi",
        "14,90",
        "<span class='stock in-stock'>Na zalogi</span>",
        "<button class='btn btn-cart' type='submit'>Dodaj v košarico</button>",
        trs(("Material", "bukev"), ("Dolžina", "30 cm")),
        ("Kuhinja", "Pripomočki"),
    ),
    "InStock",
    None,
)
quiet(
    "quiet-hr-shop-shop-name-only-delivery-faq",
    "https://www.drvodjelo.hr/proizvod/daska-za-rezanje-hrast",
    doc(
        "Daska za rezanje, hrast 40 x 25 cm - Drvodjelo",
        menu("Drvodjelo", ("Kuhinja", "Dom", "Pokloni", "O nama"), "Košarica", "Traži")
        + trail("Kuhinja", "Daske za rezanje")
        + "<div class='product-page'>"
        + photos("Daska za rezanje, hrast 40 x 25 cm")
        + "<div class='product-info'><h1 class='product-title'>Daska za rezanje, hrast 40 x 25 cm</h1><div "
        "class='product-price'>289,00 kn</div><div class='product-buy'><button class='btn btn-cart' "
        "type='submit'>Dodaj u košaricu</button></div><p>Ručni rad radionice Drvodjelo iz Varaždina.</p></div></div>"
        "<div class='tab-dostava'><h3>Dostava</h3><p>Ako proizvod nije na zalihi, javit ćemo vam se e-poštom u roku "
        "od 24 sata. Proizvodi koji su rasprodani bit će izrađeni u roku od 3 tjedna.</p></div>"
        + bottom("Drvodjelo", ("Dostava", "Kontakt")),
        "hr",
    ),
    "InStock",
    None,
)
quiet(
    "quiet-meli-question-sin-stock-other-cards",
    "https://articulo.mercadolibre.com.ar/MLA-799001122-mochila-urbana-notebook-_JM",
    meli(
        "Mochila Urbana Porta Notebook 15.6 Impermeable",
        "1.650",
        "<span class='dropdown-quantity-available'>(48 disponibles)</span>",
        "<button class='ui-button ui-button--primary'>Comprar ahora</button>",
        spec_li("Material", "Poliéster") + spec_li("Capacidad", "25 L"),
    ),
    "InStock",
    None,
)
quiet(
    "quiet-ar-shop-size-picker-agotado",
    "https://www.zapatosbaires.com.ar/producto/botineta-cuero-negra",
    ar_shop(
        "Zapatos Baires",
        "Botineta de Cuero Negra",
        "3.450",
        "<label>Talle</label><select name='talle'><option>35 - Agotado</option><option>36</option><option>37 - "
        "Agotado</option><option>38</option></select>",
        "<button class='btn btn-buy' type='submit'>Agregar al carrito</button>",
        "",
        ("Mujer", "Botas"),
    ),
    "InStock",
    None,
)
quiet(
    "quiet-yahoo-mall-note-que-huo-no-brand",
    "https://tw.buy.yahoo.com/gdsale/gdsale.asp?gdid=7795533",
    yahoo_mall(
        "手工皂 薰衣草 100g",
        "250",
        "",
        "<button class='AddToCart'>加入購物車</button><button class='BuyNow'>直接購買</button>",
        "",
    ),
    "InStock",
    None,
)
quiet(
    "quiet-cafe24-soldout-icon-related-only-maker-none",
    "http://www.haneulstore.co.kr/product/detail.html?product_no=1933",
    cafe24(
        "하늘스토어",
        "데일리 머그컵 350ml",
        "9,800",
        "<tr><th>원산지</th><td>국내</td></tr>",
        "<a href='#none' class='btnSubmit'>BUY NOW</a><a href='#none' class='btnNormal'>ADD TO CART</a><span "
        "class='btnSubmit sizeL displaynone'>품절</span>",
    ),
    "InStock",
    None,
)


# ---- batch 2, written after batch 1's fixes, before running them ---------------------------------------------

add(
    "b2-amazon-de-hersteller-row-before-marke-row",
    "https://www.amazon.de/Tefal-Ingenio-Pfannenset-L65690-abnehmbarer/dp/B01MSYQ6TA",
    amazon(
        "de",
        ("Küche, Haushalt &amp; Wohnen", "Kochgeschirr", "Pfannen"),
        "Ingenio Preference Pfannenset 3-teilig mit abnehmbarem Griff",
        "<a id='bylineInfo' class='a-link-normal' href='/stores/Tefal/page/C11E'>Besuchen Sie den Tefal-Store</a>",
        "EUR 64,99",
        "<span class='a-size-medium a-color-success'>Auf Lager.</span>",
        amz_buy("de"),
        amz_table(
            ("Hersteller", "Groupe SEB Deutschland GmbH"), ("Marke", "Tefal"), ("Modellnummer", "L65690")
        ),
        (("Ingenio Deckel 24 cm", "EUR 14,99", "Derzeit nicht verfügbar."),),
        "Passt perfekt in den Schrank.",
    ),
    "InStock",
    "Tefal",
)
add(
    "b2-amazon-fr-paraitra-precommander",
    "https://www.amazon.fr/Asmodee-Dixit-Odyssey-Jeu-soci%C3%A9t%C3%A9/dp/B07YJX2K9C",
    amazon(
        "fr",
        ("Jeux et Jouets", "Jeux de société"),
        "Dixit Odyssey - Jeu de société - Nouvelle édition",
        "<a id='bylineInfo' class='a-link-normal' href='/stores/Asmodee/page/7F20'>Visitez la boutique Asmodee</a>",
        "29,99 €",
        "<span class='a-size-medium a-color-success'>Cet article paraîtra le 15 novembre 2019.</span>",
        amz_buy("fr").replace("Ajouter au panier", "Précommander"),
        amz_table(("Fabricant", "Asmodee"), ("Nombre de joueurs", "3 à 12")),
        (("Dixit extension Memories", "19,99 €", "En stock."),),
        "Hâte de l'avoir.",
    ),
    "PreOrder",
    "Asmodee",
)
add(
    "b2-tw-shop-maker-row-before-brand-row-soldout",
    "https://www.chayuanshop.com.tw/products/zojirushi-thermos-480",
    tw_shop(
        "茶苑好物",
        "不鏽鋼保溫瓶 480ml SM-SF48",
        "1,280",
        "<span class='label-out'>商品已售完</span>",
        "<button class='btn-add-cart' disabled>已售完</button><a class='notify' href='#'>貨到通知</a>",
        "<tr><th>製造商</th><td>象印マホービン株式會社</td></tr><tr><th>品牌</th><td>象印</td></tr>",
    ),
    "OutOfStock",
    "象印",
)
add(
    "b2-cafe24-maker-then-brand-soldout",
    "http://www.haneulstore.co.kr/product/detail.html?product_no=2011",
    cafe24(
        "하늘스토어",
        "무선 마우스 M331 사일런트 플러스",
        "25,900",
        "<tr><th>제조사</th><td>로지텍코리아</td></tr><tr><th>브랜드</th><td>로지텍</td></tr>",
        "<a href='#none' class='btnSubmit displaynone'>BUY NOW</a><span class='btnSubmit sizeL'>SOLD OUT</span>"
        "<a href='#none' class='btnRestock'>재입고 알림 신청</a>",
    ),
    "OutOfStock",
    "로지텍",
)
add(
    "b2-kz-vremenno-otsutstvuet-manufacturer",
    "https://www.technodom.kz/p/perforator-bosch-gbh-2-26-dre-130011",
    kz_shop(
        "Technodom",
        "ru",
        "Перфоратор GBH 2-26 DRE Professional",
        "59 990",
        "<span class='ProductStock__status'>Временно отсутствует</span>",
        "<button class='ButtonNext ButtonNext--notify'>Сообщить о поступлении</button>",
        specs(("Производитель", "Bosch"), ("Мощность", "800 Вт")),
        ("Инструменты", "Перфораторы"),
    ),
    "OutOfStock",
    "Bosch",
)
add(
    "b2-ar-shop-sin-stock-official-marca",
    "https://www.electrohogar.com.ar/producto/afeitadora-philips-s1510",
    ar_shop(
        "ElectroHogar",
        "Afeitadora Eléctrica Serie 1000 S1510/04",
        "2.499",
        "<p class='stock out'>Sin stock</p>",
        "<button class='btn btn-buy' disabled>Sin stock</button>",
        "<table class='attrs'><tr><td>Marca</td><td>Philips</td></tr></table>",
        ("Cuidado personal", "Afeitadoras"),
    ),
    "OutOfStock",
    "Philips",
)
add(
    "b2-si-shop-zadnji-kos-cart-proizvajalec",
    "https://www.kuhinjskikotiček.si/izdelek/tefal-ponev-24",
    si_shop(
        "Kuhinjski kotiček",
        "Ponev Expertise 24 cm",
        "39,90",
        "<span class='stock low'>Zadnji kos!</span>",
        "<button class='btn btn-cart' type='submit'>Dodaj v košarico</button>",
        trs(("Proizvajalec", "Tefal"), ("Premer", "24 cm")),
        ("Kuhinja", "Ponve"),
    ),
    "InStock",
    "Tefal",
)
add(
    "b2-hr-shop-nema-na-stanju-obavijesti-brend-row",
    "https://www.alatiplus.hr/proizvod/bosch-akumulatorska-busilica-gsr-12v-15",
    hr_shop(
        "Alati Plus",
        "Akumulatorska bušilica GSR 12V-15 Professional",
        "899,00",
        "<span class='availability'>Nema na stanju</span>",
        "<button class='btn btn-cart' disabled>Dodaj u košaricu</button><a class='notify' href='#'>Obavijesti me</a>",
        "<table class='spec'><tr><td>Brend</td><td>Bosch</td></tr><tr><td>Napon</td><td>12 V</td></tr></table>",
        ("Alati", "Bušilice"),
    ),
    "OutOfStock",
    "Bosch",
)
quiet(
    "quiet-b2-maker-row-brand-lines-only-in-cards",
    "https://www.sulpak.kz/g/stiralnaya_mashina_indesit_iwsb_5085",
    kz_shop(
        "Sulpak",
        "ru",
        "Стиральная машина IWSB 5085",
        "109 990",
        "<span class='availability in-stock'>В наличии</span>",
        "<button class='button buy-button' type='submit'>Купить</button>",
        specs(("Производитель", "Indesit"), ("Загрузка", "5 кг")),
        ("Бытовая техника", "Стиральные машины"),
    ).replace(
        "<span class='badge'>Нет в наличии</span>",
        "<span class='badge'>Нет в наличии</span><p>Бренд: Samsung</p>",
    ),
    "InStock",
    "Indesit",
)


# ---- tests ------------------------------------------------------------------------------------------------------

AVAILABILITY_XFAIL: dict[str, str] = {}
BRAND_XFAIL: dict[str, str] = {
    "kaspi-net-v-prodazhe-no-sellers": "the maker only as the title's first word ('Apple iPhone 7 32Gb черный', "
    "the slug repeating it) and no brand row: the left kind of test_brand_review5/6/9 and review 11 (Volusion's "
    "'Garmin Forerunner 235'); nothing tells a maker from a product line or a type word opening a title",
}


ALL = CASES + MUST_NOT_FIRE


@pytest.mark.parametrize("c", case_params([c for c in ALL if c.availability != SKIP], AVAILABILITY_XFAIL))
def test_availability(c: Case) -> None:
    check_availability(c)


@pytest.mark.parametrize("c", case_params([c for c in ALL if c.brand != SKIP], BRAND_XFAIL))
def test_brand(c: Case) -> None:
    check_brand(c)


def test_counts() -> None:
    assert len(CASES) >= 35 and len(MUST_NOT_FIRE) >= 10


def test_cases_have_no_structured_data() -> None:
    for c in ALL:
        assert not carries_structured_data(c.html), c.id
