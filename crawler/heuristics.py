"""Product-page recognition and the main fields of pages without structured data.

A page shows one product when it has a product title, a current price near that title (not inside
a repeated card of a category, search or "customers also bought" strip), and a buy control or a
main product image; or, for an item that cannot be bought now and shows no price (an unavailable
Amazon item), a title the document `<title>` names, a main image and an availability stated by an
element named for it, a sold-out buy control or out-of-stock words just after the title
(`Found.unavailable_product`). Candidates are scored on general signals only, never on a shop's
name:

- title: `h1`, `[itemprop=name]`, elements whose id/class names a product or posting title
  (`#productTitle`, `.product-name`, `.postingtitle`, ...); scored by how much of the text the
  document `<title>` / `og:title` repeats, the kind of element, and whether it sits in a header,
  footer, navigation or repeated card. Hidden text ("Details about", screen-reader spans) and prices
  inside the heading are left out.
- price: elements whose id/class/itemprop names a price (`#priceblock_ourprice`, `.a-price`,
  `.price-sales`, `[itemprop=price]`, `[data-price]`, ...), without old/list/"was" prices,
  savings, shipping and instalments; scored by the name, `itemprop`, closeness to the title in
  document order, and repeated-card/recommendation context. Cents in their own element
  (`$<span>31</span><sup>57</sup>`) are read as cents.
- main image: `<img>` elements named main/primary/landing/hero/product image (`#landingImage`
  with `data-old-hires` / `data-a-dynamic-image`), `[itemprop=image]`, images in a product
  gallery, `og:image`; scored likewise, logos/icons/sprites/placeholders skipped.

Pure functions over a parsed page (parsel Selector / lxml); no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from knockoff.crawler.srcset import img_urls
from knockoff.crawler.values import AVAILABILITY_TEXT, normalize_availability, normalize_currency, parse_price

_PRICE_NAME = re.compile(
    r"price|prcisum|pricing|preis|prix|prezzo|precio|preço|preco|prijs|cena|cijena|cien|hinta|fiyat|цена|価格|价格|가격",
    re.I,
)
_STRONG_PRICE = re.compile(
    r"priceblock|product-?price|price-?(?:sales?|now|current|final|actual|value|main|big|large|amount|box|block)"
    r"|(?:sales?|our|current|final|now|special|offer|actual|main|display|selling|deal|buy|your|car|item)-?price"
    r"|prc-?isum|pdp-?price|a-price",
)
_OLD_PRICE = re.compile(
    r"\b(?:old|was|strike\w*|regular|before|compare\w*|list|uvp|rrp|msrp|crossed|standard|original|retail|"
    r"origin|stara|stari|staro|prej|alte[rn]?|ancien|save|saving\w*|discount\w*|shipping|delivery|(?<!with-)(?<!without-)(?<!including-)(?<!excluding-)(?<!incl-)(?<!excl-)tax|install\w*|monthly|per-month|financ\w*|points|"
    r"reward\w*|unit|per-unit|range|min|max)\b"
)
_OLD_TEXT = re.compile(
    r"\b(?:was|list price|reg\.?|regular|orig\.?|original|compare at|msrp|rrp|uvp|statt|avant|prima|antes|"
    r"save|you save|shipping|delivery|per month|/mo\b|a month|payments? of|interest[- ]free|"
    r"or \d+ (?:payments|installments)|over \$|orders over|savings?|rebate)\b"
    r"|(?:^|[:(]\s*)[-−]\s?[$€£¥]\s?\d",  # "Savings: -$80.00": an amount taken off (not "$10 – $20")
    re.I,
)
_NOISE = re.compile(
    r"\b(?:recommend\w*|related|similar\w*|also\w*|upsell\w*|cross-?sell\w*|sponsor\w*|recent\w*|bundle\w*|combo\w*|"
    r"accessor\w*|you-may\w*|others?|people-bought|frequently\w*|suggest\w*|widget\w*|footer\w*|nav|"
    r"navbar|navigation|menu\w*|breadcrumb\w*|mini-?cart|promo\w*|banner\w*|ad|ads|advert\w*)\b"
)
_MONEY = re.compile(
    r"[$€£¥￥₹₩₽₸₺₫₴₱]\s?\d|\d\s?(?:[$€£¥￥₹₩₽₸₺₫₴₱원円元]|(?:eur|usd|kr|zł|kč|kn|lei|ft|тг|руб|грн)\b)"
    r"|\b(?:usd|eur|gbp|chf|pln|czk|sek|nok|dkk|huf|ron)\s?\d",
    re.I,
)
_CURRENCY_MARK = re.compile(r"[$€£¥￥₹₩₽₸₺₫₴₱원円元]|\b(?:eur|usd|gbp|zł|kr|kn|kč|lei|ft)\b", re.I)
_LAYOUT_TAGS = {"header", "footer", "nav", "aside"}
_HIDDEN = re.compile(
    r"(?:^|\s)(?:hidden|hide|hdn|g-hdn|u-hidden|is-hidden|d-none|displaynone|display-none"
    # screen-reader-only text, also under a design system's prefix ("h-sr-only", "u-visually-hidden")
    r"|(?:[a-z0-9]+[-_])?(?:sr-only|visually-?hidden|screen-?reader(?:-text|-only)?|offscreen|a11y-hidden))(?:\s|$)",
    re.I,
)
_TITLE_NAME = re.compile(
    r"\b(?:product|item|pdp|posting|listing|prod)-?(?:title|name|heading)(?:-?text(?:-?only)?)?\b"
    r"|\btitle-?text-?only\b|\b(?:title|name)-(?:product|item)\b"
)
_IMG_NAME = re.compile(
    r"\b(?:landing|main|primary|hero|product|large|big|detail|featured|pdp|posting|zoom)-?"
    r"(?:image|img|photo|pic|picture|media|shot)\w*|\bimg-?blk-?front\b|\bic-?img\b|\bzoom\w*"
    r"|\b(?:main|primary|hero|featured)-[a-z]+-(?:image|img|photo|picture)\b"  # "main-content-image"
)
_GALLERY = re.compile(
    r"\b(?:gallery\w*|product-?(?:image|media|photo)\w*|media-?(?:gallery|viewer)|carousel\w*|slider\w*|"
    r"photos?|zoom\w*|swiper\w*|thumbnails?|image-?viewer|image-?block|img-?wrap\w*|figure|image-?container)\b"
    r"|\bproduct(?:-[a-z]+)?-(?:images?|img|media|photos?|gallery)\b|\b(?:img|image)-?(?:container|holder|wrap\w*)\b"
)
# the state class of the slide a carousel or gallery shows
_SHOWN_STATE = {
    "active", "is-active", "selected", "is-selected", "current", "is-current", "f-active", "slick-current",
    "swiper-slide-active", "flex-active-slide", "glide__slide--active", "splide__slide--active", "is-shown",
}  # fmt: skip
# another view of the product in an image's alt text or file name ("Alternate Image 2", "_Alt01")
_ALT_VIEW = re.compile(r"(?<![a-z])alt(?:ernate)?(?:[-_ ]?(?:\d|view|image))", re.I)
# thumbnails of a gallery (the strip of small pictures beside the main one): named so, or sized so
_THUMB = re.compile(r"thumb|swatch")
# size tokens image CDNs write into a URL: "_1024x1024", "?wid=100", "&w=704", BigCommerce
# ".375.375.jpg", Amazon "._SX522_" / "._AC_SL1500_" / "._SS40_"
_URL_SIZE = re.compile(
    r"(?<![a-z0-9])(\d{2,4})x(\d{2,4})(?![0-9])|[?&](?:wid|w|width|sw)=(\d{2,4})\b"
    r"|\.(\d{2,4})\.(\d{2,4})\.(?:jpe?g|png|gif|webp)\b|[._]S[XYLS](\d{2,4})_"
)
# words that mark a decoration, not a product photo, in an image URL or its element's names; a
# word counts only as a whole word (letters around it: "iconic", "catalogo" are not "icon", "logo")
# and not when the product's own title uses it ("Logo Hoodie", "Star Wars Mug")
_SKIP_IMG = re.compile(
    r"(?<![a-z])(?:logos?|icons?|sprites?|banners?|avatars?|pixel|tracking|badges?|flags?|payments?|"
    r"ratings?|stars?|spacer|blank|loading|loader|placeholder|transparent|spinner|captcha|beacon|"
    r"facebook|twitter|pinterest|instagram|youtube|social|doubleclick|no-?image|no_image|noimg)(?![a-z])"
    r"|(?<![a-z0-9])ads?(?![a-z0-9])"  # "/ads/", not a hex cache hash ("5899ad6aa0")
    # a file named by its size alone is a placeholder ("base-images/300x300.png"), unless the
    # folder above is the photo's id ("/Ym0vN8yYxvQ/550x550.jpg", a digit in it)
    r"|1x1|\.svg(?:\?|$)|/[^/\d]*/\d+x\d+\.(?:png|gif|jpe?g|webp)(?:\?|$)",
    re.I,
)
# in an element's names, loading-state words ("gallery-placeholder__image", "lazyload") describe
# the real picture before it loads: only decoration words skip it
_SKIP_NAMES = re.compile(
    r"(?<![a-z])(?:logos?|icons?|sprites?|banners?|avatars?|badges?|flags?|payments?|ratings?|stars?|"
    r"spacer|social|captcha)(?![a-z])",
    re.I,
)


def _decoration(text: str, pattern: re.Pattern[str], title_words: set[str]) -> bool:
    """True when `text` (an image URL or element names) carries a decoration word of `pattern`
    that the product title does not use."""
    for m in pattern.finditer(text):
        word = m.group(0).lower()
        if word not in title_words and word.rstrip("s") not in title_words:
            return True
    return False


_BUY = re.compile(
    r"add[\s_-]*to[\s_-]*(?:cart|bag|basket|trolley|order)|buy[\s_-]*(?:it[\s_-]*)?now|buy now|place bid|"
    r"make offer|pre-?order now|in den (?:warenkorb|einkaufswagen)|jetzt kaufen|ajouter au panier|"
    r"acheter|añadir al carrito|agregar al carrito|comprar|aggiungi al carrello|acquista|in winkelwagen|"
    r"bestellen|adicionar ao carrinho|adicionar à sacola|カートに入れる|今すぐ買う|購入する|加入购物车|"
    r"立即购买|加入購物車|立即購買|장바구니|바로\s*구매|구매하기|в корзину|купить|sepete ekle|do koszyka|"
    r"kup teraz|lägg i varukorgen|köp|læg i kurv|legg i handlekurv|dodaj v košarico|dodaj u košaricu|"
    r"dodaj u korpu|kupi (?:zdaj|odmah|sada)|do košíku|koupit|do košíka|kúpiť|kosárba|vásárlás|adaugă în coș|"
    r"cumpără|προσθήκη στο καλάθι|αγορά|добави в количката|у кошик|купити|себетке|сатып алу|thêm vào giỏ|"
    r"mua ngay|หยิบใส่ตะกร้า|ซื้อเลย|ใส่รถเข็น|tambah(?:kan)? ke (?:keranjang|troli)|beli sekarang|"
    r"أضف إلى (?:السلة|عربة التسوق)|اشتر(?:ي)? الآن|הוסף לסל|קנה עכשיו|sepete ekle|hemen al|ostoskoriin|"
    r"lisää koriin|osta nyt|i handlekurven|kjøp nå|køb nu|comprar ahora|agregar al carrito",
    re.I,
)
_SOLD_CONTROL = re.compile(
    r"sold[\s_-]*out|out[\s_-]*of[\s_-]*stock|currently unavailable|notify me|email me when|alert me when|"
    r"ausverkauft|nicht verfügbar|benachrichtig|épuisé|m'alerter|me prévenir|esaurito|avvisami|agotado|"
    r"avísame|uitverkocht|esgotado|avise-me|売り切れ|在庫切れ|入荷通知|缺货|到货通知|품절|재입고 알림|"
    r"нет в наличии|сообщить о поступлении",
    re.I,
)
_BRAND_EL = re.compile(r"\bbrand\b|\bbrand-?name\b|\bmanufacturer\b|\bbyline|\bproduct-?brand|\bbrand-?link")
_BYLINE = re.compile(
    r"^(?:brand|marke|marque|marca|merk|znamka|proizvođač|proizvajalec|by|ブランド|品牌|廠牌|브랜드|бренд)"
    r"\s*(?:[:：]\s*|\s+)(.+)$"
    r"|^visit the (.+?) store$|^besuche den (.+?)-?store$|^visiter la boutique (.+)$|^visita lo store di (.+)$"
    r"|^visita la tienda de (.+)$|^bezoek de (.+?)-?winkel$",
    re.I,
)
_BRAND_LABEL = re.compile(
    r"^(?:brand(?:\s*name)?|marke|marque|marca|merk|märke|marka|manufacturer|hersteller|fabricant|produttore|"
    r"fabricante|fabrikant|znamka|blagovna znamka|proizvođač|proizvajalec|proizvodjač|výrobce|gyártó|producent|"
    r"ブランド|メーカー|品牌|廠牌|制造商|브랜드|제조사|бренд|производитель|өндіруші)(?:\s*[:：]\s*|\s+|$)(.*)$",
    re.I,
)
_BUY_ATTR = re.compile(
    r"add[-_]?to[-_]?(?:cart|bag|basket)|buy[-_]?(?:now|box|button)|addtocart|add-cart|cart-add", re.I
)


# bidi and zero-width marks shops put around labels ("ASIN ‏ : ‎ B01KLOA1PI") and values
_MARKS = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\ufeff]")
# words in an element's id/class/test hooks that make it a price candidate (English and the class
# names shops write in their languages: "akcijska-cena", "cijena", "preis", "prix", "precio")
_PRICE_CAND = re.compile(r"price|prcisum|a-offscreen|cena|cijen|preis|prix|precio|prezzo|preco|prijs")
_PRICE_ATTRS = ("id", "class", "data-test", "data-testid", "data-automation-id", "data-qa")
_NAME_ATTRS = ("id", "class", "itemprop", "data-testid", "data-test", "data-automation-id", "data-qa")


def _names(el: Any) -> str:
    """id, class, itemprop and test hooks (data-testid, data-test, data-automation-id, data-qa) of
    an element as lower-case words joined by '-' inside a
    name ("productTitle" and "product_title" -> "product-title"), names separated by spaces."""
    if not isinstance(el.tag, str):
        return ""
    raw = " ".join(v for v in (el.get(a) for a in _NAME_ATTRS) if v)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", raw).replace("_", "-").lower()


def hidden(el: Any, levels: int = 4) -> bool:
    """`el` or one of its `levels` nearest ancestors is hidden (a hiding class such as
    "visually-hidden" / "displaynone", the `hidden` attribute, `display:none`, `aria-hidden`)."""
    node, depth = el, 0
    while node is not None and depth <= levels and isinstance(node.tag, str):
        style = (node.get("style") or "").replace(" ", "").lower()
        if (
            _HIDDEN.search(node.get("class") or "")
            or node.get("hidden") is not None
            or "display:none" in style
            or node.get("aria-hidden") == "true"
        ):
            return True
        node, depth = node.getparent(), depth + 1
    return False


# names of the badges shops put inside a product heading ("New!", "Sale", "Bestseller")
_BADGE = re.compile(r"(?<![a-z])(?:badges?|ribbons?|stickers?|flags?)(?![a-z])")


def visible_text(el: Any, skip_prices: bool = False) -> str:
    """Text of `el` without scripts, styles, hidden spans (and, with `skip_prices`, for a title:
    price elements and badges named so, `<span class="badge">New!</span>`)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if not isinstance(node.tag, str):  # comment / processing instruction
            if node.tail:
                parts.append(node.tail)
            return
        if node is not el:
            names = _names(node)
            style = (node.get("style") or "").replace(" ", "").lower()
            if (
                node.tag in ("script", "style", "noscript", "template", "button", "select")
                or _HIDDEN.search(node.get("class") or "")
                or "display:none" in style
                or node.get("aria-hidden") == "true"
                or (skip_prices and (_PRICE_NAME.search(names) or _BADGE.search(names)))
            ):
                if node.tail:
                    parts.append(node.tail)
                return
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if node is not el and node.tail:
            parts.append(node.tail)

    walk(el)
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _legend(text: str) -> bool:
    """`text` names 3+ availability states: a legend ("In Stock ... Backordered ... Out of Stock")."""
    return len({name for pattern, name in AVAILABILITY_TEXT if pattern.search(text)}) >= 3


