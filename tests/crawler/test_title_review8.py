"""Title review 8 (issue 14, title helper): whole product pages of the US big retailers and marketplaces.

Each case is a whole page as the shop serves it (promo strip, header with logo, search, account and cart,
department menu, breadcrumbs, gallery, buy box, specs, reviews with their own headlines, "customers also
viewed" cards with names, prices and buttons, footer with its signup `<h2>`), about half without structured
data, some with JSON-LD / og:title / `<title>` that differ from the `<h1>` (shop suffixes, SEO and department
titles, variant words, brand prefixed or dropped, truncated names, names in capitals, model numbers,
seller-written eBay / Etsy titles), and the product's name as the page shows it, checked with the
benchmark's `title_match` (the only field checked; a case whose page gives no listing fails).

Batch 1 (45 pages, written before reading titles.py; HEAD 2a8b737 with the other helpers' working tree):
Walmart (2), Target (2), Best Buy (2), Home Depot, Lowe's (2), Macy's, Nordstrom, Kohl's, JCPenney, Wayfair,
Overstock, Costco, Sam's Club, Newegg, B&H, Zappos, REI, Dick's, Academy, Bass Pro, Sephora, Ulta, Etsy (2),
eBay (2), Amazon.com, QVC, HSN, Chewy, Petco, Staples, Office Depot, GameStop, Guitar Center, Sweetwater,
Williams Sonoma, Crate & Barrel, IKEA US, Kroger, CVS, Walgreens.
FIRST LOOK: 3 of 45 failed (a first run while the other helpers' files were mid-edit showed 23, a rerun a
minute later 3; the rerun counted):
- title (1): B&H's `<title>` "Sony a7 IV Mirrorless Camera ILCE7M4/B B&H Photo Video" (the shop's name glued
  on, no separator) was taken as the fuller form of the `<h1>` "Sony a7 IV Mirrorless Camera" (kind 1).
- no listing (2, the title read right): JCPenney's "$12.99 sale" / "$30.00 original" and Etsy's price above
  the title in `<p class="wt-text-title-larger">`: a related card's price was read (prices.py, the listing
  helper's field; strict xfails). Etsy's gives its listing since stop 41 (a price under a block headed
  "You may also like" counts as a strip's, `dom.under_other_items_heading`; tests/crawler/test_field_mutation_kinds.py).
Batch 2 (18 pages, written after reading titles.py: the 2017 shapes of the same shops, as the benchmark's
pages are, with microdata and no JSON-LD: Walmart's `<h1 itemprop=name><div>`, Home Depot's brand `<h2>` and
"Kit-DCD771C2" `<title>`, Best Buy's `itemprop=name` wrapper, eBay's hidden "Details about", GameStop's
`<cite>by Nintendo</cite>`, Newegg's `#grpDescrip_h`, Target's span, Macy's, Sears, Staples; and today's: a
buy box in `<aside>`, a sticky add-to-cart bar and a closed added-to-cart dialog, a JSON-LD name cut with
"...", a JSON-LD name of one word, a designer-only `<h1>`, a twice-escaped JSON-LD name, IKEA's name and
description spans, a brand link glued to the name): FIRST LOOK 0 of 18 failed.
Names read with other words than the page shows, which `title_match` forgave for these long names but not
for short ones, gave kinds 2-6; a case for each, with a short name, failed before (`kind-*`).

Kinds fixed in titles.py (with HEAD's titles.py swapped back in one process, exactly 6 of the 7 fixed
`kind-*` cases and bh-brand-span-no-separator-title fail, besides the 4 strict xfails:
kind-allmodern-h1-in-product-header passed, read "Kinsey Sofa Reviews"; all 12 must-not-fire pages in
`NOT_FIRE` pass before and after):
1. `_glued_shop_tail`: the shop's name glued to the end of a `<title>` part, its words joined making a word
   of the host or og:site_name ("B&H Photo Video" of bhphotovideo.com). Must not fire: "Gift Card Best Buy"
   (2 words left only), B&H's "| B&H Photo" form.
2. `_REVIEWS_TAIL`: "& Reviews" (Wayfair, AllModern, Joss & Main), "+ Reviews" (Crate & Barrel, CB2) and
   Lowe's "in the Drills department" (its "at Lowes.com" dropped before) after the name in a `<title>`
   part. Must not fire: a book "Collected Essays & Reviews", a book "Murder in the Math Department",
   "Department 56 Snow Village Christmas Shop", a Wayfair name with the brand in its `<h1>`.
3. `_noise_beyond_header`: an `<h1>` in the product block's own `<header>` (no nav, form field or
   front-page link in it; Wayfair's ProductDetailInfoBlock) is not weighed as in a banner. Needed by kind
   2: wayfair-reviews-suffix-byline had read the reviews' `<h2>` "Reviews" (its word in the `<title>`'s
   "& Reviews") and got its name back only through the `<title>`'s fuller form, which kind 2 cuts; with
   kind 2 alone it read "Reviews". Must not fire: a banner `<header>` with a logo `<h1>` (product in an
   `<h2>`), a category page's `<header><h1>` over a grid of cards (no listing).
4. `seo_title_of` / `_shop_tail_of`: a structured name that is the shown name followed only by the shop's
   `<title>` words (parts naming the shop and kind 1-2's tails: Lowe's "NAME in the Video Doorbells
   department at Lowes.com" as the Product name, Crate & Barrel's "NAME + Reviews | Crate & Barrel"). Must
   not fire: a Product name with a colour after the shown name.
5. `_names_site` (for the document title's parts only: `_name_span`, `_clean_part`; `site_test`, which
   brands.py reads, unchanged): the shop's name with a company word after it ("at Tractor Supply Co.", "|
   Harbor Freight Tools": its first 2-4 words joined are the host's name), and "&" spelt "and" in the host
   ("Bed Bath & Beyond", "Crate & Barrel"). Changed in `site_test` first, it made test_brand_review5's
   "Tech Gear UK" a shop's name and its "Tech Gear Bundle" a house brand: moved. Must not fire: Harbor Freight's "NAME | Harbor Freight Tools", Crate &
   Barrel's "Salt & Pepper Grinder Set".

Batch 3 (10 pages, written after the kinds: L.L.Bean's "NAME | Slippers at L.L.Bean", Ace Hardware's and
Menards' "at SHOP", Bed Bath & Beyond's JSON-LD "NAME | Bed Bath & Beyond", Michaels' "by Ashland®" house
brand in the name, Dillard's and Foot Locker's spans in the `<h1>`, Saks' designer line, Harbor Freight's name
in a plain `div.product__title` with og:title only, Toys"R"Us 2017): FIRST LOOK 0 of 10 failed (before and
after the kinds).

Tried and reverted: a bookshop's "by AUTHOR, Paperback" / "NOOK Book (eBook)" after the name in the `<title>`
(Barnes & Noble) cut off before the fuller form is looked for: the project's rule takes that form as the
fuller name (test_market5_kinds' "Astrophysics for People in a Hurry by Neil deGrasse Tyson, Hardcover",
test_title_price_shapes' strict xfail book_author_line_format_selector); the two `kind-bn-*` cases (short
titles, "Dune") are strict xfails, the rule left to the lead.

Left for files not mine (they pass `title_match`, the words differ): eBay 2017's microdata name keeps the
hidden "Details about" span and GameStop 2017's keeps `<cite>by Nintendo</cite>` (extract's microdata
name, read by extruct from the element's text); HSN's JSON-LD "NAME - 20123456 | HSN" is kept
(`extract._site_suffixed` wants the shop's name right after the shown name); Bed Bath & Beyond's JSON-LD
"NAME | Bed Bath & Beyond" is kept (`extract._names_host` does not spell "&" as the host's "and"; a short
name would fail `title_match`); `layout.Layout.context`
counts any `<header>` as a layout strip (HTML-AAM gives a `<header>` inside `<main>`, `<article>` or
`<section>` no banner role; kind 3 sets aside only the title's).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

import pytest

from benchmarks.bench_extraction import title_match
from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params


@dataclass(frozen=True)
class Case:
    """A whole page and the product's name as the page shows it (`title_match`)."""

    id: str
    url: str
    html: str
    title: str
    xfail: str = ""


CASES: list[Case] = []
NOT_FIRE: list[Case] = []


def case(id: str, url: str, html: str, title: str, xfail: str = "") -> None:
    CASES.append(Case(id, url, html, title, xfail))


def not_fire(id: str, url: str, html: str, title: str) -> None:
    NOT_FIRE.append(Case(id, url, html, title))


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def og(**tags: str) -> str:
    return "".join(f'<meta property="og:{k}" content="{escape(v)}">' for k, v in tags.items())


def mistakes(c: Case) -> str:
    """'' when extraction gives a listing whose title matches the case's, else what it read."""
    got = extract_product(c.html, c.url)
    if c.title is None:
        return "" if got is None else f"a listing {got.get('title')!r}"
    if got is None:
        return "no listing"
    if not title_match(got.get("title"), c.title):
        return f"title {got.get('title')!r} != {c.title!r}"
    return ""


# ---- the page chrome -----------------------------------------------------------------------------------


def doc(title: str, body: str, head: str = "", lang: str = "en-US") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title>{head}"
        '<link rel="stylesheet" href="/static/css/site.css"><script>window.dataLayer=window.dataLayer||[];</script>'
        f'</head><body>{body}<script src="/static/js/bundle.js" defer></script></body></html>'
    )


def header(shop: str, base: str, menus: list[str], *, promo: str = "", h1_logo: bool = False) -> str:
    """A retailer's header: promo strip, logo, search, account / cart, the department menu."""
    logo = f'<a href="{base}/" class="logo" aria-label="{shop} home"><img src="{base}/static/logo.svg" alt="{shop}"></a>'
    if h1_logo:
        logo = f'<h1 class="site-logo">{logo}</h1>'
    lis = "".join(f'<li><a href="{base}/c/{m.lower().replace(" ", "-")}">{m}</a></li>' for m in menus)
    return (
        (f'<div class="promo-bar"><p>{promo}</p></div>' if promo else "")
        + f'<header class="site-header">{logo}'
        f'<form role="search" action="{base}/search"><label for="q" class="sr-only">Search {shop}</label>'
        '<input id="q" name="q" placeholder="What can we help you find?"><button type="submit">Search</button></form>'
        f'<a href="{base}/account" class="account">Sign In</a><a href="{base}/lists">Lists</a>'
        f'<a href="{base}/cart" class="cart" aria-label="Cart, 0 items"><span class="cart-count">0</span></a>'
        f'<nav aria-label="Departments"><ul class="dept-menu">{lis}</ul></nav></header>'
    )


def crumbs(base: str, *names: str) -> str:
    lis = "".join(
        f'<li class="breadcrumb-item"><a href="{base}/c/{n.lower().replace(" ", "-")}">{n}</a></li>'
        for n in names
    )
    return f'<nav aria-label="Breadcrumb" class="breadcrumbs"><ol>{lis}</ol></nav>'


def gallery(base: str, slug: str, alt: str, n: int = 4) -> str:
    thumbs = "".join(
        f'<li><button aria-label="Image {i + 1} of {n}"><img src="{base}/images/{slug}-{i + 1}_thumb.jpg" alt=""></button></li>'
        for i in range(n)
    )
    return (
        f'<div class="media-gallery"><ul class="thumbs">{thumbs}</ul>'
        f'<div class="hero-image"><img src="{base}/images/{slug}-1.jpg" alt="{alt}" width="1000" height="1000"></div></div>'
    )


def cards(base: str, heading: str, items: list[tuple[str, str]], *, name_tag: str = "span") -> str:
    """A "customers also viewed" strip: other products' cards (name, price, rating, button)."""
    lis = "".join(
        f'<li class="product-card"><a href="{base}/p/{9000 + i}"><img src="{base}/images/card-{i}.jpg" alt="{n}">'
        f'<{name_tag} class="product-card__title">{n}</{name_tag}></a>'
        f'<div class="product-card__price">{p}</div><div class="rating" aria-label="4.5 out of 5 stars">(1,204)</div>'
        '<button class="add-btn">Add to cart</button></li>'
        for i, (n, p) in enumerate(items)
    )
    return f'<section class="carousel"><h2>{heading}</h2><ul>{lis}</ul></section>'


def reviews(heading: str, items: list[tuple[str, str]], summary: str = "4.6 out of 5") -> str:
    """A reviews block: summary and reviews with their own headlines."""
    rs = "".join(
        f'<div class="review"><div class="stars" aria-label="5 out of 5 stars"></div><h3 class="review-title">{h}</h3>'
        f'<p>{t}</p><span class="reviewer">Verified Purchaser</span><button>Helpful (12)</button></div>'
        for h, t in items
    )
    return (
        f'<section id="reviews" class="reviews"><h2>{heading}</h2><div class="summary">{summary}'
        f'<span>Based on 2,318 reviews</span></div>{rs}<a href="#more">See all reviews</a></section>'
    )


def specs(heading: str, rows: list[tuple[str, str]]) -> str:
    trs = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return f'<section class="specifications"><h2>{heading}</h2><table><tbody>{trs}</tbody></table></section>'


def footer(shop: str, base: str) -> str:
    cols = "".join(
        f'<div class="footer-col"><h3>{h}</h3><ul><li><a href="{base}/help">{a}</a></li><li><a href="{base}/x">{b}</a></li></ul></div>'
        for h, a, b in (
            ("Customer Service", "Help Center", "Returns"),
            ("About Us", "Careers", "Press"),
            ("Ways to Save", "Weekly Ad", "Credit Card"),
        )
    )
    return (
        f'<footer class="site-footer"><div class="signup"><h2>Get the latest deals</h2><form><input type="email" '
        f'placeholder="Email address"><button>Sign Up</button></form></div>{cols}'
        f'<p class="legal">&copy; 2026 {shop}. All rights reserved. <a href="{base}/privacy">Privacy Policy</a></p></footer>'
    )


# ---- Walmart ---------------------------------------------------------------------------------------------

WM = "https://www.walmart.com"
WM_MENUS = ["Departments", "Services", "Grocery &amp; Essentials", "Electronics", "Home", "Fashion", "Toys"]

case(
    "walmart-next-no-ld",
    f"{WM}/ip/Ninja-Air-Fryer-Pro-4-in-1-5-QT-AF141/1234567890",
    doc(
        "Ninja Air Fryer Pro, 4-in-1, 5 QT, Grey, AF141 - Walmart.com",
        '<div id="__next"><div class="flex flex-column min-vh-100">'
        + header("Walmart", WM, WM_MENUS, promo="Free shipping, no order min. Exclusions apply.")
        + '<main class="w_Kx2 flex">'
        + crumbs(WM, "Home", "Home Appliances", "Kitchen Appliances", "Air Fryers")
        + '<section class="w_D9 w-60">'
        + gallery(WM, "ninja-af141", "Ninja Air Fryer Pro, 4-in-1, 5 QT, Grey, AF141")
        + '</section><section class="w_D9 w-40" data-testid="sticky-buy-box">'
        '<div class="mb1"><a href="/brand/ninja/10012345" class="f6 mid-gray lh-title underline" link-identifier="brandName">Ninja</a></div>'
        '<h1 id="main-title" class="lh-copy dark-gray mv1 f3 mh0-l mh3 b" itemprop="name">Ninja Air Fryer Pro, 4-in-1, 5 QT, Grey, AF141</h1>'
        '<div class="flex items-center"><span class="w_iUH7">4.7 stars out of 18,342 reviews</span>'
        '<a href="#item-reviews" class="f7 ml1">18,342 ratings</a></div>'
        '<div data-testid="add-to-cart-price-atf"><span itemprop="price" aria-hidden="false">Now $89.00</span>'
        '<span class="strike">$129.99</span><div class="bg-green w_Cs">You save $40.99</div></div>'
        '<div class="f6">Price when purchased online</div><button class="w_hhLG w_8nsR" data-automation-id="atc">Add to cart</button>'
        '<div class="fulfillment"><h3>How do you want your item?</h3><span>Shipping Arrives Tomorrow</span><span>Pickup Today</span></div>'
        '<div class="seller">Sold and shipped by <a href="/seller/0">Walmart.com</a></div></section></main>'
        '<section class="about"><h2 class="f4">About this item</h2><ul><li>Less oil, crispy results: up to 75% less fat</li>'
        "<li>5-quart capacity fits up to 4 lbs of French fries</li></ul></section>"
        + specs(
            "Specifications",
            [("Brand", "Ninja"), ("Model", "AF141"), ("Capacity", "5 qt"), ("Color", "Grey")],
        )
        + cards(
            WM,
            "Similar items you might like",
            [
                ("COSORI Air Fryer 5.8 QT, 13 One-Touch Cooking Functions", "$79.99"),
                ("Ninja Foodi 6-in-1 10-qt. XL 2-Basket Air Fryer, DZ201", "$159.00"),
                ("Instant Vortex Plus 6-Quart Air Fryer Oven", "$99.95"),
            ],
        )
        + reviews(
            "Customer ratings &amp; reviews",
            [
                ("Best purchase this year", "Cooks fast and cleans easily."),
                ("Great air fryer", "We use it daily."),
            ],
        )
        + footer("Walmart", WM)
        + "</div></div>",
        og(
            title="Ninja Air Fryer Pro, 4-in-1, 5 QT, Grey, AF141 - Walmart.com",
            type="product",
            image=f"{WM}/images/ninja-af141-1.jpg",
        ),
    ),
    "Ninja Air Fryer Pro, 4-in-1, 5 QT, Grey, AF141",
)

case(
    "walmart-marketplace-seller-caps-ld",
    f"{WM}/ip/987654321",
    doc(
        "HOMCOM 3-Tier Rolling Kitchen Island Cart with Drawer, White - Walmart.com",
        header("Walmart", WM, WM_MENUS)
        + "<main>"
        + crumbs(WM, "Home", "Home", "Kitchen &amp; Dining Furniture", "Kitchen Islands &amp; Carts")
        + gallery(WM, "homcom-cart", "HOMCOM 3-Tier Rolling Kitchen Island Cart")
        + '<div class="buy-box"><a href="/brand/homcom" class="f6 underline">HOMCOM</a>'
        '<h1 id="main-title" class="f3 b" itemprop="name">HOMCOM 3-Tier Rolling Kitchen Island Cart with Drawer, White</h1>'
        '<span class="price">$72.99</span><span class="was">$109.99</span>'
        '<div class="seller">Sold and shipped by <a href="/seller/101">Aosom LLC</a> <span>Pro Seller</span></div>'
        "<button>Add to cart</button></div></main>"
        + cards(
            WM,
            "Customers also considered",
            [
                ("Mainstays Rolling Kitchen Cart, White", "$49.00"),
                ("Costway Kitchen Island Cart with Wood Top", "$119.99"),
            ],
        )
        + reviews(
            "Customer reviews",
            [("Sturdy", "Easy to put together."), ("Nice cart", "Looks good in my kitchen.")],
        )
        + footer("Walmart", WM),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "HOMCOM 3-TIER ROLLING KITCHEN ISLAND CART WITH DRAWER, WHITE",
                "image": f"{WM}/images/homcom-cart-1.jpg",
                "brand": {"@type": "Brand", "name": "HOMCOM"},
                "offers": {
                    "@type": "Offer",
                    "price": 72.99,
                    "priceCurrency": "USD",
                    "availability": "https://schema.org/InStock",
                },
            }
        ),
    ),
    "HOMCOM 3-Tier Rolling Kitchen Island Cart with Drawer, White",
)

# ---- Target ----------------------------------------------------------------------------------------------

TG = "https://www.target.com"
TG_MENUS = ["Categories", "Deals", "New &amp; featured", "Pickup &amp; delivery"]

