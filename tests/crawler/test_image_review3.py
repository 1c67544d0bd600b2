"""Main image review 3 (issue 14): full product pages of kinds the earlier reviews did not write.

First look (against the image code of 2623bc5: crawler/heuristics/photos.py and layout.py as
committed; the rest of the tree as it was, other helpers' uncommitted sku/brand/availability work in it):

- Round 1 (48 pages, written before reading photos.py or layout.py): 3 failed, all three my markup
  errors, not knockoff's: the SVG placeholder's single quotes closed the single-quoted attribute
  around it (Next.js `style` blur preview, a lazysizes `src`), so those pages had no gallery at all.
  With the placeholder escaped as pages write it (`&#x27;`) all 48 pass: 0 image mistakes.
- Round 2 (13 pages, still before reading the heuristics: loop clones of slick / owl / swiper first
  in the DOM, badge and brand pictures inside the gallery, Flickity / Splide / Drift lazy attributes,
  Magic Zoom, PrestaShop covers, a client-rendered gallery, structured pictures of another photo):
  2 failed: one my placeholder error again (Drift), one knockoff's: a gallery rendered by script
  whose photo the page names only in `<link rel="preload" as="image" imagesrcset>` (no image).
- Round 3 (5 pages, after reading photos.py: what real galleries do that short pages do not): 3
  failed. (a) Alt text on some slides only (the merchant wrote it on the 3rd and 4th): the 3rd slide
  took the title-words bonus (+1.7) over the alt-less first; (b) the first slide's alt describes the
  scene ("Model walking on a rainy street"), the second names the product (left: `XFAIL`); (c) the
  variants' pictures repeat the 2nd photo (colour swatches): the 2nd took the several-sizes bonus.
  Ten heavy Dawn slides with the first 300+ nodes from the heading did not fail.
- Round 4 (after the row fix; 2 pages + 7 must-not-fire): 1 failed after the fix (and before it): an
  "image with text" section below the product, alt text the title, beat ten alt-less slides: Dawn's
  `product__modal-opener` around every slide read as a dialog (-0.5); a WooCommerce featured image
  without alt text before alt-texted gallery images did not fail. Against 2623bc5 one must-not-fire
  page of mine failed too (a size chart first, an alt-less photo, a later photo with alt text: the
  later one led); it is a case now (row-size-chart-first-then-alt-less-photo).
- Round 5 (3 pages: a gallery in an `<article>`'s `<header>`, in an `<aside>`, an Elementor image
  carousel widget): none failed.
- Round 6 (after the fixes, 3 must-not-fire pages + 1 case): 2 of them failed against 2623bc5: a JSON-LD
  or og:image naming the first photo, a later slide with alt text reaching the heuristic score that
  overrides structured data (extract.MAIN_IMAGE_SCORE) and leading: cases now.

So before reading: 61 pages, 5 failed at first look, 4 of them my markup errors, 1 knockoff's (1/61);
after reading (rounds 3-6): 21 pages aimed at gallery rows and their must-not-fire pages, 7 failed
against 2623bc5 (6 fixed, 1 `XFAIL`). 74 cases and 24 must-not-fire pages in all. Kinds fixed:
(1) a gallery row's evidence is the row's: a slide without words of its own (no alt text, or a file
name) takes the best title-words bonus, heading nearness and several-sizes bonus of its row
(photos._row_scores, _gallery_row: the parent of the nearest of a picture and its 5 ancestors with a
sibling of its tag and class, state classes aside, holding a picture, in a gallery and in no card or
noise block); (2) a page's preloaded pictures are candidates at 2 (under og:image's 3);
(3) layout: a name in which a dialog's word qualifies its opener ("modal-opener", "lightbox-trigger",
"quick-view-button") names no dialog. Round 3's (b), left as `XFAIL` then, fixed in stop 35 by the lead (photos._own_words: a slide whose words name neither the product nor a chart takes its row's evidence; 2 more cases and 2 more must-not-fire pages, end of file). Must-not-fire (`NOT_FIRE`): 24
pages, each passing against 2623bc5 and now. Dev dump (342 runs): 0 differ against the tree before
my change. bench_extraction --split train: image 0.917 before and after.

Each page is a whole page as big US, EU and Asian retailers and frameworks render them in 2024-26:
an announcement bar, a header with the shop's logo, a mega menu with a promo tile picture and icon
pictures, breadcrumbs, the product block (gallery + buy box), below-the-fold sections (related
cards, reviews, recently viewed) and a footer with payment and trust-badge pictures. Most carry NO
structured data and no og:image, so only the HTML can tell; some carry an og:image / JSON-LD image
that is another size or crop of the same photo, or another photo. The expectation is what a careful
person labels as the product's main photo: the gallery's first (or shown) product photo. It is
compared as benchmarks.bench_extraction compares it (`image_match`: the same URL up to size
parameters, or the same file name up to size suffixes); a case may list several acceptable URLs
(the shown size and the zoom file of one photo). Only the main image is checked.

`CASES` are the review's pages, `NOT_FIRE` ordinary pages in the same chrome where the gallery must
keep reading right (each passing before and after any change made for this review).
Cases knockoff reads wrongly stay as written, xfail(strict=True) in `XFAIL` with what it read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import quote

import pytest

from benchmarks.bench_extraction import image_match
from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    images: tuple[str, ...]  # acceptable main-image URLs (absolute)


CASES: list[Case] = []
NOT_FIRE: list[Case] = []


def case(id: str, url: str, html: str, *images: str) -> None:
    CASES.append(Case(id, url, html, images))


def keep(id: str, url: str, html: str, *images: str) -> None:
    NOT_FIRE.append(Case(id, url, html, images))


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def og_image(url: str) -> str:
    return f'<meta property="og:image" content="{url}"><meta property="og:type" content="product">'


def mistake(c: Case) -> str:
    """'' when extraction's main image of case `c` is one of its images, else what it read."""
    got = extract_product(c.html, c.url) or {}
    image = (got.get("image_urls") or [None])[0]
    return "" if image_match(image, set(c.images), c.url) else f"image {image!r} != {c.images[0]!r}"


GIF1 = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
SVG_PH = (
    "data:image/svg+xml;charset=utf-8,%3Csvg xmlns=&#x27;http://www.w3.org/2000/svg&#x27; viewBox=&#x27;0 0 1 1&#x27;%3E"
    "%3Crect width=&#x27;1&#x27; height=&#x27;1&#x27; fill=&#x27;%23eee&#x27;/%3E%3C/svg%3E"
)


# ---- the page chrome ------------------------------------------------------------------------------

LOCALE = {
    "en": ("Home", "You may also like", "Customer reviews", "Recently viewed", "Add to cart"),
    "de": (
        "Startseite",
        "Das könnte dir auch gefallen",
        "Kundenbewertungen",
        "Zuletzt angesehen",
        "In den Warenkorb",
    ),
    "fr": ("Accueil", "Vous aimerez aussi", "Avis clients", "Vus récemment", "Ajouter au panier"),
    "nl": ("Home", "Misschien ook interessant", "Reviews", "Laatst bekeken", "In winkelwagen"),
    "ja": (
        "ホーム",
        "この商品を見た人はこんな商品も見ています",
        "レビュー",
        "最近チェックした商品",
        "カートに入れる",
    ),
    "ko": ("홈", "함께 본 상품", "상품 후기", "최근 본 상품", "장바구니 담기"),
    "zh": ("首页", "猜你喜欢", "商品评价", "最近浏览", "加入购物车"),
    "ar": ("الرئيسية", "قد يعجبك أيضاً", "تقييمات العملاء", "شوهدت مؤخراً", "أضف إلى السلة"),
}


def header(base: str, shop: str, lang: str) -> str:
    """Announcement bar, logo, a mega menu with a promo tile picture, icon pictures."""
    return (
        f"<div class='announcement-bar' role='region'><p>Free delivery over 50 &middot; 30-day returns</p></div>"
        f"<header class='site-header' id='site-header'><div class='site-header__inner'>"
        f"<a class='site-header__logo' href='{base}/'><img src='{base}/static/brand/logo-{shop.lower()}-2025.svg' "
        f"alt='{shop}' width='168' height='40'></a>"
        "<nav class='mega-nav' aria-label='Main'><ul class='mega-nav__list'>"
        "<li class='mega-nav__item'><button aria-expanded='false'>Shop</button><div class='mega-nav__panel'>"
        "<div class='mega-nav__columns'><ul><li><a href='/c/new'>New in</a></li><li><a href='/c/bestsellers'>Bestsellers</a></li>"
        "<li><a href='/c/audio'>Audio</a></li><li><a href='/c/home'>Home &amp; living</a></li><li><a href='/c/outdoor'>Outdoor</a></li></ul>"
        "<ul><li><a href='/c/gifts'>Gifts</a></li><li><a href='/c/sale'>Sale</a></li></ul></div>"
        f"<a class='mega-nav__promo' href='/c/gift-guide'><img src='{base}/media/menu/gift-guide-2025-tile.jpg' "
        "alt='The gift guide 2025' width='560' height='320' loading='lazy'><span>The gift guide</span></a></div></li>"
        "<li class='mega-nav__item'><a href='/c/brands'>Brands</a></li><li class='mega-nav__item'><a href='/c/sale'>Sale</a></li></ul></nav>"
        f"<form class='site-search' action='{base}/search' role='search'><input type='search' name='q' placeholder='Search'></form>"
        f"<a class='site-header__icon' href='{base}/account'><img src='{base}/static/icons/account.svg' width='24' height='24' alt=''></a>"
        f"<a class='site-header__icon' href='{base}/wishlist'><img src='{base}/static/icons/heart.svg' width='24' height='24' alt=''></a>"
        f"<a class='site-header__icon site-header__cart' href='{base}/cart'><img src='{base}/static/icons/bag.svg' width='24' height='24' "
        "alt='Cart'><span class='cart-count'>0</span></a></div></header>"
    )


def crumbs(lang: str, trail: tuple[str, ...]) -> str:
    home = LOCALE[lang][0]
    items = [f"<li class='breadcrumb__item'><a href='/'>{home}</a></li>"]
    items += [f"<li class='breadcrumb__item'><a href='/c/{i}'>{t}</a></li>" for i, t in enumerate(trail)]
    return f"<nav class='breadcrumb' aria-label='Breadcrumb'><ol class='breadcrumb__list'>{''.join(items)}</ol></nav>"


def related(
    base: str, lang: str, names: tuple[str, ...] = ("Arc Speaker", "Loop Earbuds", "Dock Stand", "Fold Case")
) -> str:
    cards = "".join(
        f"<li class='product-card'><a class='product-card__link' href='{base}/p/{n.lower().replace(' ', '-')}-{700 + i}'>"
        f"<div class='product-card__media'><img src='{base}/media/catalog/product/rel-{n.lower().replace(' ', '-')}-{700 + i}.jpg' "
        f"alt='{n}' width='400' height='400' loading='lazy'></div><h3 class='product-card__title'>{n}</h3></a>"
        f"<span class='product-card__price'>{49 + 10 * i}.00</span></li>"
        for i, n in enumerate(names)
    )
    viewed = (
        f"<section class='recently-viewed'><h2>{LOCALE[lang][3]}</h2><ul><li><a href='{base}/p/oak-desk-lamp-311'>"
        f"<img src='{base}/media/catalog/product/oak-desk-lamp-311.jpg' alt='Oak desk lamp' width='160' height='160' loading='lazy'>"
        "</a></li></ul></section>"
    )
    return (
        f"<section class='product-recommendations' data-section='related'><h2>{LOCALE[lang][1]}</h2>"
        f"<ul class='product-grid'>{cards}</ul></section>"
        f"<section class='reviews' id='reviews'><h2>{LOCALE[lang][2]}</h2><div class='review'><span class='stars'>4.6</span>"
        "<p>Great quality, arrived quickly.</p><span class='review__author'>Sam K.</span></div></section>"
        + viewed
    )


def footer(base: str, shop: str) -> str:
    pays = "".join(
        f"<li><img src='{base}/static/payments/{p}.svg' alt='{p.title()}' width='38' height='24' loading='lazy'></li>"
        for p in ("visa", "mastercard", "amex", "paypal", "klarna", "apple-pay")
    )
    return (
        "<footer class='site-footer'><div class='site-footer__newsletter'><h2>Stay in the loop</h2>"
        "<form action='/newsletter'><input type='email' name='email'><button>Sign up</button></form></div>"
        "<div class='site-footer__links'><ul><li><a href='/help'>Help</a></li><li><a href='/returns'>Returns</a></li>"
        "<li><a href='/stores'>Stores</a></li><li><a href='/about'>About us</a></li></ul></div>"
        f"<ul class='payment-icons'>{pays}</ul>"
        f"<div class='trust'><img src='{base}/static/badges/trusted-shop-seal.png' alt='Trusted shop' width='120' height='120' loading='lazy'>"
        f"<a href='https://apps.apple.com/app/id1'><img src='{base}/static/badges/app-store-badge.png' alt='Download on the App Store' "
        "width='135' height='40' loading='lazy'></a></div>"
        f"<small>&copy; 2026 {shop}</small></footer>"
    )


def page(
    base: str,
    shop: str,
    title: str,
    product: str,
    *,
    lang: str = "en",
    head: str = "",
    trail: tuple[str, ...] = ("Audio", "Headphones"),
    above: str = "",
    below: str | None = None,
    rtl: bool = False,
) -> str:
    """A whole product page: head, header, `above` (banners above the product), breadcrumbs, the
    `product` block, `below` (default: related cards, reviews, recently viewed), footer."""
    after = related(base, lang) if below is None else below
    direction = " dir='rtl'" if rtl else ""
    return (
        f"<!DOCTYPE html><html lang='{lang}'{direction}><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{title} | {shop}</title><link rel='preconnect' href='{base}'>{head}</head>"
        f"<body class='template-product'>{header(base, shop, lang)}<main id='main' class='main-content'>{above}"
        f"{crumbs(lang, trail)}{product}{after}</main>{footer(base, shop)}</body></html>"
    )


def buybox(name: str, price: str, lang: str = "en", extra: str = "", pre: str = "") -> str:
    """The buy box: `pre` (above the name), h1, price, rating, `extra`, quantity and the cart button."""
    return (
        f"<div class='product-info'>{pre}<h1 class='product-info__title'>{name}</h1>"
        f"<div class='product-info__price'><span class='price price--current'>{price}</span></div>"
        "<div class='product-info__rating'><span class='stars' aria-label='4.6 out of 5'>★★★★★</span> "
        "<a href='#reviews'>128 reviews</a></div>"
        f"{extra}<div class='product-form'><label>Qty <input type='number' name='quantity' value='1' min='1'></label>"
        f"<button type='submit' name='add' class='button button--primary'>{LOCALE[lang][4]}</button></div>"
        "<div class='product-info__description'><p>Designed for everyday use, made to last. Free returns within 30 days.</p></div></div>"
    )


def pdp(gallery: str, info: str, cls: str = "product") -> str:
    return f"<section class='{cls}' id='product'><div class='{cls}__gallery'>{gallery}</div>{info}</section>"


# ---- Next.js next/image -----------------------------------------------------------------------------

NX = "https://www.auralcraft.com"


def nimg(path: str, widths: tuple[int, ...] = (640, 750, 828, 1080, 1200, 1920, 2048, 3840)) -> str:
    """srcset and src of a Next.js `next/image` picture of `path` (absolute or site path)."""
    q = quote(path, safe="")
    srcset = ", ".join(f"/_next/image?url={q}&amp;w={w}&amp;q=75 {w}w" for w in widths)
    return f"srcset='{srcset}' src='/_next/image?url={q}&amp;w={widths[-1]}&amp;q=75'"


def nx_ok(path: str) -> tuple[str, ...]:
    return (f"{NX}/_next/image?url={quote(path, safe='')}&w=3840&q=75", f"{NX}{path}")


HX = "HX200 Wireless Noise Cancelling Headphones"
HX_FILES = [
    "/images/products/hx200-black-1.jpg",
    "/images/products/hx200-black-2.jpg",
    "/images/products/hx200-black-3.jpg",
]


def nx_thumbs_first(main_first: bool = False) -> str:
    thumbs = "".join(
        f"<button class='Gallery_thumb__Xk2p1' aria-label='View image {i + 1}'><img alt='' loading='lazy' width='96' height='96' "
        f"decoding='async' data-nimg='1' style='color:transparent' {nimg(f, (96, 256))}></button>"
        for i, f in enumerate(HX_FILES)
    )
    main = (
        f"<div class='Gallery_main__q9LbA'><img alt='{HX} in Black' fetchpriority='high' width='1200' height='1200' decoding='async' "
        f"data-nimg='1' class='Gallery_image__3vRt' style='color:transparent' sizes='(max-width: 768px) 100vw, 50vw' {nimg(HX_FILES[0])}></div>"
    )
    thumbs = f"<div class='Gallery_thumbs__m2Qe'>{thumbs}</div>"
    return f"<div class='Gallery_root__a81Zs'>{main + thumbs if main_first else thumbs + main}</div>"


case(
    "nextjs-thumbs-before-main",
    f"{NX}/products/hx200-black",
    page(NX, "Auralcraft", HX, pdp(nx_thumbs_first(), buybox(HX, "$249.00"), "ProductView_root__9xQ1")),
    *nx_ok(HX_FILES[0]),
)

