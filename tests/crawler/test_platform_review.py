"""Adversarial review of price, title and main image on the other shop platforms (issue 14).

tests/crawler/test_us_shop_review.py covered Shopify-style US shops; these cases are product pages
of the other platforms and page builders US/EU shops run on, written from their real markup
before reading the heuristics: Magento 2 (Luma and Hyva), BigCommerce Stencil (Cornerstone),
Salesforce Commerce Cloud (SFRA and SiteGenesis), WooCommerce, Squarespace, Wix, PrestaShop,
Shopware 6, Next.js/React shops, Amazon-like layouts, titles with shop, brand and variant parts,
and structured data that disagrees with the visible page. Each asserts what a careful buyer reads:
the price paid for the shown choice, the product's name, the shop's main product picture; compared
as benchmarks.bench_extraction compares them (`title_match`, `image_match`: size variants of one
photo are equal, price to the cent; the currency too where a case is about it).

First look (cases run against the code before any change here, commit ac5552a): 8 of 61 failed.
Round 1 (15 cases: Magento 2 Luma and Hyva, BigCommerce Cornerstone, SFRA and SiteGenesis): none.
Round 2 (15: WooCommerce, Squarespace 7.0/7.1, Wix, PrestaShop, Shopware 6): 1, Wix's regular
("secondary") price before the primary one. Round 3 (16: Next.js Commerce, React SSR, Hydrogen,
Amazon/Best Buy/Target/eBay layouts, titles, EU price notes): 2, an AggregateOffer's lowPrice beside
the shown highPrice, and a Hydrogen page whose only price sits inside its add-to-cart button (no
product at all). Round 4 (15: structured data against the page): 5, a JSON-LD "1.049" read as 1.049
beside "1.049 €", a stale JSON-LD price beside the page's own microdata and og price, no currency
from a JSON-LD offer without one, the first of per-currency offers, a refurbished offer first.
All 8 pass after the fixes. Round 5 (14 cases, written after those fixes, before reading the
price heuristics: OpenCart, JTL-Shop with slick's data-lazy, Shopware 5, Lightspeed, Ecwid, Flickity
and Splide lazy pictures, a Magento bundle, Gambio, "ab" prices, an og:image swatch, a 360° poster
first): 1 failed, OpenCart's "Ex Tax: $45.00" read as the price (the net label before a currency
mark written first; "ex" a net label before an amount only with a colon, "£20.83 ex VAT £25.00" being
the UK's label after its amount); one more (Ecwid) failed on my label only, its srcset 2x file being the same photo
under another number, now accepted. Round 6 (14 cases: structured names, bol.com / Zalando / Dutch
price shapes, "$" and "kr." by region, AVIF pictures, a promo banner slide): 2 failed, a JSON-LD
name written as an SEO phrase ("Buy ... Online - Free Shipping Over $50", left as a strict xfail: the
rule that fixed it breaks test_us_shop_review.py's seo-name-richer expectation) and bol.com's unmarked
"<del>79,99</del> 54 <sup>99</sup>" read as 799954.99 with no currency; a third (Zalando-like) failed
on my label only (the brand-less name; the h1 shows the brand too), now the h1's text. So 11 of 89
at first look (0, 1, 2, 5, 1, 2 by round), all but that one pass. Each fix has must-not-fire cases below
(`LABEL_CASES`, `OFFER_CASES`, `NET_CASES`, `SPLIT_CASES`, `test_price_text_labels_after`,
`test_amount_count`, `test_in_thousandths`, `test_net_before_ex`), passing
before and after unless named "fires-". Round 7 (10 cases: Cloudinary URLs with commas in srcset,
Yoast's @id image, tracking pixels first, a German bottle deposit, "to" ranges, a currency
converter's note, CS-Cart, a template gallery, `link rel=image_src`): 1 failed, CS-Cart's current
price named "sec_discounted_price" read as a saving (no product); `DISCOUNT_CASES`. Round 8 (6
cases: a merchant's h1 in the description below the theme's h2 name, a hashed gallery file name
beside a description picture named for the product, a UK ex-VAT price first, a bundle box, a sold-out
page with its price, inch marks in the name): none. In all 12 of 105 at first look, 11 fixed, one left
as a strict xfail (`XFAIL`).
"""

from __future__ import annotations

import json

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.price_text import NET_BEFORE, OLD_PRICE, amount_count, shown_price
from knockoff.crawler.values import in_thousandths
from tests.crawler.review_cases import case_params, field_mistakes
from tests.crawler.test_us_shop_review import Case, ld

CASES: list[Case] = []


def case(id: str, url: str, html: str, price: float | None, title: str, *images: str) -> None:
    CASES.append(Case(id, url, html, price, title, images))


def doc(
    body: str, title: str, head: str = "", lang: str = "en-US", header: str = "", footer: str = ""
) -> str:
    """A whole page: `<title>` as given (shop suffix included), extra `head`, header, body, footer."""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{title}</title>{head}"
        f"</head><body>{header}<main id='maincontent' class='page-main'>{body}</main>{footer}</body></html>"
    )


def og(props: dict[str, str]) -> str:
    """OpenGraph/product meta tags: {"og:title": "x"} -> <meta property="og:title" content="x">."""
    return "".join(f'<meta property="{k}" content="{v}">' for k, v in props.items())


# ---- Magento 2 ----------------------------------------------------------------------------------

M2_HEADER = (
    "<div class='panel wrapper'><div class='panel header'><ul class='header links'><li class='greet welcome'>"
    "<span class='not-logged-in'>Default welcome msg!</span></li><li><a href='/customer/account/login/'>Sign In"
    "</a></li></ul></div></div><header class='page-header'><div class='header content'>"
    "<a class='logo' href='/' title='Luma'><img src='https://shop.example/static/version1700000000/frontend/"
    "Magento/luma/en_US/images/logo.svg' title='Luma' alt='Luma' width='148' height='43'></a>"
    "<div data-block='minicart' class='minicart-wrapper'><a class='action showcart' href='/checkout/cart/'>"
    "<span class='text'>My Cart</span><span class='counter qty empty'><span class='counter-number'></span>"
    "</span></a></div></div></header><div class='breadcrumbs'><ul class='items'><li class='item home'>"
    "<a href='/'>Home</a></li><li class='item category'><a href='/women.html'>Women</a></li>"
    "<li class='item product'><strong>PRODUCT</strong></li></ul></div>"
)
M2_FOOTER = (
    "<footer class='page-footer'><div class='footer content'><div class='block newsletter'>"
    "<div class='title'><strong>Newsletter</strong></div><form class='form subscribe'><input name='email' "
    "type='email' placeholder='Enter your email address'><button class='action subscribe primary' "
    "type='submit'><span>Subscribe</span></button></form></div><small class='copyright'><span>Copyright "
    "&copy; 2013-present Magento, Inc. All rights reserved.</span></small></div></footer>"
)


def m2_price(pid: int, amount: str, shown: str, *, label: str = "", kind: str = "finalPrice") -> str:
    """Magento 2's price-container span of `amount` (data-price-amount) shown as `shown`."""
    lab = f"<span class='price-label'>{label}</span>" if label else ""
    ident = "product-price" if kind == "finalPrice" else "old-price"
    return (
        f"<span class='price-container price-final_price tax weee'>{lab}"
        f"<span id='{ident}-{pid}' data-price-amount='{amount}' data-price-type='{kind}' "
        f"class='price-wrapper '><span class='price'>{shown}</span></span></span>"
    )


def m2_page(
    name: str, price_box: str, gallery: str, *, head: str = "", extra: str = "", lang: str = "en-US"
) -> str:
    """A Luma product page: gallery placeholder, product-info-main with the price box, add to cart."""
    body = (
        "<div class='columns'><div class='column main'><div class='product-info-main'>"
        "<div class='page-title-wrapper product'><h1 class='page-title'><span class='base' "
        f"data-ui-id='page-title-wrapper' itemprop='name'>{name}</span></h1></div>"
        "<div class='product-reviews-summary'><div class='rating-summary'><span class='label'><span>Rating:"
        "</span></span><div class='rating-result' title='80%'><span style='width:80%'><span>80%</span></span>"
        "</div></div><div class='reviews-actions'><a class='action view' href='#reviews'>3&nbsp;<span>Reviews"
        f"</span></a></div></div><div class='product-info-price'>{price_box}"
        "<div class='product-info-stock-sku'><div class='stock available' title='Availability'><span>In stock"
        "</span></div><div class='product attribute sku'><strong class='type'>SKU</strong><div class='value' "
        f"itemprop='sku'>WS12</div></div></div></div>{extra}<div class='product-add-form'><form "
        "data-product-sku='WS12' action='/checkout/cart/add/product/1556/' method='post' "
        "id='product_addtocart_form'><div class='box-tocart'><div class='field qty'><label class='label' "
        "for='qty'><span>Qty</span></label><input type='number' name='qty' id='qty' value='1' "
        "class='input-text qty'></div><div class='actions'><button type='submit' title='Add to Cart' "
        "class='action primary tocart' id='product-addtocart-button'><span>Add to Cart</span></button></div>"
        f"</div></form></div></div><div class='product media'>{gallery}</div></div></div>"
    )
    return doc(body, f"{name}", head, lang, M2_HEADER.replace("PRODUCT", name), M2_FOOTER)


def fotorama(base: str, files: list[str], thumb_hash: str = "3f0d5c1bd6bd1e7d2b4e6a0c1e2f3a4b") -> str:
    """The Luma gallery: the placeholder <img> of the first file and the x-magento-init JSON of all."""
    main = "f073062f50e48eb0f0998593e568d857"
    data = [
        {
            "thumb": f"{base}/media/catalog/product/cache/{thumb_hash}/{f}",
            "img": f"{base}/media/catalog/product/cache/{main}/{f}",
            "full": f"{base}/media/catalog/product/cache/926507dc7f93631a094422215b778fe0/{f}",
            "caption": "",
            "position": str(i + 1),
            "isMain": i == 0,
            "type": "image",
            "videoUrl": None,
        }
        for i, f in enumerate(files)
    ]
    init = {
        "[data-gallery-role=gallery-placeholder]": {"mage/gallery/gallery": {"data": data, "options": {}}}
    }
    return (
        "<a id='gallery-prev-area' tabindex='-1'></a><div class='action-skip-wrapper'></div>"
        "<div class='gallery-placeholder _block-content-loading' data-gallery-role='gallery-placeholder'>"
        f"<img alt='main product photo' class='gallery-placeholder__image' src='{data[0]['img']}'></div>"
        f"<script type='text/x-magento-init'>{json.dumps(init)}</script>"
    )


LUMA = "https://luma.shop.example"

# 1. a plain Luma page: microdata offer, data-price-amount, the fotorama placeholder picture
case(
    "m2-luma-plain",
    f"{LUMA}/radiant-tee.html",
    m2_page(
        "Radiant Tee",
        "<div class='price-box price-final_price' data-role='priceBox' data-product-id='1556' "
        "data-price-box='product-id-1556'><span class='price-container price-final_price tax weee' "
        "itemprop='offers' itemscope itemtype='http://schema.org/Offer'><span id='product-price-1556' "
        "data-price-amount='22' data-price-type='finalPrice' class='price-wrapper '><span class='price'>$22.00"
        "</span></span><meta itemprop='price' content='22'><meta itemprop='priceCurrency' content='USD'>"
        "</span></div>",
        fotorama(LUMA, ["w/s/ws12-orange_main_2.jpg", "w/s/ws12-orange_back_2.jpg"]),
    ),
    22.0,
    "Radiant Tee",
    f"{LUMA}/media/catalog/product/w/s/ws12-orange_main_2.jpg",
)

# 2. special price with its label, the regular price after it in old-price
case(
    "m2-special-price",
    f"{LUMA}/breathe-easy-tank.html",
    m2_page(
        "Breathe-Easy Tank",
        "<div class='price-box price-final_price' data-role='priceBox' data-product-id='1812'>"
        "<span class='special-price'>"
        + m2_price(1812, "27.2", "$27.20", label="Special Price")
        + "</span><span class='old-price'>"
        + m2_price(1812, "34", "$34.00", label="Regular Price", kind="oldPrice")
        + "</span></div>",
        fotorama(LUMA, ["w/t/wt09-white_main_1.jpg", "w/t/wt09-white_alt1.jpg"]),
    ),
    27.2,
    "Breathe-Easy Tank",
    f"{LUMA}/media/catalog/product/w/t/wt09-white_main_1.jpg",
)

# 3. configurable product: "As low as" minimal price, a hidden old price, og price of 0 (Magento
# writes getFinalPrice() of the parent, 0 for a configurable product)
case(
    "m2-configurable-as-low-as",
    f"{LUMA}/hero-hoodie.html",
    m2_page(
        "Hero Hoodie",
        "<div class='price-box price-final_price' data-role='priceBox' data-product-id='158'>"
        "<span class='normal-price'>"
        + m2_price(158, "54", "$54.00", label="As low as")
        + "</span><span class='old-price sly-old-price no-display'>"
        + m2_price(158, "64", "$64.00", label="Regular Price", kind="oldPrice")
        + "</span></div>",
        fotorama(LUMA, ["m/h/mh07-gray_main_2.jpg", "m/h/mh07-gray_alt1_2.jpg"]),
        head=og(
            {
                "og:type": "product",
                "og:title": "Hero Hoodie",
                "og:image": f"{LUMA}/media/catalog/product/cache/6517c62f5899ad6aa0ba23ceb3eeff97/m/h/"
                "mh07-gray_main_2.jpg",
                "product:price:amount": "0",
                "product:price:currency": "USD",
            }
        ),
        extra="<div class='swatch-opt' data-role='swatch-options'><div class='swatch-attribute size'>"
        "<span class='swatch-attribute-label'>Size</span><div class='swatch-attribute-options clearfix'>"
        "<div class='swatch-option text' option-label='XS'>XS</div><div class='swatch-option text' "
        "option-label='S'>S</div><div class='swatch-option text' option-label='M'>M</div></div></div></div>",
    ),
    54.0,
    "Hero Hoodie",
    f"{LUMA}/media/catalog/product/m/h/mh07-gray_main_2.jpg",
)

# 4. a German Magento shop showing the price with and without VAT (the buyer pays the first)
case(
    "m2-incl-excl-tax",
    "https://www.werkstatt.example/akku-bohrschrauber-18-v.html",
    m2_page(
        "Akku-Bohrschrauber 18 V, 2 Akkus",
        "<div class='price-box price-final_price' data-role='priceBox' data-product-id='4411'>"
        "<span class='price-container price-final_price tax weee'>"
        "<span id='price-including-tax-product-price-4411' data-label='inkl. MwSt.' data-price-amount='189' "
        "data-price-type='finalPrice' class='price-wrapper price-including-tax'><span class='price'>189,00 €"
        "</span></span><span id='price-excluding-tax-product-price-4411' data-label='exkl. MwSt.' "
        "data-price-amount='158.82' data-price-type='basePrice' class='price-wrapper price-excluding-tax'>"
        "<span class='price'>158,82 €</span></span></span></div><div class='price-details'>"
        "<span class='tax-details'>inkl. 19% MwSt., zzgl. <a href='/versand'>Versandkosten</a></span></div>",
        fotorama("https://www.werkstatt.example", ["a/k/akku-bohrschrauber-18v-set.jpg"]),
        lang="de-DE",
    ),
    189.0,
    "Akku-Bohrschrauber 18 V, 2 Akkus",
    "https://www.werkstatt.example/media/catalog/product/a/k/akku-bohrschrauber-18v-set.jpg",
)

# 5. a tier price line under the price ("Buy 3 for $19.80 each and save 10%")
case(
    "m2-tier-price",
    f"{LUMA}/sprite-yoga-strap-6-foot.html",
    m2_page(
        "Sprite Yoga Strap 6 foot",
        "<div class='price-box price-final_price' data-role='priceBox' data-product-id='34'>"
        + m2_price(34, "22", "$22.00")
        + "</div>",
        fotorama(LUMA, ["l/u/luma-yoga-strap.jpg"]),
        extra="<ul class='prices-tier items'><li class='item'>Buy 3 for <span class='price-container "
        "price-tier_price tax weee'><span data-price-amount='19.8' data-price-type='' class='price-wrapper '>"
        "<span class='price'>$19.80</span></span></span> each and <strong class='benefit'>save<span "
        "class='percent tier-0'>&nbsp;10</span>%</strong></li><li class='item'>Buy 10 for <span "
        "class='price-container price-tier_price tax weee'><span data-price-amount='17.6' data-price-type='' "
        "class='price-wrapper '><span class='price'>$17.60</span></span></span> each and <strong "
        "class='benefit'>save<span class='percent tier-1'>&nbsp;20</span>%</strong></li></ul>",
    ),
    22.0,
    "Sprite Yoga Strap 6 foot",
    f"{LUMA}/media/catalog/product/l/u/luma-yoga-strap.jpg",
)

# 6. Hyva theme: Tailwind classes, Alpine templates, the gallery's <img :src> with the first photo,
# an "Excl. Tax" line hidden until a setting turns it on
HYVA = "https://www.hyva-outdoor.example"
case(
    "m2-hyva",
    f"{HYVA}/trail-running-vest-12l.html",
    doc(
        "<section class='text-gray-700 body-font'><div class='flex pb-6 md:pt-6 md:pb-10 lg:flex-row "
        "flex-col items-center' x-data><div class='w-full md:w-1/2 lg:w-2/3 md:h-auto md:pr-6'><div id='gallery' "
        "x-data='initGallery()' x-init='initActive()'><div class='relative self-center w-full'><img "
        "alt='Trail Running Vest 12L' title='Trail Running Vest 12L' class='object-contain object-center "
        "w-full h-auto max-h-screen-75' :src='images[active].img' "
        f"src='{HYVA}/media/catalog/product/cache/6e4a8c1b0f7d3e2a9c5b1d8f0e3a7c4b/t/r/trail-vest-12l-blue-front.jpg' "
        "width='700' height='700' itemprop='image' fetchpriority='high'></div><div id='thumbs' class='flex "
        "flex-wrap mt-2'><template x-for='(image, index) in images' :key='index'><div class='mb-2 mr-2'><button "
        "@click='active = index'><img :src='image.thumb' :alt='image.caption' width='110' height='110'></button>"
        "</div></template></div></div><script>function initGallery() { return { active: 0, images: "
        '[{"thumb":"'
        + HYVA
        + '\\/media\\/catalog\\/product\\/cache\\/0a1b\\/t\\/r\\/trail-vest-12l-blue-front.jpg",'
        '"img":"'
        + HYVA
        + '\\/media\\/catalog\\/product\\/cache\\/6e4a\\/t\\/r\\/trail-vest-12l-blue-front.jpg"},'
        '{"thumb":"'
        + HYVA
        + '\\/media\\/catalog\\/product\\/cache\\/0a1b\\/t\\/r\\/trail-vest-12l-blue-back.jpg",'
        '"img":"'
        + HYVA
        + '\\/media\\/catalog\\/product\\/cache\\/6e4a\\/t\\/r\\/trail-vest-12l-blue-back.jpg"}],'
        " initActive() {} } }</script></div><div class='w-full md:w-1/2 lg:w-1/3'><h1 class='mb-4 text-3xl "
        "font-semibold text-gray-900 title-font'><span class='base' data-ui-id='page-title-wrapper' "
        "itemprop='name'>Trail Running Vest 12L</span></h1><div class='flex my-4'><div class='price-box "
        "price-final_price' x-data='initPriceBox()' @update-prices-3301.window='updatePrice($event.detail)'>"
        "<div class='final-price inline-block' itemprop='offers' itemscope itemtype='http://schema.org/Offer'>"
        "<span class='price-container price-final_price tax weee'><span id='product-price-3301' "
        "data-price-amount='129.95' data-price-type='finalPrice' class='price-wrapper title-font font-medium "
        "text-2xl text-gray-900'><span class='price'>$129.95</span></span></span><meta itemprop='price' "
        "content='129.95'><meta itemprop='priceCurrency' content='USD'></div><template "
        "x-if='showRegularPriceLabel'><span class='price-label'>Regular Price</span></template></div></div>"
        "<div class='flex mt-4'><label for='qty[3301]' class='sr-only'>Quantity</label><input name='qty' "
        "id='qty[3301]' type='number' min='1' value='1' class='form-input px-2 py-2 w-20 text-center'>"
        "<button type='submit' form='product_addtocart_form' title='Add to Cart' class='btn btn-primary'>"
        "<span class='block ml-2'>Add to Cart</span></button></div></div></div></section>"
        "<section class='related'><h2>Related Products</h2><div class='product-item'><a href='/trail-bottle.html'>"
        "<img src='"
        + HYVA
        + "/media/catalog/product/cache/0a1b/b/o/bottle-500ml.jpg' alt='Soft Flask 500ml'>"
        "</a><a class='product-item-link' href='/trail-bottle.html'>Soft Flask 500ml</a><span class='price'>"
        "$34.95</span></div></section>",
        "Trail Running Vest 12L | Hyva Outdoor",
    ),
    129.95,
    "Trail Running Vest 12L",
    f"{HYVA}/media/catalog/product/t/r/trail-vest-12l-blue-front.jpg",
)

# ---- BigCommerce Stencil (Cornerstone) ----------------------------------------------------------

BC = "https://cdn11.bigcommerce.com/s-x8c2k4r9"


def bc_page(
    name: str, brand: str, price_html: str, files: list[str], *, head: str = "", title: str = ""
) -> str:
    """A Cornerstone product view: lazyloaded main figure (loading.svg + data-src), thumbnails, the brand
    h2, h1 title, productView-price sections, the add-to-cart form."""
    pic = f"{BC}/images/stencil/500x659/products/112/{{}}"
    zoom = f"{BC}/images/stencil/1280x1280/products/112/{{}}"
    thumbs = "".join(
        f"<li class='productView-thumbnail'><a class='productView-thumbnail-link' href='{zoom.format(f)}' "
        f"data-image-gallery-item data-image-gallery-new-image-url='{pic.format(f)}' "
        f"data-image-gallery-zoom-image-url='{zoom.format(f)}'><img class='lazyload' data-sizes='auto' "
        f"src='{BC}/stencil/0f1e2d3c/img/loading.svg' data-src='{BC}/images/stencil/50x50/products/112/{f}' "
        "alt=''></a></li>"
        for f in files
    )
    body = (
        "<div class='productView' data-event-type='product' data-entity-id='112'>"
        "<section class='productView-images' data-image-gallery><figure class='productView-image' "
        f"data-image-gallery-main data-zoom-image='{zoom.format(files[0])}'><div class='productView-img-container'>"
        f"<a href='{zoom.format(files[0])}' target='_blank'><img class='productView-image--default lazyload' "
        f"data-sizes='auto' src='{BC}/stencil/0f1e2d3c/img/loading.svg' data-src='{pic.format(files[0])}' "
        f"alt='{name}' title='{name}' data-main-image></a></div></figure><ul class='productView-thumbnails'>"
        f"{thumbs}</ul></section><section class='productView-details product-data'><div class='productView-product'>"
        f"<h2 class='productView-brand'><a href='/brands/{brand.replace(' ', '-')}.html'><span>{brand}</span></a>"
        f"</h2><h1 class='productView-title'>{name}</h1><div class='productView-rating'><span class='icon "
        "icon--ratingFull'></span><span class='productView-reviewLink'>(4 reviews)</span></div>"
        f"<div class='productView-price'>{price_html}</div><div data-content-region='product_below_price'></div>"
        "<dl class='productView-info'><dt class='productView-info-name'>SKU:</dt><dd class='productView-info-value' "
        "data-product-sku>OTS-112</dd><dt class='productView-info-name'>Shipping:</dt><dd "
        "class='productView-info-value'>Calculated at Checkout</dd></dl></div></section>"
        "<section class='productView-details product-options'><div class='productView-options'><form "
        "class='form' method='post' action='/cart.php' enctype='multipart/form-data' data-cart-item-add>"
        "<input type='hidden' name='action' value='add'><input type='hidden' name='product_id' value='112'>"
        "<div class='form-field form-field--increments'><label class='form-label form-label--alternate'>"
        "Quantity:</label><input class='form-input form-input--incrementTotal' id='qty[]' name='qty[]' "
        "type='tel' value='1'></div><div class='form-action'><input id='form-action-addToCart' "
        "data-wait-message='Adding to cart…' class='button button--primary' type='submit' value='Add to Cart'>"
        "</div></form></div></section></div>"
    )
    header = (
        "<header class='header' role='banner'><h2 class='header-logo header-logo--center'><a href='/'>"
        "<span class='header-logo-text'>Oak &amp; Tide Supply</span></a></h2><nav class='navUser'>"
        "<a class='navUser-action navUser-item--cart' href='/cart.php'><span class='navUser-item-cartLabel'>Cart"
        "</span> <span class='countPill cart-quantity'></span></a></nav></header>"
    )
    return doc(body, title or f"{brand} {name} - Oak &amp; Tide Supply", head, header=header)