case(
    "target-pdp-no-ld",
    f"{TG}/p/men-s-short-sleeve-t-shirt-goodfellow-co/-/A-87654321",
    doc(
        "Men's Short Sleeve T-Shirt - Goodfellow &amp; Co&#8482; : Target",
        '<div id="__next">'
        + header("Target", TG, TG_MENUS, promo="Holiday deals are here")
        + '<div class="styles_ndsRow__1">'
        + crumbs(TG, "Target", "Clothing, Shoes &amp; Accessories", "Men's Clothing", "Men's Shirts")
        + '<div data-test="product-detail"><div class="styles_galleryColumn">'
        + gallery(TG, "gfc-tee", "Men's Short Sleeve T-Shirt - Goodfellow &amp; Co&#8482;")
        + '</div><div class="styles_infoColumn"><h1 class="styles_Heading__2" data-test="product-title">'
        "Men's Short Sleeve T-Shirt - Goodfellow &amp; Co&#8482;</h1>"
        '<a href="/b/goodfellow-co/-/N-q643lel6hia" data-test="@web/ProductDetailPage/ProductDetailBrand">Shop all Goodfellow &amp; Co</a>'
        '<div data-test="ratings">4.3 out of 5 stars with 1,120 ratings</div>'
        '<span data-test="product-price">$10.00</span><span data-test="product-regular-price">reg $12.00</span>'
        '<div data-test="product-promotion">Sale</div>'
        '<div data-test="@web/VariationComponent"><span>Color</span><span>Cool White</span>'
        '<button aria-label="Size S">S</button><button aria-label="Size M">M</button><button aria-label="Size L">L</button></div>'
        '<button data-test="shipItButton">Add to cart</button></div></div>'
        '<div data-test="item-details-accordion"><h3>About this item</h3><h4>Highlights</h4><ul><li>Standard fit</li>'
        "<li>Crew neckline</li></ul><h4>Specifications</h4><div><b>Fabric Name:</b> Jersey</div></div>"
        + cards(
            TG,
            "Guests also viewed",
            [
                ("Men's Every Wear Short Sleeve T-Shirt - Goodfellow &amp; Co&#8482; Black", "$8.00"),
                ("Hanes Men's 6pk Crew Neck T-Shirt", "$24.00"),
            ],
            name_tag="a",
        )
        + reviews(
            "Guest ratings &amp; reviews",
            [("Soft shirt", "Fits true to size."), ("Good basic", "Washes well.")],
        )
        + "</div>"
        + footer("Target", TG)
        + "</div>",
        og(title="Men's Short Sleeve T-Shirt - Goodfellow &amp; Co&#8482; : Target", type="product"),
    ),
    "Men's Short Sleeve T-Shirt - Goodfellow & Co™",
)

case(
    "target-ld-brand-prefixed",
    f"{TG}/p/stanley-40oz-quencher-h2-0-flowstate-tumbler/-/A-89123456",
    doc(
        "Stanley 40oz Quencher H2.0 FlowState Tumbler : Target",
        header("Target", TG, TG_MENUS)
        + crumbs(TG, "Target", "Kitchen &amp; Dining", "Drinkware", "Tumblers")
        + '<div data-test="product-detail">'
        + gallery(TG, "stanley-quencher", "Stanley 40oz Quencher H2.0 FlowState Tumbler, 1 of 8")
        + '<h1 data-test="product-title">Stanley 40oz Quencher H2.0 FlowState Tumbler</h1>'
        '<span data-test="product-price">$45.00</span><div data-test="@web/VariationComponent"><span>Color</span>'
        "<span>Rose Quartz</span></div><button>Add to cart</button></div>"
        + cards(
            TG,
            "Similar items",
            [
                ("Owala 40oz FreeSip Stainless Steel Water Bottle", "$37.99"),
                ("Simple Modern 40oz Trek Tumbler with Handle", "$29.99"),
            ],
            name_tag="a",
        )
        + reviews("Guest ratings &amp; reviews", [("Keeps ice all day", "Love it.")])
        + footer("Target", TG),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Stanley 40oz Quencher H2.0 FlowState Tumbler - Rose Quartz",
                "brand": {"@type": "Brand", "name": "Stanley"},
                "sku": "89123456",
                "offers": {"@type": "Offer", "price": "45.00", "priceCurrency": "USD"},
            }
        ),
    ),
    "Stanley 40oz Quencher H2.0 FlowState Tumbler",
)

# ---- Best Buy --------------------------------------------------------------------------------------------

BB = "https://www.bestbuy.com"
BB_MENUS = ["Menu", "Top Deals", "Deal of the Day", "Yes, Best Buy Sells That", "My Best Buy Memberships"]

case(
    "bestbuy-sku-title-no-ld",
    f"{BB}/site/sony-wh-1000xm5-wireless-noise-canceling-over-the-ear-headphones-black/6505727.p?skuId=6505727",
    doc(
        "Sony WH-1000XM5 Wireless Noise-Canceling Over-the-Ear Headphones Black WH1000XM5/B - Best Buy",
        header("Best Buy", BB, BB_MENUS)
        + crumbs(BB, "Best Buy", "Audio", "Headphones", "All Headphones")
        + '<div class="shop-product-title"><div class="sku-title"><h1 class="heading-5 v-fw-regular">'
        "Sony - WH-1000XM5 Wireless Noise-Canceling Over-the-Ear Headphones - Black</h1></div>"
        '<div class="disclaimer">Model: <span class="product-data-value">WH1000XM5/B</span> SKU: '
        '<span class="product-data-value">6505727</span></div><div class="ugc-ratings">Rating 4.6 out of 5 stars with 5,734 reviews</div></div>'
        + gallery(
            BB,
            "6505727",
            "Sony - WH-1000XM5 Wireless Noise-Canceling Over-the-Ear Headphones - Black - Front_Zoom",
        )
        + '<div class="priceView-hero-price"><span aria-hidden="true">$328.00</span><span class="sr-only">Your price for this item is $328.00</span></div>'
        '<div class="pricing-price__regular-price">Was $399.99</div><div>Save $71.99</div>'
        '<div class="fulfillment-add-to-cart-button"><button class="c-button c-button-primary">Add to Cart</button></div>'
        + specs(
            "Specifications",
            [("Model Number", "WH1000XM5/B"), ("Color", "Black"), ("Battery Life", "30 hours")],
        )
        + cards(
            BB,
            "Customers also viewed",
            [
                (
                    "Bose - QuietComfort Ultra Wireless Noise Cancelling Over-the-Ear Headphones - Black",
                    "$379.00",
                ),
                ("Apple - AirPods Max - Space Gray", "$449.99"),
            ],
            name_tag="h4",
        )
        + reviews(
            "Reviews", [("Best noise cancelling", "Amazing on flights."), ("Comfortable", "Great sound.")]
        )
        + footer("Best Buy", BB),
    ),
    "Sony - WH-1000XM5 Wireless Noise-Canceling Over-the-Ear Headphones - Black",
)

case(
    "bestbuy-open-box-ld-seo",
    f"{BB}/site/apple-10-9-inch-ipad-wi-fi-64gb-blue/5200906.p?skuId=5200906",
    doc(
        "Apple 10.9-Inch iPad (Latest Model) with Wi-Fi 64GB Blue MPQ13LL/A - Best Buy",
        header("Best Buy", BB, BB_MENUS)
        + crumbs(BB, "Best Buy", "Computers &amp; Tablets", "Tablets", "iPad")
        + '<div class="sku-title"><h1 class="heading-5">Apple - 10.9-Inch iPad (Latest Model) with Wi-Fi - 64GB - Blue</h1></div>'
        '<div class="disclaimer">Model: MPQ13LL/A SKU: 5200906</div>'
        + gallery(
            BB, "5200906", "Apple - 10.9-Inch iPad (Latest Model) with Wi-Fi - 64GB - Blue - Front_Zoom"
        )
        + '<div class="priceView-hero-price"><span>$349.00</span></div>'
        '<div class="open-box-option"><h3>Open-Box</h3><span>Excellent from $297.99</span></div>'
        "<button>Add to Cart</button>"
        + cards(
            BB,
            "Frequently bought together",
            [
                ("Apple - Pencil (USB-C) - White", "$79.00"),
                ("Logitech - Crayon Digital Pencil for iPad", "$69.99"),
            ],
            name_tag="h4",
        )
        + footer("Best Buy", BB),
        ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": "Apple 10.9-Inch iPad (Latest Model) with Wi-Fi 64GB Blue MPQ13LL/A",
                "sku": "5200906",
                "model": "MPQ13LL/A",
                "brand": {"@type": "Brand", "name": "Apple"},
                "offers": {
                    "@type": "AggregateOffer",
                    "lowPrice": 297.99,
                    "highPrice": 349.0,
                    "priceCurrency": "USD",
                },
            }
        ),
    ),
    "Apple - 10.9-Inch iPad (Latest Model) with Wi-Fi - 64GB - Blue",
)

# ---- Home Depot, Lowe's ----------------------------------------------------------------------------------

HD = "https://www.homedepot.com"

case(
    "homedepot-brand-above-h1-model-lines",
    f"{HD}/p/Milwaukee-M18-FUEL-18V-Lithium-Ion-Brushless-Cordless-1-2-in-Hammer-Drill-Driver-Tool-Only-2904-20/315034212",
    doc(
        "Milwaukee M18 FUEL 18V Lithium-Ion Brushless Cordless 1/2 in. Hammer Drill/Driver (Tool-Only) 2904-20 - The Home Depot",
        header(
            "The Home Depot",
            HD,
            [
                "All Departments",
                "Home Decor &amp; Furniture",
                "DIY Projects &amp; Ideas",
                "Installation &amp; Services",
                "Specials &amp; Offers",
            ],
        )
        + crumbs(HD, "Home", "Tools", "Power Tools", "Drills", "Hammer Drills")
        + '<div class="product-details"><div class="product-details__brand--link"><a href="/b/Milwaukee/N-5yc1vZzv">'
        '<h2 class="sui-font-bold">Milwaukee</h2></a></div><div class="product-details__title">'
        '<h1 class="sui-h4-bold sui-line-clamp-unset">M18 FUEL 18V Lithium-Ion Brushless Cordless 1/2 in. Hammer Drill/Driver (Tool-Only)</h1></div>'
        '<div class="product-info-bar"><span>Internet #315034212</span><span>Model # 2904-20</span>'
        "<span>Store SKU #1007093621</span></div></div>"
        + gallery(
            HD,
            "milwaukee-2904-20",
            "Milwaukee M18 FUEL 18V Lithium-Ion Brushless Cordless 1/2 in. Hammer Drill/Driver (Tool-Only) 2904-20",
        )
        + '<div class="price-format__main-price"><span>$</span><span>179</span><span>00</span></div>'
        '<div class="buybox"><div class="fulfillment"><h3>Pickup</h3><span>at Brooklyn</span><h3>Delivery</h3>'
        "<span>Free</span></div><button>Add to Cart</button></div>"
        '<section id="product-section-overview"><h2>Product Details</h2><h3>About This Product</h3>'
        "<p>The M18 FUEL 1/2 in. Hammer Drill/Driver is the industry's most powerful.</p></section>"
        + specs(
            "Specifications",
            [("Chuck Size (in.)", "1/2 in"), ("Tool Weight (lb.)", "3.3 lb"), ("Battery Included", "No")],
        )
        + cards(
            HD,
            "Customers Also Viewed",
            [
                ("DEWALT 20V MAX XR Cordless Brushless 1/2 in. Hammer Drill (Tool Only)", "$149.00"),
                (
                    "Milwaukee M18 FUEL 18V Lithium-Ion Brushless Cordless 1/2 in. Drill/Driver (Tool-Only)",
                    "$169.00",
                ),
            ],
        )
        + reviews(
            "Customer Reviews",
            [
                ("Beast of a drill", "Drilled through concrete easily."),
                ("Powerful", "Best drill I have owned."),
            ],
        )
        + footer("The Home Depot", HD),
    ),
    "M18 FUEL 18V Lithium-Ion Brushless Cordless 1/2 in. Hammer Drill/Driver (Tool-Only)",
)

LW = "https://www.lowes.com"

case(
    "lowes-department-seo-title",
    f"{LW}/pd/DEWALT-20-V-MAX-XR-1-2-in-Brushless-Cordless-Drill-Tool-Only/1000123456",
    doc(
        "DEWALT 20-V MAX XR 1/2-in Brushless Cordless Drill (Tool Only) in the Drills department at Lowes.com",
        header("Lowe's", LW, ["Shop", "Savings", "DIY Projects &amp; Ideas", "Lowe's Pro"])
        + crumbs(LW, "Home", "Tools", "Power Tools", "Drills")
        + '<div class="styles__PDPTitle"><h1 class="styles__H1-sc">'
        '<span class="brand-name">DEWALT</span> 20-V MAX XR 1/2-in Brushless Cordless Drill (Tool Only)</h1>'
        '<div class="styles__ItemModel"><span>Item #1000123456</span> | <span>Model #DCD791B</span></div></div>'
        + gallery(LW, "dcd791b", "DEWALT 20-V MAX XR 1/2-in Brushless Cordless Drill (Tool Only)")
        + '<div class="price-box"><span class="final-price">$99.00</span><span class="was">Was $159.00</span></div>'
        "<button>Add to Cart</button>"
        + specs("Specifications", [("Series Name", "XR"), ("Chuck Size", "1/2-in")])
        + cards(
            LW,
            "Similar Products",
            [
                ("CRAFTSMAN V20 1/2-in Cordless Drill", "$79.00"),
                ("Kobalt 24-volt 1/2-in Brushless Cordless Drill", "$99.00"),
            ],
        )
        + reviews("Ratings &amp; Reviews", [("Great drill", "Light and strong.")])
        + footer("Lowe's", LW),
        og(
            title="DEWALT 20-V MAX XR 1/2-in Brushless Cordless Drill (Tool Only) in the Drills department at Lowes.com",
            type="product",
        ),
    ),
    "DEWALT 20-V MAX XR 1/2-in Brushless Cordless Drill (Tool Only)",
)

case(
    "lowes-ld-name-department-seo",
    f"{LW}/pd/allen-roth-Harlow-Espresso-Bathroom-Vanity/5012345678",
    doc(
        "allen + roth Harlow 36-in Espresso Undermount Single Sink Bathroom Vanity with White Engineered Stone Top in the Bathroom Vanities with Tops department at Lowes.com",
        header("Lowe's", LW, ["Shop", "Savings", "DIY Projects &amp; Ideas", "Lowe's Pro"])
        + crumbs(LW, "Home", "Bathroom", "Bathroom Vanities", "Bathroom Vanities with Tops")
        + '<h1 class="styles__H1-sc"><span class="brand-name">allen + roth</span> Harlow 36-in Espresso Undermount Single Sink '
        "Bathroom Vanity with White Engineered Stone Top</h1><div>Item #5012345678 | Model #1830VA-36-243-900</div>"
        + gallery(
            LW, "harlow-36", "allen + roth Harlow 36-in Espresso Undermount Single Sink Bathroom Vanity"
        )
        + '<span class="final-price">$549.00</span><button>Add to Cart</button>'
        + cards(
            LW,
            "Customers Also Viewed",
            [("Style Selections 36-in Gray Single Sink Bathroom Vanity", "$398.00")],
        )
        + footer("Lowe's", LW),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "allen + roth Harlow 36-in Espresso Undermount Single Sink Bathroom Vanity with White Engineered Stone Top in the Bathroom Vanities with Tops department at Lowes.com",
                "offers": {"@type": "Offer", "price": 549, "priceCurrency": "USD"},
            }
        ),
    ),
    "allen + roth Harlow 36-in Espresso Undermount Single Sink Bathroom Vanity with White Engineered Stone Top",
)

# ---- department stores: Macy's, Nordstrom, Kohl's, JCPenney -----------------------------------------------

MC = "https://www.macys.com"

case(
    "macys-brand-link-in-h1",
    f"{MC}/shop/product/charter-club-womens-100-cashmere-crewneck-sweater-created-for-macys?ID=2812345",
    doc(
        "Charter Club Women's 100% Cashmere Crewneck Sweater, Created for Macy's - Macy's",
        header(
            "Macy's",
            MC,
            ["Women", "Men", "Kids &amp; Baby", "Home", "Shoes", "Beauty", "Sale"],
            promo="EXTRA 30% OFF with code FRIEND",
        )
        + crumbs(MC, "Women", "Sweaters")
        + '<div class="pdp-container"><div class="product-header"><h1 class="product-title">'
        '<a class="brand" href="/shop/brands/charter-club?id=1234">Charter Club</a>'
        "<span class=\"product-name\">Women's 100% Cashmere Crewneck Sweater, Created for Macy's</span></h1>"
        '<div class="rating">4.5 (892)</div></div>'
        + gallery(
            MC,
            "cc-cashmere",
            "Charter Club Women's 100% Cashmere Crewneck Sweater, Created for Macy's - Heather Grey",
        )
        + '<div class="price-wrapper"><span class="price-strike">$129.00</span><span class="price-red">Sale $49.99</span>'
        '<span>(61% off)</span></div><div class="color-picker"><span>Color: Heather Grey</span></div>'
        '<div class="size-picker"><span>Size: </span><button>XS</button><button>S</button></div><button>Add To Bag</button></div>'
        '<section class="product-details"><h2>Product Details</h2><ul><li>Relaxed fit</li><li>Web ID: 2812345</li></ul></section>'
        + cards(
            MC,
            "You May Also Like",
            [
                ("Charter Club Women's Cashmere V-Neck Sweater, Created for Macy's", "$49.99"),
                ("Style &amp; Co Women's Crewneck Sweater, Created for Macy's", "$24.99"),
            ],
            name_tag="div",
        )
        + reviews("Reviews", [("So soft!", "Bought two colors."), ("Runs big", "Size down.")])
        + footer("Macy's", MC),
    ),
    "Charter Club Women's 100% Cashmere Crewneck Sweater, Created for Macy's",
)

NS = "https://www.nordstrom.com"

case(
    "nordstrom-brand-above-h1",
    f"{NS}/s/nike-air-max-90-sneaker-men/7412345",
    doc(
        "Nike Air Max 90 Sneaker (Men) | Nordstrom",
        header("Nordstrom", NS, ["Sale", "Women", "Men", "Kids", "Designer", "Beauty", "Gifts"])
        + crumbs(NS, "Home", "Men", "Shoes", "Sneakers &amp; Athletic")
        + '<section class="zNmsv">'
        + gallery(NS, "nike-am90", "Nike Air Max 90 Sneaker (Men)", 6)
        + '<div class="dDsMz"><div class="XPsN5"><a href="/brands/nike--1234" class="BI1Ey">Nike</a></div>'
        '<h1 class="dls-t8d3b8">Air Max 90 Sneaker (Men)</h1><div class="vRv6c">4.7 (321)</div>'
        '<div class="qHz0a"><span class="OZ2YF">$130.00</span></div><div>Color: White/ Black/ Cool Grey</div>'
        "<div><label>Size</label><select><option>Select a size</option><option>9</option></select></div>"
        "<button>Add to Bag</button><p>Free shipping. Free returns. All the time.</p></div></section>"
        "<section><h2>Details &amp; care</h2><p>Nike Air cushioning adds lightweight comfort.</p><ul><li>Item #7412345</li></ul></section>"
        + cards(
            NS,
            "People also viewed",
            [
                ("Nike Air Force 1 '07 Sneaker (Men)", "$115.00"),
                ("New Balance 574 Core Sneaker (Men)", "$89.99"),
            ],
        )
        + reviews("Reviews", [("Classic", "True to size.")])
        + footer("Nordstrom", NS),
        og(title="Nike Air Max 90 Sneaker (Men) | Nordstrom", type="product"),
    ),
    "Air Max 90 Sneaker (Men)",
)

