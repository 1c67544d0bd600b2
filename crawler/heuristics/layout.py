"""Where an element sits on a parsed page: its position in document order, its names, and whether
it is inside a layout or noise container (header, footer, navigation, recommendations), a repeated
product card (category, search, "customers also bought" strips) or a dialog shown on demand.

`Layout` is the state every field finder (titles, prices, photos, controls, brands) reads;
`page.Page` adds the finders. No I/O.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree
from parsel import Selector

from knockoff.crawler.heuristics.dom import (
    MARKS,
    MONEY,
    NAME_ATTRS,
    alike_siblings,
    blank_image,
    closed,
    element_names,
    hidden,
    tokens,
)

# id/class words of a block of other products (recommendations, related, recently viewed, "you may also
# like", upsells): part of `_NOISE`, and alone in `photos._OTHER_ITEMS_BLOCK`
OTHER_ITEMS_NAMES = (
    r"recommend\w*|related|similar\w*|upsell\w*|cross-?sell\w*|recent\w*|you-may\w*|people-bought|frequently\w*"
    r"|(?:complete|shop)-the-look"  # "Complete the look" beside the gallery (stop 41's field mutations)
)
# the parts of a classifieds site's own ad, the listing itself, named so (OLX's "ad-photo", "ad_title",
# "ad-price-container", "ad_description"; the lead's probe of stop 37; AmericanListed's "ad-header", "ad-main-photo",
# "ad-meta", "ad-body", "ad-contact", "ad-thumbs": the title helper's review 9)
_OWN_AD_PARTS = (
    r"photos?|images?|gallery|title|price\w*|descriptions?|details?|params|parameters|view|header|meta|body"
    r"|contact|thumbs?|main-photo|info"
)
_NOISE = re.compile(
    rf"\b(?:{OTHER_ITEMS_NAMES}|also\w*|sponsor\w*|bundle\w*|combo\w*|"
    r"accessor\w*|others?|suggest\w*|widget\w*|footer\w*|"
    # navigation, not a slider's style of its arrows (Flatsome's gallery "slider-nav-small", "slider-nav-circle",
    # "slider-nav-light": the image helper's review 9)
    r"nav(?!-(?:small|large|light|dark|circle|outline|simple|reveal|round|square|inside|outside|push)\b)|"
    r"navbar|navigation|menu\w*|breadcrumb\w*|mini-?(?:cart|basket)|promo\w*|banner\w*|advert\w*|announcement\w*"
    # an ad, not a classifieds site's own ad, the listing itself, whose parts it names so (OLX's
    # "ad-photo", "ad_title", "ad-price-container", "ad_description"; the lead's probe of stop 37)
    r"|ads?(?!-(?:" + _OWN_AD_PARTS + r")\b))\b"
)
# an element named for a classified ad's own part (`_OWN_AD_PARTS`) beside the bare "ad" is the listing: AmericanListed
# 2017's `<div id="ad" class="ad-detail">` around its `ad-header`, `ad-main-photo`, `ad-meta` and `ad-body` (the title
# helper's review 9)
_OWN_AD = re.compile(rf"\bads?-(?:{_OWN_AD_PARTS})\b")
_LAYOUT_TAGS = {"header", "footer", "nav", "aside"}
# links to the site's front page, as a logo in the page's banner makes them: the root, "./", and front
# page files (Cafe24's `<a href="/index.html">`, Godomall's "../main/index.php"; issue 14's listing
# review 7: a Cafe24 page titled with the shop's name only, its logo linking to "/index.html", gave the
# shop's name as the title)
FRONT_PAGE_LINKS = (
    "//a[@href='/' or @href='./' or @href='index.html' or @href='/index.html' or @href='/index.php'"
    " or @href='/main/index.php' or @href='../main/index.php' or @href='/shop/main/index.php']"
)
# a link to a picture file (a gallery photo opening its large version), not to a page
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|webp|gif|avif|svg|bmp|tiff?)$", re.I)
_DIALOG = re.compile(
    r"modal|dialog|popup|popover|overlay|lightbox|tooltip|flyout|notify-?me|back-?in-?stock|quick-?view|quick-?shop"
)
# a name in which a dialog's word qualifies a price ("modal-price": Shopify Turbo's price class, on
# the product page as in its quick-shop modal) names the price shown, not a dialog; the dialog
# holding such a price elsewhere is named (or has a role) of its own (`Layout._is_dialog`)
_DIALOG_PRICE = re.compile(
    r"(?:modal|dialog|popup|popover|overlay|lightbox|tooltip|flyout|quick-?view|quick-?shop)-+(?:price|amount)"
)
# a name in which a dialog's word qualifies what opens it ("product__modal-opener": Shopify Dawn's
# wrapper around every gallery slide, "lightbox-trigger", "quick-view-button") names the page's own
# element that opens the dialog, not the dialog (tests/crawler/test_image_review3.py)
_DIALOG_OPENER = re.compile(
    r"(?:modal|dialog|popup|popover|overlay|lightbox|quick-?view|quick-?shop)-+"
    r"(?:opener|trigger|toggle|open|button|btn|link|launcher)(?![a-z])"
)
# a name in which a buy word qualifies the dialog's word ("BuyProductDialog": AbleCommerce's ASP.NET control
# holding the product page's own price, options and "Add to Cart", always shown; formasaurus 0.10.0's
# lanskybros.com page, stop 68) names the page's own buy block, not a dialog shown on demand; a quick-buy
# panel of a listed item ("quick-buy-modal") stays a dialog
_DIALOG_BUY = re.compile(
    r"(?<!quick-)(?<!quick)(?:buy|purchase)-+(?:(?:product|item|now|box)-+)?(?:dialog|modal|popup)"
)
_VARIANT_PARAM = re.compile(r"variant|colou?r|size|option|attribute|swatch|sku|style", re.I)


def _other_item(page_url: str, link_url: str) -> str | None:
    """`link_url`'s path and item id ("/item/itemView.ssg?itemId=1000598765432") when it names another
    item than `page_url` on the same path by a query parameter both carry with a numeric id of 4+
    digits and different values (SSG's `itemId`, Gmarket's `goodscode`, momo's `i_code`, Cafe24's
    `product_no`, Yahoo's `gdid`); None otherwise (a variant's "?variant=" on a page without it, a
    tracking parameter). Source: the listing helper's review 7, stop 38 (two related cards of such
    a marketplace were taken for the page's own blocks)."""
    mine = dict(parse_qsl(urlsplit(page_url).query))
    parts = urlsplit(link_url)
    for name, value in parse_qsl(parts.query):
        have = mine.get(name)
        if _VARIANT_PARAM.search(name) or have is None or have == value:
            continue  # a variant tile's "?variant=" of this product, a colour's, a size's
        if re.search(r"\d{4}", value) and re.search(r"\d{4}", have):
            return f"{parts.path.rstrip('/')}?{name}={value}"
    return None


