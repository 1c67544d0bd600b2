"""Regression hunt for the main image on US shop product pages (issue 14, after commit a237135).

Last session's main-image rules (BEM-named galleries, the slide marked shown, lazy slides beside
eager ones, `<picture>` sources behind a tiny fallback, small pictures linking the photo's file,
title words in file names, JSON galleries in named scripts, pictures linking other pages, video
stills, the URL's ProductGroup variant) cost one held-out US shop page its right main image. These
pages are written from how US shops render product pages (Shopify Dawn, Impulse, Prestige, Turbo,
Debut; BigCommerce Cornerstone; WooCommerce Storefront and Flatsome; Magento 2 Luma with Fotorama;
Salesforce Commerce Cloud SFRA; Squarespace; Wix; custom Next.js shops), with and without JSON-LD
and og:image. Most of them have an ordinary answer, the gallery's first photo, next to what those
rules react to: a reviews / "shop the look" / "complete the look" / recently viewed carousel with a
slide marked active, lazy gallery slides beside an eager promo picture, `<picture>` elements in
menus and banners, video and 3D-model slides, swatches, size charts and related cards whose file
names share the title's words, links around pictures to other pages, ProductGroup JSON-LD with
variant URLs. The image is compared as benchmarks.bench_extraction compares it (`image_match`: size
variants of one file name are equal); only the main image is checked.

Rounds (first look against the image code of a237135, the rest of the tree as it was):

- Round 1 (43 cases, written before reading the image heuristics): 10 failed.
  Image kinds, 5 cases: (a) the slide a carousel of other things marks shown, not the first, took the
  "chosen variant" bonus (+2.5) and beat an alt-less Dawn photo: a "shop the look" swiper's
  `swiper-slide-active` lookbook picture, a Next.js "pairs well with" embla slider's `is-selected`
  card (2 pages); (b) Squarespace's alt texts are the uploaded files' names ("IMG_0892.JPG"), so the
  third slide "throw-detail.jpg" read as the title's word "throw" and beat the first; (c) Dawn's 3D
  model slide first (`media-type-model`, `deferred-media__poster`): its poster read as the photo (as a
  video's poster is not, tests/crawler/test_image_review.py model-viewer-poster-first).
  Not image kinds, 5 cases: 3 pages give no listing at all (`XFAIL`: the price heuristics take a
  related card's price, or Turbo's two "one-half column" halves as repeated cards, so `price_in_card`;
  the photo leads there); one label of mine (a Next.js page's photo as `/_next/image?url=...` is the
  photo: the three Next.js cases accept that URL too); one page of mine unlike the real widget (a
  Judge.me carousel of customers' photos named "product-image": the real featured carousel shows
  each reviewed product's picture in a link to its page; rewritten, it passes).
  One more written after reading the heuristics failed: (d) that Judge.me carousel with other
  products only: "jdgm-carousel-item__product-image" kept its product-image name bonus (+4) on
  pictures linking to other products' pages outside a block named as noise (6.83 against the photo's
  6.5).
- Round 2 (9 cases, after reading the heuristics; run against a237135): 4 failed. Kind (a) again with
  kind (d): a "complete the look" swiper of other products, with and without JSON-LD (with it, the
  card scoring 5+ displaced the structured picture: extract.MAIN_IMAGE_SCORE); (a) in a Yotpo
  reviews widget (a noise name) with customers' photos; and a recently viewed strip without links
  (left failing, `XFAIL`).
- Round 3 (6 cases aimed at last session's rules, after the fixes): 1 failed against a237135, the
  Squarespace kind (b); none after the fixes.

- Round 4 (after the commit of rounds 1-3, c7e3999; must-not-fire pages of its kind (d)): the
  product's own photo linking to its own page under another path lost to a lifestyle picture below:
  Shopify's "/products/<handle>" from a collection's path ("/collections/lighting/products/..."),
  Magento's "/<product>.html" from a category's path, the canonical URL, and a link spelling the title
  on a page whose own URL is unknown (bench_extraction's stand-in "https://<shop>.example/" when a
  page has no canonical link or og:url). a237135 read them (only its -1.5 for "another page" hit
  them); c7e3999's kinds (a) and (d) took the shown-slide and name bonuses off too: 6 pages failed
  there, my regression. Fixed by reading such links as this page (photos._this_page: the same
  path, the canonical / og:url path, the same last segment as the page's, or a slug of 2+ words all
  in the title and 60% of its words); that also lifts a237135's -1.5 off them.

So 16 of 59 cases failed at first look against a237135 (10 + 1 + 4 + 1): 11 of them image failures,
10 fixed, of 4 kinds, in crawler/heuristics/photos.py: (a) a shown slide in a card, a noise block or
linking to another page (not this one, round 4) gets no shown-slide bonus; (b) an alt or title text that is a file name
gives no words, and a file name's words count only outside a gallery; (c) 3D-model and deferred-media
slides are video-like slides; (d) a picture linking to another page than this one gets no
product-image name bonus (before: only inside a noise block). Left: the script-opened recently
viewed strip (`XFAIL`) and the 3 pages the price heuristics drop. Must-not-fire (`NOT_FIRE`, 17
pages, each passing against a237135 and now): real alt texts on Squarespace, a file name outside a
gallery, the URL variant's shown slide linking to this page or to its picture file, a named photo
linking to this page's zoom view, a lone 3D poster, a gallery named "has-3d-model", Elementor's
widget around a WooCommerce gallery, a recently viewed strip of linked cards, round 4's 6 own-page
links (failing at c7e3999) and 2 pages keeping other products' links elsewhere (a card on a
collection path, a slug of part of the title's words on a stand-in URL). Dev dump (342 runs,
photos.py of a237135 against the changed one over one snapshot of the tree): 0 differ.
bench_extraction --split train unchanged (1.0 / 1.0 / 0.917).
"""

from __future__ import annotations

import json
import re
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
    images: tuple[str, ...]  # acceptable main-image URLs (absolute)


CASES: list[Case] = []


def case(id: str, url: str, html: str, *images: str) -> None:
    CASES.append(Case(id, url, html, images))


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def og(props: dict[str, str]) -> str:
    return "".join(f'<meta property="{k}" content="{v}">' for k, v in props.items())


def mistake(c: Case) -> str:
    """'' when extraction's main image of case `c` is one of its images, else what it read."""
    got = extract_product(c.html, c.url) or {}
    image = (got.get("image_urls") or [None])[0]
    return "" if image_match(image, set(c.images), c.url) else f"image {image!r} != {c.images[0]!r}"


# ---- Shopify ---------------------------------------------------------------------------------------

SH = "https://www.harborandpine.com"
SHF = f"{SH}/cdn/shop/files"

SH_HEADER = (
    "<div class='announcement-bar'><p>Free US shipping on orders $75+</p></div>"
    "<header class='header header--middle-left'><a href='/' class='header__heading-link'>"
    f"<img srcset='{SHF}/HP_logo.png?v=1681&width=180 1x, {SHF}/HP_logo.png?v=1681&width=360 2x' "
    f"src='{SHF}/HP_logo.png?v=1681&width=180' alt='Harbor &amp; Pine' width='180' height='48' class='header__heading-logo'></a>"
    "<nav class='header__inline-menu'><ul class='list-menu list-menu--inline'>"
    "<li><header-menu><details id='Details-HeaderMenu-1' class='mega-menu'><summary>Shop</summary>"
    "<div class='mega-menu__content'><ul class='mega-menu__list'><li><a href='/collections/bags' class='mega-menu__link'>Bags</a></li>"
    "<li><a href='/collections/home' class='mega-menu__link'>Home</a></li></ul>"
    "<div class='mega-menu__promo'><a href='/collections/summer-sale'><picture>"
    f"<source media='(min-width: 990px)' srcset='{SHF}/Summer_Sale_Menu_Tile.jpg?v=1700&width=600'>"
    f"<img src='{SHF}/Summer_Sale_Menu_Tile.jpg?v=1700&width=20' alt='Summer Sale - up to 40% off' width='20' height='20'>"
    "</picture><span>Summer Sale</span></a></div></div></details></header-menu></li>"
    "<li><a href='/pages/our-story' class='header__menu-item'>Our Story</a></li></ul></nav>"
    "<a href='/cart' class='header__icon header__icon--cart' id='cart-icon-bubble'>Cart</a></header>"
)
SH_FOOTER = (
    "<footer class='footer'><div class='footer__content-top'><h2>Join the list</h2><form action='/contact#contact_form'>"
    "<input type='email' name='contact[email]'></form></div><ul class='list list-payment'>"
    "<li><svg class='icon icon--full-color' viewBox='0 0 38 24'><title>Visa</title></svg></li></ul>"
    "<small>&copy; 2026, Harbor &amp; Pine Powered by Shopify</small></footer>"
)


def shop_page(body: str, title: str, head: str = "", header: str = SH_HEADER) -> str:
    return (
        f"<!doctype html><html class='no-js' lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title>{head}</head><body class='gradient'>"
        f"<a class='skip-to-content-link button visually-hidden' href='#MainContent'>Skip to content</a>"
        f"{header}<main id='MainContent' class='content-for-layout focus-none' role='main'>{body}</main>"
        f"{SH_FOOTER}</body></html>"
    )


def srcset(
    url: str, widths: tuple[int, ...] = (246, 493, 600, 713, 823, 990, 1100, 1206, 1346, 1426, 1646, 1946)
) -> str:
    return ", ".join(f"{url}&width={w} {w}w" for w in widths)


def dawn_slide(
    media_id: int, file: str, alt: str = "", lazy: bool = True, active: bool = False, video: str = ""
) -> str:
    """A Dawn 'product__media-item' slide of `file` (under cdn/shop/files, `?v=` added)."""
    url = f"//www.harborandpine.com/cdn/shop/files/{file}?v=1712345678"
    state = " is-active" if active else ""
    if video:
        return (
            f"<li id='Slide-template--1__main-{media_id}' class='product__media-item grid__item slider__slide{state}' "
            f"data-media-id='template--1__main-{media_id}'><div class='product-media-container media-type-video media-fit-contain "
            "global-media-settings gradient constrain-height'><deferred-media class='deferred-media media gradient global-media-settings' "
            f"data-media-id='{media_id}'><button id='Deferred-Poster-Modal-{media_id}' class='deferred-media__poster' type='button'>"
            "<span class='deferred-media__poster-button motion-reduce'><svg class='icon icon-play'></svg></span>"
            f"<img src='{url}&width=1946' alt='{alt}' srcset='{srcset(url)}' width='1946' height='1094' loading='lazy' "
            "sizes='(min-width: 1200px) 605px, calc(100vw - 4rem)'></button>"
            f"<template><video playsinline controls><source src='{video}' type='video/mp4'></video></template></deferred-media></div></li>"
        )
    loading = " loading='lazy'" if lazy else " fetchpriority='high'"
    return (
        f"<li id='Slide-template--1__main-{media_id}' class='product__media-item grid__item slider__slide{state}' "
        f"data-media-id='template--1__main-{media_id}'><div class='product-media-container media-type-image media-fit-contain "
        "global-media-settings gradient constrain-height' style='--ratio: 1.0; --preview-ratio: 1.0;'>"
        "<modal-opener class='product__modal-opener product__modal-opener--image no-js-hidden' data-modal='#ProductModal-template--1__main'>"
        "<span class='product__media-icon motion-reduce quick-add-hidden product__media-icon--lightbox' aria-hidden='true'><svg class='icon icon-plus'></svg></span>"
        "<div class='product__media media media--transparent'>"
        f"<img src='{url}&width=1946' alt='{alt}' srcset='{srcset(url)}' width='1946' height='1946'{loading} "
        "class='image-magnify-lightbox' sizes='(min-width: 1200px) 715px, (min-width: 990px) calc(65.0vw - 10rem), (min-width: 750px) calc((100vw - 11.5rem) / 2), calc(100vw / 1 - 4rem)'>"
        f"</div><button class='product__media-toggle quick-add-hidden product__media-zoom-lightbox' type='button' aria-haspopup='dialog' data-media-id='{media_id}'>"
        f"<span class='visually-hidden'>Open media {media_id % 10} in modal</span></button></modal-opener></div></li>"
    )


def dawn_thumbs(files: list[str]) -> str:
    items = "".join(
        f"<li id='Slide-Thumbnails-template--1__main-{i}' class='thumbnail-list__item slider__slide' data-target='template--1__main-{i}'>"
        f"<button class='thumbnail global-media-settings global-media-settings--no-shadow' aria-label='Load image {i + 1} in gallery view'"
        + (" aria-current='true'" if i == 0 else "")
        + f"><img class='thumbnail-image' src='//www.harborandpine.com/cdn/shop/files/{f}?v=1712345678&width=416' "
        f"srcset='//www.harborandpine.com/cdn/shop/files/{f}?v=1712345678&width=54 54w, //www.harborandpine.com/cdn/shop/files/{f}?v=1712345678&width=74 74w' "
        "alt='' height='208' width='208' loading='lazy'></button></li>"
        for i, f in enumerate(files)
    )
    return (
        "<slider-component id='GalleryThumbnails-template--1__main' class='thumbnail-slider slider-mobile-gutter thumbnail-slider--no-slide small-hide'>"
        f"<ul id='Slider-Thumbnails-template--1__main' class='thumbnail-list list-unstyled slider slider--mobile'>{items}</ul></slider-component>"
    )


def dawn_info(name: str, price: str, extra: str = "") -> str:
    return (
        "<div class='product__info-wrapper grid__item'><section id='ProductInfo-template--1__main' class='product__info-container'>"
        "<p class='product__text inline-richtext caption-with-letter-spacing'>Harbor &amp; Pine</p>"
        f"<div class='product__title'><h1>{name}</h1></div>"
        "<div class='no-js-hidden' id='price-template--1__main' role='status'><div class='price price--large price--show-badge'>"
        f"<div class='price__container'><div class='price__regular'><span class='visually-hidden visually-hidden--inline'>Regular price</span>"
        f"<span class='price-item price-item--regular'>{price} USD</span></div></div></div></div>{extra}"
        "<product-form class='product-form'><form method='post' action='/cart/add' id='product-form-template--1__main' class='form'>"
        "<input type='hidden' name='id' value='44012345678901'><div class='product-form__buttons'>"
        "<button id='ProductSubmitButton-template--1__main' type='submit' name='add' class='product-form__submit button button--full-width button--secondary'>"
        "<span>Add to cart</span></button></div></form></product-form>"
        "<div class='product__description rte quick-add-hidden'><p>Cut and sewn in Portland, Maine.</p></div>"
        "</section></div>"
    )


def dawn(slides: str, name: str, price: str, thumbs: str = "", extra: str = "", after: str = "") -> str:
    return (
        "<section id='shopify-section-template--1__main' class='shopify-section section'>"
        "<section id='MainProduct-template--1__main' class='page-width section-template--1__main-padding' data-section='template--1__main'>"
        "<div class='product product--large product--left product--thumbnail_slider product--mobile-hide grid grid--1-col grid--2-col-tablet'>"
        "<div class='grid__item product__media-wrapper'>"
        "<media-gallery id='MediaGallery-template--1__main' role='region' class='product__column-sticky' aria-label='Gallery Viewer' data-desktop-layout='thumbnail_slider'>"
        "<div id='GalleryStatus-template--1__main' class='visually-hidden' role='status'></div>"
        "<slider-component id='GalleryViewer-template--1__main' class='slider-mobile-gutter'>"
        "<a class='skip-to-content-link button visually-hidden quick-add-hidden' href='#ProductInfo-template--1__main'>Skip to product information</a>"
        f"<ul id='Slider-Gallery-template--1__main' class='product__media-list contains-media grid grid--peek list-unstyled slider slider--mobile' role='list'>{slides}</ul>"
        "<div class='slider-buttons no-js-hidden quick-add-hidden small-hide'><button type='button' class='slider-button slider-button--prev' name='previous'></button>"
        "<div class='slider-counter caption'><span class='slider-counter--current'>1</span> / <span class='slider-counter--total'>4</span></div>"
        "<button type='button' class='slider-button slider-button--next' name='next'></button></div></slider-component>"
        f"{thumbs}</media-gallery></div>{dawn_info(name, price, extra)}</div></section></section>{after}"
    )


def shopify_ld_product(name: str, image: str, url: str, price: str = "68.00") -> str:
    """Dawn's own JSON-LD (main-product.liquid before `structured_data`): one image at 1920."""
    return ld(
        {
            "@context": "http://schema.org/",
            "@type": "Product",
            "name": name,
            "url": url,
            "image": [image + "&width=1920"],
            "description": "Cut and sewn in Portland, Maine.",
            "sku": "HP-1021",
            "brand": {"@type": "Brand", "name": "Harbor & Pine"},
            "offers": [
                {
                    "@type": "Offer",
                    "sku": "HP-1021",
                    "availability": "http://schema.org/InStock",
                    "price": price,
                    "priceCurrency": "USD",
                    "url": url + "?variant=44012345678901",
                }
            ],
        }
    )


