"""The current price of a page read without element names: the currency amounts the page shows
near its title.

For pages whose price element no id/class/itemprop names (hashed CSS-module or
styled-components classes, utility classes, or no class at all), `price_near_title` reads every
short text that is a currency amount ("$31.57", "1 299,00 zł", `$<span>31</span><sup>57</sup>`,
"AED" then "3,799.00", an `aria-label` stating one, an amount in words for screen readers: "199
reais com 90 centavos"), leaves out those shown struck through, labelled old, or labelled a
saving, shipping cost, instalment or monthly amount in the big marketplaces' languages
(`price_text.OLD_TEXT`, `labelled_old`, `_PER_AFTER`), a lease's other payments ("due at
signing", "deposit"), and scores the rest by where they sit: near the title (after it more than
before), outside repeated cards, navigation, dialogs and variant lists. An old price shown before
the current one without a label or a strike (`NT$1,280 NT$980`, `289,00 € 231,20 € -20%`, names
hashed) is read by the pair rule (`_pair_current`): when the best amount is followed closely, in
the same small price block, by a lower unlabelled amount of at least `MIN_SALE_SHARE` of it (of
any share where the block shows nothing but the two amounts), the lower one is the current price.

Pure functions over a parsed page (`layout.Layout`); no I/O.
"""

from __future__ import annotations

import re
from typing import Any

from price_parser._currencies import CURRENCY_CODES

from knockoff.crawler.heuristics.dom import (
    MONEY,
    element_names,
    in_closed_dialog,
    in_closed_menu,
    under_other_items_heading,
    visible_text,
)
from knockoff.crawler.heuristics.layout import Layout
from knockoff.crawler.heuristics.price_text import (
    CONDITIONAL_NAME,
    CURRENCY_MARK,
    GROSS_AFTER,
    INSTALMENT,
    NET_AFTER,
    NET_BEFORE,
    OLD_TEXT,
    PERCENT,
    UNIT_LABEL,
    WITH_TAX,
    labelled_old,
    labels_after,
    old_beside,
    only_amounts,
    shown_price,
    spoken_amount,
    struck_shown,
    unit_labelled,
)
from knockoff.crawler.values import parse_price

# elements whose amounts are not the shown price of the product (variant lists, controls)
_SKIP_TAGS = {"script", "style", "option", "select", "button", "noscript", "template", "textarea"}
# a currency mark written alone in an element before the amount's ("US $", "R$", "€", "руб.")
_MARK_ONLY = re.compile(rf"(?:[A-Za-z]{{1,3}}\s?)?(?:{CURRENCY_MARK.pattern})\.?", re.I)
# an ISO 4217 code written alone before the amount ("AED" then "3,799.00" on noon, "SAR", "ZAR"):
# price-parser's list of codes; as some are words too ("ALL", "TOP", "CUP"), only before a number
# written as an amount is (a thousands group or cents: `_AMOUNT_NUMBER`)
_ISO_CODES = frozenset(CURRENCY_CODES)
_AMOUNT_NUMBER = re.compile(r"\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+[.,]\d{2}")
# the currency mark written after an amount, before what follows it ("1.929 € /Monat", "1,929원 /월",
# "1.929 TL /ay")
_MARK_AFTER = re.compile(rf"^\s*(?:(?:{CURRENCY_MARK.pattern})\.?|(?-i:[A-Z]{{2,3}})\b)", re.I)
# the longest text read as one price ("US $649.99", "1 299,00 zł", "$ 31 57")
MAX_PRICE_TEXT = 40
# a lower amount right after the best one is the current price (the first an old one) when it is
# at least this share of it (a discount up to 80%); lower ones are instalments, fees, shipping
MIN_SALE_SHARE = 0.2
# how far (elements in document order) and how much text (characters) a price block spans
_PAIR_WINDOW = 12
_PAIR_TEXT = 160
# how many elements before / after the title amounts are read from
_BEFORE, _AFTER = 400, 1500


