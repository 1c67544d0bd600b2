"""Main image review 8 (issue 14): whole product pages of US brand / DTC stores on shop platforms.

Whole product pages of US brand / DTC stores on shop platforms, each with an announcement bar,
a header (logo, mega menu with a featured picture, icons), breadcrumbs, the gallery and buy box,
specs, reviews, related cards, a newsletter block, an Instagram strip and a footer of payment and
trust pictures. About half carry no structured data; some carry a JSON-LD image or og:image that is
another picture than the one shown (a lifestyle shot, the shop's logo, a site-wide share picture or
social crop, another colour, a swatch, a customer's review photo, the catalog placeholder). The
expected main image is the picture the page shows as the product's main photo, compared as
benchmarks.bench_extraction compares it (`image_match`); only the main image (and that a listing is
given) is checked.

First look (written before reading crawler/heuristics/photos.py or crawler/srcset.py; against
HEAD 4bde880, other helpers' uncommitted work in the tree):

- Batch 1 (10 pages: Shopify Broadcast with the URL's variant first and og:image the featured
  photo, Shopify Motion lazysizes `{width}` templates, BigCommerce Cornerstone with og:image the
  logo, Magento PWA Studio (Venia, hashed classes), SFCC SiteGenesis with swatches and data-lgimg,
  Scene7 with a JSON-LD lifestyle image, WooCommerce Astra with Yoast's default share picture,
  Volusion, Shift4Shop with og:image another colour, NetSuite SuiteCommerce bxSlider): 1 failed,
  suitecommerce-bxslider-clone-first: bxSlider's loop copy of the last slide ("bx-clone") written
  before the first took the first place (the clone classes read were "cloned" / "duplicate").
- Batch 2 (10 pages: Miva with og:image the logo, Lightspeed eCom id folders, Ecwid, Weebly with a
  lifestyle og:image, Square Online with a JSON-LD logo, Oracle Commerce Cloud ccstore image
  URLs, HCL Commerce Aurora with swatches before the picture, SAP Commerce /medias/ with ?context=,
  Shopify Impulse with a JSON-LD swatch, Magento Luma with og:image the catalog placeholder): 0 failed.
- Batch 3 (9 pages: Shopify Hydrogen hashed grid with a Cloudinary share card, SFRA with a
  lifestyle content slot above the carousel, Prestige with a sale badge in the first slide,
  WooCommerce with a YouTube slide first and Rank Math's @id image, BigCommerce with a JSON-LD logo,
  Squarespace with a structured lifestyle thumbnail, Wix fill transforms, Hyvä with a "frequently
  bought together" block, Dawn with a sticky add-to-cart bar of another variant first): 0 failed.

So 1 of 29 at first look.

After reading photos.py's candidate and loop-copy code (not yet its video rules):
- Batch 4 (9 pages: X-Cart image.php, Zen Cart, CS-Cart thumbnails paths, a Cloudinary store with a
  video's still first, Shopify data-srcset-only slides with an og social crop, Amplience with the
  JSON-LD model shot first, BigCommerce thumbnails left with a lazy main picture, Akamai art
  direction, WooCommerce variable product with the URL's attribute): 1 failed,
  cloudinary-video-still-first (a "/video/upload/" still in a play button, the slide typed only
  by data-media-type).
- Batch 5 (7 pages, after both fixes: bgset slides with the URL's variant, Yoast's custom social
  image that is the third slide, Luma's rendered Fotorama with og:image another colour, colour
  sets hidden but the URL's, a hidden quick-view of another product before an SFRA gallery,
  Symmetry with thumbnails first and a shop-the-look picture, a Yotpo customer photo as the JSON-LD
  image): 0 failed.
- Batch 6 (6 pages: Salesforce PWA Kit (Chakra, hashed classes), ImageKit commas in a multi-line
  srcset, a mega menu's cards of sibling products, BigCommerce A+ description pictures, lazysizes
  data: srcset with Flickity lazy slides, a newsletter modal's lifestyle picture at the top): 0 failed.

Kinds fixed (crawler/heuristics/photos.py):
1. A carousel's loop copy of a slide (`_CLONE_SLIDE`: "bx-clone", "splide__slide--clone",
   "glide__slide--clone" besides "slick-cloned", "cloned", "swiper-slide-duplicate") beside
   original slides of its class is no candidate (`_loop_copy`); its photo is met at its own place.
   One case more (splide-loop-clones-first-none-active, failing before). Must-not-fire: slick,
   Owl and Swiper loops with the original marked shown, a zoom plugin's "zoom-clone" box alone.
2. A video's slide is also told by its media type attribute (`data-media-type="video"`,
   "external_video", "model"), a play control's name ("...__play", "play-button") or label
   ("Play video"), or its still's URL (Cloudinary "/video/upload/", Shopify "/preview_images/")
   (`_video_slide`). Two cases more (shopify-media-type-video-first,
   headless-play-video-button-first, failing before). Must-not-fire: a video doorbell whose photos
   are typed "image", a "Play Kitchen" toy, a Cloudinary store with its video last in a
   "slider-autoplay" row, a "data-type='model'" spec row beside a lone photo.

Round 2 (after the commit of kinds 1-2, 6e07b16; written knowing photos.py, aimed at what it reads):
- Batch 7 (5 pages: Dawn with Shopify's ProductGroup `structured_data`, the first variant sold out
  so the page opens on the first available one, and with ?variant=; an SEO app's image list;
  Webflow with a CMS og:image lifestyle; a lifestyle featured photo everywhere): 0 failed.
- Reading scores showed CS-Cart's first photo read as a thumbnail: binoculars "10x42" end its file
  name. Kind 3 (below), with a WooCommerce "24x36" poster written as a must-not-fire page that
  failed before (so a case).
- Archetype themes (Impulse, Motion, Streamline) open on the chosen variant's slide by marking it
  "starting-slide" where it sits: with the URL's ?variant= and a JSON-LD or og:image of the
  featured photo, 2 of 2 failed (the featured photo kept). Kind 4.
- Batch 8 (6 pages: PageFly data-pf-type hooks, GemPages with a hero banner above, Medusa's Next.js
  starter (Tailwind, alt "Product image 1"), BigCommerce Catalyst with and without JSON-LD, Dawn's
  media modal and complementary products): 0 failed.

3. A "WxH" the product's title writes ("10x42", "24x36", "8x10") is a measure in a file name, not a
   pixel size (`_title_measures`, `_url_px`, `_linked_original`). Cases:
   cscart-binoculars-measure-in-file-name, woocommerce-poster-24x36-measure-in-file-name (both
   failing before). Must-not-fire: an "8x10" rug and a "12x12" paper pad whose "_160x160" /
   "_100x100" thumbnails come first and stay thumbnails.
4. "starting-slide" and "thumb--current" are shown-slide states (`_SHOWN_STATE`). Cases:
   impulse-starting-slide-url-variant-jsonld-featured, -og-featured (failing before).
   Must-not-fire: the same page opened on the first slide; motion-lazysizes-width-template.

- Pixel Union's Empire / Superstore mark the chosen variant's slide and thumbnail with
  `data-product-gallery-selected="true"`, not a class: with the URL's ?variant=, with and without a
  JSON-LD of the featured photo, 2 of 2 failed. Kind 5.

5. An attribute saying a slide is shown (`_shown_attr`: `aria-current` / `aria-selected` /
   `data-*selected|active|current` = "true") counts as its shown class does (`_shown_slide_bonus`).
   Cases: empire-data-selected-url-variant-jsonld-featured, -no-structured (failing before).
   Must-not-fire: the same page opened on the first slide; Dawn's thumbnail `aria-current="true"`
   beside a recently-viewed slider's `aria-selected="true"` card and a reviews carousel's
   `data-active="true"` customer photo; description tabs `aria-selected="true"` with an icon and a
   size picker's `data-selected="true"`.

- A custom theme marking the URL's colour slide with a BEM state modifier
  ("product-gallery__slide--active"), the first slide loading eagerly by its index: 2 of 2 failed
  (with and without a JSON-LD of the first photo). Kind 6.
- Dawn with an image-banner section first (fetchpriority=high on the banner, every product media
  loading=lazy), with and without og:image: 0 failed.

6. A BEM state modifier (`_BEM_SHOWN`: "<block>--active|selected|current") is a shown-slide class
   (`_shown_class`). Cases: bem-slide-active-url-colour-jsonld-first, -no-structured (failing
   before). Must-not-fire: the same page opened on the first slide; a nav item "--active" holding
   the mega menu's picture, image swatches "swatch--selected", a "shop the look" slider's
   "--active" slide of other products; colour swatches inside the gallery block marked
   "--selected" and `data-selected="true"` on another colour.

- Round 3 (after cdbb2de, 11 pages: SFCC with Scene7 presets without file extensions, lazy and as
  backgrounds; Shopify Debut's hidden wrappers with "active-thumb" and ?variant=, Simple's featured
  picture; WooCommerce Woodmart's owl loop with "frequently bought together", Divi, Kadence's
  splide with a sticky add-to-cart picture; Magento Porto's placeholder with related cards; Sense
  with a video first; measures written apart in the title, "8' x 10'" and "5 x 7 in."): 0 failed.

- A Swiper gallery whose slides hold a zoom link around a `<picture>` with AVIF and WebP sources,
  the URL's variant the third slide marked "swiper-slide-active": 2 of 2 failed (with and without
  a JSON-LD of the featured photo). libxml2 does not know `<source>` is void and nests the `<img>`
  in both sources, so the slide sat 5 levels up, out of the shown-slide window (4). Kind 7. The
  same slide five real levels up (an item and a media box more) is left (`XFAIL`): widening the
  window to 5 gave a BigCommerce related carousel's "slick-current" card the bonus
  (test_image_review2.py bigcommerce-cornerstone-*, whose link photos._this_page reads as this page).

7. Ancestor windows leave `<source>` elements out (`_ancestors`: `_img_score`, `_gallery_row`,
   `_loop_copy`, `_picture_sources`, `_linked_original`, `_other_items_block`). Cases:
   picture-sources-swiper-active-url-variant-jsonld-featured, -no-structured (failing before).
   Must-not-fire: the same page opened on the first slide, and the earlier reviews' `<picture>` pages.

In-repo development pages (tests/crawler/pages*, 135 pages, pages_holdout left out): main image,
title and price read the same as at 4bde880 after kinds 1-7.

`CASES` are the review's pages, `NOT_FIRE` pages where a fix must not change the answer (each
passing before the fix and after). Cases left failing are strict xfails in `XFAIL` (one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from benchmarks.bench_extraction import image_match
from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    images: tuple[str, ...]  # acceptable main-image URLs (absolute); the first is named in messages


CASES: list[Case] = []
NOT_FIRE: list[Case] = []
# cases left failing: id -> reason (strict xfails)
XFAIL: dict[str, str] = {}


def case(id: str, url: str, html: str, *images: str) -> None:
    CASES.append(Case(id, url, html, images))


def keep(id: str, url: str, html: str, *images: str) -> None:
    NOT_FIRE.append(Case(id, url, html, images))


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def og(**props: str) -> str:
    return "".join(f'<meta property="og:{k}" content="{v}">' for k, v in props.items())


def mistake(c: Case) -> str:
    """'' when extraction gives a listing whose main image (the first of image_urls) is right."""
    got = extract_product(c.html, c.url)
    if got is None:
        return "no listing"
    image = (got.get("image_urls") or [None])[0]
    if not image_match(image, set(c.images), c.url):
        return f"image {image!r} != {c.images[0]!r}"
    return ""


# ---- the page chrome of a US brand store -----------------------------------------------------------------------


def page(
    base: str,
    shop: str,
    title_tag: str,
    body: str,
    *,
    head: str = "",
    crumbs: tuple[str, ...] = ("Home", "Shop"),
    promo: str = "",
    after: str = "",
) -> str:
    """A whole store page: announcement bar, header (logo, mega menu with a featured picture, search,
    account and cart icons), breadcrumbs, `body` (the product), `after` (sections below it), a
    newsletter block, an Instagram strip and a footer with payment and trust pictures."""
    promo = promo or f"{base}/cdn/menu/holiday-gift-guide-800x800.jpg"
    crumb = "".join(f"<li><a href='{base}/{c.lower()}'>{c}</a></li>" for c in crumbs)
    pays = "".join(
        f"<li><img src='{base}/assets/icons/{p}.svg' alt='{p}' width='38' height='24'></li>"
        for p in ("visa", "mastercard", "amex", "discover", "paypal", "apple-pay", "shop-pay", "afterpay")
    )
    insta = "".join(
        f"<li><a href='https://www.instagram.com/p/C{i}x9Zk/'><img src='{base}/cdn/instagram/ig-post-{i}.jpg'"
        f" alt='Instagram post {i}' width='320' height='320' loading='lazy'></a></li>"
        for i in range(1, 5)
    )
    return (
        "<!DOCTYPE html><html lang='en-US'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width,initial-scale=1'><title>{title_tag}</title>"
        f"<link rel='icon' href='{base}/favicon.png'>{head}</head><body>"
        "<div class='announcement-bar' role='region'><p>Free US shipping on orders over $75 &middot; 30-day returns</p></div>"
        f"<header class='site-header'><a class='site-header__logo' href='{base}/'><img src='{base}/assets/logo-2x.png'"
        f" alt='{shop}' width='160' height='40'></a><nav class='site-nav' aria-label='Main'><ul>"
        f"<li class='site-nav__item--mega'><a href='{base}/shop'>Shop</a><div class='mega-menu'><ul><li><a href='{base}/new'>New arrivals</a></li>"
        f"<li><a href='{base}/best-sellers'>Best sellers</a></li></ul><div class='mega-menu__feature'><a href='{base}/gift-guide'>"
        f"<img src='{promo}' alt='The holiday gift guide' width='400' height='400'><span>Shop the gift guide</span></a></div></div></li>"
        f"<li><a href='{base}/about'>Our story</a></li><li><a href='{base}/journal'>Journal</a></li></ul></nav>"
        f"<div class='site-header__icons'><a href='{base}/search'><img src='{base}/assets/icons/search.svg' alt='Search' width='20' height='20'></a>"
        f"<a href='{base}/account'><img src='{base}/assets/icons/account.svg' alt='Account' width='20' height='20'></a>"
        f"<a href='{base}/cart'><img src='{base}/assets/icons/bag.svg' alt='Cart' width='20' height='20'><span class='count'>0</span></a></div></header>"
        f"<main id='MainContent'><nav class='breadcrumbs' aria-label='breadcrumbs'><ol>{crumb}</ol></nav>{body}{after}"
        "<section class='newsletter'><h2>Join the list</h2><p>Get 10% off your first order.</p>"
        "<form><input type='email' placeholder='Email address'><button>Sign up</button></form></section>"
        f"<section class='instagram-feed'><h2>@{shop.lower().replace(' ', '')} on Instagram</h2><ul>{insta}</ul></section></main>"
        f"<footer class='site-footer'><ul><li><a href='{base}/pages/faq'>FAQ</a></li><li><a href='{base}/pages/shipping'>Shipping</a></li>"
        f"<li><a href='{base}/pages/returns'>Returns</a></li><li><a href='{base}/pages/contact'>Contact</a></li></ul>"
        f"<ul class='payment-icons'>{pays}</ul><img src='{base}/assets/badges/norton-secured.png' alt='Norton Secured' width='100' height='55'>"
        f"<p>&copy; 2026 {shop}. All rights reserved.</p></footer></body></html>"
    )


def related(base: str, heading: str, items: list[tuple[str, str, str]], *, cls: str = "product-card") -> str:
    """A strip of other products' cards: (name, picture URL, price)."""
    lis = "".join(
        f"<li class='{cls}'><a href='{base}/products/{name.lower().replace(' ', '-')}' class='{cls}__link'>"
        f"<img src='{img}' alt='{name}' width='600' height='600' loading='lazy'><h3 class='{cls}__title'>{name}</h3>"
        f"<span class='{cls}__price'>{price}</span></a></li>"
        for name, img, price in items
    )
    return f"<section class='related-products'><h2>{heading}</h2><ul class='grid'>{lis}</ul></section>"


def reviews(product: str, n: int = 128) -> str:
    return (
        f"<section id='reviews' class='reviews'><h2>Customer Reviews</h2><div class='reviews__summary'>"
        f"<span class='stars' aria-label='4.8 out of 5'>4.8</span> Based on {n} reviews</div>"
        f"<div class='review'><h3>Exactly what I wanted</h3><p>The {product} is well made and arrived fast.</p>"
        "<span class='review__author'>Jessica M., Verified Buyer</span></div>"
        "<div class='review'><h3>Great quality</h3><p>Runs true to size. Would buy again.</p>"
        "<span class='review__author'>Dan R., Verified Buyer</span></div></section>"
    )


def specs(rows: list[tuple[str, str]]) -> str:
    return (
        "<table class='specs'><tbody>"
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
        + "</tbody></table>"
    )


def shopify_srcset(url: str, widths: tuple[int, ...] = (360, 540, 720, 900, 1080, 1296)) -> str:
    return ", ".join(f"{url}&width={w} {w}w" for w in widths)


# ---- batch 1 ----------------------------------------------------------------------------------------------------


