"""Title review 9 (issue 14, title helper): whole US shop product pages as they were served in 2017.

The benchmark's pages are US shop pages saved in 2017; on its held-out half 17 of 48 titles came from
the heuristics. Each case here is a whole page of that era, mostly without structured data (no JSON-LD,
no microdata, no og:title): header with logo, menus, search, account and cart, breadcrumbs, gallery
(MagicZoom, Cloud Zoom, Scene7, Magento's zoom slider), buy box, spec tables, reviews with their own
headlines, other products' cards, footer with its headings, on the platforms of 2017: Magento 1.9 rwd
(the name in `<span class="h1">`) and default (`div.product-name h1`, sidebar blocks, the review form's
"You're reviewing:"), WooCommerce 3.0 on a theme writing `h1.site-title` on every page and `<h2>` loop
titles, Shopify 2017 (Supply's `<h1 class="h2">`, `div.h1` logo), BigCommerce Blueprint (logo `<h1>`,
name `<h2>`, side blocks' `<h2>`s), Volusion (`font.productnamecolorLARGE`), 3dcart, Miva Merchant 9
("Store: Product" titles), Yahoo Store RTML (`<font size=4><b>`), Oracle ATG, WebSphere Commerce 7
Aurora (`h1.main_header`), SAP hybris (`div.name` with "ID" and code spans), Bootstrap 3
(`.page-header h1 <small>`, `.label` badges), AngularJS 1.x (rendered bindings, `{{ }}` left in cards
and in an unrendered `<h1>`), table layouts (Fry's `<h3>`, Netrition, drugstore.com's caption `div`),
deal sites (Woot, Meh, Tanga, Zulily) and classifieds (KSL, OfferUp, Hoobly, AmericanListed): electronics,
books / media / music, office, tools / hardware, grocery, pet, auto, pharmacy, gifts. The title is checked
strictly: the same words (`bench_extraction._tokens`) as the product's name the page shows, no shop name,
breadcrumb, price or badge, or one of the case's `also` forms (the artist before an album, a book's
"by AUTHOR", the brand line shown above the name); each failure message says whether the benchmark's
looser `title_match` would have forgiven it.

Batch 1 (41 pages, written before reading titles.py; HEAD 3fe2773 with the other helpers' working tree):
FIRST LOOK: 7 of 41 failed (3 also by `title_match`):
- A (3): a `<title>` whose parts are joined by a colon right after a word, one end naming the shop, read
  whole as the fuller form of the heading: Powell's "A Gentleman in Moscow: Amor Towles: 9780670026197:
  Powell's Books" (no `title_match`), Miva Merchant's "Country Heart Gifts: Personalized Family Tree
  Canvas, 16x20", Meh's "Meh: 3-Pack: Anker PowerCore 10000 Portable Chargers";
- B (1): an AngularJS `<h1>` left unrendered, "{{ pdp.product.displayName }}", read as the title
  (Harry & David; no `title_match`);
- C (1): a discount badge inside the heading, `<span class="label label-danger">77% Off</span>` (Tanga,
  Bootstrap 3), and the same "77% Off NAME" in the `<title>`;
- D (1): Summit Racing's "Edelbrock 1406 - Edelbrock Performer Series Carburetors - Free Shipping ..."
  read as a fuller form of the `<h1>` "Edelbrock Performer Series Carburetors 1406": the run of parts only
  repeats the brand;
- no listing (1): AmericanListed's classified in `<div id="ad">` (layout._NOISE, the lead's: strict xfail).

Kinds fixed in titles.py (with HEAD's titles.py swapped in one process, /tmp-style meta-path swap, the 6
fixed cases fail as above and all `NOT_FIRE` pages pass; after the fix all pass):
A. `_title_seps`: a colon right after a word separates a `<title>`'s parts when its first or last colon
   chunk names the shop (`_site_part`), for `fuller_title` (`_doc_parts`), `title_without_shop` and
   `_shop_parts`. Must not fire: "Halo: Reach Legendary Edition - Xbox 360 | GameStop", "Sapiens: A Brief
   History of Humankind by Yuval Noah Harari | Half Price Books" (the fuller form kept), "Canon: EOS Rebel
   T7i DSLR Camera Body | Adorama" (a brand, not the shop, before the colon).
B. `_TEMPLATE_BINDING`: `{{ ... }}` (and `[[ ... ]]`) left out of a heading (`clean_title`) and of a
   `<title>` part (`_clean_part`). Must not fire: an AngularJS page whose `<h1>` is rendered and whose
   related cards keep their `{{ r.name }}` bindings.
C. `_PERCENT_OFF`: "NN% Off" (and "Save NN%", "NN% Rabatt", "de descuento", ...) opening or closing a
   heading or a `<title>` part. Must not fire: "Ghirardelli 60% Cacao ...", "Swan Isopropyl Alcohol 70%".
D. `fuller_title`: a `<title>` form whose words are all the name's (one written twice) is no fuller name.
   Must not fire: JEGS' "Edelbrock Performer Series Carburetor 1406 | JEGS" over the `<h1>` "Performer
   Series Carburetor 1406" (the brand added: the fuller form kept).
Committed in f774e15 (tests/crawler -n 1: 7366 passed, 64 xfailed; the train benchmark's output identical
with 3fe2773's titles.py swapped in).

Batch 2 (8 pages, written after reading titles.py and after batch 1's kinds; HEAD f774e15): FIRST LOOK 6
of 8 failed:
- E (1): Miva's "Rocky Mountain Chocolate Factory: Chocolate Covered Pretzels, 1 lb" on rmcf.com: the
  shop's name, spelt out from the host's initials, not read as the shop (kind A needs an end chunk naming
  the shop); and "Vintage Bait Co.: NAME" (the colon after an abbreviation's period), seen in
  `title_without_shop` while checking;
- F (1): Pep Boys' `<h1>NAME <span class="pb-part-number">Part # 26OE</span></h1>`;
- G (1): a classified's `<h1>NAME - <span class="price">$350</span> <small>(Columbus)</small></h1>` (Geebo,
  Craigslist's own form): the price left out, " - (Columbus)" kept;
- H (1): a Shopify 2017 theme's "Sold Out" tag inside the `<h1>`;
- no listing (2, the lead's files; strict xfails): Miva Merchant 5's "Add One To Basket" submit read as no
  buy control (the title is right; fixed by the lead after this round: controls._BUY reads a count between the
  verb and the cart); a Bootstrap page's category `<h1>` over the product's `<h3>` (`page.product_h2` reads an
  `<h3>` too since the lead's ee5ca56, and the product's unnamed price is no longer read as an old price after
  the "SKU: ATH-M50X" line, whose "50X" was taken for an instalment count "12x": price_text._OLD_LABEL).
Kinds fixed in titles.py (with f774e15's titles.py swapped in, exactly the 4 fixed cases fail besides the
3 xfails, all 10 `NOT_FIRE` pages and every "nf-" of `STRINGS` pass; after the fix all pass):
E. `_initials_site`: a `<title>` part of 4-6 words whose initials spell a host word is the shop's name
   (`_site_part`); `_WORD_COLON` also after a period. Must not fire: PCM's "Panasonic Cordless Microphone:
   WX-ST200 | PCM" (3 words spelling "pcm": a product's name).
F. `_LABELLED_ITEM_NO` reads "Part #", "Part No.", "Mfr. Part #". Must not fire: "Loctite Epoxy Five Minute
   Instant Mix, 2-Part, 0.47 fl oz".
G. `_name_before_price`: a heading whose price element is followed only by one bracketed group without
   digits is the text before the price. Must not fire: Craigslist's `postingtitle` (its `#titletextonly`
   read as before).
H. `_STOCK_BADGE`: "Sold Out", "Out of Stock", "Pre-Order", "Coming Soon" (and the markets' words) closing a
   heading of 2+ words, cut unless the document title writes them. Must not fire: GameStop's "Super Mario
   Odyssey Pre-Order" titled so; "Soap Coming Soon" (one word before).
Committed in 7328289 with tests/crawler -n 1: 7423 passed, 65 xfailed; the train benchmark's output
identical with f774e15's titles.py swapped in.

Batch 3 (8 pages, written after batch 2's kinds: LivingSocial's "$24 for a NAME ($79.99 Value)" deal,
letgo, ThriftBooks, Grainger's "NAME - ITEM|MODEL - Grainger", 1-800-Flowers' "NAME | 1800Flowers.com -
91333", CD Universe's table page, OfficeSupply.com's "(AVE5160)" in the name, Recycler): FIRST LOOK 3 of 8 (4 with K)
failed (HEAD 7328289):
- I (1): letgo's "Used Weber Spirit gas grill for sale in Austin - letgo" read whole as the fuller name
  (no `title_match`);
- J (1): ThriftBooks' "The Martian book by Andy Weir" read as the fuller name (no `title_match`);
- no listing (1): Recycler's photo under "/ads/" scores 0 (photos.py, the image helper's; strict xfail).
Kinds fixed in titles.py (with 7328289's titles.py swapped in, exactly the 2 fixed cases fail besides the
4 xfails; all `NOT_FIRE` pages and "nf-" strings pass; after the fix all pass):
I. `_USED_FOR_SALE` / `_FOR_SALE_TAIL` (`_clean_part`): a leading "Used" / "Pre-owned" / "Second-hand" goes
   where the part says "for sale"; "for sale (in PLACE)" closing a part of 2+ name words goes. Must not
   fire: "Pre-owned Rolex Submariner 116610LN | Bob's Watches" (no "for sale"), "Horse for sale" (one word).
J. `_SHOP_PHRASE` reads "book by" / "ebook by" / "audiobook by" after the name. Must not fire: "The Jungle
   Book by Rudyard Kipling | Powell's Books" (the "by AUTHOR" fuller form kept, the project's rule).
K. (found while checking batch 3: LivingSocial's "$24 for a Cordless Handheld Vacuum ($79.99 Value)",
   `<h1>` and `<title>`, was read whole; the case first accepted that line, then was made strict)
   `_DEAL_HEAD` / `_DEAL_VALUE` (`clean_title`, `_clean_part`): a deal site's "$N for a" or "Up to NN% Off
   on" before the name and "($N Value)" after it. Must not fire: "$5 for Coffee" (one word), "2 for 1
   Pizza Deal", "$10 Gift Card for Mom".
Committed in f68b0e6 (tests/crawler -n 1: 7493 passed, 68 xfailed; train benchmark identical).

Batch 4 (6 pages, hosted builders and carts of 2017: Big Cartel's store `<h1>` over the product's `<h2>` and
"NAME / Store" title, Wix's site-name `<h1>` and hashed `<h2 data-hook="product-title">`, an Ecwid widget's
`<h1>` under WordPress' "Shop" `entry-title`, X-Cart 4's "NAME :: Category :: Shop", an ASP.NET shop titled
"Product Details" with the name in `<h2 id="ctl00_lblProductName">`, CS-Cart 4's `<bdi>` and "Buy NAME Online
at Best Price | Shop"): FIRST LOOK 0 of 6 failed (HEAD f68b0e6).

Batch 5 (4 pages, after batch 4, aimed at text the shop writes into the name's own line): FIRST LOOK 4 of
4 failed (all within `title_match`, HEAD f68b0e6):
- L (2): a price written as text closing the `<h1>`: a Yahoo store's "Holiday Snack Tower - $49.95", "...
  Bluetooth Speaker - Now Only $78!";
- M (1): "... (Tool Only) - FREE SHIPPING!" closing the `<h1>`;
- N (1): a name in an unnamed `<div class="title">` whose brand is a `<span>` of its own: neither the span
  nor the div's own text was read, and the `<title>` less the shop ("NAME - Food Processors") was the title.
Kinds fixed in titles.py (with f68b0e6's titles.py swapped in, exactly these 4 cases fail besides the
xfails; all `NOT_FIRE` pages and "nf-" strings pass; after the fix all pass):
L/M. `_HEADING_PROMO_TAIL` (`clean_title`): after a separator, "[now|only|sale ...] $N" or "[w/] Free
   Shipping" (or "(Free Shipping)") closing a heading of 2+ name words, unless the `<title>` writes the
   amount. Must not fire: GiftCardMall's "Amazon Gift Card - $50" titled so; "Amazon Gift Card $50" (no
   separator); "Free Shipping Sign - Large".
N. `_inline_text` (`_text_in_doc_title`): an element's own text, else its whole line when all its children
   are 1-4 inline elements. Must not fire: hybris' `div.name` with its "ID" and code spans (its own text
   read, as before), test_market_pages_probe's hr-ekupi (a first version reading the whole line first
   broke both).
Committed in cff188c (tests/crawler -n 1: 7531 passed, 67 xfailed; train benchmark identical).

Batch 6 (2 pages, merchandising words the shop typed into the name, Volusion and 3dcart): FIRST LOOK 2 of
2 failed (HEAD cff188c; the first, Volusion's "NAME - NEW!", failed again with a first version of O that
kept the word where the `<title>` writes it, as Volusion's does):
O. `_MERCH_TAIL` (`clean_title`): "- NEW!", "*SALE*", "(Clearance)", "- Closeout", "- Best Seller", "- Limited
   Time Offer" closing a heading of 2+ name words; and L's labels read "Reg." / "Was" / "List" / "Retail"
   ("(Clearance) - Reg. $34.95"). Must not fire: "Pace Picante Sauce - Hot" (a flavour: "Hot" left out of
   the words), "Brand New", "Nintendo New 3DS XL Galaxy Style". Also: `_name_before_price` reads no element
   of more than 40 nodes (a block, not a heading's line).
Committed in 27af651 (tests/crawler -n 1: 7549 passed, 67 xfailed; train benchmark identical).

In all: 69 pages (2 strict xfails, neither a title read wrong), 11 must-not-fire pages, 37 strings (19
must-not-fire). AmericanListed's and Recycler's pages (no listing: their only photo, in the board's own
"/ads/<id>/" folder, scored 0) were strict xfails until the lead's 7862884 (photos.py, this review's ask).
Left for files not mine (strict xfails): controls reads Miva Merchant 5's "Add One To Basket" as no buy
control (the title right); page.product_h2 reads an `<h2>` only, not the `<h3>` under a category `<h1>`. A shop whose
name neither the host, its initials nor og:site_name spell ("Store: NAME" on an unrelated host) still has
its colon title read whole as the fuller name: `fuller_title` is given the host and og:site_name only
(extract._finish could pass the logo's alt text).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape

import pytest

from benchmarks.bench_extraction import _tokens, title_match
from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.titles import clean_title, fuller_title, title_without_shop
from tests.crawler.review_cases import case_params


@dataclass(frozen=True)
class Case:
    """A whole page and the product's name as the page shows it; `also`: other forms a careful reader
    accepts (the artist before an album's name, a book's author line)."""

    id: str
    url: str
    html: str
    title: str
    also: tuple[str, ...] = field(default=())
    xfail: str = ""


CASES: list[Case] = []
NOT_FIRE: list[Case] = []


def case(id: str, url: str, html: str, title: str, *also: str, xfail: str = "") -> None:
    CASES.append(Case(id, url, html, title, tuple(also), xfail))


def not_fire(id: str, url: str, html: str, title: str, *also: str) -> None:
    NOT_FIRE.append(Case(id, url, html, title, tuple(also)))


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def og(**tags: str) -> str:
    return "".join(f'<meta property="og:{k}" content="{escape(v)}">' for k, v in tags.items())


def mistakes(c: Case) -> str:
    """'' when extraction gives a listing whose title is the case's name (the same words, as
    `bench_extraction._tokens` reads them) or one of its `also` forms, else what it read (and whether
    the benchmark's looser `title_match` would have forgiven it)."""
    got = extract_product(c.html, c.url)
    if got is None:
        return "no listing"
    title = got.get("title") or ""
    if _tokens(title) in [_tokens(t) for t in (c.title, *c.also)]:
        return ""
    loose = "title_match" if title_match(title, c.title) else "no title_match"
    return f"title {title!r} != {c.title!r} ({loose})"


# ---- 2017 page chrome, by platform ---------------------------------------------------------------------


def page(
    title: str, body: str, head: str = "", *, body_class: str = "", doctype: str = "<!DOCTYPE html>"
) -> str:
    return (
        f'{doctype}<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
        f"<title>{title}</title>{head}"
        '<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(["_setAccount", "UA-1234567-1"]);</script>'
        f'</head><body class="{body_class}">{body}'
        '<script src="//ajax.googleapis.com/ajax/libs/jquery/1.12.4/jquery.min.js"></script></body></html>'
    )


def magento_rwd(
    base: str,
    shop: str,
    menus: list[str],
    crumbs: list[str],
    name_html: str,
    crumb_name: str,
    price: str,
    img: str,
    desc: str,
    specs: list[tuple[str, str]],
    reviews: list[tuple[str, str]],
    upsells: list[tuple[str, str]],
    review_name: str,
) -> str:
    """Magento 1.9's rwd theme: skip-link header, breadcrumbs ending in the product's name in `<strong>`,
    `div.product-name` (rwd writes the name in `<span class="h1">`, older themes in `<h1>`), price box,
    collateral tabs with `<h2>` headings, the review form's "You're reviewing:", up-sell grid with
    `<h3 class="product-name">` cards, footer blocks."""
    nav = "".join(
        f'<li class="level0 nav-{i + 1} parent"><a href="{base}/{m.lower().replace(" ", "-").replace("&amp;", "and")}.html" '
        f'class="level0 has-children">{m}</a></li>'
        for i, m in enumerate(menus)
    )
    crumb = "".join(
        f'<li class="category{10 + i}"><a href="{base}/{c.lower().replace(" ", "-")}.html" title="">{c}</a><span>/ </span></li>'
        for i, c in enumerate(crumbs)
    )
    thumbs = "".join(
        f'<li><a class="thumb-link" href="#" title="" data-image-index="{i}"><img src="{base}/media/catalog/product/cache/1/thumbnail/75x/9df78eab33525d08d6e5fb8d27136e95/{img}-{i}.jpg" width="75" height="75" alt=""></a></li>'
        for i in range(4)
    )
    spec_rows = "".join(f'<tr><th class="label">{k}</th><td class="data">{v}</td></tr>' for k, v in specs)
    revs = "".join(
        f'<dt><a href="{base}/review/product/view/id/{77 + i}/">{h}</a> Review by <span>Customer {i + 1}</span></dt>'
        f'<dd><table class="ratings-table"><tr><th>Rating</th><td><div class="rating-box"><div class="rating" style="width:100%;"></div></div></td></tr></table>'
        f'{t}<small class="date">(Posted on 6/{12 + i}/2017)</small></dd>'
        for i, (h, t) in enumerate(reviews)
    )
    ups = "".join(
        f'<li class="item"><a href="{base}/upsell-{i}.html" title="{n}" class="product-image"><img src="{base}/media/catalog/product/cache/1/small_image/280x/9df78eab33525d08d6e5fb8d27136e95/u{i}.jpg" alt="{n}"></a>'
        f'<h3 class="product-name"><a href="{base}/upsell-{i}.html" title="{n}">{n}</a></h3>'
        f'<div class="price-box"><span class="regular-price" id="product-price-{900 + i}-upsell"><span class="price">{p}</span></span></div></li>'
        for i, (n, p) in enumerate(upsells)
    )
    return (
        '<div class="wrapper"><div class="page"><header id="header" class="page-header"><div class="page-header-container">'
        f'<a class="logo" href="{base}/"><img src="{base}/skin/frontend/rwd/default/images/logo.png" alt="{shop}" class="large">'
        f'<img src="{base}/skin/frontend/rwd/default/images/logo_small.png" alt="{shop}" class="small"></a>'
        '<div class="store-language-container"></div><div class="skip-links">'
        '<a href="#header-nav" class="skip-link skip-nav"><span class="icon"></span><span class="label">Menu</span></a>'
        '<a href="#header-search" class="skip-link skip-search"><span class="icon"></span><span class="label">Search</span></a>'
        f'<div class="account-cart-wrapper"><a href="{base}/customer/account/" data-target-element="#header-account" class="skip-link skip-account"><span class="icon"></span><span class="label">Account</span></a>'
        f'<div class="header-minicart"><a href="{base}/checkout/cart/" data-target-element="#header-cart" class="skip-link skip-cart  no-count"><span class="icon"></span><span class="label">Cart</span><span class="count">0</span></a>'
        '<div id="header-cart" class="block block-cart skip-content"><p class="empty">You have no items in your shopping cart.</p></div></div></div></div>'
        f'<div id="header-nav" class="skip-content"><nav id="nav"><ol class="nav-primary">{nav}</ol></nav></div>'
        f'<div id="header-search" class="skip-content"><form id="search_mini_form" action="{base}/catalogsearch/result/" method="get">'
        '<div class="input-box"><label for="search">Search:</label><input id="search" type="search" name="q" value="" class="input-text required-entry" maxlength="128" placeholder="Search entire store here...">'
        '<button type="submit" title="Search" class="button search-button"><span><span>Search</span></span></button></div></form></div>'
        f'<div id="header-account" class="skip-content"><div class="links"><ul><li class="first"><a href="{base}/customer/account/" title="My Account">My Account</a></li>'
        f'<li><a href="{base}/wishlist/" title="My Wishlist">My Wishlist</a></li><li class="last"><a href="{base}/customer/account/login/" title="Log In">Log In</a></li></ul></div></div>'
        "</div></header>"
        '<div class="main-container col1-layout"><div class="main">'
        f'<div class="breadcrumbs"><ul><li class="home"><a href="{base}/" title="Go to Home Page">Home</a><span>/ </span></li>{crumb}'
        f'<li class="product"><strong>{crumb_name}</strong></li></ul></div>'
        '<div class="col-main"><div id="messages_product_view"></div><div class="product-view"><div class="product-essential">'
        f'<form action="{base}/checkout/cart/add/uenc/aHR0cA,,/product/4521/form_key/Xy7/" method="post" id="product_addtocart_form">'
        '<input name="form_key" type="hidden" value="Xy7"><div class="no-display"><input type="hidden" name="product" value="4521"></div>'
        '<div class="product-img-box"><div class="product-image product-image-zoom"><div class="product-image-gallery">'
        f'<img id="image-main" class="gallery-image visible" src="{base}/media/catalog/product/cache/1/image/1800x/040ec09b1e35df139433887a97daa66f/{img}.jpg" alt="{crumb_name}" title="{crumb_name}">'
        f'</div></div><div class="more-views"><h2>More Views</h2><ul class="product-image-thumbs">{thumbs}</ul></div></div>'
        f'<div class="product-shop">{name_html}'
        f'<div class="price-info"><div class="price-box"><span class="regular-price" id="product-price-4521"><span class="price">{price}</span></span></div></div>'
        '<div class="extra-info"><p class="availability in-stock"><span class="label">Availability:</span><span class="value">In stock</span></p></div>'
        f'<div class="short-description"><div class="std">{desc}</div></div></div>'
        '<div class="add-to-cart-wrapper"><div class="add-to-box"><div class="add-to-cart"><div class="qty-wrapper"><label for="qty">Qty:</label>'
        '<input type="text" pattern="\\d*" name="qty" id="qty" maxlength="12" value="1" title="Qty" class="input-text qty"></div>'
        '<div class="add-to-cart-buttons"><button type="button" title="Add to Cart" class="button btn-cart" onclick="productAddToCartForm.submit(this)"><span><span>Add to Cart</span></span></button></div></div>'
        f'<ul class="add-to-links"><li><a href="{base}/wishlist/index/add/product/4521/" class="link-wishlist">Add to Wishlist</a></li>'
        f'<li><span class="separator">|</span> <a href="{base}/catalog/product_compare/add/product/4521/" class="link-compare">Add to Compare</a></li></ul></div>'
        '<ul class="sharing-links"><li><a href="#" class="link-email-friend" title="Email to a Friend">Email to a Friend</a></li></ul></div>'
        '<div class="clearer"></div></form></div>'
        '<div class="product-collateral toggle-content tabs"><dl id="collateral-tabs" class="collateral-tabs">'
        f'<dt class="tab"><span>Description</span></dt><dd class="tab-container"><div class="tab-content"><h2>Details</h2><div class="std">{desc}</div></div></dd>'
        '<dt class="tab"><span>Additional Information</span></dt><dd class="tab-container"><div class="tab-content"><h2>Additional Information</h2>'
        f'<table class="data-table" id="product-attribute-specs-table"><col width="25%"><col><tbody>{spec_rows}</tbody></table></div></dd>'
        '<dt class="tab"><span>Reviews</span></dt><dd class="tab-container"><div class="tab-content"><div class="box-collateral box-reviews" id="customer-reviews">'
        f'<h2>Customer Reviews</h2><dl>{revs}</dl><div class="form-add"><h2>Write Your Own Review</h2>'
        f'<form action="{base}/review/product/post/id/4521/" method="post" id="review-form"><h3>You\'re reviewing:<span>{review_name}</span></h3>'
        '<h4>How do you rate this product? <em class="required">*</em></h4><ul class="form-list"><li><label for="summary_field">Summary of Your Review</label>'
        '<input type="text" name="title" id="summary_field" class="input-text required-entry"></li></ul>'
        '<button type="submit" title="Submit Review" class="button"><span><span>Submit Review</span></span></button></form></div></div></div></dd></dl>'
        f'<div class="box-collateral box-up-sell"><h2>You may also be interested in the following product(s)</h2><ul class="products-grid products-grid--max-4-col" id="upsell-product-table">{ups}</ul></div>'
        "</div></div></div></div></div>"
        '<div class="footer-container"><div class="footer"><div class="block block-subscribe"><div class="block-title"><strong><span>Newsletter</span></strong></div>'
        f'<form action="{base}/newsletter/subscriber/new/" method="post" id="newsletter-validate-detail"><div class="block-content"><div class="form-subscribe-header"><label for="newsletter">Sign Up for Our Newsletter:</label></div>'
        '<div class="input-box"><input type="email" name="email" id="newsletter" title="Sign up for our newsletter" class="input-text required-entry validate-email"></div>'
        '<div class="actions"><button type="submit" title="Subscribe" class="button"><span><span>Subscribe</span></span></button></div></div></form></div>'
        f'<div class="links"><div class="block-title"><strong><span>Company</span></strong></div><ul><li class="first"><a href="{base}/about-us">About Us</a></li><li><a href="{base}/contacts/">Contact Us</a></li><li class="last"><a href="{base}/customer-service">Customer Service</a></li></ul></div>'
        f'<div class="links"><div class="block-title"><strong><span>Quick Links</span></strong></div><ul><li class="first"><a href="{base}/catalog/seo_sitemap/category/">Site Map</a></li><li><a href="{base}/catalogsearch/term/popular/">Search Terms</a></li><li class="last"><a href="{base}/catalogsearch/advanced/">Advanced Search</a></li></ul></div>'
        f'<address class="copyright">&copy; 2017 {shop}. All Rights Reserved.</address></div></div></div></div>'
    )


def magento_default(
    base: str,
    shop: str,
    menus: list[str],
    crumbs: list[str],
    name: str,
    price_html: str,
    img: str,
    desc: str,
    related: list[tuple[str, str]],
    *,
    sku: str = "",
) -> str:
    """Magento 1's older "default" / "modern" theme (2-column-left): header with `<a class="logo"><strong>`,
    welcome message and quick access links, the left sidebar's blocks (cart, compare, poll, tags),
    `div.product-name h1`, the related-products block with `p.product-name` links."""
    nav = "".join(
        f'<li class="level0 nav-{i + 1}"><a href="{base}/{m.lower().replace(" ", "-")}.html"><span>{m}</span></a></li>'
        for i, m in enumerate(menus)
    )
    crumb = "".join(
        f'<li class="category{20 + i}"><a href="{base}/{c.lower().replace(" ", "-")}.html" title="">{c}</a><span>/ </span></li>'
        for i, c in enumerate(crumbs)
    )
    rel = "".join(
        f'<li class="item{" odd" if i % 2 else " even"}"><input type="checkbox" class="checkbox related-checkbox" id="related-checkbox{300 + i}" name="related_products[]" value="{300 + i}">'
        f'<div class="product"><a href="{base}/rel-{i}.html" title="{n}" class="product-image"><img src="{base}/media/catalog/product/cache/1/thumbnail/50x/9df78eab33525d08d6e5fb8d27136e95/r{i}.jpg" width="50" height="50" alt="{n}"></a>'
        f'<div class="product-details"><p class="product-name"><a href="{base}/rel-{i}.html">{n}</a></p><div class="price-box"><span class="regular-price" id="product-price-{300 + i}-related"><span class="price">{p}</span></span></div></div></div></li>'
        for i, (n, p) in enumerate(related)
    )
    return (
        '<div class="wrapper"><div class="page"><div class="header-container"><div class="header">'
        f'<a href="{base}/" title="{shop}" class="logo"><strong>{shop}</strong><img src="{base}/skin/frontend/default/default/images/logo.gif" alt="{shop}"></a>'
        '<div class="quick-access"><form id="search_mini_form" action="'
        + base
        + '/catalogsearch/result/" method="get"><div class="form-search">'
        '<label for="search">Search:</label><input id="search" type="text" name="q" value="" class="input-text"><button type="submit" title="Search" class="button"><span><span>Search</span></span></button></div></form>'
        f'<p class="welcome-msg">Welcome to {shop}! </p><ul class="links"><li class="first"><a href="{base}/customer/account/" title="My Account">My Account</a></li>'
        f'<li><a href="{base}/wishlist/" title="My Wishlist">My Wishlist</a></li><li><a href="{base}/checkout/cart/" title="My Cart" class="top-link-cart">My Cart</a></li>'
        f'<li><a href="{base}/checkout/" title="Checkout" class="top-link-checkout">Checkout</a></li><li class=" last"><a href="{base}/customer/account/login/" title="Log In">Log In</a></li></ul></div></div>'
        f'<div class="nav-container"><ul id="nav">{nav}</ul></div></div>'
        '<div class="main-container col2-left-layout"><div class="main">'
        f'<div class="breadcrumbs"><ul><li class="home"><a href="{base}/" title="Go to Home Page">Home</a><span>/ </span></li>{crumb}<li class="product"><strong>{name}</strong></li></ul></div>'
        '<div class="col-main"><script type="text/javascript">var optionsPrice = new Product.OptionsPrice([]);</script>'
        '<div id="messages_product_view"></div><div class="product-view"><div class="product-essential">'
        f'<form action="{base}/checkout/cart/add/uenc/aHR0cA,,/product/812/" method="post" id="product_addtocart_form">'
        '<div class="no-display"><input type="hidden" name="product" value="812"><input type="hidden" name="related_product" id="related-products-field" value=""></div>'
        f'<div class="product-shop"><div class="product-name"><h1>{name}</h1></div>'
        f'<p class="email-friend"><a href="{base}/sendfriend/product/send/id/812/">Email to a Friend</a></p>'
        f'<div class="ratings"><div class="rating-box"><div class="rating" style="width:80%"></div></div><p class="rating-links"><a href="{base}/review/product/list/id/812/">3 Review(s)</a><span class="separator">|</span><a href="{base}/review/product/list/id/812/#review-form">Add Your Review</a></p></div>'
        f'<p class="availability in-stock">Availability: <span>In stock</span></p>{price_html}'
        + (f'<div class="sku">SKU: {sku}</div>' if sku else "")
        + '<div class="add-to-box"><div class="add-to-cart"><label for="qty">Qty:</label><input type="text" name="qty" id="qty" maxlength="12" value="1" title="Qty" class="input-text qty">'
        '<button type="button" title="Add to Cart" class="button btn-cart" onclick="productAddToCartForm.submit(this)"><span><span>Add to Cart</span></span></button></div>'
        f'<span class="or">OR</span><ul class="add-to-links"><li><a href="{base}/wishlist/index/add/product/812/" class="link-wishlist">Add to Wishlist</a></li><li><span class="separator">|</span> <a href="{base}/catalog/product_compare/add/product/812/" class="link-compare">Add to Compare</a></li></ul></div>'
        f'<div class="short-description"><h2>Quick Overview</h2><div class="std">{desc}</div></div></div>'
        f'<div class="product-img-box"><p class="product-image product-image-zoom"><img id="image" src="{base}/media/catalog/product/cache/1/image/265x/9df78eab33525d08d6e5fb8d27136e95/{img}.jpg" alt="{name}" title="{name}"></p>'
        '<p class="zoom-notice" id="track_hint">Double click on above image to view full picture</p><div class="zoom"><img id="zoom_out" src="'
        + base
        + '/skin/frontend/default/default/images/slider_btn_zoom_out.gif" alt="Zoom Out" title="Zoom Out" class="btn-zoom-out">'
        '<div id="track"><div id="handle"></div></div><img id="zoom_in" src="'
        + base
        + '/skin/frontend/default/default/images/slider_btn_zoom_in.gif" alt="Zoom In" title="Zoom In" class="btn-zoom-in"></div>'
        f'<div class="more-views"><h2>More Views</h2><ul><li><a href="#" title=""><img src="{base}/media/catalog/product/cache/1/thumbnail/56x/9df78eab33525d08d6e5fb8d27136e95/{img}-2.jpg" width="56" height="56" alt=""></a></li></ul></div></div>'
        '<div class="clearer"></div></form></div>'
        f'<div class="product-collateral"><div class="box-collateral box-description"><h2>Details</h2><div class="std">{desc}</div></div>'
        '<div class="box-collateral box-tags"><h2>Product Tags</h2><h3>Add Your Tags:</h3><form id="addTagForm" action="'
        + base
        + '/tag/index/save/product/812/" method="get"><div class="form-add"><label for="productTagName">Add Tags:</label><div class="input-box"><input type="text" class="input-text required-entry" name="productTagName" id="productTagName"></div>'
        '<button type="button" title="Add Tags" class="button"><span><span>Add Tags</span></span></button></div></form><p class="note">Use spaces to separate tags. Use single quotes (\') for phrases.</p></div></div>'
        "</div></div>"
        '<div class="col-left sidebar"><div class="block block-cart"><div class="block-title"><strong><span>My Cart</span></strong></div><div class="block-content"><p class="empty">You have no items in your shopping cart.</p></div></div>'
        f'<div class="block block-related"><div class="block-title"><strong><span>Related Products</span></strong></div><div class="block-content"><p class="block-subtitle">Check items to add to the cart or&nbsp;<a href="#" onclick="selectAllRelated(this); return false;">select all</a></p><ol class="mini-products-list" id="block-related">{rel}</ol></div></div>'
        '<div class="block block-list block-compare"><div class="block-title"><strong><span>Compare Products</span></strong></div><div class="block-content"><p class="empty">You have no items to compare.</p></div></div>'
        '<div class="block block-poll"><div class="block-title"><strong><span>Community Poll</span></strong></div><form id="pollForm" action="'
        + base
        + '/poll/vote/add/poll_id/1/" method="post"><div class="block-content"><p class="block-subtitle">What is your favorite Magento feature?</p>'
        '<ul id="poll-answers"><li><input type="radio" name="vote" class="radio poll_vote" id="vote_1" value="1"><span class="label"><label for="vote_1">Layered Navigation</label></span></li></ul><div class="actions"><button type="submit" title="Vote" class="button"><span><span>Vote</span></span></button></div></div></form></div>'
        "</div></div></div>"
        f'<div class="footer-container"><div class="footer"><ul class="links"><li class="first"><a href="{base}/about-magento-demo-store/">About Us</a></li><li><a href="{base}/customer-service/">Customer Service</a></li><li class="last privacy"><a href="{base}/privacy-policy-cookie-restriction-mode/">Privacy Policy</a></li></ul>'
        f"<address>&copy; 2017 {shop}. All Rights Reserved.</address></div></div></div></div>"
    )


def woo(
    base: str,
    shop: str,
    tagline: str,
    menus: list[str],
    crumbs: list[str],
    name: str,
    price_html: str,
    img: str,
    desc: str,
    related: list[tuple[str, str]],
    *,
    site_title_h1: bool = False,
    loop_tag: str = "h2",
    reviews: int = 2,
    sku: str = "",
    cats: str = "",
) -> str:
    """WooCommerce 2.6 / 3.0 on a WordPress theme: site branding (`p.site-title`, or `h1.site-title` on
    every page in older themes), primary menu, WooCommerce breadcrumb ("Home / Cat / NAME"),
    `h1.product_title`, tabs with `<h2>` headings, "N reviews for NAME", related products whose loop
    titles are `<h2>` (3.0) or `<h3>` (2.x), sidebar widgets, footer widgets."""
    site = (
        f'<h1 class="site-title"><a href="{base}/" rel="home">{shop}</a></h1>'
        if site_title_h1
        else f'<p class="site-title"><a href="{base}/" rel="home">{shop}</a></p>'
    )
    nav = "".join(
        f'<li id="menu-item-{40 + i}" class="menu-item menu-item-type-taxonomy"><a href="{base}/product-category/{m.lower().replace(" ", "-")}/">{m}</a></li>'
        for i, m in enumerate(menus)
    )
    crumb = "".join(
        f'<a href="{base}/product-category/{c.lower().replace(" ", "-")}/">{c}</a>&nbsp;&#47;&nbsp;'
        for c in crumbs
    )
    rel = "".join(
        f'<li class="post-{500 + i} product type-product status-publish has-post-thumbnail instock shipping-taxable purchasable product-type-simple">'
        f'<a href="{base}/product/rel-{i}/" class="woocommerce-LoopProduct-link"><img width="324" height="324" src="{base}/wp-content/uploads/2017/05/rel-{i}-324x324.jpg" class="attachment-shop_catalog size-shop_catalog wp-post-image" alt="">'
        f'<{loop_tag} class="woocommerce-loop-product__title">{n}</{loop_tag}><span class="price"><span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">&#36;</span>{p}</span></span></a>'
        f'<a rel="nofollow" href="/?add-to-cart={500 + i}" data-quantity="1" data-product_id="{500 + i}" class="button product_type_simple add_to_cart_button ajax_add_to_cart">Add to cart</a></li>'
        for i, (n, p) in enumerate(related)
    )
    revs = "".join(
        f'<li class="comment byuser even thread-even depth-1" id="li-comment-{60 + i}"><div id="comment-{60 + i}" class="comment_container">'
        f'<img alt="" src="https://secure.gravatar.com/avatar/ab{i}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60">'
        '<div class="comment-text"><div class="star-rating"><span style="width:100%">Rated <strong class="rating">5</strong> out of 5</span></div>'
        f'<p class="meta"><strong class="woocommerce-review__author">Jen {i}</strong> <em class="woocommerce-review__verified verified">(verified owner)</em> &ndash; <time class="woocommerce-review__published-date" datetime="2017-04-0{i + 1}T10:00:00+00:00">April {i + 1}, 2017</time></p>'
        f'<div class="description"><p>Great, arrived quickly. Would buy again.</p></div></div></div></li>'
        for i in range(reviews)
    )
    return (
        f'<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner"><div class="col-full">'
        f'<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a><a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
        f'<div class="site-branding">{site}<p class="site-description">{tagline}</p></div>'
        f'<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="{base}/">'
        '<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label><input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s">'
        '<input type="submit" value="Search"><input type="hidden" name="post_type" value="product"></form></div></div></div>'
        f'<div class="storefront-primary-navigation"><div class="col-full"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">'
        f'<button class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button><div class="primary-navigation"><ul id="menu-primary" class="menu">{nav}</ul></div></nav>'
        f'<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="{base}/cart/" title="View your shopping cart"><span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">&#36;</span>0.00</span> <span class="count">0 items</span></a></li></ul></div></div></header>'
        f'<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb"><a href="{base}">Home</a>&nbsp;&#47;&nbsp;{crumb}{name}</nav></div></div>'
        '<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>'
        '<div id="primary" class="content-area"><main id="main" class="site-main" role="main">'
        '<div id="product-812" class="post-812 product type-product status-publish has-post-thumbnail first instock shipping-taxable purchasable product-type-simple">'
        '<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images" data-columns="4">'
        f'<figure class="woocommerce-product-gallery__wrapper"><div data-thumb="{base}/wp-content/uploads/2017/03/{img}-100x100.jpg" class="woocommerce-product-gallery__image">'
        f'<a href="{base}/wp-content/uploads/2017/03/{img}.jpg"><img width="600" height="600" src="{base}/wp-content/uploads/2017/03/{img}-600x600.jpg" class="attachment-shop_single size-shop_single wp-post-image" alt="" title="{img}" data-large_image="{base}/wp-content/uploads/2017/03/{img}.jpg" data-large_image_width="1200" data-large_image_height="1200"></a></div></figure></div>'
        f'<div class="summary entry-summary"><h1 class="product_title entry-title">{name}</h1>'
        f'<div class="woocommerce-product-rating"><div class="star-rating"><span style="width:100%">Rated <strong class="rating">5.00</strong> out of 5 based on <span class="rating">{reviews}</span> customer ratings</span></div><a href="#reviews" class="woocommerce-review-link" rel="nofollow">(<span class="count">{reviews}</span> customer reviews)</a></div>'
        f'<p class="price">{price_html}</p><div class="woocommerce-product-details__short-description"><p>{desc}</p></div>'
        f'<form class="cart" method="post" enctype="multipart/form-data"><div class="quantity"><label class="screen-reader-text" for="quantity_5a1">Quantity</label><input type="number" id="quantity_5a1" class="input-text qty text" step="1" min="1" name="quantity" value="1" title="Qty" size="4"></div>'
        '<button type="submit" name="add-to-cart" value="812" class="single_add_to_cart_button button alt">Add to cart</button></form>'
        f'<div class="product_meta">'
        + (f'<span class="sku_wrapper">SKU: <span class="sku">{sku}</span></span>' if sku else "")
        + f'<span class="posted_in">Category: {cats}</span></div></div>'
        '<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li class="description_tab" id="tab-title-description" role="tab"><a href="#tab-description">Description</a></li>'
        f'<li class="reviews_tab" id="tab-title-reviews" role="tab"><a href="#tab-reviews">Reviews ({reviews})</a></li></ul>'
        f'<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel"><h2>Description</h2><p>{desc}</p></div>'
        f'<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel"><div id="reviews" class="woocommerce-Reviews"><div id="comments">'
        f'<h2 class="woocommerce-Reviews-title">{reviews} reviews for <span>{name}</span></h2><ol class="commentlist">{revs}</ol></div>'
        '<div id="review_form_wrapper"><div id="review_form"><div id="respond" class="comment-respond"><span id="reply-title" class="comment-reply-title">Add a review</span>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-rating"><label for="rating">Your rating</label><select name="rating" id="rating"><option value="">Rate&hellip;</option><option value="5">Perfect</option></select></p>'
        '<p class="comment-form-comment"><label for="comment">Your review <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Submit"></p></form></div></div></div></div></div></div>'
        f'<section class="related products"><h2>Related products</h2><ul class="products columns-3">{rel}</ul></section></div>'
        "</main></div>"
        '<div id="secondary" class="widget-area" role="complementary"><div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories"><span class="gamma widget-title">Product Categories</span>'
        f'<ul class="product-categories">'
        + "".join(
            f'<li class="cat-item"><a href="{base}/product-category/{m.lower().replace(" ", "-")}/">{m}</a></li>'
            for m in menus
        )
        + "</ul></div>"
        '<div id="woocommerce_top_rated_products-2" class="widget woocommerce widget_top_rated_products"><span class="gamma widget-title">Top Rated Products</span>'
        f'<ul class="product_list_widget"><li><a href="{base}/product/top-1/"><img width="324" height="324" src="{base}/wp-content/uploads/2017/02/top-1-324x324.jpg" alt=""><span class="product-title">{related[0][0]}</span></a><span class="woocommerce-Price-amount amount">&#36;{related[0][1]}</span></li></ul></div></div>'
        "</div></div>"
        f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full"><div class="footer-widgets row-1 col-3 fix"><div class="block footer-widget-1"><div id="text-2" class="widget widget_text"><span class="gamma widget-title">About {shop}</span><div class="textwidget">{tagline}</div></div></div>'
        f'<div class="block footer-widget-2"><div id="nav_menu-2" class="widget widget_nav_menu"><span class="gamma widget-title">Customer Care</span><ul class="menu"><li><a href="{base}/shipping/">Shipping &amp; Returns</a></li><li><a href="{base}/contact/">Contact</a></li></ul></div></div></div>'
        f'<div class="site-info">&copy; {shop} 2017<br><a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="author">Built with Storefront &amp; WooCommerce</a>.</div></div></footer></div>'
    )


def footer_2017(shop: str, base: str, cols: list[tuple[str, list[str]]] | None = None) -> str:
    """A plain 2017 footer: link columns with `<h4>` / `<h5>` headings, newsletter signup, social links."""
    cols = cols or [
        ("Customer Service", ["Contact Us", "Shipping Info", "Returns &amp; Exchanges", "Order Status"]),
        ("About Us", ["Our Story", "Careers", "Store Locations"]),
        ("My Account", ["Sign In", "Wish List", "Track Order"]),
    ]
    c = "".join(
        f'<div class="col-sm-3 footer-col"><h4>{h}</h4><ul class="list-unstyled">'
        + "".join(f'<li><a href="{base}/{x.lower().replace(" ", "-")}">{x}</a></li>' for x in links)
        + "</ul></div>"
        for h, links in cols
    )
    return (
        f'<footer id="footer"><div class="container"><div class="row">{c}<div class="col-sm-3 footer-col"><h4>Join Our Email List</h4>'
        '<form class="newsletter" action="/newsletter"><input type="email" class="form-control" placeholder="Enter your email"><button class="btn btn-primary">Sign Up</button></form>'
        f'<ul class="social"><li><a href="https://www.facebook.com/{shop.replace(" ", "")}"><i class="fa fa-facebook"></i></a></li><li><a href="https://twitter.com/{shop.replace(" ", "")}"><i class="fa fa-twitter"></i></a></li></ul></div></div>'
        f'<p class="copyright">Copyright &copy; 2017 {shop}. All rights reserved. | <a href="{base}/privacy">Privacy Policy</a> | <a href="{base}/terms">Terms of Use</a></p></div></footer>'
    )


def bs3_navbar(shop: str, base: str, menus: list[str], *, brand_html: str = "") -> str:
    """A Bootstrap 3 fixed-top navbar: brand, collapsed menu, search, account and cart."""
    lis = "".join(
        f'<li><a href="{base}/c/{m.lower().replace(" ", "-").replace("&amp;", "and")}">{m}</a></li>'
        for m in menus
    )
    brand = (
        brand_html
        or f'<a class="navbar-brand" href="{base}/"><img src="{base}/img/logo.png" alt="{shop}" height="30"></a>'
    )
    return (
        '<nav class="navbar navbar-default navbar-static-top"><div class="container"><div class="navbar-header">'
        '<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbar" aria-expanded="false"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>'
        f'{brand}</div><div id="navbar" class="collapse navbar-collapse"><ul class="nav navbar-nav">{lis}</ul>'
        f'<form class="navbar-form navbar-left" role="search" action="{base}/search"><div class="form-group"><input type="text" name="q" class="form-control" placeholder="Search"></div><button type="submit" class="btn btn-default">Go</button></form>'
        f'<ul class="nav navbar-nav navbar-right"><li><a href="{base}/account/login">Sign In</a></li><li><a href="{base}/cart"><span class="glyphicon glyphicon-shopping-cart"></span> Cart <span class="badge">0</span></a></li></ul></div></div></nav>'
    )


def bs3_crumbs(base: str, names: list[str], last: str) -> str:
    lis = "".join(f'<li><a href="{base}/c/{n.lower().replace(" ", "-")}">{n}</a></li>' for n in names)
    return (
        f'<ol class="breadcrumb"><li><a href="{base}/">Home</a></li>{lis}<li class="active">{last}</li></ol>'
    )


def bs3_cards(base: str, heading: str, items: list[tuple[str, str]], tag: str = "h4") -> str:
    c = "".join(
        f'<div class="col-xs-6 col-sm-3"><div class="thumbnail"><a href="{base}/p/{700 + i}"><img src="{base}/img/products/{700 + i}_sm.jpg" alt="{n}"></a>'
        f'<div class="caption"><{tag}><a href="{base}/p/{700 + i}">{n}</a></{tag}><p class="price">{p}</p><p><a href="{base}/cart/add/{700 + i}" class="btn btn-primary btn-sm" role="button">Add to Cart</a></p></div></div></div>'
        for i, (n, p) in enumerate(items)
    )
    return f'<div class="related"><h3 class="section-title">{heading}</h3><div class="row">{c}</div></div>'


def table_shop_header(shop: str, base: str, menus: list[str], phone: str) -> str:
    """A table-layout header of the old carts (Yahoo Store, Volusion, Miva 5): logo cell, phone, links row."""
    links = " | ".join(
        f'<a href="{base}/{m.lower().replace(" ", "-")}.html" class="toplink">{m}</a>' for m in menus
    )
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" id="header"><tr>'
        f'<td width="300"><a href="{base}/"><img src="{base}/lib/logo.gif" width="300" height="90" border="0" alt="{shop}"></a></td>'
        f'<td align="right" valign="top"><font face="Arial" size="2"><b>Call Toll Free: {phone}</b><br><a href="{base}/info.html">Customer Service</a> | '
        f'<a href="{base}/cart">View Cart</a> | <a href="{base}/account">My Account</a></font>'
        f'<form method="get" action="{base}/nsearch.html"><input type="text" name="query" size="18"><input type="submit" value="Search"></form></td></tr>'
        f'<tr><td colspan="2" bgcolor="#003366" class="navbar"><font face="Arial" size="2" color="#ffffff">{links}</font></td></tr></table>'
    )