# share of a page's elements over which a container named for noise is a page wrapper (Page.context)
WRAPPER_SHARE = 0.3


# how many ancestors of a price are searched for the card of one other product it sits in (a price
# span, its line, the card: `Layout.lone_card`)
LONE_CARD_LEVELS = 4
# the most currency amounts one product's card shows (its price, an old price, a unit price)
MAX_CARD_AMOUNTS = 3


def _noise_names(names: str) -> bool:
    """`names` (an element's `element_names`) name a part of the page that is not the product's (`_NOISE`); the
    bare "ad" / "ads" beside a name of a classified ad's own part (`_OWN_AD`: "ad ad-detail") does not count."""
    if _OWN_AD.search(names):
        names = " ".join(n for n in names.split() if n not in ("ad", "ads"))
    return bool(_NOISE.search(names))


def _one_product(el: Any, text: str) -> bool:
    """`el` (whose text is `text`) could be one product's card: it holds no `<h1>` (the page's
    heading sits in the page's own block) and at most `MAX_CARD_AMOUNTS` currency amounts (more
    are a list of products). For siblings that only share a class token: page sections sharing a
    builder's classes ("elementor-section elementor-element-1a7f", "product product-main" beside
    "product product-related") are not a card list. Siblings of the very same class need not pass."""
    return el.find(".//h1") is None and len(MONEY.findall(text)) <= MAX_CARD_AMOUNTS


