"""The current price of a product page and its element.

Candidates are elements whose id/class/itemprop names a price (`#priceblock_ourprice`, `.a-price`,
`.price-sales`, `[itemprop=price]`, `[data-price]`, ...), without old/list/"was" prices, savings,
shipping and instalments; scored by the name, `itemprop`, closeness to the title in document
order, and repeated-card/recommendation context. Cents in their own element
(`$<span>31</span><sup>57</sup>`) are read as cents. Pages whose price element is named by
nothing get the currency amount read without names near the title (`amounts.price_near_title`),
and so do pages whose best named price sits in another product's card (a strip, one card shown
alone: `layout.Layout.lone_card`) or in the shop's basket (`_in_basket`). Without one, the amount
in the buy button (`_button_price`), else in a variant select's options (`_option_price`).

Pure functions over a parsed page (`layout.Layout`); no I/O.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from knockoff.crawler.heuristics.amounts import (
    condition_before,
    conditional,
    monthly_after,
    net_price,
    opens_conditional,
    per_unit_tail,
    price_near_title,
    unit_after,
)
from knockoff.crawler.heuristics.controls import bundle_add, control_text, on_page, opens_with_buy
from knockoff.crawler.heuristics.dom import (
    MONEY,
    NAME_ATTRS,
    PRICE_NAME,
    amount_only,
    element_names,
    hidden,
    in_closed_dialog,
    in_closed_menu,
    reader_only,
    shut_within,
    under_other_items_heading,
)
from knockoff.crawler.heuristics.layout import Layout
from knockoff.crawler.heuristics.photos import leads_elsewhere
from knockoff.crawler.heuristics.price_text import (
    CURRENCY_MARK,
    OLD_PRICE,
    OLD_TEXT,
    amount_count,
    current_labelled,
    label_left_out,
    labelled_old,
    left_out,
    member_and_regular,
    old_label,
    old_words,
    price_text,
    shown_price,
    struck,
    struck_shown,
    unit_labelled,
)
from knockoff.crawler.values import in_cents, normalize_currency, parse_price

# how many elements before the title a price still stands beside it (a heading's sibling in one row)
_BESIDE = 3
_STRONG_PRICE = re.compile(
    r"priceblock|product-?price|price-?(?:sales?|now|current|final|actual|value|main|big|large|amount|box|block)"
    r"|(?:sales?|our|current|final|now|special|offer|actual|main|display|selling|deal|buy|your|car|item)-?price"
    r"|prc-?isum|pdp-?price|(?<![a-z])a-price",
)
# a price element saying the price is told on asking (industrial suppliers' and dealers' "Call for Price",
# "Price on request", "Request a Quote", "Contact us for pricing"), most often beside a phone number whose
# first figures read as an amount ("Call for Price 1-888-383-3784" read as $1; listing review 8)
_ASKED_PRICE = re.compile(
    r"\bcall\s+(?:us\s+)?for\s+(?:a\s+)?(?:price|pricing|quote)\b|\bprice\s+(?:on|upon)\s+request\b"
    r"|\brequest\s+(?:a\s+)?(?:quote|price)\b|\bcontact\s+us\s+for\s+(?:a\s+)?(?:price|pricing|quote)\b"
    # or in the cart, under a minimum advertised price policy ("See price in cart", "Add to cart to see our
    # price", "Price shown in cart"; US dealers of MAP brands, listing review 8: such a page gave no listing)
    r"|\b(?:see|view)\s+(?:our\s+|the\s+)?(?:price|pricing)\s+in\s+(?:the\s+|your\s+)?cart\b"
    r"|\badd\s+(?:this\s+item\s+|it\s+)?to\s+(?:your\s+|the\s+)?cart\s+to\s+(?:see|view)\s+(?:it\b|(?:our\s+|the\s+)?(?:price|pricing)\b)"
    # a MAP dealer's link to the price ("Click for price", "Click here to see price"; the lead's tenth probe)
    r"|\bclick\s+(?:here\s+)?(?:for|to\s+(?:see|view))\s+(?:our\s+|the\s+)?(?:price|pricing)\b"
    r"(?!\s+(?:alerts?|drops?|match\w*|history|tracking|details))"
    r"|\bprice\s+(?:shown|displayed)\s+in\s+(?:the\s+)?cart\b",
    re.I,
)
# a price element stating that no amount is asked, in full (classified ads' "VB" (Verhandlungsbasis, a price
# to agree on), "Zu verschenken" (given away), "À donner", "A convenir", "Do negocjacji", and dealers' "Preis
# auf Anfrage", "Prix sur demande", "POA"): Kleinanzeigen shows it in `h2#viewad-price`, its "+ Versand ab
# 5,90 €" and the description's amounts are no price (registry pages, batch 2: read 5.90 and another ad's
# 40 €). Whole text only: "Free shipping" or "29 € VB" are not this
_NO_AMOUNT = re.compile(
    r"vb|verhandlungsbasis|zu verschenken|verschenke|(?:preis\s+)?auf anfrage|kostenlos|gratis|grátis|free"
    r"|price negotiable|negotiable|make an offer|poa|price on application|à donner|gratuit"
    r"|(?:prix\s+)?sur demande|à débattre|a convenir|(?:precio\s+)?a consultar|consultar precio|regalo"
    r"|(?:prezzo\s+)?su richiesta|trattabile|za darmo|do negocjacji|(?:prijs\s+)?op aanvraag|bieden"
    r"|a combinar|sob consulta",
    re.I,
)
# words in an element's id/class/test hooks that make it a price candidate (English and the class
# names shops write in their languages: "akcijska-cena", "cijena", "preis", "prix", "precio")
_PRICE_CAND = re.compile(r"price|prcisum|a-offscreen|cena|cijen|preis|prix|precio|prezzo|preco|prijs")
_PRICE_ATTRS = tuple(a for a in NAME_ATTRS if a != "itemprop")  # id, class and the test hooks
# id/class words of a variant selector (sizes, flavours, colours listed with their prices)
_VARIANT_NAMES = re.compile(
    r"(?<![a-z])(?:variations?|variants?|swatch\w*|dropdown\w*|attribute-?select\w*)(?![a-z])"
)
# id/class words of one part of a split price ("price__dollars", "price-cents", "a-price-whole")
_PRICE_PART = re.compile(
    r"(?<![a-z])(?:dollars?|cents?|fraction|decimals?|whole|integer|mantissa|characteristic)(?![a-z])"
)


def _split_part(el: Any, cands: set[Any]) -> bool:
    """`el` is one part of a split price (named for the whole units or the cents) inside another
    price candidate among its 3 nearest ancestors: the ancestor reads the whole amount."""
    if not _PRICE_PART.search(element_names(el)):
        return False
    return any(a in cands for a in list(el.iterancestors())[:3])


def _conditional(el: Any, text: str) -> bool:
    """`el` shows a price held under a condition (`amounts.conditional`: a coupon, a card, a
    membership, the marketplace's wallet), or is a block opening with one (`amounts.opens_conditional`:
    "4 452 ₽ с WB Кошельком 4 590 ₽"): not the price any buyer pays."""
    return conditional(el, text) or opens_conditional(price_text(el))


# elements that show no price of their own (a hidden field's value, a variant option's label: read elsewhere)
_NO_PRICE_TAGS = frozenset({"script", "style", "input", "option", "select", "link"})


def find_price(page: Layout, title_el: Any) -> tuple[float | None, str | None, Any, bool, set[float]]:
    """(amount, currency, element, in a repeated card, old/list prices seen)."""
    els = price_elements(page)
    cands = set(els)
    old: set[float] = set()
    marks: list[str | None] = []  # the currency of each candidate read, in order
    nets: list[tuple[float, str | None, Any]] = []  # prices labelled as without the sales tax
    conds: list[tuple[float, str | None, Any]] = []  # prices held under a condition (a card, a wallet)
    scored: list[tuple[float, int, float, str | None, Any, bool]] = []
    regular: list[tuple[float, str | None, Any]] = []  # old only by a "regular" name or label
    for el in els[:600]:
        if not isinstance(el.tag, str) or el.tag in _NO_PRICE_TAGS:
            continue
        if _split_part(el, cands) or in_closed_dialog(page, el) or in_closed_menu(el):
            continue  # a split price's part ("31" of "31<sup>57</sup>"); another item's closed quick view
        names = element_names(el)
        if "a-offscreen" in names and not PRICE_NAME.search(element_names(el.getparent()) or ""):
            anc = el.getparent().getparent() if el.getparent() is not None else None
            if anc is None or not PRICE_NAME.search(element_names(anc)):
                continue
        amount, cur, text, olds = _amount(el)
        old.update(olds)  # "Sale $35.00 Reg. $50.00": the labelled one is an old price
        old.update(_struck_amounts(el))  # "<del>$20.00</del> $16.00": `price_text` leaves the struck part out
        marks.append(cur)  # "2 790,-" beside "bez DPH 2 305,79 Kč": the page's currency all the same
        if amount is None or amount <= 0:
            continue
        if _conditional(el, text):
            net = _net(el, text, amount, cur)
            nets += net  # a B2B shop may show only its net price
            conds += [] if net else [(amount, cur, el)]
            continue
        if _set_apart(el, names, text):
            old.add(amount)
            if _regular_alone(page, el, names, text):
                regular.append((amount, cur, el))
            continue
        noise, card = page.context(el)
        noise = noise or under_other_items_heading(el)  # a block headed "Recently viewed", "Similar items"
        card = card or _other_products_link(page, el)  # a card nothing marks as one
        score = 1.0
        score += 2.0 if _STRONG_PRICE.search(names) else 0.0
        score += 1.5 if el.get("itemprop") == "price" or _gr_price(el) else 0.0
        score += 0.5 if cur else 0.0
        # labelled the price paid among labelled amounts (VirtueMart's "Verkaufspreis: 69,99 €" after
        # "Grundpreis inkl. MwSt.: 189,99 €"; the lead's probe, stop 38)
        score += 1.0 if current_labelled(text) else 0.0
        score -= 3.0 if card else 0.0
        score -= 2.5 if noise else 0.0
        score -= _aside_price(page, el)
        score -= _block_penalty(el, cands)
        # "As low as <span class="affirm-ala-price">$17</span>/mo": a financing amount, kept only as
        # the last resort of a page showing its price per month alone
        score -= 4.0 if monthly_after(el) or unit_after(el) else 0.0
        score -= HIDDEN_PENALTY if shut_within(el) else 0.0
        d = page.distance(title_el, el)
        if d is not None:
            # before the title, unless right beside it (osCommerce 2.3 floats the price's `<h1>` before
            # the name's, in one row: the lead's probe, stop 38); a block holding the title is no price
            # beside it (Myntra's "pdp-price-info" around the name, its rating's "4.2" and the price)
            ahead = d < -_BESIDE or (d < 0 and any(a is el for a in title_el.iterancestors()))
            score += max(0.0, 2.0 - abs(d) / 150.0) - (0.5 if ahead else 0.0)
        scored.append((score, page.order.get(el, 0), amount, cur, el, card))
    if not scored:
        found = _unnamed_price(page, title_el, nets, old, regular)
        return found if found[0] is not None else _only_conditional(page, conds, old) or found
    scored.sort(key=lambda s: (-s[0], s[1]))
    score, _, amount, cur, el, card = scored[0]
    named = (amount, cur or _page_currency(scored, amount, marks), el, card, old)
    return (
        _own_unnamed(page, title_el, named)
        or _outside_bundle(page, title_el, named)
        or _outside_strip(page, title_el, named, regular)
        or named
    )


def _other_products_link(page: Layout, el: Any) -> bool:
    """`el` sits in a link (one of its 3 nearest ancestors) to another page than this product's
    (`photos.leads_elsewhere`): another product's price, a card nothing marks as one (Amazon's sponsored
    "multi-brand video" row under an unavailable item; product-dl 0.0.0.dev4's amazon.com page, stop 66), where
    the link is no buy control ("Add to Cart - $24.99") and does not name
    this page's product code or slug (its path's last segment, 6+ characters: Amazon's "New (12) from $45.99"
    links to this item's offers, /gp/offer-listing/B0TEST1234/ref=dp_olp_new)."""
    up = list(el.iterancestors())[:3]
    link = next((a for a in up if a.tag == "a"), None)
    if link is None or opens_with_buy(control_text(link)[:120]):
        return False
    own = urlsplit(page.base).path.rstrip("/").rsplit("/", 1)[-1]
    if len(own) >= 6 and own in (link.get("href") or ""):
        return False
    return leads_elsewhere(page, up)


