"""The main product photo of a page (image URLs best first).

Candidates are `<img>` elements named main/primary/landing/hero/product image (`#landingImage`
with `data-old-hires` / `data-a-dynamic-image`), `[itemprop=image]`, images in a product gallery,
`<picture>` sources, CSS background pictures, gallery slides in data attributes and a gallery's
main slide in a script's JSON (Magento 2's `text/x-magento-init`) when no `<img>` is clear,
`og:image`, a picture the page only preloads (`<link rel="preload" as="image">`: a gallery
rendered by script); scored likewise, logos/icons/sprites/placeholders skipped, pictures in a hidden
wrapper (another variant's) scored less. A photo met in several sizes (thumbnail, main, zoom)
scores more; so does the slide a gallery marks shown (more when it is not the first: the chosen
variant's; not a slide of a carousel of other things: cards, looks, reviews), while a lazy slide
beside an eager one, a picture linking to another page than this product's (a brand's mark,
another product's card: no product-image name bonus there; this product's page under another path,
its canonical URL or a slug spelling the title is no other page) and a video's or 3D model's poster
score less. A `<picture>`'s
tiny `<img>` gives way to its sources, and a small picture to the same photo's file a link around
it opens. An alt text that is a file name says nothing; a file name's words count only outside a
gallery (tests/crawler/test_image_review.py, test_image_review2.py). What says one slide of a
gallery row is the product's photo (title words in its alt text, the heading's nearness, its
photo met in several sizes) says it of the row: a slide without words of its own takes its row's
best such evidence, so that only what says which slide is shown orders the row
(tests/crawler/test_image_review3.py). A carousel's loop copies of its slides are no candidates,
and a video's slide is told by its names, its media type, a play control or its still's URL
(tests/crawler/test_image_review8.py). A gallery plugin's frames written without an `<img>`
(Fotorama as served: `<a href="1.jpg" data-thumb=...>`) are fallback pictures with the gallery bonus
(tests/crawler/test_image_review9.py); decoration words in a URL's host count only on another
site's host (a tracker's, not the shop's own "lone-star-saddlery.com"); an alt or title that is the
file's slug (WordPress's attachment titles) takes its gallery row's evidence; a "photo_t.jpg" in a
link to "photo.jpg" leads with the linked file. (`crawler/images.py`
downloads the photos; this module only finds their URLs.)

Pure functions over a parsed page (`layout.Layout`); no I/O.
"""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

from knockoff.crawler.heuristics.controls import opens_with_buy
from knockoff.crawler.heuristics.dom import MONEY, alike_siblings, element_names, tokens
from knockoff.crawler.heuristics.layout import OTHER_ITEMS_NAMES, Layout
from knockoff.crawler.srcset import img_urls, largest, parse_srcset

_IMG_NAME = re.compile(
    r"\b(?:landing|main|primary|hero|product|large|big|detail|featured|pdp|posting|zoom)-?"
    r"(?:image|img|photo|pic|picture|media|shot)\w*|\bimg-?blk-?front\b|\bic-?img\b|\bzoom\w*"
    r"|\b(?:main|primary|hero|featured)-[a-z]+-(?:image|img|photo|picture)\b"  # "main-content-image"
    # the product's picture named in a language that puts the noun first ("image_produit_fiche_produit",
    # "imagen-producto", "foto-prodotto", "bild-artikel"; formasaurus 0.10.0's dragees-massardier.fr page, stop 68)
    r"|\b(?:image|img|imagen|imagem|immagine|foto|photo|bild)-(?:produit|producto|produto|prodotto|produkt|article|articulo|artikel)\b"
)
_GALLERY = re.compile(
    # "product--media": BEM's "product__media-item" as `element_names` writes it
    r"\b(?:gallery\w*|product-{0,2}(?:image|media|photo)\w*|media-?(?:gallery|viewer)|carousel\w*|slider\w*|"
    r"photos?|zoom\w*|swiper\w*|thumbnails?|image-?viewer|image-?block|img-?wrap\w*|figure|image-?container)\b"
    r"|\bproduct(?:-[a-z]+)?-(?:images?|img|media|photos?|gallery)\b|\b(?:img|image)-?(?:container|holder|wrap\w*)\b"
    # Tilda's slider ("t-slds", "t-slds--item", "t-slds--bgimg"), the shop builder of many Russian and
    # Kazakh shops, whose product photos are CSS backgrounds (the lead's probe, stop 35)
    r"|\bt-slds\b"
    # the gallery in French, German, Spanish, Italian ("galerie-image-courante-zone": dragees-massardier.fr, stop 68)
    r"|\bgaler(?:ie|ia)\w*|\bgalleria\w*"
)
# the state class of the slide a carousel or gallery shows ("starting-slide", "thumb--current":
# Archetype's Shopify themes, Impulse / Motion / Streamline, on the chosen variant's slide wherever
# it sits and on its thumbnail; tests/crawler/test_image_review8.py impulse-starting-slide-*)
_SHOWN_STATE = {
    "active", "is-active", "selected", "is-selected", "current", "is-current", "f-active", "slick-current",
    "swiper-slide-active", "flex-active-slide", "glide__slide--active", "splide__slide--active", "is-shown",
    "starting-slide", "thumb--current",
}  # fmt: skip
# another view of the product in an image's alt text or file name ("Alternate Image 2", "_Alt01")
_ALT_VIEW = re.compile(r"(?<![a-z])alt(?:ernate)?(?:[-_ ]?(?:\d|view|image))", re.I)
# thumbnails of a gallery (the strip of small pictures beside the main one): named so, or sized so
_THUMB = re.compile(r"thumb|swatch")
# size tokens image CDNs write into a URL: "_1024x1024", "?wid=100", "&w=704", BigCommerce
# ".375.375.jpg", Amazon "._SX522_" / "._AC_SL1500_" / "._SS40_"
# ".../t100x100.jpg" (a one-letter role before the size), "?size=1920", resize paths
# ("/fixedscale/90/90/", "/mnresize/1200/1800/", "/trim/620/378/")
# ("_0x90": VirtueMart's resized thumbnails, 0 for the side left to scale; the lead's probe, stop 38)
_URL_SIZE = re.compile(
    r"(?<![a-z0-9])[a-z]?(\d{2,4}|0)x(\d{2,4}|0)(?![0-9])|[?&](?:wid|w|width|sw|size)=(\d{2,4})\b"
    r"|\.(\d{2,4})\.(\d{2,4})\.(?:jpe?g|png|gif|webp)\b|[._]S[XYLS](\d{2,4})_"
    r"|(?:scale|size|fit|trim|crop|fill)/(\d{2,4})/(\d{2,4})/"
)
# words that mark a decoration, not a product photo, in an image URL or its element's names; a
# word counts only as a whole word (letters around it: "iconic", "catalogo" are not "icon", "logo")
# and not when the product's own title uses it ("Logo Hoodie", "Star Wars Mug")
_SKIP_IMG = re.compile(
    r"(?<![a-z])(?:logos?|icons?|sprites?|banners?|avatars?|pixel|tracking|badges?|flags?|payments?|"
    r"ratings?|stars?|spacer|placeholder|captcha|beacon|"
    r"facebook|twitter|pinterest|instagram|youtube|ytimg|vimeocdn|social|doubleclick|no-?image|no_image|noimg)(?![a-z])"
    # "/ads/", not a hex cache hash ("5899ad6aa0") nor a classifieds site's folder or size rule of its ads'
    # photos ("/ad-images/", "/ads_photos/", Kleinanzeigen's "/prod-ads/images/", Milanuncios'
    # "/ma-ad-media-pro/", leboncoin's "?rule=ad-large")
    r"|(?<![a-z0-9])ads?(?![a-z0-9])"
    r"(?![-_/](?:images?|photos?|pics?|pictures?|media|large|medium|small|thumb\w*|gallery|detail|full|big)(?![a-z]))"
    # nor a classified ad's own folder named by its id ("img.americanlisted.com/ads/36712345/1-600.jpg"; the title
    # helper's review 9: the listing's only photo was left out)
    r"(?!/\d{5,}/)"
    # a file named by its size alone is a placeholder ("base-images/300x300.png"), unless the
    # folder above is the photo's id ("/Ym0vN8yYxvQ/550x550.jpg", a digit in it) or a product's
    # slug of 3+ words ("/linen-duvet-cover/1200x1200.jpg"; not "/default-product-image/")
    r"|(?<!\d)1x1(?!\d)|\.svg(?:\?|$)|/(?!(?![^/]*default)[^/\d]*-[^/\d]*-)[^/\d]*/\d+x\d+\.(?:png|gif|jpe?g|webp)(?:\?|$)",
    re.I,
)  # "1x1" alone: "poster-11x17.jpg", "frame-21x15.jpg" are print sizes, not a tracking pixel
# words of a loading-state picture ("ajax-loader.gif", "blank.gif", "transparent.png"): they mark
# one only as a short file name's first or last word, not a product's photo named for what it
# is ("front-loading-washing-machine.jpg", "case-transparent-magsafe.jpg", "tee-blank-white.jpg")
_LOADING_WORDS = {"blank", "loading", "loader", "transparent", "spinner"}


def _file_stem(url: str) -> str:
    """The file name of picture URL `url` without its query and extension ("/p/Lamp_01.jpg?v=2" -> "Lamp_01")."""
    return url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _stem_words(url: str) -> list[str]:
    """The words of `url`'s file name (`_file_stem`), lower case, split at "-", "_", "." and spaces."""
    return [w for w in re.split(r"[-_.\s]+", _file_stem(url).lower()) if w]


def _loading_file(url: str, title_words: set[str]) -> bool:
    """The file name of `url` is a loading-state picture's (`_LOADING_WORDS` first or last of at
    most 3 words: "ajax-loader.gif", "loading_spinner.svg", "blank.gif"), unless the product's
    title uses that word ("Blank Notebook": "blank-notebook.jpg"), or a spacer's (`spacer_file`)."""
    if spacer_file(url):
        return True
    words = _stem_words(url)
    if not 0 < len(words) <= 3:
        return False
    return any(w in _LOADING_WORDS and w not in title_words for w in {words[0], words[-1]})