def bc_section(kind: str, label: str, value: str, hidden: bool, cls: str) -> str:
    style = " style='display: none;'" if hidden else ""
    return f"<div class='price-section price-section--{kind}'{style}>{label}<span {cls}>{value}</span></div>"


# 7. a sale: MSRP and "Was:" shown, "Now:" label before the price; the saving section hidden
case(
    "bc-msrp-was-now",
    "https://www.oakandtide.example/cast-iron-dutch-oven-5-5-qt/",
    bc_page(
        "Cast Iron Dutch Oven, 5.5 qt",
        "Lodge Works",
        bc_section(
            "withoutTax rrp-price--withoutTax",
            "MSRP: ",
            "$159.00",
            False,
            "data-product-rrp-price-without-tax class='price price--rrp'",
        )
        + bc_section(
            "withoutTax non-sale-price--withoutTax",
            "Was: ",
            "$129.00",
            False,
            "data-product-non-sale-price-without-tax class='price price--non-sale'",
        )
        + "<div class='price-section price-section--withoutTax'><span class='price-label'></span>"
        "<span class='price-now-label'>Now:</span><span data-product-price-without-tax class='price "
        "price--withoutTax'>$99.95</span></div>"
        + bc_section(
            "minimum-advertised-price", "", "", True, "data-product-map-price class='price price--map'"
        )
        + "<div class='price-section price-section--saving price' style='display: none;'><span "
        "class='price'>(You save</span><span data-product-price-saved class='price price--saving'></span>"
        "<span class='price'>)</span></div>",
        ["dutch-oven-red-front__81342.1712345678.jpg", "dutch-oven-red-lid__81343.1712345678.jpg"],
    ),  # fmt: skip
    99.95,
    "Cast Iron Dutch Oven, 5.5 qt",
    f"{BC}/images/stencil/1280x1280/products/112/dutch-oven-red-front__81342.1712345678.jpg",
)

# 8. a UK BigCommerce shop showing the price with and without VAT; JSON-LD has the ex-VAT figure
case(
    "bc-uk-inc-ex-vat",
    "https://www.oakandtide.example/teak-garden-bench-150cm/",
    bc_page(
        "Teak Garden Bench, 150cm",
        "Barnsdale",
        "<div class='price-section price-section--withTax'><span class='price-label'></span><span "
        "data-product-price-with-tax class='price price--withTax'>£420.00</span><abbr title='Including Tax'>"
        "(Inc. VAT)</abbr></div><div class='price-section price-section--withoutTax'><span "
        "data-product-price-without-tax class='price price--withoutTax'>£350.00</span><abbr "
        "title='Excluding Tax'>(Ex. VAT)</abbr></div>",
        ["teak-bench-150-angle__20012.1700000000.jpg"],
        head=ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "name": "Teak Garden Bench, 150cm",
                "sku": "OTS-112",
                "brand": {"@type": "Brand", "name": "Barnsdale"},
                "image": f"{BC}/images/stencil/1280x1280/products/112/teak-bench-150-angle__20012.1700000000.jpg",
                "offers": {
                    "@type": "Offer",
                    "priceCurrency": "GBP",
                    "price": "350",
                    "availability": "https://schema.org/InStock",
                },
            }
        ),
        title="Barnsdale Teak Garden Bench, 150cm - Oak &amp; Tide Supply",
    ),
    420.0,
    "Teak Garden Bench, 150cm",
    f"{BC}/images/stencil/1280x1280/products/112/teak-bench-150-angle__20012.1700000000.jpg",
)

# 9. no sale: the hidden MSRP / Was sections are empty, the price plain; document title brand-first
case(
    "bc-plain-hidden-sections",
    "https://www.oakandtide.example/waxed-canvas-tote/",
    bc_page(
        "Waxed Canvas Tote",
        "Filson &amp; Co",
        bc_section(
            "withoutTax rrp-price--withoutTax",
            "MSRP: ",
            "",
            True,
            "data-product-rrp-price-without-tax class='price price--rrp'",
        )
        + bc_section(
            "withoutTax non-sale-price--withoutTax",
            "Was: ",
            "",
            True,
            "data-product-non-sale-price-without-tax class='price price--non-sale'",
        )
        + "<div class='price-section price-section--withoutTax'><span class='price-label'></span>"
        "<span class='price-now-label' style='display: none;'>Now:</span><span data-product-price-without-tax "
        "class='price price--withoutTax'>$68.00</span></div>",
        ["waxed-tote-olive__55101.1699999999.jpg", "waxed-tote-olive-inside__55102.1699999999.jpg"],
    ),  # fmt: skip
    68.0,
    "Waxed Canvas Tote",
    f"{BC}/images/stencil/1280x1280/products/112/waxed-tote-olive__55101.1699999999.jpg",
)

# ---- Salesforce Commerce Cloud -------------------------------------------------------------------

SF = "https://www.ridgeline.example"
SF_IMG = f"{SF}/dw/image/v2/BBVK_PRD/on/demandware.static/-/Sites-ridgeline-master/default"


def sfra_page(name: str, prices: str, images: list[str], *, head: str = "", brand: str = "Ridgeline") -> str:
    """An SFRA product detail: primary-images carousel of `images`, product-name h1, prices block."""
    items = "".join(
        f"<div class='carousel-item{' active' if i == 0 else ''}'><img src='{src}' class='d-block img-fluid' "
        f"alt='{name}, Blue, large image number {i}' itemprop='image'></div>"
        for i, src in enumerate(images)
    )
    body = (
        "<div class='container product-detail product-wrapper' data-pid='1019283'><div class='row'><div "
        "class='col-12'><div class='product-breadcrumb d-md-none'><ol class='breadcrumb'><li "
        "class='breadcrumb-item'><a href='/mens/'>Mens</a></li><li class='breadcrumb-item'><a "
        "href='/mens/jackets/'>Jackets</a></li></ol></div></div></div><div class='row'><div class='primary-images "
        "col-12 col-sm-6'><div id='pdpCarousel-1019283' class='carousel slide' data-interval='0' "
        f"data-prev='Previous' data-next='Next'><div class='carousel-inner' role='listbox'>{items}</div>"
        "<a class='carousel-control-prev' href='#pdpCarousel-1019283' role='button' data-slide='prev'><span "
        "class='fa icon-prev' aria-hidden='true'></span><span class='sr-only'>Previous</span></a></div></div>"
        "<div class='col-12 col-sm-6'><div class='row'><div class='col'><div class='product-brand'>"
        f"{brand}</div><h1 class='product-name'>{name}</h1></div></div><div class='row'><div class='col'><div "
        "class='product-number-rating clearfix'><div class='product-number pull-left'>Item No. <span "
        "class='product-id'>1019283</span></div></div></div></div><div class='attributes'><div "
        "class='attribute'><span class='color non-input-label'>Color: <span class='selected-swatch-name'>Blue"
        "</span></span></div></div><div class='prices-add-to-cart-actions'><div class='row'><div class='col-12'>"
        f"<div class='prices'>{prices}</div></div></div><div class='cart-and-ipay'><button class='add-to-cart "
        "btn btn-primary' data-toggle='modal' data-pid='1019283'><i class='fa fa-shopping-bag'></i> Add to Cart"
        "</button></div></div></div></div></div>"
    )
    return doc(body, f"{name} | {brand}", head)


def sfra_value(amount: str, shown: str) -> str:
    return f"<span class='value' content='{amount}'>{shown}</span>"


# 10. a markdown: del > strike-through list with screen-reader words, then the sales price
case(
    "sfra-markdown",
    f"{SF}/mens/jackets/stormline-rain-jacket/1019283.html",
    sfra_page(
        "Stormline Rain Jacket",
        "<div class='price'><span><del><span class='strike-through list'><span class='value' content='189.00'>"
        "<span class='sr-only'>Price reduced from</span>$189.00<span class='sr-only'>to</span></span></span>"
        "</del><span class='sales'>" + sfra_value("139.00", "$139.00") + "</span></span></div>",
        [
            f"{SF_IMG}/dw5f2e8c1a/images/large/1019283_BLU_1.jpg?sw=800&sh=800",
            f"{SF_IMG}/dw5f2e8c1a/images/large/1019283_BLU_2.jpg?sw=800&sh=800",
        ],
    ),
    139.0,
    "Stormline Rain Jacket",
    f"{SF_IMG}/dw5f2e8c1a/images/large/1019283_BLU_1.jpg",
)

# 11. a master product's price range, no structured data
case(
    "sfra-range",
    f"{SF}/mens/fleece/summit-quarter-zip/1020011.html",
    sfra_page(
        "Summit Quarter-Zip Fleece",
        "<div class='price'><div class='range'><span><span class='sales'>"
        + sfra_value("59.00", "$59.00")
        + "</span></span> - <span><span class='sales'>"
        + sfra_value("79.00", "$79.00")
        + "</span></span></div></div>",
        [f"{SF_IMG}/dw0a1b2c3d/images/large/1020011_GRN_1.jpg?sw=800&sh=800"],
    ),  # fmt: skip
    59.0,
    "Summit Quarter-Zip Fleece",
    f"{SF_IMG}/dw0a1b2c3d/images/large/1020011_GRN_1.jpg",
)

# 12. SFRA's productSchema JSON-LD ("url": {} quirk), its image list led by the colour swatch chip
case(
    "sfra-ld-swatch-first",
    f"{SF}/womens/footwear/alpine-trail-boot/1031177.html?dwvar_1031177_color=BRN",
    sfra_page(
        "Alpine Trail Boot",
        "<div class='price'><span><span class='sales'>"
        + sfra_value("165.00", "$165.00")
        + "</span></span></div>",
        [
            f"{SF_IMG}/dw9e8d7c6b/images/large/1031177_BRN_1.jpg?sw=800&sh=800",
            f"{SF_IMG}/dw9e8d7c6b/images/large/1031177_BRN_2.jpg?sw=800&sh=800",
        ],
        head=ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": "Alpine Trail Boot",
                "description": "Waterproof leather hiking boot.",
                "mpn": "1031177",
                "sku": "1031177",
                "brand": {"@type": "Thing", "name": "Ridgeline"},
                "image": [
                    f"{SF_IMG}/dw1c2d3e4f/images/swatch/1031177_BRN_sw.jpg?sw=40&sh=40",
                    f"{SF_IMG}/dw9e8d7c6b/images/large/1031177_BRN_1.jpg",
                    f"{SF_IMG}/dw9e8d7c6b/images/large/1031177_BRN_2.jpg",
                ],
                "offers": {
                    "url": {},
                    "@type": "Offer",
                    "priceCurrency": "USD",
                    "price": "165.00",
                    "availability": "http://schema.org/InStock",
                },
            }
        ),
    ),
    165.0,
    "Alpine Trail Boot",
    f"{SF_IMG}/dw9e8d7c6b/images/large/1031177_BRN_1.jpg",
)

# 13. SiteGenesis: price-standard then price-sales, a promotion callout and a free-shipping line
case(
    "sitegenesis-promo",
    f"{SF}/womens/tops/merino-crew-tee/1044552.html",
    doc(
        "<div id='pdpMain' class='pdp-main' itemscope itemtype='http://schema.org/Product'><div "
        "class='product-col-1 product-image-container'><div class='product-primary-image'><a "
        f"href='{SF_IMG}/dw11aa22bb/images/hi-res/1044552_CHR_1.jpg?sw=2000&sh=2000' class='product-image "
        f"main-image' target='_blank'><img itemprop='image' class='primary-image' src='{SF_IMG}/dw11aa22bb/"
        "images/hi-res/1044552_CHR_1.jpg?sw=350&sh=350' alt='Merino Crew Tee, Charcoal'></a></div><div "
        "id='thumbnails' class='product-thumbnails'><ul><li class='thumb selected'><a class='thumbnail-link' "
        f"href='{SF_IMG}/dw11aa22bb/images/hi-res/1044552_CHR_1.jpg?sw=2000&sh=2000'><img class='productthumbnail' "
        f"src='{SF_IMG}/dw11aa22bb/images/hi-res/1044552_CHR_1.jpg?sw=60&sh=60' alt=''></a></li><li "
        f"class='thumb'><a class='thumbnail-link' href='{SF_IMG}/dw11aa22bb/images/hi-res/1044552_CHR_2.jpg?sw=2000'>"
        f"<img class='productthumbnail' src='{SF_IMG}/dw11aa22bb/images/hi-res/1044552_CHR_2.jpg?sw=60&sh=60' "
        "alt=''></a></li></ul></div></div><div class='product-col-2 product-detail'><h1 class='product-name' "
        "itemprop='name'>Merino Crew Tee</h1><div class='product-number'>Item# <span itemprop='productID'>"
        "1044552</span></div><div id='product-content'><div class='product-price'><span class='price-standard'>"
        "$75.00</span><span class='price-sales'>$52.50</span></div><div class='promotion'><div "
        "class='promotion-title'>Promotional Offer</div><div class='promotion-callout'><span "
        "class='callout-message'>Buy 2, get an extra 15% off. Free shipping on orders over $99.</span></div></div>"
        "<div class='product-variations'><ul><li class='attribute'><span class='label'>Size</span><div "
        "class='value'><ul class='swatches size'><li class='selectable'><a class='swatchanchor'>S</a></li><li "
        "class='selectable'><a class='swatchanchor'>M</a></li></ul></div></li></ul></div><div "
        "class='product-add-to-cart'><form action='/cart/add' method='post'><div class='inventory'><div "
        "class='quantity'><label for='Quantity'>Qty</label><input type='text' class='input-text' "
        "name='Quantity' id='Quantity' value='1'></div></div><div class='availability-web'><label>"
        "Availability:</label><span class='value'><p class='in-stock-msg'>In Stock</p></span></div>"
        "<button id='add-to-cart' type='submit' class='button-fancy-large add-to-cart'>Add to Cart</button>"
        "</form></div></div></div></div>",
        "Merino Crew Tee - Ridgeline",
    ),
    52.5,
    "Merino Crew Tee",
    f"{SF_IMG}/dw11aa22bb/images/hi-res/1044552_CHR_1.jpg",
)

# 14. an SFRA sale where a custom cartridge's JSON-LD kept the list price
case(
    "sfra-ld-list-price",
    f"{SF}/womens/jackets/cirrus-down-vest/1050021.html",
    sfra_page(
        "Cirrus Down Vest",
        "<div class='price'><span><del><span class='strike-through list'>"
        + sfra_value("220.00", "$220.00")
        + "</span></del><span class='sales'>"
        + sfra_value("154.00", "$154.00")
        + "</span></span></div>",
        [f"{SF_IMG}/dw7766aa55/images/large/1050021_OLV_1.jpg?sw=800&sh=800"],
        head=ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": "Cirrus Down Vest",
                "image": [f"{SF_IMG}/dw7766aa55/images/large/1050021_OLV_1.jpg"],
                "offers": {
                    "@type": "Offer",
                    "priceCurrency": "USD",
                    "price": "220.00",
                    "availability": "http://schema.org/InStock",
                },
            }
        ),
    ),  # fmt: skip
    154.0,
    "Cirrus Down Vest",
    f"{SF_IMG}/dw7766aa55/images/large/1050021_OLV_1.jpg",
)

# 15. must not fire: an SFRA page whose list price is not struck (no sale), the "sales" price shown
# once, JSON-LD agreeing; a "Complete the look" product tile after the buy box
case(
    "sfra-plain-with-tile",
    f"{SF}/mens/accessories/merino-beanie/1060001.html",
    sfra_page(
        "Merino Beanie",
        "<div class='price'><span><span class='sales'>"
        + sfra_value("38.00", "$38.00")
        + "</span></span></div>",
        [f"{SF_IMG}/dw3344bb22/images/large/1060001_BLK_1.jpg?sw=800&sh=800"],
        head=ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": "Merino Beanie",
                "image": [f"{SF_IMG}/dw3344bb22/images/large/1060001_BLK_1.jpg"],
                "offers": {"@type": "Offer", "priceCurrency": "USD", "price": "38.00"},
            }
        ),
    ).replace(
        "</main>",
        "<div class='recommendations'><h2 class='title'>Complete the Look</h2><div class='product-tile'><div "
        f"class='image-container'><a href='/p/1019283.html'><img class='tile-image' src='{SF_IMG}/dw5f2e8c1a/"
        "images/medium/1019283_BLU_1.jpg?sw=300' alt='Stormline Rain Jacket'></a></div><div class='tile-body'>"
        "<div class='pdp-link'><a class='link' href='/p/1019283.html'>Stormline Rain Jacket</a></div><div "
        "class='price'><span class='sales'><span class='value' content='139.00'>$139.00</span></span></div>"
        "</div></div></div></main>",
    ),
    38.0,
    "Merino Beanie",
    f"{SF_IMG}/dw3344bb22/images/large/1060001_BLK_1.jpg",
)


# ---- WooCommerce ---------------------------------------------------------------------------------

WOO = "https://www.northloom.example"
WOO_UP = f"{WOO}/wp-content/uploads/2024/03"


def woo_gallery(files: list[str], *, lazy: bool = False, cdn: str = "") -> str:
    """WooCommerce's product gallery (hidden by opacity 0 until its script runs): each slide's
    data-thumb, a link to the full file, the 600x600 <img> with data-large_image and srcset; `lazy`
    writes WP Rocket's data-lazy-src over an SVG placeholder, `cdn` a Jetpack Photon host prefix."""

    def url(f: str, size: str = "") -> str:
        stem, ext = f.rsplit(".", 1)
        path = f"{WOO_UP}/{stem}{size}.{ext}"
        return f"https://{cdn}/{path.split('://', 1)[1]}?fit=600%2C600&ssl=1" if cdn else path

    slides = []
    for f in files:
        src, srcset = (
            url(f, "-600x600"),
            f"{url(f, '-600x600')} 600w, {url(f, '-300x300')} 300w, {url(f)} 1000w",
        )
        attrs = (
            "src='data:image/svg+xml,%3Csvg%20xmlns=%27http://www.w3.org/2000/svg%27%20viewBox=%270%200%20600%20600"
            f"%27%3E%3C/svg%3E' data-lazy-src='{src}' data-lazy-srcset='{srcset}'"
            if lazy
            else f"src='{src}' srcset='{srcset}'"
        )
        slides.append(
            f"<div data-thumb='{url(f, '-100x100')}' data-thumb-alt='' class='woocommerce-product-gallery__image'>"
            f"<a href='{url(f)}'><img width='600' height='600' {attrs} class='wp-post-image' alt='' "
            f"title='{f.rsplit('.', 1)[0]}' data-caption='' data-src='{url(f)}' data-large_image='{url(f)}' "
            "data-large_image_width='1000' data-large_image_height='1000' decoding='async' "
            "sizes='(max-width: 600px) 100vw, 600px'></a></div>"
        )
    return (
        "<div class='woocommerce-product-gallery woocommerce-product-gallery--with-images "
        "woocommerce-product-gallery--columns-4 images' data-columns='4' style='opacity: 0; transition: "
        "opacity .25s ease-in-out;'><a href='#' class='woocommerce-product-gallery__trigger'>🔍</a>"
        f"<figure class='woocommerce-product-gallery__wrapper'>{''.join(slides)}</figure></div>"
    )


def woo_amount(value: str, symbol: str = "&#36;", after: bool = False) -> str:
    cur = f"<span class='woocommerce-Price-currencySymbol'>{symbol}</span>"
    inner = f"{value}&nbsp;{cur}" if after else f"{cur}{value}"
    return f"<span class='woocommerce-Price-amount amount'><bdi>{inner}</bdi></span>"


def woo_page(
    name: str, price_html: str, gallery: str, *, head: str = "", lang: str = "en-US", site: str = "North Loom",
    classes: str = "instock", summary_extra: str = "", after: str = "",
) -> str:  # fmt: skip
    """A Storefront-theme single product: gallery, summary (h1, price, form), tabs, related products."""
    body = (
        "<div id='primary' class='content-area'><nav class='woocommerce-breadcrumb'><a href='/'>Home</a>&nbsp;"
        f"&#47;&nbsp;<a href='/product-category/home/'>Home</a>&nbsp;&#47;&nbsp;{name}</nav>"
        "<div class='woocommerce-notices-wrapper'></div><div id='product-2081' class='product type-product "
        f"post-2081 status-publish first {classes} product_cat-home has-post-thumbnail shipping-taxable "
        f"purchasable product-type-simple'>{gallery}<div class='summary entry-summary'><h1 "
        f"class='product_title entry-title'>{name}</h1>{price_html}<div "
        "class='woocommerce-product-details__short-description'><p>Woven on a shuttle loom in small batches."
        f"</p></div>{summary_extra}<form class='cart' action='' method='post' enctype='multipart/form-data'>"
        "<div class='quantity'><label class='screen-reader-text' for='quantity_1'>Quantity</label><input "
        "type='number' id='quantity_1' class='input-text qty text' name='quantity' value='1' min='1'></div>"
        "<button type='submit' name='add-to-cart' value='2081' class='single_add_to_cart_button button alt'>"
        "Add to cart</button></form><div class='product_meta'><span class='sku_wrapper'>SKU: <span "
        "class='sku'>NL-2081</span></span> <span class='posted_in'>Category: <a href='/c/home/'>Home</a>"
        f"</span></div></div>{after}</div></div>"
    )
    return doc(body, f"{name} &#8211; {site}", head, lang)


def woo_related(name: str, file: str, price: str) -> str:
    return (
        "<section class='related products'><h2>Related products</h2><ul class='products columns-4'><li "
        "class='product type-product'><a href='/product/other/' class='woocommerce-LoopProduct-link "
        f"woocommerce-loop-product__link'><img width='324' height='324' src='{WOO_UP}/{file}' class='attachment-"
        f"woocommerce_thumbnail size-woocommerce_thumbnail' alt=''><h2 class='woocommerce-loop-product__title'>"
        f"{name}</h2><span class='price'>{woo_amount(price)}</span></a><a href='?add-to-cart=2090' "
        "class='button product_type_simple add_to_cart_button'>Add to cart</a></li></ul></section>"
    )


# 16. a variable product: the price range, the gallery hidden by opacity until its script runs,
# WooCommerce's AggregateOffer in an @graph
case(
    "woo-variable-range",
    f"{WOO}/product/waffle-knit-throw/",
    woo_page(
        "Waffle Knit Throw",
        "<p class='price'>" + woo_amount("89.00") + " &ndash; " + woo_amount("129.00") + "</p>",
        woo_gallery(["waffle-throw-oat.jpg", "waffle-throw-oat-detail.jpg"]),
        head=ld(
            {
                "@context": "https://schema.org/",
                "@graph": [
                    {
                        "@type": "BreadcrumbList",
                        "itemListElement": [
                            {"@type": "ListItem", "position": 1, "item": {"name": "Home", "@id": f"{WOO}/"}}
                        ],
                    },
                    {
                        "@type": "Product",
                        "@id": f"{WOO}/product/waffle-knit-throw/#product",
                        "name": "Waffle Knit Throw",
                        "url": f"{WOO}/product/waffle-knit-throw/",
                        "image": f"{WOO_UP}/waffle-throw-oat.jpg",
                        "sku": "NL-2081",
                        "offers": [
                            {
                                "@type": "AggregateOffer",
                                "lowPrice": "89.00",
                                "highPrice": "129.00",
                                "offerCount": 2,
                                "priceCurrency": "USD",
                                "availability": "http://schema.org/InStock",
                            }
                        ],
                    },
                ],
            }
        ),
    ).replace("product-type-simple", "product-type-variable"),  # fmt: skip
    89.0,
    "Waffle Knit Throw",
    f"{WOO_UP}/waffle-throw-oat.jpg",
)