def _only_conditional(
    page: Layout, conds: list[tuple[float, str | None, Any]], old: set[float]
) -> tuple[float, str | None, Any, bool, set[float]] | None:
    """The last resort of a page whose only price is held under a condition (Ozon's "1 590 ₽ с Ozon
    Картой" alone): the first such price outside cards and page furniture, as `find_price` answers;
    None without one. A listing at the card price over no listing (the lead's probe, stop 38: such a
    page gave none)."""
    for amount, cur, el in conds:
        noise, card = page.context(el)
        if not (noise or card):
            return amount, cur, el, False, old - {amount}
    return None


# id/class words of a set offered with the item ("bundle-offer", "combo-deal"): its price is the set's
_BUNDLE_NAMES = re.compile(r"(?<![a-z])(?:bundle|combo)")


def _in_bundle(page: Layout, el: Any, levels: int = 6) -> bool:
    """`el` sits in a set offered beside the item: a block named for a bundle or combo (`_BUNDLE_NAMES`), or
    one holding a control that adds several items at once (`controls.bundle_add`: "Add all three to cart")."""
    for a in list(el.iterancestors())[:levels]:
        if a.tag in ("body", "main") or a.xpath(".//h1"):
            return False
        if _BUNDLE_NAMES.search(page.names.get(a, "")) or any(
            bundle_add(control_text(b)) for b in a.xpath(".//button | .//input[@type='submit'] | .//a")[:6]
        ):
            return True
    return False