def sh_og(name: str, image: str) -> str:
    return og(
        {
            "og:site_name": "Harbor &amp; Pine",
            "og:url": f"{SH}/products/x",
            "og:title": name,
            "og:type": "product",
            "og:image": image.replace("https:", "http:"),
            "og:image:secure_url": image,
            "og:image:width": "2048",
            "og:image:height": "2048",
            "og:price:amount": "68.00",
            "og:price:currency": "USD",
        }
    )


def rec_cards(cards: list[tuple[str, str, str]], cls: str = "product-recommendations") -> str:
    """Dawn's 'You may also like' cards: (handle, name, file)."""
    items = "".join(
        "<li class='grid__item'><div class='card-wrapper product-card-wrapper underline-links-hover'>"
        "<div class='card card--standard card--media'><div class='card__inner ratio' style='--ratio-percent: 100%;'>"
        "<div class='card__media'><div class='media media--transparent media--hover-effect'>"
        f"<img srcset='{srcset('//www.harborandpine.com/cdn/shop/files/' + f + '?v=1701', (165, 360, 533, 720))}' "
        f"src='//www.harborandpine.com/cdn/shop/files/{f}?v=1701&width=533' sizes='(min-width: 1200px) 267px, calc(100vw - 3rem) / 2)' "
        f"alt='{n}' class='motion-reduce' loading='lazy' width='2048' height='2048'></div></div></div>"
        f"<div class='card__content'><h3 class='card__heading h5'><a href='/products/{h}' class='full-unstyled-link'>{n}</a></h3>"
        "<div class='price'><span class='price-item price-item--regular'>$48.00 USD</span></div></div></div></div></li>"
        for h, n, f in cards
    )
    return (
        f"<div class='shopify-section'><{cls} class='{cls} page-width section-template--3__related-padding isolate' data-url='/recommendations/products?limit=4'>"
        "<h2 class='product-recommendations__heading h2'>You may also like</h2>"
        f"<ul class='grid product-grid grid--4-col-desktop grid--2-col-tablet-down' role='list'>{items}</ul></{cls}></div>"
    )


TOTE = "Waxed Canvas Field Tote"
TOTE_URL = f"{SH}/products/waxed-canvas-field-tote"
TOTE_FILES = ["IMG_4821.jpg", "IMG_4833.jpg", "IMG_4840.jpg", "IMG_4852.jpg"]
TOTE_MAIN = f"{SHF}/IMG_4821.jpg?v=1712345678&width=1946"


def tote_slides(first_lazy: bool = False, alt: str = "") -> str:
    return "".join(
        dawn_slide(31000 + i, f, alt, lazy=(i > 0 or first_lazy), active=(i == 0))
        for i, f in enumerate(TOTE_FILES)
    )


# 1. The plainest Dawn page: alt="" everywhere, camera file names, related cards named with the title.
case(
    "dawn-camera-names-related-share-words",
    TOTE_URL,
    shop_page(
        dawn(tote_slides(), TOTE, "$68.00", dawn_thumbs(TOTE_FILES))
        + rec_cards(
            [
                (
                    "waxed-canvas-field-tote-olive",
                    "Waxed Canvas Field Tote - Olive",
                    "waxed-canvas-field-tote-olive.jpg",
                ),
                ("waxed-canvas-dopp-kit", "Waxed Canvas Dopp Kit", "waxed-canvas-dopp-kit-1.jpg"),
                ("field-tote-strap", "Field Tote Leather Strap", "field-tote-strap.jpg"),
            ]
        ),
        f"{TOTE} &ndash; Harbor &amp; Pine",
    ),
    TOTE_MAIN,
)

# 2. The same with og:image and Dawn's JSON-LD: all agree.
case(
    "dawn-og-and-ld-agree",
    TOTE_URL,
    shop_page(
        dawn(tote_slides(), TOTE, "$68.00", dawn_thumbs(TOTE_FILES)),
        f"{TOTE} &ndash; Harbor &amp; Pine",
        sh_og(TOTE, f"{SHF}/IMG_4821.jpg?v=1712345678")
        + shopify_ld_product(TOTE, f"{SHF}/IMG_4821.jpg?v=1712345678", TOTE_URL),
    ),
    TOTE_MAIN,
)

# 3. Every slide lazy (a theme setting), the mega menu's promo picture eager.
case(
    "dawn-all-slides-lazy-menu-picture-eager",
    TOTE_URL,
    shop_page(dawn(tote_slides(first_lazy=True), TOTE, "$68.00"), f"{TOTE} &ndash; Harbor &amp; Pine"),
    TOTE_MAIN,
)

# 4. Swatch pictures named with the title's words, alt-less photos.
SWATCHES = (
    "<fieldset class='js product-form__input product-form__input--swatch'><legend class='form__label'>Color: <span>Natural</span></legend>"
    + "".join(
        f"<input type='radio' id='Color-{c}' name='Color' value='{c}'{' checked' if c == 'Natural' else ''}>"
        f"<label for='Color-{c}'><img src='//www.harborandpine.com/cdn/shop/files/waxed-canvas-field-tote-{c.lower()}-swatch.png?v=1&width=40' "
        f"alt='' width='40' height='40' class='swatch'><span class='visually-hidden'>{c}</span></label>"
        for c in ("Natural", "Olive", "Navy")
    )
    + "</fieldset>"
)
case(
    "dawn-swatches-named-with-title",
    TOTE_URL,
    shop_page(dawn(tote_slides(), TOTE, "$68.00", extra=SWATCHES), f"{TOTE} &ndash; Harbor &amp; Pine"),
    TOTE_MAIN,
)

# 5. A size chart picture (title words in its name) linked to its own large file, in the buy box.
SIZE_CHART = (
    "<div class='product__popup'><a href='//www.harborandpine.com/cdn/shop/files/field-tote-size-chart.jpg?v=1700' "
    "class='product-popup-modal__button link' target='_blank'>"
    "<img src='//www.harborandpine.com/cdn/shop/files/field-tote-size-chart.jpg?v=1700&width=120' width='120' height='80' alt=''>"
    "Size guide</a></div>"
)
case(
    "dawn-size-chart-link-to-own-file",
    TOTE_URL,
    shop_page(dawn(tote_slides(), TOTE, "$68.00", extra=SIZE_CHART), f"{TOTE} &ndash; Harbor &amp; Pine"),
    TOTE_MAIN,
)

# 6. A video as the second slide; the poster on the shop's own host, named like the product.
case(
    "dawn-video-second-slide",
    TOTE_URL,
    shop_page(
        dawn(
            dawn_slide(31000, "IMG_4821.jpg", "", lazy=False, active=True)
            + dawn_slide(
                31001,
                "waxed-canvas-field-tote-preview.jpg",
                "",
                video=f"{SH}/cdn/shop/videos/c/vp/abc/abc.HD-1080p-7.2Mbps.mp4",
            )
            + dawn_slide(31002, "IMG_4833.jpg"),
            TOTE,
            "$68.00",
        ),
        f"{TOTE} &ndash; Harbor &amp; Pine",
    ),
    TOTE_MAIN,
)

# 7. A reviews carousel (Judge.me's featured carousel) rendered with its third card active: each card
# the reviewed product's featured picture (alt = its title) in a link to that product's page.
REVIEWED = [
    ("waxed-canvas-field-tote", TOTE, "IMG_4821.jpg"),
    ("waxed-canvas-dopp-kit", "Waxed Canvas Dopp Kit", "waxed-canvas-dopp-kit-1.jpg"),
    ("waxed-canvas-weekender", "Waxed Canvas Weekender", "IMG_5120.jpg"),
    ("field-tote-strap", "Field Tote Leather Strap", "field-tote-strap.jpg"),
]
REVIEWS = (
    "<div class='shopify-section'><div class='jdgm-carousel-wrapper'><h2 class='jdgm-carousel-title'>Let customers speak for us</h2>"
    "<div class='jdgm-carousel-number-of-reviews'>from 1,284 reviews</div><div class='jdgm-carousel jdgm-carousel--aligned-theme'>"
    "<div class='jdgm-carousel__item-container'>"
    + "".join(
        f"<div class='jdgm-carousel-item{' jdgm-carousel-item--active is-active' if i == 2 else ''}' data-index='{i}'>"
        "<div class='jdgm-carousel-item__review'><div class='jdgm-carousel-item__review-rating'><span class='jdgm-star jdgm--on'></span></div>"
        "<div class='jdgm-carousel-item__review-title'>Love it</div><div class='jdgm-carousel-item__review-body'><p>Carry it everywhere.</p></div></div>"
        f"<div class='jdgm-carousel-item__reviewer-name-wrapper'><span class='jdgm-carousel-item__reviewer-name'>Sam K.</span></div>"
        f"<a class='jdgm-carousel-item__product' href='/products/{h}'>"
        f"<img class='jdgm-carousel-item__product-image' src='https://www.harborandpine.com/cdn/shop/files/{f}?v=1712345678&width=200' alt='{n}'>"
        f"<span class='jdgm-carousel-item__product-title'>{n}</span></a></div>"
        for i, (h, n, f) in enumerate(REVIEWED)
    )
    + "</div></div></div></div>"
)
case(
    "dawn-reviews-carousel-other-products",
    TOTE_URL,
    shop_page(
        dawn(tote_slides(), TOTE, "$68.00")
        + REVIEWS.replace("href='/products/waxed-canvas-field-tote'", "href='/products/canvas-market-bag'")
        .replace(f"alt='{TOTE}'", "alt='Canvas Market Bag'")
        .replace(f">{TOTE}<", ">Canvas Market Bag<")
        .replace("IMG_4821.jpg?v=1712345678&width=200", "IMG_3310.jpg?v=1712345678&width=200"),
        f"{TOTE} &ndash; Harbor &amp; Pine",
    ),
    TOTE_MAIN,
)
case(
    "dawn-reviews-carousel-active-card",
    TOTE_URL,
    shop_page(dawn(tote_slides(), TOTE, "$68.00") + REVIEWS, f"{TOTE} &ndash; Harbor &amp; Pine"),
    TOTE_MAIN,
)

# 8. A 'shop the look' swiper after the gallery, its second slide active, lifestyle picture linking the look.
LOOK = (
    "<div class='shopify-section'><section class='shop-the-look'><h2>Shop the look</h2><div class='swiper shop-the-look__slider'><div class='swiper-wrapper'>"
    + "".join(
        f"<div class='swiper-slide{' swiper-slide-active' if i == 1 else (' swiper-slide-next' if i == 2 else '')}'>"
        f"<a href='/pages/lookbook-{i}'><picture><source srcset='{SHF}/Lookbook_{i}_Field_Tote.jpg?v=1&width=1200' type='image/webp'>"
        f"<img src='{SHF}/Lookbook_{i}_Field_Tote.jpg?v=1&width=24' alt='{TOTE} on the dock' width='24' height='30'></picture></a></div>"
        for i in range(3)
    )
    + "</div></div></section></div>"
)
case(
    "dawn-shop-the-look-swiper-active",
    TOTE_URL,
    shop_page(dawn(tote_slides(), TOTE, "$68.00") + LOOK, f"{TOTE} &ndash; Harbor &amp; Pine"),
    TOTE_MAIN,
)

# 9. Recently viewed strip (server-rendered by an app) with an active card, file names share words.
RECENT = (
    "<div class='recently-viewed'><h2>Recently viewed</h2><div class='recently-viewed__slider slick-slider'><div class='slick-track'>"
    "<div class='slick-slide slick-cloned'><a href='/products/waxed-canvas-weekender'><img src='//www.harborandpine.com/cdn/shop/files/waxed-canvas-weekender.jpg?v=1&width=300' alt=''></a></div>"
    "<div class='slick-slide slick-current slick-active'><a href='/products/canvas-field-tote-mini'><img src='//www.harborandpine.com/cdn/shop/files/canvas-field-tote-mini.jpg?v=1&width=300' alt=''></a></div>"
    "<div class='slick-slide'><a href='/products/waxed-canvas-weekender'><img src='//www.harborandpine.com/cdn/shop/files/waxed-canvas-weekender.jpg?v=1&width=300' alt=''></a></div>"
    "</div></div></div>"
)
case(
    "dawn-recently-viewed-slick-current",
    TOTE_URL,
    shop_page(dawn(tote_slides(), TOTE, "$68.00") + RECENT, f"{TOTE} &ndash; Harbor &amp; Pine"),
    TOTE_MAIN,
)

# 10. Dawn ProductGroup JSON-LD (`structured_data`), URL without a variant.
KNIT = "Merino Fisherman Sweater"
KNIT_URL = f"{SH}/products/merino-fisherman-sweater"
KNIT_FILES = ["MFS_Oat_Front.jpg", "MFS_Oat_Back.jpg", "MFS_Charcoal_Front.jpg", "MFS_Navy_Front.jpg"]


def knit_group(variant_images: bool = True) -> str:
    variants = []
    for vid, color, size, file in [
        (45100000000011, "Oat", "S", "MFS_Oat_Front.jpg"),
        (45100000000012, "Oat", "M", "MFS_Oat_Front.jpg"),
        (45100000000021, "Charcoal", "S", "MFS_Charcoal_Front.jpg"),
        (45100000000031, "Navy", "S", "MFS_Navy_Front.jpg"),
    ]:
        v = {
            "@id": f"/products/merino-fisherman-sweater?variant={vid}#variant",
            "@type": "Product",
            "name": f"{KNIT} - {color} / {size}",
            "sku": f"MFS-{color[:3].upper()}-{size}",
            "color": color,
            "size": size,
            "offers": {
                "@id": f"/products/merino-fisherman-sweater?variant={vid}#offer",
                "@type": "Offer",
                "availability": "http://schema.org/InStock",
                "price": "148.00",
                "priceCurrency": "USD",
                "url": f"{KNIT_URL}?variant={vid}",
            },
        }
        if variant_images:
            v["image"] = f"{SHF}/{file}?v=1712345678&width=1920"
        variants.append(v)
    return ld(
        {
            "@context": "http://schema.org",
            "@id": "/products/merino-fisherman-sweater#product",
            "@type": "ProductGroup",
            "brand": {"@type": "Brand", "name": "Harbor & Pine"},
            "description": "Hand-finished merino.",
            "hasVariant": variants,
            "name": KNIT,
            "productGroupID": "8912345678901",
            "url": KNIT_URL,
            "variesBy": ["color", "size"],
        }
    )


def knit_slides(active: int = 0) -> str:
    return "".join(
        dawn_slide(32000 + i, f, "", lazy=(i != active), active=(i == active))
        for i, f in enumerate(KNIT_FILES)
    )


case(
    "dawn-productgroup-no-variant-in-url",
    KNIT_URL,
    shop_page(
        dawn(knit_slides(), KNIT, "$148.00"),
        f"{KNIT} &ndash; Harbor &amp; Pine",
        sh_og(KNIT, f"{SHF}/MFS_Oat_Front.jpg?v=1712345678") + knit_group(),
    ),
    f"{SHF}/MFS_Oat_Front.jpg?v=1712345678",
)

# 11. The URL names the first variant (Google Shopping landing) with tracking parameters.
case(
    "dawn-productgroup-first-variant-utm",
    f"{KNIT_URL}?variant=45100000000011&utm_source=google&utm_medium=cpc&gclid=Cj0KCQ",
    shop_page(
        dawn(knit_slides(), KNIT, "$148.00"),
        f"{KNIT} &ndash; Harbor &amp; Pine",
        sh_og(KNIT, f"{SHF}/MFS_Oat_Front.jpg?v=1712345678") + knit_group(),
    ),
    f"{SHF}/MFS_Oat_Front.jpg?v=1712345678",
)

# 12. The URL names a variant id that is a prefix of none listed (an old, deleted variant): the first photo.
case(
    "dawn-productgroup-unknown-variant-prefix",
    f"{KNIT_URL}?variant=4510000000002",
    shop_page(
        dawn(knit_slides(), KNIT, "$148.00"),
        f"{KNIT} &ndash; Harbor &amp; Pine",
        sh_og(KNIT, f"{SHF}/MFS_Oat_Front.jpg?v=1712345678") + knit_group(),
    ),
    f"{SHF}/MFS_Oat_Front.jpg?v=1712345678",
)

# 13. ProductGroup variants without images, URL names the Charcoal variant, gallery leads with Oat.
case(
    "dawn-productgroup-variant-without-image",
    f"{KNIT_URL}?variant=45100000000021",
    shop_page(
        dawn(knit_slides(), KNIT, "$148.00"),
        f"{KNIT} &ndash; Harbor &amp; Pine",
        sh_og(KNIT, f"{SHF}/MFS_Oat_Front.jpg?v=1712345678") + knit_group(variant_images=False),
    ),
    f"{SHF}/MFS_Oat_Front.jpg?v=1712345678",
)

# ---- Impulse (Archetype) ----------------------------------------------------------------------------

LAMP = "Brass Task Lamp"
LAMP_URL = f"{SH}/collections/lighting/products/brass-task-lamp"


