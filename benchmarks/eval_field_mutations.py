"""Field mutation probe: what real shop pages carry around their product, and whether every field survives it.

Development probe only: `python -m benchmarks.eval_field_mutations [--mistakes] [--only NAME ...]`
(about 18 minutes for all 57 mutations on this machine; `--only` runs a few). It reads the 24 TRAIN product
pages of /work/shared/data/product-pages (`benchmarks.eval_page_mutations.pages`, which refuses any other
split; sku, availability and brand labelled where the page's own structured data names them,
`bench_extraction.structured_labels`) and the 78 hand-labelled development pages of `bench_extraction.MARKET`.
Each mutation (`MUTATIONS`) adds markup a shop's page really holds beside its product without changing the
truth: other brands in a menu, a comparison table, product cards, a promotion; other items' stock badges,
codes, quick views, bundles and add-ons; variant pickers with sold-out and pre-order choices; store, shipping,
rewards and policy lines; sale banners, lifestyle and Instagram pictures, size charts, badges and ratings
around the heading, a logo `<h1>`, modals and popups. Train pages are read as they are ("as is") and
without their structured data ("sd removed", `strip_structured`), the market pages as they are (most carry
none). Scores: F1 of title, price, main image, sku, availability and brand, as `bench_extraction` counts
them (`title_match`, `image_match`, prices within 0.01, codes and brands normalised as `evaluate_fields`).
Stock and shop words are written in the page's language (`<html lang>`, `_WORDS`), English otherwise.
The pages' own misses (mutation "none") are the baseline: a mutation's cost is its drop from it.

First looks (stop 41, 2026-12-03; each round's mutations written before the fixes of that round; the
kinds fixed are tested in tests/crawler/test_field_mutation_kinds.py):

- Round 1, 17 mutations (price, sku, availability, brand scored): a "Recently viewed" strip's "Item #"
  taken as the sku on 17 market and 2-4 train pages (named, or headed only); another item's quick view
  pre-rendered closed took the listing of 2 pages and read a sold-out item InStock; related cards' named
  prices took Etsy's listing (its own price holds a screen-reader copy); "Frequently bought together"
  made 3 sold-out items InStock and gave an add-on's price; a comparison table without a column for the
  item gave other items' brand and model (left: a comparison table names the item's own column).
- Round 2, 6 mutations (title and main image scored too): a site-title `<h1>` outside the header gave
  Vinted a related card's price.
- Round 3, 5 mutations: badges inside a microdata name's `<h1>` (2 train pages as they are) and inside a
  split brand / name heading (Flipkart's brand).
- Round 4, 5 mutations: "Complete the look" after the main picture (Ozon's price); a hidden modal's `<h1>`
  (Vinted's price).
- Round 5, 6 mutations: a gift card's "from $10.00" in a checkbox's label (7 market prices); a colour
  swatch's "Pre-order" (25 in-stock items read PreOrder).
- Round 6, 4 mutations: a set offered beside the item with its named price (8 market prices).
- Round 7, 4 mutations (after the session's held-out measurement): related products marked as microdata
  Products, a JSON-LD ItemList of related Products, the theme's Organization / WebSite / BreadcrumbList
  JSON-LD, a microdata BreadcrumbList: no field moved once the trail sat where themes print it (placed
  between a title and the line over it, it took Tiffany's collection line and Dawn's vendor caption away
  from the title: the probe's placement, not a shop's).
- Round 8, 4 mutations (after the measurement): carousels' loop copies of another slide before the main
  picture's (Slick `slick-cloned`, Owl `cloned`, FlexSlider `clone`, Swiper `swiper-slide-duplicate`), each
  a copy of the main slide with the library's clone mark and another photo: no field moved
  (`photos._loop_copy`). Written first with the library's slide class on the copy alone (its originals without
  it), they took the main picture of 3-6 train and 14-19 market pages: the probe's markup, not a carousel's.
- Round 9, 3 mutations (after the measurement): other variants' codes printed hidden for a script took the sku
  of 4 train and 46 market pages (named `.sku` elements, "SKU:" labels and running text now pass over codes
  hidden by their markup; left: Best Buy's title wrapper, itself named "sku-title", reads them); the EU's
  "lowest price in the last 30 days" line and a parts page's "Compatible with model numbers ...": no field moved.
- Round 10, 3 mutations (after the measurement): an announcement bar set in an `<h1>` took JD's and Newegg's
  title (`announcement` joins `layout._NOISE`) and, like related cards naming their items in `<h1>`, Vinted's
  price (`Layout._h1_aside`); a promotion `<h2>` right before the `<h1>` moved nothing.

Left: a brand's own store (adidas, IKEA) loses its brand beside a "Brands" menu, a marketplace seller line
or another brand's promotion (what tells a multi-brand retailer; a brand's store shows none of them);
Myntra's separate brand `<h1>` takes a badge or rating line this probe puts after the first `<h1>` (the
probe's placement, not the shop's); a `<noscript>` copy of the logo inside Musinsa's brand link loses its
brand. (A reviews heading "Customer reviews for <document title>" was read as Stanford's title and lost its
brand; real pages name the product there as the heading does, and so does the probe now: no field moves.)
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from typing import Any

from benchmarks.bench_extraction import (
    AVAILABILITY_CLASS,
    MARKET,
    _norm_brand,
    _norm_code,
    image_match,
    strip_structured,
    structured_labels,
    title_match,
    with_shown_prices,
)
from benchmarks.eval_page_mutations import _body, _esc, _frag, _h1, _parse, _write, pages

FIELDS = ("title", "price", "image", "sku", "availability", "brand")

# Other brands the noise names (never a page's own: `_others` drops any that the truth names).
_BRANDS = ("Northwind", "Vantora", "Kestrel & Pine", "Altamira", "Brightwell", "Ostara", "Marlowe", "Tidewater",
           "Corvid", "Halden", "Quillon", "Sablefield")  # fmt: skip

# Stock and shop words per language: sold out, only 2 left, notify me, out of stock, select size,
# pick up in store (not available), sold by, customer reviews, in stock, usually ships, recently viewed, a
# returns policy's out-of-stock sentence.
_WORDS: dict[str, dict[str, str]] = {
    "en": {"recent": 'Recently viewed', "policy": 'If an item is out of stock after you order, we refund you in full.',
           "sold_out": "Sold out", "few": "Only 2 left", "notify": "Notify me when available",
           "oos": "This item is currently out of stock", "size": "Select size", "pickup":
           "Pick up in store: not available at Union Square", "sold_by": "Sold by", "reviews": "Customer reviews",
           "in_stock": "In stock", "ships": "Usually ships within 24 hours"},
    "de": {"recent": 'Zuletzt angesehen', "policy": 'Sollte ein Artikel nach Ihrer Bestellung nicht mehr lieferbar sein, erstatten wir den vollen Betrag.',
           "sold_out": "Ausverkauft", "few": "Nur noch 2 verfügbar", "notify": "Benachrichtigen, wenn verfügbar",
           "oos": "Dieser Artikel ist derzeit nicht verfügbar", "size": "Größe wählen", "pickup":
           "Abholung im Geschäft: in Filiale Mitte nicht verfügbar", "sold_by": "Verkauf durch", "reviews":
           "Kundenbewertungen", "in_stock": "Auf Lager", "ships": "Versand in der Regel innerhalb von 24 Stunden"},
    "fr": {"recent": 'Récemment consultés', "policy": 'Si un article est en rupture de stock après votre commande, nous vous remboursons intégralement.',
           "sold_out": "Épuisé", "few": "Plus que 2 en stock", "notify": "M'avertir du retour en stock",
           "oos": "Cet article est actuellement en rupture de stock", "size": "Choisir la taille", "pickup":
           "Retrait en magasin : indisponible à Opéra", "sold_by": "Vendu par", "reviews": "Avis clients",
           "in_stock": "En stock", "ships": "Expédié sous 24 heures"},
    "it": {"recent": 'Visti di recente', "policy": "Se un articolo risulta esaurito dopo l'ordine, ti rimborsiamo l'intero importo.",
           "sold_out": "Esaurito", "few": "Solo 2 rimasti", "notify": "Avvisami quando disponibile",
           "oos": "Articolo attualmente non disponibile", "size": "Seleziona la taglia", "pickup":
           "Ritiro in negozio: non disponibile a Duomo", "sold_by": "Venduto da", "reviews": "Recensioni clienti",
           "in_stock": "Disponibile", "ships": "Generalmente spedito entro 24 ore"},
    "es": {"recent": 'Vistos recientemente', "policy": 'Si un producto se agota después de tu compra, te devolvemos el importe completo.',
           "sold_out": "Agotado", "few": "Solo quedan 2", "notify": "Avísame cuando esté disponible",
           "oos": "Este artículo no está disponible actualmente", "size": "Elegí tu talle", "pickup":
           "Retiro en tienda: no disponible en Palermo", "sold_by": "Vendido por", "reviews": "Opiniones",
           "in_stock": "Stock disponible", "ships": "Envío en 24 horas"},
    "pt": {"recent": 'Vistos recentemente', "policy": 'Se um produto esgotar após o seu pedido, devolvemos o valor integral.',
           "sold_out": "Esgotado", "few": "Restam apenas 2", "notify": "Avise-me quando chegar",
           "oos": "Produto indisponível no momento", "size": "Selecione o tamanho", "pickup":
           "Retirar na loja: indisponível em Pinheiros", "sold_by": "Vendido por", "reviews": "Avaliações",
           "in_stock": "Em estoque", "ships": "Enviado em até 24 horas"},
    "pl": {"recent": 'Ostatnio oglądane', "policy": 'Jeśli produkt będzie niedostępny po złożeniu zamówienia, zwrócimy pełną kwotę.',
           "sold_out": "Wyprzedane", "few": "Zostały tylko 2 sztuki", "notify": "Powiadom o dostępności",
           "oos": "Produkt chwilowo niedostępny", "size": "Wybierz rozmiar", "pickup":
           "Odbiór w sklepie: niedostępny w Arkadii", "sold_by": "Sprzedawca", "reviews": "Opinie klientów",
           "in_stock": "Dostępny", "ships": "Wysyłka w 24 godziny"},
    "ko": {"recent": '최근 본 상품', "policy": '주문 후 품절된 상품은 전액 환불해 드립니다.',
           "sold_out": "품절", "few": "2개 남음", "notify": "재입고 알림 신청", "oos": "현재 일시품절된 상품입니다",
           "size": "사이즈 선택", "pickup": "매장 픽업: 강남점 재고 없음", "sold_by": "판매자", "reviews": "상품 리뷰",
           "in_stock": "재고 있음", "ships": "오늘 출발"},
    "zh": {"recent": '最近瀏覽', "policy": '若下單後商品缺貨，我們將全額退款。',
           "sold_out": "已售完", "few": "僅剩 2 件", "notify": "貨到通知", "oos": "此商品目前缺貨", "size": "選擇尺寸",
           "pickup": "門市取貨：信義店無庫存", "sold_by": "賣家", "reviews": "商品評價", "in_stock": "現貨",
           "ships": "24小時內出貨"},
    "ja": {"recent": '最近チェックした商品', "policy": 'ご注文後に在庫切れとなった場合は全額返金いたします。',
           "sold_out": "売り切れ", "few": "残り2点", "notify": "入荷お知らせ", "oos": "この商品は現在在庫切れです",
           "size": "サイズを選択", "pickup": "店舗受取：渋谷店は在庫なし", "sold_by": "販売元", "reviews": "カスタマーレビュー",
           "in_stock": "在庫あり", "ships": "24時間以内に発送"},
    "ru": {"recent": 'Вы смотрели', "policy": 'Если товара не окажется в наличии после заказа, мы вернём полную сумму.',
           "sold_out": "Распродано", "few": "Осталось 2 шт.", "notify": "Сообщить о поступлении",
           "oos": "Товара временно нет в наличии", "size": "Выберите размер", "pickup":
           "Самовывоз: нет в магазине на Абая", "sold_by": "Продавец", "reviews": "Отзывы покупателей",
           "in_stock": "В наличии", "ships": "Отправка в течение 24 часов"},
    "sl": {"recent": 'Nazadnje ogledano', "policy": 'Če izdelka po naročilu ni več na zalogi, vam vrnemo celoten znesek.',
           "sold_out": "Razprodano", "few": "Še samo 2 kosa", "notify": "Obvesti me, ko bo na voljo",
           "oos": "Izdelka trenutno ni na zalogi", "size": "Izberi velikost", "pickup":
           "Prevzem v trgovini: ni na voljo v BTC", "sold_by": "Prodajalec", "reviews": "Mnenja kupcev",
           "in_stock": "Na zalogi", "ships": "Pošiljanje v 24 urah"},
    "hr": {"recent": 'Nedavno pregledano', "policy": 'Ako proizvod nakon narudžbe više nije dostupan, vraćamo puni iznos.',
           "sold_out": "Rasprodano", "few": "Još samo 2 komada", "notify": "Obavijesti me kad bude dostupno",
           "oos": "Proizvod trenutno nije dostupan", "size": "Odaberi veličinu", "pickup":
           "Preuzimanje u trgovini: nije dostupno u Areni", "sold_by": "Prodavač", "reviews": "Recenzije kupaca",
           "in_stock": "Na stanju", "ships": "Šaljemo u roku 24 sata"},
    "tr": {"recent": 'Son gezilen ürünler', "policy": 'Siparişinizden sonra ürün tükenirse ücretin tamamını iade ederiz.',
           "sold_out": "Tükendi", "few": "Son 2 ürün", "notify": "Gelince haber ver", "oos": "Bu ürün şu an stokta yok",
           "size": "Beden seçin", "pickup": "Mağazadan teslim: Kadıköy mağazasında yok", "sold_by": "Satıcı",
           "reviews": "Değerlendirmeler", "in_stock": "Stokta", "ships": "24 saat içinde kargoda"},
    "nl": {"recent": 'Recent bekeken', "policy": 'Is een artikel na je bestelling niet meer op voorraad, dan betalen we het volledige bedrag terug.',
           "sold_out": "Uitverkocht", "few": "Nog maar 2 op voorraad", "notify": "Houd me op de hoogte",
           "oos": "Dit artikel is tijdelijk uitverkocht", "size": "Kies je maat", "pickup":
           "Afhalen in de winkel: niet beschikbaar in Centrum", "sold_by": "Verkoop door", "reviews": "Reviews",
           "in_stock": "Op voorraad", "ships": "Voor 23:59 besteld, morgen in huis"},
}  # fmt: skip
_LANG_ALIASES = {"kk": "ru", "uk": "ru", "ar": "es"}


def _lang(html: str) -> str:
    m = re.search(r"<html\b[^>]*\blang=[\"']?([A-Za-z]{2})", html[:5000], re.I)
    code = (m.group(1).lower() if m else "en") if m else "en"
    code = _LANG_ALIASES.get(code, code)
    return code if code in _WORDS else "en"


def _others(ctx: dict[str, Any], n: int) -> list[str]:
    own = (ctx.get("brand") or "").casefold()
    return [b for b in _BRANDS if not own or (b.casefold() not in own and own not in b.casefold())][:n]


def _anchor(root: Any) -> Any:
    """The product's title block: the first non-empty h1's parent (None without an h1)."""
    h1 = _h1(root)
    block = None if h1 is None else h1.getparent()
    if block is not None and block.get("itemprop") == "name":
        block = block.getparent()  # a microdata name wrapper around the h1 (Overstock): its block is above
    return block


def _near_product(html: str, markup: str) -> str:
    """`markup` appended to the title's block (unchanged page without an h1)."""
    root = _parse(html)
    block = _anchor(root)
    if block is None or block.tag == "body":
        return html
    block.append(_frag(markup))
    return _write(root)


