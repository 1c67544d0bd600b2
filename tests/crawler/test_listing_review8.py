"""Review 8 of listings on US specialty shop and resale pages (issue 14, listing helper).

Each case is a whole product page as the shop serves it (announcement bar, header with logo, search, menus
and cart, breadcrumbs, gallery with thumbnails, buy box with its price block: sale / was / compare-at,
"Est. Retail", member and club prices, price ranges, "Starting at", lowest ask / bid and last sale of the
sneaker resellers, Afterpay / Klarna / Shop Pay / Affirm instalments, core charges, fees and shipping
lines; specs, reviews, related cards with their own prices and buttons, newsletter footer) of the US
specialty and independent shops and resale marketplaces: StockX, GOAT, Flight Club, Stadium Goods, Kicks
Crew; The RealReal, Fashionphile, Rebag, Vestiaire US, Poshmark, Mercari, Depop, Grailed, OfferUp, a
consignment shop; AutoZone, Advance, O'Reilly, Summit Racing, FCP Euro; Backcountry, CampSaver, Acme
Tools, Northern Tool, Ohio Power Tool, Global Industrial, a bike shop; Adorama, Crutchfield, Micro
Center, Vintage King; Dermstore, Credo and independent beauty / fashion Shopify boutiques; Article,
Floyd, Lulu and Georgia, Medley, Lumens, Schoolhouse. Pages out of stock, sold, on hold, pre-order,
back-order, discontinued, "notify me", "coming soon", "call for price", made to order; about a third with
JSON-LD, microdata or OpenGraph, some of it differing from what the page shows (a stale offer price, the
compare-at price in og:price, InStock on a sold item). Each case checks only the listing fields of this
helper: a listing given or not, its price (to the cent; None: no price shown), currency and availability
(folded as `benchmarks.bench_extraction` folds it; None: not judged). Titles and images are the other
helpers'.

FIRST LOOK (HEAD 2a8b737 with the other helpers' working tree, written before reading the modules):
- batch 1 (35 pages, no structured data but two): 5 failed, one without a listing;
- batch 2 (12 pages with structured data): 1 failed;
- batch 3 (9 pages, written after kinds 1-3, near their families): 1 failed (kind 4), and a page written as
  a must-not-fire page for kind 2 failed before the fix as well (a case since);
- batch 4 (9 pages, written after kind 4, measured with kinds 1-4 in): 3 failed (kinds 5-7);
- batch 5 (9 pages, written after kinds 5-7, measured with them in): 1 failed (kind 8);
- batch 6 (6 pages, written after kind 8: a restock date under a disabled button, out of stock online with a
  store finder, "$145.99 + $35.00 Core", a tire's price each and per set, a watch dealer's wire price, Reverb):
  0 failed;
- batch 7 (2 Shopify Dawn pages as the theme serves them, its sold-out badge always printed in the price
  block and hidden by CSS, a size's visually-hidden "Variant sold out or unavailable": in stock and sold
  out), written after kind 2 made `near_state` read Shopify pages: 0 failed;
- batch 8 (5 pages, written after the commit of kinds 1-8, 3a09f2f: thredUP, Chrono24's and 1stDibs' "Price
  on request" / "Price Upon Request" without a cart, The Pro's Closet's MSRP, MPB's "From $1,049" over
  its conditions): 0 failed;
- batch 9 (7 pages, written after batch 8: a pre-order app's badge beside "Add to Cart", "This item is
  currently backordered. Expected to ship on or before ...", a waitlist button, "Temporarily unavailable",
  shipping restrictions naming no stock, one colour no longer sold): 2 failed, both left (strict xfails,
  `LEFT`): the lead's `extract._MESSAGE_NAMES` takes Shopify's `<body class="template-product">` for a
  message template, so the page text's pre-order and back-order words beside a live cart are never read
  on such pages (kind 2 in extract.py, asked in the final report; fixed by the lead in 46ec1e2, both pass
  and `LEFT` is empty);
- batch 10 (4 pages of the shop software US independent shops run: BigCommerce's MSRP / rrp price, Volusion's
  "Retail Price" then "Our Price", WooCommerce's del / ins with its screen-reader sentences, a sold-out
  Squarespace item with its original price): 0 failed;
- batch 11 (1 page, StockX's market summary with its last sale first): 1 failed (kind 9);
- batch 12 (2 pages, written after kind 9: Vestiaire's reserved item, Depop's "This item has sold"): 1 failed
  (kind 10);
- batch 13 (3 pages, written after kind 10: JSON-LD without an offer beside a sale price, microdata whose
  price is only the element's text, OpenGraph's price beside a disabled "Sold out"): 0 failed;
- batch 14 (2 pages, MAP prices told in the cart, no structured data): 1 failed, without a listing (kind 11).
In all 106 pages, 16 failed at first look (2 left), 1 without a listing (and one more, the call-for-price page, after
kind 4's first half). Kinds (all read right since; with the modules at 2a8b737 swapped back in one process
16 of the first 82 cases fail, the 11 first-look failures, the must-not-fire page of kind 2 and a batch-4, a batch-5 and a
batch-6 page the kinds before them had already fixed, and the 13 must-not-fire pages pass;
`/tmp/lh_before_run.sh` of the session; kinds 9 and 10, after the commit 3a09f2f: with its modules 4 of the
101 cases fail, the 2 `LEFT` and the pages of kinds 9 and 10, and all 16 must-not-fire pages pass; kind 11,
after 39ef61d: with its modules 3 of the 106 cases fail, the 2 `LEFT` and kind 11's page, and all 18
must-not-fire pages pass):
1. a one-of-a-kind item sold (Poshmark's "This item is sold", Grailed's "This listing has sold.", Mercari's
   grey "Sold" checkout button, OfferUp's "This item has been sold", a consignment shop's disabled "Sold"
   button beside JSON-LD still saying InStock): availability None / InStock. `controls._SOLD_WORDING`
   reads the sentence ending at "sold" and a status line "Item sold"; `controls.buy_state` reads a control
   whose whole text is "Sold", disabled or named as the buy control (`_BARE_SOLD`). Must not fire: "This
   item is sold by Campmor and ships ...", "This product is sold individually.", a seller's "Sold" tab, a
   "1,204 Sold" count after the title, a related card's "Sold" badge.
2. message-template names over the page: `controls._MESSAGE_NAMES` ("template") matched Shopify's `<body
   class="template-product">` and Online Store 2.0's section ids "shopify-section-template--...__main", so
   `near_state` skipped every element of those pages (a lighting shop's "This product has been
   discontinued." without a price gave no listing). Shopify's page-type and section names are no message
   names, and an element holding the title is a region of the page, not a message (`controls.in_message`);
   `stock_state` skips a message template named for the stock within two levels ("stock-msg-tpl",
   "message-template"), not Debut's "product-template" sections. Must not fire: a Dawn error message
   "This item is unavailable" in its error wrapper beside a live cart.
3. a retail price beside a reseller's own: GOAT's sold-out page read its details' "Retail Price $150" as the
   price (`price_text.OLD_TEXT`: "retail", as "MSRP"). Must not fire: "Retail Price: $89.99 / Our Price:
   $52.79" (the second), a shop named "Retail Therapy".
4. a price told on asking: an industrial supplier's "Call for Price 1-888-383-3784" read as $1 (the phone
   number's first figure). A price element saying "Call for Price", "Price on request", "Request a quote",
   "Contact us for pricing" without a currency amount gives no amount (`prices._ASKED_PRICE`, `_amount`),
   and the page stands as a product page without a price (`prices.asked_price`,
   `page.Found.unavailable_product`). Must not fire: "Need 10 or more? Call for a quote: 1-800-555-0199"
   beside a shown price, a category page of "Call for Price" cards (no listing).
5. a back-order line naming its delivery time ("Temporarily out of stock. Backorder now — ships in 3-5
   weeks.") was taken for a legend of three states (`controls._legend`: "ships in" reads InStock) and read
   as nothing, the live "Backorder" button then InStock: a delivery time names no state
   (`controls._DELIVERY_TIME`). Must not fire: a stock legend "In stock · Ships in 2-3 days · Backordered ·
   Out of stock" beside a live cart.
6. US chains' stores-only lines ("Available in stores only — not available for shipping", "In-store pickup
   only") read OutOfStock by their "not available" (`controls._STORE_ONLY` in English), and the "Pick Up In
   Store" button of such an item is its buy control (`controls._BARE_ADD`). Must not fire: "Online only —
   not available in stores".
7. Grailed's bare "Purchase" button (beside "Offer") was no buy control: availability None
   (`controls._BARE_ADD` "purchase", `_BUY` "purchase now"). Must not fire: a "Purchase Protection" add-on
   button on a sold-out page.
8. a loyalty programme's price named for the programme ("Regular $85.00 · Insider price $76.50 Join free")
   was read as the price: `amounts._CONDITIONAL`, `price_text.CONDITIONAL_NAME` and `price_text._MEMBER`
   read "Insider / Rewards / VIP / Perks / Loyalty price" as a members' price. Must not fire: the
   programme's price as the only one shown (the last resort still reads it), "Rewards members earn 3x
   points" beside the price.
9. a resale marketplace's market summary ("Last Sale $108 · Lowest Ask $112 · Highest Bid $95", batch 11,
   written after batch 10 and failing: the highest bid read): the last sale and the buyers' highest bid are
   no price (`price_text.OLD_TEXT`). Must not fire: an auction's "Current bid: $1,250.00", a "Final Sale"
   badge with a "Last chance sale" line.
10. a resale item reserved or on hold for another buyer (Vestiaire's "This item is reserved" above a disabled
   "Reserved" button, batch 12: availability None): `controls._SOLD_WORDING` and `_BARE_SOLD`. Must not fire:
   "This item is reserved for you for 10:00 minutes." beside "Checkout Now", "Reserve online, pick up in
   our Miami store."
11. a price told in the cart under a minimum advertised price policy ("See price in cart" beside the MSRP and
   a live "Add to Cart", batch 14): no listing. `prices._ASKED_PRICE` reads "See price in cart", "Add to
   cart to see our price", "Price shown in cart" as a price told on asking (kind 4). Must not fire: "final
   price shown in cart" under a shown price, a category page of such cards (no listing).
Seen, not made a kind: GOAT's sold-out page read its lone "You May Also Like" card's $389 as the price when
that card had no picture (with the picture it shows, `layout.named_card` leaves it out: the page kept so).
Asks for the lead (files not mine): `extract._MESSAGE_NAMES` ("template") in `_said_outside_strips` matches
Shopify's `<body class="template-product">` and Online Store 2.0's "shopify-section-template--...__main" as
`controls._MESSAGE_NAMES` did (kind 2): `controls.in_message(page, el, title_el)` or its `_TEMPLATE`
exclusions there would read the two `LEFT` pages; `layout.named_card` could take a lone card without a
picture inside a block named for other items ("RecentlyViewed", "You May Also Like") for another product's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from benchmarks.bench_extraction import AVAILABILITY_CLASS
from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params


@dataclass(frozen=True)
class Case:
    """A whole page and what a shopper reads on it: `listing` (False: the page gives no listing),
    `price` (None: no price shown), `currency`, `availability` (schema.org name, folded as the benchmark
    folds it; None: not judged)."""

    id: str
    url: str
    html: str
    listing: bool
    price: float | None = None
    currency: str | None = None
    availability: str | None = None
    xfail: str = ""


CASES: list[Case] = []
NOT_FIRE: list[Case] = []


def case(id: str, url: str, html: str, price: float | None, availability: str | None, currency: str | None = "USD",
         listing: bool = True, xfail: str = "") -> None:  # fmt: skip
    CASES.append(
        Case(id, url, html, listing, price, currency if price is not None else None, availability, xfail)
    )


def not_fire(id: str, url: str, html: str, price: float | None, availability: str | None,
             currency: str | None = "USD", listing: bool = True) -> None:  # fmt: skip
    NOT_FIRE.append(
        Case(id, url, html, listing, price, currency if price is not None else None, availability)
    )


def doc(title: str, body: str, head: str = "", lang: str = "en-US") -> str:
    """A whole document: head with the shop's metas and styles, `body` as the site serves it."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{title}</title>{head}<link rel="stylesheet" href="/assets/css/site.min.css">'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script></head>"
        f'<body class="template-product">{body}<script src="/assets/js/bundle.min.js" defer></script></body></html>'
    )


def ld(data: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def header(shop: str, logo: str, menus: list[str], cls: str = "site-header") -> str:
    links = "".join(
        f'<li class="{cls}__menu-item"><a href="/{m.lower().replace(" ", "-")}">{m}</a></li>' for m in menus
    )
    return (
        f'<div class="announcement-bar"><p>Free shipping on orders over $75 · Easy 30-day returns</p></div>'
        f'<header class="{cls}"><a class="{cls}__logo" href="/"><img src="{logo}" alt="{shop}" width="160" height="40"></a>'
        f'<form class="{cls}__search" action="/search" role="search"><input type="search" name="q" placeholder="Search {shop}">'
        f'<button type="submit" aria-label="Search">Search</button></form>'
        f'<nav class="{cls}__nav" aria-label="Main"><ul>{links}</ul></nav>'
        f'<div class="{cls}__icons"><a href="/account/login">Sign In</a><a href="/cart" class="cart-link">Cart <span class="cart-count">0</span></a></div></header>'
    )


def crumbs(items: list[str]) -> str:
    lis = "".join(f'<li><a href="/{i.lower().replace(" ", "-")}">{i}</a></li>' for i in items)
    return (
        f'<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>{lis}</ol></nav>'
    )


def gallery(imgs: list[str], alt: str) -> str:
    main = f'<div class="product-gallery__main"><img src="{imgs[0]}" alt="{alt}" width="1000" height="1000"></div>'
    thumbs = "".join(
        f'<button class="product-gallery__thumb"><img src="{i}?w=120" alt="{alt} view {n + 1}" width="120" height="120"></button>'
        for n, i in enumerate(imgs)
    )
    return f'<div class="product-gallery">{main}<div class="product-gallery__thumbs">{thumbs}</div></div>'


def specs(rows: list[tuple[str, str]], heading: str = "Specifications") -> str:
    trs = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return (
        f'<section class="product-specs"><h2>{heading}</h2><table class="specs-table">{trs}</table></section>'
    )


def reviews(stars: str, count: int, texts: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<div class="review"><div class="review__stars" aria-label="{stars} out of 5 stars">★★★★★</div>'
        f'<h4 class="review__title">{t}</h4><p class="review__body">{b}</p><span class="review__author">Verified Buyer</span></div>'
        for t, b in texts
    )
    return (
        f'<section id="reviews" class="reviews"><h2>Customer Reviews</h2><div class="reviews__summary">'
        f'<span class="reviews__avg">{stars}</span><span class="reviews__count">Based on {count} reviews</span>'
        f'<a href="#write-review" class="btn btn--secondary">Write a Review</a></div>{items}</section>'
    )


def related(
    heading: str, cards: list[tuple[str, str, str]], button: str = "", cls: str = "product-card"
) -> str:
    """Cards of other products: (name, price html, url)."""
    out = ""
    for n, (name, price, url) in enumerate(cards):
        btn = f'<button class="btn btn--small {cls}__atc" type="button">{button}</button>' if button else ""
        out += (
            f'<li class="{cls}"><a class="{cls}__link" href="{url}"><img class="{cls}__img" '
            f'src="https://cdn.example-shop.com/cards/{n}.jpg" alt="{name}" loading="lazy" width="300" height="300">'
            f'<h3 class="{cls}__title">{name}</h3></a><div class="{cls}__price">{price}</div>{btn}</li>'
        )
    return (
        f'<section class="related-products"><h2>{heading}</h2><ul class="product-grid">{out}</ul></section>'
    )


def footer(shop: str, cols: list[str] | None = None) -> str:
    cols = cols or [
        "About Us",
        "Careers",
        "Shipping &amp; Returns",
        "Contact Us",
        "Privacy Policy",
        "Terms of Use",
    ]
    links = "".join(f'<li><a href="/pages/{c.lower().replace(" ", "-")}">{c}</a></li>' for c in cols)
    return (
        f'<footer class="site-footer"><div class="site-footer__newsletter"><h3>Join our list</h3><p>Sign up for early access to drops and 10% off your first order.</p>'
        f'<form action="/contact#newsletter"><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>'
        f'<ul class="site-footer__links">{links}</ul><p class="site-footer__copy">© 2026 {shop}. All rights reserved.</p>'
        '<ul class="payment-icons"><li>Visa</li><li>Mastercard</li><li>American Express</li><li>PayPal</li><li>Apple Pay</li></ul></footer>'
    )


# ---- sneaker and streetwear resellers -----------------------------------------------------------------

# S1 StockX: "Buy for $189" at the lowest ask, "Last Sale: $201", a bid button; no structured data served to
# the crawler (StockX renders its JSON-LD in the browser)
case(
    "stockx-lowest-ask-buy-for",
    "https://stockx.com/nike-air-max-1-86-og-big-bubble-royal",
    doc(
        "Nike Air Max 1 '86 OG Big Bubble Royal - DO9844-100 | StockX",
        '<div id="root"><header class="css-1hnlyw4"><a href="/" aria-label="StockX Home"><svg class="logo"></svg></a>'
        '<input type="search" placeholder="Search for brand, color, etc."><nav><a href="/sneakers">Sneakers</a><a href="/apparel">Apparel</a>'
        '<a href="/collectibles">Collectibles</a><a href="/sell">Sell</a></nav><a href="/login">Login</a><a href="/signup">Sign Up</a></header>'
        '<nav class="chakra-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/sneakers">Sneakers</a></li><li><a href="/nike">Nike</a></li><li><a href="/nike/air-max">Air Max</a></li></ol></nav>'
        '<div class="css-product"><div class="css-media"><div class="css-1m8plwc"><img src="https://images.stockx.com/images/Nike-Air-Max-1-86-OG-Big-Bubble-Royal-Product.jpg?fit=fill&amp;bg=FFFFFF&amp;w=700&amp;h=500&amp;fm=webp" alt="Nike Air Max 1 \'86 OG Big Bubble Royal"></div></div>'
        '<div class="css-details"><h1 data-component="primary-product-title" class="chakra-heading">Nike Air Max 1 \'86 OG Big Bubble Royal</h1>'
        '<p class="chakra-text">Condition: <span>New</span> · <a href="/authentication">100% Authentic</a></p>'
        '<div class="css-size"><button class="chakra-button" aria-haspopup="menu">Size: <span>US M 10</span></button></div>'
        '<div class="css-buybox"><div class="css-bid-ask"><p class="chakra-text">Buy Now for</p><p data-testid="trade-box-buy-amount" class="chakra-text css-xfmxd4">$189</p></div>'
        '<div class="css-action"><button data-testid="bidBtn" class="chakra-button css-bid">Place Bid</button><a data-testid="trade-box-buy-button" href="/buy/nike-air-max-1-86-og-big-bubble-royal?size=10" class="chakra-button css-buy">Buy for $189</a></div>'
        '<p class="chakra-text css-afterpay">Or 4 interest-free payments of $47.25 with Afterpay</p>'
        '<div class="css-market"><p>Last Sale: <span>$201</span> <span class="css-up">▲ $12 (+6%)</span></p><a href="#sales">View Market Data</a></div>'
        '<p class="css-shipping">Estimated delivery Dec 9 - Dec 11 · Ships from StockX</p></div></div></div>'
        '<section class="css-details-table"><h2>Product Details</h2><dl><dt>Style</dt><dd>DO9844-100</dd><dt>Colorway</dt><dd>White/Royal Blue/Light Neutral Grey</dd><dt>Retail Price</dt><dd>$140</dd><dt>Release Date</dt><dd>03/26/2023</dd></dl></section>'
        '<section class="css-related"><h2>Related Products</h2><div class="css-tiles"><a href="/nike-air-max-1-86-og-big-bubble-red" class="css-tile"><img src="https://images.stockx.com/images/AM1-Red.jpg?w=300" alt=""><p>Nike Air Max 1 \'86 OG Big Bubble Sport Red</p><p class="css-tile-label">Lowest Ask</p><p class="css-tile-price">$167</p></a>'
        '<a href="/nike-air-max-1-patta-waves-monarch" class="css-tile"><img src="https://images.stockx.com/images/AM1-Patta.jpg?w=300" alt=""><p>Nike Air Max 1 Patta Waves Monarch</p><p class="css-tile-label">Lowest Ask</p><p class="css-tile-price">$245</p></a></div></section>'
        '<footer class="css-footer"><a href="/about">About</a><a href="/help">Help</a><a href="/terms">Terms</a><p>©2026 StockX. All Rights Reserved.</p></footer></div>',
    ),
    189.0,
    "InStock",
)

# S2 GOAT: "Buy New" from the lowest price, "Used from"; a size grid with prices per size
case(
    "goat-buy-new-from-used-from",
    "https://www.goat.com/sneakers/air-jordan-1-retro-high-og-chicago-lost-and-found-dz5485-612",
    doc(
        "Air Jordan 1 Retro High OG 'Chicago Lost &amp; Found' | GOAT",
        '<div id="__next"><header class="Header__Wrapper"><a href="/" class="Header__Logo" aria-label="GOAT"><svg></svg></a>'
        '<nav><a href="/sneakers">Sneakers</a><a href="/apparel">Apparel</a><a href="/accessories">Accessories</a><a href="/collections">Shop All</a></nav>'
        '<a href="/search">Search</a><a href="/account">Account</a><a href="/cart">Bag</a></header>'
        '<main class="ProductPage__Wrapper"><div class="ProductPage__Left"><div class="SwipeableGallery"><img src="https://image.goat.com/transform/v1/attachments/product_template_pictures/images/086/478/618/original/DZ5485_612.png.png?action=crop&amp;width=750" alt="Air Jordan 1 Retro High OG \'Chicago Lost &amp; Found\'"></div></div>'
        '<div class="ProductPage__Right"><div class="ProductTitlePaneDesktop__Wrapper"><h1 class="ProductTitlePaneDesktop__Title">Air Jordan 1 Retro High OG \'Chicago Lost &amp; Found\'</h1><p class="ProductTitlePaneDesktop__Sku">DZ5485 612</p></div>'
        '<div class="BuyBarDesktop__Wrapper"><div class="SizePicker"><span>US Men\'s Size</span><button class="SizeButton selected">10</button></div>'
        '<div class="BuyButtons"><button class="BuyButton__New" data-qa="buy_bar_new"><span class="BuyButton__Label">Buy New</span><span class="BuyButton__Price">$245</span></button>'
        '<button class="BuyButton__Used" data-qa="buy_bar_used"><span class="BuyButton__Label">Used from</span><span class="BuyButton__Price">$180</span></button></div>'
        '<p class="BuyBarDesktop__Financing">Pay in 4 interest-free payments of $61.25 with <b>Klarna</b>. <a href="/klarna">Learn more</a></p>'
        '<p class="BuyBarDesktop__Offer">Make an Offer</p></div>'
        '<div class="ProductInfo"><h2>Product Details</h2><div class="ProductInfo__Row"><span>Release Date</span><span>2022 11/19</span></div><div class="ProductInfo__Row"><span>Colorway</span><span>Varsity Red/Black/Sail/Muslin</span></div><div class="ProductInfo__Row"><span>Retail Price</span><span>$180</span></div></div></div></main>'
        '<section class="RecentlyViewed"><h2>Recently Viewed</h2><a href="/sneakers/air-jordan-4-retro-bred-reimagined-fv5029-006"><img src="https://image.goat.com/375/bred4.png" alt=""><p>Air Jordan 4 Retro \'Bred Reimagined\'</p><p>$215</p></a>'
        '<a href="/sneakers/dunk-low-panda-dd1391-100"><img src="https://image.goat.com/375/panda.png" alt=""><p>Nike Dunk Low \'Panda\'</p><p>$98</p></a></section>'
        '<footer class="Footer"><a href="/about">About GOAT</a><a href="/support">Support</a><p>© 2026 GOAT</p></footer></div>',
    ),
    245.0,
    "InStock",
)

# S3 Flight Club: a Shopify store, "From $350" over the size grid of prices, a sold-out size crossed
case(
    "flightclub-size-grid-prices",
    "https://www.flightclub.com/products/air-jordan-11-retro-gamma-blue-378037-006",
    doc(
        "Air Jordan 11 Retro 'Gamma Blue' - Flight Club",
        header(
            "Flight Club",
            "//www.flightclub.com/cdn/shop/files/fc-logo.svg",
            ["New Arrivals", "Air Jordan", "Nike", "Yeezy", "New Balance", "Apparel", "Sale"],
            "fc-header",
        )
        + crumbs(["Air Jordan", "Air Jordan 11"])
        + '<main class="product-page"><div class="product__media">'
        + gallery(
            [
                "//www.flightclub.com/cdn/shop/files/378037-006-1.png",
                "//www.flightclub.com/cdn/shop/files/378037-006-2.png",
            ],
            "Air Jordan 11 Retro Gamma Blue",
        )
        + '</div><div class="product__info"><p class="product__vendor">Air Jordan</p><h1 class="product__title">Air Jordan 11 Retro \'Gamma Blue\'</h1><p class="product__sku">378037 006</p>'
        '<div class="product__price"><span class="price-label">From</span> <span class="price">$350</span></div>'
        '<fieldset class="size-grid"><legend>Select Size (US Men\'s)</legend>'
        '<label class="size-grid__option"><input type="radio" name="size" value="8"><span>8</span><span class="size-grid__price">$410</span></label>'
        '<label class="size-grid__option"><input type="radio" name="size" value="9"><span>9</span><span class="size-grid__price">$350</span></label>'
        '<label class="size-grid__option"><input type="radio" name="size" value="10"><span>10</span><span class="size-grid__price">$375</span></label>'
        '<label class="size-grid__option size-grid__option--sold-out"><input type="radio" name="size" value="13" disabled><span>13</span><span class="size-grid__price">Sold Out</span></label></fieldset>'
        '<button class="btn btn--primary product-form__submit" type="submit" name="add">Add to Cart</button>'
        '<p class="product__afterpay">or 4 interest-free installments of $87.50 by <img src="/afterpay.svg" alt="Afterpay"></p>'
        '<p class="product__note">All sales final. Every item is verified authentic.</p></div></main>'
        + specs(
            [("Style", "378037 006"), ("Colorway", "Black/Varsity Royal-White"), ("Release Date", "2013")],
            "Product Details",
        )
        + related(
            "You May Also Like",
            [
                ("Air Jordan 11 Retro 'Concord' 2018", "$420", "/products/air-jordan-11-concord"),
                ("Air Jordan 11 Retro 'Cool Grey' 2021", "$265", "/products/air-jordan-11-cool-grey"),
            ],
        )
        + footer("Flight Club"),
    ),
    350.0,
    "InStock",
)

# S4 Stadium Goods: price with Afterpay and a "Lowest price" note; og:price meta of the retail price
case(
    "stadiumgoods-og-retail-price",
    "https://www.stadiumgoods.com/en-us/products/yeezy-boost-350-v2-onyx-hq4540-22219877",
    doc(
        'adidas Yeezy Boost 350 V2 "Onyx" sneakers - Stadium Goods',
        header(
            "Stadium Goods",
            "https://www.stadiumgoods.com/static/logo.svg",
            ["Sneakers", "Apparel", "Brands", "Collectibles", "Sell With Us"],
            "sg-header",
        )
        + crumbs(["Sneakers", "adidas", "Yeezy"])
        + '<div class="pdp"><div class="pdp__gallery">'
        + gallery(
            ["https://cdn-images.farfetch-contents.com/22/21/98/77/22219877_52105012_1000.jpg"],
            "adidas Yeezy Boost 350 V2 Onyx",
        )
        + '</div><div class="pdp__info"><h1 class="pdp__title"><span class="pdp__brand">adidas</span> Yeezy Boost 350 V2 "Onyx" sneakers</h1>'
        '<div class="pdp__price" data-testid="price"><span>$275</span></div>'
        '<p class="pdp__afterpay">4 interest-free payments of $68.75 with <b>afterpay</b></p>'
        '<div class="pdp__sizes"><button>US 9</button><button>US 9.5</button><button class="selected">US 10</button></div>'
        '<button class="pdp__add" type="button">Add To Bag</button><p class="pdp__shipping">Free shipping on orders over $300</p></div></div>'
        + specs([("Style", "HQ4540"), ("Color", "Onyx"), ("Retail", "$230")])
        + related(
            "Similar Items",
            [
                ('adidas Yeezy Boost 350 V2 "Bone"', "$259", "/en-us/products/yeezy-350-bone"),
                ('adidas Yeezy Slide "Onyx"', "$119", "/en-us/products/yeezy-slide-onyx"),
            ],
        )
        + footer("Stadium Goods"),
        '<meta property="og:type" content="product"><meta property="og:title" content="adidas Yeezy Boost 350 V2 Onyx">'
        '<meta property="product:price:amount" content="275.00"><meta property="product:price:currency" content="USD">',
    ),
    275.0,
    "InStock",
)

# S5 GOAT sold out in the chosen size and every size: "Out of Stock" on the buy bar, "Notify Me"
case(
    "goat-out-of-stock-notify",
    "https://www.goat.com/sneakers/travis-scott-x-air-jordan-1-low-og-canary-dz4137-700",
    doc(
        "Travis Scott x Air Jordan 1 Low OG 'Canary' | GOAT",
        '<div id="__next"><header class="Header__Wrapper"><a href="/" class="Header__Logo" aria-label="GOAT"><svg></svg></a>'
        '<nav><a href="/sneakers">Sneakers</a><a href="/apparel">Apparel</a><a href="/collections">Shop All</a></nav><a href="/cart">Bag</a></header>'
        '<main class="ProductPage__Wrapper"><div class="ProductPage__Left"><img src="https://image.goat.com/transform/v1/attachments/product_template_pictures/images/099/111/222/original/DZ4137_700.png.png?width=750" alt="Travis Scott x Air Jordan 1 Low OG \'Canary\'"></div>'
        '<div class="ProductPage__Right"><h1 class="ProductTitlePaneDesktop__Title">Travis Scott x Air Jordan 1 Low OG \'Canary\'</h1>'
        '<div class="BuyBarDesktop__Wrapper"><div class="BuyButtons"><button class="BuyButton__New" disabled><span class="BuyButton__Label">Out of Stock</span></button></div>'
        '<button class="NotifyMe__Button">Notify Me</button><p class="BuyBarDesktop__Offer">Want this size? Make an offer and we will tell sellers.</p></div>'
        '<div class="ProductInfo"><h2>Product Details</h2><div class="ProductInfo__Row"><span>Retail Price</span><span>$150</span></div></div></div></main>'
        '<section class="RecentlyViewed"><h2>You May Also Like</h2><a href="/sneakers/travis-scott-jordan-1-low-olive"><img src="https://image.goat.com/375/olive.png" alt=""><p>Travis Scott x Air Jordan 1 Low OG \'Olive\'</p><p>$389</p></a></section>'
        '<footer class="Footer"><p>© 2026 GOAT</p></footer></div>',
    ),
    None,
    "OutOfStock",
)

# ---- luxury resale -------------------------------------------------------------------------------------

# L1 The RealReal: "$1,295" with "Est. Retail $3,400", Afterpay, condition
case(
    "therealreal-est-retail",
    "https://www.therealreal.com/products/women/handbags/shoulder-bags/saint-laurent-loulou-medium-shoulder-bag-abc12",
    doc(
        "Saint Laurent Loulou Medium Shoulder Bag | The RealReal",
        header(
            "The RealReal",
            "https://static.therealreal.com/images/logo.svg",
            ["New Arrivals", "Women", "Men", "Jewelry", "Watches", "Home", "Sale", "Consign"],
            "trr-header",
        )
        + crumbs(["Women", "Handbags", "Shoulder Bags"])
        + '<div class="pdp-layout"><div class="pdp-layout__images">'
        + gallery(
            [
                "https://product-images.therealreal.com/YSL123456_1_enlarged.jpg",
                "https://product-images.therealreal.com/YSL123456_2_enlarged.jpg",
            ],
            "Saint Laurent Loulou Medium Shoulder Bag",
        )
        + '</div><div class="pdp-layout__details"><div class="pdp-title"><a class="pdp-title__brand" href="/designers/saint-laurent">Saint Laurent</a><h1 class="pdp-title__name">Loulou Medium Shoulder Bag</h1></div>'
        '<div class="pdp-price"><div class="product-price-info__retail">Est. Retail <span>$3,400.00</span></div><div class="product-price-info__price">$1,295.00</div></div>'
        '<p class="pdp-afterpay">or 4 interest-free payments of $323.75 with Afterpay</p>'
        '<div class="pdp-condition"><span>Condition:</span> <span>Very Good</span> <a href="#condition">Learn More</a></div>'
        '<form class="pdp-add" action="/cart/add"><button class="button button--primary" type="submit">Add to Bag</button></form>'
        '<button class="pdp-obsess">Obsess</button><p class="pdp-note">Final sale. 100% authenticated.</p></div></div>'
        + specs(
            [
                ("Designer", "Saint Laurent"),
                ("Material", "Leather"),
                ("Color", "Black"),
                ("Hardware", "Gold-Tone"),
                ("Item #", "YSL123456"),
            ],
            "Details",
        )
        + related(
            "Similar Items",
            [
                (
                    "Saint Laurent Medium Kate Bag",
                    '<span class="price">$1,150.00</span>',
                    "/products/ysl-kate",
                ),
                ("Saint Laurent Sunset Bag", '<span class="price">$995.00</span>', "/products/ysl-sunset"),
            ],
            "Add to Bag",
        )
        + footer("The RealReal"),
    ),
    1295.0,
    "InStock",
)

# L2 The RealReal sold: "Sold" over the price, "Join Waitlist", no add-to-bag
case(
    "therealreal-sold-waitlist",
    "https://www.therealreal.com/products/men/watches/wristwatches/rolex-oyster-perpetual-watch-xyz99",
    doc(
        "Rolex Oyster Perpetual Watch | The RealReal",
        header(
            "The RealReal",
            "https://static.therealreal.com/images/logo.svg",
            ["New Arrivals", "Women", "Men", "Watches", "Sale", "Consign"],
            "trr-header",
        )
        + crumbs(["Men", "Watches", "Wristwatches"])
        + '<div class="pdp-layout"><div class="pdp-layout__images">'
        + gallery(
            ["https://product-images.therealreal.com/ROL998877_1_enlarged.jpg"],
            "Rolex Oyster Perpetual Watch",
        )
        + '</div><div class="pdp-layout__details"><div class="pdp-title"><a class="pdp-title__brand" href="/designers/rolex">Rolex</a><h1 class="pdp-title__name">Oyster Perpetual Watch</h1></div>'
        '<div class="pdp-sold-banner">Sold</div>'
        '<div class="pdp-price"><div class="product-price-info__retail">Est. Retail <span>$6,400.00</span></div><div class="product-price-info__price">$5,195.00</div></div>'
        '<p class="pdp-sold-text">This item has sold. Join the waitlist to be notified when a similar item arrives.</p>'
        '<button class="button button--secondary">Join Waitlist</button><a href="/designers/rolex" class="button">Shop Similar</a></div></div>'
        + specs([("Designer", "Rolex"), ("Case Size", "36mm"), ("Movement", "Automatic")], "Details")
        + related(
            "Similar Items",
            [
                ("Rolex Datejust 36", '<span class="price">$7,495.00</span>', "/products/rolex-dj"),
                ("Tudor Black Bay 58", '<span class="price">$3,195.00</span>', "/products/tudor-bb58"),
            ],
            "Add to Bag",
        )
        + footer("The RealReal"),
    ),
    5195.0,
    "OutOfStock",
)

# L3 Fashionphile: a price drop ("$2,695" struck, "$2,495"), JSON-LD still offering the old price
case(
    "fashionphile-price-drop-stale-jsonld",
    "https://www.fashionphile.com/p/louis-vuitton-monogram-neverfull-mm-1234567",
    doc(
        "LOUIS VUITTON Monogram Neverfull MM | FASHIONPHILE",
        header(
            "FASHIONPHILE",
            "https://www.fashionphile.com/images/logo.svg",
            ["New Arrivals", "Designers", "Handbags", "Accessories", "Jewelry", "Sell Now"],
            "fp-header",
        )
        + crumbs(["Louis Vuitton", "Handbags", "Totes"])
        + '<div class="product-page"><div class="product-page__gallery">'
        + gallery(
            ["https://prod-images.fashionphile.com/large/1234567/lv-neverfull-1.jpg"],
            "LOUIS VUITTON Monogram Neverfull MM",
        )
        + '</div><div class="product-page__info"><h1 class="product-name"><span class="brand">LOUIS VUITTON</span> Monogram Neverfull MM</h1><p class="product-id">Item ID: 1234567</p>'
        '<div class="price-box"><span class="price-box__old"><s>$2,695</s></span> <span class="price-box__price price-box__price--reduced">$2,495</span> <span class="price-box__badge">Price Drop</span></div>'
        '<p class="price-box__affirm">Starting at $226/mo with Affirm. <a href="#affirm">Prequalify now</a></p>'
        '<div class="condition"><b>Condition:</b> Shows Wear</div>'
        '<button class="add-to-cart btn" data-product-id="1234567">Add to Cart</button><button class="make-offer btn btn--ghost">Make an Offer</button>'
        '<p class="shipping">Free shipping on U.S. orders. Returns accepted within 14 days.</p></div></div>'
        + specs(
            [("Material", "Coated Canvas"), ("Dimensions", "12.5 x 11.5 x 6.5 in"), ("Date Code", "SD4189")],
            "Details",
        )
        + related(
            "You May Also Like",
            [
                ("LOUIS VUITTON Monogram Speedy 30", "$1,175", "/p/lv-speedy-30-111"),
                ("LOUIS VUITTON Damier Ebene Neverfull GM", "$2,150", "/p/lv-neverfull-gm-222"),
            ],
        )
        + footer("FASHIONPHILE"),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "LOUIS VUITTON Monogram Neverfull MM",
                "sku": "1234567",
                "offers": {
                    "@type": "Offer",
                    "price": "2695.00",
                    "priceCurrency": "USD",
                    "availability": "https://schema.org/InStock",
                },
            }
        ),
    ),
    2495.0,
    "InStock",
)