def impulse_slide(i: int, file: str, alt: str) -> str:
    base = f"//www.harborandpine.com/cdn/shop/products/{file}"
    stem, ext = base.rsplit(".", 1)
    kind = "starting-slide" if i == 0 else "secondary-slide"
    return (
        f"<div class='product-main-slide {kind}' data-index='{i}'><div data-product-image-main class='product-image-main'>"
        "<div class='image-wrap' style='height: 0; padding-bottom: 100.0%;'>"
        f"<img class='photoswipe__image lazyload' data-photoswipe-src='{stem}_1800x1800.{ext}?v=1650000000' "
        f"data-photoswipe-width='2000' data-photoswipe-height='2000' data-index='{i + 1}' "
        f"data-src='{stem}_{{width}}x.{ext}?v=1650000000' data-widths='[360, 540, 720, 900, 1080, 1296, 1512, 1728, 2048]' "
        f"data-aspectratio='1.0' data-sizes='auto' alt='{alt}'>"
        "<button type='button' class='btn btn--body btn--circle js-photoswipe__zoom product__photo-zoom'>Zoom</button>"
        "</div></div></div>"
    )


def impulse_thumb(i: int, file: str, alt: str) -> str:
    base = f"//www.harborandpine.com/cdn/shop/products/{file}"
    stem, ext = base.rsplit(".", 1)
    return (
        f"<div class='product__thumb-item' data-index='{i}'><a href='{stem}_1800x1800.{ext}?v=1650000000' data-index='{i}' "
        f"data-product-thumb class='product__thumb js-no-transition' data-id='2984{i}'>"
        "<div class='image-wrap' style='height: 0; padding-bottom: 100.0%;'>"
        f"<img class='animation-delay-3 lazyload' data-src='{stem}_{{width}}x.{ext}?v=1650000000' data-widths='[120, 360, 540, 720]' "
        f"data-aspectratio='1.0' data-sizes='auto' alt='{alt}'></div></a></div>"
    )


def impulse(files: list[tuple[str, str]], name: str, price: str, after: str = "") -> str:
    return (
        "<div id='shopify-section-product-template' class='shopify-section'><div id='ProductSection-product-template' "
        "class='product-section' data-section-id='product-template' data-section-type='product'>"
        "<div class='page-content page-content--product'><div class='page-width'><div class='grid grid--product-images--partial'>"
        "<div class='grid__item medium-up--three-fifths product-single__sticky'>"
        "<div data-product-images data-zoom='true' data-has-slideshow='true'>"
        "<div class='product__photos product__photos-product-template product__photos--beside'>"
        "<div class='product__main-photos' data-aos data-product-single-media-group>"
        "<div data-product-photos class='product-slideshow' id='ProductPhotos-product-template'>"
        + "".join(impulse_slide(i, f, a) for i, (f, a) in enumerate(files))
        + "</div></div><div class='product__thumbs product__thumbs--beside product__thumbs-placement--left small--hide' data-position='beside'>"
        "<div class='product__thumbs--scroller'>"
        + "".join(impulse_thumb(i, f, a) for i, (f, a) in enumerate(files))
        + "</div></div></div></div></div>"
        "<div class='grid__item medium-up--two-fifths'><div class='product-single__meta'>"
        f"<div class='product-block product-block--header'><h1 class='h2 product-single__title'>{name}</h1></div>"
        f"<div class='product-block product-block--price'><span class='product__price'>{price}</span></div>"
        "<form method='post' action='/cart/add' class='product-single__form'><button type='submit' name='add' class='btn btn--full add-to-cart'>"
        "<span>Add to cart</span></button></form></div></div></div></div></div></div></div>" + after
    )


LAMP_FILES = [
    ("BTL-01_2a7c1e4f.jpg", LAMP),
    ("BTL-02_9d1b3c2e.jpg", LAMP),
    ("brass-task-lamp-on-desk.jpg", f"{LAMP} on a walnut desk"),
]
LAMP_MAIN = f"{SH}/cdn/shop/products/BTL-01_2a7c1e4f_1800x1800.jpg?v=1650000000"

case(
    "impulse-lazy-templates-thumbs-linking-files",
    LAMP_URL,
    shop_page(impulse(LAMP_FILES, LAMP, "$189.00"), f"{LAMP} | Harbor &amp; Pine"),
    LAMP_MAIN,
)

case(
    "impulse-og-and-promo-picture-eager",
    LAMP_URL,
    shop_page(
        impulse(LAMP_FILES, LAMP, "$189.00")
        + "<div class='index-section'><div class='promo-grid'><a href='/collections/lighting' class='promo-grid__container'>"
        f"<img src='{SH}/cdn/shop/files/lighting-promo-brass-lamp-collection.jpg?v=1' alt='The brass lighting collection' loading='eager'></a></div></div>",
        f"{LAMP} | Harbor &amp; Pine",
        sh_og(LAMP, f"{SH}/cdn/shop/products/BTL-01_2a7c1e4f.jpg?v=1650000000"),
    ),
    LAMP_MAIN,
)

# ---- Prestige ----------------------------------------------------------------------------------------

CHAIR = "Oak Spindle Dining Chair"
CHAIR_URL = f"{SH}/products/oak-spindle-dining-chair"


def prestige(files: list[str], name: str, selected: int = 0) -> str:
    slides = "".join(
        f"<div id='Image{28800 + i}' class='Product__SlideItem Product__SlideItem--image Carousel__Cell{' is-selected' if i == selected else ''}' "
        f"data-image-position-ignoring-video='{i}' data-image-position='{i}' data-image-id='{28800 + i}'>"
        "<div class='AspectRatio AspectRatio--withFallback' style='padding-bottom: 100.0%; --aspect-ratio: 1.0;'>"
        f"<img class='Image--lazyLoad Image--fadeIn' data-src='//www.harborandpine.com/cdn/shop/products/{f}_{{width}}x.jpg?v=1640000000' "
        f"data-widths='[200,400,600,700,800,900,1000,1200,1400,1600]' data-sizes='auto' data-expand='-100' alt='{name}' "
        f"data-max-width='2000' data-max-height='2000' data-original-src='//www.harborandpine.com/cdn/shop/products/{f}.jpg?v=1640000000'>"
        "<span class='Image__Loader'></span><noscript>"
        f"<img class='Image--lazyLoaded' src='//www.harborandpine.com/cdn/shop/products/{f}_800x.jpg?v=1640000000' alt='{name}'></noscript>"
        "</div></div>"
        for i, f in enumerate(files)
    )
    nav = "".join(
        f"<a href='//www.harborandpine.com/cdn/shop/products/{f}_1024x.jpg?v=1640000000' class='Product__SlideshowNavImage AspectRatio{' is-selected' if i == selected else ''}' "
        f"data-image-id='{28800 + i}' style='--aspect-ratio: 1.0'><img src='//www.harborandpine.com/cdn/shop/products/{f}_160x.jpg?v=1640000000' alt='{name}'></a>"
        for i, f in enumerate(files)
    )
    return (
        "<section id='shopify-section-product-template' class='shopify-section shopify-section--bordered'>"
        "<section class='Product Product--large' data-section-id='product-template' data-section-type='product'>"
        "<div class='Product__Wrapper'><div class='Product__Gallery Product__Gallery--withThumbnails'>"
        "<span id='ProductGallery' class='Anchor'></span><div class='Product__ActionList hidden-lap-and-up'></div>"
        "<div class='Product__Slideshow Product__Slideshow--zoomable Carousel' data-flickity-config='{\"prevNextButtons\": false}'>"
        f"{slides}</div><div class='Product__SlideshowNav Product__SlideshowNav--thumbnails'><div class='Product__SlideshowNavScroller'>{nav}</div></div></div>"
        "<div class='Product__InfoWrapper'><div class='Product__Info'><div class='Container'><div class='ProductMeta'>"
        "<h2 class='ProductMeta__Vendor Heading u-h6'>Harbor &amp; Pine</h2>"
        f"<h1 class='ProductMeta__Title Heading u-h2'>{name}</h1><div class='ProductMeta__PriceList Heading'>"
        "<span class='ProductMeta__Price Price Text--subdued u-h4'>$420.00</span></div></div>"
        "<form method='post' action='/cart/add' class='ProductForm'><button type='submit' class='ProductForm__AddToCart Button Button--primary Button--full'>Add to cart</button></form>"
        "</div></div></div></div></section></section>"
    )


CHAIR_FILES = ["OSC-001-front", "OSC-002-side", "OSC-003-detail"]
case(
    "prestige-lazy-with-noscript-nav-links",
    CHAIR_URL,
    shop_page(prestige(CHAIR_FILES, CHAIR), f"{CHAIR} &ndash; Harbor &amp; Pine"),
    f"{SH}/cdn/shop/products/OSC-001-front_800x.jpg?v=1640000000",
)
case(
    "prestige-og-jsonld-and-promo",
    CHAIR_URL,
    shop_page(
        prestige(CHAIR_FILES, CHAIR)
        + "<section class='shopify-section'><div class='ImageHero'><div class='ImageHero__ImageWrapper'>"
        "<div class='ImageHero__Image Image--lazyLoad Image--zoomOut' data-optimumx='1.4' "
        f"data-bgset='{SH}/cdn/shop/files/Dining_Room_Hero_Oak_Chair_750x.jpg 750w, {SH}/cdn/shop/files/Dining_Room_Hero_Oak_Chair_1600x.jpg 1600w'></div></div>"
        "<div class='ImageHero__ContentOverlay'><h3>Made to gather around</h3><a href='/collections/dining' class='Button'>Shop dining</a></div></div></section>",
        f"{CHAIR} &ndash; Harbor &amp; Pine",
        sh_og(CHAIR, f"{SH}/cdn/shop/products/OSC-001-front.jpg?v=1640000000")
        + shopify_ld_product(
            CHAIR, f"{SH}/cdn/shop/products/OSC-001-front.jpg?v=1640000000", CHAIR_URL, "420.00"
        ),
    ),
    f"{SH}/cdn/shop/products/OSC-001-front.jpg?v=1640000000",
)

# ---- Turbo -------------------------------------------------------------------------------------------

KNIFE = "8-inch Carbon Steel Chef Knife"
KNIFE_URL = f"{SH}/products/8-inch-carbon-steel-chef-knife"


def turbo(files: list[str], name: str, rendered: bool = False) -> str:
    cells = ""
    for i, f in enumerate(files):
        stem = f"//www.harborandpine.com/cdn/shop/products/{f}"
        sel = " is-selected" if rendered and i == 0 else ""
        cells += (
            f"<div class='gallery-cell{sel}' data-thumb='' data-title='{name}' data-image-height='1500px' data-image-width='1500px'>"
            f"<a href='{stem}_2048x.jpg?v=1610000000' class='lightbox' rel='gallery' data-fancybox='gallery' data-lightbox-zoom='true'>"
            "<div class='image__container' style='max-width: 1500px'>"
            f"<img src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' alt='{name}' "
            f"class='lazyload transition--blur-up' data-index='{i}' data-image-id='1930{i}' data-sizes='auto' "
            f"data-srcset=' {stem}_200x.jpg?v=1610000000 200w, {stem}_400x.jpg?v=1610000000 400w, {stem}_800x.jpg?v=1610000000 800w, "
            f"{stem}_1200x.jpg?v=1610000000 1200w, {stem}_2048x.jpg?v=1610000000 2048w' height='1500' width='1500' "
            "srcset='data:image/svg+xml;utf8,<svg%20xmlns=%22http://www.w3.org/2000/svg%22%20width=%221500%22%20height=%221500%22></svg>'>"
            "</div></a></div>"
        )
    nav = "".join(
        f"<div class='gallery-cell{' is-nav-selected' if rendered and i == 0 else ''}' data-title='{name}'>"
        f"<img src='//www.harborandpine.com/cdn/shop/products/{f}_300x.jpg?v=1610000000' alt='{name}' data-index='{i}'></div>"
        for i, f in enumerate(files)
    )
    return (
        "<div class='section product_section is-flex is-justify-space-between js-product_section'>"
        "<div class='one-half column medium-down--one-whole'>"
        "<div class='product-gallery product-4412-gallery product_slider'>"
        "<div class='product_gallery product-4412-gallery transparentBackground--false slideshow_animation--slide popup-popout--true' data-zoom='true'>"
        f"{cells}</div><div class='product_gallery_nav product-4412-gallery-nav'>{nav}</div></div></div>"
        "<div class='one-half column medium-down--one-whole'>"
        f"<h1 class='product_name title'>{name}</h1><p class='modal_price subtitle'><span class='current_price'>$145.00</span></p>"
        "<form action='/cart/add' method='post' class='clearfix product_form'><button type='submit' name='add' class='button button--secondary add_to_cart'>"
        "Add to Cart</button></form></div></div>"
    )


KNIFE_FILES = ["CSK8_hero_white", "CSK8_profile", "CSK8_in_use"]
case(
    "turbo-lazy-data-srcset-fancybox",
    KNIFE_URL,
    shop_page(turbo(KNIFE_FILES, KNIFE), f"{KNIFE} | Harbor &amp; Pine"),
    f"{SH}/cdn/shop/products/CSK8_hero_white.jpg?v=1610000000",
)
case(
    "turbo-rendered-flickity",
    KNIFE_URL,
    shop_page(turbo(KNIFE_FILES, KNIFE, rendered=True), f"{KNIFE} | Harbor &amp; Pine"),
    f"{SH}/cdn/shop/products/CSK8_hero_white.jpg?v=1610000000",
)

# ---- Debut -------------------------------------------------------------------------------------------

CANDLE = "Cedar &amp; Smoke Soy Candle"
CANDLE_URL = f"{SH}/products/cedar-smoke-soy-candle"
CURRENT = ' aria-current="true"'


def debut(files: list[str], shown: int = 0) -> str:
    wrappers = ""
    thumbs = ""
    for i, f in enumerate(files):
        stem = f"//www.harborandpine.com/cdn/shop/products/{f}"
        hide = "" if i == shown else " hide"
        wrappers += (
            f"<div id='FeaturedMedia-product-template-2086{i}-wrapper' class='product-single__media-wrapper js{hide}' "
            f"data-product-single-media-wrapper data-media-id='product-template-2086{i}' tabindex='-1'>"
            f"<div id='ImageZoom-product-template-2086{i}' class='product-single__media product-single__media--has-thumbnails js-zoom-enabled' "
            f"style='padding-top:100.0%;' data-image-zoom-wrapper data-zoom='{stem}_1024x1024@2x.jpg?v=1590000000'>"
            f"<img id='FeaturedMedia-product-template-2086{i}' class='feature-row__image product-featured-media lazyload{' lazypreload' if i == shown else ''}' "
            f"data-src='{stem}_{{width}}x.jpg?v=1590000000' data-widths='[180, 360, 540, 720, 900, 1080, 1296, 1512, 1728, 2048]' "
            f"data-aspectratio='1.0' data-sizes='auto' tabindex='-1' alt='{CANDLE}'></div></div>"
        )
        thumbs += (
            "<li class='product-single__thumbnails-item product-single__thumbnails-item--medium js'>"
            f"<a href='{stem}_1024x1024@2x.jpg?v=1590000000' class='text-link product-single__thumbnail product-single__thumbnail--product-template{' active-thumb' if i == shown else ''}' "
            f"data-thumbnail-id='product-template-2086{i}'{CURRENT if i == shown else ''}>"
            f"<img class='product-single__thumbnail-image' src='{stem}_110x110@2x.jpg?v=1590000000' alt='Load image into Gallery viewer, {CANDLE}'></a></li>"
        )
    return (
        "<div class='product-template__container page-width' id='ProductSection-product-template' data-section-id='product-template'>"
        "<div class='grid product-single product-single--medium-media'><div class='grid__item product-single__media-group medium-up--one-half' data-product-single-media-group>"
        f"{wrappers}<noscript><img src='//www.harborandpine.com/cdn/shop/products/{files[shown]}_530x@2x.jpg?v=1590000000' alt='{CANDLE}' class='product-featured-media'></noscript>"
        "<div class='thumbnails-wrapper thumbnails-slider--active'><ul class='product-single__thumbnails product-single__thumbnails-product-template'>"
        f"{thumbs}</ul></div></div><div class='grid__item medium-up--one-half'><div class='product-single__meta'>"
        f"<h1 class='product-single__title'>{CANDLE}</h1><dl class='price'><dd><span class='price-item price-item--regular'>$32.00</span></dd></dl>"
        "<form method='post' action='/cart/add' class='product-form'><button type='submit' name='add' class='btn product-form__cart-submit'>Add to cart</button></form>"
        "</div></div></div></div>"
    )


