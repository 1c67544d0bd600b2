"""The product title of a page, and the product name inside a document `<title>`.

Title candidates are `h1`, `[itemprop=name]`, elements whose id/class names a product or posting
title (`#productTitle`, `.product-name`, `.postingtitle`, ...); scored by how much of the text the
document `<title>` / `og:title` repeats, the kind of element, and whether it sits in a header,
footer, navigation or repeated card, or shows only the shop's name (`_shop_parts`). Hidden text
("Details about", screen-reader spans) and prices inside the heading are left out. A document
title is split into its parts (`DOC_TITLE_SEP`) to drop the shop's name (`title_without_shop`) or
find a fuller form of the name (`fuller_title`).

Pure functions over a parsed page (`layout.Layout`) and strings; no I/O.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from knockoff.crawler.heuristics.controls import control_text, opens_with_buy
from knockoff.crawler.heuristics.dom import (
    BRAND_EL,
    MERCH_LABEL,
    MONEY,
    SHOP_PAGE_HEADING,
    amount_only,
    element_names,
    hidden,
    next_element,
    tokens,
    visible_text,
)
from knockoff.crawler.heuristics.layout import FRONT_PAGE_LINKS, Layout, heading_group

_TITLE_NAME = re.compile(
    r"\b(?:product|item|pdp|posting|listing|prod)-?(?:title|name|heading)(?:-?text(?:-?only)?)?\b"
    # "goods" and "prd", the word East Asian shop builders name a product with (momo's `<h3
    # id="osmGoodsName">`, Godomall's "goods_name", Olive Young's "prd_name"; issue 14's listing review 7:
    # momo's logo `<h1>` was the title, its name's element unread)
    r"|\b(?:goods|prd)-?(?:title|name|nm)\b"
    r"|\btitle-?text-?only\b|\b(?:title|name)-(?:product|item)\b"
    # the "tit" abbreviation of Korean shop builders, ending the name (Godomall's ".item_detail_tit"
    # holding the name's h3; market price review of issue 14); not a box it opens ("item_tit_detail_cont")
    r"|\b(?:product|item|goods|prd)-?(?:detail-?)?tit\b(?!-)"
    # the same abbreviation before the word (MakeShop's `<h3 class="tit-prd">`) or after "view" (Imweb's
    # `<div class="view_tit">` in its `shop_view`): the lead's probe of stop 37, shop-titled pages
    r"|\btit-?(?:prd|product|goods|item)\b|\bview-?tit\b"
    # the name on a product's detail page (Ecommerce Templates' `<div class="detailname">` beside "detailid",
    # "detailprice"; formasaurus 0.10.0's greatmusicproductsonline.com page, stop 68: its `<title>` names only
    # the page kind, "... Product Details")
    r"|\bdetail-?name\b"
)


# the page's heading named so where it is no `<h1>`: osCommerce 2.2's table layout writes the product's
# name in `<td class="pageHeading">` (and its price in the next one), read as an `<h1>` (the lead's
# probe, stop 38: such a page gave no listing); a first-level heading set in a `<div class="heading1">`
# where the shop keeps `<h1>` for its breadcrumb and a search-engine sentence ("h1 not used here",
# formasaurus 0.10.0's bradfordexchange.com page, stop 68)
_PAGE_HEADING = re.compile(r"\bpage-?heading\b|\bheading-?1\b")


# a shipping offer set as a heading beside the buy button ("<h1>Free Standard Shipping above $35</h1>" on
# calendars.com, formasaurus 0.10.0, stop 64; "Free delivery on orders over £50", "Kostenloser Versand ab 29 €")
_SHIPPING_OFFER = re.compile(
    r"^(?:get\s+)?(?:(?:free|gratis|kostenlose[rn]?)(?:\s+(?:standard|express|ground|next[- ]day|uk|us|2[- ]day))?"
    r"\s+(?:shipping|delivery|versand|lieferung)|livraison\s+gratuite|env[ií]o\s+gratis|spedizione\s+gratuita)"
    r"(?:\s+(?:on|for|above|over|ab|from|with|when|à partir|dès|a partir|sopra|da)\b.*)?[!.]*$",
    re.I,
)


def find_title(page: Layout) -> tuple[str | None, Any]:
    """The product title and its element (None, None when there is no candidate)."""
    els = page.root.xpath(
        "//h1 | //h2 | //*[@itemprop='name'][not(ancestor::*[@itemprop='offers' or @itemprop='brand'"
        " or @itemprop='seller' or @itemprop='author' or @itemprop='review'])] | //*[@id or @class]"
        "[contains(translate(concat(@id, ' ', @class), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
        "'abcdefghijklmnopqrstuvwxyz'), 'title') or contains(translate(concat(@id, ' ', @class), "
        "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'name') or contains(@class, '_tit')"
        " or contains(@class, 'tit-') or contains(translate(@class, 'H', 'h'), 'pageheading')"
        " or contains(@class, 'page-heading') or contains(@class, 'heading1') or contains(@class, 'heading-1')]"
    )
    shop_names = _shop_parts(page)
    under_banner = _under_banner(page, els)
    best: tuple[float, int, str, Any] | None = None
    for el in els[:400]:
        if el.tag in ("title", "meta", "script", "style", "input", "img", "a", "option", "label", "body"):
            continue
        names = element_names(el)
        named = bool(_TITLE_NAME.search(names)) or (el.tag == "h1" and _in_title_block(el))
        page_heading = el.tag not in ("h1", "h2") and bool(_PAGE_HEADING.search(names))
        if el.tag not in ("h1", "h2") and not (named or page_heading) and el.get("itemprop") != "name":
            continue
        if (el.tag != "h1" and el.find(".//h1") is not None) or _label_cell(el):
            # a title block around the heading (with SKU, ratings, brand): the h1 is the title; or a
            # spec's label (KREAM's `<dt class="product_title">모델번호</dt><dd>DD1391-100</dd>`)
            continue
        text = _name_before_price(el, page.title_tokens) or clean_title(
            visible_text(el, skip_prices=True), page.title_tokens
        )
        if (
            not text
            or len(text) > 400
            or len(text) < 2
            or MERCH_LABEL.match(text)
            or _SHIPPING_OFFER.match(text)
        ):
            continue  # no name; a collection's banner ("Bestseller", "New arrivals", "Rea"); a shipping offer
        if SHOP_PAGE_HEADING.match(text) and not (_GOODS_NAME.match(text) and _one_buy_button(page)):
            if _page_heading(page, el):
                return None, None  # the page is the shop's basket or wish list: no product's
            continue  # a cart drawer's "Your cart" heading on a product page
        toks = tokens(text)
        if not toks:
            continue
        overlap = sum(t in page.title_tokens for t in toks) / len(toks)
        score = 3.0 * overlap
        score += 2.0 if named else 0.0
        tag = "h1" if el is under_banner or page_heading else el.tag
        score += {"h1": 1.5, "h2": 0.2}.get(tag, 0.0) + (1.0 if el.get("itemprop") == "name" else 0.0)
        noise, card = _title_context(page, el)
        score -= 3.0 if card else 0.0
        score -= 2.0 if noise else 0.0
        score -= 2.5 if hidden(el) else 0.0  # a screen-reader heading: the shown title is elsewhere
        score -= DIALOG_PENALTY if _unpriced_dialog(page, el) else 0.0
        score -= 2.0 if BRAND_EL.search(names) else 0.0  # the brand line of a title block
        score -= SHOP_NAME_PENALTY if tuple(toks) in shop_names else 0.0
        pos = page.order.get(el, 0)
        if best is None or score > best[0] + 1e-9 or (abs(score - best[0]) < 1e-9 and pos < best[1]):
            best = (score, pos, text, el)
    if best is not None and best[0] >= (SHOP_TITLE_FLOOR if doc_title_is_shop(page) else 1.5):
        return best[2][:1000], best[3]
    named = _text_in_doc_title(page)
    if named is not None:
        return named
    host = urlsplit(page.base).hostname or ""
    site = page.sel.xpath("//meta[@property='og:site_name']/@content").get() or ""
    og = page.sel.xpath("//meta[@property='og:title' or @name='og:title']/@content").get()
    text = (
        title_without_shop(og, host, site)
        if og and og.strip()
        else title_without_shop(page.doc_title, host, site)
    )
    # a collection's page titled "Sale | Shop" names no product (`dom.MERCH_LABEL`), nor the basket's
    # "Your Shopping Cart | Shop" (`dom.SHOP_PAGE_HEADING`)
    shop_page = MERCH_LABEL.match(text) or SHOP_PAGE_HEADING.match(text)
    return (text[:1000] or None) if not shop_page else None, None


def _name_before_price(el: Any, doc_words: set[str] | frozenset[str]) -> str | None:
    """A classified's heading written "NAME - PRICE (PLACE)": the name before the price element inside
    it, when all that follows the price is one group in brackets (the place); None otherwise. Classified
    boards of 2017 (Geebo, Craigslist's own "NAME - $350 (Columbus)") set the price in a span and the
    town in a `<small>` inside the posting's `<h1>`; the price was left out and the town kept, "Trek
    Marlin 5 Mountain Bike - (Columbus)" (issue 14's title review 9)."""
    if sum(1 for _ in el.iter()) > 40:
        return None  # a block, not a heading's line
    price = next((n for n in el.iterdescendants() if isinstance(n.tag, str) and amount_only(n)), None)
    if price is None:
        return None
    before: list[str] = []
    after: list[str] = []
    seen = False

    def walk(node: Any) -> None:
        nonlocal seen
        if node is price:
            seen = True
        elif isinstance(node.tag, str):
            if node.tag in ("script", "style") or (node is not el and hidden(node)):
                pass
            else:
                (after if seen else before).append(node.text or "")
                for child in node:
                    walk(child)
        if node is not el and node.tail:
            (after if seen else before).append(node.tail)

    walk(el)
    head = re.sub(r"[\s\-–—|:,]+$", "", " ".join(before)).strip()
    rest = re.sub(r"\s+", " ", " ".join(after)).strip()
    if len(tokens(head)) < 2 or not re.fullmatch(r"\(\s*[^()\d]{2,40}\)", rest):
        return None
    return clean_title(re.sub(r"\s+", " ", head), doc_words) or None


def _title_context(page: Layout, el: Any) -> tuple[bool, bool]:
    """`Layout.context` of a title candidate: (in a layout or noise container, in a repeated card),
    an `<h1>` in the product block's own `<header>` not counted as in a banner (`_noise_beyond_header`)."""
    noise, card = page.context(el)
    if noise and el.tag == "h1":
        noise = _noise_beyond_header(page, el)
    return noise, card


def _noise_beyond_header(page: Layout, h1: Any) -> bool:
    """Whether `h1` sits in a layout or noise container (`Layout.context`) once a `<header>` around it
    that is the product block's own, not the page's banner, is set aside: a `<header>` holding no
    `<nav>`, no form field and no link to the front page (`layout.heading_group`), as HTML5 writes a
    section's heading group (`<div class="ProductDetailInfoBlock"><header><h1>NAME</h1><p>By
    BRAND</p></header>`, Wayfair's). Such an `<h1>` was weighed as a banner's and lost to the reviews'
    `<h2>` "Reviews" (issue 14's title review 8); the containers around that header still count."""
    box = next(h1.iterancestors("header"), None)
    if box is None or not heading_group(box):
        return True
    return page.context(box)[0]


def _label_cell(el: Any) -> bool:
    """`el` is the label of a value: a `<dt>` followed by its `<dd>`, a `<th>` by its `<td>`. Shops
    name a spec list's labels for the product's details ("product_title", "product_info" on KREAM's
    `<dl class="detail_product">`), so a label could read as a title named for it (the lead's probe,
    stop 37: "모델번호", model number, was the title)."""
    if el.tag not in ("dt", "th"):
        return False
    nxt = next_element(el)
    return nxt is not None and nxt.tag == {"dt": "dd", "th": "td"}[el.tag]


# the score a heading needs to be the title where the document title names only the shop
# (`doc_title_is_shop`): no heading can share its words, so a plain `<h2>` outside menus, cards,
# dialogs and hidden parts (0.2) is enough
SHOP_TITLE_FLOOR = 0.2


def doc_title_is_shop(page: Layout) -> bool:
    """The document `<title>` names only the shop: its words are those of the shop's logo link to the
    front page (its text or its picture's alt), or each of its parts is the shop's name (`shop_part`); and no
    og:title names anything else. Korean shop builders (Cafe24, Godomall) write the shop's name as
    every page's title by default and the product's name in an `<h2>` ("<title>데일리니트</title>" over
    `<div class="infoArea"><h2>울 케이블 니트 가디건</h2>`): the title was the shop's name, and a
    sold-out page gave no listing (the lead's probe, stop 36)."""
    want = tokens(page.doc_title)
    if not want:
        return False
    og = page.sel.xpath("//meta[@property='og:title' or @name='og:title']/@content").get()
    if og and tokens(og) != want:
        return False
    host = urlsplit(page.base).hostname or ""
    site = page.sel.xpath("//meta[@property='og:site_name']/@content").get() or ""
    is_site = site_test(host, site)
    parts = [p for p in DOC_TITLE_SEP.split(page.doc_title) if p.strip()]
    if parts and all(shop_part(p, is_site) for p in parts):
        return True  # "Stride" on stride.example; not "Sale | Stride", a collection's page
    for link in page.root.xpath(FRONT_PAGE_LINKS)[:5]:
        shown = visible_text(link) or " ".join(link.xpath(".//img/@alt"))
        if tokens(shown) == want:
            return True
    return _copyright_holder(page, want)


# a copyright line's holder: "Copyright © 2003 Vintage Vinyl Records. All rights reserved.", "© 2017-2024 Shop"
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?([^.|©\n]{2,60})", re.I
)