SANITY = "https://cdn.sanity.io/images/q8x1abcd/production"
SAN_MAIN = f"{SANITY}/7d1e3f9a0b2c4d5e6f708192a3b4c5d6e7f80912-2400x2400.jpg"
SAN_LIFE = f"{SANITY}/0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d-3200x1800.jpg"


def nx_fill(path: str, alt: str, priority: bool) -> str:
    load = "fetchpriority='high' decoding='async'" if priority else "loading='lazy' decoding='async'"
    return (
        f"<div class='relative aspect-square'><img alt='{alt}' {load} data-nimg='fill' class='object-cover' "
        "style='position:absolute;height:100%;width:100%;inset:0;color:transparent;background-size:cover;"
        f"background-image:url(&quot;{SVG_PH}&quot;)' sizes='(max-width: 768px) 100vw, 50vw' {nimg(path)}></div>"
    )


case(
    "nextjs-fill-sanity-lifestyle-below",
    f"{NX}/products/mono-turntable",
    page(
        NX,
        "Auralcraft",
        "Mono Turntable",
        pdp(
            nx_fill(SAN_MAIN + "?w=2000&fm=webp", "Mono Turntable", True), buybox("Mono Turntable", "$399.00")
        )
        + "<section class='feature-split'><div class='relative h-[80vh]'>"
        + nx_fill(SAN_LIFE + "?w=2000&fm=webp", "Listening room with the Mono Turntable", True)
        + "</div><div><h2>Made for the long play</h2><p>Belt drive, solid walnut plinth.</p></div></section>",
        trail=("Audio", "Turntables"),
    ),
    f"{NX}/_next/image?url={quote(SAN_MAIN + '?w=2000&fm=webp', safe='')}&w=3840&q=75",
    SAN_MAIN,
)


def embla(files: list[str], alt: str) -> str:
    slides = "".join(
        f"<div class='embla__slide min-w-0 flex-[0_0_100%]'><img alt='{alt}' "
        + ("fetchpriority='high'" if i == 0 else "loading='lazy'")
        + f" width='1600' height='1600' decoding='async' data-nimg='1' style='color:transparent' {nimg(f)}></div>"
        for i, f in enumerate(files)
    )
    dots = "".join(
        f"<button class='embla__dot' aria-label='Go to slide {i + 1}'></button>" for i in range(len(files))
    )
    return f"<div class='embla' aria-roledescription='carousel'><div class='embla__viewport'><div class='embla__container flex'>{slides}</div></div><div class='embla__dots'>{dots}</div></div>"


FBT = (
    "<div class='frequently-bought'><h2>Frequently bought together</h2><div class='fbt-row'>"
    + "".join(
        f"<label class='fbt-item'><input type='checkbox' checked><img alt='{n}' width='300' height='300' decoding='async' data-nimg='1' "
        f"{nimg(f'/images/products/{s}.jpg', (384, 640))}><span>{n}</span><span>$29.00</span></label>"
        for n, s in (("Travel Hard Case", "hardcase-grey-1"), ("USB-C Audio Cable", "cable-usbc-1"))
    )
    + "</div></div>"
)

case(
    "nextjs-embla-fbt-in-buybox",
    f"{NX}/products/hx200-black",
    page(NX, "Auralcraft", HX, pdp(embla(HX_FILES, HX), buybox(HX, "$249.00", extra=FBT))),
    *nx_ok(HX_FILES[0]),
)

# ---- Nuxt ------------------------------------------------------------------------------------------

NU = "https://www.pebbleandoak.de"
NU_CDN = "https://cdn.pebbleandoak.de/product/images"


def nuxt_noscript(files: list[str], alt: str) -> str:
    slides = "".join(
        f"<div class='swiper-slide' data-v-4f2a1c3e><img src='/_nuxt/img/placeholder.5f3c2a1.svg' lazy='loading' alt='{alt}' "
        f"class='pdp-gallery__img' data-v-4f2a1c3e><noscript><img src='{NU_CDN}/{f}' alt='{alt}'></noscript></div>"
        for f in files
    )
    return (
        f"<div class='pdp-gallery' data-v-4f2a1c3e><div class='swiper'><div class='swiper-wrapper'>{slides}</div>"
        "<div class='swiper-pagination'></div></div></div>"
    )


BOWL = "Steinzeug Schale Ø 18 cm, Salbei"
case(
    "nuxt-gallery-only-in-noscript",
    f"{NU}/p/steinzeug-schale-salbei-PB4410",
    page(
        NU,
        "PebbleOak",
        BOWL,
        pdp(
            nuxt_noscript(["PB-4410-01.jpg", "PB-4410-02.jpg", "PB-4410-03.jpg"], BOWL),
            buybox(BOWL, "24,95 €", "de"),
        )
        + "<script>window.__NUXT__=(function(a){return {state:{product:{sku:a}}}}('PB4410'))</script>",
        lang="de",
        trail=("Wohnen", "Geschirr"),
    ),
    f"{NU_CDN}/PB-4410-01.jpg",
)


def ipx(path: str, alt: str, eager: bool) -> str:
    load = "" if eager else " loading='lazy'"
    return (
        f"<picture><source type='image/webp' sizes='(max-width: 1024px) 100vw, 640px' srcset='/_ipx/f_webp&amp;s_640x640{path} 640w, "
        f"/_ipx/f_webp&amp;s_1280x1280{path} 1280w'><img src='/_ipx/s_1280x1280{path}' alt='{alt}' width='1280' height='1280'{load}></picture>"
    )


VASE = "Vase Ripple, Glas, 30 cm"
case(
    "nuxt-image-ipx-picture",
    f"{NU}/p/vase-ripple-PB2001",
    page(
        NU,
        "PebbleOak",
        VASE,
        pdp(
            "<div class='gallery-grid'>"
            + ipx("/products/PB2001-ripple-1.jpg", VASE, True)
            + ipx("/products/PB2001-ripple-2.jpg", VASE, False)
            + "</div>",
            buybox(VASE, "39,00 €", "de"),
        ),
        lang="de",
        trail=("Wohnen", "Vasen"),
    ),
    f"{NU}/_ipx/s_1280x1280/products/PB2001-ripple-1.jpg",
    f"{NU}/products/PB2001-ripple-1.jpg",
)

# ---- <picture> with sources only, a 1x1 <img> ----------------------------------------------------------

AMP_CDN = "https://cdn.media.amplience.net/i/northloom"


def amplience_slide(code: str, alt: str) -> str:
    return (
        "<li class='pdp-carousel__slide'><picture>"
        f"<source media='(min-width: 1024px)' srcset='{AMP_CDN}/{code}?w=1200&amp;fmt=auto 1x, {AMP_CDN}/{code}?w=2400&amp;fmt=auto 2x'>"
        f"<source media='(min-width: 600px)' srcset='{AMP_CDN}/{code}?w=900&amp;fmt=auto'>"
        f"<source srcset='{AMP_CDN}/{code}?w=600&amp;fmt=auto'><img src='{GIF1}' alt='{alt}' class='pdp-carousel__img'></picture></li>"
    )


NL = "https://www.northloom.co.uk"
COAT = "Wool Blend Wrap Coat"
case(
    "picture-sources-only-1x1-gif-img",
    f"{NL}/women/coats/wool-blend-wrap-coat/AB1234.html",
    page(
        NL,
        "Northloom",
        COAT,
        pdp(
            "<ul class='pdp-carousel'>"
            + "".join(amplience_slide(c, COAT) for c in ("AB1234_01", "AB1234_02", "AB1234_03"))
            + "</ul>",
            buybox(COAT, "£189.00"),
        ),
        trail=("Women", "Coats"),
    ),
    f"{AMP_CDN}/AB1234_01?w=1200&fmt=auto",
)

# ---- AMP ---------------------------------------------------------------------------------------------

AM = "https://amp.kitchenhub.com"
KETTLE = "Gooseneck Electric Kettle 0.9 L"


def amp_page() -> str:
    slides = "".join(
        f"<amp-img src='{AM}/media/p/kettle-gk09-{i}.jpg' width='1000' height='1000' layout='responsive' alt='{KETTLE}' "
        f"on='tap:lightbox1' role='button' tabindex='0'></amp-img>"
        for i in (1, 2, 3)
    )
    return (
        "<!doctype html><html ⚡ lang='en'><head><meta charset='utf-8'><title>Gooseneck Electric Kettle | KitchenHub</title>"
        "<script async src='https://cdn.ampproject.org/v0.js'></script><style amp-boilerplate>body{visibility:hidden}</style></head><body>"
        f"<header class='amp-header'><a href='/'><amp-img src='{AM}/static/logo-kitchenhub.png' width='150' height='36' alt='KitchenHub'></amp-img></a>"
        "<amp-sidebar id='menu' layout='nodisplay'><ul><li><a href='/c/coffee'>Coffee</a></li><li><a href='/c/tea'>Tea</a></li></ul>"
        f"<amp-img src='{AM}/media/menu/holiday-deals-2025.jpg' width='600' height='300' layout='responsive' alt='Holiday deals'></amp-img></amp-sidebar></header>"
        f"<amp-img src='{AM}/media/banners/free-shipping-strip.jpg' width='1200' height='120' layout='responsive' alt='Free shipping'></amp-img>"
        "<nav class='crumbs'><a href='/'>Home</a> › <a href='/c/tea'>Tea</a></nav>"
        f"<div class='product'><amp-carousel type='slides' width='1000' height='1000' layout='responsive' controls>{slides}</amp-carousel>"
        f"<amp-lightbox-gallery id='lightbox1'></amp-lightbox-gallery><h1>{KETTLE}</h1><p class='price'>$79.00</p>"
        "<button>Add to cart</button></div>"
        "<section class='related'><h2>You may also like</h2>"
        f"<a href='/p/pour-over-set-7'><amp-img src='{AM}/media/p/pour-over-set-7.jpg' width='300' height='300' alt='Pour-over set'></amp-img></a></section>"
        "<footer><p>&copy; KitchenHub</p></footer></body></html>"
    )


case(
    "amp-carousel-after-banner-strip",
    f"{AM}/p/gooseneck-kettle-gk09",
    amp_page(),
    f"{AM}/media/p/kettle-gk09-1.jpg",
)

# ---- zoom viewers ------------------------------------------------------------------------------------

CD = "https://www.maisonpratique.fr"
ROBOT = "Robot pâtissier 1200 W, bol inox 5 L"


def elevate_zoom() -> str:
    thumbs = "".join(
        f"<a href='#' class='fpThumb' data-image='{CD}/images/p/medium/RP1200-{i}.jpg' data-zoom-image='{CD}/images/p/large/RP1200-{i}.jpg'>"
        f"<img src='{CD}/images/p/small/RP1200-{i}.jpg' width='60' height='60' alt=''></a>"
        for i in (1, 2, 3, 4)
    )
    return (
        f"<div class='fpGallery'><div class='fpThumbs' id='gallery_01'>{thumbs}</div>"
        f"<div class='fpMain'><img id='zoom_01' src='{CD}/images/p/medium/RP1200-1.jpg' data-zoom-image='{CD}/images/p/large/RP1200-1.jpg' "
        f"alt='{ROBOT}' width='500' height='500'></div></div>"
    )


case(
    "elevatezoom-thumbs-first-medium-src",
    f"{CD}/robot-patissier-rp1200.html",
    page(
        CD,
        "MaisonPratique",
        ROBOT,
        pdp(elevate_zoom(), buybox(ROBOT, "189,99 €", "fr")),
        lang="fr",
        trail=("Cuisine", "Robots"),
    ),
    f"{CD}/images/p/medium/RP1200-1.jpg",
    f"{CD}/images/p/large/RP1200-1.jpg",
)

TR = "https://www.trailpeak.com"
TENT = "Ridgeline 2-Person Backpacking Tent"


def data_large_gallery() -> str:
    return (
        "<div class='product-photos'><div class='product-photos__main'>"
        f"<img class='js-main-photo' src='{TR}/skin/frontend/img/spacer.gif' data-medium='{TR}/media/product/medium/TR-550-1.jpg' "
        f"data-large='{TR}/media/product/large/TR-550-1.jpg' alt='{TENT}' width='640' height='640'></div>"
        "<ul class='product-photos__strip'>"
        + "".join(
            f"<li><img src='{TR}/skin/frontend/img/spacer.gif' data-medium='{TR}/media/product/medium/TR-550-{i}.jpg' "
            f"data-large='{TR}/media/product/large/TR-550-{i}.jpg' alt='{TENT} view {i}' width='72' height='72'></li>"
            for i in (2, 3)
        )
        + "</ul></div>"
    )


case(
    "data-large-data-medium-spacer-src",
    f"{TR}/ridgeline-2p-tent-tr-550",
    page(
        TR, "TrailPeak", TENT, pdp(data_large_gallery(), buybox(TENT, "$329.95")), trail=("Camping", "Tents")
    ),
    f"{TR}/media/product/large/TR-550-1.jpg",
    f"{TR}/media/product/medium/TR-550-1.jpg",
)

# ---- CDN transforms ------------------------------------------------------------------------------------

CL = "https://res.cloudinary.com/fjordwear/image/upload"
FJ = "https://www.fjordwear.com"
PARKA = "Isfjell Down Parka"
SWATCHES = (
    "<fieldset class='color-picker'><legend>Colour: <span>Olive</span></legend>"
    + "".join(
        f"<label class='color-picker__option'><input type='radio' name='color' value='{c}'{' checked' if c == 'olive' else ''}>"
        f"<img src='{CL}/c_fill,w_160,h_160/v1712/swatches/parka-{c}-fabric.jpg' width='80' height='80' alt='{c.title()}'></label>"
        for c in ("olive", "navy", "black", "sand")
    )
    + "</fieldset>"
)


def cloudinary_gallery(lazy_main: bool) -> str:
    files = ["PARKA-OLV-01.jpg", "PARKA-OLV-02.jpg", "PARKA-OLV-03.jpg"]
    main = "".join(
        (
            f"<div class='pdp-slide'><img class='lazyload' data-src='{CL}/c_fill,w_900/v1712/products/{f}' src='{CL}/c_fill,w_20,e_blur:200/v1712/products/{f}' alt='{PARKA}'></div>"
            if lazy_main
            else f"<div class='pdp-slide'><img src='{CL}/c_fill,w_900/v1712/products/{f}' alt='{PARKA}' width='900' height='1200'></div>"
        )
        for f in files
    )
    thumbs = "".join(
        f"<img src='{CL}/c_fill,w_96/v1712/products/{f}' width='48' height='64' alt=''>" for f in files
    )
    return f"<div class='pdp-slides'>{main}</div><div class='pdp-thumbs'>{thumbs}</div>"


case(
    "cloudinary-swatches-before-gallery-bigger-than-thumbs",
    f"{FJ}/products/isfjell-down-parka?color=olive",
    page(
        FJ,
        "Fjordwear",
        PARKA,
        "<section class='product product--info-first'>"
        + buybox(PARKA, "$429.00", extra=SWATCHES)
        + f"<div class='product__gallery'>{cloudinary_gallery(True)}</div></section>",
        trail=("Men", "Jackets"),
    ),
    f"{CL}/c_fill,w_900/v1712/products/PARKA-OLV-01.jpg",
)

IX = "https://lumenhaus.imgix.net/products"
LH = "https://www.lumenhaus.com"
LAMP = "Pleat Table Lamp, Linen Shade"
case(
    "imgix-og-image-a-lifestyle-photo",
    f"{LH}/products/pleat-table-lamp",
    page(
        LH,
        "Lumenhaus",
        LAMP,
        pdp(
            "<div class='product-gallery'>"
            + "".join(
                f"<figure class='product-gallery__item'><img src='{IX}/PL-220-{i}.jpg?auto=format&amp;fit=max&amp;w=1400' "
                f"srcset='{IX}/PL-220-{i}.jpg?auto=format&amp;fit=max&amp;w=700 700w, {IX}/PL-220-{i}.jpg?auto=format&amp;fit=max&amp;w=1400 1400w' "
                f"alt='{LAMP}'{' loading=lazy' if i > 1 else ''}></figure>"
                for i in (1, 2, 3)
            )
            + "</div>",
            buybox(LAMP, "$189.00"),
        ),
        head=og_image(f"{IX}/PL-220-lifestyle-livingroom.jpg?w=1200&h=630&fit=crop"),
        trail=("Lighting", "Table lamps"),
    ),
    f"{IX}/PL-220-1.jpg?auto=format&fit=max&w=1400",
)

S7 = "https://s7d9.scene7.com/is/image/Brookfield"
BF = "https://www.brookfieldhome.com"
TOWEL = "Organic Cotton Bath Towel Set, 6-Piece"


def scene7_gallery() -> str:
    thumbs = (
        "<li class='pdp-thumb pdp-thumb--video'><button aria-label='Play video'>"
        f"<img src='{S7}/4412093_video_still?$pdp_thumb$' alt='Product video' width='64' height='64'></button></li>"
        + "".join(
            f"<li class='pdp-thumb'><button><img src='{S7}/4412093_{n}?$pdp_thumb$' alt='{TOWEL} image {i + 1}' width='64' height='64'></button></li>"
            for i, n in enumerate(("001", "002", "003"))
        )
    )
    return (
        f"<div class='pdp-media'><ul class='pdp-thumbs'>{thumbs}</ul><div class='pdp-main-image'>"
        f"<img src='{S7}/4412093_001?$pdp_main$' alt='{TOWEL}' width='1000' height='1000'></div></div>"
    )


