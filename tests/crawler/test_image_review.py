"""Adversarial review of the main image (and, second, the title) on realistic product pages.

Held-out main image F1 0.875 and title 0.938 are knockoff's weakest fields. Each case is a small but
realistic product page written from how shops and marketplaces render them, with what a buyer
takes for the product's main picture (the large photo the gallery shows first or as selected, not a
thumbnail, a video poster, a size chart, a social card, a swatch, a banner or another product's
card) and the product's name. Written before reading the image and title heuristics.

The image is compared as benchmarks.bench_extraction compares it (`image_match`: size variants of
one file name are equal) unless the case is `strict`: then the URL itself must be one of those
given (scheme aside), because the size or the folder the file is served from is what the case is
about (a 48x48 thumbnail of the right photo is no main image for the matcher downstream).

97 page cases (`CASES`): galleries whose first slide is a video poster, a size chart, a 360° icon or a
YouTube thumbnail; thumbnail strips before the main picture; og:image a site-wide share card or a
default picture; a JSON-LD image list opening on a swatch or a campaign banner; `<picture>` sources
beside a tiny `<img>`; lazy attributes (data-zoom-image, data-large_image, data-old-hires,
data-a-dynamic-image, data-lazy-srcset, `{width}` templates, noscript); CSS backgrounds; `<base href>`;
CDN sizes in the query, the path and the file name; the URL's variant; sponsored and recently-viewed
cards above the product; marketplaces without structured data (Amazon, Mercado Libre, Coupang,
Rakuten, Tmall, Taobao, Zalando, Allegro, Flipkart, Shopee, eBay, Walmart, JD); titles padded for
search engines, breadcrumbs, a brand-only h1, a category h1, a cookie dialog's h1, a variant suffix;
and 7 ordinary pages (`plain-*`) where the answer was right.

First look (rounds 1 and 2 run against the code before any change here, commit 6819dee):

- Round 1 (56 cases, before reading the heuristics): 7 failed. A video poster first (the photo
  slide after the first won on its shorter alt text; the first slide loads eagerly, the others
  `loading="lazy"`), a Dawn gallery's "is-active" slide that is not the first (its BEM names
  "product__media-item" were no gallery names; the og:image, the first variant's, won), a
  `<picture>` whose `<img>` is a 40 px fallback (no image at all: the `<img>` was dropped as an icon
  with its sources), a ProductGroup's image kept over the image of the variant the URL's
  `variant=` names, "Buy NAME Online at Best Price in India" taken as a fuller name, a gallery only in
  a JSON script named `id="gallery-data"` (no image), and a variant suffix in the h1 (my label:
  the code keeps the shown variant's name by design, `extract._variant_shown`; relabelled).
- Round 2 (12 cases, after the first look, before reading the heuristics): 2 failed. Fancybox links
  to the large file around 120 px thumbnails (the thumbnail taken), and a picture with no alt text
  and no gallery names whose file name spells the product (no image).
- Round 3 (13 cases, written after reading the heuristics, run against the fixes of rounds 1-2): 1
  failed, a brand's mark linking to the brand's listing above the photo (its alt, the brand, all
  title words).
- Round 4 (10 cases after that commit, 99c69ff: mobile and desktop h1s, a sold-out badge in the
  h1, a mega menu's h1, "complete the look" cards above, a video slide, press logos, lazy `<picture>`
  sources, a 3D model's poster, a Japanese 【】 title, colour links): 1 failed, a video slide's
  still named "product-media__poster" (a product-image name) beating the photo after it.
- Round 5 (6 title cases: a `<br>` and unspaced spans between brand and name, an h1 in WordPress's
  entry header, a shop tagline h1, a category chain in the `<title>`, a quick-view dialog's h1):
  none failed.

So 11 of 97 at first look, 10 kinds fixed and one label corrected; nothing left failing (`XFAIL` is
empty). Each fix has must-not-fire cases (`NOT_FIRE`, 29 pages, each passing before and after
unless named "fires-": those fail before and pass after). Dev dump (342 runs, against the same
tree with the heuristics at 6819dee): 1 differs, pages_market/shopify_productgroup_jsonld.html: its
Dawn gallery ("product__media-list") now reads as a gallery, so the page's own copy of the
structured photo leads ("ridge-flask-slate.jpg?width=1946" for JSON-LD's "?width=1920"; same
photo); round 4's fix changed none. Train split of bench_extraction: price/title/image
1.0/1.0/0.917 before and after, market 78 of 78.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import pytest

from benchmarks.bench_extraction import image_match, title_match
from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    title: str
    images: tuple[str, ...]  # acceptable main-image URLs (absolute)
    strict: bool = False  # the URL itself, not only its file name, must be one of `images`


CASES: list[Case] = []


def case(id: str, url: str, html: str, title: str, *images: str, strict: bool = False) -> None:
    CASES.append(Case(id, url, html, title, images, strict))


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def og(props: dict[str, str]) -> str:
    return "".join(f'<meta property="{k}" content="{v}">' for k, v in props.items())


HEADER = (
    "<header class='site-header'><div class='announcement-bar'>Free shipping on orders over $75</div>"
    "<a href='/' class='site-header__logo'><img src='/cdn/shop/files/logo_220x.png' alt='Northwind Supply'></a>"
    "<nav class='site-nav'><a href='/collections/new'>New</a> <a href='/collections/sale'>Sale</a></nav>"
    "<a href='/cart' class='site-header__cart'>Cart (0)</a></header>"
)
FOOTER = (
    "<footer class='site-footer'><ul class='payment-icons'><li><img src='/cdn/shop/t/4/assets/visa.svg' "
    "alt='Visa'></li><li><img src='/cdn/shop/t/4/assets/paypal.svg' alt='PayPal'></li></ul>"
    "<p>&copy; 2026 Northwind Supply</p></footer>"
)


def page(body: str, title: str, head: str = "", lang: str = "en-US", header: str = HEADER) -> str:
    """A whole page: `<title>` as given, extra `head` markup, header, `body`, footer."""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{head}"
        f"</head><body>{header}<main id='MainContent'>{body}</main>{FOOTER}</body></html>"
    )


def buy(name: str, price: str = "$48.00", extra: str = "", button: str = "Add to cart") -> str:
    """A buy box: h1 name, price, extra markup, quantity and add-to-cart button."""
    return (
        f"<div class='product__info'><h1 class='product__title'>{name}</h1>"
        f"<div class='price'><span class='price-item price-item--regular'>{price}</span></div>{extra}"
        "<form action='/cart/add' method='post' class='product-form'><input type='hidden' name='id' value='1'>"
        "<input type='number' name='quantity' value='1'>"
        f"<button type='submit' name='add' class='product-form__submit button'>{button}</button></form>"
        "<div class='product__description'><p>Built to last, easy to care for.</p></div></div>"
    )


S = "https://www.northwind.example"
CDN = "https://cdn.northwind.example"


# ---- galleries and carousels --------------------------------------------------------------------

case(
    "carousel-video-poster-first",
    f"{S}/products/trail-runner-3",
    page(
        "<div class='product-gallery swiper'><div class='swiper-wrapper'>"
        "<div class='swiper-slide product-gallery__slide product-gallery__slide--video'>"
        f"<video controls playsinline poster='{CDN}/media/trail-runner-3-video-poster.jpg' preload='none'>"
        f"<source src='{CDN}/media/trail-runner-3-360.mp4' type='video/mp4'></video></div>"
        f"<div class='swiper-slide product-gallery__slide'><img src='{CDN}/media/trail-runner-3-side-blue.jpg?width=1200' "
        "alt='Trail Runner 3 side view' width='1200' height='1200'></div>"
        f"<div class='swiper-slide product-gallery__slide'><img src='{CDN}/media/trail-runner-3-sole.jpg?width=1200' "
        "alt='Trail Runner 3 sole' loading='lazy'></div></div></div>" + buy("Trail Runner 3", "$129.00"),
        "Trail Runner 3 | Northwind Supply",
    ),
    "Trail Runner 3",
    f"{CDN}/media/trail-runner-3-side-blue.jpg?width=1200",
)

case(
    "carousel-size-chart-first",
    f"{S}/products/boxy-tee-organic",
    page(
        "<div class='product-media'><div class='slick-slider product-media__slider'>"
        "<div class='slick-slide'><img src='/cdn/shop/files/size-chart-tops-unisex.png?v=1690000000' "
        "alt='Size chart' class='product-media__img'></div>"
        "<div class='slick-slide slick-current slick-active'><img src='/cdn/shop/files/boxy-tee-organic-oat-front.jpg?v=1690000001' "
        "alt='Boxy Tee - Oat' class='product-media__img'></div>"
        "<div class='slick-slide'><img src='/cdn/shop/files/boxy-tee-organic-oat-back.jpg?v=1690000001' "
        "alt='Boxy Tee - Oat back' class='product-media__img'></div></div></div>"
        + buy("Boxy Tee (Organic Cotton)", "$34.00"),
        "Boxy Tee (Organic Cotton) – Northwind Supply",
    ),
    "Boxy Tee (Organic Cotton)",
    f"{S}/cdn/shop/files/boxy-tee-organic-oat-front.jpg?v=1690000001",
)

case(
    "thumbs-strip-before-main",
    f"{S}/p/ceramic-pour-over-set-2291",
    page(
        "<div class='pdp-gallery'><ul class='pdp-gallery__thumbs' role='tablist'>"
        f"<li class='is-active'><button><img src='{CDN}/img/2291/thumb/pour-over-set-a.jpg' width='72' height='72' alt=''></button></li>"
        f"<li><button><img src='{CDN}/img/2291/thumb/pour-over-set-b.jpg' width='72' height='72' alt=''></button></li>"
        f"<li><button><img src='{CDN}/img/2291/thumb/pour-over-set-c.jpg' width='72' height='72' alt=''></button></li></ul>"
        f"<div class='pdp-gallery__stage'><img class='pdp-gallery__main' src='{CDN}/img/2291/large/pour-over-set-a.jpg' "
        "width='900' height='900' alt='Ceramic Pour-Over Set'></div></div>"
        + buy("Ceramic Pour-Over Set", "$62.00"),
        "Ceramic Pour-Over Set | Northwind Supply",
    ),
    "Ceramic Pour-Over Set",
    f"{CDN}/img/2291/large/pour-over-set-a.jpg",
    strict=True,
)

case(
    "active-slide-not-first",
    f"{S}/products/wool-beanie?variant=40112233445566",
    page(
        "<div class='product__media-list'>"
        f"<div class='product__media-item' data-media-id='111'><img src='{CDN}/files/wool-beanie-rust.jpg?width=800' alt='Wool Beanie Rust'></div>"
        f"<div class='product__media-item is-active' data-media-id='222'><img src='{CDN}/files/wool-beanie-forest.jpg?width=800' alt='Wool Beanie Forest'></div>"
        f"<div class='product__media-item' data-media-id='333'><img src='{CDN}/files/wool-beanie-charcoal.jpg?width=800' alt='Wool Beanie Charcoal'></div>"
        "</div>"
        + buy(
            "Wool Beanie",
            "$28.00",
            "<select name='id'><option value='40112233445500'>Rust</option>"
            "<option value='40112233445566' selected>Forest</option><option value='40112233445577'>Charcoal</option></select>",
        ),
        "Wool Beanie – Northwind Supply",
        og({"og:image": f"{CDN}/files/wool-beanie-rust.jpg", "og:title": "Wool Beanie"}),
    ),
    "Wool Beanie",
    f"{CDN}/files/wool-beanie-forest.jpg?width=800",
)

# ---- og:image and JSON-LD pictures that are not the product --------------------------------------

case(
    "og-site-social-card",
    f"{S}/p/linen-duvet-cover-queen",
    page(
        "<div class='product-images'><img src='/images/products/linen-duvet-cover-queen-natural-1.jpg' "
        "alt='Linen Duvet Cover Queen natural' width='1000' height='1250'></div>"
        + buy("Linen Duvet Cover – Queen", "$189.00"),
        "Linen Duvet Cover – Queen | Northwind Supply",
        og(
            {
                "og:type": "website",
                "og:title": "Northwind Supply – Home goods made well",
                "og:image": f"{S}/static/social/northwind-share-card-1200x630.png",
            }
        ),
    ),
    "Linen Duvet Cover – Queen",
    f"{S}/images/products/linen-duvet-cover-queen-natural-1.jpg",
)

case(
    "og-default-image-name",
    f"{S}/item/8841/insulated-bottle-750ml",
    page(
        "<div class='gallery'><img class='gallery__image' src='/media/8841/insulated-bottle-750ml-sage.jpg' "
        "alt='Insulated Bottle 750 ml'></div>" + buy("Insulated Bottle 750 ml", "$32.00"),
        "Insulated Bottle 750 ml - Northwind Supply",
        og({"og:image": f"{S}/assets/images/og-default.jpg", "og:title": "Insulated Bottle 750 ml"}),
    ),
    "Insulated Bottle 750 ml",
    f"{S}/media/8841/insulated-bottle-750ml-sage.jpg",
)

case(
    "ld-first-image-swatch",
    f"{S}/products/down-parka-navy",
    page(
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Down Parka",
                "image": [
                    f"{CDN}/files/swatch-navy-64x64.png",
                    f"{CDN}/files/down-parka-navy-front.jpg",
                    f"{CDN}/files/down-parka-navy-back.jpg",
                ],
                "offers": {"@type": "Offer", "price": "289.00", "priceCurrency": "USD"},
            }
        )
        + f"<div class='product-gallery'><img src='{CDN}/files/down-parka-navy-front.jpg?width=1100' alt='Down Parka Navy'>"
        f"<img src='{CDN}/files/down-parka-navy-back.jpg?width=1100' alt='Down Parka back' loading='lazy'></div>"
        + buy("Down Parka", "$289.00"),
        "Down Parka | Northwind Supply",
    ),
    "Down Parka",
    f"{CDN}/files/down-parka-navy-front.jpg",
)

case(
    "ld-first-image-campaign-banner",
    f"{S}/products/rain-shell-jacket",
    page(
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Rain Shell Jacket",
                "image": [
                    f"{CDN}/files/fw26-campaign-banner-2400x800.jpg",
                    f"{CDN}/files/rain-shell-jacket-olive-1.jpg",
                ],
                "offers": {"@type": "Offer", "price": "149.00", "priceCurrency": "USD"},
            }
        )
        + f"<div class='product-gallery'><img src='{CDN}/files/rain-shell-jacket-olive-1.jpg?width=1000' alt='Rain Shell Jacket'>"
        f"<img src='{CDN}/files/rain-shell-jacket-olive-2.jpg?width=1000' alt='' loading='lazy'></div>"
        + buy("Rain Shell Jacket", "$149.00"),
        "Rain Shell Jacket | Northwind Supply",
    ),
    "Rain Shell Jacket",
    f"{CDN}/files/rain-shell-jacket-olive-1.jpg",
)

# ---- picture, srcset and lazy attributes ---------------------------------------------------------

case(
    "picture-source-tiny-img-fallback",
    f"{S}/products/stand-mixer-5qt",
    page(
        "<div class='product-hero'><picture>"
        f"<source type='image/avif' srcset='{CDN}/img/stand-mixer-5qt-red-600.avif 600w, {CDN}/img/stand-mixer-5qt-red-1200.avif 1200w' sizes='50vw'>"
        f"<source type='image/webp' srcset='{CDN}/img/stand-mixer-5qt-red-600.webp 600w, {CDN}/img/stand-mixer-5qt-red-1200.webp 1200w' sizes='50vw'>"
        f"<img src='{CDN}/img/stand-mixer-5qt-red-40.jpg' width='40' height='40' alt='Stand Mixer 5 qt'>"
        "</picture></div>" + buy("Stand Mixer 5 qt", "$399.00"),
        "Stand Mixer 5 qt | Northwind Supply",
    ),
    "Stand Mixer 5 qt",
    f"{CDN}/img/stand-mixer-5qt-red-1200.webp",
    f"{CDN}/img/stand-mixer-5qt-red-1200.avif",
    f"{CDN}/img/stand-mixer-5qt-red-600.webp",
    f"{CDN}/img/stand-mixer-5qt-red-600.avif",
    strict=True,
)

case(
    "zoom-image-over-spinner",
    f"{S}/index.php?route=product/product&product_id=512",
    page(
        "<div class='product-image-main'><img id='zoom_01' src='/catalog/view/theme/default/image/loading.gif' "
        "data-zoom-image='/image/cache/catalog/products/desk-lamp-brass-1000x1000.jpg' alt='Brass Desk Lamp'></div>"
        + buy("Brass Desk Lamp", "$84.00"),
        "Brass Desk Lamp",
    ),
    "Brass Desk Lamp",
    f"{S}/image/cache/catalog/products/desk-lamp-brass-1000x1000.jpg",
)

case(
    "woocommerce-large-image",
    f"{S}/product/walnut-serving-board/",
    page(
        "<div class='woocommerce-product-gallery woocommerce-product-gallery--with-images images'>"
        "<div class='woocommerce-product-gallery__wrapper'>"
        f"<div data-thumb='{S}/wp-content/uploads/2025/03/walnut-serving-board-100x100.jpg' class='woocommerce-product-gallery__image'>"
        f"<a href='{S}/wp-content/uploads/2025/03/walnut-serving-board.jpg'><img width='600' height='600' "
        f"src='{S}/wp-content/uploads/2025/03/walnut-serving-board-600x600.jpg' class='wp-post-image' alt='' "
        f"data-src='{S}/wp-content/uploads/2025/03/walnut-serving-board.jpg' "
        f"data-large_image='{S}/wp-content/uploads/2025/03/walnut-serving-board.jpg' data-large_image_width='1600' "
        f"data-large_image_height='1600' srcset='{S}/wp-content/uploads/2025/03/walnut-serving-board-600x600.jpg 600w, "
        f"{S}/wp-content/uploads/2025/03/walnut-serving-board-300x300.jpg 300w, "
        f"{S}/wp-content/uploads/2025/03/walnut-serving-board-100x100.jpg 100w' sizes='(max-width: 600px) 100vw, 600px'></a></div>"
        "</div></div><div class='summary entry-summary'><h1 class='product_title entry-title'>Walnut Serving Board</h1>"
        "<p class='price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>$</span>56.00</bdi></span></p>"
        "<form class='cart'><button type='submit' name='add-to-cart' value='77' class='single_add_to_cart_button button alt'>Add to cart</button></form></div>",
        "Walnut Serving Board – Northwind Supply",
    ),
    "Walnut Serving Board",
    f"{S}/wp-content/uploads/2025/03/walnut-serving-board.jpg",
    f"{S}/wp-content/uploads/2025/03/walnut-serving-board-600x600.jpg",
    strict=True,
)

case(
    "lazy-placeholder-data-lazy-srcset",
    f"{S}/products/field-notebook-3pack",
    page(
        "<div class='product-single__media'><img class='lazyload' loading='lazy' "
        "src='/cdn/shop/t/4/assets/product-placeholder.svg' "
        "data-lazy-srcset='/cdn/shop/products/field-notebook-3pack_360x.jpg 360w, /cdn/shop/products/field-notebook-3pack_720x.jpg 720w, "
        "/cdn/shop/products/field-notebook-3pack_1080x.jpg 1080w' alt='Field Notebook 3-Pack'></div>"
        + buy("Field Notebook 3-Pack", "$14.00"),
        "Field Notebook 3-Pack – Northwind Supply",
    ),
    "Field Notebook 3-Pack",
    f"{S}/cdn/shop/products/field-notebook-3pack_1080x.jpg",
)

case(
    "background-image-div",
    f"{S}/shop/p/ceramic-planter-large",
    page(
        "<div class='ProductItem-gallery'><div class='ProductItem-gallery-slides'>"
        "<div class='ProductItem-gallery-slides-item' style=\"background-image: url('https://images.northwind.example/content/v1/5f1a/ceramic-planter-large-white.jpg?format=1500w'); background-size: cover\"></div>"
        "</div></div>" + buy("Ceramic Planter, Large", "$78.00"),
        "Ceramic Planter, Large — Northwind Supply",
    ),
    "Ceramic Planter, Large",
    "https://images.northwind.example/content/v1/5f1a/ceramic-planter-large-white.jpg?format=1500w",
)

case(
    "noscript-fallback-only",
    f"{S}/products/leather-card-holder",
    page(
        "<div class='product-photo-container'><img class='lazyload product-featured-img' "
        "data-src='//cdn.northwind.example/s/files/1/0123/products/leather-card-holder-tan_{width}x.jpg?v=1700' "
        "data-widths='[180, 360, 540, 720, 900]' data-aspectratio='1.0' alt='Leather Card Holder'>"
        "<noscript><img src='//cdn.northwind.example/s/files/1/0123/products/leather-card-holder-tan_530x@2x.jpg?v=1700' "
        "alt='Leather Card Holder'></noscript></div>" + buy("Leather Card Holder", "$45.00"),
        "Leather Card Holder – Northwind Supply",
    ),
    "Leather Card Holder",
    "https://cdn.northwind.example/s/files/1/0123/products/leather-card-holder-tan_530x@2x.jpg?v=1700",
)

case(
    "base-href-relative",
    "https://www.kettlehaus.example/de/p/wasserkocher-edelstahl-17l",
    "<!DOCTYPE html><html lang='de-DE'><head><meta charset='utf-8'><base href='https://static.kettlehaus.example/katalog/'>"
    "<title>Wasserkocher Edelstahl 1,7 l | Kettlehaus</title></head><body>"
    "<header><a href='https://www.kettlehaus.example/'><img src='logo/kettlehaus.svg' alt='Kettlehaus'></a></header>"
    "<main><div class='produktbild'><img src='bilder/gross/wasserkocher-edelstahl-17l-01.jpg' alt='Wasserkocher Edelstahl 1,7 l'></div>"
    "<div class='produktinfo'><h1>Wasserkocher Edelstahl 1,7 l</h1><div class='preis'>49,99 €</div>"
    "<button class='btn-warenkorb' type='submit'>In den Warenkorb</button></div></main></body></html>",
    "Wasserkocher Edelstahl 1,7 l",
    "https://static.kettlehaus.example/katalog/bilder/gross/wasserkocher-edelstahl-17l-01.jpg",
    strict=True,
)

case(
    "protocol-relative-main",
    f"{S}/products/cast-iron-skillet-10",
    page(
        "<div class='product-single__photos'><img src='//cdn.northwind.example/s/files/1/0123/products/cast-iron-skillet-10in_1024x1024.jpg?v=1690' "
        "alt='Cast Iron Skillet 10 in'></div>" + buy("Cast Iron Skillet 10 in", "$39.00"),
        "Cast Iron Skillet 10 in – Northwind Supply",
    ),
    "Cast Iron Skillet 10 in",
    "https://cdn.northwind.example/s/files/1/0123/products/cast-iron-skillet-10in_1024x1024.jpg?v=1690",
    strict=True,
)

case(
    "srcset-small-src-large-candidates",
    f"{S}/products/canvas-tote",
    page(
        "<div class='product-gallery'><img src='https://img.northwind.example/canvas-tote-natural.jpg?w=80' "
        "srcset='https://img.northwind.example/canvas-tote-natural.jpg?w=80 80w, https://img.northwind.example/canvas-tote-natural.jpg?w=800 800w, "
        "https://img.northwind.example/canvas-tote-natural.jpg?w=1600 1600w' sizes='(min-width: 990px) 50vw, 100vw' alt='Canvas Tote'></div>"
        + buy("Canvas Tote", "$38.00"),
        "Canvas Tote – Northwind Supply",
    ),
    "Canvas Tote",
    "https://img.northwind.example/canvas-tote-natural.jpg?w=800",
    "https://img.northwind.example/canvas-tote-natural.jpg?w=1600",
    strict=True,
)

case(
    "size-suffix-thumb-and-zoom",
    f"{S}/products/enamel-mug",
    page(
        "<div class='product__photo'><a href='//cdn.northwind.example/s/files/1/0123/products/enamel-mug-white_2048x2048.jpg' class='zoom-link'>"
        "<img src='//cdn.northwind.example/s/files/1/0123/products/enamel-mug-white_100x100.jpg' alt='Enamel Mug' "
        "data-zoom='//cdn.northwind.example/s/files/1/0123/products/enamel-mug-white_2048x2048.jpg'></a></div>"
        + buy("Enamel Mug", "$18.00"),
        "Enamel Mug – Northwind Supply",
    ),
    "Enamel Mug",
    "https://cdn.northwind.example/s/files/1/0123/products/enamel-mug-white_2048x2048.jpg",
    strict=True,
)

case(
    "variant-image-from-hasvariant",
    f"{S}/products/merino-crew?variant=4455667788",
    page(
        ld(
            {
                "@context": "https://schema.org/",
                "@type": "ProductGroup",
                "name": "Merino Crew Sweater",
                "productGroupID": "7788",
                "image": f"{CDN}/files/merino-crew-navy.jpg",
                "hasVariant": [
                    {
                        "@type": "Product",
                        "name": "Merino Crew Sweater - Navy",
                        "sku": "MCS-NVY",
                        "image": f"{CDN}/files/merino-crew-navy.jpg",
                        "offers": {
                            "@type": "Offer",
                            "price": "98.00",
                            "priceCurrency": "USD",
                            "url": f"{S}/products/merino-crew?variant=4455667700",
                        },
                    },
                    {
                        "@type": "Product",
                        "name": "Merino Crew Sweater - Oatmeal",
                        "sku": "MCS-OAT",
                        "image": f"{CDN}/files/merino-crew-oatmeal.jpg",
                        "offers": {
                            "@type": "Offer",
                            "price": "98.00",
                            "priceCurrency": "USD",
                            "url": f"{S}/products/merino-crew?variant=4455667788",
                        },
                    },
                ],
            }
        )
        + f"<div class='product__media-list'><img src='{CDN}/files/merino-crew-oatmeal.jpg?width=900' alt='Merino Crew Sweater Oatmeal'>"
        f"<img src='{CDN}/files/merino-crew-navy.jpg?width=900' alt='Merino Crew Sweater Navy' loading='lazy'></div>"
        + buy("Merino Crew Sweater", "$98.00"),
        "Merino Crew Sweater – Northwind Supply",
    ),
    "Merino Crew Sweater",
    f"{CDN}/files/merino-crew-oatmeal.jpg",
)

case(
    "sponsored-cards-above-main",
    f"{S}/p/cordless-drill-20v-kit",
    page(
        "<section class='sponsored-products' aria-label='Sponsored'><h2>Sponsored</h2><ul>"
        "<li class='product-card'><a href='/p/impact-driver-18v'><img src='/img/products/impact-driver-18v-card.jpg' alt='Impact Driver 18V'>"
        "<span class='product-card__title'>Impact Driver 18V</span></a><span class='product-card__price'>$89.00</span></li>"
        "<li class='product-card'><a href='/p/drill-bit-set-50'><img src='/img/products/drill-bit-set-50-card.jpg' alt='Drill Bit Set 50 pc'>"
        "<span class='product-card__title'>Drill Bit Set 50 pc</span></a><span class='product-card__price'>$24.99</span></li>"
        "</ul></section>"
        "<div class='pdp'><div class='pdp-media'><img src='/img/products/cordless-drill-20v-kit-main.jpg' alt='Cordless Drill 20V Kit' width='800'></div>"
        + buy("Cordless Drill 20V Kit", "$149.00")
        + "</div>",
        "Cordless Drill 20V Kit | Northwind Supply",
    ),
    "Cordless Drill 20V Kit",
    f"{S}/img/products/cordless-drill-20v-kit-main.jpg",
)

case(
    "recently-viewed-above-main",
    f"{S}/p/bamboo-cutting-board",
    page(
        "<div class='recently-viewed'><h3>Recently viewed</h3><div class='rv-item'><a href='/p/chef-knife-8'>"
        "<img src='/img/p/chef-knife-8-400.jpg' alt='Chef Knife 8 in'></a><a href='/p/chef-knife-8'>Chef Knife 8 in</a>"
        "<span class='price'>$59.00</span></div></div>"
        "<div class='product-detail'><div class='product-detail__image'><img src='/img/p/bamboo-cutting-board-1200.jpg' alt='Bamboo Cutting Board'></div>"
        + buy("Bamboo Cutting Board", "$29.00")
        + "</div>",
        "Bamboo Cutting Board | Northwind Supply",
    ),
    "Bamboo Cutting Board",
    f"{S}/img/p/bamboo-cutting-board-1200.jpg",
)

# ---- marketplaces without structured data -------------------------------------------------------

AMZ_IMG = "https://m.media-amazon.example/images/I"
case(
    "amazon-alt-images-before-landing",
    "https://www.amazon.example/Acme-Electric-Kettle-Stainless/dp/B0C1KTL123",
    "<!DOCTYPE html><html lang='en-us'><head><meta charset='utf-8'>"
    "<title>Amazon.example: Acme Electric Kettle 1.7L Stainless Steel, Auto Shut-Off : Home &amp; Kitchen</title></head><body>"
    "<div id='nav-belt'><a id='nav-logo-sprites' href='/'>Amazon</a></div>"
    "<div id='dp-container'><div id='leftCol'><div id='altImages'><ul class='a-unordered-list'>"
    f"<li class='a-spacing-small item imageThumbnail'><span class='a-button-text'><img alt='' src='{AMZ_IMG}/41xKtlFront._AC_US40_.jpg'></span></li>"
    f"<li class='a-spacing-small item imageThumbnail'><span class='a-button-text'><img alt='' src='{AMZ_IMG}/41yKtlSide._AC_US40_.jpg'></span></li>"
    f"<li class='a-spacing-small item videoThumbnail'><span class='a-button-text'><img alt='' src='{AMZ_IMG}/A1vidPoster._SS40_BG85,85,85_BR-120_PKdp-play-icon-overlay__.jpg'></span></li>"
    "</ul></div><div id='main-image-container'><ul><li class='image item itemNo0 maintain-height selected'>"
    "<div id='imgTagWrapperId' class='imgTagWrapper'>"
    f"<img alt='Acme Electric Kettle 1.7L Stainless Steel' src='{AMZ_IMG}/71xKtlFront._AC_SX425_.jpg' "
    f"data-old-hires='{AMZ_IMG}/71xKtlFront._AC_SL1500_.jpg' id='landingImage' "
    f'data-a-dynamic-image=\'{{"{AMZ_IMG}/71xKtlFront._AC_SX425_.jpg":[425,425],"{AMZ_IMG}/71xKtlFront._AC_SX679_.jpg":[679,679],"{AMZ_IMG}/71xKtlFront._AC_SX569_.jpg":[569,569]}}\'>'
    "</div></li></ul></div></div><div id='centerCol'><div id='titleSection'><h1 id='title' class='a-size-large a-spacing-none'>"
    "<span id='productTitle' class='a-size-large product-title-word-break'>        Acme Electric Kettle 1.7L Stainless Steel, Auto Shut-Off       </span></h1></div>"
    "<a id='bylineInfo' href='/stores/Acme'>Visit the Acme Store</a>"
    "<div id='corePrice_feature_div'><span class='a-price aok-align-center'><span class='a-offscreen'>$34.99</span>"
    "<span aria-hidden='true'><span class='a-price-symbol'>$</span><span class='a-price-whole'>34<span class='a-price-decimal'>.</span></span>"
    "<span class='a-price-fraction'>99</span></span></span></div></div>"
    "<div id='rightCol'><div id='availability'><span class='a-size-medium a-color-success'>In Stock</span></div>"
    "<input type='submit' id='add-to-cart-button' name='submit.add-to-cart' value='Add to Cart'></div></div></body></html>",
    "Acme Electric Kettle 1.7L Stainless Steel, Auto Shut-Off",
    f"{AMZ_IMG}/71xKtlFront._AC_SL1500_.jpg",
    f"{AMZ_IMG}/71xKtlFront._AC_SX679_.jpg",
    f"{AMZ_IMG}/71xKtlFront._AC_SX569_.jpg",
    f"{AMZ_IMG}/71xKtlFront._AC_SX425_.jpg",
    strict=True,
)

ML = "https://http2.mlstatic.example"
case(
    "mercadolibre-gallery",
    "https://articulo.mercadolibre.example/MLA-1423456789-zapatillas-running-vento-pro-hombre-_JM",
    "<!DOCTYPE html><html lang='es-AR'><head><meta charset='utf-8'>"
    "<title>Zapatillas Running Vento Pro Hombre | MercadoLibre</title></head><body>"
    "<header class='nav-header'><a class='nav-logo' href='/'>Mercado Libre</a></header>"
    "<div class='ui-pdp-container'><div class='ui-pdp-gallery'><div class='ui-pdp-gallery__column'>"
    "<span class='ui-pdp-gallery__wrapper'><input type='radio' id='gallery-thumbnail-1' checked>"
    f"<label class='ui-pdp-gallery__label' for='gallery-thumbnail-1'><div class='ui-pdp-thumbnail__picture'>"
    f"<img width='44' height='44' src='{ML}/D_Q_NP_812345-MLA74512345678_022024-R.webp' class='ui-pdp-image' alt=''></div></label>"
    f"<figure class='ui-pdp-gallery__figure'><img data-zoom='{ML}/D_NQ_NP_2X_812345-MLA74512345678_022024-F.webp' "
    f"width='500' height='500' src='{ML}/D_NQ_NP_812345-MLA74512345678_022024-O.webp' "
    "class='ui-pdp-image ui-pdp-gallery__figure__image' alt='Zapatillas Running Vento Pro Hombre'></figure></span>"
    "<span class='ui-pdp-gallery__wrapper'><input type='radio' id='gallery-thumbnail-2'>"
    f"<label class='ui-pdp-gallery__label' for='gallery-thumbnail-2'><img width='44' height='44' src='{ML}/D_Q_NP_654321-MLA74512345679_022024-R.webp' alt=''></label>"
    f"<figure class='ui-pdp-gallery__figure'><img data-src='{ML}/D_NQ_NP_654321-MLA74512345679_022024-O.webp' "
    "src='data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==' class='ui-pdp-image lazy-loadable' alt=''></figure></span>"
    "</div></div><div class='ui-pdp-container__col'><div class='ui-pdp-header'><span class='ui-pdp-subtitle'>Nuevo  |  +1000 vendidos</span>"
    "<h1 class='ui-pdp-title'>Zapatillas Running Vento Pro Hombre</h1></div>"
    "<div class='ui-pdp-price__second-line'><span class='andes-money-amount ui-pdp-price__part andes-money-amount--cents-superscript' "
    "itemprop='offers'><span class='andes-visually-hidden'>45999 pesos</span><span class='andes-money-amount__currency-symbol'>$</span>"
    "<span class='andes-money-amount__fraction'>45.999</span></span></div>"
    "<button class='andes-button andes-button--large andes-button--loud'><span class='andes-button__content'>Comprar ahora</span></button>"
    "</div></div></body></html>",
    "Zapatillas Running Vento Pro Hombre",
    f"{ML}/D_NQ_NP_812345-MLA74512345678_022024-O.webp",
    f"{ML}/D_NQ_NP_2X_812345-MLA74512345678_022024-F.webp",
)

CP = "https://thumbnail6.coupangcdn.example/thumbnails/remote"
case(
    "coupang-h2-title-path-size",
    "https://www.coupang.example/vp/products/7123456789?itemId=18123456789&vendorItemId=85123456789",
    "<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'>"
    "<title>한빛 무선 청소기 HV-500 화이트 - 무선청소기 | 쿠팡</title></head><body>"
    "<header id='header'><h1 class='coupang-logo'><a href='/'><img src='//image7.coupangcdn.example/image/coupang/common/logo_coupang_w350.png' alt='쿠팡'></a></h1></header>"
    "<div class='prod-atf'><div class='prod-image'><div class='prod-image__items'>"
    f"<div class='prod-image__item prod-image__item--active'><img src='{CP}/48x48ex/image/retail/images/2024/05/13/11/2/7a1b2c3d-hv500-white.jpg' alt=''></div>"
    f"<div class='prod-image__item'><img src='{CP}/48x48ex/image/retail/images/2024/05/13/11/2/9f8e7d6c-hv500-side.jpg' alt=''></div></div>"
    f"<div class='prod-image__detail-wrap'><img class='prod-image__detail' src='{CP}/492x492ex/image/retail/images/2024/05/13/11/2/7a1b2c3d-hv500-white.jpg' alt='상품 이미지'></div></div>"
    "<div class='prod-buy'><div class='prod-buy-header'><a class='prod-brand-name' href='/np/search?q=한빛'>한빛</a>"
    "<h2 class='prod-buy-header__title'>한빛 무선 청소기 HV-500 화이트</h2></div>"
    "<div class='prod-price'><span class='total-price'><strong>189,000<span class='price-unit'>원</span></strong></span></div>"
    "<button class='prod-cart-btn' type='button'>장바구니 담기</button><button class='prod-buy-btn' type='button'>바로구매</button>"
    "</div></div></body></html>",
    "한빛 무선 청소기 HV-500 화이트",
    f"{CP}/492x492ex/image/retail/images/2024/05/13/11/2/7a1b2c3d-hv500-white.jpg",
    strict=True,
)

RK = "https://shop.r10s.example/hinodeya-kitchen/cabinet/item"
case(
    "rakuten-ex-size-thumbs",
    "https://item.rakuten.example/hinodeya-kitchen/kettle-10l/",
    "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'>"
    "<title>【楽天市場】【送料無料】電気ケトル 1.0L ステンレス 保温 おしゃれ ギフト：ひので屋キッチン</title></head><body>"
    "<div id='rakutenLimitedId_header'><a href='https://www.rakuten.example/'><img src='https://r.r10s.example/com/img/home/logo/ichiba_logo.png' alt='楽天市場'></a></div>"
    "<table><tr><td><div class='image-thumbnails'>"
    f"<a href='#'><img src='{RK}/kt10-1.jpg?_ex=64x64' alt=''></a><a href='#'><img src='{RK}/kt10-2.jpg?_ex=64x64' alt=''></a></div>"
    f"<div class='image-main'><a href='{RK}/kt10-1.jpg'><img src='{RK}/kt10-1.jpg?_ex=500x500' alt='電気ケトル 1.0L ステンレス'></a></div></td>"
    "<td><span class='item_name'><b>【送料無料】電気ケトル 1.0L ステンレス 保温 おしゃれ ギフト</b></span><br>"
    "<span class='price2'>4,980円</span><span class='tax'>(税込)</span>"
    "<button class='cart-button' type='submit'>かごに追加</button></td></tr></table></body></html>",
    "【送料無料】電気ケトル 1.0L ステンレス 保温 おしゃれ ギフト",
    f"{RK}/kt10-1.jpg?_ex=500x500",
    f"{RK}/kt10-1.jpg",
    strict=True,
)

TB = "https://img.alicdn.example/imgextra/i3/2201234567"
case(
    "tmall-booth-thumbs",
    "https://detail.tmall.example/item.htm?id=712345678901",
    "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>木森 实木餐桌椅组合 北欧小户型-tmall.example天猫</title></head><body>"
    "<div class='tb-gallery'><div class='tb-booth'><a href='#'>"
    f"<img id='J_ImgBooth' src='{TB}/O1CN01Table9xyz_!!2201234567.jpg_430x430q90.jpg' alt='木森 实木餐桌椅组合'></a></div>"
    "<ul id='J_UlThumb' class='tb-thumb'>"
    f"<li class='tb-selected'><a href='#'><img src='{TB}/O1CN01Table9xyz_!!2201234567.jpg_60x60q90.jpg'></a></li>"
    f"<li><a href='#'><img src='{TB}/O1CN01Chair5abc_!!2201234567.jpg_60x60q90.jpg'></a></li></ul></div>"
    "<div class='tb-property'><div class='tb-detail-hd'><h1 data-spm='1000983'>木森 实木餐桌椅组合 北欧小户型</h1></div>"
    "<div class='tm-price-panel'><dt class='tb-metatit'>价格</dt><span class='tm-price'>1299.00</span></div>"
    "<a id='J_LinkBuy' href='#'>立即购买</a><a id='J_LinkBasket' href='#'>加入购物车</a></div></body></html>",
    "木森 实木餐桌椅组合 北欧小户型",
    f"{TB}/O1CN01Table9xyz_!!2201234567.jpg_430x430q90.jpg",
    f"{TB}/O1CN01Table9xyz_!!2201234567.jpg",
)

case(
    "taobao-h3-title",
    "https://item.taobao.example/item.htm?id=698765432101",
    "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>夏季冰丝防晒衣女 upf50+ 薄款外套-淘宝网</title></head><body>"
    "<div id='J_SiteNav'><a href='/'>淘宝网首页</a></div>"
    "<div class='tb-item-info'><div class='tb-gallery'><div class='tb-booth tb-pic tb-s310'>"
    f"<img id='J_ImgBooth' data-src='{TB}/O1CN01Sun7qwe_!!2201234567.jpg_400x400.jpg' src='{TB}/O1CN01Sun7qwe_!!2201234567.jpg_400x400.jpg' alt=''></div>"
    f"<ul id='J_UlThumb'><li class='tb-selected'><img data-src='{TB}/O1CN01Sun7qwe_!!2201234567.jpg_50x50.jpg'></li></ul></div>"
    "<div class='tb-item-info-r'><div id='J_Title' class='tb-title'><h3 class='tb-main-title' data-title='夏季冰丝防晒衣女 upf50+ 薄款外套'>"
    "夏季冰丝防晒衣女 upf50+ 薄款外套</h3><p class='tb-subtitle'>透气轻薄 多色可选</p></div>"
    "<ul class='tb-meta'><li id='J_StrPriceModBox'><span class='tb-property-type'>价格</span><em class='tb-rmb'>¥</em>"
    "<em class='tb-rmb-num'>89.00</em></li></ul><a class='J_LinkBuy' href='#'>立刻购买</a><a class='J_LinkAdd' href='#'>加入购物车</a>"
    "</div></div></body></html>",
    "夏季冰丝防晒衣女 upf50+ 薄款外套",
    f"{TB}/O1CN01Sun7qwe_!!2201234567.jpg_400x400.jpg",
    f"{TB}/O1CN01Sun7qwe_!!2201234567.jpg",
)

ZI = "https://img01.ztat.example/article/spp-media-p1"
case(
    "zalando-imwidth-and-brand-span",
    "https://www.zalando.example/northpeak-ridge-hiking-boots-brown-np112a0bc-o11.html",
    "<!DOCTYPE html><html lang='de-DE'><head><meta charset='utf-8'>"
    "<title>Northpeak RIDGE - Wanderschuh - brown/braun - Zalando.example</title></head><body>"
    "<header><a href='/'><svg aria-label='Zalando'></svg></a></header><div class='x-pdp'>"
    "<ul class='thumbnails'>"
    f"<li><button><img src='{ZI}/7c2d9e1f0a1b4c5d/ridge-boot-1.jpg?imwidth=156&filter=packshot' alt=''></button></li>"
    f"<li><button><img src='{ZI}/8d3e0f2a1b2c5d6e/ridge-boot-2.jpg?imwidth=156' alt=''></button></li></ul>"
    f"<div class='gallery'><img src='{ZI}/7c2d9e1f0a1b4c5d/ridge-boot-1.jpg?imwidth=762&filter=packshot' alt='Northpeak RIDGE - Wanderschuh - brown/braun'></div>"
    "<div class='x-buy'><h3 class='brand'><a href='/northpeak/'><span>Northpeak</span></a></h3>"
    "<h1><span class='product-name'>RIDGE - Wanderschuh - brown/braun</span></h1>"
    "<p><span class='price'>139,95 €</span><span class='vat'>inkl. MwSt.</span></p>"
    "<button type='button' class='add-to-bag'>In den Warenkorb</button></div></div></body></html>",
    "Northpeak RIDGE - Wanderschuh - brown/braun",
    f"{ZI}/7c2d9e1f0a1b4c5d/ridge-boot-1.jpg?imwidth=762&filter=packshot",
    strict=True,
)

AL = "https://a.allegroimg.example"
case(
    "allegro-path-size-thumbs",
    "https://allegro.example/oferta/smartwatch-pulso-46mm-czarny-14123456789",
    "<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'>"
    "<title>Smartwatch Pulso 46mm czarny - 14123456789 - Allegro.example</title></head><body>"
    "<header><a href='/'><img src='https://assets.allegrostatic.example/metrum/brand/allegro-347440b030.svg' alt='Allegro'></a></header>"
    "<div data-box-name='showoffer.gallery'><div class='gallery-thumbs'>"
    f"<img src='{AL}/s128/11c3a2/4a5b6c7d8e9f4a1b2c3d4e5f6a7b8c9d/Smartwatch-Pulso-46mm-czarny' alt=''>"
    f"<img src='{AL}/s128/11d4b3/5b6c7d8e9f0a4b2c3d4e5f6a7b8c9d0e/Smartwatch-Pulso-46mm-czarny-bok' alt=''></div>"
    f"<div class='gallery-main'><img src='{AL}/s512/11c3a2/4a5b6c7d8e9f4a1b2c3d4e5f6a7b8c9d/Smartwatch-Pulso-46mm-czarny' "
    f"data-zoom='{AL}/original/11c3a2/4a5b6c7d8e9f4a1b2c3d4e5f6a7b8c9d/Smartwatch-Pulso-46mm-czarny' alt='Smartwatch Pulso 46mm czarny'></div></div>"
    "<div data-box-name='showoffer.productHeader'><h1 class='mp4t_0 mryx_0'>Smartwatch Pulso 46mm czarny</h1>"
    "<div aria-label='cena 349,00 zł'><span>349,</span><span>00</span> <span>zł</span></div>"
    "<button type='button' data-role='add-to-cart-button'>DODAJ DO KOSZYKA</button></div></body></html>",
    "Smartwatch Pulso 46mm czarny",
    f"{AL}/s512/11c3a2/4a5b6c7d8e9f4a1b2c3d4e5f6a7b8c9d/Smartwatch-Pulso-46mm-czarny",
    f"{AL}/original/11c3a2/4a5b6c7d8e9f4a1b2c3d4e5f6a7b8c9d/Smartwatch-Pulso-46mm-czarny",
    strict=True,
)

FK = "https://rukminim2.flixcart.example/image"
case(
    "flipkart-path-size-thumbs",
    "https://www.flipkart.example/stride-men-runner-sneakers-white/p/itm7d1a2b3c4e5f6?pid=SHOGZ6HNJ7GHZYZF",
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Stride Men Runner Sneakers For Men - Buy Stride Men Runner Sneakers For Men Online at Best Price - Shop Online for Footwears in India | Flipkart.example</title>"
    "</head><body><header><a href='/'><img src='https://static-assets-web.flixcart.example/fk-logo.svg' alt='Flipkart'></a></header>"
    "<div class='_1YokD2'><div class='_3li7GG'><ul class='_3GnUWp'>"
    f"<li class='_20Gt85 _1Y_A6W'><div class='_2E1FGS'><img class='q6DClP' src='{FK}/128/128/xif0q/shoe/z/h/x/-original-imagrunr7abcdefg.jpeg?q=70' alt=''></div></li>"
    f"<li class='_20Gt85'><div class='_2E1FGS'><img class='q6DClP' src='{FK}/128/128/xif0q/shoe/q/r/s/-original-imagrunr8hijklmn.jpeg?q=70' alt=''></div></li></ul>"
    f"<div class='CXW8mj _3nMexc'><img loading='eager' class='_396cs4 _2amPTt _3qGmMb' src='{FK}/416/416/xif0q/shoe/z/h/x/-original-imagrunr7abcdefg.jpeg?q=70' "
    f"srcset='{FK}/832/832/xif0q/shoe/z/h/x/-original-imagrunr7abcdefg.jpeg?q=70 2x, {FK}/416/416/xif0q/shoe/z/h/x/-original-imagrunr7abcdefg.jpeg?q=70 1x' alt='STRIDE Men Runner Sneakers For Men'></div></div>"
    "<div class='_1AtVbE'><h1 class='yhB1nd'><span class='G6XhRU'>STRIDE </span><span class='B_NuCI'>Men Runner Sneakers For Men&nbsp;&nbsp;(White)</span></h1>"
    "<div class='_30jeq3 _16Jk6d'>₹1,299</div><div class='_3I9_wc _2p6lqe'>₹2,999</div>"
    "<button class='_2KpZ6l _2U9uOA _3v1-ww'>ADD TO CART</button></div></div></body></html>",
    "STRIDE Men Runner Sneakers For Men (White)",
    f"{FK}/416/416/xif0q/shoe/z/h/x/-original-imagrunr7abcdefg.jpeg?q=70",
    f"{FK}/832/832/xif0q/shoe/z/h/x/-original-imagrunr7abcdefg.jpeg?q=70",
    strict=True,
)

SP = "https://down-sg.img.susercontent.example/file"
case(
    "shopee-tn-thumbs",
    "https://shopee.example/Portable-Blender-350ml-USB-Rechargeable-i.37004578.21346897531",
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Portable Blender 350ml USB Rechargeable | Shopee Singapore</title></head><body>"
    "<div class='shopee-top'><a href='/'>Shopee</a></div><div class='product-briefing'>"
    "<div class='product-gallery'><div class='main-image'><picture>"
    f"<source srcset='{SP}/sg-11134207-7r98o-lq1blndr4x2k8f.webp' type='image/webp'>"
    f"<img class='main-img' src='{SP}/sg-11134207-7r98o-lq1blndr4x2k8f' alt='Portable Blender 350ml USB Rechargeable'></picture></div>"
    "<div class='thumbs'>"
    f"<div class='thumb'><picture><img src='{SP}/sg-11134207-7r98o-lq1blndr4x2k8f_tn' alt=''></picture></div>"
    f"<div class='thumb'><picture><img src='{SP}/sg-11134207-7r98p-lq1blndr5y3m9g_tn' alt=''></picture></div></div></div>"
    "<section class='product-info'><div class='product-title'><span>Portable Blender 350ml USB Rechargeable</span></div>"
    "<div class='product-price'><div class='pqTWkA'>$15.90</div></div>"
    "<button class='btn btn-tinted btn--l' type='button'>add to cart</button><button class='btn btn-solid-primary btn--l' type='button'>buy now</button>"
    "</section></div></body></html>",
    "Portable Blender 350ml USB Rechargeable",
    f"{SP}/sg-11134207-7r98o-lq1blndr4x2k8f",
    f"{SP}/sg-11134207-7r98o-lq1blndr4x2k8f.webp",
    strict=True,
)

EB = "https://i.ebayimg.example/images/g"
case(
    "ebay-filmstrip-before-carousel",
    "https://www.ebay.example/itm/315012345678",
    "<!DOCTYPE html><html lang='en-US'><head><meta charset='utf-8'>"
    "<title>Vintage Brass Compass Nautical Pocket 2.5 in | eBay</title></head><body>"
    "<header id='gh'><a id='gh-la' href='/'>eBay</a></header><div class='x-photos'>"
    "<div class='ux-image-filmstrip-carousel'>"
    f"<button class='ux-image-filmstrip-carousel-item active'><img src='{EB}/kQ8AAOSwAbCdEfGh/s-l64.jpg' alt=''></button>"
    f"<button class='ux-image-filmstrip-carousel-item'><img src='{EB}/mN0AAOSwIjKlMnOp/s-l64.jpg' alt=''></button></div>"
    "<div class='ux-image-carousel-container'><div class='ux-image-carousel'>"
    f"<div class='ux-image-carousel-item active image'><img src='{EB}/kQ8AAOSwAbCdEfGh/s-l500.jpg' "
    f"data-zoom-src='{EB}/kQ8AAOSwAbCdEfGh/s-l1600.jpg' alt='Vintage Brass Compass Nautical Pocket 2.5 in'></div>"
    f"<div class='ux-image-carousel-item image'><img data-src='{EB}/mN0AAOSwIjKlMnOp/s-l500.jpg' alt=''></div></div></div></div>"
    "<div class='x-item-title'><h1 class='x-item-title__mainTitle'><span class='ux-textspans ux-textspans--BOLD'>Vintage Brass Compass Nautical Pocket 2.5 in</span></h1></div>"
    "<div class='x-price-primary'><span class='ux-textspans'>US $24.50</span></div>"
    "<a class='ux-call-to-action' href='#'><span class='ux-call-to-action__text'>Buy It Now</span></a></body></html>",
    "Vintage Brass Compass Nautical Pocket 2.5 in",
    f"{EB}/kQ8AAOSwAbCdEfGh/s-l500.jpg",
    f"{EB}/kQ8AAOSwAbCdEfGh/s-l1600.jpg",
    strict=True,
)

# ---- titles -------------------------------------------------------------------------------------

case(
    "title-seo-padded-h1-plain",
    "https://www.kartbazaar.example/trailblazer-2-hiking-boot/p/itm99",
    page(
        "<div class='pimg'><img src='https://img.kartbazaar.example/p/trailblazer-2-hiking-boot-brown-01.jpg' alt=''></div>"
        + buy("Trailblazer 2 Hiking Boot", "₹4,499"),
        "Buy Trailblazer 2 Hiking Boot Online at Best Price in India | Free Delivery | KartBazaar",
        lang="en-IN",
    ),
    "Trailblazer 2 Hiking Boot",
    "https://img.kartbazaar.example/p/trailblazer-2-hiking-boot-brown-01.jpg",
)

case(
    "title-breadcrumb-last-no-h1",
    f"{S}/catalog/kitchen/knives/santoku-knife-7",
    page(
        "<nav class='breadcrumb' aria-label='breadcrumb'><ol><li><a href='/'>Home</a></li><li><a href='/catalog/kitchen'>Kitchen</a></li>"
        "<li><a href='/catalog/kitchen/knives'>Knives</a></li><li aria-current='page'>Santoku Knife 7&quot; Damascus</li></ol></nav>"
        "<div class='product-view'><div class='product-img-box'><img src='/media/p/santoku-knife-7-damascus.jpg' alt='Santoku Knife'></div>"
        "<div class='product-shop'><div class='product-name'><span>Santoku Knife 7&quot; Damascus</span></div>"
        "<span class='price'>$119.00</span><button class='btn-cart' type='submit'>Add to Cart</button></div></div>",
        "Kitchen Knives, Santoku, Chef Knives and More | Northwind Supply",
    ),
    'Santoku Knife 7" Damascus',
    f"{S}/media/p/santoku-knife-7-damascus.jpg",
)

case(
    "title-h1-brand-only-name-sibling",
    "https://www.boutique-lumiere.example/fr/p/serum-eclat-vitamine-c-30ml",
    page(
        "<div class='product-images'><img src='/media/catalog/serum-eclat-vitamine-c-30ml-1.jpg' alt=''></div>"
        "<div class='product-info'><h1 class='product-brand'>Maison Clair</h1>"
        "<h2 class='product-name'>Sérum Éclat Vitamine C 30 ml</h2>"
        "<div class='price'>39,90 €</div><button class='add-to-cart' type='submit'>Ajouter au panier</button></div>",
        "Maison Clair Sérum Éclat Vitamine C 30 ml - Boutique Lumière",
        lang="fr-FR",
    ),
    "Maison Clair Sérum Éclat Vitamine C 30 ml",
    "https://www.boutique-lumiere.example/media/catalog/serum-eclat-vitamine-c-30ml-1.jpg",
)

case(
    "title-h1-brand-only-no-doc-title-help",
    "https://www.boutique-lumiere.example/fr/p/creme-nuit-repulpante-50ml",
    page(
        "<div class='product-images'><img src='/media/catalog/creme-nuit-repulpante-50ml-1.jpg' alt=''></div>"
        "<div class='product-info'><h1 class='product-brand'><a href='/fr/marques/maison-clair'>Maison Clair</a></h1>"
        "<div class='product-name'>Crème de Nuit Repulpante 50 ml</div>"
        "<div class='price'>54,00 €</div><button class='add-to-cart' type='submit'>Ajouter au panier</button></div>",
        "Boutique Lumière | Soins du visage",
        lang="fr-FR",
    ),
    "Crème de Nuit Repulpante 50 ml",
    "https://www.boutique-lumiere.example/media/catalog/creme-nuit-repulpante-50ml-1.jpg",
)

case(
    "title-h1-category-name-h2-product",
    f"{S}/running/womens/road-racer-w-2291",
    page(
        "<div class='category-hero'><h1 class='category-title'>Women's Running Shoes</h1></div>"
        "<div class='pdp'><div class='pdp-image'><img src='/img/pdp/road-racer-w-coral-1.jpg' alt='Road Racer W'></div>"
        "<div class='pdp-info'><h2 class='pdp-title'>Road Racer W</h2><div class='pdp-price'>$110.00</div>"
        "<button type='submit' class='add-to-cart'>Add to cart</button></div></div>",
        "Road Racer W - Women's Running Shoes | Northwind Supply",
    ),
    "Road Racer W",
    f"{S}/img/pdp/road-racer-w-coral-1.jpg",
)

case(
    "title-cookie-dialog-h1-first",
    f"{S}/products/ceramic-teapot-1l",
    page(
        "<div id='cookie-consent' role='dialog' aria-modal='true' class='cookie-banner'><h1>We value your privacy</h1>"
        "<p>We use cookies to improve your experience.</p><button>Accept all</button><button>Reject</button></div>"
        "<div class='product-gallery'><img src='/cdn/shop/files/ceramic-teapot-1l-celadon.jpg' alt='Ceramic Teapot 1 L'></div>"
        + buy("Ceramic Teapot 1 L", "$52.00"),
        "Ceramic Teapot 1 L – Northwind Supply",
    ),
    "Ceramic Teapot 1 L",
    f"{S}/cdn/shop/files/ceramic-teapot-1l-celadon.jpg",
)

case(
    "title-variant-suffix-in-h1",
    f"{S}/products/merino-beanie?variant=90001",
    page(
        "<div class='product-gallery'><img src='/cdn/shop/files/merino-beanie-navy.jpg' alt='Merino Beanie'></div>"
        + buy("Merino Beanie <span class='product__variant-title'>- Navy / One Size</span>", "$32.00"),
        "Merino Beanie - Navy / One Size – Northwind Supply",
    ),
    # my first label was "Merino Beanie"; the shown variant's name is the title by design
    # (extract._variant_shown): a buyer reads the h1 as shown
    "Merino Beanie - Navy / One Size",
    f"{S}/cdn/shop/files/merino-beanie-navy.jpg",
)

case(
    "title-div-only-doc-title-suffix",
    "https://www.tiendaverde.example/producto/maceta-ceramica-terracota-20cm",
    page(
        "<div class='producto'><div class='producto__imagen'><img src='/uploads/maceta-ceramica-terracota-20cm.jpg' alt=''></div>"
        "<div class='producto__datos'><div class='producto__nombre'>Maceta Cerámica Terracota 20 cm</div>"
        "<div class='producto__precio'>$ 12.500</div><button class='btn-agregar' type='submit'>Agregar al carrito</button></div></div>",
        "Maceta Cerámica Terracota 20 cm - Comprar en Tienda Verde",
        lang="es-AR",
    ),
    "Maceta Cerámica Terracota 20 cm",
    "https://www.tiendaverde.example/uploads/maceta-ceramica-terracota-20cm.jpg",
)

case(
    "title-h1-promo-banner-first",
    f"{S}/products/wool-throw-blanket",
    page(
        "<div class='promo-hero'><h1 class='promo-hero__heading'>Winter Sale – up to 40% off</h1></div>"
        "<div class='product-gallery'><img src='/cdn/shop/files/wool-throw-blanket-grey.jpg' alt='Wool Throw Blanket'></div>"
        "<div class='product__info'><h2 class='product__title'>Wool Throw Blanket</h2>"
        "<div class='price'><span class='price-item'>$89.00</span></div>"
        "<button type='submit' class='product-form__submit'>Add to cart</button></div>",
        "Wool Throw Blanket – Northwind Supply",
    ),
    "Wool Throw Blanket",
    f"{S}/cdn/shop/files/wool-throw-blanket-grey.jpg",
)

case(
    "title-seo-ld-name-short-h1",
    f"{S}/products/camp-chair-lite",
    page(
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Camp Chair Lite",
                "image": f"{S}/cdn/shop/files/camp-chair-lite-green.jpg",
                "offers": {"@type": "Offer", "price": "69.00", "priceCurrency": "USD"},
            }
        )
        + "<div class='product-gallery'><img src='/cdn/shop/files/camp-chair-lite-green.jpg' alt=''></div>"
        + buy("Camp Chair Lite", "$69.00"),
        "Camp Chair Lite – Ultralight Folding Camping Chair, 2 lb, Holds 250 lb | Northwind Supply",
    ),
    "Camp Chair Lite",
    f"{S}/cdn/shop/files/camp-chair-lite-green.jpg",
)

# ---- more images: galleries, logos, badges ------------------------------------------------------

case(
    "badge-image-before-photo",
    f"{S}/p/air-purifier-hx2",
    page(
        "<div class='product-media'><img class='badge' src='/img/badges/best-seller-2026.png' alt='Best seller' width='90' height='90'>"
        "<img class='product-media__main' src='/img/products/air-purifier-hx2-front.jpg' alt='Air Purifier HX2' width='1000' height='1000'></div>"
        + buy("Air Purifier HX2", "$249.00"),
        "Air Purifier HX2 | Northwind Supply",
    ),
    "Air Purifier HX2",
    f"{S}/img/products/air-purifier-hx2-front.jpg",
)

case(
    "brand-logo-in-buybox-before-gallery",
    f"{S}/p/espresso-grinder-e64",
    page(
        "<div class='pdp'><div class='pdp-brand'><a href='/brands/crema-works'><img src='/img/brands/crema-works-logo-300.png' alt='Crema Works'></a></div>"
        "<div class='pdp-gallery'><img src='/img/products/espresso-grinder-e64-silver.jpg' alt='Espresso Grinder E64'></div>"
        + buy("Espresso Grinder E64", "$329.00")
        + "</div>",
        "Espresso Grinder E64 | Northwind Supply",
    ),
    "Espresso Grinder E64",
    f"{S}/img/products/espresso-grinder-e64-silver.jpg",
)

case(
    "gallery-360-spin-first",
    f"{S}/p/office-chair-ergo-x",
    page(
        "<div class='pdp-gallery'><div class='pdp-gallery__item pdp-gallery__item--spin'>"
        "<img src='/img/spin/office-chair-ergo-x/spin-360-icon.png' alt='360° view'></div>"
        "<div class='pdp-gallery__item'><img src='/img/products/office-chair-ergo-x-black-1.jpg' alt='Ergo X office chair'></div></div>"
        + buy("Ergo X Office Chair", "$399.00"),
        "Ergo X Office Chair | Northwind Supply",
    ),
    "Ergo X Office Chair",
    f"{S}/img/products/office-chair-ergo-x-black-1.jpg",
)

case(
    "youtube-thumb-first",
    f"{S}/p/robot-vacuum-r7",
    page(
        "<div class='product-gallery'><div class='product-gallery__video'><a href='https://www.youtube.example/watch?v=Ab12Cd34Ef5'>"
        "<img src='https://i.ytimg.example/vi/Ab12Cd34Ef5/hqdefault.jpg' alt='Watch the video'></a></div>"
        "<div class='product-gallery__image'><img src='/img/products/robot-vacuum-r7-top.jpg' alt='Robot Vacuum R7'></div></div>"
        + buy("Robot Vacuum R7", "$299.00"),
        "Robot Vacuum R7 | Northwind Supply",
    ),
    "Robot Vacuum R7",
    f"{S}/img/products/robot-vacuum-r7-top.jpg",
)

case(
    "swatches-with-photos-before-gallery",
    f"{S}/products/linen-shirt",
    page(
        "<div class='product'><fieldset class='swatches'><legend>Colour</legend>"
        "<label class='swatch'><input type='radio' name='Color' value='White' checked><img src='/cdn/shop/files/linen-shirt-white-swatch_60x60.jpg' alt='White'></label>"
        "<label class='swatch'><input type='radio' name='Color' value='Sky'><img src='/cdn/shop/files/linen-shirt-sky-swatch_60x60.jpg' alt='Sky'></label></fieldset>"
        "<div class='product-gallery'><img src='/cdn/shop/files/linen-shirt-white-front_1200x.jpg' alt='Linen Shirt White'></div>"
        + buy("Linen Shirt", "$78.00")
        + "</div>",
        "Linen Shirt – Northwind Supply",
    ),
    "Linen Shirt",
    f"{S}/cdn/shop/files/linen-shirt-white-front_1200x.jpg",
)

case(
    "json-gallery-script-only",
    f"{S}/p/smart-scale-s3",
    page(
        "<div id='pdp-gallery' data-component='Gallery'></div>"
        "<script type='application/json' id='gallery-data'>"
        + json.dumps(
            {
                "images": [
                    {
                        "thumb": f"{CDN}/img/smart-scale-s3/thumb/1.jpg",
                        "large": f"{CDN}/img/smart-scale-s3/large/1.jpg",
                    },
                    {
                        "thumb": f"{CDN}/img/smart-scale-s3/thumb/2.jpg",
                        "large": f"{CDN}/img/smart-scale-s3/large/2.jpg",
                    },
                ]
            }
        )
        + "</script>"
        + buy("Smart Scale S3", "$59.00"),
        "Smart Scale S3 | Northwind Supply",
    ),
    "Smart Scale S3",
    f"{CDN}/img/smart-scale-s3/large/1.jpg",
    strict=True,
)

case(
    "og-image-right-first-img-promo",
    f"{S}/products/cedar-candle",
    page(
        "<div class='promo-strip'><a href='/collections/holiday'><img src='/cdn/shop/files/holiday-gift-guide-banner-2026.jpg' alt='Holiday gift guide' width='1600' height='300'></a></div>"
        "<div class='product-gallery'><img class='lazyload' data-src='/cdn/shop/files/cedar-candle-8oz_{width}x.jpg' "
        "data-widths='[360,720,1080]' alt='Cedar Candle'></div>" + buy("Cedar Candle 8 oz", "$26.00"),
        "Cedar Candle 8 oz – Northwind Supply",
        og(
            {
                "og:type": "product",
                "og:title": "Cedar Candle 8 oz",
                "og:image": f"{S}/cdn/shop/files/cedar-candle-8oz.jpg",
            }
        ),
    ),
    "Cedar Candle 8 oz",
    f"{S}/cdn/shop/files/cedar-candle-8oz.jpg",
)

# ---- round 2 (written after the first look, before reading the heuristics) ------------------------

case(
    "cloudinary-path-transform-thumbs",
    "https://www.velaro.example/en/p/leather-loafer-cognac",
    page(
        "<div class='pdp-gallery'><div class='pdp-gallery__thumbs'>"
        "<img src='https://res.cloudinary.example/velaro/image/upload/c_fill,w_80,h_80/v1712000000/products/loafer-cognac-01.jpg' alt=''>"
        "<img src='https://res.cloudinary.example/velaro/image/upload/c_fill,w_80,h_80/v1712000000/products/loafer-cognac-02.jpg' alt=''></div>"
        "<div class='pdp-gallery__main'><img src='https://res.cloudinary.example/velaro/image/upload/c_limit,w_1200/v1712000000/products/loafer-cognac-01.jpg' "
        "alt='Leather Loafer Cognac'></div></div>"
        + buy("Leather Loafer – Cognac", "€189,00", button="Add to bag"),
        "Leather Loafer – Cognac | Velaro",
        lang="en-IE",
    ),
    "Leather Loafer – Cognac",
    "https://res.cloudinary.example/velaro/image/upload/c_limit,w_1200/v1712000000/products/loafer-cognac-01.jpg",
    strict=True,
)

case(
    "amp-img-main",
    "https://m.gadgetmart.example/amp/p/bluetooth-speaker-boom-2",
    "<!doctype html><html amp lang='en'><head><meta charset='utf-8'><title>Boom 2 Bluetooth Speaker | GadgetMart</title></head><body>"
    "<header><amp-img src='/static/logo-gadgetmart.png' width='120' height='32' alt='GadgetMart'></amp-img></header>"
    "<amp-carousel type='slides' layout='responsive' width='600' height='600'>"
    "<amp-img src='https://img.gadgetmart.example/p/boom-2-speaker-black-1.jpg' width='600' height='600' layout='responsive' alt='Boom 2 Bluetooth Speaker'></amp-img>"
    "<amp-img src='https://img.gadgetmart.example/p/boom-2-speaker-black-2.jpg' width='600' height='600' layout='responsive' alt=''></amp-img>"
    "</amp-carousel><h1>Boom 2 Bluetooth Speaker</h1><div class='price'>$59.99</div>"
    "<button class='add-to-cart' on='tap:cart.submit'>Add to Cart</button></body></html>",
    "Boom 2 Bluetooth Speaker",
    "https://img.gadgetmart.example/p/boom-2-speaker-black-1.jpg",
)

case(
    "nextjs-image-preload",
    "https://www.sofa-lab.example/products/cloud-sofa-3-seater",
    page(
        "<div class='ProductGallery_root'><span style='box-sizing:border-box;display:block'>"
        "<img alt='Cloud Sofa 3-Seater' sizes='100vw' "
        "srcset='/_next/image?url=https%3A%2F%2Fcdn.sofa-lab.example%2Fproducts%2Fcloud-sofa-3-seater-sand.jpg&amp;w=640&amp;q=75 640w, "
        "/_next/image?url=https%3A%2F%2Fcdn.sofa-lab.example%2Fproducts%2Fcloud-sofa-3-seater-sand.jpg&amp;w=1920&amp;q=75 1920w' "
        "src='/_next/image?url=https%3A%2F%2Fcdn.sofa-lab.example%2Fproducts%2Fcloud-sofa-3-seater-sand.jpg&amp;w=1920&amp;q=75' decoding='async'></span></div>"
        + buy("Cloud Sofa 3-Seater", "$1,490.00"),
        "Cloud Sofa 3-Seater | Sofa Lab",
        "<link rel='preload' as='image' imagesrcset='/_next/image?url=https%3A%2F%2Fcdn.sofa-lab.example%2Fproducts%2Fcloud-sofa-3-seater-sand.jpg&amp;w=640&amp;q=75 640w' imagesizes='100vw'>",
    ),
    "Cloud Sofa 3-Seater",
    "https://www.sofa-lab.example/_next/image?url=https%3A%2F%2Fcdn.sofa-lab.example%2Fproducts%2Fcloud-sofa-3-seater-sand.jpg&w=1920&q=75",
    "https://cdn.sofa-lab.example/products/cloud-sofa-3-seater-sand.jpg",
)

case(
    "no-image-placeholder-main-og-real",
    f"{S}/p/garden-hose-reel",
    page(
        "<div class='product-image'><img src='/img/no-image-available.png' alt='No image available'></div>"
        + buy("Garden Hose Reel", "$64.00"),
        "Garden Hose Reel | Northwind Supply",
        og({"og:type": "product", "og:image": f"{CDN}/img/products/garden-hose-reel-green.jpg"}),
    ),
    "Garden Hose Reel",
    f"{CDN}/img/products/garden-hose-reel-green.jpg",
)

case(
    "fancybox-link-around-thumb",
    "https://www.lampen-atelier.example/stehleuchte-arc-messing",
    page(
        "<div class='product-images'><a data-fancybox='gallery' href='/images/product_images/popup_images/stehleuchte-arc-messing_0.jpg'>"
        "<img src='/images/product_images/thumbnail_images/stehleuchte-arc-messing_0.jpg' alt='Stehleuchte Arc Messing' width='120'></a>"
        "<a data-fancybox='gallery' href='/images/product_images/popup_images/stehleuchte-arc-messing_1.jpg'>"
        "<img src='/images/product_images/thumbnail_images/stehleuchte-arc-messing_1.jpg' alt='' width='120'></a></div>"
        + buy("Stehleuchte Arc Messing", "329,00 €", button="In den Warenkorb"),
        "Stehleuchte Arc Messing - Lampen Atelier",
        lang="de-DE",
    ),
    "Stehleuchte Arc Messing",
    "https://www.lampen-atelier.example/images/product_images/popup_images/stehleuchte-arc-messing_0.jpg",
    strict=True,
)

case(
    "srcset-x-descriptors-only",
    f"{S}/p/linen-napkins-set-4",
    page(
        "<div class='pdp-image'><img src='/img/p/linen-napkins-set-4@1x.jpg' "
        "srcset='/img/p/linen-napkins-set-4@1x.jpg 1x, /img/p/linen-napkins-set-4@2x.jpg 2x' alt='Linen Napkins, Set of 4'></div>"
        + buy("Linen Napkins, Set of 4", "$36.00"),
        "Linen Napkins, Set of 4 | Northwind Supply",
    ),
    "Linen Napkins, Set of 4",
    f"{S}/img/p/linen-napkins-set-4@2x.jpg",
    f"{S}/img/p/linen-napkins-set-4@1x.jpg",
)

case(
    "data-hi-res-attribute",
    "https://www.outdoorhaus.example/p/tent-2p-ultralight",
    page(
        "<div class='product-image-wrap'><img class='product-main-image' src='/img/p/tent-2p-ultralight_s.jpg' "
        "data-hi-res='/img/p/tent-2p-ultralight_xl.jpg' data-full='/img/p/tent-2p-ultralight_xl.jpg' alt='Ultralight Tent 2P'></div>"
        + buy("Ultralight Tent 2P", "$349.00"),
        "Ultralight Tent 2P | Outdoorhaus",
    ),
    "Ultralight Tent 2P",
    "https://www.outdoorhaus.example/img/p/tent-2p-ultralight_xl.jpg",
    strict=True,
)

case(
    "magento-fotorama-init-json",
    "https://www.moebelwerk.example/esstisch-eiche-180.html",
    page(
        "<div class='product media'><div class='gallery-placeholder _block-content-loading' data-gallery-role='gallery-placeholder'>"
        "<img alt='main product photo' class='gallery-placeholder__image' "
        "src='https://www.moebelwerk.example/media/catalog/product/cache/a1b2c3/e/s/esstisch-eiche-180-01.jpg'></div>"
        "<script type='text/x-magento-init'>"
        + json.dumps(
            {
                "[data-gallery-role=gallery-placeholder]": {
                    "mage/gallery/gallery": {
                        "data": [
                            {
                                "thumb": "https://www.moebelwerk.example/media/catalog/product/cache/d4e5f6/e/s/esstisch-eiche-180-01.jpg",
                                "img": "https://www.moebelwerk.example/media/catalog/product/cache/a1b2c3/e/s/esstisch-eiche-180-01.jpg",
                                "full": "https://www.moebelwerk.example/media/catalog/product/cache/f7a8b9/e/s/esstisch-eiche-180-01.jpg",
                                "isMain": True,
                                "type": "image",
                            }
                        ]
                    }
                }
            }
        )
        + "</script></div>"
        + buy("Esstisch Eiche 180 cm", "1.299,00 €", button="In den Warenkorb"),
        "Esstisch Eiche 180 cm",
        lang="de-DE",
    ),
    "Esstisch Eiche 180 cm",
    "https://www.moebelwerk.example/media/catalog/product/cache/a1b2c3/e/s/esstisch-eiche-180-01.jpg",
    "https://www.moebelwerk.example/media/catalog/product/cache/f7a8b9/e/s/esstisch-eiche-180-01.jpg",
    strict=True,
)

case(
    "title-h1-with-item-number",
    f"{S}/p/oak-desk-140",
    page(
        "<div class='pdp-image'><img src='/img/p/oak-desk-140-natural.jpg' alt='Oak Desk 140'></div>"
        + buy("Oak Desk 140 <small class='product-sku'>Item #204118</small>", "$549.00"),
        "Oak Desk 140 | Northwind Supply",
    ),
    "Oak Desk 140",
    f"{S}/img/p/oak-desk-140-natural.jpg",
)

case(
    "title-text-logo-h1",
    "https://www.papeterie-nord.example/stylo-plume-laque-bleu",
    "<!DOCTYPE html><html lang='fr-FR'><head><meta charset='utf-8'><title>Papeterie Nord | Stylo plume laqué bleu nuit</title></head>"
    "<body><header><h1 class='site-title'><a href='/'>Papeterie Nord</a></h1></header>"
    "<div class='fiche-produit'><div class='visuel'><img src='/img/produits/stylo-plume-laque-bleu-nuit.jpg' alt=''></div>"
    "<div class='infos'><h2 class='nom-produit'>Stylo plume laqué bleu nuit</h2><span class='prix'>78,00 €</span>"
    "<button type='submit' class='ajout-panier'>Ajouter au panier</button></div></div></body></html>",
    "Stylo plume laqué bleu nuit",
    "https://www.papeterie-nord.example/img/produits/stylo-plume-laque-bleu-nuit.jpg",
)

case(
    "title-og-only-shop-first-doc-title",
    "https://www.textilhaus.example/p/4471",
    page(
        "<div class='artikelbild'><img src='/bilder/4471-kissenbezug-leinen-salbei.jpg' alt=''></div>"
        "<div class='artikel'><div class='artikel-preis'>24,90 €</div>"
        "<button type='submit' class='in-den-korb'>In den Warenkorb</button></div>",
        "Textilhaus | Kissenbezug Leinen Salbei 50x50",
        og({"og:title": "Kissenbezug Leinen Salbei 50x50", "og:type": "product"}),
        lang="de-DE",
    ),
    "Kissenbezug Leinen Salbei 50x50",
    "https://www.textilhaus.example/bilder/4471-kissenbezug-leinen-salbei.jpg",
)

case(
    "spacer-gif-sized-1px-before",
    f"{S}/p/wall-clock-walnut",
    page(
        "<div class='product-visual'><img src='/img/spacer.gif' width='1' height='1' alt=''>"
        "<img src='/img/p/wall-clock-walnut-30cm.jpg' alt='Walnut Wall Clock'></div>"
        + buy("Walnut Wall Clock 30 cm", "$79.00"),
        "Walnut Wall Clock 30 cm | Northwind Supply",
    ),
    "Walnut Wall Clock 30 cm",
    f"{S}/img/p/wall-clock-walnut-30cm.jpg",
)

# ---- round 3 (written after reading the heuristics, aimed at what they read) ---------------------

case(
    "ld-relative-image-base-href",
    "https://www.kettlehaus.example/de/p/teekanne-glas-1l",
    "<!DOCTYPE html><html lang='de-DE'><head><meta charset='utf-8'><base href='https://static.kettlehaus.example/katalog/'>"
    "<title>Teekanne Glas 1 l | Kettlehaus</title>"
    + ld(
        {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": "Teekanne Glas 1 l",
            "image": "bilder/gross/teekanne-glas-1l-01.jpg",
            "offers": {"@type": "Offer", "price": "29.90", "priceCurrency": "EUR"},
        }
    )
    + "</head><body><main><div class='produktinfo'><h1>Teekanne Glas 1 l</h1><div class='preis'>29,90 €</div>"
    "<button class='btn-warenkorb' type='submit'>In den Warenkorb</button></div></main></body></html>",
    "Teekanne Glas 1 l",
    "https://static.kettlehaus.example/katalog/bilder/gross/teekanne-glas-1l-01.jpg",
    strict=True,
)

case(
    "grid-gallery-zoom-buttons",
    f"{S}/products/linen-overshirt",
    page(
        "<div class='product-media-grid'>"
        + "".join(
            f"<button type='button' class='media-zoom' aria-label='Zoom image {i}'><img src='/cdn/shop/files/linen-overshirt-{c}.jpg?width=1000' "
            f"alt='Linen Overshirt' width='1000' height='1250'></button>"
            for i, c in enumerate(["front", "back", "detail", "model"], 1)
        )
        + "</div>"
        + buy("Linen Overshirt", "$118.00"),
        "Linen Overshirt – Northwind Supply",
    ),
    "Linen Overshirt",
    f"{S}/cdn/shop/files/linen-overshirt-front.jpg?width=1000",
)

case(
    "mobile-and-desktop-h1",
    f"{S}/p/pour-over-kettle",
    page(
        "<div class='pdp'><h1 class='pdp-title pdp-title--mobile d-md-none'>Gooseneck Pour-Over Kettle</h1>"
        "<div class='pdp-image'><img src='/img/p/gooseneck-kettle-matte-black.jpg' alt='Gooseneck Pour-Over Kettle'></div>"
        "<div class='pdp-info'><h1 class='pdp-title d-none d-md-block'>Gooseneck Pour-Over Kettle</h1>"
        "<div class='pdp-price'>$69.00</div><button type='submit' class='add-to-cart'>Add to cart</button></div></div>",
        "Gooseneck Pour-Over Kettle | Northwind Supply",
    ),
    "Gooseneck Pour-Over Kettle",
    f"{S}/img/p/gooseneck-kettle-matte-black.jpg",
)

case(
    "main-image-small-query-width",
    f"{S}/p/ceramic-vase-tall",
    page(
        "<div class='product-gallery'><div class='product-gallery__main'><img src='https://img.northwind.example/p/ceramic-vase-tall-1.jpg?w=600' "
        "alt='Tall Ceramic Vase'></div><div class='product-gallery__thumbs'>"
        "<img src='https://img.northwind.example/p/ceramic-vase-tall-1.jpg?w=120' alt=''>"
        "<img src='https://img.northwind.example/p/ceramic-vase-tall-2.jpg?w=120' alt=''></div></div>"
        + buy("Tall Ceramic Vase", "$74.00"),
        "Tall Ceramic Vase | Northwind Supply",
    ),
    "Tall Ceramic Vase",
    "https://img.northwind.example/p/ceramic-vase-tall-1.jpg?w=600",
    strict=True,
)

case(
    "og-image-other-colour-gallery-no-class",
    f"{S}/products/canvas-sneaker?variant=3322",
    page(
        "<div class='row'><div class='col'><img src='/cdn/shop/files/canvas-sneaker-ecru.jpg?width=1100' alt='Canvas Sneaker Ecru' width='1100' height='1100'></div>"
        "<div class='col'>" + buy("Canvas Sneaker", "$85.00") + "</div></div>",
        "Canvas Sneaker – Northwind Supply",
        og({"og:image": f"{S}/cdn/shop/files/canvas-sneaker-black.jpg", "og:title": "Canvas Sneaker"}),
    ),
    "Canvas Sneaker",
    f"{S}/cdn/shop/files/canvas-sneaker-ecru.jpg?width=1100",
)

case(
    "title-h1-brand-link-inside",
    f"{S}/p/acme-gooseneck-kettle",
    page(
        "<div class='pdp-image'><img src='/img/p/acme-gooseneck-kettle-1.jpg' alt=''></div>"
        "<div class='pdp-info'><h1 class='pdp-title'><a class='pdp-brand' href='/brands/acme'>Acme</a> "
        "<span class='pdp-name'>Gooseneck Kettle 0.9 L</span></h1><div class='pdp-price'>$64.00</div>"
        "<button type='submit' class='add-to-cart'>Add to cart</button></div>",
        "Acme Gooseneck Kettle 0.9 L | Northwind Supply",
    ),
    "Acme Gooseneck Kettle 0.9 L",
    f"{S}/img/p/acme-gooseneck-kettle-1.jpg",
)

case(
    "title-review-count-in-h1-block",
    f"{S}/p/chef-knife-8",
    page(
        "<div class='pdp-image'><img src='/img/p/chef-knife-8in-1.jpg' alt='Chef Knife 8 in'></div>"
        "<div class='product-title'><h1>Chef Knife 8 in</h1><div class='rating'><span class='stars'>★★★★★</span>"
        "<a href='#reviews'>(1,204 reviews)</a></div></div><div class='price'>$59.00</div>"
        "<button type='submit' class='add-to-cart'>Add to cart</button>",
        "Chef Knife 8 in | Northwind Supply",
    ),
    "Chef Knife 8 in",
    f"{S}/img/p/chef-knife-8in-1.jpg",
)

case(
    "lifestyle-first-slide-alt-scene",
    f"{S}/p/outdoor-lounge-chair",
    page(
        "<div class='product-gallery'>"
        "<div class='product-gallery__slide'><img src='/img/p/outdoor-lounge-chair-1.jpg' alt='Outdoor Lounge Chair' width='1200' height='1200'></div>"
        "<div class='product-gallery__slide'><img src='/img/p/outdoor-lounge-chair-lifestyle-patio.jpg' alt='Outdoor Lounge Chair on a sunny patio with plants' "
        "width='1200' height='1200' loading='lazy'></div></div>" + buy("Outdoor Lounge Chair", "$349.00"),
        "Outdoor Lounge Chair | Northwind Supply",
    ),
    "Outdoor Lounge Chair",
    f"{S}/img/p/outdoor-lounge-chair-1.jpg",
)

WM = "https://i5.walmartimages.example/seo/Acme-Air-Fryer-5-8-Qt-Black_6f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f.jpeg"
case(
    "walmart-odn-thumbs-first",
    "https://www.walmart.example/ip/Acme-Air-Fryer-5-8-Qt-Black/556712345",
    "<!DOCTYPE html><html lang='en-US'><head><meta charset='utf-8'><title>Acme Air Fryer 5.8 Qt, Black - Walmart.example</title></head><body>"
    "<header><a href='/' aria-label='Walmart. Save Money. Live Better. Home Page'><svg></svg></a></header>"
    "<section data-testid='vertical-carousel-container'><div data-testid='item-page-vertical-carousel'>"
    f"<button type='button' class='selected'><img src='{WM}?odnHeight=80&amp;odnWidth=80&amp;odnBg=FFFFFF' alt='' width='64' height='64'></button>"
    f"<button type='button'><img src='{WM.replace('6f1c2d3e', '7a2b3c4d')}?odnHeight=80&amp;odnWidth=80&amp;odnBg=FFFFFF' alt='' width='64' height='64'></button>"
    f"<button type='button'><img src='{WM.replace('6f1c2d3e', '8b3c4d5e')}?odnHeight=80&amp;odnWidth=80&amp;odnBg=FFFFFF' alt='' width='64' height='64'></button>"
    "</div></section><div data-testid='media-thumbnail' class='hero-image-container'>"
    f"<img data-testid='hero-image' loading='eager' src='{WM}?odnHeight=640&amp;odnWidth=640&amp;odnBg=FFFFFF' alt='Acme Air Fryer 5.8 Qt, Black'></div>"
    "<h1 id='main-title' itemprop='name'>Acme Air Fryer 5.8 Qt, Black</h1>"
    "<span itemprop='price' data-seo-id='hero-price'>$59.00</span>"
    "<button data-automation-id='atc' type='button'>Add to cart</button></body></html>",
    "Acme Air Fryer 5.8 Qt, Black",
    f"{WM}?odnHeight=640&odnWidth=640&odnBg=FFFFFF",
    strict=True,
)

JD = "https://img14.360buyimg.example"
case(
    "jd-spec-img-data-origin",
    "https://item.jd.example/100012345678.html",
    "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>【美厨】美厨 电饭煲 4L 智能预约 MC-40【行情 报价 价格 评测】-京东</title></head><body>"
    "<div id='preview'><div id='spec-n1' class='jqzoom main-img'>"
    f"<img id='spec-img' width='450' height='450' data-origin='{JD}/n1/jfs/t1/98765/12/3456/123456/abcdef12E3456789/0a1b2c3d4e5f6a7b.jpg' "
    f"src='{JD}/n1/s450x450_jfs/t1/98765/12/3456/123456/abcdef12E3456789/0a1b2c3d4e5f6a7b.jpg' alt='美厨 电饭煲 4L 智能预约 MC-40'></div>"
    "<div id='spec-list' class='spec-list'><ul class='lh'>"
    f"<li class='img-hover'><img src='{JD}/n5/s54x54_jfs/t1/98765/12/3456/123456/abcdef12E3456789/0a1b2c3d4e5f6a7b.jpg' width='54' height='54'></li>"
    f"<li><img src='{JD}/n5/s54x54_jfs/t1/88765/22/4456/223456/bcdef123E3456789/1b2c3d4e5f6a7b8c.jpg' width='54' height='54'></li></ul></div></div>"
    "<div class='itemInfo-wrap'><div class='sku-name'>美厨 电饭煲 4L 智能预约 MC-40</div>"
    "<div class='summary-price'><span class='p-price'><span>￥</span><span class='price'>299.00</span></span></div>"
    "<a id='InitCartUrl' class='btn-special1 btn-lg' href='#'>加入购物车</a></div></body></html>",
    "美厨 电饭煲 4L 智能预约 MC-40",
    f"{JD}/n1/jfs/t1/98765/12/3456/123456/abcdef12E3456789/0a1b2c3d4e5f6a7b.jpg",
    f"{JD}/n1/s450x450_jfs/t1/98765/12/3456/123456/abcdef12E3456789/0a1b2c3d4e5f6a7b.jpg",
    strict=True,
)

case(
    "brand-mark-link-before-photo",
    f"{S}/p/acme-pro-blender",
    page(
        "<div class='pdp'><div class='pdp-head'><a href='/brands/acme'><img src='/media/brands/acme-200x80.png' alt='Acme' width='200' height='80'></a></div>"
        "<div class='pdp-body'><img src='/media/catalog/acme-pro-blender-64oz-1.jpg' alt=''>"
        + buy("Acme Pro Blender 64 oz", "$179.00")
        + "</div></div>",
        "Acme Pro Blender 64 oz | Northwind Supply",
    ),
    "Acme Pro Blender 64 oz",
    f"{S}/media/catalog/acme-pro-blender-64oz-1.jpg",
)

case(
    "size-guide-image-near-title",
    f"{S}/p/running-tights-w",
    page(
        "<div class='pdp'><div class='pdp-media'><img class='lazyload' data-src='/img/p/running-tights-w-black-1.jpg' "
        "src='data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==' alt=''></div>"
        "<div class='pdp-info'><h1>Running Tights W</h1><img src='/img/content/size-guide-bottoms-w.jpg' alt='Size guide'>"
        "<div class='price'>$68.00</div><button type='submit' class='add-to-cart'>Add to cart</button></div></div>",
        "Running Tights W | Northwind Supply",
    ),
    "Running Tights W",
    f"{S}/img/p/running-tights-w-black-1.jpg",
)

case(
    "sticky-bar-copy-after",
    f"{S}/p/trail-backpack-28l",
    page(
        "<div class='pdp'><div class='pdp-media'><img src='/img/p/trail-backpack-28l-1.jpg' alt='Trail Backpack 28 L'></div>"
        + buy("Trail Backpack 28 L", "$129.00")
        + "</div><div class='sticky-atc'><img src='/img/p/trail-backpack-28l-1.jpg?w=100' alt='Trail Backpack 28 L'>"
        "<span>Trail Backpack 28 L</span><span>$129.00</span><button>Add to cart</button></div>",
        "Trail Backpack 28 L | Northwind Supply",
    ),
    "Trail Backpack 28 L",
    f"{S}/img/p/trail-backpack-28l-1.jpg",
    strict=True,
)

# ---- round 4 (written after the fixes) ------------------------------------------------------------

case(
    "title-mobile-short-desktop-full-h1",
    f"{S}/p/acme-gooseneck-kettle-09",
    page(
        "<div class='pdp'><h1 class='pdp-title--mobile d-md-none'>Gooseneck Kettle</h1>"
        "<div class='pdp-image'><img src='/img/p/acme-gooseneck-kettle-09-1.jpg' alt='Acme Gooseneck Pour-Over Kettle 0.9 L'></div>"
        "<div class='pdp-info'><h1 class='pdp-title d-none d-md-block'>Acme Gooseneck Pour-Over Kettle 0.9 L</h1>"
        "<div class='pdp-price'>$64.00</div><button type='submit' class='add-to-cart'>Add to cart</button></div></div>",
        "Acme Gooseneck Pour-Over Kettle 0.9 L | Northwind Supply",
    ),
    "Acme Gooseneck Pour-Over Kettle 0.9 L",
    f"{S}/img/p/acme-gooseneck-kettle-09-1.jpg",
)

case(
    "title-sold-out-badge-in-h1",
    f"{S}/products/wool-throw-herringbone",
    page(
        "<div class='product-gallery'><img src='/cdn/shop/files/wool-throw-herringbone-1.jpg' alt='Wool Throw Herringbone'></div>"
        + buy(
            "Wool Throw Herringbone <span class='badge badge--sold-out'>Sold out</span>",
            "$120.00",
            button="Sold out",
        ),
        "Wool Throw Herringbone – Northwind Supply",
    ),
    "Wool Throw Herringbone",
    f"{S}/cdn/shop/files/wool-throw-herringbone-1.jpg",
)

case(
    "title-menu-promo-h1-before",
    f"{S}/p/linen-apron-rust",
    page(
        "<nav class='mega-menu'><div class='mega-menu__promo'><h1 class='mega-menu__title'>Holiday Gift Guide</h1>"
        "<a href='/gifts'><img src='/img/promo/gift-guide-tile.jpg' alt='Holiday Gift Guide'></a></div></nav>"
        "<div class='product-gallery'><img src='/img/p/linen-apron-rust-1.jpg' alt='Linen Apron Rust'></div>"
        + buy("Linen Apron – Rust", "$42.00"),
        "Linen Apron – Rust | Northwind Supply",
    ),
    "Linen Apron – Rust",
    f"{S}/img/p/linen-apron-rust-1.jpg",
)

case(
    "complete-the-look-cards-before",
    f"{S}/p/wide-leg-trousers-navy",
    page(
        "<section class='complete-the-look'><h2>Complete the look</h2><ul class='grid'>"
        "<li class='grid__item'><a href='/p/silk-blouse-ivory'><img src='/img/p/silk-blouse-ivory-1.jpg' alt='Silk Blouse Ivory' width='600' height='800'>"
        "<h3 class='card__title'>Silk Blouse Ivory</h3></a><span class='price'>$140.00</span></li>"
        "<li class='grid__item'><a href='/p/leather-belt-tan'><img src='/img/p/leather-belt-tan-1.jpg' alt='Leather Belt Tan' width='600' height='800'>"
        "<h3 class='card__title'>Leather Belt Tan</h3></a><span class='price'>$65.00</span></li></ul></section>"
        "<div class='product'><div class='product__media'><img src='/img/p/wide-leg-trousers-navy-1.jpg' alt='Wide-Leg Trousers Navy' width='1000' height='1333'></div>"
        + buy("Wide-Leg Trousers – Navy", "$128.00")
        + "</div>",
        "Wide-Leg Trousers – Navy | Northwind Supply",
    ),
    "Wide-Leg Trousers – Navy",
    f"{S}/img/p/wide-leg-trousers-navy-1.jpg",
)

case(
    "video-slide-img-thumbnail-first",
    f"{S}/products/stand-mixer-pro",
    page(
        "<div class='product-media-gallery'><div class='product-media product-media--video'>"
        "<img class='product-media__poster' src='/cdn/shop/files/stand-mixer-pro-video-thumb.jpg?width=1200' alt='Stand Mixer Pro'>"
        "<button class='play'>Play video</button></div>"
        "<div class='product-media product-media--image'><img src='/cdn/shop/files/stand-mixer-pro-red-1.jpg?width=1200' alt='Stand Mixer Pro'></div></div>"
        + buy("Stand Mixer Pro", "$449.00"),
        "Stand Mixer Pro – Northwind Supply",
    ),
    "Stand Mixer Pro",
    f"{S}/cdn/shop/files/stand-mixer-pro-red-1.jpg?width=1200",
)

case(
    "press-logos-near-title",
    f"{S}/p/weighted-blanket-15lb",
    page(
        "<div class='pdp'><div class='pdp-media'><img class='lazyload' data-src='/img/p/weighted-blanket-15lb-grey-1.jpg' "
        "src='data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==' alt=''></div>"
        "<div class='pdp-info'><h1>Weighted Blanket 15 lb</h1><div class='as-seen-in'><span>As seen in</span>"
        "<img src='/img/press/vogue.png' alt='Vogue' width='90' height='30'><img src='/img/press/wired.png' alt='Wired' width='90' height='30'></div>"
        "<div class='price'>$189.00</div><button type='submit' class='add-to-cart'>Add to cart</button></div></div>",
        "Weighted Blanket 15 lb | Northwind Supply",
    ),
    "Weighted Blanket 15 lb",
    f"{S}/img/p/weighted-blanket-15lb-grey-1.jpg",
)

case(
    "picture-data-srcset-sources-lazy",
    f"{S}/p/oak-bookshelf-5",
    page(
        "<div class='product-image'><picture>"
        "<source type='image/webp' data-srcset='/img/p/oak-bookshelf-5-800.webp 800w, /img/p/oak-bookshelf-5-1600.webp 1600w'>"
        "<img class='lazyload' data-src='/img/p/oak-bookshelf-5-800.jpg' src='/img/p/oak-bookshelf-5-lqip.jpg' alt='Oak Bookshelf, 5 shelves'>"
        "</picture></div>" + buy("Oak Bookshelf, 5 shelves", "$390.00"),
        "Oak Bookshelf, 5 shelves | Northwind Supply",
    ),
    "Oak Bookshelf, 5 shelves",
    f"{S}/img/p/oak-bookshelf-5-800.jpg",
    f"{S}/img/p/oak-bookshelf-5-1600.webp",
    f"{S}/img/p/oak-bookshelf-5-800.webp",
    strict=True,
)

case(
    "model-viewer-poster-first",
    f"{S}/p/lounge-chair-3d",
    page(
        "<div class='product-gallery'><model-viewer src='/models/lounge-chair.glb' poster='/img/p/lounge-chair-3d-poster.jpg' ar></model-viewer>"
        "<img src='/img/p/lounge-chair-walnut-1.jpg' alt='Lounge Chair Walnut'></div>"
        + buy("Lounge Chair – Walnut", "$890.00"),
        "Lounge Chair – Walnut | Northwind Supply",
    ),
    "Lounge Chair – Walnut",
    f"{S}/img/p/lounge-chair-walnut-1.jpg",
)

case(
    "title-japanese-brackets-h1",
    "https://www.kurashi-dougu.example/products/nambu-tekki-kyusu-06",
    page(
        "<div class='item-photo'><img src='/img/items/nambu-tekki-kyusu-06-1.jpg' alt='南部鉄器 急須 0.6L'></div>"
        "<div class='item-info'><h1 class='item-name'>【送料無料】南部鉄器 急須 0.6L 霰（あられ） 黒</h1>"
        "<p class='price'>12,100円（税込）</p><button type='submit' class='cart-btn'>カートに入れる</button></div>",
        "【送料無料】南部鉄器 急須 0.6L 霰（あられ） 黒 | くらし道具店",
        lang="ja",
    ),
    "南部鉄器 急須 0.6L 霰（あられ） 黒",
    "https://www.kurashi-dougu.example/img/items/nambu-tekki-kyusu-06-1.jpg",
)

case(
    "gallery-links-to-variant-pages",
    f"{S}/p/canvas-sneaker-ecru",
    page(
        "<div class='product-gallery'><img src='/img/p/canvas-sneaker-ecru-1.jpg' alt='Canvas Sneaker Ecru' width='1000' height='1000'></div>"
        "<div class='colour-links'><a href='/p/canvas-sneaker-black'><img src='/img/p/canvas-sneaker-black-1.jpg' alt='Canvas Sneaker Black' width='300' height='300'></a>"
        "<a href='/p/canvas-sneaker-navy'><img src='/img/p/canvas-sneaker-navy-1.jpg' alt='Canvas Sneaker Navy' width='300' height='300'></a></div>"
        + buy("Canvas Sneaker – Ecru", "$85.00"),
        "Canvas Sneaker – Ecru | Northwind Supply",
    ),
    "Canvas Sneaker – Ecru",
    f"{S}/img/p/canvas-sneaker-ecru-1.jpg",
)

# ---- round 5 (titles, written after round 4) -------------------------------------------------------

case(
    "title-h1-br-between-brand-and-name",
    f"{S}/p/acme-gooseneck-kettle-br",
    page(
        "<div class='pdp-image'><img src='/img/p/acme-gooseneck-kettle-br-1.jpg' alt=''></div>"
        "<div class='pdp-info'><h1 class='pdp-title'>ACME<br>Gooseneck Kettle 0.9 L</h1><div class='pdp-price'>$64.00</div>"
        "<button type='submit' class='add-to-cart'>Add to cart</button></div>",
        "ACME Gooseneck Kettle 0.9 L | Northwind Supply",
    ),
    "ACME Gooseneck Kettle 0.9 L",
    f"{S}/img/p/acme-gooseneck-kettle-br-1.jpg",
)

case(
    "title-h1-in-entry-header",
    "https://www.potterylane.example/product/speckled-mug-12oz/",
    page(
        "<article class='product type-product'><header class='entry-header'><h1 class='entry-title'>Speckled Mug 12 oz</h1></header>"
        "<div class='entry-content'><div class='woocommerce-product-gallery'><img src='/wp-content/uploads/2025/01/speckled-mug-12oz.jpg' alt=''></div>"
        "<p class='price'><span class='woocommerce-Price-amount amount'>$32.00</span></p>"
        "<form class='cart'><button type='submit' class='single_add_to_cart_button'>Add to cart</button></form></div></article>",
        "Speckled Mug 12 oz – Pottery Lane",
    ),
    "Speckled Mug 12 oz",
    "https://www.potterylane.example/wp-content/uploads/2025/01/speckled-mug-12oz.jpg",
)

case(
    "title-spans-without-space",
    f"{S}/p/acme-trail-runner-4",
    page(
        "<div class='pdp-image'><img src='/img/p/acme-trail-runner-4-1.jpg' alt=''></div>"
        "<div class='pdp-info'><h1 class='pdp-title'><span class='pdp-title__brand'>Acme</span><span class='pdp-title__name'>Trail Runner 4</span></h1>"
        "<div class='pdp-price'>$139.00</div><button type='submit' class='add-to-cart'>Add to cart</button></div>",
        "Acme Trail Runner 4 | Northwind Supply",
    ),
    "Acme Trail Runner 4",
    f"{S}/img/p/acme-trail-runner-4-1.jpg",
)

case(
    "title-shop-tagline-h1-named-h2",
    "https://www.ceramicsbyrose.example/shop/p/moon-vase-small",
    page(
        "<div class='site-intro'><h1 class='site-tagline'>Handmade in small batches in Portland, Oregon</h1></div>"
        "<div class='ProductItem'><div class='ProductItem-gallery'><img src='/s/moon-vase-small-1.jpg' alt=''></div>"
        "<div class='ProductItem-details'><h2 class='ProductItem-details-title'>Moon Vase, Small</h2>"
        "<div class='product-price'>$96.00</div><button class='sqs-add-to-cart-button' type='button'>Add To Cart</button></div></div>",
        "Moon Vase, Small — Ceramics by Rose",
    ),
    "Moon Vase, Small",
    "https://www.ceramicsbyrose.example/s/moon-vase-small-1.jpg",
)

case(
    "title-doc-category-brand-name-chain",
    "https://www.bauhaus-werkzeug.example/p/4088123",
    page(
        "<div class='produktbild'><img src='/img/produkte/4088123-akku-bohrschrauber.jpg' alt=''></div>"
        "<div class='produkt'><h1 class='produkt-titel'>Akku-Bohrschrauber BS 18-2 Li</h1><div class='preis'>129,00 €</div>"
        "<button type='submit' class='warenkorb'>In den Warenkorb</button></div>",
        "Werkzeug > Akkuwerkzeug > Bohrschrauber > Akku-Bohrschrauber BS 18-2 Li | Bauhaus Werkzeug",
        lang="de-DE",
    ),
    "Akku-Bohrschrauber BS 18-2 Li",
    "https://www.bauhaus-werkzeug.example/img/produkte/4088123-akku-bohrschrauber.jpg",
)

case(
    "title-quick-view-dialog-other-product",
    f"{S}/p/linen-pillowcase-set",
    page(
        "<div class='product-gallery'><img src='/img/p/linen-pillowcase-set-white-1.jpg' alt='Linen Pillowcase Set'></div>"
        + buy("Linen Pillowcase Set", "$58.00")
        + "<div class='modal quick-view' role='dialog' aria-hidden='true'><h1 class='quick-view__title'>Linen Duvet Cover</h1>"
        "<img src='/img/p/linen-duvet-cover-white-1.jpg' alt='Linen Duvet Cover'><span class='price'>$220.00</span>"
        "<button class='add-to-cart'>Add to cart</button></div>",
        "Linen Pillowcase Set | Northwind Supply",
    ),
    "Linen Pillowcase Set",
    f"{S}/img/p/linen-pillowcase-set-white-1.jpg",
)

# ---- must-not-fire: ordinary pages the answer is right on -----------------------------------------

case(
    "plain-dawn-ld",
    f"{S}/products/hemp-apron",
    page(
        ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": "Hemp Apron",
                "url": f"{S}/products/hemp-apron",
                "image": [f"{S}/cdn/shop/files/hemp-apron-natural.jpg?v=1700&width=1920"],
                "offers": [
                    {
                        "@type": "Offer",
                        "price": "44.00",
                        "priceCurrency": "USD",
                        "availability": "http://schema.org/InStock",
                    }
                ],
            }
        )
        + "<div class='product__media-wrapper'><ul class='product__media-list'><li class='product__media-item'>"
        "<div class='product__media media'><img src='//www.northwind.example/cdn/shop/files/hemp-apron-natural.jpg?v=1700&width=1946' "
        "srcset='//www.northwind.example/cdn/shop/files/hemp-apron-natural.jpg?v=1700&width=246 246w, //www.northwind.example/cdn/shop/files/hemp-apron-natural.jpg?v=1700&width=493 493w' "
        "width='973' height='1216' alt=''></div></li></ul></div>" + buy("Hemp Apron", "$44.00"),
        "Hemp Apron – Northwind Supply",
        og({"og:image": "http://www.northwind.example/cdn/shop/files/hemp-apron-natural.jpg?v=1700"}),
    ),
    "Hemp Apron",
    f"{S}/cdn/shop/files/hemp-apron-natural.jpg?v=1700&width=1920",
)

case(
    "plain-magento-og",
    f"{S}/waxed-canvas-backpack.html",
    page(
        "<div class='product media'><div class='gallery-placeholder _block-content-loading' data-gallery-role='gallery-placeholder'>"
        f"<img alt='main product photo' class='gallery-placeholder__image' src='{S}/media/catalog/product/cache/0f831c/w/c/waxed-canvas-backpack-01.jpg'></div></div>"
        + buy("Waxed Canvas Backpack", "$138.00"),
        "Waxed Canvas Backpack",
        og(
            {
                "og:type": "product",
                "og:image": f"{S}/media/catalog/product/cache/0f831c/w/c/waxed-canvas-backpack-01.jpg",
            }
        ),
    ),
    "Waxed Canvas Backpack",
    f"{S}/media/catalog/product/cache/0f831c/w/c/waxed-canvas-backpack-01.jpg",
)

case(
    "plain-single-img",
    "https://www.smallshop.example/item/horsehair-brush",
    page(
        "<div class='item'><img src='/photos/horsehair-brush.jpg' alt='Horsehair Brush'>"
        + buy("Horsehair Shoe Brush", "$15.00")
        + "</div>",
        "Horsehair Shoe Brush - Small Shop",
    ),
    "Horsehair Shoe Brush",
    "https://www.smallshop.example/photos/horsehair-brush.jpg",
)

case(
    "plain-gallery-first-is-main",
    f"{S}/p/oak-side-table",
    page(
        "<div class='gallery'><div class='gallery__main'><img src='/img/products/oak-side-table-1.jpg' alt='Oak Side Table'></div>"
        "<div class='gallery__thumbs'><img src='/img/products/oak-side-table-1-thumb.jpg' alt=''>"
        "<img src='/img/products/oak-side-table-2-thumb.jpg' alt=''></div></div>"
        + buy("Oak Side Table", "$220.00")
        + "<section class='related'><h2>You may also like</h2><div class='card'><a href='/p/oak-stool'><img src='/img/products/oak-stool-1.jpg' alt=''>"
        "Oak Stool</a><span class='price'>$120.00</span></div></section>",
        "Oak Side Table | Northwind Supply",
    ),
    "Oak Side Table",
    f"{S}/img/products/oak-side-table-1.jpg",
)

case(
    "plain-woocommerce-ld-graph",
    "https://www.teahouse.example/product/sencha-100g/",
    page(
        ld(
            {
                "@context": "https://schema.org/",
                "@graph": [
                    {
                        "@type": "Product",
                        "@id": "https://www.teahouse.example/product/sencha-100g/#product",
                        "name": "Sencha 100 g",
                        "image": "https://www.teahouse.example/wp-content/uploads/2024/02/sencha-100g.jpg",
                        "offers": [{"@type": "Offer", "price": "18.50", "priceCurrency": "USD"}],
                    }
                ],
            }
        )
        + "<div class='woocommerce-product-gallery'><div class='woocommerce-product-gallery__image'>"
        "<a href='https://www.teahouse.example/wp-content/uploads/2024/02/sencha-100g.jpg'>"
        "<img src='https://www.teahouse.example/wp-content/uploads/2024/02/sencha-100g-600x600.jpg' alt=''></a></div></div>"
        + buy("Sencha 100 g", "$18.50"),
        "Sencha 100 g – Teahouse",
    ),
    "Sencha 100 g",
    "https://www.teahouse.example/wp-content/uploads/2024/02/sencha-100g.jpg",
)

case(
    "plain-og-product-image-no-gallery-class",
    "https://www.pottery.example/shop/moon-jar-small",
    page(
        "<div class='row'><div class='col-6'><img src='/uploads/moon-jar-small-a.jpg' alt='Moon Jar, small'></div>"
        "<div class='col-6'>" + buy("Moon Jar, small", "$140.00") + "</div></div>",
        "Moon Jar, small — Pottery",
        og(
            {
                "og:image": "https://www.pottery.example/uploads/moon-jar-small-a.jpg",
                "og:title": "Moon Jar, small",
            }
        ),
    ),
    "Moon Jar, small",
    "https://www.pottery.example/uploads/moon-jar-small-a.jpg",
)

case(
    "plain-title-brand-and-name-h1",
    f"{S}/products/acme-trail-sock",
    page(
        "<div class='product-gallery'><img src='/cdn/shop/files/acme-trail-sock-grey.jpg' alt=''></div>"
        "<div class='product__info'><p class='product__vendor'>Acme</p>"
        "<h1 class='product__title'>Trail Sock Merino</h1><div class='price'>$22.00</div>"
        "<button type='submit' class='product-form__submit'>Add to cart</button></div>",
        "Trail Sock Merino – Northwind Supply",
    ),
    "Trail Sock Merino",
    f"{S}/cdn/shop/files/acme-trail-sock-grey.jpg",
)


XFAIL: dict[str, str] = {}


def _same_url(a: str, b: str) -> bool:
    """Equal up to the scheme: `http:`, `https:` and `//` name one file."""
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.netloc.lower(), pa.path, pa.query) == (pb.netloc.lower(), pb.path, pb.query)


def mistakes(c: Case) -> list[str]:
    """What extraction reads wrong on case `c`: its title (`title_match`) and its main image."""
    got = extract_product(c.html, c.url) or {}
    image = (got.get("image_urls") or [None])[0]
    wrong = []
    if not title_match(got.get("title"), c.title):
        wrong.append(f"title {got.get('title')!r} != {c.title!r}")
    if c.strict:
        hit = image is not None and any(_same_url(urljoin(c.url, image), i) for i in c.images)
    else:
        hit = image_match(image, set(c.images), c.url)
    if not hit:
        wrong.append(f"image {image!r} != {c.images[0]!r}")
    return wrong


@pytest.mark.parametrize("c", case_params(CASES, XFAIL))
def test_main_image_and_title(c: Case) -> None:
    wrong = mistakes(c)
    assert not wrong, "; ".join(wrong)


# ---- must-not-fire cases of the fixes (written after reading the heuristics) ----------------------
# Each passes before and after the fixes unless its id starts with "fires-" (those pass after only).

NOT_FIRE: list[Case] = []


def keep(id: str, url: str, html: str, title: str, *images: str, strict: bool = False) -> None:
    NOT_FIRE.append(Case(id, url, html, title, images, strict))


def _group(url_variant: str, own_image: bool) -> str:
    """A ProductGroup of two variants (Navy, Oatmeal) with the group's image the Navy one's."""

    def variant(colour: str, vid: str) -> dict:
        v = {
            "@type": "Product",
            "name": f"Merino Crew Sweater - {colour}",
            "offers": {
                "@type": "Offer",
                "price": "98.00",
                "priceCurrency": "USD",
                "url": f"{S}/products/merino-crew?variant={vid}",
            },
        }
        if own_image:
            v["image"] = f"{CDN}/files/merino-crew-{colour.lower()}.jpg"
        return v

    group = {
        "@context": "https://schema.org/",
        "@type": "ProductGroup",
        "name": "Merino Crew Sweater",
        "image": f"{CDN}/files/merino-crew-navy.jpg",
        "hasVariant": [variant("Navy", "4455667700"), variant("Oatmeal", "4455667788")],
    }
    return page(
        ld(group)
        + "<div class='product-copy'><img src='/img/merino-care-label.png' alt='' width='120' height='40'></div>"
        + buy("Merino Crew Sweater", "$98.00"),
        "Merino Crew Sweater – Northwind Supply",
    )


keep("fires-variant-url-own-image", f"{S}/products/merino-crew?variant=4455667788", _group("", True),
     "Merino Crew Sweater", f"{CDN}/files/merino-crew-oatmeal.jpg", strict=True)  # fmt: skip
keep("variant-url-no-own-image", f"{S}/products/merino-crew?variant=4455667788", _group("", False),
     "Merino Crew Sweater", f"{CDN}/files/merino-crew-navy.jpg", strict=True)  # fmt: skip
keep("no-variant-in-url-group-image", f"{S}/products/merino-crew", _group("", True),
     "Merino Crew Sweater", f"{CDN}/files/merino-crew-navy.jpg", strict=True)  # fmt: skip


def _slides(*slides: str, cls: str = "product-gallery__slide") -> str:
    """A gallery of `slides` (each "CLASSES|FILE|LOADING"), then the buy box of the Wool Beanie."""
    items = ""
    for s in slides:
        extra, name, loading = s.split("|")
        lazy = f" loading='{loading}'" if loading else ""
        items += f"<div class='{cls} {extra}'><img src='{CDN}/files/{name}.jpg?width=800' alt='Wool Beanie'{lazy}></div>"
    return page(
        f"<div class='product-gallery'>{items}</div>" + buy("Wool Beanie", "$28.00"),
        "Wool Beanie – Northwind Supply",
    )


keep("active-first-slide", f"{S}/products/wool-beanie",
     _slides("is-active|wool-beanie-rust|", "|wool-beanie-forest|lazy", "|wool-beanie-charcoal|lazy"),
     "Wool Beanie", f"{CDN}/files/wool-beanie-rust.jpg?width=800")  # fmt: skip
keep("active-after-clones", f"{S}/products/wool-beanie",
     _slides("slick-cloned|wool-beanie-charcoal|", "slick-current slick-active|wool-beanie-rust|", "|wool-beanie-forest|",
             cls="slick-slide"),
     "Wool Beanie", f"{CDN}/files/wool-beanie-rust.jpg?width=800")  # fmt: skip
keep("all-slides-lazy-first-wins", f"{S}/products/wool-beanie",
     _slides("|wool-beanie-rust|lazy", "|wool-beanie-forest|lazy", "|wool-beanie-charcoal|lazy"),
     "Wool Beanie", f"{CDN}/files/wool-beanie-rust.jpg?width=800")  # fmt: skip
keep("no-lazy-first-wins", f"{S}/products/wool-beanie",
     _slides("|wool-beanie-rust|", "|wool-beanie-forest|", "|wool-beanie-charcoal|eager"),
     "Wool Beanie", f"{CDN}/files/wool-beanie-rust.jpg?width=800")  # fmt: skip

keep(
    "active-thumb-not-first-stage-large",
    f"{S}/p/ceramic-pour-over-set-2291?color=c",
    page(
        "<div class='pdp-gallery'><ul class='pdp-gallery__thumbs'>"
        f"<li><button><img src='{CDN}/img/2291/thumb/pour-over-set-a.jpg' width='72' height='72' alt='Ceramic Pour-Over Set'></button></li>"
        f"<li><button><img src='{CDN}/img/2291/thumb/pour-over-set-b.jpg' width='72' height='72' alt='Ceramic Pour-Over Set'></button></li>"
        f"<li class='is-active'><button><img src='{CDN}/img/2291/thumb/pour-over-set-c.jpg' width='72' height='72' alt='Ceramic Pour-Over Set'></button></li></ul>"
        f"<div class='pdp-gallery__stage'><img class='pdp-gallery__main' src='{CDN}/img/2291/large/pour-over-set-c.jpg' "
        "width='900' height='900' alt='Ceramic Pour-Over Set'></div></div>"
        + buy("Ceramic Pour-Over Set", "$62.00"),
        "Ceramic Pour-Over Set | Northwind Supply",
    ),
    "Ceramic Pour-Over Set",
    f"{CDN}/img/2291/large/pour-over-set-c.jpg",
    strict=True,
)
keep(
    "named-photo-in-gallery-with-video-later",
    f"{S}/products/stand-mixer-pro",
    page(
        "<div class='product-media-gallery has-video'><div class='product-media product-media--image'>"
        "<img class='product-media__image' src='/cdn/shop/files/stand-mixer-pro-red-1.jpg?width=1200' alt='Stand Mixer Pro'></div>"
        "<div class='product-media product-media--video'><img class='product-media__poster' "
        "src='/cdn/shop/files/stand-mixer-pro-video-thumb.jpg?width=1200' alt='Stand Mixer Pro'></div></div>"
        + buy("Stand Mixer Pro", "$449.00"),
        "Stand Mixer Pro – Northwind Supply",
    ),
    "Stand Mixer Pro",
    f"{S}/cdn/shop/files/stand-mixer-pro-red-1.jpg?width=1200",
    strict=True,
)
keep(
    "named-photo-only-picture-in-video-named-box",
    f"{S}/products/stand-mixer-pro",
    page(
        "<div class='product-media-gallery has-video'><img class='product-media__image' "
        "src='/cdn/shop/files/stand-mixer-pro-red-1.jpg?width=1200' alt=''></div>"
        + buy("Stand Mixer Pro", "$449.00"),
        "Stand Mixer Pro – Northwind Supply",
        og({"og:image": f"{S}/cdn/shop/files/stand-mixer-pro-kitchen-scene.jpg"}),
    ),
    "Stand Mixer Pro",
    f"{S}/cdn/shop/files/stand-mixer-pro-red-1.jpg?width=1200",
    strict=True,
)
keep(
    "tiny-icon-without-sources-skipped",
    f"{S}/p/steel-water-bottle",
    page(
        "<div class='product-media'><img src='/img/icons/leaf-eco-badge-40.png' width='40' height='40' alt='Steel Water Bottle eco'>"
        "<img src='/img/p/steel-water-bottle-1.jpg' alt='Steel Water Bottle'></div>"
        + buy("Steel Water Bottle", "$25.00"),
        "Steel Water Bottle | Northwind Supply",
    ),
    "Steel Water Bottle",
    f"{S}/img/p/steel-water-bottle-1.jpg",
    strict=True,
)
keep(
    "picture-large-img-keeps-own-first",
    f"{S}/p/steel-water-bottle",
    page(
        f"<div class='product-media'><picture><source type='image/webp' srcset='{CDN}/img/steel-water-bottle-1.webp 800w'>"
        f"<img src='{CDN}/img/steel-water-bottle-1.jpg' width='800' height='800' alt='Steel Water Bottle'></picture></div>"
        + buy("Steel Water Bottle", "$25.00"),
        "Steel Water Bottle | Northwind Supply",
    ),
    "Steel Water Bottle",
    f"{CDN}/img/steel-water-bottle-1.jpg",
    strict=True,
)
keep(
    "link-to-other-photo-not-taken",
    f"{S}/p/brass-lamp",
    page(
        "<div class='product-image'><a href='/img/p/brass-lamp-lit-evening.jpg' class='zoom'>"
        "<img src='/img/p/brass-lamp-front-800.jpg' alt='Brass Lamp' width='800' height='800'></a></div>"
        + buy("Brass Lamp", "$140.00"),
        "Brass Lamp | Northwind Supply",
    ),
    "Brass Lamp",
    f"{S}/img/p/brass-lamp-front-800.jpg",
    strict=True,
)
keep(
    "link-strip-thumbs-beside-main",
    f"{S}/p/brass-lamp",
    page(
        "<div class='product-gallery'><div class='main'><img src='/img/p/large/brass-lamp-1.jpg' alt='Brass Lamp'></div>"
        "<div class='strip'><a href='/img/p/large/brass-lamp-1.jpg'><img src='/img/p/small/brass-lamp-1.jpg' width='90' height='90' alt=''></a>"
        "<a href='/img/p/large/brass-lamp-2.jpg'><img src='/img/p/small/brass-lamp-2.jpg' width='90' height='90' alt=''></a></div></div>"
        + buy("Brass Lamp", "$140.00"),
        "Brass Lamp | Northwind Supply",
    ),
    "Brass Lamp",
    f"{S}/img/p/large/brass-lamp-1.jpg",
    strict=True,
)
keep(
    "fires-link-to-same-photo-larger",
    f"{S}/p/brass-lamp",
    page(
        "<div class='product-image'><a href='/img/p/zoom/brass-lamp-1.jpg'>"
        "<img src='/img/p/medium/brass-lamp-1.jpg' alt='Brass Lamp' width='240' height='240'></a></div>"
        + buy("Brass Lamp", "$140.00"),
        "Brass Lamp | Northwind Supply",
    ),
    "Brass Lamp",
    f"{S}/img/p/zoom/brass-lamp-1.jpg",
    strict=True,
)
keep(
    "shown-size-picture-keeps-own-url",
    f"{S}/p/brass-lamp",
    page(
        "<div class='product-image'><a href='/img/p/zoom/brass-lamp-1.jpg'>"
        "<img src='/img/p/medium/brass-lamp-1.jpg' alt='Brass Lamp' width='600' height='600'></a></div>"
        + buy("Brass Lamp", "$140.00"),
        "Brass Lamp | Northwind Supply",
    ),
    "Brass Lamp",
    f"{S}/img/p/medium/brass-lamp-1.jpg",
    strict=True,
)
keep(
    "alt-less-hashed-names-order-kept",
    f"{S}/p/wool-rug-160",
    page(
        "<div class='pimg'><img src='/img/u/8f3a9c1d2e.jpg' alt=''><img src='/img/u/0b7e4f6a5c.jpg' alt=''></div>"
        + buy("Wool Rug 160 x 230", "$420.00"),
        "Wool Rug 160 x 230 | Northwind Supply",
    ),
    "Wool Rug 160 x 230",
    f"{S}/img/u/8f3a9c1d2e.jpg",
)
keep(
    "alt-less-card-named-alike-stays-below",
    f"{S}/p/wool-rug-160",
    page(
        "<div class='product-gallery'><img src='/img/p/rug-main-8f3a.jpg' alt='Wool Rug'></div>"
        + buy("Wool Rug 160 x 230", "$420.00")
        + "<section class='related-products'><div class='product-card'><a href='/p/wool-rug-200'><img src='/img/p/wool-rug-200-x-300.jpg' alt=''>"
        "Wool Rug 200 x 300</a><span class='price'>$640.00</span></div></section>",
        "Wool Rug 160 x 230 | Northwind Supply",
    ),
    "Wool Rug 160 x 230",
    f"{S}/img/p/rug-main-8f3a.jpg",
)
keep(
    "unnamed-json-script-not-read",
    f"{S}/p/smart-scale-s3",
    page(
        "<div class='pdp-image'><img src='/img/p/smart-scale-s3-white.jpg' alt='Smart Scale S3'></div>"
        "<script type='application/json' id='product-data'>"
        + json.dumps({"images": [{"large": f"{CDN}/img/smart-scale-s3/large/9.jpg"}]})
        + "</script>"
        + buy("Smart Scale S3", "$59.00"),
        "Smart Scale S3 | Northwind Supply",
    ),
    "Smart Scale S3",
    f"{S}/img/p/smart-scale-s3-white.jpg",
    strict=True,
)
keep(
    "named-gallery-script-beside-clear-img",
    f"{S}/p/smart-scale-s3",
    page(
        "<div class='product-gallery'><img class='product-main-image' src='/img/p/smart-scale-s3-white.jpg' alt='Smart Scale S3'></div>"
        "<script type='application/json' id='gallery-data'>"
        + json.dumps({"images": [{"large": f"{CDN}/img/smart-scale-s3/large/9.jpg"}]})
        + "</script>"
        + buy("Smart Scale S3", "$59.00"),
        "Smart Scale S3 | Northwind Supply",
    ),
    "Smart Scale S3",
    f"{S}/img/p/smart-scale-s3-white.jpg",
    strict=True,
)


def _linked_main(href: str, mark: bool = False) -> str:
    """The Acme blender's page: its photo in a link to `href`, the og:image another photo of it; with
    `mark`, a brand mark linking to the brand's listing before the photo."""
    head = (
        "<a href='/brands/acme'><img src='/media/brands/acme-200x80.png' alt='Acme' width='200' height='80'></a>"
        if mark
        else ""
    )
    return page(
        f"<div class='pdp'><div class='pdp-head'>{head}</div><div class='pdp-body'><a href='{href}'>"
        "<img src='/media/catalog/acme-pro-blender-64oz-1.jpg' alt='Acme Pro Blender 64 oz'></a>"
        + buy("Acme Pro Blender 64 oz", "$179.00")
        + "</div></div>",
        "Acme Pro Blender 64 oz | Northwind Supply",
        og({"og:image": f"{S}/media/catalog/acme-pro-blender-64oz-kitchen.jpg"}),
    )