# what follows an amount that makes it an instalment or a unit price ("$1,929 /mo.", "1 083 ₸ x 12
# мес", "( US $0.25 / Pair )", "€3.99/kg", "每期"; a month as the big marketplaces of other languages
# write it: "/Monat", "/mês", "/mies.", "/maand", "/ay", "/월", "al mes", "miesięcznie"): the product's
# price is another amount
_PER_MONTH = (
    r"/\s*(?:mo|month|mes|mês|mies|maand|monat|mois|mese|ay\b|月|월|개월|个月|個月|мес)|per\s+(?:month|mo)\b|a\s+month"
    r"|pro monat|par mois|al mese?\b|por mês|miesięcznie|per maand|aylık|[x×]\s*\d+"
)
_PER_AFTER = re.compile(
    rf"^\s*(?:{_PER_MONTH}"
    r"|/\s*(?:per\s+)?(?:\d+(?:[.,]\d+)?\s*)?(?:pairs?|pieces?|pcs?|units?|kg|g|lbs?|fl\.?\s?oz|oz|ml|cl|l|m|m2|m²|ft|sq\.?\s?ft"
    r"|count|ct|stück|st)\b"
    r"|per\s+(?:pair|piece|unit|kg|lb|oz|100\s?g|litre|liter|meter|metre)\b)",
    re.I,
)
_MONTH_AFTER = re.compile(rf"^\s*(?:{_PER_MONTH})", re.I)


def monthly_after(el: Any) -> bool:
    """The text written right after `el` (`_text_after`: its tail, else the next sibling's text)
    says its amount is paid per month or in a number of instalments (`_PER_MONTH`: "<span
    class="affirm-ala-price">$17</span>/mo with Affirm", "x 12"): a financing amount, not the price."""
    return bool(_MONTH_AFTER.search(_text_after(el)))


# a craft or hardware shop's price per bead, stone, yard... written after the amount of a pack or a length sold
# whole (Fire Mountain Gems' "As Low As $0.24 per bead" over its price table: formasaurus 0.10.0, stop 64); not
# a marketplace's "US $12.34 / Piece", which is the price of what is bought
_PER_PIECE_AFTER = re.compile(
    r"^\s*per\s+(?:bead|stone|strand|yard|yd|foot|ft|inch|sheet|roll|dozen|sq\.?\s?ft|square\s+f(?:oo|ee)t)\b",
    re.I,
)


def unit_after(el: Any) -> bool:
    """The text written right after `el` (`_text_after`) gives its amount per bead, stone, yard...
    (`_PER_PIECE_AFTER`): the unit price of a pack or length, not the item's price."""
    return bool(_PER_PIECE_AFTER.search(_text_after(el)))


def _text_after(el: Any, limit: int = 30) -> str:
    """The text written just after `el` (its tail, else the next sibling's text), up to `limit` characters."""
    after = el.tail or ""
    nxt = el.getnext()
    if not after.strip() and nxt is not None and isinstance(nxt.tag, str):
        after = " ".join(nxt.itertext())
    return re.sub(r"\s+", " ", after)[:limit]


def _note_after(el: Any) -> str:
    """The note written just after `el` (`_text_after`), "" when it holds a currency amount: then it
    is about that amount ("R$ 199,90" then "em até 10x de R$ 19,99": the instalment is the second
    amount), as a label before `el` holding one is another value (`_label_before`)."""
    after = _text_after(el, 80)
    return "" if MONEY.search(after) else after[:30]


def _label_before(el: Any, levels: int = 3) -> str:
    """The label written just before `el`, up to 40 characters: the text before it in its parent
    (or its previous sibling's text), else, going up to `levels` ancestors, the same for the
    ancestor ("<dt>최대할인가</dt><dd><strong><span>208,050</span>", "배송비 3,000원"). Text that holds a
    currency amount is another value ("UVP 69,99 €" before "49,99 €"), not a label: ""."""
    node = el
    for _ in range(levels + 1):
        if node is None or not isinstance(node.tag, str):
            return ""
        prev = node.getprevious()
        parent = node.getparent()
        before = (prev.tail if prev is not None else (parent.text if parent is not None else "")) or ""
        if not before.strip() and prev is not None and isinstance(prev.tag, str):
            before = " ".join(prev.itertext())
        before = re.sub(r"\s+", " ", before).strip()
        if before:
            return "" if MONEY.search(before) else before[-40:]
        node = parent
    return ""