CANDLE_FILES = ["candle_cedar_smoke_1", "candle_cedar_smoke_2", "candle_cedar_smoke_lit"]
case(
    "debut-hidden-wrappers-noscript",
    CANDLE_URL,
    shop_page(debut(CANDLE_FILES), f"{CANDLE} &ndash; Harbor &amp; Pine"),
    f"{SH}/cdn/shop/products/candle_cedar_smoke_1.jpg?v=1590000000",
)
case(
    "debut-with-og-twitter",
    CANDLE_URL,
    shop_page(
        debut(CANDLE_FILES),
        f"{CANDLE} &ndash; Harbor &amp; Pine",
        sh_og(CANDLE, f"{SH}/cdn/shop/products/candle_cedar_smoke_1_1200x1200.jpg?v=1590000000")
        + "<meta name='twitter:card' content='summary_large_image'>",
    ),
    f"{SH}/cdn/shop/products/candle_cedar_smoke_1.jpg?v=1590000000",
)

# ---- Dawn with a model viewer and a mobile/desktop pair ------------------------------------------------

BOOT = "Service Boot"
BOOT_URL = f"{SH}/products/service-boot-brown"
case(
    "dawn-model-viewer-first-slide",
    BOOT_URL,
    shop_page(
        dawn(
            "<li id='Slide-template--1__main-40001' class='product__media-item grid__item slider__slide is-active' data-media-id='template--1__main-40001'>"
            "<div class='product-media-container media-type-model media-fit-contain global-media-settings gradient constrain-height'>"
            "<product-model class='deferred-media media media--transparent no-js-hidden' data-media-id='40001'>"
            "<button id='Deferred-Poster-Modal-40001' class='deferred-media__poster' type='button'><span class='deferred-media__poster-button'></span>"
            f"<img src='//www.harborandpine.com/cdn/shop/files/service-boot-brown-3d.jpg?v=1&width=1946' alt='' srcset='{srcset('//www.harborandpine.com/cdn/shop/files/service-boot-brown-3d.jpg?v=1')}' "
            "width='1946' height='1946'></button><template><model-viewer src='https://cdn.shopify.com/b/3d/service-boot.glb' ar camera-controls></model-viewer></template>"
            "</product-model></div></li>"
            + dawn_slide(40002, "SB_Brown_Side.jpg", "Service Boot in brown, side view")
            + dawn_slide(40003, "SB_Brown_Top.jpg", "Service Boot in brown, top view"),
            BOOT,
            "$320.00",
        ),
        f"{BOOT} &ndash; Harbor &amp; Pine",
    ),
    f"{SHF}/SB_Brown_Side.jpg?v=1712345678",
)

# ---- BigCommerce Cornerstone ----------------------------------------------------------------------------

BC = "https://www.cedarlinegoods.com"
BCDN = "https://cdn11.bigcommerce.com/s-x8k2p1/images/stencil"
PAN = "Cast Iron Skillet 12 in."
PAN_URL = f"{BC}/cast-iron-skillet-12-in/"


def bc_img(size: str, file: str) -> str:
    return f"{BCDN}/{size}/products/231/988/{file}"


def bc_header() -> str:
    return (
        "<header class='header' role='banner'><div class='header-logo header-logo--center'>"
        f"<a href='{BC}/' class='header-logo__link'><div class='header-logo-image-container'>"
        f"<img class='header-logo-image' src='{BCDN}/250x100/cedarline-logo_1601234567__33421.original.png' alt='Cedarline Goods' title='Cedarline Goods'></div></a></div>"
        "<div class='navPages-container'><nav class='navPages'><ul class='navPages-list'>"
        f"<li class='navPages-item'><a class='navPages-action' href='{BC}/cookware/'>Cookware</a></li></ul></nav></div></header>"
    )


def bigcommerce(
    files: list[str], name: str, related: str = "", head: str = "", lazy_main: bool = True
) -> str:
    main = files[0]
    thumbs = "".join(
        f"<li class='productView-thumbnail'><a class='productView-thumbnail-link' href='{bc_img('1280x1280', f)}' "
        f"data-image-gallery-item data-image-gallery-new-image-url='{bc_img('500x659', f)}' "
        f"data-image-gallery-zoom-image-url='{bc_img('1280x1280', f)}'>"
        f"<img src='{bc_img('50x50', f)}' alt='{name}' title='{name}' data-sizes='auto' "
        f"srcset='{bc_img('80w', f)}' data-srcset='{bc_img('80w', f)}'></a></li>"
        for f in files
    )
    cls = "productView-image--default lazyload" if lazy_main else "productView-image--default"
    return (
        f"<!DOCTYPE html><html class='no-js' lang='en'><head><title>{name} - Cedarline Goods</title>"
        f"<meta name='platform' content='bigcommerce.stencil'>{head}</head><body>{bc_header()}<main class='body' id='main-content' role='main'>"
        "<div class='container'><nav aria-label='Breadcrumb'><ol class='breadcrumbs'><li class='breadcrumb'><a href='/' class='breadcrumb-label'>Home</a></li>"
        f"<li class='breadcrumb is-active'><span class='breadcrumb-label'>{name}</span></li></ol></nav>"
        "<div class='productView' data-event-type='product' data-entity-id='231' data-name='" + name + "'>"
        "<section class='productView-images' data-image-gallery>"
        f"<figure class='productView-image' data-image-gallery-main data-zoom-image='{bc_img('1280x1280', main)}'>"
        f"<div class='productView-img-container'><a href='{bc_img('1280x1280', main)}' target='_blank' itemprop='image'>"
        f"<img src='{bc_img('500x659', main)}' alt='{name}' title='{name}' data-sizes='auto' "
        f"srcset='{bc_img('80w', main)} 80w, {bc_img('160w', main)} 160w, {bc_img('320w', main)} 320w, {bc_img('640w', main)} 640w, {bc_img('960w', main)} 960w' "
        f"data-srcset='{bc_img('80w', main)} 80w, {bc_img('960w', main)} 960w' class='{cls}' data-main-image /></a></div></figure>"
        f"<ul class='productView-thumbnails' data-slick='{{\"infinite\": false}}'>{thumbs}</ul></section>"
        "<section class='productView-details product-data'><div class='productView-product'>"
        f"<h1 class='productView-title'>{name}</h1><h2 class='productView-brand'><a href='{BC}/brands/lodge-works/'><span>Lodge Works</span></a></h2>"
        "<div class='productView-price'><div class='price-section price-section--withoutTax'><span data-product-price-without-tax class='price price--withoutTax'>$54.95</span></div></div>"
        "</div></section><section class='productView-details product-options'><form class='form' method='post' action='/cart.php' data-cart-item-add>"
        "<input id='form-action-addToCart' data-wait-message='Adding to cart…' class='button button--primary' type='submit' value='Add to Cart'></form></section>"
        f"</div>{related}</div></main></body></html>"
    )


PAN_FILES = [
    "12in_skillet_top__44211.1689012345.jpg",
    "12in_skillet_side__44212.1689012345.jpg",
    "12in_skillet_cornbread__44213.1689012345.jpg",
]
BC_RELATED = (
    "<div class='tabs-contents'><div role='tabpanel' class='tab-content is-active' id='tab-related'><section class='productCarousel' data-list-name='Related Products'>"
    + "".join(
        f"<div class='productCarousel-slide{' slick-current slick-active' if i == 0 else ' slick-active'}'><article class='card' data-event-type='list'>"
        f"<figure class='card-figure'><a href='{BC}/{h}/' class='card-figure__link' aria-label='{n}'><div class='card-img-container'>"
        f"<img src='{BCDN}/500x659/products/{300 + i}/1{i}01/{f}' alt='{n}' title='{n}' data-sizes='auto' class='card-image lazyload'></div></a></figure>"
        f"<div class='card-body'><h3 class='card-title'><a href='{BC}/{h}/'>{n}</a></h3></div></article></div>"
        for i, (h, n, f) in enumerate(
            [
                (
                    "cast-iron-skillet-10-in",
                    "Cast Iron Skillet 10 in.",
                    "cast-iron-skillet-10-in__5521.1689012345.jpg",
                ),
                (
                    "cast-iron-skillet-lid-12-in",
                    "Cast Iron Skillet Lid 12 in.",
                    "cast-iron-skillet-lid-12-in__5530.1689012345.jpg",
                ),
                (
                    "skillet-handle-cover",
                    "Silicone Skillet Handle Cover",
                    "skillet-handle-cover__5540.1689012345.jpg",
                ),
            ]
        )
    )
    + "</section></div></div>"
)
case(
    "bigcommerce-cornerstone-related-carousel",
    PAN_URL,
    bigcommerce(PAN_FILES, PAN, BC_RELATED),
    bc_img("1280x1280", PAN_FILES[0]),
)
case(
    "bigcommerce-cornerstone-ld-og",
    PAN_URL,
    bigcommerce(
        PAN_FILES,
        PAN,
        BC_RELATED,
        og({"og:type": "product", "og:title": PAN, "og:image": bc_img("500x659", PAN_FILES[0])})
        + ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "name": PAN,
                "sku": "CI-12",
                "url": PAN_URL,
                "brand": {"@type": "Brand", "name": "Lodge Works", "url": f"{BC}/brands/lodge-works/"},
                "image": bc_img("1280x1280", PAN_FILES[0]) + "?c=1",
                "offers": [
                    {
                        "@type": "Offer",
                        "priceCurrency": "USD",
                        "price": "54.95",
                        "availability": "https://schema.org/InStock",
                        "url": PAN_URL,
                    }
                ],
            }
        ),
    ),
    bc_img("1280x1280", PAN_FILES[0]),
)
case(
    "bigcommerce-cornerstone-eager-main",
    PAN_URL,
    bigcommerce(PAN_FILES, PAN, BC_RELATED, lazy_main=False),
    bc_img("1280x1280", PAN_FILES[0]),
)

# ---- WooCommerce ---------------------------------------------------------------------------------------

WC = "https://shop.bluecrabtrading.com"
WCU = f"{WC}/wp-content/uploads/2024/03"
MUG = "Speckled Stoneware Mug 12 oz"
MUG_URL = f"{WC}/product/speckled-stoneware-mug-12-oz/"


def wc_image(file: str, first: bool, lazy_attr: str = "loading") -> str:
    stem = file.rsplit(".", 1)[0]
    if first:
        extra = "class='wp-post-image' decoding='async' fetchpriority='high'"
        src = f"{WCU}/{stem}-600x600.jpg"
    elif lazy_attr == "loading":
        extra = "class='' decoding='async' loading='lazy'"
        src = f"{WCU}/{stem}-600x600.jpg"
    else:
        extra = f"class='lazy-load' data-src='{WCU}/{stem}-600x600.jpg' decoding='async'"
        src = "data:image/svg+xml,%3Csvg%20viewBox%3D%220%200%20600%20600%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3C%2Fsvg%3E"
    return (
        f"<div data-thumb='{WCU}/{stem}-100x100.jpg' data-thumb-alt='' class='woocommerce-product-gallery__image{' flex-active-slide' if first else ''}'>"
        f"<a href='{WCU}/{file}'><img width='600' height='600' src='{src}' {extra} alt='' title='{stem}' data-caption='' "
        f"data-src='{WCU}/{file}' data-large_image='{WCU}/{file}' data-large_image_width='1500' data-large_image_height='1500' "
        f"srcset='{WCU}/{stem}-600x600.jpg 600w, {WCU}/{stem}-300x300.jpg 300w, {WCU}/{stem}-150x150.jpg 150w, {WCU}/{file} 1500w' "
        "sizes='(max-width: 600px) 100vw, 600px'></a></div>"
    )


def wc_related(cards: list[tuple[str, str, str]]) -> str:
    return (
        "<section class='related products'><h2>Related products</h2><ul class='products columns-4'>"
        + "".join(
            f"<li class='product type-product status-publish has-post-thumbnail product_cat-mugs instock shipping-taxable purchasable product-type-simple'>"
            f"<a href='{WC}/product/{h}/' class='woocommerce-LoopProduct-link woocommerce-loop-product__link'>"
            f"<img width='324' height='324' src='{WCU}/{f}-324x324.jpg' class='attachment-woocommerce_thumbnail size-woocommerce_thumbnail' alt='' decoding='async' loading='lazy'>"
            f"<h2 class='woocommerce-loop-product__title'>{n}</h2><span class='price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>&#36;</span>24.00</bdi></span></span></a>"
            f"<a href='?add-to-cart=1{len(h)}' data-quantity='1' class='button product_type_simple add_to_cart_button ajax_add_to_cart' rel='nofollow'>Add to cart</a></li>"
            for h, n, f in cards
        )
        + "</ul></section>"
    )


def storefront(
    files: list[str],
    name: str,
    head: str = "",
    related: str = "",
    lazy_attr: str = "loading",
    header_extra: str = "",
) -> str:
    gallery = "".join(wc_image(f, i == 0, lazy_attr) for i, f in enumerate(files))
    return (
        f"<!doctype html><html lang='en-US'><head><meta charset='UTF-8'><title>{name} &#8211; Blue Crab Trading Co.</title>{head}</head>"
        "<body class='product-template-default single single-product woocommerce woocommerce-page storefront-full-width-content'>"
        "<div id='page' class='hfeed site'><header id='masthead' class='site-header' role='banner'><div class='col-full'>"
        f"<div class='site-branding'><a href='{WC}/' class='custom-logo-link' rel='home'><img width='470' height='110' src='{WC}/wp-content/uploads/2023/01/bluecrab-logo.png' class='custom-logo' alt='Blue Crab Trading Co.' decoding='async'></a></div>"
        f"{header_extra}</div></header><div id='content' class='site-content'><div class='col-full'><div id='primary' class='content-area'><main id='main' class='site-main' role='main'>"
        "<div class='woocommerce-notices-wrapper'></div>"
        "<div id='product-1187' class='product type-product post-1187 status-publish first instock product_cat-mugs has-post-thumbnail shipping-taxable purchasable product-type-simple'>"
        "<div class='woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images' data-columns='4' style='opacity: 0;'>"
        f"<figure class='woocommerce-product-gallery__wrapper'>{gallery}</figure></div>"
        f"<div class='summary entry-summary'><h1 class='product_title entry-title'>{name}</h1>"
        "<p class='price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>&#36;</span>28.00</bdi></span></p>"
        "<form class='cart' action='' method='post' enctype='multipart/form-data'><div class='quantity'><input type='number' class='input-text qty text' name='quantity' value='1'></div>"
        "<button type='submit' name='add-to-cart' value='1187' class='single_add_to_cart_button button alt'>Add to cart</button></form>"
        "<div class='product_meta'><span class='sku_wrapper'>SKU: <span class='sku'>MUG-SPK-12</span></span></div></div>"
        f"{related}</div></main></div></div></div></div></body></html>"
    )


MUG_FILES = ["IMG_2231.jpg", "IMG_2236.jpg", "IMG_2240.jpg"]
MUG_REL = wc_related(
    [
        ("speckled-stoneware-mug-16-oz", "Speckled Stoneware Mug 16 oz", "speckled-stoneware-mug-16oz"),
        ("stoneware-pour-over", "Stoneware Pour Over", "stoneware-pour-over-1"),
        ("speckled-stoneware-bowl", "Speckled Stoneware Bowl", "speckled-stoneware-bowl"),
    ]
)
case(
    "woo-storefront-camera-names-related-share-words",
    MUG_URL,
    storefront(MUG_FILES, MUG, related=MUG_REL),
    f"{WCU}/IMG_2231.jpg",
)
case(
    "woo-storefront-yoast-og-woo-ld",
    MUG_URL,
    storefront(
        MUG_FILES,
        MUG,
        og(
            {
                "og:locale": "en_US",
                "og:type": "article",
                "og:title": f"{MUG} - Blue Crab Trading Co.",
                "og:image": f"{WCU}/IMG_2231.jpg",
                "og:image:width": "1500",
            }
        )
        + ld(
            {
                "@context": "https://schema.org/",
                "@graph": [
                    {
                        "@context": "https://schema.org/",
                        "@type": "BreadcrumbList",
                        "itemListElement": [
                            {"@type": "ListItem", "position": 1, "item": {"name": "Home", "@id": WC}}
                        ],
                    },
                    {
                        "@context": "https://schema.org/",
                        "@type": "Product",
                        "@id": f"{MUG_URL}#product",
                        "name": MUG,
                        "url": MUG_URL,
                        "image": f"{WCU}/IMG_2231.jpg",
                        "sku": "MUG-SPK-12",
                        "offers": [
                            {
                                "@type": "Offer",
                                "price": "28.00",
                                "priceCurrency": "USD",
                                "availability": "http://schema.org/InStock",
                                "url": MUG_URL,
                            }
                        ],
                    },
                ],
            }
        ),
        MUG_REL,
    ),
    f"{WCU}/IMG_2231.jpg",
)
# A lazy-load plugin (WP Rocket-style) on every image but the first ones of the page: the header's
# logo and promo picture eager, the gallery's photos data-lazy-src over an SVG placeholder.
WP_ROCKET_PROMO = (
    f"<div class='header-promo'><a href='{WC}/shop/sale/'><img width='728' height='90' src='{WC}/wp-content/uploads/2024/05/memorial-day-sale-mugs-banner.jpg' "
    "alt='Memorial Day Sale: 20% off mugs'></a></div>"
)