def _at_end(html: str, markup: str) -> str:
    root = _parse(html)
    _body(root).append(_frag(markup))
    return _write(root)


def _at_top(html: str, markup: str) -> str:
    root = _parse(html)
    _body(root).insert(0, _frag(markup))
    return _write(root)


# ---- mutations: (html, ctx) -> html; ctx: {"lang", "words", "brand", "availability", "sign"} ----------


def brand_menu(html: str, ctx: dict[str, Any]) -> str:
    """A header mega-menu "Brands" listing ten other brands' pages."""
    links = "".join(
        f'<li><a href="/brands/{re.sub(r"[^a-z]+", "-", b.lower()).strip("-")}">{_esc(b)}</a></li>'
        for b in _others(ctx, 10)
    )
    return _at_top(html, (
        '<nav class="main-nav mega-menu"><ul><li class="menu-item has-children"><a href="/brands">Brands</a>'
        f'<ul class="sub-menu brand-list">{links}</ul></li><li><a href="/new">New arrivals</a></li></ul></nav>'
    ))  # fmt: skip


def related_cards(html: str, ctx: dict[str, Any]) -> str:
    """ "You may also like": four cards, each with another brand, a name, a price and a stock badge
    (two sold out, one few left, one in stock)."""
    w = ctx["words"]
    badges = (w["sold_out"], w["few"], w["sold_out"], w["in_stock"])
    cards = "".join(
        f'<li class="product-card"><a href="/p/rel-{i}"><img src="/img/rel-{i}-300x300.jpg" alt=""></a>'
        f'<div class="product-card__brand">{_esc(b)}</div><a class="product-card__title" href="/p/rel-{i}">'
        f'Everyday Item {i + 1}</a><span class="product-card__price">{ctx["sign"]}{19 + 7 * i}.95</span>'
        f'<span class="badge stock-badge">{_esc(badge)}</span></li>'
        for i, (b, badge) in enumerate(zip(_others(ctx, 4), badges, strict=False))
    )
    return _at_end(
        html, f'<section class="related-products"><h2>You may also like</h2><ul>{cards}</ul></section>'
    )