def _batch1() -> None:
    # Shopify Broadcast: the URL's ?variant= picks the Sage colour; the theme moves that variant's
    # media first and marks it active; og:image stays the product's featured image (Black)
    base = "https://www.northfieldgoods.com"
    cdn = "//www.northfieldgoods.com/cdn/shop/files"
    name = "Waxed Canvas Weekender Bag"
    slides = "".join(
        f"<div class='product__slide{' is-selected' if i == 0 else ''}' data-media-id='2931{i}' data-product-single-media-wrapper>"
        f"<div class='product__media-item media--square'><img class='product__media-img' src='{cdn}/{f}?v=1698{i}&width=1100'"
        f" srcset='{shopify_srcset(f'{cdn}/{f}?v=1698{i}')}' sizes='(min-width: 990px) 50vw, 100vw' alt='{name} - {a}'"
        f" width='2000' height='2000' {'fetchpriority=high' if i == 0 else 'loading=lazy'}></div></div>"
        for i, (f, a) in enumerate(
            (
                ("weekender-sage-front.jpg", "Sage"),
                ("weekender-black-front.jpg", "Black"),
                ("weekender-black-interior.jpg", "Black"),
                ("weekender-lifestyle-trunk.jpg", "Black"),
            )
        )
    )
    thumbs = "".join(
        f"<button class='product__thumb' data-thumb-index='{i}'><img src='{cdn}/{f}?v=1698{i}&width=160' alt='' width='160' height='160'></button>"
        for i, f in enumerate(
            (
                "weekender-sage-front.jpg",
                "weekender-black-front.jpg",
                "weekender-black-interior.jpg",
                "weekender-lifestyle-trunk.jpg",
            )
        )
    )
    body = (
        "<section class='product-section' data-section-type='product'><div class='product__wrapper'>"
        f"<div class='product__images'><div class='product__slides' data-product-slideshow>{slides}</div>"
        f"<div class='product__thumbs'>{thumbs}</div></div>"
        f"<div class='product__content'><h1 class='product__title'>{name}</h1><div class='product__price'><span class='price'>$248.00</span></div>"
        "<fieldset class='radio__fieldset'><legend>Color: Sage</legend>"
        f"<label class='swatch' style='--swatch: url({cdn}/swatch-sage.png)'><input type='radio' name='Color' value='Sage' checked>Sage</label>"
        f"<label class='swatch' style='--swatch: url({cdn}/swatch-black.png)'><input type='radio' name='Color' value='Black'>Black</label></fieldset>"
        "<button type='submit' name='add' class='btn product__submit'>Add to cart</button>"
        "<div class='product__description rte'><p>Built from 18 oz. waxed cotton canvas with full-grain leather trim.</p></div></div></div></section>"
    )
    after = related(
        base,
        "You may also like",
        [
            ("Waxed Canvas Dopp Kit", f"{base}/cdn/shop/files/dopp-kit-black.jpg?v=17&width=600", "$68.00"),
            ("Leather Luggage Tag", f"{base}/cdn/shop/files/luggage-tag-tan.jpg?v=17&width=600", "$38.00"),
        ],
    ) + reviews(name)
    case(
        "broadcast-variant-first-og-featured",
        f"{base}/products/waxed-canvas-weekender-bag?variant=44012345678901",
        page(
            base,
            "Northfield Goods",
            f"{name} &ndash; Northfield Goods",
            body,
            head=og(
                type="product",
                title=name,
                image=f"http:{cdn}/weekender-black-front.jpg?v=16981",
                url=f"{base}/products/waxed-canvas-weekender-bag",
            ),
            after=after,
        ),
        f"https:{cdn}/weekender-sage-front.jpg?v=16980",
    )

    # Shopify Motion: lazysizes {width} templates, data-zoom, a noscript fallback; no structured data
    base = "https://www.tidewaterapparel.com"
    cdn = "//www.tidewaterapparel.com/cdn/shop/products"
    name = "Men's Harbor Quarter-Zip Fleece"
    photos = ("harbor-qz-navy-1_2048x.jpg", "harbor-qz-navy-2_2048x.jpg", "harbor-qz-navy-3_2048x.jpg")
    slides = "".join(
        f"<div class='product-main-slide{' starting-slide' if i == 0 else ''}' data-index='{i}'><div class='image-wrap' style='height:0;padding-bottom:125%'>"
        f"<div class='photoswipe__image' data-photoswipe-src='{cdn}/{f}' data-photoswipe-width='1600' data-photoswipe-height='2000'>"
        f"<img class='lazyload' data-src='{cdn}/{f.replace('_2048x', '_{width}x')}' data-widths='[360, 540, 720, 900, 1080]' data-aspectratio='0.8'"
        f" data-sizes='auto' alt='{name}' data-zoom='{cdn}/{f}'><noscript><img class='lazyloaded' src='{cdn}/{f.replace('_2048x', '_800x')}' alt='{name}'></noscript>"
        "</div></div></div>"
        for i, f in enumerate(photos)
    )
    body = (
        "<div id='ProductSection-template' class='product-section' data-section-type='product-template'><div class='page-content page-content--product'>"
        "<div class='page-width'><div class='grid'><div class='grid__item medium-up--one-half'>"
        f"<div data-product-images><div class='product-slideshow' data-product-photos>{slides}</div></div></div>"
        "<div class='grid__item medium-up--one-half'><div class='product-single__meta'>"
        f"<p class='product-single__vendor'>Tidewater</p><h1 class='h2 product-single__title'>{name}</h1>"
        "<span class='product__price'>$89.00</span><button type='submit' class='btn btn--full add-to-cart'>Add to cart</button>"
        "<div class='product-single__description rte'><p>Recycled polyester fleece, 1/4 zip, stand collar.</p></div>"
        "<div class='collapsibles-wrapper'><button class='collapsible-trigger'>Size chart</button><div class='collapsible-content'>"
        f"<img src='//www.tidewaterapparel.com/cdn/shop/files/size-chart-mens-tops_1024x.png' alt='Size chart'></div></div></div></div></div></div></div></div>"
    )
    after = related(
        base,
        "Complete the look",
        [
            ("Harbor Fleece Jogger", f"https:{cdn}/harbor-jogger-navy-1_600x.jpg", "$74.00"),
            ("Harbor Beanie", f"https:{cdn}/harbor-beanie-navy_600x.jpg", "$28.00"),
            ("Deck Crew Socks 3-Pack", f"https:{cdn}/deck-crew-socks-3pk_600x.jpg", "$24.00"),
        ],
    ) + reviews(name, 57)
    case(
        "motion-lazysizes-width-template",
        f"{base}/collections/mens/products/harbor-quarter-zip-fleece-navy",
        page(base, "Tidewater", f"{name} | Tidewater", body, after=after),
        f"https:{cdn}/harbor-qz-navy-1_2048x.jpg",
    )

    # BigCommerce Cornerstone: og:image is the store's logo (a theme setting), no JSON-LD
    base = "https://www.summitcoffeegear.com"
    bc = "https://cdn11.bigcommerce.com/s-7x2k9q4ab1/images/stencil"
    name = "Ceramic Pour-Over Dripper Set"
    files = (
        "112/380/pour-over-set-white__52318.1694112233",
        "112/381/pour-over-set-white-brewing__52318.1694112240",
        "112/382/pour-over-set-box__52318.1694112255",
    )
    thumbs = "".join(
        f"<li class='productView-thumbnail'><a class='productView-thumbnail-link' href='{bc}/1280x1280/products/{f}.jpg'"
        f" data-image-gallery-item data-image-gallery-new-image-url='{bc}/500x659/products/{f}.jpg'"
        f" data-image-gallery-zoom-image-url='{bc}/1280x1280/products/{f}.jpg'>"
        f"<img src='{bc}/50x50/products/{f}.jpg' alt='{name}' title='{name}'></a></li>"
        for f in files
    )
    body = (
        "<div class='container'><div class='productView'><section class='productView-images' data-image-gallery>"
        "<figure class='productView-image' data-image-gallery-main"
        f" data-zoom-image='{bc}/1280x1280/products/{files[0]}.jpg'><div class='productView-img-container'>"
        f"<a href='{bc}/1280x1280/products/{files[0]}.jpg' target='_blank'><img class='productView-image--default lazyload'"
        f" data-sizes='auto' src='{bc}/500x659/products/{files[0]}.jpg' data-src='{bc}/500x659/products/{files[0]}.jpg'"
        f" alt='{name}' title='{name}' data-main-image></a></div></figure><ul class='productView-thumbnails'>{thumbs}</ul></section>"
        f"<section class='productView-details product-data'><div class='productView-product'><h1 class='productView-title'>{name}</h1>"
        "<h2 class='productView-brand'><a href='/brands/Summit-Coffee-Gear.html'><span>Summit Coffee Gear</span></a></h2>"
        "<div class='productView-price'><div class='price-section'><span class='price price--withoutTax'>$42.95</span></div></div>"
        "<dl class='productView-info'><dt class='productView-info-name'>SKU:</dt><dd class='productView-info-value'>SCG-PO-WHT</dd></dl></div></section>"
        "<section class='productView-details product-options'><form class='form' method='post' action='/cart.php'>"
        "<input id='form-action-addToCart' class='button button--primary' type='submit' value='Add to Cart'></form></section>"
        "<article class='productView-description'><ul class='tabs'><li class='tab is-active'><a class='tab-title' href='#tab-description'>Description</a></li></ul>"
        "<div class='tab-content is-active' id='tab-description'><p>Porcelain cone dripper, glass server and 100 filters.</p>"
        + specs([("Material", "Porcelain, borosilicate glass"), ("Capacity", "20 oz")])
        + "</div></article></div></div>"
    )
    after = related(
        base,
        "Related Products",
        [
            (
                "Gooseneck Kettle 1L",
                f"{bc}/500x659/products/98/301/gooseneck-kettle__11223.1690000000.jpg",
                "$64.95",
            ),
            (
                "Burr Grinder Pro",
                f"{bc}/500x659/products/77/250/burr-grinder__44556.1690000001.jpg",
                "$129.00",
            ),
        ],
        cls="card",
    )
    case(
        "bigcommerce-cornerstone-og-logo",
        f"{base}/ceramic-pour-over-dripper-set/",
        page(
            base,
            "Summit Coffee Gear",
            f"{name} - Summit Coffee Gear",
            body,
            head=og(
                type="website",
                title=name,
                image=f"{bc}/original/image-manager/summit-logo-og.png",
                site_name="Summit Coffee Gear",
            ),
            crumbs=("Home", "Brewing", name),
            after=after,
        ),
        f"{bc}/1280x1280/products/{files[0]}.jpg",
    )

    # Magento 2 PWA Studio (Venia): hashed CSS-module class names, no structured data, no og
    base = "https://shop.coastalpaddleco.com"
    media = f"{base}/media/catalog/product"
    name = "Drift 10'6\" Inflatable Paddle Board"
    thumbs = "".join(
        f"<button class='thumbnail-root-3Pv{' thumbnail-rootSelected-1gT' if i == 0 else ''}'><img class='thumbnail-image-2sH image-loaded-3Ha'"
        f" src='{media}/{f}?auto=webp&format=pjpg&width=135&height=170&fit=cover' alt='{name}' width='135' loading='lazy'></button>"
        for i, f in enumerate(
            (
                "d/r/drift-106-isup-teal-1.jpg",
                "d/r/drift-106-isup-teal-2.jpg",
                "d/r/drift-106-kit-contents.jpg",
            )
        )
    )
    body = (
        "<div class='productFullDetail-root-2Xn'><section class='productFullDetail-title-1Dn'><h1 class='productFullDetail-productName-3Ge'>"
        f"{name}</h1><p class='productFullDetail-productPrice-2jc'><span>$</span><span>599</span><span>.</span><span>00</span></p></section>"
        "<section class='productFullDetail-imageCarousel-1Ht'><div class='carousel-root-2pD'><div class='carousel-imageContainer-3Bc'>"
        "<button class='carousel-previousButton-2Lm' aria-label='Previous Image'></button>"
        f"<img class='carousel-currentImage-1Vz image-loaded-3Ha' src='{media}/d/r/drift-106-isup-teal-1.jpg?auto=webp&format=pjpg&width=640&height=800&fit=cover'"
        f" srcset='{media}/d/r/drift-106-isup-teal-1.jpg?auto=webp&format=pjpg&width=640&height=800&fit=cover 640w, "
        f"{media}/d/r/drift-106-isup-teal-1.jpg?auto=webp&format=pjpg&width=960&height=1200&fit=cover 960w' alt='{name}' width='640' loading='eager'>"
        "<button class='carousel-nextButton-3gN' aria-label='Next Image'></button></div>"
        f"<div class='carousel-thumbnailList-1k4'>{thumbs}</div></div></section>"
        "<section class='productFullDetail-options-3q9'><h3 class='option-title-1Ou'>Color</h3><div class='tileList-root-1Wl'>"
        "<button class='swatch-root-1yk' title='Teal' style='--venia-swatch-bg: #1c8a8a'></button>"
        "<button class='swatch-root-1yk' title='Sand' style='--venia-swatch-bg: #d9c8a9'></button></div></section>"
        "<section class='productFullDetail-quantity-3Bq'><h2 class='productFullDetail-quantityTitle-1Wm'>Quantity</h2></section>"
        "<section class='productFullDetail-actions-1Ax'><button class='button-root_highPriority-1P_' type='submit'>Add to Cart</button></section>"
        "<section class='productFullDetail-description-2zm'><h2 class='productFullDetail-descriptionTitle-2Qv'>Product Description</h2>"
        "<div class='richContent-root-CMO'><p>Military-grade drop-stitch PVC, 6 in. thick, 300 lb capacity.</p></div></section>"
        "<section class='productFullDetail-details-2As'><h2 class='productFullDetail-detailsTitle-1Kb'>SKU</h2><strong>CPC-DRIFT-106</strong></section></div>"
    )
    after = related(
        base,
        "Recommended for you",
        [
            (
                "Carbon Fiber Paddle",
                f"{media}/c/a/carbon-paddle.jpg?auto=webp&format=pjpg&width=480&height=600&fit=cover",
                "$149.00",
            ),
            (
                "Dry Bag 20L",
                f"{media}/d/r/dry-bag-20l-teal.jpg?auto=webp&format=pjpg&width=480&height=600&fit=cover",
                "$39.00",
            ),
        ],
        cls="item-root-2Nb",
    )
    case(
        "magento-pwa-venia-carousel",
        f"{base}/drift-10-6-inflatable-paddle-board.html",
        page(base, "Coastal Paddle Co.", name, body, after=after),
        f"{media}/d/r/drift-106-isup-teal-1.jpg?auto=webp&format=pjpg&width=640&height=800&fit=cover",
    )

    # SFCC SiteGenesis: swatch pictures above the gallery? no, below the name; the primary image
    # holds the large file; thumbnails carry data-lgimg JSON; a "recommendations" Einstein carousel
    base = "https://www.ridgelineoutfitters.com"
    dw = f"{base}/dw/image/v2/BFKR_PRD/on/demandware.static/-/Sites-ridgeline-master/default"
    name = "Women's Timberline Insulated Parka"
    lg = f"{dw}/dw8a1c2f3e/images/large/RL-40211_BLK_1.jpg?sw=800&sh=800&sm=fit"
    body = (
        "<div id='pdpMain' class='pdp-main' itemscope itemtype='http://schema.org/Product'>"
        "<div class='product-col-1 product-image-container'><div class='product-primary-image'>"
        f"<a href='{dw}/dw8a1c2f3e/images/hi-res/RL-40211_BLK_1.jpg?sw=1600&sh=1600' class='product-image main-image' target='_blank' title='{name}, Black'>"
        f"<img itemprop='image' class='primary-image' src='{lg}' alt='{name}, Black, large'></a></div>"
        "<div id='thumbnails' class='product-thumbnails'><h2 class='visually-hidden'>Additional Images</h2><ul>"
        + "".join(
            f"<li class='thumb{' selected' if n == 1 else ''}'><a href='{dw}/dw8a1c2f3e/images/hi-res/RL-40211_BLK_{n}.jpg' class='thumbnail-link'>"
            f"<img class='productthumbnail' src='{dw}/dw8a1c2f3e/images/small/RL-40211_BLK_{n}.jpg?sw=80&sh=80'"
            f" alt='{name}, Black, small' data-lgimg='{{&quot;url&quot;:&quot;{dw}/dw8a1c2f3e/images/large/RL-40211_BLK_{n}.jpg?sw=800&amp;sh=800&quot;,"
            f"&quot;title&quot;:&quot;{name}, Black&quot;,&quot;alt&quot;:&quot;{name}, Black, large&quot;,&quot;hires&quot;:&quot;{dw}/dw8a1c2f3e/images/hi-res/RL-40211_BLK_{n}.jpg&quot;}}'></a></li>"
            for n in (1, 2, 3, 4)
        )
        + "</ul></div></div><div class='product-col-2 product-detail'>"
        f"<h1 class='product-name' itemprop='name'>{name}</h1><div class='product-number'>Item# <span itemprop='productID'>RL-40211</span></div>"
        "<div id='product-content'><div class='product-price' itemprop='offers' itemscope itemtype='http://schema.org/Offer'>"
        "<meta itemprop='priceCurrency' content='USD'><span class='price-sales' itemprop='price' content='279.00'>$279.00</span></div>"
        "<div class='product-variations'><ul><li class='attribute'><span class='label'>Color</span><div class='value'><ul class='swatches color'>"
        + "".join(
            f"<li class='{'selected' if c == 'BLK' else 'selectable'}'><a class='swatchanchor' href='{base}/womens-timberline-parka/RL-40211.html?dwvar_RL-40211_color={c}'"
            f" title='{t}'><img class='swatch-image' src='{dw}/dw11aa22bb/images/swatch/RL-40211_{c}.jpg?sw=32&sh=32' alt='{t}'></a></li>"
            for c, t in (("BLK", "Black"), ("OLV", "Olive"), ("BRK", "Brick"))
        )
        + "</ul></div></li></ul></div><div class='product-add-to-cart'><button id='add-to-cart' type='submit' class='button-fancy-large'>Add to Cart</button></div></div>"
        "<div class='product-info'><div class='tabs'><div class='tab-content'><p>650-fill responsibly sourced down, waterproof shell.</p></div></div></div></div></div>"
    )
    after = (
        "<div class='recommendations cross-sell'><h2>You May Also Like</h2><ul id='carousel-recommendations'>"
        + "".join(
            f"<li class='grid-tile'><div class='product-tile'><div class='product-image'><a class='thumb-link' href='{base}/{s}.html'>"
            f"<img src='{dw}/dw55ee66ff/images/large/{s}_1.jpg?sw=300&sh=300' alt='{t}'></a></div><div class='product-name'><a class='name-link' href='{base}/{s}.html'>{t}</a></div>"
            f"<div class='product-pricing'><span class='product-sales-price'>{p}</span></div></div></li>"
            for s, t, p in (
                ("RL-30555_GRY", "Summit Fleece Jacket", "$129.00"),
                ("RL-70102_BLK", "Trail Gaiter", "$34.00"),
            )
        )
        + "</ul></div>"
    )
    case(
        "sfcc-sitegenesis-primary-image",
        f"{base}/womens-timberline-insulated-parka/RL-40211.html?dwvar_RL-40211_color=BLK",
        page(
            base,
            "Ridgeline Outfitters",
            f"{name} | Ridgeline Outfitters",
            body,
            crumbs=("Home", "Women", "Jackets"),
            after=after,
        ),
        lg,
        f"{dw}/dw8a1c2f3e/images/hi-res/RL-40211_BLK_1.jpg?sw=1600&sh=1600",
    )

    # Scene7 Dynamic Media: the viewer's static image shown, JSON-LD image a lifestyle shot
    base = "https://www.hollowaytools.com"
    s7 = "https://s7d9.scene7.com/is/image/HollowayTools"
    name = "20V MAX Brushless Drill/Driver Kit"
    body = (
        "<div class='pdp-container'><div class='pdp-gallery'><div id='s7viewer' class='s7flyoutviewer'><div class='s7container'>"
        f"<img class='s7-static-image' src='{s7}/HT-DCD800K_main?wid=1000&hei=1000&fmt=jpeg&qlt=85,0&op_sharpen=1' alt='{name}'></div></div>"
        "<ul class='pdp-gallery__thumbs'>"
        + "".join(
            f"<li><button data-asset='HollowayTools/{a}'><img src='{s7}/{a}?wid=90&hei=90&fmt=jpeg' alt=''></button></li>"
            for a in ("HT-DCD800K_main", "HT-DCD800K_angle", "HT-DCD800K_kit", "HT-DCD800K_jobsite")
        )
        + "</ul></div><div class='pdp-buybox'><div class='pdp-buybox__brand'>Holloway</div>"
        f"<h1 class='pdp-buybox__title'>{name}</h1><div class='pdp-buybox__model'>Model #HT-DCD800K</div>"
        "<div class='pdp-buybox__rating'>4.7 (2,341)</div><div class='pdp-buybox__price'><span class='price'>$159.00</span></div>"
        "<button class='btn btn--primary'>Add to Cart</button></div>"
        "<div class='pdp-specs'><h2>Specifications</h2>"
        + specs(
            [
                ("Voltage", "20V"),
                ("Chuck size", "1/2 in."),
                ("Max torque", "550 in-lbs"),
                ("Battery", "2 x 2.0Ah"),
            ]
        )
        + "</div></div>"
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": name,
            "image": f"{s7}/HT-DCD800K_jobsite?wid=1200&hei=630&fmt=jpeg",
            "sku": "HT-DCD800K",
            "brand": {"@type": "Brand", "name": "Holloway"},
            "offers": {
                "@type": "Offer",
                "price": "159.00",
                "priceCurrency": "USD",
                "availability": "https://schema.org/InStock",
            },
        }
    )
    case(
        "scene7-jsonld-lifestyle",
        f"{base}/p/20v-max-brushless-drill-driver-kit/HT-DCD800K",
        page(
            base,
            "Holloway Tools",
            f"{name} | Holloway Tools",
            body,
            head=head,
            crumbs=("Home", "Power Tools", "Drills"),
            after=reviews(name, 2341),
        ),
        f"{s7}/HT-DCD800K_main?wid=1000&hei=1000&fmt=jpeg&qlt=85,0&op_sharpen=1",
    )

    # WooCommerce (Astra): og:image the Yoast default share picture, the product JSON-LD lacks image
    base = "https://www.birchandbloomcandles.com"
    up = f"{base}/wp-content/uploads/2025/09"
    name = "Fireside Cedar Soy Candle, 12 oz"
    gal = "".join(
        f"<div data-thumb='{up}/{f}-100x100.jpg' data-thumb-alt='' class='woocommerce-product-gallery__image'><a href='{up}/{f}.jpg'>"
        f"<img width='600' height='600' src='{up}/{f}-600x600.jpg' class='{'wp-post-image' if i == 0 else ''}' alt='' title='{f}'"
        f" data-caption='' data-src='{up}/{f}.jpg' data-large_image='{up}/{f}.jpg' data-large_image_width='1500' data-large_image_height='1500'"
        f" decoding='async' srcset='{up}/{f}-600x600.jpg 600w, {up}/{f}-300x300.jpg 300w, {up}/{f}-1024x1024.jpg 1024w, {up}/{f}.jpg 1500w'"
        f" sizes='(max-width: 600px) 100vw, 600px'></a></div>"
        for i, f in enumerate(("fireside-cedar-12oz", "fireside-cedar-12oz-lit", "fireside-cedar-12oz-lid"))
    )
    body = (
        "<div id='primary' class='content-area primary'><main id='main' class='site-main'><div class='woocommerce-notices-wrapper'></div>"
        "<div id='product-2211' class='ast-article-single product type-product post-2211 status-publish first instock product_cat-candles has-post-thumbnail shipping-taxable purchasable product-type-simple'>"
        f"<div class='woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images' data-columns='4'>"
        f"<figure class='woocommerce-product-gallery__wrapper'>{gal}</figure></div>"
        f"<div class='summary entry-summary'><h1 class='product_title entry-title'>{name}</h1>"
        "<p class='price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>$</span>32.00</bdi></span></p>"
        "<div class='woocommerce-product-details__short-description'><p>Notes of cedarwood, smoked vanilla and amber. 60+ hour burn.</p></div>"
        "<form class='cart' method='post'><div class='quantity'><input type='number' class='input-text qty text' value='1'></div>"
        "<button type='submit' name='add-to-cart' value='2211' class='single_add_to_cart_button button alt'>Add to cart</button></form>"
        "<div class='product_meta'><span class='sku_wrapper'>SKU: <span class='sku'>BB-FC-12</span></span></div></div>"
        "<div class='woocommerce-tabs wc-tabs-wrapper'><div class='woocommerce-Tabs-panel' id='tab-additional_information'>"
        + specs([("Weight", "1.1 lbs"), ("Wax", "100% soy")])
        + "</div></div>"
        "<section class='related products'><h2>Related products</h2><ul class='products columns-4'>"
        + "".join(
            f"<li class='ast-col-sm-12 ast-article-post product type-product status-publish'><a href='{base}/product/{s}/' class='woocommerce-LoopProduct-link'>"
            f"<img width='300' height='300' src='{up}/{s}-300x300.jpg' class='attachment-woocommerce_thumbnail' alt=''>"
            f"<h2 class='woocommerce-loop-product__title'>{t}</h2><span class='price'>$28.00</span></a></li>"
            for s, t in (
                ("sea-salt-orchid-8oz", "Sea Salt Orchid Candle, 8 oz"),
                ("fireside-cedar-wax-melts", "Fireside Cedar Wax Melts"),
            )
        )
        + "</ul></section></div></main></div>"
    )
    head = og(
        type="article",
        title=f"{name} - Birch &amp; Bloom",
        image=f"{base}/wp-content/uploads/2024/01/birch-bloom-social-share.jpg",
    )
    head += ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": "Birch & Bloom"},
                {
                    "@type": "Organization",
                    "@id": f"{base}/#org",
                    "name": "Birch & Bloom",
                    "logo": {"@type": "ImageObject", "url": f"{base}/wp-content/uploads/2024/01/bb-logo.png"},
                },
            ],
        }
    )
    case(
        "woocommerce-astra-og-default-share",
        f"{base}/product/fireside-cedar-soy-candle-12-oz/",
        page(base, "Birch &amp; Bloom", f"{name} - Birch &amp; Bloom", body, head=head),
        f"{up}/fireside-cedar-12oz.jpg",
    )

    # Volusion (v1 template): table layout, the main photo is #product_photo "-2.jpg", thumbs "-2T.jpg"
    base = "https://www.prairieharnessco.com"
    vp = "/v/vspfiles/photos"
    name = "Amish Made Leather Halter - Horse Size"
    body = (
        "<table id='content_area' width='100%'><tr><td><form id='vCSS_mainform' method='post' action='ShoppingCart.asp'>"
        "<table width='100%' cellpadding='0' cellspacing='0'><tr><td valign='top' width='1%'>"
        f"<table><tr><td><a id='product_photo_zoom_url' href='{vp}/PHC-HALTER-H-2.jpg' title='{name}'>"
        f"<img id='product_photo' src='{vp}/PHC-HALTER-H-2.jpg' border='0' alt='{name}' title='Click to Enlarge'></a></td></tr>"
        "<tr><td><div id='altviews'>"
        + "".join(
            f"<a href='javascript:change_product_photo({n});'><img src='{vp}/PHC-HALTER-H-{n}T.jpg' border='0' alt='Alternate View #{n - 1}'></a>"
            for n in (2, 3, 4)
        )
        + "</div></td></tr></table></td><td valign='top'>"
        f"<font class='productnamecolorLARGE colors_productname'><span itemprop='name'>{name}</span></font><br>"
        "<b>Product Code:</b> <span class='product_code'>PHC-HALTER-H</span><br>"
        "<font class='pricecolor colors_productprice'><span class='price'><b>Our Price: </b>$54.95</span></font><br>"
        "<input type='image' src='/v/vspfiles/templates/ph2/images/buttons/btn_addtocart.gif' name='btnaddtocart' alt='Add to cart'>"
        "<img src='/v/vspfiles/templates/ph2/images/Badge_MadeInUSA.gif' alt='Made in USA'></td></tr></table>"
        "<table id='ProductDetail_ProductDetails_div'><tr><td><span id='product_description'>Harness leather, solid brass hardware, adjustable crown.</span></td></tr></table>"
        "<table class='colors_descriptionbox'><tr><td><b>Customers who bought this also bought</b></td></tr><tr>"
        + "".join(
            f"<td><a href='/product-p/{c}.htm'><img src='{vp}/{c}-1T.jpg' alt='{t}'></a><br><a href='/product-p/{c}.htm'>{t}</a><br>$24.95</td>"
            for c, t in (("PHC-LEAD-6", "Cotton Lead Rope 6 ft"), ("PHC-BRUSH-S", "Soft Finishing Brush"))
        )
        + "</tr></table></form></td></tr></table>"
    )
    case(
        "volusion-product-photo",
        f"{base}/product-p/phc-halter-h.htm",
        page(base, "Prairie Harness Co.", f"{name}", body, crumbs=("Home", "Tack", "Halters")),
        f"{base}{vp}/PHC-HALTER-H-2.jpg",
    )

    # Shift4Shop (3dcart Core theme): #mainImage with a "zoom" link, extra images; a free-shipping
    # badge picture beside; og:image a different colour
    base = "https://www.lakeshorehammocks.com"
    name = "Quilted Double Hammock with Pillow"
    body = (
        "<div id='itemPage' class='container'><div class='row'><div class='col-md-6 item-images'>"
        "<div class='main-image'><a href='assets/images/hammocks/quilted-double-navy-large.jpg' id='listing_main_image_link' class='MagicZoom' data-options='zoomMode: magnifier'>"
        f"<img id='listing_main_image' class='img-responsive' src='assets/images/hammocks/quilted-double-navy.jpg' alt='{name}'></a>"
        "<div class='badge-free-ship'><img src='assets/templates/core/images/free-shipping-badge.png' alt='Free Shipping'></div></div>"
        "<div class='additional-images'><ul>"
        + "".join(
            f"<li><a href='assets/images/hammocks/{f}-large.jpg' data-zoom-id='listing_main_image_link' data-image='assets/images/hammocks/{f}.jpg'>"
            f"<img src='thumbnail.asp?file=assets/images/hammocks/{f}.jpg&maxx=100&maxy=100' alt='{name}'></a></li>"
            for f in ("quilted-double-navy", "quilted-double-navy-stand", "quilted-double-red")
        )
        + "</ul></div></div><div class='col-md-6 item-info'>"
        f"<h1 itemprop='name' class='page_headers'>{name}</h1><div class='item-sku'>SKU: <span>LH-QDH-NVY</span></div>"
        "<div class='prices'><span class='price'>$89.99</span> <span class='retail-price'>Retail: $119.99</span></div>"
        "<div class='options'><select name='color'><option selected>Navy</option><option>Red</option></select></div>"
        "<input type='button' class='btn btn-lg add-to-cart' value='Add to Cart'></div></div>"
        "<div class='item-extended'><div id='description'><p>Double quilted, reversible polyester, spreader bars of hardwood.</p></div></div>"
        "<div class='related-items'><h3>Related Items</h3>"
        + "".join(
            f"<div class='related-item'><a href='{s}.html'><img src='thumbnail.asp?file=assets/images/{s}.jpg&maxx=200&maxy=0' alt='{t}'></a>"
            f"<a href='{s}.html'>{t}</a><span class='price'>$49.99</span></div>"
            for s, t in (
                ("hammocks/steel-stand-9ft", "9 ft Steel Hammock Stand"),
                ("accessories/tree-straps", "Tree Straps"),
            )
        )
        + "</div></div>"
    )
    case(
        "shift4shop-main-image-og-other-colour",
        f"{base}/quilted-double-hammock-with-pillow_p_112.html",
        page(
            base,
            "Lakeshore Hammocks",
            f"{name} | Lakeshore Hammocks",
            body,
            head=og(
                type="product", title=name, image=f"{base}/assets/images/hammocks/quilted-double-red.jpg"
            ),
        ),
        f"{base}/assets/images/hammocks/quilted-double-navy.jpg",
        f"{base}/assets/images/hammocks/quilted-double-navy-large.jpg",
    )

    # NetSuite SuiteCommerce Advanced: bxSlider clones the last slide first (bx-clone)
    base = "https://www.evergreenkitchenworks.com"
    name = "Enameled Cast Iron Dutch Oven, 5.5 Qt"
    item = "EKW-DO55-RED"
    imgs = [f"{base}/{item}_0{n}.jpg" for n in (1, 2, 3)]
    lis = "".join(
        f"<li class='{c}' style='float:left;list-style:none;position:relative;width:600px;'>"
        f"<div data-zoom class='product-details-image-gallery-container'><img src='{u}?resizeid=2&resizeh=600&resizew=600' alt='{name}' itemprop='image' data-loader='false'></div></li>"
        for c, u in [("bx-clone", imgs[2])] + [("", u) for u in imgs] + [("bx-clone", imgs[0])]
    )
    body = (
        "<div class='product-details-full'><div class='product-details-full-content'><div class='product-details-full-main-content'>"
        "<div class='product-details-full-main-content-left'><div class='product-details-image-gallery'>"
        "<div class='bx-wrapper' style='max-width:100%;'><div class='bx-viewport' style='width:100%;overflow:hidden;position:relative;height:600px;'>"
        f"<ul class='bxslider' data-slider style='width:615%;position:relative;transform:translate3d(-600px,0,0);'>{lis}</ul></div>"
        "<div class='bx-controls bx-has-pager'><div class='bx-pager bx-custom-pager'>"
        + "".join(
            f"<div class='bx-pager-item'><a data-slide-index='{i}' href='' class='bx-pager-link{' active' if i == 0 else ''}'>"
            f"<img src='{u}?resizeid=5&resizeh=175&resizew=175' alt='{name}'></a></div>"
            for i, u in enumerate(imgs)
        )
        + "</div></div></div></div></div><div class='product-details-full-main-content-right'>"
        f"<h1 class='product-details-full-content-header-title' itemprop='name'>{name}</h1>"
        "<div class='product-line-sku-container'><span class='product-line-sku-label'>SKU:</span><span class='product-line-sku-value' itemprop='sku'>EKW-DO55-RED</span></div>"
        "<div class='product-views-price'><span class='product-views-price-lead' itemprop='price' data-rate='219.95'>$219.95</span></div>"
        "<button class='cart-add-to-cart-button-button'>Add to Cart</button></div></div>"
        "<div class='product-details-full-divider-desktop'></div><section class='product-details-information-content'>"
        "<p>Heavy cast iron with a chip-resistant enamel. Oven safe to 500&deg;F.</p></section></div>"
        "<section class='product-details-full-related-items'><div class='item-relations-related'><h3>Related Items</h3>"
        + "".join(
            f"<div class='item-relations-related-row'><div class='item-relations-cell'><a href='/{s}'><img src='{base}/{s}_01.jpg?resizeid=4&resizeh=300&resizew=300' alt='{t}'></a>"
            f"<a class='facets-item-cell-grid-title' href='/{s}'>{t}</a><span class='product-views-price-lead'>$59.95</span></div></div>"
            for s, t in (("EKW-SK10-BLK", "Cast Iron Skillet 10 in."), ("EKW-TRIV-WAL", "Walnut Trivet"))
        )
        + "</div></section></div>"
    )
    case(
        "suitecommerce-bxslider-clone-first",
        f"{base}/enameled-cast-iron-dutch-oven-5-5-qt",
        page(base, "Evergreen Kitchen Works", f"{name} | Evergreen Kitchen Works", body),
        f"{imgs[0]}?resizeid=2&resizeh=600&resizew=600",
    )


def _batch2() -> None:
    # Miva (Shadows / Colossus-era readytheme): #main_image, thumbnails "_100x100", og:image the logo
    base = "https://www.hilltopbirdsupply.com"
    g = f"{base}/graphics/00000001/3"
    name = "Cedar Squirrel-Proof Bird Feeder"
    body = (
        "<div id='js-PROD' class='x-product-layout'><div class='x-product-layout-images'>"
        f"<div class='x-product-layout-images__main'><a class='x-product-layout-images__zoom' href='{g}/cedar-feeder-sq_1200x1200.jpg'>"
        f"<img id='main_image' src='{g}/cedar-feeder-sq_540x540.jpg' alt='{name}' title='{name}'></a></div>"
        "<ul id='thumbnails' class='x-product-layout-images__thumbnail-list'>"
        + "".join(
            f"<li class='x-product-layout-images__thumbnail-image'><img src='{g}/{f}_100x100.jpg' data-index='{i}' alt='{name}'></li>"
            for i, f in enumerate(("cedar-feeder-sq", "cedar-feeder-sq-open", "cedar-feeder-sq-mounted"))
        )
        + '</ul><script>var image_data1234 = [{"image_data":["graphics/00000001/3/cedar-feeder-sq_540x540.jpg","graphics/00000001/3/cedar-feeder-sq_100x100.jpg",'
        '"graphics/00000001/3/cedar-feeder-sq_1200x1200.jpg"]}];</script></div>'
        f"<div class='x-product-layout-purchase'><h1 class='x-product-layout-purchase__name'><span itemprop='name'>{name}</span></h1>"
        "<p class='x-product-layout-purchase__sku'>SKU: <span>HBS-CSF-01</span></p>"
        "<p class='x-product-layout-purchase__pricing'><span id='price-value' class='x-product-layout-purchase__pricing-current'>$74.99</span></p>"
        "<form method='post' action='/mm5/merchant.mvc?'><input type='hidden' name='Action' value='ADPR'>"
        "<input class='c-button' type='submit' value='Add to Cart'></form></div>"
        "<div class='x-product-layout-description'><h2>Description</h2><p>Western red cedar, weight-activated perch, holds 4 lbs of seed.</p></div></div>"
    )
    after = related(
        base,
        "Customers Also Bought",
        [
            ("Nyjer Seed 10 lb", f"{g}/nyjer-seed-10lb_300x300.jpg", "$24.99"),
            ("Baffle Pole Kit", f"{g}/baffle-pole-kit_300x300.jpg", "$59.99"),
        ],
        cls="x-product-list__item",
    )
    case(
        "miva-main-image-og-logo",
        f"{base}/cedar-squirrel-proof-bird-feeder.html",
        page(
            base,
            "Hilltop Bird Supply",
            f"{name} | Hilltop Bird Supply",
            body,
            head=og(image=f"{base}/graphics/00000001/hilltop-logo.png", type="website"),
            after=after,
        ),
        f"{g}/cedar-feeder-sq_540x540.jpg",
    )

    # Lightspeed eCom (C-Series): "800x800x2" folders, JSON-LD with the product's own picture
    base = "https://www.velocitybikeshop.com"
    ls = "https://cdn.shoplightspeed.com/shops/612345/files"
    name = "Trek Marlin 5 Gen 3 Mountain Bike"
    body = (
        "<div class='product-page'><div class='row'><div class='col-md-7 product-images'><div class='images'>"
        + "".join(
            f"<div class='zoombox{' active' if i == 0 else ''}'><a class='zoom' href='{ls}/{fid}/image.jpg' data-image-id='{fid}'>"
            f"<img src='{ls}/{fid}/800x800x2/{f}.jpg' data-src='{ls}/{fid}/1600x1600x2/{f}.jpg' alt='{name}' width='800' height='800'></a></div>"
            for i, (fid, f) in enumerate(
                (
                    ("45678901", "trek-marlin-5-gen-3-mountain-bike"),
                    ("45678902", "trek-marlin-5-gen-3-mountain-bike"),
                    ("45678903", "trek-marlin-5-gen-3-mountain-bike"),
                )
            )
        )
        + "</div><div class='thumbs'>"
        + "".join(
            f"<a href='#' data-image-id='{fid}'><img src='{ls}/{fid}/100x100x2/trek-marlin-5-gen-3-mountain-bike.jpg' alt=''></a>"
            for fid in ("45678901", "45678902", "45678903")
        )
        + "</div></div><div class='col-md-5 product-info'>"
        f"<h1 class='product-page-title'>{name}</h1><div class='brand'><a href='/brands/trek/'>Trek</a></div>"
        "<div class='price-wrap'><span class='price'>$799.99</span></div>"
        "<form action='/cart/add/123456/' method='post'><select name='variant'><option>Small / Matte Dnister Black</option><option>Medium / Matte Dnister Black</option></select>"
        "<button type='submit' class='btn btn-primary'>Add to cart</button></form></div></div>"
        "<div class='product-tabs'><div id='specifications'>"
        + specs(
            [("Frame", "Alpha Silver Aluminum"), ("Drivetrain", "Shimano Cues 1x10"), ("Wheel size", '29"')]
        )
        + "</div></div></div>"
    )
    head = ld(
        {
            "@context": "https://schema.org/",
            "@type": "Product",
            "name": name,
            "image": f"{ls}/45678901/image.jpg",
            "brand": {"@type": "Brand", "name": "Trek"},
            "offers": {
                "@type": "Offer",
                "price": "799.99",
                "priceCurrency": "USD",
                "availability": "https://schema.org/InStock",
            },
        }
    )
    after = related(
        base,
        "Related products",
        [
            ("Bontrager Solstice Helmet", f"{ls}/40000001/400x400x2/bontrager-solstice-helmet.jpg", "$69.99"),
            ("Kryptonite Keeper U-Lock", f"{ls}/40000002/400x400x2/kryptonite-keeper-u-lock.jpg", "$44.99"),
        ],
    )
    case(
        "lightspeed-ecom-id-folders",
        f"{base}/trek-marlin-5-gen-3-mountain-bike.html",
        page(base, "Velocity Bike Shop", f"{name} - Velocity Bike Shop", body, head=head, after=after),
        f"{ls}/45678901/800x800x2/trek-marlin-5-gen-3-mountain-bike.jpg",
        f"{ls}/45678901/image.jpg",
    )

    # Ecwid embedded in a WordPress page: the store widget renders details-gallery; no data
    base = "https://www.saltmarshceramics.com"
    cf = "https://d2j6dbq0eux0bg.cloudfront.net/images/51234567"
    name = "Speckled Stoneware Mug - Oatmeal"
    body = (
        "<div class='entry-content'><div id='my-store-51234567' class='ec-size ec-store'><div class='ecwid-productBrowser-details'>"
        "<div class='product-details product-details--layout-two-columns-sidebar-right'><div class='product-details__gallery'>"
        "<div class='details-gallery details-gallery--thumbnails-horizontal'><div class='details-gallery__main-image-wrapper'>"
        "<div class='details-gallery__image-wrapper-inner details-gallery__image-wrapper-inner--active'><div class='details-gallery__picture-wrapper'>"
        f"<img class='details-gallery__picture details-gallery__photoswipe-index-0' src='{cf}/3881122334.jpg' srcset='{cf}/3881122334.jpg 1x, {cf}/3881122335.jpg 2x'"
        f" alt='{name}' title='{name}'></div></div></div><div class='details-gallery__thumbs'>"
        + "".join(
            f"<div class='details-gallery__thumb{' details-gallery__thumb--active' if i == 0 else ''}'><div class='details-gallery__thumb-bg'>"
            f"<img class='details-gallery__thumb-img' src='{cf}/{n}.jpg' alt='{name}'></div></div>"
            for i, n in enumerate(("3881122330", "3881122340", "3881122350"))
        )
        + "</div></div></div><div class='product-details__sidebar'>"
        f"<h1 class='product-details__product-title ec-header-h3'>{name}</h1>"
        "<div class='product-details__product-sku ec-text-muted'>SKU SMC-MUG-OAT</div>"
        "<div class='product-details__product-price ec-price-item'><span class='details-product-price__value ec-price-item notranslate'>$36.00</span></div>"
        "<div class='product-details-module details-product-purchase'><button class='form-control__button'><span class='form-control__button-text'>Add to Bag</span></button></div>"
        "<div class='product-details__product-description'><p>Wheel-thrown, 12 oz, dishwasher safe.</p></div></div></div></div></div></div>"
    )
    case(
        "ecwid-details-gallery",
        f"{base}/shop/Speckled-Stoneware-Mug-Oatmeal-p612345678",
        page(
            base, "Saltmarsh Ceramics", f"{name} | Saltmarsh Ceramics", body, crumbs=("Home", "Shop", "Mugs")
        ),
        f"{cf}/3881122334.jpg",
        f"{cf}/3881122335.jpg",
    )

    # Weebly commerce (legacy Square): "/uploads/..._orig.jpeg" files, a lifestyle og:image
    base = "https://www.bluffcountryhoney.com"
    up = f"{base}/uploads/1/2/8/4/128456712/s918273645123456789_p12_i1_w1200.jpeg"
    name = "Raw Wildflower Honey, 16 oz Jar"
    body = (
        "<div id='wsite-com-product-gen' class='wsite-com-product-gen'><div id='wsite-com-product-images' class='wsite-com-product-images'>"
        f"<div id='wsite-com-product-images-main' class='wsite-com-product-images-main'><a class='wsite-com-product-images-main-image-wrap' href='{up}'>"
        f"<img id='wsite-com-product-images-main-image' src='{up}' alt='{name}'></a></div>"
        "<div id='wsite-com-product-images-strip' class='wsite-com-product-images-strip'>"
        + "".join(
            f"<a class='wsite-product-image-strip-link' href='{base}/uploads/1/2/8/4/128456712/s918273645123456789_p12_i{n}_w1200.jpeg'>"
            f"<img src='{base}/uploads/1/2/8/4/128456712/s918273645123456789_p12_i{n}_w160.jpeg' alt=''></a>"
            for n in (1, 2, 3)
        )
        + "</div></div><div id='wsite-com-product-info' class='wsite-com-product-info'>"
        f"<h2 id='wsite-com-product-title' class='wsite-com-product-title'>{name}</h2>"
        "<div id='wsite-com-product-price-area' class='wsite-com-product-price-area'><span class='wsite-com-product-price'>$14.00</span></div>"
        "<div id='wsite-com-product-buy' class='wsite-com-product-buy'><a id='wsite-com-product-add-to-cart' class='wsite-button'><span class='wsite-button-inner'>Add To Cart</span></a></div>"
        "<div id='wsite-com-product-short-description' class='wsite-com-product-short-description'>Unfiltered, unheated, harvested in the Driftless Area.</div></div></div>"
    )
    case(
        "weebly-product-images-main",
        f"{base}/store/p12/raw-wildflower-honey-16-oz.html",
        page(
            base,
            "Bluff Country Honey",
            "Raw Wildflower Honey, 16 oz Jar | Bluff Country Honey",
            body,
            head=og(
                image=f"{base}/uploads/1/2/8/4/128456712/published/apiary-sunset.jpg",
                title=name,
                type="website",
            ),
        ),
        up,
    )

    # Square Online (2024 themes): a Vue-rendered gallery with figure/picture, "?width=1200" files;
    # JSON-LD image is the shop's square logo
    base = "https://www.foxglovegoods.square.site"
    sq = "https://foxglove-goods.square.site/uploads/b/9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/1/2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f"
    name = "Hand-Dyed Linen Napkins, Set of 4"
    pics = ("napkins-terracotta.jpeg", "napkins-terracotta-folded.jpeg", "napkins-table-setting.jpeg")
    body = (
        "<div class='product-page w-container'><div class='product-page__gallery'><div class='product-images product-images--carousel'>"
        + "".join(
            f"<figure class='product-image{' product-image--selected' if i == 0 else ''}'><picture>"
            f"<source type='image/webp' srcset='{sq}/{p}?width=640&format=webp 640w, {sq}/{p}?width=1280&format=webp 1280w'>"
            f"<img src='{sq}/{p}?width=640' alt='{name}' class='product-image__img'></picture></figure>"
            for i, p in enumerate(pics)
        )
        + "</div></div><div class='product-page__details'>"
        f"<h1 class='product__title heading-1'>{name}</h1><p class='product__price'>$48.00</p>"
        "<div class='product__options'><label>Color</label><div class='swatches'>"
        f"<button class='swatch swatch--selected' aria-label='Terracotta'><img src='{sq}/swatch-terracotta.jpeg?width=48' alt='Terracotta'></button>"
        f"<button class='swatch' aria-label='Indigo'><img src='{sq}/swatch-indigo.jpeg?width=48' alt='Indigo'></button></div></div>"
        "<button class='w-button add-to-cart'>Add to Cart</button><div class='product__description'><p>Stonewashed European linen, 18 x 18 in.</p></div></div></div>"
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": name,
            "image": [
                "https://foxglove-goods.square.site/uploads/b/9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/foxglove-logo-square.png"
            ],
            "offers": {"@type": "Offer", "price": 48, "priceCurrency": "USD", "availability": "InStock"},
        }
    )
    case(
        "square-online-jsonld-logo",
        f"{base}/product/hand-dyed-linen-napkins-set-of-4/17",
        page(base, "Foxglove Goods", f"{name} | Foxglove Goods", body, head=head),
        f"{sq}/{pics[0]}?width=640",
    )

    # Oracle Commerce Cloud (OCC, Knockout storefront): /ccstore/v1/images/?source=... URLs
    base = "https://www.granitepeakfitness.com"
    name = "Adjustable Dumbbell Pair, 5-52.5 lb"
    src = "/file/v8123456789012345678/products/GPF-ADB52_main.jpg"
    body = (
        "<div id='region-productDetails' class='row'><div class='col-sm-6'><div id='prodDetails-imgCarousel' class='carousel slide'>"
        "<div class='carousel-inner'>"
        + "".join(
            f"<div class='item{' active' if i == 0 else ''}'><img class='img-responsive ccLazyLoaded' src='/ccstore/v1/images/?source={s}&height=475&width=475'"
            f" data-bind=\"ccResizeImage: {{source: $data, xsmall: '300,300', medium: '475,475'}}\" alt='{name}'></div>"
            for i, s in enumerate(
                (
                    src,
                    "/file/v8123456789012345678/products/GPF-ADB52_rack.jpg",
                    "/file/v8123456789012345678/products/GPF-ADB52_dial.jpg",
                )
            )
        )
        + "</div><ol class='carousel-indicators'>"
        + "".join(
            f"<li data-slide-to='{i}'><img src='/ccstore/v1/images/?source={s}&height=100&width=100' alt='{name} thumbnail'></li>"
            for i, s in enumerate(
                (
                    src,
                    "/file/v8123456789012345678/products/GPF-ADB52_rack.jpg",
                    "/file/v8123456789012345678/products/GPF-ADB52_dial.jpg",
                )
            )
        )
        + "</ol></div></div><div class='col-sm-6'><div id='CC-prodDetails-productName'>"
        f"<h1 data-bind='text: product().displayName'>{name}</h1></div>"
        "<div id='CC-prodDetails-sku'>SKU: GPF-ADB52</div><div id='CC-prodDetails-listPrice'><span data-bind='currency: {price: product().listPrice}'>$349.00</span></div>"
        "<button id='cc-prodDetailsAddToCart' class='cc-button-primary'>Add to Cart</button></div></div>"
        "<div id='region-longDescription'><p>Dial selects 15 weights from 5 to 52.5 lb per dumbbell.</p></div>"
    )
    case(
        "oracle-commerce-ccstore-images",
        f"{base}/adjustable-dumbbell-pair/product/GPF-ADB52",
        page(base, "Granite Peak Fitness", f"{name} | Granite Peak Fitness", body),
        f"{base}/ccstore/v1/images/?source={src}&height=475&width=475",
        f"{base}{src}",
    )

    # HCL Commerce (WebSphere Aurora): #productMainImage in the "646x1000" folder, swatches first
    base = "https://www.meridianbridal.com"
    cat = f"{base}/wcsstore/MeridianCAS/images/catalog/dresses"
    name = "Chiffon Halter Bridesmaid Gown"
    body = (
        "<div id='productPageAdditionalContent'><div class='product_page_content'><div class='left'>"
        "<div id='swatches' class='swatch_container'>"
        + "".join(
            f"<a href='javascript:void(0)' id='swatch_{c}' class='color_swatch{' color_swatch_selected' if c == 'sage' else ''}'>"
            f"<img src='{cat}/swatches/mb2290_{c}_swatch.jpg' alt='{c.title()}'></a>"
            for c in ("sage", "dusty-rose", "navy", "champagne")
        )
        + "</div><div class='image_container'><div class='main_image'>"
        f"<img id='productMainImage' src='{cat}/646x1000/mb2290_sage_a.jpg' alt='{name}' title='{name}'></div>"
        "<div id='productAngleImagesArea' class='other_views'><ul>"
        + "".join(
            f"<li id='productAngleLi{n}'><a href=\"javascript:changeThumbNail('productAngleLi{n}','{cat}/646x1000/mb2290_sage_{v}.jpg');\">"
            f"<img src='{cat}/200x310/mb2290_sage_{v}.jpg' alt='{name}'></a></li>"
            for n, v in enumerate(("a", "b", "c"))
        )
        + "</ul></div></div></div><div class='right'><div class='top'>"
        f"<h1 role='heading' aria-level='1' class='main_header' id='product_name_3074457345618268102'>{name}</h1>"
        "<div class='sku' id='product_SKU_3074457345618268102'>SKU: MB-2290</div>"
        "<div class='price'><span class='price'>$189.00</span></div></div>"
        "<div class='add_to_cart'><a class='button_primary' id='add2CartBtn' href='#'>Add to Cart</a></div></div></div></div>"
    )
    case(
        "hcl-aurora-swatches-before-main",
        f"{base}/shop/en/meridian/dresses/chiffon-halter-bridesmaid-gown",
        page(
            base,
            "Meridian Bridal",
            f"{name} | Meridian Bridal",
            body,
            crumbs=("Home", "Dresses", "Bridesmaids"),
        ),
        f"{cat}/646x1000/mb2290_sage_a.jpg",
    )

    # SAP Commerce (Hybris accelerator): /medias/ URLs whose ?context= differs per size; owl carousel
    base = "https://www.harborlightmarine.com"
    m = f"{base}/medias"
    name = "Garmin Striker Vivid 7cv Fishfinder"
    sizes = {
        "515": "bWFzdGVyfGltYWdlc3wxMjM0NTZ8aW1hZ2UvanBlZ3xoYjEvaDg4Lzg4MTIzNDU2Nzg5MTAuanBnfGFi",
        "1200": "bWFzdGVyfGltYWdlc3w0NTY3ODl8aW1hZ2UvanBlZ3xoYzIvaDk5Lzg4MTIzNDU2Nzg5MjAuanBnfGNk",
        "96": "bWFzdGVyfGltYWdlc3w5ODc2NXxpbWFnZS9qcGVnfGhkMy9oMTAvODgxMjM0NTY3ODkzMC5qcGd8ZWY",
    }
    body = (
        "<div class='product-details page-title'><div class='name'>"
        f"{name}<span class='sku'>ID</span><span class='code'>010-02553-00</span></div></div>"
        "<div class='row'><div class='col-xs-10 col-xs-push-1 col-sm-6 col-sm-push-0 col-lg-4'><div class='image-gallery js-gallery'>"
        "<span class='image-gallery__zoom-icon glyphicon glyphicon-resize-full'></span>"
        "<div class='carousel image-gallery__image js-gallery-image owl-carousel owl-theme'>"
        + "".join(
            f"<div class='item'><div><img class='lazyOwl' data-zoom-image='{m}/1200Wx1200H-010-02553-00-{n}.jpg?context={sizes['1200']}'"
            f" src='{m}/515Wx515H-010-02553-00-{n}.jpg?context={sizes['515']}' alt='{name}'></div></div>"
            for n in (1, 2, 3)
        )
        + "</div><div class='carousel image-gallery__thumbnails js-gallery-carousel owl-carousel'>"
        + "".join(
            f"<a href='#' class='item'><img class='lazyOwl' data-src='{m}/96Wx96H-010-02553-00-{n}.jpg?context={sizes['96']}' alt='{name}'></a>"
            for n in (1, 2, 3)
        )
        + "</div></div></div><div class='clearfix hidden-sm hidden-md hidden-lg'></div><div class='col-sm-6 col-lg-4'><div class='product-main-info'>"
        "<div class='product-details'><div class='description'>7-inch color fishfinder with CHIRP traditional and ClearVü scanning sonar.</div>"
        "<p class='price'>$499.99</p></div><div class='addtocart-component'><button id='addToCartButton' type='submit' class='btn btn-primary btn-block js-add-to-cart'>Add to cart</button></div>"
        "</div></div></div>"
        "<div class='tabs js-tabs tabs-responsive'><div class='tabhead'><a href=''>Specs</a></div><div class='tabbody'>"
        + specs([("Display size", '7"'), ("Transducer", "GT20-TM"), ("Max depth", "2,300 ft")])
        + "</div></div>"
    )
    after = (
        "<div class='carousel__component'><div class='carousel__component--headline'>You may also like</div>"
        "<div class='carousel__component--carousel js-owl-carousel js-owl-default owl-carousel'>"
        + "".join(
            f"<div class='carousel__item'><a href='{base}/p/{c}'><div class='carousel__item--thumb'><img src='{m}/300Wx300H-{c}-1.jpg?context=bWFzdGVy' alt='{t}'></div>"
            f"<div class='carousel__item--name'>{t}</div><div class='carousel__item--price'>$79.99</div></a></div>"
            for c, t in (("010-12345-00", "Transom Mount Kit"), ("010-99881-00", "Portable Battery Kit"))
        )
        + "</div></div>"
    )
    case(
        "sap-hybris-medias-context",
        f"{base}/Electronics/Fishfinders/Garmin-Striker-Vivid-7cv/p/010-02553-00",
        page(
            base,
            "Harborlight Marine",
            f"{name} | Harborlight Marine",
            body,
            head=og(title=name, type="product"),
            after=after,
        ),
        f"{m}/515Wx515H-010-02553-00-1.jpg?context={sizes['515']}",
        f"{m}/1200Wx1200H-010-02553-00-1.jpg?context={sizes['1200']}",
    )

    # Shopify Impulse with a JSON-LD image of the first variant's swatch (an app overwrote it)
    base = "https://www.kettleandcrane.com"
    cdn = "//www.kettleandcrane.com/cdn/shop/files"
    name = "Organic Cotton Waffle Robe"
    photos = ("waffle-robe-oat-front.jpg", "waffle-robe-oat-back.jpg", "waffle-robe-oat-detail.jpg")
    body = (
        "<div id='ProductSection-template--1' class='page-content page-content--product'><div class='page-width'><div class='grid grid--product-images--partial'>"
        "<div class='grid__item medium-up--three-fifths product-single__sticky'><div class='product__photos product__photos-template--1 product__photos--beside'>"
        "<div class='product__main-photos medium-up--one-whole' data-aos data-product-single-media-group>"
        "<div data-product-photos class='product-slideshow' id='ProductPhotos-template--1'>"
        + "".join(
            f"<div class='product-main-slide{' starting-slide' if i == 0 else ''}' data-index='{i}'><div data-product-image-main class='product-image-main'>"
            f"<div class='image-wrap' style='height: 0; padding-bottom: 133%;'><div class='photoswipe__image'>"
            f"<img class='photoswipe__image lazyload' data-photoswipe-src='{cdn}/{p}?v=1712&width=1800' data-photoswipe-width='1800' data-photoswipe-height='2400'"
            f" data-index='{i + 1}' alt='' data-src='{cdn}/{p}?v=1712&width={{width}}' data-widths='[360, 540, 720, 900, 1080, 1296, 1512, 1728, 2048]'"
            f" data-aspectratio='0.75' data-sizes='auto'><noscript><img class='lazyloaded' src='{cdn}/{p}?v=1712&width=400' alt=''></noscript></div></div></div></div>"
            for i, p in enumerate(photos)
        )
        + "</div></div></div></div><div class='grid__item medium-up--two-fifths'><div class='product-single__meta'>"
        f"<div class='product-block product-block--header'><h1 class='h2 product-single__title'>{name}</h1></div>"
        "<div class='product-block product-block--price'><span data-product-price class='product__price'>$128.00</span></div>"
        "<div class='product-block'><div class='variant-wrapper variant-wrapper--button'><label class='variant__label'>Color</label>"
        f"<fieldset class='variant-input-wrap'><div class='variant-input'><input type='radio' checked value='Oat'><label class='variant__button-label color-swatch' style='background-image: url({cdn}/swatch-oat_50x.jpg)'>Oat</label></div>"
        f"<div class='variant-input'><input type='radio' value='Slate'><label class='variant__button-label color-swatch' style='background-image: url({cdn}/swatch-slate_50x.jpg)'>Slate</label></div></fieldset></div></div>"
        "<div class='product-block'><button type='submit' name='add' class='btn btn--full add-to-cart'>Add to cart</button></div></div></div></div></div></div>"
    )
    head = ld(
        {
            "@context": "http://schema.org/",
            "@type": "Product",
            "name": name,
            "url": f"{base}/products/organic-cotton-waffle-robe",
            "image": [f"https:{cdn}/swatch-oat.jpg?v=1712&width=1024"],
            "brand": {"@type": "Brand", "name": "Kettle &amp; Crane"},
            "offers": [
                {
                    "@type": "Offer",
                    "price": "128.00",
                    "priceCurrency": "USD",
                    "availability": "http://schema.org/InStock",
                }
            ],
        }
    )
    case(
        "impulse-jsonld-swatch-image",
        f"{base}/products/organic-cotton-waffle-robe",
        page(
            base,
            "Kettle &amp; Crane",
            f"{name} &ndash; Kettle &amp; Crane",
            body,
            head=head,
            after=reviews(name, 412),
        ),
        f"https:{cdn}/waffle-robe-oat-front.jpg?v=1712&width=1800",
    )

    # Magento 2 Luma: the Fotorama gallery is built by script; the page shows the placeholder img
    # and the gallery JSON; og:image is the catalog placeholder (a product saved without a base image
    # role on the store view, a common misconfiguration)
    base = "https://www.cascadewoodworks.com"
    media = f"{base}/media/catalog/product/cache/5f4e3d2c1b0a9f8e7d6c5b4a39281706"
    name = "Walnut Live Edge Floating Shelf, 36 in."
    gallery = [
        {
            "thumb": f"{media}/w/a/walnut-shelf-36-1.jpg",
            "img": f"{media}/w/a/walnut-shelf-36-1.jpg",
            "full": f"{media}/w/a/walnut-shelf-36-1.jpg",
            "caption": name,
            "position": "1",
            "isMain": True,
            "type": "image",
        },
        {
            "thumb": f"{media}/w/a/walnut-shelf-36-2.jpg",
            "img": f"{media}/w/a/walnut-shelf-36-2.jpg",
            "full": f"{media}/w/a/walnut-shelf-36-2.jpg",
            "caption": name,
            "position": "2",
            "isMain": False,
            "type": "image",
        },
    ]
    init = {
        "[data-gallery-role=gallery-placeholder]": {
            "mage/gallery/gallery": {
                "mixins": ["magnifier/magnify"],
                "data": gallery,
                "options": {"nav": "thumbs", "loop": True},
            }
        }
    }
    body = (
        "<div class='columns'><div class='column main'><div class='product-info-main'><div class='page-title-wrapper product'>"
        f"<h1 class='page-title'><span class='base' data-ui-id='page-title-wrapper' itemprop='name'>{name}</span></h1></div>"
        "<div class='product-info-price'><div class='price-box price-final_price'><span class='price-container price-final_price tax weee'>"
        "<span id='product-price-881' data-price-amount='189' data-price-type='finalPrice' class='price-wrapper'><span class='price'>$189.00</span></span></span></div>"
        "<div class='product-info-stock-sku'><div class='stock available'><span>In stock</span></div><div class='product attribute sku'><strong class='type'>SKU</strong>"
        "<div class='value' itemprop='sku'>CWW-LES-36</div></div></div></div>"
        "<div class='product-add-form'><form id='product_addtocart_form'><button type='submit' title='Add to Cart' class='action primary tocart' id='product-addtocart-button'><span>Add to Cart</span></button></form></div></div>"
        "<div class='product media'><a id='gallery-prev-area' tabindex='-1'></a><div class='action-skip-wrapper'><a class='action skip gallery-next-area' href='#gallery-next-area'><span>Skip to the end of the images gallery</span></a></div>"
        "<div class='gallery-placeholder _block-content-loading' data-gallery-role='gallery-placeholder'>"
        f"<img alt='main product photo' class='gallery-placeholder__image' src='{media}/w/a/walnut-shelf-36-1.jpg'></div>"
        f"<script type='text/x-magento-init'>{json.dumps(init)}</script></div>"
        "<div class='product info detailed'><div class='data item content' id='description'><p>Solid black walnut with a hand-finished live edge and hidden steel bracket.</p></div>"
        "<div class='data item content' id='additional'>"
        + specs([("Dimensions", "36 x 8 x 2 in."), ("Finish", "Hardwax oil")])
        + "</div></div></div></div>"
    )
    case(
        "magento-luma-og-placeholder",
        f"{base}/walnut-live-edge-floating-shelf-36.html",
        page(
            base,
            "Cascade Woodworks",
            name,
            body,
            head=og(
                type="product",
                title=name,
                image=f"{base}/static/version1712345678/frontend/Magento/luma/en_US/Magento_Catalog/images/product/placeholder/image.jpg",
            ),
        ),
        f"{media}/w/a/walnut-shelf-36-1.jpg",
    )


