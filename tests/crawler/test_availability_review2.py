"""Availability on US shop product pages without structured data (issue 14, second review).

Each case is a small but realistic product page as US shop platforms render it (Shopify Dawn and
Debut, BigCommerce Cornerstone, WooCommerce, Magento 2, Salesforce Commerce Cloud, Squarespace and
hand-made shops) with no JSON-LD, microdata or OpenGraph availability: what a shopper reads for the
shown product is the only source. The expected value is the schema.org ItemAvailability name a
shopper would read (InStock, OutOfStock, PreOrder, BackOrder, Discontinued); it is compared folded
as benchmarks.bench_extraction folds it (`AVAILABILITY_CLASS`: Discontinued and SoldOut are
OutOfStock, LimitedAvailability is InStock). In-stock pages carry misleading words elsewhere: a
sold-out related card, one sold-out size, a "Back in stock!" banner, a footer "notify me" form.

Rounds 1-2 written before reading the heuristics (crawler/heuristics/controls.py, crawler/values.py,
extract._heuristic_availability); round 3 after reading them, aimed at pre-order/backorder words the
page-text pass reads beside a live buy control. Cases written: 40 pages (rounds of 26, 6 and 8).
First look (commit 80d6bd7, before any change here): 3 of 40 failed (round 1: coming-soon and
sfcc-select-styles; round 2: none; round 3: in-stock-policy-tab). "coming-soon" (a disabled "Coming
Soon" button) was written PreOrder and read OutOfStock: schema.org has no "coming soon" and PreOrder
takes orders, so OutOfStock (as Google Merchant's out_of_stock) is its expectation now, the code
unchanged for it.
Kinds fixed:
1. sfcc-select-styles: a buy control disabled until a variant is chosen, the page asking "Select
   Styles for Availability" (read OutOfStock from the disabled control): `controls._asks_for_choice`,
   used by `controls.waits_for_variant` -> InStock.
2. in-stock-policy-tab: an in-stock page whose "Backorder Policy" tab (Dawn-like collapsible
   `<details>`) read BackOrder: `controls.only_order_terms` (a policy heading, text folded in a closed
   `<details>`), checked in `extract._heuristic_availability`.
Must-not-fire: `test_prompt_for_a_choice`, `test_order_terms` (cases not named "fires-" pass before
and after; the "fires-" ones failed before).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from benchmarks.bench_extraction import AVAILABILITY_CLASS
from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params

HEADER = (
    '<header class="header"><div class="announcement-bar">Free shipping on US orders over $75</div>'
    '<a href="/" class="header__heading-link"><img src="/cdn/shop/files/logo.png" alt="Store"></a>'
    '<nav><a href="/collections/new">New</a> <a href="/collections/sale">Sale</a></nav>'
    '<a href="/cart" class="cart-count">Cart (0)</a></header>'
)
FOOTER = (
    '<footer class="footer"><div class="newsletter"><h2>Join our list</h2>'
    "<p>Be the first to know about new arrivals and restocks.</p>"
    '<form action="/contact#newsletter" method="post"><input type="email" name="contact[email]" '
    'placeholder="Email"><button type="submit">Subscribe</button></form></div>'
    "<p>&copy; 2026 Store. All rights reserved.</p></footer>"
)


def page(main: str, title: str, header: str = HEADER, footer: str = FOOTER) -> str:
    """A whole page: `<title>` "TITLE | Store", header, `main` (gallery + buy box), footer."""
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title} – Store</title>"
        f"</head><body>{header}<main id='MainContent'>{main}</main>{footer}</body></html>"
    )


def gallery(slug: str, name: str) -> str:
    return (
        f"<div class='product__media-wrapper'><img src='/cdn/shop/products/{slug}-1_1200x.jpg' "
        f"alt='{name}' width='1200' height='1200'></div>"
    )


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    availability: str | None  # schema.org ItemAvailability name a shopper reads


CASES: list[Case] = []


def case(id: str, slug: str, name: str, main: str, expected: str | None, **kw: str) -> None:
    url = f"https://www.shop.example/products/{slug}"
    CASES.append(Case(id, url, page(gallery(slug, name) + main, name, **kw), expected))


# ---- Shopify ------------------------------------------------------------------------------------

# Dawn: sold-out badge by the price, the add button disabled and reading "Sold out"
case(
    "dawn-sold-out-badge-button",
    "merino-crew-sweater",
    "Merino Crew Sweater",
    "<div class='product__info-container'><h1 class='product__title'>Merino Crew Sweater</h1>"
    "<div class='price price--sold-out'><div class='price__container'><div class='price__regular'>"
    "<span class='visually-hidden'>Regular price</span><span class='price-item price-item--regular'>"
    "$88.00 USD</span></div></div><span class='badge price__badge-sold-out color-inverse'>Sold out</span>"
    "</div><form method='post' action='/cart/add' class='form' data-type='add-to-cart-form'>"
    "<input type='hidden' name='id' value='40123456789'>"
    "<button type='submit' name='add' class='product-form__submit button button--full-width' disabled>"
    "<span>Sold out</span></button></form></div>",
    "OutOfStock",
)

# Debut: "Sold out" button text only (the badge hidden for the in-stock case) + variant JSON
case(
    "debut-sold-out-variant-json",
    "canvas-tote-natural",
    "Canvas Tote - Natural",
    "<div class='product-single__meta'><h1 class='product-single__title'>Canvas Tote - Natural</h1>"
    "<dl class='price price--sold-out'><dd><span class='price-item price-item--regular' "
    "data-regular-price>$34.00</span></dd><dd class='price__badge price__badge--sold-out'>"
    "<span>Sold out</span></dd></dl>"
    "<form method='post' action='/cart/add' id='product_form_1'>"
    "<select name='id' id='ProductSelect' class='product-form__variants no-js'>"
    "<option disabled='disabled'>Natural - Sold Out</option></select>"
    "<button type='submit' name='add' id='AddToCart' class='btn product-form__cart-submit' "
    "aria-disabled='true' disabled='disabled'><span id='AddToCartText'>Sold out</span></button></form>"
    "<script type='application/json' id='ProductJson-product-template'>{\"id\":6512,"
    '"title":"Canvas Tote - Natural","available":false,"variants":[{"id":4012,'
    '"title":"Natural","available":false,"price":3400}]}</script></div>',
    "OutOfStock",
)

# Dawn in stock, a related-products card is sold out
case(
    "dawn-in-stock-related-sold-out",
    "waxed-canvas-cap",
    "Waxed Canvas Cap",
    "<div class='product__info-container'><h1 class='product__title'>Waxed Canvas Cap</h1>"
    "<div class='price'><span class='price-item price-item--regular'>$42.00 USD</span></div>"
    "<form method='post' action='/cart/add'><input type='hidden' name='id' value='401'>"
    "<button type='submit' name='add' class='product-form__submit button'>Add to cart</button>"
    "<div class='shopify-payment-button'><button class='shopify-payment-button__button'>Buy it now"
    "</button></div></form></div>"
    "<section class='related-products'><h2>You may also like</h2><ul class='grid product-grid'>"
    "<li class='grid__item'><div class='card'><a href='/products/wool-beanie'>Wool Beanie</a>"
    "<span class='badge'>Sold out</span><span class='price-item'>$36.00</span></div></li>"
    "<li class='grid__item'><div class='card'><a href='/products/bucket-hat'>Bucket Hat</a>"
    "<span class='price-item'>$38.00</span></div></li>"
    "<li class='grid__item'><div class='card'><a href='/products/scarf'>Scarf</a>"
    "<span class='badge'>Sold out</span><span class='price-item'>$48.00</span></div></li></ul></section>",
    "InStock",
)

# Dawn in stock, one size of the size selector sold out (struck through, "Sold out" label)
case(
    "dawn-in-stock-one-size-sold-out",
    "trail-runner-shoe",
    "Trail Runner Shoe",
    "<div class='product__info-container'><h1 class='product__title'>Trail Runner Shoe</h1>"
    "<div class='price'><span class='price-item price-item--regular'>$129.00 USD</span></div>"
    "<variant-radios><fieldset class='product-form__input'><legend>Size</legend>"
    "<input type='radio' id='s8' name='Size' value='8' checked><label for='s8'>8</label>"
    "<input type='radio' id='s9' name='Size' value='9' class='disabled'><label for='s9'>9"
    "<span class='visually-hidden label-unavailable'>Variant sold out or unavailable</span></label>"
    "<input type='radio' id='s10' name='Size' value='10'><label for='s10'>10</label></fieldset>"
    "</variant-radios><form method='post' action='/cart/add'><input type='hidden' name='id' value='9'>"
    "<button type='submit' name='add' class='product-form__submit button'>Add to cart</button></form>"
    "</div>",
    "InStock",
)

# Shopify "Back in stock!" banner, in stock
case(
    "back-in-stock-banner",
    "cast-iron-skillet-10",
    "Cast Iron Skillet 10 in",
    "<div class='product-info'><div class='product-badge product-badge--restock'>Back in stock!</div>"
    "<h1>Cast Iron Skillet 10 in</h1><span class='price'>$45.00</span>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button>"
    "</form></div>",
    "InStock",
)

# Shopify sold out with a "Notify me when available" back-in-stock form
case(
    "notify-me-when-available",
    "linen-duvet-cover-queen",
    "Linen Duvet Cover - Queen",
    "<div class='product-single__meta'><h1>Linen Duvet Cover - Queen</h1>"
    "<span class='product-price'>$248.00</span>"
    "<button type='button' class='btn btn--sold-out' disabled>Sold Out</button>"
    "<div class='klaviyo-bis-trigger'><a href='#' class='btn'>Notify me when available</a></div></div>",
    "OutOfStock",
)

# Notify-me form only (no "sold out" words): the add button replaced by the form
case(
    "notify-form-only",
    "ceramic-pour-over-set",
    "Ceramic Pour Over Set",
    "<div class='product__info'><h1>Ceramic Pour Over Set</h1><span class='price'>$64.00</span>"
    "<div class='back-in-stock'><p>This item is out of stock. Enter your email and we'll let you "
    "know when it's back.</p><form><input type='email' placeholder='Email address'>"
    "<button type='submit'>Notify me</button></form></div></div>",
    "OutOfStock",
)

# Pre-order button
case(
    "pre-order-button",
    "field-notes-2027-planner",
    "2027 Field Planner",
    "<div class='product__info-container'><h1 class='product__title'>2027 Field Planner</h1>"
    "<div class='price'><span class='price-item price-item--regular'>$32.00 USD</span></div>"
    "<p class='preorder-note'>Ships in early November.</p>"
    "<form method='post' action='/cart/add'><button type='submit' name='add' "
    "class='product-form__submit button'>Pre-order</button></form></div>",
    "PreOrder",
)

# "Only 2 left in stock" low-stock line, add to cart
case(
    "only-2-left",
    "brass-desk-lamp",
    "Brass Desk Lamp",
    "<div class='product__info-container'><h1 class='product__title'>Brass Desk Lamp</h1>"
    "<div class='price'><span class='price-item'>$189.00</span></div>"
    "<p class='product__inventory'>Only 2 left in stock</p>"
    "<form method='post' action='/cart/add'><button type='submit' name='add'>Add to cart</button>"
    "</form></div>",
    "InStock",
)

# "In stock, ready to ship"
case(
    "in-stock-ready-to-ship",
    "stainless-water-bottle-32oz",
    "Stainless Water Bottle 32 oz",
    "<div class='product__info-container'><h1 class='product__title'>Stainless Water Bottle 32 oz</h1>"
    "<div class='price'><span class='price-item'>$29.95</span></div>"
    "<p class='product__inventory'><svg class='icon'></svg> In stock, ready to ship</p>"
    "<form method='post' action='/cart/add'><button type='submit' name='add'>Add to cart</button>"
    "</form></div>",
    "InStock",
)

# Coming soon: the button "Coming Soon" disabled, nothing to order (schema.org has no "coming soon":
# not orderable is OutOfStock, as Google Merchant's out_of_stock; PreOrder takes orders)
case(
    "coming-soon",
    "heritage-field-jacket",
    "Heritage Field Jacket",
    "<div class='product-info'><h1>Heritage Field Jacket</h1><span class='price'>$325.00</span>"
    "<button type='button' class='btn add-to-cart' disabled>Coming Soon</button></div>",
    "OutOfStock",
)

# ---- BigCommerce ----------------------------------------------------------------------------

# Cornerstone: "Out of stock" in the add-to-cart button, data-product-stock empty, alert message
case(
    "bigcommerce-out-of-stock",
    "garden-hose-nozzle",
    "Garden Hose Nozzle",
    "<div class='productView-details'><h1 class='productView-title'>Garden Hose Nozzle</h1>"
    "<div class='productView-price'><span class='price price--withoutTax' "
    "data-product-price-without-tax>$18.99</span></div>"
    "<dl class='productView-info'><dt class='productView-info-name'>SKU:</dt>"
    "<dd class='productView-info-value' data-product-sku>GHN-200</dd></dl>"
    "<form class='form' method='post' action='/cart.php' data-cart-item-add>"
    "<div class='form-field form-field--stock u-hiddenVisually'><label class='form-label'>Current Stock:"
    "<span data-product-stock></span></label></div>"
    "<div class='alertBox productAttributes-message'><p class='alertBox-message'>"
    "The selected product combination is currently unavailable.</p></div>"
    "<input id='form-action-addToCart' data-wait-message='Adding to cart…' class='button "
    "button--primary' type='submit' value='Out of stock' disabled></form></div>",
    "OutOfStock",
)

# Cornerstone in stock with Current Stock: 14
case(
    "bigcommerce-current-stock",
    "canvas-apron",
    "Canvas Work Apron",
    "<div class='productView-details'><h1 class='productView-title'>Canvas Work Apron</h1>"
    "<div class='productView-price'><span class='price price--withoutTax'>$39.00</span></div>"
    "<form class='form' method='post' action='/cart.php' data-cart-item-add>"
    "<div class='form-field form-field--stock'><label class='form-label'>Current Stock:"
    "<span data-product-stock>14</span></label></div>"
    "<input id='form-action-addToCart' class='button button--primary' type='submit' "
    "value='Add to Cart'></form></div>",
    "InStock",
)

# ---- WooCommerce ----------------------------------------------------------------------------

case(
    "woo-out-of-stock",
    "hand-thrown-mug",
    "Hand-Thrown Mug",
    "<div class='summary entry-summary'><h1 class='product_title entry-title'>Hand-Thrown Mug</h1>"
    "<p class='price'><span class='woocommerce-Price-amount amount'><bdi>"
    "<span class='woocommerce-Price-currencySymbol'>$</span>28.00</bdi></span></p>"
    "<div class='woocommerce-product-details__short-description'><p>Stoneware, 12 oz.</p></div>"
    "<p class='stock out-of-stock'>Out of stock</p>"
    "<div class='product_meta'><span class='sku_wrapper'>SKU: <span class='sku'>MUG-12</span></span>"
    "</div></div>",
    "OutOfStock",
)

case(
    "woo-backorder",
    "oak-cutting-board",
    "Oak Cutting Board",
    "<div class='summary entry-summary'><h1 class='product_title entry-title'>Oak Cutting Board</h1>"
    "<p class='price'><span class='woocommerce-Price-amount amount'><bdi>"
    "<span class='woocommerce-Price-currencySymbol'>$</span>75.00</bdi></span></p>"
    "<p class='stock available-on-backorder'>Available on backorder</p>"
    "<form class='cart' method='post'><div class='quantity'><input type='number' name='quantity' "
    "value='1'></div><button type='submit' name='add-to-cart' value='512' "
    "class='single_add_to_cart_button button alt'>Add to cart</button></form></div>",
    "BackOrder",
)

case(
    "woo-in-stock-count",
    "beeswax-candle",
    "Beeswax Pillar Candle",
    "<div class='summary entry-summary'><h1 class='product_title entry-title'>Beeswax Pillar Candle</h1>"
    "<p class='price'><span class='woocommerce-Price-amount amount'><bdi>"
    "<span class='woocommerce-Price-currencySymbol'>$</span>22.00</bdi></span></p>"
    "<p class='stock in-stock'>7 in stock</p>"
    "<form class='cart' method='post'><button type='submit' name='add-to-cart' value='77' "
    "class='single_add_to_cart_button button alt'>Add to cart</button></form></div>"
    "<section class='related products'><h2>Related products</h2><ul class='products'>"
    "<li class='product outofstock'><a href='/product/taper-pair'><h2>Taper Pair</h2>"
    "<span class='price'>$14.00</span></a><a class='button'>Read more</a></li></ul></section>",
    "InStock",
)

# ---- Magento 2 ------------------------------------------------------------------------------

case(
    "magento2-unavailable",
    "yoga-mat-6mm",
    "Yoga Mat 6mm",
    "<div class='product-info-main'><div class='page-title-wrapper product'><h1 class='page-title'>"
    "<span class='base'>Yoga Mat 6mm</span></h1></div><div class='product-info-price'>"
    "<div class='price-box price-final_price'><span class='price-container'><span class='price-wrapper'>"
    "<span class='price'>$49.00</span></span></span></div><div class='product-info-stock-sku'>"
    "<div class='stock unavailable' title='Availability'><span>Out of stock</span></div>"
    "<div class='product attribute sku'><strong class='type'>SKU</strong>"
    "<div class='value'>YM-6</div></div></div></div></div>",
    "OutOfStock",
)

case(
    "magento2-available",
    "foam-roller",
    "Foam Roller 18 in",
    "<div class='product-info-main'><div class='page-title-wrapper product'><h1 class='page-title'>"
    "<span class='base'>Foam Roller 18 in</span></h1></div><div class='product-info-price'>"
    "<div class='price-box price-final_price'><span class='price'>$24.00</span></div>"
    "<div class='product-info-stock-sku'><div class='stock available' title='Availability'>"
    "<span>In stock</span></div></div></div><div class='box-tocart'><button type='submit' "
    "title='Add to Cart' class='action primary tocart' id='product-addtocart-button'>"
    "<span>Add to Cart</span></button></div></div>",
    "InStock",
)

# ---- Salesforce Commerce Cloud ---------------------------------------------------------------

case(
    "sfcc-select-styles",
    "stretch-chino-pant",
    "Stretch Chino Pant",
    "<div class='product-detail'><h1 class='product-name'>Stretch Chino Pant</h1>"
    "<div class='prices'><span class='sales'><span class='value' content='69.50'>$69.50</span></span>"
    "</div><div class='attribute'><span>Size</span><ul><li><button class='size-value' "
    "data-attr-value='30'>30</button></li><li><button class='size-value' data-attr-value='32'>32"
    "</button></li></ul></div><div class='availability product-availability' data-ready-to-order='false'"
    " data-available='true'><div class='availability-msg'><div>Select Styles for Availability</div>"
    "</div></div><button class='add-to-cart btn btn-primary' disabled>Add to Bag</button></div>",
    "InStock",
)

case(
    "sfcc-currently-unavailable",
    "quilted-vest",
    "Quilted Vest",
    "<div class='product-detail'><h1 class='product-name'>Quilted Vest</h1>"
    "<div class='prices'><span class='sales'><span class='value'>$98.00</span></span></div>"
    "<div class='availability product-availability' data-ready-to-order='false' data-available='false'>"
    "<ul class='availability-msg'><li><div>This item is currently unavailable.</div></li></ul></div>"
    "<button class='add-to-cart btn btn-primary' disabled>Add to Bag</button></div>",
    "OutOfStock",
)

# ---- Squarespace ----------------------------------------------------------------------------

case(
    "squarespace-sold-out",
    "risograph-print-a3",
    "Risograph Print A3",
    "<div class='ProductItem-details'><h1 class='ProductItem-details-title'>Risograph Print A3</h1>"
    "<div class='product-price'>$40.00</div><div class='ProductItem-details-excerpt'><p>Two-colour "
    "riso on 100lb paper.</p></div><div class='product-mark sold-out'>Sold Out</div>"
    "<div class='sqs-add-to-cart-button-wrapper'><div class='sqs-add-to-cart-button sqs-suppress-edit-"
    "mode sqs-editable-button sqs-button-element--primary' role='button' tabindex='0'>"
    "<div class='sqs-add-to-cart-button-inner'>Sold Out</div></div></div></div>",
    "OutOfStock",
)

# ---- other kinds ----------------------------------------------------------------------------

case(
    "discontinued",
    "classic-thermos-16oz",
    "Classic Thermos 16 oz",
    "<div class='product-details'><h1>Classic Thermos 16 oz</h1><span class='price'>$24.99</span>"
    "<p class='product-status'><strong>Discontinued</strong> – This item is no longer available.</p>"
    "<a href='/collections/thermos' class='btn'>Shop similar items</a></div>",
    "Discontinued",
)

case(
    "backorder-button",
    "walnut-bookshelf",
    "Walnut Bookshelf",
    "<div class='product-info'><h1>Walnut Bookshelf</h1><span class='price'>$699.00</span>"
    "<p class='ship-note'>Expected to ship in 6-8 weeks</p><form action='/cart/add' method='post'>"
    "<button type='submit' class='btn add-to-cart'>Backorder</button></form></div>",
    "BackOrder",
)

case(
    "temporarily-out-of-stock",
    "espresso-grinder",
    "Burr Espresso Grinder",
    "<div class='product-info'><h1>Burr Espresso Grinder</h1><span class='price'>$279.00</span>"
    "<p class='inventory-status'>Temporarily out of stock</p>"
    "<button type='button' class='btn add-to-cart' disabled>Add to cart</button></div>",
    "OutOfStock",
)

# in stock page with a footer "Notify me" newsletter
case(
    "in-stock-footer-notify",
    "linen-napkins-set-4",
    "Linen Napkins, Set of 4",
    "<div class='product-info'><h1>Linen Napkins, Set of 4</h1><span class='price'>$38.00</span>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button>"
    "</form></div>",
    "InStock",
    footer=(
        "<footer><div class='newsletter'><h2>Never miss a restock</h2><p>Sold out of your favorite? "
        "Get notified when it's back.</p><form><input type='email'><button>Notify me</button></form>"
        "</div></footer>"
    ),
)

# Dawn sold out, but the price area also shows "Sale" badge hidden and a "Back in stock soon" note
case(
    "sold-out-back-soon",
    "down-throw-blanket",
    "Down Throw Blanket",
    "<div class='product__info-container'><h1 class='product__title'>Down Throw Blanket</h1>"
    "<div class='price price--sold-out'><span class='price-item price-item--regular'>$159.00 USD</span>"
    "<span class='badge price__badge-sold-out'>Sold out</span></div>"
    "<p class='restock-note'>Back in stock soon</p>"
    "<form method='post' action='/cart/add'><button type='submit' name='add' "
    "class='product-form__submit button' disabled><span>Sold out</span></button></form></div>",
    "OutOfStock",
)

# ---- round 2: hidden badges, variant options, order words beside an enabled button ---------------

# Debut in stock: the sold-out badge always in the markup, shown only under `price--sold-out` (CSS)
case(
    "debut-in-stock-hidden-badge",
    "field-watch-38mm",
    "Field Watch 38mm",
    "<div class='product-single__meta'><h1 class='product-single__title'>Field Watch 38mm</h1>"
    "<dl class='price price--on-sale' data-price><div class='price__regular'><dd>"
    "<span class='price-item price-item--regular' data-regular-price>$145.00</span></dd></div>"
    "<div class='price__badges'><span class='price__badge price__badge--sale' aria-hidden='true'>"
    "<span>Sale</span></span><span class='price__badge price__badge--sold-out'><span>Sold out</span>"
    "</span></div></dl><form method='post' action='/cart/add'>"
    "<select name='id' id='ProductSelect'><option selected value='1'>Black</option>"
    "<option disabled value='2'>Olive - Sold Out</option></select>"
    "<button type='submit' name='add' id='AddToCart' class='btn product-form__cart-submit'>"
    "<span id='AddToCartText'>Add to cart</span></button></form></div>",
    "InStock",
)

# pre-order text beside an enabled add-to-cart button
case(
    "pre-order-note-add-button",
    "limited-vinyl-lp",
    "Limited Edition Vinyl LP",
    "<div class='product-info'><h1>Limited Edition Vinyl LP</h1><span class='price'>$34.99</span>"
    "<p class='product-note'><strong>Pre-order:</strong> ships on or around March 15.</p>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button>"
    "</form></div>",
    "PreOrder",
)

# backordered text beside an enabled add-to-cart button
case(
    "backordered-note-add-button",
    "rattan-lounge-chair",
    "Rattan Lounge Chair",
    "<div class='product-info'><h1>Rattan Lounge Chair</h1><span class='price'>$549.00</span>"
    "<p class='inventory'>Backordered &ndash; ships in 3-4 weeks</p>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button>"
    "</form></div>",
    "BackOrder",
)

# "No longer available" with no buy button
case(
    "no-longer-available",
    "retro-radio",
    "Retro AM/FM Radio",
    "<div class='product-info'><h1>Retro AM/FM Radio</h1><span class='price'>$59.00</span>"
    "<p class='availability'>This product is no longer available.</p></div>",
    "Discontinued",
)

# "Low stock" badge, in stock
case(
    "low-stock-badge",
    "silk-pillowcase",
    "Silk Pillowcase",
    "<div class='product-info'><h1>Silk Pillowcase</h1><span class='price'>$69.00</span>"
    "<span class='badge badge--low-stock'>Low stock</span>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button>"
    "</form></div>",
    "InStock",
)

# a size must be chosen first: the add button disabled with "Select a size"
case(
    "select-size-disabled-button",
    "organic-cotton-tee",
    "Organic Cotton Tee",
    "<div class='product-info'><h1>Organic Cotton Tee</h1><span class='price'>$28.00</span>"
    "<div class='swatches'><button class='swatch'>S</button><button class='swatch'>M</button>"
    "<button class='swatch'>L</button></div>"
    "<button type='submit' class='btn add-to-cart' disabled>Select a size</button></div>",
    "InStock",
)

# ---- round 3: stray order words on in-stock pages, bare "Unavailable", price replaced -----------

# Debut's unavailable variant: the submit reads "Unavailable", disabled
case(
    "debut-unavailable-button",
    "leather-card-wallet",
    "Leather Card Wallet",
    "<div class='product-single__meta'><h1 class='product-single__title'>Leather Card Wallet</h1>"
    "<span class='price-item price-item--regular'>$55.00</span>"
    "<form method='post' action='/cart/add'><input type='hidden' name='id' value='77'>"
    "<button type='submit' name='add' id='AddToCart' class='btn product-form__cart-submit' disabled>"
    "<span id='AddToCartText'>Unavailable</span></button></form></div>",
    "OutOfStock",
)

# the price replaced by "Sold Out", no buy form at all
case(
    "price-replaced-sold-out",
    "vintage-denim-jacket-m",
    "Vintage Denim Jacket (M)",
    "<div class='product-info'><h1>Vintage Denim Jacket (M)</h1>"
    "<div class='product-price'><span class='sold-out-text'>Sold Out</span> <s>$120.00</s></div>"
    "<div class='rte'><p>One of a kind. Measurements: pit to pit 21in, length 26in.</p></div></div>",
    "OutOfStock",
)

# out of stock: the add form hidden, a "Join the waitlist" button and a live wishlist button
case(
    "waitlist-and-wishlist",
    "cashmere-beanie",
    "Cashmere Beanie",
    "<div class='product-info'><h1>Cashmere Beanie</h1><span class='price'>$95.00</span>"
    "<form action='/cart/add' method='post' hidden><button type='submit' name='add'>Add to cart</button>"
    "</form><button type='button' class='btn waitlist-btn'>Join the waitlist</button>"
    "<button type='button' class='wishlist-btn'>Add to wishlist</button></div>",
    "OutOfStock",
)

# in stock, a site-wide promo strip inside the main area announcing pre-orders of another collection
case(
    "in-stock-preorder-promo-strip",
    "chambray-shirt",
    "Chambray Work Shirt",
    "<div class='promo-strip'><a href='/collections/fall'>Pre-order the Fall collection now</a></div>"
    "<div class='product-info'><h1>Chambray Work Shirt</h1><span class='price'>$78.00</span>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button>"
    "</form></div>",
    "InStock",
)

# in stock, a policy tab titled for pre-orders and backorders under the buy box
case(
    "in-stock-policy-tab",
    "teak-shower-bench",
    "Teak Shower Bench",
    "<div class='product-info'><h1>Teak Shower Bench</h1><span class='price'>$189.00</span>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button>"
    "</form><div class='accordion'><details><summary>Shipping &amp; Returns</summary><p>Ships in 1-2 "
    "business days.</p></details><details><summary>Backorder Policy</summary><p>If an item you ordered "
    "goes on backorder we will email you with an estimated ship date.</p></details></div></div>",
    "InStock",
)

# in stock, one "complete the look" item (not a row of cards) marked Pre-order
case(
    "in-stock-one-teaser-preorder",
    "wool-overcoat",
    "Wool Overcoat",
    "<div class='product-info'><h1>Wool Overcoat</h1><span class='price'>$420.00</span>"
    "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button>"
    "</form></div><aside class='complete-the-look'><h3>Complete the look</h3>"
    "<a href='/products/cashmere-scarf'><img src='/cdn/shop/products/scarf.jpg' alt='Cashmere Scarf'></a>"
    "<p><a href='/products/cashmere-scarf'>Cashmere Scarf</a></p><p class='tag'>Pre-order</p>"
    "<p>$140.00</p></aside>",
    "InStock",
)

# out of stock: disabled "Add to cart" and a plain "Sold out" line under the price
case(
    "disabled-add-sold-out-line",
    "pottery-vase-tall",
    "Tall Pottery Vase",
    "<div class='product-info'><h1>Tall Pottery Vase</h1><span class='price'>$110.00</span>"
    "<p><em>Sold out</em></p>"
    "<form action='/cart/add' method='post'><button type='submit' name='add' disabled>Add to cart</button>"
    "</form></div>",
    "OutOfStock",
)

# Magento 2 out of stock with the stock alert link
case(
    "magento2-stock-alert",
    "trail-backpack-30l",
    "Trail Backpack 30L",
    "<div class='product-info-main'><h1 class='page-title'><span class='base'>Trail Backpack 30L</span>"
    "</h1><div class='price-box'><span class='price'>$139.00</span></div>"
    "<div class='product-info-stock-sku'><div class='stock unavailable'><span>Out of stock</span></div>"
    "</div><div class='product alert stock'><a href='#' data-post='{}' class='action alert'>Notify me "
    "when this product is in stock</a></div></div>",
    "OutOfStock",
)


def fold(name: str | None) -> str | None:
    return AVAILABILITY_CLASS.get(name, name) if name else None


@pytest.mark.parametrize("c", case_params(CASES))
def test_availability(c: Case) -> None:
    got = extract_product(c.html, c.url) or {}
    assert fold(got.get("availability")) == fold(c.availability), got.get("availability")


# ---- must-not-fire: the rules of this review leave ordinary pages as they were ------------------


def _sfcc(
    message: str,
    button: str = "<button class='add-to-cart btn btn-primary' disabled>Add to Bag</button>",
    around: str = "",
) -> str:
    """An SFCC-like buy box: title, price, an availability block with `message`, the `button`;
    `around` after the box (related cards)."""
    return page(
        gallery("twill-shirt", "Twill Shirt")
        + "<div class='product-detail'><h1 class='product-name'>Twill Shirt</h1>"
        "<div class='prices'><span class='sales'><span class='value'>$59.50</span></span></div>"
        f"<div class='availability product-availability'><div class='availability-msg'>{message}</div></div>"
        f"{button}</div>{around}",
        "Twill Shirt",
    )


_CARDS = "".join(
    f"<div class='product-tile'><a href='/p/{n}'><img src='/i/{n}.jpg' alt='{n}'></a><a href='/p/{n}'>{n}</a>"
    f"<span class='price'>$39.00</span><div class='tile-note'>Select Size for Availability</div></div>"
    for n in ("Oxford Shirt", "Flannel Shirt", "Linen Shirt")
)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # the rule's own cases: a disabled control beside a prompt for a choice
        pytest.param(_sfcc("<div>Select Styles for Availability</div>"), "InStock", id="fires-styles"),
        pytest.param(_sfcc("<p>Please select a size to see availability.</p>"), "InStock", id="fires-size"),
        pytest.param(_sfcc("<p>Choose size &amp; color to check stock</p>"), "InStock", id="fires-two-words"),
        # a disabled control and no prompt: out of stock as before
        pytest.param(_sfcc(""), "OutOfStock", id="no-prompt"),
        # the prompt only in other products' tiles
        pytest.param(
            _sfcc("", around=f"<div class='recommendations'>{_CARDS}</div>"), "OutOfStock", id="cards"
        ),
        # the prompt beside a control saying sold out
        pytest.param(
            _sfcc(
                "<div>Select Styles for Availability</div>",
                "<button class='add-to-cart' disabled>Sold Out</button>",
            ),
            "OutOfStock",
            id="sold-control",
        ),
        # a store pickup's prompt: about stores, not the item's variants
        pytest.param(_sfcc("<p>Select a size to see in-store availability</p>"), "OutOfStock", id="in-store"),
        # the prompt hidden (a template shown by a script)
        pytest.param(
            _sfcc(
                "<div class='d-none'>Select Styles for Availability</div><p>This item is currently unavailable.</p>"
            ),
            "OutOfStock",
            id="hidden-prompt",
        ),
    ],
)
def test_prompt_for_a_choice(html: str, expected: str) -> None:
    got = extract_product(html, "https://www.shop.example/p/twill-shirt") or {}
    assert got.get("availability") == expected


def _shop(state: str, tabs: str) -> str:
    """A plain buy box: title, price, `state` markup (a note, the buy form), then `tabs`."""
    return page(
        gallery("teak-stool", "Teak Stool")
        + f"<div class='product-info'><h1>Teak Stool</h1><span class='price'>$129.00</span>{state}{tabs}</div>",
        "Teak Stool",
    )


_ADD = "<form action='/cart/add' method='post'><button type='submit' name='add'>Add to cart</button></form>"
_POLICY_TAB = (
    "<details><summary>Backorder Policy</summary><p>If an item you ordered goes on backorder we will "
    "email you with an estimated ship date.</p></details>"
)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # the rule's own cases: words only in a policy heading or a closed tab
        pytest.param(_shop("", _ADD + _POLICY_TAB), "InStock", id="fires-policy-tab"),
        pytest.param(_shop("", _ADD + "<h3>Pre-order FAQ</h3>"), "InStock", id="fires-faq-heading"),
        pytest.param(
            _shop(
                "",
                _ADD
                + "<details><summary>Shipping</summary><p>Pre-order items ship on release day.</p></details>",
            ),
            "InStock",
            id="fires-closed-tab",
        ),
        # the item's own state beside such a tab stays
        pytest.param(
            _shop("<p class='stock available-on-backorder'>Available on backorder</p>" + _ADD, _POLICY_TAB),
            "BackOrder",
            id="backorder-note-and-tab",
        ),
        pytest.param(
            _shop(
                "<form action='/cart/add'><button type='submit' name='add'>Pre-order</button></form>",
                "<h3>Pre-order Policy</h3>",
            ),
            "PreOrder",
            id="preorder-button-and-policy",
        ),
        # an open tab is shown; a summary stating the state is the state
        pytest.param(
            _shop(
                _ADD,
                "<details open><summary>Availability</summary><p>Backordered – ships in 3 weeks</p></details>",
            ),
            "BackOrder",
            id="open-tab",
        ),
        pytest.param(
            _shop(_ADD, "<details><summary>Pre-order: ships March 15</summary><p>Details</p></details>"),
            "PreOrder",
            id="summary-states",
        ),
    ],
)
def test_order_terms(html: str, expected: str) -> None:
    got = extract_product(html, "https://www.shop.example/products/teak-stool") or {}
    assert got.get("availability") == expected
