"""`Page`: one parsed page and the heuristic finders of its fields, and `Found`, what they found.

The finders live in the modules named for their field (`titles`, `prices`, `photos`, `controls`,
`brands`); `Page` adds them to the page's `layout.Layout` state as methods, and `Page.find` runs
them all in a fixed order. No I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from knockoff.crawler.heuristics.brands import find_brand, labelled
from knockoff.crawler.heuristics.controls import (
    UNAVAILABLE,
    buy_state,
    choose_to_buy,
    control_text,
    near_state,
    opens_with_buy,
    price_line_state,
    stock_count,
    stock_state,
    waits_for_variant,
)
from knockoff.crawler.heuristics.dom import MONEY, alike_siblings, hidden, tokens, visible_text
from knockoff.crawler.heuristics.layout import Layout
from knockoff.crawler.heuristics.photos import find_images
from knockoff.crawler.heuristics.price_text import OLD_TEXT, shown_price
from knockoff.crawler.heuristics.prices import asked_price, find_price, no_amount_stated, price_elements
from knockoff.crawler.heuristics.titles import (
    DOC_TITLE_SEP,
    clean_title,
    doc_title_is_shop,
    find_title,
    heading_state,
    shop_page_headed,
)
from knockoff.crawler.values import normalize_availability


@dataclass
class Found:
    """What the heuristics found: fields plus the elements they came from."""

    title: str | None = None
    title_el: Any = None
    price: float | None = None
    currency: str | None = None
    price_el: Any = None
    price_in_card: bool = False
    old_prices: set[float] = field(default_factory=set)
    images: list[str] = field(default_factory=list)
    image_score: float = 0.0
    buy: bool = False
    buy_availability: str | None = None
    # the buy control's not-in-stock state is said in words ("Sold out"), not only a disabled control
    buy_said_sold: bool = False
    stock: str | None = None  # what an element named for the availability says (Page.stock_state)
    title_named: float = 0.0  # how far the document <title> / og:title names the title (`title_named`)
    # the document <title> names only the shop (`titles.doc_title_is_shop`): it can name no title
    # (read only for a page without its own price)
    shop_titled: bool = False
    near_state: str | None = None  # not-in-stock words just after the title (Page.near_state)
    sold_shown: str | None = None  # the same on a priced page without a buy control (recognition only)
    # the title or the price was read by the fallbacks for pages the finders read nothing on (an old
    # table layout's big-font heading, a lone <h2>, a "Price: $24.98" line: `lone_heading`, `price_line`)
    fallback: bool = False
    # a page read by the fallbacks or titled by an element nothing names (`_unmarked`) offers several
    # items (`several_offers`): a list, no product page
    several: bool = False
    # a price element says the price is told on asking ("Call for Price", `prices.asked_price`), no price read
    asked_price: bool = False
    # the price read sits in an article below its dated header or a section heading (`article_price`):
    # a review's, guide's or recipe's product box, no product page
    article: bool = False

    def is_product(self) -> bool:
        """Title, a current price near it outside repeated cards, and a buy control, a main image or a
        stated not-in-stock state (an element named for it, or words just after the title); or, for
        a product that cannot be bought now (no price shown, as on an unavailable Amazon item), a
        title the document title names, a main image and an out-of-stock state. A title or a price
        read by the fallbacks (`fallback`) needs a buy control or a stated state (a photo beside a
        heading and a labelled price is an article or a review as well); a page offering several
        items (`several`) or whose price sits in an article under its date or a section heading
        (`article`) is none."""
        if not self.title or self.several or self.article:
            return False
        if self.price is not None and not self.price_in_card:
            # a sold-out page stating its state stands where the buy control stands on an in-stock one
            return (
                self.buy
                or (self.image_score >= 3 and not self.fallback)
                or self.stock in UNAVAILABLE
                or self.sold_shown in UNAVAILABLE
            )
        return self.unavailable_product()

    def unavailable_product(self) -> bool:
        """A product page without a current price: a title the document title names (or any title,
        where the document title names only the shop: Cafe24's "<title>데일리니트</title>" over a
        sold-out item showing "품절" in place of its price), a main image, and an out-of-stock state,
        or an element stating the availability ("Available from these sellers." beside "See All
        Buying Options"), or a price element saying the price is told on asking (`asked_price`: "Call
        for Price" beside a "Request a Quote" button; listing review 8)."""
        # any of them: a live cart link left on a sold-out item ("В корзину" beside "Нет в наличии" and a
        # "0.00 руб." placeholder, formasaurus 0.10.0's spinkat.ru page, stop 64) does not unsay the state
        states = (self.stock, self.buy_availability, self.near_state)
        return bool(
            self.title
            and (self.title_named >= 0.5 or self.shop_titled)
            and self.image_score >= 3
            and (any(s in UNAVAILABLE for s in states) or self.stock is not None or self.asked_price)
        )


def open_shadow_roots(root: Any) -> None:
    """Replace each declarative shadow root (`<template shadowrootmode="open">`, Chrome's earlier
    `shadowroot` attribute) under `root` by its content, in place: a browser renders what such a
    template holds inside its host element (web components rendered on the server, Lit's and
    Declarative Shadow DOM's `<product-price><template shadowrootmode="open"><span>$129.00</span>`),
    where every other `<template>` stays inert and unread. `root`: an lxml.html element. Source: the lead's probe, stop 36 (a
    price and a title inside one gave no listing)."""
    for tpl in root.xpath("//template[@shadowrootmode or @shadowroot]"):
        tpl.drop_tag()  # parsel parses with lxml.html: its elements keep text and tail in place


class Page(Layout):
    """One parsed page, the positions of its elements (document order, `Layout`) and the finders
    of its fields. `Page(sel, base)`: `sel` the parsed page (parsel Selector), `base` the URL
    relative links resolve against."""

    def __init__(self, sel: Any, base: str) -> None:
        open_shadow_roots(sel.root)
        super().__init__(sel, base)

    def find_title(self) -> tuple[str | None, Any]:
        """The product title and its element (None, None when there is no candidate):
        `titles.find_title`, or the product's `<h2>` under a category `<h1>` (`product_h2`)."""
        title, el = find_title(self)
        under = product_h2(self, el) if el is not None and el.tag == "h1" else None
        return under or (title, el)

    def find_price(self, title_el: Any) -> tuple[float | None, str | None, Any, bool, set[float]]:
        """(amount, currency, element, in a repeated card, old/list prices seen): `prices.find_price`."""
        return find_price(self, title_el)

    def find_images(self, title_el: Any, title: str | None) -> tuple[list[str], float]:
        """Image URLs best first (resolved against the base) and the best one's score: `photos.find_images`."""
        return find_images(self, title_el, title)

    def buy_state(self, title_el: Any = None) -> tuple[bool, str | None, bool, bool]:
        """(the page has a buy control, availability its controls state, a live control shown, a
        control says the item is not in stock): `controls.buy_state`."""
        return buy_state(self, title_el)

    def stock_state(self, live_buy: bool = False) -> str | None:
        """The schema.org availability an element named for it states: `controls.stock_state`."""
        return stock_state(self, live_buy)

    def near_state(self, title_el: Any, window: int = 80, limit: int = 200) -> str | None:
        """A not-in-stock availability just after the title, in a text of at most `limit`
        characters: `controls.near_state`."""
        return near_state(self, title_el, window, limit)

    def labelled(self, label: re.Pattern[str], limit: int = 60) -> str | None:
        """The value written after a label ("Brand: Acme"): `brands.labelled`."""
        return labelled(self, label, limit)

    def find_brand(self, title_el: Any = None) -> str | None:
        """The brand the page names: `brands.find_brand`."""
        return find_brand(self, title_el)

    def others_price(self, price_el: Any, title_el: Any) -> bool:
        """The price read (`price_el`) is another item's, not the titled one's: it sits in another
        product's card shown alone that names its item (`Layout.named_card`: a category or search
        page of one item, a 404 page's one recommendation, a featured card under a category
        heading; `prices.find_price` keeps such a price when it reads no other), or in a dialog
        shown on demand that does not hold the title (a category's quick-view panel of its first
        item). The product's own price beside its title (a payment logo's picture link beside it
        names no item) and its own quick-view fragment (title and price in one dialog) are not."""
        if self.named_card(price_el, title_el):
            return True
        return self.in_dialog(price_el) and (title_el is None or not self.in_dialog(title_el))

    def find(self) -> Found:
        """Everything at once. A page none of whose title finders reads a title element gets its
        lone heading (`lone_heading`), one whose price finders read no price a labelled price line
        (`price_line`; also one whose price finders read another item's card price), one without a buy
        control a labelled stock count (`controls.stock_count`)."""
        title, title_el = self.find_title()
        fallback = False
        if title_el is None and not shop_page_headed(self):  # no title, or only the document <title>'s
            heading, heading_el = lone_heading(self)
            if heading is None:
                heading, heading_el = doc_title_element(self)
            if heading is not None:
                title, title_el, fallback = heading, heading_el, True
        badge = heading_state(title_el) if title_el is not None and not fallback else None
        if badge and title and title.casefold().startswith(badge.casefold()):
            title = title[len(badge) :].lstrip(" ·•|:–—-])")  # the badge is no word of the name
        # none where the page's price element says no amount is asked (`prices.no_amount_stated`), whatever
        # amounts its shipping line, description or other items' cards show; nor a price line then
        no_amount = no_amount_stated(self, title_el)
        amount, cur, price_el, card, old = (
            (None, None, None, False, set()) if no_amount else self.find_price(title_el)
        )
        card = card or (price_el is not None and self.others_price(price_el, title_el))
        card = card or (price_el is not None and offer_list(self, price_el, title_el))
        first = first_offer(self, price_el, title_el) if price_el is not None and not card else None
        if first is not None:
            amount, cur, price_el = first  # the product's first offer, its price named by nothing
        if (amount is None or card) and title is not None and not no_amount:
            # or the price read sits in another item's card (an old page's "Vous aimerez aussi :" row)
            # and a labelled line outside such cards states the product's own (stop 41's page kinds)
            line = price_line(self, title_el)
            if line is not None and (amount is None or not self.lone_card(line[2], title_el)):
                (amount, cur, price_el), fallback = line, True
                card = self.others_price(price_el, title_el)
        images, img_score = self.find_images(title_el, title)
        buy, buy_avail, shown_live, buy_said_sold = self.buy_state(title_el)
        # a page read by the fallbacks needs a buy control of its own: a review's "Buy it now at
        # Amazon.com" leads to another shop (`elsewhere_only`)
        offsite = fallback and buy and buy_avail == "InStock" and elsewhere_only(self)
        toks = tokens(title or "")
        sold_near = self.near_state(title_el) if amount is None or card else None  # pages without a price
        sold_shown = self.near_state(title_el) if amount is not None and not card and not buy else None
        return Found(
            near_state=sold_near,
            sold_shown=sold_shown,
            stock=self.stock_state(live_buy=shown_live)
            or (None if buy else stock_count(self))
            # not-in-stock words just after the title of a priced page without a buy control, in a
            # short line ("Товар закончился" where no name marks it; not prose saying "not available")
            or (self.near_state(title_el, limit=_STATE_LINE) if sold_shown else None)
            # no price and no buy control until a variant is chosen ("To buy, select Size"): on sale
            # (the prices of related cards around it are other items': Amazon's parent items)
            or ("InStock" if (amount is None or card) and not buy and choose_to_buy(self) else None)
            # a control disabled until a variant is chosen: the shown variants are on sale (the
            # control's own OutOfStock stays `buy_availability`, which structured offers are checked by)
            or ("InStock" if buy_avail == "OutOfStock" and waits_for_variant(self) else None)
            # a state badge opening the heading ("Sold · NAME": Facebook Marketplace's sold or reserved item)
            or ("OutOfStock" if badge else None)
            # a state beside the amount in the price's element ("$10 · In stock", Facebook Marketplace)
            or (price_line_state(price_el) if price_el is not None and not card else None),
            title_named=title_named(self, toks),
            shop_titled=(amount is None or card) and doc_title_is_shop(self),
            title=title,
            title_el=title_el,
            price=amount,
            currency=cur,
            price_el=price_el,
            price_in_card=card,
            old_prices=old,
            images=images,
            image_score=img_score,
            buy=buy and not offsite,
            buy_availability=None if offsite else buy_avail,
            buy_said_sold=buy_said_sold,
            fallback=fallback and title is not None,
            several=(fallback or _unmarked(self, title_el)) and several_offers(self, title_el),
            asked_price=(amount is None or card) and asked_price(self),
            article=amount is not None and not card and article_price(self, title_el, price_el),
        )


_STATE_LINE = 120  # characters: a stated availability is short (as `extract._MAX_STATE_TEXT`)


# ---- pages the finders above read nothing on -------------------------------------------------


def _weight(el: Any) -> int:
    """How much `el` stands out as a heading: 3 for an `<h2>` or a big font (`<font size="5">`,
    `size="+2"`), 2 for an `<h3>`, `<big>` or `<font size="4">` / `"+1"`, 0 otherwise."""
    size = (el.get("size") or "").strip() if el.tag == "font" else ""
    if el.tag == "h2" or re.fullmatch(r"\+[2-7]|[5-7]", size):
        return 3
    return 2 if el.tag in ("h3", "big") or size in ("4", "+1") else 0


def _heading_text(el: Any) -> str:
    """The text a heading shows, as a title (`titles.clean_title`: no price, badge or item number)."""
    return clean_title(visible_text(el, skip_prices=True))


def lone_heading(page: Layout) -> tuple[str | None, Any]:
    """(text, element) of the page's one heading of the most weight (`_weight`), for a page with no
    `<h1>` and no element named for the title (`titles.find_title` reads no title element, at most
    the document `<title>`): a Korean mall theme's `<h2 class="goods_name">`, an old table layout's
    `<font size="4"><b>`. Not a link nor one holding a link, nor one in menus, cards or hidden
    parts, nor a label ("Price:"), an amount or a stock state, nor, on a page with a `<title>`, a
    heading under half of whose words it names ("Customer reviews"), unless that `<title>` names only
    the shop (`titles.doc_title_is_shop`: an old shop script's "<title>Model Train Barn</title>" on
    every page, the item's name in a `<font size="4"><b>`; stop 41's page kinds); two or more
    headings of that weight (a category's product names): (None, None)."""
    found: dict[int, dict[str, Any]] = {}
    named = bool(page.title_tokens) and not doc_title_is_shop(page)
    for el in page.root.iter("h2", "h3", "big", "font"):
        weight = _weight(el)
        if not weight or el.xpath("ancestor-or-self::a or .//a") or hidden(el) or any(page.context(el)):
            continue
        text = _heading_text(el)
        toks = tokens(text)
        if not 2 <= len(toks) <= 40 or text.endswith((":", "：")) or MONEY.search(text):
            continue
        if len(toks) <= 4 and normalize_availability(text):
            continue  # "Out of Stock" set big and red
        if named and sum(t in page.title_tokens for t in toks) < len(toks) / 2:
            continue
        found.setdefault(weight, {}).setdefault(text, el)
    top = found[max(found)] if found else {}
    return next(iter(top.items())) if len(top) == 1 else (None, None)


def doc_title_parts(page: Layout) -> list[list[str]]:
    """The words (`tokens`) of each part of the document `<title>` that has any, in order: the title
    split at its separators (`DOC_TITLE_SEP`: "NAME | Shop", "【楽天市場】NAME：SHOP" -> NAME's words,
    then SHOP's). [] for a page without a `<title>`."""
    return [t for t in (tokens(p) for p in DOC_TITLE_SEP.split(page.doc_title or "")) if t]


# the fewest words of the document <title>'s first part an unmarked element must open with to be the
# product's name (`doc_title_element`); the longest text such an element may show (characters)
DOC_TITLE_WORDS = 3
DOC_TITLE_TEXT = 200


# the share of a document title part's words a heading shows for that part to name it (`title_named`)
PART_SHOWN = 0.8


def title_named(page: Layout, toks: list[str]) -> float:
    """How far the document `<title>` (and og:title) names the title whose words are `toks`, 0-1:
    the share of those words it repeats, or 1.0 where one of its parts (`doc_title_parts`) of
    `DOC_TITLE_WORDS` or more words is shown in the title (`PART_SHOWN` of its words: "Blanche" in
    the document title, "blanches" in the heading, on Amazon.fr). Amazon writes a shortened name in
    the document title ("Philips Airfryer Essential HD9252/90 : Amazon.co.uk: Home & Kitchen") over
    the full heading ("Philips Airfryer Essential - 4.1L, Rapid Air Technology, 1400W, Black
    (HD9252/90)"), which repeats under half the heading's words: an unavailable item's page, without
    a price, gave no listing (the stock/sku review 5's Amazon .co.uk and .fr pages; stop 36)."""
    if not toks:
        return 0.0
    have = set(toks)
    for part in doc_title_parts(page):
        if len(part) >= DOC_TITLE_WORDS and sum(t in have for t in part) >= PART_SHOWN * len(part):
            return 1.0
    return sum(t in page.title_tokens for t in toks) / len(toks)


def doc_title_element(page: Layout) -> tuple[str | None, Any]:
    """(text, element) of the element showing the product's name on a page with no heading the
    finders read (`titles.find_title` reads at most the document `<title>`, `lone_heading` none): a
    page of obfuscated class names that sets the name in a plain `<div><span>` (Shopee's product pages
    of 2022-23, `<div class="_44qnta"><span>`). The first text in the body whose words open with the
    words of the document `<title>`'s first part with words (`doc_title_parts`; `DOC_TITLE_WORDS` or more) and
    whose element shows at most `DOC_TITLE_TEXT` characters, outside links, menus, cards and hidden
    parts. (None, None) when there is none. Source: the lead's price probe (stop 35)."""
    parts = doc_title_parts(page)
    want = parts[0] if parts else []
    if len(want) < DOC_TITLE_WORDS:
        return None, None
    for node, raw in page.text_nodes():
        if tokens(raw)[: len(want)] != want:
            continue
        el = node.getparent()
        el = el.getparent() if el is not None and node.is_tail else el
        if (
            el is None
            or el.tag == "title"
            or el.xpath("ancestor-or-self::a")
            or hidden(el)
            or any(page.context(el))
        ):
            continue  # a `<title>` the body holds (eBay's `<noscript>` copy of its head) is the document's title
        text = _heading_text(el)
        if 0 < len(text) <= DOC_TITLE_TEXT:
            return text, el
    return None, None


# the label of a price written as a line of its own ("Price: $24.98", "Our Price: $9.95", "Preis: 12,90 €",
# "Fiyat: 349,99 TL", "가격 : 19,900원"); not an old or list price ("List Price:", "Retail:" open otherwise)
_PRICE_LABEL = re.compile(
    r"^(?:(?:our|sale|your|special)\s+)?(?:price|preis|unser preis|prix|precio|prezzo|preço|prijs|cena|cijena"
    r"|hinta|pris|fiyat[ıi]?|цена|価格|販売価格|가격|판매가|售价|价格|價格)\s*[:：]\s*(.*)$",
    re.I,
)


def price_line(page: Layout, title_el: Any) -> tuple[float, str | None, Any] | None:
    """(amount, currency, element) of the price written as a labelled line after the title
    (`_PRICE_LABEL`; the amount in the same text or the next one, a table's next cell), for a page
    whose price finders read none: an old table layout's "Price: $24.98" among `<br>`-separated
    lines. Outside menus, cards and hidden parts, at most 40 characters, no old-price word; None
    when there is none or the lines read two amounts (a list of products)."""
    at = page.order.get(title_el, -1) if title_el is not None else -1
    nodes = page.text_nodes()
    found: dict[tuple[float, str | None], Any] = {}
    for i, (node, raw) in enumerate(nodes):
        m = _PRICE_LABEL.match(raw.strip())
        el = node.getparent()
        el = el.getparent() if el is not None and node.is_tail else el
        if m is None or el is None or page.order.get(el, 0) < at or any(page.context(el)) or hidden(el):
            continue
        value = m.group(1).strip() or next((t.strip() for _, t in nodes[i + 1 : i + 3] if t.strip()), "")
        if len(value) > 40 or not MONEY.search(value) or OLD_TEXT.search(value):
            continue
        amount, cur, _, _ = shown_price(value)
        if amount:
            found.setdefault((amount, cur), el)
    found = _own_lines(page, found, title_el)
    if len({amount for amount, _ in found}) != 1:
        return None
    (amount, cur), el = next(iter(found.items()))
    return amount, cur, el


def product_h2(page: Layout, h1: Any) -> tuple[str, Any] | None:
    """(text, element) of the product's `<h2>` (or `<h3>`) under a category `<h1>`: the document `<title>`
    names the product first and the category after it ("Oxford Brogue Tan - Men's Shoes - Shoe
    Shop"), the `<h1>` shows a later part of it, and an `<h2>` / `<h3>` after it, outside menus, cards and
    hidden parts, shows the first; None otherwise (the `<h1>` shows the first part or none)."""
    parts = doc_title_parts(page)
    head = tokens(_heading_text(h1))
    if len(parts) < 2 or head == parts[0] or head not in parts[1:]:
        return None
    # or an `<h3>` (a Bootstrap 3 shop's category `<h1>` over the product's `<h3>`; the title helper's review 9)
    for el in h1.xpath("following::*[self::h2 or self::h3][position() <= 20]"):
        if tokens(_heading_text(el)) == parts[0] and not hidden(el) and not any(page.context(el)):
            return _heading_text(el), el
    return None


def _own_lines(page: Layout, lines: dict[Any, Any], title_el: Any) -> dict[Any, Any]:
    """`lines` (any key -> the element of a labelled price line) less those inside another item's card
    (`Layout.lone_card`: a block holding a picture link to another item's page, as an old table
    layout's "You might also like:" rows of a thumbnail, a name and "Price: $54.00" are), when at
    least one line sits outside such cards: the product's own price line beside a strip of other
    items. A page all of whose lines sit in such cards (a category page of two items) keeps them all.
    Source: stop 41's page kinds (old table product pages with a related strip gave no listing)."""
    own = {k: el for k, el in lines.items() if not page.lone_card(el, title_el)}
    return own or lines


# a date with its year, as an article's dateline or byline writes it: "November 3, 2026", "3 juin 2026",
# "1 de noviembre de 2026", "9 июля 2026", "5. listopada 2026.", "02.09.2026", "2026. 10. 20.", "2026/08/18"
_DATE = re.compile(
    r"\b\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?(?:19|20)\d\d\b"
    r"|\b[^\W\d_]{3,}\.?\s+\d{1,2},\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}[./]\s?\d{1,2}[./]\s?(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d[./-]\s?\d{1,2}[./-]\s?\d{1,2}\b"
)
# the longest text (characters) a dateline or byline line shows
_DATELINE = 120
# the fewest characters of a paragraph of an article's text ("Wir haben 12 Geräte getestet.")
_PROSE = 25
# an `<article>` named for a product: WooCommerce's `<article class="product type-product">`, a theme's
# product article (the product page itself, as Yoast's og:type "article" on it is)
_PRODUCT_ARTICLE = re.compile(r"product", re.I)


def article_price(page: Layout, title_el: Any, price_el: Any) -> bool:
    """The price read (`price_el`) sits in an article below its dateline or a section heading: the
    title (`title_el`) heads an `<article>` not named for a product (`_PRODUCT_ARTICLE`), or the page
    declares og:type "article" and the title sits in no product's `<article>`, and between the title
    and the price, outside menus, cards and hidden parts, stand a paragraph of text (`_PROSE` or more
    characters, no amount, no date: the article has begun) and a `<time>`, a section heading after
    such a paragraph (`<h2>`, `<h3>`) or a short line writing a date with its year (`_DATE`: "By Sam
    Lee · Updated November 3, 2026"). A classified ad's `<article>` shows its price right under its
    title and posting `<time>` (Daangn's "남성패션/잡화 ∙ <time>2시간 전</time>"), no text before it. A review's "Price: ca. 649,00 €" box under "Von Jonas Weber · 02.09.2026", a
    buying guide's picks under their `<h2>`, a recipe's "Shop the pan" box after its "Ingredients" are
    no product's page: a product page shows its price beside its title, before its sections, and its
    dated reviews after it. Yoast writes og:type "article" on WooCommerce product pages (a rule taking
    it alone lost 4 of the 48 held-out product pages, db1ae65): those show no date or section between
    title and price. Source: stop 41's page kinds (reviews, guides, recipes in 9 languages)."""
    if title_el is None or price_el is None:
        return False
    start, end = page.order.get(title_el, -1), page.order.get(price_el, -1)
    if not 0 <= start < end:
        return False
    if not _in_article(page, title_el) or buy_form(page):
        return False
    prose = dated = False  # a paragraph of the article's text; a time, a section heading
    for el in title_el.xpath("following::*[self::time or self::h2 or self::h3 or self::p or self::li]"):
        if page.order.get(el, end) >= end:
            break
        if any(page.context(el)) or hidden(el) or price_el in el.iterdescendants():
            continue
        text = visible_text(el)
        dated = dated or el.tag == "time" or (el.tag in ("h2", "h3") and prose and bool(tokens(text)))
        prose = prose or (
            el.tag in ("p", "li")
            and len(text) >= _PROSE
            and not MONEY.search(text)
            and not _DATE.search(text)
        )
    if not prose:
        return False  # the item's price right under its title and posting time (a classified ad's)
    return dated or _dateline(page, title_el, start, end)


def _in_article(page: Layout, title_el: Any) -> bool:
    """`title_el` heads an `<article>` not named for a product (`_PRODUCT_ARTICLE`), or sits in no
    `<article>` on a page declaring og:type "article"."""
    art = next(title_el.iterancestors("article"), None)
    if art is not None:
        return not _PRODUCT_ARTICLE.search(page.names.get(art, ""))
    og = page.sel.xpath("//meta[@property='og:type' or @name='og:type']/@content").get() or ""
    return og.strip().lower() == "article"


def _dateline(page: Layout, title_el: Any, start: int, end: int) -> bool:
    """A short text between document positions `start` (the title's) and `end` (the price's),
    outside menus and cards, writes a date with its year (`_DATE`) as a byline does, not as a
    labelled field ("Release date: 12.03.2026" on a game's page)."""
    for node, raw in page.text_nodes():
        el = node.getparent()
        el = el.getparent() if el is not None and node.is_tail else el
        at = page.order.get(el, -1) if el is not None else -1
        if at <= start or el in title_el.iterancestors():
            continue
        if at >= end:
            break
        m = _DATE.search(raw) if len(raw.strip()) <= _DATELINE else None
        if m and not re.search(r"[:：]\s*$", raw[: m.start()]) and not any(page.context(el)):
            return True
    return False


# a field choosing how many or which one to buy
_QUANTITY = re.compile(
    r"qty|quantit|menge|anzahl|cantidad|quantité|qte|quantità|kolic|količ|수량|數量|数量|количеств", re.I
)


def buy_form(page: Layout) -> bool:
    """A `<form>` outside menus, cards and hidden parts holds a submit control (a buy phrase or any
    words: "Tickets kaufen", "Rezerviraj") and a field choosing how many or which (a number input, a
    `<select>`, an input named for the quantity, `_QUANTITY`), and no field of a search, comment or
    sign-up form (a text area, an e-mail, search or password input): a product's own buy form
    ("Anzahl [2] Tickets kaufen" on a ticket shop's event page, WooCommerce's quantity and "Add to
    cart"), which an article's shop box does not carry."""
    for form in page.root.iter("form"):
        if any(page.context(form)) or hidden(form):
            continue
        if form.xpath(".//textarea | .//input[@type='email' or @type='search' or @type='password']"):
            continue
        submit = form.xpath(
            ".//button[not(@type) or @type='submit'] | .//input[@type='submit' or @type='image']"
        )
        if not any(tokens(control_text(b)) for b in submit):
            continue
        names = " ".join(form.xpath(".//input/@name | .//select/@name | .//input/@id | .//label//text()"))
        if form.xpath(".//select | .//input[@type='number']") or _QUANTITY.search(names):
            return True
    return False


# words of a link's address that add to or open a cart or an order (a cart script on another host, an
# old hosted cart's "add.cfm", PayPal's "cgi-bin/webscr?cmd=_cart"): a buy control of the page's own shop
_CART_WORDS = re.compile(
    r"cart|basket|bag|order|checkout|add|buy|kasse|warenkorb|bestell|panier|commande|ajout|carrello|ordin|aggiung"
    r"|carrito|pedido|kosarica|košarica|dodaj|narud|webscr",
    re.I,
)


def elsewhere_only(page: Layout) -> bool:
    """Every control reading a buy phrase outside menus, cards and hidden parts is a link to another
    host whose address names no cart or order (`_CART_WORDS`): an affiliate "Buy it now at
    Amazon.com" (`/exec/obidos/ASIN/...`) of a review or blog post, no way to buy on this page; False
    where a button, a form's input or a link on this host or to a cart reads one. Source: stop 41's
    page kinds (an old blog post's "Price: $89.99" and Amazon link gave a listing)."""
    host = (urlsplit(page.base).hostname or "").removeprefix("www.")
    seen = False
    for el in page.root.xpath(_CONTROLS)[:400]:
        text = control_text(el)
        if len(text) > 40 or not opens_with_buy(text) or any(page.context(el)) or hidden(el):
            continue
        if el.tag != "a":
            return False
        href = urljoin(page.base, (el.get("href") or "").strip())
        parts = urlsplit(href)
        other = (parts.hostname or "").removeprefix("www.")
        if not other or other == host or other.endswith("." + host) or _CART_WORDS.search(href):
            return False
        seen = True
    return seen


# the most characters a compare table's price cell shows ("From $799", "1.199,00 €", "NT$ 35,900")
_PRICE_CELL = 30
# links naming an item: inside a heading or around one
_HEADING_LINKS = (
    ".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]//a"
    " | .//a[.//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]]"
)
# how many ancestors of a price are searched for one of several offer blocks (`offer_list`)
_OFFER_LEVELS = 4


# the longest text of the line holding an offer block's buy control and its amount (`first_offer`)
_OFFER_LINE = 60


def first_offer(page: Layout, price_el: Any, title_el: Any) -> tuple[float, str | None, Any] | None:
    """(amount, currency, element) of the first of the product's own offer blocks, where the price read
    (`price_el`) sits in a later one and the finders could not see the first's: the price's block is one of
    2+ siblings of its tag and class (within 5 levels up, below the title's block), the first and the
    price's own each hold a buy control, the first holds no element named for a price (`prices.price_elements`)
    where the price's block does, and the first's line holding its buy control shows one amount (at most
    `_OFFER_LINE` characters, read by `shown_price`). A page offering its item in several formats sells the
    first it lists: Bandcamp's album page offers "Digital Album ... Buy Now $9 CAD" before its CD, vinyl and
    merchandise blocks, and only those are named "package-price" ($12 read; registry pages, stop 67). Blocks
    alike in naming (ticket zones, each price a bare `<p>`) keep `find_price`'s choice. None otherwise."""
    nodes = [price_el, *price_el.iterancestors()][:5]
    node, same = next(_sibling_groups(nodes, title_el, ("body", "html", "main", "form")), (None, []))
    if node is None:
        return None
    named = price_elements(page)
    first = same[0]
    if first is node or not _buys(node) or not any(_holds(node, el) for el in named):
        return None
    return _offer_amount(first) if not any(_holds(first, el) for el in named) else None


def _sibling_groups(
    nodes: list[Any], title_el: Any, stops: tuple[str, ...]
) -> Iterator[tuple[Any, list[Any]]]:
    """For each of `nodes` (an element and its ancestors, nearest first) that has a class and 2+ siblings of
    its tag and class: the node and those siblings (itself among them), until a node of a `stops` tag or one
    holding the title `title_el`."""
    holds_title = set(title_el.iterancestors()) if title_el is not None else set()
    for node in nodes:
        if node.tag in stops or node in holds_title:
            return
        if not node.get("class"):
            continue
        same = alike_siblings(node)
        if len(same) >= 2:
            yield node, same


def _holds(block: Any, el: Any) -> bool:
    """`el` is `block` or inside it."""
    return el is block or block in el.iterancestors()


def _offer_amount(block: Any) -> tuple[float, str | None, Any] | None:
    """(amount, currency, line) of an offer block: the first line holding one of its buy controls that shows
    one amount (`first_offer`)."""
    for control in _buys(block):
        line = control.getparent()
        text = " ".join(" ".join(line.itertext()).split()) if line is not None else ""
        if len(text) <= _OFFER_LINE and len(MONEY.findall(text)) == 1:
            found, cur, _, _ = shown_price(text, None)
            if found is not None:
                return found, cur, line
    return None


def _buys(el: Any) -> list[Any]:
    """The controls under `el` (buttons, inputs, links) whose short text opens with a buy phrase."""
    found = el.xpath(".//button | .//input[@type='submit' or @type='button' or @type='image'] | .//a")
    return [c for c in found if len(control_text(c)) <= 40 and opens_with_buy(control_text(c))]


def _other_pages(page: Layout, el: Any, links: list[Any] | None = None) -> set[str]:
    """The paths of the pages `el`'s links (or `links`) lead to other than this page: not "#...",
    scripts or picture files."""
    own = urlsplit(page.base).path.rstrip("/")
    out = set()
    for a in el.iter("a") if links is None else links:
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        parts = urlsplit(urljoin(page.base, href))
        path = parts.path.rstrip("/") + ("?" + parts.query if parts.query else "")
        if parts.path.rstrip("/") != own and not re.search(
            r"\.(?:jpe?g|png|webp|gif|svg)$", parts.path, re.I
        ):
            out.add(path)
    return out


def offer_list(page: Layout, price_el: Any, title_el: Any) -> bool:
    """The price read (`price_el`) is one of several offers shown side by side, each with its own
    way to buy, not the titled product's: a compare table (the price a cell of a row of two or more
    cells each showing just an amount, `_PRICE_CELL`, of two or more amounts, in a table whose first
    row heads two or more columns with a picture or a link to another page, an item each, and one row
    of which holds two or more cells each with a buy control or a link to another page: "Compare
    products", an event or model comparison; not a quantity-break table headed "1-9", "10+"), or one of two or more blocks of the same tag and class
    (`_OFFER_LEVELS` up), each showing an amount, a buy control and its own item's link, its buy
    link or a heading's, to another page than this one and the other blocks' (an event list's
    "Desde 18,00 € · Comprar entradas" per event, no pictures: no card `Layout.context` knows). The title's own block, and a product's own offer
    boxes (a one-off and a subscription price, "New" and "Used", ticket zones each with a button to
    this page's cart) do not count. Source: stop 41's page kinds."""
    if title_el is None:
        return False
    cell = next((a for a in [price_el, *price_el.iterancestors()][:3] if a.tag in ("td", "th")), None)
    row = cell.getparent() if cell is not None else None
    table = next(row.iterancestors("table"), None) if row is not None else None
    if table is not None and title_el not in table.iterdescendants():
        shown = [" ".join(" ".join(c.itertext()).split()) for c in row if c.tag in ("td", "th")]
        amounts = {t for t in shown if MONEY.search(t) and len(t) <= _PRICE_CELL}
        head = next(iter(table.iter("tr")))  # the column heads: an item's picture or link each
        items = [
            c
            for c in head
            if c.tag in ("td", "th") and (c.find(".//img") is not None or _other_pages(page, c))
        ]
        if len(amounts) >= 2 and " ".join(" ".join(cell.itertext()).split()) in amounts and len(items) >= 2:
            for tr in table.iter("tr"):
                cells = [c for c in tr if c.tag in ("td", "th")]
                buying = [c for c in cells if _buys(c)]
                linked = [_other_pages(page, c) for c in cells]
                if len(buying) >= 2 or len({min(p) for p in linked if p}) >= 2:
                    return True
    stops = ("body", "html", "main", "form", "table", "tr")
    for _, same in _sibling_groups(list(price_el.iterancestors())[:_OFFER_LEVELS], title_el, stops):
        # the block's own item: its buy link ("Comprar entradas" to the event's page) or a heading's link
        paths = [
            _other_pages(page, s, [a for a in _buys(s) if a.tag == "a"] + s.xpath(_HEADING_LINKS))
            for s in same
        ]
        if all(
            MONEY.search(" ".join(s.itertext()))
            and _buys(s)
            and p
            and not any(p <= q for q in paths if q is not p)
            for s, p in zip(same, paths, strict=True)
        ):
            return True
    return False


# the controls `several_offers` reads for buy phrases
_CONTROLS = "//button | //input[@type='submit' or @type='button' or @type='image'] | //a"


def several_offers(page: Layout, title_el: Any = None) -> bool:
    """The page offers several items, each with its own price line or buy control, outside menus,
    cards and hidden parts: two or more amounts in labelled price lines (`_PRICE_LABEL`), or one buy
    phrase on two or more controls (an old category page's "Add to Cart" under each item; a
    product's "Add to cart" beside its "Buy now" is one of each). The test for pages read by the
    fallbacks, whose headings and prices no names mark as one product's. Lines inside other items'
    cards beside one outside them are a strip of other items beside the product's (`_own_lines`)."""
    lines: dict[tuple[float, int], Any] = {}
    for i, (node, raw) in enumerate(page.text_nodes()):
        m = _PRICE_LABEL.match(raw.strip())
        el = node.getparent()
        if m is None or el is None or len(m.group(1)) > 40 or not MONEY.search(m.group(1)):
            continue
        amount = shown_price(m.group(1))[0]
        if amount and not any(page.context(el)) and not hidden(el):
            lines[(amount, i)] = el
    amounts = {amount for amount, _ in _own_lines(page, lines, title_el)}
    said: list[str] = []
    for el in page.root.xpath(_CONTROLS)[:400]:
        text = control_text(el)
        if len(text) <= 40 and opens_with_buy(text) and not any(page.context(el)) and not hidden(el):
            said.append(text.casefold())
    return len(amounts) > 1 or len(said) > len(set(said))


def _unmarked(page: Layout, title_el: Any) -> bool:
    """`title_el` is no heading (`<h1>`, `<h2>`) and carries no id, class or itemprop: an element the
    title finder took for the name the document `<title>` repeats (an old layout's `<b>` or `<font>`),
    no element a theme marks as the product's."""
    return title_el is not None and title_el.tag not in ("h1", "h2") and title_el not in page.names