def _batch3() -> None:
    # Shopify Hydrogen (headless, Next-like markup with hashed classes); og:image a Cloudinary-made
    # share card with the name written on it; no JSON-LD
    base = "https://www.lumenandoak.com"
    sh = "https://cdn.shopify.com/s/files/1/0551/2233/4455/files"
    name = "Arc Brass Table Lamp"
    body = (
        "<div class='pdp_wrap__x81Kd'><div class='gallery_grid__Q2mZt'>"
        + "".join(
            f"<div class='gallery_cell__7hLpa'><img src='{sh}/{f}?v=1711&width=1000&height=1250&crop=center' srcset='{sh}/{f}?v=1711&width=500&height=625&crop=center 500w, "
            f"{sh}/{f}?v=1711&width=1000&height=1250&crop=center 1000w' sizes='50vw' alt='' width='1000' height='1250' {'loading=eager' if i < 2 else 'loading=lazy'}></div>"
            for i, f in enumerate(
                (
                    "arc-lamp-brass-on.jpg",
                    "arc-lamp-brass-off.jpg",
                    "arc-lamp-brass-living-room.jpg",
                    "arc-lamp-brass-switch.jpg",
                )
            )
        )
        + "</div><aside class='buybox_box__mL3Qe'>"
        f"<h1 class='buybox_title__Hn2aS'>{name}</h1><div class='buybox_price__9Fz1x'>$265.00</div>"
        "<button class='button_primary__cD8Jk'>Add to cart</button><div class='buybox_copy__p0aZ1'><p>Solid brass, linen shade, dimmable.</p></div></aside></div>"
        "<section class='upsell_row__uH4tQ'><h2>Pairs well with</h2><div class='upsell_track__L0aPq'>"
        + "".join(
            f"<a class='upsell_card__Xy12z' href='{base}/products/{s}'><img src='{sh}/{s}.jpg?v=1700&width=600' alt='{t}' loading='lazy'><p>{t}</p><p>$39.00</p></a>"
            for s, t in (
                ("linen-shade-natural", "Linen Drum Shade"),
                ("smart-bulb-e26", "Warm Dim Smart Bulb"),
            )
        )
        + "</div></section>"
    )
    case(
        "hydrogen-hashed-grid-og-share-card",
        f"{base}/products/arc-brass-table-lamp",
        page(
            base,
            "Lumen &amp; Oak",
            f"{name} | Lumen &amp; Oak",
            body,
            head=og(
                image="https://res.cloudinary.com/lumenandoak/image/upload/c_fill,w_1200,h_630/l_text:Inter_64_bold:Arc%20Brass%20Table%20Lamp/og-template-v2.jpg",
                title=name,
            ),
        ),
        f"{sh}/arc-lamp-brass-on.jpg?v=1711&width=1000&height=1250&crop=center",
    )

    # SFRA: a "Complete the look" lifestyle banner ABOVE the product (a content slot), the gallery a
    # Bootstrap carousel with "carousel-item active"; Scene7 files; no structured data
    base = "https://www.granitecreekboots.com"
    s7 = "https://s7d2.scene7.com/is/image/GraniteCreek"
    name = "Men's Ridgeway Waterproof Hiking Boot"
    body = (
        "<div class='content-asset pdp-top-slot'><a href='/collections/fall-trail-edit'><picture>"
        f"<source media='(min-width: 768px)' srcset='{s7}/FW26_Trail_Edit_Hero_Desktop?wid=2400&fmt=webp'>"
        f"<img src='{s7}/FW26_Trail_Edit_Hero_Mobile?wid=800&fmt=webp' alt='Men&#39;s Ridgeway Waterproof Hiking Boot on the trail - shop the Fall Trail Edit'></picture></a></div>"
        "<div class='container product-detail product-wrapper' data-pid='GC-11872'><div class='row'><div class='col-12 col-sm-6 primary-images'>"
        "<div id='pdpCarousel-GC-11872' class='carousel slide' data-interval='0'><div class='carousel-inner' role='listbox'>"
        + "".join(
            f"<div class='carousel-item{' active' if i == 0 else ''}'><img src='{s7}/GC-11872_{v}?wid=1100&hei=1100&fmt=pjpeg' class='d-block img-fluid'"
            f" alt='{name}, Brown, {i + 1}' itemprop='image'></div>"
            for i, v in enumerate(("BRN_side", "BRN_pair", "BRN_sole", "BRN_top"))
        )
        + "</div><a class='carousel-control-prev' href='#pdpCarousel-GC-11872' role='button'><span class='sr-only'>Previous</span></a></div></div>"
        "<div class='col-12 col-sm-6'><div class='row'><div class='col'><h1 class='product-name'>"
        f"{name}</h1></div></div><div class='product-number-rating'><div class='product-number'>Item No.<span class='product-id'>GC-11872</span></div></div>"
        "<div class='attributes'><div class='attribute'><span class='color'>Color: <span class='selected-swatch-name'>Brown</span></span>"
        + "".join(
            f"<button class='color-attribute' aria-label='Select Color {c}' data-url='/on/demandware.store/Sites-GC-Site/en_US/Product-Variation?pid=GC-11872&dwvar_GC-11872_color={c}'>"
            f"<span data-attr-value='{c}' class='swatch-circle-{c.lower()} swatch-circle swatch-value {'selected' if c == 'BRN' else 'selectable'}' style=\"background-image: url({s7}/GC-11872_{c}_swatch?wid=40)\"></span></button>"
            for c in ("BRN", "BLK", "GRY")
        )
        + "</div></div><div class='prices'><div class='price'><span class='sales'><span class='value' content='165.00'>$165.00</span></span></div></div>"
        "<button class='add-to-cart btn btn-primary' data-pid='GC-11872'><i class='fa fa-shopping-bag'></i> Add to Cart</button></div></div></div>"
    )
    case(
        "sfra-lifestyle-slot-above-carousel",
        f"{base}/mens-ridgeway-waterproof-hiking-boot/GC-11872.html",
        page(
            base,
            "Granite Creek Boots",
            f"{name} | Granite Creek Boots",
            body,
            crumbs=("Home", "Men", "Boots"),
            after=reviews(name, 980),
        ),
        f"{s7}/GC-11872_BRN_side?wid=1100&hei=1100&fmt=pjpeg",
    )

    # Shopify Prestige: data-bg CSS backgrounds? no: Prestige's Image--lazyLoad with data-src
    # templates; a "sale" badge picture sits inside the first slide's wrapper
    base = "https://www.sandandsagehome.com"
    cdn = "//www.sandandsagehome.com/cdn/shop/products"
    name = "Jute and Wool Braided Rug, 5' x 8'"
    photos = (
        "jute-wool-braided-rug-5x8-natural.jpg",
        "jute-wool-braided-rug-corner.jpg",
        "jute-wool-braided-rug-room.jpg",
    )
    body = (
        "<div class='Product__Wrapper'><div class='Product__Gallery Product__Gallery--withThumbnails'><span id='ProductGallery' class='Anchor'></span>"
        "<div class='Product__ActionList hidden-lap-and-up'><div class='Product__ActionItem'><button class='RoundButton RoundButton--small RoundButton--flat' data-action='open-product-zoom'>Zoom</button></div></div>"
        "<div class='Product__Slideshow Product__Slideshow--zoomable Carousel' data-flickity-config='{\"prevNextButtons\": false, \"pageDots\": true}'>"
        + "".join(
            f"<div id='Image{i}' class='Product__SlideItem Product__SlideItem--image Carousel__Cell{' is-selected' if i == 0 else ''}' data-image-position-ignoring-video='{i}' data-image-media-position='{i}'>"
            + (
                f"<img class='Product__Badge' src='{base}/cdn/shop/t/12/assets/badge-sale-circle.png' alt='Sale' width='90' height='90'>"
                if i == 0
                else ""
            )
            + f"<div class='AspectRatio AspectRatio--withFallback' style='padding-bottom: 66.7%; --aspect-ratio: 1.5'>"
            f"<img class='Image--lazyLoad Image--fadeIn' data-src='{cdn}/{p.replace('.jpg', '_{width}x.jpg')}?v=1698' data-widths='[200,400,600,700,800,900,1000,1200,1400,1600]'"
            f" data-sizes='auto' data-expand='-100' alt='{name}' data-max-width='2400' data-max-height='1600' data-original-src='{cdn}/{p}?v=1698'>"
            f"<span class='Image__Loader'></span><noscript><img src='{cdn}/{p.replace('.jpg', '_800x.jpg')}?v=1698' alt='{name}'></noscript></div></div>"
            for i, p in enumerate(photos)
        )
        + "</div><div class='Product__SlideshowNav Product__SlideshowNav--thumbnails'><div class='Product__SlideshowNavScroller'>"
        + "".join(
            f"<a href='{cdn}/{p.replace('.jpg', '_1024x.jpg')}?v=1698' class='Product__SlideshowNavImage{' is-selected' if i == 0 else ''}' data-image-id='3011{i}'>"
            f"<img src='{cdn}/{p.replace('.jpg', '_160x.jpg')}?v=1698' alt=''></a>"
            for i, p in enumerate(photos)
        )
        + "</div></div></div><div class='Product__InfoWrapper'><div class='Product__Info'><div class='Container'><div class='ProductMeta'>"
        f"<h2 class='ProductMeta__Vendor Heading u-h6'>Sand &amp; Sage</h2><h1 class='ProductMeta__Title Heading u-h2'>{name}</h1>"
        "<div class='ProductMeta__PriceList Heading'><span class='ProductMeta__Price Price Price--highlight Text--subdued u-h4'>$279.00</span>"
        "<span class='ProductMeta__Price Price Price--compareAt Text--subdued u-h4'>$349.00</span></div></div>"
        "<form method='post' class='ProductForm'><button type='submit' class='ProductForm__AddToCart Button Button--primary Button--full'>Add to cart</button></form>"
        "</div></div></div></div>"
    )
    case(
        "prestige-sale-badge-in-first-slide",
        f"{base}/products/jute-wool-braided-rug-5x8",
        page(base, "Sand &amp; Sage", f"{name} &ndash; Sand &amp; Sage", body),
        f"https:{cdn}/jute-wool-braided-rug-5x8-natural.jpg?v=1698",
    )

    # WooCommerce with a product-video plugin: the first gallery slide is a YouTube thumbnail
    # (i.ytimg.com), with a play icon; Rank Math JSON-LD names the featured photo
    base = "https://www.redrockknives.com"
    up = f"{base}/wp-content/uploads/2025/06"
    name = "Damascus Chef Knife 8 Inch with Walnut Handle"
    body = (
        "<div class='product type-product'><div class='woocommerce-product-gallery images'><div class='woocommerce-product-gallery__wrapper'>"
        "<div class='woocommerce-product-gallery__image nickx-video-slide' data-thumb='https://i.ytimg.com/vi/dQw9XyZ12ab/default.jpg'>"
        "<a href='https://www.youtube.com/watch?v=dQw9XyZ12ab' class='nickx-popup'><img src='https://i.ytimg.com/vi/dQw9XyZ12ab/maxresdefault.jpg' alt='Damascus Chef Knife 8 Inch with Walnut Handle'>"
        f"<img class='nickx-play' src='{base}/wp-content/plugins/product-video-gallery-slider-for-woocommerce/public/images/play.svg' alt='Play'></a></div>"
        + "".join(
            f"<div class='woocommerce-product-gallery__image' data-thumb='{up}/{f}-100x100.jpg'><a href='{up}/{f}.jpg'>"
            f"<img width='600' height='600' src='{up}/{f}-600x600.jpg' class='{'wp-post-image' if i == 0 else ''}' alt='{name}' data-large_image='{up}/{f}.jpg'"
            f" data-large_image_width='1600' data-large_image_height='1600'></a></div>"
            for i, f in enumerate(
                ("damascus-chef-8-walnut", "damascus-chef-8-walnut-blade", "damascus-chef-8-walnut-box")
            )
        )
        + "</div></div><div class='summary entry-summary'>"
        f"<h1 class='product_title entry-title'>{name}</h1><p class='price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>$</span>149.00</bdi></span></p>"
        "<form class='cart'><button type='submit' class='single_add_to_cart_button button alt'>Add to cart</button></form></div></div>"
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Organization",
                    "@id": f"{base}/#organization",
                    "name": "Red Rock Knives",
                    "logo": {
                        "@type": "ImageObject",
                        "url": f"{base}/wp-content/uploads/2023/02/rrk-logo.png",
                    },
                },
                {
                    "@type": "ImageObject",
                    "@id": f"{up}/damascus-chef-8-walnut.jpg",
                    "url": f"{up}/damascus-chef-8-walnut.jpg",
                    "width": "1600",
                    "height": "1600",
                },
                {
                    "@type": "Product",
                    "name": name,
                    "image": {"@id": f"{up}/damascus-chef-8-walnut.jpg"},
                    "offers": {
                        "@type": "Offer",
                        "price": "149.00",
                        "priceCurrency": "USD",
                        "availability": "http://schema.org/InStock",
                    },
                },
            ],
        }
    )
    case(
        "woocommerce-youtube-slide-first-rankmath-id-ref",
        f"{base}/product/damascus-chef-knife-8-walnut/",
        page(base, "Red Rock Knives", f"{name} - Red Rock Knives", body, head=head),
        f"{up}/damascus-chef-8-walnut.jpg",
    )

    # BigCommerce (Roots / Lifestyle theme) with JSON-LD whose image is the store logo fallback
    base = "https://www.prairiepetsupply.com"
    bc = "https://cdn11.bigcommerce.com/s-q9w8e7r6t5/images/stencil"
    name = "Orthopedic Memory Foam Dog Bed - Large"
    f0 = "205/611/ortho-dog-bed-large-charcoal__18273.1701234567"
    body = (
        "<div class='productView'><section class='productView-images' data-image-gallery><figure class='productView-image' data-image-gallery-main>"
        f"<div class='productView-img-container'><a href='{bc}/1280x1280/products/{f0}.jpg'><img src='{bc}/608x608/products/{f0}.jpg'"
        f" alt='Orthopedic Memory Foam Dog Bed - Large' title='Orthopedic Memory Foam Dog Bed - Large' data-main-image></a></div></figure>"
        "<ul class='productView-thumbnails'>"
        + "".join(
            f"<li class='productView-thumbnail'><a class='productView-thumbnail-link' href='{bc}/1280x1280/products/{f}.jpg' data-image-gallery-item>"
            f"<img src='{bc}/100x100/products/{f}.jpg' alt='{name}'></a></li>"
            for f in (
                f0,
                "205/612/ortho-dog-bed-large-charcoal-side__18273.1701234570",
                "205/613/ortho-dog-bed-large-dog__18273.1701234575",
            )
        )
        + "</ul></section><section class='productView-details'>"
        f"<h1 class='productView-title'>{name}</h1><div class='productView-price'><span class='price price--withoutTax'>$119.99</span></div>"
        "<button class='button button--primary' id='form-action-addToCart'>Add to Cart</button></section></div>"
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": name,
            "sku": "PPS-ODB-L",
            "image": f"{bc}/original/image-manager/prairie-pet-logo.png",
            "offers": {
                "@type": "Offer",
                "price": 119.99,
                "priceCurrency": "USD",
                "availability": "https://schema.org/InStock",
            },
        }
    )
    case(
        "bigcommerce-jsonld-logo",
        f"{base}/orthopedic-memory-foam-dog-bed-large/",
        page(base, "Prairie Pet Supply", f"{name} - Prairie Pet Supply", body, head=head),
        f"{bc}/608x608/products/{f0}.jpg",
    )

    # Squarespace 7.1: og:image and JSON-LD image a lifestyle photo (the product's "thumbnail image"
    # set apart from the gallery); the gallery's first slide is the product shot; alt = file names
    base = "https://www.ironwoodpottery.com"
    sqs = "https://images.squarespace-cdn.com/content/v1/5f8a1b2c3d4e5f6a7b8c9d0e"
    name = "Large Serving Bowl in Tidepool Glaze"
    files = (
        "1698765432101-Q1W2E3R4T5Y6U7I8O9P0/bowl-tidepool-large-01.jpg",
        "1698765432102-A1S2D3F4G5H6J7K8L9Z0/bowl-tidepool-large-02.jpg",
        "1698765432103-Z9X8C7V6B5N4M3L2K1J0/bowl-tidepool-inside.jpg",
    )
    thumb = f"{sqs}/1698765439999-LIFESTYLE0001/kitchen-table-summer.jpg"
    body = (
        "<article class='ProductItem' data-item-id='650a1b2c3d4e5f6a7b8c9d0e'><section class='ProductItem-summary'><section class='ProductItem-gallery'>"
        "<div class='ProductItem-gallery-slides'>"
        + "".join(
            f"<div class='ProductItem-gallery-slides-item{' selected' if i == 0 else ''}' data-slide-index='{i}'>"
            f"<img class='ProductItem-gallery-slides-item-image' data-src='{sqs}/{f}' data-image='{sqs}/{f}' data-image-dimensions='1500x1500'"
            f" data-image-focal-point='0.5,0.5' alt='{f.rsplit('/', 1)[1]}' data-load='false' src='{sqs}/{f}?format=1000w'></div>"
            for i, f in enumerate(files)
        )
        + "</div><div class='ProductItem-gallery-thumbnails'>"
        + "".join(
            f"<div class='ProductItem-gallery-thumbnails-item'><img class='ProductItem-gallery-thumbnails-item-image' data-src='{sqs}/{f}' src='{sqs}/{f}?format=100w' alt=''></div>"
            for f in files
        )
        + "</div></section><section class='ProductItem-details'><div class='product-detail'>"
        f"<h1 class='ProductItem-details-title'>{name}</h1><div class='product-price'>$128.00</div>"
        "<div class='ProductItem-details-checkout'><div class='sqs-add-to-cart-button-wrapper'><div class='sqs-add-to-cart-button sqs-suppress-edit-mode sqs-editable-button sqs-button-element--primary'>"
        "<div class='sqs-add-to-cart-button-inner'>Add To Cart</div></div></div></div>"
        "<div class='ProductItem-details-excerpt'><p>Wheel-thrown stoneware, 11 in. across. Every glaze pools differently.</p></div></div></section></section>"
        "<section class='ProductItem-additional'><div class='sqs-block html-block'><h3>Care</h3><p>Dishwasher safe. Not for the oven.</p></div></section></article>"
    )
    head = og(title=f"{name} &mdash; Ironwood Pottery", image=f"{thumb}?format=1500w", type="product")
    head += ld(
        {
            "@context": "http://schema.org",
            "@type": "Product",
            "name": name,
            "image": f"{thumb}?format=1500w",
            "offers": {
                "@type": "Offer",
                "price": "128.00",
                "priceCurrency": "USD",
                "availability": "InStock",
            },
        }
    )
    case(
        "squarespace-structured-lifestyle-thumbnail",
        f"{base}/shop/p/large-serving-bowl-tidepool",
        page(base, "Ironwood Pottery", f"{name} &mdash; Ironwood Pottery", body),
        f"{sqs}/{files[0]}",
    )

    # Wix Stores: wixstatic media with /v1/fill/ transforms; og:image and JSON-LD name the same
    # first photo; the page also shows a "Recently viewed" slider ABOVE the footer
    base = "https://www.thimbleandthreadco.com"
    wx = "https://static.wixstatic.com/media"
    name = "Beginner Embroidery Kit - Wildflowers"
    ids = (
        "8a2b3c_4d5e6f7a8b9c4d0e9f1a2b3c4d5e6f7a~mv2.jpg",
        "8a2b3c_1f2e3d4c5b6a4978a1b2c3d4e5f6a7b8~mv2.jpg",
    )
    body = (
        "<div data-hook='product-page'><div data-hook='product-gallery-root' class='ProductGallery'><div data-hook='main-media-image-wrapper'>"
        f"<div data-hook='product-image' class='media-wrapper-hook'><wow-image><img src='{wx}/{ids[0]}/v1/fill/w_500,h_500,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/{ids[0]}'"
        f" alt='{name}' style='width:500px;height:500px;object-fit:cover' fetchpriority='high'></wow-image></div></div>"
        "<div data-hook='thumbnails'>"
        + "".join(
            f"<div data-hook='thumbnail-{i}' class='thumbnail'><img src='{wx}/{f}/v1/fill/w_50,h_50,al_c,q_80,usm_0.66_1.00_0.01,blur_2,enc_auto/{f}' alt='{name}'></div>"
            for i, f in enumerate(ids)
        )
        + "</div></div><div data-hook='info-section'>"
        f"<h1 data-hook='product-title'>{name}</h1><span data-hook='formatted-primary-price'>$34.00</span>"
        "<button data-hook='add-to-cart'>Add to Cart</button><pre data-hook='description'><p>Includes 6 in. hoop, linen, DMC floss and needles.</p></pre></div></div>"
    )
    head = og(title=name, image=f"{wx}/{ids[0]}/v1/fill/w_1000,h_1000,al_c,q_85/{ids[0]}", type="og:product")
    case(
        "wix-stores-fill-transform",
        f"{base}/product-page/beginner-embroidery-kit-wildflowers",
        page(base, "Thimble &amp; Thread Co.", f"{name} | Thimble &amp; Thread Co.", body, head=head),
        f"{wx}/{ids[0]}/v1/fill/w_500,h_500,al_c,q_85,usm_0.66_1.00_0.01,enc_auto/{ids[0]}",
        f"{wx}/{ids[0]}",
    )

    # Magento 2 Hyvä: Alpine gallery; the initial image is the "image" role; a "Frequently bought
    # together" block ABOVE the description with bigger pictures; no structured data; og product image
    base = "https://www.ridgewaysupplyco.com"
    cache = f"{base}/media/catalog/product/cache/a1b2c3d4e5f60718293a4b5c6d7e8f90"
    name = "Heavy Duty Steel Garage Shelving Unit, 72 in."
    body = (
        "<section class='text-gray-700 body-font'><div class='flex whitespace-nowrap' id='gallery' x-data='initGallery()'>"
        "<div class='relative self-center w-full'><div class='relative mb-6 aspect-w-1 aspect-h-1'>"
        f"<img alt='{name}' title='{name}' class='object-contain object-center w-full h-auto max-h-screen-75' width='700' height='700'"
        f" itemprop='image' src='{cache}/g/s/gs72-steel-shelving-1.jpg' :src=\"images[active].img\"></div>"
        "<div id='thumbs' class='flex flex-wrap mb-6 -mx-2'>"
        + "".join(
            f"<div class='mx-2 mb-2'><button type='button' class='block border border-gray-300 hover:border-primary focus:border-primary' aria-label='View larger image'>"
            f"<img src='{base}/media/catalog/product/cache/0f9e8d7c6b5a49382716a5b4c3d2e1f0/g/s/{f}' alt='{name}' width='88' height='110'></button></div>"
            for f in (
                "gs72-steel-shelving-1.jpg",
                "gs72-steel-shelving-2.jpg",
                "gs72-steel-shelving-garage.jpg",
            )
        )
        + "</div></div></div></section><section class='flex flex-col'><h1 class='text-3xl font-bold' itemprop='name'>"
        f"{name}</h1><div class='price-box'><span class='price'>$189.99</span></div>"
        "<button type='submit' class='btn btn-primary'>Add to Cart</button></section>"
        "<section class='fbt'><h2>Frequently Bought Together</h2><div class='grid grid-cols-3'>"
        + "".join(
            f"<div class='product-item'><a href='{base}/{s}.html'><img src='{base}/media/catalog/product/cache/a1b2c3d4e5f60718293a4b5c6d7e8f90/{s[0]}/{s[1]}/{s}.jpg' alt='{t}' width='700' height='700'></a>"
            f"<a class='product-item-link' href='{base}/{s}.html'>{t}</a><span class='price'>$29.99</span></div>"
            for s, t in (("shelf-liner-set", "Shelf Liner Set"), ("wall-anchor-kit", "Wall Anchor Kit"))
        )
        + "</div></section><div class='product-description'><p>Five adjustable shelves, 4,000 lb total capacity.</p></div>"
    )
    case(
        "hyva-gallery-fbt-above-description",
        f"{base}/heavy-duty-steel-garage-shelving-unit-72.html",
        page(
            base,
            "Ridgeway Supply Co.",
            name,
            body,
            head=og(type="product", title=name, image=f"{cache}/g/s/gs72-steel-shelving-1.jpg"),
        ),
        f"{cache}/g/s/gs72-steel-shelving-1.jpg",
    )

    # Shopify Dawn: a sticky mini add-to-cart bar rendered FIRST in the body (above the gallery) with
    # a small picture of ANOTHER photo (the variant image of the last chosen colour), and the
    # gallery's photos alt-less; og:image the featured image
    base = "https://www.wildpinepacks.com"
    cdn = "//www.wildpinepacks.com/cdn/shop/files"
    name = "Ridgeline 28L Daypack"
    photos = (
        "ridgeline-28-forest.jpg",
        "ridgeline-28-forest-back.jpg",
        "ridgeline-28-forest-open.jpg",
        "ridgeline-28-clay.jpg",
    )
    sticky = (
        "<div class='sticky-atc' aria-hidden='true'><div class='sticky-atc__inner'>"
        f"<img class='sticky-atc__image' src='{cdn}/ridgeline-28-clay.jpg?v=1699&width=120' alt='{name}' width='60' height='60'>"
        f"<span class='sticky-atc__title'>{name}</span><span class='sticky-atc__price'>$139.00</span><button class='button'>Add to cart</button></div></div>"
    )
    slides = "".join(
        f"<li id='Slide-template--2-{3300 + i}' class='product__media-item grid__item slider__slide{' is-active' if i == 0 else ''}' data-media-id='template--2-{3300 + i}'>"
        f"<div class='product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height' style='--ratio: 1.0; --preview-ratio: 1.0;'>"
        f"<modal-opener class='product__modal-opener product__modal-opener--image no-js-hidden' data-modal='#ProductModal-template--2'>"
        f"<span class='product__media-icon motion-reduce quick-add-hidden product__media-icon--lightbox' aria-hidden='true'></span>"
        f"<div class='product__media media media--transparent'><img src='{cdn}/{p}?v=1699&width=1946' alt='' srcset='{shopify_srcset(f'{cdn}/{p}?v=1699', (246, 493, 600, 713, 823, 990, 1100, 1206, 1346, 1426, 1646, 1946))}'"
        f" width='1946' height='1946' sizes='(min-width: 1200px) 715px, (min-width: 990px) calc(65.0vw - 10rem), (min-width: 750px) calc((100vw - 11.5rem) / 2), calc(100vw / 1 - 4rem)'"
        f" {'fetchpriority=high' if i == 0 else 'loading=lazy'}></div></modal-opener></div></li>"
        for i, p in enumerate(photos)
    )
    body = (
        sticky
        + "<section id='MainProduct-template--2' class='page-width section-template--2-padding' data-section='template--2'><div class='product product--large product--left product--stacked grid grid--1-col grid--2-col-tablet'>"
        "<div class='grid__item product__media-wrapper'><media-gallery id='MediaGallery-template--2' role='region' class='product__column-sticky' aria-label='Gallery Viewer'>"
        f"<slider-component id='GalleryViewer-template--2' class='slider-mobile-gutter'><ul id='Slider-Gallery-template--2' class='product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile' role='list'>{slides}</ul></slider-component></media-gallery></div>"
        "<div class='product__info-wrapper grid__item'><section id='ProductInfo-template--2' class='product__info-container product__column-sticky'>"
        f"<div class='product__title'><h1>{name}</h1></div><div class='no-js-hidden' id='price-template--2' role='status'><div class='price price--large price--show-badge'>"
        "<div class='price__container'><div class='price__regular'><span class='visually-hidden visually-hidden--inline'>Regular price</span><span class='price-item price-item--regular'>$139.00 USD</span></div></div></div></div>"
        "<variant-radios class='no-js-hidden' data-section='template--2'><fieldset class='js product-form__input'><legend class='form__label'>Color</legend>"
        "<input type='radio' id='c1' name='Color' value='Forest' checked><label for='c1'>Forest</label><input type='radio' id='c2' name='Color' value='Clay'><label for='c2'>Clay</label></fieldset></variant-radios>"
        "<div class='product-form__buttons'><button type='submit' name='add' class='product-form__submit button button--full-width button--secondary'><span>Add to cart</span></button></div>"
        "</section></div></div></section>"
    )
    case(
        "dawn-sticky-atc-first-other-variant",
        f"{base}/products/ridgeline-28l-daypack",
        page(
            base,
            "Wild Pine Packs",
            f"{name} &ndash; Wild Pine Packs",
            body,
            head=og(type="product", title=name, image=f"http:{cdn}/ridgeline-28-forest.jpg?v=1699"),
        ),
        f"https:{cdn}/ridgeline-28-forest.jpg?v=1699&width=1946",
    )