KL = "https://www.kohls.com"

case(
    "kohls-pdp-no-ld",
    f"{KL}/product/prd-5123456/sonoma-goods-for-life-supersoft-crewneck-pullover.jsp",
    doc(
        "Men's Sonoma Goods For Life&#174; Supersoft Crewneck Pullover",
        header(
            "Kohl's",
            KL,
            ["Shop by Category", "Holiday", "Gifts", "Women", "Men", "Kohl's Cash"],
            promo="Take 15% off with code SAVE15",
        )
        + crumbs(KL, "Home", "Men", "Sweaters")
        + '<div class="pdp-product-title"><h1 class="product-title">Men\'s Sonoma Goods For Life&#174; Supersoft Crewneck Pullover</h1></div>'
        + gallery(KL, "sonoma-pullover", "Men's Sonoma Goods For Life® Supersoft Crewneck Pullover")
        + '<div class="prod_price_amount red_color">$19.99</div><div class="prod_price_original">Regular $40.00</div>'
        '<div class="kohls-cash">Earn $10 Kohl\'s Cash for every $50 spent</div><button id="addtobagID">Add to Cart</button>'
        + cards(KL, "Customers Also Viewed", [("Men's Apt. 9&#174; Cashmere-Blend Sweater", "$29.99")])
        + reviews("Ratings &amp; Reviews", [("Warm", "Cozy pullover.")])
        + footer("Kohl's", KL),
    ),
    "Men's Sonoma Goods For Life® Supersoft Crewneck Pullover",
)

JC = "https://www.jcpenney.com"

case(
    "jcpenney-brand-first-shop-suffix",
    f"{JC}/p/st-johns-bay-mens-short-sleeve-polo-shirt/ppr5007654321",
    doc(
        "St. John's Bay Mens Classic Fit Short Sleeve Polo Shirt - JCPenney",
        header("JCPenney", JC, ["Women", "Men", "Home", "Shoes", "Jewelry", "Sale"])
        + crumbs(JC, "Home", "Men", "Shirts", "Polo Shirts")
        + '<div class="product-info"><h1 data-automation-id="product-title" class="tGKj5">'
        "St. John's Bay Mens Classic Fit Short Sleeve Polo Shirt</h1><div>Web ID: 5007654321</div>"
        '<div class="ratings">4.4 (2,011)</div><span class="sale">$12.99 sale</span><span class="orig">$30.00 original</span>'
        "<span>with code GIFT</span></div>"
        + gallery(JC, "sjb-polo", "St. John's Bay Mens Classic Fit Short Sleeve Polo Shirt")
        + "<button>Add to Cart</button>"
        + cards(JC, "You May Also Like", [("Stafford Mens Regular Fit Short Sleeve Polo Shirt", "$15.99")])
        + footer("JCPenney", JC),
    ),
    "St. John's Bay Mens Classic Fit Short Sleeve Polo Shirt",
    xfail="no listing: the title is read right, but the price ('$12.99 sale' before '$30.00 original') is not and "
    "the price finder takes a related card's (prices.py, the listing helper's field)",
)

# ---- Wayfair, Overstock, Costco, Sam's Club ------------------------------------------------------------------

WF = "https://www.wayfair.com"

case(
    "wayfair-reviews-suffix-byline",
    f"{WF}/furniture/pdp/alcott-hill-brayden-84-rolled-arm-sofa-w001234567.html",
    doc(
        "Alcott Hill&#174; Brayden 84'' Rolled Arm Sofa &amp; Reviews | Wayfair",
        header("Wayfair", WF, ["Furniture", "Outdoor", "Bedding &amp; Bath", "Rugs", "Decor", "Sale"])
        + crumbs(WF, "Furniture", "Living Room Furniture", "Sofas &amp; Couches", "SKU: W001234567")
        + gallery(WF, "brayden-sofa", "Brayden 84'' Rolled Arm Sofa", 8)
        + '<div class="ProductDetailInfoBlock"><header><h1 class="pl-Heading pl-Heading--pageTitle">'
        "Brayden 84'' Rolled Arm Sofa</h1>"
        '<p class="ManufacturerInfo">By <a href="/brand/bnd/alcott-hill-b1234.html">Alcott Hill&#174;</a></p>'
        '<div class="ProductRatingNumberWithCount">4.6 | 3,812 Reviews</div></header>'
        '<div class="BasePriceBlock"><span>$529.99</span><s>$899.00</s><span>41% Off</span></div>'
        '<div class="Options"><p>Upholstery Color: Gray</p></div><button>Add to Cart</button></div>'
        + specs("Specifications", [("Features", "Rolled Arms"), ("Overall", "35'' H x 84'' W x 35'' D")])
        + cards(
            WF,
            "Customers Also Viewed",
            [
                ("Zipcode Design&#8482; Alaina 83'' Sofa", "$449.99"),
                ("Andover Mills&#8482; Bridgeport 88'' Sofa", "$649.99"),
            ],
            name_tag="p",
        )
        + reviews("Reviews", [("Comfy couch", "Easy assembly."), ("Great value", "Looks expensive.")])
        + footer("Wayfair", WF),
        og(title="Alcott Hill® Brayden 84'' Rolled Arm Sofa & Reviews | Wayfair", type="product"),
    ),
    "Brayden 84'' Rolled Arm Sofa",
)

OS = "https://www.overstock.com"

case(
    "overstock-ld-seo-buy-online",
    f"{OS}/Home-Garden/Safavieh-Handmade-Heritage-Aditi-Wool-Rug/1234567/product.html",
    doc(
        "Safavieh Handmade Heritage Aditi Traditional Oriental Wool Rug - On Sale - Bed Bath &amp; Beyond - 1234567",
        header("Overstock", OS, ["Furniture", "Rugs", "Decor", "Bedding", "Home Improvement", "Kitchen"])
        + crumbs(OS, "Home", "Rugs", "Area Rugs")
        + gallery(OS, "safavieh-aditi", "Safavieh Handmade Heritage Aditi Traditional Oriental Wool Rug")
        + '<div class="product-title"><h1>Safavieh Handmade Heritage Aditi Traditional Oriental Wool Rug</h1></div>'
        '<div>Item #1234567</div><div class="price">Sale Starts at $89.99</div><button>Add to Cart</button>'
        + cards(OS, "Recently Viewed", [("nuLOOM Moroccan Blythe Area Rug", "$59.99")])
        + footer("Overstock", OS),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Buy Safavieh Handmade Heritage Aditi Traditional Oriental Wool Rug Online - Overstock - 1234567",
                "offers": {"@type": "AggregateOffer", "lowPrice": 89.99, "priceCurrency": "USD"},
            }
        ),
    ),
    "Safavieh Handmade Heritage Aditi Traditional Oriental Wool Rug",
)

CO = "https://www.costco.com"

case(
    "costco-h1-itemprop-no-ld",
    f"{CO}/kirkland-signature-organic-extra-virgin-olive-oil-2-l%2c-2-count.product.100334841.html",
    doc(
        "Kirkland Signature Organic Extra Virgin Olive Oil, 2 L, 2-count | Costco",
        header(
            "Costco", CO, ["Shop", "Grocery", "Same-Day", "Deals", "Business Delivery", "Optical", "Pharmacy"]
        )
        + crumbs(CO, "Home", "Grocery", "Pantry &amp; Dry Goods", "Cooking Oils")
        + '<div class="row"><div class="col-md-6">'
        + gallery(CO, "100334841", "Kirkland Signature Organic Extra Virgin Olive Oil, 2 L, 2-count")
        + '</div><div class="col-md-6 product-info"><div class="product-h1-container-v2">'
        '<h1 automation-id="productName" itemprop="name">Kirkland Signature Organic Extra Virgin Olive Oil, 2 L, 2-count</h1></div>'
        '<p class="item-number">Item <span>1234567</span></p><div class="your-price">$39.99</div>'
        '<p class="member-only">Sign In For Price</p><button>Add to Cart</button></div></div>'
        '<div class="product-info-description"><h2>Product Details</h2><p>Cold pressed. USDA Organic.</p></div>'
        + cards(
            CO, "Members Also Bought", [("Kirkland Signature Avocado Oil, 2 L", "$13.99")], name_tag="div"
        )
        + footer("Costco", CO),
    ),
    "Kirkland Signature Organic Extra Virgin Olive Oil, 2 L, 2-count",
)

SC = "https://www.samsclub.com"

case(
    "samsclub-members-mark-og-suffix",
    f"{SC}/p/members-mark-commercial-stainless-steel-rolling-cart/P03001234",
    doc(
        "Member's Mark Commercial Stainless Steel Rolling Cart - Sam's Club",
        header("Sam's Club", SC, ["All Departments", "Grocery", "Electronics", "Home", "Savings", "Pharmacy"])
        + crumbs(SC, "Home", "Kitchen &amp; Dining", "Kitchen Carts")
        + gallery(SC, "mm-cart", "Member's Mark Commercial Stainless Steel Rolling Cart")
        + '<div class="sc-pc-title-full-desktop"><h1>Member\'s Mark Commercial Stainless Steel Rolling Cart</h1></div>'
        '<div class="sc-channel-price">$89.98</div><div>Item # 980012345</div><button>Add to cart</button>'
        + cards(SC, "Similar items", [("Member's Mark 5-Tier Shelving Unit", "$119.98")])
        + footer("Sam's Club", SC),
        og(title="Member's Mark Commercial Stainless Steel Rolling Cart - Sam's Club", type="product.item"),
    ),
    "Member's Mark Commercial Stainless Steel Rolling Cart",
)

# ---- electronics: Newegg, B&H --------------------------------------------------------------------------------

NE = "https://www.newegg.com"

case(
    "newegg-long-title-no-ld",
    f"{NE}/p/N82E16814137771",
    doc(
        "MSI Gaming GeForce RTX 4070 SUPER 12GB GDDR6X PCI Express 4.0 Video Card RTX 4070 SUPER 12G VENTUS 2X OC - Newegg.com",
        header("Newegg", NE, ["Components &amp; Storage", "Computer Systems", "Gaming", "Today's Best Deals"])
        + crumbs(
            NE,
            "Home",
            "Components &amp; Storage",
            "GPUs &amp; Video Graphics Cards",
            "Desktop Graphics Cards",
        )
        + '<div class="product-main"><div class="product-view">'
        + gallery(NE, "14-137-771-V01", "MSI Gaming GeForce RTX 4070 SUPER 12GB GDDR6X")
        + '</div><div class="product-wrap"><div class="product-title-wrap"><h1 class="product-title">'
        "MSI Gaming GeForce RTX 4070 SUPER 12GB GDDR6X PCI Express 4.0 Video Card RTX 4070 SUPER 12G VENTUS 2X OC</h1></div>"
        '<div class="product-rating">(412)</div><ul class="product-bullets"><li>Core Clock 1980 MHz</li></ul>'
        '<div class="product-pane"><div class="price-current">$<strong>599</strong><sup>.99</sup></div>'
        '<div class="product-seller">Sold by: Newegg</div><button class="btn-primary">Add to cart</button></div></div></div>'
        + specs(
            "Specs", [("Brand", "MSI"), ("Model", "RTX 4070 SUPER 12G VENTUS 2X OC"), ("Memory Size", "12GB")]
        )
        + cards(
            NE,
            "Customers Also Viewed Items",
            [
                ("ASUS Dual GeForce RTX 4070 SUPER OC Edition 12GB GDDR6X", "$609.99"),
                ("GIGABYTE WINDFORCE OC SFF GeForce RTX 4070 SUPER 12GB", "$599.99"),
            ],
            name_tag="a",
        )
        + reviews(
            "Reviews", [("Pros: quiet and cool", "Cons: none"), ("Great 1440p card", "Runs everything")]
        )
        + footer("Newegg", NE),
    ),
    "MSI Gaming GeForce RTX 4070 SUPER 12GB GDDR6X PCI Express 4.0 Video Card RTX 4070 SUPER 12G VENTUS 2X OC",
)

BH = "https://www.bhphotovideo.com"

case(
    "bh-brand-span-no-separator-title",
    f"{BH}/c/product/1667800-REG/sony_ilce7m4_b_alpha_a7_iv_mirrorless.html",
    doc(
        "Sony a7 IV Mirrorless Camera ILCE7M4/B B&amp;H Photo Video",
        header(
            "B&amp;H", BH, ["Computers", "Photography", "Lighting &amp; Studio", "Pro Video", "Audio", "Used"]
        )
        + crumbs(BH, "Photography", "Cameras", "Mirrorless Cameras")
        + '<div data-selenium="productTitleContainer"><h1 data-selenium="productTitle" class="title_UCJ">'
        '<span data-selenium="productTitleBrand" class="brand_ZvG">Sony</span> a7 IV Mirrorless Camera</h1>'
        '<div data-selenium="codeCrumb">BH #SOA7M4 &#8226; MFR #ILCE7M4/B</div>'
        '<div data-selenium="reviewsNumber">Key Features 1,083 Reviews</div></div>'
        + gallery(BH, "sony_a7iv", "Sony a7 IV Mirrorless Camera")
        + '<div data-selenium="pricingPrice">$2,198.00</div><div>Save $300.00</div>'
        '<button data-selenium="addToCartButton">Add to Cart</button>'
        "<section><h2>Sony a7 IV Overview</h2><p>33MP Full-Frame Exmor R CMOS Sensor</p></section>"
        + cards(
            BH,
            "Frequently Bought Together",
            [
                ("Sony FE 24-70mm f/2.8 GM II Lens", "$2,298.00"),
                ("Sony NP-FZ100 Rechargeable Lithium-Ion Battery", "$78.00"),
            ],
            name_tag="h3",
        )
        + footer("B&amp;H Photo", BH),
    ),
    "Sony a7 IV Mirrorless Camera",
)

# ---- shoes and sporting goods: Zappos, REI, Dick's, Academy, Bass Pro -----------------------------------------

ZP = "https://www.zappos.com"

case(
    "zappos-brand-name-spans-in-h1",
    f"{ZP}/p/brooks-ghost-15-black-blackened-pearl-alloy/product/9712345/color/12345",
    doc(
        "Brooks Ghost 15 | Zappos.com",
        header("Zappos", ZP, ["New", "Women", "Men", "Kids", "Departments", "Brands", "Sale"])
        + crumbs(ZP, "Shoes", "Sneakers &amp; Athletic Shoes", "Brooks")
        + '<div id="productRecap"><div class="productRecap-main">'
        + gallery(ZP, "brooks-ghost15", "Brooks Ghost 15 - Black/Blackened Pearl/Alloy", 7)
        + '<h1 class="Rv-z"><span class="Sv-z" itemprop="brand"><a href="/b/brooks/brand/1234">Brooks</a></span>'
        '<span class="Tv-z">Ghost 15</span></h1><div class="Uv-z">Black/Blackened Pearl/Alloy</div>'
        '<span class="price">$140.00</span><div>Free Shipping &amp; 365-Day Returns</div>'
        "<div><h3>Size</h3><button>8</button><button>9</button></div><button>Add to Cart</button></div></div>"
        '<div class="productDescription"><h2>Product Information</h2><ul><li>SKU: #9712345</li></ul></div>'
        + cards(
            ZP,
            "Customers Who Viewed This Item Also Viewed",
            [("HOKA Clifton 9", "$145.00"), ("ASICS GEL-Nimbus&#174; 25", "$159.95")],
        )
        + reviews("Reviews", [("Like walking on clouds", "Perfect fit.")])
        + footer("Zappos", ZP),
    ),
    "Brooks Ghost 15",
)

RE = "https://www.rei.com"

case(
    "rei-gender-suffix-ld-brandless",
    f"{RE}/product/211234/patagonia-nano-puff-jacket-mens",
    doc(
        "Patagonia Nano Puff Jacket - Men's | REI Co-op",
        header(
            "REI Co-op",
            RE,
            ["Camp &amp; Hike", "Climb", "Cycle", "Water", "Run", "Snow", "Men", "Women", "Deals"],
        )
        + crumbs(RE, "REI", "Men's Clothing", "Men's Jackets", "Men's Insulated Jackets")
        + '<div id="product-page">'
        + gallery(RE, "patagonia-nano-puff", "Patagonia Nano Puff Jacket - Men's", 5)
        + '<div class="product-info"><h1 id="product-page-title"><span class="product-brand">'
        '<a href="/b/patagonia">Patagonia</a></span> Nano Puff Jacket - Men\'s</h1>'
        '<span class="product-item-number">Item #211234</span><div>4.6 (245)</div>'
        '<span class="price-value">$239.00</span><div>REI Members earn 10% back</div>'
        "<div>Color: Black</div><button>Add to cart</button></div></div>"
        + specs(
            "Technical Specs",
            [("Best Use", "Hiking"), ("Fill", "60-g PrimaLoft Gold Eco"), ("Weight", "11.9 oz")],
        )
        + cards(
            RE,
            "Customers also viewed",
            [
                ("Arc'teryx Atom Hoody - Men's", "$280.00"),
                ("REI Co-op 650 Down Jacket 2.0 - Men's", "$99.89"),
            ],
        )
        + reviews("Reviews", [("Warm and packable", "Use it all year.")])
        + footer("REI", RE),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Nano Puff Jacket - Men's",
                "brand": {"@type": "Brand", "name": "Patagonia"},
                "offers": {"@type": "Offer", "price": "239.00", "priceCurrency": "USD"},
            }
        ),
    ),
    "Patagonia Nano Puff Jacket - Men's",
)

DK = "https://www.dickssportinggoods.com"

case(
    "dicks-no-ld-header-h1-promo",
    f"{DK}/p/nike-mens-pegasus-41-running-shoes-24nikmpgss41blkwhtrnn/24nikmpgss41blkwhtrnn",
    doc(
        "Nike Men's Pegasus 41 Running Shoes | Dick's Sporting Goods",
        '<div class="hmf-header-banner"><h1 class="hmf-promo">Gear Up For The Holidays: Up To 40% Off</h1></div>'
        + header("DICK'S Sporting Goods", DK, ["Shop By Sport", "Men", "Women", "Kids", "Footwear", "Deals"])
        + crumbs(DK, "Home", "Footwear", "Men's Shoes", "Running Shoes")
        + gallery(DK, "pegasus41", "Nike Men's Pegasus 41 Running Shoes")
        + '<div class="pdp-product-info"><h1 class="product-title" itemprop="name">Nike Men\'s Pegasus 41 Running Shoes</h1>'
        '<div class="pdp-ratings">4.7 (1,322)</div><span class="product-price">$139.99</span>'
        "<div>Color: Black/White</div><button>Add to Cart</button></div>"
        + cards(
            DK,
            "You May Also Like",
            [
                ("Brooks Men's Ghost 16 Running Shoes", "$139.99"),
                ("HOKA Men's Clifton 9 Running Shoes", "$144.99"),
            ],
        )
        + footer("DICK'S Sporting Goods", DK),
    ),
    "Nike Men's Pegasus 41 Running Shoes",
)

AC = "https://www.academy.com"

case(
    "academy-og-pipe-suffix-h1",
    f"{AC}/p/magellan-outdoors-hickory-hill-4-person-dome-tent",
    doc(
        "Magellan Outdoors Hickory Hill 4-Person Dome Tent | Academy",
        header(
            "Academy Sports + Outdoors", AC, ["Outdoors", "Sports", "Fitness", "Clothing", "Shoes", "Deals"]
        )
        + crumbs(AC, "Home", "Outdoors", "Camping", "Tents")
        + gallery(AC, "hickory-hill", "Magellan Outdoors Hickory Hill 4-Person Dome Tent")
        + '<h1 class="productTitle" data-auid="PDP_ProductName">Magellan Outdoors Hickory Hill 4-Person Dome Tent</h1>'
        '<div>Item 123456789</div><div class="pricing">$79.99</div><button>Add To Cart</button>'
        + cards(AC, "Customers Also Bought", [("Ozark Trail 6-Person Instant Cabin Tent", "$99.99")])
        + footer("Academy", AC),
        og(title="Magellan Outdoors Hickory Hill 4-Person Dome Tent | Academy", type="product"),
    ),
    "Magellan Outdoors Hickory Hill 4-Person Dome Tent",
)