# 17. WooCommerce 8 sale markup: del/ins marked aria-hidden, the screen-reader sentences after each
case(
    "woo-sale-screen-reader",
    f"{WOO}/product/linen-napkins-set-of-4/",
    woo_page(
        "Linen Napkins, Set of 4",
        "<p class='price'><del aria-hidden='true'>" + woo_amount("48.00") + "</del> <span "
        "class='screen-reader-text'>Original price was: &#036;48.00.</span><ins aria-hidden='true'>"
        + woo_amount("36.00")
        + "</ins><span class='screen-reader-text'>Current price is: &#036;36.00.</span></p>",
        "<span class='onsale'>Sale!</span>"
        + woo_gallery(["linen-napkins-rust-set.jpg", "linen-napkins-fold.jpg"]),
        classes="instock sale",
        after=woo_related("Linen Tea Towel", "linen-tea-towel-324x324.jpg", "18.00"),
    ),  # fmt: skip
    36.0,
    "Linen Napkins, Set of 4",
    f"{WOO_UP}/linen-napkins-rust-set.jpg",
)

# 18. a German shop with Germanized: the price, tax and shipping notes, a unit price ("Grundpreis")
case(
    "woo-germanized-unit-price",
    "https://www.kaffeerösterei.example/produkt/espresso-bohnen-500-g/",
    woo_page(
        "Espresso Bohnen, 500 g",
        "<p class='price'>"
        + woo_amount("16,90", "&euro;", after=True)
        + "</p><p class='wc-gzd-additional-info "
        "tax-info'>inkl. 7 % MwSt.</p><p class='wc-gzd-additional-info shipping-costs-info'>zzgl. <a "
        "href='/versandarten/' target='_blank'>Versandkosten</a></p><p class='price price-unit smaller "
        "wc-gzd-additional-info'>Grundpreis: " + woo_amount("33,80", "&euro;", after=True) + " / <span "
        "class='unit'>kg</span></p><p class='wc-gzd-additional-info delivery-time-info'>Lieferzeit: <span "
        "class='delivery-time-inner'>2-3 Werktage</span></p>",
        woo_gallery(["espresso-bohnen-500g-beutel.jpg"]),
        lang="de-DE",
        site="Rösterei am Hafen",
    ).replace("Add to cart", "In den Warenkorb"),  # fmt: skip
    16.9,
    "Espresso Bohnen, 500 g",
    f"{WOO_UP}/espresso-bohnen-500g-beutel.jpg",
)

# 19. WooCommerce writes its stored price into JSON-LD: a shop entering prices without VAT and
# showing them with it has an ex-VAT structured price (valueAddedTaxIncluded false)
case(
    "woo-ld-ex-vat",
    "https://www.leinenhaus.example/produkt/bettwaesche-set-135x200/",
    woo_page(
        "Bettwäsche-Set Halbleinen 135x200",
        "<p class='price'>"
        + woo_amount("119,00", "&euro;", after=True)
        + "</p><p class='wc-gzd-additional-info "
        "tax-info'>inkl. 19 % MwSt.</p>",
        woo_gallery(["bettwaesche-halbleinen-salbei.jpg"]),
        lang="de-DE",
        site="Leinenhaus",
        head=ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "@id": "https://www.leinenhaus.example/produkt/bettwaesche-set-135x200/#product",
                "name": "Bettwäsche-Set Halbleinen 135x200",
                "image": f"{WOO_UP}/bettwaesche-halbleinen-salbei.jpg",
                "sku": "LH-135",
                "offers": [
                    {
                        "@type": "Offer",
                        "price": "100.00",
                        "priceValidUntil": "2026-12-31",
                        "priceSpecification": {
                            "price": "100.00",
                            "priceCurrency": "EUR",
                            "valueAddedTaxIncluded": "false",
                        },
                        "priceCurrency": "EUR",
                        "availability": "http://schema.org/InStock",
                    }
                ],
            }
        ),
    )
    .replace("Add to cart", "In den Warenkorb")
    .replace(WOO_UP, WOO_UP.replace("northloom", "leinenhaus")),  # fmt: skip
    119.0,
    "Bettwäsche-Set Halbleinen 135x200",
    f"{WOO_UP.replace('northloom', 'leinenhaus')}/bettwaesche-halbleinen-salbei.jpg",
)

# 20. WP Rocket lazy images over Jetpack's Photon CDN, a related product first in the page's
# <img> order of real URLs (its section sits before the summary in this theme)
case(
    "woo-lazy-photon",
    f"{WOO}/product/wool-doormat/",
    woo_page(
        "Wool Doormat",
        "<p class='price'>" + woo_amount("42.00") + "</p>",
        woo_gallery(["wool-doormat-charcoal.jpg", "wool-doormat-edge.jpg"], lazy=True, cdn="i0.wp.com"),
    ).replace(
        "<div id='primary' class='content-area'>",
        "<div id='primary' class='content-area'>"
        "<div class='storefront-product-pagination'><a href='/product/jute-rug/' rel='prev'><img width='324' "
        f"height='324' src='{WOO_UP}/jute-rug-natural-324x324.jpg' alt=''><span class='storefront-product-"
        "pagination__title'>Jute Rug</span><span class='woocommerce-Price-amount amount'>$120.00</span>"
        "</a></div>",
    ),  # fmt: skip
    42.0,
    "Wool Doormat",
    f"{WOO_UP}/wool-doormat-charcoal.jpg",
)

# ---- Squarespace ---------------------------------------------------------------------------------

SQS = "https://images.squarespace-cdn.com/content/v1/5f1a2b3c4d5e6f7a8b9c0d1e"


def sqs_page(name: str, price_html: str, files: list[str], *, head: str = "", v70: bool = False) -> str:
    """A Squarespace product item: gallery slides with data-src/data-image only (the loader adds
    ?format=), <noscript> copies, details title, price, add-to-cart button."""
    slides = "".join(
        f"<div class='ProductItem-gallery-slides-item' data-slide-index='{i + 1}'><img "
        f"class='ProductItem-gallery-slides-item-image' data-src='{SQS}/{f}' data-image='{SQS}/{f}' "
        "data-image-dimensions='2000x2000' data-image-focal-point='0.5,0.5' "
        f"alt='{f.rsplit('/', 1)[-1]}' data-load='false'><noscript><img src='{SQS}/{f}' "
        f"alt='{f.rsplit('/', 1)[-1]}'></noscript></div>"
        for i, f in enumerate(files)
    )
    thumbs = "".join(
        f"<button class='ProductItem-gallery-thumbnails-item'><img data-src='{SQS}/{f}' data-image='{SQS}/{f}' "
        "data-image-dimensions='2000x2000' alt=''></button>"
        for f in files
    )
    body = (
        "<article class='ProductItem' data-item-id='64f0a1b2c3d4e5f6a7b8c9d0'><div class='ProductItem-gallery'>"
        f"<div class='ProductItem-gallery-slides'>{slides}</div><div class='ProductItem-gallery-thumbnails'>"
        f"{thumbs}</div></div><section class='ProductItem-details'><div class='ProductItem-details-excerpt'>"
        "</div><h1 class='ProductItem-details-title' data-content-field='title'>"
        f"{name}</h1><div class='ProductItem-details-checkout'>{price_html}<div class='product-quantity-input' "
        "data-item-id='64f0a1b2c3d4e5f6a7b8c9d0'><div class='quantity-label'>Quantity:</div><input size='4' "
        "max='9999' min='1' value='1' type='number' step='1'></div><div class='sqs-add-to-cart-button-wrapper' "
        "role='button'><div class='sqs-add-to-cart-button sqs-suppress-edit-mode sqs-editable-button "
        "sqs-button-element--primary' role='button' tabindex='0' data-dynamic-strings "
        "data-collection-id='5f1a2b3c' data-item-id='64f0a1b2c3d4e5f6a7b8c9d0' data-product-type='1' "
        "data-use-custom-label='false' data-original-label='Add To Cart'><div "
        "class='sqs-add-to-cart-button-inner'>Add To Cart</div></div></div></div></section></article>"
    )
    header = (
        "<header id='header' class='header theme-col--primary'><div class='header-title'><div "
        "class='header-title-logo'><a href='/'><img elementtiming='nbf-header-logo-desktop' "
        f"src='{SQS}/1600000000001-LOGO/studio-fern-logo.png?format=1500w' alt='Studio Fern'></a></div></div>"
        "<div class='header-actions'><a href='/cart' class='header-actions-action--cart'>Cart 0</a></div></header>"
    )
    if v70:
        header = header.replace("header-title-logo", "Header-branding")
    return doc(body, f"{name} &mdash; Studio Fern", head, header=header)


# 21. Squarespace 7.1 on sale: visually-hidden "Sale Price:" / "Original Price:" words
case(
    "sqs-71-sale",
    "https://www.studiofern.example/shop/p/speckled-stoneware-mug",
    sqs_page(
        "Speckled Stoneware Mug",
        "<div class='product-price'><span class='visually-hidden v6-visually-hidden'>Sale Price:</span>$24.00 "
        "<span class='visually-hidden v6-visually-hidden'>Original Price:</span><span "
        "class='original-price'>$32.00</span></div>",
        ["1700000000000-QWERTY/speckled-mug-front.jpg", "1700000000001-ASDFGH/speckled-mug-handle.jpg"],
    ),
    24.0,
    "Speckled Stoneware Mug",
    f"{SQS}/1700000000000-QWERTY/speckled-mug-front.jpg",
)

# 22. Squarespace 7.0: the amount alone in sqs-money-native (the currency sign comes from CSS),
# no structured data (stripped by a template override)
case(
    "sqs-70-money-native",
    "https://www.studiofern.example/shop/linen-apron-rust",
    sqs_page(
        "Linen Apron, Rust",
        "<div class='product-price'><span class='sqs-money-native'>58.00</span></div>",
        ["1700000000002-ZXCVBN/linen-apron-rust-front.jpg"],
        v70=True,
    ),
    58.0,
    "Linen Apron, Rust",
    f"{SQS}/1700000000002-ZXCVBN/linen-apron-rust-front.jpg",
)

# 23. Squarespace 7.0 sale, bare amounts: the sale amount then the original one in its span;
# Squarespace's JSON-LD gives the regular price and a static1 URL of the photo
case(
    "sqs-70-sale-ld-regular",
    "https://www.studiofern.example/shop/hand-thrown-bud-vase",
    sqs_page(
        "Hand-Thrown Bud Vase",
        "<div class='product-price'><span class='sqs-money-native'>27.00</span><span class='original-price'>"
        "<span class='sqs-money-native'>36.00</span></span></div><div class='product-mark sale'>sale</div>",
        ["1700000000003-POIUYT/bud-vase-celadon.jpg", "1700000000004-LKJHGF/bud-vase-group.jpg"],
        v70=True,
        head=ld(
            {
                "url": "https://www.studiofern.example/shop/hand-thrown-bud-vase",
                "name": "Hand-Thrown Bud Vase",
                "description": "Wheel thrown in our studio.",
                "brand": "Studio Fern",
                "offers": {
                    "price": 36.00,
                    "priceCurrency": "USD",
                    "url": "https://www.studiofern.example/shop/hand-thrown-bud-vase",
                    "availability": "InStock",
                    "sku": "SQ4417823",
                },
                "image": "http://static1.squarespace.com/static/5f1a2b3c4d5e6f7a8b9c0d1e/t/64f0a1b2c3d4e5f6a7b8c9d0/"
                "1700000000003/bud-vase-celadon.jpg?format=1500w",
                "@context": "http://schema.org",
                "@type": "Product",
            }
        ),
    ),  # fmt: skip
    27.0,
    "Hand-Thrown Bud Vase",
    f"{SQS}/1700000000003-POIUYT/bud-vase-celadon.jpg",
)

# ---- Wix -----------------------------------------------------------------------------------------

WIX = "https://static.wixstatic.com/media"


def wix_img(media: str, spec: str) -> str:
    return f"{WIX}/{media}/v1/fill/{spec}/{media}"


def wix_page(name: str, price_html: str, media: list[str], *, head: str = "") -> str:
    """A Wix Stores product page: hashed class names, data-hook attributes, the main media as a
    blurred 40px placeholder (wow-image fills it in the browser), thumbnails at 50px."""
    thumbs = "".join(
        f"<div data-hook='thumbnail' class='_3Eh5u'><img src='{wix_img(m, 'w_50,h_50,al_c,q_80,usm_0.66_1.00_0.01')}' "
        "alt='' data-hook='thumbnail-image'></div>"
        for m in media
    )
    body = (
        "<div data-hook='product-page' class='_1Qe5c'><article class='_3bFQ3'><section data-hook='product-gallery' "
        "class='_1pYGB'><div data-hook='main-media-image-wrapper' class='_2wfl2'><wow-image "
        f'data-image-info=\'{{"imageData":{{"uri":"{media[0]}","width":2000,"height":2000}}}}\'>'
        f"<img src='{wix_img(media[0], 'w_40,h_40,al_c,q_80,usm_0.66_1.00_0.01,blur_2')}' alt='{name}' "
        "style='width:100%;height:100%;object-fit:cover'></wow-image></div><div data-hook='thumbnails' "
        f"class='_2kzjt'>{thumbs}</div></section><section data-hook='details-placeholder' class='_2Fp6T'><div "
        f"data-hook='product-title-container'><h1 data-hook='product-title' class='_2qrJF'>{name}</h1></div>"
        f"<div data-hook='product-prices-wrapper' class='_2iF8u'>{price_html}</div><div "
        "data-hook='product-options' class='_3Ibw8'><div data-hook='dropdown-label'>Size</div><button "
        "data-hook='dropdown-base' aria-haspopup='listbox'>Select</button></div><div "
        "data-hook='number-input-spinner-input'><input type='number' value='1' aria-label='Quantity'></div>"
        "<button data-hook='add-to-cart' class='_1Wu3u'><span class='_3yT6l'>Add to Cart</span></button>"
        "<button data-hook='buy-now-button' class='_3Zx5P'><span>Buy Now</span></button></section></article></div>"
    )
    header = (
        "<header id='SITE_HEADER'><div id='comp-k1'><a href='https://www.juniperandfield.example'><img "
        f"src='{WIX}/a1b2c3_8f7e6d5c4b3a29180f1e2d3c4b5a6978~mv2.png/v1/fill/w_180,h_60,al_c,q_85/"
        "Juniper_Logo.png' alt='Juniper &amp; Field'></a></div><div id='comp-cart'><a "
        "href='/cart-page'>Cart 0</a></div></header>"
    )
    return doc(body, f"{name} | Juniper &amp; Field", head, header=header)


MUG = "a1b2c3_4d5e6f7a8b9c4d0e9f1a2b3c4d5e6f7a~mv2.jpg"
MUG2 = "a1b2c3_0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c~mv2.jpg"

# 24. a Wix sale: the regular ("secondary") price first, struck by a hashed class, each with its
# screen-reader label after it
case(
    "wix-sale-secondary-first",
    "https://www.juniperandfield.example/product-page/olive-wood-serving-board",
    wix_page(
        "Olive Wood Serving Board",
        "<div data-hook='product-price' class='_2Ctfb'><span data-hook='formatted-secondary-price' "
        "class='_26qxh'>$60.00</span><span class='_3o2hs' data-hook='sr-formatted-secondary-price'>Regular "
        "Price</span><span data-hook='formatted-primary-price' class='_2sFaY'>$45.00</span><span "
        "class='_3o2hs' data-hook='sr-formatted-primary-price'>Sale Price</span></div>",
        [MUG, MUG2],
    ),
    45.0,
    "Olive Wood Serving Board",
    f"{WIX}/{MUG}",
    wix_img(MUG, "w_40,h_40,al_c,q_80,usm_0.66_1.00_0.01,blur_2"),
)

# 25. Wix's JSON-LD (capitalised "Offers" / "Availability" of older Wix Stores, ImageObject
# contentUrl), og:image a /v1/fit/ rendition named file.jpg
case(
    "wix-ld-capital-offers",
    "https://www.juniperandfield.example/product-page/beeswax-taper-candles",
    wix_page(
        "Beeswax Taper Candles, Pair",
        "<div data-hook='product-price' class='_2Ctfb'><span data-hook='formatted-primary-price' "
        "class='_2sFaY'>$22.00</span><span class='_3o2hs' data-hook='sr-formatted-primary-price'>Price"
        "</span></div>",
        [MUG2, MUG],
        head=og(
            {
                "og:title": "Beeswax Taper Candles, Pair",
                "og:type": "product.item",
                "og:image": f"{WIX}/{MUG2}/v1/fit/w_1000,h_1000,al_c,q_80/file.jpg",
            }
        )
        + ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "name": "Beeswax Taper Candles, Pair",
                "image": [
                    {
                        "@type": "ImageObject",
                        "height": 1000,
                        "width": 1000,
                        "contentUrl": f"{WIX}/{MUG2}/v1/fit/w_1000,h_1000,al_c,q_80/file.jpg",
                    }
                ],
                "Offers": {
                    "@type": "Offer",
                    "url": "https://www.juniperandfield.example/product-page/beeswax-taper-candles",
                    "priceCurrency": "USD",
                    "price": "22",
                    "Availability": "https://schema.org/InStock",
                },
            }
        ),
    ),  # fmt: skip
    22.0,
    "Beeswax Taper Candles, Pair",
    f"{WIX}/{MUG2}",
    f"{WIX}/{MUG2}/v1/fit/w_1000,h_1000,al_c,q_80/file.jpg",
    wix_img(MUG2, "w_40,h_40,al_c,q_80,usm_0.66_1.00_0.01,blur_2"),
)

# ---- PrestaShop ----------------------------------------------------------------------------------

PS = "https://www.atelier-savon.example"


def ps_page(name: str, prices: str, image_id: int, slug: str, *, head: str = "", extra: str = "") -> str:
    """A PrestaShop 1.7/8 classic-theme product: product-cover image, thumbnails with
    data-image-large-src, h1, product-prices, quantity discounts, add-to-cart."""
    body = (
        "<nav data-depth='3' class='breadcrumb'><ol><li><a href='/'><span>Accueil</span></a></li><li><a "
        "href='/3-savons'><span>Savons</span></a></li><li><span>" + name + "</span></li></ol></nav>"
        "<section id='main'><div class='row product-container js-product-container'><div class='col-md-6'>"
        "<section class='page-content' id='content'><div class='images-container js-images-container'><div "
        f"class='product-cover'><img class='js-qv-product-cover img-fluid' src='{PS}/{image_id}-large_default/"
        f"{slug}.jpg' alt='{name}' title='{name}' loading='lazy' width='800' height='800'><div class='layer "
        "hidden-sm-down' data-toggle='modal' data-target='#product-modal'><i class='material-icons zoom-in'>"
        "search</i></div></div><div class='js-qv-mask mask'><ul class='product-images js-qv-product-images'>"
        f"<li class='thumb-container js-thumb-container'><img class='thumb js-thumb selected js-thumb-selected' "
        f"data-image-medium-src='{PS}/{image_id}-medium_default/{slug}.jpg' data-image-large-src='{PS}/"
        f"{image_id}-large_default/{slug}.jpg' src='{PS}/{image_id}-small_default/{slug}.jpg' alt='' "
        f"loading='lazy' width='98' height='98'></li><li class='thumb-container js-thumb-container'><img "
        f"class='thumb js-thumb' data-image-large-src='{PS}/{image_id + 1}-large_default/{slug}.jpg' "
        f"src='{PS}/{image_id + 1}-small_default/{slug}.jpg' alt='' loading='lazy' width='98' height='98'>"
        "</li></ul></div></div></section></div><div class='col-md-6'><h1 class='h1'>" + name + "</h1>"
        f"<div class='product-prices js-product-prices'>{prices}</div><div class='product-information'>"
        f"{extra}<div class='product-actions js-product-actions'><form action='/panier' method='post' "
        "id='add-to-cart-or-refresh'><div class='product-add-to-cart js-product-add-to-cart'><span "
        "class='control-label'>Quantité</span><div class='product-quantity clearfix'><div class='qty'><input "
        "type='number' name='qty' id='quantity_wanted' value='1' class='input-group' min='1'></div><div "
        "class='add'><button class='btn btn-primary add-to-cart' data-button-action='add-to-cart' "
        "type='submit'><i class='material-icons shopping-cart'>&#xE547;</i> Ajouter au panier</button></div>"
        "</div></div></form></div></div></div></div></section>"
    )
    return doc(body, name, head, "fr-FR")


# 26. a discount: regular-price before the current price in has-discount, "Économisez 20 %", TTC
case(
    "presta-discount",
    f"{PS}/savons/27-savon-lait-de-chevre-lavande.html",
    ps_page(
        "Savon au lait de chèvre – Lavande",
        "<div class='product-discount'><span class='regular-price'>9,50&nbsp;€</span></div><div "
        "class='product-price h5 has-discount'><div class='current-price'><span class='current-price-value' "
        "content='7.6'>7,60&nbsp;€</span><span class='discount discount-percentage'>Économisez 20%</span></div>"
        "</div><div class='tax-shipping-delivery-label'>TTC</div>",
        31,
        "savon-lait-de-chevre-lavande",
    ),
    7.6,
    "Savon au lait de chèvre – Lavande",
    f"{PS}/31-large_default/savon-lait-de-chevre-lavande.jpg",
)

# 27. a volume-discount table after the price ("Remises sur quantité": quantities, percentages and
# "Jusqu'à 5,70 €" savings); PrestaShop 8's JSON-LD with the offer's image list
case(
    "presta-quantity-discounts",
    f"{PS}/coffrets/44-coffret-decouverte-6-savons.html",
    ps_page(
        "Coffret découverte 6 savons",
        "<div class='product-price h5'><div class='current-price'><span class='current-price-value' "
        "content='28.5'>28,50&nbsp;€</span></div></div><div class='tax-shipping-delivery-label'>TTC</div>",
        52,
        "coffret-decouverte-6-savons",
        extra="<section class='product-discounts js-product-discounts'><p class='h6 product-discounts-title'>"
        "Remises sur quantité</p><table class='table-product-discounts'><thead><tr><th>Quantité</th><th>"
        "Remise</th><th>Vous économisez</th></tr></thead><tbody><tr data-discount-type='percentage' "
        "data-discount='10' data-discount-quantity='2'><td>2</td><td>10%</td><td>Jusqu'à 5,70&nbsp;€</td></tr>"
        "<tr data-discount-type='percentage' data-discount='15' data-discount-quantity='4'><td>4</td><td>15%"
        "</td><td>Jusqu'à 17,10&nbsp;€</td></tr></tbody></table></section>",
        head=ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "name": "Coffret découverte 6 savons",
                "description": "Six savons saponifiés à froid.",
                "category": "Coffrets",
                "image": f"{PS}/52-home_default/coffret-decouverte-6-savons.jpg",
                "sku": "COF-6",
                "mpn": "COF-6",
                "brand": {"@type": "Brand", "name": "Atelier Savon"},
                "offers": {
                    "@type": "Offer",
                    "priceCurrency": "EUR",
                    "name": "Coffret découverte 6 savons",
                    "price": "28.5",
                    "url": f"{PS}/coffrets/44-coffret-decouverte-6-savons.html",
                    "image": [
                        f"{PS}/52-large_default/coffret-decouverte-6-savons.jpg",
                        f"{PS}/53-large_default/coffret-decouverte-6-savons.jpg",
                    ],
                    "sku": "COF-6",
                    "availability": "https://schema.org/InStock",
                    "seller": {"@type": "Organization", "name": "Atelier Savon"},
                },
            }
        ),
    ),
    28.5,
    "Coffret découverte 6 savons",
    f"{PS}/52-large_default/coffret-decouverte-6-savons.jpg",
)

# ---- Shopware 6 ----------------------------------------------------------------------------------

SW = "https://www.manufaktur-nord.example"