_CART_LINK = re.compile(
    r"/(?:cart|basket|bag|warenkorb|panier|carrito|carrello|winkelwagen|koszyk|kosarica|košarica|korpa|корзина)"
    r"(?:\.\w+)?/?(?:[?#]|$)",
    re.I,
)
_DIALOG = re.compile(r"modal|dialog|popup|popover|overlay|lightbox|tooltip|flyout|notify-?me|back-?in-?stock")
UNAVAILABLE = {"OutOfStock", "SoldOut", "Discontinued", "BackOrder", "PreOrder", "PreSale"}
# id/class/itemprop words of an element that states the availability (#availability, .stock,
# .product-availability, #outOfStock, .delivery-information)
_AVAIL_NAMES = re.compile(
    r"availab|stock|inventory|delivery|disponib|verfugbar|verfuegbar|lieferbar|beschikbaar|voorraad|zaloga|zaliha|"
    r"dostupnost|nalich|zapas|lager"
)


# share of a page's elements over which a container named for noise is a page wrapper (Page.context)
WRAPPER_SHARE = 0.3


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
    stock: str | None = None  # what an element named for the availability says (Page.stock_state)
    title_named: float = 0.0  # share of the title's words the document <title> / og:title repeats
    near_state: str | None = None  # not-in-stock words just after the title (Page.near_state)

    def is_product(self) -> bool:
        """Title, a current price near it outside repeated cards, and a buy control or main image;
        or, for a product that cannot be bought now (no price shown, as on an unavailable Amazon
        item), a title the document title names, a main image and an out-of-stock state."""
        if not self.title:
            return False
        if self.price is not None and not self.price_in_card:
            return self.buy or self.image_score >= 3
        return self.unavailable_product()

    def unavailable_product(self) -> bool:
        """A product page without a current price: a title the document title names, a main image,
        and an out-of-stock state, or an element stating the availability ("Available from these
        sellers." beside "See All Buying Options")."""
        state = self.stock or self.buy_availability or self.near_state
        return bool(
            self.title
            and self.title_named >= 0.5
            and self.image_score >= 3
            and (state in UNAVAILABLE or self.stock is not None)
        )