BP = "https://www.basspro.com"

case(
    "basspro-shop-brand-name-twice",
    f"{BP}/shop/en/bass-pro-shops-xps-lazer-trail-camera",
    doc(
        "Bass Pro Shops XPS Lazer Trail Camera | Bass Pro Shops",
        header(
            "Bass Pro Shops", BP, ["Fishing", "Hunting", "Boating", "Camping", "Clothing", "Footwear", "Sale"]
        )
        + crumbs(BP, "Home", "Hunting", "Game Cameras")
        + gallery(BP, "xps-lazer", "Bass Pro Shops XPS Lazer Trail Camera")
        + '<div class="product-details"><h1 class="main_header" itemprop="name">Bass Pro Shops XPS Lazer Trail Camera</h1>'
        '<span class="sku">Item #: 2651234</span><span class="price">$59.99</span><button>Add to Cart</button></div>'
        + cards(BP, "Customers Also Viewed", [("Moultrie Edge Cellular Trail Camera", "$99.99")])
        + footer("Bass Pro Shops", BP),
    ),
    "Bass Pro Shops XPS Lazer Trail Camera",
)

# ---- beauty: Sephora, Ulta -------------------------------------------------------------------------------

SP = "https://www.sephora.com"

case(
    "sephora-brand-link-and-name-in-h1",
    f"{SP}/product/rare-beauty-by-selena-gomez-soft-pinch-liquid-blush-P97989778?skuId=2640276",
    doc(
        "Soft Pinch Liquid Blush - Rare Beauty by Selena Gomez | Sephora",
        header(
            "Sephora",
            SP,
            ["New", "Brands", "Makeup", "Skincare", "Hair", "Fragrance", "Sale &amp; Offers"],
            promo="Free shipping on all orders for Beauty Insiders",
        )
        + crumbs(SP, "Makeup", "Cheek", "Blush")
        + '<div data-comp="RegularProductTop">'
        + gallery(SP, "s2640276", "Rare Beauty by Selena Gomez Soft Pinch Liquid Blush", 6)
        + '<h1 data-comp="DisplayName"><a href="/brand/rare-beauty-by-selena-gomez" data-at="brand_name" class="css-1kj9pbo">'
        'Rare Beauty by Selena Gomez</a><span data-at="product_name" class="css-1pgnl76">Soft Pinch Liquid Blush</span></h1>'
        "<div>Size 0.25 oz / 7.5 mL &#8226; ITEM 2640276</div><div>Color: Joy - muted peach</div>"
        '<b class="css-0">$25.00</b><div>or 4 payments of $6.25 with Klarna</div><button>Add to Basket</button></div>'
        "<section><h2>About the Product</h2><p>A weightless, long-lasting liquid blush.</p></section>"
        + cards(
            SP,
            "You May Also Like",
            [
                ("Patrick Ta Major Headlines Double-Take Crème &amp; Powder Blush Duo", "$38.00"),
                ("Fenty Beauty by Rihanna Cheeks Out Freestyle Cream Blush", "$25.00"),
            ],
        )
        + reviews(
            "Ratings &amp; Reviews",
            [("Holy grail", "A tiny drop is enough."), ("Pigmented", "Blends easily.")],
        )
        + footer("Sephora", SP),
    ),
    "Rare Beauty by Selena Gomez Soft Pinch Liquid Blush",
)

UL = "https://www.ulta.com"

case(
    "ulta-brand-and-name-ld-name-only",
    f"{UL}/p/hydro-boost-water-gel-pimprod2003415?sku=2530285",
    doc(
        "Hydro Boost Water Gel - Neutrogena | Ulta Beauty",
        header("Ulta Beauty", UL, ["Shop", "New", "Makeup", "Skin Care", "Hair", "Fragrance", "Sale"])
        + crumbs(UL, "Home", "Skin Care", "Moisturizers", "Face Moisturizer")
        + gallery(UL, "2530285", "Neutrogena Hydro Boost Water Gel")
        + '<div class="ProductInformation"><h1><span class="Text-ds Text-ds--body-1 Text-ds--black">'
        '<a href="/brand/neutrogena">Neutrogena</a></span><span class="Text-ds Text-ds--title-5">Hydro Boost Water Gel</span></h1>'
        '<div class="ProductInformation__sku">Item 2530285</div><div>Size: 1.7 oz</div><span class="ProductPricing">$21.99</span>'
        "<button>Add to bag</button></div>"
        + cards(
            UL,
            "Customers also viewed",
            [
                ("CeraVe Daily Moisturizing Lotion", "$18.99"),
                ("La Roche-Posay Toleriane Double Repair Face Moisturizer", "$24.99"),
            ],
        )
        + footer("Ulta Beauty", UL),
        ld(
            {
                "@context": "http://schema.org",
                "@type": "Product",
                "name": "Hydro Boost Water Gel",
                "brand": {"@type": "Brand", "name": "Neutrogena"},
                "sku": "2530285",
                "offers": {"@type": "Offer", "price": "21.99", "priceCurrency": "USD"},
            }
        ),
    ),
    "Neutrogena Hydro Boost Water Gel",
)

# ---- marketplaces: Etsy, eBay, Amazon.com ------------------------------------------------------------------

ET = "https://www.etsy.com"

case(
    "etsy-seller-long-title-no-ld",
    f"{ET}/listing/1234567890/personalized-leather-dog-collar-custom",
    doc(
        "Personalized Leather Dog Collar, Custom Engraved Name Plate, Handmade Dog Collar for Small Medium Large Dogs, Gift for Dog Lover - Etsy",
        header("Etsy", ET, ["Gifts", "Home Favorites", "Fashion Finds", "Registry", "Gift Cards"])
        + crumbs(ET, "Homepage", "Pet Supplies", "Pet Collars &amp; Leashes", "Collars")
        + '<div class="listing-page-image-carousel-component">'
        + gallery(ET, "il_794xN.5123456", "Personalized Leather Dog Collar, Custom Engraved Name Plate", 10)
        + '</div><div data-buy-box-region="price"><p class="wt-text-title-larger">$32.40</p>'
        '<p class="wt-text-strikethrough">$36.00</p><p>10% off sale for 24 hours</p></div>'
        '<div data-component="listing-page-title-component"><h1 class="wt-text-body-01 wt-line-height-tight wt-break-word" '
        'data-buy-box-listing-title="true">Personalized Leather Dog Collar, Custom Engraved Name Plate, Handmade Dog Collar for '
        "Small Medium Large Dogs, Gift for Dog Lover</h1></div>"
        '<div class="shop-name"><a href="/shop/PawsLeatherCo">PawsLeatherCo</a> <span>Star Seller</span></div>'
        "<div><label>Collar size</label><select><option>Select an option</option><option>S ($32.40)</option></select></div>"
        '<button class="wt-btn">Add to cart</button>'
        '<div id="product-details-content-toggle"><h2>Item details</h2><p>Handmade</p><p>Materials: Leather, Brass</p></div>'
        + reviews(
            "Reviews for this item",
            [("Beautiful collar", "Arrived quickly."), ("Great quality", "Engraving is perfect.")],
        )
        + '<div class="wt-mt-xs-3"><h2>More from this shop</h2></div>'
        + cards(
            ET,
            "You may also like",
            [
                ("Custom Dog Tag, Engraved Pet ID Tag, Brass Dog Name Tag", "$12.99"),
                ("Leather Dog Leash, Personalized Braided Leash", "$28.00"),
            ],
            name_tag="h3",
        )
        + footer("Etsy", ET),
    ),
    "Personalized Leather Dog Collar, Custom Engraved Name Plate, Handmade Dog Collar for Small Medium Large Dogs, Gift for Dog Lover",
)

case(
    "etsy-og-title-truncated",
    f"{ET}/listing/987654321/minimalist-gold-name-necklace-dainty",
    doc(
        "Minimalist Gold Name Necklace, Dainty Personalized Nameplate Necklace, Custom Name Jewelry, Bridesmaid Gift, Mothers Day Gift for Her - Etsy",
        header("Etsy", ET, ["Gifts", "Home Favorites", "Fashion Finds", "Registry"])
        + crumbs(ET, "Homepage", "Jewelry", "Necklaces", "Pendants")
        + gallery(ET, "il_794xN.498765", "Minimalist Gold Name Necklace", 8)
        + '<p class="wt-text-title-larger">$18.75</p>'
        '<h1 class="wt-text-body-01" data-buy-box-listing-title="true">Minimalist Gold Name Necklace, Dainty Personalized '
        "Nameplate Necklace, Custom Name Jewelry, Bridesmaid Gift, Mothers Day Gift for Her</h1>"
        '<a href="/shop/GoldieLane">GoldieLane</a><button>Add to cart</button>'
        + reviews("Reviews for this shop", [("Love it", "Wear it every day.")])
        + cards(
            ET,
            "You may also like",
            [("Birth Flower Necklace, Custom Birthflower Jewelry", "$24.00")],
            name_tag="h3",
        )
        + footer("Etsy", ET),
        og(
            title="Minimalist Gold Name Necklace, Dainty Personalized...",
            type="product",
            description="Minimalist Gold Name Necklace, Dainty Personalized Nameplate Necklace, handmade in 14k gold fill.",
        ),
    ),
    "Minimalist Gold Name Necklace, Dainty Personalized Nameplate Necklace, Custom Name Jewelry, Bridesmaid Gift, Mothers Day Gift for Her",
)

EB = "https://www.ebay.com"

case(
    "ebay-caps-seller-title-no-ld",
    f"{EB}/itm/295512345678",
    doc(
        "APPLE IPHONE 13 PRO MAX 256GB SIERRA BLUE UNLOCKED - EXCELLENT CONDITION | eBay",
        '<header id="gh"><a id="gh-la" href="https://www.ebay.com"><img alt="eBay Home" src="https://ir.ebaystatic.com/logo.png"></a>'
        '<form id="gh-f"><input id="gh-ac" placeholder="Search for anything"><button id="gh-btn">Search</button></form>'
        '<ul id="gh-topl"><li>Hi! <a href="/signin">Sign in</a> or <a href="/reg">register</a></li><li><a href="/deals">Daily Deals</a></li></ul></header>'
        '<nav class="breadcrumbs"><ul><li><a href="/">Back to search results</a></li><li><a href="/b/Cell-Phones">Cell Phones &amp; Accessories</a></li>'
        '<li><a href="/b/Cell-Phones-Smartphones/9355">Cell Phones &amp; Smartphones</a></li></ul></nav>'
        '<div class="vim x-vi-evo-main-container"><div class="ux-image-carousel">'
        + gallery(
            EB,
            "s-l1600",
            "APPLE IPHONE 13 PRO MAX 256GB SIERRA BLUE UNLOCKED - EXCELLENT CONDITION - Picture 1 of 12",
            12,
        )
        + '</div><div class="x-item-title"><h1 class="x-item-title__mainTitle"><span class="ux-textspans ux-textspans--BOLD">'
        "APPLE IPHONE 13 PRO MAX 256GB SIERRA BLUE UNLOCKED - EXCELLENT CONDITION</span></h1>"
        '<div class="x-item-title__subTitle"><span class="ux-textspans">FREE FAST SHIPPING! 30 DAY RETURNS!</span></div></div>'
        '<div class="x-sellercard-atf"><a href="/str/phonedepot">phone_depot_usa (12345)</a><span>99.4% positive</span></div>'
        '<div class="x-price-primary"><span class="ux-textspans">US $519.99</span></div>'
        '<div class="x-item-condition"><span>Condition:</span><span>Used</span></div>'
        '<a class="ux-call-to-action" href="/buy">Buy It Now</a><a href="/cart">Add to cart</a><a>Add to Watchlist</a></div>'
        '<div class="ux-layout-section-evo"><h2>Item specifics</h2><dl><dt>Brand</dt><dd>Apple</dd><dt>Model</dt><dd>Apple iPhone 13 Pro Max</dd></dl></div>'
        + cards(
            EB,
            "Similar sponsored items",
            [
                ("Apple iPhone 13 Pro Max 128GB Graphite Unlocked Good", "$449.00"),
                ("iPhone 13 Pro 256GB Alpine Green Unlocked - Very Good", "$429.99"),
            ],
            name_tag="h3",
        )
        + '<footer id="glbfooter"><a href="/help">Help &amp; Contact</a><p>Copyright &#169; 1995-2026 eBay Inc.</p></footer>',
    ),
    "APPLE IPHONE 13 PRO MAX 256GB SIERRA BLUE UNLOCKED - EXCELLENT CONDITION",
)

case(
    "ebay-og-title-suffix-ld-product",
    f"{EB}/itm/175512398765",
    doc(
        "Vintage Pyrex 403 Butterprint Turquoise Mixing Bowl 2.5 Qt | eBay",
        '<header id="gh"><a id="gh-la" href="https://www.ebay.com"><img alt="eBay Home" src="https://ir.ebaystatic.com/logo.png"></a></header>'
        '<nav class="breadcrumbs"><ul><li><a href="/b/Pottery-Glass">Pottery &amp; Glass</a></li><li><a href="/b/Pyrex">Pyrex</a></li></ul></nav>'
        + gallery(
            EB,
            "s-l1600-bowl",
            "Vintage Pyrex 403 Butterprint Turquoise Mixing Bowl 2.5 Qt - Picture 1 of 6",
            6,
        )
        + '<h1 class="x-item-title__mainTitle"><span class="ux-textspans ux-textspans--BOLD">Vintage Pyrex 403 Butterprint '
        "Turquoise Mixing Bowl 2.5 Qt</span></h1>"
        '<div class="x-price-primary"><span>US $45.00</span></div><div class="x-additional-info">or Best Offer</div>'
        '<a href="/buy">Buy It Now</a>'
        + cards(
            EB, "Explore related items", [("Pyrex 404 Butterprint Mixing Bowl 4 Qt", "$65.00")], name_tag="h3"
        )
        + '<footer id="glbfooter"><p>Copyright &#169; 1995-2026 eBay Inc.</p></footer>',
        og(
            title="Vintage Pyrex 403 Butterprint Turquoise Mixing Bowl 2.5 Qt | eBay",
            type="ebay-objects:item",
        )
        + ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "name": "Vintage Pyrex 403 Butterprint Turquoise Mixing Bowl 2.5 Qt",
                "offers": {
                    "@type": "Offer",
                    "price": "45.00",
                    "priceCurrency": "USD",
                    "itemCondition": "https://schema.org/UsedCondition",
                },
            }
        ),
    ),
    "Vintage Pyrex 403 Butterprint Turquoise Mixing Bowl 2.5 Qt",
)

AZ = "https://www.amazon.com"

case(
    "amazon-com-colon-title-no-ld",
    f"{AZ}/Instant-Pot-Multi-Use-Pressure-Cooker/dp/B00FLYWNYQ",
    doc(
        "Amazon.com: Instant Pot Duo 7-in-1 Electric Pressure Cooker, Slow Cooker, Rice Cooker, Steamer, Saute, Yogurt Maker, Warmer &amp; Sterilizer, Includes App With Over 800 Recipes, Stainless Steel, 6 Quart: Home &amp; Kitchen",
        '<header id="navbar-main"><div id="nav-logo"><a href="/ref=nav_logo" aria-label="Amazon" class="nav-logo-link"></a></div>'
        '<form id="nav-search-bar-form"><input id="twotabsearchtextbox"></form><a id="nav-cart" href="/cart">Cart</a>'
        '<div id="nav-main"><a href="/deals">Today\'s Deals</a><a href="/gp/help">Customer Service</a></div></header>'
        '<div id="wayfinding-breadcrumbs_feature_div"><ul><li><a href="/kitchen">Home &amp; Kitchen</a></li><li><a>Kitchen &amp; Dining</a></li>'
        "<li><a>Small Appliances</a></li><li><a>Electric Pressure Cookers</a></li></ul></div>"
        '<div id="dp-container"><div id="leftCol"><div id="imgTagWrapperId"><img id="landingImage" '
        'src="https://m.media-amazon.com/images/I/71WtwEvYDOS._AC_SX679_.jpg" alt="Instant Pot Duo 7-in-1 Electric Pressure Cooker"></div></div>'
        '<div id="centerCol"><div id="bylineInfo_feature_div"><a id="bylineInfo" href="/stores/InstantPot">Visit the Instant Pot Store</a></div>'
        '<div id="title_feature_div"><h1 id="title" class="a-size-large a-spacing-none"><span id="productTitle" class="a-size-large product-title-word-break">'
        "        Instant Pot Duo 7-in-1 Electric Pressure Cooker, Slow Cooker, Rice Cooker, Steamer, Saute, Yogurt Maker, Warmer &amp; "
        "Sterilizer, Includes App With Over 800 Recipes, Stainless Steel, 6 Quart       </span></h1></div>"
        '<div id="averageCustomerReviews">4.7 out of 5 stars 150,123 ratings</div><div id="acBadge_feature_div">Amazon\'s Choice</div>'
        '<div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">$79.95</span></span></div>'
        '<div id="feature-bullets"><h2>About this item</h2><ul><li>7 appliances in 1</li></ul></div></div>'
        '<div id="rightCol"><div id="buybox"><span class="a-price"><span class="a-offscreen">$79.95</span></span>'
        '<input id="add-to-cart-button" type="submit" value="Add to Cart"><input id="buy-now-button" value="Buy Now"></div></div></div>'
        '<div id="sp_detail"><h2>Products related to this item</h2><ol><li><a><div class="sponsored-products-truncator-truncated">'
        "COSORI Pressure Cooker 6 Qt, 9-in-1 Multicooker</div></a></li></ol></div>"
        '<div id="customerReviews"><h2>Customer reviews</h2><div data-hook="review"><a data-hook="review-title"><span>Life changing</span></a></div></div>'
        '<div id="navFooter"><span>&#169; 1996-2026, Amazon.com, Inc. or its affiliates</span></div>',
    ),
    "Instant Pot Duo 7-in-1 Electric Pressure Cooker, Slow Cooker, Rice Cooker, Steamer, Saute, Yogurt Maker, Warmer & Sterilizer, Includes App With Over 800 Recipes, Stainless Steel, 6 Quart",
)

# ---- TV shopping: QVC, HSN ------------------------------------------------------------------------------

QV = "https://www.qvc.com"

case(
    "qvc-item-number-in-title",
    f"{QV}/Vera-Bradley-Recycled-Cotton-Large-Travel-Duffel.product.A123456.html",
    doc(
        "Vera Bradley Recycled Cotton Large Travel Duffel - QVC.com",
        header("QVC", QV, ["Shop", "Watch &amp; Shop Live", "Today's Special Value", "Clearance"])
        + crumbs(QV, "Home", "Handbags &amp; Luggage", "Luggage", "Duffel Bags")
        + gallery(QV, "a123456", "Vera Bradley Recycled Cotton Large Travel Duffel")
        + '<div class="pdShortDesc"><h1 class="pdShortDesc">Vera Bradley Recycled Cotton Large Travel Duffel</h1>'
        '<div class="pdItemNumber">Item A123456</div><div class="pdStars">4.8 (3,411)</div></div>'
        '<div class="pdPrice"><span class="pdPriceLabel">QVC Price</span><span>$84.50</span>'
        '<div class="pdEasyPay">or 3 Easy Pays of $28.17</div></div><button>Add To Cart</button>'
        + cards(QV, "Customers Also Purchased", [("Vera Bradley Recycled Cotton Vera Tote", "$62.00")])
        + footer("QVC", QV),
    ),
    "Vera Bradley Recycled Cotton Large Travel Duffel",
)