# ---- electronics ---------------------------------------------------------------------------------------

AA = "https://www.audioadvice.com"
case(
    "magento-rwd-span-h1-electronics",
    f"{AA}/bowers-wilkins-px-wireless-headphones-space-grey.html",
    page(
        "Bowers &amp; Wilkins PX Wireless Headphones - Space Grey | Audio Advice",
        magento_rwd(
            AA,
            "Audio Advice",
            ["Speakers", "Headphones", "Home Theater", "Turntables", "Smart Home", "Sale"],
            ["Headphones", "Wireless Headphones"],
            '<div class="product-name"><span class="h1">Bowers &amp; Wilkins PX Wireless Headphones - Space Grey</span></div>',
            "Bowers &amp; Wilkins PX Wireless Headphones - Space Grey",
            "$399.99",
            "bw-px-grey",
            "Adaptive noise cancelling, 22 hours of battery life and sensors that pause your music when you lift an earcup.",
            [
                ("Manufacturer", "Bowers &amp; Wilkins"),
                ("Model", "FP39934"),
                ("Color", "Space Grey"),
                ("Warranty", "2 Years"),
            ],
            [
                ("Best ANC I have owned", "Better than my old Bose."),
                ("Comfortable", "Wore them on a 6 hour flight."),
            ],
            [
                ("Sennheiser Momentum 2.0 Wireless", "$349.95"),
                ("Bose QuietComfort 35 Wireless Headphones", "$349.00"),
                ("Sony MDR-1000X", "$349.99"),
            ],
            "Bowers &amp; Wilkins PX Wireless Headphones - Space Grey",
        ),
        body_class="catalog-product-view catalog-product-view product-bowers-wilkins-px-wireless-headphones-space-grey categorypath-headphones-html category-headphones",
    ),
    "Bowers & Wilkins PX Wireless Headphones - Space Grey",
)

MP = "https://www.monoprice.com"
case(
    "monoprice-2017-custom-title-brand-prefix",
    f"{MP}/product?p_id=13597",
    page(
        "Monoprice 8K Certified Braided Ultra High Speed HDMI Cable, 6ft Black - Monoprice.com",
        '<div id="wrapper"><div class="header-top"><div class="container"><span class="free-ship">FREE Shipping on orders over $35*</span>'
        '<ul class="top-links"><li><a href="/pages/help">Help</a></li><li><a href="/myaccount">My Account</a></li><li><a href="/cart">Cart (0)</a></li></ul></div></div>'
        '<div class="header"><div class="container"><a class="logo" href="/"><img src="/images/monoprice-logo.png" alt="Monoprice, Inc."></a>'
        '<form id="searchForm" action="/search/index"><input type="text" name="keyword" id="searchTxt" placeholder="Search Monoprice"><input type="submit" value=""></form></div>'
        '<div class="main-nav"><ul><li><a href="/category/cables">Cables</a></li><li><a href="/category/audio">Audio</a></li><li><a href="/category/tv-video">TV &amp; Video</a></li>'
        '<li><a href="/category/networking">Networking</a></li><li><a href="/category/power">Power</a></li><li><a href="/pages/deals">Deals</a></li></ul></div></div>'
        '<div class="container"><div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/category/cables">Cables</a> &gt; <a href="/category/hdmi">HDMI Cables</a> &gt; <span>8K Certified Braided HDMI</span></div>'
        '<div class="row product-page"><div class="col-md-5 product-images"><div id="largeImg"><a class="MagicZoom" id="zoom" href="/productlargeimages/135971.jpg" data-options="zoomMode: magnifier">'
        '<img src="/productmediumimages/135971.jpg" alt="Monoprice 8K Certified Braided HDMI Cable 6ft Black"></a></div>'
        '<div class="thumbnails"><a data-zoom-id="zoom" href="/productlargeimages/135972.jpg" data-image="/productmediumimages/135972.jpg"><img src="/productsmallimages/135972.jpg"></a>'
        '<a data-zoom-id="zoom" href="/productlargeimages/135973.jpg" data-image="/productmediumimages/135973.jpg"><img src="/productsmallimages/135973.jpg"></a></div></div>'
        '<div class="col-md-7 product-details"><div class="product-name">Monoprice 8K Certified Braided Ultra High Speed HDMI Cable, 6ft Black</div>'
        '<div class="product-id">Product #: <span>13597</span></div><div class="rating"><img src="/images/stars/4_5.png" alt="4.5 stars"> <a href="#reviews">(312 Reviews)</a></div>'
        '<div class="price-block"><span class="sale-price">$11.99</span><span class="list-price">List Price: <s>$16.99</s></span></div>'
        '<div class="qty-price"><table><tr><th>1-9</th><th>10-49</th><th>50+</th></tr><tr><td>$11.99</td><td>$11.49</td><td>$10.99</td></tr></table></div>'
        '<div class="stock">In Stock</div><form action="/cart/add" method="post"><input type="hidden" name="pid" value="13597"><input type="text" name="qty" value="1" size="3">'
        '<button type="submit" class="btn-add-to-cart">Add To Cart</button></form></div></div>'
        '<div class="product-tabs"><ul class="nav nav-tabs"><li class="active"><a href="#desc">Description</a></li><li><a href="#specs">Specifications</a></li><li><a href="#reviews">Reviews</a></li><li><a href="#qa">Q&amp;A</a></li></ul>'
        '<div id="desc"><h3>Product Description</h3><p>Certified by the HDMI Licensing Administrator, supports 8K@60Hz and 4K@120Hz.</p></div>'
        '<div id="specs"><table class="specs"><tr><td>Connector 1</td><td>HDMI Male</td></tr><tr><td>Length</td><td>6 ft.</td></tr><tr><td>Color</td><td>Black</td></tr></table></div>'
        '<div id="reviews"><h3>Customer Reviews</h3><div class="review"><h4>Works with my Xbox One X</h4><p>No dropouts at 4K HDR.</p></div><div class="review"><h4>Great price</h4><p>Half what the big box wanted.</p></div></div></div>'
        '<div class="also-bought"><h3>Customers Who Bought This Item Also Bought</h3><ul>'
        '<li><a href="/product?p_id=3992"><img src="/productsmallimages/39921.jpg"><span class="name">Monoprice Commercial Series HDMI Cable, 3ft</span></a><span class="price">$4.99</span></li>'
        '<li><a href="/product?p_id=8110"><img src="/productsmallimages/81101.jpg"><span class="name">Monoprice Monolith 7.1 Channel Amplifier</span></a><span class="price">$1,199.99</span></li></ul></div></div>'
        + footer_2017("Monoprice", MP)
        + "</div>",
    ),
    "Monoprice 8K Certified Braided Ultra High Speed HDMI Cable, 6ft Black",
)

FRY = "https://www.frys.com"
case(
    "frys-2017-h3-name-in-table",
    f"{FRY}/product/8996312",
    page(
        "Fry's Electronics | Western Digital 4TB WD Blue 5400 RPM SATA III 3.5&quot; Internal Hard Drive",
        '<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td>'
        '<div id="header"><a href="/"><img src="/images/frys_logo.gif" alt="Fry\'s Electronics" border="0"></a>'
        '<div id="search"><form action="/search" method="get"><input type="text" name="search_type" value=""><input type="image" src="/images/search_btn.gif" alt="Search"></form></div>'
        '<div id="toplinks"><a href="/ads">Ads</a> | <a href="/stores">Stores</a> | <a href="/help">Help</a> | <a href="/cart">Cart</a> | <a href="/account">Sign In</a></div></div>'
        '<div id="menu"><a href="/category/Outpost/Computers">Computers</a> <a href="/category/Outpost/Components">Components</a> <a href="/category/Outpost/TVs">TV &amp; Video</a> <a href="/category/Outpost/Appliances">Appliances</a></div>'
        '</td></tr><tr><td><table width="100%"><tr><td valign="top" width="160" id="leftnav"><h3>Shop by Category</h3><ul><li><a href="/category/Outpost/Hard+Drives">Hard Drives</a></li><li><a href="/category/Outpost/SSD">Solid State Drives</a></li><li><a href="/category/Outpost/Memory">Memory</a></li></ul>'
        '<h3>Today\'s Hot Deals</h3><p><a href="/product/8870011">Samsung 850 EVO 500GB SSD</a><br><b>$149.99</b></p></td>'
        '<td valign="top"><div class="breadCrumb"><a href="/">Home</a> &gt; <a href="/category/Outpost/Components">Components</a> &gt; <a href="/category/Outpost/Hard+Drives">Internal Hard Drives</a></div>'
        '<table width="100%" cellpadding="4"><tr><td valign="top" width="320"><div id="large_image"><img id="large_image" src="https://images.frys.com/art/product/box_shots/8996312.01.prod.jpg" width="300" alt=""></div>'
        '<div class="more_images"><a href="#"><img src="https://images.frys.com/art/product/thumb/8996312.02.thumb.jpg"></a></div></td>'
        '<td valign="top"><div id="ProductName"><h3 class="product_title">Western Digital 4TB WD Blue 5400 RPM SATA III 3.5&quot; Internal Hard Drive</h3></div>'
        '<div class="product_label_value"><label>Frys #:</label> 8996312 &nbsp; <label>UPC #:</label> 718037840949 &nbsp; <label>Model #:</label> WD40EZRZ</div>'
        '<div id="did_price1valuediv" class="net_price"><label class="productPrice">$99.99</label></div>'
        '<div class="rebate">After $10.00 Mail-In Rebate, see store for details</div>'
        '<div id="stock">Available for Shipping. In stock at 14 stores</div>'
        '<form name="addtocart" action="/cart/add" method="post"><input type="hidden" name="ItemId" value="8996312"><input type="submit" class="btn_add" value="Add to Cart"></form></td></tr></table>'
        '<div class="tabs"><h3>Product Features</h3><ul><li>4TB capacity</li><li>5400 RPM class</li><li>64MB cache</li></ul>'
        '<h3>Specifications</h3><table><tr><td>Interface</td><td>SATA 6 Gb/s</td></tr><tr><td>Form Factor</td><td>3.5"</td></tr></table></div>'
        '<div class="related"><h3>Customers also viewed</h3><table><tr><td><a href="/product/8801177"><img src="https://images.frys.com/art/product/thumb/8801177.01.thumb.jpg"><br>Seagate 3TB BarraCuda 7200 RPM SATA III</a><br><b>$79.99</b></td>'
        '<td><a href="/product/8890044"><img src="https://images.frys.com/art/product/thumb/8890044.01.thumb.jpg"><br>Toshiba 4TB X300 7200 RPM Desktop Hard Drive</a><br><b>$119.99</b></td></tr></table></div>'
        '</td></tr></table></td></tr><tr><td><div id="footer"><a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a><br>Copyright &copy; 1996-2017 Fry\'s Electronics, Inc.</div></td></tr></table>',
        doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    ),
    'Western Digital 4TB WD Blue 5400 RPM SATA III 3.5" Internal Hard Drive',
)

TD = "http://www.tigerdirect.com"
case(
    "tigerdirect-2017-h1-with-item-spans",
    f"{TD}/applications/SearchTools/item-details.asp?EdpNo=1234567",
    page(
        "Logitech MX Master Wireless Mouse - Graphite, Darkfield Laser Tracking, Bluetooth - TigerDirect.com",
        '<div id="container"><div id="header"><div class="logo"><a href="/"><img src="/images/tigerdirect-logo.png" alt="TigerDirect.com"></a></div>'
        '<div class="bizlink"><a href="http://www.tigerdirect.com/sectors/business/">TigerDirect Business</a></div><div class="search-box"><form action="/applications/SearchTools/search.asp"><input name="keywords" type="text"><input type="submit" value="GO"></form></div>'
        '<div class="head-links"><a href="/applications/account/">Sign In / Register</a> <a href="/applications/cart/">My Cart (0)</a></div></div>'
        '<div id="navigation"><ul><li><a href="/applications/category/category_tlc.asp?CatId=17">Computers &amp; Tablets</a></li><li><a href="/applications/category/category_tlc.asp?CatId=8">Computer Parts</a></li><li><a href="/applications/category/category_tlc.asp?CatId=11">Accessories</a></li><li><a href="/applications/Category/guidedSearch.asp?CatId=21">Clearance</a></li></ul></div>'
        '<div id="mainContent"><div class="breadcrumb"><a href="/">Home</a> <span>&gt;</span> <a href="/applications/category/category_tlc.asp?CatId=11">Computer Accessories</a> <span>&gt;</span> <a href="/applications/category/category_slc.asp?CatId=170">Mice</a></div>'
        '<div class="prodImage"><div class="previewImage"><img id="mainImage" src="https://images10.tigerdirect.com/skuimages/large/L9-1234567-main01.jpg" alt="Logitech MX Master Wireless Mouse"></div>'
        '<ul class="previewThumbs"><li><a href="#"><img src="https://images10.tigerdirect.com/skuimages/thumbs/L9-1234567-main01.jpg"></a></li><li><a href="#"><img src="https://images10.tigerdirect.com/skuimages/thumbs/L9-1234567-alt02.jpg"></a></li></ul></div>'
        '<div class="prodInfo"><div class="prodName"><h1>Logitech MX Master Wireless Mouse - Graphite, Darkfield Laser Tracking, Bluetooth</h1></div>'
        '<div class="prodID"><span class="sku">Item no.: L9-1234567</span> <span class="mfr">Mfr. part no.: 910-004337</span></div>'
        '<div class="rating"><span class="stars s45"></span> <a href="#tab-reviews">Read 87 Reviews</a> | <a href="#write">Write a Review</a></div>'
        '<div class="pricing"><dl class="priceList"><dt>List Price:</dt><dd class="priceList"><del>$99.99</del></dd><dt>Our Price:</dt><dd class="priceToday"><span class="salePrice">$54.99</span></dd></dl><p class="instantSavings">Save $45.00</p></div>'
        '<div class="shipping">Usually ships in 24 hours</div><form action="/applications/cart/addtocart.asp"><input type="text" name="qty" value="1"><button class="addtocart">Add to Cart</button></form></div>'
        '<div id="tabs"><ul><li><a href="#tab-overview">Overview</a></li><li><a href="#tab-specs">Specifications</a></li><li><a href="#tab-reviews">Reviews</a></li></ul>'
        '<div id="tab-overview"><h2>Logitech MX Master Wireless Mouse</h2><p>Speed-adaptive scroll wheel and a thumb wheel for horizontal scrolling.</p></div>'
        '<div id="tab-specs"><table class="prodSpec"><tr><th>Brand</th><td>Logitech</td></tr><tr><th>Connectivity</th><td>Bluetooth, Unifying receiver</td></tr></table></div>'
        '<div id="tab-reviews"><h2>Customer Reviews</h2><div class="review"><h3>Best mouse I\'ve used</h3><p>Thumb wheel is great in Excel.</p></div></div></div>'
        '<div class="recommendations"><h2>Customers who viewed this item also viewed</h2><ul><li><a href="/item-details.asp?EdpNo=9988776"><img src="https://images10.tigerdirect.com/skuimages/thumbs/L9-9988776.jpg"><p>Logitech M705 Marathon Wireless Mouse</p></a><span>$29.99</span></li>'
        '<li><a href="/item-details.asp?EdpNo=5544332"><img src="https://images10.tigerdirect.com/skuimages/thumbs/M2-5544332.jpg"><p>Microsoft Sculpt Ergonomic Mouse</p></a><span>$39.99</span></li></ul></div></div>'
        + footer_2017("TigerDirect", TD)
        + "</div>",
    ),
    "Logitech MX Master Wireless Mouse - Graphite, Darkfield Laser Tracking, Bluetooth",
)

MC = "http://www.microcenter.com"
case(
    "microcenter-2017-title-prefix-shop",
    f"{MC}/product/478815/geforce-gtx-1070-founders-edition-8gb-gddr5-pcie-video-card",
    page(
        "Micro Center - GeForce GTX 1070 Founders Edition 8GB GDDR5 PCIe Video Card",
        '<div id="pageWrapper"><header id="header"><div id="logoRow"><a id="logo" href="/"><img src="/images/microcenter-logo.png" alt="Micro Center - Computer &amp; Electronics Retailer"></a>'
        '<div id="storeSelect"><span>Your Store:</span> <a href="/site/stores/default.aspx">Tustin, CA</a></div><div id="searchBar"><form action="/search/search_results.aspx"><input type="text" name="Ntt" placeholder="Search"><button type="submit">Search</button></form></div></div>'
        '<nav id="mainNav"><ul><li><a href="/category/4294966937/computer-parts">Computer Parts</a></li><li><a href="/category/4294967288/computers">Computers</a></li><li><a href="/category/4294967283/electronics">Electronics</a></li><li><a href="/site/brands/default.aspx">Brands</a></li><li><a href="/site/content/weekly-ad.aspx">Weekly Ad</a></li></ul></nav></header>'
        '<div id="contentResults"><div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/category/4294966937/computer-parts">Computer Parts</a> &raquo; <a href="/category/4294966948/video-cards">Video Cards</a></div>'
        '<div id="details"><div class="image-slide"><div class="productImageZoom"><a href="https://images10.mcstatic.com/productimages/zoom/478815.jpg" class="image-zoom"><img class="productImageZoom" src="https://images10.mcstatic.com/productimages/processed/478815_0.jpg" alt="GeForce GTX 1070 Founders Edition"></a></div></div>'
        '<div class="product-header"><h1><span class="ProductLink_478815" data-name="GeForce GTX 1070 Founders Edition 8GB GDDR5 PCIe Video Card" data-brand="NVIDIA" data-price="399.99">GeForce GTX 1070 Founders Edition 8GB GDDR5 PCIe Video Card</span></h1>'
        '<p class="SKUNumber">SKU: 478815</p><p class="mfrNumber">Mfr Part#: 900-1G411-2520-000</p><div class="ratingstars"><img src="/images/stars/5.png"> <a href="#tab-reviews">(124)</a></div></div>'
        '<div id="options-pricing"><span id="pricing" content="399.99">$399.99</span><div class="inventory"><span class="inventoryCnt">25+ NEW IN STOCK</span> at Tustin Store</div>'
        '<button class="btn-primary" id="cart-options">Add to Cart</button><a class="reserve" href="#">Reserve for pickup</a></div></div>'
        '<div id="tab-specs"><h2>Specifications</h2><div class="spec-body"><div>Brand</div><div>NVIDIA</div><div>Memory Size</div><div>8 GB</div></div></div>'
        '<div id="tab-reviews"><h2>Customer Reviews</h2><div class="review"><h3>Runs everything at 1440p</h3><p>Quiet and cool.</p></div></div>'
        '<div class="alsoBought"><h2>Customers Also Bought</h2><ul><li><a href="/product/476339/rm750x"><img src="https://images10.mcstatic.com/productimages/processed/476339_0.jpg"><h3>Corsair RMx Series RM750x 750 Watt ATX Power Supply</h3></a><span class="price">$109.99</span></li>'
        '<li><a href="/product/474776/i7-7700k"><img src="https://images10.mcstatic.com/productimages/processed/474776_0.jpg"><h3>Intel Core i7-7700K Kaby Lake 4.2 GHz LGA 1151 Boxed Processor</h3></a><span class="price">$299.99</span></li></ul></div></div>'
        + footer_2017("Micro Center", MC)
        + "</div>",
    ),
    "GeForce GTX 1070 Founders Edition 8GB GDDR5 PCIe Video Card",
)


# ---- books / media / music -----------------------------------------------------------------------------

PW = "https://www.powells.com"
case(
    "powells-2017-book-title-colon-parts",
    f"{PW}/book/a-gentleman-in-moscow-9780670026197",
    page(
        "A Gentleman in Moscow: Amor Towles: 9780670026197: Powell's Books",
        '<div id="page"><header class="site-header"><div class="container"><a class="logo" href="/"><img src="/images/powells-logo.svg" alt="Powell\'s Books"></a>'
        '<form class="header-search" action="/searchresults"><select name="kw"><option>All</option><option>Title</option><option>Author</option></select><input type="text" name="keyword" placeholder="Search by title, author or ISBN"><button>Search</button></form>'
        '<ul class="utility"><li><a href="/account">Sign In</a></li><li><a href="/wishlist">Wish List</a></li><li><a href="/cart">Cart</a></li></ul></div>'
        '<nav class="main-nav"><ul><li><a href="/featured/staff-picks">Staff Picks</a></li><li><a href="/new-arrivals">New Arrivals</a></li><li><a href="/blog">Blog</a></li><li><a href="/sell-books">Sell Your Books</a></li><li><a href="/locations">Locations</a></li></ul></nav></header>'
        '<main class="book-detail container"><div class="breadcrumbs"><a href="/section/fiction-and-poetry">Fiction and Poetry</a> &gt; <a href="/section/literature">Literature</a> &gt; <a href="/section/historical">Historical</a></div>'
        '<div class="row"><div class="col-sm-4 book-image"><img src="https://powells-covers-2.s3.amazonaws.com/9780670026197.jpg" alt="A Gentleman in Moscow Cover">'
        '<a class="look-inside" href="#">Look Inside</a></div><div class="col-sm-8 book-info"><div class="staff-pick-badge">Staff Pick</div>'
        '<h1 class="book-title">A Gentleman in Moscow</h1><h2 class="book-author">by <a href="/searchresults?keyword=Amor+Towles">Amor Towles</a></h2>'
        '<div class="formats"><h3>Select a format</h3><ul><li class="selected"><a href="#">Hardcover <span class="price">$27.00</span></a><span class="cond">New</span></li><li><a href="#">Hardcover <span class="price">$14.95</span></a><span class="cond">Used</span></li></ul></div>'
        '<div class="buy"><div class="price-box"><span class="price">$27.00</span><span class="cond">New Hardcover</span></div><div class="avail">Ships in 1 to 3 days</div><button class="add-to-cart btn">Add to Cart</button><button class="btn">Add to Wishlist</button></div>'
        '<div class="details"><h3>Product Details</h3><dl><dt>ISBN:</dt><dd>9780670026197</dd><dt>Publisher:</dt><dd>Viking Books</dd><dt>Pages:</dt><dd>480</dd><dt>Publication date:</dt><dd>09/06/2016</dd></dl></div></div></div>'
        '<section class="synopsis"><h3>Synopses &amp; Reviews</h3><h4>Publisher Comments</h4><p>In 1922, Count Alexander Rostov is deemed an unrepentant aristocrat by a Bolshevik tribunal.</p>'
        "<h4>Review</h4><p>&ldquo;The novel is a bountiful, and frequently funny, book.&rdquo; &mdash;The Wall Street Journal</p></section>"
        "<section class=\"staff-review\"><h3>Powell's Staff Picks</h3><p>Towles's second novel is a charming delight.</p></section>"
        '<section class="also-like"><h3>You may also like</h3><ul class="book-carousel"><li><a href="/book/rules-of-civility-9780143121169"><img src="https://powells-covers-2.s3.amazonaws.com/9780143121169.jpg" alt="Rules of Civility"><span class="title">Rules of Civility</span><span class="author">Amor Towles</span></a><span class="price">$17.00</span></li>'
        '<li><a href="/book/lincoln-in-the-bardo-9780812995343"><img src="https://powells-covers-2.s3.amazonaws.com/9780812995343.jpg" alt=""><span class="title">Lincoln in the Bardo</span><span class="author">George Saunders</span></a><span class="price">$28.00</span></li></ul></section></main>'
        + footer_2017("Powell's Books", PW)
        + "</div>",
    ),
    "A Gentleman in Moscow",
    "A Gentleman in Moscow by Amor Towles",
)

