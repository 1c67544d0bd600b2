"""Review 7 of listings on product pages WITHOUT structured data (issue 14, listing helper).

Each case is a whole product page as the site serves it (header with logo, search and menus, breadcrumbs,
gallery, buy box with its price, old price, instalments, coupon / member / wallet prices and delivery line,
spec table, reviews, related cards with their own prices and buttons, footer; some built mostly by script
state: `__NEXT_DATA__`, `__PRELOADED_STATE__`, `__NUXT__`, Ozon's widget `data-state`), without structured
data, in the markets the issue names, and what a shopper reads on it: is there a listing, its title (the
benchmark's `title_match`), price, currency and availability (folded as the benchmark folds it). Shapes of
test_market_pages_probe.py, test_amazon_shapes.py, test_stock_review6.py, test_stock_sku_review5.py and
test_price_probe_markets.py are not repeated.

Batch 1 (35 pages, written before reading the heuristics: Amazon .com (today's accordion buy box, "Buy
new:" / "Save with Used - Like New", the priceToPay's blank `a-offscreen` and its "with 22 percent savings"
sentence, priced colour swatches), .co.uk (Lightning Deal, RRP, "Lowest price in 30 days"), .de (Amazon
Warehouse's used offer only; "Derzeit nicht verfügbar." without a price, cards with cart buttons), .it
("Acquisto singolo" / "Iscriviti e Risparmia"), .fr ("Payez en 4 fois", "Plus que 4 exemplaire(s)"); momo,
PChome 24h, Shopee TW (rendered, a variant price range), Yahoo購物中心 (sold out), Rakuten TW, ETMall
("補貨中"); Coupang (와우할인가), 11st (최대할인가), Gmarket (일시품절), a Cafe24 shop (sold out), a Naver
smartstore, SSG (판매종료); Kaspi (sellers' table), Technodom, Sulpak (Нет в наличии), Mechta (Kazakh UI),
Wildberries (wallet price), Ozon.kz (widget states); Frávega, a Tiendanube shop (Sin stock), Mercado Libre
(used, "¡Último disponible!"), Garbarino (sin stock); Mimovrste (coupon price), Big Bang (Trenutno ni na
zalogi), Merkur (Prednaročilo); Links (Nije dostupno), Sancta Domenica (cash price), Elipso (no longer
sold), eKupi).
FIRST LOOK (HEAD 5faa840 with the other helpers' working tree): 6 of 35 failed, none without a listing
(a seventh, Ozon, failed on my typo: a Latin "c" in "c Ozon Картой"; written in Cyrillic, as the rule
reads it, it passes):
- title (2): momo's logo `<h1 class="logo">momo購物網</h1>` was the title, its name's `<h3
  id="osmGoodsName">` not a candidate ("goods" names no title); a Cafe24 page titled with the shop's name
  only ("<title>멜로우샵</title>") gave the shop's name: its logo links to "/index.html", which
  `doc_title_is_shop` did not take for the front page, so the `<h2>` under "headingArea" was never read.
- price (1): Wildberries' "price-block__wallet-price" (43 690 ₸, the price with the WB wallet, whose "с WB
  Кошельком" hint follows the whole block) was read over the final price 45 990 ₸.
- availability (3): Elipso's "Proizvod više nije u prodaji." (no longer sold) read as nothing; SSG's
  "판매종료" page read InStock from its two related cards' "장바구니" buttons (left: the lead's layout.py,
  see the xfail); Kaspi's sellers' table of "Выбрать" buttons read None (left, test_locale_review's
  kz-marketplace-sellers-table made the same decision).
Kinds fixed (must-not-fire pages in `NOT_FIRE`, all read right with the modules at HEAD swapped back in one
process; with them, exactly the 6 first-look failures fail):
1. `titles._TITLE_NAME`: "goods" / "prd" before "title" / "name" / "nm" name a title (momo's
   "osmGoodsName", Godomall's "goods_name", Olive Young's "prd_name"). Must not fire: cards and a
   recently-viewed box using those names beside the page's own heading.
2. `titles._FRONT_PAGE_LINKS`: the shop builders' front-page files are the front page for
   `doc_title_is_shop` ("/index.html", "/index.php", "/main/index.php", "../main/index.php"). Must not fire:
   a Cafe24 notice page and category page (still no listing), a page whose document title names the product.
3. `price_text.CONDITIONAL_NAME`: an element named for a wallet / coupon / member / club / loyalty price is a
   conditional price (`amounts.conditional`) and is left out of a block's text (`price_text`). Must not fire:
   Wildberries' final price with its bare "wallet" modifier, a "member-price" block beside the price.
4. `values.AVAILABILITY_TEXT` Discontinued: no-longer-sold wording in hr/sr/bs, sl, ru, es, it, fr, de, en
   (`NO_LONGER_SOLD`). Must not fire: a review's "više nije u prodaji" of another model, "no longer on sale".

Batch 2 (12 pages, written after batch 1's fixes, aimed at pages taken for no product page: Amazon .it and .fr
fetched from abroad, whose buy box says the item cannot be shipped to the chosen location ("Impossibile
spedire", "ne peut pas être expédié") and has no cart button; Amazon.com in its Spanish UI ("No disponible por
el momento.", no price); Amazon.de in English with every `a-offscreen` blank; a Kazakh Tilda shop (the price's
number and "тенге" in sibling divs, the photo a background image); an Argentinian VTEX IO store (its
FormattedCurrency writes each group of digits in its own span); a Taiwanese shop of utility classes (the
unspaced name in a plain div, lazy images, "加入購物車" a div with onclick); a Kazakh InSales shop ("15 900
тенге"); a Croatian Shopify shop ("Rasprodano"); a Slovenian WooCommerce shop ("Ni na zalogi"); Coupang
"일시품절"; Mercado Libre's catalogue buy box): FIRST LOOK 0 of 12 failed. A probe of six batch-1 pages under
a header mega menu of 100-700 category links named "cate-name" (with and without toggle buttons) read all
six the same.

Batch 3 (4 pages a script builds in the browser, the server's HTML a skeleton and the state JSON: PChome 24h's
SWR fallback, Technodom's pageProps.product, Frávega's Apollo cache, a Naver smartstore's
`__PRELOADED_STATE__`): FIRST LOOK 3 of 4 failed, 2 without a listing. Frávega's "salePrice" holds its amounts
in a list of ranges ({"amounts": [{"min": 949999, ...}]}): no price read, no candidate. Naver's "salePrice"
(29 800, its list price) was read over "discountedSalePrice" (23 840). PChome's PascalCase keys and its
one-letter price object ({"M": 52900, "P": 45900}) are left (strict xfail). A must-not-fire page written for
kind 5 showed Naver's "productStatusType": "SALE" read as nothing where no stock count is sent: two more
cases ("SALE", "CLOSE"), failing before.
5. `pagestate._PRICE_KEYS`: "discountedSalePrice" / "discountedPrice" before "salePrice"; `_listed_amount`: a
   price object's list of amounts ("amounts", "prices", "ranges"), its first entry's value or lower bound
   ("min"). Must not fire: a null "discountedSalePrice" (the sale price read), a price object's own "value"
   beside a "prices" list, a category page's Apollo state of three items (no listing). A must-not-fire page
   written after the commit (4f514c8), "discountedPrice": 0 where no discount runs, read the price 0 there:
   the discounted keys are read only above zero since (`_DISCOUNTED_KEYS`, `_above_zero`).
6. `pagestate._SALE_STATUS_WORDS`: the sale-status keys' words that name no stock ("SALE", "ON_SALE",
   "SELLING", "판매중": InStock; "SUSPENSION", "PROHIBITION": OutOfStock; "CLOSE": Discontinued). Must not
   fire: "OUTOFSTOCK" in the same key.
Batch 4 (8 sold-out, ended and pre-order pages, written after kinds 1-6: Ozon.kz "Этот товар закончился"
without a price, Kaspi without sellers ("К сожалению, товара нет в наличии"), 11st "판매중지된 상품입니다", Shopee
TW rendered "商品已售完", Musimundo "Producto agotado", Instar "Rasprodano", Wildberries "Нет в наличии",
Technodom "Оформить предзаказ"): FIRST LOOK 1 of 8 failed, without a listing: the Ozon page, its photo scoring
1 (no alt, size or fetchpriority; the lead's photos.py), left as a strict xfail; the lead's stop-38 reading of
Ozon's `data-widget` names ("webGallery": dom.NAME_ATTRS) gives it its listing.
Batch 5 (7 pages, written after batch 4: Amazon.com's "Prime exclusive deal" / "Join Prime to buy this item
at $69.99" and a "Frequently bought together" total with "Add both to Cart", Amazon.de "Einmaliger Kauf" /
"Spar-Abo", Amazon Handmade's "Customize Now", a Kazakh 1C-Bitrix shop ("Наличие: много", a javascript buy
link), Carrefour Argentina on VTEX legacy ("skuBestPrice" "$ 3.919,20"), Konzum's unit price "Cijena za kg",
Lotteon "품절" with "최대혜택가"): FIRST LOOK 0 of 7 failed.
A probe of charsets: three batch-1 pages given to `extract_product` as the bytes of the legacy charset their
meta declares (EUC-KR, Big5, windows-1251) read mojibake titles, momo's discounted price and no availability
(`test_a_page_given_as_bytes_in_its_declared_charset`, strict xfails then: extract.py decoded bytes as UTF-8;
the crawler's own `response.text` is decoded by Scrapy, the benchmark's `read_bytes().decode("utf-8")` was
not). The lead's `extract.decode_page` (w3lib's html_to_unicode, as Scrapy) reads them right now.
Tried and reverted: letting an unpriced page stand on a photo scoring under 3 where a restock control
("Узнать о поступлении", added to `controls._SOLD_CONTROL`) and a sold-out line after the title both say
so (for the Ozon page): two news articles about a sold-out product with a "notify me" button gave listings
(`NOT_FIRE`'s news-article-* pages, kept to guard the image gate).
With the six modules changed here at 5faa840 swapped back in one process, 12 cases fail (the 8 the kinds fixed
and the 4 strict xfails) and all 13 must-not-fire pages of batches 1-3 pass (all 16 now).
Asks for the lead (files not mine): SSG's related pair (layout._card_pair's path identity), the state
price's currency from the page's region (extract._from_state; Naver's state names none), Ozon's photo,
decoding bytes by the declared charset (extract.extract_product, benchmarks' page reading). Done by the
lead in stop 38 except the state price's currency: layout._other_item, dom.NAME_ATTRS's data-widget,
extract.decode_page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape
from typing import Any

import pytest

from benchmarks.bench_extraction import AVAILABILITY_CLASS, title_match
from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params


@dataclass(frozen=True)
class Case:
    """A whole page and what a shopper reads on it: `title` (None: the page gives no listing), `price`
    (None: no price shown), `currency`, `availability` (schema.org name, folded as the benchmark
    folds it; None: not judged)."""

    id: str
    url: str
    html: str
    title: str | None
    price: float | None = None
    currency: str | None = None
    availability: str | None = None
    xfail: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


CASES: list[Case] = []
NOT_FIRE: list[Case] = []


def case(id: str, url: str, html: str, title: str | None, price: float | None = None, currency: str | None = None,
         availability: str | None = None, xfail: str = "") -> None:  # fmt: skip
    CASES.append(Case(id, url, html, title, price, currency, availability, xfail))


def not_fire(id: str, url: str, html: str, title: str | None, price: float | None = None,
             currency: str | None = None, availability: str | None = None) -> None:  # fmt: skip
    NOT_FIRE.append(Case(id, url, html, title, price, currency, availability))


def doc(lang: str, title: str, body: str, head: str = "", body_attrs: str = "") -> str:
    """A whole document: head with the shop's metas and styles, `body` as the site serves it."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{title}</title>{head}<link rel="stylesheet" href="/static/css/main.css">'
        "<script>window.dataLayer=window.dataLayer||[];</script></head>"
        f'<body{body_attrs}>{body}<script src="/static/js/app.js" defer></script></body></html>'
    )


def state(name: str, data: Any) -> str:
    return f"<script>{name} = {json.dumps(data, ensure_ascii=False)};</script>"


def next_data(data: Any) -> str:
    return (
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
    )


# ---- Amazon -----------------------------------------------------------------------------------------


def amz_nav(domain: str, deliver: str, search: str, account: str, orders: str, cart: str) -> str:
    return (
        '<header id="navbar-main" class="nav-opt-sprite nav-flex nav-locale-x"><div id="nav-belt">'
        f'<div id="nav-logo"><a href="/ref=nav_logo" id="nav-logo-sprites" class="nav-logo-link" aria-label="{domain}">'
        f'<span class="nav-sprite nav-logo-base"></span><span class="nav-logo-locale">.{domain.split(".", 1)[1]}</span></a></div>'
        f'<div id="nav-global-location-slot"><span id="glow-ingress-line1">{deliver}</span><span id="glow-ingress-line2">10115</span></div>'
        f'<form id="nav-search-bar-form" action="/s" role="search"><select id="searchDropdownBox"><option>{search}</option></select>'
        '<input type="text" id="twotabsearchtextbox" name="field-keywords"><input type="submit" id="nav-search-submit-button" value="Go"></form>'
        f'<a href="/gp/css/homepage.html" id="nav-link-accountList"><span class="nav-line-2">{account}</span></a>'
        f'<a href="/gp/css/order-history" id="nav-orders"><span class="nav-line-2">{orders}</span></a>'
        f'<a href="/gp/cart/view.html" id="nav-cart"><span id="nav-cart-count">0</span><span class="nav-line-2">{cart}</span></a></div>'
        '<div id="nav-main"><a href="/gp/bestsellers">Best Sellers</a><a href="/deals">Today\'s Deals</a><a href="/prime">Prime</a>'
        '<a href="/gp/help/customer/display.html">Customer Service</a></div></header>'
    )


def amz_price(whole: str, frac: str, sym: str, after: bool, offscreen: str = " ", size: str = "xl") -> str:
    """Amazon's split price: an `a-offscreen` copy (often blank in today's `priceToPay`) and the shown parts."""
    dec = "," if after else "."
    parts = (
        f'<span class="a-price-whole">{whole}<span class="a-price-decimal">{dec}</span></span>'
        f'<span class="a-price-fraction">{frac}</span>'
    )
    parts = (
        parts + f'<span class="a-price-symbol">{sym}</span>'
        if after
        else f'<span class="a-price-symbol">{sym}</span>' + parts
    )
    return (
        f'<span class="a-price aok-align-center reinventPricePriceToPayMargin priceToPay apex-pricetopay-value" data-a-size="{size}" data-a-color="base">'
        f'<span class="a-offscreen">{offscreen}</span><span aria-hidden="true">{parts}</span></span>'
    )


def amz_strike(text: str) -> str:
    return (
        f'<span class="a-price a-text-price" data-a-size="s" data-a-strike="true" data-a-color="secondary">'
        f'<span class="a-offscreen">{text}</span><span aria-hidden="true">{text}</span></span>'
    )


def amz_carousel(heading: str, items: list[tuple[str, str]], button: str = "") -> str:
    cards = "".join(
        f'<li class="a-carousel-card" role="listitem" aria-setsize="{len(items)}" aria-posinset="{i + 1}">'
        f'<div class="p13n-sc-uncoverable-faceout" id="B0REL{i:05d}"><a class="a-link-normal aok-block" href="/dp/B0REL{i:05d}">'
        f'<img alt="{escape(n)}" src="https://m.media-amazon.com/images/I/71rel{i}._AC_UL300_SR300,200_.jpg" class="p13n-product-image">'
        f'<div class="_cDEzb_p13n-sc-css-line-clamp-3_g3dy1">{n}</div></a>'
        f'<div class="a-icon-row"><i class="a-icon a-icon-star-small a-star-small-4-5"><span class="a-icon-alt">4,5 von 5 Sternen</span></i><span class="a-size-small">12.431</span></div>'
        f'<div class="a-row"><span class="a-size-base a-color-price"><span class="_cDEzb_p13n-sc-price_3mJ9Z">{p}</span></span></div>'
        + (
            f'<span class="a-button a-button-primary"><input class="a-button-input" type="submit"><span class="a-button-text">{button}</span></span>'
            if button
            else ""
        )
        + "</div></li>"
        for i, (n, p) in enumerate(items)
    )
    return (
        f'<div class="a-section similarities-widget"><div class="a-carousel-container" data-a-carousel-options="{{}}">'
        f'<h2 class="a-carousel-heading">{heading}</h2><div class="a-carousel-viewport"><ol class="a-carousel" role="list">{cards}</ol></div></div></div>'
    )


def amz_details(heading: str, rows: list[tuple[str, str]]) -> str:
    trs = "".join(
        f'<tr><th class="a-color-secondary a-size-base prodDetSectionEntry">{k}</th><td class="a-size-base prodDetAttrValue">{v}</td></tr>'
        for k, v in rows
    )
    return (
        f'<div id="prodDetails" class="a-section"><h2>{heading}</h2><div class="a-row a-spacing-top-base">'
        f'<table id="productDetails_techSpec_section_1" class="a-keyvalue prodDetTable" role="presentation">{trs}</table></div></div>'
    )


def amz_reviews(heading: str, stars: str, texts: list[str]) -> str:
    lis = "".join(
        f'<div id="R{3000 + i}ABCDEF" data-hook="review" class="a-section review aok-relative"><div class="a-profile-content"><span class="a-profile-name">Kunde {i}</span></div>'
        f'<i data-hook="review-star-rating" class="a-icon a-icon-star a-star-5"><span class="a-icon-alt">{stars}</span></i>'
        f'<div data-hook="review-collapsed" class="a-expander-content reviewText review-text-content"><span>{t}</span></div></div>'
        for i, t in enumerate(texts)
    )
    return f'<div id="reviewsMedley" class="a-section"><h2 data-hook="cr-widget-heading">{heading}</h2><div id="cm-cr-dp-review-list">{lis}</div></div>'


def amz_footer(domain: str) -> str:
    return (
        '<div id="navFooter" class="navLeftFooter nav-sprite-v1"><a href="#nav-top" id="navBackToTop"><span class="navFooterBackToTopText">Back to top</span></a>'
        '<div class="navFooterVerticalColumn"><ul><li><a href="/careers">Careers</a></li><li><a href="/ir">Investor Relations</a></li></ul></div>'
        f'<div class="navFooterLine navFooterLogoLine"><a href="/ref=footer_logo"><div class="nav-logo-base nav-sprite"></div></a></div>'
        f'<ul class="nav-ftr-horiz"><li><a href="/gp/help/customer/display.html?nodeId=508088">Conditions of Use</a></li></ul><span>© 1996-2026, {domain}, Inc. or its affiliates</span></div>'
    )


def amz_gallery(img: str, alt: str) -> str:
    return (
        '<div id="leftCol" class="a-column a-span5"><div id="imageBlock_feature_div"><div id="altImages"><ul class="a-unordered-list">'
        + "".join(
            f'<li class="a-spacing-small item imageThumbnail"><span class="a-button-thumbnail"><img alt="" src="https://m.media-amazon.com/images/I/{img}{k}._AC_US40_.jpg"></span></li>'
            for k in "ABC"
        )
        + f'</ul></div><div id="main-image-container"><ul><li class="image item itemNo0 maintain-height selected"><span class="a-declarative"><div class="imgTagWrapper" id="imgTagWrapperId">'
        f'<img alt="{escape(alt)}" src="https://m.media-amazon.com/images/I/{img}._AC_SX679_.jpg" data-old-hires="https://m.media-amazon.com/images/I/{img}._AC_SL1500_.jpg" '
        f'id="landingImage" data-a-dynamic-image="{{&quot;https://m.media-amazon.com/images/I/{img}._AC_SX679_.jpg&quot;:[679,679]}}" style="max-width:679px;max-height:679px;"></div></span></li></ul></div></div></div>'
    )


def amz_page(lang: str, domain: str, doc_title: str, nav: str, crumbs: list[str], gallery: str, center: str,
             buybox: str, below: str) -> str:  # fmt: skip
    crumb = "".join(
        f'<li><span class="a-list-item"><a class="a-link-normal a-color-tertiary" href="/b/node={i}">{c}</a></span></li><li class="a-breadcrumb-divider"><span class="a-list-item a-color-tertiary">›</span></li>'
        for i, c in enumerate(crumbs)
    )
    body = (
        f'<div id="a-page">{nav}<div id="dp" class="a-container"><div id="dp-container" class="a-container" role="main">'
        f'<div id="wayfinding-breadcrumbs_feature_div" class="a-section a-spacing-none a-padding-medium"><ul class="a-unordered-list a-horizontal a-size-small">{crumb}</ul></div>'
        f'<div id="ppd">{gallery}<div id="centerCol" class="centerColAlign">{center}</div><div id="rightCol"><div id="desktop_buybox"><div id="buybox">{buybox}</div></div></div></div>'
        f"{below}</div></div>{amz_footer(domain)}</div>"
    )
    head = f'<meta name="title" content="{escape(doc_title)}"><meta name="description" content="{escape(doc_title)}"><link rel="canonical" href="https://www.{domain}/dp/B0X">'
    return doc(
        lang, doc_title, body, head, ' class="a-m-us a-aui_72554-c a-js a-audio a-video a-canvas a-svg"'
    )


def amz_title(name: str, byline: str, rating: str) -> str:
    return (
        f'<div id="title_feature_div" class="celwidget"><div id="titleSection" class="a-section a-spacing-none"><h1 id="title" class="a-size-large a-spacing-none">'
        f'<span id="productTitle" class="a-size-large product-title-word-break">        {name}       </span></h1></div></div>'
        f'<div id="bylineInfo_feature_div"><a id="bylineInfo" class="a-link-normal" href="/stores/page/ABC">{byline}</a></div>'
        f'<div id="averageCustomerReviews"><span class="a-icon-alt">{rating}</span><a id="acrCustomerReviewLink" href="#customerReviews"><span id="acrCustomerReviewText">2.184 ratings</span></a></div>'
    )


def twister_json(price: float, display: str, symbol: str, locale: str) -> str:
    data = [{"displayPrice": display, "priceAmount": price, "currencySymbol": symbol, "integerValue": str(int(price)),
             "decimalSeparator": "." if locale == "en-US" else ",", "fractionalValue": f"{round(price % 1 * 100):02d}",
             "symbolPosition": "left" if locale in ("en-US", "en-GB") else "right", "hasSpace": locale not in ("en-US", "en-GB"),
             "showFractionalPartIfEmpty": True, "offerListingId": "x9QkZ%2FbL3", "locale": locale, "buyingOptionType": "NEW"}]  # fmt: skip
    return f'<div class="a-section aok-hidden twister-plus-buying-options-price-data">{escape(json.dumps(data))}</div>'


# A1 Amazon.com: today's accordion buy box (Buy new / Save with Used), the priceToPay's a-offscreen blank
case(
    "amazon-com-accordion-new-and-used-blank-offscreen",
    "https://www.amazon.com/Sony-WH-CH720N-Cancelling-Headphones-Microphone/dp/B0BS1QCFHX",
    amz_page(
        "en-us",
        "amazon.com",
        "Amazon.com: Sony WH-CH720N Noise Canceling Wireless Headphones Bluetooth Over The Ear Headset with Microphone, Black : Electronics",
        amz_nav("amazon.com", "Deliver to", "All", "Account &amp; Lists", "&amp; Orders", "Cart"),
        [
            "Electronics",
            "Headphones, Earbuds &amp; Accessories",
            "Headphones &amp; Earbuds",
            "Over-Ear Headphones",
        ],
        amz_gallery("41lArSiD5hL", "Sony WH-CH720N Noise Canceling Wireless Headphones"),
        amz_title(
            "Sony WH-CH720N Noise Canceling Wireless Headphones Bluetooth Over The Ear Headset with Microphone, Black",
            "Visit the Sony Store",
            "4.4 out of 5 stars",
        )
        + '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"><div class="a-section a-spacing-none aok-align-center aok-relative">'
        '<span class="a-size-large a-color-price savingPriceOverride aok-align-center reinventPriceSavingsPercentageMargin savingsPercentage">-22%</span>'
        + amz_price("114", "99", "$", False)
        + '<span class="aok-offscreen"> $114.99 with 22 percent savings </span></div>'
        '<div class="a-section a-spacing-small aok-align-center"><span class="a-size-small a-color-secondary aok-align-center basisPrice">List Price: '
        + amz_strike("$148.00")
        + "</span></div></div></div>"
        '<div id="twister_feature_div"><div id="inline-twister-row-color_name" class="inline-twister-row"><span class="a-color-secondary">Color: </span><span class="selection">Black</span>'
        '<ul class="a-unordered-list a-nostyle a-button-list a-horizontal dimension-values-list">'
        '<li data-asin="B0BS1QCFHX" class="swatch-list-item-text inline-twister-swatch a-declarative selected"><span class="a-button a-button-selected"><span class="a-button-text"><img alt="Black" src="https://m.media-amazon.com/images/I/41lArSiD5hL._SS64_.jpg"><span class="twisterSwatchPrice">$114.99</span></span></span></li>'
        '<li data-asin="B0BS1RT9S2" class="swatch-list-item-text inline-twister-swatch"><span class="a-button"><span class="a-button-text"><img alt="Blue" src="https://m.media-amazon.com/images/I/41blue._SS64_.jpg"><span class="twisterSwatchPrice">$98.00</span></span></span></li>'
        '<li data-asin="B0BS1PRT7K" class="swatch-list-item-text inline-twister-swatch"><span class="a-button"><span class="a-button-text"><img alt="White" src="https://m.media-amazon.com/images/I/41white._SS64_.jpg"><span class="twisterSwatchPrice">$118.00</span></span></span></li></ul></div></div>'
        '<div id="featurebullets_feature_div"><h1 class="a-size-base-plus a-text-bold">About this item</h1><ul class="a-unordered-list a-vertical a-spacing-mini">'
        '<li><span class="a-list-item">LIGHTWEIGHT DESIGN: At just 192g, it\'s one of the lightest noise canceling headphones.</span></li>'
        '<li><span class="a-list-item">LONG BATTERY LIFE: Up to 35 hours; a 3-minute charge gives you 1 hour of playback.</span></li></ul></div>',
        '<div id="buyBoxAccordion" class="a-box-group a-accordion"><div id="newAccordionRow_0" class="a-box a-accordion-active"><div class="a-box-inner">'
        '<div class="a-accordion-row-a11y"><h5><span class="a-text-bold">Buy new:</span></h5>'
        + amz_price("114", "99", "$", False, size="l")
        + "</div>"
        + twister_json(114.99, "$114.99", "$", "en-US")
        + '<div id="mir-layout-DELIVERY_BLOCK"><span data-csa-c-delivery-price="FREE">FREE delivery <span class="a-text-bold">Tuesday, December 8</span></span></div>'
        '<div id="availability" class="a-section a-spacing-base"><span class="a-size-medium a-color-price">Only 3 left in stock - order soon.</span></div>'
        '<div id="selectQuantity"><label for="quantity">Quantity:</label><select name="quantity" id="quantity"><option value="1" selected>1</option><option value="2">2</option><option value="3">3</option></select></div>'
        '<span id="submit.add-to-cart" class="a-button a-button-primary"><input id="add-to-cart-button" name="submit.add-to-cart" title="Add to Shopping Cart" type="submit" value="Add to Cart"></span>'
        '<span id="submit.buy-now" class="a-button"><input id="buy-now-button" type="submit" value="Buy Now"></span>'
        '<div id="tabular-buybox"><div class="tabular-buybox-text"><span>Ships from</span><span>Amazon.com</span><span>Sold by</span><span>Amazon.com</span><span>Returns</span><span>30-day refund/replacement</span></div></div>'
        '</div></div><div id="usedAccordionRow" class="a-box"><div class="a-box-inner"><div class="a-accordion-row-a11y"><h5>'
        '<span class="a-text-bold">Save with Used - Like New</span></h5><span class="a-price a-text-price usedBuySection" data-a-size="b"><span class="a-offscreen">$87.64</span><span aria-hidden="true">$87.64</span></span></div>'
        '<div class="a-section"><span>FREE delivery December 9 - 12</span><span>Ships from: Amazon</span><span>Sold by: Amazon Resale</span></div>'
        '<input id="add-to-cart-button-ubb" type="submit" value="Add to Cart" aria-label="Add to Cart, Used"></div></div></div>'
        '<div id="wishlistButtonStack"><a id="add-to-wishlist-button-submit" href="#">Add to List</a></div>',
        amz_carousel(
            "Products related to this item",
            [
                ("Soundcore by Anker Q20i Hybrid Active Noise Cancelling Headphones", "$39.99"),
                ("JBL Tune 720BT Wireless Over-Ear Headphones", "$49.95"),
                ("Sony WH-1000XM4 Wireless Premium Noise Canceling", "$248.00"),
            ],
        )
        + amz_details(
            "Product information",
            [
                ("Model Name", "WH-CH720N"),
                ("Color", "Black"),
                ("Form Factor", "Over Ear"),
                ("ASIN", "B0BS1QCFHX"),
                ("Customer Reviews", "4.4 out of 5 stars"),
                ("Date First Available", "March 7, 2023"),
            ],
        )
        + amz_reviews(
            "Top reviews from the United States",
            "5.0 out of 5 stars",
            [
                "Great noise cancelling for the price. I paid $98 on a deal.",
                "Comfortable, battery lasts forever.",
            ],
        ),
    ),
    "Sony WH-CH720N Noise Canceling Wireless Headphones Bluetooth Over The Ear Headset with Microphone, Black",
    114.99,
    "USD",
    "InStock",
)

# A2 Amazon.co.uk: a Lightning Deal (claimed bar, ends in), RRP, the saving sentence read by screen readers
case(
    "amazon-co-uk-lightning-deal-rrp",
    "https://www.amazon.co.uk/Philips-Airfryer-Essential-Connected-HD9280/dp/B0C3RK1ZQS",
    amz_page(
        "en-gb",
        "amazon.co.uk",
        "Philips Airfryer 3000 Series XL 6.2L, 14-in-1, Rapid Air Technology, Black (HD9270/96) : Amazon.co.uk: Home &amp; Kitchen",
        amz_nav("amazon.co.uk", "Deliver to", "All", "Account &amp; Lists", "&amp; Orders", "Basket"),
        ["Home &amp; Kitchen", "Kitchen &amp; Home Appliances", "Small Kitchen Appliances", "Fryers"],
        amz_gallery("71AirFryUK", "Philips Airfryer 3000 Series XL"),
        amz_title(
            "Philips Airfryer 3000 Series XL 6.2L, 14-in-1, Rapid Air Technology, Black (HD9270/96)",
            "Visit the Philips Store",
            "4.6 out of 5 stars",
        )
        + '<div id="dealBadge_feature_div"><span class="dealBadgeTextColor a-text-bold">Limited time deal</span></div>'
        '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"><div class="a-section aok-relative">'
        '<span class="a-size-large a-color-price savingPriceOverride savingsPercentage">-43%</span>'
        + amz_price("79", "99", "£", False)
        + '<span class="aok-offscreen"> £79.99 with 43 percent savings </span></div>'
        '<div class="a-section"><span class="a-size-small a-color-secondary aok-align-center basisPrice">RRP: '
        + amz_strike("£139.99")
        + '</span></div><div id="dealsx_feature_div"><div class="a-section dealsx-progress"><span>52% claimed</span><div class="a-meter" role="progressbar" aria-valuenow="52"></div><span id="dealsx_countdown">Ends in 05:12:33</span></div></div>'
        '<div class="a-section"><span class="a-size-small">Lowest price in 30 days: </span>'
        + amz_strike("£94.99")
        + "</div>"
        '<div class="a-section"><span class="a-size-base a-color-secondary">All prices include VAT.</span></div></div></div>'
        '<div id="featurebullets_feature_div"><h1 class="a-size-base-plus a-text-bold">About this item</h1><ul class="a-unordered-list"><li><span class="a-list-item">XL 6.2L capacity for families, up to 5 portions</span></li></ul></div>',
        '<div class="a-box-group"><div class="a-box"><div class="a-box-inner">'
        + amz_price("79", "99", "£", False, offscreen="£79.99", size="l")
        + '<div id="mir-layout-DELIVERY_BLOCK"><span>FREE delivery <b>Tomorrow, 3 Dec</b>. Order within <span class="ftinfo">4 hrs 12 mins</span></span></div>'
        '<div id="availability"><span class="a-size-medium a-color-success">In stock</span></div>'
        '<input id="add-to-cart-button" type="submit" value="Add to basket"><input id="buy-now-button" type="submit" value="Buy Now">'
        '<div class="tabular-buybox-text"><span>Dispatches from</span><span>Amazon</span><span>Sold by</span><span>Amazon</span></div></div></div></div>',
        amz_carousel(
            "Customers who viewed this item also viewed",
            [
                ("COSORI Air Fryer 6.2L", "£89.99"),
                ("Ninja Air Fryer MAX AF160UK 5.2L", "£99.00"),
                ("Tower T17021 Vortx 4.3L", "£39.99"),
            ],
        )
        + amz_details(
            "Product information",
            [
                ("Brand", "Philips"),
                ("Capacity", "6.2 Litres"),
                ("Wattage", "2000 watts"),
                ("Item model number", "HD9270/96"),
                ("Best Sellers Rank", "#12 in Home &amp; Kitchen"),
            ],
        )
        + amz_reviews(
            "Top reviews from United Kingdom",
            "5.0 out of 5 stars",
            ["Was £139.99 in the shop, got it for £79.99. Brilliant.", "Big enough for a whole chicken."],
        ),
    ),
    "Philips Airfryer 3000 Series XL 6.2L, 14-in-1, Rapid Air Technology, Black (HD9270/96)",
    79.99,
    "GBP",
    "InStock",
)