case(
    "scene7-presets-video-thumb-first-main-after",
    f"{BF}/product/organic-cotton-bath-towel-set/4412093",
    page(BF, "Brookfield", TOWEL, pdp(scene7_gallery(), buybox(TOWEL, "$64.99")), trail=("Bath", "Towels")),
    f"{S7}/4412093_001?$pdp_main$",
)

VN = "https://www.copperlane.com"
VN_M = f"{VN}/media/catalog/product/cache/8c2e2f1a9b7d6e5f4a3b2c1d0e9f8a7b"
DRESS = "Silk Slip Dress"


def venia() -> str:
    return (
        "<div class='carousel-root-1Qd'><div class='carousel-imageContainer-2ZD'>"
        f"<img class='image-placeholder-ZnJ image-placeholder_layoutOnly-1xO' src='{SVG_PH}' alt='' width='640'>"
        f"<img loading='lazy' alt='{DRESS}' class='carousel-currentImage-3eN image-loaded-2SB' "
        f"src='{VN}/media/catalog/product/v/d/vd08-pe_main_2.jpg?auto=webp&amp;format=pjpg&amp;width=640&amp;height=800&amp;fit=cover' "
        f"srcset='{VN}/media/catalog/product/v/d/vd08-pe_main_2.jpg?auto=webp&amp;format=pjpg&amp;width=640&amp;height=800&amp;fit=cover 640w, "
        f"{VN}/media/catalog/product/v/d/vd08-pe_main_2.jpg?auto=webp&amp;format=pjpg&amp;width=1280&amp;height=1600&amp;fit=cover 1280w' "
        "sizes='640px' width='640'></div>"
        "<button class='carousel-previousButton-3Ys' type='button' aria-label='Previous Image'></button>"
        "<div class='carousel-thumbnailList-3i0'>"
        + "".join(
            f"<button class='thumbnail-root-3gq{' thumbnail-rootSelected-1Ac' if i == 0 else ''}'><img loading='lazy' "
            f"alt='{DRESS}' class='thumbnail-image-2xN' src='{VN}/media/catalog/product/v/d/{f}?auto=webp&amp;format=pjpg&amp;width=135&amp;height=170&amp;fit=cover'></button>"
            for i, f in enumerate(("vd08-pe_main_2.jpg", "vd08-pe_alt1_2.jpg", "vd08-pe_back_2.jpg"))
        )
        + "</div></div>"
    )


case(
    "magento-pwa-venia-carousel",
    f"{VN}/silk-slip-dress.html",
    page(
        VN,
        "Copperlane",
        DRESS,
        pdp(venia(), buybox(DRESS, "$148.00"), "productFullDetail-root-1mz"),
        trail=("Dresses",),
    ),
    f"{VN}/media/catalog/product/v/d/vd08-pe_main_2.jpg",
)

# ---- a 360 spin first ----------------------------------------------------------------------------------

SP = "https://www.velocycles.eu"
BIKE = "Aero Carbon Road Bike AR9, Shimano 105 Di2"


def spin_first() -> str:
    frames = ",".join(f"/media/spin/AR9/AR9_spin_{i:02d}.jpg" for i in range(1, 37))
    return (
        "<div class='product-media'><div class='product-media__slides'>"
        f"<div class='product-media__slide product-media__slide--360' data-spin-frames='{frames}'>"
        f"<img src='{SP}/media/spin/AR9/AR9_spin_01.jpg' alt='360° view' width='1600' height='1000'>"
        "<span class='badge-360'>360°</span></div>"
        + "".join(
            f"<div class='product-media__slide'><img src='{SP}/media/catalog/AR9-{c}.jpg' alt='{BIKE}' width='1600' height='1000' loading='lazy'></div>"
            for c in ("side", "front", "drivetrain")
        )
        + "</div></div>"
    )


case(
    "spin360-frames-first-slide",
    f"{SP}/en/bikes/road/aero-carbon-ar9",
    page(SP, "Velocycles", BIKE, pdp(spin_first(), buybox(BIKE, "€3,499.00")), trail=("Bikes", "Road")),
    f"{SP}/media/catalog/AR9-side.jpg",
)

# ---- seals, labels and badges inside the product block --------------------------------------------------

EU = "https://www.haushalt-profi.de"
WM = "Waschmaschine WM8 Serie 6, 8 kg, 1400 U/min"


def swiper_lazy(base: str, files: list[str], alt: str) -> str:
    slides = "".join(
        f"<div class='swiper-slide'><img data-src='{base}{f}' class='swiper-lazy' alt='{alt}'><div class='swiper-lazy-preloader'></div></div>"
        for f in files
    )
    return f"<div class='swiper product-gallery'><div class='swiper-wrapper'>{slides}</div><div class='swiper-button-next'></div></div>"


SEALS = (
    "<div class='product-seals'>"
    f"<img src='{EU}/media/siegel/testsieger-stiftung-warentest-2025-08.png' alt='Testsieger Stiftung Warentest 08/2025' width='180' height='260'>"
    f"<img src='{EU}/media/siegel/red-dot-award-2025.png' alt='red dot award 2025' width='160' height='160'></div>"
)
ENERGY = (
    "<div class='energy-efficiency'><button class='energy-badge' data-modal='energy-label'>"
    f"<img src='{EU}/media/energielabel/energy-class-A-arrow.svg' alt='Energieeffizienzklasse A' width='60' height='24'></button>"
    "<a href='/media/datenblatt/WM8-produktdatenblatt.pdf'>Produktdatenblatt</a>"
    f"<div class='modal' id='energy-label' hidden><img src='{EU}/media/energielabel/WM8-energielabel-2021.png' alt='EU-Energielabel' width='500' height='1000'></div></div>"
)
case(
    "eu-test-seal-energy-label-lazy-swiper",
    f"{EU}/waschmaschine-wm8-serie-6-8-kg/p/WM8S6",
    page(
        EU,
        "HaushaltProfi",
        WM,
        pdp(
            swiper_lazy(EU, ["/media/produkte/WM8S6-front.jpg", "/media/produkte/WM8S6-offen.jpg"], WM),
            buybox(WM, "549,00 €", "de", extra=ENERGY, pre=SEALS),
        ),
        lang="de",
        trail=("Haushalt", "Waschmaschinen"),
    ),
    f"{EU}/media/produkte/WM8S6-front.jpg",
)

BEAUTY = "https://www.glowtheory.com"
SERUM = "Vitamin C Brightening Serum 30 ml"
AWARD = (
    "<div class='product-awards'><a href='/awards'>"
    f"<img src='{BEAUTY}/contentimages/badges/allure-best-of-beauty-2025.png' alt='Allure Best of Beauty 2025 winner' width='96' height='96'></a>"
    f"<img src='{BEAUTY}/contentimages/badges/clean-at-glowtheory.png' alt='Clean at Glowtheory' width='96' height='96'></div>"
)


def beauty_gallery() -> str:
    return (
        "<div class='css-1a2b3c-ProductMediaCarousel'>"
        + "".join(
            f"<button class='css-9x8y7z-Thumb' aria-label='Image {i + 1}'><img src='{BEAUTY}/productimages/sku/s2741093-main-zoom.jpg?imwidth=97' "
            f"alt='' width='48' height='48' loading='lazy'></button>"
            if i == 0
            else f"<button class='css-9x8y7z-Thumb' aria-label='Image {i + 1}'><img src='{BEAUTY}/productimages/sku/s2741093-av-0{i}-zoom.jpg?imwidth=97' "
            "alt='' width='48' height='48' loading='lazy'></button>"
            for i in range(3)
        )
        + f"<div class='css-4d5e6f-MainImage'><img src='{BEAUTY}/productimages/sku/s2741093-main-zoom.jpg?imwidth=465' "
        f"srcset='{BEAUTY}/productimages/sku/s2741093-main-zoom.jpg?imwidth=465 1x, {BEAUTY}/productimages/sku/s2741093-main-zoom.jpg?imwidth=930 2x' "
        f"alt='{SERUM}' width='465' height='465' loading='lazy'></div></div>"
    )


case(
    "award-badges-above-name-emotion-classes",
    f"{BEAUTY}/product/vitamin-c-brightening-serum-P481220?skuId=2741093",
    page(
        BEAUTY,
        "GlowTheory",
        SERUM,
        pdp(beauty_gallery(), buybox(SERUM, "$68.00", pre=AWARD), "css-0-ProductPage"),
        trail=("Skincare", "Serums"),
    ),
    f"{BEAUTY}/productimages/sku/s2741093-main-zoom.jpg?imwidth=465",
)

TRUST = (
    "<div class='buybox-trust'>"
    f"<img src='{BEAUTY}/static/badges/secure-checkout-guaranteed.png' alt='Guaranteed safe checkout' width='420' height='60'>"
    f"<img src='{BEAUTY}/static/badges/klarna-pay-in-4-banner.png' alt='Pay in 4 with Klarna' width='360' height='48'></div>"
)
MASK = "Overnight Repair Sleeping Mask 50 ml"
case(
    "checkout-trust-badges-in-buybox-lazy-slides",
    f"{BEAUTY}/product/overnight-repair-sleeping-mask-P480001",
    page(
        BEAUTY,
        "GlowTheory",
        MASK,
        pdp(
            swiper_lazy(
                BEAUTY,
                ["/productimages/sku/s2750011-main-zoom.jpg", "/productimages/sku/s2750011-av-01-zoom.jpg"],
                MASK,
            ),
            buybox(MASK, "$52.00", extra=TRUST),
        ),
        trail=("Skincare", "Masks"),
    ),
    f"{BEAUTY}/productimages/sku/s2750011-main-zoom.jpg",
)

# ---- in the box, UGC, sticky bar, hero --------------------------------------------------------------------

IN_BOX = (
    "<div class='in-the-box'><h3>What's in the box</h3><ul>"
    + "".join(
        f"<li><img src='{NX}/images/inbox/{f}.png' alt='{a}' width='160' height='160'><span>{a}</span></li>"
        for f, a in (
            ("inbox-carry-case", "Carry case"),
            ("inbox-usbc-cable", "USB-C cable"),
            ("inbox-airplane-adapter", "Airplane adapter"),
        )
    )
    + "</ul></div>"
)
case(
    "whats-in-the-box-pictures-in-buybox",
    f"{NX}/products/hx200-black",
    page(
        NX,
        "Auralcraft",
        HX,
        pdp(
            embla(HX_FILES, HX).replace("fetchpriority='high'", "loading='lazy'"),
            buybox(HX, "$249.00", extra=IN_BOX),
        ),
    ),
    *nx_ok(HX_FILES[0]),
)

SB = "https://www.saltandbarrel.com"
SBF = f"{SB}/cdn/shop/files"
BOOT = "Chelsea Boot in Waxed Suede"
UGC = (
    "<div class='ugc-gallery' id='customer-photos'><h3>As seen on you</h3><div class='ugc-gallery__grid'>"
    + "".join(
        f"<a class='ugc-gallery__item' href='#ugc-{i}'><img src='https://media.ugcloop.com/photos/sb/{i}/9{i}41{i}2.jpg' alt='Customer photo' width='240' height='240'></a>"
        for i in range(1, 5)
    )
    + "</div></div>"
)


def shopify_media(files: list[str], alt: str, eager_first: bool = False) -> str:
    return "".join(
        f"<li class='product__media-item'><div class='product-media'><img src='{SBF}/{f}?v=1712&amp;width=1500' "
        f"srcset='{SBF}/{f}?v=1712&amp;width=750 750w, {SBF}/{f}?v=1712&amp;width=1500 1500w' sizes='(min-width: 990px) 50vw, 100vw' "
        f"alt='{alt}' width='1500' height='1500'{'' if eager_first and i == 0 else ' loading=lazy'}></div></li>"
        for i, f in enumerate(files)
    )


case(
    "ugc-photos-inside-gallery-column",
    f"{SB}/products/chelsea-boot-waxed-suede",
    page(
        SB,
        "SaltAndBarrel",
        BOOT,
        pdp(
            f"<ul class='product__media-list'>{shopify_media(['CB-WS-01.jpg', 'CB-WS-02.jpg'], BOOT)}</ul>"
            + UGC,
            buybox(BOOT, "$265.00"),
        ),
        trail=("Men", "Boots"),
    ),
    f"{SBF}/CB-WS-01.jpg?v=1712&width=1500",
)

STICKY = (
    "<div class='sticky-atc' aria-hidden='true'><img src='{u}' width='48' height='48' alt='{a}'>"
    "<span class='sticky-atc__title'>{a}</span><button>Add to cart</button></div>"
)
case(
    "sticky-add-to-cart-bar-before-product-other-size",
    f"{SB}/products/chelsea-boot-waxed-suede",
    page(
        SB,
        "SaltAndBarrel",
        BOOT,
        pdp(
            f"<ul class='product__media-list'>{shopify_media(['CB-WS-01.jpg', 'CB-WS-02.jpg'], BOOT)}</ul>",
            buybox(BOOT, "$265.00"),
        ),
        above=STICKY.format(u=f"{SBF}/CB-WS-01_96x96.jpg?v=1712", a=BOOT),
        trail=("Men", "Boots"),
    ),
    f"{SBF}/CB-WS-01.jpg?v=1712&width=1500",
)

HERO = (
    "<section class='campaign-hero'><a href='/c/black-friday'><picture>"
    f"<source media='(min-width: 768px)' srcset='{SB}/cdn/shop/files/BF25_hero_desktop_2880x600.jpg?v=1732'>"
    f"<img src='{SB}/cdn/shop/files/BF25_hero_mobile_750x500.jpg?v=1732' alt='Black Friday: 30% off everything' width='1440' height='300' "
    "fetchpriority='high'></picture></a></section>"
)
case(
    "campaign-hero-above-breadcrumbs-eager",
    f"{SB}/products/chelsea-boot-waxed-suede",
    page(
        SB,
        "SaltAndBarrel",
        BOOT,
        pdp(
            f"<ul class='product__media-list'>{shopify_media(['CB-WS-01.jpg', 'CB-WS-02.jpg'], BOOT)}</ul>",
            buybox(BOOT, "$265.00"),
        ),
        above=HERO,
        trail=("Men", "Boots"),
    ),
    f"{SBF}/CB-WS-01.jpg?v=1712&width=1500",
)

# ---- lazy attributes ----------------------------------------------------------------------------------------

WD = "https://www.woodandwick.com"
CANDLE = "Cedar &amp; Smoke Soy Candle, 8 oz"


def lazysizes_only(files: list[str]) -> str:
    return (
        "<div class='product-single__photos'>"
        + "".join(
            f"<div class='product-single__photo' data-index='{i}'><img class='lazyload' src='{SVG_PH}' "
            f"data-srcset='{WD}/uploads/2025/02/{f}-400x400.jpg 400w, {WD}/uploads/2025/02/{f}-800x800.jpg 800w, {WD}/uploads/2025/02/{f}.jpg 1600w' "
            f"data-sizes='auto' alt='Cedar &amp; Smoke Soy Candle'></div>"
            for i, f in enumerate(files)
        )
        + "<div class='slick-dots'></div></div>"
    )


case(
    "lazysizes-data-srcset-only-no-thumbs",
    f"{WD}/product/cedar-smoke-soy-candle/",
    page(
        WD,
        "WoodAndWick",
        CANDLE,
        pdp(lazysizes_only(["cedar-smoke-candle-01", "cedar-smoke-candle-02"]), buybox(CANDLE, "$32.00")),
        trail=("Candles",),
    ),
    f"{WD}/uploads/2025/02/cedar-smoke-candle-01.jpg",
)

case(
    "img-with-srcset-only-no-src",
    f"{WD}/product/cedar-smoke-soy-candle/",
    page(
        WD,
        "WoodAndWick",
        CANDLE,
        pdp(
            "<div class='pdp-images'>"
            + "".join(
                f"<img srcset='{WD}/uploads/2025/02/cedar-smoke-candle-0{i}.jpg 1x, {WD}/uploads/2025/02/cedar-smoke-candle-0{i}@2x.jpg 2x' "
                f"alt='Cedar &amp; Smoke Soy Candle' width='800' height='800'>"
                for i in (1, 2)
            )
            + "</div>",
            buybox(CANDLE, "$32.00"),
        ),
        trail=("Candles",),
    ),
    f"{WD}/uploads/2025/02/cedar-smoke-candle-01.jpg",
)

# ---- retailers' galleries ------------------------------------------------------------------------------------

HD = "https://www.buildright.com"
HD_IMG = "https://images.buildright-static.com/productImages/6b1c0a9e-43f2-4d3c-9f51-0c9d7a1e2b3f/svn"
DRILL = "20V MAX Cordless Drill/Driver Kit with 2 Batteries"


