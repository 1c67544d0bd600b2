"""Review 6 of availability on product pages WITHOUT structured data (issue 14, stock helper).

Each case is a whole product page as the shop serves it (header with logo and menus, breadcrumbs,
gallery, buy box, variant pickers, sellers' offers, spec table, Q&A, reviews, related cards with their
own badges and buttons, footer), no JSON-LD / microdata / RDFa, in the issue's markets (Amazon .com /
.co.uk / .de / .fr / .it / .es, Coupang, Gmarket, 11st, Musinsa, Kurly, a Cafe24 shop, momo, PChome,
Shopee TW, Kaspi in Kazakh and Russian, Technodom, Ozon, Wildberries, Mercado Libre, Frávega,
Tiendanube, Mimovrste, Big Bang, Enaa, Links, Instar, Fashion&Friends, Emmezeta, Zalando .de / .it,
Otto, Fnac, Cdiscount, MediaWorld, Unieuro, Shopify / WooCommerce / Magento / Shopware / PrestaShop /
Next.js themes). Each case names the schema.org availability a shopper reads, compared folded as
`benchmarks.bench_extraction` folds it (`AVAILABILITY_CLASS`). Pages of test_stock_sku_review5.py and
test_availability_review4.py are not repeated: the shapes aimed at here are the ones they left.

Cases: 112 pages (`CASES`) and 33 must-not-fire pages (`NOT_FIRE`).

Round 1 (51 pages, written before reading crawler/heuristics/controls.py): out-of-stock pages whose buy
button stays in the DOM disabled by an attribute, a class ("btn--is-disabled", "prod-buy-btn disabled",
"ButtonNext--disabled" with aria-disabled) or a script's state (Shopify's ProductJson "available": false,
Next.js "stockStatus": "OUT_OF_STOCK"); variant grids with some sizes sold out (Musinsa "품절", momo
"已售完", Zalando "Ausverkauft" / "Esaurito", Wildberries "Нет в наличии", Fashion&Friends
"Rasprodano", Shopify's visually-hidden "Sold out", Shopee's disabled chip): InStock; notify-me forms
(Cafe24 "재입고 알림 신청", Shopware "Benachrichtigen", PrestaShop "Prévenez-moi", Mimovrste "Obvesti
me, ko bo na zalogi", Kaspi "Түскенде хабарлау", Frávega "Te avisamos"); several sellers (Amazon.de
"Andere Verkäufer auf Amazon" with one "Derzeit nicht auf Lager", Amazon.it "Disponibile presso questi
venditori", Kaspi's sellers table, Cdiscount's "Autres vendeurs" with one "Épuisé", Mercado Libre's
"Otras opciones de compra"); pre-orders with dates (Amazon .de / .fr / .it / .co.uk, 11st "예약판매 ...
발송예정일", PChome "預購商品，預計 2027/01/20", Tiendanube "PREVENTA · Llega a partir del", Big Bang
"Prednaročilo – na voljo od", Instar "Prednarudžba – očekivani datum"); back-orders (WooCommerce es,
Magento de "nachbestellt, lieferbar ab"); delivery and service lines that are no stock lines (Amazon.fr
"Livraison accélérée indisponible", Kurly "샛별배송 불가", momo "超商取貨 本商品不提供", Otto
"Expresslieferung ... nicht verfügbar", Enaa "Dostava še danes ni več mogoča", Emmezeta "Isporuka istog
dana nije dostupna", Unieuro "Consegna al piano non disponibile"); stock words in reviews, Q&A and
related cards; out-of-stock pages in ko / zh-TW / ru / kk / es-AR / sl / hr / de / fr / it.
FIRST LOOK (07c3021 with the lead's working tree): 3 of 51 failed (6%), one per kind:
- amazon-it-uscira-il-preordina: InStock for PreOrder ("Questo articolo uscirà il 5 marzo 2027." and a
  "Preordina ora" button: no Italian pre-order control, no release-date line read);
- hr-isporuka-istog-dana-nije-dostupna-na-stanju: OutOfStock for InStock ("Isporuka istog dana nije
  dostupna za vašu adresu." in an element named for delivery: the Croatian negation and "Isporuka" were
  no fulfilment note);
- woocommerce-es-disponible-para-reservar: InStock for BackOrder (WooCommerce's Spanish "Disponible para
  reservar").
48 were read right at first look, among them all 10 disabled-button / notify-form out-of-stock pages,
all 9 variant-grid pages, all 5 several-seller pages and all Q&A / review / card pages.
Round 2 (16 pages, written after reading controls.py, near misses of the three kinds in the markets'
languages): 16 of 16 failed (7 OutOfStock for a delivery or service note: "Brza dostava nije dostupna
za odabranu lokaciju", "Hitra dostava ni na voljo", "Servizio di montaggio non disponibile",
"Montageservice ... nicht verfügbar", "Montaža nije dostupna", "Installation à domicile indisponible",
"Instalación no disponible"; 4 Amazon release-date lines beside "Add to Cart" read InStock; the Italian
shop's "Preordina" read as nothing; "Prednarudžba" / "Prednaročilo" stock lines InStock; "Disponible
para reservar (envío en 15 días)", "Beschikbaar via nabestelling" InStock).

Kinds fixed (crawler/heuristics/controls.py):
1. `fulfilment_note`: a service that comes with the item is a channel (`_CHANNEL`: "montaža",
   "montaggio", "Montage...", "installation", "instalación", "монтаж", "설치", ...), the Croatian
   "isporuka" a delivery word, and the Slavic / Russian negations written after their subject
   (`_OFF_AFTER`: "nije dostupna", "ni na voljo", "ni mogoče", "недоступна") count after a channel word of
   their sentence only ("Nije dostupno · Isporuka 5-7 dana" stays the item's state).
2. `said_state`: a release-date line (`_RELEASE`: "will be released on", "erscheint am", "paraîtra le",
   "uscirà il", "saldrá a la venta el" before a date) and the Croatian / Slovenian pre-order words
   ("Prednarudžba", "Prednaročilo") read PreOrder where nothing else in the text states a state;
   `_PREORDER_CONTROL` learns "Preordina (ora)", "Предзаказать"; `_PREORDER_CLOSED` "Prednarudžba je
   završena", "Prednaročilo je zaključeno".
3. `_ON_ORDER`: WooCommerce's "Disponible para reservar", "Beschikbaar via nabestelling" (BackOrder).
Must-not-fire (11 pages, all read right with controls.py at 07c3021 swapped back in one process, as
after the fixes; the 19 cases failing there are exactly the round 1-2 failures): a negated stock
line beside a delivery time ("Nije dostupno · Isporuka ...", "Trenutno nije dostupno. Dostava ..."),
"Ni na voljo" beside a delivery line, "nicht verfügbar" beside "Montageservice buchbar", a Russian
delivery line with "невозможен" beside "В наличии", "Auf Lager. Die 2. Auflage erscheint am ...", a
"will be released on" in a details list, "Preordina" on related cards, a closed "Prednarudžba je
završena", "Disponible para envío inmediato", a card's "Beschikbaar via nabestelling".
Round 3 (16 pages, after rounds 1-2's commit ea85fa4, aimed at stock lines of pages with no buy control
that `said_state` might read the other way or not at all): 12 of 15 failed at first (the 16th,
r3-es-ar-no-esta-disponible-dot-envio-gratis, was written after kind 4's first version read a delivery
note written with its verb as the item's state, and failed at ea85fa4 too): Romance negations written
with their verb read InStock from their bare "disponible" ("Este producto no está disponible por el
momento", "Ya no está disponible", "Prodotto non più disponibile", "Questo prodotto non è disponibile",
"Ce produit n'est pas disponible actuellement"); "Izdelek trenutno ni dobavljiv" (two opening words),
"Nur in der Filiale erhältlich", "현재 구매가 불가능한 상품입니다", "此商品暫停販售", "目前無法購買",
"Zaliha: 0 kom.", "Zaloga: 0 kosov" read as nothing. "Disponibile solo in negozio", "Disponible
uniquement en magasin" (InStock, folded as InStoreOnly is) and a Cafe24 page whose buy links carry
"displaynone" beside a "SOLD OUT" span were read right.
Kinds fixed (crawler/heuristics/controls.py):
4. `said_state`: the Romance negations with their verb (`_NEGATED_VERB`: "no está disponible", "no se
   encuentra disponible", "non è (più) disponibile", "non più disponibile", "n'est pas disponible", "não
   está disponível") read OutOfStock; as a way of getting the item not offered (`_OFF_VERB` in
   `fulfilment_note`) where a channel word stands before or after them in their part of the line ("El
   envío a domicilio no está disponible en tu zona", "No está disponible para envío a domicilio").
5. `_NEGATED_IN_STOCK`: up to two opening words ("Izdelek trenutno ni ..."), "trenutačno", "dosegljiv".
6. `said_state`: stores-only lines (`_STORE_ONLY`: "Nur in der Filiale erhältlich", "solo in negozio",
   "uniquement en magasin", "Sólo en tiendas físicas", "매장 전용", "門市限定") read InStoreOnly.
7. `said_state`: Korean and Chinese cannot-be-bought lines (`_CANNOT_BUY`: "구매가 불가능한 상품", "구매 불가
   상품", "暫停販售", "目前無法購買") read OutOfStock, not a buying rule naming an age or a region
   (`_BUY_RULE`: "19세 미만 구매 불가 상품입니다", "海外地區無法購買").
8. `stock_count`: the Croatian, Slovenian and Kazakh units of a count ("kom.", "kos" / "kosov", "дана").
Round 3's must-not-fire (8 pages, all read right with controls.py at ea85fa4 swapped back in one
process; the 13 cases failing there are exactly round 3's): a delivery note written with its verb, before
or after its channel ("El envío a domicilio no está disponible en tu zona", "La consegna al piano non è
disponibile", "Este producto no está disponible para envío a domicilio"), a Q&A answer "el azul no está
disponible", "19세 미만 구매 불가 상품입니다", "海外地區無法購買", "auch in der Filiale erhältlich", related
cards' "Zaliha: 0 kom." beside the item's "Na zalihi".
Round 4 (10 pages, after round 3's commit bbf8c2d, aimed at chains' pages and wording round 3 did not
reach): 10 of 10 failed: an item not sold online but in the chain's stores read OutOfStock ("Online
nicht verfügbar" / "Im Markt: verfügbar in 3 Märkten", "Indisponible en ligne" / "Disponible en
magasin : 12 magasins", "Non disponibile online" / "Disponibile in 5 negozi", "Nije dostupno za online
kupnju" / "Dostupno u 4 poslovnice", "Ni na voljo za spletni nakup" / "Na voljo v 3 trgovinah");
no-longer-in-range lines read as nothing ("nicht mehr im Sortiment", "Articolo fuori catalogo", "Artikl
više nije u ponudi", "Izdelka ni več v ponudbi"), and the Russian "Товар временно недоступен".
Kinds fixed (crawler/heuristics/controls.py):
9. `online_closed_stores_open` (in `_text_state`): an element named for the availability saying the item
   is not sold online (`_ONLINE_OFF`) and, in the rest, that the stores have it (`_STORES` and an in-stock
   word) reads InStoreOnly; not where none has it (`_NO_STORE`: "Disponible dans aucun magasin").
10. `_DISCONTINUED`: "nicht mehr im Sortiment", "fuori catalogo", "više nije u ponudi", "ni več v
    ponudbi", "n'est plus commercialisé", "ya no se fabrica".
11. `_GONE`: "(Товар) (временно) недоступен" (not "Доставка временно недоступна").
Round 4's must-not-fire (5 pages, all read right with controls.py at bbf8c2d swapped back in one process;
the 10 cases failing there are exactly round 4's): "Online verfügbar" beside "Im Markt: verfügbar", "Non
disponibile online" beside "Non disponibile nei negozi", "Indisponible en ligne" beside "Disponible dans
aucun magasin", "Neu im Sortiment · Auf Lager", "Доставка временно недоступна" beside a live "Купить".
Round 5 (13 pages, after round 4's commit a3607ab): sold-out wording on pages with no buy control, and
dispatch lines beside a live button: 9 of 13 failed, the sold-out lines that hold an in-stock word read
InStock ("Plus en stock", "No longer in stock", "Nema više na zalihi") or that the extractor lacked read
as nothing ("Vergriffen", "Ni več zaloge", "No quedan unidades", "銷售一空", "Тауар таусылды", "Всё
раскупили"); Amazon's "Gewöhnlich versandfertig in 3 bis 4 Tagen." / "Generalmente spedito in 6-10
giorni.", "12월 15일 출고 예정" and "預計 12/15 出貨" beside live buttons were read right (InStock).
Kind fixed (crawler/heuristics/controls.py):
12. `said_state`: sold-out wording (`_SOLD_WORDING`: "no longer / not in stock" (not "... at a store"),
    "(n'est) plus en stock", "pas en stock", "vergriffen", "nicht mehr auf Lager / vorrätig / lieferbar",
    "non più in stock", "no quedan unidades", "ya no hay stock", "nema više na zalihi", "ni več zaloge",
    "銷售一空" / "搶購一空" / "賣完了", "таусылды", "раскупили", "완판") reads OutOfStock; not "Plus que 2 en
    stock", "即將銷售一空", "완판 임박".
Round 5's must-not-fire (5 pages, all read right with controls.py at a3607ab swapped back in one process;
the 9 cases failing there are exactly round 5's failures): "Plus de 10 en stock", "Plus que 2 en stock",
"即將銷售一空", "완판 임박" beside live buttons, a review's "vergriffen" beside "Sofort lieferbar".
Round 6 (5 pages, after round 5's commit db5e336): pages a script builds in the browser, whose only
state is the JSON they ship (crawler/pagestate.py): 5 of 5 failed: Naver's "productStatusType":
"OUTOFSTOCK", Cafe24's "is_soldout": "T", a Korean shop's "soldOutYn": "Y", "saleStatus": "SOLD_OUT"
read as nothing; a Taiwanese shop's "stock": 0 gave no listing (its unspaced Chinese name, one regex word,
was never matched to the document title).
Kind fixed (crawler/pagestate.py):
13. `_own_availability`: sale-status keys ("productStatusType", "saleStatus", "sellStatus", ...), the
    Y/N and T/F flag words, the flags "soldOutYn" / "is_soldout", and a stock count ("stockQuantity",
    "stock", "availableQuantity") read last; `state_product`: a CJK name of one unspaced word of 4+
    characters is matched to the title's words.
Round 6's must-not-fire (3 pages, all read right with pagestate.py at db5e336 swapped back in one
process; the 5 cases failing there are exactly round 6's): "isAvailable": true beside "stock": 0,
recommendations' "soldOutYn": "Y" beside the item's "available": true, a category page of spaced CJK
names (no listing).
Round 7 (1 page, after the lead's note at 7a9412b that StockX's "Buy for $215" link is no buy phrase):
failed (no listing at 69148c5). Kind fixed (crawler/heuristics/controls.py):
14. `_BUY`: "Buy for" followed by an amount ("Buy for $215"), not "Buy for business". With it the page
    gives a listing, InStock; its price reads "Last Sale: $198" (the lead's price readers; not judged here).
Must-not-fire (1 page, read right with controls.py at 69148c5 swapped back): a "Buy for business" link on
a sold-out page.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from benchmarks.bench_extraction import AVAILABILITY_CLASS
from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    availability: str | None
    xfail: str = ""


CASES: list[Case] = []
NOT_FIRE: list[Case] = []


def page(
    lang: str,
    title: str,
    header: str,
    crumbs: list[str],
    main: str,
    after: str,
    footer: str,
    head: str = "",
    tail: str = "",
) -> str:
    """A whole document without structured data: the shop's header, breadcrumbs, the product block,
    what follows it (specs, Q&A, reviews, recommendation strips), the footer and the page's scripts."""
    crumb = "".join(f"<li><a href='/c/{i}'>{c}</a></li>" for i, c in enumerate(crumbs))
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<meta property='og:title' content=\"{title}\">{head}"
        "<link rel='stylesheet' href='/static/app.css'></head><body>"
        f"<header class='site-header'>{header}</header>"
        f"<nav class='breadcrumb' aria-label='breadcrumb'><ol>{crumb}</ol></nav>"
        f"<main id='main'>{main}</main>{after}<footer class='site-footer'>{footer}</footer>"
        f"{tail}<script src='/static/app.js' defer></script></body></html>"
    )


def gallery(host: str, slug: str, n: int = 4) -> str:
    thumbs = "".join(
        f"<li><img src='https://{host}/img/{slug}-{i}.jpg' alt='' width='600' height='600'></li>"
        for i in range(1, n + 1)
    )
    return (
        f"<div class='product-gallery'><div class='main-image'><img src='https://{host}/img/{slug}-1.jpg'"
        f" alt='{slug}' width='1000' height='1000'></div><ul class='thumbs'>{thumbs}</ul></div>"
    )


def table(rows: list[tuple[str, str]], heading: str = "", cls: str = "specs") -> str:
    trs = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    h = f"<h2>{heading}</h2>" if heading else ""
    return f"<section class='{cls}'>{h}<table><tbody>{trs}</tbody></table></section>"


def reviews(heading: str, *texts: str) -> str:
    lis = "".join(
        f"<li class='review' id='review-{5120 + i}'><span class='stars'>★★★★☆</span>"
        f"<span class='review-date'>2026-0{1 + i % 9}-1{i % 10}</span><p>{t}</p></li>"
        for i, t in enumerate(texts)
    )
    return f"<section class='reviews' id='reviews'><h2>{heading}</h2><ul>{lis}</ul></section>"


def qna(heading: str, pairs: list[tuple[str, str]]) -> str:
    """A shop's questions and answers block (Amazon, Mercado Libre, Coupang, momo all have one)."""
    lis = "".join(
        f"<li class='qa-item'><div class='question'><b>Q:</b> {q}</div><div class='answer'><b>A:</b> {a}</div></li>"
        for q, a in pairs
    )
    return f"<section class='questions' id='qa'><h2>{heading}</h2><ul class='qa-list'>{lis}</ul></section>"