class Page:
    """One parsed page and the positions of its elements (document order)."""

    def __init__(self, sel: Selector, base: str) -> None:
        self.sel = sel
        self.base = base
        self.root = sel.root
        self.order: dict[Any, int] = {}
        self.names: dict[Any, str] = {}  # element -> its id/class/itemprop words (_names), when any
        for i, el in enumerate(self.root.iter()):
            self.order[el] = i
            if isinstance(el.tag, str) and any(el.get(a) for a in _NAME_ATTRS):
                self.names[el] = _names(el)
        self._context: dict[Any, tuple[bool, bool]] = {}
        doc_title = sel.xpath("string((//title[not(ancestor::*[local-name()='svg'])])[1])").get() or ""
        og_title = sel.xpath("//meta[@property='og:title' or @name='og:title']/@content").get() or ""
        self.title_tokens = set(_tokens(doc_title + " " + og_title))
        self.doc_title = re.sub(r"\s+", " ", doc_title).strip()

    def named(self, pattern: re.Pattern[str]) -> list[Any]:
        """Elements whose id/class/itemprop words match `pattern`, in document order."""
        return [el for el, n in self.names.items() if pattern.search(n)]

    def context(self, el: Any, levels: int = 12) -> tuple[bool, bool]:
        """(in layout/noise container, in a repeated card) for an element. A container named for
        noise that holds over `WRAPPER_SHARE` of the page's elements is a page wrapper carrying a
        state class ("product-page recommendations-visible", "navigation-mouse"), not a strip."""
        key = el
        if key in self._context:
            return self._context[key]
        noise = card = False
        node, depth = el.getparent(), 0
        while node is not None and depth < levels:
            if not isinstance(node.tag, str):
                break
            if node.tag in _LAYOUT_TAGS or (
                _NOISE.search(self.names.get(node, ""))
                and self._span(node) <= WRAPPER_SHARE * len(self.order)
            ):
                noise = True
            if not card and depth < 7 and node.tag not in ("body", "html", "form"):
                card = self._repeated_cached(node)
            node, depth = node.getparent(), depth + 1
        self._context[key] = (noise, card)
        return noise, card

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
        cache = self.__dict__.setdefault("_rep", {})
        if node not in cache:
            cache[node] = self._repeated(node)
        return cache[node]

    @staticmethod
    def _repeated(node: Any) -> bool:
        """A product card in a list: 3+ siblings of the same tag and class, each holding a link and a
        price (category, search, "customers also bought" strips). Utility classes repeated around
        the main product (sections, features) hold no prices and do not count."""
        parent = node.getparent()
        if parent is None or (not node.get("class") and node.tag not in ("li", "tr")):
            return False
        sig = (node.tag, node.get("class"))
        same = [s for s in parent if isinstance(s.tag, str) and (s.tag, s.get("class")) == sig]
        if len(same) < 3:
            return False
        cards = 0
        for s in same[:8]:
            if s.find(".//a[@href]") is None and s.tag != "a":
                continue
            text = " ".join(s.itertext())[:2000]
            if _MONEY.search(text) or s.xpath(".//*[contains(translate(@class, 'PRICE', 'price'), 'price')]"):
                cards += 1
        return cards >= 3

    def distance(self, a: Any, b: Any) -> int | None:
        if a is None or b is None:
            return None
        return self.order.get(b, 0) - self.order.get(a, 0)

    # -- title ----------------------------------------------------------------------------------

    def find_title(self) -> tuple[str | None, Any]:
        """The product title and its element (None, None when there is no candidate)."""
        els = self.root.xpath(
            "//h1 | //h2 | //*[@itemprop='name'][not(ancestor::*[@itemprop='offers' or @itemprop='brand'"
            " or @itemprop='seller' or @itemprop='author' or @itemprop='review'])] | //*[@id or @class]"
            "[contains(translate(concat(@id, ' ', @class), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
            "'abcdefghijklmnopqrstuvwxyz'), 'title') or contains(translate(concat(@id, ' ', @class), "
            "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'name')]"
        )
        best: tuple[float, int, str, Any] | None = None
        for el in els[:400]:
            if el.tag in ("title", "meta", "script", "style", "input", "img", "a", "option", "label", "body"):
                continue
            names = _names(el)
            named = bool(_TITLE_NAME.search(names))
            if el.tag not in ("h1", "h2") and not named and el.get("itemprop") != "name":
                continue
            if el.tag != "h1" and el.find(".//h1") is not None:
                continue  # a title block around the heading (with SKU, ratings, brand): the h1 is the title
            text = visible_text(el, skip_prices=True)
            if not text or len(text) > 400 or len(text) < 2:
                continue
            toks = _tokens(text)
            if not toks:
                continue
            overlap = sum(t in self.title_tokens for t in toks) / len(toks)
            score = 3.0 * overlap
            score += 2.0 if named else 0.0
            score += {"h1": 1.5, "h2": 0.2}.get(el.tag, 0.0) + (1.0 if el.get("itemprop") == "name" else 0.0)
            noise, card = self.context(el)
            score -= 3.0 if card else 0.0
            score -= 2.0 if noise else 0.0
            score -= 2.5 if hidden(el) else 0.0  # a screen-reader heading: the shown title is elsewhere
            score -= 2.0 if _BRAND_EL.search(names) else 0.0  # the brand line of a title block
            pos = self.order.get(el, 0)
            if best is None or score > best[0] + 1e-9 or (abs(score - best[0]) < 1e-9 and pos < best[1]):
                best = (score, pos, text, el)
        if best is not None and best[0] >= 1.5:
            return best[2][:1000], best[3]
        named = self._text_in_doc_title()
        if named is not None:
            return named
        host = urlsplit(self.base).hostname or ""
        site = self.sel.xpath("//meta[@property='og:site_name']/@content").get() or ""
        og = self.sel.xpath("//meta[@property='og:title' or @name='og:title']/@content").get()
        if og and og.strip():
            return title_without_shop(og, host, site)[:1000], None
        return (title_without_shop(self.doc_title, host, site)[:1000] or None), None

    def _text_in_doc_title(self) -> tuple[str, Any] | None:
        """For pages whose title element is named by nothing (`<div class="sku-name">`): the
        longest text of 2+ words, outside menus and cards, that the document `<title>` contains."""
        doc = re.sub(r"\s+", " ", self.doc_title).casefold()
        if not doc:
            return None
        best: tuple[int, str, Any] | None = None
        for el in self.root.iter("div", "span", "p", "strong", "b", "h1", "h2", "h3", "h4"):
            text = re.sub(r"\s+", " ", el.text or "").strip()
            if not (4 <= len(text) <= 200) or text.casefold() not in doc or text.casefold() == doc:
                continue
            n = len(_tokens(text))
            if n >= 2 and (best is None or n > best[0]) and not any(self.context(el)):
                best = (n, text, el)
        return (best[1], best[2]) if best else None

    # -- price ----------------------------------------------------------------------------------

    def find_price(self, title_el: Any) -> tuple[float | None, str | None, Any, bool, set[float]]:
        """(amount, currency, element, in a repeated card, old/list prices seen)."""
        els = self._price_elements()
        cands = set(els)
        old: set[float] = set()
        scored: list[tuple[float, int, float, str | None, Any, bool]] = []
        for el in els[:600]:
            if not isinstance(el.tag, str) or el.tag in (
                "script",
                "style",
                "input",
                "option",
                "select",
                "link",
            ):
                continue
            if _split_part(el, cands):
                continue  # "31" of <span class="price__dollars">31</span><span class="price__cents">57</span>
            names = _names(el)
            if "a-offscreen" in names and not _PRICE_NAME.search(_names(el.getparent()) or ""):
                anc = el.getparent().getparent() if el.getparent() is not None else None
                if anc is None or not _PRICE_NAME.search(_names(anc)):
                    continue
            amount, cur, text, olds = self._amount(el)
            old.update(olds)  # "Sale $35.00 Reg. $50.00": the labelled one is an old price
            if amount is None or amount <= 0:
                continue
            own_old = bool(_OLD_PRICE.search(names))
            struck = (
                bool(
                    el.xpath(
                        "ancestor-or-self::del|ancestor-or-self::s|ancestor-or-self::strike|ancestor-or-self::*"
                        "[contains(translate(@style, ' ', ''), 'line-through') or @data-a-strike='true']"
                    )
                )
                or bool(re.search(r"line-?through", names))
                or _labelled_old(el)
            )
            if own_old or struck or _OLD_TEXT.search(text):
                old.add(amount)
                continue
            noise, card = self.context(el)
            score = 1.0
            score += 2.0 if _STRONG_PRICE.search(names) else 0.0
            score += 1.5 if el.get("itemprop") == "price" else 0.0
            score += 0.5 if cur else 0.0
            score -= 3.0 if card else 0.0
            score -= 2.5 if noise else 0.0
            score -= self._aside_price(el)
            d = self.distance(title_el, el)
            if d is not None:
                score += max(0.0, 2.0 - abs(d) / 150.0) - (0.5 if d < 0 else 0.0)
            scored.append((score, self.order.get(el, 0), amount, cur, el, card))
        if not scored:
            near = self._price_after_title(title_el)
            if near is None:
                return None, None, None, False, old
            amount, cur, el = near
            return amount, cur, el, False, old
        scored.sort(key=lambda s: (-s[0], s[1]))
        score, _, amount, cur, el, card = scored[0]
        if cur is None:
            cur = next((s[3] for s in scored if s[3] and s[2] == amount), None) or next(
                (s[3] for s in scored if s[3]), None
            )
        return amount, cur, el, card, old

    def _aside_price(self, el: Any) -> float:
        """A penalty for a price shown aside from the product's own: 2.0 inside a dialog or popup
        (a warranty or add-on offer), 1.0 inside a variant selector (a price per size or flavour in
        a dropdown, `_VARIANT_NAMES`), 0.0 otherwise."""
        if self._dialog(el):
            return 2.0
        for node in list(el.iterancestors())[:8]:
            if _VARIANT_NAMES.search(self.names.get(node, "")):
                return 1.0
        return 0.0

    def _price_elements(self) -> list[Any]:
        """Price candidates in document order: `itemprop=price`, `data-price` / `data-price-amount`,
        and elements whose id/class/test hooks hold a price word (`_PRICE_CAND`)."""
        out = set(self.root.xpath("//*[@data-price or @data-price-amount]"))
        for el in self.names:
            raw = " ".join(v for v in (el.get(a) for a in _PRICE_ATTRS) if v).lower()
            if el.get("itemprop") == "price" or (raw and _PRICE_CAND.search(raw)):
                out.add(el)
        return sorted(out, key=lambda e: self.order.get(e, 0))

    def _price_after_title(self, title_el: Any, window: int = 150) -> tuple[float, str | None, Any] | None:
        """For pages whose price element is named by nothing (no price class, id or itemprop):
        the first short text with a currency amount among the `window` elements after the title,
        outside cards and navigation, not struck through or labelled old (or an element whose
        `aria-label` states the amount)."""
        if title_el is None:
            return None
        for el in title_el.xpath(f"following::*[position() <= {window}]"):
            if not isinstance(el.tag, str) or el.tag in ("script", "style", "option", "button", "a"):
                continue
            own = _own_text(el)
            aria = el.get("aria-label") or ""
            if aria and len(aria) <= 60 and _MONEY.search(aria) and not _OLD_TEXT.search(aria):
                amount, cur = parse_price(
                    aria, shown=True
                )  # <div aria-label="cena 1 299,00 zł">1 299,<span>00</span>…
                struck = el.xpath("ancestor-or-self::del|ancestor-or-self::s|ancestor-or-self::strike")
                if amount and not struck and not any(self.context(el)):
                    return amount, cur, el
            if not own or len(own) > 40 or not _MONEY.search(own):
                continue
            text = visible_text(el)
            if len(text) > 60 or _OLD_TEXT.search(text) or _labelled_old(el) or any(self.context(el)):
                continue
            if el.xpath("ancestor-or-self::del|ancestor-or-self::s|ancestor-or-self::strike"):
                continue
            amount, cur, _, _ = self._amount(el)
            if amount is not None and amount > 0:
                return amount, cur, el
        return None

    def _amount(self, el: Any) -> tuple[float | None, str | None, str, list[float]]:
        """(amount, currency, the text it was read from, old amounts in that text) of a price
        element: its `content` / `data-price` value, split cents, else its text (`shown_price`:
        when the text holds several currency amounts, the one no old-price label precedes)."""
        content = el.get("content") or el.get("data-price") or el.get("data-price-amount")
        text = _price_text(el)
        if len(text) > 120 and not content:
            return None, None, text, []
        _, cur = parse_price(text) if text else (None, None)
        if (
            not cur and text
        ):  # the currency in an element left out of the amount (<span class="unit">원</span>)
            cur = parse_price(re.sub(r"\s+", " ", " ".join(el.itertext()))[:200])[1]
        if not cur:
            cur = normalize_currency(
                el.get("data-currency")
                or (el.xpath("string(ancestor::*[1]//*[@itemprop='priceCurrency']/@content)") or None)
            )
        if content:
            amount, cur2 = parse_price(content, cur)
            return amount, cur or cur2, text, []
        cents = self._split_cents(el)
        if cents is not None:
            return cents, cur, text, []
        amount, cur2, olds, read = shown_price(text, cur)
        return amount, cur or cur2, read, olds

    @staticmethod
    def _split_cents(el: Any) -> float | None:
        """`$<span>31</span><sup>57</sup>`: whole units and cents in separate elements."""
        kids = [k for k in el.iter() if k is not el and isinstance(k.tag, str)]
        cents = [k for k in kids if k.tag == "sup" or re.search(r"cent|fraction|decimal", _names(k), re.I)]
        cents = [
            k for k in cents if len(re.sub(r"\D", "", "".join(k.itertext()))) == 2 and not _left_out(k, el)
        ]
        if len(_CURRENCY_MARK.findall(_price_text(el))) > 1:
            return None  # several amounts (a price row with an instalment): not one split price
        # "cents" over "fraction" (MercadoLibre calls the whole units the fraction)
        cent = next((k for k in cents if "cent" in _names(k)), cents[-1] if cents else None)
        if cent is None:
            return None
        digits = re.sub(r"\D", "", "".join(cent.itertext()))
        before = []
        for t in el.itertext():
            if t and "".join(cent.itertext()).strip() == t.strip():
                break
            before.append(t)
        runs = re.findall(
            r"\d[\d,.\s]*", "".join(before)
        )  # the whole units: the last number before the cents
        whole = re.sub(r"\D", "", runs[-1].rstrip(" .,")) if runs else ""
        if not whole or re.search(r"\d[.,]\d\d\s*$", runs[-1].strip()):
            return None  # the number already carries its decimals: read the text as it is
        return float(f"{int(whole)}.{digits}")

    # -- images ---------------------------------------------------------------------------------

    @staticmethod
    def _picture_sources(img: Any) -> list[str]:
        """The largest candidates of the `<source srcset>` elements of the `<picture>` around
        `img` (art direction, WebP/AVIF versions); libxml2 nests the img inside the sources."""
        pic = next((a for a in list(img.iterancestors())[:4] if a.tag == "picture"), None)
        if pic is None:
            return []
        out: list[str] = []
        for src in pic.iter("source"):
            out += img_urls({"srcset": src.get("srcset"), "data-srcset": src.get("data-srcset")})
        return out

    def _img_score(self, el: Any, urls: list[str], title_el: Any, title_toks: set[str]) -> float | None:
        """How much an `<img>` looks like the main product photo (None: a decoration or an icon)."""
        names = _names(el)
        if _decoration(names, _SKIP_NAMES, title_toks):
            return None
        w, h = _int(el.get("width")), _int(el.get("height"))
        if (w is not None and w < 60) or (h is not None and h < 60):
            return None
        score = 0.0
        score += 4.0 if _IMG_NAME.search(names) else 0.0
        score += 3.0 if el.get("itemprop") == "image" else 0.0
        up = list(el.iterancestors())[:6]
        ancestors = [_names(a) for a in up]
        anc_names = " ".join(ancestors)
        gallery = bool(_GALLERY.search(anc_names) or _IMG_NAME.search(anc_names))
        score += 2.0 if gallery else 0.0
        slides = gallery or "slide" in anc_names
        if slides and any(t in _SHOWN_STATE for a in (el, *up[:4]) for t in (a.get("class") or "").split()):
            score += 1.0  # the slide a carousel shows ("is-selected", "f-active", "slick-current")
        if _ALT_VIEW.search(el.get("alt") or "") or _ALT_VIEW.search(urls[0].rsplit("/", 1)[-1]):
            score -= 0.5  # another view of the product ("Alternate Image 2", "52062126_Alt01")
        alt = _tokens(el.get("alt") or el.get("title") or "")
        if alt and title_toks:
            score += 2.0 * sum(t in title_toks for t in alt) / len(alt)
        large_url = (_url_px(urls[0]) or 0) >= 300
        if (w or 0) >= 250 or (h or 0) >= 250 or large_url:
            score += 1.0
        near = " ".join([names, *ancestors[:3]])
        if (_THUMB.search(near) and not large_url) or _small_url(urls[0]):
            score -= 2.0  # a thumbnail (named so, unless its URL asks for a large picture, or sized so)
        noise, card = self.context(el)
        score -= 3.0 if card else 0.0
        score -= 2.5 if noise else 0.0
        score -= 0.5 if self._dialog(el) else 0.0  # a popup's copy (zoom lightbox) after the page's own
        d = self.distance(title_el, el)
        score += 1.0 if d is not None and abs(d) <= 300 else 0.0
        return score

    def _image_candidates(
        self, title_el: Any, title_toks: set[str]
    ) -> tuple[list[tuple[list[str], float, int]], list[tuple[list[str], float, int]]]:
        """(candidates: (URLs best first, score, document position) of each `<img>` and, when no
        `<img>` scores 4 or more, each CSS background picture, that is not a decoration; every
        picture's URLs (tiny thumbnails too, for `_multi_size_photos`))."""
        cands: list[tuple[list[str], float, int]] = []
        sizes: list[tuple[list[str], float, int]] = []
        for el in self.root.iter("img"):
            urls = img_urls(dict(el.attrib))
            urls += [u for u in self._picture_sources(el) if u not in urls]
            if not urls:
                continue
            sizes.append((urls, 0.0, 0))
            score = self._img_score(el, urls, title_el, title_toks)
            if score is None:
                continue
            cands.append((urls, score, self.order.get(el, 0)))
        if any(score >= 4.0 for _, score, _ in cands):
            return cands, sizes  # a clear <img>: background pictures (a fallback, and slow to find) not read
        for el in self.root.xpath(_BACKGROUND_XPATH)[:200]:
            url = _background_url(el)
            if not url or el.tag == "img":
                continue
            score = self._img_score(el, [url], title_el, title_toks)
            if score is not None:  # a picture set as a background is less often the product photo
                cands.append(([url], score - 1.0, self.order.get(el, 0)))
                sizes.append(([url], 0.0, 0))
        return cands, sizes

    def find_images(self, title_el: Any, title: str | None) -> tuple[list[str], float]:
        """Image URLs best first (resolved against the base) and the best one's score."""
        title_toks = set(_tokens(title or "")) or self.title_tokens
        scored: dict[str, tuple[float, int]] = {}

        def add(url: str, score: float, pos: int) -> None:
            if not url or url.startswith("data:") or _decoration(url, _SKIP_IMG, title_toks):
                return
            full = urljoin(self.base, url.strip())
            if not full.startswith(("http://", "https://")):
                return
            have = scored.get(full)
            if have is None or score > have[0]:
                scored[full] = (score, pos if have is None else min(pos, have[1]))

        cands, sizes = self._image_candidates(title_el, title_toks)
        metas = self.sel.xpath(
            "//meta[@property='og:image' or @name='og:image' or @property='og:image:secure_url' or "
            "@name='twitter:image' or @itemprop='image']/@content | //link[@rel='image_src']/@href"
        ).getall()
        cands += [([m], 3.0, 10**9) for m in metas]
        # the product photo usually appears in several sizes (thumbnail, main, zoom): a file name
        # met under 2+ different URLs is a photo, not a shared placeholder or decoration
        multi = _multi_size_photos(cands + sizes)
        for urls, score, pos in cands:
            key = _photo_key(urls[0])
            bonus = 1.5 if key and key in multi else 0.0
            add(urls[0], score + bonus, pos)
            for u in urls[1:2]:
                add(u, score + bonus - 0.1, pos)
        ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
        urls = [u for u, (s, _) in ranked if s >= 1.0][:20]
        return urls, (ranked[0][1][0] if ranked else 0.0)

    # -- buy control ----------------------------------------------------------------------------

    def buy_state(self) -> tuple[bool, str | None]:
        """(the page has a buy control, availability its controls state).

        A live "Add to cart"/"Buy now" control outside product cards says InStock; only disabled
        ones, or a control reading "Sold out" / "Notify me when available" (several languages),
        say OutOfStock/SoldOut. Either way the page has a buy control (an out-of-stock product page
        is still a product page).
        """
        live = dead = False
        sold: str | None = None
        controls = self.root.xpath(
            "//button | //input[@type='submit' or @type='button' or @type='image'] | "
            "//a[contains(@class, 'btn') or contains(@class, 'button') or @role='button'] | //*[@role='button'] | "
            "//a[contains(translate(concat(@id, ' ', @class), 'BUYCARTSK', 'buycartsk'), 'buy') or "
            "contains(translate(concat(@id, ' ', @class), 'BUYCARTSK', 'buycartsk'), 'basket') or "
            "contains(translate(concat(@id, ' ', @class), 'BUYCARTSK', 'buycartsk'), 'cart')]"
        )
        for el in controls[:300]:
            text = " ".join(el.itertext()) if el.tag != "input" else (el.get("value") or el.get("alt") or "")
            text = re.sub(r"\s+", " ", text).strip()[:120]
            if not text:
                continue
            is_buy, is_sold = bool(_BUY.search(text)), bool(_SOLD_CONTROL.search(text))
            if not (is_buy or is_sold) or self.context(el)[1] or hidden(el):
                continue
            if el.tag == "a" and (self.context(el)[0] or _CART_LINK.search(el.get("href") or "")):
                continue  # the cart link of the header or menu: it opens the cart, adds nothing
            disabled = (
                el.get("disabled") is not None
                or el.get("aria-disabled") == "true"
                or re.search(r"\bdisabled\b|\bsold-?out\b|\bunavailable\b", self.names.get(el, ""))
            )
            if is_sold:
                said = normalize_availability(text)
                sold = sold or (said if said not in (None, "InStock") else "OutOfStock")
            elif disabled:
                dead = True
            else:
                live = True
        if not (live or dead or sold):
            attrs = self.sel.xpath(
                "//button/@id | //button/@class | //button/@name | //input/@name | //input/@id | //form/@action | "
                "//form/@id | //form/@class | //a/@id | //*[@data-action]/@data-action"
            ).getall()
            live = bool(_BUY_ATTR.search(" ".join(attrs)[:200_000]))
        if live:
            return True, "InStock"
        if sold or dead:
            return True, sold or "OutOfStock"
        return False, None

    # -- brand and labelled values --------------------------------------------------------------

    def stock_state(self) -> str | None:
        """The schema.org availability an element named for it states (`itemprop=availability`
        href/content, or its visible text: "In Stock", "Derzeit nicht verfügbar", "Razprodano"),
        outside menus and product cards; None when none says anything."""
        for el in self.named(_AVAIL_NAMES)[:50]:
            if el.tag in ("script", "style", "body", "html", "form", "label", "option", "select"):
                continue
            if (
                any(self.context(el))
                or (hidden(el, 0) and el.tag not in ("link", "meta"))
                or self._dialog(el)
            ):
                continue
            said = normalize_availability(el.get("href") or el.get("content"))
            text = visible_text(el)[:300]
            if not said and ("${" in text or "{{" in text or len(text) > 200 or _legend(text)):
                continue  # a script's message template, a block of text, a legend of the states
            said = said or normalize_availability(text)
            if said:
                return said
        return None

    def _dialog(self, el: Any, levels: int = 5) -> bool:
        """`el` sits in a dialog, popup or notification shown on demand (names or role say so)."""
        node, depth = el, 0
        while node is not None and depth <= levels and isinstance(node.tag, str):
            if node.get("role") in ("dialog", "alertdialog") or _DIALOG.search(self.names.get(node, "")):
                return True
            node, depth = node.getparent(), depth + 1
        return False

    def near_state(self, title_el: Any, window: int = 80) -> str | None:
        """A not-in-stock availability written in a short text among the `window` elements after
        the title ("Niet leverbaar.", "現在在庫切れです。"), outside menus, cards and hidden parts."""
        if title_el is None:
            return None
        for el in title_el.xpath(f"following::*[position() <= {window}]"):
            if not isinstance(el.tag, str) or el.tag in ("script", "style", "option", "select", "label", "a"):
                continue
            own = _own_text(el)
            if not own or len(own) > 200:
                continue
            said = normalize_availability(own)
            if said in UNAVAILABLE and not any(self.context(el)) and not hidden(el):
                return said
        return None

    def text_nodes(self) -> list[tuple[Any, str]]:
        """(text node, its text without bidi/zero-width marks) for the body's text outside scripts
        and styles, in document order (computed once)."""
        if "_text_nodes" not in self.__dict__:
            nodes = self.root.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")
            self._text_nodes = [(n, _MARKS.sub("", n)) for n in nodes[:20000]]
        return self._text_nodes

    def labelled(self, label: re.Pattern[str], limit: int = 60) -> str | None:
        """The value written after a label ("Brand: Acme", "ASIN ‏:‎ B01..", or "Brand" in
        one cell and "Acme" in the next), outside navigation, footers and product cards; None when
        there is none."""
        nodes = self.text_nodes()
        for i, (node, raw) in enumerate(nodes):
            text = raw.strip()
            if not text or len(text) > 80:
                continue
            m = label.match(text)
            if not m:
                continue
            parent = node.getparent()
            if parent is not None and any(self.context(parent)):
                continue
            value = m.group(m.lastindex or 0).strip(" :：#-") if m.lastindex else ""
            if not value:
                value = next((t.strip() for _, t in nodes[i + 1 : i + 4] if t.strip().strip(":：")), "")
            value = re.sub(r"\s+", " ", value).strip(" :：")
            if 1 < len(value) <= limit:
                return value
        return None

    def find_brand(self, title_el: Any = None) -> str | None:
        """The brand: itemprop=brand, a brand/manufacturer/byline element near the product (not a
        menu of brands; a manufacturer logo's alt text), a labelled value ("Brand: X", "Marke: X",
        "ブランド X", ...), a brand meta tag, or the short line just above the title that the
        document title opens with ("Nike Sportswear" over "AIR MAX 90", titled "Nike Sportswear
        AIR MAX 90 - ...")."""
        for el in self.named(_BRAND_EL)[:40]:
            if el.tag in ("script", "style", "body", "html") or any(self.context(el)):
                continue
            home = el.xpath("descendant-or-self::a/@href")
            if home and urlsplit(urljoin(self.base, home[0])).path in ("", "/"):
                continue  # the shop's own logo linking home ("navbar-brand", "site-brand")
            inner = el.xpath(".//*[@itemprop='name']/@content | .//*[@itemprop='name']//text()")
            logo = el.xpath("descendant-or-self::img/@alt")  # a manufacturer logo names the brand
            text = el.get("content") or " ".join(inner) or visible_text(el) or (logo[0] if logo else "")
            text = re.sub(r"\s+", " ", _MARKS.sub("", text or "")).strip()
            m = _BYLINE.match(text)
            if m:
                text = m.group(m.lastindex or 1).strip()
            if 1 < len(text) <= 60 and not re.search(r"\bbrands\b|\bshop all\b|\bsee all\b", text, re.I):
                return text
        meta = self.sel.xpath(
            "//meta[@name='brand' or @property='brand' or @itemprop='brand' or @property='og:brand']/@content"
        ).get()
        return (
            self.labelled(_BRAND_LABEL)
            or (meta.strip() if meta and meta.strip() else None)
            or self._brand_above(title_el)
        )

    def _brand_above(self, title_el: Any) -> str | None:
        """A 1-4 word line among the 6 elements before the title that the document title starts with."""
        if title_el is None or not self.doc_title:
            return None
        doc = self.doc_title.casefold()
        title = visible_text(title_el).casefold()
        for el in reversed(title_el.xpath("preceding::*[position() <= 6]")):
            if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "meta", "link"):
                continue
            text = re.sub(r"\s+", " ", el.text or "").strip()
            words = text.split()
            if not (1 <= len(words) <= 4 and len(text) <= 40) or any(self.context(el)) or hidden(el):
                continue
            low = text.casefold()
            if doc.startswith(low + " ") and not title.startswith(low):
                return text
        return None

    def find(self) -> Found:
        """Everything at once."""
        title, title_el = self.find_title()
        amount, cur, price_el, card, old = self.find_price(title_el)
        images, img_score = self.find_images(title_el, title)
        buy, buy_avail = self.buy_state()
        toks = _tokens(title or "")
        sold_near = self.near_state(title_el) if amount is None or card else None  # pages without a price
        return Found(
            near_state=sold_near,
            stock=self.stock_state(),
            title_named=sum(t in self.title_tokens for t in toks) / len(toks) if toks else 0.0,
            title=title,
            title_el=title_el,
            price=amount,
            currency=cur,
            price_el=price_el,
            price_in_card=card,
            old_prices=old,
            images=images,
            image_score=img_score,
            buy=buy,
            buy_availability=buy_avail,
        )


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
    if not _PRICE_PART.search(_names(el)):
        return False
    return any(a in cands for a in list(el.iterancestors())[:3])