# A3 Amazon.de: only Amazon Warehouse's used offers (no new offer), the used price the one to pay
case(
    "amazon-de-warehouse-used-only",
    "https://www.amazon.de/Bosch-Akkuschrauber-GSR-18V-55-Professional/dp/B07ZQKNWFK",
    amz_page(
        "de-de",
        "amazon.de",
        "Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55 (2x Akku 2.0 Ah, Ladegerät, in L-Case) : Amazon.de: Baumarkt",
        amz_nav(
            "amazon.de",
            "Liefern an",
            "Alle",
            "Konto und Listen",
            "Warenrücksendungen und Bestellungen",
            "Einkaufswagen",
        ),
        ["Baumarkt", "Elektrowerkzeuge", "Bohrmaschinen", "Akku-Bohrschrauber"],
        amz_gallery("61BoschGSR", "Bosch Professional GSR 18V-55"),
        amz_title(
            "Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55 (2x Akku 2.0 Ah, Ladegerät, in L-Case)",
            "Besuche den Bosch Professional-Store",
            "4,7 von 5 Sternen",
        )
        + '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"><div class="a-section aok-relative">'
        + amz_price("189", "34", "€", True)
        + '<span class="aok-offscreen"> 189,34 € </span></div><div class="a-section"><span class="a-size-small">Preisangaben inkl. USt. Abhängig von der Lieferadresse kann die USt. an der Kasse variieren.</span></div></div></div>'
        '<div id="usedOnlyBuybox_feature_div"><span class="a-color-secondary">Gebraucht - Sehr gut</span></div>',
        '<div id="usedOnlyBuybox" class="a-box"><div class="a-box-inner"><div class="a-section"><span class="a-text-bold">Gebraucht kaufen:</span> '
        '<span class="a-price a-text-price header-price" data-a-size="m"><span class="a-offscreen">189,34&nbsp;€</span><span aria-hidden="true">189,34 €</span></span></div>'
        '<div class="a-section"><span>Zustand: Gebraucht - Sehr gut</span><p class="a-size-small">Verpackung beschädigt, Artikel vollständig und unbenutzt.</p></div>'
        '<div id="mir-layout-DELIVERY_BLOCK"><span>GRATIS Lieferung <b>Freitag, 4. Dezember</b></span></div>'
        '<span class="a-button a-button-primary"><input id="add-to-cart-button-ubb" name="submit.add-to-cart-ubb" type="submit" value="In den Einkaufswagen"></span>'
        '<div class="tabular-buybox-text"><span>Versand</span><span>Amazon</span><span>Verkäufer</span><span>Amazon Warehouse</span></div></div></div>'
        '<div class="a-section"><a href="/gp/offer-listing/B07ZQKNWFK?condition=used">Gebraucht (3) ab 189,34 € + KOSTENLOSE Lieferung</a></div>',
        amz_carousel(
            "Kunden, die diesen Artikel gekauft haben, kauften auch",
            [
                ("Bosch Professional 18V Akku GBA 18V 4.0Ah", "59,99 €"),
                ("Makita DDF485Z Akku-Bohrschrauber", "98,50 €"),
            ],
        )
        + amz_details(
            "Produktinformation",
            [
                ("Marke", "Bosch Professional"),
                ("Modellnummer", "06019H5100"),
                ("Spannung", "18 Volt"),
                ("ASIN", "B07ZQKNWFK"),
            ],
        )
        + amz_reviews(
            "Top-Rezensionen aus Deutschland",
            "5,0 von 5 Sternen",
            ["Top Schrauber, neu war er mir zu teuer.", "Leider nur noch gebraucht zu haben."],
        ),
    ),
    "Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55 (2x Akku 2.0 Ah, Ladegerät, in L-Case)",
    189.34,
    "EUR",
    "InStock",
)

# A4 Amazon.de: currently unavailable, no price of its own, the related cards with prices and cart buttons
case(
    "amazon-de-derzeit-nicht-verfuegbar-cards-with-buttons",
    "https://www.amazon.de/Tefal-Ingenio-Pfannenset-Antihaftbeschichtung-L7629002/dp/B08HLTX4ZL",
    amz_page(
        "de-de",
        "amazon.de",
        "Tefal Ingenio Daily Chef 13-teiliges Pfannenset, Induktion : Amazon.de: Küche, Haushalt &amp; Wohnen",
        amz_nav(
            "amazon.de",
            "Liefern an",
            "Alle",
            "Konto und Listen",
            "Warenrücksendungen und Bestellungen",
            "Einkaufswagen",
        ),
        ["Küche, Haushalt &amp; Wohnen", "Kochen &amp; Backen", "Töpfe &amp; Pfannen", "Pfannensets"],
        amz_gallery("81TefalIng", "Tefal Ingenio Daily Chef"),
        amz_title(
            "Tefal Ingenio Daily Chef 13-teiliges Pfannenset, Induktion", "Marke: Tefal", "4,6 von 5 Sternen"
        )
        + '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"></div></div>'
        '<div id="featurebullets_feature_div"><h1 class="a-size-base-plus a-text-bold">Info zu diesem Artikel</h1><ul class="a-unordered-list"><li><span class="a-list-item">Abnehmbarer Griff: platzsparend stapelbar</span></li></ul></div>',
        '<div id="outOfStock" class="a-box"><div class="a-box-inner"><div class="a-section a-spacing-small a-text-center">'
        '<span class="a-color-price a-text-bold">Derzeit nicht verfügbar.</span><br>Ob und wann dieser Artikel wieder vorrätig sein wird, ist unbekannt.</div>'
        '<div id="deliveryBlockMessage"></div><span class="a-button a-button-base"><a href="/gp/registry/wishlist/add" class="a-button-text">Auf die Liste</a></span></div></div>',
        amz_carousel(
            "Ähnliche Artikel mit sofortiger Lieferung",
            [
                ("Tefal Ingenio Easy Plus 10-teilig", "89,99 €"),
                ("WMF Pfannenset 3-teilig", "69,95 €"),
                ("Tefal Ingenio Emotion 13-teilig", "149,99 €"),
            ],
            "In den Einkaufswagen",
        )
        + amz_details(
            "Produktinformation",
            [
                ("Marke", "Tefal"),
                ("Material", "Aluminium"),
                ("Modellnummer", "L7629002"),
                ("ASIN", "B08HLTX4ZL"),
            ],
        )
        + amz_reviews(
            "Top-Rezensionen aus Deutschland",
            "5,0 von 5 Sternen",
            ["Super Set, war lange auf Lager.", "Griff hält bombenfest."],
        ),
    ),
    "Tefal Ingenio Daily Chef 13-teiliges Pfannenset, Induktion",
    None,
    None,
    "OutOfStock",
)

# A5 Amazon.it: Iscriviti e Risparmia accordion beside the single purchase
case(
    "amazon-it-acquisto-singolo-iscriviti-e-risparmia",
    "https://www.amazon.it/Finish-Quantum-Lavastoviglie-Pastiglie-Regular/dp/B09NQ3KQ1T",
    amz_page(
        "it-it",
        "amazon.it",
        "Finish Quantum Ultimate Pastiglie Lavastoviglie, 100 Pastiglie, Regular : Amazon.it: Salute e cura della persona",
        amz_nav(
            "amazon.it", "Consegna a", "Tutte le categorie", "Account e liste", "Resi e ordini", "Carrello"
        ),
        ["Salute e cura della persona", "Cura della casa", "Detersivi per lavastoviglie"],
        amz_gallery("81FinishQ", "Finish Quantum Ultimate"),
        amz_title(
            "Finish Quantum Ultimate Pastiglie Lavastoviglie, 100 Pastiglie, Regular",
            "Visita lo Store di Finish",
            "4,8 su 5 stelle",
        )
        + '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"><div class="a-section aok-relative">'
        '<span class="a-size-large a-color-price savingsPercentage">-35%</span>'
        + amz_price("24", "69", "€", True)
        + '<span class="aok-offscreen"> 24,69 € con 35 percento di risparmio </span></div>'
        '<div class="a-section"><span class="a-size-mini aok-offscreen">(0,25 € / unità)</span><span class="a-size-mini">(<span class="a-price a-text-price"><span class="a-offscreen">0,25 €</span><span aria-hidden="true">0,25 €</span></span> / unità)</span></div>'
        '<div class="a-section"><span class="a-size-small a-color-secondary basisPrice">Prezzo consigliato: '
        + amz_strike("37,99 €")
        + "</span></div></div></div>",
        '<div id="buyBoxAccordion" class="a-accordion"><div id="newAccordionRow_0" class="a-box a-accordion-active"><div class="a-box-inner">'
        '<h5><span class="a-text-bold">Acquisto singolo:</span></h5>'
        + amz_price("24", "69", "€", True, offscreen="24,69&nbsp;€", size="l")
        + '<div id="availability"><span class="a-size-medium a-color-success">Disponibilità immediata</span></div>'
        '<input id="add-to-cart-button" type="submit" value="Aggiungi al carrello"><input id="buy-now-button" type="submit" value="Acquista ora"></div></div>'
        '<div id="snsAccordionRowMiddle" class="a-box"><div class="a-box-inner"><h5><span class="a-text-bold">Iscriviti e Risparmia:</span></h5>'
        '<span class="a-price" data-a-size="l"><span class="a-offscreen">23,46&nbsp;€</span><span aria-hidden="true">23,46 €</span></span>'
        '<span class="a-size-small">(0,23 € / unità)</span><p>Risparmia il 5% con Iscriviti e Risparmia. Consegna ogni: 2 mesi</p>'
        '<input id="rcx-subscribe-submit-button-announce" type="submit" value="Iscriviti ora"></div></div></div>',
        amz_carousel(
            "Prodotti correlati a questo articolo",
            [("Fairy Platinum Plus 100 caps", "21,90 €"), ("Somat Excellence 4in1 96", "19,99 €")],
        )
        + amz_details(
            "Informazioni sul prodotto",
            [("Marca", "Finish"), ("Numero di unità", "100 unità"), ("ASIN", "B09NQ3KQ1T")],
        )
        + amz_reviews(
            "Recensioni migliori da Italia",
            "5,0 su 5 stelle",
            ["Ottime, con Iscriviti e Risparmia costano 23 euro.", "Piatti splendenti."],
        ),
    ),
    "Finish Quantum Ultimate Pastiglie Lavastoviglie, 100 Pastiglie, Regular",
    24.69,
    "EUR",
    "InStock",
)

# A6 Amazon.fr: the saving sentence in French, "Payez en 4 fois", "Plus que 4 exemplaire(s) en stock"
case(
    "amazon-fr-economies-paiement-4-fois",
    "https://www.amazon.fr/Seagate-Expansion-Portable-Externe-STKM4000400/dp/B0B8XFR5CD",
    amz_page(
        "fr-fr",
        "amazon.fr",
        "Seagate Expansion Portable, 4 To, Disque dur externe, USB 3.0, Mac et PC (STKM4000400) : Amazon.fr: Informatique",
        amz_nav(
            "amazon.fr",
            "Livraison à",
            "Toutes nos catégories",
            "Compte et listes",
            "Retours et Commandes",
            "Panier",
        ),
        ["Informatique", "Stockage de données", "Disques durs externes"],
        amz_gallery("81SeagExp", "Seagate Expansion Portable 4 To"),
        amz_title(
            "Seagate Expansion Portable, 4 To, Disque dur externe, USB 3.0, Mac et PC (STKM4000400)",
            "Visiter la boutique Seagate",
            "4,6 sur 5 étoiles",
        )
        + '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"><div class="a-section aok-relative">'
        '<span class="a-size-large a-color-price savingsPercentage">-24%</span>'
        + amz_price("113", "99", "€", True)
        + '<span class="aok-offscreen"> 113,99 € avec 24 pour cent d\'économies </span></div>'
        '<div class="a-section"><span class="a-size-small a-color-secondary basisPrice">Prix conseillé : '
        + amz_strike("149,99 €")
        + "</span></div>"
        '<div id="installmentCalculator_feature_div"><span>Payez en 4 fois <b>28,50 €</b> par mois. <a href="#">Voir les conditions</a></span></div></div></div>',
        '<div class="a-box"><div class="a-box-inner">'
        + amz_price("113", "99", "€", True, offscreen="113,99&nbsp;€", size="l")
        + '<div id="mir-layout-DELIVERY_BLOCK"><span>Livraison GRATUITE <b>vendredi 4 décembre</b></span></div>'
        '<div id="availability"><span class="a-size-base a-color-price">Plus que 4 exemplaire(s) en stock.</span></div>'
        '<input id="add-to-cart-button" type="submit" value="Ajouter au panier"><input id="buy-now-button" type="submit" value="Acheter cette option"></div></div>',
        amz_carousel(
            "Produits liés à cet article",
            [("WD Elements Portable 5 To", "124,99 €"), ("Toshiba Canvio Basics 4 To", "99,99 €")],
        )
        + amz_details(
            "Informations sur le produit",
            [("Marque", "Seagate"), ("Capacité", "4 To"), ("Numéro du modèle de l'article", "STKM4000400")],
        )
        + amz_reviews(
            "Meilleures évaluations de France",
            "5,0 sur 5 étoiles",
            ["Acheté 113,99 €, parfait.", "Rapide et silencieux."],
        ),
    ),
    "Seagate Expansion Portable, 4 To, Disque dur externe, USB 3.0, Mac et PC (STKM4000400)",
    113.99,
    "EUR",
    "InStock",
)


# ---- Taiwan ------------------------------------------------------------------------------------------

# T1 momo: its goods page (prdnoteArea, the price list with 市售價 / 促銷價 / 折扣後價格, the app's lower price)
case(
    "tw-momo-goods-page-discounted-price",
    "https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=11234567",
    doc(
        "zh-Hant",
        "【Panasonic 國際牌】15公升蒸氣烘烤爐(NU-SC180B) - momo購物網 - 好評推薦-2026年12月",
        '<div id="BodyBase"><div class="header"><div class="topArea"><h1 class="logo"><a href="https://www.momoshop.com.tw/main/Main.jsp">momo購物網</a></h1>'
        '<div class="searchArea"><input id="keyword" type="text" placeholder="搜尋商品"><button>搜尋</button></div>'
        '<ul class="rightMenu"><li><a href="/mypage/MemberCenter.jsp">會員中心</a></li><li><a href="/order/OrderList.jsp">訂單查詢</a></li><li><a href="/servlet/CartServlet">購物車<span id="cartCount">0</span></a></li></ul></div>'
        '<ul class="bt_2_layout"><li><a href="/category/LgrpCategory.jsp?l_code=1111">3C</a></li><li><a href="/category/LgrpCategory.jsp?l_code=1900">家電</a></li><li><a href="/category/LgrpCategory.jsp?l_code=1400">美妝</a></li></ul></div>'
        '<div id="bt_2_layout_NAV" class="pathArea"><ul><li><a href="/">首頁</a></li><li><a href="/category/LgrpCategory.jsp?l_code=1900">家電</a></li><li><a href="/category/MgrpCategory.jsp?m_code=1900300">廚房家電</a></li><li><a href="#">烤箱/氣炸鍋</a></li></ul></div>'
        '<div class="prdwarp"><div class="jqzoom"><div id="goodsImgBox"><img class="jqimg" src="https://i2.momoshop.com.tw/1733800000/goodsimg/0011/234/567/11234567_R.webp" alt="【Panasonic 國際牌】15公升蒸氣烘烤爐(NU-SC180B)"></div>'
        '<ul class="imgSmallArea"><li><img src="https://i2.momoshop.com.tw/1733800000/goodsimg/0011/234/567/11234567_B.webp"></li><li><img src="https://i4.momoshop.com.tw/1733800000/goodsimg/0011/234/567/11234567_OR.webp"></li></ul></div>'
        '<div class="prdnoteArea"><h3 id="osmGoodsName">【Panasonic 國際牌】15公升蒸氣烘烤爐(NU-SC180B)</h3><p class="sloganTitle">蒸氣烘烤 一機多用 贈烘焙食譜</p>'
        '<ul class="prdPrice"><li><span>市售價</span><del>$14,900</del></li><li class="special"><span>促銷價</span><span class="seoPrice">12,490</span><span>元</span></li>'
        '<li><span>折扣後價格</span><b>$11,990</b><a class="discount-tag" href="#">看折扣</a></li></ul>'
        '<ul class="ineventArea"><li>【APP限定】 結帳再折$300</li><li>刷中信卡最高回饋5%</li><li>分期 6期0利率 每期$2,082</li></ul>'
        '<dl class="deliveryArea"><dt>配送方式</dt><dd>宅配 / 超商取貨</dd><dt>運費</dt><dd>免運費</dd></dl>'
        '<div class="amountArea"><span>數量</span><select id="count"><option>1</option><option>2</option></select></div>'
        '<div class="buyBtnArea"><a id="buy_yes" class="buynow" href="javascript:void(0)">直接購買</a><a id="inCar" class="addToCart" href="javascript:void(0)">放入購物車</a></div></div></div>'
        '<div id="attributesTable"><table><tr><th>品牌名稱</th><td>Panasonic 國際牌</td></tr><tr><th>容量</th><td>15公升</td></tr><tr><th>型號</th><td>NU-SC180B</td></tr><tr><th>保固期</th><td>1年</td></tr></table></div>'
        '<div class="goodsRecommend"><h4>推薦商品</h4><ul><li><a href="/goods/GoodsDetail.jsp?i_code=10987654"><img src="https://i1.momoshop.com.tw/goodsimg/0010/987/654/10987654_L.webp"><p class="prdName">【TOSHIBA 東芝】26公升蒸氣烘烤爐</p><p class="money">$7,990</p></a></li>'
        '<li><a href="/goods/GoodsDetail.jsp?i_code=10876543"><img src="https://i1.momoshop.com.tw/goodsimg/0010/876/543/10876543_L.webp"><p class="prdName">【Philips 飛利浦】氣炸鍋</p><p class="money">$4,490</p></a></li></ul></div>'
        '<div id="footer"><p>富邦媒體科技股份有限公司 台北市內湖區堤頂大道</p><p>客服專線 (02)2653-1234</p></div></div>',
    ),
    "【Panasonic 國際牌】15公升蒸氣烘烤爐(NU-SC180B)",
    12490.0,
    "TWD",
    "InStock",
)

# T2 PChome 24h: a Next.js page whose shown price is "網路價$" and the product's state in __NEXT_DATA__
case(
    "tw-pchome-24h-next-page",
    "https://24h.pchome.com.tw/prod/DYAJ9F-A900GRPNL",
    doc(
        "zh-Hant",
        "Apple AirPods Pro 2 (USB‑C) - PChome 24h購物",
        '<div id="__next"><header class="c-header"><a class="c-header__logo" href="https://24h.pchome.com.tw/">PChome 24h購物</a>'
        '<div class="c-search"><input class="c-search__input" placeholder="找商品"></div><nav class="c-header__nav"><a href="/region/DYAJ">3C</a><a href="/region/DSAA">家電</a></nav>'
        '<a class="c-header__cart" href="https://ecssl.pchome.com.tw/sys/cflow/fsindex/BigCar/BIGCAR/ItemList">購物車</a></header>'
        '<div class="c-breadcrumb"><a href="/">首頁</a><a href="/region/DYAJ">耳機</a><a href="/store/DYAJ9F">Apple 耳機</a></div>'
        '<section class="o-prodMain"><div class="o-prodMain__gallery"><div class="c-prodImg"><img src="https://img.pchome.com.tw/cs/items/DYAJ9FA900GRPNL/000001_1696312345.jpg" alt="Apple AirPods Pro 2 (USB‑C)"></div></div>'
        '<div class="o-prodMain__info"><div class="c-prodInfo"><h1 class="o-prodMainName">Apple AirPods Pro 2 (USB‑C)</h1><div class="o-prodMainNick">主動降噪 | 適應性音訊 | MagSafe充電盒</div>'
        '<div class="c-prodInfoV2__priceBar"><div class="o-prodPrice"><div class="o-prodPrice__originalPrice">建議售價$7,490</div><div class="o-prodPrice__price"><span class="o-prodPrice__label">網路價</span>$6,990</div></div></div>'
        '<ul class="c-prodInfo__event"><li>銀行分期 3期0利率</li><li>滿$5000 送 P幣 150</li></ul>'
        '<div class="c-prodInfo__shipping">24h到貨 | 宅配 | 超商取貨</div>'
        '<div class="c-prodInfo__btn"><button class="btn btn--cart">加入購物車</button><button class="btn btn--buy">立即購買</button></div></div></div></section>'
        '<section class="o-prodDesc"><h2>商品特色</h2><p>主動式降噪功能是上一代的 2 倍</p></section>'
        '<section class="c-recommend"><h3>看了又看</h3><ul><li><a href="/prod/DYAJ9F-A900GBQ3W"><img src="https://img.pchome.com.tw/cs/items/DYAJ9FA900GBQ3W/000001.jpg"><p>Apple AirPods 4</p><span>$4,490</span></a></li>'
        '<li><a href="/prod/DYAJ6Y-1900HBNPA"><img src="https://img.pchome.com.tw/cs/items/DYAJ6Y1900HBNPA/000001.jpg"><p>Sony WF-1000XM5</p><span>$8,490</span></a></li></ul></section>'
        '<footer class="c-footer"><p>網路家庭國際資訊股份有限公司</p></footer></div>'
        + next_data(
            {
                "props": {
                    "pageProps": {
                        "prodId": "DYAJ9F-A900GRPNL",
                        "fallback": {
                            "prod": {
                                "Id": "DYAJ9F-A900GRPNL",
                                "Name": "Apple AirPods Pro 2 (USB‑C)",
                                "Nick": "主動降噪",
                                "Price": {"M": 7490, "P": 6990, "Prime": ""},
                                "Qty": 30,
                                "ButtonType": "ForSale",
                                "Pic": {"B": "/items/DYAJ9FA900GRPNL/000001_1696312345.jpg"},
                            }
                        },
                    }
                },
                "page": "/prod/[prodId]",
                "buildId": "b1x",
            }
        ),
    ),
    "Apple AirPods Pro 2 (USB‑C)",
    6990.0,
    "TWD",
    "InStock",
)

# T3 Shopee TW, as the browser renders it: hashed classes, the name in a plain div, a price range of variants
case(
    "tw-shopee-rendered-variant-price-range",
    "https://shopee.tw/%E3%80%90%E7%8F%BE%E8%B2%A8%E3%80%91-i.12345678.23456789012",
    doc(
        "zh-Hant",
        "【現貨】日本 DAISO 大創 矽膠收納袋 食物保鮮袋 3入 | 蝦皮購物",
        '<div id="main"><div class="shopee-top"><header class="header-with-search"><a class="header-with-search__logo" href="/" aria-label="Shopee"><svg></svg></a>'
        '<div class="shopee-searchbar"><input class="shopee-searchbar-input__input" placeholder="蝦皮購物 搜尋"></div><a class="cart-drawer" href="/cart">購物車</a></header></div>'
        '<div class="page-product"><div class="flex items-center Ayb9vR"><a class="EtYbJs" href="/">蝦皮購物</a><a class="EtYbJs" href="/居家生活-cat.11040925">居家生活</a><a class="EtYbJs" href="/收納用品-cat.11040925.11041021">收納用品</a><span class="Ly7yBi">【現貨】日本 DAISO 大創 矽膠收納袋 食物保鮮袋 3入</span></div>'
        '<section class="flex flex-auto YTDXQ0"><div class="fDRBNx"><div class="UdI7e2"><picture class="UkIsx8"><img class="IMAW1w" alt="【現貨】日本 DAISO 大創 矽膠收納袋" src="https://down-tw.img.susercontent.com/file/tw-11134207-7r98o-lx5abc123def_tn"></picture></div></div>'
        '<section class="flex flex-auto RBf1cu"><div class="WBVL_7"><span>【現貨】日本 DAISO 大創 矽膠收納袋 食物保鮮袋 3入</span></div>'
        '<div class="flex asFzUa"><div class="flex e0Q3Pj"><span class="F9RHbS">4.9</span><div class="x1i_He">2.3萬 已售出</div></div></div>'
        '<div class="flex flex-column"><section class="flex items-center"><div class="flex items-center"><div class="flex items-center tvOW2a">'
        '<div class="qg2n76">$129</div><div class="IZPeQz B67UQ0">$79 - $149</div><div class="vms4_3">39%折扣</div></div></div></section></div>'
        '<div class="flex flex-column PMuAq5"><section class="flex KIoPj6"><h3 class="Dagtcd">優惠券</h3><div class="voucher-ticket">$10 折扣</div></section>'
        '<section class="flex KIoPj6"><h3 class="Dagtcd">運費</h3><div>滿$199免運</div></section>'
        '<section class="flex KIoPj6"><h3 class="Dagtcd">規格</h3><div class="flex items-center j7HL5Q"><button class="sApkZm" aria-label="S號" aria-disabled="false">S號</button><button class="sApkZm" aria-label="M號" aria-disabled="false">M號</button><button class="sApkZm sApkZm--disabled" aria-label="L號" aria-disabled="true">L號</button></div></section>'
        '<section class="flex KIoPj6"><h3 class="Dagtcd">數量</h3><div class="shopee-input-quantity"><input class="shopee-input-quantity__input" value="1"></div><div>還剩 1234 件</div></section></div>'
        '<div class="flex"><button type="button" class="btn btn-tinted btn--l YuENex">加入購物車</button><button type="button" class="btn btn-solid-primary btn--l YuENex">直接購買</button></div></section></section>'
        '<div class="page-product__shop"><div class="shop-name">大創生活館</div><a href="/daiso_tw">查看賣場</a></div>'
        '<div class="product-detail"><h2>商品規格</h2><div class="ybxj32"><label>分類</label><div>居家生活 &gt; 收納用品</div></div><div class="ybxj32"><label>庫存</label><div>1234</div></div><div class="ybxj32"><label>出貨地</label><div>臺中市南屯區</div></div></div>'
        '<div class="page-product__recommendations"><h2>你可能也喜歡</h2><div class="shopee-search-item-result__item"><a href="/p-i.1.2"><div class="ie3A+n">保鮮盒 10入</div><span class="ZEgDH9">$99</span><div>已售出 5,321</div></a></div>'
        '<div class="shopee-search-item-result__item"><a href="/p-i.1.3"><div class="ie3A+n">矽膠夾鏈袋</div><span class="ZEgDH9">$59</span></a></div></div></div>'
        '<footer class="shopee-footer"><p>© 2026 Shopee. 版權所有。</p></footer></div>',
    ),
    "【現貨】日本 DAISO 大創 矽膠收納袋 食物保鮮袋 3入",
    79.0,
    "TWD",
    "InStock",
)

# T4 Yahoo購物中心: sold out ("已售完", "貨到通知我"), the price still shown
case(
    "tw-yahoo-mall-sold-out-notify",
    "https://tw.buy.yahoo.com/gdsale/gdsale.asp?gdid=10345678",
    doc(
        "zh-Hant",
        "【SONY 索尼】PlayStation 5 Pro 主機(CFI-7022) - Yahoo奇摩購物中心",
        '<div id="isoredux-root"><header class="HeaderBar__header___2zBkL"><a class="HeaderBar__logo___3sJ9v" href="https://tw.buy.yahoo.com/">Yahoo!奇摩購物中心</a>'
        '<form class="SearchBox__searchBox___1hP2s"><input name="p" placeholder="搜尋商品"></form><a href="/cart">購物車</a></header>'
        '<div class="Breadcrumbs__breadcrumbs___3y2Ne"><a href="/">購物中心</a><a href="/category/4385">電玩</a><a href="/category/4386">PS5</a></div>'
        '<div class="ProductPage__main___2pTQf"><div class="ImageHover__imageHover___1TNZ0"><img class="ImageHover__image___2DH-u" src="https://s.yimg.com/zp/MerchandiseImages/ABCD1234EF-Product-25123456.jpg" alt="【SONY 索尼】PlayStation 5 Pro 主機(CFI-7022)"></div>'
        '<div class="ProductInfo__productInfo___3oQ0V"><h1 class="HeroInfo__title___57Yfg">【SONY 索尼】PlayStation 5 Pro 主機(CFI-7022)</h1><div class="HeroInfo__slogan___2dP1g">台灣公司貨 2TB SSD</div>'
        '<div class="HeroInfo__mainPrice___1xP9H"><div class="PriceHeroInfo__priceTitle___3vQ6S">網路價</div><div class="HeroInfo__textTooLong___BXk8j">$26,980</div></div>'
        '<div class="HeroInfo__soldOut___3nN1a">已售完</div>'
        '<div class="PurchaseBar__purchaseBar___2K9RQ"><button class="PurchaseBar__button___3sYx8 PurchaseBar__disabled___1jZqP" disabled>已售完</button><button class="PurchaseBar__notify___2pL0n">貨到通知我</button></div></div></div>'
        '<div class="ProductSpec__spec___1kQ7m"><h2>商品規格</h2><table><tr><th>品牌</th><td>SONY 索尼</td></tr><tr><th>型號</th><td>CFI-7022</td></tr></table></div>'
        '<div class="RecommendList__recommend___3Ts0K"><h2>推薦商品</h2><ul><li><a href="/gdsale/gdsale.asp?gdid=10111111"><img src="https://s.yimg.com/zp/rec1.jpg"><span class="BaseGridItem__title___2HWui">PS5 DualSense 控制器</span><span class="BaseGridItem__price___31jkj">$2,380</span></a></li>'
        '<li><a href="/gdsale/gdsale.asp?gdid=10222222"><img src="https://s.yimg.com/zp/rec2.jpg"><span class="BaseGridItem__title___2HWui">PS5 Slim 光碟版</span><span class="BaseGridItem__price___31jkj">$17,580</span></a></li></ul></div>'
        '<footer class="Footer__footer___1uqK5"><p>Yahoo奇摩購物中心 © 2026</p></footer></div>',
    ),
    "【SONY 索尼】PlayStation 5 Pro 主機(CFI-7022)",
    26980.0,
    "TWD",
    "OutOfStock",
)

# T5 Rakuten Taiwan: a shop's item page (樂天市場), "優惠價" with a point note, "商品已售完" later
case(
    "tw-rakuten-shop-item",
    "https://www.rakuten.com.tw/shop/beauty88/product/cosme-001234/",
    doc(
        "zh-Hant",
        "資生堂 安耐曬 金鑽高效防曬露 N 60ml | 美妝八八 - 樂天市場Rakuten",
        '<div id="app"><header class="rtw-header"><a class="rtw-header__logo" href="https://www.rakuten.com.tw/">樂天市場</a><input class="rtw-search" placeholder="搜尋商品">'
        '<ul class="rtw-header__menu"><li><a href="/member/">會員中心</a></li><li><a href="/cart/">購物車</a></li></ul></header>'
        '<div class="shop-header"><a href="/shop/beauty88/">美妝八八</a><span>店家評價 4.9</span></div>'
        '<ol class="b-breadcrumb"><li><a href="/">樂天市場</a></li><li><a href="/category/4006/">美妝保養</a></li><li><a href="/category/4120/">防曬</a></li></ol>'
        '<div class="item-main"><div class="item-image"><img class="main-img" src="https://tshop.r10s.com/5f2/8c1/6e0d/aa17/90b0/cosme-001234_1.jpg" alt="資生堂 安耐曬 金鑽高效防曬露 N 60ml"></div>'
        '<div class="item-info"><h1 class="b-ellipsis qa-product-itemName">資生堂 安耐曬 金鑽高效防曬露 N 60ml</h1>'
        '<div class="item-price"><div class="b-list-price">原價 <del>NT$ 1,000</del></div><div class="b-item-price"><span class="qa-product-actualPrice">優惠價 <strong>NT$ 799</strong></span></div>'
        '<p class="point-note">可得 8 點樂天點數</p></div><p class="item-ship">本店滿 NT$ 999 免運</p>'
        '<div class="item-qty"><label>數量</label><select><option>1</option></select><span>庫存 26 件</span></div>'
        '<div class="item-btn"><button class="b-btn b-btn-primary">加入購物車</button><button class="b-btn b-btn-buy">立即結帳</button></div></div></div>'
        '<div class="item-desc"><h2>商品說明</h2><p>SPF50+ PA++++ 防水防汗</p></div>'
        '<div class="shop-items"><h2>本店其他商品</h2><ul><li><a href="/shop/beauty88/product/cosme-001235/"><img src="https://tshop.r10s.com/rec1.jpg"><span>安耐曬 防曬凝露</span><b>NT$ 599</b></a></li>'
        '<li><a href="/shop/beauty88/product/cosme-001236/"><img src="https://tshop.r10s.com/rec2.jpg"><span>資生堂 洗面乳</span><b>NT$ 299</b></a></li></ul></div>'
        '<footer class="rtw-footer">台灣樂天市場股份有限公司</footer></div>',
    ),
    "資生堂 安耐曬 金鑽高效防曬露 N 60ml",
    799.0,
    "TWD",
    "InStock",
)

# T6 ETMall: sold out ("補貨中"), no buy button, the price shown
case(
    "tw-etmall-restocking",
    "https://www.etmall.com.tw/i/4567890",
    doc(
        "zh-Hant",
        "【Tefal 特福】法國製鈦金極上御藏系列28CM不沾平底鍋 - 東森購物網",
        '<header class="n-header"><a class="n-logo" href="https://www.etmall.com.tw/"><img src="/logo.svg" alt="東森購物"></a><ul class="n-menu"><li><a href="/dept/5">廚具</a></li><li><a href="/dept/2">美妝</a></li></ul><a href="/cart" class="n-cart">購物車</a></header>'
        '<div class="n-breadcrumb"><a href="/">首頁</a> &gt; <a href="/dept/5">廚具</a> &gt; <a href="/dept/5/51">鍋具</a></div>'
        '<div class="n-product"><div class="n-product__gallery"><img src="https://media.etmall.com.tw/nximg/004567/4567890/4567890_XXL.jpg" alt="【Tefal 特福】法國製鈦金極上御藏系列28CM不沾平底鍋"></div>'
        '<div class="n-product__info"><h1 class="n-product__name">【Tefal 特福】法國製鈦金極上御藏系列28CM不沾平底鍋</h1>'
        '<div class="n-price"><div class="n-price__market">市價 <del>$2,980</del></div><div class="n-price__sale"><span class="n-price__label">網路價</span><span class="n-price__unit">$</span><span class="n-price__num">1,480</span></div></div>'
        '<div class="n-soldout"><p class="n-soldout__text">補貨中</p><p>本商品目前補貨中，到貨後將盡快為您出貨。</p></div>'
        '<div class="n-buttons"><button class="n-btn n-btn--notify">貨到通知</button></div></div></div>'
        '<div class="n-recommend"><h3>看了此商品的人也看了</h3><ul><li><a href="/i/4567891"><img src="/r1.jpg"><p>Tefal 24CM 平底鍋</p><p class="n-price__num">$990</p></a><button class="n-btn n-btn--cart">加入購物車</button></li>'
        '<li><a href="/i/4567892"><img src="/r2.jpg"><p>Tefal 炒鍋 30CM</p><p class="n-price__num">$1,290</p></a><button class="n-btn n-btn--cart">加入購物車</button></li></ul></div>'
        '<footer class="n-footer"><p>東森得易購股份有限公司</p></footer>',
    ),
    "【Tefal 特福】法國製鈦金極上御藏系列28CM不沾平底鍋",
    1480.0,
    "TWD",
    "OutOfStock",
)


# ---- Korea -------------------------------------------------------------------------------------------