# L4 Rebag: "Rebag price", "Estimated retail", Clair trade-in value (an amount the shop would pay, no price)
case(
    "rebag-clair-trade-in",
    "https://shop.rebag.com/products/handbags-chanel-classic-double-flap-bag-quilted-caviar-medium-black12345",
    doc(
        "Chanel Classic Double Flap Bag Quilted Caviar Medium | Rebag",
        header(
            "Rebag",
            "//shop.rebag.com/cdn/shop/files/rebag-logo.svg",
            ["New Arrivals", "Brands", "Bags", "Accessories", "Sell / Trade", "Clair"],
            "rb-header",
        )
        + crumbs(["Chanel", "Bags"])
        + '<div class="product-single"><div class="product-single__photos">'
        + gallery(
            ["//shop.rebag.com/cdn/shop/products/chanel-classic-flap-1_1024x1024.jpg"],
            "Chanel Classic Double Flap Bag Quilted Caviar Medium",
        )
        + '</div><div class="product-single__meta"><p class="product-single__vendor">Chanel</p><h1 class="product-single__title">Classic Double Flap Bag Quilted Caviar Medium</h1>'
        '<div class="product-single__prices"><span class="product-single__price-label">Rebag price</span> <span id="ProductPrice" class="product-single__price">$8,850.00</span>'
        '<span class="product-single__retail">Estimated retail: $10,800</span></div>'
        '<div class="clair-box"><p>Clair trade-in value</p><p class="clair-box__value">$7,330.00</p><a href="/clair">Get a quote</a></div>'
        '<p class="product-single__affirm">As low as $311/mo with Affirm</p><p>Condition: Excellent</p>'
        '<button type="submit" name="add" class="btn product-form__cart-submit">Add to Cart</button></div></div>'
        + related(
            "Similar bags",
            [
                ("Chanel Boy Bag Quilted Lambskin Old Medium", "$4,250.00", "/products/chanel-boy"),
                ("Chanel Reissue 2.55", "$5,600.00", "/products/chanel-reissue"),
            ],
        )
        + footer("Rebag"),
    ),
    8850.0,
    "InStock",
)

# L5 Vestiaire Collective US: a price plus "Buyer fees" and an authentication fee, a crossed earlier price
case(
    "vestiaire-us-price-drop-fees",
    "https://us.vestiairecollective.com/women-bags/handbags/gucci/black-leather-jackie-1961-gucci-handbag-41234567.shtml",
    doc(
        "Jackie 1961 leather handbag Gucci Black in Leather - 41234567",
        '<div id="__next"><header class="vc-header"><a href="/" class="vc-header__logo"><img src="/static/logo-vc.svg" alt="Vestiaire Collective"></a>'
        '<nav><a href="/women/">Women</a><a href="/men/">Men</a><a href="/kids/">Kids</a><a href="/brands/">Brands</a><a href="/sell-clothes-online/">Sell</a></nav></header>'
        '<ol class="vc-breadcrumb"><li><a href="/">Home</a></li><li><a href="/women-bags/">Women Bags</a></li><li><a href="/women-bags/handbags/gucci/">Gucci Handbags</a></li></ol>'
        '<div class="product-main"><div class="product-main__gallery"><img src="https://images.vestiairecollective.com/images/resized/w=1024,q=75,f=auto,/produit/black-leather-jackie-1961-gucci-handbag-41234567-1_1.jpg" alt="Jackie 1961 leather handbag Gucci"></div>'
        '<div class="product-main__details"><div class="product-main-heading"><h1><span class="brand">Gucci</span> Jackie 1961 leather handbag</h1><p>Black · Leather</p></div>'
        '<div class="product-price"><p class="product-price__original">$480</p><p class="product-price__discount">-14%</p><p class="product-price__price">$412.50</p></div>'
        '<p class="product-price__fees">+ Buyer fees <a href="#fees">$39.20</a> · Authentication $25</p>'
        '<button class="product-main__buy">Add to bag</button><button class="product-main__offer">Make an offer</button>'
        '<p class="product-main__seller">Sold by <a href="/members/profile-123.shtml">Claire</a> · Expert seller · Ships from France</p></div></div>'
        '<section class="product-details"><h2>Item details</h2><ul><li>Condition: Very good condition</li><li>Material: Leather</li><li>Color: Black</li></ul></section>'
        '<section class="product-similar"><h2>Similar items</h2><div class="product-card"><a href="/women-bags/gucci-horsebit-1.shtml">Gucci Horsebit 1955</a><span class="product-card__price">$690</span></div>'
        '<div class="product-card"><a href="/women-bags/gucci-dionysus.shtml">Gucci Dionysus</a><span class="product-card__price">$845</span></div></section>'
        '<footer class="vc-footer"><p>© Vestiaire Collective 2026</p></footer></div>',
    ),
    412.50,
    "InStock",
)

# L6 Poshmark: "$48" with the original "$128" struck, "Buy Now" / "Make an Offer"
case(
    "poshmark-buy-now-original-price",
    "https://poshmark.com/listing/Lululemon-Define-Jacket-Nulu-Black-6-6612a3b4c5d6e7f8a9b0c1d2",
    doc(
        "Lululemon Define Jacket Nulu Black 6 | Poshmark",
        '<div id="app"><header class="header"><a href="/" class="header__logo"><img src="https://di2ponv0v5otw.cloudfront.net/assets/logo.svg" alt="Poshmark"></a>'
        '<input type="search" placeholder="Search Poshmark"><nav><a href="/category/Women">Women</a><a href="/category/Men">Men</a><a href="/category/Kids">Kids</a><a href="/category/Home">Home</a></nav><a href="/sell">Sell on Poshmark</a></header>'
        '<div class="listing__layout"><div class="listing__carousel"><img class="img__container--square" src="https://di2ponv0v5otw.cloudfront.net/posts/2026/04/07/6612a3b4c5d6e7f8a9b0c1d2/m_6612a3b4.jpg" alt="Lululemon Define Jacket Nulu Black 6"></div>'
        '<div class="listing__info"><h1 class="listing__title-container">Lululemon Define Jacket Nulu Black 6</h1>'
        '<p class="h1">$48 <span class="listing__original-price p--l--1 tc--lg td--lt">$128</span></p>'
        '<div class="listing__size-selector"><span>Size</span> <button class="size-selector__size-option">6</button></div>'
        '<div class="listing__brand"><a href="/brand/lululemon_athletica">lululemon athletica</a></div>'
        '<div class="listing__ipad-centered"><button class="btn btn--primary" data-et-name="buy_now">Buy Now</button><button class="btn btn--tertiary" data-et-name="make_offer">Make an Offer</button><button class="btn">Add to Bundle</button></div>'
        '<p class="listing__shipping">$7.97 Discounted Shipping</p><div class="listing__description"><p>Worn twice, no pilling. Smoke free home.</p></div></div></div>'
        '<section class="similar-listings"><h2>Similar Listings</h2><div class="tile"><a href="/listing/Lululemon-Scuba-Hoodie-1"><img src="https://di2ponv0v5otw.cloudfront.net/posts/1.jpg" alt=""><span>Lululemon Scuba Hoodie</span></a><span class="fw--bold">$55</span><span class="td--lt">$118</span></div>'
        '<div class="tile"><a href="/listing/Lululemon-Align-2"><img src="https://di2ponv0v5otw.cloudfront.net/posts/2.jpg" alt=""><span>Lululemon Align Pant 25"</span></a><span class="fw--bold">$42</span></div></section>'
        '<footer class="footer"><a href="/about">About</a><a href="/support">Support</a><p>© 2026 Poshmark, Inc.</p></footer></div>',
    ),
    48.0,
    "InStock",
)

# L7 Poshmark sold: a "Sold" tag, no Buy Now, "Shop Similar"
case(
    "poshmark-sold-listing",
    "https://poshmark.com/listing/Free-People-We-The-Free-Long-Sleeve-Tee-M-65aa1b2c3d4e5f6a7b8c9d0e",
    doc(
        "Free People We The Free Long Sleeve Tee M | Poshmark",
        '<div id="app"><header class="header"><a href="/" class="header__logo"><img src="https://di2ponv0v5otw.cloudfront.net/assets/logo.svg" alt="Poshmark"></a>'
        '<nav><a href="/category/Women">Women</a><a href="/category/Men">Men</a><a href="/category/Home">Home</a></nav><a href="/sell">Sell on Poshmark</a></header>'
        '<div class="listing__layout"><div class="listing__carousel"><div class="sold-tag">SOLD</div><img class="img__container--square" src="https://di2ponv0v5otw.cloudfront.net/posts/2026/01/19/65aa1b2c/m_65aa1b2c.jpg" alt="Free People We The Free Long Sleeve Tee M"></div>'
        '<div class="listing__info"><h1 class="listing__title-container">Free People We The Free Long Sleeve Tee M</h1>'
        '<p class="h1">$25 <span class="listing__original-price td--lt">$58</span></p>'
        '<div class="listing__size-selector"><span>Size</span> <button class="size-selector__size-option">M</button></div>'
        '<div class="listing__status"><span class="listing__status-text">This item is sold</span></div>'
        '<div class="listing__ipad-centered"><a class="btn btn--primary" href="/brand/Free_People">Shop Similar Items</a></div></div></div>'
        '<section class="similar-listings"><h2>Similar Listings</h2><div class="tile"><a href="/listing/FP-tee-3"><span>Free People Be Free Tee</span></a><span class="fw--bold">$22</span><button class="btn">Buy Now</button></div></section>'
        '<footer class="footer"><p>© 2026 Poshmark, Inc.</p></footer></div>',
    ),
    25.0,
    "OutOfStock",
)

# L8 Mercari sold: "Sold" where the buy button was, "This item is sold"; the price still shown
case(
    "mercari-sold-item",
    "https://www.mercari.com/us/item/m98765432109/",
    doc(
        "Nintendo Switch OLED White Console Bundle | Mercari",
        '<div id="__next"><header class="Header"><a href="/us/" aria-label="Mercari"><img src="/_next/static/logo.svg" alt="Mercari"></a><input placeholder="Search for anything"><a href="/us/sell/">Sell</a></header>'
        '<nav class="Breadcrumbs"><a href="/us/">Home</a> › <a href="/us/category/electronics/">Electronics</a> › <a href="/us/category/video-games-consoles/">Video Games &amp; Consoles</a></nav>'
        '<main class="ItemDetail"><div class="ItemPhotos"><img data-testid="Photo" src="https://u-mercari-images.mercdn.net/photos/m98765432109_1.jpg?width=1024" alt="Nintendo Switch OLED White Console Bundle"></div>'
        '<div class="ItemInfo"><h1 data-testid="ItemName">Nintendo Switch OLED White Console Bundle</h1><p data-testid="ItemPrice" class="Price">$265.00</p>'
        '<div data-testid="ItemStatus" class="SoldBanner">Sold</div><p>This item is sold. See similar items below.</p>'
        '<button data-testid="CheckoutButton" disabled class="Button Button--disabled">Sold</button>'
        '<dl class="ItemDetails"><dt>Condition</dt><dd>Like new</dd><dt>Brand</dt><dd>Nintendo</dd><dt>Ships from</dt><dd>Texas</dd></dl></div></main>'
        '<section class="SimilarItems"><h2>Similar items</h2><a href="/us/item/m11/"><p>Switch OLED Neon</p><p>$249.00</p></a><a href="/us/item/m22/"><p>Switch Lite Coral</p><p>$129.00</p></a></section>'
        '<footer class="Footer"><p>© 2026 Mercari, Inc.</p></footer></div>',
    ),
    265.0,
    "OutOfStock",
)

# L9 Depop: "$35.00" plus a shipping line, "Buy now", "Make offer"
case(
    "depop-price-plus-shipping",
    "https://www.depop.com/products/vintagevault-vintage-carhartt-detroit-jacket-brown/",
    doc(
        "Vintage Carhartt Detroit jacket brown medium | Depop",
        '<div id="__next"><header class="styles__Header"><a href="/" class="styles__Logo"><svg aria-label="Depop"></svg></a><input placeholder="Search"><nav><a href="/category/mens/">Menswear</a><a href="/category/womens/">Womenswear</a><a href="/sell/">Sell</a></nav></header>'
        '<main class="ProductPage"><div class="ProductImages"><img src="https://media-photos.depop.com/b1/12345678/1234567890_abc/P0.jpg" alt="Vintage Carhartt Detroit jacket brown medium"></div>'
        '<div class="ProductDetails"><h1 class="styles__Title">Vintage Carhartt Detroit jacket brown medium</h1>'
        '<div class="ProductDetailsSticky__Price"><p aria-label="Price" class="styles__Price">$35.00</p><p class="styles__Shipping">+ $6.50 shipping</p></div>'
        '<p>Size M · Good condition · Carhartt</p><button class="styles__BuyButton">Buy now</button><button class="styles__OfferButton">Make offer</button><button>Add to bag</button>'
        '<div class="styles__Seller"><a href="/vintagevault/">vintagevault</a> ★★★★★ (312)</div><p class="styles__Description">Classic Carhartt Detroit jacket, blanket lined. Pit to pit 24".</p></div></main>'
        '<section class="styles__MoreFromSeller"><h2>More from this seller</h2><a href="/products/vintagevault-levis/"><img src="https://media-photos.depop.com/b1/1.jpg" alt=""><p>$28.00</p></a><a href="/products/vintagevault-nike/"><img src="https://media-photos.depop.com/b1/2.jpg" alt=""><p>$22.00</p></a></section>'
        '<footer class="styles__Footer"><p>© 2026 Depop Ltd</p></footer></div>',
    ),
    35.0,
    "InStock",
)

# L10 Grailed sold: "Sold Price" and a struck listing price, "This listing has sold"
case(
    "grailed-sold-price",
    "https://www.grailed.com/listings/62345678-acne-studios-1996-jeans-light-blue",
    doc(
        "Acne Studios 1996 Jeans Light Blue | Grailed",
        '<div id="__next"><header class="Header"><a href="/" class="Header-logo"><img src="/static/grailed-logo.svg" alt="Grailed"></a><nav><a href="/designers">Designers</a><a href="/categories/menswear">Menswear</a><a href="/categories/womenswear">Womenswear</a><a href="/sell">Sell</a></nav></header>'
        '<main class="Listing"><div class="Listing-photos"><img src="https://media-assets.grailed.com/prd/listing/62345678/abc123?w=800" alt="Acne Studios 1996 Jeans Light Blue"></div>'
        '<div class="Listing-details"><h1 class="Listing-title">Acne Studios 1996 Jeans Light Blue</h1><p class="Listing-designer"><a href="/designers/acne-studios">Acne Studios</a></p>'
        '<div class="Price"><span class="Price-sold">Sold Price</span> <span class="Price-value">$140</span> <span class="Price-original"><s>$185</s></span></div>'
        '<p class="Listing-status">This listing has sold.</p><a class="Button" href="/designers/acne-studios">Shop Acne Studios</a>'
        "<p>Size: US 32 / EU 48 · Condition: Gently Used</p></div></main>"
        '<section class="Listing-related"><h2>Related Listings</h2><a href="/listings/1-acne-river"><p>Acne Studios River Jeans</p><p>$120</p></a><a href="/listings/2-acne-north"><p>Acne Studios North Jeans</p><p>$95</p></a></section>'
        '<footer class="Footer"><p>© 2026 Grailed</p></footer></div>',
    ),
    140.0,
    "OutOfStock",
)