def _outside_bundle(
    page: Layout, title_el: Any, named: tuple[float | None, str | None, Any, bool, set[float]]
) -> tuple[float | None, str | None, Any, bool, set[float]] | None:
    """`find_price`'s answer when its best named price (`named`) is a set's offered beside the item (`_in_bundle`:
    "Buy the set: this item + case" with its `bundle-price` and "Add bundle to cart"): the price read without
    names near the title (`amounts.price_near_title`) when it sits outside that set, cards and strips and shows
    the amount alone or after a price label; None otherwise. Source: stop 41's field mutations (8 market pages
    read a set's "$59.99" as theirs)."""
    if named[2] is None or not _in_bundle(page, named[2]):
        return None
    near = price_near_title(page, title_el, _amount)
    if near is None or _in_bundle(page, near[2]) or any(page.context(near[2])):
        return None
    if not (amount_only(near[2], labelled=True) or _says_price(near) or _reader_copy(near)):
        return None
    return near[0], near[1], near[2], False, named[4] | near[4]


def _outside_strip(
    page: Layout,
    title_el: Any,
    named: tuple[float | None, str | None, Any, bool, set[float]],
    regular: list[tuple[float, str | None, Any]],
) -> tuple[float | None, str | None, Any, bool, set[float]] | None:
    """`find_price`'s answer when its best named price (`named`, its answer) sits in a strip or the
    page's noise (another product's: "Recently viewed", "You may also like"), `_own_unnamed` found
    none and the page shows one amount set apart only as "regular" (`regular`, `_regular_alone`):
    the price read without names near the title (`amounts.price_near_title`) when it sits outside
    strips and shows the amount alone or after a label ("Our price: $40.00" beside "Reg. $50.00"),
    else that regular one (Shopify's `price-item--regular` on a product not on sale). None
    otherwise: the named price stays (a product's own price in a box named like a strip, "promo-box",
    beside an amount near the title that is no price: test_market_leftovers). Source: issue 14,
    second review."""
    old = named[4]
    if not any(page.context(named[2])) or len({a for a, _, _ in regular}) != 1:
        return None
    near = price_near_title(page, title_el, _amount)
    if near is not None and not any(page.context(near[2])) and amount_only(near[2], labelled=True):
        return near[0], near[1], near[2], False, old | near[4]
    amount, cur, el = regular[0]
    return amount, cur, el, False, old - {amount}


def _set_apart(el: Any, names: str, text: str) -> bool:
    """Price element `el` (its id/class `names`, its `text`) shows an old, list, unit or other price
    that is not the current one: named so (`OLD_PRICE`), in a unit price's block with a unit after
    its amount (`_in_unit_price`), struck through or labelled old, or said so by its words
    (`old_words`, `unit_labelled`)."""
    return bool(
        OLD_PRICE.search(names)
        or (_in_unit_price(el) and per_unit_tail(text))
        or struck_shown(el)
        or labelled_old(el)
        or old_words(text)
        or unit_labelled(text)
        or _converted(el, text)
    )


# a price element's whole text as a conversion shows it: in parentheses, after "≈" / "approx." or a
# slash ("(2.486,28 kn)", "≈ 15,33 €", "/ 29,99 лв.")
_CONVERSION = re.compile(
    r"^\s*(?:\((?P<paren>[^()]+)\)|(?:≈|~|/|approx\.?|ca\.?|cca\.?|približno|около|około)\s*(?P<after>.+?))\s*$",
    re.I,
)


def _converted(el: Any, text: str) -> bool:
    """Price element `el`, whose whole `text` is an amount in parentheses or after "≈" / "approx." / "/"
    (`_CONVERSION`), follows an amount in another currency in its parent's text: the same price
    converted, not a price of its own. Croatian shops show every euro price with its kuna
    counterpart at the fixed rate ("329,99 € <span>(2.486,28 kn)</span>", dual display of the euro
    changeover, 2022-2023), Bulgarian ones leva beside euros (2025-2026), and shops abroad an
    approximate amount in the shopper's currency. Source: the lead's price probe, stop 35."""
    m = _CONVERSION.match(text)
    parent = el.getparent()
    if m is None or parent is None:
        return False
    own, own_cur = parse_price(m.group("paren") or m.group("after"), shown=True)
    whole = re.sub(r"\s+", " ", price_text(parent)).strip()
    at = whole.find(text.strip())
    if own is None or at <= 0:
        return False
    before, before_cur = parse_price(whole[:at], shown=True)
    return before is not None and before_cur is not None and own_cur is not None and before_cur != own_cur