def rocket(html: str) -> str:
    """Every gallery <img> src moved to data-lazy-src (WP Rocket's LazyLoad), srcset to data-lazy-srcset."""

    def one(m: re.Match) -> str:
        tag = m.group(0)
        if "woocommerce-product-gallery" not in html[: m.start()][-2000:] and "data-large_image" not in tag:
            return tag
        tag = re.sub(
            r" src='([^']*)'",
            r" src='data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%20600%20600%22%3E%3C/svg%3E' data-lazy-src='\1'",
            tag,
            count=1,
        )
        tag = tag.replace(" srcset=", " data-lazy-srcset=").replace(" fetchpriority='high'", "")
        return tag

    return re.sub(r"<img [^>]*>", one, html)


case(
    "woo-storefront-rocket-lazy-gallery-eager-banner",
    MUG_URL,
    rocket(storefront(MUG_FILES, MUG, related=MUG_REL, header_extra=WP_ROCKET_PROMO)),
    f"{WCU}/IMG_2231.jpg",
)


# Flatsome: first slide eager ('skip-lazy'), others lazy-load over an SVG placeholder; thumbnails
# with 'is-nav-selected'; the upsell slider below with is-selected on the second cell.
def flatsome(files: list[str], name: str, upsell: str = "") -> str:
    slides = ""
    for i, f in enumerate(files):
        stem = f.rsplit(".", 1)[0]
        if i == 0:
            img = f"<img width='600' height='600' src='{WCU}/{stem}-600x600.jpg' class='wp-post-image skip-lazy' alt='' decoding='async' fetchpriority='high' "
        else:
            img = (
                "<img width='600' height='600' src='data:image/svg+xml,%3Csvg%20viewBox%3D%220%200%20600%20600%22%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3C%2Fsvg%3E' "
                f"data-src='{WCU}/{stem}-600x600.jpg' class='lazy-load skip-lazy' alt='' decoding='async' "
            )
        slides += (
            f"<div data-thumb='{WCU}/{stem}-100x100.jpg' data-thumb-alt='' class='woocommerce-product-gallery__image slide{' first is-selected' if i == 0 else ''}'>"
            f"<a href='{WCU}/{f}'>{img}title='{stem}' data-caption='' data-src='{WCU}/{f}' data-large_image='{WCU}/{f}' "
            "data-large_image_width='1400' data-large_image_height='1400'></a></div>"
        )
    thumbs = "".join(
        f"<div class='col{' is-nav-selected first' if i == 0 else ''}'><a><img src='{WCU}/{f.rsplit('.', 1)[0]}-300x300.jpg' alt='' width='300' height='300' class='attachment-woocommerce_thumbnail'></a></div>"
        for i, f in enumerate(files)
    )
    return (
        f"<!DOCTYPE html><html lang='en-US' class='loading-site no-js'><head><title>{name} - Blue Crab Trading Co.</title></head>"
        "<body class='product-template-default single single-product woocommerce lightbox nav-dropdown-has-arrow'>"
        "<div id='wrapper'><header id='header' class='header has-sticky sticky-jump'><div class='header-wrapper'><div id='masthead' class='header-main'>"
        f"<div id='logo' class='flex-col logo'><a href='{WC}/' title='Blue Crab Trading Co.' rel='home'>"
        f"<img width='200' height='90' src='{WC}/wp-content/uploads/2023/01/bluecrab-logo.png' class='header_logo header-logo' alt='Blue Crab Trading Co.'></a></div>"
        "</div></div></header><main id='main' class=''><div class='shop-container'><div class='container'><div class='woocommerce-notices-wrapper'></div></div>"
        "<div id='product-2211' class='product type-product post-2211 status-publish first instock has-post-thumbnail'>"
        "<div class='product-container'><div class='product-main'><div class='row content-row mb-0'>"
        "<div class='product-gallery large-6 col'><div class='product-images relative mb-half has-hover woocommerce-product-gallery woocommerce-product-gallery--with-images woocommerce-product-gallery--columns-4 images' data-columns='4'>"
        "<div class='badge-container is-larger absolute left top z-1'></div><div class='image-tools absolute top show-on-hover right z-3'></div>"
        "<figure class='woocommerce-product-gallery__wrapper product-gallery-slider slider slider-nav-small mb-half has-image-zoom' "
        'data-flickity-options=\'{"cellAlign": "center", "wrapAround": true, "pageDots": false}\'>'
        f"{slides}</figure></div><div class='product-thumbnails thumbnails slider-no-arrows slider row row-small row-slider slider-nav-small small-columns-4'>{thumbs}</div></div>"
        f"<div class='product-info summary col-fit col entry-summary product-summary'><h1 class='product-title product_title entry-title'>{name}</h1>"
        "<div class='price-wrapper'><p class='price product-page-price'><span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>&#36;</span>36.00</bdi></span></p></div>"
        "<form class='cart' method='post'><button type='submit' name='add-to-cart' value='2211' class='single_add_to_cart_button button alt'>Add to cart</button></form>"
        f"</div></div></div></div>{upsell}</div></div></main></div></body></html>"
    )


PLANTER = "Glazed Ceramic Planter 8&quot;"
PLANTER_URL = f"{WC}/product/glazed-ceramic-planter-8/"
PLANTER_FILES = ["planter-8-sage-1.jpg", "planter-8-sage-2.jpg", "planter-8-sage-3.jpg"]
FLAT_UPSELL = (
    "<div class='related related-products-wrapper product-section'><h3 class='product-section-title'>Related products</h3>"
    "<div class='row large-columns-4 slider row-slider slider-nav-reveal slider-nav-push is-draggable flickity-enabled'>"
    + "".join(
        f"<div class='product-small col has-hover product type-product{' is-selected' if i == 1 else ''}'><div class='col-inner'><div class='product-small box'>"
        f"<div class='box-image'><div class='image-fade_in_back'><a href='{WC}/product/{h}/' aria-label='{n}'>"
        f"<img width='300' height='300' src='{WCU}/{f}-300x300.jpg' class='attachment-woocommerce_thumbnail size-woocommerce_thumbnail' alt='' decoding='async'>"
        f"<img width='300' height='300' src='{WCU}/{f}-back-300x300.jpg' class='show-on-hover absolute fill hide-for-small back-image' alt='' decoding='async'></a></div></div>"
        f"<div class='box-text box-text-products'><p class='name product-title woocommerce-loop-product__title'><a href='{WC}/product/{h}/'>{n}</a></p></div></div></div></div>"
        for i, (h, n, f) in enumerate(
            [
                (
                    "glazed-ceramic-planter-6",
                    "Glazed Ceramic Planter 6&quot;",
                    "glazed-ceramic-planter-6-sage",
                ),
                (
                    "glazed-ceramic-planter-10",
                    "Glazed Ceramic Planter 10&quot;",
                    "glazed-ceramic-planter-10-sage",
                ),
                ("planter-saucer", "Planter Saucer 8&quot;", "planter-saucer-8"),
            ]
        )
    )
    + "</div></div>"
)
case(
    "woo-flatsome-lazy-slides-upsell-selected",
    PLANTER_URL,
    flatsome(PLANTER_FILES, PLANTER, FLAT_UPSELL),
    f"{WCU}/planter-8-sage-1.jpg",
)
case(
    "woo-flatsome-camera-names",
    MUG_URL,
    flatsome(MUG_FILES, MUG, FLAT_UPSELL),
    f"{WCU}/IMG_2231.jpg",
)

# ---- Magento 2 Luma with Fotorama ---------------------------------------------------------------------------

MG = "https://www.summitridgeoutfitters.com"
MGC = f"{MG}/media/catalog/product/cache"
JACKET = "Ridgeline Insulated Jacket"
JACKET_URL = f"{MG}/ridgeline-insulated-jacket.html"


def mg_url(cache: str, path: str) -> str:
    return f"{MGC}/{cache}/{path}"


def magento(
    items: list[tuple[str, str]], name: str, rendered: bool = False, related: str = "", head: str = ""
) -> str:
    """Luma product page: a gallery placeholder and the Fotorama config in x-magento-init. `items`:
    (path under the cache folder, caption)."""
    data = [
        {
            "thumb": mg_url("3bf4a0c2e11c9b46d4f3a6c1a0c9d2e1", p),
            "img": mg_url("ab8f6e3cf4f1d5a6e0f9b8c7d6e5f4a3", p),
            "full": mg_url("74c1e5f0b2a3c4d5e6f7a8b9c0d1e2f3", p),
            "caption": cap,
            "position": str(i + 1),
            "isMain": i == 0,
            "type": "image",
            "videoUrl": None,
        }
        for i, (p, cap) in enumerate(items)
    ]
    init = {
        "[data-gallery-role=gallery-placeholder]": {
            "mage/gallery/gallery": {
                "mixins": ["magnifier/magnify"],
                "magnifierOpts": {
                    "fullscreenzoom": "20",
                    "top": "",
                    "left": "",
                    "width": "",
                    "height": "",
                    "eventType": "hover",
                    "enabled": False,
                },
                "data": data,
                "options": {
                    "nav": "thumbs",
                    "loop": True,
                    "keyboard": True,
                    "arrows": True,
                    "allowfullscreen": True,
                    "showCaption": False,
                    "width": 700,
                    "thumbwidth": 88,
                    "thumbheight": 110,
                    "height": 700,
                    "transitionduration": 500,
                    "transition": "slide",
                    "navarrows": True,
                    "navtype": "slides",
                    "navdir": "horizontal",
                },
                "fullscreen": {
                    "nav": "thumbs",
                    "loop": True,
                    "navdir": "horizontal",
                    "navarrows": False,
                    "navtype": "slides",
                    "arrows": True,
                    "showCaption": False,
                    "transitionduration": 500,
                    "transition": "slide",
                },
                "breakpoints": {
                    "mobile": {"conditions": {"max-width": "767px"}, "options": {"options": {"nav": "dots"}}}
                },
            }
        }
    }
    if rendered:
        frames = "".join(
            f"<div class='fotorama__stage__frame{' fotorama__active' if i == 0 else ''} fotorama_vertical_ratio fotorama__loaded fotorama__loaded--img' "
            f"aria-hidden='{'false' if i == 0 else 'true'}' data-active='{'true' if i == 0 else 'false'}' style='left: {700 * i}px;' href='{d['full']}'>"
            f"<img src='{d['img']}' alt='{d['caption']}' class='fotorama__img' aria-hidden='false'></div>"
            for i, d in enumerate(data)
        )
        navs = "".join(
            f"<div class='fotorama__nav__frame fotorama__nav__frame--thumb{' fotorama__active' if i == 0 else ''}' tabindex='0' role='button' data-gallery-role='nav-frame' data-nav-type='thumb' aria-label='{d['caption']}'>"
            f"<div class='fotorama__thumb fotorama_vertical_ratio fotorama__loaded fotorama__loaded--img'><img src='{d['thumb']}' alt='{d['caption']}' class='fotorama__img' aria-hidden='false'></div></div>"
            for i, d in enumerate(data)
        )
        gallery = (
            "<div class='fotorama-item fotorama fotorama1701234567890' data-gallery-role='gallery'><div data-gallery-role='fotorama__focusable-start' tabindex='-1'></div>"
            "<div class='fotorama__wrap fotorama__wrap--css3 fotorama__wrap--slide fotorama__wrap--toggle-arrows fotorama__wrap--no-controls'>"
            f"<div class='fotorama__stage' data-fotorama-stage='fotorama__stage'><div class='fotorama__stage__shaft fotorama__grab' tabindex='0' data-gallery-role='stage-shaft'>{frames}</div></div>"
            f"<div class='fotorama__nav-wrap fotorama__nav-wrap--horizontal' data-gallery-role='nav-wrap'><div class='fotorama__nav fotorama__nav--thumbs'><div class='fotorama__nav__shaft'>{navs}</div></div></div>"
            "</div></div>"
        )
    else:
        gallery = (
            "<div class='gallery-placeholder _block-content-loading' data-gallery-role='gallery-placeholder'>"
            f"<img alt='main product photo' class='gallery-placeholder__image' src='{data[0]['img']}'></div>"
        )
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{name}</title>{head}</head>"
        "<body data-container='body' class='catalog-product-view product-ridgeline-insulated-jacket page-layout-1column'>"
        "<div class='page-wrapper'><header class='page-header'><div class='header content'>"
        f"<a class='logo' href='{MG}/' title='Summit Ridge Outfitters'><img src='{MG}/static/version1700000000/frontend/Summit/default/en_US/images/logo.svg' title='Summit Ridge Outfitters' alt='Summit Ridge Outfitters' width='170' height='40'></a>"
        "<div data-block='minicart' class='minicart-wrapper'><a class='action showcart' href='/checkout/cart/'><span class='counter qty empty'></span></a></div></div>"
        "<div class='sections nav-sections'><nav class='navigation' data-action='navigation'><ul data-mage-init='{\"menu\":{\"responsive\":true}}'>"
        "<li class='level0 nav-1 category-item first level-top parent'><a href='/men.html' class='level-top'><span>Men</span></a>"
        "<ul class='level0 submenu'><li class='level1 nav-1-1 category-item first'><a href='/men/jackets.html'><span>Jackets</span></a></li>"
        f"<li class='level1 nav-1-2 category-item last menu-banner'><a href='/winter-sale.html'><img src='{MG}/media/wysiwyg/menu/winter-sale-jackets.jpg' alt='Winter sale: insulated jackets'></a></li></ul></li>"
        "</ul></nav></div></header>"
        "<main id='maincontent' class='page-main'><div class='columns'><div class='column main'>"
        f"<div class='product-info-main'><div class='page-title-wrapper product'><h1 class='page-title'><span class='base' data-ui-id='page-title-wrapper' itemprop='name'>{name}</span></h1></div>"
        "<div class='product-info-price'><div class='price-box price-final_price' data-role='priceBox' data-product-id='1532' data-price-box='product-id-1532'>"
        "<span class='price-container price-final_price tax weee'><span id='product-price-1532' data-price-amount='229' data-price-type='finalPrice' class='price-wrapper '>"
        "<span class='price'>$229.00</span></span></span></div></div>"
        "<div class='product-add-form'><form data-product-sku='RIJ-01' action='/checkout/cart/add/uenc/x/product/1532/' method='post' id='product_addtocart_form'>"
        "<button type='submit' title='Add to Cart' class='action primary tocart' id='product-addtocart-button'><span>Add to Cart</span></button></form></div></div>"
        f"<div class='product media'><a id='gallery-prev-area' tabindex='-1'></a>{gallery}"
        f"<script type='text/x-magento-init'>{json.dumps(init)}</script><a id='gallery-next-area' tabindex='-1'></a></div>"
        f"{related}</div></div></main></div></body></html>"
    )


JACKET_ITEMS = [
    ("r/i/ridgeline-jacket-black-front.jpg", JACKET),
    ("r/i/ridgeline-jacket-black-back.jpg", JACKET),
    ("r/i/ridgeline-jacket-hood-detail.jpg", JACKET),
]
MG_RELATED = (
    "<div class='block related' data-mage-init='{\"relatedProducts\":{}}' data-limit='0' data-shuffle='0'>"
    "<div class='block-title title'><strong id='block-related-heading' role='heading' aria-level='2'>Related Products</strong></div>"
    "<div class='block-content content' aria-labelledby='block-related-heading'><div class='products wrapper grid products-grid products-related'>"
    "<ol class='products list items product-items'>"
    + "".join(
        f"<li class='item product product-item'><div class='product-item-info related-available'>"
        f"<a href='{MG}/{h}.html' class='product photo product-item-photo'><span class='product-image-container product-image-container-{1600 + i}'>"
        f"<span class='product-image-wrapper'><img class='product-image-photo' src='{mg_url('f1e2d3c4b5a69788', p)}' loading='lazy' width='152' height='190' alt='{n}'></span></span></a>"
        f"<div class='product details product-item-details'><strong class='product name product-item-name'><a class='product-item-link' href='{MG}/{h}.html'>{n}</a></strong></div></div></li>"
        for i, (h, n, p) in enumerate(
            [
                (
                    "ridgeline-insulated-vest",
                    "Ridgeline Insulated Vest",
                    "r/i/ridgeline-insulated-vest-black.jpg",
                ),
                ("ridgeline-insulated-pant", "Ridgeline Insulated Pant", "r/i/ridgeline-insulated-pant.jpg"),
            ]
        )
    )
    + "</ol></div></div></div>"
)
JACKET_MAIN = mg_url("ab8f6e3cf4f1d5a6e0f9b8c7d6e5f4a3", "r/i/ridgeline-jacket-black-front.jpg")
case(
    "magento-luma-placeholder-fotorama-json",
    JACKET_URL,
    magento(JACKET_ITEMS, JACKET, related=MG_RELATED),
    JACKET_MAIN,
)
case(
    "magento-luma-rendered-fotorama",
    JACKET_URL,
    magento(JACKET_ITEMS, JACKET, rendered=True, related=MG_RELATED),
    JACKET_MAIN,
)
case(
    "magento-luma-og-small-image",
    JACKET_URL,
    magento(
        JACKET_ITEMS,
        JACKET,
        related=MG_RELATED,
        head=og(
            {
                "og:type": "product",
                "og:title": JACKET,
                "og:image": mg_url("6f1d4e2b3c5a7980", "r/i/ridgeline-jacket-black-front.jpg"),
            }
        ),
    ),
    JACKET_MAIN,
)