def sw_page(name: str, buy_box: str, file: str, *, head: str = "") -> str:
    """A Shopware 6 product detail: gallery slider image with thumbnail srcset and data-full-image,
    the manufacturer logo over the h1, the buy box."""
    media = f"{SW}/media/a1/b2/c3/1700000000/{file}.jpg"
    thumb = f"{SW}/thumbnail/a1/b2/c3/1700000000/{file}"
    body = (
        "<div class='cms-page' itemscope itemtype='https://schema.org/Product'><div class='cms-section "
        "pos-0 cms-section-default'><div class='cms-block cms-block-product-heading'><div class='row "
        "product-detail-headline'><div class='col product-heading-name-container'><h1 class='product-detail-name' "
        f"itemprop='name'>{name}</h1></div><div class='col-md-auto product-heading-manufacturer-logo-container'>"
        "<a href='/Riess/' class='product-detail-manufacturer-link' title='Riess'><img "
        f"src='{SW}/media/9f/8e/7d/1690000000/riess-logo.png' class='product-detail-manufacturer-logo' "
        "alt='Riess'></a></div></div></div><div class='cms-block cms-block-gallery-buybox'><div class='row'>"
        "<div class='col-lg-7 product-detail-media'><div class='gallery-slider-row'><div class='gallery-slider'>"
        "<div class='gallery-slider-item-container'><div class='gallery-slider-item is-contain "
        f"js-magnifier-container' style='min-height: 430px'><img src='{media}' srcset='{thumb}_1920x1920.jpg "
        f"1920w, {thumb}_800x800.jpg 800w, {thumb}_400x400.jpg 400w' sizes='(min-width: 1200px) 454px, 100vw' "
        "class='img-fluid gallery-slider-image magnifier-image js-magnifier-image' alt='' title='' "
        f"data-full-image='{media}' data-object-fit='contain' itemprop='image' loading='eager'></div></div>"
        f"</div></div></div><div class='col-lg-5 product-detail-buy'>{buy_box}<form action='/checkout/line-item/add' "
        "method='post' class='buy-widget'><div class='row g-2 buy-widget-container'><div class='col-4'><select "
        "name='lineItems[qty]' class='form-select custom-select product-detail-quantity-select'><option "
        "value='1'>1</option><option value='2'>2</option></select></div><div class='col-8'><button "
        "class='btn btn-primary btn-block btn-buy' title='In den Warenkorb'>In den Warenkorb</button></div></div>"
        "</form><div class='product-detail-ordernumber-container'><span class='product-detail-ordernumber-label'>"
        "Produktnummer:</span><meta itemprop='productID' content='0190'><span class='product-detail-ordernumber' "
        "itemprop='sku'>SW10042</span></div></div></div></div></div></div>"
    )
    return doc(body, f"{name} | Manufaktur Nord", head, "de-DE")


# 28. a list price after the price (no del, a "list-price" class), "(20% gespart)", tax note,
# delivery line, the base price per litre
case(
    "shopware-list-price",
    f"{SW}/Emaille-Kaffeebecher-350-ml/SW10042",
    sw_page(
        "Emaille-Kaffeebecher 350 ml",
        "<div itemprop='offers' itemscope itemtype='https://schema.org/Offer'><meta itemprop='url' "
        f"content='{SW}/Emaille-Kaffeebecher-350-ml/SW10042'><div class='product-detail-price-container'><meta "
        "itemprop='priceCurrency' content='EUR'><meta itemprop='price' content='19.99'><p class='product-detail-price "
        "with-list-price'>19,99&nbsp;€*</p><span class='product-detail-list-price-wrapper'><span "
        "class='list-price-price'>24,99&nbsp;€*</span><span class='list-price-percentage'>(20% gespart)</span>"
        "</span><div class='product-detail-price-unit'><span class='price-unit-label'>Inhalt:</span><span "
        "class='price-unit-content'>0.35 Liter</span><span class='price-unit-reference-content'>(57,11&nbsp;€* "
        "/ 1 Liter)</span></div></div><div class='product-detail-tax-container'><p class='product-detail-tax'>"
        "<a class='product-detail-tax-link' href='/widgets/cms/3'>Preise inkl. MwSt. zzgl. Versandkosten</a></p>"
        "</div><link itemprop='availability' href='https://schema.org/InStock'><div class='product-delivery-"
        "information'><p class='delivery-information delivery-available'><span class='delivery-status-indicator "
        "bg-success'></span>Sofort verfügbar, Lieferzeit 1-3 Werktage</p></div></div>",
        "emaille-kaffeebecher-350-creme",
    ),
    19.99,
    "Emaille-Kaffeebecher 350 ml",
    f"{SW}/media/a1/b2/c3/1700000000/emaille-kaffeebecher-350-creme.jpg",
)

# 29. graduated prices only: a block-price table ("Bis 10", "Ab 11", "Ab 51") and no single price
case(
    "shopware-block-prices",
    f"{SW}/Bienenwachstuecher-3er-Set/SW10077",
    sw_page(
        "Bienenwachstücher 3er-Set",
        "<div class='product-block-prices'><table class='table product-block-prices-grid'><thead "
        "class='product-block-prices-head'><tr class='product-block-prices-row'><th scope='col' "
        "class='product-block-prices-cell'>Anzahl</th><th scope='col' class='product-block-prices-cell'>"
        "Stückpreis</th></tr></thead><tbody class='product-block-prices-body'>"
        + "".join(
            f"<tr class='product-block-prices-row' itemprop='offers' itemscope itemtype='https://schema.org/Offer'>"
            f"<th scope='row' class='product-block-prices-cell product-block-prices-cell-thin'><meta "
            f"itemprop='priceCurrency' content='EUR'><meta itemprop='price' content='{p}'><link "
            f"itemprop='availability' href='https://schema.org/InStock'><div class='product-block-prices-quantity'>"
            f"{q}</div></th><td class='product-block-prices-cell'>{s}&nbsp;€*</td></tr>"
            for q, p, s in (
                ("Bis 10", "14.9", "14,90"),
                ("Ab 11", "13.9", "13,90"),
                ("Ab 51", "12.9", "12,90"),
            )
        )
        + "</tbody></table></div><div class='product-detail-tax-container'><p class='product-detail-tax'>Preise "
        "inkl. MwSt. zzgl. Versandkosten</p></div>",
        "bienenwachstuecher-3er-set-honig",
    ),
    14.9,
    "Bienenwachstücher 3er-Set",
    f"{SW}/media/a1/b2/c3/1700000000/bienenwachstuecher-3er-set-honig.jpg",
)

# 30. must not fire: a plain WooCommerce product with a related product carrying a sale
case(
    "woo-plain-related-sale",
    f"{WOO}/product/cotton-bath-towel/",
    woo_page(
        "Organic Cotton Bath Towel",
        "<p class='price'>" + woo_amount("34.00") + "</p>",
        woo_gallery(["cotton-bath-towel-sand.jpg", "cotton-bath-towel-stack.jpg"]),
        after="<section class='related products'><h2>Related products</h2><ul class='products columns-4'><li "
        "class='product type-product sale'><a href='/product/hand-towel/' class='woocommerce-LoopProduct-link'>"
        "<span class='onsale'>Sale!</span><img width='324' height='324' src='"
        + WOO_UP
        + "/cotton-hand-towel-"
        "324x324.jpg' alt=''><h2 class='woocommerce-loop-product__title'>Cotton Hand Towel</h2><span "
        "class='price'><del aria-hidden='true'>"
        + woo_amount("18.00")
        + "</del> <ins aria-hidden='true'>"
        + woo_amount("14.00")
        + "</ins></span></a></li></ul></section>",
    ),  # fmt: skip
    34.0,
    "Organic Cotton Bath Towel",
    f"{WOO_UP}/cotton-bath-towel-sand.jpg",
)


# ---- Next.js / React shops -----------------------------------------------------------------------


def next_img(
    url: str, alt: str, widths: tuple[int, ...] = (640, 750, 828, 1080, 1200, 1920, 2048, 3840)
) -> str:
    """next/image's <img>: /_next/image?url=...&w=...&q=75 in srcset and src (the largest)."""
    from urllib.parse import quote

    enc = quote(url, safe="")
    srcset = ", ".join(f"/_next/image?url={enc}&amp;w={w}&amp;q=75 {w}w" for w in widths)
    return (
        f"<img alt='{alt}' fetchpriority='high' decoding='async' data-nimg='fill' class='h-full w-full "
        "object-contain' style='position:absolute;height:100%;width:100%;left:0;top:0;right:0;bottom:0;"
        f"color:transparent' sizes='(min-width: 1024px) 66vw, 100vw' srcset='{srcset}' "
        f"src='/_next/image?url={enc}&amp;w={widths[-1]}&amp;q=75'>"
    )


def next_forms(site: str, url: str) -> tuple[str, ...]:
    """The acceptable forms of a next/image picture: its source URL and the site's /_next/image wrapper."""
    from urllib.parse import quote

    return url, f"{site}/_next/image?url={quote(url, safe='')}&w=3840&q=75"


NC = "https://cdn.shopify.com/s/files/1/0754/3727/7491/files"
NEXT_HEAD = (
    "<link rel='preload' as='script' fetchpriority='low' href='/_next/static/chunks/webpack-1a2b3c.js'>"
)

# 31. Next.js Commerce: Tailwind page, the price pill shows the variants' highest price, JSON-LD an
# AggregateOffer of the range
case(
    "next-commerce",
    "https://demo.vercel-store.example/product/acme-slip-on-shoes",
    doc(
        "<div class='mx-auto max-w-screen-2xl px-4'><div class='flex flex-col rounded-lg border "
        "border-neutral-200 bg-white p-8 md:p-12 lg:flex-row lg:gap-8'><div class='h-full w-full basis-full "
        "lg:basis-4/6'><div class='relative aspect-square h-full max-h-[550px] w-full overflow-hidden'>"
        + next_img(f"{NC}/shoes-1.png?v=1690003482", "Acme Slip-On Shoes")
        + "</div><ul class='my-12 flex items-center justify-center gap-2 overflow-auto py-1 lg:mb-0'><li "
        "class='h-20 w-20'><a aria-label='Select product image' class='h-full w-full' "
        "href='/product/acme-slip-on-shoes?image=1'><div class='group flex h-full w-full items-center "
        "justify-center overflow-hidden rounded-lg border bg-white'><img alt='Acme Slip-On Shoes' "
        "loading='lazy' width='80' height='80' decoding='async' data-nimg='1' class='relative h-full w-full "
        "object-contain' src='/_next/image?url=https%3A%2F%2Fcdn.shopify.com%2Fs%2Ffiles%2F1%2F0754%2F3727%2F"
        "7491%2Ffiles%2Fshoes-2.png%3Fv%3D1690003482&amp;w=256&amp;q=75'></div></a></li></ul></div>"
        "<div class='basis-full lg:basis-2/6'><div class='mb-6 flex flex-col border-b pb-6'><h1 class='mb-2 "
        "text-5xl font-medium'>Acme Slip-On Shoes</h1><div class='mr-auto w-auto rounded-full bg-blue-600 p-2 "
        "text-sm text-white'><p suppresshydrationwarning=''>$45.00<span class='ml-1 inline'>USD</span></p></div>"
        "</div><dl class='mb-8'><dt class='mb-4 text-sm uppercase tracking-wide'>Color</dt><dd class='flex "
        "flex-wrap gap-3'><button aria-disabled='false' title='Color Black' class='flex min-w-[48px] "
        "items-center justify-center rounded-full border px-2 py-1 text-sm ring-2 ring-blue-600'>Black"
        "</button></dd></dl><form><button aria-label='Add to cart' class='relative flex w-full items-center "
        "justify-center rounded-full bg-blue-600 p-4 tracking-wide text-white'>Add To Cart</button></form>"
        "</div></div></div>",
        "Acme Slip-On Shoes",
        NEXT_HEAD
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Acme Slip-On Shoes",
                "description": "Slip-on canvas shoes.",
                "image": f"{NC}/shoes-1.png?v=1690003482",
                "offers": {
                    "@type": "AggregateOffer",
                    "availability": "https://schema.org/InStock",
                    "priceCurrency": "USD",
                    "highPrice": "45.0",
                    "lowPrice": "35.0",
                },
            }
        ),
    ),  # fmt: skip
    45.0,
    "Acme Slip-On Shoes",
    *next_forms("https://demo.vercel-store.example", f"{NC}/shoes-1.png?v=1690003482"),
)

# 32. React SSR: text nodes separated by <!-- --> comments in the price, CSS-module class names,
# the product in __NEXT_DATA__ only (no JSON-LD)
NEXT_DATA = {
    "props": {
        "pageProps": {
            "product": {
                "id": "SKU-88213",
                "title": "Ergonomic Mesh Office Chair",
                "price": {"amount": 1249, "currency": "USD", "formatted": "$1,249.00"},
                "media": [
                    {
                        "url": "https://media.ergoworks.example/products/88213/chair-graphite-34.jpg",
                        "alt": "",
                    },
                    {
                        "url": "https://media.ergoworks.example/products/88213/chair-graphite-back.jpg",
                        "alt": "",
                    },
                ],
            }
        }
    },
    "page": "/products/[slug]",
    "query": {"slug": "ergonomic-mesh-office-chair"},
    "buildId": "a1B2c3D4e5",
    "isFallback": False,
}
case(
    "react-comment-split-price",
    "https://www.ergoworks.example/products/ergonomic-mesh-office-chair",
    doc(
        "<div class='ProductPage_layout__x7Kd2'><div class='Gallery_root__1aB9c'><picture><source "
        "type='image/webp' srcset='https://media.ergoworks.example/products/88213/chair-graphite-34.jpg?w=600"
        "&amp;fm=webp 600w, https://media.ergoworks.example/products/88213/chair-graphite-34.jpg?w=1200&amp;"
        "fm=webp 1200w'><img class='Gallery_image__9Zq1x' src='https://media.ergoworks.example/products/88213/"
        "chair-graphite-34.jpg?w=600' alt='Ergonomic Mesh Office Chair in Graphite' width='600' height='600'>"
        "</picture></div><div class='ProductInfo_root__Qm3s7'><p class='ProductInfo_eyebrow__2kLp0'>"
        "Office<!-- --> / <!-- -->Seating</p><h1 class='ProductInfo_title__Zx81q'>Ergonomic Mesh Office Chair"
        "</h1><div class='ProductInfo_rating__p0Ab1'><span>4.8</span><span>(<!-- -->1,204<!-- --> reviews)"
        "</span></div><div class='Price_root__8hQw2'><span class='Price_amount__3JkLs'>$<!-- -->1,249<!-- -->"
        ".00</span></div><p class='ProductInfo_financing__Lm2p9'>Or <!-- -->$104.08<!-- -->/mo for 12 months"
        "</p><button type='button' class='Button_primary__Ab12c'>Add to cart</button><p "
        "class='ProductInfo_shipping__Yt7u1'>Free shipping on orders over <!-- -->$<!-- -->99</p></div></div>"
        f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(NEXT_DATA)}</script>",
        "Ergonomic Mesh Office Chair | ErgoWorks",
        NEXT_HEAD,
    ),
    1249.0,
    "Ergonomic Mesh Office Chair",
    "https://media.ergoworks.example/products/88213/chair-graphite-34.jpg",
)

# 33. a Hydrogen storefront in Germany: the old price after the current one in <s>, euro amounts,
# the picture's srcset on Shopify's CDN with width= parameters
HYD = "https://cdn.shopify.com/s/files/1/0588/1234/5678/products"
case(
    "hydrogen-s-after",
    "https://www.nordwind.example/products/softshelljacke-herren",
    doc(
        "<section class='grid w-full gap-8 md:grid-flow-col'><div class='swimlane md:grid-flow-row "
        "hiddenScroll md:p-0 md:overflow-x-auto md:grid-cols-2 w-screen md:w-full lg:col-span-2'><div "
        "class='md:col-span-2 aspect-square snap-center card-image bg-white w-mobileGallery md:w-full'>"
        f"<img srcset='{HYD}/softshell-herren-navy-1.jpg?v=1701&amp;width=352&amp;height=352&amp;crop=center "
        f"352w, {HYD}/softshell-herren-navy-1.jpg?v=1701&amp;width=832&amp;height=832&amp;crop=center 832w, "
        f"{HYD}/softshell-herren-navy-1.jpg?v=1701&amp;width=1200&amp;height=1200&amp;crop=center 1200w' "
        f"src='{HYD}/softshell-herren-navy-1.jpg?v=1701&amp;width=100&amp;height=100&amp;crop=center' "
        "alt='Softshelljacke Herren' sizes='(min-width: 48em) 60vw, 90vw' class='object-cover w-full h-full "
        "aspect-square fadeIn' loading='eager' width='100' height='100'></div><div class='aspect-square "
        f"snap-center card-image bg-white'><img src='{HYD}/softshell-herren-navy-2.jpg?v=1701&amp;width=100' "
        "alt='' loading='lazy'></div></div><div class='sticky md:-mb-nav md:top-nav md:-translate-y-nav "
        "md:h-screen md:pt-nav hiddenScroll md:overflow-y-scroll'><section class='flex flex-col w-full "
        "max-w-xl gap-8 p-6 md:mx-auto md:max-w-sm md:px-0'><div class='grid gap-2'><h1 "
        "class='whitespace-normal max-w-prose font-bold text-heading'>Softshelljacke Herren</h1><span "
        "class='max-w-prose whitespace-pre-wrap inherit text-copy opacity-50 font-medium'>Nordwind</span>"
        "</div><div class='grid gap-4 py-4'><button class='inline-block rounded font-medium text-center "
        "py-3 px-6 border border-primary/10 bg-contrast text-primary w-full' type='submit'><span "
        "class='flex items-center justify-center gap-2'><span>In den Warenkorb</span> <span>·</span> <div "
        "class='money'>149,95 €</div><s class='opacity-50'><div class='money'>189,95 €</div></s></span>"
        "</button></div></section></div></section>",
        "Softshelljacke Herren | Nordwind",
        lang="de",
    ),
    149.95,
    "Softshelljacke Herren",
    f"{HYD}/softshell-herren-navy-1.jpg?v=1701",
)

# ---- Amazon-like and US big-box layouts ----------------------------------------------------------

AMZ = "https://m.media-amazon.com/images/I"
# 34. Amazon's 2024 apex price block: priceToPay with a-offscreen, "-25%", "List Price:" basis price,
# the landing image's data-old-hires / data-a-dynamic-image, alt images at 40px, other sellers
case(
    "amazon-apex-2024",
    "https://www.amazon.com/Anker-Portable-Charger-PowerCore-Essential/dp/B0C4P5MVZ9",
    doc(
        "<div id='dp' class='wireless en_US'><div id='ppd'><div id='leftCol'><div id='altImages'><ul "
        "class='a-unordered-list a-nostyle a-button-list a-vertical a-spacing-top-micro regularAltImageViewLayout'>"
        f"<li class='a-spacing-small item imageThumbnail a-declarative'><span class='a-button-text'><img alt='' "
        f"src='{AMZ}/41kQ9Zx0aBL._AC_US40_.jpg'></span></li><li class='a-spacing-small item imageThumbnail'><img "
        f"alt='' src='{AMZ}/51mN3pQrStL._AC_US40_.jpg'></li><li class='a-spacing-small item videoThumbnail'>"
        f"<img alt='' src='{AMZ}/31VIDEOthumbL.SS40_BG85,85,85_BR-120_PKdp-play-icon-overlay__.jpg'></li></ul>"
        "</div><div id='imgTagWrapperId' class='imgTagWrapper'><img alt='Anker Portable Charger, 20000mAh Power "
        f"Bank' src='{AMZ}/41kQ9Zx0aBL._AC_SX425_.jpg' data-old-hires='{AMZ}/61kQ9Zx0aBL._AC_SL1500_.jpg' "
        "onload='markFeatureRenderForImageBlock(); ' data-a-image-name='landingImage' class='a-dynamic-image "
        f"a-stretch-horizontal' id='landingImage' data-a-dynamic-image='{{&quot;{AMZ}/41kQ9Zx0aBL._AC_SY355_.jpg"
        f"&quot;:[355,355],&quot;{AMZ}/41kQ9Zx0aBL._AC_SX425_.jpg&quot;:[425,425],&quot;{AMZ}/41kQ9Zx0aBL."
        "_AC_SX466_.jpg&quot;:[466,466]}' style='max-width:425px;max-height:425px;'></div></div>"
        "<div id='centerCol'><div id='bylineInfo_feature_div'><a id='bylineInfo' class='a-link-normal' "
        "href='/stores/Anker/page/1'>Visit the Anker Store</a></div><div id='title_feature_div'><h1 id='title' "
        "class='a-size-large a-spacing-none'><span id='productTitle' class='a-size-large product-title-word-break'>"
        "        Anker Portable Charger, 20000mAh Power Bank with 22.5W Fast Charging       </span></h1></div>"
        "<div id='acrCustomerReviewText'>18,492 ratings</div><div id='apex_desktop'><div "
        "id='corePriceDisplay_desktop_feature_div'><div class='a-section a-spacing-none aok-align-center "
        "aok-relative'><span class='a-size-large a-color-price savingPriceOverride aok-align-center "
        "reinventPriceSavingsPercentageMargin savingsPercentage'>-25%</span><span class='a-price "
        "aok-align-center reinventPricePriceToPayMargin priceToPay' data-a-size='xl' data-a-color='base'><span "
        "class='a-offscreen'>$29.99</span><span aria-hidden='true'><span class='a-price-symbol'>$</span><span "
        "class='a-price-whole'>29<span class='a-price-decimal'>.</span></span><span class='a-price-fraction'>"
        "99</span></span></span></div><div class='a-section a-spacing-small aok-align-center'><span><span "
        "class='aok-relative'><span class='a-size-small a-color-secondary aok-align-center basisPrice'>List "
        "Price: <span class='a-price a-text-price' data-a-size='s' data-a-strike='true' data-a-color='secondary'>"
        "<span class='a-offscreen'>$39.99</span><span aria-hidden='true'>$39.99</span></span></span></span>"
        "</span></div></div></div><div id='olpLinkWidget_feature_div'><a href='/gp/offer-listing/B0C4P5MVZ9'>"
        "New (7) from <span class='a-price'><span class='a-offscreen'>$27.50</span></span> &amp; FREE Shipping"
        "</a></div></div><div id='rightCol'><div id='buybox'><div id='availability'><span class='a-size-medium "
        "a-color-success'>In Stock</span></div><input type='submit' id='add-to-cart-button' name='submit.add-to-"
        "cart' value='Add to Cart'><input type='submit' id='buy-now-button' value='Buy Now'></div></div></div></div>",
        "Amazon.com: Anker Portable Charger, 20000mAh Power Bank with 22.5W Fast Charging : Electronics",
    ),
    29.99,
    "Anker Portable Charger, 20000mAh Power Bank with 22.5W Fast Charging",
    f"{AMZ}/41kQ9Zx0aBL._AC_SX425_.jpg",
    f"{AMZ}/61kQ9Zx0aBL._AC_SL1500_.jpg",
)

# 35. a Best Buy-like price block: the shown price aria-hidden with its sr-only sentence, "Was",
# "Save", a financing line and an open-box offer
case(
    "bigbox-sr-sentence",
    "https://www.bigbox.example/site/sony-wh1000xm5-wireless-headphones-black/6505727.p?skuId=6505727",
    doc(
        "<div class='shop-media-gallery'><div class='primary-media-wrapper'><button class='primary-button'>"
        "<img class='primary-image' src='https://pisces.bigbox-static.example/image2/BestBuy_US/images/products/"
        "6505/6505727_sd.jpg;maxHeight=640;maxWidth=550;format=webp' alt='Sony - WH-1000XM5 Wireless Noise-"
        "Canceling Over-the-Ear Headphones - Black - Front_Zoom'></button></div><ol class='thumbnail-list'>"
        "<li><img src='https://pisces.bigbox-static.example/image2/BestBuy_US/images/products/6505/6505727_sd.jpg;"
        "maxHeight=54;maxWidth=54;format=webp' alt=''></li><li><img src='https://pisces.bigbox-static.example/"
        "image2/BestBuy_US/images/products/6505/6505727cv11d.jpg;maxHeight=54;maxWidth=54;format=webp' alt=''>"
        "</li></ol></div><div class='shop-product-title'><div class='sku-title'><h1 class='heading-5 v-fw-regular'>"
        "Sony - WH-1000XM5 Wireless Noise-Canceling Over-the-Ear Headphones - Black</h1></div><div "
        "class='sku-model'><span class='product-data-label'>Model:</span><span class='product-data-value'>"
        "WH1000XM5/B</span><span class='product-data-label'>SKU:</span><span class='product-data-value'>6505727"
        "</span></div></div><div class='pricing-price'><div class='priceView-hero-price priceView-customer-price'>"
        "<span aria-hidden='true'>$329.99</span><span class='sr-only'>Your price for this item is $329.99</span>"
        "</div><div class='pricing-price__savings-regular-price'><div class='pricing-price__savings'>Save $70"
        "</div><div class='pricing-price__regular-price-content'><div class='pricing-price__regular-price'><span "
        "aria-hidden='true'>Was $399.99</span><span class='sr-only'>The previous price was $399.99</span></div>"
        "</div></div><div class='financing-offer'>Or $27.50/mo. for 12 months* with a Best Buy Card</div></div>"
        "<div class='open-box-option'><a href='/site/sony-wh1000xm5/6505727.p?skuId=6505727#openbox'>Open-Box: "
        "from <span>$247.99</span></a></div><div class='fulfillment-add-to-cart-button'><button "
        "class='c-button c-button-primary c-button-lg add-to-cart-button' type='button'>Add to Cart</button>"
        "</div>",
        "Sony WH-1000XM5 Wireless Noise-Canceling Over-the-Ear Headphones Black WH1000XM5/B - Best Buy",
    ),
    329.99,
    "Sony - WH-1000XM5 Wireless Noise-Canceling Over-the-Ear Headphones - Black",
    "https://pisces.bigbox-static.example/image2/BestBuy_US/images/products/6505/6505727_sd.jpg;maxHeight=640;"
    "maxWidth=550;format=webp",
)