ABE = "https://www.abebooks.com"
case(
    "abebooks-2017-isbn-title-author-tail",
    f"{ABE}/servlet/BookDetailsPL?bi=22123456789",
    page(
        "9780553573404: A Game of Thrones (A Song of Ice and Fire, Book 1) - AbeBooks - Martin, George R. R.: 0553573403",
        '<div id="wrapper"><div id="header" class="header"><a id="logo" href="/"><img src="/images/abebooks-logo.png" alt="AbeBooks"></a>'
        '<div id="header-search"><form action="/servlet/SearchResults"><input name="kn" type="text" placeholder="Keyword"><input type="submit" value="Search"></form><a href="/advanced-search">Advanced Search</a></div>'
        '<ul id="header-links"><li><a href="/servlet/MyAbeBooks">My Account</a></li><li><a href="/servlet/ShopBasketPL">Basket</a></li><li><a href="/servlet/Help">Help</a></li></ul>'
        '<ul id="nav"><li><a href="/books/">Books</a></li><li><a href="/collectibles/">Collectibles</a></li><li><a href="/textbooks/">Textbooks</a></li><li><a href="/sell-books/">Sell Books</a></li></ul></div>'
        '<div id="main"><div id="bdp-cover" class="col-1"><img id="isbn-image" src="https://pictures.abebooks.com/isbn/9780553573404-us.jpg" alt="A Game of Thrones (A Song of Ice and Fire, Book 1)"><p class="stock-image">Stock Image</p></div>'
        '<div class="col-2" id="bookInfo"><h1 id="book-title">A Game of Thrones (A Song of Ice and Fire, Book 1)</h1><h2 id="book-author"><a href="/servlet/SearchResults?an=Martin">Martin, George R. R.</a></h2>'
        '<p class="isbn"><span class="label">ISBN 10:</span> 0553573403 <span class="label">ISBN 13:</span> 9780553573404</p><p class="publisher">Published by Bantam, 1997</p>'
        '<div id="condition"><span class="label">Used</span> <span>Mass Market Paperback</span> <span>Quantity Available: 1</span></div>'
        '<div id="seller"><h3>From:</h3><p><a href="/bookseller/BetterWorldBooks">Better World Books</a> (Mishawaka, IN, U.S.A.)</p><p>Seller Rating: <img src="/images/5stars.gif" alt="5-star rating"></p></div></div>'
        '<div class="col-3" id="buybox"><div class="price"><span class="label">Price:</span> <span id="book-price">US$ 3.98</span></div><div class="shipping">Free shipping Within U.S.A.</div>'
        '<form action="/servlet/ShopBasketPL" method="post"><input type="hidden" name="bi" value="22123456789"><input type="submit" class="btn-add-basket" value="Add to Basket"></form>'
        '<p class="quantity">Quantity: 1</p></div>'
        '<div id="about-this-item"><h2>About this Item</h2><p>Former Library book. Shows some signs of wear, and may have some markings on the inside.</p></div>'
        '<div id="bibliographic"><h2>Bibliographic Details</h2><dl><dt>Title:</dt><dd>A Game of Thrones (A Song of Ice and Fire,...</dd><dt>Publisher:</dt><dd>Bantam</dd><dt>Binding:</dt><dd>Mass Market Paperback</dd><dt>Book Condition:</dt><dd>Good</dd></dl></div>'
        '<div id="other-copies"><h2>More Copies of This ISBN</h2><ul><li><a href="/servlet/BookDetailsPL?bi=22199999">A Game of Thrones (A Song of Ice and Fire, Book 1)</a> Used, Good <span>US$ 4.12</span></li>'
        '<li><a href="/servlet/BookDetailsPL?bi=22188888">A Clash of Kings (A Song of Ice and Fire, Book 2)</a> Used <span>US$ 4.50</span></li></ul></div></div>'
        '<div id="footer"><ul><li><a href="/docs/Help/">Help</a></li><li><a href="/docs/AboutUs/">About Us</a></li><li><a href="/docs/Privacy/">Privacy Policy</a></li></ul><p>&copy; 1996 - 2017 AbeBooks Inc. All Rights Reserved.</p></div></div>',
    ),
    "A Game of Thrones (A Song of Ice and Fire, Book 1)",
)

AMB = "https://www.amoeba.com"
case(
    "amoeba-2017-artist-h2-album-h1",
    f"{AMB}/a-moon-shaped-pool-cd-radiohead/albums/4012345/",
    page(
        "Radiohead - A Moon Shaped Pool - CD | Amoeba Music",
        '<div id="container"><div id="header"><a href="/" id="logo"><img src="/images/amoeba-logo.png" alt="Amoeba Music"></a>'
        '<form id="search" action="/search/"><input type="text" name="query" placeholder="Search music &amp; movies"><select name="filter"><option>All</option></select><input type="submit" value="GO"></form>'
        '<ul id="topnav"><li><a href="/music/">Music</a></li><li><a href="/movies/">Movies</a></li><li><a href="/live-shows/">Live Shows</a></li><li><a href="/blog/">Blog</a></li><li><a href="/merch/">Merch</a></li></ul>'
        '<div id="cart"><a href="/cart/">Cart: 0 items</a> | <a href="/account/">Login</a></div></div>'
        '<div id="content"><div class="breadcrumbs"><a href="/music/">Music</a> &raquo; <a href="/music/rock/">Rock</a> &raquo; <a href="/radiohead/artist/12345/">Radiohead</a></div>'
        '<div id="albumDetail"><div class="albumImage"><img src="https://www.amoeba.com/admin/uploads/product/4012345_large.jpg" alt="A Moon Shaped Pool"></div>'
        '<div class="albumInfo"><h2 class="artist"><a href="/radiohead/artist/12345/">Radiohead</a></h2><h1 class="album">A Moon Shaped Pool</h1>'
        '<div class="details"><span class="label">Label:</span> XL Recordings <span class="label">Release Date:</span> 06/17/2016 <span class="label">Genre:</span> Rock</div>'
        '<div class="formats"><table class="formatTable"><tr><th>Format</th><th>Condition</th><th>Price</th><th></th></tr>'
        '<tr class="selected"><td>CD</td><td>New</td><td class="price">$12.98</td><td><button class="addToCart">Add to Cart</button></td></tr>'
        '<tr><td>LP</td><td>New</td><td class="price">$30.98</td><td><button class="addToCart">Add to Cart</button></td></tr></table></div></div></div>'
        '<div id="tracklist"><h3>Track Listing</h3><ol><li>Burn the Witch</li><li>Daydreaming</li><li>Decks Dark</li><li>Desert Island Disk</li></ol></div>'
        '<div id="reviews"><h3>Amoeba Review</h3><p>Radiohead\'s ninth album is lush and string-laden.</p></div>'
        '<div id="moreBy"><h3>More by Radiohead</h3><ul><li><a href="/ok-computer/albums/1111/"><img src="/admin/uploads/product/1111_small.jpg"><span>OK Computer</span></a><span>$9.98</span></li>'
        '<li><a href="/in-rainbows/albums/2222/"><img src="/admin/uploads/product/2222_small.jpg"><span>In Rainbows</span></a><span>$11.98</span></li></ul></div></div>'
        '<div id="footer"><p><a href="/about/">About</a> | <a href="/help/">Help</a> | <a href="/stores/">Hollywood - San Francisco - Berkeley</a></p><p>&copy; 2017 Amoeba Music Inc.</p></div></div>',
    ),
    "A Moon Shaped Pool",
    "Radiohead - A Moon Shaped Pool",
    "Radiohead A Moon Shaped Pool",
)

DD = "https://www.deepdiscount.com"
case(
    "deepdiscount-2017-magento-default-bluray",
    f"{DD}/wonder-woman-blu-ray-dvd-digital-hd/883929597451",
    page(
        "Wonder Woman (Blu-ray + DVD + Digital HD) | DeepDiscount.com",
        magento_default(
            DD,
            "DeepDiscount.com",
            ["Movies", "TV", "Music", "Books", "Video Games", "Toys"],
            ["Movies", "Blu-ray", "Action &amp; Adventure"],
            "Wonder Woman (Blu-ray + DVD + Digital HD)",
            '<div class="price-box"><p class="old-price"><span class="price-label">List Price:</span><span class="price" id="old-price-812">$44.95</span></p>'
            '<p class="special-price"><span class="price-label">Our Price:</span><span class="price" id="product-price-812">$19.96</span></p></div>',
            "wonder-woman-bluray",
            "Before she was Wonder Woman, she was Diana, princess of the Amazons.",
            [
                ("Justice League (Blu-ray + DVD + Digital HD)", "$24.96"),
                ("Spider-Man: Homecoming (Blu-ray + DVD + Digital HD)", "$22.96"),
                ("Dunkirk (Blu-ray + DVD + Digital HD)", "$19.96"),
            ],
            sku="883929597451",
        ),
        body_class=" catalog-product-view catalog-product-view",
    ),
    "Wonder Woman (Blu-ray + DVD + Digital HD)",
)

BAM = "https://www.booksamillion.com"
case(
    "booksamillion-2017-by-author-format-title",
    f"{BAM}/p/Hillbilly-Elegy/J-D-Vance/9780062300546",
    page(
        "Hillbilly Elegy : A Memoir of a Family and Culture in Crisis by J. D. Vance - Books-A-Million",
        '<div id="bamWrapper"><div id="header"><div class="topBar"><a href="/millionaires">Millionaire\'s Club</a> | <a href="/storefinder">Store Locator</a> | <a href="/account">Sign In</a> | <a href="/cart">Cart (0)</a></div>'
        '<a href="/" class="bamLogo"><img src="/images/bam-logo.png" alt="Books-A-Million"></a><form class="siteSearch" action="/search"><input type="text" name="query" placeholder="Search Books-A-Million"><input type="submit" value="Search"></form>'
        '<ul class="mainNav"><li><a href="/books">Books</a></li><li><a href="/ebooks">eBooks</a></li><li><a href="/toys">Toys &amp; Games</a></li><li><a href="/gifts">Gifts</a></li><li><a href="/bargain">Bargain</a></li></ul></div>'
        '<div id="content"><div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/books">Books</a> &gt; <a href="/biography">Biography &amp; Autobiography</a></div>'
        '<div class="productImage"><img src="https://covers2.booksamillion.com/covers/bam/0/06/230/054/0062300547.jpg" alt="Hillbilly Elegy"></div>'
        '<div class="productInfo"><div class="details-title-text"><h1 class="details-title-text">Hillbilly Elegy : A Memoir of a Family and Culture in Crisis</h1></div>'
        '<div class="details-author-text">by <a href="/search?query=J.D.+Vance">J. D. Vance</a></div>'
        '<div class="formatInfo">Hardcover | Harper | June 2016 | ISBN 9780062300546</div>'
        '<div class="priceBlock"><span class="listPrice">List Price: <s>$27.99</s></span> <span class="ourPrice">Our Price: $19.59</span> <span class="clubPrice">Millionaire\'s Club Price: $17.63</span></div>'
        '<div class="availability">In Stock - Usually ships in 24 hours</div><form action="/cart/add"><input type="hidden" name="isbn" value="9780062300546"><input type="submit" class="addToCart" value="Add to Cart"></form></div>'
        '<div class="overview"><h2>Overview</h2><p>A passionate and personal analysis of white working-class Americans.</p></div>'
        '<div class="ymal"><h2>Customers Also Bought</h2><ul><li><a href="/p/Evicted/Matthew-Desmond/9780553447439"><img src="https://covers2.booksamillion.com/covers/bam/0/55/344/743/0553447432.jpg"><span>Evicted : Poverty and Profit in the American City</span></a><span class="price">$20.00</span></li>'
        '<li><a href="/p/Educated/Tara-Westover/9780399590504"><img src="https://covers2.booksamillion.com/covers/bam/0/39/959/050/0399590501.jpg"><span>Educated : A Memoir</span></a><span class="price">$19.60</span></li></ul></div></div>'
        + footer_2017("Books-A-Million", BAM)
        + "</div>",
    ),
    "Hillbilly Elegy : A Memoir of a Family and Culture in Crisis",
    "Hillbilly Elegy : A Memoir of a Family and Culture in Crisis by J. D. Vance",
)


# ---- office --------------------------------------------------------------------------------------------

QL = "https://www.quill.com"
case(
    "quill-2017-skuname-h1-registered-marks",
    f"{QL}/quill-brand-copy-paper-8-1-2-x-11-case/cbs/720295.html",
    page(
        "Quill Brand&reg; Copy Paper, 8 1/2&quot; x 11&quot;, Case | Quill.com",
        '<div id="Wrapper"><div id="Header"><div class="HeaderTop"><span class="FreeShip">FREE 1-2 day delivery on orders over $45</span><a href="/account/signin.cshtml">Sign In</a> <a href="/account/register.cshtml">Create Account</a> <a href="/help.cshtml">Help</a></div>'
        '<a href="/" id="QuillLogo"><img src="/content/images/quill-logo.png" alt="Quill.com"></a><form id="SearchForm" action="/search"><input id="keywords" name="keywords" type="text" placeholder="Search by keyword or item #"><button type="submit">Search</button></form>'
        '<div id="HeaderCart"><a href="/cart/cart.cshtml">Cart <span id="CartCount">0</span></a></div>'
        '<ul id="TopNav"><li><a href="/ink-toner/cbk/66.html">Ink &amp; Toner</a></li><li><a href="/paper/cbk/22.html">Paper</a></li><li><a href="/office-supplies/cbk/7.html">Office Supplies</a></li><li><a href="/cleaning-breakroom/cbk/11.html">Cleaning &amp; Breakroom</a></li><li><a href="/furniture/cbk/9.html">Furniture</a></li></ul></div>'
        '<div id="Content"><div class="BreadCrumbs"><a href="/">Home</a> / <a href="/paper/cbk/22.html">Paper</a> / <a href="/copy-paper/cbl/4204.html">Copy &amp; Multipurpose Paper</a></div>'
        '<div id="SkuPageMain"><div class="skuImageZoom"><img id="SkuPageMainImg" src="https://www.quill.com/is/image/Quill/s0720295_s7?$img400$" alt="Quill Brand Copy Paper"><div class="altImages"><img src="https://www.quill.com/is/image/Quill/s0720295_s7?$thumb$"></div></div>'
        '<div class="skuInfo"><h1 id="skuName" class="skuName">Quill Brand&reg; Copy Paper, 8 1/2&quot; x 11&quot;, Case</h1>'
        '<div class="itemNumbers"><span class="iNum">Item #: 720295</span> <span class="mNum">Model #: 720295</span></div><div class="ratings"><span class="stars" title="4.7"></span><a href="#ReviewsAnchor">Read 2,144 Reviews</a></div>'
        '<div class="pricing"><div class="priceupdate"><span class="priceText">$39.99</span><span class="uom">/Case</span></div><div class="priceLabel">Was $49.99</div><div class="coupon">Buy 2, save $10 with coupon 45612</div></div>'
        '<div class="AddToCart"><label>Qty</label><input type="text" value="1"><button class="btnAddToCart">Add to Cart</button></div><div class="shipMsg">In stock. Delivered next business day.</div></div>'
        '<div id="ProductDetails"><h2>Product Details</h2><ul><li>10 reams per case, 5,000 sheets</li><li>20 lb., 92 brightness</li></ul><h2>Specifications</h2><table><tr><td>Paper Size</td><td>8 1/2" x 11"</td></tr><tr><td>Sheets per Case</td><td>5000</td></tr></table></div>'
        '<div id="Reviews"><a name="ReviewsAnchor"></a><h2>Customer Reviews</h2><div class="review"><h3>Never jams</h3><p>We go through a case a week.</p></div></div>'
        '<div id="Recs"><h2>Customers Who Viewed This Item Also Viewed</h2><div class="recItem"><a href="/hp-office-paper/cbs/931233.html"><img src="https://www.quill.com/is/image/Quill/s0931233_s7?$thumb$"><div class="recName">HP Office Copy Paper, 8 1/2" x 11", Case</div></a><div class="recPrice">$44.99</div></div>'
        '<div class="recItem"><a href="/boise-x-9/cbs/112233.html"><img src="https://www.quill.com/is/image/Quill/s0112233_s7?$thumb$"><div class="recName">Boise X-9 Copy Paper, 8 1/2" x 11", Case</div></a><div class="recPrice">$42.99</div></div></div></div></div>'
        + footer_2017("Quill.com", QL)
        + "</div>",
    ),
    'Quill Brand® Copy Paper, 8 1/2" x 11", Case',
)

OS = "https://www.onlineofficesupplies.com"
case(
    "volusion-2017-productnamecolor-font",
    f"{OS}/product-p/pil31020.htm",
    page(
        "Pilot G2 Retractable Gel Pens, Fine Point, Black, Dozen",
        table_shop_header(
            "Online Office Supplies",
            OS,
            ["Writing", "Paper", "Filing", "Desk Accessories", "Breakroom", "Clearance"],
            "1-800-555-0142",
        )
        + '<table width="100%" cellpadding="0" cellspacing="0" id="content_area"><tr><td valign="top" width="180" id="content_left">'
        '<div class="vCSS_breadcrumb_td"></div><div id="display_menu_1"><div class="nav_title">Shop By Category</div><ul><li><a href="/Writing-s/101.htm">Writing Instruments</a></li><li><a href="/Gel-Pens-s/118.htm">Gel Pens</a></li><li><a href="/Markers-s/120.htm">Markers</a></li></ul></div>'
        '<div id="display_homepage_title"><div class="nav_title">Best Sellers</div><a href="/product-p/sha30001.htm">Sharpie Permanent Markers, Fine, Black, Dozen</a> <font class="pricecolor">$9.49</font></div></td>'
        '<td valign="top" id="content_main"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="vCSS_breadcrumb_td"><b><a href="'
        + OS
        + '/">Home</a> &gt; <a href="/Writing-s/101.htm" title="Writing">Writing</a> &gt; <a href="/Gel-Pens-s/118.htm" title="Gel Pens">Gel Pens</a></b></td></tr></table>'
        '<form id="vCSS_mainform" method="post" name="MainForm" action="/ProductDetails.asp?ProductCode=PIL31020"><table width="100%" cellpadding="0" cellspacing="0" border="0" id="v65-product-parent"><tr>'
        '<td valign="top" width="300" id="product_photo_zoom_url_td"><a id="product_photo_zoom_url" href="/v/vspfiles/photos/PIL31020-2.jpg"><img id="product_photo" src="/v/vspfiles/photos/PIL31020-2T.jpg" border="0" alt="Pilot G2 Retractable Gel Pens, Fine Point, Black, Dozen" title="Pilot G2 Retractable Gel Pens"></a><br>'
        '<a href="javascript:void(0);" onclick="popup()"><img src="/v/vspfiles/templates/192/images/Buttons/btn_zoom.gif" border="0" alt="Click to enlarge"></a></td>'
        '<td valign="top"><table width="100%" border="0"><tr><td><font class="productnamecolorLARGE colors_productname">Pilot G2 Retractable Gel Pens, Fine Point, Black, Dozen</font><br><br>'
        '<span class="product_code_title">Product Code:</span> <span class="product_code">PIL31020</span><br>'
        '<font class="text colors_text"><b><span class="PageText_L71n">Retail Price</span>: <span class="product_listprice">$19.99</span></b></font><br>'
        '<font class="pricecolor colors_productprice"><font class="text colors_text"><b><span class="PageText_L483n">Our Price</span>: </b></font> $12.49</font><br>'
        '<div class="vCSS_dropship_message"></div><b><span class="PageText_L95n">Availability</span>:</b> Usually Ships in 24 Hours<br>'
        '<table><tr><td><span class="PageText_L657n">Qty</span>: <input type="text" class="v65-productdetail-cartqty" name="QTY.PIL31020" size="3" maxlength="4" value="1"></td>'
        '<td><input type="image" src="/v/vspfiles/templates/192/images/buttons/btn_addtocart.gif" name="btnaddtocart" alt="Add to cart" border="0"></td></tr></table></td></tr></table></td></tr></table>'
        '<table id="v65-product-tabs"><tr><td><a id="ProductDetail_ProductDetails_div" class="v65-product-tab">Description</a> <a id="ProductDetail_TechSpecs_div" class="v65-product-tab">Technical Specs</a></td></tr>'
        '<tr><td><div id="ProductDetail_ProductDetails_div"><span id="product_description">The smooth-writing G2 is America\'s #1 selling gel pen. Retractable, refillable, comfortable grip.</span></div>'
        '<div id="ProductDetail_TechSpecs_div">Ink Color: Black<br>Point Size: 0.7mm<br>Pack Qty: 12</div></td></tr></table>'
        '<table id="v65-product-related"><tr><td class="colors_lines_light"><b>Related Products</b></td></tr><tr><td>'
        '<a href="/product-p/pil31277.htm" class="productnamecolor colors_productname" title="Pilot G2 Retractable Gel Pens, Bold Point, Blue, Dozen">Pilot G2 Retractable Gel Pens, Bold Point, Blue, Dozen</a><br><font class="pricecolor colors_productprice">$13.99</font><br>'
        '<a href="/product-p/uni60106.htm" class="productnamecolor colors_productname" title="uni-ball Signo 207 Gel Pens, Medium, Black, Dozen">uni-ball Signo 207 Gel Pens, Medium, Black, Dozen</a><br><font class="pricecolor colors_productprice">$14.49</font></td></tr></table>'
        '<div id="ProductReviews"><table><tr><td><b>Customer Reviews</b></td></tr><tr><td><b>My favorite pen</b><br>Writes smoothly every time.</td></tr></table></div>'
        "</form></td></tr></table>"
        '<table width="100%" id="footer"><tr><td align="center"><a href="/terms.asp">Terms</a> | <a href="/privacy.asp">Privacy</a> | <a href="/returns.asp">Returns</a><br>&copy; 2017 Online Office Supplies. <a href="https://www.volusion.com">Shopping Cart Software</a> by Volusion</td></tr></table>',
        doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    ),
    "Pilot G2 Retractable Gel Pens, Fine Point, Black, Dozen",
)

SP = "https://www.shoplet.com"
case(
    "shoplet-2017-magento-rwd-category-path-title",
    f"{SP}/smead-manila-file-folders-letter-1-3-cut-100-box.html",
    page(
        "Smead Manila File Folders, Letter, 1/3 Cut, 100/Box - File Folders - Filing - Office Supplies | Shoplet",
        magento_rwd(
            SP,
            "Shoplet",
            ["Office Supplies", "Ink &amp; Toner", "Technology", "Breakroom", "Furniture", "Janitorial"],
            ["Office Supplies", "Filing", "File Folders"],
            '<div class="product-name"><span class="h1">Smead Manila File Folders, Letter, 1/3 Cut, 100/Box</span></div>',
            "Smead Manila File Folders, Letter, 1/3 Cut, 100/Box",
            "$14.59",
            "smd10330",
            "11 point stock, reinforced tab, three-tab assorted positions.",
            [("Manufacturer", "Smead"), ("Mfr Part #", "10330"), ("Size", "Letter"), ("Pack", "100/Box")],
            [("Good folders", "Sturdy enough."), ("OK", "Tabs could be thicker.")],
            [
                ("Pendaflex Hanging File Folders, Letter, Green, 25/Box", "$12.99"),
                ("Smead Colored File Folders, Letter, Assorted, 100/Box", "$24.79"),
            ],
            "Smead Manila File Folders, Letter, 1/3 Cut, 100/Box",
        ),
        body_class="catalog-product-view",
    ),
    "Smead Manila File Folders, Letter, 1/3 Cut, 100/Box",
)


# ---- tools / hardware ----------------------------------------------------------------------------------


def websphere_aurora(
    base: str,
    shop: str,
    menus: list[str],
    crumbs: list[str],
    name: str,
    part: str,
    price: str,
    img: str,
    espot: list[tuple[str, str]],
    *,
    sku_label: str = "Item",
) -> str:
    """IBM WebSphere Commerce 7 on the Aurora store (2017): header widgets, department drop-down, breadcrumb
    trail, `h1.main_header` with `role="heading"`, `span.sku`, price in `span.price`, product tabs and
    an e-Marketing spot of other products' cards (`div.product_name a`)."""
    nav = "".join(
        f'<li class="departmentButton"><a href="{base}/shop/{m.lower().replace(" ", "-")}" id="departmentLink_{i}">{m}</a></li>'
        for i, m in enumerate(menus)
    )
    crumb = "".join(
        f'<a href="{base}/shop/{c.lower().replace(" ", "-")}">{c}</a><span class="on"> &gt; </span>'
        for c in crumbs
    )
    cards = "".join(
        f'<li><div class="product"><div class="product_image"><a href="{base}/shop/p{i}"><img src="{base}/wcsstore/StorefrontAssetStore/images/catalog/{i}_s.jpg" alt="{n}"></a></div>'
        f'<div class="product_name"><a href="{base}/shop/p{i}">{n}</a></div><div class="product_price"><span class="price">{p}</span></div></div></li>'
        for i, (n, p) in enumerate(espot)
    )
    return (
        '<div id="page"><div class="header_wrapper_position" id="headerWidget"><div id="header"><div id="headerRow1">'
        f'<div id="logo"><a href="{base}/shop/en/store" title="{shop}"><img src="{base}/wcsstore/StorefrontAssetStore/images/logo.png" alt="{shop}"></a></div>'
        f'<div id="searchBar"><form name="CatalogSearchForm" action="{base}/webapp/wcs/stores/servlet/SearchDisplay" method="get" id="searchBox"><input id="SimpleSearchForm_SearchTerm" name="searchTerm" type="text" autocomplete="off" placeholder="Search">'
        '<a href="#" role="button" id="search_submit" title="Search"><span>Search</span></a></form></div>'
        f'<div id="quickLinksBar"><ul><li><a href="{base}/webapp/wcs/stores/servlet/StoreLocatorView" id="storeLocatorLink">Store Locator</a></li><li><a href="{base}/webapp/wcs/stores/servlet/LogonForm" id="signInOutQuickLink">Sign In / Register</a></li>'
        f'<li id="widget_minishopcart"><a href="{base}/webapp/wcs/stores/servlet/OrderItemDisplay" id="MiniShoppingCart">My Cart <span class="count">0</span></a></li></ul></div></div>'
        f'<div id="headerRow2"><ul id="departmentsMenu">{nav}</ul></div></div></div>'
        '<div class="content_wrapper_position"><div class="content_wrapper"><div class="row"><div class="col12 acol12 ccol12">'
        f'<div id="widget_breadcrumb"><ul aria-label="breadcrumb navigation"><li><a href="{base}/shop/en/store">Home</a><span class="on"> &gt; </span>{crumb}<li class="current">{name}</li></ul></div></div></div>'
        '<div class="row margin-true"><div class="col6 acol12 ccol6"><div id="productMainImage" class="product_main_image"><div class="image_container">'
        f'<a id="productMainImageZoomLink" href="{base}/wcsstore/StorefrontAssetStore/images/catalog/{img}_l.jpg"><img id="productMainImage" src="{base}/wcsstore/StorefrontAssetStore/images/catalog/{img}_m.jpg" alt="{name}" class="product_main_image"></a></div>'
        f'<div class="other_views"><ul><li><a href="#"><img src="{base}/wcsstore/StorefrontAssetStore/images/catalog/{img}_t2.jpg" alt=""></a></li></ul></div></div></div>'
        '<div class="col6 acol12 ccol6"><div class="top namePartPriceContainer">'
        f'<h1 role="heading" aria-level="1" class="main_header" id="product_name_10251">{name}</h1>'
        f'<span class="sku" id="product_SKU_10251">{sku_label} {part}</span>'
        f'<div class="price price_redesign" id="price_display_10251"><span class="price">{price}</span><input type="hidden" id="ProductInfoPrice_10251" value="{price}"></div></div>'
        '<div id="shopperActions"><div class="quantity_section"><label for="quantity_10251">Quantity:</label><input id="quantity_10251" name="quantity" type="text" value="1" class="quantity_input"></div>'
        '<a id="add2CartBtn" href="#" role="button" class="button_primary"><div class="left_border"></div><div class="button_text">Add to Cart</div><div class="right_border"></div></a>'
        '<a id="addToWishListBtn" href="#" role="button" class="button_secondary">Add to Wish List</a></div>'
        '<div id="widget_store_availability"><span class="status">In stock online</span></div></div></div>'
        '<div class="row"><div id="productPageTabs" class="tabContainer"><ul class="tab_header" role="tablist"><li role="tab" id="tab1" class="tab_container active_tab"><span>Description</span></li><li role="tab" id="tab2" class="tab_container inactive_tab"><span>Specifications</span></li><li role="tab" id="tab3" class="tab_container inactive_tab"><span>Reviews</span></li></ul>'
        '<div id="tab1Widget" class="content" role="tabpanel"><p>Built for the jobsite: heavy-duty construction and a 1-year limited warranty.</p></div>'
        '<div id="tab3Widget" class="content" role="tabpanel"><h2>Customer Reviews</h2><div class="review"><h3>Does the job</h3><p>Worth every penny.</p></div></div></div></div>'
        f'<div class="row"><div class="genericESpot"><div class="caption"><h2>Customers Also Viewed</h2></div><ul class="grid">{cards}</ul></div></div>'
        "</div></div>"
        f'<div class="footer_wrapper_position"><div id="footer"><div id="footerRow1"><div class="header_links"><ul><li><h3>Customer Service</h3></li><li><a href="{base}/help">Help</a></li><li><a href="{base}/returns">Returns</a></li></ul></div>'
        f'<div class="header_links"><ul><li><h3>About {shop}</h3></li><li><a href="{base}/about">Company Info</a></li><li><a href="{base}/careers">Careers</a></li></ul></div></div>'
        f'<div id="footerRow2"><p>&copy; Copyright 2017 {shop}. All rights reserved.</p></div></div></div></div>'
    )


NT = "https://www.northerntool.com"
case(
    "northerntool-2017-websphere-aurora",
    f"{NT}/shop/tools/product_200660826_200660826",
    page(
        "Klutch Hydraulic Bottle Jack &mdash; 12-Ton Capacity | Northern Tool + Equipment",
        websphere_aurora(
            NT,
            "Northern Tool + Equipment",
            ["Generators", "Pressure Washers", "Tools", "Trailers", "Automotive", "Welders"],
            ["Automotive", "Jacks + Lifts", "Bottle Jacks"],
            "Klutch Hydraulic Bottle Jack &mdash; 12-Ton Capacity",
            "200660826",
            "$29.99",
            "200660826",
            [
                ("Strongway Hydraulic Bottle Jack &mdash; 20-Ton Capacity", "$49.99"),
                ("Klutch Jack Stands &mdash; 6-Ton Capacity, 1 Pair", "$39.99"),
            ],
        ),
        body_class="",
    ),
    "Klutch Hydraulic Bottle Jack — 12-Ton Capacity",
)

RK = "https://www.rockler.com"
case(
    "rockler-2017-magento-default-h1",
    f"{RK}/rockler-bench-cookie-work-grippers-4-pack",
    page(
        "Rockler Bench Cookie Work Grippers, 4-Pack | Rockler Woodworking and Hardware",
        magento_default(
            RK,
            "Rockler Woodworking and Hardware",
            ["Power Tools", "Hand Tools", "Clamps", "Jigs", "Hardware", "Lumber", "Finishing"],
            ["Jigs", "Benchtop Accessories"],
            "Rockler Bench Cookie Work Grippers, 4-Pack",
            '<div class="price-box"><span class="regular-price" id="product-price-812"><span class="price">$19.99</span></span></div>',
            "bench-cookie",
            "Hold work securely for routing, sanding and finishing without clamps.",
            [
                ("Rockler Bench Cookie Plus Work Grippers, 4-Pack", "$24.99"),
                ("Bench Cookie Rail Kit", "$29.99"),
            ],
            sku="43059",
        ),
        body_class="catalog-product-view",
    ),
    "Rockler Bench Cookie Work Grippers, 4-Pack",
)


def hybris_page(
    base: str,
    shop: str,
    menus: list[str],
    crumbs: list[str],
    name: str,
    code: str,
    price: str,
    img: str,
    recs: list[tuple[str, str]],
) -> str:
    """SAP hybris accelerator (5.7 / 6.x responsive): header with `nav__links`, breadcrumb `ol`, the name in
    `div.product-details.page-title > div.name` with "ID" / code spans inside, price in
    `div.product-details > dl.price`, add-to-cart form, tabs, product carousel with `div.carousel__item--name`."""
    nav = "".join(
        f'<li class="nav__links--primary"><span class="yCmsComponent nav__link js_nav__link"><a href="{base}/c/{m.lower().replace(" ", "-")}">{m}</a></span></li>'
        for m in menus
    )
    crumb = "".join(f'<li><a href="{base}/c/{c.lower().replace(" ", "-")}">{c}</a></li>' for c in crumbs)
    rec = "".join(
        f'<div class="carousel__item"><a href="{base}/p/{9000 + i}"><div class="carousel__item--thumb"><img src="{base}/medias/{9000 + i}-96.jpg" alt="{n}"></div>'
        f'<div class="carousel__item--name">{n}</div><div class="carousel__item--price">{p}</div></a></div>'
        for i, (n, p) in enumerate(recs)
    )
    return (
        '<main data-currency-iso-code="USD"><a href="#skip-to-content" class="skiptocontent" data-role="none">Skip to content</a><a href="#skiptonavigation" class="skiptonavigation" data-role="none">Skip to navigation</a>'
        '<header class="js-mainHeader"><nav class="navigation navigation--top hidden-xs hidden-sm"><div class="row"><div class="col-sm-12 col-md-4"><div class="nav__left js-site-logo">'
        f'<div class="yCmsComponent yComponentWrapper"><div class="banner__component simple-banner"><a href="{base}/"><img title="{shop}" alt="{shop}" src="{base}/_ui/responsive/theme-blue/images/logo.png"></a></div></div></div></div>'
        f'<div class="col-sm-12 col-md-8"><div class="nav__right"><ul class="nav__links nav__links--account"><li class="liOffcanvas"><a href="{base}/login">Sign In / Register</a></li><li><a href="{base}/store-finder">Find a Branch</a></li></ul></div></div></div></nav>'
        f'<nav class="navigation navigation--middle js-navigation--middle"><div class="container-fluid"><div class="row"><div class="site-search"><form name="search_form_SearchBox" method="get" action="{base}/search/">'
        '<div class="input-group"><input type="text" id="js-site-search-input" class="form-control js-site-search-input" name="text" maxlength="100" placeholder="I\'m looking for"><span class="input-group-btn"><button class="btn btn-link js_search_button" type="submit"><span class="glyphicon glyphicon-search"></span></button></span></div></form></div>'
        f'<div class="mini-cart-container js-mini-cart-container"><a href="{base}/cart" class="mini-cart-link js-mini-cart-link"><div class="mini-cart-icon"><span class="glyphicon glyphicon-shopping-cart"></span></div><div class="mini-cart-price js-mini-cart-price hidden-xs hidden-sm">$0.00</div><div class="mini-cart-count js-mini-cart-count"><span class="nav-items-total">0</span></div></a></div></div></div></nav>'
        f'<nav class="navigation navigation--bottom js_navigation--bottom js-enquire-offcanvas-navigation" role="navigation"><ul class="sticky-nav-top hidden-lg hidden-md js-sticky-user-group hidden-md hidden-lg"></ul><div class="navigation__overflow"><ul data-trigger="#signin" class="nav__links nav__links--products js-offcanvas-links">{nav}</ul></div></nav></header>'
        f'<a id="skip-to-content"></a><div class="main__inner-wrapper"><div class="breadcrumb-section"><ol class="breadcrumb"><li><a href="{base}/">Home</a></li>{crumb}<li class="active">{name}</li></ol></div>'
        f'<div class="product-details page-title"><div class="name">{name}<span class="sku">ID</span><span class="code">{code}</span></div>'
        '<div class="rating js-ratingCalc " data-rating=\'{"rating":4.5,"total":5}\'><div class="rating-stars"><span class="js-ratingIcon glyphicon glyphicon-star"></span></div><a class="rating-count" href="#">(28)</a></div></div>'
        '<div class="row"><div class="col-xs-10 col-xs-push-1 col-sm-6 col-sm-push-0 col-lg-4"><div class="product-image"><div class="image-gallery js-gallery">'
        f'<div class="carousel image-gallery__image js-gallery-image"><div class="item"><div><img class="lazyOwl" data-zoom-image="{base}/medias/{img}-1200.jpg" src="{base}/medias/{img}-515.jpg" alt="{name}"></div></div></div>'
        f'<div class="carousel image-gallery__thumbnails js-gallery-thumbnails"><div class="item"><img class="lazyOwl" src="{base}/medias/{img}-96.jpg" alt=""></div></div></div></div></div>'
        '<div class="clearfix hidden-sm hidden-md hidden-lg"></div><div class="col-sm-6 col-lg-8"><div class="product-main-info"><div class="row"><div class="col-lg-6"><div class="product-details">'
        f'<div class="product-price"><dl class="price"><dt>Price</dt><dd>{price}</dd></dl></div><div class="description">Heavy-duty, for the professional trade.</div></div></div>'
        '<div class="col-sm-12 col-md-9 col-lg-6"><div class="addtocart-component"><div class="qty-selector input-group js-qty-selector"><span class="input-group-btn"><button class="btn btn-default js-qty-selector-minus" type="button"><span class="glyphicon glyphicon-minus" aria-hidden="true"></span></button></span>'
        '<input type="text" maxlength="3" class="form-control js-qty-selector-input" size="1" value="1" name="pdpAddtoCartInput" id="pdpAddtoCartInput"><span class="input-group-btn"><button class="btn btn-default js-qty-selector-plus" type="button"><span class="glyphicon glyphicon-plus" aria-hidden="true"></span></button></span></div>'
        '<div class="stock-wrapper clearfix">In Stock</div><div class="actions"><form id="addToCartForm" class="add_to_cart_form" action="'
        + base
        + '/cart/add" method="post"><input type="hidden" name="productCodePost" value="'
        + code
        + '">'
        '<button id="addToCartButton" type="submit" class="btn btn-primary btn-block js-add-to-cart js-enable-btn btn-icon glyphicon-shopping-cart">Add to cart</button></form></div></div></div></div></div></div></div>'
        '<div class="tabs js-tabs tabs-responsive"><div class="tabhead"><a href="">Product Details</a> <span class="glyphicon"></span></div><div class="tabbody"><div class="container-lg"><div class="row"><div class="col-md-6 col-lg-4"><div class="tab-container"><div class="tab-details"><ul><li>Professional grade</li></ul></div></div></div></div></div></div>'
        '<div class="tabhead"><a href="">Specs</a> <span class="glyphicon"></span></div><div class="tabbody"><div class="product-classifications"><div class="headline">Specifications</div><table class="table"><tbody><tr><td class="attrib">Material</td><td>Steel</td></tr></tbody></table></div></div>'
        '<div id="tabreview" class="tabhead"><a href="">Reviews</a> <span class="glyphicon"></span></div><div class="tabbody"><div class="tab-review"><div class="review-pagination-bar"><button class="btn btn-default pull-right js-review-write-toggle">Write a Review</button></div><ul id="reviews" class="review-list"></ul></div></div></div>'
        f'<div class="carousel__component"><div class="carousel__component--headline">You may also like</div><div class="carousel__component--carousel js-owl-carousel js-owl-default">{rec}</div></div></div></main>'
        f'<footer><div class="footer__top"><div class="container"><div class="footer__left col-xs-12 col-sm-12 col-md-9"><div class="row"><div class="footer__nav--container col-xs-12 col-sm-3"><div class="title">Company</div><ul class="footer__nav--links"><li class="yCmsComponent footer__link"><a href="{base}/about">About Us</a></li></ul></div></div></div></div></div>'
        f'<div class="footer__bottom"><div class="footer__copyright"><div class="container">&copy; 2017 {shop}</div></div></div></footer>'
    )