def _copyright_holder(page: Layout, want: list[str]) -> bool:
    """The page's copyright line (among its last 60 text nodes) names as its holder exactly the words `want`
    of the document `<title>`: the title is the shop's name ("<title>Vintage Vinyl Records</title>" over
    "Copyright &copy; 2003 Vintage Vinyl Records. All rights reserved." on an old table layout whose banner
    is a picture in no link). Source: the page helper's review, stop 41 (tests/crawler/test_page_kinds10.py)."""
    for _, text in page.text_nodes()[-60:]:
        for m in _COPYRIGHT.finditer(text):
            if tokens(m.group(1)) == want:
                return True
    return False


def shop_page_headed(page: Layout) -> bool:
    """The page's own heading (`_page_heading`) names one of the shop's pages (`dom.SHOP_PAGE_HEADING`: a basket,
    an order history, a search's results), not goods sold so (`_GOODS_NAME` beside one buy button): no product's
    page, whatever other heading or `<title>` it shows. Source: registry pages, stop 66 (eBay's Korean search page
    "slipknot에 대한 결과 30,000개 이상" was read by its `<title>` "Slipknot for sale | eBay")."""
    for el in page.root.iter("h1"):
        text = clean_title(visible_text(el, skip_prices=True), page.title_tokens)
        if SHOP_PAGE_HEADING.match(text) and not (_GOODS_NAME.match(text) and _one_buy_button(page)):
            return _page_heading(page, el)
    return False


def _page_heading(page: Layout, el: Any) -> bool:
    """`el` is the page's own heading: the page's one `<h1>` shown outside menus, cards, dialogs,
    drawers and the shop's header (a cart drawer's or flyout's "Your cart" heading sits on every
    page; beside another `<h1>` it may be a panel's)."""
    if el.tag != "h1" or hidden(el) or any(page.context(el)) or page.in_dialog(el):
        return False
    if any(h is not el and not hidden(h) for h in page.root.iter("h1")):
        return False
    return not any(
        a.tag == "header" or _DRAWER.search(element_names(a))
        for a in el.iterancestors()
        if isinstance(a.tag, str)
    )


# a shop page's heading that is also the name of goods sold so, said bare ("Shopping Bag", a tote;
# "Shopping Cart", a toy; "Wishlist", a notebook): no possessive, no count of items
_GOODS_NAME = re.compile(r"^\W*(?:shopping\s+(?:bag|basket|cart|trolley)|wish\s?list)\W*$", re.I)


def _one_buy_button(page: Layout) -> bool:
    """The page shows one buy button (`controls.opens_with_buy`: "Add to basket"), outside menus,
    cards and hidden parts: a product page's, so its heading reading `_GOODS_NAME` is the product's
    name; a basket shows a checkout button instead, a wish list one buy button per item."""
    found = 0
    for el in page.root.xpath("//button | //input[@type='submit']")[:300]:
        if opens_with_buy(control_text(el)[:120]) and not any(page.context(el)) and not hidden(el):
            found += 1
    return found == 1