def _own_text(el: Any) -> str:
    """The text written in `el` itself (its text and its children's tails), not inside its children."""
    return "".join(t for t in [el.text or "", *(c.tail or "" for c in el)]).strip()


_LINE_THROUGH = re.compile(r"line[-_]?through", re.I)


def _struck(node: Any) -> bool:
    """`node` is shown struck through: `<del>`/`<s>`/`<strike>`, an inline `line-through` style,
    Amazon's `data-a-strike`, or a name saying so ("line-through")."""
    if node.tag in ("del", "s", "strike") or node.get("data-a-strike") == "true":
        return True
    style, cls = node.get("style"), node.get("class")
    return bool(
        (style and "line-through" in style.lower())
        or (cls and _LINE_THROUGH.search(cls))  # "line-through", "lineThrough", "line_through"
    )


def _left_out(node: Any, el: Any) -> bool:
    """`node` (inside price element `el`) is in a part `_price_text` leaves out (struck, old price,
    instalment, discount)."""
    while node is not None and node is not el:
        if _struck(node) or _OLD_PRICE.search(_names(node)):
            return True
        node = node.getparent()
    return False


def _price_text(el: Any) -> str:
    """Text of a price element without struck-through or old/list-price descendants."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        skip = isinstance(node.tag, str) and (
            node.tag in ("script", "style") or _struck(node) or _OLD_PRICE.search(_names(node))
        )
        if node is not el and skip:
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
    return re.sub(r"\s+", " ", " ".join(parts)).strip()[:200]


# file names that give a size or a role, not a photo ("s-l500.jpg", "il_794xN.<id>.jpg",
# "large.jpg", "1200x1200.jpg"): the photo is named by the folder above
_GENERIC_STEM = re.compile(
    r"s-l\d+|il_\w+|\d{1,4}x\d{0,4}|\d{1,3}|(?:large|medium|small|thumb|zoom|main|image|default|original|"
    r"full|big|master|front|primary)\w{0,6}"
)


def _photo_key(url: str) -> str | None:
    """The photo an image URL names: its file name stem ("71FFzp2RUiL._SX522_.jpg" ->
    "71ffzp2ruil"), or, for a size/role file name (`_GENERIC_STEM`: "g/pvgAAOSw/s-l500.jpg"), the
    folder above ("pvgaaosw"); None when that is not specific (under 6 characters)."""
    parts = url.split("?", 1)[0].rstrip("/").lower().rsplit("/", 2)
    stem = parts[-1].split(".", 1)[0]
    if _GENERIC_STEM.fullmatch(stem):
        stem = parts[-2] if len(parts) == 3 else ""
    return stem if len(stem) >= 6 else None


# a label written just before a price that makes it an old/reference price ("Was: $80",
# "List Price: $119.99", "Reg. $15", "UVP 99 €", "Prix conseillé", "Prezzo consigliato")
_OLD_LABEL = re.compile(
    r"(?:\bwas|\blist price|\breg(?:ular)?\.?|\bmsrp|\brrp|\buvp|\bcompare at|\boriginal(?: price)?|\bbefore|"
    r"\bstatt|\bprix conseillé|\bprezzo consigliato|\bprecio anterior|\bantes|\btypical price|\bprix initial|"
    r"\bunverb\.? preisempf\.?|\bpreisempfehlung|\bprecio recomendado|\bprezzo precedente|\bstara cena|"
    r"\bredna cijena|\bстарая цена|\b原价|\b定価|\b정가"
    # instalments: "6 cuotas de $14.999", "12x de R$ 16,66", "4 payments of $10", "3 Raten à 33 €"
    r"|\bcuotas? de|\bparcelas? de|\d+\s*x(?: de)?|\binstall?ments? of|\bpayments? of|\braten (?:à|a|von|zu)|"
    r"\bmensualités? de|\brate da|\bmeses de)\s*(?:price)?\s*[:：]?\s*$",
    re.I,
)


# a number in shown text: digits with separators, thin/normal spaces grouping thousands ("1 299,00")
_NUMBER = re.compile(r"\d(?:[\d.,']|[\s\u00a0\u202f](?=\d{3}\b))*")


_MARK_BEFORE = re.compile(rf"(?:[A-Za-z]{{1,3}})?(?:{_CURRENCY_MARK.pattern})\s?$", re.I)  # "R$ ", "US $"
_MARK_AFTER = re.compile(rf"\s?(?:{_CURRENCY_MARK.pattern})", re.I)


def shown_price(
    text: str, currency_hint: str | None = None
) -> tuple[float | None, str | None, list[float], str]:
    """The current price in a price text as shown on a page -> (amount, ISO currency, old amounts,
    the part of `text` the amount was read from). The part is `_current_segment`'s (the amount no
    old-price label precedes, when the text holds several), parsed by `values.parse_price`
    (price-parser, `shown=True`); amount None when there is none or every amount is an old one."""
    seg, olds = _current_segment(text)
    old = [a for a in (parse_price(o, currency_hint, shown=True)[0] for o in olds) if a]
    if seg is None and olds:
        return None, None, old, text
    part = text if seg is None else seg
    amount, cur = parse_price(part, currency_hint, shown=True)
    return amount, cur, old, part


def _with_marks(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The amount `text[start:end]` with the currency mark just before it (within 4 characters,
    not before `lo`: "US $649.99", "R$ 43,30"), else the one just after it (not past `hi`: "14,85
    EUR")."""
    before = text[max(lo, start - 4) : start]
    head = next((m.group(0) for m in _MARK_BEFORE.finditer(before)), "")
    m = None if head else _MARK_AFTER.match(text, end)  # "$15.00 $35.00": the "$" is the next one's
    tail = m.group(0) if m and m.end() <= min(hi, end + 5) else ""
    return (head + text[start:end] + tail).strip()