# L11 OfferUp: a local listing, "Make offer" / "Ask", pickup
case(
    "offerup-local-make-offer",
    "https://offerup.com/item/detail/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
    doc(
        "Herman Miller Aeron Chair Size B for Sale in Seattle, WA - OfferUp",
        '<div id="__next"><header class="MuiAppBar-root"><a href="/" aria-label="OfferUp"><img src="/static/offerup-logo.svg" alt="OfferUp"></a><input placeholder="Search"><a href="/post">Post an item</a><a href="/login">Log in</a></header>'
        '<main class="MuiContainer-root"><div class="item-photos"><img src="https://images.offerup.com/aeron-1.jpg?w=750" alt="Herman Miller Aeron Chair Size B"></div>'
        '<div class="item-info"><h1 class="MuiTypography-root MuiTypography-h4">Herman Miller Aeron Chair Size B</h1><p class="MuiTypography-root MuiTypography-h5">$450</p>'
        '<p class="MuiTypography-root">Posted 3 days ago in Seattle, WA</p>'
        '<div class="actions"><button class="MuiButton-root MuiButton-contained">Make offer</button><button class="MuiButton-root MuiButton-outlined">Ask</button></div>'
        "<section><h2>Details</h2><p>Condition: Used (normal wear)</p><p>Fully loaded, lumbar pad, graphite frame.</p></section>"
        '<p class="shipping">Local pickup · Seattle, WA 98109</p></div></main>'
        '<section class="similar"><h2>Similar items</h2><a href="/item/detail/aa"><p>Steelcase Leap V2</p><p>$300</p></a><a href="/item/detail/bb"><p>Aeron Size C</p><p>$520</p></a></section>'
        "<footer><p>© 2026 OfferUp Inc.</p></footer></div>",
    ),
    450.0,
    "InStock",
)

# ---- auto parts ----------------------------------------------------------------------------------------

# A1 AutoZone: price with a core charge, "In Stock" at the store, pickup and delivery
case(
    "autozone-core-charge",
    "https://www.autozone.com/batteries-starting-and-charging/battery/p/duralast-gold-battery-bci-group-size-48-730-cca-48-dlg/587553_0_0",
    doc(
        "Duralast Gold Battery BCI Group Size 48 730 CCA 48-DLG",
        '<div id="__next"><header class="az-header"><a href="/" class="az-logo"><img src="/images/az-logo-full.svg" alt="AutoZone"></a>'
        '<div class="az-vehicle">Add a Vehicle</div><input type="search" placeholder="Search by Part Name, Vehicle, Part #">'
        '<nav class="az-menu"><a href="/parts">Shop All</a><a href="/deals">Deals</a><a href="/diy">DIY Advice</a><a href="/locations">Stores</a></nav><a href="/cart">Cart</a></header>'
        '<nav class="az-breadcrumb"><a href="/">Home</a> / <a href="/batteries-starting-and-charging">Batteries, Starting and Charging</a> / <a href="/batteries-starting-and-charging/battery">Battery</a></nav>'
        '<div class="pdp"><div class="pdp-images"><img src="https://contentinfo.autozone.com/znetcs/product-info/en/US/dlg/48-DLG/image/10/" alt="Duralast Gold Battery BCI Group Size 48 730 CCA 48-DLG"></div>'
        '<div class="pdp-info"><h1 class="pdp-title">Duralast Gold Battery BCI Group Size 48 730 CCA 48-DLG</h1><p class="pdp-partnum">Part # 48-DLG · SKU # 587553</p>'
        '<div class="pdp-rating">4.6 (2,104)</div><div class="pdp-warranty">3-Year Warranty</div>'
        '<div class="pdp-price" data-testid="pdp-price"><span class="az-price-dollars">$</span><span class="az-price-whole">229</span><span class="az-price-cents">99</span></div>'
        '<div class="pdp-core">Plus $22.00 Refundable Core Deposit <a href="#core">What is this?</a></div>'
        '<div class="fulfillment"><div class="fulfillment-option selected"><b>In-Store Pickup</b><p class="fulfillment-status">In Stock</p><p>at AutoZone 1234 Main St</p></div>'
        '<div class="fulfillment-option"><b>Same Day Delivery</b><p>Order within 2 hrs 14 mins</p></div><div class="fulfillment-option"><b>Standard Delivery</b><p>Get it by Fri, Dec 4</p></div></div>'
        '<button class="az-button az-button--primary" data-testid="add-to-cart">Add To Cart</button></div></div>'
        + specs(
            [
                ("Group Size", "48"),
                ("Cold Cranking Amps", "730"),
                ("Reserve Capacity", "120 Minutes"),
                ("Warranty", "3 Year"),
            ]
        )
        + related(
            "Customers Also Bought",
            [
                ("Duralast Battery Terminal Cleaner", '<span class="az-price">$6.99</span>', "/p/cleaner"),
                ("Duralast Battery Hold Down", '<span class="az-price">$12.99</span>', "/p/holddown"),
            ],
            "Add To Cart",
        )
        + footer("AutoZone, Inc.")
        + "</div>",
    ),
    229.99,
    "InStock",
)

# A2 Advance Auto Parts: a sale price with "Was", an online-only promo code, a core charge
case(
    "advance-sale-promo-code",
    "https://shop.advanceautoparts.com/p/carquest-premium-brake-rotor-front-31390/12345678-P",
    doc(
        "Carquest Premium Brake Rotor - Front 31390 | Advance Auto Parts",
        header(
            "Advance Auto Parts",
            "https://shop.advanceautoparts.com/images/aap-logo.svg",
            ["Replacement Parts", "Accessories", "Batteries", "Oil", "Tools", "Deals"],
            "aap-header",
        )
        + crumbs(["Brakes", "Brake Rotors"])
        + '<div class="pdp-container"><div class="pdp-media">'
        + gallery(
            ["https://shop.advanceautoparts.com/wcsstore/CVWEB/Advance/images/rotor-31390.jpg"],
            "Carquest Premium Brake Rotor - Front 31390",
        )
        + '</div><div class="pdp-buybox"><h1 class="product-name">Carquest Premium Brake Rotor - Front 31390</h1><p>Part No. 31390 · SKU 2291567</p>'
        '<div class="price-block"><div class="price-block__was">Was <span>$84.99</span></div><div class="price-block__sale"><span class="price">$67.99</span> <span class="price-block__each">/ Each</span></div>'
        '<div class="price-block__promo">Get $20 off $100+ with code SPEND100 online</div></div>'
        '<div class="availability"><span class="availability__label">Free Store Pickup</span> <span class="availability__status">Available Today</span></div>'
        '<button class="btn btn-primary add-to-cart">Add to Cart</button></div></div>'
        + specs([("Position", "Front"), ("Diameter", "12.6 in"), ("Finish", "Coated")], "Specifications")
        + reviews("4.7", 88, [("Great fit", "Bolted right on my 2014 F-150."), ("Quiet", "No more pulsing.")])
        + related(
            "Frequently Bought Together",
            [
                ("Carquest Platinum Brake Pads", "$59.99", "/p/pads"),
                ("Carquest Brake Cleaner 14oz", "$5.49", "/p/cleaner"),
            ],
            "Add to Cart",
        )
        + footer("Advance Auto Parts"),
    ),
    67.99,
    "InStock",
)

# A3 O'Reilly: "Not Available" for delivery and at the store, the price still shown
case(
    "oreilly-not-available",
    "https://www.oreillyauto.com/detail/c/brakewear/brakes---wheel-bearings/disc-brake-caliper/zxyz/loaded-caliper/bws0/19b3303/4464231",
    doc(
        "Brakebest Select Loaded Caliper 19B3303 | O'Reilly Auto Parts",
        header(
            "O'Reilly Auto Parts",
            "https://www.oreillyauto.com/images/logo.svg",
            ["Shop All Parts", "Accessories", "Tools", "Fluids", "Deals", "Find a Store"],
            "or-header",
        )
        + crumbs(["Brakes", "Disc Brake Caliper"])
        + '<div class="product-detail"><div class="product-detail__images">'
        + gallery(
            ["https://images.oreillyauto.com/parts/img/large/bws/19b3303.jpg"],
            "Brakebest Select Loaded Caliper",
        )
        + '</div><div class="product-detail__info"><h1 class="js-product-name">Brakebest Select Loaded Caliper</h1><p>Line: BWS0 · Part #: 19B3303</p>'
        '<div class="pricing"><strong class="pricing_price">$89.99</strong><span class="pricing_core">Core Charge: $45.00</span></div>'
        '<div class="fulfillment"><div class="fulfillment_store"><span class="fulfillment_title">Store Pickup</span><span class="fulfillment_status fulfillment_status--unavailable">Not Available</span></div>'
        '<div class="fulfillment_delivery"><span class="fulfillment_title">Home Delivery</span><span class="fulfillment_status fulfillment_status--unavailable">Not Available</span></div></div>'
        '<button class="button button--disabled" disabled>Add to Cart</button><p class="help">This item is currently unavailable. <a href="/stores">Check other stores</a></p></div></div>'
        + specs([("Position", "Front Left"), ("Piston Quantity", "1")])
        + related(
            "Related Products",
            [
                ("Brakebest Select Ceramic Brake Pads", "$49.99", "/detail/pads"),
                ("Brakebest Brake Hose", "$19.99", "/detail/hose"),
            ],
            "Add to Cart",
        )
        + footer("O'Reilly Automotive"),
    ),
    89.99,
    "OutOfStock",
)

# ---- outdoor, tools, electronics -----------------------------------------------------------------------

# O1 Backcountry: a price range across variants ("$89.96 - $149.95") and "Up to 40% off"
case(
    "backcountry-price-range-up-to",
    "https://www.backcountry.com/patagonia-nano-puff-jacket-mens",
    doc(
        "Patagonia Nano Puff Jacket - Men's - Clothing",
        header(
            "Backcountry",
            "https://content.backcountry.com/images/bc-logo.svg",
            ["Men", "Women", "Kids", "Camp &amp; Hike", "Climb", "Snow", "Sale"],
            "bc-header",
        )
        + crumbs(["Men's Clothing", "Men's Jackets", "Men's Insulated Jackets"])
        + '<div class="product-page"><div class="product-page__gallery">'
        + gallery(
            ["https://content.backcountry.com/images/items/1200/PAT/PAT00FA/BLK.jpg"],
            "Patagonia Nano Puff Jacket - Men's",
        )
        + '</div><div class="product-page__buybox"><h1 class="product-name"><span class="product-brand">Patagonia</span> Nano Puff Jacket - Men\'s</h1>'
        '<div class="product-pricing"><span class="product-pricing__sale">$89.96 - $149.95</span><span class="product-pricing__retail"><s>$239.00</s></span><span class="product-pricing__discount">Up to 62% off</span></div>'
        '<div class="product-variants"><p>Color: <b>Black</b></p><button>S</button><button>M</button><button>L</button><button>XL</button></div>'
        '<button class="add-to-cart btn" disabled>Select a size</button><p class="shipping">Free shipping on orders $50+</p></div></div>'
        + specs(
            [
                ("Material", "100% recycled polyester ripstop"),
                ("Insulation", "60g PrimaLoft Gold Eco"),
                ("Claimed Weight", "11.9 oz"),
            ],
            "Tech Specs",
        )
        + reviews("4.6", 412, [("Perfect layer", "Wear it all winter."), ("Runs small", "Size up.")])
        + related(
            "Similar Products",
            [
                ("Arc'teryx Atom Hoody", "$260.00", "/arcteryx-atom"),
                ("The North Face ThermoBall Eco Jacket", "$159.96", "/tnf-thermoball"),
            ],
        )
        + footer("Backcountry"),
    ),
    89.96,
    "InStock",
)

# O2 REI-like co-op: member price (conditional) beside the price, "Notify me when this is available"
case(
    "outdoor-coop-member-price-sold-out",
    "https://www.campsaver.com/osprey-exos-58-pack-mens",
    doc(
        "Osprey Exos 58 Pack - Men's | CampSaver",
        header(
            "CampSaver",
            "https://www.campsaver.com/media/logo/default/campsaver-logo.png",
            ["Camping", "Hiking", "Climbing", "Clothing", "Footwear", "Clearance"],
            "cs-header",
        )
        + crumbs(["Hiking", "Backpacks", "Backpacking Packs"])
        + '<div class="product-info-main"><div class="product-media">'
        + gallery(
            ["https://www.campsaver.com/media/catalog/product/o/s/osprey-exos-58-tungsten-grey.jpg"],
            "Osprey Exos 58 Pack - Men's",
        )
        + '</div><div class="product-info-price"><h1 class="page-title"><span class="base">Osprey Exos 58 Pack - Men\'s</span></h1>'
        '<div class="price-box"><span class="price-label">Price</span> <span class="price">$220.00</span></div>'
        '<div class="member-price-box">Rewards members pay <span class="price">$198.00</span></div>'
        '<div class="stock unavailable" title="Availability"><span>Out of stock</span></div>'
        '<form class="notify-form"><label>Notify me when this is available</label><input type="email" placeholder="Email"><button type="submit">Notify Me</button></form></div></div>'
        + specs([("Capacity", "58 L"), ("Weight", "2 lb 11 oz"), ("Frame", "Aluminum")], "Specifications")
        + related(
            "Customers Also Viewed",
            [
                ("Osprey Exos 48", '<span class="price">$200.00</span>', "/osprey-exos-48"),
                ("Gregory Focal 48", '<span class="price">$219.95</span>', "/gregory-focal-48"),
            ],
            "Add to Cart",
        )
        + footer("CampSaver"),
    ),
    220.0,
    "OutOfStock",
)

# O3 a tool shop: "Backordered — ships in 2-3 weeks", still orderable
case(
    "toolshop-backordered-ships-in",
    "https://www.acmetools.com/milwaukee-2767-20-m18-fuel-1-2-in-high-torque-impact-wrench-with-friction-ring-tool-only/045242515437.html",
    doc(
        "Milwaukee 2767-20 M18 FUEL 1/2 in. High Torque Impact Wrench | Acme Tools",
        header(
            "Acme Tools",
            "https://www.acmetools.com/on/demandware.static/logo.svg",
            ["Power Tools", "Hand Tools", "Outdoor Power", "Storage", "Brands", "Deals"],
            "acme-header",
        )
        + crumbs(["Power Tools", "Impact Wrenches"])
        + '<div class="product-detail"><div class="primary-images">'
        + gallery(
            [
                "https://www.acmetools.com/dw/image/v2/BDQX_PRD/on/demandware.static/-/Sites-acme-master/default/2767-20.jpg?sw=800"
            ],
            "Milwaukee 2767-20",
        )
        + '</div><div class="product-details"><h1 class="product-name">Milwaukee 2767-20 M18 FUEL 1/2 in. High Torque Impact Wrench with Friction Ring (Tool Only)</h1>'
        '<div class="prices"><div class="price"><span class="sales"><span class="value" content="329.00">$329.00</span></span></div></div>'
        '<div class="availability product-availability"><div class="availability-msg"><span class="backorder">Backordered — ships in 2-3 weeks</span></div></div>'
        '<div class="quantity"><label>Qty</label><select><option>1</option><option>2</option></select></div>'
        '<button class="add-to-cart btn btn-primary">Add to Cart</button><p class="free-ship">FREE Shipping on orders over $49</p></div></div>'
        + specs([("Voltage", "18V"), ("Max Torque", "1,000 ft-lbs"), ("Drive", "1/2 in.")])
        + related(
            "You Might Also Like",
            [
                ("Milwaukee M18 FUEL 3/8 Mid-Torque", '<span class="sales">$259.00</span>', "/2960-20.html"),
                ("Milwaukee M18 5.0Ah Battery", '<span class="sales">$149.00</span>', "/48-11-1850.html"),
            ],
            "Add to Cart",
        )
        + footer("Acme Tools"),
    ),
    329.0,
    "BackOrder",
)

# O4 Northern Tool: "$179.99" with a crossed "$229.99", "Club price" for members
case(
    "northern-tool-club-price",
    "https://www.northerntool.com/products/northstar-gas-powered-pressure-washer-3100-psi-2-5-gpm-157332",
    doc(
        "NorthStar Gas Cold Water Pressure Washer - 3100 PSI, 2.5 GPM | Northern Tool",
        header(
            "Northern Tool + Equipment",
            "https://www.northerntool.com/images/logo.svg",
            ["Generators", "Pressure Washers", "Air Compressors", "Trailers", "Tools", "Deals"],
            "nt-header",
        )
        + crumbs(["Pressure Washers", "Gas Pressure Washers"])
        + '<div class="pdp"><div class="pdp__images">'
        + gallery(
            ["https://www.northerntool.com/images/product/2000x2000/157/157332_2000x2000.jpg"],
            "NorthStar Gas Pressure Washer",
        )
        + '</div><div class="pdp__buy"><h1 class="pdp__name">NorthStar Gas Cold Water Pressure Washer - 3100 PSI, 2.5 GPM, Honda Engine</h1><p>Item# 157332</p>'
        '<div class="pdp__price"><span class="pdp__price-now">$479.99</span> <span class="pdp__price-was">$529.99</span> <span class="pdp__price-save">Save $50.00</span></div>'
        '<div class="pdp__club">Platinum Club Price: <span>$455.99</span> <a href="/club">Join now</a></div>'
        '<p class="pdp__stock">In Stock · Ships in 1-2 business days</p>'
        '<button class="btn btn--primary">Add to Cart</button><p class="pdp__financing">As low as $40/mo with Northern Tool Credit Card</p></div></div>'
        + specs([("PSI", "3100"), ("GPM", "2.5"), ("Engine", "Honda GC190")])
        + related(
            "Similar Items",
            [
                ("Simpson MegaShot 3200 PSI", "$399.00", "/simpson"),
                ("NorthStar 4000 PSI", "$899.99", "/ns-4000"),
            ],
            "Add to Cart",
        )
        + footer("Northern Tool + Equipment"),
    ),
    479.99,
    "InStock",
)

# E1 Adorama: pre-order, "Instant Savings", "Ships when available"
case(
    "adorama-preorder-instant-savings",
    "https://www.adorama.com/ilcm7m4b.html",
    doc(
        "Sony Alpha a7 V Mirrorless Digital Camera Body ILCE7M5/B | Adorama",
        header(
            "Adorama",
            "https://www.adorama.com/images/logo.svg",
            ["Cameras", "Lenses", "Lighting", "Drones", "Computers", "Deals"],
            "ad-header",
        )
        + crumbs(["Cameras", "Mirrorless Cameras"])
        + '<div class="product-page"><div class="product-images">'
        + gallery(
            ["https://www.adorama.com/images/Large/ilcm7m4b.jpg"],
            "Sony Alpha a7 V Mirrorless Digital Camera Body",
        )
        + '</div><div class="buy-section"><h1 class="primary-info-title"><span>Sony Alpha a7 V Mirrorless Digital Camera Body</span></h1><p class="product-sku">Adorama #: ILCM7M4B · MFR: ILCE7M5/B</p>'
        '<div class="price-info"><div class="your-price"><span class="your-price-label">Your Price</span> <strong class="your-price">$2,899.00</strong></div>'
        '<p class="instant-savings">Instant Savings: <span>$100.00</span> · Reg. Price $2,999.00</p></div>'
        '<div class="stock-status preorder"><strong>Pre-Order</strong> · Ships when available. Expected release date: January 15, 2027</div>'
        '<button class="add-to-cart btn">Pre-Order Now</button><p class="financing">Or $242/mo for 12 months*</p></div></div>'
        + specs([("Sensor", "33MP Full-Frame"), ("Video", "4K 60p"), ("Mount", "Sony E")], "Specifications")
        + related(
            "Recommended Accessories",
            [
                ("Sony FE 24-70mm f/2.8 GM II", "$2,298.00", "/sony-2470gm2.html"),
                ("Sony NP-FZ100 Battery", "$78.00", "/npfz100.html"),
            ],
            "Add to Cart",
        )
        + footer("Adorama"),
    ),
    2899.0,
    "PreOrder",
)

# E2 Crutchfield: "Backordered" with an expected date, orderable
case(
    "crutchfield-backordered-expected",
    "https://www.crutchfield.com/p_150SNX7800/Sonos-Arc-Ultra-Black.html",
    doc(
        "Sonos Arc Ultra (Black) Powered 9.1.4-channel sound bar at Crutchfield",
        header(
            "Crutchfield",
            "https://images.crutchfieldonline.com/logo.svg",
            ["TV &amp; Video", "Home Audio", "Headphones", "Car", "Smart Home", "Outlet"],
            "cf-header",
        )
        + crumbs(["Home Audio", "Sound Bars"])
        + '<div id="pdp"><div class="pdp-gallery">'
        + gallery(
            [
                "https://images.crutchfieldonline.com/ImageHandler/trim/750/457/products/2024/42/150/g150SNX7800-F.jpg"
            ],
            "Sonos Arc Ultra",
        )
        + '</div><div class="pdp-buy"><h1 class="prod-title">Sonos Arc Ultra (Black)</h1><p class="prod-subtitle">Powered 9.1.4-channel sound bar with Wi-Fi®, Bluetooth®, and Dolby Atmos®</p>'
        '<div class="price-box"><span class="price">$999.00</span></div>'
        '<div class="stock-msg"><span class="backordered">Backordered</span> — Expected to ship by 12/18. Order now to reserve yours.</div>'
        '<button class="btn-add-to-cart">Add to Cart</button><p class="free-ship">Free shipping · Free 60-day returns</p></div></div>'
        + specs([("Channels", "9.1.4"), ("Drivers", "14"), ("HDMI eARC", "Yes")], "Details")
        + related(
            "Customers also bought",
            [("Sonos Sub 4", "$799.00", "/p_150SUB4/"), ("Sonos Era 100 (pair)", "$438.00", "/p_150ERA/")],
            "Add to Cart",
        )
        + footer("Crutchfield"),
    ),
    999.0,
    "BackOrder",
)

# E3 Micro Center: an in-store-only price, "Limited availability", a store picker
case(
    "microcenter-in-store-limited",
    "https://www.microcenter.com/product/690456/amd-ryzen-7-9800x3d-granite-ridge-am5-470ghz-8-core-boxed-processor",
    doc(
        "AMD Ryzen 7 9800X3D Granite Ridge AM5 4.70GHz 8-Core Boxed Processor - Micro Center",
        header(
            "Micro Center",
            "https://www.microcenter.com/images/logo.svg",
            ["Computers", "Parts", "Laptops", "Gaming", "Apple", "Services"],
            "mc-header",
        )
        + crumbs(["Computer Parts", "Processors/CPUs", "AMD"])
        + '<div id="details"><div class="image-slide">'
        + gallery(["https://productimages.microcenter.com/690456_a.jpg"], "AMD Ryzen 7 9800X3D")
        + '</div><div class="product-header"><h1><span>AMD Ryzen 7 9800X3D Granite Ridge AM5 4.70GHz 8-Core Boxed Processor</span></h1><p>SKU: 123456 · Mfr Part#: 100-100001084WOF</p></div>'
        '<div id="pricing"><p class="big-price" id="pricing"><span>$</span>479<sup>.99</sup></p><p class="savings">Save $50 when bundled with a motherboard</p></div>'
        '<div id="inventory"><span class="inventoryCnt">Limited availability</span> at <b>Tustin Store</b> · <a href="#">Change Store</a></div>'
        '<p class="instore-only">In-store pickup only</p><button class="btn-reserve">Buy In Store</button></div>'
        + specs([("Cores", "8"), ("Threads", "16"), ("Socket", "AM5")], "Specs")
        + related(
            "Frequently bought with",
            [
                ("ASUS TUF B650-PLUS", "$169.99", "/product/1"),
                ("G.Skill 32GB DDR5-6000", "$99.99", "/product/2"),
            ],
            "Add to Cart",
        )
        + footer("Micro Center"),
    ),
    479.99,
    "InStock",
)

# ---- beauty and fashion boutiques ----------------------------------------------------------------------

# B1 Dermstore: sale price, struck price, "Subscribe &amp; save" conditional price
case(
    "dermstore-subscribe-save",
    "https://www.dermstore.com/p/skinceuticals-c-e-ferulic-30ml/11289609/",
    doc(
        "SkinCeuticals C E Ferulic (1 fl. oz.) | Dermstore",
        header(
            "Dermstore",
            "https://static.thcdn.com/dermstore-logo.svg",
            ["Skin Care", "Hair Care", "Makeup", "Body", "Brands", "Sale"],
            "ds-header",
        )
        + crumbs(["Skin Care", "Serums"])
        + '<main class="productPage"><div class="athenaProductImageCarousel">'
        + gallery(
            ["https://static.thcdn.com/productimg/1600/1600/11289609-1234.jpg"], "SkinCeuticals C E Ferulic"
        )
        + '</div><div class="productPage_details"><h1 class="productName_title">SkinCeuticals C E Ferulic (1 fl. oz.)</h1>'
        '<div class="productPrice"><p class="productPrice_rrp">RRP: <span>$182.00</span></p><p class="productPrice_price">$154.70</p><p class="productPrice_savingAmount">Save $27.30</p></div>'
        '<div class="subscribe-save"><label><input type="radio" name="purchase" value="subscribe"> Subscribe &amp; save 10% <span class="subscribe-save__price">$139.23</span></label>'
        '<label><input type="radio" name="purchase" value="once" checked> One-time purchase</label></div>'
        '<p class="productStockInformation_text">In stock</p><button class="productAddToBasket">Add to cart</button>'
        '<p class="klarna">4 interest-free payments of $38.68 with Klarna</p></div></main>'
        + reviews(
            "4.8", 3841, [("Holy grail", "My skin is glowing."), ("Worth it", "Expensive but effective.")]
        )
        + related(
            "Customers also viewed",
            [
                (
                    "SkinCeuticals Phloretin CF",
                    '<span class="productPrice_price">$182.00</span>',
                    "/p/phloretin",
                ),
                ("SkinCeuticals Hydrating B5", '<span class="productPrice_price">$92.00</span>', "/p/b5"),
            ],
            "Quick Buy",
        )
        + footer("Dermstore"),
    ),
    154.70,
    "InStock",
)