# id/class words of a panel shown over every page (a cart drawer, a flyout, an off-canvas basket)
_DRAWER = re.compile(r"drawer|flyout|off-?canvas|mini-?cart|side-?cart|popover|modal")


def _under_banner(page: Layout, els: list[Any]) -> Any:
    """The first `<h2>` after an `<h1>` whose whole text is a collection's banner (`dom.MERCH_LABEL`:
    "Bestseller", "New arrivals", "Sale", "Neuheiten", "Rea") on a page with no other `<h1>`, outside
    menus, cards and grids of like blocks (`_tiled`): the product's own heading under a theme's collection banner, weighed as the
    page's `<h1>`; None when there is none. Source: issue 14 (the banner's "Bestseller" read as the
    title above the product's `<h2>`)."""
    h1s = [el for el in els if el.tag == "h1"]
    banners = [el for el in h1s if MERCH_LABEL.match(visible_text(el))]
    if len(banners) != 1 or len(h1s) != 1:
        return None
    at = page.order.get(banners[0], 0)
    after = [el for el in els if el.tag == "h2" and page.order.get(el, 0) > at and not any(page.context(el))]
    first = min(after, key=lambda el: page.order.get(el, 0)) if after else None
    return None if first is None or _tiled(first) else first


def _tiled(el: Any) -> bool:
    """`el` (a heading) heads one of several like blocks: two or more children of its grandparent
    hold a heading of its tag (a collection's grid of items, each titled so)."""
    parent = el.getparent()
    grand = parent.getparent() if parent is not None else None
    if grand is None:
        return False
    return (
        sum(1 for child in grand if isinstance(child.tag, str) and child.find(f".//{el.tag}") is not None)
        >= 2
    )


# what a heading loses inside a dialog that shows no price (a newsletter or cookie popup's "Get 10% off
# your first order"): an `<h1>` there falls under the 1.5 a title needs
DIALOG_PENALTY = 2.0


def _unpriced_dialog(page: Layout, el: Any) -> bool:
    """`el` sits in a dialog, popup or banner shown on demand (`Layout.dialog_of`) whose text shows no
    currency amount: a newsletter signup, a cookie notice, a size guide; not a product's quick-view
    fragment, which shows its price beside its name."""
    box = page.dialog_of(el)
    return (box is not None and not MONEY.search(" ".join(box.itertext()))) or _in_signup(page, el)


# id/class words of a newsletter signup box ("newsletter", "signup", "subscribe", "opt-in")
_SIGNUP = re.compile(r"newsletter|sign-?up|subscri(?:be|ption)|opt-?in|e-?mail-?capture")


# an email field ("<input type=email>", or a text field named for it: name="email", "EMAIL", "newsletter_mail")
_EMAIL_FIELD = ".//input[@type='email' or contains(translate(@name, 'EMAIL', 'email'), 'mail')]"


def _in_signup(page: Layout, el: Any, levels: int = 5) -> bool:
    """`el` sits in a newsletter signup box (one of its `levels` nearest ancestors named `_SIGNUP`,
    "id=newsletter", and holding an email field, `_EMAIL_FIELD`): a popup no role or dialog name marks, whose
    heading ("Get 10% off your first order", "Join the club and save $10") is no product's name
    whatever it shows. Source: issue 14."""
    for node in list(el.iterancestors())[:levels]:
        if _SIGNUP.search(page.names.get(node, "")) and node.xpath(_EMAIL_FIELD):
            return True
    return False


# what a heading whose text is the shop's name loses: its words' share of the document title (3.0)
# and a little more, so that an `<h1>` holding only the shop's name falls under the 1.5 a title needs
SHOP_NAME_PENALTY = 3.5


def _shop_parts(page: Layout) -> set[tuple[str, ...]]:
    """The words (case-folded `tokens`) of each part of the document title that
    `title_without_shop` drops as the shop's name ("Stylekart" of "Men Grey Running Shoes |
    Stylekart" on stylekart.example): a heading that shows only such a part is the shop's logo or
    banner written as a heading, not the product's name. The part left as the name is never one
    ("Nike Air | Nike": "Nike Air" stays a title)."""
    text = page.doc_title
    if not text:
        return set()
    host = urlsplit(page.base).hostname or ""
    site = page.sel.xpath("//meta[@property='og:site_name']/@content").get() or ""
    is_site = site_test(host, site)
    parts = [p for p in _title_seps(text, is_site).split(text) if p and p.strip()]
    lo, hi = _name_span(parts, is_site)
    shop = {t for t in (tuple(tokens(p)) for p in parts[:lo] + parts[hi:]) if t}
    return shop | _banner_heading(page, parts) if len(parts) >= 2 else shop


def _banner_heading(page: Layout, parts: list[str]) -> set[tuple[str, ...]]:
    """The words of the first of two `<h1>` headings that each show one end part of the document title
    (`parts`, split at its separators) whole, the first in the page's banner (`_in_banner`): the shop's name
    set as a heading above the product's
    ("<header><h1>Lamp Shop</h1></header> ... <h1>Brass Task Lamp</h1>" under "Brass Task Lamp | Lamp Shop"),
    where neither the host nor og:site_name names the shop (the lead's probe, stop 66: read as the title, and
    the product's name as its brand). Empty otherwise."""
    ends = {tuple(tokens(parts[0])), tuple(tokens(parts[-1]))}
    if len(ends) < 2 or () in ends:
        return set()
    shown = [(t, h) for h in page.root.xpath("//h1")[:20] if (t := tuple(tokens(visible_text(h)))) in ends]
    if len({t for t, _ in shown}) < 2 or not _in_banner(shown[0][1]):
        return set()
    return {shown[0][0]}


# id/class words of a page's banner: the masthead above every page's content, holding the shop's name
_BANNER_NAMES = re.compile(r"header|masthead|logo|branding|site-?(?:title|name)|top-?bar")


def _in_banner(el: Any) -> bool:
    """`el` or one of its 4 nearest ancestors is the page's banner: a `<header>`, `role="banner"`, or named so
    (`_BANNER_NAMES`)."""
    for node in [el, *list(el.iterancestors())[:4]]:
        names = f"{node.get('id') or ''} {node.get('class') or ''}".lower()
        if node.tag == "header" or node.get("role") == "banner" or _BANNER_NAMES.search(names):
            return True
    return False


def _in_title_block(h1: Any) -> bool:
    """`h1` is the heading of a block named for the product title (`<div class="product-title">
    <h1>...</h1><span>subtitle</span></div>`): the block is no candidate itself (it holds the h1),
    so its name counts for the heading."""
    parent = h1.getparent()
    return parent is not None and bool(_TITLE_NAME.search(element_names(parent)))