def _clone_pages() -> None:
    """Loop copies of slides (kind 1): a case more and the pages where the rule must not change the
    answer (each passing before the fix and after)."""
    # Splide in loop mode (a Hyvä / BigCommerce theme): the copies of the last two slides first, no
    # slide marked active in the served HTML (Splide marks it when its script runs)
    base = "https://www.copperkettleco.com"
    up = f"{base}/product_images/uploaded_images"
    name = "Hammered Copper Moscow Mule Mugs, Set of 4"
    files = ("copper-mule-mugs-set-4.jpg", "copper-mule-mugs-handle.jpg", "copper-mule-mugs-bar.jpg")
    slide = lambda f, cls: (  # noqa: E731
        f"<li class='splide__slide{cls}'><img src='{up}/{f}' alt='{name}' width='900' height='900'></li>"
    )
    body = (
        "<div class='product-detail'><section class='splide product-gallery' aria-label='Product images'><div class='splide__track'><ul class='splide__list'>"
        + slide(files[1], " splide__slide--clone")
        + slide(files[2], " splide__slide--clone")
        + "".join(slide(f, "") for f in files)
        + slide(files[0], " splide__slide--clone")
        + f"</ul></div></section><div class='product-detail__info'><h1 class='product-detail__title'>{name}</h1>"
        "<span class='product-detail__price'>$79.95</span><button class='btn add-to-cart'>Add to Cart</button></div></div>"
    )
    case(
        "splide-loop-clones-first-none-active",
        f"{base}/hammered-copper-moscow-mule-mugs-set-of-4/",
        page(base, "Copper Kettle Co.", f"{name} | Copper Kettle Co.", body),
        f"{up}/{files[0]}",
    )

    # slick in loop mode with its current slide marked (a WooCommerce / Shopify Debut-era gallery)
    base = "https://www.bayoubrewgear.com"
    cdn = "//www.bayoubrewgear.com/cdn/shop/products"
    name = "Stainless Steel Brew Kettle, 10 Gallon"
    files = (
        "brew-kettle-10gal-front_1024x1024.jpg",
        "brew-kettle-10gal-valve_1024x1024.jpg",
        "brew-kettle-10gal-lid_1024x1024.jpg",
    )
    slide = lambda i, f, cls: (  # noqa: E731
        f"<div class='slick-slide{cls}' data-slick-index='{i}' aria-hidden='{'false' if 'current' in cls else 'true'}' style='width: 560px;'>"
        f"<div class='product-single__photo'><img src='{cdn}/{f}?v=1690' alt='{name}'></div></div>"
    )
    body = (
        "<div class='product-single'><div class='product-single__photos'><div class='product-slider slick-initialized slick-slider'>"
        "<div class='slick-list draggable'><div class='slick-track' style='opacity: 1; width: 2800px; transform: translate3d(-560px, 0px, 0px);'>"
        + slide(-1, files[2], " slick-cloned")
        + "".join(slide(i, f, " slick-current slick-active" if i == 0 else "") for i, f in enumerate(files))
        + slide(3, files[0], " slick-cloned")
        + f"</div></div></div></div><div class='product-single__meta'><h1 class='product-single__title'>{name}</h1>"
        "<span id='ProductPrice' class='product-single__price'>$189.00</span><button class='btn product-form__cart-submit'>Add to Cart</button></div></div>"
    )
    keep(
        "slick-loop-current-marked",
        f"{base}/products/stainless-steel-brew-kettle-10-gallon",
        page(base, "Bayou Brew Gear", f"{name} &ndash; Bayou Brew Gear", body, after=reviews(name, 88)),
        f"https:{cdn}/{files[0]}?v=1690",
    )

    # Owl Carousel in loop mode (SAP Commerce accelerator) with "owl-item cloned" copies and the
    # original first slide "owl-item active"; a related-products owl carousel with copies below
    base = "https://www.summitworkwear.com"
    m = f"{base}/medias"
    name = "FR Insulated Bib Overall"
    ctx = "bWFzdGVyfGltYWdlc3wxMTIyMzN8aW1hZ2UvanBlZ3xoMTEvaDIyLzg4MDAxMTIyMzMuanBnfDEy"
    files = ("515Wx515H-FRB-220-DKNV-1.jpg", "515Wx515H-FRB-220-DKNV-2.jpg", "515Wx515H-FRB-220-DKNV-3.jpg")

    def item(f, cls):
        return f"<div class='owl-item{cls}' style='width: 515px;'><div class='item'><img class='lazyOwl' src='{m}/{f}?context={ctx}' alt='{name}'></div></div>"  # noqa: E731

    body = (
        "<div class='image-gallery js-gallery'><div class='carousel image-gallery__image js-gallery-image owl-carousel owl-theme owl-loaded'>"
        "<div class='owl-stage-outer'><div class='owl-stage'>"
        + item(files[2], " cloned")
        + "".join(item(f, " active" if i == 0 else "") for i, f in enumerate(files))
        + item(files[0], " cloned")
        + "</div></div></div></div>"
        f"<div class='product-details page-title'><h1 class='name'>{name}</h1></div><p class='price'>$284.00</p>"
        "<button id='addToCartButton' class='btn btn-primary js-add-to-cart'>Add to cart</button>"
        "<div class='carousel__component'><div class='carousel__component--headline'>Related Products</div><div class='owl-carousel owl-loaded'><div class='owl-stage'>"
        + "".join(
            f"<div class='owl-item{c}'><div class='carousel__item'><a href='{base}/p/{s}'><img src='{m}/300Wx300H-{s}-1.jpg?context={ctx}' alt='{t}'>"
            f"<div class='carousel__item--name'>{t}</div><div class='carousel__item--price'>$89.00</div></a></div></div>"
            for c, s, t in (
                ("  cloned", "FRH-100", "FR Hood"),
                (" active", "FRH-100", "FR Hood"),
                ("", "FRG-200", "FR Gloves"),
            )
        )
        + "</div></div></div>"
    )
    keep(
        "owl-loop-active-original",
        f"{base}/Workwear/Bibs/FR-Insulated-Bib-Overall/p/FRB-220",
        page(base, "Summit Workwear", f"{name} | Summit Workwear", body),
        f"{m}/{files[0]}?context={ctx}",
    )

    # Swiper in loop mode (a Magento 2 theme): "swiper-slide-duplicate" copies around, the
    # original first "swiper-slide-active"; the copy of the first is "swiper-slide-duplicate-active"
    base = "https://www.pinecrestlighting.com"
    media = f"{base}/media/catalog/product"
    name = "Farmhouse 5-Light Chandelier, Matte Black"
    files = (
        "f/h/fh-5l-chandelier-black-1.jpg",
        "f/h/fh-5l-chandelier-black-2.jpg",
        "f/h/fh-5l-chandelier-black-dining.jpg",
    )
    sl = lambda f, cls: f"<div class='swiper-slide{cls}'><img src='{media}/{f}' alt='{name}'></div>"  # noqa: E731
    body = (
        "<div class='product media'><div class='swiper-container gallery-top swiper-container-initialized'><div class='swiper-wrapper'>"
        + sl(files[2], " swiper-slide-duplicate swiper-slide-prev")
        + "".join(sl(f, " swiper-slide-active" if i == 0 else "") for i, f in enumerate(files))
        + sl(files[0], " swiper-slide-duplicate swiper-slide-duplicate-active")
        + f"</div></div></div><div class='product-info-main'><h1 class='page-title'><span class='base'>{name}</span></h1>"
        "<span class='price'>$249.00</span><button class='action primary tocart'>Add to Cart</button></div>"
    )
    keep(
        "swiper-loop-duplicates",
        f"{base}/farmhouse-5-light-chandelier-matte-black.html",
        page(base, "Pinecrest Lighting", name, body),
        f"{media}/{files[0]}",
    )

    # a zoom plugin's copy of the main photo named "clone" with no row of its own (ElevateZoom-like
    # "zoom-clone" holder after the gallery), the photo itself alone
    base = "https://www.harvestmoonquilts.com"
    up = f"{base}/images/products"
    name = "Log Cabin Hand-Quilted Throw, Autumn"
    body = (
        f"<div id='product'><div class='product-image'><img id='mainPhoto' src='{up}/log-cabin-throw-autumn-600.jpg' alt='{name}'></div>"
        f"<div class='zoom-clone' style='display:none'><img src='{up}/log-cabin-throw-autumn-1800.jpg' alt='{name}'></div>"
        f"<div class='info'><h1>{name}</h1><p class='price'>$325.00</p><button class='add-to-cart'>Add to Cart</button></div></div>"
    )
    keep(
        "zoom-clone-holder-alone",
        f"{base}/products/log-cabin-hand-quilted-throw-autumn",
        page(base, "Harvest Moon Quilts", f"{name} | Harvest Moon Quilts", body),
        f"{up}/log-cabin-throw-autumn-600.jpg",
        f"{up}/log-cabin-throw-autumn-1800.jpg",
    )


def _batch4() -> None:
    # X-Cart 4 (many US hobby shops): pictures served by image.php?type=P&id=..., og:image the logo
    base = "https://www.mountainmodeltrains.com"
    name = "Bachmann HO Scale EMD GP7 Diesel Locomotive - Santa Fe #2651"
    body = (
        "<table width='100%'><tr><td class='central-space'><h1>" + name + "</h1>"
        "<div class='product-details'><div class='image'><div class='image-box'>"
        f"<img id='product_thumbnail' src='{base}/image.php?type=P&amp;id=17532' width='450' height='300' alt='{name}'></div>"
        "<div class='dpimages-list'>"
        + "".join(
            f"<a href='{base}/image.php?type=D&amp;id={i}' class='lightbox'><img src='{base}/image.php?type=D&amp;id={i}&amp;tmbn=1' width='60' height='40' alt='{name}'></a>"
            for i in (8841, 8842, 8843)
        )
        + "</div></div><div class='details'><form name='orderform' method='post' action='cart.php'><table class='product-properties'>"
        "<tr><td class='property-name'>SKU</td><td class='property-value' id='product_code'>BAC-62501</td></tr>"
        "<tr><td class='property-name product-price'>Our price:</td><td class='property-value'><span class='product-price-value'>$<span id='product_price'>139.99</span></span></td></tr>"
        "<tr><td class='property-name'>Quantity</td><td class='property-value'><input type='text' name='amount' value='1'></td></tr></table>"
        "<button class='button main-button add-to-cart-button' type='submit'><span class='button-right'><span class='button-left'>Add to cart</span></span></button></form></div></div>"
        "<div class='descr'>DCC-ready, die-cast chassis, E-Z Mate couplers.</div></td></tr></table>"
    )
    case(
        "xcart-image-php-og-logo",
        f"{base}/bachmann-ho-gp7-santa-fe-2651.html",
        page(
            base,
            "Mountain Model Trains",
            f"{name} :: Mountain Model Trains",
            body,
            head=og(image=f"{base}/skin/common_files/images/xlogo.png", title=name),
        ),
        f"{base}/image.php?type=P&id=17532",
    )

    # Zen Cart (Responsive Classic): the medium picture links to the _LRG file in a popup; an
    # "additional images" strip; a manufacturer logo picture in the info block
    base = "https://www.greatlakesfishingsupply.com"
    name = "Lew's Speed Spool LFS Baitcast Reel"
    body = (
        "<div class='centerColumn' id='productGeneral'><form name='cart_quantity' method='post' action='index.php?main_page=product_info&amp;products_id=3381&amp;action=add_product'>"
        f"<h1 id='productName' class='productGeneral'>{name}</h1><h2 id='productPrices' class='productGeneral'>$89.99</h2>"
        "<div id='productMainImage' class='centeredContent back'>"
        f"<a href=\"javascript:popupWindow('index.php?main_page=popup_image&amp;pID=3381')\"><img src='images/medium/lews/speed-spool-lfs_MED.jpg' alt='{name}' title='{name}' width='300' height='300'>"
        "<br><span class='imgLink'>larger image</span></a>"
        f"<noscript><a href='index.php?main_page=popup_image&amp;pID=3381' target='_blank'><img src='images/medium/lews/speed-spool-lfs_MED.jpg' alt='{name}' width='300' height='300'></a></noscript></div>"
        "<div id='cartAdd'>Add to Cart: <input type='text' name='cart_quantity' value='1' size='4'><input type='image' src='includes/templates/responsive_classic/buttons/english/button_in_cart.gif' alt='Add to Cart'></div>"
        "<div id='productDescription' class='productGeneral biggerText'>7.5:1 gear ratio, 10 bearings, aluminum spool.</div>"
        "<ul id='productDetailsList' class='floatingBox back'><li>Model: LEW-SS-LFS</li><li>Manufactured by: Lew's</li></ul>"
        "<div id='productManufacturerLogo'><img src='images/manufacturers/lews-logo.png' alt=\"Lew's\"></div>"
        "<div id='productAdditionalImages'><h3>Additional Images</h3>"
        + "".join(
            f"<div class='additionalImages centeredContent back' style='width:33%;'><a href=\"javascript:popupWindow('index.php?main_page=popup_image_additional&amp;pID=3381&amp;pic={n}')\">"
            f"<img src='images/lews/speed-spool-lfs_{n:02d}.jpg' alt='{name}' width='100' height='100'></a></div>"
            for n in (1, 2)
        )
        + "</div></form></div>"
    )
    case(
        "zencart-product-main-image",
        f"{base}/index.php?main_page=product_info&products_id=3381",
        page(base, "Great Lakes Fishing Supply", f"{name} : Great Lakes Fishing Supply", body),
        f"{base}/images/medium/lews/speed-spool-lfs_MED.jpg",
        f"{base}/images/large/lews/speed-spool-lfs_LRG.jpg",
    )

    # CS-Cart (US multi-vendor installs): "thumbnails/500/500/detailed/12/..." paths, an owl gallery,
    # JSON-LD image the first detailed picture at full size
    base = "https://www.frontierhuntinggear.com"
    name = "Vortex Diamondback HD 10x42 Binoculars"
    det = f"{base}/images/detailed/12/vortex-diamondback-hd-10x42.jpg"
    body = (
        "<div class='ty-product-block'><div class='ty-product-block__wrapper clearfix'><h1 class='ty-product-block-title'><bdi>"
        f"{name}</bdi></h1><div class='ty-product-block__img-wrapper'><div class='ty-product-block__img cm-reload-117' id='product_images_117_update'>"
        "<div class='ty-product-img cm-preview-wrapper' id='product_images_1176a1b2c3'>"
        + "".join(
            f"<a id='det_img_link_1176a1b2c3_{n}' data-ca-image-id='preview[product_images_1176a1b2c3]' class='cm-image-previewer {'' if i == 0 else 'hidden '}cm-previewer ty-previewer'"
            f" data-ca-image-width='1600' data-ca-image-height='1600' href='{base}/images/detailed/12/{f}.jpg' title=''>"
            f"<img class='ty-pict' id='det_img_1176a1b2c3_{n}' src='{base}/images/thumbnails/500/500/detailed/12/{f}.jpg' alt='' title=''><span class='ty-previewer__icon hidden-phone'></span></a>"
            for i, (n, f) in enumerate(
                (
                    (4401, "vortex-diamondback-hd-10x42"),
                    (4402, "vortex-diamondback-hd-10x42-eyecups"),
                    (4403, "vortex-diamondback-hd-10x42-case"),
                )
            )
        )
        + "</div><div class='ty-center ty-product-bigpicture-thumbnails_gallery'><div class='cm-image-gallery-wrapper ty-thumbnails_gallery ty-inline-block'>"
        "<div class='ty-product-thumbnails owl-carousel cm-image-gallery' id='images_preview_1176a1b2c3'>"
        + "".join(
            f"<div class='cm-item-gallery ty-float-left'><a data-ca-gallery-large-id='det_img_link_1176a1b2c3_{n}' class='cm-gallery-item cm-thumbnails-mini ty-product-thumbnails__item'>"
            f"<img class='ty-pict' src='{base}/images/thumbnails/35/35/detailed/12/{f}.jpg' alt='' title=''></a></div>"
            for n, f in (
                (4401, "vortex-diamondback-hd-10x42"),
                (4402, "vortex-diamondback-hd-10x42-eyecups"),
                (4403, "vortex-diamondback-hd-10x42-case"),
            )
        )
        + "</div></div></div></div></div><div class='ty-product-block__left'><div class='ty-product-block__sku'><label class='ty-control-group__label'>CODE:</label>"
        "<span class='ty-control-group__item'>VTX-DB-1042</span></div><div class='ty-product-block__price-actual'><span class='ty-price'><bdi><span class='ty-price-num'>$</span><span class='ty-price-num'>249.99</span></bdi></span></div>"
        "<div class='ty-product-block__button'><button class='ty-btn__primary ty-btn__big ty-btn__add-to-cart cm-form-dialog-closer ty-btn' type='submit'>Add to cart</button></div></div></div></div>"
    )
    head = ld(
        {
            "@context": "http://schema.org",
            "@type": "Product",
            "name": name,
            "image": [det],
            "offers": {"@type": "Offer", "price": 249.99, "priceCurrency": "USD"},
        }
    )
    case(
        "cscart-thumbnails-path",
        f"{base}/optics/binoculars/vortex-diamondback-hd-10x42-binoculars/",
        page(base, "Frontier Hunting Gear", f"{name}", body, head=head),
        f"{base}/images/thumbnails/500/500/detailed/12/vortex-diamondback-hd-10x42.jpg",
        det,
    )

    # a DTC brand on Cloudinary: the gallery's first slide is a video's still
    # ("/video/upload/so_0/..."), marked only by data-media-type; no structured data
    base = "https://www.trailforgeknives.com"
    cl = "https://res.cloudinary.com/trailforge/image/upload/f_auto,q_auto,w_1200"
    name = "Ember EDC Folding Knife, S35VN"
    body = (
        "<div class='pdp'><div class='pdp-media'><ul class='pdp-media__list'>"
        "<li class='pdp-media__item' data-media-type='video'><button class='pdp-media__play' aria-label='Play video'>"
        "<img src='https://res.cloudinary.com/trailforge/video/upload/so_0,f_auto,q_auto,w_1200/ember-edc-flip-demo.jpg' alt='Ember EDC Folding Knife, S35VN'></button></li>"
        + "".join(
            f"<li class='pdp-media__item' data-media-type='image'><img src='{cl}/products/{f}.jpg' alt='Ember EDC Folding Knife, S35VN' loading='lazy'></li>"
            for f in ("ember-edc-s35vn-open", "ember-edc-s35vn-closed", "ember-edc-s35vn-pocket")
        )
        + "</ul></div><div class='pdp-info'><h1 class='pdp-info__title'>"
        f"{name}</h1><p class='pdp-info__price'>$185.00</p><button class='pdp-info__atc'>Add to cart</button>"
        + specs([("Blade steel", "CPM S35VN"), ("Blade length", "3.1 in."), ("Weight", "3.4 oz")])
        + "</div></div>"
    )
    case(
        "cloudinary-video-still-first",
        f"{base}/products/ember-edc-folding-knife-s35vn",
        page(base, "Trailforge Knives", f"{name} | Trailforge Knives", body),
        f"{cl}/products/ember-edc-s35vn-open.jpg",
    )

    # Shopify Dawn-like gallery whose slides carry only data-srcset (a lazy loader), og:image the
    # social crop "_1200x630_crop_center" of another file
    base = "https://www.meadowlarkbaby.com"
    cdn = "//www.meadowlarkbaby.com/cdn/shop/files"
    name = "Muslin Swaddle Blanket 3-Pack - Wildflower"
    photos = (
        "muslin-swaddle-wildflower-3pk.jpg",
        "muslin-swaddle-wildflower-folded.jpg",
        "muslin-swaddle-wildflower-baby.jpg",
    )
    body = (
        "<div class='product-gallery'><div class='product-gallery__main'>"
        + "".join(
            f"<div class='product-gallery__slide' data-index='{i}'><img class='lazyload' src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'"
            f" data-srcset='{cdn}/{p}?v=1701&width=600 600w, {cdn}/{p}?v=1701&width=1200 1200w, {cdn}/{p}?v=1701&width=1800 1800w' data-sizes='auto' alt=''></div>"
            for i, p in enumerate(photos)
        )
        + "</div></div><div class='product-info'>"
        f"<h1 class='product-info__title'>{name}</h1><div class='product-info__price'>$49.00</div>"
        "<button class='product-info__add'>Add to cart</button><div class='product-info__afterpay'><img src='https://static.afterpay.com/integration/logo-afterpay-colour.svg' alt='Afterpay'> 4 interest-free payments of $12.25</div></div>"
    )
    case(
        "shopify-data-srcset-only-og-social-crop",
        f"{base}/products/muslin-swaddle-blanket-3-pack-wildflower",
        page(
            base,
            "Meadowlark Baby",
            f"{name} &ndash; Meadowlark Baby",
            body,
            head=og(
                type="product",
                title=name,
                image=f"http:{cdn}/wildflower-collection-flatlay_1200x630_crop_center.jpg?v=1701",
            ),
        ),
        f"https:{cdn}/{photos[0]}?v=1701&width=1800",
    )

    # Amplience (i1.adis.ws) images of a fashion brand: JSON-LD lists the lifestyle ("_model")
    # first; the gallery opens on the packshot; a "shop the look" strip with the model picture below
    base = "https://www.harlowandhuntapparel.com"
    am = "https://i1.adis.ws/i/harlowhunt"
    name = "Cashmere Crewneck Sweater - Camel"
    body = (
        "<div class='product-detail'><div class='product-detail__gallery'><div class='gallery-grid'>"
        + "".join(
            f"<div class='gallery-grid__item'><img src='{am}/{f}?w=900&qlt=80&fmt=auto' srcset='{am}/{f}?w=600&qlt=80&fmt=auto 600w, {am}/{f}?w=900&qlt=80&fmt=auto 900w, {am}/{f}?w=1400&qlt=80&fmt=auto 1400w' alt='{name} {v}'></div>"
            for f, v in (
                ("HH-CASH-CRW-CML_packshot", "front"),
                ("HH-CASH-CRW-CML_model", "on model"),
                ("HH-CASH-CRW-CML_detail", "detail"),
            )
        )
        + "</div></div><div class='product-detail__info'><h1>"
        f"{name}</h1><p class='price'>$198.00</p><button class='btn add-to-bag'>Add to Bag</button></div></div>"
        "<section class='shop-the-look'><h2>Shop the Look</h2><div class='shop-the-look__image'>"
        f"<img src='{am}/HH-CASH-CRW-CML_model?w=1400&qlt=80&fmt=auto' alt='Model wearing the Cashmere Crewneck Sweater in Camel with the Wide-Leg Trouser'></div>"
        + related(base, "", [("Wide-Leg Wool Trouser", f"{am}/HH-WL-TRS-CHR_packshot?w=600", "$168.00")])
        + "</section>"
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": name,
            "image": [f"{am}/HH-CASH-CRW-CML_model?w=1200", f"{am}/HH-CASH-CRW-CML_packshot?w=1200"],
            "offers": {
                "@type": "Offer",
                "price": "198.00",
                "priceCurrency": "USD",
                "availability": "https://schema.org/InStock",
            },
        }
    )
    case(
        "amplience-jsonld-model-first",
        f"{base}/p/cashmere-crewneck-sweater-camel/HH-CASH-CRW-CML",
        page(base, "Harlow &amp; Hunt", f"{name} | Harlow &amp; Hunt", body, head=head),
        f"{am}/HH-CASH-CRW-CML_packshot?w=900&qlt=80&fmt=auto",
    )

    # BigCommerce theme with thumbnails left of the main picture (thumbnails first in the DOM,
    # 100x100), the main picture lazy (data-src) with a loading gif src
    base = "https://www.oakandironfurniture.com"
    bc = "https://cdn11.bigcommerce.com/s-m3n4b5v6c7/images/stencil"
    name = "Mission Oak Rocking Chair"
    files = (
        "331/902/mission-oak-rocker-front__44120.1699000001",
        "331/903/mission-oak-rocker-side__44120.1699000002",
        "331/904/mission-oak-rocker-porch__44120.1699000003",
    )
    body = (
        "<div class='productView productView--thumbs-left'><section class='productView-images'><ul class='productView-thumbnails productView-thumbnails--vertical'>"
        + "".join(
            f"<li class='productView-thumbnail'><a class='productView-thumbnail-link{' is-active' if i == 0 else ''}' href='{bc}/1280x1280/products/{f}.jpg'>"
            f"<img src='{bc}/100x100/products/{f}.jpg' alt='{name}'></a></li>"
            for i, f in enumerate(files)
        )
        + "</ul><figure class='productView-image'><div class='productView-img-container'>"
        f"<img class='productView-image--default lazyload' src='{base}/content/img/loading.svg' data-src='{bc}/760x760/products/{files[0]}.jpg' alt='{name}' data-main-image></div></figure></section>"
        f"<section class='productView-details'><h1 class='productView-title'>{name}</h1><div class='productView-price'><span class='price'>$649.00</span></div>"
        "<button class='button button--primary'>Add to Cart</button></section></div>"
    )
    case(
        "bigcommerce-thumbs-left-lazy-main",
        f"{base}/mission-oak-rocking-chair/",
        page(base, "Oak &amp; Iron Furniture", f"{name} - Oak &amp; Iron Furniture", body),
        f"{bc}/760x760/products/{files[0]}.jpg",
    )

    # art direction: the <picture> shows a square crop file on phones and the packshot on desktop;
    # Akamai Image Manager "?impolicy=" URLs; no structured data
    base = "https://www.redwoodcoolers.com"
    ak = f"{base}/is/image/products"
    name = "Tundra 45 Hard Cooler - Sagebrush"
    body = (
        "<div class='pdp-hero'><div class='pdp-hero__media'><picture class='pdp-hero__picture'>"
        f"<source media='(max-width: 767px)' srcset='{ak}/tundra-45-sagebrush-mobile.jpg?impolicy=mobile&imwidth=750'>"
        f"<source media='(min-width: 768px)' srcset='{ak}/tundra-45-sagebrush.jpg?impolicy=pdp&imwidth=1400'>"
        f"<img src='{ak}/tundra-45-sagebrush.jpg?impolicy=pdp&imwidth=1400' alt='{name}'></picture>"
        "<div class='pdp-hero__thumbs'>"
        + "".join(
            f"<button><img src='{ak}/{f}.jpg?impolicy=thumb&imwidth=120' alt=''></button>"
            for f in ("tundra-45-sagebrush", "tundra-45-sagebrush-open", "tundra-45-sagebrush-truck")
        )
        + "</div></div><div class='pdp-hero__info'><h1>"
        f"{name}</h1><span class='pdp-price'>$325.00</span><button class='pdp-atc'>Add to Cart</button></div></div>"
        + related(
            base,
            "Accessories",
            [
                ("Cooler Basket 45", f"{ak}/cooler-basket-45.jpg?impolicy=card", "$29.99"),
                ("Cooler Divider", f"{ak}/cooler-divider-45.jpg?impolicy=card", "$19.99"),
            ],
        )
    )
    case(
        "akamai-art-direction-picture",
        f"{base}/coolers/tundra-45-hard-cooler-sagebrush",
        page(base, "Redwood Coolers", f"{name} | Redwood Coolers", body),
        f"{ak}/tundra-45-sagebrush.jpg?impolicy=pdp&imwidth=1400",
        f"{ak}/tundra-45-sagebrush-mobile.jpg?impolicy=mobile&imwidth=750",
    )

    # WooCommerce variable product: the URL's attribute_pa_color=navy; the theme swaps the first
    # gallery picture to the variation's only by script, so the served gallery opens on the parent's
    # featured photo (grey) while the JSON-LD lists the variation offers; the label is the shown one
    base = "https://www.ozarkhammockco.com"
    up = f"{base}/wp-content/uploads/2025/03"
    name = "Camp Blanket - Recycled Fleece"
    gal = "".join(
        f"<div data-thumb='{up}/{f}-100x100.jpg' class='woocommerce-product-gallery__image'><a href='{up}/{f}.jpg'>"
        f"<img width='600' height='600' src='{up}/{f}-600x600.jpg' class='{'wp-post-image' if i == 0 else ''}' alt='' data-large_image='{up}/{f}.jpg' data-large_image_width='1400' data-large_image_height='1400'></a></div>"
        for i, f in enumerate(("camp-blanket-grey", "camp-blanket-grey-folded", "camp-blanket-navy"))
    )
    variations = [
        {
            "attributes": {"attribute_pa_color": c},
            "display_price": 64,
            "image": {"src": f"{up}/camp-blanket-{c}-600x600.jpg", "full_src": f"{up}/camp-blanket-{c}.jpg"},
            "variation_id": v,
        }
        for c, v in (("grey", 501), ("navy", 502))
    ]
    body = (
        "<div class='product type-product product-type-variable has-post-thumbnail'><div class='woocommerce-product-gallery woocommerce-product-gallery--with-images images'>"
        f"<div class='woocommerce-product-gallery__wrapper'>{gal}</div></div><div class='summary entry-summary'>"
        f"<h1 class='product_title entry-title'>{name}</h1><p class='price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>$</span>64.00</bdi></span></p>"
        f"<form class='variations_form cart' data-product_id='500' data-product_variations='{json.dumps(variations).replace(chr(39), '&#39;')}'>"
        "<table class='variations'><tr><th class='label'><label for='pa_color'>Color</label></th><td class='value'><select id='pa_color' name='attribute_pa_color'>"
        "<option value=''>Choose an option</option><option value='grey'>Grey</option><option value='navy' selected='selected'>Navy</option></select></td></tr></table>"
        "<button type='submit' class='single_add_to_cart_button button alt'>Add to cart</button></form></div></div>"
    )
    case(
        "woocommerce-variable-attribute-url",
        f"{base}/product/camp-blanket-recycled-fleece/?attribute_pa_color=navy",
        page(base, "Ozark Hammock Co.", f"{name} - Ozark Hammock Co.", body),
        f"{up}/camp-blanket-grey.jpg",
        f"{up}/camp-blanket-navy.jpg",
    )


