"""Adversarial review of price, title and main image on US shop product pages (issue 14).

Each case is a small but realistic product page written from how US shops render them (2017-era
Magento 1, Shopify, BigCommerce, Volusion, Demandware and department-store pages, and today's
Shopify / Next.js themes), with the price a buyer pays for the shown variant, the product's name
and the shop's main product image. Written before reading the heuristics; the pages aim at kinds
no development page shows: another variant's or a bundle's price in the structured data, financing
and subscription amounts, shipping thresholds, split dollar/cents parts, Shopify `{width}` URL
templates, og:image being the shop's logo, pictures only in JSON or in `<noscript>`, a video
poster first, zoom links around a small picture. The main image is compared as
benchmarks.bench_extraction compares it (`image_match`: size variants of one photo are equal),
the title as `title_match`, the price to the cent.

First look (cases run against the code before any change here, commit d9bc5fc): 13 of 83 page cases
failed. Rounds 1-4 (67 cases, two of them plain pages, written before reading the heuristics): a
financing amount read as the price ("As low as $17/mo with Affirm", its element named
"affirm-ala-price"), a JSON-LD image naming the shop's wordmark ("Store_Wordmark_Black.png"), a `data-price` value in cents beside the
shown dollars, a JSON-LD offer of one price for every variant beside the price the URL's variant
shows (two cases: confirmed by Shopify's analytics meta, by the variant's `<option>`), and an
AggregateOffer's lowPrice beside the one price shown for the default choice. Round 5 (3 cases,
written after reading `extract._main_product`): another product's structured data (a sidebar of
similar products, `isRelatedTo`, a richer "complete the look" JSON-LD node) taken for the page's.
Round 6 (2 cases, written after reading `_from_opengraph` and `_offer_fields`): the regular price of
OpenGraph's product:price beside its product:sale_price, and a JSON-LD `price` beside a SalePrice
specification, the page showing the sale price. Round 7 (2 cases: escaped names, prices with their
code, an ImageObject, an OpenGraph-only page) passed as written. Round 8 (3 cases, main images written
only as a `{width}` template, a data-srcset, a zoom link's href): the last failed (no image: the
`<img>` a lazy placeholder, the photo only in the link around it). Round 9 (3 cases: a logo image in
an h1 before the product's, badges in the h1, a quantity-tier table before the price): the last
failed (1.0, the "1" of "1-4 $12.99" read as an amount). Round 10 (3 cases: "$14.99 Sale" beside
"reg $19.99", a split price with "/each", colour swatches before the gallery) passed as written.
All 13 pass after the fixes; each
fix has must-not-fire cases below (`NOT_FIRE`, `MAIN_NOT_FIRE`, `SALE_NOT_FIRE`, `LINK_NOT_FIRE`,
`test_site_picture_names`, `test_number_before_a_mark_is_no_amount`), passing before and after
unless named "fires-" or said otherwise.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from benchmarks.bench_extraction import image_match
from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params, field_mistakes

HEADER = (
    '<header class="site-header"><div class="promo-bar">FREE SHIPPING ON ORDERS OVER $50</div>'
    '<a href="/" class="logo"><img src="/skin/frontend/default/theme/images/logo.png" alt="Store"></a>'
    '<nav><a href="/women">Women</a> <a href="/men">Men</a> <a href="/sale">Sale</a></nav>'
    '<a href="/cart" class="cart-link">Cart (0) $0.00</a></header>'
)
FOOTER = (
    '<footer><ul class="payment-icons"><li><img src="/images/icons/visa.png" alt="Visa"></li>'
    '<li><img src="/images/icons/amex.png" alt="American Express"></li></ul>'
    "<p>&copy; 2017 Store Inc. All rights reserved.</p></footer>"
)


def page(body: str, title: str, head: str = "", header: str = HEADER) -> str:
    """A whole page: `<title>` "TITLE | Store", extra `head` markup, header, `body`, footer."""
    return (
        f"<!DOCTYPE html><html lang='en-US'><head><meta charset='utf-8'><title>{title} | Store</title>"
        f"{head}</head><body>{header}<div class='main-container'>{body}</div>{FOOTER}</body></html>"
    )


def buy(name: str, price_html: str, extra: str = "") -> str:
    """A buy box: h1 name, price markup, extra markup, quantity and add-to-cart button."""
    return (
        f"<div class='product-shop'><h1 class='product-name'>{name}</h1>{price_html}{extra}"
        "<form action='/cart/add' method='post'><label for='qty'>Qty</label>"
        "<input type='number' id='qty' name='quantity' value='1'>"
        "<button type='submit' class='btn-cart'>Add to Cart</button></form>"
        "<div class='short-description'>Made to last. Machine washable.</div></div>"
    )


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    price: float | None
    title: str
    images: tuple[str, ...]  # acceptable main-image URLs (absolute)


CASES: list[Case] = []


def case(id: str, url: str, html: str, price: float | None, title: str, *images: str) -> None:
    CASES.append(Case(id, url, html, price, title, images))


# ---- price --------------------------------------------------------------------------------------

# 1. Afterpay / Klarna financing line under the price, no structured data
case(
    "afterpay-line",
    "https://www.shop.example/products/linen-wrap-dress",
    page(
        "<div class='product-media'><img src='/media/catalog/product/l/i/linen-wrap-dress-sage-1.jpg' "
        "alt='Linen Wrap Dress'></div>"
        + buy(
            "Linen Wrap Dress",
            "<div class='price-box'><span class='price'>$98.00</span></div>",
            "<p class='afterpay-paragraph'>or 4 interest-free installments of <strong>$24.50</strong> by "
            "<img src='/images/afterpay-badge.png' alt='Afterpay'></p>",
        ),
        "Linen Wrap Dress",
    ),
    98.0,
    "Linen Wrap Dress",
    "https://www.shop.example/media/catalog/product/l/i/linen-wrap-dress-sage-1.jpg",
)

# 2. financing before the price ("As low as $17/mo with Affirm") in the buy box
case(
    "affirm-first",
    "https://www.shop.example/p/memory-foam-mattress-queen",
    page(
        "<div class='gallery'><img src='/images/products/mattress-queen-hero-2048.jpg' alt='Memory Foam "
        "Mattress'></div><div class='product-shop'><h1>Memory Foam Mattress, Queen</h1>"
        "<p class='affirm-as-low-as'>As low as <span class='affirm-ala-price'>$17</span>/mo with "
        "<span class='__affirm-logo'>Affirm</span>. <a href='#'>Prequalify now</a></p>"
        "<div class='product-price'><span class='money'>$299.00</span></div>"
        "<button class='add-to-cart'>Add to Cart</button></div>",
        "Memory Foam Mattress, Queen",
    ),
    299.0,
    "Memory Foam Mattress, Queen",
    "https://www.shop.example/images/products/mattress-queen-hero-2048.jpg",
)

# 3. Subscribe & Save price beside the one-time price; one-time selected
case(
    "subscribe-save",
    "https://www.shop.example/products/cold-brew-coffee-concentrate",
    page(
        "<div class='product__media'><img src='//cdn.shopify.com/s/files/1/0123/4567/products/cold-brew-"
        "32oz_1024x1024.jpg?v=1510000000' alt='Cold Brew Concentrate'></div>"
        + buy(
            "Cold Brew Coffee Concentrate",
            "<div class='purchase-options'><label><input type='radio' name='purchase_type' value='onetime' "
            "checked> One-time purchase <span class='price'>$24.00</span></label>"
            "<label><input type='radio' name='purchase_type' value='subscribe'> Subscribe &amp; Save 15% "
            "<span class='price price--subscription'>$20.40</span></label>"
            "<p>Delivered every 4 weeks. Cancel anytime.</p></div>",
        ),
        "Cold Brew Coffee Concentrate",
    ),
    24.0,
    "Cold Brew Coffee Concentrate",
    "https://cdn.shopify.com/s/files/1/0123/4567/products/cold-brew-32oz_1024x1024.jpg?v=1510000000",
)

# 4. per-unit price printed first in a small line above the price (grocery)
case(
    "unit-price-above",
    "https://www.shop.example/ip/olive-oil-extra-virgin-25-5-oz/10450117",
    page(
        "<div class='hero-image'><img src='https://i5.shopimg.example/asr/8f1e2d3c-olive-oil-25oz_1.jpeg"
        "?odnHeight=450&amp;odnWidth=450' alt='Extra Virgin Olive Oil, 25.5 oz'></div>"
        "<div class='prod-info'><h1 class='prod-ProductTitle'>Extra Virgin Olive Oil, 25.5 oz</h1>"
        "<div class='unit-price'>(39.1 ¢/oz)</div>"
        "<div class='prod-PriceHero'><span class='price-group'><span class='price-currency'>$</span>"
        "<span class='price-characteristic'>9</span><span class='price-mark'>.</span>"
        "<span class='price-mantissa'>98</span></span></div>"
        "<button class='prod-ProductCTA--primary'>Add to Cart</button></div>",
        "Extra Virgin Olive Oil, 25.5 oz",
    ),
    9.98,
    "Extra Virgin Olive Oil, 25.5 oz",
    "https://i5.shopimg.example/asr/8f1e2d3c-olive-oil-25oz_1.jpeg?odnHeight=450&odnWidth=450",
)

# 5. Home Depot-like split price with superscript dollar sign and cents
case(
    "sup-dollars-cents",
    "https://www.shop.example/p/cordless-drill-driver-kit/301234567",
    page(
        "<div class='mediagallery'><img id='mainImage' src='https://images.shop.example/productImages/"
        "a1b2c3d4-e5f6-47a8-9b0c-1d2e3f4a5b6c/svn/cordless-drill-kit-64_1000.jpg' alt='20V Cordless Drill'>"
        "</div><div class='buybox'><h1 class='product-title__title'>20V MAX Cordless Drill/Driver Kit</h1>"
        "<div class='price'><div class='price-format__main-price'><span class='sup'>$</span><span>99</span>"
        "<span class='sup'>00</span></div><div class='price-detailed__was-price'>Was <span "
        "class='u__strike'>$129.00</span> Save $30.00 (23%)</div></div>"
        "<button class='bttn'>Add to Cart</button></div>",
        "20V MAX Cordless Drill/Driver Kit",
    ),
    99.0,
    "20V MAX Cordless Drill/Driver Kit",
    "https://images.shop.example/productImages/a1b2c3d4-e5f6-47a8-9b0c-1d2e3f4a5b6c/svn/cordless-drill-kit-64_1000.jpg",
)

# 6. JSON-LD offers = the cheapest variant (Shopify lists every variant), visible price of the
# selected (non-first, default) variant; the page URL names no variant
case(
    "ld-first-variant-selected-other",
    "https://www.shop.example/products/merino-crew-sweater",
    page(
        "<div class='product__media'><img src='//cdn.shopify.com/s/files/1/0222/3333/products/merino-crew-"
        "navy_800x.jpg?v=1' alt='Merino Crew Sweater'></div>"
        + buy(
            "Merino Crew Sweater",
            "<div class='price'><span class='price-item price-item--regular'>$88.00</span></div>",
            "<select name='id'><option value='1001'>XS - Sold out</option>"
            "<option value='1002' selected='selected'>S</option><option value='1003'>M</option></select>",
        ),
        "Merino Crew Sweater",
        ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": "Merino Crew Sweater",
                "image": "https://cdn.shopify.com/s/files/1/0222/3333/products/merino-crew-navy_1024x1024.jpg?v=1",
                "offers": [
                    {
                        "@type": "Offer",
                        "price": "88.00",
                        "priceCurrency": "USD",
                        "availability": "http://schema.org/OutOfStock",
                        "url": "https://www.shop.example/products/merino-crew-sweater?variant=1001",
                    },
                    {
                        "@type": "Offer",
                        "price": "88.00",
                        "priceCurrency": "USD",
                        "availability": "http://schema.org/InStock",
                        "url": "https://www.shop.example/products/merino-crew-sweater?variant=1002",
                    },
                ],
            }
        ),
    ),
    88.0,
    "Merino Crew Sweater",
    "https://cdn.shopify.com/s/files/1/0222/3333/products/merino-crew-navy_800x.jpg?v=1",
)

# 7. microdata price content disagrees with the visible sale price (content = list price)
case(
    "microdata-content-list-price",
    "https://www.shop.example/camping/2-person-backpacking-tent.html",
    page(
        "<div itemscope itemtype='http://schema.org/Product'>"
        "<div class='product-img-box'><img itemprop='image' src='https://www.shop.example/media/catalog/"
        "product/cache/1/image/9df78eab33525d08d6e5fb8d27136e95/t/e/tent-2p-green.jpg' alt='Tent'></div>"
        "<div class='product-shop'><h1 itemprop='name'>2-Person Backpacking Tent</h1>"
        "<div itemprop='offers' itemscope itemtype='http://schema.org/Offer'>"
        "<meta itemprop='priceCurrency' content='USD'>"
        "<p class='old-price'><span class='price-label'>Regular Price:</span> <span class='price' "
        "itemprop='price' content='249.99'>$249.99</span></p>"
        "<p class='special-price'><span class='price-label'>Special Price</span> <span class='price'>$179.99"
        "</span></p></div><button class='btn-cart'>Add to Cart</button></div></div>",
        "2-Person Backpacking Tent",
    ),
    179.99,
    "2-Person Backpacking Tent",
    "https://www.shop.example/media/catalog/product/cache/1/image/9df78eab33525d08d6e5fb8d27136e95/t/e/tent-2p-green.jpg",
)

# 8. "Frequently bought together" total after the buy box, no structured data
case(
    "bought-together-total",
    "https://www.shop.example/product/stainless-french-press-34oz",
    page(
        "<div class='product-image'><img src='/images/catalog/french-press-34oz-main.jpg' alt='French Press'>"
        "</div>"
        + buy("Stainless Steel French Press, 34 oz", "<div class='product-price'>$39.95</div>")
        + "<section class='fbt'><h2>Frequently Bought Together</h2><ul>"
        "<li><img src='/images/catalog/french-press-34oz-thumb.jpg' alt=''> This item: French Press $39.95</li>"
        "<li><img src='/images/catalog/burr-grinder-thumb.jpg' alt=''> Burr Coffee Grinder $49.95</li></ul>"
        "<p class='fbt-total'>Total price: <span class='price'>$89.90</span></p>"
        "<button>Add both to Cart</button></section>",
        "Stainless Steel French Press, 34 oz",
    ),
    39.95,
    "Stainless Steel French Press, 34 oz",
    "https://www.shop.example/images/catalog/french-press-34oz-main.jpg",
)

# 9. Magento 1 configurable product: "As low as" price, options priced as surcharges
case(
    "from-price-range-configurable",
    "https://www.shop.example/rugs/hand-knotted-wool-rug.html",
    page(
        "<div class='product-media'><img src='/media/catalog/product/w/o/wool-rug-ivory-main.jpg' alt='Rug'>"
        "</div>"
        + buy(
            "Hand-Knotted Wool Rug",
            "<div class='price-box'><span class='price-label'>As low as</span> "
            "<span class='price'>$199.00</span></div>",
            "<label for='size'>Size</label><select id='size'><option>Choose an Option...</option>"
            "<option>5' x 8' +$200.00</option><option>8' x 10' +$500.00</option></select>",
        ),
        "Hand-Knotted Wool Rug",
    ),
    199.0,
    "Hand-Knotted Wool Rug",
    "https://www.shop.example/media/catalog/product/w/o/wool-rug-ivory-main.jpg",
)

# 10. a gift-with-purchase / protection plan upsell priced in the buy box
case(
    "protection-plan",
    "https://www.shop.example/site/55-inch-4k-smart-tv/6090123.p",
    page(
        "<div class='shop-media-gallery'><img class='primary-image' src='https://pisces.shopimg.example/"
        "image2/BestBuy_US/images/products/6090/6090123_sd.jpg;maxHeight=640;maxWidth=550' "
        "alt='55&quot; Class 4K Smart TV'></div><div class='sku-title'><h1>55\" Class 4K UHD Smart TV</h1>"
        "</div><div class='priceView-hero-price priceView-customer-price'><span aria-hidden='true'>$379.99"
        "</span><span class='sr-only'>Your price for this item is $379.99</span></div>"
        "<div class='pricing-price__regular-price'>Was $479.99</div>"
        "<div class='protection-plan'><h3>Protect your TV</h3><label><input type='radio' name='plan'> "
        "4-Year Protection Plan $89.99</label><label><input type='radio' name='plan'> 2-Year $59.99</label>"
        "</div><button class='add-to-cart-button'>Add to Cart</button>",
        '55" Class 4K UHD Smart TV',
    ),
    379.99,
    '55" Class 4K UHD Smart TV',
    "https://pisces.shopimg.example/image2/BestBuy_US/images/products/6090/6090123_sd.jpg;maxHeight=640;maxWidth=550",
)

# 11. cart drawer rendered before the product (mini cart with a product already in it)
case(
    "cart-drawer-first",
    "https://www.shop.example/products/canvas-weekender-bag",
    page(
        "<div id='CartDrawer' class='drawer drawer--right'><h2>Your Cart</h2><div class='cart-item'>"
        "<img src='//cdn.shopify.com/s/files/1/0333/4444/products/leather-wallet_small.jpg' alt=''>"
        "<a href='/products/leather-wallet'>Leather Wallet</a><span class='money'>$45.00</span></div>"
        "<p>Subtotal <span class='money'>$45.00</span></p><a href='/checkout'>Check out</a></div>"
        "<div class='product-single'><div class='product-single__photos'><img src='//cdn.shopify.com/s/files/"
        "1/0333/4444/products/weekender-olive_grande.jpg?v=1490000001' alt='Canvas Weekender Bag'></div>"
        "<div class='product-single__meta'><h1 class='product-single__title'>Canvas Weekender Bag</h1>"
        "<span class='product-single__price'><span class='money'>$128.00</span></span>"
        "<button class='btn product-form__cart-submit'>Add to Cart</button></div></div>",
        "Canvas Weekender Bag",
    ),
    128.0,
    "Canvas Weekender Bag",
    "https://cdn.shopify.com/s/files/1/0333/4444/products/weekender-olive_grande.jpg?v=1490000001",
)

# 12. OpenGraph product tags (sale price, http og:image) beside a struck compare-at price
case(
    "og-price-other-currency-meta",
    "https://www.shop.example/products/ceramic-pour-over-dripper",
    page(
        "<div class='product__media'><img src='//cdn.shopify.com/s/files/1/0444/5555/products/dripper-"
        "white_1200x.jpg?v=3' alt='Ceramic Pour-Over Dripper'></div>"
        + buy(
            "Ceramic Pour-Over Dripper",
            "<div class='price'><s class='price-item price-item--regular'>$42.00</s> "
            "<span class='price-item price-item--sale'>$34.00</span></div>",
        ),
        "Ceramic Pour-Over Dripper",
        "<meta property='og:type' content='product'><meta property='og:title' content='Ceramic Pour-Over"
        " Dripper'><meta property='og:price:amount' content='34.00'><meta property='og:price:currency' "
        "content='USD'><meta property='og:image' content='http://cdn.shopify.com/s/files/1/0444/5555/"
        "products/dripper-white_grande.jpg?v=3'>",
    ),
    34.0,
    "Ceramic Pour-Over Dripper",
    "https://cdn.shopify.com/s/files/1/0444/5555/products/dripper-white_1200x.jpg?v=3",
)

# 13. the visible price is inside a `<span class="visually-hidden">` label pair (Shopify Dawn)
case(
    "dawn-sale-pair",
    "https://www.shop.example/products/waxed-canvas-tote",
    page(
        "<div class='product__media'><img src='//www.shop.example/cdn/shop/products/waxed-tote-tan.jpg"
        "?v=1680000000&amp;width=1445' alt='Waxed Canvas Tote'></div>"
        "<div class='product__info-container'><h1>Waxed Canvas Tote</h1><div class='price price--on-sale'>"
        "<div class='price__container'><div class='price__regular'><span class='visually-hidden'>Regular "
        "price</span><span class='price-item price-item--regular'>$78.00 USD</span></div>"
        "<div class='price__sale'><span class='visually-hidden'>Regular price</span><span><s class='price-"
        "item price-item--regular'>$78.00 USD</s></span><span class='visually-hidden'>Sale price</span>"
        "<span class='price-item price-item--sale price-item--last'>$58.00 USD</span></div></div>"
        "<span class='badge price__badge-sale'>Sale</span></div>"
        "<button type='submit' name='add' class='product-form__submit'>Add to cart</button></div>",
        "Waxed Canvas Tote",
    ),
    58.0,
    "Waxed Canvas Tote",
    "https://www.shop.example/cdn/shop/products/waxed-tote-tan.jpg?v=1680000000&width=1445",
)

# 14. "You save" and "List price" table (Overstock/Amazon style) with the price last
case(
    "compare-at-table",
    "https://www.shop.example/Home-Garden/Velvet-Accent-Chair/21345678/product.html",
    page(
        "<div class='image-gallery'><img class='main-image' src='https://ak1.shopimg.example/images/products"
        "/21345678/Velvet-Accent-Chair-a1b2c3d4-e5f6-7890-abcd-ef1234567890_600.jpg' alt='Velvet Accent "
        "Chair'></div><div class='product-info'><h1>Velvet Accent Chair</h1><table class='price-table'>"
        "<tr><td>Compare at</td><td><span class='strike'>$329.99</span></td></tr>"
        "<tr><td>Today:</td><td><span class='monetary-price-value'>$189.99</span></td></tr>"
        "<tr><td>You Save:</td><td>$140.00 (42%)</td></tr></table>"
        "<button class='add-to-cart'>Add to Cart</button></div>",
        "Velvet Accent Chair",
    ),
    189.99,
    "Velvet Accent Chair",
    "https://ak1.shopimg.example/images/products/21345678/Velvet-Accent-Chair-a1b2c3d4-e5f6-7890-abcd-ef1234567890_600.jpg",
)

# 15. eBay 2017 shape: "US $29.99" with microdata content
case(
    "ebay-us-dollar",
    "https://www.ebay.example/itm/Vintage-Levis-501-Jeans-32x30/182345678901",
    page(
        "<div id='mainImgHldr'><img id='icImg' class='img img500' itemprop='image' src='https://i.ebayimg."
        "example/images/g/AbCAAOSwXyZZ1a2b/s-l500.jpg' alt='Vintage Levis 501 Jeans 32x30'></div>"
        "<div itemscope itemtype='http://schema.org/Offer'><h1 class='it-ttl' itemprop='name' id='itemTitle'>"
        "<span class='g-hdn'>Details about  &nbsp;</span>Vintage Levis 501 Jeans 32x30</h1>"
        "<span class='notranslate' id='prcIsum' itemprop='price' content='29.99'>US $29.99</span>"
        "<meta itemprop='priceCurrency' content='USD'><span id='fshippingCost'>$8.95</span>"
        "<a id='binBtn_btn' href='#'>Buy It Now</a></div>",
        "Vintage Levis 501 Jeans 32x30",
        header="<header><a href='/'><img src='https://ir.ebaystatic.example/rs/v/logo.png' alt='eBay'></a>"
        "</header>",
    ),
    29.99,
    "Vintage Levis 501 Jeans 32x30",
    "https://i.ebayimg.example/images/g/AbCAAOSwXyZZ1a2b/s-l500.jpg",
)

# ---- main image ---------------------------------------------------------------------------------

# 16. og:image is the shop's logo with a non-"logo" file name, ld has no image, gallery in HTML
case(
    "og-social-banner",
    "https://www.shop.example/products/trail-running-vest",
    page(
        "<div class='product-gallery'><div class='product-gallery__main'><img src='//cdn.shopify.com/s/files"
        "/1/0555/6666/products/trail-vest-black-front_1024x.jpg?v=1600000000' alt='Trail Running Vest'>"
        "</div></div>" + buy("Trail Running Vest", "<div class='price'>$110.00</div>"),
        "Trail Running Vest",
        "<meta property='og:type' content='product'><meta property='og:image' content='http://cdn.shopify."
        "com/s/files/1/0555/6666/files/social-share-1200x628.jpg?v=1500000000'>",
    ),
    110.0,
    "Trail Running Vest",
    "https://cdn.shopify.com/s/files/1/0555/6666/products/trail-vest-black-front_1024x.jpg?v=1600000000",
)

# 17. Shopify {width} template in data-src with a placeholder src (lazysizes)
case(
    "shopify-width-template",
    "https://www.shop.example/products/rope-dog-leash",
    page(
        "<div class='product-single__media'><img class='lazyload' src='//cdn.shopify.com/s/files/1/0666/"
        "7777/products/rope-leash-coral_300x300.jpg?v=1' data-src='//cdn.shopify.com/s/files/1/0666/7777/"
        "products/rope-leash-coral_{width}x.jpg?v=1' data-widths='[180,360,540,720,900,1080]' "
        "data-aspectratio='1.0' data-sizes='auto' alt='Rope Dog Leash'><noscript><img src='//cdn.shopify.com/"
        "s/files/1/0666/7777/products/rope-leash-coral_1024x1024.jpg?v=1' alt='Rope Dog Leash'></noscript>"
        "</div>" + buy("Rope Dog Leash", "<span class='product-price'>$32.00</span>"),
        "Rope Dog Leash",
    ),
    32.0,
    "Rope Dog Leash",
    "https://cdn.shopify.com/s/files/1/0666/7777/products/rope-leash-coral_1024x1024.jpg?v=1",
)

# 18. only a <noscript> image is server-rendered (lazy placeholder div)
case(
    "noscript-only",
    "https://www.shop.example/shop/handmade-soy-candle-lavender/",
    page(
        "<div class='woocommerce-product-gallery'><figure class='woocommerce-product-gallery__wrapper'>"
        "<div class='woocommerce-product-gallery__image'><a href='https://www.shop.example/wp-content/uploads"
        "/2017/05/soy-candle-lavender.jpg'><img width='600' height='600' src='data:image/gif;base64,R0lGODlh"
        "AQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' data-lazy-src='https://www.shop.example/wp-content"
        "/uploads/2017/05/soy-candle-lavender-600x600.jpg' class='wp-post-image' alt=''><noscript><img "
        "width='600' height='600' src='https://www.shop.example/wp-content/uploads/2017/05/soy-candle-"
        "lavender-600x600.jpg' class='wp-post-image' alt=''></noscript></a></div></figure></div>"
        "<div class='summary entry-summary'><h1 class='product_title entry-title'>Handmade Soy Candle – "
        "Lavender</h1><p class='price'><span class='woocommerce-Price-amount amount'><span class='woocommerce"
        "-Price-currencySymbol'>&#36;</span>18.00</span></p><form class='cart'><button type='submit' "
        "class='single_add_to_cart_button button alt'>Add to cart</button></form></div>",
        "Handmade Soy Candle – Lavender",
    ),
    18.0,
    "Handmade Soy Candle – Lavender",
    "https://www.shop.example/wp-content/uploads/2017/05/soy-candle-lavender.jpg",
)

# 19. gallery only as <picture><source srcset>, img src a placeholder svg
case(
    "picture-source-only",
    "https://www.shop.example/product/wireless-earbuds-pro/p/1201",
    page(
        "<div class='pdp-gallery'><picture><source media='(min-width: 1024px)' srcset='https://media.shop."
        "example/i/earbuds-pro-white-01.jpg?w=1200 1x, https://media.shop.example/i/earbuds-pro-white-01.jpg"
        "?w=2400 2x'><source srcset='https://media.shop.example/i/earbuds-pro-white-01.jpg?w=600'>"
        "<img src='/static/img/placeholder.svg' alt='Wireless Earbuds Pro'></picture></div>"
        + buy("Wireless Earbuds Pro", "<div class='price'>$149.99</div>"),
        "Wireless Earbuds Pro",
    ),
    149.99,
    "Wireless Earbuds Pro",
    "https://media.shop.example/i/earbuds-pro-white-01.jpg?w=1200",
)

# 20. CSS background-image gallery, no <img> in the gallery
case(
    "background-image-gallery",
    "https://www.shop.example/collections/lighting/products/brass-pendant-light",
    page(
        "<div class='product-gallery'><div class='product-gallery__slide is-active' style=\"background-"
        "image: url('//cdn.shopify.com/s/files/1/0777/8888/products/brass-pendant-lit_1800x.jpg?v=2')\" "
        "role='img' aria-label='Brass Pendant Light'></div><div class='product-gallery__slide' style=\""
        "background-image: url('//cdn.shopify.com/s/files/1/0777/8888/products/brass-pendant-detail_1800x"
        ".jpg?v=2')\"></div></div>" + buy("Brass Pendant Light", "<div class='price'>$245.00</div>"),
        "Brass Pendant Light",
    ),
    245.0,
    "Brass Pendant Light",
    "https://cdn.shopify.com/s/files/1/0777/8888/products/brass-pendant-lit_1800x.jpg?v=2",
)

# 21. Next.js page: no <img> server-rendered, product in __NEXT_DATA__
case(
    "next-data-images",
    "https://www.shop.example/products/insulated-water-bottle-32oz",
    "<!DOCTYPE html><html lang='en'><head><title>Insulated Water Bottle 32 oz | Store</title></head>"
    "<body><div id='__next'><header><a href='/'><img src='/_next/static/media/logo.7f3a.svg' alt='Store'>"
    "</a></header><main><div class='pdp'><div class='pdp-gallery'></div><div class='pdp-info'>"
    "<h1>Insulated Water Bottle, 32 oz</h1><p class='pdp-price'>$44.95</p>"
    "<button>Add to Cart</button></div></div></main></div>"
    '<script id="__NEXT_DATA__" type="application/json">'
    + json.dumps(
        {
            "props": {
                "pageProps": {
                    "product": {
                        "id": "bottle-32",
                        "name": "Insulated Water Bottle, 32 oz",
                        "price": {"amount": 44.95, "currencyCode": "USD"},
                        "images": [
                            {
                                "url": "https://images.ctfassets.example/abc123/bottle-32-stone-front.png",
                                "alt": "",
                            },
                            {
                                "url": "https://images.ctfassets.example/abc123/bottle-32-stone-side.png",
                                "alt": "",
                            },
                        ],
                    }
                }
            },
            "page": "/products/[handle]",
        }
    )
    + "</script></body></html>",
    44.95,
    "Insulated Water Bottle, 32 oz",
    "https://images.ctfassets.example/abc123/bottle-32-stone-front.png",
)

# 22. video first in the gallery (poster image), product photo second
case(
    "video-poster-first",
    "https://www.shop.example/products/robot-vacuum-s7",
    page(
        "<div class='product-media'><div class='media media--video'><video poster='//cdn.shopify.com/s/"
        "files/1/0888/9999/products/robot-vacuum-video-poster.jpg' controls><source src='//cdn.shopify.com/"
        "videos/c/o/v/abc123.mp4' type='video/mp4'></video></div><div class='media media--image'><img "
        "src='//cdn.shopify.com/s/files/1/0888/9999/products/robot-vacuum-s7-top_1024x1024.jpg?v=4' "
        "alt='Robot Vacuum S7'></div></div>" + buy("Robot Vacuum S7", "<div class='price'>$549.00</div>"),
        "Robot Vacuum S7",
    ),
    549.0,
    "Robot Vacuum S7",
    "https://cdn.shopify.com/s/files/1/0888/9999/products/robot-vacuum-s7-top_1024x1024.jpg?v=4",
    "https://cdn.shopify.com/s/files/1/0888/9999/products/robot-vacuum-video-poster.jpg",
)

# 23. badges and a "Made in USA" icon before the photo inside the media column
case(
    "badge-before-photo",
    "https://www.shop.example/leather-belt-brown.html",
    page(
        "<div class='product-img-box'><div class='badges'><img src='/skin/frontend/rwd/default/images/"
        "badges/made-in-usa.png' alt='Made in USA' width='60'><img src='/skin/frontend/rwd/default/images/"
        "badges/best-seller.png' alt='Best Seller' width='60'></div><div class='product-image "
        "product-image-zoom'><img id='image-main' src='https://www.shop.example/media/catalog/product/cache/"
        "1/image/1800x/040ec09b1e35df139433887a97daa66f/b/e/belt-brown-01.jpg' alt='Leather Belt'></div>"
        "</div>"
        + buy("Full Grain Leather Belt", "<div class='price-box'><span class='price'>$65.00</span></div>"),
        "Full Grain Leather Belt",
    ),
    65.0,
    "Full Grain Leather Belt",
    "https://www.shop.example/media/catalog/product/cache/1/image/1800x/040ec09b1e35df139433887a97daa66f/b/e/belt-brown-01.jpg",
)

# 24. zoom link around a small picture (BigCommerce 2017)
case(
    "zoom-link-small-img",
    "https://www.shop.example/cast-iron-skillet-12-inch/",
    page(
        "<div class='ProductThumb'><div class='ProductThumbImage'><a rel='prodImage' href='https://cdn3."
        "bigcommerce.com/s-abc123/images/stencil/1280x1280/products/112/409/skillet-12__12345.1490000000.jpg'"
        "><img src='https://cdn3.bigcommerce.com/s-abc123/images/stencil/500x659/products/112/409/skillet-12"
        "__12345.1490000000.jpg' alt='Cast Iron Skillet, 12 inch'></a></div></div>"
        + buy(
            "Cast Iron Skillet, 12 inch",
            "<div class='productView-price'><span class='price'>$34.99</span></div>",
        ),
        "Cast Iron Skillet, 12 inch",
    ),
    34.99,
    "Cast Iron Skillet, 12 inch",
    "https://cdn3.bigcommerce.com/s-abc123/images/stencil/500x659/products/112/409/skillet-12__12345.1490000000.jpg",
)

# 25. size chart image first in the product column (apparel), then the photo
case(
    "size-chart-first",
    "https://www.shop.example/products/heavyweight-hoodie",
    page(
        "<div class='product-top'><div class='size-guide-link'><a href='#size'><img src='//cdn.shopify.com"
        "/s/files/1/0999/1111/files/hoodie-size-chart.png?v=1' alt='Size Chart' width='700'></a></div>"
        "<div class='product-photos'><img src='//cdn.shopify.com/s/files/1/0999/1111/products/hoodie-heather"
        "-grey-front_2048x.jpg?v=5' alt='Heavyweight Hoodie'></div></div>"
        + buy("Heavyweight Hoodie", "<div class='price'>$68.00</div>"),
        "Heavyweight Hoodie",
    ),
    68.0,
    "Heavyweight Hoodie",
    "https://cdn.shopify.com/s/files/1/0999/1111/products/hoodie-heather-grey-front_2048x.jpg?v=5",
)

# 26. Shopify product JSON (script type=application/json), gallery rendered by JS only
case(
    "shopify-product-json",
    "https://www.shop.example/products/bamboo-cutting-board",
    page(
        "<div class='product-gallery' data-gallery></div>"
        + buy("Bamboo Cutting Board", "<span class='price' data-product-price>$29.00</span>")
        + '<script type="application/json" id="ProductJson-product-template">'
        + json.dumps(
            {
                "id": 44556677,
                "title": "Bamboo Cutting Board",
                "handle": "bamboo-cutting-board",
                "price": 2900,
                "featured_image": "//cdn.shopify.com/s/files/1/1010/2020/products/bamboo-board-large.jpg?v=7",
                "images": [
                    "//cdn.shopify.com/s/files/1/1010/2020/products/bamboo-board-large.jpg?v=7",
                    "//cdn.shopify.com/s/files/1/1010/2020/products/bamboo-board-side.jpg?v=7",
                ],
                "variants": [{"id": 1, "price": 2900, "available": True}],
            }
        )
        + "</script>",
        "Bamboo Cutting Board",
    ),
    29.0,
    "Bamboo Cutting Board",
    "https://cdn.shopify.com/s/files/1/1010/2020/products/bamboo-board-large.jpg?v=7",
)

# 27. JSON-LD image is the shop logo (ld "image" copied from the Organization block)
case(
    "ld-image-logo-named-brand",
    "https://www.shop.example/products/organic-cotton-sheet-set",
    page(
        "<div class='product__media'><img src='https://www.shop.example/cdn/shop/products/sheet-set-white"
        "-bed.jpg?v=1690000000&amp;width=1000' alt='Organic Cotton Sheet Set'></div>"
        + buy("Organic Cotton Sheet Set", "<div class='price'>$189.00</div>"),
        "Organic Cotton Sheet Set",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Organic Cotton Sheet Set",
                "image": "https://www.shop.example/cdn/shop/files/Store_Wordmark_Black.png?v=1650000000",
                "offers": {"@type": "Offer", "price": "189.00", "priceCurrency": "USD"},
            }
        ),
    ),
    189.0,
    "Organic Cotton Sheet Set",
    "https://www.shop.example/cdn/shop/products/sheet-set-white-bed.jpg?v=1690000000&width=1000",
)

# 28. protocol-relative main image plus an absolute logo og:image
case(
    "protocol-relative",
    "http://www.shop.example/p/ceramic-table-lamp-12345",
    page(
        "<div id='product-image'><img id='main-product-image' src='//images.shop.example/is/image/Store/"
        "12345_main?$pdp_main$' alt='Ceramic Table Lamp'></div>"
        + buy(
            "Ceramic Table Lamp",
            "<div class='price'><span class='sale'>Sale $59.99</span> <span "
            "class='reg'>Reg. $89.99</span></div>",
        ),
        "Ceramic Table Lamp",
    ),
    59.99,
    "Ceramic Table Lamp",
    "http://images.shop.example/is/image/Store/12345_main?$pdp_main$",
)

# ---- title --------------------------------------------------------------------------------------

# 29. brand span inside h1, then the name
case(
    "h1-brand-span",
    "https://www.shop.example/p/patagonia-better-sweater-fleece-jacket/2134567",
    page(
        "<div class='product-images'><img src='https://images.shop.example/is/image/Store/2134567_main?wid="
        "800' alt=''></div><div class='product-details'><h1 class='product-title'><span class='brand-name'>"
        "Patagonia</span> <span class='product-name'>Better Sweater Fleece Jacket</span></h1>"
        "<div class='price'>$139.00</div><button>Add to Bag</button></div>",
        "Patagonia Better Sweater Fleece Jacket",
    ),
    139.0,
    "Patagonia Better Sweater Fleece Jacket",
    "https://images.shop.example/is/image/Store/2134567_main?wid=800",
)

# 30. title split: brand link above the h1 (Nordstrom-like), SEO title with suffix
case(
    "title-brand-above",
    "https://shop.example/s/the-north-face-nuptse-jacket/5123456",
    page(
        "<div class='gallery'><img src='https://n.shopimg.example/id/sr3/1a2b3c4d-nuptse-black.jpeg?"
        "h=368&amp;w=240' alt='The North Face 1996 Retro Nuptse Jacket'></div><div class='product-info'>"
        "<a class='brand-link' href='/brands/the-north-face'>The North Face</a>"
        "<h1>1996 Retro Nuptse 700 Fill Power Down Packable Jacket</h1><div class='price'>$320.00</div>"
        "<button>Add to Bag</button></div>",
        "The North Face 1996 Retro Nuptse 700 Fill Power Down Packable Jacket | Store",
    ),
    320.0,
    "1996 Retro Nuptse 700 Fill Power Down Packable Jacket",
    "https://n.shopimg.example/id/sr3/1a2b3c4d-nuptse-black.jpeg?h=368&w=240",
)

# ---- round 2 (still before reading the heuristics) -----------------------------------------------

# 31. financing in the same element as the price (Klarna line inside the price block)
case(
    "klarna-inside-price",
    "https://www.shop.example/products/suede-ankle-boot",
    page(
        "<div class='product-photos'><img src='/images/products/suede-ankle-boot-taupe-1.jpg' alt='Boot'></div>"
        + buy(
            "Suede Ankle Boot",
            "<div class='product-price'>$150.00<br><small>or 4 interest-free payments of $37.50 with "
            "<b>Klarna</b>. <a href='#'>Learn More</a></small></div>",
        ),
        "Suede Ankle Boot",
    ),
    150.0,
    "Suede Ankle Boot",
    "https://www.shop.example/images/products/suede-ankle-boot-taupe-1.jpg",
)

# 32. free-shipping threshold note directly under the price, inside the price column
case(
    "free-shipping-threshold-in-box",
    "https://www.shop.example/products/glass-food-storage-set",
    page(
        "<div class='product-photos'><img src='/images/products/glass-storage-18pc-main.jpg' alt='Set'></div>"
        "<div class='product-shop'><h1>Glass Food Storage Set, 18 Piece</h1><div class='pricing'>"
        "<p class='shipping-note'>Free shipping on orders over $35</p><span class='amount'>$29.99</span>"
        "</div><button class='btn-cart'>Add to Cart</button></div>",
        "Glass Food Storage Set, 18 Piece",
    ),
    29.99,
    "Glass Food Storage Set, 18 Piece",
    "https://www.shop.example/images/products/glass-storage-18pc-main.jpg",
)

# 33. Newegg-like price: dollars in <strong>, cents in <sup>
case(
    "strong-sup-cents",
    "https://www.shop.example/p/N82E16820147795",
    page(
        "<div class='product-view'><img class='product-view-img-original' src='https://c1.shopimg.example/"
        "ProductImage/20-147-795-V01.jpg' alt='1TB NVMe SSD'></div><div class='product-wrap'>"
        "<h1 class='product-title'>1TB NVMe M.2 Internal SSD</h1><div class='product-price'><ul class="
        "'price'><li class='price-was'>$119.99</li><li class='price-current'><span class='price-current-"
        "label'></span>$<strong>89</strong><sup>.99</sup></li><li class='price-save'>Save: 25%</li></ul>"
        "</div><button class='btn btn-primary'>Add to cart</button></div>",
        "1TB NVMe M.2 Internal SSD",
    ),
    89.99,
    "1TB NVMe M.2 Internal SSD",
    "https://c1.shopimg.example/ProductImage/20-147-795-V01.jpg",
)

# 34. Kohl's-like: "Sale $29.99" then "Regular $60.00" then a loyalty cash note
case(
    "sale-regular-cash",
    "https://www.shop.example/product/prd-3012345/womens-cable-knit-sweater.jsp",
    page(
        "<div class='pdp-image'><img id='PDP_Main_Img' src='https://media.shopimg.example/productimages/"
        "3012345_Ivory?wid=390&amp;hei=390&amp;op_sharpen=1' alt=\"Women's Cable-Knit Sweater\"></div>"
        "<div class='pdp-content'><h1 class='pdp-product-title'>Women's Cable-Knit Sweater</h1>"
        "<div class='prod_price_amount red_color'>Sale $29.99</div><div class='prod_price_original'>"
        "Regular $60.00</div><div class='cash-promo'>Earn $10 Store Cash for every $50 spent</div>"
        "<button id='addtobagID'>Add to Bag</button></div>",
        "Women's Cable-Knit Sweater",
    ),
    29.99,
    "Women's Cable-Knit Sweater",
    "https://media.shopimg.example/productimages/3012345_Ivory?wid=390&hei=390&op_sharpen=1",
)

# 35. Costco-like instant savings: "$24.99 After $5 OFF"
case(
    "after-instant-savings",
    "https://www.shop.example/kirkland-paper-towels-12-rolls.product.100234567.html",
    page(
        "<div class='product-image'><img id='initialProductImage' src='https://images.shopimg.example/"
        "ImageDelivery/imageService?profileId=12026540&amp;itemId=100234567-847&amp;recipeName=680' "
        "alt='Paper Towels, 12 Rolls'></div><div class='product-h1-container'><h1>Paper Towels, 12 Rolls"
        "</h1></div><div class='your-price'><span class='value'>$24.99</span> <span class='op-value'>"
        "After $5 OFF</span></div><div class='instant-savings'>$5 OFF Instant Savings, valid 6/1/17 - "
        "6/25/17</div><button id='add-to-cart-btn'>Add to Cart</button>",
        "Paper Towels, 12 Rolls",
    ),
    24.99,
    "Paper Towels, 12 Rolls",
    "https://images.shopimg.example/ImageDelivery/imageService?profileId=12026540&itemId=100234567-847&recipeName=680",
)

# 37. Magento 2: gallery by JS, the placeholder <img> is the main image; data in x-magento-init
case(
    "magento2-gallery-init",
    "https://www.shop.example/stainless-steel-tumbler-20oz.html",
    page(
        "<div class='product media'><div class='gallery-placeholder _block-content-loading' data-gallery-"
        "role='gallery-placeholder'><img alt='main product photo' class='gallery-placeholder__image' "
        "src='https://www.shop.example/media/catalog/product/cache/f073062f50e48eb0f0998593e568d857/t/u/"
        "tumbler-20oz-black.jpg'></div><script type='text/x-magento-init'>"
        + json.dumps(
            {
                "[data-gallery-role=gallery-placeholder]": {
                    "mage/gallery/gallery": {
                        "data": [
                            {
                                "thumb": "https://www.shop.example/media/catalog/product/cache/a1/t/u/tumbler-20oz-black.jpg",
                                "img": "https://www.shop.example/media/catalog/product/cache/f0/t/u/tumbler-20oz-black.jpg",
                                "full": "https://www.shop.example/media/catalog/product/cache/9d/t/u/tumbler-20oz-black.jpg",
                                "isMain": True,
                            }
                        ]
                    }
                }
            }
        )
        + "</script></div>"
        + buy(
            "Stainless Steel Tumbler 20oz",
            "<div class='price-box price-final_price'><span class='price-container'><span id='product-price-"
            "44' data-price-amount='24.95' data-price-type='finalPrice' class='price-wrapper'><span class="
            "'price'>$24.95</span></span></span></div>",
        ),
        "Stainless Steel Tumbler 20oz",
    ),
    24.95,
    "Stainless Steel Tumbler 20oz",
    "https://www.shop.example/media/catalog/product/cache/f073062f50e48eb0f0998593e568d857/t/u/tumbler-20oz-black.jpg",
)

# 38. Demandware 2017: primary image with data-lgimg JSON, og:image a placeholder "noimage"
case(
    "og-noimage-placeholder",
    "https://www.shop.example/mens-oxford-shirt/12345678.html",
    page(
        "<div class='product-primary-image'><a href='https://www.shop.example/dw/image/v2/AAAA_PRD/on/"
        "demandware.static/-/Sites-master/default/dw1a2b3c4d/images/large/12345678_410.jpg?sw=2000'"
        " class='product-image main-image'><img itemprop='image' class='primary-image' src='https://www."
        "shop.example/dw/image/v2/AAAA_PRD/on/demandware.static/-/Sites-master/default/dw1a2b3c4d/images/"
        "large/12345678_410.jpg?sw=600' alt=\"Men's Oxford Shirt, Blue\"></a></div>"
        + buy(
            "Men's Oxford Shirt", "<div class='product-price'><span class='price-sales'>$49.50</span></div>"
        ),
        "Men's Oxford Shirt",
        "<meta property='og:image' content='https://www.shop.example/on/demandware.static/Sites-US-Site/"
        "-/default/dw9f8e7d6c/images/noimagelarge.png'>",
    ),
    49.5,
    "Men's Oxford Shirt",
    "https://www.shop.example/dw/image/v2/AAAA_PRD/on/demandware.static/-/Sites-master/default/dw1a2b3c4d/images/large/12345678_410.jpg?sw=600",
)

# 39. 2017 theme: shop name in the h1 (logo heading), product name in h2
case(
    "logo-h1-product-h2",
    "https://www.shop.example/products/handwoven-market-basket",
    page(
        "<div class='product-photo-container'><img src='//cdn.shopify.com/s/files/1/1212/3434/products/"
        "market-basket-large_grande.jpg?v=1495000000' alt='Handwoven Market Basket'></div>"
        "<div class='product-details'><h2 class='product-title'>Handwoven Market Basket</h2>"
        "<p class='product-price'><span class='money'>$64.00</span></p><button class='btn'>Add to Cart"
        "</button></div>",
        "Handwoven Market Basket",
        header="<header><h1 class='site-title'><a href='/'>Store Goods Co.</a></h1><nav><a href='/shop'>"
        "Shop</a></nav></header>",
    ),
    64.0,
    "Handwoven Market Basket",
    "https://cdn.shopify.com/s/files/1/1212/3434/products/market-basket-large_grande.jpg?v=1495000000",
)

# 40. spacer gif src, real picture in data-original (2017 jQuery lazyload)
case(
    "data-original-lazy",
    "https://www.shop.example/item/vintage-brass-compass-2201",
    page(
        "<div id='product-image-main'><img class='lazy' src='/images/spacer.gif' data-original='/uploads/"
        "items/2201/vintage-brass-compass-main.jpg' width='500' height='500' alt='Vintage Brass Compass'>"
        "</div>" + buy("Vintage Brass Compass", "<div class='price'>Price: $27.50</div>"),
        "Vintage Brass Compass",
    ),
    27.5,
    "Vintage Brass Compass",
    "https://www.shop.example/uploads/items/2201/vintage-brass-compass-main.jpg",
)

# 41. JSON-LD price as a "$1,299.00" string; visible the same
case(
    "ld-price-dollar-string",
    "https://www.shop.example/products/road-bike-carbon-105",
    page(
        "<div class='product__media'><img src='https://www.shop.example/images/bikes/carbon-105-red-side.jpg'"
        " alt='Carbon Road Bike'></div>" + buy("Carbon Road Bike 105", "<div class='price'>$1,299.00</div>"),
        "Carbon Road Bike 105",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Carbon Road Bike 105",
                "image": ["https://www.shop.example/images/bikes/carbon-105-red-side.jpg"],
                "offers": {"@type": "Offer", "price": "$1,299.00", "priceCurrency": "USD"},
            }
        ),
    ),
    1299.0,
    "Carbon Road Bike 105",
    "https://www.shop.example/images/bikes/carbon-105-red-side.jpg",
)

# 42. JSON-LD offer price stale (another variant's) while the visible price of the chosen size and
# the Shopify meta agree; the URL names the variant, the ld offer has no variant URL
case(
    "ld-other-variant-url-variant",
    "https://www.shop.example/products/cast-iron-dutch-oven?variant=39001",
    page(
        "<div class='product__media'><img src='//cdn.shopify.com/s/files/1/1313/1414/products/dutch-oven-"
        "red_1024x.jpg?v=9' alt='Dutch Oven'></div>"
        + buy(
            "Enameled Cast Iron Dutch Oven",
            "<div class='price'><span class='money'>$119.00</span></div>",
            "<select name='id'><option value='39000'>4.5 qt - $89.00</option><option value='39001' "
            "selected='selected'>6 qt - $119.00</option></select>",
        ),
        "Enameled Cast Iron Dutch Oven",
        ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": "Enameled Cast Iron Dutch Oven",
                "image": "https://cdn.shopify.com/s/files/1/1313/1414/products/dutch-oven-red_1024x.jpg?v=9",
                "offers": {"@type": "Offer", "price": "89.00", "priceCurrency": "USD"},
            }
        ),
    ),
    119.0,
    "Enameled Cast Iron Dutch Oven",
    "https://cdn.shopify.com/s/files/1/1313/1414/products/dutch-oven-red_1024x.jpg?v=9",
)

# 43. Amazon-like: only data-a-dynamic-image, src a data URI
case(
    "dynamic-image-only",
    "https://www.shop.example/dp/B01N5IB20Q",
    page(
        "<div id='imgTagWrapperId'><img alt='Bluetooth Speaker' src='data:image/webp;base64,UklGRhIAAABX"
        "RUJQVlA4TAYAAAAvAAAAAAfQ//73v/+BiOh/AAA=' data-a-dynamic-image='{\"https://m.media.shop.example/"
        'images/I/71xYzAbCdEL._SL1500_.jpg":[1500,1500],"https://m.media.shop.example/images/I/71xYzAb'
        "CdEL._SX425_.jpg\":[425,425]}' id='landingImage'></div><div id='centerCol'><h1 id='title'><span "
        "id='productTitle'>Portable Bluetooth Speaker, Waterproof</span></h1><span id='priceblock_ourprice'"
        " class='a-size-medium a-color-price'>$35.99</span><input id='add-to-cart-button' type='submit' "
        "value='Add to Cart'></div>",
        "Amazon.com: Portable Bluetooth Speaker, Waterproof: Electronics",
        header="<header><a href='/' class='nav-logo-link'><span class='nav-logo-base'></span></a></header>",
    ),
    35.99,
    "Portable Bluetooth Speaker, Waterproof",
    "https://m.media.shop.example/images/I/71xYzAbCdEL._SL1500_.jpg",
)

# 44. price first printed as a promo "2 for $30" line, then the item price
case(
    "multi-buy-promo-first",
    "https://www.shop.example/p/graphic-tee-vintage-wash/-/A-52001234",
    page(
        "<div class='slideDeckPicture'><img src='https://target.shopimg.example/is/image/Target/GUEST_"
        "4f5e6d7c-1a2b-3c4d-5e6f-7a8b9c0d1e2f?wid=600&amp;hei=600&amp;qlt=80' alt='Graphic Tee'></div>"
        "<div class='pdp-info'><h1 data-test='product-title'><span>Men's Short Sleeve Vintage Wash "
        "Graphic T-Shirt</span></h1><div class='promo'>Buy 2 for $30 on select tees</div><div data-test="
        "'product-price'>$16.00</div><button data-test='shipItButton'>Add to cart</button></div>",
        "Men's Short Sleeve Vintage Wash Graphic T-Shirt : Target",
    ),
    16.0,
    "Men's Short Sleeve Vintage Wash Graphic T-Shirt",
    "https://target.shopimg.example/is/image/Target/GUEST_4f5e6d7c-1a2b-3c4d-5e6f-7a8b9c0d1e2f?wid=600&hei=600&qlt=80",
)

# 45. og:image is the shop's default share image "default-og.jpg"; h1 page; no structured product
case(
    "og-default-share",
    "https://www.shop.example/products/wool-felt-slippers",
    page(
        "<div class='product-gallery'><img src='/images/products/wool-felt-slippers-grey-pair.jpg' "
        "alt='Wool Felt Slippers'></div>" + buy("Wool Felt Slippers", "<div class='price'>$55.00</div>"),
        "Wool Felt Slippers",
        "<meta property='og:type' content='product'><meta property='og:title' content='Wool Felt Slippers'>"
        "<meta property='og:image' content='https://www.shop.example/images/default-og.jpg'>"
        "<meta property='product:price:amount' content='55.00'><meta property='product:price:currency' "
        "content='USD'>",
    ),
    55.0,
    "Wool Felt Slippers",
    "https://www.shop.example/images/products/wool-felt-slippers-grey-pair.jpg",
)

# 46. Volusion 2017: photo in an <a> to the large file, price "Our Price: $X" after "Retail: $Y"
case(
    "volusion-our-price",
    "https://www.shop.example/product-p/hk-1200.htm",
    page(
        "<table><tr><td><a id='product_photo_zoom_url' href='/v/vspfiles/photos/HK-1200-2.jpg'><img id="
        "'product_photo' src='/v/vspfiles/photos/HK-1200-2T.jpg' alt='Hunting Knife'></a></td><td>"
        "<span itemprop='name'><h1>Fixed Blade Hunting Knife</h1></span><div class='product_productprice'>"
        "Retail: <span class='text-strike'>$89.95</span></div><div class='product_productprice'><b>"
        "<font class='pricecolor colors_productprice'>Our Price: <span itemprop='price'>$64.95</span>"
        "</font></b></div><input type='image' src='/v/vspfiles/templates/btn_addtocart.gif' alt='Add to cart'>"
        "</td></tr></table>",
        "Fixed Blade Hunting Knife",
    ),
    64.95,
    "Fixed Blade Hunting Knife",
    "https://www.shop.example/v/vspfiles/photos/HK-1200-2T.jpg",
    "https://www.shop.example/v/vspfiles/photos/HK-1200-2.jpg",
)

# ---- round 3: structured data beside what the page shows (before reading the heuristics) ----------

# 47. two JSON-LD Products: a "recently viewed" widget's product first, the page's product second
case(
    "ld-recently-viewed-first",
    "https://www.shop.example/products/walnut-serving-board",
    page(
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Maple Rolling Pin",
                "image": "https://www.shop.example/images/maple-rolling-pin-1.jpg",
                "offers": {"@type": "Offer", "price": "28.00", "priceCurrency": "USD"},
            }
        )
        + "<div class='product__media'><img src='https://www.shop.example/images/walnut-serving-board-1.jpg'"
        " alt='Walnut Serving Board'></div>"
        + buy("Walnut Serving Board", "<div class='price'>$74.00</div>")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Walnut Serving Board",
                "image": "https://www.shop.example/images/walnut-serving-board-1.jpg",
                "offers": {"@type": "Offer", "price": "74.00", "priceCurrency": "USD"},
            }
        ),
        "Walnut Serving Board",
    ),
    74.0,
    "Walnut Serving Board",
    "https://www.shop.example/images/walnut-serving-board-1.jpg",
)

# 48. og:image a Magento placeholder while the gallery shows the product
case(
    "og-magento-placeholder",
    "https://www.shop.example/garden-hose-nozzle-8-pattern.html",
    page(
        "<div class='product-img-box'><p class='product-image'><img id='image' src='https://www.shop."
        "example/media/catalog/product/cache/1/image/265x/9df78eab33525d08d6e5fb8d27136e95/h/o/hose-nozzle-"
        "8p.jpg' alt='Garden Hose Nozzle'></p></div>"
        + buy(
            "Garden Hose Nozzle, 8 Pattern", "<div class='price-box'><span class='price'>$12.99</span></div>"
        ),
        "Garden Hose Nozzle, 8 Pattern",
        "<meta property='og:image' content='https://www.shop.example/skin/frontend/base/default/images/"
        "catalog/product/placeholder/image.jpg'>",
    ),
    12.99,
    "Garden Hose Nozzle, 8 Pattern",
    "https://www.shop.example/media/catalog/product/cache/1/image/265x/9df78eab33525d08d6e5fb8d27136e95/h/o/hose-nozzle-8p.jpg",
)

# 49. a page header h1 naming the category; the product name in h2
case(
    "category-h1-product-h2",
    "https://www.shop.example/sweaters/fishermans-rib-sweater",
    page(
        "<div class='page-title category-title'><h1>Sweaters</h1></div><div class='product-view'>"
        "<div class='product-img-box'><img src='/media/catalog/product/f/i/fisherman-rib-oat.jpg' alt=''>"
        "</div><div class='product-shop'><div class='product-name'><h2>Fisherman's Rib Sweater</h2></div>"
        "<div class='price-box'><span class='regular-price'><span class='price'>$128.00</span></span></div>"
        "<button class='btn-cart'>Add to Cart</button></div></div>",
        "Fisherman's Rib Sweater",
    ),
    128.0,
    "Fisherman's Rib Sweater",
    "https://www.shop.example/media/catalog/product/f/i/fisherman-rib-oat.jpg",
)

# 50. data-price in cents on the price element, text in dollars (Shopify themes)
case(
    "data-price-cents-attr",
    "https://www.shop.example/products/beeswax-food-wraps",
    page(
        "<div class='product__media'><img src='//cdn.shopify.com/s/files/1/1515/1616/products/beeswax-wraps"
        "-3pack_1024x.jpg?v=2' alt='Beeswax Food Wraps'></div>"
        + buy(
            "Beeswax Food Wraps, 3 Pack",
            "<div class='product__price' data-price='1800'><span>$18.00</span></div>",
        ),
        "Beeswax Food Wraps, 3 Pack",
    ),
    18.0,
    "Beeswax Food Wraps, 3 Pack",
    "https://cdn.shopify.com/s/files/1/1515/1616/products/beeswax-wraps-3pack_1024x.jpg?v=2",
)

# 51. img with srcset only (no src)
case(
    "srcset-no-src",
    "https://www.shop.example/p/down-throw-blanket",
    page(
        "<div class='pdp-images'><img srcset='https://img.shop.example/products/down-throw-ivory-400.jpg 400w, "
        "https://img.shop.example/products/down-throw-ivory-1200.jpg 1200w' sizes='(min-width: 768px) 50vw, "
        "100vw' alt='Down Throw Blanket'></div>"
        + buy("Down Throw Blanket", "<div class='price'>$149.00</div>"),
        "Down Throw Blanket",
    ),
    149.0,
    "Down Throw Blanket",
    "https://img.shop.example/products/down-throw-ivory-1200.jpg",
    "https://img.shop.example/products/down-throw-ivory-400.jpg",
)

# 52. microdata image on a <meta> naming the shop's logo, product photo in the gallery
case(
    "microdata-image-logo-meta",
    "https://www.shop.example/catalog/leather-card-holder",
    page(
        "<div itemscope itemtype='http://schema.org/Product'><meta itemprop='image' content='https://www."
        "shop.example/assets/brand/store-mark.png'><div class='gallery'><img src='https://www.shop.example/"
        "assets/products/card-holder-tan-01.jpg' alt='Leather Card Holder'></div><div class='product-shop'>"
        "<h1 itemprop='name'>Leather Card Holder</h1><div itemprop='offers' itemscope itemtype='http://"
        "schema.org/Offer'><span itemprop='price' content='45.00'>$45.00</span><meta itemprop='priceCurrency'"
        " content='USD'></div><button>Add to Cart</button></div></div>",
        "Leather Card Holder",
    ),
    45.0,
    "Leather Card Holder",
    "https://www.shop.example/assets/products/card-holder-tan-01.jpg",
)

# 53. "play video" / 360 icon first in the gallery strip
case(
    "video-icon-first",
    "https://www.shop.example/product/espresso-machine-pro-x",
    page(
        "<div class='product-gallery'><a class='video-thumb' href='#video'><img src='/assets/icons/play-"
        "video.svg' alt='Play video' width='48'></a><div class='gallery-main'><img src='/assets/products/"
        "espresso-pro-x-front-1600.jpg' alt='Espresso Machine Pro X'></div></div>"
        + buy("Espresso Machine Pro X", "<div class='price'>$699.95</div>"),
        "Espresso Machine Pro X",
    ),
    699.95,
    "Espresso Machine Pro X",
    "https://www.shop.example/assets/products/espresso-pro-x-front-1600.jpg",
)

# 54. Shopify page with the analytics meta: the URL's variant priced as the page shows it, JSON-LD
# offering the first variant's price with no variant URL
case(
    "ld-stale-meta-variant",
    "https://www.shop.example/products/enamel-saucepan?variant=41002",
    page(
        "<div class='product__media'><img src='//cdn.shopify.com/s/files/1/1717/1818/products/saucepan-"
        "cream_1024x.jpg?v=3' alt='Enamel Saucepan'></div>"
        + buy(
            "Enamel Saucepan",
            "<div class='price'><span class='money'>$64.00</span></div>",
            "<select name='id'><option value='41001'>1.5 qt</option><option value='41002' selected>2.5 qt"
            "</option></select>",
        )
        + '<script>var meta = {"product":{"id":7001,"vendor":"Store","type":"Cookware",'
        '"variants":[{"id":41001,"price":4800,"name":"Enamel Saucepan - 1.5 qt","public_title":'
        '"1.5 qt","sku":"ES-15"},{"id":41002,"price":6400,"name":"Enamel Saucepan - 2.5 qt",'
        '"public_title":"2.5 qt","sku":"ES-25"}]},"page":{"pageType":"product","resourceType":'
        '"product","resourceId":7001}};</script>',
        "Enamel Saucepan",
        ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": "Enamel Saucepan",
                "image": "https://cdn.shopify.com/s/files/1/1717/1818/products/saucepan-cream_1024x.jpg?v=3",
                "offers": {"@type": "Offer", "price": "48.00", "priceCurrency": "USD"},
            }
        ),
    ),
    64.0,
    "Enamel Saucepan",
    "https://cdn.shopify.com/s/files/1/1717/1818/products/saucepan-cream_1024x.jpg?v=3",
)

# 55. JSON-LD AggregateOffer from-price on a page showing one price for its default choice
case(
    "aggregate-low-default-shown",
    "https://www.shop.example/products/gift-card",
    page(
        "<div class='product__media'><img src='https://www.shop.example/images/gift-card-design-1.png' "
        "alt='Gift Card'></div>"
        + buy(
            "Store Gift Card",
            "<div class='price'>$50.00</div>",
            "<select name='amount'><option>$25.00</option><option selected>$50.00</option><option>$100.00"
            "</option></select>",
        ),
        "Store Gift Card",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Store Gift Card",
                "image": "https://www.shop.example/images/gift-card-design-1.png",
                "offers": {
                    "@type": "AggregateOffer",
                    "lowPrice": "25.00",
                    "highPrice": "100.00",
                    "priceCurrency": "USD",
                },
            }
        ),
    ),
    50.0,
    "Store Gift Card",
    "https://www.shop.example/images/gift-card-design-1.png",
)

# 56. the sticky add-to-cart bar (product name, thumbnail, price) rendered at the top of the body
case(
    "sticky-bar-first",
    "https://www.shop.example/products/trail-hiking-boot",
    page(
        "<div class='sticky-atc' aria-hidden='true'><img src='//cdn.shopify.com/s/files/1/1919/2020/products"
        "/hiking-boot-brown_100x.jpg?v=5' alt=''><span class='sticky-atc__title'>Trail Hiking Boot</span>"
        "<span class='sticky-atc__price'>$189.00</span><button>Add to cart</button></div>"
        "<div class='product__media'><img src='//cdn.shopify.com/s/files/1/1919/2020/products/hiking-boot-"
        "brown-side_1024x.jpg?v=5' alt='Trail Hiking Boot'></div>"
        + buy("Trail Hiking Boot", "<div class='price'>$189.00</div>"),
        "Trail Hiking Boot",
    ),
    189.0,
    "Trail Hiking Boot",
    "https://cdn.shopify.com/s/files/1/1919/2020/products/hiking-boot-brown-side_1024x.jpg?v=5",
)

# ---- round 4: big US retailers' 2017 page shapes (before reading the heuristics) ------------------

# 57. Amazon-like buy box with Subscribe & Save beside the one-time price
case(
    "amazon-sns-box",
    "https://www.shop.example/dp/B00EXAMPLE1",
    page(
        "<div id='imgTagWrapperId'><img id='landingImage' src='https://m.media.shop.example/images/I/81aBcD"
        "eFgHL._SX355_.jpg' data-old-hires='https://m.media.shop.example/images/I/81aBcDeFgHL._SL1500_.jpg' "
        "alt='Organic Green Tea'></div><div id='centerCol'><h1 id='title'><span id='productTitle'>Organic "
        "Green Tea, 100 Count</span></h1><table id='price'><tr><td>Price:</td><td><span id='priceblock_"
        "ourprice' class='a-size-medium a-color-price'>$15.99</span> ($0.16 / Count)</td></tr></table></div>"
        "<div id='rightCol'><div id='snsAccordionRowMiddle'><span class='a-text-bold'>Subscribe &amp; Save"
        "</span><span id='subscriptionPrice' class='a-color-price'>$15.19</span> ($0.15 / Count)</div>"
        "<div id='oneTimeBuyBox'><span class='a-text-bold'>One-time purchase:</span><span class="
        "'a-color-price offer-price'>$15.99</span></div><input id='add-to-cart-button' type='submit' "
        "value='Add to Cart'></div>",
        "Amazon.com : Organic Green Tea, 100 Count : Grocery &amp; Gourmet Food",
        header="<header><a href='/' class='nav-logo-link'><span class='nav-logo-base'></span></a></header>",
    ),
    15.99,
    "Organic Green Tea, 100 Count",
    "https://m.media.shop.example/images/I/81aBcDeFgHL._SL1500_.jpg",
)

# 58. Etsy 2017: currency symbol and value in separate spans, "+" for variants, full image href
case(
    "etsy-currency-value",
    "https://www.shop.example/listing/512345678/personalized-leather-keychain",
    page(
        "<div class='image-carousel-container'><ul><li data-image-id='1234567890' class='carousel-pane "
        "active'><img src='https://i.shopstatic.example/8888888/r/il/abc123/1234567890/il_570xN.1234567890_"
        "abcd.jpg' data-full-image-href='https://i.shopstatic.example/8888888/r/il/abc123/1234567890/il_full"
        "xfull.1234567890_abcd.jpg' alt='Personalized Leather Keychain'></li></ul></div>"
        "<div class='listing-page-title-component'><h1 itemprop='name'>Personalized Leather Keychain, "
        "Custom Initials</h1></div><div class='buy-box'><p class='text-largest strong override-listing-"
        "price'><span class='currency-symbol'>$</span><span class='currency-value'>14.00</span>+</p>"
        "<button class='btn btn-buy-box-add-to-cart'>Add to cart</button></div>",
        "Personalized Leather Keychain, Custom Initials",
    ),
    14.0,
    "Personalized Leather Keychain, Custom Initials",
    "https://i.shopstatic.example/8888888/r/il/abc123/1234567890/il_570xN.1234567890_abcd.jpg",
    "https://i.shopstatic.example/8888888/r/il/abc123/1234567890/il_fullxfull.1234567890_abcd.jpg",
)

# 59. Macy's-like: "Orig. $60.00" then "Sale $29.99", and a "Final Price $23.99 with code" line
case(
    "orig-sale-promo-code",
    "https://www.shop.example/shop/product/charter-club-cashmere-sweater?ID=4567890",
    page(
        "<div class='main-image-container'><img class='main-image' src='https://slimages.shopimg.example/is"
        "/image/MCY/products/0/optimized/9876540_fpx.tif?op_sharpen=1&amp;wid=500&amp;hei=613' alt='Cashmere "
        "Sweater'></div><div class='product-details'><h1 class='p-name'>Charter Club Cashmere Crew-Neck "
        "Sweater</h1><div class='price'><span class='regular originalOrRegularPriceOnSale'>Orig. $119.00"
        "</span><span class='discount'>Sale $59.99</span></div><div class='badge-promo'>Final Price: "
        "<strong>$47.99</strong> with code FRIEND</div><button class='add-to-bag'>Add To Bag</button></div>",
        "Charter Club Cashmere Crew-Neck Sweater",
    ),
    59.99,
    "Charter Club Cashmere Crew-Neck Sweater",
    "https://slimages.shopimg.example/is/image/MCY/products/0/optimized/9876540_fpx.tif?op_sharpen=1&wid=500&hei=613",
)

# 60. JCPenney-like: "$24.99 sale" then "$40.00 original"
case(
    "amount-then-sale-word",
    "https://www.shop.example/p/st-johns-bay-polo-shirt/ppr5007123456",
    page(
        "<div class='product-image'><img id='mainImage' src='https://s7d9.shopimg.example/is/image/JCPenney/"
        "DP1005201717123456M?wid=350&amp;hei=350' alt='Polo Shirt'></div><div class='pdp-info'><h1 "
        "itemprop='name'>St. John's Bay Short Sleeve Polo Shirt</h1><div class='gallery_page_price'>"
        "<span class='pp-sale'>$24.99 sale</span><span class='pp-original'>$40.00 original</span></div>"
        "<button id='addtobag'>add to bag</button></div>",
        "St. John's Bay Short Sleeve Polo Shirt",
    ),
    24.99,
    "St. John's Bay Short Sleeve Polo Shirt",
    "https://s7d9.shopimg.example/is/image/JCPenney/DP1005201717123456M?wid=350&hei=350",
)

# 61. Wayfair-like: resize path in the image URL, sale price then struck list price
case(
    "resize-path-image",
    "https://www.shop.example/furniture/pdp/tufted-upholstered-bench-w001234567.html",
    page(
        "<div class='ProductDetailImageCarousel'><img class='ProductDetailImageCarousel-image' src='https://"
        "secure.img.shop.example/im/38125094/resize-h800-w800%5Ecompr-r85/3812/38125094/Tufted+Upholstered+"
        "Bench.jpg' alt='Tufted Upholstered Bench'></div><div class='ProductDetailInfoBlock'><h1 class="
        "'pl-Heading'>Tufted Upholstered Bench</h1><div class='BasePriceBlock'><span class='notranslate'>"
        "$129.99</span> <s class='notranslate'>$199.99</s> <span class='PercentOff'>35% Off</span></div>"
        "<button class='AddToCart'>Add to Cart</button></div>",
        "Tufted Upholstered Bench",
    ),
    129.99,
    "Tufted Upholstered Bench",
    "https://secure.img.shop.example/im/38125094/resize-h800-w800%5Ecompr-r85/3812/38125094/Tufted+Upholstered+Bench.jpg",
)

# 62. Staples-like: price per pack ("/Pack"), then a per-sheet unit price
case(
    "per-pack-price",
    "https://www.shop.example/product_135848",
    page(
        "<div class='stp--image-container'><img class='stp--main-image' src='https://www.shopimg.example/"
        "s7/is/image/Staples/s0021414_sc7?wid=512&amp;hei=512' alt='Copy Paper'></div><div class='stp--"
        "product-info'><h1 class='stp--product-title'>Multipurpose Copy Paper, 8.5\" x 11\", 20 lbs., White, "
        "500 Sheets/Ream, 10 Reams/Carton</h1><div class='price-info'><span class='SEO_price'>$44.99</span>"
        "<span class='per-unit'>/Carton</span> <span class='unit-price'>$0.009/Sheet</span></div>"
        "<button class='stp--add-to-cart'>Add to cart</button></div>",
        'Multipurpose Copy Paper, 8.5" x 11", 20 lbs., White, 500 Sheets/Ream, 10 Reams/Carton',
    ),
    44.99,
    'Multipurpose Copy Paper, 8.5" x 11", 20 lbs., White, 500 Sheets/Ream, 10 Reams/Carton',
    "https://www.shopimg.example/s7/is/image/Staples/s0021414_sc7?wid=512&hei=512",
)

# 63. Lowe's-like: price, "Was" price and a mail-in rebate line
case(
    "mail-in-rebate",
    "https://www.shop.example/pd/ceiling-fan-52-in-brushed-nickel/1000123456",
    page(
        "<div class='pd-image'><img id='mainImage' src='https://mobileimages.shopimg.example/product/"
        "converted/012345/012345678901.jpg?size=pdhi' alt='Ceiling Fan'></div><div class='pd-info'><h1 "
        "class='product-title'>52-in Brushed Nickel Indoor Ceiling Fan with Light Kit</h1><div class="
        "'pd-price'><span itemprop='price' content='89.98'>$89.98</span><span class='was-price'>Was "
        "$119.00</span></div><div class='rebate'>Get a $20.00 mail-in rebate</div>"
        "<button class='add-to-cart'>Add To Cart</button></div>",
        "52-in Brushed Nickel Indoor Ceiling Fan with Light Kit",
    ),
    89.98,
    "52-in Brushed Nickel Indoor Ceiling Fan with Light Kit",
    "https://mobileimages.shopimg.example/product/converted/012345/012345678901.jpg?size=pdhi",
)

# 64. h1 written on two lines with <br> (brand, then the name)
case(
    "h1-br-brand",
    "https://www.shop.example/products/nano-puff-jacket",
    page(
        "<div class='product-images'><img src='/images/products/nano-puff-jacket-black-1.jpg' alt=''></div>"
        + buy("Patagonia<br>Nano Puff Jacket", "<div class='price'>$199.00</div>"),
        "Patagonia Nano Puff Jacket",
    ),
    199.0,
    "Patagonia Nano Puff Jacket",
    "https://www.shop.example/images/products/nano-puff-jacket-black-1.jpg",
)

# 65. Best Buy-like: the price, then an "Open-Box from $299.99" offer below
case(
    "open-box-offer",
    "https://www.shop.example/site/noise-cancelling-headphones/6505727.p?skuId=6505727",
    page(
        "<div class='shop-media-gallery'><img class='primary-image' src='https://pisces.shopimg.example/"
        "image2/BestBuy_US/images/products/6505/6505727_sd.jpg;maxHeight=640;maxWidth=550' alt='Headphones'>"
        "</div><div class='sku-title'><h1 class='heading-5 v-fw-regular'>Wireless Noise Cancelling Over-the-"
        "Ear Headphones - Black</h1></div><div class='priceView-hero-price priceView-customer-price'><span "
        "aria-hidden='true'>$349.99</span></div><div class='open-box-option'><a href='#'>Open-Box</a> from "
        "<span class='open-box-price'>$279.99</span></div><button class='add-to-cart-button'>Add to Cart"
        "</button>",
        "Wireless Noise Cancelling Over-the-Ear Headphones - Black",
    ),
    349.99,
    "Wireless Noise Cancelling Over-the-Ear Headphones - Black",
    "https://pisces.shopimg.example/image2/BestBuy_US/images/products/6505/6505727_sd.jpg;maxHeight=640;maxWidth=550",
)

# 66. eBay auction with Buy It Now: the current bid first, then Buy It Now
case(
    "ebay-bid-and-bin",
    "https://www.ebay.example/itm/Canon-AE-1-Program-35mm-Camera/263456789012",
    page(
        "<div id='mainImgHldr'><img id='icImg' src='https://i.ebayimg.example/images/g/QwEAAOSwzzzZ9xYz/"
        "s-l500.jpg' alt='Canon AE-1 Program'></div><h1 class='it-ttl' id='itemTitle'><span class='g-hdn'>"
        "Details about &nbsp;</span>Canon AE-1 Program 35mm Film Camera with 50mm Lens</h1>"
        "<div class='bid'><span>Current bid:</span> <span id='prcIsum_bidPrice' itemprop='price' "
        "content='86.00'>US $86.00</span> <span>[ 12 bids ]</span><a id='bidBtn_btn'>Place bid</a></div>"
        "<div class='bin'><span>Price:</span> <span id='prcIsum'>US $189.00</span><a id='binBtn_btn'>Buy It "
        "Now</a></div>",
        "Canon AE-1 Program 35mm Film Camera with 50mm Lens",
        header="<header><a href='/'><img src='https://ir.ebaystatic.example/rs/v/logo.png' alt='eBay'></a>"
        "</header>",
    ),
    86.0,
    "Canon AE-1 Program 35mm Film Camera with 50mm Lens",
    "https://i.ebayimg.example/images/g/QwEAAOSwzzzZ9xYz/s-l500.jpg",
)

# ---- round 5: other products' structured data (written after reading `_main_product`) --------------

RELATED_CARD = (
    "<div class='related-card' itemscope itemtype='http://schema.org/Product'><a href='/products/{h}'>"
    "<img itemprop='image' src='/images/{h}-thumb.jpg' alt=''><span itemprop='name'>{n}</span></a>"
    "<meta itemprop='sku' content='{sku}'><span itemprop='brand'>Store</span>"
    "<div itemprop='offers' itemscope itemtype='http://schema.org/Offer'><span itemprop='price' "
    "content='{p}'>${p}</span><meta itemprop='priceCurrency' content='USD'><link itemprop='availability' "
    "href='http://schema.org/InStock'></div></div>"
)

# 67. a sidebar of similar products (each a microdata Product, no ItemList) before the page's own
case(
    "microdata-similar-sidebar-first",
    "https://www.shop.example/products/walnut-serving-board",
    page(
        "<aside class='sidebar'><h3>Similar items</h3>"
        + RELATED_CARD.format(h="walnut-cheese-board", n="Walnut Cheese Board", sku="WCB-1", p="58.00")
        + RELATED_CARD.format(h="walnut-bread-board", n="Walnut Bread Board", sku="WBB-1", p="64.00")
        + "</aside><div itemscope itemtype='http://schema.org/Product'><div class='product-img-box'><img "
        "itemprop='image' src='/images/walnut-serving-board-main.jpg' alt='Walnut Serving Board'></div>"
        "<div class='product-shop'><h1 itemprop='name'>Walnut Serving Board</h1><div itemprop='offers' "
        "itemscope itemtype='http://schema.org/Offer'><span itemprop='price' content='74.00'>$74.00</span>"
        "<meta itemprop='priceCurrency' content='USD'></div><button>Add to Cart</button></div></div>",
        "Walnut Serving Board",
    ),
    74.0,
    "Walnut Serving Board",
    "https://www.shop.example/images/walnut-serving-board-main.jpg",
)

# 68. the page's microdata Product holds related products through isRelatedTo
case(
    "microdata-is-related-to",
    "https://www.shop.example/products/walnut-serving-board",
    page(
        "<div itemscope itemtype='http://schema.org/Product'><div class='product-img-box'><img itemprop="
        "'image' src='/images/walnut-serving-board-main.jpg' alt='Walnut Serving Board'></div><div class="
        "'product-shop'><h1 itemprop='name'>Walnut Serving Board</h1><div itemprop='offers' itemscope "
        "itemtype='http://schema.org/Offer'><span itemprop='price' content='74.00'>$74.00</span><meta "
        "itemprop='priceCurrency' content='USD'></div><button>Add to Cart</button></div>"
        "<section class='related'><h3>You may also like</h3><div itemprop='isRelatedTo'>"
        + RELATED_CARD.format(h="walnut-cheese-board", n="Walnut Cheese Board", sku="WCB-1", p="58.00")
        + "</div></section></div>",
        "Walnut Serving Board",
    ),
    74.0,
    "Walnut Serving Board",
    "https://www.shop.example/images/walnut-serving-board-main.jpg",
)

# 69. JSON-LD of the "complete the look" products first (more fields), the page's own after
case(
    "ld-richer-similar-first",
    "https://www.shop.example/products/linen-duvet-cover-queen",
    page(
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Linen Pillow Cover Queen",
                "sku": "LPC-Q",
                "brand": {"@type": "Brand", "name": "Store"},
                "description": "Stonewashed linen pillow cover.",
                "image": "https://www.shop.example/images/linen-pillow-cover-1.jpg",
                "offers": {
                    "@type": "Offer",
                    "price": "39.00",
                    "priceCurrency": "USD",
                    "availability": "https://schema.org/InStock",
                },
            }
        )
        + "<div class='product__media'><img src='https://www.shop.example/images/linen-duvet-cover-1.jpg' "
        "alt='Linen Duvet Cover'></div>"
        + buy("Linen Duvet Cover Queen", "<div class='price'>$249.00</div>")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Linen Duvet Cover Queen",
                "image": "https://www.shop.example/images/linen-duvet-cover-1.jpg",
                "offers": {"@type": "Offer", "price": "249.00", "priceCurrency": "USD"},
            }
        ),
        "Linen Duvet Cover Queen",
    ),
    249.0,
    "Linen Duvet Cover Queen",
    "https://www.shop.example/images/linen-duvet-cover-1.jpg",
)

# ---- round 6: sale prices in structured data (written after reading `_from_opengraph`, `_offer_fields`)

# 70. OpenGraph product tags with a regular and a sale price; the page shows the sale price alone
case(
    "og-sale-price-amount",
    "https://www.shop.example/products/wool-beanie",
    page(
        "<div class='product__media'><img src='https://www.shop.example/images/wool-beanie-rust-1.jpg' alt=''>"
        "</div>" + buy("Ribbed Wool Beanie", "<div class='price'><span class='money'>$24.00</span></div>"),
        "Ribbed Wool Beanie",
        "<meta property='og:type' content='product'><meta property='og:title' content='Ribbed Wool Beanie'>"
        "<meta property='og:image' content='https://www.shop.example/images/wool-beanie-rust-1.jpg'>"
        "<meta property='product:price:amount' content='32.00'><meta property='product:price:currency' "
        "content='USD'><meta property='product:sale_price:amount' content='24.00'><meta property='product:"
        "sale_price:currency' content='USD'>",
    ),
    24.0,
    "Ribbed Wool Beanie",
    "https://www.shop.example/images/wool-beanie-rust-1.jpg",
)

# 71. JSON-LD offer with the list price as `price` and the sale price in a priceSpecification
case(
    "ld-sale-price-specification",
    "https://www.shop.example/products/canvas-sneaker",
    page(
        "<div class='product__media'><img src='https://www.shop.example/images/canvas-sneaker-white-1.jpg' "
        "alt=''></div>"
        + buy("Canvas Low-Top Sneaker", "<div class='price'><span class='money'>$45.00</span></div>"),
        "Canvas Low-Top Sneaker",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Canvas Low-Top Sneaker",
                "image": "https://www.shop.example/images/canvas-sneaker-white-1.jpg",
                "offers": {
                    "@type": "Offer",
                    "price": "60.00",
                    "priceCurrency": "USD",
                    "priceSpecification": [
                        {"@type": "UnitPriceSpecification", "price": "60.00", "priceCurrency": "USD"},
                        {
                            "@type": "UnitPriceSpecification",
                            "priceType": "https://schema.org/SalePrice",
                            "price": "45.00",
                            "priceCurrency": "USD",
                        },
                    ],
                },
            }
        ),
    ),
    45.0,
    "Canvas Low-Top Sneaker",
    "https://www.shop.example/images/canvas-sneaker-white-1.jpg",
)

# ---- round 7: how structured values are written (escaped names, prices with codes, ImageObjects) -------

# 72. a Shopify JSON-LD name with an escaped apostrophe, a price written with its code
case(
    "ld-escaped-name-code-price",
    "https://www.shop.example/products/mens-oxford-shirt",
    page(
        "<div class='product__media'><img src='https://www.shop.example/images/oxford-shirt-blue-1.jpg' alt=''>"
        "</div>" + buy("Men&#39;s Oxford Shirt", "<div class='price'>$49.50</div>"),
        "Men&#39;s Oxford Shirt",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Men&#39;s Oxford Shirt",
                "image": {
                    "@type": "ImageObject",
                    "contentUrl": "/images/oxford-shirt-blue-1.jpg",
                    "width": 1200,
                },
                "offers": {"@type": "Offer", "price": "49.50 USD", "priceCurrency": "USD"},
            }
        ),
    ),
    49.5,
    "Men's Oxford Shirt",
    "https://www.shop.example/images/oxford-shirt-blue-1.jpg",
)

# 73. OpenGraph-only product page: og:title with the shop's suffix, og:image relative with spaces
case(
    "og-only-suffix-relative",
    "https://www.shop.example/shop/tufted-bench",
    page(
        "<div class='product-image'><img src='/uploads/Tufted Bench Grey 01.jpg' alt='Tufted Bench'></div>"
        + buy("Tufted Bench", "<div class='price'>$129.99</div>"),
        "Tufted Bench",
        "<meta property='og:type' content='product'><meta property='og:title' content='Tufted Bench | Store'>"
        "<meta property='og:image' content='/uploads/Tufted Bench Grey 01.jpg'><meta property='product:price:"
        "amount' content='129.99'><meta property='product:price:currency' content='USD'>",
    ),
    129.99,
    "Tufted Bench",
    "https://www.shop.example/uploads/Tufted Bench Grey 01.jpg",
)

# ---- round 8: main images written only as templates or links (before reading crawler/srcset.py) -------

# 74. Shopify lazysizes: the only URL a `{width}` template in data-src, no src, no noscript
case(
    "width-template-only",
    "https://www.shop.example/products/ceramic-planter",
    page(
        "<div class='product-single__media'><img class='lazyload' data-src='//cdn.shopify.com/s/files/1/2121/"
        "2222/products/ceramic-planter-white_{width}x.jpg?v=7' data-widths='[180,360,540,720,900]' data-"
        "aspectratio='1.0' data-sizes='auto' alt='Ceramic Planter'></div>"
        + buy("Ceramic Planter", "<span class='product-price'>$38.00</span>"),
        "Ceramic Planter",
    ),
    38.0,
    "Ceramic Planter",
    "https://cdn.shopify.com/s/files/1/2121/2222/products/ceramic-planter-white_900x.jpg?v=7",
)

# 75. a data-srcset of `{width}` candidates only (Shopify themes of 2019-2021)
case(
    "width-template-srcset",
    "https://www.shop.example/products/rattan-pendant",
    page(
        "<div class='product-single__media'><img class='lazyload' src='data:image/gif;base64,R0lGODlhAQABAIAA"
        "AAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' data-srcset='//cdn.shopify.com/s/files/1/2323/2424/products"
        "/rattan-pendant_180x.jpg?v=2 180w, //cdn.shopify.com/s/files/1/2323/2424/products/rattan-pendant_"
        "720x.jpg?v=2 720w' alt='Rattan Pendant'></div>"
        + buy("Rattan Pendant", "<span class='product-price'>$96.00</span>"),
        "Rattan Pendant",
    ),
    96.0,
    "Rattan Pendant",
    "https://cdn.shopify.com/s/files/1/2323/2424/products/rattan-pendant_720x.jpg?v=2",
)

# 76. zoom link around a lazy placeholder: the photo only in the link's href
case(
    "zoom-href-placeholder-img",
    "https://www.shop.example/shop/brass-bottle-opener/",
    page(
        "<div class='woocommerce-product-gallery__image'><a href='https://www.shop.example/wp-content/uploads/"
        "2018/03/brass-bottle-opener-01.jpg' class='zoom'><img src='data:image/svg+xml,%3Csvg%20xmlns=%27http:"
        "//www.w3.org/2000/svg%27%3E%3C/svg%3E' class='lazy' alt='Brass Bottle Opener'></a></div>"
        + buy("Brass Bottle Opener", "<p class='price'>$22.00</p>"),
        "Brass Bottle Opener",
    ),
    22.0,
    "Brass Bottle Opener",
    "https://www.shop.example/wp-content/uploads/2018/03/brass-bottle-opener-01.jpg",
)

# ---- round 9: headings and buy boxes of 2017 themes (before reading crawler/heuristics/titles.py) -------

# 77. the shop's logo in an h1 (image only) before the product's h1
case(
    "logo-image-h1-first",
    "https://www.shop.example/products/waxed-field-jacket",
    page(
        "<div class='product-photos'><img src='/images/products/waxed-field-jacket-olive-1.jpg' alt=''></div>"
        + buy("Waxed Field Jacket", "<div class='price'>$295.00</div>"),
        "Waxed Field Jacket",
        header="<header><h1 class='logo'><a href='/'><img src='/images/store-logo.png' alt='Store'></a></h1>"
        "<nav><a href='/men'>Men</a></nav></header>",
    ),
    295.0,
    "Waxed Field Jacket",
    "https://www.shop.example/images/products/waxed-field-jacket-olive-1.jpg",
)

# 78. badges inside the h1 ("New", "Sale", "Best Seller")
case(
    "h1-badges",
    "https://www.shop.example/products/cashmere-scarf",
    page(
        "<div class='product-photos'><img src='/images/products/cashmere-scarf-camel-1.jpg' alt=''></div>"
        + buy(
            "Cashmere Scarf <span class='badge badge--new'>New</span> <span class='badge badge--sale'>Sale</span>",
            "<div class='price'><s>$150.00</s> $119.00</div>",
        ),
        "Cashmere Scarf",
    ),
    119.0,
    "Cashmere Scarf",
    "https://www.shop.example/images/products/cashmere-scarf-camel-1.jpg",
)

# 79. quantity discount table before the price
case(
    "quantity-tiers-first",
    "https://www.shop.example/product/nitrile-gloves-100ct",
    page(
        "<div class='product-photos'><img src='/images/products/nitrile-gloves-blue-100.jpg' alt=''></div>"
        "<div class='product-shop'><h1>Nitrile Exam Gloves, 100 Count</h1><table class='tier-prices'>"
        "<tr><th>Qty</th><th>Price each</th></tr><tr><td>1-4</td><td>$12.99</td></tr><tr><td>5-9</td><td>"
        "$11.49</td></tr><tr><td>10+</td><td>$9.99</td></tr></table><div class='price-box'><span class="
        "'regular-price'><span class='price'>$12.99</span></span></div><button class='btn-cart'>Add to Cart"
        "</button></div>",
        "Nitrile Exam Gloves, 100 Count",
    ),
    12.99,
    "Nitrile Exam Gloves, 100 Count",
    "https://www.shop.example/images/products/nitrile-gloves-blue-100.jpg",
)

# ---- round 10: more price wordings and swatches (before reading further code) ------------------------

# 80. Target 2017-like: "$14.99 Sale" then "reg $19.99" and "Save 25%"
case(
    "amount-sale-reg-save",
    "https://www.shop.example/p/fleece-throw-blanket/-/A-51234567",
    page(
        "<div class='slideDeckPicture'><img src='https://target.shopimg.example/is/image/Target/51234567?wid="
        "520&amp;hei=520' alt='Fleece Throw'></div><div class='pdp-info'><h1 data-test='product-title'>"
        "<span>Plush Fleece Throw Blanket 50\"x60\"</span></h1><div data-test='product-price'><span>$14.99"
        "</span> <span class='h-text-red'>Sale</span></div><div data-test='product-regular-price'>reg $19.99"
        "</div><div class='h-text-red'>Save 25%</div><button data-test='shipItButton'>Add to cart</button>"
        "</div>",
        'Plush Fleece Throw Blanket 50"x60" : Target',
    ),
    14.99,
    'Plush Fleece Throw Blanket 50"x60"',
    "https://target.shopimg.example/is/image/Target/51234567?wid=520&hei=520",
)

# 81. Home Depot-like "/each" after a split price
case(
    "split-price-each",
    "https://www.shop.example/p/pvc-pipe-fitting-1-in/100345678",
    page(
        "<div class='mediagallery'><img id='mainImage' src='https://images.shop.example/productImages/"
        "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e/svn/pvc-fitting-1in-64_1000.jpg' alt='PVC Fitting'></div>"
        "<div class='buybox'><h1 class='product-title__title'>1 in. PVC Schedule 40 Coupling</h1>"
        "<div class='price'><span class='price__format'>$</span><span class='price__dollars'>3</span>"
        "<span class='price__format'>.</span><span class='price__cents'>98</span><span class='price__"
        "unit'>/each</span></div><button class='bttn'>Add to Cart</button></div>",
        "1 in. PVC Schedule 40 Coupling",
    ),
    3.98,
    "1 in. PVC Schedule 40 Coupling",
    "https://images.shop.example/productImages/b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e/svn/pvc-fitting-1in-64_1000.jpg",
)

# 82. colour swatch pictures in the buy box before the gallery in the markup
case(
    "swatches-before-gallery",
    "https://www.shop.example/products/canvas-backpack",
    page(
        "<div class='product-shop'><h1>Canvas Backpack</h1><div class='price'>$88.00</div><div class="
        "'swatches'><label><input type='radio' name='color' checked><img src='/images/swatches/canvas-"
        "backpack-olive-swatch.jpg' alt='Olive' width='32' height='32'></label><label><input type='radio' "
        "name='color'><img src='/images/swatches/canvas-backpack-navy-swatch.jpg' alt='Navy' width='32' "
        "height='32'></label></div><button class='btn-cart'>Add to Cart</button></div><div class='product-"
        "gallery'><img src='/images/products/canvas-backpack-olive-front.jpg' alt='Canvas Backpack'></div>",
        "Canvas Backpack",
    ),
    88.0,
    "Canvas Backpack",
    "https://www.shop.example/images/products/canvas-backpack-olive-front.jpg",
)

# ---- must not fire: ordinary pages ---------------------------------------------------------------

case(
    "plain-shopify",
    "https://www.shop.example/products/linen-apron",
    page(
        "<div class='product__media'><img src='//cdn.shopify.com/s/files/1/0123/9999/products/linen-apron-"
        "rust_1024x1024.jpg?v=1' alt='Linen Apron'></div>"
        + buy("Linen Apron", "<div class='price'><span class='money'>$42.00</span></div>"),
        "Linen Apron",
    ),
    42.0,
    "Linen Apron",
    "https://cdn.shopify.com/s/files/1/0123/9999/products/linen-apron-rust_1024x1024.jpg?v=1",
)

case(
    "plain-ld",
    "https://www.shop.example/products/field-watch-38mm",
    page(
        "<div class='product__media'><img src='https://www.shop.example/images/field-watch-38-olive.jpg' "
        "alt='Field Watch'></div>" + buy("Field Watch 38mm", "<div class='price'>$195.00</div>"),
        "Field Watch 38mm",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Field Watch 38mm",
                "image": "https://www.shop.example/images/field-watch-38-olive.jpg",
                "offers": {"@type": "Offer", "price": "195.00", "priceCurrency": "USD"},
            }
        ),
    ),
    195.0,
    "Field Watch 38mm",
    "https://www.shop.example/images/field-watch-38-olive.jpg",
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("c", case_params(CASES, XFAIL))
def test_fields(c: Case) -> None:
    got = extract_product(c.html, c.url) or {}
    wrong = field_mistakes(got, c.price, c.title, c.images, c.url)
    assert not wrong, "; ".join(wrong)


# ---- must-not-fire cases of the fixes (written after reading the code) ----------------------------


def _ld_page(
    url_path: str, price_html: str, offers: dict, extra: str = "", name: str = "Enamel Saucepan"
) -> str:
    return page(
        "<div class='product__media'><img src='https://www.shop.example/images/saucepan-cream-1.jpg' alt=''>"
        "</div>" + buy(name, price_html, extra),
        name,
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": name,
                "image": "https://www.shop.example/images/saucepan-cream-1.jpg",
                "offers": offers,
            }
        ),
    )


OFFER_48 = {"@type": "Offer", "price": "48.00", "priceCurrency": "USD"}
AGGREGATE = {"@type": "AggregateOffer", "lowPrice": "25.00", "highPrice": "100.00", "priceCurrency": "USD"}
META = (
    '<script>var meta = {"product":{"id":7001,"vendor":"Store","variants":[{"id":41001,"price":4800,'
    '"name":"Enamel Saucepan - 1.5 qt","public_title":"1.5 qt","sku":"ES-15"},{"id":41002,"price":PRICE,'
    '"name":"Enamel Saucepan - 2.5 qt","public_title":"2.5 qt","sku":"ES-25"}]},'
    '"page":{"pageType":"product","resourceType":"product","resourceId":7001}};</script>'
)
OPTIONS = (
    "<select name='id'><option value='41001'>1.5 qt - $48.00</option>"
    "<option value='41002' selected>2.5 qt - OPTION</option></select>"
)

NOT_FIRE = [
    # monthly amounts: an ordinary price with words after it, a page showing only a monthly price
    ("price-then-usd", "https://www.shop.example/p/a", page(buy("Desk Lamp", "<div class='price'><span class='product-price'>$49.99</span> USD &amp; FREE Shipping</div>"), "Desk Lamp"), 49.99),
    ("monthly-only", "https://www.shop.example/p/b", page(buy("Meal Kit Plan", "<div class='plan'><span class='plan-price'>$59.94</span>/month</div>"), "Meal Kit Plan"), 59.94),
    ("per-month-beside-price", "https://www.shop.example/p/c", page(buy("Rowing Machine", "<div class='product-price'>$1,195.00</div><p><span class='monthly-price'>$50</span>/mo for 24 months</p>"), "Rowing Machine"), 1195.0),
    # data-price: the same amount in units, a value 100 times a price that is not it
    ("data-price-units", "https://www.shop.example/p/d", page(buy("Tea Tin", "<div class='product__price' data-price='18.00'><span>$18.00</span></div>"), "Tea Tin"), 18.0),
    ("data-price-big", "https://www.shop.example/p/e", page(buy("Leather Sofa", "<div class='product__price' data-price='1800'><span>$1,800.00</span></div>"), "Leather Sofa"), 1800.0),
    # a structured price with no confirmation of the shown variant's price stays ("fires-": the rule
    # firing on the same page with the confirmation)
    ("ld-unconfirmed", "https://www.shop.example/products/enamel-saucepan", _ld_page("", "<div class='price'>$64.00</div>", OFFER_48), 48.0),
    ("ld-meta-agrees", "https://www.shop.example/products/enamel-saucepan?variant=41002", _ld_page("", "<div class='price'>$64.00</div>", OFFER_48, META.replace("PRICE", "4800")), 48.0),
    ("ld-option-other", "https://www.shop.example/products/enamel-saucepan?variant=41002", _ld_page("", "<div class='price'>$64.00</div>", OFFER_48, OPTIONS.replace("OPTION", "$70.00")), 48.0),
    ("fires-ld-option-confirms", "https://www.shop.example/products/enamel-saucepan?variant=41002", _ld_page("", "<div class='price'>$64.00</div>", OFFER_48, OPTIONS.replace("OPTION", "$64.00")), 64.0),
    ("fires-ld-meta-confirms", "https://www.shop.example/products/enamel-saucepan?variant=41002", _ld_page("", "<div class='price'>$64.00</div>", OFFER_48, META.replace("PRICE", "6400")), 64.0),
    # an AggregateOffer beside a shown range, a from-price, or an amount outside its range
    ("aggregate-range-shown", "https://www.shop.example/products/gift-card", _ld_page("", "<div class='price'>$25.00 – $100.00</div>", AGGREGATE, name="Gift Card"), 25.0),
    ("aggregate-from-shown", "https://www.shop.example/products/gift-card", _ld_page("", "<div class='price'>From $25.00</div>", AGGREGATE, name="Gift Card"), 25.0),
    ("aggregate-outside", "https://www.shop.example/products/gift-card", _ld_page("", "<div class='price'>$150.00</div>", AGGREGATE, name="Gift Card"), 25.0),
]  # fmt: skip


@pytest.mark.parametrize(("url", "html", "price"), [pytest.param(u, h, p, id=i) for i, u, h, p in NOT_FIRE])
def test_rules_keep_ordinary_prices(url: str, html: str, price: float) -> None:
    got = extract_product(html, url) or {}
    assert got.get("price") == pytest.approx(price)


# the logo-file rule: the first, second and fourth names are what it adds (False before); the others
# read as before
@pytest.mark.parametrize(
    ("name", "site"),
    [
        ("Store_Wordmark_Black.png", True),
        ("brand-logo-white.svg", True),
        ("logo-2x.png", True),
        ("wordmark.svg", True),
        ("wordmark-hoodie-black.jpg", False),
        ("retro-logo-tee.jpg", False),
        ("classic-logo-cap-navy.jpg", False),
        ("sheet-set-white-bed.jpg", False),
    ],
)
def test_site_picture_names(name: str, site: bool) -> None:
    from knockoff.crawler.extract import _site_picture

    assert _site_picture(f"https://www.shop.example/cdn/shop/files/{name}") is site


def _two_ld(first: dict, second: dict, name: str, title: str | None = None) -> str:
    return page(
        ld(first)
        + "<div class='product__media'><img src='https://www.shop.example/images/board-1.jpg' alt=''></div>"
        + buy(name, "<div class='price'>$74.00</div>")
        + ld(second),
        title or name,
    )


def _node(name: str, price: str, **more: object) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": name,
        "offers": {"@type": "Offer", "price": price, "priceCurrency": "USD"},
        **more,
    }


GROUP = {
    "@context": "https://schema.org",
    "@type": "ProductGroup",
    "name": "Linen Shirt",
    "productGroupID": "LS1",
    "hasVariant": [
        _node(
            "Linen Shirt - White / M",
            "74.00",
            sku="LS1-WM",
            image="https://www.shop.example/images/board-1.jpg",
        ),
        _node("Linen Shirt - Navy / M", "79.00", sku="LS1-NM"),
    ],
}

# the main-product rank's must-not-fire cases: (id, html, title, price)
MAIN_NOT_FIRE = [
    # (fires) an accessory's name holding the page's whole name and richer in fields: the page's own
    # name is the one written whole (HEAD read the accessory: "Walnut Serving Board Oil", 12.00)
    ("fires-accessory-longer-name", _two_ld(_node("Walnut Serving Board Oil", "12.00", sku="OIL", brand="Store"), _node("Walnut Serving Board", "74.00"), "Walnut Serving Board"), "Walnut Serving Board", 74.0),
    # neither name written whole (an SEO name): the richer node, as before (its name kept as written)
    # (the title a careful reader reads is the h1's: the JSON-LD name is an SEO phrase around it, extract._seo_phrase;
    # this case is about which node wins, its price)
    ("seo-name-richer", _two_ld(_node("Buy Walnut Serving Board Online", "74.00", sku="WSB", brand="Store"), _node("Walnut Board Gift", "20.00"), "Walnut Serving Board"), "Walnut Serving Board", 74.0),
    # a @graph-like split of one product: the two nodes fill each other
    ("split-same-name", _two_ld(_node("Walnut Serving Board", "74.00"), {"@context": "https://schema.org", "@type": "Product", "name": "Walnut Serving Board", "sku": "WSB"}, "Walnut Serving Board"), "Walnut Serving Board", 74.0),
    # a ProductGroup: the group's name is written whole, its variants' are not
    ("product-group", page(buy("Linen Shirt", "<div class='price'>$74.00</div>") + ld(GROUP), "Linen Shirt"), "Linen Shirt", 74.0),
]  # fmt: skip


@pytest.mark.parametrize(
    ("html", "title", "price"), [pytest.param(h, t, p, id=i) for i, h, t, p in MAIN_NOT_FIRE]
)
def test_main_product_rank_keeps_ordinary_pages(html: str, title: str, price: float) -> None:
    got = extract_product(html, "https://www.shop.example/products/x") or {}
    assert (got.get("title"), got.get("price")) == (title, pytest.approx(price))


def _og_page(shown: str, regular: str, sale: str | None = None) -> str:
    tags = (
        "<meta property='og:type' content='product'><meta property='og:title' content='Ribbed Wool Beanie'>"
        f"<meta property='product:price:amount' content='{regular}'><meta property='product:price:currency' "
        "content='USD'>"
    )
    if sale:
        tags += f"<meta property='product:sale_price:amount' content='{sale}'>"
    return page(
        buy("Ribbed Wool Beanie", f"<div class='price'><span class='money'>{shown}</span></div>"),
        "Ribbed Wool Beanie",
        tags,
    )


def _spec_page(shown: str, price: str, specs: list[tuple[str, str]]) -> str:
    offer = {
        "@type": "Offer",
        "price": price,
        "priceCurrency": "USD",
        "priceSpecification": [
            {"@type": "UnitPriceSpecification", "price": p, "priceType": f"https://schema.org/{t}"}
            for t, p in specs
        ],
    }
    return _ld_page(
        "", f"<div class='price'>{shown}</div>" if shown else "", offer, name="Canvas Low-Top Sneaker"
    )


# the sale-price rules' cases: (id, html, price)
SALE_NOT_FIRE = [
    ("og-regular-only", _og_page("$32.00", "32.00"), 32.0),
    ("og-sale-higher", _og_page("$32.00", "32.00", "40.00"), 32.0),
    ("ld-strikethrough-spec", _spec_page("$45.00", "45.00", [("StrikethroughPrice", "60.00")]), 45.0),
    ("ld-list-price-spec", _spec_page("$45.00", "45.00", [("ListPrice", "60.00")]), 45.0),
    # a sale that is over: the page shows the regular price the structured data names too (read as
    # before: the lower sale price gives way to the shown one)
    ("og-sale-over", _og_page("$32.00", "32.00", "24.00"), 32.0),
    ("ld-sale-over", _spec_page("$60.00", "60.00", [("SalePrice", "45.00")]), 60.0),
]  # fmt: skip


@pytest.mark.parametrize(("html", "price"), [pytest.param(h, p, id=i) for i, h, p in SALE_NOT_FIRE])
def test_sale_price_rules(html: str, price: float) -> None:
    got = extract_product(html, "https://www.shop.example/products/x") or {}
    assert got.get("price") == pytest.approx(price)


PH = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

# the linked-picture rule's must-not-fire cases: (id, gallery markup, acceptable main images)
LINK_NOT_FIRE = [
    # a lazy thumbnail strip linking large files beside the photo shown: the photo shown stays first
    ("lazy-strip-beside-photo",
     f"<div class='gallery'><div class='main'><img src='/p/mug-front.jpg' alt='Stoneware Mug'></div><ul class='thumbs'>"
     f"<li><a href='/p/mug-front-large.jpg'><img src='{PH}' alt=''></a></li>"
     f"<li><a href='/p/mug-side-large.jpg'><img src='{PH}' alt=''></a></li></ul></div>",
     ("https://www.shop.example/p/mug-front.jpg", "https://www.shop.example/p/mug-front-large.jpg")),
    # a placeholder in a link to another product's page gives nothing; the photo stays
    ("placeholder-product-link",
     f"<div class='gallery'><img src='/p/mug-front.jpg' alt='Stoneware Mug'></div><div class='related'>"
     f"<a href='/products/other-mug'><img src='{PH}' alt='Other Mug'></a></div>",
     ("https://www.shop.example/p/mug-front.jpg",)),
    # a size chart linked around a placeholder after the photo: the photo stays
    ("size-chart-link-after",
     f"<div class='gallery'><img src='/p/mug-front.jpg' alt='Stoneware Mug'></div>"
     f"<a href='/files/size-chart.png' class='size-chart'><img src='{PH}' alt='Size chart'></a>",
     ("https://www.shop.example/p/mug-front.jpg",)),
]  # fmt: skip


@pytest.mark.parametrize(("gallery", "images"), [pytest.param(g, i, id=n) for n, g, i in LINK_NOT_FIRE])
def test_linked_picture_keeps_ordinary_galleries(gallery: str, images: tuple[str, ...]) -> None:
    url = "https://www.shop.example/products/stoneware-mug"
    got = extract_product(
        page(gallery + buy("Stoneware Mug", "<div class='price'>$28.00</div>"), "Stoneware Mug"), url
    )
    assert image_match(((got or {}).get("image_urls") or [None])[0], set(images), url)


# a number written right before the next amount's mark ("Qty 1: $12.99") is no amount where every mark
# of the text stands before a number (price_text._amount_spans); the first four read the bare number
# before (1.0, 1.0, 2.0, 10.0), the others read as before
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Qty 1: $12.99", 12.99),
        ("1-4 $12.99 5-9 $11.49 10+ $9.99", 12.99),
        ("Pack of 2: $19.99", 19.99),
        ("Size 10 $89.99", 89.99),
        ("Was $60.00 Now $45.00 Save $15.00", 45.0),
        ("30 € 25 €", 25.0),
        ("34 € 90 ans", 34.0),
        ("25 € statt 30 €", 25.0),
        ("R$ 199,90 em até 10x de R$ 19,99", 199.9),
        ("$35.00 (2 pack)", 35.0),
        ("2 for $30", 30.0),
        ("45,00 € 60,00 €", 45.0),
        ("12.99 USD", 12.99),
        ("US $29.99", 29.99),
    ],
)
def test_number_before_a_mark_is_no_amount(text: str, amount: float) -> None:
    from knockoff.crawler.heuristics.price_text import shown_price

    assert shown_price(text)[0] == pytest.approx(amount)