def size_stock(html: str, ctx: dict[str, Any]) -> str:
    """A size selector in the title's block with two sizes sold out and one nearly (in-stock products only)."""
    if ctx["availability"] not in ("InStock", None):
        return html
    w = ctx["words"]
    return _near_product(html, (
        f'<div class="product-options"><label for="size-select">{_esc(w["size"])}</label>'
        f'<select id="size-select" name="size"><option value="">{_esc(w["size"])}</option>'
        f'<option value="xs" disabled>XS - {_esc(w["sold_out"])}</option><option value="s">S</option>'
        f'<option value="m">M - {_esc(w["few"])}</option><option value="xl" disabled>XL - {_esc(w["sold_out"])}'
        "</option></select></div>"
    ))  # fmt: skip


def store_pickup(html: str, ctx: dict[str, Any]) -> str:
    """A store-pickup line ("not available at <store>") in the title's block (in-stock products only:
    online stock is the listing's)."""
    if ctx["availability"] not in ("InStock", None):
        return html
    return _near_product(html, (
        f'<div class="fulfillment-options"><div class="pickup-option"><p>{_esc(ctx["words"]["pickup"])}</p>'
        '<a href="#stores" class="change-store">Check other stores</a></div></div>'
    ))  # fmt: skip


def hidden_notify(html: str, ctx: dict[str, Any]) -> str:
    """The theme's back-in-stock form printed hidden (inline display:none) for a script to show, in the
    title's block (in-stock products only)."""
    if ctx["availability"] not in ("InStock", None):
        return html
    w = ctx["words"]
    return _near_product(html, (
        f'<div class="back-in-stock" style="display:none"><p class="oos-message">{_esc(w["oos"])}</p>'
        f'<button type="button" class="btn notify-me">{_esc(w["notify"])}</button></div>'
    ))  # fmt: skip


def seller_line(html: str, ctx: dict[str, Any]) -> str:
    """A marketplace seller line ("Sold by <shop>") in the title's block: a seller is no brand."""
    return _near_product(html, (
        f'<div class="seller-info">{_esc(ctx["words"]["sold_by"])} <a href="/shop/harbor-goods-outlet">'
        "Harbor Goods Outlet</a> (4.8 ★, 12,431 ratings)</div>"
    ))  # fmt: skip


def compare_table(html: str, ctx: dict[str, Any]) -> str:
    """ "Compare similar items": a table of this item (its brand where the page names one) beside two
    other brands' items, with brand, model, price and stock rows, at the page's end."""
    a, b = _others(ctx, 2)
    w = ctx["words"]
    own = _esc((ctx.get("brand") or "").title()) or "&#8212;"
    return _at_end(html, (
        '<section class="compare"><h2>Compare similar items</h2><table class="compare-table"><thead><tr><th></th>'
        '<th>This item</th><th><a href="/p/vx-2200">VX-2200 Carry Case</a></th><th><a href="/p/ht-410b">HT-410B '
        f"Carry Case</a></th></tr></thead><tbody><tr><th>Brand</th><td>{own}</td><td>{_esc(a)}</td><td>{_esc(b)}"
        "</td></tr><tr><th>Model</th><td>&#8212;</td><td>VX-2200</td><td>HT-410B</td></tr>"
        f"<tr><th>Price</th><td>&#8212;</td><td>{ctx['sign']}49.99</td><td>{ctx['sign']}64.00</td></tr>"
        f"<tr><th>Availability</th><td>&#8212;</td><td>{_esc(w['sold_out'])}</td><td>{_esc(w['in_stock'])}</td></tr>"
        "</tbody></table></section>"
    ))  # fmt: skip


def recently_viewed(html: str, ctx: dict[str, Any]) -> str:
    """A "Recently viewed" strip of two other items with their item numbers, at the page's end."""
    a, b = _others(ctx, 2)
    return _at_end(html, (
        '<aside class="recently-viewed"><h3>Recently viewed</h3><ul>'
        f'<li><a href="/p/4471923">{_esc(a)} Trail Sock</a><span class="item-number">Item # 4471923</span></li>'
        f'<li><a href="/p/5520871">{_esc(b)} Travel Mug</a><span class="item-number">Item # 5520871</span></li>'
        "</ul></aside>"
    ))  # fmt: skip


def reviews(html: str, ctx: dict[str, Any]) -> str:
    """A reviews section: one review names another brand, one an earlier sell-out."""
    a, b = _others(ctx, 2)
    w = ctx["words"]
    return _at_end(html, (
        f'<section id="reviews" class="reviews"><h2>{_esc(w["reviews"])}</h2>'
        '<div class="review"><div class="review-rating">★★★★★</div><p class="review-body">Much better made than '
        f"my old {_esc(a)} one, and half the price of the {_esc(b)} version.</p><span class=\"review-author\">"
        "Dana R.</span></div><div class=\"review\"><div class=\"review-rating\">★★★★☆</div><p class=\"review-body\">"
        f"It was {_esc(w['sold_out'].lower())} for weeks when I first tried to buy it. Worth the wait.</p>"
        '<span class="review-author">Sam K.</span></div></section>'
    ))  # fmt: skip


def ships_promise(html: str, ctx: dict[str, Any]) -> str:
    """A delivery promise in the title's block (in-stock products only)."""
    if ctx["availability"] not in ("InStock", None):
        return html
    return _near_product(html, f'<p class="delivery-promise">{_esc(ctx["words"]["ships"])}</p>')


def recently_plain(html: str, ctx: dict[str, Any]) -> str:
    """As `recently_viewed`, in blocks with no telling class (older themes, hashed CSS): only the heading,
    in the page's language, says the two items are other products."""
    a, b = _others(ctx, 2)
    return _at_end(html, (
        f'<div class="box col-12"><h3 class="box-title">{_esc(ctx["words"]["recent"])}</h3><div class="row">'
        f'<div class="col"><a href="/p/4471923">{_esc(a)} Trail Sock</a><div class="small">Item # 4471923</div></div>'
        f'<div class="col"><a href="/p/5520871">{_esc(b)} Travel Mug</a><div class="small">Item # 5520871</div></div>'
        "</div></div>"
    ))  # fmt: skip


def oos_policy(html: str, ctx: dict[str, Any]) -> str:
    """A shipping-and-returns panel in the title's block whose policy names the out-of-stock case."""
    return _near_product(html, (
        '<details class="accordion shipping-returns"><summary>Shipping &amp; returns</summary>'
        f'<div class="accordion__content"><p>{_esc(ctx["words"]["policy"])}</p></div></details>'
    ))  # fmt: skip