# B2 an independent beauty Shopify store: "Sold out" button and a "Notify me when available" form,
# the theme's visually-hidden "Regular price" / "Sale price" labels
case(
    "indie-beauty-shopify-sold-out",
    "https://www.glowbarshop.com/products/squalane-cleansing-balm",
    doc(
        "Squalane Cleansing Balm – Glow Bar",
        header(
            "Glow Bar",
            "//www.glowbarshop.com/cdn/shop/files/GlowBar_logo.png?v=1690000000&amp;width=300",
            ["Shop All", "Skin", "Body", "Bundles", "Our Story"],
            "header",
        )
        + '<main id="MainContent"><section class="product"><div class="product__media-wrapper">'
        + gallery(
            ["//www.glowbarshop.com/cdn/shop/files/balm-1.jpg?v=1700000000&amp;width=1946"],
            "Squalane Cleansing Balm",
        )
        + '</div><div class="product__info-container"><p class="product__text caption-with-letter-spacing">GLOW BAR</p><h1>Squalane Cleansing Balm</h1>'
        '<div class="price price--sold-out"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>'
        '<span class="price-item price-item--regular">$38.00 USD</span></div><div class="price__sale"><span class="visually-hidden visually-hidden--inline">Sale price</span>'
        '<span class="price-item price-item--sale price-item--last">$38.00 USD</span></div></div><span class="badge price__badge-sold-out">Sold out</span></div>'
        '<form method="post" action="/cart/add" class="form"><input type="hidden" name="id" value="44123456789"><div class="product-form__buttons">'
        '<button type="submit" name="add" class="product-form__submit button button--full-width" disabled><span>Sold out</span></button></div></form>'
        '<div class="back-in-stock"><button class="klaviyo-bis-trigger">Notify me when available</button></div>'
        '<div class="product__description rte"><p>A melting balm that dissolves SPF and makeup.</p></div></div></section>'
        + related(
            "You may also like",
            [
                (
                    "Rose Hip Face Oil",
                    '<span class="price-item price-item--regular">$42.00 USD</span>',
                    "/products/rose-hip-oil",
                ),
                (
                    "Barrier Cream",
                    '<span class="price-item price-item--regular">$34.00 USD</span>',
                    "/products/barrier-cream",
                ),
            ],
            "Add to cart",
            "card",
        )
        + footer("Glow Bar")
        + "</main>",
    ),
    38.0,
    "OutOfStock",
)

# B3 a fashion boutique on Shopify: Shop Pay installments line, compare-at price
case(
    "boutique-shop-pay-compare-at",
    "https://www.rileyandrose.com/products/the-marlowe-linen-midi-dress-sage",
    doc(
        "The Marlowe Linen Midi Dress - Sage | Riley &amp; Rose Boutique",
        header(
            "Riley &amp; Rose",
            "//www.rileyandrose.com/cdn/shop/files/rr-logo.png?v=1&amp;width=250",
            ["New Arrivals", "Dresses", "Tops", "Bottoms", "Accessories", "Sale"],
            "header",
        )
        + crumbs(["Dresses"])
        + '<main id="MainContent"><div class="product-single"><div class="product-single__media">'
        + gallery(
            ["//www.rileyandrose.com/cdn/shop/products/marlowe-sage-1.jpg?v=1712345678&amp;width=1200"],
            "The Marlowe Linen Midi Dress - Sage",
        )
        + '</div><div class="product-single__meta"><h1 class="product-single__title">The Marlowe Linen Midi Dress - Sage</h1>'
        '<div class="product__price-wrap"><span class="product__price--compare" data-compare-price>$118.00</span> <span class="product__price on-sale" data-product-price>$88.00</span> <span class="product__price-savings">Save 25%</span></div>'
        '<shopify-payment-terms>Pay in 4 interest-free installments of $22.00 with <b>Shop Pay</b> <a href="#">Learn more</a></shopify-payment-terms>'
        '<div class="variant-wrapper"><label>Size</label><fieldset><input type="radio" id="s" name="Size" value="S" checked><label for="s">S</label><input type="radio" id="m" name="Size" value="M"><label for="m">M</label>'
        '<input type="radio" id="l" name="Size" value="L" disabled><label for="l" class="disabled">L</label></fieldset></div>'
        '<button type="submit" name="add" class="btn btn--full add-to-cart">Add to cart</button>'
        '<p class="product-inventory">Only 3 left!</p></div></div>'
        + related(
            "Pairs well with",
            [
                ("Woven Straw Tote", '<span class="product__price">$48.00</span>', "/products/straw-tote"),
                ("Pearl Drop Earrings", '<span class="product__price">$24.00</span>', "/products/pearl-drop"),
            ],
            "Quick add",
        )
        + footer("Riley &amp; Rose Boutique")
        + "</main>",
    ),
    88.0,
    "InStock",
)

# B4 a boutique's "Coming Soon" product: no price yet, "Notify me" instead of a cart button
case(
    "boutique-coming-soon-notify",
    "https://www.thelinenlane.com/products/holiday-velvet-blazer",
    doc(
        "Holiday Velvet Blazer – The Linen Lane",
        header(
            "The Linen Lane",
            "//www.thelinenlane.com/cdn/shop/files/logo.png?width=240",
            ["Shop", "New", "Holiday", "About"],
            "header",
        )
        + '<main id="MainContent"><section class="product"><div class="product__media-wrapper">'
        + gallery(
            ["//www.thelinenlane.com/cdn/shop/files/velvet-blazer-1.jpg?width=1500"], "Holiday Velvet Blazer"
        )
        + '</div><div class="product__info-container"><h1 class="product__title">Holiday Velvet Blazer</h1>'
        '<p class="product__coming-soon badge">Coming Soon</p><p>Launching December 12. Be the first to know when it drops.</p>'
        '<form class="klaviyo-form"><input type="email" placeholder="Your email"><button type="submit">Notify Me</button></form>'
        '<div class="product__description"><p>Cropped velvet blazer with satin lining.</p></div></div></section>'
        + related(
            "Shop the look",
            [
                ("Silk Cami", '<span class="price-item">$58.00</span>', "/products/silk-cami"),
                ("Wide Leg Trouser", '<span class="price-item">$98.00</span>', "/products/wide-leg"),
            ],
            "Add to cart",
            "card",
        )
        + footer("The Linen Lane")
        + "</main>",
    ),
    None,
    "OutOfStock",
)

# B5 a boutique's pre-order: "Pre-order" button, "Ships the week of Jan 20", a deposit-free price
case(
    "boutique-preorder-ships-week-of",
    "https://www.northandpine.co/products/chunky-cable-knit-cardigan-oat",
    doc(
        "Chunky Cable Knit Cardigan - Oat | North &amp; Pine",
        header(
            "North &amp; Pine",
            "//www.northandpine.co/cdn/shop/files/np-logo.svg",
            ["New In", "Knitwear", "Outerwear", "Home", "Gift Cards"],
            "header",
        )
        + '<main id="MainContent"><section class="product"><div class="product__media-wrapper">'
        + gallery(
            ["//www.northandpine.co/cdn/shop/files/cardigan-oat-1.jpg?width=1500"],
            "Chunky Cable Knit Cardigan - Oat",
        )
        + '</div><div class="product__info-container"><h1 class="product__title">Chunky Cable Knit Cardigan - Oat</h1>'
        '<div class="price"><span class="price-item price-item--regular">$128.00</span></div>'
        '<p class="preorder-note">PRE-ORDER: Ships the week of January 20, 2027</p>'
        '<button type="submit" name="add" class="product-form__submit button">Pre-order</button>'
        "<shopify-payment-terms>or 4 interest-free payments of $32.00 with Afterpay</shopify-payment-terms></div></section>"
        + related(
            "You may also like",
            [
                ("Ribbed Beanie - Oat", '<span class="price-item">$32.00</span>', "/products/beanie"),
                ("Wool Scarf", '<span class="price-item">$48.00</span>', "/products/scarf"),
            ],
            "Add to cart",
            "card",
        )
        + footer("North &amp; Pine")
        + "</main>",
    ),
    128.0,
    "PreOrder",
)

# ---- furniture -----------------------------------------------------------------------------------------

# F1 Article: "Backordered until Jan 12", price with "Starting at" financing
case(
    "article-backordered-until",
    "https://www.article.com/product/4123/sven-charme-tan-sofa",
    doc(
        'Sven Charme Tan 88" Sofa | Article',
        header(
            "Article",
            "https://www.article.com/static/article-logo.svg",
            ["Living", "Dining", "Bedroom", "Outdoor", "Office", "Lighting", "Sale"],
            "ar-header",
        )
        + crumbs(["Living Room", "Sofas"])
        + '<div class="pdp"><div class="pdp-gallery">'
        + gallery(
            ["https://images.article.com/products/SKU2001/2890x1500/image1.jpg"], "Sven Charme Tan 88 Sofa"
        )
        + '</div><div class="pdp-sidebar"><h1 class="pdp-title">Sven Charme Tan 88" Sofa</h1>'
        '<div class="pdp-price"><span class="pdp-price__current">$1,899</span></div><p class="pdp-affirm">Starting at $84/mo with Affirm</p>'
        '<div class="pdp-delivery"><p class="pdp-stock pdp-stock--backorder">Backordered until Jan 12</p><p>Fast delivery from $49 · Free returns within 30 days</p></div>'
        '<button class="pdp-add">Add To Cart</button></div></div>'
        + specs(
            [("Width", '88"'), ("Depth", '38.5"'), ("Material", "Full-grain leather")],
            "Dimensions &amp; Details",
        )
        + related(
            "Complete the room",
            [("Timber Coffee Table", "$499", "/product/timber"), ("Lenia Rug", "$599", "/product/lenia")],
        )
        + footer("Article"),
    ),
    1899.0,
    "BackOrder",
)

# F2 a furniture DTC: "Starting at $1,095" with variant sizes, JSON-LD with an AggregateOffer
case(
    "furniture-starting-at-aggregate",
    "https://www.floydhome.com/products/the-sofa",
    doc(
        "The Floyd Sofa | Modular Sofa | Floyd",
        header(
            "Floyd",
            "//www.floydhome.com/cdn/shop/files/floyd-logo.svg",
            ["Sofas", "Beds", "Tables", "Storage", "Showrooms"],
            "header",
        )
        + '<main id="MainContent"><section class="product"><div class="product__media">'
        + gallery(["//www.floydhome.com/cdn/shop/products/floyd-sofa-1.jpg?width=2000"], "The Floyd Sofa")
        + '</div><div class="product__info"><h1>The Floyd Sofa</h1>'
        '<div class="product__price"><span class="price-from">Starting at</span> <span class="price">$1,095</span></div>'
        '<div class="product__options"><p>Size</p><button class="selected">Two Seater — $1,095</button><button>Three Seater — $1,695</button><button>Sectional — $2,495</button></div>'
        '<p class="product__lead-time">Ships in 2-3 weeks</p><button class="add-to-cart">Add to Cart</button></div></section>'
        + related(
            "Pairs well with",
            [
                ("The Floyd Side Table", "$195", "/products/side-table"),
                ("The Floyd Bed", "$1,295", "/products/the-bed"),
            ],
        )
        + footer("Floyd")
        + "</main>",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "The Floyd Sofa",
                "offers": {
                    "@type": "AggregateOffer",
                    "lowPrice": "1095.00",
                    "highPrice": "2495.00",
                    "priceCurrency": "USD",
                    "offerCount": 3,
                    "availability": "https://schema.org/InStock",
                },
            }
        ),
    ),
    1095.0,
    "InStock",
)

# F3 a lighting shop: a discontinued item, no price, "This product has been discontinued"
case(
    "lighting-discontinued-no-price",
    "https://www.lumens.com/tolomeo-classic-led-table-lamp-by-artemide-ART123456.html",
    doc(
        "Tolomeo Classic LED Table Lamp by Artemide at Lumens.com",
        header(
            "Lumens",
            "https://www.lumens.com/on/demandware.static/Sites-Lumens-Site/-/default/images/logo.svg",
            ["Lighting", "Fans", "Furniture", "Decor", "Outdoor", "Sale"],
            "lu-header",
        )
        + crumbs(["Lighting", "Table Lamps"])
        + '<div class="product-detail"><div class="product-images">'
        + gallery(
            ["https://www.lumens.com/dw/image/v2/ART123456_1.jpg?sw=900"], "Tolomeo Classic LED Table Lamp"
        )
        + '</div><div class="product-info"><h1 class="product-name">Tolomeo Classic LED Table Lamp</h1><p class="brand">by Artemide</p>'
        '<div class="discontinued-message"><strong>This product has been discontinued.</strong> <a href="/artemide">Shop similar Artemide lighting</a></div></div></div>'
        + specs([("Height", "25.25 in"), ("Material", "Aluminum"), ("Lamping", "LED 10W")])
        + related(
            "Similar Products",
            [
                ("Tolomeo Mini LED Table Lamp", '<span class="price">$525.00</span>', "/tolomeo-mini.html"),
                ("Tizio LED Table Lamp", '<span class="price">$695.00</span>', "/tizio.html"),
            ],
            "Add to Cart",
        )
        + footer("Lumens"),
    ),
    None,
    "Discontinued",
)

# F4 a home goods shop with JSON-LD "InStock" while the page shows the variant "Out of Stock"
case(
    "home-jsonld-instock-page-out-of-stock",
    "https://www.schoolhouse.com/products/isaac-pendant-brass",
    doc(
        "Isaac Pendant - Brass | Schoolhouse",
        header(
            "Schoolhouse",
            "https://www.schoolhouse.com/static/logo.svg",
            ["Lighting", "Furniture", "Kitchen", "Bath", "Hardware", "Sale"],
            "sh-header",
        )
        + crumbs(["Lighting", "Pendants"])
        + '<div class="pdp"><div class="pdp__media">'
        + gallery(
            ["https://www.schoolhouse.com/cdn/images/isaac-pendant-brass-1.jpg"], "Isaac Pendant - Brass"
        )
        + '</div><div class="pdp__info"><h1 class="pdp__title">Isaac Pendant - Brass</h1><div class="pdp__price"><span class="money">$329.00</span></div>'
        '<div class="pdp__stock"><span class="pdp__stock--out">Out of Stock</span> · We expect more soon.</div>'
        '<button class="pdp__atc" disabled>Out of Stock</button><button class="pdp__notify">Email me when available</button></div></div>'
        + specs([("Finish", "Brass"), ("Shade", "Opal glass"), ("Bulb", "E26")])
        + related(
            "Complete the look",
            [
                ("Luna Sconce", '<span class="money">$249.00</span>', "/products/luna"),
                ("Dot Pendant", '<span class="money">$199.00</span>', "/products/dot"),
            ],
            "Add to Cart",
        )
        + footer("Schoolhouse"),
        ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "name": "Isaac Pendant",
                "offers": [
                    {
                        "@type": "Offer",
                        "sku": "ISP-BR",
                        "price": "329.00",
                        "priceCurrency": "USD",
                        "availability": "http://schema.org/InStock",
                    },
                    {
                        "@type": "Offer",
                        "sku": "ISP-BK",
                        "price": "329.00",
                        "priceCurrency": "USD",
                        "availability": "http://schema.org/InStock",
                    },
                ],
            }
        ),
    ),
    329.0,
    "OutOfStock",
)


# ---- batch 2: pages WITH structured data (JSON-LD, microdata, OpenGraph), some differing from the page --------

# T1 StockX with its JSON-LD AggregateOffer over every size, the page at "All Sizes" showing the lowest ask
case(
    "stockx-aggregate-offer-all-sizes",
    "https://stockx.com/new-balance-9060-sea-salt-surf",
    doc(
        "New Balance 9060 Sea Salt Surf - U9060WHT | StockX",
        '<div id="root"><header class="css-1hnlyw4"><a href="/" aria-label="StockX Home"><svg class="logo"></svg></a><nav><a href="/sneakers">Sneakers</a><a href="/apparel">Apparel</a><a href="/sell">Sell</a></nav><a href="/login">Login</a></header>'
        '<nav class="chakra-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/sneakers">Sneakers</a></li><li><a href="/new-balance">New Balance</a></li></ol></nav>'
        '<div class="css-product"><div class="css-media"><img src="https://images.stockx.com/images/New-Balance-9060-Sea-Salt-Surf-Product.jpg?fit=fill&amp;bg=FFFFFF&amp;w=700&amp;h=500" alt="New Balance 9060 Sea Salt Surf"></div>'
        '<div class="css-details"><h1 data-component="primary-product-title">New Balance 9060 Sea Salt Surf</h1>'
        '<button class="chakra-button" aria-haspopup="menu">Size: <span>All</span></button>'
        '<div class="css-buybox"><p class="chakra-text">Lowest Ask</p><p data-testid="trade-box-buy-amount" class="chakra-text">$98</p>'
        '<button data-testid="bidBtn">Place Bid</button><a data-testid="trade-box-buy-button" href="/buy/new-balance-9060-sea-salt-surf" class="chakra-button">Buy for $98</a>'
        "<p>Highest Bid: $86 · Last Sale: $104</p></div></div></div>"
        '<footer class="css-footer"><p>©2026 StockX. All Rights Reserved.</p></footer></div>',
        ld(
            {
                "@context": "http://schema.org",
                "@type": "Product",
                "name": "New Balance 9060 Sea Salt Surf",
                "sku": "U9060WHT",
                "brand": "New Balance",
                "image": "https://images.stockx.com/images/New-Balance-9060-Sea-Salt-Surf-Product.jpg",
                "offers": {
                    "@type": "AggregateOffer",
                    "lowPrice": 98,
                    "highPrice": 310,
                    "priceCurrency": "USD",
                    "offerCount": 41,
                    "offers": [
                        {
                            "@type": "Offer",
                            "price": 98,
                            "priceCurrency": "USD",
                            "sku": "U9060WHT-10",
                            "availability": "https://schema.org/InStock",
                        }
                    ],
                },
            }
        ),
    ),
    98.0,
    "InStock",
)

# T2 a Shopify boutique: JSON-LD right, og product:price the compare-at price
case(
    "boutique-og-compare-at-jsonld-right",
    "https://www.shopmagnolia-lane.com/products/ribbed-knit-sweater-cream",
    doc(
        "Ribbed Knit Sweater - Cream – Magnolia Lane",
        header(
            "Magnolia Lane",
            "//www.shopmagnolia-lane.com/cdn/shop/files/ml-logo.png?width=220",
            ["New", "Tops", "Sweaters", "Dresses", "Sale"],
            "header",
        )
        + '<main id="MainContent"><section class="product">'
        + gallery(
            ["//www.shopmagnolia-lane.com/cdn/shop/files/sweater-cream-1.jpg?width=1500"],
            "Ribbed Knit Sweater - Cream",
        )
        + '<div class="product__info-container"><h1>Ribbed Knit Sweater - Cream</h1><div class="price price--on-sale"><s class="price-item price-item--regular">$84.00</s> <span class="price-item price-item--sale">$64.00</span></div>'
        '<button type="submit" name="add" class="product-form__submit button">Add to cart</button></div></section>'
        + related(
            "You may also like",
            [("Cable Beanie", '<span class="price-item">$26.00</span>', "/products/cable-beanie")],
            "Add to cart",
            "card",
        )
        + footer("Magnolia Lane")
        + "</main>",
        '<meta property="og:type" content="product"><meta property="og:price:amount" content="84.00"><meta property="og:price:currency" content="USD">'
        + ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": "Ribbed Knit Sweater - Cream",
                "offers": [
                    {
                        "@type": "Offer",
                        "price": "64.00",
                        "priceCurrency": "USD",
                        "availability": "http://schema.org/InStock",
                        "url": "https://www.shopmagnolia-lane.com/products/ribbed-knit-sweater-cream?variant=4100",
                    }
                ],
            }
        ),
    ),
    64.0,
    "InStock",
)

# T3 Summit Racing: microdata offer, "Ships Today" and a "Summit Racing Price" label
case(
    "summit-racing-microdata",
    "https://www.summitracing.com/parts/edl-7101",
    doc(
        "Edelbrock 7101 Edelbrock Performer RPM Intake Manifolds | Summit Racing",
        header(
            "Summit Racing",
            "https://static.summitracing.com/global/images/logo.svg",
            ["Parts", "Tools", "Apparel", "Brands", "Deals"],
            "sr-header",
        )
        + crumbs(["Engine", "Intake Manifolds"])
        + '<div itemscope itemtype="https://schema.org/Product"><div class="pdp-media">'
        + gallery(
            ["https://static.summitracing.com/global/images/prod/xlarge/edl-7101_xl.jpg"],
            "Edelbrock Performer RPM Intake",
        )
        + '</div><div class="pdp-info"><h1 itemprop="name">Edelbrock Performer RPM Intake Manifolds 7101</h1><p>Part Number: <span itemprop="sku">EDL-7101</span></p>'
        '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="priceCurrency" content="USD"><link itemprop="availability" href="https://schema.org/InStock">'
        '<span class="price-label">Summit Racing Price</span> <span class="price" itemprop="price" content="412.95">$412.95</span></div>'
        '<p class="ship-msg">In Stock · Ships Today if ordered by 10 PM EST</p><p>Free Shipping on orders over $109</p><button class="add-to-cart">Add to Cart</button></div></div>'
        + specs([("Fits", "Small Block Chevy"), ("Finish", "Satin")])
        + related(
            "Recommended Parts",
            [
                ("Fel-Pro Intake Gasket", "$38.97", "/parts/fel-1205"),
                ("ARP Intake Bolt Kit", "$44.95", "/parts/arp-134-2001"),
            ],
            "Add to Cart",
        )
        + footer("Summit Racing Equipment"),
    ),
    412.95,
    "InStock",
)

# T4 an outdoor shop: JSON-LD OutOfStock, the page "Sold Out" with a notify button
case(
    "outdoor-jsonld-out-of-stock",
    "https://www.mountainhighoutfitters.com/products/black-diamond-distance-carbon-z-poles",
    doc(
        "Black Diamond Distance Carbon Z Trekking Poles | Mountain High Outfitters",
        header(
            "Mountain High Outfitters",
            "//www.mountainhighoutfitters.com/cdn/shop/files/mho-logo.png",
            ["Men", "Women", "Camp", "Hike", "Brands"],
            "header",
        )
        + crumbs(["Hike", "Trekking Poles"])
        + '<main><section class="product">'
        + gallery(
            ["//www.mountainhighoutfitters.com/cdn/shop/products/bd-carbon-z.jpg?width=1500"],
            "Black Diamond Distance Carbon Z",
        )
        + '<div class="product__info"><h1>Black Diamond Distance Carbon Z Trekking Poles</h1><p class="price">$174.95</p><p class="stock">Sold Out</p>'
        '<button disabled class="btn">Sold Out</button><button class="btn btn--secondary bis">Notify Me When Available</button></div></section>'
        + related(
            "Related",
            [
                ("Leki Makalu Lite", '<span class="price">$129.95</span>', "/products/leki"),
                ("BD Trail Poles", '<span class="price">$99.95</span>', "/products/bd-trail"),
            ],
            "Add to cart",
        )
        + footer("Mountain High Outfitters")
        + "</main>",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Black Diamond Distance Carbon Z Trekking Poles",
                "offers": {
                    "@type": "Offer",
                    "price": 174.95,
                    "priceCurrency": "USD",
                    "availability": "https://schema.org/OutOfStock",
                },
            }
        ),
    ),
    174.95,
    "OutOfStock",
)

# T5 a pro audio dealer: JSON-LD PreOrder, the page "Pre-Order" with an expected date
case(
    "audio-dealer-jsonld-preorder",
    "https://vintageking.com/universal-audio-apollo-x8-gen-2",
    doc(
        "Universal Audio Apollo x8 Gen 2 | Vintage King",
        header(
            "Vintage King",
            "https://vintageking.com/media/logo/vk-logo.svg",
            ["Recording", "Mixing", "Microphones", "Monitors", "Used", "Deals"],
            "vk-header",
        )
        + crumbs(["Recording", "Audio Interfaces"])
        + '<div class="product-info-main">'
        + gallery(
            ["https://vintageking.com/media/catalog/product/u/a/ua-apollo-x8-gen2.jpg"],
            "Universal Audio Apollo x8 Gen 2",
        )
        + '<h1 class="page-title"><span class="base">Universal Audio Apollo x8 Gen 2</span></h1><div class="price-box"><span class="price">$3,499.00</span></div>'
        '<div class="stock preorder"><span>Pre-Order</span> · Expected to ship February 2027</div><button class="action tocart primary">Pre-Order</button>'
        '<p class="affirm">As low as $292/mo with Affirm</p></div>'
        + related(
            "Customers Also Bought",
            [
                ("UA Apollo Twin X", '<span class="price">$1,299.00</span>', "/ua-twin-x"),
                ("UA OCTO Satellite", '<span class="price">$1,499.00</span>', "/ua-octo"),
            ],
            "Add to Cart",
        )
        + footer("Vintage King Audio"),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Universal Audio Apollo x8 Gen 2",
                "sku": "APX8G2",
                "offers": {
                    "@type": "Offer",
                    "price": "3499.00",
                    "priceCurrency": "USD",
                    "availability": "https://schema.org/PreOrder",
                },
            }
        ),
    ),
    3499.0,
    "PreOrder",
)

# T6 a furniture boutique: JSON-LD price written "1,299.00"
case(
    "furniture-jsonld-price-with-comma",
    "https://www.luluandgeorgia.com/products/cecily-sofa",
    doc(
        "Cecily Sofa | Lulu and Georgia",
        header(
            "Lulu and Georgia",
            "//www.luluandgeorgia.com/cdn/shop/files/lg-logo.svg",
            ["Rugs", "Furniture", "Lighting", "Decor", "Bedding", "Sale"],
            "header",
        )
        + '<main><section class="product">'
        + gallery(["//www.luluandgeorgia.com/cdn/shop/products/cecily-sofa-1.jpg?width=2000"], "Cecily Sofa")
        + '<div class="product__info"><h1>Cecily Sofa</h1><p class="price"><span class="money">$1,299.00</span></p><p>Ships in 4-6 weeks</p><button class="btn">Add to Cart</button></div></section>'
        + related(
            "Complete the look",
            [("Lenox Coffee Table", '<span class="money">$898.00</span>', "/products/lenox")],
            "Add to cart",
        )
        + footer("Lulu and Georgia")
        + "</main>",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Cecily Sofa",
                "offers": {
                    "@type": "Offer",
                    "price": "1,299.00",
                    "priceCurrency": "USD",
                    "availability": "https://schema.org/InStock",
                },
            }
        ),
    ),
    1299.0,
    "InStock",
)

# T7 Grailed with JSON-LD: a sold listing whose JSON-LD says SoldOut
case(
    "grailed-jsonld-soldout",
    "https://www.grailed.com/listings/63456789-our-legacy-box-shirt-black",
    doc(
        "Our Legacy Box Shirt Black | Grailed",
        '<div id="__next"><header class="Header"><a href="/"><img src="/static/grailed-logo.svg" alt="Grailed"></a><nav><a href="/designers">Designers</a><a href="/sell">Sell</a></nav></header>'
        '<main class="Listing"><img src="https://media-assets.grailed.com/prd/listing/63456789/xyz?w=800" alt="Our Legacy Box Shirt Black">'
        '<div class="Listing-details"><h1>Our Legacy Box Shirt Black</h1><div class="Price"><span class="Price-sold">Sold Price</span> <span class="Price-value">$110</span></div>'
        '<p class="Listing-status">This listing has sold.</p></div></main><footer><p>© 2026 Grailed</p></footer></div>',
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Our Legacy Box Shirt Black",
                "offers": {
                    "@type": "Offer",
                    "price": "110",
                    "priceCurrency": "USD",
                    "availability": "https://schema.org/SoldOut",
                },
            }
        ),
    ),
    110.0,
    "OutOfStock",
)