# a page-type announcement before the name in a heading for screen readers ("Product description
# page - Hairpin Stool Walnut"); the shop's item number after it ("... Dispenser #00076723")
_PAGE_TYPE_PREFIX = re.compile(
    r"^(?:product|item)\s+(?:description|details?|detail|information|info)?\s*page\s*[-–—:|]\s+", re.I
)
# a discount badge written inside the heading, before or after the name ("Low-Top Sneakers -30%",
# "-20 % Linen Shirt"): a minus sign and a percentage standing as a word (a "20%" of a name, "Serum
# 20% Vitamin C", has no minus)
_DISCOUNT = re.compile(r"(?:^|\s)[-−]\s?\d{1,2}\s?%(?=\s|$)")
# the same badge written as words, opening or closing a heading or a `<title>` part ("Ninja Blender
# BL610 <span class="label">77% Off</span>", Tanga's deal heading in a Bootstrap 3 label; "77% Off
# NAME | Tanga"; "Save 40%", "30% Rabatt", "-20% de descuento"): a percentage and the word for "off"
# in the markets' languages, as a whole word group at either end (issue 14's title review 9); inside
# a name ("Up to 50% Off Sale Banner") it stays
_OFF_WORDS = r"(?:off|rabatt|korting|sconto|de\s+(?:descuento|desconto|r[ée]duction|remise)|popust[a]?|скидка|zni[żz]ki)"
_PERCENT_OFF = re.compile(
    rf"^\s*(?:save\s+)?\d{{1,2}}\s?%\s*{_OFF_WORDS}(?!\w)[\s!:,–—-]*"
    rf"|[\s(,–—-]+(?:save\s+\d{{1,2}}\s?%|\d{{1,2}}\s?%\s*{_OFF_WORDS})(?!\w)[!)]?\s*$",
    re.I,
)
# a stock badge closing a heading ("Guatemala Huehuetenango Whole Bean Coffee, 12 oz <span
# class="product-tag product-tag--sold-out">Sold Out</span>", a Shopify 2017 theme's tag in the `<h1>`;
# "Out of Stock", "Pre-Order", "Coming Soon" and the markets' words): cut when the document title does
# not write those words too (an album "Sold Out" is titled so). Source: issue 14's title review 9
_STOCK_BADGE = re.compile(
    r"\s*[-–—|(\[]?\s*\b(?:sold\s*out|out\s+of\s+stock|pre-?order|coming\s+soon|back-?ordered|discontinued"
    r"|ausverkauft|nicht\s+(?:mehr\s+)?verfügbar|épuisé|rupture\s+de\s+stock|agotado|esaurito|uitverkocht"
    r"|wyprzedane|rasprodano|нет\s+в\s+наличии|распродано)[!)\]]?$",
    re.I,
)
# a marketplace's state badge opening the name's heading, set apart by a separator ("Sold · 2018 Honda Accord EX",
# Facebook Marketplace's `<h1><span>Sold</span> · NAME</h1>`; "[Verkauft] NAME", "Reserviert - NAME"): the item
# is no longer for sale (`state_badge`), and the badge is no word of its name (registry pages, stop 66)
_BADGE_WORD = (
    r"sold(?:\s*out)?|verkauft|ausverkauft|vendu|vendido|venduto|sprzedan[eyao]|verkocht|продано"
    r"|reserviert|reserved|réservé|reservado|pending|rented|vermietet|loué|alquilado|affittato"
)
_STATE_HEAD = re.compile(
    rf"^\s*[\[(]?\s*({_BADGE_WORD})\s*[\])]?\s*(?:[·•|:–—-]\s*|(?<=[\])])\s*)(?=\w)",
    re.I,
)


def state_badge(text: str) -> str | None:
    """The state badge (`_STATE_HEAD`) opening a heading's text `text`, followed by at least two words of the
    name: "Sold" of "Sold · 2018 Honda accord EX Sedan 4D"; None without one."""
    m = _STATE_HEAD.match(text)
    return m.group(1) if m and len(tokens(text[m.end() :])) >= 2 else None


_BADGE_ALONE = re.compile(rf"[\[(]?\s*({_BADGE_WORD})\s*[\])]?\s*[·•|:–—-]?", re.I)


def _badge_before(el: Any, text: str) -> str | None:
    """A badge word set just before the heading (`el`, or the ancestors showing no more than its `text`, 2
    levels at most): the text of its 1-2 preceding sibling elements, separators hidden from screen readers
    included, is the word alone (Facebook Marketplace's rental, `<span>Rented</span><span><span
    aria-hidden="true"> · </span></span><h1>NAME</h1>`; registry pages, stop 67)."""
    node = el
    for _ in range(3):
        sibs = [s for s in node.itersiblings(preceding=True) if isinstance(s.tag, str)][:2]
        for k in (1, 2)[: len(sibs)]:
            shown = " ".join("".join(s.itertext()) for s in reversed(sibs[:k])).strip()
            m = _BADGE_ALONE.fullmatch(shown) if shown else None
            if m:
                return m.group(1)
        node = node.getparent()
        if node is None or sibs or visible_text(node) != text:
            return None
    return None


def heading_state(el: Any) -> str | None:
    """The state badge opening the heading element `el`: in its text (`state_badge`), or as its first element
    holding text, a badge word alone, before at least two more words (Facebook Marketplace's `<h1><span><span>
    Sold</span><span aria-hidden="true"> · </span>NAME</span></h1>`, whose separator `visible_text` leaves out as
    hidden from screen readers); None without one."""
    text = visible_text(el)
    found = state_badge(text) or _badge_before(el, text)
    if found or not text:
        return found
    for node in el.iterdescendants():
        own = (node.text or "").strip() if isinstance(node.tag, str) else ""
        if own:
            whole = re.fullmatch(_BADGE_WORD, own, re.I) and len(node) == 0
            return own if whole and len(tokens(text)) - len(tokens(own)) >= 2 else None
    return None


# a price or a shipping promotion the shop writes as text at the end of the name's own heading ("Holiday
# Snack Tower - $49.95", a Yahoo store's `<h1>`; "... Bluetooth Speaker - Now Only $78!"; "... (Tool Only) -
# FREE SHIPPING!"): after a separator, no word of the name (issue 14's title review 9), unless the document
# title writes the amount too (a gift card's "- $50"); a price element inside the heading is left out by
# `visible_text` already
_HEADING_PROMO_TAIL = re.compile(
    r"\s*[-–—|:,+]\s*(?:(?:(?:now|only|just|sale|our\s+price|price|reg\.?|was|list|retail)\s*:?\s*){0,3}"
    r"(?:us\s*)?[$£€]\s?\d[\d.,]*"
    r"|(?:w/|with\s+)?free\s+(?:shipping|ship|delivery))\s*!*$"
    r"|\s*\(free\s+(?:shipping|delivery)!?\)$",
    re.I,
)
# a merchandising word the shop typed into the name, closing it after a separator, in asterisks or in
# brackets ("Ninja Professional Blender - NEW!", "... *SALE*", "... (Clearance)", a Volusion or 3dcart
# product name of 2017, its <title> writing it too, as Volusion titles a page with the name): cut (issue
# 14's title review 9); not "Hot", a flavour ("Pace Picante Sauce - Hot")
_MERCH_TAIL = re.compile(
    r"\s*(?:[-–—|:]\s*|\*\s*|\(\s*)(?:new|sale|on\s+sale|clearance|closeout|hot\s+deal|best\s*seller"
    r"|limited\s+time(?:\s+offer)?|special\s+offer)\s*!*\s*[*)]?$",
    re.I,
)
# a daily-deal site's offer line around the name: "$24 for a Cordless Handheld Vacuum ($79.99 Value)"
# (LivingSocial, Groupon 2017), "Up to 60% Off on Bathroom Potty Golf Set": the price and "for a" (or the
# discount and "on") before it, the value in brackets after it (issue 14's title review 9)
_DEAL_HEAD = re.compile(
    r"^(?:\$\s?\d[\d.,]*|up\s+to\s+\d{1,2}\s?%\s+off)\s+(?:for|on)\s+(?:(?:an?|the|one|two|three)\s+)?", re.I
)
_DEAL_VALUE = re.compile(r"\s*\((?:an?\s+)?\$\s?\d[\d.,]*\s+value\)$", re.I)
# a template binding an AngularJS 1.x / Handlebars / Vue page leaves in the saved HTML where the
# script did not run or a hidden template holds it ("<h1 ng-bind-html="pdp.product.displayName">{{
# pdp.product.displayName }}</h1>", Harry & David 2017): no words the page shows (issue 14's title
# review 9: the binding was read as the title)
_TEMPLATE_BINDING = re.compile(r"\{\{.*?\}\}|\[\[.*?\]\]")
_ITEM_NO_SUFFIX = re.compile(r"\s+(?:(?:item|sku|art\.?)\s*)?#\s*(\d{5,})$", re.I)
# the shop's item number after its label at the end of a heading ("... Brown - SKU LW-2041",
# "... 200 mm <small>Art.-Nr. 40512</small>"): the label says it is no name word (a watch's "Ref."
# is its model, part of the name, and stays)
_LABELLED_ITEM_NO = re.compile(
    r"\s*[-–—|,(]?\s*\b(?:sku|art(?:ikel)?\.?\s*-?\s*nr|artikel-?nummer|art\.|item\s*(?:no|number|#)|best\.?\s*-?\s*nr"
    # the Russian "Артикул" / "Код товара" in brackets after the name (JoomShopping's "(Артикул: MK-JS-BLK-01)")
    r"|product\s*code|style\s*(?:no|#)|mpn|артикул|код\s*товара"
    # an auto parts shop's part number ("Bosch ICON Wiper Blade 26\" <span>Part # 26OE</span>", Pep Boys;
    # "Mfr. Part #", "Part No."): issue 14's title review 9
    r"|(?:mfr\.?\s*|mfg\.?\s*)?part\s*(?:no|number|#))\.?\s*[:#]?\s*((?=[\w./-]*\d)[a-z0-9][\w./-]{2,})\)?$",
    re.I,
)