# id/class words of a unit price's block (Shopify's `<small class="unit-price">` around its own
# "price-item" span, "price-per-unit")
_UNIT_BLOCK = re.compile(r"(?<![a-z])(?:unit-?price|price-?per-?unit)(?![a-z])")


def _in_unit_price(el: Any, levels: int = 3) -> bool:
    """`el` sits in a unit price's block (`_UNIT_BLOCK`) among its `levels` nearest ancestors: Dawn
    writes "$2.40 / per 100ml" in a "price-item" span inside `small.unit-price` (issue 14, second
    review: read as the price of a product not on sale). `find_price` asks for the unit after the
    amount too (`amounts.per_unit_tail`): DHgate names its price per lot "unit-price"."""
    return any(
        _UNIT_BLOCK.search(element_names(a))
        for a in list(el.iterancestors())[:levels]
        if isinstance(a.tag, str)
    )


# a price its markup hides (the `hidden` attribute, `display:none`) ranks below one shown
HIDDEN_PENALTY = 1.5


# a price candidate holding another one and showing 3+ amounts is a block (prices beside promotions,
# instalments and buttons: "col-12 prices-add-to-cart-actions" around Salesforce's "prices")
BLOCK_PENALTY = 1.0


def _block_penalty(el: Any, cands: set[Any]) -> float:
    """`BLOCK_PENALTY` when price candidate `el` holds another candidate (one of `cands`) and its text
    (`price_text`) shows 3 or more currency amounts (`amount_count`): the inner candidate names the
    price ("Spend $100, get $20 off" then "$70.00" then "4 payments of $17.50" in one block; issue 14,
    second review); else 0."""
    if not any(d in cands for d in el.iterdescendants()):
        return 0.0
    return BLOCK_PENALTY if amount_count(price_text(el)) >= 3 else 0.0


# "regular" as a price element's name or label ("price-item--regular", "Regular price", "Reg."):
# Shopify's themes name and label the product's one price so when it is not on sale
_REGULAR = re.compile(r"\breg(?:ular)?\.?(?:[\s_-]*price)?:?", re.I)


def _regular_alone(page: Layout, el: Any, names: str, text: str) -> bool:
    """Price element `el` (its `names`, its `text`) is set apart as an old price only by the word
    "regular" in its names or its label, is not struck through and not in another product's card or
    the page's noise: on a page showing no other price it is the price (Shopify's Dawn, Debut and
    their kin label a product not on sale "Regular price $74.00" in `price-item--regular`, a
    visually hidden label kept for screen readers; issue 14's structured-data review)."""
    label = old_label(el)
    said = bool(_REGULAR.search(names) or _REGULAR.search(text) or label)
    if not said or (label and not _REGULAR.fullmatch(label.strip())):
        return False
    if struck_shown(el) or unit_labelled(text) or any(page.context(el)):
        return False
    return not (OLD_PRICE.search(_REGULAR.sub(" ", names)) or OLD_TEXT.search(_REGULAR.sub(" ", text)))


def _own_unnamed(
    page: Layout, title_el: Any, named: tuple[float | None, str | None, Any, bool, set[float]]
) -> tuple[float | None, str | None, Any, bool, set[float]] | None:
    """When the best named price (`named`, `find_price`'s answer) sits in a card (no named
    price outranks another product's: the product's own is named by nothing the finders read), the
    price read without names near the title (`amounts.price_near_title`) when that one sits outside
    cards and strips and its element shows the amount alone or after a price label (`dom.amount_only`:
    "24.999,00 TL", "Price: $24.99"; not a sentence holding one, "Earn $4.45 in rewards" beside an
    unavailable item's related cards);
    else None. A card shown alone counts (`Layout.lone_card`: one related item, its picture linking
    to another product's page, a mini basket's line), and so does the shop's basket (`_in_basket`). A
    best named price inside a block named like a strip ("promo-box") stays otherwise: it may be the
    product's own. Without such a price near the title, the amount in the buy button
    (`_button_price`: "Add to cart – £24.00" beside the related strip's named card prices; issue 14)."""
    card, old = named[3], named[4]
    if not (card or page.lone_card(named[2], title_el) or _in_basket(named[2])):
        return None
    near = price_near_title(page, title_el, _amount)
    if (
        near is None
        or any(page.context(near[2]))
        or _other_products_link(page, near[2])
        or not (amount_only(near[2], labelled=True) or _says_price(near) or _reader_copy(near))
    ):
        shown = _button_price(page)  # "Add to cart – £24.00" beside related cards' named prices
        return None if shown is None else (shown[0], shown[1], shown[2], False, old)
    return near[0], near[1], near[2], False, old | near[4]


def _reader_copy(near: tuple[float | None, str | None, Any, bool, set[float]]) -> bool:
    """The element of a price read near the title (`near`) is a screen-reader copy ("Sale Price $18.40",
    `dom.reader_only`) inside an element that shows that amount alone beside it (Etsy's `<p><span
    class="wt-screen-reader-only">Sale Price $18.40</span>$18.40</p>`; benchmarks/eval_field_mutations.py,
    stop 41: related cards' named prices took the listing away)."""
    el = near[2]
    parent = el.getparent()
    return reader_only(el) and parent is not None and amount_only(parent) and _amount(parent)[0] == near[0]


def _says_price(near: tuple[float | None, str | None, Any, bool, set[float]]) -> bool:
    """The element of a price read near the title (`near`, `price_near_title`'s answer) states that
    amount as its accessible name: `aria-label="Price $6.98, Was $22.99, 69% off"` over parts kept from
    screen readers (Temu's hashed price block, the lead's probe of stop 37)."""
    label = near[2].get("aria-label") or ""
    return bool(MONEY.search(label)) and shown_price(label)[0] == near[0]


# id/class words of the shop's basket shown on every page (a mini cart in the header, a cart drawer
# or flyout): what it lists was put in the basket before, never the price of the page's product
_BASKET = re.compile(
    r"(?<![a-z])(?:(?:mini|side|header|drawer|flyout)-?(?:cart|basket|bag)|"
    r"(?:cart|basket|bag)-?(?:drawer|flyout|dropdown|preview|popup|popover))(?![a-z])"
)