HS = "https://www.hsn.com"

case(
    "hsn-item-number-title-suffix-ld",
    f"{HS}/products/ninja-foodi-xl-pro-air-fry-oven/20123456",
    doc(
        "Ninja Foodi XL Pro Air Fry Oven with 10 Functions - 20123456 | HSN",
        header("HSN", HS, ["Shop", "Watch &amp; Shop", "Today's Special", "Clearance"])
        + crumbs(HS, "Home", "Kitchen &amp; Food", "Kitchen Appliances", "Toaster Ovens")
        + gallery(HS, "20123456", "Ninja Foodi XL Pro Air Fry Oven with 10 Functions")
        + '<h1 class="product-name">Ninja Foodi XL Pro Air Fry Oven with 10 Functions</h1><div>Item 20123456</div>'
        '<span class="price">$199.99</span><span>or 5 FlexPays of $40.00</span><button>Add to Bag</button>'
        + footer("HSN", HS),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Ninja Foodi XL Pro Air Fry Oven with 10 Functions - 20123456 | HSN",
                "offers": {"@type": "Offer", "price": "199.99", "priceCurrency": "USD"},
            }
        ),
    ),
    "Ninja Foodi XL Pro Air Fry Oven with 10 Functions",
)

# ---- pets: Chewy, Petco --------------------------------------------------------------------------------

CH = "https://www.chewy.com"

case(
    "chewy-caps-brand-title-by-line",
    f"{CH}/purina-pro-plan-adult-sensitive-skin/dp/128666",
    doc(
        "PURINA PRO PLAN Adult Sensitive Skin &amp; Stomach Salmon &amp; Rice Formula Dry Dog Food, 30-lb bag - Chewy.com",
        header("Chewy", CH, ["Shop by Pet", "Deals", "Pharmacy", "Autoship", "Vet Care"])
        + crumbs(CH, "Dog", "Food", "Dry Food")
        + gallery(
            CH,
            "128666",
            "Purina Pro Plan Adult Sensitive Skin &amp; Stomach Salmon &amp; Rice Formula Dry Dog Food, 30-lb bag",
        )
        + '<div class="kib-product-title"><div class="styles_byLine"><span>By</span> '
        '<a href="/b/purina-pro-plan-2012">Purina Pro Plan</a></div>'
        '<h1 class="styles_productName__vSdxx">Purina Pro Plan Adult Sensitive Skin &amp; Stomach Salmon &amp; Rice Formula '
        "Dry Dog Food, 30-lb bag</h1></div>"
        '<div class="kib-product-price">$74.48</div><div class="autoship">$70.76 Autoship Price</div>'
        "<div><span>Size:</span><button>4-lb bag</button><button>16-lb bag</button><button>30-lb bag</button></div>"
        "<button>Add to Cart</button>"
        + specs("Specifications", [("Item Number", "128666"), ("Lifestage", "Adult"), ("Flavor", "Salmon")])
        + cards(
            CH,
            "Compare Similar Items",
            [
                ("Hill's Science Diet Adult Sensitive Stomach &amp; Skin Dry Dog Food", "$87.99"),
                ("Blue Buffalo Life Protection Formula Adult Dry Dog Food", "$67.98"),
            ],
        )
        + reviews(
            "Customer Reviews", [("My dog loves it", "No more itching."), ("Great food", "Healthy coat.")]
        )
        + footer("Chewy", CH),
    ),
    "Purina Pro Plan Adult Sensitive Skin & Stomach Salmon & Rice Formula Dry Dog Food, 30-lb bag",
)

PT = "https://www.petco.com"

case(
    "petco-pipe-suffix-og-and-ld-size",
    f"{PT}/shop/en/petcostore/product/kong-classic-dog-toy",
    doc(
        "KONG Classic Dog Toy, Medium | Petco",
        header(
            "Petco", PT, ["Dog", "Cat", "Fish", "Bird", "Small Animal", "Reptile", "Pet Services", "Deals"]
        )
        + crumbs(PT, "Home", "Dog", "Dog Toys", "Chew Toys")
        + gallery(PT, "kong-classic", "KONG Classic Dog Toy, Medium")
        + '<h1 class="ProductTitle">KONG Classic Dog Toy</h1><div class="size-picker">Size: <b>Medium</b></div>'
        '<span class="price">$13.99</span><button>Add to Cart</button>'
        + cards(PT, "Pet Parents Also Bought", [("Nylabone Power Chew Textured Ring", "$9.99")])
        + footer("Petco", PT),
        og(title="KONG Classic Dog Toy, Medium | Petco", type="product")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "KONG Classic Dog Toy, Medium",
                "offers": {"@type": "Offer", "price": "13.99", "priceCurrency": "USD"},
            }
        ),
    ),
    "KONG Classic Dog Toy",
)

# ---- office: Staples, Office Depot ----------------------------------------------------------------------

ST = "https://www.staples.com"

case(
    "staples-h1-item-model-no-ld",
    f"{ST}/hp-67xl-black-high-yield-ink-cartridge-3ym57an/product_24380195",
    doc(
        "HP 67XL Black High Yield Ink Cartridge (3YM57AN) | Staples",
        header(
            "Staples",
            ST,
            [
                "Shop All",
                "Ink &amp; Toner",
                "Paper",
                "Office Supplies",
                "Technology",
                "Print &amp; Marketing",
            ],
        )
        + crumbs(ST, "Home", "Ink &amp; Toner", "HP Ink Cartridges")
        + gallery(ST, "sp24380195", "HP 67XL Black High Yield Ink Cartridge (3YM57AN)")
        + '<div class="product-info-ux2dot0__title"><h1 id="product_title">HP 67XL Black High Yield Ink Cartridge (3YM57AN)</h1>'
        '<div class="product-info__item_num">Item: 24380195 | Model: 3YM57AN</div></div>'
        '<div class="price-info__final_price">$38.89</div><div>Free next-day delivery</div><button>Add to cart</button>'
        + cards(ST, "Customers also bought", [("HP 67 Tri-Color Standard Ink Cartridge (3YM55AN)", "$24.99")])
        + footer("Staples", ST),
    ),
    "HP 67XL Black High Yield Ink Cartridge (3YM57AN)",
)

OD = "https://www.officedepot.com"

case(
    "officedepot-brand-prefixed-ld-no-brand",
    f"{OD}/a/products/6677889/Realspace-Modern-Comfort-Keera-Mesh-Chair/",
    doc(
        "Realspace&#174; Modern Comfort Keera Mesh Mid-Back Manager's Chair, Black - Office Depot",
        header(
            "Office Depot", OD, ["Shop", "Deals", "Furniture", "Technology", "Print &amp; Copy", "Services"]
        )
        + crumbs(OD, "Home", "Furniture", "Office Chairs", "Mesh Chairs")
        + gallery(OD, "6677889", "Realspace Modern Comfort Keera Mesh Chair")
        + '<div class="od-sku-details"><h1 itemprop="name" class="od-product-title">Realspace&#174; Modern Comfort Keera Mesh '
        "Mid-Back Manager's Chair, Black</h1><div>Item # 6677889 | Manufacturer # RS-KEERA-BLK</div></div>"
        '<div class="od-price">$129.99</div><div>Save $70 was $199.99</div><button>Add to Cart</button>'
        + reviews("Reviews", [("Comfortable", "Good lumbar support.")])
        + footer("Office Depot", OD),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Modern Comfort Keera Mesh Mid-Back Manager's Chair, Black",
                "brand": "Realspace",
                "offers": {"@type": "Offer", "price": "129.99", "priceCurrency": "USD"},
            }
        ),
    ),
    "Realspace® Modern Comfort Keera Mesh Mid-Back Manager's Chair, Black",
)

# ---- games and music: GameStop, Guitar Center, Sweetwater --------------------------------------------------

GS = "https://www.gamestop.com"

case(
    "gamestop-platform-suffix-colon-in-name",
    f"{GS}/video-games/nintendo-switch/products/the-legend-of-zelda-tears-of-the-kingdom---nintendo-switch/20001234.html",
    doc(
        "The Legend of Zelda: Tears of the Kingdom - Nintendo Switch | Nintendo Switch | GameStop",
        header(
            "GameStop",
            GS,
            ["Video Games", "Consoles &amp; Hardware", "Trading Cards", "Collectibles", "Pre-Owned"],
        )
        + crumbs(GS, "Home", "Video Games", "Nintendo Switch", "Games")
        + gallery(GS, "20001234", "The Legend of Zelda: Tears of the Kingdom - Nintendo Switch")
        + '<div class="primary-details-row"><h1 class="product-name h2">The Legend of Zelda: Tears of the Kingdom - Nintendo Switch</h1>'
        '<div class="product-sku">Item: 20001234</div></div><div class="condition"><button>New $69.99</button>'
        '<button>Pre-Owned $54.99</button><button>Digital $69.99</button></div><span class="actual-price">$69.99</span>'
        "<button>Add to Cart</button>"
        + cards(GS, "Recommended For You", [("Super Mario Bros. Wonder - Nintendo Switch", "$59.99")])
        + footer("GameStop", GS),
    ),
    "The Legend of Zelda: Tears of the Kingdom - Nintendo Switch",
)

GC = "https://www.guitarcenter.com"

case(
    "guitarcenter-variant-in-title-og",
    f"{GC}/Fender/Player-Stratocaster-Maple-Fingerboard-Electric-Guitar-3-Color-Sunburst-1500000281473.gc",
    doc(
        "Fender Player Stratocaster Maple Fingerboard Electric Guitar 3-Color Sunburst | Guitar Center",
        header(
            "Guitar Center",
            GC,
            ["Guitars", "Basses", "Amps &amp; Effects", "Drums", "Keyboards", "Used", "Deals"],
        )
        + crumbs(GC, "Home", "Guitars", "Electric Guitars", "Solid Body Electric Guitars")
        + gallery(
            GC, "l81473", "Fender Player Stratocaster Maple Fingerboard Electric Guitar 3-Color Sunburst", 8
        )
        + '<div class="pdp-title"><h1 class="jsx-1234 text-[24px] font-bold">Fender Player Stratocaster Maple Fingerboard Electric Guitar</h1>'
        '<div class="jsx-1234">3-Color Sunburst</div><div>Item #L81473000002000 | POS #1500000281473</div></div>'
        '<span class="sale-price">$799.99</span><div>as low as $34/mo.</div><button>Add to Cart</button>'
        + cards(
            GC,
            "Customers Also Viewed",
            [("Squier Classic Vibe &#8217;50s Stratocaster Electric Guitar Butterscotch Blonde", "$449.99")],
        )
        + footer("Guitar Center", GC),
        og(
            title="Fender Player Stratocaster Maple Fingerboard Electric Guitar 3-Color Sunburst | Guitar Center",
            type="product",
        ),
    ),
    "Fender Player Stratocaster Maple Fingerboard Electric Guitar",
)

SW = "https://www.sweetwater.com"

case(
    "sweetwater-dash-variant-name-no-ld",
    f"{SW}/store/detail/StratPMS3--fender-player-stratocaster-3-color-sunburst-with-maple-fingerboard",
    doc(
        "Fender Player Stratocaster - 3-Color Sunburst with Maple Fingerboard | Sweetwater",
        header(
            "Sweetwater",
            SW,
            ["Guitars", "Recording", "Keyboards &amp; Synths", "Live Sound", "Drums", "DealZone"],
        )
        + crumbs(SW, "Guitars", "Electric Guitars", "Solidbody")
        + gallery(
            SW, "StratPMS3-large", "Fender Player Stratocaster - 3-Color Sunburst with Maple Fingerboard", 10
        )
        + '<div class="product__info"><h1 class="product__name"><span itemprop="name">Fender Player Stratocaster - '
        "3-Color Sunburst with Maple Fingerboard</span></h1>"
        '<div class="product-header__subheadline">Solidbody Electric Guitar with Alder Body, Maple Neck, Maple Fingerboard, '
        "and 3 Player Series Single-coil Pickups - 3-color Sunburst</div>"
        '<div class="product__item-id">Item ID: StratPMS3</div><div class="product-price--final">$799.99</div>'
        "<div>Free Shipping</div><button>Add to Cart</button></div>"
        + cards(
            SW, "Customers Also Bought", [("D'Addario EXL110 Nickel Wound Electric Guitar Strings", "$6.99")]
        )
        + footer("Sweetwater", SW),
    ),
    "Fender Player Stratocaster - 3-Color Sunburst with Maple Fingerboard",
)

# ---- home: Williams-Sonoma, Crate & Barrel, IKEA US ----------------------------------------------------------

WS = "https://www.williams-sonoma.com"

case(
    "williams-sonoma-pipe-suffix-no-ld",
    f"{WS}/products/all-clad-d3-stainless-steel-10-piece-cookware-set/",
    doc(
        "All-Clad D3&#174; Stainless-Steel 10-Piece Cookware Set | Williams Sonoma",
        header(
            "Williams Sonoma",
            WS,
            ["Cookware", "Cutlery", "Electrics", "Bakeware", "Food", "Tabletop", "Sale"],
        )
        + crumbs(WS, "Cookware", "Cookware Sets", "Stainless-Steel Cookware Sets")
        + gallery(WS, "img35c", "All-Clad D3® Stainless-Steel 10-Piece Cookware Set")
        + '<div class="pip-summary"><h1 class="pip-summary__title">All-Clad D3&#174; Stainless-Steel 10-Piece Cookware Set</h1>'
        '<div class="exclusive-badge">Williams Sonoma Exclusive</div><span class="price-state price-special">Limited Time Offer '
        '$699.95</span><span class="price-state price-standard">Sugg. Price $1,135.00</span><button>Add to Cart</button></div>'
        "<section><h2>Description</h2><p>Tri-ply bonded construction.</p><h2>Dimensions</h2></section>"
        + cards(
            WS,
            "You Might Also Like",
            [("All-Clad D5&#174; Stainless-Steel 10-Piece Cookware Set", "$899.95")],
        )
        + footer("Williams Sonoma", WS),
    ),
    "All-Clad D3® Stainless-Steel 10-Piece Cookware Set",
)

CB = "https://www.crateandbarrel.com"

case(
    "crate-barrel-short-name-seo-ld",
    f"{CB}/lounge-deep-3-seat-sofa/s123456",
    doc(
        "Lounge Deep 3-Seat Sofa 93&quot; + Reviews | Crate &amp; Barrel",
        header(
            "Crate &amp; Barrel",
            CB,
            ["Furniture", "Outdoor", "Dining &amp; Kitchen", "Decor", "Bed &amp; Bath", "Sale"],
        )
        + crumbs(CB, "Furniture", "Living Room Furniture", "Sofas")
        + gallery(CB, "lounge-deep-sofa", "Lounge Deep 3-Seat Sofa 93")
        + '<div class="product-header"><h1 class="product-name">Lounge Deep 3-Seat Sofa 93"</h1>'
        '<div class="sku">SKU 123456</div><div class="product-price"><span class="regPrice">$2,899.00</span></div>'
        "<div>Fabric: Taft, Cement</div><button>Add to Cart</button></div>"
        + cards(
            CB, "Customers Also Viewed", [("Gather Deep Sofa", "$2,599.00"), ("Barrett II Sofa", "$2,299.00")]
        )
        + reviews("Reviews", [("So comfortable", "Deep seats are great for naps.")])
        + footer("Crate &amp; Barrel", CB),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": 'Lounge Deep 3-Seat Sofa 93" + Reviews | Crate & Barrel',
                "offers": {"@type": "Offer", "price": "2899.00", "priceCurrency": "USD"},
            }
        ),
    ),
    'Lounge Deep 3-Seat Sofa 93"',
)

IK = "https://www.ikea.com/us/en"

case(
    "ikea-us-caps-name-and-description-spans",
    f"{IK}/p/kallax-shelf-unit-white-80275887/",
    doc(
        "KALLAX Shelf unit, white, 30 3/8x57 7/8&quot; - IKEA",
        header("IKEA", IK, ["Products", "Rooms", "Deals", "Ideas", "Design &amp; planning"])
        + crumbs(
            IK, "Products", "Storage &amp; organization", "Bookcases &amp; shelving units", "Shelving units"
        )
        + gallery(
            IK,
            "kallax-shelf-unit-white__0644757_pe702939_s5",
            "KALLAX Shelf unit, white, 30 3/8x57 7/8 &quot;",
            6,
        )
        + '<div class="pip-temp-price-module__information"><h1 class="pip-header-section">'
        '<span class="pip-header-section__title--big notranslate">KALLAX</span>'
        '<span class="pip-header-section__description"><span class="pip-header-section__description-text">Shelf unit,</span>'
        ' <span class="pip-header-section__description-measurement">white, 30 3/8x57 7/8 "</span></span></h1>'
        '<div class="pip-temp-price"><span class="pip-temp-price__integer">89</span><span class="pip-temp-price__decimal">.99</span></div>'
        '<div>Article number <span class="pip-product-identifier__value">802.758.87</span></div>'
        "<button>Add to bag</button></div>"
        + cards(
            IK,
            "Goes well with",
            [("DRÖNA Box, black, 13x15x13 &quot;", "$5.99"), ("KALLAX Insert with door, white", "$25.00")],
        )
        + reviews("Reviews", [("Classic", "Sturdy and simple.")])
        + footer("IKEA", IK),
    ),
    'KALLAX Shelf unit, white, 30 3/8x57 7/8 "',
)

# ---- grocery and pharmacy: Kroger, CVS, Walgreens ------------------------------------------------------------

KR = "https://www.kroger.com"

case(
    "kroger-size-span-after-h1",
    f"{KR}/p/kroger-2-reduced-fat-milk/0001111050157",
    doc(
        "Kroger&#174; 2% Reduced Fat Milk, 1 gal - Kroger",
        header("Kroger", KR, ["Departments", "Weekly Ad", "Digital Coupons", "Pharmacy", "Fuel Points"])
        + crumbs(KR, "Home", "Dairy &amp; Eggs", "Milk")
        + gallery(KR, "0001111050157", "Kroger® 2% Reduced Fat Milk")
        + '<div class="ProductDetails"><h1 class="ProductDetails-header" data-testid="product-details-name">'
        "Kroger&#174; 2% Reduced Fat Milk</h1>"
        '<span class="ProductDetails-sellBy" data-testid="product-details-item-size">1 gal</span>'
        '<div>UPC: 0001111050157</div><data class="kds-Price" value="3.49">$3.49</data>'
        "<button>Add to Cart</button></div>"
        + cards(KR, "Similar Items", [("Simple Truth Organic&#174; 2% Reduced Fat Milk", "$5.29")])
        + footer("Kroger", KR),
    ),
    "Kroger® 2% Reduced Fat Milk",
)

CV = "https://www.cvs.com"

case(
    "cvs-pharmacy-suffix-no-ld",
    f"{CV}/shop/cerave-moisturizing-cream-16-oz-prodid-1060011",
    doc(
        "CeraVe Moisturizing Cream for Normal to Dry Skin, 16 OZ - CVS Pharmacy",
        header("CVS Pharmacy", CV, ["Shop", "Pharmacy", "Health", "MinuteClinic", "Vaccines"])
        + crumbs(CV, "Home", "Skin Care", "Body Lotion")
        + gallery(CV, "1060011", "CeraVe Moisturizing Cream for Normal to Dry Skin, 16 OZ")
        + '<div class="css-1dbjc4n"><h1 class="css-4rbku5 css-901oao r-1i10wst">CeraVe Moisturizing Cream for Normal to Dry Skin, 16 OZ</h1>'
        '<div>Item 1060011</div><div class="price">$19.99</div><div>ExtraCare Price $16.99</div><button>Add for shipping</button></div>'
        + cards(CV, "Customers also bought", [("Cetaphil Moisturizing Cream, 20 OZ", "$18.49")])
        + footer("CVS", CV),
    ),
    "CeraVe Moisturizing Cream for Normal to Dry Skin, 16 OZ",
)