def hd_gallery() -> str:
    thumbs = "".join(
        f"<button class='mediagallery__thumbnail'><img src='{HD_IMG}/{n}_100.jpg' alt='{DRILL}' width='65' height='65'></button>"
        for n in (
            "dewalt-power-drills-dcd771c2-64",
            "dewalt-power-drills-dcd771c2-c3",
            "dewalt-power-drills-dcd771c2-40",
        )
    )
    return (
        f"<div class='mediagallery'><div class='mediagallery__thumbnails'>{thumbs}</div>"
        f"<div class='mediagallery__mainimage'><a href='{HD_IMG}/dewalt-power-drills-dcd771c2-64_1000.jpg'>"
        f"<img src='{HD_IMG}/dewalt-power-drills-dcd771c2-64_600.jpg' alt='{DRILL}' width='600' height='600'></a></div></div>"
    )


case(
    "thumbs-first-size-in-file-name-main-after",
    f"{HD}/p/cordless-drill-kit/204279858",
    page(
        HD,
        "BuildRight",
        DRILL,
        pdp(hd_gallery(), buybox(DRILL, "$129.00")),
        trail=("Tools", "Power Tools", "Drills"),
    ),
    f"{HD_IMG}/dewalt-power-drills-dcd771c2-64_600.jpg",
    f"{HD_IMG}/dewalt-power-drills-dcd771c2-64_1000.jpg",
)

BB = "https://www.voltmart.com"
BB_IMG = "https://pisces.voltmart-static.com/image2/VoltMart_US/images/products/6525"
TV = "65&quot; Class QLED 4K Smart TV (2025)"


def bb_gallery() -> str:
    return (
        "<div class='shop-media-gallery'><div class='primary-media-wrapper'><button class='primary-button'>"
        f"<img class='primary-image' src='{BB_IMG}/6525421_sd.jpg;maxHeight=640;maxWidth=550;format=webp' alt='{TV}'></button></div>"
        "<ol class='thumbnail-list'>"
        + "".join(
            f"<li class='thumbnail-item'><button class='thumbnail-btn'><img src='{BB_IMG}/{n}.jpg;maxHeight=100;maxWidth=100;format=webp' alt='{TV} - Alt View {i}'></button></li>"
            for i, n in enumerate(("6525421_sd", "6525421cv11d", "6525421cv12d"))
        )
        + "</ol></div>"
    )


case(
    "semicolon-params-primary-image",
    f"{BB}/site/65-class-qled-4k-smart-tv/6525421.p?skuId=6525421",
    page(
        BB, "VoltMart", TV, pdp(bb_gallery(), buybox(TV, "$599.99")), trail=("TV &amp; Home Theater", "TVs")
    ),
    f"{BB_IMG}/6525421_sd.jpg;maxHeight=640;maxWidth=550;format=webp",
)

IK = "https://www.hemma-living.com"
CHAIR = "POÄNG Armchair, birch veneer/Knisa light beige"


def media_grid() -> str:
    files = [
        ("poang-armchair-birch-veneer-knisa-light-beige__0571500_pe666933_s5.jpg", "product"),
        ("poang-armchair-birch-veneer-knisa-light-beige__0837228_pe728948_s5.jpg", "contextual"),
        ("poang-armchair-birch-veneer-knisa-light-beige__1125542_pe875446_s5.jpg", "detail"),
    ]
    items = "".join(
        f"<div class='pip-media-grid__grid-item'><span class='pip-aspect-ratio-image'><img class='pip-image' "
        f"src='{IK}/us/en/images/products/{f}?f=s' srcset='{IK}/us/en/images/products/{f}?f=xl 1400w, {IK}/us/en/images/products/{f}?f=l 1100w, "
        f"{IK}/us/en/images/products/{f}?f=s 500w' sizes='(min-width: 1200px) 30vw, 100vw' alt='POÄNG Armchair, {kind} image' "
        f"{'' if i == 0 else 'loading=lazy'}></span></div>"
        for i, (f, kind) in enumerate(files)
    )
    return f"<div class='pip-media-grid'><div class='pip-media-grid__grid'>{items}</div><button>Show more images</button></div>"


case(
    "media-grid-first-is-product-shot",
    f"{IK}/us/en/p/poaeng-armchair-birch-veneer-knisa-light-beige-s39240815/",
    page(
        IK,
        "Hemma",
        CHAIR,
        pdp(media_grid(), buybox(CHAIR, "$149.00"), "pip-product"),
        trail=("Furniture", "Armchairs"),
    ),
    f"{IK}/us/en/images/products/poang-armchair-birch-veneer-knisa-light-beige__0571500_pe666933_s5.jpg?f=s",
)

TG = "https://www.brightcart.com"
TG_IMG = "https://brightcart.scene7.com/is/image/BrightCart"
MIXER = "Stand Mixer 5.5qt - Sage Green"


def tg_gallery() -> str:
    ids = [
        "GUEST_1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718",
        "GUEST_2a3b4c5d-6e7f-8091-a2b3-c4d5e6f70819",
        "GUEST_3b4c5d6e-7f80-91a2-b3c4-d5e6f7081920",
    ]
    slides = "".join(
        f"<div class='styles_slide__Qk3' data-test='image-gallery-item-{i}'><picture>"
        f"<source srcset='{TG_IMG}/{g}?wid=600&amp;hei=600&amp;qlt=80&amp;fmt=webp 1x, {TG_IMG}/{g}?wid=1200&amp;hei=1200&amp;qlt=80&amp;fmt=webp 2x' type='image/webp'>"
        f"<img alt='{MIXER}, {i + 1} of 4' src='{TG_IMG}/{g}?wid=600&amp;hei=600&amp;qlt=80' loading='{'eager' if i == 0 else 'lazy'}'></picture></div>"
        for i, g in enumerate(ids)
    )
    video = (
        "<div class='styles_slide__Qk3' data-test='image-gallery-item-3'><button aria-label='play video'>"
        f"<img alt='video' src='{TG_IMG}/GUEST_video_still_9f8e7d6c?wid=600&amp;hei=600' loading='lazy'></button></div>"
    )
    return f"<div class='styles_gallery__Hj2' data-test='image-gallery'>{slides}{video}</div>"


case(
    "guest-id-picture-slides-numbered-alts",
    f"{TG}/p/stand-mixer-5-5qt-sage-green/-/A-89123456",
    page(TG, "BrightCart", MIXER, pdp(tg_gallery(), buybox(MIXER, "$279.99")), trail=("Kitchen", "Mixers")),
    f"{TG_IMG}/GUEST_1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718?wid=600&hei=600&qlt=80",
)

NE = "https://www.byteharbor.com"
NE_IMG = "https://c1.byteharbor-images.com/productimage"
SSD = "2TB NVMe PCIe Gen4 M.2 2280 Internal SSD"


def ne_gallery() -> str:
    return (
        "<div class='swiper-gallery'><div class='mainSlide'><div class='swiper-zoom-container'>"
        f"<img class='product-view-img-original' src='{NE_IMG}/nb640/20-147-860-01.jpg' alt='{SSD}' title='{SSD}'></div></div>"
        "<div class='swiper-gallery-thumbs'>"
        + "".join(
            f"<div class='swiper-slide'><img class='product-view-img' src='{NE_IMG}/ProductImageCompressAll60/20-147-860-0{i}.jpg' alt=''></div>"
            for i in (1, 2, 3, 4)
        )
        + "</div>"
        "<div class='product-view-brand'><a href='/brands/crucial'>"
        f"<img src='{NE}/BrandImage_70x28/Brand1455.gif' alt='Brand' width='70' height='28'></a></div></div>"
    )


case(
    "folder-sized-main-before-small-thumbs",
    f"{NE}/p/N82E16820147860",
    page(NE, "ByteHarbor", SSD, pdp(ne_gallery(), buybox(SSD, "$129.99")), trail=("Components", "SSDs")),
    f"{NE_IMG}/nb640/20-147-860-01.jpg",
)

# ---- Europe -------------------------------------------------------------------------------------------------

FN = "https://www.culturefnac.fr"
FN_IMG = "https://static.culturefnac-static.com/multimedia/Images/FR/NR/ab/cd/12/1234567"
SPEAKER = "Enceinte Bluetooth portable Boom 4 Bleu"


def fnac_gallery() -> str:
    return (
        "<div class='f-productVisuals'><div class='f-productVisuals__thumbs'>"
        + "".join(
            f"<button class='f-productVisuals__thumb'><img src='{FN_IMG}/1505-{i}/tsp20240312101010/{SPEAKER.replace(' ', '-')}.jpg' width='70' height='70' alt=''></button>"
            for i in (1, 2, 3)
        )
        + f"</div><div class='f-productVisuals__main'><img class='f-productVisuals__mainMedia' src='{FN_IMG}/1540-1/tsp20240312101010/{SPEAKER.replace(' ', '-')}.jpg' "
        f"alt='{SPEAKER}' width='550' height='550'></div></div>"
    )


case(
    "size-folder-same-file-name-per-photo",
    f"{FN}/a1234567/Enceinte-Bluetooth-Boom-4-Bleu",
    page(
        FN,
        "CultureFnac",
        SPEAKER,
        pdp(fnac_gallery(), buybox(SPEAKER, "149,99 €", "fr")),
        lang="fr",
        trail=("Son", "Enceintes"),
    ),
    f"{FN_IMG}/1540-1/tsp20240312101010/{SPEAKER.replace(' ', '-')}.jpg",
)

DE = "https://www.bergwelt-sport.fr"
DE_IMG = "https://contents.bergwelt-media.com"
TENT2 = "Tente de camping MH100 3 places"


def decathlon() -> str:
    return (
        "<section class='product-gallery'><div class='product-gallery__brand'>"
        f"<img src='{DE}/assets/brands/brand-quechua-logo.svg' alt='QUECHUA' width='120' height='40'></div>"
        "<ul class='product-gallery__slides'>"
        + "".join(
            f"<li><img src='{DE_IMG}/{p}/k$8c7a6b5d4e3f2a1b0c9d8e7f6a5b4c3d/sq/tente-de-camping-mh100-3-places.jpg?format=auto&amp;f=800x0' "
            f"alt='{TENT2}' {'fetchpriority=high' if i == 0 else 'loading=lazy'}></li>"
            for i, p in enumerate(("p2436012", "p2436015", "p2436018"))
        )
        + "</ul></section>"
    )


case(
    "brand-logo-above-slides-id-folders",
    f"{DE}/p/tente-de-camping-mh100-3-places/_/R-p-301234",
    page(
        DE,
        "Bergwelt",
        TENT2,
        pdp(decathlon(), buybox(TENT2, "59,99 €", "fr")),
        lang="fr",
        trail=("Camping", "Tentes"),
    ),
    f"{DE_IMG}/p2436012/k$8c7a6b5d4e3f2a1b0c9d8e7f6a5b4c3d/sq/tente-de-camping-mh100-3-places.jpg?format=auto&f=800x0",
)

BO = "https://www.kooplein.nl"
BO_IMG = "https://media.kooplein-cdn.nl"
FRYER = "Airfryer XXL 7,3 L Zwart"


def bol_gallery() -> str:
    return (
        "<div class='product-image-content js_image_container'><ul class='filmstrip'>"
        + "".join(
            f"<li class='filmstrip__item'><button><img src='{BO_IMG}/{k}/124x124.jpg' alt='{FRYER}' width='62' height='62'></button></li>"
            for k in ("xYz1AbC2d3Ef", "gH4iJ5kL6mN7", "oP8qR9sT0uV1")
        )
        + f"</ul><div class='image-slot'><img class='js_selected_image has-zoom' src='{BO_IMG}/xYz1AbC2d3Ef/550x550.jpg' "
        f"data-zoom-image-url='{BO_IMG}/xYz1AbC2d3Ef/1200x1200.jpg' alt='{FRYER}'></div></div>"
    )


case(
    "size-as-file-name-filmstrip-first",
    f"{BO}/nl/nl/p/airfryer-xxl-7-3-l-zwart/9300000123456789/",
    page(
        BO,
        "Kooplein",
        FRYER,
        pdp(bol_gallery(), buybox(FRYER, "€ 199,-", "nl")),
        lang="nl",
        trail=("Keuken", "Airfryers"),
    ),
    f"{BO_IMG}/xYz1AbC2d3Ef/550x550.jpg",
    f"{BO_IMG}/xYz1AbC2d3Ef/1200x1200.jpg",
)

HM = "https://www2.fabrikmode.com"
HM_IMG = "https://image.fabrikmode.com/assets/fm"
SHIRT = "Relaxed Fit Oxford Shirt"


def hm_gallery() -> str:
    files = [
        "2b/3c/2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e.jpg",
        "4d/5e/4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70.jpg",
    ]
    return (
        "<div class='product-detail-main-image-container'>"
        + "".join(
            f"<figure class='pdp-image'><img src='{HM_IMG}/{f}?imwidth=657' srcset='{HM_IMG}/{f}?imwidth=396 396w, {HM_IMG}/{f}?imwidth=657 657w, "
            f"{HM_IMG}/{f}?imwidth=1260 1260w, {HM_IMG}/{f}?imwidth=2160 2160w' sizes='(max-width: 1024px) 100vw, 50vw' alt='{SHIRT} - Light blue - Men' "
            f"{'fetchpriority=high' if i == 0 else 'loading=lazy'}></figure>"
            for i, f in enumerate(files)
        )
        + "</div>"
    )


SHIRT_COLORS = (
    "<ul class='product-colors'>"
    + "".join(
        f"<li><a href='{HM}/en_gb/productpage.{c}.html' title='{t}'><img src='{HM_IMG}/{p}?imwidth=120' alt='{t}' width='60' height='90'></a></li>"
        for c, t, p in (
            ("1201234001", "Light blue", "9a/8b/9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b.jpg"),
            ("1201234002", "White", "1c/2d/1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d.jpg"),
        )
    )
    + "</ul>"
)
case(
    "hash-named-photos-colour-links-with-pictures",
    f"{HM}/en_gb/productpage.1201234001.html",
    page(
        HM,
        "Fabrik",
        SHIRT,
        pdp(hm_gallery(), buybox(SHIRT, "£24.99", extra=SHIRT_COLORS)),
        trail=("Men", "Shirts"),
    ),
    f"{HM_IMG}/2b/3c/2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e.jpg?imwidth=657",
)

MM = "https://www.elektromarkt.de"
MM_IMG = "https://assets.elektromarkt-cdn.de/isr/166325/c1/-"
PHONE = "Smartphone Galaxy A56 5G, 256 GB, Awesome Graphite"


def mm_gallery() -> str:
    return (
        "<div data-test='mms-product-gallery' class='sc-3f2ad5a1-0 kUCRgH'><div class='sc-3f2ad5a1-1'>"
        + "".join(
            f"<div class='sc-3f2ad5a1-2' data-test='mms-gallery-item'><picture><source srcset='{MM_IMG}/{a}/fee_786_587_png/SAMSUNG-A56.webp' type='image/webp'>"
            f"<img src='{MM_IMG}/{a}/fee_786_587_png/SAMSUNG-A56' alt='{PHONE}' {'' if i == 0 else 'loading=lazy'}></picture></div>"
            for i, a in enumerate(("ASSET_MMS_152014562", "ASSET_MMS_152014563"))
        )
        + "</div></div>"
    )


EL = (
    "<div data-test='mms-energy-efficiency'><button><img src='"
    + MM
    + "/static/energy/eek-label-B-2025.png' alt='Energieeffizienzklasse B' width='250' height='500'></button>"
    "<a href='/datenblatt.pdf'>Produktdatenblatt</a></div>"
)
case(
    "energy-label-png-in-buybox-styled-components-gallery",
    f"{MM}/de/product/_samsung-galaxy-a56-5g-256-gb-2951234.html",
    page(
        MM,
        "ElektroMarkt",
        PHONE,
        pdp(mm_gallery(), buybox(PHONE, "399,00 €", "de", extra=EL)),
        lang="de",
        trail=("Handy", "Smartphones"),
    ),
    f"{MM_IMG}/ASSET_MMS_152014562/fee_786_587_png/SAMSUNG-A56",
)

# ---- RTL ------------------------------------------------------------------------------------------------------

NO = "https://www.souqnova.com"
NO_IMG = "https://f.novacdn.com/p/pzsku"
AR_NAME = "سماعات رأس لاسلكية HX200 بخاصية إلغاء الضوضاء - أسود"


def rtl_gallery() -> str:
    return (
        "<div class='swiper swiper-rtl' dir='rtl'><div class='swiper-wrapper'>"
        + "".join(
            f"<div class='swiper-slide'><img src='{NO_IMG}/Z1A2B3C4D5E6F7/45/_/1712345678/{k}.jpg?format=avif&amp;width=800' alt='{AR_NAME}' "
            f"{'' if i == 0 else 'loading=lazy'}></div>"
            for i, k in enumerate(
                ("a1b2c3d4-e5f6-4789-8abc-def012345678", "b2c3d4e5-f6a7-4890-9bcd-ef0123456789")
            )
        )
        + "</div></div>"
    )