# a price that holds under a condition (with a coupon, a code, a card or a membership: "최대할인가
# 208,050 원 11pay 카드 5% 할인 시", "折扣後價格 10,690 元 (限時折價券)", "with code SAVE10") or paid a
# certain way, written before the amount, with it or just after it
_CONDITIONAL = re.compile(
    r"\b(?:coupon|voucher|with (?:code|coupon|card)|promo code|member price|members? only|subscribe & save)\b"
    # a members' or club price ("Members $39.99", "for members", "Club price", "Medlemspris", "Klubbpris";
    # not "Non-members $49.99", nor a name such as "Member's Mark Paper Towels")
    r"|(?<!non-)(?<!non )\bmembers?\s*:?\s*(?=[$€£¥]|\d)|\bfor members\b|\bclub price\b"
    # a loyalty programme's price named for the programme (US beauty and specialty shops' "Insider price",
    # "Rewards price", "VIP price", "Perks price", "Loyalty price"; listing review 8)
    r"|\b(?:insider|rewards?|vip|perks|loyalty)\s+price\b"
    r"|\b(?:medlems|klubb|klub)pris\b|\bmitglieder-?preis\b|\bmitgliedspreis\b|\bledenprijs\b"
    r"|최대\s?할인가|최대\s?혜택가|쿠폰|카드\s?\S*\s?할인|折價券|优惠券|優惠券|券後|券后|クーポン|会員価格"
    # with loyalty points, a card or a subscription (Lamoda's "Цена с баллами: 50 340 ₸"; stop 37)
    # (not one way of paying among others: "с картой или наличными")
    # (the preposition also typed as a Latin "c", its lookalike)
    r"|\b(?:[сc]\s+(?:баллами|бонусами|картой)|по\s+(?:карте|подписке))\b(?!\s+(?:или|либо)\b)"
    # paid a certain way ("$33.299,10 con transferencia")
    r"|\bcon (?:transferencia|efectivo)|\ben efectivo\b|\bno pix\b|\bbank transfer\b",
    re.I,
)
# the same condition named as the note right after the amount: paid with the marketplace's wallet or
# card ("4 452 ₽" then "с WB Кошельком", "с Ozon Картой", "with Prime Visa card", "mit Payback-Karte"; the
# "с" also typed as its Latin lookalike "c")
_CONDITIONAL_AFTER = re.compile(
    r"^\W*(?:[сc]\s+(?:\S+\s+)?(?:кошельк|карт)\w*|with (?:\S+\s+){0,2}(?:card|wallet|coupon|code)\b"
    r"(?!s?\s+(?:\w+\s+)?(?:payments?|accepted|excluded|not)\b)"
    r"|mit (?:\S+\s+)?(?:karte|gutschein)\b|avec (?:la )?carte\b|con (?:la )?tarjeta\b)"
    # not one way of paying among others ("с картой или наличными", "mit Karte oder PayPal")
    r"(?!\w*\s+(?:или|либо|oder|or|ou|o|y)\b)",
    re.I,
)


def with_tax(el: Any) -> bool:
    """The price element `el` is said to include the sales tax (`price_text.WITH_TAX`) in its
    parent's text (at most 300 characters of it) or in the words just after it or one of its 3
    nearest ancestors: "29,90 €" then "inkl. 19% MwSt., zzgl. Versand"."""
    parent = el.getparent()
    near = [" ".join(parent.itertext())[:300] if parent is not None else " ".join(el.itertext())]
    node = el
    for _ in range(4):
        if node is None or not isinstance(node.tag, str):
            break
        near.append(_text_after(node, 80))
        node = node.getparent()
    return bool(WITH_TAX.search(re.sub(r"\s+", " ", " ".join(near))))


def _net_label(el: Any, label: str) -> bool:
    """`el`, whose label (the words before it) is `label`, is labelled as a price without the sales
    tax: the label ends with a net-price label (`NET_BEFORE`) that no amount stands right before
    (in "84,03 € zzgl. MwSt. 99,99 €" the label is the first amount's), or such a label follows it
    (`NET_AFTER`: "84,03 € zzgl. MwSt.")."""
    m = NET_BEFORE.search(label)
    if m and not MONEY.search(label[max(0, m.start() - 20) : m.start()]):
        return True
    after = _text_after(el, 40)
    n = NET_AFTER.search(after)  # not the label of the next amount ("2 790,- bez DPH 2 305,79 Kč")
    return bool(n and not re.match(r"\W{0,3}\s*[^\w\s]{0,2}\s*\d", after[n.end() :]))