def quick_view(html: str, ctx: dict[str, Any]) -> str:
    """Another item's quick view pre-rendered hidden (display:none) at the page's end: brand, code, stock,
    price and a buy button of its own."""
    a = _others(ctx, 1)[0]
    w = ctx["words"]
    return _at_end(html, (
        '<div class="modal quick-view" id="qv-88123" role="dialog" aria-hidden="true" style="display:none">'
        f'<div class="qv-brand">Brand: {_esc(a)}</div><h2 class="qv-title">Canvas Weekender Duffel</h2>'
        f'<div class="qv-sku">SKU: QV-88123</div><div class="qv-stock">{_esc(w["sold_out"])}</div>'
        f"<div class=\"qv-price\">{ctx['sign']}89.00</div><button class=\"btn add-to-cart\" disabled>"
        f'{_esc(w["sold_out"])}</button></div>'
    ))  # fmt: skip


def bought_together(html: str, ctx: dict[str, Any]) -> str:
    """ "Frequently bought together" in the title's block: this item and two other brands' add-ons with
    their prices, stock notes and one button adding all three."""
    a, b = _others(ctx, 2)
    w = ctx["words"]
    return _near_product(html, (
        '<div class="bundle fbt"><h3>Frequently bought together</h3><ul>'
        '<li><input type="checkbox" checked> <b>This item</b></li>'
        f'<li><input type="checkbox" checked> <a href="/p/kit-301">{_esc(a)} Cleaning Kit</a> '
        f"<span>{ctx['sign']}12.99</span> <span class=\"stock\">{_esc(w['few'])}</span></li>"
        f'<li><input type="checkbox"> <a href="/p/pouch-77">{_esc(b)} Storage Pouch</a> '
        f"<span>{ctx['sign']}9.50</span> <span class=\"stock\">{_esc(w['sold_out'])}</span></li></ul>"
        '<button type="button" class="btn">Add all three to cart</button></div>'
    ))  # fmt: skip


def questions(html: str, ctx: dict[str, Any]) -> str:
    """Shoppers' questions and answers at the page's end, naming another brand, a code and a sell-out."""
    a = _others(ctx, 1)[0]
    return _at_end(html, (
        '<section class="qa"><h2>Questions &amp; answers</h2><div class="qa-item"><p class="q">Q: Does it fit the '
        f"{_esc(a)} charger? The SKU on mine is NW-4410.</p><p class=\"a\">A: Yes. Note the {_esc(a)} one was out "
        "of stock all winter.</p></div></section>"
    ))  # fmt: skip


def promo_brand(html: str, ctx: dict[str, Any]) -> str:
    """A promotion bar at the top of the page for another brand's event."""
    a = _others(ctx, 1)[0]
    return _at_top(html, (
        f'<div class="promo-banner"><a href="/brands/{re.sub(r"[^a-z]+", "-", a.lower()).strip("-")}">'
        f"{_esc(a)} Week: 20% off everything by {_esc(a)}</a></div>"
    ))  # fmt: skip


def store_stock(html: str, ctx: dict[str, Any]) -> str:
    """A store-stock list in the title's block (in-stock products only): one store sold out, one nearly."""
    if ctx["availability"] not in ("InStock", None):
        return html
    w = ctx["words"]
    return _near_product(html, (
        '<div class="store-availability"><h4>Find it in a store</h4><ul>'
        f'<li>Downtown: {_esc(w["sold_out"])}</li><li>Riverside Mall: {_esc(w["few"])}</li></ul></div>'
    ))  # fmt: skip


def promo_hero(html: str, ctx: dict[str, Any]) -> str:
    """A sale banner picture across the page's top (1920 x 640), linking to the sale."""
    return _at_top(html, (
        '<section class="hero-banner"><a href="/sale"><img src="https://cdn.example-shop.test/banners/'
        'summer-sale-1920x640.jpg" alt="Summer sale: up to 50% off" width="1920" height="640"></a></section>'
    ))  # fmt: skip


def shop_the_look(html: str, ctx: dict[str, Any]) -> str:
    """ "Shop the look" at the page's end: a large lifestyle photo (1000 x 1250) and links to two other items."""
    a, b = _others(ctx, 2)
    return _at_end(html, (
        '<section class="shop-the-look"><h2>Shop the look</h2><div class="look"><img src="https://cdn.example-shop'
        '.test/looks/look-12-1000x1250.jpg" alt="Styled look" width="1000" height="1250"><ul>'
        f'<li><a href="/p/look-jacket">{_esc(a)} Field Jacket</a></li><li><a href="/p/look-boot">{_esc(b)} Chelsea '
        "Boot</a></li></ul></div></section>"
    ))  # fmt: skip


def size_chart(html: str, ctx: dict[str, Any]) -> str:
    """A size guide in the title's block: a closed `<details>` holding the chart's picture (800 x 600)."""
    return _near_product(html, (
        '<details class="size-guide"><summary>Size guide</summary><img src="https://cdn.example-shop.test/guides/'
        'size-chart-800x600.png" alt="Size chart" width="800" height="600"></details>'
    ))  # fmt: skip


def sticky_bar(html: str, ctx: dict[str, Any]) -> str:
    """A sticky add-to-cart bar at the page's top: a thumbnail, the title's first four words, a button."""
    short = " ".join(re.sub(r"\s+", " ", ctx["title"] or "").split(" ")[:4])
    return _at_top(html, (
        '<div class="sticky-atc" aria-hidden="true"><img src="https://cdn.example-shop.test/p/sticky-thumb-80x80.jpg"'
        f' width="80" height="80" alt=""><span class="sticky-atc__title">{_esc(short)}</span>'
        '<a class="btn" href="#buy">Buy</a></div>'
    ))  # fmt: skip


def payment_icons(html: str, ctx: dict[str, Any]) -> str:
    """Payment and trust badges in the title's block."""
    icons = "".join(
        f'<img src="https://cdn.example-shop.test/icons/{n}.svg" alt="{n.title()}" width="38" height="24">'
        for n in ("visa", "mastercard", "paypal", "klarna")
    )
    return _near_product(html, f'<div class="payment-icons">{icons}<span>Secure checkout</span></div>')


def logo_heading(html: str, ctx: dict[str, Any]) -> str:
    """The shop's logo inside an `<h1>` at the page's top, as older themes print it on every page."""
    return _at_top(html, (
        '<div class="site-branding"><h1 class="site-title"><a href="/" rel="home"><img src="https://cdn.example-shop'
        '.test/logo-300x80.png" alt="Example Shop" width="300" height="80"></a></h1></div>'
    ))  # fmt: skip


def _main_img(root: Any, ctx: dict[str, Any]) -> Any:
    """The first `<img>` whose URL (src, data-src, srcset's first) is one of the labelled main image's, or None."""
    from urllib.parse import urljoin

    want = ctx.get("images") or set()
    for img in root.iter("img"):
        for attr in ("src", "data-src", "data-zoom-image", "srcset", "data-srcset"):
            value = (img.get(attr) or "").strip().split(",")[0].split(" ")[0]
            if value and urljoin(ctx.get("base") or "", value) in want:
                return img
    return None


def _slide_of(img: Any) -> Any:
    """The slide a gallery picture `img` sits in: its parent, its grandparent when the parent is a link or a
    `<picture>` (`img` itself without a parent)."""
    slide = img.getparent() if img.getparent() is not None else img
    if slide.tag in ("a", "picture") and slide.getparent() is not None:
        slide = slide.getparent()
    return slide


def _before_main_img(html: str, ctx: dict[str, Any], markup: str, slide: bool) -> str:
    """`markup` before the labelled main picture: beside it, or (`slide`) as a slide before its slide (the
    picture's parent, its grandparent when the parent is a link)."""
    root = _parse(html)
    img = _main_img(root, ctx)
    if img is None:
        return html
    anchor = _slide_of(img) if slide else img
    if anchor.tag == "body":
        anchor = img
    anchor.addprevious(_frag(markup))
    return _write(root)