def cards(heading: str, items: list[tuple[str, str, str]], cls: str = "related-products") -> str:
    """A recommendation strip: (name, price, extra html such as a badge or a button) per card."""
    lis = "".join(
        f"<li class='product-card'><a href='/p/rec-{i}'><img src='/img/rec-{i}.jpg' alt='{n}'>"
        f"<span class='card-title'>{n}</span></a><span class='card-price'>{p}</span>{x}</li>"
        for i, (n, p, x) in enumerate(items)
    )
    return f"<section class='{cls}'><h2>{heading}</h2><ul>{lis}</ul></section>"


def case(id: str, url: str, html: str, availability: str | None, xfail: str = "") -> None:
    CASES.append(Case(id, url, html, availability, xfail))


def not_fire(id: str, url: str, html: str, availability: str | None) -> None:
    NOT_FIRE.append(Case(id, url, html, availability))


# ---- Amazon -----------------------------------------------------------------------------------------


def amz_header(domain: str, deliver: str, orders: str, cart: str) -> str:
    return (
        f"<div id='nav-belt'><a id='nav-logo-sprites' href='/ref=nav_logo' aria-label='{domain}'>{domain}</a>"
        f"<div id='nav-global-location-slot'><span id='glow-ingress-line1'>{deliver}</span></div>"
        "<form id='nav-search-bar-form'><input type='text' id='twotabsearchtextbox' name='field-keywords'></form>"
        f"<a href='/gp/css/order-history' id='nav-orders'>{orders}</a>"
        f"<a href='/gp/cart/view.html' id='nav-cart'>{cart} 0</a></div>"
        "<div id='nav-main'><a href='/gp/bestsellers'>Best Sellers</a><a href='/deals'>Deals</a>"
        "<a href='/gp/prime'>Prime</a><a href='/customer-service'>Customer Service</a></div>"
    )


def amz_main(
    title: str, byline: str, price: str, availability: str, buy: str, bullets: str, extra: str = ""
) -> str:
    return (
        "<div id='dp' class='electronics'><div id='dp-container'>"
        "<div id='leftCol'><div id='imageBlock'><div id='main-image-container'><img id='landingImage'"
        " src='https://m.media-amazon.com/images/I/71Kq3pLx0VL._AC_SL1500_.jpg' alt='" + title[:40] + "'>"
        "</div><ul id='altImages'><li><img src='https://m.media-amazon.com/images/I/41QxYzT-aL._AC_US40_.jpg'></li>"
        "<li><img src='https://m.media-amazon.com/images/I/51bWq0pRkL._AC_US40_.jpg'></li></ul></div></div>"
        f"<div id='centerCol'><div id='titleSection'><h1 id='title'><span id='productTitle'>{title}</span></h1>"
        f"</div><div id='bylineInfo_feature_div'><a id='bylineInfo' href='/stores/page/1'>{byline}</a></div>"
        "<div id='averageCustomerReviews'><span class='a-icon-alt'>4,5 / 5</span>"
        "<a id='acrCustomerReviewLink' href='#customerReviews'>3.412</a></div>"
        f"<div id='corePrice_feature_div'><span class='a-price'><span class='a-offscreen'>{price}</span></span></div>"
        f"<div id='feature-bullets'><ul><li>{bullets}</li></ul></div>{extra}</div>"
        "<div id='rightCol'><div id='buybox'><div id='desktop_buybox'>"
        f"<span class='a-price'><span class='a-offscreen'>{price}</span></span>"
        f"<div id='availability' class='a-section a-spacing-base'>{availability}</div>"
        f"{buy}</div></div></div></div></div>"
    )


def amz_carousel(heading: str, items: list[tuple[str, str]]) -> str:
    lis = "".join(
        f"<li class='a-carousel-card'><div class='p13n-sc-uncoverable-faceout' id='B0{9 - i}QWE{i}R{i}'>"
        f"<a href='/dp/B0{9 - i}QWE{i}R{i}'><img src='https://m.media-amazon.com/images/I/8{i}xyz._AC_UL160_.jpg'"
        f" alt='{n}'><div class='p13n-sc-truncate'>{n}</div></a><span class='a-color-price'>{p}</span></div></li>"
        for i, (n, p) in enumerate(items)
    )
    return f"<div class='a-carousel-container'><h2 class='a-carousel-heading'>{heading}</h2><ol class='a-carousel'>{lis}</ol></div>"


AMZ_FOOTER = (
    "<div class='navFooterVerticalColumn'><a href='/gp/help/customer/display.html'>Help</a>"
    "<a href='/impressum'>Impressum</a></div><p>Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.</p>"
    "<span>© 1996-2026, Amazon.com, Inc. or its affiliates</span>"
)


def amz_page(
    lang: str, domain: str, title: str, crumbs: list[str], main: str, after: str, header: str = ""
) -> str:
    return page(
        lang,
        f"{title} : {domain}",
        header or amz_header(domain, "Deliver to 10115 Berlin", "Returns &amp; Orders", "Cart"),
        crumbs,
        main,
        after,
        AMZ_FOOTER,
    )


def amz_sellers(heading: str, rows: list[tuple[str, str, str]]) -> str:
    """The 'other sellers on Amazon' box: (price, delivery/condition line, seller) per offer."""
    lis = "".join(
        f"<div class='aod-offer'><span class='a-price'><span class='a-offscreen'>{p}</span></span>"
        f"<div class='aod-delivery-promise'>{d}</div><div id='aod-offer-soldBy'>{s}</div></div>"
        for p, d, s in rows
    )
    return f"<div id='olpLinkWidget_feature_div'><h3>{heading}</h3>{lis}</div>"


# ---- round 1: Amazon (several sellers, release dates, delivery lines, Q&A) ---------------------------

case(
    "amazon-de-auf-lager-andere-verkaeufer-nicht-auf-lager",
    "https://www.amazon.de/Bosch-Akku-Bohrschrauber-GSR-12V-15/dp/B00D3Y7QZ4",
    amz_page(
        "de-de",
        "Amazon.de",
        "Bosch Professional 12V System Akku-Bohrschrauber GSR 12V-15",
        ["Baumarkt", "Elektrowerkzeuge", "Bohrmaschinen"],
        amz_main(
            "Bosch Professional 12V System Akku-Bohrschrauber GSR 12V-15 (inkl. 2x2,0 Ah Akku, Ladegerät)",
            "Besuche den Bosch Professional-Store",
            "129,99 €",
            "<span class='a-size-medium a-color-success'>Auf Lager</span>",
            "<div id='mir-layout-DELIVERY_BLOCK'>GRATIS Lieferung <b>Freitag, 4. Dezember</b>.</div>"
            "<select id='quantity' name='quantity'><option selected>1</option><option>2</option></select>"
            "<input id='add-to-cart-button' type='submit' value='In den Einkaufswagen'>"
            "<input id='buy-now-button' type='submit' value='Jetzt kaufen'>"
            "<div id='merchantInfoFeature_feature_div'>Versand Amazon Verkäufer Amazon</div>"
            + amz_sellers(
                "Andere Verkäufer auf Amazon",
                [
                    ("124,90 €", "Derzeit nicht auf Lager.", "Verkauft von: Werkzeug-Profi24"),
                    ("139,00 €", "Lieferung 8. - 11. Dezember", "Verkauft von: Baumarkt Meyer"),
                ],
            ),
            "Kompakter Akku-Bohrschrauber mit 2-Gang-Getriebe",
        ),
        amz_carousel(
            "Kunden, die diesen Artikel angesehen haben, haben auch angesehen", [("Makita DF333", "99,00 €")]
        ),
    ),
    "InStock",
)

case(
    "amazon-it-disponibile-presso-questi-venditori",
    "https://www.amazon.it/Tefal-Ingenio-Set-Pentole-13/dp/B07MTFJ5S8",
    amz_page(
        "it-it",
        "Amazon.it",
        "Tefal Ingenio Emotion Set di Pentole 13 Pezzi",
        ["Casa e cucina", "Pentole", "Set di pentole"],
        amz_main(
            "Tefal Ingenio Emotion L897SD04 Set di Pentole 13 Pezzi, Acciaio Inox, Manico Rimovibile",
            "Visita lo Store di Tefal",
            "",
            "<span class='a-size-medium a-color-price'>Disponibile presso questi venditori.</span>",
            "<div id='buybox-see-all-buying-choices'><a class='a-button-text' href='/gp/offer-listing/B07MTFJ5S8'>"
            "Vedi tutte le opzioni di acquisto</a></div>"
            "<div class='olp-text-box'><span>Nuovo (4) da </span><span class='a-price'><span class='a-offscreen'>"
            "189,90 €</span></span><span> + Spedizione GRATUITA</span></div>",
            "Manico rimovibile per passare dal fornello al forno",
        ),
        amz_carousel(
            "Prodotti correlati a questo articolo",
            [("Lagostina Padella", "39,90 €"), ("Ballarini Set", "99,00 €")],
        ),
    ),
    "InStock",
)

case(
    "amazon-de-erscheint-am-jetzt-vorbestellen",
    "https://www.amazon.de/Nintendo-Switch-2-Mario-Kart-World/dp/B0F1XYZ123",
    amz_page(
        "de-de",
        "Amazon.de",
        "Mario Kart World (Nintendo Switch 2)",
        ["Games", "Nintendo Switch 2", "Spiele"],
        amz_main(
            "Mario Kart World - [Nintendo Switch 2]",
            "Marke: Nintendo",
            "79,99 €",
            "<span class='a-size-medium a-color-success'>Dieser Artikel erscheint am 14. März 2027.</span>",
            "<div id='mir-layout-DELIVERY_BLOCK'>Lieferung am Erscheinungstag, wenn Sie bis 13. März bestellen.</div>"
            "<div id='preorder-price-guarantee'>Vorbesteller-Preisgarantie</div>"
            "<input id='buy-now-button' type='submit' value='Jetzt vorbestellen'>",
            "Rase mit bis zu 24 Spielern über riesige Strecken",
        ),
        amz_carousel("Ähnliche Artikel", [("Donkey Kong Bananza", "69,99 €"), ("Pro Controller", "89,99 €")]),
    ),
    "PreOrder",
)

case(
    "amazon-fr-paraitra-le-precommander",
    "https://www.amazon.fr/Asterix-Tome-41-Albert-Uderzo/dp/2864973XYZ",
    amz_page(
        "fr-fr",
        "Amazon.fr",
        "Astérix - Tome 42 - Astérix en Lusitanie",
        ["Livres", "BD", "Humour"],
        amz_main(
            "Astérix - Astérix en Lusitanie - n°42",
            "Fabrice Caro (Auteur), Didier Conrad (Illustrations)",
            "10,95 €",
            "<span class='a-size-medium a-color-success'>Cet article paraîtra le 22 octobre 2027.</span>",
            "<div id='mir-layout-DELIVERY_BLOCK'>Livraison GRATUITE le jour de la sortie.</div>"
            "<div id='preorder-guarantee'>Garantie du prix le plus bas en précommande</div>"
            "<input id='buy-now-button' type='submit' value='Précommander maintenant'>",
            "Album relié, 48 pages",
        ),
        amz_carousel("Les clients ont également consulté", [("Astérix Tome 40", "10,50 €")]),
    ),
    "PreOrder",
)

case(
    "amazon-it-uscira-il-preordina",
    "https://www.amazon.it/Pokemon-Leggende-Z-A-Switch/dp/B0DXYZ4567",
    amz_page(
        "it-it",
        "Amazon.it",
        "Leggende Pokémon: Z-A - Nintendo Switch 2",
        ["Videogiochi", "Nintendo Switch 2", "Giochi"],
        amz_main(
            "Leggende Pokémon: Z-A - Nintendo Switch 2 Edition",
            "Marca: Nintendo",
            "69,99 €",
            "<span class='a-size-medium a-color-success'>Questo articolo uscirà il 5 marzo 2027.</span>",
            "<div id='mir-layout-DELIVERY_BLOCK'>Consegna GRATUITA il giorno dell'uscita.</div>"
            "<input id='buy-now-button' type='submit' value='Preordina ora'>",
            "Esplora Luminopoli",
        ),
        amz_carousel("Articoli simili", [("Pokémon Scarlatto", "49,99 €")]),
    ),
    "PreOrder",
)

case(
    "amazon-co-uk-will-be-released-on-pre-order-now",
    "https://www.amazon.co.uk/Osman-Thursday-Murder-Club-5/dp/0241XYZ998",
    amz_page(
        "en-gb",
        "Amazon.co.uk",
        "The Thursday Murder Club 6 : Richard Osman",
        ["Books", "Crime, Thrillers &amp; Mystery"],
        amz_main(
            "The Thursday Murder Club 6: The Thursday Murder Club Mystery",
            "Richard Osman (Author)",
            "£11.00",
            "<span class='a-size-medium a-color-success'>This item will be released on 7 March 2027.</span>",
            "<div id='mir-layout-DELIVERY_BLOCK'>FREE delivery on release day.</div>"
            "<div>Pre-order Price Guarantee. <a href='/help'>Terms</a></div>"
            "<input id='buy-now-button' type='submit' value='Pre-order now'>",
            "Hardcover, 400 pages",
        ),
        amz_carousel("Customers who viewed this item also viewed", [("We Solve Murders", "£8.50")]),
        amz_header("Amazon.co.uk", "Deliver to London EC1A 1BB", "Returns &amp; Orders", "Basket"),
    ),
    "PreOrder",
)

case(
    "amazon-com-in-stock-qa-and-reviews-sold-out-words",
    "https://www.amazon.com/Stanley-Quencher-H2-0-FlowState-Tumbler/dp/B0CJZMP7L1",
    amz_page(
        "en-us",
        "Amazon.com",
        "Stanley Quencher H2.0 FlowState Tumbler 40 oz",
        ["Home &amp; Kitchen", "Kitchen &amp; Dining", "Travel Mugs"],
        amz_main(
            "Stanley Quencher H2.0 FlowState Stainless Steel Vacuum Insulated Tumbler with Lid and Straw, 40 oz",
            "Visit the STANLEY Store",
            "$45.00",
            "<span class='a-size-medium a-color-success'>In Stock</span>",
            "<div id='deliveryBlockMessage'>FREE delivery <b>Monday, December 7</b></div>"
            "<input id='add-to-cart-button' type='submit' value='Add to Cart'>"
            "<input id='buy-now-button' type='submit' value='Buy Now'>",
            "Double wall vacuum insulation",
        ),
        qna(
            "Customer questions &amp; answers",
            [
                (
                    "Is the Rose Quartz color out of stock for good?",
                    "It was sold out for weeks, then came back in stock in November.",
                ),
                ("Can I pre-order the holiday colors?", "Currently unavailable in my region, sadly."),
            ],
        )
        + reviews(
            "Top reviews from the United States",
            "I had it on backorder for a month from another store. Out of stock everywhere, glad Amazon had it.",
            "Sold out at Target, ordered here and it came in 2 days.",
        ),
        amz_header("Amazon.com", "Deliver to John New York 10001", "Returns &amp; Orders", "Cart"),
    ),
    "InStock",
)

case(
    "amazon-fr-en-stock-livraison-acceleree-indisponible",
    "https://www.amazon.fr/Moulinex-Cookeo-Multicuiseur-CE85B810/dp/B07Q2X9YZB",
    amz_page(
        "fr-fr",
        "Amazon.fr",
        "Moulinex Cookeo+ Multicuiseur intelligent",
        ["Cuisine et Maison", "Petit électroménager", "Multicuiseurs"],
        amz_main(
            "Moulinex Cookeo+ Multicuiseur intelligent 6 L, 180 recettes préprogrammées, CE85B810",
            "Visiter la boutique Moulinex",
            "149,99 €",
            "<span class='a-size-medium a-color-success'>En stock</span>",
            "<div id='mir-layout-DELIVERY_BLOCK'>Livraison GRATUITE mardi 8 décembre.</div>"
            "<div id='fast-delivery'>Livraison accélérée indisponible pour cette adresse.</div>"
            "<div id='installation'>Installation non disponible pour ce produit.</div>"
            "<input id='add-to-cart-button' type='submit' value='Ajouter au panier'>"
            "<input id='buy-now-button' type='submit' value='Acheter cet article'>",
            "Cuisson sous pression 3 fois plus rapide",
        ),
        amz_carousel("Produits fréquemment achetés ensemble", [("Panier vapeur", "19,99 €")]),
    ),
    "InStock",
)

# ---- Korea ---------------------------------------------------------------------------------------------

COUPANG_HEADER = (
    "<div class='header'><a class='logo' href='https://www.coupang.com/'>쿠팡</a>"
    "<form class='search'><input name='q' placeholder='찾고 싶은 상품을 검색해보세요!'></form>"
    "<a href='/np/mypage'>마이쿠팡</a><a href='/cart'>장바구니</a></div>"
    "<ul class='category-menu'><li>패션의류/잡화</li><li>뷰티</li><li>식품</li><li>가전디지털</li></ul>"
)
COUPANG_FOOTER = (
    "<p>쿠팡(주) 대표이사 강한승 사업자등록번호 120-88-00767 통신판매업신고 2017-서울송파-0680</p>"
)


case(
    "coupang-buy-button-disabled-class-il-si-pum-jeol-label",
    "https://www.coupang.com/vp/products/7335597976?itemId=18801234567&vendorItemId=85950123456",
    page(
        "ko",
        "삼다수 2L x 12병 - 생수 | 쿠팡",
        COUPANG_HEADER,
        ["쿠팡 홈", "식품", "생수/음료", "생수"],
        "<div class='prod-atf'>"
        + gallery("thumbnail.coupangcdn.com", "samdasoo")
        + "<div class='prod-buy'><h2 class='prod-buy-header__title'>제주삼다수 그린 무라벨 2L, 12개</h2>"
        "<div class='prod-price'><span class='total-price'><strong>12,840</strong>원</span></div>"
        "<div class='prod-shipping-fee-message'>무료배송</div>"
        "<div class='oos-label'>일시품절</div>"
        "<div class='prod-quantity__form'><input class='prod-quantity__input' value='1' disabled></div>"
        "<div class='prod-buy-footer'><button class='prod-cart-btn disabled' disabled>장바구니 담기</button>"
        "<button class='prod-buy-btn disabled' disabled>바로구매</button></div></div></div>",
        table([("상품번호", "7335597976"), ("용량", "2L"), ("수량", "12개")], "필수 표기정보")
        + reviews("상품평", "항상 시키는 물이에요. 배송 빨라요.")
        + cards("다른 고객이 함께 본 상품", [("아이시스 2L", "9,900원", ""), ("백산수 2L", "11,200원", "")]),
        COUPANG_FOOTER,
    ),
    "OutOfStock",
)