def _net_after_first(text: str, first: re.Match[str]) -> bool:
    """The first currency amount of `text` (`first`, matched by `MONEY` with only its first or last
    digits) is written with a net-price label right after it (`NET_AFTER`: "£20.83 ex VAT £25.00
    inc VAT", a trade shop's pair), not the label of an amount right after it ("2 790 Kč bez DPH
    2 305,79 Kč")."""
    n = NET_AFTER.match(_after_amount(text[first.end() :]))
    if not n:
        return False
    rest = _after_amount(text[first.end() :])[n.end() :]
    if not re.match(r"\W{0,3}\s*[^\w\s]{0,2}\s*\d", rest):
        return True
    nxt = MONEY.search(rest)
    if nxt is None:
        return False
    # another amount right after: the label is the first's when that one carries its own label after
    # it ("£25.00 inc VAT"), else it is the next amount's label ("bez DPH 2 305,79 Kč")
    return bool(GROSS_AFTER.match(_after_amount(rest[nxt.end() :])))


def _after_amount(text: str) -> str:
    """`text` (what follows a `MONEY` match) without the rest of the amount's digits ("0.83 ex VAT"
    -> "ex VAT", " 024,95 € zzgl." -> " € zzgl.")."""
    return re.sub(r"^[\d.,'’]*(?:\s\d{3}(?!\d)[\d.,]*)*", "", text)[:40]


# a net-price label right before an amount, its currency mark written first or not ("zzgl. MwSt. 84,03 €",
# "Ex Tax: $45.00", "excl. VAT £83.33")
_NET_AMOUNT = re.compile(
    NET_BEFORE.pattern.removesuffix("$") + rf"(?=(?:{CURRENCY_MARK.pattern})?\s?\d)", re.I
)
# another payment of a lease or a financing, named just after the amount or as the label that ends
# right before it: the amount due at signing, a down payment, a deposit ("$7,624 due at signing",
# "Requires a $2,500 deposit", "Anzahlung: 2.000 €"); a product named so ("Night Deposit Bag")
# before its price is no label
_TERM = r"\b(?:due at signing|down ?payment|(?:security )?deposit|anzahlung|acompte|anticipo)\b|頭金|首付|계약금|선수금"
_TERM_AFTER = re.compile(rf"^\W*(?:{_TERM})", re.I)
_TERM_BEFORE = re.compile(rf"(?:{_TERM})\s*[:：]?\s*$", re.I)


def money_elements(page: Layout, title_el: Any) -> list[tuple[Any, str]]:
    """(element, its shown text) for each smallest element whose visible text (at most
    `MAX_PRICE_TEXT` characters) holds a currency amount (`dom.MONEY`), or whose `aria-label` states
    one, within `_BEFORE` / `_AFTER` elements of the title; document order, each element once."""
    if title_el is None:
        return []
    at = page.order.get(title_el, 0)
    lo, hi = at - _BEFORE, at + _AFTER
    out: dict[Any, str] = {}
    for node, text in page.text_nodes():
        if not any(c.isdigit() for c in text):
            continue
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        if el is None or not lo <= page.order.get(el, 0) <= hi:
            continue
        held = _amount_holder(el) or _long_old_note(el)
        if held is not None:
            out.setdefault(*held)
    return sorted(out.items(), key=lambda kv: page.order.get(kv[0], 0))


def _long_old_note(node: Any) -> tuple[Any, str] | None:
    """(node, shown text) when `node`, whose text is longer than `MAX_PRICE_TEXT` (at most 120
    characters), writes a currency amount in its own text and holds, in its children, only amounts
    an old-price label governs (`price_text.old_beside`): the current price beside a long old-price
    note, as the EU's lowest-price-of-30-days note (Omnibus directive 2019/2161) is printed:
    "129,99 zł <span>Najniższa cena z 30 dni: 149,99 zł</span>". None otherwise."""
    if not isinstance(node.tag, str):
        return None
    shown = visible_text(node)
    own = re.sub(r"\s+", " ", (node.text or "") + " ".join(c.tail or "" for c in node)).strip()
    if not MAX_PRICE_TEXT < len(shown) <= 120 or len(own) > MAX_PRICE_TEXT or not MONEY.search(own):
        return None
    kids = [visible_text(c) for c in node if isinstance(c.tag, str)]
    if all(OLD_TEXT.search(k) for k in kids if MONEY.search(k)) and old_beside(shown):
        return node, shown
    return None


