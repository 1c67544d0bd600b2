"""What the page heuristics read off any element: its names (id, class, itemprop, test hooks),
whether it is hidden, its visible and own text, its words; and the name and text patterns several
field finders share (price names, currency amounts, brand elements, bidi marks).

Pure functions over lxml elements; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from knockoff.crawler.srcset import img_urls
from knockoff.crawler.values import CURRENCY_SYMBOLS, DASH_AMOUNT

# id/class/itemprop words naming a price (also left out of a title's text, `visible_text`)
PRICE_NAME = re.compile(
    r"price|prcisum|pricing|preis|prix|prezzo|precio|preço|preco|prijs|cena|cijena|cien|hinta|fiyat|цена|価格|价格|가격",
    re.I,
)
# the one-character currency signs `values.CURRENCY_SYMBOLS` maps to a currency, the one list every
# sign class here and in `price_text.CURRENCY_MARK` is built from: symbols, written before or after
# the number ("$31", "31 €"), and signs that are letters of a script, written after it only
# ("12,000원", "980円", "88元": a word before a number is not its currency); ASCII letters ("R") are
# no sign here: they make words
SIGNS = "".join(sorted(k for k in CURRENCY_SYMBOLS if len(k) == 1 and not k.isalnum()))
LETTER_SIGNS = "".join(sorted(k for k in CURRENCY_SYMBOLS if len(k) == 1 and k.isalnum() and not k.isascii()))
_SIGN = f"[{re.escape(SIGNS)}]"
ANY_SIGN = f"[{re.escape(SIGNS + LETTER_SIGNS)}]"
# a currency amount in text ("$31", "1 299 zł", "EUR 12"; "39,90&nbsp; €": up to 2 spaces between);
# the codes that are also words ("Try 30 days", "cad 2d") count only as currencies write them
# ("TRY 1.299", "CAD 25", "RM 25", "Rp 150.000"); "TL" only after two digits or more ("49,99 TL",
# "100 TL", "1.299 TL"): after a single digit ("1 TL", "0,5 TL", "1,5 TL") it is the German teaspoon
# (Teelöffel) of a food or supplement page's dose. Codes after the number ("1’299.90 CHF", "499 SEK")
# are codes only. The cost: a Turkish price under 10 lira written
# without its kuruş ("5 TL", not "4,50 TL") in an element no name marks is not read by the name-free
# finder (`amounts`); a price element named so (`prices`) still reads it. The forint's "Ft" counts as Hungarian
# shops write it, with a capital after 3+ digits ("12 990 Ft", "1.299 Ft"): "3 ft" or "10 Ft" closing an English
# title is feet ("Fiddle Leaf Fig in Ceramic Planter, 3 ft" was read as 3 forint; the image helper's review 8,
# stop 39); a forint price under 100 is not read by the name-free finder
MONEY = re.compile(
    rf"{_SIGN}\s{{0,2}}\d|\d\s{{0,2}}(?:{ANY_SIGN}|(?:eur|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|kr|zł|kč|kn|lei|тг|руб|грн|лв)\b)"
    r"|\d{3}\s{0,2}(?-i:Ft)\b"
    r"|\d\d\s{0,2}tl\b"
    # the krone written before the amount ("kr 499,00", "Kr. 1.299,-": Norway, Denmark, Sweden)
    r"|\bkr\.?\s?\d"
    # a whole amount written with a dash for its cents, no mark needed ("2 790,-", "49.–", "1.299,–",
    # the Swedish "2 790:-"):
    # Czech, Slovak, German, Swiss and Scandinavian shops print prices so; not a range ("1,-3")
    rf"|{DASH_AMOUNT}"
    # the Indian and Pakistani rupee's "Rs." ("Rs. 999", "Rs 1,499")
    r"|\b(?-i:Rs)\.?\s?\d"
    r"|\b(?:usd|eur|gbp|chf|pln|czk|sek|nok|dkk|huf|ron)\s?\d"
    r"|\b(?-i:TRY|NGN|ZAR|INR|BRL|ARS|MXN|AUD|CAD|RM|Rp|RP)\s?\d"
    # the rand's "R" before a number grouped in thousands ("R 4,999", "R12 999.00"; not "R 2")
    r"|\b(?-i:R)\s?\d{1,3}(?:[ ,.\u00a0]\d{3})+(?!\d)",
    re.I,
)
# screen-reader-only text, also under a design system's prefix ("h-sr-only", "u-visually-hidden")
_READER_ONLY = (
    r"(?:[a-z0-9]+[-_])?(?:sr-only|visually-?hidden|screen-?reader(?:-text|-only)?|offscreen|a11y-hidden)"
)
_HIDDEN = re.compile(
    # (Microsoft's design system's "x-hidden": its store's tech-spec tables of the models not chosen)
    r"(?:^|\s)(?:hidden|hide|hdn|g-hdn|u-hidden|is-hidden|x-hidden|d-none|displaynone|display-none"
    rf"|{_READER_ONLY})(?:\s|$)",
    re.I,
)
_READER_ONLY_CLASS = re.compile(rf"(?:^|\s){_READER_ONLY}(?:\s|$)", re.I)
# the heading tags, `<h1>` to `<h6>`
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# id/class words of a brand element (a title block's brand line; `brands.find_brand`); luxury shops name it for
# the designer ("product-heading__designer", "designer-name"; not a "designer-list" or "designers" menu: the lead's
# ninth probe, stop 39)
BRAND_EL = re.compile(
    r"\bbrand\b|\bbrand-?name\b|\bmanufacturer\b|\bbyline|\bproduct-?brand|\bbrand-?link"
    r"|\bdesigner(?:-?name|-?link)?\b(?!-)"
)
# bidi and zero-width marks shops put around labels ("ASIN ‏ : ‎ B01KLOA1PI") and values, and the soft
# hyphen German shops put in long label words ("Artikel&shy;nummer", shown only at a line break; the sku
# helper's review 7, stop 38)
MARKS = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060\ufeff]")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
# (Prom's marketplaces, satu.kz among them, hook every field with `data-qaid`: "product_price", "product_name")
NAME_ATTRS = (
    "id",
    "class",
    "itemprop",
    "data-testid",
    "data-test",
    "data-automation-id",
    "data-qa",
    "data-qaid",
    # Ozon names each block of its pages for its widget: "webGallery", "webPrice", "webProductHeading"
    "data-widget",
)


def element_names(el: Any) -> str:
    """id, class, itemprop and test hooks (data-testid, data-test, data-automation-id, data-qa, data-qaid,
    data-widget) of
    an element as lower-case words joined by '-' inside a
    name ("productTitle" and "product_title" -> "product-title"), names separated by spaces."""
    if not isinstance(el.tag, str):
        return ""
    attrib = el.attrib
    if not attrib:
        return ""
    get = attrib.get
    raw = " ".join([v for a in NAME_ATTRS if (v := get(a))])
    if not raw:
        return ""
    if not raw.islower():  # a capital to split before ("productTitle"), or no letters at all
        raw = _CAMEL.sub(r"\1-\2", raw)
    return raw.replace("_", "-").lower()


def _self_and_up(el: Any, levels: int) -> Iterator[Any]:
    """`el` and its `levels` nearest ancestors, nearest first, up to the first node that is no element."""
    node, depth = el, 0
    while node is not None and depth <= levels and isinstance(node.tag, str):
        yield node
        node, depth = node.getparent(), depth + 1


def alike_siblings(el: Any) -> list[Any]:
    """The children of `el`'s parent of its tag and class, `el` among them, in document order ([el] without a
    parent): the items of a list, strip or row of blocks `el` is one of."""
    parent = el.getparent()
    if parent is None:
        return [el]
    return [s for s in parent if s.tag == el.tag and s.get("class") == el.get("class")]


def next_element(el: Any) -> Any:
    """The element after `el` among its siblings, past comments and processing instructions; None at
    the end (a label cell's value cell: `<th>` then `<td>`, `<dt>` then `<dd>`)."""
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt


def hidden(el: Any, levels: int = 4) -> bool:
    """`el` or one of its `levels` nearest ancestors is hidden (a hiding class such as
    "visually-hidden" / "displaynone", the `hidden` attribute, `display:none`, `aria-hidden`)."""
    return any(_HIDDEN.search(node.get("class") or "") or closed(node) for node in _self_and_up(el, levels))


def shut_within(el: Any, levels: int = 4) -> bool:
    """`el` or one of its `levels` nearest ancestors is hidden by its markup (`shut`): another
    variant's price a theme prints hidden, or a block waiting for a script."""
    return any(shut(node) for node in _self_and_up(el, levels))


def shut(node: Any) -> bool:
    """`node` is hidden by its own markup: the `hidden` attribute or `display:none` in its style.
    Themes print every variant's price and hide all but the chosen one (`<span class="price"
    data-variant="2" style="display:none">`). Not `aria-hidden` (Amazon and Shopify show the
    visual price under `aria-hidden="true"` beside a screen-reader copy) nor hiding classes
    ("visually-hidden": that screen-reader copy). Source: the lead's probe, stop 36."""
    if not isinstance(node.tag, str):
        return False
    return (
        node.get("hidden") is not None or "display:none" in (node.get("style") or "").replace(" ", "").lower()
    )


def closed(node: Any) -> bool:
    """`node` itself is hidden by its markup: `shut` (the `hidden` attribute, `display:none` in its
    style) or `aria-hidden="true"` (no hiding class, no ancestor: `hidden` reads those too)."""
    return shut(node) or node.get("aria-hidden") == "true"


def in_closed_dialog(page: Any, el: Any, levels: int = 8) -> bool:
    """`el` sits in a dialog shown on demand (`Layout.dialog_of` of `page`, within `levels` ancestors) that is
    closed by its markup (`closed`): another item's quick view pre-rendered at the page's end, its name, price,
    code, stock line and buy button ("qv-price" in a `display:none` modal). What it holds is never the page's
    own. Source: benchmarks/eval_field_mutations.py, stop 41 (Etsy's and bol's listings lost to one)."""
    dialog = page.dialog_of(el, levels)
    return dialog is not None and closed(dialog)


# id/class words of a site menu (the navigation, a mega menu's flyouts)
_SITE_MENU = re.compile(r"(?<![a-z])(?:nav|navigation|navbar|menu\w*|mega-?menu|flyouts?)(?![a-z])")


def in_closed_menu(el: Any, levels: int = 10) -> bool:
    """`el` sits in a site menu (`<nav>`, or named `_SITE_MENU`) under an element its markup hides (`dom.shut`:
    `display:none`, the `hidden` attribute), among its `levels` nearest ancestors: a mega menu's flyouts
    written for a script to show, their promoted items priced ("<div id="navigation_v2_data"><ul
    style="display:none">" ... "$174.99 After $25 OFF" before the product's block; formasaurus 0.10.0's
    costco.com page, stop 68). Never the product's own price."""
    closed_seen = False
    for node in list(el.iterancestors())[:levels]:
        if not isinstance(node.tag, str):
            return False
        closed_seen = closed_seen or shut(node)
        if closed_seen and (node.tag == "nav" or _SITE_MENU.search(element_names(node))):
            return True
    return False


# names of the badges shops put inside a product heading ("New!", "Sale", "Bestseller")
_BADGE = re.compile(r"(?<![a-z])(?:badges?|ribbons?|stickers?|flags?)(?![a-z])")
# a subtitle or tagline set inside a title heading (`<h1>Walnut Tray <span class="subtitle">Handmade
# in Vermont</span></h1>`): a line under the name, not part of it
_SUBTITLE = re.compile(r"(?<![a-z])(?:sub-?title|tag-?line|sub-?heading)(?![a-z])")
# a subtitle that goes on from the name after a colon ("Deep Work<span class="subtitle">: Rules for
# Focused Success ...</span>": a book's or film's subtitle, part of its title; issue 14)
_GOES_ON = re.compile(r"^\s*:\s*\w")


# the whole text of a merchandising label: a badge set inside a product heading ("New", "Neu",
# "Nouveau", "Sale", "Bestseller", "-20%" is `titles._DISCOUNT`'s) or the banner heading of a
# collection shown above a product ("New arrivals", "Neuheiten", "Nyheter", "Rea", "Nouveautés"); in
# en de fr nl sv da nb es it. A name holding such a word ("New Balance 990v6", "Sale Stool") is no label
_MERCH = (
    r"new|new!|new in|new arrivals?|just in|just landed|sale|on sale|clearance|outlet|limited edition|"
    r"exclusive|online only|best ?sellers?|top ?sellers?|trending(?: now)?|featured|popular|staff picks?|"
    r"last chance|deals|offers|"
    # a discount notice set beside the name (Ecommerce Templates' `<span class="discountsapply">Discounts Apply
    # !</span>` in its "detailname"; formasaurus 0.10.0's greatmusicproductsonline.com page, stop 68)
    r"discounts? apply|discounts? available|quantity discounts?|"
    r"neu|neuheit|neuheiten|angebote?|reduziert|topseller|"
    r"nouveau|nouvelle|nouveauté|nouveautés|soldes|promo|promotions?|meilleures? ventes?|"
    r"nieuw|nieuw binnen|aanbiedingen|uitverkoop|populair|"
    r"nyhet|nyheter|nytt|rea|erbjudanden|kampanj|mest sålda|topplistan|"
    r"nyhed|nyheder|udsalg|tilbud|bestsellere|bestselgere|salg|kampanje|"
    r"nuevo|novedad|novedades|rebajas|ofertas?|más vendidos|nuovo|novità|saldi|offerte|più venduti"
)
MERCH_LABEL = re.compile(rf"^\W*(?:{_MERCH})\W*$", re.I)


def heading_badge(node: Any) -> bool:
    """`node`, inside a product heading, is a badge set beside the name: named so (`_BADGE`: "badge",
    "ribbon", "sticker", "flag") or a merchandising label as its whole text (`MERCH_LABEL`: "New",
    "Bestseller", "Neu"), not a subtitle that goes on from the name."""
    return bool(_BADGE.search(element_names(node)) or MERCH_LABEL.match(" ".join(node.itertext())))


# the whole text of the heading of one of the shop's own pages, no product's: the basket, the wish list,
# the checkout, the order's confirmation ("Thank you for your order!", "Your cart", "Shopping Cart (2)", "My wishlist (2)", "Warenkorb", "Mon panier", "Корзина",
# "購物車", "장바구니"), with a count of items; in en de fr it es pt nl sv pl ru zh ko ja sl hr. Bare words
# that also name goods ("Basket", "Panier", "Carrello", "Košarica") count only with a possessive before
# them; a name holding such a word ("Utility Cart with Wheels", "Wicker Basket") is none
_SHOP_PAGE = (
    r"(?:(?:your|my)\s+)?(?:shopping\s+)?(?:cart|wish\s?list)|(?:your|my)\s+(?:shopping\s+)?(?:basket|bag)"
    r"|shopping\s+(?:basket|bag)|(?:your|my)\s+(?:favou?rites|saved items)|checkout|secure checkout"
    r"|(?:mein|ihr)?\s*warenkorb|merkzettel|(?:meine\s+)?wunschliste|(?:mon|votre)\s+panier|ma liste d'envies"
    r"|(?:il\s+)?(?:tuo|mio)\s+carrello|(?:mi|tu)\s+carrito|carrito de compras|lista de deseos"
    r"|(?:meu|seu)\s+carrinho|carrinho de compras|lista de desejos|(?:mijn\s+)?winkelwagen|verlanglijst(?:je)?"
    r"|varukorg(?:en)?|önskelista|(?:twój\s+)?koszyk|корзина|ваша корзина|избранное"
    r"|購物車|购物车|장바구니|위시리스트|ショッピングカート|カート|(?:vaša|moja)\s+košarica"
    # Czech, Slovak and Polish baskets ("Obsah košíku", a Czech card shop's cart of cz-mtg-compare-mcp 0.6.0, read
    # once stop 66 parsed its XHTML page as HTML; a bare "Košík" or "Koszyk" may be goods)
    r"|obsah\s+koší(?:ku|ka)|(?:váš|vaš|můj|môj|nákupní|nákupný)\s+košík|zawartość\s+koszyka"
    # the order's confirmation, after the checkout
    r"|thank you for (?:your )?(?:order|purchase)|order (?:confirmed|confirmation|received|complete)"
    r"|your order (?:is|has been) (?:confirmed|placed|received)|vielen dank für ihre bestellung"
    r"|bestellbestätigung|merci pour votre commande|gracias por (?:tu|su) (?:compra|pedido)"
    r"|obrigado pela (?:sua )?compra|спасибо за (?:заказ|покупку)|感謝您的訂購|感谢您的订购|주문\s?완료"
    # the account's pages of the orders placed ("Your Orders", "Order details", "Meine Bestellungen": amazon-orders-de
    # 1.0.1's saved amazon.de pages, stop 65)
    r"|(?:your|my)\s+orders|order\s+(?:history|details)|(?:meine\s+)?bestellungen|bestell(?:übersicht|details|historie)"
    r"|mes commandes|historique des commandes|détails? de (?:la )?commande|i miei ordini|(?:mis|tus|meus|seus) pedidos"
    r"|mijn bestellingen|mina beställningar|moje zamówienia|мои заказы|история заказов|我的订单|我的訂單|주문\s?내역|注文履歴"
)
# a search's results page, its heading naming the query after it ("Hledání: Lightning Bolt" on a Czech card shop,
# cz-mtg-compare-mcp 0.6.0's saved tolarie.cz page, stop 65; "Search results for ...", "Suchergebnisse für ...")
_SEARCH_HEADING = (
    r"(?:search\s+)?results?\s+for\s|search\s*[:：]|suchergebnisse(?:\s+(?:für|zu)\s|\s*[:：])|suche\s*[:：]"
    r"|hledání\s*[:：]|výsledky (?:hledání|vyhledávání)|vyhledávání\s*[:：]|résultats? (?:de (?:la )?recherche )?pour\s"
    r"|recherche\s*[:：]|resultados (?:de (?:la )?búsqueda )?(?:para|de)\s|búsqueda\s*[:：]|risultati (?:della ricerca )?per\s"
    r"|ricerca\s*[:：]|wyniki wyszukiwania|szukaj\s*[:：]|результаты поиска|поиск\s*[:：]|zoekresultaten|sökresultat"
    r"|검색\s?결과|搜索结果|搜尋結果|検索結果"
    # the heading alone, or a count of results before it ("Search results", Facebook Marketplace's; "12,345 results
    # for ...", "1.234 Ergebnisse für ..."), and the query before the words where the language writes it so
    # ("slipknot에 대한 결과 30,000개 이상", eBay's Korean interface; "...の検索結果", "...的搜索结果"): registry
    # pages, stop 66 (ai-marketplace-monitor 0.10.16, search-parser 0.5.14)
    r"|search\s+results\W*$|[\d.,]+\+?\s+(?:search\s+)?(?:results?|ergebnisse|treffer|résultats|resultados|risultati)"
    r"\s+(?:for|für|zu|pour|para|per)\s|.{1,80}?에\s?대한\s?(?:검색\s?)?결과|.{1,80}?の検索結果|.{1,80}?的(?:搜索结果|搜尋結果)"
)
SHOP_PAGE_HEADING = re.compile(
    rf"^\W*(?:(?:{_SHOP_PAGE})\s*(?:\(\s*\d+\s*\)|[-–:·]?\s*\d+\s+(?:items?|artikel|articles?|products?|produkte?))?\W*$"
    rf"|(?:{_SEARCH_HEADING}))",
    re.I,
)


# what is left of a text that is only an amount once digits, separators and currency signs go ("US", "TL")
_NOT_AMOUNT = re.compile(rf"[\d.,\s()\-–]|{ANY_SIGN}")


# the label of a price written before its amount in the same element ("Price: $24.99", "Preis: 24,99 €",
# "Цена: 3 990 ₽", "價格：NT$990"); not an old or list price's ("List Price:", "Was:" open otherwise)
PRICE_LABEL_OPEN = re.compile(
    r"^\W*(?:(?:(?:our|sale|your|special)\s+)?(?:price|preis|prix|precio|prezzo|preço|prijs|cena|cijena|hinta"
    r"|pris|fiyat[ıi]?|цена|価格|販売価格|가격|판매가|售价|价格|價格|售價)\s*[:：]\s*"
    # the sale-price labels of Korean, Chinese and Japanese shops, written without a colon, often for
    # screen readers only (Naver smartstore's `<span class="blind">할인판매가</span>89,000원`; stop 37)
    r"|(?:할인\s?)?판매가|할인가|특가|特價|特价|優惠價|优惠价|網路價|网购价|販売価格|税込価格)\s*",
    re.I,
)


def amount_only(el: Any, labelled: bool = False) -> bool:
    """`el`'s text is a currency amount and nothing else ("$24.99", "US $649.99", "1 299 zł"; not
    "Gift Card $50"): at most 3 other characters; with `labelled`, after a price label opening it
    (`PRICE_LABEL_OPEN`: "Price: $24.99")."""
    # the parts as shown, inline: Allegro splits "2 850,<span>00</span> <span>zł</span>" (stop 37); a
    # screen-reader copy inside it is not shown (Etsy's "<span class=wt-screen-reader-only>Sale Price
    # $18.40</span>$18.40"; benchmarks/eval_field_mutations.py, stop 41)
    text = re.sub(r"\s+", " ", "".join(text_pieces(el, reader_only))).strip()
    if labelled:
        text = PRICE_LABEL_OPEN.sub("", text)
    return 0 < len(text) <= 40 and bool(MONEY.search(text)) and len(_NOT_AMOUNT.sub("", text)) <= 3


def reader_only(el: Any) -> bool:
    """`el` is named as text for screen readers only (`_READER_ONLY_CLASS`: "sr-only", "visually-hidden",
    "wt-screen-reader-only")."""
    return bool(_READER_ONLY_CLASS.search(el.get("class") or ""))


def text_pieces(el: Any, skip: Callable[[Any], bool]) -> list[str]:
    """`el`'s text pieces in document order (its text, each child's pieces, each child's tail: `itertext`'s
    order), less the whole subtree of each descendant `skip` accepts (its tail stays) and comments' text; `el`
    itself is read whatever `skip` says of it. Callers join the pieces as they read text: "" as shown inline,
    " " as extruct joins a node's text."""
    out = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and not skip(child):
            out += text_pieces(child, skip)
        out.append(child.tail or "")
    return out


def _price_box_after_name(node: Any, parts: list[str]) -> bool:
    """`node`, inside a heading after the name's text (`parts`, the text read so far), is a price box:
    an element (200 characters at most) holding an element that shows an amount alone
    (`amount_only`), with what stands beside that amount in the box: a struck old price, a "Save 20%"
    badge, "or 4 payments of $6.25" (an h1 holding "Bomber Jacket" and the price block; source: the
    2026-12-02 mutation probe, benchmarks/eval_page_mutations.py, with class names hashed). Not a
    wrapper before the name's text, nor an element whose amount is part of its words ("The $100
    Startup" in `<i>`)."""
    if not "".join(parts).strip() or len(" ".join(node.itertext())) > 200:
        return False
    return any(isinstance(d.tag, str) and amount_only(d) for d in node.iterdescendants())


def visible_text(el: Any, skip_prices: bool = False) -> str:
    """Text of `el` without scripts, styles, hidden spans (and, with `skip_prices`, for a title:
    price elements, badges and subtitles named so, `<span class="badge">New!</span>`, `<span
    class="subtitle">` (not one going on from the name after a colon, `_GOES_ON`), elements whose
    text is only an amount, `dom.amount_only`: a price shown inside the heading, and elements whose
    text is only a merchandising label, `MERCH_LABEL`: `<span class="pill">Nouveau</span>`, and
    a price box after the name, `_price_box_after_name`)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if not isinstance(node.tag, str) or node.tag == "wbr":
            # a comment, a processing instruction or a line-break opportunity (`<wbr>`) splits no word:
            # eBay's "Kinderhandschu<wbr/>he" is one word, React's "$<!-- -->24.99" one amount (real eBay.de
            # pages saved by other hands, product-dl 0.0.0.dev4; stop 65)
            if node.tail and _joins_text_before(node, parts):
                parts[-1] += node.tail
            elif node.tail:
                parts.append(node.tail)
            return
        if node is not el:
            names = element_names(node)
            style = (node.get("style") or "").replace(" ", "").lower()
            if (
                node.tag in ("script", "style", "noscript", "template", "button", "select")
                or _HIDDEN.search(node.get("class") or "")
                or "display:none" in style
                or node.get("aria-hidden") == "true"
                or (
                    skip_prices
                    and (
                        PRICE_NAME.search(names)
                        or _BADGE.search(names)
                        or (_SUBTITLE.search(names) and not _GOES_ON.match(" ".join(node.itertext())))
                        or amount_only(node)
                        or MERCH_LABEL.match(" ".join(node.itertext()))
                        or _price_box_after_name(node, parts)
                    )
                )
            ):
                if node.tail:
                    parts.append(node.tail)
                return
        if skip_prices and node.text and parts and _GOES_ON.match(node.text) and not parts[-1][-1:].isspace():
            parts[-1] += node.text  # "Deep Work<span>: Rules ...": the colon stays where the page sets it
        elif node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if node is not el and node.tail:
            parts.append(node.tail)

    walk(el)
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


def _joins_text_before(node: Any, parts: list[str]) -> bool:
    """The text after `node` (a comment or `<wbr>`) goes on from the text right before it, the last of
    `parts`: the parent's text or the previous sibling's tail, with no space at the join (text after a
    closed element, `<p>foo</p><!-- -->bar`, is not joined)."""
    prev = node.getprevious()
    parent = node.getparent()
    before = prev.tail if prev is not None else (parent.text if parent is not None else None)
    return bool(
        before
        and parts
        and parts[-1].endswith(before)
        and not before[-1:].isspace()
        and not node.tail[:1].isspace()
    )


def tokens(text: str) -> list[str]:
    """The words of `text`, case-folded."""
    return re.findall(r"\w+", text.casefold())


def own_text(el: Any) -> str:
    """The text written in `el` itself (its text and its children's tails), not inside its children."""
    return "".join(t for t in [el.text or "", *(c.tail or "" for c in el)]).strip()


# the heading of a block of other products ("Recently viewed", "Customers also bought", "You may also like",
# "Similar items"; in the languages of issue 14's markets): what the block holds (names, codes, prices, stock
# notes) is those items', where no class names it (older themes, hashed CSS). Source:
# benchmarks/eval_field_mutations.py, stop 41 (a "Recently viewed" box's "Item # 4471923" read as the sku)
OTHER_ITEMS_HEADING = re.compile(
    r"^\W*(?:recently\s+viewed|(?:customers|people|shoppers)\s+(?:who\s+.{0,40}?)?(?:also\s+)?(?:viewed|bought|liked)"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|love)|similar\s+(?:items|products)|related\s+(?:items|products)"
    r"|frequently\s+bought|more\s+(?:items\s+)?from\s+this\s+(?:seller|shop|store)|sponsored\s+products"
    # "Often Bought With This Item" over a bundle's "Price for both" (formasaurus 0.10.0's
    # shop.dunkindonuts.com, stop 64), "Bought together", "Buy it with"
    r"|(?:often|usually|commonly)\s+bought\s+(?:with|together)|bought\s+together|buy\s+it\s+with"
    # "complete the look" and its kin: other items worn or used with this one
    r"|(?:complete|shop)\s+the\s+look|wear\s+it\s+with|pairs?\s+(?:well\s+)?with|komplettiere\s+den\s+look"
    r"|dazu\s+passt|compl[ée]te[rz]?\s+(?:le|votre)\s+look|completa\s+(?:el|il)\s+look|maak\s+de\s+look"
    r"|uzupełnij\s+stylizację|дополните\s+образ|搭配推薦|搭配推荐|코디\s?상품"
    r"|zuletzt\s+angesehen|ähnliche\s+(?:artikel|produkte)|kunden\s+(?:kauften|haben)\s+auch"
    r"|das\s+könnte\s+(?:dir|ihnen)\s+auch|récemment\s+consultés|produits\s+similaires|vous\s+aimerez\s+aussi"
    r"|les\s+clients\s+ont\s+(?:aussi|également)|visti\s+di\s+recente|prodotti\s+simili|potrebbe\s+interessarti"
    r"|vistos\s+recientemente|productos\s+(?:relacionados|similares)|también\s+te\s+puede"
    r"|vistos\s+recentemente|produtos\s+(?:relacionados|similares)|você\s+também\s+pode"
    r"|ostatnio\s+oglądane|podobne\s+produkty|klienci\s+kupili\s+również|recent\s+bekeken"
    r"|vergelijkbare\s+producten|anderen\s+bekeken\s+ook|son\s+gezilen|benzer\s+ürünler"
    r"|вы\s+смотрели|недавно\s+просмотренные|похожие\s+товары|с\s+этим\s+товаром"
    r"|nazadnje\s+ogledano|podobni\s+izdelki|nedavno\s+pregledano|slični\s+proizvodi"
    r"|최근\s?본\s?상품|함께\s?본\s?상품|연관\s?상품|추천\s?상품|最近瀏覽|最近浏览|相關商品|相关商品|猜你喜歡"
    r"|猜你喜欢|看了又看|最近チェックした商品|関連商品|この商品を見た人)",
    re.I,
)


def under_other_items_heading(el: Any, levels: int = 6) -> bool:
    """`el` sits in a block (one of its `levels` nearest ancestors, below `<main>` and holding no `<h1>`)
    whose first element is a heading of other products (`OTHER_ITEMS_HEADING`): a heading tag, or a short
    text (60 characters at most) as hashed or plain themes write one (`<div class="box"><h3>Recently
    viewed</h3>...`)."""
    for node in list(el.iterancestors())[:levels]:
        if node.tag in ("body", "html", "main") or node.xpath(".//h1"):
            return False
        first = next((c for c in node if isinstance(c.tag, str) and "".join(c.itertext()).strip()), None)
        if first is None or first is el or any(a is first for a in el.iterancestors()):
            continue
        text = re.sub(r"\s+", " ", "".join(first.itertext())).strip()
        if (first.tag in HEADINGS or len(text) <= 60) and OTHER_ITEMS_HEADING.search(text):
            return True
    return False


# the file of a transparent or blank placeholder image ("trans.webp", "trans_800x800.webp", "spacer.gif",
# "blank.gif", "grey-pixel.gif", "1x1.png")
_BLANK_IMAGE = re.compile(
    r"(?:^|[/_.-])(?:trans(?:parent)?|blank|spacer|empty|clear|pixel|1x1)(?:[_-]\d+x\d+)?\.(?:gif|png|webp|svg)"
    r"(?:$|[?#])",
    re.I,
)


def blank_image(img: Any) -> bool:
    """Every source of the image `img` (`srcset.img_urls`: its `src`, `srcset` and lazy loaders' sources) is a
    transparent or blank placeholder (`_BLANK_IMAGE`): the picture shows nothing of its own. A brand's logo so
    drawn names no maker (Shopware's manufacturer logo "trans.webp" alt "Frei" on a product with none: real
    pages saved by other hands, product-dl 0.0.0.dev4; stop 65); a CSS sprite's icon so drawn is no product's
    photo (`Layout._card_link`). Not a lazy picture whose real file waits in `data-src`."""
    urls = img_urls(dict(img.attrib))
    return bool(urls) and all(_BLANK_IMAGE.search(u) for u in urls)