# K1 Coupang: the rocket page's price block (sale price, Wow member price, unit price), "쿠폰할인" and delivery
case(
    "kr-coupang-rocket-wow-price",
    "https://www.coupang.com/vp/products/7654321098?itemId=20345678901&vendorItemId=87654321012",
    doc(
        "ko",
        "삼성전자 갤럭시 버즈3 프로 SM-R630N - 이어폰 | 쿠팡",
        '<div id="container"><header id="header"><div class="header-section"><a class="coupang-logo" href="//www.coupang.com"><img src="//image7.coupangcdn.com/image/coupang/common/logo_coupang_w350.png" alt="쿠팡"></a>'
        '<form class="header-searchForm"><input id="headerSearchKeyword" placeholder="찾고 싶은 상품을 검색해보세요!"></form>'
        '<ul class="icon-menus"><li class="my-coupang"><a href="//mc.coupang.com/ssr/desktop/order/list">마이쿠팡</a></li><li class="cart"><a href="//cart.coupang.com/cartView.pang">장바구니<em id="headerCartCount">0</em></a></li></ul></div>'
        '<ul class="category-layer"><li><a href="/np/categories/178255">패션의류/잡화</a></li><li><a href="/np/categories/178101">가전디지털</a></li></ul></header>'
        '<div id="breadcrumb" class="breadcrumb"><ul><li><a href="/">쿠팡 홈</a></li><li><a href="/np/categories/178101">가전디지털</a></li><li><a href="/np/categories/497135">음향기기</a></li><li><a href="/np/categories/497136">이어폰</a></li></ul></div>'
        '<div class="prod-atf"><div class="prod-image"><div class="prod-image__items"><div class="prod-image__item prod-image__item--active"><img src="https://thumbnail6.coupangcdn.com/thumbnails/remote/48x48ex/image/retail/images/2024/07/10/buds3pro-1.jpg"></div></div>'
        '<div class="prod-image__detail-wrap"><img class="prod-image__detail" src="https://thumbnail6.coupangcdn.com/thumbnails/remote/492x492ex/image/retail/images/2024/07/10/buds3pro-1.jpg" alt="삼성전자 갤럭시 버즈3 프로 SM-R630N"></div></div>'
        '<div class="prod-buy"><div class="prod-buy-header"><a class="prod-brand-name" href="/np/brands/samsung">삼성전자</a><h2 class="prod-buy-header__title">삼성전자 갤럭시 버즈3 프로 SM-R630N</h2>'
        '<div class="prod-rating"><span class="rating-star-num" style="width:94%"></span><span class="count">12,345개 상품평</span></div></div>'
        '<div class="prod-price-container"><div class="prod-price"><div class="prod-origin-price"><span class="discount-rate">17%</span><span class="origin-price">319,000원</span></div>'
        '<div class="prod-sale-price prod-major-price"><span class="total-price"><strong>264,990<span class="price-unit">원</span></strong></span><img class="delivery-badge-img" src="//image6.coupangcdn.com/image/badges/rocket/rocket_logo.png" alt="로켓배송"></div>'
        '<div class="prod-coupon-price prod-major-price"><span class="total-price"><strong>249,990<span class="price-unit">원</span></strong></span><span class="prod-coupon-price-txt">와우할인가</span></div>'
        '<div class="prod-reward-cash"><span>최대 13,250원 적립</span><span>쿠팡캐시 적립 (와우회원 전용)</span></div></div></div>'
        '<div class="prod-shipping-fee-and-pdd-wrapper"><div class="prod-pdd"><em class="prod-txt-onyx">내일(목) 12/3</em> 도착 보장</div><div class="prod-shipping-fee">무료배송</div></div>'
        '<div class="prod-option"><div class="prod-option__item"><span class="title">색상</span><span class="value">실버</span></div></div>'
        '<div class="prod-buy-footer"><div class="prod-quantity__form"><input class="prod-quantity__input" value="1"></div>'
        '<button class="prod-cart-btn" type="button">장바구니 담기</button><button class="prod-buy-btn" type="button"><span class="prod-buy-btn__txt">바로구매</span></button></div></div></div>'
        '<div class="product-item__table"><h3>필수 표기정보</h3><table class="prod-delivery-return-policy-table"><tr><th>품명 및 모델명</th><td>SM-R630N</td></tr><tr><th>제조자(수입자)</th><td>삼성전자(주)</td></tr><tr><th>제조국</th><td>베트남</td></tr></table></div>'
        '<div id="sdpReview" class="sdp-review"><h2>상품평</h2><article class="sdp-review__article__list"><div class="sdp-review__article__list__review__content">노캔 좋아요. 와우할인가로 샀어요.</div></article></div>'
        '<div class="recommend-widget"><h3>다른 고객이 함께 본 상품</h3><ul><li><a href="/vp/products/1"><img src="//thumbnail6.coupangcdn.com/r1.jpg"><div class="name">애플 에어팟 프로 2세대</div><strong class="price-value">329,000</strong><span>원</span></a></li>'
        '<li><a href="/vp/products/2"><img src="//thumbnail6.coupangcdn.com/r2.jpg"><div class="name">삼성 버즈3</div><strong class="price-value">179,000</strong><span>원</span></a></li></ul></div>'
        '<footer id="footer"><p>쿠팡(주) | 대표이사 : 강한승, 박대준</p></footer></div>',
    ),
    "삼성전자 갤럭시 버즈3 프로 SM-R630N",
    264990.0,
    "KRW",
    "InStock",
)

# K2 11st: the price list "정가 / 판매가 / 최대할인가" (dt / dd), "11pay" points, its buy buttons as links
case(
    "kr-11st-max-discount-price",
    "https://www.11st.co.kr/products/6543210987",
    doc(
        "ko",
        "[LG전자] 퓨리케어 360 공기청정기 AS204NWFA - 11번가",
        '<div id="wrapBody"><header id="gnb"><h1 class="c-logo"><a href="https://www.11st.co.kr/"><img src="//c.011st.com/img/common/logo.png" alt="11번가"></a></h1>'
        '<div class="c-search"><input id="tSearch" title="검색어 입력"></div><ul class="c-util"><li><a href="/my11st">나의11번가</a></li><li><a href="/cart">장바구니</a></li></ul></header>'
        '<div class="c_product_category_path"><a href="/">홈</a><a href="/category/1001">가전</a><a href="/category/1002">계절가전</a><a href="/category/1003">공기청정기</a></div>'
        '<div class="l_product_cont_wrap"><div class="l_product_side_view"><div class="c_product_view_img"><div class="img_full"><img id="productImg" src="https://cdn.011st.com/11dims/resize/600x600/quality/75/11src/product/6543210987/B.jpg" alt="[LG전자] 퓨리케어 360 공기청정기 AS204NWFA"></div></div></div>'
        '<div class="l_product_summary"><div class="c_product_info_title"><h1 class="title">[LG전자] 퓨리케어 360 공기청정기 AS204NWFA</h1><span class="tag">무료배송</span></div>'
        '<div class="b_product_info_price"><div class="c_product_price"><dl class="price"><dt>정가</dt><dd><del>589,000원</del></dd><dt>판매가</dt><dd><strong><span class="value">459,000</span><span class="unit">원</span></strong></dd></dl>'
        '<dl class="price_max"><dt>최대할인가</dt><dd><strong><span class="value">421,280</span>원</strong><button type="button" class="c_product_btn_price">할인정보</button></dd></dl></div>'
        '<div class="c_product_point"><span>11pay 포인트 최대 22,950P 적립</span></div><div class="c_product_card">무이자 할부 최대 12개월</div></div>'
        '<div class="c_product_delivery"><dl><dt>배송</dt><dd>무료배송 · 12/4(금) 도착 예정</dd></dl></div>'
        '<div class="c_product_btn_wrap"><a href="#" class="c_product_btn c_product_btn_cart">장바구니</a><a href="#" class="c_product_btn c_product_btn_buy">구매하기</a><a href="#" class="c_product_btn c_product_btn_gift">선물하기</a></div></div></div>'
        '<div class="c_product_seller"><a href="/store/lgestore">LG전자 공식스토어</a></div>'
        '<div class="c_product_spec"><h3>상품정보</h3><table><tr><th scope="row">상품번호</th><td>6543210987</td></tr><tr><th scope="row">모델명</th><td>AS204NWFA</td></tr><tr><th scope="row">제조사</th><td>LG전자</td></tr></table></div>'
        '<div class="c_product_recommend"><h3>이 상품과 함께 본 상품</h3><ul><li><a href="/products/1"><img src="//cdn.011st.com/r1.jpg"><p class="c_prd_name">삼성 비스포크 큐브 에어</p><div class="c_prd_price"><span class="value">389,000</span>원</div></a></li>'
        '<li><a href="/products/2"><img src="//cdn.011st.com/r2.jpg"><p class="c_prd_name">위닉스 타워Q</p><div class="c_prd_price"><span class="value">229,000</span>원</div></a></li></ul></div>'
        '<footer id="footer"><p>십일번가(주) 대표이사 안정은</p></footer></div>',
    ),
    "[LG전자] 퓨리케어 360 공기청정기 AS204NWFA",
    459000.0,
    "KRW",
    "InStock",
)

# K3 Gmarket: sold out for now ("일시품절"), the buy buttons replaced, the price shown
case(
    "kr-gmarket-temporarily-sold-out",
    "https://item.gmarket.co.kr/Item?goodscode=3456789012",
    doc(
        "ko",
        "G마켓 - 농심 신라면 120g x 40봉 (멀티팩)",
        '<div id="wrap"><header class="header"><h1 class="logo"><a href="https://www.gmarket.co.kr/">G마켓</a></h1><div class="box__search"><input class="form__input" title="검색어"></div>'
        '<ul class="list__util"><li><a href="https://myg.gmarket.co.kr/">마이페이지</a></li><li><a href="https://cart.gmarket.co.kr/">장바구니</a></li></ul></header>'
        '<div class="location-navi"><ul><li><a href="/">홈</a></li><li><a href="/n/list?category=100000004">식품</a></li><li><a href="/n/list?category=300006262">라면</a></li></ul></div>'
        '<div class="item-topinfowrap"><div class="thumb-gallery"><div class="box__viewer-container"><img src="https://gdimg.gmarket.co.kr/3456789012/still/600?ver=1733812345" alt="농심 신라면 120g x 40봉 (멀티팩)"></div></div>'
        '<div class="item-topinfo"><div class="box__item-title"><h1 class="itemtit">농심 신라면 120g x 40봉 (멀티팩)</h1><span class="text__seller"><a href="https://minishop.gmarket.co.kr/nongshim">농심공식몰</a></span></div>'
        '<div class="price"><span class="price_innerwrap"><span class="price_original">39,600원</span><strong class="price_real">32,900<span class="unit">원</span></strong></span><span class="text__discount">17%</span></div>'
        '<div class="box__coupon">스마일클럽 전용 쿠폰 적용시 <strong>31,255원</strong></div>'
        '<ul class="list-item-delivery"><li>배송비 무료</li><li>스마일배송 · 내일 도착 예정</li></ul>'
        '<div class="box__soldout"><p class="text__soldout">일시품절</p><p class="text__soldout-desc">현재 재고가 없어 구매하실 수 없습니다. 재입고 알림을 신청하세요.</p></div>'
        '<div class="item_btns"><button type="button" class="btn_restock">재입고 알림</button><button type="button" class="btn_zzim">관심상품</button></div></div></div>'
        '<div class="box__item-info"><h3>상품정보</h3><table class="tbl_item-info"><tr><th>상품번호</th><td>3456789012</td></tr><tr><th>상품상태</th><td>새상품</td></tr><tr><th>브랜드</th><td>농심</td></tr></table></div>'
        '<div class="box__recommend"><h3>이 판매자의 다른 상품</h3><ul><li><a href="/Item?goodscode=1"><img src="https://gdimg.gmarket.co.kr/1/still/300"><span class="text__item-title">짜파게티 140g x 40봉</span><strong class="text__value">34,900원</strong></a><button class="button__cart">장바구니</button></li>'
        '<li><a href="/Item?goodscode=2"><img src="https://gdimg.gmarket.co.kr/2/still/300"><span class="text__item-title">안성탕면 40봉</span><strong class="text__value">29,900원</strong></a><button class="button__cart">장바구니</button></li></ul></div>'
        '<footer class="footer"><p>(주)지마켓 대표이사 전항일</p></footer></div>',
    ),
    "농심 신라면 120g x 40봉 (멀티팩)",
    32900.0,
    "KRW",
    "OutOfStock",
)

# K4 a Cafe24 shop: the price table "판매가 / 할인판매가", the sold-out icon and its buttons hidden by "displaynone"
case(
    "kr-cafe24-shop-sold-out-icon",
    "https://www.mellowshop.co.kr/product/오버핏-울-가디건-멜란지/1234/category/45/display/1/",
    doc(
        "ko",
        "멜로우샵",
        '<div id="wrap"><div id="header"><h1 class="xans-element- xans-layout xans-layout-logotop"><a href="/index.html"><img src="/web/upload/logo.png" alt="멜로우샵"></a></h1>'
        '<ul class="xans-element- xans-layout xans-layout-category"><li><a href="/category/outer/45/">OUTER</a></li><li><a href="/category/top/46/">TOP</a></li></ul>'
        '<div class="xans-element- xans-layout xans-layout-statelogoff"><a href="/member/login.html">LOGIN</a><a href="/order/basket.html">CART <span class="count">0</span></a></div></div>'
        '<div id="container"><div class="xans-element- xans-product xans-product-headcategory path"><ol><li><a href="/">홈</a></li><li><a href="/category/outer/45/">OUTER</a></li></ol></div>'
        '<div class="xans-element- xans-product xans-product-detail"><div class="detailArea"><div class="xans-element- xans-product xans-product-image imgArea"><div class="keyImg"><a href="#"><img src="//www.mellowshop.co.kr/web/product/big/202611/a1b2c3d4e5.jpg" alt="오버핏 울 가디건 멜란지" class="BigImage"></a></div></div>'
        '<div class="infoArea"><div class="headingArea"><h2>오버핏 울 가디건 멜란지</h2><span class="icon"><img src="//img.echosting.cafe24.com/design/common/icon_sellout.gif" alt="품절"></span></div>'
        '<div class="xans-element- xans-product xans-product-detaildesign"><table><tbody><tr class="xans-record-"><th scope="row"><span style="font-size:12px;color:#555555;">판매가</span></th><td><span style="font-size:12px;color:#555555;text-decoration:line-through;"><strong id="span_product_price_text">68,000원</strong><input id="product_price" name="product_price" value="" type="hidden"></span></td></tr>'
        '<tr class="xans-record-"><th scope="row"><span style="font-size:12px;color:#ff0000;">할인판매가</span></th><td><span style="font-size:12px;color:#ff0000;"><span id="span_product_price_sale">54,400원 <span id="span_product_price_sale_per">(13,600원 할인)</span></span></span></td></tr>'
        '<tr class="xans-record-"><th scope="row">적립금</th><td>544원 (1%)</td></tr><tr class="xans-record-"><th scope="row">배송비</th><td>3,000원 (50,000원 이상 구매 시 무료)</td></tr></tbody></table></div>'
        '<table class="xans-element- xans-product xans-product-option"><tbody><tr><th>색상</th><td><select id="product_option_id1"><option value="*">- [필수] 옵션을 선택해 주세요 -</option><option value="**">-------------------</option><option value="P000BCDE000A">멜란지 [품절]</option></select></td></tr></tbody></table>'
        '<div class="xans-element- xans-product xans-product-action"><div class="btnArea"><a href="#none" class="btnSubmit sizeL displaynone" onclick="product_submit(1, \'/exec/front/order/basket/\', this)">BUY NOW</a>'
        '<a href="#none" class="btnNormal sizeL displaynone" onclick="product_submit(2, \'/exec/front/order/basket/\', this)">ADD TO CART</a><span class="btnNormal sizeL ">SOLD OUT</span></div></div></div></div></div>'
        '<div class="xans-element- xans-product xans-product-relation"><h3>RELATED ITEMS</h3><ul class="prdList"><li class="xans-record-"><a href="/product/detail.html?product_no=1235"><img src="//www.mellowshop.co.kr/web/product/medium/r1.jpg"></a><strong class="name"><a href="/product/detail.html?product_no=1235">캐시미어 라운드 니트</a></strong><span class="price">49,000원</span></li>'
        '<li class="xans-record-"><a href="/product/detail.html?product_no=1236"><img src="//www.mellowshop.co.kr/web/product/medium/r2.jpg"></a><strong class="name"><a href="/product/detail.html?product_no=1236">울 머플러</a></strong><span class="price">29,000원</span></li></ul></div></div>'
        '<div id="footer"><p>상호 : 멜로우샵 | 대표 : 김민지 | 통신판매업신고 : 2026-서울마포-0000</p></div></div>',
    ),
    "오버핏 울 가디건 멜란지",
    54400.0,
    "KRW",
    "OutOfStock",
)

# K5 Naver smartstore: hashed classes, the state JSON (window.__PRELOADED_STATE__) with the product, sale price
case(
    "kr-naver-smartstore-preloaded-state",
    "https://smartstore.naver.com/greenmall/products/9876543210",
    doc(
        "ko",
        "유기농 제주 감귤 5kg 가정용 : 그린몰",
        '<div id="root"><div class="_1sMaK8oNbS"><header class="_3wY8wpGfRS"><a class="_2Y7cJEq8Lr" href="https://shopping.naver.com/">네이버쇼핑</a><a class="_1-Mh5t-cgE" href="/greenmall">그린몰</a>'
        '<div class="_3DXAI3EANB"><input class="_3IjdAGoJrT" placeholder="검색어를 입력해보세요"></div></header>'
        '<div class="_2mVhMzr7Gq"><a href="/greenmall">홈</a><a href="/greenmall/category/ALL">전체상품</a><a href="/greenmall/category/fruit">과일</a></div>'
        '<div class="_2-I30XS1lA"><div class="_3rXou9cfw2"><div class="bd_23RhM bd_2mGRp"><img src="https://shop-phinf.pstatic.net/20261101_123/1730123456789abc_JPEG/gamgyul.jpg?type=m510" alt="대표이미지" class="bd_2DO68"></div></div>'
        '<fieldset class="_1Z00EmJwHl"><div class="_1eddO7u4UC"><h3 class="_22kNQuEXmb _copyable">유기농 제주 감귤 5kg 가정용</h3></div>'
        '<div class="_1A_SNIcQ-M"><del class="_3Ea4f5GBdV"><span class="blind">정가</span><span class="_1LY7DqCnwR">32,000</span>원</del>'
        '<strong class="aICRqgP9zw _2BrL5kvLbB"><span class="blind">할인판매가</span><span class="_1LY7DqCnwR">24,900</span><span class="_3RVK4Gp5qg">원</span></strong><span class="_1G-IvlyANt">22%</span></div>'
        '<div class="_3RGe2E8lVx"><span class="blind">최대적립포인트</span>최대 747원 적립</div>'
        '<div class="_3k440DUKzy"><span class="_2ClW16X2is">배송비</span><span>무료배송</span><span>오늘출발 14:00 까지 결제시</span></div>'
        '<div class="_2BQ-WF2QUb"><a class="_2-uvQuRWK5 _3LyM4cZUHD" href="#">구매하기</a><a class="_2-uvQuRWK5 _1h_HBJtDjA" href="#">장바구니</a><a class="_2-uvQuRWK5 _2wXBWLsKDi" href="#">찜하기</a></div></fieldset></div>'
        '<div class="_2Wn7wvntnR"><h3>다른 고객이 함께 구매한 상품</h3><ul><li><a href="/greenmall/products/1"><img src="https://shop-phinf.pstatic.net/r1.jpg"><strong class="_26YxgX-Nu5">제주 한라봉 3kg</strong><span class="_1LY7DqCnwR">29,900</span>원</a></li>'
        '<li><a href="/greenmall/products/2"><img src="https://shop-phinf.pstatic.net/r2.jpg"><strong class="_26YxgX-Nu5">레드향 2kg</strong><span class="_1LY7DqCnwR">27,500</span>원</a></li></ul></div>'
        '<footer class="_1vr3Jqy5Ki"><p>그린몰 | 대표자 홍길동 | 사업자등록번호 123-45-67890</p></footer></div></div>'
        + state(
            "window.__PRELOADED_STATE__",
            {
                "product": {
                    "A": {
                        "id": 9876543210,
                        "name": "유기농 제주 감귤 5kg 가정용",
                        "salePrice": 32000,
                        "discountedSalePrice": 24900,
                        "productStatusType": "SALE",
                        "stockQuantity": 120,
                        "representImage": {
                            "url": "https://shop-phinf.pstatic.net/20261101_123/1730123456789abc_JPEG/gamgyul.jpg"
                        },
                    }
                }
            },
        ),
    ),
    "유기농 제주 감귤 5kg 가정용",
    24900.0,
    "KRW",
    "InStock",
)

# K6 SSG: discontinued ("판매종료") with the price, no buy controls
case(
    "kr-ssg-sale-ended",
    "https://www.ssg.com/item/itemView.ssg?itemId=1000567891234",
    doc(
        "ko",
        "[필립스] 에어프라이어 XXL HD9650/93, 믿고 사는 즐거움 SSG.COM",
        '<div id="wrap"><header class="cmhd"><h1 class="cmhd_logo"><a href="https://www.ssg.com/">SSG.COM</a></h1><div class="cmhd_srch"><input class="cmhd_srch_inp" placeholder="검색어를 입력해 주세요"></div>'
        '<ul class="cmhd_util"><li><a href="/myssg/main.ssg">MY SSG</a></li><li><a href="/cart/dmsShpp.ssg">장바구니</a></li></ul></header>'
        '<div class="location"><a href="/">홈</a><a href="/disp/category.ssg?ctgId=6000095746">가전</a><a href="/disp/category.ssg?ctgId=6000095750">주방가전</a></div>'
        '<div class="cdtl_cm_detail"><div class="cdtl_item_image"><img id="mainImg" src="https://sitem.ssgcdn.com/34/12/56/item/1000567891234_i1_750.jpg" alt="[필립스] 에어프라이어 XXL HD9650/93"></div>'
        '<div class="cdtl_row_top"><div class="cdtl_info_tit"><h2 class="cdtl_info_tit_txt"><span class="cdtl_info_tit_brand">필립스</span>[필립스] 에어프라이어 XXL HD9650/93</h2></div>'
        '<div class="cdtl_optprice_wrap"><div class="cdtl_old_price"><span class="blind">정상가격</span><em class="ssg_price">459,000</em><span class="ssg_tx">원</span></div>'
        '<div class="cdtl_new_price notranslate"><span class="blind">판매가격</span><em class="ssg_price">389,000</em><span class="ssg_tx">원</span></div></div>'
        '<div class="cdtl_soldout"><p class="cdtl_soldout_tit">판매종료</p><p class="cdtl_soldout_txt">판매가 종료된 상품입니다.</p></div></div></div>'
        '<div class="cdtl_tabcont"><h3>상품정보</h3><table class="cdtl_tb"><tr><th>상품번호</th><td>1000567891234</td></tr><tr><th>모델명</th><td>HD9650/93</td></tr></table></div>'
        '<div class="cdtl_recom"><h3>이 상품과 비슷한 상품</h3><ul><li><a href="/item/itemView.ssg?itemId=1000512345678"><img src="https://sitem.ssgcdn.com/r1.jpg"><span class="tx_ko">쿠쿠 에어프라이어 5.5L</span><em class="ssg_price">89,000</em>원</a><button class="cmitem_btn_cart">장바구니</button></li>'
        '<li><a href="/item/itemView.ssg?itemId=1000598765432"><img src="https://sitem.ssgcdn.com/r2.jpg"><span class="tx_ko">필립스 에어프라이어 HD9252</span><em class="ssg_price">149,000</em>원</a><button class="cmitem_btn_cart">장바구니</button></li></ul></div>'
        '<footer class="cmft"><p>(주)에스에스지닷컴 대표이사 최훈학</p></footer></div>',
    ),
    "[필립스] 에어프라이어 XXL HD9650/93",
    389000.0,
    "KRW",
    # a strict xfail until stop 38's layout._other_item (the lead): the two related cards' '장바구니' buttons were
    # read as the page's live control, their links differing from the page's only by the query's item id
    # (the cards' ids were written '1' and '2' then, real SSG ids since)
    "OutOfStock",
)


# ---- Kazakhstan --------------------------------------------------------------------------------------

# Z1 Kaspi.kz: item__heading, "Цена" with the instalment "Рассрочка 0-0-12", the sellers' table with their prices
case(
    "kz-kaspi-sellers-table",
    "https://kaspi.kz/shop/p/apple-iphone-15-128gb-chernyi-113137790/?c=750000000",
    doc(
        "ru",
        "Apple iPhone 15 128Gb черный - купить по выгодной цене | Kaspi Магазин",
        '<div class="layout"><header class="header"><a class="header__logo" href="/shop/"><img src="https://kaspi.kz/img/logo.svg" alt="Kaspi.kz"></a>'
        '<div class="header__city">Алматы</div><form class="search-bar"><input class="search-bar__input" placeholder="Поиск товаров"></form>'
        '<ul class="header__menu"><li><a href="/shop/c/smartphones%20and%20gadgets/">Телефоны и гаджеты</a></li><li><a href="/shop/c/home%20equipment/">Бытовая техника</a></li></ul></header>'
        '<div class="breadcrumbs"><a class="breadcrumbs__item" href="/shop/">Магазин</a><a class="breadcrumbs__item" href="/shop/c/smartphones%20and%20gadgets/">Телефоны и гаджеты</a><a class="breadcrumbs__item" href="/shop/c/smartphones/">Смартфоны</a></div>'
        '<div class="item"><div class="item__gallery"><div class="item__slider-pic-wrapper"><img class="item__slider-pic" src="https://resources.cdn-kaspi.kz/img/m/p/h1d/h1f/84963297050654.jpg?format=gallery-large" alt="Apple iPhone 15 128Gb черный"></div></div>'
        '<div class="item__info"><h1 class="item__heading">Apple iPhone 15 128Gb черный</h1><div class="item__rating"><span class="rating _45"></span><a class="item__rating-link" href="#reviews">(3451 отзыв)</a></div>'
        '<div class="item__sku">Код товара: 113137790</div>'
        '<div class="item__price"><div class="item__price-left-side"><div class="item__price-title">Цена</div><div class="item__price-once">429 990 ₸</div></div>'
        '<div class="item__price-right-side"><div class="item__price-title">Рассрочка</div><div class="item__price-credit"><span class="mount">35 833 ₸</span> x <span>12</span> мес</div></div></div>'
        '<div class="item__delivery">Доставка Kaspi: завтра, бесплатно · Postomat: завтра</div>'
        '<div class="sellers-table"><h2 class="sellers-table__heading">Предложения продавцов</h2><table class="sellers-table__self"><thead><tr><th>Продавец</th><th>Доставка</th><th>Цена</th><th></th></tr></thead><tbody>'
        '<tr><td><a href="/shop/info/merchant/30084589/">Sulpak</a><div class="rating">4.9</div></td><td>Завтра, бесплатно</td><td><div class="sellers-table__price-cell-text">429 990 ₸</div><div class="sellers-table__price-cell-text _installments-price">35 833 ₸ x 12</div></td><td><div class="sellers-table__button-wrapper"><button class="button">Выбрать</button></div></td></tr>'
        '<tr><td><a href="/shop/info/merchant/11123/">Technodom</a></td><td>4 дек, бесплатно</td><td><div class="sellers-table__price-cell-text">434 990 ₸</div><div class="sellers-table__price-cell-text _installments-price">36 249 ₸ x 12</div></td><td><div class="sellers-table__button-wrapper"><button class="button">Выбрать</button></div></td></tr>'
        '<tr><td><a href="/shop/info/merchant/20045/">iPoint.kz</a></td><td>5 дек</td><td><div class="sellers-table__price-cell-text">439 500 ₸</div></td><td><div class="sellers-table__button-wrapper"><button class="button">Выбрать</button></div></td></tr></tbody></table></div></div></div>'
        '<div class="specifications-list"><h2>Характеристики</h2><dl class="specifications-list__spec"><dt class="specifications-list__spec-term"><span class="specifications-list__spec-term-text">Объем встроенной памяти</span></dt><dd class="specifications-list__spec-definition">128 ГБ</dd></dl>'
        '<dl class="specifications-list__spec"><dt class="specifications-list__spec-term"><span class="specifications-list__spec-term-text">Цвет</span></dt><dd class="specifications-list__spec-definition">черный</dd></dl></div>'
        '<div class="reviews" id="reviews"><h2>Отзывы</h2><div class="reviews__review"><div class="reviews__review-text">Покупала за 419 990, отличный телефон.</div></div></div>'
        '<div class="recommendations"><h2>С этим товаром покупают</h2><div class="item-cards-grid"><div class="item-card"><a class="item-card__name-link" href="/shop/p/apple-airpods-pro-2-113677582/">Apple AirPods Pro 2</a><span class="item-card__prices-price">109 990 ₸</span></div>'
        '<div class="item-card"><a class="item-card__name-link" href="/shop/p/chehol-iphone-15-109845623/">Чехол для iPhone 15</a><span class="item-card__prices-price">4 990 ₸</span></div></div></div>'
        '<footer class="footer"><p>© 2026 АО «Kaspi Bank»</p></footer></div>',
    ),
    "Apple iPhone 15 128Gb черный",
    429990.0,
    "KZT",
    "InStock",
    xfail="the sellers' 'Выбрать' (choose) buttons are no buy phrase: test_locale_review's kz-marketplace-sellers-table "
    "left the kind (reading them as one would fire on every variant picker); availability None",
)

# Z2 Technodom: a Next.js page with hashed classes, the price "Цена ... ₸" and a bonus note
case(
    "kz-technodom-next-hashed",
    "https://www.technodom.kz/p/noutbuk-lenovo-ideapad-slim-3-15iru8-82x7003jrk-272345",
    doc(
        "ru",
        "Ноутбук Lenovo IdeaPad Slim 3 15IRU8 82X7003JRK купить в Алматы по низкой цене | Technodom",
        '<div id="__next"><header class="Header_header__8xW9i"><a class="Header_logo__3sPqF" href="/"><img src="/_next/static/media/logo.svg" alt="Technodom"></a>'
        '<div class="Search_search__1Hc3o"><input class="Search_input__Q2kTx" placeholder="Поиск"></div><a class="Header_cart__2xVtR" href="/cart">Корзина</a></header>'
        '<nav class="Breadcrumbs_breadcrumbs__2iVs6"><a href="/">Главная</a><a href="/catalog/noutbuki-i-komp-jutery">Ноутбуки и компьютеры</a><a href="/catalog/noutbuki-i-komp-jutery/noutbuki">Ноутбуки</a></nav>'
        '<div class="ProductCard_wrapper__x1Zt8"><div class="ProductGallery_gallery__3Q1xN"><img class="ProductGallery_mainImage__1k6mE" src="https://api.technodom.kz/f3/api/v1/images/800/800/noutbuk_lenovo_ideapad_slim_3_15iru8_82x7003jrk_1.jpg" alt="Ноутбук Lenovo IdeaPad Slim 3 15IRU8"></div>'
        '<div class="ProductInfo_info__2vPbZ"><h1 class="Typography Typography__Heading Typography__Heading_H1">Ноутбук Lenovo IdeaPad Slim 3 15IRU8 82X7003JRK</h1>'
        '<p class="Typography ProductInfo_code__4k2Vx Typography__Caption">Код товара: 272345</p>'
        '<div class="ProductPrices_prices__1s8tE"><p class="Typography ProductPrices_oldPrice__2Pp1Q Typography__Subtitle">329 990 ₸</p><p class="Typography ProductPrices_price__3Xw7I Typography__Heading Typography__Heading_H1">289 990 ₸</p>'
        '<p class="Typography ProductPrices_credit__kx2L1 Typography__Caption">В рассрочку от 24 166 ₸ / мес</p></div>'
        '<div class="ProductBonus_bonus__1jK8s">+2 900 бонусов</div>'
        '<div class="ProductDelivery_delivery__3hY5C"><p>Доставка: завтра</p><p>Самовывоз: сегодня, 12 магазинов</p></div>'
        '<div class="ProductActions_actions__2bQ8v"><button class="ButtonNext_Button__1wP5T ButtonNext__Size-L__3r6u0">В корзину</button><button class="ButtonNext_Button__1wP5T ButtonNext__Secondary__3xN5m">Купить в 1 клик</button></div></div></div>'
        '<section class="ProductSpecs_specs__3wNnB"><h2>Характеристики</h2><div class="ProductSpecs_row__1m5Kq"><span>Процессор</span><span>Intel Core i5-13420H</span></div><div class="ProductSpecs_row__1m5Kq"><span>Оперативная память</span><span>16 ГБ</span></div></section>'
        '<section class="ProductsSlider_slider__2YzKq"><h2>Похожие товары</h2><ul><li class="ProductCardV_card__1vY0b"><a href="/p/noutbuk-asus-1"><img src="https://api.technodom.kz/f3/api/v1/images/300/300/asus.jpg"><p class="ProductCardV_title__2j7Nc">Ноутбук ASUS Vivobook 15</p><p class="ProductCardPrices_price__2mYtQ">259 990 ₸</p></a><button class="ButtonNext_Button__1wP5T">В корзину</button></li>'
        '<li class="ProductCardV_card__1vY0b"><a href="/p/noutbuk-hp-2"><img src="https://api.technodom.kz/f3/api/v1/images/300/300/hp.jpg"><p class="ProductCardV_title__2j7Nc">Ноутбук HP 250 G10</p><p class="ProductCardPrices_price__2mYtQ">239 990 ₸</p></a><button class="ButtonNext_Button__1wP5T">В корзину</button></li></ul></section>'
        '<footer class="Footer_footer__3c5Pt"><p>© 2026 Technodom</p></footer></div>',
    ),
    "Ноутбук Lenovo IdeaPad Slim 3 15IRU8 82X7003JRK",
    289990.0,
    "KZT",
    "InStock",
)

# Z3 Sulpak: out of stock ("Нет в наличии", "Сообщить о поступлении"), the last price still shown
case(
    "kz-sulpak-net-v-nalichii",
    "https://www.sulpak.kz/g/holodilnik_samsung_rb38c7b5cb1_w",
    doc(
        "ru",
        "Холодильник Samsung RB38C7B5CB1/W - купить в Алматы | Интернет-магазин Sulpak",
        '<header class="header"><div class="header__top"><a class="header__logo" href="/"><img src="/images/logo.svg" alt="Sulpak"></a><span class="header__phone">8 800 080 8000</span><span class="header__city">Алматы</span></div>'
        '<nav class="header__catalog"><a href="/f/holodilniki">Холодильники</a><a href="/f/stiralniye_mashini">Стиральные машины</a></nav><a class="header__cart" href="/cart">Корзина</a></header>'
        '<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/f/bitovaya_tehnika">Бытовая техника</a> / <a href="/f/holodilniki">Холодильники</a></div>'
        '<div class="product__card"><div class="product__gallery"><img class="product__main-img" src="https://static.sulpak.kz/upload/rb38c7b5cb1w_1.jpg" alt="Холодильник Samsung RB38C7B5CB1/W"></div>'
        '<div class="product__info"><h1 class="title__xl">Холодильник Samsung RB38C7B5CB1/W</h1><div class="product__code">Код: 00123456</div>'
        '<div class="product__price"><div class="product__price-old">489 990 ₸</div><div class="product__price-current">459 990 ₸</div></div>'
        '<div class="product__status product__status--none">Нет в наличии</div>'
        '<div class="product__actions"><button class="button button--notify">Сообщить о поступлении</button><button class="button button--favorite">В избранное</button></div></div></div>'
        '<div class="product__features"><h2>Характеристики</h2><table><tr><td>Общий объем</td><td>390 л</td></tr><tr><td>No Frost</td><td>Да</td></tr></table></div>'
        '<div class="products-slider"><h2>Похожие товары</h2><div class="product__item"><a href="/g/lg_1"><img src="https://static.sulpak.kz/r1.jpg"><span class="product__item-name">Холодильник LG GA-B509</span></a><span class="product__item-price">399 990 ₸</span><div class="product__item-status">В наличии</div><button class="button button--cart">В корзину</button></div>'
        '<div class="product__item"><a href="/g/beko_2"><img src="https://static.sulpak.kz/r2.jpg"><span class="product__item-name">Холодильник Beko RCNK</span></a><span class="product__item-price">289 990 ₸</span><div class="product__item-status">В наличии</div><button class="button button--cart">В корзину</button></div></div>'
        '<footer class="footer"><p>© 2026 ТОО «Arena S»</p></footer>',
    ),
    "Холодильник Samsung RB38C7B5CB1/W",
    459990.0,
    "KZT",
    "OutOfStock",
)