def _in_basket(el: Any, levels: int = 12) -> bool:
    """`el` sits in the shop's basket shown on every page (`_BASKET`: "mini-basket", "minicart",
    "cart-drawer"), among its `levels` nearest ancestors."""
    return any(
        _BASKET.search(element_names(n)) for n in list(el.iterancestors())[:levels] if isinstance(n.tag, str)
    )


def _net(el: Any, text: str, amount: float, cur: str | None) -> list[tuple[float, str | None, Any]]:
    """[(amount, currency, el)] when `el` is a price labelled as without the sales tax
    (`amounts.net_price`), else []."""
    return [(amount, cur, el)] if net_price(el, text, price_text(el)) and not OLD_TEXT.search(text) else []


def _unnamed_price(
    page: Layout,
    title_el: Any,
    nets: list[tuple[float, str | None, Any]],
    old: set[float],
    regular: list[tuple[float, str | None, Any]],
) -> tuple[float | None, str | None, Any, bool, set[float]]:
    """`find_price`'s answer when no named element gives a price: the price read near the title
    (`amounts.price_near_title`), else the price beside a members' one (`_member_block`), else the
    first net price (`nets`: a B2B shop showing only "zzgl. MwSt. 84,03 €"), else the one amount
    set apart only as a "regular" price (`regular`, `_regular_alone`), else nothing. That regular
    price goes before a price read in another product's card too (Dawn's related cards, each
    labelled "Regular price" as the product's own: issue 14, second review). Of several such amounts,
    the one in the title's own block (`_title_block_regular`)."""
    found = _unnamed_or_none(page, title_el, nets, old)
    one = regular[0] if len({a for a, _, _ in regular}) == 1 else _title_block_regular(title_el, regular)
    # so does it before an amount read in a block named like a strip ("bundle fbt": a "Frequently bought
    # together" add-on's "$12.99" in the title's block; benchmarks/eval_field_mutations.py, stop 41)
    aside = found[2] is not None and page.context(found[2])[0]
    if (found[0] is None or found[3] or aside) and one is not None and not page.context(one[2])[0]:
        amount, cur, el = one  # the product's one price, labelled "Regular price"
        return amount, cur, el, False, old - {amount}
    return found


def _title_block_regular(
    title_el: Any, regular: list[tuple[float, str | None, Any]]
) -> tuple[float, str | None, Any] | None:
    """The one amount of `regular` ((amount, currency, element), each labelled only "Regular price")
    whose element shares the innermost block with the title element `title_el`: the product's own,
    where another product's block on the page is labelled the same way and nothing marks it as a card
    (a Shopify "Featured product" section below the product: its own heading, "Regular price $38.00"
    and buy form; issue 14, the lead's look after the second image review). None when two amounts
    share that block (a variant table) or there is no title element."""
    if title_el is None or not regular:
        return None
    depth = {a: d for d, a in enumerate(reversed([title_el, *title_el.iterancestors()]))}

    def shared(el: Any) -> int:
        return next((depth[a] for a in [el, *el.iterancestors()] if a in depth), -1)

    by_depth: dict[int, set[float]] = {}
    for amount, _, el in regular:
        by_depth.setdefault(shared(el), set()).add(amount)
    inner = max(by_depth)
    if len(by_depth) < 2 or len(by_depth[inner]) != 1:
        return None
    amount = next(iter(by_depth[inner]))
    return next(r for r in regular if r[0] == amount)


def _unnamed_or_none(
    page: Layout, title_el: Any, nets: list[tuple[float, str | None, Any]], old: set[float]
) -> tuple[float | None, str | None, Any, bool, set[float]]:
    """`_unnamed_price` before its last resort."""
    near = price_near_title(page, title_el, _amount)
    member = _member_block(page, title_el) if near is None else None
    if member is not None:
        return member[0], member[1], member[2], False, old - {member[0]}
    if near is None and nets:
        amount, cur, el = nets[0]
        return amount, cur, el, False, old - {amount}
    if near is None:
        shown = _button_price(page) or _option_price(page)
        if shown is not None:
            return shown[0], shown[1], shown[2], False, old
        return None, None, None, False, old
    amount, cur, el, card, olds = near
    return amount, cur, el, card, old | olds


# how much of the text after the title (text nodes, characters) `_member_block` reads
_MEMBER_NODES = 30
_MEMBER_CHARS = 400


def _member_block(page: Layout, title_el: Any) -> tuple[float, str | None, Any] | None:
    """(amount, currency, element) of the price a non-member pays where the text right after the
    title (`_MEMBER_NODES` text nodes, `_MEMBER_CHARS` characters, outside menus, cards, dialogs and
    hidden parts) shows a members' price beside it (`price_text.member_and_regular`: "Member price
    $39.99 Regular price $49.99", "Medlemspris 399 kr Ordinarie pris 499 kr"): the regular one,
    which the finders set apart as an old price, as they set the members' one apart as held under a
    condition; the members' price where it is the only one shown ("Member price $39.99"); None
    otherwise, or when the regular one is struck through. Source: issue 14 (such pages gave no
    listing)."""
    if title_el is None:
        return None
    at = page.order.get(title_el, 0)
    window, starts = "", []
    for node, text in page.text_nodes():
        el = node.getparent()
        if el is None or page.order.get(el, 0) <= at or not text.strip():
            continue
        if any(page.context(el)) or hidden(el) or page.in_dialog(el):
            continue
        starts.append((len(window), el))
        window += text.strip() + " "
        if len(starts) >= _MEMBER_NODES or len(window) >= _MEMBER_CHARS:
            break
    member, regular = member_and_regular(window)
    if member is None:
        return None
    seg, offset = regular or member
    el = next(e for start, e in reversed(starts) if start <= offset)
    amount, cur = parse_price(seg, shown=True)
    if amount is None or (regular is not None and struck_shown(el, 3)):
        return None
    return amount, cur, el