def loading_file(url: str) -> bool:
    """The file name of `url` is a loading-state picture's and nothing else ("loading.gif", "ajax-loader.gif",
    "blank.gif": its 1-3 words all `_LOADING_WORDS` or their companions) or a spacer's (`spacer_file`),
    whatever the product: a stand-in no shop means as a product's photo ("blank-notebook.jpg" is a photo)."""
    words = _stem_words(url)
    return spacer_file(url) or (
        0 < len(words) <= 3
        and any(w in _LOADING_WORDS for w in words)
        and all(w in _LOADING_WORDS or w in _LOADING_COMPANIONS for w in words)
    )


# a transparent GIF or PNG that holds a place in the layout, named for that alone ("clear.gif",
# "spacer.gif", "trans.gif", "s.gif", "clear_1x1.gif"), an optional size or number after it
_SPACER_FILE = re.compile(
    r"(?:clear|spacer|blank|empty|trans|transparent|pixel|pix|px|shim|spc|dot|s|x)"
    r"(?:[-_]?\d+(?:x\d+)?)?\.(?:gif|png)",
    re.I,
)


def spacer_file(url: str) -> bool:
    """`url`'s file name is a spacer's (`_SPACER_FILE`): old shops draw their tabs and menu entries as a
    CSS sprite on a link around `<img src="clear.gif" alt="Features">`, whose alt text may share the
    title's words; no product's photo, whatever the product (formasaurus 0.10.0's bradfordexchange.com
    page, stop 68: the picker chose "clear.gif")."""
    name = url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return bool(_SPACER_FILE.fullmatch(name))


# words written beside a loading word in a stand-in's file name ("ajax-loader", "lazy-grey", "loading-image")
_LOADING_COMPANIONS = {
    "ajax",
    "lazy",
    "grey",
    "gray",
    "white",
    "img",
    "image",
    "animation",
    "circle",
    "gif",
    "small",
}


# names of a box around a brand's, maker's or certificate's picture (the maker's logo in the gallery,
# a row of certification seals): its picture is not the product's photo, whatever its alt text
_DECORATION_BOX = re.compile(
    r"(?<![a-z])(?:brands?|manufacturers?|certifications?|certificates?|certs?|awards?|logos?)(?![a-z])"
)
# a site-wide share picture named for its role ("share.jpg", "og-image.png", "default-og.jpg",
# "social-share-1200x630.png"): every file-name word is one of these, one of them a sharing word
_SHARE_WORDS = {"share", "sharing", "og", "opengraph"}
_SHARE_FILLER = {"default", "image", "img", "card", "preview", "site", "fallback", "social", "meta", "main"}


def share_file(url: str) -> bool:
    """The file name of `url` names a site-wide share picture (`_SHARE_WORDS`, with only
    `_SHARE_FILLER` words, sizes and numbers beside them), no product's photo."""
    words = [w for w in _stem_words(url) if not re.fullmatch(r"\d+(?:x\d+)?", w)]
    return any(w in _SHARE_WORDS for w in words) and all(w in _SHARE_WORDS | _SHARE_FILLER for w in words)


# in an element's names, loading-state words ("gallery-placeholder__image", "lazyload") describe
# the real picture before it loads: only decoration words skip it
_SKIP_NAMES = re.compile(
    r"(?<![a-z])(?:logos?|icons?|sprites?|banners?|avatars?|badges?|flags?|payments?|ratings?|stars?|"
    # a control drawn as a picture: Magento 1's zoom slider `<img id="zoom_out" class="btn-zoom-out">`
    # (the lead's probe, stop 38), old carts' button images
    r"spacer|social|captcha|btns?|buttons?)(?![a-z])",
    re.I,
)


def _decoration(text: str, pattern: re.Pattern[str], title_words: set[str]) -> bool:
    """True when `text` (an image URL or element names) carries a decoration word of `pattern`
    that the product title does not use, in the singular or the plural ("garden-flag.jpg" of
    "Garden Flags", "pin-badges.jpg" of "Pin Badge")."""
    for m in pattern.finditer(text):
        word = m.group(0).lower()
        if not {word, word.rstrip("s"), word + "s"} & title_words:
            return True
    return False


def _product_named_file(stem: str, title_words: set[str]) -> bool:
    """A file name stem of 3+ words, 2+ of them the title's, whose last word (the head of an English
    compound: "star-projector" is a projector, "rating-star" a star) is no decoration word of
    `_SKIP_IMG`: the product's photo named for it ("star-projector-night-light-blue" of "Galaxy
    Projector Night Light"; tests/crawler/test_main_image_shapes.py star-projector-file-name), not
    a decoration ("acme-galaxy-projector-logo", "5-star-rating")."""
    words = [w for w in re.split(r"[^a-z0-9]+", stem.lower()) if w]
    if len(words) < 3 or sum(w in title_words for w in words) < 2:
        return False
    return not _SKIP_IMG.fullmatch(words[-1])


def _decoration_url(url: str, title_words: set[str]) -> bool:
    """`_decoration` of an image URL by `_SKIP_IMG`, its file name left out when that names the
    product (`_product_named_file`); its folders and extension still count ("/icons/", ".svg")."""
    path, sep, query = url.partition("?")
    head, slash, name = path.rpartition("/")
    stem, dot, ext = name.rpartition(".")
    if dot and _product_named_file(stem, title_words):
        url = f"{head}{slash}photo.{ext}{sep}{query}"
    return _decoration(url, _SKIP_IMG, title_words)


def _site(host: str) -> str:
    """A host's site: its last two labels, three under a short second-level label of a country
    ("shop.example.co.uk" -> "example.co.uk"); lower case, without a port."""
    labels = host.lower().split(":", 1)[0].strip(".").split(".")
    n = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-n:])


def _without_own_host(url: str, base: str) -> str:
    """`url` (absolute or protocol-relative) without its host when that is the page's own site
    (`_site` of `base`'s: "www.lone-star-saddlery.com", "images.five-star-hobbies.com"): the shop's
    domain name says nothing of its pictures, while a tracker's or an ad network's host does
    ("pixel.", "ads.", "facebook.com"; tests/crawler/test_image_review9.py kind-own-host-*).
    Magento and WordPress write every picture's URL absolute on the shop's own host."""
    parts = urlsplit(url.strip())
    own = urlsplit(base).netloc
    if not parts.netloc or not own or _site(parts.netloc) != _site(own):
        return url  # a relative URL names no host: kept as written
    return parts.path + (f"?{parts.query}" if parts.query else "")


# file names that give a size or a role, not a photo ("s-l500.jpg", "il_794xN.<id>.jpg",
# "large.jpg", "1200x1200.jpg"): the photo is named by the folder above
_GENERIC_STEM = re.compile(
    r"s-l\d+|il_\w+|\d{1,4}x\d{0,4}|\d{1,3}|(?:large|medium|small|thumb|zoom|main|image|default|original|"
    r"full|big|master|front|primary)\w{0,6}"
)


# a size written at the end of a file name ("00N0N_k2NgU7gBecq_600x450", "..._50x50c")
_STEM_SIZE = re.compile(r"[_-]\d{2,4}x\d{2,4}[a-z]?$")


def _photo_key(url: str) -> str | None:
    """The photo an image URL names: its file name stem ("71FFzp2RUiL._SX522_.jpg" ->
    "71ffzp2ruil"), or, for a size/role file name (`_GENERIC_STEM`: "g/pvgAAOSw/s-l500.jpg"), the
    folder above ("pvgaaosw"); None when that is not specific (under 6 characters)."""
    parts = url.split("?", 1)[0].rstrip("/").lower().rsplit("/", 2)
    stem = parts[-1].split(".", 1)[0]
    if _GENERIC_STEM.fullmatch(stem):
        stem = parts[-2] if len(parts) == 3 else ""
    else:
        stem = _STEM_SIZE.sub("", stem)
    return stem if len(stem) >= 6 else None


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


def _url_px(url: str, measures: frozenset[str] = frozenset()) -> int | None:
    """The largest size in pixels an image URL's size tokens (`_URL_SIZE`) give, those of its file
    name and query first (a folder's "3b-960x576/.../t100x100.jpg" names the original, the file the
    size asked for), a product's measure in its name aside (`_NAME_DIMENSION`, or a "WxH" the
    product's title writes, `measures`: "vortex-diamondback-hd-10x42.jpg" of "Diamondback HD 10x42
    Binoculars", `_title_measures`); None without one."""
    path, _, query = url.partition("?")
    for part in (path.rsplit("/", 1)[-1] + "?" + query, url):
        part = part.lower()
        sizes = [
            int(x)
            for m in _URL_SIZE.finditer(part)
            if not (m.start() and part[m.start() - 1] in "-_ " and _NAME_DIMENSION.match(part, m.end()))
            and not (m.group(1) and f"{m.group(1)}x{m.group(2)}" in measures)
            for x in m.groups()
            if x and int(x)  # a 0 side is the one left to scale ("_0x90"): not a size
        ]
        if sizes:
            return max(sizes)
    return None


_MEASURE = re.compile(r"\d{1,4}x\d{1,4}")


def _title_measures(title_toks: set[str]) -> frozenset[str]:
    """The "WxH" words of the product's title ("10x42" binoculars, an "8x10" rug, a "24x36" poster):
    the same in a file name is that measure, not a CDN's pixel size (tests/crawler/test_image_review8.py,
    cscart-binoculars-measure-in-file-name)."""
    return frozenset(t for t in title_toks if _MEASURE.fullmatch(t))


# a "WxH" between words of the file's name ("hochbeet-holz-120x60-natur.jpg": a raised bed of
# 120 x 60 cm, as WooCommerce and Shopware shops name their uploads) gives the product's measure,
# not the pixel size an image CDN asks for: CDNs write that at the end of the name ("-300x300.jpg",
# "_600x600@2x.jpg", "jpg_80x80.jpg") or before their own words ("_600x600_crop_center")
_NAME_DIMENSION = re.compile(
    r"[-_ ](?!(?:crop\w*|center|centre|top|bottom|left|right|pad\w*|fit|fill|progressive|q\d+)\b)[a-z]{2,}"
)


def _int(v: Any) -> int | None:
    """A `width` / `height` attribute's whole pixels ("600", "600px", and the fractions a browser writes into a
    rendered page: Facebook Marketplace's `width="727.7000122070312"`); None for anything else."""
    try:
        return int(float(str(v).strip().removesuffix("px")))
    except (TypeError, ValueError, OverflowError):
        return None