def _video_pages() -> None:
    """A video's still told by its media type, a play control or its URL (kind 2): cases more and
    pages where the rule must not change the answer."""

    def gallery(items: list[tuple[str, str, str]], name: str) -> str:
        """(wrapper attributes, inner wrapper open/close tag name, picture URL) slides; no gallery names
        beyond a neutral grid."""
        return (
            "<ul class='pdp-grid'>"
            + "".join(f"<li {attrs}>{inner.format(url=url, name=name)}</li>" for attrs, inner, url in items)
            + "</ul>"
        )

    def pdp(base: str, shop: str, name: str, price: str, media: str, head: str = "") -> str:
        body = (
            f"<div class='pdp'><div class='pdp__media'>{media}</div><div class='pdp__info'><h1 class='pdp__title'>{name}</h1>"
            f"<p class='pdp__price'>{price}</p><button class='pdp__atc'>Add to cart</button>"
            "<div class='pdp__desc'><p>Ships in 1-2 business days. Free returns within 30 days.</p></div></div></div>"
        )
        return page(base, shop, f"{name} | {shop}", body, head=head, after=reviews(name, 64))

    img = "<img src='{url}' alt='{name}' width='1200' height='1200'>"
    # Shopify: the first media a video, its slide typed data-media-type="video", its poster a
    # "preview_images" file; no names say video
    base = "https://www.tallgrasscoffee.com"
    cdn = "https://www.tallgrasscoffee.com/cdn/shop"
    name = "Single Origin Cold Brew Concentrate, 32 oz"
    media = gallery(
        [
            (
                "data-media-type='video' data-media-id='3101'",
                img,
                f"{cdn}/files/preview_images/5f2c8a7b91d04e3fa1b2c3d4e5f60718.thumbnail.0000000000.jpg?v=1700&width=1200",
            ),
            (
                "data-media-type='image' data-media-id='3102'",
                img,
                f"{cdn}/files/cold-brew-32oz-bottle.jpg?v=1700&width=1200",
            ),
            (
                "data-media-type='image' data-media-id='3103'",
                img,
                f"{cdn}/files/cold-brew-32oz-pour.jpg?v=1700&width=1200",
            ),
        ],
        name,
    )
    case(
        "shopify-media-type-video-first",
        f"{base}/products/single-origin-cold-brew-concentrate-32-oz",
        pdp(base, "Tallgrass Coffee", name, "$24.00", media),
        f"{cdn}/files/cold-brew-32oz-bottle.jpg?v=1700&width=1200",
    )

    # a headless store: the first slide's poster in a button labelled "Play video", a custom CDN
    base = "https://www.northbeamaudio.com"
    cdn = "https://media.northbeamaudio.com/pdp"
    name = "Wave Portable Bluetooth Speaker - Slate"
    media = gallery(
        [
            (
                "class='pdp-grid__cell'",
                "<button type='button' aria-label='Play video'><img src='{url}' alt='{name}'></button>",
                f"{cdn}/wave-speaker-slate-hero-reel.jpg",
            ),
            (
                "class='pdp-grid__cell'",
                "<button type='button' aria-label='Open image 2'><img src='{url}' alt='{name}'></button>",
                f"{cdn}/wave-speaker-slate-front.jpg",
            ),
            (
                "class='pdp-grid__cell'",
                "<button type='button' aria-label='Open image 3'><img src='{url}' alt='{name}'></button>",
                f"{cdn}/wave-speaker-slate-back.jpg",
            ),
        ],
        name,
    )
    case(
        "headless-play-video-button-first",
        f"{base}/products/wave-portable-bluetooth-speaker-slate",
        pdp(base, "Northbeam Audio", name, "$129.00", media),
        f"{cdn}/wave-speaker-slate-front.jpg",
    )

    # must not fire: a product that is a video device, its photos typed "image", buttons labelled
    # with the product's name; a video slide last
    base = "https://www.porchguardsecurity.com"
    cdn = "https://www.porchguardsecurity.com/cdn/shop/files"
    name = "Video Doorbell Pro 2K with Chime"
    media = gallery(
        [
            (
                "data-media-type='image'",
                "<button class='zoom' aria-label='Video Doorbell Pro 2K, open image 1'><img src='{url}' alt='{name}'></button>",
                f"{cdn}/video-doorbell-pro-2k-front.jpg?v=1",
            ),
            (
                "data-media-type='image'",
                "<button class='zoom' aria-label='Video Doorbell Pro 2K, open image 2'><img src='{url}' alt='{name}'></button>",
                f"{cdn}/video-doorbell-pro-2k-chime.jpg?v=1",
            ),
            (
                "data-media-type='external_video'",
                "<button aria-label='Play video'><img src='{url}' alt='Installation video'></button>",
                f"{cdn}/video-doorbell-install-still.jpg?v=1",
            ),
        ],
        name,
    )
    keep(
        "video-doorbell-photos-typed-image",
        f"{base}/products/video-doorbell-pro-2k-with-chime",
        pdp(base, "PorchGuard Security", name, "$179.99", media),
        f"{cdn}/video-doorbell-pro-2k-front.jpg?v=1",
    )

    # must not fire: a toy "Play Kitchen" (the word play in labels and names), "product-display"
    base = "https://www.acornwoodtoys.com"
    cdn = "https://www.acornwoodtoys.com/images/products"
    name = "Wooden Play Kitchen with Accessories"
    media = (
        "<div class='product-display'><div class='product-display__main'>"
        f"<a href='{cdn}/wooden-play-kitchen-large.jpg' title='Wooden Play Kitchen'><img src='{cdn}/wooden-play-kitchen.jpg' alt=''></a></div>"
        "<div class='product-display__thumbs'>"
        + "".join(
            f"<a href='{cdn}/{f}-large.jpg' title='Play Kitchen'><img src='{cdn}/{f}-thumb.jpg' alt='' width='90' height='90'></a>"
            for f in ("wooden-play-kitchen", "wooden-play-kitchen-oven", "wooden-play-kitchen-kids")
        )
        + "</div></div>"
    )
    keep(
        "play-kitchen-play-words",
        f"{base}/products/wooden-play-kitchen-with-accessories",
        pdp(base, "Acorn Wood Toys", name, "$219.00", media),
        f"{cdn}/wooden-play-kitchen.jpg",
        f"{cdn}/wooden-play-kitchen-large.jpg",
    )

    # must not fire: a Cloudinary store, photos under /image/upload/, a video's still last, slides
    # in a "slider-autoplay" row; JSON-LD naming the first photo
    base = "https://www.cedarcoastsurf.com"
    cl = "https://res.cloudinary.com/cedarcoast"
    name = "Softtop Longboard 9'0\" - Sunset"
    media = (
        "<div class='slider slider-autoplay'>"
        + "".join(
            f"<div class='slider__item'><img src='{cl}/{kind}/upload/f_auto,q_auto,w_1000/{f}.jpg' alt='{alt}'></div>"
            for kind, f, alt in (
                ("image", "softtop-9-sunset-deck", name),
                ("image", "softtop-9-sunset-bottom", name),
                ("video", "softtop-9-surf-session", "Surf session"),
            )
        )
        + "</div>"
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": name,
            "image": f"{cl}/image/upload/softtop-9-sunset-deck.jpg",
            "offers": {"@type": "Offer", "price": "349.00", "priceCurrency": "USD"},
        }
    )
    keep(
        "cloudinary-video-still-last",
        f"{base}/products/softtop-longboard-9-sunset",
        pdp(base, "Cedar Coast Surf", name, "$349.00", media, head=head),
        f"{cl}/image/upload/f_auto,q_auto,w_1000/softtop-9-sunset-deck.jpg",
    )

    # must not fire: a product model number in data-type ("data-type='model'" is a 3D model only on
    # a slide; here a spec row) and a photo alone
    base = "https://www.keystonegrills.com"
    cdn = "https://www.keystonegrills.com/media/products"
    name = "Keystone 36 in. Flat Top Griddle"
    media = f"<div class='pdp-photo'><img src='{cdn}/kg-36-griddle-main.jpg' alt='{name}'></div><table class='specs'><tr data-type='model'><th>Model</th><td>KG-36FT</td></tr></table>"
    keep(
        "single-photo-model-spec-row",
        f"{base}/products/keystone-36-flat-top-griddle",
        pdp(base, "Keystone Grills", name, "$499.00", media),
        f"{cdn}/kg-36-griddle-main.jpg",
    )


def _batch5() -> None:
    # Shopify Pipeline-like theme: slides are data-bgset backgrounds (no <img>), the URL's variant
    # (Blue) first; og:image the product's featured image (Black)
    base = "https://www.grainandgritgoods.com"
    cdn = "//www.grainandgritgoods.com/cdn/shop/products"
    name = "Canvas Utility Apron"
    photos = ("utility-apron-blue.jpg", "utility-apron-black.jpg", "utility-apron-pockets.jpg")
    slides = "".join(
        f"<div class='product__slide{' is-selected' if i == 0 else ''}' data-media-id='{700 + i}'><div class='lazy-image lazyload'"
        f" data-bgset='{cdn}/{p.replace('.jpg', '_360x.jpg')}?v=17 360w, {cdn}/{p.replace('.jpg', '_720x.jpg')}?v=17 720w, {cdn}/{p.replace('.jpg', '_1080x.jpg')}?v=17 1080w'"
        " data-sizes='auto' style='padding-top:100%;'></div></div>"
        for i, p in enumerate(photos)
    )
    body = (
        "<div class='product__wrapper'><div class='product__media'><div class='product__slides'>"
        + slides
        + "</div></div><div class='product__content'>"
        f"<h1 class='product__title'>{name}</h1><span class='product__price'>$58.00</span>"
        "<select name='id'><option value='1'>Black</option><option value='2' selected>Blue</option></select>"
        "<button class='btn btn--add-to-cart'>Add to cart</button></div></div>"
    )
    case(
        "pipeline-bgset-variant-og-featured",
        f"{base}/products/canvas-utility-apron?variant=4100000000002",
        page(
            base,
            "Grain &amp; Grit",
            f"{name} &ndash; Grain &amp; Grit",
            body,
            head=og(type="product", title=name, image=f"http:{cdn}/utility-apron-black.jpg?v=17"),
        ),
        f"https:{cdn}/utility-apron-blue_1080x.jpg?v=17",
    )

    # WooCommerce + Yoast: a custom Facebook image (a lifestyle photo that is also the gallery's
    # third slide, alt the product's name); the first slide alt-less; Woo's Product JSON-LD names the
    # featured (first) photo, Yoast's WebPage its primaryImageOfPage the lifestyle one
    base = "https://www.ashlandleatherworks.com"
    up = f"{base}/wp-content/uploads/2025/08"
    name = "Bifold Leather Wallet - Chestnut"
    files = ("bifold-wallet-chestnut", "bifold-wallet-chestnut-open", "bifold-wallet-chestnut-pocket-jeans")
    gal = "".join(
        f"<div data-thumb='{up}/{f}-100x100.jpg' class='woocommerce-product-gallery__image'><a href='{up}/{f}.jpg'>"
        f"<img width='600' height='600' src='{up}/{f}-600x600.jpg' class='{'wp-post-image' if i == 0 else ''}' alt='{name if i == 2 else ''}'"
        f" data-large_image='{up}/{f}.jpg' data-large_image_width='1400' data-large_image_height='1400'"
        f" srcset='{up}/{f}-600x600.jpg 600w, {up}/{f}-300x300.jpg 300w, {up}/{f}.jpg 1400w' sizes='(max-width: 600px) 100vw, 600px'></a></div>"
        for i, f in enumerate(files)
    )
    body = (
        "<div class='product type-product has-post-thumbnail'><div class='woocommerce-product-gallery woocommerce-product-gallery--with-images images'>"
        f"<div class='woocommerce-product-gallery__wrapper'>{gal}</div></div><div class='summary entry-summary'>"
        f"<h1 class='product_title entry-title'>{name}</h1><p class='price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>$</span>75.00</bdi></span></p>"
        "<form class='cart'><button type='submit' class='single_add_to_cart_button button alt'>Add to cart</button></form></div></div>"
    )
    head = og(type="product", title=name, image=f"{up}/{files[2]}.jpg")
    head += ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebPage",
                    "@id": f"{base}/product/bifold-leather-wallet-chestnut/",
                    "primaryImageOfPage": {"@id": f"{base}/#primaryimage"},
                },
                {
                    "@type": "ImageObject",
                    "@id": f"{base}/#primaryimage",
                    "url": f"{up}/{files[2]}.jpg",
                    "contentUrl": f"{up}/{files[2]}.jpg",
                },
            ],
        }
    )
    head += ld(
        {
            "@context": "https://schema.org/",
            "@type": "Product",
            "name": name,
            "image": f"{up}/{files[0]}.jpg",
            "offers": [{"@type": "Offer", "price": "75.00", "priceCurrency": "USD"}],
        }
    )
    case(
        "woocommerce-yoast-custom-social-image",
        f"{base}/product/bifold-leather-wallet-chestnut/",
        page(base, "Ashland Leatherworks", f"{name} - Ashland Leatherworks", body, head=head),
        f"{up}/{files[0]}.jpg",
    )

    # Magento 2 Luma after Fotorama ran (saved rendered): stage frames and nav frames; og:image a
    # child simple product's picture (another colour) of the configurable
    base = "https://www.bluewatertackle.com"
    media = f"{base}/media/catalog/product/cache/8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e"
    name = "Performance Fishing Shirt UPF 50"
    files = (
        "p/f/pfs-upf50-seafoam-front.jpg",
        "p/f/pfs-upf50-seafoam-back.jpg",
        "p/f/pfs-upf50-seafoam-model.jpg",
    )
    body = (
        "<div class='product media'><div class='gallery-placeholder _block-content-loading' data-gallery-role='gallery-placeholder'>"
        "<div class='fotorama-item fotorama fotorama1712345678901' data-gallery-role='gallery'><div class='fotorama__wrap fotorama__wrap--css3 fotorama__wrap--slide fotorama__wrap--toggle-arrows'>"
        "<div class='fotorama__stage' data-fotorama-stage='fotorama__stage'><div class='fotorama__stage__shaft fotorama__grab'>"
        + "".join(
            f"<div class='fotorama__stage__frame{' fotorama__active fotorama_vertical_ratio fotorama__loaded fotorama__loaded--img' if i == 0 else ' fotorama__loaded fotorama__loaded--img'}' aria-hidden='{'false' if i == 0 else 'true'}' href='{media}/{f}'>"
            f"<img src='{media}/{f}' alt='{name}' class='fotorama__img' aria-hidden='false'></div>"
            for i, f in enumerate(files)
        )
        + "</div></div><div class='fotorama__nav-wrap fotorama__nav-wrap--horizontal' data-gallery-role='nav-wrap'><div class='fotorama__nav fotorama__nav--thumbs'><div class='fotorama__nav__shaft'>"
        + "".join(
            f"<div class='fotorama__nav__frame fotorama__nav__frame--thumb{' fotorama__active' if i == 0 else ''}' tabindex='0' role='button' data-gallery-role='nav-frame' data-nav-type='thumb' aria-label='{name}'>"
            f"<div class='fotorama__thumb fotorama_vertical_ratio fotorama__loaded fotorama__loaded--img'><img src='{base}/media/catalog/product/cache/2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a/{f}' class='fotorama__img' aria-hidden='false'></div></div>"
            for i, f in enumerate(files)
        )
        + "</div></div></div></div></div></div></div>"
        "<div class='product-info-main'><div class='page-title-wrapper product'><h1 class='page-title'><span class='base' data-ui-id='page-title-wrapper'>"
        f"{name}</span></h1></div><div class='price-box'><span class='price'>$44.99</span></div>"
        "<div class='swatch-opt'><div class='swatch-attribute color'><div class='swatch-attribute-options'>"
        "<div class='swatch-option color selected' option-label='Seafoam' style='background: #9fe2bf'></div><div class='swatch-option color' option-label='Slate' style='background: #708090'></div></div></div></div>"
        "<button type='submit' class='action primary tocart'><span>Add to Cart</span></button></div>"
    )
    case(
        "luma-fotorama-rendered-og-child-colour",
        f"{base}/performance-fishing-shirt-upf-50.html",
        page(
            base,
            "Bluewater Tackle",
            name,
            body,
            head=og(type="product", title=name, image=f"{media}/p/f/pfs-upf50-slate-front.jpg"),
        ),
        f"{media}/{files[0]}",
    )

    # a custom gallery rendering every colour's photo set, the others' sets display:none; the URL's
    # colour (blue) is the second set; the first set in the DOM (black) is hidden
    base = "https://www.stridelinefootwear.com"
    cdn = "https://images.stridelinefootwear.com/products"
    name = "Women's Cloudstep Walking Sneaker"
    sets, hide = "", ' style="display: none;"'
    for colour, shown in (("black", False), ("blue", True), ("white", False)):
        sets += (
            f"<div class='pdp-gallery__set' data-color='{colour}'{'' if shown else hide}>"
            + "".join(
                f"<div class='pdp-gallery__image'><img src='{cdn}/cloudstep-w-{colour}-{v}.jpg?w=1000' alt='{name}'></div>"
                for v in ("side", "top", "sole")
            )
            + "</div>"
        )
    body = (
        f"<div class='pdp'><div class='pdp-gallery'>{sets}</div><div class='pdp-details'><h1 class='pdp-details__name'>{name}</h1>"
        "<p class='pdp-details__price'>$110.00</p><div class='pdp-details__colors'>"
        + "".join(
            f"<a href='{base}/products/cloudstep-walking-sneaker-w?color={c}' class='color-chip{' is-selected' if c == 'blue' else ''}'><img src='{cdn}/chips/{c}.png' alt='{c}'></a>"
            for c in ("black", "blue", "white")
        )
        + "</div><button class='pdp-details__add'>Add to Bag</button></div></div>"
    )
    case(
        "colour-sets-hidden-first",
        f"{base}/products/cloudstep-walking-sneaker-w?color=blue",
        page(base, "Strideline Footwear", f"{name} | Strideline Footwear", body),
        f"{cdn}/cloudstep-w-blue-side.jpg?w=1000",
    )

    # SFRA with a hidden quick-view template of a "recently viewed" product rendered before the
    # gallery (a product-image name, a price), then the product's carousel
    base = "https://www.alpineridgeoutdoor.com"
    dw = f"{base}/dw/image/v2/BGHK_PRD/on/demandware.static/-/Sites-alpine-master/default"
    name = "Crestline 2-Person Backpacking Tent"
    body = (
        "<div class='modal fade' id='quickViewModal' tabindex='-1' role='dialog' aria-hidden='true'><div class='modal-dialog quick-view-dialog'><div class='modal-content'>"
        f"<div class='product-quickview'><div class='primary-images'><img class='d-block img-fluid' src='{dw}/dwa1a1a1a1/images/large/AR-30011_ORG_1.jpg?sw=600' alt='Summit Daypack 22L'></div>"
        "<h1 class='product-name'>Summit Daypack 22L</h1><span class='sales'><span class='value'>$89.00</span></span></div></div></div></div>"
        "<div class='container product-detail product-wrapper' data-pid='AR-50022'><div class='row'><div class='col-12 col-sm-6 primary-images'>"
        "<div id='pdpCarousel-AR-50022' class='carousel slide'><div class='carousel-inner'>"
        + "".join(
            f"<div class='carousel-item{' active' if i == 0 else ''}'><img src='{dw}/dwb2b2b2b2/images/large/AR-50022_GRN_{n}.jpg?sw=1000&sh=1000' class='d-block img-fluid' alt='{name}, Green, image number {n}' itemprop='image'></div>"
            for i, n in enumerate((1, 2, 3))
        )
        + "</div></div></div><div class='col-12 col-sm-6'><h1 class='product-name'>"
        f"{name}</h1><div class='prices'><span class='sales'><span class='value' content='329.00'>$329.00</span></span></div>"
        "<button class='add-to-cart btn btn-primary'>Add to Cart</button></div></div></div>"
    )
    case(
        "sfra-hidden-quickview-before-gallery",
        f"{base}/crestline-2-person-backpacking-tent/AR-50022.html",
        page(base, "Alpine Ridge Outdoor", f"{name} | Alpine Ridge Outdoor", body),
        f"{dw}/dwb2b2b2b2/images/large/AR-50022_GRN_1.jpg?sw=1000&sh=1000",
    )

    # Shopify Symmetry: data-lazy-src templates with {width}, alt text on every slide, thumbnails
    # first in the DOM (a left column), a "Shop the look" hotspot image with this product's name
    # below the buy box
    base = "https://www.brightwaterswim.com"
    cdn = "//www.brightwaterswim.com/cdn/shop/files"
    name = "Ribbed Square Neck One-Piece - Coral"
    photos = (
        "ribbed-square-one-piece-coral-front.jpg",
        "ribbed-square-one-piece-coral-back.jpg",
        "ribbed-square-one-piece-coral-side.jpg",
    )
    body = (
        "<div class='product-detail'><div class='gallery layout-column-half-left'><div class='thumbnails'>"
        + "".join(
            f"<a class='thumbnail' href='{cdn}/{p}?v=1705' data-media-id='{900 + i}'><img src='{cdn}/{p.replace('.jpg', '_150x150.jpg')}?v=1705' alt='{name}'></a>"
            for i, p in enumerate(photos)
        )
        + "</div><div class='main-image'><div class='slideshow'>"
        + "".join(
            f"<div class='slide{' slide--active' if i == 0 else ''}' data-media-id='{900 + i}'><a class='main-img-link' href='{cdn}/{p}?v=1705'>"
            f"<div class='rimage-outer-wrapper'><div class='rimage-wrapper lazyload--placeholder' style='padding-top:150%'>"
            f"<img class='rimage__image lazyload fade-in' data-lazy-src='{cdn}/{p.replace('.jpg', '_{width}x.jpg')}?v=1705' data-widths='[460, 540, 720, 900, 1080, 1296, 1512, 1728, 2048]' data-sizes='auto' alt='{name}'>"
            f"<noscript><img class='rimage__image' src='{cdn}/{p.replace('.jpg', '_1024x1024.jpg')}?v=1705' alt='{name}'></noscript></div></div></a></div>"
            for i, p in enumerate(photos)
        )
        + "</div></div></div><div class='detail layout-column-half-right'><h1 class='title'>"
        f"{name}</h1><div class='price-area'><span class='current-price theme-money'>$92.00</span></div>"
        "<button class='button add-to-cart'>Add to cart</button>"
        "<div class='shop-the-look'><h3>Shop the look</h3><div class='hotspots'>"
        f"<img src='{cdn}/campaign-coral-beach-look.jpg?v=1705&width=1200' alt='{name} with the Linen Beach Shirt' width='1200' height='1500'>"
        f"<a class='hotspot' href='{base}/products/linen-beach-shirt' style='top:40%;left:30%'>Linen Beach Shirt</a></div></div></div></div>"
    )
    case(
        "symmetry-thumbs-first-data-lazy-src-look-below",
        f"{base}/products/ribbed-square-neck-one-piece-coral",
        page(base, "Brightwater Swim", f"{name} &ndash; Brightwater Swim", body),
        f"https:{cdn}/{photos[0]}?v=1705",
    )

    # BigCommerce Cornerstone with the JSON-LD of a reviews app (Yotpo) listing a customer's photo
    # as the Product image; no og:image
    base = "https://www.cottonwoodlinens.com"
    bc = "https://cdn11.bigcommerce.com/s-k2j3h4g5f6/images/stencil"
    name = "Stonewashed Linen Duvet Cover - Queen"
    f0 = "88/412/linen-duvet-queen-oatmeal__90011.1702000001"
    body = (
        "<div class='productView'><section class='productView-images' data-image-gallery><figure class='productView-image' data-image-gallery-main>"
        f"<div class='productView-img-container'><a href='{bc}/1280x1280/products/{f0}.jpg'><img src='{bc}/500x659/products/{f0}.jpg' alt='{name}' data-main-image></a></div></figure>"
        "<ul class='productView-thumbnails'>"
        + "".join(
            f"<li class='productView-thumbnail'><a class='productView-thumbnail-link' href='{bc}/1280x1280/products/{f}.jpg'><img src='{bc}/50x50/products/{f}.jpg' alt='{name}'></a></li>"
            for f in (f0, "88/413/linen-duvet-queen-oatmeal-detail__90011.1702000002")
        )
        + "</ul></section><section class='productView-details'>"
        f"<h1 class='productView-title'>{name}</h1><div class='productView-price'><span class='price price--withoutTax'>$229.00</span></div>"
        "<button class='button button--primary'>Add to Cart</button></section></div>"
        "<div class='yotpo yotpo-main-widget'><div class='yotpo-reviews'><div class='yotpo-review'><div class='yotpo-review-images'>"
        "<img src='https://cdn-yotpo-images-production.yotpo.com/Review/3312/88112233/square.jpg?1702' alt='Customer photo'></div><p>So soft!</p></div></div></div>"
    )
    head = ld(
        {
            "@context": "http://schema.org",
            "@type": "Product",
            "name": name,
            "image": "https://cdn-yotpo-images-production.yotpo.com/Review/3312/88112233/original.jpg?1702",
            "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.9", "reviewCount": "311"},
        }
    )
    case(
        "bigcommerce-yotpo-jsonld-customer-photo",
        f"{base}/stonewashed-linen-duvet-cover-queen/",
        page(base, "Cottonwood Linens", f"{name} - Cottonwood Linens", body, head=head),
        f"{bc}/500x659/products/{f0}.jpg",
    )


