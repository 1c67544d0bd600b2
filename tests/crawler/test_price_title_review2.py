"""Second review of price and title on US shop product pages (issue 14).

Each case is a product page as the platforms US shops use render it (Shopify's Dawn and Debut,
BigCommerce Cornerstone, WooCommerce, Magento 2 Luma, Salesforce Commerce Cloud SFRA, Squarespace,
Wix, custom Next.js pages and older custom carts), about half with JSON-LD / OpenGraph and half with
no structured data, with the price a shopper pays for the shown item (to the cent; a range or a
"from" price: its lowest, as test_us_shop_review's AggregateOffer cases) and the product's name as
the page shows it: the same words (`bench_extraction._tokens`), stricter than the benchmark's
`title_match`, which each title message says passes ("bench-ok") or not. Pages aim at the kinds the
first review (test_us_shop_review.py) did not write: sale markup of each platform ("Regular price" /
"Sale price" / "Unit price" spans, `<del>`/`<ins>` with screen-reader text, "Was / Now", MSRP,
"List Price", Wix's secondary / primary prices), "from" and "Starting at" prices and ranges, member
and subscribe-and-save prices, bundle pickers and tier or bulk tables, gift-card amounts, shipping
and spend thresholds, mini-cart "$0.00", Shop Pay / Afterpay / Klarna lines, rewards points, split
and screen-reader prices, data attributes, strips of other products before the product, currency
selectors and tax notes; titles with a brand link, badges, spans, variants, SEO og:titles, review
and SKU lines, hidden mobile h1s, breadcrumbs and header h1 logos.

First look (commit 7fd73c2, before any change here). Round 1 (42 cases, written before reading the
heuristics): 9 failed. Round 2 (14 cases, "r2-", written after reading prices, price_text, amounts,
titles and extract): 2 failed, one of a kind round 1's fixes had mended (r2-og-shop-first-seo), one
new (r2-dawn-regular-unit-price). Round 3 (11 cases, "r3-", written after round 2's fixes): 4 failed
at 7fd73c2, one of them mended by round 1's SEO-title rule (r3-og-variant-single-value), two of one
new kind (r3-dawn-labels-glued, r3-sqs-sold-out-sale), one left (r3-dawn-related-cards-regular,
`XFAIL`: the fix also mends another helper's strict xfail). Kinds fixed:

- price: a unit price written with its quantity's number ("$4.50 / 1 Fl Oz", Wix) taken as the sale
  price beside the price, which then replaced the JSON-LD one (`amounts.per_unit_tail` reads the
  words after the last amount; "fl oz" a unit; "Price per unit" a unit-price label);
- price: another product's price in a "Recently viewed" / "You may also like" strip over the
  product's one price, named "regular" (Dawn's `price-item--regular`), or over a current price
  named by nothing beside such a "Reg." one ("Our price: $40.00") (`prices._outside_strip`);
- price: a whole price written for screen readers beside its split look kept from them
  (`aria-hidden`: "$49.99" and "$ 49 99" read 49.0) (`prices._amount` reads the spoken text);
- price: a block named for prices around a promotion, the price and Klarna ("Spend $100, get $20
  off" read 100) (`prices._block_penalty`);
- price: Dawn's unit price span ("$2.40 / per 100ml" in `small.unit-price`) read as the price of a
  product not on sale (`prices._in_unit_price` with `per_unit_tail`, "/ per 100ml");
- price: an old-price label left dangling at the end of a price text once the struck or old part it
  names, written last, is left out (Dawn's "Sale price $120.00 Regular price <s>$150.00</s>" read
  as labels after their amounts, the "Save $30.00" badge's amount taken; Squarespace's "Sale Price:
  $64.00 Original Price:" set apart as an old price, the JSON-LD regular price kept)
  (`price_text.label_left_out`);
- title: an og:title written as an SEO title in "|" parts over the h1 ("Buy Sourwood Honey Online |
  Rare Appalachian Honey", "Selvedge Denim Jean | Men's Raw Denim Jeans | Free Shipping")
  (`titles.seo_title_of`);
- title: og:title or a Product name with the chosen variant's option values ("Heavyweight Hoodie -
  Forest / M") over the h1 (`extract._variant_named`).

One expectation follows the project's rule instead (bc-was-price-brand-h1-logo: the <title>'s fuller
form with the brand shown above the h1, `titles.fuller_title`; dropping the brand changed 4 dev-dump
titles the earlier reviews chose). All cases but the one in `XFAIL` pass after the fixes; each fix has must-not-fire cases
below (`PRICE_NOT_FIRE`, `test_seo_title_of`, `test_variant_named`), passing before and after unless
named "fires-" (wrong before the fix, the rule's kind). Dev dump (342 runs): 0 differ.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from benchmarks.bench_extraction import _tokens, title_match
from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def og(**props: str) -> str:
    """OpenGraph meta tags; `product_price_amount` -> `product:price:amount`, `og_title` -> og:title."""
    out = []
    for key, value in props.items():
        prop = key.replace("og_", "og:").replace("product_", "product:").replace("price_", "price:")
        out.append(f'<meta property="{prop}" content="{value}">')
    return "".join(out)


def product_ld(name: str, offers: dict | list, image: str, **more: object) -> str:
    return ld(
        {
            "@context": "https://schema.org/",
            "@type": "Product",
            "name": name,
            "image": [image],
            "offers": offers,
            **more,
        }
    )


def offer(price: str, url: str = "", **more: object) -> dict:
    o = {
        "@type": "Offer",
        "price": price,
        "priceCurrency": "USD",
        "availability": "https://schema.org/InStock",
    }
    if url:
        o["url"] = url
    o.update(more)
    return o


# ---- platform shells: the head, header and footer each platform's themes render ----------------

SHOPIFY_HEADER = (
    "<a class='skip-to-content-link visually-hidden' href='#MainContent'>Skip to content</a>"
    "<div class='announcement-bar' role='region'><p class='announcement-bar__message'>Free shipping on "
    "orders over $50 &middot; Easy returns</p></div>"
    "<header class='header header--middle-left'><a href='/' class='header__heading-link'>"
    "<img src='//cdn.shopify.com/s/files/1/0555/0123/files/logo.png?v=1650000000&amp;width=300' "
    "alt='Pine &amp; Pour' class='header__heading-logo'></a>"
    "<nav class='header__inline-menu'><ul class='list-menu'><li><a href='/collections/all'>Shop all</a></li>"
    "<li><a href='/collections/new'>New</a></li><li><a href='/pages/about'>About</a></li></ul></nav>"
    "<localization-form><form><button class='disclosure__button' aria-expanded='false'>United States "
    "(USD $)</button><ul hidden><li><a href='#'>Canada (CAD $)</a></li><li><a href='#'>United Kingdom "
    "(GBP &pound;)</a></li></ul></form></localization-form>"
    "<a href='/cart' class='header__icon header__icon--cart' id='cart-icon-bubble'><span class='visually-hidden'>"
    "Cart</span></a></header>"
    "<cart-drawer class='drawer is-empty'><div class='drawer__inner'><h2 class='cart__empty-text'>Your cart "
    "is empty</h2><div class='totals'><h2 class='totals__subtotal'>Subtotal</h2><p class='totals__subtotal-"
    "value'>$0.00 USD</p></div></div></cart-drawer>"
)
SHOPIFY_FOOTER = (
    "<footer class='footer'><div class='footer-block'><h2>Join our email list</h2><p>Get 10% off your first "
    "order.</p></div><ul class='list list-payment'><li>Visa</li><li>Mastercard</li><li>Shop Pay</li></ul>"
    "<small class='copyright__content'>&copy; 2026, Pine &amp; Pour Powered by Shopify</small></footer>"
)


def shopify(body: str, title: str, head: str = "", header: str = SHOPIFY_HEADER) -> str:
    return (
        f"<!doctype html><html class='no-js' lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<link rel='canonical' href='https://pineandpour.example/products/x'>{head}</head>"
        f"<body class='template-product'>{header}<main id='MainContent' class='content-for-layout'>{body}"
        f"</main>{SHOPIFY_FOOTER}</body></html>"
    )


BC_HEADER = (
    "<div class='banners'><div class='banner'><p>Free ground shipping on orders over $75!</p></div></div>"
    "<header class='header' role='banner'><h1 class='header-logo header-logo--center'><a href='/' "
    "class='header-logo__link'><span class='header-logo-text'>Trailhead Outfitters</span></a></h1>"
    "<nav class='navUser'><ul class='navUser-section'><li class='navUser-item'><a class='navUser-action' "
    "href='/compare'>Compare</a></li><li class='navUser-item'><a class='navUser-action' href='/login.php'>"
    "Sign in</a></li><li class='navUser-item navUser-item--cart'><a class='navUser-action' href='/cart.php'>"
    "<span class='navUser-item-cartLabel'>Cart</span> <span class='countPill'>0</span></a></li></ul></nav>"
    "<nav class='navPages'><ul><li><a href='/camping/'>Camping</a></li><li><a href='/hiking/'>Hiking</a></li>"
    "</ul></nav></header>"
)


def bigcommerce(body: str, title: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html class='no-js' lang='en'><head><title>{title}</title>{head}</head>"
        f"<body>{BC_HEADER}<main class='body' id='main-content'><div class='container'>{body}</div></main>"
        "<footer class='footer'><p class='powered-by'>&copy; Trailhead Outfitters 2026</p></footer></body></html>"
    )


WOO_HEADER = (
    "<header id='masthead' class='site-header'><div class='site-branding'><p class='site-title'><a href='/' "
    "rel='home'>Blue Ridge Bee Farm</a></p><p class='site-description'>Raw honey from the Blue Ridge</p></div>"
    "<nav id='site-navigation' class='main-navigation'><ul class='menu'><li><a href='/shop/'>Shop</a></li>"
    "<li><a href='/about/'>About</a></li></ul></nav><ul id='site-header-cart' class='site-header-cart menu'>"
    "<li><a class='cart-contents' href='/cart/' title='View your shopping cart'><span class='woocommerce-"
    "Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>&#36;</span>0.00</bdi></span>"
    " <span class='count'>0 items</span></a></li></ul></header>"
)


def woo(body: str, title: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en-US'><head><meta charset='UTF-8'><title>{title}</title>{head}</head>"
        f"<body class='product-template-default single single-product woocommerce'>{WOO_HEADER}"
        f"<div id='content' class='site-content'><div id='primary' class='content-area'><main id='main' "
        f"class='site-main'>{body}</main></div></div><footer class='site-footer'>&copy; 2026 Blue Ridge Bee Farm"
        "</footer></body></html>"
    )


def woo_crumb(*crumbs: str) -> str:
    return (
        "<nav class='woocommerce-breadcrumb'>"
        + " / ".join(f"<a href='/'>{c}</a>" for c in crumbs[:-1])
        + f" / {crumbs[-1]}</nav>"
    )


M2_HEADER = (
    "<div class='page-wrapper'><header class='page-header'><div class='panel wrapper'><div class='panel "
    "header'><ul class='header links'><li class='greet welcome'><span class='not-logged-in'>Default welcome "
    "msg!</span></li><li class='authorization-link'><a href='/customer/account/login/'>Sign In</a></li></ul>"
    "</div></div><div class='header content'><a class='logo' href='/' title='Harbor Home'><img "
    "src='/static/frontend/Harbor/default/en_US/images/logo.svg' alt='Harbor Home' width='170'></a>"
    "<div data-block='minicart' class='minicart-wrapper'><a class='action showcart' href='/checkout/cart/'>"
    "<span class='text'>My Cart</span><span class='counter qty empty'><span class='counter-number'>0</span>"
    "</span></a></div><div class='block block-search'><input id='search' type='text' name='q' "
    "placeholder='Search entire store here...'></div></div></header>"
)


def magento2(body: str, title: str, head: str = "") -> str:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body class='catalog-product-view product-x page-layout-1column'>{M2_HEADER}"
        "<div class='breadcrumbs'><ul class='items'><li class='item home'><a href='/'>Home</a></li>"
        "<li class='item category'><a href='/kitchen.html'>Kitchen</a></li></ul></div>"
        f"<main id='maincontent' class='page-main'><div class='columns'><div class='column main'>{body}"
        "</div></div></main><footer class='page-footer'><small class='copyright'>Copyright &copy; 2013-present "
        "Magento, Inc. All rights reserved.</small></footer></div></body></html>"
    )


def m2_title(name: str) -> str:
    return (
        "<div class='page-title-wrapper product'><h1 class='page-title'><span class='base' data-ui-id="
        f"'page-title-wrapper' itemprop='name'>{name}</span></h1></div>"
    )


SFCC_HEADER = (
    "<header><div class='header-banner slide-up'><div class='content'>Free shipping on orders $99+</div></div>"
    "<nav role='navigation'><div class='header container'><div class='navbar-header brand'><a class='logo-home'"
    " href='/' title='Cascade Apparel Home'><img src='/on/demandware.static/Sites-cascade-Site/-/default/"
    "dw1a2b3c4d/images/logo.svg' alt='Cascade Apparel'></a></div><div class='minicart' data-action-url="
    "'/on/demandware.store/Sites-cascade-Site/en_US/Cart-MiniCartShow'><div class='minicart-total'><a "
    "class='minicart-link' href='/cart' title='Cart 0 Items'><span class='minicart-quantity'>0</span></a>"
    "</div></div></div></nav></header>"
)


def sfcc(body: str, title: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset=UTF-8><title>{title}</title>{head}</head><body>"
        f"<div class='page' data-action='Product-Show' data-querystring='pid=M1234'>{SFCC_HEADER}"
        f"<div role='main' id='maincontent'>{body}</div><footer id='footercontent'><div class='copyright-notice'>"
        "&copy; 2026 Cascade Apparel, Inc.</div></footer></div></body></html>"
    )


def sfcc_prices(inner: str) -> str:
    return f"<div class='prices'><div class='price'>{inner}</div></div>"


SQS_HEADER = (
    "<header class='Header Header--top'><div class='Header-inner'><div class='Header-branding'>"
    "<h1 class='Header-branding-logo'><a href='/'>Clay &amp; Kiln Studio</a></h1></div><nav class='Header-nav'>"
    "<a href='/shop' class='Header-nav-item'>Shop</a><a href='/workshops' class='Header-nav-item'>Workshops</a>"
    "</nav><a href='/cart' class='Cart'><span class='Cart-inner'><span class='sqs-cart-quantity'>0</span>"
    "</span></a></div></header>"
)


def squarespace(body: str, title: str, head: str = "") -> str:
    return (
        f"<!doctype html><html lang='en-US'><head><title>{title}</title>{head}</head><body id='item-5f1e'"
        f" class='view-item collection-type-products'>{SQS_HEADER}<main class='Main Main--page'>"
        f"<section class='ProductItem' data-item-id='5f1e2d3c4b5a'>{body}</section></main><footer "
        "class='Footer'><p>&copy; Clay &amp; Kiln Studio</p></footer></body></html>"
    )


WIX_HEADER = (
    "<header id='SITE_HEADER' class='xU8fqS'><div data-testid='richTextElement' class='wixui-rich-text'>"
    "<h2 class='font_0 wixui-rich-text__text'>NEST HOME GOODS</h2></div><nav aria-label='Site'><ul>"
    "<li><a href='/shop'>Shop</a></li><li><a href='/about'>About</a></li></ul></nav><a data-hook='cart-icon"
    "-button' href='/cart-page' aria-label='Cart with 0 items'><span data-hook='items-count'>0</span></a>"
    "</header>"
)


def wix(body: str, title: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
        f"<div id='SITE_CONTAINER'><div id='main_MF'>{WIX_HEADER}<main id='PAGES_CONTAINER'><div "
        f"data-hook='product-page'>{body}</div></main><footer id='SITE_FOOTER'><p>&copy; 2026 by Nest Home "
        "Goods. Proudly created with Wix.com</p></footer></div></div></body></html>"
    )


NEXT_HEADER = (
    "<div class='PromoBanner_root__x1'><p>Members get free shipping. <a href='/join'>Join free</a></p></div>"
    "<header class='Header_root__3kd9'><a href='/' aria-label='Home' class='Header_logo__9s'><svg "
    "viewBox='0 0 120 24'><title>Fieldwork</title></svg></a><nav><a href='/shop/men'>Men</a><a href='/shop/"
    "women'>Women</a></nav><button class='Header_cart__q2' aria-label='Open cart, 0 items'>0</button></header>"
)


def nextjs(body: str, title: str, head: str = "", data: str = "") -> str:
    nd = f"<script id='__NEXT_DATA__' type='application/json'>{data}</script>" if data else ""
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charSet='utf-8'/><title>{title}</title>{head}</head>"
        f"<body><div id='__next'>{NEXT_HEADER}<main class='Layout_main__a8'>{body}</main><footer "
        f"class='Footer_root__z1'>&copy; 2026 Fieldwork Inc.</footer></div>{nd}</body></html>"
    )


def add_button(text: str = "Add to cart") -> str:
    return (
        "<form method='post' action='/cart/add' class='product-form'><input type='hidden' name='id' "
        f"value='40112233445566'><div class='quantity'><input type='number' name='quantity' value='1' min='1'>"
        f"</div><button type='submit' name='add' class='product-form__submit button'>{text}</button></form>"
    )


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    price: float | None
    title: str


CASES: list[Case] = []


def case(id: str, url: str, html: str, price: float | None, title: str) -> None:
    CASES.append(Case(id, url, html, price, title))


IMG = "//cdn.shopify.com/s/files/1/0555/0123/products/{}.jpg?v=1650000000&width=1445"


def dawn_media(name: str) -> str:
    return (
        "<div class='product__media-wrapper'><ul class='product__media-list'><li class='product__media-item'>"
        f"<img src='{IMG.format(name)}' alt='' width='1445' height='1445' loading='lazy'></li></ul></div>"
    )


# ---- Shopify -----------------------------------------------------------------------------------

# Dawn sale price with the (visually hidden) regular price first and a filled unit price, Shop Pay
# instalments below; no structured data at all
case(
    "dawn-sale-unit-shoppay",
    "https://pineandpour.example/products/cedar-sage-soy-candle",
    shopify(
        "<section class='product'>"
        + dawn_media("cedar-sage-candle")
        + "<div class='product__info-container'><p class='product__text caption-with-letter-spacing'>Pine &amp; "
        "Pour</p><div class='product__title'><h1>Cedar &amp; Sage Soy Candle</h1></div>"
        "<div class='no-js-hidden' id='price-template--1__main' role='status'><div class='price price--large "
        "price--on-sale price--show-badge'><div class='price__container'><div class='price__regular'><span "
        "class='visually-hidden visually-hidden--inline'>Regular price</span><span class='price-item "
        "price-item--regular'>$36.00 USD</span></div><div class='price__sale'><span class='visually-hidden "
        "visually-hidden--inline'>Regular price</span><span><s class='price-item price-item--regular'>$36.00 "
        "USD</s></span><span class='visually-hidden visually-hidden--inline'>Sale price</span><span "
        "class='price-item price-item--sale price-item--last'>$28.00 USD</span></div><small class='unit-price "
        "caption'><span class='visually-hidden'>Unit price</span><span class='price-item price-item--last'>"
        "<span>$3.50</span><span aria-hidden='true'>/</span><span class='visually-hidden'>&nbsp;per&nbsp;"
        "</span><span>oz</span></span></small></div><span class='badge price__badge-sale color-accent-2'>Sale"
        "</span></div></div><div class='product__tax caption rte'>Taxes included. <a href='/policies/shipping-"
        "policy'>Shipping</a> calculated at checkout.</div><shopify-payment-terms><div class='shopify-"
        "installments'>Pay in 4 interest-free installments of <b>$7.00</b> with <span>Shop Pay</span> <a "
        "href='#'>Learn more</a></div></shopify-payment-terms>" + add_button() + "</div></section>",
        "Cedar &amp; Sage Soy Candle &ndash; Pine &amp; Pour",
    ),
    28.0,
    "Cedar & Sage Soy Candle",
)

# Debut: <dl> price with the regular price (display:none by CSS) first, the sale price, the crossed
# regular price; the shop logo in an h1 on every page
case(
    "debut-dl-sale-h1-logo",
    "https://pineandpour.example/products/hand-poured-beeswax-taper-set",
    shopify(
        "<div class='product-single'>"
        + dawn_media("beeswax-tapers")
        + "<div class='product-single__meta'><h1 class='product-single__title'>Hand-Poured Beeswax Taper Set"
        "</h1><div class='product__price'><dl class='price price--on-sale' data-price><div class='price__"
        "regular'><dt><span class='visually-hidden visually-hidden--inline'>Regular price</span></dt><dd>"
        "<span class='price-item price-item--regular' data-regular-price>$42.00</span></dd></div><div "
        "class='price__sale'><dt><span class='visually-hidden visually-hidden--inline'>Sale price</span>"
        "</dt><dd><span class='price-item price-item--sale' data-sale-price>$31.50</span><span class='price-"
        "item__separator'>/</span></dd><dt><span class='visually-hidden visually-hidden--inline'>Regular "
        "price</span></dt><dd><s class='price-item price-item--regular' data-regular-price>$42.00</s></dd>"
        "</div><div class='price__unit'><dt><span class='visually-hidden visually-hidden--inline'>Unit price"
        "</span></dt><dd class='price-unit-price'><span data-unit-price></span><span aria-hidden='true'>/"
        "</span><span data-unit-price-base-unit></span></dd></div></dl><div class='price__badges'><span "
        "class='price__badge price__badge--sale' aria-hidden='true'><span>Sale</span></span></div></div>"
        + add_button("Add to cart")
        + "</div></div>",
        "Hand-Poured Beeswax Taper Set &ndash; Pine &amp; Pour",
        header="<header class='site-header'><h1 class='h2 site-header__logo'><a href='/' class='site-header__"
        "logo-link'><img src='//cdn.shopify.com/s/files/1/0555/0123/files/logo_200x.png' alt='Pine &amp; Pour'>"
        "</a></h1><a href='/cart' class='site-header__cart'><span>Cart</span> <span class='cart-price'>$0.00"
        "</span></a></header>",
    ),
    31.5,
    "Hand-Poured Beeswax Taper Set",
)

# OpenGraph only: og:title and <title> carry the variant and the shop's name, the h1 the product
case(
    "og-variant-title",
    "https://pineandpour.example/products/heavyweight-hoodie?variant=41223344556677",
    shopify(
        "<section class='product'>"
        + dawn_media("hoodie-forest")
        + "<div class='product__info-container'><div class='product__title'><h1>Heavyweight Hoodie</h1>"
        "</div><div class='price'><span class='price-item price-item--regular'>$78.00 USD</span></div>"
        "<variant-radios><fieldset><legend>Color</legend><input type='radio' id='c1' name='Color' value="
        "'Forest' checked><label for='c1'>Forest</label><input type='radio' id='c2' name='Color' value='Ash'>"
        "<label for='c2'>Ash</label></fieldset><fieldset><legend>Size</legend><input type='radio' id='s1' "
        "name='Size' value='S'><label for='s1'>S</label><input type='radio' id='s2' name='Size' value='M' "
        "checked><label for='s2'>M</label></fieldset></variant-radios>" + add_button() + "</div></section>",
        "Heavyweight Hoodie - Forest / M &ndash; Pine &amp; Pour",
        og(
            og_site_name="Pine &amp; Pour",
            og_url="https://pineandpour.example/products/heavyweight-hoodie",
            og_title="Heavyweight Hoodie - Forest / M",
            og_type="product",
            og_description="Midweight fleece, garment dyed.",
            product_price_amount="78.00",
            product_price_currency="USD",
        ),
    ),
    78.0,
    "Heavyweight Hoodie",
)

# gift card with preset amounts, JSON-LD one offer per amount, the page on its first amount
case(
    "ld-gift-card-presets",
    "https://pineandpour.example/products/gift-card",
    shopify(
        "<section class='product'>"
        + dawn_media("gift-card")
        + "<div class='product__info-container'><div class='product__title'><h1>Pine &amp; Pour Gift Card</h1>"
        "</div><div class='price'><span class='price-item price-item--regular'>$25.00 USD</span></div>"
        "<fieldset class='product-form__input'><legend>Denominations</legend>"
        + "".join(
            f"<input type='radio' id='d{v}' name='Denominations' value='${v}.00'{' checked' if v == 25 else ''}>"
            f"<label for='d{v}'>${v}.00</label>"
            for v in (25, 50, 100, 150)
        )
        + "</fieldset>"
        + add_button()
        + "</div></section>",
        "Pine &amp; Pour Gift Card &ndash; Pine &amp; Pour",
        product_ld(
            "Pine & Pour Gift Card",
            [
                offer(f"{v}.00", f"https://pineandpour.example/products/gift-card?variant=4100{v}")
                for v in (25, 50, 100, 150)
            ],
            "https://cdn.shopify.com/s/files/1/0555/0123/products/gift-card.jpg",
        ),
    ),
    25.0,
    "Pine & Pour Gift Card",
)

# gift card with preset amount buttons and no structured data: amounts as buttons before the price
case(
    "gift-card-buttons-first",
    "https://pineandpour.example/products/e-gift-card",
    shopify(
        "<section class='product'>"
        + dawn_media("e-gift-card")
        + "<div class='product__info-container'><div class='product__title'><h1>E-Gift Card</h1></div>"
        "<div class='gift-amounts' role='radiogroup' aria-label='Amount'><button class='amount is-selected' "
        "aria-pressed='true'>$50</button><button class='amount'>$75</button><button class='amount'>$100</button>"
        "<button class='amount'>$200</button></div><div class='price'><span class='price-item price-item--"
        "regular'>$50.00</span></div><p>Delivered by email with instructions to redeem at checkout.</p>"
        + add_button()
        + "</div></section>",
        "E-Gift Card &ndash; Pine &amp; Pour",
    ),
    50.0,
    "E-Gift Card",
)

# ReCharge widget: the subscription option written first, the one-time option checked
case(
    "recharge-subscription-first-ld",
    "https://pineandpour.example/products/daily-greens-powder",
    shopify(
        "<section class='product'>"
        + dawn_media("daily-greens")
        + "<div class='product__info-container'><div class='product__title'><h1>Daily Greens Powder</h1></div>"
        "<div class='price'><span class='price-item price-item--regular'>$54.00 USD</span></div>"
        "<div class='rc-widget'><div class='rc-option rc-option--subsave'><input type='radio' name='purchase_"
        "option' id='rc_sub'><label for='rc_sub'>Subscribe &amp; save 15% <span class='rc-option__price'>$45.90"
        "</span></label><div class='rc-selling-plans'>Deliver every <select><option>30 days</option><option>60 "
        "days</option></select></div></div><div class='rc-option rc-option--onetime rc-option--active'><input "
        "type='radio' name='purchase_option' id='rc_one' checked><label for='rc_one'>One-time purchase <span "
        "class='rc-option__price'>$54.00</span></label></div></div>" + add_button() + "</div></section>",
        "Daily Greens Powder &ndash; Pine &amp; Pour",
        product_ld(
            "Daily Greens Powder",
            offer("54.00"),
            "https://cdn.shopify.com/s/files/1/0555/0123/products/daily-greens.jpg",
        ),
    ),
    54.0,
    "Daily Greens Powder",
)

# a "Recently viewed" strip with prices and names before the product (no structured data)
case(
    "recently-viewed-before",
    "https://pineandpour.example/products/linen-apron",
    shopify(
        "<nav class='breadcrumbs'><a href='/'>Home</a> / <a href='/collections/kitchen'>Kitchen</a></nav>"
        "<section class='recently-viewed'><h2>Recently viewed</h2><ul class='grid'>"
        "<li class='grid__item'><div class='card'><h3 class='card__heading'><a href='/products/tea-towels'>"
        "Stonewashed Tea Towels (Set of 2)</a></h3><div class='price'><span class='price-item'>$24.00</span>"
        "</div></div></li><li class='grid__item'><div class='card'><h3 class='card__heading'><a href='/products/"
        "oven-mitt'>Quilted Oven Mitt</a></h3><div class='price'><s>$22.00</s> <span class='price-item'>$16.00"
        "</span></div></div></li></ul></section><section class='product'>"
        + dawn_media("linen-apron")
        + "<div class='product__info-container'><div class='product__title'><h1>Linen Cross-Back Apron</h1>"
        "</div><div class='price'><span class='price-item price-item--regular'>$48.00 USD</span></div>"
        + add_button()
        + "</div></section>",
        "Linen Cross-Back Apron &ndash; Pine &amp; Pour",
    ),
    48.0,
    "Linen Cross-Back Apron",
)

# badges inside and beside the h1; a Judge.me rating line inside the title block
case(
    "badges-h1-reviews-ld",
    "https://pineandpour.example/products/merino-crew-sock",
    shopify(
        "<section class='product'>"
        + dawn_media("merino-crew-sock")
        + "<div class='product__info-container'><div class='product__badges'><span class='badge "
        "badge--bestseller'>Best Seller</span></div><div class='product__title'><h1>Merino Crew Sock <span "
        "class='badge badge--new'>New</span></h1><div class='jdgm-widget jdgm-preview-badge'><div "
        "class='jdgm-prev-badge' data-average-rating='4.86' data-number-of-reviews='212'><span class='jdgm-"
        "prev-badge__stars' aria-label='4.86 stars'></span><span class='jdgm-prev-badge__text'>212 reviews"
        "</span></div></div></div><div class='price'><span class='price-item price-item--regular'>$24.00 USD"
        "</span></div>" + add_button() + "</div></section>",
        "Merino Crew Sock &ndash; Pine &amp; Pour",
        product_ld(
            "Merino Crew Sock",
            offer("24.00"),
            "https://cdn.shopify.com/s/files/1/0555/0123/products/merino-crew-sock.jpg",
            aggregateRating={"@type": "AggregateRating", "ratingValue": "4.86", "reviewCount": "212"},
        ),
    ),
    24.0,
    "Merino Crew Sock",
)

# a price split into superscript dollars and cents, written once for screen readers as a whole
case(
    "sr-only-whole-and-sup-parts",
    "https://pineandpour.example/products/cast-iron-skillet-12",
    shopify(
        "<section class='product'>"
        + dawn_media("skillet-12")
        + "<div class='product__info-container'><div class='product__title'><h1>12&quot; Cast Iron Skillet"
        "</h1></div><div class='product-price'><span class='visually-hidden'>$49.99</span><span aria-hidden="
        "'true' class='price-display'><sup class='price-display__currency'>$</sup><span class='price-display__"
        "dollars'>49</span><sup class='price-display__cents'>99</sup></span></div>"
        + add_button()
        + "</div></section>",
        "12&quot; Cast Iron Skillet &ndash; Pine &amp; Pour",
    ),
    49.99,
    '12" Cast Iron Skillet',
)

# a bundle picker (1 / 3 / 6 bottles) with per-bottle prices, the single bottle chosen; the main
# price below it
case(
    "bundle-picker-single-chosen",
    "https://pineandpour.example/products/magnesium-glycinate",
    shopify(
        "<section class='product'>"
        + dawn_media("magnesium")
        + "<div class='product__info-container'><div class='product__title'><h1>Magnesium Glycinate "
        "Capsules</h1></div><div class='bundle-picker'><label class='bundle-option is-active'><input "
        "type='radio' name='bundle' checked> 1 Bottle <span class='bundle-option__price'>$39.00</span></label>"
        "<label class='bundle-option'><input type='radio' name='bundle'> 3 Bottles <span class='bundle-"
        "tag'>Most popular</span> <span class='bundle-option__price'>$99.00</span> <span class='bundle-"
        "option__each'>($33.00/bottle)</span></label><label class='bundle-option'><input type='radio' "
        "name='bundle'> 6 Bottles <span class='bundle-tag'>Best value</span> <span class='bundle-option__"
        "price'>$179.00</span> <span class='bundle-option__each'>($29.83/bottle)</span></label></div>"
        "<div class='price'><span class='price-item price-item--regular'>$39.00</span></div>"
        + add_button()
        + "</div></section>",
        "Magnesium Glycinate Capsules &ndash; Pine &amp; Pour",
    ),
    39.0,
    "Magnesium Glycinate Capsules",
)

# ---- BigCommerce (Cornerstone) -----------------------------------------------------------------


def bc_view(brand: str, name: str, price_html: str, extra: str = "") -> str:
    return (
        "<div class='productView'><section class='productView-images'><figure class='productView-image'>"
        "<img src='https://cdn11.bigcommerce.com/s-abc123/images/stencil/608x608/products/112/377/"
        "item__12345.1650000000.jpg?c=2' alt=''></figure></section><section class='productView-details "
        f"product-data'><div class='productView-product'><h2 class='productView-brand'><a href='/brands/"
        f"{brand.replace(' ', '-')}.html'><span>{brand}</span></a></h2><h1 class='productView-title'>{name}</h1>"
        "<div class='productView-rating'><span class='icon icon--ratingFull'></span><span class='productView-"
        f"reviewLink'><a href='#product-reviews'>(18 reviews)</a></span></div>{price_html}</div>{extra}"
        "<form class='form' method='post' action='/cart.php' data-cart-item-add><input type='hidden' name="
        "'action' value='add'><input class='form-input form-input--incrementTotal' name='qty[]' type='tel' "
        "value='1'><input id='form-action-addToCart' class='button button--primary' type='submit' value='Add to"
        " Cart'></form></section></div>"
    )


BC_SALE = (
    "<div class='productView-price'><div class='price-section price-section--withoutTax rrp-price--withoutTax'"
    " style='display: none;'>MSRP: <span data-product-rrp-price-without-tax class='price price--rrp'></span>"
    "</div><div class='price-section price-section--withoutTax non-sale-price--withoutTax'>Was: <span data-"
    "product-non-sale-price-without-tax class='price price--non-sale'>$59.95</span></div><div class='price-"
    "section price-section--withoutTax'><span class='price-label is-srOnly'>Price:</span><span class='price-"
    "now-label' style='display: none;'>Now:</span><span data-product-price-without-tax class='price "
    "price--withoutTax'>$44.95</span></div><div class='price-section price-section--saving price' ><span "
    "class='price'>(You save</span><span data-product-price-saved class='price price--saving'>$15.00</span>"
    "<span class='price'>)</span></div></div>"
)

# Cornerstone "Was: / Price:" markup, the brand link above the h1, the shop name in a header h1
case(
    "bc-was-price-brand-h1-logo",
    "https://trailhead.example/ultralight-trekking-poles/",
    bigcommerce(
        bc_view("Summit Gear", "Ultralight Carbon Trekking Poles", BC_SALE),
        "Summit Gear Ultralight Carbon Trekking Poles - Trailhead Outfitters",
    ),
    44.95,
    # written as the h1 alone; the project's rule (`titles.fuller_title`) takes the <title>'s fuller
    # form with the brand the page shows above the h1, as for "Nike Sportswear AIR MAX 90 - Sneaker
    # low" (pages_market2/zalando_de.html): a title with the brand is the listing's title here
    "Summit Gear Ultralight Carbon Trekking Poles",
)

# MSRP shown, prices with and without tax, JSON-LD with the price without tax
case(
    "bc-msrp-tax-ld",
    "https://trailhead.example/two-person-backpacking-tent/",
    bigcommerce(
        bc_view(
            "Ridgeline",
            "Two-Person Backpacking Tent",
            "<div class='productView-price'><div class='price-section price-section--withoutTax rrp-price--"
            "withoutTax'>MSRP: <span data-product-rrp-price-without-tax class='price price--rrp'>$349.99</span>"
            "</div><div class='price-section price-section--withTax'><span class='price-label'>Price (Inc. Tax)"
            ":</span> <span data-product-price-with-tax class='price price--withTax'>$323.99</span></div>"
            "<div class='price-section price-section--withoutTax'><span class='price-label'>(Ex. Tax):</span> "
            "<span data-product-price-without-tax class='price price--withoutTax'>$299.99</span></div></div>",
        ),
        "Two-Person Backpacking Tent - Trailhead Outfitters",
        product_ld(
            "Two-Person Backpacking Tent",
            offer("299.99", "https://trailhead.example/two-person-backpacking-tent/"),
            "https://cdn11.bigcommerce.com/s-abc123/images/stencil/original/products/112/377/tent.jpg",
            brand={"@type": "Brand", "name": "Ridgeline"},
        ),
    ),
    299.99,
    "Two-Person Backpacking Tent",
)

# bulk pricing table after the price, with "Buy 10 or more $x each"
case(
    "bc-bulk-pricing-table",
    "https://trailhead.example/waterproof-matches-10-pack/",
    bigcommerce(
        bc_view(
            "Stormproof",
            "Waterproof Matches, 10 Pack",
            "<div class='productView-price'><div class='price-section'><span class='price-label is-srOnly'>"
            "Price:</span><span data-product-price-without-tax class='price price--withoutTax'>$8.49</span>"
            "</div></div>",
            "<div class='productView-info-bulkPricing'><p class='productView-info-name'>Bulk Pricing:</p>"
            "<ul class='productView-bulkPricing'><li>Buy 5 - 9 and get 10% off</li><li>Buy 10 - 24 and pay only"
            " $6.99 each</li><li>Buy 25 or above and pay only $5.99 each</li></ul></div>",
        ),
        "Waterproof Matches, 10 Pack - Trailhead Outfitters",
    ),
    8.49,
    "Waterproof Matches, 10 Pack",
)

# ---- WooCommerce --------------------------------------------------------------------------------


def woo_product(name: str, price_html: str, extra: str = "", before: str = "") -> str:
    return (
        woo_crumb("Home", "Shop", "Honey", name.split(",")[0])
        + "<div id='product-1234' class='product type-product status-publish instock'>"
        "<div class='woocommerce-product-gallery images'><figure class='woocommerce-product-gallery__wrapper'>"
        "<div class='woocommerce-product-gallery__image'><a href='/wp-content/uploads/2023/05/honey-jar.jpg'>"
        "<img src='/wp-content/uploads/2023/05/honey-jar-600x600.jpg' class='wp-post-image' alt=''></a></div>"
        f"</figure></div><div class='summary entry-summary'>{before}<h1 class='product_title entry-title'>{name}"
        f"</h1><div class='woocommerce-product-rating'><a href='#reviews' class='woocommerce-review-link'>(<span "
        f"class='count'>7</span> customer reviews)</a></div>{price_html}<div class='woocommerce-product-details"
        f"__short-description'><p>Unfiltered, unheated, straight from our hives.</p></div>{extra}<form "
        "class='cart' method='post'><div class='quantity'><input type='number' class='input-text qty text' "
        "name='quantity' value='1'></div><button type='submit' name='add-to-cart' value='1234' class='single_"
        "add_to_cart_button button alt'>Add to cart</button></form><div class='product_meta'><span class='sku_"
        "wrapper'>SKU: <span class='sku'>RWH-16</span></span> <span class='posted_in'>Category: <a href="
        "'/product-category/honey/'>Honey</a></span></div></div></div>"
        "<section class='related products'><h2>Related products</h2><ul class='products columns-4'><li "
        "class='product'><a href='/product/clover-honey/' class='woocommerce-LoopProduct-link'><h2 class="
        "'woocommerce-loop-product__title'>Clover Honey, 12 oz</h2><span class='price'><span class='woocommerce"
        "-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>&#36;</span>9.00</bdi></span>"
        "</span></a></li></ul></section>"
    )


def woo_amount(v: str) -> str:
    return (
        "<span class='woocommerce-Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>&#36;"
        f"</span>{v}</bdi></span>"
    )


# WooCommerce 8 sale markup: <del> with screen-reader "Original price was" and <ins> "Current price is"
case(
    "woo-del-ins-sr-text",
    "https://blueridgebees.example/product/raw-wildflower-honey-16-oz/",
    woo(
        woo_product(
            "Raw Wildflower Honey, 16 oz",
            f"<p class='price'><del aria-hidden='true'>{woo_amount('24.00')}</del> <span class='screen-reader-"
            f"text'>Original price was: &#036;24.00.</span><ins aria-hidden='true'>{woo_amount('19.50')}</ins>"
            "<span class='screen-reader-text'>Current price is: &#036;19.50.</span></p>",
        ),
        "Raw Wildflower Honey, 16 oz &#8211; Blue Ridge Bee Farm",
    ),
    19.5,
    "Raw Wildflower Honey, 16 oz",
)

# variable product: a price range, WooCommerce's JSON-LD AggregateOffer
case(
    "woo-variable-range-ld",
    "https://blueridgebees.example/product/creamed-honey/",
    woo(
        woo_product(
            "Creamed Honey",
            f"<p class='price'>{woo_amount('14.00')} &ndash; {woo_amount('22.00')}</p>",
            "<table class='variations'><tr><th class='label'><label for='size'>Size</label></th><td "
            "class='value'><select id='size' name='attribute_size'><option value=''>Choose an option</option>"
            "<option value='8 oz'>8 oz</option><option value='12 oz'>12 oz</option><option value='16 oz'>16 oz"
            "</option></select></td></tr></table><div class='woocommerce-variation single_variation'></div>",
        ),
        "Creamed Honey &#8211; Blue Ridge Bee Farm",
        ld(
            {
                "@context": "https://schema.org/",
                "@graph": [
                    {
                        "@type": "BreadcrumbList",
                        "itemListElement": [
                            {
                                "@type": "ListItem",
                                "position": 1,
                                "item": {"name": "Home", "@id": "https://blueridgebees.example"},
                            },
                            {
                                "@type": "ListItem",
                                "position": 2,
                                "item": {
                                    "name": "Creamed Honey",
                                    "@id": "https://blueridgebees.example/product/creamed-honey/",
                                },
                            },
                        ],
                    },
                    {
                        "@type": "Product",
                        "@id": "https://blueridgebees.example/product/creamed-honey/#product",
                        "name": "Creamed Honey",
                        "url": "https://blueridgebees.example/product/creamed-honey/",
                        "sku": "CH",
                        "offers": [
                            {
                                "@type": "AggregateOffer",
                                "lowPrice": "14.00",
                                "highPrice": "22.00",
                                "offerCount": 3,
                                "priceCurrency": "USD",
                                "availability": "http://schema.org/InStock",
                            }
                        ],
                    },
                ],
            }
        ),
    ),
    14.0,
    "Creamed Honey",
)

# the same range without structured data, a "Free shipping over $50" notice above the h1
case(
    "woo-variable-range-nold",
    "https://blueridgebees.example/product/honeycomb-chunk-jar/",
    woo(
        woo_product(
            "Honeycomb Chunk Jar",
            f"<p class='price'><span class='screen-reader-text'>Price range: &#036;16.00 through &#036;28.00"
            f"</span><span aria-hidden='true'>{woo_amount('16.00')} &ndash; {woo_amount('28.00')}</span></p>",
            before="<div class='woocommerce-info free-shipping-notice'>Add $50.00 of honey to your cart for free "
            "shipping!</div>",
        ),
        "Honeycomb Chunk Jar &#8211; Blue Ridge Bee Farm",
    ),
    16.0,
    "Honeycomb Chunk Jar",
)

# Yoast OpenGraph with an SEO og:title, product:price:amount; no product JSON-LD
case(
    "woo-yoast-seo-og-title",
    "https://blueridgebees.example/product/sourwood-honey-12-oz/",
    woo(
        woo_product("Sourwood Honey, 12 oz", f"<p class='price'>{woo_amount('18.00')}</p>"),
        "Buy Sourwood Honey Online | Rare Appalachian Honey | Blue Ridge Bee Farm",
        og(
            og_locale="en_US",
            og_type="product",
            og_title="Buy Sourwood Honey Online | Rare Appalachian Honey",
            og_url="https://blueridgebees.example/product/sourwood-honey-12-oz/",
            og_site_name="Blue Ridge Bee Farm",
            product_price_amount="18.00",
            product_price_currency="USD",
        ),
    ),
    18.0,
    "Sourwood Honey, 12 oz",
)

# ---- Magento 2 ----------------------------------------------------------------------------------


def m2_price(final: str, old: str = "", label: str = "") -> str:
    pid = "2041"
    lab = f"<span class='price-label'>{label}</span>" if label else ""
    box = "<div class='price-box price-final_price' data-role='priceBox' data-product-id='2041'>"
    if old:
        box += (
            "<span class='special-price'><span class='price-container price-final_price tax weee'><span class='"
            f"price-label'>Special Price</span><span id='product-price-{pid}' data-price-amount='{final}' data-"
            f"price-type='finalPrice' class='price-wrapper '><span class='price'>${final}</span></span></span>"
            "</span><span class='old-price'><span class='price-container price-final_price tax weee'><span "
            f"class='price-label'>Regular Price</span><span id='old-price-{pid}' data-price-amount='{old}' "
            f"data-price-type='oldPrice' class='price-wrapper '><span class='price'>${old}</span></span></span>"
            "</span>"
        )
    else:
        box += (
            f"<span class='normal-price'><span class='price-container price-final_price tax weee'>{lab}<span "
            f"id='product-price-{pid}' data-price-amount='{final}' data-price-type='finalPrice' class='price-"
            f"wrapper '><span class='price'>${final}</span></span></span></span>"
        )
    return f"<div class='product-info-price'>{box}</div></div>"


def m2_main(name: str, price_html: str, extra: str = "") -> str:
    return (
        "<div class='product-info-main'>"
        + m2_title(name)
        + "<div class='product-reviews-summary'><div class='rating-summary'><span class='label'><span>Rating:"
        "</span></span><div class='rating-result' title='80%'><span style='width:80%'><span>80%</span></span>"
        "</div></div><div class='reviews-actions'><a class='action view' href='#reviews'>3&nbsp;<span>Reviews"
        "</span></a></div></div>" + price_html + "<div class='product-info-stock-sku'><div class='stock "
        "available'><span>In stock</span></div><div class='product attribute sku'><strong class='type'>SKU"
        "</strong><div class='value'>HH-2041</div></div></div>"
        + extra
        + "<div class='product-add-form'><form id='product_addtocart_form'><div class='field qty'><input "
        "type='number' name='qty' id='qty' value='1'></div><button type='submit' title='Add to Cart' class='"
        "action primary tocart' id='product-addtocart-button'><span>Add to Cart</span></button></form></div>"
        "</div><div class='product media'><div class='gallery-placeholder'><img alt='main product photo' "
        "class='gallery-placeholder__image' src='/media/catalog/product/cache/1f2e3d/d/u/dutch-oven.jpg'></div>"
        "</div>"
    )


# Luma special price / regular price, h1 > span.base, no structured data
case(
    "m2-special-regular",
    "https://harborhome.example/enameled-dutch-oven-5-5-qt.html",
    magento2(
        m2_main("Enameled Cast Iron Dutch Oven, 5.5 qt", "<div>" + m2_price("79.99", "119.99")),
        "Enameled Cast Iron Dutch Oven, 5.5 qt",
    ),
    79.99,
    "Enameled Cast Iron Dutch Oven, 5.5 qt",
)

# configurable product: "As low as" label; JSON-LD from an extension with the same price
case(
    "m2-as-low-as-ld",
    "https://harborhome.example/waffle-weave-bath-towel.html",
    magento2(
        m2_main("Waffle Weave Bath Towel", "<div>" + m2_price("29.00", label="As low as")),
        "Waffle Weave Bath Towel",
        product_ld(
            "Waffle Weave Bath Towel",
            offer("29.00"),
            "https://harborhome.example/media/catalog/product/w/a/waffle.jpg",
            sku="WWT",
        ),
    ),
    29.0,
    "Waffle Weave Bath Towel",
)

# tier prices under the price ("Buy 3 for $8.50 each and save 15%")
case(
    "m2-tier-prices",
    "https://harborhome.example/beeswax-food-wraps.html",
    magento2(
        m2_main(
            "Beeswax Food Wraps, Set of 3",
            "<div>" + m2_price("9.99"),
            "<ul class='prices-tier items'><li class='item'>Buy 3 for <span class='price-container price-tier_"
            "price tax weee'><span data-price-amount='8.5' data-price-type='' class='price-wrapper '><span "
            "class='price'>$8.50</span></span></span> each and <strong class='benefit'>save<span class='percent"
            " tier-0'>&nbsp;15</span>%</strong></li><li class='item'>Buy 6 for <span class='price-container "
            "price-tier_price tax weee'><span data-price-amount='7.99' data-price-type='' class='price-wrapper '>"
            "<span class='price'>$7.99</span></span></span> each and <strong class='benefit'>save<span class="
            "'percent tier-1'>&nbsp;20</span>%</strong></li></ul>",
        ),
        "Beeswax Food Wraps, Set of 3",
    ),
    9.99,
    "Beeswax Food Wraps, Set of 3",
)

# ---- Salesforce Commerce Cloud (SFRA) --------------------------------------------------------------


def sfra(name: str, prices: str, extra: str = "", mobile_h1: bool = True) -> str:
    h1m = f"<h1 class='product-name d-md-none'>{name}</h1>" if mobile_h1 else ""
    return (
        "<div class='container product-detail product-wrapper' data-pid='M1234'><div class='row'><div "
        f"class='col-12'><div class='product-breadcrumb d-md-none'><ol class='breadcrumb'><li class='breadcrumb-"
        f"item'><a href='/women/'>Women</a></li><li class='breadcrumb-item'><a href='/women/jackets/'>Jackets</a>"
        f"</li></ol></div>{h1m}</div></div><div class='row'><div class='col-12 col-sm-6'><div class='primary-"
        "images'><div class='carousel-item active'><img src='https://www.cascade.example/dw/image/v2/BBXX_PRD/"
        "on/demandware.static/-/Sites-master/default/dw3c2b1a/images/large/M1234_001.jpg?sw=800' class='d-block"
        " img-fluid' alt='' itemprop='image'></div></div></div><div class='col-12 col-sm-6'><div class='row'>"
        "<div class='col'><div class='product-breadcrumb d-none d-md-block'><ol class='breadcrumb'><li class='"
        "breadcrumb-item'><a href='/women/'>Women</a></li></ol></div><h1 class='product-name hidden-sm-down'>"
        f"{name}</h1></div></div><div class='row'><div class='ratings col-xs-12 col-sm-6'><span class='sr-only'>"
        "Star Rating 4.5 of 5</span><i class='fa fa-star'></i></div><div class='col-12'><div class='product-"
        f"number'>Item No. <span class='product-id'>M1234</span></div></div></div><div class='row'><div "
        f"class='col-12 prices-add-to-cart-actions'>{prices}{extra}<button class='add-to-cart btn btn-primary' "
        "data-pid='M1234'>Add to Cart</button></div></div></div></div></div>"
    )


# SFRA strike-through list price and sales price, mobile duplicate h1, no structured data
case(
    "sfra-strike-sales-mobile-h1",
    "https://www.cascade.example/womens-rain-shell-jacket/M1234.html",
    sfcc(
        sfra(
            "Women's Rain Shell Jacket",
            sfcc_prices(
                "<span><del><span class='strike-through list'><span class='value' content='129.00'><span class="
                "'sr-only'>Price reduced from</span>$129.00<span class='sr-only'>to</span></span></span></del>"
                "<span class='sales'><span class='value' content='89.99'>$89.99</span></span></span>"
            ),
        ),
        "Women's Rain Shell Jacket | Cascade Apparel",
    ),
    89.99,
    "Women's Rain Shell Jacket",
)

# SFRA range for a master product, JSON-LD with the lowest price
case(
    "sfra-range-ld",
    "https://www.cascade.example/mens-merino-base-layer/M2040.html",
    sfcc(
        sfra(
            "Men's Merino Base Layer",
            sfcc_prices(
                "<div class='range'><span><span class='sales'><span class='value' content='65.00'>$65.00</span>"
                "</span></span> - <span><span class='sales'><span class='value' content='85.00'>$85.00</span>"
                "</span></span></div>"
            ),
            mobile_h1=False,
        ),
        "Men's Merino Base Layer | Cascade Apparel",
        product_ld(
            "Men's Merino Base Layer",
            offer("65.00", "https://www.cascade.example/mens-merino-base-layer/M2040.html"),
            "https://www.cascade.example/dw/image/v2/BBXX_PRD/on/demandware.static/-/Sites-master/default/dw3c2b1a/images/large/M2040_001.jpg",
            description="Midweight merino",
        ),
    ),
    65.0,
    "Men's Merino Base Layer",
)

# promotion callouts (extra % off with code, spend-$X-get-$Y) around a list price
case(
    "sfra-promo-callouts",
    "https://www.cascade.example/fleece-quarter-zip/M3310.html",
    sfcc(
        sfra(
            "Fleece Quarter-Zip",
            "<div class='promotions'><div class='callout' title='Spend $100, get $20 off'>Spend $100, get $20 "
            "off with code CASCADE20</div></div>"
            + sfcc_prices(
                "<span><span class='sales'><span class='value' content='70.00'>$70.00</span></span></span>"
            ),
            "<div class='klarna-promo'><klarna-placement data-key='credit-promotion-badge'>4 interest-free "
            "payments of $17.50. <a href='#'>Learn more</a></klarna-placement></div>",
        ),
        "Fleece Quarter-Zip | Cascade Apparel",
    ),
    70.0,
    "Fleece Quarter-Zip",
)

# ---- Squarespace --------------------------------------------------------------------------------


def sqs_item(name: str, price_html: str, extra: str = "") -> str:
    return (
        "<div class='ProductItem-nav'><div class='ProductItem-nav-breadcrumb'><a href='/shop' class='ProductItem-"
        f"nav-breadcrumb-link'>Shop</a> <span class='ProductItem-nav-breadcrumb-separator'></span> <a href='/shop"
        f"/p/x' class='ProductItem-nav-breadcrumb-link'>{name}</a></div></div>"
        "<div class='ProductItem-gallery'><div class='ProductItem-gallery-slides'><div class='ProductItem-gallery"
        "-slides-item'><img data-src='https://images.squarespace-cdn.com/content/v1/5f1e/1600000000000-ABC/mug"
        ".jpg' data-image-dimensions='2500x2500' src='https://images.squarespace-cdn.com/content/v1/5f1e/"
        "1600000000000-ABC/mug.jpg?format=750w' alt=''></div></div></div>"
        f"<div class='ProductItem-details'><h1 class='ProductItem-details-title' data-content-field='title'>{name}"
        f"</h1>{price_html}<div class='ProductItem-details-excerpt'><p>Wheel-thrown stoneware, dishwasher safe."
        f"</p></div>{extra}<div class='sqs-add-to-cart-button-wrapper'><div class='sqs-add-to-cart-button "
        "sqs-suppress-edit-mode sqs-editable-button' role='button'><div class='sqs-add-to-cart-button-inner'>"
        "Add To Cart</div></div></div></div>"
    )


# Squarespace 7.1 sale: the sale price first, "Original Price:" after it, a header h1 logo
case(
    "sqs-sale-original-h1-logo",
    "https://clayandkiln.example/shop/p/hand-thrown-mug",
    squarespace(
        sqs_item(
            "Hand-Thrown Mug",
            "<div class='product-price'><span class='visually-hidden v6-visually-hidden'>Sale Price:</span>$32.00"
            " <span class='visually-hidden v6-visually-hidden'>Original Price:</span><span class='original-price'>"
            "$40.00</span></div>",
        ),
        "Hand-Thrown Mug &mdash; Clay &amp; Kiln Studio",
    ),
    32.0,
    "Hand-Thrown Mug",
)

# "from $X" with variants; Squarespace JSON-LD and og:title with the shop's name
case(
    "sqs-from-variants-ld",
    "https://clayandkiln.example/shop/p/speckled-serving-bowl",
    squarespace(
        sqs_item(
            "Speckled Serving Bowl",
            "<div class='product-price'>from $48.00</div>",
            '<div class=\'product-variants\' data-variants=\'[{"price":4800,"attributes":{"Size":"Small"}},'
            '{"price":7200,"attributes":{"Size":"Large"}}]\'><div class=\'variant-option\'><div class='
            "'variant-option-title'>Size: </div><div class='variant-select-wrapper'><select aria-label='Select "
            "Size' data-variant-option-name='Size'><option value=''>Select Size</option><option value='Small'>"
            "Small</option><option value='Large'>Large</option></select></div></div></div>",
        ),
        "Speckled Serving Bowl &mdash; Clay &amp; Kiln Studio",
        og(
            og_site_name="Clay &amp; Kiln Studio",
            og_title="Speckled Serving Bowl &mdash; Clay &amp; Kiln Studio",
            og_url="https://clayandkiln.example/shop/p/speckled-serving-bowl",
            og_type="product",
        )
        + product_ld(
            "Speckled Serving Bowl",
            {
                "@type": "Offer",
                "price": 48.0,
                "priceCurrency": "USD",
                "url": "https://clayandkiln.example/shop/p/speckled-serving-bowl",
                "availability": "InStock",
            },
            "https://images.squarespace-cdn.com/content/v1/5f1e/1600000000000-ABC/mug.jpg",
        ),
    ),
    48.0,
    "Speckled Serving Bowl",
)

# ---- Wix ----------------------------------------------------------------------------------------


def wix_item(name: str, price_html: str, extra: str = "") -> str:
    return (
        "<div data-hook='product-page-media'><div data-hook='main-media-image-wrapper'><img src='https://static."
        "wixstatic.com/media/a1b2c3_9f8e7d6c5b4a~mv2.jpg/v1/fill/w_500,h_500,al_c,q_85/a1b2c3_9f8e7d6c5b4a~mv2"
        ".jpg' alt=''></div></div><div data-hook='info-section'><div data-hook='product-title-wrapper'><h1 data"
        f"-hook='product-title' class='_2qrJF'>{name}</h1></div><div data-hook='product-sku' class='_1Icvk'>SKU:"
        f" NHG-0231</div>{price_html}{extra}<div data-hook='product-quantity-container'><input type='number' "
        "data-hook='number-input-spinner-input' value='1' aria-label='Quantity'></div><button data-hook='add-to-"
        "cart' class='_3GgH8'><span>Add to Cart</span></button></div>"
    )


# Wix: the crossed price first in the DOM (secondary), then the sale price, screen-reader labels
case(
    "wix-secondary-primary",
    "https://www.nesthomegoods.example/product-page/organic-cotton-throw",
    wix(
        wix_item(
            "Organic Cotton Throw",
            "<div data-hook='product-prices-wrapper'><div data-hook='product-price' class='_26qxh'><span "
            "data-hook='formatted-secondary-price' class='_2i-uY'>$120.00</span><span data-hook='sr-formatted-"
            "secondary-price' class='sr-only'>Regular Price</span><span data-hook='formatted-primary-price' "
            "class='_2i-uY'>$89.00</span><span data-hook='sr-formatted-primary-price' class='sr-only'>Sale Price"
            "</span></div></div>",
        ),
        "Organic Cotton Throw | Nest Home Goods",
    ),
    89.0,
    "Organic Cotton Throw",
)

# Wix with its JSON-LD, a "Price per unit" line and a tax note
case(
    "wix-unit-price-ld",
    "https://www.nesthomegoods.example/product-page/lavender-linen-spray",
    wix(
        wix_item(
            "Lavender Linen Spray",
            "<div data-hook='product-price'><span data-hook='formatted-primary-price'>$18.00</span></div>"
            "<div data-hook='unit-price'><span class='sr-only'>Price per unit</span>$4.50 / 1 Fl Oz</div>"
            "<div data-hook='tax-disclaimer'>Tax included | <a>Shipping</a> calculated at checkout</div>",
        ),
        "Lavender Linen Spray | Nest Home Goods",
        og(
            og_title="Lavender Linen Spray | Nest Home Goods",
            og_type="product.item",
            og_url="https://www.nesthomegoods.example/product-page/lavender-linen-spray",
            product_price_amount="18",
            product_price_currency="USD",
        )
        + product_ld(
            "Lavender Linen Spray", offer("18"), "https://static.wixstatic.com/media/a1b2c3_spray~mv2.jpg"
        ),
    ),
    18.0,
    "Lavender Linen Spray",
)

# ---- custom React / Next.js -------------------------------------------------------------------------


def next_pdp(crumbs: str, title_html: str, price_html: str, extra: str = "", before: str = "") -> str:
    return (
        f"{before}<nav aria-label='Breadcrumb' class='Breadcrumbs_root__s2'><ol>{crumbs}</ol></nav><div "
        "class='Pdp_root__7f'><div class='Pdp_gallery__2a'><img alt='' srcSet='/_next/image?url=%2Fimages%2Fp"
        "%2Fjacket-1.jpg&amp;w=640&amp;q=75 640w, /_next/image?url=%2Fimages%2Fp%2Fjacket-1.jpg&amp;w=1080&amp;"
        "q=75 1080w' src='/_next/image?url=%2Fimages%2Fp%2Fjacket-1.jpg&amp;w=1080&amp;q=75' "
        f"decoding='async'></div><div class='Pdp_info__9c'>{title_html}{price_html}{extra}<button type='button' "
        "class='Button_primary__1x'>Add to bag</button></div></div>"
    )


CRUMBS = "<li><a href='/'>Home</a></li><li><a href='/shop/men'>Men</a></li><li><a href='/shop/men/jackets'>Jackets</a></li>"

# title split over two block spans with no space between them; "Was $X Now $Y" in one line
case(
    "next-title-lines-was-now",
    "https://fieldwork.example/products/chore-coat-waxed-canvas",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'><span class='Pdp_titleLine__d'>The Chore Coat</span><span class='Pdp_"
            "titleLine__d Pdp_titleSub__e'>Waxed Canvas</span></h1>",
            "<p class='Price_root__k'>Was $248 Now $174</p>",
        ),
        "The Chore Coat — Waxed Canvas | Fieldwork",
    ),
    174.0,
    "The Chore Coat Waxed Canvas",
)

# split dollars / cents, "List price" crossed after it, "Current price" label for screen readers
case(
    "next-split-cents-list-price",
    "https://fieldwork.example/products/trail-shell-jacket",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'>Trail Shell Jacket</h1>",
            "<div class='Price_root__k' data-testid='product-price'><span class='sr-only'>Current price:</span>"
            "<span class='Price_currency__a'>$</span><span class='Price_dollars__b'>129</span><span class='Price_"
            "cents__c'>99</span><span class='Price_list__d'><span class='sr-only'>List price:</span><s>$159.99</s>"
            "</span></div>",
        ),
        "Trail Shell Jacket | Fieldwork",
    ),
    129.99,
    "Trail Shell Jacket",
)

# member price beside the price everyone pays, JSON-LD and __NEXT_DATA__
case(
    "next-member-price-ld",
    "https://fieldwork.example/products/packable-down-vest",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'>Packable Down Vest</h1>",
            "<div class='Price_root__k'><span class='Price_current__z'>$149.00</span></div><div class='Member"
            "Price_root__q'><span class='MemberPrice_label__r'>Member price</span> <span class='MemberPrice_value"
            "__s'>$134.10</span> <a href='/join'>Join free</a></div>",
        ),
        "Packable Down Vest | Fieldwork",
        product_ld(
            "Packable Down Vest",
            offer("149.00", "https://fieldwork.example/products/packable-down-vest"),
            "https://fieldwork.example/images/p/vest-1.jpg",
            brand={"@type": "Brand", "name": "Fieldwork"},
        ),
        json.dumps(
            {
                "props": {
                    "pageProps": {
                        "product": {
                            "name": "Packable Down Vest",
                            "price": {"amount": 149, "memberAmount": 134.1},
                        }
                    }
                }
            }
        ),
    ),
    149.0,
    "Packable Down Vest",
)

# member price written before the price non-members pay, both labelled, no structured data
case(
    "member-price-first-labelled",
    "https://fieldwork.example/products/insulated-bottle-32-oz",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'>Insulated Bottle, 32 oz</h1>",
            "<div class='Price_root__k'><div class='Price_member__m'><span class='Price_label__l'>Member Price"
            "</span> <span>$31.50</span></div><div class='Price_regular__n'><span class='Price_label__l'>Non-"
            "Member Price</span> <span>$35.00</span></div></div>",
        ),
        "Insulated Bottle, 32 oz | Fieldwork",
    ),
    35.0,
    "Insulated Bottle, 32 oz",
)

# price only in data attributes (the visible span filled by script), no structured data
case(
    "price-in-data-attributes",
    "https://fieldwork.example/products/canvas-field-cap",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'>Canvas Field Cap</h1>",
            "<div class='Price_root__k' data-price='38.00' data-currency='USD' data-compare-at-price='45.00'>"
            "<span class='Price_current__z' data-price-target></span></div>",
        ),
        "Canvas Field Cap | Fieldwork",
    ),
    38.0,
    "Canvas Field Cap",
)

# a price range without decimals ("$18 – $42"), rewards points under it
case(
    "next-range-rewards-points",
    "https://fieldwork.example/products/everyday-tee",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'>Everyday Tee</h1>",
            "<div class='Price_root__k'><span>$18 – $42</span></div><p class='Rewards_root__p'>Earn <b>180</b> "
            "points ($9 in rewards) with this purchase</p>",
        ),
        "Everyday Tee | Fieldwork",
    ),
    18.0,
    "Everyday Tee",
)

# "Starting at $1,299" for a configurable sofa, a financing line "or $109/mo"
case(
    "starting-at-configurator",
    "https://fieldwork.example/products/modular-sofa",
    nextjs(
        next_pdp(
            "<li><a href='/'>Home</a></li><li><a href='/living'>Living</a></li>",
            "<h1 class='Pdp_title__b1'>Modular Sofa</h1>",
            "<div class='Price_root__k'>Starting at <span class='Price_current__z'>$1,299</span></div><p "
            "class='Financing_root__f'>or as low as $109/mo with <span>Affirm</span></p>",
        ),
        "Modular Sofa | Fieldwork",
    ),
    1299.0,
    "Modular Sofa",
)

# the breadcrumb's last crumb names the product, the name itself in a div (no h1, no structured data)
case(
    "breadcrumb-last-no-h1",
    "https://fieldwork.example/products/wool-blend-overshirt",
    nextjs(
        next_pdp(
            CRUMBS + "<li aria-current='page'>Wool-Blend Overshirt</li>",
            "<div class='Pdp_title__b1' role='heading' aria-level='1'>Wool-Blend Overshirt</div>",
            "<div class='Price_root__k'><span class='Price_current__z'>$128.00</span></div>",
        ),
        "Wool-Blend Overshirt | Fieldwork",
    ),
    128.0,
    "Wool-Blend Overshirt",
)

# a sticky bar and a "you may also like" strip with prices before the product, OpenGraph with an
# og:price, title with SEO padding
case(
    "og-seo-title-strip-first",
    "https://fieldwork.example/products/selvedge-denim-jean",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'>Selvedge Denim Jean</h1>",
            "<div class='Price_root__k'><span class='Price_current__z'>$165.00</span></div>",
            before="<section class='Strip_root__t'><h2>You may also like</h2><ul><li><a href='/products/belt'>"
            "<span class='Card_title__u'>Leather Belt</span><span class='Card_price__v'>$58.00</span></a></li><li>"
            "<a href='/products/tee'><span class='Card_title__u'>Pocket Tee</span><span class='Card_price__v'>"
            "$32.00</span></a></li></ul></section>",
        ),
        "Selvedge Denim Jean | Men's Raw Denim Jeans | Free Shipping | Fieldwork",
        og(
            og_title="Selvedge Denim Jean | Men's Raw Denim Jeans | Free Shipping",
            og_type="product",
            product_price_amount="165.00",
            product_price_currency="USD",
        ),
    ),
    165.0,
    "Selvedge Denim Jean",
)

# hidden mobile duplicate h1 before the desktop one, badge "Sale" inside the desktop h1 and
# Afterpay inside the price line
case(
    "mobile-h1-badge-afterpay",
    "https://fieldwork.example/products/ripstop-cargo-pant",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1 Pdp_mobileOnly__h' aria-hidden='true'>Ripstop Cargo Pant</h1><h1 class='"
            "Pdp_title__b1 Pdp_desktopOnly__i'>Ripstop Cargo Pant<span class='Badge_sale__j'>Sale</span></h1>",
            "<div class='Price_root__k'><s class='Price_compare__y'>$98.00</s> <span class='Price_current__z'>"
            "$68.60</span> <span class='Afterpay_root__o'>or 4 payments of $17.15 with <b>afterpay</b></span>"
            "</div>",
        ),
        "Ripstop Cargo Pant | Fieldwork",
    ),
    68.6,
    "Ripstop Cargo Pant",
)

# ---- older custom / enterprise pages ----------------------------------------------------------------

# "List Price / Price / You Save" table rows (a 2010s custom cart), MSRP words
case(
    "list-price-table",
    "https://www.toolbarn.example/dewalt-dwe7491rs-table-saw.html",
    "<html><head><title>DEWALT DWE7491RS 10 in. Jobsite Table Saw - Tool Barn</title></head><body>"
    "<div id='hdr'><a href='/'><img src='/img/logo.gif' alt='Tool Barn'></a><div class='cart'>Your cart: 0 "
    "items ($0.00)</div></div><div id='content'><h1 class='prodname'>DEWALT DWE7491RS 10 in. Jobsite Table Saw"
    "</h1><div class='prodimg'><img src='/images/products/dwe7491rs.jpg' alt=''></div><table class='pricing'>"
    "<tr><td class='lbl'>List Price:</td><td class='listprice'><s>$749.00</s></td></tr><tr><td class='lbl'>Our "
    "Price:</td><td class='ourprice'><b>$599.00</b></td></tr><tr><td class='lbl'>You Save:</td><td class='save'>"
    "$150.00 (20%)</td></tr></table><p>Free shipping on orders over $49</p><form action='/cart'><input "
    "type='submit' value='Add to Cart'></form></div></body></html>",
    599.0,
    "DEWALT DWE7491RS 10 in. Jobsite Table Saw",
)

# "MSRP $X" then "Sale $Y" spans in a custom page with JSON-LD naming the variant in the name
case(
    "ld-name-with-variant",
    "https://www.saddleback.example/products/leather-briefcase?color=chestnut",
    "<html><head><title>Classic Leather Briefcase | Saddle Co.</title>"
    + product_ld(
        "Classic Leather Briefcase - Chestnut / Medium",
        offer("425.00"),
        "https://www.saddleback.example/img/briefcase-chestnut.jpg",
    )
    + "</head><body><header><div class='logo'>Saddle Co.</div><a class='cart' href='/cart'>Bag ($0.00)</a></header>"
    "<div class='pdp'><div class='gallery'><img src='/img/briefcase-chestnut.jpg' alt=''></div><div class='info'>"
    "<h1>Classic Leather Briefcase</h1><div class='variant-name'>Chestnut / Medium</div><div class='price'><span "
    "class='msrp'>MSRP $525.00</span> <span class='sale'>Sale $425.00</span></div><button>Add to Bag</button>"
    "</div></div></body></html>",
    425.0,
    "Classic Leather Briefcase",
)

# the product name in the h1 with a brand link before it, the h1's text wrapped by a brand span,
# title tag with SEO padding; price with "USD" and a currency selector before the product
case(
    "brand-link-currency-selector",
    "https://www.outpostsupply.example/p/yeti-rambler-20-oz-tumbler",
    "<html><head><title>Rambler 20 oz Tumbler | Insulated Tumblers | Outpost Supply Co.</title></head><body>"
    "<header><a href='/'><img src='/img/outpost-logo.svg' alt='Outpost Supply Co.'></a><form class='currency'>"
    "<select name='currency'><option value='USD' selected>$ USD</option><option value='CAD'>$ CAD</option>"
    "<option value='EUR'>&euro; EUR</option></select></form><a href='/cart'>Cart $0.00</a></header>"
    "<div class='product'><div class='product-images'><img src='/img/p/rambler-20-navy.jpg' alt=''></div>"
    "<div class='product-details'><a class='product-brand' href='/brands/yeti'>YETI</a><h1 class='product-"
    "title'>Rambler 20 oz Tumbler</h1><div class='product-price'><span class='money' data-currency-usd="
    "'$35.00'>$35.00 USD</span></div><p class='tax-note'>Prices exclude sales tax.</p><button>Add to Cart"
    "</button></div></div></body></html>",
    35.0,
    "Rambler 20 oz Tumbler",
)

# quantity discount table after a BOGO-style promo line, JSON-LD offer of the single unit
case(
    "quantity-discount-ld",
    "https://www.labsupply.example/products/pipette-tips-1000ul",
    "<html><head><title>Pipette Tips, 1000 µL, Rack of 96 - Lab Supply</title>"
    + product_ld(
        "Pipette Tips, 1000 µL, Rack of 96",
        offer("12.95"),
        "https://www.labsupply.example/img/tips.jpg",
        sku="PT-1000",
    )
    + "</head><body><header><h1 class='logo'><a href='/'>Lab Supply</a></h1></header><main><div class='pdp'>"
    "<img src='/img/tips.jpg' alt=''><h1>Pipette Tips, 1000 µL, Rack of 96</h1><p class='promo'>Buy 4, get 1 "
    "free!</p><div class='price'>$12.95</div><table class='qty-discounts'><thead><tr><th>Quantity</th><th>Price"
    "</th></tr></thead><tbody><tr><td>1-9</td><td>$12.95</td></tr><tr><td>10-49</td><td>$11.65</td></tr>"
    "<tr><td>50+</td><td>$10.35</td></tr></tbody></table><button>Add to cart</button></div></main></body></html>",
    12.95,
    "Pipette Tips, 1000 µL, Rack of 96",
)

# the h1 holds the brand and the product in separate spans without a space; SKU line inside the
# title block
case(
    "h1-spans-no-space-sku",
    "https://www.kitchenworks.example/product/chef-knife-8-inch",
    "<html><head><title>Kitchen Works</title></head><body><header><a href='/'>Kitchen Works</a><span "
    "class='mini-cart'>$0.00</span></header><main><div class='product-header'><h1 class='product-title'><span "
    "class='product-title__brand'>Misen</span><span class='product-title__name'>8&quot; Chef's Knife</span>"
    "</h1><div class='product-meta'><span class='sku'>Item #: MSN-CK8</span> | <a href='#reviews'>4.8 (1,042"
    " reviews)</a></div></div><img src='/img/chef-knife.jpg' alt=''><div class='pricing'><span class='price "
    "price--sale'>$65.00</span> <span class='price price--compare'><span class='sr-only'>Compare at</span> "
    "$85.00</span></div><button>Add to Cart</button></main></body></html>",
    65.0,
    "Misen 8\" Chef's Knife",
)


# ---- round 2: written after reading the heuristics (prices, price_text, amounts, titles, extract) ----

# Dawn, not on sale, with a filled unit price: "Regular price" is the product's one price
case(
    "r2-dawn-regular-unit-price",
    "https://pineandpour.example/products/room-spray-100ml",
    shopify(
        "<section class='product'>"
        + dawn_media("room-spray")
        + "<div class='product__info-container'><div class='product__title'><h1>Fig Leaf Room Spray</h1></div>"
        "<div class='price'><div class='price__container'><div class='price__regular'><span class='visually-"
        "hidden visually-hidden--inline'>Regular price</span><span class='price-item price-item--regular'>"
        "$24.00 USD</span></div><small class='unit-price caption'><span class='visually-hidden'>Unit price"
        "</span><span class='price-item price-item--last'><span>$2.40</span><span aria-hidden='true'>/</span>"
        "<span class='visually-hidden'>&nbsp;per&nbsp;</span><span>100ml</span></span></small></div></div>"
        + add_button()
        + "</div></section>",
        "Fig Leaf Room Spray &ndash; Pine &amp; Pour",
    ),
    24.0,
    "Fig Leaf Room Spray",
)

# a "Recently viewed" strip before a product on sale (sale and compare-at prices of Dawn)
case(
    "r2-strip-before-sale",
    "https://pineandpour.example/products/stoneware-vase",
    shopify(
        "<section class='recently-viewed'><h2>Recently viewed</h2><ul class='grid'><li class='grid__item'><div "
        "class='card'><h3 class='card__heading'><a href='/products/bud-vase'>Bud Vase</a></h3><div class='price'>"
        "<span class='price-item price-item--regular'>$18.00</span></div></div></li></ul></section>"
        "<section class='product'>"
        + dawn_media("stoneware-vase")
        + "<div class='product__info-container'><div class='product__title'><h1>Stoneware Vase</h1></div>"
        "<div class='price price--on-sale'><div class='price__sale'><span class='visually-hidden'>Regular price"
        "</span><s class='price-item price-item--regular'>$64.00</s><span class='visually-hidden'>Sale price"
        "</span><span class='price-item price-item--sale price-item--last'>$48.00</span></div></div>"
        + add_button()
        + "</div></section>",
        "Stoneware Vase &ndash; Pine &amp; Pour",
    ),
    48.0,
    "Stoneware Vase",
)

# Wix with the sale (primary) price first, the regular (secondary) after it
case(
    "r2-wix-primary-first",
    "https://www.nesthomegoods.example/product-page/jute-doormat",
    wix(
        wix_item(
            "Jute Doormat",
            "<div data-hook='product-price'><span data-hook='formatted-primary-price'>$32.00</span><span "
            "class='sr-only'>Sale Price</span><span data-hook='formatted-secondary-price'>$40.00</span><span "
            "class='sr-only'>Regular Price</span></div>",
        ),
        "Jute Doormat | Nest Home Goods",
    ),
    32.0,
    "Jute Doormat",
)

# a unit price written "$0.45/fl oz" right after the price in one line
case(
    "r2-unit-no-space",
    "https://www.nesthomegoods.example/product-page/castile-soap-32-oz",
    wix(
        wix_item(
            "Castile Soap, 32 oz",
            "<div data-hook='product-price'><span data-hook='formatted-primary-price'>$14.40</span></div>"
            "<div data-hook='unit-price'>$0.45/fl oz</div>",
        ),
        "Castile Soap, 32 oz | Nest Home Goods",
    ),
    14.4,
    "Castile Soap, 32 oz",
)

# a spend-threshold promotion in an element named for prices, before the price
case(
    "r2-spend-promo-before",
    "https://fieldwork.example/products/camp-mug",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'>Enamel Camp Mug</h1>",
            "<div class='PricePromo_root__p'>Spend $75, get $15 off</div><div class='Price_root__k'><span "
            "class='Price_current__z'>$22.00</span></div>",
        ),
        "Enamel Camp Mug | Fieldwork",
    ),
    22.0,
    "Enamel Camp Mug",
)

# Klarna's line before the price in the buy box, no structured data
case(
    "r2-klarna-before",
    "https://fieldwork.example/products/wool-beanie",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'>Merino Wool Beanie</h1>",
            "<div class='Klarna_root__k'>Pay in 4 interest-free payments of $9.50. <a href='#'>Learn more</a>"
            "</div><div class='Price_root__k'><span class='Price_current__z'>$38.00</span></div>",
        ),
        "Merino Wool Beanie | Fieldwork",
    ),
    38.0,
    "Merino Wool Beanie",
)

# "Was" and "Now" in separate elements
case(
    "r2-was-now-elements",
    "https://fieldwork.example/products/flannel-shirt",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'>Brushed Flannel Shirt</h1>",
            "<div class='Price_root__k'><span class='Price_was__w'>Was $98.00</span> <span class='Price_now__n'>"
            "Now $68.60</span></div>",
        ),
        "Brushed Flannel Shirt | Fieldwork",
    ),
    68.6,
    "Brushed Flannel Shirt",
)

# a "Sale" badge opening the h1, a SKU in a <small> inside it
case(
    "r2-badge-first-sku-in-h1",
    "https://fieldwork.example/products/ripstop-anorak",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'><span class='Badge_sale__j'>Sale</span> Ripstop Anorak <small class='Pdp_"
            "sku__s'>SKU RA-2210</small></h1>",
            "<div class='Price_root__k'><s>$148.00</s> <span class='Price_current__z'>$118.40</span></div>",
        ),
        "Ripstop Anorak | Fieldwork",
    ),
    118.4,
    "Ripstop Anorak",
)

# Magento 2 bundle product: "From $99.00 To $249.00" and "Price as configured"
case(
    "r2-m2-bundle-from-to",
    "https://harborhome.example/cookware-set-builder.html",
    magento2(
        "<div class='product-info-main'>"
        + m2_title("Build Your Own Cookware Set")
        + "<div class='product-info-price'><div class='price-box price-final_price' data-role='priceBox'><p "
        "class='price-from'><span class='price-container price-final_price tax weee'><span class='price-label'>"
        "From</span><span data-price-amount='99' data-price-type='minPrice' class='price-wrapper '><span "
        "class='price'>$99.00</span></span></span></p><p class='price-to'><span class='price-container price-"
        "final_price tax weee'><span class='price-label'>To</span><span data-price-amount='249' data-price-type="
        "'maxPrice' class='price-wrapper '><span class='price'>$249.00</span></span></span></p></div></div>"
        "<div class='bundle-info'><div class='price-box price-configured_price'><p class='price-as-configured'>"
        "<span class='price-label'>Price as configured:</span><span class='price-container price-configured_"
        "price tax weee'><span data-price-amount='99' data-price-type='finalPrice' class='price-wrapper '><span "
        "class='price'>$99.00</span></span></span></p></div><button class='action primary customize'>Customize "
        "and Add to Cart</button></div></div>",
        "Build Your Own Cookware Set",
    ),
    99.0,
    "Build Your Own Cookware Set",
)

# WooCommerce variable product: "From: $14.00" (a theme's price-range format), a "Sale!" badge
case(
    "r2-woo-from-label",
    "https://blueridgebees.example/product/honey-sampler/",
    woo(
        woo_product(
            "Honey Sampler",
            f"<p class='price'><span class='from'>From: </span>{woo_amount('14.00')}</p>",
            before="<span class='onsale'>Sale!</span>",
        ),
        "Honey Sampler &#8211; Blue Ridge Bee Farm",
    ),
    14.0,
    "Honey Sampler",
)

# og:title with a leading shop name part and the SEO words after the name
case(
    "r2-og-shop-first-seo",
    "https://fieldwork.example/products/canvas-tote",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'>Waxed Canvas Tote</h1>",
            "<div class='Price_root__k'><span class='Price_current__z'>$88.00</span></div>",
        ),
        "Fieldwork | Waxed Canvas Tote | Men's Bags | Free Shipping",
        og(
            og_site_name="Fieldwork",
            og_title="Fieldwork | Waxed Canvas Tote | Men's Bags | Free Shipping",
            og_type="product",
            product_price_amount="88.00",
            product_price_currency="USD",
        ),
    ),
    88.0,
    "Waxed Canvas Tote",
)

# a Next.js page whose __NEXT_DATA__ holds the price in cents, no JSON-LD, a split price shown
case(
    "r2-next-data-cents",
    "https://fieldwork.example/products/trail-runner",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'>Trail Runner</h1>",
            "<div class='Price_root__k'><span class='Price_currency__a'>$</span><span class='Price_dollars__b'>"
            "129</span><span class='Price_cents__c'>99</span></div>",
        ),
        "Trail Runner | Fieldwork",
        data=json.dumps(
            {
                "props": {
                    "pageProps": {
                        "product": {
                            "name": "Trail Runner",
                            "sku": "TR-1",
                            "price": {"centAmount": 12999, "currencyCode": "USD"},
                            "images": [{"url": "https://fieldwork.example/images/p/tr-1.jpg"}],
                        }
                    }
                }
            }
        ),
    ),
    129.99,
    "Trail Runner",
)

# the rewards points and a "$5 reward" before the price
case(
    "r2-rewards-before",
    "https://www.kitchenworks.example/product/pour-over-kettle",
    "<html><head><title>Pour-Over Kettle | Kitchen Works</title></head><body><header><a href='/'>Kitchen Works"
    "</a><span class='mini-cart'>$0.00</span></header><main><h1 class='product-title'>Gooseneck Pour-Over Kettle"
    "</h1><img src='/img/kettle.jpg' alt=''><div class='rewards'>Earn 65 points &middot; a $5 reward with "
    "this purchase</div><div class='pricing'><span class='price'>$65.00</span></div><button>Add to Cart"
    "</button></main></body></html>",
    65.0,
    "Gooseneck Pour-Over Kettle",
)

# a header h1 with the shop's name in text, the product's name in a div named for it (no h1 of its own)
case(
    "r2-h1-logo-title-div",
    "https://www.kitchenworks.example/product/bread-knife",
    "<html><head><title>Serrated Bread Knife - Kitchen Works</title></head><body><header><h1 class='logo'>"
    "<a href='/'>Kitchen Works</a></h1><span class='mini-cart'>Cart: $0.00</span></header><main><div "
    "class='product-title'>Serrated Bread Knife</div><img src='/img/bread-knife.jpg' alt=''><div class="
    "'pricing'><span class='price'>$48.00</span></div><button>Add to Cart</button></main></body></html>",
    48.0,
    "Serrated Bread Knife",
)


# ---- round 3: written after round 2's fixes ----------------------------------------------------

case(
    "r3-dawn-labels-glued",
    "https://pineandpour.example/products/wool-throw",
    shopify(
        "<section class='product'>"
        + dawn_media("wool-throw")
        + "<div class='product__info-container'><div class='product__title'><h1>Wool Throw</h1></div>"
        "<div class='price price--on-sale'><span class='price__badge-sale badge'>Save $30.00</span>"
        "<div class='price__sale'><span class='visually-hidden'>Sale price</span><span class='price-item "
        "price-item--sale'>$120.00</span><span class='visually-hidden'>Regular price</span><s class='price-"
        "item price-item--regular'>$150.00</s></div></div>" + add_button() + "</div></section>",
        "Wool Throw &ndash; Pine &amp; Pour",
    ),
    120.0,
    "Wool Throw",
)
case(
    "r3-bc-sale-now-labels",
    "https://trailhead.example/camp-chair/",
    bigcommerce(
        bc_view(
            "Ridgeline",
            "Packable Camp Chair",
            "<div class='productView-price'><div class='price-section non-sale-price--withoutTax'>Was: <span "
            "class='price price--non-sale'>$89.95</span></div><div class='price-section'><span class='price-"
            "now-label'>Now:</span><span data-product-price-without-tax class='price price--withoutTax'>"
            "$69.95</span></div></div>",
        ),
        "Ridgeline Packable Camp Chair - Trailhead Outfitters",
    ),
    69.95,
    "Ridgeline Packable Camp Chair",
)
case(
    "r3-afterpay-inside-price-first",
    "https://fieldwork.example/products/rain-jacket",
    nextjs(
        next_pdp(
            CRUMBS,
            "<h1 class='Pdp_title__b1'>Packable Rain Jacket</h1>",
            "<div class='product-price'><span class='afterpay'>4 interest-free payments of $24.75 with Afterpay"
            "</span> <span class='product-price__amount'>$99.00</span></div>",
        ),
        "Packable Rain Jacket | Fieldwork",
    ),
    99.0,
    "Packable Rain Jacket",
)
case(
    "r3-crv-note",
    "https://www.grocer.example/p/sparkling-water-12-pack",
    "<html><head><title>Sparkling Water, 12 pk - Grocer</title></head><body><header><a href='/'>Grocer</a>"
    "<span class='cart-total'>$0.00</span></header><main><h1>Sparkling Water, Lime, 12 pk</h1><img "
    "src='/img/water.jpg' alt=''><div class='price-block'><span class='price'>$5.99</span> <span class="
    "'crv'>+ $0.60 CRV</span> <span class='unit'>($0.50/ea)</span></div><button>Add to cart</button></main>"
    "</body></html>",
    5.99,
    "Sparkling Water, Lime, 12 pk",
)
case(
    "r3-data-element",
    "https://www.kitchenworks.example/product/dutch-oven",
    "<html><head><title>Dutch Oven | Kitchen Works</title></head><body><header><a href='/'>Kitchen Works</a>"
    "</header><main><h1>Enameled Dutch Oven, 6 qt</h1><img src='/img/do.jpg' alt=''><p><data value='89.99'>"
    "$89.99</data></p><button>Add to Cart</button></main></body></html>",
    89.99,
    "Enameled Dutch Oven, 6 qt",
)
case(
    "r3-trade-in-starting",
    "https://www.techshop.example/p/laptop-14",
    "<html><head><title>Laptop 14 | TechShop</title></head><body><header><a href='/'>TechShop</a></header>"
    "<main><h1>Laptop 14, 16GB RAM, 512GB SSD</h1><img src='/img/laptop.jpg' alt=''><div class='price'>"
    "<span class='price-current'>$1,299.00</span></div><p class='trade-in'>As low as $1,049.00 with eligible "
    "trade-in</p><button>Add to Cart</button></main></body></html>",
    1299.0,
    "Laptop 14, 16GB RAM, 512GB SSD",
)
case(
    "r3-buy2-save-promo-ld",
    "https://pineandpour.example/products/wick-trimmer",
    shopify(
        "<section class='product'>"
        + dawn_media("wick-trimmer")
        + "<div class='product__info-container'><div class='product__title'><h1>Brass Wick Trimmer</h1></div>"
        "<p class='promo-price-callout'>Buy 2, save $5</p><div class='price'><span class='price-item "
        "price-item--regular'>$22.00</span></div>" + add_button() + "</div></section>",
        "Brass Wick Trimmer &ndash; Pine &amp; Pour",
        product_ld(
            "Brass Wick Trimmer",
            offer("22.00"),
            "https://cdn.shopify.com/s/files/1/0555/0123/products/wick-trimmer.jpg",
        ),
    ),
    22.0,
    "Brass Wick Trimmer",
)
case(
    "r3-og-variant-single-value",
    "https://pineandpour.example/products/linen-napkins?variant=4201",
    shopify(
        "<section class='product'>"
        + dawn_media("napkins")
        + "<div class='product__info-container'><div class='product__title'><h1>Linen Napkins, Set of 4</h1>"
        "</div><div class='price'><span class='price-item price-item--regular'>$36.00</span></div>"
        + add_button()
        + "</div></section>",
        "Linen Napkins, Set of 4 &ndash; Pine &amp; Pour",
        og(
            og_title="Linen Napkins, Set of 4 | Stone Washed Linen | Free Shipping Over $50",
            og_type="product",
            product_price_amount="36.00",
            product_price_currency="USD",
        ),
    ),
    36.0,
    "Linen Napkins, Set of 4",
)
case(
    "r3-sqs-sold-out-sale",
    "https://clayandkiln.example/shop/p/teapot",
    squarespace(
        sqs_item(
            "Stoneware Teapot",
            "<div class='product-price'><span class='visually-hidden'>Sale Price:</span>"
            "$64.00 <span class='visually-hidden'>Original Price:</span><span class='original-price'>$80.00</span>"
            "</div><div class='product-mark sale'>Sale</div>",
        ),
        "Stoneware Teapot &mdash; Clay &amp; Kiln Studio",
        product_ld(
            "Stoneware Teapot",
            {"@type": "Offer", "price": 80.0, "priceCurrency": "USD", "availability": "InStock"},
            "https://images.squarespace-cdn.com/content/v1/5f1e/teapot.jpg",
        ),
    ),
    64.0,
    "Stoneware Teapot",
)
case(
    "r3-price-range-ld-low-hi",
    "https://pineandpour.example/products/candle-collection",
    shopify(
        "<section class='product'>"
        + dawn_media("candles")
        + "<div class='product__info-container'><div class='product__title'><h1>Signature Candle</h1></div>"
        "<div class='price'><span class='price-item price-item--regular'>From $18.00</span></div>"
        + add_button()
        + "</div></section>",
        "Signature Candle &ndash; Pine &amp; Pour",
        product_ld(
            "Signature Candle",
            [offer("18.00"), offer("32.00"), offer("48.00")],
            "https://cdn.shopify.com/s/files/1/0555/0123/products/candles.jpg",
        ),
    ),
    18.0,
    "Signature Candle",
)


# Dawn's related cards, each price labelled "Regular price" as the product's own, which is its one
# price (no sale): every named price is set apart, and the amount read near the title is a card's
# (left failing: see XFAIL)
RELATED_CARDS = "".join(
    f"<li class='grid__item'><div class='card-wrapper product-card-wrapper'><div class='card'><div class='card__"
    f"media'><img src='{IMG.format(n.lower().replace(' ', '-'))}' alt='{n}' width='2048' height='2048'></div>"
    f"<div class='card__content'><h3 class='card__heading'><a href='/products/{n.lower().replace(' ', '-')}' "
    f"class='full-unstyled-link'>{n}</a></h3><div class='price'><span class='price-item price-item--regular'>"
    "$48.00 USD</span></div></div></div></div></li>"
    for n in ("Waxed Canvas Tote - Olive", "Waxed Canvas Dopp Kit", "Canvas Market Bag")
)
case(
    "r3-dawn-related-cards-regular",
    "https://pineandpour.example/products/waxed-canvas-tote",
    shopify(
        "<section class='product'>"
        + dawn_media("waxed-canvas-tote")
        + "<div class='product__info-container'><div class='product__title'><h1>Waxed Canvas Tote</h1></div>"
        "<div class='price'><div class='price__container'><div class='price__regular'><span class='visually-hidden"
        " visually-hidden--inline'>Regular price</span><span class='price-item price-item--regular'>$68.00 USD"
        "</span></div></div></div>"
        + add_button()
        + "</div></section><div class='related-products'><h2>You may "
        "also like</h2><ul class='grid product-grid'>" + RELATED_CARDS + "</ul></div>",
        "Waxed Canvas Tote &ndash; Pine &amp; Pour",
    ),
    68.0,
    "Waxed Canvas Tote",
)


def _strict_title(got: str | None, want: str) -> bool:
    return bool(got) and _tokens(got) == _tokens(want)


XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("c", case_params(CASES, XFAIL))
def test_price_and_title(c: Case) -> None:
    """Price to the cent; the title as shown: the same words (bench `title_match` is looser)."""
    got = extract_product(c.html, c.url) or {}
    wrong = []
    if c.price is None:
        if got.get("price") is not None:
            wrong.append(f"price {got.get('price')!r}")
    elif got.get("price") is None or abs(got["price"] - c.price) > 0.005:
        wrong.append(f"price {got.get('price')!r} != {c.price}")
    if not _strict_title(got.get("title"), c.title):
        loose = "bench-ok" if title_match(got.get("title"), c.title) else "bench-wrong"
        wrong.append(f"title {got.get('title')!r} != {c.title!r} ({loose})")
    assert not wrong, "; ".join(wrong)


# ---- must-not-fire cases of the fixes (written after reading the code) ----------------------------


def _plain(
    price_html: str, before: str = "", after: str = "", head: str = "", name: str = "Camp Stool"
) -> str:
    return nextjs(
        before + next_pdp(CRUMBS, f"<h1 class='Pdp_title__b1'>{name}</h1>", price_html) + after,
        f"{name} | Fieldwork",
        head,
    )


STRIP_AFTER = (
    "<section class='related'><h2>You may also like</h2><ul><li class='card'><h3 class='card__heading'><a "
    "href='/products/a'>Camp Table</a></h3><div class='price'><span class='price-item'>$89.00</span></div></li>"
    "</ul></section>"
)
STRIP_BEFORE = STRIP_AFTER.replace("You may also like", "Recently viewed")

PRICE_NOT_FIRE = [
    # a block of 3 amounts around a price named by nothing finer: its own amount stays
    ("block-unit-and-instalment", _plain("<div class='product-price'>$35.00 <span class='price-unit'>($3.50 / oz)</span> <span class='price-note'>or 4 payments of $8.75</span></div>"), 35.0),
    ("block-two-amounts", _plain("<div class='product-price'><s class='price-compare'>$50.00</s> <span class='price-sale'>$35.00</span></div>"), 35.0),
    # the screen-reader text an old price, the look kept from screen readers the current one
    ("spoken-old-price", _plain("<div class='product-price'><span class='sr-only'>Regular price $36.00</span><span aria-hidden='true'>$28.00</span></div>"), 28.0),
    ("aria-hidden-icon-only", _plain("<div class='product-price'><span aria-hidden='true'>&#9733;</span> $42.00</div>"), 42.0),
    # a strip after the product ("fires-": the "regular" price alone lost to the strip's before the
    # fix, the rule's kind), a named current price after a strip, a current price named by nothing
    # beside a "Reg." one: the product's
    ("fires-regular-alone-strip-after", _plain("<div class='price'><span class='price-item price-item--regular'>$24.00</span></div>", after=STRIP_AFTER), 24.0),
    ("fires-unnamed-current-strip-before", _plain("<p class='buy-line'>Our price: $40.00</p><span class='regular-price'>Reg. $50.00</span>", before=STRIP_BEFORE), 40.0),
    ("named-price-strip-before", _plain("<div class='price'><span class='price-item price-item--sale'>$24.00</span></div>", before=STRIP_BEFORE), 24.0),
    # a size in fluid ounces after a price is no unit price; a unit price beside the price
    ("size-after-price", _plain("<div class='price'><span class='product-price'>$4.50</span> <span class='size'>1 fl oz</span></div>", name="Travel Lotion"), 4.5),
    ("unit-price-beside", _plain("<div class='price'><span class='product-price'>$18.00</span><span class='unit-price'>($4.50 / 1 fl oz)</span></div>", name="Linen Spray"), 18.0),
    # an old-price label before a struck price that is not written last, or written last after the
    # current price: the current one
    ("struck-first-labels-after", _plain("<div class='product-price'><s class='p-x'>$60.00</s> <span>Regular Price</span> <span>$45.00</span> <span>Sale Price</span></div>"), 45.0),
    ("was-struck-now", _plain("<div class='product-price'>Was <s>$60.00</s> Now $45.00</div>"), 45.0),
    ("compare-at-struck-last", _plain("<div class='product-price'>$45.00 Compare at <s>$60.00</s></div>"), 45.0),
    # a price of the same amount as a spend threshold, the threshold outside the price
    ("spend-threshold-equal", _plain("<div class='price'><span class='product-price'>$100.00</span></div>", before="<div class='promo'>Spend $100, get a free tote</div>", head=product_ld("Camp Stool", offer("100.00"), "https://fieldwork.example/images/p/stool.jpg")), 100.0),
]  # fmt: skip


@pytest.mark.parametrize(("html", "price"), [pytest.param(h, p, id=i) for i, h, p in PRICE_NOT_FIRE])
def test_price_rules_keep_ordinary_pages(html: str, price: float) -> None:
    got = extract_product(html, "https://fieldwork.example/products/camp-stool") or {}
    assert got.get("price") == price


@pytest.mark.parametrize(
    ("name", "shown", "seo"),
    [
        ("Buy Sourwood Honey Online | Rare Appalachian Honey", "Sourwood Honey, 12 oz", True),
        ("Selvedge Denim Jean | Men's Raw Denim Jeans | Free Shipping", "Selvedge Denim Jean", True),
        ("Fieldwork | Waxed Canvas Tote | Men's Bags", "Waxed Canvas Tote", True),
        # must not fire: the shown name cut short, a category heading, the shop's part alone, no parts,
        # a one-word heading
        ("Model S P100D | Tesla", "P100D", False),
        ("Nike Air Max 90 | Men's Shoes", "Men's Shoes", False),
        ("Waxed Canvas Tote | Fieldwork", "Waxed Canvas Tote", False),
        ("Waxed Canvas Tote - Men's Bags", "Waxed Canvas Tote", False),
        ("Rose Quartz Ring | Sterling Silver", "Ring", False),
        ("Rose Quartz Ring | Sterling Silver", "Quartz Ring", False),
    ],
)
def test_seo_title_of(name: str, shown: str, seo: bool) -> None:
    from knockoff.crawler.heuristics.titles import seo_title_of

    assert seo_title_of(name, shown, "fieldwork.example", "Fieldwork") is seo


@pytest.mark.parametrize(
    ("name", "shown", "variant"),
    [
        ("Heavyweight Hoodie - Forest / M", "Heavyweight Hoodie", True),
        ("Classic Leather Briefcase - Chestnut / Medium", "Classic Leather Briefcase", True),
        ("Linen Shirt, White / XL / Tall", "Linen Shirt", True),
        # must not fire: a fuller name, one option value (a subtitle or a variant: the name stays), the
        # shop's name, a long value, another product
        ("Trail Runner 2 - Men's Running Shoe", "Trail Runner 2", False),
        ("Classic Tee - Blue", "Classic Tee", False),
        ("Heavyweight Hoodie - Fieldwork / Shop", "Heavyweight Hoodie", False),
        ("Art Print - 18 x 24 in / Matte Black Oak Frame With Mat", "Art Print", False),
        ("Heavyweight Hoodie Zip - Forest / M", "Heavyweight Hoodie", False),
    ],
)
def test_variant_named(name: str, shown: str, variant: bool) -> None:
    from knockoff.crawler.extract import _variant_named

    assert _variant_named(name, shown, "Fieldwork", "fieldwork.example") is variant