def _multi_size_photos(pictures: list[list[str]]) -> set[str]:
    """Photo keys (`_photo_key`) met under 2+ different URLs among the pictures' URLs."""
    variants: dict[str, set[str]] = {}
    for urls in pictures:
        for u in urls:
            key = _photo_key(u)
            if key:
                variants.setdefault(key, set()).add(u)
    multi = {k for k, v in variants.items() if len(v) >= 2}
    # one photo whose sizes differ in a one-letter prefix of the file name (Crutchfield's
    # "trim/620/378/.../g333ORAK-F.jpg" beside the thumbnail "fixedscale/90/90/.../x333ORAK-F.jpg"):
    # the URLs ask for different sizes; files of one size or none are other photos (colours named
    # by a letter: "k204170.jpg", "w204170.jpg")
    by_rest: dict[str, set[str]] = {}
    for k in variants:
        if _LETTER_PREFIX.match(k):
            by_rest.setdefault(k[1:], set()).add(k)
    for keys in by_rest.values():
        sizes = {frozenset(px for u in variants[k] if (px := _url_px(u)) is not None) for k in keys}
        if len(keys) >= 2 and len(sizes - {frozenset()}) >= 2:
            multi |= keys
    return multi


# a file name of one letter before a digit-bearing code ("g333orak-f"): the letter may name the size
_LETTER_PREFIX = re.compile(r"[a-z](?=[a-z]*\d)")


def _declared_tiny(el: Any) -> bool:
    """`el`'s width or height attribute is under 60 px (an icon, or a `<picture>`'s fallback)."""
    w, h = _int(el.get("width")), _int(el.get("height"))
    return (w is not None and w < 60) or (h is not None and h < 60)


def _ancestors(el: Any, n: int) -> list[Any]:
    """`el`'s `n` nearest ancestors, nearest first, `<source>` elements left out: libxml2 does not
    know `<source>` is void and nests what follows it inside it, so a `<picture>` with two sources
    puts its `<img>` two levels deeper than the page does, out of reach of the windows of a few
    ancestors read here (tests/crawler/test_image_review8.py picture-sources-swiper-active-*)."""
    out: list[Any] = []
    for a in el.iterancestors():
        if a.tag != "source":
            out.append(a)
            if len(out) >= n:
                break
    return out


def _picture_sources(img: Any) -> list[str]:
    """The largest candidates of the `<source srcset>` elements of the `<picture>` around
    `img` (art direction, WebP/AVIF versions); libxml2 nests the img inside the sources."""
    pic = next((a for a in _ancestors(img, 4) if a.tag == "picture"), None)
    if pic is None:
        return []
    out: list[str] = []
    for src in pic.iter("source"):
        out += img_urls({"srcset": src.get("srcset"), "data-srcset": src.get("data-srcset")})
    return out


def _strip_of(item: Any) -> Any | None:
    """The strip holding `item` (a button or link of a row of thumbnails): its parent, or the list
    around its `<li>`; None at the top of the tree."""
    strip = item.getparent()
    if strip is not None and strip.tag == "li":
        strip = strip.getparent()
    return strip


def _in_button_strip(el: Any, up: list[Any]) -> bool:
    """`el` is the picture of a button in a strip of 3+ picture buttons (a gallery's thumbnails,
    whatever their names: `<li><button><img></button></li>` x3, `<button><img></button>` x4): a
    button selects the picture shown elsewhere."""
    btn = next((a for a in up[:2] if a.tag == "button" or a.get("role") == "button"), None)
    if btn is None:
        return False
    strip = _strip_of(btn)
    if strip is None:
        return False
    return len(strip.xpath(".//button//img | .//*[@role='button']//img", smart_strings=False)[:3]) >= 3


def _option_picture(up: list[Any]) -> bool:
    """An ancestor (3 levels) of a picture is the choice of a product option: a `<label>` with,
    or right after, a radio/checkbox input (`<label><input type=radio name=frame><img></label>`),
    or an element with `role="radio"` / `"option"` or `aria-checked` (colour, frame, size pickers)."""
    for a in up[:3]:
        if a.get("role") in ("radio", "option") or a.get("aria-checked") is not None:
            return True
        if a.tag == "label" and a.xpath(
            ".//input[@type='radio' or @type='checkbox'] | preceding-sibling::*[1][self::input][@type='radio' or @type='checkbox']"
        ):
            return True
    return False


def _links_away(up: list[Any]) -> bool:
    """A link among a picture's 3 nearest ancestors leads to another page (not to a picture file
    or a "#" anchor)."""
    link = next((a for a in up[:3] if a.tag == "a"), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    return bool(href) and not href.startswith("#") and not _PICTURE_FILE.search(href.split("?", 1)[0])


def _campaign_picture(el: Any, up: list[Any], alt: list[str], title_toks: set[str]) -> bool:
    """`el` reads as a campaign banner or a logo, whatever the page loads first: it links to
    another page (`<a href="/sale/winter">`, not to a picture or "#"), its width and height
    attributes give a banner's proportions (`BANNER_RATIO`), or its alt text has words besides
    gallery words ("Image 1 of 6", `_GALLERY_WORDS`) and none of them is a word of the product
    title or the document title, `title_toks` ("Winter sale: up to 40% off")."""
    if _links_away(up):
        return True
    w, h = _int(el.get("width")), _int(el.get("height"))
    if w and h and w >= BANNER_RATIO * h:
        return True  # a banner's proportions (1920x640)
    words = [t for t in alt if t not in _GALLERY_WORDS and not t.isdigit()]
    return bool(words) and bool(title_toks) and not any(t in title_toks for t in words)


# an alt or title text that is a file's name ("IMG_0892.JPG": Squarespace writes the uploaded file's
# name as every picture's alt): nobody's words about the picture
_FILE_NAME_TEXT = re.compile(r"[^\s/]+\.(?:jpe?g|png|gif|webp|avif|heic|tiff?)", re.I)


def _file_slug_text(text: str, url: str) -> bool:
    """`text` (an alt or title text) is the picture's own file name less its extension, a slug of 3+
    words without spaces ("saltwater-fly-rod-tube" on ".../saltwater-fly-rod-tube-510x510.jpg"):
    WordPress titles an upload so and WooCommerce 3's gallery writes that title on every slide. Its
    words may name the product, but they do not say one slide is more the product's photo than its
    row's others (a first slide "saltwater-fly-rod-9ft-8wt" of "Saltwater Fly Rod 9 ft 8 wt" shares
    fewer of the title's words than a third "saltwater-fly-rod-tube"): such a slide takes its row's
    evidence as one without words does (`Scored.has_words`; tests/crawler/test_image_review9.py
    flatsome3-flickity-slide-first-skip-lazy)."""
    t = text.strip().lower()
    if not t or any(c.isspace() for c in t) or len(re.findall(r"[-_]", t)) < 2:
        return False
    stem = _file_stem(url).lower()
    return stem.startswith(t)


def _picture_words(el: Any, url: str) -> list[str]:
    """The words saying what a picture shows: its alt (or title) text, unless that is a file name
    (`_FILE_NAME_TEXT`: "IMG_0892.JPG"); for a picture shown without an `<img>` (a CSS background,
    a gallery's JSON) without one, its `aria-label` or else its file name's words (`_file_words`:
    "camping-lantern-led.jpg")."""
    text = (el.get("alt") or el.get("title") or "").strip()
    alt = [] if _FILE_NAME_TEXT.fullmatch(text) else tokens(text)
    if el.tag not in ("img", "amp-img") and not alt:
        alt = tokens(el.get("aria-label") or "") or _file_words(url)
    return alt


def _file_words(url: str) -> list[str]:
    """The words of a picture URL's file name, without its extension, digits-only words and size
    tokens ("/p/sofa-linen-oat-01_800x800.jpg" -> ["sofa", "linen", "oat"])."""
    stem = _file_stem(url)
    return [w for w in tokens(stem.replace("_", " ")) if not re.fullmatch(r"\d+|\d+x\d*", w)]


# words of an alt text that only place a picture in the gallery ("Image 1 of 6", "Product photo 2")
_GALLERY_WORDS = {
    "image",
    "img",
    "photo",
    "picture",
    "pic",
    "gallery",
    "view",
    "slide",
    "product",
    "main",
    "of",
}
# width over height from which a picture is a banner, not a product photo (photos are square to 4:3,
# 16:9 at most; campaign and hero banners 3:1 and wider)
BANNER_RATIO = 2.5


_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)$", re.I)


# a class that hides an element at every width ("hide", "hidden", "d-none"), unless a class beside it
# shows it from some width on (Tailwind "hidden md:block", Bootstrap "d-none d-md-block")
_HIDING_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|is-hidden|d-none|display-none|displaynone)(?:\s|$)")
_SHOWN_AT = re.compile(
    r"(?:^|\s)(?:[a-z0-9]+:|d-[a-z]{2,3}-)(?:block|flex|grid|inline[a-z-]*|table|contents)(?:\s|$)"
)


def _hidden_wrapper(el: Any, up: list[Any]) -> bool:
    """`el` or one of its 3 nearest ancestors is hidden by a hiding class (`_HIDING_CLASS`, not one
    shown from some width on: `_SHOWN_AT`), the `hidden` attribute or `display:none` (not by
    `aria-hidden`, which carousels set on every slide but the shown one): a Shopify theme renders
    each variant's featured picture, all but the chosen variant's in a "hide" wrapper."""
    for node in (el, *up[:3]):
        cls = node.get("class") or ""
        style = (node.get("style") or "").replace(" ", "").lower()
        if (
            (_HIDING_CLASS.search(cls) and not _SHOWN_AT.search(cls))
            or node.get("hidden") is not None
            or "display:none" in style
        ):
            return True
    return False


# names of the product's description text (its tab or panel: "product-description", "desc",
# WooCommerce "woocommerce-Tabs-panel--description")
_DESCRIPTION_BOX = re.compile(r"(?<![a-z])(?:desc|description|long-description)(?![a-z])")


def _in_description(up: list[Any], title_el: Any) -> bool:
    """One of a picture's 6 nearest ancestors is named the product's description (`_DESCRIPTION_BOX`),
    holds 40+ characters of text and not the product's title (not a wrapper of the whole product,
    nor a layout column named "desc-left" around the photo alone): a picture there illustrates the
    text (a feature chart, a detail, a lifestyle shot), the gallery comes first."""
    for a in up[:6]:
        if _DESCRIPTION_BOX.search(element_names(a)):
            if title_el is not None and any(x is a for x in title_el.iterancestors()):
                return False
            return len("".join(a.itertext()).strip()) >= 40
    return False