def _batch6() -> None:
    # Salesforce Composable Storefront (PWA Kit, Chakra UI, server-rendered): hashed "css-" classes,
    # "chakra-image"; thumbnails are buttons; no og:image, no JSON-LD
    base = "https://www.summitpeakgear.com"
    dw = f"{base}/dw/image/v2/BKLM_PRD/on/demandware.static/-/Sites-summit-master/default"
    name = "Men's Ascent Down Hoodie"
    body = (
        "<div class='css-1n7uuog'><div class='css-0'><div class='css-k008qs'><div class='css-1xdhyk6'>"
        f"<div class='css-1y8a7xw'><img alt=\"{name}, Black, large\" src='{dw}/dw3c3c3c3c/images/large/SP-2041_BLK_01.jpg?sw=680&q=60'"
        f" class='chakra-image css-2ym6x2' srcset='{dw}/dw3c3c3c3c/images/large/SP-2041_BLK_01.jpg?sw=680&q=60 680w, {dw}/dw3c3c3c3c/images/large/SP-2041_BLK_01.jpg?sw=1360&q=60 1360w'"
        " sizes='(min-width: 80em) 680px, 100vw'></div>"
        "<div class='css-1a6xagb'>"
        + "".join(
            f"<button class='chakra-button css-zt8c3w' aria-label='{name}, Black, thumbnail {n}'><img alt='' src='{dw}/dw3c3c3c3c/images/small/SP-2041_BLK_0{n}.jpg?sw=112&q=60' class='chakra-image css-1ss9h0x'></button>"
            for n in (1, 2, 3, 4)
        )
        + "</div></div></div><div class='css-1jj3yq9'><h2 class='chakra-heading css-1rksu9o'>"
        f"{name}</h2><p class='chakra-text css-1s4t4ul'>$299.00</p>"
        "<div class='css-dsl6b2'><p class='chakra-text css-0'>Colour: Black</p>"
        + "".join(
            f"<button class='chakra-button css-1ap7xdh' aria-label='{c}'><img src='{dw}/dw4d4d4d4d/images/swatch/SP-2041_{c[:3].upper()}_sw.jpg?sw=32' alt='{c}' class='chakra-image css-0'></button>"
            for c in ("Black", "Olive", "Navy")
        )
        + "</div><button class='chakra-button css-1rw5jmm'>Add to Cart</button></div></div></div>"
        "<div class='css-y8aj3r'><h2 class='chakra-heading css-1j2cdq7'>Complete The Set</h2><div class='css-1pn0f36'>"
        + "".join(
            f"<div class='css-1q2ohf7'><a class='chakra-link css-spn4bz' href='{base}/{s}.html'><img src='{dw}/dw5e5e5e5e/images/large/{s}_01.jpg?sw=300&q=60' alt='{t}' class='chakra-image css-1jrc8s3'>"
            f"<p class='chakra-text css-rb0bvl'>{t}</p><p class='chakra-text css-1s4t4ul'>$79.00</p></a></div>"
            for s, t in (("SP-3310_BLK", "Ascent Fleece Beanie"), ("SP-3410_BLK", "Ascent Liner Gloves"))
        )
        + "</div></div>"
    )
    case(
        "sfcc-pwa-kit-chakra-hashed",
        f"{base}/product/mens-ascent-down-hoodie/SP-2041.html",
        page(base, "Summit Peak Gear", f"{name} | Summit Peak Gear", body),
        f"{dw}/dw3c3c3c3c/images/large/SP-2041_BLK_01.jpg?sw=680&q=60",
    )

    # ImageKit URLs with commas in the transformation ("tr=w-300,h-300") and srcset candidates
    # broken over lines (a hand-formatted template)
    base = "https://www.bramblestationery.com"
    ik = "https://ik.imagekit.io/bramble/products"
    name = "Linen Hardcover Dot Grid Journal, A5 - Sage"
    srcset = ",\n            ".join(
        f"{ik}/dot-grid-journal-a5-sage.jpg?tr=w-{w},h-{w},c-at_max {w}w" for w in (400, 800, 1200)
    )
    body = (
        "<div class='product-layout'><div class='product-layout__images'><div class='product-images'>"
        f"<img class='product-images__main' src='{ik}/dot-grid-journal-a5-sage.jpg?tr=w-800,h-800,c-at_max' srcset='\n            {srcset}\n          ' sizes='(min-width: 900px) 50vw, 100vw' alt='{name}'>"
        "<div class='product-images__row'>"
        + "".join(
            f"<img src='{ik}/{f}.jpg?tr=w-400,h-400,c-at_max' alt='{name}' loading='lazy'>"
            for f in ("dot-grid-journal-a5-sage-open", "dot-grid-journal-a5-sage-spine")
        )
        + "</div></div></div><div class='product-layout__info'><h1>"
        f"{name}</h1><p class='product-price'>$28.00</p><button class='btn-add'>Add to Cart</button></div></div>"
    )
    case(
        "imagekit-commas-multiline-srcset",
        f"{base}/shop/linen-hardcover-dot-grid-journal-a5-sage",
        page(base, "Bramble Stationery", f"{name} | Bramble Stationery", body),
        f"{ik}/dot-grid-journal-a5-sage.jpg?tr=w-800,h-800,c-at_max",
        f"{ik}/dot-grid-journal-a5-sage.jpg?tr=w-1200,h-1200,c-at_max",
    )

    # a mega menu's "Best sellers" featured product cards (another product of the same line: its
    # name shares most of this title's words), rendered in the header before the gallery
    base = "https://www.copperandclaycookware.com"
    cdn = "//www.copperandclaycookware.com/cdn/shop/files"
    name = "Tri-Ply Stainless Steel Saute Pan, 5 Qt"
    menu_cards = "".join(
        f"<div class='mega-menu__product product-card'><a href='{base}/products/{s}' class='product-card__link'><img class='product-card__image' src='{cdn}/{s}.jpg?v=9&width=533' alt='{t}' width='533' height='533'>"
        f"<span class='product-card__title'>{t}</span><span class='product-card__price'>{p}</span></a></div>"
        for s, t, p in (
            ("tri-ply-stainless-saute-pan-3-qt", "Tri-Ply Stainless Steel Saute Pan, 3 Qt", "$129.00"),
            ("tri-ply-stainless-skillet-10", "Tri-Ply Stainless Steel Skillet, 10 in.", "$99.00"),
        )
    )
    lazy = " loading='lazy'"
    header = f"<div class='mega-menu__featured'><h4>Best sellers</h4>{menu_cards}</div>"
    body = (
        "<section class='product'><div class='product__media'><ul class='product__media-list'>"
        + "".join(
            f"<li class='product__media-item'><img src='{cdn}/{f}.jpg?v=9&width=1500' alt='' width='1500' height='1500'{lazy if i else ''}></li>"
            for i, f in enumerate(
                (
                    "tri-ply-stainless-saute-pan-5-qt",
                    "tri-ply-stainless-saute-pan-5-qt-lid",
                    "tri-ply-stainless-saute-pan-5-qt-stove",
                )
            )
        )
        + "</ul></div><div class='product__info'>"
        f"<h1 class='product__title'>{name}</h1><div class='price'>$159.00</div><button class='product-form__submit'>Add to cart</button></div></section>"
    )
    html = page(base, "Copper &amp; Clay", f"{name} &ndash; Copper &amp; Clay", body)
    html = html.replace("<div class='mega-menu__feature'>", header + "<div class='mega-menu__feature'>", 1)
    case(
        "mega-menu-sibling-product-cards",
        f"{base}/products/tri-ply-stainless-steel-saute-pan-5-qt",
        html,
        f"https:{cdn}/tri-ply-stainless-saute-pan-5-qt.jpg?v=9&width=1500",
    )

    # BigCommerce with a long A+ style description: large lifestyle pictures with alt text naming the
    # product, the gallery's main picture alt-less at 500x659
    base = "https://www.heartlandgrillworks.com"
    bc = "https://cdn11.bigcommerce.com/s-p0o9i8u7y6/images/stencil"
    name = "Heartland 22 in. Kamado Ceramic Grill"
    f0 = "410/1201/kamado-22-red__33001.1703000001"
    desc_imgs = "".join(
        f"<p><img src='{base}/product_images/uploaded_images/{f}.jpg' alt='{name} {a}' width='1200' height='800'></p><p>{t}</p>"
        for f, a, t in (
            (
                "kamado-22-patio-lifestyle",
                "on a patio",
                "Holds heat for 12+ hours on one load of lump charcoal.",
            ),
            ("kamado-22-cutaway", "cutaway", "Thick ceramic walls and a cast-iron top vent."),
        )
    )
    body = (
        "<div class='productView'><section class='productView-images'><figure class='productView-image'>"
        f"<img src='{bc}/500x659/products/{f0}.jpg' alt='' data-main-image></figure><ul class='productView-thumbnails'>"
        + "".join(
            f"<li class='productView-thumbnail'><a href='{bc}/1280x1280/products/{f}.jpg'><img src='{bc}/50x50/products/{f}.jpg' alt=''></a></li>"
            for f in (f0, "410/1202/kamado-22-red-open__33001.1703000002")
        )
        + "</ul></section><section class='productView-details'>"
        f"<h1 class='productView-title'>{name}</h1><div class='productView-price'><span class='price'>$1,099.00</span></div>"
        "<button class='button button--primary'>Add to Cart</button></section>"
        f"<article class='productView-description'><div class='productView-description-tabContent'>{desc_imgs}</div></article></div>"
    )
    case(
        "bigcommerce-description-lifestyle-big",
        f"{base}/heartland-22-kamado-ceramic-grill/",
        page(base, "Heartland Grillworks", f"{name} - Heartland Grillworks", body),
        f"{bc}/500x659/products/{f0}.jpg",
    )

    # lazysizes: srcset holds a data: placeholder, data-srcset the photo; Flickity's lazy attribute
    # on later slides only; a Shopify Turbo gallery
    base = "https://www.thistleandbloomtea.com"
    cdn = "//www.thistleandbloomtea.com/cdn/shop/products"
    name = "Earl Grey Creme Loose Leaf Tea, 4 oz Tin"
    blank = (
        "data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 1 1%22%3E%3C/svg%3E"
    )
    body = (
        "<div class='product_gallery product-1234-gallery js-product-gallery'>"
        f"<div class='gallery-cell' data-thumb='' data-title='{name}'><a href='{cdn}/earl-grey-creme-tin_2048x.jpg?v=3' class='lightbox'>"
        f"<img class='lazyload transition--fade-in' srcset='{blank}' data-srcset='{cdn}/earl-grey-creme-tin_600x.jpg?v=3 600w, {cdn}/earl-grey-creme-tin_1200x.jpg?v=3 1200w' data-sizes='auto' alt='{name}'></a></div>"
        + "".join(
            f"<div class='gallery-cell'><a href='{cdn}/{f}_2048x.jpg?v=3' class='lightbox'><img data-flickity-lazyload='{cdn}/{f}_1200x.jpg?v=3' alt='{name}'></a></div>"
            for f in ("earl-grey-creme-leaves", "earl-grey-creme-cup")
        )
        + "</div><div class='product-details'>"
        f"<h1 class='product_name title'>{name}</h1><p class='modal_price'><span class='current_price'>$16.00</span></p><button class='add_to_cart action_button'>Add to Cart</button></div>"
    )
    case(
        "turbo-lazysizes-data-uri-srcset",
        f"{base}/products/earl-grey-creme-loose-leaf-tea-4-oz-tin",
        page(base, "Thistle &amp; Bloom Tea", f"{name} &ndash; Thistle &amp; Bloom Tea", body),
        f"https:{cdn}/earl-grey-creme-tin_1200x.jpg?v=3",
    )

    # a newsletter modal at the top of the body (a theme's own popup section) with a big lifestyle
    # picture and a discount; a Squarespace-like product below without structured data
    base = "https://www.saltandstonebody.com"
    cdn = "https://www.saltandstonebody.com/cdn/shop/files"
    name = "Eucalyptus Mint Body Scrub, 10 oz"
    modal = (
        "<div id='NewsletterPopup' class='modal modal--newsletter' data-delay='5' aria-hidden='true'><div class='modal__inner'>"
        f"<img src='{cdn}/popup-spa-lifestyle.jpg?v=2&width=900' alt='Eucalyptus Mint Body Scrub on a bath tray' width='900' height='1100'>"
        "<h2>Take 15% off your first order</h2><form><input type='email'><button>Subscribe</button></form></div></div>"
    )
    body = (
        "<div class='product-single'><div class='product-single__media'>"
        + "".join(
            f"<div class='product-single__photo'><img src='{cdn}/{f}.jpg?v=2&width=1200' alt=''></div>"
            for f in ("eucalyptus-mint-scrub-jar", "eucalyptus-mint-scrub-texture")
        )
        + "</div><div class='product-single__meta'>"
        f"<h1 class='product-single__title'>{name}</h1><span class='product-single__price'>$32.00</span><button class='btn add-to-cart'>Add to cart</button></div></div>"
    )
    html = page(base, "Salt &amp; Stone Body", f"{name} &ndash; Salt &amp; Stone Body", body).replace(
        "<body>", "<body>" + modal, 1
    )
    case(
        "newsletter-modal-lifestyle-top",
        f"{base}/products/eucalyptus-mint-body-scrub-10-oz",
        html,
        f"{cdn}/eucalyptus-mint-scrub-jar.jpg?v=2&width=1200",
    )


def _dawn_variant_page(
    base: str,
    shop: str,
    handle: str,
    name: str,
    price: str,
    photos: list[tuple[str, str]],
    first: int,
    head: str,
) -> str:
    """A Dawn product page whose gallery opens on `photos[first]` (the selected or first available
    variant's featured media, moved first and marked active as Dawn renders it), then the others;
    `photos` are (file, variant name) of the product's media in the admin's order."""
    cdn = f"//{base.split('//', 1)[1]}/cdn/shop/files"
    order = [photos[first]] + [p for i, p in enumerate(photos) if i != first]
    slides = "".join(
        f"<li id='Slide-template--9-{5100 + i}' class='product__media-item grid__item slider__slide{' is-active' if i == 0 else ''}' data-media-id='template--9-{5100 + i}'>"
        "<div class='product-media-container media-type-image media-fit-contain global-media-settings gradient constrain-height' style='--ratio: 0.8; --preview-ratio: 0.8;'>"
        "<modal-opener class='product__modal-opener product__modal-opener--image no-js-hidden' data-modal='#ProductModal-template--9'>"
        f"<div class='product__media media media--transparent'><img src='{cdn}/{f}?v=1702&width=1946' alt='{name} - {v}'"
        f" srcset='{shopify_srcset(f'{cdn}/{f}?v=1702', (493, 600, 713, 823, 990, 1100, 1206, 1346, 1426, 1646, 1946))}' width='1946' height='2432'"
        f" sizes='(min-width: 1200px) 605px, (min-width: 990px) calc(55.0vw - 10rem), (min-width: 750px) calc((100vw - 11.5rem) / 2), calc(100vw / 1 - 4rem)' {'fetchpriority=high' if i == 0 else 'loading=lazy'}></div>"
        "</modal-opener></div></li>"
        for i, (f, v) in enumerate(order)
    )
    radios = "".join(
        f"<input type='radio' id='o-{i}' name='Color' value='{v}'{' checked' if i == first else ''}><label for='o-{i}'>{v}</label>"
        for i, (_, v) in enumerate(photos)
    )
    body = (
        "<section id='MainProduct-template--9' class='page-width section-template--9-padding' data-section='template--9'>"
        "<div class='product product--medium product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet'>"
        "<div class='grid__item product__media-wrapper'><media-gallery id='MediaGallery-template--9' role='region' class='product__column-sticky' aria-label='Gallery Viewer' data-desktop-layout='thumbnail_slider'>"
        f"<slider-component id='GalleryViewer-template--9' class='slider-mobile-gutter'><ul id='Slider-Gallery-template--9' class='product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile' role='list'>{slides}</ul></slider-component>"
        "<slider-component id='GalleryThumbnails-template--9' class='thumbnail-slider slider-mobile-gutter quick-add-hidden small-hide'><ul id='Slider-Thumbnails-template--9' class='thumbnail-list list-unstyled slider slider--mobile slider--tablet-up'>"
        + "".join(
            f"<li id='Slide-Thumbnails-template--9-{i}' class='thumbnail-list__item slider__slide' data-target='template--9-{5100 + i}'><button class='thumbnail global-media-settings global-media-settings--no-shadow'"
            "><img src='{cdn}/{f}?v=1702&width=416' alt='{name} - {v}' width='416' height='520' loading='lazy'></button></li>"
            for i, (f, v) in enumerate(order)
        )
        + "</ul></slider-component></media-gallery></div><div class='product__info-wrapper grid__item'><section id='ProductInfo-template--9' class='product__info-container product__column-sticky'>"
        f"<p class='product__text inline-richtext caption-with-letter-spacing'>{shop}</p><div class='product__title'><h1>{name}</h1></div>"
        f"<div class='no-js-hidden' id='price-template--9' role='status'><div class='price price--large'><div class='price__container'><div class='price__regular'><span class='price-item price-item--regular'>{price}</span></div></div></div></div>"
        f"<variant-radios class='no-js-hidden' data-section='template--9'><fieldset class='js product-form__input'><legend class='form__label'>Color</legend>{radios}</fieldset></variant-radios>"
        "<div class='product-form__buttons'><button type='submit' name='add' class='product-form__submit button button--full-width button--secondary'><span>Add to cart</span></button></div>"
        "</section></div></div></section>"
    )
    return page(base, shop, f"{name} &ndash; {shop}", body, head=head, after=reviews(name, 231))


def _batch7() -> None:
    # Shopify Dawn + Shopify's `structured_data` filter (ProductGroup, a variant per colour with its
    # image): the first variant (Black) is sold out, so the page opens on the first available one
    # (Sand) without ?variant= in the URL; og:image the product's featured image (Black)
    base = "https://www.harborlinegoods.com"
    cdn = "https://www.harborlinegoods.com/cdn/shop/files"
    name = "Heavyweight Pocket Tee"
    photos = [
        ("pocket-tee-black.jpg", "Black"),
        ("pocket-tee-sand.jpg", "Sand"),
        ("pocket-tee-navy.jpg", "Navy"),
    ]
    group = {
        "@context": "http://schema.org/",
        "@id": "/products/heavyweight-pocket-tee#product",
        "@type": "ProductGroup",
        "brand": {"@type": "Brand", "name": "Harborline"},
        "hasVariant": [
            {
                "@id": f"/products/heavyweight-pocket-tee?variant=4420000000{i}#variant",
                "@type": "Product",
                "image": f"{cdn}/{f}?v=1702&width=1920",
                "name": f"{name} - {v}",
                "offers": {
                    "@id": f"/products/heavyweight-pocket-tee?variant=4420000000{i}#offer",
                    "@type": "Offer",
                    "availability": "http://schema.org/" + ("OutOfStock" if i == 0 else "InStock"),
                    "price": "38.00",
                    "priceCurrency": "USD",
                    "url": f"{base}/products/heavyweight-pocket-tee?variant=4420000000{i}",
                },
                "sku": f"HL-TEE-{v[:3].upper()}",
            }
            for i, (f, v) in enumerate(photos)
        ],
        "name": name,
        "productGroupID": "8812345678",
        "url": f"{base}/products/heavyweight-pocket-tee",
    }
    head = og(
        type="product",
        title=name,
        image=f"http:{cdn}/pocket-tee-black.jpg?v=1702",
        url=f"{base}/products/heavyweight-pocket-tee",
    ) + ld(group)
    case(
        "dawn-first-available-variant-productgroup",
        f"{base}/products/heavyweight-pocket-tee",
        _dawn_variant_page(base, "Harborline", "heavyweight-pocket-tee", name, "$38.00 USD", photos, 1, head),
        f"{cdn}/pocket-tee-sand.jpg?v=1702&width=1946",
    )

    # the same with ?variant= naming Navy (the ProductGroup's variant URLs name it too)
    case(
        "dawn-url-variant-productgroup",
        f"{base}/products/heavyweight-pocket-tee?variant=44200000002",
        _dawn_variant_page(base, "Harborline", "heavyweight-pocket-tee", name, "$38.00 USD", photos, 2, head),
        f"{cdn}/pocket-tee-navy.jpg?v=1702&width=1946",
    )

    # an SEO app's Product JSON-LD listing every variant's image, Black first, the page opened on
    # the URL's variant (Navy); no og:image
    head2 = ld(
        {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": name,
            "image": [f"{cdn}/{f}?v=1702" for f, _ in photos],
            "offers": [
                {
                    "@type": "Offer",
                    "price": "38.00",
                    "priceCurrency": "USD",
                    "sku": f"HL-TEE-{v[:3].upper()}",
                    "url": f"{base}/products/heavyweight-pocket-tee?variant=4420000000{i}",
                }
                for i, (_, v) in enumerate(photos)
            ],
        }
    )
    case(
        "dawn-url-variant-seo-app-image-list",
        f"{base}/products/heavyweight-pocket-tee?variant=44200000002",
        _dawn_variant_page(
            base, "Harborline", "heavyweight-pocket-tee", name, "$38.00 USD", photos, 2, head2
        ),
        f"{cdn}/pocket-tee-navy.jpg?v=1702&width=1946",
    )

    # Webflow CMS store: og:image the CMS "Open Graph image" field (a lifestyle shot), the product
    # picture in a w-lightbox with its JSON; no JSON-LD
    base = "https://www.fieldandfennel.com"
    wf = "https://assets-global.website-files.com/63f1a2b3c4d5e6f7a8b9c0d1"
    name = "Smoked Chili Hot Sauce, 5 oz"
    lb = json.dumps(
        {
            "items": [
                {
                    "_id": "64a1b2",
                    "origFileName": "smoked-chili-bottle.jpg",
                    "fileName": "64a1b2c3d4e5f6a7b8c9d0e1_smoked-chili-bottle.jpg",
                    "url": f"{wf}/64a1b2c3d4e5f6a7b8c9d0e1_smoked-chili-bottle.jpg",
                    "type": "image",
                }
            ],
            "group": "product",
        }
    )
    body = (
        "<div class='section product-section'><div class='container w-container'><div class='product-grid w-layout-grid'>"
        f"<div class='product-image-wrap'><a href='#' class='lightbox-link w-inline-block w-lightbox'><img src='{wf}/64a1b2c3d4e5f6a7b8c9d0e1_smoked-chili-bottle.jpg' loading='eager' alt=''"
        f" sizes='(max-width: 767px) 92vw, 46vw' srcset='{wf}/64a1b2c3d4e5f6a7b8c9d0e1_smoked-chili-bottle-p-500.jpg 500w, {wf}/64a1b2c3d4e5f6a7b8c9d0e1_smoked-chili-bottle-p-800.jpg 800w, {wf}/64a1b2c3d4e5f6a7b8c9d0e1_smoked-chili-bottle.jpg 1200w' class='product-image'>"
        f"<script type='application/json' class='w-json'>{lb}</script></a>"
        "<div class='w-dyn-list'><div role='list' class='more-images w-dyn-items'>"
        + "".join(
            f"<div role='listitem' class='w-dyn-item'><a href='#' class='w-inline-block w-lightbox'><img src='{wf}/{f}' loading='lazy' alt='' class='more-image'></a></div>"
            for f in (
                "64a1b2c3d4e5f6a7b8c9d0f2_smoked-chili-label.jpg",
                "64a1b2c3d4e5f6a7b8c9d0f3_smoked-chili-tacos.jpg",
            )
        )
        + "</div></div></div><div class='product-details'>"
        f"<h1 class='product-title'>{name}</h1><div class='product-price'>$12.00 USD</div>"
        "<div data-foxy-product class='add-to-cart-wrapper'><a href='https://fieldandfennel.foxycart.com/cart?name=Smoked%20Chili%20Hot%20Sauce&price=12.00' class='button w-button'>Add to Cart</a></div>"
        "<div class='rich-text w-richtext'><p>Chipotle, guajillo and apple cider vinegar. Medium heat.</p></div></div></div></div></div>"
    )
    head = (
        og(title=name, image=f"{wf}/64a1b2c3d4e5f6a7b8c9d0f9_summer-grill-table.jpg", type="website")
        + "<meta property='twitter:image' content='"
        + f"{wf}/64a1b2c3d4e5f6a7b8c9d0f9_summer-grill-table.jpg"
        + "'>"
    )
    case(
        "webflow-og-cms-lifestyle",
        f"{base}/product/smoked-chili-hot-sauce-5-oz",
        page(base, "Field &amp; Fennel", f"{name} | Field &amp; Fennel", body, head=head),
        f"{wf}/64a1b2c3d4e5f6a7b8c9d0e1_smoked-chili-bottle.jpg",
    )

    # Shopify Dawn: the merchant put a lifestyle photo as the featured media (og:image and JSON-LD
    # name it) and the gallery opens on it too: the label is that shown lifestyle photo
    base = "https://www.cinderwoodcandle.com"
    cdn = "https://www.cinderwoodcandle.com/cdn/shop/files"
    name = "Tobacco and Oak Wood Wick Candle"
    photos = [
        ("tobacco-oak-candle-mantel.jpg", "Mantel"),
        ("tobacco-oak-candle-jar.jpg", "Jar"),
        ("tobacco-oak-candle-lid.jpg", "Lid"),
    ]
    head = og(type="product", title=name, image=f"http:{cdn}/tobacco-oak-candle-mantel.jpg?v=1702") + ld(
        {
            "@context": "http://schema.org/",
            "@type": "Product",
            "name": name,
            "image": [f"{cdn}/tobacco-oak-candle-mantel.jpg?v=1702&width=1920"],
            "offers": {"@type": "Offer", "price": "42.00", "priceCurrency": "USD"},
        }
    )
    keep(
        "dawn-lifestyle-featured-everywhere",
        f"{base}/products/tobacco-and-oak-wood-wick-candle",
        _dawn_variant_page(
            base, "Cinderwood", "tobacco-and-oak-wood-wick-candle", name, "$42.00 USD", photos, 0, head
        ),
        f"{cdn}/tobacco-oak-candle-mantel.jpg?v=1702&width=1946",
    )


def _measure_pages() -> None:
    """A "WxH" the title writes is the product's measure in a file name, not a pixel size (kind 3)."""
    # CS-Cart without structured data: binoculars "10x42" end the photo's file name, read as a
    # 10x42 px thumbnail; the hidden previews of the other photos led
    base = "https://www.frontierhuntinggear.com"
    name = "Vortex Diamondback HD 10x42 Binoculars"
    files = (
        (4401, "vortex-diamondback-hd-10x42"),
        (4402, "vortex-diamondback-hd-10x42-eyecups"),
        (4403, "vortex-diamondback-hd-10x42-case"),
    )
    body = (
        "<div class='ty-product-block'><div class='ty-product-block__wrapper clearfix'><h1 class='ty-product-block-title'><bdi>"
        f"{name}</bdi></h1><div class='ty-product-block__img-wrapper'><div class='ty-product-block__img cm-reload-117' id='product_images_117_update'>"
        "<div class='ty-product-img cm-preview-wrapper' id='product_images_1176a1b2c3'>"
        + "".join(
            f"<a id='det_img_link_1176a1b2c3_{n}' class='cm-image-previewer {'' if i == 0 else 'hidden '}cm-previewer ty-previewer' href='{base}/images/detailed/12/{f}.jpg'>"
            f"<img class='ty-pict' id='det_img_1176a1b2c3_{n}' src='{base}/images/thumbnails/500/500/detailed/12/{f}.jpg' alt='' title=''></a>"
            for i, (n, f) in enumerate(files)
        )
        + "</div><div class='ty-product-thumbnails owl-carousel cm-image-gallery' id='images_preview_1176a1b2c3'>"
        + "".join(
            f"<div class='cm-item-gallery ty-float-left'><a data-ca-gallery-large-id='det_img_link_1176a1b2c3_{n}' class='cm-gallery-item cm-thumbnails-mini ty-product-thumbnails__item'>"
            f"<img class='ty-pict' src='{base}/images/thumbnails/35/35/detailed/12/{f}.jpg' alt=''></a></div>"
            for n, f in files
        )
        + "</div></div></div><div class='ty-product-block__left'><div class='ty-product-block__price-actual'><span class='ty-price'><bdi><span class='ty-price-num'>$</span><span class='ty-price-num'>249.99</span></bdi></span></div>"
        "<button class='ty-btn__primary ty-btn__add-to-cart ty-btn' type='submit'>Add to cart</button></div></div></div>"
    )
    case(
        "cscart-binoculars-measure-in-file-name",
        f"{base}/optics/binoculars/vortex-diamondback-hd-10x42-binoculars/",
        page(base, "Frontier Hunting Gear", name, body),
        f"{base}/images/thumbnails/500/500/detailed/12/vortex-diamondback-hd-10x42.jpg",
        f"{base}/images/detailed/12/vortex-diamondback-hd-10x42.jpg",
    )

    # must not fire: an "8x10" rug whose thumbnails ("_160x160") come first and stay thumbnails
    base = "https://www.loomandlanternrugs.com"
    cdn = "https://www.loomandlanternrugs.com/cdn/shop/products"
    name = "Heritage Hand-Knotted Wool Area Rug, 8x10"
    files = ("heritage-wool-rug-8x10-ivory", "heritage-wool-rug-8x10-corner", "heritage-wool-rug-8x10-room")
    body = (
        "<div class='product-page'><div class='product-page__thumbs'>"
        + "".join(
            f"<button class='thumb'><img src='{cdn}/{f}_160x160.jpg?v=4' alt='{name}'></button>"
            for f in files
        )
        + "</div><div class='product-page__main'>"
        + "".join(
            f"<div class='product-page__slide'><img src='{cdn}/{f}_1500x.jpg?v=4' alt='{name}' loading='{'eager' if i == 0 else 'lazy'}'></div>"
            for i, f in enumerate(files)
        )
        + f"</div><div class='product-page__info'><h1>{name}</h1><span class='price'>$1,290.00</span><button class='btn'>Add to cart</button></div></div>"
    )
    keep(
        "rug-8x10-thumbnails-first",
        f"{base}/products/heritage-hand-knotted-wool-area-rug-8x10",
        page(base, "Loom &amp; Lantern", f"{name} &ndash; Loom &amp; Lantern", body),
        f"{cdn}/heritage-wool-rug-8x10-ivory_1500x.jpg?v=4",
    )

    # a "24x36" poster on WooCommerce: its file names end in the measure ("-24x36.jpg", read as a
    # 36 px thumbnail), the framed photo's does not; "-600x900" sizes and "-100x100" thumbs
    base = "https://www.wanderprintco.com"
    up = f"{base}/wp-content/uploads/2025/05"
    name = "Yosemite Valley Vintage Travel Poster 24x36"
    gal = "".join(
        f"<div data-thumb='{up}/{f}-100x100.jpg' class='woocommerce-product-gallery__image'><a href='{up}/{f}.jpg'>"
        f"<img width='600' height='900' src='{up}/{f}-600x900.jpg' alt='' data-large_image='{up}/{f}.jpg' data-large_image_width='1600' data-large_image_height='2400'></a></div>"
        for f in ("yosemite-poster-24x36", "yosemite-poster-24x36-framed")
    )
    body = (
        "<div class='product type-product'><div class='woocommerce-product-gallery images'><div class='woocommerce-product-gallery__wrapper'>"
        + gal
        + "</div><ol class='flex-control-nav flex-control-thumbs'>"
        + "".join(
            f"<li><img src='{up}/{f}-100x100.jpg' width='100' height='100'></li>"
            for f in ("yosemite-poster-24x36", "yosemite-poster-24x36-framed")
        )
        + f"</ol></div><div class='summary entry-summary'><h1 class='product_title entry-title'>{name}</h1>"
        "<p class='price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>$</span>45.00</bdi></span></p>"
        "<form class='cart'><button type='submit' class='single_add_to_cart_button button alt'>Add to cart</button></form></div></div>"
    )
    case(
        "woocommerce-poster-24x36-measure-in-file-name",
        f"{base}/product/yosemite-valley-vintage-travel-poster-24x36/",
        page(base, "Wander Print Co.", f"{name} - Wander Print Co.", body),
        f"{up}/yosemite-poster-24x36.jpg",
    )

    # must not fire: a "12x12" paper pad whose thumbnail strip (no thumbnail names) comes first,
    # "_100x100" files naming the measure too; the photos "_1024x1024"
    base = "https://www.paperandpinecrafts.com"
    cdn = "https://www.paperandpinecrafts.com/cdn/shop/products"
    name = "Botanical Scrapbook Paper Pad 12x12, 48 Sheets"
    files = (
        "botanical-paper-pad-12x12",
        "botanical-paper-pad-12x12-sheets",
        "botanical-paper-pad-12x12-project",
    )
    body = (
        "<div class='pp-product'><div class='pp-product__strip'>"
        + "".join(
            f"<a href='{cdn}/{f}_1024x1024.jpg?v=2'><img src='{cdn}/{f}_100x100.jpg?v=2' alt='{name}'></a>"
            for f in files
        )
        + "</div><div class='pp-product__stage'>"
        f"<img src='{cdn}/{files[0]}_1024x1024.jpg?v=2' alt='{name}'></div><div class='pp-product__info'><h1>{name}</h1>"
        "<span class='price'>$18.00</span><button class='btn'>Add to cart</button></div></div>"
    )
    keep(
        "paper-pad-12x12-thumb-strip-first",
        f"{base}/products/botanical-scrapbook-paper-pad-12x12",
        page(base, "Paper &amp; Pine Crafts", f"{name} &ndash; Paper &amp; Pine Crafts", body),
        f"{cdn}/{files[0]}_1024x1024.jpg?v=2",
    )


def _impulse_page(base: str, shop: str, name: str, photos: list[str], start: int, head: str) -> str:
    """An Archetype (Impulse / Motion / Streamline) product page: the media in the admin's order,
    the selected or first available variant's featured media marked "starting-slide" wherever it
    sits (its thumbnail "thumb--current"), every slide's alt text the product's name (Shopify's
    default alt)."""
    cdn = f"//{base.split('//', 1)[1]}/cdn/shop/files"
    slides = "".join(
        f"<div class='product-main-slide{' starting-slide' if i == start else ''}' data-index='{i}'><div data-product-image-main class='product-image-main'>"
        "<div class='image-wrap' style='height: 0; padding-bottom: 125%;'><div class='photoswipe__image'>"
        f"<img class='photoswipe__image lazyload' data-photoswipe-src='{cdn}/{p}?v=1707&width=1800' data-photoswipe-width='1800' data-photoswipe-height='2250' data-index='{i + 1}'"
        f" alt='{name}' data-src='{cdn}/{p}?v=1707&width={{width}}' data-widths='[360, 540, 720, 900, 1080, 1296, 1512, 1728, 2048]' data-aspectratio='0.8' data-sizes='auto'>"
        f"<noscript><img class='lazyloaded' src='{cdn}/{p}?v=1707&width=400' alt='{name}'></noscript></div></div></div></div>"
        for i, p in enumerate(photos)
    )
    thumbs = "".join(
        f"<div class='product__thumb-item' data-index='{i}'><a href='{cdn}/{p}?v=1707&width=1800' data-index='{i}' class='product__thumb{' thumb--current' if i == start else ''} js-no-transition'>"
        f"<div class='image-wrap' style='height: 0; padding-bottom: 125%;'><img class='lazyload' data-src='{cdn}/{p}?v=1707&width={{width}}' data-widths='[120, 360, 540]' data-sizes='auto' alt='{name}'></div></a></div>"
        for i, p in enumerate(photos)
    )
    body = (
        "<div id='ProductSection-template--4' class='product-section' data-section-type='product'><div class='page-content page-content--product'><div class='page-width'>"
        "<div class='grid grid--product-images--partial'><div class='grid__item medium-up--three-fifths product-single__sticky'>"
        "<div class='product__photos product__photos-template--4 product__photos--beside'><div class='product__main-photos medium-up--one-whole' data-product-single-media-group>"
        f"<div data-product-photos class='product-slideshow' id='ProductPhotos-template--4'>{slides}</div></div>"
        f"<div id='ProductThumbs-template--4' class='product__thumbs product__thumbs--beside small--hide' data-position='beside'><div class='product__thumbs--scroller'>{thumbs}</div></div></div></div>"
        "<div class='grid__item medium-up--two-fifths'><div class='product-single__meta'>"
        f"<div class='product-block product-block--header'><h1 class='h2 product-single__title'>{name}</h1></div>"
        "<div class='product-block product-block--price'><span data-product-price class='product__price'>$84.00</span></div>"
        "<div class='product-block'><button type='submit' name='add' class='btn btn--full add-to-cart'>Add to cart</button></div></div></div></div></div></div></div>"
    )
    return page(base, shop, f"{name} &ndash; {shop}", body, head=head, after=reviews(name, 75))


