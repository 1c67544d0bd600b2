"""Availability on marketplace and shop pages outside the US, without structured data (issue 14,
fourth review).

Each case is a whole product page as the big marketplaces outside the US and national shops render
it in 2024-26 (Amazon .de/.fr/.it/.es/.co.jp/.in, Mercado Libre, Tiendanube, Shopee, Lazada,
Tokopedia, Rakuten, Yodobashi, Coupang, Naver Smart Store, Allegro, Ozon, Wildberries, Kaspi,
Flipkart, Trendyol, bol.com, Zalando, Cdiscount, eMAG, PChome, momo, Slovenian and Croatian shops):
header and category menu, breadcrumbs, gallery, the buy box (price, stock line, quantity, delivery
promise, buy buttons or what replaces them), spec table, reviews, recommendation strips whose cards
carry their own badges, footer. No JSON-LD, microdata or RDFa: what a shopper reads for the shown
product is the only source. The expected value is the schema.org ItemAvailability name a shopper
reads (None where a person could not tell), compared folded as benchmarks.bench_extraction folds it
(`AVAILABILITY_CLASS`).

Cases: 98 pages. Round 1 (69 pages, written before reading the heuristics: 28 InStock, most with
sold-out recommendation cards, a sold-out word in a review or only a quantity and a cart button as
stock words; 30 OutOfStock, 14 of them with the price shown and a notify / restock button or form in
place of the buy button; 6 PreOrder; 5 BackOrder); round 2 (11 pages, after reading crawler/heuristics/controls.py and
extract._heuristic_availability), near misses of the kinds fixed; round 3 (10 pages, after the first
commit of this review, 5232ec5): eBay outside the US (.de .fr .it .es .co.uk) and Allegro auctions;
round 4 (8 pages, after round 3's commit 8e09542): pre-orders that closed.

FIRST LOOK (commit f03332e, before any change here): round 1: 12 of 69 failed (17%):
- meli-ar-publicacion-pausada, allegro-oferta-zakonczona, yodobashi-hanbai-shuryo: a paused or ended
  listing ("Publicación pausada", "Sprzedaż zakończona", "販売を終了しました"): no product read (None);
- tokopedia-stok-habis-ingatkan: "Stok <b>Habis</b>", "Produk ini sedang tidak tersedia", an
  "Ingatkan Saya" button: no product read;
- rakuten-jp-nyuka-machi-no-cart, yodobashi-zaiko-zansho, makeshop-jp-cart-and-quantity-only: PreOrder
  from the shop guide's "配送について" line "予約商品は発売日以降の発送となります" (pre-order items ship
  after release), on every item page of a Japanese shop;
- lazada-ph-out-of-stock-price-shown: InStock from the delivery box's "Cash on Delivery Available"
  (an element named for delivery) beside a disabled "Out of Stock" button;
- bol-reserveer-verschijningsdatum, emag-precomanda: a "Reserveer" / "Precomandă" button, no product
  read;
- amazon-in-temporarily-out-of-stock (OutOfStock for BackOrder), hr-dostupno-za-narudzbu (InStock for
  BackOrder): both left, strict xfails (reasons at the cases).
12 of the 14 notify-form pages and 26 of the 28 in-stock pages (sold-out cards, quantity-only stock
words) were read right at first look; the misses are the ones above. Round 2: 2 of 11 failed
(r2-en-shipping-information-terms-cart-only: PreOrder, r2-en-shipping-information-and-own-backorder:
PreOrder, both from a "Shipping information" section's "Pre-order items ship on their release date").
Round 3 (against 5232ec5): 7 of the first 9 failed, all read as no product (None): the auction-only
and buy-it-now-only pages ("Bieten", "Compralo Subito", "Pujar", "Licytuj": no buy control known) and
the ended listings ("Cette annonce est terminée", "Questa inserzione è terminata", "Bidding has ended on
this item"); "Dieses Angebot wurde vom Verkäufer beendet, da der Artikel nicht mehr verfügbar ist" and
"Sofort-Kaufen" beside "In den Warenkorb" were read right. r3-ebay-de-beendet-aehnlichen-anbieten was
written after the fix (its "Ähnlichen Artikel anbieten" must not read as the "Bieten" control).
Round 4 (against 8e09542): 5 of 8 failed, all PreOrder for a closed pre-order ("予約受付終了", "ご予約受付は
終了いたしました", "預購結束" beside a grey "立即預購" button, "예약판매 종료", "Vorbestellung beendet");
"Précommandes clôturées" (Discontinued from "plus disponible"), "Pre-orders are now closed" and the
still-open "予約受付中（2027年1月10日 受付終了予定）" were read right.

Kinds fixed (general rules in crawler/heuristics/controls.py and crawler/extract.py):
1. a listing paused or ended, sales stopped (`controls._OFF_SALE`, read by `said_state`: "Publicación
   pausada", "Anúncio pausado", "Sprzedaż zakończona", "Ta oferta jest już niedostępna", "販売を終了しま
   した", "販売休止中"): OutOfStock, so the page is a product page (`near_state` beside its price).
   yodobashi-hanbai-shuryo stayed a strict xfail (no price, a gallery scoring 2) until stop 38's photo rule.
2. Indonesian not-available lines (`controls._GONE`: "Produk ini sedang tidak tersedia", "Stok kosong")
   and Tokopedia's restock reminder "Ingatkan Saya" as a sold control (`_SOLD_CONTROL`).
3. a shop guide's heading ("配送について", "お支払いについて", "ご注意", "Shipping information", "Delivery &
   Returns", "Versand & Rückgabe"; not "商品について", about the item) makes its lines order terms
   (`controls._POLICY_LINE`, read by `only_order_terms` as a FAQ's answers already were).
4. a payment or delivery service's "available" ("Cash on Delivery Available", "EMI available", "Gift wrap
   available": `controls.service_note`) is no in-stock statement (`_channel_state`, used by `stock_state`
   and `labelled_state`); an in-stock word beside it still is.
5. a live control whose whole text is a pre-order phrase in the languages `values.AVAILABILITY_TEXT` has
   none for ("Reserveer", "Precomandă", "予約する", "予約注文する", "立即預購": `controls._PREORDER_CONTROL`)
   is a buy control (`buy_state`) and makes the page PreOrder (`controls.preorder_control`, checked last in
   `extract._heuristic_availability`); not "Reserveer in de winkel", nor a card's or a menu's.
6. (round 3) eBay's and Allegro's bid and buy-it-now controls outside the US ("Bieten", "Sofort-Kaufen",
   "Enchérir", "Achat immédiat", "Compralo Subito", "Pujar", "¡Cómpralo ya!", "Licytuj") are buy controls
   (`controls._BUY`, whole words: not "anbieten").
7. (round 3) an eBay listing that ended ("Cette annonce est terminée", "Questa inserzione è terminata",
   "Bidding has ended on this item", "This listing has ended", "Dieses Angebot wurde ... beendet"): kind 1's
   `_OFF_SALE`; not one ending soon ("Angebot endet in 2 Std.").
8. (round 4) a pre-order that closed ("予約受付終了", "預購結束", "예약판매 종료", "Vorbestellung beendet",
   "Précommandes clôturées", "Pre-orders are now closed": `controls._PREORDER_CLOSED`) is OutOfStock
   (`said_state`) and no pre-order in the page's text (`said_now`); not a closing date ("受付終了予定").
9. (round 4) the words of a control shown disabled (`controls.in_disabled_control`: a grey "立即預購" or
   "Pre-order" button) do not count in the page-text pass (`extract._said_outside_strips`).
Must-not-fire: `test_said_state` (34 lines: 19 "fires-", 15 must-not-fire), `test_service_note` (12: the 6
False rows must-not-fire), `test_guide_heading` (12: the 5 False rows), `test_rules_must_not_fire` (11
pages: 6 "fires-", 5 must-not-fire), and round 2's pages r2-meli-ar-cards-publicacion-pausada,
r2-allegro-promocja-zakonczona-banner, r2-jp-shohin-ni-tsuite-yoyaku, r2-jp-otodoke-ni-tsuite-otoriyose-note,
r2-en-shipping-information-terms-in-stock, r2-bol-reserveer-in-de-winkel, r2-emag-cards-precomanda-buttons,
r2-tokopedia-flash-sale-ingatkan-saya, r2-shopee-id-stok-habis-buttons-off (read right before and after),
r3-ebay-de-sofort-kaufen-mehr-als-10, r3-ebay-de-beendet-aehnlichen-anbieten and
r4-jp-yoyaku-uketsuke-chu-shuryo-yotei.
Dev dump (342 runs): 0 differ from f03332e after each round; train --fields availability 1.000 / 1.000 / 1.000 before and
after.
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
    availability: str | None  # schema.org ItemAvailability name a shopper reads
    xfail: str = ""


CASES: list[Case] = []


def doc(lang: str, title: str, header: str, crumbs: str, main: str, after: str, footer: str) -> str:
    """A whole document: head without structured data, the shop's header, breadcrumbs, the product
    block, what follows it (specs, reviews, recommendation strips) and the footer."""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<meta property='og:title' content=\"{title}\"><link rel='stylesheet' href='/static/app.css'>"
        "<script>window.dataLayer=window.dataLayer||[];</script></head><body>"
        f"{header}<nav class='breadcrumbs' aria-label='breadcrumb'>{crumbs}</nav>"
        f"<main id='main'>{main}</main>{after}{footer}<script src='/static/app.js' defer></script></body></html>"
    )


def crumbs(*names: str) -> str:
    return " › ".join(f"<a href='/c/{i}'>{n}</a>" for i, n in enumerate(names))


def gallery(host: str, slug: str, n: int = 4, cls: str = "product-gallery") -> str:
    thumbs = "".join(
        f"<li><img src='https://{host}/images/{slug}-{i}.jpg' alt='' width='800' height='800'></li>"
        for i in range(1, n + 1)
    )
    return f"<div class='{cls}'><ul class='thumbs'>{thumbs}</ul></div>"


def specs(rows: str, heading: str = "Specifications") -> str:
    """A spec table from 'name=value|name=value'."""
    trs = "".join(
        f"<tr><th>{k}</th><td>{v}</td></tr>" for k, _, v in (r.partition("=") for r in rows.split("|"))
    )
    return f"<section class='specs'><h2>{heading}</h2><table>{trs}</table></section>"


def reviews(heading: str, *texts: str) -> str:
    lis = "".join(f"<li class='review'><span class='stars'>★★★★☆</span><p>{t}</p></li>" for t in texts)
    return f"<section class='reviews' id='reviews'><h2>{heading}</h2><ul>{lis}</ul></section>"


def cards(heading: str, items: str, cls: str = "carousel") -> str:
    """A recommendation strip from 'name~price~badge|...' (badge may be empty)."""
    lis = ""
    for i, it in enumerate(items.split("|")):
        name, price, badge = (it.split("~") + ["", ""])[:3]
        b = f"<span class='card-badge'>{badge}</span>" if badge else ""
        lis += (
            f"<li class='card'><a href='/p/rec-{i}'><img src='/img/rec-{i}.jpg' alt='{name}'>"
            f"<span class='card-title'>{name}</span></a><span class='card-price'>{price}</span>{b}</li>"
        )
    return f"<section class='{cls}'><h2>{heading}</h2><ul>{lis}</ul></section>"


def case(id: str, url: str, html: str, expected: str | None, xfail: str = "") -> None:
    CASES.append(Case(id, url, html, expected, xfail))


# ---- Amazon (.de .fr .it .es .co.jp .in) --------------------------------------------------------

_AMZ = {
    # lang, nav words, "also viewed" heading, reviews heading, cart, buy now, wishlist, qty, footer
    "de": ("de", "Alle|Angebote|Prime|Bestseller|Neuerscheinungen|Kundenservice", "Kunden, die diesen Artikel "
           "angesehen haben, haben auch angesehen", "Kundenrezensionen", "In den Einkaufswagen", "Jetzt kaufen",
           "Auf die Liste", "Menge:", "Zurück zum Seitenanfang"),
    "fr": ("fr", "Toutes|Ventes Flash|Prime|Meilleures ventes|Nouveautés|Service Client", "Les clients ayant "
           "consulté cet article ont également regardé", "Commentaires client", "Ajouter au panier",
           "Acheter cet article", "Ajouter à votre liste", "Quantité :", "Retour en haut"),
    "it": ("it", "Tutte|Offerte|Prime|Bestseller|Novità|Servizio clienti", "Clienti che hanno visto questo "
           "articolo hanno visto anche", "Recensioni clienti", "Aggiungi al carrello", "Acquista ora",
           "Aggiungi alla lista", "Quantità:", "Torna su"),
    "es": ("es", "Todo|Ofertas|Prime|Los más vendidos|Novedades|Atención al cliente", "Los clientes que "
           "vieron este producto también vieron", "Opiniones de clientes", "Añadir a la cesta",
           "Comprar ya", "Añadir a la lista", "Cantidad:", "Volver arriba"),
    "ja": ("ja", "すべて|タイムセール|プライム|ランキング|新着|カスタマーサービス", "この商品をチェックした人は"
           "こんな商品もチェックしています", "カスタマーレビュー", "カートに入れる", "今すぐ買う",
           "リストに追加", "数量:", "トップへ戻る"),
    "in": ("en", "All|Today's Deals|Prime|Bestsellers|New Releases|Customer Service", "Customers who viewed "
           "this item also viewed", "Customer reviews", "Add to Cart", "Buy Now", "Add to Wish List",
           "Quantity:", "Back to top"),
}  # fmt: skip
_AMZ_HOST = {"de": "de", "fr": "fr", "it": "it", "es": "es", "ja": "co.jp", "in": "in"}


def amazon(
    site: str, asin: str, title: str, byline: str, price: str, box: str, recs: str, review_texts: tuple[str, ...],
    rows: str, cart: bool = True,
) -> tuple[str, str]:  # fmt: skip
    """An Amazon detail page (#dp): nav belt, #centerCol title and bullets, #rightCol buy box where
    `box` is the #availability / #outOfStock block; `cart` keeps the quantity select and the
    add-to-cart / buy-now inputs (an item Amazon sells now or takes orders for)."""
    lang, nav, also, rev, add, now, wish, qty, top = _AMZ[site]
    host = f"www.amazon.{_AMZ_HOST[site]}"
    url = f"https://{host}/dp/{asin}"
    navs = "".join(f"<a class='nav-a' href='/gp/{i}'>{n}</a>" for i, n in enumerate(nav.split("|")))
    header = (
        "<header id='navbar-main'><div id='nav-belt'><a id='nav-logo-sprites' href='/' aria-label='Amazon'></a>"
        "<form id='nav-search-bar-form' action='/s'><input id='twotabsearchtextbox' name='field-keywords'>"
        "<input type='submit' id='nav-search-submit-button' value='Go'></form>"
        "<a id='nav-link-accountList' href='/gp/css/homepage.html'><span>Hello, sign in</span></a>"
        "<a id='nav-cart' href='/gp/cart/view.html'><span id='nav-cart-count'>0</span></a></div>"
        f"<div id='nav-main'>{navs}</div></header>"
    )
    price_block = (
        f"<div id='corePrice_feature_div'><span class='a-price'><span class='a-offscreen'>{price}</span>"
        f"<span aria-hidden='true'>{price}</span></span></div>"
        if price
        else ""
    )
    buttons = (
        f"<div id='selectQuantity'><label for='quantity'>{qty}</label><select name='quantity' id='quantity'>"
        "<option value='1' selected>1</option><option value='2'>2</option><option value='3'>3</option></select></div>"
        "<span id='submit.add-to-cart' class='a-button a-button-primary'><span class='a-button-inner'>"
        f"<input id='add-to-cart-button' name='submit.add-to-cart' title='{add}' type='submit' class='a-button-input'>"
        f"<span id='submit.add-to-cart-announce' class='a-button-text'>{add}</span></span></span>"
        "<span id='submit.buy-now' class='a-button'><span class='a-button-inner'>"
        "<input id='buy-now-button' name='submit.buy-now' type='submit' class='a-button-input'>"
        f"<span id='submit.buy-now-announce' class='a-button-text'>{now}</span></span></span>"
        if cart
        else ""
    )
    main = (
        "<div id='dp' class='a-container'><div id='ppd'><div id='leftCol'><div id='imageBlock'>"
        f"<div id='imgTagWrapperId'><img id='landingImage' src='https://m.media-amazon.com/images/I/{asin}._AC_SL1500_.jpg' "
        f"alt='{title}'></div>{gallery('m.media-amazon.com', asin, 5, 'altImages')}</div></div>"
        f"<div id='centerCol'><div id='titleSection'><h1 id='title'><span id='productTitle'>{title}</span></h1></div>"
        f"<div id='bylineInfo_feature_div'><a id='bylineInfo' href='/stores/{byline}'>{byline}</a></div>"
        f"<div id='averageCustomerReviews'><span class='a-icon-alt'>4,5</span> <a href='#customerReviews'>1.284</a></div>"
        f"{price_block}<div id='feature-bullets'><ul><li>{rows.split('|')[0].replace('=', ': ')}</li></ul></div></div>"
        f"<div id='rightCol'><div id='buybox'>{price_block}<div id='deliveryBlock'></div>{box}{buttons}"
        f"<div id='wishlistButtonStack'><a id='add-to-wishlist-button' href='#'>{wish}</a></div></div></div></div></div>"
    )
    after = (
        f"<div id='prodDetails'>{specs(rows, 'Produktinformation' if site == 'de' else 'Product information')}</div>"
        f"<div id='sims-consolidated-2_feature_div'>{cards(also, recs, 'a-carousel')}</div>"
        f"<div id='customerReviews'>{reviews(rev, *review_texts)}</div>"
    )
    footer = (
        f"<footer id='navFooter'><a id='navBackToTop' href='#'><span>{top}</span></a>"
        "<div class='navFooterLinkCol'><a href='/gp/help'>Help</a> <a href='/returns'>Returns</a></div></footer>"
    )
    return url, doc(
        lang, f"Amazon.{_AMZ_HOST[site]}: {title}", header, crumbs(*nav.split("|")[:2]), main, after, footer
    )


def _amz_avail(text: str, cls: str = "a-color-success", extra: str = "") -> str:
    return (
        f"<div id='availability' class='a-section a-spacing-base'><span class='a-size-medium {cls}'>{text}</span>"
        f"{extra}</div>"
    )


def _amz_oos(head: str, rest: str) -> str:
    """Amazon's #outOfStock box (no buy box: a shopper cannot order)."""
    return (
        "<div id='outOfStock' class='a-box'><div class='a-box-inner'><div class='a-section a-text-center'>"
        f"<span class='a-color-price a-text-bold'>{head}</span><br><span class='a-color-secondary'>{rest}</span>"
        "</div></div></div>"
    )


case(
    "amazon-de-auf-lager-recs-nicht-verfuegbar",
    *amazon(
        "de",
        "B0C7KZ2Q1M",
        "Philips Series 5000 Airfryer XXL HD9285/96, 7,2 l",
        "Philips",
        "149,99 €",
        _amz_avail("Auf Lager") + "<div id='merchantInfo'>Versand durch Amazon. Verkauf durch Amazon.</div>",
        "Philips Airfryer HD9252~99,99 €~|Tefal Easy Fry~89,99 €~Derzeit nicht verfügbar.|Ninja AF300EU~169,00 €~",
        ("War monatelang nicht lieferbar, jetzt endlich bestellt.", "Sehr gut."),
        "Marke=Philips|Fassungsvermögen=7,2 Liter|Leistung=2000 Watt",
    ),
    "InStock",
)
case(
    "amazon-de-derzeit-nicht-verfuegbar",
    *amazon(
        "de",
        "B08L5M9BTJ",
        "Sony WH-1000XM4 Kabellose Bluetooth Noise Cancelling Kopfhörer",
        "Sony",
        "",
        _amz_oos(
            "Derzeit nicht verfügbar.", "Ob und wann dieser Artikel wieder vorrätig sein wird, ist unbekannt."
        ),
        "Sony WH-1000XM5~299,00 €~|Bose QC45~229,00 €~",
        ("Top Klang.",),
        "Marke=Sony|Farbe=Schwarz|Akkulaufzeit=30 Stunden",
        cart=False,
    ),
    "OutOfStock",
)
case(
    "amazon-de-voruebergehend-nicht-auf-lager",
    *amazon(
        "de",
        "B0BSHF7WHW",
        "Brita Wasserfilter-Kartusche MAXTRA PRO All-in-1, 6er Pack",
        "Brita",
        "39,99 €",
        _amz_avail(
            "Vorübergehend nicht auf Lager.",
            "a-color-price",
            "<br><span>Bestellen Sie jetzt und wir liefern, sobald der Artikel verfügbar ist. Sie erhalten "
            "vorab eine E-Mail mit dem voraussichtlichen Lieferdatum.</span>",
        ),
        "Brita Marella~24,99 €~|Brita Style~29,99 €~",
        ("Passt.",),
        "Marke=Brita|Anzahl=6",
    ),
    "BackOrder",
)
case(
    "amazon-de-nur-noch-wenige",
    *amazon(
        "de",
        "B09V3HN1KC",
        "LEGO 42143 Technic Ferrari Daytona SP3",
        "LEGO",
        "329,99 €",
        _amz_avail("Nur noch 3 auf Lager (mehr ist unterwegs).", "a-color-price"),
        "LEGO 42115 Lamborghini~349,99 €~Derzeit nicht verfügbar.|LEGO 42154 Ford GT~99,99 €~",
        ("Bei Erscheinen sofort ausverkauft gewesen, jetzt wieder da.",),
        "Marke=LEGO|Teile=3778",
    ),
    "InStock",
)
case(
    "amazon-fr-actuellement-indisponible",
    *amazon(
        "fr",
        "B07PXGQC1Q",
        "Apple AirPods avec boîtier de charge (2ᵉ génération)",
        "Apple",
        "",
        _amz_oos(
            "Actuellement indisponible.",
            "Nous ne savons pas quand cet article sera de nouveau approvisionné ni s'il le sera.",
        ),
        "Apple AirPods Pro 2~229,00 €~|Apple AirPods 4~149,00 €~",
        ("Très bon son.",),
        "Marque=Apple|Connectivité=Bluetooth",
        cart=False,
    ),
    "OutOfStock",
)
case(
    "amazon-fr-il-ne-reste-plus",
    *amazon(
        "fr",
        "B0B3DQZRCR",
        "Moulinex Cookeo+ Connect Multicuiseur intelligent 6 L",
        "Moulinex",
        "199,99 €",
        _amz_avail("Il ne reste plus que 2 exemplaire(s) en stock.", "a-color-price"),
        "Moulinex Easy Fry~79,99 €~Actuellement indisponible.|Seb Actifry~149,99 €~",
        ("Livré vite.",),
        "Marque=Moulinex|Capacité=6 litres",
    ),
    "InStock",
)
case(
    "amazon-fr-temporairement-rupture",
    *amazon(
        "fr",
        "B0CHX3QBCH",
        "Nintendo Switch Lite - Corail",
        "Nintendo",
        "219,99 €",
        _amz_avail(
            "Temporairement en rupture de stock.",
            "a-color-price",
            "<br><span>Commandez maintenant et nous vous livrerons cet article lorsqu'il sera disponible.</span>",
        ),
        "Nintendo Switch OLED~319,99 €~|Manette Pro~69,99 €~",
        ("Parfait pour ma fille.",),
        "Marque=Nintendo|Couleur=Corail",
    ),
    "BackOrder",
)
case(
    "amazon-it-disponibilita-immediata",
    *amazon(
        "it",
        "B0BDJH3V3Q",
        "De'Longhi Magnifica S ECAM22.110.B Macchina da caffè automatica",
        "De'Longhi",
        "299,99 €",
        _amz_avail("Disponibilità immediata"),
        "De'Longhi Dinamica~449,00 €~Attualmente non disponibile.|Philips 2200~279,00 €~",
        ("Ottima macchina.",),
        "Marca=De'Longhi|Colore=Nero",
    ),
    "InStock",
)
case(
    "amazon-it-attualmente-non-disponibile",
    *amazon(
        "it",
        "B09JQMJHXY",
        "Dyson V12 Detect Slim Absolute",
        "Dyson",
        "",
        _amz_oos(
            "Attualmente non disponibile.", "Non sappiamo se e quando l'articolo sarà di nuovo disponibile."
        ),
        "Dyson V15~699,00 €~|Dyson V8~349,00 €~",
        ("Aspira benissimo.",),
        "Marca=Dyson|Autonomia=60 minuti",
        cart=False,
    ),
    "OutOfStock",
)
case(
    "amazon-es-no-disponible",
    *amazon(
        "es",
        "B0B7BP6CJN",
        "Cecotec Robot Aspirador Conga 2290 Ultra",
        "Cecotec",
        "",
        _amz_oos(
            "No disponible por el momento.",
            "No sabemos cuándo ni si este producto volverá a estar disponible.",
        ),
        "Cecotec Conga 1990~149,00 €~|Roborock Q7~299,00 €~",
        ("Funciona bien.",),
        "Marca=Cecotec|Potencia=2100 Pa",
        cart=False,
    ),
    "OutOfStock",
)
case(
    "amazon-es-en-stock-recs-agotado",
    *amazon(
        "es",
        "B0CX23V2ZK",
        "Samsung Galaxy Tab S9 FE 128 GB Wi-Fi",
        "Samsung",
        "379,00 €",
        _amz_avail("En stock"),
        "Samsung Galaxy Tab A9~159,00 €~Agotado|Funda Book Cover~49,00 €~",
        ("Estuvo agotado semanas, por fin llegó.",),
        "Marca=Samsung|Memoria=128 GB",
    ),
    "InStock",
)
case(
    "amazon-jp-zaiko-kire",
    *amazon(
        "ja",
        "B0BQQ6VDL3",
        "アイリスオーヤマ 電気ケトル 1.0L IKE-C600T",
        "アイリスオーヤマ",
        "",
        _amz_oos("現在在庫切れです。", "この商品の再入荷予定は立っておりません。"),
        "ティファール ケトル~3,980円~|象印 電気ケトル~4,580円~",
        ("使いやすい。",),
        "ブランド=アイリスオーヤマ|容量=1リットル",
        cart=False,
    ),
    "OutOfStock",
)
case(
    "amazon-jp-yoyaku-chumon",
    *amazon(
        "ja",
        "B0DHJK2P9X",
        "ゼルダの伝説 ティアーズ オブ ザ キングダム 公式ガイドブック",
        "任天堂",
        "2,420円",
        _amz_avail(
            "この商品は2027/3/14に発売予定です。",
            "a-color-success",
            "<br><span>予約商品の価格保証は、注文確定～発売日の間の最低価格がお支払い金額となります。</span>",
        )
        + "<span class='a-button'><input id='buy-now-button' type='submit'><span class='a-button-text'>予約注文する</span></span>",
        "ゼルダの伝説 攻略本~1,980円~|amiibo リンク~2,200円~",
        (),
        "出版社=任天堂|発売日=2027/3/14",
        cart=False,
    ),
    "PreOrder",
)
case(
    "amazon-jp-tsujo-hassou",
    *amazon(
        "ja",
        "B07ZPKBL9V",
        "パナソニック ドライヤー ナノケア EH-NA0J-W",
        "パナソニック",
        "27,800円",
        _amz_avail("通常6~10日以内に発送します。"),
        "ダイソン Supersonic~49,500円~在庫切れ|パナソニック EH-NE6J~5,980円~",
        ("在庫切れだったけど入荷してすぐ買った。",),
        "ブランド=パナソニック|色=ホワイト",
    ),
    "InStock",
)
case(
    "amazon-in-usually-dispatched",
    *amazon(
        "in",
        "B0CHWV2WYK",
        "boAt Airdopes 141 Bluetooth TWS Earbuds",
        "boAt",
        "₹1,099.00",
        _amz_avail("Usually dispatched in 6 to 10 days."),
        "boAt Rockerz 450~₹1,499~Currently unavailable.|Noise Buds VS104~₹999~",
        ("Good bass.",),
        "Brand=boAt|Colour=Bold Black",
    ),
    "InStock",
)
case(
    "amazon-in-currently-unavailable",
    *amazon(
        "in",
        "B0BZ8TL9X3",
        "Prestige Iris 750 Watt Mixer Grinder with 3 Stainless Steel Jars",
        "Prestige",
        "",
        _amz_oos("Currently unavailable.", "We don't know when or if this item will be back in stock."),
        "Bajaj Rex 500W~₹2,099~|Philips HL7756~₹3,499~",
        ("Works well.",),
        "Brand=Prestige|Wattage=750 Watts",
        cart=False,
    ),
    "OutOfStock",
)
case(
    "amazon-in-temporarily-out-of-stock",
    *amazon(
        "in",
        "B0C9HX1ZK4",
        "Milton Thermosteel Flip Lid Flask, 1000 ml",
        "Milton",
        "₹899.00",
        _amz_avail(
            "Temporarily out of stock.",
            "a-color-price",
            "<br><span>We are working hard to be back in stock as soon as possible.</span>",
        ),
        "Milton Duo DLX~₹649~|Cello Flask~₹499~",
        ("Keeps water hot.",),
        "Brand=Milton|Capacity=1000 Millilitres",
    ),
    "BackOrder",
    xfail="OutOfStock: 'Temporarily out of stock.' beside a live cart, with no 'order now and we'll deliver' "
    "sentence (amazon-de-voruebergehend-nicht-auf-lager has one and reads BackOrder). A shop whose theme leaves "
    "the cart live on a sold-out item writes the same, so no rule was added (precision).",
)


# ---- Mercado Libre (AR, MX, BR) and a Tiendanube shop (AR) --------------------------------------


def meli(
    tld: str, lang: str, item: str, title: str, price: str, box: str, recs: str, extra: str = ""
) -> tuple[str, str]:
    """A Mercado Libre item page (ui-pdp-*): the buy box `box` holds the stock line, quantity picker
    and the "Comprar ahora" / "Agregar al carrito" actions (or what replaces them)."""
    url = f"https://articulo.mercadolibre.{tld}/{item}-_JM"
    header = (
        "<header class='nav-header'><a class='nav-logo' href='/'>Mercado Libre</a>"
        "<form class='nav-search' action='/jm/search'><input name='as_word' placeholder='Buscar productos, marcas y más…'>"
        "</form><nav class='nav-menu'><a href='/categorias'>Categorías</a> <a href='/ofertas'>Ofertas</a> "
        "<a href='/historial'>Historial</a> <a href='/supermercado'>Supermercado</a> <a href='/moda'>Moda</a> "
        "<a href='/vender'>Vender</a> <a href='/ayuda'>Ayuda</a></nav>"
        "<a href='/registration'>Creá tu cuenta</a> <a href='/login'>Ingresá</a> <a href='/mis-compras'>Mis compras</a>"
        "<a class='nav-cart' href='/gz/cart'>0</a></header>"
    )
    main = (
        "<div class='ui-pdp-container'><div class='ui-pdp-gallery'>"
        f"{gallery('http2.mlstatic.com', item, 5, 'ui-pdp-gallery__column')}</div>"
        "<div class='ui-pdp-container__col'><div class='ui-pdp-header'>"
        "<span class='ui-pdp-subtitle'>Nuevo  |  +1000 vendidos</span>"
        f"<h1 class='ui-pdp-title'>{title}</h1></div>"
        f"<div class='ui-pdp-price'><span class='andes-money-amount__fraction'>{price}</span></div>"
        "<p class='ui-pdp-media__title'>Mismo precio en 6 cuotas de $ 4.166</p>"
        f"{box}</div></div>"
    )
    after = (
        f"{extra}{cards('Quienes vieron este producto también compraron', recs, 'ui-recommendations-carousel')}"
        f"{specs('Marca=' + title.split()[0] + '|Modelo=' + item, 'Características del producto')}"
        "<section class='ui-pdp-description'><h2>Descripción</h2><p>Producto nuevo, original, con garantía.</p></section>"
        "<section class='ui-pdp-questions'><h2>Preguntas y respuestas</h2><p>¿Tenés stock? Sí, tenemos stock "
        "disponible, podés comprarlo.</p></section>"
        f"{reviews('Opiniones del producto', 'Excelente, llegó antes de lo esperado.')}"
    )
    footer = "<footer class='nav-footer'><a href='/ayuda'>Ayuda</a> <a href='/privacidad'>Privacidad</a> Copyright © 1999-2026</footer>"
    return url, doc(
        lang, f"{title} | MercadoLibre", header, crumbs("Electrónica", "Audio"), main, after, footer
    )


_MELI_QTY = (
    "<div class='ui-pdp-buybox__quantity'><span>Cantidad: </span><button class='andes-button ui-pdp-quantity'>"
    "1 unidad</button><span class='ui-pdp-buybox__quantity__available'>(+50 disponibles)</span></div>"
)
_MELI_ACTIONS = (
    "<div class='ui-pdp-actions'><form action='/gz/checkout/buy' method='post'>"
    "<button type='submit' class='andes-button andes-button--loud'><span class='andes-button__content'>Comprar ahora</span></button>"
    "</form><form action='/gz/cart/add' method='post'><button type='submit' class='andes-button andes-button--quiet'>"
    "<span class='andes-button__content'>Agregar al carrito</span></button></form></div>"
)

case(
    "meli-ar-stock-disponible-cantidad",
    *meli(
        "com.ar",
        "es",
        "MLA-1398124511",
        "Auriculares JBL Tune 520BT Bluetooth Negro",
        "$ 49.999",
        "<div class='ui-pdp-buybox'><p class='ui-pdp-stock-information__title'>Stock disponible</p>"
        + _MELI_QTY
        + _MELI_ACTIONS
        + "<p class='ui-pdp-seller'>Vendido por JBL TIENDA OFICIAL</p></div>",
        "JBL Tune 510BT~$ 39.999~|Sony WH-CH520~$ 54.999~",
    ),
    "InStock",
)
case(
    "meli-ar-publicacion-pausada",
    *meli(
        "com.ar",
        "es",
        "MLA-1120988712",
        "Zapatillas Adidas Grand Court 2.0 Blanco",
        "$ 89.999",
        "<div class='ui-pdp-buybox'><div class='andes-message andes-message--warning'><div class='andes-message__text'>"
        "<strong>Publicación pausada</strong><p>El vendedor pausó la venta de este producto por el momento.</p>"
        "</div></div><a class='andes-button andes-button--quiet' href='/jm/search?as_word=adidas+grand+court'>"
        "Ver productos similares</a></div>",
        "Adidas Advantage~$ 79.999~|Puma Smash~$ 69.999~",
    ),
    "OutOfStock",
)
case(
    "meli-mx-sin-stock-variante",
    *meli(
        "com.mx",
        "es",
        "MLM-2011876355",
        "Licuadora Oster Xpert Series 1.5 L BLSTPYG1210G",
        "$ 1,899",
        "<div class='ui-pdp-buybox'><div class='ui-pdp-variations'><p>Color: <span>Plata</span></p></div>"
        "<p class='ui-pdp-stock-information__title'>Sin stock</p>"
        "<p class='ui-pdp-stock-information__subtitle'>Este producto no está disponible por el momento.</p></div>",
        "Licuadora Nutribullet~$ 1,499~|Oster Clásica~$ 899~",
    ),
    "OutOfStock",
)
case(
    "meli-br-ultimo-disponivel",
    *meli(
        "com.br",
        "pt",
        "MLB-3312908771",
        "Fritadeira Elétrica Air Fryer Mondial 4L Preta",
        "R$ 329",
        "<div class='ui-pdp-buybox'><p class='ui-pdp-stock-information__title'>Último disponível!</p>"
        "<div class='ui-pdp-actions'><button type='submit' class='andes-button andes-button--loud'>Comprar agora</button>"
        "<button type='submit' class='andes-button andes-button--quiet'>Adicionar ao carrinho</button></div></div>",
        "Air Fryer Philco~R$ 299~|Air Fryer Britânia~R$ 279~",
    ),
    "InStock",
)


def tiendanube(title: str, price: str, form: str, recs: str) -> tuple[str, str]:
    """A Tiendanube (Nuvemshop) theme page: js-product-form with variants, quantity and the
    js-addtocart input whose value says "Agregar al carrito" or "Sin stock"."""
    url = "https://www.mitiendaderopa.com.ar/productos/" + title.lower().replace(" ", "-") + "/"
    header = (
        "<header class='js-head-main head-main'><div class='head-announcement'>ENVÍO GRATIS EN COMPRAS +$80.000</div>"
        "<a class='logo' href='/'><img src='//acdn.mitiendanube.com/stores/001/logo.png' alt='Mi Tienda'></a>"
        "<nav class='nav-desktop'><a href='/remeras/'>Remeras</a> <a href='/buzos/'>Buzos</a> "
        "<a href='/sale/'>SALE</a> <a href='/contacto/'>Contacto</a></nav><a href='/comprar/' class='js-cart'>Carrito (0)</a></header>"
    )
    main = (
        "<div id='single-product' class='js-product-detail'><div class='product-images'>"
        f"{gallery('acdn.mitiendanube.com', 'buzo-oversize', 3)}</div><div class='product-info'>"
        f"<h1 class='js-product-name'>{title}</h1><div class='price-container'><span id='price_display' "
        f"class='js-price-display'>{price}</span><span class='js-installments'>3 cuotas sin interés</span></div>"
        f"<form id='product_form' class='js-product-form' method='post' action='/comprar/'>{form}</form>"
        "<div class='js-shipping-calculator'><p>Medios de envío</p><input placeholder='Tu código postal'></div></div></div>"
    )
    after = (
        "<div class='product-description'><h3>Descripción</h3><p>Buzo oversize de frisa invisible. "
        "Talle único.</p></div>" + cards("Productos relacionados", recs)
    )
    footer = "<footer class='js-footer'><p>Medios de pago</p><p>Creado con Tiendanube</p></footer>"
    return url, doc(
        "es", f"{title} - Comprar en Mi Tienda", header, crumbs("Inicio", "Buzos"), main, after, footer
    )


case(
    "tiendanube-ar-sin-stock-input",
    *tiendanube(
        "Buzo Oversize Frisa Gris",
        "$38.500,00",
        "<div class='js-product-variants'><label>Color</label><select class='js-variation-option'><option>Gris</option>"
        "</select></div><div class='form-quantity'><input type='number' value='1' min='1'></div>"
        "<input type='submit' class='js-addtocart js-prod-submit-form btn btn-primary nostock' value='Sin stock' disabled>",
        "Buzo Canguro Negro~$41.000,00~SIN STOCK|Remera Básica~$15.900,00~",
    ),
    "OutOfStock",
)
case(
    "tiendanube-ar-agregar-recs-sin-stock",
    *tiendanube(
        "Buzo Oversize Frisa Negro",
        "$38.500,00",
        "<div class='js-product-variants'><label>Color</label><select class='js-variation-option'><option>Negro</option>"
        "</select></div><div class='form-quantity'><input type='number' value='1' min='1'></div>"
        "<input type='submit' class='js-addtocart js-prod-submit-form btn btn-primary cart' value='Agregar al carrito'>",
        "Buzo Canguro Gris~$41.000,00~SIN STOCK|Jogger Frisa~$32.000,00~SIN STOCK|Remera Básica~$15.900,00~",
    ),
    "InStock",
)


# ---- Shopee (VN, TW, MY), Lazada (PH, SG), Tokopedia ---------------------------------------------


def shopee(
    tld: str, lang: str, title: str, price: str, box: str, recs: str, words: tuple[str, str, str]
) -> tuple[str, str]:
    """A Shopee item page (server-rendered copy): header search, the product briefing with price,
    variation buttons, quantity with "N pieces available" and the two buttons in `box`; shop card;
    "From the same shop" and "You may also like" strips; ratings."""
    shop_h, also_h, rate_h = words
    url = f"https://shopee.{tld}/{title.replace(' ', '-')}-i.81231.2344891"
    header = (
        "<header class='shopee-top'><div class='navbar'><a href='/seller'>Seller Centre</a> <a href='/help'>Help</a> "
        "<a href='/buyer/login'>Login</a></div><a class='header-with-search__logo' href='/'>Shopee</a>"
        "<form class='shopee-searchbar'><input class='shopee-searchbar-input__input'><button>🔍</button></form>"
        "<a class='cart-drawer' href='/cart'>0</a></header>"
    )
    main = (
        f"<section class='product-briefing'>{gallery('down-vn.img.susercontent.com', 'vn-11134207', 5)}"
        f"<section class='flex-auto'><h1 class='vR6K3w'>{title}</h1><div class='flex'><span>4.9</span>"
        f"<span>12,4k Sold</span></div><div class='IZPeQz'>{price}</div>{box}</section></section>"
        "<section class='page-product__shop'><div class='shop-name'>Official Store</div><span>Chat Now</span>"
        "<a href='/shop'>View Shop</a></section>"
    )
    after = (
        specs("Brand=" + title.split()[0] + "|Ships From=Hà Nội", "Product Specifications")
        + cards(shop_h, recs)
        + cards(also_h, recs.replace("|", "|x ").replace("~", "~", 1))
        + reviews(rate_h, "Hàng đẹp, giao nhanh.", "Đóng gói cẩn thận.")
    )
    footer = "<footer class='shopee-footer'><p>© 2026 Shopee. All rights reserved</p></footer>"
    return url, doc(
        lang, f"{title} | Shopee", header, crumbs("Shopee", "Thiết Bị Điện Tử"), main, after, footer
    )


case(
    "shopee-vn-san-pham-co-san",
    *shopee(
        "vn",
        "vi",
        "Tai nghe Bluetooth Xiaomi Redmi Buds 5",
        "₫599.000",
        "<div class='product-variation'><button class='product-variation product-variation--selected'>Đen</button>"
        "<button class='product-variation'>Trắng</button><button class='product-variation product-variation--disabled' "
        "aria-disabled='true'>Xanh</button></div><div class='quantity'><span>Số Lượng</span><button>-</button>"
        "<input value='1'><button>+</button><div>127 sản phẩm có sẵn</div></div>"
        "<div class='buttons'><button class='btn btn-tinted btn--l'>Thêm Vào Giỏ Hàng</button>"
        "<button class='btn btn-solid-primary btn--l'>Mua Ngay</button></div>",
        "Redmi Buds 4 Active~₫349.000~Hết hàng|Ốp Lưng AirPods~₫39.000~",
        ("CÁC SẢN PHẨM KHÁC CỦA SHOP", "CÓ THỂ BẠN CŨNG THÍCH", "ĐÁNH GIÁ SẢN PHẨM"),
    ),
    "InStock",
)
case(
    "shopee-tw-yi-shou-wan",
    *shopee(
        "tw",
        "zh-Hant",
        "日本製 無印良品 超音波芬香噴霧器",
        "$1,290",
        "<div class='quantity'><span>數量</span><button disabled>-</button><input value='1' disabled>"
        "<button disabled>+</button><div>商品已售完</div></div><div class='buttons'>"
        "<button class='btn btn-tinted btn--l' disabled aria-disabled='true'>加入購物車</button>"
        "<button class='btn btn-solid-primary btn--l' disabled aria-disabled='true'>直接購買</button></div>",
        "擴香精油~$390~|香氛石~$250~已售完",
        ("賣場的其他好物", "猜你喜歡", "商品評價"),
    ),
    "OutOfStock",
)
case(
    "shopee-my-pieces-available-recs-sold-out",
    *shopee(
        "com.my",
        "en",
        "Philips Essential Air Fryer HD9200 4.1L",
        "RM229.00",
        "<div class='quantity'><span>Quantity</span><button>-</button><input value='1'><button>+</button>"
        "<div>1204 pieces available</div></div><div class='buttons'>"
        "<button class='btn btn-tinted btn--l'>Add To Cart</button><button class='btn btn-solid-primary btn--l'>Buy Now</button></div>",
        "Philips Airfryer XL~RM459.00~Sold Out|Baking Paper~RM9.90~Sold Out|Silicone Pot~RM15.90~",
        ("FROM THE SAME SHOP", "YOU MAY ALSO LIKE", "PRODUCT RATINGS"),
    ),
    "InStock",
)


def lazada(tld: str, title: str, price: str, box: str, recs: str) -> tuple[str, str]:
    """A Lazada pdp: pdp-block__main-information with price, quantity and the "Buy Now" / "Add to
    Cart" buttons (or a disabled "Out of Stock"); delivery options; "From The Same Store" strip."""
    url = f"https://www.lazada.{tld}/products/{title.lower().replace(' ', '-')}-i3344556677.html"
    header = (
        "<header id='topActionHeader'><a href='/'>LAZADA</a><form id='topActionSearch'><input name='q' "
        "placeholder='Search in Lazada'></form><a href='/customer/account/login'>Login</a> "
        "<a href='/cart'>Cart</a></header><nav class='lzd-site-menu'><a href='/shop-electronics'>Electronic "
        "Devices</a> <a href='/shop-home'>Home &amp; Living</a> <a href='/flash-sale'>Flash Sale</a></nav>"
    )
    main = (
        f"<div id='module_item_gallery_1'>{gallery('img.lazcdn.com', 'lzd-pdp', 4)}</div>"
        f"<div class='pdp-block__main-information'><h1 class='pdp-mod-product-badge-title'>{title}</h1>"
        f"<div class='pdp-product-price'><span class='pdp-price pdp-price_type_normal'>{price}</span></div>{box}</div>"
        "<div id='module_seller_delivery'><div class='delivery__header'>Delivery Options</div>"
        "<div>Standard Delivery 3 - 7 day(s)</div><div>Cash on Delivery Available</div></div>"
    )
    after = (
        specs("Brand=" + title.split()[0] + "|Warranty Type=Local Supplier Warranty", "Specifications")
        + cards("From The Same Store", recs)
        + reviews("Ratings &amp; Reviews", "Fast delivery, item as described.")
    )
    footer = "<footer class='lzd-footer'><p>Customer Care</p><p>© Lazada 2026</p></footer>"
    return url, doc(
        "en", f"{title} | Lazada PH", header, crumbs("Home", "Electronic Devices"), main, after, footer
    )


case(
    "lazada-ph-out-of-stock-price-shown",
    *lazada(
        "com.ph",
        "Xiaomi Smart Band 8 Active",
        "₱1,299.00",
        "<div class='pdp-mod-product-info-section sku-quantity-selection'><h6>Quantity</h6>"
        "<div class='next-number-picker'><input value='1' disabled></div></div>"
        "<div class='pdp-cart-concern'><button class='add-to-cart-buy-now-btn pdp-button_theme_grey' disabled>"
        "<span class='pdp-button-text'>Out of Stock</span></button></div>",
        "Xiaomi Band 8 Strap~₱199.00~|Redmi Watch 3~₱2,999.00~",
    ),
    "OutOfStock",
)
case(
    "lazada-sg-quantity-and-buttons-only",
    *lazada(
        "sg",
        "Tefal Ultimate Steam Iron FV9845",
        "$129.00",
        "<div class='pdp-mod-product-info-section sku-quantity-selection'><h6>Quantity</h6>"
        "<div class='next-number-picker'><button>-</button><input value='1'><button>+</button></div></div>"
        "<div class='pdp-cart-concern'><button class='add-to-cart-buy-now-btn pdp-button_theme_yellow'>"
        "<span class='pdp-button-text'>Buy Now</span></button><button class='add-to-cart-buy-now-btn "
        "pdp-button_theme_orange'><span class='pdp-button-text'>Add to Cart</span></button></div>",
        "Tefal Ironing Board~$89.00~Out of Stock|Tefal Descaler~$12.90~",
    ),
    "InStock",
)


def tokopedia(title: str, price: str, box: str, recs: str) -> tuple[str, str]:
    """A Tokopedia PDP: title, price, variant chips, the sticky "Atur jumlah dan catatan" panel with
    the stock count and "+ Keranjang" / "Beli Langsung" (or "Stok habis" and "Ingatkan Saya")."""
    url = "https://www.tokopedia.com/tokoresmi/" + title.lower().replace(" ", "-")
    header = (
        "<header class='css-header'><a href='/' aria-label='Tokopedia'>tokopedia</a><div>Kategori</div>"
        "<input type='search' placeholder='Cari di Tokopedia'><a href='/cart'>Keranjang</a> <a href='/login'>Masuk</a>"
        " <a href='/register'>Daftar</a></header>"
    )
    main = (
        f"<div data-testid='PDPImageMain'>{gallery('images.tokopedia.net', 'prod-tokped', 4)}</div>"
        f"<div data-testid='lblPDPDetailProductName'><h1>{title}</h1></div><div>Terjual 2 rb+ · ⭐ 4.9</div>"
        f"<div data-testid='lblPDPDetailProductPrice' class='price'>{price}</div>"
        "<div data-testid='pdpVariantTitle'>Pilih warna: <b>Hitam</b></div><div class='css-variants'>"
        "<button data-testid='btnVariantChip'>Hitam</button><button data-testid='btnVariantChip'>Putih</button></div>"
        "<div data-testid='lblPDPDetailProductDescription'><h2>Detail</h2><p>Kondisi: Baru · Min. Pemesanan: 1 Buah "
        "· Etalase: Semua Etalase</p></div>"
        f"<div data-testid='pdpFloatingActions' class='css-sticky'><h6>Atur jumlah dan catatan</h6>{box}</div>"
    )
    after = cards("Lainnya di toko ini", recs) + reviews(
        "ULASAN PEMBELI", "Barang original, pengiriman cepat."
    )
    footer = "<footer><p>© 2009-2026, PT Tokopedia</p></footer>"
    return url, doc(
        "id", f"Jual {title} | Tokopedia", header, crumbs("Beranda", "Elektronik"), main, after, footer
    )


case(
    "tokopedia-stok-sisa-keranjang",
    *tokopedia(
        "Logitech MX Master 3S Wireless Mouse",
        "Rp1.499.000",
        "<div class='css-qty'><button aria-label='Kurangi'>-</button><input value='1'><button aria-label='Tambah'>+</button>"
        "<p>Stok: <b>Sisa 3</b></p></div><p>Subtotal Rp1.499.000</p>"
        "<button data-testid='pdpBtnNormalPrimary' class='css-btn'>+ Keranjang</button>"
        "<button data-testid='pdpBtnNormalSecondary' class='css-btn'>Beli Langsung</button>",
        "Logitech Pebble~Rp249.000~Stok habis|Logitech K380~Rp449.000~",
    ),
    "InStock",
)
case(
    "tokopedia-stok-habis-ingatkan",
    *tokopedia(
        "Xiaomi Robot Vacuum E10",
        "Rp2.199.000",
        "<div class='css-qty'><p>Stok <b>Habis</b></p></div>"
        "<p>Produk ini sedang tidak tersedia. Kami akan mengingatkanmu saat stok tersedia kembali.</p>"
        "<button data-testid='pdpBtnRemindMe' class='css-btn'>Ingatkan Saya</button>",
        "Xiaomi Mop 2~Rp3.199.000~|Filter E10~Rp99.000~",
    ),
    "OutOfStock",
)


# ---- Japan: Rakuten shops, Yodobashi, a MakeShop store ------------------------------------------


def jp_shop(
    host: str, title: str, price: str, box: str, recs: str, shop: str = "楽天市場"
) -> tuple[str, str]:
    """A Japanese shop page: header with a category menu that carries "予約商品" / "再入荷" links,
    item name, price with tax, the cart block `box`, a 商品情報 table, レビュー and 関連商品 strip."""
    url = f"https://{host}/item/{len(title) * 7919}/"
    header = (
        f"<header id='header'><a href='/' class='logo'>{shop}</a><form action='/search'><input name='sitem'>"
        "<button>検索</button></form><ul class='gnav'><li><a href='/new/'>新着商品</a></li><li><a href='/restock/'>"
        "再入荷</a></li><li><a href='/reserve/'>予約商品</a></li><li><a href='/sale/'>セール</a></li></ul>"
        "<a href='/cart/'>買い物かご</a> <a href='/mypage/'>マイページ</a></header>"
    )
    main = (
        f"<div class='item-image'>{gallery(host, 'item', 4)}</div><div class='item-info'>"
        f"<h1 class='item_name'>{title}</h1><div class='price2'><span class='price'>{price}</span>"
        "<span class='tax'>(税込) 送料無料</span></div><p class='point'>獲得ポイント 1%</p>"
        f"<div id='cart'>{box}</div></div>"
    )
    after = (
        specs("メーカー=" + title.split()[0] + "|JANコード=4901234567894|配送方法=宅配便", "商品情報")
        + "<section class='shipping'><h2>配送について</h2><p>在庫切れの場合はメールにてご連絡いたします。予約商品は"
        "発売日以降の発送となります。</p></section>"
        + reviews("レビュー", "すぐ届きました。", "売り切れ前に買えてよかったです。")
        + cards("この商品を見た人はこんな商品も見ています", recs)
    )
    footer = "<footer id='footer'><a href='/guide/'>ご利用ガイド</a> <a href='/company/'>会社概要</a><p>Copyright © 2026</p></footer>"
    return url, doc("ja", f"【楽天市場】{title}", header, crumbs("ホーム", "家電"), main, after, footer)


_JP_QTY = "<div class='quantity'><span>数量</span><input type='number' name='units' value='1' min='1'></div>"

case(
    "rakuten-jp-nyuka-machi-no-cart",
    *jp_shop(
        "item.rakuten.co.jp",
        "タイガー 魔法瓶 真空断熱ボトル 600ml MCZ-S060",
        "3,280円",
        "<p class='soldout_msg'>ただいま入荷待ちです</p><p>再入荷のお知らせを受け取るには、下のボタンから登録してください。</p>"
        "<a class='restock-button' href='/restock/notice'>再入荷お知らせ</a>",
        "象印 ステンレスマグ~2,980円~売り切れ|サーモス 水筒~3,480円~",
    ),
    "OutOfStock",
)
case(
    "rakuten-jp-otoriyose-cart",
    *jp_shop(
        "item.rakuten.co.jp",
        "マキタ 充電式クリーナー CL107FDSHW",
        "12,980円",
        "<p class='stock'>在庫状況：お取り寄せ（ご注文後3～5営業日で発送）</p>"
        + _JP_QTY
        + "<button type='submit' class='cart-button new_addToCart'>買い物かごに入れる</button>",
        "マキタ 紙パック~980円~|マキタ バッテリー BL1015~6,980円~在庫切れ",
    ),
    "BackOrder",
)
case(
    "yodobashi-yoyaku-uketsukechu",
    *jp_shop(
        "www.yodobashi.com",
        "ソニー ワイヤレスノイズキャンセリングヘッドホン WH-1000XM6",
        "59,400円",
        "<div class='salesInfo'><p class='js_salesInfo'><span class='red'>予約受付中</span></p>"
        "<p>発売日：2027年03月14日</p><p>お届け日：発売日にお届けします</p></div>"
        + _JP_QTY
        + "<a class='yBtnAddCart js_addCart' href='#'><span>予約する</span></a>",
        "ソニー WF-1000XM5~41,800円~販売休止中です|ソニー WH-CH720N~14,300円~",
        "ヨドバシ.com",
    ),
    "PreOrder",
)
case(
    "yodobashi-zaiko-zansho",
    *jp_shop(
        "www.yodobashi.com",
        "パナソニック ドラム式洗濯乾燥機 NA-LX129C",
        "398,000円",
        "<div class='salesInfo'><p class='js_salesInfo'><span class='green'>在庫残少</span> ご注文はお早めに</p>"
        "<p>お届け日：最短 12月4日</p></div>"
        + _JP_QTY
        + "<a class='yBtnAddCart js_addCart' href='#'><span>ショッピングカートに入れる</span></a>",
        "日立 ビッグドラム~328,000円~販売休止中です|シャープ ES-X12C~299,800円~予約受付中",
        "ヨドバシ.com",
    ),
    "InStock",
)
case(
    "yodobashi-hanbai-shuryo",
    *jp_shop(
        "www.yodobashi.com",
        "キヤノン デジタル一眼レフカメラ EOS Kiss X10",
        "",
        "<div class='salesInfo'><p class='js_salesInfo'><span class='gray'>販売を終了しました</span></p></div>",
        "キヤノン EOS R10~128,700円~|キヤノン EOS R50~99,000円~",
        "ヨドバシ.com",
    ),
    # was a strict xfail until stop 38 (no product read: its gallery's 800 px pictures in a list named
    # "thumbs" scored under the 3 a priceless page needs); a picture declared 250 px or more is no
    # thumbnail by its name now (photos._thumbnail, tests/crawler/test_fake_shop_pages.py)
    "OutOfStock",
)
case(
    "makeshop-jp-cart-and-quantity-only",
    *jp_shop(
        "www.kitchen-tools.jp",
        "南部鉄器 岩鋳 急須 アラレ 0.65L",
        "8,800円",
        "<form name='form1' action='/shop/basket.html' method='post'>"
        + _JP_QTY
        + "<input type='submit' class='btn-cart' value='カートに入れる'></form>"
        "<p>ギフト包装承ります</p>",
        "岩鋳 鉄瓶~16,500円~SOLD OUT|茶こし~1,100円~",
        "キッチンツールズ",
    ),
    "InStock",
)


# ---- Korea: Coupang, Naver Smart Store --------------------------------------------------------


def kr_shop(host: str, title: str, price: str, box: str, recs: str) -> tuple[str, str]:
    url = f"https://{host}/vp/products/7712340981"
    header = (
        "<header id='header'><a href='/' class='coupang-logo'>쿠팡</a><div class='category-btn'>카테고리</div>"
        "<form><input placeholder='찾고 싶은 상품을 검색해보세요!'></form><a href='/mypage'>마이쿠팡</a> "
        "<a href='/cart'>장바구니</a></header>"
    )
    main = (
        f"<div class='prod-image'>{gallery('thumbnail.coupangcdn.com', 'vendor_inventory', 4)}</div>"
        f"<div class='prod-buy'><h1 class='prod-buy-header__title'>{title}</h1>"
        f"<div class='prod-price'><span class='total-price'><strong>{price}</strong></span></div>{box}</div>"
    )
    after = (
        specs("브랜드=" + title.split()[0] + "|제조국=대한민국", "필수 표기정보")
        + cards("다른 고객이 함께 본 상품", recs)
        + reviews("상품평", "배송 빠르고 좋아요.", "한동안 품절이었는데 재입고돼서 샀어요.")
    )
    footer = "<footer><p>쿠팡(주) 사업자등록번호 120-88-00767</p></footer>"
    return url, doc("ko", f"{title} - 쿠팡!", header, crumbs("쿠팡 홈", "가전디지털"), main, after, footer)


case(
    "coupang-jangbaguni-recs-pumjeol",
    *kr_shop(
        "www.coupang.com",
        "삼성전자 갤럭시 버즈3 프로 SM-R630",
        "289,000원",
        "<div class='prod-shipping-fee'>무료배송</div><div class='prod-pdd'>내일(목) 12/3 도착 보장</div>"
        "<div class='prod-quantity__form'><input class='prod-quantity__input' value='1'></div>"
        "<div class='prod-buy-btn-wrap'><button class='prod-cart-btn'>장바구니 담기</button>"
        "<button class='prod-buy-btn'>바로구매 &gt;</button></div>",
        "갤럭시 버즈3~219,000원~일시품절|버즈 케이스~12,900원~품절",
    ),
    "InStock",
)
case(
    "naver-smartstore-gumae-bulga",
    *kr_shop(
        "smartstore.naver.com",
        "무인양품 초음파 아로마 디퓨저",
        "69,000원",
        "<div class='_2-uvQuRWK5'>이 상품은 현재 구매하실 수 없는 상품입니다.</div>"
        "<div class='buy_area'><a class='OgETmrvExa N=a:pcs.buy' aria-disabled='true'>구매하기</a>"
        "<a class='_3A1KPrfdT3'>찜하기</a></div>",
        "아로마 오일~15,000원~|디퓨저 스틱~9,900원~",
    ),
    "OutOfStock",
)
case(
    "coupang-ilsi-pumjeol-jaeipgo",
    *kr_shop(
        "www.coupang.com",
        "필립스 에어프라이어 HD9252",
        "129,000원",
        "<div class='prod-not-find-known__buy__button'>일시품절</div><div class='oos-label'>"
        "현재 일시품절된 상품입니다. 재입고 시 알림을 받아보세요.</div><button class='prod-restock-notification'>"
        "재입고 알림 신청</button>",
        "필립스 에어프라이어 XXL~389,000원~|종이호일~9,900원~",
    ),
    "OutOfStock",
)


# ---- Taiwan: PChome 24h, momo -------------------------------------------------------------------


def tw_shop(host: str, title: str, price: str, box: str, recs: str) -> tuple[str, str]:
    url = f"https://{host}/prod/DYAJ9Z-A900G4K2Y"
    header = (
        "<header class='c-header'><a href='/' class='logo'>24h購物</a><form><input placeholder='搜尋商品'></form>"
        "<nav><a href='/region/3C'>3C</a> <a href='/region/home'>家電</a> <a href='/region/preorder'>預購專區</a> "
        "<a href='/region/restock'>補貨到</a></nav><a href='/cart'>購物車</a></header>"
    )
    main = (
        f"<div class='c-prodImg'>{gallery(host, 'prod', 4)}</div><div class='c-prodInfo'>"
        f"<h1 class='o-prodMainName'>{title}</h1><div class='o-prodPrice'><span>網路價</span><b>{price}</b></div>"
        f"<ul class='c-spec'><li>24h到貨</li><li>可分期0利率</li></ul>{box}</div>"
    )
    after = (
        specs("品牌=" + title.split()[0] + "|保固=原廠一年", "商品規格")
        + cards("看了此商品的人也看了", recs)
        + reviews("商品評價", "出貨很快。")
    )
    footer = "<footer><p>網路家庭國際資訊股份有限公司</p></footer>"
    return url, doc(
        "zh-Hant", f"{title} - PChome 24h購物", header, crumbs("首頁", "家電"), main, after, footer
    )


case(
    "pchome-shoumai-buhuo",
    *tw_shop(
        "24h.pchome.com.tw",
        "Dyson Supersonic HD15 吹風機 桃紅色",
        "$15,900",
        "<div class='c-btnBox'><button class='btn btn--gray' disabled>售完，補貨中！</button>"
        "<button class='btn btn--line'>貨到通知我</button></div>",
        "Dyson Airwrap~$19,900~|Panasonic 吹風機~$5,990~售完，補貨中！",
    ),
    "OutOfStock",
)
case(
    "momo-yugou-chuhuo-ri",
    *tw_shop(
        "www.momoshop.com.tw",
        "Nintendo Switch 2 瑪利歐賽車世界 同捆組",
        "$17,480",
        "<p class='preorder'>【預購】預計出貨日：2027/01/15</p><div class='quantity'>數量<select><option>1</option>"
        "</select></div><div class='c-btnBox'><a class='buynow' href='#'>立即預購</a></div>",
        "Switch Pro 控制器~$2,190~已售完|Switch 保護貼~$299~",
    ),
    "PreOrder",
)
case(
    "pchome-liji-goumai-recs-shoumai",
    *tw_shop(
        "24h.pchome.com.tw",
        "象印 微電腦熱水瓶 CD-NAF40",
        "$3,990",
        "<div class='quantity'>數量<select><option>1</option><option>2</option></select></div>"
        "<div class='c-btnBox'><button class='btn btn--orange'>加入購物車</button>"
        "<button class='btn btn--red'>立即購買</button></div>",
        "象印 熱水瓶 5L~$4,990~售完，補貨中！|虎牌 熱水瓶~$3,690~售完，補貨中！",
    ),
    "InStock",
)


# ---- Europe, Russia, Kazakhstan, Turkey, India: marketplace pages ---------------------------------


def market(
    lang: str, url: str, shop: str, nav: str, title: str, price: str, box: str, spec_rows: str, spec_h: str,
    recs: str, recs_h: str, rev_h: str, review_texts: tuple[str, ...], foot: str,
) -> tuple[str, str]:  # fmt: skip
    """A marketplace product page: header with `nav` category links, title, rating, price, the buy
    block `box` (stock line, seller, delivery, buttons or what replaces them), spec table, a
    recommendation strip and reviews, and the shop's footer line `foot`."""
    links = "".join(f"<a href='/c/{i}'>{n}</a> " for i, n in enumerate(nav.split("|")))
    host = url.split("/")[2]
    header = (
        f"<header class='header'><a class='logo' href='/'>{shop}</a><form class='search' action='/search'>"
        f"<input type='search' name='q'><button type='submit'>🔍</button></form><nav class='catalog-menu'>{links}</nav>"
        "<a class='header-cart' href='/cart'>🛒 0</a></header>"
    )
    main = (
        f"<div class='product-page'><div class='product-gallery-wrap'>{gallery(host, 'p' + str(len(title)), 5)}</div>"
        f"<div class='product-summary'><h1 class='product-title'>{title}</h1><div class='rating'>★ 4.8 · 1 204</div>"
        f"<div class='product-price'><span class='price-current'>{price}</span></div>{box}</div></div>"
    )
    after = specs(spec_rows, spec_h) + cards(recs_h, recs) + reviews(rev_h, *review_texts)
    footer = f"<footer class='footer'><p>{foot}</p></footer>"
    return url, doc(lang, f"{title} – {shop}", header, crumbs(*nav.split("|")[:2]), main, after, footer)


case(
    "allegro-kup-teraz-z-sztuk",
    *market(
        "pl",
        "https://allegro.pl/oferta/odkurzacz-pionowy-dreame-h12-pro-13311220987",
        "Allegro",
        "Elektronika|Dom i Ogród|Moda|Strefa okazji|Allegro Smart!",
        "Odkurzacz pionowy Dreame H12 Pro 300 W",
        "1 299,00 zł",
        "<div data-box-name='summaryOneColumn'><p>Dostawa od 0 zł z Allegro Smart!</p><p>dostawa we wtorek</p>"
        "<div class='quantity'><label for='quantity'>Liczba sztuk</label><input id='quantity' type='number' value='1'>"
        "<span>z 25 sztuk</span></div><button data-analytics-interaction-label='addToCart' class='mgn2_14'>"
        "Dodaj do koszyka</button><button data-analytics-interaction-label='BuyNow' class='mgn2_14'>Kup teraz</button></div>",
        "Marka=Dreame|Moc=300 W|Stan=Nowy",
        "Parametry",
        "Dreame H11 Max~999,00 zł~Oferta zakończona|Filtr HEPA~49,00 zł~",
        "Podobne oferty",
        "Oceny produktu",
        ("Szybka wysyłka, polecam.",),
        "© 2026 Allegro.pl sp. z o.o.",
    ),
    "InStock",
)
case(
    "allegro-oferta-zakonczona",
    *market(
        "pl",
        "https://allegro.pl/oferta/konsola-sony-playstation-5-slim-1tb-14982211005",
        "Allegro",
        "Elektronika|Dom i Ogród|Moda|Strefa okazji|Allegro Smart!",
        "Konsola Sony PlayStation 5 Slim 1 TB",
        "2 199,00 zł",
        "<div data-box-name='summaryOneColumn'><div class='msts_pt'><h2>Sprzedaż zakończona</h2>"
        "<p>Ta oferta jest już niedostępna. Zobacz inne oferty tego produktu.</p></div>"
        "<a href='/produkt/konsola-ps5-slim'>Zobacz inne oferty</a></div>",
        "Marka=Sony|Pojemność dysku=1 TB",
        "Parametry",
        "PS5 Pad DualSense~299,00 zł~|PS5 Slim Digital~1 899,00 zł~",
        "Inne oferty tego produktu",
        "Oceny produktu",
        ("Wszystko ok.",),
        "© 2026 Allegro.pl sp. z o.o.",
    ),
    "OutOfStock",
)
case(
    "ozon-tovar-zakonchilsya",
    *market(
        "ru",
        "https://www.ozon.ru/product/naushniki-jbl-tune-720bt-chernyy-1155873211/",
        "OZON",
        "Каталог|Ozon fresh|Одежда|Электроника|Premium|Распродажа",
        "Наушники беспроводные JBL Tune 720BT, черный",
        "5 990 ₽",
        "<div data-widget='webOutOfStock'><h2>Этот товар закончился</h2><p>Но мы можем сообщить, когда он "
        "появится снова</p><button class='b2121-a0'>Узнать о поступлении</button></div>"
        "<div data-widget='webAddToFavorite'><button>В избранное</button></div>",
        "Бренд=JBL|Тип подключения=Bluetooth",
        "Характеристики",
        "JBL Tune 520BT~3 490 ₽~|Sony WH-CH520~4 190 ₽~",
        "Похожие товары",
        "Отзывы о товаре",
        ("Отличный звук.",),
        "© 1998 – 2026 ООО «Интернет Решения»",
    ),
    "OutOfStock",
)
case(
    "ozon-ostalos-shtuk-recs-net-v-nalichii",
    *market(
        "ru",
        "https://www.ozon.ru/product/chaynik-elektricheskiy-xiaomi-mi-smart-kettle-2-1022347711/",
        "OZON",
        "Каталог|Ozon fresh|Одежда|Электроника|Premium|Распродажа",
        "Чайник электрический Xiaomi Mi Smart Kettle 2, белый",
        "3 290 ₽",
        "<div data-widget='webPrice'><span>с Ozon Картой 3 190 ₽</span></div>"
        "<div data-widget='webStock'>Осталось 3 шт</div><div data-widget='webAddToCart'>"
        "<button class='b2121-a0'>Добавить в корзину</button></div><div data-widget='webOneClickButton'>"
        "<button>Купить в 1 клик</button></div><div data-widget='webDelivery'>Доставка Ozon, завтра</div>",
        "Бренд=Xiaomi|Объем=1,7 л",
        "Характеристики",
        "Xiaomi Kettle Pro~4 590 ₽~Нет в наличии|Фильтр для воды~690 ₽~Нет в наличии",
        "Рекомендуем также",
        "Отзывы о товаре",
        ("Пришёл быстро.",),
        "© 1998 – 2026 ООО «Интернет Решения»",
    ),
    "InStock",
)
case(
    "ozon-predzakaz",
    *market(
        "ru",
        "https://www.ozon.ru/product/igra-ghost-of-yotei-ps5-1671223009/",
        "OZON",
        "Каталог|Ozon fresh|Одежда|Электроника|Premium|Распродажа",
        "Игра Ghost of Yōtei (PS5, русская версия)",
        "6 999 ₽",
        "<div data-widget='webPreorder'><p>Предзаказ. Поступит в продажу 14 марта 2027</p></div>"
        "<div data-widget='webAddToCart'><button class='b2121-a0'>Оформить предзаказ</button></div>",
        "Платформа=PlayStation 5|Дата выхода=14.03.2027",
        "Характеристики",
        "Геймпад DualSense~6 490 ₽~|Ghost of Tsushima~3 999 ₽~",
        "Похожие товары",
        "Отзывы о товаре",
        (),
        "© 1998 – 2026 ООО «Интернет Решения»",
    ),
    "PreOrder",
)
case(
    "wildberries-net-v-nalichii-cena",
    *market(
        "ru",
        "https://www.wildberries.ru/catalog/184522901/detail.aspx",
        "Wildberries",
        "Женщинам|Мужчинам|Обувь|Детям|Дом|Электроника",
        "Кроссовки New Balance 574 Classic",
        "8 990 ₽",
        "<div class='sizes-list'><label class='sizes-list__item sizes-list__item--disabled'>41</label>"
        "<label class='sizes-list__item sizes-list__item--disabled'>42</label></div>"
        "<div class='product-page__order'><p class='sold-out-product__text'>Нет в наличии</p>"
        "<button class='btn-main'>Сообщить о поступлении</button></div>",
        "Бренд=New Balance|Цвет=серый",
        "Характеристики",
        "New Balance 327~9 490 ₽~|Nike Air Max~11 990 ₽~",
        "Смотрите также",
        "Отзывы",
        ("Размер подошёл.",),
        "© Wildberries 2004–2026",
    ),
    "OutOfStock",
)
case(
    "kaspi-kk-sebetke-qosu",
    *market(
        "kk",
        "https://kaspi.kz/shop/p/apple-iphone-15-128gb-chernyi-113137790/?c=750000000&l=kk",
        "Kaspi.kz",
        "Смартфондар|Тұрмыстық техника|Сән|Үй|Сұлулық",
        "Apple iPhone 15 128Gb қара",
        "399 990 ₸",
        "<div class='item__price-once'>Kaspi Red · 24 ай бөліп төлеу 16 666 ₸ × 24</div>"
        "<table class='sellers-table__self'><tr><td>Sulpak</td><td>399 990 ₸</td><td>Ертең жеткізу</td>"
        "<td><button class='sellers-table__buy-cell-button'>Себетке қосу</button></td></tr><tr><td>Technodom</td>"
        "<td>402 000 ₸</td><td>2 күнде</td><td><button class='sellers-table__buy-cell-button'>Себетке қосу</button></td></tr></table>",
        "Бренд=Apple|Жад көлемі=128 ГБ",
        "Сипаттамалары",
        "iPhone 15 Pro~549 990 ₸~|Қорғаныс шыны~4 990 ₸~",
        "Осы тауармен бірге сатып алады",
        "Пікірлер",
        ("Керемет телефон.",),
        "© 2026 Kaspi.kz",
    ),
    "InStock",
)
case(
    "kaspi-ru-net-v-prodazhe",
    *market(
        "ru",
        "https://kaspi.kz/shop/p/dyson-v15-detect-absolute-106355112/?c=750000000",
        "Kaspi.kz",
        "Смартфоны|Бытовая техника|Мода|Дом|Красота",
        "Вертикальный пылесос Dyson V15 Detect Absolute",
        "389 990 ₸",
        "<div class='item__sellers'><p class='sellers__no-offers'>Товар временно отсутствует в продаже</p>"
        "<button class='button _outline'>Сообщить о поступлении</button></div>",
        "Бренд=Dyson|Тип=вертикальный",
        "Характеристики",
        "Dyson V12~299 990 ₸~|Dyson V8~189 990 ₸~",
        "С этим товаром покупают",
        "Отзывы",
        ("Мощный.",),
        "© 2026 Kaspi.kz",
    ),
    "OutOfStock",
)
case(
    "flipkart-sold-out-notify-me",
    *market(
        "en",
        "https://www.flipkart.com/realme-narzo-70-pro-5g-glass-gold-128-gb/p/itm7a1b0c9d2e3f4",
        "Flipkart",
        "Electronics|TVs & Appliances|Men|Women|Baby & Kids|Home & Furniture",
        "realme NARZO 70 Pro 5G (Glass Gold, 128 GB) (8 GB RAM)",
        "₹19,999",
        "<div class='_16FRp0'>Sold Out</div><div class='Z8JjpR'>This item is currently out of stock</div>"
        "<div class='_2bE0xD'><button class='QqFHMw _3Yl67G'>NOTIFY ME</button></div>"
        "<div class='_3XINqE'>Delivery by 6 Dec, Friday | Free</div>",
        "Model Name=NARZO 70 Pro 5G|RAM=8 GB",
        "Specifications",
        "realme 12 Pro~₹21,999~|realme NARZO 60x~₹12,999~Sold Out",
        "Similar Products",
        "Ratings & Reviews",
        ("Camera is good.",),
        "© 2007-2026 Flipkart.com",
    ),
    "OutOfStock",
)
case(
    "flipkart-coming-soon-notify",
    *market(
        "en",
        "https://www.flipkart.com/nothing-phone-4-black-256-gb/p/itm11223344aabbcc",
        "Flipkart",
        "Electronics|TVs & Appliances|Men|Women|Baby & Kids|Home & Furniture",
        "Nothing Phone (4) (Black, 256 GB) (12 GB RAM)",
        "₹44,999",
        "<div class='_16FRp0'>Coming Soon</div><div>Sale starts on 14 Jan, 12:00 PM</div>"
        "<div class='_2bE0xD'><button class='QqFHMw _3Yl67G'>NOTIFY ME</button></div>",
        "Model Name=Phone (4)|RAM=12 GB",
        "Specifications",
        "Nothing Phone (3a)~₹24,999~|CMF Phone 2~₹17,999~",
        "Similar Products",
        "Ratings & Reviews",
        (),
        "© 2007-2026 Flipkart.com",
    ),
    "OutOfStock",
)
case(
    "flipkart-add-to-cart-hurry-recs-unavailable",
    *market(
        "en",
        "https://www.flipkart.com/puma-smashic-sneakers-for-men/p/itm9f8e7d6c5b4a3",
        "Flipkart",
        "Electronics|TVs & Appliances|Men|Women|Baby & Kids|Home & Furniture",
        "PUMA Smashic Sneakers For Men (White, 9)",
        "₹2,399",
        "<div class='_3Oikkn'>Hurry, Only 2 left!</div><div class='_1fGeJ5'>Size <a>7</a><a>8</a><a>9</a></div>"
        "<ul class='row'><li><button class='QqFHMw _3Yl67G'>ADD TO CART</button></li>"
        "<li><form><button class='QqFHMw _3AWRsL'>BUY NOW</button></form></li></ul>",
        "Type For Sneakers=Sneakers|Outer Material=Synthetic Leather",
        "Specifications",
        "PUMA Caven~₹2,799~Currently unavailable|Adidas Grand Court~₹3,199~Sold Out",
        "Similar Products",
        "Ratings & Reviews",
        ("Was out of stock last month, happy I got it.",),
        "© 2007-2026 Flipkart.com",
    ),
    "InStock",
)
case(
    "trendyol-tukendi-gelince-haber-ver",
    *market(
        "tr",
        "https://www.trendyol.com/mavi/erkek-jake-slim-fit-jean-p-44129871",
        "trendyol",
        "Kadın|Erkek|Anne &amp; Çocuk|Ev &amp; Yaşam|Süpermarket|Elektronik|Flaş Ürünler",
        "Mavi Erkek Jake Slim Fit Jean Pantolon",
        "1.299 TL",
        "<div class='size-variant-wrapper'><div class='sp-itm so'>30</div><div class='sp-itm so'>32</div></div>"
        "<div class='product-button-container'><div class='sold-out'>Tükendi</div>"
        "<button class='notify-me-btn'>Gelince Haber Ver</button></div>",
        "Kalıp=Slim Fit|Materyal=Denim",
        "Ürün Özellikleri",
        "Mavi Marcus~1.199 TL~|LTB Jean~899 TL~",
        "Benzer Ürünler",
        "Ürün Değerlendirmeleri",
        ("Kalıbı güzel.",),
        "©2026 DSM Grup Danışmanlık",
    ),
    "OutOfStock",
)
case(
    "trendyol-sepete-ekle-son-urun-recs-tukendi",
    *market(
        "tr",
        "https://www.trendyol.com/philips/airfryer-hd9252-p-1122334",
        "trendyol",
        "Kadın|Erkek|Anne &amp; Çocuk|Ev &amp; Yaşam|Süpermarket|Elektronik|Flaş Ürünler",
        "Philips HD9252/90 Airfryer Essential Compact",
        "3.499 TL",
        "<div class='product-stock-info'>Son 3 ürün!</div><div class='delivery-info'>Tahmini Kargoya Teslim: "
        "2 gün içinde</div><div class='product-button-container'><button class='add-to-basket'>"
        "<div class='add-to-basket-button-text'>Sepete Ekle</div></button></div>",
        "Hazne Kapasitesi=4,1 lt|Güç=1400 W",
        "Ürün Özellikleri",
        "Philips XXL~7.999 TL~Tükendi|Pişirme Kağıdı~89 TL~Tükendi",
        "Benzer Ürünler",
        "Ürün Değerlendirmeleri",
        ("Tükenmeden aldım, harika.",),
        "©2026 DSM Grup Danışmanlık",
    ),
    "InStock",
)
case(
    "bol-niet-leverbaar-houd-me-op-de-hoogte",
    *market(
        "nl",
        "https://www.bol.com/nl/nl/p/philips-sonicare-diamondclean-9000/9300000012345678/",
        "bol.",
        "Boeken|Muziek, Film &amp; Games|Computer &amp; Elektronica|Speelgoed|Zakelijk",
        "Philips Sonicare DiamondClean 9000 HX9911/09 - Elektrische tandenborstel",
        "€ 179,99",
        "<div class='buy-block'><div class='buy-block__highlight'>Niet leverbaar</div>"
        "<p>Dit artikel is momenteel niet leverbaar. We weten niet of en wanneer het weer leverbaar wordt.</p>"
        "<form action='/nl/nl/rnwy/notification/'><button class='ui-btn ui-btn--secondary'>Houd me op de hoogte"
        "</button></form></div>",
        "Merk=Philips|Kleur=Wit",
        "Specificaties",
        "Philips Sonicare 3100~€ 39,99~|Oral-B iO 9~€ 219,00~Tijdelijk uitverkocht",
        "Vaak samen gekocht",
        "Reviews",
        ("Top borstel.",),
        "© 1999 – 2026 bol.",
    ),
    "OutOfStock",
)
case(
    "bol-op-voorraad-morgen-andere-verkopers",
    *market(
        "nl",
        "https://www.bol.com/nl/nl/p/lego-icons-bonsaiboom-10281/9300000001234567/",
        "bol.",
        "Boeken|Muziek, Film &amp; Games|Computer &amp; Elektronica|Speelgoed|Zakelijk",
        "LEGO Icons Bonsaiboom - 10281",
        "€ 39,99",
        "<div class='buy-block'><div class='buy-block__highlight u-mb--xs'>Op voorraad</div>"
        "<p>Voor 23:59 uur besteld, morgen in huis</p><a class='js_btn_buy ui-btn ui-btn--primary ui-btn--cart' "
        "href='/nl/order/basket/addItems.html?productId=9300000001234567'>In winkelwagen</a></div>"
        "<div class='other-sellers'><h3>Andere verkopers (2)</h3><p>Speelgoedwinkel XL · € 41,95 · "
        "Tijdelijk uitverkocht</p></div>",
        "Merk=LEGO|Aantal onderdelen=878",
        "Specificaties",
        "LEGO Orchidee~€ 39,99~Niet leverbaar|LEGO Bloemenboeket~€ 49,99~",
        "Vaak samen gekocht",
        "Reviews",
        ("Leuke bouwset.",),
        "© 1999 – 2026 bol.",
    ),
    "InStock",
)
case(
    "bol-reserveer-verschijningsdatum",
    *market(
        "nl",
        "https://www.bol.com/nl/nl/p/harry-potter-boxset-nieuwe-editie/9300000099887766/",
        "bol.",
        "Boeken|Muziek, Film &amp; Games|Computer &amp; Elektronica|Speelgoed|Zakelijk",
        "Harry Potter - Boxset (nieuwe editie 2027)",
        "€ 89,99",
        "<div class='buy-block'><div class='buy-block__highlight'>Verschijnt op 14 maart 2027</div>"
        "<p>Reserveer nu, dan ontvang je het zo snel mogelijk na verschijning.</p>"
        "<a class='js_btn_buy ui-btn ui-btn--primary' href='/nl/order/basket/addItems.html'>Reserveer</a></div>",
        "Taal=Nederlands|Bindwijze=Paperback",
        "Specificaties",
        "Harry Potter 1~€ 14,99~|Fantastic Beasts~€ 19,99~",
        "Vaak samen gekocht",
        "Reviews",
        (),
        "© 1999 – 2026 bol.",
    ),
    "PreOrder",
)
case(
    "zalando-pl-wyprzedane-powiadom",
    *market(
        "pl",
        "https://www.zalando.pl/nike-sportswear-air-force-1-07-sneakersy-ni112o0g3-a11.html",
        "Zalando",
        "Kobiety|Mężczyźni|Dzieci|Nowości|Odzież|Buty|Sport|Marki",
        "Nike Sportswear AIR FORCE 1 '07 - Sneakersy niskie - white",
        "499,00 zł",
        "<div class='size-picker'><button disabled>40 - Powiadom mnie</button><button disabled>41 - Powiadom mnie</button>"
        "</div><p class='out-of-stock'>Ten artykuł jest obecnie wyprzedany</p>"
        "<button class='_ZDS_Button'>Powiadom mnie</button><p>Darmowa dostawa i zwrot</p>",
        "Cholewka=Skóra|Podeszwa=Tworzywo sztuczne",
        "Materiał i pielęgnacja",
        "Nike Court Vision~349,00 zł~|adidas Stan Smith~449,00 zł~",
        "Może Ci się również spodobać",
        "Opinie",
        ("Wygodne.",),
        "© 2026 Zalando SE",
    ),
    "OutOfStock",
)
case(
    "cdiscount-produit-epuise",
    *market(
        "fr",
        "https://www.cdiscount.com/electromenager/aspirateur/rowenta-x-force-flex-11-60/f-1101234-row3221610195789.html",
        "Cdiscount",
        "Électroménager|Maison|Informatique|Téléphonie|Jardin|Bons plans",
        "ROWENTA X-Force Flex 11.60 Aspirateur balai sans fil",
        "249,99 €",
        "<div class='fpBlocBuy'><p class='fpStockUnavailable'>Produit épuisé</p>"
        "<p>Ce produit n'est plus disponible chez ce vendeur.</p><a href='#fpOffers'>Voir les autres offres</a></div>",
        "Marque=Rowenta|Autonomie=45 min",
        "Caractéristiques",
        "Rowenta X-Force 9.60~199,99 €~|Dyson V8~299,00 €~",
        "Les clients ont aussi consulté",
        "Avis clients",
        ("Victime de son succès à Noël, mais top.",),
        "© 1999-2026 Cdiscount",
    ),
    "OutOfStock",
)
case(
    "cdiscount-en-stock-vendu-expedie",
    *market(
        "fr",
        "https://www.cdiscount.com/informatique/clavier-souris/logitech-mx-keys-s/f-1070211-log5099206.html",
        "Cdiscount",
        "Électroménager|Maison|Informatique|Téléphonie|Jardin|Bons plans",
        "LOGITECH MX Keys S Clavier sans fil rétroéclairé",
        "99,99 €",
        "<div class='fpBlocBuy'><p class='fpStock'>En stock</p><p>Vendu et expédié par Cdiscount</p>"
        "<p>Livraison gratuite dès demain</p><input type='submit' id='fpAddBsk' class='btGreen' value='Ajouter au panier'></div>",
        "Marque=Logitech|Connectique=Bluetooth",
        "Caractéristiques",
        "Logitech MX Master 3S~89,99 €~Épuisé|Logitech K380~39,99 €~",
        "Les clients ont aussi consulté",
        "Avis clients",
        ("Parfait.",),
        "© 1999-2026 Cdiscount",
    ),
    "InStock",
)
case(
    "emag-stoc-epuizat",
    *market(
        "ro",
        "https://www.emag.ro/espressor-automat-delonghi-magnifica-s-ecam22-110-b/pd/D1234ABC/",
        "eMAG",
        "Laptop, Tablete &amp; Telefoane|PC, Periferice &amp; Software|TV, Audio-Video|Electrocasnice mari",
        "Espressor automat De'Longhi Magnifica S ECAM22.110.B, 1450W, 15 bar",
        "1.599,99 Lei",
        "<div class='product-highlight'><span class='label label-out_of_stock'>Stoc epuizat</span></div>"
        "<p>Vândut și livrat de: eMAG</p><button class='btn btn-default btn-emag yeahIWantThisProduct'>"
        "<i class='em em-fav'></i> Adaugă la Favorite</button>",
        "Brand=De'Longhi|Putere=1450 W",
        "Specificații",
        "Philips EP2220~1.399,99 Lei~|Boabe cafea 1 kg~79,99 Lei~",
        "Clienții care au văzut acest produs au cumpărat și",
        "Review-uri clienți",
        ("Face o cafea excelentă.",),
        "© 2001 - 2026 Dante International SA",
    ),
    "OutOfStock",
)
case(
    "emag-stoc-limitat-ultimele",
    *market(
        "ro",
        "https://www.emag.ro/telefon-mobil-samsung-galaxy-a55-5g-128gb/pd/DX9Y8Z/",
        "eMAG",
        "Laptop, Tablete &amp; Telefoane|PC, Periferice &amp; Software|TV, Audio-Video|Electrocasnice mari",
        "Telefon mobil Samsung Galaxy A55, 8GB RAM, 128GB, 5G, Awesome Navy",
        "1.699,99 Lei",
        "<div class='product-highlight'><span class='label label-limited_stock_qty'>ultimele 2 produse</span></div>"
        "<p>Vândut și livrat de: eMAG</p><button type='submit' class='btn btn-xl btn-primary btn-emag "
        "yeahIWantThisProduct'><i class='em em-cart'></i> Adaugă în Coș</button>",
        "Brand=Samsung|Memorie=128 GB",
        "Specificații",
        "Samsung Galaxy A35~1.299,99 Lei~Stoc epuizat|Husă A55~49,99 Lei~Stoc epuizat",
        "Clienții care au văzut acest produs au cumpărat și",
        "Review-uri clienți",
        ("Recomand.",),
        "© 2001 - 2026 Dante International SA",
    ),
    "InStock",
)
case(
    "emag-precomanda",
    *market(
        "ro",
        "https://www.emag.ro/consola-nintendo-switch-2-mario-kart-world-bundle/pd/DPRE01/",
        "eMAG",
        "Laptop, Tablete &amp; Telefoane|PC, Periferice &amp; Software|TV, Audio-Video|Gaming",
        "Consola Nintendo Switch 2 + Mario Kart World Bundle",
        "2.699,99 Lei",
        "<div class='product-highlight'><span class='label label-preorder'>Precomandă</span></div>"
        "<p>Data lansării: 14.03.2027</p><button type='submit' class='btn btn-xl btn-primary btn-emag "
        "yeahIWantThisProduct'><i class='em em-cart'></i> Precomandă</button>",
        "Brand=Nintendo|Platforma=Switch 2",
        "Specificații",
        "Controller Pro~399,99 Lei~|Husă Switch~79,99 Lei~",
        "Clienții care au văzut acest produs au cumpărat și",
        "Review-uri clienți",
        (),
        "© 2001 - 2026 Dante International SA",
    ),
    "PreOrder",
)
case(
    "si-na-zalogi-kosarica",
    *market(
        "sl",
        "https://www.bigbang.si/gospodinjski-aparati/sesalniki/dyson-v8-absolute-123456",
        "Big Bang",
        "Računalništvo|Telefonija|TV, foto, video|Gospodinjski aparati|Akcije",
        "DYSON brezžični sesalnik V8 Absolute",
        "349,99 €",
        "<div class='cp-stock'><span class='cp-stock__label'>Na zalogi</span> · Dostava v 1-3 delovnih dneh</div>"
        "<div class='cp-quantity'><input value='1'></div><button class='btn cp-addtocart'>Dodaj v košarico</button>",
        "Znamka=Dyson|Avtonomija=40 min",
        "Tehnične lastnosti",
        "Dyson V15~699,99 €~Razprodano|Dyson V12~549,99 €~Ni na zalogi",
        "Podobni izdelki",
        "Mnenja kupcev",
        ("Odličen sesalnik.",),
        "© 2026 Big Bang, d.o.o.",
    ),
    "InStock",
)
case(
    "si-ni-na-zalogi-obvesti",
    *market(
        "sl",
        "https://www.mimovrste.com/prenosniki/lenovo-ideapad-slim-3-15-7788",
        "Mimovrste",
        "Računalništvo|Telefonija|Dom in vrt|Otroci|Akcije",
        "Lenovo IdeaPad Slim 3 15IRU9 prenosnik",
        "599,99 €",
        "<div class='availability'><span class='availability__text'>Ni na zalogi</span></div>"
        "<form class='watchdog'><label>Obvesti me, ko bo izdelek na voljo</label><input type='email'>"
        "<button>Obvesti me</button></form>",
        "Znamka=Lenovo|Procesor=Intel Core i5",
        "Specifikacije",
        "Lenovo IdeaPad 5~799,99 €~|HP 15s~549,99 €~",
        "Kupci so si ogledali tudi",
        "Ocene",
        ("Dober prenosnik.",),
        "© 2026 Mimovrste",
    ),
    "OutOfStock",
)
case(
    "hr-nema-na-stanju-obavijesti",
    *market(
        "hr",
        "https://www.links.hr/hr/mobitel-samsung-galaxy-s24-8gb-256gb-crni-123456",
        "Links",
        "Računala|Mobiteli|TV i audio|Gaming|Kućanski aparati|Akcije",
        "Mobitel Samsung Galaxy S24, 8GB, 256GB, crni",
        "899,99 €",
        "<div class='stock-info'><span class='stock-status out'>Nema na stanju</span></div>"
        "<div class='notify-me'><p>Obavijesti me kad proizvod stigne</p><input type='email' placeholder='E-mail'>"
        "<button>Obavijesti me</button></div>",
        "Proizvođač=Samsung|Memorija=256 GB",
        "Specifikacije",
        "Samsung Galaxy S24+~1.099,99 €~|Samsung Galaxy A55~449,99 €~",
        "Slični proizvodi",
        "Recenzije",
        ("Super mobitel.",),
        "© 2026 Links d.o.o.",
    ),
    "OutOfStock",
)
case(
    "hr-dostupno-na-stanju-recs-rasprodano",
    *market(
        "hr",
        "https://www.sancta-domenica.hr/kucanski-aparati/aparat-za-kavu-nespresso-vertuo-next.html",
        "Sancta Domenica",
        "Računala|Mobiteli|TV i audio|Gaming|Kućanski aparati|Akcije",
        "Aparat za kavu Nespresso Vertuo Next, crni",
        "129,99 €",
        "<div class='stock available'>Dostupno u web trgovini</div><p>Isporuka 2-4 radna dana</p>"
        "<div class='qty'><label>Kol.</label><input value='1'></div><button class='action tocart primary'>"
        "<span>Dodaj u košaricu</span></button>",
        "Proizvođač=Nespresso|Snaga=1500 W",
        "Specifikacije",
        "Nespresso Vertuo Pop~99,99 €~Rasprodano|Kapsule Vertuo~7,99 €~Nema na stanju",
        "Slični proizvodi",
        "Recenzije",
        ("Odlična kava.",),
        "© 2026 Sancta Domenica",
    ),
    "InStock",
)
case(
    "hr-dostupno-za-narudzbu",
    *market(
        "hr",
        "https://www.instar-informatika.hr/monitor-lg-27-ultragear-27gr75q/9988/product/",
        "Instar",
        "Računala|Monitori|Mobiteli|Gaming|Akcije",
        'Monitor LG 27" UltraGear 27GR75Q-B, QHD, 165Hz',
        "279,99 €",
        "<div class='stock-info'><span class='stock-status'>Dostupno za narudžbu</span> · Isporuka 7-14 dana</div>"
        "<div class='qty'><input value='1'></div><button class='btn-cart'>Dodaj u košaricu</button>",
        'Proizvođač=LG|Dijagonala=27"',
        "Specifikacije",
        "LG 24GN60R~169,99 €~|Samsung Odyssey G5~299,99 €~",
        "Slični proizvodi",
        "Recenzije",
        ("Odličan monitor.",),
        "© 2026 Instar informatika",
    ),
    "BackOrder",
    xfail="InStock: 'Dostupno za narudžbu' (available for order) is written both for stock at hand and for "
    "items ordered in from a supplier; the 7-14 day delivery says the latter, but no rule reads a delivery time "
    "as a state (`controls._ON_ORDER` reads 'po narudžbi', on order)",
)


# ---- round 2 (written after reading the heuristics): near misses of the kinds fixed -------------

case(
    "r2-shopee-id-stok-habis-buttons-off",
    *shopee(
        "co.id",
        "id",
        "Kipas Angin Portable Xiaomi Mijia",
        "Rp189.000",
        "<div class='quantity'><span>Kuantitas</span><input value='1' disabled><div>Stok habis</div></div>"
        "<div class='buttons'><button class='btn btn-tinted' disabled>Masukkan Keranjang</button>"
        "<button class='btn btn-solid-primary' disabled>Beli Sekarang</button></div>",
        "Kipas Meja~Rp99.000~|Baterai 18650~Rp25.000~",
        ("PRODUK LAIN DARI TOKO INI", "KAMU MUNGKIN JUGA SUKA", "PENILAIAN PRODUK"),
    ),
    "OutOfStock",
)
case(
    "r2-meli-ar-cards-publicacion-pausada",
    *meli(
        "com.ar",
        "es",
        "MLA-1455221300",
        "Mochila Nike Heritage 25 L Negra",
        "$ 45.999",
        "<div class='ui-pdp-buybox'><p class='ui-pdp-stock-information__title'>Stock disponible</p>"
        + _MELI_QTY
        + _MELI_ACTIONS
        + "</div>",
        "Mochila Adidas~$ 39.999~Publicación pausada|Riñonera Nike~$ 19.999~Publicación pausada",
    ),
    "InStock",
)
case(
    "r2-allegro-promocja-zakonczona-banner",
    *market(
        "pl",
        "https://allegro.pl/oferta/czajnik-bosch-twk3a011-1-7l-12345678901",
        "Allegro",
        "Elektronika|Dom i Ogród|Moda|Strefa okazji",
        "Czajnik elektryczny Bosch TWK3A011 1,7 l",
        "99,00 zł",
        "<div class='promo-banner'>Promocja zakończona</div><div data-box-name='summaryOneColumn'>"
        "<p>dostawa jutro</p><button class='mgn2_14'>Dodaj do koszyka</button><button class='mgn2_14'>Kup teraz</button></div>",
        "Marka=Bosch|Pojemność=1,7 l",
        "Parametry",
        "Czajnik Philips~89,00 zł~Oferta zakończona|Filtr~19,00 zł~",
        "Podobne oferty",
        "Oceny produktu",
        ("Ok.",),
        "© 2026 Allegro.pl sp. z o.o.",
    ),
    "InStock",
)
case(
    "r2-jp-shohin-ni-tsuite-yoyaku",
    *jp_shop(
        "www.hobby-shop.jp",
        "バンダイ MG 1/100 ガンダムエアリアル",
        "6,600円",
        "<form action='/cart/add' method='post'>"
        + _JP_QTY
        + "<button type='submit' class='btn-cart'>カートに入れる</button></form>"
        "<section class='item-about'><h2>商品について</h2><p>こちらは予約商品です。発売日：2027年3月14日</p></section>",
        "HG ガンダム~1,980円~|ニッパー~3,300円~",
        "ホビーショップ",
    ),
    "PreOrder",
)
case(
    "r2-jp-otodoke-ni-tsuite-otoriyose-note",
    *jp_shop(
        "www.kurashi-zakka.jp",
        "野田琺瑯 ホワイトシリーズ 保存容器 レクタングル深型 M",
        "1,760円",
        "<p class='stock'>在庫あり</p><form action='/cart/add' method='post'>"
        + _JP_QTY
        + "<button type='submit' class='btn-cart'>カートに入れる</button></form>"
        "<section class='guide'><h3>お届けについて</h3><p>お取り寄せ商品はご注文から1週間程度でお届けします。</p></section>",
        "野田琺瑯 ケトル~7,150円~|ストッカー~2,200円~",
        "くらし雑貨",
    ),
    "InStock",
)
_SHOP_HEAD = (
    "<header class='site-header'><a href='/' class='logo'>Northwind Outfitters</a><nav><a href='/collections/new'>New</a> "
    "<a href='/collections/packs'>Packs</a> <a href='/pages/stores'>Stores</a></nav><a href='/cart'>Cart (0)</a></header>"
)
_SHOP_FOOT = "<footer class='site-footer'><p>© 2026 Northwind Outfitters</p><a href='/policies/shipping'>Shipping</a></footer>"


def _theme_page(box: str, after: str, button: str = "Add to cart", off: str = "") -> tuple[str, str]:
    """A Shopify-like theme page in English (product form, accordion-less guide sections); `button`
    the cart button's text, `off` its disabled attribute."""
    main = (
        f"<section class='product'>{gallery('cdn.shopify.com', 'trail-pack-30l', 4, 'product__media-list')}"
        "<div class='product__info-container'><h1 class='product__title'>Trail Pack 30L</h1>"
        "<div class='price'><span class='price-item price-item--regular'>$149.00</span></div>"
        f"{box}<form method='post' action='/cart/add' class='product-form'><input type='hidden' name='id' value='4412'>"
        "<div class='quantity'><input type='number' name='quantity' value='1'></div>"
        f"<button type='submit' name='add' class='product-form__submit button'{off}>{button}</button></form></div></section>"
    )
    return "https://northwind-outfitters.com/products/trail-pack-30l", doc(
        "en",
        "Trail Pack 30L – Northwind Outfitters",
        _SHOP_HEAD,
        crumbs("Home", "Packs"),
        main,
        after,
        _SHOP_FOOT,
    )


_GUIDE = (
    "<section class='guide'><h3>Shipping information</h3><p>Backordered items ship as soon as they arrive.</p>"
    "<p>Pre-order items ship on their release date.</p></section>"
)
case(
    "r2-en-shipping-information-terms-in-stock",
    *_theme_page("<p class='stock'>In stock</p>", _GUIDE),
    "InStock",
)
case("r2-en-shipping-information-terms-cart-only", *_theme_page("", _GUIDE), "InStock")
case(
    "r2-en-shipping-information-and-own-backorder",
    *_theme_page("<p class='product__note'>Backordered – ships in 3 weeks</p>", _GUIDE),
    "BackOrder",
)
case(
    "r2-bol-reserveer-in-de-winkel",
    *market(
        "nl",
        "https://www.bol.com/nl/nl/p/philips-hue-white-ambiance-e27/9200000087654321/",
        "bol.",
        "Boeken|Muziek, Film &amp; Games|Computer &amp; Elektronica|Wonen",
        "Philips Hue White Ambiance E27 - 2 pack",
        "€ 49,99",
        "<div class='buy-block'><a class='js_btn_buy ui-btn ui-btn--primary' href='/nl/order/basket/addItems.html'>"
        "In winkelwagen</a><a class='ui-btn ui-btn--secondary' href='/winkels/reserveren'>Reserveer in de winkel</a></div>",
        "Merk=Philips Hue|Fitting=E27",
        "Specificaties",
        "Hue Bridge~€ 59,99~|Hue Dimmer~€ 24,99~",
        "Vaak samen gekocht",
        "Reviews",
        ("Werkt prima.",),
        "© 1999 – 2026 bol.",
    ),
    "InStock",
)
_url, _html = market(
    "ro",
    "https://www.emag.ro/casti-sony-wh-ch720n/pd/DSONY720/",
    "eMAG",
    "Laptop, Tablete &amp; Telefoane|TV, Audio-Video|Gaming",
    "Casti Sony WH-CH720N, Noise Cancelling, Negru",
    "449,99 Lei",
    "<div class='product-highlight'><span class='label label-in_stock'>În stoc</span></div>"
    "<button type='submit' class='btn btn-primary btn-emag yeahIWantThisProduct'>Adaugă în Coș</button>",
    "Brand=Sony|Tip=Over-ear",
    "Specificații",
    "Sony WH-1000XM6~1.999 Lei~Precomandă|Sony ULT Wear 2~899 Lei~Precomandă",
    "Clienții au cumpărat și",
    "Review-uri clienți",
    ("Bune.",),
    "© 2001 - 2026 Dante International SA",
)
# each card carries its own "Precomandă" button (another product's pre-order)
case(
    "r2-emag-cards-precomanda-buttons",
    _url,
    _html.replace("</span></li>", "</span><button class='btn btn-sm btn-primary'>Precomandă</button></li>"),
    "InStock",
)
case(
    "r2-tokopedia-flash-sale-ingatkan-saya",
    *tokopedia(
        "Anker PowerCore 10000mAh PD Power Bank",
        "Rp399.000",
        "<div class='css-flash'><p>Flash Sale mulai 12:00</p><button data-testid='btnFlashSaleRemind'>Ingatkan Saya</button></div>"
        "<div class='css-qty'><input value='1'><p>Stok: <b>54</b></p></div>"
        "<button data-testid='pdpBtnNormalPrimary' class='css-btn'>+ Keranjang</button>"
        "<button data-testid='pdpBtnNormalSecondary' class='css-btn'>Beli Langsung</button>",
        "Anker Kabel USB-C~Rp99.000~|Anker Charger 20W~Rp199.000~",
    ),
    "InStock",
)


# ---- round 3 (after the first fixes): eBay outside the US and Allegro auctions -------------------

_EBAY = {
    # lang, watch, "similar" heading, description heading, footer
    "de": ("de", "Auf die Beobachtungsliste", "Ähnliche Artikel", "Artikelbeschreibung des Verkäufers"),
    "fr": ("fr", "Suivre cet objet", "Objets similaires", "Description de l'objet fournie par le vendeur"),
    "it": ("it", "Osserva", "Oggetti simili", "Descrizione dell'oggetto fornita dal venditore"),
    "es": (
        "es",
        "Añadir a la lista de seguimiento",
        "Artículos similares",
        "Descripción del artículo del vendedor",
    ),
    "co.uk": ("en", "Add to Watchlist", "Similar items", "Item description from the seller"),
}


def ebay(
    site: str, item: str, title: str, price_label: str, price: str, box: str, recs: str
) -> tuple[str, str]:
    """An eBay item page (vi-/x- classes): gallery, x-item-title, x-price-primary with its label
    ("Aktuelles Gebot", "Prix", "Prezzo"), the buy box `box` (quantity, bid or buy buttons, or an
    ended-listing notice), watch link, seller card, "similar items" strip and description."""
    lang, watch, similar, described = _EBAY[site]
    url = f"https://www.ebay.{site}/itm/{item}"
    header = (
        "<header id='gh'><a id='gh-la' href='/'>eBay</a><form id='gh-f' action='/sch/i.html'><input id='gh-ac' "
        "name='_nkw'><input type='submit' id='gh-btn' value='Search'></form><ul id='gh-topl'><li><a href='/deals'>"
        "Deals</a></li><li><a href='/help'>Help</a></li><li><a href='/sell'>Sell</a></li></ul>"
        "<a id='gh-minicart-hover' href='https://cart.ebay.com/'>Cart</a></header>"
    )
    main = (
        f"<div class='vim x-vi-evo-main-container'><div class='ux-image-carousel'>"
        f"{gallery('i.ebayimg.com', item, 6, 'ux-image-carousel-container')}</div>"
        f"<div class='vim x-item-title'><h1 class='x-item-title__mainTitle'><span class='ux-textspans'>{title}</span></h1></div>"
        f"<div class='x-price-primary'><span class='ux-textspans'>{price_label}</span> "
        f"<span class='ux-textspans'>{price}</span></div>{box}"
        f"<div class='x-watch-action'><a class='ux-call-to-action' href='#'>{watch}</a></div>"
        "<div class='x-sellercard-atf'><a href='/str/seller'>retro_markt_24</a> (4.512) 99,8%</div></div>"
    )
    after = (
        cards(similar, recs, "x-rx-slot")
        + f"<section class='d-item-description'><h2>{described}</h2><p>Zustand: Gebraucht</p></section>"
    )
    footer = "<footer id='glbfooter'><p>Copyright © 1995-2026 eBay Inc.</p></footer>"
    return url, doc(lang, f"{title} | eBay", header, crumbs("eBay", "Elektronik"), main, after, footer)


def _ebay_btn(text: str, cls: str = "ux-call-to-action fake-btn fake-btn--primary") -> str:
    return f"<a class='{cls}' href='#'><span class='ux-call-to-action__text'>{text}</span></a>"


case(
    "r3-ebay-de-auktion-bieten-only",
    *ebay(
        "de",
        "305512345678",
        "Nintendo Game Boy Color Atomic Purple + Pokémon Gelb",
        "Aktuelles Gebot:",
        "EUR 45,00",
        "<div class='x-bid-count'>12 Gebote · Noch 2 T 4 Std</div><div class='x-bid-action'>"
        + _ebay_btn("Bieten")
        + "</div>",
        "Game Boy Pocket~EUR 39,00~Beendet|Pokémon Rot~EUR 25,00~",
    ),
    "InStock",
)
case(
    "r3-ebay-de-sofort-kaufen-mehr-als-10",
    *ebay(
        "de",
        "225598765432",
        "Anker USB C Ladegerät 65W 3-Port Netzteil",
        "Preis:",
        "EUR 39,99",
        "<div class='x-quantity'><label>Anzahl:</label><input value='1'><span>Mehr als 10 verfügbar</span>"
        "<span>412 verkauft</span></div><div class='x-bin-action'>"
        + _ebay_btn("Sofort-Kaufen")
        + "</div>"
        + _ebay_btn("In den Warenkorb", "ux-call-to-action fake-btn fake-btn--secondary"),
        "Anker 30W~EUR 19,99~Ausverkauft|Anker Kabel~EUR 9,99~",
    ),
    "InStock",
)
case(
    "r3-ebay-it-compralo-subito-only",
    *ebay(
        "it",
        "196612223334",
        "Macchina fotografica Olympus OM-10 con obiettivo 50mm",
        "Prezzo:",
        "EUR 149,00",
        "<div class='x-quantity'><span>Ultimo disponibile</span></div><div class='x-bin-action'>"
        + _ebay_btn("Compralo Subito")
        + "</div>"
        + _ebay_btn("Fai una proposta", "ux-call-to-action fake-btn fake-btn--secondary"),
        "Olympus OM-1~EUR 199,00~|Flash Olympus~EUR 35,00~Terminata",
    ),
    "InStock",
)
case(
    "r3-ebay-es-pujar-only",
    *ebay(
        "es",
        "266634455667",
        "Reloj Casio F-91W vintage años 90",
        "Puja actual:",
        "EUR 8,50",
        "<div class='x-bid-count'>3 pujas · Quedan 1d 6h</div><div class='x-bid-action'>"
        + _ebay_btn("Pujar")
        + "</div>",
        "Casio A168~EUR 25,00~|Casio G-Shock~EUR 60,00~Finalizado",
    ),
    "InStock",
)
case(
    "r3-ebay-fr-annonce-terminee",
    *ebay(
        "fr",
        "115588776655",
        "Appareil photo Polaroid 600 Sun vintage testé",
        "Prix :",
        "EUR 59,00",
        "<div class='ux-message ux-message--attention'><div class='ux-message__content'><span>Cette annonce est terminée."
        "</span><span> Le vendeur a peut-être remis cet objet en vente ou en propose un similaire.</span></div></div>"
        + _ebay_btn("Vendre un objet similaire", "ux-call-to-action fake-btn fake-btn--secondary"),
        "Polaroid 636~EUR 45,00~|Film Polaroid 600~EUR 18,99~",
    ),
    "OutOfStock",
)
case(
    "r3-ebay-it-inserzione-terminata",
    *ebay(
        "it",
        "204411223344",
        "Lego Star Wars 75192 Millennium Falcon UCS sigillato",
        "Prezzo:",
        "EUR 699,00",
        "<div class='ux-message ux-message--attention'><span>Questa inserzione è terminata.</span>"
        "<span> Il venditore ha rimesso in vendita l'oggetto o ne ha uno simile disponibile.</span></div>",
        "Lego 75313 AT-AT~EUR 749,00~|Lego 75252~EUR 499,00~",
    ),
    "OutOfStock",
)
case(
    "r3-ebay-uk-bidding-ended",
    *ebay(
        "co.uk",
        "335577889900",
        "Sony Walkman WM-EX194 Cassette Player Boxed",
        "Winning bid:",
        "£45.00",
        "<div class='ux-message ux-message--attention'><span>Bidding has ended on this item.</span></div>"
        "<div class='x-bid-count'>[ 14 bids ]</div>",
        "Sony WM-FX10~£35.00~|Cassette tapes~£9.99~",
    ),
    "OutOfStock",
)
case(
    "r3-ebay-de-angebot-beendet-nicht-mehr-verfuegbar",
    *ebay(
        "de",
        "296699887766",
        "Bosch Professional GSR 18V-55 Akkuschrauber Solo",
        "Preis:",
        "EUR 89,00",
        "<div class='ux-message ux-message--attention'><span>Dieses Angebot wurde vom Verkäufer beendet, da der "
        "Artikel nicht mehr verfügbar ist.</span></div>",
        "Bosch GSR 12V~EUR 69,00~|Makita DDF485~EUR 99,00~",
    ),
    "OutOfStock",
)
case(
    "r3-ebay-de-beendet-aehnlichen-anbieten",
    *ebay(
        "de",
        "286655443322",
        "Playmobil 3666 Piratenschiff vintage komplett",
        "Preis:",
        "EUR 79,00",
        "<div class='ux-message ux-message--attention'><span>Dieses Angebot wurde beendet.</span></div>"
        + _ebay_btn("Ähnlichen Artikel anbieten", "ux-call-to-action fake-btn fake-btn--secondary"),
        "Playmobil 3750~EUR 49,00~|Playmobil Piraten~EUR 19,00~",
    ),
    "OutOfStock",
)
case(
    "r3-allegro-licytacja-licytuj",
    *market(
        "pl",
        "https://allegro.pl/oferta/aparat-zenit-e-helios-44-2-15544332211",
        "Allegro",
        "Elektronika|Dom i Ogród|Kultura i rozrywka|Strefa okazji",
        "Aparat Zenit E + obiektyw Helios 44-2 58mm",
        "120,00 zł",
        "<div data-box-name='summaryOneColumn'><p>aktualna cena · 7 ofert · do końca 1 dzień</p>"
        "<div class='bid'><input type='number' value='125'><button class='mgn2_14'>Licytuj</button></div>"
        "<button class='mgn2_14 secondary'>Obserwuj</button></div>",
        "Marka=Zenit|Stan=Używany",
        "Parametry",
        "Zenit 12XP~150,00 zł~Oferta zakończona|Helios 44M~99,00 zł~",
        "Podobne oferty",
        "Oceny produktu",
        (),
        "© 2026 Allegro.pl sp. z o.o.",
    ),
    "InStock",
)


# ---- round 4 (after round 3's commit, 8e09542): pre-orders that closed ----------------------------

case(
    "r4-jp-yoyaku-uketsuke-shuryo-no-cart",
    *jp_shop(
        "www.anime-goods.jp",
        "ねんどろいど 初音ミク 2027 Ver.",
        "7,480円",
        "<div class='salesInfo'><p class='js_salesInfo'><span class='gray'>予約受付終了</span></p>"
        "<p>発売日：2027年03月下旬</p></div><p>再販のお知らせはメールマガジンでご案内します。</p>",
        "ねんどろいど 鏡音リン~7,150円~予約受付中|figma 初音ミク~9,680円~",
        "アニメグッズ",
    ),
    "OutOfStock",
)
case(
    "r4-jp-goyoyaku-uketsuke-wa-shuryo-cart-off",
    *jp_shop(
        "www.hobby-shop.jp",
        "HG 1/144 ガンダムキャリバーン",
        "2,530円",
        "<p class='stock'>ご予約受付は終了いたしました</p>"
        + _JP_QTY.replace("min='1'", "min='1' disabled")
        + "<button type='submit' class='btn-cart' disabled>カートに入れる</button>",
        "HG エアリアル~1,980円~|ニッパー~3,300円~",
        "ホビーショップ",
    ),
    "OutOfStock",
)
case(
    "r4-jp-yoyaku-uketsuke-chu-shuryo-yotei",
    *jp_shop(
        "www.anime-goods.jp",
        "ねんどろいど 鏡音リン 2027 Ver.",
        "7,150円",
        "<div class='salesInfo'><p class='js_salesInfo'><span class='red'>予約受付中</span>"
        "（2027年1月10日 受付終了予定）</p><p>予約締切間近！</p></div>"
        + _JP_QTY
        + "<a class='yBtnAddCart js_addCart' href='#'><span>予約カートに入れる</span></a>",
        "ねんどろいど 初音ミク~7,480円~予約受付終了|figma 初音ミク~9,680円~",
        "アニメグッズ",
    ),
    "PreOrder",
)
case(
    "r4-tw-yugou-jieshu-button-off",
    *tw_shop(
        "www.momoshop.com.tw",
        "PS5 Pro 主機 限定同捆組",
        "$26,980",
        "<p class='preorder'>預購結束</p><div class='c-btnBox'><button class='btn btn--gray' disabled>立即預購</button></div>",
        "PS5 控制器~$2,390~預購|PS5 耳機~$3,490~",
    ),
    "OutOfStock",
)
case(
    "r4-kr-yeyak-panmae-jongnyo",
    *kr_shop(
        "smartstore.naver.com",
        "뉴진스 2집 미니앨범 한정판",
        "19,800원",
        "<div class='preorder-notice'>예약판매 종료</div><div class='buy_area'><a class='OgETmrvExa' aria-disabled='true'>"
        "구매하기</a></div>",
        "뉴진스 포토북~25,000원~예약판매|응원봉~45,000원~",
    ),
    "OutOfStock",
)
case(
    "r4-de-vorbestellung-beendet",
    *market(
        "de",
        "https://www.otto.de/p/lego-technic-42171-mercedes-amg-f1-w14-S0A1B2C3/",
        "OTTO",
        "Damen|Herren|Multimedia|Spielzeug|Sale",
        "LEGO Technic 42171 Mercedes-AMG F1 W14 E Performance",
        "219,99 €",
        "<div class='pdp_availability'><span class='pdp_availability__text'>Vorbestellung beendet</span></div>"
        "<p>Dieser Artikel ist leider nicht mehr vorbestellbar.</p>",
        "Marke=LEGO|Teile=1642",
        "Produktdetails",
        "LEGO 42141 McLaren~179,99 €~|LEGO 42156 Peugeot~199,99 €~Vorbestellbar",
        "Das könnte dir auch gefallen",
        "Bewertungen",
        (),
        "© 2026 OTTO",
    ),
    "OutOfStock",
)
case(
    "r4-fr-precommandes-cloturees",
    *market(
        "fr",
        "https://www.fnac.com/a19876543/Coffret-Collector-Final-Fantasy-VII-Rebirth",
        "Fnac",
        "Livres|Jeux vidéo|Image &amp; Son|Informatique|Précommandes",
        "Coffret Collector Final Fantasy VII Rebirth PS5",
        "349,99 €",
        "<div class='f-buyBox-availability'><span class='f-buyBox-availabilityStatus-unavailable'>"
        "Précommandes clôturées</span></div><p>Ce produit n'est plus disponible à la précommande.</p>",
        "Plateforme=PS5|Éditeur=Square Enix",
        "Caractéristiques",
        "FF VII Remake~29,99 €~|FF XVI~39,99 €~Précommande",
        "Les clients ont aussi aimé",
        "Avis",
        (),
        "© Fnac Darty 2026",
    ),
    "OutOfStock",
)
case(
    "r4-en-preorders-now-closed-sold-out",
    *_theme_page("<p class='product__note'>Pre-orders are now closed.</p>", "", "Sold out", " disabled"),
    "OutOfStock",
)


@pytest.mark.parametrize("c", case_params(CASES))
def test_availability(c: Case) -> None:
    got = extract_product(c.html, c.url) or {}
    assert fold(got.get("availability")) == fold(c.availability), got.get("availability")


def fold(name: str | None) -> str | None:
    return AVAILABILITY_CLASS.get(name, name) if name else None


# ---- must-not-fire: the rules of this review leave ordinary pages and lines as they were ----------
# (cases named "fires-" failed before this review's changes; the others passed before and after)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listing paused or ended, sales stopped (`controls._OFF_SALE`)
        pytest.param("Publicación pausada", "OutOfStock", id="fires-meli-paused"),
        pytest.param("Anúncio pausado", "OutOfStock", id="fires-meli-br-paused"),
        pytest.param("Sprzedaż zakończona", "OutOfStock", id="fires-allegro-ended"),
        pytest.param("Ta oferta jest już niedostępna.", "OutOfStock", id="fires-allegro-offer-gone"),
        pytest.param("販売を終了しました", "OutOfStock", id="fires-ja-sales-ended"),
        pytest.param("販売休止中です", "OutOfStock", id="fires-ja-sales-paused"),
        pytest.param("Promocja zakończona", None, id="promo-ended"),
        pytest.param("セール終了まであと2日", None, id="sale-ends"),
        pytest.param("販売開始：12月1日", None, id="sales-start"),
        pytest.param("Publicación destacada", None, id="featured-listing"),
        # Indonesian lines (`controls._GONE`)
        pytest.param("Produk ini sedang tidak tersedia.", "OutOfStock", id="fires-id-not-available"),
        pytest.param("Stok kosong", "OutOfStock", id="fires-id-stock-empty"),
        pytest.param("Hampir habis!", None, id="id-almost-gone"),
        pytest.param("Habis dalam 02:14:55", None, id="id-flash-sale-ends"),
        pytest.param("Stok tersedia", None, id="id-stock-available-unread"),
        # an eBay listing that ended (round 3)
        pytest.param("Cette annonce est terminée.", "OutOfStock", id="fires-ebay-fr-ended"),
        pytest.param("Questa inserzione è terminata.", "OutOfStock", id="fires-ebay-it-ended"),
        pytest.param("Bidding has ended on this item.", "OutOfStock", id="fires-ebay-bidding-ended"),
        pytest.param("This listing has ended.", "OutOfStock", id="fires-ebay-listing-ended"),
        pytest.param("Dieses Angebot wurde vom Verkäufer beendet.", "OutOfStock", id="fires-ebay-de-ended"),
        pytest.param("Angebot endet in 2 Std.", None, id="ebay-de-ends-soon"),
        pytest.param("L'inserzione termina tra 2 giorni", None, id="ebay-it-ends-soon"),
        pytest.param("Die Aktion wurde beendet", None, id="promotion-ended"),
        pytest.param("Bidding ends in 3h 12m", None, id="bidding-ends-soon"),
        # a pre-order that closed (round 4, `controls._PREORDER_CLOSED`)
        pytest.param("予約受付終了", "OutOfStock", id="fires-ja-preorder-closed"),
        pytest.param("ご予約受付は終了いたしました", "OutOfStock", id="fires-ja-preorder-closed-polite"),
        pytest.param("預購結束", "OutOfStock", id="fires-zh-preorder-closed"),
        pytest.param("Vorbestellung beendet", "OutOfStock", id="fires-de-preorder-closed"),
        pytest.param("Pre-orders are now closed.", "OutOfStock", id="fires-en-preorders-closed"),
        pytest.param("Preventa finalizada", "OutOfStock", id="fires-es-preorder-closed"),
        pytest.param("予約受付中（1月10日 受付終了予定）", "PreOrder", id="ja-preorder-closing-date"),
        pytest.param("予約受付終了日：1月10日", "PreOrder", id="ja-preorder-end-date"),
        pytest.param("Vorbestellung möglich", "PreOrder", id="de-preorder-open"),
        pytest.param("Précommande", "PreOrder", id="fr-preorder"),
    ],
)
def test_said_state(text: str, expected: str | None) -> None:
    from knockoff.crawler.heuristics.controls import said_state

    assert fold(said_state(text)) == fold(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cash on Delivery Available", True),
        ("No Cost EMI available", True),
        ("Gift wrap available", True),
        ("Express delivery available", True),
        ("Ratenzahlung möglich", True),
        ("Available with cash on delivery", True),
        # the item's own state stays
        ("In stock. Express delivery available", False),
        ("Only 3 left – Cash on Delivery available", False),
        ("Available", False),
        ("Out of stock", False),
        ("Delivery available", False),
        ("Available for pickup today", False),
    ],
)
def test_service_note(text: str, expected: bool) -> None:
    from knockoff.crawler.heuristics.controls import service_note

    assert service_note(text) is expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("配送について", True),
        ("お支払い・返品について", True),
        ("ご注意", True),
        ("Shipping information", True),
        ("Delivery & Returns", True),
        ("Versand & Rückgabe", True),
        ("Livraison et retours", True),
        # about the item, or a bare channel name: its lines may state the item's own state
        ("商品について", False),
        ("この商品について", False),
        ("Shipping", False),
        ("Delivery", False),
        ("About this item", False),
    ],
)
def test_guide_heading(heading: str, expected: bool) -> None:
    from knockoff.crawler.heuristics.controls import _POLICY_LINE

    assert (_POLICY_LINE.search(heading) is not None) is expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(_theme_page("", "", "Reserveer"), "PreOrder", id="fires-reserveer"),
        pytest.param(_theme_page("", "", "Precomandă"), "PreOrder", id="fires-precomanda"),
        pytest.param(_theme_page("", "", "予約する"), "PreOrder", id="fires-yoyaku-suru"),
        pytest.param(_theme_page("", "", "Pre-order now"), "PreOrder", id="pre-order-now"),
        pytest.param(
            _theme_page("", "", "Precomandă", " disabled"), "OutOfStock", id="fires-disabled-precomanda"
        ),
        pytest.param(
            _theme_page("<a class='button' href='/stores/reserve'>Reserveer in de winkel</a>", ""),
            "InStock",
            id="reserve-in-store",
        ),
        pytest.param(
            _theme_page("", "<nav class='menu'><a class='button' href='/c/pre'>Pre-order</a></nav>"),
            "InStock",
            id="menu-pre-order",
        ),
        # a grey pre-order button (round 4, `controls.in_disabled_control`); a pre-order note beside a live one
        pytest.param(
            _theme_page("", "", "Pre-order", " disabled"), "OutOfStock", id="fires-pre-order-disabled"
        ),
        pytest.param(
            _theme_page("<p class='product__note'>Pre-order – ships March 14</p>", ""),
            "PreOrder",
            id="pre-order-note-live-cart",
        ),
        # a delivery box's payment option beside a disabled "Out of Stock" control (Lazada)
        pytest.param(
            _theme_page(
                "<div class='delivery'>Standard Delivery 3-7 days · Cash on Delivery Available</div>",
                "",
                "Out of Stock",
                " disabled",
            ),  # fmt: skip
            "OutOfStock",
            id="fires-cod-beside-disabled",
        ),
        pytest.param(
            _theme_page(
                "<div class='delivery'>In stock · Cash on Delivery Available</div>",
                "",
                "Sold out",
                " disabled",
            ),
            "InStock",
            id="stock-line-and-cod",
        ),
    ],
)
def test_rules_must_not_fire(page: tuple[str, str], expected: str) -> None:
    url, html = page
    got = extract_product(html, url) or {}
    assert fold(got.get("availability")) == fold(expected), got.get("availability")