BNPL = (
    "<div class='bnpl'>"
    f"<img src='{NO}/static/bnpl/tabby-badge-ar.png' alt='tabby' width='320' height='80'>"
    f"<img src='{NO}/static/bnpl/tamara-banner-ar.png' alt='tamara' width='320' height='80'></div>"
)
case(
    "rtl-arabic-swiper-bnpl-banners",
    f"{NO}/saudi-ar/hx200-wireless-headphones/N53412345A/p/",
    page(
        NO,
        "SouqNova",
        AR_NAME,
        pdp(rtl_gallery(), buybox(AR_NAME, "899.00 ر.س", "ar", extra=BNPL)),
        lang="ar",
        rtl=True,
        trail=("إلكترونيات", "سماعات"),
    ),
    f"{NO_IMG}/Z1A2B3C4D5E6F7/45/_/1712345678/a1b2c3d4-e5f6-4789-8abc-def012345678.jpg?format=avif&width=800",
)

# ---- Japan, Korea, China ---------------------------------------------------------------------------------------

ZO = "https://zozo-style.jp"
ZO_IMG = "https://o.imgz-style.jp/1234/12345678"
JP_NAME = "【WEB限定】オーバーサイズ スウェット プルオーバー"


def zozo_gallery() -> str:
    thumbs = "".join(
        f"<li class='p-goods-thumbnail-list-item'><img src='{ZO_IMG}/12345678_{n}_D_125.jpg' alt='{JP_NAME}' width='60' height='72'></li>"
        for n in (8, 9, 10, 11)
    )
    return (
        f"<div class='p-goods-photo'><ul class='p-goods-thumbnail-list'>{thumbs}</ul>"
        f"<div class='p-goods-photo-main'><img src='{ZO_IMG}/12345678_8_D_500.jpg' alt='{JP_NAME}' width='500' height='600'></div></div>"
    )


case(
    "jp-thumbs-first-numeric-size-suffix",
    f"{ZO}/shop/brandx/goods/12345678/",
    page(
        ZO,
        "ZozoStyle",
        JP_NAME,
        pdp(zozo_gallery(), buybox(JP_NAME, "¥5,990", "ja"), "p-goods"),
        lang="ja",
        trail=("トップス", "スウェット"),
    ),
    f"{ZO_IMG}/12345678_8_D_500.jpg",
)

MU = "https://www.musinsa-mall.co.kr"
MU_IMG = "https://image.msscdn-mall.net/images/goods_img/20240315/3912345"
KO_NAME = "오버핏 코튼 후드 집업 멜란지 그레이"


def korean_detail() -> str:
    detail = "".join(
        f"<img src='https://image.msscdn-mall.net/images/prd_img/20240315/3912345/detail_3912345_17104{i}_500.jpg' alt='' width='860'>"
        for i in range(1, 7)
    )
    return (
        "<div class='product-img'><div class='product-img__main'>"
        f"<img id='bigimg' src='{MU_IMG}/3912345_17104123456789_500.jpg' alt='{KO_NAME}' width='500' height='600'></div>"
        "<ul class='product-img__thumbs'>"
        + "".join(
            f"<li><img src='{MU_IMG}/3912345_1710412345678{i}_60.jpg' alt='' width='60' height='72'></li>"
            for i in range(9, 6, -1)
        )
        + f"</ul></div><div class='detail-contents' id='detail_view'><h2>상품정보</h2>{detail}</div>"
    )


case(
    "kr-long-detail-images-below",
    f"{MU}/products/3912345",
    page(
        MU,
        "MusinsaMall",
        KO_NAME,
        f"<section class='product'>{korean_detail()}{buybox(KO_NAME, '59,000원', 'ko')}</section>",
        lang="ko",
        trail=("상의", "후드 집업"),
    ),
    f"{MU_IMG}/3912345_17104123456789_500.jpg",
)

VM = "https://www.huali-mall.cn"
VM_IMG = "https://res.huali-cdn.cn/pimages/product/6901443512345"
ZH_NAME = "华立 智能手表 Watch 5 Pro 46mm 钛金属 黑色"


def cn_gallery() -> str:
    desc = "".join(
        f"<img src='https://res.huali-cdn.cn/pimages/detail/6901443512345/desc_0{i}.jpg' alt=''>"
        for i in range(1, 6)
    )
    return (
        "<div class='product-gallery'><div class='product-gallery-big'>"
        + "".join(
            f"<img src='{VM_IMG}/428_428_{k}mp.png' alt='{ZH_NAME}' class='{'on' if i == 0 else ''}'>"
            for i, k in enumerate(("A1B2C3D4E5", "F6G7H8I9J0"))
        )
        + "</div><ul class='product-gallery-small'>"
        + "".join(
            f"<li><img src='{VM_IMG}/78_78_{k}mp.png' alt=''></li>" for k in ("A1B2C3D4E5", "F6G7H8I9J0")
        )
        + f"</ul></div><div class='product-detail-desc'>{desc}</div>"
    )


case(
    "cn-size-prefix-file-names-desc-images",
    f"{VM}/product/10086123456789.html",
    page(
        VM,
        "HualiMall",
        ZH_NAME,
        pdp(cn_gallery(), buybox(ZH_NAME, "¥2,488", "zh")),
        lang="zh",
        trail=("穿戴", "手表"),
    ),
    f"{VM_IMG}/428_428_A1B2C3D4E5mp.png",
)

YH = "https://store.yshop-mall.jp"
YH_IMG = "https://item-shopping.c.yimg-mall.jp/i"
JP2 = "ドラム式洗濯乾燥機 11kg 左開き ホワイト"


def yahoo_gallery() -> str:
    return (
        "<div class='elMain'><div class='elMainImage'>"
        f"<img src='{YH_IMG}/n/kaden-shop_4549980123456' alt='{JP2}' width='600' height='600'></div>"
        "<ul class='elThumbnails'>"
        + "".join(
            f"<li><img src='{YH_IMG}/c/kaden-shop_4549980123456{s}' alt='' width='80' height='80'></li>"
            for s in ("", "_1", "_2", "_3")
        )
        + "</ul></div>"
    )


case(
    "jp-extensionless-code-urls",
    f"{YH}/kaden-shop/4549980123456.html",
    page(
        YH,
        "YShopMall",
        JP2,
        pdp(yahoo_gallery(), buybox(JP2, "189,800円", "ja")),
        lang="ja",
        trail=("家電", "洗濯機"),
    ),
    f"{YH_IMG}/n/kaden-shop_4549980123456",
)

MC = "https://jp.mercato-c2c.com"
MC_IMG = "https://static.mercato-cdn.net"
JP3 = "ナイキ エアフォース1 27cm 美品"


def mercari() -> str:
    return (
        "<div data-testid='image-list'><div class='slick-list'>"
        + "".join(
            f"<div class='slick-slide' data-index='{i}'><div class='merItemThumbnail'><picture><source type='image/webp' "
            f"srcset='{MC_IMG}/item/detail/orig/photos/m12345678901_{i + 1}.jpg?1712345678&amp;format=webp'>"
            f"<img src='{MC_IMG}/item/detail/orig/photos/m12345678901_{i + 1}.jpg?1712345678' alt='{JP3}のサムネイル'></picture></div></div>"
            for i in range(3)
        )
        + "</div><div class='thumbnails'>"
        + "".join(
            f"<img src='{MC_IMG}/thumb/photos/m12345678901_{i + 1}.jpg?1712345678' alt='' width='64'>"
            for i in range(3)
        )
        + "</div></div>"
    )


case(
    "jp-c2c-alt-says-thumbnail",
    f"{MC}/item/m12345678901",
    page(
        MC,
        "Mercato",
        JP3,
        pdp(mercari(), buybox(JP3, "¥12,800", "ja")),
        lang="ja",
        trail=("メンズ", "スニーカー"),
    ),
    f"{MC_IMG}/item/detail/orig/photos/m12345678901_1.jpg?1712345678",
)

TK = "https://www.tokoria.co.id"
TK_IMG = "https://images.tokoria.net/img/cache"
ID_NAME = "Sepatu Lari Pria Velo Run 3 - Hitam Putih"


def tokopedia() -> str:
    return (
        "<div data-testid='PDPImageMain'><div class='css-1k04i9x'>"
        f"<img class='css-1c345mg' src='{TK_IMG}/700/VqbcmM/2024/3/15/7a1b2c3d-4e5f-6789-abcd-ef0123456789.jpg' alt='{ID_NAME}' crossorigin='anonymous'></div></div>"
        "<div data-testid='PDPImageThumbnail'>"
        + "".join(
            f"<div class='css-1bqlscn'><img src='{TK_IMG}/100-square/VqbcmM/2024/3/15/{k}.jpg.webp?ect=4g' alt='{ID_NAME}' width='64'></div>"
            for k in ("7a1b2c3d-4e5f-6789-abcd-ef0123456789", "8b2c3d4e-5f6a-7890-bcde-f01234567890")
        )
        + "</div>"
    )


case(
    "id-marketplace-main-then-cached-thumbs",
    f"{TK}/velostore/sepatu-lari-pria-velo-run-3-hitam-putih",
    page(
        TK,
        "Tokoria",
        ID_NAME,
        pdp(tokopedia(), buybox(ID_NAME, "Rp459.000")),
        trail=("Fashion Pria", "Sepatu"),
    ),
    f"{TK_IMG}/700/VqbcmM/2024/3/15/7a1b2c3d-4e5f-6789-abcd-ef0123456789.jpg",
)

# ---- structured image another size, crop or photo ---------------------------------------------------------------

SF = "https://www.alpencraft.com"
SF_IMG = f"{SF}/dw/image/v2/BFKB_PRD/on/demandware.static/-/Sites-alpencraft-master/default"
JACKET = "Stormline 3L Shell Jacket"


def sfcc(ids: list[str]) -> str:
    return (
        "<div class='primary-images col-12 col-sm-6'><div id='pdpCarousel-M12345' class='carousel slide' data-interval='0'>"
        "<div class='carousel-inner' role='listbox'>"
        + "".join(
            f"<div class='carousel-item{' active' if i == 0 else ''}'><img src='{SF_IMG}/{d}/images/large/M12345_{n}.jpg?sw=800&amp;sh=800&amp;sm=fit' "
            f"class='d-block img-fluid' alt='{JACKET}, Black, large' itemprop='image'></div>"
            for i, (d, n) in enumerate(zip(ids, ("001_a", "001_b", "001_c"), strict=True))
        )
        + "</div></div></div>"
    )


case(
    "sfcc-json-ld-image-is-a-campaign-photo",
    f"{SF}/en-us/stormline-3l-shell-jacket/M12345.html",
    page(
        SF,
        "Alpencraft",
        JACKET,
        "<div class='container product-detail product-wrapper' data-pid='M12345'><div class='row'>"
        + sfcc(["dw8a7b6c5d", "dw9b8c7d6e", "dw0c9d8e7f"])
        + buybox(JACKET, "$349.00")
        + "</div></div>",
        head=ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": JACKET,
                "image": [
                    f"{SF}/on/demandware.static/-/Library-Sites-alpencraft/default/campaign/FW25/stormline-campaign-hero.jpg"
                ],
                "offers": {"@type": "Offer", "price": "349.00", "priceCurrency": "USD"},
            }
        ),
        trail=("Men", "Jackets"),
    ),
    f"{SF_IMG}/dw8a7b6c5d/images/large/M12345_001_a.jpg?sw=800&sh=800&sm=fit",
)

case(
    "og-image-square-crop-of-first-photo-gallery-lazy",
    f"{SB}/products/chelsea-boot-waxed-suede",
    page(
        SB,
        "SaltAndBarrel",
        BOOT,
        pdp(
            f"<ul class='product__media-list'>{shopify_media(['CB-WS-01.jpg', 'CB-WS-02.jpg'], BOOT)}</ul>",
            buybox(BOOT, "$265.00"),
        ),
        head=og_image(f"http:{SBF}/CB-WS-01_1200x630_crop_center.jpg?v=1712"),
        above=HERO,
        trail=("Men", "Boots"),
    ),
    f"{SBF}/CB-WS-01.jpg?v=1712&width=1500",
    f"http:{SBF}/CB-WS-01_1200x630_crop_center.jpg?v=1712",
)

case(
    "og-image-site-default-and-nextjs-gallery",
    f"{NX}/products/hx200-black",
    page(
        NX,
        "Auralcraft",
        HX,
        pdp(nx_thumbs_first(), buybox(HX, "$249.00")),
        head=og_image(f"{NX}/og/auralcraft-default-share-1200x630.png"),
    ),
    *nx_ok(HX_FILES[0]),
)

DM = "https://www.dapperhome.co.uk"
SOFA = "Harlow 3 Seater Sofa, Boucle Oatmeal"


def magento_cache(files: list[str], hash_: str) -> str:
    return "".join(
        f"<div class='fotorama__stage__frame'><img src='{DM}/media/catalog/product/cache/{hash_}/h/a/{f}' class='fotorama__img' alt='{SOFA}'></div>"
        for f in files
    )


MG_INIT = (
    "<div class='gallery-placeholder _block-content-loading' data-gallery-role='gallery-placeholder'>"
    f"<img alt='main product photo' class='gallery-placeholder__image' src='{DM}/media/catalog/product/cache/4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d/h/a/harlow-3s-oatmeal-01.jpg'></div>"
)
case(
    "magento-placeholder-og-image-is-second-photo",
    f"{DM}/harlow-3-seater-sofa-boucle-oatmeal.html",
    page(
        DM,
        "DapperHome",
        SOFA,
        pdp(MG_INIT, buybox(SOFA, "£1,299.00"), "product-info-main-wrapper"),
        head=og_image(
            f"{DM}/media/catalog/product/cache/9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c/h/a/harlow-3s-oatmeal-lifestyle-02.jpg"
        ),
        trail=("Sofas", "3 Seater Sofas"),
    ),
    f"{DM}/media/catalog/product/cache/4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d/h/a/harlow-3s-oatmeal-01.jpg",
)

# ---- further kinds: pictures in links, sprites in the buy box, main last in a grid ----------------------------------

PS = "https://www.studiolinnea.se"
PS_NAME = "Linnea Ceramic Pendant Lamp 30 cm"


def photoswipe() -> str:
    return (
        "<div class='pswp-gallery' id='product-gallery'>"
        + "".join(
            f"<a href='{PS}/wp-content/uploads/2025/04/linnea-pendant-{i}.jpg' data-pswp-width='2400' data-pswp-height='2400' target='_blank'>"
            f"<img src='{PS}/wp-content/uploads/2025/04/linnea-pendant-{i}-150x150.jpg' alt='' width='150' height='150'></a>"
            for i in (1, 2, 3, 4)
        )
        + "</div>"
    )


case(
    "photoswipe-links-full-files-only-thumbs",
    f"{PS}/produkt/linnea-ceramic-pendant-30/",
    page(
        PS,
        "StudioLinnea",
        PS_NAME,
        pdp(photoswipe(), buybox(PS_NAME, "1 295 kr")),
        trail=("Lighting", "Pendants"),
    ),
    f"{PS}/wp-content/uploads/2025/04/linnea-pendant-1.jpg",
)

CS = "https://www.bulkbarn-club.com"
CS_IMG = "https://bfasset.bulkbarn-static.com/U447IH35/as"
TRAMP = "14 ft Trampoline with Enclosure and Ladder"


def costco() -> str:
    return (
        "<div class='product-image-container'><div class='member-badge'>"
        f"<img src='{CS}/wcsstore/CostcoGLOBALSAS/images/member-only-badge.png' alt='Member Only Item' width='240' height='60'></div>"
        f"<div id='productImageContainer'><img id='initialProductImage' class='img-responsive' src='{CS_IMG}/abc123/1234567-847__1?auto=webp&amp;format=jpg&amp;width=600&amp;height=600' "
        f"alt='{TRAMP}'></div><div class='thumbnail-carousel'>"
        + "".join(
            f"<img src='{CS_IMG}/abc12{i}/1234567-847__{i}?auto=webp&amp;format=jpg&amp;width=80&amp;height=80' alt='{TRAMP}, view {i}' width='80'>"
            for i in (1, 2, 3)
        )
        + "</div></div>"
    )


case(
    "member-badge-above-main-extensionless",
    f"{CS}/14-ft-trampoline-with-enclosure.product.1234567.html",
    page(CS, "BulkBarn", TRAMP, pdp(costco(), buybox(TRAMP, "$499.99")), trail=("Sports", "Trampolines")),
    f"{CS_IMG}/abc123/1234567-847__1?auto=webp&format=jpg&width=600&height=600",
)

SZ = "https://www.fitform.com"
SZ_NAME = "Seamless High-Rise Leggings"
SIZE_CHART = (
    "<details class='size-guide'><summary>Size guide</summary>"
    f"<img src='{SZ}/media/size-guides/leggings-size-chart-2025.png' alt='Leggings size chart' width='900' height='700'></details>"
)


def bg_main_gallery() -> str:
    return (
        "<div class='product-gallery'>"
        + "".join(
            f"<div class='product-gallery__slide' role='img' aria-label='{SZ_NAME}' "
            f"style='background-image:url({SZ}/media/products/SHR-LEG-BLK-0{i}.jpg)'></div>"
            for i in (1, 2, 3)
        )
        + "</div>"
    )


case(
    "css-background-slides-and-size-chart-img",
    f"{SZ}/products/seamless-high-rise-leggings",
    page(
        SZ,
        "FitForm",
        SZ_NAME,
        pdp(bg_main_gallery(), buybox(SZ_NAME, "$78.00", extra=SIZE_CHART)),
        trail=("Women", "Leggings"),
    ),
    f"{SZ}/media/products/SHR-LEG-BLK-01.jpg",
)