# a model code in square brackets closing a name, as old carts print it after the product's name in
# its heading and `<title>` ("Moncler Maya Down Jacket Black [MC-MAYA-BK] - $219.00 : Shop", Zen Cart;
# "NAME <span class="smallText">[M40995]</span>", osCommerce): capitals and digits, with a digit or a
# hyphen, no space; not a size or colour the name carries ("[30ml]", "[화이트]", "[2 Pack]")
BRACKET_CODE = re.compile(r"\s*\[(?=[^\]]*[\d-])[A-Z][A-Z0-9./_-]{2,30}\]$")


def clean_title(text: str, doc_words: set[str] | frozenset[str] = frozenset()) -> str:
    """A heading's text as the page shows it: no space the markup put before a comma or semicolon
    ("weiß</span><span>, 80x28x202 cm" joined as "weiß , 80x28x202 cm"), without a discount badge
    ("-30%": `_DISCOUNT`), a leading
    page-type announcement (`_PAGE_TYPE_PREFIX`) or state badge (`state_badge`: "Sold · "), a trailing labelled item number ("- SKU LW-2041",
    "Art.-Nr. 40512": `_LABELLED_ITEM_NO`; `extract` takes the <title>'s fuller form back when the
    <title> writes it) or a trailing "#00076723" item number, unless
    the document title's words `doc_words` (case-folded `tokens`) write that number: then it is
    part of the name ("LEGO ... Millennium Falcon #75192", titled so)."""
    text = re.sub(r"\s+([,;])", r"\1", _TEMPLATE_BINDING.sub(" ", text))
    text = _PERCENT_OFF.sub("", _DISCOUNT.sub("", text))
    text = _PAGE_TYPE_PREFIX.sub("", text.strip())
    badge = state_badge(text)
    text = _STATE_HEAD.sub("", text, count=1) if badge else text
    m = _ITEM_NO_SUFFIX.search(text)
    if m and m.group(1) not in doc_words:
        text = text[: m.start()]
    m = _LABELLED_ITEM_NO.search(text)
    if m and m.start() > 0:
        text = text[: m.start()]
    m = BRACKET_CODE.search(text)
    if m and m.start() > 0:
        text = text[: m.start()]
    m = _DEAL_HEAD.match(text)
    if m and len(tokens(text[m.end() :])) >= 2:
        text = _DEAL_VALUE.sub("", text[m.end() :])
    for _ in range(2):  # "NAME - $49.95 - Free Shipping!"
        m = _HEADING_PROMO_TAIL.search(text)
        numbers = [t for t in tokens(m.group(0)) if t.isdigit()] if m else []
        if m and len(tokens(text[: m.start()])) >= 2 and not (numbers and set(numbers) <= doc_words):
            text = text[: m.start()]  # kept where the <title> writes the amount ("Gift Card - $50 | Shop")
    m = _STOCK_BADGE.search(text)
    if m and len(tokens(text[: m.start()])) >= 2 and not set(tokens(m.group(0))) <= doc_words:
        text = text[: m.start()]
    m = _MERCH_TAIL.search(text)
    if m and len(tokens(text[: m.start()])) >= 2:
        text = text[: m.start()]
    return text.strip()


# the inline elements a name's line may be written with ("<div class="title"><span class="brand">Cuisinart</span>
# DFP-14BCNY 14-Cup Food Processor</div>")
_INLINE = frozenset({"span", "a", "b", "strong", "em", "i", "small", "font", "bdi", "sup", "sub", "u"})


def _inline_text(el: Any) -> str:
    """The whole text `el` shows when all its children are inline elements (`_INLINE`, 1-4 of them, no
    nested ones): a name's line whose brand sits in a `<span>` of its own (issue 14's title review 9:
    "Cuisinart" was a span, the rest its tail, and neither was read); '' otherwise."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if not kids or len(kids) > 4 or any(c.tag not in _INLINE or len(c) for c in kids):
        return ""
    return visible_text(el)


def _in_doc(doc: str, text: str) -> str:
    """`text` (spaces collapsed) when the case-folded document title `doc` holds it and more, in 4-200
    characters; '' otherwise."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if 4 <= len(text) <= 200 and text.casefold() in doc and text.casefold() != doc else ""


def _text_in_doc_title(page: Layout) -> tuple[str, Any] | None:
    """For pages whose title element is named by nothing (`<div class="sku-name">`): the
    longest text of 2+ words, outside menus and cards, that the document `<title>` contains (an
    element's own text, else its whole line of inline elements, `_inline_text`)."""
    doc = re.sub(r"\s+", " ", page.doc_title).casefold()
    if not doc:
        return None
    best: tuple[int, str, Any] | None = None
    for el in page.root.iter("div", "span", "p", "strong", "b", "h1", "h2", "h3", "h4"):
        text = _in_doc(doc, el.text or "") or _in_doc(doc, _inline_text(el))
        if not text:
            continue
        n = len(tokens(text))
        if n >= 2 and (best is None or n > best[0]) and not any(page.context(el)):
            best = (n, text, el)
    return (best[1], best[2]) if best else None


# separators between the parts of a document title ("NAME | Shop", "Shop : NAME : Category",
# "NAME - Category - Shop", "Shop.com: NAME", "Shop.store: NAME": a domain of 2-7 letters); " - " inside a name ("Stool - Walnut") only splits when the whole
# name is not inside one part
DOC_TITLE_SEP = re.compile(
    r"\s+[|:>–—/]+\s+|\s*\|\s*|\s+::\s+|\s+-\s+|\s*[｜：]\s*|【[^】]{0,40}】|(?<=\.[a-z]{2}):\s+|(?<=\.[a-z]{3}):\s+|(?<=\.[a-z]{4}):\s+|(?<=\.[a-z]{5}):\s+"
    r"|(?<=\.[a-z]{6}):\s+|(?<=\.[a-z]{7}):\s+"
)
# an SEO tail after the name ("... серебристый купить в Алматы", "... CW4555-002 Fiyatı, Yorumları",
# the Dutch "... kopen?")
_SEO_TAIL = re.compile(
    r"\s+(?:(?:купить|сатып алу|fiyatı|fiyatları)(?:[\s,].*)?|(?:(?:online|günstig)\s+)?kaufen"
    r"|(?:acheter|comprar) en ligne|(?:online\s+)?kopen\??"
    # the Russian and Ukrainian shops' "NAME в интернет-магазине SHOP по доступной цене. Описание, ..." ("in the
    # online shop SHOP at a fair price. Description, specifications, reviews": formasaurus 0.10.0's muzdom.ru
    # page, stop 64), after a leading "Купить" (`_BUY_PREFIX`)
    r"|(?:в|на|у)\s+(?:интернет[- ]магазин[еіi]|магазин[еі])\b.*)$",
    re.I,
)
_SITE_AFFIX = re.compile(
    r"\s+(?:at|on|from|@|bei|chez|en|su|auf)\s+(\S+(?:\s+\S+){0,2})$|[.\s]\s*([\w-]+\.(?:com|net|org|shop|store|[a-z]{2})(?:\.[a-z]{2})?)$",
    re.I,
)
# what a US shop's `<title>` writes after the name ("NAME & Reviews | Wayfair", Wayfair's, AllModern's and
# Joss & Main's; "NAME + Reviews | Crate & Barrel", Crate & Barrel's and CB2's; "NAME in the Drills department
# at Lowes.com", Lowe's, its "at Lowes.com" dropped before): no word of the name. Source: issue 14's title
# review 8 (the <title> form with these words was taken as a fuller name, over a short `<h1>`)
_REVIEWS_TAIL = re.compile(r"\s*[&+]\s*reviews$|\s+in\s+the\s+(?:[^\s|]+\s+){1,6}department$", re.I)
# the shop's name after a comma closing a `<title>` part (osCommerce writes "NAME, STORE_NAME"), every
# word of it the shop's (`site_test`'s `whole`)
_COMMA_SITE = re.compile(r",\s+(\S+(?:\s+\S+){1,3})$")
# a leading "Buy" in several languages (Indonesian shops title items "Jual ...": "for sale")
_BUY_PREFIX = re.compile(
    r"^(?:buy|shop|order|kaufen|acheter|comprar|compra|acquista|jual|купить|купити)\s+", re.I
)
_HOST_NOISE = {"www", "www1", "www2", "m", "shop", "store", "com", "net", "org", "co", "uk", "de", "fr"}