def _struck_amounts(el: Any) -> set[float]:
    """The amounts shown struck through (`price_text.struck`: `<del>`, `<s>`, a `line-through`
    style) inside price element `el`: old prices, each a struck element holding one amount alone."""
    out: set[float] = set()
    for node in el.iterdescendants():
        if isinstance(node.tag, str) and struck(node):
            text = re.sub(r"\s+", " ", " ".join(node.itertext())).strip()
            if len(text) <= 40 and len(CURRENCY_MARK.findall(text)) <= 1:
                amount, _ = parse_price(text)
                if amount:
                    out.add(amount)
    return out


def _button_price(page: Layout) -> tuple[float, str | None, Any] | None:
    """(amount, currency, element) of the price written in the buy button ("Add to cart - $25.00",
    "In den Warenkorb – 24,90 €"), for a page that shows its price nowhere else: a button or submit
    input opening with a buy phrase (`controls.opens_with_buy`), outside cards and hidden parts,
    whose text holds one currency amount and no old-price or instalment word, its struck parts left
    out (`price_text`: "In den Warenkorb · 149,95 € <s>189,95 €</s>", Shopify Hydrogen's demo
    store); None otherwise (no such button, or several reading different amounts)."""
    found: dict[float, tuple[float, str | None, Any]] = {}
    # (a link drawn as a button counts: StockX's `<a class="chakra-button">Buy for $215</a>`; stop 37)
    buttons = page.root.xpath(
        "//button | //input[@type='submit' or @type='button'] | //a[@role='button' or contains(@class, 'button')"
        " or contains(@class, 'btn')]"
    )
    for el in buttons[:100]:
        text = control_text(el)
        shown = price_text(el) if el.tag != "input" else text
        if not opens_with_buy(text) or len(CURRENCY_MARK.findall(shown)) != 1 or OLD_TEXT.search(shown):
            continue
        if any(page.context(el)) or hidden(el):
            continue
        amount, cur = parse_price(shown)
        if amount:
            found.setdefault(amount, (amount, cur, el))
    return next(iter(found.values())) if len(found) == 1 else None


# an option's amount that is no variant's price: an old one, or a surcharge ("Gift box (+£4.50)")
_NOT_OWN = re.compile(rf"{OLD_TEXT.pattern}|\+\s?(?:{CURRENCY_MARK.pattern})?\s?\d", re.I)


def _option_price(page: Layout) -> tuple[float, str | None, Any] | None:
    """(amount, currency, option) of the price written in a variant `<select>`'s options ("30 ml —
    €45,00", "50 ml — €65,00"), for a page that shows its price nowhere else: the selected option's
    (else the first one's: the default variant) of the first select outside cards and hidden parts
    whose options, two or more besides an empty-valued placeholder, each hold one currency amount and
    no old-price word or surcharge ("+£4.50": an add-on's select); None otherwise."""
    for sel in page.root.xpath("//select")[:20]:
        if any(page.context(sel)) or hidden(sel):
            continue
        # (a placeholder, "Choose a size" with an empty value, is no variant)
        opts = [o for o in sel.iter("option") if (o.text_content() or "").strip() and o.get("value") != ""]
        texts = [re.sub(r"\s+", " ", o.text_content()).strip() for o in opts]
        if len(opts) < 2 or any(len(CURRENCY_MARK.findall(t)) != 1 or _NOT_OWN.search(t) for t in texts):
            continue
        pick = next((i for i, o in enumerate(opts) if o.get("selected") is not None), 0)
        amount, cur, _, _ = shown_price(texts[pick])  # the amount with the mark, not "50" of "50 ml"
        if amount:
            return amount, cur, opts[pick]
    return None


def _page_currency(scored: list[tuple], amount: float, marks: list[str | None]) -> str | None:
    """The currency of a price read without a mark ("2 790,-"): that of another candidate of the
    same amount, of any candidate, or of any amount read (`marks`, in order)."""
    return (
        next((s[3] for s in scored if s[3] and s[2] == amount), None)
        or next((s[3] for s in scored if s[3]), None)
        or next((c for c in marks if c), None)
    )


def _aside_price(page: Layout, el: Any) -> float:
    """A penalty for a price shown aside from the product's own: 2.0 inside a dialog or popup
    (a warranty or add-on offer), 1.0 inside a variant selector (a price per size or flavour in
    a dropdown, `_VARIANT_NAMES`), 0.0 otherwise."""
    if page.in_dialog(el):
        return 2.0
    for node in list(el.iterancestors())[:8]:
        if _VARIANT_NAMES.search(page.names.get(node, "")):
            return 1.0
    return 0.0


# a price label whose amount the page draws some other way: the label and the currency sign alone ("Price: $"
# before the digits as CSS sprites, starcitygames.com 2015; "Your Price -- $" whose digits a script fills in,
# costco.com 2019; registry pages read without their structured data, stop 68)
_PRICE_WORDS = r"price|preis|prix|precio|prezzo|preço|prijs|cena|цена"
_SIGN_ONLY = re.compile(
    rf"(?:(?:your|our|online|sale|list|unit|member)\s+)?(?:{_PRICE_WORDS})"
    r"\s*[:\-–—]*\s*(?:\$|€|£|¥|₩|₹|₽|us\$|usd|eur|gbp)",
    re.I,
)
_PRICE_WORD = re.compile(_PRICE_WORDS, re.I)


def sign_only_price(page: Layout, limit: int = 4000) -> bool:
    """An element outside menus, cards, hidden parts and dialogs reads, whole, a price label and a currency sign
    and no digit (`_SIGN_ONLY`: "Price: $"): the page shows a price drawn where no text reads it (pictures, a
    script), so it is a product page whose price is not read, as one saying "Call for Price" is (`asked_price`).
    The label's text node and up to two elements above it are tried."""
    for node, text in page.text_nodes()[:limit]:
        el = node.getparent()
        if el is None or not _PRICE_WORD.search(text):
            continue
        for cand in (el, *list(el.iterancestors())[:2]):
            whole = " ".join(" ".join(cand.itertext()).split())
            if len(whole) <= 40 and not re.search(r"\d", whole) and _SIGN_ONLY.fullmatch(whole):
                return on_page(page, cand)
    return False