FG = "https://www.ferguson.com"
case(
    "hybris-2017-name-div-with-id-code",
    f"{FG}/product/milwaukee-m18-fuel-1-2-hammer-drill-driver-kit-2704-22/_/R-3015532",
    page(
        "Milwaukee M18 FUEL 1/2&quot; Hammer Drill/Driver Kit 2704-22 | Ferguson",
        hybris_page(
            FG,
            "Ferguson",
            ["Plumbing", "HVAC", "Waterworks", "Tools", "Safety", "Pipe &amp; Fittings"],
            ["Tools", "Power Tools", "Drills"],
            "Milwaukee M18 FUEL 1/2&quot; Hammer Drill/Driver Kit 2704-22",
            "3015532",
            "$349.00",
            "3015532",
            [
                ("Milwaukee M18 FUEL Hackzall Reciprocating Saw (Tool Only)", "$179.00"),
                ("DeWALT 20V MAX XR Brushless Hammer Drill Kit", "$299.00"),
            ],
        ),
        body_class="page-productDetails pageType-ProductPage template-pages-product-productLayout2Page  smartedit-page-uid-productDetails language-en",
    ),
    'Milwaukee M18 FUEL 1/2" Hammer Drill/Driver Kit 2704-22',
)

AT = "https://www.acmetools.com"
case(
    "bootstrap3-page-header-small-item-number",
    f"{AT}/makita-xfd131-18v-lxt-brushless-1-2-driver-drill-kit/088381810519.html",
    page(
        "Makita XFD131 18V LXT Brushless 1/2&quot; Driver-Drill Kit - Acme Tools",
        bs3_navbar(
            "Acme Tools", AT, ["Power Tools", "Hand Tools", "Outdoor Power", "Woodworking", "Brands", "Deals"]
        )
        + '<div class="container">'
        + bs3_crumbs(AT, ["Power Tools", "Drills", "Cordless Drills"], "Makita XFD131")
        + '<div class="page-header"><h1>Makita XFD131 18V LXT Brushless 1/2&quot; Driver-Drill Kit <small>Item # MAK-XFD131</small></h1></div>'
        '<div class="row"><div class="col-md-6"><div id="product-carousel" class="carousel slide" data-ride="carousel"><div class="carousel-inner" role="listbox">'
        '<div class="item active"><img src="'
        + AT
        + '/on/demandware.static/-/Sites-acme-tools/default/images/large/XFD131_1.jpg" class="img-responsive" alt="Makita XFD131"></div>'
        '<div class="item"><img src="'
        + AT
        + '/on/demandware.static/-/Sites-acme-tools/default/images/large/XFD131_2.jpg" class="img-responsive" alt="Makita XFD131 in case"></div></div>'
        '<a class="left carousel-control" href="#product-carousel" role="button" data-slide="prev"><span class="glyphicon glyphicon-chevron-left" aria-hidden="true"></span><span class="sr-only">Previous</span></a>'
        '<a class="right carousel-control" href="#product-carousel" role="button" data-slide="next"><span class="glyphicon glyphicon-chevron-right" aria-hidden="true"></span><span class="sr-only">Next</span></a></div></div>'
        '<div class="col-md-6"><div class="panel panel-default"><div class="panel-body"><p class="lead"><strong class="text-danger">$179.00</strong> <del class="text-muted">$229.00</del></p>'
        '<p><span class="label label-success">In Stock</span> Ships today if ordered by 3pm CST</p><p><span class="glyphicon glyphicon-gift"></span> Free Makita 18V battery with purchase</p>'
        '<form class="form-inline" action="/cart/add"><div class="form-group"><label for="qty">Qty</label> <input id="qty" type="number" class="form-control" value="1" style="width:70px"></div> <button class="btn btn-primary btn-lg">Add to Cart</button></form></div></div>'
        '<ul class="nav nav-tabs" role="tablist"><li role="presentation" class="active"><a href="#overview" role="tab" data-toggle="tab">Overview</a></li><li role="presentation"><a href="#specs" role="tab" data-toggle="tab">Specs</a></li><li role="presentation"><a href="#reviews" role="tab" data-toggle="tab">Reviews</a></li></ul>'
        '<div class="tab-content"><div role="tabpanel" class="tab-pane active" id="overview"><h3>Overview</h3><p>Brushless motor delivers 440 in.lbs. of max torque.</p></div>'
        '<div role="tabpanel" class="tab-pane" id="specs"><table class="table table-striped"><tr><th>Brand</th><td>Makita</td></tr><tr><th>Voltage</th><td>18V</td></tr></table></div>'
        '<div role="tabpanel" class="tab-pane" id="reviews"><h3>Reviews</h3><div class="media"><div class="media-body"><h4 class="media-heading">Light and strong</h4><p>Perfect for cabinet installs.</p></div></div></div></div></div></div>'
        + bs3_cards(
            AT,
            "Frequently Bought Together",
            [
                ("Makita BL1850B 18V LXT 5.0Ah Battery", "$89.00"),
                ("Makita XDT131 18V LXT Brushless Impact Driver Kit", "$179.00"),
                ("Makita B-65399 Impact Gold Driver Bit Set", "$29.99"),
            ],
        )
        + "</div>"
        + footer_2017("Acme Tools", AT),
        body_class="",
    ),
    'Makita XFD131 18V LXT Brushless 1/2" Driver-Drill Kit',
)


# ---- grocery -------------------------------------------------------------------------------------------

PP = "https://www.peapod.com"
case(
    "peapod-2017-angularjs-rendered-h1-templates-left",
    f"{PP}/shop/product/53254",
    page(
        "Peapod - Stop &amp; Shop Grocery Delivery - Cheerios Gluten Free Breakfast Cereal Family Size",
        '<div ng-app="peapodApp" ng-controller="AppCtrl as app" class="ng-scope"><header class="pdl-header ng-scope" ng-include="\'/templates/header.html\'">'
        '<div class="pdl-header__logo"><a href="/" title="Peapod"><img src="/images/peapod-logo-stopandshop.png" alt="Peapod Delivers from Stop &amp; Shop"></a></div>'
        '<div class="pdl-header__search"><form ng-submit="app.search(q)"><input type="text" ng-model="q" placeholder="Search products" class="ng-pristine ng-untouched ng-valid"><button>Search</button></form></div>'
        '<div class="pdl-header__cart"><a href="/cart">Cart <span class="ng-binding">$0.00</span></a> <a href="/timeslots">Choose a Time</a> <a href="/account">Sign In</a></div>'
        '<nav class="pdl-header__nav"><ul><li ng-repeat="aisle in app.aisles" class="ng-scope"><a href="/shop/aisle/produce" class="ng-binding">Produce</a></li><li ng-repeat="aisle in app.aisles" class="ng-scope"><a href="/shop/aisle/breakfast" class="ng-binding">Breakfast &amp; Cereal</a></li>'
        '<li ng-repeat="aisle in app.aisles" class="ng-scope"><a href="/shop/aisle/dairy" class="ng-binding">Dairy</a></li><li ng-repeat="aisle in app.aisles" class="ng-scope"><a href="/shop/aisle/specials" class="ng-binding">Specials</a></li></ul></nav></header>'
        '<div class="pdl-main" ng-view><div class="pdl-breadcrumbs ng-scope"><a href="/shop">Shop</a> &rsaquo; <a href="/shop/aisle/breakfast" class="ng-binding">Breakfast &amp; Cereal</a> &rsaquo; <a href="/shop/aisle/cereal" class="ng-binding">Cold Cereal</a></div>'
        '<div class="pdl-product-detail ng-scope" ng-controller="ProductDetailCtrl as pd"><div class="pdl-product-detail__image"><img ng-src="https://i5.peapod.com/c/GX/GXYZ1.png" src="https://i5.peapod.com/c/GX/GXYZ1.png" alt="Cheerios Gluten Free Breakfast Cereal Family Size"></div>'
        '<div class="pdl-product-detail__info"><h1 class="pdl-product-detail__name ng-binding" ng-bind="pd.product.name">Cheerios Gluten Free Breakfast Cereal Family Size</h1>'
        '<div class="pdl-product-detail__size ng-binding">18 oz</div><div class="pdl-product-detail__price"><span class="ng-binding">$4.99</span> <span class="pdl-unit-price ng-binding">($0.28/oz)</span></div>'
        '<div class="pdl-sale ng-hide" ng-show="pd.product.sale">Sale: <span class="ng-binding"></span></div>'
        '<button class="pdl-btn pdl-btn--add" ng-click="pd.add()">Add to Cart</button></div>'
        '<div class="pdl-product-detail__tabs"><h2>Product Details</h2><p class="ng-binding">Made with whole grain oats. Gluten free.</p><h2>Nutrition</h2><table class="nutrition"><tr><td>Calories</td><td>100</td></tr></table><h2>Ingredients</h2><p>Whole Grain Oats, Corn Starch, Sugar, Salt.</p></div></div>'
        '<div class="pdl-carousel ng-scope"><h2>Similar Products</h2>'
        '<div class="pdl-tile ng-scope" ng-repeat="p in pd.similar"><img src="https://i5.peapod.com/c/AB/ABCD1.png" alt=""><div class="pdl-tile__name ng-binding">Honey Nut Cheerios Cereal Family Size</div><div class="pdl-tile__price ng-binding">$4.99</div><button ng-click="pd.add(p)">Add</button></div>'
        '<div class="pdl-tile ng-scope" ng-repeat="p in pd.similar"><img src="https://i5.peapod.com/c/EF/EFGH2.png" alt=""><div class="pdl-tile__name ng-binding">Kellogg\'s Special K Original Cereal</div><div class="pdl-tile__price ng-binding">$3.79</div><button ng-click="pd.add(p)">Add</button></div></div>'
        '<script type="text/ng-template" id="tile.html"><div class="pdl-tile"><div class="pdl-tile__name">{{ p.name }}</div><div class="pdl-tile__price">{{ p.price | currency }}</div></div></script></div>'
        '<footer class="pdl-footer"><ul><li><a href="/about">About Peapod</a></li><li><a href="/help">Help</a></li><li><a href="/privacy">Privacy</a></li></ul><p>&copy; 2017 Peapod, LLC</p></footer></div>',
        '<script src="https://ajax.googleapis.com/ajax/libs/angularjs/1.5.8/angular.min.js"></script>',
        body_class="ng-scope",
    ),
    "Cheerios Gluten Free Breakfast Cereal Family Size",
)

IG = "https://www.igourmet.com"
case(
    "igourmet-2017-3dcart-h1-title-dash",
    f"{IG}/shoppe/mozzarella-di-bufala-campana-dop.asp",
    page(
        "Mozzarella di Bufala Campana D.O.P. - igourmet.com",
        '<div id="wrapper"><div id="topBar"><div class="container"><span>Free Shipping on orders over $125!</span><a href="/myaccount.asp">My Account</a> | <a href="/view_cart.asp">Cart (0)</a></div></div>'
        '<header id="header"><div class="container"><div id="logo"><a href="/"><img src="/assets/images/igourmet-logo.png" alt="igourmet.com"></a></div>'
        '<div id="searchBox"><form action="/search.asp" method="get"><input type="text" name="keyword" id="searchField" placeholder="Search"><input type="submit" value="Go" class="searchBtn"></form></div></div>'
        '<nav id="mainMenu"><ul><li><a href="/cheese.asp">Cheese</a></li><li><a href="/meats.asp">Meats</a></li><li><a href="/gifts.asp">Gift Baskets</a></li><li><a href="/pantry.asp">Pantry</a></li><li><a href="/clubs.asp">Clubs</a></li></ul></nav></header>'
        '<div id="mainContent" class="container"><div id="leftBar"><div class="sideBox"><h3>Shop Cheese By</h3><ul><li><a href="/cheese-by-country.asp">Country</a></li><li><a href="/cheese-by-milk.asp">Milk Type</a></li></ul></div>'
        '<div class="sideBox"><h3>Featured</h3><div class="featuredItem"><a href="/shoppe/parmigiano-reggiano.asp"><img src="/assets/images/products/thumb/parm.jpg"><span>Parmigiano Reggiano 24 Month</span></a><span class="price">$24.99</span></div></div></div>'
        '<div id="productPage"><div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/cheese.asp">Cheese</a> &gt; <a href="/italian-cheese.asp">Italian Cheese</a> &gt; Mozzarella di Bufala Campana D.O.P.</div>'
        '<div class="prod-left"><div id="mainImage"><a href="/assets/images/products/large/mozz.jpg" class="cloud-zoom" id="zoom1" rel="adjustX: 10, adjustY:-4"><img id="large" src="/assets/images/products/mozz.jpg" alt="Mozzarella di Bufala Campana D.O.P."></a></div>'
        '<div id="extraImages"><a href="/assets/images/products/large/mozz2.jpg" class="cloud-zoom-gallery" rel="useZoom: \'zoom1\', smallImage: \'/assets/images/products/mozz2.jpg\'"><img src="/assets/images/products/thumb/mozz2.jpg"></a></div></div>'
        '<div class="prod-right"><div id="productName"><h1>Mozzarella di Bufala Campana D.O.P.</h1></div><div class="product-id">Item #: <span id="product_id">IT101</span></div>'
        '<div class="weight">Pack Size: 4 x 8.8 oz</div><div class="prices"><div class="price">Price: <span class="price-value">$39.99</span></div></div>'
        '<div class="ship-note">Perishable - ships Monday through Wednesday</div><form method="post" name="add" action="/add_cart.asp"><input name="qty-0" type="text" value="1" size="3"><input type="submit" class="addtocart" value="Add To Cart"></form>'
        '<div id="shareIcons"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Pin it</a></div></div>'
        '<div id="productTabs"><div class="tab" id="tab-1"><h2>Description</h2><p>Made from the milk of water buffalo in Campania. Soft, tangy and milky.</p></div><div class="tab" id="tab-2"><h2>Reviews</h2><div class="review"><strong>Just like Naples</strong><p>Arrived cold, tasted great.</p></div></div></div>'
        '<div id="relatedProducts"><h2>You may also like...</h2><div class="related-item"><a href="/shoppe/burrata.asp"><img src="/assets/images/products/thumb/burrata.jpg"><div class="name">Burrata di Puglia</div></a><div class="price">$19.99</div></div>'
        '<div class="related-item"><a href="/shoppe/prosciutto.asp"><img src="/assets/images/products/thumb/prosciutto.jpg"><div class="name">Prosciutto di Parma D.O.P. Sliced</div></a><div class="price">$14.99</div></div></div></div></div>'
        '<footer id="footer"><div class="container"><div class="col"><h4>Customer Service</h4><ul><li><a href="/contact.asp">Contact Us</a></li><li><a href="/shipping.asp">Shipping</a></li></ul></div><p class="copy">&copy; 2017 igourmet.com. Powered by <a href="https://www.3dcart.com">3dcart</a></p></div></footer></div>',
    ),
    "Mozzarella di Bufala Campana D.O.P.",
)

NET = "https://www.netrition.com"
case(
    "netrition-2017-table-layout-bold-name",
    f"{NET}/quest_nutrition_quest_bar.html",
    page(
        "Quest Nutrition Quest Bar Protein Bars at Netrition.com",
        table_shop_header(
            "Netrition",
            NET,
            ["Brands", "Protein", "Low Carb Foods", "Vitamins", "Sports Nutrition", "Specials"],
            "1-888-817-2411",
        )
        + '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td width="170" valign="top" class="leftnav"><b>Browse Netrition</b><br><a href="/protein_bars.html">Protein Bars</a><br><a href="/low_carb_snacks.html">Low Carb Snacks</a><br><a href="/sugar_free.html">Sugar Free</a><br><br><b>Top Sellers</b><br><a href="/premier_protein_shake.html">Premier Protein Shake</a> $24.99</td>'
        '<td valign="top"><font face="Arial" size="1"><a href="/">Home</a> &gt; <a href="/protein_bars.html">Protein Bars</a> &gt; Quest Nutrition</font><br><br>'
        '<table width="100%" cellpadding="5"><tr><td valign="top" width="250"><img src="/images/quest_bar_box.jpg" width="240" height="240" alt="Quest Nutrition Quest Bar"></td>'
        '<td valign="top"><font face="Arial" size="4" color="#003366"><b>Quest Nutrition Quest Bar Protein Bars</b></font><br><font face="Arial" size="2">by <a href="/quest_nutrition.html">Quest Nutrition</a></font><br><br>'
        '<font face="Arial" size="2">12 bars per box. 20g protein, 4g net carbs.</font><br><br>'
        '<table border="1" cellpadding="3" cellspacing="0"><tr bgcolor="#eeeeee"><td><b>Flavor</b></td><td><b>Price</b></td><td><b>Qty</b></td></tr>'
        '<tr><td>Chocolate Chip Cookie Dough</td><td>$24.99</td><td><input type="text" name="qty_1" size="2"></td></tr>'
        '<tr><td>Cookies &amp; Cream</td><td>$24.99</td><td><input type="text" name="qty_2" size="2"></td></tr></table><br><input type="image" src="/images/add_to_cart.gif" alt="Add to Cart"></td></tr></table>'
        '<hr><font face="Arial" size="3"><b>Nutrition Facts</b></font><br><table><tr><td>Calories</td><td>200</td></tr><tr><td>Protein</td><td>20g</td></tr></table>'
        '<hr><font face="Arial" size="3"><b>Customer Reviews</b></font><br><b>Best bar on the market</b> - Tastes like a cookie.<br>'
        '<hr><font face="Arial" size="3"><b>Customers who bought this also bought</b></font><br><a href="/one_bar.html">ONE Protein Bar</a> $23.99<br><a href="/think_thin.html">thinkThin High Protein Bar</a> $18.99</td></tr></table>'
        '<table width="100%" id="footer"><tr><td align="center"><font size="1">&copy; 1999-2017 Netrition, Inc. | <a href="/privacy.html">Privacy</a> | <a href="/shipping.html">Shipping</a></font></td></tr></table>',
        doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    ),
    "Quest Nutrition Quest Bar Protein Bars",
)


# ---- pet -----------------------------------------------------------------------------------------------

PM = "https://www.1800petmeds.com"
case(
    "petmeds-2017-title-with-size-variant",
    f"{PM}/Frontline+Plus+for+Dogs+45-88+lbs-prod10286.html",
    page(
        "Frontline Plus for Dogs 45-88 lbs (Purple) 6 Doses - 1800PetMeds",
        '<div id="pmContainer"><div id="pmHeader"><div class="logo"><a href="/"><img src="/images/petmeds-logo.png" alt="1-800-PetMeds - America\'s Largest Pet Pharmacy"></a></div>'
        '<div class="hdrSearch"><form action="/search.jsp"><input type="text" name="searchTerm" placeholder="Search"><input type="submit" value="Search"></form></div>'
        '<div class="hdrLinks"><a href="/myaccount.jsp">My Account</a> | <a href="/cart.jsp">Cart</a> | <span class="phone">1-800-738-6337</span></div>'
        '<ul id="pmNav"><li><a href="/flea-tick.jsp">Flea &amp; Tick</a></li><li><a href="/heartworm.jsp">Heartworm</a></li><li><a href="/dog-food.jsp">Pet Food</a></li><li><a href="/pet-supplies.jsp">Pet Supplies</a></li><li><a href="/pharmacy.jsp">Pharmacy</a></li></ul></div>'
        '<div id="pmBody"><div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/flea-tick.jsp">Flea &amp; Tick</a> &gt; <a href="/frontline.jsp">Frontline</a></div>'
        '<div class="prodImgArea"><img id="mainProdImg" src="https://images.1800petmeds.com/images/prod/10286-frontline-plus-dog-purple-l.jpg" alt="Frontline Plus for Dogs"></div>'
        '<div class="prodInfoArea"><h1 class="productname">Frontline Plus for Dogs</h1><div class="prodSubtitle">Flea &amp; Tick Control for Dogs and Puppies</div>'
        '<div class="ratingBar"><img src="/images/stars-4-5.gif" alt="4.5 out of 5"> <a href="#reviews">Read 1,356 Reviews</a></div>'
        '<form action="/addToCart.jsp" method="post"><table class="skuTable"><tr><th>Size</th><th>Qty</th><th>Price</th><th>Each</th></tr>'
        '<tr class="selected"><td><input type="radio" name="sku" checked> 45-88 lbs (Purple)</td><td>6 Doses</td><td class="price">$89.99</td><td>$15.00</td></tr>'
        '<tr><td><input type="radio" name="sku"> 45-88 lbs (Purple)</td><td>3 Doses</td><td class="price">$49.99</td><td>$16.66</td></tr>'
        '<tr><td><input type="radio" name="sku"> 23-44 lbs (Blue)</td><td>6 Doses</td><td class="price">$84.99</td><td>$14.17</td></tr></table>'
        '<div class="autoShip"><input type="checkbox"> AutoShip &amp; Save 5%</div><input type="submit" class="btnAddCart" value="Add To Cart"></form></div>'
        '<div class="tabs"><h2>Description</h2><p>Kills fleas, flea eggs, larvae, ticks and chewing lice.</p><h2>Directions</h2><p>Apply once a month.</p></div>'
        '<div id="reviews"><h2>Customer Reviews</h2><div class="review"><h3>Works great on my lab</h3><p>No more fleas.</p></div></div>'
        '<div class="crossSell"><h2>Customers Also Bought</h2><ul><li><a href="/NexGard-prod11567.html"><img src="https://images.1800petmeds.com/images/prod/nexgard-s.jpg"><span>NexGard Chewables for Dogs</span></a> <span>$104.99</span></li>'
        '<li><a href="/Heartgard-Plus-prod10188.html"><img src="https://images.1800petmeds.com/images/prod/heartgard-s.jpg"><span>Heartgard Plus Chewables</span></a> <span>$43.99</span></li></ul></div></div>'
        + footer_2017("1-800-PetMeds", PM)
        + "</div>",
    ),
    "Frontline Plus for Dogs",
    "Frontline Plus for Dogs 45-88 lbs (Purple) 6 Doses",
)

EP = "https://www.entirelypets.com"
case(
    "woocommerce3-pet-site-title-h1-every-page",
    f"{EP}/product/kong-classic-dog-toy-large/",
    page(
        "KONG Classic Dog Toy, Large &#8211; Entirely Pets",
        woo(
            EP,
            "Entirely Pets",
            "Pet supplies at discount prices",
            ["Dog", "Cat", "Fish", "Bird", "Small Pet", "Pharmacy"],
            ["Dog", "Dog Toys"],
            "KONG Classic Dog Toy, Large",
            '<span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">&#36;</span>11.99</span>',
            "kong-classic-large",
            "The gold standard of dog toys; stuff it with treats.",
            [
                ("KONG Extreme Dog Toy, Large", "14.99"),
                ("Nylabone Dura Chew Wishbone", "8.49"),
                ("Chuckit! Ultra Ball, Medium, 2 Pack", "6.99"),
            ],
            site_title_h1=True,
            sku="KONG-T1",
            cats='<a href="/product-category/dog-toys/" rel="tag">Dog Toys</a>',
        ),
        body_class="product-template-default single single-product postid-812 woocommerce woocommerce-page right-sidebar woocommerce-active",
    ),
    "KONG Classic Dog Toy, Large",
)

OP = "https://www.onlynaturalpet.com"
case(
    "shopify-2017-supply-h2-class-h1-no-microdata",
    f"{OP}/products/onlynaturalpet-easydefense-flea-tick-dog-collar",
    page(
        "OnlyNaturalPet EasyDefense Flea &amp; Tick Dog Collar &ndash; Only Natural Pet",
        '<div id="NavDrawer" class="drawer drawer--left"><div class="drawer__header"><div class="drawer__close js-drawer-close"><button type="button" class="icon-fallback-text"><span class="icon icon-x" aria-hidden="true"></span><span class="fallback-text">Close menu</span></button></div></div>'
        '<ul class="mobile-nav"><li class="mobile-nav__item"><a href="/collections/dog" class="mobile-nav__link">Dog</a></li><li class="mobile-nav__item"><a href="/collections/cat" class="mobile-nav__link">Cat</a></li></ul></div>'
        '<div id="PageContainer" class="is-moved-by-drawer"><div class="announcement-bar"><a href="/pages/shipping" class="announcement-bar__link"><p class="announcement-bar__message">Free Shipping on Orders $49+</p></a></div>'
        '<header class="site-header" role="banner"><div class="wrapper"><div class="grid--full"><div class="grid-item large--one-half"><div class="h1 header-logo" itemscope itemtype="http://schema.org/Organization">'
        '<a href="/" itemprop="url"><img src="//cdn.shopify.com/s/files/1/0123/4567/t/3/assets/logo.png?v=1499" alt="Only Natural Pet" itemprop="logo"></a></div></div>'
        '<div class="grid-item large--one-half text-center large--text-right"><form action="/search" method="get" class="input-group search-bar" role="search"><input type="search" name="q" value="" placeholder="Search our store" class="input-group-field" aria-label="Search our store">'
        '<span class="input-group-btn"><button type="submit" class="btn icon-fallback-text"><span class="icon icon-search" aria-hidden="true"></span><span class="fallback-text">Search</span></button></span></form>'
        '<a href="/cart" class="header-cart-btn cart-toggle"><span class="icon icon-cart"></span>Cart <span class="cart-count cart-badge--desktop hidden-count">0</span></a></div></div></div></header>'
        '<nav class="nav-bar" role="navigation"><div class="wrapper"><ul class="site-nav" id="AccessibleNav"><li><a href="/" class="site-nav__link">Home</a></li><li class="site-nav--has-dropdown"><a href="/collections/dog" class="site-nav__link">Dog</a></li><li><a href="/collections/cat" class="site-nav__link">Cat</a></li><li><a href="/blogs/natural-pet-blog" class="site-nav__link">Blog</a></li></ul></div></nav>'
        '<main class="wrapper main-content" role="main"><div class="grid"><div class="grid-item">'
        '<nav class="breadcrumb" role="navigation" aria-label="breadcrumbs"><a href="/" title="Back to the frontpage">Home</a><span class="divider" aria-hidden="true">&rsaquo;</span><a href="/collections/dog-flea-tick" title="">Dog Flea &amp; Tick</a><span class="divider" aria-hidden="true">&rsaquo;</span><span>OnlyNaturalPet EasyDefense Flea &amp; Tick Dog Collar</span></nav>'
        '<div class="grid product-single"><div class="grid-item large--seven-twelfths medium--seven-twelfths text-center"><div class="product-single__photos"><div class="product-single__photo-wrapper">'
        '<img class="product-single__photo" src="//cdn.shopify.com/s/files/1/0123/4567/products/easydefense-collar_1024x1024.jpg?v=1496" alt="OnlyNaturalPet EasyDefense Flea &amp; Tick Dog Collar" data-zoom="//cdn.shopify.com/s/files/1/0123/4567/products/easydefense-collar_1024x1024.jpg?v=1496"></div>'
        '<ul class="product-single__thumbnails grid-uniform" id="ProductThumbs"><li class="grid-item medium-down--one-quarter large--one-quarter"><a href="//cdn.shopify.com/s/files/1/0123/4567/products/easydefense-collar-2_1024x1024.jpg?v=1496" class="product-single__thumbnail"><img src="//cdn.shopify.com/s/files/1/0123/4567/products/easydefense-collar-2_compact.jpg?v=1496" alt=""></a></li></ul></div></div>'
        '<div class="grid-item large--five-twelfths medium--five-twelfths"><h1 class="h2">OnlyNaturalPet EasyDefense Flea &amp; Tick Dog Collar</h1><p class="product-meta">Only Natural Pet</p><hr class="hr--small">'
        '<form action="/cart/add" method="post" enctype="multipart/form-data" id="AddToCartForm" class="form-vertical"><select name="id" id="productSelect" class="product-single__variants"><option selected="selected" value="4512345601">Small / Medium - $24.99 USD</option><option value="4512345602">Large - $29.99 USD</option></select>'
        '<div class="product-single__prices"><span id="ProductPrice" class="product-single__price">$24.99</span></div><div class="product-single__quantity"><label for="Quantity" class="quantity-selector">Quantity</label><input type="number" id="Quantity" name="quantity" value="1" min="1" class="quantity-selector"></div>'
        '<button type="submit" name="add" id="AddToCart" class="btn btn--wide btn--secondary"><span class="icon icon-cart"></span><span id="AddToCartText">Add to Cart</span></button></form><hr class="hr--small">'
        '<div class="product-description rte"><p>Essential-oil based collar, free of synthetic pesticides. Protects for up to 4 months.</p></div></div></div>'
        '<hr class="hr--clear"><div class="related-products"><h4 class="small--text-center">More from this collection</h4><div class="grid-uniform">'
        '<div class="grid-item small--one-half medium--one-quarter large--one-quarter"><a href="/products/herbal-defense-spray" class="product-grid-item"><div class="product-grid-image"><div class="product-grid-image--centered"><img src="//cdn.shopify.com/s/files/1/0123/4567/products/herbal-spray_large.jpg?v=1496" alt="OnlyNaturalPet Herbal Defense Spray"></div></div><p>OnlyNaturalPet Herbal Defense Spray</p><div class="product-item--price"><span class="h1 medium--left"><small aria-hidden="true">$12<sup>99</sup></small><span class="visually-hidden">$12.99</span></span></div></a></div>'
        '<div class="grid-item small--one-half medium--one-quarter large--one-quarter"><a href="/products/flea-comb" class="product-grid-item"><div class="product-grid-image"><div class="product-grid-image--centered"><img src="//cdn.shopify.com/s/files/1/0123/4567/products/flea-comb_large.jpg?v=1496" alt="Safari Flea Comb"></div></div><p>Safari Flea Comb</p><div class="product-item--price"><span class="h1 medium--left"><small aria-hidden="true">$5<sup>49</sup></small><span class="visually-hidden">$5.49</span></span></div></a></div></div></div>'
        '</div></div></main><footer class="site-footer small--text-center" role="contentinfo"><div class="wrapper"><div class="grid-uniform"><div class="grid-item large--one-quarter"><h3 class="h4">Quick Links</h3><ul class="site-footer__links"><li><a href="/search">Search</a></li><li><a href="/pages/about-us">About Us</a></li></ul></div>'
        '<div class="grid-item large--one-half"><h3 class="h4">Newsletter</h3><form action="//onlynaturalpet.us1.list-manage.com/subscribe/post" method="post" id="mc-embedded-subscribe-form" class="input-group"><input type="email" placeholder="your-email@example.com" name="EMAIL" class="input-group-field"><span class="input-group-btn"><input type="submit" class="btn" value="Subscribe" name="subscribe"></span></form></div></div>'
        '<div class="grid"><div class="grid-item text-center"><p class="site-footer__copyright">Copyright &copy; 2017, <a href="/" title="">Only Natural Pet</a>. <a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></p></div></div></div></footer></div>',
    ),
    "OnlyNaturalPet EasyDefense Flea & Tick Dog Collar",
)


# ---- auto ----------------------------------------------------------------------------------------------

SR = "https://www.summitracing.com"
case(
    "summit-2017-title-part-number-free-shipping",
    f"{SR}/parts/edl-1406",
    page(
        "Edelbrock 1406 - Edelbrock Performer Series Carburetors - Free Shipping on Orders Over $99 at Summit Racing",
        '<div id="wrapper"><header id="header"><div class="header-top"><a href="/" id="logo"><img src="/global/images/summit-racing-logo.png" alt="Summit Racing Equipment"></a>'
        '<div class="vehicle-select"><span>Select Your Vehicle</span><select><option>Year</option></select><select><option>Make</option></select></div>'
        '<form id="search-form" action="/search"><input type="text" name="keyword" placeholder="Enter Keyword or Part Number"><button type="submit">Search</button></form>'
        '<div class="account-links"><a href="/account">Sign In</a> <a href="/cart">Cart (0)</a> <span class="phone">1-800-230-3030</span></div></div>'
        '<nav id="main-nav"><ul><li><a href="/search/department/air-fuel-delivery">Air &amp; Fuel Delivery</a></li><li><a href="/search/department/engine">Engine</a></li><li><a href="/search/department/exhaust">Exhaust</a></li><li><a href="/search/department/ignition">Ignition</a></li><li><a href="/deals">Deals</a></li></ul></nav></header>'
        '<div id="content"><ul class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/search/department/air-fuel-delivery">Air &amp; Fuel Delivery</a></li><li><a href="/search/part-type/carburetors">Carburetors</a></li><li>Edelbrock Performer Series Carburetors</li></ul>'
        '<div class="part-header"><h1 class="part-title">Edelbrock Performer Series Carburetors 1406</h1><div class="part-number">Part Number: <span>EDL-1406</span></div>'
        '<div class="rating"><span class="stars-45"></span> <a href="#reviews">(1,984 Reviews)</a></div></div>'
        '<div class="part-images"><div class="main-image"><a href="https://static.summitracing.com/global/images/prod/xlarge/edl-1406_w.jpg" class="zoom"><img src="https://static.summitracing.com/global/images/prod/large/edl-1406_w.jpg" alt="Edelbrock 1406 Performer Series Carburetor"></a></div>'
        '<div class="thumbs"><img src="https://static.summitracing.com/global/images/prod/thumb/edl-1406_w.jpg"><img src="https://static.summitracing.com/global/images/prod/thumb/edl-1406_w2.jpg"></div></div>'
        '<div class="part-buy"><div class="price"><span class="price-label">Summit Racing Price</span> <span class="price-value">$339.95</span></div><div class="shipping-note">Free Shipping on Orders Over $99</div>'
        '<div class="availability">In Stock</div><form action="/cart/add" method="post"><input type="hidden" name="part" value="EDL-1406"><input type="number" name="qty" value="1"><button class="add-to-cart">Add to Cart</button></form></div>'
        '<div class="part-summary"><h2>Edelbrock Performer Series Carburetors 1406</h2><ul><li>Carburetor, Performer, 600 cfm, 4-Barrel, Square Bore, Electric Choke, Satin</li><li>Sold individually.</li></ul></div>'
        '<div class="specs"><h2>Specifications</h2><table><tr><td>Brand:</td><td>Edelbrock</td></tr><tr><td>Manufacturer\'s Part Number:</td><td>1406</td></tr><tr><td>Airflow (cfm):</td><td>600 cfm</td></tr></table></div>'
        '<div id="reviews"><h2>Edelbrock Performer Series Carburetors 1406 Reviews</h2><div class="review"><h3>Bolt on and go</h3><p>Ran right out of the box on my 350.</p></div></div>'
        '<div class="also"><h2>Customers Also Purchased</h2><ul><li><a href="/parts/edl-2101"><img src="https://static.summitracing.com/global/images/prod/thumb/edl-2101.jpg"><span>Edelbrock Performer Intake Manifold 2101</span></a><span>$189.95</span></li>'
        '<li><a href="/parts/edl-8008"><img src="https://static.summitracing.com/global/images/prod/thumb/edl-8008.jpg"><span>Edelbrock Carburetor Adapter 8008</span></a><span>$39.95</span></li></ul></div></div>'
        + footer_2017("Summit Racing Equipment", SR)
        + "</div>",
    ),
    "Edelbrock Performer Series Carburetors 1406",
)

AAP = "https://shop.advanceautoparts.com"
case(
    "advanceauto-2017-websphere-part-label",
    f"{AAP}/p/duralast-autocraft-gold-battery-group-size-24f-12v-710-cca/2120001-P",
    page(
        "Autocraft Gold Battery, Group Size 24F, 710 CCA 24F-AGM | Advance Auto Parts",
        websphere_aurora(
            AAP,
            "Advance Auto Parts",
            [
                "Replacement Parts",
                "Batteries",
                "Oil &amp; Fluids",
                "Accessories",
                "Tools &amp; Equipment",
                "Performance",
            ],
            ["Batteries", "Automotive Batteries"],
            "Autocraft Gold Battery, Group Size 24F, 710 CCA",
            "24F-AGM",
            "$159.99",
            "24f-agm",
            [
                ("Autocraft Silver Battery, Group Size 24F, 600 CCA", "$119.99"),
                ("Battery Terminal Cleaner Brush", "$4.99"),
            ],
            sku_label="Part #",
        ),
    ),
    "Autocraft Gold Battery, Group Size 24F, 710 CCA",
)