case(
    "coupang-reviews-pum-jeol-words-buy-live",
    "https://www.coupang.com/vp/products/6012345678?itemId=1100223344",
    page(
        "ko",
        "코멧 3겹 롤화장지 30m 30롤 - 화장지 | 쿠팡",
        COUPANG_HEADER,
        ["쿠팡 홈", "생활용품", "화장지/물티슈"],
        "<div class='prod-atf'>"
        + gallery("thumbnail.coupangcdn.com", "comet-roll")
        + "<div class='prod-buy'><h2 class='prod-buy-header__title'>코멧 3겹 롤화장지 30m, 30롤, 1팩</h2>"
        "<div class='prod-price'><span class='total-price'><strong>15,990</strong>원</span></div>"
        "<div class='prod-pdd'>내일(목) 12/3 도착 보장</div>"
        "<div class='prod-buy-footer'><button class='prod-cart-btn'>장바구니 담기</button>"
        "<button class='prod-buy-btn'>바로구매</button></div></div></div>",
        reviews(
            "상품평",
            "지난번엔 품절이라 한참 기다렸다가 샀어요. 재입고 알림 받고 바로 주문!",
            "자주 일시품절 되니까 미리 쟁여두세요.",
        )
        + qna("상품문의", [("언제 재입고 되나요?", "현재 구매 가능합니다. 감사합니다.")]),
        COUPANG_FOOTER,
    ),
    "InStock",
)

case(
    "musinsa-size-grid-some-pum-jeol-buy-live",
    "https://www.musinsa.com/products/3912456",
    page(
        "ko",
        "나이키 에어포스 1 '07 화이트 | 무신사",
        "<div class='gnb'><a href='/' class='logo'>MUSINSA</a><a href='/main/musinsa/recommend'>추천</a>"
        "<a href='/ranking'>랭킹</a><a href='/cart'>장바구니</a><a href='/login'>로그인</a></div>",
        ["홈", "신발", "스니커즈"],
        "<div class='product-detail'>"
        + gallery("image.msscdn.net", "af1-white")
        + "<div class='product-info'><h2 class='product-title'>나이키 에어포스 1 '07 화이트 CW2288-111</h2>"
        "<div class='price'><span class='sale'>139,000원</span></div>"
        "<div class='option-size'><p>사이즈</p><ul class='size-list'>"
        "<li class='soldout'><button disabled>230</button><span class='badge'>품절</span></li>"
        "<li><button>240</button></li><li><button>250</button></li>"
        "<li class='soldout'><button disabled>290</button><span class='badge'>품절</span></li>"
        "<li><button>270</button><span class='badge'>1개 남음</span></li></ul></div>"
        "<div class='buy-area'><button class='btn-cart'>장바구니</button><button class='btn-buy'>구매하기</button></div>"
        "</div></div>",
        table([("품번", "CW2288-111"), ("시즌", "2026 S/S"), ("성별", "남녀공용")], "상품 정보")
        + reviews("후기", "사이즈 정사이즈예요. 240 품절될까봐 바로 샀어요."),
        "<p>(주)무신사 서울특별시 성동구 아차산로 13길 11</p>",
    ),
    "InStock",
)

case(
    "11st-ye-yak-pan-mae-bal-song-ye-jeong-il",
    "https://www.11st.co.kr/products/7012345678",
    page(
        "ko",
        "[예약판매] 갤럭시 버즈4 프로 - 11번가",
        "<div class='c-header'><a href='https://www.11st.co.kr' class='logo'>11번가</a><input name='kwd'>"
        "<a href='/cart'>장바구니</a></div>",
        ["홈", "디지털", "음향기기", "이어폰"],
        "<div class='l_product_cont'>"
        + gallery("cdn.011st.com", "buds4pro")
        + "<div class='l_product_side_info'><h1 class='title'>삼성전자 갤럭시 버즈4 프로 SM-R640</h1>"
        "<div class='c_product_price'><span class='value'>289,000</span><span class='unit'>원</span></div>"
        "<div class='c_product_reserve'>예약판매 상품입니다. 발송예정일: 2027년 1월 15일 이후 순차 발송</div>"
        "<div class='c_product_btn'><button class='c_product_btn_cart'>장바구니</button>"
        "<button class='c_product_btn_buy'>예약구매</button></div></div></div>",
        table([("상품번호", "7012345678"), ("모델명", "SM-R640")], "상품정보 제공고시"),
        "<p>11번가(주) 서울특별시 중구 한강대로 416</p>",
    ),
    "PreOrder",
)

case(
    "gmarket-pan-mae-jong-ryo-sang-pum",
    "https://item.gmarket.co.kr/Item?goodscode=2611223344",
    page(
        "ko",
        "G마켓 - 필립스 전동칫솔 HX6859",
        "<div id='header'><a href='https://www.gmarket.co.kr' class='logo'>G마켓</a><input name='keyword'>"
        "<a href='/cart'>장바구니</a><a href='/myg'>나의 쇼핑정보</a></div>",
        ["홈", "생활/건강", "구강용품"],
        "<div class='item-topinfowrap'>"
        + gallery("gdimg.gmarket.co.kr", "2611223344")
        + "<div class='item-topinfo'><h1 class='itemtit'>필립스 소닉케어 전동칫솔 HX6859/12</h1>"
        "<div class='price'><strong class='price_real'>89,000원</strong></div>"
        "<div class='box__soldout'><p class='text__soldout'>판매종료된 상품입니다.</p></div>"
        "</div></div>",
        table([("상품번호", "2611223344"), ("제조사", "필립스")], "상품정보")
        + cards(
            "이 상품과 함께 본 상품",
            [
                ("오랄비 iO7", "159,000원", "<button>구매하기</button>"),
                ("파나소닉 EW-DC12", "69,000원", "<button>구매하기</button>"),
            ],
        ),
        "<p>(주)지마켓 서울특별시 강남구 테헤란로 152</p>",
    ),
    "OutOfStock",
)

case(
    "kr-cafe24-jae-ip-go-al-lim-sin-cheong-form",
    "https://dailyknit.co.kr/product/detail.html?product_no=812",
    page(
        "ko",
        "울 캐시미어 라운드 니트 - 데일리니트",
        "<div id='header'><a href='/' class='logo'>데일리니트</a><ul class='menu'><li>NEW</li><li>TOP</li>"
        "<li>OUTER</li></ul><a href='/order/basket.html'>CART (0)</a></div>",
        ["HOME", "TOP", "KNIT"],
        "<div class='xans-product-detail'>"
        + gallery("dailyknit.co.kr/web/product", "812")
        + "<div class='infoArea'><h2>울 캐시미어 라운드 니트</h2><table class='price'><tr><th>판매가</th>"
        "<td><strong id='span_product_price_text'>59,000원</strong></td></tr></table>"
        "<div class='restock'><p>재입고 알림 신청</p><input type='tel' name='restock_phone' placeholder='휴대폰 번호'>"
        "<button class='btnRestock'>재입고 알림 신청하기</button></div>"
        "<div class='btnArea'><a href='#none' class='btnBuy displaynone'>BUY NOW</a>"
        "<span class='btnSoldout'>SOLD OUT</span></div></div></div>",
        reviews("REVIEW", "색감 너무 예뻐요. 재입고 되면 다른 색도 살게요."),
        "<p>상호: 데일리니트 | 대표: 김하나 | 사업자등록번호: 123-45-67890 | 통신판매업: 2021-서울마포-1234</p>",
    ),
    "OutOfStock",
)

case(
    "kr-delivery-sae-byeok-bul-ga-buy-live",
    "https://www.kurly.com/goods/5051234",
    page(
        "ko",
        "[KF365] 유기농 바나나 1.2kg - 마켓컬리",
        "<div class='header'><a href='/' class='logo'>마켓컬리</a><a href='/cart'>장바구니</a>"
        "<p class='delivery-notice'>샛별배송 지역 확인</p></div>",
        ["홈", "과일", "바나나"],
        "<div class='goods-detail'>"
        + gallery("img-cf.kurly.com", "banana")
        + "<div class='goods-info'><h1>[KF365] 유기농 바나나 1.2kg</h1><div class='price'><span>6,990</span>원</div>"
        "<dl class='delivery'><dt>배송</dt><dd>샛별배송 불가 지역입니다. 하루배송으로 받으세요.</dd></dl>"
        "<dl><dt>선물하기</dt><dd>선물하기 불가 상품</dd></dl>"
        "<div class='buttons'><button class='cart'>장바구니 담기</button></div></div></div>",
        reviews("상품 후기", "품절될까봐 두 개 샀어요."),
        "<p>(주)컬리 서울특별시 강남구 테헤란로 133</p>",
    ),
    "InStock",
)

# ---- Taiwan --------------------------------------------------------------------------------------------

MOMO_HEADER = (
    "<div id='bt_0_layout'><a href='https://www.momoshop.com.tw/main/Main.jsp' class='logo'>momo購物網</a>"
    "<input name='keyword'><a href='/order/Cart.jsp'>購物車</a><a href='/mypage/Member.jsp'>會員中心</a></div>"
)
MOMO_FOOTER = "<p>富邦媒體科技股份有限公司 台北市內湖區堤頂大道二段 407 巷 22 號 統一編號 29011466</p>"

case(
    "momo-qa-shou-wan-bu-huo-words-buy-live",
    "https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=13456789",
    page(
        "zh-TW",
        "【Dyson】V12 Detect Slim 無線吸塵器 - momo購物網",
        MOMO_HEADER,
        ["首頁", "家電", "吸塵器"],
        "<div class='prdwarp'>"
        + gallery("i1.momoshop.com.tw", "13456789")
        + "<div class='prdnoteArea'><h3 id='osmGoodsName'>【Dyson】V12 Detect Slim 無線吸塵器</h3>"
        "<ul class='prdPrice'><li class='special'><span>促銷價</span><b>19,900</b>元</li></ul>"
        "<ul class='ineventArea'><li>超商取貨 本商品不提供</li><li>分期0利率 無法使用</li></ul>"
        "<p class='deliveryTime'>預計 12/04 (五) 到貨</p>"
        "<a class='buynow' href='#'>立即購買</a><a class='addcar' href='#'>放入購物車</a></div></div>",
        qna(
            "商品問與答",
            [
                ("請問黃色款什麼時候補貨？", "您好，黃色款目前已售完，補貨時間未定，敬請見諒。"),
                ("有附贈電池嗎？", "有的。"),
            ],
        )
        + reviews("商品評價", "上次售完等了兩個月，這次終於買到。"),
        MOMO_FOOTER,
    ),
    "InStock",
)

case(
    "momo-spec-grid-some-shou-wan-buy-live",
    "https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=12000456",
    page(
        "zh-TW",
        "【UNIQLO】男裝 AIRism 棉質圓領T恤 - momo購物網",
        MOMO_HEADER,
        ["首頁", "服飾", "男裝"],
        "<div class='prdwarp'>"
        + gallery("i2.momoshop.com.tw", "12000456")
        + "<div class='prdnoteArea'><h3 id='osmGoodsName'>男裝 AIRism 棉質圓領T恤</h3>"
        "<ul class='prdPrice'><li class='special'><b>390</b>元</li></ul>"
        "<div class='specArea'><p>尺寸</p><ul><li class='soldout'>S（已售完）</li><li>M</li><li>L</li>"
        "<li class='soldout'>XL（已售完）</li></ul><p>顏色</p><ul><li>白色</li><li class='soldout'>黑色 售完</li></ul></div>"
        "<a class='addcar' href='#'>放入購物車</a></div></div>",
        reviews("商品評價", "很好穿"),
        MOMO_FOOTER,
    ),
    "InStock",
)

case(
    "pchome-yu-gou-yu-ji-chu-huo",
    "https://24h.pchome.com.tw/prod/DYAJ9X-A900ABCDE",
    page(
        "zh-TW",
        "Sony PlayStation 5 Pro 主機 - PChome 24h購物",
        "<div id='Header'><a href='https://24h.pchome.com.tw/' class='logo'>PChome 24h購物</a><input name='q'>"
        "<a href='/cart'>購物車</a></div>",
        ["首頁", "電玩", "PS5"],
        "<div class='c-prodInfo'>"
        + gallery("img.pchome.com.tw", "DYAJ9X-A900ABCDE")
        + "<div class='c-prodInfoV2__head'><h1>Sony PlayStation 5 Pro 主機 30週年紀念版</h1>"
        "<div class='o-prodPrice'><span class='o-prodPrice__price'>$23,980</span></div>"
        "<p class='c-prodInfoV2__preorder'>預購商品，預計 2027/01/20 起依訂單順序出貨</p>"
        "<button class='btn btn--preorder'>預購</button></div></div>",
        table([("商品編號", "DYAJ9X-A900ABCDE"), ("保固", "一年")], "商品規格"),
        "<p>網路家庭國際資訊股份有限公司</p>",
    ),
    "PreOrder",
)

case(
    "pchome-zan-shi-que-huo-button-grey",
    "https://24h.pchome.com.tw/prod/DGBJG9-A900FGHIJ",
    page(
        "zh-TW",
        "象印 微電腦電子鍋 NL-BAF10 - PChome 24h購物",
        "<div id='Header'><a href='https://24h.pchome.com.tw/' class='logo'>PChome 24h購物</a><input name='q'>"
        "<a href='/cart'>購物車</a></div>",
        ["首頁", "家電", "電子鍋"],
        "<div class='c-prodInfo'>"
        + gallery("img.pchome.com.tw", "DGBJG9-A900FGHIJ")
        + "<div class='c-prodInfoV2__head'><h1>象印 6人份 微電腦電子鍋 NL-BAF10</h1>"
        "<div class='o-prodPrice'><span class='o-prodPrice__price'>$6,490</span></div>"
        "<button class='btn btn--disabled' disabled>暫時缺貨</button>"
        "<a class='btn-notify' href='#'>貨到通知我</a></div></div>",
        cards("看了此商品的人也看了", [("虎牌電子鍋", "$5,990", "<button>加入購物車</button>")]),
        "<p>網路家庭國際資訊股份有限公司</p>",
    ),
    "OutOfStock",
)

case(
    "shopee-tw-sold-out-variant-chips-buy-live",
    "https://shopee.tw/%E6%89%8B%E6%A9%9F%E6%AE%BC-i.12345678.9876543210",
    page(
        "zh-TW",
        "iPhone 16 透明防摔手機殼 | 蝦皮購物",
        "<div class='shopee-top'><a href='/' class='logo'>蝦皮購物</a><input class='shopee-searchbar-input__input'>"
        "<a href='/cart'>購物車</a></div>",
        ["蝦皮購物", "手機平板與周邊", "手機殼"],
        "<div class='product-briefing'>"
        + gallery("down-tw.img.susercontent.com", "case16")
        + "<div class='flex-auto'><h1 class='product-title'>iPhone 16 透明防摔手機殼 軍規 磁吸</h1>"
        "<div class='product-price'>$199 - $259</div>"
        "<div class='product-variation'><label>型號</label>"
        "<button class='product-variation product-variation--disabled' aria-disabled='true'>iPhone 16 Pro Max</button>"
        "<button class='product-variation'>iPhone 16</button><button class='product-variation'>iPhone 16 Pro</button></div>"
        "<div class='quantity'><label>數量</label><input value='1'><span>還剩 128 件</span></div>"
        "<button class='btn btn-tinted'>加入購物車</button><button class='btn btn-solid-primary'>直接購買</button>"
        "</div></div>",
        reviews("商品評價", "Pro Max 一直售完，買了 16 的很滿意"),
        "<p>Shopee 蝦皮購物 © 2026</p>",
    ),
    "InStock",
)

# ---- Kazakhstan / Russia -------------------------------------------------------------------------------

KASPI_HEADER = (
    "<div class='header'><a href='https://kaspi.kz/shop/' class='logo'>Kaspi.kz</a><input name='text'>"
    "<a href='/shop/cart/'>Корзина</a><span class='city'>Алматы</span></div>"
)

case(
    "kaspi-kk-satylymda-zhoq-habarlau",
    "https://kaspi.kz/shop/kk/p/apple-iphone-15-128gb-chernyi-113137790/",
    page(
        "kk",
        "Apple iPhone 15 128Gb қара – Kaspi.kz",
        "<div class='header'><a href='https://kaspi.kz/shop/kk/' class='logo'>Kaspi.kz</a><input name='text'>"
        "<a href='/shop/cart/'>Себет</a><span class='city'>Алматы</span></div>",
        ["Басты", "Смартфондар мен гаджеттер", "Смартфондар"],
        "<div class='item'>"
        + gallery("resources.cdn-kaspi.kz", "iphone15-black")
        + "<div class='item__info'><h1 class='item__heading'>Apple iPhone 15 128Gb қара</h1>"
        "<div class='item__price-once'>389 990 ₸</div>"
        "<div class='item__unavailable'>Сатылымда жоқ</div>"
        "<button class='button-notify'>Түскенде хабарлау</button></div></div>",
        cards(
            "Ұқсас тауарлар",
            [
                ("Apple iPhone 15 Plus", "449 990 ₸", "<button>Себетке қосу</button>"),
                ("Samsung Galaxy S24", "359 990 ₸", "<button>Себетке қосу</button>"),
            ],
        ),
        "<p>© 2026 Kaspi.kz</p>",
    ),
    "OutOfStock",
)