WF = "https://www.casawide.com"
WF_IMG = "https://assets.casawide-cdn.com/im"
RUG = "Aldridge Hand-Knotted Wool Area Rug, 8' x 10'"


def wf_gallery() -> str:
    return (
        "<div class='ProductDetailImageCarousel'><div class='ImageComponent'>"
        f"<img src='{WF_IMG}/52891471/resize-h800-w800%5Ecompr-r85/2418/241834812/Aldridge+Hand-Knotted+Wool+Area+Rug.jpg' "
        f"srcset='{WF_IMG}/52891471/resize-h1600-w1600%5Ecompr-r85/2418/241834812/Aldridge+Hand-Knotted+Wool+Area+Rug.jpg 2x' alt='{RUG}'></div>"
        "<div class='ProductDetailImageThumbnail'>"
        + "".join(
            f"<img src='{WF_IMG}/{n}/resize-h56-w56%5Ecompr-r85/2418/{k}/Aldridge+Hand-Knotted+Wool+Area+Rug.jpg' alt='' width='56'>"
            for n, k in (("52891471", "241834812"), ("11223344", "241834813"), ("55667788", "241834814"))
        )
        + "</div></div><div class='CustomerPhotos'><h3>Customer Photos</h3>"
        f"<img src='{WF_IMG}/99887766/resize-h400-w400%5Ecompr-r85/2418/241899001/Customer+Photo.jpg' alt='Customer photo' width='200'></div>"
    )


case(
    "transform-in-path-id-folders-customer-photos",
    f"{WF}/rugs/pdp/aldridge-hand-knotted-wool-area-rug-w004512345.html",
    page(WF, "CasaWide", RUG, pdp(wf_gallery(), buybox(RUG, "$1,149.99")), trail=("Rugs", "Area Rugs")),
    f"{WF_IMG}/52891471/resize-h800-w800%5Ecompr-r85/2418/241834812/Aldridge+Hand-Knotted+Wool+Area+Rug.jpg",
)


# ---- round 2 (written after round 1's first look, still before reading the image heuristics) ----------------------
# rendered snapshots of script carousels (loop clones first in the DOM), overlays inside the gallery, lazy
# attributes of carousel libraries, a client-rendered gallery whose photo is only preloaded, zoom viewers


def slick_loop(base: str, files: list[str], alt: str) -> str:
    """A slick carousel in infinite mode as the browser leaves it: a clone of the last slide first."""
    n = len(files)
    clone_first = (
        f"<div class='slick-slide slick-cloned' data-slick-index='-1' aria-hidden='true' tabindex='-1'>"
        f"<img src='{base}{files[-1]}' alt='{alt}'></div>"
    )
    real = "".join(
        f"<div class='slick-slide{' slick-current slick-active' if i == 0 else ''}' data-slick-index='{i}' "
        f"aria-hidden='{'false' if i == 0 else 'true'}'><img src='{base}{f}' alt='{alt}'></div>"
        for i, f in enumerate(files)
    )
    clones_after = "".join(
        f"<div class='slick-slide slick-cloned' data-slick-index='{n + i}' aria-hidden='true'><img src='{base}{f}' alt='{alt}'></div>"
        for i, f in enumerate(files)
    )
    return f"<div class='product-slider slick-initialized slick-slider'><div class='slick-list draggable'><div class='slick-track'>{clone_first}{real}{clones_after}</div></div></div>"


GR = "https://www.greenroomplants.com"
PLANT = "Monstera Deliciosa in Ceramic Pot, 60 cm"
case(
    "slick-loop-clone-of-last-slide-first",
    f"{GR}/products/monstera-deliciosa-60cm",
    page(
        GR,
        "GreenRoom",
        PLANT,
        pdp(
            slick_loop(
                GR,
                [
                    "/media/plants/MON-60-01.jpg",
                    "/media/plants/MON-60-02.jpg",
                    "/media/plants/MON-60-03-roots.jpg",
                ],
                PLANT,
            ),
            buybox(PLANT, "$89.00"),
        ),
        trail=("Plants", "Large plants"),
    ),
    f"{GR}/media/plants/MON-60-01.jpg",
)


def owl_loop(base: str, files: list[str], alt: str) -> str:
    items = [
        f"<div class='owl-item cloned' style='width: 540px;'><div class='item'><img src='{base}{f}' alt='{alt}'></div></div>"
        for f in files[-2:]
    ]
    items += [
        f"<div class='owl-item{' active' if i == 0 else ''}' style='width: 540px;'><div class='item'><img src='{base}{f}' alt='{alt}'></div></div>"
        for i, f in enumerate(files)
    ]
    items += [
        f"<div class='owl-item cloned' style='width: 540px;'><div class='item'><img src='{base}{f}' alt='{alt}'></div></div>"
        for f in files[:2]
    ]
    return f"<div id='product-images' class='owl-carousel owl-theme owl-loaded'><div class='owl-stage-outer'><div class='owl-stage'>{''.join(items)}</div></div><div class='owl-dots'></div></div>"


JW = "https://www.aurelia-jewels.it"
RING = "Anello Solitario in Oro Bianco 18kt con Diamante 0,30 ct"
case(
    "owl-loop-clones-of-last-slides-first",
    f"{JW}/it/anello-solitario-oro-bianco-0-30ct",
    page(
        JW,
        "Aurelia",
        RING,
        pdp(
            owl_loop(
                JW,
                [
                    "/img/p/1/2/3/123-large_default.jpg",
                    "/img/p/1/2/4/124-large_default.jpg",
                    "/img/p/1/2/5/125-large_default.jpg",
                ],
                RING,
            ),
            buybox(RING, "1.290,00 €"),
        ),
        trail=("Anelli", "Solitari"),
    ),
    f"{JW}/img/p/1/2/3/123-large_default.jpg",
)


def swiper_loop(base: str, files: list[str], alt: str) -> str:
    n = len(files)
    dup_first = f"<div class='swiper-slide swiper-slide-duplicate swiper-slide-prev' data-swiper-slide-index='{n - 1}'><img src='{base}{files[-1]}' alt='{alt}'></div>"
    real = "".join(
        f"<div class='swiper-slide{' swiper-slide-active' if i == 0 else ''}{' swiper-slide-next' if i == 1 else ''}' data-swiper-slide-index='{i}'>"
        f"<img src='{base}{f}' alt='{alt}'></div>"
        for i, f in enumerate(files)
    )
    dup_last = f"<div class='swiper-slide swiper-slide-duplicate' data-swiper-slide-index='0'><img src='{base}{files[0]}' alt='{alt}'></div>"
    return f"<div class='swiper product-gallery__slider swiper-initialized swiper-horizontal'><div class='swiper-wrapper'>{dup_first}{real}{dup_last}</div></div>"


KB = "https://www.kobo-kitchen.jp"
KNIFE = "三徳包丁 165mm VG10 ダマスカス 積層鋼"
case(
    "swiper-loop-duplicate-of-last-slide-first",
    f"{KB}/products/santoku-165-vg10",
    page(
        KB,
        "KoboKitchen",
        KNIFE,
        pdp(
            swiper_loop(
                KB,
                [
                    "/images/items/santoku165-main.jpg",
                    "/images/items/santoku165-blade.jpg",
                    "/images/items/santoku165-box.jpg",
                ],
                KNIFE,
            ),
            buybox(KNIFE, "¥18,700", "ja"),
        ),
        lang="ja",
        trail=("包丁", "三徳包丁"),
    ),
    f"{KB}/images/items/santoku165-main.jpg",
)

BADGES_OVER = (
    "<div class='product-gallery__badges'>"
    f"<img class='badge' src='{GR}/static/badges/bestseller-ribbon-2025.png' alt='Bestseller' width='120' height='120'>"
    f"<img class='badge' src='{GR}/static/badges/sale-minus-20.png' alt='-20%' width='96' height='96'></div>"
)
case(
    "badge-images-over-the-gallery-first",
    f"{GR}/products/monstera-deliciosa-60cm",
    page(
        GR,
        "GreenRoom",
        PLANT,
        pdp(
            "<div class='product-gallery'>"
            + BADGES_OVER
            + "".join(
                f"<div class='product-gallery__item'><img src='{GR}/media/plants/MON-60-0{i}.jpg' alt='' loading='lazy'></div>"
                for i in (1, 2)
            )
            + "</div>",
            buybox(PLANT, "$89.00"),
        ),
        trail=("Plants",),
    ),
    f"{GR}/media/plants/MON-60-01.jpg",
)

ZL = "https://www.modegasse.de"
ZL_IMG = "https://img01.modegasse-static.net/article/spp-media-p1"
SNEAKER = "Court Classic Sneaker low - white/black"
BRAND_OVER = f"<a class='brand-overlay' href='{ZL}/herren/court-classic/'><img src='{ZL}/brand-logos/court-classic-logo.png' alt='Court Classic' width='200' height='80'></a>"
case(
    "brand-logo-in-gallery-before-lazy-photos",
    f"{ZL}/court-classic-sneaker-low-white-black-cc112o0a1-a11.html",
    page(
        ZL,
        "Modegasse",
        SNEAKER,
        pdp(
            "<ul class='gallery-list'>"
            + BRAND_OVER
            + "".join(
                f"<li><button><img src='{ZL_IMG}/{k}/{k[:2]}.jpg?imwidth=1800' alt='{SNEAKER}' loading='lazy'></button></li>"
                for k in ("7f9a1b2c3d4e5f60a1b2c3d4e5f60718", "8a0b1c2d3e4f5061b2c3d4e5f6071829")
            )
            + "</ul>",
            buybox(SNEAKER, "89,95 €", "de"),
        ),
        lang="de",
        trail=("Herren", "Sneaker"),
    ),
    f"{ZL_IMG}/7f9a1b2c3d4e5f60a1b2c3d4e5f60718/7f.jpg?imwidth=1800",
)


def flickity(base: str, files: list[str], alt: str) -> str:
    return (
        "<div class='product-gallery js-flickity'>"
        + "".join(
            f"<div class='carousel-cell'><img data-flickity-lazyload-srcset='{base}{f}?w=720 720w, {base}{f}?w=1440 1440w' "
            f"data-flickity-lazyload-src='{base}{f}?w=1440' sizes='(min-width: 1024px) 50vw, 100vw' alt='{alt}'></div>"
            for f in files
        )
        + "</div>"
    )


case(
    "flickity-lazyload-attributes-only",
    f"{GR}/products/monstera-deliciosa-60cm",
    page(
        GR,
        "GreenRoom",
        PLANT,
        pdp(
            flickity(GR, ["/media/plants/MON-60-01.jpg", "/media/plants/MON-60-02.jpg"], PLANT),
            buybox(PLANT, "$89.00"),
        ),
    ),
    f"{GR}/media/plants/MON-60-01.jpg?w=1440",
)


def splide(base: str, files: list[str], alt: str) -> str:
    return (
        "<section class='splide product-splide' aria-label='Product images'><div class='splide__track'><ul class='splide__list'>"
        + "".join(
            f"<li class='splide__slide'><img src='{GIF1}' data-splide-lazy='{base}{f}' data-splide-lazy-srcset='{base}{f} 1x' alt='{alt}'></li>"
            for f in files
        )
        + "</ul></div></section>"
    )


case(
    "splide-lazy-attributes-gif-src",
    f"{JW}/it/anello-solitario-oro-bianco-0-30ct",
    page(
        JW,
        "Aurelia",
        RING,
        pdp(
            splide(JW, ["/img/p/1/2/3/123-large_default.jpg", "/img/p/1/2/4/124-large_default.jpg"], RING),
            buybox(RING, "1.290,00 €"),
        ),
    ),
    f"{JW}/img/p/1/2/3/123-large_default.jpg",
)

CSR_HEAD = (
    "<link rel='preload' as='image' fetchpriority='high' imagesrcset='"
    + ", ".join(
        f"/_next/image?url=%2Fimages%2Fproducts%2Fhx200-black-1.jpg&amp;w={w}&amp;q=75 {w}w"
        for w in (640, 1080, 1920, 3840)
    )
    + "' imagesizes='(max-width: 768px) 100vw, 50vw'>"
)
case(
    "client-rendered-gallery-only-preloaded",
    f"{NX}/products/hx200-black",
    page(
        NX,
        "Auralcraft",
        HX,
        pdp(
            "<div class='Gallery_root__a81Zs'><div class='Gallery_skeleton__pQ1 animate-pulse' aria-busy='true'></div></div>",
            buybox(HX, "$249.00"),
        ),
        head=CSR_HEAD,
    ),
    *nx_ok(HX_FILES[0]),
)

MZ = "https://www.outdoorgear-direct.co.uk"
STOVE = "Titanium Backpacking Stove with Piezo Igniter"


def magic_zoom() -> str:
    return (
        "<div class='MagicToolboxContainer'>"
        f"<a id='MagicZoomPlusImage-product-1' class='MagicZoom' href='{MZ}/media/catalog/product/t/i/ti-stove-01.jpg' "
        f"data-image-2x='{MZ}/media/catalog/product/t/i/ti-stove-01.jpg' data-options='zoomMode:magnifier;'>"
        f"<img src='{MZ}/media/catalog/product/cache/f1e2d3c4b5a697887766554433221100/t/i/ti-stove-01.jpg' alt='{STOVE}'></a>"
        "<div class='MagicToolboxSelectorsContainer'>"
        + "".join(
            f"<a data-zoom-id='MagicZoomPlusImage-product-1' href='{MZ}/media/catalog/product/t/i/ti-stove-0{i}.jpg' "
            f"data-image='{MZ}/media/catalog/product/cache/f1e2d3c4b5a697887766554433221100/t/i/ti-stove-0{i}.jpg'>"
            f"<img src='{MZ}/media/catalog/product/cache/0a9b8c7d6e5f40312233445566778899/t/i/ti-stove-0{i}.jpg' alt=''></a>"
            for i in (1, 2, 3)
        )
        + "</div></div>"
    )


case(
    "magic-zoom-plus-main-link-and-selectors",
    f"{MZ}/titanium-backpacking-stove.html",
    page(MZ, "OutdoorGear", STOVE, pdp(magic_zoom(), buybox(STOVE, "£54.99")), trail=("Cooking", "Stoves")),
    f"{MZ}/media/catalog/product/t/i/ti-stove-01.jpg",
)

PRS = "https://www.la-cave-du-sommelier.fr"
WINE = "Château Margaux 2015, Premier Grand Cru Classé, 75 cl"


def prestashop_zoom() -> str:
    return (
        "<div class='images-container js-images-container'><div class='product-cover'>"
        f"<img class='js-qv-product-cover img-fluid' src='{PRS}/4512-large_default/chateau-margaux-2015.jpg' alt='{WINE}' "
        f"title='{WINE}' loading='lazy' width='800' height='800'>"
        "<div class='layer hidden-sm-down' data-toggle='modal' data-target='#product-modal'><i class='material-icons zoom-in'>search</i></div></div>"
        "<div class='js-qv-mask mask'><ul class='product-images js-qv-product-images'>"
        + "".join(
            f"<li class='thumb-container js-thumb-container'><img class='thumb js-thumb{' selected js-thumb-selected' if n == 4512 else ''}' "
            f"data-image-medium-src='{PRS}/{n}-medium_default/chateau-margaux-2015.jpg' data-image-large-src='{PRS}/{n}-large_default/chateau-margaux-2015.jpg' "
            f"src='{PRS}/{n}-small_default/chateau-margaux-2015.jpg' alt='{WINE}' width='98' height='98'></li>"
            for n in (4512, 4513, 4514)
        )
        + "</ul></div></div>"
        "<div class='product-flags'><img src='"
        + PRS
        + "/modules/ratings/img/parker-98-points.png' alt='Parker 98/100' width='150' height='150'></div>"
    )


case(
    "prestashop-cover-id-folders-rating-seal",
    f"{PRS}/bordeaux/4512-chateau-margaux-2015.html",
    page(
        PRS,
        "CaveDuSommelier",
        WINE,
        pdp(prestashop_zoom(), buybox(WINE, "749,00 €", "fr")),
        lang="fr",
        trail=("Vins", "Bordeaux"),
    ),
    f"{PRS}/4512-large_default/chateau-margaux-2015.jpg",
)

case(
    "json-ld-image-lifestyle-photo-gallery-first-studio",
    f"{LH}/products/pleat-table-lamp",
    page(
        LH,
        "Lumenhaus",
        LAMP,
        pdp(
            "<div class='product-gallery'>"
            + "".join(
                f"<figure class='product-gallery__item'><img src='{IX}/PL-220-{i}.jpg?auto=format&amp;fit=max&amp;w=1400' alt='{LAMP}'></figure>"
                for i in (1, 2)
            )
            + "</div>",
            buybox(LAMP, "$189.00"),
        ),
        head=ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "name": LAMP,
                "image": f"{IX}/PL-220-lifestyle-livingroom.jpg",
                "offers": {"@type": "Offer", "price": 189, "priceCurrency": "USD"},
            }
        ),
    ),
    f"{IX}/PL-220-1.jpg?auto=format&fit=max&w=1400",
)