# ---- Salesforce Commerce Cloud (SFRA) --------------------------------------------------------------------------

SF = "https://www.trailforgeoutdoor.com"
SFI = f"{SF}/dw/image/v2/BKTF_PRD/on/demandware.static/-/Sites-trailforge-master/default"
PACK = "Basin 28L Daypack"
PACK_URL = f"{SF}/basin-28l-daypack/TF-88021.html"


def sfra(files: list[tuple[str, str]], name: str, after: str = "", head: str = "") -> str:
    items = "".join(
        f"<div class='carousel-item{' active' if i == 0 else ''}'><img src='{SFI}/{d}/images/large/{f}?sw=800&amp;sh=800' class='d-block img-fluid' "
        f"alt='{name}, Slate, large' itemprop='image'></div>"
        for i, (d, f) in enumerate(files)
    )
    dots = "".join(
        f"<li data-target='#pdpCarousel-TF-88021' data-slide-to='{i}' class='{'active' if i == 0 else ''}'></li>"
        for i in range(len(files))
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='UTF-8'><title>{name} | TrailForge</title>{head}</head><body>"
        "<div class='page' data-action='Product-Show' data-querystring='pid=TF-88021'><header><nav role='navigation'><div class='header container'>"
        f"<div class='navbar-header brand'><a class='logo-home' href='{SF}/home' title='TrailForge Home'><img class='hidden-md-down' src='/on/demandware.static/Sites-TrailForge-Site/-/default/dw9f8e7d6c/images/logo.svg' alt='TrailForge'></a></div>"
        "</div></nav></header><div role='main' id='maincontent'>"
        "<div class='container product-detail product-wrapper' data-pid='TF-88021'><div class='row'><div class='col-12 col-sm-6'>"
        "<div class='primary-images col-12'><div id='pdpCarousel-TF-88021' class='carousel slide' data-interval='0' data-prev='Previous' data-next='Next'>"
        f"<ol class='carousel-indicators' aria-hidden='true'>{dots}</ol><div class='carousel-inner' role='listbox'>{items}</div>"
        "<a class='carousel-control-prev' href='#pdpCarousel-TF-88021' role='button' data-slide='prev'><span class='sr-only'>Previous</span></a></div></div></div>"
        f"<div class='col-12 col-sm-6'><div class='product-name-wrapper'><h1 class='product-name'>{name}</h1></div>"
        "<div class='prices'><div class='price'><span><span class='sales'><span class='value' content='98.00'>$98.00</span></span></span></div></div>"
        "<button class='add-to-cart btn btn-primary' data-toggle='modal' data-pid='TF-88021'><i class='fa fa-shopping-bag'></i> Add to Cart</button>"
        f"</div></div></div>{after}</div></div></body></html>"
    )


PACK_FILES = [
    ("dw1a2b3c4d", "TF-88021_020_01.jpg"),
    ("dw5e6f7a8b", "TF-88021_020_02.jpg"),
    ("dw9c0d1e2f", "TF-88021_020_03.jpg"),
]
EINSTEIN = (
    "<div class='recommendations'><div class='container'><h2 class='title'>You May Also Like</h2>"
    "<div class='product-carousel slick-initialized slick-slider'><div class='slick-list'><div class='slick-track'>"
    + "".join(
        f"<div class='slick-slide{' slick-current slick-active' if i == 1 else ''}' data-slick-index='{i - 1}'><div class='product' data-pid='TF-8{i}'>"
        f"<div class='product-tile'><div class='image-container'><a href='{SF}/{h}/TF-8{i}.html'>"
        f"<img class='tile-image' src='{SFI}/dw00{i}/images/medium/{f}?sw=300' alt='{n}, Slate, medium' title='{n}, Slate'></a></div>"
        f"<div class='tile-body'><div class='pdp-link'><a class='link' href='{SF}/{h}/TF-8{i}.html'>{n}</a></div></div></div></div></div>"
        for i, (h, n, f) in enumerate(
            [
                ("basin-18l-daypack", "Basin 18L Daypack", "TF-88018_020_01.jpg"),
                ("basin-28l-rain-cover", "Basin 28L Rain Cover", "TF-88029_001_01.jpg"),
                ("basin-hip-pack", "Basin Hip Pack", "TF-88031_020_01.jpg"),
            ]
        )
    )
    + "</div></div></div></div></div>"
)
case(
    "sfra-carousel-einstein-slick-current",
    PACK_URL,
    sfra(PACK_FILES, PACK, EINSTEIN),
    f"{SFI}/dw1a2b3c4d/images/large/TF-88021_020_01.jpg",
)
case(
    "sfra-ld-og",
    PACK_URL,
    sfra(
        PACK_FILES,
        PACK,
        EINSTEIN,
        og({"og:title": PACK, "og:image": f"{SFI}/dw1a2b3c4d/images/large/TF-88021_020_01.jpg?sw=1200"})
        + ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": PACK,
                "sku": "TF-88021",
                "image": [
                    f"{SFI}/dw1a2b3c4d/images/large/TF-88021_020_01.jpg?sw=800&sh=800",
                    f"{SFI}/dw5e6f7a8b/images/large/TF-88021_020_02.jpg?sw=800&sh=800",
                ],
                "offers": {
                    "url": PACK_URL,
                    "@type": "Offer",
                    "priceCurrency": "USD",
                    "price": "98.00",
                    "availability": "http://schema.org/InStock",
                },
            }
        ),
    ),
    f"{SFI}/dw1a2b3c4d/images/large/TF-88021_020_01.jpg",
)

# ---- Squarespace --------------------------------------------------------------------------------------------------

SQ = "https://www.willowandwickstudio.com"
SQI = "https://images.squarespace-cdn.com/content/v1/5f3a9b2c1d4e5f6a7b8c9d0e"
THROW = "Handwoven Cotton Throw"
THROW_URL = f"{SQ}/shop/p/handwoven-cotton-throw"


def squarespace(files: list[str], rendered: bool = False, head: str = "", after: str = "") -> str:
    slides = "".join(
        f"<div class='ProductItem-gallery-slides-item{' selected' if rendered and i == 0 else ''}' data-slide-index='{i}' data-image-id='6{i}1a2b'>"
        f"<img class='ProductItem-gallery-slides-item-image' data-src='{SQI}/{f}' data-image='{SQI}/{f}' data-image-dimensions='2000x2000' "
        f"data-image-focal-point='0.5,0.5' alt='{f.rsplit('/', 1)[-1]}' data-load='false'"
        + (f" src='{SQI}/{f}?format=750w'" if rendered else "")
        + "></div>"
        for i, f in enumerate(files)
    )
    thumbs = "".join(
        f"<div class='ProductItem-gallery-thumbnails-item{' selected' if rendered and i == 0 else ''}' data-thumbnail-index='{i}'>"
        f"<img class='ProductItem-gallery-thumbnails-item-image' data-src='{SQI}/{f}' data-image='{SQI}/{f}' data-image-dimensions='2000x2000' "
        f"alt='{f.rsplit('/', 1)[-1]}' data-load='false'"
        + (f" src='{SQI}/{f}?format=100w'" if rendered else "")
        + "></div>"
        for i, f in enumerate(files)
    )
    return (
        f"<!doctype html><html xmlns:og='http://opengraphprotocol.org/schema/' lang='en-US'><head><title>{THROW} &mdash; Willow &amp; Wick Studio</title>{head}</head>"
        "<body id='item-61a2b3c4d5e6f7a8b9c0d1e2' class='collection-type-products view-item'><div id='canvas'>"
        "<header id='header' class='show-on-scroll'><div class='header-title-logo'>"
        f"<a href='/'><img src='{SQI}/1598000000000-LOGO/WW_logo_black.png?format=1500w' alt='Willow &amp; Wick Studio'></a></div></header>"
        "<main id='page' class='container' role='main'><section class='ProductItem' data-item-id='61a2b3c4d5e6f7a8b9c0d1e2'>"
        "<div class='ProductItem-nav'><div class='ProductItem-nav-breadcrumb'><a href='/shop' class='ProductItem-nav-breadcrumb-link'>Shop</a></div></div>"
        "<section class='ProductItem-gallery' data-product-gallery='slider'><div class='ProductItem-gallery-slides'>"
        f"{slides}</div><div class='ProductItem-gallery-thumbnails'>{thumbs}</div></section>"
        f"<section class='ProductItem-details'><h1 class='ProductItem-details-title'>{THROW}</h1>"
        "<div class='product-price'>$145.00</div><div class='ProductItem-details-excerpt'><p>Woven on a floor loom in Asheville.</p></div>"
        "<div class='sqs-add-to-cart-button-wrapper'><div class='sqs-add-to-cart-button sqs-suppress-edit-mode sqs-editable-button' role='button'>"
        "<div class='sqs-add-to-cart-button-inner'>Add To Cart</div></div></div></section></section>"
        f"{after}</main></div></body></html>"
    )


THROW_FILES = [
    "1611234567890-QW7ERT/IMG_0892.JPG",
    "1611234567891-ASDFGH/IMG_0899.JPG",
    "1611234567892-ZXCVBN/throw-detail.jpg",
]
SQ_RELATED = (
    "<section class='ProductItem-relatedProducts'><h2>Related Products</h2><div class='ProductItem-relatedProducts-list'>"
    + "".join(
        f"<a href='/shop/p/{h}' class='grid-item'><div class='grid-image'><div class='grid-image-wrapper'>"
        f"<img class='grid-item-image' data-src='{SQI}/{f}' data-image='{SQI}/{f}' data-image-dimensions='2000x2000' alt='{f.rsplit('/', 1)[-1]}' data-load='false'>"
        f"</div></div><div class='grid-meta-wrapper'><div class='grid-title'>{n}</div><div class='product-price'>$95.00</div></div></a>"
        for h, n, f in [
            (
                "handwoven-cotton-pillow",
                "Handwoven Cotton Pillow",
                "1611234567900-POIUYT/handwoven-cotton-pillow.jpg",
            ),
            ("wool-throw", "Wool Throw", "1611234567901-LKJHGF/IMG_0911.JPG"),
        ]
    )
    + "</div></section>"
)
case(
    "squarespace-70-data-src",
    THROW_URL,
    squarespace(THROW_FILES, after=SQ_RELATED),
    f"{SQI}/{THROW_FILES[0]}",
)
case(
    "squarespace-70-rendered-og-ld",
    THROW_URL,
    squarespace(
        THROW_FILES,
        rendered=True,
        after=SQ_RELATED,
        head=og(
            {
                "og:site_name": "Willow &amp; Wick Studio",
                "og:title": f"{THROW} &mdash; Willow &amp; Wick Studio",
                "og:type": "product",
                "og:image": "http://static1.squarespace.com/static/5f3a9b2c1d4e5f6a7b8c9d0e/t/61a2b3c4/1611234567890/IMG_0892.JPG?format=1500w",
            }
        )
        + ld(
            {
                "url": THROW_URL,
                "name": THROW,
                "description": "Woven on a floor loom.",
                "image": "http://static1.squarespace.com/static/5f3a9b2c1d4e5f6a7b8c9d0e/t/61a2b3c4/1611234567890/IMG_0892.JPG",
                "@context": "http://schema.org",
                "@type": "Product",
            }
        ),
    ),
    f"{SQI}/{THROW_FILES[0]}",
    "http://static1.squarespace.com/static/5f3a9b2c1d4e5f6a7b8c9d0e/t/61a2b3c4/1611234567890/IMG_0892.JPG",
)

# ---- Wix ------------------------------------------------------------------------------------------------------------

WX = "https://www.saltmarshsoapco.com"
WXI = "https://static.wixstatic.com/media"
SOAP = "Sea Salt &amp; Sage Bar Soap"
SOAP_URL = f"{WX}/product-page/sea-salt-sage-bar-soap"


def wix_img(uri: str, w: int, h: int, blur: bool = False) -> str:
    return f"{WXI}/{uri}/v1/fill/w_{w},h_{h},al_c,q_{80 if blur else 85},usm_0.66_1.00_0.01{',blur_3' if blur else ''},enc_auto/{uri}"


def wix(uris: list[str], head: str = "", after: str = "") -> str:
    thumbs = "".join(
        f"<div data-hook='thumbnail' class='_3uA0f{' _2yqVg' if i == 0 else ''}' aria-selected='{'true' if i == 0 else 'false'}'>"
        f"<wow-image><img src='{wix_img(u, 50, 50, True)}' alt='' style='width:50px;height:50px;object-fit:cover'></wow-image></div>"
        for i, u in enumerate(uris)
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{SOAP} | Saltmarsh Soap Co.</title>{head}</head><body>"
        "<div id='SITE_CONTAINER'><header id='SITE_HEADER'><div data-testid='linkElement'><a href='/'>"
        f"<wow-image><img src='{wix_img('a1b2c3_logo~mv2.png', 160, 60)}' alt='Saltmarsh Soap Co. logo'></wow-image></a></div>"
        "<nav><a href='/shop'>Shop</a></nav></header><main id='PAGES_CONTAINER'><div data-hook='product-page'>"
        "<div data-hook='product-gallery-root' class='_2Wn1X'><div data-hook='main-media-image-wrapper'>"
        f'<wow-image data-image-info=\'{{"imageData":{{"width":1200,"height":1200,"uri":"{uris[0]}","name":""}}}}\' data-has-ssr-src=\'true\'>'
        f"<img src='{wix_img(uris[0], 500, 500)}' alt='{SOAP}' style='width:500px;height:500px;object-fit:cover' fetchpriority='high'></wow-image></div>"
        f"<div data-hook='thumbnails' class='_1zpZ6'>{thumbs}</div></div>"
        f"<section data-hook='product-info'><h1 data-hook='product-title' class='_2qrJF'>{SOAP}</h1>"
        "<div data-hook='product-price'><span data-hook='formatted-primary-price'>$12.00</span></div>"
        "<button data-hook='add-to-cart' class='_3WLmG'><span>Add to Cart</span></button></section>"
        f"</div>{after}</main></div></body></html>"
    )


SOAP_URIS = [
    "9f8e7d_4c1a2b3c5d6e7f8091a2b3c4d5e6f708~mv2.jpg",
    "9f8e7d_7b6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d~mv2.jpg",
]
WIX_RELATED = (
    "<section data-hook='related-products'><h2>Related Products</h2><div data-hook='slider-gallery-slider'>"
    + "".join(
        f"<div data-hook='slider-gallery-item' class='{'_1x8Nv' if i == 1 else ''}' aria-current='{'true' if i == 1 else 'false'}'>"
        f"<a href='{WX}/product-page/{h}' data-hook='product-item-container'><wow-image><img src='{wix_img(u, 300, 300)}' alt='{n}'></wow-image>"
        f"<h3 data-hook='product-item-name'>{n}</h3></a></div>"
        for i, (h, n, u) in enumerate(
            [
                (
                    "sea-salt-sage-shampoo-bar",
                    "Sea Salt &amp; Sage Shampoo Bar",
                    "9f8e7d_0a1b2c3d4e5f60718293a4b5c6d7e8f9~mv2.jpg",
                ),
                ("cedar-soap-dish", "Cedar Soap Dish", "9f8e7d_1122334455667788990011aabbccddee~mv2.jpg"),
            ]
        )
    )
    + "</div></section>"
)
case("wix-stores-main-media", SOAP_URL, wix(SOAP_URIS, after=WIX_RELATED), wix_img(SOAP_URIS[0], 1200, 1200))
case(
    "wix-stores-og-ld-imageobject",
    SOAP_URL,
    wix(
        SOAP_URIS,
        after=WIX_RELATED,
        head=og(
            {
                "og:title": f"{SOAP} | Saltmarsh Soap Co.",
                "og:type": "product",
                "og:image": wix_img(SOAP_URIS[0], 1200, 1200),
                "og:image:width": "1200",
            }
        )
        + ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "name": SOAP,
                "image": [
                    {
                        "@type": "ImageObject",
                        "contentUrl": wix_img(SOAP_URIS[0], 1200, 1200),
                        "width": 1200,
                        "height": 1200,
                        "representativeOfPage": True,
                        "thumbnail": {"@type": "ImageObject", "contentUrl": wix_img(SOAP_URIS[0], 50, 50)},
                    }
                ],
                "Offers": {
                    "@type": "Offer",
                    "price": "12.00",
                    "priceCurrency": "USD",
                    "Availability": "https://schema.org/InStock",
                },
            }
        ),
    ),
    wix_img(SOAP_URIS[0], 1200, 1200),
)

# ---- custom Next.js shops ----------------------------------------------------------------------------------------------

NX = "https://www.lumenbottle.co"
SAN = "https://cdn.sanity.io/images/k3p9x2/production"
BOTTLE = "Lumen Insulated Bottle 24 oz"
BOTTLE_URL = f"{NX}/products/lumen-insulated-bottle-24oz"