# a gallery slide or thumbnail of a video ("product-gallery__slide--video", "media-type-video") or of
# a 3D model (Shopify's "media-type-model", "model-viewer"), or media loaded on demand behind its
# poster (Dawn's "deferred-media"); not a gallery saying it holds one ("has-video", "with-video")
_VIDEO_SLIDE = re.compile(
    r"(?<![a-z])(?<!has-)(?<!with-)(?:video|model-?viewer|3d-?model|media-?type-?model|deferred-?media)(?![a-z])"
)


# a media type attribute's value naming a video or a 3D model (Shopify's `data-media-type="video"`,
# "external_video", "model"; headless themes' `data-type="video"`)
_MEDIA_TYPE_ATTRS = (
    "data-media-type",
    "data-type",
    "data-media-kind",
    "data-content-type",
    "data-slide-type",
)
_VIDEO_MEDIA_TYPE = re.compile(r"(?:external[-_ ]?)?video|youtube|vimeo|model|3d-?model", re.I)
# the label of a control that plays a video ("Play video", "Play", "Watch the product video")
_PLAY_LABEL = re.compile(r"\s*(?:play|watch)(?:\s+(?:the\s+)?(?:\w+\s+)?(?:video|clip|movie|film))?\s*", re.I)
# a play control's name ("pdp-media__play", "play-button", "video-play-icon")
_PLAY_NAME = re.compile(r"(?<![a-z])play(?:-?(?:button|btn|icon|overlay))?(?![a-z])")
# a video's still by its URL: Cloudinary's stills of an uploaded video ("/video/upload/so_0/..."),
# Shopify's video previews ("/files/preview_images/<hash>.thumbnail.0000000000.jpg")
_VIDEO_STILL_URL = re.compile(r"/video/upload/|/preview_images/")


def _video_slide(el: Any, up: list[Any]) -> bool:
    """`el` or one of its 4 nearest ancestors is a video's, holding no other picture: named a video
    (`_VIDEO_SLIDE`) or a play control (`_PLAY_NAME`), of a video's media type (`_MEDIA_TYPE_ATTRS`,
    `_VIDEO_MEDIA_TYPE`), or a button or link labelled to play one (`_PLAY_LABEL`); or `el`'s picture
    is a video's still by its URL (`_VIDEO_STILL_URL`). A video's slide or thumbnail in a gallery,
    its picture the video's poster (a gallery named "has-video" around all the photos is not one;
    tests/crawler/test_image_review8.py cloudinary-video-still-first)."""
    src = " ".join(el.get(a) or "" for a in ("src", "data-src", "srcset", "data-srcset"))
    if _VIDEO_STILL_URL.search(src):
        return True
    for a in (el, *up[:4]):
        names = element_names(a)
        label = (a.get("aria-label") or a.get("title") or "") if a.tag in ("button", "a") else ""
        if (
            _VIDEO_SLIDE.search(names)
            or _PLAY_NAME.search(names)
            or any(_VIDEO_MEDIA_TYPE.fullmatch((a.get(k) or "").strip()) for k in _MEDIA_TYPE_ATTRS)
            or (label and _PLAY_LABEL.fullmatch(label))
        ):
            return len(a.xpath(".//img | .//amp-img", smart_strings=False)[:2]) <= 1
    return False


def _placement_penalty(el: Any, up: list[Any], title_el: Any) -> float:
    """1.5 for a picture in a hidden wrapper (`_hidden_wrapper`: another variant's picture a
    theme renders hidden until that variant is chosen), 2.5 for one in the description text
    (`_in_description`: a feature chart, a detail), 2 for one in a video's slide (`_video_slide`),
    added; 0 otherwise."""
    video = _video_slide(el, up)
    return (
        (1.5 if _hidden_wrapper(el, up) else 0.0)
        + (2.5 if _in_description(up, title_el) else 0.0)
        + (2.0 if video else 0.0)
    )


def _thumbnail(el: Any, up: list[Any], near: str, px: int | None, large_url: bool) -> bool:
    """A gallery's thumbnail: named so (`_THUMB` in its or its 3 nearest ancestors' names, `near`),
    a button of a strip (`_in_button_strip`) or a link of a strip opening picture files
    (`_in_link_strip`) with width and height attributes under 160 px, unless its URL asks for a large picture (a
    grid gallery's photos each in a zoom button), nor one declared 250 px or more wide or high (X-Cart
    names its product page's 300 px picture `id="product_thumbnail"`; the lead's probe, stop 38); or its
    URL asks for under 160 px (`px`)."""
    if px is not None and px < 160:
        return True
    w, h = _int(el.get("width")), _int(el.get("height"))
    if large_url or max(w or 0, h or 0) >= 250:
        return False
    small = w is not None and h is not None and max(w, h) < 160
    return bool(_THUMB.search(near)) or _in_button_strip(el, up) or (small and _in_link_strip(up))


def _side(el: Any) -> int | None:
    """An `<img>`'s longer side in px: its width or height attribute, else the size its URL asks for."""
    w, h = _int(el.get("width")), _int(el.get("height"))
    return max(w or 0, h or 0) or _url_px(el.get("src") or "")


def _thumbnail_preview(el: Any, up: list[Any], url: str) -> bool:
    """`el` is the larger copy of a strip's thumbnail that the thumbnail's own item holds, shown on hover
    (Magento 1's "more-views": `<li><img 50x50 .../847.jpg><span><img 300x300 .../847.jpg></span></li>`):
    the nearest of its 3 ancestors holding another picture is one item of a strip (`_strip_item`) and
    holds just one, a thumbnail (under 160 px) of the same photo (`_photo_key`). It is a view of the strip, not the stage's photo, so it is scored as a
    thumbnail: the stage's photo beside the strip keeps its place (registry page micromania.fr, stop 67)."""
    key = _photo_key(url)
    side = _side(el)
    if key is None or not side:
        return False
    for a in up[:3]:
        others = [i for i in a.iter("img") if i is not el]
        if not others:
            continue
        if len(others) > 1 or not _strip_item(a):
            return False
        small = _side(others[0])
        return _photo_key(others[0].get("src") or "") == key and small is not None and small < min(160, side)
    return False


def _strip_item(el: Any) -> bool:
    """`el` is one of 2+ items of a strip: its parent has another child of its tag and class."""
    return len(alike_siblings(el)) >= 2


def _linked_picture(el: Any) -> list[str]:
    """[the picture file] a link among `el`'s 2 nearest ancestors opens (`<a href="/p/1.jpg"
    class="zoom"><img src="data:...">`), for an `<img>` offering no URL of its own (a lazy
    placeholder whose real URL a script sets): the photo it stands for; [] otherwise."""
    link = _picture_link(_ancestors(el, 2))
    return [link.get("href").strip()] if link is not None else []


# px under which a picture is shown as a thumbnail: a link around it opens the photo to look at
SMALL_SHOWN = 300


def _linked_original(el: Any, urls: list[str], measures: frozenset[str] = frozenset()) -> list[str]:
    """`urls` (an `<img>`'s, best first) led by the picture file a link around it opens when the
    `<img>` is small (its width/height attributes or its URL's size under `SMALL_SHOWN` px) and that
    file is the same photo (`_photo_key`: "popup_images/lamp_0.jpg" around a 120 px
    "thumbnail_images/lamp_0.jpg"): the photo's larger copy a lightbox opens
    (tests/crawler/test_image_review.py, fancybox-link-around-thumb); a picture shown at its size
    (BigCommerce's 500x659 in a link to its 1280x1280 zoom) keeps its own URL first. When nothing
    says the `<img>`'s size, the linked file leads when the `<img>`'s file name is its thumbnail's
    (`_thumbnail_file_of`: "photo_t.jpg" in a link to "photo.jpg"). The picture is scored by its
    own URLs (a thumbnail stays one); `measures` as `_url_px`'s."""
    w, h = _int(el.get("width")), _int(el.get("height"))
    size = max(w or 0, h or 0) or _url_px(urls[0], measures)
    link = _picture_link(_ancestors(el, 2))
    href = (link.get("href") or "").strip() if link is not None else ""
    if size is None and href and href not in urls and _thumbnail_file_of(urls[0], href):
        return [href, *urls]  # its file name says it is the linked file's thumbnail
    if size is None or size >= SMALL_SHOWN:
        return urls
    key = _photo_key(href) if href else None
    if not key or href in urls or key != _photo_key(urls[0]):
        return urls
    return [href, *urls]


# a thumbnail's file name beside its picture's: a suffix ("photo_t.jpg", "photo-thumb.jpg",
# "photo_s.jpg") or a prefix ("t_photo.jpg", "thumb_photo.jpg") naming the small copy
_THUMB_AFFIX = r"(?:t|s|th|tn|sm|small|thumb|thumbs|thumbnail|mini|tiny)"
_THUMB_SUFFIX = re.compile(rf"[-_.]{_THUMB_AFFIX}")
_THUMB_PREFIX = re.compile(rf"{_THUMB_AFFIX}[-_]")


def _thumbnail_file_of(url: str, href: str) -> bool:
    """`url`'s file name is `href`'s with a thumbnail's affix (`_THUMB_SUFFIX`, `_THUMB_PREFIX`):
    "/thumbs/canyon-light_t.jpg" in a link to "/large/canyon-light.jpg". A gallery plugin that builds
    its stage from such links (Galleria, Fotorama's `<a href><img thumb>` form) shows the linked file;
    the `<img>` is its navigation's thumbnail, whatever sizes its attributes leave unsaid
    (tests/crawler/test_image_review9.py galleria-served-links-around-t-thumbs)."""

    small, big = _file_stem(url).lower(), _file_stem(href).lower()
    if len(big) < 4 or small == big:
        return False
    if small.startswith(big):
        return bool(_THUMB_SUFFIX.fullmatch(small[len(big) :]))
    if small.endswith(big):
        return bool(_THUMB_PREFIX.fullmatch(small[: -len(big)]))
    return False


def _picture_link(up: list[Any]) -> Any | None:
    """The link among a picture's 2 nearest ancestors (`up`, nearest first) when it opens a picture
    file (`<a href="/p/1.jpg">`), else None."""
    link = next((a for a in up[:2] if a.tag == "a"), None)
    if link is None or not _PICTURE_FILE.search((link.get("href") or "").strip().split("?", 1)[0]):
        return None
    return link