# 36. a Target-like page: the price, then "reg" price and a "Sale" label after it; the gallery a
# row of buttons with srcset pictures, the first one a video's poster marked as such
case(
    "target-like-reg-after",
    "https://www.bullseye.example/p/stoneware-dinnerware-set-12pc/-/A-87512344",
    doc(
        "<div data-test='product-detail-page'><div data-test='image-gallery'><button "
        "data-test='image-gallery-item-0' aria-label='play video: Dinnerware set overview'><img "
        "src='https://target.scene7.example/is/image/Target/GUEST_video_poster_8a1b2c?wid=600&amp;hei=600' "
        "alt='video'><span class='play-icon'></span></button><button data-test='image-gallery-item-1'><img "
        "srcset='https://target.scene7.example/is/image/Target/GUEST_4f5e6d7c-8b9a-4c0d-9e1f-2a3b4c5d6e7f?wid="
        "600&amp;hei=600&amp;qlt=80&amp;fmt=webp 600w, https://target.scene7.example/is/image/Target/GUEST_"
        "4f5e6d7c-8b9a-4c0d-9e1f-2a3b4c5d6e7f?wid=1200&amp;hei=1200&amp;qlt=80&amp;fmt=webp 1200w' "
        "src='https://target.scene7.example/is/image/Target/GUEST_4f5e6d7c-8b9a-4c0d-9e1f-2a3b4c5d6e7f?wid=600"
        "&amp;hei=600' alt='12pc Stoneware Dinnerware Set Cream - Threshold'></button></div><div "
        "data-test='product-title-wrapper'><h1 data-test='product-title'>12pc Stoneware Dinnerware Set "
        "Cream - Threshold&#8482;</h1></div><div data-test='product-price-wrapper'><span "
        "data-test='product-price'>$42.00</span><div data-test='product-regular-price'>reg <span>$60.00</span>"
        "</div><div data-test='product-price-type'>Sale</div><div data-test='product-promotions'>Buy 2 get 1 "
        "free on select dinnerware</div></div><button data-test='shipItButton' type='button'>Add to cart"
        "</button></div>",
        "12pc Stoneware Dinnerware Set Cream - Threshold&#8482; : Target",
    ),
    42.0,
    "12pc Stoneware Dinnerware Set Cream - Threshold",
    "https://target.scene7.example/is/image/Target/GUEST_4f5e6d7c-8b9a-4c0d-9e1f-2a3b4c5d6e7f?wid=600&hei=600",
)

# 37. an eBay listing seen from Europe: the US-dollar price, then "Approximately EUR 22.90"
case(
    "ebay-approx-eur",
    "https://www.ebay.com/itm/285512345678",
    doc(
        "<div class='x-photos'><div class='ux-image-carousel-container'><div class='ux-image-carousel-item "
        "image-treatment active  image' data-idx='0'><img alt='Vintage Levis 501 Jeans 32x30 Made in USA' "
        "src='https://i.ebayimg.com/images/g/abcAAOSw1234Zx9Q/s-l1600.jpg' loading='eager' fetchpriority='high'>"
        "</div><div class='ux-image-carousel-item image-treatment image' data-idx='1'><img alt='' "
        "data-src='https://i.ebayimg.com/images/g/defAAOSw5678Zx9R/s-l1600.jpg'></div></div></div><div "
        "class='x-item-title'><h1 class='x-item-title__mainTitle'><span class='ux-textspans ux-textspans--BOLD'>"
        "Vintage Levis 501 Jeans 32x30 Made in USA</span></h1></div><div class='x-price-section'><div "
        "class='x-price-primary' data-testid='x-price-primary'><span class='ux-textspans'>US $24.99</span></div>"
        "<div class='x-price-approx'><span class='ux-textspans ux-textspans--SECONDARY'>Approximately</span>"
        "<span class='x-price-approx__price'><span class='ux-textspans ux-textspans--SECONDARY "
        "ux-textspans--BOLD'>EUR 22.90</span></span></div></div><div class='x-bin-action'><a class='ux-call-to-"
        "action fake-btn fake-btn--fluid fake-btn--primary' href='#'><span class='ux-call-to-action__cell'>"
        "<span class='ux-call-to-action__text'>Buy It Now</span></span></a></div>",
        "Vintage Levis 501 Jeans 32x30 Made in USA | eBay",
        lang="en",
    ),
    24.99,
    "Vintage Levis 501 Jeans 32x30 Made in USA",
    "https://i.ebayimg.com/images/g/abcAAOSw1234Zx9Q/s-l1600.jpg",
)

# ---- titles --------------------------------------------------------------------------------------

PLAIN_IMG = "https://www.heronoutfitters.example/wp-content/uploads/2024/05/"


def plain_shop(
    head_html: str, name_html: str, price: str, file: str, *, title: str, after_img: str = ""
) -> str:
    """A small shop page: a header (`head_html` inside it), gallery image, name markup, price, button."""
    return doc(
        f"<div class='product'><div class='product-gallery'><img class='product-main-image' "
        f"src='{PLAIN_IMG}{file}' alt=''>{after_img}</div><div class='product-summary'>{name_html}"
        f"<div class='product-price'><span class='amount'>{price}</span></div><form class='cart'><button "
        "type='submit' class='add-to-cart'>Add to cart</button></form></div></div>",
        title,
        header=f"<header class='site-header'>{head_html}<nav><a href='/shop'>Shop</a> <a href='/about'>About</a>"
        "</nav></header>",
    )


# 38. a WordPress theme writing the site title as the h1 of every page; the product name in an h2
case(
    "title-site-name-h1",
    "https://www.heronoutfitters.example/product/packable-down-jacket/",
    plain_shop(
        "<h1 class='site-title'><a href='/' rel='home'>Blue Heron Outfitters</a></h1><p "
        "class='site-description'>Gear for the long way round</p>",
        "<h2 class='product_title entry-title'>Packable Down Jacket</h2>",
        "$189.00",
        "packable-down-jacket-navy.jpg",
        title="Packable Down Jacket &#8211; Blue Heron Outfitters",
    ),
    189.0,
    "Packable Down Jacket",
    f"{PLAIN_IMG}packable-down-jacket-navy.jpg",
)

# 39. a screen-reader-only h1 with a generic heading; the visible name in an h2
case(
    "title-sr-only-generic-h1",
    "https://www.heronoutfitters.example/products/trekking-poles-carbon",
    plain_shop(
        "<a class='logo' href='/'>Blue Heron</a>",
        "<h1 class='visually-hidden'>Product details</h1><h2 class='pdp-title h3'>Carbon Trekking Poles, "
        "Pair</h2>",
        "$139.00",
        "carbon-trekking-poles-pair.jpg",
        title="Carbon Trekking Poles, Pair | Blue Heron",
    ),
    139.0,
    "Carbon Trekking Poles, Pair",
    f"{PLAIN_IMG}carbon-trekking-poles-pair.jpg",
)

# 40. the brand as its own h1 above the product's h1
case(
    "title-brand-h1-then-name-h1",
    "https://www.heronoutfitters.example/products/better-sweater-jacket",
    plain_shop(
        "<a class='logo' href='/'>Blue Heron</a>",
        "<h1 class='product-vendor'><a href='/collections/vendors?q=Patagonia'>Patagonia</a></h1><h1 "
        "class='product-title'>Better Sweater Fleece Jacket</h1>",
        "$139.00",
        "better-sweater-jacket-stone.jpg",
        title="Patagonia Better Sweater Fleece Jacket | Blue Heron",
    ),
    139.0,
    "Better Sweater Fleece Jacket",
    f"{PLAIN_IMG}better-sweater-jacket-stone.jpg",
)

# 41. the h1 holding the name and a review-stars widget with its count
case(
    "title-h1-with-rating",
    "https://www.heronoutfitters.example/products/camp-mug-12oz",
    plain_shop(
        "<a class='logo' href='/'>Blue Heron</a>",
        "<h1 class='product-title'>Enamel Camp Mug, 12 oz <span class='jdgm-widget jdgm-preview-badge'><span "
        "class='jdgm-prev-badge' data-average-rating='4.86' data-number-of-reviews='214'><span "
        "class='jdgm-prev-badge__stars' aria-label='4.86 stars'></span><span class='jdgm-prev-badge__text'> "
        "214 reviews </span></span></span></h1>",
        "$18.00",
        "enamel-camp-mug-12oz-blue.jpg",
        title="Enamel Camp Mug, 12 oz | Blue Heron",
    ),
    18.0,
    "Enamel Camp Mug, 12 oz",
    f"{PLAIN_IMG}enamel-camp-mug-12oz-blue.jpg",
)

# 42. no h1: the name in a styled div, the last breadcrumb and the document title with the variant
case(
    "title-no-h1-variant-doc-title",
    "https://www.heronoutfitters.example/products/merino-hiking-sock?variant=40112233",
    plain_shop(
        "<a class='logo' href='/'>Blue Heron</a><ol class='breadcrumbs'><li><a href='/'>Home</a></li><li><a "
        "href='/collections/socks'>Socks</a></li><li aria-current='page'>Merino Hiking Sock</li></ol>",
        "<div class='product-block product-block--title'><div class='product-single__title h2'>Merino Hiking "
        "Sock</div></div><div class='product-block--variant'>Charcoal / M</div>",
        "$24.00",
        "merino-hiking-sock-charcoal.jpg",
        title="Merino Hiking Sock - Charcoal / M &ndash; Blue Heron",
    ),
    24.0,
    "Merino Hiking Sock",
    f"{PLAIN_IMG}merino-hiking-sock-charcoal.jpg",
)

# ---- EU price notes ------------------------------------------------------------------------------

# 43. the EU Omnibus rule's "lowest price of the last 30 days" line between the old and the new price
case(
    "omnibus-de-between",
    "https://www.bergsport.example/p/daunenjacke-damen-1102",
    plain_shop(
        "<a class='logo' href='/'>Bergsport</a>",
        "<h1 class='product-title'>Daunenjacke Damen Alpin</h1><div class='price-before'><span "
        "class='price-label'>UVP</span> <span class='price-value'>249,95 €</span></div><div class='omnibus'>"
        "Niedrigster Preis der letzten 30 Tage: 219,95 €</div>",
        "179,95 €",
        "daunenjacke-damen-alpin-rot.jpg",
        title="Daunenjacke Damen Alpin | Bergsport",
    ).replace("lang='en-US'", "lang='de-DE'"),
    179.95,
    "Daunenjacke Damen Alpin",
    f"{PLAIN_IMG}daunenjacke-damen-alpin-rot.jpg",
)

# 44. Polish Omnibus line after the price ("Najniższa cena z 30 dni przed obniżką") with the old price
case(
    "omnibus-pl-after",
    "https://www.sklep-gorski.example/kurtka-softshell-meska-p-4411.html",
    doc(
        "<div class='product-card'><div class='product-gallery'><img src='https://www.sklep-gorski.example/"
        "img/products/4411/kurtka-softshell-meska-grafit-1.jpg' alt='Kurtka softshell męska'></div><div "
        "class='product-info'><h1 class='product-name'>Kurtka softshell męska Grafit</h1><div "
        "class='product-price'><span class='price-current'>299,00 zł</span><span class='price-old'>399,00 zł"
        "</span></div><p class='price-lowest'>Najniższa cena z 30 dni przed obniżką: 349,00 zł</p><button "
        "class='btn-basket'>Dodaj do koszyka</button></div></div>",
        "Kurtka softshell męska Grafit - Sklep Górski",
        lang="pl-PL",
    ),
    299.0,
    "Kurtka softshell męska Grafit",
    "https://www.sklep-gorski.example/img/products/4411/kurtka-softshell-meska-grafit-1.jpg",
)

# 45. Swiss prices: "CHF 1'299.–" with apostrophe thousands and a dash for no cents
case(
    "swiss-apostrophe-dash",
    "https://www.velohaus.example/de/e-bike-city-500",
    doc(
        "<div class='pdp'><div class='pdp-gallery'><img src='https://www.velohaus.example/media/catalog/"
        "product/e/b/ebike-city-500-anthrazit.jpg' alt='E-Bike City 500'></div><div class='pdp-info'><h1>E-Bike "
        "City 500</h1><div class='pdp-price'><span class='price'>CHF 3'299.–</span><span class='price-hint'>"
        "inkl. MwSt.</span></div><div class='pdp-delivery'>Lieferung in 2–3 Arbeitstagen</div><button "
        "class='tocart'>In den Warenkorb</button></div></div>",
        "E-Bike City 500 | Velohaus",
        lang="de-CH",
    ),
    3299.0,
    "E-Bike City 500",
    "https://www.velohaus.example/media/catalog/product/e/b/ebike-city-500-anthrazit.jpg",
)

# 46. a Dutch "van ... voor ..." price ("from 79,95 for 59,95") in one line
case(
    "dutch-van-voor",
    "https://www.wonenwinkel.example/producten/wollen-plaid-oker",
    doc(
        "<div class='product-detail'><div class='product-images'><img src='https://www.wonenwinkel.example/"
        "media/producten/wollen-plaid-oker-1.jpg' alt='Wollen plaid oker'></div><div class='product-info'><h1>"
        "Wollen plaid oker</h1><div class='product-price'><span class='price-from'>Van <s>€ 79,95</s></span> "
        "<span class='price-to'>voor € 59,95</span></div><button class='add-to-cart'>In winkelwagen</button>"
        "</div></div>",
        "Wollen plaid oker | Wonenwinkel",
        lang="nl-NL",
    ),
    59.95,
    "Wollen plaid oker",
    "https://www.wonenwinkel.example/media/producten/wollen-plaid-oker-1.jpg",
)


# ---- structured data against the visible page ----------------------------------------------------

KS = "https://www.kuechenstudio.example"


def sd_page(
    name: str, price_html: str, files: list[str], *, head: str = "", lang: str = "en-US", site: str = "Kitchen Studio",
    url_base: str = KS, buy: str = "Add to cart",
) -> str:  # fmt: skip
    """A shop page without platform marks: gallery of `files` (first shown large), h1, price, buy."""
    thumbs = "".join(f"<li><img src='{url_base}/images/products/thumbs/{f}' alt=''></li>" for f in files)
    return doc(
        f"<div class='product-page'><div class='gallery'><div class='gallery-main'><img "
        f"src='{url_base}/images/products/large/{files[0]}' alt='{name}' width='900' height='900'></div><ul "
        f"class='gallery-thumbs'>{thumbs}</ul></div><div class='details'><h1 class='product-name'>{name}</h1>"
        f"<div class='product-price'>{price_html}</div><form method='post' action='/cart/add'><input "
        f"type='hidden' name='product' value='7781'><button type='submit' class='btn-buy'>{buy}</button></form>"
        "</div></div>",
        f"{name} | {site}",
        head,
        lang,
    )


def sd_ld(name: str, offers: object, image: object, **more: object) -> str:
    return ld({"@context": "https://schema.org", "@type": "Product", "name": name, "image": image,
               "offers": offers, **more})  # fmt: skip


# 47. a JSON-LD price string with US thousands separators
case(
    "ld-price-string-us-thousands",
    f"{KS}/products/pro-stand-mixer-7qt",
    sd_page(
        "Pro Stand Mixer, 7 qt",
        "<span class='price'>$1,299.00</span>",
        ["stand-mixer-7qt-silver-1.jpg", "stand-mixer-7qt-silver-2.jpg"],
        head=sd_ld(
            "Pro Stand Mixer, 7 qt",
            {"@type": "Offer", "price": "1,299.00", "priceCurrency": "USD"},
            f"{KS}/images/products/large/stand-mixer-7qt-silver-1.jpg",
        ),
    ),  # fmt: skip
    1299.0,
    "Pro Stand Mixer, 7 qt",
    f"{KS}/images/products/large/stand-mixer-7qt-silver-1.jpg",
)

# 48. a German shop writing the JSON-LD price as it shows it ("1.299,00")
case(
    "ld-price-string-de",
    f"{KS}/de/produkte/induktionskochfeld-80-cm",
    sd_page(
        "Induktionskochfeld 80 cm",
        "<span class='price'>1.299,00 €</span><span class='tax'>inkl. MwSt.</span>",
        ["induktionskochfeld-80-schwarz.jpg"],
        lang="de-DE",
        buy="In den Warenkorb",
        head=sd_ld(
            "Induktionskochfeld 80 cm",
            {"@type": "Offer", "price": "1.299,00", "priceCurrency": "EUR"},
            f"{KS}/images/products/large/induktionskochfeld-80-schwarz.jpg",
        ),
    ),  # fmt: skip
    1299.0,
    "Induktionskochfeld 80 cm",
    f"{KS}/images/products/large/induktionskochfeld-80-schwarz.jpg",
)

# 49. the same shop, a whole-euro price written with its thousands dot ("1.049") in JSON-LD
case(
    "ld-price-string-de-no-cents",
    f"{KS}/de/produkte/dunstabzugshaube-90-cm",
    sd_page(
        "Dunstabzugshaube 90 cm Edelstahl",
        "<span class='price'>1.049 €</span><span class='tax'>inkl. MwSt.</span>",
        ["dunstabzugshaube-90-edelstahl.jpg"],
        lang="de-DE",
        buy="In den Warenkorb",
        head=sd_ld(
            "Dunstabzugshaube 90 cm Edelstahl",
            {"@type": "Offer", "price": "1.049", "priceCurrency": "EUR"},
            f"{KS}/images/products/large/dunstabzugshaube-90-edelstahl.jpg",
        ),
    ),  # fmt: skip
    1049.0,
    "Dunstabzugshaube 90 cm Edelstahl",
    f"{KS}/images/products/large/dunstabzugshaube-90-edelstahl.jpg",
)

# 50. a stale JSON-LD price (an SEO app's cached snippet) beside the page's own microdata offer and
# og price, both agreeing with the shown price
case(
    "ld-stale-microdata-agrees",
    f"{KS}/products/cast-iron-grill-pan",
    sd_page(
        "Cast Iron Grill Pan",
        "<div itemprop='offers' itemscope itemtype='https://schema.org/Offer'><meta itemprop='priceCurrency' "
        "content='USD'><span class='price' itemprop='price' content='39.00'>$39.00</span><link "
        "itemprop='availability' href='https://schema.org/InStock'></div>",
        ["cast-iron-grill-pan-12in.jpg"],
        head=og(
            {
                "og:type": "product",
                "og:title": "Cast Iron Grill Pan",
                "product:price:amount": "39.00",
                "product:price:currency": "USD",
            }
        )
        + sd_ld(
            "Cast Iron Grill Pan",
            {
                "@type": "Offer",
                "price": "49.00",
                "priceCurrency": "USD",
                "availability": "https://schema.org/InStock",
            },
            f"{KS}/images/products/large/cast-iron-grill-pan-12in.jpg",
        ),
    ).replace(
        "<div class='product-page'>",
        "<div class='product-page' itemscope itemtype='https://schema.org/Product'>",
    ),
    # fmt: skip
    39.0,
    "Cast Iron Grill Pan",
    f"{KS}/images/products/large/cast-iron-grill-pan-12in.jpg",
)

# 51. JSON-LD without priceCurrency on a German page (the currency from the page)
case(
    "ld-currency-missing-de",
    f"{KS}/de/produkte/messerblock-eiche",
    sd_page(
        "Messerblock Eiche, 6-teilig",
        "<span class='price'>89,90 €</span>",
        ["messerblock-eiche-6tlg.jpg"],
        lang="de-DE",
        buy="In den Warenkorb",
        head=sd_ld(
            "Messerblock Eiche, 6-teilig",
            {"@type": "Offer", "price": "89.90"},
            f"{KS}/images/products/large/messerblock-eiche-6tlg.jpg",
        ),
    ),  # fmt: skip
    89.9,
    "Messerblock Eiche, 6-teilig",
    f"{KS}/images/products/large/messerblock-eiche-6tlg.jpg",
)

# 52. Shopify Markets JSON-LD: one offer per currency; the page is the German store in euros
case(
    "ld-offers-per-currency",
    "https://www.kuechenstudio.example/de/products/kupfer-topfset",
    sd_page(
        "Kupfer-Topfset, 5-teilig",
        "<span class='price'>€459,00 EUR</span>",
        ["kupfer-topfset-5tlg.jpg"],
        lang="de-DE",
        buy="In den Warenkorb",
        head=sd_ld(
            "Kupfer-Topfset, 5-teilig",
            [
                {"@type": "Offer", "price": "499.00", "priceCurrency": "USD"},
                {"@type": "Offer", "price": "459.00", "priceCurrency": "EUR"},
                {"@type": "Offer", "price": "399.00", "priceCurrency": "GBP"},
            ],
            f"{KS}/images/products/large/kupfer-topfset-5tlg.jpg",
        ),
    ),
    459.0,
    "Kupfer-Topfset, 5-teilig",
    f"{KS}/images/products/large/kupfer-topfset-5tlg.jpg",
)

# 53. JSON-LD price 0 for a product whose price is chosen by its options (a configurator); the
# page shows the configured default
case(
    "ld-price-zero-configurable",
    f"{KS}/products/custom-butcher-block",
    sd_page(
        "Custom Butcher Block Countertop",
        "<span class='price-label'>Your configuration:</span> <span class='price'>$684.00</span>",
        ["butcher-block-walnut-edge.jpg"],
        head=sd_ld(
            "Custom Butcher Block Countertop",
            {"@type": "Offer", "price": "0.00", "priceCurrency": "USD"},
            f"{KS}/images/products/large/butcher-block-walnut-edge.jpg",
        ),
    ),  # fmt: skip
    684.0,
    "Custom Butcher Block Countertop",
    f"{KS}/images/products/large/butcher-block-walnut-edge.jpg",
)

# 54. a JSON-LD price range written as one string ("19.99 - 29.99"), the page a from-price
case(
    "ld-price-range-string",
    f"{KS}/products/silicone-baking-mats",
    sd_page(
        "Silicone Baking Mats",
        "<span class='price'>From $19.99</span>",
        ["silicone-baking-mats-set.jpg"],
        head=sd_ld(
            "Silicone Baking Mats",
            {"@type": "Offer", "price": "19.99 - 29.99", "priceCurrency": "USD"},
            f"{KS}/images/products/large/silicone-baking-mats-set.jpg",
        ),
    ),  # fmt: skip
    19.99,
    "Silicone Baking Mats",
    f"{KS}/images/products/large/silicone-baking-mats-set.jpg",
)

# 55. a JSON-LD image list led by the model/lifestyle shot; the page's gallery leads with the packshot
case(
    "ld-image-lifestyle-first",
    f"{KS}/products/linen-apron-natural",
    sd_page(
        "Linen Apron, Natural",
        "<span class='price'>$42.00</span>",
        ["linen-apron-natural-packshot.jpg", "linen-apron-natural-lifestyle.jpg"],
        head=sd_ld(
            "Linen Apron, Natural",
            {"@type": "Offer", "price": "42.00", "priceCurrency": "USD"},
            [
                f"{KS}/images/products/large/linen-apron-natural-lifestyle.jpg",
                f"{KS}/images/products/large/linen-apron-natural-packshot.jpg",
            ],
        ),
    ),  # fmt: skip
    42.0,
    "Linen Apron, Natural",
    f"{KS}/images/products/large/linen-apron-natural-packshot.jpg",
    f"{KS}/images/products/large/linen-apron-natural-lifestyle.jpg",
)

# 56. microdata whose price content is written in the page's own format ("1.299,00")
case(
    "microdata-content-de-format",
    f"{KS}/de/produkte/kaffeevollautomat-e8",
    sd_page(
        "Kaffeevollautomat E8",
        "<div itemprop='offers' itemscope itemtype='http://schema.org/Offer'><span itemprop='price' "
        "content='1.299,00'>1.299,00 €</span><meta itemprop='priceCurrency' content='EUR'></div>",
        ["kaffeevollautomat-e8-platin.jpg"],
        lang="de-DE",
        buy="In den Warenkorb",
    )
    .replace(
        "<div class='product-page'>",
        "<div class='product-page' itemscope itemtype='http://schema.org/Product'>",
    )
    .replace("<h1 class='product-name'>", "<h1 class='product-name' itemprop='name'>"),  # fmt: skip
    1299.0,
    "Kaffeevollautomat E8",
    f"{KS}/images/products/large/kaffeevollautomat-e8-platin.jpg",
)