def _current_segment(text: str) -> tuple[str | None, list[str]]:
    """For a price text holding several numbers: (the part to read the current price from, the
    parts that are old prices). Only numbers with a currency mark next to them are amounts ("3
    Ausgaben für nur 14,85 EUR" -> "14,85 EUR"); an amount whose preceding words are an old-price,
    saving, shipping or instalment label (`_OLD_TEXT`: "Was", "Reg.", "You save", "orders over")
    is old ("Sale $35.00 Reg. $50.00" -> "Sale $35.00", old ["Reg. $50.00"]; "Was $120.00 Now
    $60.00" -> "Now $60.00"). (None, []) when the text has one number, or no currency amount (read
    the text as it is); (None, olds) when every amount is labelled old. The kinds come from the
    real strings price-parser's test suite lists as misread (its PRICE_PARSING_EXAMPLES_XFAIL)."""
    nums = list(_NUMBER.finditer(text))
    if len(nums) < 2:
        return None, []
    spans = []
    for m in nums:
        around = text[max(0, m.start() - 4) : m.start()] + " " + text[m.end() : m.end() + 5]
        if _CURRENCY_MARK.search(around):
            spans.append((m.start(), m.end()))
    if not spans:
        return None, []
    current, olds, prev = None, [], 0
    for i, (start, end) in enumerate(spans):
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        seg = _with_marks(text, start, end, prev, nxt)
        label = text[prev:start].rstrip()
        head = _MARK_BEFORE.search(label)
        label = label[: head.start()] if head else label
        if _OLD_TEXT.search(label + " " + seg) or _OLD_LABEL.search(label):
            olds.append(seg)
        elif current is None:
            current = seg
        prev = end
    if current is None:
        return None, olds
    if not olds and len(spans) == 1 and nums[0].start() == spans[0][0]:
        return None, []  # "$35.00 (2 pack)": the amount comes first; read the text as it is
    return current, olds