def asked_price(page: Layout) -> bool:
    """A price element outside menus, cards, hidden parts and dialogs says the price is told on asking
    (`_ASKED_PRICE`: "Call for Price", "Price on request") and shows no currency amount: a product page
    whose price is not shown, as a sold-out page without one is (`page.Found.unavailable_product`); or
    a price label shows only its currency sign, its amount drawn otherwise (`sign_only_price`). Source:
    listing review 8 (an industrial supplier's "Call for Price" page)."""
    if sign_only_price(page):
        return True
    seen: set[Any] = set()  # price elements nest (a price box and its amount): each read once
    for holder in price_elements(page)[:600]:
        # the price element, or a part of it saying so beside the maker's struck price ("<div class="price-box">
        # <span class="old-price">MSRP: $749.00</span><div class="map-msg">Click for price ...</div>"; the lead's
        # tenth probe)
        for el in list(holder.iter())[:40]:
            if not isinstance(el.tag, str) or el in seen:
                continue
            seen.add(el)
            text = " ".join(" ".join(el.itertext()).split())
            if len(text) > 120 or CURRENCY_MARK.search(text):
                continue
            if not (_ASKED_PRICE.search(text) or _NO_AMOUNT.fullmatch(text.strip(" .:!*"))):
                continue
            if on_page(page, el):
                return True
    return False


def no_amount_stated(page: Layout, title_el: Any) -> bool:
    """A price element right after the title (`title_el`; within 40 nodes), outside menus, cards, hidden
    parts and dialogs, says in full that no amount is asked (`_NO_AMOUNT`: "VB", "Zu verschenken", "Preis
    auf Anfrage"): the page's price is none, whatever amounts its shipping line, description or other
    items' cards show. Source: registry pages,
    batch 2 (Kleinanzeigen's ads without a price)."""
    if title_el is None:
        return False
    for el in price_elements(page)[:600]:
        d = page.distance(title_el, el)
        if d is None or d <= 0 or d > 40 or not isinstance(el.tag, str):
            continue
        text = " ".join(" ".join(el.itertext()).split()).strip(" .:!*")
        stated = len(text) <= 40 and _NO_AMOUNT.fullmatch(text) and not CURRENCY_MARK.search(text)
        if stated and on_page(page, el):
            return True
    return False


def price_elements(page: Layout) -> list[Any]:
    """Price candidates in document order: `itemprop=price`, GoodRelations' RDFa price (`_gr_price`),
    `data-price` / `data-price-amount`, and elements whose id/class/test hooks hold a price word (`_PRICE_CAND`).
    Found once per page (`find_price`, `asked_price` and `no_amount_stated` each read them); a new list."""
    found = page.__dict__.get("_price_elements")
    if found is None:
        found = page.__dict__["_price_elements"] = _find_price_elements(page)
    return list(found)


def _find_price_elements(page: Layout) -> list[Any]:
    """`price_elements`, found."""
    out = set(page.root.xpath("//*[@data-price or @data-price-amount]"))
    out.update(page.root.xpath("//*[@property='gr:hasCurrencyValue' or @property='gr:hasMinCurrencyValue']"))
    for el in page.names:
        raw = " ".join(v for v in (el.get(a) for a in _PRICE_ATTRS) if v).lower()
        if el.get("itemprop") == "price" or (raw and _PRICE_CAND.search(raw)):
            out.add(el)
    out.update(_split_holders(out))
    return sorted(out, key=lambda e: page.order.get(e, 0))


def _gr_price(el: Any) -> bool:
    """`el` carries GoodRelations' price in RDFa (`property="gr:hasCurrencyValue"`, or the lower bound
    `gr:hasMinCurrencyValue` of a range), its amount in `content`: the vocabulary 2010s shop software wrote
    before schema.org (`<span property="gr:hasCurrencyValue" content="8.99">$8.99</span>` beside "Price", the
    product's own price on a page of $8.99 cards; formasaurus 0.10.0's shop.dunkindonuts.com, stop 64)."""
    return el.get("property") in ("gr:hasCurrencyValue", "gr:hasMinCurrencyValue")


def _split_holders(cands: set[Any]) -> set[Any]:
    """The parents of split price parts that no candidate holds: an element named for the whole
    units ("a-price-whole", "price-dollars", `_PRICE_PART`) beside a sibling named for the cents
    ("a-price-fraction", "price-cents"), both candidates, in a parent named by nothing (a table cell):
    the parent shows the whole amount ("24," "99" "€" -> 24,99 €), a part read alone only its units.
    Source: issue 14 (an Amazon-style price row read 24.0)."""
    out = set()
    for el in cands:
        parent = el.getparent()
        if parent is None or parent in cands or not re.search(r"whole|dollars?|integer", element_names(el)):
            continue
        if any(a in cands for a in list(parent.iterancestors())[:2]):
            continue
        if any(s in cands and re.search(r"fraction|cents?|decimals?", element_names(s)) for s in parent):
            out.add(parent)
    return out


def _content_amount(
    el: Any, content: str, text: str, cur: str | None
) -> tuple[float | None, str | None, str, list[float]]:
    """`_amount` of a price element `el` carrying its amount in `content` (`content` / `data-price`), its text
    `text` read in the currency `cur`: the attribute's amount, or the amount the text shows where the attribute is
    that amount in cents or another amount than the one its text shows."""
    amount, cur2 = parse_price(content, cur)
    shown = shown_price(text, cur)[0] if text else None
    if in_cents(amount, shown):
        # `data-price="1800"` on "$18.00": the value in cents (Shopify themes); the amount shown
        return shown, cur or cur2, text, []
    if (
        amount is not None
        and shown is not None
        and abs(amount - shown) > 0.005
        and amount_count(text) == 1
        and CURRENCY_MARK.search(text)
        and not old_words(text)
        and not in_cents(shown, amount)  # "$31<sup>57</sup>" read "$3157" beside content="31.57"
        and _split_cents(el) is None
    ):
        # a stale or list amount in the attribute against the one price its own text shows ("<span
        # itemprop="price" content="89.00">Now $53.40</span>" beside "Orig. $89.00", Chico's 2017): what a
        # shopper reads. Source: the structured-data helper's review 9
        return shown, cur or cur2, text, []
    return amount, cur or cur2, text, []


_PERCENT = re.compile(r"\d\s*(?:[-–]\s*\d+(?:[.,]\d+)?\s*)?%")