# Z4 Mechta.kz: a Nuxt page, the state in window.__NUXT__ and the rendered buy box "Купить", in Kazakh
case(
    "kz-mechta-kazakh-ui",
    "https://www.mechta.kz/kz/product/smartfon-samsung-galaxy-a55-5g-8256gb-navy/",
    doc(
        "kk",
        "Samsung Galaxy A55 5G 8/256GB Navy смартфоны сатып алу | Mechta.kz",
        '<div id="__nuxt"><div id="__layout"><header class="header"><a class="header-logo" href="/kz/"><img src="/img/logo.svg" alt="Mechta"></a><div class="header-search"><input placeholder="Іздеу"></div><a href="/kz/cart/">Себет</a></header>'
        '<div class="breadcrumbs"><a href="/kz/">Басты бет</a><a href="/kz/section/smartfony/">Смартфондар</a></div>'
        '<div class="product-page"><div class="product-gallery"><img class="product-gallery__main" src="https://www.mechta.kz/export/1cbitrix/images/samsung-a55-navy-1.jpg" alt="Samsung Galaxy A55 5G 8/256GB Navy"></div>'
        '<div class="product-info"><div class="text-h5 text-bold">Samsung Galaxy A55 5G 8/256GB Navy смартфоны</div><div class="product-code">Тауар коды: 245678</div>'
        '<div class="product-price"><div class="text-strike text-grey">239 990 ₸</div><div class="text-h4 text-bold text-red">199 990 ₸</div><div class="text-caption">Бөліп төлеу 0-0-24: 8 333 ₸/ай</div></div>'
        '<div class="product-bonus">+ 2 000 бонус</div><div class="product-stock">Қоймада бар</div>'
        '<div class="product-actions"><button class="q-btn q-btn--actionable bg-primary"><span class="q-btn__content">Себетке</span></button><button class="q-btn q-btn--outline"><span class="q-btn__content">1 кликпен сатып алу</span></button></div></div></div>'
        '<div class="product-props"><h2>Сипаттамалары</h2><div class="prop"><span>Жад көлемі</span><span>256 ГБ</span></div></div>'
        '<div class="products-carousel"><h2>Ұқсас тауарлар</h2><div class="product-card"><a href="/kz/product/a35/"><img src="/r1.jpg"><div class="product-card__name">Samsung Galaxy A35 5G</div></a><div class="product-card__price">149 990 ₸</div></div></div>'
        '<footer class="footer">© 2026 Mechta.kz</footer></div></div>'
        + state(
            "window.__NUXT__",
            {
                "data": [
                    {
                        "product": {
                            "id": 245678,
                            "name": "Samsung Galaxy A55 5G 8/256GB Navy смартфоны",
                            "price": 199990,
                            "old_price": 239990,
                            "available": True,
                        }
                    }
                ],
                "state": {"city": "almaty"},
            },
        ),
    ),
    "Samsung Galaxy A55 5G 8/256GB Navy смартфоны",
    199990.0,
    "KZT",
    "InStock",
)

# Z5 Wildberries (kz), as rendered: the brand over the title, the final price and the WB wallet's price
case(
    "kz-wildberries-wallet-price",
    "https://global.wildberries.ru/catalog/187654321/detail.aspx",
    doc(
        "ru",
        "Кроссовки New Balance 574 ... купить по цене 45 990 ₸ в интернет-магазине Wildberries | 187654321",
        '<div id="app"><header class="header"><a class="nav-element__logo" href="/"><img src="/i/logo.svg" alt="Wildberries"></a><div class="search-catalog"><input id="searchInput" placeholder="Я ищу..."></div>'
        '<div class="navbar-pc__item"><a href="/lk/basket" class="navbar-pc__link j-wba-header-item">Корзина</a></div></header>'
        '<div class="product-page"><ul class="breadcrumbs__list"><li><a href="/">Главная</a></li><li><a href="/catalog/obuv">Обувь</a></li><li><a href="/catalog/obuv/muzhskaya/krossovki">Кроссовки</a></li></ul>'
        '<div class="product-page__grid"><div class="product-page__aside-container"><div class="product-page__slider"><div class="slide__content img-plug"><img src="https://basket-12.wbbasket.ru/vol1876/part187654/187654321/images/big/1.webp" alt="Кроссовки New Balance 574"></div></div></div>'
        '<div class="product-page__header-wrap"><div class="product-page__header"><a class="product-page__header-brand" href="/brands/new-balance">New Balance</a><h1 class="product-page__title">Кроссовки 574 Core</h1></div>'
        '<div class="product-page__common-info"><span class="product-review__rating">4,8</span><span class="product-review__count-review">2 345 оценок</span><span>Артикул: <span id="productNmId">187654321</span></span></div></div>'
        '<div class="product-page__price-block"><div class="price-block"><div class="price-block__content"><p class="price-block__price-wrap"><span class="price-block__wallet-price red-price">43 690 ₸</span>'
        '<ins class="price-block__final-price wallet">45 990 ₸</ins><del class="price-block__old-price"><span>72 990 ₸</span></del></p><p class="price-block__wallet-hint">с WB Кошельком</p></div></div>'
        '<div class="product-page__order-buttons"><button class="btn-main">Добавить в корзину</button><button class="btn-base">Купить сейчас</button></div>'
        '<div class="delivery__store"><span>Склад WB · Доставка 6 декабря</span></div></div>'
        '<div class="product-page__details"><h2>Характеристики и описание</h2><table class="product-params__table"><tr><th>Цвет</th><td>серый</td></tr><tr><th>Материал верха</th><td>замша; текстиль</td></tr></table></div>'
        '<div class="product-page__sizes"><label class="j-size sizes-list__button"><span>41</span></label><label class="j-size sizes-list__button disabled"><span>42</span><span class="sizes-list__size-ru">Нет в наличии</span></label></div></div></div>'
        '<div class="goods-card-list"><h2>Похожие товары</h2><article class="product-card"><a href="/catalog/1/detail.aspx"><img src="https://basket-01.wbbasket.ru/r1.webp"><span class="product-card__name">Кроссовки Nike Air Max</span></a><ins class="price__lower-price">39 990 ₸</ins><button class="product-card__add-basket">В корзину</button></article>'
        '<article class="product-card"><a href="/catalog/2/detail.aspx"><img src="https://basket-02.wbbasket.ru/r2.webp"><span class="product-card__name">Кроссовки Adidas Campus</span></a><ins class="price__lower-price">41 290 ₸</ins><button class="product-card__add-basket">В корзину</button></article></div>'
        '<footer class="footer">© Wildberries 2004–2026</footer></div>',
    ),
    "Кроссовки 574 Core",
    45990.0,
    "KZT",
    "InStock",
)

_OZON_PRICE = {
    "isAvailable": True,
    "cardPrice": "24 590 ₸",
    "price": "25 890 ₸",
    "originalPrice": "34 990 ₸",
    "showOriginalPrice": True,
    "priceTooltip": "С Ozon Картой",
}
_OZON_HEADING = {"title": "Робот-пылесос Xiaomi Robot Vacuum S20, белый", "brand": "Xiaomi"}
_OZON_GALLERY = {
    "coverImage": "https://ir.ozone.ru/s3/multimedia-1-x/wc1000/7123456789.jpg",
    "images": [{"src": "https://ir.ozone.ru/s3/multimedia-1-x/7123456789.jpg"}],
}

# Z6 Ozon.kz: a page of widgets whose state lives in data-state attributes (webProductHeading, webPrice, webGallery)
case(
    "kz-ozon-widget-states",
    "https://ozon.kz/product/robot-pylesos-xiaomi-robot-vacuum-s20-belyy-1234567890/",
    doc(
        "ru",
        "Робот-пылесос Xiaomi Robot Vacuum S20, белый — купить в интернет-магазине OZON с быстрой доставкой",
        '<div id="__ozon"><div id="layoutPage" class="a0"><header class="b0"><a class="b1" href="/"><svg></svg></a><form class="b2"><input name="text" placeholder="Искать на Ozon"></form><a href="/cart" class="b3">Корзина</a></header>'
        '<div data-widget="breadCrumbs"><ol class="e5"><li><a href="/category/bytovaya-tehnika-10500/">Бытовая техника</a></li><li><a href="/category/roboty-pylesosy-10657/">Роботы-пылесосы</a></li></ol></div>'
        '<div class="c1"><div data-widget="webGallery"><div id="state-webGallery-3121879-default-1" data-state="'
        + escape(json.dumps(_OZON_GALLERY, ensure_ascii=False))
        + '"></div>'
        '<div class="m4"><img loading="eager" fetchpriority="high" src="https://ir.ozone.ru/s3/multimedia-1-x/wc1000/7123456789.jpg" class="m5 b9"></div></div>'
        '<div data-widget="webProductHeading"><div id="state-webProductHeading-3385933-default-1" data-state="'
        + escape(json.dumps(_OZON_HEADING, ensure_ascii=False))
        + '"></div>'
        '<div class="u5"><h1 class="u6 tsHeadline550Medium">Робот-пылесос Xiaomi Robot Vacuum S20, белый</h1></div></div>'
        '<div data-widget="webPrice"><div id="state-webPrice-3121879-default-1" data-state="'
        + escape(json.dumps(_OZON_PRICE, ensure_ascii=False))
        + '"></div>'
        '<div class="z8"><div class="z9"><span class="z1 z0 tsHeadline600Large">24 590 ₸</span><span class="z2">с Ozon Картой</span></div>'
        '<div class="y9"><span class="y8 y7 tsHeadline500Medium">25 890 ₸</span><span class="y6 tsBody400Small">34 990 ₸</span><span class="y5">без Ozon Карты</span></div></div></div>'
        '<div data-widget="webAddToCart"><button class="c5a b2-a"><div class="c5b"><span>Добавить в корзину</span></div></button></div>'
        '<div data-widget="webCurrentSeller"><a href="/seller/xiaomi-official-123/">Xiaomi Official Store</a></div></div>'
        '<div data-widget="webCharacteristics"><h2>Характеристики</h2><dl class="k4"><dt><span>Тип уборки</span></dt><dd>сухая и влажная</dd></dl></div>'
        '<div data-widget="skuShelfGoods"><h2>Похожие товары</h2><div class="tile-root"><a href="/product/1/"><span class="tsBody500Medium">Dreame D10 Plus</span></a><span class="c3-a1 tsHeadline500Medium">89 990 ₸</span></div>'
        '<div class="tile-root"><a href="/product/2/"><span class="tsBody500Medium">Roborock Q7 Max</span></a><span class="c3-a1 tsHeadline500Medium">119 990 ₸</span></div></div>'
        '<footer data-widget="footer">© 1998 – 2026 ООО «Интернет Решения»</footer></div></div>',
    ),
    "Робот-пылесос Xiaomi Robot Vacuum S20, белый",
    25890.0,
    "KZT",
    "InStock",
)


# ---- Argentina ---------------------------------------------------------------------------------------

# R1 Frávega: a Next.js page of styled-components' hashed classes, "Precio sin impuestos nacionales", cuotas
case(
    "ar-fravega-styled-components",
    "https://www.fravega.com/p/smart-tv-samsung-55-crystal-uhd-4k-un55du7000gczb-990456/",
    doc(
        "es-AR",
        "Smart TV Samsung 55&quot; Crystal UHD 4K UN55DU7000GCZB - Frávega",
        '<div id="__next"><header class="sc-eDvSVe kMWpJc"><a class="sc-jSUZER fxYLtH" href="/" aria-label="Frávega"><svg></svg></a><div class="sc-gKPRtg"><input class="sc-iveFHk" placeholder="Buscar productos"></div>'
        '<a class="sc-cCsOjp" href="/mi-cuenta">Mi cuenta</a><a class="sc-ciZhAO" href="/carrito">Carrito</a></header>'
        '<nav class="sc-jdAMXn"><ol><li><a href="/">Inicio</a></li><li><a href="/l/tv-y-video/">TV y Video</a></li><li><a href="/l/tv-y-video/tv/">Televisores</a></li></ol></nav>'
        '<div class="sc-hLBbgP jAzBLe"><div class="sc-fnykZs"><img class="sc-eeDRCY" src="https://images.fravega.com/f500/8b3f1c7a2d4e5f6a7b8c9d0e1f2a3b4c.jpg" alt="Smart TV Samsung 55&quot; Crystal UHD 4K UN55DU7000GCZB"></div>'
        '<div class="sc-dmctIk"><h1 class="sc-jrcTuL bPqpGM">Smart TV Samsung 55" Crystal UHD 4K UN55DU7000GCZB</h1><span class="sc-iJnaPW">Art. 990456</span>'
        '<div class="sc-bjUoiL"><span class="sc-gikAfH gzIBXU">$1.199.999</span><div class="sc-kMjNwy"><span class="sc-jTrPJq eqXbEm">$899.999</span><span class="sc-ehvNnt">25% OFF</span></div>'
        '<span class="sc-cyRfQX">Precio sin impuestos nacionales: $743.801</span></div>'
        '<div class="sc-eKszNL"><span>Hasta 12 cuotas sin interés de $74.999</span></div>'
        '<div class="sc-lbOyJj"><span>Envío gratis a todo el país</span><span>Retiro gratis en sucursal</span></div>'
        '<button class="sc-dPyBCJ hgnzDo" type="button">Comprar</button><button class="sc-bBABsx">Agregar al carrito</button></div></div>'
        '<section class="sc-kFWlue"><h2>Características</h2><ul><li><span>Tamaño de pantalla</span><span>55"</span></li><li><span>Resolución</span><span>4K UHD</span></li></ul></section>'
        '<section class="sc-ktEKTO"><h2>También te puede interesar</h2><ul><li><a href="/p/smart-tv-lg-55-1/"><img src="https://images.fravega.com/f300/r1.jpg"><span class="sc-fLcnxK">Smart TV LG 55" 4K</span><span class="sc-ciFQTS">$829.999</span></a></li>'
        '<li><a href="/p/smart-tv-tcl-55-2/"><img src="https://images.fravega.com/f300/r2.jpg"><span class="sc-fLcnxK">Smart TV TCL 55" QLED</span><span class="sc-ciFQTS">$749.999</span></a></li></ul></section>'
        '<footer class="sc-dQEtJz"><p>Frávega S.A.C.I.e I.</p></footer></div>'
        + next_data(
            {
                "props": {
                    "pageProps": {
                        "sku": "990456",
                        "title": 'Smart TV Samsung 55" Crystal UHD 4K UN55DU7000GCZB',
                    }
                },
                "page": "/p/[slug]",
            }
        ),
    ),
    'Smart TV Samsung 55" Crystal UHD 4K UN55DU7000GCZB',
    899999.0,
    "ARS",
    "InStock",
)

# R2 a Tiendanube shop: sold out ("Sin stock" on a disabled submit), the variants' data-variants JSON
case(
    "ar-tiendanube-sin-stock",
    "https://www.lamanoshop.com.ar/productos/mate-imperial-calabaza-virola-alpaca/",
    doc(
        "es",
        "Mate Imperial Calabaza Virola Alpaca - Comprar en La Mano Shop",
        '<header class="js-head-main head-main"><div class="container"><a href="https://www.lamanoshop.com.ar" class="logo-img-link"><img src="//acdn.mitiendanube.com/stores/001/234/567/themes/common/logo-123.png" alt="La Mano Shop" class="logo-img"></a>'
        '<ul class="nav-desktop-list"><li><a href="/mates/">Mates</a></li><li><a href="/bombillas/">Bombillas</a></li></ul><a href="#" class="js-toggle-cart">Carrito (0)</a></div></header>'
        '<div class="container"><div class="breadcrumbs"><a class="crumb" href="/">Inicio</a> <span>/</span> <a class="crumb" href="/mates/">Mates</a> <span>/</span> <span class="crumb active">Mate Imperial Calabaza Virola Alpaca</span></div>'
        '<div id="single-product" class="js-has-new-shipping js-product-detail js-product-container" data-variants="'
        + escape(
            json.dumps(
                [
                    {
                        "product_id": 123456789,
                        "price_short": "$38.900",
                        "compare_at_price_short": "$45.000",
                        "price_number": 38900,
                        "stock": 0,
                        "available": False,
                        "sku": "MI-ALP-01",
                        "option0": "Negro",
                    }
                ],
                ensure_ascii=False,
            )
        )
        + '" data-store="product-detail"><div class="row"><div class="col-md-7"><div class="js-swiper-product swiper-container"><div class="swiper-slide js-product-slide"><a href="//acdn.mitiendanube.com/stores/001/234/567/products/mate-imperial-1-1024-1024.jpg" class="js-product-slide-link">'
        '<img src="//acdn.mitiendanube.com/stores/001/234/567/products/mate-imperial-1-640-0.jpg" class="js-product-slide-img product-slider-image img-absolute" alt="Mate Imperial Calabaza Virola Alpaca"></a></div></div></div>'
        '<div class="col-md-5"><h1 class="js-product-name h2">Mate Imperial Calabaza Virola Alpaca</h1><div class="price-container"><span class="js-compare-price-display price-compare">$45.000</span>'
        '<span class="js-price-display" id="price_display">$38.900</span></div>'
        '<div class="js-max-installments-container"><span class="js-max-installments">3 cuotas sin interés de <strong>$12.966,67</strong></span></div>'
        '<form id="product_form" class="js-product-form" method="post" action="/comprar/"><div class="js-product-variants"><div class="form-group"><label class="form-label">Color</label><select class="js-variation-option"><option value="Negro">Negro</option></select></div></div>'
        '<input type="submit" class="js-addtocart js-prod-submit-form btn btn-primary btn-block nostock" value="Sin stock" disabled></form>'
        '<div class="js-product-description product-description"><p>Mate imperial de calabaza seleccionada, virola de alpaca cincelada.</p></div></div></div></div>'
        '<section class="section-products-related"><h3>Productos similares</h3><div class="js-item-product"><a href="/productos/mate-camionero/"><img src="//acdn.mitiendanube.com/stores/001/234/567/products/r1-480-0.jpg"><div class="js-item-name item-name">Mate Camionero Cuero</div><div class="item-price-container"><span class="js-price-display item-price">$24.500</span></div></a></div>'
        '<div class="js-item-product"><a href="/productos/bombilla-pico-loro/"><img src="//acdn.mitiendanube.com/stores/001/234/567/products/r2-480-0.jpg"><div class="js-item-name item-name">Bombilla Pico de Loro</div><div class="item-price-container"><span class="js-price-display item-price">$9.800</span></div></a></div></section></div>'
        '<footer class="js-footer"><p>Copyright La Mano Shop - 2026. Todos los derechos reservados.</p><a href="https://www.tiendanube.com">Tiendanube</a></footer>',
    ),
    "Mate Imperial Calabaza Virola Alpaca",
    38900.0,
    "ARS",
    "OutOfStock",
)

# R3 Mercado Libre: a used item ("Usado | 12 vendidos"), its price's aria-label, "Último disponible!"
case(
    "ar-mercadolibre-usado-ultimo-disponible",
    "https://articulo.mercadolibre.com.ar/MLA-1456789012-camara-canon-eos-rebel-t7-18-55mm-usada-_JM",
    doc(
        "es-AR",
        "Cámara Canon Eos Rebel T7 18-55mm Usada | Envío gratis",
        '<header class="nav-header nav-header-plus"><div class="nav-bounds"><a class="nav-logo" href="https://www.mercadolibre.com.ar" tabindex="2">Mercado Libre Argentina - Donde comprar y vender de todo</a>'
        '<form class="nav-search" action="https://www.mercadolibre.com.ar/jm/search"><input class="nav-search-input" placeholder="Buscar productos, marcas y más…"></form>'
        '<ul class="nav-menu-list"><li><a href="https://www.mercadolibre.com.ar/ofertas">Ofertas</a></li><li><a href="https://myaccount.mercadolibre.com.ar/purchases/list">Mis compras</a></li></ul></div></header>'
        '<main role="main" id="root-app"><div class="ui-pdp-container"><div class="ui-pdp-breadcrumb"><ol class="andes-breadcrumb"><li class="andes-breadcrumb__item"><a href="https://listado.mercadolibre.com.ar/camaras">Cámaras y Accesorios</a></li><li class="andes-breadcrumb__item"><a href="https://listado.mercadolibre.com.ar/camaras-reflex">Cámaras Reflex</a></li></ol></div>'
        '<div class="ui-pdp-gallery"><figure class="ui-pdp-gallery__figure"><img src="https://http2.mlstatic.com/D_NQ_NP_912345-MLA78901234567_082024-O.webp" class="ui-pdp-image ui-pdp-gallery__figure__image" alt="Cámara Canon Eos Rebel T7 18-55mm Usada"></figure></div>'
        '<div class="ui-pdp-header"><div class="ui-pdp-header__subtitle"><span class="ui-pdp-subtitle">Usado  |  12 vendidos</span></div><div class="ui-pdp-header__title-container"><h1 class="ui-pdp-title">Cámara Canon Eos Rebel T7 18-55mm Usada</h1></div></div>'
        '<div class="ui-pdp-price"><div class="ui-pdp-price__second-line"><span data-testid="price-part" class="andes-money-amount ui-pdp-price__part andes-money-amount--cents-superscript andes-money-amount--compact" role="img" aria-label="650000 pesos">'
        '<span class="andes-money-amount__currency-symbol" aria-hidden="true">$</span><span class="andes-money-amount__fraction" aria-hidden="true">650.000</span></span></div>'
        '<div class="ui-pdp-price__subtitles"><p class="ui-pdp-price__subtitles">Mismo precio en 6 cuotas de $108.333</p><p class="ui-pdp-color--GRAY">Precio sin impuestos nacionales: $537.190</p></div></div>'
        '<div class="ui-pdp-shipping"><p class="ui-pdp-color--GREEN">Envío gratis a todo el país</p></div>'
        '<div class="ui-pdp-stock-information"><p class="ui-pdp-stock-information__title">¡Último disponible!</p></div>'
        '<form class="ui-pdp-actions"><button class="andes-button andes-button--large andes-button--loud" type="submit"><span class="andes-button__content">Comprar ahora</span></button><button class="andes-button andes-button--large andes-button--quiet" type="submit"><span class="andes-button__content">Agregar al carrito</span></button></form>'
        '<div class="ui-pdp-seller"><p>Vendido por <a href="https://perfil.mercadolibre.com.ar/FOTOUSADOS">FOTOUSADOS</a></p></div>'
        '<div class="ui-pdp-specs"><h2>Características del producto</h2><table class="andes-table"><tr><th>Marca</th><td>Canon</td></tr><tr><th>Modelo</th><td>EOS Rebel T7</td></tr></table></div>'
        '<div class="ui-recommendations-carousel"><h2>Productos relacionados</h2><div class="ui-recommendations-card"><a href="https://articulo.mercadolibre.com.ar/MLA-1"><img src="https://http2.mlstatic.com/r1.webp"><p class="ui-recommendations-card__title">Nikon D3500 18-55</p><span class="andes-money-amount" role="img" aria-label="720000 pesos"><span class="andes-money-amount__fraction" aria-hidden="true">720.000</span></span></a></div></div></div></main>'
        '<footer class="nav-footer"><p>Copyright © 1999-2026 MercadoLibre S.R.L.</p></footer>',
    ),
    "Cámara Canon Eos Rebel T7 18-55mm Usada",
    650000.0,
    "ARS",
    "InStock",
)

# R4 Garbarino: discontinued / no stock text "Producto sin stock" and "Avisame cuando ingrese", the list price
case(
    "ar-garbarino-producto-sin-stock",
    "https://www.garbarino.com/producto/lavarropas-drean-next-8-14-p-eco-inverter/7a8b9c0d",
    doc(
        "es-AR",
        "Lavarropas Drean Next 8.14 P Eco Inverter 8kg | Garbarino",
        '<header class="header"><a class="header__logo" href="/"><img src="/static/logo-garbarino.svg" alt="Garbarino"></a><div class="header__search"><input placeholder="¿Qué estás buscando?"></div><a href="/carrito" class="header__cart">Carrito</a></header>'
        '<nav class="breadcrumb"><a href="/">Inicio</a> &gt; <a href="/categoria/electrodomesticos">Electrodomésticos</a> &gt; <a href="/categoria/lavarropas">Lavarropas</a></nav>'
        '<div class="product-detail"><div class="product-detail__images"><img class="product-detail__main-image" src="https://d2eebw31vcx88p.cloudfront.net/garbarino/uploads/7a8b9c0d-1.jpg" alt="Lavarropas Drean Next 8.14 P Eco Inverter 8kg"></div>'
        '<div class="product-detail__info"><h1 class="product-detail__title">Lavarropas Drean Next 8.14 P Eco Inverter 8kg</h1><p class="product-detail__sku">Código: 7a8b9c0d</p>'
        '<div class="product-detail__price"><span class="price-list">$1.049.999</span><span class="price-final">$839.999</span><span class="price-taxes">Precio sin impuestos nacionales $694.214</span></div>'
        '<div class="product-detail__stock product-detail__stock--empty"><span>Producto sin stock</span></div>'
        '<div class="product-detail__notify"><p>Avisame cuando ingrese</p><input type="email" placeholder="Tu email"><button class="btn btn-secondary">Avisame</button></div></div></div>'
        '<div class="product-specs"><h2>Especificaciones</h2><table><tr><td>Capacidad</td><td>8 kg</td></tr><tr><td>Centrifugado</td><td>1400 rpm</td></tr></table></div>'
        '<div class="related-products"><h2>Productos relacionados</h2><div class="product-card"><a href="/producto/lavarropas-whirlpool/1"><img src="https://d2eebw31vcx88p.cloudfront.net/r1.jpg"><p class="product-card__title">Lavarropas Whirlpool 8kg</p><p class="product-card__price">$799.999</p></a><button class="btn btn-primary">Comprar</button></div>'
        '<div class="product-card"><a href="/producto/lavarropas-samsung/2"><img src="https://d2eebw31vcx88p.cloudfront.net/r2.jpg"><p class="product-card__title">Lavarropas Samsung 9kg</p><p class="product-card__price">$1.099.999</p></a><button class="btn btn-primary">Comprar</button></div></div>'
        '<footer class="footer"><p>Garbarino S.A. 2026</p></footer>',
    ),
    "Lavarropas Drean Next 8.14 P Eco Inverter 8kg",
    839999.0,
    "ARS",
    "OutOfStock",
)


# ---- Slovenia ----------------------------------------------------------------------------------------

# S1 Mimovrste: Redna cena / the price, the coupon price ("Cena s kodo"), "Na zalogi" and "V košarico"
case(
    "si-mimovrste-cena-s-kodo",
    "https://www.mimovrste.com/sesalniki-roboti/xiaomi-robot-vacuum-x20-plus",
    doc(
        "sl",
        "Xiaomi Robot Vacuum X20+ robotski sesalnik | Mimovrste",
        '<div id="app"><header class="header"><a class="header__logo" href="/"><img src="/img/mimovrste-logo.svg" alt="Mimovrste"></a><form class="search"><input class="search__input" placeholder="Kaj iščete?"></form>'
        '<ul class="header__links"><li><a href="/moj-racun">Moj račun</a></li><li><a href="/kosarica">Košarica</a></li></ul></header>'
        '<nav class="breadcrumbs"><a href="/">Domov</a><a href="/gospodinjstvo">Gospodinjstvo</a><a href="/sesalniki">Sesalniki</a><a href="/sesalniki-roboti">Robotski sesalniki</a></nav>'
        '<section class="pro-main"><div class="pro-gallery"><div class="gallery__main"><img src="https://www.mimovrste.com/i/12345678/1000/1000" alt="Xiaomi Robot Vacuum X20+ robotski sesalnik"></div></div>'
        '<div class="pro-main-info"><h1 class="pro-main-info__name">Xiaomi Robot Vacuum X20+ robotski sesalnik</h1><div class="pro-main-info__meta"><span>Šifra: MM12345678</span><span class="rating">4,7 (86 ocen)</span></div>'
        '<div class="price-wrapper"><div class="price__rrp"><span class="price__label">Redna cena</span><del>649,99 €</del></div><div class="price__current"><span class="price__value">449,99 €</span><span class="price__discount">-31 %</span></div>'
        '<div class="price__coupon"><span>Cena s kodo <b>XMAS20</b>:</span> <strong>429,99 €</strong></div><div class="price__omnibus">Najnižja cena v zadnjih 30 dneh: 469,99 €</div></div>'
        '<div class="pro-availability"><span class="availability availability--in-stock">Na zalogi</span> · <span>Dostava v 1–2 delovnih dneh</span></div>'
        '<div class="pro-buy"><div class="qty"><input value="1"></div><button class="btn btn--primary btn--cart">V košarico</button></div>'
        '<div class="pro-installments">Obročno odplačevanje že od 37,50 € na mesec</div></div></section>'
        '<section class="pro-params"><h2>Tehnični podatki</h2><table><tr><th>Moč sesanja</th><td>6000 Pa</td></tr><tr><th>Postaja</th><td>samodejno praznjenje</td></tr></table></section>'
        '<section class="pro-reviews"><h2>Mnenja kupcev</h2><div class="review"><p>Kupil za 429,99 s kodo, odlično.</p></div></section>'
        '<section class="carousel carousel--similar"><h2>Podobni izdelki</h2><div class="pro-card"><a href="/p/1"><img src="https://www.mimovrste.com/i/1/300/300"><span class="pro-card__title">Roborock Q8 Max+</span></a><span class="pro-card__price">499,99 €</span><button class="btn">V košarico</button></div>'
        '<div class="pro-card"><a href="/p/2"><img src="https://www.mimovrste.com/i/2/300/300"><span class="pro-card__title">Dreame L10s Ultra</span></a><span class="pro-card__price">599,99 €</span><button class="btn">V košarico</button></div></section>'
        '<footer class="footer"><p>Mimovrste d.o.o., Ljubljana</p></footer></div>',
    ),
    "Xiaomi Robot Vacuum X20+ robotski sesalnik",
    449.99,
    "EUR",
    "InStock",
)

# S2 Big Bang: out of stock online ("Trenutno ni na zalogi"), "Obvesti me", the price with "Cena z DDV"
case(
    "si-bigbang-trenutno-ni-na-zalogi",
    "https://www.bigbang.si/izdelki/pralni-stroj-gorenje-wnei84aps-123456/",
    doc(
        "sl",
        "Pralni stroj GORENJE WNEI84APS | Big Bang",
        '<header class="bb-header"><a class="bb-header__logo" href="/"><img src="/static/img/bigbang-logo.svg" alt="Big Bang"></a><div class="bb-search"><input placeholder="Iskanje"></div>'
        '<a class="bb-header__stores" href="/trgovine/">Trgovine</a><a class="bb-header__cart" href="/kosarica/">Košarica</a></header>'
        '<ul class="bb-breadcrumbs"><li><a href="/">Domov</a></li><li><a href="/bela-tehnika/">Bela tehnika</a></li><li><a href="/bela-tehnika/pralni-stroji/">Pralni stroji</a></li></ul>'
        '<div class="product-detail"><div class="product-detail__gallery"><img class="product-detail__image" src="https://www.bigbang.si/upload/catalog/product/123456/wnei84aps_1.jpg" alt="Pralni stroj GORENJE WNEI84APS"></div>'
        '<div class="product-detail__content"><h1 class="product-detail__title">Pralni stroj GORENJE WNEI84APS</h1><p class="product-detail__code">Šifra: 123456</p>'
        '<div class="product-detail__prices"><div class="cp-old-price"><span>Redna cena:</span> <span>599,99 €</span></div><div class="cp-current-price"><span class="cp-price">479,99 €</span><span class="cp-tax">Cena z DDV</span></div>'
        '<div class="cp-lowest">Najnižja cena v zadnjih 30 dneh: 499,99 €</div></div>'
        '<div class="product-detail__stock"><span class="stock-status stock-status--unavailable">Trenutno ni na zalogi</span></div>'
        '<div class="product-detail__actions"><button class="btn btn-outline js-notify">Obvesti me, ko bo na zalogi</button></div>'
        '<div class="product-detail__stores"><a href="#stores">Preveri zalogo v trgovinah</a></div></div></div>'
        '<div class="product-specs"><h2>Specifikacije</h2><table><tr><td>Kapaciteta</td><td>8 kg</td></tr><tr><td>Energijski razred</td><td>A</td></tr></table></div>'
        '<div class="product-slider"><h2>Podobni izdelki</h2><div class="cp-card"><a href="/izdelki/pralni-stroj-beko-1/"><img src="https://www.bigbang.si/upload/r1.jpg"><span class="cp-card__title">Pralni stroj BEKO B5WFU</span></a><span class="cp-price">429,99 €</span><span class="stock-status">Na zalogi</span><button class="btn btn-primary">V košarico</button></div>'
        '<div class="cp-card"><a href="/izdelki/pralni-stroj-bosch-2/"><img src="https://www.bigbang.si/upload/r2.jpg"><span class="cp-card__title">Pralni stroj BOSCH WGG14</span></a><span class="cp-price">649,99 €</span><span class="stock-status">Na zalogi</span><button class="btn btn-primary">V košarico</button></div></div>'
        '<footer class="bb-footer"><p>Big Bang, d.o.o., Šmartinska 152, Ljubljana</p></footer>',
    ),
    "Pralni stroj GORENJE WNEI84APS",
    479.99,
    "EUR",
    "OutOfStock",
)

# S3 Merkur: pre-order ("Prednaročilo", available from a date), the price and a pre-order button
case(
    "si-merkur-prednarocilo",
    "https://www.merkur.si/igralna-konzola-nintendo-switch-2-mario-kart-world-bundle",
    doc(
        "sl",
        "Igralna konzola Nintendo Switch 2 + Mario Kart World | Merkur trgovina",
        '<header class="page-header"><a class="logo" href="https://www.merkur.si/"><img src="https://www.merkur.si/static/frontend/Merkur/default/sl_SI/images/logo.svg" alt="Merkur"></a>'
        '<div class="block-search"><input id="search" placeholder="Iskanje po trgovini"></div><div class="minicart-wrapper"><a class="action showcart" href="https://www.merkur.si/checkout/cart/">Košarica</a></div></header>'
        '<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="https://www.merkur.si/">Domov</a></li><li class="item"><a href="/zabavna-elektronika">Zabavna elektronika</a></li><li class="item"><a href="/igralne-konzole">Igralne konzole</a></li></ul></div>'
        '<main id="maincontent" class="page-main"><div class="product-info-main"><div class="page-title-wrapper product"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper">Igralna konzola Nintendo Switch 2 + Mario Kart World</span></h1></div>'
        '<div class="product-info-price"><div class="price-box price-final_price"><span class="price-container price-final_price"><span id="product-price-88123" class="price-wrapper"><span class="price">509,99 €</span></span></span></div></div>'
        '<div class="product-info-stock-sku"><div class="stock preorder"><span>Prednaročilo – na voljo od 15. 1. 2027</span></div><div class="product attribute sku"><strong class="type">Šifra</strong><div class="value">0088123</div></div></div>'
        '<div class="box-tocart"><button type="submit" title="Prednaroči" class="action primary tocart" id="product-addtocart-button"><span>Prednaroči</span></button></div></div>'
        '<div class="product media"><div class="gallery-placeholder"><img class="gallery-placeholder__image" src="https://www.merkur.si/media/catalog/product/cache/a1b2c3/n/s/ns2-mkw-bundle.jpg" alt="Igralna konzola Nintendo Switch 2 + Mario Kart World"></div></div>'
        '<div class="product info detailed"><h2>Podrobnosti</h2><table class="data table additional-attributes"><tr><th>Blagovna znamka</th><td>Nintendo</td></tr><tr><th>Barva</th><td>črna</td></tr></table></div>'
        '<div class="block related"><h2>Sorodni izdelki</h2><ol class="products list items product-items"><li class="item product product-item"><a class="product-item-link" href="/nintendo-switch-oled">Nintendo Switch OLED</a><span class="price">349,99 €</span><button class="action tocart primary">V košarico</button></li>'
        '<li class="item product product-item"><a class="product-item-link" href="/switch-pro-controller">Nintendo Switch Pro Controller</a><span class="price">69,99 €</span><button class="action tocart primary">V košarico</button></li></ol></div></main>'
        '<footer class="page-footer"><p>Merkur trgovina, d.o.o., Naklo</p></footer>',
    ),
    "Igralna konzola Nintendo Switch 2 + Mario Kart World",
    509.99,
    "EUR",
    "PreOrder",
)