def video_first(html: str, ctx: dict[str, Any]) -> str:
    """A product video as the gallery's first slide: its YouTube poster (1280 x 720) and a play button."""
    return _before_main_img(html, ctx, (
        '<div class="slide slide--video"><a href="https://www.youtube.com/watch?v=abc123XYZ" class="video-link">'
        '<img src="https://i.ytimg.com/vi/abc123XYZ/maxresdefault.jpg" alt="Play video" width="1280" height="720">'
        '<span class="play-icon">&#9658;</span></a></div>'
    ), slide=True)  # fmt: skip


def sale_badge(html: str, ctx: dict[str, Any]) -> str:
    """A "Sale" badge picture (120 x 120) laid over the main picture, before it in its box."""
    return _before_main_img(html, ctx, (
        '<img class="badge-overlay" src="https://cdn.example-shop.test/badges/sale-badge-120x120.png" alt="Sale" '
        'width="120" height="120">'
    ), slide=False)  # fmt: skip


def title_badge(html: str, ctx: dict[str, Any]) -> str:
    """A "New" and a "Bestseller" badge inside the `<h1>`, after the name."""
    root = _parse(html)
    h1 = _h1(root)
    if h1 is None:
        return html
    h1.append(_frag('<span class="badge badge--new">New</span>'))
    h1.append(_frag('<span class="badge badge--best">Bestseller</span>'))
    return _write(root)


def rating_line(html: str, ctx: dict[str, Any]) -> str:
    """A rating summary right after the `<h1>`: stars, "4.8 out of 5", a link to 1,234 reviews."""
    root = _parse(html)
    h1 = _h1(root)
    if h1 is None:
        return html
    h1.addnext(_frag(
        '<div class="rating-summary"><span class="stars" aria-label="4.8 out of 5 stars">&#9733;&#9733;&#9733;'
        '&#9733;&#9733;</span> <span>4.8 out of 5</span> <a href="#reviews">1,234 reviews</a></div>'
    ))  # fmt: skip
    return _write(root)


def review_heading(html: str, ctx: dict[str, Any]) -> str:
    """A reviews section at the page's end headed by the product's name as its `<h1>` shows it: "Customer reviews
    for <name>"."""
    root = _parse(html)
    h1 = _h1(root)
    if h1 is None:
        return html
    name = _esc(re.sub(r"\s+", " ", h1.text_content()).strip())
    _body(root).append(_frag(
        f'<section class="reviews"><h2>Customer reviews for {name}</h2><div class="review"><h3>Great value</h3>'
        "<p>Exactly as described.</p></div></section>"
    ))  # fmt: skip
    return _write(root)


def complete_look(html: str, ctx: dict[str, Any]) -> str:
    """ "Complete the look" right after the main picture's slide: two other items' large pictures (800 x 800)
    with their names and prices."""
    a, b = _others(ctx, 2)
    return _after_main_img(html, ctx, (
        '<div class="complete-the-look"><h3>Complete the look</h3><a href="/p/ctl-1"><img src="https://cdn.example-'
        f'shop.test/p/ctl-jacket-800x800.jpg" width="800" height="800" alt="{_esc(a)} Field Jacket"></a>'
        f'<a href="/p/ctl-1">{_esc(a)} Field Jacket</a><span>{ctx["sign"]}129.00</span><a href="/p/ctl-2"><img '
        f'src="https://cdn.example-shop.test/p/ctl-boot-800x800.jpg" width="800" height="800" alt="{_esc(b)} Boot">'
        f'</a><a href="/p/ctl-2">{_esc(b)} Boot</a><span>{ctx["sign"]}149.00</span></div>'
    ))  # fmt: skip


def _after_main_img(html: str, ctx: dict[str, Any], markup: str) -> str:
    root = _parse(html)
    img = _main_img(root, ctx)
    if img is None:
        return html
    anchor = (
        img.getparent() if img.getparent() is not None and img.getparent().tag in ("a", "picture") else img
    )
    anchor.addnext(_frag(markup))
    return _write(root)


def modal_heading(html: str, ctx: dict[str, Any]) -> str:
    """A size-guide modal printed hidden at the page's start, headed by its own `<h1>` with a chart picture."""
    return _at_top(html, (
        '<div class="modal size-guide-modal" id="size-guide" style="display:none"><h1>Size guide</h1><img src='
        '"https://cdn.example-shop.test/guides/size-guide-1000x700.jpg" width="1000" height="700" alt="Size guide">'
        "</div>"
    ))  # fmt: skip


def newsletter_popup(html: str, ctx: dict[str, Any]) -> str:
    """A newsletter popup saved open at the page's end: a picture (600 x 600), a heading, an e-mail form."""
    return _at_end(html, (
        '<div class="newsletter-popup" role="dialog" aria-modal="true"><img src="https://cdn.example-shop.test/'
        'popups/welcome-600x600.jpg" width="600" height="600" alt="Welcome"><h2>Get 10% off your first order</h2>'
        '<form action="/subscribe"><input type="email" name="email" placeholder="Email"><button type="submit">'
        "Subscribe</button></form></div>"
    ))  # fmt: skip


def instagram_feed(html: str, ctx: dict[str, Any]) -> str:
    """ "#shop on Instagram": six square pictures (640 x 640) linking to Instagram, at the page's end."""
    pics = "".join(
        f'<a href="https://www.instagram.com/p/B{i}xYz/"><img src="https://cdn.example-shop.test/ig/post-{i}-640x640'
        f'.jpg" width="640" height="640" alt="Instagram post {i}"></a>'
        for i in range(6)
    )
    return _at_end(html, f'<section class="instagram"><h2>#exampleshop on Instagram</h2>{pics}</section>')


def brand_story(html: str, ctx: dict[str, Any]) -> str:
    """A brand story block after the title's block: a wide picture (1600 x 900), a heading and a paragraph."""
    root = _parse(html)
    block = _anchor(root)
    if block is None or block.tag == "body" or block.getparent() is None:
        return html
    block.addnext(_frag(
        '<section class="brand-story"><img src="https://cdn.example-shop.test/story/workshop-1600x900.jpg" '
        'width="1600" height="900" alt="Our workshop"><h2>Made to last</h2><p>Every piece is cut and finished in '
        "our own workshop, then tested for a year of daily use.</p></section>"
    ))  # fmt: skip
    return _write(root)


def currency_switcher(html: str, ctx: dict[str, Any]) -> str:
    """A currency selector in the page's top bar: a `<select>` of four currencies and the chosen one's sign."""
    return _at_top(html, (
        '<div class="top-bar"><form class="currency-form" action="/localization" method="post"><label for="cur">'
        'Currency</label><select id="cur" name="currency"><option value="USD">USD $</option><option value="EUR">'
        'EUR &#8364;</option><option value="GBP">GBP &#163;</option><option value="JPY">JPY &#165;</option>'
        '</select></form><span class="ship-to">Ship to: United States</span></div>'
    ))  # fmt: skip


def shipping_cost(html: str, ctx: dict[str, Any]) -> str:
    """A shipping line and a free-shipping threshold in the title's block."""
    sign = ctx["sign"]
    return _near_product(html, (
        f'<div class="shipping-info"><p>+ {sign}5.99 shipping</p><p>Free shipping on orders over {sign}75.00</p>'
        "</div>"
    ))  # fmt: skip


def loyalty_points(html: str, ctx: dict[str, Any]) -> str:
    """A rewards line in the title's block: points and what they are worth."""
    return _near_product(html, (
        f'<div class="rewards">Earn 120 points ({ctx["sign"]}1.20 back) with Example Rewards. '
        '<a href="/rewards">Learn more</a></div>'
    ))  # fmt: skip


def countdown_deal(html: str, ctx: dict[str, Any]) -> str:
    """A deal countdown in the title's block: "Deal ends in 03:12:45", "1,204 sold"."""
    return _near_product(html, (
        '<div class="deal-timer"><span>Deal ends in</span> <span class="timer">03:12:45</span> '
        '<span class="sold-count">1,204 sold</span></div>'
    ))  # fmt: skip


def gift_card_upsell(html: str, ctx: dict[str, Any]) -> str:
    """A gift-wrap and gift-card offer in the title's block, each with its own amount and checkbox."""
    sign = ctx["sign"]
    return _near_product(html, (
        f'<div class="gift-options"><label><input type="checkbox" name="gift_wrap"> Add gift wrap (+{sign}4.95)'
        f'</label><label><input type="checkbox" name="gift_card"> Add a gift card from {sign}10.00</label></div>'
    ))  # fmt: skip