WG = "https://www.walgreens.com"

case(
    "walgreens-brand-span-in-h1-size",
    f"{WG}/store/c/walgreens-vitamin-d3-2000-iu-softgels/ID=prod6208433-product",
    doc(
        "Walgreens Vitamin D3 2000 IU Softgels | Walgreens",
        header("Walgreens", WG, ["Shop", "Prescriptions", "Health Services", "Photo", "Deals"])
        + crumbs(WG, "Home", "Vitamins &amp; Supplements", "Letter Vitamins", "Vitamin D")
        + gallery(WG, "prod6208433", "Walgreens Vitamin D3 2000 IU Softgels")
        + '<div id="productTitle"><h1 class="wag-product-title"><span class="brand-title">Walgreens</span> '
        '<span class="product-title">Vitamin D3 2000 IU Softgels</span></h1><span class="product-size">100.0 ea</span></div>'
        '<div class="price">$10.49</div><div>Buy 1, Get 1 50% OFF</div><button>Add for delivery</button>'
        + cards(WG, "Similar products", [("Nature Made Vitamin D3 2000 IU Softgels", "$12.99")])
        + footer("Walgreens", WG),
    ),
    "Walgreens Vitamin D3 2000 IU Softgels",
)


# ---- batch 2: the 2017 shapes of the same shops (microdata, no JSON-LD), as the benchmark's pages are ----------


def md_crumbs(*names: str) -> str:
    """Breadcrumbs written as schema.org BreadcrumbList microdata (each crumb's `itemprop="name"`)."""
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" '
        f'href="/c/{i}"><span itemprop="name">{n}</span></a><meta itemprop="position" content="{i + 1}"></li>'
        for i, n in enumerate(names)
    )
    return f'<ol class="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">{lis}</ol>'


def md_reviews(*items: tuple[str, str]) -> str:
    """Reviews in the product's microdata scope, each with its own `itemprop="name"` headline."""
    return "".join(
        f'<div itemprop="review" itemscope itemtype="http://schema.org/Review"><span itemprop="name" class="review-title">{h}</span>'
        f'<span itemprop="author">{a}</span><meta itemprop="datePublished" content="2017-03-02"><p itemprop="reviewBody">Good.</p></div>'
        for h, a in items
    )


case(
    "walmart-2017-microdata-div-in-h1",
    f"{WM}/ip/Mainstays-5-Shelf-Bookcase-Multiple-Colors/45678901",
    doc(
        "Mainstays 5-Shelf Bookcase, Multiple Colors - Walmart.com",
        header("Walmart", WM, ["Departments", "Savings Spotlight", "Store Finder"])
        + md_crumbs("Home", "Furniture", "Bookcases")
        + '<div class="prod-ProductPage" itemscope itemtype="http://schema.org/Product">'
        + gallery(WM, "mainstays-bookcase", "Mainstays 5-Shelf Bookcase, Multiple Colors")
        + '<div class="prod-ProductHeader"><a class="prod-brandName" href="/brand/mainstays" itemprop="brand">Mainstays</a>'
        '<h1 class="prod-ProductTitle prod-productTitle-buyBox font-bold" itemprop="name"><div content="Mainstays 5-Shelf '
        'Bookcase, Multiple Colors">Mainstays 5-Shelf Bookcase, Multiple Colors</div></h1>'
        '<div class="prod-productsecondaryinformation"><span class="stars">Average rating: 4.1 out of 5 stars</span>'
        '<span class="prod-ProductCTA-id">Walmart # 556789012</span></div></div>'
        '<div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span class="price-group" itemprop="price" content="39.97">'
        '$39.97</span><meta itemprop="priceCurrency" content="USD"><div itemprop="seller" itemscope itemtype="http://schema.org/Organization">'
        'Sold &amp; shipped by <a href="/seller/0"><span itemprop="name">Walmart</span></a></div></div>'
        '<button class="prod-ProductCTA--primary">Add to Cart</button>'
        + md_reviews(("Easy to assemble", "JaneD"), ("Great for the price", "Bob"))
        + "</div>"
        + cards(
            WM,
            "Customers Also Considered",
            [("Mainstays 3-Shelf Bookcase, Black Oak", "$24.97")],
            name_tag="div",
        )
        + footer("Walmart", WM),
    ),
    "Mainstays 5-Shelf Bookcase, Multiple Colors",
)

case(
    "homedepot-2017-brand-h2-model-glued",
    f"{HD}/p/DEWALT-20-Volt-MAX-Lithium-Ion-Cordless-1-2-in-Drill-Driver-Kit-DCD771C2/204279858",
    doc(
        "DEWALT 20-Volt MAX Lithium-Ion Cordless 1/2 in. Drill/Driver Kit-DCD771C2 - The Home Depot",
        header(
            "The Home Depot",
            HD,
            ["All Departments", "Home Decor", "DIY Projects &amp; Ideas", "Specials &amp; Offers"],
        )
        + md_crumbs("Home", "Tools", "Power Tools", "Drills", "Power Drills")
        + '<div id="productinfo_ctn" itemscope itemtype="http://schema.org/Product">'
        '<div class="product-title"><h2 class="product-title__brand"><a href="/b/DEWALT/N-5yc1vZ4i"><span itemprop="brand">DEWALT</span></a></h2>'
        '<h1 class="product-title__title">20-Volt MAX Lithium-Ion Cordless 1/2 in. Drill/Driver Kit</h1></div>'
        '<div class="product-info-bar"><h2 class="product-info-bar__detail">Internet #204279858</h2>'
        '<h2 class="product-info-bar__detail">Model #<span itemprop="productID">DCD771C2</span></h2>'
        '<h2 class="product-info-bar__detail">Store SKU #1000036466</h2></div>'
        + gallery(HD, "dcd771c2", "DEWALT 20-Volt MAX Lithium-Ion Cordless 1/2 in. Drill/Driver Kit-DCD771C2")
        + '<div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span id="ajaxPrice" itemprop="price" content="99.00">'
        '$99.00</span><meta itemprop="priceCurrency" content="USD"></div><a class="bttn--primary" href="#">Add To Cart</a>'
        + md_reviews(("Great drill for the price", "handyman"), ("Love it", "Pat"))
        + "</div>"
        + cards(
            HD,
            "Frequently Bought Together",
            [("DEWALT 20-Volt MAX Lithium-Ion 3.0Ah Battery Pack", "$69.00")],
        )
        + footer("The Home Depot", HD),
    ),
    "20-Volt MAX Lithium-Ion Cordless 1/2 in. Drill/Driver Kit",
)

case(
    "bestbuy-2017-itemprop-name-wrapper",
    f"{BB}/site/insignia-32-class-720p-led-hdtv/5620123.p?skuId=5620123",
    doc(
        "Insignia&#8482; 32&quot; Class (31.5&quot; Diag.) LED 720p HDTV Black NS-32D220NA18 - Best Buy",
        header("Best Buy", BB, ["Products", "Brands", "Deals", "Services"])
        + md_crumbs("Best Buy", "TV &amp; Home Theater", "TVs", "All Flat-Screen TVs")
        + '<div itemscope itemtype="http://schema.org/Product"><div class="sku-title" itemprop="name">'
        '<h1 class="type-subhead-alt-regular">Insignia&#8482; - 32&quot; Class (31.5&quot; Diag.) - LED - 720p - HDTV - Black</h1></div>'
        '<div class="sku-model"><span class="sku-value" itemprop="model">NS-32D220NA18</span>'
        '<span class="sku-value" itemprop="productID">5620123</span></div>'
        + gallery(
            BB,
            "5620123",
            "Insignia™ - 32&quot; Class (31.5&quot; Diag.) - LED - 720p - HDTV - Black - Front_Zoom",
        )
        + '<div class="priceView-customer-price" itemprop="offers" itemscope itemtype="http://schema.org/Offer">'
        '<span itemprop="price" content="119.99">$119.99</span><meta itemprop="priceCurrency" content="USD"></div>'
        "<button>Add to Cart</button></div>"
        + cards(
            BB,
            "Customers who viewed this also viewed",
            [("TCL - 32&quot; Class (31.5&quot; Diag.) - LED - 720p - Smart - Roku TV", "$129.99")],
            name_tag="h4",
        )
        + footer("Best Buy", BB),
    ),
    'Insignia™ - 32" Class (31.5" Diag.) - LED - 720p - HDTV - Black',
)

case(
    "ebay-2017-details-about-hidden-subtitle",
    f"{EB}/itm/Nintendo-Switch-Neon-Console-32GB-/232312345678",
    doc(
        "Nintendo Switch 32GB Console with Neon Blue and Red Joy-Con NEW SEALED | eBay",
        '<div id="gh"><a id="gh-la" href="https://www.ebay.com/">eBay</a><input id="gh-ac"></div>'
        '<ul id="vi-VR-brumb-lnkLst" itemscope itemtype="http://schema.org/BreadcrumbList"><li><a href="/b/Video-Games"><span>Video Games &amp; Consoles</span></a></li>'
        '<li><a href="/b/Consoles"><span>Video Game Consoles</span></a></li></ul>'
        '<div itemscope itemtype="http://schema.org/Product"><div id="PicturePanel"><img id="icImg" itemprop="image" '
        'src="https://i.ebayimg.com/images/g/abcAAOSw/s-l500.jpg" alt="Nintendo Switch 32GB Console with Neon Blue and Red Joy-Con NEW SEALED"></div>'
        '<h1 class="it-ttl" itemprop="name" id="itemTitle"><span class="g-hdn">Details about  &nbsp;</span>Nintendo Switch 32GB '
        "Console with Neon Blue and Red Joy-Con NEW SEALED</h1>"
        '<h2 id="subTitle" class="it-sttl">FAST FREE SHIPPING - SHIPS SAME DAY - US SELLER</h2>'
        '<div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span id="prcIsum" itemprop="price" content="329.99">US $329.99</span>'
        '<meta itemprop="priceCurrency" content="USD"></div><a id="binBtn_btn" href="#">Buy It Now</a><a id="isCartBtn_btn">Add to cart</a></div>'
        '<div class="si-cnt"><h2>Seller information</h2><a href="/usr/gamedeals99"><span class="mbg-nw">gamedeals99</span></a></div>'
        + cards(
            EB,
            "Sponsored items from this seller",
            [("Nintendo Switch Pro Controller Black NEW", "$64.99")],
            name_tag="h3",
        )
        + '<div id="glbfooter">Copyright &#169; 1995-2017 eBay Inc.</div>',
    ),
    "Nintendo Switch 32GB Console with Neon Blue and Red Joy-Con NEW SEALED",
)

case(
    "gamestop-2017-cite-by-publisher-h3-platform",
    f"{GS}/nintendo-switch/games/super-mario-odyssey/141312",
    doc(
        "Super Mario Odyssey | Nintendo Switch | GameStop",
        header("GameStop", GS, ["Video Games", "Consoles", "Collectibles", "Trade-Ins"])
        + md_crumbs("Home", "Nintendo Switch", "Games")
        + '<div class="grid_12 alpha" itemscope itemtype="http://schema.org/Product">'
        '<div class="grid_11 name_and_details"><h1 itemprop="name">Super Mario Odyssey <cite>by Nintendo</cite></h1>'
        '<h3 class="platform">Nintendo Switch</h3></div>'
        + gallery(GS, "141312", "Super Mario Odyssey")
        + '<div class="buy1" itemprop="offers" itemscope itemtype="http://schema.org/Offer"><h3 class="ats-prodBuy-price">'
        '<span itemprop="price">$59.99</span></h3><meta itemprop="priceCurrency" content="USD"><a class="ats-prodBuy-buyBoxSec">Add to Cart</a></div>'
        '<div class="buy2"><h3>Pre-Owned</h3><span>$54.99</span></div>'
        + md_reviews(("Best Mario game", "gamer1"))
        + "</div>"
        + cards(GS, "Customers also bought", [("The Legend of Zelda: Breath of the Wild", "$59.99")])
        + footer("GameStop", GS),
    ),
    "Super Mario Odyssey",
)

NG = "https://www.newegg.com"

case(
    "newegg-2017-span-name-in-h1-id",
    f"{NG}/Product/Product.aspx?Item=N82E16820147593",
    doc(
        "Samsung 850 EVO 2.5&quot; 500GB SATA III 3-D Vertical Internal Solid State Drive (SSD) MZ-75E500B/AM - Newegg.com",
        header("Newegg", NG, ["Computer Systems", "Components", "Electronics", "Gaming"])
        + md_crumbs("Home", "Computer Hardware", "Hard Drives", "SSDs")
        + '<div itemscope itemtype="http://schema.org/Product"><div class="wrapper">'
        '<h1 id="grpDescrip_h" class="wrapper"><span itemprop="name">Samsung 850 EVO 2.5&quot; 500GB SATA III 3-D Vertical Internal '
        "Solid State Drive (SSD) MZ-75E500B/AM</span></h1></div>"
        '<div class="itmRating">Rating + (1,942)</div>'
        + gallery(NG, "20-147-373-V01", "Samsung 850 EVO 2.5&quot; 500GB")
        + '<div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><meta itemprop="price" content="149.99">'
        '<meta itemprop="priceCurrency" content="USD"><li class="price-current">$<strong>149</strong><sup>.99</sup></li></div>'
        '<button class="btn btn-primary">ADD TO CART</button></div>'
        + cards(
            NG,
            "Customers who viewed this also viewed",
            [("Crucial MX300 525GB SATA 2.5&quot; 7mm Internal SSD", "$139.99")],
            name_tag="a",
        )
        + footer("Newegg", NG),
    ),
    'Samsung 850 EVO 2.5" 500GB SATA III 3-D Vertical Internal Solid State Drive (SSD) MZ-75E500B/AM',
)

case(
    "target-2017-span-in-h1-no-ld",
    f"{TG}/p/threshold-blackout-curtain-panel/-/A-50012345",
    doc(
        "Blackout Window Curtain Panel - Threshold&#8482; : Target",
        header("Target", TG, ["Women", "Men", "Home", "Furniture", "Kitchen", "Baby"])
        + crumbs(TG, "Target", "Home", "Curtains &amp; Drapes")
        + '<div class="h-padding-h-default"><h1 class="title-product" data-test="product-title"><span>Blackout Window Curtain Panel '
        "- Threshold&#8482;</span></h1>"
        '<div class="ratings">4.5 stars (456)</div><div data-test="product-price">$14.99 - $34.99</div>'
        "<div>Color: <b>Gray</b></div><div>Size: <b>95&quot;x50&quot;</b></div><button>Add to cart</button></div>"
        + gallery(TG, "curtain", "Blackout Window Curtain Panel - Threshold™")
        + cards(
            TG,
            "More to consider",
            [("Blackout Curtain Panel - Room Essentials&#8482;", "$10.00")],
            name_tag="a",
        )
        + footer("Target", TG),
    ),
    "Blackout Window Curtain Panel - Threshold™",
)

case(
    "macys-2017-itemprop-h1-brand-link",
    f"{MC}/shop/product/levis-mens-505-regular-fit-jeans?ID=1234567",
    doc(
        "Levi's&#174; Men's 505&#8482; Regular Fit Jeans - Jeans - Men - Macy's",
        header("Macy's", MC, ["Home", "Women", "Men", "Juniors", "Kids", "Beauty", "Shoes"])
        + md_crumbs("Men", "Jeans")
        + '<div id="productDetails" itemscope itemtype="http://schema.org/Product">'
        '<div class="brandNameLink"><a href="/shop/mens-clothing/levis?id=1234">Levi\'s</a></div>'
        '<h1 itemprop="name" class="productName">Levi\'s&#174; Men\'s 505&#8482; Regular Fit Jeans</h1>'
        '<div class="productID">Web ID: 1234567</div>'
        + gallery(MC, "levis-505", "Levi's® Men's 505™ Regular Fit Jeans")
        + '<div class="prices" itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span class="colorway-price">'
        '<span>Orig. $59.50</span><span class="price-sale" itemprop="price" content="39.99">Sale $39.99</span></span>'
        '<meta itemprop="priceCurrency" content="USD"></div><button>Add to Bag</button>'
        + md_reviews(("Perfect fit", "Mike"))
        + "</div>"
        + cards(
            MC,
            "Customers Also Shopped",
            [("Levi's&#174; Men's 501&#174; Original Fit Jeans", "$49.99")],
            name_tag="div",
        )
        + footer("Macy's", MC),
    ),
    "Levi's® Men's 505™ Regular Fit Jeans",
)

SE = "https://www.sears.com"

case(
    "sears-2017-itemprop-h1-store-suffix",
    f"{SE}/craftsman-230-pc-mechanics-tool-set/p-00936230000P",
    doc(
        "Craftsman 230 pc. Mechanics Tool Set with 3-Drawer Case - Sears",
        header("Sears", SE, ["Appliances", "Tools", "Lawn &amp; Garden", "Home", "Clothing"])
        + md_crumbs("Tools", "Hand Tools", "Mechanics Tool Sets")
        + '<div itemscope itemtype="http://schema.org/Product"><h1 class="product-title" itemprop="name">'
        "Craftsman 230 pc. Mechanics Tool Set with 3-Drawer Case</h1>"
        '<small class="item-number">Item# 00936230000 | Model# 36230</small>'
        + gallery(SE, "00936230000", "Craftsman 230 pc. Mechanics Tool Set with 3-Drawer Case")
        + '<div class="price-wrapper" itemprop="offers" itemscope itemtype="http://schema.org/Offer"><h4 class="redSalePrice">'
        '<span itemprop="price" content="149.99">$149.99</span></h4><meta itemprop="priceCurrency" content="USD">'
        '<span class="reg">Reg. $299.99</span></div><button>Add to Cart</button>'
        + md_reviews(("Great set", "Joe"))
        + "</div>"
        + footer("Sears", SE),
    ),
    "Craftsman 230 pc. Mechanics Tool Set with 3-Drawer Case",
)

case(
    "staples-2017-registered-mark-title",
    f"{ST}/Post-it-Super-Sticky-Notes-3-x-3-Assorted-Colors-24-Pads-Pack/product_1234567",
    doc(
        "Post-it&#174; Super Sticky Notes, 3&quot; x 3&quot;, Assorted Colors, 24 Pads/Pack | Staples&#174;",
        header("Staples", ST, ["Office Supplies", "Ink &amp; Toner", "Paper", "Technology", "Furniture"])
        + md_crumbs("Office Supplies", "Notes &amp; Pads", "Sticky Notes")
        + '<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name" id="product_title" class="stp--product-title">'
        "Post-it&#174; Super Sticky Notes, 3&quot; x 3&quot;, Assorted Colors, 24 Pads/Pack</h1>"
        '<div class="stp--item-number">Item: 1234567 | Model: 654-24SSCP</div>'
        + gallery(ST, "s1234567", "Post-it® Super Sticky Notes")
        + '<div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span class="stp--price" itemprop="price" content="24.49">'
        '$24.49</span><meta itemprop="priceCurrency" content="USD"></div><button>Add to cart</button></div>'
        + footer("Staples", ST),
    ),
    'Post-it® Super Sticky Notes, 3" x 3", Assorted Colors, 24 Pads/Pack',
)

# ---- batch 2: shapes of today's pages -------------------------------------------------------------------