case(
    "og-lifestyle-photo-and-splide-lazy-gallery",
    f"{JW}/it/anello-solitario-oro-bianco-0-30ct",
    page(
        JW,
        "Aurelia",
        RING,
        pdp(
            splide(JW, ["/img/p/1/2/3/123-large_default.jpg", "/img/p/1/2/4/124-large_default.jpg"], RING),
            buybox(RING, "1.290,00 €"),
        ),
        head=og_image(f"{JW}/img/cms/campagna-sposa-2025-1200x630.jpg"),
    ),
    f"{JW}/img/p/1/2/3/123-large_default.jpg",
)

DR = "https://www.nordic-knit.dk"
SWEATER = "Fisherman Rib Wool Sweater, Natural"


def drift_zoom() -> str:
    return (
        "<div class='product-images'>"
        + "".join(
            f"<div class='product-images__item'><img class='drift-demo-trigger' src='{SVG_PH}' "
            f"data-zoom='{DR}/billeder/produkter/fisherman-rib-natural-{i}-2000.jpg' "
            f"data-hires='{DR}/billeder/produkter/fisherman-rib-natural-{i}-2000.jpg' alt='{SWEATER}'></div>"
            for i in (1, 2)
        )
        + "</div>"
    )


case(
    "drift-zoom-data-zoom-svg-placeholder",
    f"{DR}/produkt/fisherman-rib-wool-sweater-natural",
    page(
        DR,
        "NordicKnit",
        SWEATER,
        pdp(drift_zoom(), buybox(SWEATER, "1.199,00 kr.")),
        trail=("Strik", "Sweaters"),
    ),
    f"{DR}/billeder/produkter/fisherman-rib-natural-1-2000.jpg",
)


# ---- round 3 (written after reading crawler/heuristics/photos.py): what real galleries do that short
# test pages do not: 8-12 slides of heavy markup before the heading, alt texts on some slides only,
# colour swatches showing later photos, each without structured data


def dawn_heavy(
    files: list[str], alts: list[str], eager_first: bool = True, active_first: bool = False
) -> str:
    """A Dawn-like media list of `files` (alts per slide), each slide about 12 elements deep."""
    slides = "".join(
        f"<li id='Slide-template--main-{i}' class='product__media-item grid__item slider__slide{' is-active' if active_first and i == 0 else ''}' "
        f"data-media-id='template--main-{i}'><div class='product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height'>"
        "<modal-opener class='product__modal-opener product__modal-opener--image no-js-hidden' data-modal='#ProductModal'>"
        "<span class='product__media-icon motion-reduce quick-add-hidden' aria-hidden='true'><svg class='icon icon-plus' viewBox='0 0 19 19'><path d='M4.667 7.93l1.03-1.13'></path><path d='M8.75 4.5h1.5'></path></svg></span>"
        "<div class='loading__spinner hidden'><svg class='spinner' viewBox='0 0 66 66'><circle class='path' cx='33' cy='33' r='30'></circle></svg></div>"
        f"<div class='product__media media media--transparent'><img src='{SBF}/{f}?v=1712&amp;width=1946' alt='{a}' "
        f"srcset='{SBF}/{f}?v=1712&amp;width=493 493w, {SBF}/{f}?v=1712&amp;width=1206 1206w, {SBF}/{f}?v=1712&amp;width=1946 1946w' "
        f"width='1946' height='1946'{'' if eager_first and i == 0 else ' loading=lazy'} sizes='(min-width: 1200px) 715px, calc(100vw - 4rem)'></div>"
        f"<button class='product__media-toggle quick-add-hidden product__media-zoom-lightbox' type='button' aria-haspopup='dialog' data-media-id='{i}'>"
        f"<span class='visually-hidden'>Open media {i + 1} in modal</span></button></modal-opener></div></li>"
        for i, (f, a) in enumerate(zip(files, alts, strict=True))
    )
    return (
        "<div class='product__media-wrapper'><media-gallery id='MediaGallery-template--main' role='region' class='product__column-sticky' aria-label='Gallery Viewer'>"
        "<div id='GalleryStatus-template--main' class='visually-hidden' role='status'></div>"
        f"<slider-component id='GalleryViewer-template--main' class='slider-mobile-gutter'><ul id='Slider-Gallery-template--main' class='product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile'>{slides}</ul>"
        "<div class='slider-buttons quick-add-hidden small-hide'><button type='button' class='slider-button slider-button--prev' name='previous'></button>"
        "<div class='slider-counter caption'><span class='slider-counter--current'>1</span><span aria-hidden='true'> / </span><span class='slider-counter--total'>10</span></div>"
        "<button type='button' class='slider-button slider-button--next' name='next'></button></div></slider-component></media-gallery></div>"
    )


COAT2 = "Merino Wool Overcoat in Charcoal"
COAT_FILES = [f"MWO-CHA-{i:02d}.jpg" for i in range(1, 11)]
case(
    "ten-heavy-slides-no-alt-first-far-from-heading",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(dawn_heavy(COAT_FILES, [""] * 10), buybox(COAT2, "$395.00")),
        trail=("Men", "Coats"),
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1946",
)
case(
    "alt-text-on-later-slides-only",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(
            dawn_heavy(COAT_FILES[:5], ["", "", f"{COAT2} - back", f"{COAT2} - detail", ""]),
            buybox(COAT2, "$395.00"),
        ),
        trail=("Men", "Coats"),
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1946",
)
case(
    "first-alt-describes-the-scene-later-alt-names-product",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(
            dawn_heavy(
                COAT_FILES[:4],
                [
                    "Model walking on a rainy street in Brooklyn",
                    f"{COAT2}",
                    f"{COAT2} - back",
                    "Fabric close-up",
                ],
            ),
            buybox(COAT2, "$395.00"),
        ),
        trail=("Men", "Coats"),
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1946",
)
case(
    "ten-heavy-slides-lazy-all-alt-title",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(dawn_heavy(COAT_FILES, [COAT2] * 10, eager_first=False), buybox(COAT2, "$395.00")),
        trail=("Men", "Coats"),
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1946",
)

VARIANT_SWATCHES = (
    "<fieldset class='js product-form__input product-form__input--swatch'><legend class='form__label'>Color: <span>Charcoal</span></legend>"
    + "".join(
        f"<input type='radio' id='color-{c}' name='Color' value='{c}'{' checked' if c == 'Charcoal' else ''}>"
        f"<label for='color-{c}'><span class='swatch' style='--swatch--background: url({SBF}/{f}?v=1712&amp;width=50);'></span>"
        f"<img src='{SBF}/{f}?v=1712&amp;width=120' alt='{c}' width='60' height='60' class='variant-thumb'></label>"
        for c, f in (("Charcoal", "MWO-CHA-02.jpg"), ("Camel", "MWO-CAM-02.jpg"), ("Navy", "MWO-NAV-02.jpg"))
    )
    + "</fieldset>"
)
case(
    "variant-pictures-repeat-a-later-slide",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(dawn_heavy(COAT_FILES[:4], [""] * 4), buybox(COAT2, "$395.00", extra=VARIANT_SWATCHES)),
        trail=("Men", "Coats"),
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1946",
)


# ---- round 4 (after the row fix of round 3): more of what real galleries do, and its must-not-fire pages

IMAGE_WITH_TEXT = (
    "<section class='image-with-text section'><div class='image-with-text__grid grid'>"
    f"<div class='image-with-text__media-item'><div class='image-with-text__media media--adapt'>"
    f"<img src='{SBF}/MWO-editorial-rooftop.jpg?v=1712&amp;width=1500' alt='{COAT2}' width='1500' height='1500' loading='lazy'></div></div>"
    "<div class='image-with-text__text-item'><h2>Cut from Italian merino</h2><p>Woven in Biella, finished by hand.</p></div></div></section>"
)
case(
    "ten-heavy-slides-no-alt-then-image-with-text-alt-title",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(dawn_heavy(COAT_FILES, [""] * 10), buybox(COAT2, "$395.00")) + IMAGE_WITH_TEXT,
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1946",
)


def woo_gallery(files: list[str], alts: list[str]) -> str:
    return (
        "<div class='woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images' data-columns='4'>"
        "<div class='woocommerce-product-gallery__wrapper'>"
        + "".join(
            f"<div data-thumb='{WD}/uploads/2025/02/{f}-100x100.jpg' data-thumb-alt='{a}' class='woocommerce-product-gallery__image'>"
            f"<a href='{WD}/uploads/2025/02/{f}.jpg'><img width='600' height='600' src='{WD}/uploads/2025/02/{f}-600x600.jpg' "
            f"class='{'wp-post-image' if i == 0 else ''}' alt='{a}' title='{f}' data-caption='' data-src='{WD}/uploads/2025/02/{f}.jpg' "
            f"data-large_image='{WD}/uploads/2025/02/{f}.jpg' data-large_image_width='1600' data-large_image_height='1600'"
            f"{' fetchpriority=high' if i == 0 else ' loading=lazy'} decoding='async' "
            f"srcset='{WD}/uploads/2025/02/{f}-600x600.jpg 600w, {WD}/uploads/2025/02/{f}-300x300.jpg 300w, {WD}/uploads/2025/02/{f}.jpg 1600w' "
            "sizes='(max-width: 600px) 100vw, 600px'></a></div>"
            for i, (f, a) in enumerate(zip(files, alts, strict=True))
        )
        + "</div></div>"
    )


case(
    "woocommerce-featured-image-alt-empty-gallery-alts-title",
    f"{WD}/product/cedar-smoke-soy-candle/",
    page(
        WD,
        "WoodAndWick",
        CANDLE,
        pdp(
            woo_gallery(
                ["cedar-smoke-candle-01", "cedar-smoke-candle-02", "cedar-smoke-candle-03"],
                ["", "Cedar &amp; Smoke Soy Candle lit", "Cedar &amp; Smoke Soy Candle lid"],
            ),
            buybox(CANDLE, "$32.00"),
        ),
    ),
    f"{WD}/uploads/2025/02/cedar-smoke-candle-01.jpg",
)


def simple_row(files: list[str], alts: list[str], first: str = "") -> str:
    """A gallery row of `<li class='product-gallery__slide'>`; `first` replaces the first slide."""
    items = [
        f"<li class='product-gallery__slide'><img src='{SBF}/{f}?v=1712&amp;width=1200' alt='{a}' width='1200' height='1200'></li>"
        for f, a in zip(files, alts, strict=True)
    ]
    if first:
        items[0] = first
    return f"<ul class='product-gallery__slides'>{''.join(items)}</ul>"


VIDEO_FIRST = (
    "<li class='product-gallery__slide'><div class='product-gallery__video media-type-video'><deferred-media class='deferred-media'>"
    f"<button class='deferred-media__poster'><img src='{SBF}/MWO-video-still.jpg?v=1712&amp;width=1200' alt='' width='1200' height='675'></button>"
    "<template><video src='/videos/mwo.mp4'></video></template></deferred-media></div></li>"
)
keep(
    "row-video-first-alt-less-photos-with-alt",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(
            simple_row(["x.jpg", "MWO-CHA-01.jpg", "MWO-CHA-02.jpg"], ["", COAT2, COAT2], VIDEO_FIRST),
            buybox(COAT2, "$395.00"),
        ),
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1200",
)
case(
    "row-size-chart-first-then-alt-less-photo",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(
            simple_row(
                ["MWO-size-chart-2025.png", "MWO-CHA-01.jpg", "MWO-CHA-02.jpg"],
                ["Size chart", "", f"{COAT2} back"],
            ),
            buybox(COAT2, "$395.00"),
        ),
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1200",
)
keep(
    "row-later-slide-marked-shown-keeps-leading",
    f"{SB}/products/merino-wool-overcoat-charcoal?variant=4242",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(
            simple_row(["MWO-CAM-01.jpg", "MWO-CHA-01.jpg", "MWO-NAV-01.jpg"], [COAT2, "", ""]).replace(
                "<li class='product-gallery__slide'><img src='" + SBF + "/MWO-CHA-01",
                "<li class='product-gallery__slide is-selected'><img src='" + SBF + "/MWO-CHA-01",
            ),
            buybox(COAT2, "$395.00"),
        ),
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1200",
)
keep(
    "row-alt-less-colour-swatches-stay-options",
    f"{FJ}/products/isfjell-down-parka?color=olive",
    page(
        FJ,
        "Fjordwear",
        PARKA,
        pdp(
            f"<div class='pdp-slides'><div class='pdp-slide'><img src='{CL}/c_fill,w_900/v1712/products/PARKA-OLV-01.jpg' alt='{PARKA}' width='900' height='1200'></div>"
            f"<div class='pdp-slide'><img src='{CL}/c_fill,w_900/v1712/products/PARKA-OLV-02.jpg' alt='{PARKA}' width='900' height='1200'></div></div>",
            buybox(
                PARKA,
                "$429.00",
                extra=SWATCHES.replace("alt='Olive'", "alt=''").replace("alt='Navy'", "alt=''"),
            ),
        ),
    ),
    f"{CL}/c_fill,w_900/v1712/products/PARKA-OLV-01.jpg",
)
keep(
    "row-thumbs-with-alt-main-slides-alt-less",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(
            dawn_heavy(COAT_FILES[:3], [""] * 3)
            + "<ul class='thumbnail-list'>"
            + "".join(
                f"<li class='thumbnail-list__item'><button class='thumbnail'><img src='{SBF}/{f}?v=1712&amp;width=110' alt='{COAT2}' width='55' height='55'></button></li>"
                for f in COAT_FILES[:3]
            )
            + "</ul>",
            buybox(COAT2, "$395.00"),
        ),
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1946",
)
keep(
    "closed-quick-view-of-another-product-before-gallery",
    f"{SB}/products/chelsea-boot-waxed-suede",
    page(
        SB,
        "SaltAndBarrel",
        BOOT,
        pdp(
            f"<ul class='product__media-list'>{shopify_media(['CB-WS-01.jpg', 'CB-WS-02.jpg'], BOOT)}</ul>",
            buybox(BOOT, "$265.00"),
        ),
        above="<div class='upsell-strip'><a class='quick-view-button' href='#qv-1'>Quick view</a></div>"
        "<div class='quick-view-modal' id='qv-1' hidden><div class='quick-view-modal__media'>"
        f"<img src='{SBF}/DESERT-BOOT-01.jpg?v=1712&amp;width=1200' alt='{BOOT}' width='1200' height='1200'></div>"
        "<h2>Desert Boot in Waxed Suede</h2><span class='price'>$225.00</span></div>",
    ),
    f"{SBF}/CB-WS-01.jpg?v=1712&width=1500",
)
keep(
    "hero-banner-preloaded-gallery-present",
    f"{SB}/products/chelsea-boot-waxed-suede",
    page(
        SB,
        "SaltAndBarrel",
        BOOT,
        pdp(
            f"<ul class='product__media-list'>{shopify_media(['CB-WS-01.jpg', 'CB-WS-02.jpg'], BOOT)}</ul>",
            buybox(BOOT, "$265.00"),
        ),
        head=f"<link rel='preload' as='image' href='{SB}/cdn/shop/files/BF25_hero_desktop_2880x600.jpg?v=1732'>",
        above=HERO,
    ),
    f"{SBF}/CB-WS-01.jpg?v=1712&width=1500",
)


# ---- round 5 (after reading layout.py): semantic and page-builder wrappers around the gallery

case(
    "gallery-and-heading-in-an-article-header",
    f"{LH}/products/pleat-table-lamp",
    page(
        LH,
        "Lumenhaus",
        LAMP,
        "<article class='product-article'><header class='product-article__header'>"
        + "<figure class='product-article__figure'>"
        + "".join(
            f"<img src='{IX}/PL-220-{i}.jpg?auto=format&amp;w=1400' alt='' width='1400' height='1400'>"
            for i in (1, 2)
        )
        + f"</figure><h1 class='product-article__title'>{LAMP}</h1><p class='price'>$189.00</p></header>"
        + "<div class='product-article__body'><button type='submit'>Add to cart</button><p>Hand-pleated linen shade on a ceramic base.</p></div></article>",
    ),
    f"{IX}/PL-220-1.jpg?auto=format&w=1400",
)

case(
    "gallery-in-aside-beside-the-heading-section",
    f"{LH}/products/pleat-table-lamp",
    page(
        LH,
        "Lumenhaus",
        LAMP,
        "<div class='product-layout'><aside class='product-layout__media'><div class='product-gallery'>"
        + "".join(
            f"<img src='{IX}/PL-220-{i}.jpg?auto=format&amp;w=1400' alt='{LAMP}' width='1400' height='1400'>"
            for i in (1, 2)
        )
        + "</div></aside><section class='product-layout__info'>"
        + buybox(LAMP, "$189.00")
        + "</section></div>",
    ),
    f"{IX}/PL-220-1.jpg?auto=format&w=1400",
)


def elementor_carousel(files: list[str]) -> str:
    slides = "".join(
        f"<div class='swiper-slide' role='group' aria-roledescription='slide' aria-label='{i + 1} of {len(files)}'>"
        f"<figure class='swiper-slide-inner'><img decoding='async' class='swiper-slide-image' src='{WD}/uploads/2025/02/{f}' alt='{f.rsplit('.', 1)[0]}'></figure></div>"
        for i, f in enumerate(files)
    )
    return (
        "<div class='elementor-element elementor-element-5c1d2e3 elementor-widget elementor-widget-image-carousel' data-widget_type='image-carousel.default'>"
        f"<div class='elementor-widget-container'><div class='elementor-image-carousel-wrapper swiper' dir='ltr'><div class='elementor-image-carousel swiper-wrapper'>{slides}</div></div></div></div>"
    )