case(
    "kaspi-ru-sellers-list-one-net-v-nalichii-main-live",
    "https://kaspi.kz/shop/p/tefal-optigrill-gc712d34-100567890/",
    page(
        "ru",
        "Электрогриль Tefal Optigrill+ GC712D34 черный – купить в Алматы | Kaspi Магазин",
        KASPI_HEADER,
        ["Главная", "Бытовая техника", "Грили"],
        "<div class='item'>"
        + gallery("resources.cdn-kaspi.kz", "gc712d34")
        + "<div class='item__info'><h1 class='item__heading'>Электрогриль Tefal Optigrill+ GC712D34 черный</h1>"
        "<div class='item__price-once'>64 990 ₸</div><button class='button'>Добавить в корзину</button></div>"
        "<div class='sellers-table'><h2>Продавцы</h2><table><tr><th>Продавец</th><th>Доставка</th><th>Цена</th><th></th></tr>"
        "<tr><td>TechnoPlus</td><td>Доставка завтра, бесплатно</td><td>64 990 ₸</td><td><button>Выбрать</button></td></tr>"
        "<tr><td>Grill Shop KZ</td><td>Нет в наличии</td><td>66 500 ₸</td><td></td></tr>"
        "<tr><td>Алсер</td><td>Самовывоз недоступен · Доставка 5 дек</td><td>67 200 ₸</td><td><button>Выбрать</button></td></tr>"
        "</table></div></div>",
        reviews("Отзывы", "Долго не было в наличии, дождался. Жарит отлично."),
        "<p>© 2026 Kaspi.kz</p>",
    ),
    "InStock",
)

case(
    "ozon-etot-tovar-zakonchilsya-cart-disabled",
    "https://www.ozon.ru/product/filtr-kuvshin-barrier-optima-1012345678/",
    page(
        "ru",
        "Фильтр-кувшин БАРЬЕР Оптима 3,7 л купить на OZON",
        "<div class='header'><a href='/' class='logo'>OZON</a><input name='text'><a href='/cart'>Корзина</a>"
        "<a href='/my/orders'>Заказы</a></div>",
        ["Главная", "Дом и сад", "Фильтры для воды"],
        "<div data-widget='webProductHeading'><h1>Фильтр-кувшин БАРЬЕР Оптима 3,7 л, белый</h1></div>"
        + gallery("ir.ozone.ru", "barrier-optima")
        + "<div data-widget='webPrice'><span>1 290 ₽</span></div>"
        "<div data-widget='webOutOfStock'><h2>Этот товар закончился</h2>"
        "<p>Но мы можем сообщить, когда он снова появится</p></div>"
        "<div data-widget='webAddToCart'><button class='b2 disabled' disabled>Добавить в корзину</button></div>",
        cards("Похожие товары", [("Кувшин Аквафор", "990 ₽", "<button>В корзину</button>")]),
        "<p>© 2026 OOO «Интернет Решения»</p>",
    ),
    "OutOfStock",
)

case(
    "wildberries-reviews-net-v-nalichii-size-grid-buy-live",
    "https://www.wildberries.ru/catalog/180123456/detail.aspx",
    page(
        "ru",
        "Кроссовки Puma Smash v2 — купить в интернет-магазине Wildberries",
        "<div class='header'><a href='/' class='logo'>WILDBERRIES</a><input id='searchInput'>"
        "<a href='/lk/basket'>Корзина</a></div>",
        ["Главная", "Обувь", "Мужская", "Кроссовки"],
        "<div class='product-page'>"
        + gallery("basket-12.wbbasket.ru", "180123456")
        + "<div class='product-page__header'><h1>Кроссовки Smash v2</h1><span class='brand'>Puma</span></div>"
        "<div class='price-block'><ins class='price-block__final-price'>4 590 ₽</ins></div>"
        "<ul class='sizes-list'><li class='sizes-list__item sizes-list__item--disabled'><span>41</span>"
        "<span class='sizes-list__stock'>Нет в наличии</span></li><li class='sizes-list__item'><span>42</span></li>"
        "<li class='sizes-list__item'><span>43</span><span class='sizes-list__stock'>Осталось 2 шт</span></li></ul>"
        "<button class='btn-main'>Добавить в корзину</button><button class='btn-base'>Купить сейчас</button>"
        "<p class='delivery'>Доставка курьером недоступна · Самовывоз из пункта выдачи послезавтра</p></div>",
        reviews("Отзывы", "Долго не было в наличии моего размера, потом появились. Рекомендую."),
        "<p>© Wildberries 2004–2026</p>",
    ),
    "InStock",
)

case(
    "technodom-net-v-nalichii-soobshit-o-postuplenii-disabled-cart",
    "https://www.technodom.kz/p/noutbuk-lenovo-ideapad-slim-3-276543",
    page(
        "ru",
        "Ноутбук Lenovo IdeaPad Slim 3 15IRU9 – купить в Алматы | Technodom",
        "<div class='header'><a href='/' class='logo'>Technodom</a><input name='q'><a href='/cart'>Корзина</a></div>",
        ["Главная", "Ноутбуки и компьютеры", "Ноутбуки"],
        "<div class='product'>"
        + gallery("api.technodom.kz", "276543")
        + "<div class='product-info'><h1>Ноутбук Lenovo IdeaPad Slim 3 15IRU9 (83E6003MRK)</h1>"
        "<p class='Typography product-code'>Код товара: 276543</p>"
        "<div class='product-prices'><p class='product-prices__price'>289 990 ₸</p></div>"
        "<div class='product-actions'><button class='ButtonNext ButtonNext--disabled' aria-disabled='true'>В корзину</button>"
        "<span class='product-actions__hint'>Товара нет в наличии</span></div></div></div>",
        cards("С этим товаром покупают", [("Мышь Logitech", "6 990 ₸", "<button>В корзину</button>")]),
        "<p>© 2026 Technodom</p>",
    ),
    "OutOfStock",
)

# ---- Argentina -----------------------------------------------------------------------------------------

ML_HEADER = (
    "<div class='nav-header'><a class='nav-logo' href='https://www.mercadolibre.com.ar'>Mercado Libre Argentina</a>"
    "<input class='nav-search-input' name='as_word'><a href='/cart'>Carrito</a><a href='/ofertas'>Ofertas</a></div>"
)
ML_FOOTER = "<p>Copyright © 1999-2026 MercadoLibre S.R.L. Av. Caseros 3039, Piso 2, CP 1264, CABA</p>"

case(
    "mercadolibre-preguntas-sin-stock-otras-opciones-buy-live",
    "https://articulo.mercadolibre.com.ar/MLA-1412345678-zapatillas-topper-boro-_JM",
    page(
        "es-AR",
        "Zapatillas Topper Boro Hombre Negro | Mercado Libre",
        ML_HEADER,
        ["Ropa y Accesorios", "Calzado", "Zapatillas"],
        "<div class='ui-pdp-container'>"
        + gallery("http2.mlstatic.com", "boro")
        + "<div class='ui-pdp-container__col'><h1 class='ui-pdp-title'>Zapatillas Topper Boro Hombre Negro</h1>"
        "<div class='ui-pdp-price'><span class='andes-money-amount__fraction'>54.999</span></div>"
        "<div class='ui-pdp-variations'><p>Talle: <b>42</b></p><a class='ui-pdp-thumbnail--DISABLED'>39</a>"
        "<a>40</a><a>41</a><a class='ui-pdp-thumbnail--SELECTED'>42</a></div>"
        "<p class='ui-pdp-stock-information__title'>Stock disponible</p>"
        "<p class='ui-pdp-media__title'>Llega gratis mañana</p>"
        "<button class='andes-button--loud'>Comprar ahora</button><button class='andes-button--quiet'>Agregar al carrito</button>"
        "<div class='ui-pdp-other-sellers'><h3>Otras opciones de compra</h3><a href='/p/MLA123/s'>Ver 3 opciones desde $ 52.000</a></div>"
        "</div></div>",
        qna(
            "Preguntas y respuestas",
            [
                ("¿Tenés el 39?", "Hola, por el momento sin stock del 39. Saludos."),
                ("¿Hacen factura A?", "Sí."),
            ],
        )
        + cards("Productos relacionados", [("Topper Costa", "$ 39.999", "<span>Agotado</span>")]),
        ML_FOOTER,
    ),
    "InStock",
)

case(
    "fravega-producto-sin-stock-te-avisamos",
    "https://www.fravega.com/p/heladera-samsung-rt38-no-frost-990555/",
    page(
        "es-AR",
        "Heladera Samsung No Frost RT38 382 Lts | Frávega",
        "<div class='header'><a href='/' class='logo'>Frávega</a><input name='keyword'><a href='/carrito'>Carrito</a></div>",
        ["Inicio", "Heladeras", "No Frost"],
        "<div class='product'>"
        + gallery("images.fravega.com", "rt38")
        + "<div class='product-info'><h1>Heladera Samsung No Frost RT38K5930SL Inverter 382 Lts</h1>"
        "<span class='price'>$ 1.249.999</span><div class='out-of-stock'><p>Producto sin stock</p>"
        "<p>Te avisamos cuando vuelva a ingresar</p><input type='email' placeholder='Tu email'>"
        "<button>Avisarme</button></div></div></div>",
        cards("Te puede interesar", [("Heladera Whirlpool", "$ 1.099.999", "<button>Comprar</button>")]),
        "<p>Frávega S.A.C.I. e I. CUIT 30-52687424-9</p>",
    ),
    "OutOfStock",
)

case(
    "tiendanube-preventa-llega-a-partir-del",
    "https://www.libreriapatagonia.com.ar/productos/agenda-2027-semanal/",
    page(
        "es-AR",
        "Agenda 2027 semanal tapa dura - Librería Patagonia",
        "<div class='head-main'><a class='logo' href='/'>Librería Patagonia</a><a href='/carrito'>Carrito (0)</a></div>",
        ["Inicio", "Agendas"],
        "<div id='single-product'>"
        + gallery("acdn.mitiendanube.com", "agenda2027")
        + "<div class='product-info'><h1 class='js-product-name'>Agenda 2027 semanal tapa dura</h1>"
        "<span class='js-price-display'>$ 24.900</span>"
        "<div class='product-preorder'><b>PREVENTA</b> · Llega a partir del 15 de enero de 2027</div>"
        "<input type='submit' class='js-addtocart btn btn-primary' value='Comprar en preventa'></div></div>",
        "",
        "<p>Librería Patagonia · Av. Rivadavia 5000, CABA</p>",
    ),
    "PreOrder",
)

case(
    "ar-envio-no-disponible-cuotas-no-disponibles-buy-live",
    "https://www.tiendafutbol.com.ar/productos/pelota-adidas-argentum/",
    page(
        "es-AR",
        "Pelota Adidas Argentum 2026 - Tienda Fútbol",
        "<div class='head-main'><a class='logo' href='/'>Tienda Fútbol</a><a href='/carrito'>Carrito (0)</a></div>",
        ["Inicio", "Pelotas"],
        "<div id='single-product'>"
        + gallery("acdn.mitiendanube.com", "argentum")
        + "<div class='product-info'><h1 class='js-product-name'>Pelota Adidas Argentum 2026 N°5</h1>"
        "<span class='js-price-display'>$ 89.999</span>"
        "<p class='installments'>Cuotas sin interés no disponibles para este producto</p>"
        "<p class='shipping'>Envío express no disponible para tu código postal</p>"
        "<input type='submit' class='js-addtocart btn btn-primary' value='Agregar al carrito'></div></div>",
        reviews("Opiniones", "Estaba agotada en todos lados, acá la conseguí."),
        "<p>Tienda Fútbol</p>",
    ),
    "InStock",
)

# ---- Slovenia / Croatia --------------------------------------------------------------------------------

MIMOVRSTE_HEADER = (
    "<div class='header'><a href='https://www.mimovrste.com' class='logo'>Mimovrste</a><input name='q'>"
    "<a href='/kosarica'>Košarica</a></div>"
)

case(
    "mimovrste-razprodano-obvesti-me-ko-bo-na-zalogi",
    "https://www.mimovrste.com/sesalniki/xiaomi-robot-vacuum-x20",
    page(
        "sl",
        "Xiaomi Robot Vacuum X20+ robotski sesalnik | Mimovrste",
        MIMOVRSTE_HEADER,
        ["Domov", "Gospodinjski aparati", "Sesalniki"],
        "<div class='pdp'>"
        + gallery("www.mimovrste.com", "x20plus")
        + "<div class='pdp-info'><h1>Xiaomi Robot Vacuum X20+ robotski sesalnik</h1>"
        "<div class='price'>449,99 €</div><div class='availability availability--soldout'>Razprodano</div>"
        "<form class='watchdog'><label>Obvesti me, ko bo na zalogi</label><input type='email'>"
        "<button>Obvesti me</button></form></div></div>",
        cards("Podobni izdelki", [("Roborock Q7", "299,99 €", "<button>V košarico</button>")]),
        "<p>Mimovrste d.o.o., Ljubljana</p>",
    ),
    "OutOfStock",
)

case(
    "sl-prednarocilo-na-voljo-od",
    "https://www.bigbang.si/izdelki/igralna-konzola-sony-ps5-pro-190001/",
    page(
        "sl",
        "Igralna konzola Sony PS5 Pro | Big Bang",
        "<div class='header'><a href='/' class='logo'>Big Bang</a><input name='q'><a href='/kosarica'>Košarica</a></div>",
        ["Domov", "Gaming", "Konzole"],
        "<div class='product'>"
        + gallery("www.bigbang.si", "ps5pro")
        + "<div class='product-info'><h1>Igralna konzola Sony PlayStation 5 Pro</h1><div class='price'>799,99 €</div>"
        "<p class='preorder'>Prednaročilo – na voljo od 15. 1. 2027</p><button class='btn-buy'>Prednaroči</button></div></div>",
        "",
        "<p>Big Bang d.o.o., Šmartinska 152, Ljubljana</p>",
    ),
    "PreOrder",
)

case(
    "sl-dostava-danes-ni-mogoca-na-zalogi-buy",
    "https://www.enaa.com/gospodinjski-aparati/kavni-aparat-delonghi-magnifica-s",
    page(
        "sl",
        "Kavni aparat DeLonghi Magnifica S ECAM 22.110.B | Enaa",
        "<div class='header'><a href='/' class='logo'>enaa.com</a><a href='/kosarica'>Košarica</a></div>",
        ["Domov", "Mali gospodinjski aparati", "Kavni aparati"],
        "<div class='product'>"
        + gallery("www.enaa.com", "magnifica")
        + "<div class='product-info'><h1>Kavni aparat DeLonghi Magnifica S ECAM 22.110.B</h1><div class='price'>329,00 €</div>"
        "<p class='delivery'>Dostava še danes ni več mogoča. Dostava v 1-2 delovnih dneh.</p>"
        "<p class='pickup'>Osebni prevzem ni mogoč</p>"
        "<button class='btn-cart'>Dodaj v košarico</button></div></div>",
        "",
        "<p>Enaa d.o.o.</p>",
    ),
    "InStock",
)

case(
    "links-hr-trenutno-nedostupno-obavijesti-me",
    "https://www.links.hr/hr/monitor-lg-27gr75q-b-27-qhd-ips-180hz-101300123",
    page(
        "hr",
        'Monitor LG 27GR75Q-B 27" QHD IPS 180Hz - Links',
        "<div class='header'><a href='/' class='logo'>Links</a><input name='q'><a href='/hr/cart'>Košarica</a></div>",
        ["Početna", "Monitori", "Gaming monitori"],
        "<div class='product-essential'>"
        + gallery("www.links.hr", "27gr75q")
        + "<div class='overview'><h1>Monitor LG 27GR75Q-B 27\" QHD IPS 180Hz</h1><div class='price'>249,99 €</div>"
        "<div class='stock'><span class='value'>Trenutno nedostupno</span></div>"
        "<button class='button-1 back-in-stock-subscribe-button'>Obavijesti me kad bude dostupno</button></div></div>",
        cards("Povezani proizvodi", [("Monitor AOC 27G2SP", "179,99 €", "<button>U košaricu</button>")]),
        "<p>Links d.o.o.</p>",
    ),
    "OutOfStock",
)

case(
    "hr-prednarudzba-dostupno-od-datum",
    "https://www.instar-informatika.hr/konzola-nintendo-switch-2/12345/product/",
    page(
        "hr",
        "Konzola Nintendo Switch 2 - Instar",
        "<div class='header'><a href='/' class='logo'>Instar informatika</a><a href='/kosarica'>Košarica</a></div>",
        ["Početna", "Gaming", "Konzole"],
        "<div class='product'>"
        + gallery("www.instar-informatika.hr", "switch2")
        + "<div class='product-info'><h1>Konzola Nintendo Switch 2</h1><div class='price'>469,99 €</div>"
        "<p class='preorder'>Prednarudžba – očekivani datum isporuke 15.01.2027.</p>"
        "<button class='btn-buy'>Prednaruči</button></div></div>",
        "",
        "<p>Instar informatika d.o.o.</p>",
    ),
    "PreOrder",
)

case(
    "hr-velicine-rasprodano-dodaj-u-kosaricu",
    "https://www.fashionandfriends.com/hr/muska-jakna-tommy-hilfiger-12345/",
    page(
        "hr",
        "Muška jakna Tommy Hilfiger - Fashion&amp;Friends",
        "<div class='header'><a href='/hr/' class='logo'>Fashion&amp;Friends</a><a href='/hr/kosarica'>Košarica</a></div>",
        ["Početna", "Muškarci", "Jakne"],
        "<div class='product'>"
        + gallery("www.fashionandfriends.com", "th-jakna")
        + "<div class='product-info'><h1>Muška jakna Tommy Hilfiger New York</h1><div class='price'>299,99 €</div>"
        "<ul class='sizes'><li class='size unavailable'>S <span>Rasprodano</span></li><li class='size'>M</li>"
        "<li class='size'>L <span>Zadnji komad</span></li><li class='size unavailable'>XXL <span>Rasprodano</span></li></ul>"
        "<button class='btn-cart'>Dodaj u košaricu</button></div></div>",
        "",
        "<p>Fashion&amp;Friends d.o.o.</p>",
    ),
    "InStock",
)