def _starting_slide_pages() -> None:
    """Archetype themes mark the chosen variant's slide "starting-slide" (kind 4)."""
    base = "https://www.larkspurknitwear.com"
    cdn = "https://www.larkspurknitwear.com/cdn/shop/files"
    name = "Merino Cable Knit Beanie"
    photos = [
        "cable-beanie-oat.jpg",
        "cable-beanie-oat-folded.jpg",
        "cable-beanie-forest.jpg",
        "cable-beanie-forest-worn.jpg",
    ]
    head = ld(
        {
            "@context": "http://schema.org/",
            "@type": "Product",
            "name": name,
            "url": f"{base}/products/merino-cable-knit-beanie",
            "image": [f"{cdn}/cable-beanie-oat.jpg?v=1707&width=1024"],
            "offers": [
                {
                    "@type": "Offer",
                    "price": "84.00",
                    "priceCurrency": "USD",
                    "availability": "http://schema.org/InStock",
                    "url": f"{base}/products/merino-cable-knit-beanie?variant=4500000000{i}",
                }
                for i in (1, 2)
            ],
        }
    )
    case(
        "impulse-starting-slide-url-variant-jsonld-featured",
        f"{base}/products/merino-cable-knit-beanie?variant=45000000002",
        _impulse_page(base, "Larkspur Knitwear", name, photos, 2, head),
        f"{cdn}/cable-beanie-forest.jpg?v=1707&width=1800",
    )
    case(
        "impulse-starting-slide-url-variant-og-featured",
        f"{base}/products/merino-cable-knit-beanie?variant=45000000002",
        _impulse_page(
            base,
            "Larkspur Knitwear",
            name,
            photos,
            2,
            og(type="product", title=name, image=f"http:{cdn}/cable-beanie-oat.jpg?v=1707"),
        ),
        f"{cdn}/cable-beanie-forest.jpg?v=1707&width=1800",
    )
    keep(
        "impulse-starting-slide-first",
        f"{base}/products/merino-cable-knit-beanie",
        _impulse_page(base, "Larkspur Knitwear", name, photos, 0, head),
        f"{cdn}/cable-beanie-oat.jpg?v=1707&width=1800",
    )


def _batch8() -> None:
    # PageFly-built Shopify product page: data-pf-type hooks, generated "sc-" classes, no gallery
    # names; Shopify's og:image the featured photo (the same)
    base = "https://www.sunbeltsupplements.com"
    cdn = "https://www.sunbeltsupplements.com/cdn/shop/files"
    name = "Grass-Fed Collagen Peptides, Unflavored"
    photos = (
        "collagen-peptides-unflavored-tub.png",
        "collagen-peptides-facts-panel.png",
        "collagen-peptides-scoop.jpg",
    )
    body = (
        "<div class='sc-jSgupP fPfYNq pf-c' data-pf-type='Section'><div class='sc-gKsewC kvXRdx pf-c' data-pf-type='Layout'>"
        "<div class='sc-iBPRYJ pf-c pf-c-lg-6' data-pf-type='Column'><div data-product-id='7788112233' data-pf-type='ProductBox' class='sc-fFeiMQ'>"
        "<div class='sc-bkkeKt ijsOqt pf-c' data-pf-type='ProductMedia2'><div class='pf-media-slider scrollfix' data-pf-type='MediaMain'>"
        + "".join(
            f"<div class='pf-media-slider__item{' pf-media-slider__item--active' if i == 0 else ''}' data-pf-type='MediaItem'><img data-pf-type='Image' src='{cdn}/{p}?v=1699&width=900' alt='' loading='{'eager' if i == 0 else 'lazy'}' class='pf-img'></div>"
            for i, p in enumerate(photos)
        )
        + "</div><div class='pf-media-slider pf-list-media' data-pf-type='MediaList'>"
        + "".join(
            f"<div class='pf-list-media__item' data-pf-type='MediaListItem'><img src='{cdn}/{p}?v=1699&width=120' alt='' class='pf-img'></div>"
            for p in photos
        )
        + "</div></div></div></div><div class='sc-iBPRYJ pf-c pf-c-lg-6' data-pf-type='Column'>"
        f"<h1 data-product-type='title' data-pf-type='ProductTitle' class='sc-hKwDye pf-product-title'>{name}</h1>"
        "<div data-pf-type='ProductPrice2' class='sc-eCImPb'><span data-product-type='price' class='pf-product-price'>$44.00</span></div>"
        "<button data-pf-type='ProductATC2' class='sc-jRQBWg pf-atc'>Add To Cart</button>"
        "<div data-pf-type='ProductDescription'><p>20 g of collagen per serving from grass-fed, pasture-raised cattle.</p></div></div></div></div>"
        "<div class='sc-jSgupP pf-c' data-pf-type='Section'><h2 data-pf-type='Heading'>Why our collagen?</h2>"
        f"<img data-pf-type='Image2' src='{cdn}/collagen-benefits-infographic.jpg?v=1699&width=1600' alt='Grass-Fed Collagen Peptides benefits' class='pf-img'></div>"
    )
    case(
        "pagefly-product-media",
        f"{base}/products/grass-fed-collagen-peptides-unflavored",
        page(
            base,
            "Sunbelt Supplements",
            f"{name} &ndash; Sunbelt Supplements",
            body,
            head=og(type="product", title=name, image=f"http:{cdn}/{photos[0]}?v=1699"),
        ),
        f"{cdn}/{photos[0]}?v=1699&width=900",
    )

    # GemPages: gp- classes, a big hero banner section above the product with the product's name
    base = "https://www.peakpawsoutdoor.com"
    cdn = "https://www.peakpawsoutdoor.com/cdn/shop/files"
    name = "Trailblazer Reflective Dog Harness"
    body = (
        "<div class='gps gp-hero' data-id='g-hero'><div class='gp-relative'>"
        f"<img class='gp-w-full gp-object-cover' src='{cdn}/gempages_hero_harness_trail_2400x.jpg?v=1' alt='Trailblazer Reflective Dog Harness on the trail' width='2400' height='900'>"
        "<div class='gp-absolute'><h2 class='gp-text-4xl'>Built for every adventure</h2></div></div></div>"
        "<div class='gps gp-product' data-id='g-product'><div class='gp-grid gp-grid-cols-2'><div class='gp-product-images'>"
        "<div class='gp-carousel' data-id='gp-carousel-main'>"
        + "".join(
            f"<div class='gp-carousel-item{' gp-carousel-item--active' if i == 0 else ''}'><img class='gp-w-full' src='{cdn}/{f}?v=3&width=1024' alt='{name}'></div>"
            for i, f in enumerate(
                (
                    "trailblazer-harness-orange.jpg",
                    "trailblazer-harness-orange-back.jpg",
                    "trailblazer-harness-on-dog.jpg",
                )
            )
        )
        + "</div></div><div class='gp-product-info'>"
        f"<h1 class='gp-text-2xl gp-product-title'>{name}</h1><div class='gp-product-price'><span class='gp-money'>$49.95</span></div>"
        "<button class='gp-button gp-add-to-cart'>Add to cart</button></div></div></div>"
    )
    case(
        "gempages-hero-banner-above",
        f"{base}/products/trailblazer-reflective-dog-harness",
        page(base, "Peak Paws Outdoor", f"{name} &ndash; Peak Paws Outdoor", body),
        f"{cdn}/trailblazer-harness-orange.jpg?v=3&width=1024",
    )

    # Medusa's Next.js starter (Tailwind only, alt "Product image N", /_next/image URLs), no
    # structured data, no og:image
    base = "https://www.saltwoodcoffee.com"
    name = "Ethiopia Yirgacheffe Whole Bean, 12 oz"

    def nxt(f: str, w: int) -> str:
        return f"/_next/image?url=https%3A%2F%2Fmedusa-public-images.s3.eu-west-1.amazonaws.com%2F{f}&amp;w={w}&amp;q=75"

    body = (
        "<div class='content-container flex flex-col small:flex-row small:items-start py-6 relative' data-testid='product-container'>"
        "<div class='flex flex-col small:sticky small:top-48 small:py-0 small:max-w-[300px] w-full py-8 gap-y-6'><div id='product-info'><div class='flex flex-col gap-y-4 lg:max-w-[500px] mx-auto'>"
        f"<a class='text-medium text-ui-fg-muted hover:text-ui-fg-subtle' href='/us/collections/coffee'>Coffee</a><h2 class='font-sans font-medium h2-core text-3xl leading-10 text-ui-fg-base' data-testid='product-title'>{name}</h2>"
        "<p class='font-normal font-sans txt-medium text-medium text-ui-fg-subtle whitespace-pre-line' data-testid='product-description'>Floral, lemon, black tea. Washed process.</p></div></div></div>"
        "<div class='block w-full relative'><div class='flex items-start relative'><div class='flex flex-col flex-1 small:mx-16 gap-y-4'>"
        + "".join(
            f"<div class='relative aspect-[29/34] w-full overflow-hidden bg-ui-bg-subtle shadow-elevation-card-rest rounded-rounded' id='img_{i}'>"
            f"<img alt='Product image {i + 1}' {'fetchpriority=high' if i == 0 else 'loading=lazy'} decoding='async' data-nimg='fill' class='absolute inset-0 rounded-rounded' style='position:absolute;height:100%;width:100%;inset:0px;object-fit:cover;color:transparent'"
            f" sizes='(max-width: 576px) 280px, (max-width: 768px) 360px, (max-width: 992px) 480px, 800px' srcset='{nxt(f, 640)} 640w, {nxt(f, 1080)} 1080w, {nxt(f, 3840)} 3840w' src='{nxt(f, 3840)}'></div>"
            for i, f in enumerate(
                ("yirgacheffe-bag-front.png", "yirgacheffe-beans.jpg", "yirgacheffe-pourover.jpg")
            )
        )
        + "</div></div></div><div class='flex flex-col small:sticky small:top-48 small:py-0 small:max-w-[300px] w-full py-8 gap-y-12'>"
        "<div class='flex flex-col gap-y-2'><div class='flex flex-col text-ui-fg-base'><span class='text-xl-semi' data-testid='product-price' data-value='19.5'>$19.50</span></div>"
        "<button class='transition-fg relative inline-flex items-center justify-center w-full h-10' data-testid='add-product-button'>Add to cart</button></div></div></div>"
        "<div class='content-container my-16 small:my-32' data-testid='related-products-container'><div class='flex flex-col items-center text-center mb-16'><span class='text-base-regular text-gray-600 mb-6'>Related products</span></div>"
        "<ul class='grid grid-cols-2 small:grid-cols-3 medium:grid-cols-4 gap-x-6 gap-y-8'>"
        + "".join(
            f"<li><a class='group' href='/us/products/{s}'><div data-testid='product-wrapper'><div class='relative w-full overflow-hidden p-4 bg-ui-bg-subtle'>"
            f"<img alt='Thumbnail' loading='lazy' class='absolute inset-0 object-cover object-center' src='{nxt(s + '.png', 3840)}'></div>"
            f"<div class='flex txt-compact-medium mt-4 justify-between'><p class='text-ui-fg-subtle' data-testid='product-title'>{t}</p><span class='text-ui-fg-muted' data-testid='price'>$18.00</span></div></div></a></li>"
            for s, t in (
                ("colombia-huila", "Colombia Huila Whole Bean"),
                ("decaf-swiss-water", "Decaf Swiss Water Whole Bean"),
            )
        )
        + "</ul></div>"
    )
    first = nxt("yirgacheffe-bag-front.png", 3840).replace("&amp;", "&")
    case(
        "medusa-next-starter-tailwind",
        f"{base}/us/products/ethiopia-yirgacheffe-whole-bean-12-oz",
        page(base, "Saltwood Coffee", f"{name} | Saltwood Coffee", body),
        f"{base}{first}",
        "https://medusa-public-images.s3.eu-west-1.amazonaws.com/yirgacheffe-bag-front.png",
    )

    # BigCommerce Catalyst (Next.js, Tailwind): the gallery a figure with the main image and a
    # thumbnail nav of buttons; JSON-LD with the product's image (the same photo, another size)
    base = "https://www.ridgebackcycling.com"
    bc = "https://cdn11.bigcommerce.com/s-abc9xyz8/images/stencil"
    name = "Carbon Aero Road Helmet - Matte Black"
    files = (
        "412/1500/aero-helmet-matte-black__71234.1705000001",
        "412/1501/aero-helmet-matte-black-side__71234.1705000002",
        "412/1502/aero-helmet-matte-black-vents__71234.1705000003",
    )
    body = (
        "<div class='mb-12 mt-4 lg:grid lg:grid-cols-2 lg:gap-8'><div class='-mx-6 overflow-hidden md:-mx-10 lg:col-span-1 lg:mx-0'>"
        "<figure class='relative aspect-square h-full max-h-[548px] w-full overflow-hidden'>"
        f"<img alt='{name}' fetchpriority='high' decoding='async' data-nimg='fill' class='h-full w-full object-contain' sizes='50vw' src='{bc}/1280w/products/{files[0]}.jpg'"
        f" srcset='{bc}/640w/products/{files[0]}.jpg 640w, {bc}/1280w/products/{files[0]}.jpg 1280w'></figure>"
        "<nav aria-label='Thumbnail navigation' class='mt-3 flex w-full flex-wrap items-center gap-4 px-6 sm:px-1 md:mt-5 md:gap-6'>"
        + "".join(
            f"<button aria-label='View image number {i + 1}' class='inline-block h-12 w-12 flex-shrink-0 md:h-24 md:w-24{' border-2 border-primary' if i == 0 else ''}'>"
            f"<img alt='{name}' loading='lazy' width='94' height='94' src='{bc}/94w/products/{f}.jpg'></button>"
            for i, f in enumerate(files)
        )
        + "</nav></div><div class='lg:col-span-1'><p class='mb-2 font-semibold uppercase text-gray-500'>Ridgeback</p>"
        f"<h1 class='mb-4 text-4xl font-black lg:text-5xl'>{name}</h1><p class='mb-6 text-2xl font-bold lg:text-3xl'>$219.00</p>"
        "<button class='relative w-full items-center border-2 border-primary bg-primary px-8 py-3 text-base font-semibold text-white' type='submit'>Add to Cart</button></div></div>"
    )
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": name,
            "image": f"{bc}/original/products/{files[0]}.jpg",
            "offers": {
                "@type": "Offer",
                "price": 219,
                "priceCurrency": "USD",
                "availability": "https://schema.org/InStock",
            },
        }
    )
    case(
        "bigcommerce-catalyst-figure-nav",
        f"{base}/carbon-aero-road-helmet-matte-black/",
        page(base, "Ridgeback Cycling", f"{name} | Ridgeback Cycling", body, head=head),
        f"{bc}/1280w/products/{files[0]}.jpg",
    )
    case(
        "bigcommerce-catalyst-no-structured-data",
        f"{base}/carbon-aero-road-helmet-matte-black/?sku=RB-AERO-MBLK",
        page(base, "Ridgeback Cycling", f"{name} | Ridgeback Cycling", body),
        f"{bc}/1280w/products/{files[0]}.jpg",
    )

    # Shopify Dawn with the product-media-modal (every photo again in a dialog after the gallery,
    # in reverse here) and a "complementary products" block in the buy box
    base = "https://www.fernhollowplants.com"
    cdn = "//www.fernhollowplants.com/cdn/shop/files"
    name = "Fiddle Leaf Fig in Ceramic Planter, 3 ft"
    photos = (
        "fiddle-leaf-fig-3ft-white-planter.jpg",
        "fiddle-leaf-fig-3ft-leaves.jpg",
        "fiddle-leaf-fig-3ft-living-room.jpg",
    )
    slides = "".join(
        f"<li class='product__media-item grid__item slider__slide{' is-active' if i == 0 else ''}'><div class='product-media-container media-type-image'>"
        f"<div class='product__media media media--transparent'><img src='{cdn}/{p}?v=1&width=1946' alt='' width='1946' height='1946' {'fetchpriority=high' if i == 0 else 'loading=lazy'}></div></div></li>"
        for i, p in enumerate(photos)
    )
    modal = (
        "<product-modal id='ProductModal-template--5' class='product-media-modal media-modal'><div class='product-media-modal__dialog' role='dialog' aria-label='Media gallery' aria-modal='true'>"
        "<button class='product-media-modal__toggle' aria-label='Close'></button><div class='product-media-modal__content gradient' role='document' tabindex='0'>"
        + "".join(
            f"<img class='global-media-settings global-media-settings--no-shadow' src='{cdn}/{p}?v=1&width=1445' alt='' width='1100' height='1100' loading='lazy'>"
            for p in reversed(photos)
        )
        + "</div></div></product-modal>"
    )
    comp = (
        "<product-recommendations class='complementary-products quick-add-hidden' data-intent='complementary'><aside aria-label='Pairs well with'><div class='complementary-products__container'>"
        "<h2 class='h4 accordion__title'>Pairs well with</h2><div class='complementary-slider'>"
        + "".join(
            f"<div class='complementary-slide'><div class='card-wrapper product-card-wrapper'><div class='card card--horizontal'><div class='card__inner'><div class='card__media'><div class='media media--transparent'>"
            f"<img src='{cdn}/{s}.jpg?v=2&width=533' alt='{t}' width='533' height='533' loading='lazy'></div></div></div><div class='card__content'><h3 class='card__heading'>"
            f"<a href='/products/{s}' class='full-unstyled-link'>{t}</a></h3><span class='price-item price-item--regular'>$24.00</span></div></div></div></div>"
            for s, t in (
                ("plant-food-concentrate", "Plant Food Concentrate"),
                ("mister-brass", "Brass Plant Mister"),
            )
        )
        + "</div></div></aside></product-recommendations>"
    )
    body = (
        "<section class='page-width'><div class='product grid grid--2-col-tablet'><div class='grid__item product__media-wrapper'><media-gallery class='product__column-sticky'>"
        f"<slider-component class='slider-mobile-gutter'><ul class='product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile'>{slides}</ul></slider-component></media-gallery></div>"
        f"<div class='product__info-wrapper grid__item'><section class='product__info-container'><div class='product__title'><h1>{name}</h1></div>"
        "<div class='price price--large'><span class='price-item price-item--regular'>$189.00 USD</span></div>"
        f"<div class='product-form__buttons'><button type='submit' class='product-form__submit button button--full-width'>Add to cart</button></div>{comp}</section></div></div>{modal}</section>"
    )
    case(
        "dawn-media-modal-and-complementary",
        f"{base}/products/fiddle-leaf-fig-in-ceramic-planter-3-ft",
        page(base, "Fern Hollow Plants", f"{name} &ndash; Fern Hollow Plants", body),
        f"https:{cdn}/{photos[0]}?v=1&width=1946",
    )


def _selected_attribute_pages() -> None:
    """A slide marked shown by an attribute, not a class (Pixel Union's Empire / Superstore:
    `data-product-gallery-selected="true"`)."""
    base = "https://www.tallpinesupply.com"
    cdn = "https://www.tallpinesupply.com/cdn/shop/files"
    name = "Insulated Stainless Tumbler, 30 oz"
    photos = [
        ("insulated-tumbler-30-black.jpg", "Black"),
        ("insulated-tumbler-30-black-lid.jpg", "Black"),
        ("insulated-tumbler-30-moss.jpg", "Moss"),
        ("insulated-tumbler-30-moss-hand.jpg", "Moss"),
    ]

    def empire(selected: int, head: str) -> str:
        figs = "".join(
            f"<figure class='product-gallery--media product-gallery--image' data-product-gallery-figure='{i}' data-product-gallery-selected='{'true' if i == selected else 'false'}' data-media='{3300 + i}' data-media-type='image'>"
            f"<div class='product-gallery--media-wrapper' data-image-zoom-wrapper><img class='product-gallery--loaded-image' alt='{name} - {v}' src='{cdn}/{f}?v=1704&width=1000'"
            f" srcset='{cdn}/{f}?v=1704&width=500 500w, {cdn}/{f}?v=1704&width=1000 1000w, {cdn}/{f}?v=1704&width=1500 1500w' sizes='(max-width: 720px) 100vw, 50vw' width='1500' height='1500'></div></figure>"
            for i, (f, v) in enumerate(photos)
        )
        thumbs = "".join(
            f"<button class='product-gallery--media-thumbnail' type='button' tabindex='0' aria-label='Slide {i + 1}' data-product-gallery-thumbnail='{i}' data-product-gallery-selected='{'true' if i == selected else 'false'}'>"
            f"<img alt='{name} - {v}' src='{cdn}/{f}?v=1704&width=180' width='90' height='90'></button>"
            for i, (f, v) in enumerate(photos)
        )
        body = (
            "<div class='product--container layout--two-column'><article class='product--outer'>"
            "<div class='product-gallery product-gallery--layout-slideshow' data-product-gallery data-product-gallery-layout='slideshow'>"
            f"<div class='product-gallery--viewport' data-product-gallery-viewport><div class='product-gallery--viewport--figure-wrapper'>{figs}</div></div>"
            f"<div class='product-gallery--navigation' data-product-gallery-navigation>{thumbs}</div></div>"
            f"<div class='product-main'><div class='product-details'><h1 class='product-title'>{name}</h1><div class='product-pricing'><div class='price'><div class='price__current'>"
            "<span class='money'>$34.00</span></div></div></div></div><div class='product-form--atc'><button class='product-form--atc-button' type='submit'>Add to cart</button></div></div>"
            "</article></div>"
        )
        return page(
            base,
            "Tall Pine Supply",
            f"{name} &ndash; Tall Pine Supply",
            body,
            head=head,
            after=reviews(name, 52),
        )

    head = ld(
        {
            "@context": "http://schema.org/",
            "@type": "Product",
            "name": name,
            "image": [f"{cdn}/insulated-tumbler-30-black.jpg?v=1704&width=1024"],
            "offers": [
                {
                    "@type": "Offer",
                    "price": "34.00",
                    "priceCurrency": "USD",
                    "url": f"{base}/products/insulated-stainless-tumbler-30-oz?variant=4600000000{i}",
                }
                for i in (1, 2)
            ],
        }
    )
    case(
        "empire-data-selected-url-variant-jsonld-featured",
        f"{base}/products/insulated-stainless-tumbler-30-oz?variant=46000000002",
        empire(2, head),
        f"{cdn}/insulated-tumbler-30-moss.jpg?v=1704&width=1000",
    )
    case(
        "empire-data-selected-url-variant-no-structured",
        f"{base}/products/insulated-stainless-tumbler-30-oz?variant=46000000002",
        empire(2, ""),
        f"{cdn}/insulated-tumbler-30-moss.jpg?v=1704&width=1000",
    )
    keep(
        "empire-data-selected-first",
        f"{base}/products/insulated-stainless-tumbler-30-oz",
        empire(0, head),
        f"{cdn}/insulated-tumbler-30-black.jpg?v=1704&width=1000",
    )


def _selected_attribute_keep() -> None:
    """Must-not-fire pages of kind 5 (an attribute saying a slide is shown)."""
    # Dawn's thumbnails: aria-current="true" on the first one's button; a "recently viewed" slider
    # whose second card carries aria-selected="true"; a reviews carousel with data-active="true" on
    # a customer's photo
    base = "https://www.oldmillbakeware.com"
    cdn = "//www.oldmillbakeware.com/cdn/shop/files"
    name = "Aluminized Steel Loaf Pan, 9x5"
    photos = ("loaf-pan-9x5.jpg", "loaf-pan-9x5-bread.jpg", "loaf-pan-9x5-stack.jpg")
    slides = "".join(
        f"<li class='product__media-item grid__item slider__slide'><div class='product-media-container media-type-image'><div class='product__media media'>"
        f"<img src='{cdn}/{p}?v=3&width=1946' alt='' width='1946' height='1946' {'' if i == 0 else 'loading=lazy'}></div></div></li>"
        for i, p in enumerate(photos)
    )
    thumbs = "".join(
        f"<li class='thumbnail-list__item slider__slide'><button class='thumbnail global-media-settings'{' aria-current=true' if i == 0 else ''}>"
        f"<img src='{cdn}/{p}?v=3&width=416' alt='' width='416' height='416' loading='lazy'></button></li>"
        for i, p in enumerate(photos)
    )
    recent = (
        "<section class='recently-viewed'><h2>Recently viewed</h2><div class='recently-viewed__slider' role='listbox'>"
        + "".join(
            f"<div class='recently-viewed__slide' role='option' aria-selected='{'true' if i == 1 else 'false'}'><a href='/products/{s}'><img src='{cdn}/{s}.jpg?v=3&width=800' alt='{t}' width='800' height='800'></a>"
            f"<a href='/products/{s}'>{t}</a><span>$29.00</span></div>"
            for i, (s, t) in enumerate(
                (
                    ("muffin-pan-12", "Muffin Pan, 12 Cup"),
                    ("loaf-pan-9x5-pullman", "Pullman Loaf Pan with Lid, 9x5"),
                )
            )
        )
        + "</div></section>"
    )
    revs = (
        "<div class='reviews-media-carousel'>"
        + "".join(
            f"<div class='reviews-media-carousel__item' data-active='{'true' if i == 1 else 'false'}'><img src='https://cdn.judge.me/reviews/{n}.jpg' alt='Customer photo'></div>"
            for i, n in enumerate(("loaf-cust-1", "loaf-cust-2"))
        )
        + "</div>"
    )
    body = (
        "<section class='page-width'><div class='product grid grid--2-col-tablet'><div class='grid__item product__media-wrapper'><media-gallery>"
        f"<slider-component><ul class='product__media-list grid slider slider--mobile'>{slides}</ul></slider-component>"
        f"<slider-component class='thumbnail-slider'><ul class='thumbnail-list list-unstyled slider'>{thumbs}</ul></slider-component></media-gallery></div>"
        f"<div class='product__info-wrapper grid__item'><div class='product__title'><h1>{name}</h1></div><div class='price'><span class='price-item price-item--regular'>$24.00 USD</span></div>"
        "<button type='submit' class='product-form__submit button'>Add to cart</button></div></div></section>"
    )
    keep(
        "dawn-aria-current-thumb-recent-selected-reviews-active",
        f"{base}/products/aluminized-steel-loaf-pan-9x5",
        page(
            base,
            "Old Mill Bakeware",
            f"{name} &ndash; Old Mill Bakeware",
            body,
            after=recent + reviews(name, 40) + revs,
        ),
        f"https:{cdn}/loaf-pan-9x5.jpg?v=3&width=1946",
    )

    # description tabs with aria-selected="true" on the first tab, holding an icon picture; a size
    # picker whose chosen size has data-selected="true"
    base = "https://www.drylinerainwear.com"
    cdn = "https://images.drylinerainwear.com/pdp"
    name = "Packable Rain Shell Jacket - Women's"
    body = (
        "<div class='pdp'><div class='pdp-images'>"
        + "".join(
            f"<div class='pdp-images__item'><img src='{cdn}/{f}.jpg?w=1200' alt='{name}' width='1200' height='1500'></div>"
            for f in (
                "packable-shell-w-teal-front",
                "packable-shell-w-teal-back",
                "packable-shell-w-teal-packed",
            )
        )
        + "</div><div class='pdp-info'>"
        f"<h1 class='pdp-info__name'>{name}</h1><span class='pdp-info__price'>$120.00</span>"
        "<div class='size-picker' role='radiogroup'>"
        + "".join(
            f"<button class='size-picker__size' data-selected='{'true' if sz == 'M' else 'false'}'>{sz}</button>"
            for sz in ("S", "M", "L")
        )
        + "</div><button class='pdp-info__add'>Add to Bag</button>"
        "<div class='tabs' role='tablist'>"
        f"<button role='tab' aria-selected='true' class='tabs__tab'><img src='{cdn}/icons/details.png' alt='' width='20' height='20'>Details</button>"
        "<button role='tab' aria-selected='false' class='tabs__tab'>Care</button></div></div></div>"
    )
    keep(
        "tabs-aria-selected-size-data-selected",
        f"{base}/products/packable-rain-shell-jacket-womens",
        page(base, "Dryline Rainwear", f"{name} | Dryline Rainwear", body),
        f"{cdn}/packable-shell-w-teal-front.jpg?w=1200",
    )


def _bem_state_pages() -> None:
    """A slide marked shown by a BEM state modifier ("__slide--active"), not first (kind 6)."""
    base = "https://www.lowtidelinen.com"
    cdn = "https://cdn.lowtidelinen.com/products"
    name = "Washed Linen Sheet Set, Queen"
    photos = [
        ("linen-sheet-set-queen-white.jpg", "White"),
        ("linen-sheet-set-queen-white-detail.jpg", "White"),
        ("linen-sheet-set-queen-terracotta.jpg", "Terracotta"),
        ("linen-sheet-set-queen-terracotta-bed.jpg", "Terracotta"),
    ]

    def shop(active: int, head: str, cls: str = "product-gallery__slide") -> str:
        slides = "".join(
            f"<div class='{cls}{f' {cls}--active' if i == active else ''}' data-variant='{v.lower()}'><img src='{cdn}/{f}?w=1400' alt='{name} in {v}' width='1400' height='1750'"
            f" loading='{'eager' if i == 0 else 'lazy'}'></div>"
            for i, (f, v) in enumerate(photos)
        )
        thumbs = "".join(
            f"<button class='product-gallery__thumb{' product-gallery__thumb--active' if i == active else ''}'><img src='{cdn}/{f}?w=160' alt='' width='80' height='100'></button>"
            for i, (f, _) in enumerate(photos)
        )
        body = (
            f"<div class='product'><div class='product-gallery'><div class='product-gallery__track'>{slides}</div><div class='product-gallery__thumbs'>{thumbs}</div></div>"
            f"<div class='product__info'><h1 class='product__title'>{name}</h1><p class='product__price'>$265.00</p>"
            "<div class='product__colors'>"
            + "".join(
                f"<a class='color-link' href='?color={v.lower()}'>{v}</a>" for v in ("White", "Terracotta")
            )
            + "</div>"
            "<button class='product__add'>Add to cart</button></div></div>"
        )
        return page(
            base, "Low Tide Linen", f"{name} | Low Tide Linen", body, head=head, after=reviews(name, 301)
        )

    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": name,
            "image": f"{cdn}/linen-sheet-set-queen-white.jpg",
            "offers": {"@type": "Offer", "price": "265.00", "priceCurrency": "USD"},
        }
    )
    case(
        "bem-slide-active-url-colour-jsonld-first",
        f"{base}/products/washed-linen-sheet-set-queen?color=terracotta",
        shop(2, head),
        f"{cdn}/linen-sheet-set-queen-terracotta.jpg?w=1400",
    )
    case(
        "bem-slide-active-url-colour-no-structured",
        f"{base}/products/washed-linen-sheet-set-queen?color=terracotta",
        shop(2, ""),
        f"{cdn}/linen-sheet-set-queen-terracotta.jpg?w=1400",
    )
    keep(
        "bem-slide-active-first",
        f"{base}/products/washed-linen-sheet-set-queen",
        shop(0, head),
        f"{cdn}/linen-sheet-set-queen-white.jpg?w=1400",
    )


def _bem_state_keep() -> None:
    """Must-not-fire pages of kind 6 (BEM state modifiers)."""
    # the nav's "--active" item holding the mega menu's picture, image swatches (the colours' photos
    # at 1024 px) with "swatch--selected" on the second, a "shop the look" slider below whose second
    # slide is "--active", the gallery itself without any state class
    base = "https://www.coastlinechairco.com"
    cdn = "https://www.coastlinechairco.com/cdn/shop/files"
    name = "Teak Folding Deck Chair"
    photos = (
        "teak-deck-chair-natural.jpg",
        "teak-deck-chair-natural-folded.jpg",
        "teak-deck-chair-natural-porch.jpg",
    )
    body = (
        "<div class='product'><div class='product-media'><div class='product-media__list'>"
        + "".join(
            f"<div class='product-media__item'><img src='{cdn}/{p}?v=5&width=1600' alt='' width='1600' height='1600'></div>"
            for p in photos
        )
        + "</div></div><div class='product-info'>"
        f"<h1 class='product-info__title'>{name}</h1><p class='product-info__price'>$349.00</p>"
        "<div class='product-form__swatches'>"
        + "".join(
            f"<label class='swatch{' swatch--selected' if i == 1 else ''}'><input type='radio' name='color'><img src='{cdn}/{f}?v=5&width=1024' alt='{c}' width='48' height='48'></label>"
            for i, (f, c) in enumerate(
                (("teak-deck-chair-natural.jpg", "Natural"), ("teak-deck-chair-grey-wash.jpg", "Grey Wash"))
            )
        )
        + "</div><button class='product-form__add'>Add to cart</button></div></div>"
        "<section class='shop-the-look'><h2>Shop the look</h2><div class='shop-the-look__slider'>"
        + "".join(
            f"<div class='shop-the-look__slide{' shop-the-look__slide--active' if i == 1 else ''}'><a href='/products/{s}'><img src='{cdn}/{s}.jpg?v=5&width=1200' alt='{t}' width='1200' height='1200'></a>"
            f"<a href='/products/{s}'>{t}</a><span>$189.00</span></div>"
            for i, (s, t) in enumerate(
                (("teak-side-table", "Teak Side Table"), ("outdoor-cushion-set", "Outdoor Cushion Set"))
            )
        )
        + "</div></section>"
    )
    html = page(base, "Coastline Chair Co.", f"{name} | Coastline Chair Co.", body)
    html = html.replace(
        "<li class='site-nav__item--mega'>", "<li class='site-nav__item--mega site-nav__item--active'>", 1
    )
    keep(
        "bem-active-nav-swatch-look-not-gallery",
        f"{base}/products/teak-folding-deck-chair",
        html,
        f"{cdn}/{photos[0]}?v=5&width=1600",
    )