def swatch_preorder(html: str, ctx: dict[str, Any]) -> str:
    """Colour swatches in the title's block, one marked "Pre-order" and one "Sold out" (in-stock products only)."""
    if ctx["availability"] not in ("InStock", None):
        return html
    return _near_product(html, (
        '<fieldset class="swatches"><legend>Colour: Black</legend><label class="swatch is-selected"><input '
        'type="radio" name="color" value="black" checked> Black</label><label class="swatch"><input type="radio" '
        'name="color" value="sand"> Sand <span class="swatch-note">Pre-order</span></label><label class="swatch '
        'is-unavailable"><input type="radio" name="color" value="olive" disabled> Olive <span class="swatch-note">'
        f"{_esc(ctx['words']['sold_out'])}</span></label></fieldset>"
    ))  # fmt: skip


def _own_amount(ctx: dict[str, Any], factor: float = 1.0) -> str | None:
    """The labelled price times `factor`, written as an English-language shop writes it ("$22.46"), on pages
    in English only (None elsewhere: a mutation needing it leaves the page unchanged)."""
    if ctx["lang"] != "en" or not ctx.get("price"):
        return None
    return f"{ctx['sign']}{ctx['price'] * factor:,.2f}"


def subscribe_save(html: str, ctx: dict[str, Any]) -> str:
    """Purchase options in the title's block (English pages): "One-time purchase" (chosen) at the price and
    "Subscribe & Save 10%" at 90% of it, each a labelled radio."""
    once, sub = _own_amount(ctx), _own_amount(ctx, 0.9)
    if once is None:
        return html
    return _near_product(html, (
        '<div class="purchase-options"><label class="option is-selected"><input type="radio" name="purchase" '
        f'value="once" checked> One-time purchase <span class="option-price">{once}</span></label><label '
        f'class="option"><input type="radio" name="purchase" value="sub"> Subscribe &amp; Save 10% <span '
        f'class="option-price">{sub}</span><small>Delivered every 30 days</small></label></div>'
    ))  # fmt: skip


def bundle_offer(html: str, ctx: dict[str, Any]) -> str:
    """ "Buy the set" in the title's block: this item with a case for a named bundle price, its own button."""
    a = _others(ctx, 1)[0]
    return _near_product(html, (
        f'<div class="bundle-offer"><p>Buy the set: this item + {_esc(a)} Travel Case</p><span class="bundle-price">'
        f'{ctx["sign"]}59.99</span><button type="button" class="btn">Add bundle to cart</button></div>'
    ))  # fmt: skip


def select_prices(html: str, ctx: dict[str, Any]) -> str:
    """A size `<select>` in the title's block (English pages) whose options carry their prices, the first at
    the item's price, a larger size dearer."""
    once, more = _own_amount(ctx), _own_amount(ctx, 1.2)
    if once is None:
        return html
    return _near_product(html, (
        f'<div class="variant-select"><label for="size">Size</label><select id="size" name="id"><option value="1" '
        f"selected>Standard - {once}</option><option value=\"2\">Large - {more}</option></select></div>"
    ))  # fmt: skip


def noscript_copy(html: str, ctx: dict[str, Any]) -> str:
    """A lazy theme's `<noscript>` copy of every picture (the same file), right after it."""
    root = _parse(html)
    for img in list(root.iter("img"))[:40]:
        src = img.get("src")
        if src and not src.startswith("data:"):
            img.addnext(_frag(f'<noscript><img src="{_esc(src)}" alt=""></noscript>'))
    return _write(root)


def related_microdata(html: str, ctx: dict[str, Any]) -> str:
    """Four related products at the page's end, each its own schema.org microdata Product (name, image, an
    Offer with price and availability), as 2017 themes marked their cards."""
    cards = "".join(
        f'<li class="item" itemscope itemtype="http://schema.org/Product"><a href="/p/rel-{i}" itemprop="url"><img '
        f'itemprop="image" src="https://cdn.example-shop.test/p/rel-{i}-300x300.jpg" alt=""></a><a href="/p/rel-{i}" '
        f'class="product-name" itemprop="name">{_esc(b)} Everyday Item {i}</a><div itemprop="offers" itemscope '
        f'itemtype="http://schema.org/Offer"><meta itemprop="priceCurrency" content="USD"><span itemprop="price" '
        f'content="{19 + 7 * i}.95">${19 + 7 * i}.95</span><link itemprop="availability" '
        'href="http://schema.org/InStock"></div></li>'
        for i, b in enumerate(_others(ctx, 4))
    )
    return _at_end(
        html,
        f'<div class="block related"><h2>Related Products</h2><ul class="products-grid">{cards}</ul></div>',
    )


def jsonld_item_list(html: str, ctx: dict[str, Any]) -> str:
    """A JSON-LD ItemList of three related Products (name, url, image, offer) in the page's body."""
    items = ",".join(
        f'{{"@type":"ListItem","position":{i + 1},"item":{{"@type":"Product","name":"{b} Everyday Item {i}",'
        f'"url":"https://www.example-shop.test/p/rel-{i}","image":"https://cdn.example-shop.test/p/rel-{i}.jpg",'
        f'"offers":{{"@type":"Offer","price":"{19 + 7 * i}.95","priceCurrency":"USD",'
        '"availability":"https://schema.org/InStock"}}}'
        for i, b in enumerate(_others(ctx, 3))
    )
    return _at_end(html, (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","name":"Related '
        f'products","itemListElement":[{items}]}}</script>'
    ))  # fmt: skip


def jsonld_site(html: str, ctx: dict[str, Any]) -> str:
    """The JSON-LD a shop's theme prints on every page: Organization (name, logo, sameAs), WebSite with a
    SearchAction, and a BreadcrumbList."""
    return _at_end(html, (
        '<script type="application/ld+json">[{"@context":"https://schema.org","@type":"Organization","name":'
        '"Example Shop","url":"https://www.example-shop.test/","logo":"https://cdn.example-shop.test/logo-600x200.png",'
        '"sameAs":["https://www.instagram.com/exampleshop"]},{"@context":"https://schema.org","@type":"WebSite",'
        '"url":"https://www.example-shop.test/","potentialAction":{"@type":"SearchAction","target":'
        '"https://www.example-shop.test/search?q={search_term_string}","query-input":"required name=search_term_string"}},'
        '{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",'
        '"position":1,"name":"Home","item":"https://www.example-shop.test/"},{"@type":"ListItem","position":2,'
        '"name":"New arrivals","item":"https://www.example-shop.test/c/new"}]}]</script>'
    ))  # fmt: skip


def microdata_crumbs(html: str, ctx: dict[str, Any]) -> str:
    """A microdata BreadcrumbList (Home > category) at the top of `<main>`, else before the title's block's
    parent, as 2017 themes printed it."""
    root = _parse(html)
    main = next(root.iter("main"), None)
    block = _anchor(root)
    if main is None and (block is None or block.tag == "body" or block.getparent() is None):
        return html
    crumbs = _frag(
        '<ol class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement" '
        'itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Home</span>'
        '</a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope '
        'itemtype="http://schema.org/ListItem"><a itemprop="item" href="/c/new"><span itemprop="name">New arrivals'
        '</span></a><meta itemprop="position" content="2"></li></ol>'
    )  # fmt: skip
    if main is not None:
        main.insert(0, crumbs)  # at the top of the page's main content, where themes print the trail
    elif block.getparent().tag != "body":
        block.getparent().addprevious(crumbs)
    else:
        block.addprevious(crumbs)
    return _write(root)


def _other_photo(root: Any, img: Any, ctx: dict[str, Any]) -> str:
    """Another photo of the gallery the main picture `img` sits in (the last `<img>` of its 3 nearest ancestors
    with another URL), else the main picture's URL with an "-alt" view name."""
    from urllib.parse import urljoin

    main = (img.get("src") or img.get("data-src") or "").strip()
    box = img
    for _ in range(3):
        box = box.getparent() if box.getparent() is not None else box
    others = [
        u
        for i in box.iter("img")
        if (u := (i.get("src") or i.get("data-src") or "").strip())
        and not u.startswith("data:")
        and urljoin(ctx.get("base") or "", u) not in (ctx.get("images") or set())
    ]
    if others:
        return others[-1]
    stem, dot, ext = main.rpartition(".")
    return f"{stem}-alt-view.{ext}" if dot else main + "-alt-view"


