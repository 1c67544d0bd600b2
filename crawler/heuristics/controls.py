"""Buy controls and stated availability: whether a page has a live or sold-out "Add to cart" / "Buy
now" control (many languages), what an element named for the availability says, and
out-of-stock words just after the title.

Pure functions over a parsed page (`layout.Layout`); no I/O.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from knockoff.crawler.heuristics.dom import (
    HEADINGS,
    hidden,
    in_closed_dialog,
    own_text,
    under_other_items_heading,
    visible_text,
)
from knockoff.crawler.heuristics.layout import OTHER_ITEMS_NAMES, Layout
from knockoff.crawler.values import AVAILABILITY_TEXT, normalize_availability

_BUY = re.compile(
    # a count between the verb and the cart: Miva Merchant 5's "Add One To Basket" (the title helper's review 9);
    # the item or the cart named in full: an old shop's image button `<input type="image" alt="Add Item To
    # Cart">` (firemountaingems.com, 2015, formasaurus 0.10.0; stop 68), "Add This Item to Cart", "Add to My
    # Cart", "Add To Shopping Cart" (not "Add selected items to cart": a bundle's or a list's control)
    r"add[\s_-]*(?:(?:one|1|this|the|an?)[\s_-]+)?(?:(?:item|product)[\s_-]+)?to[\s_-]*"
    r"(?:(?:my|your|the)[\s_-]+)?(?:shopping[\s_-]*)?(?:cart|bag|basket|trolley|order)|"
    r"buy[\s_-]*(?:it[\s_-]*)?now|buy now|place bid|"
    r"make offer|pre-?order now|purchase now|in den (?:warenkorb|einkaufswagen)|jetzt kaufen|ajouter au panier|"
    r"acheter|añadir al carrito|agregar al carrito|comprar|aggiungi al carrello|acquista|in winkelwagen|"
    r"bestellen|adicionar ao carrinho|adicionar à sacola|カートに入れる|今すぐ買う|購入する|加入购物车|"
    r"立即购买|加入購物車|立即購買|장바구니|바로\s*구매|구매하기|в корзину|купить|sepete ekle|do koszyka|"
    r"kup teraz|lägg i varukorgen|köp|læg i kurv|legg i handlekurv|dodaj v košarico|dodaj u košaricu|"
    # the Slovenian bare "V košarico" ("into the basket"), not a mini-cart's "Pojdi v košarico" (go to it)
    r"(?<!\w)(?<!\w\s)v košarico|"
    # issue 14's markets (fifth availability review): the Croatian bare "U košaricu" (not "Idi u košaricu",
    # go to it) and "Stavi u košaricu", the Slovenian "Dodaj v voziček", Argentine fashion shops' "Agregar a
    # la bolsa", "Agregar al carro", and momo's / Shopee's flash-sale "立即搶購" (buy now)
    r"(?<!\w)(?<!\w\s)u košaricu|stavi u košaricu|dodaj v voziček|agregar a la bolsa|agregar al carro\b|"
    r"立即搶購|立即抢购|"
    r"dodaj u korpu|kupi (?:zdaj|odmah|sada)|do košíku|koupit|do košíka|kúpiť|kosárba|vásárlás|adaugă în coș|"
    r"cumpără|προσθήκη στο καλάθι|αγορά|добави в количката|у кошик|купити|себетке|сатып алу|thêm vào giỏ|"
    r"mua ngay|หยิบใส่ตะกร้า|ซื้อเลย|ใส่รถเข็น|tambah(?:kan)? ke (?:keranjang|troli)|beli sekarang|beli langsung|"
    # Arabic with or without hamza ("أضف إلى العربة" on noon, "اضف الى السلة")
    r"[أا]ضف (?:إلى|الى|ل)\s?(?:السلة|العربة|عربة التسوق|سلة التسوق)|اشتر(?:ي)? الآن|הוסף לסל|קנה עכשיו|sepete ekle|hemen al|ostoskoriin|"
    r"lisää koriin|osta nyt|i handlekurven|kjøp nå|køb nu|comprar ahora|agregar al carrito|"
    # the cart and bag of other marketplaces and shop themes (Amazon.es, Zara, Rakuten, bol, Shopee TW)
    r"añadir a la (?:cesta|bolsa)|añadir al carro|ajouter au sac|aggiungi alla borsa|adicionar ao cesto|"
    r"in (?:de |mijn )?winkelmand(?:je)?|toevoegen aan (?:winkelwagen|winkelmand)|nu kopen|koop nu|in den korb|"
    r"買い物かごに入れる|カートに追加|カートへ入れる|直接購買|馬上購買|加入购物袋|放入購物車|放入购物车|"
    # a marketplace item offered by other sellers only: the control opens their offers ("See All
    # Buying Options", "Alle Kaufoptionen anzeigen", "Voir toutes les options d'achat")
    r"see all buying options|alle kaufoptionen anzeigen|voir toutes les options d'achat|"
    r"ver todas las opciones de compra|vedi tutte le opzioni di acquisto|"
    # eBay's and Allegro's bid and buy-it-now controls outside the US ("Bieten", "Sofort-Kaufen", "Enchérir",
    # "Achat immédiat", "Compralo Subito", "Pujar", "¡Cómpralo ya!", "Licytuj"): an auction running is on
    # sale. Whole words: not "Ähnlichen Artikel anbieten" (sell one like it) on an ended listing.
    r"(?<!\w)bieten\b|\bgebot abgeben\b|\bsofort-?kaufen\b|\benchérir\b|\bplacer une enchère\b|\bachat immédiat\b"
    r"|\bcompralo subito\b|\bfai un'offerta\b|\bpujar\b|\bcómpralo ya\b|\blicytuj\b"
    # a resale marketplace's buy link naming its price (StockX's "Buy for $215"; the lead's probe at 7a9412b):
    # an amount follows, not "Buy for business"
    r"|\bbuy\s+for\s+(?:(?:us|ca|au)?\s?[$€£¥₩]\s?)?\d[\d.,]*(?:\s?(?:€|\$|usd|eur|gbp))?",
    re.I,
)
# a control adding several items at once: a "Frequently bought together" bundle's ("Add all three to cart",
# "Add both to Basket", "Alle drei in den Einkaufswagen"), not the item's own buy control. Source:
# benchmarks/eval_field_mutations.py, stop 41 (a sold-out item read InStock by its bundle's button)
_BUNDLE_ADD = re.compile(
    r"^\W*(?:add\s+(?:all\s+(?:\w+\s+)?|both\s+|(?:the\s+)?selected\s+(?:items\s+)?)(?:items\s+)?to\s+"
    r"(?:cart|basket|bag)|(?:alle\s+(?:\w+\s+)?|beide\s+)(?:artikel\s+)?in\s+den\s+(?:einkaufswagen|warenkorb)"
    r"|ajouter\s+les\s+(?:\w+\s+)?(?:articles\s+)?au\s+panier|aggiungi\s+(?:entrambi|tutti\s+e\s+\w+)\s+al\s+carrello"
    r"|añadir\s+(?:ambos|los\s+\w+)\s+(?:a\s+la\s+cesta|al\s+carrito)|adicionar\s+(?:ambos|os\s+\w+)\s+ao\s+carrinho"
    r"|voeg\s+(?:beide|alle\s+\w+)\s+toe|dodaj\s+(?:oba|wszystkie)\s+do\s+koszyka)",
    re.I,
)


def bundle_add(text: str) -> bool:
    """`text` (a control's) adds several items at once (`_BUNDLE_ADD`: "Add all three to cart", "Add both to
    Basket"): a set's control, not the item's. Not "Add bundle to cart": a product that is itself a bundle
    says so."""
    return bool(_BUNDLE_ADD.search(text or ""))


# the bare "Add" a fashion shop's buy button reads (Zara's "AÑADIR", "ADD", "AJOUTER", "HINZUFÜGEN") or "Buy":
# a buy control only as a whole button's text (`buy_state`), never inside prose or a link
_BARE_ADD = re.compile(
    r"\+?\s*(?:add|añadir|agregar|ajouter|hinzufügen|aggiungi|adicionar|toevoegen|dodaj|ekle|добавить|"
    r"adaugă|přidat|pridať|lägg till|tilføj|legg til|追加|添加|추가|"
    # the bare "Buy" of an old shop's submit button ("Qty [1] [Buy]"); a link reading it is a menu's; the
    # bare "Purchase" of a resale marketplace's buy button (Grailed's "Purchase" beside "Offer"; listing review 8)
    r"buy|purchase|kaufen|"
    # the bare "Buy" of Croatian, Serbian, Bosnian, Slovenian and Polish shops' submit buttons ("Kupi", "Купи", "Kup")
    r"kupi|купи|kup|"
    # a fulfilment cell's own buy button ("Pickup ... [Pick it up]", "Shipping ... [Ship it]", "[Deliver it]"),
    # a store chain's "Pick Up In Store" button where an item sold in its stores only has no cart button
    # (listing review 8)
    r"ship it|pick it up|deliver it|pick[\s-]?up in[\s-]store|"
    # US pharmacy chains' buy buttons by fulfilment ("Add for shipping", "Add for delivery", "Add for pickup"),
    # a marketplace's button opening the variant choice before the cart (Walmart's "Choose options"; the lead's
    # ninth probe, stop 39)
    r"add for (?:shipping|delivery|pickup|same[- ]day delivery)|choose options)",
    re.I,
)
# a button reading "+" and the cart's name, nothing else ("+ Keranjang", "+ Cart", "+ Warenkorb", "+ 장바구니"):
# a bare "Add" too (a quantity stepper's "+", "+ Wishlist", "View cart" are not)
_PLUS_CART = re.compile(
    r"\+\s*(?:cart|bag|basket|trolley|keranjang|troli|warenkorb|korb|panier|carrito|carro|cesta|carrello|"
    r"winkelwagen|winkelmand(?:je)?|koszyk|košík|košarica|kosár|coș|sepet|kurv|handlekurv|varukorg|ostoskori|"
    r"корзин[ау]|кошик|カート|购物车|購物車|장바구니|giỏ hàng|ตะกร้า|السلة|עגלה)",
    re.I,
)
# what else a bare "Add" adds, named in its box, its names or its form's action: a wishlist, a
# review or comment, insurance, a warranty, gift wrap (an "Add" of these is no buy control)
_ADD_OTHER = re.compile(
    r"wish|favou?rite|review|comment|question|insurance|warrant|guarantee|protect|cover\b|gift|wrap|"
    r"registry|compare|seguro|garant|assurance|versicherung|emballage|regalo|avis|reseña|bewertung",
    re.I,
)


def _other_add(el: Any) -> bool:
    """A bare "Add" button `el` adds something else than the item (`_ADD_OTHER` in the text of its
    box, up to two levels up and 200 characters, in its names or aria-label, or its form's action)."""
    form = el.xpath("ancestor::form[1]/@action")
    said = [el.get("class") or "", el.get("id") or "", el.get("aria-label") or "", *form]
    node = el.getparent()
    for _ in range(2):
        if node is None or not isinstance(node.tag, str):
            break
        text = " ".join(node.itertext())
        if len(text) <= 200:
            said.append(text)
        node = node.getparent()
    return bool(_ADD_OTHER.search(" ".join(said)))


_SOLD_CONTROL = re.compile(
    r"sold[\s_-]*out|out[\s_-]*of[\s_-]*stock|currently unavailable|notify me|email me when|alert me when|"
    r"ausverkauft|nicht verfügbar|benachrichtig|épuisé|m'alerter|me prévenir|esaurito|avvisami|agotado|"
    r"avísame|uitverkocht|"
    # the Rioplatense (voseo) imperative, written without an accent: Garbarino's and Tiendanube stores'
    # "Avisame" / "Avisame cuando llegue" where the buy button stood (Argentina, issue 14's fifth review)
    r"avisame|esgotado|avise-me|売り切れ|在庫切れ|入荷通知|缺货|到货通知|품절|"
    r"нет в наличии|сообщить о поступлении|stok habis|habis terjual|stok kosong|"
    # Sulpak's and Technodom's "Уведомить о поступлении", "Сообщить о наличии"; Taiwanese shops' "補貨通知"
    # (restock notice) where the buy button stood (issue 14's fifth availability review)
    r"уведомить о поступлении|сообщить о наличии|補貨通知|补货通知|"
    # Tokopedia's restock reminder where the buy buttons stood ("Ingatkan Saya": remind me)
    r"ingatkan saya|"
    # restock alerts in place of the buy control ("Get notified", "Avisez-moi", "入荷お知らせ", "到貨通知")
    r"get notified|notify when|when back in stock|avisez-moi|me notifier|avisar(?:me)? cuando|bericht mij|"
    r"join (?:the )?wait-?list|wait-?list me|"
    r"houd me op de hoogte|powiadom|obvesti me|obavijesti me|повідомити про наявність|"
    r"入荷お知らせ|再入荷|到貨通知|貨到通知|到货提醒|补货提醒|입고\s*알림|"
    # a control saying the item is being restocked ("補貨中", "补货中": none to sell until it is back)
    r"補貨中|补货中|"
    # a disabled control saying the item is awaited back ("Bientôt de retour", "入荷待ち": awaiting stock)
    r"bientôt de retour|de retour bientôt|入荷待ち|"
    # Arabic: "quantity ran out", "not available", "tell me when it is available"
    r"نفدت? الكمية|نفد(?:ت)? من المخزون|غير متوفر|غير متاح|[أا](?:علمني|بلغني) عند (?:التوفر|توفره)"
    # Persian "tell me when it is in stock" ("موجود شد خبرم کن", "خبرم کنید") where the buy button stood
    # (30book.com's sold-out book, real pages saved by other hands, stop 68), and "unavailable" (ناموجود)
    r"|خبرم\s*کن|نا\u200c?موجود",
    re.I,
)


# the whole text of a control saying the one item it sells is sold, reserved or on hold for another buyer
# ("Sold", "SOLD!", Vestiaire's "Reserved", Fashionphile's "On Hold"): `buy_state`
_BARE_SOLD = re.compile(r"\W*(?:sold|reserved|on\s+hold)\W*", re.I)


# the whole text of a control that takes a pre-order, in the languages `values.AVAILABILITY_TEXT` has no
# pre-order word for (bol's "Reserveer", eMAG's "Precomandă", Yodobashi's "予約する", Amazon.co.jp's
# "予約注文する", momo's "立即預購", Trendyol's "Ön sipariş ver"): a buy control, and the item a pre-order.
# Whole text only: "Reserveer in de winkel" (reserve in a store) is no pre-order.
_PREORDER_CONTROL = re.compile(
    r"\W*(?:pre-?order(?:\s+now)?|reserveer(?:\s+nu)?|nu\s+reserveren|precomand[ăa](?:\s+acum)?"
    r"|予約(?:注文)?する|予約購入(?:する)?|予約カートに入れる|立即預購|立即预购|ön\s+sipariş(?:\s+ver)?"
    r"|zamów\s+w\s+przedsprzedaży|předobjednat|prednaroči|prednaruči|pré-?commander|précommander"
    r"|(?:jetzt\s+)?vorbestellen|оформить\s+предзаказ|사전\s*예약(?:\s*구매)?|예약\s*구매(?:하기)?"
    # Amazon.it's and Italian shops' "Preordina ora" / "Preordina", the Russian "Предзаказать" (issue 14's
    # sixth availability review)
    r"|preordina(?:\s+(?:ora|subito|adesso))?|предзаказать)\W*",
    re.I,
)


_BUY_ATTR = re.compile(
    r"add[-_]?to[-_]?(?:cart|bag|basket)|buy[-_]?(?:now|box|button)|addtocart|add-cart|cart-add", re.I
)


# a delivery time ("ships in 3-5 weeks", "Ships today", "ready to ship"): `values.AVAILABILITY_TEXT` reads it as
# in stock, but it tells when an order leaves, in a back-order line as well ("Temporarily out of stock.
# Backorder now — ships in 3-5 weeks."; listing review 8: read as a legend of three states, so as nothing)
_DELIVERY_TIME = re.compile(
    r"\bships\s+(?:today|in\s+\d+(?:\s*[-–]\s*\d+)?\s+(?:business\s+)?(?:hours?|days?|weeks?|months?))\b|\bready\s+to\s+ship\b",
    re.I,
)


def legend(text: str) -> bool:
    """`text` names 3+ availability states: a legend ("In Stock ... Backordered ... Out of Stock"); a
    delivery time (`_DELIVERY_TIME`) names none."""
    text = _DELIVERY_TIME.sub(" ", text)
    return len({name for pattern, name in AVAILABILITY_TEXT if pattern.search(text)}) >= 3


_CART_LINK = re.compile(
    r"/(?:cart|basket|bag|warenkorb|panier|carrito|carrello|winkelwagen|koszyk|kosarica|košarica|korpa|корзина)"
    r"(?:\.\w+)?/?(?:[?#]|$)",
    re.I,
)
# a cart link's query that adds an item ("/basket/?action=ADD2BASKET&id=55123", "/panier.php?ajout=STA-0",
# "/cart?add=1234"): a buy link of a shop without a form (1C-Bitrix, old PHP shops), not the cart link
_ADDS_QUERY = re.compile(r"[?&=](?:add|ajout|agreg|aggiung|dodaj|hinzuf|toevoeg|adicion)", re.I)


# a script call that puts the item in the cart (`onclick="InsertCart(2352,'s1','add')"`, "addToCart(...)",
# "panier.ajoutFiche(event)"): a link to the cart page that adds before it goes (1C-Bitrix shops; formasaurus
# 0.10.0's spinkat.ru and dragees-massardier.fr pages, stop 64)
_ADDS_SCRIPT = re.compile(
    r"(?:insert|add|ajout|agreg|dodaj|put)\w*(?:to)?_?(?:cart|basket|panier|korb)|\bajout\w*\(", re.I
)


def _adds_on_click(el: Any) -> bool:
    """`el`'s onclick script adds the item to the cart (`_ADDS_SCRIPT`)."""
    return bool(_ADDS_SCRIPT.search(el.get("onclick") or ""))


def _cart_link(href: str) -> bool:
    """`href` opens the cart (`_CART_LINK`) and adds nothing to it (`_ADDS_QUERY`)."""
    return bool(_CART_LINK.search(href)) and not _ADDS_QUERY.search(href)


# names, title or label of a buy control disabled until a size or variant is chosen ("btn-add-to-bag
# disabled no-size", title="please Select a Size first"): the product can be bought
_CHOOSE_FIRST = re.compile(
    r"no-?size|size-?required|(?:select|choose|pick)[\s-]*(?:an?[\s-]+)?(?:size|colou?r|variant|option|style)"
    r"|(?:größe|taille|talla|taglia|maat|サイズ|尺寸|사이즈)\s*(?:wählen|auswählen|choisir|selecciona|seleziona|kiezen|を選択|选择|선택)",
    re.I,
)
# names of an element that exists to show one state (a badge or message template a script shows
# when it applies: "outofstockbadge", "sold-out-message")
_STATE_NAMED = re.compile(r"out-?of-?stock|sold-?out|no-?stock|unavailable|not-?available")
_SOLD_STATES = {"OutOfStock", "SoldOut", "Discontinued"}  # cannot be bought at all
UNAVAILABLE = _SOLD_STATES | {"BackOrder", "PreOrder", "PreSale"}
# id/class/itemprop words of an element that states the availability (#availability, .stock,
# .product-availability, #outOfStock, .delivery-information)
# (also the short "avail" as a word of its own: ".card__avail", "prod-avail"; not "unavail-holder",
# Amazon's hidden wishlist error "List unavailable.")
_AVAIL_NAMES = re.compile(
    r"availab|(?<![a-z])avail(?![a-z])|stock|inventory|delivery|disponib|verfugbar|verfuegbar|lieferbar|beschikbaar|voorraad|zaloga|zaliha|"
    r"dostupnost|nalich|zapas|lager"
)


# a size written on a size or variant chip: letter sizes (XS, M, XXL, 3XL), numbers (42, 42.5,
# 10 ½), a region and a number (EU 42, UK 8), a waist/length pair (W32 L32, 32/34), "One size"
_SIZE = re.compile(
    r"(?:\d?X{0,3}[SL]|M|XXS|OS|one size|taille unique|talla única|\d{1,3}(?:[.,]5)?(?:\s*½)?"
    r"|(?:EU|UK|US|FR|IT|DE|JP)\s*\d{1,2}(?:[.,]5)?|W\d{2}\s*L\d{2}|\d{2}/\d{2})",
    re.I,
)
_CHOICE_ROLES = {"option", "radio", "menuitemradio", "checkbox", "listbox", "radiogroup"}


def size_choice(el: Any, text: str | None = None, levels: int = 3) -> bool:
    """`el` is one choice of a size or variant picker, whose stock note ("XXL Agotado", "39 Rupture
    de stock", "S - Sold out", a colour swatch's "Pre-order") is about that choice, not the item: `el` or one
    of its `levels` ancestors is an `<option>`, has a choice role (`role="option"`, "radio", ...) or is the
    `<label>` of a radio button (`_radio_label`), or its text
    (`text`) or its parent's is a size (`_SIZE`) followed by a not-in-stock note ("2 left", "42 In
    stock" are not read so); without `text`, its own text a labelled size (`_labelled_size`: "Size
    S: Out of stock") followed by one. Not when every choice of the picker carries
    such a note (a one-size item "One size Out of stock", every size "Agotado"): nothing can be
    bought, the note is the item's."""
    node, prev, depth = el, None, 0
    while node is not None and depth <= levels and isinstance(node.tag, str):
        role = (node.get("role") or "").strip().lower()
        if node.tag == "option" or role in _CHOICE_ROLES or _radio_label(node):
            choice = prev if role in ("listbox", "radiogroup") and prev is not None else node
            return not _every_choice_sold(choice)
        node, prev, depth = node.getparent(), node, depth + 1
    if text is None:  # a stock note of its own naming its size ("Size S: Out of stock")
        own = re.sub(r"\s+", " ", " ".join(el.itertext())).strip()
        starts = _note_starts(own)
        if starts and _labelled_size(own[: min(starts)].strip(" -–—:|·,()")):
            return not _every_choice_sold(el)
    for t, choice in (
        (text, el),
        (" ".join(el.getparent().itertext()) if el.getparent() is not None else None, el.getparent()),
    ):
        if not t:
            continue
        t = re.sub(r"\s+", " ", t).strip()
        starts = _note_starts(t)
        head = t[: min(starts)].strip(" -–—:|·,()") if starts else ""
        if head and (_SIZE.fullmatch(head) or _labelled_size(head)):
            return not _every_choice_sold(choice)
    return False


# the label of a size written before it in a stock note ("Size S: Out of stock", "Selected size: 10 - Sold
# out", "Größe 42: ausverkauft", "Taille 38 : épuisé")
_SIZE_LABEL = re.compile(
    r"^(?:(?:selected|chosen)\s+)?(?:size|taille|größe|grösse|talla|taglia|maat|tamanho|rozmiar|サイズ|尺码|尺碼|사이즈)"
    r"\s*[:：]?\s*",
    re.I,
)


def _labelled_size(head: str) -> bool:
    """`head` is a size after its label (`_SIZE_LABEL`: "Size S", "Größe 42"): a note about that size, not
    a one-size item's ("Size: One size" is the item's only size). Source: issue 14's third review."""
    m = _SIZE_LABEL.match(head)
    rest = head[m.end() :] if m else ""
    return (
        bool(rest)
        and _SIZE.fullmatch(rest) is not None
        and not re.fullmatch(r"one size|os|taille unique|talla única", rest, re.I)
    )


def _note_starts(text: str) -> list[int]:
    """Where a not-in-stock note ("Agotado", "Sold out", "Rupture de stock") starts in `text`."""
    notes = (p.search(text) for p, name in AVAILABILITY_TEXT if name != "InStock")
    starts = [m.start() for m in notes if m is not None]
    return starts + [m.start() for m in [_SOLD_CONTROL.search(text)] if m is not None]


def _radio_label(node: Any) -> bool:
    """`node` is the `<label>` of a radio button (holding it): one choice of a variant picker written as
    labelled radios (colour swatches, sizes). Source: stop 41's field mutations (a colour swatch's
    "Pre-order" note made 25 in-stock items PreOrder)."""
    return node.tag == "label" and bool(node.xpath(".//input[@type='radio']"))


def _every_choice_sold(choice: Any) -> bool:
    """Every element of `choice`'s tag beside it (the picker's choices, `choice` among them) shows
    a not-in-stock note: two or more of them, or one in a list, `<select>` or listbox."""
    parent = choice.getparent()
    if parent is None:
        return False
    same = [c for c in parent if c.tag == choice.tag]
    picker = parent.tag in ("ul", "ol", "select") or (parent.get("role") or "") in ("listbox", "radiogroup")
    if len(same) < 2 and not picker:
        return False  # a lone chip in a box: no picker to read
    return all(_note_starts(re.sub(r"\s+", " ", " ".join(c.itertext()))) for c in same)


# names of a block listing other products ("related-products", "upsell", "recommendations",
# "also-bought"): `layout.OTHER_ITEMS_NAMES` and "also..." of `layout._NOISE`
_OTHER_ITEMS_BLOCK = re.compile(rf"\b(?:{OTHER_ITEMS_NAMES}|also\w*)\b")


def _in_other_items(page: Layout, el: Any, levels: int = 12) -> bool:
    """`el` sits in a block named for other products (`_OTHER_ITEMS_BLOCK`) that `Layout.context`
    counts as a strip: a lone related card's "Add to cart" / "Comprar" / "Добавить в корзину", which
    `Layout.context` cannot tell as a repeated card when the strip shows one card (a Shopify theme's
    "You may also like" with one product left, Garbarino's "También te puede interesar", Kaspi's
    "Похожие товары", PChome's "相關商品"): another product's control, as a repeated card's is.
    Source: issue 14's fifth availability review."""
    if not page.context(el)[0]:
        return False
    return any(_OTHER_ITEMS_BLOCK.search(page.names.get(a, "")) for a in list(el.iterancestors())[:levels])


def _named_buy(page: Layout, el: Any) -> bool:
    """`el` is named as the buy control (`_BUY_ATTR` in its id/class/name/data-action: Tiendanube's
    `<input type=submit class="js-addtocart">`, `<button id="AddToCart">`), or submits a form named
    or posting so (`action="/cart/add"`, a hidden `add_to_cart` field): not a size chip or a filter
    toggle."""
    own = " ".join([page.names.get(el, ""), el.get("name") or "", el.get("data-action") or ""])
    if _BUY_ATTR.search(own):
        return True
    form = next(el.iterancestors("form"), None)
    if form is None or el.tag not in ("button", "input") or (el.get("type") or "submit").lower() != "submit":
        return False
    fields = " ".join(
        [form.get("action") or "", page.names.get(form, ""), *form.xpath(".//input[@type='hidden']/@name")]
    )
    return bool(
        _BUY_ATTR.search(fields) or re.search(r"/(?:cart|basket|bag)/add\b", form.get("action") or "")
    )


def opens_with_buy(text: str) -> bool:
    """`text` opens with a buy phrase (`_BUY`) as a control's label does ("Buy It Now", "加入购物车",
    "바로 구매하기", "🛒 Add to cart – $49"), a whole word in a script written with cased letters: not a
    help link naming buying ("¿Cómo comprar?", "Как купить", "Katalog bestellen") nor a word that
    begins with one ("Köpvillkor", "acquistare")."""
    m = re.match(rf"\W*(?:{_BUY.pattern})", text, re.I)
    if m is None:
        return False
    last, nxt = text[m.end() - 1], text[m.end() : m.end() + 1]
    return not (nxt.isalpha() and last.lower() != last.upper())  # "köp|villkor": the word goes on


def _says_sold(box: Any) -> bool:
    """`box`'s first 300 characters of text hold a sold-out word (`_SOLD_CONTROL`): a buy phrase
    shown there is no live control ("바로 구매하기" hidden beside "품절"). A variant picker's choices
    do not count: "블랙 / M (품절)" in an `<option>` is one variant sold out (a Naver smart store's
    option list beside its live "구매하기"; issue 14's fifth availability review)."""
    text = " ".join(
        t for t in box.xpath(".//text()[not(ancestor::option or ancestor::optgroup)]") if isinstance(t, str)
    )
    return _SOLD_CONTROL.search(text[:300]) is not None


def _teaser(link: Any, box: Any) -> bool:
    """`link` leads to a page (not "#...", not a script) that a picture link in `box` leads to as
    well: another product's teaser ("Complete the look": its photo and a "Buy now" to its page)."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:")):
        return False
    return any(
        a is not link and a.get("href") == href and a.find(".//img") is not None for a in box.iter("a")
    )


def _text_links(page: Layout, have: set[Any], title_el: Any) -> list[Any]:
    """Links not yet among `have`, among the 400 links after the title, whose short text (at most
    40 characters) opens with a buy phrase (`opens_with_buy`: "立即购买", "Buy It Now"): buy controls known by their
    text whatever their classes (`<a id="k123">加入购物车</a>`); not one shown beside a sold-out word
    ("바로 구매하기" hidden beside "품절"), nor another product's teaser link (`_teaser`)."""
    if title_el is None:
        return []
    out = []
    for el in title_el.xpath("following::a[position() <= 400]"):
        if el in have:
            continue
        text = control_text(el)
        if len(text) > 40 or not opens_with_buy(text):
            continue
        box = next(iter(list(el.iterancestors())[1:2]), el.getparent())  # the link's grandparent
        if box is not None and (_says_sold(box) or _teaser(el, box)):
            continue
        out.append(el)
    return out


def _text_blocks(page: Layout, title_el: Any) -> list[Any]:
    """`div`/`span` elements among the 200 elements after the title whose whole text is one buy
    phrase (`_BUY` matching all of it: "ADD TO BAG", "Sepete ekle"), with no link or form control
    inside: a buy control a script makes clickable (Myntra's `<div class="pdp-add-to-bag">`);
    not prose opening with one ("Buy now, pay later"), not words inside a paragraph, list item,
    cell, label or heading, nor a span inside a sentence, not one inside a link or button (found
    as that control), nor one beside a sold-out word, nor one in a card holding a picture link
    (two levels up: another product's card)."""
    if title_el is None:
        return []
    out = []
    for el in title_el.xpath(
        "following::*[self::div or self::span][position() <= 200]"
        "[not(ancestor-or-self::a or ancestor::button or .//a or .//button or .//input)]"
        "[not(ancestor::p or ancestor::li or ancestor::td or ancestor::label or ancestor::h1 or ancestor::h2"
        " or ancestor::h3 or ancestor::h4)]"
    ):
        text = re.sub(r"\s+", " ", " ".join(el.itertext())).strip(" \t\n:.!")
        if not text or len(text) > 40 or not re.fullmatch(rf"(?:{_BUY.pattern})", text, re.I):
            continue
        parent = el.getparent()
        if (
            el.tag == "span"
            and parent is not None
            and re.sub(r"\W+", "", "".join(parent.itertext())) != (re.sub(r"\W+", "", "".join(el.itertext())))
        ):
            continue  # a span of words inside a sentence ("Tap <span>Add to bag</span> to keep it")
        if parent is not None and _says_sold(parent):
            continue
        if el.xpath("ancestor::*[position() <= 2][.//a[@href][.//img]]"):
            continue  # in a card with its own picture link: another product's "Add to cart"
        out.append(el)
    return out


def control_text(el: Any) -> str:
    """What a control reads: an `<input>`'s value (or an image input's alt text), another element's
    text, or the alt text of the one picture a link or button shows instead of text (an old shop's
    `<a href="/panier.php?ajout=..."><img alt="Ajouter au panier"></a>`), its white space folded."""
    text = " ".join(el.itertext()) if el.tag != "input" else (el.get("value") or el.get("alt") or "")
    if not text.strip() and el.tag in ("a", "button"):
        alts = el.xpath(".//img/@alt")
        text = alts[0] if len(alts) == 1 else ""
    if not text.strip() and el.tag in ("a", "button") and len(el.xpath(".//img")) == 0:
        # a control drawn by its style sheet reads its label (`<a class="add_to_Card" title="Add to Cart"
        # onclick="AddSKUToCart(...)">`, formasaurus 0.10.0's focalprice page, stop 64)
        text = el.get("aria-label") or el.get("title") or ""
    if (
        not text.strip()
        and el.tag == "a"
        and len(el) == 0
        and (nxt := el.getnext()) is not None
        and nxt.tag == "table"
    ):
        # a link the HTML parser emptied: libxml2 closes an <a> where a <table> opens, which browsers keep
        # inside it (Tilda's buttons, `<a class="t-btn"><table><tr><td>Купить</td></tr></table></a>`);
        # the table right after it is its text (the lead's probe, stop 35)
        # (a link that goes somewhere, the table's text short as a button's)
        moved = " ".join(nxt.itertext())
        text = moved if el.get("href") and not (el.tail or "").strip() and len(moved.strip()) <= 40 else ""
    if not text.strip() and el.tag == "input" and (el.get("type") or "").lower() == "image":
        text = _picture_words(el.get("src") or "")
    return re.sub(r"\s+", " ", text).strip()


def _picture_words(src: str) -> str:
    """The words of a button picture's file name, for an image button that has no alt text: an old shop's
    `<input type="image" src="/images/buttons/addtocart-small.jpg">` reads "addtocart small" (campingworld.com,
    2015, formasaurus 0.10.0, read without its structured data; stop 68). Only a file name of letters,
    digits and separators (not a data: URL or a script's template)."""
    name = urlsplit(src.strip()).path.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else ""
    if not stem or len(stem) > 60 or not re.fullmatch(r"[A-Za-z0-9_\-()]+", stem):
        return ""
    return re.sub(r"[_\-()]+", " ", stem)


def _disabled(page: Layout, el: Any) -> bool:
    """A buy control shown disabled (the attribute, aria-disabled, or a disabled/sold-out name), unless
    its names say it waits for a choice first (`_CHOOSE_FIRST`: "Select a size")."""
    marked = (
        el.get("disabled") is not None
        or el.get("aria-disabled") == "true"
        or re.search(r"\bdisabled\b|\bsold-?out\b|\bunavailable\b", page.names.get(el, ""))
    )
    names = " ".join(
        [page.names.get(el, ""), el.get("title") or "", el.get("aria-label") or "", el.get("value") or ""]
    )
    return bool(marked) and not _CHOOSE_FIRST.search(names)


# a buy box asking for a variant before it shows a price and a cart button (Amazon's partial-state buy
# box "To buy, select Size", "Um zu kaufen, wählen Sie Größe", "Pour acheter, sélectionnez Taille", "Per
# acquistare, seleziona Taglia"): the item is on sale in the variants to choose from
_CHOOSE_TO_BUY = re.compile(
    r"^\s*(?:to buy,? select|um (?:diesen artikel )?zu kaufen,? wählen sie|pour acheter,? sélectionnez"
    r"|per acquistare,? seleziona|para comprar,? selecciona"
    # Amazon's buy box of an item whose variant is not chosen, one button in place of the buy controls
    # ("See available options", "Siehe verfügbare Optionen"; the lead's Amazon probe, stop 37), and the
    # informal German "Um zu kaufen, wähle"
    r"|see available options|siehe verfügbare optionen|voir les options disponibles|vedi le opzioni disponibili"
    r"|ver (?:las )?opciones disponibles|um zu kaufen,? wähle)\b",
    re.I,
)


def choose_to_buy(page: Layout) -> bool:
    """One short text outside menus, cards and hidden parts asks for a variant before the item can be
    bought (`_CHOOSE_TO_BUY`: "To buy, select Size"): an on-sale product page whose price shows only
    once a variant is chosen. Two or more (a search page's results, each asking so) are none."""
    asks = set()
    for node, text in page.text_nodes():
        parent = node.getparent()
        if (
            not text.strip()
            or len(text) > 60
            or parent is None
            or not _CHOOSE_TO_BUY.match(" ".join(parent.itertext()))
        ):
            continue
        if not (any(page.context(parent)) or hidden(parent)):
            asks.add(parent)
    return len(asks) == 1


# names of a buy control a shop disables until a variant is chosen (WooCommerce's variable product:
# "single_add_to_cart_button disabled wc-variation-selection-needed")
_WAITS_FOR_VARIANT = re.compile(r"selection-?needed|variation-?selection")


def waits_for_variant(page: Layout) -> bool:
    """A buy control outside menus, cards and hidden parts reads a buy phrase and is named as
    waiting for a variant choice (`_WAITS_FOR_VARIANT`), or the page asks for a choice before it
    tells the availability (`_asks_for_choice`), and no such control says sold out
    (`_SOLD_CONTROL`): the product's variants are on sale, whatever its disabled state says."""
    waiting = False
    for el in page.root.xpath("//button | //input[@type='submit']")[:300]:
        if any(page.context(el)) or hidden(el):
            continue
        text = control_text(el)[:120]
        if _SOLD_CONTROL.search(text):
            return False
        waiting = waiting or bool(_BUY.search(text) and _WAITS_FOR_VARIANT.search(page.names.get(el, "")))
    return waiting or _asks_for_choice(page)


_CHOICE_WORD = r"(?:styles?|sizes?|colou?rs?|options?|variants?|fits?|widths?|lengths?)"
# a line asking for a variant before the availability is told (Salesforce Commerce Cloud's "Select
# Styles for Availability", "Select a size to see availability", "Choose your options to check stock"):
# the shop disables its buy control until then; not a store pickup's "... to see in-store availability"
_ASKS_FOR_CHOICE = re.compile(
    rf"^\W*(?:please\s+)?(?:select|choose|pick)\s+(?:an?\s+|your\s+)?{_CHOICE_WORD}"
    rf"(?:\s*(?:,|&|and|/)\s*{_CHOICE_WORD})*\s+(?:for|to\s+(?:see|check|view))\s+(?:availability|stock)\W*$",
    re.I,
)


def _asks_for_choice(page: Layout) -> bool:
    """One short text (at most 80 characters) outside menus, cards and hidden parts asks for a
    variant before the availability is told (`_ASKS_FOR_CHOICE`)."""
    for node, text in page.text_nodes():
        parent = node.getparent()
        if parent is None or len(text) > 80 or not _ASKS_FOR_CHOICE.match(text.strip()):
            continue
        if not (any(page.context(parent)) or hidden(parent)):
            return True
    return False


def buy_state(page: Layout, title_el: Any = None) -> tuple[bool, str | None, bool, bool]:
    """(the page has a buy control, availability its controls state, a live control was found by
    its shown text: not only by the names of buttons and forms, a control SAYS the item is not in
    stock: "Sold out", "Notify me", not only a disabled control with no such words).

    A live "Add to cart"/"Buy now" control outside product cards says InStock; only disabled
    ones, or a control reading "Sold out" / "Notify me when available" (several languages),
    say OutOfStock/SoldOut. Either way the page has a buy control (an out-of-stock product page
    is still a product page). With `title_el`, links reading a buy phrase among the 400 links
    after the title count whatever their names (`_text_links`), and so do `div`/`span` elements
    whose whole text is one (`_text_blocks`).
    """
    live = dead = False
    sold: str | None = None
    controls = page.root.xpath(
        # (the type in any case: an old shop's `<input type="Button" value="Ajouter au panier">`)
        "//button | "
        "//input[contains('|submit|button|image|', concat('|', translate(@type, 'SUBMITONAGE', 'submitonage'), '|'))] | "
        "//a[contains(@class, 'btn') or contains(@class, 'button') or @role='button'] | //*[@role='button'] | "
        "//a[contains(translate(concat(@id, ' ', @class), 'BUYCARTSK', 'buycartsk'), 'buy') or "
        "contains(translate(concat(@id, ' ', @class), 'BUYCARTSK', 'buycartsk'), 'basket') or "
        "contains(translate(concat(@id, ' ', @class), 'BUYCARTSK', 'buycartsk'), 'cart')]"
    )
    controls = controls[:300] + _text_links(page, set(controls[:300]), title_el)
    blocks = [el for el in _text_blocks(page, title_el) if el not in controls]
    controls += blocks
    weak_live = False  # a bare "Add" button or a buy-phrase div: a buy control only when no other is found
    for el in controls:
        text = control_text(el)[:120]
        if not text or bundle_add(text):
            continue  # a bundle's "Add all three to cart": other items with this one, not its buy control
        is_buy, said = bool(_BUY.search(text) or _PREORDER_CONTROL.fullmatch(text)), said_state(text)
        bare = (
            not is_buy
            and el.tag in ("button", "input")
            and bool(_BARE_ADD.fullmatch(text) or _PLUS_CART.fullmatch(text))
        )
        bare = bare and not _other_add(el)
        is_buy = is_buy or bare
        # "Sold out", "Notify me" (`_SOLD_CONTROL`), or the buy control itself reading a not-in-stock
        # state ("Sin stock"; not a size chip "42 Not available" or a "Hide unavailable sizes" toggle)
        is_sold = bool(_SOLD_CONTROL.search(text)) or (said in _SOLD_STATES and _named_buy(page, el))
        # a control reading only "Sold" where the buy button stood, disabled or named as the buy control
        # (Mercari's grey "Sold" checkout button, a consignment shop's `<button name="add" disabled>Sold`;
        # listing review 8): not a "Sold" tab of a seller's listings, live and named otherwise
        is_sold = is_sold or bool(
            _BARE_SOLD.fullmatch(text) and (_disabled(page, el) or _named_buy(page, el))
        )
        if _not_the_items(page, el, text, is_buy, is_sold):
            continue
        disabled = _disabled(page, el) and not _awaits_script(page, el)
        if is_sold:
            sold = sold or (said if said not in (None, "InStock") else "OutOfStock")
        elif disabled:
            dead = True
        elif bare or el in blocks:
            weak_live = (
                True  # an "Add" of insurance or a wishlist, a card's "Add to cart" beside the real one
            )
        else:
            live = True
    live = live or (weak_live and not (dead or sold))
    shown_live = live
    if not (live or dead or sold):
        live = _buy_named(page)
    if live:
        return True, "InStock", shown_live, False
    if sold or dead:
        return True, sold or "OutOfStock", False, sold is not None
    return False, None, False, False


def _not_the_items(page: Layout, el: Any, text: str, is_buy: bool, is_sold: bool) -> bool:
    """`buy_state`'s control `el` (reading `text`) is none of the item's: neither a buy nor a sold-out
    control, a card's control, a hidden one, a lone related card's "Comprar" / "加入購物車"
    (`_in_other_items`), a size chip reading "XXL Agotado" (that size is sold out, not the item), a FAQ
    accordion's question ("Kalau stok habis, kapan restock?"), the cart link of the header or menu (it
    opens the cart, adds nothing), or a sold-out word on a control of the site's header or navigation (a
    `<header>` / `<nav>` strip, `Layout.context`): its notifications bell ("Benachrichtigungen" on eBay.de,
    matched by "benachrichtig"; real eBay.de pages saved by other hands, product-dl 0.0.0.dev4; stop 65) is
    no restock alert. A buy box's footer ("prod-buy-footer" holding "재입고 알림 신청") is the item's."""
    if not (is_buy or is_sold) or page.context(el)[1] or hidden(el) or _in_other_items(page, el):
        return True
    if (
        is_sold
        and not is_buy
        and (size_choice(el, text) or text.endswith(("?", "？", "؟")) or _site_strip(page, el))
    ):
        return True
    return el.tag == "a" and (
        page.context(el)[0] or (_cart_link(el.get("href") or "") and not _adds_on_click(el))
    )


def _site_strip(page: Layout, el: Any) -> bool:
    """`el` sits in the site's header or navigation: a layout strip (`Layout.context`) inside a `<header>`
    or `<nav>` element or one whose role is banner or navigation."""
    return page.context(el)[0] and bool(
        el.xpath("ancestor::header or ancestor::nav or ancestor::*[@role='banner' or @role='navigation']")
    )


# a box the page's script fills in, named for its loading state (eBay's buy box of 2026, `<div class="vim
# x-bin-action vim-flex-cta loading">`); not "loading-bar" or "lazyloading"
_LOADING = re.compile(r"(?<![\w-])(?:is-)?loading(?![\w-])")


def _awaits_script(page: Layout, el: Any, levels: int = 2) -> bool:
    """`el`, a buy control shown disabled, waits for the page's script: it or one of its `levels` nearest
    ancestors is named as loading (`_LOADING`), and no short shown text says the item is gone
    (`_says_gone`). eBay renders its buy box so until its script runs (`<div class="x-bin-action
    loading"><a href="/atc/binctr?item=..." tabindex="-1" disabled>Sofort-Kaufen</a>`; "In den
    Warenkorb", "Bieten", eBay.com's "Buy It Now", "Place bid"): a live listing, not a sold-out one.
    Source: real eBay.de pages saved by other hands, product-dl 0.0.0.dev4; stop 65."""
    boxes = [el, *list(el.iterancestors())[:levels]]
    return any(_LOADING.search(page.names.get(b, "")) for b in boxes) and not _says_gone(page)


def on_page(page: Layout, el: Any) -> bool:
    """`el` (a text's holder) is shown on the page itself: it exists and sits outside the layout strips and other
    items' cards (`Layout.context`), hidden parts and dialogs."""
    return el is not None and not (any(page.context(el)) or hidden(el) or page.in_dialog(el))


def _says_gone(page: Layout, limit: int = 120) -> bool:
    """A short shown text (at most `limit` characters) states a sold-out availability
    (`values.AVAILABILITY_TEXT`: "Out of stock", "Dieser Artikel ist nicht mehr verfügbar"), outside
    menus, cards, hidden parts, dialogs, disabled controls and variant choices ("pink (Nicht mehr
    vorrätig)": one variant's state), and not a fulfilment channel's ("Versand nach X nicht verfügbar")."""
    for node, text in page.text_nodes():
        if len(text.strip()) > limit or normalize_availability(text) not in _SOLD_STATES:
            continue
        parent = node.getparent()
        if parent is None or fulfilment_note(text) or parent.tag in ("option", "optgroup", "select"):
            continue
        if not on_page(page, parent):
            continue
        if not (size_choice(parent) or in_disabled_control(parent)):
            return True
    return False


def _buy_named(page: Layout) -> bool:
    """`buy_state`'s last resort: a button, input, form or link is NAMED for buying (`_BUY_ATTR` in its id,
    class, name, form action or `data-action`) whatever it reads, outside another item's quick view pre-rendered
    closed (`dom.in_closed_dialog`: its "add-to-cart" button is that item's; benchmarks/eval_field_mutations.py,
    stop 41: bol's unavailable item read InStock by one)."""
    attrs = page.root.xpath(
        "//button/@id | //button/@class | //button/@name | //input/@name | //input/@id | //form/@action | "
        "//form/@id | //form/@class | //a/@id | //*[@data-action]/@data-action"
    )
    seen = 0
    for value in attrs:
        seen += len(value)
        if seen > 200_000:
            break
        if _BUY_ATTR.search(value) and not in_closed_dialog(page, value.getparent()):
            return True
    return False


def preorder_control(page: Layout) -> bool:
    """A live control outside menus, cards, hidden parts and dialogs reads, as its whole text, a
    pre-order phrase (`_PREORDER_CONTROL`: "Reserveer", "Precomandă", "予約する"): where the cart
    button stands on an item for sale, the page takes pre-orders. Source: issue 14's fourth
    availability review (bol, eMAG, Yodobashi pages)."""
    controls = page.root.xpath(
        "//button | //input[@type='submit' or @type='button'] | //*[@role='button'] | "
        "//a[contains(@class, 'btn') or contains(@class, 'button') or contains(@class, 'buy') or contains(@class, 'cart')]"
    )
    for el in controls[:400]:
        text = control_text(el)
        if not text or len(text) > 40 or not _PREORDER_CONTROL.fullmatch(text):
            continue
        if any(page.context(el)) or hidden(el) or page.in_dialog(el) or _disabled(page, el):
            continue
        return True
    return False


# an out-of-stock note that takes the order all the same, to be delivered once the item is back
# (Amazon's "Temporarily out of stock. ... Place your order and we'll email you when we have an
# estimated delivery date", "Derzeit nicht auf Lager. Bestellen Sie jetzt und wir liefern, sobald ...",
# "Commandez maintenant et nous vous livrerons ...", "Haz tu pedido y te enviaremos ...")
_ORDER_ANYWAY = re.compile(
    r"place your order and we(?:'|’)?ll|order (?:it )?now and we(?:'|’)?ll (?:deliver|ship|send|email)"
    r"|you can (?:still )?(?:place an order|order (?:it|this item) now)|bestellen sie jetzt,? und wir liefern"
    r"|commandez(?:-le)? (?:dès )?maintenant et nous vous (?:livrerons|l'expédierons|enverrons)"
    r"|(?:haz|realiza) tu pedido y te (?:enviaremos|lo enviaremos)|ordina (?:ora|adesso) e ti (?:invieremo|spediremo)"
    r"|bestel nu en we (?:leveren|verzenden)|zamów teraz,? a (?:my )?(?:wyślemy|dostarczymy)",
    re.I,
)


# the on-order wording of Croatian, Slovenian and Russian shops' stock lines ("Dostupno po narudžbi (7-14
# dana)", "Dobavljivo po naročilu", "Под заказ, 5-7 дней"): orderable now, supplied later, as the
# languages `values.AVAILABILITY_TEXT` reads so ("Bajo pedido", "na zamówienie"). Not a shipping cost
# "po narudžbi" (per order: "Dostava 3,99 € po narudžbi") nor a discount "на заказ от 3000 ₽".
_ON_ORDER = re.compile(
    r"(?:dostupn[oa]|dobavljiv[oa]|samo|izdelan[oa]?|izdelava|naročljiv[oa]|na voljo)\s+po\s+"
    r"(?:narudžbi|narudžbu|naročilu)|^\s*po\s+(?:narudžbi|narudžbu|naročilu)\b|под заказ|"
    r"^\s*(?:товар\s+)?на заказ\b(?!\s+(?:от|свыше|более))"
    # WooCommerce's "Available on backorder" in its Spanish and Dutch translations ("Disponible para reservar",
    # "Beschikbaar via nabestelling"): issue 14's sixth availability review
    r"|^\W*disponible\s+para\s+reservar\b|\bnabestelling\b",
    re.I,
)


# an in-stock word negated where the languages write the negation apart ("Nije dostupno", "Trenutno nije
# na stanju", "Ni dobavljivo", "Není skladem", "Nie jest dostępny"): `values.AVAILABILITY_TEXT` reads
# "dostupno" / "na stanju" alone as InStock (seen on Croatian shops' stock lines, issue 14 review)
# The negation opens the text and ends it or a sentence: a stock line, not "Dostava nije dostupna na
# otocima" (delivery to the islands) or "Nije dostupno za dostavu" (a delivery note).
_NEGATED_IN_STOCK = re.compile(
    r"^\W*(?:(?:trenutno|trenutačno|proizvod|artikl|izdelek|momentálně|chwilowo|товар)\s+){0,2}(?:"
    r"\bnije\s+(?:više\s+)?(?:dostupn[oa]?|na\s+(?:stanju|zalihi|skladištu)|raspoloživ[oa]?)\b"
    r"|\bni\s+(?:več\s+)?(?:dobavljiv[oa]?|razpoložljiv[oa]?|dostopn[oa]?|dosegljiv[oa]?)\b|\bnení\s+(?:skladem|dostupn)"
    r"|\bnie\s+jest\s+dostępn\w*|\bнема\s+на\s+(?:стању|залиха))(?:\s*$|\s*[.!,;:(–-])",
    re.I,
)


# a note that the item will soon be sold out, still on sale: its words hold the sold-out word ("即將售完",
# "품절임박", "Almost sold out", "Bald ausverkauft"), as 91APP's and Cafe24's stock hints write it
_SELLING_OUT = re.compile(
    r"即將售完|即将售完|即將完售|快要?售完|품절\s*임박|\b(?:almost|nearly) sold[\s-]*out\b|\bselling out(?: fast)?\b"
    r"|\bsoon sold out\b|\bbald ausverkauft\b|\bfast ausverkauft\b|\bpresque épuisé|\bquasi esaurit[oa]\b"
    r"|\bcasi agotad[oa]\b|\bпочти распродан|残りわずか|残り僅か",
    re.I,
)


# a stock line saying the item is awaited back, not on sale now: its words hold an in-stock word ("Uskoro
# dostupno", "Kmalu na zalogi", "Скоро в наличии", "Bald verfügbar", "Próximamente disponible"); the
# line opens with it (not "... available soon in stores" prose)
_SOON_BACK = re.compile(
    r"^\W*(?:uskoro\s+(?:dostupn[oa]|na\s+(?:stanju|zalihi))|kmalu\s+(?:na\s+zalogi|na\s+voljo|dobavljiv[oa])"
    r"|скоро\s+(?:в\s+наличии|будет\s+в\s+наличии)|ожидается(?:\s+(?:поступление|в\s+наличии|на\s+складе))?"
    r"|очікується(?:\s+надходження)?|bald\s+(?:wieder\s+)?(?:verfügbar|lieferbar|erhältlich)"
    r"|demnächst\s+(?:wieder\s+)?(?:verfügbar|lieferbar)|bientôt\s+disponible|próximamente(?:\s+disponible)?"
    r"|disponible\s+próximamente|presto\s+disponibile|disponibile\s+a\s+breve"
    r"|available\s+soon|back\s+soon|coming\s+soon|expected\s+soon|即將到貨|即将到货|입고\s*예정)"
    r"(?:\s*$|\s*[.!,;:(–-])",
    re.I,
)
# a stock line saying the item ran out, in words `values.AVAILABILITY_TEXT` lacks or reads the other way:
# Kazakh "Сатылымда жоқ" (not on sale: "сатылымда" alone is on sale), Russian "Товар закончился",
# "Нет в продаже" and the others below; the line opens with it (not "Акция закончилась", a promotion that ended)
_GONE = re.compile(
    r"^\W*(?:(?:trenutno|trenutačno|actualmente|temporalmente|暫時|暂时|현재)\s*)?"
    r"(?:сатылымда\s+жоқ|(?:товар\s+)?законч(?:ился|илась|илось|ились)|нет\s+в\s+продаже"
    # Slovenian "Ni zaloge", Croatian/Serbian "Nema zalihe", Kazakh "Қолжетімсіз" (unavailable), a
    # restocking line "商品補貨中", Spanish "No hay stock" ("hay stock" alone is in stock)
    r"|ni\s+zaloge|nema\s+(?:na\s+)?(?:zalih[ae]|lageru)|қолжетімсіз|(?:商品)?(?:補貨中|补货中)"
    r"|no\s+hay\s+(?:stock|existencias|unidades)"
    # Russian "Товар временно недоступен (для заказа)" (M.Video, DNS; issue 14's sixth availability review)
    r"|(?:товар\s+)?(?:временно\s+|сейчас\s+)?недоступен\b(?!\s+(?:для|к)\s+(?:доставк|самовывоз))"
    # Indonesian / Malay (Tokopedia, Shopee ID): "Produk ini sedang tidak tersedia", "Stok kosong", "Barang
    # habis", a line of its own or a sentence (not "Habis dalam 02:14", a flash sale's countdown)
    r"|(?:(?:produk|barang)\s+(?:ini\s+)?)?(?:sedang\s+|saat\s+ini\s+)?(?:tidak\s+tersedia|habis|kosong)"
    r"(?=\s*$|\s*[.!,;:(–-])|stok\s+(?:habis|kosong))",
    re.I,
)
# a listing its seller paused or ended, or sales stopped: the marketplace page stays up with its price,
# the buy box replaced by a notice (Mercado Libre's "Publicación pausada", "Anúncio pausado", "Publicación
# finalizada"; Allegro's "Sprzedaż zakończona", "Oferta zakończona", "Ta oferta jest już niedostępna";
# Yodobashi's and Rakuten's "販売を終了しました", "販売休止中", "取り扱いを終了しました"); issue 14's fourth
# availability review. Not a promotion that ended ("Promocja zakończona", "セール終了").
_OFF_SALE = re.compile(
    r"\bpublicaci[oó]n\s+(?:pausada|finalizada)\b|\ban[uú]ncio\s+(?:pausado|finalizado)\b"
    r"|\bpaus[oó]\s+la\s+venta\b|\bsprzedaż\s+zakończona\b|\boferta\s+zakończona\b"
    r"|\boferta\s+(?:jest\s+)?(?:już\s+)?niedostępna\b|販売を?(?:終了|休止)(?:しました|いたしました|中)"
    r"|取り?扱いを?終了"
    # an eBay listing that ended ("Cette annonce est terminée", "Questa inserzione è terminata", "Bidding has
    # ended on this item", "This listing has ended", "Dieses Angebot wurde beendet", "Este anuncio ha
    # finalizado"); not one ending soon ("Angebot endet in 2 Std.", "L'inserzione termina tra 2 giorni")
    r"|\bcette annonce est terminée\b|\bquesta inserzione è terminata\b|\bbidding has ended\b"
    r"|\bthis listing (?:has|was) ended\b|\bdieses angebot wurde (?:\w+\s+){0,3}beendet\b"
    r"|\beste anuncio ha finalizado\b|\bla subasta ha finalizado\b",
    re.I,
)
# a discontinued item in the languages `values.AVAILABILITY_TEXT` lacks it for ("Producto discontinuado",
# "Artikel ausgelaufen", "已停產", "Снят с продажи", "Izdelek ni več v prodaji", "판매종료", "商品已下架")
_DISCONTINUED = re.compile(
    r"\bdiscontinuad[oa]\b|\bdiscontinuato\b|\bdiscontinué\b|\bausgelaufen\b|已停產|已停产|停售"
    r"|\bснят с продажи\b|\bне выпускается\b|\bni več v prodaji\b|\bvi[sš]e se ne proizvodi\b"
    # sales ended / taken off the shelf ("판매종료", "판매중지", "商品已下架", "停止販售")
    r"|판매\s*(?:종료|중지|중단)(?!\s*(?:임박|일|예정|까지))|판매가\s*종료된|已下架|停止販售|停止销售|販售結束"
    # no longer in the shop's range (issue 14's sixth availability review): "Dieser Artikel ist nicht mehr im
    # Sortiment", "Articolo fuori catalogo", "Artikl više nije u ponudi", "Izdelka ni več v ponudbi", "Ce
    # produit n'est plus commercialisé", "Ya no se fabrica"
    r"|\bnicht\s+mehr\s+im\s+sortiment\b|\bfuori\s+catalogo\b|\b(?:više\s+nije|nije\s+više)\s+u\s+ponudi\b"
    r"|\bni\s+več\s+v\s+ponudbi\b|\bn['’]est\s+plus\s+(?:commercialisé|fabriqué|vendu)e?\b|\bya\s+no\s+se\s+(?:fabrica|vende)\b",
    re.I,
)


# a restock alert's wording: asks to be told when the item is back, in words holding an in-stock word
# ("M'avertir lorsque le produit est en stock", Magento's stock alert link; "Email me when available",
# "Benachrichtigen, wenn wieder verfügbar", "Avísame cuando esté disponible"): the item is out of stock.
# Not an alert about something else ("Notify me of price drops", "Email me when my order ships").
_RESTOCK_ALERT = re.compile(
    r"^\W*(?:notify me|email me|alert me|let me know|tell me|m'avertir|m'alerter|me prévenir|avertissez-moi"
    r"|prévenez-moi|avisez-moi|benachrichtig\w*(?: mich)?|informieren sie mich|avísame|avisadme|avvisami"
    r"|avise-me|bericht mij|houd me op de hoogte|powiadom mnie|obvesti me|obavijesti me)\b"
    r".{0,60}?\b(?:in stock|back in stock|available|back|en stock|disponible|de retour|verfügbar|lieferbar"
    r"|auf lager|wieder da|disponibile|disponível|op voorraad|leverbaar|dostępny|na zalogi|dostupan|dostupno"
    # "when it arrives" ("Avise-me quando chegar", "Avísame cuando llegue")
    r"|arrives?|chegar|llegue)\b",
    re.I,
)
# a line saying the item will be back in stock, so is not now: "We don't know when or if this item will be
# back in stock" (Amazon), "Back in stock soon", "Expected back in stock on 3 March"; not a "Back in stock!"
# badge of a restocked item
_AWAITED_BACK = re.compile(
    r"\b(?:will be|when(?: it(?:'s| is))?|until|once(?: it(?:'s| is))?|expected|due)\b.{0,30}?\bback in stock\b"
    r"|\bback in stock (?:soon|shortly|on|in)\b",
    re.I,
)


# a count of none left ("0 in stock", "0 vorrätig", "Only 0 left", "0 disponibles"): its stock word alone
# reads as in stock
_NONE_LEFT = re.compile(
    r"^\W*(?:only\s+|nur\s+noch\s+)?0\s+(?:(?:items?|pcs\.?|pieces|units?|stück|artikel|unidades|pezzi|pièces)\s+)?"
    r"(?:in stock|available|left|vorrätig|auf lager|verfügbar|en stock|disponibles?|disponibili|op voorraad"
    r"|em estoque|на складе|в наличии|dostępn\w*|na zalogi|na stanju|i lager|på lager)\b",
    re.I,
)


# an auxiliary reporting a past state ("It was sold out last month", "Il était en rupture de stock", "War
# lange ausverkauft", "Estaba agotado"), at most two words (no figures: "Was $99.00 Sold out" is a price
# label) before the state's words: a review's or an answer's story, not the item's state now (not the
# Italian "era", a word of names too: "New Era Cap Sold out")
_REPORTED = re.compile(
    r"\b(?:was|were|had been|war|waren|était|étaient|a été|estaba|estaban|estuvo|erano|è stat[oa]"
    r"|estava|estavam|esteve|was al|stond|hat .{0,12}gewesen)\s+(?:[^\W\d_]+\s+){0,2}$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?。！？]")
# a question mark or one of `_REPORTED`'s auxiliaries: text without one states what it states
_MAYBE_REPORTED = re.compile(
    r"[?？]|\b(?:was|were|had|war|waren|était|étaient|été|estaba|estaban|estuvo|erano|stat[oa]|estava"
    r"|estavam|esteve|stond|hat)\b",
    re.I,
)


# the opening of a question (a FAQ's or a Q&A's: "Is this ...?", "Do you take ...?", "Q: Can I ...?",
# "Kann ich ...?", "Est-ce que ...?"), not a call to action "Sold out? Get notified"
_ASKS = re.compile(
    r"\W*(?:(?:q|question|frage)\s*[:.]\s*)?(?:is|are|do|does|did|can|could|will|would|when|what|how|why|where"
    r"|which|ist|sind|kann|können|wann|wird|gibt|warum|est-ce|est|peut|puis-je|quand|pourquoi|es|está|puedo"
    r"|cuándo|por qué|è|quando|posso|perché|kan|wanneer|waarom)\b",
    re.I,
)


def _reported_at(text: str, start: int, end: int, asked_only: bool = False) -> bool:
    """The state words at `text[start:end]` sit in a question (its sentence opens as one, `_ASKS`,
    and ends with "?": "Is this backordered?", "Do you take pre-orders?"; not "Sold out? Get
    notified") or, unless `asked_only`, follow a past auxiliary (`_REPORTED`)."""
    head = max(text.rfind(c, 0, start) for c in ".!?。！？\n") + 1
    if not asked_only and _REPORTED.search(text[head:start]):
        return True
    stop = _SENTENCE_END.search(text, end)
    return stop is not None and stop.group() in "?？" and _ASKS.match(text, head) is not None


def current_text(text: str) -> str:
    """`text` without the not-in-stock words it only reports or asks about (`_reported_at`: "Was sold
    out last month, finally got it!", "Q: Is this backordered?"): what it says of the item now.
    Discontinued words are kept where reported ("It was discontinued in 2024" is the state now) but not
    where asked about (a Q&A's "Is this the discontinued model?" on a generator in stock, campingworld.com's
    2015 page in formasaurus 0.10.0, read without its structured data; stop 68). Source: issue 14's third
    availability review (reviews and Q&A read as the item's state)."""
    if not _MAYBE_REPORTED.search(text):
        return text  # no question, no past auxiliary: the common case, read at once
    for pattern, name in AVAILABILITY_TEXT:
        if name == "InStock" or not pattern.search(text):
            continue
        asked = name == "Discontinued"
        text = pattern.sub(
            lambda m, a=asked: " " if _reported_at(m.string, m.start(), m.end(), a) else m.group(), text
        )
    return text


# a pre-order that closed: the item is no pre-order now and cannot be ordered ("予約受付終了", "ご予約受付は
# 終了いたしました", "預購結束", "예약판매 종료", "Vorbestellung beendet", "nicht mehr vorbestellbar",
# "Précommandes clôturées", "Pre-orders are now closed", "Preventa finalizada"); its words hold the
# pre-order words `values.AVAILABILITY_TEXT` reads as PreOrder. Not a closing date or a deadline near
# ("受付終了予定", "予約締切間近", "예약 마감 임박"). Source: issue 14's fourth availability review.
_PREORDER_CLOSED = re.compile(
    r"(?:ご)?予約(?:の)?(?:受付|受け付け|販売)?(?:は)?(?:終了|締め?切り?|〆切|締切)(?:しました|いたしました|となりました)?"
    r"(?!\s*(?:予定|日|まで|間近|迫))|예약\s*(?:판매|구매|주문)?\s*(?:종료|마감)(?!\s*(?:임박|예정|일))"
    r"|預購(?:已)?(?:結束|截止)|预购(?:已)?(?:结束|截止)"
    r"|\bvorbestellung(?:en)?\s+(?:(?:ist|sind|wurde|wurden)\s+)?(?:beendet|geschlossen)\b|\bnicht mehr vorbestellbar\b"
    r"|\bprécommandes?\s+(?:(?:est|sont)\s+)?(?:terminées?|clôturées?|fermées?)|\bplus disponible à la précommande\b"
    r"|\bpre-?orders?\s+(?:(?:are|is|have)\s+)?(?:now\s+)?(?:closed|ended|sold out)\b"
    r"|\bpreventa\s+(?:finalizada|cerrada|agotada)\b|\bpreordin[ei]\s+(?:chius[ei]|terminat[ei])\b"
    r"|\bprednarudžb[ae]\s+(?:je\s+)?(?:završen[ae]|zatvoren[ae])\b|\bprednaročil[ao]\s+(?:je\s+|so\s+)?(?:zaključen[ao]|končan[ao])\b",
    re.I,
)


def said_now(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern` matches `text` somewhere it states the item's state now (`current_text`; a pre-order
    that closed, `_PREORDER_CLOSED`, states no pre-order)."""
    return (
        pattern.search(text) is not None
        and pattern.search(_PREORDER_CLOSED.sub(" ", current_text(text))) is not None
    )


# a way of getting the item (store pickup, delivery, shipping to a place) in the languages of
# `values.AVAILABILITY_TEXT`: "Pickup", "Same Day Delivery", "Retrait en magasin", "Abholung im Markt"
_CHANNEL = re.compile(
    r"\bpick[\s-]?up\b|\bin[\s-]store\b|\bdeliver(?:y|ed)?\b|\bship(?:ping|ped)? to\b|\bsame[\s-]day\b"
    r"|\bcurbside\b|\bclick\s*(?:&|and|\+)\s*collect\b|\bcollection\b|\bretrait\b|\blivraison\b|\ben magasin\b"
    r"|\babhol\w*|\blieferung\b|\bzustellung\b|\bim markt\b|\bin der filiale\b|\bconsegna\b|\britiro\b"
    r"|\bin negozio\b|\brecogida\b|\ben tienda\b|\benvío\b|\bentrega\b|\bretirada\b|\bna loja\b|\bbezorg\w*"
    r"|\bafhalen\b|\bophalen\b|店舗受取|店頭受取|受け取り|配送|お届け|배송|픽업|到店|自提"
    # issue 14's markets (fifth availability review): Argentine "Retiro en sucursal" (pickup at a branch),
    # Russian "Самовывоз" / "Доставка" (Kazakh chains), Slovenian "Prevzem" / "Dostava", Croatian
    # "Preuzimanje" / "Dostava"
    r"|\bretiro\b|\ben sucursal\b|самовывоз|\bдоставк\w*|\bprevzem\w*|\bpreuzimanj\w*|\bdostav\w*"
    # issue 14's sixth availability review: the Croatian "Isporuka" (delivery), and a service that comes with
    # the item (assembly, installation: "Montaža nije dostupna", "Servizio di montaggio non disponibile",
    # "Montageservice ... nicht verfügbar", "Installation à domicile indisponible", "Instalación no
    # disponible"), not offered as a way of getting it is not
    r"|\bisporuk\w*|\bmontaž\w*|\bmontaggio\b|\bmontage\w*|\binstallation\b|\binstallazione\b|\binstalación\b"
    r"|\binstalacij\w*|\bassembly\b|\bмонтаж\w*|\bустановк\w*|설치|조립|安裝|安装",
    re.I,
)
# words saying a way of getting the item is not offered (not stock words: "Out of stock" is the item's)
_OFF = re.compile(
    r"\bnot available\b|\bunavailable\b|\bnicht verfügbar\b|\bnicht möglich\b|\bindisponible\b"
    r"|\bnon disponible\b|\bno disponible\b|\bnon disponibile\b|\bniet beschikbaar\b|\bniet mogelijk\b"
    r"|\bindisponível\b|\bnão disponível\b|\bnot eligible\b|利用できません|불가",
    re.I,
)
# "... at <a store>", "near <a place>": a store's stock, not the item's ("Not available at this time" is)
_AT_PLACE = re.compile(
    r"\s+(?:at|near|à|bei)\s+(?!this time|the moment|present|the time|ce moment|diesem zeitpunkt)\S", re.I
)


# the negations the markets' Slavic languages and Russian write after their subject ("Dostava nije dostupna
# za odabranu lokaciju", "Hitra dostava ni na voljo", "Montaža nije moguća", "Доставка недоступна"): a way of
# getting the item not offered only where a channel word (`_CHANNEL`) stands before it in its sentence
# ("Nije dostupno · Isporuka 2-5 dana" is the item's state and a delivery time). Source: issue 14's sixth
# availability review.
_OFF_AFTER = re.compile(
    r"\bnije\s+(?:dostupn\w*|moguć\w*)|\bni\s+(?:na\s+voljo|mogoč\w*|dostopn\w*)|\bне\s*доступн\w*"
    r"|\bневозможн\w*|\bне\s+осуществляется\b",
    re.I,
)
# the Romance negations written with their verb (`_NEGATED_VERB`): a way of getting the item not offered
# where a channel word stands before or after them in their sentence or their part of a line ("El envío a
# domicilio no está disponible en tu zona", "No está disponible para envío a domicilio"; not "Este producto
# no está disponible · Envío gratis")
_OFF_VERB = re.compile(
    r"\bno\s+(?:est[aá]|se\s+encuentra)\s+disponible\b|\bnon\s+(?:è|e)\s+disponibile\b"
    r"|\bn['’]est\s+pas\s+disponible\b|\bnão\s+está\s+disponível\b",
    re.I,
)
_PART_END = ".!?;·|•\n"


def fulfilment_note(text: str) -> bool:
    """`text` says only that a way of getting the item is not offered: every "not available" of it
    (`_OFF`) is bound to a fulfilment channel (`_CHANNEL` within 40 characters in its sentence:
    "Pickup: Not available at Oakland", "Delivery unavailable to 99501", "Same Day Delivery Not
    available", "Not available for pickup") or to a store or place (`_AT_PLACE`: "Not available at
    Emeryville"), and the rest of it states no other not-in-stock word ("Shipping: Out of stock" is
    the item's state). Such a note says nothing of the item's stock: another channel sells it.
    The Slavic and Russian negations that follow their subject (`_OFF_AFTER`: "Dostava nije dostupna",
    "Hitra dostava ni na voljo") count only after a channel word in their sentence; a service that
    comes with the item counts as a channel ("Montaža nije dostupna", "Servizio di montaggio non
    disponibile"). Source: issue 14's third availability review (Target, Walmart, Sephora fulfilment
    widgets) and its sixth (Croatian, Slovenian, Italian, German, French, Argentine shops)."""
    offs = list(_OFF.finditer(text))
    after = list(_OFF_AFTER.finditer(text))
    verbs = list(_OFF_VERB.finditer(text))
    if not (offs or after or verbs):
        return False
    for m in offs:
        head = max(text.rfind(c, 0, m.start()) for c in ".!?;\n") + 1
        stop = _SENTENCE_END.search(text, m.end())
        near = text[max(head, m.start() - 40) : min(stop.start() if stop else len(text), m.end() + 40)]
        if not (_CHANNEL.search(near) or _AT_PLACE.match(text, m.end())):
            return False
    for m in after:
        head = max(text.rfind(c, 0, m.start()) for c in _PART_END) + 1
        if not _CHANNEL.search(text[max(head, m.start() - 40) : m.start()]):
            return False
    for m in verbs:
        head = max(text.rfind(c, 0, m.start()) for c in _PART_END) + 1
        stop = min([i for i in (text.find(c, m.end()) for c in _PART_END) if i >= 0] or [len(text)])
        if not _CHANNEL.search(text[max(head, m.start() - 40) : min(stop, m.end() + 40)]):
            return False
    rest = _OFF_VERB.sub(" ", _OFF_AFTER.sub(" ", _OFF.sub(" ", text)))
    return normalize_availability(rest) not in UNAVAILABLE and not _NEGATED_VERB.search(rest)


def in_disabled_control(el: Any, levels: int = 3) -> bool:
    """`el` or one of its `levels` nearest ancestors is a button or button-like control shown
    disabled (the attribute, or aria-disabled="true"): words in it say what it would do, not what a
    shopper can do ("立即預購", pre-order now, on a grey button beside "預購結束"). Source: issue 14's
    fourth availability review."""
    for node in (el, *list(el.iterancestors())[:levels]):
        if not isinstance(node.tag, str):
            continue
        if node.tag in ("button", "input", "a") or node.get("role") == "button":
            return node.get("disabled") is not None or node.get("aria-disabled") == "true"
    return False


# a payment or delivery service offered ("Cash on Delivery Available" in Lazada's delivery box, "EMI
# available", "Gift wrap available", "Express delivery available", "Ratenzahlung möglich"): the
# service's availability, not the item's
_SERVICE = (
    r"cash\s+on\s+delivery|\bcod\b|pay(?:ment)?\s+on\s+delivery|\binstal?lments?\b|\bemi\b|\bcuotas\b"
    r"|\bparcelamento\b|\braty\b|\btaksit\w*|ratenzahlung|\bnachnahme\b|contre-remboursement|\bcontrassegno\b"
    r"|contra\s*reembolso|gift\s*wrap(?:ping)?|(?:standard|express|next[\s-]day|same[\s-]day|free)\s+(?:delivery|shipping)"
)
_SERVICE_AVAILABLE = re.compile(
    rf"(?:{_SERVICE})[^.!?\n]{{0,30}}?\b(?:available|verfügbar|möglich|disponible|disponibile|disponível|tersedia)\b"
    rf"|\b(?:available|disponible)\s+(?:for|with|pour|con|para)\s+(?:{_SERVICE})",
    re.I,
)


def service_note(text: str) -> bool:
    """`text` says only that a payment or delivery service is available (`_SERVICE_AVAILABLE`: "Cash
    on Delivery Available", "EMI available"): nothing else in it states an availability ("In stock.
    Express delivery available" still does). Source: issue 14's fourth availability review (Lazada's
    delivery box, named for delivery, read as in stock beside a disabled "Out of Stock" button)."""
    if not _SERVICE_AVAILABLE.search(text):
        return False
    return normalize_availability(_SERVICE_AVAILABLE.sub(" ", text)) is None


def _channel_state(said: str | None, text: str) -> bool:
    """`said`, the state read from `text`, is a not-in-stock one that only a fulfilment channel's note
    gives (`fulfilment_note`: "Pickup: Not available at Oakland"), or an in-stock one that only a
    service's note gives (`service_note`: "Cash on Delivery Available"): not the item's state."""
    if said == "InStock":
        return service_note(text)
    return said in _SOLD_STATES and fulfilment_note(text)


# a line giving the date a coming item is released, an orderable item not yet out (Amazon's availability
# line "This title will be released on March 7, 2027", "Dieser Artikel erscheint am 3. April 2027.", "Cet
# article paraîtra le 5 mai 2027.", "Questo articolo uscirà il 5 marzo 2027.", "Este producto saldrá a la
# venta el 12 de marzo de 2027."), a date's figures within two words; and the Croatian and Slovenian
# pre-order words ("Prednarudžba", "Prednaročilo") that `values.AVAILABILITY_TEXT` lacks. PreOrder where
# nothing else in the text states a state ("Auf Lager. Die 2. Auflage erscheint am 3. April" is in stock).
# Source: issue 14's sixth availability review.
_RELEASE = re.compile(
    r"(?:\b(?:will\s+be|to\s+be)\s+released\s+on|\berscheint\s+am|\bparaîtra\s+le|\bsortira\s+le"
    r"|\busc(?:irà|ira)\s+il|\bsaldrá\s+a\s+la\s+venta\s+el|\bse\s+lanzará\s+el)\s+(?:[^\W\d_]+\s+){0,2}\d"
    r"|\bprednarudžb\w*|\bprednaročil\w*",
    re.I,
)


# an in-stock word negated with its verb in the Romance languages ("Este producto no está disponible por el
# momento", "Ya no está disponible", "No se encuentra disponible", "Questo prodotto non è disponibile",
# "Prodotto non più disponibile", "Ce produit n'est pas disponible actuellement", "Não está disponível"):
# `values.AVAILABILITY_TEXT` reads "no disponible" / "non disponibile" but the bare "disponible" of these as
# InStock. Source: issue 14's sixth availability review (Frávega, Tiendanube, Unieuro, Boulanger pages).
_NEGATED_VERB = re.compile(
    r"\b(?:ya\s+)?no\s+(?:est[aá]|se\s+encuentra|queda|hay)\s+(?:m[aá]s\s+)?disponibles?\b"
    r"|\bnon\s+(?:è|e|sono)\s+(?:più\s+|al\s+momento\s+|attualmente\s+)?disponibil[ei]\b|\bnon\s+più\s+disponibil[ei]\b"
    r"|\bn['’](?:est|sont)\s+(?:actuellement\s+|momentanément\s+|malheureusement\s+)?pas\s+disponibles?\b"
    r"|\bnão\s+(?:está|se\s+encontra)\s+(?:mais\s+)?disponível\b",
    re.I,
)
# a line saying the item is sold in the shop's stores only, in words `values.AVAILABILITY_TEXT` lacks or
# reads as in stock ("Nur in der Filiale erhältlich", "Disponibile solo in negozio", "Disponible uniquement
# en magasin", "Solo en tiendas físicas", "매장 전용 상품", "門市限定"). Source: issue 14's sixth availability
# review.
_STORE_ONLY = re.compile(
    r"\bnur\s+in\s+(?:der|den|unseren|unserer)\s+(?:filialen?|märkten|geschäften)\b|\bnur\s+im\s+(?:laden|store)\b"
    r"|\b(?:disponibile\s+)?solo\s+(?:in|nei)\s+negozi?o?\b|\b(?:disponible\s+)?(?:uniquement|exclusivement|seulement)"
    r"\s+en\s+magasins?\b|\bs[oó]lo\s+en\s+tiendas?\s+f[ií]sicas?\b|매장\s*전용|오프라인\s*전용|門市限定|僅限門市|门店专售"
    # US chains' stores-only lines ("Available in stores only — not available for shipping", "In-store
    # pickup only", "Store pickup only"): `values.AVAILABILITY_TEXT` reads their "not available" first
    # (listing review 8); not "Not available in stores"
    r"|(?<!not\s)\bavailable\s+in[\s-]stores?\s+only\b|\bonly\s+available\s+in[\s-]stores?\b"
    r"|\b(?:in[\s-]store|store)\s+pick[\s-]?up\s+only\b",
    re.I,
)
# a line saying the item cannot be bought now, in Korean and Chinese ("현재 구매가 불가능한 상품입니다", "구매
# 불가 상품", "此商品暫停販售", "目前無法購買", "商品無法購買"): the item's own state, a product named or the
# line alone (not "19세 미만 구매 불가", an age rule, nor "海外地區無法購買", a region's). Source: issue 14's
# sixth availability review (Naver, PChome, Rakuten TW pages).
_CANNOT_BUY = re.compile(
    r"구매(?:가|를|하실\s*수)?\s*(?:불가능한|불가한|불가|없는)\s*상품|^\W*(?:현재\s*)?구매\s*불가\W*$"
    r"|暫停(?:販售|銷售|供貨)|暂停(?:销售|供货)|(?:目前|暫時|暂时|商品(?:目前)?)(?:無法|无法)(?:購買|购买)|^\W*(?:無法|无法)(?:購買|购买)\W*$",
    re.I,
)
# sold-out wording that holds an in-stock word ("Plus en stock", "No longer in stock", "nicht mehr auf Lager",
# "Nema više na zalihi", "Ni več zaloge") or that `values.AVAILABILITY_TEXT` lacks ("Vergriffen", "No quedan
# unidades", "銷售一空", "Тауар таусылды", "Всё раскупили", "완판"); not a count ("Plus que 2 en stock") nor a
# note that the item soon sells out ("即將銷售一空", "완판 임박"). Source: issue 14's sixth availability review.
_SOLD_WORDING = re.compile(
    r"\b(?:no\s+longer|not)\s+in\s+stock\b(?!\s+(?:at|near|in\s+(?:your|this|the|any)\s+stores?)\b)|\b(?:n['’](?:est|sont)\s+)?plus\s+en\s+stock\b|\bpas\s+en\s+stock\b"
    r"|\bvergriffen\b|\bnicht\s+mehr\s+(?:auf\s+lager|vorrätig|lieferbar|verfügbar)\b"
    r"|\bnon\s+più\s+(?:in\s+stock|in\s+magazzino)\b|\bno\s+quedan\s+(?:unidades|existencias|más)\b|\bya\s+no\s+hay\s+stock\b"
    r"|\b(?:nema\s+više|više\s+nema)\s+na\s+(?:zalihi|stanju|skladištu)\b|\bni\s+več\s+(?:zaloge|na\s+zalogi)\b"
    r"|(?<!即將)(?<!即将)(?<!快要)(?:銷售|销售|搶購|抢购)一空|(?:已經)?賣完了|卖完了|\bтаусылды\b|\bраскупили\b"
    r"|완판(?!\s*임박)|모두\s*판매\s*(?:되었|됐)"
    # a one-of-a-kind item sold (resale marketplaces and consignment shops: Poshmark's "This item is sold",
    # Grailed's "This listing has sold.", "This item has been sold!", a status line "Item sold"), the
    # sentence ending there: not "This item is sold by Acme", "This product is sold individually", "is sold
    # in packs of 6" (listing review 8)
    r"|\b(?:this|the)\s+(?:item|listing|product|piece|lot)\s+(?:is|was|has(?:\s+been|\s+already)?)\s+"
    r"(?:already\s+)?sold(?=\s*(?:[.!]|$))|^\W*(?:item|listing)\s+(?:is\s+|has\s+)?sold\W*$"
    # or reserved / on hold for another buyer (Vestiaire's "This item is reserved", Fashionphile's "This item is
    # currently on hold"): not a cart's hold for this shopper ("This item is reserved for you for 10:00")
    r"|\b(?:this|the)\s+(?:item|listing|product|piece)\s+is\s+(?:currently\s+)?(?:reserved|on\s+hold)"
    r"(?=\s*(?:[.!]|$)|\s+for\s+(?:another|a\s+different)\b)",
    re.I,
)
# who or where a buying rule is about (an age, adults, a region, overseas: "19세 미만 구매 불가", "海外地區無法購買"):
# a rule of the sale, not the item's state
_BUY_RULE = re.compile(r"미만|이하|성인|미성년|지역|해외|未滿|未满|成人|地區|地区|海外|境外")


def said_state(text: str | None) -> str | None:
    """The schema.org availability `text` states (`values.normalize_availability`), OutOfStock
    where it negates an in-stock word (`_NEGATED_IN_STOCK`: "Nije dostupno") or says the item is
    awaited back (`_SOON_BACK`: "Kmalu na zalogi"), InStock where it says the item is soon sold out
    (`_SELLING_OUT`: "即將售完", "품절임박"), OutOfStock for a line saying it ran out (`_GONE`: "Сатылымда
    жоқ", "Товар закончился") or for a restock alert (`_RESTOCK_ALERT`: "M'avertir lorsque le produit
    est en stock"), a line awaiting the item back (`_AWAITED_BACK`: "Back in stock soon") or a count of
    none left (`_NONE_LEFT`: "0 in stock"), Discontinued for `_DISCONTINUED` ("Producto
    discontinuado"), OutOfStock for a listing paused or ended (`_OFF_SALE`: "Publicación pausada",
    "Sprzedaż zakończona", "販売を終了しました") or a pre-order that closed (`_PREORDER_CLOSED`:
    "予約受付終了", "Vorbestellung beendet"), PreOrder for a release-date line or the Croatian and
    Slovenian pre-order words where nothing else states a state (`_RELEASE`: "Dieser Artikel erscheint
    am 3. April 2027.", "Prednarudžba"), OutOfStock for sold-out wording holding an in-stock word or
    unknown to `values` (`_SOLD_WORDING`: "Plus en stock", "Vergriffen", "銷售一空"), for a Romance
    negation written with its verb (`_NEGATED_VERB`: "Este producto no está disponible", "Prodotto non
    più disponibile") or a Korean / Chinese cannot-be-bought line (`_CANNOT_BUY`, not a buying rule
    `_BUY_RULE` names an age or a region for), InStoreOnly for a stores-only line (`_STORE_ONLY`: "Nur
    in der Filiale erhältlich").
    Rules of this project's review of issue 14's markets (test_locale_review.py) and of its fourth
    and sixth availability reviews.
    Not-in-stock words only reported or asked about are read as nothing (`current_text`: "Was sold
    out last month", "Is this backordered?"; issue 14's third availability review)."""
    if not text:
        return normalize_availability(text)
    text = current_text(text)
    if _NEGATED_IN_STOCK.search(text) or _SOON_BACK.search(text) or _GONE.search(text):
        return "OutOfStock"
    if _SOLD_WORDING.search(text) or _NEGATED_VERB.search(text):
        return "OutOfStock"  # "Plus en stock", "Vergriffen", "Este producto no está disponible"
    if _CANNOT_BUY.search(text) and not _BUY_RULE.search(text):
        return "OutOfStock"  # "현재 구매가 불가능한 상품입니다", "此商品暫停販售"
    if _STORE_ONLY.search(text):
        return "InStoreOnly"  # "Nur in der Filiale erhältlich", "Disponible uniquement en magasin"
    if _OFF_SALE.search(text) or _PREORDER_CLOSED.search(text):
        return "OutOfStock"
    if len(text) <= 120 and (
        _RESTOCK_ALERT.search(text) or _AWAITED_BACK.search(text) or _NONE_LEFT.search(text)
    ):
        return "OutOfStock"
    if _SELLING_OUT.search(text):
        return "InStock"
    if _DISCONTINUED.search(text):
        return "Discontinued"
    said = normalize_availability(text)
    if said is None and _RELEASE.search(text):
        return "PreOrder"  # "Dieser Artikel erscheint am 3. April 2027.", "Prednarudžba"
    return said


def _ordered_anyway(said: str | None, text: str, live_buy: bool) -> str | None:
    """`said` (the availability an element's `text` states), or BackOrder where that text says
    out of stock and yet takes the order (`_ORDER_ANYWAY`) beside a live buy control (`live_buy`):
    orderable now, delivered later; BackOrder too for on-order wording (`_ON_ORDER`) read as
    in stock or as nothing."""
    if said == "OutOfStock" and live_buy and _ORDER_ANYWAY.search(text):
        return "BackOrder"
    if said in (None, "InStock") and _ON_ORDER.search(text):
        return "BackOrder"
    return said


# names of an element showing the stock of stores or of store pickup, not the item's ("store-availability",
# Shopify's "pickup-availability", "bopis", "find-in-store", "click-and-collect")
_STORE_NAMED = re.compile(
    r"(?<![a-z])(?:store[-_]?(?:availab|stock|inventor|finder|locator|search|select|list)"
    r"|(?:in|find|check|local|near)[-_]?store|pick[-_]?up|bopis|bopus|click[-_]?(?:and[-_]?|n[-_]?)?collect)"
)


# the channel lines of a delivery widget that lists home delivery and store pickup one after the other
# (Technodom "Доставка: ... Самовывоз: в наличии в 4 магазинах", Frávega "Envío a domicilio: No disponible
# para tu zona Retiro en sucursal: Disponible en 3 sucursales", "Delivery: ... Pickup: ..."): a pickup
# line (group 1) or a delivery line (group 2), each running to the next one
_PICKUP_LINE = (
    r"самовывоз|забрать в магазине|retiro en (?:sucursal|tienda)|retiro|retirá|pick[\s-]?up|click\s*(?:&|and)\s*collect"
    r"|abholung(?: im markt| in der filiale)?|prevzem(?: v trgovini)?|osebni prevzem|preuzimanje(?: u poslovnici)?"
    r"|ritiro in negozio|retrait en magasin|매장\s*픽업|門市取貨|门店自提"
)
_DELIVERY_LINE = (
    r"доставка|envío(?: a domicilio)?|entrega a domicilio|(?:home |standard )?delivery|shipping|lieferung|versand"
    r"|dostava(?: na (?:dom|naslov|adresu))?|consegna(?: a domicilio)?|livraison(?: à domicile)?|택배\s*배송|배송|宅配"
)
_CHANNEL_LINE = re.compile(rf"(?<!\w)(?:({_PICKUP_LINE})|({_DELIVERY_LINE}))(?!\w)", re.I)


def pickup_only(text: str) -> bool:
    """`text` (a delivery widget's text) lists a delivery line saying the item is not delivered and a
    store-pickup line saying it is in stock there (`_CHANNEL_LINE`): InStoreOnly, sold in the stores
    only (Technodom's "Доставка: нет в наличии для доставки · Самовывоз: в наличии в 4 магазинах",
    Frávega's "Envío a domicilio: No disponible para tu zona · Retiro en sucursal: Disponible en 3
    sucursales"). Each line runs from its channel word to the next one. Source: issue 14's fifth
    availability review (Kazakh and Argentine chains)."""
    found = list(_CHANNEL_LINE.finditer(text))
    picked = undelivered = False
    for i, m in enumerate(found):
        line = text[m.end() : found[i + 1].start() if i + 1 < len(found) else len(text)]
        said = said_state(line) or normalize_availability(_OFF.sub(" not available ", line))
        if m.group(1) and said == "InStock":
            picked = True
        elif m.group(2) and (said in _SOLD_STATES or _OFF.search(line)):
            undelivered = True
    return picked and undelivered


def variant_states(el: Any, limit: int = 40) -> bool:
    """`el` is a table or list of the variants' stock: 2+ of its rows or items (`tr`, `li`, `dd`; at most
    `limit`) each state an availability, and they do not all state the same (Backcountry's "S | Out of stock",
    "M | In stock (2 left)", "L | Out of stock": each size's stock, not the item's; issue 14's eleventh
    review). One state line, or rows all saying the same, are the item's."""
    rows = el.xpath(".//tr | .//li | .//dd")[:limit]
    states = [said_state(t) for r in rows if len(t := visible_text(r)) <= _MAX_ROW]
    folded = {"InStock" if s in _IN_STOCK_LIKE else "other" for s in states if s}
    return sum(1 for s in states if s) >= 2 and len(folded) == 2


_MAX_ROW = 80  # characters: a variant's row ("M | In stock (2 left)"), not a block of prose
_IN_STOCK_LIKE = {"InStock", "LimitedAvailability", "OnlineOnly", "InStoreOnly", "MadeToOrder"}


def stock_state(page: Layout, live_buy: bool = False) -> str | None:
    """The schema.org availability an element named for it states (`itemprop=availability`
    href/content, or its visible text: "In Stock", "Derzeit nicht verfügbar", "Razprodano"),
    outside menus and product cards; None when none says anything. With `live_buy` (the page has
    a live buy control), elements named for one not-in-stock state (`_STATE_NAMED`: an
    "outofstockbadge" a script shows for a sold-out size) do not count: pass it only for a control
    found by its shown text (`buy_state`'s third value). An out-of-stock note that takes the order
    all the same beside a live control reads BackOrder (`_ordered_anyway`). Elements of a store
    finder or store pickup (`_STORE_NAMED`, up to three levels up) and a fulfilment channel's note
    (`fulfilment_note`: "Pickup: Not available at <store>") say nothing of the item's stock. Without
    such an element, a labelled line's state (`labelled_state`: "Availability: Out Of Stock")."""
    for el in page.named(_AVAIL_NAMES)[:50]:
        if el.tag in ("script", "style", "body", "html", "form", "label", "option", "select"):
            continue
        if live_buy and _STATE_NAMED.search(page.names.get(el, "")):
            continue
        if size_choice(el) or variant_states(el):
            continue  # "39 Rupture de stock" in a size picker, a size-by-size stock table: sizes' stock, not the item's
        if any(_STORE_NAMED.search(page.names.get(a, "")) for a in (el, *list(el.iterancestors())[:3])):
            continue  # a store finder's list ("Emeryville: Out of stock"): the stores' stock, not the item's
        if any(page.context(el)) or (hidden(el, 0) and el.tag not in ("link", "meta")) or page.in_dialog(el):
            continue
        if under_other_items_heading(el):
            continue  # "Only 2 left" of an add-on under "Frequently bought together" (stop 41's field mutations)
        if in_message(page, el, names=_TEMPLATE_NAMES, levels=2):
            continue  # "Sorry, this product is currently unavailable." in a script's "stock-msg-tpl"
        said = normalize_availability(el.get("href") or el.get("content"))
        text = visible_text(el)[:300]
        if not said and ("${" in text or "{{" in text or legend(text)):
            continue  # a script's message template, a legend of the states
        said = said or _text_state(text, live_buy)
        if said:
            return said
    return labelled_state(page) or (None if live_buy else stock_picture(page) or ended_listing(page))


# a picture file named for a stock state alone ("instock.gif", "outofstock.gif", "icon_sold_out.png",
# "backorder.gif"), its name squashed to letters; not a product photo's file that holds such a word
# ("notify-me-when-available_1")
_STOCK_FILE = re.compile(
    r"[a-z]{0,8}?(?:instock|outofstock|soldout|nostock|lowstock|backorder(?:ed)?|preorder|(?:un|not)?available)"
)


def stock_picture(page: Layout, limit: int = 400) -> str | None:
    """The availability a stock picture states in its alt text: an `<img>` whose file is named for a state
    (`_STOCK_FILE`) and whose short alt text states one ("In Stock", "Out of Stock" on Volusion's and Yahoo
    Stores' "instock.gif" / "outofstock.gif"; issue 14's eleventh review), the first outside menus, cards,
    hidden parts and dialogs; None without."""
    for img in page.root.xpath("//img[@alt and @src]")[:limit]:
        alt = (img.get("alt") or "").strip()
        file = urlsplit(img.get("src") or "").path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if not (0 < len(alt) <= 40) or not _STOCK_FILE.fullmatch(re.sub(r"[^a-z]", "", file.lower())):
            continue
        said = said_state(alt)
        if said and not any(page.context(img)) and not hidden(img) and not page.in_dialog(img):
            return said
    return None


# a line saying the item is not sold online ("Online nicht verfügbar", "Indisponible en ligne", "Non
# disponibile online", "Nije dostupno za online kupnju", "Ni na voljo za spletni nakup", "No disponible
# online", "Not available online", "Недоступен для заказа онлайн", "온라인 품절")
_ONLINE_OFF = re.compile(
    r"\bonline\s+(?:nicht\s+(?:verfügbar|erhältlich|bestellbar)|ausverkauft)\b|\bnicht\s+online\s+(?:verfügbar|bestellbar)\b"
    r"|\bindisponible\s+(?:en\s+ligne|sur\s+internet)\b|\bnon\s+disponibile\s+online\b|\bno\s+disponible\s+online\b"
    r"|\bnot\s+available\s+online\b|\bnije\s+dostupn[oa]\s+za\s+(?:online|internetsku)\s+kupnju\b"
    r"|\bni\s+na\s+voljo\s+za\s+spletni\s+nakup\b|\bнедоступ\w*\s+(?:для\s+заказа\s+)?онлайн\b|온라인\s*품절",
    re.I,
)
# the chain's stores ("Im Markt", "in 3 Märkten", "en magasin", "in 5 negozi", "u 4 poslovnice", "v 3
# trgovinah", "in stores", "в 5 магазинах", "매장")
_STORES = re.compile(
    r"\bim\s+markt\b|märkt\w*|\bfilial\w*|\bmagasins?\b|\bnegozi?o?\b|\bposlovnic\w*|\btrgovin\w*|\bstores?\b"
    r"|магазин\w*|매장|門市|门店|\bsucursal\w*|\btiendas?\b",
    re.I,
)


# none of the stores ("aucun magasin", "in keinem Markt", "nessun negozio", "nijedna poslovnica", "v nobeni
# trgovini", "ningún local", "ни в одном магазине", "0 Märkten")
_NO_STORE = re.compile(
    r"\baucun\w*|\bkein\w*|\bnessun\w*|\bnijedn\w*|\bnobeni\w*|\bningun\w*|\bningún\b|\bninguna\b"
    r"|\bни\s+в\s+одном\b|\bno\s+stores?\b|\bnone\b|(?<![\d.,])0\s+(?:märkten|filialen|magasins|negozi|poslovnic\w*|trgovin\w*|stores|магазин\w*)",
    re.I,
)


def online_closed_stores_open(text: str) -> bool:
    """`text` (an element named for the availability) says the item is not sold online (`_ONLINE_OFF`)
    and, in the rest of it, that the chain's stores have it (`_STORES` and an in-stock word: "Im Markt:
    verfügbar in 3 Märkten", "Disponible en magasin : 12 magasins", "Na voljo v 3 trgovinah"): sold in
    the stores only, InStoreOnly; not where none of them has it (`_NO_STORE`: "Disponible dans aucun
    magasin"). Source: issue 14's sixth availability review (electronics and sports chains of de / fr /
    it / hr / sl)."""
    m = _ONLINE_OFF.search(text)
    if m is None:
        return False
    rest = f"{text[: m.start()]} {text[m.end() :]}"
    if not _STORES.search(rest) or _NO_STORE.search(rest):
        return False  # no store named, or none has it ("Disponible dans aucun magasin", "In keinem Markt")
    said = said_state(rest)
    if said is None and re.search(r"\bverfügbar\b|\bna\s+voljo\b|\bdisponibles?\b", rest, re.I):
        said = "InStock"  # the bare "verfügbar" / "na voljo" `values.AVAILABILITY_TEXT` leaves unread
    return said in ("InStock", "InStoreOnly")


def _text_state(text: str, live_buy: bool) -> str | None:
    """The availability the visible `text` of an element named for it states (`stock_state`): only a
    state line opening a block of text (over 200 characters); InStoreOnly for a delivery widget whose
    delivery line is closed and whose pickup line is in stock (`pickup_only`); nothing for a
    fulfilment channel's or a service's note (`_channel_state`: "Pickup: Not available at Oakland")."""
    if len(text) > 200:
        return _opening_state(text, live_buy)  # a block of text: only a state line opening it
    if pickup_only(text) or online_closed_stores_open(text):
        return "InStoreOnly"  # "Доставка: нет в наличии ... Самовывоз: в наличии в 4 магазинах"
    said = _ordered_anyway(said_state(text), text, live_buy)
    return None if _channel_state(said, text) else said


# the label of a stated availability ("Availability: Out Of Stock" of OpenCart, "Stock status: In stock",
# "Disponibilité : Rupture de stock", "Verfügbarkeit: nicht lieferbar", "Disponibilidad:", "Наличие:",
# "在庫状況：", "재고상태:"), the state in the same text or the next one
_AVAIL_LABEL = re.compile(
    r"^(?:availability|stock status|stock|disponibilité|verfügbarkeit|lieferstatus|lagerstatus|disponibilidad"
    r"|disponibilità|disponibilidade|beschikbaarheid|dostępność|dostupnost|razpoložljivost|dostupnosť"
    r"|elérhetőség|disponibilitate|tillgänglighet|saatavuus|stok durumu|наличие|наявність|在庫状況|在庫状態"
    r"|库存状态|庫存狀態|재고\s*상태|재고|التوفر|الحالة)\s*[:：]\s*(.*)$",
    re.I,
)


def labelled_state(page: Layout) -> str | None:
    """The availability a labelled line states ("Availability: Out Of Stock", `_AVAIL_LABEL`; the
    value in the same text or the next one, read by `said_state`), the first one outside menus, cards,
    hidden parts and dialogs whose value states one (not a fulfilment channel's note,
    `fulfilment_note`); None without. As explicit as an element named
    for the availability: OpenCart keeps its cart button live on an item out of stock."""
    nodes = page.text_nodes()
    for i, (node, raw) in enumerate(nodes):
        m = _AVAIL_LABEL.match(raw.strip())
        if not m:
            continue
        parent = node.getparent()
        if not on_page(page, parent):
            continue
        value = m.group(1).strip() or next((t.strip() for _, t in nodes[i + 1 : i + 3] if t.strip()), "")
        said = said_state(value) if 0 < len(value) <= 80 else None
        if said and not _channel_state(said, value):
            return said
    return None


# a marketplace listing that has ended, as its item page says: the line of an ended listing ("This listing
# has ended", "Bidding has ended on this item", "Dieses Angebot wurde (vom Verkäufer) beendet", "Die Auktion ist
# beendet"), or the auction timer's label of an ended one followed by its date ("Beendet: 21. Mär. 2026",
# "Ended: Mar 21, 2026"; not "Endet in 8 Std.", "Ends in 8h", a live one)
_ENDED_LINE = re.compile(
    r"^\W*(?:this listing (?:has|was) ended|this listing was ended by the seller|bidding has ended"
    r"|dieses angebot wurde (?:vom verkäufer )?beendet|(?:die )?auktion (?:ist|wurde) beendet"
    r"|dieses angebot ist beendet)\b",
    re.I,
)
_ENDED_LABEL = re.compile(r"^\s*(?:beendet|ended|auction ended|angebot beendet)\s*:\s*(.*)$", re.I)


def ended_listing(page: Layout, limit: int = 120) -> str | None:
    """OutOfStock where a short shown text (at most `limit` characters) outside menus, cards, hidden parts
    and dialogs says the listing has ended (`_ENDED_LINE`), or labels its end time with a date
    (`_ENDED_LABEL`, the date in the same text or the next two); None otherwise. An ended eBay listing
    keeps its JSON-LD offer "InStock" and shows no buy control. Source: real eBay.de pages saved by other
    hands, product-dl 0.0.0.dev4; stop 65."""
    nodes = page.text_nodes()
    for i, (node, raw) in enumerate(nodes):
        text = raw.strip()
        if not text or len(text) > limit:
            continue
        label = _ENDED_LABEL.match(text)
        value = label and (label.group(1) or " ".join(t for _, t in nodes[i + 1 : i + 3]))
        if not (_ENDED_LINE.match(text) or (value and re.search(r"\d", value[:40]))):
            continue
        parent = node.getparent()
        if not on_page(page, parent):
            continue
        return "OutOfStock"
    return None


def _opening_state(text: str, live_buy: bool) -> str | None:
    """The availability the first sentence of a long block (`text`, over 200 characters) states
    when that sentence is a short state line (at most 80 characters): Amazon's "Temporairement en
    rupture de stock. Commandez maintenant et nous vous livrerons cet article lorsqu'il sera
    disponible. Nous vous enverrons un e-mail ..." (BackOrder beside a live control, `_ordered_anyway`
    reading the whole block); None for prose that opens otherwise."""
    head = re.split(r"(?<=[.!。！])\s", text, maxsplit=1)[0]
    if len(head) > 80 or legend(head):
        return None
    return _ordered_anyway(said_state(head), text, live_buy)


# the longest text an element inside the price's element may show to be read as a state beside the amount
_PRICE_LINE_STATE = 40


def price_line_state(price_el: Any) -> str | None:
    """The availability an element inside the price's element states on its own, a short text
    (`_PRICE_LINE_STATE` characters at most) shown beside the amount: Facebook Marketplace's `<span>$10<span>
    <span aria-hidden="true"> · </span></span><span>In stock</span></span>` (registry pages, stop 67); None
    without one. An element holding an amount itself ("$10 In stock" in one text) is not read, nor a state
    other than on sale: a theme's price block holds its sold-out badge on every page, shown by the block's
    class when the variant sells out (Shopify Dawn's `<span class="badge price__badge-sold-out">Sold
    out</span>`: tests/crawler/pages_market/shopify_dawn_instock.html)."""
    for el in price_el.iterdescendants():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "option", "select"):
            continue
        own = own_text(el)
        if own and len(own) <= _PRICE_LINE_STATE and not any(ch.isdigit() for ch in own) and not hidden(el):
            said = said_state(own)
            if said in ("InStock", "LimitedAvailability"):
                return said
    return None


def near_state(page: Layout, title_el: Any, window: int = 80, limit: int = 200) -> str | None:
    """A not-in-stock availability written in a short text among the `window` elements after
    the title ("Niet leverbaar.", "現在在庫切れです。"), outside menus, cards and hidden parts; not a
    fulfilment channel's note (`fulfilment_note`: "Not available for pickup")."""
    if title_el is None:
        return None
    for el in title_el.xpath(f"following::*[position() <= {window}]"):
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "option", "select", "label", "a"):
            continue
        own = own_text(el)
        if not own or len(own) > limit:
            continue
        said = said_state(own)
        if _channel_state(said, own):
            continue  # "Not available for pickup": a way of getting the item, not its stock
        if said in UNAVAILABLE and not any(page.context(el)) and not hidden(el) and not size_choice(el):
            if in_message(page, el, title_el):
                continue  # an error template "Sorry, the service was unavailable" (`extract` skips it so too)
            return said
    return None


# names of an element holding a message about the page or the service, not the product ("cli-error-service");
# not the page type or section names of Shopify themes (`<body class="template-product">`, Online Store 2.0's
# `<section id="shopify-section-template--15328405717213__main">`): every element of their product pages
# sits in those (listing review 8: a discontinued lamp's "This product has been discontinued." read as
# nothing, no listing)
# (nor Shopify Debut's section "product-template", `<div id="ProductSection-product-template">`)
TEMPLATE = (
    r"tpl|(?<!product-)template(?!--|-(?:product|collection|index|page|search|cart|article|blog|suffix)\b)"
)
_MESSAGE_NAMES = re.compile(rf"error|toast|{TEMPLATE}")
# names of a script's message template, shown when its case arises ("stock-msg-tpl", "message-template")
_TEMPLATE_NAMES = re.compile(TEMPLATE)


def in_message(
    page: Layout, el: Any, title_el: Any = None, names: re.Pattern[str] = _MESSAGE_NAMES, levels: int = 0
) -> bool:
    """`el` or an ancestor of it (the `levels` nearest; 0: all) is named for a message about the page or
    the service (`names`, by default `_MESSAGE_NAMES`: "cli-error-service", "tpl-alert"), and that
    element does not hold the title `title_el` too (an element holding the product's heading is a
    region of the page, whatever its names say)."""
    holds_title = set(title_el.iterancestors()) if title_el is not None else set()
    up = list(el.iterancestors())
    return any(
        names.search(page.names.get(a, "")) and a not in holds_title
        for a in (el, *(up[:levels] if levels else up))
    )


# the label of a stock count written as a labelled value ("In stock: 0", "Qty in stock | 12",
# "Lagerbestand: 0", "En stock : 3", "재고: 0", "在庫数：0"): the value a bare count of pieces
_COUNT_LABEL = re.compile(
    r"^(?:in stock|stock|on hand|(?:qty|quantity|units?) (?:in stock|available|on hand)|available quantity"
    r"|lagerbestand|bestand|auf lager|en stock|stock disponible|existencias|unidades disponibles|giacenza"
    r"|op voorraad|voorraad|na stanie|stan magazynowy|skladem|na skladě|zaliha|zaloga|остаток|на складе"
    r"|stok(?: adedi| miktarı)?|在庫数|在庫|库存(?:数量)?|庫存(?:數量)?|재고(?:\s*수량)?)\s*[:：]\s*(.*)$",
    re.I,
)
_COUNT = re.compile(
    r"(\d{1,3}(?:[.,\s]\d{3})*|\d+)\s*(?:pcs\.?|pieces|units?|stk\.?|stück|szt\.?|ks|шт\.?|個|개|件|点"
    # Croatian "kom." (komad), Slovenian "kos" / "kosa" / "kosi" / "kosov", Kazakh "дана" (issue 14's sixth
    # availability review: "Zaliha: 0 kom.", "Zaloga: 0 kosov")
    r"|kom\.?|kos(?:a|i|ov)?|дана)?",
    re.I,
)


def stock_count(page: Layout) -> str | None:
    """The availability a labelled stock count states ("In stock: 0" -> OutOfStock, "Lagerbestand:
    12" -> InStock; the count in the same text or the next one, as in a table's next cell), the first
    one outside menus, cards, hidden parts and dialogs and not in a line that links to a page (a
    cart's or a parts list's row naming another item: `_linked_line`); None when the page shows
    none. A parts or old table-layout shop states its stock so, with no buy control at all for an
    item of none left."""
    nodes = page.text_nodes()
    for i, (node, raw) in enumerate(nodes):
        m = _COUNT_LABEL.match(raw.strip())
        if not m:
            continue
        parent = node.getparent()
        if not on_page(page, parent):
            continue
        if _linked_line(parent):
            continue
        value = m.group(1).strip() or next((t.strip() for _, t in nodes[i + 1 : i + 3] if t.strip()), "")
        count = _COUNT.fullmatch(value)
        if count:
            return "OutOfStock" if int(re.sub(r"\D", "", count.group(1))) == 0 else "InStock"
    return None


def _linked_line(el: Any, levels: int = 3) -> bool:
    """`el` or one of its `levels` nearest ancestors, up to the nearest table row or list item, holds
    a link to a page (not "#...", not a script): a line of a cart or a list naming an item."""
    for node in [el, *list(el.iterancestors())[:levels]]:
        if not isinstance(node.tag, str) or node.tag in ("body", "html", "table"):
            return False
        hrefs = [(h or "").strip() for h in node.xpath(".//a/@href")]
        if any(h and not h.startswith(("#", "javascript:")) for h in hrefs):
            return True
        if node.tag in ("tr", "li"):
            return False
    return False


# a short heading naming a policy or its questions ("Backorder Policy", "Pre-order FAQ", "Pre-orders &
# Backorders: Terms"): about how such orders go, not the item's state
_POLICY_LINE = re.compile(
    r"\b(?:polic(?:y|ies)|faqs?|terms(?:\s*(?:&|and)\s*conditions)?|questions|questions\s*(?:&|and)\s*answers"
    r"|q\s*&\s*a|häufige fragen|questions fréquentes|preguntas frecuentes|domande frequenti|veelgestelde vragen"
    r"|perguntas frequentes|よくある(?:ご)?質問|자주\s*묻는\s*질문|常见问题|常見問題"
    # a shop guide's heading on every item page ("Shipping information", "Delivery & Returns", "Versand
    # & Rückgabe"; Japanese shops' "配送について", "お支払いについて", "ご注意", "注意事項"): its lines
    # ("予約商品は発売日以降の発送となります", pre-order items ship after release) are the shop's terms
    r"|(?:shipping|delivery)\s+(?:info(?:rmation)?|details)|(?:shipping|delivery)\s*(?:&|and)\s*returns"
    r"|versand\s*(?:&|und)\s*(?:rückgabe|retoure|lieferung)|versandinformationen|livraison\s*(?:&|et)\s*retours)"
    # (a guide's topic "Xについて", not "商品について", about the item, which may state its own pre-order)
    r"\W*$|(?:配送|発送|送料|お届け|お?支払い?|返品|交換|キャンセル|ご?注文|ラッピング)\S{0,10}について\W*$"
    r"|^\W*(?:ご注意|注意事項|ご購入前の注意)",
    re.I,
)


def _under_policy_heading(el: Any, levels: int = 3) -> bool:
    """The nearest heading before `el` in its section (a preceding sibling of `el` or of one of its
    `levels` nearest ancestors) names a policy or its questions (`_POLICY_LINE`: "FAQ", "Questions &
    Answers", "Häufige Fragen"): `el` is one of its answers, about how orders go."""
    for node in (el, *list(el.iterancestors())[:levels]):
        for sib in node.itersiblings(preceding=True):
            if isinstance(sib.tag, str) and sib.tag in HEADINGS:
                text = re.sub(r"\s+", " ", " ".join(sib.itertext())).strip()
                return len(text) <= 60 and _POLICY_LINE.search(text) is not None
    return False


def _order_terms(el: Any, text: str) -> bool:
    """`text` (held by `el`) is about a shop's order terms, not the item's state: a heading naming a
    policy (`_POLICY_LINE`, at most 60 characters), a line under such a heading (`_under_policy_heading`:
    a FAQ's answer "Pre-order items ship on release day") or a line folded in a closed `<details>` below its
    `<summary>` (a collapsible tab a shopper opens: Shopify Dawn's "Shipping & Returns", "Backorders"
    tabs)."""
    if len(text.strip()) <= 60 and _POLICY_LINE.search(text):
        return True
    if _under_policy_heading(el):
        return True
    for node in (el, *el.iterancestors()):
        if node.tag == "summary":
            return False
        if node.tag == "details" and node.get("open") is None:
            return True
    return False


def only_order_terms(page: Layout, pattern: re.Pattern[str], limit: int = 120) -> bool:
    """Every short text (at most `limit` characters) matching `pattern` outside menus, cards and
    hidden parts is about the shop's order terms (`_order_terms`: a "Backorder Policy" tab, its
    folded text "If an item goes on backorder we will email you"), and there is one: such words
    state nothing of the item's availability. Source: issue 14's availability review 2."""
    found = False
    for node, text in page.text_nodes():
        parent = node.getparent()
        if parent is None or len(text.strip()) > limit or not pattern.search(text):
            continue
        if any(page.context(parent)) or hidden(parent):
            continue
        if not _order_terms(parent, text):
            return False
        found = True
    return found