def _amount(el: Any) -> tuple[float | None, str | None, str, list[float]]:
    """(amount, currency, the text it was read from, old amounts in that text) of a price
    element: its `content` / `data-price` value (the amount shown where that value is it in cents:
    `data-price="1800"` on "$18.00"), split cents, else its text (`shown_price`:
    when the text holds several currency amounts, the one no old-price label precedes)."""
    content = el.get("content") or el.get("data-price") or el.get("data-price-amount")
    text = label_left_out(el) or price_text(el)
    if len(text) > 120 and not content:
        return None, None, text, []
    if not content and _ASKED_PRICE.search(text) and not CURRENCY_MARK.search(text):
        return None, None, text, []  # "Call for Price 1-888-383-3784": told on asking, the phone's "1" none
    if not content and _PERCENT.search(text) and not CURRENCY_MARK.search(text):
        # a promotion's rate in a price-named block ("Winter Survival Sale: 40-50% Off Everything", formasaurus
        # 0.10.0's luckybrand page, stop 64): no amount of money
        return None, None, text, []
    _, cur = parse_price(text) if text else (None, None)
    if not cur and text:  # the currency in an element left out of the amount (<span class="unit">원</span>)
        cur = parse_price(re.sub(r"\s+", " ", " ".join(el.itertext()))[:200])[1]
    if not cur:
        cur = normalize_currency(
            el.get("data-currency")
            or (el.xpath("string(ancestor::*[1]//*[@itemprop='priceCurrency']/@content)") or None)
        )
    if content:
        return _content_amount(el, content, text, cur)
    if amount_count(text) > 1 and el.xpath(".//*[@aria-hidden='true']"):
        # the whole price written for screen readers beside its look, kept from them ("<span
        # class="visually-hidden">$49.99</span><span aria-hidden="true"><sup>$</sup>49<sup>99</sup>
        # </span>"): one amount, read as a screen reader reads it (not where that is an old price)
        spoken = price_text(el, spoken=True)
        if amount_count(spoken) == 1 and not old_words(spoken):
            amount, cur2, _, read = shown_price(spoken, cur)
            return amount, cur or cur2, read, []
    cents = _split_cents(el)
    if cents is not None:
        return cents, cur, text, []
    amount, cur2, olds, read = shown_price(text, cur)
    if read.strip() != text.strip() and condition_before(text, read):
        # the amount read is a card's or a coupon's, after the price: read the text without it
        amount, cur2, olds, read = shown_price(text.replace(read, " ", 1), cur)
    if len({parse_price(m)[1] for m in CURRENCY_MARK.findall(text)} - {None}) > 1:
        cur = parse_price(read)[1] or cur  # "599,00 kn (79,50 €)": the money of the amount read
    return amount, cur or cur2, read, olds


def _cents_after(el: Any) -> bool:
    """`el` shows two digits alone right after an element showing a whole number, nothing between
    (`<span>$</span><span>99</span><span>00</span>`, cents set small by a utility class): the cents
    of that number. A group of digits after a space is otherwise a thousands group, always three
    digits long."""
    prev = el.getprevious()
    return (
        prev is not None
        and isinstance(prev.tag, str)
        and not (prev.tail or "").strip()
        and re.fullmatch(r"\d{2}", "".join(el.itertext()).strip()) is not None
        and re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})*", "".join(prev.itertext()).strip()) is not None
    )


def _texts_before(el: Any, stop: Any) -> list[str]:
    """The texts of price element `el` before its descendant `stop` (the cents' element), without
    the parts `price_text` leaves out (struck, old/list prices: bol.com's "<del>79,99</del> 54
    <sup>99</sup>", whose whole units are 54, not 79,99 54); the same text as `stop`'s is the end
    too (cents written twice: the first one stands for them)."""
    out: list[str] = []
    cents = "".join(stop.itertext()).strip()

    def walk(node: Any) -> bool:  # True once `stop` is reached
        if node is stop or (isinstance(node.tag, str) and node.text and node.text.strip() == cents):
            return True
        if (
            node is not el
            and isinstance(node.tag, str)
            and (struck(node) or OLD_PRICE.search(element_names(node)))
        ):
            out.append(node.tail or "")
            return False
        out.append((node.text if isinstance(node.tag, str) else "") or "")
        if any(walk(child) for child in node):
            return True
        if node is not el:
            if (node.tail or "").strip() == cents:
                return True
            out.append(node.tail or "")
        return False

    walk(el)
    return out


def _split_cents(el: Any) -> float | None:
    """`$<span>31</span><sup>57</sup>`: whole units and cents in separate elements (the cents a
    `<sup>`, named so, or two digits right after the whole number's element: `_cents_after`)."""
    kids = [k for k in el.iter() if k is not el and isinstance(k.tag, str)]
    cents = [
        k
        for k in kids
        if k.tag == "sup" or re.search(r"cent|fraction|decimal", element_names(k), re.I) or _cents_after(k)
    ]
    cents = [k for k in cents if len(re.sub(r"\D", "", "".join(k.itertext()))) == 2 and not left_out(k, el)]
    if len(CURRENCY_MARK.findall(price_text(el))) > 1:
        return None  # several amounts (a price row with an instalment): not one split price
    # "cents" over "fraction" (MercadoLibre calls the whole units the fraction)
    cent = next((k for k in cents if "cent" in element_names(k)), cents[-1] if cents else None)
    if cent is None:
        return None
    digits = re.sub(r"\D", "", "".join(cent.itertext()))
    before = _texts_before(el, cent)
    runs = re.findall(r"\d[\d,.\s]*", "".join(before))  # the whole units: the last number before the cents
    whole = re.sub(r"\D", "", runs[-1].rstrip(" .,")) if runs else ""
    by_place = cent.tag != "sup" and not re.search(r"cent|fraction|decimal", element_names(cent), re.I)
    if by_place and len(re.findall(r"\d+(?:[.,\s]\d{3})*", " ".join(before))) != 1:
        return None  # cents known only by their place: the whole units must be the one number before
    if not whole or re.search(r"\d[.,]\d\d\s*$", runs[-1].strip()):
        return None  # the number already carries its decimals: read the text as it is
    return float(f"{int(whole)}.{digits}")