case(
    "elementor-image-carousel-widget-gallery",
    f"{WD}/product/cedar-smoke-soy-candle/",
    page(
        WD,
        "WoodAndWick",
        CANDLE,
        "<div data-elementor-type='product' class='elementor elementor-1234 product'><div class='elementor-container elementor-column-gap-default'>"
        "<div class='elementor-column elementor-col-50'><div class='elementor-widget-wrap'>"
        + elementor_carousel(
            ["cedar-smoke-candle-01.jpg", "cedar-smoke-candle-02.jpg", "cedar-smoke-candle-03.jpg"]
        )
        + "</div></div><div class='elementor-column elementor-col-50'><div class='elementor-widget-wrap'>"
        f"<div class='elementor-element elementor-widget elementor-widget-woocommerce-product-title elementor-page-title'><div class='elementor-widget-container'><h1 class='product_title entry-title elementor-heading-title'>{CANDLE}</h1></div></div>"
        "<div class='elementor-element elementor-widget elementor-widget-woocommerce-product-price'><div class='elementor-widget-container'><p class='price'><span class='woocommerce-Price-amount amount'>$32.00</span></p></div></div>"
        "<div class='elementor-element elementor-widget elementor-widget-woocommerce-product-add-to-cart'><div class='elementor-widget-container'><form class='cart'><button type='submit' name='add-to-cart' class='single_add_to_cart_button button'>Add to cart</button></form></div></div>"
        "</div></div></div></div>",
    ),
    f"{WD}/uploads/2025/02/cedar-smoke-candle-01.jpg",
)


keep(
    "row-hidden-variant-slides-first-alt-less",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(
            "<ul class='product-gallery__slides'>"
            + "".join(
                f"<li class='product-gallery__slide hide'><img src='{SBF}/{f}?v=1712&amp;width=1200' alt='' width='1200' height='1200'></li>"
                for f in ("MWO-CAM-01.jpg", "MWO-NAV-01.jpg")
            )
            + f"<li class='product-gallery__slide'><img src='{SBF}/MWO-CHA-01.jpg?v=1712&amp;width=1200' alt='{COAT2}' width='1200' height='1200'></li></ul>",
            buybox(COAT2, "$395.00"),
        ),
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1200",
)
case(
    "row-alt-on-later-slide-json-ld-first-photo",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(dawn_heavy(COAT_FILES[:4], ["", f"{COAT2} - back", "", ""]), buybox(COAT2, "$395.00")),
        head=ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": COAT2,
                "image": f"{SBF}/MWO-CHA-01.jpg?v=1712",
                "offers": {"@type": "Offer", "price": "395.00", "priceCurrency": "USD"},
            }
        ),
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1946",
)
case(
    "row-alt-on-later-slide-og-image-first-photo",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(dawn_heavy(COAT_FILES[:4], ["", "", f"{COAT2} - detail", ""]), buybox(COAT2, "$395.00")),
        head=og_image(f"http:{SBF}/MWO-CHA-01.jpg?v=1712"),
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1946",
)
keep(
    "dawn-real-dialog-modal-copies-after-gallery",
    f"{SB}/products/merino-wool-overcoat-charcoal",
    page(
        SB,
        "SaltAndBarrel",
        COAT2,
        pdp(dawn_heavy(COAT_FILES[:3], [COAT2] * 3), buybox(COAT2, "$395.00"))
        + "<product-modal id='ProductModal-template--main' class='product-media-modal media-modal'>"
        "<div class='product-media-modal__dialog' role='dialog' aria-label='Media gallery' aria-modal='true' tabindex='-1'>"
        "<div class='product-media-modal__content gradient' role='document' tabindex='0'>"
        + "".join(
            f"<img class='global-media-settings global-media-settings--no-shadow' src='{SBF}/{f}?v=1712&amp;width=3840' alt='{COAT2}' "
            "width='1100' height='1100' loading='lazy'>"
            for f in reversed(COAT_FILES[:3])
        )
        + "</div></div></product-modal>",
    ),
    f"{SBF}/MWO-CHA-01.jpg?v=1712&width=1946",
)


# ---- must-not-fire: ordinary galleries in the same chrome ------------------------------------------------------

keep(
    "plain-shopify-media-list-eager-first",
    f"{SB}/products/chelsea-boot-waxed-suede",
    page(
        SB,
        "SaltAndBarrel",
        BOOT,
        pdp(
            f"<ul class='product__media-list'>{shopify_media(['CB-WS-01.jpg', 'CB-WS-02.jpg'], BOOT, True)}</ul>",
            buybox(BOOT, "$265.00"),
        ),
    ),
    f"{SBF}/CB-WS-01.jpg?v=1712&width=1500",
)
keep(
    "plain-shopify-og-same-photo",
    f"{SB}/products/chelsea-boot-waxed-suede",
    page(
        SB,
        "SaltAndBarrel",
        BOOT,
        pdp(
            f"<ul class='product__media-list'>{shopify_media(['CB-WS-01.jpg', 'CB-WS-02.jpg'], BOOT, True)}</ul>",
            buybox(BOOT, "$265.00"),
        ),
        head=og_image(f"http:{SBF}/CB-WS-01.jpg?v=1712"),
    ),
    f"{SBF}/CB-WS-01.jpg?v=1712&width=1500",
)
keep(
    "plain-nextjs-main-before-thumbs",
    f"{NX}/products/hx200-black",
    page(NX, "Auralcraft", HX, pdp(nx_thumbs_first(main_first=True), buybox(HX, "$249.00"))),
    *nx_ok(HX_FILES[0]),
)
keep(
    "plain-sfcc-json-ld-same-photo-other-size",
    f"{SF}/en-us/stormline-3l-shell-jacket/M12345.html",
    page(
        SF,
        "Alpencraft",
        JACKET,
        "<div class='container product-detail product-wrapper' data-pid='M12345'><div class='row'>"
        + sfcc(["dw8a7b6c5d", "dw9b8c7d6e", "dw0c9d8e7f"])
        + buybox(JACKET, "$349.00")
        + "</div></div>",
        head=ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": JACKET,
                "image": [f"{SF_IMG}/dw8a7b6c5d/images/large/M12345_001_a.jpg?sw=1600"],
                "offers": {"@type": "Offer", "price": "349.00", "priceCurrency": "USD"},
            }
        ),
        trail=("Men", "Jackets"),
    ),
    f"{SF_IMG}/dw8a7b6c5d/images/large/M12345_001_a.jpg?sw=800&sh=800&sm=fit",
)
keep(
    "plain-magento-fotorama-stage",
    f"{DM}/harlow-3-seater-sofa-boucle-oatmeal.html",
    page(
        DM,
        "DapperHome",
        SOFA,
        pdp(
            "<div class='fotorama-item fotorama'><div class='fotorama__stage'>"
            + magento_cache(
                ["harlow-3s-oatmeal-01.jpg", "harlow-3s-oatmeal-02.jpg"], "4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d"
            )
            + "</div></div>",
            buybox(SOFA, "£1,299.00"),
        ),
        trail=("Sofas",),
    ),
    f"{DM}/media/catalog/product/cache/4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d/h/a/harlow-3s-oatmeal-01.jpg",
)
keep(
    "plain-photo-first-video-second",
    f"{TG}/p/stand-mixer-5-5qt-sage-green/-/A-89123456",
    page(TG, "BrightCart", MIXER, pdp(tg_gallery(), buybox(MIXER, "$279.99"))),
    f"{TG_IMG}/GUEST_1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718?wid=600&hei=600&qlt=80",
)
keep(
    "plain-woocommerce-flexslider",
    f"{WD}/product/cedar-smoke-soy-candle/",
    page(
        WD,
        "WoodAndWick",
        CANDLE,
        pdp(
            "<div class='woocommerce-product-gallery woocommerce-product-gallery--with-images images'><div class='woocommerce-product-gallery__wrapper'>"
            + "".join(
                f"<div data-thumb='{WD}/uploads/2025/02/cedar-smoke-candle-0{i}-100x100.jpg' class='woocommerce-product-gallery__image'>"
                f"<a href='{WD}/uploads/2025/02/cedar-smoke-candle-0{i}.jpg'><img width='600' height='600' src='{WD}/uploads/2025/02/cedar-smoke-candle-0{i}-600x600.jpg' "
                f"class='{'wp-post-image' if i == 1 else ''}' alt='' data-large_image='{WD}/uploads/2025/02/cedar-smoke-candle-0{i}.jpg'></a></div>"
                for i in (1, 2)
            )
            + "</div></div>",
            buybox(CANDLE, "$32.00"),
        ),
    ),
    f"{WD}/uploads/2025/02/cedar-smoke-candle-01.jpg",
)
keep(
    "plain-jp-main-before-thumbs",
    f"{ZO}/shop/brandx/goods/12345678/",
    page(
        ZO,
        "ZozoStyle",
        JP_NAME,
        pdp(
            f"<div class='p-goods-photo'><div class='p-goods-photo-main'><img src='{ZO_IMG}/12345678_8_D_500.jpg' alt='{JP_NAME}' width='500' height='600'></div>"
            + "<ul class='p-goods-thumbnail-list'>"
            + "".join(
                f"<li><img src='{ZO_IMG}/12345678_{n}_D_125.jpg' alt='{JP_NAME}' width='60' height='72'></li>"
                for n in (8, 9)
            )
            + "</ul></div>",
            buybox(JP_NAME, "¥5,990", "ja"),
        ),
        lang="ja",
    ),
    f"{ZO_IMG}/12345678_8_D_500.jpg",
)
keep(
    "plain-kr-few-detail-images",
    f"{MU}/products/3912345",
    page(
        MU,
        "MusinsaMall",
        KO_NAME,
        pdp(
            f"<div class='product-img'><img src='{MU_IMG}/3912345_17104123456789_500.jpg' alt='{KO_NAME}' width='500'></div>",
            buybox(KO_NAME, "59,000원", "ko"),
        )
        + "<div class='detail-contents'><img src='https://image.msscdn-mall.net/images/prd_img/20240315/3912345/detail_size_500.jpg' alt='' width='860'></div>",
        lang="ko",
    ),
    f"{MU_IMG}/3912345_17104123456789_500.jpg",
)
keep(
    "plain-rtl-single-photo",
    f"{NO}/saudi-ar/hx200-wireless-headphones/N53412345A/p/",
    page(
        NO,
        "SouqNova",
        AR_NAME,
        pdp(rtl_gallery(), buybox(AR_NAME, "899.00 ر.س", "ar")),
        lang="ar",
        rtl=True,
    ),
    f"{NO_IMG}/Z1A2B3C4D5E6F7/45/_/1712345678/a1b2c3d4-e5f6-4789-8abc-def012345678.jpg?format=avif&width=800",
)
keep(
    "plain-media-grid-eager-first",
    f"{IK}/us/en/p/poaeng-armchair-birch-veneer-knisa-light-beige-s39240815/",
    page(IK, "Hemma", CHAIR, pdp(media_grid(), buybox(CHAIR, "$149.00")), below=""),
    f"{IK}/us/en/images/products/poang-armchair-birch-veneer-knisa-light-beige__0571500_pe666933_s5.jpg?f=s",
)
keep(
    "plain-imgix-no-og",
    f"{LH}/products/pleat-table-lamp",
    page(
        LH,
        "Lumenhaus",
        LAMP,
        pdp(
            "<div class='product-gallery'>"
            + "".join(
                f"<figure class='product-gallery__item'><img src='{IX}/PL-220-{i}.jpg?auto=format&amp;fit=max&amp;w=1400' alt='{LAMP}'></figure>"
                for i in (1, 2)
            )
            + "</div>",
            buybox(LAMP, "$189.00"),
        ),
    ),
    f"{IX}/PL-220-1.jpg?auto=format&fit=max&w=1400",
)
keep(
    "plain-cloudinary-gallery-first-swatches-after",
    f"{FJ}/products/isfjell-down-parka?color=olive",
    page(FJ, "Fjordwear", PARKA, pdp(cloudinary_gallery(False), buybox(PARKA, "$429.00", extra=SWATCHES))),
    f"{CL}/c_fill,w_900/v1712/products/PARKA-OLV-01.jpg",
)
keep(
    "plain-amplience-img-real-src",
    f"{NL}/women/coats/wool-blend-wrap-coat/AB1234.html",
    page(
        NL,
        "Northloom",
        COAT,
        pdp(
            "<ul class='pdp-carousel'>"
            + "".join(
                amplience_slide(c, COAT).replace(GIF1, f"{AMP_CDN}/{c}?w=600&amp;fmt=auto")
                for c in ("AB1234_01", "AB1234_02")
            )
            + "</ul>",
            buybox(COAT, "£189.00"),
        ),
    ),
    f"{AMP_CDN}/AB1234_01?w=1200&fmt=auto",
)
keep(
    "plain-scene7-main-first",
    f"{BF}/product/organic-cotton-bath-towel-set/4412093",
    page(
        BF,
        "Brookfield",
        TOWEL,
        pdp(
            f"<div class='pdp-media'><div class='pdp-main-image'><img src='{S7}/4412093_001?$pdp_main$' alt='{TOWEL}' width='1000' height='1000'></div>"
            + "<ul class='pdp-thumbs'>"
            + "".join(
                f"<li><img src='{S7}/4412093_{n}?$pdp_thumb$' alt='' width='64'></li>" for n in ("001", "002")
            )
            + "</ul></div>",
            buybox(TOWEL, "$64.99"),
        ),
    ),
    f"{S7}/4412093_001?$pdp_main$",
)
keep(
    "plain-nuxt-real-src-slides",
    f"{NU}/p/steinzeug-schale-salbei-PB4410",
    page(
        NU,
        "PebbleOak",
        BOWL,
        pdp(
            "<div class='pdp-gallery'><div class='swiper'><div class='swiper-wrapper'>"
            + "".join(
                f"<div class='swiper-slide'><img src='{NU_CDN}/PB-4410-0{i}.jpg' alt='{BOWL}'></div>"
                for i in (1, 2)
            )
            + "</div></div></div>",
            buybox(BOWL, "24,95 €", "de"),
        ),
        lang="de",
    ),
    f"{NU_CDN}/PB-4410-01.jpg",
)


# a slide whose words name neither the product nor a chart takes its row's evidence (photos._own_words,
# the lead's fix of first-alt-describes-the-scene-later-alt-names-product, stop 35). Checked against
# f03332e (before the rule): the size-chart and all-scene pages passed then and are must-not-fire
# (`keep`); the measuring-diagram and stopword pages failed then as the scene page did (`case`)
for _add, _id, _alts, _files, _want in (
    # a size chart first, named so in German (alt and file): no photo, the next slide leads
    (
        keep,
        "scene-rule-german-size-chart-first",
        ["Größentabelle Herren Mäntel", COAT2, f"{COAT2} - back"],
        ["groessentabelle-herren-maentel.png", "MWO-CHA-01.jpg", "MWO-CHA-02.jpg"],
        "MWO-CHA-01.jpg",
    ),
    # a measuring diagram first ("How to measure"), its file named so
    (
        case,
        "scene-rule-how-to-measure-first",
        ["How to measure your chest and sleeve", "Fabric close-up", f"{COAT2} - front"],
        ["how-to-measure-coats.jpg", "MWO-CHA-01.jpg", "MWO-CHA-02.jpg"],
        "MWO-CHA-01.jpg",
    ),
    # every slide's alt describes a scene: the first leads as a wordless gallery's first does
    (
        keep,
        "scene-rule-all-scene-alts",
        ["On the ferry at dawn", "Detail of the collar", "Walking the dog"],
        ["MWO-CHA-01.jpg", "MWO-CHA-02.jpg", "MWO-CHA-03.jpg"],
        "MWO-CHA-01.jpg",
    ),
    # one stopword of the title ("in") among eight scene words is no naming: the first still leads
    (
        case,
        "scene-rule-stopword-overlap-first",
        ["Model standing in the rain in the city", COAT2, f"{COAT2} - side"],
        ["MWO-CHA-01.jpg", "MWO-CHA-02.jpg", "MWO-CHA-03.jpg"],
        "MWO-CHA-01.jpg",
    ),
):
    _add(
        _id,
        f"{SB}/products/merino-wool-overcoat-charcoal",
        page(
            SB,
            "SaltAndBarrel",
            COAT2,
            pdp(dawn_heavy(_files, _alts), buybox(COAT2, "$395.00")),
            trail=("Men", "Coats"),
        ),
        f"{SBF}/{_want}?v=1712&width=1946",
    )


# ---- cases left failing ----------------------------------------------------------------------------------------

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("c", case_params(CASES, XFAIL))
def test_main_image(c: Case) -> None:
    wrong = mistake(c)
    assert not wrong, wrong


@pytest.mark.parametrize("c", case_params(NOT_FIRE))
def test_ordinary_galleries_keep_reading(c: Case) -> None:
    wrong = mistake(c)
    assert not wrong, wrong


def test_review_counts() -> None:
    assert len(CASES) >= 40 and len(NOT_FIRE) >= 15