# 57. JSON-LD price with the euro sign and a decimal comma
case(
    "ld-price-euro-sign-comma",
    "https://www.cuisine-atelier.example/produits/cocotte-fonte-24-cm",
    sd_page(
        "Cocotte en fonte 24 cm",
        "<span class='price'>149,95 €</span><span class='tax'>TTC</span>",
        ["cocotte-fonte-24-cerise.jpg"],
        lang="fr-FR",
        buy="Ajouter au panier",
        url_base="https://www.cuisine-atelier.example",
        site="Cuisine Atelier",
        head=sd_ld(
            "Cocotte en fonte 24 cm",
            {"@type": "Offer", "price": "€ 149,95", "priceCurrency": "EUR"},
            "https://www.cuisine-atelier.example/images/products/large/cocotte-fonte-24-cerise.jpg",
        ),
    ),  # fmt: skip
    149.95,
    "Cocotte en fonte 24 cm",
    "https://www.cuisine-atelier.example/images/products/large/cocotte-fonte-24-cerise.jpg",
)

# 58. no structured data, a French page: "Prix conseillé" before "Notre prix"
case(
    "fr-prix-conseille",
    "https://www.cuisine-atelier.example/produits/robot-patissier-5l",
    sd_page(
        "Robot pâtissier 5 L",
        "<div class='prix-conseille'>Prix conseillé : <span>399,00 €</span></div><div class='notre-prix'>Notre "
        "prix : <span class='price'>329,00 €</span></div><div class='eco'>dont éco-participation : 1,00 €</div>",
        ["robot-patissier-5l-rouge.jpg"],
        lang="fr-FR",
        buy="Ajouter au panier",
        url_base="https://www.cuisine-atelier.example",
        site="Cuisine Atelier",
    ),
    329.0,
    "Robot pâtissier 5 L",
    "https://www.cuisine-atelier.example/images/products/large/robot-patissier-5l-rouge.jpg",
)

# 59. no structured data, an Italian page: "Prezzo consigliato" and "-20%" before the price, the
# Omnibus line after
case(
    "it-prezzo-consigliato",
    "https://www.casa-cucina.example/prodotti/caffettiera-moka-6-tazze",
    sd_page(
        "Caffettiera moka 6 tazze",
        "<span class='sconto'>-20%</span> <span class='prezzo-consigliato'>Prezzo consigliato: <del>€ 44,90"
        "</del></span> <span class='price'>€ 35,90</span><p class='omnibus'>Prezzo più basso degli ultimi 30 "
        "giorni: € 39,90</p>",
        ["moka-6-tazze-alluminio.jpg"],
        lang="it-IT",
        buy="Aggiungi al carrello",
        url_base="https://www.casa-cucina.example",
        site="Casa Cucina",
    ),
    35.9,
    "Caffettiera moka 6 tazze",
    "https://www.casa-cucina.example/images/products/large/moka-6-tazze-alluminio.jpg",
)

# 60. no structured data, a Swedish page: "Ord. pris" after the campaign price
case(
    "sv-ord-pris",
    "https://www.kokshornan.example/produkt/gjutjarnsgryta-4-liter",
    sd_page(
        "Gjutjärnsgryta 4 liter",
        "<span class='price price--campaign'>1 195 kr</span> <span class='price-ord'>Ord. pris 1 495 kr</span>",
        ["gjutjarnsgryta-4l-svart.jpg"],
        lang="sv-SE",
        buy="Lägg i varukorgen",
        url_base="https://www.kokshornan.example",
        site="KöksHörnan",
    ),
    1195.0,
    "Gjutjärnsgryta 4 liter",
    "https://www.kokshornan.example/images/products/large/gjutjarnsgryta-4l-svart.jpg",
)

# 61. JSON-LD offers for new and used condition, the page selling the new one
case(
    "ld-new-and-used-offers",
    f"{KS}/products/espresso-grinder-pro",
    sd_page(
        "Espresso Grinder Pro",
        "<span class='condition'>New</span> <span class='price'>$349.00</span><p class='used'>Also available: "
        "<a href='?condition=used'>Certified refurbished from $259.00</a></p>",
        ["espresso-grinder-pro-black.jpg"],
        head=sd_ld(
            "Espresso Grinder Pro",
            [
                {
                    "@type": "Offer",
                    "price": "259.00",
                    "priceCurrency": "USD",
                    "itemCondition": "https://schema.org/RefurbishedCondition",
                },
                {
                    "@type": "Offer",
                    "price": "349.00",
                    "priceCurrency": "USD",
                    "itemCondition": "https://schema.org/NewCondition",
                },
            ],
            f"{KS}/images/products/large/espresso-grinder-pro-black.jpg",
        ),
    ),  # fmt: skip
    349.0,
    "Espresso Grinder Pro",
    f"{KS}/images/products/large/espresso-grinder-pro-black.jpg",
)


# ---- round 5: more platforms (OpenCart, JTL, Shopware 5, Lightspeed, Ecwid) and carousels ----------

OC = "https://www.gartenhof.example"

# 62. OpenCart 3 default theme: the price in an <h2> of a list, the old price struck by inline style,
# "Ex Tax:" and reward points after it, thumbnails linking the 800px files
case(
    "opencart-h2-price",
    f"{OC}/index.php?route=product/product&product_id=47",
    doc(
        "<div id='product-product' class='container'><ul class='breadcrumb'><li><a href='/'><i "
        "class='fa fa-home'></i></a></li><li><a href='/index.php?route=product/category&path=20'>Garden</a>"
        "</li><li><a href='#'>Pruning Shears</a></li></ul><div class='row'><div id='content' class='col-sm-12'>"
        "<div class='row'><div class='col-sm-8'><ul class='thumbnails'><li><a class='thumbnail' "
        f"href='{OC}/image/cache/catalog/products/bypass-pruner-800x800.jpg' title='Bypass Pruning Shears'><img "
        f"src='{OC}/image/cache/catalog/products/bypass-pruner-228x228.jpg' title='Bypass Pruning Shears' "
        "alt='Bypass Pruning Shears'></a></li><li class='image-additional'><a class='thumbnail' "
        f"href='{OC}/image/cache/catalog/products/bypass-pruner-open-800x800.jpg' title='Bypass Pruning Shears'>"
        f"<img src='{OC}/image/cache/catalog/products/bypass-pruner-open-74x74.jpg' alt='Bypass Pruning Shears'>"
        "</a></li></ul></div><div class='col-sm-4'><div class='btn-group'><button type='button' "
        "data-toggle='tooltip' class='btn btn-default' title='Add to Wish List'><i class='fa fa-heart'></i>"
        "</button></div><h1>Bypass Pruning Shears</h1><ul class='list-unstyled'><li>Brand: <a "
        "href='/index.php?route=product/manufacturer.info&manufacturer_id=8'>Felco</a></li><li>Product Code: "
        "F-2</li><li>Availability: In Stock</li></ul><ul class='list-unstyled'><li><span "
        "style='text-decoration: line-through;'>$62.00</span></li><li><h2>$54.00</h2></li><li>Ex Tax: $45.00"
        "</li><li>Price in reward points: 540</li></ul><div id='product'><div class='form-group'><label "
        "class='control-label' for='input-quantity'>Qty</label><input type='text' name='quantity' value='1' "
        "size='2' id='input-quantity' class='form-control'><br><button type='button' id='button-cart' "
        "data-loading-text='Loading...' class='btn btn-primary btn-lg btn-block'>Add to Cart</button></div>"
        "</div></div></div></div></div></div>",
        "Bypass Pruning Shears",
    ),
    54.0,
    "Bypass Pruning Shears",
    f"{OC}/image/cache/catalog/products/bypass-pruner-800x800.jpg",
)

# 63. JTL-Shop 5: the price with a footnote star, "Statt" old price after it, base price and
# delivery note; the gallery a slick carousel with data-lazy pictures
JTL = "https://www.teehaus-nord.example"
case(
    "jtl-slick-statt",
    f"{JTL}/Gruener-Tee-Sencha-Bio-250-g",
    doc(
        "<div id='product-offer' class='product-detail'><div class='row'><div class='col product-gallery'>"
        "<div id='gallery' class='product-images slick-smooth-loading carousel carousel-arrows-inside' "
        "data-slick-type='gallery'>"
        + "".join(
            f"<div class='square square-image js-gallery-images'><div class='inner'><img "
            "src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' "
            f"data-lazy='{JTL}/media/image/product/1123/lg/{f}' data-srcset='{JTL}/media/image/product/1123/"
            f"xs/{f} 200w, {JTL}/media/image/product/1123/md/{f} 600w, {JTL}/media/image/product/1123/lg/{f} "
            f"1200w' alt='Grüner Tee Sencha Bio' class='product-image img-fluid'></div></div>"
            for f in ("gruener-tee-sencha-bio-250-g.jpg", "gruener-tee-sencha-bio-250-g~2.jpg")
        )
        + "</div></div><div class='col product-info'><div class='product-info-inner'><h1 "
        "class='product-title h2' itemprop='name'>Grüner Tee Sencha Bio, 250 g</h1><div class='price_wrapper'>"
        "<div class='price h1'><span>12,90 €</span><span class='footnote-reference'>*</span></div><div "
        "class='price-note'><div class='instead-of old-price'><small class='text-muted-util'>Statt <del "
        "class='value text-nowrap-util'>14,90 €</del></small></div><div class='base-price'><span "
        "class='value'>5,16 € </span>pro 100 g</div></div><p class='vat_info text-muted-util'>* Preise inkl. "
        "gesetzlicher MwSt. zzgl. <a href='/Versandinformationen' rel='nofollow'>Versand</a></p></div><div "
        "class='delivery-status'><span class='status status-2'><span class='fas fa-truck'></span> Lieferzeit: "
        "2 - 4 Werktage</span></div><form id='buy_form' method='post' action='/'><div class='basket-form-inline'>"
        "<input type='number' class='form-control quantity' name='anzahl' value='1'><button "
        "aria-label='In den Warenkorb' name='inWarenkorb' type='submit' value='In den Warenkorb' "
        "class='submit js-cfg-validate btn btn-primary btn-block'>In den Warenkorb</button></div></form></div>"
        "</div></div></div>",
        "Grüner Tee Sencha Bio, 250 g - Teehaus Nord",
        lang="de",
    ),
    12.9,
    "Grüner Tee Sencha Bio, 250 g",
    f"{JTL}/media/image/product/1123/lg/gruener-tee-sencha-bio-250-g.jpg",
)

# 64. Shopware 5: the image element a span with data-img-large/-original, the <img> srcset at 600px,
# the discount's line-through price after the price
SW5 = "https://www.wanderladen.example"
case(
    "shopware5-image-element",
    f"{SW5}/wandern/rucksaecke/tagesrucksack-22-l",
    doc(
        "<div class='content product--details' itemscope itemtype='http://schema.org/Product'><header "
        "class='product--header'><div class='product--info'><h1 class='product--title' itemprop='name'>"
        "Tagesrucksack 22 L</h1></div></header><div class='product--detail-upper block-group'><div "
        "class='product--image-container image-slider product--image-zoom'><div class='image-slider--container'>"
        "<div class='image-slider--slide'><div class='image--box image-slider--item'><span class='image--element' "
        f"data-img-large='{SW5}/media/image/1e/4f/a2/tagesrucksack-22l-petrol_1280x1280.jpg' "
        f"data-img-small='{SW5}/media/image/6c/11/0d/tagesrucksack-22l-petrol_200x200.jpg' "
        f"data-img-original='{SW5}/media/image/88/1d/3e/tagesrucksack-22l-petrol.jpg' data-alt='Tagesrucksack "
        f"22 L'><span class='image--media'><img srcset='{SW5}/media/image/0b/2f/91/tagesrucksack-22l-"
        f"petrol_600x600.jpg, {SW5}/media/image/7a/33/c0/tagesrucksack-22l-petrol_600x600@2x.jpg 2x' "
        "alt='Tagesrucksack 22 L' itemprop='image'></span></span></div></div></div></div><div "
        "class='product--buybox block'><div itemprop='offers' itemscope itemtype='http://schema.org/Offer' "
        "class='buybox--inner'><meta itemprop='priceCurrency' content='EUR'><div class='product--price "
        "price--default price--discount'><span class='price--content content--default'><meta itemprop='price' "
        "content='59.95'>59,95&nbsp;€&nbsp;*</span><span class='price--discount-icon'><i "
        "class='icon--percent2'></i></span><span class='content--discount'><span class='price--line-through'>"
        "79,95&nbsp;€ *</span><span class='price--discount-percentage'>(25% gespart)</span></span></div><p "
        "class='product--tax' data-content='' data-modalbox='true' data-targetselector='a'>Preise inkl. "
        "gesetzlicher MwSt. <a title='Versandkosten' href='/versand'>zzgl. Versandkosten</a></p><form "
        "name='sAddToBasket' method='post' action='/checkout/addArticle' class='buybox--form'><button "
        "class='buybox--button block btn is--primary is--icon-right is--center is--large' name='In den "
        "Warenkorb'>In den Warenkorb<i class='icon--arrow-right'></i></button></form></div></div></div></div>",
        "Tagesrucksack 22 L | Wanderladen",
        lang="de-DE",
    ),
    59.95,
    "Tagesrucksack 22 L",
    f"{SW5}/media/image/88/1d/3e/tagesrucksack-22l-petrol.jpg",
)

# 65. Lightspeed eCom: the old price first, the price, "Incl. tax"; the zoom link names a generic
# "image.jpg" while the <img> carries the product's file name
LS = "https://cdn.webshopapp.com/shops/271234/files"
case(
    "lightspeed-zoom-generic",
    "https://www.wolwinkel.example/merino-sjaal-oker.html",
    doc(
        "<div class='product-wrap row'><div class='product-img col-md-6'><div class='zoombox'><div "
        f"class='images'><a href='{LS}/401122334/image.jpg' class='zoom first' data-image-id='401122334'><img "
        f"src='{LS}/401122334/600x600x2/merino-sjaal-oker.jpg' width='600' height='600' alt='Merino sjaal oker'>"
        f"</a><a href='{LS}/401122335/image.jpg' class='zoom' data-image-id='401122335'><img "
        f"src='{LS}/401122335/600x600x2/merino-sjaal-oker.jpg' width='600' height='600' alt='Merino sjaal oker'>"
        "</a></div><div class='thumbs row'><div class='col-xs-3 col-sm-4 col-md-4'><a "
        f"data-image-id='401122334'><img src='{LS}/401122334/156x230x2/merino-sjaal-oker.jpg' alt=''></a></div>"
        "</div></div></div><div class='product-info col-md-6'><div class='page-title row'><div "
        "class='col-sm-6 col-md-6'><h1 class='product-page'>Merino sjaal oker</h1></div></div><div "
        "class='product-price row'><div class='price-wrap col-xs-5 col-md-5'><span class='price-old'>€59,95"
        "</span><span class='price' style='line-height: 30px;'>€44,95</span><small class='price-tax'>Incl. "
        "btw</small></div><div class='cart col-xs-7 col-md-7'><form action='/cart/add/' method='post'><a "
        "href='javascript:;' onclick='$(\"#product_configure_form\").submit();' class='btn glyphicon "
        "glyphicon-shopping-cart' title='Toevoegen aan winkelwagen'><span>Toevoegen aan winkelwagen</span>"
        "</a></form></div></div></div></div>",
        "Merino sjaal oker - Wolwinkel",
        lang="nl",
    ),
    44.95,
    "Merino sjaal oker",
    f"{LS}/401122334/600x600x2/merino-sjaal-oker.jpg",
    f"{LS}/401122334/image.jpg",
)

# 66. Ecwid in a WordPress page: no h1 (the name in a div), numeric picture names on a CDN
ECW = "https://d2j6dbq0eux0bg.cloudfront.net/images/48812301"
case(
    "ecwid-no-h1",
    "https://www.potterylane.example/shop/Stoneware-Dinner-Plate-p512223344",
    doc(
        "<h1 class='entry-title'>Shop</h1><div class='ecwid ec-size ec-size--xxs ec-size--xs ec-size--s "
        "ec-size--m ec-size--l ecwid-responsive ecwid-no-touch'><div class='ecwid-productBrowser'><div "
        "class='product-details'><div class='product-details__gallery details-gallery'><div "
        "class='details-gallery__images'><div class='details-gallery__picture-container'><img "
        f"class='details-gallery__picture details-gallery__photoswipe-index-0' src='{ECW}/2215566091.jpg' "
        f"srcset='{ECW}/2215566091.jpg 1x, {ECW}/2215566092.jpg 2x' alt='Stoneware Dinner Plate'></div></div>"
        "<div class='details-gallery__thumbs'><div class='details-gallery__thumb'><img "
        f"src='{ECW}/2215566093.jpg' alt=''></div></div></div><div class='product-details__sidebar'><div "
        "class='product-details__product-title ec-header-h3' itemprop='name'>Stoneware Dinner Plate</div><div "
        "class='product-details__product-sku ec-text-muted'>SKU 00042</div><div "
        "class='product-details__product-price ec-price-item' itemprop='price' content='34'><div "
        "class='details-product-price__value ec-price-item notranslate'>$34.00</div></div><div "
        "class='product-details-module details-product-purchase'><div class='form-control "
        "form-control--button form-control--large form-control--primary form-control--flexible "
        "form-control--animated form-control--done details-product-purchase__add-to-bag'><button "
        "class='form-control__button' type='button'><span class='form-control__button-text'>Add to Bag</span>"
        "</button></div></div></div></div></div></div>",
        "Stoneware Dinner Plate | Pottery Lane",
    ),
    34.0,
    "Stoneware Dinner Plate",
    f"{ECW}/2215566091.jpg",
    f"{ECW}/2215566092.jpg",  # Ecwid's 2x file of the same photo, under its own number
)

FK = "https://www.trailhead-goods.example/cdn/shop/files"

# 67. a Flickity carousel with lazy pictures (data-flickity-lazyload), the first cell a placeholder
case(
    "flickity-lazyload",
    "https://www.trailhead-goods.example/products/canvas-field-bag",
    plain_shop(
        "<a class='logo' href='/'>Trailhead</a>",
        "<h1 class='product-title'>Canvas Field Bag</h1>",
        "$128.00",
        "unused.jpg",
        title="Canvas Field Bag | Trailhead Goods",
    ).replace(
        f"<img class='product-main-image' src='{PLAIN_IMG}unused.jpg' alt=''>",
        "<div class='product-carousel js-flickity' data-flickity='{\"lazyLoad\": 2}'>"
        f"<div class='carousel-cell'><img class='carousel-image' data-flickity-lazyload='{FK}/field-bag-tan-1.jpg"
        "?v=1699&width=1200' alt='Canvas Field Bag'></div><div class='carousel-cell'><img class='carousel-image' "
        f"data-flickity-lazyload='{FK}/field-bag-tan-2.jpg?v=1699&width=1200' alt='Canvas Field Bag'></div></div>",
    ),
    128.0,
    "Canvas Field Bag",
    f"{FK}/field-bag-tan-1.jpg?v=1699&width=1200",
)

# 68. a Splide slider (data-splide-lazy) and a lazysizes data-bgset zoom layer
case(
    "splide-lazy-bgset",
    "https://www.trailhead-goods.example/products/wool-camp-blanket",
    plain_shop(
        "<a class='logo' href='/'>Trailhead</a>",
        "<h1 class='product-title'>Wool Camp Blanket</h1>",
        "$145.00",
        "unused.jpg",
        title="Wool Camp Blanket | Trailhead Goods",
    ).replace(
        f"<img class='product-main-image' src='{PLAIN_IMG}unused.jpg' alt=''>",
        "<section class='splide product-slider' aria-label='Product images'><div class='splide__track'><ul "
        f"class='splide__list'><li class='splide__slide'><div class='zoom-layer lazyload' data-bgset='{FK}/camp-"
        f"blanket-red-1.jpg?v=1700&width=360 360w, {FK}/camp-blanket-red-1.jpg?v=1700&width=1800 1800w' "
        f"data-sizes='auto'></div><img data-splide-lazy='{FK}/camp-blanket-red-1.jpg?v=1700&width=900' "
        "src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' alt='Wool Camp "
        f"Blanket'></li><li class='splide__slide'><img data-splide-lazy='{FK}/camp-blanket-red-2.jpg?v=1700&width="
        "900' src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' alt=''></li>"
        "</ul></div></section>",
    ),
    145.0,
    "Wool Camp Blanket",
    f"{FK}/camp-blanket-red-1.jpg?v=1700&width=900",
)

# 69. a Magento 2 bundle product: "From $82.00 To $132.00" with its labels
case(
    "m2-bundle-from-to",
    f"{LUMA}/sprite-yoga-companion-kit.html",
    m2_page(
        "Sprite Yoga Companion Kit",
        "<div class='price-box price-final_price' data-role='priceBox' data-product-id='46'><p "
        "class='price-from'>"
        + m2_price(46, "82", "$82.00", label="From")
        + "</p><p class='price-to'>"
        + m2_price(46, "132", "$132.00", label="To").replace("product-price-46", "to-price-46")
        + "</p></div>",
        fotorama(LUMA, ["l/u/luma-yoga-kit-2.jpg"]),
    ),  # fmt: skip
    82.0,
    "Sprite Yoga Companion Kit",
    f"{LUMA}/media/catalog/product/l/u/luma-yoga-kit-2.jpg",
)

# 70. a German variant parent: "ab 19,99 €" ("from"), the variants' table below with their prices
case(
    "de-ab-price-variants",
    f"{KS}/de/produkte/silikon-backmatte",
    sd_page(
        "Silikon-Backmatte",
        "<span class='price'>ab 19,99 €</span><span class='tax'>inkl. MwSt.</span>",
        ["silikon-backmatte-rot.jpg"],
        lang="de-DE",
        buy="In den Warenkorb",
    ).replace(
        "</form>",
        "</form><table class='variants'><tr><td>30 x 40 cm</td><td>19,99 €</td></tr><tr><td>40 x 60 cm</td>"
        "<td>24,99 €</td></tr></table>",
    ),
    19.99,
    "Silikon-Backmatte",
    f"{KS}/images/products/large/silikon-backmatte-rot.jpg",
)

# 71. Gambio / xt:Commerce style: "Unser Preis" label and "UVP" in a line before, old German layout
# without structured data, the buy form an <input type=image>
case(
    "gambio-unser-preis",
    "https://www.angelshop.example/spinnrute-carbon-2-40-m.html",
    doc(
        "<div id='product_info'><div class='product-info-image'><a href='images/product_images/popup_images/"
        "1502_0.jpg' class='lightbox'><img src='images/product_images/info_images/1502_0.jpg' alt='Spinnrute "
        "Carbon 2,40 m' class='img-responsive'></a></div><div class='product-info-details'><h1 "
        "class='product-info-title-desktop'><span>Spinnrute Carbon 2,40 m</span></h1><div class='price-container'>"
        "<div class='productOldPrice'>UVP 89,90 EUR</div><div class='price-container-price'><span "
        "class='productNewPrice'>Unser Preis 69,90 EUR</span></div><div class='tax-shipping-text'>inkl. 19% "
        "MwSt. zzgl. <a href='popup/Versand.html' class='js-open-modal'>Versand</a></div></div><form "
        "name='cart_quantity' action='product_info.php?action=add_product' method='post'><input type='text' "
        "name='products_qty' value='1' size='3'><input type='image' src='templates/Honeygrid/buttons/de/"
        "button_in_cart.gif' alt='In den Warenkorb' title=' In den Warenkorb '></form></div></div>",
        "Spinnrute Carbon 2,40 m - Angelshop",
        lang="de",
    ),
    69.9,
    "Spinnrute Carbon 2,40 m",
    "https://www.angelshop.example/images/product_images/info_images/1502_0.jpg",
    "https://www.angelshop.example/images/product_images/popup_images/1502_0.jpg",
)