# T8 Fashionphile: JSON-LD price without a currency
case(
    "fashionphile-jsonld-no-currency",
    "https://www.fashionphile.com/p/hermes-twilly-silk-7654321",
    doc(
        "HERMES Silk Twilly | FASHIONPHILE",
        header(
            "FASHIONPHILE",
            "https://www.fashionphile.com/images/logo.svg",
            ["New Arrivals", "Designers", "Handbags", "Accessories", "Sell Now"],
            "fp-header",
        )
        + crumbs(["Hermes", "Accessories", "Scarves"])
        + '<div class="product-page">'
        + gallery(
            ["https://prod-images.fashionphile.com/large/7654321/hermes-twilly-1.jpg"], "HERMES Silk Twilly"
        )
        + '<div class="product-page__info"><h1 class="product-name"><span class="brand">HERMES</span> Silk Twilly</h1><div class="price-box"><span class="price-box__price">$285</span></div>'
        '<button class="add-to-cart btn">Add to Cart</button></div></div>'
        + related("You May Also Like", [("HERMES Silk Carre 90", "$495", "/p/carre-90")])
        + footer("FASHIONPHILE"),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "HERMES Silk Twilly",
                "offers": {"@type": "Offer", "price": 285, "availability": "InStock"},
            }
        ),
    ),
    285.0,
    "InStock",
)

# T9 a beauty boutique: JSON-LD priceSpecification only
case(
    "beauty-jsonld-price-specification",
    "https://www.credobeauty.com/products/tata-harper-water-lock-moisturizer",
    doc(
        "Tata Harper Water-Lock Moisturizer | Credo Beauty",
        header(
            "Credo Beauty",
            "//www.credobeauty.com/cdn/shop/files/credo-logo.svg",
            ["Skin", "Makeup", "Hair", "Body", "Brands", "Sale"],
            "header",
        )
        + '<main><section class="product">'
        + gallery(
            ["//www.credobeauty.com/cdn/shop/products/water-lock-1.jpg?width=1500"],
            "Tata Harper Water-Lock Moisturizer",
        )
        + '<div class="product__info"><p class="vendor">Tata Harper</p><h1>Water-Lock Moisturizer</h1><p class="price">$118.00</p><p class="rewards">Earn 118 Credo Rewards points</p>'
        '<button class="btn">Add to Bag</button></div></section>' + footer("Credo Beauty") + "</main>",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Water-Lock Moisturizer",
                "offers": {
                    "@type": "Offer",
                    "availability": "https://schema.org/InStock",
                    "priceSpecification": {
                        "@type": "UnitPriceSpecification",
                        "price": 118.00,
                        "priceCurrency": "USD",
                    },
                },
            }
        ),
    ),
    118.0,
    "InStock",
)

# T10 a tool shop with MAP pricing: "See price in cart", the price only in microdata
case(
    "toolshop-map-price-in-cart-microdata",
    "https://www.ohiopowertool.com/festool-576546-ts-55-f-rebq-plus-track-saw",
    doc(
        "Festool 576546 TS 55 F REBQ-Plus Track Saw | Ohio Power Tool",
        header(
            "Ohio Power Tool",
            "https://www.ohiopowertool.com/media/logo/opt-logo.png",
            ["Power Tools", "Woodworking", "Festool", "Brands", "Clearance"],
            "opt-header",
        )
        + crumbs(["Festool", "Track Saws"])
        + '<div class="product-info-main" itemscope itemtype="http://schema.org/Product">'
        + gallery(
            ["https://www.ohiopowertool.com/media/catalog/product/f/e/festool-576546.jpg"],
            "Festool TS 55 F Track Saw",
        )
        + '<h1 class="page-title" itemprop="name">Festool 576546 TS 55 F REBQ-Plus Track Saw</h1>'
        '<div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="749.00"><meta itemprop="priceCurrency" content="USD"><link itemprop="availability" href="http://schema.org/InStock">'
        '<div class="map-price"><span>Our price is lower than the manufacturer\'s minimum advertised price.</span> <a href="#">See price in cart</a></div></div>'
        '<p class="stock available">In stock</p><button class="action tocart primary">Add to Cart</button></div>'
        + related(
            "Related Products",
            [("Festool FS 1400 Guide Rail", '<span class="price">$199.00</span>', "/fs-1400")],
            "Add to Cart",
        )
        + footer("Ohio Power Tool"),
    ),
    749.0,
    "InStock",
)

# T11 a resale shop whose JSON-LD still says InStock on a sold consignment item
case(
    "consignment-sold-jsonld-stale",
    "https://www.luxurygaragesale.com/products/celine-triomphe-shoulder-bag-tan-lgs12345",
    doc(
        "Celine Triomphe Shoulder Bag Tan | Luxury Garage Sale",
        header(
            "Luxury Garage Sale",
            "//www.luxurygaragesale.com/cdn/shop/files/lgs-logo.svg",
            ["New Arrivals", "Handbags", "Clothing", "Shoes", "Designers", "Consign"],
            "header",
        )
        + '<main><section class="product">'
        + gallery(
            ["//www.luxurygaragesale.com/cdn/shop/products/lgs12345-1.jpg?width=1500"],
            "Celine Triomphe Shoulder Bag Tan",
        )
        + '<div class="product__info"><h1>Celine Triomphe Shoulder Bag Tan</h1><p class="price"><span class="money">$2,150.00</span></p><span class="badge badge--sold-out">Sold</span>'
        '<button type="submit" name="add" class="btn" disabled>Sold</button><p>Authenticity guaranteed. Condition: Excellent.</p></div></section>'
        + related(
            "You may also like",
            [("Celine Belt Bag Micro", '<span class="money">$1,450.00</span>', "/products/celine-belt")],
            "Add to cart",
        )
        + footer("Luxury Garage Sale")
        + "</main>",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Celine Triomphe Shoulder Bag Tan",
                "offers": {
                    "@type": "Offer",
                    "price": "2150.00",
                    "priceCurrency": "USD",
                    "availability": "https://schema.org/InStock",
                },
            }
        ),
    ),
    2150.0,
    "OutOfStock",
)

# T12 an auto parts shop: JSON-LD BackOrder, "Special Order — ships in 5-7 days"
case(
    "autoparts-jsonld-backorder",
    "https://www.fcpeuro.com/products/bmw-water-pump-with-gasket-pierburg-11518635089",
    doc(
        "BMW Water Pump with Gasket - Pierburg 11518635089 | FCP Euro",
        header(
            "FCP Euro",
            "https://www.fcpeuro.com/assets/logo.svg",
            ["BMW", "Audi", "VW", "Mercedes", "Volvo", "Porsche", "Tools"],
            "fcp-header",
        )
        + crumbs(["BMW", "Cooling", "Water Pump"])
        + '<div class="listing">'
        + gallery(["https://cdn11.fcpeuro.com/images/pierburg-11518635089.jpg"], "BMW Water Pump")
        + '<div class="listing__details"><h1 class="listing__name">BMW Water Pump with Gasket - Pierburg 11518635089</h1><div class="listing__price"><span class="listing__amount">$312.99</span></div>'
        '<p class="listing__fulfillment">Backordered — Special order, ships in 5-7 business days</p><p>Lifetime Replacement Guarantee</p><button class="btn btn--cart">Add to Cart</button></div></div>'
        + related(
            "Frequently Bought Together",
            [
                ("Thermostat", "$89.99", "/products/thermostat"),
                ("Coolant 1.5L", "$24.99", "/products/coolant"),
            ],
            "Add to Cart",
        )
        + footer("FCP Euro"),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "BMW Water Pump with Gasket - Pierburg",
                "offers": {
                    "@type": "Offer",
                    "price": "312.99",
                    "priceCurrency": "USD",
                    "availability": "https://schema.org/BackOrder",
                },
            }
        ),
    ),
    312.99,
    "BackOrder",
)


# ---- batch 3: written after kinds 1-3, near their families and other stock states --------------------------

# U1 a Shopify Online Store 2.0 page: the section id "shopify-section-template--...__main", no buy button,
# "Sold out" under the price
case(
    "shopify-os2-section-sold-out-line-no-button",
    "https://www.goldenhourvintage.com/products/1970s-prairie-dress-floral",
    doc(
        "1970s Prairie Dress - Floral – Golden Hour Vintage",
        header(
            "Golden Hour Vintage",
            "//www.goldenhourvintage.com/cdn/shop/files/gh-logo.png?width=200",
            ["Shop All", "Dresses", "Denim", "Outerwear", "Sold Archive"],
            "header",
        )
        + '<main id="MainContent" class="content-for-layout"><section id="shopify-section-template--16093245309132__main" class="shopify-section section"><div class="product">'
        + gallery(
            ["//www.goldenhourvintage.com/cdn/shop/files/prairie-1.jpg?width=1500"],
            "1970s Prairie Dress - Floral",
        )
        + '<div class="product__info-container"><h1>1970s Prairie Dress - Floral</h1><div class="price"><span class="price-item price-item--regular">$96.00</span></div>'
        '<p class="product__inventory">Sold out</p><p>One of a kind. Measurements: bust 34", waist 27".</p></div></div></section>'
        + related(
            "More vintage",
            [("1980s Denim Jacket", '<span class="price-item">$78.00</span>', "/products/80s-denim")],
            "Add to cart",
            "card",
        )
        + footer("Golden Hour Vintage")
        + "</main>",
    ),
    96.0,
    "OutOfStock",
)

# U2 Fashionphile "On Hold": in another buyer's checkout, cannot be bought now
case(
    "fashionphile-on-hold",
    "https://www.fashionphile.com/p/chanel-caviar-wallet-on-chain-black-2223344",
    doc(
        "CHANEL Caviar Quilted Wallet On Chain WOC Black | FASHIONPHILE",
        header(
            "FASHIONPHILE",
            "https://www.fashionphile.com/images/logo.svg",
            ["New Arrivals", "Designers", "Handbags", "Accessories", "Sell Now"],
            "fp-header",
        )
        + crumbs(["Chanel", "Handbags", "Wallet On Chain"])
        + '<div class="product-page">'
        + gallery(
            ["https://prod-images.fashionphile.com/large/2223344/woc-1.jpg"],
            "CHANEL Caviar Quilted Wallet On Chain WOC Black",
        )
        + '<div class="product-page__info"><h1 class="product-name"><span class="brand">CHANEL</span> Caviar Quilted Wallet On Chain WOC Black</h1>'
        '<div class="price-box"><span class="price-box__price">$3,150</span></div><div class="hold-banner">ON HOLD</div>'
        "<p>This item is currently on hold for another customer. Join the waitlist to be notified if it becomes available.</p>"
        '<button class="btn" disabled>On Hold</button><button class="btn btn--ghost">Join Waitlist</button></div></div>'
        + related("You May Also Like", [("CHANEL Caviar Card Holder", "$695", "/p/card-holder")])
        + footer("FASHIONPHILE"),
    ),
    3150.0,
    "OutOfStock",
)

# U3 an industrial supplier's "Call for Price" page with a quote button: a product page without a price
case(
    "industrial-call-for-price-quote",
    "https://www.globalindustrial.com/p/vestil-hydraulic-scissor-lift-table-1000-lb-capacity",
    doc(
        "Vestil Hydraulic Scissor Lift Table CART-1000-D-TS, 1000 Lb. Capacity | Global Industrial",
        header(
            "Global Industrial",
            "https://www.globalindustrial.com/images/logo.svg",
            ["Material Handling", "Storage", "Safety", "HVAC", "Tools"],
            "gi-header",
        )
        + crumbs(["Material Handling", "Lift Tables"])
        + '<div class="pdp">'
        + gallery(
            ["https://img.globalindustrial.com/images/pdp/CART-1000-D-TS.jpg"],
            "Vestil Hydraulic Scissor Lift Table",
        )
        + '<div class="pdp__info"><h1>Vestil Hydraulic Scissor Lift Table CART-1000-D-TS, 1000 Lb. Capacity</h1><p>Item # T9F123456 · Mfr. Model # CART-1000-D-TS</p>'
        '<div class="pdp__price"><span class="call-for-price">Call for Price</span> <a href="tel:18883833784">1-888-383-3784</a></div>'
        '<button class="btn btn--primary">Request a Quote</button><p>Ships from manufacturer. Freight delivery.</p></div></div>'
        + specs([("Capacity", "1000 lb"), ("Platform", '20" x 40"'), ("Lowered Height", '11-1/2"')])
        + related(
            "Similar Products",
            [("Vestil Manual Lift Table 500 Lb", '<span class="price">$1,189.95</span>', "/p/vestil-500")],
            "Add to Cart",
        )
        + footer("Global Industrial"),
    ),
    None,
    None,
)

# U4 a bike shop's pre-order with a deposit: the price is the bike's, not the deposit due today
case(
    "bikeshop-preorder-deposit",
    "https://www.contebikes.com/product/specialized-turbo-levo-comp-alloy-2027-412345-1.htm",
    doc(
        "Specialized Turbo Levo Comp Alloy - 2027 | Conte's Bike Shop",
        header(
            "Conte's Bike Shop",
            "https://www.contebikes.com/images/logo.png",
            ["Bikes", "E-Bikes", "Parts", "Accessories", "Apparel", "Service"],
            "sm-header",
        )
        + crumbs(["Bikes", "E-Bikes", "Electric Mountain"])
        + '<div id="productpage">'
        + gallery(
            ["https://www.contebikes.com/images/library/large/specialized-levo-comp-alloy-2027.jpg"],
            "Specialized Turbo Levo Comp Alloy",
        )
        + '<div class="product-info"><h1 itemprop="name">Specialized Turbo Levo Comp Alloy - 2027</h1><div class="productprice"><span class="price">$5,499.99</span></div>'
        '<div class="stock-status"><span class="preorder">Pre-Order</span> — arrives March 2027</div>'
        '<p class="deposit">Reserve yours today with a $250.00 deposit; the balance is due when your bike arrives.</p>'
        '<button class="btn btn-primary">Pre-Order Now</button></div></div>'
        + specs([("Motor", "Specialized 2.2"), ("Battery", "700 Wh"), ("Wheels", "29/27.5 mullet")])
        + related(
            "You may also like",
            [("Specialized Turbo Levo SL Comp", '<span class="price">$7,499.99</span>', "/product/levo-sl")],
            "Add to Cart",
        )
        + footer("Conte's Bike Shop"),
    ),
    5499.99,
    "PreOrder",
)

# U5 a furniture maker's made-to-order item: "Made to order — ships in 6-8 weeks"
case(
    "furniture-made-to-order",
    "https://www.medleyhome.com/products/ventura-sofa",
    doc(
        "Ventura Sofa | Medley",
        header(
            "Medley",
            "//www.medleyhome.com/cdn/shop/files/medley-logo.svg",
            ["Sofas", "Sectionals", "Chairs", "Beds", "Swatches"],
            "header",
        )
        + '<main><section class="product">'
        + gallery(["//www.medleyhome.com/cdn/shop/products/ventura-1.jpg?width=2000"], "Ventura Sofa")
        + '<div class="product__info"><h1>Ventura Sofa</h1><p class="price"><span class="money">$2,795.00</span></p>'
        '<p class="lead-time">Made to order in Los Angeles — ships in 6-8 weeks</p><p class="affirm">Starting at $99/mo with Affirm</p>'
        '<button class="btn add-to-cart">Add to Cart</button></div></section>'
        + related(
            "Complete the room",
            [("Ventura Chair", '<span class="money">$1,495.00</span>', "/products/ventura-chair")],
            "Add to cart",
        )
        + footer("Medley")
        + "</main>",
    ),
    2795.0,
    "InStock",
)

# U6 Kicks Crew: some sizes "Sold Out" in the size grid, others on sale
case(
    "kickscrew-some-sizes-sold-out",
    "https://www.kickscrew.com/products/new-balance-550-white-green-bb550wt1",
    doc(
        "New Balance 550 White Green BB550WT1 | KICKS CREW",
        header(
            "KICKS CREW",
            "//www.kickscrew.com/cdn/shop/files/kc-logo.svg",
            ["Sneakers", "Apparel", "Brands", "New Arrivals", "Sale"],
            "header",
        )
        + '<main><section class="product">'
        + gallery(
            ["//www.kickscrew.com/cdn/shop/products/bb550wt1-1.jpg?width=1500"], "New Balance 550 White Green"
        )
        + '<div class="product__info"><h1>New Balance 550 White Green BB550WT1</h1><div class="price"><span class="price-item price-item--sale">$119.00</span></div>'
        '<div class="size-grid"><button class="size">US 8 <small>$119</small></button><button class="size">US 9 <small>$125</small></button>'
        '<button class="size size--sold-out" disabled>US 12 <small>Sold Out</small></button></div>'
        '<button type="submit" name="add" class="product-form__submit button">Add to Cart</button></div></section>'
        + footer("KICKS CREW")
        + "</main>",
    ),
    119.0,
    "InStock",
)

# U7 OfferUp sold: "This item has been sold" over the price
case(
    "offerup-item-has-been-sold",
    "https://offerup.com/item/detail/9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4",
    doc(
        "Peloton Bike+ for Sale in Austin, TX - OfferUp",
        '<div id="__next"><header class="MuiAppBar-root"><a href="/" aria-label="OfferUp"><img src="/static/offerup-logo.svg" alt="OfferUp"></a><input placeholder="Search"><a href="/post">Post an item</a></header>'
        '<main class="MuiContainer-root"><div class="item-photos"><img src="https://images.offerup.com/peloton-1.jpg?w=750" alt="Peloton Bike+"></div>'
        '<div class="item-info"><h1 class="MuiTypography-root MuiTypography-h4">Peloton Bike+</h1><p class="MuiTypography-root MuiTypography-h5">$1,100</p>'
        '<div class="MuiAlert-root"><p>This item has been sold</p></div><p>Posted 2 weeks ago in Austin, TX</p>'
        "<section><h2>Details</h2><p>Condition: Used (like new)</p></section></div></main>"
        '<section class="similar"><h2>Similar items</h2><a href="/item/detail/cc"><img src="https://images.offerup.com/c.jpg" alt=""><p>Peloton Bike</p><p>$650</p></a></section>'
        "<footer><p>© 2026 OfferUp Inc.</p></footer></div>",
    ),
    1100.0,
    "OutOfStock",
)

# U8 a Shopify Debut store ("product-template" sections): the stock line "Out of stock", no buy button
case(
    "shopify-debut-product-template-out-of-stock",
    "https://www.thrifthoundsupply.com/products/filson-tin-cloth-cruiser-jacket",
    doc(
        "Filson Tin Cloth Cruiser Jacket – Thrift Hound Supply",
        header(
            "Thrift Hound Supply",
            "//www.thrifthoundsupply.com/cdn/shop/files/th-logo.png",
            ["Outerwear", "Workwear", "Denim", "Boots"],
            "site-header",
        )
        + '<main role="main" id="MainContent"><div id="shopify-section-product-template" class="shopify-section"><div class="product-template__container page-width" id="ProductSection-product-template" data-section-id="product-template">'
        '<div class="grid product-single"><div class="grid__item product-single__photos">'
        + gallery(
            ["//www.thrifthoundsupply.com/cdn/shop/products/filson-cruiser-1_1024x1024.jpg"],
            "Filson Tin Cloth Cruiser Jacket",
        )
        + '</div><div class="grid__item product-single__meta"><h1 class="product-single__title">Filson Tin Cloth Cruiser Jacket</h1>'
        '<dl class="price"><dd><span class="price-item price-item--regular">$165.00</span></dd></dl>'
        '<div class="product-single__stock"><p class="product-stock product-stock--out">Out of stock</p></div></div></div></div></div>'
        + footer("Thrift Hound Supply")
        + "</main>",
    ),
    165.0,
    "OutOfStock",
)


# ---- batch 4: written after kind 4 (price blocks and stock lines of US specialty shops) ------------------

# V1 a packaging supplier's quantity tiers: the price for one, then lower prices for quantities
case(
    "packaging-quantity-tiers",
    "https://www.uline.com/Product/Detail/S-423/Tape/Uline-Industrial-Tape-2-Mil-2-x-110-yds-Clear",
    doc(
        "Uline Industrial Tape - 2 Mil, 2&quot; x 110 yds, Clear S-423 - Uline",
        header(
            "ULINE",
            "https://www.uline.com/images/uline-logo.svg",
            ["Boxes", "Tape", "Shipping Supplies", "Janitorial", "Industrial"],
            "ul-header",
        )
        + crumbs(["Tape", "Carton Sealing Tape"])
        + '<div id="productDetail">'
        + gallery(["https://img.uline.com/is/image/uline/S-423?$Mobile_Zoom$"], "Uline Industrial Tape")
        + '<div class="productInfo"><h1>Uline Industrial Tape - 2 Mil, 2" x 110 yds, Clear</h1><p>Model S-423</p>'
        '<table class="qtyBreaksTable"><tr><th>Model No.</th><th>1</th><th>6</th><th>36</th><th>72+</th></tr>'
        '<tr><td>S-423</td><td class="price">$4.30</td><td class="price">$3.85</td><td class="price">$3.50</td><td class="price">$3.20</td></tr></table>'
        '<p class="priceNote">Price per roll. 36 rolls per case.</p><label>Qty <input type="text" name="qty" value="1"></label>'
        '<button class="addToCart">Add to Cart</button><p class="stock">In stock · Ships today</p></div></div>'
        + footer("Uline"),
    ),
    4.30,
    "InStock",
)

# V2 Grailed live: the price, "Purchase" and "Offer", a price drop from the earlier price
case(
    "grailed-live-purchase-offer",
    "https://www.grailed.com/listings/64567890-rick-owens-geobasket-black-milk",
    doc(
        "Rick Owens Geobasket Black Milk | Grailed",
        '<div id="__next"><header class="Header"><a href="/" class="Header-logo"><img src="/static/grailed-logo.svg" alt="Grailed"></a><nav><a href="/designers">Designers</a><a href="/sell">Sell</a></nav></header>'
        '<main class="Listing"><div class="Listing-photos"><img src="https://media-assets.grailed.com/prd/listing/64567890/geo1?w=800" alt="Rick Owens Geobasket Black Milk"></div>'
        '<div class="Listing-details"><h1 class="Listing-title">Rick Owens Geobasket Black Milk</h1><p class="Listing-designer"><a href="/designers/rick-owens">Rick Owens</a></p>'
        '<div class="Price"><span class="Price-value">$650</span> <span class="Price-drop">Dropped from <s>$720</s></span></div>'
        '<p>+$25 Shipping — US to US</p><div class="Listing-buttons"><button class="Button Button--purchase">Purchase</button><button class="Button Button--offer">Offer</button><button class="Button">Message</button></div>'
        "<p>Size: US 10 / EU 43 · Condition: Used</p></div></main>"
        '<section class="Listing-related"><h2>Related Listings</h2><a href="/listings/1-ro-ramones"><img src="https://media-assets.grailed.com/r1.jpg" alt=""><p>Rick Owens Ramones</p><p>$420</p></a></section>'
        '<footer class="Footer"><p>© 2026 Grailed</p></footer></div>',
    ),
    650.0,
    "InStock",
)

# V3 Micro Center: "Open Box from $349.99" beside the new price
case(
    "microcenter-open-box-from",
    "https://www.microcenter.com/product/681234/sony-wh-1000xm5-wireless-noise-canceling-headphones-black",
    doc(
        "Sony WH-1000XM5 Wireless Noise Canceling Headphones - Black - Micro Center",
        header(
            "Micro Center",
            "https://www.microcenter.com/images/logo.svg",
            ["Computers", "Parts", "Audio", "Gaming", "Apple"],
            "mc-header",
        )
        + crumbs(["Audio", "Headphones"])
        + '<div id="details">'
        + gallery(["https://productimages.microcenter.com/681234_a.jpg"], "Sony WH-1000XM5")
        + '<div class="product-header"><h1><span>Sony WH-1000XM5 Wireless Noise Canceling Headphones - Black</span></h1></div>'
        '<div id="pricing"><p class="big-price"><span>$</span>329<sup>.99</sup></p></div>'
        '<div class="open-box"><a href="#openbox">Open Box from <span class="open-box-price">$279.99</span></a></div>'
        '<div id="inventory"><span class="inventoryCnt">25+ NEW IN STOCK</span> at <b>Cambridge Store</b></div>'
        '<button class="btn-add">Add to Cart</button></div>' + footer("Micro Center"),
    ),
    329.99,
    "InStock",
)

# V4 "Temporarily out of stock — backorder now" with a live cart: BackOrder
case(
    "outdoor-temporarily-oos-backorder-now",
    "https://www.sierratradingpost.example/products/kelty-discovery-4-tent",
    doc(
        "Kelty Discovery 4 Tent | Trailhead Supply",
        header(
            "Trailhead Supply",
            "https://www.sierratradingpost.example/logo.png",
            ["Camp", "Hike", "Climb", "Paddle", "Sale"],
            "th-header",
        )
        + crumbs(["Camp", "Tents"])
        + '<div class="pdp">'
        + gallery(
            ["https://www.sierratradingpost.example/img/kelty-discovery-4.jpg"], "Kelty Discovery 4 Tent"
        )
        + '<div class="pdp__info"><h1>Kelty Discovery 4 Tent</h1><p class="pdp__price">$179.95</p>'
        '<p class="pdp__avail">Temporarily out of stock. Backorder now — ships in 3-5 weeks.</p>'
        '<button class="btn add-to-cart">Backorder</button></div></div>'
        + related(
            "Related",
            [("Kelty Late Start 2", '<span class="price">$139.95</span>', "/products/late-start")],
            "Add to Cart",
        )
        + footer("Trailhead Supply"),
    ),
    179.95,
    "BackOrder",
)

# V5 a gun-and-outdoor counter's "In-store pickup only" item
case(
    "outdoor-in-store-pickup-only",
    "https://www.scheels.example/p/yeti-tundra-45-hard-cooler-navy",
    doc(
        "YETI Tundra 45 Hard Cooler - Navy | Big Sky Outfitters",
        header(
            "Big Sky Outfitters",
            "https://www.scheels.example/logo.png",
            ["Hunt", "Fish", "Camp", "Coolers", "Footwear"],
            "bs-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.scheels.example/img/tundra45-navy.jpg"], "YETI Tundra 45 Hard Cooler - Navy")
        + '<div class="pdp__info"><h1>YETI Tundra 45 Hard Cooler - Navy</h1><p class="pdp__price">$325.00</p>'
        '<p class="pdp__fulfil">Available in stores only — not available for shipping</p>'
        '<button class="btn">Pick Up In Store</button></div></div>' + footer("Big Sky Outfitters"),
    ),
    325.0,
    "InStock",
)