class SiteTest:
    """A test `is_site(text, whole=False) -> bool`: the text opens with the shop's name (one of `words`,
    the words of the host other than www/shop/com... and of `og:site_name`); with `whole`, every word of
    it is one."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words  # also read whole by `_glued_shop_tail` and `_names_site`

    def __call__(self, text: str, whole: bool = False) -> bool:
        toks, site = tokens(text), self.words
        if whole:  # every word the shop's ("Designer Shoes Outlet" of shoes-designer-outlet.com)
            return bool(toks) and all(t in site for t in toks)
        return bool(toks) and (
            toks[0] in site or "".join(toks[:3]) in site or any(t in site for t in toks[:2])
        )


def site_test(host: str, site_name: str) -> SiteTest:
    """The `SiteTest` of a shop by its `host` and `og:site_name`: words of 3+ characters."""
    site = {t for t in tokens(site_name) if len(t) > 2}
    site |= {t for t in re.split(r"[.-]", host.lower()) if len(t) > 2 and t not in _HOST_NOISE}
    return SiteTest(frozenset(site))


def _names_site(text: str, is_site: SiteTest) -> bool:
    """`text` opens with the shop's name (`is_site`), also written with a company word after it or
    with "&" where the host spells "and": its first 2-4 words joined are a word of the host or
    og:site_name ("Tractor Supply Co." of tractorsupply.com, "Harbor Freight Tools" of
    harborfreight.com, "Bed Bath & Beyond" of bedbathandbeyond.com). For the document title's parts
    only (`_name_span`, `_clean_part`); `site_test` itself, which brands.py reads too, is unchanged.
    Source: issue 14's title review 8 ("NAME at Tractor Supply Co." was read as a fuller name)."""
    if is_site(text):
        return True
    site = is_site.words
    for toks in (tokens(text), tokens(text.replace("&", " and ")) if "&" in text else []):
        if any("".join(toks[:k]) in site for k in range(2, min(len(toks), 5) + 1)):
            return True
    return False


def _glued_shop_tail(part: str, is_site: SiteTest) -> str:
    """`part` without the shop's name written after the name with no separator, its words joined
    making one word of the host or `og:site_name` of 4+ letters ("Sony a7 IV Mirrorless Camera
    ILCE7M4/B B&H Photo Video" on bhphotovideo.com: "B&H Photo Video" is "bhphotovideo"); 2+ words
    are left. Source: issue 14's title review 8 (B&H's `<title>` was taken as the fuller name)."""
    words = part.split()
    site = is_site.words
    for k in range(1, min(4, len(words) - 2) + 1):
        joined = "".join(tokens(" ".join(words[-k:])))
        if len(joined) >= 4 and joined in site:
            return " ".join(words[:-k])
    return part


def shop_part(part: str, is_site: Any) -> bool:
    """`part` of a document title is the shop's name: `is_site` (a `site_test`) holds and it has
    1-3 words ("Shop Example", not "Shop Example Trail Runner 2")."""
    return is_site(part) and len(tokens(part)) <= 3


def _name_span(parts: list[str], is_site: Any) -> tuple[int, int]:
    """(lo, hi): `parts[lo:hi]`, the document title's parts left once the trailing, then the leading
    parts naming the shop (`shop_part`) are dropped; at least one part is left."""
    lo, hi = 0, len(parts)
    while hi - lo > 1 and _site_part(parts[hi - 1], is_site):
        hi -= 1
    while hi - lo > 1 and _site_part(parts[lo], is_site):
        lo += 1
    return lo, hi


def _site_part(part: str, is_site: Any) -> bool:
    """`shop_part`, the shop's name also read by `_names_site` ("Harbor Freight Tools") or spelt out
    from the host's initials (`_initials_site`)."""
    return (
        shop_part(part, is_site)
        or (len(tokens(part)) <= 3 and _names_site(part, is_site))
        or _initials_site(part, is_site)
    )


def _initials_site(part: str, is_site: Any) -> bool:
    """`part` is the shop's name whose initials are the host's name: 4-6 words whose first letters,
    all of them, spell a word of the host ("Rocky Mountain Chocolate Factory" on rmcf.com). Three
    words are not enough: a product's "Panasonic Cordless Microphone" on pcm.com is no shop's name.
    Source: issue 14's title review 9 (Miva's "Rocky Mountain Chocolate Factory: NAME" was read as a
    fuller name: the host alone did not name the shop)."""
    toks = tokens(part)
    words = getattr(is_site, "words", frozenset())
    return 4 <= len(toks) <= 6 and "".join(t[0] for t in toks) in words


# a colon written right after a word (or an abbreviation's period, "Vintage Bait Co.: NAME"), as a
# separator between a `<title>`'s parts ("Store: Product", Miva Merchant's default; "Meh: NAME"; "NAME:
# AUTHOR: ISBN: Powell's Books")
_WORD_COLON = re.compile(r"(?<=[\w.]):\s+")
_COLON_TITLE_SEP = re.compile(rf"{DOC_TITLE_SEP.pattern}|{_WORD_COLON.pattern}")


def _title_seps(text: str, is_site: Any) -> re.Pattern[str]:
    """The separators of the document title `text`: `DOC_TITLE_SEP`, and a colon right after a word
    too when the title's first or last colon-separated chunk names the shop (`_site_part`): Miva
    Merchant titles a product page "Store Name: Product Name", Meh "Meh: NAME", Powell's "NAME:
    AUTHOR: ISBN: Powell's Books". Without it the whole title was read as a fuller form of the
    `<h1>` (issue 14's title review 9); a name holding a colon ("Halo: Reach | GameStop", "3-Pack:
    Anker PowerCore") keeps it, the shop's chunk being elsewhere or none."""
    chunks = [c for c in _WORD_COLON.split(text) if c.strip()]
    if len(chunks) >= 2 and (_site_part(chunks[0], is_site) or _site_part(chunks[-1], is_site)):
        return _COLON_TITLE_SEP
    return DOC_TITLE_SEP


def title_without_shop(doc_title: str, host: str = "", site_name: str = "") -> str:
    """A document title without the shop's part: leading and trailing parts (`DOC_TITLE_SEP`)
    of 1-3 words that name the shop (host or `og:site_name`), an "at Shop.com" affix, a leading
    "Buy" and a trailing "Online" ("Buy Trail Runner 2 Online | Shop Example" -> "Trail Runner 2");
    the title as it is when nothing is left."""
    text = re.sub(r"\s+", " ", doc_title).strip()
    is_site = site_test(host, site_name)
    sep = _title_seps(text, is_site)
    seps = [m.group(0) for m in sep.finditer(text)]
    parts = sep.split(text)  # one more than `seps`: no separator matches empty text

    lo, hi = _name_span(parts, is_site)
    parts, seps = parts[lo:hi], seps[lo : hi - 1]
    out = _clean_part(
        parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True)), is_site
    )
    return out if tokens(out) else text


def seo_title_of(name: str | None, shown: str | None, host: str = "", site_name: str = "") -> bool:
    """True when `name` (a structured name: og:title, a Product's name) is an SEO title written in
    parts split by "|" whose first name part (after any part naming the shop, `shop_part`, and
    without a leading "Buy" and its "Online", `_clean_part`) has 2+ words, each a word of the
    `shown` name (the page's title element): "Buy Sourwood Honey Online | Rare Appalachian Honey"
    for the h1 "Sourwood Honey, 12 oz", "Selvedge Denim Jean | Men's Raw Denim Jeans | Free
    Shipping" for "Selvedge Denim Jean". A name the shown one cuts short ("Model S P100D | Tesla"
    for "P100D") is no such title. Source: issue 14, second review (Yoast's og:title).

    Also True for a name of one part that is the `shown` name, word for word, followed by the shop's
    words (`_shop_tail_of`: "NAME in the Drills department at Lowes.com", Lowe's Product name)."""
    if name and shown and _shop_tail_of(name, shown, site_test(host, site_name)):
        return True
    if not name or not shown or not re.search(r"[|｜]", name):
        return False
    parts = [p for p in (x.strip() for x in re.split(r"\s*[|｜]\s*", " ".join(name.split()))) if p]
    if len(parts) < 2:
        return False
    is_site = site_test(host, site_name)
    lo, hi = _name_span(parts, is_site)
    if hi - lo < 2:
        return False  # "NAME | Shop": the shop's part alone
    first, have = tokens(_clean_part(parts[lo], is_site)), tokens(shown)
    if len(first) < 2 or len(have) < 2:
        return False
    return all(have.count(t) >= first.count(t) for t in set(first))