def _amount_holder(el: Any) -> tuple[Any, str] | None:
    """(element, shown text) of `el` or one of its 2 nearest ancestors whose text is a short
    currency amount ("$" and "100" in sibling spans: the parent holds the amount; not an ancestor
    whose amount another child shows whole: that child is its holder), or whose
    `aria-label` states one; else `el` or its parent holding a bare number after an element that
    holds only a currency mark (`<span>US $</span><span>38.17</span>`); None otherwise."""
    node, below = el, None
    for _ in range(3):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            break
        aria = node.get("aria-label") or ""
        if aria and len(aria) <= 60 and (MONEY.search(aria) or spoken_amount(aria)):
            return node, aria
        shown = visible_text(node)
        if len(shown) > MAX_PRICE_TEXT:
            break
        if spoken_amount(shown):
            return node, shown  # "199 reais com 90 centavos" for screen readers
        if MONEY.search(shown):
            own = below is None and MONEY.search((node.text or "") + " ".join(c.tail or "" for c in node))
            if not own and any(
                c is not below and isinstance(c.tag, str) and MONEY.search(visible_text(c)) for c in node
            ):
                break  # the amount is another child's own ("Actioncam 4K" beside "49,99 €" in a card)
            whole = _split_whole(node)
            return (node, shown) if whole is None else (whole, visible_text(whole))
        node, below = node.getparent(), node
    for node in (el, el.getparent()):
        if node is None or not isinstance(node.tag, str):
            return None
        prev = node.getprevious()
        if prev is None or not isinstance(prev.tag, str) or (prev.tail or "").strip():
            continue
        mark = re.sub(r"\s+", " ", " ".join(prev.itertext())).strip()
        shown = visible_text(node)
        code = mark in _ISO_CODES and _AMOUNT_NUMBER.fullmatch(shown) is not None
        if (code or _MARK_ONLY.fullmatch(mark)) and shown[:1].isdigit() and len(shown) <= MAX_PRICE_TEXT:
            return node, f"{mark} {shown}"
    return None


# the cents of a price split over two elements: two digits, a decimal separator or the currency mark
# before or after them ("99", ",99", "€99", "99 €")
_CENTS = re.compile(rf"[.,]?\s?(?:{CURRENCY_MARK.pattern})?\s?\d\d\s?(?:{CURRENCY_MARK.pattern})?", re.I)
# the whole units before them, with the mark or a separator ("49", "$49", "49,", "1.299")
_WHOLE = re.compile(rf"(?:{CURRENCY_MARK.pattern})?\s?\d{{1,3}}(?:[.,\s']\d{{3}})*[.,]?", re.I)


def _split_whole(node: Any) -> Any | None:
    """The parent of `node` when `node` is one part of a price split over two sibling elements,
    the cents a `<sup>` right after the whole units with nothing between them, and the currency mark
    in one of the two parts: the cents (`<span>49</span><sup>€99</sup>`, `<span>49,</span><sup>99
    €</sup>`, as French shops write "49€99") or the whole units (`<span>$49</span><sup>99</sup>`);
    the parent shows the whole amount, read by `prices._split_cents`. None otherwise (a part read
    alone would give 99.0 or 49.0)."""
    parent = node.getparent()
    if parent is None or not isinstance(node.tag, str):
        return None
    if node.tag == "sup":
        whole, cents = node.getprevious(), node
    else:
        whole, cents = node, node.getnext()
    if whole is None or cents is None or not isinstance(whole.tag, str) or cents.tag != "sup":
        return None
    if (whole.tail or "").strip() or whole.getnext() is not cents:
        return None
    whole_text, cents_text = visible_text(whole), visible_text(cents)
    if not (_WHOLE.fullmatch(whole_text) and _CENTS.fullmatch(cents_text)):
        return None
    return parent if len(visible_text(parent)) <= MAX_PRICE_TEXT else None


def conditional(el: Any, text: str) -> bool:
    """`el` (showing `text`) is a price held under a condition: a coupon, a code, a card, a
    membership or the marketplace's wallet, named in its label, its text or tail (`_CONDITIONAL`:
    "최대혜택가 17,910원") or in the note just after it (`_CONDITIONAL_AFTER`: "4 452 ₽" then
    "с WB Кошельком") or in its names (`price_text.CONDITIONAL_NAME`: "price-block__wallet-price"); or a price
    without the sales tax (`NET_BEFORE`: "bez DPH 2 305,79 Kč")."""
    label = _label_before(el)
    m = MONEY.search(text)
    return bool(
        _net_label(el, label)
        or (m is not None and (_net_first(text, m) or _net_after_first(text, m)))
        or _CONDITIONAL.search(label + " " + text + " " + (el.tail or ""))
        or _CONDITIONAL_AFTER.search(_text_after(el, 40))  # anchored: the words right after it
        or CONDITIONAL_NAME.search(element_names(el)) is not None
    )