def _clone_before(html: str, ctx: dict[str, Any], marks: str, attrs: dict[str, str]) -> str:
    """A carousel's loop copy of another slide before the main picture's slide, as carousel scripts leave them in
    a saved page (the last slide cloned before the first, for an endless loop): the main picture's slide (its
    parent, its grandparent when the parent is a link or `<picture>`) copied whole, its class gaining `marks`,
    `attrs` set on it, its picture's URLs replaced by another photo of the gallery (`_other_photo`)."""
    import copy as _copy

    root = _parse(html)
    img = _main_img(root, ctx)
    if img is None:
        return html
    slide = _slide_of(img)
    if slide.tag in ("body", "main"):
        return html
    other = _other_photo(root, img, ctx)
    clone = _copy.deepcopy(slide)
    clone.tail = None
    clone.set("class", f"{clone.get('class') or ''} {marks}".strip())
    for k, v in attrs.items():
        clone.set(k, v)
    for pic in clone.iter("img", "source"):
        for attr in ("src", "data-src", "srcset", "data-srcset", "data-zoom-image"):
            if pic.get(attr):
                pic.set(attr, other)
    slide.addprevious(clone)
    return _write(root)


def slick_clone(html: str, ctx: dict[str, Any]) -> str:
    """Slick's clone of the last slide before the first (`slick-slide slick-cloned`, `data-slick-index="-1"`)."""
    return _clone_before(html, ctx, "slick-cloned", {"data-slick-index": "-1", "aria-hidden": "true"})


def owl_clone(html: str, ctx: dict[str, Any]) -> str:
    """Owl Carousel's cloned item before the first (`owl-item cloned`)."""
    return _clone_before(html, ctx, "cloned", {})


def flex_clone(html: str, ctx: dict[str, Any]) -> str:
    """FlexSlider's clone before the first slide (`class="clone" aria-hidden="true"`)."""
    return _clone_before(html, ctx, "clone", {"aria-hidden": "true"})


def swiper_clone(html: str, ctx: dict[str, Any]) -> str:
    """Swiper's duplicate of the last slide before the first (`swiper-slide swiper-slide-duplicate`)."""
    return _clone_before(html, ctx, "swiper-slide-duplicate", {"data-swiper-slide-index": "4"})


# the EU's "lowest price in the last 30 days" line (Omnibus directive, 2022), in the languages of issue 14's
# European markets; the amount written as those shops write it
_OMNIBUS = {
    "en": "Lowest price in the last 30 days: {}", "de": "Niedrigster Preis der letzten 30 Tage: {}",
    "fr": "Prix le plus bas des 30 derniers jours : {}", "it": "Prezzo più basso degli ultimi 30 giorni: {}",
    "es": "Precio más bajo de los últimos 30 días: {}", "pl": "Najniższa cena z 30 dni przed obniżką: {}",
    "nl": "Laagste prijs van de afgelopen 30 dagen: {}", "hr": "Najniža cijena u zadnjih 30 dana: {}",
    "sl": "Najnižja cena v zadnjih 30 dneh: {}", "pt": "Preço mais baixo dos últimos 30 dias: {}",
}  # fmt: skip


def omnibus_price(html: str, ctx: dict[str, Any]) -> str:
    """The EU's "lowest price in the last 30 days" line in the title's block, 10% above the price (pages in
    `_OMNIBUS`' languages with a labelled price; the amount in the page's currency sign and decimal comma
    where the language writes one)."""
    line, price = _OMNIBUS.get(ctx["lang"]), ctx.get("price")
    if line is None or not price:
        return html
    value = price * 1.1
    if ctx["lang"] == "en":
        amount = f"{ctx['sign']}{value:,.2f}"
    else:
        amount = (
            f"{value:,.2f}".replace(",", " ").replace(".", ",")
            + f" {ctx['sign'] if ctx['sign'] != '$' else '€'}"
        )
    return _near_product(html, f'<p class="price-omnibus">{_esc(line.format(amount))}</p>')


def hidden_variant_sku(html: str, ctx: dict[str, Any]) -> str:
    """Another variant's code printed hidden in the title's block for a script to swap in (a theme's
    `<span class="variant-sku" style="display:none">`)."""
    return _near_product(html, (
        '<div class="variant-skus"><span class="variant-sku sku" data-variant-id="2" style="display:none">SKU: '
        'ZZ-99999-XL</span><span class="variant-sku sku" data-variant-id="3" hidden>SKU: ZZ-99999-XXL</span></div>'
    ))  # fmt: skip


def compat_models(html: str, ctx: dict[str, Any]) -> str:
    """A description paragraph naming the models a part fits ("Compatible with model numbers KX-100, ...")."""
    return _near_product(html, (
        '<div class="description"><p>Compatible with model numbers KX-100, KX-200 and KX-300. Not compatible with '
        "the KX-50 series.</p></div>"
    ))  # fmt: skip


def cards_h1(html: str, ctx: dict[str, Any]) -> str:
    """Related cards at the page's end whose names a sloppy theme sets in `<h1>` (a picture, the name, a price)."""
    cards = "".join(
        f'<div class="card"><a href="/p/rel-{i}"><img src="https://cdn.example-shop.test/p/rel-{i}-400x400.jpg" '
        f'width="400" height="400" alt=""></a><h1 class="card-title"><a href="/p/rel-{i}">{_esc(b)} Everyday Item '
        f'{i}</a></h1><span class="card-price">{ctx["sign"]}{19 + 7 * i}.95</span></div>'
        for i, b in enumerate(_others(ctx, 3))
    )
    return _at_end(
        html, f'<section class="more"><h2>More to love</h2><div class="cards">{cards}</div></section>'
    )


def announcement_h1(html: str, ctx: dict[str, Any]) -> str:
    """A sitewide announcement bar at the page's top set in an `<h1>` ("BLACK FRIDAY: 30% OFF SITEWIDE")."""
    return _at_top(html, (
        '<div class="announcement-bar"><h1 class="announcement">BLACK FRIDAY: 30% OFF SITEWIDE</h1>'
        '<a href="/sale">Shop now</a></div>'
    ))  # fmt: skip


def promo_h2_above(html: str, ctx: dict[str, Any]) -> str:
    """A promotion heading right before the `<h1>` in the title's block ("Free shipping on all orders")."""
    root = _parse(html)
    h1 = _h1(root)
    if h1 is None:
        return html
    anchor = h1.getparent() if h1.getparent() is not None and h1.getparent().get("itemprop") == "name" else h1
    anchor.addprevious(_frag('<h2 class="promo-line">Free shipping on all orders over $50</h2>'))
    return _write(root)


MUTATIONS: dict[str, Callable[[str, dict[str, Any]], str]] = {
    "none": lambda html, ctx: html,
    "brand_menu": brand_menu,
    "related_cards": related_cards,
    "size_stock": size_stock,
    "store_pickup": store_pickup,
    "hidden_notify": hidden_notify,
    "seller_line": seller_line,
    "compare_table": compare_table,
    "recently_viewed": recently_viewed,
    "reviews": reviews,
    "ships_promise": ships_promise,
    "recently_plain": recently_plain,
    "oos_policy": oos_policy,
    "quick_view": quick_view,
    "bought_together": bought_together,
    "questions": questions,
    "promo_brand": promo_brand,
    "store_stock": store_stock,
    "promo_hero": promo_hero,
    "shop_the_look": shop_the_look,
    "size_chart": size_chart,
    "sticky_bar": sticky_bar,
    "payment_icons": payment_icons,
    "logo_heading": logo_heading,
    "video_first": video_first,
    "sale_badge": sale_badge,
    "title_badge": title_badge,
    "rating_line": rating_line,
    "review_heading": review_heading,
    "complete_look": complete_look,
    "modal_heading": modal_heading,
    "newsletter_popup": newsletter_popup,
    "instagram_feed": instagram_feed,
    "brand_story": brand_story,
    "currency_switcher": currency_switcher,
    "shipping_cost": shipping_cost,
    "loyalty_points": loyalty_points,
    "countdown_deal": countdown_deal,
    "gift_card_upsell": gift_card_upsell,
    "swatch_preorder": swatch_preorder,
    "subscribe_save": subscribe_save,
    "bundle_offer": bundle_offer,
    "select_prices": select_prices,
    "noscript_copy": noscript_copy,
    "related_microdata": related_microdata,
    "jsonld_item_list": jsonld_item_list,
    "jsonld_site": jsonld_site,
    "microdata_crumbs": microdata_crumbs,
    "slick_clone": slick_clone,
    "owl_clone": owl_clone,
    "flex_clone": flex_clone,
    "swiper_clone": swiper_clone,
    "omnibus_price": omnibus_price,
    "hidden_variant_sku": hidden_variant_sku,
    "compat_models": compat_models,
    "cards_h1": cards_h1,
    "announcement_h1": announcement_h1,
    "promo_h2_above": promo_h2_above,
}