case(
    "dicks-buybox-in-aside",
    f"{DK}/p/yeti-rambler-20-oz-tumbler-with-magslider-lid-17yetarmblr20zzzztmb/17yetarmblr20zzzztmb",
    doc(
        "YETI Rambler 20 oz. Tumbler with MagSlider Lid | Dick's Sporting Goods",
        header("DICK'S Sporting Goods", DK, ["Shop By Sport", "Men", "Women", "Kids", "Footwear", "Outdoor"])
        + crumbs(DK, "Home", "Outdoor", "Camping", "Drinkware")
        + '<main class="pdp"><div class="pdp-left">'
        + gallery(DK, "yeti-rambler-20", "YETI Rambler 20 oz. Tumbler with MagSlider Lid")
        + '</div><aside class="pdp-right" aria-label="Product information"><h1 class="product-title">YETI Rambler 20 oz. Tumbler with '
        'MagSlider Lid</h1><div class="ratings">4.9 (3,210)</div><span class="price">$35.00</span>'
        "<div>Color: Navy</div><button>Add to Cart</button><div>Free Store Pickup</div></aside></main>"
        + cards(
            DK,
            "Customers Also Viewed",
            [
                ("Hydro Flask 20 oz. All Around Tumbler", "$29.95"),
                ("Stanley 30 oz. Quencher H2.0 FlowState Tumbler", "$35.00"),
            ],
        )
        + footer("DICK'S Sporting Goods", DK),
    ),
    "YETI Rambler 20 oz. Tumbler with MagSlider Lid",
)

case(
    "walmart-sticky-bar-and-added-modal",
    f"{WM}/ip/Keurig-K-Mini-Single-Serve-Coffee-Maker-Black/123987456",
    doc(
        "Keurig K-Mini Single Serve Coffee Maker, Black - Walmart.com",
        header("Walmart", WM, WM_MENUS)
        + '<div class="sticky-atc" aria-hidden="true"><img src="/images/kmini-thumb.jpg" alt=""><span class="sticky-atc__title">'
        'Keurig K-Mini Single Serve Coffee Maker, Black</span><span>$59.00</span><button tabindex="-1">Add to cart</button></div>'
        + crumbs(WM, "Home", "Home Appliances", "Coffee Makers", "Single Serve Coffee Makers")
        + gallery(WM, "kmini", "Keurig K-Mini Single Serve Coffee Maker, Black")
        + '<section data-testid="sticky-buy-box"><a href="/brand/keurig" class="underline">Keurig</a>'
        '<h1 id="main-title" itemprop="name">Keurig K-Mini Single Serve Coffee Maker, Black</h1>'
        '<span itemprop="price">$59.00</span><span class="strike">$99.99</span><button>Add to cart</button></section>'
        '<div role="dialog" aria-modal="true" class="atc-modal hidden"><h2>Added to cart</h2><div class="atc-item">'
        '<img src="/images/kmini-thumb.jpg" alt=""><span class="product-title">Keurig K-Mini Single Serve Coffee Maker, Black</span>'
        '<span>$59.00</span></div><a href="/cart">View cart</a><button>Continue shopping</button>'
        '<h3>Frequently bought together</h3><div class="product-title">Keurig K-Cup Pods Variety Pack, 40 Count</div><span>$21.98</span></div>'
        + cards(
            WM,
            "Popular items in this category",
            [("Keurig K-Express Coffee Maker, Single Serve K-Cup Pod Coffee Brewer", "$69.00")],
        )
        + footer("Walmart", WM),
    ),
    "Keurig K-Mini Single Serve Coffee Maker, Black",
)

case(
    "bestbuy-ld-name-truncated-ellipsis",
    f"{BB}/site/samsung-65-class-du7200-crystal-uhd-4k-smart-tizen-tv/6576432.p?skuId=6576432",
    doc(
        "Samsung 65&quot; Class DU7200 Crystal UHD 4K Smart Tizen TV (2024) UN65DU7200FXZA - Best Buy",
        header("Best Buy", BB, BB_MENUS)
        + crumbs(BB, "Best Buy", "TV &amp; Home Theater", "TVs", "All TVs")
        + '<div class="sku-title"><h1 class="heading-5 v-fw-regular">Samsung - 65&quot; Class DU7200 Crystal UHD 4K Smart Tizen TV (2024)</h1></div>'
        '<div class="disclaimer">Model: UN65DU7200FXZA SKU: 6576432</div>'
        + gallery(
            BB, "6576432", "Samsung - 65&quot; Class DU7200 Crystal UHD 4K Smart Tizen TV (2024) - Front_Zoom"
        )
        + '<div class="priceView-hero-price"><span>$429.99</span></div><button>Add to Cart</button>'
        + cards(
            BB,
            "Customers also viewed",
            [("LG - 65&quot; Class UQ75 Series LED 4K UHD Smart webOS TV", "$449.99")],
            name_tag="h4",
        )
        + footer("Best Buy", BB),
        ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": 'Samsung - 65" Class DU7200 Crystal...',
                "sku": "6576432",
                "model": "UN65DU7200FXZA",
                "offers": {"@type": "Offer", "price": 429.99, "priceCurrency": "USD"},
            }
        ),
    ),
    'Samsung - 65" Class DU7200 Crystal UHD 4K Smart Tizen TV (2024)',
)

case(
    "chewy-ld-name-model-short",
    f"{CH}/kong-classic-dog-toy-large/dp/46536",
    doc(
        "KONG Classic Dog Toy, Large - Chewy.com",
        header("Chewy", CH, ["Shop by Pet", "Deals", "Pharmacy", "Autoship"])
        + crumbs(CH, "Dog", "Toys", "Chew Toys")
        + gallery(CH, "46536", "KONG Classic Dog Toy, Large")
        + '<div class="kib-product-title"><div class="styles_byLine">By <a href="/b/kong-2006">KONG</a></div>'
        '<h1 class="styles_productName">KONG Classic Dog Toy, Large</h1></div><div class="kib-product-price">$14.99</div>'
        "<button>Add to Cart</button>"
        + cards(CH, "Customers Also Bought", [("Nylabone Power Chew Flavored Durable Chew Toy", "$10.99")])
        + footer("Chewy", CH),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Classic",
                "brand": {"@type": "Brand", "name": "KONG"},
                "offers": {"@type": "Offer", "price": "14.99", "priceCurrency": "USD"},
            }
        ),
    ),
    "KONG Classic Dog Toy, Large",
)

case(
    "nordstrom-designer-only-h1-name-below",
    f"{NS}/s/gucci-horsebit-1955-leather-shoulder-bag/7123456",
    doc(
        "Gucci Horsebit 1955 Leather Shoulder Bag | Nordstrom",
        header("Nordstrom", NS, ["Sale", "Women", "Men", "Designer", "Beauty"])
        + crumbs(NS, "Home", "Designer", "Handbags")
        + gallery(NS, "gucci-horsebit", "Gucci Horsebit 1955 Leather Shoulder Bag", 5)
        + '<div class="product-heading"><h1 class="product-heading__designer"><a href="/brands/gucci--1234">Gucci</a></h1>'
        '<p class="product-heading__name">Horsebit 1955 Leather Shoulder Bag</p></div>'
        '<span class="price">$3,200.00</span><div>Color: Black</div><button>Add to Bag</button>'
        + cards(
            NS, "More from Gucci", [("Gucci GG Marmont Small Matelassé Leather Shoulder Bag", "$2,750.00")]
        )
        + footer("Nordstrom", NS),
    ),
    "Horsebit 1955 Leather Shoulder Bag",
)

case(
    "etsy-ld-name-double-escaped",
    f"{ET}/listing/1122334455/womens-chunky-knit-cardigan",
    doc(
        "Women&#39;s Chunky Knit Cardigan Sweater, Hand Knitted Oversized Wool Cardigan - Etsy",
        header("Etsy", ET, ["Gifts", "Home Favorites", "Fashion Finds"])
        + crumbs(ET, "Homepage", "Clothing", "Women's Clothing", "Sweaters")
        + gallery(ET, "il_794xN.39393", "Women's Chunky Knit Cardigan Sweater", 6)
        + '<h1 class="wt-text-body-01" data-buy-box-listing-title="true">Women&#39;s Chunky Knit Cardigan Sweater, Hand Knitted Oversized Wool Cardigan</h1>'
        '<div data-buy-box-region="price"><p class="wt-text-title-03">$145.00</p></div><button>Add to cart</button>'
        + reviews("Reviews for this item", [("So warm", "Beautiful work.")])
        + footer("Etsy", ET),
        ld(
            {
                "@context": "http://schema.org",
                "@type": "Product",
                "name": "Women&amp;#39;s Chunky Knit Cardigan Sweater, Hand Knitted Oversized Wool Cardigan",
                "offers": {"@type": "Offer", "price": "145.00", "priceCurrency": "USD"},
            }
        ),
    ),
    "Women's Chunky Knit Cardigan Sweater, Hand Knitted Oversized Wool Cardigan",
)

case(
    "ikea-us-og-title-caps-ld-description-name",
    f"{IK}/p/poaeng-armchair-birch-veneer-knisa-light-beige-s59306552/",
    doc(
        "POÄNG Armchair, birch veneer/Knisa light beige - IKEA",
        header("IKEA", IK, ["Products", "Rooms", "Deals", "Ideas"])
        + crumbs(IK, "Products", "Furniture", "Armchairs &amp; accent chairs")
        + gallery(
            IK,
            "poaeng-armchair-birch-veneer-knisa-light-beige__0571500_pe666933_s5",
            "POÄNG Armchair, birch veneer/Knisa light beige",
        )
        + '<h1 class="pip-header-section"><span class="pip-header-section__title--big notranslate">POÄNG</span>'
        '<span class="pip-header-section__description"><span class="pip-header-section__description-text">Armchair,</span> '
        '<span class="pip-header-section__description-measurement">birch veneer/Knisa light beige</span></span></h1>'
        '<div class="pip-temp-price"><span class="pip-temp-price__integer">149</span><span>.00</span></div><button>Add to bag</button>'
        + cards(IK, "Similar products", [("POÄNG Armchair, black-brown/Knisa black", "$149.00")])
        + footer("IKEA", IK),
        og(title="POÄNG Armchair, birch veneer/Knisa light beige - IKEA", type="product")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "POÄNG",
                "description": "Armchair, birch veneer/Knisa light beige",
                "offers": {"@type": "Offer", "price": "149.00", "priceCurrency": "USD"},
            }
        ),
    ),
    "POÄNG Armchair, birch veneer/Knisa light beige",
)

case(
    "overstock-h1-brand-link-glued",
    f"{OS}/Home-Garden/Nourison-Essentials-Indoor-Outdoor-Rug/2345678/product.html",
    doc(
        "Nourison Essentials Solid Contemporary Indoor/ Outdoor Area Rug - Overstock - 2345678",
        header("Overstock", OS, ["Furniture", "Rugs", "Decor", "Bedding"])
        + crumbs(OS, "Home", "Rugs", "Outdoor Rugs")
        + gallery(
            OS, "nourison-essentials", "Nourison Essentials Solid Contemporary Indoor/ Outdoor Area Rug"
        )
        + '<div class="product-title"><h1><a class="brand" href="/brand/nourison">Nourison</a>Essentials Solid Contemporary Indoor/ '
        'Outdoor Area Rug</h1></div><div>Item #2345678</div><div class="price">Sale $39.99</div><button>Add to Cart</button>'
        + footer("Overstock", OS),
    ),
    "Nourison Essentials Solid Contemporary Indoor/ Outdoor Area Rug",
)


# ---- kinds: the shop's words a `<title>` writes after the name (fixed in titles._clean_part) -----------------
# Each case failed before the fix (a short `<h1>`, the <title> form with the shop's words taken as a fuller name);
# the must-not-fire pages passed before and pass after.


def furniture_page(base: str, shop: str, title: str, h1: str, byline: str, head: str = "") -> str:
    return doc(
        title,
        header(shop, base, ["Furniture", "Outdoor", "Decor", "Rugs", "Sale"])
        + crumbs(base, "Furniture", "Living Room Furniture", "Sofas")
        + gallery(base, "sofa", h1, 6)
        + f'<div class="ProductDetailInfoBlock"><h1 class="pl-Heading">{h1}</h1>'
        + (f'<p class="ManufacturerInfo">By <a href="{base}/brand/x">{byline}</a></p>' if byline else "")
        + '<div class="BasePriceBlock"><span>$689.99</span><s>$1,049.00</s></div><button>Add to Cart</button></div>'
        + cards(
            base,
            "Customers Also Viewed",
            [
                ("Lark Manor&#8482; Abhimanyu 82'' Sofa", "$529.99"),
                ("Zipcode Design&#8482; Alaina 83'' Sofa", "$449.99"),
            ],
            name_tag="p",
        )
        + reviews("Reviews", [("Comfortable", "Great for naps.")])
        + footer(shop, base),
        head,
    )


case(
    "kind-wayfair-short-name-reviews-tail",
    f"{WF}/furniture/pdp/lark-manor-kinsey-sofa-w005123456.html",
    furniture_page(
        WF,
        "Wayfair",
        "Lark Manor&#8482; Kinsey Sofa &amp; Reviews | Wayfair",
        "Kinsey Sofa",
        "Lark Manor&#8482;",
    ),
    "Kinsey Sofa",
)

case(
    "kind-crate-ld-name-plus-reviews",
    f"{CB}/gather-sofa/s654321",
    furniture_page(
        CB,
        "Crate &amp; Barrel",
        "Gather Sofa + Reviews | Crate &amp; Barrel",
        "Gather Sofa",
        "",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Gather Sofa + Reviews | Crate & Barrel",
                "offers": {"@type": "Offer", "price": "689.99", "priceCurrency": "USD"},
            }
        ),
    ),
    "Gather Sofa",
)

case(
    "kind-lowes-short-name-department-tail",
    f"{LW}/pd/Ring-Battery-Doorbell/5014123456",
    doc(
        "Ring Battery Doorbell in the Video Doorbells department at Lowes.com",
        header("Lowe's", LW, ["Shop", "Savings", "DIY Projects &amp; Ideas", "Lowe's Pro"])
        + crumbs(LW, "Home", "Smart Home", "Home Security", "Video Doorbells")
        + '<h1 class="styles__H1-sc"><span class="brand-name">Ring</span> Battery Doorbell</h1>'
        "<div>Item #5014123456 | Model #B0BZWRSRWV</div>"
        + gallery(LW, "ring-battery", "Ring Battery Doorbell")
        + '<span class="final-price">$99.99</span><button>Add to Cart</button>'
        + cards(LW, "Similar Products", [("Google Nest Doorbell (battery) Snow", "$179.99")])
        + footer("Lowe's", LW),
    ),
    "Ring Battery Doorbell",
)

case(
    "kind-bh-short-name-glued-shop",
    f"{BH}/c/product/1548503-REG/manfrotto_mkbfrla4bk_bh_befree_advanced.html",
    doc(
        "Manfrotto Befree Advanced Travel Tripod MKBFRLA4BK-BH B&amp;H Photo Video",
        header(
            "B&amp;H", BH, ["Computers", "Photography", "Lighting &amp; Studio", "Pro Video", "Audio", "Used"]
        )
        + crumbs(BH, "Photography", "Tripods &amp; Supports", "Tripods")
        + '<h1 data-selenium="productTitle"><span data-selenium="productTitleBrand">Manfrotto</span> Befree Advanced Travel Tripod</h1>'
        '<div data-selenium="codeCrumb">BH #MABFRLA4BK &#8226; MFR #MKBFRLA4BK-BH</div>'
        + gallery(BH, "manfrotto_befree", "Manfrotto Befree Advanced Travel Tripod")
        + '<div data-selenium="pricingPrice">$219.88</div><button data-selenium="addToCartButton">Add to Cart</button>'
        + footer("B&amp;H Photo", BH),
    ),
    "Manfrotto Befree Advanced Travel Tripod",
)

not_fire(
    "nf-book-named-essays-and-reviews",
    "https://www.powells.com/book/collected-essays-reviews-9780811234567",
    doc(
        "Collected Essays &amp; Reviews | Powell's Books",
        header("Powell's Books", "https://www.powells.com", ["Books", "Used Books", "Staff Picks", "Gifts"])
        + crumbs("https://www.powells.com", "Home", "Literature", "Essays")
        + gallery("https://www.powells.com", "9780811234567", "Collected Essays &amp; Reviews")
        + '<div class="book-info"><h1 class="book-title">Collected Essays &amp; Reviews</h1><p class="author">by Randall Jarrell</p>'
        '<div class="price">$18.95</div><button>Add to Cart</button></div>'
        + cards("https://www.powells.com", "Customers also bought", [("Poetry and the Age", "$16.95")])
        + footer("Powell's Books", "https://www.powells.com"),
    ),
    "Collected Essays & Reviews",
)

not_fire(
    "nf-book-ending-in-the-department",
    "https://www.barnesandnoble.com/w/murder-in-the-math-department-jane-doe/1140012345",
    doc(
        "Murder in the Math Department by Jane Doe, Paperback | Barnes &amp; Noble&#174;",
        header(
            "Barnes &amp; Noble",
            "https://www.barnesandnoble.com",
            ["Books", "Fiction", "Nonfiction", "eBooks", "Toys &amp; Games"],
        )
        + crumbs("https://www.barnesandnoble.com", "Home", "Books", "Mystery &amp; Crime")
        + gallery("https://www.barnesandnoble.com", "9781234567897", "Murder in the Math Department")
        + '<div class="product-info"><h1 class="pdp-header-title">Murder in the Math Department</h1>'
        '<span class="contributors">by <a href="/s/jane-doe">Jane Doe</a></span><div class="price">$16.99</div>'
        "<button>Add to Cart</button></div>" + footer("Barnes &amp; Noble", "https://www.barnesandnoble.com"),
    ),
    "Murder in the Math Department",
)

not_fire(
    "nf-department-56-name",
    f"{MC}/shop/product/department-56-snow-village-christmas-shop?ID=9912345",
    doc(
        "Department 56 Snow Village Christmas Shop - Macy's",
        header("Macy's", MC, ["Women", "Men", "Home", "Holiday Lane"])
        + crumbs(MC, "Home", "Holiday Lane", "Christmas Villages")
        + '<h1 class="product-title"><span class="product-name">Department 56 Snow Village Christmas Shop</span></h1>'
        + gallery(MC, "dept56", "Department 56 Snow Village Christmas Shop")
        + '<span class="price">$85.00</span><button>Add To Bag</button>'
        + footer("Macy's", MC),
    ),
    "Department 56 Snow Village Christmas Shop",
)

not_fire(
    "nf-bestbuy-gift-card-shop-words-left",
    f"{BB}/site/best-buy-gift-card-50/6412345.p?skuId=6412345",
    doc(
        "Gift Card Best Buy",
        header("Best Buy", BB, BB_MENUS)
        + crumbs(BB, "Best Buy", "Gift Cards")
        + '<div class="sku-title"><h1 class="heading-5">Best Buy Gift Card $50</h1></div><div>SKU: 6412345</div>'
        + gallery(BB, "6412345", "Best Buy Gift Card $50")
        + '<div class="priceView-hero-price"><span>$50.00</span></div><button>Add to Cart</button>'
        + footer("Best Buy", BB),
    ),
    "Best Buy Gift Card $50",
)

not_fire(
    "nf-bh-title-with-separator",
    f"{BH}/c/product/1756230-REG/canon_5666c002_eos_r6_mark_ii.html",
    doc(
        "Canon EOS R6 Mark II Mirrorless Camera 5666C002 | B&amp;H Photo",
        header("B&amp;H", BH, ["Computers", "Photography", "Pro Video", "Audio"])
        + crumbs(BH, "Photography", "Cameras", "Mirrorless Cameras")
        + '<h1 data-selenium="productTitle"><span data-selenium="productTitleBrand">Canon</span> EOS R6 Mark II Mirrorless Camera</h1>'
        + gallery(BH, "canon_r6ii", "Canon EOS R6 Mark II Mirrorless Camera")
        + '<div data-selenium="pricingPrice">$2,299.00</div><button>Add to Cart</button>'
        + footer("B&amp;H Photo", BH),
    ),
    "Canon EOS R6 Mark II Mirrorless Camera",
)