# ---- Croatia -----------------------------------------------------------------------------------------

# H1 Links.hr: "Web cijena" beside "MPC", "Nije dostupno" online with "Dostupno u poslovnicama: 0"
case(
    "hr-links-nije-dostupno",
    "https://www.links.hr/hr/mobitel-apple-iphone-16-128gb-crni-010204567",
    doc(
        "hr",
        "Mobitel Apple iPhone 16, 128GB, crni | Links.hr",
        '<div class="master-wrapper-page"><div class="header"><div class="header-logo"><a href="/hr/"><img src="/Themes/Links/Content/images/logo.svg" alt="Links"></a></div>'
        '<div class="search-box"><input class="search-box-text" placeholder="Pretraži trgovinu"></div><div class="header-links"><a href="/hr/customer/info">Moj račun</a><a href="/hr/cart" class="ico-cart">Košarica (0)</a></div></div>'
        '<div class="header-menu"><ul class="top-menu"><li><a href="/hr/mobiteli">Mobiteli</a></li><li><a href="/hr/laptopi">Laptopi</a></li></ul></div>'
        '<div class="breadcrumb"><ul><li><a href="/hr/">Početna</a></li><li><a href="/hr/mobiteli-i-tableti">Mobiteli i tableti</a></li><li><a href="/hr/mobiteli">Mobiteli</a></li></ul></div>'
        '<div class="page product-details-page"><div class="product-essential"><div class="gallery"><div class="picture"><img id="main-product-img-12345" src="https://www.links.hr/content/images/thumbs/010/0102045_mobitel-apple-iphone-16-128gb-crni.jpeg" alt="Slika Mobitel Apple iPhone 16, 128GB, crni"></div></div>'
        '<div class="overview"><div class="product-name"><h1>Mobitel Apple iPhone 16, 128GB, crni</h1></div><div class="sku"><span class="label">Šifra:</span> <span class="value">010204567</span></div>'
        '<div class="prices"><div class="old-product-price"><span class="label">MPC:</span> <span>1.029,00 €</span></div><div class="product-price"><span class="label">Web cijena:</span> <span class="price-value-12345">939,00 €</span></div>'
        '<div class="omnibus-price">Najniža cijena u zadnjih 30 dana: 959,00 €</div></div>'
        '<div class="stock"><span class="label">Dostupnost:</span> <span class="value">Nije dostupno</span></div>'
        '<div class="store-availability">Dostupno u poslovnicama: 0</div>'
        '<div class="product-installments">Plaćanje na 24 rate bez kamata</div>'
        '<div class="add-to-wishlist"><button class="button-2 add-to-wishlist-button">Dodaj u listu želja</button></div></div></div>'
        '<div class="product-specs-box"><div class="title"><strong>Specifikacija</strong></div><table class="data-table"><tr><td class="spec-name">Zaslon</td><td class="spec-value">6,1"</td></tr><tr><td class="spec-name">Memorija</td><td class="spec-value">128 GB</td></tr></table></div>'
        '<div class="also-purchased-products-grid product-grid"><div class="title"><strong>Kupci koji su kupili ovaj proizvod također su kupili</strong></div><div class="item-grid"><div class="item-box"><div class="product-item"><h2 class="product-title"><a href="/hr/maskica-iphone-16">Maskica za iPhone 16</a></h2><div class="prices"><span class="price actual-price">19,99 €</span></div><button class="button-2 product-box-add-to-cart-button">U košaricu</button></div></div>'
        '<div class="item-box"><div class="product-item"><h2 class="product-title"><a href="/hr/punjac-apple-20w">Punjač Apple 20W</a></h2><div class="prices"><span class="price actual-price">24,99 €</span></div><button class="button-2 product-box-add-to-cart-button">U košaricu</button></div></div></div></div></div>'
        '<div class="footer"><p>Links d.o.o., Zagreb</p></div></div>',
    ),
    "Mobitel Apple iPhone 16, 128GB, crni",
    939.0,
    "EUR",
    "OutOfStock",
)

# H2 Sancta Domenica: Magento with "Akcijska cijena", "Redovna cijena", "Cijena za gotovinu" and its stock line
case(
    "hr-sancta-domenica-akcijska-cijena",
    "https://www.sancta-domenica.hr/hladnjak-bosch-kgn39vleb.html",
    doc(
        "hr",
        "Hladnjak BOSCH KGN39VLEB - Sancta Domenica",
        '<header class="page-header"><div class="header content"><a class="logo" href="https://www.sancta-domenica.hr/"><img src="https://www.sancta-domenica.hr/static/frontend/SD/default/hr_HR/images/logo.svg" alt="Sancta Domenica"></a>'
        '<div class="block block-search"><input id="search" placeholder="Pretraži"></div><div class="minicart-wrapper"><a class="action showcart" href="/checkout/cart/">Košarica</a></div></div>'
        '<nav class="navigation"><ul><li><a href="/bijela-tehnika.html">Bijela tehnika</a></li><li><a href="/tv-audio-video.html">TV, audio, video</a></li></ul></nav></header>'
        '<div class="breadcrumbs"><ul class="items"><li class="item"><a href="/">Naslovnica</a></li><li class="item"><a href="/bijela-tehnika.html">Bijela tehnika</a></li><li class="item"><a href="/bijela-tehnika/hladnjaci.html">Hladnjaci</a></li></ul></div>'
        '<main id="maincontent" class="page-main"><div class="columns"><div class="product media"><div class="fotorama__stage"><img class="fotorama__img" src="https://www.sancta-domenica.hr/media/catalog/product/cache/5f2a/k/g/kgn39vleb_1.jpg" alt="Hladnjak BOSCH KGN39VLEB"></div></div>'
        '<div class="product-info-main"><div class="page-title-wrapper product"><h1 class="page-title"><span class="base">Hladnjak BOSCH KGN39VLEB</span></h1></div>'
        '<div class="product attribute sku"><strong class="type">Šifra proizvoda</strong> <div class="value">BOSKGN39VLEB</div></div>'
        '<div class="product-info-price"><div class="price-box price-final_price"><span class="special-price"><span class="price-container"><span class="price-label">Akcijska cijena</span><span id="product-price-45678" class="price-wrapper"><span class="price">649,99 €</span></span></span></span>'
        '<span class="old-price"><span class="price-container"><span class="price-label">Redovna cijena</span><span id="old-price-45678" class="price-wrapper"><span class="price">799,99 €</span></span></span></span></div>'
        '<div class="cash-price">Cijena za gotovinu i jednokratno plaćanje karticom: <span class="price">617,49 €</span></div>'
        '<div class="lowest-price">Najniža cijena u zadnjih 30 dana: 699,99 €</div></div>'
        '<div class="stock available"><span>Raspoloživo: web skladište</span></div>'
        '<div class="box-tocart"><div class="field qty"><input id="qty" value="1"></div><button type="submit" id="product-addtocart-button" class="action primary tocart"><span>Dodaj u košaricu</span></button></div></div></div>'
        '<div class="product info detailed"><div class="data item content"><table class="data table additional-attributes"><tr><th>Proizvođač</th><td>Bosch</td></tr><tr><th>Volumen</th><td>363 l</td></tr></table></div></div>'
        '<div class="block upsell"><h2>Možda će vas zanimati</h2><ol class="products list items"><li class="item product product-item"><a class="product-item-link" href="/hladnjak-gorenje.html">Hladnjak GORENJE NRK6192</a><span class="price">549,99 €</span></li>'
        '<li class="item product product-item"><a class="product-item-link" href="/hladnjak-samsung.html">Hladnjak SAMSUNG RB34</a><span class="price">599,99 €</span></li></ol></div></main>'
        '<footer class="page-footer"><p>Sancta Domenica d.o.o., Zagreb</p></footer>',
    ),
    "Hladnjak BOSCH KGN39VLEB",
    649.99,
    "EUR",
    "InStock",
)

# H3 Elipso: no longer sold ("Proizvod više nije u prodaji"), the last price, no buy button
case(
    "hr-elipso-vise-nije-u-prodaji",
    "https://www.elipso.hr/televizor-lg-oled55c3-55-oled-4k/",
    doc(
        "hr",
        "Televizor LG OLED55C3 55&quot; OLED 4K | Elipso",
        '<header class="el-header"><a class="el-header__logo" href="/"><img src="/img/elipso.svg" alt="Elipso"></a><div class="el-search"><input placeholder="Što tražite?"></div><a href="/kosarica/">Košarica</a></header>'
        '<div class="el-breadcrumbs"><a href="/">Početna</a> / <a href="/tv-video/">TV i video</a> / <a href="/televizori/">Televizori</a></div>'
        '<div class="el-product"><div class="el-product__images"><img src="https://www.elipso.hr/images/products/oled55c3-big.jpg" alt="Televizor LG OLED55C3 55&quot; OLED 4K"></div>'
        '<div class="el-product__info"><h1 class="el-product__name">Televizor LG OLED55C3 55" OLED 4K</h1><div class="el-product__code">Šifra artikla: 2034567</div>'
        '<div class="el-product__price"><span class="el-price">1.199,00 €</span></div>'
        '<div class="el-product__notice el-product__notice--inactive">Proizvod više nije u prodaji.</div></div></div>'
        '<div class="el-specs"><h2>Specifikacije</h2><ul><li>Dijagonala: 139 cm</li><li>Rezolucija: 3840 x 2160</li></ul></div>'
        '<div class="el-related"><h2>Slični proizvodi</h2><div class="el-card"><a href="/televizor-lg-oled55c4/"><img src="/images/r1.jpg"><span class="el-card__name">Televizor LG OLED55C4</span></a><span class="el-price">1.299,00 €</span><button class="el-btn">Dodaj u košaricu</button></div>'
        '<div class="el-card"><a href="/televizor-samsung-qe55s90d/"><img src="/images/r2.jpg"><span class="el-card__name">Televizor Samsung QE55S90D</span></a><span class="el-price">1.099,00 €</span><button class="el-btn">Dodaj u košaricu</button></div></div>'
        '<footer class="el-footer"><p>Elipso d.o.o.</p></footer>',
    ),
    'Televizor LG OLED55C3 55" OLED 4K',
    1199.0,
    "EUR",
    "OutOfStock",
)

# H4 eKupi: a marketplace item from a seller, "Isporuka za 2-4 radna dana", "Na stanju" and "Dodaj u košaricu"
case(
    "hr-ekupi-seller-item",
    "https://www.ekupi.hr/hr/Dom-i-vrt/Kuhinja/Aparati-za-kavu/De%27Longhi-aparat-za-kavu-Magnifica-S-ECAM22-110-B/p/EK000345678",
    doc(
        "hr",
        "De&#039;Longhi aparat za kavu Magnifica S ECAM22.110.B | eKupi",
        '<header class="main-header"><a class="logo" href="/hr/"><img src="/_ui/responsive/theme-ekupi/images/logo.svg" alt="eKupi"></a><div class="site-search"><input class="js-site-search-input" placeholder="Pretraži"></div>'
        '<ul class="nav-links"><li><a href="/hr/login">Prijava</a></li><li><a href="/hr/cart" class="mini-cart-link">Košarica</a></li></ul></header>'
        '<div class="breadcrumb-section"><ol class="breadcrumb"><li><a href="/hr/">Početna</a></li><li><a href="/hr/Dom-i-vrt/c/10">Dom i vrt</a></li><li><a href="/hr/Dom-i-vrt/Kuhinja/c/101">Kuhinja</a></li><li class="active">Aparati za kavu</li></ol></div>'
        '<div class="product-details page-details"><div class="product-main-info"><div class="product-image-gallery"><div class="image-gallery__image"><img class="lazyOwl" src="https://www.ekupi.hr/medias/EK000345678-1-515Wx515H?context=bWFzdGVy" alt="De&#039;Longhi aparat za kavu Magnifica S ECAM22.110.B"></div></div>'
        '<div class="product-details-info"><div class="name"><h1>De\'Longhi aparat za kavu Magnifica S ECAM22.110.B</h1></div><div class="code">Šifra: EK000345678</div>'
        '<div class="price-block"><p class="old-price">449,00 €</p><p class="price">329,00 €</p><p class="price-note">Ušteda: 120,00 €</p><p class="omnibus">Najniža cijena u posljednjih 30 dana: 339,00 €</p></div>'
        '<div class="seller-info">Prodavatelj: <a href="/hr/seller/tehnomag">Tehnomag d.o.o.</a></div>'
        '<div class="stock-status"><span class="in-stock">Na stanju</span> · Isporuka za 2-4 radna dana</div>'
        '<div class="installments">Plati na rate: 12 x 27,42 €</div>'
        '<form class="add_to_cart_form"><button type="submit" class="btn btn-primary btn-block js-add-to-cart">Dodaj u košaricu</button></form></div></div></div>'
        '<div class="product-classifications"><h2>Specifikacije</h2><table><tr><td>Tlak pumpe</td><td>15 bar</td></tr><tr><td>Spremnik za vodu</td><td>1,8 l</td></tr></table></div>'
        '<div class="carousel-component"><h2>Preporučujemo</h2><div class="carousel__item"><a href="/hr/p/EK1"><img src="https://www.ekupi.hr/medias/EK1.jpg"><div class="carousel__item--name">Philips EP2220/10</div><div class="carousel__item--price">299,00 €</div></a></div>'
        '<div class="carousel__item"><a href="/hr/p/EK2"><img src="https://www.ekupi.hr/medias/EK2.jpg"><div class="carousel__item--name">Krups EA8150</div><div class="carousel__item--price">349,00 €</div></a></div></div>'
        '<footer class="footer"><p>eKupi d.o.o. Zagreb</p></footer>',
    ),
    "De'Longhi aparat za kavu Magnifica S ECAM22.110.B",
    329.0,
    "EUR",
    "InStock",
)


# ---- batch 2: shapes aimed at pages taken for no product page ---------------------------------------

# B1 Amazon.it fetched from abroad: "Impossibile spedire" to the chosen location, the price shown, no cart button
case(
    "amazon-it-cannot-ship-to-location",
    "https://www.amazon.it/Lavazza-Caff%C3%A8-Qualit%C3%A0-Oro-Grani/dp/B000Q5XJAO",
    amz_page(
        "it-it",
        "amazon.it",
        "Lavazza, Caffè in Grani Qualità Oro, 1 Kg : Amazon.it: Alimentari e cura della casa",
        amz_nav(
            "amazon.it", "Consegna a", "Tutte le categorie", "Account e liste", "Resi e ordini", "Carrello"
        ),
        ["Alimentari e cura della casa", "Caffè, tè e bevande", "Caffè", "Caffè in grani"],
        amz_gallery("81LavOro", "Lavazza Qualità Oro caffè in grani"),
        amz_title(
            "Lavazza, Caffè in Grani Qualità Oro, 1 Kg", "Visita lo Store di Lavazza", "4,7 su 5 stelle"
        )
        + '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"><div class="a-section aok-relative">'
        + amz_price("18", "99", "€", True)
        + '<span class="aok-offscreen"> 18,99 € </span></div><div class="a-section"><span class="a-size-mini">(18,99 € / kg)</span></div></div></div>',
        '<div id="exports_desktop_undeliverable_buybox" class="a-box"><div class="a-box-inner"><div id="exports_desktop_undeliverable_buybox_priceInsideBuybox_feature_div">'
        + amz_price("18", "99", "€", True, offscreen="18,99&nbsp;€", size="l")
        + '</div><div class="a-section a-spacing-base"><span class="a-color-error a-text-bold">Impossibile spedire questo articolo all\'indirizzo di consegna selezionato.</span> '
        '<span>Seleziona un indirizzo di consegna diverso.</span></div><div id="contextualIngressPt"><a href="#">Consegna a Stati Uniti</a></div>'
        '<div class="a-section"><a class="a-button a-button-base" href="/s?k=caff%C3%A8+in+grani">Vedi articoli simili</a></div></div></div>',
        amz_carousel(
            "Articoli simili che vengono spediti in Stati Uniti",
            [
                ("Kimbo Caffè in Grani Espresso Napoletano 1 Kg", "17,49 €"),
                ("Illy Caffè in Grani Classico 1,5 Kg", "39,90 €"),
                ("Segafredo Intermezzo 1 Kg", "14,99 €"),
            ],
        )
        + amz_details(
            "Informazioni sul prodotto",
            [("Marca", "Lavazza"), ("Peso articolo", "1 kg"), ("ASIN", "B000Q5XJAO")],
        )
        + amz_reviews(
            "Recensioni migliori da Italia",
            "5,0 su 5 stelle",
            ["Il migliore in grani.", "Sempre ottimo, arrivato in due giorni."],
        ),
    ),
    "Lavazza, Caffè in Grani Qualità Oro, 1 Kg",
    18.99,
    "EUR",
    None,
)

# B2 Amazon.fr fetched from abroad: "Cet article ne peut pas être expédié", price in the undeliverable buy box only
case(
    "amazon-fr-ne-peut-pas-etre-expedie",
    "https://www.amazon.fr/Lego-Technic-Porsche-GT4-42176/dp/B0CFW2PNX3",
    amz_page(
        "fr-fr",
        "amazon.fr",
        "LEGO Technic Porsche GT4 e-Performance Race Car 42176 : Amazon.fr: Jeux et Jouets",
        amz_nav(
            "amazon.fr",
            "Livraison à",
            "Toutes nos catégories",
            "Compte et listes",
            "Retours et Commandes",
            "Panier",
        ),
        ["Jeux et Jouets", "Jeux de construction", "LEGO"],
        amz_gallery("81LegoGT4", "LEGO Technic Porsche GT4"),
        amz_title(
            "LEGO Technic Porsche GT4 e-Performance Race Car 42176",
            "Visiter la boutique LEGO",
            "4,8 sur 5 étoiles",
        )
        + '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"></div></div>'
        '<div id="featurebullets_feature_div"><h1 class="a-size-base-plus a-text-bold">À propos de cet article</h1><ul><li><span class="a-list-item">Voiture télécommandée à construire, application CONTROL+</span></li></ul></div>',
        '<div id="exports_desktop_undeliverable_buybox" class="a-box"><div class="a-box-inner"><div id="exports_desktop_undeliverable_buybox_priceInsideBuybox_feature_div">'
        + amz_price("149", "99", "€", True, offscreen="149,99&nbsp;€", size="l")
        + '</div><div class="a-section"><span class="a-color-error">Cet article ne peut pas être expédié à l\'adresse de livraison sélectionnée.</span> '
        '<span>Veuillez choisir une autre adresse de livraison.</span></div><div><a href="#">Livraison à États-Unis</a></div></div></div>',
        amz_carousel(
            "Articles similaires expédiés vers États-Unis",
            [("LEGO Technic Ford Mustang Shelby GT500", "49,99 €"), ("LEGO Technic McLaren P1", "399,99 €")],
        )
        + amz_details(
            "Informations sur le produit",
            [("Marque", "LEGO"), ("Nombre de pièces", "834"), ("Numéro du modèle de l'article", "42176")],
        )
        + amz_reviews(
            "Meilleures évaluations de France",
            "5,0 sur 5 étoiles",
            ["Super modèle, l'application est géniale."],
        ),
    ),
    "LEGO Technic Porsche GT4 e-Performance Race Car 42176",
    149.99,
    "EUR",
    None,
)

# B3 Amazon.com in Spanish (/-/es/): "No disponible por el momento." without a price
case(
    "amazon-com-es-ui-no-disponible",
    "https://www.amazon.com/-/es/Cuisinart-DCC-3200P1-Perfectemp-Programable-Cafetera/dp/B077KDLCWB",
    amz_page(
        "es-us",
        "amazon.com",
        "Amazon.com: Cuisinart DCC-3200P1 Cafetera programable Perfectemp de 14 tazas, acero inoxidable : Hogar y Cocina",
        amz_nav(
            "amazon.com",
            "Entregar a",
            "Todos los departamentos",
            "Cuenta y Listas",
            "Devoluciones y Pedidos",
            "Carrito",
        ),
        ["Hogar y Cocina", "Cocina y Comedor", "Cafeteras"],
        amz_gallery("81CuisCafe", "Cuisinart DCC-3200P1 Cafetera"),
        amz_title(
            "Cuisinart DCC-3200P1 Cafetera programable Perfectemp de 14 tazas, acero inoxidable",
            "Visita la tienda de Cuisinart",
            "4.4 de 5 estrellas",
        )
        + '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"></div></div>',
        '<div id="outOfStock" class="a-box"><div class="a-box-inner"><div class="a-section a-text-center"><span class="a-color-price a-text-bold">No disponible por el momento.</span><br>'
        'No sabemos cuándo ni si este producto volverá a estar disponible.</div><span class="a-button a-button-base"><a href="/gp/registry/wishlist/add" class="a-button-text">Agregar a la Lista</a></span></div></div>',
        amz_carousel(
            "Productos relacionados con este artículo",
            [
                ("Mr. Coffee Cafetera de 12 tazas", "US$39.99"),
                ("Hamilton Beach Cafetera 2 vías", "US$69.99"),
                ("BLACK+DECKER Cafetera 12 tazas", "US$24.99"),
            ],
            "Agregar al carrito",
        )
        + amz_details(
            "Información del producto",
            [("Marca", "Cuisinart"), ("Capacidad", "14 tazas"), ("ASIN", "B077KDLCWB")],
        )
        + amz_reviews(
            "Principales reseñas de Estados Unidos",
            "5.0 de 5 estrellas",
            ["Excelente cafetera, el café sale muy caliente."],
        ),
    ),
    "Cuisinart DCC-3200P1 Cafetera programable Perfectemp de 14 tazas, acero inoxidable",
    None,
    None,
    "OutOfStock",
)

# B4 Amazon.de in English (/-/en/): "Add to Basket", the price's parts only (blank a-offscreen everywhere)
case(
    "amazon-de-en-ui-blank-offscreen-only",
    "https://www.amazon.de/-/en/Kärcher-Pressure-Washer-K-Power/dp/B0BX9KJ3CR",
    amz_page(
        "en-gb",
        "amazon.de",
        "Kärcher K 4 Power Control Pressure Washer, 130 bar : Amazon.de: Garden",
        amz_nav("amazon.de", "Deliver to", "All", "Account &amp; Lists", "Returns &amp; Orders", "Basket"),
        ["Garden", "Garden Tools", "Pressure Washers"],
        amz_gallery("71KarcherK4", "Kärcher K 4 Power Control"),
        amz_title(
            "Kärcher K 4 Power Control Pressure Washer, 130 bar, for 30 m²/h",
            "Visit the Kärcher Store",
            "4.6 out of 5 stars",
        )
        + '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"><div class="a-section aok-relative">'
        '<span class="a-size-large a-color-price savingsPercentage">-26%</span>'
        + amz_price("199", "99", "€", True)
        + '</div><div class="a-section"><span class="a-size-small a-color-secondary basisPrice">RRP: '
        '<span class="a-price a-text-price" data-a-strike="true"><span class="a-offscreen"> </span><span aria-hidden="true">269,99 €</span></span></span></div>'
        '<div class="a-section"><span class="a-size-small">Price incl. VAT. Depending on the delivery address, VAT may vary at checkout.</span></div></div></div>',
        '<div class="a-box"><div class="a-box-inner">'
        + amz_price("199", "99", "€", True, size="l")
        + '<div id="mir-layout-DELIVERY_BLOCK"><span>FREE delivery <b>Friday, 4 December</b></span></div><div id="availability"><span class="a-color-success">In stock</span></div>'
        '<input id="add-to-cart-button" type="submit" value="Add to Basket" aria-labelledby="submit.add-to-cart-announce"><span id="submit.add-to-cart-announce" class="a-button-text">Add to Basket</span>'
        '<input id="buy-now-button" type="submit" value="Buy Now"></div></div>',
        amz_carousel(
            "Products related to this item",
            [("Kärcher K 3 Power Control", "149,99 €"), ("Kärcher T 5 Surface Cleaner", "59,99 €")],
        )
        + amz_details(
            "Product information",
            [("Brand", "Kärcher"), ("Maximum Pressure", "130 bar"), ("ASIN", "B0BX9KJ3CR")],
        )
        + amz_reviews(
            "Top reviews from Germany", "5.0 out of 5 stars", ["Does the job, much cheaper than the RRP."]
        ),
    ),
    "Kärcher K 4 Power Control Pressure Washer, 130 bar, for 30 m²/h",
    199.99,
    "EUR",
    "InStock",
)

# B5 a Kazakh shop on Tilda: the store popup's name div, the price's number and currency in sibling divs
case(
    "kz-tilda-store-price-currency-sibling",
    "https://aruzhan-ceramics.kz/tproduct/512345678-987654321012-vaza-keramicheskaya-dala",
    doc(
        "ru",
        "Ваза керамическая «Дала» ручной работы",
        '<div id="allrecords" class="t-records" data-tilda-project-id="4567890"><div id="rec601" class="r t-rec" data-record-type="257"><div class="t228"><div class="t228__maincontainer">'
        '<div class="t228__leftside"><a href="/" class="t228__imglink"><img src="https://static.tildacdn.com/tild3131-6362/logo.png" class="t228__imglogo" imgfield="img" alt="Aruzhan Ceramics"></a></div>'
        '<nav class="t228__centerside"><ul class="t228__list"><li class="t228__list_item"><a class="t-menu__link-item" href="/catalog">Каталог</a></li><li class="t228__list_item"><a class="t-menu__link-item" href="/about">О нас</a></li><li class="t228__list_item"><a class="t-menu__link-item" href="/delivery">Доставка</a></li></ul></nav>'
        '<div class="t228__rightside"><a href="tel:+77011234567" class="t228__right_descr">+7 701 123 45 67</a></div></div></div></div>'
        '<div id="rec602" class="r t-rec" data-record-type="1039"><div class="t-store t-store__prod-snippet__container"><div class="t-container">'
        '<div class="t-store__prod-popup__col-left t-store__prod-popup__col t-col t-col_6"><div class="t-slds"><div class="t-slds__item t-slds__item_active">'
        '<div class="t-slds__bgimg t-bgimg" data-original="https://static.tildacdn.com/stor6431-3538-4565-b838-326433396235/12345678.jpg" style="background-image:url(\'https://thb.tildacdn.com/stor6431-3538-4565-b838-326433396235/-/resize/20x/12345678.jpg\');"></div>'
        '<meta itemprop="image" content="https://static.tildacdn.com/stor6431-3538-4565-b838-326433396235/12345678.jpg"></div></div></div>'
        '<div class="t-store__prod-popup__col-right t-store__prod-popup__info t-col t-col_6"><div class="t-store__prod-popup__title-wrapper">'
        '<h1 class="js-store-prod-name js-product-name t-store__prod-popup__name t-name t-name_xl">Ваза керамическая «Дала» ручной работы</h1>'
        '<div class="t-store__prod-popup__brand t-descr t-descr_xxs">Aruzhan Ceramics</div><div class="t-store__prod-popup__sku t-descr t-descr_xxs">Артикул: <span class="js-store-prod-sku js-product-sku">DALA-02</span></div></div>'
        '<div class="js-store-price-wrapper t-store__prod-popup__price-wrapper"><div class="js-store-prod-price t-store__prod-popup__price t-store__prod-popup__price-item t-name t-name_md">'
        '<div class="js-product-price js-store-prod-price-val t-store__prod-popup__price-value" data-product-price-def="18900" data-product-price-def-str="18900">18 900</div><div class="t-store__prod-popup__price-currency">тенге</div></div>'
        '<div class="js-store-prod-price-old t-store__prod-popup__price_old t-store__prod-popup__price-item t-name t-name_md"><div class="js-store-prod-price-old-val t-store__prod-popup__price-value">22 500</div><div class="t-store__prod-popup__price-currency">тенге</div></div></div>'
        '<div class="js-product-controls-wrapper"><div class="t-product__option"><div class="t-product__option-title t-descr t-descr_xxs">Цвет</div><select class="t-product__option-select"><option>Песочный</option><option>Терракот</option></select></div></div>'
        '<div class="t-store__prod-popup__btn-wrapper"><a href="#order" class="t-store__prod-popup__btn t-btn t-btn_sm"><table role="presentation" style="width:100%;height:100%;"><tbody><tr><td class="js-store-prod-popup-buy-btn-txt">Купить</td></tr></tbody></table></a></div>'
        '<div class="js-store-prod-text t-store__prod-popup__text t-descr t-descr_xxs">Ваза ручной работы из красной глины, высота 28 см. Каждое изделие уникально.</div></div></div></div></div>'
        '<div id="rec603" class="r t-rec"><div class="t-store t-store__relevants__container"><div class="t-store__relevants__title t-uptitle t-uptitle_xxl">Смотрите также</div>'
        '<div class="t-store__card-list">'
        + "".join(
            f'<div class="t-store__card t-store__stretch-col"><a href="/tproduct/512345678-{n}"><div class="t-store__card__imgwrapper"><div class="t-store__card__bgimg t-bgimg" data-original="https://static.tildacdn.com/stor/{n}.jpg"></div></div>'
            f'<div class="t-store__card__textwrapper"><div class="js-store-prod-name js-product-name t-store__card__title t-name t-name_xs">{t}</div></div></a>'
            f'<div class="t-store__card__price-wrapper"><div class="t-store__card__price t-store__card__price-item t-name t-name_xs"><div class="js-product-price js-store-prod-price-val t-store__card__price-value">{p}</div><div class="t-store__card__price-currency">тенге</div></div></div></div>'
            for n, t, p in [
                ("111", "Пиала «Көк»", "6 500"),
                ("222", "Кувшин «Арна»", "14 900"),
                ("333", "Тарелка «Ою»", "8 900"),
            ]
        )
        + '</div></div></div><div id="rec604" class="r t-rec"><div class="t420"><div class="t420__text">© 2026 Aruzhan Ceramics, Алматы</div></div></div></div>',
    ),
    "Ваза керамическая «Дала» ручной работы",
    18900.0,
    "KZT",
    "InStock",
)

# B6 an Argentinian VTEX IO store: the price written by FormattedCurrency, every group of digits its own span
_VTEX_PRICE = (
    '<span class="vtex-product-price-1-x-currencyCode">$</span><span class="vtex-product-price-1-x-currencyLiteral">&nbsp;</span>'
    '<span class="vtex-product-price-1-x-currencyInteger">{a}</span><span class="vtex-product-price-1-x-currencyGroup">.</span>'
    '<span class="vtex-product-price-1-x-currencyInteger">{b}</span><span class="vtex-product-price-1-x-currencyGroup">.</span>'
    '<span class="vtex-product-price-1-x-currencyInteger">{c}</span>'
)
case(
    "ar-vtex-io-formatted-currency-groups",
    "https://www.tiendaelectro.com.ar/heladera-samsung-rt38-no-frost-382l/p",
    doc(
        "es-AR",
        "Heladera Samsung No Frost RT38 382 L Inox - Tienda Electro",
        '<div class="render-container render-route-store-product"><div class="vtex-store__template"><header class="vtex-store-header-2-x-headerStickyRow">'
        '<a class="vtex-store-components-3-x-logoLink" href="/"><img class="vtex-store-components-3-x-logoImage" src="https://tiendaelectro.vtexassets.com/assets/logo.svg" alt="Tienda Electro"></a>'
        '<div class="vtex-store-components-3-x-searchBarContainer"><input class="vtex-styleguide-9-x-input" placeholder="¿Qué estás buscando?"></div>'
        '<a class="vtex-minicart-2-x-openIconContainer" href="/checkout/#/cart">Carrito</a></header>'
        '<div class="vtex-breadcrumb-1-x-container"><a class="vtex-breadcrumb-1-x-link" href="/">Inicio</a><a class="vtex-breadcrumb-1-x-link" href="/electrodomesticos">Electrodomésticos</a><a class="vtex-breadcrumb-1-x-link" href="/electrodomesticos/heladeras">Heladeras</a></div>'
        '<div class="vtex-flex-layout-0-x-flexRow--product-main"><div class="vtex-store-components-3-x-productImagesContainer"><div class="swiper-slide"><img class="vtex-store-components-3-x-productImageTag" src="https://tiendaelectro.vtexassets.com/arquivos/ids/171234-800-auto?v=638123456789&amp;width=800" alt="Heladera Samsung No Frost RT38 382 L Inox"></div></div>'
        '<div class="vtex-flex-layout-0-x-flexCol--product-info"><h1 class="vtex-store-components-3-x-productNameContainer mv0 t-heading-4"><span class="vtex-store-components-3-x-productBrand">Heladera Samsung No Frost RT38 382 L Inox</span></h1>'
        '<div class="vtex-product-identifier-0-x-product-identifier"><span class="vtex-product-identifier-0-x-product-identifier__label">SKU</span><span class="vtex-product-identifier-0-x-product-identifier__value">RT38K5932SL</span></div>'
        '<div class="vtex-product-price-1-x-listPrice"><span class="vtex-product-price-1-x-listPriceValue strike">'
        + _VTEX_PRICE.format(a="1", b="399", c="999")
        + "</span></div>"
        '<div class="vtex-product-price-1-x-sellingPrice"><span class="vtex-product-price-1-x-sellingPriceValue"><span class="vtex-product-price-1-x-currencyContainer">'
        + _VTEX_PRICE.format(a="1", b="119", c="999")
        + "</span></span></div>"
        '<div class="vtex-product-price-1-x-savings"><span class="vtex-product-price-1-x-savingsPercentage">20%</span> OFF</div>'
        '<div class="vtex-product-specifications-1-x-installments">12 cuotas sin interés de $ 93.333</div>'
        '<div class="vtex-add-to-cart-button-0-x-buttonDataContainer"><button class="vtex-button bw1 ba fw5 v-mid relative pa0 lh-solid br2 min-h-regular t-action bg-action-primary"><div class="vtex-button__label"><span class="vtex-add-to-cart-button-0-x-buttonText">Agregar al carrito</span></div></button></div></div></div>'
        '<div class="vtex-store-components-3-x-specificationsTableContainer"><h2>Especificaciones</h2><table><tr><th>Capacidad</th><td>382 L</td></tr><tr><th>Color</th><td>Inox</td></tr></table></div>'
        '<div class="vtex-shelf-1-x-relatedProducts"><h2>Productos relacionados</h2>'
        + "".join(
            f'<section class="vtex-product-summary-2-x-container"><a class="vtex-product-summary-2-x-clearLink" href="/{u}/p"><img class="vtex-product-summary-2-x-image" src="https://tiendaelectro.vtexassets.com/arquivos/ids/{u}.jpg">'
            f'<span class="vtex-product-summary-2-x-productBrand">{t}</span><span class="vtex-product-price-1-x-sellingPriceValue">{_VTEX_PRICE.format(a=a, b=b, c=c)}</span></a></section>'
            for u, t, a, b, c in [
                ("heladera-whirlpool", "Heladera Whirlpool 375 L", "1", "049", "999"),
                ("heladera-drean", "Heladera Drean 277 L", "0", "719", "999"),
            ]
        )
        + '</div><footer class="vtex-store-footer-2-x-footerLayout"><p>Tienda Electro S.A. — CUIT 30-12345678-9</p></footer></div></div>',
    ),
    "Heladera Samsung No Frost RT38 382 L Inox",
    1119999.0,
    "ARS",
    "InStock",
)