case(
    "hr-isporuka-istog-dana-nije-dostupna-na-stanju",
    "https://www.emmezeta.hr/stolica-uredska-oslo.html",
    page(
        "hr",
        "Uredska stolica Oslo | Emmezeta",
        "<div class='header'><a href='/' class='logo'>Emmezeta</a><a href='/checkout/cart'>Košarica</a></div>",
        ["Početna", "Namještaj", "Uredske stolice"],
        "<div class='product-info-main'>"
        + gallery("www.emmezeta.hr", "oslo")
        + "<h1 class='page-title'>Uredska stolica Oslo, crna</h1><div class='price-box'><span class='price'>89,99 €</span></div>"
        "<p class='delivery-note'>Isporuka istog dana nije dostupna za vašu adresu.</p>"
        "<p class='assembly'>Montaža nije dostupna</p>"
        "<button id='product-addtocart-button'>Dodaj u košaricu</button></div>",
        "",
        "<p>Emmezeta d.o.o.</p>",
    ),
    "InStock",
)

# ---- Germany / France / Italy ---------------------------------------------------------------------------

case(
    "zalando-de-groessen-ausverkauft-in-den-warenkorb",
    "https://www.zalando.de/adidas-originals-samba-og-sneaker-low-ad115o1ab-a11.html",
    page(
        "de",
        "adidas Originals SAMBA OG - Sneaker low - white/black - Zalando.de",
        "<div class='z-navicat-header'><a href='/' class='logo'>Zalando</a><a href='/damen-home/'>Damen</a>"
        "<a href='/herren-home/'>Herren</a><a href='/cart/'>Warenkorb</a></div>",
        ["Herren", "Schuhe", "Sneaker"],
        "<div class='pdp'>"
        + gallery("img01.ztat.net", "samba")
        + "<div class='pdp-buy'><h1>SAMBA OG - Sneaker low</h1><p>adidas Originals</p><p class='price'>120,00 €</p>"
        "<ul class='size-picker'><li class='size--disabled'>40 <span>Ausverkauft</span></li>"
        "<li>41 <span>Nur noch 1 verfügbar</span></li><li>42</li>"
        "<li class='size--disabled'>43 <span>Ausverkauft</span><button>Benachrichtigen</button></li></ul>"
        "<button class='add-to-bag'>In den Warenkorb</button>"
        "<p class='delivery'>Lieferung: Do. 03.12. – Sa. 05.12.</p></div></div>",
        cards("Das könnte dir auch gefallen", [("Gazelle", "110,00 €", "<span>Ausverkauft</span>")]),
        "<p>© 2026 Zalando SE</p>",
    ),
    "InStock",
)

case(
    "otto-expresslieferung-nicht-verfuegbar-lieferbar",
    "https://www.otto.de/p/wmf-wasserkocher-lono-1-7-l-1234567890/",
    page(
        "de",
        "WMF Wasserkocher LONO 1,7 l online kaufen | OTTO",
        "<div class='header'><a href='/' class='logo'>OTTO</a><input name='search'><a href='/mein-konto/'>Mein Konto</a>"
        "<a href='/order/basket'>Warenkorb</a></div>",
        ["Haushalt", "Küchengeräte", "Wasserkocher"],
        "<div class='pdp_details'>"
        + gallery("i.otto.de", "lono")
        + "<div class='pdp_buybox'><h1>WMF Wasserkocher LONO, 1,7 l, 2400 W</h1><div class='pdp_price'>69,99 €</div>"
        "<div class='pdp_availability'>lieferbar - in 2-3 Werktagen bei dir</div>"
        "<p class='pdp_express'>Expresslieferung für diesen Artikel nicht verfügbar</p>"
        "<p class='pdp_service'>Altgeräte-Mitnahme nicht möglich</p>"
        "<button class='p_btn100--1st'>In den Warenkorb</button></div></div>",
        reviews("Kundenbewertungen", "War lange ausverkauft, jetzt endlich da."),
        "<p>© Otto (GmbH &amp; Co KG)</p>",
    ),
    "InStock",
)

case(
    "shopware-de-benachrichtigen-wenn-verfuegbar-form-only",
    "https://www.teeladen-hamburg.de/matcha-uji-premium-30g",
    page(
        "de",
        "Matcha Uji Premium 30g | Teeladen Hamburg",
        "<div class='header-main'><a class='header-logo-main-link' href='/'>Teeladen Hamburg</a><input name='search'>"
        "<a href='/checkout/cart'>Warenkorb</a></div>",
        ["Startseite", "Grüner Tee", "Matcha"],
        "<div class='product-detail'>"
        + gallery("www.teeladen-hamburg.de/media", "matcha-uji")
        + "<div class='product-detail-buy'><h1 class='product-detail-name'>Matcha Uji Premium 30g</h1>"
        "<p class='product-detail-price'>24,90 €*</p><p class='product-detail-price-unit'>Inhalt: 0.03 kg (830,00 € / 1 kg)</p>"
        "<div class='product-detail-notification'><p>Benachrichtigen Sie mich, sobald der Artikel lieferbar ist.</p>"
        "<input type='email' name='email' placeholder='Ihre E-Mail-Adresse'>"
        "<button class='btn btn-primary'>Benachrichtigen</button></div></div></div>",
        "",
        "<p>* Alle Preise inkl. gesetzl. Mehrwertsteuer zzgl. Versandkosten</p>",
    ),
    "OutOfStock",
)

case(
    "de-leider-ausverkauft-warenkorb-button-disabled-class",
    "https://www.fahrrad-xxl.de/fahrradhelm-uvex-rise-cc-12345",
    page(
        "de",
        "uvex rise cc Fahrradhelm | Fahrrad XXL",
        "<div class='header'><a href='/' class='logo'>Fahrrad XXL</a><a href='/warenkorb'>Warenkorb</a></div>",
        ["Startseite", "Bekleidung", "Helme"],
        "<div class='product'>"
        + gallery("www.fahrrad-xxl.de", "rise-cc")
        + "<div class='product-info'><h1>uvex rise cc Fahrradhelm</h1><div class='price'>59,95 €</div>"
        "<div class='stock-info stock-info--red'>Leider ausverkauft</div>"
        "<button class='btn btn--cart btn--is-disabled' aria-disabled='true' tabindex='-1'>In den Warenkorb</button></div></div>",
        cards(
            "Ähnliche Produkte",
            [("ABUS Helm", "69,95 €", "<span>Auf Lager</span><button>In den Warenkorb</button>")],
        ),
        "<p>Fahrrad XXL</p>",
    ),
    "OutOfStock",
)

case(
    "fnac-fr-indisponible-m-alerter-retour-stock",
    "https://www.fnac.com/a17123456/Apple-AirPods-Pro-3",
    page(
        "fr",
        "Apple AirPods Pro 3 - Écouteurs - Achat &amp; prix | fnac",
        "<div class='Header'><a href='/' class='Header__logo'>Fnac</a><input name='Search'><a href='/panier'>Panier</a></div>",
        ["Accueil", "Son", "Écouteurs"],
        "<div class='f-productPage'>"
        + gallery("static.fnac-static.com", "airpods3")
        + "<div class='f-buyBox'><h1 class='f-productHeader-Title'>Apple AirPods Pro 3</h1>"
        "<div class='f-faPriceBox__price'>279,00 €</div>"
        "<p class='f-buyBox-availabilityStatus-unavailable'>Indisponible en ligne</p>"
        "<p class='f-buyBox-shops'>Disponibilité en magasin : aucun magasin ne dispose de ce produit</p>"
        "<button class='f-buyBox-alertStock'>M'alerter du retour en stock</button></div></div>",
        cards(
            "Les clients ont aussi regardé", [("AirPods 4", "149,00 €", "<button>Ajouter au panier</button>")]
        ),
        "<p>© Fnac Darty 2026</p>",
    ),
    "OutOfStock",
)

case(
    "prestashop-fr-previenez-moi-disponible-form",
    "https://www.boutique-cafe.fr/cafe-grain/42-ethiopie-yirgacheffe.html",
    page(
        "fr",
        "Éthiopie Yirgacheffe - café en grains 250 g",
        "<div class='header-top'><a href='/' class='logo'>Boutique Café</a><div class='blockcart'>Panier (0)</div></div>",
        ["Accueil", "Café en grains"],
        "<div class='product-container'>"
        + gallery("www.boutique-cafe.fr", "yirgacheffe")
        + "<div class='product-information'><h1 class='h1'>Éthiopie Yirgacheffe</h1>"
        "<div class='current-price'><span class='price'>12,90 €</span></div>"
        "<div class='js-mailalert'><p>Prévenez-moi lorsque le produit est disponible</p>"
        "<input type='email' name='customer_email' placeholder='votre@email.com'>"
        "<button class='btn btn-primary' rel='nofollow'>Prévenez-moi</button></div></div></div>",
        reviews("Avis", "Excellent, dommage qu'il soit souvent en rupture."),
        "<p>© 2026 - Logiciel e-commerce par PrestaShop™</p>",
    ),
    "OutOfStock",
)

case(
    "cdiscount-fr-en-stock-vendeurs-dont-un-epuise",
    "https://www.cdiscount.com/electromenager/four-micro-ondes/micro-ondes-samsung-mg23k3515as/f-1101234-sam8801643.html",
    page(
        "fr",
        "Micro-ondes grill SAMSUNG MG23K3515AS - Cdiscount Electroménager",
        "<div class='hHeader'><a href='/' class='logo'>Cdiscount</a><input name='search'><a href='/panier'>Panier</a></div>",
        ["Electroménager", "Four - Micro-ondes", "Micro-ondes"],
        "<div class='fpMain'>"
        + gallery("www.cdiscount.com/pdt2", "mg23k3515as")
        + "<div class='fpBuyBox'><h1>Micro-ondes grill SAMSUNG MG23K3515AS 23L</h1><div class='fpPrice'>119€99</div>"
        "<p class='fpStock'>En stock</p><p>Vendu et expédié par Cdiscount</p>"
        "<button class='fpAddBsk'>Ajouter au panier</button></div>"
        "<div class='fpOtherOffers'><h2>Autres vendeurs</h2><ul>"
        "<li><span>ElectroDepot34</span><span>114,90 €</span><span>Épuisé</span></li>"
        "<li><span>Maison Pro</span><span>124,00 €</span><span>Expédié sous 3 jours</span></li></ul></div></div>",
        reviews("Avis clients", "Épuisé chez Darty, trouvé ici."),
        "<p>© 1999-2026 Cdiscount</p>",
    ),
    "InStock",
)

case(
    "it-esaurito-avvisami-quando-disponibile-cart-disabled",
    "https://www.mediaworld.it/it/product/_smartwatch-garmin-forerunner-265-123456.html",
    page(
        "it",
        "Garmin Forerunner 265 - MediaWorld",
        "<div class='header'><a href='/' class='logo'>MediaWorld</a><input name='query'><a href='/carrello'>Carrello</a></div>",
        ["Home", "Wearable", "Smartwatch"],
        "<div class='pdp'>"
        + gallery("assets.mmsrg.com", "fr265")
        + "<div class='pdp-buy'><h1>Garmin Forerunner 265, nero</h1><div class='price'>349,99 €</div>"
        "<p class='availability'>Esaurito online</p>"
        "<button class='add-to-cart is-disabled' disabled>Aggiungi al carrello</button>"
        "<button class='notify-me'>Avvisami quando disponibile</button></div></div>",
        cards(
            "Potrebbe interessarti anche",
            [("Garmin Venu 3", "399,99 €", "<button>Aggiungi al carrello</button>")],
        ),
        "<p>MediaWorld · Mediamarket S.p.A. · P.IVA 02630120166</p>",
    ),
    "OutOfStock",
)

case(
    "it-taglie-esaurite-aggiungi-al-carrello",
    "https://www.zalando.it/nike-sportswear-air-max-90-sneakers-basse-ni112o0a1-a11.html",
    page(
        "it",
        "Nike Sportswear AIR MAX 90 - Sneakers basse - Zalando.it",
        "<div class='z-navicat-header'><a href='/' class='logo'>Zalando</a><a href='/carrello/'>Carrello</a></div>",
        ["Uomo", "Scarpe", "Sneakers"],
        "<div class='pdp'>"
        + gallery("img01.ztat.net", "am90")
        + "<div class='pdp-buy'><h1>AIR MAX 90 - Sneakers basse</h1><p class='price'>149,99 €</p>"
        "<ul class='size-picker'><li class='size--disabled'>40 <span>Esaurito</span></li><li>41</li>"
        "<li>42 <span>Ultimo disponibile</span></li><li class='size--disabled'>46 <span>Esaurito</span></li></ul>"
        "<button class='add-to-bag'>Aggiungi al carrello</button></div></div>",
        "",
        "<p>© 2026 Zalando SE</p>",
    ),
    "InStock",
)

case(
    "it-consegna-al-piano-non-disponibile-disponibile",
    "https://www.unieuro.it/online/Lavatrici/Samsung-WW90T534DAW-pidSAM123",
    page(
        "it",
        "Samsung WW90T534DAW lavatrice 9 kg | Unieuro",
        "<div class='header'><a href='/' class='logo'>Unieuro</a><a href='/carrello'>Carrello</a></div>",
        ["Home", "Grandi elettrodomestici", "Lavatrici"],
        "<div class='pdp'>"
        + gallery("static.unieuro.it", "ww90t")
        + "<div class='pdp-buy'><h1>Samsung WW90T534DAW lavatrice Caricamento frontale 9 kg</h1><div class='price'>449,00 €</div>"
        "<p class='delivery'>Consegna al piano non disponibile per questo CAP</p>"
        "<p class='pickup'>Ritiro in negozio non disponibile</p>"
        "<p class='availability'>Disponibile online</p>"
        "<button class='add-to-cart'>Aggiungi al carrello</button></div></div>",
        "",
        "<p>Unieuro S.p.A.</p>",
    ),
    "InStock",
)

# ---- shop themes: a disabled buy button and a script's state -------------------------------------------

SHOPIFY_HEADER = (
    "<div class='header-wrapper'><a href='/' class='header__heading-link'>North Loop Supply</a>"
    "<nav><a href='/collections/all'>Shop</a><a href='/pages/about'>About</a></nav><a href='/cart'>Cart</a></div>"
)
SHOPIFY_FOOTER = "<div class='footer'><form><input type='email' placeholder='Email'><button>Subscribe</button></form>© 2026, North Loop Supply Powered by Shopify</div>"

case(
    "shopify-add-to-cart-disabled-product-json-unavailable",
    "https://northloop.example/products/wool-beanie",
    page(
        "en",
        "Merino Wool Beanie – North Loop Supply",
        SHOPIFY_HEADER,
        ["Home", "Accessories"],
        "<div class='product'>"
        + gallery("northloop.example/cdn/shop/files", "beanie")
        + "<div class='product__info-container'><h1 class='product__title'>Merino Wool Beanie</h1>"
        "<div class='price'><span class='price-item price-item--regular'>$38.00 USD</span></div>"
        "<form method='post' action='/cart/add' class='product-form'><input type='hidden' name='id' value='44012345'>"
        "<button type='submit' name='add' class='product-form__submit button' disabled>"
        "<span>Add to cart</span></button></form></div></div>",
        cards("You may also like", [("Wool Scarf", "$58.00", ""), ("Knit Gloves", "$32.00", "")]),
        SHOPIFY_FOOTER,
        tail='<script type=\'application/json\' id=\'ProductJson-main\'>{"id":8012345,"title":"Merino Wool Beanie",'
        '"available":false,"variants":[{"id":44012345,"available":false,"price":3800}]}</script>',
    ),
    "OutOfStock",
)

case(
    "shopify-swatch-sizes-sold-out-visually-hidden-buy-live",
    "https://northloop.example/products/chore-coat",
    page(
        "en",
        "Canvas Chore Coat – North Loop Supply",
        SHOPIFY_HEADER,
        ["Home", "Outerwear"],
        "<div class='product'>"
        + gallery("northloop.example/cdn/shop/files", "chore")
        + "<div class='product__info-container'><h1 class='product__title'>Canvas Chore Coat</h1>"
        "<div class='price'><span class='price-item price-item--regular'>$168.00 USD</span></div>"
        "<fieldset class='product-form__input'><legend>Size</legend>"
        "<input type='radio' id='s' name='Size' value='S' class='disabled'><label for='s'>S"
        "<span class='visually-hidden label-unavailable'>Sold out</span></label>"
        "<input type='radio' id='m' name='Size' value='M' checked><label for='m'>M</label>"
        "<input type='radio' id='l' name='Size' value='L'><label for='l'>L</label>"
        "<input type='radio' id='xl' name='Size' value='XL' class='disabled'><label for='xl'>XL"
        "<span class='visually-hidden label-unavailable'>Sold out</span></label></fieldset>"
        "<form method='post' action='/cart/add'><button type='submit' name='add' class='product-form__submit button'>"
        "<span>Add to cart</span></button></form></div></div>",
        "",
        SHOPIFY_FOOTER,
    ),
    "InStock",
)

case(
    "next-js-state-out-of-stock-button-disabled",
    "https://www.gearshop.example/p/trail-running-vest-12l",
    page(
        "en",
        "Trail Running Vest 12L | GearShop",
        "<div class='Header_root'><a href='/' class='Header_logo'>GearShop</a><a href='/basket'>Basket (0)</a></div>",
        ["Home", "Running", "Vests"],
        "<div class='ProductPage_grid'>"
        + gallery("cdn.gearshop.example", "vest12")
        + "<div class='ProductPage_buy'><h1 class='ProductTitle'>Trail Running Vest 12L</h1>"
        "<p class='Price_now'>£89.00</p>"
        "<button class='Button_primary Button_disabled' disabled aria-disabled='true'>Add to basket</button>"
        "<p class='Delivery_note'>Free UK delivery on orders over £50</p></div></div>",
        cards("Customers also bought", [("Soft Flask 500ml", "£22.00", "<button>Add to basket</button>")]),
        "<p>© 2026 GearShop Ltd</p>",
        tail='<script id=\'__NEXT_DATA__\' type=\'application/json\'>{"props":{"pageProps":{"product":'
        '{"sku":"TRV-12","name":"Trail Running Vest 12L","stockStatus":"OUT_OF_STOCK","price":89}}}}</script>',
    ),
    "OutOfStock",
)