def condition_before(text: str, part: str) -> bool:
    """`part` of a price block's `text` is an amount held under a condition named just before it
    (`_CONDITIONAL` in the 30 characters before: "269,000 스마일카드 최대할인가 255,550원", the block
    showing the price, then the card's; Auction and Gmarket, the lead's probe of stop 37)."""
    i = text.find(part)
    return i > 0 and bool(_CONDITIONAL.search(text[max(0, i - 30) : i]))


def net_price(el: Any, text: str, block: str = "") -> bool:
    """`el` (showing `text`, inside a price block reading `block`) is labelled as a price without
    the sales tax (`NET_BEFORE`: "bez DPH 2 305,79 Kč", "zzgl. MwSt. 84,03 €")."""
    m, b = MONEY.search(text), MONEY.search(block)
    return bool(
        _net_label(el, _label_before(el))
        or (m is not None and (_net_first(text, m) or _net_after_first(text, m)))
        or (b is not None and _net_first(block, b))
    )


def opens_conditional(text: str) -> bool:
    """`text` (a price block's whole text) opens with a conditional price: the words right after
    its first currency amount name one (`_CONDITIONAL_AFTER`: "4 452 ₽ с WB Кошельком 4 590 ₽"),
    or the words right before it call it a price without the sales tax (`NET_BEFORE`: "Cena s DPH
    2 790,- bez DPH 2 305,79 Kč", whose only amount with a currency mark is the net one)."""
    m = MONEY.search(text)
    return bool(
        m
        and (
            _CONDITIONAL_AFTER.search(text[m.end() : m.end() + 40])
            or _net_first(text, m)
            or _net_after_first(text, m)
        )
    )


def _net_first(text: str, first: re.Match[str]) -> bool:
    """The first currency amount of `text` (`first`) is the one a net-price label stands right
    before (`NET_BEFORE`; `first` may have matched only the amount's last digits: "2 305,79 Kč")."""
    net = _NET_AMOUNT.search(text)
    return net is not None and net.start() <= first.start() < net.end() + 20


def per_unit_tail(text: str) -> bool:
    """`text` ends with a unit or a month its amount is given per (`_PER_AFTER`: "US $0.25 - 0.32 /
    Pair", "1.929 € /Monat"), said of its only currency amount or of its first: a text showing the
    price and then its unit price ("$45 ($15.00 / count)", "£1.25 (£2.50 per kg)") is the price's."""
    amounts = list(MONEY.finditer(text))
    tail = re.split(r"\d", text)[-1]
    if amounts and not _PER_AFTER.search(_MARK_AFTER.sub("", tail)):
        # the quantity's own number after the last amount ("$4.50 / 1 Fl Oz", Wix's unit price):
        # the words after that amount
        tail = _after_amount(text[amounts[-1].end() :])
    if not _PER_AFTER.search(_MARK_AFTER.sub("", tail)):
        return False
    if len(amounts) < 2:
        return True
    between = text[amounts[0].end() : amounts[1].start()]
    return bool(_PER_AFTER.search(_MARK_AFTER.sub("", re.sub(r"^[\d.,'\s]*", "", between))))


def _add_on_option(el: Any) -> bool:
    """`el` sits in the `<label>` of a checkbox (holding it, or naming it by `for`), within 4 levels: an
    add-on the shopper may tick beside the item, its own amount ("Add a gift card from $10.00", "2-year
    protection plan $29.99", "Gift wrap"), never the item's price. Source: stop 41's field mutations (7
    market pages read a gift card's "from $10.00" as theirs)."""
    for a in (el, *list(el.iterancestors())[:4]):
        if a.tag != "label":
            continue
        if a.xpath(".//input[@type='checkbox']"):
            return True
        target = a.get("for")
        if target and a.getroottree().xpath("//input[@type='checkbox'][@id=$i]", i=target):
            return True
    return False


