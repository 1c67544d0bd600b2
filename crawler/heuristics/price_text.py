"""Reading a price off the text a price element shows: the text without struck-through and old-price
parts (`price_text`), the current amount among several (`shown_price`: "Sale $35.00 Reg. $50.00"
-> 35.00, old [50.00]; two amounts shown alone: the lower, `bare_pair`), an amount written in words
for screen readers (`spoken_amount`), and the labels that make a price an old, list, saving,
shipping or instalment one ("Was:", "List Price:", "Reg.", "UVP", "6 cuotas de", and their
wording on the big marketplaces of other languages: "Sie sparen", "Au lieu de", "Frete", "送料").

Amounts are parsed by `values.parse_price` (price-parser). Pure functions; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from knockoff.crawler.heuristics.dom import ANY_SIGN, HEADINGS, element_names, shut
from knockoff.crawler.values import parse_price, without_offer

# id/class words of an old, list, saving, shipping or instalment price (not the current one; "orig"
# and, joined to a price word, "org": abbreviated original prices, "prc-org" beside "prc-dsc"; a
# lone "org" is as often an organisation's: "org-amount"). "with-org-prc" and
# "has-discount" name a container that holds such a part beside the current price, not the part; a
# "discounted" price is the one after the discount, the current one (CS-Cart's "sec_discounted_price"),
# and so is a "discount price" (Liverpool's "a-product__paragraphDiscountPrice", "discountPrice");
# a look ("has-strikethrough", "with-crossed") is the element's own, so it stays an old price.
OLD_PRICE = re.compile(
    r"\b(?:strike\w*|crossed|"
    r"(?<!with-)(?<!has-)(?:old|was|regular|before|compare\w*|list|uvp|rrp|msrp|standard|original|retail|"
    r"origin|orig|(?:prc|price)-org|org-(?:prc|price)|stara|stari|staro|prej|alte[rn]?|ancien|"
    # es / pt / it / fr class words ("precio-anterior", Megatone; "preco-riscado", "prezzo-precedente")
    r"anterior|antes|tachad[oa]|riscad[oa]|barr[ée]e?|precedente|save|saving\w*|discount(?!ed)(?!-?price)\w*|shipping|delivery|(?<!without-)(?<!including-)(?<!excluding-)(?<!incl-)(?<!excl-)tax|install\w*|monthly|per-month|financ\w*|points|"
    r"reward\w*|unit|per-unit|range|min|max))\b"
)
# old and list prices, savings, shipping costs and monthly amounts in the languages of the big
# marketplaces, as Amazon, Zalando, Cdiscount, MercadoLibre, Allegro, bol, Trendyol, Rakuten,
# Coupang, momo, Taobao and the Shopify theme translations write them; words of a script without
# spaces (ja, ko, zh) stand apart (`_OLD_SIGNS`), as they need no word boundary
_OLD_PRICE_WORDS = (
    r"normaler preis|ursprünglich(?:er preis)?|au lieu de|prix habituel|prix de référence|prix barré|"
    r"precio habitual|precio de lista|prezzo di listino|prezzo pieno|preço normal|preço de tabela|"
    r"cena regularna|poprzednia cena|cena katalogowa|normale prijs|adviesprijs|eski fiyat|normal fiyat|"
    r"piyasa fiyatı|liste fiyatı|"
    # India's maximum retail price, printed beside the selling price ("MRP: ₹1,499", "M.R.P.: ₹1,79,999")
    r"m\.r\.p\.?|mrp|"
    # Nordic old prices ("Før 499,-", "Ord. pris 499 kr", "Normalpris", "Tidligere", "Veil. pris")
    r"før|förr|ord\.?\s?pris|ordinarie pris|normalpris|tidligere(?: pris)?|veil(?:edende|\.)\s?pris|vejl(?:edende|\.)\s?pris|"
    # the EU's lowest price of the last 30 days (Omnibus directive 2019/2161, shown since 2022-2023)
    r"najniższa cena|niedrigster preis|niedrigster gesamtpreis|prix le plus bas|laagste prijs|prezzo più basso|"
    r"precio más bajo|lowest price|"
    # the same note in the other EU languages (pt, cs, sk, sl, hr, sr/bs, ro, hu, bg, el, sv, da/no,
    # fi, et, lv, lt: "Najniža cijena u posljednjih 30 dana: 349,99 €", "Nejnižší cena za 30 dní")
    r"preço mais baixo|nejnižší cena|najnižšia cena|najnižja cena|najniža cijena|najniža cena|"
    r"cel mai mic pre[țţt]|legalacsonyabb ár|най-ниска(?:та)? цена|χαμηλότερη τιμή|lägsta pris|laveste pris|"
    r"alin hinta|halvin hinta|madalaim hind|zemākā cena|mažiausia kaina|"
    # regular and former prices of the same markets ("Redovna cijena: 399,99 €", "Redna cena", "Stara
    # cena", "Původní cena", "Pôvodná cena", "Preț vechi", "Eredeti ár", "Стара цена")
    r"redovna cijena|redovna cena|stara cijena|star[aá] cena|redna cena|původní cena|běžná cena|pôvodná cena|bežná cena|"
    r"pre[țţt] vechi|pre[țţt] întreg|eredeti ár|korábbi ár|стара цена"
)
_OLD_PRICE_SIGNS = r"通常価格|参考価格|希望小売価格|정상가|시중가|原價|建議售價|市價|市价|市场价|定價"
_OLD_WORDS = (
    _OLD_PRICE_WORDS + r"|sie sparen|du sparst|sparen|ersparnis|(?:vous )?économisez|ahorras?|ahorro|"
    r"risparmi|risparmia|economiz[ae]|você economiza|oszczędzasz|oszczędność|(?:je )?bespaart|bespaar|"
    r"kazancınız|kazanç|"
    # shipping, not where it is said to be paid apart or included ("zzgl. Versand", "+ frete")
    r"(?<!zzgl\. )(?<!zzgl\.)(?<!inkl\. )(?<!incl\. )(?<!\+ )(?<!plus )(?<!hors )"
    r"(?:versand(?:kosten)?|livraison|frais de port|env[ií]o|spedizione|frete|dostawa|wysyłka|"
    r"verzend(?:ing|kosten)|bezorging|kargo|"
    # sl/hr/sr delivery ("Brezplačna dostava nad 50 €", "Besplatna dostava iznad 60 €"), sl postage,
    # ru/kk delivery ("Бесплатная доставка от 10 000 ₸", "Тегін жеткізу"): free-delivery thresholds and
    # delivery costs of issue 14's markets (locale and market price reviews)
    r"dostav[aoue]|poštnin[aeo]|доставк[аиуео]|жеткізу)|"
    r"pro monat|par mois|al mes|al mese|por mês|miesięcznie|per maand|aylık"
)
# a shipping cost that names its amount after the "paid apart" sign ("+ Versand ab 4,89 €" beside a
# classified ad's "Zu verschenken" or "VB"; "zzgl. Versand: 4,95 €"): `_OLD_WORDS`' lookbehinds keep
# "29,90 € + Versand" a note on the price, not this (registry pages, batch 2: Kleinanzeigen)
_SHIPPING_COST = (
    r"(?:\+|\bzzgl\.?|\bplus|\bhors)\s*(?:versand(?:kosten)?|livraison|frais de port|env[ií]o|spedizione|"
    r"frete|verzendkosten|shipping)\s*(?:ab|from|dès|à partir de|desde|a partir de|da|od|vanaf|:)?\s*"
    r"(?:€|eur|r\$|\$|£|chf|zł)?\s?\d"
)
# ("送料込" / "送料別": shipping included / charged apart, a note on the price, not a cost)
_OLD_SIGNS = (
    _OLD_PRICE_SIGNS
    + r"|割引額|送料(?![込別])|配送料|月額|할인\s?금액|배송|매월|現省|立省|省下|节省|節省|運費|运费|包邮|免運|每月"
)


def unit_labelled(text: str) -> bool:
    """`text` (a price text) opens with a unit-price label before its first number (`UNIT_LABEL`:
    "1 l = 7,80 €", "Grundpreis: 7,80 €/l"; not "1,95 € (1 l = 7,80 €)")."""
    first = re.search(r"\d", text)
    if first is None:
        return False
    head = text[: first.start()]
    if UNIT_LABEL.search(head):
        return True
    # the quantity's own number opens the text: the label runs up to the second number
    second = re.search(r"(?<=\D)\d", text[first.end() :])
    return second is not None and bool(UNIT_LABEL.search(text[: first.end() + second.start()]))


# units a unit price is given per ("1 l", "100 ml", "1 kg", "1 m²", "1 Stk.")
UNIT = r"(?:ml|cl|dl|l|mg|g|kg|m|m²|m2|qm|stk\.?|stück|pcs|oz|fl\.?\s?oz|lbs?)\b"
# text that makes an amount an old price, a saving, a shipping cost or an instalment
OLD_TEXT = re.compile(
    r"\b(?:was|list price|reg\.?|regular|orig\.?|original|compare at|msrp|rrp|uvp|statt|avant|prima|antes|"
    r"save|you save|shipping|delivery|per month|/mo\b|a month|payments? of|interest[- ]free|"
    # a retail price beside a reseller's own ("Retail Price $150" in a sneaker reseller's details, "Est.
    # Retail $3,400", "Estimated retail: $10,800": the brand's price new, a reference as an MSRP is;
    # listing review 8: GOAT's sold-out page read its details' "Retail Price $150" as the price)
    r"retail|"
    # a resale marketplace's market summary: the last sale's price and the buyers' highest bid beside the
    # lowest ask, the price one buys at ("Last Sale $108 · Lowest Ask $112 · Highest Bid $95"; listing review
    # 8); not an auction's "Current bid", its price
    r"last sale|highest bid|"
    rf"or \d+ (?:payments|installments)|over \$|orders over|savings?|rebate|{_OLD_WORDS})\b|{_OLD_SIGNS}"
    r"|(?:^|[:(]\s*)[-−]\s?[$€£¥]\s?\d"  # "Savings: -$80.00": an amount taken off (not "$10 – $20")
    rf"|{_SHIPPING_COST}",
    re.I,
)
# an instalment written before or with the amount ("最高12期0利率，每期 916元", "6 cuotas sin interés de
# $12.333", "12x R$ 16,66", "betaal in 3 termijnen van € 8,32")
INSTALMENT = re.compile(
    r"分期|每期|分割払い|할부|рассрочк|\b(?:cuotas?|parcelas?|instal+ments?|raten|mensualités?|rate da|termijnen)\b"
    r"|\b\d{1,2}\s?x\s?(?:de\b|sin\b|sem\b|[$€£]|r\$)",
    re.I,
)
# a saving told as a percentage alone, a badge after the price ("$52.00 Save 20%", "You save 15%",
# "-20%", "20% off"; "Save" alone ending `price_text`, which drops the percentage): it names no
# amount, so the amount beside it is not the saving (source: the 2026-12-02 mutation probe,
# benchmarks/eval_page_mutations.py, a "Save 20%" badge in the price box)
_PERCENT_SAVING = re.compile(
    r"(?:\b(?:you\s+)?save\s+(?:up\s+to\s+)?|(?<![\w$€£¥.,])[-−]\s?)\d{1,2}(?:[.,]\d)?\s?%(?:\s*off\b)?"
    r"|\b\d{1,2}\s?%\s*off\b"
    r"|\b(?:you\s+)?save\s*$",  # the badge's word alone: `price_text` leaves percentages out
    re.I,
)


def old_words(text: str) -> bool:
    """`text` (a price element's) holds an old-price, saving, shipping or instalment word (`OLD_TEXT`)
    once a percentage-only saving badge ("Save 20%", "-20%", "20% off": `_PERCENT_SAVING`) is left
    out: "$52.00 Save 20%" is the current price, "Save $13.00" a saving."""
    return bool(OLD_TEXT.search(_PERCENT_SAVING.sub(" ", text)))


# the label of a unit price, written right before its amount: the reference quantity it is given for
# (1, 10, 100 or 1000 of a unit) as an equation ("1 l = 7,80 €", "100 ml = 0,78 €", "1 kg = 12,90 €":
# the German Grundpreis as shops print it; not a pack's price, "12 x 330 ml = 9,99 €"), or a unit-price word ("Grundpreis: 7,80 €/l", "Unit price £2.50 / kg")
UNIT_LABEL = re.compile(
    rf"(?:(?<![x×]\s)(?<![x×])\b(?:1|10|100|1000)\s?{UNIT}\s?=|\bgrundpreis\s*:?|\b(?:unit price|price per unit)\s*:?)\s*(?:{ANY_SIGN})?\s*$",
    re.I,
)
# a currency sign or code next to a number
# (the Bulgarian "лв", a word of no other use, too: "29,99 лв. / 15,33 €", the dual display of 2025-2026)
CURRENCY_MARK = re.compile(rf"{ANY_SIGN}|\b(?:eur|usd|gbp|zł|kr|kn|kč|lei|(?-i:Ft)|лв)\b", re.I)
# a currency mark beside an amount in a price text: `CURRENCY_MARK` and the codes `dom.MONEY` reads
# after a number ("1.299,99 TL", "1 299 руб.", "4 500 тг", "120 грн", "25 лв"), so that a text
# holding two of them ("1.599,99 TL 1.299,99 TL": the old price, then the current one) is read as
# two amounts, as "£110.00 £89.00" is (`_current_segment`: only in a text showing no other mark)
AMOUNT_MARK = re.compile(rf"{CURRENCY_MARK.pattern}|\b(?:tl|тг|руб|грн|лв)(?!\w)", re.I)
# a line-through look named by a class: "line-through", or the "strike" utility class (VTEX's
# "listPriceValue strike", market price review of issue 14; "strikethrough", "strike-through")
_LINE_THROUGH = re.compile(r"line-?through|(?<!no-)(?<!without-)\bstrike(?:-?through|out)?\b")
# a class saying its element is not struck through ("no-strike", "no-line-through", "nostrike", "PriceNoThrouth"):
# a `<del>`/`<s>` a shop's stylesheet shows without its line
_NOT_STRUCK = re.compile(r"(?<![a-z])no-?(?:line-?)?(?:through|throuth|strike\w*)(?![a-z])")


def struck(node: Any) -> bool:
    """`node` is shown struck through: `<del>`/`<s>`/`<strike>`, an inline `line-through` style,
    Amazon's `data-a-strike`, or a name saying so ("line-through", "lineThrough", "line_through",
    "strike": `dom.element_names`)."""
    if not isinstance(node.tag, str):
        return False
    if node.tag in ("del", "s", "strike") or node.get("data-a-strike") == "true":
        # "<s class="PriceNoThrouth">US $4.07</s>" beside a "Your Prices" tip, the members' tier prices
        # below it (formasaurus 0.10.0's pandahall.com page, stop 68): the price, shown without a line
        return not _NOT_STRUCK.search(element_names(node))
    style = node.get("style")
    return bool((style and "line-through" in style.lower()) or _LINE_THROUGH.search(element_names(node)))


def struck_shown(el: Any, levels: int | None = None) -> bool:
    """`el` or one of its `levels` nearest ancestors (all of them without `levels`) is shown struck
    through (`struck`)."""
    return any(struck(n) for n in (el, *list(el.iterancestors())[:levels]))


# the id/class words of a price shown for those who pay a certain way or belong to a programme: the
# marketplace's wallet, a coupon, a members' or loyalty club (Wildberries' "price-block__wallet-price"
# before the final price and a "с WB Кошельком" hint after the block; "coupon-price", "member-price",
# "club-price", "loyalty-price"; issue 14's listing review 7). Not the plain modifier "wallet" on the final
# price ("price-block__final-price wallet"), nor a card's price ("product-card-price")
# (`price_text` leaves such a part out of a block's text, as an old price's: the block reads the price
# anyone pays)
CONDITIONAL_NAME = re.compile(
    r"(?<![a-z])(?:wallet|coupon|member|club|loyalty|insider|rewards?|vip|perks)-?price(?![a-z])"
)


def left_out(node: Any, el: Any) -> bool:
    """`node` (inside price element `el`) is in a part `price_text` leaves out (struck, old price,
    instalment, discount)."""
    while node is not None and node is not el:
        names = element_names(node)
        if struck(node) or OLD_PRICE.search(names) or CONDITIONAL_NAME.search(names):
            return True
        node = node.getparent()
    return False


# a text of its own stating a stock count ("72 in stock", "12 Stück auf Lager", "5 en stock"): no amount, even
# after a price label whose amount the page draws as pictures ("Price: $" then "<br>72 in stock",
# formasaurus 0.10.0's starcitygames.com page, stop 68: read $72)
_STOCK_COUNT = re.compile(
    r"\d{1,3}(?:[.,\s]\d{3})*\s*(?:(?:pcs\.?|pieces|units?|items?|stück|stk\.?)\s*)?"
    r"(?:(?:are\s+|is\s+)?in stock|on hand|auf lager|en stock|op voorraad|na stanie|in magazzino|på lager)\W*",
    re.I,
)


def price_text(el: Any, spoken: bool = False, gap: str = "") -> str:
    """Text of a price element without struck-through, old/list-price or markup-hidden descendants
    (`dom.shut`: another variant's price a theme prints hidden beside the chosen one); with `spoken`,
    also without the parts kept from screen readers (`aria-hidden="true"`): what a screen reader
    reads. `gap` is written where a struck or old part is left out (`label_left_out`)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        old = isinstance(node.tag, str) and (struck(node) or OLD_PRICE.search(element_names(node)))
        skip = isinstance(node.tag, str) and (
            node.tag in ("script", "style")
            or old
            or CONDITIONAL_NAME.search(element_names(node)) is not None
            or (spoken and node.get("aria-hidden") == "true")
            or shut(node)
        )
        if node is not el and skip:
            if old and gap:
                parts.append(gap)
            if node.tail:
                parts.append(node.tail)
            return
        if isinstance(node.tag, str) and node.text:
            parts.append(node.text)
        if isinstance(node.tag, str):
            for child in node:
                walk(child)
        if node is not el and node.tail:
            parts.append(node.tail)

    walk(el)
    text = ""
    # decimals in their own element go on from the whole units: "1.299" ",00" -> "1.299,00"
    for part in parts:
        if _STOCK_COUNT.fullmatch(part.strip()):
            continue  # "72 in stock" in a text of its own: a count
        glued = (_DECIMALS_PART.match(part) and text[-1:].isdigit()) or (
            re.match(r"\d\d(?!\d)", part)
            and re.search(r"\d[.,]$", text)  # "24," "99" (Amazon's whole, fraction)
        )
        text += part if glued else " " + part
    return re.sub(r"\s+", " ", text).strip()[:200]


_GAP = "\x00"


def label_left_out(el: Any) -> str | None:
    """`price_text(el)` without the old-price label (`_OLD_LABEL`) that ends it when the part that
    label names is the left-out (struck or old) part written last: Dawn's "Sale price $120.00
    Regular price <s>$150.00</s>" reads "Sale price $120.00", whose dangling "Regular price" made the
    text an old price, or its labels seem written after their amounts (`labels_after`); None when
    the text ends otherwise. Source: issue 14, second review."""
    marked = price_text(el, gap=_GAP)
    if not marked.endswith(_GAP):
        return _label_of_gap_left_out(marked)
    before = re.sub(r"\s+", " ", marked.rstrip(_GAP + " ").replace(_GAP, " ")).strip()
    m = _OLD_LABEL.search(before)
    if m is None or not re.search(r"\d", before[: m.start()]):
        return None
    return before[: m.start()].strip()


def _label_of_gap_left_out(marked: str) -> str | None:
    """A price text (`_GAP` where a struck or old part was left out) without the old-price label
    (`_OLD_LABEL`) written right before a left-out part inside it: Gambio's "Statt <span
    class="productOldPrice">249,00 EUR</span> Nur 79,00 EUR" reads "Nur 79,00 EUR", not "Statt Nur
    79,00 EUR", whose dangling "Statt" made the current price an old one ("Was <s>$50</s> Now $30"
    alike); None when no such label stands before a gap. Source: the lead's probe, stop 38."""
    pieces = marked.rstrip(_GAP + " ").split(_GAP)
    if len(pieces) < 2:
        return None
    # `_OLD_LABEL` matches at the end of the text before each left-out part
    cut = [_OLD_LABEL.sub("", p) for p in pieces[:-1]] + pieces[-1:]
    if cut == pieces:
        return None
    return re.sub(r"\s+", " ", " ".join(cut)).strip()


# the text of an element holding a price's decimals alone, right after the whole units' ("<span
# class="int">1.299</span><span class="dec">,00</span>"): a separator and two digits, or the separator
# alone (Amazon's `<span class="a-price-decimal">,</span>` inside "a-price-whole")
_DECIMALS_PART = re.compile(r"[.,](?:\d\d)?(?![\d.,])")


# a label written just before a price that makes it an old/reference price ("Was: $80",
# "List Price: $119.99", "Reg. $15", "UVP 99 €", "Prix conseillé", "Prezzo consigliato")
_OLD_LABEL = re.compile(
    r"(?:\bwas|\blist price|\breg(?:ular)?\.?|\bmsrp|\brrp|\buvp|\bcompare at|\boriginal(?: price)?|\bbefore|"
    r"\bstatt|\bprix conseillé|\bprezzo consigliato|\bprecio anterior|\bantes|\btypical price|\bprix initial|"
    r"\bunverb\.? preisempf\.?|\bpreisempfehlung|\bprecio recomendado|\bprezzo precedente|\bstara cena|"
    rf"\bredna cijena|\bстарая цена|\b原价|\b定価|\b정가|\b(?:{_OLD_PRICE_WORDS})|{_OLD_PRICE_SIGNS}"
    # "De R$ 199,90 por R$ 149,90", "Van € 49,99 voor € 29,99": the whole label, so "a partir de" stays;
    # and a saving labelled by one word ("OFF: ￥1,250", "割引", "할인", "省"; "할인가" is the price)
    r"|^\s*(?:de|van|off|割引|할인|省)"
    # instalments: "6 cuotas de $14.999", "12x de R$ 16,66", "4 payments of $10", "3 Raten à 33 €",
    # "in 3 termijnen van € 8,32"
    # (the count stands alone: "ATH-M50X" closing a line of codes is a model, no "12x"; the title helper's review 9)
    r"|\bcuotas? de|\bparcelas? de|(?<![\w-])\d+\s*x(?: de)?|\binstall?ments? of|\bpayments? of|\braten (?:à|a|von|zu)|"
    # Mexico's months without interest ("Hasta 18 MSI de $472.17", "12 meses sin intereses de $708.25")
    r"\bmensualités? de|\brate da|\bmeses de|\btermijnen van|\bmsi de|\bsin intereses de)\s*(?:price)?\s*[:：]?\s*$",
    re.I,
)


# a number in shown text: digits with separators, thin/normal spaces grouping thousands ("1 299,00")
_NUMBER = re.compile(r"\d(?:[\d.,']|[\s\u00a0\u202f](?=\d{3}\b))*")


_MARK_BEFORE = re.compile(rf"(?:[A-Za-z]{{1,3}})?(?:{CURRENCY_MARK.pattern})\s?$", re.I)  # "R$ ", "US $"
_MARK_AFTER = re.compile(rf"\s?(?:{AMOUNT_MARK.pattern})", re.I)


# a percentage in a price text (a discount or an interest rate: "-23%", "55% off", "0% APR"), also
# with the sign before the number as Turkish writes it ("%17", "-%17 indirim"; not "% 8,99 €", whose
# number is an amount, nor the start of a longer number "%1.299")
PERCENT = re.compile(r"[-−]?\d{1,3}(?:[.,]\d{1,2})?\s?%|(?<![\w%])[-−]?%\d{1,3}(?:[.,]\d{1,2})?(?![.,]?\d)")


# a price without the sales tax, labelled so right before the amount ("bez DPH 2 305,79 Kč", "zzgl.
# MwSt. 84,03 €", "excl. VAT £83.33", "HT 74,99 €" in capitals and not ending a code like "55-HT", "без
# НДС 3 825 ₽"): a business buyer's figure. A bare "ex" only with a colon ("Ex Tax: $45.00", OpenCart's
# default theme): without one it is the label written after the amount before it ("£20.83 ex VAT
# £25.00 inc VAT", `NET_AFTER`)
NET_BEFORE = re.compile(
    r"(?:\b(?:bez|excl\.?|exkl\.?|excluding|zzgl\.?|ohne|hors|sans|sin|sem|senza|netto)\s*(?:\d{1,2}(?:[.,]\d)?\s*%\s*)?"
    # Argentina's "Precio sin impuestos nacionales" (Ley 27.743, shown beside every price since 2025)
    r"(?:DPH|VAT|MwSt\.?|USt\.?|TVA|IVA|moms|BTW|ÁFA|PVM|KDV|ДДС|tax(?:es)?|impuestos(?:\s+nacionales)?)"
    # the rate in parentheses after the tax's name, or its parentheses once `PERCENT` took the rate out
    # ("zzgl. MwSt (21%): 4,92 €" before "Inkl. MwSt (21%): 5,95 €", Magento's "price-excluding-tax";
    # trafilatura 2.0's toralin.de page, stop 68)
    r"(?:\s*\(\s*(?:\d{1,2}(?:[.,]\d{1,2})?\s*%)?\s*\))?"
    r"|без\s+НДС|(?<![\w-])(?-i:HT)|\bnetto"
    r"|\bex\.?\s*(?:VAT|tax(?:es)?|MwSt\.?|BTW|TVA|IVA)\s*[:：])\s*[:：]?\s*$",
    re.I,
)


# the euro sign written as the decimal point, as French shops print prices ("34€90", "1 299€00",
# "34 €90"): one amount, not 34 € and 90 (not with a space after the sign: "34 € 90 ans")
EURO_AS_POINT = re.compile(r"(\d)\s?€(\d\d)(?![\d.,])")
# a word of Latin letters and digits with digits between two letters ("MzI5Ljk5", a price hidden in base64
# for a script to decode; "AF1RH332210TS", a model code): a code, its digits no amount. An amount
# written against its code or sign ("USD49.99", "49,99EUR", "Rs500") has letters on one side only
_CODE_WORD = re.compile(r"(?<![^\W_])(?=[^\W_]*[A-Za-z]\d+[A-Za-z])[^\W_]+(?![^\W_])")


def shown_price(
    text: str, currency_hint: str | None = None
) -> tuple[float | None, str | None, list[float], str]:
    """The current price in a price text as shown on a page -> (amount, ISO currency, old amounts,
    the part of `text` the amount was read from). Percentages (`PERCENT`) are left out first. The part is `_current_segment`'s (the amount no
    old-price label precedes, when the text holds several), parsed by `values.parse_price`
    (price-parser, `shown=True`); amount None when there is none or every amount is an old one."""
    # "25% OFF $899.999", "-20% 39,99 €": a discount badge, never a saving's label ("OFF: ￥1,250")
    text = _PERCENT_SAVING.sub(" ", text)
    text = PERCENT.sub(" ", text)  # "23% 219,000원": a discount rate is never the amount
    text = EURO_AS_POINT.sub(r"\1,\2 €", text)  # "34€90": one amount, the euro sign its decimal point
    # "Online Price MzI5Ljk5 $" (formasaurus 0.10.0's costco.com page, stop 68: read 5)
    text = _CODE_WORD.sub(" ", text)
    text = without_offer(text)  # "2+1 £9.99", "£9.99 2+1": an offer's counts neither
    seg, olds = _current_segment(text)
    old = [a for a in (parse_price(o, currency_hint, shown=True)[0] for o in olds) if a]
    if seg is None and olds:
        return None, None, old, text
    part = text if seg is None else seg
    amount, cur = parse_price(part, currency_hint, shown=True)
    return amount, cur, old, part


# the old-price and saving labels that set an amount apart from the current one in the same text
# ("Sale $45 Reg. $60", "$45 Save $15", "45,00 € statt 60,00 €", "¥3,980 通常価格 ¥4,980"); not
# shipping, threshold, instalment or monthly words ("free over $50", "4 payments of $11.25", "/mo"),
# whose other amount may be the one read
_OLD_PRICE_NOTE = re.compile(
    r"\b(?:was|list price|reg\.?|regular(?: price)?|orig\.?|original(?: price)?|compare at|msrp|rrp|uvp|statt|"
    rf"avant|prima|antes|now|sale|{_OLD_PRICE_WORDS})(?![\w])|{_OLD_PRICE_SIGNS}",
    re.I,
)
_SAVING_NOTE = re.compile(
    r"\b(?:you save|save|savings?|sie sparen|du sparst|sparen|ersparnis|(?:vous )?économisez|ahorras?|ahorro|"
    r"risparmi|risparmia|você economiza|oszczędzasz|(?:je )?bespaart)\b|割引額|現省|立省|省下|节省|節省",
    re.I,
)


def old_beside(text: str) -> bool:
    """`text` (one element's, several amounts) shows the current price beside an old price or a
    saving whose label governs only that other amount (`_current_segment`): "Sale $45 Reg. $60",
    "Was $60 Now $45", "$45 Save $15", "45,00 € statt 60,00 €". Its only old-price words are
    `_OLD_PRICE_NOTE` / `_SAVING_NOTE` (no shipping, threshold, instalment or monthly words:
    "$5.99 shipping, free over $50" stays set apart), an old price is higher than the current
    one and a saving lower, and the current amount is not the one a saving is taken off ("Save $15
    on $60"). Source: the 2026-12-01 review (pages with hashed class names gave no
    listing when one element held both)."""
    amount, _, olds, part = shown_price(text)
    if amount is None or not olds or part.strip() == text.strip():
        return False
    saving, before = _SAVING_NOTE.search(text), text[: max(0, text.find(part.strip()))]
    if not (saving or _OLD_PRICE_NOTE.search(text)) or re.search(r"\b(?:on|of|off|auf|sur|su)\s*$", before):
        return False  # "Save $15 on $60": the amount the saving is taken off, an old price
    rest = _SAVING_NOTE.sub(" ", _OLD_PRICE_NOTE.sub(" ", text))
    if OLD_TEXT.search(rest) or OLD_TEXT.search(part):
        return False
    if saving and not any(o < amount for o in olds):
        return False
    return not (_OLD_PRICE_NOTE.search(text.replace(part, " ")) and not any(o > amount for o in olds))


# sales-tax names the net, gross and tax-included labels below share (Czech, English, German, French,
# Spanish/Italian, Nordic, Dutch)
_TAX_NAMES = "DPH|VAT|MwSt|USt|TVA|IVA|moms|BTW"
# the same label written right after the amount ("84,03 € zzgl. MwSt.", "£83.33 ex VAT", "74,99 € HT",
# "104,88 zł netto")
NET_AFTER = re.compile(
    r"^\W*(?:(?:zzgl\.?|excl\.?|exkl\.?|excluding|exc\.?|ex\.?|bez|hors|sans|sin|senza|ohne)\s*"
    rf"(?:{_TAX_NAMES}|tax)|(?-i:HT)\b|без\s+НДС|netto(?![\w-]))",
    re.I,
)
# a price-with-the-sales-tax label written right after an amount ("£25.00 inc VAT", "29,90 € inkl. MwSt.",
# "39,00 € IVA incl.")
GROSS_AFTER = re.compile(
    r"^\W*(?:(?:inc\.?|incl\.?|inkl\.?|including|s|mit|avec|con)\s*"
    rf"(?:{_TAX_NAMES}|tax)|(?-i:TTC)\b|brutto\b|(?:IVA|VAT|TVA|GST|BTW|tax)\.?\s*incl)",
    re.I,
)


# a price said to include the sales tax, anywhere in its block ("29,90 € inkl. 19% MwSt.", "£25.00 inc
# VAT", "89,99 € TTC", "IVA incluido", "税込")
WITH_TAX = re.compile(
    r"\b(?:inkl\.?|incl\.?|inc\.?|including|zawiera|s|con|mit|avec|med)\s*(?:\d{1,2}(?:[.,]\d)?\s*%\s*)?"
    rf"(?:{_TAX_NAMES}|ÁFA|PVM|KDV|GST|tax(?:es)?)\b|(?-i:\bTTC\b)|\bbrutto\b"
    r"|\b(?:IVA|VAT|TVA|GST|tax) incl|税込",
    re.I,
)


def _with_marks(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The amount `text[start:end]` with the currency mark just before it (within 4 characters,
    not before `lo`: "US $649.99", "R$ 43,30"), else the one just after it (not past `hi`: "14,85
    EUR")."""
    before = text[max(lo, start - 4) : start]
    mark = _MARK_BEFORE.search(before)
    head = mark.group(0) if mark else ""
    m = None if head else _MARK_AFTER.match(text, end)  # "$15.00 $35.00": the "$" is the next one's
    tail = m.group(0) if m and m.end() <= min(hi, end + 5) else ""
    return (head + text[start:end] + tail).strip()


def _amount_spans(text: str, nums: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The (start, end) of each number of `text` (`nums`) with a currency mark next to it. The codes
    only `AMOUNT_MARK` knows count where no other mark is shown ("1 TL in 200 ml, 24,90 €": a German
    teaspoon beside a euro price, not Turkish lira). Where every mark of `text` stands right against
    the number after it, only a mark before a number counts ("Qty 1: $12.99": "1" is no amount)."""
    marks = CURRENCY_MARK if CURRENCY_MARK.search(text) else AMOUNT_MARK
    # every mark written right against a number after it ("Qty 1: $12.99", "1-4 $12.99 5-9 $11.49"): a
    # mark after a number is the next one's, so only the marks before a number count ("34 € 90 ans",
    # a mark then a space, stays as it was: the euro is written after its amount)
    before_only = all(re.match(r"\d", text[k.end() :]) for k in marks.finditer(text))
    spans = []
    for m in nums:
        after = "" if before_only else text[m.end() : m.end() + 5]
        around = text[max(0, m.start() - 4) : m.start()] + " " + after
        if marks.search(around) or _DASH_CENTS.match(text, m.end()):
            spans.append((m.start(), m.end()))
    return spans


# the dash a whole amount is written with for its cents, right after its last digit or separator
# ("Tilbud 399,- Normalpris 499,-", "Nu 399:- Ord.pris 499:-"): the amount's mark where it shows no
# currency (`dom.MONEY`'s dash form; not a range "1,-3")
_DASH_CENTS = re.compile(r"(?:(?<=\d[.,])|:)[-–](?![\d-])")


# the tax-included label written right before the amount it governs ("(税込4,378円)", "税込価格: ¥4,378"):
# the amount before it, written alone, is the price before tax (Japanese total-price display, 2021)
_TAX_INCL_BEFORE = re.compile(r"税込(?:み|価格)?\s*[:：]?\s*$")


# a price's label written after its amount, as the text's last words ("$60.00 Regular Price $45.00 Sale
# Price": Wix's screen-reader labels after each price; "19,99 € 24,99 € UVP")
_LABEL_LAST = re.compile(
    r"^\W*(?:(?:\w+\s+){0,2}(?:price|prix|precio|prezzo|prijs|preis)|\w*preis|uvp|rrp|msrp)\W*$", re.I
)


def _label_last(text: str, spans: list[tuple[int, int]]) -> bool:
    """`text` ends with a price label (`_LABEL_LAST`) after its last amount (`spans`)."""
    tail = text[spans[-1][1] :]
    mark = _MARK_AFTER.match(tail)
    tail = tail[mark.end() :] if mark else tail
    return bool(_LABEL_LAST.match(tail) and re.search(r"[^\W\d]", tail))


def labels_after(text: str) -> bool:
    """A price block's text (`text`) writes each amount's label after it: two or more amounts, the
    last followed by a price label ("$60.00 Regular Price $45.00 Sale Price")."""
    text = PERCENT.sub(" ", text)
    spans = _amount_spans(text, list(_NUMBER.finditer(text)))
    return len(spans) > 1 and _label_last(text, spans)


def amount_count(text: str) -> int:
    """How many currency amounts a price text shows: its numbers with a currency mark next to them
    (`_amount_spans`; percentages left out), so "$45.00 USD" is one amount and "$25.00 – $100.00"
    two."""
    text = PERCENT.sub(" ", text)
    nums = list(_NUMBER.finditer(text))
    return len(_amount_spans(text, nums)) if nums else 0


def _labels(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The label of each amount of `text` (`spans`): the words before it (its currency mark left
    out), or, where the text ends with a price label (`_LABEL_LAST`) after its last amount, the
    words after it up to the next amount (its mark left out): the labels follow their amounts."""
    if _label_last(text, spans):
        after = []
        for i, (_, end) in enumerate(spans):
            label = text[end : spans[i + 1][0] if i + 1 < len(spans) else len(text)]
            mark = _MARK_AFTER.match(label)
            after.append((label[mark.end() :] if mark else label).strip())
        return after
    labels, prev = [], 0
    for start, end in spans:
        label = text[prev:start].rstrip()
        head = _MARK_BEFORE.search(label)
        labels.append(label[: head.start()] if head else label)
        prev = end
    return labels


# the label of the current price where a price block labels each of its amounts ("Retail: $10,250.00 Our
# Price: $279.00", Zen Cart; "Preis: 189,99€ Angebot: 59,99€"; VirtueMart's "Grundpreis inkl. MwSt.:
# 189,99 € Verkaufspreis: 69,99 € Rabatt: -120,00 €" and "Base price with tax: ... Salesprice: ...";
# ECShop's "市场价格：￥5880元 本店售价：￥368元"; "$180.00 Sale: $69.00"): the amount it labels is the price
# paid, the others a reference, a saving or a tax. Source: the lead's probe of the shop software
# counterfeit sellers run, stop 38.
_CURRENT_LABEL = re.compile(
    r"(?:\b(?:our|special|sale|sales|offer)\s?price|\bsalesprice|\bsale|\bangebot|\bangebotspreis|\bverkaufspreis"
    r"|\bnur|\bjetzt|\bnow|\bprix de vente|\bprecio de venta|\bprecio oferta|本店售价|本店售價|优惠价|促销价"
    # Zen Cart's Japanese edition: "価格：¥880,000 特価：¥39,800"
    r"|特価|特別価格|セール価格)\s*[:：]?\s*$",
    re.I,
)


def current_labelled(text: str) -> bool:
    """The first amount of a price element's `text` is labelled the current price (`_CURRENT_LABEL`:
    "Verkaufspreis: 69,99 €", "Our Price: $279.00"), where a block labels each of its amounts."""
    m = _NUMBER.search(text)
    if m is None:
        return False
    label = text[: m.start()].rstrip()
    head = _MARK_BEFORE.search(label)
    return bool(_CURRENT_LABEL.search(label[: head.start()] if head else label))


def _segments(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Each amount's part of `text` (`spans`), with its currency marks (`_with_marks`), bounded by the
    amounts before and after it."""
    ends = [0] + [end for _, end in spans[:-1]]
    starts = [start for start, _ in spans[1:]] + [len(text)]
    return [
        _with_marks(text, start, end, prev, nxt)
        for (start, end), prev, nxt in zip(spans, ends, starts, strict=True)
    ]


def _labelled_current(segs: list[str], labels: list[str]) -> tuple[str, list[str]] | None:
    """`_current_segment` of a text of 2+ amounts (their parts `segs`, their `labels`) of which exactly
    one is labelled the price paid (`_CURRENT_LABEL`) and none is net or an instalment: (its part, the
    other amounts' parts: a reference, a saving or a tax); None otherwise."""
    named = [i for i, label in enumerate(labels) if _CURRENT_LABEL.search(label)]
    if (
        len(named) != 1
        or len(segs) < 2
        or any(NET_BEFORE.search(lb) or INSTALMENT.search(lb) for lb in labels)
    ):
        return None
    return segs[named[0]], [seg for i, seg in enumerate(segs) if i != named[0]]


def _current_segment(text: str) -> tuple[str | None, list[str]]:
    """For a price text holding several numbers: (the part to read the current price from, the
    parts that are old prices). Only numbers with a currency mark next to them are amounts ("3
    Ausgaben für nur 14,85 EUR" -> "14,85 EUR"); an amount whose preceding words are an old-price,
    saving, shipping or instalment label (`OLD_TEXT`: "Was", "Reg.", "You save", "orders over")
    is old ("Sale $35.00 Reg. $50.00" -> "Sale $35.00", old ["Reg. $50.00"]; "Was $120.00 Now
    $60.00" -> "Now $60.00"); an amount labelled as without the sales tax (`NET_BEFORE`: "excl. VAT
    £83.33 incl. VAT £99.99" -> "£99.99") is neither. (None, []) when the text has one number, or no currency amount (read
    the text as it is); (None, olds) when every amount is labelled old. The kinds come from the
    real strings price-parser's test suite lists as misread (its PRICE_PARSING_EXAMPLES_XFAIL)."""
    nums = list(_NUMBER.finditer(text))
    spans = _amount_spans(text, nums) if len(nums) >= 2 else []
    if not spans:
        return None, []
    current, olds, last = None, [], None
    labels, segs = _labels(text, spans), _segments(text, spans)
    labelled = _labelled_current(segs, labels)
    if labelled is not None:
        return labelled
    for seg, label in zip(segs, labels, strict=True):
        if (
            OLD_TEXT.search(label + " " + seg)
            or _OLD_LABEL.search(label)
            or UNIT_LABEL.search(label)
            # "網路價 $38,900 分期 24期0利率 每期$1,621" (Senao; stop 37); not the one amount of "Mismo
            # precio en 12 cuotas $899.999" (the same price in 12 instalments: the total)
            or (len(spans) > 1 and INSTALMENT.search(label))
        ):
            olds.append(seg)
        elif NET_BEFORE.search(label):
            pass  # "excl. VAT £83.33 incl. VAT £99.99", "Prix HT 74,99 € Prix TTC 89,99 €": not the price paid
        elif current is None:
            current = seg
        elif current == last and _TAX_INCL_BEFORE.search(label):
            # "3,980円 (税込4,378円)": Japanese shops print the price before tax, then the one paid
            current = seg
        elif current == last and NET_AFTER.match(label):
            # "£20.83 ex VAT £25.00 inc VAT": a label only written after an amount ("ex VAT", "netto";
            # `NET_BEFORE` took those written before one) makes the one before it net
            current = seg
        last = seg
    if current is None:
        return None, olds
    if not olds and len(spans) == 1 and nums[0].start() == spans[0][0]:
        return None, []  # "$35.00 (2 pack)": the amount comes first; read the text as it is
    if not olds and len(spans) == 2 and only_amounts(text):
        return bare_pair(current, _with_marks(text, *spans[1], spans[0][1], len(text)))
    return current, olds


# a members' (club) price label and the label of the price anyone else pays, as shops print them side by
# side ("Member price 399 kr" / "Regular price 499 kr", "Mitgliederpreis" / "Regulärer Preis",
# "Medlemspris" / "Ordinarie pris", "Ledenprijs" / "Normale prijs"; en de sv da nb nl fr)
_MEMBER = (
    r"members?(?:hip)?(?:\s*price)?|club price|(?:insider|rewards?|vip|perks|loyalty)\s+price"
    r"|mitglieder-?preis|mitgliedspreis|medlemspris|klubbpris|klubpris"
    r"|ledenprijs|prix (?:adhérent|membre)s?"
)
_REGULAR = (
    r"regular price|normal price|non-?members?(?:\s*price)?|regulärer preis|normalpreis|nicht-?mitglieder(?:preis)?"
    r"|ordinarie pris|ord\.?\s?pris|normalpris|normale prijs|niet-?leden(?:prijs)?|ikke-?medlem(?:mer|spris)?"
    r"|prix (?:normal|non-adhérent)"
)
_MEMBER_BEFORE = re.compile(rf"(?<![\w-])(?:{_MEMBER})\s*[:：]?\s*$", re.I)
_REGULAR_BEFORE = re.compile(rf"(?<![\w-])(?:{_REGULAR})\s*[:：]?\s*$", re.I)
_MEMBER_AFTER = re.compile(rf"^\W*(?:{_MEMBER})\b", re.I)
_REGULAR_AFTER = re.compile(rf"^\W*(?:{_REGULAR})\b", re.I)


def member_and_regular(text: str) -> tuple[tuple[str, int] | None, tuple[str, int] | None]:
    """(member, regular): the amounts of `text` (a product block's text, several amounts) labelled a
    members' price and the price anyone else pays, each as (the amount with its mark, its offset in
    `text`), None where none is. Labels are read before the amounts ("Member price $39.99 Regular
    price $49.99"), or after them where the first amount has no label before it and one after it
    ("$39.99 Member price $49.99 Regular price"). Source: issue 14."""
    nums = list(_NUMBER.finditer(text))
    spans = _amount_spans(text, nums)
    found: list[tuple[str, int, str, str]] = []  # (amount, offset, label before, words after)
    prev = 0
    for i, (start, end) in enumerate(spans):
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        label = text[prev:start].rstrip()
        head = _MARK_BEFORE.search(label)
        after = text[end:nxt]
        mark = _MARK_AFTER.match(after)
        found.append(
            (
                _with_marks(text, start, end, prev, nxt),
                start,
                label[: head.start()] if head else label,
                after[mark.end() if mark else 0 :],
            )
        )
        prev = end
    if not found:
        return None, None
    first = found[0]
    trailing = not (_MEMBER_BEFORE.search(first[2]) or _REGULAR_BEFORE.search(first[2])) and bool(
        _MEMBER_AFTER.match(first[3]) or _REGULAR_AFTER.match(first[3])
    )
    member = regular = None
    for seg, at, before, after in found:
        is_member = _MEMBER_AFTER.match(after) if trailing else _MEMBER_BEFORE.search(before)
        is_regular = _REGULAR_AFTER.match(after) if trailing else _REGULAR_BEFORE.search(before)
        member = member or ((seg, at) if is_member else None)
        regular = regular or ((seg, at) if is_regular and not is_member else None)
    return member, regular


# what a text that shows only currency amounts is made of: numbers, currency marks (also "US $",
# "R$", "NT$"), spaces
_BARE = re.compile(rf"(?:[A-Za-z]{{1,3}}\s?)?(?:{AMOUNT_MARK.pattern})\.?|{_NUMBER.pattern}|\s+", re.I)


def only_amounts(text: str) -> bool:
    """`text` (percentages left out) shows currency amounts and nothing else: no word, no dash of
    a range ("$ 39.90 $ 1.90", "NT$1,280 NT$980"; not "$10 - $20", "$99 $5 shipping")."""
    return bool(text.strip()) and not _BARE.sub("", PERCENT.sub(" ", text)).strip()


def bare_pair(first: str, second: str) -> tuple[str, list[str]]:
    """(current, [old]) of two amounts a price block shows with nothing else: the lower one is the
    current price, the higher one the old price struck by a style sheet ("$ 39.90 $ 1.90": 1.90,
    "$24.99 $39.99": 24.99), at any discount: what lowers a price otherwise (an instalment, a fee,
    shipping, a unit price) comes with its words ("/mo", "shipping", "/kg"). Two amounts in different
    currencies are one price and its conversion, the first the shop's ("29,99 лв. / 15,33 €", a
    Bulgarian shop's dual display; "329,99 € (2.486,28 kn)": `prices._converted`): the first, no old."""
    (a, cur_a), (b, cur_b) = parse_price(first, shown=True), parse_price(second, shown=True)
    if cur_a and cur_b and cur_a != cur_b:
        return first, []
    if a is not None and b is not None and b < a:
        return second, [first]
    return first, [second] if a is not None and b is not None and b > a else []


# an amount written in words for screen readers (MercadoLibre's "199 reais com 90 centavos", "36999
# pesos con 50 centavos", "24 dollars and 99 cents"): whole units, the money's name, the cents
_SPOKEN = re.compile(
    r"^\s*(?P<whole>\d{1,3}(?:[.,\s]\d{3})+|\d+)\s+(?P<unit>reais|real|pesos?|d[óo]lares|d[óo]lar|dollars?|"
    r"euros?|soles?|bol[íi]vares|guaran[íi]es|colones|quetzales|lempiras|c[óo]rdobas)"
    r"(?:\s+(?:com|con|e|y|and)\s+(?P<cents>\d{1,2})\s+(?:centavos?|c[ée]ntimos?|cents?))?\s*$",
    re.I,
)
_SPOKEN_CURRENCY = {
    "rea": "BRL", "eur": "EUR", "sol": "PEN", "bol": "VES", "gua": "PYG", "col": "CRC", "que": "GTQ",
    "lem": "HNL", "cór": "NIO", "cor": "NIO",
}  # fmt: skip


def spoken_amount(text: str) -> tuple[float, str | None] | None:
    """(amount, ISO currency or None) of a text that is an amount written in words for screen
    readers ("199 reais com 90 centavos" -> (199.9, "BRL"); pesos and dollars name several
    currencies: None), else None."""
    m = _SPOKEN.match(text or "")
    if m is None:
        return None
    whole = int(re.sub(r"\D", "", m.group("whole")))
    cents = int(m.group("cents") or 0)
    return whole + cents / 100, _SPOKEN_CURRENCY.get(m.group("unit")[:3].lower())


def labelled_old(el: Any) -> bool:
    """The text just before a price element (in its parent, or its parent's previous cell) is an
    old-price label ("Was:", "List Price:", "Reg."); where the parent writes each label after its
    amount (`labels_after`: "$60.00 Regular Price $45.00 Sale Price"), the text just after it."""
    return bool(old_label(el))


def old_label(el: Any) -> str:
    """The old-price label `labelled_old` finds for price element `el` ("Was:", "Regular price"),
    or ""."""
    parent = el.getparent()
    if parent is None:
        return ""
    if labels_after(" ".join(parent.itertext())):
        after, nxt = el.tail or "", el.getnext()
        if not after.strip() and nxt is not None and isinstance(nxt.tag, str):
            after = " ".join(nxt.itertext())
        found = _OLD_LABEL.search(after.strip()[:40])
        return found.group(0) if found else ""
    prev = el.getprevious()
    before = (prev.tail if prev is not None else parent.text) or ""
    if not before.strip() and prev is not None and isinstance(prev.tag, str) and not _heading_block(prev):
        before = " ".join(prev.itertext())
    cell = parent.getprevious()
    if (
        not before.strip()
        and prev is None
        and cell is not None
        and isinstance(cell.tag, str)
        and not _heading_block(cell)
    ):
        before = " ".join(cell.itertext())  # <td>List Price:</td><td>price</td>
    found = _OLD_LABEL.search(before.strip()[-40:])
    return found.group(0) if found else ""


def _heading_block(el: Any) -> bool:
    """`el` is or holds a heading (`<h1>`-`<h6>`): the product's name block before its price, whose
    last word is no label ("Джинсы 501 Original" before "7 990 ₽", Wildberries: brand review 4)."""
    return el.tag in HEADINGS or next(el.iter(*HEADINGS), None) is not None