def _batch9() -> None:
    # Dawn's product template with an image-banner section first: the banner takes
    # fetchpriority=high (section.index 1), every product media is loading=lazy (section 2)
    base = "https://www.redoakroasters.com"
    cdn = "//www.redoakroasters.com/cdn/shop/files"
    name = "House Blend Medium Roast, 2 lb Bag"
    photos = ("house-blend-2lb-bag.jpg", "house-blend-2lb-beans.jpg", "house-blend-2lb-brew.jpg")
    banner = (
        "<div id='shopify-section-template--7__image_banner' class='shopify-section section'><div class='banner banner--small banner--desktop-transparent'>"
        f"<div class='banner__media media'><img src='{cdn}/roastery-fall-banner.jpg?v=1&width=3840' alt='' srcset='{cdn}/roastery-fall-banner.jpg?v=1&width=1500 1500w, {cdn}/roastery-fall-banner.jpg?v=1&width=3840 3840w'"
        " width='3840' height='1280' fetchpriority='high' class='' sizes='100vw'></div>"
        "<div class='banner__content banner__content--middle-center page-width'><div class='banner__box content-container'><h2 class='banner__heading inline-richtext h1'>Fresh roasted every Monday</h2></div></div></div></div>"
    )
    slides = "".join(
        f"<li class='product__media-item grid__item slider__slide{' is-active' if i == 0 else ''}'><div class='product-media-container media-type-image media-fit-contain'>"
        f"<modal-opener class='product__modal-opener product__modal-opener--image'><div class='product__media media media--transparent'>"
        f"<img src='{cdn}/{p}?v=1&width=1946' alt='' srcset='{shopify_srcset(f'{cdn}/{p}?v=1', (493, 600, 713, 823, 990, 1100, 1206, 1346, 1426, 1646, 1946))}' width='1946' height='1946' loading='lazy' sizes='(min-width: 1200px) 715px, calc(100vw - 4rem)'></div></modal-opener></div></li>"
        for i, p in enumerate(photos)
    )
    body = (
        banner
        + "<section id='MainProduct-template--7__main' class='page-width section-template--7__main-padding'><div class='product product--large product--left grid grid--1-col grid--2-col-tablet'>"
        f"<div class='grid__item product__media-wrapper'><media-gallery class='product__column-sticky'><slider-component class='slider-mobile-gutter'><ul class='product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile'>{slides}</ul></slider-component></media-gallery></div>"
        f"<div class='product__info-wrapper grid__item'><section class='product__info-container'><div class='product__title'><h1>{name}</h1></div>"
        "<div class='price price--large'><span class='price-item price-item--regular'>$32.00 USD</span></div>"
        "<button type='submit' class='product-form__submit button button--full-width'>Add to cart</button></section></div></div></section>"
    )
    case(
        "dawn-image-banner-section-first-fetchpriority",
        f"{base}/products/house-blend-medium-roast-2-lb",
        page(
            base,
            "Red Oak Roasters",
            f"{name} &ndash; Red Oak Roasters",
            body,
            head=og(type="product", title=name, image=f"http:{cdn}/{photos[0]}?v=1"),
        ),
        f"https:{cdn}/{photos[0]}?v=1&width=1946",
    )
    case(
        "dawn-image-banner-section-first-no-og",
        f"{base}/products/house-blend-medium-roast-2-lb",
        page(base, "Red Oak Roasters", f"{name} &ndash; Red Oak Roasters", body),
        f"https:{cdn}/{photos[0]}?v=1&width=1946",
    )


def _bem_state_keep2() -> None:
    """Must-not-fire of kinds 5-6: state marks on colour swatches inside the gallery block."""
    base = "https://www.willowcreekwool.com"
    cdn = "https://www.willowcreekwool.com/cdn/shop/files"
    name = "Chunky Merino Throw Blanket"
    photos = (
        "chunky-merino-throw-cream.jpg",
        "chunky-merino-throw-cream-sofa.jpg",
        "chunky-merino-throw-cream-detail.jpg",
    )
    swatches = "".join(
        f"<li class='product-gallery__swatch{' product-gallery__swatch--selected' if i == 1 else ''}' data-selected='{'true' if i == 1 else 'false'}'>"
        f"<button aria-label='{c}'><img src='{cdn}/{f}?v=8&width=1024' alt='{c}' width='56' height='56'></button></li>"
        for i, (f, c) in enumerate(
            (
                ("chunky-merino-throw-cream.jpg", "Cream"),
                ("chunky-merino-throw-sage.jpg", "Sage"),
                ("chunky-merino-throw-charcoal.jpg", "Charcoal"),
            )
        )
    )
    body = (
        "<div class='product'><div class='product-gallery'>"
        f"<ul class='product-gallery__swatches'>{swatches}</ul><div class='product-gallery__slides'>"
        + "".join(
            f"<div class='product-gallery__slide'><img src='{cdn}/{p}?v=8&width=1600' alt='' width='1600' height='1600'></div>"
            for p in photos
        )
        + "</div></div><div class='product__info'>"
        f"<h1 class='product__title'>{name}</h1><p class='product__price'>$189.00</p><button class='product__add'>Add to cart</button></div></div>"
    )
    keep(
        "gallery-swatches-selected-other-colour",
        f"{base}/products/chunky-merino-throw-blanket",
        page(base, "Willow Creek Wool", f"{name} | Willow Creek Wool", body),
        f"{cdn}/{photos[0]}?v=8&width=1600",
    )


def _batch10() -> None:
    # SFCC + Scene7 presets without file extensions, the gallery lazy (data-src / data-srcset, a
    # transparent GIF src), no structured data
    base = "https://www.bluffviewapparel.com"
    s7 = "https://s7d1.scene7.com/is/image/BluffView"
    name = "Women's Sherpa-Lined Flannel Shirt Jacket"
    views = ("BV-7730_RED_main", "BV-7730_RED_back", "BV-7730_RED_detail")
    body = (
        "<div class='product-detail'><div class='primary-images'><div class='pdp-slider'>"
        + "".join(
            f"<div class='pdp-slider__item'><img class='lazyload' src='data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='"
            f" data-src='{s7}/{v}?$pdp_main$' data-srcset='{s7}/{v}?$pdp_main$&wid=600 600w, {s7}/{v}?$pdp_main$&wid=1200 1200w' alt='{name}'></div>"
            for v in views
        )
        + "</div><div class='pdp-thumbs'>"
        + "".join(
            f"<button class='pdp-thumbs__btn'><img src='{s7}/{v}?$pdp_thumb$' alt=''></button>" for v in views
        )
        + "</div></div><div class='product-info'>"
        f"<h1 class='product-name'>{name}</h1><div class='prices'><span class='sales'>$98.00</span></div><button class='add-to-cart btn btn-primary'>Add to Bag</button></div></div>"
    )
    case(
        "scene7-presets-lazy-no-extension",
        f"{base}/womens-sherpa-lined-flannel-shirt-jacket/BV-7730.html",
        page(base, "Bluff View Apparel", f"{name} | Bluff View Apparel", body),
        f"{s7}/BV-7730_RED_main?$pdp_main$",
        f"{s7}/BV-7730_RED_main?$pdp_main$&wid=1200",
    )

    # the same slides as backgrounds only (a zoom container with data-zoom-image, no <img>)
    body2 = (
        "<div class='product-detail'><div class='primary-images'><div class='pdp-slider'>"
        + "".join(
            f"<div class='pdp-slider__item zoom-container' data-zoom-image='{s7}/{v}?$pdp_zoom$' style=\"background-image: url('{s7}/{v}?$pdp_main$')\" role='img' aria-label='{name}'></div>"
            for v in views
        )
        + "</div></div><div class='product-info'>"
        f"<h1 class='product-name'>{name}</h1><div class='prices'><span class='sales'>$98.00</span></div><button class='add-to-cart btn btn-primary'>Add to Bag</button></div></div>"
    )
    case(
        "scene7-presets-background-zoom",
        f"{base}/womens-sherpa-lined-flannel-shirt-jacket/BV-7730.html",
        page(base, "Bluff View Apparel", f"{name} | Bluff View Apparel", body2),
        f"{s7}/BV-7730_RED_main?$pdp_main$",
        f"{s7}/BV-7730_RED_main?$pdp_zoom$",
    )


def _batch11() -> None:
    # Shopify Debut with ?variant=: every image in a wrapper, all but the variant's "hide"; the
    # thumbnails "active-thumb" on the variant's; JSON-LD image the featured photo (Debut's own)
    base = "https://www.prairieleatherco.com"
    cdn = "//www.prairieleatherco.com/cdn/shop/products"
    name = "Classic Leather Belt, 1.5 in."
    imgs = [
        ("classic-belt-brown", 29110),
        ("classic-belt-brown-buckle", 29111),
        ("classic-belt-black", 29112),
        ("classic-belt-black-buckle", 29113),
    ]
    chosen = 2
    wrappers = "".join(
        f"<div id='FeaturedImageZoom-product-template-{i}-wrapper' class='product-single__photo-wrapper js{'' if k == chosen else ' hide'}'>"
        f"<div class='product-single__photo js-zoom-enabled product-single__photo--has-thumbnails' data-image-id='{i}' data-zoom='{cdn}/{f}_1024x1024@2x.jpg?v=1690'>"
        f"<img id='FeaturedImage-product-template-{i}' class='feature-row__image product-featured-img lazyload{'' if k == chosen else ' lazypreload'}' src='{cdn}/{f}_300x300.jpg?v=1690'"
        f" data-src='{cdn}/{f}_{{width}}x.jpg?v=1690' data-widths='[180, 360, 540, 720, 900, 1080, 1296, 1512, 1728, 2048]' data-aspectratio='1.0' data-sizes='auto' tabindex='-1' alt='{name}'></div></div>"
        for k, (f, i) in enumerate(imgs)
    )
    thumbs = "".join(
        f"<li class='grid__item medium-up--one-quarter product-single__thumbnails-item js'><a href='{cdn}/{f}_1024x1024@2x.jpg?v=1690' class='text-link product-single__thumbnail product-single__thumbnail--product-template{' active-thumb' if k == chosen else ''}' data-thumbnail-id='{i}'>"
        f"<img class='product-single__thumbnail-image' src='{cdn}/{f}_110x110@2x.jpg?v=1690' alt='Load image into Gallery viewer, {name}'></a></li>"
        for k, (f, i) in enumerate(imgs)
    )
    body = (
        "<div class='product-template__container page-width' id='ProductSection-product-template' data-section-type='product'><div class='grid product-single product-single--medium-image'>"
        f"<div class='grid__item product-single__photos medium-up--one-half'>{wrappers}<div class='thumbnails-wrapper'><ul class='grid grid--uniform product-single__thumbnails product-single__thumbnails-product-template'>{thumbs}</ul></div></div>"
        f"<div class='grid__item medium-up--one-half'><div class='product-single__meta'><h1 class='product-single__title'>{name}</h1>"
        "<dl class='price price--listing' data-price><div class='price__regular'><dd><span class='price-item price-item--regular' data-regular-price>$68.00</span></dd></div></dl>"
        "<button type='submit' name='add' class='btn product-form__cart-submit'><span>Add to cart</span></button></div></div></div></div>"
    )
    head = ld(
        {
            "@context": "http://schema.org/",
            "@type": "Product",
            "name": name,
            "url": f"{base}/products/classic-leather-belt",
            "image": [f"https:{cdn}/classic-belt-brown_1024x1024.jpg?v=1690"],
            "offers": [
                {
                    "@type": "Offer",
                    "price": "68.00",
                    "priceCurrency": "USD",
                    "url": f"{base}/products/classic-leather-belt?variant=4700000000{n}",
                }
                for n in (1, 2)
            ],
        }
    )
    case(
        "debut-hidden-wrappers-url-variant-jsonld-featured",
        f"{base}/products/classic-leather-belt?variant=47000000002",
        page(base, "Prairie Leather Co.", f"{name} &ndash; Prairie Leather Co.", body, head=head),
        f"https:{cdn}/classic-belt-black_1024x1024@2x.jpg?v=1690",
    )

    # Shopify Simple: one featured picture (the selected variant's) and a thumbnail list
    base = "https://www.northwindcandles.com"
    cdn = "//www.northwindcandles.com/cdn/shop/products"
    name = "Balsam Fir Soy Candle, 8 oz"
    body = (
        "<div class='grid product-single'><div class='grid__item medium-up--one-half'><div class='product-single__featured-image-wrapper supports-js' data-image-id='31001'>"
        f"<img id='ProductPhotoImg' class='product-single__featured-image' src='{cdn}/balsam-fir-candle-8oz_grande.jpg?v=1688' alt='{name}' data-zoom='{cdn}/balsam-fir-candle-8oz_1024x1024.jpg?v=1688'></div>"
        "<ul class='grid grid--uniform product-single__thumbnails'>"
        + "".join(
            f"<li class='grid__item small--one-third medium-up--one-quarter'><a href='{cdn}/{f}_grande.jpg?v=1688' class='product-single__thumbnail'><img src='{cdn}/{f}_compact.jpg?v=1688' alt='{name}'></a></li>"
            for f in ("balsam-fir-candle-8oz", "balsam-fir-candle-8oz-lit", "balsam-fir-candle-8oz-box")
        )
        + "</ul></div><div class='grid__item medium-up--one-half'>"
        f"<h1 class='product-single__title'>{name}</h1><span id='ProductPrice' class='product-single__price'>$22.00</span>"
        "<button type='submit' name='add' id='AddToCart' class='btn btn--wide'>Add to Cart</button></div></div>"
    )
    case(
        "shopify-simple-featured-image",
        f"{base}/products/balsam-fir-soy-candle-8-oz",
        page(base, "Northwind Candles", f"{name} &ndash; Northwind Candles", body),
        f"https:{cdn}/balsam-fir-candle-8oz_grande.jpg?v=1688",
    )

    # WooCommerce Woodmart: an owl carousel gallery in loop mode ("owl-item cloned"), the original
    # first "owl-item active"; a thumbnails owl below; a "Frequently bought together" block
    base = "https://www.summitbrewsupply.com"
    up = f"{base}/wp-content/uploads/2025/02"
    name = "Stainless Steel Conical Fermenter, 7 Gallon"
    files = ("conical-fermenter-7gal", "conical-fermenter-7gal-valve", "conical-fermenter-7gal-lid")
    item = lambda f, cls: (  # noqa: E731
        f"<div class='owl-item{cls}' style='width: 600px;'><div class='product-image-wrap'><figure class='woocommerce-product-gallery__image'>"
        f"<a data-elementor-open-lightbox='no' href='{up}/{f}.jpg'><img width='600' height='600' src='{up}/{f}-600x600.jpg' alt='' data-large_image='{up}/{f}.jpg'"
        f" srcset='{up}/{f}-600x600.jpg 600w, {up}/{f}-300x300.jpg 300w, {up}/{f}.jpg 1200w' sizes='(max-width: 600px) 100vw, 600px'></a></figure></div></div>"
    )
    body = (
        "<div class='product-images wd-grid-col'><div class='woocommerce-product-gallery woocommerce-product-gallery--with-images thumbs-position-bottom images image-action-zoom'>"
        "<div class='wd-carousel-container wd-gallery-images'><div class='woocommerce-product-gallery__wrapper owl-items-lg-1 owl-carousel wd-owl owl-loaded owl-drag'><div class='owl-stage-outer'><div class='owl-stage'>"
        + item(files[2], " cloned")
        + "".join(item(f, " active" if i == 0 else "") for i, f in enumerate(files))
        + item(files[0], " cloned")
        + "</div></div></div></div><div class='wd-carousel-container wd-gallery-thumb'><div class='thumbnails owl-carousel wd-owl owl-loaded'><div class='owl-stage'>"
        + "".join(
            f"<div class='owl-item{' active' if i == 0 else ''}'><div class='product-image-thumbnail'><img width='150' height='150' src='{up}/{f}-150x150.jpg' alt=''></div></div>"
            for i, f in enumerate(files)
        )
        + "</div></div></div></div></div><div class='summary entry-summary'>"
        f"<h1 class='product_title entry-title wd-entities-title'>{name}</h1><p class='price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>$</span>329.00</bdi></span></p>"
        "<form class='cart'><button type='submit' class='single_add_to_cart_button button alt'>Add to cart</button></form>"
        "<div class='wd-fbt wd-design-side'><h4 class='wd-el-title'>Frequently bought together</h4><div class='wd-fbt-products'>"
        + "".join(
            f"<div class='wd-product product-grid-item'><a href='{base}/product/{s}/'><img width='300' height='300' src='{up}/{s}-300x300.jpg' alt='{t}'></a><h3 class='wd-entities-title'><a href='{base}/product/{s}/'>{t}</a></h3><span class='price'>$39.00</span></div>"
            for s, t in (("blow-off-tube-kit", "Blow-Off Tube Kit"), ("thermowell-probe", "Thermowell Probe"))
        )
        + "</div></div></div>"
    )
    case(
        "woodmart-owl-loop-fbt",
        f"{base}/product/stainless-steel-conical-fermenter-7-gallon/",
        page(base, "Summit Brew Supply", f"{name} - Summit Brew Supply", body),
        f"{up}/{files[0]}.jpg",
    )

    # Divi's Woo Images module on a Divi Builder product page: et_pb_ classes, Yoast og:image
    # the featured photo
    base = "https://www.bayshorekayaks.com"
    up = f"{base}/wp-content/uploads/2024/11"
    name = "Sit-On-Top Fishing Kayak 10 ft - Camo"
    body = (
        "<div id='et-main-area'><div class='et_pb_section et_pb_section_0 et_section_regular'><div class='et_pb_row et_pb_row_0'>"
        "<div class='et_pb_column et_pb_column_1_2 et_pb_column_0'><div class='et_pb_module et_pb_wc_images et_pb_wc_images_0'><div class='et_pb_module_inner'>"
        "<div class='woocommerce-product-gallery woocommerce-product-gallery--with-images images'><figure class='woocommerce-product-gallery__wrapper'>"
        + "".join(
            f"<div data-thumb='{up}/{f}-100x100.jpg' class='woocommerce-product-gallery__image'><a href='{up}/{f}.jpg'><img width='600' height='400' src='{up}/{f}-600x400.jpg' class='{'wp-post-image' if i == 0 else ''}' alt='' data-large_image='{up}/{f}.jpg'></a></div>"
            for i, f in enumerate(
                (
                    "fishing-kayak-10ft-camo",
                    "fishing-kayak-10ft-camo-rod-holders",
                    "fishing-kayak-10ft-camo-lake",
                )
            )
        )
        + "</figure></div></div></div></div><div class='et_pb_column et_pb_column_1_2 et_pb_column_1'>"
        f"<div class='et_pb_module et_pb_wc_title et_pb_wc_title_0'><div class='et_pb_module_inner'><h1>{name}</h1></div></div>"
        "<div class='et_pb_module et_pb_wc_price'><div class='et_pb_module_inner'><p class='price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>$</span>549.00</bdi></span></p></div></div>"
        "<div class='et_pb_module et_pb_wc_add_to_cart'><form class='cart'><button type='submit' class='single_add_to_cart_button button alt'>Add to cart</button></form></div></div></div></div></div>"
    )
    case(
        "divi-woo-images-module",
        f"{base}/product/sit-on-top-fishing-kayak-10-ft-camo/",
        page(
            base,
            "Bayshore Kayaks",
            f"{name} - Bayshore Kayaks",
            body,
            head=og(type="product", title=name, image=f"{up}/fishing-kayak-10ft-camo.jpg"),
        ),
        f"{up}/fishing-kayak-10ft-camo.jpg",
    )


def _batch12() -> None:
    # Magento 2 Porto theme: the gallery placeholder before Fotorama runs, with Porto's
    # "product-image-photo" on related items' cards above the description; og:image the base image
    base = "https://www.lakeviewhardware.com"
    cache = f"{base}/media/catalog/product/cache/7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f"
    name = "Cordless Oscillating Multi-Tool Kit, 20V"
    gallery = [
        {
            "thumb": f"{base}/media/catalog/product/cache/aa11bb22cc33dd44ee55ff6677889900/o/m/omt-20v-kit.jpg",
            "img": f"{cache}/o/m/omt-20v-kit.jpg",
            "full": f"{base}/media/catalog/product/o/m/omt-20v-kit.jpg",
            "caption": name,
            "position": "1",
            "isMain": True,
            "type": "image",
        },
        {
            "thumb": f"{base}/media/catalog/product/cache/aa11bb22cc33dd44ee55ff6677889900/o/m/omt-20v-blades.jpg",
            "img": f"{cache}/o/m/omt-20v-blades.jpg",
            "full": f"{base}/media/catalog/product/o/m/omt-20v-blades.jpg",
            "caption": name,
            "position": "2",
            "isMain": False,
            "type": "image",
        },
    ]
    init = {
        "[data-gallery-role=gallery-placeholder]": {
            "mage/gallery/gallery": {"data": gallery, "options": {"nav": "thumbs"}}
        }
    }
    body = (
        "<div class='columns'><div class='column main'><div class='product-info-main'><div class='page-title-wrapper product'><h1 class='page-title'><span class='base' itemprop='name'>"
        f"{name}</span></h1></div><div class='price-box'><span class='price'>$129.00</span></div>"
        "<button type='submit' class='action primary tocart' id='product-addtocart-button'><span>Add to Cart</span></button></div>"
        "<div class='product media'><div class='gallery-placeholder _block-content-loading' data-gallery-role='gallery-placeholder'>"
        f"<img alt='main product photo' class='gallery-placeholder__image' src='{cache}/o/m/omt-20v-kit.jpg'></div>"
        f"<script type='text/x-magento-init'>{json.dumps(init)}</script></div>"
        "<div class='block related'><div class='block-title title'><strong>Related Products</strong></div><div class='products wrapper grid products-grid products-related'><ol class='products list items product-items owl-carousel'>"
        + "".join(
            f"<li class='item product product-item'><div class='product-item-info'><a href='{base}/{s}.html' class='product photo product-item-photo'><span class='product-image-container'><span class='product-image-wrapper'>"
            f"<img class='product-image-photo porto-lazyload' src='{cache}/{s[0]}/{s[1]}/{s}.jpg' width='300' height='300' alt='{t}'></span></span></a>"
            f"<div class='product details product-item-details'><strong class='product name product-item-name'><a class='product-item-link' href='{base}/{s}.html'>{t}</a></strong><span class='price'>$24.99</span></div></div></li>"
            for s, t in (
                ("omt-blade-set-10", "Oscillating Blade Set, 10 pc"),
                ("battery-20v-4ah", "20V 4.0Ah Battery"),
            )
        )
        + "</ol></div></div></div></div>"
    )
    case(
        "magento-porto-placeholder-related-cards",
        f"{base}/cordless-oscillating-multi-tool-kit-20v.html",
        page(
            base,
            "Lakeview Hardware",
            name,
            body,
            head=og(type="product", title=name, image=f"{cache}/o/m/omt-20v-kit.jpg"),
        ),
        f"{cache}/o/m/omt-20v-kit.jpg",
    )

    # Shopify Sense: a video (deferred-media) as the first media, the photo second and marked
    # is-active (the theme's "show first image" setting skips videos)
    base = "https://www.glowtheoryskin.com"
    cdn = "//www.glowtheoryskin.com/cdn/shop/files"
    name = "Vitamin C Brightening Serum, 1 fl oz"
    body = (
        "<section class='page-width'><div class='product grid grid--2-col-tablet'><div class='grid__item product__media-wrapper'><media-gallery>"
        "<slider-component><ul class='product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile'>"
        "<li class='product__media-item grid__item slider__slide product__media-item--full' data-media-id='v1'><div class='product-media-container media-type-video media-fit-contain'>"
        "<deferred-media class='deferred-media media global-media-settings'><button class='deferred-media__poster' type='button' aria-label='Load video in Gallery viewer'>"
        f"<img src='{cdn}/preview_images/6a7b8c9d0e1f4a2b3c4d5e6f7a8b9c0d.thumbnail.0000000000.jpg?v=1&width=1946' alt='' width='1946' height='1946'></button>"
        "<template><video playsinline controls><source src='https://cdn.shopify.com/videos/c/vp/6a7b8c.mp4' type='video/mp4'></video></template></deferred-media></div></li>"
        + "".join(
            f"<li class='product__media-item grid__item slider__slide{' is-active' if i == 0 else ''}'><div class='product-media-container media-type-image media-fit-contain'><div class='product__media media media--transparent'>"
            f"<img src='{cdn}/{f}?v=1&width=1946' alt='' width='1946' height='1946' {'fetchpriority=high' if i == 0 else 'loading=lazy'}></div></div></li>"
            for i, f in enumerate(("vitamin-c-serum-1oz-bottle.jpg", "vitamin-c-serum-1oz-texture.jpg"))
        )
        + "</ul></slider-component></media-gallery></div><div class='product__info-wrapper grid__item'>"
        f"<div class='product__title'><h1>{name}</h1></div><div class='price'><span class='price-item price-item--regular'>$38.00 USD</span></div>"
        "<button type='submit' class='product-form__submit button'>Add to cart</button></div></div></section>"
    )
    case(
        "sense-deferred-video-first-photo-active",
        f"{base}/products/vitamin-c-brightening-serum-1-fl-oz",
        page(base, "Glow Theory Skin", f"{name} &ndash; Glow Theory Skin", body),
        f"https:{cdn}/vitamin-c-serum-1oz-bottle.jpg?v=1&width=1946",
    )

    # Kadence WooCommerce: a splide gallery with "splide__slide is-active", the thumbnails a second
    # splide; an Elementor "sticky add to cart" with the featured thumbnail at the top
    base = "https://www.oakhillpetco.com"
    up = f"{base}/wp-content/uploads/2025/07"
    name = "Elevated Cooling Dog Bed, Large"
    files = (
        "elevated-cooling-dog-bed-large",
        "elevated-cooling-dog-bed-large-mesh",
        "elevated-cooling-dog-bed-large-lab",
    )
    sticky = f"<div class='kadence-sticky-add-to-cart'><img width='100' height='100' src='{up}/{files[0]}-100x100.jpg' alt=''><span>{name}</span><span>$59.99</span><button>Add to cart</button></div>"
    body = (
        sticky
        + "<div class='product type-product'><div class='woocommerce-product-gallery woocommerce-product-gallery--with-images kadence-product-gallery-main splide is-initialized'><div class='splide__track'><ul class='splide__list'>"
        + "".join(
            f"<li class='splide__slide{' is-active is-visible' if i == 0 else ''}'><div class='woocommerce-product-gallery__image'><a href='{up}/{f}.jpg'><img width='800' height='800' src='{up}/{f}-800x800.jpg' alt='' data-large_image='{up}/{f}.jpg'></a></div></li>"
            for i, f in enumerate(files)
        )
        + "</ul></div></div><div class='kadence-product-gallery-thumbnails splide'><ul class='splide__list'>"
        + "".join(
            f"<li class='splide__slide{' is-active' if i == 0 else ''}'><img width='150' height='150' src='{up}/{f}-150x150.jpg' alt=''></li>"
            for i, f in enumerate(files)
        )
        + "</ul></div><div class='summary entry-summary'>"
        f"<h1 class='product_title entry-title'>{name}</h1><p class='price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>$</span>59.99</bdi></span></p>"
        "<form class='cart'><button type='submit' class='single_add_to_cart_button button alt'>Add to cart</button></form></div></div>"
    )
    case(
        "kadence-splide-sticky-atc",
        f"{base}/product/elevated-cooling-dog-bed-large/",
        page(base, "Oak Hill Pet Co.", f"{name} - Oak Hill Pet Co.", body),
        f"{up}/{files[0]}.jpg",
    )


def _measure_pages2() -> None:
    """Kind 3 with the measure written apart in the title ("8' x 10'", "5 x 7 in.")."""
    base = "https://www.mesaweaverugs.com"
    cdn = "https://www.mesaweaverugs.com/cdn/shop/products"
    name = "Hand-Woven Jute Area Rug, 8' x 10'"
    files = (
        "jute-area-rug-natural-8x10",
        "jute-area-rug-natural-texture",
        "jute-area-rug-natural-living-room",
    )
    body = (
        "<div class='product-page'><div class='product-page__gallery'>"
        + "".join(
            f"<div class='product-page__slide'><img src='{cdn}/{f}.jpg?v=6' alt='' {'' if i == 0 else 'loading=lazy'}></div>"
            for i, f in enumerate(files)
        )
        + f"</div><div class='product-page__info'><h1>{name}</h1><span class='price'>$399.00</span><button class='btn'>Add to cart</button></div></div>"
    )
    case(
        "rug-measure-apart-in-title",
        f"{base}/products/hand-woven-jute-area-rug-8x10",
        page(base, "Mesa Weave Rugs", f"{name} &ndash; Mesa Weave Rugs", body),
        f"{cdn}/{files[0]}.jpg?v=6",
    )
    base = "https://www.goldleafframes.com"
    up = f"{base}/wp-content/uploads/2025/04"
    name = "Solid Walnut Picture Frame, 5 x 7 in."
    gal = "".join(
        f"<div data-thumb='{up}/{f}-100x100.jpg' class='woocommerce-product-gallery__image'><a href='{up}/{f}.jpg'><img src='{up}/{f}.jpg' alt=''></a></div>"
        for f in ("walnut-frame-5x7", "walnut-frame-5x7-back", "walnut-frame-on-shelf")
    )
    body = (
        f"<div class='product type-product'><div class='woocommerce-product-gallery images'><div class='woocommerce-product-gallery__wrapper'>{gal}</div></div>"
        f"<div class='summary entry-summary'><h1 class='product_title entry-title'>{name}</h1><p class='price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>$</span>34.00</bdi></span></p>"
        "<form class='cart'><button type='submit' class='single_add_to_cart_button button alt'>Add to cart</button></form></div></div>"
    )
    case(
        "frame-measure-apart-in-title",
        f"{base}/product/solid-walnut-picture-frame-5x7/",
        page(base, "Gold Leaf Frames", f"{name} - Gold Leaf Frames", body),
        f"{up}/walnut-frame-5x7.jpg",
    )


def _deep_slide_pages() -> None:
    """The shown slide's state above a `<picture>` with AVIF and WebP sources (kind 7: libxml2 nests
    the `<img>` inside the sources, two levels more), the URL's variant the third slide; and the
    state five real levels up (left)."""
    base = "https://www.evergladesoutfitters.com"
    cdn = "https://www.evergladesoutfitters.com/cdn/shop/files"
    name = "Performance Hooded Sun Shirt UPF 50+"
    photos = [
        ("sun-shirt-hooded-white.jpg", "White"),
        ("sun-shirt-hooded-white-back.jpg", "White"),
        ("sun-shirt-hooded-seafoam.jpg", "Seafoam"),
        ("sun-shirt-hooded-seafoam-back.jpg", "Seafoam"),
    ]

    def shop(active: int, head: str, deep: bool = False) -> str:
        def pic(f: str, v: str, i: int) -> str:
            return (
                f"<a class='product-gallery__zoom' href='{cdn}/{f}?v=2&width=2400'><picture>"
                f"<source type='image/avif' srcset='{cdn}/{f}?v=2&width=800&format=avif 800w, {cdn}/{f}?v=2&width=1600&format=avif 1600w'>"
                f"<source type='image/webp' srcset='{cdn}/{f}?v=2&width=800&format=webp 800w, {cdn}/{f}?v=2&width=1600&format=webp 1600w'>"
                f"<img src='{cdn}/{f}?v=2&width=1600' alt='{name} - {v}' width='1600' height='2000' loading='{'eager' if i == 0 else 'lazy'}'></picture></a>"
            )

        slides = "".join(
            f"<div class='swiper-slide{' swiper-slide-active' if i == active else ''}' data-swiper-slide-index='{i}'>"
            + (
                f"<div class='product-gallery__item'><div class='product-gallery__media'>{pic(f, v, i)}</div></div>"
                if deep
                else pic(f, v, i)
            )
            + "</div>"
            for i, (f, v) in enumerate(photos)
        )
        body = (
            f"<div class='product'><div class='product-gallery swiper'><div class='swiper-wrapper'>{slides}</div></div>"
            f"<div class='product__info'><h1 class='product__title'>{name}</h1><p class='product__price'>$54.00</p><button class='product__add'>Add to cart</button></div></div>"
        )
        return page(base, "Everglades Outfitters", f"{name} | Everglades Outfitters", body, head=head)

    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": name,
            "image": f"{cdn}/sun-shirt-hooded-white.jpg?v=2",
            "offers": {
                "@type": "Offer",
                "price": "54.00",
                "priceCurrency": "USD",
                "url": f"{base}/products/performance-hooded-sun-shirt?variant=48000000001",
            },
        }
    )
    url = f"{base}/products/performance-hooded-sun-shirt?variant=48000000002"
    want = f"{cdn}/sun-shirt-hooded-seafoam.jpg?v=2&width=1600"
    case("picture-sources-swiper-active-url-variant-jsonld-featured", url, shop(2, head), want)
    case("picture-sources-swiper-active-url-variant-no-structured", url, shop(2, ""), want)
    keep(
        "picture-sources-swiper-active-first",
        f"{base}/products/performance-hooded-sun-shirt",
        shop(0, head),
        f"{cdn}/sun-shirt-hooded-white.jpg?v=2&width=1600",
    )
    case("deep-swiper-active-five-levels-url-variant", url, shop(2, "", deep=True), want)
    XFAIL["deep-swiper-active-five-levels-url-variant"] = (
        "the shown slide's mark five real levels above the picture (slide > item > media > zoom link > picture): "
        "photos._shown_slide_bonus looks 4 up; 5 reads it here but gives a BigCommerce related carousel's "
        "'slick-current' card (tests/crawler/test_image_review2.py bigcommerce-cornerstone-*) the bonus, its link "
        "'/cast-iron-skillet-10-in/' read as this page by photos._this_page's slug rule (digits dropped); left"
    )


for _add in (
    _batch1,
    _batch2,
    _batch3,
    _clone_pages,
    _batch4,
    _video_pages,
    _batch5,
    _batch6,
    _batch7,
    _measure_pages,
    _starting_slide_pages,
    _batch8,
    _selected_attribute_pages,
    _selected_attribute_keep,
    _bem_state_pages,
    _bem_state_keep,
    _batch9,
    _bem_state_keep2,
    _batch10,
    _batch11,
    _batch12,
    _measure_pages2,
    _deep_slide_pages,
):
    _add()


@pytest.mark.parametrize("c", case_params(CASES, XFAIL))
def test_main_image(c: Case) -> None:
    wrong = mistake(c)
    assert not wrong, wrong


@pytest.mark.parametrize("c", case_params(NOT_FIRE))
def test_main_image_must_not_fire(c: Case) -> None:
    wrong = mistake(c)
    assert not wrong, wrong