for _id, _href, _mark in [
    ("photo-links-to-own-page", "/p/acme-pro-blender", False),
    ("photo-links-to-own-page-query", f"{S}/p/acme-pro-blender/?ref=img", False),
    ("photo-links-to-script", "javascript:void(0)", False),
    ("photo-links-to-anchor", "#gallery", False),
    ("fires-photo-links-to-own-page-mark-before", "/p/acme-pro-blender", True),
    ("fires-photo-links-to-script-mark-before", "javascript:void(0)", True),
]:
    keep(_id, f"{S}/p/acme-pro-blender", _linked_main(_href, _mark), "Acme Pro Blender 64 oz",
         f"{S}/media/catalog/acme-pro-blender-64oz-1.jpg", strict=True)  # fmt: skip


def _titled(h1: str, doc_title: str) -> str:
    return page(
        "<div class='pimg'><img src='https://img.kartbazaar.example/p/trail-runner-2-01.jpg' alt=''></div>"
        + buy(h1, "$99.00"),
        doc_title,
    )


keep("fuller-name-in-doc-title-kept", f"{S}/p/tr2",
     _titled("Trail Runner 2", "Trail Runner 2 Waterproof Men's Shoe | Northwind Supply"),
     "Trail Runner 2 Waterproof Men's Shoe", "https://img.kartbazaar.example/p/trail-runner-2-01.jpg")  # fmt: skip
keep("fires-online-at-best-price", f"{S}/p/tr2",
     _titled("Trail Runner 2", "Trail Runner 2 Online at Lowest Price | KartBazaar"),
     "Trail Runner 2", "https://img.kartbazaar.example/p/trail-runner-2-01.jpg")  # fmt: skip
keep("name-word-online-kept", f"{S}/p/tr2",
     _titled("Wordfinder", "Wordfinder Online Dictionary Edition | Northwind Supply"),
     "Wordfinder Online Dictionary Edition", "https://img.kartbazaar.example/p/trail-runner-2-01.jpg")  # fmt: skip


@pytest.mark.parametrize("c", case_params(NOT_FIRE))
def test_fixes_keep_ordinary_pages(c: Case) -> None:
    wrong = mistakes(c)
    assert not wrong, "; ".join(wrong)