def _excluded(el: Any, text: str) -> bool:
    """`el` (showing `text`) is not a candidate: inside a control, option or script (`_SKIP_TAGS`),
    struck through, labelled old, named by its text or label a saving, shipping cost, instalment or
    unit price (`_PER_AFTER`; `price_text.UNIT_LABEL` before it: "1 l = 7,80 €"), a lease's or financing's other payment (`_TERM_BEFORE`,
    `_TERM_AFTER`), held under a condition (`_CONDITIONAL`; `_CONDITIONAL_AFTER` for the note
    just after it: "с WB Кошельком"), a price without the sales tax (`NET_BEFORE`), an add-on's
    surcharge written with a "+" ("+259 Kč"), or an add-on ticked by a checkbox (`_add_on_option`)."""
    if any(a.tag in _SKIP_TAGS for a in (el, *list(el.iterancestors())[:4])) or _add_on_option(el):
        return True
    # labels written after their amounts ("$60.00 Regular Price $45.00 Sale Price", Wix's screen-reader
    # labels): the words before an amount are the previous one's, those after it its own
    block = el.getparent()
    after = block is not None and labels_after(" ".join(block.itertext()))
    if (
        struck_shown(el, 6)
        or labelled_old(el)
        or (OLD_TEXT.search(text) and not old_beside(text))  # "Sale $45 Reg. $60": the first is read
        or OLD_TEXT.search(_text_after(el) if after else _label_before(el, 0))
        or _PER_AFTER.search(_text_after(el))
        or per_unit_tail(text)  # "US $0.25 - 0.32 / Pair", "1.929 € /Monat"
    ):
        return True
    label, note = _label_before(el), _note_after(el)
    first = MONEY.search(text)
    if UNIT_LABEL.search(label) or unit_labelled(text):
        return True  # "1 l = 7,80 €", "Grundpreis:" then "7,80 €/l": a unit price
    if first is not None and re.search(r"(?<!\d)(?<!\d )\+\s*[\d\s.,']*$", text[: first.start()]):
        return True  # "Prodloužená záruka +259 Kč", "Gift wrap + $4.99": an add-on's surcharge ("1+1", "2 + 1": an offer)
    return bool(
        _TERM_BEFORE.search(label)
        or _TERM_AFTER.search(note)
        or INSTALMENT.search(label + " " + text + " " + note)
        or conditional(el, text)
    )


def price_near_title(
    page: Layout, title_el: Any, amount_of: Any
) -> tuple[float, str | None, Any, bool, set[float]] | None:
    """(amount, currency, element, in a repeated card, old amounts seen) of the current price read
    without names, or None without a candidate. `amount_of(el) -> (amount, currency, text, old amounts)` reads an
    element's price (`prices._amount`: split cents, struck parts left out, several amounts)."""
    old: set[float] = set()
    cands: list[tuple[float, int, float, str | None, Any, str]] = []
    nets: list[tuple[float, str | None, Any]] = []  # prices labelled as without the sales tax
    for el, text in money_elements(page, title_el):
        spoken = spoken_amount(text)
        if spoken:
            (amount, cur), olds = spoken, []
            # pesos and dollars: the sign the element shows beside the words ("$", read by region)
            cur = cur or parse_price(" ".join(el.itertext())[:200])[1]
        elif el.get("aria-label") and MONEY.search(el.get("aria-label") or ""):
            # read as shown prices are: "Price $6.98, Was $22.99, 69% off" (Temu) is $6.98, its old one apart
            amount, cur, spoken_olds, _ = shown_price(el.get("aria-label"))
            olds = set(spoken_olds)
        else:
            amount, cur, _, olds = amount_of(el)
            cur = cur or parse_price(text)[1]  # the mark written in the element before the amount
        old.update(olds)
        if amount is None or amount <= 0:
            continue
        if _excluded(el, text):
            if net_price(el, text):
                nets.append((amount, cur, el))  # a B2B shop may show only its net price
            old.add(amount)
            continue
        noise, card = page.context(el)
        if (card and in_closed_dialog(page, el)) or under_other_items_heading(el) or in_closed_menu(el):
            # another item's quick view pre-rendered closed (`dom.in_closed_dialog`); an add-on's "$12.99"
            # under "Frequently bought together" (`dom.under_other_items_heading`; stop 41's field mutations)
            # a closed site menu's priced flyout (`dom.in_closed_menu`)
            continue
        d = page.distance(title_el, el) or 0
        score = max(0.0, 2.0 - abs(d) / 150.0) - (0.5 if d < 0 else 0.0)
        score += 0.5 if cur else 0.0
        score -= 3.0 if card else 0.0
        score -= 2.5 if noise else 0.0
        score -= 2.0 if page.in_dialog(el) else 0.0
        score -= 1.0 if any(a.tag == "a" for a in (el, *list(el.iterancestors())[:4])) else 0.0
        cands.append((score, page.order.get(el, 0), amount, cur, el, text))
    if not cands and nets:  # only a net price shown ("zzgl. MwSt. 84,03 €"): it is the price
        amount, cur, el = nets[0]
        return amount, cur, el, page.context(el)[1], old - {amount}
    if not cands:
        return None
    best = max(cands, key=lambda c: (c[0], -c[1]))
    pick = _pair_current(page, best, cands)
    if pick is not best:
        old.add(best[2])
    _, _, amount, cur, el, _ = pick
    # an amount without a mark ("2 790,-"): the currency another amount of the page shows
    cur = cur or best[3] or next((c[3] for c in cands if c[3]), None)
    return amount, cur, el, page.context(el)[1], old