def _in_link_strip(up: list[Any]) -> bool:
    """A link among a picture's 2 nearest ancestors opens a picture file (`<a href="/p/1.jpg">`),
    its parent (the list's, for a link in an `<li>`) holds 2+ such links around pictures and the
    element around that strip holds a picture in no link: a strip of thumbnails beside the photo
    shown (one such link alone may be the photo linking its large version; a grid of such links
    alone is the gallery itself)."""
    link = _picture_link(up)
    if link is None:
        return False
    strip = _strip_of(link)
    if strip is None:
        return False
    hrefs = strip.xpath(".//a[.//img]/@href", smart_strings=False)[:20]
    if sum(bool(_PICTURE_FILE.search(h.strip().split("?", 1)[0])) for h in hrefs) < 2:
        return False
    box = strip.getparent()  # the gallery: a picture beside the strip, in no link, is the one shown
    beside = box.xpath(".//img[not(ancestor::a)]", smart_strings=False)[:20] if box is not None else []
    if any(strip not in img.iterancestors() for img in beside):
        return True
    # or a picture among the strip's links not declared small: the stage's photo linking to its zoom
    # as the thumbnails link to theirs (thickbox's `<a rel="product-images">` row, the first unsized;
    # formasaurus 0.10.0's juno.co.uk page, stop 68)
    linked = strip.xpath(".//a[@href]//img", smart_strings=False)[:20]
    return any(not _declared_small(img) for img in linked)


def _declared_small(img: Any) -> bool:
    """`img`'s width and height attributes are both given and under 160 px."""
    w, h = _int(img.get("width")), _int(img.get("height"))
    return w is not None and h is not None and max(w, h) < 160


def _words_bonus(alt: list[str], url: str, slides: bool, title_toks: set[str]) -> float:
    """Up to 2 for a picture's words (`alt`, `_picture_words`) in the product title `title_toks` (their
    share); without them, up to 1 for its file name's words (`url`'s), outside a gallery only: an
    `<img>` without alt text outside a gallery may spell the product's name in its file name
    ("4471-kissenbezug-leinen-salbei.jpg"; tests/crawler/test_image_review.py); a gallery's slides
    are the product's photos whatever their files are named, and a later one named
    "throw-detail.jpg" is not more the main photo than the first, "IMG_0892.JPG"
    (tests/crawler/test_image_review2.py). Words only placing a picture (`_GALLERY_WORDS`: "Product photo of
    Smoke Detector", Facebook Marketplace's alt text; registry pages, stop 66) are not counted."""
    if alt and title_toks:
        alt = [t for t in alt if t not in _GALLERY_WORDS] or alt
        return 2.0 * sum(t in title_toks for t in alt) / len(alt)
    if title_toks and not slides and (words := _file_words(url)):
        return 1.0 * sum(t in title_toks for t in words) / len(words)
    return 0.0


# words of a gallery slide that is no photo of the product: a size chart or guide, a care or
# measuring diagram (Shopify themes put the size chart first among the product's media:
# tests/crawler/test_image_review.py carousel-size-chart-first), a video's poster or a spin view
# (Target's first slide, alt "video": tests/crawler/test_platform_review.py target-like-reg-after)
_NOT_PHOTO_WORDS = re.compile(
    r"\b(?:video|vid[ée]o|play|poster|360|spin)\b|"
    r"size[\s_-]*(?:chart|guide|table)|sizing|measur|care[\s_-]*(?:label|guide|instructions)|"
    r"größentabelle|grössentabelle|masstabelle|guide[\s_-]*des[\s_-]*tailles|tableau[\s_-]*des[\s_-]*tailles|"
    r"tabla[\s_-]*de[\s_-]*tallas|guía[\s_-]*de[\s_-]*tallas|guida[\s_-]*alle[\s_-]*taglie|tabella[\s_-]*taglie|"
    r"maattabel|tabela[\s_-]*rozmiarów|サイズ表|サイズガイド|尺码表|尺寸表|사이즈\s*(?:표|가이드)|размерн",
    re.I,
)


def _own_words(alt: list[str], url: str, title_toks: set[str]) -> bool:
    """Whether a picture's own words (`alt`, `_picture_words`) say what it shows apart from its gallery
    row: a word of the title (four letters or more, or not in Latin letters: "in" and "the" name
    nothing) or a chart, guide or video (`_NOT_PHOTO_WORDS`, in them or the file name of `url`). Words naming
    neither (a lifestyle slide's "Model walking on a rainy street", "Fabric close-up") say no more
    than none, so such a slide takes its row's evidence as a slide without alt text does
    (`_row_scores`; tests/crawler/test_image_review3.py
    first-alt-describes-the-scene-later-alt-names-product)."""
    if not alt:
        return False
    if any(t in title_toks and (len(t) >= 4 or not t.isascii()) for t in alt):
        return True
    return bool(_NOT_PHOTO_WORDS.search(" ".join(alt)) or _NOT_PHOTO_WORDS.search(url.rsplit("/", 1)[-1]))


# how much less a picture whose own words name a chart, a guide or a video is the product's photo
NOT_PHOTO_PENALTY = 1.5


def _names_no_photo(alt: list[str], url: str, title_toks: set[str]) -> bool:
    """A picture's own words (`alt`, `_picture_words`) or its file name (of `url`) name a size chart,
    a guide or a video (`_NOT_PHOTO_WORDS`) that the product's title does not name (a title word
    starting with each of the match's words: "360 Spin Mop", "Measuring Cups", "Video Doorbell" are
    products). WooCommerce and Shopify merchants upload the size chart as the first gallery picture
    ("tights-size-chart.png", alt "Size chart") before alt-less photos: the slides are alike in all
    else, so their order would make the chart the main image (tests/crawler/test_image_review6.py
    woocommerce-size-chart-first)."""
    for text in (" ".join(alt), url.split("?", 1)[0].rsplit("/", 1)[-1]):
        for m in _NOT_PHOTO_WORDS.finditer(text):
            words = tokens(m.group(0).replace("_", " "))
            if not all(any(t.startswith(w) for t in title_toks) for w in words):
                return True
    return False


class Scored(NamedTuple):
    """A picture's score (`_img_score`), the part of it saying the picture is the product's photo
    (its words' bonus `_words_bonus` plus the title's nearness: what its gallery row shares,
    `_row_scores`) and whether its own words say what it shows apart from its row (`_own_words`)."""

    score: float
    evidence: float
    has_words: bool


# the whole id of the page's one picture named for its role: Magento 1's product view `<p class="product-image">
# <img id="image">` (its zoom script finds the photo by that id), a shop's own `<img id="image">` beside
# its `<h1>` (formasaurus 0.10.0's brooklynbrewshop.com page, metascraper-shopping's globalindustrial.com
# page, stop 68); an id names one element of a page, unlike a class "image" on every card's picture
_PICTURE_IDS = {"image", "img", "photo", "picture"}


def _picture_id(el: Any) -> bool:
    """`el`'s id is a picture's role and nothing else (`_PICTURE_IDS`)."""
    return (el.get("id") or "").strip().lower() in _PICTURE_IDS


def _buy_picture(el: Any, title_toks: set[str]) -> bool:
    """`el`'s alt (or title) text is a buy control's label (`controls.opens_with_buy`, 6 words at most, none of
    4+ letters the product title's): the picture of an image button ("Add To Cart" drawn as
    "btn-AddToCart.png" in a link whose click submits the form; formasaurus 0.10.0's bradfordexchange.com
    page, stop 68), not the product's photo."""
    text = (el.get("alt") or el.get("title") or "").strip()
    words = tokens(text)
    if not words or len(words) > 6 or not opens_with_buy(text):
        return False
    return not any(w in title_toks for w in words if len(w) >= 4)


def _img_score(page: Layout, el: Any, urls: list[str], title_el: Any, title_toks: set[str]) -> Scored | None:
    """How much an `<img>` looks like the main product photo (None: a decoration, an icon or a buy
    control's picture, `_buy_picture`)."""
    names = element_names(el)
    if _decoration(names, _SKIP_NAMES, title_toks) or _buy_picture(el, title_toks):
        return None
    w, h = _int(el.get("width")), _int(el.get("height"))
    if _declared_tiny(el) and not _picture_sources(el):
        return None  # an icon; a <picture>'s <img> sized so is the fallback of its sources
    noise, card = page.context(el)
    score = 0.0
    up = _ancestors(el, 6)
    # a product-image name on a picture linking to another page in a recommendations block, or
    # to another page than this one anywhere, names that product's picture (Magento's
    # "product-image-photo" on every listing's card, a reviews carousel's
    # "jdgm-carousel-item__product-image"): no bonus; nor in a video's slide ("product-media__poster"
    # in "product-media--video": the video's still)
    elsewhere = leads_elsewhere(page, up, title_toks)
    named = (
        (_IMG_NAME.search(names) or _picture_id(el))
        and not ((noise and _links_away(up)) or elsewhere or other_items_block(page, el, noise))
        and not _video_slide(el, up)
    )
    score += 4.0 if named else 0.0
    score += 3.0 if el.get("itemprop") == "image" else 0.0
    ancestors = [element_names(a) for a in up]
    anc_names = " ".join(ancestors)
    gallery = bool(_GALLERY.search(anc_names) or _IMG_NAME.search(anc_names))
    score += 2.0 if gallery else 0.0
    slides = gallery or "slide" in anc_names
    if _ALT_VIEW.search(el.get("alt") or "") or _ALT_VIEW.search(urls[0].rsplit("/", 1)[-1]):
        score -= 0.5  # another view of the product ("Alternate Image 2", "52062126_Alt01")
    alt = _picture_words(el, urls[0])
    words = _words_bonus(alt, urls[0], slides, title_toks)
    score += words
    score -= NOT_PHOTO_PENALTY if _names_no_photo(alt, urls[0], title_toks) else 0.0
    px = _url_px(urls[0], _title_measures(title_toks))  # the size the URL asks for: "50x50", "?wid=100"
    large_url = (px or 0) >= 300
    if (w or 0) >= 250 or (h or 0) >= 250 or large_url:
        score += 1.0
    if (el.get("fetchpriority") or "").lower() == "high" and not _campaign_picture(
        el, up, alt, title_toks | page.title_tokens
    ):
        score += 2.0  # the picture the page asks the browser to load first: its largest, the main photo
    near = " ".join([names, *ancestors[:3]])
    thumb = _thumbnail(el, up, near, px, large_url)
    score -= 2.0 if thumb or _thumbnail_preview(el, up, urls[0]) else 0.0
    # a thumbnail marked shown says which photo the stage shows, it is not that photo; a carousel of
    # other things (cards, looks, a reviews widget: in a card or a noise block, or linking to another
    # page) shows some slide, which says nothing about the product's photo
    # (tests/crawler/test_image_review2.py, dawn-shop-the-look-swiper-active)
    if slides and not (card or noise or elsewhere):
        score += min(_shown_slide_bonus(el, up), 1.0) if thumb else _shown_slide_bonus(el, up)
    if any(_DECORATION_BOX.search(a) for a in ancestors[:2]):
        score -= 3.0  # a brand's or a certificate's picture ("product-manufacturer", "certifications")
    if _option_picture(up):
        score -= 3.0  # the picture of a product option's choice (a colour, a frame), not the product's photo
    score -= 3.0 if card else 0.0
    score -= 2.5 if noise else 0.0
    # a popup's copy (zoom lightbox) after the page's own; not where the product's name sits in a block
    # named so too (Tilda names its product page's columns "t-store__prod-popup__col")
    score -= 0.5 if page.in_dialog(el) and not (title_el is not None and page.in_dialog(title_el)) else 0.0
    score -= _placement_penalty(el, up, title_el)
    d = page.distance(title_el, el)
    near = 1.0 if d is not None and abs(d) <= 300 else 0.0
    score += near
    score -= 1.5 if elsewhere else 0.0
    score -= 2.0 if _other_product_block(page, up, title_el, title_toks) else 0.0
    slug = _file_slug_text(el.get("alt") or el.get("title") or "", urls[0])
    return Scored(score, words + near, _own_words(alt, urls[0], title_toks) and not slug)