# V6 a price written with superscript dollar sign and cents, no price class on the parts
case(
    "superscript-sign-and-cents",
    "https://www.hobbytown.example/products/traxxas-slash-4x4-vxl",
    doc(
        "Traxxas Slash 4X4 VXL Brushless RTR | HobbyHub",
        header(
            "HobbyHub",
            "https://www.hobbytown.example/logo.png",
            ["RC Cars", "Drones", "Trains", "Models", "Parts"],
            "hh-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.hobbytown.example/img/traxxas-slash.jpg"], "Traxxas Slash 4X4 VXL")
        + '<div class="pdp__info"><h1>Traxxas Slash 4X4 VXL Brushless RTR</h1>'
        '<div class="pdp__price"><sup>$</sup>529<sup>99</sup></div><p>Free shipping</p>'
        '<button class="btn add-to-cart">Add to Cart</button></div></div>'
        + related(
            "Accessories",
            [
                (
                    "Traxxas 5000mAh LiPo",
                    '<span class="price"><sup>$</sup>89<sup>99</sup></span>',
                    "/products/lipo",
                )
            ],
            "Add to Cart",
        )
        + footer("HobbyHub"),
    ),
    529.99,
    "InStock",
)

# V7 "Was $X Now $Y" in one unnamed line
case(
    "was-now-one-line",
    "https://www.runnerswarehouse.example/products/hoka-clifton-9-mens",
    doc(
        "HOKA Clifton 9 Men's Running Shoe | Stride Shop",
        header(
            "Stride Shop",
            "https://www.runnerswarehouse.example/logo.png",
            ["Men", "Women", "Trail", "Road", "Clearance"],
            "ss-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.runnerswarehouse.example/img/clifton9.jpg"], "HOKA Clifton 9")
        + '<div class="pdp__info"><h1>HOKA Clifton 9 Men\'s Running Shoe</h1>'
        "<p><b>Was $145.00 Now $109.95</b></p><p>Free 2-day shipping over $50</p>"
        '<button class="btn">Add to Cart</button></div></div>' + footer("Stride Shop"),
    ),
    109.95,
    "InStock",
)

# V8 discontinued "while supplies last" with a live cart: still on sale
case(
    "discontinued-while-supplies-last-live",
    "https://www.toolnut.example/products/bosch-gll3-330cg-laser",
    doc(
        "Bosch GLL3-330CG Green-Beam Line Laser | ToolHub",
        header(
            "ToolHub",
            "https://www.toolnut.example/logo.png",
            ["Power Tools", "Measuring", "Lasers", "Brands"],
            "tn-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.toolnut.example/img/gll3-330cg.jpg"], "Bosch GLL3-330CG")
        + '<div class="pdp__info"><h1>Bosch GLL3-330CG Green-Beam Line Laser</h1><p class="pdp__price">$449.00</p>'
        '<p class="pdp__badge">Discontinued by manufacturer — while supplies last</p><p>Only 3 left in stock</p>'
        '<button class="btn add-to-cart">Add to Cart</button></div></div>' + footer("ToolHub"),
    ),
    449.0,
    "InStock",
)

# V9 "No longer available" with its last price and a link to the replacement
case(
    "no-longer-available-replacement",
    "https://www.audioadvice.example/products/sonos-five-black",
    doc(
        "Sonos Five Wireless Speaker - Black | Hi-Fi House",
        header(
            "Hi-Fi House",
            "https://www.audioadvice.example/logo.png",
            ["Speakers", "Headphones", "Home Theater", "Turntables"],
            "hf-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.audioadvice.example/img/sonos-five.jpg"], "Sonos Five")
        + '<div class="pdp__info"><h1>Sonos Five Wireless Speaker - Black</h1><p class="pdp__price">$549.00</p>'
        '<p class="pdp__status">This item is no longer available. <a href="/products/sonos-era-300">See the Sonos Era 300</a></p></div></div>'
        + related(
            "Similar",
            [("Sonos Era 300", '<span class="price">$449.00</span>', "/products/sonos-era-300")],
            "Add to Cart",
        )
        + footer("Hi-Fi House"),
    ),
    549.0,
    "Discontinued",
)


# ---- batch 5: written after kinds 5-7 -----------------------------------------------------------------------

# W1 The RealReal: an extra discount with a code under the price
case(
    "therealreal-extra-off-with-code",
    "https://www.therealreal.com/products/women/shoes/boots/bottega-veneta-lug-boots-qrs45",
    doc(
        "Bottega Veneta Lug Boots | The RealReal",
        header(
            "The RealReal",
            "https://static.therealreal.com/images/logo.svg",
            ["New Arrivals", "Women", "Men", "Sale", "Consign"],
            "trr-header",
        )
        + crumbs(["Women", "Shoes", "Boots"])
        + '<div class="pdp-layout">'
        + gallery(
            ["https://product-images.therealreal.com/BOT445566_1_enlarged.jpg"], "Bottega Veneta Lug Boots"
        )
        + '<div class="pdp-layout__details"><div class="pdp-title"><a class="pdp-title__brand" href="/designers/bottega-veneta">Bottega Veneta</a><h1 class="pdp-title__name">Lug Boots</h1></div>'
        '<div class="pdp-price"><div class="product-price-info__retail">Est. Retail <span>$1,450.00</span></div><div class="product-price-info__price">$595.00</div>'
        '<div class="product-price-info__promo">Extra 20% Off: <span>$476.00</span> with code EXTRA20</div></div>'
        '<form class="pdp-add" action="/cart/add"><button class="button button--primary" type="submit">Add to Bag</button></form></div></div>'
        + footer("The RealReal"),
    ),
    595.0,
    "InStock",
)

# W2 Rebag sold out: "Sold Out" and a notify line for similar bags
case(
    "rebag-sold-out-similar-alert",
    "https://shop.rebag.com/products/handbags-hermes-birkin-30-togo-gold",
    doc(
        "Hermes Birkin 30 Togo Gold | Rebag",
        header(
            "Rebag",
            "//shop.rebag.com/cdn/shop/files/rebag-logo.svg",
            ["New Arrivals", "Brands", "Bags", "Sell / Trade"],
            "rb-header",
        )
        + '<div class="product-single">'
        + gallery(
            ["//shop.rebag.com/cdn/shop/products/birkin-30-gold-1_1024x1024.jpg"],
            "Hermes Birkin 30 Togo Gold",
        )
        + '<div class="product-single__meta"><p class="product-single__vendor">Hermes</p><h1 class="product-single__title">Birkin 30 Togo Gold</h1>'
        '<div class="product-single__prices"><span class="product-single__price">$19,800.00</span></div>'
        '<p class="product-single__sold">Sold Out</p><a class="btn btn--secondary" href="/alerts">Get notified when similar items arrive</a></div></div>'
        + footer("Rebag"),
    ),
    19800.0,
    "OutOfStock",
)

# W3 Magento 2 bundle product: "As low as $1,299.00" over its configured options
case(
    "magento-bundle-as-low-as",
    "https://www.bikesdirect.example/home-gym-bundle-power-rack.html",
    doc(
        "Power Rack Home Gym Bundle | Iron Works Fitness",
        header(
            "Iron Works Fitness",
            "https://www.bikesdirect.example/logo.png",
            ["Racks", "Barbells", "Plates", "Benches", "Bundles"],
            "iw-header",
        )
        + '<div class="product-info-main">'
        + gallery(
            ["https://www.bikesdirect.example/media/catalog/product/rack-bundle.jpg"],
            "Power Rack Home Gym Bundle",
        )
        + '<h1 class="page-title"><span class="base">Power Rack Home Gym Bundle</span></h1>'
        '<div class="price-box price-final_price"><p class="minimal-price"><span class="price-label">As low as</span> <span class="price-wrapper"><span class="price">$1,299.00</span></span></p></div>'
        '<div class="stock available"><span>In stock</span></div><button class="action primary customize">Customize and Add to Cart</button></div>'
        + footer("Iron Works Fitness"),
    ),
    1299.0,
    "InStock",
)

# W4 a restaurant supply shop: the price each, a case price beside it
case(
    "restaurant-supply-each-and-case",
    "https://www.webstaurantstore.com/choice-16-oz-clear-plastic-cup/500PC16.html",
    doc(
        "Choice 16 oz. Clear Plastic Cold Cup - 50/Pack | WebstaurantStore",
        header(
            "WebstaurantStore",
            "https://www.webstaurantstore.com/images/logo.svg",
            ["Restaurant Equipment", "Smallwares", "Disposables", "Food", "Janitorial"],
            "ws-header",
        )
        + crumbs(["Disposables", "Plastic Cups"])
        + '<div id="product-page">'
        + gallery(
            ["https://www.webstaurantstore.com/images/products/large/500PC16.jpg"],
            "Choice 16 oz. Clear Plastic Cold Cup",
        )
        + '<div class="product-info"><h1 id="page-header">Choice 16 oz. Clear Plastic Cold Cup - 50/Pack</h1>'
        '<div class="pricing"><p class="price"><span>$3.49</span><span class="per-each">/Pack</span></p>'
        '<table class="volume-pricing"><tr><td>1-19 Packs</td><td>$3.49</td></tr><tr><td>20+ Packs</td><td>$3.29</td></tr></table>'
        '<p class="case-price">Case of 20: <span>$65.80</span></p></div>'
        '<button class="btn btn-primary add-to-cart">Add to Cart</button><p>Ships free with WebstaurantPlus</p></div></div>'
        + footer("WebstaurantStore"),
    ),
    3.49,
    "InStock",
)

# W5 a beauty shop's insider price beside the regular one (a members' price, conditional)
case(
    "beauty-insider-price-beside-regular",
    "https://www.bluemercury.example/products/sunday-riley-good-genes",
    doc(
        "Sunday Riley Good Genes Lactic Acid Treatment | Glow Counter",
        header(
            "Glow Counter",
            "https://www.bluemercury.example/logo.png",
            ["Skincare", "Makeup", "Hair", "Bath &amp; Body", "Brands"],
            "gc-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.bluemercury.example/img/good-genes.jpg"], "Sunday Riley Good Genes")
        + '<div class="pdp__info"><h1>Sunday Riley Good Genes Lactic Acid Treatment</h1>'
        '<div class="pdp__prices"><p class="pdp__price">Regular <span>$85.00</span></p><p class="pdp__insider">Insider price <span>$76.50</span> <a href="/join">Join free</a></p></div>'
        '<button class="btn add-to-cart">Add to Bag</button></div></div>' + footer("Glow Counter"),
    ),
    85.0,
    "InStock",
)

# W6 a coffee gear shop: sold out, the next batch taken as pre-orders
case(
    "coffee-sold-out-preorder-next-batch",
    "https://www.prima-coffee.example/products/comandante-c40-mk4-grinder",
    doc(
        "Comandante C40 MK4 Hand Grinder | Bean Gear",
        header(
            "Bean Gear",
            "https://www.prima-coffee.example/logo.png",
            ["Grinders", "Espresso", "Brewers", "Kettles"],
            "bg-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.prima-coffee.example/img/c40-mk4.jpg"], "Comandante C40 MK4")
        + '<div class="pdp__info"><h1>Comandante C40 MK4 Hand Grinder</h1><p class="pdp__price">$299.00</p>'
        '<p class="pdp__note">Sold out — pre-order the next batch, ships February 2027.</p>'
        '<button class="btn add-to-cart">Pre-order</button></div></div>' + footer("Bean Gear"),
    ),
    299.0,
    "PreOrder",
)

# W7 a Shopify boutique's "Coming Soon" button, disabled, the price shown
case(
    "boutique-coming-soon-button-price",
    "https://www.sagebloomboutique.com/products/quilted-puffer-vest-olive",
    doc(
        "Quilted Puffer Vest - Olive – Sage Bloom Boutique",
        header(
            "Sage Bloom Boutique",
            "//www.sagebloomboutique.com/cdn/shop/files/sb-logo.png",
            ["New", "Outerwear", "Tops", "Sale"],
            "header",
        )
        + '<main id="MainContent"><section class="product">'
        + gallery(
            ["//www.sagebloomboutique.com/cdn/shop/files/vest-olive.jpg?width=1500"],
            "Quilted Puffer Vest - Olive",
        )
        + '<div class="product__info-container"><h1>Quilted Puffer Vest - Olive</h1><div class="price"><span class="price-item price-item--regular">$68.00</span></div>'
        '<button type="submit" name="add" class="product-form__submit button" disabled>Coming Soon</button></div></section>'
        + footer("Sage Bloom Boutique")
        + "</main>",
    ),
    68.0,
    "OutOfStock",
)

# W8 a Shopify store's price range before a variant is chosen
case(
    "shopify-price-range-no-variant",
    "https://www.candleandco.example/products/soy-candle-sampler",
    doc(
        "Soy Candle Sampler – Wick &amp; Co.",
        header(
            "Wick &amp; Co.",
            "//www.candleandco.example/cdn/shop/files/logo.png",
            ["Candles", "Diffusers", "Gifts", "Refills"],
            "header",
        )
        + '<main id="MainContent"><section class="product">'
        + gallery(["//www.candleandco.example/cdn/shop/files/sampler.jpg?width=1500"], "Soy Candle Sampler")
        + '<div class="product__info-container"><h1>Soy Candle Sampler</h1><div class="price"><span class="price-item price-item--regular">$24.00 – $48.00</span></div>'
        '<fieldset><legend>Size</legend><label><input type="radio" name="Size" value="3-pack">3-pack</label><label><input type="radio" name="Size" value="6-pack">6-pack</label></fieldset>'
        '<button type="submit" name="add" class="product-form__submit button">Add to cart</button></div></section>'
        + footer("Wick &amp; Co.")
        + "</main>",
    ),
    24.0,
    "InStock",
)

# W9 microdata with a placeholder price of 0.00 from an app, the page showing its price
case(
    "microdata-zero-placeholder-price",
    "https://www.leatherandlace.example/products/bifold-wallet-chestnut",
    doc(
        "Bifold Wallet - Chestnut | Leather &amp; Lace Co.",
        header(
            "Leather &amp; Lace Co.",
            "https://www.leatherandlace.example/logo.png",
            ["Wallets", "Belts", "Bags", "Gifts"],
            "ll-header",
        )
        + '<div class="product" itemscope itemtype="http://schema.org/Product"><meta itemprop="name" content="Bifold Wallet - Chestnut">'
        '<div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="0.00"><meta itemprop="priceCurrency" content="USD"><link itemprop="availability" href="http://schema.org/InStock"></div>'
        + gallery(["https://www.leatherandlace.example/img/bifold-chestnut.jpg"], "Bifold Wallet - Chestnut")
        + '<div class="product__info"><h1>Bifold Wallet - Chestnut</h1><p class="product__price">$129.00</p><button class="btn add-to-cart">Add to Cart</button></div></div>'
        + footer("Leather &amp; Lace Co."),
    ),
    129.0,
    "InStock",
)


# ---- batch 6: written after kind 8 -----------------------------------------------------------------------

# X1 a sold-out item with a restock date under a disabled button
case(
    "back-in-stock-date-sold-out",
    "https://www.outdoorvitals.example/products/loftek-down-sleeping-bag-15f",
    doc(
        "LoftTek Down Sleeping Bag 15°F | Summit Vitals",
        header(
            "Summit Vitals",
            "https://www.outdoorvitals.example/logo.png",
            ["Sleeping Bags", "Pads", "Tents", "Apparel"],
            "sv-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.outdoorvitals.example/img/lofttek-15.jpg"], "LoftTek Down Sleeping Bag")
        + '<div class="pdp__info"><h1>LoftTek Down Sleeping Bag 15°F</h1><p class="pdp__price">$289.99</p>'
        '<p class="pdp__restock">Back in stock on 12/20</p><button class="btn add-to-cart" disabled>Sold Out</button></div></div>'
        + footer("Summit Vitals"),
    ),
    289.99,
    "OutOfStock",
)

# X2 out of stock online, a store finder offered
case(
    "oos-online-find-in-store",
    "https://www.hobbylobby.example/products/wood-easel-tabletop",
    doc(
        "Tabletop Wood Easel | Craft Corner",
        header(
            "Craft Corner",
            "https://www.hobbylobby.example/logo.png",
            ["Art Supplies", "Frames", "Home Decor", "Yarn"],
            "cc-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.hobbylobby.example/img/easel.jpg"], "Tabletop Wood Easel")
        + '<div class="pdp__info"><h1>Tabletop Wood Easel</h1><p class="pdp__price">$24.99</p>'
        '<p class="pdp__online">Out of stock online</p><button class="btn btn--secondary">Find In Store</button></div></div>'
        + footer("Craft Corner"),
    ),
    24.99,
    "OutOfStock",
)

# X3 an auto parts line "$45.99 + $15.00 Core"
case(
    "autoparts-price-plus-core-one-line",
    "https://www.partsauthority.example/p/cardone-alternator-13-0123",
    doc(
        "Cardone Remanufactured Alternator 13-0123 | Parts Hub",
        header(
            "Parts Hub",
            "https://www.partsauthority.example/logo.png",
            ["Electrical", "Brakes", "Engine", "Cooling"],
            "ph-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.partsauthority.example/img/13-0123.jpg"], "Cardone Alternator 13-0123")
        + '<div class="pdp__info"><h1>Cardone Remanufactured Alternator 13-0123</h1><p class="pdp__price">$145.99 + $35.00 Core</p>'
        '<p>In Stock</p><button class="btn add-to-cart">Add to Cart</button></div></div>'
        + footer("Parts Hub"),
    ),
    145.99,
    "InStock",
)

# X4 a tire shop: the price each and the set of four
case(
    "tire-each-and-set-of-four",
    "https://www.tirerack.example/tires/michelin-defender-ltx-ms2-265-70r17",
    doc(
        "Michelin Defender LTX M/S2 265/70R17 | Tread Depot",
        header(
            "Tread Depot",
            "https://www.tirerack.example/logo.png",
            ["Tires", "Wheels", "Packages", "Installers"],
            "td-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.tirerack.example/img/defender-ltx-ms2.jpg"], "Michelin Defender LTX M/S2")
        + '<div class="pdp__info"><h1>Michelin Defender LTX M/S2 265/70R17 115T</h1>'
        '<div class="pdp__price"><span class="each">$246.99 <small>each</small></span> <span class="set">$987.96 <small>set of 4</small></span></div>'
        '<p>Ships in 1-2 days</p><button class="btn add-to-cart">Add to Cart</button></div></div>'
        + footer("Tread Depot"),
    ),
    246.99,
    "InStock",
)

# X5 a pre-owned watch dealer: the price, a lower price paid by wire
case(
    "watch-dealer-wire-price",
    "https://www.bobswatches.example/rolex-submariner-126610ln.html",
    doc(
        "Rolex Submariner Date 126610LN | Crown Pre-Owned",
        header(
            "Crown Pre-Owned",
            "https://www.bobswatches.example/logo.png",
            ["Rolex", "Omega", "Cartier", "Sell Your Watch"],
            "cp-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.bobswatches.example/img/126610ln.jpg"], "Rolex Submariner Date 126610LN")
        + '<div class="pdp__info"><h1>Rolex Submariner Date 126610LN</h1>'
        '<div class="pdp__price"><p class="price">$14,450</p><p class="wire-price">Wire price: $14,017 (save 3%)</p></div>'
        '<p>In stock · Ships free, insured</p><button class="btn add-to-cart">Buy Now</button><button class="btn btn--ghost">Make an Offer</button></div></div>'
        + footer("Crown Pre-Owned"),
    ),
    14450.0,
    "InStock",
)

# X6 Reverb: a used guitar with its original price struck and shipping apart
case(
    "reverb-used-price-drop-shipping",
    "https://reverb.com/item/81234567-fender-american-professional-ii-stratocaster-2021-dark-night",
    doc(
        "Fender American Professional II Stratocaster 2021 Dark Night | Reverb",
        '<div id="root"><header class="reverb-header"><a href="/" class="reverb-header__logo"><img src="/images/reverb-logo.svg" alt="Reverb"></a><input placeholder="What are you looking for?"><nav><a href="/cat/electric-guitars">Electric Guitars</a><a href="/cat/amps">Amps</a><a href="/cat/effects-and-pedals">Pedals</a><a href="/sell">Sell</a></nav></header>'
        '<main class="item2"><div class="item2-gallery"><img src="https://rvb-img.reverb.com/image/upload/s--abc--/a_0/f_auto,t_large/v1700000000/strat-dark-night.jpg" alt="Fender American Professional II Stratocaster 2021 Dark Night"></div>'
        '<div class="item2-buy"><h1 class="item2-title__inner">Fender American Professional II Stratocaster 2021 Dark Night</h1><div class="item2-condition">Used – Excellent</div>'
        '<div class="item2-price"><span class="price-display">$1,299</span> <span class="price-display--original"><s>$1,450</s></span> <span class="item2-price__drop">Price Drop</span></div>'
        '<p class="item2-shipping">+ $45 Shipping</p><button class="rc-button rc-button--filled">Add to Cart</button><button class="rc-button rc-button--outlined">Make an Offer</button>'
        '<p class="item2-shop">Sold by <a href="/shop/tone-garage">Tone Garage</a> · Nashville, TN</p></div></main>'
        '<section class="item2-similar"><h2>Similar listings</h2><a href="/item/1"><img src="https://rvb-img.reverb.com/1.jpg" alt=""><p>Fender Player Stratocaster</p><p>$699</p></a></section>'
        '<footer class="reverb-footer"><p>© 2026 Reverb.com LLC</p></footer></div>',
    ),
    1299.0,
    "InStock",
)


# ---- batch 7: Shopify Dawn pages as the theme serves them (its sold-out badge always in the price block, a
# variant's visually-hidden "Variant sold out or unavailable"), written after kind 2 made `near_state` read
# Shopify pages --------------------------------------------------------------------------------------------

# Y1 Dawn in stock: the sold-out badge the theme always prints (hidden by CSS), one size sold out
case(
    "dawn-in-stock-badge-always-printed",
    "https://www.everydayhemp.example/products/hemp-crew-sweatshirt-sand",
    doc(
        "Hemp Crew Sweatshirt - Sand – Everyday Hemp",
        header(
            "Everyday Hemp",
            "//www.everydayhemp.example/cdn/shop/files/logo.png?width=200",
            ["Shop All", "Tops", "Bottoms", "Socks"],
            "header",
        )
        + '<main id="MainContent" class="content-for-layout"><section id="shopify-section-template--17224130396381__main" class="shopify-section section">'
        '<section class="page-width section-template--17224130396381__main-padding"><div class="product product--large grid grid--1-col grid--2-col-tablet">'
        '<div class="grid__item product__media-wrapper">'
        + gallery(
            ["//www.everydayhemp.example/cdn/shop/files/crew-sand-1.jpg?v=1700000000&amp;width=1946"],
            "Hemp Crew Sweatshirt - Sand",
        )
        + '</div><div class="product__info-wrapper grid__item"><div id="ProductInfo-template--17224130396381__main" class="product__info-container">'
        '<p class="product__text inline-richtext caption-with-letter-spacing">EVERYDAY HEMP</p><div class="product__title"><h1>Hemp Crew Sweatshirt - Sand</h1></div>'
        '<div class="no-js-hidden" id="price-template--17224130396381__main" role="status"><div class="price price--large price--show-badge"><div class="price__container">'
        '<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">$78.00 USD</span></div>'
        '<div class="price__sale"><span class="visually-hidden visually-hidden--inline">Regular price</span><span><s class="price-item price-item--regular"></s></span>'
        '<span class="visually-hidden visually-hidden--inline">Sale price</span><span class="price-item price-item--sale price-item--last">$78.00 USD</span></div></div>'
        '<span class="badge price__badge-sale color-accent-2">Sale</span><span class="badge price__badge-sold-out color-inverse">Sold out</span></div></div>'
        '<variant-radios class="no-js-hidden" data-section="template--17224130396381__main"><fieldset class="js product-form__input"><legend class="form__label">Size</legend>'
        '<input type="radio" id="s" name="Size" value="S" checked><label for="s">S<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label>'
        '<input type="radio" id="xl" name="Size" value="XL" class="disabled"><label for="xl">XL<span class="visually-hidden label-unavailable">Variant sold out or unavailable</span></label></fieldset></variant-radios>'
        '<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--17224130396381__main" class="form" novalidate="novalidate" data-type="add-to-cart-form">'
        '<input type="hidden" name="id" value="44012345678901"><div class="product-form__error-message-wrapper" role="alert" hidden><span class="product-form__error-message"></span></div>'
        '<div class="product-form__buttons"><button type="submit" name="add" class="product-form__submit button button--full-width button--secondary"><span>Add to cart</span></button></div></form></product-form>'
        '<div class="product__description rte quick-add-hidden"><p>Midweight hemp and organic cotton fleece.</p></div></div></div></div></section></section>'
        + related(
            "You may also like",
            [
                (
                    "Hemp Jogger - Sand",
                    '<span class="price-item price-item--regular">$84.00 USD</span>',
                    "/products/hemp-jogger",
                )
            ],
            "",
            "card",
        )
        + footer("Everyday Hemp")
        + "</main>",
    ),
    78.0,
    "InStock",
)

# Y2 Dawn sold out: the same markup with "price--sold-out" and the disabled "Sold out" button
case(
    "dawn-sold-out-badge-shown",
    "https://www.everydayhemp.example/products/hemp-crew-sweatshirt-forest",
    doc(
        "Hemp Crew Sweatshirt - Forest – Everyday Hemp",
        header(
            "Everyday Hemp",
            "//www.everydayhemp.example/cdn/shop/files/logo.png?width=200",
            ["Shop All", "Tops", "Bottoms", "Socks"],
            "header",
        )
        + '<main id="MainContent" class="content-for-layout"><section id="shopify-section-template--17224130396381__main" class="shopify-section section">'
        '<div class="product product--large grid"><div class="grid__item product__media-wrapper">'
        + gallery(
            ["//www.everydayhemp.example/cdn/shop/files/crew-forest-1.jpg?v=1700000000&amp;width=1946"],
            "Hemp Crew Sweatshirt - Forest",
        )
        + '</div><div class="product__info-wrapper grid__item"><div class="product__info-container"><div class="product__title"><h1>Hemp Crew Sweatshirt - Forest</h1></div>'
        '<div class="price price--large price--sold-out price--show-badge"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>'
        '<span class="price-item price-item--regular">$78.00 USD</span></div></div><span class="badge price__badge-sold-out color-inverse">Sold out</span></div>'
        '<product-form class="product-form"><form method="post" action="/cart/add" class="form"><input type="hidden" name="id" value="44012345678902">'
        '<div class="product-form__buttons"><button type="submit" name="add" class="product-form__submit button button--full-width button--secondary" disabled><span>Sold out</span></button></div></form></product-form>'
        "</div></div></div></section>" + footer("Everyday Hemp") + "</main>",
    ),
    78.0,
    "OutOfStock",
)