_BACKGROUND_XPATH = "//*[contains(@style, 'url(')] | //*[@data-bg or @data-background-image or @data-background or @data-bgset]"
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+?)['\"]?\s*\)")


def _background_url(el: Any) -> str | None:
    """The picture an element shows as its CSS background (`style="background-image:url(...)"`,
    lazy `data-bg` / `data-background-image` / `data-bgset`, largest candidate); None without one."""
    for attr in ("data-background-image", "data-bg", "data-background", "data-bgset"):
        value = (el.get(attr) or "").strip()
        if value:
            m = _CSS_URL.search(value)
            if m:
                return m.group(1).strip()
            found = img_urls({"srcset": value}) if attr == "data-bgset" else [value.split()[0]]
            if found and not found[0].startswith("data:"):
                return found[0]
    m = _CSS_URL.search(el.get("style") or "")
    return m.group(1).strip() if m and not m.group(1).strip().startswith("data:") else None


def _labelled_old(el: Any) -> bool:
    """The text just before a price element (in its parent, or its parent's previous cell) is an
    old-price label ("Was:", "List Price:", "Reg.")."""
    parent = el.getparent()
    if parent is None:
        return False
    prev = el.getprevious()
    before = (prev.tail if prev is not None else parent.text) or ""
    if not before.strip() and prev is not None and isinstance(prev.tag, str):
        before = " ".join(prev.itertext())
    cell = parent.getprevious()
    if not before.strip() and prev is None and cell is not None and isinstance(cell.tag, str):
        before = " ".join(cell.itertext())  # <td>List Price:</td><td>price</td>
    return bool(_OLD_LABEL.search(before.strip()[-40:]))


def _url_px(url: str) -> int | None:
    """The largest size in pixels an image URL's size tokens (`_URL_SIZE`) give; None without one."""
    sizes = [int(x) for m in _URL_SIZE.finditer(url) for x in m.groups() if x]
    return max(sizes) if sizes else None


def _small_url(url: str) -> bool:
    """An image URL whose size tokens ("50x50", "_110x110", "?wid=100") say it is under 160 px."""
    px = _url_px(url)
    return px is not None and px < 160


def _int(v: Any) -> int | None:
    try:
        return int(str(v).strip().rstrip("px"))
    except (TypeError, ValueError):
        return None


# separators between the parts of a document title ("NAME | Shop", "Shop : NAME : Category",
# "NAME - Category - Shop"); " - " inside a name ("Stool - Walnut") only splits when the whole
# name is not inside one part
_DOC_TITLE_SEP = re.compile(
    r"\s+[|:>–—/]+\s+|\s*\|\s*|\s+::\s+|\s+-\s+|\s*[｜：]\s*|【[^】]{0,40}】|(?<=\.[a-z]{2}):\s+|(?<=\.[a-z]{3}):\s+"
)
# an SEO tail after the name ("... серебристый купить в Алматы")
_SEO_TAIL = re.compile(
    r"\s+(?:(?:купить|сатып алу)(?:\s.*)?|(?:(?:online|günstig)\s+)?kaufen|(?:acheter|comprar) en ligne)$",
    re.I,
)
_SITE_AFFIX = re.compile(
    r"\s+(?:at|on|from|@|bei|chez|en|su|auf)\s+(\S+(?:\s+\S+){0,2})$|[.\s]\s*([\w-]+\.(?:com|net|org|shop|store|[a-z]{2})(?:\.[a-z]{2})?)$",
    re.I,
)
_BUY_PREFIX = re.compile(r"^(?:buy|shop|order|kaufen|acheter|comprar|compra|acquista)\s+", re.I)
_HOST_NOISE = {"www", "www1", "www2", "m", "shop", "store", "com", "net", "org", "co", "uk", "de", "fr"}


def _site_test(host: str, site_name: str) -> Any:
    """A test `is_site(text) -> bool`: the text opens with the shop's name (a word of the host
    other than www/shop/com..., or of `og:site_name`)."""
    site = {t for t in _tokens(site_name) if len(t) > 2}
    site |= {t for t in re.split(r"[.-]", host.lower()) if len(t) > 2 and t not in _HOST_NOISE}

    def is_site(text: str) -> bool:
        toks = _tokens(text)
        return bool(toks) and (
            toks[0] in site or "".join(toks[:3]) in site or any(t in site for t in toks[:2])
        )

    return is_site


def title_without_shop(doc_title: str, host: str = "", site_name: str = "") -> str:
    """A document title without the shop's part: leading and trailing parts (`_DOC_TITLE_SEP`)
    of 1-3 words that name the shop (host or `og:site_name`), an "at Shop.com" affix, a leading
    "Buy" and a trailing "Online" ("Buy Trail Runner 2 Online | Shop Example" -> "Trail Runner 2");
    the title as it is when nothing is left."""
    text = re.sub(r"\s+", " ", doc_title).strip()
    is_site = _site_test(host, site_name)
    seps = [m.group(0) for m in _DOC_TITLE_SEP.finditer(text)]
    parts = _DOC_TITLE_SEP.split(text)
    if len(seps) != len(parts) - 1:
        return text

    def shop(part: str) -> bool:
        return is_site(part) and len(_tokens(part)) <= 3

    while len(parts) > 1 and shop(parts[-1]):
        parts, seps = parts[:-1], seps[:-1]
    while len(parts) > 1 and shop(parts[0]):
        parts, seps = parts[1:], seps[1:]
    out = _clean_part(
        parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True)), is_site
    )
    return out if _tokens(out) else text