# B7 a Taiwanese shop of utility classes: the unspaced name in a plain div, lazy images, "加入購物車" as a div
case(
    "tw-utility-classes-unspaced-name",
    "https://www.lohasbee.com.tw/products/manuka-honey-umf15-250g",
    doc(
        "zh-Hant",
        "紐西蘭麥蘆卡蜂蜜UMF15+250公克｜樂活蜂",
        '<div id="app" class="min-h-screen bg-white"><header class="sticky top-0 z-40 border-b"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">'
        '<a href="/" class="flex items-center"><img src="https://cdn.lohasbee.com.tw/logo.png" alt="樂活蜂" class="h-8 w-auto"></a><nav class="hidden gap-6 md:flex"><a href="/collections/honey">蜂蜜</a><a href="/collections/gift">禮盒</a><a href="/pages/about">品牌故事</a></nav>'
        '<a href="/cart" class="relative">購物車<span class="absolute -right-2 -top-2 rounded-full bg-amber-500 px-1 text-xs">0</span></a></div></header>'
        '<div class="mx-auto max-w-7xl px-4 py-2 text-sm text-gray-500"><a href="/">首頁</a> / <a href="/collections/honey">蜂蜜</a></div>'
        '<div class="mx-auto grid max-w-7xl grid-cols-1 gap-8 px-4 md:grid-cols-2"><div class="aspect-square overflow-hidden rounded-xl">'
        '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="https://cdn.lohasbee.com.tw/products/manuka-umf15-250g-1.jpg" class="lazyload h-full w-full object-cover" alt="紐西蘭麥蘆卡蜂蜜UMF15+250公克"></div>'
        '<div class="flex flex-col gap-4"><div class="text-2xl font-bold leading-snug text-gray-900">紐西蘭麥蘆卡蜂蜜UMF15+250公克</div><div class="text-sm text-gray-500">原裝進口｜UMF認證｜效期2028/06</div>'
        '<div class="flex items-baseline gap-3"><span class="text-3xl font-bold text-amber-600">NT$2,380</span><span class="text-gray-400 line-through">NT$2,980</span></div>'
        '<div class="rounded bg-amber-50 p-3 text-sm">滿NT$1,500免運｜會員再享95折</div>'
        '<div class="flex items-center gap-2"><span>數量</span><input type="number" value="1" class="w-16 rounded border px-2"></div>'
        '<div class="grid grid-cols-2 gap-3"><div class="cursor-pointer rounded-lg border border-amber-500 py-3 text-center text-amber-600" onclick="addToCart(88)">加入購物車</div><div class="cursor-pointer rounded-lg bg-amber-500 py-3 text-center text-white" onclick="buyNow(88)">立即購買</div></div></div></div>'
        '<div class="mx-auto max-w-7xl px-4 py-8"><div class="text-xl font-bold">商品介紹</div><p>來自紐西蘭北島的麥蘆卡花蜜，UMF15+ 認證。</p></div>'
        '<div class="mx-auto max-w-7xl px-4 py-8"><div class="text-xl font-bold">你可能也喜歡</div><div class="grid grid-cols-2 gap-4 md:grid-cols-4">'
        + "".join(
            f'<a href="/products/{u}" class="block"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://cdn.lohasbee.com.tw/products/{u}.jpg" class="lazyload"><div class="mt-2 text-sm">{t}</div><div class="font-bold text-amber-600">{p}</div></a>'
            for u, t, p in [
                ("manuka-umf10", "麥蘆卡蜂蜜UMF10+250公克", "NT$1,680"),
                ("longan-honey", "台灣龍眼蜂蜜700公克", "NT$680"),
                ("honey-gift", "蜂蜜禮盒三入組", "NT$1,980"),
            ]
        )
        + '</div></div><footer class="border-t py-8 text-center text-sm text-gray-500">樂活蜂有限公司 統編 12345678</footer></div>',
    ),
    "紐西蘭麥蘆卡蜂蜜UMF15+250公克",
    2380.0,
    "TWD",
    "InStock",
)

# B8 a Kazakh InSales shop: "Цена: 15 900 тенге" in a labelled line, "В корзину" as a submit input
case(
    "kz-insales-tenge-word",
    "https://sportlife.kz/product/myach-futbolnyy-adidas-uefa-champions-league-pro",
    doc(
        "ru",
        "Мяч футбольный Adidas UCL Pro — купить в Астане | SportLife.kz",
        '<header class="header"><div class="header__top"><a class="header__logo" href="/"><img src="https://static.insales-cdn.com/files/1/1234/logo.png" alt="SportLife.kz"></a>'
        '<div class="header__contacts"><a href="tel:+77172123456">+7 (7172) 12-34-56</a><span>Астана, пр. Мангилик Ел, 55</span></div><a class="header__cart" href="/cart_items">Корзина (0)</a></div>'
        '<nav class="header__menu"><a href="/collection/futbol">Футбол</a><a href="/collection/beg">Бег</a><a href="/collection/fitnes">Фитнес</a></nav></header>'
        '<div class="breadcrumbs"><a href="/">Главная</a> → <a href="/collection/futbol">Футбол</a> → <a href="/collection/myachi">Мячи</a></div>'
        '<div class="product" data-product-id="345678901"><div class="product__gallery"><a href="https://static.insales-cdn.com/images/products/1/5678/123456789/ucl-pro.jpg" class="product__photo">'
        '<img src="https://static.insales-cdn.com/r/AbCdEf/rs:fit:550:550:1/plain/images/products/1/5678/123456789/ucl-pro.jpg" alt="Мяч футбольный Adidas UCL Pro"></a></div>'
        '<div class="product__info"><h1 class="product__title">Мяч футбольный Adidas UCL Pro</h1><div class="product__sku">Артикул: <span>IX4055</span></div>'
        '<div class="product__prices"><div class="product__price-label">Цена:</div><div class="product__price-current">15 900 тенге</div><div class="product__price-old">19 900 тенге</div></div>'
        '<div class="product__stock">Наличие: <span class="in-stock">есть в наличии</span></div>'
        '<form action="/cart_items" method="post" class="product__form"><input type="hidden" name="variant_id" value="567890123"><select name="size"><option>5</option></select>'
        '<input type="submit" class="button button--primary" value="В корзину"></form></div></div>'
        '<div class="product__description"><h2>Описание</h2><p>Официальный мяч Лиги чемпионов УЕФА сезона 2025/26, размер 5.</p></div>'
        '<div class="products-related"><h2>С этим товаром покупают</h2>'
        + "".join(
            f'<div class="product-card"><a href="/product/{u}"><img src="https://static.insales-cdn.com/images/products/1/{u}.jpg"><span class="product-card__title">{t}</span></a><span class="product-card__price">{p}</span></div>'
            for u, t, p in [
                ("nasos-dlya-myacha", "Насос для мяча Adidas", "3 900 тенге"),
                ("getry-nike", "Гетры футбольные Nike", "5 500 тенге"),
                ("shchitki-puma", "Щитки Puma", "7 900 тенге"),
            ]
        )
        + '</div><footer class="footer"><p>© 2026 SportLife.kz — спортивные товары в Астане</p></footer>',
    ),
    "Мяч футбольный Adidas UCL Pro",
    15900.0,
    "KZT",
    "InStock",
)

# B9 a Croatian Shopify shop: sold out ("Rasprodano" on the disabled submit), the price kept
case(
    "hr-shopify-rasprodano",
    "https://www.zagrebackiduc.hr/products/kozna-torba-ana-konjak",
    doc(
        "hr",
        "Kožna torba Ana – konjak – Zagrebački dućan",
        '<a class="skip-to-content-link button visually-hidden" href="#MainContent">Preskoči na sadržaj</a><div class="announcement-bar"><p>Besplatna dostava za narudžbe iznad 60 €</p></div>'
        '<header class="header header--middle-left"><a href="/" class="header__heading-link"><img src="//www.zagrebackiduc.hr/cdn/shop/files/logo.png?v=1&amp;width=180" alt="Zagrebački dućan" class="header__heading-logo"></a>'
        '<nav class="header__inline-menu"><ul class="list-menu"><li><a href="/collections/torbe" class="header__menu-item">Torbe</a></li><li><a href="/collections/novcanici" class="header__menu-item">Novčanici</a></li></ul></nav>'
        '<a href="/cart" class="header__icon header__icon--cart" id="cart-icon-bubble"><span class="visually-hidden">Košarica</span></a></header>'
        '<main id="MainContent" class="content-for-layout"><section class="shopify-section section"><div class="product product--large grid grid--1-col grid--2-col-tablet">'
        '<div class="grid__item product__media-wrapper"><div class="product__media media"><img src="//www.zagrebackiduc.hr/cdn/shop/files/ana-konjak-1.jpg?v=1712345678&amp;width=1946" alt="Kožna torba Ana – konjak" width="1946" height="1946"></div></div>'
        '<div class="product__info-wrapper grid__item"><div class="product__info-container"><p class="product__text inline-richtext caption-with-letter-spacing">Zagrebački dućan</p>'
        '<div class="product__title"><h1>Kožna torba Ana – konjak</h1></div>'
        '<div class="no-js-hidden" id="price-template--1__main" role="status"><div class="price price--large price--sold-out price--show-badge"><div class="price__container"><div class="price__regular">'
        '<span class="visually-hidden visually-hidden--inline">Redovna cijena</span><span class="price-item price-item--regular">129,00 €</span></div>'
        '<div class="price__sale"><span class="visually-hidden visually-hidden--inline">Redovna cijena</span><span><s class="price-item price-item--regular">129,00 €</s></span>'
        '<span class="visually-hidden visually-hidden--inline">Akcijska cijena</span><span class="price-item price-item--sale price-item--last">129,00 €</span></div></div>'
        '<span class="badge price__badge-sale color-accent-2">Akcija</span><span class="badge price__badge-sold-out color-inverse">Rasprodano</span></div></div>'
        '<div class="product__tax caption rte">PDV uključen. <a href="/policies/shipping-policy">Dostava</a> se obračunava na blagajni.</div>'
        '<product-form class="product-form"><form method="post" action="/cart/add" id="product-form-template--1__main" class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form">'
        '<input type="hidden" name="id" value="44123456789012"><div class="product-form__buttons"><button id="ProductSubmitButton-template--1__main" type="submit" name="add" class="product-form__submit button button--full-width button--secondary" disabled>'
        "<span>Rasprodano</span></button></div></form></product-form>"
        '<div class="product__description rte"><p>Ručno izrađena torba od goveđe kože, podstava od pamuka. Dimenzije 32 x 24 x 10 cm.</p></div></div></div></div></section>'
        '<section class="shopify-section"><div class="related-products"><h2 class="related-products__heading">Možda će vam se svidjeti i</h2><ul class="grid product-grid">'
        + "".join(
            f'<li class="grid__item"><div class="card-wrapper product-card-wrapper"><div class="card card--standard"><div class="card__media"><img src="//www.zagrebackiduc.hr/cdn/shop/files/{u}.jpg?width=533" alt="{t}"></div>'
            f'<div class="card__content"><h3 class="card__heading"><a href="/products/{u}" class="full-unstyled-link">{t}</a></h3><div class="price"><span class="price-item price-item--regular">{p}</span></div></div></div></div></li>'
            for u, t, p in [
                ("novcanik-luka", "Novčanik Luka – crni", "49,00 €"),
                ("torba-mara", "Torba Mara – smeđa", "139,00 €"),
                ("remen-ivo", "Remen Ivo", "39,00 €"),
            ]
        )
        + '</ul></div></section></main><footer class="footer"><p>© 2026, Zagrebački dućan Pokreće Shopify</p></footer>',
    ),
    "Kožna torba Ana – konjak",
    129.0,
    "EUR",
    "OutOfStock",
)

# B10 a Slovenian WooCommerce shop: "Ni na zalogi" stock paragraph, no cart form, the price with "z DDV"
case(
    "si-woocommerce-ni-na-zalogi",
    "https://www.cebelji-raj.si/izdelek/cvetlicni-med-900-g/",
    doc(
        "sl",
        "Cvetlični med 900 g &#8211; Čebelji raj",
        '<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><a href="https://www.cebelji-raj.si/" class="custom-logo-link" rel="home"><img src="https://www.cebelji-raj.si/wp-content/uploads/2024/02/logo.png" class="custom-logo" alt="Čebelji raj"></a></div>'
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/trgovina/">Trgovina</a></li><li class="menu-item"><a href="/o-nas/">O nas</a></li><li class="menu-item"><a href="/kontakt/">Kontakt</a></li></ul></nav>'
        '<div class="site-header-cart"><a class="cart-contents" href="/kosarica/"><span class="woocommerce-Price-amount amount"><bdi>0,00&nbsp;<span class="woocommerce-Price-currencySymbol">&euro;</span></bdi></span> <span class="count">0 izdelkov</span></a></div></header>'
        '<div id="content" class="site-content"><nav class="woocommerce-breadcrumb"><a href="https://www.cebelji-raj.si">Domov</a>&nbsp;/&nbsp;<a href="/kategorija/med/">Med</a>&nbsp;/&nbsp;Cvetlični med 900 g</nav>'
        '<div id="product-2345" class="product type-product post-2345 status-publish first outofstock product_cat-med has-post-thumbnail shipping-taxable purchasable product-type-simple">'
        '<div class="woocommerce-product-gallery woocommerce-product-gallery--with-images images"><div class="woocommerce-product-gallery__wrapper"><div class="woocommerce-product-gallery__image"><a href="https://www.cebelji-raj.si/wp-content/uploads/2024/03/cvetlicni-med.jpg">'
        '<img width="600" height="600" src="https://www.cebelji-raj.si/wp-content/uploads/2024/03/cvetlicni-med-600x600.jpg" class="wp-post-image" alt="Cvetlični med 900 g"></a></div></div></div>'
        '<div class="summary entry-summary"><h1 class="product_title entry-title">Cvetlični med 900 g</h1><p class="price"><span class="woocommerce-Price-amount amount"><bdi>14,90&nbsp;<span class="woocommerce-Price-currencySymbol">&euro;</span></bdi></span> <small class="woocommerce-price-suffix">z DDV</small></p>'
        '<div class="woocommerce-product-details__short-description"><p>Slovenski cvetlični med z zaščiteno geografsko označbo, letnik 2025.</p></div>'
        '<p class="stock out-of-stock">Ni na zalogi</p><div class="product_meta"><span class="sku_wrapper">Šifra: <span class="sku">MED-CV-900</span></span> <span class="posted_in">Kategorija: <a href="/kategorija/med/" rel="tag">Med</a></span></div></div>'
        '<section class="related products"><h2>Povezani izdelki</h2><ul class="products columns-4">'
        + "".join(
            f'<li class="product type-product status-publish instock product-type-simple"><a href="/izdelek/{u}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link"><img width="300" height="300" src="https://www.cebelji-raj.si/wp-content/uploads/2024/03/{u}-300x300.jpg" alt="">'
            f'<h2 class="woocommerce-loop-product__title">{t}</h2><span class="price"><span class="woocommerce-Price-amount amount"><bdi>{p}&nbsp;<span class="woocommerce-Price-currencySymbol">&euro;</span></bdi></span></span></a>'
            f'<a href="?add-to-cart={i}" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" rel="nofollow">Dodaj v košarico</a></li>'
            for i, (u, t, p) in enumerate(
                [
                    ("kostanjev-med", "Kostanjev med 900 g", "16,90"),
                    ("akacijev-med", "Akacijev med 900 g", "17,90"),
                    ("propolis", "Propolisove kapljice", "9,90"),
                ]
            )
        )
        + '</ul></section></div></div><footer id="colophon" class="site-footer"><div class="site-info">© Čebelji raj 2026</div></footer></div>',
    ),
    "Cvetlični med 900 g",
    14.90,
    "EUR",
    "OutOfStock",
)

# B11 Coupang sold out for now ("일시품절") with the restock alert, a rocket page
case(
    "kr-coupang-ilsi-pumjeol",
    "https://www.coupang.com/vp/products/8123456789?itemId=21234567890&vendorItemId=88123456789",
    doc(
        "ko",
        "다이슨 V15 디텍트 앱솔루트 무선청소기 SV47 - 무선청소기 | 쿠팡",
        '<div id="container"><header id="header"><a class="coupang-logo" href="//www.coupang.com"><img src="//image7.coupangcdn.com/image/coupang/common/logo_coupang_w350.png" alt="쿠팡"></a>'
        '<form class="header-searchForm"><input id="headerSearchKeyword"></form><ul class="icon-menus"><li><a href="//cart.coupang.com/cartView.pang">장바구니</a></li></ul></header>'
        '<div id="breadcrumb" class="breadcrumb"><ul><li><a href="/">쿠팡 홈</a></li><li><a href="/np/categories/178101">가전디지털</a></li><li><a href="/np/categories/497220">청소기</a></li></ul></div>'
        '<div class="prod-atf"><div class="prod-image"><div class="prod-image__detail-wrap"><img class="prod-image__detail" src="https://thumbnail7.coupangcdn.com/thumbnails/remote/492x492ex/image/retail/images/2025/01/dyson-v15.jpg" alt="다이슨 V15 디텍트 앱솔루트 무선청소기 SV47"></div></div>'
        '<div class="prod-buy"><div class="prod-buy-header"><a class="prod-brand-name" href="/np/brands/dyson">다이슨</a><h2 class="prod-buy-header__title">다이슨 V15 디텍트 앱솔루트 무선청소기 SV47</h2></div>'
        '<div class="prod-price-container"><div class="prod-price"><div class="prod-origin-price"><span class="discount-rate">9%</span><span class="origin-price">1,290,000원</span></div>'
        '<div class="prod-sale-price prod-major-price"><span class="total-price"><strong>1,169,000<span class="price-unit">원</span></strong></span></div></div></div>'
        '<div class="prod-not-find-known__buy__button"><div class="oos-label">일시품절</div><p class="oos-desc">재고가 없어 현재 구매할 수 없습니다.</p></div>'
        '<div class="prod-buy-footer"><button class="prod-restock-alarm-btn" type="button">재입고 알림 신청</button></div></div></div>'
        '<div class="recommend-widget"><h3>이 상품과 비슷한 상품</h3><ul>'
        + "".join(
            f'<li><a href="/vp/products/{n}"><img src="//thumbnail6.coupangcdn.com/r{n}.jpg"><div class="name">{t}</div><strong class="price-value">{p}</strong><span>원</span></a><button class="add-to-cart-btn">장바구니 담기</button></li>'
            for n, t, p in [
                (1, "삼성 비스포크 제트 AI", "1,090,000"),
                (2, "LG 코드제로 A9S", "899,000"),
                (3, "다이슨 V12 디텍트 슬림", "899,000"),
            ]
        )
        + '</ul></div><footer id="footer"><p>쿠팡(주)</p></footer></div>',
    ),
    "다이슨 V15 디텍트 앱솔루트 무선청소기 SV47",
    1169000.0,
    "KRW",
    "OutOfStock",
)

# B12 Mercado Libre: "Publicación pausada" is covered; here the catalogue buy box's "Envío gratis" and "Stock
# disponible" with the quantity picker, the official store's price beside "Otras opciones de compra"
case(
    "ar-mercadolibre-catalogo-stock-disponible",
    "https://www.mercadolibre.com.ar/samsung-galaxy-s24-fe-256-gb-azul-8-gb-ram/p/MLA40123456",
    doc(
        "es-AR",
        "Samsung Galaxy S24 FE 256 GB azul 8 GB RAM | MercadoLibre",
        '<header class="nav-header"><a class="nav-logo" href="https://www.mercadolibre.com.ar">Mercado Libre Argentina</a><form class="nav-search"><input class="nav-search-input"></form></header>'
        '<main role="main" id="root-app"><div class="ui-pdp-container"><div class="ui-pdp-breadcrumb"><ol class="andes-breadcrumb"><li class="andes-breadcrumb__item"><a href="https://listado.mercadolibre.com.ar/celulares">Celulares y Teléfonos</a></li></ol></div>'
        '<div class="ui-pdp-gallery"><figure class="ui-pdp-gallery__figure"><img src="https://http2.mlstatic.com/D_NQ_NP_2X_654321-MLA79123456789_092024-F.webp" class="ui-pdp-image ui-pdp-gallery__figure__image" alt="Samsung Galaxy S24 FE 256 GB azul 8 GB RAM"></figure></div>'
        '<div class="ui-pdp-header"><span class="ui-pdp-subtitle">Nuevo  |  +1000 vendidos</span><h1 class="ui-pdp-title">Samsung Galaxy S24 FE 256 GB azul 8 GB RAM</h1></div>'
        '<div class="ui-pdp-price"><s class="andes-money-amount andes-money-amount--previous" role="img" aria-label="Antes: 1299999 pesos"><span class="andes-money-amount__fraction" aria-hidden="true">1.299.999</span></s>'
        '<div class="ui-pdp-price__second-line"><span class="andes-money-amount ui-pdp-price__part andes-money-amount--cents-superscript" role="img" aria-label="1039999 pesos"><span class="andes-money-amount__currency-symbol" aria-hidden="true">$</span><span class="andes-money-amount__fraction" aria-hidden="true">1.039.999</span></span><span class="andes-money-amount__discount">20% OFF</span></div>'
        '<p class="ui-pdp-price__subtitles">en 12 cuotas de <span class="andes-money-amount" role="img" aria-label="86666 pesos"><span class="andes-money-amount__fraction" aria-hidden="true">86.666</span></span> sin interés</p></div>'
        '<div class="ui-pdp-buybox"><p class="ui-pdp-color--GREEN">Envío gratis a todo el país</p><p class="ui-pdp-stock-information__title">Stock disponible</p>'
        '<div class="ui-pdp-buybox__quantity"><span>Cantidad: 1 unidad</span><span class="ui-pdp-buybox__quantity__available">(+50 disponibles)</span></div>'
        '<form class="ui-pdp-actions"><button class="andes-button andes-button--large andes-button--loud"><span class="andes-button__content">Comprar ahora</span></button><button class="andes-button andes-button--large andes-button--quiet"><span class="andes-button__content">Agregar al carrito</span></button></form>'
        '<p>Tienda oficial <a href="https://www.mercadolibre.com.ar/tienda/samsung">Samsung</a></p></div>'
        '<div class="ui-pdp-other-sellers"><h2>Otras opciones de compra</h2><div class="ui-pdp-other-sellers__item"><span class="andes-money-amount" role="img" aria-label="1019999 pesos"><span class="andes-money-amount__fraction" aria-hidden="true">1.019.999</span></span><a href="/p/MLA40123456/s">Ver 7 opciones desde $1.019.999</a></div></div>'
        '<div class="ui-recommendations-carousel"><h2>Quienes vieron este producto también compraron</h2><div class="ui-recommendations-card"><a href="https://www.mercadolibre.com.ar/p/MLA1"><p class="ui-recommendations-card__title">Motorola Edge 50</p><span class="andes-money-amount" role="img" aria-label="749999 pesos"><span class="andes-money-amount__fraction" aria-hidden="true">749.999</span></span></a></div></div></div></main>'
        '<footer class="nav-footer"><p>Copyright © 1999-2026 MercadoLibre S.R.L.</p></footer>',
    ),
    "Samsung Galaxy S24 FE 256 GB azul 8 GB RAM",
    1039999.0,
    "ARS",
    "InStock",
)


# ---- batch 3: pages a script builds in the browser, their product only in the state JSON ------------


def skeleton(
    lang: str, doc_title: str, logo: str, menu: list[str], root: str, script: str, footer: str
) -> str:
    """The server's HTML of a page the browser builds: the shop's header and footer, an empty app root and
    the state JSON the script renders from."""
    links = "".join(f'<li><a href="/c/{i}">{m}</a></li>' for i, m in enumerate(menu))
    body = (
        f'<header class="gnb">{logo}<ul class="gnb-menu">{links}</ul><a href="/cart">cart</a></header>'
        f'{root}<footer class="site-footer">{footer}</footer>{script}'
    )
    return doc(lang, doc_title, body)


# C1 PChome 24h before the browser renders it: the product under the SWR fallback, "Price": {"M", "P"}
case(
    "tw-pchome-state-only-fallback",
    "https://24h.pchome.com.tw/prod/DGBJG9-A900HB6K3",
    skeleton(
        "zh-Hant",
        "Panasonic 國際牌 NA-V120HDH 12公斤 溫水洗脫烘 滾筒洗衣機 - PChome 24h購物",
        '<a class="c-header__logo" href="https://24h.pchome.com.tw/">PChome 24h購物</a>',
        ["3C", "家電", "日用"],
        '<div id="__next"><div class="c-loading"><span class="c-loading__spinner"></span></div></div>',
        next_data(
            {
                "props": {
                    "pageProps": {
                        "prodId": "DGBJG9-A900HB6K3",
                        "fallback": {
                            "/prod/DGBJG9-A900HB6K3": {
                                "Id": "DGBJG9-A900HB6K3-000",
                                "Name": "Panasonic 國際牌 NA-V120HDH 12公斤 溫水洗脫烘 滾筒洗衣機",
                                "Nick": "<b>溫水洗淨</b> 除菌99.99%",
                                "Price": {"M": 52900, "P": 45900, "Low": None, "Prime": ""},
                                "Qty": 12,
                                "ButtonType": "ForSale",
                                "Pic": {
                                    "B": "/items/DGBJG9A900HB6K3/000001_1712345678.jpg",
                                    "S": "/items/DGBJG9A900HB6K3/000002_1712345678.jpg",
                                },
                            }
                        },
                    }
                },
                "page": "/prod/[prodId]",
                "buildId": "q8Jx2",
            }
        ),
        "<p>網路家庭國際資訊股份有限公司</p>",
    ),
    "Panasonic 國際牌 NA-V120HDH 12公斤 溫水洗脫烘 滾筒洗衣機",
    45900.0,
    "TWD",
    None,
    xfail="PChome's own keys: PascalCase ('Name', 'Price') and a price object naming its price by one letter "
    "({'M': 52900, 'P': 45900}, market and price, as its product API writes them); a one-shop form written from "
    "memory, left rather than made a key (its rendered page, tw-pchome-24h-next-page, gives the listing)",
)

# C2 Technodom before rendering: pageProps.product with "title", "price", "old_price"
case(
    "kz-technodom-state-only",
    "https://www.technodom.kz/p/smartfon-apple-iphone-16-pro-256gb-desert-titanium-284512",
    skeleton(
        "ru",
        "Смартфон Apple iPhone 16 Pro 256GB Desert Titanium купить в Алматы по низкой цене | Technodom",
        '<a class="Header_logo" href="/"><img src="/_next/static/media/logo.svg" alt="Technodom"></a>',
        ["Смартфоны", "Ноутбуки", "Телевизоры"],
        '<div id="__next"><div class="Skeleton_page"></div></div>',
        next_data(
            {
                "props": {
                    "pageProps": {
                        "product": {
                            "sku": "284512",
                            "title": "Смартфон Apple iPhone 16 Pro 256GB Desert Titanium",
                            "price": 689990,
                            "old_price": 749990,
                            "currency": "KZT",
                            "is_available": True,
                            "images": [
                                "https://api.technodom.kz/f3/api/v1/images/800/800/iphone16pro_desert_1.jpg"
                            ],
                            "brand": {"title": "Apple"},
                        },
                        "city": "almaty",
                    }
                },
                "page": "/p/[slug]",
            }
        ),
        "<p>© 2026 Technodom</p>",
    ),
    "Смартфон Apple iPhone 16 Pro 256GB Desert Titanium",
    689990.0,
    "KZT",
    None,
)

# C3 Frávega before rendering: Apollo's normalized cache (the item's prices under "salePrice" / "listPrice")
case(
    "ar-fravega-apollo-state-only",
    "https://www.fravega.com/p/aire-acondicionado-split-bgh-silent-air-3000w-frio-calor-bs35wccr-991234/",
    skeleton(
        "es-AR",
        "Aire Acondicionado Split BGH Silent Air 3000W Frío/Calor BS35WCCR - Frávega",
        '<a class="sc-logo" href="/" aria-label="Frávega"><svg></svg></a>',
        ["Climatización", "TV y Video", "Celulares"],
        '<div id="__next"></div>',
        next_data(
            {
                "props": {
                    "pageProps": {
                        "__APOLLO_STATE__": {
                            "ROOT_QUERY": {'item({"id":"991234"})': {"__ref": "Item:991234"}},
                            "Item:991234": {
                                "__typename": "Item",
                                "id": "991234",
                                "title": "Aire Acondicionado Split BGH Silent Air 3000W Frío/Calor BS35WCCR",
                                "brandName": "BGH",
                                "salePrice": {
                                    "__typename": "PriceRange",
                                    "amounts": [{"min": 949999, "max": 949999, "currency": "ARS"}],
                                },
                                "listPrice": {
                                    "__typename": "PriceRange",
                                    "amounts": [{"min": 1149999, "max": 1149999, "currency": "ARS"}],
                                },
                                "stock": {"__typename": "Stock", "hasStock": True},
                                "images": [{"url": "https://images.fravega.com/f1000/a1b2c3d4e5f6.jpg"}],
                            },
                        }
                    }
                },
                "page": "/p/[...slug]",
            }
        ),
        "<p>Frávega S.A.C.I.e I.</p>",
    ),
    "Aire Acondicionado Split BGH Silent Air 3000W Frío/Calor BS35WCCR",
    949999.0,
    "ARS",
    None,
)

# C4 a Naver smartstore before rendering: "salePrice" (the list price) and "discountedSalePrice" (what one pays)
case(
    "kr-naver-state-only-discounted-sale-price",
    "https://smartstore.naver.com/coffeelab/products/7712345678",
    skeleton(
        "ko",
        "콜롬비아 수프리모 원두커피 1kg 당일로스팅 : 커피랩",
        '<a class="logo" href="https://shopping.naver.com/">네이버쇼핑</a><a href="/coffeelab">커피랩</a>',
        ["전체상품", "원두", "드립백"],
        '<div id="root"></div>',
        state(
            "window.__PRELOADED_STATE__",
            {
                "smartStoreV2": {"channel": {"channelName": "커피랩", "channelNo": 100234567}},
                "product": {
                    "A": {
                        "id": 7712345678,
                        "name": "콜롬비아 수프리모 원두커피 1kg 당일로스팅",
                        "salePrice": 29800,
                        "discountedSalePrice": 23840,
                        "benefitsView": {
                            "discountedSalePrice": 23840,
                            "managerImmediateDiscountAmount": 5960,
                        },
                        "productStatusType": "SALE",
                        "stockQuantity": 87,
                        "representImage": {
                            "url": "https://shop-phinf.pstatic.net/20260101_1/supremo_JPEG/supremo.jpg"
                        },
                    }
                },
            },
        ),
        "<p>커피랩 | 사업자등록번호 123-45-67890</p>",
    ),
    "콜롬비아 수프리모 원두커피 1kg 당일로스팅",
    23840.0,
    None,  # the state names no currency and the page shows no price: KRW would be the lead's (extract._from_state)
    "InStock",
)


# C5 a Naver smartstore before rendering, its sale status the only state ("SALE", no stock count) -- and its
# sibling, an ended sale ("CLOSE")
for _id, _status, _want in (("sale", "SALE", "InStock"), ("close", "CLOSE", "Discontinued")):
    case(
        f"kr-naver-state-only-status-{_id}",
        "https://smartstore.naver.com/handmadeleather/products/5512345678",
        skeleton(
            "ko",
            "소가죽 카드지갑 명함지갑 각인 가능 : 핸드메이드레더",
            '<a class="logo" href="https://shopping.naver.com/">네이버쇼핑</a><a href="/handmadeleather">핸드메이드레더</a>',
            ["전체상품", "지갑", "벨트"],
            '<div id="root"></div>',
            state(
                "window.__PRELOADED_STATE__",
                {
                    "product": {
                        "A": {
                            "id": 5512345678,
                            "name": "소가죽 카드지갑 명함지갑 각인 가능",
                            "salePrice": 38000,
                            "discountedSalePrice": 34200,
                            "productStatusType": _status,
                            "currency": "KRW",
                        }
                    }
                },
            ),
            "<p>핸드메이드레더 | 사업자등록번호 987-65-43210</p>",
        ),
        "소가죽 카드지갑 명함지갑 각인 가능",
        34200.0,
        "KRW",
        _want,
    )


# ---- batch 4: sold-out, pre-order and ended pages of the markets ------------------------------------

# D1 Ozon.kz: "Этот товар закончился" in place of the price, "Узнать о поступлении"
case(
    "kz-ozon-tovar-zakonchilsya",
    "https://ozon.kz/product/nabor-kastryul-tefal-daily-cook-6-predmetov-987654321/",
    doc(
        "ru",
        "Набор кастрюль Tefal Daily Cook, 6 предметов — купить в интернет-магазине OZON",
        '<div id="__ozon"><div id="layoutPage"><header class="b0"><a class="b1" href="/"><svg></svg></a><form class="b2"><input name="text" placeholder="Искать на Ozon"></form><a href="/cart">Корзина</a></header>'
        '<div data-widget="breadCrumbs"><ol><li><a href="/category/dom-i-sad-14500/">Дом и сад</a></li><li><a href="/category/posuda-14556/">Посуда</a></li></ol></div>'
        '<div class="c1"><div data-widget="webGallery"><div class="m4"><img loading="eager" src="https://ir.ozone.ru/s3/multimedia-1-k/wc1000/7012345678.jpg" class="m5"></div></div>'
        '<div data-widget="webProductHeading"><h1 class="u6 tsHeadline550Medium">Набор кастрюль Tefal Daily Cook, 6 предметов</h1></div>'
        '<div data-widget="webOutOfStock"><div class="ab2"><h2 class="ab3 tsHeadline700XLarge">Этот товар закончился</h2><p class="tsBody400Small">Подпишитесь, и мы сообщим, когда он снова появится в продаже</p>'
        '<button class="c5a b2-a"><span>Узнать о поступлении</span></button></div></div>'
        '<div data-widget="webCharacteristics"><h2>Характеристики</h2><dl><dt>Материал</dt><dd>нержавеющая сталь</dd></dl></div></div>'
        '<div data-widget="skuShelfGoods"><h2>Похожие товары</h2>'
        + "".join(
            f'<div class="tile-root"><a href="/product/{n}/"><img src="https://ir.ozone.ru/s3/multimedia-1-x/{n}.jpg"><span class="tsBody500Medium">{t}</span></a><span class="c3-a1 tsHeadline500Medium">{p}</span><button class="c5a"><span>В корзину</span></button></div>'
            for n, t, p in [
                (1, "Набор кастрюль Rondell 6 предметов", "32 990 ₸"),
                (2, "Набор посуды Kukmara 6 предметов", "24 590 ₸"),
                (3, "Кастрюля Tefal 3 л", "12 490 ₸"),
            ]
        )
        + '</div><footer data-widget="footer">© 1998 – 2026 ООО «Интернет Решения»</footer></div></div>',
    ),
    "Набор кастрюль Tefal Daily Cook, 6 предметов",
    None,
    None,
    # a strict xfail until stop 38: no price, so the page needs a main image scoring 3
    # (page.Found.unavailable_product), and the gallery's photo, without alt, size or fetchpriority, in hashed
    # classes, scored 1; Ozon names its blocks in `data-widget` ("webGallery"), read as names since (dom.NAME_ATTRS)
    "OutOfStock",
)