def heading_group(node: Any) -> bool:
    """`node` (a `<header>`) holds no `<nav>`, no form field and no link to the front page
    (`FRONT_PAGE_LINKS`): a section's heading group (`<header><a class="brand">HOKA</a><h1>NAME</h1>
    ...</header>`), not a banner with the site's logo, menu or search. Source: the title helper's review
    8, stop 39 (Wayfair's)."""
    return not node.xpath(".//nav | .//form | .//input | ." + FRONT_PAGE_LINKS)


def _section_header(node: Any) -> bool:
    """`node` is a `<header>` of a section of the page, not its banner: a heading group (`heading_group`: a
    product block's heading, brand line and price) inside `<main>`, `<article>` or `<section>` (HTML-AAM maps
    such a header to no banner role), or one holding an `<h1>` of words, no link or picture in it (a 2017 page
    without those elements: Wayfair's `<header class="ProductDetailInfoBlock-header">` of the name and its "by"
    line; a banner's `<h1 class="logo"><a href="https://shop.example/"><img ...>` is the site's name). Source:
    the title helper's review 8, stop 39; the lead's tenth probe."""
    if node.tag != "header":
        return False
    if next(node.iterancestors("main", "article", "section"), None) is None:
        h1 = node.find(".//h1")
        if h1 is None or h1.find(".//a") is not None or h1.find(".//img") is not None:
            return False
    return heading_group(node)


def join_documents(root: Any) -> None:
    """Move the content of the top-level elements after `root` into `root`'s `<body>`, in place: markup
    opening `<html>` or `<body>` twice parses into sibling top-level elements (lxml), which `root.iter()` never
    reaches, where a browser shows one page (wilsonsleather.com's product page of 2016 in formasaurus 0.10.0:
    its gallery, price and buy button sat in the second, and its main photo was not read; stop 66)."""
    body, head = root.find("body"), root.find("head")
    body = body if body is not None else root
    for extra in list(root.itersiblings()):
        if not isinstance(extra.tag, str):
            continue
        if extra.tag != "html":  # an element after `</html>` ("</html><div>...</div>")
            body.append(extra)
            continue
        for child in list(extra):
            into = head if child.tag == "head" and head is not None else body
            for moved in list(child) if child.tag in ("head", "body") else [child]:
                into.append(moved)


def _page_link(el: Any) -> bool:
    """`el` holds a link to a page, not only links opening a picture file (a gallery's photos in their
    large size: Bandcamp's formats and merchandise, each item a block of its own photos, "Buy Now" and
    price under the album's heading; registry pages, stop 67)."""
    return any(
        not _PICTURE_FILE.search(urlsplit((a.get("href") or "").strip()).path)
        for a in el.iterfind(".//a[@href]")
    )