# ---- batch 8: written after the commit of kinds 1-8 (3a09f2f): more resale marketplaces and dealers ---------

# Z1 thredUP: the price, an estimated retail price and a percentage
case(
    "thredup-est-retail-percent",
    "https://www.thredup.com/product/women-cotton-madewell-white-button-down-shirt/158765432",
    doc(
        "Madewell White Button Down Shirt Size M - 63% off | thredUP",
        header(
            "thredUP",
            "https://www.thredup.com/static/logo.svg",
            ["Women", "Kids", "Shoes", "Handbags", "Premium", "Clean Out"],
            "tu-header",
        )
        + crumbs(["Women", "Tops", "Button Down Shirts"])
        + '<div class="item-page">'
        + gallery(
            ["https://cf-assets-thredup.thredup.com/assets/158765432/large.jpg"],
            "Madewell White Button Down Shirt",
        )
        + '<div class="item-details"><h1 class="item-title">Madewell Button Down Shirt</h1><p>Size M · Like New</p>'
        '<div class="item-price"><span class="price">$24.99</span> <span class="msrp">$68.00 est. retail</span> <span class="discount">63% off</span></div>'
        '<button class="add-to-cart">Add to Cart</button><p>Free shipping on orders $79+</p></div></div>'
        + footer("thredUP"),
    ),
    24.99,
    "InStock",
)

# Z2 Chrono24: a dealer's listing with "Price on request" and "Contact dealer"
case(
    "chrono24-price-on-request",
    "https://www.chrono24.com/patekphilippe/nautilus-5711-1a-010--id31234567.htm",
    doc(
        "Patek Philippe Nautilus 5711/1A-010 for Price on request for sale from a Trusted Seller on Chrono24",
        header(
            "Chrono24",
            "https://static.chrono24.com/images/logo.svg",
            ["Rolex", "Omega", "Patek Philippe", "Audemars Piguet", "Sell"],
            "c24-header",
        )
        + crumbs(["Patek Philippe", "Nautilus"])
        + '<div class="detail-page">'
        + gallery(
            ["https://img.chrono24.com/images/uhren/31234567-abc-ExtraLarge.jpg"],
            "Patek Philippe Nautilus 5711/1A-010",
        )
        + '<div class="detail-page-header"><h1 class="h3">Patek Philippe Nautilus 5711/1A-010</h1><p class="text-md">Steel · Blue dial · 2020</p>'
        '<div class="js-price-shipping"><span class="price-md"><strong>Price on request</strong></span></div>'
        '<a class="btn btn-primary" href="/contact-dealer?id=31234567">Contact dealer</a><p>Trusted Seller · Miami, United States</p></div></div>'
        + specs(
            [("Reference number", "5711/1A-010"), ("Movement", "Automatic"), ("Case material", "Steel")],
            "Basic Info",
        )
        + footer("Chrono24"),
    ),
    None,
    None,
)

# Z3 1stDibs: "Price Upon Request", "Contact Seller", no cart
case(
    "1stdibs-price-upon-request",
    "https://www.1stdibs.com/furniture/seating/lounge-chairs/pierre-jeanneret-easy-chair-chandigarh/id-f_31234567/",
    doc(
        "Pierre Jeanneret Easy Chair, Chandigarh, circa 1955 | 1stDibs",
        header(
            "1stDibs",
            "https://a.1stdibscdn.com/dist/adhoc/logo.svg",
            ["Furniture", "Lighting", "Decor", "Art", "Jewelry", "Fashion"],
            "fd-header",
        )
        + crumbs(["Furniture", "Seating", "Lounge Chairs"])
        + '<div class="pdp">'
        + gallery(
            ["https://a.1stdibscdn.com/pierre-jeanneret-easy-chair-master.jpg?width=768"],
            "Pierre Jeanneret Easy Chair",
        )
        + '<div class="pdp__info"><h1 data-tn="pdp-main-title">Pierre Jeanneret Easy Chair, Chandigarh, circa 1955</h1>'
        '<div data-tn="price-amount" class="price-block"><span>Price Upon Request</span></div>'
        '<button class="btn">Contact Seller</button><p>Ships from Paris, France · White-glove delivery</p></div></div>'
        + specs(
            [("Materials", "Teak, Cane"), ("Period", "Mid-20th Century"), ("Condition", "Good")], "Details"
        )
        + related(
            "More from this seller",
            [("Pierre Jeanneret Office Chair", '<span class="price">$18,500</span>', "/furniture/id-f_1/")],
        )
        + footer("1stDibs"),
    ),
    None,
    None,
)

# Z4 The Pro's Closet: a certified pre-owned bike, its MSRP beside the price
case(
    "prosclosset-msrp-beside-price",
    "https://www.theproscloset.com/products/2023-santa-cruz-hightower-c-s-large",
    doc(
        "2023 Santa Cruz Hightower C S - Large | The Pro's Closet",
        header(
            "The Pro's Closet",
            "//www.theproscloset.com/cdn/shop/files/tpc-logo.svg",
            ["Mountain", "Road", "Gravel", "E-Bikes", "Sell Your Bike"],
            "header",
        )
        + '<main><section class="product">'
        + gallery(
            ["//www.theproscloset.com/cdn/shop/products/hightower-1.jpg?width=1500"],
            "2023 Santa Cruz Hightower C S",
        )
        + '<div class="product__info"><h1>2023 Santa Cruz Hightower C S - Large</h1><p class="condition">Certified Pre-Owned · Excellent</p>'
        '<div class="product__price"><span class="price">$3,699.00</span> <span class="msrp">MSRP $6,299.00</span></div>'
        '<p class="affirm">As low as $167/mo with Affirm</p><button class="btn add-to-cart">Add to Cart</button></div></section>'
        + footer("The Pro's Closet")
        + "</main>",
    ),
    3699.0,
    "InStock",
)

# Z5 MPB: a used lens "From $1,049" over its conditions
case(
    "mpb-used-from-conditions",
    "https://www.mpb.com/en-us/product/sony-fe-24-70mm-f-2-8-gm-ii",
    doc(
        "Used Sony FE 24-70mm f/2.8 GM II | MPB",
        '<div id="__next"><header class="mpb-header"><a href="/en-us" class="mpb-header__logo"><img src="/static/mpb-logo.svg" alt="MPB"></a><nav><a href="/en-us/cameras">Cameras</a><a href="/en-us/lenses">Lenses</a><a href="/en-us/sell">Sell</a></nav></header>'
        '<main class="product-page"><div class="product-gallery"><img src="https://www.mpb.com/media-service/abc123/sony-fe-24-70mm-f-2-8-gm-ii.jpg" alt="Sony FE 24-70mm f/2.8 GM II"></div>'
        '<div class="product-details"><h1 class="product-title">Sony FE 24-70mm f/2.8 GM II</h1><p class="product-price">From $1,049</p>'
        '<table class="condition-list"><tr><td>Like new</td><td>$1,289</td><td><button class="btn-buy">Buy</button></td></tr>'
        '<tr><td>Excellent</td><td>$1,149</td><td><button class="btn-buy">Buy</button></td></tr><tr><td>Good</td><td>$1,049</td><td><button class="btn-buy">Buy</button></td></tr></table>'
        "<p>Six-month warranty · Free shipping</p></div></main>"
        '<footer class="mpb-footer"><p>© 2026 MPB</p></footer></div>',
    ),
    1049.0,
    "InStock",
)


# ---- batch 9: US stock lines near the kinds (a pre-order app's badge, backordered with a date, a waitlist
# button, shipping restrictions that name no stock, one colour no longer sold) ----------------------------

case(
    "shopify-preorder-app-badge-add-to-cart",
    "https://www.retrogamevault.example/products/analogue-3d-black",
    doc(
        "Analogue 3D - Black | Retro Game Vault",
        header(
            "Retro Game Vault",
            "https://www.retrogamevault.example/logo.png",
            ["Shop", "New", "Sale", "Brands"],
            "sh-header",
        )
        + '<div class="pdp">'
        + gallery(
            ["https://www.retrogamevault.example/img/shopify-preorder-app-badge-add-to-cart.jpg"],
            "Analogue 3D - Black",
        )
        + '<div class="pdp__info"><h1>'
        + "Analogue 3D - Black"
        + "</h1>"
        + '<p class="pdp__price">$249.99</p>'
        + '<span class="preorder-badge">Pre-order</span><p class="preorder-note">Expected to ship December 15, 2026</p>'
        + '<button class="btn add-to-cart">Add to Cart</button>'
        + "</div></div>"
        + related(
            "You may also like",
            [("Gift Card", '<span class="price">$25.00</span>', "/products/gift-card")],
            "Add to Cart",
        )
        + footer("Retro Game Vault"),
    ),
    249.99,
    "PreOrder",
)

case(
    "currently-backordered-expected-ship-date",
    "https://www.kitchenconcepts.example/products/breville-barista-express-impress",
    doc(
        "Breville Barista Express Impress | Kitchen Concepts",
        header(
            "Kitchen Concepts",
            "https://www.kitchenconcepts.example/logo.png",
            ["Shop", "New", "Sale", "Brands"],
            "sh-header",
        )
        + '<div class="pdp">'
        + gallery(
            ["https://www.kitchenconcepts.example/img/currently-backordered-expected-ship-date.jpg"],
            "Breville Barista Express Impress",
        )
        + '<div class="pdp__info"><h1>'
        + "Breville Barista Express Impress"
        + "</h1>"
        + '<p class="pdp__price">$799.95</p>'
        + '<p class="pdp__msg">This item is currently backordered. Expected to ship on or before 01/30/2027.</p>'
        + '<button class="btn add-to-cart">Add to Cart</button>'
        + "</div></div>"
        + related(
            "You may also like",
            [("Gift Card", '<span class="price">$25.00</span>', "/products/gift-card")],
            "Add to Cart",
        )
        + footer("Kitchen Concepts"),
    ),
    799.95,
    "BackOrder",
)

case(
    "out-of-stock-add-to-waitlist",
    "https://www.boardshop.example/products/burton-custom-camber-158",
    doc(
        "Burton Custom Camber Snowboard 158 | Board Shop",
        header(
            "Board Shop",
            "https://www.boardshop.example/logo.png",
            ["Shop", "New", "Sale", "Brands"],
            "sh-header",
        )
        + '<div class="pdp">'
        + gallery(
            ["https://www.boardshop.example/img/out-of-stock-add-to-waitlist.jpg"],
            "Burton Custom Camber Snowboard 158",
        )
        + '<div class="pdp__info"><h1>'
        + "Burton Custom Camber Snowboard 158"
        + "</h1>"
        + '<p class="pdp__price">$659.95</p>'
        + '<p class="pdp__stock">Out of stock</p>'
        + '<button class="btn">Add to Waitlist</button>'
        + "</div></div>"
        + related(
            "You may also like",
            [("Gift Card", '<span class="price">$25.00</span>', "/products/gift-card")],
            "Add to Cart",
        )
        + footer("Board Shop"),
    ),
    659.95,
    "OutOfStock",
)

case(
    "temporarily-unavailable-no-button",
    "https://www.knifecenter.example/products/benchmade-bugout-535",
    doc(
        "Benchmade Bugout 535 | Edge Supply",
        header(
            "Edge Supply",
            "https://www.knifecenter.example/logo.png",
            ["Shop", "New", "Sale", "Brands"],
            "sh-header",
        )
        + '<div class="pdp">'
        + gallery(
            ["https://www.knifecenter.example/img/temporarily-unavailable-no-button.jpg"],
            "Benchmade Bugout 535 Folding Knife",
        )
        + '<div class="pdp__info"><h1>'
        + "Benchmade Bugout 535 Folding Knife"
        + "</h1>"
        + '<p class="pdp__price">$170.00</p>'
        + '<p class="pdp__avail-msg">Temporarily unavailable</p>'
        + ""
        + "</div></div>"
        + related(
            "You may also like",
            [("Gift Card", '<span class="price">$25.00</span>', "/products/gift-card")],
            "Add to Cart",
        )
        + footer("Edge Supply"),
    ),
    170.0,
    "OutOfStock",
)

case(
    "not-available-in-california-live",
    "https://www.gunbroker-gear.example/products/streamlight-tlr-1-hl",
    doc(
        "Streamlight TLR-1 HL Weapon Light | Range Gear",
        header(
            "Range Gear",
            "https://www.gunbroker-gear.example/logo.png",
            ["Shop", "New", "Sale", "Brands"],
            "sh-header",
        )
        + '<div class="pdp">'
        + gallery(
            ["https://www.gunbroker-gear.example/img/not-available-in-california-live.jpg"],
            "Streamlight TLR-1 HL Weapon Light",
        )
        + '<div class="pdp__info"><h1>'
        + "Streamlight TLR-1 HL Weapon Light"
        + "</h1>"
        + '<p class="pdp__price">$139.99</p>'
        + '<p class="pdp__restriction">Not available in California. Cannot ship to AK, HI.</p><p>In stock</p>'
        + '<button class="btn add-to-cart">Add to Cart</button>'
        + "</div></div>"
        + related(
            "You may also like",
            [("Gift Card", '<span class="price">$25.00</span>', "/products/gift-card")],
            "Add to Cart",
        )
        + footer("Range Gear"),
    ),
    139.99,
    "InStock",
)

case(
    "no-international-shipping-live",
    "https://www.tackledirect.example/products/shimano-stradic-fm-2500",
    doc(
        "Shimano Stradic FM 2500 Spinning Reel | Tackle Hub",
        header(
            "Tackle Hub",
            "https://www.tackledirect.example/logo.png",
            ["Shop", "New", "Sale", "Brands"],
            "sh-header",
        )
        + '<div class="pdp">'
        + gallery(
            ["https://www.tackledirect.example/img/no-international-shipping-live.jpg"],
            "Shimano Stradic FM 2500 Spinning Reel",
        )
        + '<div class="pdp__info"><h1>'
        + "Shimano Stradic FM 2500 Spinning Reel"
        + "</h1>"
        + '<p class="pdp__price">$229.99</p>'
        + '<p class="pdp__shipping">Not available for international shipping</p>'
        + '<button class="btn add-to-cart">Add to Cart</button>'
        + "</div></div>"
        + related(
            "You may also like",
            [("Gift Card", '<span class="price">$25.00</span>', "/products/gift-card")],
            "Add to Cart",
        )
        + footer("Tackle Hub"),
    ),
    229.99,
    "InStock",
)

case(
    "color-no-longer-available-others-live",
    "https://www.duluthgear.example/products/firehose-work-pants",
    doc(
        "Men's Fire Hose Work Pants | Workwear Co.",
        header(
            "Workwear Co.",
            "https://www.duluthgear.example/logo.png",
            ["Shop", "New", "Sale", "Brands"],
            "sh-header",
        )
        + '<div class="pdp">'
        + gallery(
            ["https://www.duluthgear.example/img/color-no-longer-available-others-live.jpg"],
            "Men's Fire Hose Work Pants",
        )
        + '<div class="pdp__info"><h1>'
        + "Men's Fire Hose Work Pants"
        + "</h1>"
        + '<p class="pdp__price">$69.50</p>'
        + '<p class="pdp__color-note">Item is no longer available in Khaki. Choose another color.</p><div class="swatches"><button class="swatch">Coffee</button><button class="swatch">Black</button></div>'
        + '<button class="btn add-to-cart">Add to Cart</button>'
        + "</div></div>"
        + related(
            "You may also like",
            [("Gift Card", '<span class="price">$25.00</span>', "/products/gift-card")],
            "Add to Cart",
        )
        + footer("Workwear Co."),
    ),
    69.5,
    "InStock",
)


# ---- batch 10: the price blocks of the shop software US independent shops run (BigCommerce's rrp, Volusion's
# retail and our price, WooCommerce's del/ins, Squarespace's original price) ---------------------------------

case(
    "bigcommerce-rrp-without-tax",
    "https://www.flyfishingoutpost.example/sage-r8-core-590-4/",
    doc(
        "Sage R8 Core 590-4 Fly Rod - Fly Fishing Outpost",
        header(
            "Fly Fishing Outpost",
            "https://cdn11.bigcommerce.com/s-abc123/images/stencil/250x100/logo.png",
            ["Rods", "Reels", "Lines", "Flies", "Waders"],
            "header",
        )
        + crumbs(["Rods", "Sage"])
        + '<div class="productView">'
        + gallery(
            [
                "https://cdn11.bigcommerce.com/s-abc123/images/stencil/1280x1280/products/412/1501/sage-r8__12345.1700000000.jpg"
            ],
            "Sage R8 Core 590-4",
        )
        + '<section class="productView-details"><h1 class="productView-title">Sage R8 Core 590-4 Fly Rod</h1><h2 class="productView-brand"><a href="/sage/">Sage</a></h2>'
        '<div class="productView-price"><div class="price-section price-section--withoutTax rrp-price--withoutTax">MSRP: <span data-product-rrp-price-without-tax class="price price--rrp">$1,100.00</span></div>'
        '<div class="price-section price-section--withoutTax"><span class="price-label"></span><span data-product-price-without-tax class="price price--withoutTax">$1,050.00</span></div></div>'
        '<form class="form" method="post" action="/cart.php" data-cart-item-add><input type="hidden" name="action" value="add"><input id="form-action-addToCart" data-wait-message="Adding to cart…" class="button button--primary" type="submit" value="Add to Cart"></form></section></div>'
        + footer("Fly Fishing Outpost"),
    ),
    1050.0,
    "InStock",
)
case(
    "volusion-retail-then-our-price",
    "https://www.vintagepartsdepot.example/product-p/vw-113-837-205.htm",
    doc(
        "VW Beetle Door Handle 113-837-205 - Vintage Parts Depot",
        header(
            "Vintage Parts Depot",
            "https://www.vintagepartsdepot.example/v/vspfiles/templates/logo.gif",
            ["Beetle", "Bus", "Ghia", "Engine", "Body"],
            "header",
        )
        + '<table id="content_area"><tr><td>'
        + gallery(
            ["https://www.vintagepartsdepot.example/v/vspfiles/photos/VW-113-837-205-2.jpg"],
            "VW Beetle Door Handle",
        )
        + '<span itemprop="name">VW Beetle Door Handle 113-837-205</span>'
        '<div class="product_listprice_text">Retail Price: <span class="product_listprice">$54.95</span></div>'
        '<div class="product_productprice"><b>Our Price: <span>$38.95</span></b></div>'
        '<div class="product_availability">Availability: In Stock</div><input type="submit" name="btnaddtocart" value="Add to Cart" class="vCSS_input_addtocart"></td></tr></table>'
        + footer("Vintage Parts Depot"),
    ),
    38.95,
    "InStock",
)
case(
    "woocommerce-del-ins-sale",
    "https://www.handmadesoapco.example/product/lavender-oatmeal-bar/",
    doc(
        "Lavender Oatmeal Bar – Handmade Soap Co.",
        header(
            "Handmade Soap Co.",
            "https://www.handmadesoapco.example/wp-content/uploads/logo.png",
            ["Bar Soap", "Bath", "Gift Sets", "Wholesale"],
            "site-header",
        )
        + '<div class="product type-product status-publish instock sale">'
        + gallery(
            ["https://www.handmadesoapco.example/wp-content/uploads/2026/03/lavender-oatmeal.jpg"],
            "Lavender Oatmeal Bar",
        )
        + '<div class="summary entry-summary"><h1 class="product_title entry-title">Lavender Oatmeal Bar</h1>'
        '<p class="price"><del aria-hidden="true"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">$</span>9.00</bdi></span></del> '
        '<span class="screen-reader-text">Original price was: $9.00.</span><ins aria-hidden="true"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">$</span>7.20</bdi></span></ins>'
        '<span class="screen-reader-text">Current price is: $7.20.</span></p><p class="stock in-stock">24 in stock</p>'
        '<form class="cart" method="post"><div class="quantity"><input type="number" name="quantity" value="1"></div><button type="submit" name="add-to-cart" value="512" class="single_add_to_cart_button button alt">Add to cart</button></form></div></div>'
        + footer("Handmade Soap Co."),
    ),
    7.20,
    "InStock",
)
case(
    "squarespace-original-price-sold-out",
    "https://www.ceramicsbyjune.example/shop/p/speckled-mug-large",
    doc(
        "Speckled Mug, Large — Ceramics by June",
        header(
            "Ceramics by June",
            "https://images.squarespace-cdn.com/content/v1/abc/logo.png",
            ["Shop", "Wholesale", "About", "Contact"],
            "header",
        )
        + '<article class="ProductItem"><div class="ProductItem-gallery">'
        + gallery(
            ["https://images.squarespace-cdn.com/content/v1/abc/mug-1.jpg?format=1500w"],
            "Speckled Mug, Large",
        )
        + '</div><section class="ProductItem-details"><h1 class="ProductItem-details-title">Speckled Mug, Large</h1>'
        '<div class="product-price"><span class="original-price">$48.00</span> $42.00</div>'
        '<div class="product-mark sold-out">sold out</div><div class="sqs-add-to-cart-button-wrapper"><div class="sqs-add-to-cart-button sqs-suppress-edit-mode sqs-editable-button sqs-button-element--primary cart-sold-out" role="button"><div class="sqs-add-to-cart-button-inner">Sold Out</div></div></div></section></article>'
        + footer("Ceramics by June"),
    ),
    42.0,
    "OutOfStock",
)


# ---- batch 11: a sneaker reseller's market summary (last sale, lowest ask, highest bid) ----------------------

case(
    "stockx-market-summary-last-sale-first",
    "https://stockx.com/adidas-samba-og-cloud-white-core-black",
    doc(
        "adidas Samba OG Cloud White Core Black - B75806 | StockX",
        '<div id="root"><header class="css-1hnlyw4"><a href="/" aria-label="StockX Home"><svg class="logo"></svg></a><nav><a href="/sneakers">Sneakers</a><a href="/apparel">Apparel</a><a href="/sell">Sell</a></nav><a href="/login">Login</a></header>'
        '<div class="css-product"><div class="css-media"><img src="https://images.stockx.com/images/adidas-Samba-OG-Cloud-White-Core-Black-Product.jpg?fit=fill&amp;bg=FFFFFF&amp;w=700&amp;h=500" alt="adidas Samba OG Cloud White Core Black"></div>'
        '<div class="css-details"><h1 data-component="primary-product-title">adidas Samba OG Cloud White Core Black</h1>'
        '<div class="css-market-summary"><div class="css-stat"><p class="chakra-text">Last Sale</p><p class="chakra-text css-stat-value">$108</p></div>'
        '<div class="css-stat"><p class="chakra-text">Lowest Ask</p><p class="chakra-text css-stat-value">$112</p></div>'
        '<div class="css-stat"><p class="chakra-text">Highest Bid</p><p class="chakra-text css-stat-value">$95</p></div></div>'
        '<div class="css-actions"><button class="chakra-button css-buy">Buy</button><button class="chakra-button css-bid">Place Bid</button></div></div></div>'
        '<footer class="css-footer"><p>©2026 StockX. All Rights Reserved.</p></footer></div>',
    ),
    112.0,
    "InStock",
)


# ---- batch 12: a reserved resale item, a Depop item sold -----------------------------------------------------

case(
    "vestiaire-reserved-item",
    "https://us.vestiairecollective.com/women-bags/handbags/prada/black-nylon-re-edition-2005-prada-handbag-42345678.shtml",
    doc(
        "Re-Edition 2005 nylon handbag Prada Black in Synthetic - 42345678",
        '<div id="__next"><header class="vc-header"><a href="/" class="vc-header__logo"><img src="/static/logo-vc.svg" alt="Vestiaire Collective"></a><nav><a href="/women/">Women</a><a href="/men/">Men</a><a href="/sell-clothes-online/">Sell</a></nav></header>'
        '<div class="product-main"><div class="product-main__gallery"><img src="https://images.vestiairecollective.com/images/resized/w=1024,q=75,f=auto,/produit/prada-42345678-1_1.jpg" alt="Re-Edition 2005 nylon handbag Prada"></div>'
        '<div class="product-main__details"><div class="product-main-heading"><h1><span class="brand">Prada</span> Re-Edition 2005 nylon handbag</h1></div>'
        '<div class="product-price"><p class="product-price__price">$1,050</p></div>'
        '<p class="product-main__status">This item is reserved</p><button class="product-main__buy" disabled>Reserved</button><button class="product-main__like">Add to favourites</button></div></div>'
        '<footer class="vc-footer"><p>© Vestiaire Collective 2026</p></footer></div>',
    ),
    1050.0,
    "OutOfStock",
)
case(
    "depop-item-has-sold",
    "https://www.depop.com/products/retroroom-vintage-harley-davidson-tee-1998/",
    doc(
        "Vintage Harley Davidson tee 1998 | Depop",
        '<div id="__next"><header class="styles__Header"><a href="/" class="styles__Logo"><svg aria-label="Depop"></svg></a><nav><a href="/category/mens/">Menswear</a><a href="/sell/">Sell</a></nav></header>'
        '<main class="ProductPage"><div class="ProductImages"><div class="styles__SoldBadge">Sold</div><img src="https://media-photos.depop.com/b1/7788/P0.jpg" alt="Vintage Harley Davidson tee 1998"></div>'
        '<div class="ProductDetails"><h1 class="styles__Title">Vintage Harley Davidson tee 1998</h1><p aria-label="Price" class="styles__Price">$85.00</p>'
        '<p class="styles__SoldText">This item has sold</p><a class="styles__SimilarButton" href="/search/?q=harley">Shop similar</a></div></main>'
        '<footer class="styles__Footer"><p>© 2026 Depop Ltd</p></footer></div>',
    ),
    85.0,
    "OutOfStock",
)


# ---- batch 13: structured data without the offer (the price and stock read off the page) ---------------------