# 72. a page whose og:image is the variant's swatch chip and whose gallery is built in the browser
# from a JSON list; the JSON-LD image the product photo
case(
    "og-swatch-ld-photo",
    "https://www.trailhead-goods.example/products/merino-crew-sock",
    doc(
        "<div class='product'><div id='gallery-root' data-gallery='[{\"src\":\"/cdn/shop/files/merino-sock-"
        "grey-1.jpg\"}]'></div><h1>Merino Crew Sock</h1><div class='price'>$24.00</div><button "
        "class='add-to-cart'>Add to cart</button></div>",
        "Merino Crew Sock | Trailhead Goods",
        og({"og:type": "product", "og:image": f"{FK}/swatch-grey-heather.png?v=1&width=64"})
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Merino Crew Sock",
                "image": [f"{FK}/merino-sock-grey-1.jpg?v=1700"],
                "offers": {"@type": "Offer", "price": "24.00", "priceCurrency": "USD"},
            }
        ),
    ),
    24.0,
    "Merino Crew Sock",
    f"{FK}/merino-sock-grey-1.jpg?v=1700",
)

# 73. no structured data: the gallery's first slide a 360° spin viewer's poster, named "360", then the photo
case(
    "spin-viewer-first",
    "https://www.velohaus.example/de/rennrad-helm-aero",
    doc(
        "<div class='pdp'><div class='pdp-gallery'><div class='slide slide--360'><img class='spin-poster' "
        "src='https://www.velohaus.example/media/360/helm-aero/poster.jpg' alt='360° Ansicht'><span>360°"
        "</span></div><div class='slide'><img src='https://www.velohaus.example/media/catalog/product/h/e/"
        "helm-aero-mattschwarz-seite.jpg' alt='Rennrad-Helm Aero'></div></div><div class='pdp-info'><h1>"
        "Rennrad-Helm Aero</h1><div class='pdp-price'><span class='price'>CHF 229.–</span></div><button "
        "class='tocart'>In den Warenkorb</button></div></div>",
        "Rennrad-Helm Aero | Velohaus",
        lang="de-CH",
    ),
    229.0,
    "Rennrad-Helm Aero",
    "https://www.velohaus.example/media/catalog/product/h/e/helm-aero-mattschwarz-seite.jpg",
)

# 74. a BigCommerce page whose JSON-LD price is a number with float noise and whose image list
# starts with a 50x50 thumbnail of the same photo; "Out of stock" variant note aside
case(
    "bc-float-noise-thumb",
    "https://www.oakandtide.example/enamel-camp-kettle/",
    bc_page(
        "Enamel Camp Kettle",
        "Barebones",
        "<div class='price-section price-section--withoutTax'><span data-product-price-without-tax class='price "
        "price--withoutTax'>$44.95</span></div>",
        ["enamel-kettle-slate__40001.1700000000.jpg"],
        head=ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "name": "Enamel Camp Kettle",
                "image": [
                    f"{BC}/images/stencil/50x50/products/112/enamel-kettle-slate__40001.1700000000.jpg",
                    f"{BC}/images/stencil/1280x1280/products/112/enamel-kettle-slate__40001.1700000000.jpg",
                ],
                "offers": {"@type": "Offer", "priceCurrency": "USD", "price": 44.949999999999996},
            }
        ),
    ),
    44.95,
    "Enamel Camp Kettle",
    f"{BC}/images/stencil/1280x1280/products/112/enamel-kettle-slate__40001.1700000000.jpg",
)

# 75. must not fire: a plain Shopware 6 page without list price or block prices
case(
    "shopware-plain",
    f"{SW}/Leinen-Geschirrtuch/SW10090",
    sw_page(
        "Leinen-Geschirrtuch",
        "<div class='product-detail-price-container'><p class='product-detail-price'>9,90&nbsp;€*</p></div>"
        "<div class='product-detail-tax-container'><p class='product-detail-tax'>Preise inkl. MwSt. zzgl. "
        "Versandkosten</p></div>",
        "leinen-geschirrtuch-natur",
    ),
    9.9,
    "Leinen-Geschirrtuch",
    f"{SW}/media/a1/b2/c3/1700000000/leinen-geschirrtuch-natur.jpg",
)


# ---- round 6: structured names, EU marketplaces' price shapes, currencies by region, pictures -----

# 76. JSON-LD name written as the SEO title ("Buy ... Online – Free Shipping"), the h1 the product's
case(
    "ld-name-seo-phrase",
    f"{KS}/products/ceramic-pour-over-set",
    sd_page(
        "Ceramic Pour-Over Set",
        "<span class='price'>$58.00</span>",
        ["ceramic-pour-over-set-white.jpg"],
        head=sd_ld(
            "Buy Ceramic Pour-Over Set Online - Free Shipping Over $50",
            {"@type": "Offer", "price": "58.00", "priceCurrency": "USD"},
            f"{KS}/images/products/large/ceramic-pour-over-set-white.jpg",
        ),
    ),
    58.0,
    "Ceramic Pour-Over Set",
    f"{KS}/images/products/large/ceramic-pour-over-set-white.jpg",
)

# 77. a translated storefront: the German page, its JSON-LD name left in the shop's default language
case(
    "ld-name-default-language",
    f"{KS}/de/products/merino-wollmuetze",
    sd_page(
        "Merino-Wollmütze",
        "<span class='price'>€39,00 EUR</span>",
        ["merino-beanie-charcoal.jpg"],
        lang="de-DE",
        buy="In den Warenkorb",
        head=sd_ld(
            "Merino Wool Beanie",
            {"@type": "Offer", "price": "39.00", "priceCurrency": "EUR"},
            f"{KS}/images/products/large/merino-beanie-charcoal.jpg",
        ),
    ),  # fmt: skip
    39.0,
    "Merino-Wollmütze",
    f"{KS}/images/products/large/merino-beanie-charcoal.jpg",
)

# 78. a feed-built JSON-LD naming the variant by its SKU code
case(
    "ld-name-is-sku",
    f"{KS}/products/linen-duvet-cover?variant=4411",
    sd_page(
        "Stonewashed Linen Duvet Cover",
        "<span class='price'>$219.00</span>",
        ["linen-duvet-cover-clay.jpg"],
        head=sd_ld(
            "LDC-QUEEN-CLAY-01",
            {"@type": "Offer", "price": "219.00", "priceCurrency": "USD"},
            f"{KS}/images/products/large/linen-duvet-cover-clay.jpg",
            sku="LDC-QUEEN-CLAY-01",
        ),
    ),  # fmt: skip
    219.0,
    "Stonewashed Linen Duvet Cover",
    f"{KS}/images/products/large/linen-duvet-cover-clay.jpg",
)

# 79. a bol.com-like price: whole euros and a superscript fraction, no currency mark; the
# "Adviesprijs" (list price) line before it
case(
    "bol-fraction-no-mark",
    "https://www.winkelplein.example/nl/nl/p/elektrische-tandenborstel-pro-3/9300000123456789/",
    doc(
        "<div class='product-page'><div class='image-slot'><img class='js_selected_image' "
        "src='https://media.winkelplein.example/product/9300000123456789/550x550/tandenborstel-pro-3-wit.jpg' "
        "alt='Elektrische tandenborstel Pro 3'></div><div class='pdp-header'><h1 class='page-heading'><span "
        "class='u-mr--xs' data-test='title'>Elektrische tandenborstel Pro 3</span></h1></div><section "
        "class='buy-block'><div class='buy-block__prices'><div class='buy-block__list-price'><span "
        "class='buy-block__list-price-label'>Adviesprijs</span> <del class='buy-block__list-price-value'>"
        "79,99</del></div><span class='promo-price' data-test='price'>54 <sup class='promo-price__fraction' "
        "data-test='price-fraction'>99</sup></span></div><div class='buy-block__highlights'>Vóór 23:59 besteld, "
        "morgen in huis</div><a class='btn btn--cta btn--block' data-test='add-to-basket' href='#'>In "
        "winkelwagen</a></section></div>",
        "Elektrische tandenborstel Pro 3 | Winkelplein",
        lang="nl-NL",
    ),
    54.99,
    "Elektrische tandenborstel Pro 3",
    "https://media.winkelplein.example/product/9300000123456789/550x550/tandenborstel-pro-3-wit.jpg",
)

# 80. a Dutch shop's whole-euro prices written with ",-" ("Van € 99,- voor € 79,-")
case(
    "dutch-comma-dash",
    "https://www.fietsenhuis.example/fietstas-dubbel-waterdicht",
    doc(
        "<div class='product'><div class='product__media'><img src='https://www.fietsenhuis.example/media/"
        "fietstas-dubbel-zwart-1.jpg' alt='Fietstas dubbel'></div><div class='product__info'><h1>Fietstas dubbel "
        "waterdicht 46 L</h1><div class='product__price'><span class='price price--old'>Van € 99,-</span> "
        "<span class='price price--current'>voor € 79,-</span></div><button class='btn-cart'>In winkelwagen"
        "</button></div></div>",
        "Fietstas dubbel waterdicht 46 L - Fietsenhuis",
        lang="nl-NL",
    ),
    79.0,
    "Fietstas dubbel waterdicht 46 L",
    "https://www.fietsenhuis.example/media/fietstas-dubbel-zwart-1.jpg",
)

# 81. a Zalando-like page: hashed class names, the old price first (struck only by its hashed class),
# "-25%" and the current price, "inkl. MwSt."
case(
    "hashed-classes-old-first",
    "https://www.modehaus.example/nike-sportswear-sneaker-low-white-ni112o0kq-a11.html",
    doc(
        "<div class='_0xLoFW'><div class='I7OI1O'><img class='sDq_FX lystZ1 FxZV-M _2Pvyxl' "
        "src='https://img01.modehaus-static.example/article/spp-media-p1/a1b2c3d4e5f6/nike-sneaker-low-white.jpg"
        "?imwidth=762' alt='Nike Sportswear - Sneaker low - white'></div><div class='hD5J5m'><h1 "
        "class='FtrEr_ QdlUSH FxZV-M HlZ_Tf _5Yd-hZ'><span class='EKabf7 R_QwOV'>Nike Sportswear</span><span "
        "class='EKabf7 R_QwOV'>Sneaker low - white</span></h1><div class='hD5J5m'><p class='sDq_FX _4sa1cA "
        "dgII7d Km7l2y'><span class='sDq_FX _4sa1cA FxZV-M Yb63TQ ZiDB59'>109,95 €</span></p><p class='sDq_FX "
        "_4sa1cA FxZV-M HlZ_Tf'><span class='sDq_FX _4sa1cA dgII7d HlZ_Tf'>-25%</span> <span class='sDq_FX "
        "_4sa1cA dgII7d HlZ_Tf'>82,45 €</span></p><p class='sDq_FX dgII7d'>inkl. MwSt.</p></div><button "
        "class='DJxzzA u9KIT8 uEg2FS'><span class='sDq_FX'>In den Warenkorb</span></button></div></div>",
        "Nike Sportswear SNEAKER LOW - Sneaker low - white - Modehaus.de",
        lang="de-DE",
    ),
    82.45,
    "Nike Sportswear Sneaker low - white",
    "https://img01.modehaus-static.example/article/spp-media-p1/a1b2c3d4e5f6/nike-sneaker-low-white.jpg",
)

# 82-84. a "$" or "kr." read by the page's region
case(
    "currency-en-ca-dollar",
    "https://www.northernpaddle.example/products/kayak-paddle-carbon",
    sd_page(
        "Carbon Kayak Paddle",
        "<span class='price'>$289.99</span>",
        ["carbon-kayak-paddle-230.jpg"],
        lang="en-CA",
        url_base="https://www.northernpaddle.example",
        site="Northern Paddle",
    ),
    289.99,
    "Carbon Kayak Paddle",
    "https://www.northernpaddle.example/images/products/large/carbon-kayak-paddle-230.jpg",
)
case(
    "currency-au-domain",
    "https://www.bushwalker.com.au/products/hiking-gaiters",
    sd_page(
        "Hiking Gaiters",
        "<span class='price'>$49.95</span>",
        ["hiking-gaiters-olive.jpg"],
        lang="en",
        url_base="https://www.bushwalker.com.au",
        site="Bushwalker",
    ),
    49.95,
    "Hiking Gaiters",
    "https://www.bushwalker.com.au/images/products/large/hiking-gaiters-olive.jpg",
)
case(
    "currency-da-kr",
    "https://www.boligbutik.example/produkt/uldplaid-sennep",
    sd_page(
        "Uldplaid, sennep",
        "<span class='price'>499,95 kr.</span>",
        ["uldplaid-sennep.jpg"],
        lang="da-DK",
        buy="Læg i kurv",
        url_base="https://www.boligbutik.example",
        site="Boligbutik",
    ),
    499.95,
    "Uldplaid, sennep",
    "https://www.boligbutik.example/images/products/large/uldplaid-sennep.jpg",
)

# 85. a <picture> with AVIF and WebP sources and a JPEG fallback, after a brand-badge picture
case(
    "picture-avif-after-badge",
    f"{KS}/products/santoku-knife-18cm",
    sd_page(
        "Santoku Knife, 18 cm",
        "<span class='price'>$129.00</span>",
        ["unused.jpg"],
    ).replace(
        f"<img src='{KS}/images/products/large/unused.jpg' alt='Santoku Knife, 18 cm' width='900' height='900'>",
        f"<picture class='brand-badge'><img src='{KS}/images/badges/made-in-japan.svg' alt='Made in Japan' "
        "width='64' height='64'></picture><picture><source type='image/avif' "
        f"srcset='{KS}/images/products/santoku-18-damascus-600.avif 600w, {KS}/images/products/santoku-18-damascus-"
        f"1200.avif 1200w'><source type='image/webp' srcset='{KS}/images/products/santoku-18-damascus-600.webp "
        f"600w, {KS}/images/products/santoku-18-damascus-1200.webp 1200w'><img src='{KS}/images/products/"
        "santoku-18-damascus-600.jpg' alt='Santoku Knife, 18 cm' width='600' height='600'></picture>",
    ),
    129.0,
    "Santoku Knife, 18 cm",
    f"{KS}/images/products/santoku-18-damascus-600.jpg",
    f"{KS}/images/products/santoku-18-damascus-1200.avif",
    f"{KS}/images/products/santoku-18-damascus-1200.webp",
)

# 86. a relative JSON-LD image and an og:image that is the shop's logo
case(
    "ld-relative-og-logo",
    f"{KS}/products/bread-proofing-basket",
    sd_page(
        "Bread Proofing Basket, 9 in",
        "<span class='price'>$24.00</span>",
        ["proofing-basket-round-9.jpg"],
        head=og({"og:type": "product", "og:image": f"{KS}/static/kitchen-studio-logo-1200x630.png"})
        + sd_ld(
            "Bread Proofing Basket, 9 in",
            {"@type": "Offer", "price": "24.00", "priceCurrency": "USD"},
            "/images/products/large/proofing-basket-round-9.jpg",
        ),
    ),  # fmt: skip
    24.0,
    "Bread Proofing Basket, 9 in",
    f"{KS}/images/products/large/proofing-basket-round-9.jpg",
)

# 87. an Amazon-like page without a chosen size: the price range of the variations
case(
    "amazon-range-no-choice",
    "https://www.amazon.com/dp/B0BZ8KQ1XY",
    doc(
        "<div id='leftCol'><div id='imgTagWrapperId' class='imgTagWrapper'><img id='landingImage' "
        f"src='{AMZ}/71tQ3eLrGLL._AC_SY500_.jpg' data-old-hires='{AMZ}/71tQ3eLrGLL._AC_SL1500_.jpg' alt='Trail "
        "Running Shoes'></div></div><div id='centerCol'><h1 id='title'><span id='productTitle'>Men's Trail "
        "Running Shoes Lightweight Non Slip</span></h1><div id='corePriceDisplay_desktop_feature_div'><span "
        "class='a-price-range'><span class='a-price' data-a-size='m' data-a-color='base'><span "
        "class='a-offscreen'>$39.99</span><span aria-hidden='true'>$39.99</span></span> - <span class='a-price' "
        "data-a-size='m' data-a-color='base'><span class='a-offscreen'>$54.99</span><span aria-hidden='true'>"
        "$54.99</span></span></span></div><div id='variation_size_name'><label>Size:</label><span "
        "class='selection'>Select</span></div></div><div id='rightCol'><div id='buybox'><span class='a-color-"
        "price'>To buy, select Size</span></div></div>",
        "Amazon.com | Men's Trail Running Shoes Lightweight Non Slip | Trail Running",
    ),
    39.99,
    "Men's Trail Running Shoes Lightweight Non Slip",
    f"{AMZ}/71tQ3eLrGLL._AC_SY500_.jpg",
)

# 88. a Walmart-like hero price: "Now $24.97" in itemprop price, "$32.00" was-price, a unit price
case(
    "walmart-like-now",
    "https://www.bigmart.example/ip/Stainless-Steel-Water-Bottle-32-oz/5077712345",
    doc(
        "<div data-testid='media-thumbnail'><img data-testid='hero-image' src='https://i5.bigmart-images.example/"
        "seo/Stainless-Steel-Water-Bottle-32-oz_8a7b6c5d.jpeg?odnHeight=640&amp;odnWidth=640&amp;odnBg=FFFFFF' "
        "alt='Stainless Steel Water Bottle, 32 oz'></div><section><h1 id='main-title' itemprop='name'>Stainless "
        "Steel Water Bottle, 32 oz</h1><div data-testid='add-to-cart-section'><span itemprop='price' "
        "data-seo-id='hero-price'><span class='inline-flex flex-column'>Now $24.97</span></span><span "
        "class='mr2 f6 gray strike' data-seo-id='strike-through-price'>$32.00</span><div class='f7 gray'>"
        "78.0 ¢/fl oz</div><button data-automation-id='atc' class='w_hhLG'>Add to cart</button></div></section>",
        "Stainless Steel Water Bottle, 32 oz - BigMart.com",
    ),
    24.97,
    "Stainless Steel Water Bottle, 32 oz",
    "https://i5.bigmart-images.example/seo/Stainless-Steel-Water-Bottle-32-oz_8a7b6c5d.jpeg?odnHeight=640&odnWidth=640&odnBg=FFFFFF",
)

# 89. a promotional banner picture as the gallery's first slide
case(
    "gallery-promo-banner-first",
    "https://www.trailhead-goods.example/products/down-vest",
    plain_shop(
        "<a class='logo' href='/'>Trailhead</a>",
        "<h1 class='product-title'>Packable Down Vest</h1>",
        "$119.00",
        "unused.jpg",
        title="Packable Down Vest | Trailhead Goods",
    ).replace(
        f"<img class='product-main-image' src='{PLAIN_IMG}unused.jpg' alt=''>",
        "<div class='product-gallery__slides'><div class='slide slide--promo'><img "
        f"src='{FK}/promo-banner-free-shipping-over-50.jpg' alt='Free shipping on orders over $50'></div><div "
        f"class='slide'><img src='{FK}/down-vest-black-front.jpg?v=1700&width=1000' alt='Packable Down Vest'>"
        f"</div><div class='slide'><img src='{FK}/down-vest-black-back.jpg?v=1700&width=1000' alt=''></div></div>",
    ),
    119.0,
    "Packable Down Vest",
    f"{FK}/down-vest-black-front.jpg?v=1700&width=1000",
)


# ---- round 7: picture URLs and references, deposits, converters, CS-Cart ---------------------------

CLD = "https://res.cloudinary.com/kitchenstudio/image/upload"

# 90. Cloudinary transformation URLs (commas inside them) in srcset, the src the smallest
case(
    "cloudinary-commas-srcset",
    f"{KS}/products/walnut-cutting-board",
    sd_page("Walnut Cutting Board", "<span class='price'>$89.00</span>", ["unused.jpg"]).replace(
        f"<img src='{KS}/images/products/large/unused.jpg' alt='Walnut Cutting Board' width='900' height='900'>",
        f"<img src='{CLD}/w_300,h_300,c_fill,q_auto,f_auto/v1700000000/products/walnut-board-end-grain.jpg' "
        f"srcset='{CLD}/w_300,h_300,c_fill,q_auto,f_auto/v1700000000/products/walnut-board-end-grain.jpg 300w, "
        f"{CLD}/w_800,h_800,c_fill,q_auto,f_auto/v1700000000/products/walnut-board-end-grain.jpg 800w, "
        f"{CLD}/w_1600,h_1600,c_fill,q_auto,f_auto/v1700000000/products/walnut-board-end-grain.jpg 1600w' "
        "sizes='(min-width: 990px) 50vw, 100vw' alt='Walnut Cutting Board'>",
    ),
    89.0,
    "Walnut Cutting Board",
    f"{CLD}/w_1600,h_1600,c_fill,q_auto,f_auto/v1700000000/products/walnut-board-end-grain.jpg",
)

# 91. Yoast WooCommerce SEO's @graph: the Product's image an {"@id": "#primaryimage"} reference,
# the name the SEO title with the shop after it
case(
    "yoast-image-reference",
    f"{WOO}/product/linen-table-runner/",
    woo_page(
        "Linen Table Runner",
        "<p class='price'>" + woo_amount("39.00") + "</p>",
        woo_gallery(["linen-table-runner-sage.jpg"]),
        head=ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": ["WebPage", "ItemPage"],
                        "@id": f"{WOO}/product/linen-table-runner/",
                        "primaryImageOfPage": {"@id": f"{WOO}/product/linen-table-runner/#primaryimage"},
                    },
                    {
                        "@type": "ImageObject",
                        "@id": f"{WOO}/product/linen-table-runner/#primaryimage",
                        "url": f"{WOO_UP}/linen-table-runner-sage.jpg",
                        "contentUrl": f"{WOO_UP}/linen-table-runner-sage.jpg",
                        "width": 1000,
                        "height": 1000,
                    },
                    {
                        "@type": "Organization",
                        "@id": f"{WOO}/#organization",
                        "name": "North Loom",
                        "logo": {"@type": "ImageObject", "url": f"{WOO_UP}/north-loom-logo.png"},
                    },
                    {
                        "@type": "Product",
                        "@id": f"{WOO}/product/linen-table-runner/#product",
                        "name": "Linen Table Runner - North Loom",
                        "image": {"@id": f"{WOO}/product/linen-table-runner/#primaryimage"},
                        "offers": [
                            {
                                "@type": "Offer",
                                "price": "39.00",
                                "priceCurrency": "USD",
                                "seller": {"@id": f"{WOO}/#organization"},
                            }
                        ],
                    },
                ],
            }
        ),
    ),  # fmt: skip
    39.0,
    "Linen Table Runner",
    f"{WOO_UP}/linen-table-runner-sage.jpg",
)

# 92. tracking pixels and a review badge before the product: a noscript Facebook pixel, a
# Trustpilot widget picture, then the gallery
case(
    "pixels-before-gallery",
    f"{KS}/products/enamel-dutch-oven",
    sd_page(
        "Enamel Dutch Oven, 5 qt", "<span class='price'>$179.00</span>", ["dutch-oven-5qt-cerise.jpg"]
    ).replace(
        "<main id='maincontent' class='page-main'>",
        "<noscript><img height='1' width='1' style='display:none' src='https://www.facebook.com/tr?id="
        "1234567890&amp;ev=PageView&amp;noscript=1'></noscript><main id='maincontent' class='page-main'><div "
        "class='trustpilot-widget'><img src='https://widget.trustpilot.example/stars/4.5-stars-excellent-"
        "1200x240.png' alt='Excellent 4.5 out of 5' width='120' height='24'></div>",
    ),
    179.0,
    "Enamel Dutch Oven, 5 qt",
    f"{KS}/images/products/large/dutch-oven-5qt-cerise.jpg",
)

# 93. a German drinks shop: the price, then the bottle deposit "zzgl. 3,30 € Pfand", a unit price
case(
    "de-pfand-after",
    "https://www.getraenkemarkt.example/mineralwasser-classic-12x0-7-l",
    sd_page(
        "Mineralwasser Classic, 12 x 0,7 l",
        "<span class='price'>6,99 €</span><span class='deposit'>zzgl. 3,30 € Pfand</span><span "
        "class='base-price'>(0,83 € / l)</span>",
        ["mineralwasser-classic-kasten.jpg"],
        lang="de-DE",
        buy="In den Warenkorb",
        url_base="https://www.getraenkemarkt.example",
        site="Getränkemarkt",
    ),
    6.99,
    "Mineralwasser Classic, 12 x 0,7 l",
    "https://www.getraenkemarkt.example/images/products/large/mineralwasser-classic-kasten.jpg",
)