# D2 Kaspi.kz: no seller offers the item now ("К сожалению, товара нет в наличии"), no price shown
case(
    "kz-kaspi-net-predlozheniy",
    "https://kaspi.kz/shop/p/pylesos-dyson-v15-detect-absolute-sv47-zheltyi-105812345/?c=750000000",
    doc(
        "ru",
        "Пылесос Dyson V15 Detect Absolute SV47 желтый - купить по выгодной цене | Kaspi Магазин",
        '<div class="layout"><header class="header"><a class="header__logo" href="/shop/"><img src="https://kaspi.kz/img/logo.svg" alt="Kaspi.kz"></a><div class="header__city">Астана</div>'
        '<form class="search-bar"><input class="search-bar__input" placeholder="Поиск товаров"></form></header>'
        '<div class="breadcrumbs"><a class="breadcrumbs__item" href="/shop/">Магазин</a><a class="breadcrumbs__item" href="/shop/c/home%20equipment/">Бытовая техника</a><a class="breadcrumbs__item" href="/shop/c/vacuum%20cleaners/">Пылесосы</a></div>'
        '<div class="item"><div class="item__gallery"><div class="item__slider-pic-wrapper"><img class="item__slider-pic" src="https://resources.cdn-kaspi.kz/img/m/p/h3a/h5c/86012345678910.jpg?format=gallery-large" alt="Пылесос Dyson V15 Detect Absolute SV47 желтый"></div></div>'
        '<div class="item__info"><h1 class="item__heading">Пылесос Dyson V15 Detect Absolute SV47 желтый</h1><div class="item__sku">Код товара: 105812345</div>'
        '<div class="item__not-available"><div class="item__not-available-title">К сожалению, товара нет в наличии</div><p>Нет предложений от продавцов в вашем городе</p>'
        '<button class="button button-secondary">Сообщить о поступлении</button></div></div></div>'
        '<div class="specifications-list"><h2>Характеристики</h2><dl class="specifications-list__spec"><dt>Тип</dt><dd>вертикальный</dd></dl></div>'
        '<div class="recommendations"><h2>Похожие товары</h2><div class="item-cards-grid">'
        + "".join(
            f'<div class="item-card"><a class="item-card__name-link" href="/shop/p/{u}/">{t}</a><span class="item-card__prices-price">{p}</span><button class="button">В корзину</button></div>'
            for u, t, p in [
                ("dyson-v12-1", "Пылесос Dyson V12 Detect Slim", "349 990 ₸"),
                ("samsung-jet-2", "Пылесос Samsung Jet 90", "289 990 ₸"),
                ("xiaomi-g20-3", "Пылесос Xiaomi G20", "99 990 ₸"),
            ]
        )
        + '</div></div><footer class="footer"><p>© 2026 АО «Kaspi Bank»</p></footer></div>',
    ),
    "Пылесос Dyson V15 Detect Absolute SV47 желтый",
    None,
    None,
    "OutOfStock",
)

# D3 11st: sales suspended ("판매중지된 상품입니다"), the price still printed, buttons gone
case(
    "kr-11st-panmae-jungji",
    "https://www.11st.co.kr/products/5432109876",
    doc(
        "ko",
        "[삼성전자] 비스포크 그랑데 건조기 DV20CB8800BW 20kg - 11번가",
        '<div id="wrapBody"><header id="gnb"><h1 class="c-logo"><a href="https://www.11st.co.kr/"><img src="//c.011st.com/img/common/logo.png" alt="11번가"></a></h1><div class="c-search"><input id="tSearch"></div></header>'
        '<div class="c_product_category_path"><a href="/">홈</a><a href="/category/1001">가전</a><a href="/category/1010">세탁기/건조기</a></div>'
        '<div class="l_product_cont_wrap"><div class="l_product_side_view"><div class="c_product_view_img"><div class="img_full"><img id="productImg" src="https://cdn.011st.com/11dims/resize/600x600/quality/75/11src/product/5432109876/B.jpg" alt="[삼성전자] 비스포크 그랑데 건조기 DV20CB8800BW 20kg"></div></div></div>'
        '<div class="l_product_summary"><div class="c_product_info_title"><h1 class="title">[삼성전자] 비스포크 그랑데 건조기 DV20CB8800BW 20kg</h1></div>'
        '<div class="b_product_info_price"><dl class="price"><dt>판매가</dt><dd><strong><span class="value">1,690,000</span><span class="unit">원</span></strong></dd></dl></div>'
        '<div class="c_product_stop"><p class="c_product_stop_title">판매중지된 상품입니다.</p><p>판매자 사정으로 현재 구매하실 수 없습니다.</p></div></div></div>'
        '<div class="c_product_recommend"><h3>이 상품과 함께 본 상품</h3><ul>'
        + "".join(
            f'<li><a href="/products/{n}"><img src="//cdn.011st.com/r{n}.jpg"><p class="c_prd_name">{t}</p><div class="c_prd_price"><span class="value">{p}</span>원</div></a></li>'
            for n, t, p in [
                (1, "LG 트롬 건조기 20kg", "1,490,000"),
                (2, "삼성 그랑데 건조기 AI 19kg", "1,290,000"),
                (3, "위니아 건조기 16kg", "790,000"),
            ]
        )
        + '</ul></div><footer id="footer"><p>십일번가(주)</p></footer></div>',
    ),
    "[삼성전자] 비스포크 그랑데 건조기 DV20CB8800BW 20kg",
    1690000.0,
    "KRW",
    "OutOfStock",
)

# D4 Shopee TW rendered, sold out: "商品已售完" and the buttons disabled
case(
    "tw-shopee-rendered-sold-out",
    "https://shopee.tw/%E8%97%8D%E7%89%99%E8%80%B3%E6%A9%9F-i.23456789.34567890123",
    doc(
        "zh-Hant",
        "【台灣出貨】藍牙耳機 降噪 入耳式 無線耳機 | 蝦皮購物",
        '<div id="main"><header class="header-with-search"><a class="header-with-search__logo" href="/" aria-label="Shopee"><svg></svg></a><div class="shopee-searchbar"><input class="shopee-searchbar-input__input"></div><a href="/cart">購物車</a></header>'
        '<div class="page-product"><div class="flex items-center Ayb9vR"><a class="EtYbJs" href="/">蝦皮購物</a><a class="EtYbJs" href="/3C-cat.11041645">3C與筆電</a><span class="Ly7yBi">【台灣出貨】藍牙耳機 降噪 入耳式 無線耳機</span></div>'
        '<section class="flex flex-auto YTDXQ0"><div class="fDRBNx"><picture><img class="IMAW1w" alt="【台灣出貨】藍牙耳機 降噪 入耳式 無線耳機" src="https://down-tw.img.susercontent.com/file/tw-11134207-7r98s-abc987654321_tn"></picture></div>'
        '<section class="flex flex-auto RBf1cu"><div class="WBVL_7"><span>【台灣出貨】藍牙耳機 降噪 入耳式 無線耳機</span></div>'
        '<div class="flex items-center tvOW2a"><div class="IZPeQz B67UQ0">$399</div></div>'
        '<section class="flex KIoPj6"><h3 class="Dagtcd">數量</h3><div class="shopee-input-quantity"><input class="shopee-input-quantity__input" value="1" disabled></div><div class="fmRr8a">商品已售完</div></section>'
        '<div class="flex"><button type="button" class="btn btn-tinted btn--l YuENex" aria-disabled="true" disabled>加入購物車</button><button type="button" class="btn btn-solid-primary btn--l YuENex" aria-disabled="true" disabled>直接購買</button></div></section></section>'
        '<div class="page-product__recommendations"><h2>你可能也喜歡</h2>'
        + "".join(
            f'<div class="shopee-search-item-result__item"><a href="/p-i.2.{n}"><div class="ie3A+n">{t}</div><span class="ZEgDH9">{p}</span></a></div>'
            for n, t, p in [
                (1, "無線藍牙耳機 觸控", "$299"),
                (2, "降噪耳機 頭戴式", "$899"),
                (3, "運動藍牙耳機 掛耳", "$459"),
            ]
        )
        + '</div></div><footer class="shopee-footer"><p>© 2026 Shopee. 版權所有。</p></footer></div>',
    ),
    "【台灣出貨】藍牙耳機 降噪 入耳式 無線耳機",
    399.0,
    "TWD",
    "OutOfStock",
)

# D5 Musimundo: "Producto agotado" beside the price, a notify form
case(
    "ar-musimundo-producto-agotado",
    "https://www.musimundo.com/electrohogar/pava-electrica/pava-electrica-philips-hd9350-1-7l/p/00291234",
    doc(
        "es-AR",
        "Pava Eléctrica Philips HD9350 1.7L Acero | Musimundo",
        '<header class="main-header"><a class="logo" href="/"><img src="/_ui/responsive/theme-musimundo/images/logo.svg" alt="Musimundo"></a><div class="search"><input placeholder="Buscá productos, marcas"></div><a href="/cart">Mi carrito</a></header>'
        '<div class="breadcrumb"><a href="/">Inicio</a> / <a href="/electrohogar/c/1">Electrohogar</a> / <a href="/electrohogar/pava-electrica/c/12">Pavas eléctricas</a></div>'
        '<div class="product-main-info"><div class="product-gallery"><img class="product-main-img" src="https://www.musimundo.com/medias/00291234-144001-01.jpg-size515?context=bWFzdGVy" alt="Pava Eléctrica Philips HD9350 1.7L Acero"></div>'
        '<div class="product-details"><h1 class="name">Pava Eléctrica Philips HD9350 1.7L Acero</h1><span class="code">Cód. 00291234</span>'
        '<div class="price-block"><span class="mus-pro-price-old">$ 119.999</span><span class="mus-pro-price-number">$ 89.999</span><span class="mus-pro-taxes">Precio sin impuestos nacionales $ 74.379</span></div>'
        '<div class="mus-stock mus-stock--out"><span class="mus-stock-text">Producto agotado</span></div>'
        '<form class="notify-form"><label>Avisame cuando ingrese</label><input type="email" name="email"><button type="submit" class="btn btn-default">Avisame</button></form></div></div>'
        '<div class="product-specs"><h2>Características</h2><table><tr><td>Capacidad</td><td>1,7 L</td></tr><tr><td>Potencia</td><td>2200 W</td></tr></table></div>'
        '<div class="product-carousel"><h2>Productos relacionados</h2>'
        + "".join(
            f'<div class="product-item"><a href="/p/{u}"><img src="https://www.musimundo.com/medias/{u}.jpg"><span class="product-item__name">{t}</span><span class="mus-pro-price-number">{p}</span></a><button class="btn btn-primary">Comprar</button></div>'
            for u, t, p in [
                ("0029001", "Pava Eléctrica Atma 1.7L", "$ 39.999"),
                ("0029002", "Pava Eléctrica Oster 1.7L", "$ 54.999"),
                ("0029003", "Pava Eléctrica Liliana", "$ 29.999"),
            ]
        )
        + '</div><footer class="footer"><p>Musimundo — Carsa S.A.</p></footer>',
    ),
    "Pava Eléctrica Philips HD9350 1.7L Acero",
    89999.0,
    "ARS",
    "OutOfStock",
)

# D6 Instar: "Rasprodano" stock line with the price and a greyed button
case(
    "hr-instar-rasprodano",
    "https://www.instar-informatika.hr/monitor-27-lg-ultragear-27gr75q-b/123456/product/",
    doc(
        "hr",
        "Monitor 27&quot; LG UltraGear 27GR75Q-B, IPS, QHD, 165Hz - Instar informatika",
        '<header class="header"><a class="logo" href="/"><img src="/images/instar-logo.svg" alt="Instar informatika"></a><div class="search"><input placeholder="Pretraži"></div><a href="/kosarica/">Košarica</a></header>'
        '<div class="breadcrumbs"><a href="/">Početna</a> » <a href="/monitori/">Monitori</a> » <a href="/monitori/gaming/">Gaming monitori</a></div>'
        '<div class="product-page"><div class="product-images"><img id="mainImage" src="https://www.instar-informatika.hr/slike/velike/monitor-27-lg-ultragear-27gr75q-b-123456.jpg" alt="Monitor 27&quot; LG UltraGear 27GR75Q-B"></div>'
        '<div class="product-data"><h1 class="product-name">Monitor 27" LG UltraGear 27GR75Q-B, IPS, QHD, 165Hz</h1><div class="product-code">Šifra: 123456</div>'
        '<div class="product-prices"><div class="price-regular">MPC: 299,99 €</div><div class="price-web">Web cijena: <span>269,99 €</span></div></div>'
        '<div class="stock-info"><span class="stock-label">Stanje:</span> <span class="stock-value sold">Rasprodano</span></div>'
        '<div class="buy"><button class="btn-buy disabled" disabled>Kupi</button></div></div></div>'
        '<div class="related"><h2>Slični proizvodi</h2>'
        + "".join(
            f'<div class="product-box"><a href="/{u}/product/"><img src="/slike/male/{u}.jpg"><span class="product-box-name">{t}</span></a><span class="product-box-price">{p}</span><button class="btn-buy">Kupi</button></div>'
            for u, t, p in [
                ("111", 'Monitor 27" AOC Q27G3XMN', "249,99 €"),
                ("222", 'Monitor 27" Samsung Odyssey G5', "279,99 €"),
                ("333", 'Monitor 27" Dell G2724D', "299,99 €"),
            ]
        )
        + '</div><footer class="footer"><p>Instar informatika d.o.o.</p></footer>',
    ),
    'Monitor 27" LG UltraGear 27GR75Q-B, IPS, QHD, 165Hz',
    269.99,
    "EUR",
    "OutOfStock",
)

# D7 Wildberries, rendered, the whole item sold out: "Нет в наличии", "Сообщить о поступлении"
case(
    "kz-wildberries-net-v-nalichii",
    "https://global.wildberries.ru/catalog/165432109/detail.aspx",
    doc(
        "ru",
        "Термокружка Stanley Quencher 1,18 л купить по цене 24 990 ₸ в интернет-магазине Wildberries | 165432109",
        '<div id="app"><header class="header"><a class="nav-element__logo" href="/">Wildberries</a><div class="search-catalog"><input id="searchInput" placeholder="Я ищу..."></div><a href="/lk/basket">Корзина</a></header>'
        '<div class="product-page"><ul class="breadcrumbs__list"><li><a href="/">Главная</a></li><li><a href="/catalog/dom">Дом</a></li><li><a href="/catalog/dom/posuda/termokruzhki">Термокружки</a></li></ul>'
        '<div class="product-page__slider"><div class="slide__content img-plug"><img src="https://basket-10.wbbasket.ru/vol1654/part165432/165432109/images/big/1.webp" alt="Термокружка Stanley Quencher"></div></div>'
        '<div class="product-page__header"><a class="product-page__header-brand" href="/brands/stanley">Stanley</a><h1 class="product-page__title">Термокружка Quencher 1,18 л</h1></div>'
        '<div class="product-page__price-block"><div class="price-block"><p class="price-block__price-wrap"><ins class="price-block__final-price">24 990 ₸</ins></p></div>'
        '<div class="sold-out-product"><span class="sold-out-product__text">Нет в наличии</span><button class="btn-base sold-out-product__btn">Сообщить о поступлении</button></div></div></div>'
        '<div class="goods-card-list"><h2>Похожие товары</h2>'
        + "".join(
            f'<article class="product-card"><a href="/catalog/{n}/detail.aspx"><img src="https://basket-01.wbbasket.ru/{n}.webp"><span class="product-card__name">{t}</span></a><ins class="price__lower-price">{p}</ins><button class="product-card__add-basket">В корзину</button></article>'
            for n, t, p in [
                (1, "Термокружка Tyeso 900 мл", "6 990 ₸"),
                (2, "Термос Thermos 1 л", "14 990 ₸"),
                (3, "Кружка Stanley Classic", "19 990 ₸"),
            ]
        )
        + '</div></div><footer class="footer">© Wildberries 2004–2026</footer></div>',
    ),
    "Термокружка Quencher 1,18 л",
    24990.0,
    "KZT",
    "OutOfStock",
)

# D8 Technodom, a pre-order: "Оформить предзаказ" and the expected arrival
case(
    "kz-technodom-predzakaz",
    "https://www.technodom.kz/p/igrovaya-konsol-sony-playstation-6-1tb-295001",
    doc(
        "ru",
        "Игровая консоль Sony PlayStation 6 1TB купить в Алматы по низкой цене | Technodom",
        '<div id="__next"><header class="Header_header__8xW9i"><a class="Header_logo__3sPqF" href="/"><img src="/_next/static/media/logo.svg" alt="Technodom"></a><div class="Search_search__1Hc3o"><input class="Search_input__Q2kTx" placeholder="Поиск"></div><a href="/cart">Корзина</a></header>'
        '<nav class="Breadcrumbs_breadcrumbs__2iVs6"><a href="/">Главная</a><a href="/catalog/igry-i-konsoli">Игры и консоли</a></nav>'
        '<div class="ProductCard_wrapper__x1Zt8"><div class="ProductGallery_gallery__3Q1xN"><img class="ProductGallery_mainImage__1k6mE" src="https://api.technodom.kz/f3/api/v1/images/800/800/ps6_1.jpg" alt="Игровая консоль Sony PlayStation 6 1TB"></div>'
        '<div class="ProductInfo_info__2vPbZ"><h1 class="Typography Typography__Heading Typography__Heading_H1">Игровая консоль Sony PlayStation 6 1TB</h1>'
        '<div class="ProductPrices_prices__1s8tE"><p class="Typography ProductPrices_price__3Xw7I Typography__Heading">449 990 ₸</p></div>'
        '<div class="ProductPreorder_preorder__1a2b3"><p>Предзаказ. Поступление ожидается 20 января 2027</p></div>'
        '<div class="ProductActions_actions__2bQ8v"><button class="ButtonNext_Button__1wP5T ButtonNext__Size-L__3r6u0">Оформить предзаказ</button></div></div></div>'
        '<section class="ProductsSlider_slider__2YzKq"><h2>Похожие товары</h2><ul>'
        + "".join(
            f'<li class="ProductCardV_card__1vY0b"><a href="/p/{u}"><img src="https://api.technodom.kz/f3/api/v1/images/300/300/{u}.jpg"><p class="ProductCardV_title__2j7Nc">{t}</p><p class="ProductCardPrices_price__2mYtQ">{p}</p></a><button class="ButtonNext_Button__1wP5T">В корзину</button></li>'
            for u, t, p in [
                ("ps5-pro", "Игровая консоль Sony PlayStation 5 Pro", "379 990 ₸"),
                ("xbox-x", "Игровая консоль Xbox Series X", "299 990 ₸"),
                ("switch2", "Игровая консоль Nintendo Switch 2", "249 990 ₸"),
            ]
        )
        + '</ul></section><footer class="Footer_footer__3c5Pt"><p>© 2026 Technodom</p></footer></div>',
    ),
    "Игровая консоль Sony PlayStation 6 1TB",
    449990.0,
    "KZT",
    "PreOrder",
)


# ---- batch 5: conditional prices and buy controls of the big marketplaces, shop software of the markets

# E1 Amazon.com: a Prime exclusive price beside the price everyone pays ("Join Prime to buy this item at")
case(
    "amazon-com-prime-exclusive-price",
    "https://www.amazon.com/Ninja-AF101-Fryer-Black-Gray/dp/B07FDJMC9Q",
    amz_page(
        "en-us",
        "amazon.com",
        "Amazon.com: Ninja AF101 Air Fryer that Crisps, Roasts, Reheats, &amp; Dehydrates, 4 Quart, Grey : Home &amp; Kitchen",
        amz_nav("amazon.com", "Deliver to", "All", "Account &amp; Lists", "&amp; Orders", "Cart"),
        ["Home &amp; Kitchen", "Kitchen &amp; Dining", "Small Appliances", "Fryers", "Air Fryers"],
        amz_gallery("71NinjaAF101", "Ninja AF101 Air Fryer"),
        amz_title(
            "Ninja AF101 Air Fryer that Crisps, Roasts, Reheats, &amp; Dehydrates, 4 Quart, Grey",
            "Visit the Ninja Store",
            "4.7 out of 5 stars",
        )
        + '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"><div class="a-section aok-relative">'
        + amz_price("89", "99", "$", False)
        + '<span class="aok-offscreen"> $89.99 </span></div><div class="a-section"><span class="a-size-small a-color-secondary basisPrice">List Price: '
        + amz_strike("$129.99")
        + "</span></div></div>"
        '<div id="primeExclusivePricingMessage" class="a-section"><div class="a-box a-alert-inline-info"><span class="a-text-bold">Prime exclusive deal</span> '
        '<span class="a-price" data-a-size="m"><span class="a-offscreen">$69.99</span><span aria-hidden="true">$69.99</span></span> '
        '<span>Join Prime to buy this item at $69.99</span> <a href="/prime">Join Prime</a></div></div></div>',
        '<div class="a-box"><div class="a-box-inner">'
        + amz_price("89", "99", "$", False, offscreen="$89.99", size="l")
        + '<div id="availability"><span class="a-color-success">In Stock</span></div>'
        '<input id="add-to-cart-button" type="submit" value="Add to Cart"><input id="buy-now-button" type="submit" value="Buy Now"></div></div>',
        '<div id="sims-fbt" class="a-section"><h2>Frequently bought together</h2><div class="a-row"><span>This item: Ninja AF101 Air Fryer</span> <span class="a-price"><span class="a-offscreen">$89.99</span></span> + '
        '<span>Ninja Air Fryer Parchment Liners</span> <span class="a-price"><span class="a-offscreen">$12.99</span></span></div>'
        '<div class="a-row"><span class="a-text-bold">Total price: </span><span class="a-price"><span class="a-offscreen">$102.98</span><span aria-hidden="true">$102.98</span></span></div>'
        '<span class="a-button a-button-primary"><input type="submit" value="Add both to Cart"></span></div>'
        + amz_carousel(
            "Products related to this item",
            [("COSORI Pro LE Air Fryer", "$79.99"), ("Instant Vortex Plus 6QT", "$99.95")],
        )
        + amz_details(
            "Product information", [("Brand", "Ninja"), ("Capacity", "4 Quarts"), ("ASIN", "B07FDJMC9Q")]
        )
        + amz_reviews(
            "Top reviews from the United States",
            "5.0 out of 5 stars",
            ["Got it for $69.99 with Prime. Love it."],
        ),
    ),
    "Ninja AF101 Air Fryer that Crisps, Roasts, Reheats, & Dehydrates, 4 Quart, Grey",
    89.99,
    "USD",
    "InStock",
)

# E2 Amazon.de: "Einmaliger Kauf" beside "Spar-Abo" in the accordion buy box
case(
    "amazon-de-einmaliger-kauf-spar-abo",
    "https://www.amazon.de/Ariel-Waschmittel-Pods-All-in-1-Waschladungen/dp/B0BQ3T9ZJQ",
    amz_page(
        "de-de",
        "amazon.de",
        "Ariel Waschmittel Pods All-in-1, 60 Waschladungen, Color : Amazon.de: Drogerie &amp; Körperpflege",
        amz_nav(
            "amazon.de",
            "Liefern an",
            "Alle",
            "Konto und Listen",
            "Warenrücksendungen und Bestellungen",
            "Einkaufswagen",
        ),
        ["Drogerie &amp; Körperpflege", "Haushalt", "Waschmittel"],
        amz_gallery("81ArielPods", "Ariel Waschmittel Pods"),
        amz_title(
            "Ariel Waschmittel Pods All-in-1, 60 Waschladungen, Color",
            "Besuche den Ariel-Store",
            "4,8 von 5 Sternen",
        )
        + '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"><div class="a-section aok-relative">'
        + amz_price("19", "99", "€", True)
        + '<span class="aok-offscreen"> 19,99 € </span></div><div class="a-section"><span class="a-size-mini">(0,33 € / Waschladung)</span></div></div></div>',
        '<div id="buyBoxAccordion" class="a-accordion"><div id="newAccordionRow_0" class="a-box a-accordion-active"><div class="a-box-inner"><h5><span class="a-text-bold">Einmaliger Kauf:</span></h5>'
        + amz_price("19", "99", "€", True, offscreen="19,99&nbsp;€", size="l")
        + '<div id="availability"><span class="a-color-success">Auf Lager</span></div><input id="add-to-cart-button" type="submit" value="In den Einkaufswagen"></div></div>'
        '<div id="snsAccordionRowMiddle" class="a-box"><div class="a-box-inner"><h5><span class="a-text-bold">Spar-Abo:</span></h5>'
        '<span class="a-price" data-a-size="l"><span class="a-offscreen">17,99&nbsp;€</span><span aria-hidden="true">17,99 €</span></span>'
        '<p>Sparen Sie 10 % mit dem Spar-Abo. Lieferung alle 2 Monate</p><input id="rcx-subscribe-submit-button-announce" type="submit" value="Spar-Abo abschließen"></div></div></div>',
        amz_carousel(
            "Ähnliche Artikel", [("Persil Discs Color 54 WL", "18,49 €"), ("Lenor Pods 50 WL", "16,99 €")]
        )
        + amz_details(
            "Produktinformation", [("Marke", "Ariel"), ("Anzahl der Einheiten", "60"), ("ASIN", "B0BQ3T9ZJQ")]
        )
        + amz_reviews("Top-Rezensionen aus Deutschland", "5,0 von 5 Sternen", ["Im Spar-Abo günstiger."]),
    ),
    "Ariel Waschmittel Pods All-in-1, 60 Waschladungen, Color",
    19.99,
    "EUR",
    "InStock",
)

# E3 Amazon Handmade (.com): "Customize Now" in place of the cart button
case(
    "amazon-com-handmade-customize-now",
    "https://www.amazon.com/Personalized-Leather-Engraved-Anniversary-Boyfriend/dp/B08L5NQ7XR",
    amz_page(
        "en-us",
        "amazon.com",
        "Amazon.com: Personalized Leather Wallet for Men, Engraved Bifold Wallet, Anniversary Gift : Handmade Products",
        amz_nav("amazon.com", "Deliver to", "All", "Account &amp; Lists", "&amp; Orders", "Cart"),
        ["Handmade Products", "Clothing, Shoes &amp; Accessories", "Men", "Wallets"],
        amz_gallery("81HmWallet", "Personalized Leather Wallet for Men"),
        amz_title(
            "Personalized Leather Wallet for Men, Engraved Bifold Wallet, Anniversary Gift",
            "Visit the LeatherCraftCo Store",
            "4.8 out of 5 stars",
        )
        + '<div id="apex_desktop"><div id="corePriceDisplay_desktop_feature_div"><div class="a-section aok-relative">'
        + amz_price("34", "95", "$", False)
        + '<span class="aok-offscreen"> $34.95 </span></div></div></div><div id="handmade-badge"><span>Amazon Handmade</span></div>',
        '<div class="a-box"><div class="a-box-inner">'
        + amz_price("34", "95", "$", False, offscreen="$34.95", size="l")
        + '<div id="availability"><span class="a-color-success">In Stock</span></div><div class="a-section">Usually ships within 3 to 5 days.</div>'
        '<span class="a-button a-button-primary" id="gestalt-buybox-button"><a class="a-button-text" href="/gestalt/fulfill/index.html?asin=B08L5NQ7XR">Customize Now</a></span>'
        '<div class="tabular-buybox-text"><span>Ships from</span><span>LeatherCraftCo</span><span>Sold by</span><span>LeatherCraftCo</span></div></div></div>',
        amz_carousel(
            "Products related to this item",
            [("Custom Engraved Money Clip", "$19.99"), ("Personalized Key Chain", "$14.95")],
        )
        + amz_details("Product information", [("Material", "Genuine leather"), ("ASIN", "B08L5NQ7XR")])
        + amz_reviews(
            "Top reviews from the United States", "5.0 out of 5 stars", ["Engraving came out perfect."]
        ),
    ),
    "Personalized Leather Wallet for Men, Engraved Bifold Wallet, Anniversary Gift",
    34.95,
    "USD",
    "InStock",
)

# E4 a Kazakh 1C-Bitrix shop (Shop.kz-like): "Наличие: много", the buy link a javascript link
case(
    "kz-bitrix-nalichie-mnogo",
    "https://shop.kz/offer/noutbuk-acer-aspire-5-a515-58p-i5-1335u-16gb-512gb/",
    doc(
        "ru",
        "Ноутбук Acer Aspire 5 A515-58P i5-1335U 16GB 512GB купить в Алматы, цена в интернет-магазине Белый Ветер",
        '<div class="bx-wrapper"><header class="bx-header"><div class="bx-logo"><a class="bx-logo-block" href="/"><img src="/local/templates/shop/images/logo.svg" alt="Белый Ветер"></a></div>'
        '<div class="bx-header-phone">8 800 080 80 88</div><div class="bx-searchtitle"><input type="text" name="q" placeholder="Поиск"></div>'
        '<div class="bx-basket"><a href="/personal/cart/">Корзина</a></div></header><nav class="bx-top-nav"><ul><li><a href="/catalog/noutbuki/">Ноутбуки</a></li><li><a href="/catalog/smartfony/">Смартфоны</a></li></ul></nav>'
        '<div class="bx-breadcrumb"><div class="bx-breadcrumb-item"><a href="/">Главная</a></div><div class="bx-breadcrumb-item"><a href="/catalog/">Каталог</a></div><div class="bx-breadcrumb-item"><a href="/catalog/noutbuki/">Ноутбуки</a></div></div>'
        '<div class="bx-catalog-element" id="bx_117848907_45678"><div class="product-item-detail-slider-container"><div class="product-item-detail-slider-image active"><img src="/upload/iblock/4a5/4a5b6c7d8e9f/acer-aspire-5.jpg" alt="Ноутбук Acer Aspire 5 A515-58P" title="Ноутбук Acer Aspire 5 A515-58P"></div></div>'
        '<div class="product-item-detail-info-container"><h1 class="bx-title">Ноутбук Acer Aspire 5 A515-58P i5-1335U 16GB 512GB</h1><div class="product-item-detail-article">Артикул: 165432</div>'
        '<div class="product-item-detail-price-old">389 990 ₸</div><div class="product-item-detail-price-current" id="bx_117848907_45678_price">359 990 ₸</div>'
        '<div class="product-item-detail-quantity-limit">Наличие: <span class="product-item-quantity">много</span></div>'
        '<div class="product-item-detail-info-container"><a class="btn btn-default product-item-detail-buy-button" id="bx_117848907_45678_add_basket_link" href="javascript:void(0)" rel="nofollow"><span>В корзину</span></a></div>'
        '<div class="credit">Рассрочка 0-0-12 от 29 999 ₸/мес</div></div></div>'
        '<div class="bx-catalog-tab-section"><h2>Характеристики</h2><dl class="product-item-detail-properties"><dt>Процессор</dt><dd>Intel Core i5-1335U</dd><dt>Диагональ</dt><dd>15.6"</dd></dl></div>'
        '<div class="catalog-block-header">Рекомендуем</div><div class="product-item-list">'
        + "".join(
            f'<div class="product-item-container"><div class="product-item"><a class="product-item-image-wrapper" href="/offer/{u}/"><img src="/upload/iblock/{u}.jpg"></a><div class="product-item-title"><a href="/offer/{u}/">{t}</a></div>'
            f'<div class="product-item-price-current">{p}</div><a class="btn btn-default" href="javascript:void(0)">В корзину</a></div></div>'
            for u, t, p in [
                ("lenovo-ideapad", "Ноутбук Lenovo IdeaPad 3", "299 990 ₸"),
                ("hp-15s", "Ноутбук HP 15s", "279 990 ₸"),
                ("asus-vivo", "Ноутбук ASUS Vivobook 15", "319 990 ₸"),
            ]
        )
        + '</div><footer class="bx-footer"><p>© 2026 ТОО «Белый Ветер KZ»</p></footer></div>',
    ),
    "Ноутбук Acer Aspire 5 A515-58P i5-1335U 16GB 512GB",
    359990.0,
    "KZT",
    "InStock",
)

# E5 Carrefour Argentina (VTEX legacy): "skuBestPrice" with a comma decimal, "skuListPrice", a "Comprar" link
case(
    "ar-vtex-legacy-sku-best-price",
    "https://www.carrefour.com.ar/yerba-mate-playadito-1-kg-123456/p",
    doc(
        "es-AR",
        "Yerba mate Playadito 1 kg. - Carrefour",
        '<header class="header"><a class="logo" href="/"><img src="/arquivos/logo-carrefour.png" alt="Carrefour"></a><div class="fulltext-search-box"><input class="fulltext-search-box ui-autocomplete-input" placeholder="Buscá productos"></div><a class="link-cart" href="/checkout/#/cart">Mi carrito</a></header>'
        '<div class="bread-crumb"><ul><li><a href="/">Carrefour</a></li><li><a href="/almacen">Almacén</a></li><li><a href="/almacen/infusiones">Infusiones</a></li></ul></div>'
        '<div class="product-detail"><div class="apresentacao"><div id="show"><div id="include"><div id="image"><a href="https://carrefourar.vteximg.com.br/arquivos/ids/312345-1000-1000/7790387000123_01.jpg" class="image-zoom" id="botaoZoom">'
        '<img id="image-main" class="sku-rich-image-main" src="https://carrefourar.vteximg.com.br/arquivos/ids/312345-500-500/7790387000123_01.jpg" alt="Yerba mate Playadito 1 kg." title="Yerba mate Playadito 1 kg."></a></div></div></div></div>'
        '<div class="product-info"><div class="productName">Yerba mate Playadito 1 kg.</div>'
        '<div class="price-box"><p class="descricao-preco"><em class="valor-de price-list-price">Precio regular: <strong class="skuListPrice">$ 4.899,00</strong></em>'
        '<em class="valor-por price-best-price">Precio: <strong class="skuBestPrice">$ 3.919,20</strong></em></p><p class="precio-unitario">Precio por kg: $ 3.919,20</p><p class="sin-impuestos">Precio sin impuestos nacionales: $ 3.239,01</p></div>'
        '<div class="buy-button-box"><a target="_top" class="buy-button buy-button-ref" href="/checkout/cart/add?sku=123456&amp;qty=1&amp;seller=1&amp;redirect=true&amp;sc=1">Comprar</a></div></div></div>'
        '<div class="prateleira"><h2>Productos similares</h2><ul>'
        + "".join(
            f'<li><div class="product-card"><a href="/{u}/p"><img src="https://carrefourar.vteximg.com.br/arquivos/ids/{u}.jpg"><h3>{t}</h3></a><span class="best-price">{p}</span><a class="buy-button" href="/checkout/cart/add?sku={u}">Comprar</a></div></li>'
            for u, t, p in [
                ("111", "Yerba mate Taragüí 1 kg.", "$ 3.599,00"),
                ("222", "Yerba mate Rosamonte 1 kg.", "$ 3.799,00"),
                ("333", "Yerba mate CBSé 500 g.", "$ 1.999,00"),
            ]
        )
        + '</ul></div><footer class="footer"><p>INC S.A. — Carrefour Argentina</p></footer>',
    ),
    "Yerba mate Playadito 1 kg.",
    3919.20,
    "ARS",
    "InStock",
)