case(
    "woocommerce-es-disponible-para-reservar",
    "https://www.yerbamate.example/producto/yerba-organica-1kg/",
    page(
        "es-AR",
        "Yerba mate orgánica 1 kg – Yerbas del Litoral",
        "<div class='site-branding'><a href='/' class='site-title'>Yerbas del Litoral</a></div>"
        "<ul class='site-header-cart'><li><a href='/carrito/'>Carrito</a></li></ul>",
        ["Inicio", "Yerbas"],
        "<div class='product type-product'>"
        + gallery("www.yerbamate.example/wp-content/uploads", "organica")
        + "<div class='summary entry-summary'><h1 class='product_title entry-title'>Yerba mate orgánica 1 kg</h1>"
        "<p class='price'><span class='woocommerce-Price-amount amount'>$&nbsp;7.900</span></p>"
        "<p class='stock available-on-backorder'>Disponible para reservar</p>"
        "<form class='cart'><input type='number' name='quantity' value='1'>"
        "<button type='submit' name='add-to-cart' class='single_add_to_cart_button button alt'>Añadir al carrito</button></form>"
        "</div></div>",
        "",
        "<div class='site-info'>© 2026 · Theme: Storefront</div>",
    ),
    "BackOrder",
)

case(
    "magento-de-lieferbar-ab-datum-nachbestellt",
    "https://www.kuechenprofi.example/de/gusseisen-braeter-28cm.html",
    page(
        "de",
        "Gusseisen-Bräter 28 cm | Küchenprofi",
        "<div class='header content'><a class='logo' href='/'>Küchenprofi</a><div class='minicart-wrapper'>Warenkorb</div></div>",
        ["Startseite", "Kochen", "Bräter"],
        "<div class='product-info-main'>"
        + gallery("www.kuechenprofi.example/media/catalog", "braeter")
        + "<h1 class='page-title'>Gusseisen-Bräter 28 cm, kirschrot</h1>"
        "<div class='price-box'><span class='price'>149,00 €</span></div>"
        "<div class='stock backorder'><span>Nicht vorrätig – nachbestellt, lieferbar ab 18.01.2027</span></div>"
        "<button id='product-addtocart-button' class='action tocart primary'>In den Warenkorb</button></div>",
        "",
        "<p>© 2026 Küchenprofi GmbH</p>",
    ),
    "BackOrder",
)

# ---- round 2 (written after reading controls.py): near kinds of the first look's three failures -------


def small(lang: str, title: str, host: str, buy: str, after: str = "", header: str = "") -> str:
    """A shorter whole page: header, crumbs, gallery, buy box, what follows, footer."""
    return page(
        lang,
        title,
        header or f"<a href='/' class='logo'>{host}</a><input name='q'><a href='/cart'>Cart</a>",
        ["Home", "Products"],
        "<div class='product-detail'>" + gallery(host, "p") + f"<h1>{title}</h1>{buy}</div>",
        after,
        f"<p>© 2026 {host}</p>",
    )


# kind A: a delivery option or a service (assembly, installation) not offered, in the markets' languages,
# in an element named for delivery, beside a live buy button
case(
    "r2-hr-dostava-nije-dostupna-za-lokaciju",
    "https://www.elipso.hr/usisavac-rowenta-x-force-12345",
    small(
        "hr",
        "Usisavač Rowenta X-Force Flex 9.60",
        "elipso.hr",
        "<div class='price'>279,99 €</div><div class='delivery-info'>Brza dostava nije dostupna za odabranu lokaciju</div>"
        "<button class='btn-cart'>Dodaj u košaricu</button>",
    ),
    "InStock",
)
case(
    "r2-sl-hitra-dostava-ni-na-voljo",
    "https://www.merkur.si/mikrovalovna-pecica-gorenje-mo20a3bh",
    small(
        "sl",
        "Mikrovalovna pečica Gorenje MO20A3BH",
        "merkur.si",
        "<div class='price'>99,99 €</div><div class='delivery-options'>Hitra dostava ni na voljo za ta izdelek.</div>"
        "<button class='btn-cart'>Dodaj v košarico</button>",
    ),
    "InStock",
)
case(
    "r2-it-montaggio-non-disponibile",
    "https://www.mondoconvenienza.example/armadio-ante-scorrevoli",
    small(
        "it",
        "Armadio ante scorrevoli Lido 200 cm",
        "mondoconvenienza.example",
        "<div class='price'>399,00 €</div><div class='delivery-services'>Servizio di montaggio non disponibile</div>"
        "<button class='add-to-cart'>Aggiungi al carrello</button>",
    ),
    "InStock",
)
case(
    "r2-de-montageservice-nicht-verfuegbar",
    "https://www.moebelhaus.example/kleiderschrank-bergen",
    small(
        "de",
        "Kleiderschrank Bergen 180 cm",
        "moebelhaus.example",
        "<div class='price'>349,00 €</div><div class='delivery-box'>Montageservice für diesen Artikel nicht verfügbar</div>"
        "<button class='add-to-cart'>In den Warenkorb</button>",
    ),
    "InStock",
)
case(
    "r2-hr-montaza-nije-dostupna",
    "https://www.namjestaj.example/ormar-oslo",
    small(
        "hr",
        "Ormar Oslo 150 cm",
        "namjestaj.example",
        "<div class='price'>259,00 €</div><div class='delivery-info'>Montaža nije dostupna</div>"
        "<button class='btn-cart'>Dodaj u košaricu</button>",
    ),
    "InStock",
)
case(
    "r2-fr-installation-indisponible",
    "https://www.electro.example/lave-vaisselle-bosch-sms2",
    small(
        "fr",
        "Lave-vaisselle Bosch SMS2ITW08E",
        "electro.example",
        "<div class='price'>449,99 €</div><div class='delivery-services'>Installation à domicile indisponible</div>"
        "<button class='add-to-cart'>Ajouter au panier</button>",
    ),
    "InStock",
)
case(
    "r2-es-ar-instalacion-no-disponible",
    "https://www.musimundo.example/aire-acondicionado-bgh-3500",
    small(
        "es-AR",
        "Aire acondicionado BGH 3500W frío/calor",
        "musimundo.example",
        "<div class='price'>$ 899.999</div><div class='delivery-services'>Instalación no disponible en tu zona</div>"
        "<button class='btn-buy'>Comprar</button>",
    ),
    "InStock",
)

# kind B: a release-date line in the item's availability element; an Italian pre-order button
case(
    "r2-amazon-de-erscheint-am-einkaufswagen",
    "https://www.amazon.de/Die-Eiskönigin-3-Blu-ray/dp/B0FXYZ0001",
    amz_page(
        "de-de",
        "Amazon.de",
        "Die Eiskönigin 3 [Blu-ray]",
        ["Filme &amp; Serien", "Blu-ray"],
        amz_main(
            "Die Eiskönigin 3 [Blu-ray]",
            "Marke: Walt Disney",
            "19,99 €",
            "<span class='a-size-medium a-color-success'>Dieser Artikel erscheint am 3. April 2027.</span>",
            "<input id='add-to-cart-button' type='submit' value='In den Einkaufswagen'>",
            "Regionalcode B",
        ),
        "",
    ),
    "PreOrder",
)
case(
    "r2-amazon-fr-paraitra-le-panier",
    "https://www.amazon.fr/One-Piece-Tome-112/dp/2344XYZ001",
    amz_page(
        "fr-fr",
        "Amazon.fr",
        "One Piece - Édition originale - Tome 112",
        ["Livres", "Mangas"],
        amz_main(
            "One Piece - Édition originale - Tome 112",
            "Eiichiro Oda (Auteur)",
            "7,20 €",
            "<span class='a-size-medium a-color-success'>Cet article paraîtra le 5 mai 2027.</span>",
            "<input id='add-to-cart-button' type='submit' value='Ajouter au panier'>",
            "Broché, 208 pages",
        ),
        "",
    ),
    "PreOrder",
)
case(
    "r2-amazon-com-will-be-released-add-to-cart",
    "https://www.amazon.com/Project-Hail-Mary-Sequel/dp/0593XYZ001",
    amz_page(
        "en-us",
        "Amazon.com",
        "The Next Andy Weir Novel: Hardcover",
        ["Books", "Science Fiction"],
        amz_main(
            "The Next Andy Weir Novel",
            "Andy Weir (Author)",
            "$19.99",
            "<span class='a-size-medium a-color-success'>This title will be released on March 7, 2027.</span>",
            "<input id='add-to-cart-button' type='submit' value='Add to Cart'>",
            "Hardcover, 480 pages",
        ),
        "",
    ),
    "PreOrder",
)
case(
    "r2-amazon-es-saldra-a-la-venta",
    "https://www.amazon.es/Hollow-Knight-Silksong-Switch/dp/B0FXYZ0002",
    amz_page(
        "es-es",
        "Amazon.es",
        "Hollow Knight: Silksong - Edición física (Nintendo Switch 2)",
        ["Videojuegos", "Nintendo Switch 2"],
        amz_main(
            "Hollow Knight: Silksong - Edición física (Nintendo Switch 2)",
            "Marca: Team Cherry",
            "39,99 €",
            "<span class='a-size-medium a-color-success'>Este producto saldrá a la venta el 12 de marzo de 2027.</span>",
            "<input id='add-to-cart-button' type='submit' value='Añadir a la cesta'>",
            "Edición física",
        ),
        "",
    ),
    "PreOrder",
)
case(
    "r2-it-shop-preordina-button",
    "https://www.gamestop.example/it/switch-2/giochi/metroid-prime-4",
    small(
        "it",
        "Metroid Prime 4: Beyond - Nintendo Switch 2",
        "gamestop.example",
        "<div class='price'>79,99 €</div><p class='release'>Data di uscita: 20/03/2027</p>"
        "<button class='btn btn-primary'>Preordina</button>",
    ),
    "PreOrder",
)
case(
    "r2-hr-prednarudzba-stock-line-cart-button",
    "https://www.gamershop.example/hr/ps5/ghost-of-yotei",
    small(
        "hr",
        "Ghost of Yōtei PS5",
        "gamershop.example",
        "<div class='price'>69,99 €</div><div class='availability'>Prednarudžba</div>"
        "<button class='btn-cart'>Dodaj u košaricu</button>",
    ),
    "PreOrder",
)
case(
    "r2-sl-prednarocilo-stock-line-cart-button",
    "https://www.igralnice.example/ps5/ghost-of-yotei",
    small(
        "sl",
        "Ghost of Yōtei PS5",
        "igralnice.example",
        "<div class='price'>69,99 €</div><div class='availability'>Prednaročilo</div>"
        "<button class='btn-cart'>Dodaj v košarico</button>",
    ),
    "PreOrder",
)

# kind C: a shop theme's back-order line in the markets' languages (WooCommerce's translations)
case(
    "r2-woo-es-disponible-para-reservar-envio",
    "https://www.vinoteca.example/producto/malbec-reserva-2022/",
    small(
        "es-AR",
        "Malbec Gran Reserva 2022",
        "vinoteca.example",
        "<p class='price'>$ 32.500</p><p class='stock available-on-backorder'>Disponible para reservar (envío en 15 días)</p>"
        "<form class='cart'><button type='submit' name='add-to-cart' class='single_add_to_cart_button button'>Añadir al carrito</button></form>",
    ),
    "BackOrder",
)
case(
    "r2-woo-nl-beschikbaar-via-nabestelling",
    "https://www.fietsonderdelen.example/product/ketting-shimano-hg71/",
    small(
        "nl",
        "Ketting Shimano HG71",
        "fietsonderdelen.example",
        "<p class='price'>€ 19,95</p><p class='stock available-on-backorder'>Beschikbaar via nabestelling</p>"
        "<form class='cart'><button type='submit' name='add-to-cart' class='single_add_to_cart_button button'>In winkelwagen</button></form>",
    ),
    "BackOrder",
)

# ---- must-not-fire pages (each read right with controls.py before the round-2 fixes) ------------------

# kind A (controls._OFF_AFTER, the service words of _CHANNEL): the item's own negated stock line beside a
# delivery time, or a sold-out line beside an assembly service
not_fire(
    "nf-hr-nije-dostupno-dot-isporuka-rok",
    "https://www.elipso.hr/perilica-beko-b3wfu",
    small(
        "hr",
        "Perilica rublja Beko B3WFU",
        "elipso.hr",
        "<div class='price'>329,99 €</div><div class='stock-info'>Nije dostupno · Isporuka 5-7 dana od dolaska robe</div>"
        "<button class='btn-notify'>Obavijesti me</button>",
    ),
    "OutOfStock",
)
not_fire(
    "nf-hr-trenutno-nije-dostupno-dostava-sentence",
    "https://www.links.example/hr/tipkovnica-logitech-mx-keys",
    small(
        "hr",
        "Tipkovnica Logitech MX Keys S",
        "links.example",
        "<div class='price'>109,99 €</div><div class='stock'>Trenutno nije dostupno. Dostava 2-5 radnih dana.</div>"
        "<button class='btn-cart' disabled>U košaricu</button>",
    ),
    "OutOfStock",
)
not_fire(
    "nf-sl-ni-na-voljo-dostava-line",
    "https://www.merkur.example/sesalnik-dyson-v8",
    small(
        "sl",
        "Sesalnik Dyson V8 Absolute",
        "merkur.example",
        "<div class='price'>349,99 €</div><div class='availability'>Ni na voljo</div>"
        "<div class='delivery-options'>Dostava v 2-3 delovnih dneh</div><button class='btn-cart' disabled>Dodaj v košarico</button>",
    ),
    "OutOfStock",
)
not_fire(
    "nf-de-nicht-verfuegbar-montage-buchbar",
    "https://www.moebelhaus.example/sofa-lund",
    small(
        "de",
        "Sofa Lund 3-Sitzer",
        "moebelhaus.example",
        "<div class='price'>899,00 €</div><div class='delivery-availability'>Artikel derzeit nicht verfügbar</div>"
        "<div class='services'>Montageservice buchbar</div><button class='notify'>Benachrichtigen</button>",
    ),
    "OutOfStock",
)
not_fire(
    "nf-ru-dostavka-zavtra-v-nalichii",
    "https://www.dns.example/product/smartfon-xiaomi-redmi-note-14/",
    small(
        "ru",
        "Смартфон Xiaomi Redmi Note 14 8/256 ГБ",
        "dns.example",
        "<div class='price'>21 999 ₽</div><div class='order-avail-wrap'>В наличии: в 12 магазинах</div>"
        "<div class='delivery-info'>Доставка завтра · Подъём на этаж невозможен</div><button class='buy-btn'>Купить</button>",
    ),
    "InStock",
)

# kind B (controls._RELEASE, _PREORDER_CONTROL "Preordina"): an in-stock line naming a coming edition, a
# publication date in a spec list, pre-order buttons on other products' cards, a closed pre-order
not_fire(
    "nf-amazon-de-auf-lager-neuauflage-erscheint-am",
    "https://www.amazon.de/Kochbuch-Jamie-Oliver/dp/3831XYZ001",
    amz_page(
        "de-de",
        "Amazon.de",
        "Jamie Oliver: 5 Zutaten - Schnell &amp; einfach",
        ["Bücher", "Kochen"],
        amz_main(
            "5 Zutaten - Schnell &amp; einfach: Gebundene Ausgabe",
            "Jamie Oliver (Autor)",
            "26,00 €",
            "<span class='a-size-medium a-color-success'>Auf Lager. Die 2. Auflage erscheint am 3. April 2027.</span>",
            "<input id='add-to-cart-button' type='submit' value='In den Einkaufswagen'>",
            "Gebundene Ausgabe, 320 Seiten",
        ),
        "",
    ),
    "InStock",
)
not_fire(
    "nf-amazon-com-in-stock-publication-date",
    "https://www.amazon.com/Atomic-Habits-James-Clear/dp/0735211299",
    amz_page(
        "en-us",
        "Amazon.com",
        "Atomic Habits: An Easy &amp; Proven Way to Build Good Habits",
        ["Books", "Self-Help"],
        amz_main(
            "Atomic Habits: An Easy &amp; Proven Way to Build Good Habits &amp; Break Bad Ones",
            "James Clear (Author)",
            "$14.99",
            "<span class='a-size-medium a-color-success'>In Stock</span>",
            "<input id='add-to-cart-button' type='submit' value='Add to Cart'>",
            "Hardcover, 320 pages",
        ),
        "<div id='detailBullets_feature_div'><ul><li>Publisher: Avery</li><li>Publication date: October 16, 2018</li>"
        "<li>The paperback will be released on March 7, 2027</li></ul></div>",
    ),
    "InStock",
)
not_fire(
    "nf-it-preordina-card-buttons-main-live",
    "https://www.gamestop.example/it/switch-2/giochi/mario-kart-world",
    small(
        "it",
        "Mario Kart World - Nintendo Switch 2",
        "gamestop.example",
        "<div class='price'>79,99 €</div><p class='availability'>Disponibile</p>"
        "<button class='btn btn-primary'>Aggiungi al carrello</button>",
        cards(
            "Prossime uscite",
            [
                ("Metroid Prime 4", "79,99 €", "<button class='btn'>Preordina</button>"),
                ("Pokémon Z-A", "69,99 €", "<button class='btn'>Preordina</button>"),
            ],
        ),
    ),
    "InStock",
)
not_fire(
    "nf-hr-prednarudzba-zavrsena-button-off",
    "https://www.gamershop.example/hr/ps5/death-stranding-2-collectors",
    small(
        "hr",
        "Death Stranding 2 Collector's Edition PS5",
        "gamershop.example",
        "<div class='price'>229,99 €</div><div class='availability'>Prednarudžba je završena</div>"
        "<button class='btn-cart' disabled>Dodaj u košaricu</button>",
    ),
    "OutOfStock",
)

# kind C (controls._ON_ORDER): "Disponible para envío inmediato" is in stock; a card's back-order line
not_fire(
    "nf-es-disponible-para-envio-inmediato",
    "https://www.tiendamate.example/producto/bombilla-alpaca/",
    small(
        "es-AR",
        "Bombilla de alpaca pico de loro",
        "tiendamate.example",
        "<p class='price'>$ 12.900</p><p class='stock in-stock'>Disponible para envío inmediato</p>"
        "<form class='cart'><button type='submit' name='add-to-cart' class='single_add_to_cart_button button'>Añadir al carrito</button></form>",
    ),
    "InStock",
)
not_fire(
    "nf-nl-card-nabestelling-main-op-voorraad",
    "https://www.fietsonderdelen.example/product/binnenband-28/",
    small(
        "nl",
        "Binnenband 28 inch",
        "fietsonderdelen.example",
        "<p class='price'>€ 6,95</p><p class='stock in-stock'>Op voorraad</p>"
        "<form class='cart'><button type='submit' name='add-to-cart' class='single_add_to_cart_button button'>In winkelwagen</button></form>",
        cards(
            "Gerelateerde producten",
            [
                ("Buitenband Schwalbe", "€ 29,95", "<p class='stock'>Beschikbaar via nabestelling</p>"),
                ("Ventieldop", "€ 1,95", "<p class='stock'>Beschikbaar via nabestelling</p>"),
            ],
        ),
    ),
    "InStock",
)