# ---- the pages and their truth -----------------------------------------------------------------


def field_pages() -> list[dict[str, Any]]:
    """[{"name", "group" ("train as is" | "train sd removed" | "market"), "html", "url", "base", "truth":
    {title, price: [amounts] | None, image: {URLs}, sku: set of normalised codes | None, availability,
    brand (normalised) | None}}]: the 24 train pages (sku, availability and brand where their structured
    data labels them) and the market pages."""
    out: list[dict[str, Any]] = []
    for page in pages("train"):
        want = structured_labels(page["html"], page["url"], page["title"])
        prices = {"train as is": page["prices"], "train sd removed": with_shown_prices(page, page["prices"])}
        for group, html in (
            ("train as is", page["html"]),
            ("train sd removed", strip_structured(page["html"])),
        ):
            truth = {**want, "price": prices[group] or None, "title": page["title"], "image": page["images"]}
            out.append({"name": page["shop"], "group": group, "html": html, "url": page["url"],
                        "base": page["base"], "truth": truth})  # fmt: skip
    for folder in MARKET:
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        out += [
            _market_page(folder, name, label) for name, label in truth.items() if not name.startswith("_")
        ]
    return out


def context(page: dict[str, Any]) -> dict[str, Any]:
    """What the mutations read of a page (`field_pages`' item): its language and shop words, currency sign,
    labelled brand, availability, title and main image URLs (absolute), its base URL."""
    truth = page["truth"]
    lang = _lang(page["html"])
    sign = "€" if lang in ("de", "fr", "it", "es", "pt", "nl", "sl", "hr") else "$"
    return {"lang": lang, "words": _WORDS[lang], "brand": truth["brand"], "availability": truth["availability"],
            "sign": sign, "title": truth["title"], "images": _absolute(truth["image"], page["base"]),
            "base": page["base"], "price": (truth.get("price") or [None])[0]}  # fmt: skip


def _absolute(urls: Any, base: str) -> set[str]:
    from urllib.parse import urljoin

    return {urljoin(base, u) for u in (urls or ())}


def market_page(folder: str, name: str) -> dict[str, Any]:
    """One development page of `MARKET` (`folder` its folder's name, `name` its file) as `field_pages` gives it."""
    path = next(f for f in MARKET if f.name == folder)
    label = json.loads((path / "truth.json").read_text(encoding="utf-8"))[name]
    return _market_page(path, name, label)


def _market_page(folder: Any, name: str, label: dict[str, Any]) -> dict[str, Any]:
    p = label["product"]
    want = {
        "sku": {_norm_code(p["sku"])} if p.get("sku") else None,
        "availability": AVAILABILITY_CLASS.get(p.get("availability") or "", p.get("availability")),
        "brand": _norm_brand(p["brand_claimed"]) if p.get("brand_claimed") else None,
        "price": [p["price"]] if p.get("price") is not None else None,
        "title": p.get("title"),
        "image": set(p.get("image") or []) or None,
    }
    html = (folder / name).read_text(encoding="utf-8")
    return {"name": f"{folder.name}/{name}", "group": "market", "html": html, "url": label["url"],
            "base": label["url"], "truth": want}  # fmt: skip


def _predicted(got: dict[str, Any] | None) -> dict[str, Any]:
    got = got or {}
    return {
        "sku": _norm_code(got["sku"]) if got.get("sku") else None,
        "availability": AVAILABILITY_CLASS.get(got.get("availability") or "", got.get("availability")),
        "brand": _norm_brand(got["brand_claimed"]) if got.get("brand_claimed") else None,
        "price": got.get("price"),
        "title": got.get("title"),
        "image": (got.get("image_urls") or [None])[0],
    }


def evaluate(names: list[str] | None = None) -> dict[tuple[str, str], Any]:
    """{(mutation, group): {"counts": {field: {tp, fp, fn, f1}}, "mistakes": [...], "unchanged": n}}.
    Only labelled fields count (as `evaluate_fields`): right = tp; wrong = fn, and fp when given. The price
    (within 0.01 of a labelled amount; on train pages without structured data the shown amounts count too,
    as in `bench_extraction`) is checked as well: a mutation must not move it."""
    from knockoff.crawler.extract import extract_product

    res: dict[tuple[str, str], Any] = {}
    for page in field_pages():
        truth = page["truth"]
        ctx = context(page)
        for name, fn in MUTATIONS.items():
            if names and name not in names and name != "none":
                continue
            r = res.setdefault((name, page["group"]), {"counts": {f: {"tp": 0, "fp": 0, "fn": 0} for f in FIELDS},
                                                       "mistakes": [], "unchanged": 0})  # fmt: skip
            html = fn(page["html"], ctx)
            r["unchanged"] += name != "none" and html == page["html"]
            pred = _predicted(extract_product(html, page["url"]))
            for f in FIELDS:
                want = truth[f]
                if want is None:
                    continue
                if f == "price":
                    ok = pred[f] is not None and any(abs(pred[f] - p) <= 0.01 for p in want)
                elif f == "title":
                    ok = title_match(pred[f], want)
                elif f == "image":
                    ok = image_match(pred[f], want, page["base"])
                else:
                    ok = pred[f] in want if f == "sku" else pred[f] == want
                c = r["counts"][f]
                c["tp"] += ok
                c["fn"] += not ok
                c["fp"] += not ok and pred[f] is not None
                if not ok:
                    shown = sorted(want) if isinstance(want, set) else want
                    r["mistakes"].append(f"{page['name']}: {f} {str(pred[f])[:60]!r} vs {str(shown)[:60]!r}")
    for r in res.values():
        for c in r["counts"].values():
            c["f1"] = 2 * c["tp"] / max(1, 2 * c["tp"] + c["fp"] + c["fn"])
    return res


GROUPS = ("train as is", "train sd removed", "market")


def table(res: dict[tuple[str, str], Any]) -> str:
    """Rows: mutation | per group sku / availability / brand F1 | pages the mutation left unchanged."""
    lines = [
        "mutation        | "
        + " | ".join(f"{g}: title price image sku avail brand" for g in GROUPS)
        + " | no place"
    ]
    for name in MUTATIONS:
        row = [res.get((name, g)) for g in GROUPS]
        if any(r is None for r in row):
            continue
        cells = [" ".join(f"{r['counts'][f]['f1']:.3f}" for f in FIELDS).ljust(len(g) + 35) for r, g in
                 zip(row, GROUPS, strict=True)]  # fmt: skip
        lines.append(f"{name:<15} | " + " | ".join(cells) + f" | {sum(r['unchanged'] for r in row)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mistakes", action="store_true", help="print each wrong field a mutation added")
    ap.add_argument("--only", nargs="*", help="mutations to run (besides 'none')")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    res = evaluate(args.only)
    print(table(res))
    if args.mistakes:
        base = {g: set(res[("none", g)]["mistakes"]) for g in GROUPS if ("none", g) in res}
        for (name, group), r in res.items():
            for m in r["mistakes"]:
                if name == "none" or m not in base.get(group, set()):
                    print(f"[{name} / {group}] {m}")
    print(f"({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