CID = "https://www.carid.com"
case(
    "bigcommerce-blueprint-h1-logo-h2-name",
    f"{CID}/products/weathertech-digitalfit-floor-liners.html",
    page(
        "WeatherTech DigitalFit Front Floor Liners, Black - AutoTrim Depot",
        '<div id="Container"><div id="AjaxLoading"><img src="/templates/__custom/images/ajax-loader.gif" alt="">&nbsp; Loading... Please wait...</div>'
        '<div id="Header"><div id="Logo"><h1><a href="'
        + CID
        + '/">AutoTrim Depot</a></h1><p class="LogoSlogan">Floor mats, covers &amp; trim for every ride</p></div>'
        '<div id="SearchForm"><form action="/search.php" method="get" onsubmit="return check_small_search_form()"><label for="search_query">Search</label><input type="text" name="search_query" id="search_query" class="Textbox autobox" value="Search"><input type="image" src="/templates/__custom/images/Search.gif" class="Button"></form></div>'
        '<div id="TopMenu"><ul><li><a href="/account.php">My Account</a></li><li><a href="/orderstatus.php">Order Status</a></li><li><a href="/wishlist.php">Wish Lists</a></li><li class="CartLink"><a href="/cart.php">View Cart</a></li></ul></div></div>'
        '<div id="Menu"><ul><li class="First"><a href="/"><span>Home</span></a></li><li><a href="/floor-mats/"><span>Floor Mats</span></a></li><li><a href="/seat-covers/"><span>Seat Covers</span></a></li><li><a href="/cargo/"><span>Cargo</span></a></li></ul></div>'
        '<div id="Wrapper"><div class="Left" id="LayoutColumn1"><div class="Block CategoryList Moveable Panel" id="SideCategoryList"><h2>Categories</h2><div class="BlockContent"><ul><li><a href="/floor-mats/">Floor Mats</a></li><li><a href="/floor-liners/">Floor Liners</a></li></ul></div></div>'
        '<div class="Block BrandList Moveable Panel" id="SideShopByBrand"><h2>Popular Brands</h2><div class="BlockContent"><ul><li><a href="/brands/WeatherTech.html">WeatherTech</a></li><li><a href="/brands/Husky-Liners.html">Husky Liners</a></li></ul></div></div>'
        '<div class="Block PopularProducts Moveable Panel" id="SideCategoryPopularProducts"><h2>Popular Products</h2><div class="BlockContent"><ul class="ProductList"><li><div class="ProductImage"><a href="/products/husky-x-act.html"><img src="/product_images/t/husky__12345.jpg" alt=""></a></div><div class="ProductDetails"><strong><a href="/products/husky-x-act.html">Husky Liners X-act Contour Floor Liners</a></strong></div><div class="ProductPriceRating"><em>$139.95</em></div></li></ul></div></div></div>'
        '<div class="Content" id="LayoutColumn2"><div id="ProductBreadcrumb" class="Block Moveable Panel Breadcrumb"><ul><li><a href="'
        + CID
        + '">Home</a></li><li><a href="/floor-liners/">Floor Liners</a></li><li>WeatherTech DigitalFit Front Floor Liners, Black</li></ul></div>'
        '<div class="Block Moveable Panel PrimaryProductDetails" id="ProductDetails"><div class="BlockContent"><div class="ProductThumb"><div class="ProductThumbImage" style="width:300px; height:300px;">'
        '<a rel="prodImage" style="margin:auto;" href="/product_images/s/weathertech-digitalfit__22031.jpg" onclick="showProductImage(\'/productimage.php\', 812); return false;"><img src="/product_images/v/weathertech-digitalfit__22031.jpg" alt="WeatherTech DigitalFit Front Floor Liners, Black"></a></div>'
        '<div class="ImageCarouselBox" style="margin:0 auto;"><ul><li><a href="javascript:void(0)"><img src="/product_images/t/weathertech-digitalfit-2__22032.jpg" alt=""></a></li></ul></div></div>'
        '<h2>WeatherTech DigitalFit Front Floor Liners, Black</h2><div class="ProductDetailsGrid"><div class="DetailRow RetailPrice"><div class="Label">RRP:</div><div class="Value"><strike>$124.95</strike></div></div>'
        '<div class="DetailRow PriceRow"><div class="Label">Price:</div><div class="Value"><em class="ProductPrice VariationProductPrice">$109.95</em></div></div>'
        '<div class="DetailRow ProductSKU"><div class="Label">SKU:</div><div class="Value"><span class="VariationProductSKU">WT-441081</span></div></div>'
        '<div class="DetailRow"><div class="Label">Brand:</div><div class="Value"><a href="/brands/WeatherTech.html">WeatherTech</a></div></div>'
        '<div class="DetailRow"><div class="Label">Shipping:</div><div class="Value">Free Shipping</div></div></div>'
        '<div class="ProductDetailsGrid ProductAddToCart"><form method="post" action="/cart.php" id="productDetailsAddToCartForm"><input type="hidden" name="action" value="add"><input type="hidden" name="product_id" value="812">'
        '<div class="DetailRow"><div class="Label QuantityInput">Quantity:</div><div class="Value AddCartButton"><input type="text" name="qty[]" id="qty_" class="Field45 quantityInput" value="1"><div class="BulkDiscount"><input type="image" src="/templates/__custom/images/AddCartButton.gif" alt="Add to Cart"></div></div></div></form></div></div></div>'
        '<div class="Block Moveable Panel" id="ProductDescription"><h2>Product Description</h2><div class="ProductDescriptionContainer"><p>Laser-measured for a perfect fit; raised edges hold water, mud and snow.</p></div></div>'
        '<div class="Block Moveable Panel" id="ProductReviews"><h2>Product Reviews</h2><div class="BlockContent"><ol class="ProductReviewList"><li><h4 class="ReviewTitle">Perfect fit in my F-150</h4><p>Worth the money.</p></li></ol></div></div>'
        '<div class="Block Moveable Panel" id="SimilarProductsByTag"><h2>Related Products</h2><div class="BlockContent"><ul class="ProductList"><li><div class="ProductImage"><a href="/products/weathertech-cargo.html"><img src="/product_images/t/wt-cargo__33.jpg" alt=""></a></div><div class="ProductDetails"><strong><a href="/products/weathertech-cargo.html">WeatherTech Cargo Liner, Black</a></strong></div><div class="ProductPriceRating"><em>$119.95</em></div></li></ul></div></div></div>'
        '<div class="Right" id="LayoutColumn3"><div class="Block NewsletterSubscription Moveable Panel" id="SideNewsletterBox"><h2>Newsletter</h2><div class="BlockContent"><form action="/subscribe.php" method="post" id="subscribe_form"><label for="nl_first_name">Your First Name:</label><input class="Textbox" id="nl_first_name" name="nl_first_name" type="text"><input type="image" src="/templates/__custom/images/NewsletterSubscribe.gif" class="Button"></form></div></div></div></div>'
        '<div id="ContainerFooter"><div class="Footer"><p id="FooterUpper"><a href="/">Home</a> | <a href="/floor-mats/">Floor Mats</a> | <a href="/sitemap/">Sitemap</a></p><p id="FooterLower">All prices are in <span title="US Dollars">USD</span>. Copyright 2017 AutoTrim Depot. <a href="/sitemap/"><span>Sitemap</span></a> | <a href="http://www.bigcommerce.com" target="_blank" rel="nofollow">Shopping Cart Software</a> by BigCommerce</p></div></div></div>',
        doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    ),
    "WeatherTech DigitalFit Front Floor Liners, Black",
)


# ---- pharmacy ------------------------------------------------------------------------------------------

RA = "https://shop.riteaid.com"
case(
    "riteaid-2017-magento-rwd-brand-span-and-name",
    f"{RA}/advil-ibuprofen-tablets-200mg-100-ct-0305730150401",
    page(
        "Advil Pain Reliever/Fever Reducer Coated Tablets, 200mg, 100 ct | Rite Aid",
        magento_rwd(
            RA,
            "Rite Aid",
            ["Pharmacy", "Health", "Vitamins", "Beauty", "Personal Care", "Baby", "Household"],
            ["Health", "Pain Relief", "Pain Relievers"],
            '<div class="product-brand"><a href="'
            + RA
            + '/brands/advil">Advil</a></div><div class="product-name"><span class="h1">Advil Pain Reliever/Fever Reducer Coated Tablets, 200mg, 100 ct</span></div>'
            '<div class="product-sku">Item # 0305730150401</div>',
            "Advil Pain Reliever/Fever Reducer Coated Tablets, 200mg, 100 ct",
            "$11.99",
            "advil-100",
            "Fast, effective relief of headaches, muscle aches, minor arthritis pain and fever.",
            [("Brand", "Advil"), ("Active Ingredient", "Ibuprofen 200 mg"), ("Count", "100")],
            [("Works fast", "My go-to for headaches.")],
            [
                ("Tylenol Extra Strength Caplets, 500mg, 100 ct", "$10.99"),
                ("Rite Aid Ibuprofen Tablets, 200mg, 100 ct", "$5.99"),
            ],
            "Advil Pain Reliever/Fever Reducer Coated Tablets, 200mg, 100 ct",
        ),
        body_class="catalog-product-view",
    ),
    "Advil Pain Reliever/Fever Reducer Coated Tablets, 200mg, 100 ct",
)

VS = "https://www.vitaminshoppe.com"
case(
    "vitaminshoppe-2017-atg-brand-h2-name-h1",
    f"{VS}/p/optimum-nutrition-gold-standard-100-whey-double-rich-chocolate-5-lbs/on-1011",
    page(
        "Optimum Nutrition Gold Standard 100% Whey Double Rich Chocolate 5 lbs - The Vitamin Shoppe",
        '<div id="pageContainer"><div id="headerContainer"><div class="hdrPromo">Free Shipping on Orders $25+</div><div id="logo"><a href="/"><img src="/images/vitaminshoppe-logo.png" alt="The Vitamin Shoppe"></a></div>'
        '<div id="hdrSearch"><form action="/search/searchResults.jsp" method="get"><input type="text" name="search" placeholder="Search 20,000+ products"><input type="submit" value="Search"></form></div>'
        '<div id="hdrUtil"><a href="/account/login.jsp">Sign In</a> | <a href="/healthyawards/">Healthy Awards</a> | <a href="/cart/cart.jsp">Cart</a></div>'
        '<ul id="megaNav"><li><a href="/c/vitamins-supplements/N-8yv">Vitamins &amp; Supplements</a></li><li><a href="/c/sports-nutrition/N-8ys">Sports Nutrition</a></li><li><a href="/c/diet-weight/N-8yt">Diet &amp; Weight</a></li><li><a href="/c/specials/N-spc">Specials</a></li></ul></div>'
        '<div id="mainContainer"><div id="breadcrumbs"><a href="/">Home</a> / <a href="/c/sports-nutrition/N-8ys">Sports Nutrition</a> / <a href="/c/protein/N-8yu">Protein</a> / <a href="/c/whey-protein/N-8zd">Whey Protein</a></div>'
        '<div id="productDetail"><div class="pdpLeft"><div id="mainImage"><img src="https://www.vitaminshoppe.com/images/prod/on/on-1011_front.jpg" alt="Gold Standard 100% Whey"></div><div class="altImages"><img src="https://www.vitaminshoppe.com/images/prod/on/on-1011_back_thumb.jpg"></div></div>'
        '<div class="pdpRight"><h2 class="brandName"><a href="/b/optimum-nutrition/N-1z13">Optimum Nutrition</a></h2><h1 class="productName">Gold Standard 100% Whey Double Rich Chocolate 5 lbs</h1>'
        '<div class="itemNo">Item # ON-1011</div><div class="ratings"><span class="rating r45"></span> <a href="#reviews">3,210 Reviews</a></div>'
        '<div class="pricing"><span class="listPrice">List Price: <del>$78.99</del></span><span class="ourPrice">Our Price: $59.99</span><span class="bogo">Buy 1, Get 1 50% Off</span></div>'
        '<div class="sizeSelect"><label>Size:</label><a class="selected">5 lbs</a> <a>2 lbs</a> <a>10 lbs</a></div><div class="addCart"><input type="text" value="1"><button class="btnAddToCart">Add to Cart</button></div>'
        '<div class="autoDelivery"><input type="checkbox"> Auto Delivery: Save 15%</div></div></div>'
        '<div id="tabs"><h3>Details</h3><p>24g of blended protein, 5.5g BCAAs per serving.</p><h3>Supplement Facts</h3><table><tr><td>Serving Size</td><td>1 scoop (30.4g)</td></tr></table></div>'
        '<div id="reviews"><h3>Reviews</h3><div class="review"><h4>Mixes well</h4><p>Tastes great with milk.</p></div></div>'
        '<div class="recs"><h3>Customers Also Bought</h3><ul><li><a href="/p/on-creatine"><img src="https://www.vitaminshoppe.com/images/prod/on/on-1101_thumb.jpg"><span class="brand">Optimum Nutrition</span><span class="name">Micronized Creatine Powder 600 g</span></a><span class="price">$29.99</span></li>'
        '<li><a href="/p/bsn-syntha-6"><img src="https://www.vitaminshoppe.com/images/prod/bsn/bsn-1005_thumb.jpg"><span class="brand">BSN</span><span class="name">Syntha-6 Chocolate Milkshake 5 lbs</span></a><span class="price">$52.99</span></li></ul></div></div>'
        + footer_2017("The Vitamin Shoppe", VS)
        + "</div>",
    ),
    "Gold Standard 100% Whey Double Rich Chocolate 5 lbs",
    "Optimum Nutrition Gold Standard 100% Whey Double Rich Chocolate 5 lbs",
)

DS = "https://www.drugstore.com"
case(
    "drugstore-2017-caption-div-no-heading",
    f"{DS}/neutrogena-hydro-boost-water-gel/qxp512345",
    page(
        "Neutrogena Hydro Boost Water Gel, 1.7 oz - drugstore.com",
        '<div id="container"><div id="header"><a href="/" id="dscLogo"><img src="/img/dsc-logo.gif" alt="drugstore.com - a Walgreens company"></a><div id="hdrTopLinks"><a href="/myaccount/">your account</a> | <a href="/help/">help</a> | <a href="/cart/">cart</a></div>'
        '<form id="srchForm" action="/search/search_results.asp"><input type="text" name="N" id="srchBox"><input type="image" src="/img/btn_search.gif" alt="search"></form>'
        '<div id="tabNav"><a href="/health/">health</a> <a href="/beauty/">beauty</a> <a href="/vitamins/">vitamins</a> <a href="/personal-care/">personal care</a> <a href="/pharmacy/">pharmacy</a></div></div>'
        '<div id="content"><div id="breadcrumb"><a href="/">home</a> &gt; <a href="/beauty/">beauty</a> &gt; <a href="/skin-care/">skin care</a> &gt; <a href="/moisturizers/">moisturizers</a></div>'
        '<table id="productLayout" cellpadding="0" cellspacing="0"><tr><td id="prodImgCell" valign="top"><img id="mainProductImage" src="https://pics.drugstore.com/prodimg/512345/450.jpg" alt="Neutrogena Hydro Boost Water Gel"><br><a href="#" class="lnkEnlarge">enlarge image</a></td>'
        '<td valign="top"><div id="divBrandName"><a href="/neutrogena/qxb1234">Neutrogena</a></div><div id="divCaption" class="captionText">Hydro Boost Water Gel</div><div id="divSize" class="captionSize">1.7 oz</div>'
        '<div id="divRating"><img src="/img/stars_45.gif" alt="4.5 stars"> (684) <a href="#reviews">read reviews</a></div>'
        '<div id="divPricing"><span class="listPrice">list price: $23.99</span><br><span class="price">$17.99</span> <span class="savings">save 25%</span></div>'
        '<div id="divShipping">in stock; usually ships within 1 business day</div><form action="/cart/add.asp"><input type="text" name="qty" value="1" size="2"> <input type="image" src="/img/btn_addtocart.gif" alt="add to cart"></form></td></tr></table>'
        '<div id="divDetails"><h3>details</h3><p>Hyaluronic acid gel cream absorbs instantly like a gel but has the long-lasting, intense moisturizing power of a cream.</p><h3>ingredients</h3><p>Water, Dimethicone, Glycerin.</p></div>'
        '<div id="reviews"><h3>customer reviews</h3><div class="review"><b>love it</b><p>Lightweight and hydrating.</p></div></div>'
        '<div id="divAlsoBought"><h3>customers who bought this also bought</h3><ul><li><a href="/cerave-pm/qxp4444"><img src="https://pics.drugstore.com/prodimg/4444/100.jpg"><span>CeraVe PM Facial Moisturizing Lotion, 3 oz</span></a> $13.99</li>'
        '<li><a href="/olay-regenerist/qxp5555"><img src="https://pics.drugstore.com/prodimg/5555/100.jpg"><span>Olay Regenerist Micro-Sculpting Cream, 1.7 oz</span></a> $24.99</li></ul></div></div>'
        '<div id="footer"><p><a href="/about/">about us</a> | <a href="/privacy/">privacy policy</a> | <a href="/terms/">terms of use</a></p><p>&copy; 1999-2017 drugstore.com, inc.</p></div></div>',
    ),
    "Neutrogena Hydro Boost Water Gel, 1.7 oz",
    "Hydro Boost Water Gel",
    "Neutrogena Hydro Boost Water Gel",
    "Hydro Boost Water Gel 1.7 oz",
)


# ---- gifts ---------------------------------------------------------------------------------------------

TR = "https://www.thingsremembered.com"
case(
    "thingsremembered-2017-atg-personalized",
    f"{TR}/personalized-whiskey-decanter/product/10156478",
    page(
        "Personalized Whiskey Decanter | Things Remembered",
        '<div id="wrapper"><div id="promoBanner">Free Personalization on Everything! <a href="/promo">Details</a></div><div id="header"><div class="logo"><a href="/"><img src="/images/tr-logo.png" alt="Things Remembered"></a></div>'
        '<div class="utility"><a href="/myaccount/login.jsp">Sign In</a> <a href="/storelocator">Find a Store</a> <a href="/cart/cart.jsp" class="bag">Bag (0)</a></div>'
        '<form class="search" action="/search"><input type="text" name="Ntt" placeholder="Search for gifts"><button>Search</button></form>'
        '<ul class="topnav"><li><a href="/c/occasions">Occasions</a></li><li><a href="/c/recipients">Recipients</a></li><li><a href="/c/home-decor">Home Decor</a></li><li><a href="/c/barware">Barware</a></li><li><a href="/c/jewelry">Jewelry</a></li></ul></div>'
        '<div id="main"><div class="breadcrumbs"><a href="/">Home</a> / <a href="/c/barware">Barware</a> / <a href="/c/decanters">Decanters</a></div>'
        '<div class="pdp-wrapper"><div class="pdp-images"><div id="s7viewer" class="s7flyoutviewer"><div class="s7container"><img src="https://s7.thingsremembered.com/is/image/ThingsRemembered/10156478?$pdp_main$" alt="Personalized Whiskey Decanter"></div></div>'
        '<div class="swatches"><img src="https://s7.thingsremembered.com/is/image/ThingsRemembered/10156478_alt1?$thumb$"></div></div>'
        '<div class="pdp-info"><div class="pdp-flag">Exclusive</div><h1 class="pdp-title">Personalized Whiskey Decanter</h1><div class="pdp-item">Item # 10156478</div>'
        '<div class="pdp-price"><span class="was">Reg. $59.99</span> <span class="now">Sale $41.99</span></div><div class="pdp-promo">30% Off Barware - Use Code CHEERS</div>'
        '<div class="personalize"><h3>Step 1: Personalize It</h3><label>Line 1 (up to 12 characters)</label><input type="text" maxlength="12"><label>Font</label><select><option>Block</option><option>Script</option></select>'
        '<h3>Step 2: Add to Bag</h3><button class="btnAddToBag">Add to Bag</button></div></div></div>'
        '<div class="pdp-details"><h2>Product Details</h2><ul><li>Holds 24 oz.</li><li>Lead-free glass</li></ul></div><div class="pdp-reviews"><h2>Reviews</h2><div class="review"><h3>Perfect groomsman gift</h3><p>Engraving was crisp.</p></div></div>'
        '<div class="pdp-recs"><h2>Complete the Gift</h2><ul><li><a href="/personalized-whiskey-glasses/product/10156479"><img src="https://s7.thingsremembered.com/is/image/ThingsRemembered/10156479?$rec$"><p>Personalized Whiskey Glasses, Set of 2</p></a><p class="price">$29.99</p></li>'
        '<li><a href="/personalized-wood-box/product/10111111"><img src="https://s7.thingsremembered.com/is/image/ThingsRemembered/10111111?$rec$"><p>Personalized Decanter Gift Box</p></a><p class="price">$39.99</p></li></ul></div></div>'
        + footer_2017("Things Remembered", TR)
        + "</div>",
    ),
    "Personalized Whiskey Decanter",
)


def miva9(
    base: str,
    shop: str,
    menus: list[str],
    crumbs: list[str],
    name: str,
    code: str,
    price: str,
    img: str,
    related: list[tuple[str, str]],
) -> str:
    """Miva Merchant 9 on the Shadows framework (2017): the store's name before the product's in the
    `<title>` ("Store: Product"), `h1.product-name`, "Product Code:", `span#price-value`, the related
    products' `a.related-product` cards."""
    nav = "".join(
        f'<li class="level-1"><a href="{base}/{m.lower().replace(" ", "-")}.html">{m}</a></li>' for m in menus
    )
    crumb = "".join(f'<li><a href="{base}/{c.lower().replace(" ", "-")}.html">{c}</a></li>' for c in crumbs)
    rel = "".join(
        f'<div class="column half medium-one-fourth"><a href="{base}/rel-{i}.html" class="related-product"><img src="{base}/mm5/graphics/00000001/rel-{i}_220x220.jpg" alt="{n}"><span class="name">{n}</span><span class="price">{p}</span></a></div>'
        for i, (n, p) in enumerate(related)
    )
    return (
        f'<header class="x-header" id="js-header"><div class="row np"><div class="column whole np x-header__top"><div class="row wrap"><div class="column whole medium-half">Call Us: 1-800-555-0199</div><div class="column whole medium-half t-global-account"><a href="{base}/customer-log-in.html">Sign In</a> | <a href="{base}/basket-contents.html">Cart</a></div></div></div></div>'
        f'<div class="row wrap"><div class="column whole medium-one-third"><a href="{base}/" title="{shop}"><img src="{base}/mm5/graphics/00000001/logo.png" alt="{shop}" class="x-header__logo"></a></div>'
        f'<div class="column whole medium-two-thirds"><form method="post" action="{base}/search.html" class="t-site-header__search-form"><input type="search" name="Search" value="" placeholder="Search..." class="c-form-input"><button type="submit" class="c-button">Search</button></form></div></div>'
        f'<nav class="x-transfigure-navigation"><ul class="x-transfigure-navigation__row">{nav}</ul></nav></header>'
        f'<main class="o-wrapper"><nav class="x-collapsing-breadcrumbs"><ul class="x-collapsing-breadcrumbs__group"><li><a href="{base}/">Home</a></li>{crumb}<li><span>{name}</span></li></ul></nav>'
        '<section class="row product-detail"><div class="column whole medium-half"><div class="product-images"><div class="thumbnail-wrapper"><a href="#" class="main-image-link"><img id="main_image" src="'
        + base
        + f'/mm5/graphics/00000001/{img}_540x540.jpg" alt="{name}"></a></div>'
        f'<div class="thumbnails"><span class="thumbnail-img"><img src="{base}/mm5/graphics/00000001/{img}_2_84x84.jpg" alt=""></span></div></div></div>'
        f'<div class="column whole medium-half"><form method="post" action="{base}/basket-contents.html"><input type="hidden" name="Action" value="ADPR"><input type="hidden" name="Product_Code" value="{code}">'
        f'<h1 class="column whole medium-all large-all product-name">{name}</h1><p class="product-code"><span class="product-code__label">Product Code:</span> {code}</p>'
        f'<p class="product-price"><span id="price-value">{price}</span></p><div class="product-quantity"><label for="l-quantity">Qty</label><input id="l-quantity" type="tel" name="Quantity" value="1"></div>'
        '<input type="submit" class="button button-square bg-primary add-to-cart" value="Add to Cart"></form></div></section>'
        '<section class="row product-information"><div class="column whole"><h2 class="h4">Product Description</h2><p>A keepsake they will treasure.</p></div></section>'
        f'<section class="row related-products"><div class="column whole"><h3>You May Also Like</h3></div>{rel}</section></main>'
        f'<footer class="bg-gray-dark"><div class="row wrap"><div class="column whole medium-one-fourth"><h5>Customer Service</h5><ul><li><a href="{base}/contact-us.html">Contact Us</a></li><li><a href="{base}/shipping.html">Shipping</a></li></ul></div>'
        f'<div class="column whole medium-one-fourth"><h5>Newsletter</h5><form><input type="email" placeholder="Email"><button>Join</button></form></div><p class="column whole copyright">&copy; 2017 {shop}. Powered by Miva Merchant.</p></div></footer>'
    )


CG = "https://www.countryheartgifts.com"
case(
    "miva9-shop-colon-name-title",
    f"{CG}/personalized-family-tree-canvas-16x20.html",
    page(
        "Country Heart Gifts: Personalized Family Tree Canvas, 16x20",
        miva9(
            CG,
            "Country Heart Gifts",
            ["Personalized Gifts", "Home Decor", "Wedding", "Baby", "Memorial", "Sale"],
            ["Personalized Gifts", "Wall Art"],
            "Personalized Family Tree Canvas, 16x20",
            "CHG-FT1620",
            "$64.95",
            "family-tree-canvas",
            [
                ("Personalized Wedding Date Canvas, 11x14", "$44.95"),
                ("Custom Family Name Sign, Rustic Wood", "$39.95"),
            ],
        ),
        body_class="PROD",
    ),
    "Personalized Family Tree Canvas, 16x20",
)

GC = "https://www.giftbasketsplus.com"
case(
    "yahoo-store-rtml-font-b-name",
    f"{GC}/sweet-treats-gourmet-gift-basket.html",
    page(
        "Sweet Treats Gourmet Gift Basket",
        '<table border="0" cellspacing="0" cellpadding="0" width="780" align="center"><tr><td colspan="2">'
        '<a href="index.html"><img src="https://sep.yimg.com/ca/I/yhst-12345678901234_2271_0" width="780" height="110" border="0" hspace="0" vspace="0" alt="Gift Baskets Plus"></a></td></tr>'
        '<tr><td colspan="2" bgcolor="#7a1e2b" id="topnav"><a href="index.html"><font color="#ffffff" face="verdana" size="2">Home</font></a> &middot; <a href="info.html"><font color="#ffffff" face="verdana" size="2">Info</font></a> &middot; <a href="https://order.store.yahoo.net/yhst-12345678901234/cgi-bin/wg-order?yhst-12345678901234"><font color="#ffffff" face="verdana" size="2">Show Order</font></a> &middot; <a href="nsearch.html"><font color="#ffffff" face="verdana" size="2">Search</font></a></td></tr>'
        '<tr valign="top"><td width="160" bgcolor="#f4ecd8" id="leftnav"><table border="0" cellspacing="0" cellpadding="3" width="160">'
        '<tr><td><a href="birthday-gifts.html"><font face="verdana" size="2">Birthday Gifts</font></a></td></tr><tr><td><a href="sympathy.html"><font face="verdana" size="2">Sympathy</font></a></td></tr>'
        '<tr><td><a href="corporate-gifts.html"><font face="verdana" size="2">Corporate Gifts</font></a></td></tr><tr><td><a href="chocolate.html"><font face="verdana" size="2">Chocolate</font></a></td></tr></table></td>'
        '<td width="620"><table border="0" cellspacing="0" cellpadding="8" width="620"><tr><td><font face="verdana" size="1"><a href="index.html">Home</a> &gt; <a href="birthday-gifts.html">Birthday Gifts</a></font></td></tr>'
        '<tr><td><table border="0" cellspacing="0" cellpadding="0" width="100%"><tr valign="top"><td width="300"><img src="https://sep.yimg.com/ay/yhst-12345678901234/sweet-treats-gourmet-gift-basket-6.jpg" width="300" height="300" border="0" hspace="0" vspace="0" alt="Sweet Treats Gourmet Gift Basket"></td>'
        '<td width="10"><img src="https://sep.yimg.com/ca/Img/trans_1x1.gif" height="1" width="10" border="0"></td><td>'
        '<font face="verdana" size="4" color="#7a1e2b"><b>Sweet Treats Gourmet Gift Basket</b></font><br><br>'
        '<font face="verdana" size="2">Item Code: <b>GBP-1142</b><br><br>Regular price: <s>$69.99</s><br><font color="#cc0000"><b>Sale price: $54.99</b></font><br><br>'
        '<form method="POST" action="https://order.store.yahoo.net/yhst-12345678901234/cgi-bin/wg-order?yhst-12345678901234+sweet-treats-gourmet-gift-basket">Quantity <input name="vwquantity" type="text" value="1" maxlength="3" size="3"><br><br>'
        '<input type="image" src="https://sep.yimg.com/ca/I/yhst-12345678901234_2271_5" alt="Add to cart" border="0"><input name="vwcatalog" type="hidden" value="yhst-12345678901234"><input name="vwitem" type="hidden" value="sweet-treats-gourmet-gift-basket"></form></font></td></tr></table></td></tr>'
        '<tr><td><font face="verdana" size="2">A wicker basket of Ghirardelli chocolates, butter toffee, biscotti and gourmet cookies, hand-wrapped with a bow. Ships in 1-2 business days.</font></td></tr>'
        '<tr><td><font face="verdana" size="3" color="#7a1e2b"><b>You may also like</b></font><br><table><tr valign="top">'
        '<td width="150"><a href="chocolate-lovers-basket.html"><img src="https://sep.yimg.com/ca/I/yhst-12345678901234_2271_81" width="130" height="130" border="0" alt=""><br><font face="verdana" size="2">Chocolate Lovers Gift Basket</font></a><br><font face="verdana" size="2"><b>$49.99</b></font></td>'
        '<td width="150"><a href="fruit-and-cheese.html"><img src="https://sep.yimg.com/ca/I/yhst-12345678901234_2271_82" width="130" height="130" border="0" alt=""><br><font face="verdana" size="2">Fruit &amp; Cheese Classic Basket</font></a><br><font face="verdana" size="2"><b>$64.99</b></font></td></tr></table></td></tr></table></td></tr>'
        '<tr><td colspan="2" align="center"><font face="verdana" size="1">Copyright &copy; 2017 Gift Baskets Plus. All Rights Reserved.<br><a href="privacypolicy.html">Privacy Policy</a> | <a href="info.html">Shipping Info</a></font></td></tr></table>',
        doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    ),
    "Sweet Treats Gourmet Gift Basket",
)

HD = "https://www.harryanddavid.com"
case(
    "harryanddavid-2017-angular-unrendered-h1",
    f"{HD}/h/fruit-gifts/royal-riviera-pears/121",
    page(
        "Royal Riviera&reg; Pears | Harry &amp; David",
        '<div ng-app="hdApp" class="ng-scope"><div class="hd-promo">Free Shipping on orders $99+ with code SHIPFREE</div><header class="hd-header"><a class="hd-logo" href="/"><img src="/images/harry-and-david-logo.svg" alt="Harry &amp; David"></a>'
        '<form class="hd-search" action="/search"><input type="text" name="q" placeholder="Search"><button>Go</button></form><div class="hd-account"><a href="/account">Sign In</a> <a href="/cart">Cart (0)</a></div>'
        '<nav class="hd-nav"><ul><li><a href="/h/occasions">Occasions</a></li><li><a href="/h/fruit-gifts">Fruit</a></li><li><a href="/h/gift-baskets">Gift Baskets</a></li><li><a href="/h/wine-clubs">Wine</a></li><li><a href="/h/clubs">Clubs</a></li></ul></nav></header>'
        '<main class="hd-pdp ng-scope" ng-controller="PdpCtrl as pdp"><div class="hd-breadcrumbs"><a href="/">Home</a> / <a href="/h/fruit-gifts">Fruit Gifts</a> / <a href="/h/fruit-gifts/pears">Pears</a></div>'
        '<div class="hd-pdp__media"><img ng-src="{{pdp.product.images[0].url}}" src="https://images.harryanddavid.com/is/image/HarryAndDavid/121_main?$pdp$" alt="Royal Riviera Pears"></div>'
        '<div class="hd-pdp__info"><h1 class="hd-pdp__title" ng-bind-html="pdp.product.displayName">{{ pdp.product.displayName }}</h1>'
        '<div class="hd-pdp__item">Item {{ pdp.product.itemNumber }}</div><div class="hd-pdp__rating"><span class="stars-45"></span> <a href="#reviews">(2,401)</a></div>'
        '<div class="hd-pdp__sizes"><label><input type="radio" name="size" checked> Medium (8-10 pears) <span>$39.99</span></label><label><input type="radio" name="size"> Large (12-14 pears) <span>$49.99</span></label></div>'
        '<div class="hd-pdp__price">$39.99</div><div class="hd-pdp__deliver">Select a delivery date <input type="text" placeholder="mm/dd/yyyy"></div><button class="hd-btn hd-btn--primary" ng-click="pdp.addToCart()">Add to Cart</button></div>'
        '<section class="hd-pdp__details"><h2>Details</h2><p>Grown in the Rogue River Valley of Southern Oregon, so juicy you eat them with a spoon.</p></section>'
        '<section class="hd-pdp__reviews" id="reviews"><h2>Reviews</h2><div class="review"><h3>Best pears ever</h3><p>A family tradition every December.</p></div></section>'
        '<section class="hd-recs"><h2>You May Also Like</h2><div class="hd-recs__item ng-scope" ng-repeat="rec in pdp.recs"><img ng-src="{{rec.image}}" alt=""><p class="ng-binding">{{ rec.name }}</p><p class="price ng-binding">{{ rec.price | currency }}</p></div></section></main>'
        '<footer class="hd-footer"><div class="hd-footer__cols"><div><h4>Customer Service</h4><ul><li><a href="/help">Help</a></li><li><a href="/track">Track Order</a></li></ul></div><div><h4>About Us</h4><ul><li><a href="/about">Our Story</a></li></ul></div></div><p>&copy; 2017 Harry &amp; David, LLC.</p></footer></div>',
        '<script src="https://ajax.googleapis.com/ajax/libs/angularjs/1.6.4/angular.min.js"></script>',
    ),
    "Royal Riviera® Pears",
)


# ---- deal sites ----------------------------------------------------------------------------------------

WT = "https://www.woot.com"
case(
    "woot-2017-deal-title-condition-tail",
    f"{WT}/offers/dyson-v6-animal-cordless-vacuum-7",
    page(
        "Dyson V6 Animal Cordless Vacuum - Woot",
        '<div id="woot"><header id="global-header"><div class="header-inner"><a href="/" class="woot-logo"><img src="https://d3rqdbvvokrlbl.cloudfront.net/lib/images/sites/header/woot.png" alt="Woot!"></a>'
        '<nav class="sites"><ul><li><a href="https://electronics.woot.com">Electronics</a></li><li><a href="https://computers.woot.com">Computers</a></li><li><a href="https://home.woot.com">Home</a></li><li><a href="https://tools.woot.com">Tools</a></li><li><a href="https://sellout.woot.com">Sellout</a></li><li><a href="https://wine.woot.com">Wine</a></li></ul></nav>'
        '<div class="account"><a href="/account/login">Sign In</a> <a href="/cart">Cart</a></div></div></header>'
        '<div id="content"><section id="summary" class="daily-deal"><div class="event-title"><h2>Today\'s Woot</h2><span class="countdown">Ends in 14h 22m</span></div>'
        '<div id="gallery"><div class="fullsize"><img src="https://d3gqasl9vmjfd8.cloudfront.net/dyson-v6-animal-1.jpg" alt="Dyson V6 Animal Cordless Vacuum"></div>'
        '<ul class="thumbnails"><li><img src="https://d3gqasl9vmjfd8.cloudfront.net/dyson-v6-animal-1_thumb.jpg"></li><li><img src="https://d3gqasl9vmjfd8.cloudfront.net/dyson-v6-animal-2_thumb.jpg"></li></ul></div>'
        '<div id="attribute-selector"><header><h1 class="main-title">Dyson V6 Animal Cordless Vacuum</h1><h3 class="condition">Refurbished</h3></header>'
        '<div class="price-info"><span class="price">$159.99</span><span class="list-price">List Price: <span class="value">$399.99</span></span><span class="discount">60% off List Price</span></div>'
        '<div class="shipping">+ $5 shipping. Free with Amazon Prime</div><form action="/cart/add" method="post"><select name="offerItemId"><option>Purple</option></select><button class="buy-button" type="submit">I Want One</button></form></div></section>'
        '<section id="tabs"><ul><li><a href="#features">Features</a></li><li><a href="#specs">Specs</a></li><li><a href="#discussion">Discussion</a></li></ul>'
        '<div id="features"><h2>Dyson V6 Animal Cordless Vacuum</h2><p>Up to 20 minutes of fade-free suction.</p></div><div id="specs"><dl><dt>Condition</dt><dd>Refurbished</dd><dt>Warranty</dt><dd>90 Day Woot Limited Warranty</dd></dl></div>'
        '<div id="discussion"><h2>Discussion</h2><div class="post"><h4>mooseman</h4><p>In for one. My old V6 is still going strong.</p></div></div></section>'
        '<section class="other-deals"><h2>More Deals</h2><ul><li><a href="/offers/bose-soundlink-mini-ii"><img src="https://d3gqasl9vmjfd8.cloudfront.net/bose-mini_thumb.jpg"><h3>Bose SoundLink Mini II Bluetooth Speaker</h3></a><span class="price">$129.99</span></li>'
        '<li><a href="/offers/shark-navigator"><img src="https://d3gqasl9vmjfd8.cloudfront.net/shark_thumb.jpg"><h3>Shark Navigator Lift-Away Upright</h3></a><span class="price">$99.99</span></li></ul></section></div>'
        '<footer id="global-footer"><ul><li><a href="/blog">Blog</a></li><li><a href="/forums">Forums</a></li><li><a href="/faq">FAQ</a></li><li><a href="/privacy">Privacy</a></li></ul><p>&copy; 2017 Woot.com LLC. Woot is an Amazon company.</p></footer></div>',
    ),
    "Dyson V6 Animal Cordless Vacuum",
)