# E6 Konzum klik (Croatia): the price and its unit price per kg, "Dodaj u košaricu"
case(
    "hr-konzum-unit-price",
    "https://www.konzum.hr/web/products/kava-franck-jubilarna-mljevena-400-g",
    doc(
        "hr",
        "Kava Franck Jubilarna mljevena 400 g | Konzum",
        '<header class="header"><a class="header__logo" href="/web"><img src="/assets/logo.svg" alt="Konzum"></a><div class="search"><input placeholder="Pretraži proizvode"></div><a class="header__cart" href="/web/cart">Košarica</a></header>'
        '<nav class="breadcrumbs"><a href="/web">Početna</a> / <a href="/web/t/kategorije/kava">Kava</a> / <a href="/web/t/kategorije/kava/mljevena-kava">Mljevena kava</a></nav>'
        '<div class="product-page"><div class="product-page__image"><img src="https://d17zv3ray5yxvp.cloudfront.net/variants/abc123/franck-jubilarna-400.jpg" alt="Kava Franck Jubilarna mljevena 400 g"></div>'
        '<div class="product-page__info"><h1 class="product-page__title">Kava Franck Jubilarna mljevena 400 g</h1>'
        '<div class="product-page__price"><span class="price--kn">6,49 €</span><small class="product-page__unit-price">Cijena za kg: 16,23 €</small></div>'
        '<div class="product-page__lowest">Najniža cijena u posljednjih 30 dana: 6,49 €</div>'
        '<div class="product-page__actions"><div class="quantity"><button type="button" class="js-minus">−</button><input value="1"><button type="button" class="js-plus">+</button></div><button class="btn btn--primary js-add-to-cart">Dodaj u košaricu</button></div></div></div>'
        '<div class="product-list"><h2>Slični proizvodi</h2>'
        + "".join(
            f'<article class="product-item"><a href="/web/products/{u}"><img src="https://d17zv3ray5yxvp.cloudfront.net/variants/{u}.jpg"><h3 class="product-item__title">{t}</h3></a><span class="price--kn">{p}</span><button class="btn js-add-to-cart">Dodaj</button></article>'
            for u, t, p in [
                ("barcaffe-400", "Kava Barcaffe Classic 400 g", "5,99 €"),
                ("jacobs-500", "Kava Jacobs Krönung 500 g", "8,49 €"),
                ("franck-200", "Kava Franck Jubilarna 200 g", "3,49 €"),
            ]
        )
        + '</div><footer class="footer"><p>Konzum plus d.o.o.</p></footer>',
    ),
    "Kava Franck Jubilarna mljevena 400 g",
    6.49,
    "EUR",
    "InStock",
)

# E7 Lotteon: sold out ("품절"), the price block with its "최대혜택가", the buttons replaced by "재입고 알림"
case(
    "kr-lotteon-pumjeol",
    "https://www.lotteon.com/p/product/LO2134567890",
    doc(
        "ko",
        "[롯데백화점] 나이키 에어 포스 1 07 CW2288-111 - 롯데ON",
        '<div id="app"><header class="header"><h1 class="logo"><a href="https://www.lotteon.com/p/display/main/lotteon">롯데ON</a></h1><div class="srchBox"><input placeholder="검색어를 입력해 주세요"></div><a href="/p/order/cart">장바구니</a></header>'
        '<div class="breadcrumb"><a href="/">홈</a><a href="/p/display/category/fashion">패션</a><a href="/p/display/category/shoes">신발</a></div>'
        '<div class="productDetail"><div class="productImg"><img src="https://contents.lotteon.com/itemimage/LO/21/34/56/78/90/_2/13/45/67/89/0/LO2134567890_2134567890_1.jpg" alt="나이키 에어 포스 1 07"></div>'
        '<div class="productInfo"><div class="brandName"><a href="/p/display/brand/nike">나이키</a></div><div class="productName"><h2 class="title">[롯데백화점] 나이키 에어 포스 1 07 CW2288-111</h2></div>'
        '<div class="priceInfo"><div class="price"><span class="discount">10%</span><del class="original">139,000원</del><strong class="sale">125,100<span>원</span></strong></div><div class="maxBenefit">최대혜택가 <b>118,845원</b></div></div>'
        '<div class="soldOutInfo"><strong>품절</strong><p>선택하신 상품은 현재 품절입니다.</p></div>'
        '<div class="buttonArea"><button type="button" class="btnRestock">재입고 알림</button><button type="button" class="btnWish">찜</button></div></div></div>'
        '<div class="recommend"><h3>함께 보면 좋은 상품</h3><ul>'
        + "".join(
            f'<li><a href="/p/product/LO{n}"><img src="https://contents.lotteon.com/r{n}.jpg"><p class="name">{t}</p><strong class="price">{p}</strong></a></li>'
            for n, t, p in [
                (1, "나이키 코트 비전 로우", "89,000원"),
                (2, "아디다스 삼바 OG", "139,000원"),
                (3, "뉴발란스 530", "119,000원"),
            ]
        )
        + '</ul></div><footer class="footer"><p>롯데쇼핑(주) e커머스사업부</p></footer></div>',
    ),
    "[롯데백화점] 나이키 에어 포스 1 07 CW2288-111",
    125100.0,
    "KRW",
    "OutOfStock",
)


# ---- must-not-fire pages (each read right with the modules at the commit before its rule) ------------


def shop(lang: str, doc_title: str, logo: str, crumbs: list[str], main: str, related: list[tuple[str, str, str]],
         footer: str, head: str = "", related_heading: str = "Related") -> str:  # fmt: skip
    """A small shop's whole page: header with a logo link and menus, breadcrumbs, `main`, a related strip of
    (name, price, link) cards, footer."""
    cards = "".join(
        f'<li class="item"><a href="{u}"><img src="/upload/rel{i}.jpg" alt="{escape(n)}"></a><p class="item-name"><a href="{u}">{n}</a></p>'
        f'<p class="item-price">{pr}</p></li>'
        for i, (n, pr, u) in enumerate(related)
    )
    crumb = " &gt; ".join(f'<a href="/c/{i}">{c}</a>' for i, c in enumerate(crumbs))
    body = (
        f'<header id="header">{logo}<ul class="gnb"><li><a href="/c/new">NEW</a></li><li><a href="/c/best">BEST</a></li>'
        f'<li><a href="/board/notice">NOTICE</a></li></ul><a href="/order/basket.html" class="cart">CART</a></header>'
        f'<div class="path">{crumb}</div><div id="contents">{main}</div>'
        f'<div class="relation"><h3>{related_heading}</h3><ul class="prdList">{cards}</ul></div><footer id="footer">{footer}</footer>'
    )
    return doc(lang, doc_title, body, head)


# titles' "goods" / "prd" names: the h1 stays the title where cards and a recently-viewed box use them
not_fire(
    "goods-name-cards-beside-the-h1",
    "https://www.kidsmall.co.kr/goods/view?no=4521",
    shop(
        "ko",
        "뽀로로 블록 하우스 대형 세트 - 키즈몰",
        '<h1 class="logo"><a href="/"><img src="/img/logo.png" alt="키즈몰"></a></h1>',
        ["홈", "완구", "블록"],
        '<div class="goods-view"><div class="goods-img"><img src="https://www.kidsmall.co.kr/data/goods/4521_big.jpg" alt="뽀로로 블록 하우스 대형 세트"></div>'
        '<div class="goods-info"><h1 class="goods-view-title">뽀로로 블록 하우스 대형 세트</h1><dl class="price"><dt>판매가</dt><dd><strong>45,900</strong>원</dd></dl>'
        '<button class="btn-buy">구매하기</button><button class="btn-cart">장바구니</button></div></div>'
        '<aside class="recent-view"><h4>최근 본 상품</h4><p class="goods_name">타요 버스 주차장</p><p class="goods_price">32,000원</p></aside>',
        [
            ("타요 버스 주차장", "32,000원", "/goods/view?no=4522"),
            ("뽀로로 자동차 세트", "19,800원", "/goods/view?no=4523"),
            ("코코몽 주방놀이", "54,000원", "/goods/view?no=4524"),
        ],
        "<p>키즈몰 | 대표 이영희</p>",
    ),
    "뽀로로 블록 하우스 대형 세트",
    45900.0,
    "KRW",
    "InStock",
)
not_fire(
    "prd-name-related-strip-beside-the-h2-title",
    "https://www.beautyone.com.tw/product/detail/88121",
    shop(
        "zh-Hant",
        "理膚寶水 全護清爽防曬液 UVA PRO 30ml | Beauty One 美妝",
        '<a class="logo" href="/"><img src="/img/logo.svg" alt="Beauty One"></a>',
        ["首頁", "防曬", "臉部防曬"],
        '<div class="product-detail"><div class="gallery"><img src="https://www.beautyone.com.tw/images/88121_main.jpg" alt="理膚寶水 全護清爽防曬液"></div>'
        '<div class="info"><h2 class="product-title">理膚寶水 全護清爽防曬液 UVA PRO 30ml</h2><p class="price">售價 <span>NT$ 880</span></p>'
        '<button class="add-to-cart">加入購物車</button></div></div>'
        '<div class="hot"><h3>熱銷排行</h3><ul><li class="prd"><p class="prdName">薇姿 89 火山能量瓶</p><p class="prdPrice">NT$ 1,380</p></li>'
        '<li class="prd"><p class="prdName">雅漾 舒護活泉水</p><p class="prdPrice">NT$ 450</p></li><li class="prd"><p class="prdName">貝德瑪 卸妝水</p><p class="prdPrice">NT$ 599</p></li></ul></div>',
        [
            ("理膚寶水 B5 修復霜", "NT$ 720", "/product/detail/88122"),
            ("理膚寶水 清痘淨膚", "NT$ 650", "/product/detail/88123"),
        ],
        "<p>Beauty One 美妝股份有限公司</p>",
    ),
    "理膚寶水 全護清爽防曬液 UVA PRO 30ml",
    880.0,
    "TWD",
    "InStock",
)

# titles' front-page links: a shop-titled builder's notice page and category page stay without a listing; a
# product page whose document title names the product keeps its heading
not_fire(
    "cafe24-notice-board-shop-titled",
    "https://www.mellowshop.co.kr/board/free/read.html?no=1203&board_no=1",
    shop(
        "ko",
        "멜로우샵",
        '<h1 class="xans-element- xans-layout xans-layout-logotop"><a href="/index.html"><img src="/web/upload/logo.png" alt="멜로우샵"></a></h1>',
        ["홈", "공지사항"],
        '<div class="xans-element- xans-board xans-board-read"><div class="boardView"><h2>배송 지연 안내 (12월 연말 물량 증가)</h2><p>연말 물량 증가로 배송이 1~2일 지연될 수 있습니다. '
        "5만원 이상 무료배송, 3,000원 배송비는 그대로입니다.</p></div></div>",
        [
            ("캐시미어 라운드 니트", "49,000원", "/product/detail.html?product_no=1235"),
            ("울 머플러", "29,000원", "/product/detail.html?product_no=1236"),
        ],
        "<p>상호 : 멜로우샵 | 대표 : 김민지</p>",
    ),
    None,
)
not_fire(
    "cafe24-category-page-shop-titled",
    "https://www.mellowshop.co.kr/category/outer/45/",
    shop(
        "ko",
        "멜로우샵",
        '<h1 class="xans-element- xans-layout xans-layout-logotop"><a href="/index.html"><img src="/web/upload/logo.png" alt="멜로우샵"></a></h1>',
        ["홈", "OUTER"],
        '<div class="xans-element- xans-product xans-product-menupackage"><h2>OUTER</h2></div><ul class="xans-element- xans-product xans-product-listnormal prdList grid4">'
        + "".join(
            f'<li class="xans-record-"><div class="thumbnail"><a href="/product/detail.html?product_no={n}"><img src="/web/product/medium/{n}.jpg" alt=""></a></div>'
            f'<div class="description"><strong class="name"><a href="/product/detail.html?product_no={n}"><span>{t}</span></a></strong><ul><li>{p}원</li></ul></div></li>'
            for n, t, p in [
                (1234, "오버핏 울 가디건 멜란지", "54,400"),
                (1237, "핸드메이드 울 코트", "189,000"),
                (1238, "숏 패딩 점퍼", "129,000"),
                (1239, "플리스 집업", "59,000"),
            ]
        )
        + "</ul>",
        [],
        "<p>상호 : 멜로우샵 | 대표 : 김민지</p>",
    ),
    None,
)
not_fire(
    "index-html-logo-product-titled-document",
    "https://www.dailyknit.co.kr/product/detail.html?product_no=77",
    shop(
        "ko",
        "울 케이블 니트 가디건 - 데일리니트",
        '<h1 class="logo"><a href="/index.html"><img src="/web/upload/logo.png" alt="데일리니트"></a></h1>',
        ["홈", "KNIT"],
        '<div class="detailArea"><div class="keyImg"><img src="//www.dailyknit.co.kr/web/product/big/77.jpg" alt="울 케이블 니트 가디건" class="BigImage"></div>'
        '<div class="infoArea"><div class="headingArea"><h2>울 케이블 니트 가디건</h2></div><table><tr><th>판매가</th><td><strong id="span_product_price_text">69,000원</strong></td></tr></table>'
        '<div class="btnArea"><a href="#none" class="btnSubmit">BUY NOW</a><a href="#none" class="btnBasket">ADD TO CART</a></div></div></div>',
        [
            ("램스울 라운드 니트", "45,000원", "/product/detail.html?product_no=78"),
            ("앙고라 머플러", "25,000원", "/product/detail.html?product_no=79"),
            ("캐시미어 비니", "19,000원", "/product/detail.html?product_no=80"),
        ],
        "<p>상호 : 데일리니트</p>",
    ),
    "울 케이블 니트 가디건",
    69000.0,
    "KRW",
    "InStock",
)

# values' no-longer-sold wording: a review saying so of a shop, and "no longer on sale" (a discount that ended)
not_fire(
    "hr-review-vise-nije-u-prodaji-in-stock",
    "https://www.hgspot.hr/usisavac-dyson-v15-detect",
    shop(
        "hr",
        "Usisavač DYSON V15 Detect Absolute | HGSpot",
        '<a class="logo" href="/"><img src="/img/hgspot.svg" alt="HGSpot"></a>',
        ["Početna", "Mali kućanski aparati", "Usisavači"],
        '<div class="product"><div class="product-image"><img src="https://www.hgspot.hr/media/catalog/product/d/y/dyson-v15.jpg" alt="Usisavač DYSON V15 Detect Absolute"></div>'
        '<div class="product-info"><h1>Usisavač DYSON V15 Detect Absolute</h1><div class="price-box"><span class="price">749,00 €</span></div>'
        '<div class="stock"><span>Dostupnost:</span> Na stanju</div><button class="btn-cart">Dodaj u košaricu</button></div></div>'
        '<div class="reviews"><h2>Recenzije</h2><div class="review"><p>Stari model V11 više nije u prodaji pa sam uzeo ovaj. Odličan je.</p></div></div>',
        [
            ("Usisavač DYSON V12", "549,00 €", "/usisavac-dyson-v12"),
            ("Usisavač DYSON V8", "349,00 €", "/usisavac-dyson-v8"),
            ("Usisavač ROWENTA X-Force", "399,00 €", "/usisavac-rowenta"),
        ],
        "<p>HGSpot d.o.o.</p>",
    ),
    "Usisavač DYSON V15 Detect Absolute",
    749.0,
    "EUR",
    "InStock",
)
not_fire(
    "en-no-longer-on-sale-in-stock",
    "https://www.gearhub.example/products/trail-running-vest-12l",
    shop(
        "en",
        "Trail Running Vest 12L | GearHub",
        '<a class="logo" href="/"><img src="/img/gearhub.svg" alt="GearHub"></a>',
        ["Home", "Running", "Hydration"],
        '<div class="product"><div class="product-media"><img src="https://cdn.gearhub.example/p/vest-12l-1.jpg" alt="Trail Running Vest 12L"></div>'
        '<div class="product-info"><h1 class="product-title">Trail Running Vest 12L</h1><div class="price-box"><span class="price">$129.00</span></div>'
        '<p class="promo-note">Black Friday pricing ended: this item is no longer on sale.</p>'
        '<div class="availability">In stock, ships in 1-2 days</div><button class="add-to-cart">Add to cart</button></div></div>',
        [
            ("Soft Flask 500ml", "$32.00", "/products/soft-flask-500"),
            ("Running Belt", "$29.00", "/products/running-belt"),
            ("Trail Gaiters", "$24.00", "/products/trail-gaiters"),
        ],
        "<p>© 2026 GearHub</p>",
    ),
    "Trail Running Vest 12L",
    129.0,
    "USD",
    "InStock",
)

# price_text's conditional names: the final price with a "wallet" modifier alone, a members' price block
not_fire(
    "wildberries-final-price-wallet-modifier-alone",
    "https://global.wildberries.ru/catalog/176543210/detail.aspx",
    doc(
        "ru",
        "Куртка пуховая Columbia Puffect II купить по цене 64 990 ₸ | Wildberries",
        '<div id="app"><header class="header"><a class="nav-element__logo" href="/">Wildberries</a><a href="/lk/basket">Корзина</a></header>'
        '<div class="product-page"><ul class="breadcrumbs__list"><li><a href="/">Главная</a></li><li><a href="/catalog/zhenshchinam">Женщинам</a></li></ul>'
        '<div class="product-page__slider"><img src="https://basket-11.wbbasket.ru/vol1765/part176543/176543210/images/big/1.webp" alt="Куртка пуховая Columbia Puffect II"></div>'
        '<div class="product-page__header"><a class="product-page__header-brand" href="/brands/columbia">Columbia</a><h1 class="product-page__title">Куртка пуховая Puffect II</h1></div>'
        '<div class="price-block"><p class="price-block__price-wrap"><ins class="price-block__final-price wallet">64 990 ₸</ins><del class="price-block__old-price"><span>89 990 ₸</span></del></p></div>'
        '<div class="product-page__order-buttons"><button class="btn-main">Добавить в корзину</button></div></div>'
        '<div class="goods-card-list"><h2>Похожие товары</h2>'
        + "".join(
            f'<article class="product-card"><a href="/catalog/{n}/detail.aspx"><img src="https://basket-01.wbbasket.ru/{n}.webp"><span class="product-card__name">{t}</span></a><ins class="price__lower-price">{p}</ins></article>'
            for n, t, p in [
                (1, "Куртка The North Face", "79 990 ₸"),
                (2, "Пуховик Uniqlo", "39 990 ₸"),
                (3, "Парка Outventure", "44 990 ₸"),
            ]
        )
        + "</div></div>",
    ),
    "Куртка пуховая Puffect II",
    64990.0,
    "KZT",
    "InStock",
)
not_fire(
    "us-member-price-label-beside-regular",
    "https://www.outdoorcoop.example/product/alpine-down-jacket",
    shop(
        "en",
        "Alpine Down Jacket - Women's | Outdoor Co-op",
        '<a class="logo" href="/"><img src="/img/coop.svg" alt="Outdoor Co-op"></a>',
        ["Home", "Women", "Jackets"],
        '<div class="product"><div class="product-media"><img src="https://cdn.outdoorcoop.example/p/alpine-down-1.jpg" alt="Alpine Down Jacket"></div>'
        '<div class="product-info"><h1 id="product-page-title">Alpine Down Jacket - Women\'s</h1><div class="price-block"><span class="price-value">$229.00</span>'
        '<span class="member-price">Members $206.10</span></div><button id="add-to-cart">Add to cart</button></div></div>',
        [
            ("Trailhead Fleece", "$79.00", "/product/trailhead-fleece"),
            ("Rain Shell", "$149.00", "/product/rain-shell"),
            ("Merino Base Layer", "$89.00", "/product/merino-base"),
        ],
        "<p>© 2026 Outdoor Co-op</p>",
    ),
    "Alpine Down Jacket - Women's",
    229.0,
    "USD",
    "InStock",
)


# values' no-longer-sold wording (the first nine read None before, the last four read the same)
NO_LONGER_SOLD = [
    ("Proizvod više nije u prodaji.", "Discontinued"),
    ("Ovaj artikl nije više u prodaji", "Discontinued"),
    ("Povučeno iz prodaje", "Discontinued"),
    ("Izdelek je umaknjen iz prodaje", "Discontinued"),
    ("Товар больше не продаётся", "Discontinued"),
    ("Este producto ya no está a la venta", "Discontinued"),
    ("Prodotto non più in vendita", "Discontinued"),
    ("Cet article n'est plus en vente", "Discontinued"),
    ("This item is no longer sold", "Discontinued"),
    ("This item is no longer on sale", None),
    ("U prodaji od 15. 1. 2027", None),
    ("Na prodaju u 12 poslovnica", None),
    ("Zadnji komadi u prodaji", "InStock"),
]


@pytest.mark.parametrize(("text", "state"), NO_LONGER_SOLD)
def test_no_longer_sold_wording(text: str, state: str | None) -> None:
    from knockoff.crawler.values import normalize_availability

    assert normalize_availability(text) == state


# pagestate's discounted and listed prices: a null discounted price, a price object's own value beside a list,
# and a category page's state of several items (no listing)
not_fire(
    "naver-state-only-null-discounted-price",
    "https://smartstore.naver.com/teahouse/products/6612345678",
    skeleton(
        "ko",
        "제주 유기농 녹차 티백 50개입 : 티하우스",
        '<a class="logo" href="https://shopping.naver.com/">네이버쇼핑</a><a href="/teahouse">티하우스</a>',
        ["전체상품", "녹차", "홍차"],
        '<div id="root"></div>',
        state(
            "window.__PRELOADED_STATE__",
            {
                "product": {
                    "A": {
                        "id": 6612345678,
                        "name": "제주 유기농 녹차 티백 50개입",
                        "salePrice": 15900,
                        "discountedSalePrice": None,
                        "productStatusType": "SALE",
                        "currency": "KRW",
                    }
                }
            },
        ),
        "<p>티하우스</p>",
    ),
    "제주 유기농 녹차 티백 50개입",
    15900.0,
    "KRW",
    None,  # its "SALE" status without a stock count: read by the sale-status kind (the next case)
)
not_fire(
    "state-price-value-beside-a-list-of-prices",
    "https://www.tiendadeportes.com.ar/zapatillas-running-fila-racer-t2",
    skeleton(
        "es-AR",
        "Zapatillas Running Fila Racer T2 Hombre - Tienda Deportes",
        '<a class="logo" href="/"><img src="/logo.svg" alt="Tienda Deportes"></a>',
        ["Hombre", "Mujer", "Running"],
        '<div id="__next"></div>',
        next_data(
            {
                "props": {
                    "pageProps": {
                        "product": {
                            "title": "Zapatillas Running Fila Racer T2 Hombre",
                            "currency": "ARS",
                            "price": {"value": 89999, "prices": [{"value": 99999, "label": "lista"}]},
                        }
                    }
                }
            }
        ),
        "<p>Tienda Deportes S.R.L.</p>",
    ),
    "Zapatillas Running Fila Racer T2 Hombre",
    89999.0,
    "ARS",
    None,
)
not_fire(
    "apollo-state-category-of-several-items",
    "https://www.fravega.com/l/climatizacion/aires-acondicionados/",
    skeleton(
        "es-AR",
        "Aires Acondicionados Split Frío Calor BGH Samsung LG - Frávega",
        '<a class="sc-logo" href="/" aria-label="Frávega"><svg></svg></a>',
        ["Climatización", "TV y Video"],
        '<div id="__next"></div>',
        next_data(
            {
                "props": {
                    "pageProps": {
                        "__APOLLO_STATE__": {
                            f"Item:{i}": {
                                "__typename": "Item",
                                "id": str(i),
                                "title": t,
                                "salePrice": {"amounts": [{"min": p, "max": p, "currency": "ARS"}]},
                            }
                            for i, t, p in [
                                (1, "Aire Acondicionado Split BGH Silent Air 3000W Frío Calor", 949999),
                                (2, "Aire Acondicionado Split Samsung WindFree 3000W Frío Calor", 1199999),
                                (3, "Aire Acondicionado Split LG Dual Inverter 3000W Frío Calor", 1099999),
                            ]
                        }
                    }
                }
            }
        ),
        "<p>Frávega S.A.C.I.e I.</p>",
    ),
    None,
)


# pagestate's sale-status words: a stock word in a status key still reads as before
not_fire(
    "naver-state-only-status-outofstock",
    "https://smartstore.naver.com/handmadeleather/products/5512345679",
    skeleton(
        "ko",
        "소가죽 벨트 클래식 35mm : 핸드메이드레더",
        '<a class="logo" href="https://shopping.naver.com/">네이버쇼핑</a><a href="/handmadeleather">핸드메이드레더</a>',
        ["전체상품", "지갑", "벨트"],
        '<div id="root"></div>',
        state(
            "window.__PRELOADED_STATE__",
            {
                "product": {
                    "A": {
                        "id": 5512345679,
                        "name": "소가죽 벨트 클래식 35mm",
                        "salePrice": 45000,
                        "productStatusType": "OUTOFSTOCK",
                        "currency": "KRW",
                    }
                }
            },
        ),
        "<p>핸드메이드레더</p>",
    ),
    "소가죽 벨트 클래식 35mm",
    45000.0,
    "KRW",
    "OutOfStock",
)


# pagestate's discounted keys read only above zero: an API sending "discountedPrice": 0 where no discount
# runs (read 5faa840 right; 4f514c8's first form of kind 5 read the price 0)
not_fire(
    "state-only-discounted-price-zero",
    "https://www.kidsworld.kz/product/konstruktor-lego-city-60367",
    skeleton(
        "ru",
        "Конструктор LEGO City Пассажирский самолёт 60367 — купить в Алматы | KidsWorld",
        '<a class="logo" href="/"><img src="/logo.svg" alt="KidsWorld"></a>',
        ["Конструкторы", "Куклы", "Машинки"],
        '<div id="app"></div>',
        state(
            "window.__INITIAL_STATE__",
            {
                "product": {
                    "id": 60367,
                    "name": "Конструктор LEGO City Пассажирский самолёт 60367",
                    "price": 54990,
                    "discountedPrice": 0,
                    "currency": "KZT",
                    "inStock": True,
                }
            },
        ),
        "<p>© 2026 KidsWorld</p>",
    ),
    "Конструктор LEGO City Пассажирский самолёт 60367",
    54990.0,
    "KZT",
    "InStock",
)


# the unpriced page's image gate (page.Found.unavailable_product): news articles about a sold-out item with a
# "notify me" button stay without a listing (a relaxation tried for the Ozon page gave them one)
not_fire(
    "news-article-sold-out-notify-me-form",
    "https://www.igre-vijesti.hr/vijesti/ps5-pro-rasprodan-u-hrvatskoj",
    doc(
        "hr",
        "PlayStation 5 Pro rasprodan u cijeloj Hrvatskoj | Igre Vijesti",
        '<header class="site-header"><a class="logo" href="/"><img src="/img/logo.png" alt="Igre Vijesti"></a><nav><a href="/vijesti">Vijesti</a><a href="/recenzije">Recenzije</a></nav></header>'
        '<nav class="breadcrumb"><a href="/">Početna</a> / <a href="/vijesti">Vijesti</a></nav>'
        '<article class="post"><h1 class="entry-title">PlayStation 5 Pro rasprodan u cijeloj Hrvatskoj</h1><div class="entry-meta">Autor: Ivan Horvat · 2. 12. 2026.</div>'
        '<p class="lead">Rasprodano. Nova konzola nestala je s polica za manje od sat vremena u svim većim trgovinama.</p>'
        '<figure><img src="/uploads/2026/12/ps5-pro-police.jpg"><figcaption>Prazne police u Zagrebu</figcaption></figure>'
        "<p>Trgovci najavljuju nove pošiljke tek u siječnju. Prijavite se na naš newsletter i javit ćemo vam kad stigne nova zaliha.</p>"
        '<form class="newsletter"><input type="email" placeholder="E-mail"><button type="submit">Obavijesti me</button></form></article>'
        '<aside class="latest"><h3>Najnovije</h3><ul><li><a href="/vijesti/1">GTA VI dobio datum</a></li><li><a href="/vijesti/2">Switch 2 recenzija</a></li></ul></aside>'
        "<footer><p>© Igre Vijesti</p></footer>",
    ),
    None,
)
not_fire(
    "news-article-raskupili-subscribe-button",
    "https://tech-news.kz/news/iphone-17-pro-raskupili",
    doc(
        "ru",
        "iPhone 17 Pro раскупили в Казахстане за один день — Tech News KZ",
        '<header><a class="logo" href="/"><img src="/logo.png" alt="Tech News KZ"></a><nav><a href="/news">Новости</a><a href="/reviews">Обзоры</a></nav></header>'
        '<article><h1>iPhone 17 Pro раскупили в Казахстане за один день</h1><p class="summary">Товар закончился у всех крупных продавцов: Kaspi, Sulpak, Technodom.</p>'
        '<img src="/upload/iphone17.jpg"><p>Новая партия ожидается в январе.</p><button class="btn subscribe">Узнать о поступлении новостей</button></article>'
        "<footer>© 2026 Tech News KZ</footer>",
    ),
    None,
)


# ---- the check ---------------------------------------------------------------------------------------


def _fold(name: str | None) -> str | None:
    return AVAILABILITY_CLASS.get(name, name) if name else None


def mistakes(c: Case) -> list[str]:
    got = extract_product(c.html, c.url)
    if c.title is None:
        return [] if got is None else [f"a listing {got.get('title')!r}"]
    if got is None:
        return ["no listing"]
    wrong = []
    if not title_match(got.get("title"), c.title):
        wrong.append(f"title {got.get('title')!r}")
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


@pytest.mark.parametrize("c", case_params(CASES))
def test_page(c: Case) -> None:
    assert mistakes(c) == []


@pytest.mark.parametrize("c", case_params(NOT_FIRE))
def test_not_fire(c: Case) -> None:
    assert mistakes(c) == []


# the bytes of a page in the legacy charset it declares (Korean EUC-KR, Taiwanese Big5, Cyrillic windows-1251):
# Scrapy's `response.text` decodes them by that charset, but `extract_product(bytes)` (and the benchmark's
# reading of its pages, `read_bytes().decode("utf-8", errors="replace")`) decoded them as UTF-8: the title
# came out as replacement characters, momo's price as its discounted one, the availability lost
LEGACY_CHARSETS = [
    (
        "kr-gmarket-temporarily-sold-out",
        "cp949",
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">',
    ),
    ("tw-momo-goods-page-discounted-price", "big5", '<meta charset="big5">'),
    (
        "kz-sulpak-net-v-nalichii",
        "cp1251",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
    ),
]


# (strict xfails until the lead's extract.decode_page, stop 38: bytes were decoded as UTF-8 whatever the
# page declared)
@pytest.mark.parametrize(("case_id", "codec", "meta"), LEGACY_CHARSETS)
def test_a_page_given_as_bytes_in_its_declared_charset(case_id: str, codec: str, meta: str) -> None:
    c = next(c for c in CASES if c.id == case_id)
    html = c.html.replace('<meta charset="utf-8">', meta).encode(codec, errors="xmlcharrefreplace")
    assert mistakes(Case(c.id, c.url, html, c.title, c.price, c.currency, c.availability)) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("page", "link", "want"),
    [
        # another item of a marketplace naming its items in the query (the SSG case above)
        (
            "https://www.ssg.com/item/itemView.ssg?itemId=1000567891234",
            "https://www.ssg.com/item/itemView.ssg?itemId=1000512345678",
            "/item/itemView.ssg?itemId=1000512345678",
        ),
        (
            "https://item.gmarket.co.kr/Item?goodscode=2345678901",
            "/Item?goodscode=3456789012",
            "/Item?goodscode=3456789012",
        ),
        # must not fire: this product's variant, colour or size tiles; the page's own link; a tracking id
        # on a page without one; short values
        ("https://shop.example/products/tee?variant=41234567890", "/products/tee?variant=41234567891", None),
        ("https://shop.example/p/tee?color=1234&id=99999", "/p/tee?color=5678&id=99999", None),
        ("https://www.ssg.com/item/itemView.ssg?itemId=1000567891234", "?itemId=1000567891234", None),
        ("https://shop.example/item?id=123456", "/item?id=123456&utm_id=778899", None),
        ("https://shop.example/item?id=12", "/item?id=13", None),
    ],
)
def test_another_item_named_in_the_query(page: str, link: str, want: str | None) -> None:
    from urllib.parse import urljoin

    from knockoff.crawler.heuristics.layout import _other_item

    assert _other_item(page, urljoin(page, link)) == want


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("c Ozon Картой", 3190.0),  # the preposition typed as a Latin "c" (pages_market5/ozon_ru's block)
        ("с Ozon Картой", 3190.0),
        ("Хит продаж", 2990.0),  # must not fire: a note that sets no condition
    ],
)
def test_a_card_price_after_a_lookalike_preposition_is_conditional(note: str, want: float) -> None:
    from parsel import Selector

    from knockoff.crawler.heuristics.page import Page

    html = (
        "<html><head><title>Наушники JBL Tune 520BT</title></head><body><h1>Наушники JBL Tune 520BT</h1>"
        '<div class="l2m3" data-widget="webPrice"><div class="l2m4"><button class="l2m5"><div class="l2m6">'
        f'<span class="l3n0">2 990 ₽</span></div><span class="l3n2">{note}</span></button>'
        '<div class="l2m7"><div class="l2m8"><span class="l3n3">3 190 ₽</span><span class="l3n4">5 990 ₽</span></div>'
        '<span class="l3n6">без Ozon Карты</span></div></div></div><button>Добавить в корзину</button></body></html>'
    )
    page = Page(Selector(text=html), "https://www.ozon.ru/product/jbl-tune-520bt-1089456723/")
    title, el = page.find_title()
    assert page.find_price(el)[0] == want


def test_a_page_whose_only_price_is_a_card_price_gives_its_listing() -> None:
    """Ozon showing only "1 590 ₽ с Ozon Картой" (test_brand_review4's Ozon page with the Cyrillic
    preposition gave no listing): the conditional price is the last resort, over no listing."""
    html = (
        "<html lang='ru'><head><title>Наушники Soundcore R50i — купить на OZON</title></head><body>"
        "<div class='gallery'><img src='https://ir.ozone.ru/s3/multimedia-1-x/wc1000/7012345678.jpg' alt=''></div>"
        "<h1>Наушники беспроводные Soundcore R50i, черный</h1><div class='price'><span>1 590 ₽</span>"
        "<span>с Ozon Картой</span></div><button>Добавить в корзину</button></body></html>"
    )
    got = extract_product(html, "https://www.ozon.ru/product/naushniki-soundcore-r50i-1234567890/")
    assert got is not None and (got["price"], got["currency"]) == (1590.0, "RUB")