def _pair_current(page: Layout, best: tuple, cands: list[tuple]) -> tuple:
    """`best`, or the current price of the old/current pair it is part of: the lowest of the
    candidates just before or after it (within `_PAIR_WINDOW` elements, in the same context, in a
    common block of at most `_PAIR_TEXT` characters of text) when lower than `best` and at least
    `MIN_SALE_SHARE` of it ("NT$1,280 NT$980": the first is the old price; "$24.99 $39.99": the first
    is the current one), or lower by any share when the block shows nothing but the two amounts
    (`price_text.only_amounts`, `bare_pair`)."""
    # (not the best amount read without its cents: "R$ 199" beside "199 reais com 90 centavos")
    near = [
        c
        for c in cands
        if 0 < abs(c[1] - best[1]) <= _PAIR_WINDOW and c[2] < best[2] and c[2] != int(best[2])
    ]
    for c in sorted(near, key=lambda c: c[2]):
        if page.context(c[4]) != page.context(best[4]):
            continue
        ancestors = set(list(best[4].iterancestors())[:5])
        common = next((a for a in list(c[4].iterancestors())[:5] if a in ancestors), None)
        if common is None or len(visible_text(common)) > _PAIR_TEXT:
            continue
        if c[2] < MIN_SALE_SHARE * best[2] and not only_amounts(visible_text(common)):
            continue  # a deep cut only where the block shows the two amounts alone (`bare_pair`)
        if not _listed(_between(common, *sorted((best, c), key=lambda x: x[1]))):
            return c
    return best


def _between(common: Any, first: tuple, second: tuple) -> str:
    """The text shown between candidates `first` and `second` (document order) inside their common
    block `common`: when one element holds the other, its text before / after the inner one's;
    "" when the texts cannot be found."""
    outer, inner = (first, second) if first[4] in second[4].iterancestors() else (second, first)
    if outer[4] in inner[4].iterancestors():
        at = outer[5].find(inner[5])
        if at < 0:
            return ""
        return outer[5][:at] if outer is first else outer[5][at + len(inner[5]) :]
    shown = visible_text(common)
    start = shown.find(first[5])
    end = shown.find(second[5], start + len(first[5])) if start >= 0 else -1
    return shown[start + len(first[5]) : end] if end >= 0 else ""


# a currency amount in a price block's text ("NT$1,280", "55,00 €", "US $ 38.17")
_AMOUNT = re.compile(
    rf"(?:{CURRENCY_MARK.pattern})\s{{0,2}}\d(?:[\d.,']|\s(?=\d{{3}}\b))*"
    rf"|\d(?:[\d.,']|\s(?=\d{{3}}\b))*\s{{0,2}}(?:{CURRENCY_MARK.pattern})",
    re.I,
)


def _listed(between: str) -> bool:
    """`between` (the text between two amounts of a price block) holds a number that is neither a
    currency amount nor a percentage: the amounts are items of a list (quantity tiers "1-9 pcs
    $10.00 10-49 pcs $8.00", sizes "50 ml 55,00 € 30 ml 39,00 €"), not an old price beside the
    current one ("NT$1,280 NT$980", "289,00 € -20% 231,20 €")."""
    return bool(re.search(r"\d", _AMOUNT.sub(" ", PERCENT.sub(" ", between))))