MEH = "https://meh.com"
case(
    "meh-2017-title-prefix-h2-name",
    f"{MEH}/deals/2017-08-14-3-pack-anker-powercore-10000",
    page(
        "Meh: 3-Pack: Anker PowerCore 10000 Portable Chargers",
        '<div id="wrapper"><header class="site-header"><a class="logo" href="/"><img src="https://res.cloudinary.com/mediocre/image/upload/meh-logo.png" alt="meh"></a>'
        '<nav><ul><li><a href="/forum">Forum</a></li><li><a href="/vmp">VMP</a></li><li><a href="/deals">Past Deals</a></li><li><a href="/account/signin">Sign in</a></li></ul></nav></header>'
        '<main><section class="features"><div class="photos"><ul><li><img src="https://res.cloudinary.com/mediocre/image/upload/anker-3pack-1.jpg" alt=""></li><li><img src="https://res.cloudinary.com/mediocre/image/upload/anker-3pack-2.jpg" alt=""></li></ul></div>'
        '<h2>3-Pack: Anker PowerCore 10000 Portable Chargers</h2><div class="buy-button"><form action="/account/signin" method="get"><button type="submit" class="button-buy"><span class="price">$39</span> <span>I\'m in</span></button></form></div>'
        '<ul class="specs-list"><li>10,000mAh each</li><li>PowerIQ and VoltageBoost</li><li>Model: A1263</li><li>Condition: New</li></ul>'
        '<div class="story"><h2>Oh, great, another portable charger</h2><p>Fine. It\'s a good one though. Three of them.</p></div></section>'
        '<section class="poll"><h2>Which is the worst way to charge your phone?</h2><ul><li>In the car</li><li>Someone else\'s laptop</li></ul></section>'
        '<section class="forum-preview"><h2>Talk about this deal</h2><div class="topic"><a href="/forum/topics/3-pack-anker">3-Pack: Anker PowerCore 10000 Portable Chargers</a> 48 replies</div></section></main>'
        '<footer><ul><li><a href="/about">About</a></li><li><a href="/faq">FAQ</a></li><li><a href="/privacy">Privacy</a></li></ul><p>Meh is a place for people who would rather spend money on other things.</p></footer></div>',
    ),
    "3-Pack: Anker PowerCore 10000 Portable Chargers",
)

TG = "https://www.tanga.com"
case(
    "tanga-2017-bootstrap-h1-with-percent-badge",
    f"{TG}/deals/6c1d2f8a9b/ninja-professional-blender-bl610",
    page(
        "77% Off Ninja Professional Blender BL610 | Tanga",
        bs3_navbar(
            "Tanga", TG, ["Today's Deals", "Electronics", "Home &amp; Kitchen", "Tools", "Toys", "Apparel"]
        )
        + '<div class="container"><div class="deal-timer alert alert-warning">Deal ends in <strong>2 days</strong> &middot; 312 sold</div>'
        + bs3_crumbs(TG, ["Home &amp; Kitchen", "Small Appliances"], "Ninja Professional Blender BL610")
        + '<div class="row"><div class="col-md-7"><div class="deal-images"><img src="https://images.tanga.com/deals/ninja-bl610-1.jpg" class="img-responsive center-block" alt="Ninja Professional Blender BL610">'
        '<div class="row thumbs"><div class="col-xs-3"><img src="https://images.tanga.com/deals/ninja-bl610-1_sm.jpg" class="img-thumbnail"></div><div class="col-xs-3"><img src="https://images.tanga.com/deals/ninja-bl610-2_sm.jpg" class="img-thumbnail"></div></div></div></div>'
        '<div class="col-md-5"><h1 class="deal-title">Ninja Professional Blender BL610 <span class="label label-danger">77% Off</span></h1><p class="deal-subtitle text-muted">Refurbished</p>'
        '<div class="deal-price"><span class="our-price">$45.99</span> <del class="retail">Retail $199.99</del></div><p class="shipping">+ $6.99 shipping</p>'
        '<form action="/cart/add" method="post"><input type="hidden" name="deal_id" value="6c1d2f8a9b"><button class="btn btn-success btn-lg btn-block">Buy Now</button></form>'
        '<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Features</h3></div><div class="panel-body"><ul><li>1000 watts</li><li>72 oz pitcher</li></ul></div></div></div></div>'
        + bs3_cards(
            TG,
            "More Deals",
            [
                ("Hamilton Beach 10-Cup Food Processor", "$29.99"),
                ("Cuisinart Stainless Steel Cookware Set, 12 Piece", "$119.99"),
                ("T-fal Nonstick Fry Pan Set", "$19.99"),
            ],
        )
        + "</div>"
        + footer_2017("Tanga", TG),
    ),
    "Ninja Professional Blender BL610",
)

ZL = "https://www.zulily.com"
case(
    "zulily-2017-event-name-h2-product-h1",
    f"{ZL}/p/cuisinart-stainless-steel-11-piece-cookware-set-176458-31234567.html",
    page(
        "Cuisinart Stainless Steel 11-Piece Cookware Set | zulily",
        '<div id="zu-page"><header id="zu-header"><div class="zu-header-top"><a href="/" class="zu-logo"><img src="https://www.zulily.com/static/images/zulily-logo.png" alt="zulily"></a>'
        '<div class="zu-search"><form action="/search"><input type="search" name="q" placeholder="Search zulily"><button>Search</button></form></div><div class="zu-account"><a href="/account">My Account</a> <a href="/cart">Cart</a></div></div>'
        '<nav class="zu-nav"><ul><li><a href="/women">Women</a></li><li><a href="/kids">Kids &amp; Baby</a></li><li><a href="/men">Men</a></li><li><a href="/home">Home</a></li><li><a href="/ending-soon">Ending Soon</a></li></ul></nav></header>'
        '<div class="zu-event-header"><h2 class="event-name"><a href="/e/cuisinart-kitchen-favorites-176458.html">Cuisinart Kitchen Favorites</a></h2><span class="event-ends">Ends in 2 days</span></div>'
        '<div class="zu-product"><div class="zu-product-images"><img id="zoom-image" src="https://mcdn.zulilyinc.com/images/cache/product/452x1000/176458/zu31234567_main_tm1499712345.jpg" alt="Cuisinart Stainless Steel 11-Piece Cookware Set">'
        '<ul class="zu-thumbs"><li><img src="https://mcdn.zulilyinc.com/images/cache/product/75x100/176458/zu31234567_alt1.jpg"></li></ul></div>'
        '<div class="zu-product-info"><h1 class="product-name">Cuisinart Stainless Steel 11-Piece Cookware Set</h1><div class="price-box"><span class="price">$129.99</span><span class="original-price">original: $300.00</span><span class="discount">57% off</span></div>'
        '<div class="ships">Estimated to ship 8/21 - 8/25</div><button class="add-to-cart zu-button">Add to Cart</button>'
        '<div class="product-description"><h3>Product Description:</h3><p>Triple-ply construction with an aluminum core.</p><ul><li>Includes: 1.5-qt. saucepan, 3-qt. saucepan, 8" skillet, 10" skillet, 8-qt. stockpot</li><li>Dishwasher-safe</li></ul></div></div></div>'
        '<div class="zu-also-in-event"><h3>More from Cuisinart Kitchen Favorites</h3><ul><li><a href="/p/cuisinart-knife-set-176458-31234568.html"><img src="https://mcdn.zulilyinc.com/images/cache/product/200x300/176458/zu31234568.jpg"><span class="name">Cuisinart 15-Piece Stainless Steel Knife Block Set</span></a><span class="price">$49.99</span></li>'
        '<li><a href="/p/cuisinart-griddler-176458-31234569.html"><img src="https://mcdn.zulilyinc.com/images/cache/product/200x300/176458/zu31234569.jpg"><span class="name">Cuisinart Griddler 5-in-1</span></a><span class="price">$69.99</span></li></ul></div>'
        '<footer id="zu-footer"><ul><li><a href="/help">Help</a></li><li><a href="/about">About zulily</a></li><li><a href="/privacy">Privacy</a></li></ul><p>&copy; 2017 zulily, llc</p></footer></div>',
    ),
    "Cuisinart Stainless Steel 11-Piece Cookware Set",
)


# ---- classifieds ---------------------------------------------------------------------------------------

KSL = "https://www.ksl.com"
case(
    "ksl-classifieds-2017-title-and-location",
    f"{KSL}/classifieds/listing/45123456",
    page(
        "Yamaha Upright Piano U1 - Excellent Condition | ksl.com",
        '<div id="kslWrapper"><div id="kslHeader"><a href="/" class="kslLogo"><img src="/images/ksl-logo.png" alt="KSL.com"></a><ul class="kslTopNav"><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/classifieds">Classifieds</a></li><li><a href="/cars">Cars</a></li><li><a href="/homes">Homes</a></li><li><a href="/jobs">Jobs</a></li></ul>'
        '<div class="kslLogin"><a href="/public/member/signin">Sign In</a></div></div>'
        '<div id="classifiedsHeader"><h2 class="sectionTitle"><a href="/classifieds">Classifieds</a></h2><form action="/classifieds/search"><input type="text" name="keyword" placeholder="Search Classifieds"><button>Search</button></form><a class="btn placeAd" href="/classifieds/post">Place an Ad</a></div>'
        '<div id="listingPage"><div class="breadcrumbs"><a href="/classifieds">Classifieds</a> &gt; <a href="/classifieds/search?category=Musical+Instruments">Musical Instruments</a> &gt; <a href="/classifieds/search?category=Musical+Instruments&amp;subCategory=Pianos">Pianos</a></div>'
        '<div class="listingDetails"><h1 class="listingDetails-title">Yamaha Upright Piano U1 - Excellent Condition</h1><h3 class="listingDetails-price">$4,200</h3>'
        '<div class="listingDetails-location">Provo, UT</div><div class="listingDetails-meta">Posted 3 days ago | 214 page views | 12 favorited</div></div>'
        '<div class="listingGallery"><div class="mainPhoto"><img src="https://img.ksl.com/mx/mplace-classifieds.ksl.com/45123456-1499712345-123456.jpg" alt="Yamaha Upright Piano U1 - Excellent Condition"></div>'
        '<div class="thumbStrip"><img src="https://img.ksl.com/mx/mplace-classifieds.ksl.com/45123456-1499712345-123457.jpg?filter=marketplace/thumb"><img src="https://img.ksl.com/mx/mplace-classifieds.ksl.com/45123456-1499712345-123458.jpg?filter=marketplace/thumb"></div></div>'
        '<div class="listingDescription"><h2>Description</h2><p>1985 Yamaha U1, tuned in May. No cracks, beautiful sound. Buyer arranges moving.</p></div>'
        '<div class="sellerInfo"><h2>Seller Information</h2><p class="sellerName">Jeff</p><p>Member since 2009</p><a class="btn" href="#">Email Seller</a> <a class="btn" href="#">Text Seller</a></div>'
        '<div class="similarListings"><h2>Similar Listings</h2><ul><li><a href="/classifieds/listing/45100001"><img src="https://img.ksl.com/mx/mplace-classifieds.ksl.com/45100001-1.jpg?filter=marketplace/thumb"><span class="title">Kawai Upright Piano</span></a><span class="price">$2,800</span><span class="loc">Orem, UT</span></li>'
        '<li><a href="/classifieds/listing/45100002"><img src="https://img.ksl.com/mx/mplace-classifieds.ksl.com/45100002-1.jpg?filter=marketplace/thumb"><span class="title">Baldwin Acrosonic Spinet Piano</span></a><span class="price">$500</span><span class="loc">Lehi, UT</span></li></ul></div>'
        '<div class="safetyTips"><h3>Safety Tips</h3><p>Meet in a public place. Never wire money.</p></div></div>'
        '<div id="kslFooter"><p><a href="/about">About KSL</a> | <a href="/terms">Terms of Use</a> | <a href="/privacy">Privacy</a></p><p>&copy; 2017 KSL.com | Deseret Digital Media</p></div></div>',
    ),
    "Yamaha Upright Piano U1 - Excellent Condition",
)

OU = "https://offerup.com"
case(
    "offerup-2017-for-sale-in-city-title",
    f"{OU}/item/detail/312345678/",
    page(
        "Weber Spirit E-310 Gas Grill for sale in Austin, TX - OfferUp",
        '<div id="app"><header class="ou-header"><a href="/" class="ou-logo"><img src="https://offerup.com/static/images/offerup-logo.svg" alt="OfferUp"></a>'
        '<form class="ou-search" action="/search/"><input type="text" name="q" placeholder="Search OfferUp"><button>Search</button></form><nav><a href="/how-it-works/">How it works</a> <a href="/sell/">Sell</a> <a href="/login/">Log in</a></nav></header>'
        '<main class="ou-item"><div class="ou-item__photos"><div class="ou-carousel"><img class="ou-carousel__image" src="https://images.offerup.com/abcd1234-full.jpg" alt="Weber Spirit E-310 Gas Grill"></div>'
        '<div class="ou-carousel__thumbs"><img src="https://images.offerup.com/abcd1234-thumb.jpg"><img src="https://images.offerup.com/efgh5678-thumb.jpg"></div></div>'
        '<div class="ou-item__details"><h1 class="ou-item__title">Weber Spirit E-310 Gas Grill</h1><div class="ou-item__price">$225</div><div class="ou-item__location"><a href="/explore/sck/tx/austin/">Austin, TX</a> &middot; 5 days ago</div>'
        '<div class="ou-item__condition">Condition: <span>Used (normal wear)</span></div><div class="ou-item__desc"><h2>Description</h2><p>3 burner, cover included. Propane tank not included. Pick up only.</p></div>'
        '<div class="ou-seller"><img src="https://images.offerup.com/user-99.jpg" alt=""><div><a href="/p/9912345/">Mike R.</a><span class="rating">5 stars (23)</span><span>Joined 2015</span></div></div>'
        '<a class="ou-btn ou-btn--primary" href="/login/?next=/item/detail/312345678/">Ask</a> <a class="ou-btn" href="/login/?next=/item/detail/312345678/">Make Offer</a></div>'
        '<section class="ou-similar"><h2>Similar items nearby</h2><ul><li><a href="/item/detail/312300001/"><img src="https://images.offerup.com/aaa-thumb.jpg"><span class="ou-tile__title">Char-Broil 4 Burner Grill</span><span class="ou-tile__price">$120</span></a></li>'
        '<li><a href="/item/detail/312300002/"><img src="https://images.offerup.com/bbb-thumb.jpg"><span class="ou-tile__title">Weber Genesis II E-310</span><span class="ou-tile__price">$450</span></a></li></ul></section></main>'
        '<footer class="ou-footer"><a href="/about/">About</a> <a href="/support/">Help</a> <a href="/terms/">Terms</a><p>&copy; 2017 OfferUp Inc.</p></footer></div>',
    ),
    "Weber Spirit E-310 Gas Grill",
)

HB = "https://www.hoobly.com"
case(
    "hoobly-2017-table-classified-title-tail",
    f"{HB}/0/0/2219012",
    page(
        "Lionel Polar Express O Gauge Train Set - $180 - Columbus, OH - Hoobly Classifieds",
        '<div id="hdr"><a href="/"><img src="/img/hoobly.png" alt="Hoobly Classifieds" border="0"></a><div class="toplinks"><a href="/post">Post Free Ad</a> | <a href="/login">Login</a> | <a href="/help">Help</a></div></div>'
        '<div id="nav"><a href="/">Home</a> &raquo; <a href="/0/0/ohio">Ohio</a> &raquo; <a href="/0/0/ohio/columbus">Columbus</a> &raquo; <a href="/0/0/ohio/columbus/toys">Toys &amp; Games</a></div>'
        '<table width="100%" cellpadding="6"><tr><td valign="top" width="70%"><h1>Lionel Polar Express O Gauge Train Set</h1>'
        '<table class="details"><tr><td><b>Price:</b></td><td>$180</td></tr><tr><td><b>Location:</b></td><td>Columbus, OH</td></tr><tr><td><b>Posted:</b></td><td>11/28/2017</td></tr><tr><td><b>Ad #:</b></td><td>2219012</td></tr></table>'
        '<div class="photos"><img src="https://www.hoobly.com/photos/2219012_1.jpg" width="500" alt="Lionel Polar Express O Gauge Train Set"><br><img src="https://www.hoobly.com/photos/2219012_2_t.jpg" width="100"></div>'
        '<p class="desc">Complete set with remote, track and bell sound. Used two Christmases. Original box.</p><p><a href="/reply/2219012" class="btn">Reply to this ad</a></p></td>'
        '<td valign="top"><div class="sidebox"><b>Sponsored Links</b><div class="ad"><a href="https://www.example-ads.com/lionel">Lionel Trains on Sale</a><br>Free shipping on sets</div></div>'
        '<div class="sidebox"><b>More Toys &amp; Games near Columbus</b><ul><li><a href="/0/0/2219001">LEGO Creator Expert Taj Mahal 10256</a> $250</li><li><a href="/0/0/2218888">American Girl Doll Samantha</a> $85</li></ul></div></td></tr></table>'
        '<div id="ftr"><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | &copy; 2017 Hoobly Classifieds</div>',
    ),
    "Lionel Polar Express O Gauge Train Set",
)

AL = "https://www.americanlisted.com"
case(
    "americanlisted-2017-h2-title-in-ad-box",
    f"{AL}/houston/for-sale/electronics/sony-playstation-4-pro-1tb-with-2-controllers_36712345.html",
    page(
        "Sony PlayStation 4 Pro 1TB with 2 Controllers - Houston, TX | AmericanListed",
        '<div id="page"><div id="top"><a href="/" id="logo"><img src="/img/americanlisted-logo.png" alt="AmericanListed"></a><div id="loc">Houston, TX <a href="/change-city">change</a></div>'
        '<form id="search" action="/houston/search"><input name="q" type="text" placeholder="Search Houston"><input type="submit" value="Search"></form><a id="post" href="/post">Post a Free Ad</a></div>'
        '<div id="cats"><a href="/houston/for-sale">For Sale</a> <a href="/houston/cars">Cars</a> <a href="/houston/real-estate">Real Estate</a> <a href="/houston/jobs">Jobs</a> <a href="/houston/services">Services</a></div>'
        '<div id="crumbs"><a href="/houston">Houston</a> &gt; <a href="/houston/for-sale">For Sale</a> &gt; <a href="/houston/for-sale/electronics">Electronics</a></div>'
        '<div id="ad" class="ad-detail"><div class="ad-header"><h2 class="ad-title">Sony PlayStation 4 Pro 1TB with 2 Controllers</h2><span class="ad-price">$300</span></div>'
        '<div class="ad-meta">Posted Nov 30, 2017 &middot; Houston, TX 77002 &middot; Ad ID 36712345</div>'
        '<div class="ad-photos"><img class="ad-main-photo" src="https://img.americanlisted.com/ads/36712345/1-600.jpg" alt="Sony PlayStation 4 Pro 1TB with 2 Controllers"><div class="ad-thumbs"><img src="https://img.americanlisted.com/ads/36712345/2-100.jpg"></div></div>'
        '<div class="ad-body"><p>Barely used, comes with 2 DualShock 4 controllers and HDMI cable. Cash only.</p></div><div class="ad-contact"><a href="#reply" class="btn">Contact Seller</a></div></div>'
        '<div id="google-ads" class="adsense"><script>/* adsbygoogle */</script><ins class="adsbygoogle" data-ad-client="ca-pub-1234"></ins></div>'
        '<div id="related"><h3>Related Ads</h3><ul><li><a href="/houston/for-sale/electronics/xbox-one-s_36700001.html">Xbox One S 500GB Bundle</a> <span>$200</span></li><li><a href="/houston/for-sale/electronics/nintendo-switch_36700002.html">Nintendo Switch Gray Joy-Con</a> <span>$280</span></li></ul></div>'
        '<div id="bottom"><a href="/about">About</a> | <a href="/safety">Safety Tips</a> | <a href="/terms">Terms</a> &copy; 2017 AmericanListed</div></div>',
    ),
    "Sony PlayStation 4 Pro 1TB with 2 Controllers",
)


# ---- batch 2: written after reading titles.py -----------------------------------------------------------

VB = "http://www.vintagebaitco.com"
case(
    "miva5-table-bold-name-store-colon-title",
    f"{VB}/mm5/merchant.mvc?Screen=PROD&Store_Code=VBC&Product_Code=HZS-BONE",
    page(
        "Vintage Bait Co.: Heddon Zara Spook Topwater Lure, Bone",
        table_shop_header(
            "Vintage Bait Co.", VB, ["Lures", "Reels", "Rods", "Tackle Boxes", "Decoys"], "1-877-555-0123"
        )
        + '<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td valign="top" width="150" bgcolor="#eeeecc">'
        '<a href="/mm5/merchant.mvc?Screen=CTGY&Category_Code=LURES"><font face="Verdana" size="2">Lures</font></a><br>'
        '<a href="/mm5/merchant.mvc?Screen=CTGY&Category_Code=TOPWATER"><font face="Verdana" size="2">Topwater</font></a><br>'
        '<a href="/mm5/merchant.mvc?Screen=CTGY&Category_Code=CRANK"><font face="Verdana" size="2">Crankbaits</font></a></td>'
        '<td valign="top"><table border="0" cellpadding="2"><tr><td valign="top"><img src="/mm5/graphics/00000001/hzs-bone.jpg" width="250" height="250" alt=""></td>'
        '<td valign="top"><font face="Verdana" size="3"><b>Heddon Zara Spook Topwater Lure, Bone</b></font><br><br>'
        '<font face="Verdana" size="2">Code: HZS-BONE<br>Price: $6.49<br>Quantity in Basket: none<br><br>'
        'The original walk-the-dog topwater since 1939. 4 1/2", 3/4 oz.</font><br><br>'
        '<form method="post" action="/mm5/merchant.mvc?"><input type="hidden" name="Action" value="ADPR"><input type="hidden" name="Product_Code" value="HZS-BONE">'
        '<font face="Verdana" size="2">Quantity: <input type="text" name="Quantity" value="1" size="4"></font> <input type="submit" value="Add One To Basket"></form></td></tr></table></td></tr></table>'
        '<table width="100%"><tr><td align="center"><font face="Verdana" size="1">&copy; 2017 Vintage Bait Co. | Powered by Miva Merchant</font></td></tr></table>',
        doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    ),
    "Heddon Zara Spook Topwater Lure, Bone",
)

RM = "https://www.rmcf.com"
case(
    "shop-name-from-logo-colon-title",
    f"{RM}/chocolate-covered-pretzels-1-lb.html",
    page(
        "Rocky Mountain Chocolate Factory: Chocolate Covered Pretzels, 1 lb",
        miva9(
            RM,
            "Rocky Mountain Chocolate Factory",
            ["Chocolates", "Caramel Apples", "Gifts", "Seasonal", "Corporate"],
            ["Chocolates", "Pretzels"],
            "Chocolate Covered Pretzels, 1 lb",
            "RMCF-PRTZ1",
            "$21.95",
            "pretzels",
            [("Caramel Pecan Bear Pack, 6 pc", "$18.95"), ("Rocky Road Candy, 1 lb", "$19.95")],
        ),
        body_class="PROD",
    ),
    "Chocolate Covered Pretzels, 1 lb",
)

CA = "https://www.cableaudiodirect.com"
case(
    "bootstrap3-category-h1-product-h3",
    f"{CA}/headphones/audio-technica-ath-m50x",
    page(
        "Audio-Technica ATH-M50x Professional Studio Monitor Headphones - Headphones - Cable Audio Direct",
        bs3_navbar("Cable Audio Direct", CA, ["Headphones", "Speakers", "Cables", "Turntables", "Sale"])
        + '<div class="container"><div class="page-header"><h1>Headphones</h1></div>'
        + bs3_crumbs(CA, ["Headphones"], "Audio-Technica ATH-M50x")
        + '<div class="row"><div class="col-md-6"><img src="/img/products/ath-m50x-black_lg.jpg" class="img-responsive img-rounded" alt="Audio-Technica ATH-M50x"></div>'
        '<div class="col-md-6"><h3>Audio-Technica ATH-M50x Professional Studio Monitor Headphones</h3><p class="text-muted">SKU: ATH-M50X</p>'
        '<p class="lead"><strong>$149.00</strong></p><p><span class="label label-success">In Stock</span></p>'
        '<form action="/cart/add" method="post" class="form-inline"><input type="number" class="form-control" value="1" name="qty"> <button type="submit" class="btn btn-primary">Add to Cart</button></form>'
        "<hr><h4>Description</h4><p>Critically acclaimed sonic performance praised by top audio engineers.</p></div></div>"
        + bs3_cards(
            CA,
            "You might also like",
            [("Sony MDR-7506 Professional Headphones", "$99.99"), ("Sennheiser HD 280 Pro", "$99.95")],
        )
        + "</div>"
        + footer_2017("Cable Audio Direct", CA),
    ),
    "Audio-Technica ATH-M50x Professional Studio Monitor Headphones",
)

TP = "https://www.thepetstop.com"
case(
    "bootstrap3-new-label-inside-h1",
    f"{TP}/product/ruffwear-front-range-dog-harness",
    page(
        "Ruffwear Front Range Dog Harness | The Pet Stop",
        bs3_navbar("The Pet Stop", TP, ["Dog", "Cat", "Aquarium", "Bird", "Brands", "Sale"])
        + '<div class="container">'
        + bs3_crumbs(TP, ["Dog", "Collars &amp; Harnesses"], "Ruffwear Front Range Dog Harness")
        + '<div class="row"><div class="col-sm-6"><img src="/img/products/ruffwear-front-range_lg.jpg" class="img-responsive" alt="Ruffwear Front Range Dog Harness"></div>'
        '<div class="col-sm-6"><h1 class="product-title">Ruffwear Front Range Dog Harness <span class="label label-info">New</span></h1>'
        '<p class="brand">by <a href="/brands/ruffwear">Ruffwear</a></p><p class="lead">$39.95</p>'
        '<div class="form-group"><label for="size">Size</label><select id="size" class="form-control"><option>XS</option><option>S</option><option>M</option><option>L</option></select></div>'
        '<button class="btn btn-success btn-lg">Add to Cart</button></div></div>'
        + bs3_cards(
            TP,
            "Related Products",
            [("Ruffwear Flat Out Dog Leash", "$29.95"), ("Kurgo Tru-Fit Smart Harness", "$34.99")],
        )
        + "</div>"
        + footer_2017("The Pet Stop", TP),
    ),
    "Ruffwear Front Range Dog Harness",
)

PB = "https://www.pepboys.com"
case(
    "pepboys-2017-part-number-span-in-h1",
    f"{PB}/product/details/8823456/00941/",
    page(
        "Bosch ICON Wiper Blade 26&quot; | Pep Boys",
        '<div id="wrapper"><div class="pb-header"><a href="/" class="pb-logo"><img src="/images/pepboys-logo.png" alt="Pep Boys"></a>'
        '<div class="pb-vehicle"><a href="/vehicle">Add a Vehicle</a></div><form class="pb-search" action="/search"><input name="q" type="text" placeholder="Search parts"><button>Go</button></form>'
        '<div class="pb-links"><a href="/account">Sign In</a> <a href="/cart">Cart (0)</a> <a href="/stores">Find a Store</a></div>'
        '<ul class="pb-nav"><li><a href="/service">Service &amp; Repair</a></li><li><a href="/tires">Tires</a></li><li><a href="/parts">Parts</a></li><li><a href="/accessories">Accessories</a></li></ul></div>'
        '<div class="pb-main"><div class="pb-crumbs"><a href="/">Home</a> / <a href="/parts">Parts</a> / <a href="/parts/wipers">Wiper Blades</a></div>'
        '<div class="pb-product"><div class="pb-product-image"><img src="https://images.pepboys.com/is/image/pepboys/8823456?$pdp$" alt="Bosch ICON Wiper Blade 26"></div>'
        '<div class="pb-product-info"><h1 class="pb-product-name">Bosch ICON Wiper Blade 26&quot; <span class="pb-part-number">Part # 26OE</span></h1>'
        '<div class="pb-sku">SKU # 8823456</div><div class="pb-rating"><span class="stars-45"></span> (412)</div>'
        '<div class="pb-price"><span class="pb-price-value">$27.99</span></div><div class="pb-avail">Available for pickup today</div>'
        '<button class="pb-btn pb-btn-cart">Add to Cart</button></div></div>'
        '<div class="pb-details"><h2>Product Details</h2><p>Beam-style blade with exclusive FX dual rubber.</p></div>'
        '<div class="pb-related"><h2>Customers Also Bought</h2><ul><li><a href="/product/details/8823457/"><img src="https://images.pepboys.com/is/image/pepboys/8823457?$thumb$"><span>Bosch ICON Wiper Blade 17"</span></a><span>$24.99</span></li>'
        '<li><a href="/product/details/7711111/"><img src="https://images.pepboys.com/is/image/pepboys/7711111?$thumb$"><span>Rain-X Original Glass Treatment, 7 oz</span></a><span>$4.99</span></li></ul></div></div>'
        + footer_2017("Pep Boys", PB)
        + "</div>",
    ),
    'Bosch ICON Wiper Blade 26"',
)

GB = "https://geebo.com"
case(
    "geebo-2017-price-and-town-in-h1",
    f"{GB}/columbus/bikes/trek-marlin-5-mountain-bike-21012345.html",
    page(
        "Trek Marlin 5 Mountain Bike - $350 (Columbus) - Geebo",
        '<div id="container"><div id="hd"><a href="/" id="logo"><img src="/img/geebo-logo.png" alt="Geebo"></a><span class="tag">Safe classifieds since 1999</span>'
        '<a href="/post" class="post">Post an ad</a></div>'
        '<div id="crumbs"><a href="/columbus">Columbus</a> &gt; <a href="/columbus/for-sale">For Sale</a> &gt; <a href="/columbus/bikes">Bikes</a></div>'
        '<div id="posting"><h1 class="posting-title">Trek Marlin 5 Mountain Bike - <span class="price">$350</span> <small>(Columbus)</small></h1>'
        '<div class="posting-date">Posted: 2017-11-29 &middot; Listing ID 21012345</div>'
        '<div class="posting-photos"><img src="https://images.geebo.com/listings/21012345/1_600.jpg" alt="Trek Marlin 5 Mountain Bike"><div class="thumbs"><img src="https://images.geebo.com/listings/21012345/2_100.jpg"></div></div>'
        '<div class="posting-body"><p>2016 Marlin 5, size M, new tires. Rides great.</p></div><div class="posting-reply"><a href="#reply" class="btn">Reply to seller</a></div></div>'
        '<div id="nearby"><h3>Nearby listings</h3><ul><li><a href="/columbus/bikes/21010001.html">Specialized Rockhopper - $300</a></li><li><a href="/columbus/bikes/21010002.html">Giant Talon 3 - $375</a></li></ul></div>'
        '<div id="ft"><a href="/about">About</a> | <a href="/terms">Terms</a> | &copy; 2017 Geebo, Inc.</div></div>',
    ),
    "Trek Marlin 5 Mountain Bike",
)

SB = "https://www.stonebridgecoffee.com"
case(
    "shopify-2017-sold-out-badge-in-h1",
    f"{SB}/products/guatemala-huehuetenango-whole-bean-12-oz",
    page(
        "Guatemala Huehuetenango Whole Bean Coffee, 12 oz &ndash; Stonebridge Coffee Roasters",
        '<div id="PageContainer"><header class="site-header" role="banner"><div class="site-header__logo"><a href="/" itemprop="url" class="site-header__logo-image"><img src="//cdn.shopify.com/s/files/1/0222/3333/files/logo.png?v=1491" alt="Stonebridge Coffee Roasters"></a></div>'
        '<nav><ul id="AccessibleNav" class="site-nav"><li><a href="/collections/coffee" class="site-nav__link">Coffee</a></li><li><a href="/collections/gear" class="site-nav__link">Brew Gear</a></li><li><a href="/pages/subscriptions" class="site-nav__link">Subscriptions</a></li></ul></nav>'
        '<div class="site-header__icons"><a href="/account/login" class="site-header__account">Log in</a><a href="/cart" class="site-header__cart">Cart</a></div></header>'
        '<main class="main-content" id="MainContent" role="main"><div class="page-width"><div class="grid product-single"><div class="grid__item medium-up--one-half"><div class="product-single__photo"><img src="//cdn.shopify.com/s/files/1/0222/3333/products/guatemala-huehue_1024x1024.jpg?v=1492" alt="Guatemala Huehuetenango Whole Bean Coffee, 12 oz"></div></div>'
        '<div class="grid__item medium-up--one-half"><div class="product-single__meta"><h1 class="product-single__title">Guatemala Huehuetenango Whole Bean Coffee, 12 oz <span class="product-tag product-tag--sold-out">Sold Out</span></h1>'
        '<p class="product-single__vendor">Stonebridge Coffee Roasters</p><p class="product-single__price"><span id="ProductPrice">$16.50</span></p>'
        '<form action="/cart/add" method="post" id="AddToCartForm"><button type="submit" name="add" id="AddToCart" class="btn product-form__cart-submit" disabled="disabled"><span id="AddToCartText">Sold out</span></button></form>'
        '<div class="product-single__description rte"><p>Notes of cocoa, red apple and brown sugar. Washed process, 1,700 m.</p></div></div></div></div>'
        '<div class="product-recommendations"><h2>You may also like</h2><div class="grid grid--uniform"><div class="grid__item small--one-half medium-up--one-quarter"><a href="/products/ethiopia-yirgacheffe" class="grid-view-item__link"><img src="//cdn.shopify.com/s/files/1/0222/3333/products/ethiopia_300x300.jpg"><div class="h4 grid-view-item__title">Ethiopia Yirgacheffe Whole Bean, 12 oz</div><div class="grid-view-item__meta"><span class="product-price__price">$17.00</span></div></a></div></div></div></div></main>'
        '<footer class="site-footer"><div class="page-width"><h4>Newsletter</h4><form><input type="email" placeholder="Email address"><button>Subscribe</button></form><small class="site-footer__copyright-content">&copy; 2017, Stonebridge Coffee Roasters</small> <small><a target="_blank" rel="nofollow" href="https://www.shopify.com">Powered by Shopify</a></small></div></footer></div>',
    ),
    "Guatemala Huehuetenango Whole Bean Coffee, 12 oz",
)