case(
    "jsonld-without-offers-sale-price",
    "https://www.goodwoodsupply.example/products/walnut-cutting-board-large",
    doc(
        "Walnut Cutting Board - Large | Goodwood Supply",
        header(
            "Goodwood Supply",
            "https://www.goodwoodsupply.example/logo.png",
            ["Kitchen", "Boards", "Utensils", "Gifts"],
            "gw-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.goodwoodsupply.example/img/walnut-board.jpg"], "Walnut Cutting Board - Large")
        + '<div class="pdp__info"><h1>Walnut Cutting Board - Large</h1><div class="pdp__price"><s class="compare">$80.00</s> <span class="now">$64.00</span></div>'
        '<button class="btn add-to-cart">Add to Cart</button></div></div>' + footer("Goodwood Supply"),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Walnut Cutting Board - Large",
                "brand": {"@type": "Brand", "name": "Goodwood"},
                "image": "https://www.goodwoodsupply.example/img/walnut-board.jpg",
            }
        ),
    ),
    64.0,
    "InStock",
)
case(
    "microdata-price-in-text-no-content",
    "https://www.drumshop.example/products/zildjian-a-custom-20-ride",
    doc(
        "Zildjian A Custom 20&quot; Ride | Drum Shop",
        header(
            "Drum Shop",
            "https://www.drumshop.example/logo.png",
            ["Cymbals", "Snares", "Kits", "Sticks"],
            "ds-header",
        )
        + '<div class="pdp" itemscope itemtype="https://schema.org/Product">'
        + gallery(["https://www.drumshop.example/img/a-custom-20.jpg"], "Zildjian A Custom 20 Ride")
        + '<div class="pdp__info"><h1 itemprop="name">Zildjian A Custom 20" Ride</h1><div itemprop="offers" itemscope itemtype="https://schema.org/Offer">'
        '<span itemprop="priceCurrency" content="USD"></span><span itemprop="price" class="price">$1,299.99</span><link itemprop="availability" href="https://schema.org/InStock"></div>'
        '<button class="btn add-to-cart">Add to Cart</button></div></div>' + footer("Drum Shop"),
    ),
    1299.99,
    "InStock",
)
case(
    "og-price-only-sold-out-button",
    "https://www.smallbatchcandles.example/products/fireside-soy-candle",
    doc(
        "Fireside Soy Candle – Small Batch Candles",
        header(
            "Small Batch Candles",
            "//www.smallbatchcandles.example/cdn/shop/files/logo.png",
            ["Candles", "Wax Melts", "Gift Sets"],
            "header",
        )
        + '<main id="MainContent"><section class="product">'
        + gallery(
            ["//www.smallbatchcandles.example/cdn/shop/files/fireside.jpg?width=1500"], "Fireside Soy Candle"
        )
        + '<div class="product__info-container"><h1>Fireside Soy Candle</h1><div class="price price--sold-out"><span class="price-item price-item--regular">$32.00 USD</span></div>'
        '<button type="submit" name="add" class="product-form__submit button" disabled>Sold out</button></div></section>'
        + footer("Small Batch Candles")
        + "</main>",
        '<meta property="og:type" content="product"><meta property="og:title" content="Fireside Soy Candle">'
        '<meta property="og:price:amount" content="32.00"><meta property="og:price:currency" content="USD">',
    ),
    32.0,
    "OutOfStock",
)


# ---- batch 14: prices told in the cart (MAP pricing) without structured data --------------------------------

case(
    "map-price-add-to-cart-to-see",
    "https://www.campingworld.example/products/jackery-explorer-1000-v2",
    doc(
        "Jackery Explorer 1000 v2 Portable Power Station | Trail &amp; Road",
        header(
            "Trail &amp; Road",
            "https://www.campingworld.example/logo.png",
            ["Power", "Camp", "RV", "Overland"],
            "tr-header",
        )
        + crumbs(["Power", "Power Stations"])
        + '<div class="pdp">'
        + gallery(["https://www.campingworld.example/img/explorer-1000-v2.jpg"], "Jackery Explorer 1000 v2")
        + '<div class="pdp__info"><h1>Jackery Explorer 1000 v2 Portable Power Station</h1>'
        '<div class="pdp__map-price"><span>Add to cart to see our price</span> <a href="#map" class="map-why">Why?</a></div>'
        '<p class="pdp__stock">In stock · Ships in 1-2 business days</p><button class="btn add-to-cart">Add to Cart</button></div></div>'
        + specs([("Capacity", "1070 Wh"), ("Output", "1500 W"), ("Weight", "23.8 lb")])
        + related(
            "Related",
            [("Jackery SolarSaga 100W", '<span class="price">$299.00</span>', "/products/solarsaga")],
            "Add to Cart",
        )
        + footer("Trail &amp; Road"),
    ),
    None,
    "InStock",
)
case(
    "map-price-see-price-in-cart",
    "https://www.proaudiostar.example/products/shure-sm7db",
    doc(
        "Shure SM7dB Dynamic Vocal Microphone | Pro Audio House",
        header(
            "Pro Audio House",
            "https://www.proaudiostar.example/logo.png",
            ["Microphones", "Interfaces", "Monitors", "Headphones"],
            "pa-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.proaudiostar.example/img/sm7db.jpg"], "Shure SM7dB")
        + '<div class="pdp__info"><h1>Shure SM7dB Dynamic Vocal Microphone with Built-in Preamp</h1>'
        '<div class="product-price"><span class="price-msrp">MSRP $599.00</span> <span class="price-map">See price in cart</span></div>'
        '<button class="btn add-to-cart">Add to Cart</button></div></div>' + footer("Pro Audio House"),
    ),
    None,
    "InStock",
)


# ---- must-not-fire pages (each read right with the modules before the fix) ---------------------------------

# kind 1 (a one-of-a-kind item sold): "is sold by", "sold individually", a seller's "Sold" tab, cards' "Sold"
not_fire(
    "nf-sold-by-and-sold-individually",
    "https://www.campmor.com/products/msr-pocketrocket-2-stove",
    doc(
        "MSR PocketRocket 2 Stove | Campmor",
        header(
            "Campmor",
            "https://www.campmor.com/logo.png",
            ["Camping", "Hiking", "Clothing", "Footwear", "Sale"],
            "cm-header",
        )
        + crumbs(["Camping", "Stoves"])
        + '<div class="pdp">'
        + gallery(["https://www.campmor.com/images/msr-pocketrocket-2.jpg"], "MSR PocketRocket 2 Stove")
        + '<div class="pdp__info"><h1>MSR PocketRocket 2 Stove</h1><p class="price">$54.95</p>'
        '<p class="pdp__seller">This item is sold by Campmor and ships from our New Jersey warehouse.</p>'
        '<p class="pdp__note">This product is sold individually.</p><p>In stock</p><button class="btn add-to-cart">Add to Cart</button></div></div>'
        + related(
            "Customers Also Bought",
            [
                (
                    "MSR IsoPro Fuel 8 oz",
                    '<span class="price">$7.95</span><span class="badge">Sold</span>',
                    "/products/isopro",
                )
            ],
            "Add to Cart",
        )
        + footer("Campmor"),
    ),
    54.95,
    "InStock",
)
not_fire(
    "nf-seller-sold-tab-live-listing",
    "https://www.depop.com/products/threadhaus-levis-501-vintage-w32/",
    doc(
        "Levi's 501 vintage W32 | Depop",
        '<div id="__next"><header class="styles__Header"><a href="/" class="styles__Logo"><svg aria-label="Depop"></svg></a><nav><a href="/category/mens/">Menswear</a><a href="/sell/">Sell</a></nav></header>'
        '<main class="ProductPage"><div class="ProductImages"><img src="https://media-photos.depop.com/b1/2233/P0.jpg" alt="Levi\'s 501 vintage W32"></div>'
        '<div class="ProductDetails"><h1 class="styles__Title">Levi\'s 501 vintage W32</h1><p aria-label="Price" class="styles__Price">$42.00</p>'
        '<button class="styles__BuyButton">Buy now</button><button class="styles__OfferButton">Make offer</button></div></main>'
        '<section class="styles__SellerShop"><h2>threadhaus</h2><div role="tablist"><button role="tab" aria-selected="true">Selling</button><button role="tab" aria-selected="false">Sold</button></div>'
        '<a href="/products/threadhaus-a/"><img src="https://media-photos.depop.com/b1/a.jpg" alt=""><p>$30.00</p></a></section>'
        '<footer class="styles__Footer"><p>© 2026 Depop Ltd</p></footer></div>',
    ),
    42.0,
    "InStock",
)
not_fire(
    "nf-sold-count-after-title",
    "https://www.vintagegamestore.com/products/pokemon-emerald-gba-authentic",
    doc(
        "Pokemon Emerald GBA Authentic | Vintage Game Store",
        header(
            "Vintage Game Store",
            "https://www.vintagegamestore.com/logo.png",
            ["Nintendo", "Sega", "PlayStation", "Accessories"],
            "vg-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.vintagegamestore.com/img/emerald.jpg"], "Pokemon Emerald GBA")
        + '<div class="pdp__info"><h1>Pokemon Emerald GBA Authentic</h1><div class="pdp__stats"><span class="pdp__count">1,204</span> <span class="pdp__count-label">Sold</span></div>'
        '<p class="price">$89.99</p><button class="btn">Add to Cart</button></div></div>'
        + footer("Vintage Game Store"),
        lang="en",
    ),
    89.99,
    "InStock",
)

# kind 2 (message-template names): a real error template beside the Shopify page type, a message template
not_fire(
    "nf-shopify-error-template-live",
    "https://www.saltandstonebody.com/products/santal-vetiver-deodorant",
    doc(
        "Santal &amp; Vetiver Deodorant – Salt &amp; Stone",
        header(
            "Salt &amp; Stone",
            "//www.saltandstonebody.com/cdn/shop/files/logo.svg",
            ["Deodorant", "Body", "Fragrance", "Sets"],
            "header",
        )
        + '<main id="MainContent"><section id="shopify-section-template--15328405717213__main" class="shopify-section section"><div class="product">'
        + gallery(
            ["//www.saltandstonebody.com/cdn/shop/files/deo-santal.jpg?width=1500"],
            "Santal & Vetiver Deodorant",
        )
        + '<div class="product__info-container"><h1>Santal &amp; Vetiver Deodorant</h1><div class="price"><span class="price-item price-item--regular">$22.00 USD</span></div>'
        '<div class="product-form__error-message-wrapper" role="alert"><span class="product-form__error-message error-template">This item is unavailable</span></div>'
        '<button type="submit" name="add" class="product-form__submit button">Add to cart</button></div></div></section>'
        + footer("Salt &amp; Stone")
        + "</main>",
    ),
    22.0,
    "InStock",
)
# (written as a must-not-fire page, it failed before the fix as well: `stock_state` read the template named
# for the stock; a case since, kind 2's second part)
case(
    "message-template-named-for-stock-live",
    "https://www.hardwaresupplyco.com/item/dewalt-dwht33975-tape-measure-25ft",
    doc(
        "DEWALT 25 ft. Tape Measure DWHT33975 | Hardware Supply Co.",
        header(
            "Hardware Supply Co.",
            "https://www.hardwaresupplyco.com/logo.png",
            ["Hand Tools", "Power Tools", "Fasteners", "Paint"],
            "hs-header",
        )
        + '<div class="item">'
        + gallery(["https://www.hardwaresupplyco.com/img/dwht33975.jpg"], "DEWALT 25 ft. Tape Measure")
        + '<div class="item__info"><h1>DEWALT 25 ft. Tape Measure DWHT33975</h1><p class="item__price">$24.97</p>'
        '<div id="stock-msg-tpl" class="message-template">Sorry, this product is currently unavailable.</div>'
        '<button class="btn add-to-cart">Add to Cart</button></div></div>' + footer("Hardware Supply Co."),
    ),
    24.97,
    "InStock",
)

# kind 3 (a retail price beside the shop's): "Our Price" after "Retail Price"; a shop named for retail
not_fire(
    "nf-retail-then-our-price",
    "https://www.partsgeek.com/mmparts/brake_pad_set/akebono/proact-act787.html",
    doc(
        "Akebono ProACT Ultra-Premium Ceramic Brake Pads ACT787 | PartsGeek",
        header(
            "PartsGeek",
            "https://www.partsgeek.com/images/logo.png",
            ["Brakes", "Engine", "Suspension", "Lighting"],
            "pg-header",
        )
        + '<div class="product">'
        + gallery(["https://www.partsgeek.com/images/act787.jpg"], "Akebono ProACT ACT787")
        + '<div class="product__info"><h1>Akebono ProACT Ultra-Premium Ceramic Brake Pads ACT787</h1>'
        '<table class="pricing"><tr><td>Retail Price:</td><td>$89.99</td></tr><tr><td>Our Price:</td><td><b>$52.79</b></td></tr></table>'
        '<button class="btn">Add to Cart</button></div></div>' + footer("PartsGeek"),
    ),
    52.79,
    "InStock",
)
not_fire(
    "nf-retail-in-shop-name",
    "https://www.retailtherapyboutique.com/products/waffle-knit-henley-cream",
    doc(
        "Waffle Knit Henley - Cream | Retail Therapy Boutique",
        header(
            "Retail Therapy Boutique",
            "https://www.retailtherapyboutique.com/logo.png",
            ["New", "Tops", "Bottoms", "Sale"],
            "rt-header",
        )
        + '<div class="product">'
        + gallery(["https://www.retailtherapyboutique.com/img/henley.jpg"], "Waffle Knit Henley - Cream")
        + '<div class="product__info"><h1>Waffle Knit Henley - Cream</h1><p class="product__vendor">Retail Therapy</p><p><span>$36.00</span></p>'
        '<button class="btn">Add to Cart</button></div></div>' + footer("Retail Therapy Boutique"),
    ),
    36.0,
    "InStock",
)


# kind 4 (a price told on asking): a quote note beside a shown price; a category page of "Call for Price" cards
not_fire(
    "nf-quote-note-beside-price",
    "https://www.globalindustrial.com/p/vestil-manual-lift-table-500-lb",
    doc(
        "Vestil Manual Scissor Lift Table 500 Lb. Capacity | Global Industrial",
        header(
            "Global Industrial",
            "https://www.globalindustrial.com/images/logo.svg",
            ["Material Handling", "Storage", "Safety", "Tools"],
            "gi-header",
        )
        + crumbs(["Material Handling", "Lift Tables"])
        + '<div class="pdp">'
        + gallery(
            ["https://img.globalindustrial.com/images/pdp/CART-500.jpg"], "Vestil Manual Scissor Lift Table"
        )
        + '<div class="pdp__info"><h1>Vestil Manual Scissor Lift Table 500 Lb. Capacity</h1>'
        '<div class="pdp__price"><span class="price">$1,189.95</span><p class="price-note">Need 10 or more? Call for a quote: 1-800-555-0199</p></div>'
        '<p class="stock">In Stock</p><button class="btn btn--primary add-to-cart">Add to Cart</button></div></div>'
        + footer("Global Industrial"),
    ),
    1189.95,
    "InStock",
)
not_fire(
    "nf-category-of-call-for-price-cards",
    "https://www.globalindustrial.com/c/material-handling/lift-tables/hydraulic",
    doc(
        "Hydraulic Lift Tables | Global Industrial",
        header(
            "Global Industrial",
            "https://www.globalindustrial.com/images/logo.svg",
            ["Material Handling", "Storage", "Safety", "Tools"],
            "gi-header",
        )
        + crumbs(["Material Handling", "Lift Tables"])
        + '<h1>Hydraulic Lift Tables</h1><ul class="product-grid">'
        + "".join(
            f'<li class="product-card"><a href="/p/lift-{n}"><img src="https://img.globalindustrial.com/images/lift-{n}.jpg" alt="Lift table {n}" width="300" height="300">'
            f'<h3>Vestil Hydraulic Lift Table Model {n}</h3></a><div class="product-card__price"><span class="call-for-price">Call for Price</span></div>'
            f'<a class="btn" href="/p/lift-{n}#quote">Request a Quote</a></li>'
            for n in (1000, 2000, 3000, 4000)
        )
        + "</ul>"
        + footer("Global Industrial"),
    ),
    None,
    None,
    listing=False,
)


# kinds 5-7 (a delivery time in a back-order line, US stores-only lines, "Purchase" / "Pick Up In Store"
# buttons): a stock legend naming a delivery time beside a live cart, an online-only line, a sold-out page
# with a "Purchase Protection" add-on button
not_fire(
    "nf-stock-legend-with-delivery-time",
    "https://www.kayakshack.example/products/perception-pescador-pro-10",
    doc(
        "Perception Pescador Pro 10.0 Kayak | Kayak Shack",
        header(
            "Kayak Shack",
            "https://www.kayakshack.example/logo.png",
            ["Kayaks", "Paddles", "PFDs", "Racks"],
            "ks-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.kayakshack.example/img/pescador-pro-10.jpg"], "Perception Pescador Pro 10.0")
        + '<div class="pdp__info"><h1>Perception Pescador Pro 10.0 Kayak</h1><p class="pdp__price">$849.00</p>'
        '<div class="stock-legend"><span>● In stock</span> <span>● Ships in 2-3 days</span> <span>● Backordered</span> <span>● Out of stock</span></div>'
        '<button class="btn add-to-cart">Add to Cart</button></div></div>' + footer("Kayak Shack"),
    ),
    849.0,
    "InStock",
)
not_fire(
    "nf-online-only-not-in-stores",
    "https://www.outdoorgearco.example/products/garmin-inreach-mini-2",
    doc(
        "Garmin inReach Mini 2 | Outdoor Gear Co.",
        header(
            "Outdoor Gear Co.",
            "https://www.outdoorgearco.example/logo.png",
            ["GPS", "Camp", "Hike", "Sale"],
            "og-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.outdoorgearco.example/img/inreach-mini-2.jpg"], "Garmin inReach Mini 2")
        + '<div class="pdp__info"><h1>Garmin inReach Mini 2</h1><p class="pdp__price">$399.99</p>'
        '<p class="pdp__fulfil">Online only — not available in stores</p>'
        '<button class="btn add-to-cart">Add to Cart</button></div></div>' + footer("Outdoor Gear Co."),
    ),
    399.99,
    "InStock",
)
not_fire(
    "nf-purchase-protection-sold-out",
    "https://www.gadgetdepot.example/products/dji-mini-4-pro",
    doc(
        "DJI Mini 4 Pro | Gadget Depot",
        header(
            "Gadget Depot",
            "https://www.gadgetdepot.example/logo.png",
            ["Drones", "Cameras", "Audio", "Deals"],
            "gd-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.gadgetdepot.example/img/mini-4-pro.jpg"], "DJI Mini 4 Pro")
        + '<div class="pdp__info"><h1>DJI Mini 4 Pro</h1><p class="pdp__price">$759.00</p>'
        '<div class="protection"><p>Add 2-year accident protection for $89.99</p><button class="btn btn--ghost">Purchase Protection</button></div>'
        '<button class="btn add-to-cart" disabled>Sold Out</button></div></div>' + footer("Gadget Depot"),
    ),
    759.0,
    "OutOfStock",
)


# kind 8 (a loyalty programme's price): the programme's price as the only one shown; a rewards line beside the price
not_fire(
    "nf-insider-price-alone",
    "https://www.bluemercury.example/products/supergoop-unseen-sunscreen",
    doc(
        "Supergoop! Unseen Sunscreen SPF 40 | Glow Counter",
        header(
            "Glow Counter",
            "https://www.bluemercury.example/logo.png",
            ["Skincare", "Makeup", "Hair", "Brands"],
            "gc-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.bluemercury.example/img/unseen.jpg"], "Supergoop! Unseen Sunscreen")
        + '<div class="pdp__info"><h1>Supergoop! Unseen Sunscreen SPF 40</h1>'
        '<div class="pdp__prices"><p class="pdp__insider">Insider price <span>$34.00</span></p></div>'
        '<button class="btn add-to-cart">Add to Bag</button></div></div>' + footer("Glow Counter"),
    ),
    34.0,
    "InStock",
)
not_fire(
    "nf-rewards-members-earn-points",
    "https://www.petsupplyplus.example/products/kong-classic-large",
    doc(
        "KONG Classic Dog Toy, Large | Paws &amp; Co.",
        header(
            "Paws &amp; Co.",
            "https://www.petsupplyplus.example/logo.png",
            ["Dog", "Cat", "Fish", "Bird", "Deals"],
            "pc-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.petsupplyplus.example/img/kong-large.jpg"], "KONG Classic Dog Toy")
        + '<div class="pdp__info"><h1>KONG Classic Dog Toy, Large</h1>'
        '<div class="pdp__price-block"><span class="pdp__price">$15.99</span><p>Rewards members earn 3x points on this item.</p></div>'
        '<button class="btn add-to-cart">Add to Cart</button></div></div>' + footer("Paws &amp; Co."),
    ),
    15.99,
    "InStock",
)


# kind 9 (a reseller's last sale and highest bid): an auction's current bid, a "Final Sale" badge, a last-chance sale
not_fire(
    "nf-auction-current-bid",
    "https://www.shopgoodwill.example/item/198765432",
    doc(
        "Vintage Omega Seamaster Automatic Watch | Goodwill Auctions",
        header(
            "Goodwill Auctions",
            "https://www.shopgoodwill.example/logo.png",
            ["Jewelry", "Watches", "Electronics", "Collectibles"],
            "gw-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.shopgoodwill.example/img/198765432-1.jpg"], "Vintage Omega Seamaster")
        + '<div class="pdp__info"><h1>Vintage Omega Seamaster Automatic Watch</h1>'
        '<div class="bid-box"><p>Current bid: <span class="current-price">$1,250.00</span></p><p>14 bids · Ends in 2d 4h</p><p>Shipping: $12.99</p></div>'
        '<label>Your max bid <input type="text" name="bid"></label><button class="btn">Place Bid</button></div></div>'
        + footer("Goodwill Auctions"),
    ),
    1250.0,
    "InStock",
)
not_fire(
    "nf-final-sale-last-chance",
    "https://www.coastalthreads.example/products/linen-camp-shirt-navy",
    doc(
        "Linen Camp Shirt - Navy | Coastal Threads",
        header(
            "Coastal Threads",
            "https://www.coastalthreads.example/logo.png",
            ["Shirts", "Shorts", "Swim", "Last Chance"],
            "ct-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.coastalthreads.example/img/camp-navy.jpg"], "Linen Camp Shirt - Navy")
        + '<div class="pdp__info"><h1>Linen Camp Shirt - Navy</h1><span class="badge">Final Sale</span>'
        '<div class="pdp__price"><s>$88.00</s> <span class="sale">$44.00</span></div><p>Last chance sale: ends Sunday</p>'
        '<button class="btn add-to-cart">Add to Cart</button></div></div>' + footer("Coastal Threads"),
    ),
    44.0,
    "InStock",
)


# kind 10 (a resale item reserved or on hold for another buyer): a cart's hold for this shopper, "Reserve online"
not_fire(
    "nf-reserved-for-you-in-cart",
    "https://www.sneakerconsign.example/products/nike-sb-dunk-low-jarritos",
    doc(
        "Nike SB Dunk Low Jarritos | Sneaker Consign",
        header(
            "Sneaker Consign",
            "https://www.sneakerconsign.example/logo.png",
            ["Nike", "Jordan", "adidas", "New Balance"],
            "sc-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.sneakerconsign.example/img/jarritos.jpg"], "Nike SB Dunk Low Jarritos")
        + '<div class="pdp__info"><h1>Nike SB Dunk Low Jarritos</h1><p class="pdp__price">$295.00</p>'
        '<p class="pdp__timer">This item is reserved for you for 10:00 minutes.</p>'
        '<button class="btn add-to-cart">Checkout Now</button><p>Reserve online, pick up in our Miami store.</p></div></div>'
        + footer("Sneaker Consign"),
    ),
    295.0,
    "InStock",
)


# kind 11 (a price told in the cart): a cart note beside a shown price; a category page of MAP items
not_fire(
    "nf-final-price-shown-in-cart-note",
    "https://www.proaudiostar.example/products/rode-procaster",
    doc(
        "RODE Procaster Broadcast Dynamic Microphone | Pro Audio House",
        header(
            "Pro Audio House",
            "https://www.proaudiostar.example/logo.png",
            ["Microphones", "Interfaces", "Monitors", "Headphones"],
            "pa-header",
        )
        + '<div class="pdp">'
        + gallery(["https://www.proaudiostar.example/img/procaster.jpg"], "RODE Procaster")
        + '<div class="pdp__info"><h1>RODE Procaster Broadcast Dynamic Microphone</h1>'
        '<div class="product-price"><span class="price">$229.00</span><p class="price-note">Bundle savings: final price shown in cart.</p></div>'
        '<button class="btn add-to-cart">Add to Cart</button></div></div>' + footer("Pro Audio House"),
    ),
    229.0,
    "InStock",
)
not_fire(
    "nf-category-of-map-cards",
    "https://www.proaudiostar.example/collections/dynamic-microphones",
    doc(
        "Dynamic Microphones | Pro Audio House",
        header(
            "Pro Audio House",
            "https://www.proaudiostar.example/logo.png",
            ["Microphones", "Interfaces", "Monitors", "Headphones"],
            "pa-header",
        )
        + '<h1>Dynamic Microphones</h1><ul class="product-grid">'
        + "".join(
            f'<li class="product-card"><a href="/products/mic-{n}"><img src="https://www.proaudiostar.example/img/mic-{n}.jpg" alt="Mic {n}" width="300" height="300">'
            f'<h3>Dynamic Microphone Model {n}</h3></a><div class="product-card__price"><span class="price-map">See price in cart</span></div>'
            f'<button class="btn">Add to Cart</button></li>'
            for n in (1, 2, 3, 4)
        )
        + "</ul>"
        + footer("Pro Audio House"),
    ),
    None,
    None,
    listing=False,
)


# ---- the check ---------------------------------------------------------------------------------------


def _fold(name: str | None) -> str | None:
    return AVAILABILITY_CLASS.get(name, name) if name else None


def mistakes(c: Case) -> list[str]:
    """What extraction reads wrong on `c`: the listing given or not, its price (to the cent), currency and
    availability (folded); titles and images are the other helpers' fields."""
    got = extract_product(c.html, c.url)
    if not c.listing:
        return [] if got is None else [f"a listing {got.get('title')!r}"]
    if got is None:
        return ["no listing"]
    wrong = []
    if c.price is None:
        if got.get("price") is not None:
            wrong.append(f"price {got.get('price')!r} != None")
    elif got.get("price") is None or abs(got["price"] - c.price) > 0.005:
        wrong.append(f"price {got.get('price')!r} != {c.price}")
    if c.currency and got.get("currency") != c.currency:
        wrong.append(f"currency {got.get('currency')!r} != {c.currency}")
    if c.availability is not None and _fold(got.get("availability")) != _fold(c.availability):
        wrong.append(f"availability {got.get('availability')!r} != {c.availability}")
    return wrong


# left: the lead's extract.py (`extract._MESSAGE_NAMES`, read by `_said_outside_strips`) takes Shopify's `<body
# class="template-product">` for a message template, so a page's pre-order or back-order words beside a live
# cart are never read on such pages; without that body class both pages read right (kind 2's words in
# extract.py; asked in the final report)
# left in the lead's file at first, then fixed by the lead (extract._MESSAGE_NAMES reads "template" as
# controls.TEMPLATE does: Shopify's <body class='template-product'> hid every page text; stop 39)
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("c", case_params(CASES, LEFT))
def test_page(c: Case) -> None:
    assert mistakes(c) == []


@pytest.mark.parametrize("c", case_params(NOT_FIRE))
def test_not_fire(c: Case) -> None:
    assert mistakes(c) == []