def next_img(src: str, alt: str, priority: bool, w: int = 800) -> str:
    from urllib.parse import quote

    q = quote(src, safe="")
    set_ = f"/_next/image?url={q}&amp;w=640&amp;q=75 640w, /_next/image?url={q}&amp;w=828&amp;q=75 828w, /_next/image?url={q}&amp;w=1200&amp;q=75 1200w, /_next/image?url={q}&amp;w=1920&amp;q=75 1920w"
    load = "fetchpriority='high' decoding='async'" if priority else "loading='lazy' decoding='async'"
    return (
        f"<img alt='{alt}' {load} width='{w}' height='{w}' data-nimg='1' class='h-full w-full object-cover' style='color:transparent' "
        f"sizes='(min-width: 1024px) 50vw, 100vw' srcset='{set_}' src='/_next/image?url={q}&amp;w=1920&amp;q=75'>"
    )


def nextjs(gallery: str, after: str = "", head: str = "", before: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charSet='utf-8'><title>{BOTTLE} | Lumen</title>{head}</head><body><div id='__next'>"
        "<header class='sticky top-0 z-40 bg-white'><div class='mx-auto flex max-w-7xl items-center justify-between px-4'>"
        "<a href='/' aria-label='Lumen home'><svg class='h-6 w-auto' viewBox='0 0 120 24'></svg></a>"
        "<nav class='hidden gap-8 lg:flex'><a href='/shop'>Shop</a><a href='/about'>About</a></nav><button aria-label='Open cart'>Cart (0)</button></div></header>"
        f"<main>{before}<div class='mx-auto grid max-w-7xl grid-cols-1 gap-10 px-4 py-8 lg:grid-cols-2'>{gallery}"
        f"<div class='flex flex-col gap-4'><h1 class='text-3xl font-semibold tracking-tight'>{BOTTLE}</h1>"
        "<p class='text-xl'>$38.00</p><button type='button' class='rounded-full bg-black px-6 py-3 text-white'>Add to bag</button>"
        f"<div class='prose'><p>Keeps drinks cold 24 hours.</p></div></div></div>{after}</main></div>"
        "<script id='__NEXT_DATA__' type='application/json'>"
        + json.dumps(
            {
                "props": {
                    "pageProps": {
                        "product": {
                            "handle": "lumen-insulated-bottle-24oz",
                            "title": BOTTLE,
                            "images": [
                                f"{SAN}/7f3e2a1b9c8d-2000x2000.jpg",
                                f"{SAN}/1c2d3e4f5a6b-2000x2000.jpg",
                            ],
                        }
                    }
                },
                "page": "/products/[handle]",
            }
        )
        + "</script></body></html>"
    )


BOTTLE_IMGS = [
    f"{SAN}/7f3e2a1b9c8d-2000x2000.jpg",
    f"{SAN}/1c2d3e4f5a6b-2000x2000.jpg",
    f"{SAN}/9a8b7c6d5e4f-2000x2000.jpg",
]
# the photo as Next.js's image endpoint serves it (what a shopper's browser loads and a labeller copies)
BOTTLE_NEXT = f"{NX}/_next/image?url=https%3A%2F%2Fcdn.sanity.io%2Fimages%2Fk3p9x2%2Fproduction%2F7f3e2a1b9c8d-2000x2000.jpg&w=1920&q=75"


def bottle_gallery(alt: str = "") -> str:
    return (
        "<div class='grid grid-cols-2 gap-2'>"
        + "".join(
            f"<div class='relative aspect-square {'col-span-2' if i == 0 else ''}'>{next_img(u, alt, i == 0)}</div>"
            for i, u in enumerate(BOTTLE_IMGS)
        )
        + "</div>"
    )


NX_UPSELL = (
    "<section class='mx-auto max-w-7xl px-4 py-12'><h2 class='text-2xl'>Pairs well with</h2><div class='embla'><div class='embla__container flex'>"
    + "".join(
        f"<div class='embla__slide{' is-selected' if i == 1 else ''}'><a href='/products/{h}'>{next_img(u, n, False, 400)}<p>{n}</p><p>$18.00</p></a></div>"
        for i, (h, n, u) in enumerate(
            [
                ("lumen-straw-lid", "Lumen Straw Lid", f"{SAN}/2b3c4d5e6f70-1600x1600.jpg"),
                (
                    "lumen-insulated-bottle-32oz",
                    "Lumen Insulated Bottle 32 oz",
                    f"{SAN}/3c4d5e6f7081-2000x2000.jpg",
                ),
            ]
        )
    )
    + "</div></div></section>"
)
case(
    "nextjs-sanity-gallery-embla-upsell",
    BOTTLE_URL,
    nextjs(bottle_gallery(), NX_UPSELL),
    BOTTLE_IMGS[0],
    BOTTLE_NEXT,
)
case(
    "nextjs-sanity-gallery-alt-title",
    BOTTLE_URL,
    nextjs(bottle_gallery(BOTTLE), NX_UPSELL),
    BOTTLE_IMGS[0],
    BOTTLE_NEXT,
)
# A full-width hero <picture> above the product (a campaign banner), tiny blurred fallback <img>.
NX_HERO = (
    "<section class='relative'><a href='/collections/summer'><picture>"
    f"<source media='(min-width: 768px)' srcset='{SAN}/aa11bb22cc33-2400x800.jpg?w=2400 2400w, {SAN}/aa11bb22cc33-2400x800.jpg?w=1200 1200w'>"
    f"<source srcset='{SAN}/dd44ee55ff66-800x1000.jpg?w=800 800w'>"
    f"<img src='{SAN}/aa11bb22cc33-2400x800.jpg?w=16&amp;blur=50' alt='Summer hydration: bottles in new colors' width='16' height='5' class='w-full'>"
    "</picture></a></section>"
)
case(
    "nextjs-hero-picture-above-product",
    BOTTLE_URL,
    nextjs(bottle_gallery(), NX_UPSELL, before=NX_HERO),
    BOTTLE_IMGS[0],
    BOTTLE_NEXT,
)
case(
    "nextjs-ld-product",
    BOTTLE_URL,
    nextjs(
        bottle_gallery(),
        NX_UPSELL,
        head=og({"og:title": BOTTLE, "og:image": f"{SAN}/7f3e2a1b9c8d-2000x2000.jpg?w=1200&h=630&fit=crop"})
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": BOTTLE,
                "image": BOTTLE_IMGS,
                "brand": {"@type": "Brand", "name": "Lumen"},
                "offers": {
                    "@type": "Offer",
                    "price": "38.00",
                    "priceCurrency": "USD",
                    "availability": "https://schema.org/InStock",
                },
            }
        ),
    ),
    BOTTLE_IMGS[0],
)


# ---- round 2: written after reading the image heuristics and fixing round 1 ------------------------------

# The shop-the-look slider beside Dawn's JSON-LD and og:image: a picture scoring 5+ takes the structured
# picture's place (extract.MAIN_IMAGE_SCORE), so a carousel's shown slide must not get there.
case(
    "r2-dawn-shop-the-look-with-ld",
    TOTE_URL,
    shop_page(
        dawn(tote_slides(), TOTE, "$68.00") + LOOK,
        f"{TOTE} &ndash; Harbor &amp; Pine",
        sh_og(TOTE, f"{SHF}/IMG_4821.jpg?v=1712345678")
        + shopify_ld_product(TOTE, f"{SHF}/IMG_4821.jpg?v=1712345678", TOTE_URL),
    ),
    TOTE_MAIN,
)
# Every slide lazy, the first a camera name, the later ones named with the title's words.
case(
    "r2-dawn-later-slides-named-all-lazy",
    TOTE_URL,
    shop_page(
        dawn(
            "".join(
                dawn_slide(33000 + i, f, "", lazy=True, active=(i == 0))
                for i, f in enumerate(
                    ["IMG_4821.jpg", "waxed-canvas-field-tote-back.jpg", "field-tote-detail.jpg"]
                )
            ),
            TOTE,
            "$68.00",
        ),
        f"{TOTE} &ndash; Harbor &amp; Pine",
    ),
    TOTE_MAIN,
)
# An older WooCommerce theme linking each gallery photo to its attachment page (another path).
case(
    "r2-woo-gallery-links-attachment-pages",
    MUG_URL,
    storefront(MUG_FILES, MUG, related=MUG_REL)
    .replace(f"<a href='{WCU}/IMG_2231.jpg'>", f"<a href='{MUG_URL}img_2231/'>")
    .replace(f"<a href='{WCU}/IMG_2236.jpg'>", f"<a href='{MUG_URL}img_2236/'>")
    .replace(f"<a href='{WCU}/IMG_2240.jpg'>", f"<a href='{MUG_URL}img_2240/'>"),
    f"{WCU}/IMG_2231.jpg",
)
# A 'complete the look' swiper of other products (product-image names, second slide active, links to
# their pages, alt texts sharing the title's words) under a page with JSON-LD.
CTL = (
    "<div class='shopify-section'><div class='complete-the-look'><h2>Complete the look</h2><div class='swiper'><div class='swiper-wrapper'>"
    + "".join(
        f"<div class='swiper-slide{' swiper-slide-active' if i == 1 else ''}'><a href='/products/{h}' class='ctl-card'>"
        f"<img class='ctl-card__product-image' src='{SHF}/{f}?v=1&width=800' alt='{n}' width='800' height='800'>"
        f"<span class='ctl-card__title'>{n}</span><span class='ctl-card__price'>$38.00</span></a></div>"
        for i, (h, n, f) in enumerate(
            [
                ("waxed-canvas-field-cap", "Waxed Canvas Field Cap", "WCFC_01.jpg"),
                ("waxed-canvas-field-tote-strap", "Waxed Canvas Field Tote Strap", "WCFTS_01.jpg"),
                ("canvas-care-wax", "Canvas Care Wax", "CCW_01.jpg"),
            ]
        )
    )
    + "</div></div></div></div>"
)
case(
    "r2-dawn-complete-the-look-with-ld",
    TOTE_URL,
    shop_page(
        dawn(tote_slides(), TOTE, "$68.00") + CTL,
        f"{TOTE} &ndash; Harbor &amp; Pine",
        shopify_ld_product(TOTE, f"{SHF}/IMG_4821.jpg?v=1712345678", TOTE_URL),
    ),
    TOTE_MAIN,
)
case(
    "r2-dawn-complete-the-look",
    TOTE_URL,
    shop_page(dawn(tote_slides(), TOTE, "$68.00") + CTL, f"{TOTE} &ndash; Harbor &amp; Pine"),
    TOTE_MAIN,
)
# Customer photos in a reviews widget, alt texts naming the product.
YOTPO = (
    "<div class='yotpo yotpo-main-widget' data-product-id='8912345678'><div class='yotpo-reviews-carousel'><div class='yotpo-carousel'>"
    + "".join(
        f"<div class='yotpo-carousel-item{' is-active' if i == 1 else ''}'><img class='yotpo-image y-image' "
        f"src='https://cdn-yotpo-images-production.yotpo.com/Review/1234{i}/5678{i}/square.jpg?1700000000' alt='{TOTE} customer photo {i + 1}' width='600' height='600'>"
        "<div class='yotpo-review-body'>Great bag.</div></div>"
        for i in range(3)
    )
    + "</div></div></div>"
)
case(
    "r2-dawn-yotpo-customer-photos",
    TOTE_URL,
    shop_page(dawn(tote_slides(), TOTE, "$68.00") + YOTPO, f"{TOTE} &ndash; Harbor &amp; Pine"),
    TOTE_MAIN,
)
# Recently viewed (script-driven, no links), product-image names, second slide active.
RV = (
    "<div class='recently-viewed-products'><h2>Recently viewed</h2><div class='swiper'><div class='swiper-wrapper'>"
    + "".join(
        f"<div class='swiper-slide{' swiper-slide-active' if i == 1 else ''}' onclick=\"location.href='/products/{h}'\">"
        f"<img class='product-image' src='{SHF}/{f}?v=1&width=600' alt='{n}'><p>{n}</p></div>"
        for i, (h, n, f) in enumerate(
            [
                ("waxed-canvas-weekender", "Waxed Canvas Weekender", "IMG_5120.jpg"),
                ("field-tote-mini", "Field Tote Mini", "IMG_5301.jpg"),
            ]
        )
    )
    + "</div></div></div>"
)
case(
    "r2-dawn-recently-viewed-script-links",
    TOTE_URL,
    shop_page(dawn(tote_slides(), TOTE, "$68.00") + RV, f"{TOTE} &ndash; Harbor &amp; Pine"),
    TOTE_MAIN,
)
# The URL's variant: Prestige marks its picture selected (third slide); the shopper sees it.
case(
    "r2-prestige-variant-selected",
    f"{CHAIR_URL}?variant=41234567890123",
    shop_page(prestige(CHAIR_FILES, CHAIR, selected=2), f"{CHAIR} &ndash; Harbor &amp; Pine"),
    f"{SH}/cdn/shop/products/OSC-003-detail_800x.jpg?v=1640000000",
)
# SFRA with its recommendations and JSON-LD.
case(
    "r2-sfra-einstein-ld-only",
    PACK_URL,
    sfra(
        PACK_FILES,
        PACK,
        EINSTEIN,
        ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": PACK,
                "image": [f"{SFI}/dw1a2b3c4d/images/large/TF-88021_020_01.jpg?sw=800&sh=800"],
                "offers": {"@type": "Offer", "priceCurrency": "USD", "price": "98.00"},
            }
        ),
    ),
    f"{SFI}/dw1a2b3c4d/images/large/TF-88021_020_01.jpg",
)


# ---- round 3: aimed at last session's rules, written after the round 1-2 fixes ---------------------------

# A hand-written shop page: an alt-less camera-named photo, the other colours linked below with file names
# spelling the title (the file-name rule outside a gallery).
case(
    "r3-plain-page-colour-links-named",
    "https://www.oldmillleather.com/products/bifold-wallet.php",
    "<html><head><title>Bifold Wallet - Old Mill Leather</title></head><body>"
    "<div id='hdr'><a href='/'><img src='/images/oldmill_logo.gif' alt='Old Mill Leather'></a></div>"
    "<table width='900'><tr><td width='450'><img src='/images/products/DSC_0192.jpg' width='430' alt=''></td>"
    "<td><h1>Bifold Wallet</h1><p class='price'>$65.00</p><form action='/cart.php' method='post'>"
    "<input type='hidden' name='item' value='BW-1'><input type='submit' value='Add to Cart'></form>"
    "<p>Also available in:</p><a href='/products/bifold-wallet-black.php'><img src='/images/products/bifold-wallet-black.jpg' width='90' alt=''></a>"
    "<a href='/products/bifold-wallet-tan.php'><img src='/images/products/bifold-wallet-tan.jpg' width='90' alt=''></a>"
    "</td></tr></table></body></html>",
    "https://www.oldmillleather.com/images/products/DSC_0192.jpg",
)
# Squarespace's gallery (data-src only, weak names) beside an Instagram feed's JSON in a script named a gallery.
INSTA = (
    "<section class='instagram-block'><h2>@willowandwick</h2><script type='application/json' id='instagram-gallery-data'>"
    + json.dumps(
        {
            "items": [
                {
                    "image": f"https://scontent.cdninstagram.com/v/t51.2885-15/3{i}1234567_n.jpg",
                    "permalink": f"https://www.instagram.com/p/C{i}xyz/",
                }
                for i in range(4)
            ]
        }
    )
    + "</script></section>"
)
case(
    "r3-squarespace-instagram-gallery-script",
    THROW_URL,
    squarespace(THROW_FILES, after=INSTA + SQ_RELATED),
    f"{SQI}/{THROW_FILES[0]}",
)
# The URL names a variant with its own picture in a ProductGroup (the gallery rendered for it): the variant's.
case(
    "r3-dawn-productgroup-url-variant-own-image",
    f"{KNIT_URL}?variant=45100000000031",
    shop_page(
        dawn(knit_slides(active=3), KNIT, "$148.00"),
        f"{KNIT} &ndash; Harbor &amp; Pine",
        sh_og(KNIT, f"{SHF}/MFS_Oat_Front.jpg?v=1712345678") + knit_group(),
    ),
    f"{SHF}/MFS_Navy_Front.jpg?v=1712345678",
)
# A launch banner <picture> above the gallery (tiny blurred fallback, alt naming the product), no link.
LAUNCH = (
    "<div class='shopify-section'><div class='image-banner'><picture>"
    f"<source media='(min-width: 750px)' srcset='{SHF}/Field_Tote_Launch_Banner.jpg?v=1&width=3000 3000w, {SHF}/Field_Tote_Launch_Banner.jpg?v=1&width=1500 1500w'>"
    f"<img src='{SHF}/Field_Tote_Launch_Banner.jpg?v=1&width=30' alt='New: the {TOTE}' width='30' height='10' fetchpriority='high'>"
    "</picture><div class='image-banner__content'><h2>Made for the market run</h2></div></div></div>"
)
case(
    "r3-dawn-launch-banner-picture-above",
    TOTE_URL,
    shop_page(LAUNCH + dawn(tote_slides(), TOTE, "$68.00"), f"{TOTE} &ndash; Harbor &amp; Pine"),
    TOTE_MAIN,
)
case(
    "r3-dawn-launch-banner-picture-above-ld",
    TOTE_URL,
    shop_page(
        LAUNCH + dawn(tote_slides(), TOTE, "$68.00"),
        f"{TOTE} &ndash; Harbor &amp; Pine",
        shopify_ld_product(TOTE, f"{SHF}/IMG_4821.jpg?v=1712345678", TOTE_URL),
    ),
    TOTE_MAIN,
)
# Magento with an SEO extension's JSON-LD, the rendered Fotorama and an upsell slider (slick-current on
# its second card, product-image-photo names, links to the upsells' pages).
MG_UPSELL = (
    MG_RELATED.replace("block related", "block upsell")
    .replace(
        "<li class='item product product-item'>", "<li class='item product product-item slick-slide'>", 1
    )
    .replace(
        "<li class='item product product-item'>",
        "<li class='item product product-item slick-slide slick-current slick-active'>",
        1,
    )
)
case(
    "r3-magento-ld-fotorama-upsell-slider",
    JACKET_URL,
    magento(
        JACKET_ITEMS,
        JACKET,
        rendered=True,
        related=MG_UPSELL,
        head=ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": JACKET,
                "sku": "RIJ-01",
                "image": JACKET_MAIN.replace(
                    "ab8f6e3cf4f1d5a6e0f9b8c7d6e5f4a3", "74c1e5f0b2a3c4d5e6f7a8b9c0d1e2f3"
                ),
                "offers": {"@type": "Offer", "price": "229.00", "priceCurrency": "USD"},
            }
        ),
    ),
    JACKET_MAIN,
)