OD = "https://www.oodle.com"
case(
    "oodle-2017-for-sale-in-city-title",
    f"{OD}/view/listing/4182345678-lazy-boy-recliner-for-sale-tulsa-ok/",
    page(
        "La-Z-Boy Pinnacle Rocker Recliner for sale in Tulsa, OK | Oodle",
        '<div id="page"><div id="header"><a href="/" class="logo"><img src="/img/oodle-logo.png" alt="Oodle"></a><form action="/search"><input name="q" type="text" placeholder="What are you looking for?"><input name="l" type="text" value="Tulsa, OK"><button>Search</button></form>'
        '<div class="links"><a href="/post">Post a listing</a> <a href="/login">Sign in</a></div></div>'
        '<div id="bc"><a href="/tulsa-ok/">Tulsa</a> &rsaquo; <a href="/tulsa-ok/for-sale/">For Sale</a> &rsaquo; <a href="/tulsa-ok/furniture/">Furniture</a></div>'
        '<div id="listing" class="listing-view"><div class="listing-header"><h1 class="listing-title">La-Z-Boy Pinnacle Rocker Recliner</h1><div class="listing-price">$180</div><div class="listing-location">Tulsa, OK 74105</div></div>'
        '<div class="listing-photos"><img class="listing-photo" src="https://i.oodleimg.com/item/4182345678u_0x600.jpg" alt="La-Z-Boy Pinnacle Rocker Recliner"></div>'
        '<div class="listing-desc"><h2>Description</h2><p>Tan microfiber, like new, smoke-free home.</p></div><div class="listing-contact"><a href="#" class="btn">Contact Seller</a></div></div>'
        '<div id="similar"><h2>Similar listings near Tulsa</h2><ul><li><a href="/view/listing/4182000001/">Ashley Power Recliner</a> <span>$250</span></li><li><a href="/view/listing/4182000002/">Leather Sofa and Loveseat</a> <span>$400</span></li></ul></div>'
        '<div id="footer"><a href="/about">About Oodle</a> | <a href="/privacy">Privacy</a> | &copy; 2017 Oodle</div></div>',
    ),
    "La-Z-Boy Pinnacle Rocker Recliner",
)


# ---- batch 3: written after batch 2's kinds ------------------------------------------------------------

LS = "https://www.livingsocial.com"
case(
    "livingsocial-2017-deal-price-for-name-value",
    f"{LS}/deals/goods/1712345-cordless-handheld-vacuum",
    page(
        "$24 for a Cordless Handheld Vacuum ($79.99 Value) | LivingSocial",
        '<div id="ls-page"><header class="ls-header"><a href="/" class="ls-logo"><img src="/assets/livingsocial-logo.png" alt="LivingSocial"></a>'
        '<form class="ls-search" action="/search"><input name="q" placeholder="Search deals"><button>Search</button></form><a href="/account" class="ls-account">My Account</a></header>'
        '<nav class="ls-nav"><a href="/local">Local</a> <a href="/escapes">Escapes</a> <a href="/goods">Shop</a> <a href="/gifts">Gifts</a></nav>'
        '<main class="ls-deal"><div class="ls-deal-gallery"><img src="https://a1.lscdn.net/imgs/1712345/main_600x400.jpg" alt="Cordless Handheld Vacuum"></div>'
        '<div class="ls-deal-buy"><h1 class="deal-title">$24 for a Cordless Handheld Vacuum ($79.99 Value)</h1><div class="deal-price"><span class="price">$24</span> <span class="value">Value $79.99</span> <span class="discount">70% off</span></div>'
        '<div class="bought">1,204 bought</div><a href="/deals/1712345/purchase" class="ls-btn ls-btn-buy">Buy!</a></div>'
        '<section class="ls-deal-details"><h2>The Deal</h2><ul><li>$24 for a cordless handheld vacuum ($79.99 value)</li><li>Free shipping</li></ul><h2>Fine Print</h2><p>Limit 3 per person.</p></section>'
        '<section class="ls-more"><h2>More Deals</h2><ul><li><a href="/deals/1712346"><img src="https://a1.lscdn.net/imgs/1712346/thumb.jpg"><span>$19 for a Bluetooth Shower Speaker</span></a></li><li><a href="/deals/1712347"><img src="https://a1.lscdn.net/imgs/1712347/thumb.jpg"><span>$29 for a Smartwatch</span></a></li></ul></section></main>'
        '<footer class="ls-footer"><a href="/about">About</a> <a href="/help">Help</a><p>&copy; 2017 LivingSocial, Inc.</p></footer></div>',
    ),
    "Cordless Handheld Vacuum",
)

LG = "https://us.letgo.com"
case(
    "letgo-2017-used-name-for-sale-in-city",
    f"{LG}/en/i/weber-spirit-gas-grill_8a1b2c3d",
    page(
        "Used Weber Spirit gas grill for sale in Austin - letgo",
        '<div id="root"><header class="letgo-header"><a href="/en" class="logo"><img src="https://static.letgo.com/site-images/logo-letgo.svg" alt="letgo"></a>'
        '<form class="search"><input type="search" placeholder="Search in Austin"></form><a class="btn-sell" href="/en/sell">Sell</a> <a href="/en/login">Log in</a></header>'
        '<main class="product-detail"><div class="product-detail__gallery"><img src="https://img.letgo.com/images/8a/1b/2c/3d/8a1b2c3d.jpeg?impolicy=img_600" alt="Weber Spirit gas grill"></div>'
        '<div class="product-detail__info"><h1 class="product-detail__title">Weber Spirit gas grill</h1><div class="product-detail__price">$150</div>'
        '<div class="product-detail__location">Austin, TX 78704</div><p class="product-detail__description">Works great, moving sale. Cover included.</p>'
        '<div class="product-detail__user"><img src="https://img.letgo.com/users/u1.jpg" alt=""><span>Carlos</span></div><a class="btn btn-primary" href="/en/login">Chat with seller</a> <a class="btn" href="/en/login">Make an offer</a></div>'
        '<section class="related"><h2>Related products</h2><ul><li><a href="/en/i/char-broil_1"><img src="https://img.letgo.com/images/aa/bb/cc/dd/1.jpeg"><span class="title">Char-Broil grill</span><span class="price">$80</span></a></li>'
        '<li><a href="/en/i/patio-set_2"><img src="https://img.letgo.com/images/aa/bb/cc/dd/2.jpeg"><span class="title">Patio table and 4 chairs</span><span class="price">$120</span></a></li></ul></section></main>'
        '<footer><a href="/en/help">Help</a> <a href="/en/terms">Terms</a> <span>&copy; 2017 letgo</span></footer></div>',
    ),
    "Weber Spirit gas grill",
)

TB = "https://www.thriftbooks.com"
case(
    "thriftbooks-2017-name-book-by-author-title",
    f"{TB}/w/the-martian_andy-weir/1234567/",
    page(
        "The Martian book by Andy Weir",
        bs3_navbar("ThriftBooks", TB, ["Fiction", "Nonfiction", "Kids", "Teen", "Textbooks", "Deals"])
        + '<div class="container">'
        + bs3_crumbs(TB, ["Fiction", "Science Fiction"], "The Martian")
        + '<div class="row WorkMeta"><div class="col-sm-4"><img class="img-responsive" src="https://i.thriftbooks.com/api/imagehandler/m/ABC123.jpeg" alt="The Martian"></div>'
        '<div class="col-sm-8"><h1 class="WorkMeta-title">The Martian</h1><div class="WorkMeta-authors">by <a href="/a/andy-weir/1234/">Andy Weir</a></div>'
        '<div class="WorkMeta-rating">4.7 (1,234 ratings)</div><div class="WorkSelector"><h2>Select Format</h2><ul><li class="is-selected">Paperback <span>$4.89</span></li><li>Hardcover <span>$7.19</span></li></ul></div>'
        '<div class="WorkSelector-condition">Condition: <b>Very Good</b></div><div class="WorkSelector-price"><span class="price">$4.89</span> <span class="list">List Price $15.00</span></div>'
        '<button class="btn btn-primary btn-lg">Add to Cart</button> <button class="btn btn-default">Add to Wish List</button></div></div>'
        '<div class="WorkDescription"><h2>Book Overview</h2><p>Six days ago, astronaut Mark Watney became one of the first people to walk on Mars.</p></div>'
        + bs3_cards(
            TB,
            "Customers Also Bought",
            [("Artemis", "$4.99"), ("Project Hail Mary", "$9.99"), ("Ready Player One", "$4.59")],
        )
        + "</div>"
        + footer_2017("ThriftBooks", TB),
    ),
    "The Martian",
    "The Martian by Andy Weir",
)

GR = "https://www.grainger.com"
case(
    "grainger-2017-item-model-title-parts",
    f"{GR}/product/DEWALT-Cordless-Drill-Driver-Kit-4LW67",
    page(
        "DEWALT Cordless Drill/Driver Kit, 20.0 Voltage, 1/2&quot; Chuck Size - 4LW67|DCD771C2 - Grainger",
        '<div id="wrap"><header class="gcom-header"><div class="gcom-logo"><a href="/"><img src="/images/grainger-logo.svg" alt="Grainger"></a></div>'
        '<form class="gcom-search" action="/search"><input name="searchQuery" placeholder="Search by keyword, item or model #"><button>Search</button></form>'
        '<div class="gcom-account"><a href="/myaccount/signin">Sign In</a> <a href="/cart">Cart</a> <a href="/quickorder">Quick Order</a></div>'
        '<nav class="gcom-nav"><a href="/category/tools">Tools</a> <a href="/category/safety">Safety</a> <a href="/category/plumbing">Plumbing</a> <a href="/category/electrical">Electrical</a></nav></header>'
        '<main><ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/category/tools">Tools</a></li><li><a href="/category/tools/power-tools">Power Tools</a></li><li><a href="/category/tools/power-tools/cordless-drills">Cordless Drills</a></li></ol>'
        '<div class="product-detail"><div class="product-image"><img src="https://static.grainger.com/rp/s/is/image/Grainger/4LW67_AS01?$mdmain$" alt="DEWALT Cordless Drill/Driver Kit"></div>'
        '<div class="product-info"><h1 class="productName">DEWALT Cordless Drill/Driver Kit, 20.0 Voltage, 1/2&quot; Chuck Size</h1>'
        '<ul class="product-ids"><li>Item # <span>4LW67</span></li><li>Mfr. Model # <span>DCD771C2</span></li><li>Catalog Page # <span>N/A</span></li></ul>'
        '<div class="pricing"><span class="price">$159.00</span> <span class="uom">/ each</span></div><div class="availability">Ready to ship</div>'
        '<form action="/cart/add"><input type="text" value="1" name="qty"><button class="btn-add-to-cart">Add to Cart</button></form></div></div>'
        '<section class="specs"><h2>Technical Specs</h2><table><tr><td>Voltage</td><td>20.0</td></tr><tr><td>Chuck Size</td><td>1/2"</td></tr></table></section>'
        '<section class="alternates"><h2>Alternate Products</h2><ul><li><a href="/product/MILWAUKEE-Cordless-Drill-5ZUR3"><img src="https://static.grainger.com/rp/s/is/image/Grainger/5ZUR3_AS01?$smthumb$"><span>MILWAUKEE Cordless Drill/Driver Kit, 18.0 Voltage</span></a><span>$199.00</span></li></ul></section></main>'
        + footer_2017("Grainger", GR)
        + "</div>",
    ),
    'DEWALT Cordless Drill/Driver Kit, 20.0 Voltage, 1/2" Chuck Size',
)

FL = "https://www.1800flowers.com"
case(
    "1800flowers-2017-title-shop-then-code",
    f"{FL}/the-florist-designed-bouquet-91333",
    page(
        "The Florist Designed Bouquet | 1800Flowers.com - 91333",
        '<div id="container"><div id="header"><a href="/" class="logo"><img src="/images/1800flowers-logo.png" alt="1-800-Flowers.com"></a>'
        '<form id="search" action="/search"><input type="text" name="searchTerm" placeholder="Search"><input type="submit" value="Go"></form>'
        '<div id="util"><a href="/account">Sign In</a> | <a href="/cart">Cart (0)</a> | <a href="/celebrations-passport">Celebrations Passport</a></div>'
        '<ul id="topnav"><li><a href="/birthday">Birthday</a></li><li><a href="/sympathy">Sympathy</a></li><li><a href="/flowers">Flowers</a></li><li><a href="/plants">Plants</a></li><li><a href="/gift-baskets">Gift Baskets &amp; Food</a></li></ul></div>'
        '<div id="content"><div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/flowers">Flowers</a> &gt; <a href="/bouquets">Bouquets</a></div>'
        '<div class="pdp"><div class="pdp-image"><img src="https://cdn1.1800flowers.com/wcsstore/Flowers/images/catalog/91333lx.jpg" alt="The Florist Designed Bouquet"></div>'
        '<div class="pdp-info"><h1 id="productName">The Florist Designed Bouquet</h1><div class="pdp-item">Item #91333</div>'
        '<ul class="sizes"><li><input type="radio" name="sku" checked> Small <span>$39.99</span></li><li><input type="radio" name="sku"> Medium <span>$49.99</span></li><li><input type="radio" name="sku"> Large <span>$59.99</span></li></ul>'
        '<div class="pdp-zip"><label>Delivery Zip Code</label><input type="text" name="zip"></div><button class="btn-addtocart">Add to Cart</button></div></div>'
        '<div class="pdp-details"><h2>Product Details</h2><p>Our florists hand-select the freshest blooms of the season.</p></div>'
        '<div class="pdp-recs"><h2>You May Also Like</h2><ul><li><a href="/fields-of-europe-91200"><img src="https://cdn1.1800flowers.com/wcsstore/Flowers/images/catalog/91200s.jpg"><span>Fields of Europe</span></a> <span>$49.99</span></li>'
        '<li><a href="/one-dozen-red-roses-90950"><img src="https://cdn1.1800flowers.com/wcsstore/Flowers/images/catalog/90950s.jpg"><span>One Dozen Red Roses</span></a> <span>$59.99</span></li></ul></div></div>'
        + footer_2017("1-800-Flowers.com", FL)
        + "</div>",
    ),
    "The Florist Designed Bouquet",
)

CDU = "https://www.cduniverse.com"
case(
    "cduniverse-2017-table-album-artist",
    f"{CDU}/productinfo.asp?pid=10187654",
    page(
        "Reputation CD (2017) - Big Machine Records | Taylor Swift | CD Universe",
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/cdu-logo.gif" alt="CD Universe" border="0"></a></td>'
        '<td align="right"><form action="/sresult.asp"><select name="style"><option>Music</option><option>Movies</option><option>Games</option></select><input type="text" name="HT_Search"><input type="submit" value="Search"></form><a href="/cart.asp">Cart</a> | <a href="/account.asp">Account</a></td></tr>'
        '<tr><td colspan="2" class="navbar"><a href="/music.asp">Music</a> | <a href="/movies.asp">Movies</a> | <a href="/games.asp">Games</a> | <a href="/newreleases.asp">New Releases</a></td></tr></table>'
        '<table width="100%" cellpadding="6"><tr><td valign="top" width="220"><img id="PIImage" src="https://cdn.cduniverse.ws/images/CDU/thumb/10187654.jpg" width="200" alt="Reputation CD"></td>'
        '<td valign="top"><h1 class="title" id="title">Reputation CD (2017)</h1><div class="artist">Artist: <a href="/search/xx/music/artist/Taylor+Swift/a/albums.htm">Taylor Swift</a></div>'
        '<table class="details"><tr><td>Label:</td><td>Big Machine Records</td></tr><tr><td>Release Date:</td><td>11/10/2017</td></tr><tr><td>UPC:</td><td>843930033102</td></tr></table>'
        '<div class="priceblock">Our Price: <span class="price">$10.99</span><br><span class="avail">In Stock - Ships in 24 hours</span></div>'
        '<form action="/cart.asp" method="post"><input type="hidden" name="pid" value="10187654"><input type="submit" value="Add To Cart" class="addtocart"></form></td></tr></table>'
        '<div class="tracks"><h2>Track Listing</h2><ol><li>...Ready for It?</li><li>End Game</li><li>I Did Something Bad</li></ol></div>'
        '<div class="alsolike"><h2>Customers Also Purchased</h2><table><tr><td><a href="/productinfo.asp?pid=9012345">1989 CD (2014)</a><br>$9.99</td><td><a href="/productinfo.asp?pid=9912345">Red CD (2012)</a><br>$8.99</td></tr></table></div>'
        '<div id="footer"><a href="/help.asp">Help</a> | <a href="/privacy.asp">Privacy</a> | &copy; 2017 CD Universe</div>',
        doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    ),
    "Reputation CD (2017)",
    "Reputation",
    "Reputation CD",
)

OSC = "https://www.officesupply.com"
case(
    "officesupply-2017-name-with-item-code-parens",
    f"{OSC}/office-supplies/labels-labeling-systems/labels/address-labels/avery-easy-peel-address-labels/p43512.html",
    page(
        "Avery Easy Peel White Address Labels, 1&quot; x 2-5/8&quot;, 3000/Box (AVE5160) | OfficeSupply.com",
        magento_rwd(
            OSC,
            "OfficeSupply.com",
            ["Office Supplies", "Ink &amp; Toner", "Paper", "Breakroom", "Furniture", "Technology"],
            ["Office Supplies", "Labels", "Address Labels"],
            '<div class="product-name"><span class="h1">Avery Easy Peel White Address Labels, 1&quot; x 2-5/8&quot;, 3000/Box (AVE5160)</span></div>'
            '<div class="item-number">Item #: AVE5160</div>',
            "Avery Easy Peel White Address Labels, 1&quot; x 2-5/8&quot;, 3000/Box",
            "$42.99",
            "ave5160",
            "Sure Feed technology for a reliable feed; Easy Peel pop-up edge.",
            [("Brand", "Avery"), ("Labels per Sheet", "30"), ("Sheets", "100")],
            [("Perfect for holiday cards", "No jams.")],
            [
                ("Avery Shipping Labels, 2&quot; x 4&quot;, 1000/Box", "$39.99"),
                ("Avery Return Address Labels, 1/2&quot; x 1-3/4&quot;", "$29.99"),
            ],
            "Avery Easy Peel White Address Labels, 1&quot; x 2-5/8&quot;, 3000/Box (AVE5160)",
        ),
        body_class="catalog-product-view",
    ),
    'Avery Easy Peel White Address Labels, 1" x 2-5/8", 3000/Box (AVE5160)',
    'Avery Easy Peel White Address Labels, 1" x 2-5/8", 3000/Box',
)

RC = "https://www.recycler.com"
case(
    "recycler-2017-h2-posting-title",
    f"{RC}/ad/los-angeles/for-sale/furniture/ikea-kallax-shelf-unit-white/55123456",
    page(
        "IKEA Kallax Shelf Unit, White - Los Angeles For Sale - Recycler.com",
        '<div id="wrapper"><div id="header"><a href="/" id="logo"><img src="/img/recycler-logo.png" alt="Recycler.com"></a><a href="/post" class="post-ad">Post a Free Ad</a>'
        '<form action="/search"><input name="q" placeholder="Search Los Angeles"><button>Search</button></form></div>'
        '<div id="breadcrumbs"><a href="/los-angeles">Los Angeles</a> &raquo; <a href="/los-angeles/for-sale">For Sale</a> &raquo; <a href="/los-angeles/for-sale/furniture">Furniture</a></div>'
        '<div id="listing"><div class="listing-left"><div class="main-photo"><img src="https://img.recycler.com/ads/55123456/1_640.jpg" alt="IKEA Kallax Shelf Unit, White"></div></div>'
        '<div class="listing-right"><h2 class="posting-title">IKEA Kallax Shelf Unit, White</h2><p class="posting-price">$60</p><p class="posting-loc">Culver City, CA</p>'
        '<p class="posting-desc">4x4 cube, good condition, disassembled for easy pickup.</p><a href="#contact" class="btn">Contact Seller</a></div></div>'
        '<div id="more"><h3>More in Furniture</h3><ul><li><a href="/ad/55123000">Queen Bed Frame</a> $100</li><li><a href="/ad/55123001">Office Chair</a> $40</li></ul></div>'
        '<div id="footer">&copy; 2017 Recycler.com | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></div></div>',
    ),
    "IKEA Kallax Shelf Unit, White",
)


# ---- batch 4: hosted builders and custom carts of 2017 -------------------------------------------------

BCL = "https://paperheartpress.bigcartel.com"
case(
    "bigcartel-2017-store-h1-product-h2-slash-title",
    f"{BCL}/product/hello-sunshine-letterpress-card",
    page(
        "Hello Sunshine Letterpress Card / Paper Heart Press",
        '<div class="wrapper"><header class="header"><h1 class="store-name"><a href="/" title="Paper Heart Press">Paper Heart Press</a></h1>'
        '<nav class="main-nav"><ul><li><a href="/products">Shop</a></li><li><a href="/category/cards">Cards</a></li><li><a href="/category/prints">Prints</a></li><li><a href="/contact">Contact</a></li><li><a href="/cart">Cart (0)</a></li></ul></nav></header>'
        '<main class="product-page"><div class="product-images"><a href="https://images.bigcartel.com/product_images/201234567/sunshine.jpg?auto=format&amp;fit=max&amp;w=1500" class="product-image"><img src="https://images.bigcartel.com/product_images/201234567/sunshine.jpg?auto=format&amp;fit=max&amp;w=800" alt="Image of Hello Sunshine Letterpress Card"></a></div>'
        '<div class="product-details"><h2 class="product-name">Hello Sunshine Letterpress Card</h2><h3 class="product-price">$6.00</h3>'
        '<form method="post" class="product-form" action="/cart" accept-charset="utf8"><input type="hidden" name="utf8" value="&#10003;"><input type="hidden" name="cart[add][id]" id="option" value="89123456">'
        '<button class="button add-to-cart" type="submit">Add to Cart</button></form><div class="product-description"><p>A2 size, printed on 100% cotton paper, kraft envelope.</p></div></div>'
        '<section class="related-products"><h3>You might also like</h3><ul><li><a href="/product/thank-you-so-much-card"><img src="https://images.bigcartel.com/product_images/201234568/thanks.jpg?w=300" alt="Image of Thank You So Much Card"><span class="name">Thank You So Much Card</span><span class="price">$5.00</span></a></li>'
        '<li><a href="/product/birthday-cake-card"><img src="https://images.bigcartel.com/product_images/201234569/cake.jpg?w=300" alt="Image of Birthday Cake Card"><span class="name">Birthday Cake Card</span><span class="price">$6.00</span></a></li></ul></section></main>'
        '<footer class="footer"><ul><li><a href="https://instagram.com/paperheartpress">Instagram</a></li></ul><p class="credit"><a href="https://www.bigcartel.com/?utm_source=bigcartel">Powered by Big Cartel</a></p></footer></div>',
    ),
    "Hello Sunshine Letterpress Card",
)

WX = "https://www.lunavinylrecords.com"
case(
    "wix-2017-site-name-h1-hashed-product-h2",
    f"{WX}/product-page/radiohead-ok-computer-oknotok-1997-2017-3lp",
    page(
        "Radiohead - OK Computer OKNOTOK 1997 2017 (3LP) | Luna Vinyl Records",
        '<div id="SITE_CONTAINER"><div id="site-root"><header id="SITE_HEADER" class="style-j1f2w7zc"><div id="comp-j1f3a9x2" class="txtNew"><h1 class="font_0"><span style="color:#FFFFFF;">Luna Vinyl Records</span></h1></div>'
        '<nav id="comp-j1f3b7dk"><ul><li><a href="/">Home</a></li><li><a href="/shop">Shop</a></li><li><a href="/new-arrivals">New Arrivals</a></li><li><a href="/contact">Contact</a></li></ul></nav>'
        '<div id="comp-cartIcon"><a href="/cart-page">Cart 0</a></div></header>'
        '<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="_1NkPD product-page"><div class="_3Yk0f"><div class="_2AQ7C"><img src="https://static.wixstatic.com/media/9a8b7c_okc.jpg/v1/fill/w_600,h_600,al_c,q_85/9a8b7c_okc.jpg" alt=""></div></div>'
        '<div class="_1ac5j"><h2 class="_2qrJF" data-hook="product-title">Radiohead - OK Computer OKNOTOK 1997 2017 (3LP)</h2><div class="_3E8Ji" data-hook="product-price"><span class="_2sFaY" data-hook="formatted-primary-price">$39.98</span></div>'
        '<div data-hook="product-description"><p>Remastered OK Computer plus 8 B-sides and 3 previously unreleased tracks, 180g vinyl.</p></div>'
        '<div class="_3Wpl9"><label>Quantity</label><input type="number" value="1" data-hook="number-input-spinner-input"></div><button class="_1PmCx" data-hook="add-to-cart">Add to Cart</button></div></div>'
        '<div class="_2SL0Z" data-hook="related-products"><h3>Related Products</h3><div class="_3RqKm"><a href="/product-page/radiohead-in-rainbows"><img src="https://static.wixstatic.com/media/9a8b7c_ir.jpg"><h3 class="_1lHcq">Radiohead - In Rainbows (LP)</h3><span>$22.98</span></a></div></div></div></main>'
        '<footer id="SITE_FOOTER"><p class="font_8">&copy; 2017 by Luna Vinyl Records. Proudly created with Wix.com</p></footer></div></div>',
    ),
    "Radiohead - OK Computer OKNOTOK 1997 2017 (3LP)",
    "OK Computer OKNOTOK 1997 2017 (3LP)",
)

EC = "https://www.tinyleafteaco.com"
case(
    "ecwid-2017-widget-on-wordpress-page-title-h1",
    f"{EC}/shop/#!/Organic-Earl-Grey-Cream-Loose-Leaf-Tea-4-oz/p/81234567",
    page(
        "Organic Earl Grey Cream Loose Leaf Tea, 4 oz &#8211; Tiny Leaf Tea Co.",
        '<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Tiny Leaf Tea Co.</a></p><p class="site-description">Small-batch teas from Asheville</p></div>'
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a href="/">Home</a></li><li><a href="/shop/">Shop</a></li><li><a href="/about/">About</a></li><li><a href="/blog/">Blog</a></li></ul></nav></header>'
        '<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-12" class="post-12 page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">Shop</h1></header>'
        '<div class="entry-content"><div id="my-store-1234567" class="ecwid-productBrowser ecwid-productBrowser-ProductPage"><div class="ecwid-productBrowser-head"><div class="ecwid-productBrowser-categoryPath"><a href="#!/Tea/c/5001">Tea</a> / <a href="#!/Black-Tea/c/5002">Black Tea</a></div></div>'
        '<div class="ecwid-productBrowser-details-thumbnail"><img src="https://images-na.ssl-images-amazon.com/images/ecwid/81234567-700.jpg" class="gwt-Image ecwid-productBrowser-details-thumbnail-image" alt=""></div>'
        '<div class="ecwid-productBrowser-details-rightPanel"><h1 class="ecwid-productBrowser-head">Organic Earl Grey Cream Loose Leaf Tea, 4 oz</h1><div class="ecwid-productBrowser-sku">SKU TL-EGC-4</div>'
        '<div class="ecwid-productBrowser-price ecwid-price">$12.00</div><div class="ecwid-productBrowser-details-qtyPanel"><span>Quantity:</span><input type="text" value="1" class="gwt-TextBox"></div>'
        '<button class="gwt-Button ecwid-AddToBagButton">Add to Bag</button><div class="ecwid-productBrowser-details-descr"><p>Ceylon black tea, bergamot and vanilla.</p></div></div></div></div></article></main>'
        '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/blog/cold-brew-tea/">How to Cold Brew Tea</a></li></ul></section></aside></div>'
        '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2017 Tiny Leaf Tea Co. | Proudly powered by WordPress</div></footer></div>',
    ),
    "Organic Earl Grey Cream Loose Leaf Tea, 4 oz",
)

XC = "https://www.hobbytoolsupply.com"
case(
    "xcart4-double-colon-title",
    f"{XC}/product.php?productid=16182&cat=249&page=1",
    page(
        "Dremel 4000-2/30 High Performance Rotary Tool Kit :: Rotary Tools :: Power Tools :: Hobby Tool Supply",
        '<div id="page-container"><div id="header"><div class="line1"><div class="logo"><a href="home.php"><img src="/skin/ideal_comfort/images/custom/logo.png" alt="Hobby Tool Supply"></a></div>'
        '<div class="header-links"><div class="wrapper"><a href="cart.php">View cart</a> | <a href="cart.php?mode=checkout">Checkout</a> | <a href="register.php">Register</a></div></div></div>'
        '<div class="line2"><form method="post" action="search.php" name="productsearchform"><input type="text" name="posted_data[substring]" class="text" value=""><button class="search-button" type="submit">Search</button></form></div>'
        '<div class="line3"><ul id="horizontal-menu"><li><a href="home.php?cat=249">Rotary Tools</a></li><li><a href="home.php?cat=250">Scroll Saws</a></li><li><a href="home.php?cat=251">Carving</a></li></ul></div></div>'
        '<div id="content-container"><div id="content-container2"><div id="center"><div id="center-main"><div id="location"><a href="home.php" class="bread-crumb">Home</a><span> :: </span><a href="home.php?cat=248" class="bread-crumb">Power Tools</a><span> :: </span><a href="home.php?cat=249" class="bread-crumb">Rotary Tools</a><span> :: </span><span class="bread-crumb last-bread-crumb">Dremel 4000-2/30 High Performance Rotary Tool Kit</span></div>'
        '<h1>Dremel 4000-2/30 High Performance Rotary Tool Kit</h1><div class="product-details"><div class="image"><div class="image-box"><img id="product_thumbnail" src="/images/P/dremel-4000.jpg" width="300" height="300" alt="Dremel 4000-2/30 High Performance Rotary Tool Kit"></div></div>'
        '<div class="details"><form name="orderform" method="post" action="cart.php"><table cellspacing="0" class="product-properties"><tr><td class="property-name">SKU</td><td class="property-value" id="product_code">DRE-4000-230</td></tr>'
        '<tr><td class="property-name">Weight</td><td class="property-value">4.00 lbs</td></tr><tr><td class="property-name product-price">Price:</td><td class="property-value"><span class="product-price-value">$<span id="product_price">99.99</span></span></td></tr></table>'
        '<div class="quantity"><span>Quantity</span><input type="text" id="product_avail" name="amount" value="1"></div><button class="button main-button add-to-cart-button" type="submit"><span class="button-right"><span class="button-left">Add to cart</span></span></button></form></div></div>'
        '<div class="dialog"><div class="title"><h2>Detailed description</h2></div><div class="content">Variable speed 5,000-35,000 RPM, 30 accessories, 2 attachments.</div></div>'
        '<div class="dialog"><div class="title"><h2>Customers who bought this product also bought</h2></div><div class="content"><ul class="simple-products-list"><li><a href="product.php?productid=16190">Dremel 225-01 Flex-Shaft Attachment</a></li><li><a href="product.php?productid=16191">Dremel 709-02 Accessory Kit</a></li></ul></div></div></div></div></div></div>'
        '<div id="footer"><div class="links"><a href="help.php?section=contactus&amp;mode=update">Contact us</a> | <a href="pages.php?pageid=1">Terms</a></div><div class="copyright">Copyright &copy; 2006-2017 Hobby Tool Supply</div></div></div>',
    ),
    "Dremel 4000-2/30 High Performance Rotary Tool Kit",
)

GT = "https://www.discountpetmeds.com"
case(
    "custom-asp-generic-document-title-h2-name",
    f"{GT}/ProductDetails.aspx?ProductID=3312",
    page(
        "Product Details",
        '<form method="post" action="./ProductDetails.aspx?ProductID=3312" id="form1"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTY0"></div>'
        '<div id="header"><a href="Default.aspx" id="logo"><img src="images/logo.gif" alt="Discount Pet Meds" border="0"></a><div id="topLinks"><a href="Login.aspx">Login</a> | <a href="Cart.aspx">Shopping Cart</a> | <a href="Contact.aspx">Contact Us</a></div>'
        '<div id="menu"><a href="Category.aspx?CatID=1">Dogs</a> <a href="Category.aspx?CatID=2">Cats</a> <a href="Category.aspx?CatID=3">Flea &amp; Tick</a> <a href="Category.aspx?CatID=4">Heartworm</a></div></div>'
        '<div id="main"><div id="left"><h3>Categories</h3><ul><li><a href="Category.aspx?CatID=3">Flea &amp; Tick</a></li><li><a href="Category.aspx?CatID=4">Heartworm</a></li></ul></div>'
        '<div id="center"><div id="ctl00_breadcrumb"><a href="Default.aspx">Home</a> &gt; <a href="Category.aspx?CatID=3">Flea &amp; Tick</a></div>'
        '<table width="100%"><tr><td valign="top" width="260"><img id="ctl00_imgProduct" src="ProductImages/3312_large.jpg" width="250" alt=""></td>'
        '<td valign="top"><h2 id="ctl00_lblProductName">Advantage II for Large Dogs 21-55 lbs, 6 Pack</h2><span id="ctl00_lblItemNo">Item No: ADV2-L6</span><br>'
        '<span id="ctl00_lblRetail">Retail: <s>$89.99</s></span><br><span id="ctl00_lblOurPrice" class="ourprice">Our Price: $62.95</span><br><span id="ctl00_lblStock">In Stock</span><br>'
        'Qty: <input name="ctl00$txtQty" type="text" value="1" id="ctl00_txtQty" size="3"> <input type="submit" name="ctl00$btnAddToCart" value="Add to Cart" id="ctl00_btnAddToCart"></td></tr></table>'
        '<h3>Description</h3><p>Kills fleas on contact, no bite required. Monthly topical.</p><h3>Related Items</h3><ul><li><a href="ProductDetails.aspx?ProductID=3313">Advantage II for Medium Dogs 11-20 lbs</a> $59.95</li><li><a href="ProductDetails.aspx?ProductID=3401">K9 Advantix II Large Dog</a> $64.95</li></ul></div></div>'
        '<div id="footer">&copy; 2017 Discount Pet Meds | <a href="Privacy.aspx">Privacy</a></div></form>',
    ),
    "Advantage II for Large Dogs 21-55 lbs, 6 Pack",
)

CSC = "https://www.gadgetgardenusa.com"
case(
    "cscart4-bdi-title-and-meta-title",
    f"{CSC}/smart-home/tp-link-hs100-wi-fi-smart-plug.html",
    page(
        "Buy TP-Link HS100 Wi-Fi Smart Plug Online at Best Price | Gadget Garden USA",
        '<div class="tygh-top-panel clearfix"><div class="container-fluid top-grid"><div class="row-fluid"><div class="span16"><div class="ty-wysiwyg-content">Free shipping over $50!</div></div></div></div></div>'
        '<div class="tygh-header clearfix"><div class="container-fluid header-grid"><div class="row-fluid"><div class="span4 top-logo-grid"><div class="ty-logo-container"><a href="'
        + CSC
        + '/" title="Gadget Garden USA"><img src="/images/logos/1/gg-logo.png" width="200" height="50" alt="Gadget Garden USA" class="ty-logo-container__image"></a></div></div>'
        '<div class="span8 search-block-grid"><div class="ty-search-block"><form action="/" method="get" name="search_form"><input type="text" name="q" value="" id="search_input" title="Search products" class="ty-search-block__input cm-hint"><button title="Search" class="ty-search-magnifier" type="submit"><i class="ty-icon-search"></i></button></form></div></div>'
        '<div class="span4 cart-content-grid"><div class="ty-dropdown-box" id="cart_status_321"><a href="/cart/" class="ty-minicart-title"><span>Cart is empty</span></a></div></div></div>'
        '<div class="row-fluid"><div class="span16 top-menu-grid"><ul class="ty-menu__items"><li class="ty-menu__item"><a href="/smart-home/" class="ty-menu__item-link">Smart Home</a></li><li class="ty-menu__item"><a href="/audio/" class="ty-menu__item-link">Audio</a></li><li class="ty-menu__item"><a href="/phone-accessories/" class="ty-menu__item-link">Phone Accessories</a></li></ul></div></div></div></div>'
        '<div class="tygh-content clearfix"><div class="container-fluid content-grid"><div class="ty-breadcrumbs clearfix"><a href="/" class="ty-breadcrumbs__a">Home</a><span class="ty-breadcrumbs__slash">/</span><a href="/smart-home/" class="ty-breadcrumbs__a">Smart Home</a><span class="ty-breadcrumbs__slash">/</span><span class="ty-breadcrumbs__current"><bdi>TP-Link HS100 Wi-Fi Smart Plug</bdi></span></div>'
        '<div class="ty-product-block ty-product-detail"><div class="ty-product-block__wrapper clearfix"><h1 class="ty-product-block-title"><bdi>TP-Link HS100 Wi-Fi Smart Plug</bdi></h1>'
        '<div class="ty-product-block__img-wrapper"><div class="ty-product-img cm-preview-wrapper"><a class="cm-image-previewer cm-previewer ty-previewer" href="/images/detailed/3/hs100.jpg"><img class="ty-pict" src="/images/thumbnails/400/400/detailed/3/hs100.jpg" alt="TP-Link HS100 Wi-Fi Smart Plug"></a></div></div>'
        '<div class="ty-product-block__left"><form action="/" method="post" name="product_form_3301"><div class="ty-product-block__sku"><div class="ty-control-group ty-sku-item"><label class="ty-control-group__label">CODE:</label><span class="ty-control-group__item">TPL-HS100</span></div></div>'
        '<div class="prices-container price-wrap"><div class="ty-product-prices"><div class="ty-product-block__price-actual"><span class="ty-price"><bdi><span class="ty-price-num">$</span><span class="ty-price-num">24.99</span></bdi></span></div></div></div>'
        '<div class="ty-product-block__field-group"><div class="cm-reload-3301 stock-wrap"><span class="ty-qty-in-stock ty-control-group__item">In stock</span></div></div>'
        '<div class="ty-product-block__button"><button id="button_cart_3301" class="ty-btn__primary ty-btn__big ty-btn__add-to-cart cm-form-dialog-closer ty-btn" type="submit" name="dispatch[checkout.add..3301]">Add to cart</button></div></form></div></div>'
        '<div class="ty-tabs cm-j-tabs clearfix"><ul class="ty-tabs__list"><li class="ty-tabs__item active"><a class="ty-tabs__a">Description</a></li><li class="ty-tabs__item"><a class="ty-tabs__a">Features</a></li><li class="ty-tabs__item"><a class="ty-tabs__a">Reviews</a></li></ul></div>'
        '<div class="cm-tabs-content ty-tabs__content clearfix"><div id="content_description" class="ty-wysiwyg-content content-description"><div>Control your devices from anywhere with the free Kasa app.</div></div></div></div></div></div>'
        '<div class="tygh-footer clearfix"><div class="container-fluid ty-footer-grid"><div class="ty-footer-general"><h2 class="ty-footer-general__header">Information</h2><ul><li><a href="/about-our-company.html">About us</a></li></ul></div><p class="bottom-copyright">&copy; 2017 Gadget Garden USA. Powered by CS-Cart</p></div></div>',
    ),
    "TP-Link HS100 Wi-Fi Smart Plug",
)