# ---- round 3 (after round 2's fixes): negations written with a verb, store-only lines, "cannot be bought"
# lines in ko / zh-TW, a Cafe24 sold-out page, stock counts in the Slavic units ------------------------

case(
    "r3-es-ar-no-esta-disponible-por-el-momento",
    "https://www.fravega.com/p/smart-tv-lg-55-uhd-55ua7300-990777/",
    small(
        "es-AR",
        'Smart TV LG 55" 4K UHD 55UA7300',
        "fravega.com",
        "<div class='price'>$ 899.999</div><div class='availability'>Este producto no está disponible por el momento.</div>",
        cards(
            "Te puede interesar",
            [('Smart TV Samsung 55"', "$ 949.999", ""), ('Smart TV TCL 55"', "$ 799.999", "")],
        ),
    ),
    "OutOfStock",
)
case(
    "r3-es-ar-ya-no-esta-disponible",
    "https://www.tiendamate.example/productos/termo-stanley-1l/",
    small(
        "es-AR",
        "Termo Stanley Classic 1 L",
        "tiendamate.example",
        "<div class='js-price-display'>$ 119.000</div><div class='product-stock'>Ya no está disponible</div>",
    ),
    "OutOfStock",
)
case(
    "r3-it-prodotto-non-piu-disponibile",
    "https://www.unieuro.it/online/Frullatori/Kenwood-BLP41-pidKEN555",
    small(
        "it",
        "Frullatore Kenwood BLP41.A0CT",
        "unieuro.it",
        "<div class='price'>59,99 €</div><div class='availability'>Prodotto non più disponibile</div>",
    ),
    "OutOfStock",
)
case(
    "r3-it-non-e-disponibile",
    "https://www.eprice.example/casa/aspirapolvere-rowenta-x-pert",
    small(
        "it",
        "Aspirapolvere Rowenta X-Pert 6.60",
        "eprice.example",
        "<div class='price'>189,00 €</div><div class='availability'>Questo prodotto non è disponibile</div>",
    ),
    "OutOfStock",
)
case(
    "r3-fr-n-est-pas-disponible-actuellement",
    "https://www.boulanger.example/ref/1190123",
    small(
        "fr",
        "Aspirateur balai Dyson V15 Detect",
        "boulanger.example",
        "<div class='price'>649,00 €</div><div class='availability'>Ce produit n'est pas disponible actuellement</div>",
    ),
    "OutOfStock",
)
case(
    "r3-sl-izdelek-trenutno-ni-dobavljiv",
    "https://www.mimovrste.com/kuhinjski-aparati/kenwood-chef-xl",
    small(
        "sl",
        "Kuhinjski robot Kenwood Chef XL",
        "mimovrste.com",
        "<div class='price'>499,99 €</div><div class='availability'>Izdelek trenutno ni dobavljiv</div>",
    ),
    "OutOfStock",
)
case(
    "r3-it-disponibile-solo-in-negozio",
    "https://www.mediaworld.it/it/product/_tv-samsung-65-123999.html",
    small(
        "it",
        'TV Samsung QE65Q60D 65"',
        "mediaworld.it",
        "<div class='price'>749,00 €</div><div class='availability'>Disponibile solo in negozio</div>"
        "<a class='store-link' href='/it/negozi'>Trova il negozio più vicino</a>",
    ),
    "InStoreOnly",
)
case(
    "r3-fr-disponible-uniquement-en-magasin",
    "https://www.darty.example/nav/achat/gros_electromenager/refrigerateur/lg-gbb72.html",
    small(
        "fr",
        "Réfrigérateur combiné LG GBB72PZVCN",
        "darty.example",
        "<div class='price'>799,99 €</div><div class='product-availability'>Disponible uniquement en magasin</div>"
        "<a class='store-link' href='/magasins'>Voir les magasins</a>",
    ),
    "InStoreOnly",
)
case(
    "r3-de-nur-in-der-filiale-erhaeltlich",
    "https://www.drogerie.example/p/zahnbuerste-oral-b-pro-3",
    small(
        "de",
        "Oral-B Pro 3 3000 elektrische Zahnbürste",
        "drogerie.example",
        "<div class='price'>49,95 €</div><div class='availability'>Nur in der Filiale erhältlich</div>"
        "<a class='store-link' href='/filialen'>Filiale finden</a>",
    ),
    "InStoreOnly",
)
case(
    "r3-ko-gu-mae-ga-bul-ga-neung-han-sang-pum",
    "https://smartstore.naver.com/dailyshop/products/9912345678",
    small(
        "ko",
        "무선 핸디 청소기 H7",
        "smartstore.naver.com",
        "<div class='price'>89,000원</div><div class='availability'>현재 구매가 불가능한 상품입니다.</div>",
    ),
    "OutOfStock",
)
case(
    "r3-zh-tw-zan-ting-fan-shou",
    "https://www.pcone.example/product/info/210987",
    small(
        "zh-TW",
        "日本製 不鏽鋼保溫杯 500ml",
        "pcone.example",
        "<div class='price'>NT$890</div><div class='availability'>此商品暫停販售</div>",
    ),
    "OutOfStock",
)
case(
    "r3-zh-tw-mu-qian-wu-fa-gou-mai",
    "https://www.rakuten.com.tw/shop/kitchen/product/pot-22/",
    small(
        "zh-TW",
        "鑄鐵琺瑯鍋 22cm",
        "rakuten.com.tw",
        "<div class='price'>NT$3,280</div><div class='availability'>目前無法購買</div>",
    ),
    "OutOfStock",
)
case(
    "r3-cafe24-buy-displaynone-sold-out-span",
    "https://knitday.co.kr/product/detail.html?product_no=1203",
    page(
        "ko",
        "알파카 브이넥 가디건 - 니트데이",
        "<div id='header'><a href='/' class='logo'>니트데이</a><ul class='menu'><li>NEW</li><li>OUTER</li></ul>"
        "<a href='/order/basket.html'>CART (0)</a></div>",
        ["HOME", "OUTER", "CARDIGAN"],
        "<div class='xans-product-detail'>"
        + gallery("knitday.co.kr/web/product", "1203")
        + "<div class='infoArea'><h2>알파카 브이넥 가디건</h2><table class='price'><tr><th>판매가</th>"
        "<td><strong id='span_product_price_text'>79,000원</strong></td></tr></table>"
        "<div class='btnArea'><a href='#none' class='btnSubmit displaynone' onclick='product_submit(1)'>BUY NOW</a>"
        "<a href='#none' class='btnBasket displaynone' onclick='product_submit(2)'>ADD TO CART</a>"
        "<span class='btnSoldout'>SOLD OUT</span></div></div></div>",
        reviews("REVIEW", "따뜻하고 예뻐요."),
        "<p>상호: 니트데이 | 사업자등록번호: 234-56-78901</p>",
        head="<style>.displaynone{display:none !important}</style>",
    ),
    "OutOfStock",
)
case(
    "r3-hr-zaliha-0-kom-no-button",
    "https://www.alati-horvat.example/busilica-makita-hp457",
    small(
        "hr",
        "Bušilica Makita HP457DWE",
        "alati-horvat.example",
        "<div class='price'>149,00 €</div><p class='qty'>Zaliha: 0 kom.</p>",
    ),
    "OutOfStock",
)
case(
    "r3-sl-zaloga-0-kosov-no-button",
    "https://www.orodja-novak.example/vrtalnik-bosch-gsb-18v",
    small(
        "sl",
        "Vrtalnik Bosch GSB 18V-55",
        "orodja-novak.example",
        "<div class='price'>189,00 €</div><p class='qty'>Zaloga: 0 kosov</p>",
    ),
    "OutOfStock",
)


# round 3's must-not-fire pages (each read right with controls.py before round 3's fixes)
not_fire(
    "nf3-es-envio-a-domicilio-no-esta-disponible-buy-live",
    "https://www.tiendafutbol.example/productos/botines-nike-tiempo/",
    small(
        "es-AR",
        "Botines Nike Tiempo Legend 10",
        "tiendafutbol.example",
        "<div class='js-price-display'>$ 189.999</div>"
        "<div class='delivery-info'>El envío a domicilio no está disponible en tu zona</div>"
        "<input type='submit' class='js-addtocart btn btn-primary' value='Agregar al carrito'>",
    ),
    "InStock",
)
not_fire(
    "nf3-it-consegna-al-piano-non-e-disponibile-buy-live",
    "https://www.unieuro.example/online/Frigoriferi/Beko-B5RCNE",
    small(
        "it",
        "Frigorifero combinato Beko B5RCNE",
        "unieuro.example",
        "<div class='price'>599,00 €</div><div class='delivery-info'>La consegna al piano non è disponibile per questo CAP</div>"
        "<button class='add-to-cart'>Aggiungi al carrello</button>",
    ),
    "InStock",
)
not_fire(
    "nf3-es-qa-no-esta-disponible-answer-buy-live",
    "https://articulo.mercadolibre.com.ar/MLA-1500111222-mochila-topper-_JM",
    small(
        "es-AR",
        "Mochila Topper Urbana 25 L",
        "mercadolibre.com.ar",
        "<div class='price'>$ 39.999</div><p class='ui-pdp-stock-information__title'>Stock disponible</p>"
        "<button class='andes-button--loud'>Comprar ahora</button>",
        qna(
            "Preguntas y respuestas", [("¿La tenés en azul?", "Hola, el azul no está disponible por ahora.")]
        ),
    ),
    "InStock",
)
not_fire(
    "nf3-ko-19-se-mi-man-gu-mae-bul-ga-sang-pum-buy-live",
    "https://www.winemarket.example/product/detail.html?product_no=77",
    small(
        "ko",
        "몬테스 알파 카베르네 소비뇽 750ml",
        "winemarket.example",
        "<div class='price'>32,000원</div><p class='availability-notice'>19세 미만 구매 불가 상품입니다</p>"
        "<button class='btnBasket'>장바구니</button><button class='btnBuy'>구매하기</button>",
    ),
    "InStock",
)
not_fire(
    "nf3-zh-tw-hai-wai-di-qu-wu-fa-gou-mai-buy-live",
    "https://www.momoshop.example/goods/GoodsDetail.jsp?i_code=13999001",
    small(
        "zh-TW",
        "【象印】不鏽鋼保溫瓶 480ml",
        "momoshop.example",
        "<div class='price'>NT$990</div><p class='delivery-info'>海外地區無法購買</p><a class='addcar' href='#'>放入購物車</a>",
    ),
    "InStock",
)
not_fire(
    "nf3-de-auch-in-der-filiale-erhaeltlich",
    "https://www.drogerie.example/p/shampoo-alverde-250ml",
    small(
        "de",
        "alverde Shampoo Repair 250 ml",
        "drogerie.example",
        "<div class='price'>2,45 €</div><div class='availability'>Online verfügbar · auch in der Filiale erhältlich</div>"
        "<button class='add-to-cart'>In den Warenkorb</button>",
    ),
    "InStock",
)
not_fire(
    "nf3-hr-cards-zaliha-0-kom-main-na-zalihi",
    "https://www.alati-horvat.example/odvijac-set-wera",
    small(
        "hr",
        "Set odvijača Wera Kraftform 12 kom",
        "alati-horvat.example",
        "<div class='price'>59,00 €</div><p class='availability'>Na zalihi</p>",
        cards(
            "Povezani proizvodi",
            [
                ("Kliješta Knipex", "39,00 €", "<p class='qty'>Zaliha: 0 kom.</p>"),
                ("Bit set Bosch", "19,00 €", "<p class='qty'>Zaliha: 0 kom.</p>"),
            ],
        ),
    ),
    "InStock",
)


# round 3b (after kind 4's first version, which read a delivery note written with its verb as the item's
# state): the note with its channel after the negation, and the item's own line beside a delivery promise
case(
    "r3-es-ar-no-esta-disponible-dot-envio-gratis",
    "https://www.tiendanube.example/productos/cafetera-oster-prima-latte/",
    small(
        "es-AR",
        "Cafetera Oster Prima Latte",
        "tiendanube.example",
        "<div class='js-price-display'>$ 259.999</div>"
        "<div class='product-stock'>Este producto no está disponible · Envío gratis a todo el país</div>",
    ),
    "OutOfStock",
)
not_fire(
    "nf3-es-no-esta-disponible-para-envio-buy-live",
    "https://www.tiendafutbol.example/productos/arco-plegable/",
    small(
        "es-AR",
        "Arco de fútbol plegable 3 x 2 m",
        "tiendafutbol.example",
        "<div class='js-price-display'>$ 149.999</div>"
        "<div class='delivery-info'>Este producto no está disponible para envío a domicilio</div>"
        "<input type='submit' class='js-addtocart btn btn-primary' value='Agregar al carrito'>",
    ),
    "InStock",
)


# ---- round 4 (after round 3's fixes): an item not sold online but in the chain's stores; discontinued
# wording of the markets' languages; the Russian "временно недоступен" ------------------------------------

case(
    "r4-de-online-nicht-verfuegbar-im-markt-verfuegbar",
    "https://www.elektromarkt.example/de/product/_kaffeevollautomat-philips-ep2220-2834512.html",
    small(
        "de",
        "PHILIPS EP2220/10 Serie 2200 Kaffeevollautomat",
        "elektromarkt.example",
        "<div class='price'>329,00 €</div><div class='availability'><p class='online'>Online nicht verfügbar</p>"
        "<p class='store'>Im Markt: verfügbar in 3 Märkten</p></div><a class='btn store-finder' href='/de/store'>Markt wählen</a>",
    ),
    "InStoreOnly",
)
case(
    "r4-fr-indisponible-en-ligne-disponible-en-magasin",
    "https://www.sport.example/p/velo-route-triban-rc120/_/R-p-300123",
    small(
        "fr",
        "Vélo de route Triban RC120",
        "sport.example",
        "<div class='price'>449,99 €</div><div class='stock-info'><p>Indisponible en ligne</p>"
        "<p>Disponible en magasin : 12 magasins</p></div><a class='btn store-finder' href='/magasins'>Voir les magasins</a>",
    ),
    "InStoreOnly",
)
case(
    "r4-it-non-disponibile-online-disponibile-in-negozi",
    "https://www.elettronica.example/it/product/_lavatrice-lg-f4wv.html",
    small(
        "it",
        "Lavatrice LG F4WV310S6E 10,5 kg",
        "elettronica.example",
        "<div class='price'>499,00 €</div><div class='availability'><p>Non disponibile online</p>"
        "<p>Disponibile in 5 negozi</p></div><a class='btn store-finder' href='/it/negozi'>Scegli il negozio</a>",
    ),
    "InStoreOnly",
)
case(
    "r4-hr-nije-dostupno-online-dostupno-u-poslovnicama",
    "https://www.tehnika.example/hr/hladnjak-gorenje-nrk6192",
    small(
        "hr",
        "Hladnjak Gorenje NRK6192AXL4",
        "tehnika.example",
        "<div class='price'>549,00 €</div><div class='availability'><p>Nije dostupno za online kupnju</p>"
        "<p>Dostupno u 4 poslovnice</p></div><a class='btn store-finder' href='/hr/poslovnice'>Poslovnice</a>",
    ),
    "InStoreOnly",
)
case(
    "r4-sl-ni-na-voljo-za-spletni-nakup-v-trgovinah",
    "https://www.tehnika.example/sl/pralni-stroj-gorenje-wnei84",
    small(
        "sl",
        "Pralni stroj Gorenje WNEI84APS",
        "tehnika.example",
        "<div class='price'>429,00 €</div><div class='availability'><p>Ni na voljo za spletni nakup</p>"
        "<p>Na voljo v 3 trgovinah</p></div><a class='btn store-finder' href='/sl/trgovine'>Trgovine</a>",
    ),
    "InStoreOnly",
)
case(
    "r4-de-nicht-mehr-im-sortiment",
    "https://www.baumarkt.example/p/akku-rasenmaeher-gardena-powermax-32-18v",
    small(
        "de",
        "GARDENA Akku-Rasenmäher PowerMax 32/18V P4A",
        "baumarkt.example",
        "<div class='price'>299,00 €</div><div class='availability'>Dieser Artikel ist nicht mehr im Sortiment.</div>",
    ),
    "Discontinued",
)
case(
    "r4-it-articolo-fuori-catalogo",
    "https://www.ferramenta.example/trapano-bosch-psb-500",
    small(
        "it",
        "Trapano a percussione Bosch PSB 500 RE",
        "ferramenta.example",
        "<div class='price'>59,90 €</div><div class='availability'>Articolo fuori catalogo</div>",
    ),
    "Discontinued",
)
case(
    "r4-hr-artikl-vise-nije-u-ponudi",
    "https://www.sancta-domenica.example/mikser-bosch-mfq36.html",
    small(
        "hr",
        "Ručni mikser Bosch MFQ36400",
        "sancta-domenica.example",
        "<div class='price'>49,99 €</div><div class='stock'>Artikl više nije u ponudi</div>",
    ),
    "Discontinued",
)
case(
    "r4-sl-izdelka-ni-vec-v-ponudbi",
    "https://www.bigbang.example/izdelki/mesalnik-bosch-mfq36-160001/",
    small(
        "sl",
        "Ročni mešalnik Bosch MFQ36400",
        "bigbang.example",
        "<div class='price'>49,99 €</div><div class='availability'>Izdelka ni več v ponudbi</div>",
    ),
    "Discontinued",
)
case(
    "r4-ru-tovar-vremenno-nedostupen",
    "https://www.mvideo.example/products/pylesos-dyson-v12-400123",
    small(
        "ru",
        "Пылесос Dyson V12 Detect Slim",
        "mvideo.example",
        "<div class='price'>54 999 ₽</div><div class='availability'>Товар временно недоступен</div>",
    ),
    "OutOfStock",
)
# round 4's must-not-fire pages (each read right with controls.py before round 4's fixes)
not_fire(
    "nf4-de-online-verfuegbar-auch-im-markt-buy-live",
    "https://www.elektromarkt.example/de/product/_wasserkocher-wmf-2834599.html",
    small(
        "de",
        "WMF Lono Wasserkocher 1,7 l",
        "elektromarkt.example",
        "<div class='price'>69,99 €</div><div class='availability'><p>Online verfügbar · Lieferung in 2-3 Tagen</p>"
        "<p>Im Markt: verfügbar in 3 Märkten</p></div><button class='add-to-cart'>In den Warenkorb</button>",
    ),
    "InStock",
)
not_fire(
    "nf4-it-non-disponibile-online-ne-nei-negozi",
    "https://www.elettronica.example/it/product/_asciugatrice-bosch.html",
    small(
        "it",
        "Asciugatrice Bosch WQG24509IT 9 kg",
        "elettronica.example",
        "<div class='price'>699,00 €</div><div class='availability'><p>Non disponibile online</p>"
        "<p>Non disponibile nei negozi</p></div>",
    ),
    "OutOfStock",
)
not_fire(
    "nf4-de-neu-im-sortiment-auf-lager",
    "https://www.baumarkt.example/p/akku-heckenschere-bosch-ahs-50",
    small(
        "de",
        "Bosch Akku-Heckenschere AdvancedHedgeCut 36V-65-28",
        "baumarkt.example",
        "<div class='price'>229,00 €</div><div class='availability'>Neu im Sortiment · Auf Lager</div>"
        "<button class='add-to-cart'>In den Warenkorb</button>",
    ),
    "InStock",
)
not_fire(
    "nf4-ru-dostavka-vremenno-nedostupna-buy-live",
    "https://www.mvideo.example/products/chainik-bosch-twk-400456",
    small(
        "ru",
        "Электрочайник Bosch TWK7203",
        "mvideo.example",
        "<div class='price'>6 999 ₽</div><div class='delivery-info'>Доставка временно недоступна · Самовывоз сегодня</div>"
        "<button class='buy-btn'>Купить</button>",
    ),
    "InStock",
)
not_fire(
    "nf4-fr-indisponible-en-ligne-disponible-dans-aucun-magasin",
    "https://www.sport.example/p/tente-quechua-2-seconds/_/R-p-300999",
    small(
        "fr",
        "Tente de camping 2 Seconds Easy 3 places",
        "sport.example",
        "<div class='price'>129,99 €</div><div class='stock-info'><p>Indisponible en ligne</p>"
        "<p>Disponible dans aucun magasin</p></div><a class='btn store-finder' href='/magasins'>Voir les magasins</a>",
    ),
    "OutOfStock",
)