def _clean_part(part: str, is_site: Any) -> str:
    """A document-title part without an "at Shop.com" affix naming the shop, a leading "Buy" (with
    a trailing "Online"/"Now" it brings) and an SEO tail ("... kaufen", "купить в Алматы")."""
    m = _SITE_AFFIX.search(part)
    if m and is_site(m.group(1) or m.group(2)):
        part = part[: m.start()]
    if _BUY_PREFIX.match(part):
        part = re.sub(r"\s+(?:online|now|today)$", "", _BUY_PREFIX.sub("", part), flags=re.I)
    return _SEO_TAIL.sub("", part).strip(" -–|:,")


def fuller_title(name: str | None, doc_title: str, host: str = "", site_name: str = "") -> str | None:
    """The product name as the document `<title>` writes it, when that is a fuller form of `name`.

    Shops often show a short name in the page (`<h1>P100D</h1>`, schema.org name "Parrot Orak
    Minidrone") and the full one in the `<title>` ("Model S P100D 5YJSA... | Tesla", "Parrot Orak
    Minidrone Hydrofoil air and water drone at Crutchfield.com"). The title is split into its
    parts (`_DOC_TITLE_SEP`); the part that holds every word of `name` and more words (at most 40)
    is returned without the shop's name ("at Shop.com", a part naming the host or `og:site_name`)
    and without a leading "Buy"; otherwise `name` unchanged. A name the page cuts short ("Funny
    Big Nose Shaped Shower G...") is compared without its ellipsis and last, partial word. Titles that do not contain the name,
    or only as a whole part, leave it as it is.
    """
    if not name or not doc_title:
        return name
    want = _tokens(name)
    if re.search(r"(?:\.\.\.|…)\s*$", name):  # "Funny Big Nose Shaped Shower G...": cut where shown
        want = _tokens(re.sub(r"\s*\S*(?:\.\.\.|…)\s*$", "", name))
    if not want:
        return name
    is_site = _site_test(host, site_name)
    best = None
    for part in _DOC_TITLE_SEP.split(re.sub(r"\s+", " ", doc_title).strip()):
        part = _clean_part(part, is_site)
        if re.match(re.escape(name.strip()) + r"\s*[-–—_]", part):
            continue  # "NAME-Shop" (a hyphen without spaces, as Chinese shops write): the name is whole
        toks = _tokens(part)
        if not toks or len(toks) <= len(want) or len(toks) > 40 or is_site(part) and len(toks) <= 3:
            continue
        have = {t: toks.count(t) for t in set(toks)}
        if all(have.get(t, 0) >= want.count(t) for t in set(want)):
            best = best if best is not None and len(_tokens(best)) <= len(toks) else part
    return best or name


def _multi_size_photos(cands: list[tuple[list[str], float, int]]) -> set[str]:
    """Photo keys (`_photo_key`) met under 2+ different URLs among the candidates' URLs."""
    variants: dict[str, set[str]] = {}
    for urls, _, _ in cands:
        for u in urls:
            key = _photo_key(u)
            if key:
                variants.setdefault(key, set()).add(u)
    return {k for k, v in variants.items() if len(v) >= 2}