def _other_product_block(page: Layout, up: list[Any], title_el: Any, title_toks: set[str]) -> bool:
    """A picture's block (one of its 6 nearest ancestors `up` not holding the title element
    `title_el`) has a heading of its own (h1-h4) linking to another page than this one
    (`_this_page`) and shows an amount of money (`dom.MONEY`): another product's block that
    nothing marks as a card, such as a Shopify
    "Featured product" section below the product (its heading linking to its page, its price and buy
    form; its picture's alt text sharing the title's words). Issue 14, the lead's look after the
    second image review."""
    if title_el is None:
        return False
    holds_title = {title_el, *title_el.iterancestors()}
    for block in up:
        if block in holds_title:
            return False
        for a in block.xpath(".//h1//a[@href] | .//h2//a[@href] | .//h3//a[@href] | .//h4//a[@href]")[:3]:
            href = (a.get("href") or "").strip()
            if href and not href.startswith(("#", "javascript:")):
                path = urlsplit(urljoin(page.base, href)).path.rstrip("/")
                if not _this_page(page, path, title_toks):
                    if MONEY.search(" ".join(block.itertext())[:5000]):
                        return True
                    break  # a heading without a price here: the next block up may show one
    return False


# a block of other products' pictures (recommendations, recently viewed, "you may also like"), named
# so: Layout's noise names less its layout ones (header, footer, menus, banners, widgets), where a
# shop may put its own product's photo
_OTHER_ITEMS_BLOCK = re.compile(rf"\b(?:{OTHER_ITEMS_NAMES}|also-(?:like|viewed|bought)\w*)\b")


def other_items_block(page: Layout, el: Any, noise: bool) -> bool:
    """`el` is in a noise block (`Layout.context`) one of whose 8 nearest ancestors is named for other
    products (`_OTHER_ITEMS_BLOCK`): a recently-viewed strip whose items a script opens has no link
    and no price, so neither `_links_away` nor a card tells (tests/crawler/test_image_review2.py,
    r2-dawn-recently-viewed-script-links)."""
    if not noise:
        return False
    return any(_OTHER_ITEMS_BLOCK.search(page.names.get(a, "")) for a in _ancestors(el, 8))


def leads_elsewhere(page: Layout, up: list[Any], title_toks: set[str] = frozenset()) -> bool:
    """A link among a picture's 3 nearest ancestors leads to another page (`_links_away`), not this
    page (`_this_page`, `title_toks` the product title's words) nor a script (`javascript:`): a
    brand's mark linking to its listing, a campaign, another product; a product's own photo opens a
    zoom, nothing or its own page (tests/crawler/test_image_review.py, brand-mark-link-before-photo)."""
    if not _links_away(up):
        return False
    link = next(a for a in up[:3] if a.tag == "a")
    href = (link.get("href") or "").strip()
    if href.lower().startswith("javascript:"):
        return False
    return not _this_page(page, urlsplit(urljoin(page.base, href)).path.rstrip("/"), title_toks)


# share of the title's words a link's slug spells, all its words the title's, to name this product
# ("/products/brass-task-lamp" for "Brass Task Lamp"; not "/products/canvas-tote" for "Waxed Canvas
# Field Tote", another product of some of its words)
SLUG_SHARE = 0.6
# the last segment of a product page's path that names the product: a slug or an id (a hyphen or a
# digit in 4+ characters: "brass-task-lamp", "ridgeline-insulated-jacket.html", "B0C1XYZ123")
_PAGE_SLUG = re.compile(r"(?=[^/]*[-\d])[^/]{4,}")


def _this_page(page: Layout, path: str, title_toks: set[str] = frozenset()) -> bool:
    """`path` (a link's, without a trailing "/") is this product's page: the page's own path, its
    `<link rel="canonical">` or og:url path (`Layout.declared_paths`), a path ending in the same slug as the page's
    (`_PAGE_SLUG`: a shop reached through a category's path links its own photo to the short form,
    Shopify "/collections/lighting/products/brass-task-lamp" and "/products/brass-task-lamp",
    Magento "/men/jackets/ridgeline-insulated-jacket.html" and "/ridgeline-insulated-jacket.html"),
    or a path whose last segment spells the product's name: 2+ words, all in the title (`title_toks`,
    else the document title's words) and `SLUG_SHARE` of them ("/products/brass-task-lamp" on a page
    whose own URL is unknown or another; "/products/brass-task-lamp-mini", a word more, is another
    product's; tests/crawler/test_image_review2.py)."""
    own = urlsplit(page.base).path.rstrip("/")
    if path == own:
        return True
    last, own_last = path.rsplit("/", 1)[-1], own.rsplit("/", 1)[-1]
    if last == own_last and _PAGE_SLUG.fullmatch(last):
        return True
    words = {w for w in tokens(re.sub(r"\.[a-z]{2,5}$", "", last).replace("_", " ")) if not w.isdigit()}
    toks = title_toks or page.title_tokens
    if len(words) >= max(2, SLUG_SHARE * len(toks)) and words <= toks:
        return True
    return path in page.declared_paths


def _shown_slide_bonus(el: Any, up: list[Any]) -> float:
    """For a picture in a gallery or a carousel: 1 when it or one of its 4 nearest ancestors carries
    the class of the slide shown (`_shown_class`: "is-selected", "f-active", "slick-current",
    "__slide--active") or an
    attribute saying so (`_shown_attr`: `data-product-gallery-selected="true"`), 2.5
    when that slide is not the first of its row (a theme marks the chosen variant's picture shown
    wherever it sits; a carousel's copies of its last slides before the first, "slick-cloned",
    "swiper-slide-duplicate", do not count); without a shown class, -0.5 for a picture the page
    loads lazily (`loading="lazy"`) in a row (the nearest of its 4 ancestors holding 2+ pictures)
    where another picture loads at once (the gallery's first slide loads at once, the others as
    they scroll in); 0 otherwise (tests/crawler/test_image_review.py, carousel-video-poster-first,
    active-slide-not-first)."""
    shown = next(
        (
            a
            for a in (el, *up[:4])
            if any(map(_shown_class, (a.get("class") or "").split())) or _shown_attr(a)
        ),
        None,
    )
    if shown is None:
        return -0.5 if _lazy_beside_eager(el, up) else 0.0
    before = [
        s
        for s in shown.itersiblings(preceding=True)
        if s.tag == shown.tag and not _CLONE_SLIDE.search(s.get("class") or "")
    ]
    return 2.5 if before else 1.0


# a BEM state modifier of the shown slide ("product-gallery__slide--active", "pf-media-slider__item--active",
# "gp-carousel-item--selected"): a block's own name, a double hyphen, the state
_BEM_SHOWN = re.compile(r"[a-z0-9][\w-]*--(?:active|selected|current)")


def _shown_class(token: str) -> bool:
    """A class token of the slide shown: one of `_SHOWN_STATE`, or a BEM state modifier
    (`_BEM_SHOWN`; tests/crawler/test_image_review8.py bem-slide-active-*)."""
    return token in _SHOWN_STATE or bool(_BEM_SHOWN.fullmatch(token))


# an attribute saying an element is the one shown: Pixel Union's Shopify themes (Empire, Superstore)
# write `data-product-gallery-selected="true"` on the chosen variant's slide and thumbnail wherever
# it sits; ARIA's `aria-current` / `aria-selected`
_SHOWN_ATTR = re.compile(r"aria-(?:current|selected)|data-[\w-]*(?:selected|active|current)")


def _shown_attr(el: Any) -> bool:
    """`el` has an attribute saying it is shown (`_SHOWN_ATTR`) whose value is "true" (not
    `aria-current="false"` on the others; tests/crawler/test_image_review8.py empire-data-selected-*)."""
    return any(v.strip().lower() == "true" and _SHOWN_ATTR.fullmatch(k) for k, v in el.attrib.items())


def _lazy_beside_eager(el: Any, up: list[Any]) -> bool:
    """`el` loads lazily (`loading="lazy"`) and the nearest of its 4 ancestors holding 2+ pictures
    holds one without `loading="lazy"`."""
    if (el.get("loading") or "").lower() != "lazy":
        return False
    for a in up[:4]:
        imgs = a.xpath(".//img", smart_strings=False)[:50]
        if len(imgs) >= 2:
            return any((i.get("loading") or "").lower() != "lazy" for i in imgs if i is not el)
    return False