# ---- round 5 (after round 4's fixes): sold-out wording that holds an in-stock word or none the extractor
# knew, on pages with no buy control; Amazon's "usually ships" lines and dated dispatch lines beside a live
# button ---------------------------------------------------------------------------------------------------

case(
    "r5-fr-plus-en-stock",
    "https://www.librairie.example/livre/le-petit-prince-edition-collector",
    small(
        "fr",
        "Le Petit Prince - édition collector",
        "librairie.example",
        "<div class='price'>29,90 €</div><div class='availability'>Plus en stock</div>",
    ),
    "OutOfStock",
)
case(
    "r5-en-no-longer-in-stock",
    "https://www.outdoorgear.example/products/trekking-poles-carbon",
    small(
        "en",
        "Carbon Trekking Poles (pair)",
        "outdoorgear.example",
        "<div class='price'>£89.00</div><div class='availability'>No longer in stock</div>",
    ),
    "OutOfStock",
)
case(
    "r5-de-vergriffen",
    "https://www.buchhandlung.example/buch/der-kleine-hobbit-illustriert",
    small(
        "de",
        "Der kleine Hobbit - illustrierte Ausgabe",
        "buchhandlung.example",
        "<div class='price'>38,00 €</div><div class='availability'>Vergriffen</div>",
    ),
    "OutOfStock",
)
case(
    "r5-hr-nema-vise-na-zalihi",
    "https://www.knjizara.example/knjiga/mali-princ",
    small(
        "hr",
        "Mali princ - ilustrirano izdanje",
        "knjizara.example",
        "<div class='price'>24,00 €</div><div class='availability'>Nema više na zalihi</div>",
    ),
    "OutOfStock",
)
case(
    "r5-sl-ni-vec-zaloge",
    "https://www.knjigarna.example/knjiga/mali-princ",
    small(
        "sl",
        "Mali princ - ilustrirana izdaja",
        "knjigarna.example",
        "<div class='price'>24,00 €</div><div class='availability'>Ni več zaloge</div>",
    ),
    "OutOfStock",
)
case(
    "r5-es-ar-no-quedan-unidades",
    "https://www.libreria.example/productos/el-principito-edicion-ilustrada/",
    small(
        "es-AR",
        "El Principito - edición ilustrada",
        "libreria.example",
        "<div class='js-price-display'>$ 29.900</div><div class='product-stock'>No quedan unidades</div>",
    ),
    "OutOfStock",
)
case(
    "r5-zh-tw-xiao-shou-yi-kong",
    "https://www.books.example/products/0010987654",
    small(
        "zh-TW",
        "小王子 插畫珍藏版",
        "books.example",
        "<div class='price'>NT$450</div><div class='availability'>銷售一空</div>",
    ),
    "OutOfStock",
)
case(
    "r5-kk-tauar-tausyldy",
    "https://www.shop.example/kk/p/ertegi-kitaby-12345",
    small(
        "kk",
        "Кішкентай ханзада - суретті басылым",
        "shop.example",
        "<div class='price'>6 990 ₸</div><div class='availability'>Тауар таусылды</div>",
    ),
    "OutOfStock",
)
case(
    "r5-ru-vse-raskupili",
    "https://www.knigi.example/product/malenkiy-prints-123456",
    small(
        "ru",
        "Маленький принц. Иллюстрированное издание",
        "knigi.example",
        "<div class='price'>890 ₽</div><div class='availability'>Всё раскупили</div>",
    ),
    "OutOfStock",
)
case(
    "r5-amazon-de-gewoehnlich-versandfertig",
    "https://www.amazon.de/Fiskars-Axt-X27/dp/B00AEZXXF2",
    amz_page(
        "de-de",
        "Amazon.de",
        "Fiskars Spaltaxt X27",
        ["Garten", "Gartengeräte", "Äxte"],
        amz_main(
            "Fiskars Spaltaxt X27, Länge: 92 cm, Schwarz/Orange, 1015644",
            "Besuche den Fiskars-Store",
            "89,99 €",
            "<span class='a-size-medium a-color-success'>Gewöhnlich versandfertig in 3 bis 4 Tagen.</span>",
            "<input id='add-to-cart-button' type='submit' value='In den Einkaufswagen'>"
            "<input id='buy-now-button' type='submit' value='Jetzt kaufen'>",
            "Für große Holzscheite",
        ),
        "",
    ),
    "InStock",
)
case(
    "r5-amazon-it-generalmente-spedito",
    "https://www.amazon.it/Bialetti-Moka-Express-6-tazze/dp/B0000BXYZ1",
    amz_page(
        "it-it",
        "Amazon.it",
        "Bialetti Moka Express 6 tazze",
        ["Casa e cucina", "Caffè"],
        amz_main(
            "Bialetti Moka Express, caffettiera 6 tazze, alluminio",
            "Visita lo Store di Bialetti",
            "32,90 €",
            "<span class='a-size-medium a-color-success'>Generalmente spedito in 6-10 giorni.</span>",
            "<input id='add-to-cart-button' type='submit' value='Aggiungi al carrello'>",
            "Made in Italy",
        ),
        "",
    ),
    "InStock",
)
case(
    "r5-ko-chul-go-ye-jeong-buy-live",
    "https://www.11st.co.kr/products/7099887766",
    small(
        "ko",
        "수제 원목 도마 대형",
        "11st.co.kr",
        "<div class='price'>45,000원</div><p class='delivery-info'>주문제작 상품 · 12월 15일 출고 예정</p>"
        "<button class='btn-cart'>장바구니</button><button class='btn-buy'>구매하기</button>",
    ),
    "InStock",
)
case(
    "r5-zh-tw-yu-ji-chu-huo-buy-live",
    "https://www.pinkoi.example/product/AbCd1234",
    small(
        "zh-TW",
        "手工皮革零錢包",
        "pinkoi.example",
        "<div class='price'>NT$1,280</div><p class='delivery-info'>預計 12/15 出貨（手工製作約 7 個工作天）</p>"
        "<button class='btn-cart'>加入購物車</button>",
    ),
    "InStock",
)
# round 5's must-not-fire pages (each read right with controls.py before round 5's fix)
not_fire(
    "nf5-fr-plus-de-10-en-stock-buy-live",
    "https://www.librairie.example/livre/l-etranger-folio",
    small(
        "fr",
        "L'Étranger - Folio",
        "librairie.example",
        "<div class='price'>7,90 €</div><div class='availability'>Plus de 10 en stock</div>"
        "<button class='add-to-cart'>Ajouter au panier</button>",
    ),
    "InStock",
)
not_fire(
    "nf5-fr-plus-que-2-en-stock",
    "https://www.librairie.example/livre/la-peste-folio",
    small(
        "fr",
        "La Peste - Folio",
        "librairie.example",
        "<div class='price'>9,20 €</div><div class='availability'>Plus que 2 en stock</div>"
        "<button class='add-to-cart'>Ajouter au panier</button>",
    ),
    "InStock",
)
not_fire(
    "nf5-zh-tw-ji-jiang-xiao-shou-yi-kong-buy-live",
    "https://www.books.example/products/0010987999",
    small(
        "zh-TW",
        "原子習慣 精裝版",
        "books.example",
        "<div class='price'>NT$330</div><div class='availability'>即將銷售一空</div><button class='btn-cart'>加入購物車</button>",
    ),
    "InStock",
)
not_fire(
    "nf5-ko-wan-pan-im-bak-buy-live",
    "https://www.musinsa.example/products/3999111",
    small(
        "ko",
        "오버핏 후드 집업 그레이",
        "musinsa.example",
        "<div class='price'>69,000원</div><div class='stock-badge'>완판 임박</div><button class='btn-buy'>구매하기</button>",
    ),
    "InStock",
)
not_fire(
    "nf5-de-review-vergriffen-buy-live",
    "https://www.buchhandlung.example/buch/die-verwandlung",
    small(
        "de",
        "Die Verwandlung - Reclam",
        "buchhandlung.example",
        "<div class='price'>4,00 €</div><div class='availability'>Sofort lieferbar</div>"
        "<button class='add-to-cart'>In den Warenkorb</button>",
        reviews("Kundenbewertungen", "Die alte Ausgabe ist vergriffen, diese hier ist top."),
    ),
    "InStock",
)


# ---- round 6 (after round 5's commit db5e336): pages built in the browser whose only state is the state
# JSON they ship (crawler/pagestate.py): Korean / Taiwanese / Kazakh shops' flags and status words ------


def csr_shell(lang: str, title: str, host: str, script: str) -> str:
    """A page a script builds in the browser: the shell (header, an empty app root, footer) and its state."""
    return page(
        lang,
        title,
        f"<a href='/' class='logo'>{host}</a><a href='/cart'>Cart</a>",
        [],
        "<div id='app'><div class='skeleton'></div></div>",
        "",
        f"<p>© 2026 {host}</p>",
        tail=f"<script>{script}</script>",
    )


case(
    "r6-naver-preloaded-state-product-status-outofstock",
    "https://smartstore.naver.com/dailyshop/products/9900112233",
    csr_shell(
        "ko",
        "무선 미니 가습기 H3 : 데일리샵",
        "smartstore.naver.com",
        'window.__PRELOADED_STATE__={"product":{"A":{"name":"무선 미니 가습기 H3","salePrice":29000,'
        '"productStatusType":"OUTOFSTOCK","stockQuantity":0}}};',
    ),
    "OutOfStock",
)
case(
    "r6-cafe24-soldout-flag-t",
    "https://dailyknit.example/product/detail.html?product_no=902",
    csr_shell(
        "ko",
        "캐시미어 머플러 베이지 - 데일리니트",
        "dailyknit.example",
        'window.__INITIAL_STATE__={"product":{"product_name":"캐시미어 머플러 베이지","price":"45000.00",'
        '"is_soldout":"T","display":"T","selling":"T"}};',
    ),
    "OutOfStock",
)
case(
    "r6-kr-sold-out-yn-flag",
    "https://www.kshop.example/goods/view?no=55120",
    csr_shell(
        "ko",
        "스테인리스 텀블러 500ml | K샵",
        "kshop.example",
        'window.__INITIAL_STATE__={"goods":{"goodsNm":"스테인리스 텀블러 500ml","name":"스테인리스 텀블러 500ml",'
        '"price":18900,"soldOutYn":"Y","soldOut":"Y"}};',
    ),
    "OutOfStock",
)
case(
    "r6-shopee-like-stock-zero",
    "https://www.twshop.example/product/778899",
    csr_shell(
        "zh-TW",
        "手工陶瓷馬克杯 | 台灣小舖",
        "twshop.example",
        'window.__INITIAL_STATE__={"item":{"name":"手工陶瓷馬克杯","price":480,"stock":0,"currency":"TWD"}};',
    ),
    "OutOfStock",
)
case(
    "r6-sale-status-soldout",
    "https://www.shop-kz.example/product/kettle-x1",
    csr_shell(
        "ru",
        "Электрочайник Xiaomi Kettle X1 – Shop KZ",
        "shop-kz.example",
        'window.__INITIAL_STATE__={"product":{"name":"Электрочайник Xiaomi Kettle X1","price":19990,'
        '"saleStatus":"SOLD_OUT"}};',
    ),
    "OutOfStock",
)

# round 6's must-not-fire pages (each read right with pagestate.py before round 6's fix)
not_fire(
    "nf6-state-is-available-true-stock-zero",
    "https://www.twshop.example/product/778900",
    csr_shell(
        "en",
        "Handmade Ceramic Mug Blue | TW Shop",
        "twshop.example",
        'window.__INITIAL_STATE__={"item":{"name":"Handmade Ceramic Mug Blue","price":480,"isAvailable":true,'
        '"stock":0,"allowBackorder":true}};',
    ),
    "InStock",
)
not_fire(
    "nf6-state-recs-sold-out-y-main-available",
    "https://www.kshop.example/goods/view?no=55121",
    csr_shell(
        "ko",
        "스테인리스 텀블러 750ml | K샵",
        "kshop.example",
        'window.__INITIAL_STATE__={"goods":{"name":"스테인리스 텀블러 750ml","price":21900,"available":true},'
        '"recommend":[{"name":"보온 도시락 세트","price":32000,"soldOutYn":"Y"},'
        '{"name":"실리콘 빨대 세트","price":5900,"soldOutYn":"Y"}]};',
    ),
    "InStock",
)
not_fire(
    "nf6-cjk-category-state-spaced-names",
    "https://www.twshop.example/category/mugs",
    csr_shell(
        "zh-TW",
        "陶瓷馬克杯系列 | 台灣小舖",
        "twshop.example",
        'window.__INITIAL_STATE__={"list":[{"name":"陶瓷馬克杯 藍","price":480,"stock":0},'
        '{"name":"陶瓷馬克杯 白","price":480,"stock":3},{"name":"陶瓷馬克杯 黑","price":520,"stock":5}]};',
    ),
    None,
)


# ---- round 7 (the lead's note at 7a9412b): a resale marketplace's buy link that names its price ------------

case(
    "r7-stockx-buy-for-price-link",
    "https://stockx.com/nike-dunk-low-retro-white-black-2021",
    page(
        "en",
        "Nike Dunk Low Retro White Black Panda (2021) - DD1391-100 - US",
        "<div class='css-header'><a href='/' aria-label='StockX Home'>StockX</a><a href='/sneakers'>Sneakers</a>"
        "<a href='/sell'>Sell</a><a href='/login'>Log In</a></div>",
        ["Home", "Sneakers", "Nike", "Dunk"],
        "<div class='product-view'>"
        + gallery("images.stockx.com", "dunk-panda")
        + "<div class='buy-box'><h1 class='chakra-heading'>Nike Dunk Low Retro White Black Panda (2021)</h1>"
        "<p class='size-select'>Size: US M 10</p><p class='last-sale'>Last Sale: $198</p>"
        "<a class='chakra-button css-buy' href='/buy/nike-dunk-low-retro-white-black-2021?size=10'>Buy for $215</a>"
        "<a class='chakra-button css-sell' href='/sell/nike-dunk-low-retro-white-black-2021'>Sell for $230</a>"
        "</div></div>",
        table(
            [("Style", "DD1391-100"), ("Colorway", "White/Black"), ("Retail Price", "$110")],
            "Product Details",
        ),
        "<p>© 2026 StockX. All Rights Reserved.</p>",
    ),
    "InStock",
)
not_fire(
    "nf7-sold-out-buy-for-business-link",
    "https://www.outdoorgear.example/products/headlamp-400",
    small(
        "en",
        "Headlamp 400 Lumen",
        "outdoorgear.example",
        "<div class='price'>$39.00</div><div class='availability'>Sold out</div>"
        "<a class='btn btn-secondary' href='/pages/business'>Buy for business</a>",
    ),
    "OutOfStock",
)


def _fold(name: str | None) -> str | None:
    return AVAILABILITY_CLASS.get(name, name) if name else None


def _check(c: Case) -> None:
    got = extract_product(c.html, c.url) or {}
    assert _fold(got.get("availability")) == _fold(c.availability), (
        f"availability {got.get('availability')!r} != {c.availability!r}"
    )


@pytest.mark.parametrize("c", case_params(CASES))
def test_page(c: Case) -> None:
    _check(c)


@pytest.mark.parametrize("c", case_params(NOT_FIRE))
def test_not_fire(c: Case) -> None:
    _check(c)