# ---- batch 5: price, shipping promo and brand span written into the name's own line ---------------------

BK = "https://www.gourmetbasketco.com"
case(
    "yahoo-store-h1-price-text-tail",
    f"{BK}/holiday-snack-tower.html",
    page(
        "Holiday Snack Tower - Gourmet Basket Co.",
        table_shop_header(
            "Gourmet Basket Co.",
            BK,
            ["Holiday", "Birthday", "Sympathy", "Corporate", "Sale"],
            "1-866-555-0144",
        )
        + '<table width="100%" cellpadding="8"><tr><td valign="top" width="320"><img src="https://sep.yimg.com/ay/yhst-55512345678/holiday-snack-tower-2.jpg" width="300" height="300" alt="Holiday Snack Tower"></td>'
        '<td valign="top"><h1 class="item-name">Holiday Snack Tower - $49.95</h1><div class="code">Item #GBC-2217</div>'
        '<div class="desc">Five stacked boxes of cookies, truffles, caramel corn, nuts and pretzels, tied with a red satin bow.</div>'
        '<div class="sale-price"><b>Sale Price: $49.95</b></div>'
        '<form method="POST" action="https://order.store.yahoo.net/yhst-55512345678/cgi-bin/wg-order?yhst-55512345678+holiday-snack-tower">Qty <input name="vwquantity" value="1" size="2"> <input type="submit" value="Add to Cart"></form></td></tr></table>'
        '<table width="100%"><tr><td><b>You may also like</b><br><a href="chocolate-tower.html">Chocolate Lovers Tower</a> $59.95 | <a href="fruit-basket.html">Orchard Fruit Basket</a> $44.95</td></tr>'
        '<tr><td align="center"><font size="1">Copyright &copy; 2017 Gourmet Basket Co.</font></td></tr></table>',
        doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    ),
    "Holiday Snack Tower",
)

TL = "https://www.toolliquidators.com"
case(
    "custom-h1-free-shipping-promo-tail",
    f"{TL}/milwaukee-2767-20-m18-fuel-impact-wrench.html",
    page(
        "Milwaukee 2767-20 M18 FUEL 1/2&quot; High Torque Impact Wrench (Tool Only) | Tool Liquidators",
        bs3_navbar("Tool Liquidators", TL, ["Milwaukee", "DeWalt", "Makita", "Hand Tools", "Clearance"])
        + '<div class="container">'
        + bs3_crumbs(TL, ["Milwaukee", "Impact Wrenches"], "Milwaukee 2767-20")
        + '<div class="row"><div class="col-md-6"><img src="/images/products/2767-20_lg.jpg" class="img-responsive" alt="Milwaukee 2767-20"></div>'
        '<div class="col-md-6"><h1 class="product-heading">Milwaukee 2767-20 M18 FUEL 1/2&quot; High Torque Impact Wrench (Tool Only) - FREE SHIPPING!</h1>'
        '<p class="text-muted">Model: 2767-20</p><p class="lead">$279.00</p><p class="text-success">In Stock - Ships Same Day</p>'
        '<button class="btn btn-primary btn-lg">Add to Cart</button></div></div>'
        + bs3_cards(
            TL,
            "Customers Also Bought",
            [
                ("Milwaukee 48-11-1850 M18 5.0Ah Battery", "$99.00"),
                ("Milwaukee 2754-20 M18 FUEL 3/8&quot; Compact Impact Wrench", "$229.00"),
            ],
        )
        + "</div>"
        + footer_2017("Tool Liquidators", TL),
    ),
    'Milwaukee 2767-20 M18 FUEL 1/2" High Torque Impact Wrench (Tool Only)',
)

CR = "https://www.chefsresource.com"
case(
    "custom-unnamed-title-div-with-brand-span",
    f"{CR}/cuisinart-dfp-14bcny-14-cup-food-processor.html",
    page(
        "Cuisinart DFP-14BCNY 14-Cup Food Processor, Brushed Stainless - Food Processors - Chef's Resource",
        '<div id="container"><div id="header"><a href="/" id="logo"><img src="/images/chefs-resource-logo.gif" alt="Chef\'s Resource"></a>'
        '<div id="search"><form action="/search.php"><input type="text" name="q"><input type="submit" value="Search"></form></div>'
        '<div id="nav"><a href="/cookware.html">Cookware</a> <a href="/cutlery.html">Cutlery</a> <a href="/appliances.html">Appliances</a> <a href="/bakeware.html">Bakeware</a></div></div>'
        '<div id="main"><div class="crumbs"><a href="/">Home</a> &gt; <a href="/appliances.html">Appliances</a> &gt; <a href="/food-processors.html">Food Processors</a></div>'
        '<div class="product"><div class="photo"><img src="/images/products/dfp-14bcny_large.jpg" width="400" alt=""></div>'
        '<div class="info"><div class="title"><span class="brand">Cuisinart</span> DFP-14BCNY 14-Cup Food Processor, Brushed Stainless</div>'
        '<p class="cat">Category: <a href="/food-processors.html">Food Processors</a></p>'
        '<div class="pricing"><span class="list">List: $300.00</span> <span class="ours">Our Price: $199.95</span></div>'
        '<form action="/cart.php" method="post"><input type="hidden" name="sku" value="DFP-14BCNY"><input type="submit" value="Add to Cart" class="btn-cart"></form>'
        '<p class="ship">Free shipping on orders over $49</p></div></div>'
        '<div class="desc"><b>Description</b><p>Extra-large feed tube, 720-watt motor, stainless slicing and shredding discs.</p></div>'
        '<div class="others"><b>You may also like</b><ul><li><a href="/kitchenaid-kfp1466.html">KitchenAid KFP1466 14-Cup Food Processor</a> $249.99</li><li><a href="/breville-bfp800xl.html">Breville BFP800XL Sous Chef</a> $399.95</li></ul></div></div>'
        '<div id="footer">&copy; 2017 Chef\'s Resource | <a href="/privacy.html">Privacy</a></div></div>',
    ),
    "Cuisinart DFP-14BCNY 14-Cup Food Processor, Brushed Stainless",
)

ES = "https://www.electronicsexpo.com"
case(
    "h1-only-price-now-tail",
    f"{ES}/product/sony-srs-xb20-portable-bluetooth-speaker",
    page(
        "Sony SRS-XB20 Portable Bluetooth Speaker | Electronics Expo",
        bs3_navbar("Electronics Expo", ES, ["TV &amp; Video", "Audio", "Cameras", "Phones", "Clearance"])
        + '<div class="container">'
        + bs3_crumbs(ES, ["Audio", "Bluetooth Speakers"], "Sony SRS-XB20")
        + '<div class="row"><div class="col-md-6"><img src="/img/p/sony-srs-xb20_lg.jpg" class="img-responsive" alt="Sony SRS-XB20"></div>'
        '<div class="col-md-6"><h1>Sony SRS-XB20 Portable Bluetooth Speaker - Now Only $78!</h1><p class="lead"><span class="price">$78.00</span> <del>$129.99</del></p>'
        '<p>Extra Bass, splash-proof, 12 hours of battery.</p><button class="btn btn-primary btn-lg">Add to Cart</button></div></div>'
        + bs3_cards(ES, "Related", [("JBL Flip 4 Waterproof Speaker", "$99.95"), ("UE Boom 2", "$149.99")])
        + "</div>"
        + footer_2017("Electronics Expo", ES),
    ),
    "Sony SRS-XB20 Portable Bluetooth Speaker",
)


# ---- batch 6: merchandising words typed into the name ----------------------------------------------------

SS = "https://www.smokysupply.com"
case(
    "volusion-2017-name-typed-with-new",
    f"{SS}/product-p/tr-ptg-22.htm",
    page(
        "Traeger Pro Series 22 Pellet Grill, Bronze - NEW! - Smoky Supply",
        table_shop_header(
            "Smoky Supply",
            SS,
            ["Grills", "Smokers", "Pellets", "Rubs &amp; Sauces", "Accessories"],
            "1-888-555-0170",
        )
        + '<table width="100%" cellpadding="0" cellspacing="0" id="content_area"><tr><td valign="top" id="content_main">'
        '<table width="100%"><tr><td class="vCSS_breadcrumb_td"><b><a href="'
        + SS
        + '/">Home</a> &gt; <a href="/Grills-s/10.htm">Grills</a></b></td></tr></table>'
        '<table width="100%" id="v65-product-parent"><tr><td valign="top" width="320"><a id="product_photo_zoom_url" href="/v/vspfiles/photos/TR-PTG-22-2.jpg"><img id="product_photo" src="/v/vspfiles/photos/TR-PTG-22-2T.jpg" border="0" alt="Traeger Pro Series 22"></a></td>'
        '<td valign="top"><font class="productnamecolorLARGE colors_productname">Traeger Pro Series 22 Pellet Grill, Bronze - NEW!</font><br><br>'
        '<span class="product_code_title">Product Code:</span> <span class="product_code">TR-PTG-22</span><br>'
        '<font class="pricecolor colors_productprice"><font class="text colors_text"><b><span class="PageText_L483n">Our Price</span>: </b></font> $699.99</font><br>'
        '<b>Availability:</b> In Stock<br><input type="text" class="v65-productdetail-cartqty" name="QTY.TR-PTG-22" size="3" value="1"> <input type="image" src="/v/vspfiles/templates/192/images/buttons/btn_addtocart.gif" name="btnaddtocart" alt="Add to cart"></td></tr></table>'
        '<div id="ProductDetail_ProductDetails_div"><span id="product_description">Digital Pro Controller, 18 lb hopper, 572 sq in cooking space.</span></div>'
        '<table id="v65-product-related"><tr><td><b>Related Products</b><br><a href="/product-p/tr-pel-20.htm" class="productnamecolor colors_productname">Traeger Signature Blend Pellets, 20 lb</a> <font class="pricecolor colors_productprice">$19.99</font></td></tr></table></td></tr></table>'
        '<table width="100%" id="footer"><tr><td align="center">&copy; 2017 Smoky Supply. Shopping Cart Software by Volusion</td></tr></table>',
        doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    ),
    "Traeger Pro Series 22 Pellet Grill, Bronze",
)

KO = "https://www.kitchenoutletdirect.com"
case(
    "threedcart-2017-clearance-and-reg-price-typed",
    f"{KO}/lodge-10-25-inch-cast-iron-skillet_p_1123.html",
    page(
        "Lodge 10.25 Inch Cast Iron Skillet - Kitchen Outlet Direct",
        '<div id="wrapper"><header id="header"><div id="logo"><a href="/"><img src="/assets/images/ko-logo.png" alt="Kitchen Outlet Direct"></a></div>'
        '<div id="searchBox"><form action="/search.asp"><input type="text" name="keyword"><input type="submit" value="Go"></form></div>'
        '<nav id="mainMenu"><ul><li><a href="/cookware_c_1.html">Cookware</a></li><li><a href="/cutlery_c_2.html">Cutlery</a></li><li><a href="/clearance_c_9.html">Clearance</a></li></ul></nav></header>'
        '<div id="mainContent"><div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/cookware_c_1.html">Cookware</a> &gt; <a href="/skillets_c_5.html">Skillets</a></div>'
        '<div class="prod-left"><div id="mainImage"><img id="large" src="/assets/images/products/lodge-l8sk3.jpg" alt="Lodge 10.25 Inch Cast Iron Skillet"></div></div>'
        '<div class="prod-right"><div id="productName"><h1>Lodge 10.25 Inch Cast Iron Skillet (Clearance) - Reg. $34.95</h1></div><div class="product-id">Item #: <span id="product_id">L8SK3</span></div>'
        '<div class="prices"><div class="price">Price: <span class="price-value">$19.95</span></div></div>'
        '<form method="post" name="add" action="/add_cart.asp"><input name="qty-0" type="text" value="1" size="3"><input type="submit" class="addtocart" value="Add To Cart"></form></div>'
        '<div id="productTabs"><h2>Description</h2><p>Pre-seasoned, made in South Pittsburg, Tennessee.</p></div>'
        '<div id="relatedProducts"><h2>You may also like...</h2><div class="related-item"><a href="/lodge-12-inch_p_1124.html"><div class="name">Lodge 12 Inch Cast Iron Skillet</div></a><div class="price">$29.95</div></div></div></div>'
        '<footer id="footer"><p class="copy">&copy; 2017 Kitchen Outlet Direct. Powered by <a href="https://www.3dcart.com">3dcart</a></p></footer></div>',
    ),
    "Lodge 10.25 Inch Cast Iron Skillet",
)


# ---- must-not-fire pages: each passed with HEAD's titles.py (3fe2773) and passes after the kinds -------

GS = "https://www.gamestop.com"
not_fire(
    "nf-colon-in-name-shop-after-bar",
    f"{GS}/xbox-360/games/halo-reach-legendary-edition/81234",
    page(
        "Halo: Reach Legendary Edition - Xbox 360 | GameStop",
        bs3_navbar("GameStop", GS, ["Video Games", "Consoles", "Collectibles", "Trade-Ins", "Deals"])
        + '<div class="container">'
        + bs3_crumbs(GS, ["Xbox 360", "Games"], "Halo: Reach Legendary Edition")
        + '<div class="row"><div class="col-sm-5"><img src="https://www.gamestop.com/common/images/lbox/81234b.jpg" class="img-responsive boxart" alt="Halo: Reach Legendary Edition"></div>'
        '<div class="col-sm-7"><h1 class="ats-prod-title">Halo: Reach Legendary Edition</h1><h2 class="publisher">by <a href="/browse?nav=microsoft">Microsoft</a></h2>'
        '<div class="buySection"><div class="pricing"><span class="condition">Pre-Owned</span> <h3 class="ats-prodBuy-price">$14.99</h3></div>'
        '<a class="btn btn-primary btn-lg" href="/cart/add/81234">Add to Cart</a></div><p class="esrb">ESRB: Mature</p></div></div>'
        + bs3_cards(GS, "Customers Also Bought", [("Halo 3: ODST", "$9.99"), ("Gears of War 3", "$7.99")])
        + "</div>"
        + footer_2017("GameStop", GS),
    ),
    "Halo: Reach Legendary Edition",
)

HPB = "https://www.hpb.com"
not_fire(
    "nf-book-subtitle-colon-fuller-form",
    f"{HPB}/products/sapiens-9780062316097",
    page(
        "Sapiens: A Brief History of Humankind by Yuval Noah Harari | Half Price Books",
        woo(
            HPB,
            "Half Price Books",
            "Buy, sell and trade used books since 1972",
            ["Books", "Textbooks", "Music", "Movies", "Games", "Gifts"],
            ["Books", "History"],
            "Sapiens",
            '<span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">&#36;</span>9.99</span>',
            "sapiens",
            "From a renowned historian comes a groundbreaking narrative of humanity's creation and evolution.",
            [("Homo Deus: A Brief History of Tomorrow", "12.99"), ("Guns, Germs, and Steel", "8.99")],
            cats='<a href="/product-category/history/" rel="tag">History</a>',
        ),
    ),
    "Sapiens: A Brief History of Humankind",
    "Sapiens: A Brief History of Humankind by Yuval Noah Harari",
)

AD = "https://www.adorama.com"
not_fire(
    "nf-brand-colon-name-not-shop",
    f"{AD}/icat7ib.html",
    page(
        "Canon: EOS Rebel T7i DSLR Camera Body | Adorama",
        websphere_aurora(
            AD,
            "Adorama",
            ["Cameras", "Lenses", "Lighting", "Computers", "Pro Audio", "Used"],
            ["Cameras", "DSLR Cameras"],
            "EOS Rebel T7i DSLR Camera Body",
            "ICAT7IB",
            "$749.00",
            "icat7ib",
            [
                ("Canon EF-S 18-55mm f/4-5.6 IS STM Lens", "$249.00"),
                ("SanDisk 64GB Extreme PRO SDXC Card", "$39.99"),
            ],
            sku_label="Adorama #",
        ),
    ),
    "Canon EOS Rebel T7i DSLR Camera Body",
    "EOS Rebel T7i DSLR Camera Body",
)

IC = "https://www.instacart.com"
not_fire(
    "nf-angularjs-rendered-bindings-in-cards",
    f"{IC}/store/items/item_123456789",
    page(
        "Ghirardelli 60% Cacao Bittersweet Chocolate Baking Chips, 11.5 oz | Instacart",
        '<div ng-app="instacart" class="ng-scope"><header class="ic-header"><a href="/store" class="ic-logo"><img src="/assets/instacart-logo.svg" alt="Instacart"></a>'
        '<div class="ic-store-select ng-binding">Shopping at Whole Foods Market</div><form ng-submit="search()"><input ng-model="query" placeholder="Search Whole Foods" class="ng-pristine ng-valid"></form>'
        '<a href="/store/account" class="ng-binding">Account</a> <a href="/store/cart" class="ic-cart ng-binding">Cart 0</a></header>'
        '<nav class="ic-aisles"><a href="/store/whole-foods/departments/baking">Baking</a> <a href="/store/whole-foods/departments/snacks">Snacks</a> <a href="/store/whole-foods/departments/produce">Produce</a></nav>'
        '<main class="ic-item ng-scope" ng-controller="ItemCtrl"><div class="ic-item-image"><img ng-src="https://d2d8wwwkmhfcva.cloudfront.net/600x/item_123456789.jpg" src="https://d2d8wwwkmhfcva.cloudfront.net/600x/item_123456789.jpg" alt=""></div>'
        '<div class="ic-item-info"><h1 class="ic-item-name ng-binding" ng-bind="item.name">Ghirardelli 60% Cacao Bittersweet Chocolate Baking Chips, 11.5 oz</h1>'
        '<div class="ic-item-size ng-binding">11.5 oz</div><div class="ic-item-price ng-binding">$4.49</div><button class="ic-btn-add" ng-click="add(item)">Add to cart</button>'
        '<div class="ic-item-details"><h2>Details</h2><p class="ng-binding">Intense and rich chocolate chips for baking.</p><h2>Ingredients</h2><p>Bittersweet chocolate, sugar, cocoa butter.</p></div></div>'
        '<section class="ic-related"><h2>Related items</h2><div class="ic-tile ng-scope" ng-repeat="r in related"><img ng-src="{{r.image}}" alt=""><div class="ic-tile-name ng-binding">{{ r.name }}</div><div class="ic-tile-price ng-binding">{{ r.price }}</div></div></section></main>'
        '<footer class="ic-footer"><a href="/help">Help</a> <a href="/terms">Terms</a><p>&copy; 2017 Maplebear Inc.</p></footer></div>',
    ),
    "Ghirardelli 60% Cacao Bittersweet Chocolate Baking Chips, 11.5 oz",
)

CV = "https://www.cvs.com"
not_fire(
    "nf-percent-closing-name-no-off-word",
    f"{CV}/shop/swan-isopropyl-alcohol-70-prodid-1010917",
    page(
        "Swan Isopropyl Alcohol 70% - CVS Pharmacy",
        magento_default(
            CV,
            "CVS Pharmacy",
            ["Shop", "Pharmacy", "MinuteClinic", "Photo", "Weekly Ad"],
            ["Health &amp; Medicine", "First Aid"],
            "Swan Isopropyl Alcohol 70%",
            '<div class="price-box"><span class="regular-price" id="product-price-812"><span class="price">$1.99</span></span></div>',
            "swan-70",
            "First aid antiseptic, 16 fl oz.",
            [
                ("CVS Health Hydrogen Peroxide 3%", "$1.49"),
                ("Band-Aid Flexible Fabric Bandages, 30 ct", "$4.99"),
            ],
        ),
    ),
    "Swan Isopropyl Alcohol 70%",
)

JG = "https://www.jegs.com"
not_fire(
    "nf-fuller-title-adds-brand",
    f"{JG}/i/Edelbrock/350/1406/10002/-1",
    page(
        "Edelbrock Performer Series Carburetor 1406 | JEGS",
        '<div id="wrap">'
        + bs3_navbar("JEGS", JG, ["Engine", "Fuel System", "Ignition", "Exhaust", "Tools", "Sale"])
        + '<div class="container">'
        + bs3_crumbs(JG, ["Fuel System", "Carburetors"], "Performer Series Carburetor 1406")
        + '<div class="row"><div class="col-md-6"><img src="https://www.jegs.com/i/Edelbrock/350/1406/images/1406.jpg" class="img-responsive" alt="Performer Series Carburetor 1406"></div>'
        '<div class="col-md-6"><div class="brand-logo"><img src="https://www.jegs.com/images/brands/edelbrock.png" alt="Edelbrock"></div><h1 class="product-title">Performer Series Carburetor 1406</h1>'
        '<p class="part">Part Number: 350-1406</p><p class="lead price">$329.99</p><button class="btn btn-danger btn-lg">Add To Cart</button></div></div>'
        + bs3_cards(
            JG,
            "Related Products",
            [("Edelbrock Carb Stud Kit", "$12.99"), ("Mr. Gasket Fuel Filter", "$9.99")],
        )
        + "</div></div>"
        + footer_2017("JEGS", JG),
    ),
    "Edelbrock Performer Series Carburetor 1406",
    "Performer Series Carburetor 1406",
)


PCM = "https://www.pcm.com"
not_fire(
    "nf-three-word-name-spelling-the-host",
    f"{PCM}/p/panasonic-cordless-microphone-wx-st200/12345678",
    page(
        "Panasonic Cordless Microphone: WX-ST200 | PCM",
        hybris_page(
            PCM,
            "PCM",
            ["Computers", "Networking", "Audio Visual", "Software", "Deals"],
            ["Audio Visual", "Microphones"],
            "Panasonic Cordless Microphone: WX-ST200",
            "12345678",
            "$389.99",
            "wx-st200",
            [
                ("Shure SLX24/SM58 Wireless Vocal System", "$599.00"),
                ("Audio-Technica ATW-1102 System 10", "$349.00"),
            ],
        ),
    ),
    "Panasonic Cordless Microphone: WX-ST200",
)

LT = "https://www.loctiteproducts.com"
not_fire(
    "nf-part-word-in-name-not-a-label",
    f"{LT}/products/epoxy-five-minute-instant-mix",
    page(
        "Loctite Epoxy Five Minute Instant Mix, 2-Part, 0.47 fl oz - Loctite Products",
        magento_default(
            LT,
            "Loctite Products",
            ["Adhesives", "Sealants", "Epoxies", "Super Glue", "Where to Buy"],
            ["Epoxies"],
            "Loctite Epoxy Five Minute Instant Mix, 2-Part, 0.47 fl oz",
            '<div class="price-box"><span class="regular-price" id="product-price-812"><span class="price">$6.97</span></span></div>',
            "epoxy-5min",
            "Sets in 5 minutes; bonds metal, ceramic, wood and glass.",
            [
                ("Loctite Super Glue Gel Control, 0.14 oz", "$4.47"),
                ("Loctite Marine Epoxy, 0.85 fl oz", "$7.97"),
            ],
        ),
    ),
    "Loctite Epoxy Five Minute Instant Mix, 2-Part, 0.47 fl oz",
)

GSP = "https://www.gamestop.com"
not_fire(
    "nf-stock-word-written-in-document-title",
    f"{GSP}/nintendo-switch/games/super-mario-odyssey/143215",
    page(
        "Super Mario Odyssey Pre-Order - Nintendo Switch | GameStop",
        bs3_navbar("GameStop", GSP, ["Video Games", "Consoles", "Collectibles", "Pre-Orders", "Deals"])
        + '<div class="container">'
        + bs3_crumbs(GSP, ["Nintendo Switch", "Games"], "Super Mario Odyssey")
        + '<div class="row"><div class="col-sm-5"><img src="https://www.gamestop.com/common/images/lbox/143215b.jpg" class="img-responsive" alt="Super Mario Odyssey"></div>'
        '<div class="col-sm-7"><h1 class="ats-prod-title">Super Mario Odyssey Pre-Order</h1><h2 class="publisher">by <a href="/browse?nav=nintendo">Nintendo</a></h2>'
        '<p class="release">Release Date: 10/27/2017</p><h3 class="ats-prodBuy-price">$59.99</h3><a class="btn btn-primary btn-lg" href="/cart/add/143215">Pre-Order Now</a></div></div>'
        + bs3_cards(
            GSP,
            "More Nintendo Switch Games",
            [("The Legend of Zelda: Breath of the Wild", "$59.99"), ("Mario Kart 8 Deluxe", "$59.99")],
        )
        + "</div>"
        + footer_2017("GameStop", GSP),
    ),
    "Super Mario Odyssey Pre-Order",
)

CL = "https://newyork.craigslist.org"
not_fire(
    "nf-craigslist-title-text-only-beside-price",
    f"{CL}/brk/fuo/d/mid-century-walnut-dresser/6401234567.html",
    page(
        "Mid Century Walnut Dresser - furniture - by owner - sale",
        '<section class="page-container"><header class="global-header wide"><a class="header-logo" name="logoLink" href="/">CL</a>'
        '<nav class="breadcrumbs-container"><ul class="breadcrumbs"><li class="crumb area"><p><a href="/">new york</a></p></li><li class="crumb subarea"><p><a href="/brk/">brooklyn</a></p></li>'
        '<li class="crumb section"><p><a href="/d/for-sale/search/brk/sss">for sale</a></p></li><li class="crumb category"><p><a href="/d/furniture-by-owner/search/brk/fuo">furniture - by owner</a></p></li></ul></nav>'
        '<div class="userlinks"><ul class="user-actions"><li class="user post"><a href="https://post.craigslist.org/c/nyc">post</a></li><li class="user account"><a href="https://accounts.craigslist.org/login/home">account</a></li></ul></div></header>'
        '<section class="body"><section class="dateReplyBar"><button class="reply_button js-only">reply</button><p id="display-date" class="postinginfo reveal">Posted <time class="date timeago" datetime="2017-11-30T10:12:44-0500">2017-11-30 10:12am</time></p></section>'
        '<h2 class="postingtitle"><span class="postingtitletext"><span id="titletextonly">Mid Century Walnut Dresser</span> - <span class="price">$425</span><small> (Park Slope)</small></span></h2>'
        '<section class="userbody"><figure class="iw multiimage"><div class="gallery"><div class="swipe"><div class="swipe-wrap"><div class="slide first visible"><img src="https://images.craigslist.org/00a0a_abc123_600x450.jpg" title="1" alt="1"></div></div></div></div>'
        '<div id="thumbs"><a href="https://images.craigslist.org/00a0a_abc123_600x450.jpg" class="thumb"><img src="https://images.craigslist.org/00a0a_abc123_50x50c.jpg"></a></div></figure>'
        '<div class="mapAndAttrs"><p class="attrgroup"><span>condition: <b>good</b></span></p></div>'
        '<section id="postingbody"><div class="print-information print-qrcode-container"><p class="print-qrcode-label">QR Code Link to This Post</p></div>6 drawers, solid walnut, some wear on top. Cash only.</section>'
        '<p class="postinginfo">post id: 6401234567</p></section></section>'
        '<footer><ul class="clfooter"><li>&copy; 2017 <span class="desktop">craigslist</span></li><li><a href="https://www.craigslist.org/about/help/">help</a></li><li><a href="https://www.craigslist.org/about/scams">safety</a></li></ul></footer></section>',
    ),
    "Mid Century Walnut Dresser",
)


GCM = "https://www.giftcardmall.com"
not_fire(
    "nf-amount-in-heading-written-in-title",
    f"{GCM}/amazon-gift-card-50",
    page(
        "Amazon Gift Card - $50 | GiftCardMall",
        bs3_navbar(
            "GiftCardMall", GCM, ["Visa", "Mastercard", "Retail Cards", "Restaurant Cards", "Business"]
        )
        + '<div class="container">'
        + bs3_crumbs(GCM, ["Retail Cards"], "Amazon Gift Card - $50")
        + '<div class="row"><div class="col-md-5"><img src="/images/cards/amazon-50.png" class="img-responsive" alt="Amazon Gift Card"></div>'
        '<div class="col-md-7"><h1>Amazon Gift Card - $50</h1><p class="lead"><span class="price">$50.00</span></p><p>No fees. Delivered by email within minutes.</p>'
        '<button class="btn btn-primary btn-lg">Add to Cart</button></div></div>'
        + bs3_cards(
            GCM,
            "Popular Cards",
            [("Target Gift Card - $25", "$25.00"), ("Starbucks Gift Card - $15", "$15.00")],
        )
        + "</div>"
        + footer_2017("GiftCardMall", GCM),
    ),
    "Amazon Gift Card - $50",
)


@pytest.mark.parametrize("c", case_params(CASES))
def test_title(c: Case) -> None:
    assert mistakes(c) == ""


@pytest.mark.parametrize("c", case_params(NOT_FIRE))
def test_title_not_fire(c: Case) -> None:
    assert mistakes(c) == ""


# the document-title and heading helpers on their own: (function, arguments, expected); the "nf" ones gave
# the same with HEAD's titles.py before each kind (f774e15 for batch 2's, 3fe2773 for batch 1's)
STRINGS: list[tuple[str, str, tuple[str, ...], str]] = [
    (
        "colon-shop-first",
        "title_without_shop",
        ("Country Heart Gifts: Family Tree Canvas", "www.countryheartgifts.com"),
        "Family Tree Canvas",
    ),
    (
        "colon-shop-abbrev",
        "title_without_shop",
        ("Vintage Bait Co.: Heddon Zara Spook, Bone", "www.vintagebaitco.com"),
        "Heddon Zara Spook, Bone",
    ),
    (
        "colon-shop-initials",
        "title_without_shop",
        ("Rocky Mountain Chocolate Factory: Pretzels, 1 lb", "www.rmcf.com"),
        "Pretzels, 1 lb",
    ),
    (
        "nf-colon-name-bar-shop",
        "title_without_shop",
        ("Star Wars: The Last Jedi (Blu-ray) | Best Buy", "www.bestbuy.com"),
        "Star Wars: The Last Jedi (Blu-ray)",
    ),
    (
        "nf-three-initials",
        "title_without_shop",
        ("Panasonic Cordless Microphone: WX-ST200 | PCM", "www.pcm.com"),
        "Panasonic Cordless Microphone: WX-ST200",
    ),
    (
        "colon-fuller-kept",
        "fuller_title",
        ("Pretzels", "Rocky Mountain Chocolate Factory: Chocolate Covered Pretzels", "www.rmcf.com"),
        "Chocolate Covered Pretzels",
    ),
    (
        "nf-fuller-brand-added",
        "fuller_title",
        ("Performer Carburetor 1406", "Edelbrock Performer Carburetor 1406 | JEGS", "www.jegs.com"),
        "Edelbrock Performer Carburetor 1406",
    ),
    (
        "repeat-no-fuller",
        "fuller_title",
        (
            "Edelbrock Performer Carburetors 1406",
            "Edelbrock 1406 - Edelbrock Performer Carburetors - Free Shipping at Summit Racing",
            "www.summitracing.com",
        ),
        "Edelbrock Performer Carburetors 1406",
    ),
    (
        "percent-off-end",
        "clean_title",
        ("Ninja Professional Blender BL610 77% Off",),
        "Ninja Professional Blender BL610",
    ),
    (
        "nf-save-percent-start-no-off",
        "clean_title",
        ("Save 40% Klean Kanteen Classic Bottle",),
        "Save 40% Klean Kanteen Classic Bottle",
    ),
    (
        "nf-percent-in-name",
        "clean_title",
        ("Lindt Excellence 90% Cocoa Dark Chocolate Bar",),
        "Lindt Excellence 90% Cocoa Dark Chocolate Bar",
    ),
    (
        "nf-percent-closing-no-off",
        "clean_title",
        ("Swan Isopropyl Alcohol 70%",),
        "Swan Isopropyl Alcohol 70%",
    ),
    ("binding-only", "clean_title", ("{{ pdp.product.displayName }}",), ""),
    (
        "part-number-label",
        "clean_title",
        ('Bosch ICON Wiper Blade 26" Part # 26OE',),
        'Bosch ICON Wiper Blade 26"',
    ),
    (
        "nf-part-in-name",
        "clean_title",
        ("Loctite Epoxy Instant Mix, 2-Part, 0.47 fl oz",),
        "Loctite Epoxy Instant Mix, 2-Part, 0.47 fl oz",
    ),
    (
        "sold-out-badge",
        "clean_title",
        ("Guatemala Whole Bean Coffee, 12 oz Sold Out",),
        "Guatemala Whole Bean Coffee, 12 oz",
    ),
    ("nf-one-word-before-badge", "clean_title", ("Soap Coming Soon",), "Soap Coming Soon"),
    (
        "used-for-sale-fuller",
        "fuller_title",
        ("Weber Spirit gas grill", "Used Weber Spirit gas grill for sale in Austin - letgo", "us.letgo.com"),
        "Weber Spirit gas grill",
    ),
    (
        "for-sale-in-place-tail",
        "title_without_shop",
        ("La-Z-Boy Pinnacle Rocker Recliner for sale in Tulsa, OK | Oodle", "www.oodle.com"),
        "La-Z-Boy Pinnacle Rocker Recliner",
    ),
    (
        "nf-used-without-for-sale",
        "title_without_shop",
        ("Pre-owned Rolex Submariner 116610LN | Bob's Watches", "www.bobswatches.com"),
        "Pre-owned Rolex Submariner 116610LN",
    ),
    (
        "nf-for-sale-one-word-before",
        "title_without_shop",
        ("Horse for sale", "www.horseclicks.com"),
        "Horse for sale",
    ),
    (
        "book-by-author-tail",
        "fuller_title",
        ("The Martian", "The Martian book by Andy Weir", "www.thriftbooks.com"),
        "The Martian",
    ),
    ("price-text-tail", "clean_title", ("Holiday Snack Tower - $49.95",), "Holiday Snack Tower"),
    ("merch-word-tail", "clean_title", ("Ninja Professional Blender *SALE*",), "Ninja Professional Blender"),
    (
        "reg-price-tail",
        "clean_title",
        ("Ninja Professional Blender - Reg. $99.99",),
        "Ninja Professional Blender",
    ),
    ("nf-flavour-after-separator", "clean_title", ("Pace Picante Sauce - Hot",), "Pace Picante Sauce - Hot"),
    ("nf-one-word-before-new", "clean_title", ("Brand New",), "Brand New"),
    (
        "nf-new-inside-name",
        "clean_title",
        ("Nintendo New 3DS XL Galaxy Style",),
        "Nintendo New 3DS XL Galaxy Style",
    ),
    (
        "shipping-promo-tail",
        "clean_title",
        ("Impact Wrench (Tool Only) - FREE SHIPPING!",),
        "Impact Wrench (Tool Only)",
    ),
    ("nf-amount-no-separator", "clean_title", ("Amazon Gift Card $50",), "Amazon Gift Card $50"),
    (
        "nf-free-shipping-in-name",
        "clean_title",
        ("Free Shipping Sign - Large",),
        "Free Shipping Sign - Large",
    ),
    (
        "deal-line",
        "clean_title",
        ("$24 for a Cordless Handheld Vacuum ($79.99 Value)",),
        "Cordless Handheld Vacuum",
    ),
    (
        "deal-up-to-off-on",
        "clean_title",
        ("Up to 60% Off on Bathroom Potty Golf Set",),
        "Bathroom Potty Golf Set",
    ),
    ("nf-deal-one-word", "clean_title", ("$5 for Coffee",), "$5 for Coffee"),
    ("nf-two-for-one", "clean_title", ("2 for 1 Pizza Deal",), "2 for 1 Pizza Deal"),
    ("nf-amount-in-name", "clean_title", ("$10 Gift Card for Mom",), "$10 Gift Card for Mom"),
    (
        "nf-by-author-fuller-kept",
        "fuller_title",
        ("The Jungle Book", "The Jungle Book by Rudyard Kipling | Powell's Books", "www.powells.com"),
        "The Jungle Book by Rudyard Kipling",
    ),
]


@pytest.mark.parametrize(("fn", "args", "want"), [pytest.param(f, a, w, id=i) for i, f, a, w in STRINGS])
def test_title_strings(fn: str, args: tuple[str, ...], want: str) -> None:
    got = {
        "title_without_shop": title_without_shop,
        "fuller_title": fuller_title,
        "clean_title": clean_title,
    }[fn](*args)
    assert got == want