# left (the pages another field kept from being a listing are listings now: dawn-camera-names-related-
# share-words by prices._unnamed_price, 13341fd; the two Turbo pages by layout's popup names, 9f4b46e)
XFAIL = {}


@pytest.mark.parametrize("c", case_params(CASES, XFAIL))
def test_main_image(c: Case) -> None:
    wrong = mistake(c)
    assert not wrong, wrong


# ---- must-not-fire cases of the fixes (written after reading the heuristics) -------------------------
# Each passes before and after the fixes unless its id starts with "fires-" (those fail before).

NOT_FIRE: list[Case] = []


def keep(id: str, url: str, html: str, *images: str) -> None:
    NOT_FIRE.append(Case(id, url, html, images))


# a lifestyle picture below the product (alt = the title, several sizes): the photo must keep its lead
LIFESTYLE = (
    "<section class='image-with-text'><div class='image-with-text__media'>"
    f"<img src='{SHF}/boot-trail-lifestyle.jpg?v=1&width=750' srcset='{srcset(SHF + '/boot-trail-lifestyle.jpg?v=1', (750, 1100, 1500))}' "
    "alt='Service Boot' width='1500' height='1000' loading='lazy'></div><div class='image-with-text__content'>"
    "<h2>Built for the long haul</h2><p>Goodyear welted, resoleable.</p></div></section>"
)
# an alt written by the merchant still reads (not a file name): the first slide, named, leads
keep(
    "squarespace-real-alt-texts",
    THROW_URL,
    squarespace(THROW_FILES, after=SQ_RELATED)
    .replace("alt='IMG_0892.JPG'", "alt='Handwoven Cotton Throw in oat'")
    .replace("alt='throw-detail.jpg'", "alt='Fringe detail'"),
    f"{SQI}/{THROW_FILES[0]}",
)
# outside a gallery a file name spelling the title still reads (an alt-less photo beside a banner)
keep(
    "file-words-outside-gallery",
    f"{WC}/p/stoneware-pour-over",
    "<html><head><title>Stoneware Pour Over | Blue Crab</title></head><body>"
    f"<div class='top'><img src='{WC}/img/spring-weekend-2024.jpg' alt=''></div>"
    f"<div class='left'><img src='{WC}/img/stoneware-pour-over-sage.jpg' alt=''></div>"
    "<div class='right'><h1>Stoneware Pour Over</h1><span class='price'>$42.00</span>"
    "<button type='submit'>Add to cart</button></div></body></html>",
    f"{WC}/img/stoneware-pour-over-sage.jpg",
)
# the slide marked shown for the URL's variant still leads when its link stays on this page
# (?variant=) or opens its picture file
VAR_LINKED = "".join(
    f"<li class='product__media-item slider__slide{' is-active' if i == 2 else ''}'><a href='{href}'>"
    f"<img src='{SHF}/{f}?v=1712345678&width=1200' alt='' width='1200' height='1200'></a></li>"
    for i, (f, href) in enumerate(
        [
            ("MFS_Oat_Front.jpg", "/products/merino-fisherman-sweater?variant=45100000000011"),
            ("MFS_Oat_Back.jpg", "/products/merino-fisherman-sweater?variant=45100000000011"),
            ("MFS_Charcoal_Front.jpg", "/products/merino-fisherman-sweater?variant=45100000000021"),
        ]
    )
)
keep(
    "shown-variant-slide-links-same-page",
    f"{KNIT_URL}?variant=45100000000021",
    shop_page(f"<ul class='product__media-list'>{VAR_LINKED}</ul>" + dawn_info(KNIT, "$148.00"), KNIT),
    f"{SHF}/MFS_Charcoal_Front.jpg?v=1712345678",
)
keep(
    "shown-variant-slide-links-picture-file",
    f"{KNIT_URL}?variant=45100000000021",
    shop_page(
        "<ul class='product__media-list'>"
        + "".join(
            f"<li class='product__media-item slider__slide{' is-active' if i == 2 else ''}'><a href='{SHF}/{f}?v=1712345678' class='zoom'>"
            f"<img src='{SHF}/{f}?v=1712345678&width=1200' alt='' width='1200' height='1200'></a></li>"
            for i, f in enumerate(["MFS_Oat_Front.jpg", "MFS_Oat_Back.jpg", "MFS_Charcoal_Front.jpg"])
        )
        + "</ul>"
        + dawn_info(KNIT, "$148.00"),
        KNIT,
    ),
    f"{SHF}/MFS_Charcoal_Front.jpg?v=1712345678",
)
# a product-image name on the photo linking to this page's zoom view (same path) still counts
keep(
    "named-photo-links-same-path",
    LAMP_URL,
    shop_page(
        f"<div class='product-single'><a href='{LAMP_URL}?view=zoom'><img class='product-featured-image' "
        f"src='{SH}/cdn/shop/products/BTL-01_2a7c1e4f_1024x1024.jpg?v=1' alt=''></a></div>"
        + dawn_info(LAMP, "$189.00")
        + "<div class='grid-product'><a href='/products/brass-floor-lamp'><img class='grid-product__image' "
        f"src='{SH}/cdn/shop/products/brass-floor-lamp_600x.jpg?v=1' alt='Brass Floor Lamp'></a></div>"
        + LIFESTYLE.replace("boot-trail", "lamp-desk").replace("Service Boot", LAMP),
        LAMP,
    ),
    f"{SH}/cdn/shop/products/BTL-01_2a7c1e4f_1024x1024.jpg?v=1",
)
# a page whose only picture is a 3D model's poster still gives it; a gallery saying it has a 3D model
# around all the photos is no model's slide
keep(
    "only-picture-model-poster",
    BOOT_URL,
    shop_page(
        "<div class='product__media-item media-type-model'><product-model class='deferred-media'>"
        f"<img src='{SHF}/service-boot-brown-3d.jpg?v=1&width=1200' alt='' width='1200' height='1200'></product-model></div>"
        + dawn_info(BOOT, "$320.00"),
        BOOT,
    ),
    f"{SHF}/service-boot-brown-3d.jpg?v=1",
)
keep(
    "gallery-has-3d-model-around-one-photo",
    BOOT_URL,
    shop_page(
        "<div class='product-gallery product-gallery--has-3d-model'>"
        f"<img src='{SHF}/SB_Brown_Side.jpg?v=1&width=1200' alt='Service Boot' width='1200' height='1200'>"
        "<model-viewer src='https://cdn.shopify.com/b/3d/service-boot.glb' ar camera-controls></model-viewer></div>"
        + dawn_info(BOOT, "$320.00")
        + LIFESTYLE,
        BOOT,
    ),
    f"{SHF}/SB_Brown_Side.jpg?v=1",
)
# Elementor's WooCommerce widget ('elementor-widget', a noise word) around the gallery, its photos named
# 'product-image' in slides of one class: the photo, not a strip of other items
keep(
    "elementor-widget-gallery-named-slides",
    MUG_URL,
    storefront(MUG_FILES, MUG, related=MUG_REL)
    .replace(
        "<div class='woocommerce-product-gallery ",
        "<div class='elementor-widget elementor-widget-woocommerce-product-images'><div class='woocommerce-product-gallery ",
    )
    .replace("</figure></div>", "</figure></div></div>")
    .replace("class='wp-post-image'", "class='wp-post-image product-image'")
    .replace("class=''", "class='product-image'"),
    f"{WCU}/IMG_2231.jpg",
)
# a recently-viewed strip whose items link to their pages (cards): as before the fixes
keep(
    "recently-viewed-linked-items",
    TOTE_URL,
    shop_page(dawn(tote_slides(), TOTE, "$68.00") + RECENT, TOTE),
    TOTE_MAIN,
)


# the photo linking to this product's page under another path: Shopify's short "/products/<handle>"
# from a collection's path, Magento's "/<product>.html" from a category's path, the canonical URL
def _linked_gallery(href: str, files: list[str], alt: str = "") -> str:
    return (
        "<ul class='product__media-list'>"
        + "".join(
            f"<li class='product__media-item slider__slide{' is-active' if i == 0 else ''}'><a href='{href}'>"
            f"<img src='{SHF}/{f}?v=1712345678&width=1200' alt='{alt}' width='1200' height='1200'"
            + (" fetchpriority='high'" if i == 0 else " loading='lazy'")
            + "></a></li>"
            for i, f in enumerate(files)
        )
        + "</ul>"
    )


# a lifestyle picture below the product in one size (alt = the title)
LAMP_LIFESTYLE = (
    "<section class='image-with-text'><div class='image-with-text__media'>"
    f"<img src='{SHF}/lamp-desk-lifestyle.jpg?v=1&width=1500' alt='{LAMP}' width='1500' height='1000' loading='lazy'>"
    "</div><div class='image-with-text__content'><h2>Light where you work</h2></div></section>"
)
keep(
    "collection-path-photo-links-product-path",
    LAMP_URL,
    shop_page(
        _linked_gallery("/products/brass-task-lamp", ["BTL-01.jpg", "BTL-02.jpg"])
        + dawn_info(LAMP, "$189.00")
        + LAMP_LIFESTYLE,
        LAMP,
    ),
    f"{SHF}/BTL-01.jpg?v=1712345678",
)
keep(
    "magento-category-path-photo-links-short-path",
    f"{MG}/men/jackets/ridgeline-insulated-jacket.html",
    shop_page(
        _linked_gallery(f"{MG}/ridgeline-insulated-jacket.html", ["RIJ-01.jpg", "RIJ-02.jpg"])
        + dawn_info(JACKET, "$229.00")
        + LAMP_LIFESTYLE.replace("lamp-desk", "jacket-ridge").replace(LAMP, JACKET),
        JACKET,
    ).replace("https://www.harborandpine.com", MG),
    f"{MG}/cdn/shop/files/RIJ-01.jpg?v=1712345678",
)
keep(
    "photo-links-canonical-url",
    f"{SH}/p/77",
    shop_page(
        _linked_gallery("/brass-task-lamp-77.html", ["BTL-01.jpg", "BTL-02.jpg"])
        + dawn_info(LAMP, "$189.00")
        + LAMP_LIFESTYLE,
        LAMP,
        f"<link rel='canonical' href='{SH}/brass-task-lamp-77.html'>",
    ),
    f"{SHF}/BTL-01.jpg?v=1712345678",
)
# a picture linking to another product under the same collection path still leads elsewhere: the
# 'complete the look' cards of another product whose slug differs
keep(
    "collection-path-card-links-other-product",
    f"{SH}/collections/bags/products/waxed-canvas-field-tote",
    shop_page(dawn(tote_slides(), TOTE, "$68.00") + CTL, f"{TOTE} &ndash; Harbor &amp; Pine"),
    TOTE_MAIN,
)

# the page's own URL unknown (bench_extraction's stand-in "https://<shop>.example/" for a page without
# a canonical link or og:url): a link whose slug spells the title is this product's page; one whose
# slug is a part of the title's words is another product's
keep(
    "stand-in-url-photo-links-title-slug",
    "https://harborandpine.example/",
    shop_page(
        _linked_gallery("/products/brass-task-lamp", ["BTL-01.jpg", "BTL-02.jpg"])
        + dawn_info(LAMP, "$189.00")
        + LAMP_LIFESTYLE,
        LAMP,
    ),
    f"{SHF}/BTL-01.jpg?v=1712345678",
)
keep(
    "stand-in-url-cards-linking-part-of-title",
    "https://harborandpine.example/",
    shop_page(
        dawn(tote_slides(), TOTE, "$68.00")
        + CTL.replace("/products/waxed-canvas-field-tote-strap", "/products/canvas-tote").replace(
            "Waxed Canvas Field Tote Strap", "Canvas Tote"
        ),
        f"{TOTE} &ndash; Harbor &amp; Pine",
    ),
    TOTE_MAIN,
)

# the same last segment under another path, or the canonical URL, when the slug does not spell the title
keep(
    "collection-path-photo-links-product-path-code-slug",
    f"{SH}/collections/lighting/products/btl-2024-a",
    shop_page(
        _linked_gallery("/products/btl-2024-a", ["BTL-01.jpg", "BTL-02.jpg"])
        + dawn_info(LAMP, "$189.00")
        + LAMP_LIFESTYLE,
        LAMP,
    ),
    f"{SHF}/BTL-01.jpg?v=1712345678",
)
keep(
    "photo-links-canonical-url-code",
    f"{SH}/p/77",
    shop_page(
        _linked_gallery("/lamps/item-4471.html", ["BTL-01.jpg", "BTL-02.jpg"])
        + dawn_info(LAMP, "$189.00")
        + LAMP_LIFESTYLE,
        LAMP,
        f"<link rel='canonical' href='{SH}/lamps/item-4471.html'>",
    ),
    f"{SHF}/BTL-01.jpg?v=1712345678",
)


# photos._other_items_block (stop 35, the lead; fixes r2-dawn-recently-viewed-script-links). Checked against
# f03332e (before the rule): the two pages of the same kind (`CASES`) failed then, the must-not-fire
# pages (`keep`) passed then
CASES.append(
    Case(
        "recently-viewed-strip-before-the-gallery",
        TOTE_URL,
        shop_page(RV + dawn(tote_slides(), TOTE, "$68.00"), f"{TOTE} &ndash; Harbor &amp; Pine"),
        (TOTE_MAIN,),
    )
)
CASES.append(
    Case(
        "recently-viewed-strip-product-block-state-class",
        TOTE_URL,
        shop_page(
            "<div class='pdp-main frequently-bought-together-enabled'>"
            + dawn(tote_slides(), TOTE, "$68.00")
            + "</div>"
            + RV,
            f"{TOTE} &ndash; Harbor &amp; Pine",
        ),
        (TOTE_MAIN,),
    )
)
# the product block's state class names a feature ("frequently-bought-together-enabled", a noise name):
# its camera-named slides keep their product-image bonus over an image-with-text section's titled picture
keep(
    "product-block-state-class-beside-image-with-text",
    TOTE_URL,
    shop_page(
        "<div class='pdp-main frequently-bought-together-enabled'>"
        + dawn(tote_slides(), TOTE, "$68.00")
        + "</div>"
        + LAMP_LIFESTYLE.replace(LAMP, TOTE),
        f"{TOTE} &ndash; Harbor &amp; Pine",
    ),
    TOTE_MAIN,
)
# a related-products strip whose cards link away (the rule before this one) and the product's gallery
keep(
    "related-strip-linked-cards-after-gallery",
    TOTE_URL,
    shop_page(
        dawn(tote_slides(), TOTE, "$68.00")
        + "<div class='related-products'><h2>You may also like</h2>"
        + "".join(
            f"<a href='/products/{h}'><img class='product-image' src='{SHF}/{f}?v=1&width=600' alt='{n}'></a>"
            for h, n, f in (
                ("waxed-canvas-weekender", "Waxed Canvas Weekender", "IMG_5120.jpg"),
                ("canvas-field-tote-mini", "Canvas Field Tote Mini", "IMG_5301.jpg"),
            )
        )
        + "</div>",
        f"{TOTE} &ndash; Harbor &amp; Pine",
    ),
    TOTE_MAIN,
)


@pytest.mark.parametrize("c", case_params(NOT_FIRE))
def test_fixes_keep_ordinary_pages(c: Case) -> None:
    wrong = mistake(c)
    assert not wrong, wrong