def _shop_tail_of(name: str, shown: str, is_site: Any) -> bool:
    """`name` is the `shown` name (2+ words) followed only by the shop's words a US shop's `<title>`
    writes: parts naming the shop (`_name_span`), "at Lowes.com" (`_SITE_AFFIX`), "in the Drills
    department" or "& Reviews" (`_REVIEWS_TAIL`), the shop's name glued on (`_glued_shop_tail`)
    (`_clean_part`). Lowe's writes its `<title>` as the Product name ("NAME in the Bathroom Vanities
    with Tops department at Lowes.com"), Crate & Barrel its "NAME + Reviews | Crate & Barrel" (issue
    14's title review 8)."""
    text = " ".join(name.split())
    want = tokens(shown)
    if len(want) < 2 or not text.casefold().startswith(" ".join(shown.split()).casefold()):
        return False
    parts = [p for p in (x.strip() for x in re.split(r"\s*[|｜]\s*", text)) if p]
    lo, hi = _name_span(parts, is_site)
    if lo != 0 or hi != 1:
        return False  # the name's part, then only parts naming the shop (or none)
    cut = _clean_part(parts[0], is_site)
    return cut != parts[0] and tokens(cut) == want  # not "NAME | Shop" alone (`_site_suffixed`'s)


def _clean_part(part: str, is_site: Any) -> str:
    """A document-title part without an "at Shop.com" affix naming the shop, the shop's name glued to
    its end (`_glued_shop_tail`), a shop's "& Reviews" or "in the Drills department" (`_REVIEWS_TAIL`),
    a leading "Buy" (with a trailing "Online"/"Now" it brings), an SEO tail ("... kaufen", "купить в Алматы")
    a discount badge opening or closing it ("77% Off NAME", `_PERCENT_OFF`) and a deal site's offer line
    around the name ("$24 for a NAME ($79.99 Value)", `_DEAL_HEAD`, `_DEAL_VALUE`)."""
    part = _PERCENT_OFF.sub("", _TEMPLATE_BINDING.sub(" ", part)).strip() or part
    m = _DEAL_HEAD.match(part)
    if m and len(tokens(part[m.end() :])) >= 2:
        part = _DEAL_VALUE.sub("", part[m.end() :])  # "$24 for a NAME ($79.99 Value)"
    m = _SITE_AFFIX.search(part)
    if m and _names_site(m.group(1) or m.group(2), is_site):
        part = part[: m.start()]
    m = _COMMA_SITE.search(part)
    if m and m.start() > 0 and is_site(m.group(1), whole=True):
        part = part[: m.start()]  # "NAME, Designer Shoes Outlet" (osCommerce's "NAME, STORE_NAME")
    m = BRACKET_CODE.search(part)
    if m and m.start() > 0:
        part = part[: m.start()]  # "NAME [MODEL]" (Zen Cart's `<title>`)
    part = _glued_shop_tail(part, is_site)  # "NAME B&H Photo Video" on bhphotovideo.com
    m = _REVIEWS_TAIL.search(part)
    if m and len(tokens(part[: m.start()])) >= 2:
        part = part[: m.start()]  # "NAME & Reviews", "NAME in the Drills department"
    if _BUY_PREFIX.match(part):
        part = re.sub(r"\s+(?:online|now|today)$", "", _BUY_PREFIX.sub("", part), flags=re.I)
    part = _USED_FOR_SALE.sub("", part)
    m = _FOR_SALE_TAIL.search(part)
    if m and len(tokens(part[: m.start()])) >= 2:
        part = part[: m.start()]  # "NAME for sale in Tulsa, OK" (Oodle, OfferUp, letgo)
    return _SEO_TAIL.sub("", part).strip(" -–|:,")


# a second-hand marketplace's "Used NAME for sale in Austin" (letgo's `<title>`): the leading "Used" (or
# "Pre-owned", "Second-hand") goes where the part also says "for sale", so that the name and the tail
# `_SHOP_PHRASE` reads are left (issue 14's title review 9: the whole part was read as a fuller name)
# a classified board's "for sale in Tulsa, OK" closing the name in its `<title>` (Oodle, OfferUp, letgo)
_FOR_SALE_TAIL = re.compile(r"\s+for\s+sale(?:\s+(?:in|near)\s+[^|]{1,40})?$", re.I)
_USED_FOR_SALE = re.compile(
    r"^(?:used|pre-?owned|second-?hand)\s+(?=\S.*\s(?:for\s+sale|à\s+vendre|en\s+venta|zu\s+verkaufen)(?!\w))",
    re.I,
)


# a page's own product name of `FULL_NAME_WORDS`+ words is full when a `<title>` form adds at most
# `FULL_NAME_EXTRA` words, each a model code or a brand in capitals (`_code_or_caps`; a real word such
# as "Kids" or "Black" makes the <title> form fuller) ("Sony - WH-1000XM5 Wireless ... Headphones -
# Black" in the page, "Sony WH-1000XM5 ... Black WH1000XM5/B - Best Buy" as the <title>)
FULL_NAME_WORDS = 6
FULL_NAME_EXTRA = 2


def _added_words(part: str, want: list[str]) -> list[str]:
    """The words of `part`, as written, that the name's words `want` (case-folded `tokens`) do not
    account for (each name word accounts for one)."""
    left = {t: want.count(t) for t in set(want)}
    out = []
    for word in re.findall(r"\w+", part):
        key = word.casefold()
        if left.get(key, 0) > 0:
            left[key] -= 1
        else:
            out.append(word)
    return out


def _code_or_caps(word: str) -> bool:
    """`word` reads as a model code (a digit in it: "DCD771C2") or a brand set in capitals
    ("DEWALT", the "B" of "WH1000XM5/B"), not a word of the name ("Kids", "Black", "Men")."""
    return any(c.isdigit() for c in word) or word.isupper()


def fuller_title(name: str | None, doc_title: str, host: str = "", site_name: str = "") -> str | None:
    """The product name as the document `<title>` writes it, when that is a fuller form of `name`.

    Shops often show a short name in the page (`<h1>P100D</h1>`, schema.org name "Parrot Orak
    Minidrone") and the full one in the `<title>` ("Model S P100D 5YJSA... | Tesla", "Parrot Orak
    Minidrone Hydrofoil air and water drone at Crutchfield.com"). The title is split into its
    parts (`DOC_TITLE_SEP`); the part that holds every word of `name` and more words (at most 40)
    is returned without the shop's name ("at Shop.com", a part naming the host or `og:site_name`)
    and without a leading "Buy"; otherwise `name` unchanged. A name the page cuts short ("Funny
    Big Nose Shaped Shower G...") is compared without its ellipsis and last, partial word. Titles that do not contain the name,
    or only as a whole part, leave it as it is.
    """
    if not name or not doc_title:
        return name
    want = tokens(name)
    cut = bool(re.search(r"(?:\.\.\.|…)\s*$", name))
    if cut:  # "Funny Big Nose Shaped Shower G...": cut where shown
        want = tokens(re.sub(r"\s*\S*(?:\.\.\.|…)\s*$", "", name))
    if not want:
        return name
    is_site = site_test(host, site_name)
    best = None
    for part in _doc_parts(doc_title, want, is_site):
        part = _PRICE_TAIL.sub("", _clean_part(part, is_site))
        if re.match(re.escape(name.strip()) + r"\s*[-–—_]", part):
            continue  # "NAME-Shop" (a hyphen without spaces, as Chinese shops write): the name is whole
        if len(want) >= 2 and re.match(r"\S+[-–—_]" + re.escape(name.strip()) + r"$", part):
            continue  # "博客來-NAME": the shop before the name, as books.com.tw writes it (stop 37)
        if re.search(r"[«\"“„‹「『]" + re.escape(name.strip()) + r"[»\"”“›」』]", part):
            continue  # "Книга «NAME» Булгаков М.А.": the name quoted whole, in a line about it (Flip.kz)
        toks = tokens(part)
        if not toks or len(toks) <= len(want) or len(toks) > 40 or shop_part(part, is_site):
            continue
        have = {t: toks.count(t) for t in set(toks)}
        if (
            len(want) >= FULL_NAME_WORDS
            and len(toks) - len(want) <= FULL_NAME_EXTRA
            and not cut
            and all(_code_or_caps(w) for w in _added_words(part, want))
        ):
            continue  # a full name already: this <title> form only adds the brand or a model code
        # a search engine's tail; or only the name's own words, one written twice: "Edelbrock 1406 -
        # Edelbrock Performer Series Carburetors" (Summit Racing's "BRAND PART - BRAND NAME") for the
        # `<h1>` "Edelbrock Performer Series Carburetors 1406", no fuller name (issue 14's title review 9)
        if _seo_suffix(part, name) or set(toks) <= set(want):
            continue
        if all(have.get(t, 0) >= want.count(t) for t in set(want)):
            best = best if best is not None and len(tokens(best)) <= len(toks) else part
    return best or name