# a carousel's copy of another slide, written before the first for an endless loop: slick
# "slick-cloned", Owl "cloned", Swiper "swiper-slide-duplicate", bxSlider "bx-clone" (NetSuite
# SuiteCommerce's gallery), Splide "splide__slide--clone", Glide "glide__slide--clone"
_CLONE_SLIDE = re.compile(r"(?<![a-z])(?:clone[ds]?|duplicate)(?![a-z])")


def _loop_copy(el: Any) -> bool:
    """`el` is in a carousel's loop copy of a slide (`_CLONE_SLIDE` on it or one of its 4 nearest
    ancestors) that has a sibling slide not so marked, of its tag and class less state classes
    (`_slide_class`), holding a picture (the originals' row): a copy of the last slides written
    before the first takes the first place in document order from the photo the gallery opens on
    (tests/crawler/test_image_review8.py, suitecommerce-bxslider-clone-first). A box named a
    "clone" beside boxes of other names (a zoom plugin's copy) is no loop copy."""
    for a in (el, *_ancestors(el, 4)):
        if not _CLONE_SLIDE.search(a.get("class") or ""):
            continue
        parent, key = a.getparent(), _slide_class(a)
        return parent is not None and any(
            s is not a
            and s.tag == a.tag
            and not _CLONE_SLIDE.search(s.get("class") or "")
            and _slide_class(s) == key
            and next(s.iter("img", "amp-img"), None) is not None
            for s in parent
        )
    return False


class Candidate(NamedTuple):
    """A picture found on the page: its URLs best first, its score, its position in document order,
    the row of gallery slides it is one of (`_gallery_row`, None outside one), the part of its score
    that says it is the product's photo rather than which slide the gallery shows (`Scored.evidence`),
    and whether it may take its row's best such part (`lifts`: no words of its own say otherwise)."""

    urls: list[str]
    score: float
    pos: int
    row: Any = None
    shared: float = 0.0
    lifts: bool = False


def _image_candidates(
    page: Layout, title_el: Any, title_toks: set[str]
) -> tuple[list[Candidate], list[list[str]]]:
    """(candidates (`Candidate`: URLs best first, score, document position, gallery row) of each
    `<img>` and, when no `<img>` scores 4 or more, each CSS background picture, that is not a
    decoration; every
    picture's URLs (tiny thumbnails too, for `_multi_size_photos`))."""
    cands: list[Candidate] = []
    pictures: list[list[str]] = []
    for el in page.root.iter("img", "amp-img"):  # AMP pages show their pictures as <amp-img>
        urls, sources = img_urls(dict(el.attrib)), _picture_sources(el)
        # a tiny <img> in a <picture> is the fallback (a blurred preview): its sources show the photo
        first, then = (sources, urls) if sources and _declared_tiny(el) else (urls, sources)
        urls = list(dict.fromkeys([*first, *then]))
        urls = urls or _linked_picture(el)
        if not urls:
            continue
        pictures.append(urls)
        if _loop_copy(el):
            continue  # its photo is met again at its own place in the row
        scored = _img_score(page, el, urls, title_el, title_toks)
        if scored is None:
            continue
        # a slide's words and nearness are its gallery row's evidence (`_row_scores`); outside a row
        # they are its own
        row = _gallery_row(page, el)
        shared, lifts = (scored.evidence, not scored.has_words) if row is not None else (0.0, False)
        pos = page.order.get(el, 0)
        cands.append(
            Candidate(
                _linked_original(el, urls, _title_measures(title_toks)), scored.score, pos, row, shared, lifts
            )
        )
    if any(c.score >= 4.0 and not _loading_file(c.urls[0], title_toks) for c in cands):
        # a clear <img>: background pictures (a fallback, and slow to find) not read; a loading stand-in is none
        # (Vince Camuto 2017's `<img class="primary-image" src=".../loading.gif">` beside its Scene7 viewer's
        # background photo; the structured-data helper's review 9)
        return cands, pictures
    for el, urls, bonus in _fallback_pictures(page):
        scored = _img_score(page, el, urls, title_el, title_toks)
        if scored is not None:  # a picture set as a background is less often the product photo
            cands.append(Candidate(urls, scored.score + bonus - 1.0, page.order.get(el, 0)))
            pictures.append(urls)
    return cands, pictures


# attributes of a non-<img> element that name the picture it shows or opens (a gallery slide
# `<div data-image="/p/1.jpg" data-zoom="/p/zoom/1.jpg">`), best first
_DATA_PICTURE_ATTRS = (
    "data-zoom-image",
    "data-zoom",
    "data-large",
    "data-full",
    "data-image",
    "data-src",
    "data-original",
)
_DATA_PICTURE_XPATH = (
    "//*[not(self::img or self::source or self::iframe or self::video or self::script)]"
    "[@data-zoom-image or @data-zoom or @data-large or @data-full or @data-image or @data-src or @data-original]"
)
# a gallery plugin's frame written without an `<img>`: it names its thumbnail (`data-thumb`) and its
# picture by a link or a data attribute; the plugin builds the `<img>` from it (Fotorama as served:
# `<a href="1.jpg" data-thumb="1-thumb.jpg">`, `<div data-img="1.jpg" data-thumb=...>`;
# tests/crawler/test_image_review9.py fotorama-served-*)
_FRAME_XPATH = "//*[@data-thumb][not(self::img)][not(.//img)]"
_FRAME_PICTURE_ATTRS = ("data-full", "data-img", "data-image", "data-src", "href")
# an element whose data attribute holds JSON (a gallery's slides: `data-gallery='[{"src": ...}]'`)
_DATA_JSON_XPATH = "//*[@*[starts-with(name(), 'data-') and (starts-with(., '[') or starts-with(., '{'))]]"


def _fallback_pictures(page: Layout) -> list[tuple[Any, list[str], float]]:
    """(element, its picture URLs best first, score bonus) of the pictures a page shows without
    an `<img>`: CSS backgrounds, gallery slides naming their picture in data attributes
    (`_DATA_PICTURE_ATTRS`, picture files only), a gallery plugin's frames without an `<img>`
    (`_FRAME_XPATH`: bonus 2) and galleries listing their slides as JSON in a data attribute; a bonus
    of 2 when the element itself is named a gallery/product image."""
    out: list[tuple[Any, list[str], float]] = []
    for el in page.root.xpath(_BACKGROUND_XPATH)[:200]:
        url = _background_url(el)
        if url and el.tag != "img":
            out.append((el, [url], 0.0))
    for el in page.root.xpath(_DATA_PICTURE_XPATH)[:200]:
        urls = [v for a in _DATA_PICTURE_ATTRS if _is_picture_file(v := (el.get(a) or "").strip())]
        if urls:
            out.append((el, list(dict.fromkeys(urls)), _own_gallery_bonus(el)))
    for el in page.root.xpath(_FRAME_XPATH)[:100]:
        urls = [v for a in _FRAME_PICTURE_ATTRS if _is_picture_file(v := (el.get(a) or "").strip())]
        if urls:  # a gallery's frame by its plugin's own mark, whatever its names
            out.append((el, list(dict.fromkeys(urls)), 2.0))
    out += _zoom_links(page)
    for el in page.root.xpath(_DATA_JSON_XPATH)[:200]:
        urls = [u for k, v in el.attrib.items() if k.startswith("data-") for u in _json_pictures(v)]
        if urls:
            out.append((el, list(dict.fromkeys(urls)), _own_gallery_bonus(el)))
    for el in page.root.xpath(_JSON_SCRIPT_XPATH)[:50]:
        text = el.text or ""
        urls = _script_gallery_main(text, named=bool(_GALLERY_KEY.search(element_names(el))))
        urls = urls or _script_product_picture(text, element_names(el))
        if urls:
            out.append((el, urls, 2.0))
    return out


# a text link opening a picture file, with no picture of its own ("Cover vergrößern", "View larger image")
_ZOOM_LINK_XPATH = "//a[@href][not(.//img)][not(@data-thumb)]"


def _zoom_links(page: Layout) -> list[tuple[Any, list[str], float]]:
    """(link, [its picture file], 0) of each text link named a zoom, a gallery or a product image (`_IMG_NAME`,
    `_GALLERY`: "product-cover-zoom", "zoom-link") that opens a picture file: the enlarged photo of a
    viewer a script draws (a publisher's cover in a reading widget; formasaurus 0.10.0-era beltz.de page,
    stop 68, whose only mark of the cover is `<a class="product-cover-zoom" href=".../9783407865328.jpg">`)."""
    out: list[tuple[Any, list[str], float]] = []
    for el in page.root.xpath(_ZOOM_LINK_XPATH)[:2000]:
        href = (el.get("href") or "").strip()
        names = element_names(el)
        if names and _is_picture_file(href) and (_IMG_NAME.search(names) or _GALLERY.search(names)):
            out.append((el, [href], 0.0))
            if len(out) >= 20:
                break
    return out


# a script named for the product ("ProductJson-template--1__main", "product-json": Shopify themes'
# product object, which the theme's script renders the gallery from), not for other items
_PRODUCT_SCRIPT = re.compile(r"\bproduct\w*")


def _script_product_picture(text: str, names: str) -> list[str]:
    """[the featured picture] of a Shopify product object in a script named for the product
    (`_PRODUCT_SCRIPT`, not for other items: `_OTHER_ITEMS_KEY`): its "featured_image" (a URL, or
    an object with "src"), else the first of its "images"; [] otherwise. Themes that render the
    gallery by script leave the page only this JSON (and maybe og:image;
    tests/crawler/test_image_review6.py r3-script-gallery-json-only)."""
    if not _PRODUCT_SCRIPT.search(names) or _OTHER_ITEMS_KEY.search(names) or '"featured_image"' not in text:
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return []
    if not isinstance(data, dict):
        return []
    featured = data.get("featured_image")
    if isinstance(featured, dict):
        featured = featured.get("src")
    images = data.get("images") if isinstance(data.get("images"), list) else []
    for url in (featured, *images[:1]):
        if isinstance(url, str) and _is_picture_file(url.strip()):
            return [url.strip()]
    return []


# scripts holding a widget's JSON options (Magento's `text/x-magento-init`, JSON islands)
_JSON_SCRIPT_XPATH = "//script[@type='text/x-magento-init' or @type='application/json' or @type='text/json']"
_GALLERY_KEY = re.compile(r"gallery", re.I)
# keys of JSON holding other pictures than the product's (customers' review photos, other products)
_OTHER_ITEMS_KEY = re.compile(
    r"review|related|recommend|upsell|cross-?sell|recent|similar|ugc|customer", re.I
)
_MAIN_KEYS = ("isMain", "is_main", "main", "isPrimary", "primary")