class Layout:
    """One parsed page and the positions of its elements (document order)."""

    def __init__(self, sel: Selector, base: str) -> None:
        self.sel = sel
        self.base = base
        self.root = sel.root
        join_documents(self.root)
        # comments and processing instructions are no part of what a page shows (React writes
        # "$<!-- -->99" between text parts): the finders read elements and their text only
        etree.strip_elements(self.root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
        self.order: dict[Any, int] = {}
        self.names: dict[Any, str] = {}  # element -> its id/class/itemprop words (element_names), when any
        for i, el in enumerate(self.root.iter()):
            self.order[el] = i
            if isinstance(el.tag, str) and any(el.get(a) for a in NAME_ATTRS):
                self.names[el] = element_names(el)
        self._context: dict[Any, tuple[bool, bool]] = {}
        self._asides: dict[Any, bool] = {}  # `_product_aside`, per <aside>
        doc_title = sel.xpath("string((//title[not(ancestor::*[local-name()='svg'])])[1])").get() or ""
        og_title = sel.xpath("//meta[@property='og:title' or @name='og:title']/@content").get() or ""
        self.title_tokens = set(tokens(doc_title + " " + og_title))
        self.doc_title = re.sub(r"\s+", " ", doc_title).strip()

    def named(self, pattern: re.Pattern[str]) -> list[Any]:
        """Elements whose id/class/itemprop words match `pattern`, in document order (a new list)."""
        cache = self.__dict__.setdefault("_named", {})
        if pattern not in cache:
            cache[pattern] = [el for el, n in self.names.items() if pattern.search(n)]
        return list(cache[pattern])

    def context(self, el: Any, levels: int = 12) -> tuple[bool, bool]:
        """(in layout/noise container, in a repeated card) for an element. A container named for
        noise that holds over `WRAPPER_SHARE` of the page's elements is a page wrapper carrying a
        state class ("product-page recommendations-visible", "navigation-mouse"), not a strip. A
        closed dialog (`_closed_dialog`: a listed item's pre-rendered quick view) counts as a card."""
        key = el
        if key in self._context:
            return self._context[key]
        noise = card = False
        node, depth = el.getparent(), 0
        while node is not None and depth < levels:
            if not isinstance(node.tag, str):
                break
            if (node.tag in _LAYOUT_TAGS and not self._product_aside(node) and not _section_header(node)) or (
                _noise_names(self.names.get(node, "")) and self._span(node) <= WRAPPER_SHARE * len(self.order)
            ):
                noise = True
            if not card and depth < 7 and node.tag not in ("body", "html", "form"):
                card = self._repeated_cached(node)
            card = card or self._closed_dialog(node)  # a closed quick view: another item's card
            node, depth = node.getparent(), depth + 1
        self._context[key] = (noise, card)
        return noise, card

    def _closed_dialog(self, node: Any) -> bool:
        """`node` is a dialog shown on demand (role dialog/alertdialog or named `_DIALOG`: a modal, a
        quick-view panel of a listed item, an added-to-cart popup) that is closed now: the `hidden`
        attribute, `aria-hidden="true"` or `display:none` on it. What it holds is not what the page
        shows: another item's name, picture and price pre-rendered for its quick view."""
        return self._is_dialog(node) and closed(node)

    def _is_dialog(self, node: Any) -> bool:
        """`node` is a dialog, popup or notification shown on demand: role dialog/alertdialog, or
        named `_DIALOG` by a name other than a price's (`_DIALOG_PRICE`: Turbo's "modal_price" on
        the product page's own price; a quick-shop modal around it is named for itself), an
        opener's (`_DIALOG_OPENER`: Dawn's "product__modal-opener" around each gallery slide) or the
        page's own buy block's (`_DIALOG_BUY`: AbleCommerce's "BuyProductDialog")."""
        if node.get("role") in ("dialog", "alertdialog"):
            return True
        names = self.names.get(node, "")
        own = (_DIALOG_PRICE, _DIALOG_OPENER, _DIALOG_BUY)  # a price's, an opener's, a buy block's name
        if any(p.search(names) for p in own):
            names = " ".join(n for n in names.split() if not any(p.search(n) for p in own))
        return bool(_DIALOG.search(names))

    def _product_aside(self, node: Any) -> bool:
        """`node` is an `<aside>` holding the page's `<h1>`: the product's own sidebar (title,
        price, details and buy button beside the photos, as on Vinted), not a layout strip. The
        page has no `<h1>` outside it but in its header, footer or menus (a sidebar widget headed by
        an `<h1>`, Twenty Fourteen's, sits beside the product's own heading; a logo `<h1>` in the
        header does not count), and its heading is no link (a sidebar theme's site title
        `<h1><a href="/">Shop</a></h1>`)."""
        if node.tag != "aside":
            return False
        if node not in self._asides:
            mine = node.findall(".//h1")
            self._asides[node] = (
                bool(mine)
                and all(h in mine for h in self._h1_body)
                and all(h.find(".//a") is None for h in mine)
            )
        return self._asides[node]

    @cached_property
    def declared_paths(self) -> frozenset[str]:
        """Paths (without a trailing "/") the page gives for itself: its `<link rel="canonical">`
        and og:url (the first 4 such values), resolved against the base URL."""
        named = self.sel.xpath(
            "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"
        ).getall()
        return frozenset(urlsplit(urljoin(self.base, u.strip())).path.rstrip("/") for u in named[:4])

    @cached_property
    def _h1_body(self) -> list[Any]:
        """The page's `<h1>` elements outside its header, footer and menus, less a site title: an `<h1>`
        holding a link to the front page (`FRONT_PAGE_LINKS`), as older themes print the shop's logo on
        every page (`<div class="site-branding"><h1><a href="/" rel="home"><img alt="Shop">`), and a hidden
        one (`dom.hidden`: a size-guide modal's heading). Source: stop 41's field mutations (Vinted's sidebar
        of the product lost to each)."""
        return [
            h
            for h in self.root.iter("h1")
            if not any(a.tag in ("header", "footer", "nav") for a in h.iterancestors())
            and not h.xpath("." + FRONT_PAGE_LINKS)
            and not hidden(h)  # a size-guide modal's own <h1>, printed hidden
            and not self._h1_aside(h)
        ]

    def _h1_aside(self, h: Any) -> bool:
        """`h` (an `<h1>`) heads something beside the page's product: another product's card (one of repeated
        siblings, within 4 levels) or a block named for the page's noise (`_noise_names`: an announcement bar,
        a promotion). Names and siblings only: `Layout.context` reads `_h1_body` itself. Source: stop 41's
        field mutations (cards and an announcement bar setting names in `<h1>` made Vinted's product `<aside>`
        a strip)."""
        for depth, a in enumerate(h.iterancestors()):
            if a.tag in ("body", "main") or depth > 6:
                return False
            if _noise_names(self.names.get(a, "")) or (depth < 4 and self._repeated_cached(a)):
                return True
        return False

    def _span(self, node: Any) -> int:
        """How many nodes (elements, comments) `node`'s subtree holds, itself included: the
        distance in document order to the node after it."""
        start, n = self.order.get(node, 0), node
        while n is not None:
            nxt = n.getnext()
            if nxt is not None and nxt in self.order:
                return self.order[nxt] - start
            n = n.getparent()
        return len(self.order) - start

    def _repeated_cached(self, node: Any) -> bool:
        """`_repeated` or `_card_pair`, once per parent, tag and class: both read only those (the
        siblings of a list of N cards would otherwise each compare all N)."""
        cache = self.__dict__.setdefault("_rep", {})
        key = (node.getparent(), node.tag, node.get("class"))
        if key not in cache:
            cache[key] = self._repeated(node) or self._card_pair(node)
        return cache[key]

    def _card_pair(self, node: Any) -> bool:
        """`node` is one of exactly two siblings of the same tag and class, each another product's
        card (a "customers also bought" strip of two items): each holds a picture link to another
        product's page (`_card_link`; another path than the other card's link), a currency amount,
        and could show one product (`_one_product`). Two price blocks of the product's own (a
        one-off and a subscription price, variant tiles linking to "?variant=", "New" and "Renewed"
        offer boxes linking to this product's offers), or a gallery column beside the buy column
        under the heading, are no such pair."""
        parent = node.getparent()
        if parent is None or (not node.get("class") and node.tag != "li"):
            return False
        same = alike_siblings(node)
        if len(same) != 2:
            return False
        paths: set[str] = set()
        for s in same:
            text = " ".join(s.itertext())[:2000]
            if not MONEY.search(text) or not _one_product(s, text):
                return False
            path = self._card_link(s)
            if path is None or path in paths:
                return False  # no link to another product, or the same page as the other card's link
            paths.add(path)
        return True

    def _card_link(self, card: Any) -> str | None:
        """The path of `card`'s first picture link (an `<a href>` holding an `<img>`; for a card whose
        picture sits outside any link, its first link with words, the name's) when it leads to
        another product's page, else None: not "#..." or a script, not this page, not a picture
        file (a gallery photo opening its large version), not a page under this product's own slug
        or id ("/offers/trail-runner-2/renewed" on "/p/trail-runner-2"), and its picture (a lazy-loaded
        one's `data-src` or `srcset` first) no SVG: a logo or an icon, not a product's photo."""
        link = next(
            (a for a in card.iter("a") if (a.get("href") or "").strip() and a.find(".//img") is not None),
            None,
        )
        img = link.find(".//img") if link is not None else card.find(".//img")
        if link is None and img is not None:
            # the picture outside the card's link, the name's link stretched over the card by CSS
            # (Shopify's Dawn and its kin: `.card__media` beside `.card__heading a.full-unstyled-link`)
            link = next(
                (a for a in card.iter("a") if (a.get("href") or "").strip() and tokens(a.text_content())),
                None,
            )
        href = (link.get("href") or "").strip() if link is not None else ""
        if not href or href.startswith(("#", "javascript:")):
            return None
        own = urlsplit(self.base).path.rstrip("/")
        path = urlsplit(urljoin(self.base, href)).path.rstrip("/")
        # this product's slug or id: the longest segment of this page's path holding a digit or a
        # hyphen ("trail-runner-2", "B0C1XYZ", "4021"; not a trailing "detail" or "buy")
        ids = [g for g in own.split("/") if len(g) >= 4 and re.search(r"[\d-]", g)]
        slug = max(ids, key=len) if ids else None
        if path == own:
            # a marketplace naming its items in the query ("itemView.ssg?itemId=", "Item?goodscode="):
            # another item's card links the same path with another id
            path = _other_item(self.base, urljoin(self.base, href)) or ""
            if not path:
                return None
        elif _PICTURE_FILE.search(path) or (slug is not None and slug in path.split("/")):
            return None
        srcs = [
            img.get(a) for a in ("data-src", "data-srcset", "srcset", "src") if (img.get(a) or "").strip()
        ]
        photo = urlsplit(srcs[0].strip().split()[0]).path if srcs else ""  # a lazy photo over its placeholder
        # an SVG is a logo or an icon; so is a CSS sprite's transparent spacer (`dom.blank_image`: an old shop's
        # gift-wrap option "<a href=".../info_center.php/icID/88/popup/true"><img src="spacer.gif"></a> € 3,90*"
        # inside the buy box, formasaurus 0.10.0's mindfactory.de page, stop 68)
        blank = img is not None and blank_image(img)
        return None if photo.lower().endswith(".svg") or blank else path

    def lone_card(self, el: Any, title_el: Any, levels: int = LONE_CARD_LEVELS) -> bool:
        """`el` sits in another product's card shown alone (a "you may also like" of one item, a
        mini basket's line): `lone_card_of` finds that card."""
        return self.lone_card_of(el, title_el, levels) is not None

    def lone_card_of(self, el: Any, title_el: Any, levels: int = LONE_CARD_LEVELS) -> Any:
        """The card of another product shown alone that `el` sits in, or None: of its `levels` nearest
        ancestors, the first holding a picture link (an `<a href>` around an `<img>`), when it links to
        another product's page (`_card_link`: not this page, an alias of it under its slug, a picture
        file or an SVG logo), could show one product (`_one_product`) and holds no title element
        `title_el`. The product's own gallery links to picture files or to this page; its own bundle or
        set to this product's slug."""
        for node in list(el.iterancestors())[:levels]:
            if not isinstance(node.tag, str) or node.tag in ("body", "html", "main", "form"):
                return None
            if title_el is not None and (node is title_el or title_el in node.iterdescendants()):
                return None
            if node.xpath(".//a[@href][.//img]"):
                text = " ".join(node.itertext())[:2000]
                return node if self._card_link(node) is not None and _one_product(node, text) else None
        return None

    def named_card(self, el: Any, title_el: Any, levels: int = LONE_CARD_LEVELS) -> bool:
        """`el` sits in another product's card shown alone that names its item (`named_card_of`)."""
        return self.named_card_of(el, title_el, levels) is not None

    def named_card_of(self, el: Any, title_el: Any, levels: int = LONE_CARD_LEVELS) -> Any:
        """The card of another product shown alone (`lone_card_of`) that `el` sits in and that names its
        item, or None: the card's picture link, or another link of the card to the same page, shows
        words besides amounts (the product name a category, search or recommendation card links,
        "<a><img><h2>Stumpenkerze</h2> 8,50 €</a>"). A payment logo's or a size chart's picture link
        beside the product's own price (a "Klarna" badge linking to its terms) names no item."""
        card = self.lone_card_of(el, title_el, levels)
        if card is None:
            return None
        href = card.xpath(".//a[@href][.//img]")[0].get("href")
        texts = [" ".join(a.itertext()) for a in card.iter("a") if a.get("href") == href]
        return card if any(tokens(MONEY.sub(" ", t)) for t in texts) else None

    @staticmethod
    def _repeated(node: Any) -> bool:
        """A product card in a list: 3+ siblings of the same tag and class, or of the same tag and a
        class token in common that could each show one product (`_one_product`), each holding a
        link to a page (`_page_link`: not only picture files) and a price (category, search, "customers
        also bought" strips). Utility classes
        repeated around the main product (sections, features) hold no prices and do not count."""
        parent = node.getparent()
        if parent is None or (not node.get("class") and node.tag not in ("li", "tr")):
            return False
        # the same tag and a class token in common ("product post-801", "product post-802": a card
        # list whose items carry their own ids among their classes)
        mine = set((node.get("class") or "").split())
        same = [
            s
            for s in parent
            if isinstance(s.tag, str)
            and s.tag == node.tag
            and (mine & set((s.get("class") or "").split()) or s.get("class") == node.get("class"))
        ]
        if len(same) < 3:
            return False
        exact = cards = 0  # cards of node's very class; cards that could each show one product
        for s in same[:8]:
            if not _page_link(s) and s.tag != "a":
                continue
            text = " ".join(s.itertext())[:2000]
            if MONEY.search(text) or s.xpath(".//*[contains(translate(@class, 'PRICE', 'price'), 'price')]"):
                exact += s.get("class") == node.get("class")
                cards += _one_product(s, text)
        # a class token in common only: parts of the page sharing it are not a card list
        return exact >= 3 or cards >= 3

    def distance(self, a: Any, b: Any) -> int | None:
        """How many nodes `b` comes after `a` in document order (negative: before); None without both."""
        if a is None or b is None:
            return None
        return self.order.get(b, 0) - self.order.get(a, 0)

    def in_dialog(self, el: Any, levels: int = 5) -> bool:
        """`el` sits in a dialog, popup or notification shown on demand (names or role say so)."""
        return self.dialog_of(el, levels) is not None

    def dialog_of(self, el: Any, levels: int = 5) -> Any:
        """The dialog, popup or notification shown on demand (role dialog/alertdialog, or named
        `_DIALOG`) that `el` or one of its `levels` nearest ancestors is; None when there is none."""
        node, depth = el, 0
        while node is not None and depth <= levels and isinstance(node.tag, str):
            if self._is_dialog(node):
                return node
            node, depth = node.getparent(), depth + 1
        return None

    def text_nodes(self) -> list[tuple[Any, str]]:
        """(text node, its text without bidi/zero-width marks) for the body's text outside scripts
        and styles, in document order (computed once)."""
        if "_text_nodes" not in self.__dict__:
            nodes = self.root.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")
            self._text_nodes = [(n, MARKS.sub("", n)) for n in nodes[:20000]]
        return self._text_nodes