# a marketplace's domain opening its <title> ("Amazon.com: NAME: Category", "Shop.store: NAME")
_DOMAIN_HEAD = re.compile(r"^[\w-]+(?:\.[a-z]{2,7})+\s?:\s")
# the same domain as a part between colons ("NAME: Weir, Andy: 9780593135204: Amazon.com: Books", the
# form of Amazon's book pages): the parts before it are colon-separated too (author, ISBN)
_DOMAIN_PART = re.compile(r"(?<=\w):\s+[\w-]+(?:\.[a-z]{2,7})+\s?:\s")


def _doc_parts(doc_title: str, want: list[str], is_site: Any = None) -> list[str]:
    """The parts of a document title (`DOC_TITLE_SEP`) that may hold a fuller name: each part, and
    each run of 2-4 neighbouring parts, joined as written, that holds every word of the name (`want`,
    case-folded `tokens`) while neither part at its ends can go (a name written with a separator of
    its own, "AIR MAX 90 - Sneaker low" in "Nike Sportswear AIR MAX 90 - Sneaker low - white - Shop";
    not "Stool - Walnut - Chairs" for "Stool - Walnut"). A title opened by a marketplace's domain
    (`_DOMAIN_HEAD`), or holding it as a part between colons (`_DOMAIN_PART`: Amazon's book pages,
    "NAME: AUTHOR: ISBN: Amazon.com: Books"), is split at a colon written without a space before it too (its "NAME: Kitchen
    & Dining" closes with the category, not a subtitle); so is one whose first or last colon-separated
    chunk names the shop (`_title_seps` with the shop's `is_site`: "Store: NAME", "NAME: AUTHOR: ISBN:
    Powell's Books"), its runs of parts kept ("3-Pack: Anker PowerCore" stays whole)."""
    text = re.sub(r"\s+", " ", doc_title).strip()
    parts = DOC_TITLE_SEP.split(text)
    if _DOMAIN_HEAD.match(text) or _DOMAIN_PART.search(text):
        return [p for part in parts for p in re.split(r"(?<=\w):\s+", part)]
    splitter = _title_seps(text, is_site) if is_site is not None else DOC_TITLE_SEP
    parts = splitter.split(text)
    seps = [m.group(0) for m in splitter.finditer(text)]

    def joined(i: int, j: int) -> str:  # parts[i:j] with the separators written between them
        return parts[i] + "".join(sep + p for sep, p in zip(seps[i : j - 1], parts[i + 1 : j], strict=True))

    runs = list(parts)
    for i in range(len(parts)):
        for j in range(i + 2, min(len(parts), i + 4) + 1):
            if (
                _holds(joined(i, j), want)
                and not _holds(joined(i + 1, j), want)
                and not _holds(joined(i, j - 1), want)
            ):
                runs.append(joined(i, j))
    return runs


def _holds(text: str, want: list[str]) -> bool:
    """`text` holds every word of `want` (case-folded `tokens`, each as often)."""
    toks = tokens(text)
    return all(toks.count(t) >= want.count(t) for t in set(want))


# units written after a number that sizes the item: "20000 mAh", "10000 lm", "12000 BTU", "50000 шт"
_UNIT = r"(?:m?ah|[kmg]?wh?|v|[mck]?m|[mc]?l|k?g|[gtm]b|lm|btu|rpm|pa|db|hz|pcs|pc|шт|мл|г|кг|мм|см|м)"
# a closing quote or bracket a Japanese title wraps the name in (「NAME（category）」)
_CJK_QUOTES = "「」『』"


# what a search-engine title writes right after the name ("Buy NAME Online at Best Price in India",
# "NAME at the Lowest Price", "NAME for Sale", "NAME with Free Delivery"): no word of a fuller name
# ("Online" only at the end or before such a phrase: "Wordfinder Online Dictionary Edition" is a name)
_SHOP_PHRASE = re.compile(
    r"(?:online(?=\s*$|\s*[-–—|,:]|\s+(?:at|in|for|with|from|on|now|today)\b)"
    r"|(?:at|for)\s+(?:the\s+)?(?:best|lowest|low|great)\s+prices?|for\s+sale"
    r"|with\s+free\s+(?:shipping|delivery)"
    # a bookshop's "NAME book by AUTHOR" (ThriftBooks' <title>), "ebook by", "audiobook by": the kind of
    # item and its author, no word of the name (issue 14's title review 9)
    r"|(?:e-?|audio-?)?book\s+by\b"
    # the Russian, Ukrainian and Kazakh forms ("NAME: продажа, цена в Алматы. ... от "Shop"", the title
    # Prom's marketplaces, satu.kz among them, give every item; "NAME купить в Астане", "NAME — ціна")
    r"|[:,–—-]?\s*(?:купить|продажа|цена|ціна|продаж|купити|отзывы|характеристики|сатып\s+алу))(?!\w)",
    re.I,
)


# the tail a search-engine title closes the name with: the seller and the price ("NAME From Mrtang,
# $38.17", DHgate), the price after a colon ("NAME: 325 000 тг.", OLX), a second-hand marker and the
# price ("NAME de segunda mano por 60 EUR en Madrid", Wallapop), the price after "for" in the
# markets' languages; cut off before a fuller name is looked for (the lead's probe of stop 37)
_PRICE_TAIL = re.compile(
    rf"\s+(?:from|by|von|от)\s+[^,]{{1,40}},\s*[\d\s.,']*(?:{MONEY.pattern}).*$"
    rf"|\s*[,:]\s*[\d\s.,']*(?:{MONEY.pattern})[^\w]*$"
    rf"|\s+(?:for|por|für|pour|per|za|за)\s+[\d\s.,']*(?:{MONEY.pattern}).*$"
    r"|\s+(?:de segunda mano|d'occasion|second[- ]hand|gebraucht|usato|rabljen[oa]?|б/у)\b.*$",
    re.I,
)


def _seo_suffix(part: str, name: str) -> bool:
    """`part` is `name` followed only by what a search-engine title appends, not a fuller name: a
    shopping phrase (`_SHOP_PHRASE`: "Online at Best Price in India"), an
    item number of 5+ digits among the added words ("Кроссовки Runfalcon 3.0 adidas 176543210"),
    or only a category in full-width brackets and closing quotes ("オックスフォード シャツ（シャツ/ブラウス）」";
    a variant in Latin brackets, "iPhone 15 (128 GB)", stays a fuller name)."""
    head = name.strip()
    if not part.casefold().startswith(head.casefold()):
        return False
    rest = part[len(head) :].strip()
    if not rest:
        return False
    if _SHOP_PHRASE.match(rest):
        return True  # "NAME Online at Best Price in India", "NAME for Sale": a search-engine title
    # the number right after the name or after one word (the brand): "adidas 176543210"; not a
    # set number after more name words ("LEGO Star Wars" + "Millennium Falcon 75192")
    # a number with a unit after it is a size of the item ("20000 mAh"), no item number
    if re.match(r"(?:\S+\s+)?\d{5,}(?![\w.,])(?!\s*" + _UNIT + r"(?!\w))", rest, re.I):
        return True
    # a category, not a variant: ZOZOTOWN closes the quoted name right after it, or it lists
    # categories with "/" ("（シャツ/ブラウス）」"); "（2枚セット）" is a set of two, part of the name
    m = re.fullmatch(r"（([^（）]{1,40})）\s*([" + _CJK_QUOTES + r"]?)\s*", rest)
    return bool(m and (m.group(2) or "/" in m.group(1)) and not re.search(r"\d", m.group(1)))