# 94. a price range written with "to" ("$45.00 to $60.00")
case(
    "range-with-to",
    f"{KS}/products/bamboo-steamer",
    sd_page(
        "Bamboo Steamer Basket", "<span class='price'>$45.00 to $60.00</span>", ["bamboo-steamer-2tier.jpg"]
    ),
    45.0,
    "Bamboo Steamer Basket",
    f"{KS}/images/products/large/bamboo-steamer-2tier.jpg",
)

# 95. a currency converter app: the shop's euro price shown, its dollar rendering in data attributes
# and a note "(approx. $27.10)" after it
case(
    "converter-approx-note",
    "https://www.leinenhaus.example/products/leinen-kissenbezug",
    sd_page(
        "Leinen-Kissenbezug 40 x 40",
        "<span class='money' data-currency-eur='€24,95' data-currency-usd='$27.10'>€24,95</span> <span "
        "class='converted-note'>(approx. $27.10)</span>",
        ["leinen-kissenbezug-40-salbei.jpg"],
        lang="de-DE",
        buy="In den Warenkorb",
        url_base="https://www.leinenhaus.example",
        site="Leinenhaus",
    ),
    24.95,
    "Leinen-Kissenbezug 40 x 40",
    "https://www.leinenhaus.example/images/products/large/leinen-kissenbezug-40-salbei.jpg",
)

# 96. CS-Cart: the previewer link to the detailed picture around a thumbnail of it, the price in
# "ty-price-num" spans with the sign apart, the list price struck before it
CS = "https://www.campgear.example"
case(
    "cscart-price-num",
    f"{CS}/camping/stoves/two-burner-camp-stove/",
    doc(
        "<div class='ty-product-block ty-product-detail'><div class='ty-product-block__img-wrapper'><div "
        "class='ty-product-img cm-preview-wrapper'><a id='det_img_link_7711' class='cm-image-previewer "
        f"cm-previewer ty-previewer' data-ca-image-id='preview[product_images_7711]' href='{CS}/images/detailed/"
        f"4/two-burner-stove-green.jpg' title=''><img class='ty-pict' id='det_img_7711' src='{CS}/images/"
        "thumbnails/500/500/detailed/4/two-burner-stove-green.jpg' alt='' title=''></a></div></div><div "
        "class='ty-product-block__left'><h1 class='ty-product-block-title'><bdi>Two-Burner Camp Stove</bdi></h1>"
        "<div class='ty-product-block__price-actual'><span class='ty-list-price ty-nowrap'><span "
        "class='ty-strike'><bdi><span class='ty-list-price ty-nowrap'>$</span><span class='ty-list-price "
        "ty-nowrap'>139.95</span></bdi></span></span> <span class='cm-reload-7711 ty-price-update'><span "
        "class='ty-price'><bdi><span class='ty-price-num'>$</span><span id='sec_discounted_price_7711' "
        "class='ty-price-num'>109.95</span></bdi></span></span></div><div class='ty-product-block__button'>"
        "<button id='button_cart_7711' class='ty-btn__primary ty-btn__big ty-btn__add-to-cart cm-form-dialog-"
        "closer ty-btn' type='submit' name='dispatch[checkout.add..7711]'>Add to cart</button></div></div></div>",
        "Two-Burner Camp Stove",
    ),
    109.95,
    "Two-Burner Camp Stove",
    f"{CS}/images/detailed/4/two-burner-stove-green.jpg",
)

# 97. the gallery's pictures inside a <script type="text/template"> (rendered by the browser), a
# <noscript> fallback with the first photo
case(
    "template-gallery-noscript",
    f"{KS}/products/pepper-mill-walnut",
    sd_page("Walnut Pepper Mill", "<span class='price'>$54.00</span>", ["unused.jpg"]).replace(
        f"<img src='{KS}/images/products/large/unused.jpg' alt='Walnut Pepper Mill' width='900' height='900'>",
        "<div id='product-gallery' data-gallery-root></div><script type='text/template' id='gallery-tpl'><img "
        f"src='{KS}/images/products/large/{{{{image}}}}' alt='{{{{alt}}}}'></script><noscript><img "
        f"src='{KS}/images/products/large/pepper-mill-walnut-1.jpg' alt='Walnut Pepper Mill'></noscript>",
    ),
    54.0,
    "Walnut Pepper Mill",
    f"{KS}/images/products/large/pepper-mill-walnut-1.jpg",
)

# 98. a page with only <link rel="image_src"> and microdata meta image besides a logo picture
case(
    "image-src-link-meta",
    "https://www.oldshop.example/cgi-bin/item.cgi?id=88123",
    doc(
        "<table width='100%'><tr><td><img src='/images/oldshop-logo.gif' alt='Old Shop'></td></tr><tr><td "
        "itemscope itemtype='http://schema.org/Product'><meta itemprop='image' content='https://www.oldshop.example"
        "/photos/88123-brass-compass-large.jpg'><h1 itemprop='name'>Brass Pocket Compass</h1><div itemprop='offers' "
        "itemscope itemtype='http://schema.org/Offer'>Price: <span itemprop='price' content='34.50'>$34.50</span>"
        "<meta itemprop='priceCurrency' content='USD'></div><form action='/cgi-bin/cart.cgi'><input "
        "type='submit' value='Add to Basket'></form></td></tr></table>",
        "Brass Pocket Compass - Old Shop",
        "<link rel='image_src' href='https://www.oldshop.example/photos/88123-brass-compass-large.jpg'>",
    ),
    34.5,
    "Brass Pocket Compass",
    "https://www.oldshop.example/photos/88123-brass-compass-large.jpg",
)

# 99. must not fire: a plain EU page whose euro price has its sign before the amount ("€ 24,95"),
# a Pfand-free line "inkl. MwSt."
case(
    "nl-euro-sign-first",
    "https://www.wonenwinkel.example/producten/linnen-theedoek",
    sd_page(
        "Linnen theedoek",
        "<span class='price'>€ 24,95</span><span class='tax'>incl. btw</span>",
        ["linnen-theedoek-naturel.jpg"],
        lang="nl-NL",
        buy="In winkelwagen",
        url_base="https://www.wonenwinkel.example",
        site="Wonenwinkel",
    ),
    24.95,
    "Linnen theedoek",
    "https://www.wonenwinkel.example/images/products/large/linnen-theedoek-naturel.jpg",
)


# ---- round 8: merchant-written description markup, hashed picture names, buy-box notes --------------

DESC = (
    "<div class='product-description rte'><h1>Why you'll love it</h1><p>Hand-thrown in small batches.</p>"
    "<h2>Details</h2><ul><li>Dishwasher safe</li><li>Holds 12 oz</li></ul>"
    "<img src='{img}' alt='{alt}'></div>"
)

# 100. the product name an h2 (theme), the merchant's description holding an h1 of its own
case(
    "description-h1-name-h2",
    "https://www.potterylane.example/products/speckled-mug",
    plain_shop(
        "<a class='logo' href='/'>Pottery Lane</a>",
        "<h2 class='product-single__title'>Speckled Stoneware Mug</h2>",
        "$32.00",
        "speckled-mug-front.jpg",
        title="Speckled Stoneware Mug – Pottery Lane",
    ).replace(
        "</form>",
        "</form>" + DESC.format(img=f"{PLAIN_IMG}studio-wheel-throwing.jpg", alt="Our studio"),
    ),
    32.0,
    "Speckled Stoneware Mug",
    f"{PLAIN_IMG}speckled-mug-front.jpg",
)

# 101. a gallery photo with a hashed file name and no alt; a description picture later whose alt is
# the product's name
case(
    "hashed-gallery-alt-in-description",
    "https://www.potterylane.example/products/serving-bowl",
    plain_shop(
        "<a class='logo' href='/'>Pottery Lane</a>",
        "<h1 class='product-single__title'>Large Serving Bowl</h1>",
        "$78.00",
        "3f2a9c1e-7b1d-4e8a-9f20-5c6d7e8f9a0b.jpg",
        title="Large Serving Bowl – Pottery Lane",
    ).replace(
        "</form>",
        "</form>" + DESC.format(img=f"{PLAIN_IMG}serving-bowl-table-setting.jpg", alt="Large Serving Bowl"),
    ),
    78.0,
    "Large Serving Bowl",
    f"{PLAIN_IMG}3f2a9c1e-7b1d-4e8a-9f20-5c6d7e8f9a0b.jpg",
)

# 102. a UK page printing the ex-VAT price first, labelled after it, then the price with VAT
case(
    "uk-ex-vat-first",
    "https://www.workshopkit.example/products/bench-vice-150mm",
    sd_page(
        "Bench Vice, 150 mm",
        "<span class='price price--ex'>£62.50</span> <span class='vat-label'>ex VAT</span><br><span "
        "class='price price--inc'>£75.00</span> <span class='vat-label'>inc VAT</span>",
        ["bench-vice-150mm-blue.jpg"],
        lang="en-GB",
        url_base="https://www.workshopkit.example",
        site="Workshop Kit",
    ),
    75.0,
    "Bench Vice, 150 mm",
    "https://www.workshopkit.example/images/products/large/bench-vice-150mm-blue.jpg",
)

# 103. a bundle offer box before the price ("Buy 2 for $50 – save $10"), the price after it
case(
    "bundle-box-before",
    f"{KS}/products/tea-towel-set",
    sd_page(
        "Waffle Tea Towel",
        "<div class='bundle-offer'>Bundle &amp; save: <strong>Buy 2 for $50</strong> – save $10</div><span "
        "class='price'>$30.00</span>",
        ["waffle-tea-towel-sand.jpg"],
    ),
    30.0,
    "Waffle Tea Towel",
    f"{KS}/images/products/large/waffle-tea-towel-sand.jpg",
)

# 104. a sold-out product still showing its price and a "Notify me" button
case(
    "sold-out-price-shown",
    f"{KS}/products/copper-kettle",
    sd_page(
        "Copper Tea Kettle",
        "<span class='price'>$149.00</span><span class='badge badge--soldout'>Sold out</span>",
        ["copper-tea-kettle-1.jpg"],
        buy="Notify me when available",
    ),
    149.0,
    "Copper Tea Kettle",
    f"{KS}/images/products/large/copper-tea-kettle-1.jpg",
)

# 105. inch marks and quotes in the name; the document title with the shop name first
case(
    "title-inch-marks-shop-first",
    f"{KS}/products/carbon-steel-wok-14",
    sd_page(
        'Carbon Steel Wok, 14" Flat Bottom',
        "<span class='price'>$64.00</span>",
        ["carbon-steel-wok-14in.jpg"],
    ).replace(
        '<title>Carbon Steel Wok, 14" Flat Bottom | Kitchen Studio</title>',
        "<title>Kitchen Studio | Carbon Steel Wok, 14&quot; Flat Bottom</title>",
    ),
    64.0,
    'Carbon Steel Wok, 14" Flat Bottom',
    f"{KS}/images/products/large/carbon-steel-wok-14in.jpg",
)


# ---- the check -----------------------------------------------------------------------------------

# the currency a buyer reads, where a case is about it
CURRENCY = {
    "ld-currency-missing-de": "EUR",
    "ld-offers-per-currency": "EUR",
    "swiss-apostrophe-dash": "CHF",
    "omnibus-pl-after": "PLN",
    "ebay-approx-eur": "USD",
    "sv-ord-pris": "SEK",
    "woo-germanized-unit-price": "EUR",
    "bc-uk-inc-ex-vat": "GBP",
    "currency-en-ca-dollar": "CAD",
    "currency-au-domain": "AUD",
    "currency-da-kr": "DKK",
    "bol-fraction-no-mark": "EUR",
    "converter-approx-note": "EUR",
}

XFAIL: dict[str, str] = {}


def _wrong(c: Case) -> list[str]:
    """What the extractor gets wrong on case `c`: price to the cent, `title_match`, `image_match`."""
    got = extract_product(c.html, c.url) or {}
    wrong = field_mistakes(got, c.price, c.title, c.images, c.url)
    if c.id in CURRENCY and got.get("currency") != CURRENCY[c.id]:
        wrong.append(f"currency {got.get('currency')!r} != {CURRENCY[c.id]!r}")
    return wrong


@pytest.mark.parametrize("c", case_params(CASES, XFAIL))
def test_fields(c: Case) -> None:
    wrong = _wrong(c)
    assert not wrong, "; ".join(wrong)


# ---- must-not-fire cases of the fixes (written after reading the code) ----------------------------


def _wix_prices(inner: str) -> str:
    return wix_page(
        "Olive Wood Serving Board", f"<div data-hook='product-price' class='_2Ctfb'>{inner}</div>", [MUG]
    )


def _sp(price: str, label: str = "") -> str:
    """A price span, with a label span after it when `label`."""
    tail = f"<span class='_3o2hs'>{label}</span>" if label else ""
    return f"<span class='_2sFaY'>{price}</span>{tail}"


def _button_page(button: str) -> str:
    return doc(
        "<div class='product'><img src='https://www.nordwind.example/img/jacke-1.jpg' alt='Jacke'><h1>Jacke"
        f"</h1><form action='/cart'>{button}</form></div>",
        "Jacke | Nordwind",
        lang="de",
    )


# labels after their amounts (Wix): the labels before an amount are the previous one's only where the
# block ends with a label; labels before their amounts read as before
LABEL_CASES = [
    ("fires-wix-labels-after", _wix_prices(_sp("$60.00", "Regular Price") + _sp("$45.00", "Sale Price")), 45.0),
    ("label-before-next", _wix_prices(_sp("$35.00") + "<span>Reg. Price</span>" + _sp("$50.00")), 35.0),
    ("one-price-label-after", _wix_prices(_sp("$45.00", "Price")), 45.0),
    ("was-now-before", _wix_prices("<span>Was</span>" + _sp("$80.00") + "<span>Now</span>" + _sp("$60.00")), 60.0),
    ("sale-then-regular-after", _wix_prices(_sp("$45.00", "Sale Price") + _sp("$60.00", "Regular Price")), 45.0),
    # the struck part of a buy button left out; two live amounts in a button are no price
    ("fires-button-struck-old", _button_page("<button type='submit'>In den Warenkorb · 149,95 € <s>189,95 €</s></button>"), 149.95),
    ("button-one-amount", _button_page("<button type='submit'>In den Warenkorb – 24,90 €</button>"), 24.9),
    ("button-two-live-amounts", _button_page("<button type='submit'>In den Warenkorb 24,90 € 29,90 €</button>"), None),
]  # fmt: skip


@pytest.mark.parametrize(("html", "price"), [pytest.param(h, p, id=i) for i, h, p in LABEL_CASES])
def test_labels_after_and_button_price(html: str, price: float | None) -> None:
    got = extract_product(html, "https://www.shop.example/p/1") or {}
    assert got.get("price") == price


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("$60.00 Regular Price $45.00 Sale Price", 45.0),
        ("19,99 € 24,99 € UVP", 19.99),
        ("Sale $35.00 Reg. $50.00", 35.0),
        ("$45 Save $15", 45.0),
        ("Was $50 Now $40 each", 40.0),
        ("$22.00 Price", 22.0),
        ("$25.00 – $100.00", 25.0),
    ],
)
def test_price_text_labels_after(text: str, amount: float) -> None:
    assert shown_price(text)[0] == amount


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("$45.00 USD", 1),
        ("$45.00", 1),
        ("$25.00 – $100.00", 2),
        ("45,00 € -20%", 1),
        ("From $25", 1),
        ("Size 10", 0),
    ],
)
def test_amount_count(text: str, count: int) -> None:
    assert amount_count(text) == count


@pytest.mark.parametrize(
    ("value", "shown", "hit"),
    [(1.049, 1049.0, True), (1.2, 1200.0, True), (1.049, 1049.5, False), (12.5, 12.5, False),
     (0.999, 999.0, False), (1049.0, 1049.0, False), ("1.049", 1049.0, False)],
)  # fmt: skip
def test_in_thousandths(value: object, shown: float, hit: bool) -> None:
    assert in_thousandths(value, shown) is hit


def _offers_page(shown: str, offers: object, *, lang: str = "en-US", extra: str = "") -> str:
    return sd_page(
        "Espresso Grinder Pro",
        f"<span class='price'>{shown}</span>",
        ["espresso-grinder-pro-black.jpg"],
        lang=lang,
        head=sd_ld(
            "Espresso Grinder Pro", offers, f"{KS}/images/products/large/espresso-grinder-pro-black.jpg"
        ),
    ).replace("</main>", extra + "</main>")


def _offer(price: str, currency: str | None = "USD") -> dict:
    return {"@type": "Offer", "price": price, **({"priceCurrency": currency} if currency else {})}


SIDEBAR_MICRODATA = (
    "<aside class='similar'><div itemscope itemtype='https://schema.org/Product'><a href='/p/grinder-mini'>"
    "<span itemprop='name'>Espresso Grinder Mini</span></a><div itemprop='offers' itemscope "
    "itemtype='https://schema.org/Offer'><meta itemprop='priceCurrency' content='USD'><span itemprop='price' "
    "content='299.00'>$299.00</span></div></div></aside>"
)

# another offer or description the page shows (`_offered`), thousandths, the page's currency: each
# fires only as said ("fires-"), the other cases read as before
OFFER_CASES = [
    ("fires-per-currency", _offers_page("€459,00 EUR", [_offer("499.00"), _offer("459.00", "EUR")], lang="de-DE"), 459.0, "EUR"),
    ("per-currency-first-shown", _offers_page("$499.00", [_offer("499.00"), _offer("459.00", "EUR")]), 499.0, "USD"),
    ("other-currency-same-amount", _offers_page("$459.00", [_offer("499.00"), _offer("459.00", "EUR")]), 499.0, "USD"),
    ("shown-in-no-offer", _offers_page("$329.00", [_offer("349.00"), _offer("259.00")]), 349.0, "USD"),
    ("similar-product-microdata", _offers_page("$299.00", _offer("349.00"), extra=SIDEBAR_MICRODATA), 349.0, "USD"),
    ("fires-thousandths", _offers_page("1.049 €", _offer("1.049", "EUR"), lang="de-DE"), 1049.0, "EUR"),
    ("thousands-written-whole", _offers_page("1.049 €", _offer("1049.00", "EUR"), lang="de-DE"), 1049.0, "EUR"),
    ("three-decimal-currency", _offers_page("12.500 KWD", _offer("12.500", "KWD"), lang="ar-KW"), 12.5, "KWD"),
    ("fires-currency-from-page", _offers_page("349,00 €", _offer("349.00", None), lang="de-DE"), 349.0, "EUR"),
    ("no-currency-other-price", _offers_page("329,00 €", _offer("349.00", None), lang="de-DE"), 349.0, None),
    ("currency-kept", _offers_page("349,00 €", _offer("349.00", "USD"), lang="de-DE"), 349.0, "USD"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("html", "price", "currency"), [pytest.param(h, p, c, id=i) for i, h, p, c in OFFER_CASES]
)
def test_offer_rules(html: str, price: float, currency: str | None) -> None:
    got = extract_product(html, f"{KS}/products/espresso-grinder-pro") or {}
    assert (got.get("price"), got.get("currency")) == (price, currency)


def _oc_page(prices: str) -> str:
    return doc(
        "<div class='row'><div class='col-sm-8'><img src='https://www.gartenhof.example/image/cache/catalog/"
        "products/hedge-shears-228x228.jpg' alt='Hedge Shears'></div><div class='col-sm-4'><h1>Hedge Shears</h1>"
        f"<ul class='list-unstyled'>{prices}</ul><button type='button' id='button-cart' class='btn "
        "btn-primary'>Add to Cart</button></div></div>",
        "Hedge Shears",
    )


# a net label with the currency mark written before the amount ("Ex Tax: $45.00", "excl. VAT £37.50"):
# the amount is net, not the price paid, unless it is the only one shown
NET_CASES = [
    ("fires-opencart-ex-tax", _oc_page("<li><h2>$54.00</h2></li><li>Ex Tax: $45.00</li>"), 54.0),
    ("fires-excl-vat-mark-first", _oc_page("<li><h2>£45.00</h2></li><li>excl. VAT £37.50</li>"), 45.0),
    ("no-net-line", _oc_page("<li><h2>$54.00</h2></li><li>Price in reward points: 540</li>"), 54.0),
    ("net-only", _oc_page("<li>Ex Tax: $45.00</li>"), 45.0),
    ("net-after-amount", _oc_page("<li><h2>£45.00</h2></li><li>£37.50 ex VAT</li>"), 45.0),
    ("ex-vat-after-then-inc", _oc_page("<li><h2>£20.83 ex VAT £25.00 inc VAT</h2></li>"), 25.0),
]


@pytest.mark.parametrize(("html", "price"), [pytest.param(h, p, id=i) for i, h, p in NET_CASES])
def test_net_label_mark_first(html: str, price: float) -> None:
    got = (
        extract_product(html, "https://www.gartenhof.example/index.php?route=product/product&product_id=9")
        or {}
    )
    assert got.get("price") == price


@pytest.mark.parametrize(
    ("label", "net"),
    [("Ex Tax:", True), ("Ex. VAT:", True), ("excl. VAT", True), ("Apex tax:", False), ("Index tax:", False),
     ("Tex Tax:", False), ("Tax:", False), ("ex VAT", False)],
)  # fmt: skip
def test_net_before_ex(label: str, net: bool) -> None:
    assert bool(NET_BEFORE.search(label)) is net


def _split_page(prices: str, lang: str = "nl-NL", host: str = "www.winkelplein.example") -> str:
    return doc(
        f"<div><img src='https://{host}/img/tandenborstel-pro-3-wit.jpg' alt=''><h1>Tandenborstel Pro 3</h1>"
        f"<div class='buy-block__prices'>{prices}</div><button class='btn-cart'>In winkelwagen</button></div>",
        "Tandenborstel Pro 3",
        lang=lang,
    )


# split cents read without the struck list price before them; a price with no mark in the euro area
SPLIT_CASES = [
    ("fires-struck-list-before", _split_page("<del>79,99</del> <span class='promo-price'>54 <sup>99</sup></span>"), 54.99, "EUR"),
    ("fires-split-alone-euro", _split_page("<span class='promo-price'>54 <sup>99</sup></span>"), 54.99, "EUR"),
    ("split-dollars-us", _split_page("<span class='price'>$<span>31</span><sup>57</sup></span>", "en-US", "shop.example"), 31.57, "USD"),
    ("unmarked-us-page", _split_page("<span class='promo-price'>54 <sup>99</sup></span>", "en-US", "shop.example"), 54.99, None),
    ("dash-form-sweden", _split_page("<span class='price'>2 790:-</span>", "sv-SE", "shop.example"), 2790.0, "SEK"),
    ("marked-pound-in-nl", _split_page("<span class='price'>£54.99</span>"), 54.99, "GBP"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("html", "price", "currency"), [pytest.param(h, p, c, id=i) for i, h, p, c in SPLIT_CASES]
)
def test_split_cents_and_unmarked_currency(html: str, price: float, currency: str | None) -> None:
    got = extract_product(html, "https://www.winkelplein.example/p/1") or {}
    assert (got.get("price"), got.get("currency")) == (price, currency)


def _discount_page(prices: str) -> str:
    return sd_page("Two-Burner Camp Stove", prices, ["two-burner-stove-green.jpg"])


# "discounted" names the price after the discount (current); "discount" alone a saving, as before
DISCOUNT_CASES = [
    ("fires-discounted-price", _discount_page("<span class='price-num'>$</span><span class='discounted-price'>109.95</span>"), 109.95),
    ("discount-saving-after", _discount_page("<span class='price'>$109.95</span> <span class='discount'>$30.00</span>"), 109.95),
    ("discount-amount-before", _discount_page("<span class='discount-amount'>$30.00 off</span> <span class='price'>$109.95</span>"), 109.95),
    ("discount-percentage", _discount_page("<span class='price'>$109.95</span><span class='discount-percentage'>-21%</span>"), 109.95),
]  # fmt: skip


@pytest.mark.parametrize(("html", "price"), [pytest.param(h, p, id=i) for i, h, p in DISCOUNT_CASES])
def test_discounted_is_current(html: str, price: float) -> None:
    got = extract_product(html, f"{KS}/products/two-burner-camp-stove") or {}
    assert got.get("price") == price


@pytest.mark.parametrize(
    ("names", "old"),
    [("sec-discounted-price-7711", False), ("discounted-price", False), ("discount", True),
     ("discount-amount", True), ("price-discount", True), ("has-discount", False)],
)  # fmt: skip
def test_old_price_names_discount(names: str, old: bool) -> None:
    assert bool(OLD_PRICE.search(names)) is old