not_fire(
    "nf-wayfair-name-with-brand-in-h1",
    f"{WF}/furniture/pdp/wade-logan-ardon-sofa-w003456789.html",
    furniture_page(
        WF,
        "Wayfair",
        "Wade Logan&#174; Ardon 88'' Upholstered Sofa &amp; Reviews | Wayfair",
        "Wade Logan&#174; Ardon 88'' Upholstered Sofa",
        "",
    ),
    "Wade Logan® Ardon 88'' Upholstered Sofa",
)


# ---- kind: the product block's own `<header>` (fixed in titles._noise_beyond_header) ------------------------
# An `<h1>` inside a `<header>` of the product block was weighed as a banner's: the reviews' "Reviews" `<h2>`
# (its word in the <title>'s "& Reviews") won, and the <title>'s fuller form was read from it.

AM = "https://www.allmodern.com"

case(
    "kind-allmodern-h1-in-product-header",
    f"{AM}/furniture/pdp/kinsey-sofa-w007654321.html",
    doc(
        "Kinsey Sofa &amp; Reviews | AllModern",
        header("AllModern", AM, ["Furniture", "Outdoor", "Lighting", "Rugs", "Decor", "Sale"])
        + crumbs(AM, "Furniture", "Living Room Furniture", "Sofas")
        + gallery(AM, "kinsey-sofa", "Kinsey Sofa", 6)
        + '<div class="ProductDetailInfoBlock"><header class="ProductDetailInfoBlock-header"><h1 class="pl-Heading">Kinsey Sofa</h1>'
        '<p class="ManufacturerInfo">By <a href="/brand/bnd/allmodern-b1234.html">AllModern</a></p>'
        '<div class="ProductRatingNumberWithCount">4.4 | 212 Reviews</div></header>'
        '<div class="BasePriceBlock"><span>$1,149.00</span></div><button>Add to Cart</button></div>'
        + cards(AM, "Customers Also Viewed", [("Gabriel Upholstered Sofa", "$999.00")], name_tag="p")
        + reviews("Reviews", [("Gorgeous", "Firm but comfy.")])
        + footer("AllModern", AM),
    ),
    "Kinsey Sofa",
)

not_fire(
    "nf-banner-header-logo-h1-product-h2",
    "https://www.containerstore.com/s/elfa-classic-closet/12d",
    doc(
        "Elfa Classic 4' Reach-In Closet | The Container Store",
        '<header class="site-header"><h1 class="logo"><a href="/">The Container Store</a></h1>'
        '<nav><ul><li><a href="/s/closet">Closet</a></li><li><a href="/s/kitchen">Kitchen</a></li></ul></nav>'
        '<form action="/search"><input name="q"></form></header>'
        + crumbs("https://www.containerstore.com", "Home", "Closet", "Elfa Closets")
        + gallery("https://www.containerstore.com", "elfa-classic", "Elfa Classic 4' Reach-In Closet")
        + '<div class="product-info"><h2 class="product-name">Elfa Classic 4\' Reach-In Closet</h2>'
        '<span class="price">$612.00</span><button>Add to Cart</button></div>'
        + footer("The Container Store", "https://www.containerstore.com"),
    ),
    "Elfa Classic 4' Reach-In Closet",
)

not_fire(
    "nf-category-page-header-h1",
    f"{AM}/furniture/sb0/sofas-c413892.html",
    doc(
        "Modern Sofas &amp; Couches | AllModern",
        header("AllModern", AM, ["Furniture", "Outdoor", "Lighting"])
        + '<main><header class="CategoryHeader"><h1>Modern Sofas &amp; Couches</h1><p>3,421 Results</p></header>'
        + cards(
            AM,
            "Sofas",
            [
                ("Kinsey Sofa", "$1,149.00"),
                ("Gabriel Upholstered Sofa", "$999.00"),
                ("Abbott 84'' Sofa", "$1,299.00"),
                ("Hazel Sofa", "$899.00"),
            ],
            name_tag="h2",
        )
        + "</main>"
        + footer("AllModern", AM),
    ),
    None,  # type: ignore[arg-type]  # a category page: no listing
)


# ---- kind: a Product name that is the shown name and the shop's `<title>` words (titles.seo_title_of) ---------

case(
    "kind-lowes-ld-name-department-tail-short",
    f"{LW}/pd/Ring-Battery-Doorbell/5014123457",
    doc(
        "Ring Battery Doorbell in the Video Doorbells department at Lowes.com",
        header("Lowe's", LW, ["Shop", "Savings", "DIY Projects &amp; Ideas", "Lowe's Pro"])
        + crumbs(LW, "Home", "Smart Home", "Home Security", "Video Doorbells")
        + '<h1 class="styles__H1-sc">Ring Battery Doorbell</h1><div>Item #5014123457 | Model #B0BZWRSRWV</div>'
        + gallery(LW, "ring-battery", "Ring Battery Doorbell")
        + '<span class="final-price">$99.99</span><button>Add to Cart</button>'
        + cards(LW, "Similar Products", [("Google Nest Doorbell (battery) Snow", "$179.99")])
        + footer("Lowe's", LW),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Ring Battery Doorbell in the Video Doorbells department at Lowes.com",
                "offers": {"@type": "Offer", "price": 99.99, "priceCurrency": "USD"},
            }
        ),
    ),
    "Ring Battery Doorbell",
)

not_fire(
    "nf-ld-name-fuller-than-h1-words-after",
    f"{LW}/pd/Ring-Battery-Doorbell-Plus/5014123458",
    doc(
        "Ring Battery Doorbell Plus with Head-to-Toe Video in the Video Doorbells department at Lowes.com",
        header("Lowe's", LW, ["Shop", "Savings", "DIY Projects &amp; Ideas"])
        + crumbs(LW, "Home", "Smart Home", "Video Doorbells")
        + '<h1 class="styles__H1-sc">Ring Battery Doorbell Plus with Head-to-Toe Video</h1>'
        + gallery(LW, "ring-battery-plus", "Ring Battery Doorbell Plus")
        + '<span class="final-price">$149.99</span><button>Add to Cart</button>'
        + footer("Lowe's", LW),
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Ring Battery Doorbell Plus with Head-to-Toe Video, Satin Nickel",
                "offers": {"@type": "Offer", "price": 149.99, "priceCurrency": "USD"},
            }
        ),
    ),
    "Ring Battery Doorbell Plus with Head-to-Toe Video, Satin Nickel",
)


# ---- left: a bookshop's "by AUTHOR, FORMAT" after the book's name in the `<title>` (strict xfails)

BN = "https://www.barnesandnoble.com"
BN_RULE = (
    "the project's rule takes B&N's <title> form 'NAME by AUTHOR, FORMAT' as the fuller name "
    "(test_market5_kinds); a short book name then fails title_match: left to the lead"
)


def bn_page(slug: str, title: str, h1: str, author: str, price: str) -> str:
    return doc(
        title,
        header(
            "Barnes &amp; Noble",
            BN,
            ["Books", "Fiction", "Nonfiction", "eBooks", "Audiobooks", "Toys &amp; Games"],
        )
        + crumbs(BN, "Home", "Books", "Fiction")
        + gallery(BN, slug, h1)
        + f'<div class="product-info"><h1 class="pdp-header-title">{h1}</h1><span class="contributors">by '
        f'<a href="/s/{slug}">{author}</a></span><div class="format">Paperback</div><div class="price">{price}</div>'
        "<button>Add to Cart</button></div>"
        + cards(
            BN,
            "Customers Who Bought This Item Also Bought",
            [("Dune Messiah", "$10.99"), ("Children of Dune", "$10.99")],
            name_tag="p",
        )
        + reviews("Customer Reviews", [("A classic", "Read it twice.")])
        + footer("Barnes &amp; Noble", BN),
    )


case(
    "kind-bn-short-book-by-author-format",
    f"{BN}/w/dune-frank-herbert/1100224386",
    bn_page(
        "dune",
        "Dune by Frank Herbert, Paperback | Barnes &amp; Noble&#174;",
        "Dune",
        "Frank Herbert",
        "$11.99",
    ),
    "Dune",
    xfail=BN_RULE,
)

case(
    "kind-bn-nook-book-format",
    f"{BN}/w/the-women-kristin-hannah/1143512345",
    bn_page(
        "the-women",
        "The Women by Kristin Hannah, NOOK Book (eBook) | Barnes &amp; Noble&#174;",
        "The Women",
        "Kristin Hannah",
        "$14.99",
    ),
    "The Women",
    xfail=BN_RULE,
)

not_fire(
    "nf-bn-book-named-by-someone",
    f"{BN}/w/stand-by-me-lee-child/1141234567",
    bn_page(
        "stand-by-me",
        "Stand by Me: A Novel | Barnes &amp; Noble&#174;",
        "Stand by Me: A Novel",
        "Lee Child",
        "$17.99",
    ),
    "Stand by Me: A Novel",
)


# ---- kind: the shop's name with a company word after it ("at Tractor Supply Co."; titles.site_test) ----------

TS = "https://www.tractorsupply.com"

case(
    "kind-tractor-supply-at-shop-co",
    f"{TS}/tsc/product/countyline-post-driver-1234567",
    doc(
        "CountyLine Post Driver at Tractor Supply Co.",
        header(
            "Tractor Supply Co.",
            TS,
            ["Farm &amp; Ranch", "Pet", "Lawn &amp; Garden", "Tools &amp; Hardware", "Clothing"],
        )
        + crumbs(TS, "Home", "Farm &amp; Ranch", "Fencing", "Fence Tools")
        + gallery(TS, "countyline-post-driver", "CountyLine Post Driver")
        + '<div class="product-details"><h1 class="product-name">CountyLine Post Driver</h1><div>SKU: 1234567</div>'
        '<div class="price">$44.99</div><button>Add to Cart</button></div>'
        + cards(TS, "Customers Also Viewed", [("CountyLine 7 ft. Steel T-Post", "$6.99")])
        + footer("Tractor Supply Co.", TS),
    ),
    "CountyLine Post Driver",
)

not_fire(
    "nf-harbor-freight-pipe-shop",
    "https://www.harborfreight.com/bauer-20v-hammer-drill-57512.html",
    doc(
        "BAUER 20V Cordless 1/2 in. Hammer Drill/Driver Kit | Harbor Freight Tools",
        header(
            "Harbor Freight",
            "https://www.harborfreight.com",
            ["Tools", "Automotive", "Generators", "Coupons"],
        )
        + crumbs("https://www.harborfreight.com", "Home", "Power Tools", "Drills")
        + '<h1 class="product__title">BAUER 20V Cordless 1/2 in. Hammer Drill/Driver Kit</h1><div>Item 57512</div>'
        + gallery("https://www.harborfreight.com", "57512", "BAUER 20V Cordless Hammer Drill")
        + '<div class="price">$79.99</div><button>Add to Cart</button>'
        + footer("Harbor Freight", "https://www.harborfreight.com"),
    ),
    "BAUER 20V Cordless 1/2 in. Hammer Drill/Driver Kit",
)


not_fire(
    "nf-crate-name-with-ampersand",
    f"{CB}/salt-and-pepper-grinder-set/s345678",
    doc(
        "Salt &amp; Pepper Grinder Set | Crate &amp; Barrel",
        header("Crate &amp; Barrel", CB, ["Furniture", "Outdoor", "Dining &amp; Kitchen", "Decor", "Sale"])
        + crumbs(CB, "Kitchen", "Kitchen Tools", "Salt &amp; Pepper")
        + gallery(CB, "salt-pepper-set", "Salt &amp; Pepper Grinder Set")
        + '<div class="product-header"><h1 class="product-name">Salt &amp; Pepper Grinder Set</h1><div class="sku">SKU 345678</div>'
        '<span class="regPrice">$49.95</span><button>Add to Cart</button></div>'
        + footer("Crate &amp; Barrel", CB),
    ),
    "Salt & Pepper Grinder Set",
)


# ---- batch 3 (after the kinds): more US chains' `<title>` forms around a whole page ---------------------------


def chain_page(base: str, shop: str, title: str, block: str, head: str = "") -> str:
    """A chain's page: header, breadcrumbs, gallery, the product block `block`, a related strip, reviews, footer."""
    return doc(
        title,
        header(
            shop,
            base,
            ["Shop All", "New", "Deals", "Brands", "Gift Ideas"],
            promo="Free shipping on orders $49+",
        )
        + crumbs(base, "Home", "Department", "Category")
        + gallery(base, "item", "product photo")
        + block
        + cards(base, "You May Also Like", [("Other Product One", "$19.99"), ("Other Product Two", "$24.99")])
        + reviews("Customer Reviews", [("Love it", "Great quality."), ("Good value", "Would buy again.")])
        + footer(shop, base),
        head,
    )


LL = "https://www.llbean.com"
case(
    "llbean-category-and-at-shop",
    f"{LL}/llb/shop/12345?page=mens-wicked-good-moccasins",
    chain_page(
        LL,
        "L.L.Bean",
        "Men's Wicked Good Moccasins | Slippers at L.L.Bean",
        '<div class="product-info"><h1 class="product-name">Men\'s Wicked Good Moccasins</h1>'
        '<div class="price">$89.00</div><div>Item # 200501</div><button>Add to Bag</button></div>',
    ),
    "Men's Wicked Good Moccasins",
)

AH = "https://www.acehardware.com"
case(
    "ace-hardware-at-shop-no-h1-class",
    f"{AH}/departments/outdoor-living/grills-and-smokers/gas-grills/8014123",
    chain_page(
        AH,
        "Ace Hardware",
        "Weber Spirit E-310 Propane Gas Grill Black at Ace Hardware",
        '<div class="mz-pagetitle"><h1>Weber Spirit E-310 Propane Gas Grill Black</h1></div>'
        '<div>Item # 8014123</div><div class="mz-price">$549.00</div><button>Add to Cart</button>',
    ),
    "Weber Spirit E-310 Propane Gas Grill Black",
)

MN = "https://www.menards.com"
case(
    "menards-registered-shop-suffix",
    f"{MN}/main/tools/power-tools/table-saws/masterforce-10-table-saw/241-1234/p-1444444.htm",
    chain_page(
        MN,
        "Menards",
        "Masterforce&#174; 10&quot; Portable Jobsite Table Saw at Menards&#174;",
        '<div class="product-details"><h1 class="h3">Masterforce&#174; 10&quot; Portable Jobsite Table Saw</h1>'
        '<div>Model Number: 241-1234 | Menards &#174; SKU: 2411234</div><div class="price">$199.00</div>'
        "<button>Add to Cart</button></div>",
    ),
    'Masterforce® 10" Portable Jobsite Table Saw',
)

BBB = "https://www.bedbathandbeyond.com"
case(
    "bed-bath-beyond-ampersand-shop-ld-suffix",
    f"{BBB}/store/product/ninja-creami-ice-cream-maker/5512345",
    chain_page(
        BBB,
        "Bed Bath &amp; Beyond",
        "Ninja CREAMi Ice Cream Maker | Bed Bath &amp; Beyond",
        '<div class="pdp-title"><h1>Ninja CREAMi Ice Cream Maker</h1></div><div class="price">$199.99</div>'
        "<button>Add to Cart</button>",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Ninja CREAMi Ice Cream Maker | Bed Bath & Beyond",
                "offers": {"@type": "Offer", "price": "199.99", "priceCurrency": "USD"},
            }
        ),
    ),
    "Ninja CREAMi Ice Cream Maker",
)

MI = "https://www.michaels.com"
case(
    "michaels-by-house-brand-in-name",
    f"{MI}/product/assorted-floral-picks-by-ashland-10712345",
    chain_page(
        MI,
        "Michaels",
        "Assorted Floral Picks by Ashland&#174; | Michaels",
        '<div class="product-main"><h1 class="product-name">Assorted Floral Picks by Ashland&#174;</h1>'
        '<div>Item #: 10712345</div><div class="price">$2.99</div><button>Add to Cart</button></div>',
    ),
    "Assorted Floral Picks by Ashland®",
)

DL = "https://www.dillards.com"
case(
    "dillards-brand-span-in-h1",
    f"{DL}/p/antonio-melani-brenna-crepe-sheath-dress/512345678",
    chain_page(
        DL,
        "Dillard's",
        "Antonio Melani Brenna Crepe Sheath Dress | Dillard's",
        '<div class="product__title"><h1><span class="product__title--brand">Antonio Melani</span> '
        '<span class="product__title--desc">Brenna Crepe Sheath Dress</span></h1></div>'
        '<div class="price">$139.00</div><button>Add To Bag</button>',
    ),
    "Antonio Melani Brenna Crepe Sheath Dress",
)

SK = "https://www.saksfifthavenue.com"
case(
    "saks-designer-dash-name-title",
    f"{SK}/product/gucci-horsebit-1955-shoulder-bag-0400012345678.html",
    chain_page(
        SK,
        "Saks Fifth Avenue",
        "Gucci - Horsebit 1955 Shoulder Bag | Saks Fifth Avenue",
        '<div class="product-brand"><a href="/c/designers/gucci">Gucci</a></div>'
        '<h1 class="product-name">Horsebit 1955 Shoulder Bag</h1><div class="price">$3,200.00</div>'
        "<button>Add to Bag</button>",
    ),
    "Horsebit 1955 Shoulder Bag",
)

FL = "https://www.footlocker.com"
case(
    "footlocker-name-and-gender-spans",
    f"{FL}/product/nike-air-force-1-low-mens/CW2288111.html",
    chain_page(
        FL,
        "Foot Locker",
        "Nike Air Force 1 Low - Men's | Foot Locker",
        '<h1 id="pageTitle" class="ProductName"><span class="ProductName-primary">Nike Air Force 1 Low</span>'
        '<span class="ProductName-alt">Men\'s &#8226; White/White</span></h1>'
        '<div class="ProductPrice">$115.00</div><button>Add To Cart</button>',
    ),
    "Nike Air Force 1 Low",
)

HF = "https://www.harborfreight.com"
case(
    "harbor-freight-company-word-og-only",
    f"{HF}/20v-hammer-drill-57512.html",
    chain_page(
        HF,
        "Harbor Freight",
        "BAUER 20V Hammer Drill | Harbor Freight Tools",
        '<div class="product__details"><div class="product__title">BAUER 20V Hammer Drill</div>'
        '<div>SKU 57512</div><div class="price">$79.99</div><button>Add to Cart</button></div>',
        og(title="BAUER 20V Hammer Drill | Harbor Freight Tools", type="product"),
    ),
    "BAUER 20V Hammer Drill",
)

TRU = "https://www.toysrus.com"
case(
    "toysrus-2017-quoted-shop-name",
    f"{TRU}/buy/lego-sets/lego-star-wars-millennium-falcon-75105-12345678",
    chain_page(
        TRU,
        'Toys"R"Us',
        'LEGO Star Wars Millennium Falcon (75105) | Toys"R"Us',
        '<div id="rightSide"><div id="priceReviewAge"><h1 itemprop="name">LEGO Star Wars Millennium Falcon (75105)</h1>'
        '<div class="price">$149.99</div></div><div id="buyWrapper"><button>Add to Cart</button></div></div>',
    ),
    "LEGO Star Wars Millennium Falcon (75105)",
)


@pytest.mark.parametrize("c", case_params(CASES))
def test_title(c: Case) -> None:
    assert mistakes(c) == ""


@pytest.mark.parametrize("c", case_params(NOT_FIRE))
def test_title_not_fire(c: Case) -> None:
    assert mistakes(c) == ""