def _script_gallery_main(text: str, named: bool = False) -> list[str]:
    """The main slide's picture URLs (`_json_pictures`: displayed, then zoom; no thumbnail) of the
    first list of slides under a key naming a gallery in a script's JSON (Magento 2's
    `{"[data-gallery-role=gallery-placeholder]": {"mage/gallery/gallery": {"data": [{"thumb",
    "img", "full", "position", "isMain"}, ...]}}}`): the slide marked main (`_MAIN_KEYS`), else the
    one with the lowest "position", else the first; [] without JSON or such a list. A script
    `named` a gallery (its id or class: `<script type="application/json" id="gallery-data">`) is
    one itself: its first list of slides counts (tests/crawler/test_image_review.py,
    json-gallery-script-only)."""
    if (not named and "gallery" not in text.lower()) or len(text) > 500_000:
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return []
    slides = _gallery_slides(data, under_gallery=named)
    if not slides:
        return []
    main = [d for d in slides if any(d.get(k) is True or d.get(k) in (1, "1", "true") for k in _MAIN_KEYS)]
    if not main:
        main = sorted(slides, key=lambda d: (_int(d.get("position")) is None, _int(d.get("position")) or 0))
    return list(dict.fromkeys(_json_pictures(json.dumps(main[0]))))


def _gallery_slides(node: Any, under_gallery: bool, depth: int = 0) -> list[dict[str, Any]]:
    """The first list of 1+ dicts holding a picture file (`_json_pictures`) found under a key
    matching `_GALLERY_KEY` (the node itself counts when `under_gallery`), depth-first, not under
    a key of other items' pictures (`_OTHER_ITEMS_KEY`: "reviewsGallery", "relatedProducts"); []."""
    if depth > 8:
        return []
    if isinstance(node, list):
        if under_gallery and node and all(isinstance(d, dict) for d in node):
            slides = [d for d in node if _json_pictures(json.dumps(d), limit=1)]
            if slides:
                return slides
        children = [(v, under_gallery) for v in node]
    elif isinstance(node, dict):
        children = [
            (v, under_gallery or bool(_GALLERY_KEY.search(str(k))))
            for k, v in node.items()
            if not _OTHER_ITEMS_KEY.search(str(k))
        ]
    else:
        return []
    for child, flag in children:
        found = _gallery_slides(child, flag, depth + 1)
        if found:
            return found
    return []


def _own_gallery_bonus(el: Any) -> float:
    """2 when the element's own names read as a gallery or a product image (`_GALLERY`, `_IMG_NAME`)."""
    names = element_names(el)
    return 2.0 if _GALLERY.search(names) or _IMG_NAME.search(names) else 0.0


def _is_picture_file(url: str) -> bool:
    """`url` names a picture file (.jpg/.png/.gif/.webp/.avif, before any query), not a data: URI."""
    return bool(url) and not url.startswith("data:") and bool(_PICTURE_FILE.search(url.split("?", 1)[0]))


# keys of a gallery JSON entry that name a small copy or a decoration, not the slide's picture
_JSON_SKIP_KEY = re.compile(r"thumb|swatch|icon|logo|poster|placeholder", re.I)


def _json_pictures(value: str, limit: int = 20) -> list[str]:
    """Picture file URLs (`_is_picture_file`) in a JSON data attribute's value, in document order,
    skipping values under thumbnail/decoration keys (`_JSON_SKIP_KEY`); [] when it is not JSON."""
    try:
        data = json.loads(value)
    except ValueError:
        return []
    out: list[str] = []
    stack: list[Any] = [data]
    while stack and len(out) < limit:
        node = stack.pop()
        if isinstance(node, str):
            if _is_picture_file(node.strip()):
                out.append(node.strip())
        elif isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            stack.extend(reversed([v for k, v in node.items() if not _JSON_SKIP_KEY.search(str(k))]))
    return out


# a size/format variant an image CDN appends after the original file's extension (Alibaba's CDN:
# "S8a7f.jpg_640x640q75.jpg_.avif", "S8a7f.jpg_80x80.jpg", "S8a7f.jpg_.webp"); the original is the
# URL without it
_APPENDED_VARIANT = re.compile(
    r"(\.(?:jpe?g|png|gif|webp))(?:_(?:\d{2,4}x\d{2,4}(?:q\d{1,3})?|q\d{2,3})\.(?:jpe?g|png|webp))?(?:_\.(?:avif|webp))?$",
    re.I,
)


def original_picture(url: str) -> str:
    """`url` without a size/format variant appended after the original file's extension
    (`_APPENDED_VARIANT`: ".jpg_640x640q75.jpg_.avif" -> ".jpg"); other URLs unchanged."""
    path, sep, query = url.partition("?")
    m = _APPENDED_VARIANT.search(path)
    if m is None or m.end(1) == len(path):
        return url
    return path[: m.end(1)] + sep + query


def _row_scores(cands: list[Candidate], multi: set[str]) -> list[float]:
    """Each candidate's score with its multi-size bonus (1.5 when its photo is met under 2+ URLs:
    `_multi_size_photos`), a slide without words of its own (`Candidate.lifts`) raised to the best
    evidence of its gallery row (`Candidate.shared` plus that bonus): what says one slide is the
    product's photo says it of the row, so only what says which slide is shown (first, marked shown,
    loaded at once) orders the row. A gallery whose merchant wrote alt text on some slides only, or
    whose later photos recur as the variants' pictures, still opens on its first
    (tests/crawler/test_image_review3.py, alt-text-on-later-slides-only)."""
    bonus = [1.5 if (k := _photo_key(c.urls[0])) and k in multi else 0.0 for c in cands]
    best: dict[Any, float] = {}
    for c, b in zip(cands, bonus, strict=True):
        if c.row is not None:
            best[c.row] = max(best.get(c.row, c.shared + b), c.shared + b)
    return [
        c.score + b + (max(0.0, best[c.row] - c.shared - b) if c.row is not None and c.lifts else 0.0)
        for c, b in zip(cands, bonus, strict=True)
    ]


# score of a picture the page only preloads (`<link rel="preload" as="image">`): under og:image's 3,
# over nothing (a page rendering its gallery by script shows it nowhere else;
# tests/crawler/test_image_review3.py, client-rendered-gallery-only-preloaded)
PRELOAD_SCORE = 2.0


def _preloaded_pictures(page: Layout) -> list[str]:
    """The pictures the page asks the browser to preload (`<link rel="preload" as="image">`: its
    `href`, else the largest of its `imagesrcset`), the first 3; decorations are dropped later."""
    out: list[str] = []
    for link in page.root.xpath("//link[@rel='preload'][@as='image']")[:3]:
        url = (link.get("href") or "").strip() or largest(parse_srcset(link.get("imagesrcset")))
        if url:
            out.append(url)
    return out


# a class of a slide's state (shown, next, a loop's copy), not of what the slide is
# or of its place ("first": Flatsome, a much used WooCommerce theme, marks its product gallery's
# first slide "slide first"; tests/crawler/test_image_review6.py kind-first-slide-class)
_SLIDE_STATE = re.compile(r"active|current|selected|visible|prev|next|clone|duplicate|shown|^(?:first|last)$")


def _slide_class(el: Any) -> frozenset[str]:
    """`el`'s class tokens without its state's (`_SHOWN_STATE`, `_SLIDE_STATE`)."""
    return frozenset(
        t for t in (el.get("class") or "").split() if t not in _SHOWN_STATE and not _SLIDE_STATE.search(t)
    )


def _gallery_row(page: Layout, el: Any) -> Any | None:
    """The row of gallery slides a picture is one of: the parent of the nearest of `el` and its 5
    nearest ancestors that has another child of its tag and class (`_slide_class`) holding a
    picture, when a gallery or slide name (`_GALLERY`, `_IMG_NAME`, "slide") is among `el`'s 6
    nearest ancestors and `el` is in no card or noise block (`Layout.context`); None otherwise."""
    up = _ancestors(el, 6)
    names = " ".join(element_names(a) for a in up)
    if not (_GALLERY.search(names) or _IMG_NAME.search(names) or "slide" in names) or any(page.context(el)):
        return None
    for node in (el, *up[:5]):
        parent = node.getparent()
        if parent is None:
            return None
        key = _slide_class(node)
        same = [s for s in parent if s.tag == node.tag and _slide_class(s) == key][:40]
        if sum(next(s.iter("img", "amp-img"), None) is not None for s in same) >= 2:
            return parent
    return None


def find_images(page: Layout, title_el: Any, title: str | None) -> tuple[list[str], float]:
    """Image URLs best first (resolved against the base) and the best one's score."""
    title_toks = set(tokens(title or "")) or page.title_tokens
    scored: dict[str, tuple[float, int]] = {}

    def add(url: str, score: float, pos: int) -> None:
        if (
            not url
            or url.startswith("data:")
            or _decoration_url(_without_own_host(url, page.base), title_toks)
            or _loading_file(url, title_toks)
            or share_file(url)
        ):
            return
        full = original_picture(urljoin(page.base, url.strip()))
        if not full.startswith(("http://", "https://")):
            return
        have = scored.get(full)
        if have is None or score > have[0]:
            scored[full] = (score, pos if have is None else min(pos, have[1]))

    cands, pictures = _image_candidates(page, title_el, title_toks)
    metas = page.sel.xpath(
        "//meta[@property='og:image' or @name='og:image' or @property='og:image:secure_url' or "
        "@name='twitter:image' or @itemprop='image']/@content | //link[@rel='image_src']/@href"
    ).getall()
    cands += [Candidate([m], 3.0, 10**9) for m in metas]
    cands += [Candidate([u], PRELOAD_SCORE, 10**9 + 1) for u in _preloaded_pictures(page)]
    # the product photo usually appears in several sizes (thumbnail, main, zoom): a file name
    # met under 2+ different URLs is a photo, not a shared placeholder or decoration
    multi = _multi_size_photos([c.urls for c in cands] + pictures)
    for c, score in zip(cands, _row_scores(cands, multi), strict=True):
        add(c.urls[0], score, c.pos)
        for u in c.urls[1:2]:
            add(u, score - 0.1, c.pos)
    ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
    urls = [u for u, (s, _) in ranked if s >= 1.0][:20]
    return urls, (ranked[0][1][0] if ranked else 0.0)
