"""Adversarial review of price (amount and currency), title and main image on pages WITHOUT
structured data in issue 14's markets: Amazon .com/.co.uk/.de/.fr/.it (2024-25 buy box markup),
Taiwan (Shopline, 91APP, Cyberbiz), Korea (Cafe24, Godomall), Kazakhstan, Argentina (Tiendanube,
VTEX), Slovenia and Croatia (euro with the old kuna beside it).

Each case is a realistic product page written from how those shops render them, before reading the
heuristics, with what a careful buyer reads: the price paid now for the shown choice (not a list or
recommended price, a lowest-30-days note, a coupon or subscription price, an instalment, a per-unit
price, a price without national taxes, another seller's offer or a free-delivery threshold), its
currency, the product's name (without the shop's suffix) and the shop's main picture; compared as
benchmarks.bench_extraction compares them. `NOT_PRODUCT` pages must give no listing.

First look of each round (run against the code before any change here, at d91ef91):
- Round 1 (12 pages: Amazon in five languages with UVP / List Price / Was / Prix conseillé / Prezzo
  consigliato, lowest-30-days notes, coupons, Subscribe & Save, Other sellers, per-unit prices; Shopline
  特價/原價/分期, 91APP 建議售價/會員價, Cyberbiz 網路價/市價 in 元, Cafe24 할인판매가, Godomall 쿠폰적용가, a
  Kazakh shop's Старая цена / Рассрочка / в кредит, Tiendanube's price without national taxes): 1
  failed, the Godomall name in `.item_detail_tit h3` under a `<title>` of the shop alone (the shop's
  name read as the title).
- Round 2 (12: VTEX, Slovenian Redna/Akcijska cena and 30-day lowest, free delivery under the price,
  Croatian "19,90 € / 149,94 kn", old and new price each with kuna, Cafe24 with ₩ and a lazy
  `ec-data-src` picture, 元 prices, amazon.de Spar-Abo first, a per-100 g price, a Kaspi-like "в кредит
  ... × 12", "Envío gratis a partir de $ 50.000" under the price, Godomall again): 3 failed, VTEX's list
  price (class "strike") read as the price (1459999 for 1189999), Cafe24's `ec-data-src` (no image), the
  Godomall title again.
- Round 3 (10 pages with delivery costs and free-delivery thresholds in the markets' words, a "strike"
  class, related strips using `ec-data-src` and `.goods_tit`, kuna on a line of its own; 3 pages that
  are no product page): 3 failed, the Godomall title again, and a Croatian and a Kazakh delivery-info
  page taken for products ("Dostava: 3,99 €", "Бесплатная доставка от 10 000 ₸" read as prices).

So 7 of 37 at first look (1, 3, 3), by kind: a Korean title element named with "tit" (3), a "strike"
utility class (1), Cafe24's lazy attribute (1), delivery words of sl/hr/ru/kk (2; also the locale
review's slovenian-news-coming-soon, whose xfail mark is removed). All fixed; must-not-fire cases
below.
- Round 4 (9 pages written after those fixes, having read parts of the price code: a four-digit
  amazon.it price with other sellers and a coupon, amazon.fr's narrow no-break space in "1 099,99 €",
  "RRP:", Cafe24's 쿠폰적용가 row before 소비자가 and 판매가, a bare "$" on a .com.tw shop with 活動價, "тг."
  with a period, an Argentine price by bank transfer, "Cijena: 1.049,00 €" with kuna, Slovenian
  instalments "od 108,25 €/mesec"): 0 failed.

The page availability words the locale review asked for are `test_availability_words`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from parsel import Selector

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.layout import Layout
from knockoff.crawler.heuristics.price_text import OLD_TEXT, struck
from knockoff.crawler.heuristics.titles import find_title
from knockoff.crawler.srcset import img_urls
from knockoff.crawler.values import normalize_availability
from tests.crawler.review_cases import case_params, field_mistakes
from tests.crawler.test_locale_review import (
    CAFE24_LIVE,
    amazon,
    amazon_cart_buttons,
    amazon_title,
    bullets,
    cafe24,
    dl,
    doc,
    godomall,
    hr_shop,
    kz_shop,
    row,
    si_shop,
    tiendanube,
    tw_shop,
    vtex,
)


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    price: float
    currency: str
    title: str
    images: tuple[str, ...]  # acceptable main-image URLs (absolute)


CASES: list[Case] = []


def case(id: str, url: str, html: str, price: float, currency: str, title: str, *images: str) -> None:
    CASES.append(Case(id, url, html, price, currency, title, images))


AMZ = "https://m.media-amazon.com/images/I/{}._AC_SL1500_.jpg"


def a_price(
    cls: str, offscreen: str, symbol: str, whole: str, sep: str, fraction: str, after: bool = False
) -> str:
    """An `.a-price` span as Amazon writes it: the screen-reader `.a-offscreen` text, then the shown
    parts (symbol before the whole units, or after the fraction on .de/.fr/.it)."""
    sym = f"<span class='a-price-symbol'>{symbol}</span>"
    shown = (
        ("" if after else sym)
        + f"<span class='a-price-whole'>{whole}<span class='a-price-decimal'>{sep}</span></span>"
        f"<span class='a-price-fraction'>{fraction}</span>" + (sym if after else "")
    )
    return f"<span class='a-price {cls}'><span class='a-offscreen'>{offscreen}</span><span aria-hidden='true'>{shown}</span></span>"


def core_price(inner: str) -> str:
    """`#corePriceDisplay_desktop_feature_div` with the given price rows."""
    return (
        "<div id='corePriceDisplay_desktop_feature_div' class='celwidget'><div class='a-section a-spacing-none "
        f"aok-align-center aok-relative'>{inner}</div></div>"
    )


def apex(inner: str) -> str:
    """The buy box's `#apex_desktop` price (`apexPriceToPay`)."""
    return (
        f"<div id='apex_desktop'><div class='a-section a-spacing-none aok-align-center'>{inner}</div></div>"
    )


def other_sellers(heading: str, price: str, note: str) -> str:
    """The 'Other sellers on Amazon' box under the buy box."""
    return (
        f"<div id='mbc' class='a-box'><h5>{heading}</h5><div class='a-row mbc-offer-row'>"
        f"<span class='a-price'><span class='a-offscreen'>{price}</span></span>"
        f"<span class='a-size-small'>{note}</span><span class='a-button'><input type='submit' "
        "name='submit.addToCart' class='a-button-input'><span class='a-button-text'>Add to Cart</span></span>"
        "</div></div>"
    )


# ---- round 1 ------------------------------------------------------------------------------------

# 1. amazon.de: -23 %, the paid price, "UVP:" struck, lowest price of 30 days, per-kg price, a coupon
case(
    "amazon-de-uvp-coupon-unit",
    "https://www.amazon.de/dp/B0C7KQ4M2L",
    amazon(
        "de-de",
        "Lavazza Kaffeebohnen Crema e Gusto Classico, 1 kg",
        "Lebensmittel & Getränke|Kaffee, Tee & Getränke|Kaffee|Kaffeebohnen",
        "71kQz4vE9cL",
        amazon_title("Lavazza Kaffeebohnen Crema e Gusto Classico, 1 kg")
        + "<div id='dealBadge_feature_div'><span class='a-badge-text'>Blitzangebot</span></div>"
        + core_price(
            "<span class='a-size-large a-color-price savingPriceOverride savingsPercentage'>-23 %</span> "
            + a_price("priceToPay", "12,45 €", "€", "12", ",", "45", after=True)
            + " <span class='a-size-mini aok-offscreen'>(12,45 € / kg)</span>"
            "<span class='a-size-small a-color-base'>(<span class='a-price a-text-price'><span "
            "class='a-offscreen'>12,45 €</span></span> / kg)</span>"
            "<div class='a-section a-spacing-small aok-align-center'><span class='a-size-small aok-offscreen'>"
            "UVP: 16,19 €</span><span class='a-size-small a-color-secondary aok-align-center basisPrice'>UVP: "
            + a_price("a-text-price", "16,19 €", "€", "16", ",", "19", after=True)
            + "</span></div><div class='a-section'><span class='a-size-small a-color-secondary'>Niedrigster "
            "Preis der letzten 30 Tage: <span class='a-price a-text-price'><span class='a-offscreen'>11,99 €"
            "</span></span></span></div>"
        )
        + "<div id='promoPriceBlockMessage_feature_div'><span class='promoPriceBlockMessage'><label>"
        "<i class='a-icon a-icon-checkbox'></i> Coupon anwenden <span class='couponBadge'>Spare 5 € mit Coupon"
        "</span></label></span></div><div id='taxInclusiveMessage'>Alle Preisangaben inkl. USt</div>"
        + bullets("Intensität 5/10", "Arabica und Robusta"),
        "<div id='desktop_buybox'>"
        + apex(a_price("apexPriceToPay", "12,45 €", "€", "12", ",", "45", after=True))
        + "<div id='mir-layout-DELIVERY_BLOCK'>KOSTENFREIE Lieferung Freitag, 7. März für qualifizierte "
        "Erstbestellung</div><div id='availability'><span class='a-size-medium a-color-success'>Auf Lager"
        "</span></div>" + amazon_cart_buttons("In den Einkaufswagen", "Jetzt kaufen") + "</div>",
        "",
        nav=("Lieferung an", "Einkaufswagen", "Angebote"),
    ),
    12.45,
    "EUR",
    "Lavazza Kaffeebohnen Crema e Gusto Classico, 1 kg",
    AMZ.format("71kQz4vE9cL"),
)

# 2. amazon.com: List Price struck, Subscribe & Save below, and an Other sellers box cheaper
case(
    "amazon-com-list-price-sns-other-sellers",
    "https://www.amazon.com/dp/B08L5TNJHG",
    amazon(
        "en-us",
        "OXO Good Grips 3-Piece Mixing Bowl Set, White",
        "Home & Kitchen|Kitchen & Dining|Mixing Bowls",
        "61xYzR7P2mL",
        amazon_title("OXO Good Grips 3-Piece Mixing Bowl Set, White")
        + core_price(
            "<span class='a-size-large a-color-price savingPriceOverride'>-24%</span> "
            + a_price("priceToPay", "$37.99", "$", "37", ".", "99")
            + "<div class='a-section a-spacing-small'><span class='a-size-small a-color-secondary "
            "basisPrice'>List Price: <span class='a-price a-text-price' data-a-strike='true'><span "
            "class='a-offscreen'>$49.99</span><span aria-hidden='true'>$49.99</span></span></span></div>"
        )
        + bullets("Non-slip bottoms", "Dishwasher safe"),
        "<div id='snsAccordionRowMiddle' class='a-accordion-row'><h5>Subscribe &amp; Save:</h5>"
        "<span class='a-price'><span class='a-offscreen'>$36.09</span></span> <span>($12.03 / Count)</span>"
        "</div><div id='newAccordionRow_0' class='a-accordion-row a-accordion-active'><h5>One-time purchase:"
        "</h5>"
        + apex(a_price("apexPriceToPay", "$37.99", "$", "37", ".", "99"))
        + "<div id='availability'><span class='a-size-medium a-color-success'>In Stock</span></div>"
        + amazon_cart_buttons()
        + "</div>"
        + other_sellers("Other sellers on Amazon", "$35.50", "+ $6.99 shipping"),
        "",
    ),
    37.99,
    "USD",
    "OXO Good Grips 3-Piece Mixing Bowl Set, White",
    AMZ.format("61xYzR7P2mL"),
)

# 3. amazon.co.uk: Limited time deal badge, -25%, "Was:" struck RRP
case(
    "amazon-uk-was-deal",
    "https://www.amazon.co.uk/dp/B09V3HN1KC",
    amazon(
        "en-gb",
        "Philips Sonicare ProtectiveClean 4300 Electric Toothbrush",
        "Beauty|Oral Care|Electric Toothbrushes",
        "51pQ3kM8YtL",
        amazon_title("Philips Sonicare ProtectiveClean 4300 Electric Toothbrush")
        + "<div id='dealBadge_feature_div'><span class='a-badge-label'><span class='a-badge-text'>Limited time "
        "deal</span></span></div>"
        + core_price(
            "<span class='a-size-large a-color-price savingPriceOverride savingsPercentage'>-25%</span> "
            + a_price("priceToPay", "£44.99", "£", "44", ".", "99")
            + "<div class='a-section a-spacing-small'><span class='a-size-small a-color-secondary "
            "basisPrice'>Was: <span class='a-price a-text-price' data-a-strike='true'><span "
            "class='a-offscreen'>£59.99</span></span></span></div>"
        )
        + "<div id='taxInclusiveMessage'>All prices include VAT.</div>"
        + bullets("Removes up to 7x more plaque", "Pressure sensor"),
        apex(a_price("apexPriceToPay", "£44.99", "£", "44", ".", "99"))
        + "<div id='availability'><span class='a-size-medium a-color-success'>In stock</span></div>"
        + amazon_cart_buttons("Add to Basket", "Buy Now")
        + other_sellers("Other sellers on Amazon", "£42.00", "+ £3.99 delivery. Used - Like New"),
        "",
        nav=("Deliver to", "Basket", "Today's Deals"),
    ),
    44.99,
    "GBP",
    "Philips Sonicare ProtectiveClean 4300 Electric Toothbrush",
    AMZ.format("51pQ3kM8YtL"),
)

# 4. amazon.fr: "Prix conseillé" struck, a 5 % coupon line, "Économisez" saving
case(
    "amazon-fr-prix-conseille-coupon",
    "https://www.amazon.fr/dp/B0BSHF7WHW",
    amazon(
        "fr-fr",
        "Tefal Ingenio Easy On Batterie de cuisine 10 pièces",
        "Cuisine et Maison|Cuisine|Batteries de cuisine",
        "71Z8uD+3YfL",
        amazon_title("Tefal Ingenio Easy On Batterie de cuisine 10 pièces")
        + core_price(
            "<span class='a-size-large a-color-price savingPriceOverride'>-28 %</span> "
            + a_price("priceToPay", "64,90 €", "€", "64", ",", "90", after=True)
            + "<div class='a-section a-spacing-small'><span class='a-size-small a-color-secondary basisPrice'>"
            "Prix conseillé : <span class='a-price a-text-price' data-a-strike='true'><span class='a-offscreen'>"
            "89,99 €</span></span></span></div>"
        )
        + "<div id='promoPriceBlockMessage_feature_div'><span class='couponLabelText'>Appliquer le coupon de "
        "5 %</span> <span>Économisez 3,25 € avec le coupon</span></div>"
        + bullets("Poignée amovible", "Compatible induction"),
        apex(a_price("apexPriceToPay", "64,90 €", "€", "64", ",", "90", after=True))
        + "<div id='availability'><span class='a-size-medium a-color-success'>En stock</span></div>"
        + amazon_cart_buttons("Ajouter au panier", "Acheter cette article"),
        "",
        nav=("Livraison à", "Panier", "Ventes Flash"),
    ),
    64.90,
    "EUR",
    "Tefal Ingenio Easy On Batterie de cuisine 10 pièces",
    AMZ.format("71Z8uD+3YfL"),
)

# 5. amazon.it: "Prezzo consigliato" and the lowest price of the last 30 days, lower than the price
case(
    "amazon-it-consigliato-30-giorni",
    "https://www.amazon.it/dp/B07PGL2WVS",
    amazon(
        "it-it",
        "Braun Series 5 51-W1600s Rasoio Elettrico Barba",
        "Bellezza|Rasatura|Rasoi elettrici",
        "61Qm4aVvR2L",
        amazon_title("Braun Series 5 51-W1600s Rasoio Elettrico Barba")
        + core_price(
            "<span class='a-size-large a-color-price savingPriceOverride'>-25%</span> "
            + a_price("priceToPay", "89,99 €", "€", "89", ",", "99", after=True)
            + "<div class='a-section a-spacing-small'><span class='a-size-small a-color-secondary basisPrice'>"
            "Prezzo consigliato: <span class='a-price a-text-price' data-a-strike='true'><span "
            "class='a-offscreen'>119,99 €</span></span></span></div><div class='a-section'><span "
            "class='a-size-small a-color-secondary'>Prezzo più basso negli ultimi 30 giorni: <span "
            "class='a-price a-text-price'><span class='a-offscreen'>84,99 €</span></span></span></div>"
        )
        + "<div id='taxInclusiveMessage'>Tutti i prezzi includono l'IVA.</div>"
        + bullets("Lame EasyClick", "Impermeabile"),
        apex(a_price("apexPriceToPay", "89,99 €", "€", "89", ",", "99", after=True))
        + "<div id='availability'><span class='a-size-medium a-color-success'>Disponibilità immediata</span>"
        "</div>" + amazon_cart_buttons("Aggiungi al carrello", "Acquista ora"),
        "",
        nav=("Consegna a", "Carrello", "Offerte"),
    ),
    89.99,
    "EUR",
    "Braun Series 5 51-W1600s Rasoio Elettrico Barba",
    AMZ.format("61Qm4aVvR2L"),
)

# 6. Shopline: 特價 first, 原價 struck, 分期 0 利率 per instalment, lazy gallery picture
case(
    "tw-shopline-tejia-yuanjia-fenqi",
    "https://www.lifestyle.com.tw/products/thermos-jnl-504",
    tw_shop(
        "膳魔師 不鏽鋼真空保溫杯 500ml JNL-504",
        "<div class='ProductDetail-container'><div class='product-images'><div class='swiper-container'>"
        "<div class='swiper-wrapper'><div class='swiper-slide swiper-slide-active'><img "
        "class='lazyload' src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' "
        "data-src='https://img.shoplineapp.com/media/image_clips/65b2c1a0f3/original.jpg?1706000000' "
        "alt='膳魔師 不鏽鋼真空保溫杯'></div><div class='swiper-slide'><img class='lazyload' "
        "data-src='https://img.shoplineapp.com/media/image_clips/65b2c1a0f4/original.jpg'></div></div></div>"
        "</div><div class='product-info'><h1 class='Product-title'>膳魔師 不鏽鋼真空保溫杯 500ml JNL-504</h1>"
        "<div class='Product-price'><div class='price-sale price'>特價 NT$1,280</div>"
        "<div class='price-regular price--original'><del>原價 NT$1,680</del></div></div>"
        "<div class='installment-info'>分期 0 利率 每期 NT$427 起 (3 期)</div>"
        "<div class='Product-promotions'><span class='promotion-tag'>全館滿 NT$2,000 折 NT$200</span></div>"
        "<div class='quantity'>數量 <input type='number' value='1'></div>"
        "<button class='btn btn-custom js-btn-main-checkout'>立即購買</button>"
        "<button class='btn btn-color-primary js-btn-add-to-cart'>加入購物車</button></div></div>",
        shop="生活選物所",
    ),
    1280.0,
    "TWD",
    "膳魔師 不鏽鋼真空保溫杯 500ml JNL-504",
    "https://img.shoplineapp.com/media/image_clips/65b2c1a0f3/original.jpg?1706000000",
)

# 7. 91APP: 建議售價 before the price, 會員價 below (members only)
case(
    "tw-91app-suggest-member",
    "https://www.goodbuy.com.tw/SalePage/Index/9234567",
    tw_shop(
        "Panasonic 國際牌 負離子吹風機 EH-NE6A",
        "<div class='salepage-main'><div class='salepage-image'><div class='swiper-slide'><img "
        "src='https://diz36nn4q02zr.cloudfront.net/webapi/imagesV3/Original/SalePage/9234567/0/638410000000?v=1' "
        "alt='Panasonic 國際牌 負離子吹風機'></div></div><div class='salepage-info'>"
        "<h1 class='salepage-title'>Panasonic 國際牌 負離子吹風機 EH-NE6A</h1>"
        "<div class='salepage-price-block'><span class='suggest-price'>建議售價 <del>NT$ 2,480</del></span>"
        "<span class='salepage-price cms-moneyColor'>NT$ 1,990</span></div>"
        "<div class='member-price'>會員價 NT$ 1,890 <a href='/V2/Login'>登入看會員價</a></div>"
        "<div class='installment'>信用卡分期 6 期 0 利率，每期 NT$ 332</div>"
        "<div class='salepage-buy'><button class='btn-addtocart'>加入購物車</button>"
        "<button class='btn-buynow'>直接購買</button></div></div></div>",
        shop="好買家電",
    ),
    1990.0,
    "TWD",
    "Panasonic 國際牌 負離子吹風機 EH-NE6A",
    "https://diz36nn4q02zr.cloudfront.net/webapi/imagesV3/Original/SalePage/9234567/0/638410000000?v=1",
)

# 8. Cyberbiz: 網路價 and 市價, amounts written with 元
case(
    "tw-cyberbiz-wanglujia-yuan",
    "https://www.teashop.com.tw/products/alishan-oolong-150g",
    tw_shop(
        "阿里山高山烏龍茶 150g 罐裝",
        "<div class='product-container'><div class='product-photos'><div class='main-photo'><img "
        "src='//cdn1.cybassets.com/media/W1siZiIsIjEyMzQ1L3Byb2R1Y3RzLzQ1Njc4L2FsaXNoYW4uanBnIl1d.jpg?sha=ab12' "
        "alt='阿里山高山烏龍茶'></div></div><div class='product-detail'>"
        "<h1 class='product-title'>阿里山高山烏龍茶 150g 罐裝</h1>"
        "<div class='product-price'><p class='market-price'>市價：<del>1,200元</del></p>"
        "<p class='price'>網路價：<span class='final-price'>880元</span></p></div>"
        "<div class='product-desc'>每 100g 約 587 元，滿 1,500 元免運</div>"
        "<div class='product-actions'><button class='btn add-to-cart'>加入購物車</button></div></div></div>",
        shop="山嵐茶舖",
    ),
    880.0,
    "TWD",
    "阿里山高山烏龍茶 150g 罐裝",
    "https://cdn1.cybassets.com/media/W1siZiIsIjEyMzQ1L3Byb2R1Y3RzLzQ1Njc4L2FsaXNoYW4uanBnIl1d.jpg?sha=ab12",
)

# 9. Cafe24: 판매가 struck, 할인판매가 in #span_product_price_sale, 적립금, 배송비, 무이자 할부
case(
    "kr-cafe24-sale-price",
    "https://dailylook.co.kr/product/detail.html?product_no=2345&cate_no=42",
    cafe24(
        "울 블렌드 하프 코트",
        row("판매가", "<strong id='span_product_price_text'><strike>159,000원</strike></strong>")
        + row(
            "할인판매가",
            "<span id='span_product_price_sale'>111,300원 <span id='span_product_price_sale_per'>(30% 할인)"
            "</span></span>",
        )
        + row("적립금", "5,565원 (5%)")
        + row("배송비", "3,000원 (50,000원 이상 구매 시 무료)")
        + row("무이자 할부", "최대 5개월 무이자 할부 월 22,260원"),
        CAFE24_LIVE,
    ),
    111300.0,
    "KRW",
    "울 블렌드 하프 코트",
    "https://ecimg.cafe24img.com/pg123/dailylook/web/product/big/20250301/abc123def456.jpg",
)

# 10. Godomall: 정가 struck, 판매가, a 쿠폰적용가 that needs a coupon download
case(
    "kr-godomall-coupon-price",
    "https://www.sneakers-shop.co.kr/goods/goods_view.php?goodsNo=1000001234",
    godomall(
        "나이키 에어포스 1 &#39;07 화이트",
        dl("정가", "<del>139,000원</del>", "item_price_fixed")
        + dl("판매가", "<strong class='item_price'>119,000<span>원</span></strong>", "item_price")
        + dl(
            "쿠폰적용가",
            "<strong class='item_coupon_price'>107,100원</strong> <a class='btn_coupon_down'>쿠폰받기</a>",
        )
        + dl("적립금", "1,190원")
        + dl("배송비", "3,000원 (7만원 이상 무료)"),
        "<button type='button' class='btn_add_cart'>장바구니</button>"
        "<button type='button' class='btn_add_order'>바로 구매</button>",
    ),
    119000.0,
    "KRW",
    "나이키 에어포스 1 '07 화이트",
    "https://www.sneakers-shop.co.kr/data/goods/25/03/10/1000001234/1000001234_detail_012.jpg",
)

# 11. Kazakh shop: "Цена", "Старая цена", "Рассрочка 0-0-12" per month, "в кредит"
case(
    "kz-cena-staraya-rassrochka",
    "https://www.technoshop.kz/p/pylesos-dyson-v15-detect-absolute-301245",
    kz_shop(
        "ru",
        "Пылесос Dyson V15 Detect Absolute",
        "<div class='product'><div class='product__gallery'><div class='swiper-slide'><img "
        "src='/media/catalog/301245/dyson-v15-1.webp' alt='Пылесос Dyson V15 Detect Absolute'></div></div>"
        "<div class='product__info'><h1 class='product__title'>Пылесос Dyson V15 Detect Absolute</h1>"
        "<div class='product__prices'><div class='product__price-old'>Старая цена: <s>459 990 ₸</s></div>"
        "<div class='product__price-current'>Цена: <b>389 990 ₸</b></div></div>"
        "<div class='product__credit'>Рассрочка 0-0-12: 32 499 ₸/мес</div>"
        "<div class='product__loan'>В кредит от 19 500 тг/мес</div>"
        "<div class='product__bonus'>+3 900 бонусов</div>"
        "<button class='btn btn--primary add-to-cart'>В корзину</button></div></div>",
    ),
    389990.0,
    "KZT",
    "Пылесос Dyson V15 Detect Absolute",
    "https://www.technoshop.kz/media/catalog/301245/dyson-v15-1.webp",
)

# 12. Tiendanube: "Precio anterior", instalments, the legally required price without national taxes
case(
    "ar-tiendanube-sin-impuestos",
    "https://www.urbanacalzados.com.ar/productos/mochila-urbana-impermeable/",
    tiendanube(
        "Mochila Urbana Impermeable 25L",
        "<div id='single-product' class='js-product-detail'><div class='row'><div class='col-md-7'>"
        "<div class='js-swiper-product swiper-container'><div class='swiper-wrapper'><div class='swiper-slide'>"
        "<img class='js-product-slide-img product-slider-image lazyautosizes lazyload' "
        "src='//acdn.mitiendanube.com/stores/001/234/567/products/mochila-1-a9b8c7d6e5-240-0.webp' "
        "data-srcset='//acdn.mitiendanube.com/stores/001/234/567/products/mochila-1-a9b8c7d6e5-480-0.webp 480w, "
        "//acdn.mitiendanube.com/stores/001/234/567/products/mochila-1-a9b8c7d6e5-1024-1024.webp 1024w' "
        "alt='Mochila Urbana Impermeable 25L'></div></div></div></div><div class='col-md-5'>"
        "<h1 class='js-product-name'>Mochila Urbana Impermeable 25L</h1><div class='price-container'>"
        "<span class='js-compare-price-display price-compare'>Precio anterior $12.500,00</span> "
        "<span class='js-price-display' id='price_display'>$9.999,00</span></div>"
        "<div class='js-price-without-taxes'>Precio sin impuestos nacionales $8.263,64</div>"
        "<div class='js-max-installments-container'>6 cuotas sin interés de <span class='js-installment-price'>"
        "$1.666,50</span></div><div class='js-free-shipping-message'>Envío gratis a partir de $50.000</div>"
        "<form class='js-product-form' method='post' action='/comprar/'><input type='submit' "
        "class='js-addtocart btn btn-primary' value='Agregar al carrito'></form></div></div></div>",
    ),
    9999.0,
    "ARS",
    "Mochila Urbana Impermeable 25L",
    "https://acdn.mitiendanube.com/stores/001/234/567/products/mochila-1-a9b8c7d6e5-1024-1024.webp",
    "https://acdn.mitiendanube.com/stores/001/234/567/products/mochila-1-a9b8c7d6e5-240-0.webp",
)

# ---- round 2 ------------------------------------------------------------------------------------

# 13. VTEX (Argentina): list price struck, selling price, price without national taxes, 12 cuotas
case(
    "ar-vtex-list-selling-sin-impuestos",
    "https://www.electrohogar.com.ar/heladera-no-frost-samsung-rt38k5930s8/p",
    vtex(
        "Heladera No Frost Samsung RT38K5930S8 382 Lts",
        "<div class='vtex-flex-layout-0-x-flexRow--product-main'><div class='vtex-store-components-3-x-"
        "productImage'><img class='vtex-store-components-3-x-productImageTag' src='https://electrohogar."
        "vteximg.com.br/arquivos/ids/251234-1200-auto?v=638400000000000000&width=1200&height=auto&aspect=true' "
        "alt='Heladera No Frost Samsung'></div><div class='vtex-flex-layout-0-x-flexCol--product-info'>"
        "<h1 class='vtex-store-components-3-x-productNameContainer'><span class='vtex-store-components-3-x-"
        "productBrand'>Heladera No Frost Samsung RT38K5930S8 382 Lts</span></h1>"
        "<div class='vtex-product-price-1-x-listPrice'><span class='vtex-product-price-1-x-listPriceValue "
        "strike'><span class='vtex-product-price-1-x-currencyContainer'><span class='vtex-product-price-1-x-"
        "currencyCode'>$</span>&nbsp;<span class='vtex-product-price-1-x-currencyInteger'>1.459</span>"
        "<span class='vtex-product-price-1-x-currencyGroup'>.</span><span class='vtex-product-price-1-x-"
        "currencyInteger'>999</span></span></span></div><div class='vtex-product-price-1-x-sellingPrice'>"
        "<span class='vtex-product-price-1-x-sellingPriceValue'><span class='vtex-product-price-1-x-"
        "currencyContainer'><span class='vtex-product-price-1-x-currencyCode'>$</span>&nbsp;<span "
        "class='vtex-product-price-1-x-currencyInteger'>1.189</span><span class='vtex-product-price-1-x-"
        "currencyGroup'>.</span><span class='vtex-product-price-1-x-currencyInteger'>999</span></span></span>"
        "</div><div class='vtex-product-price-1-x-savings'>Ahorrás $ 270.000</div>"
        "<div class='vtex-rich-text-0-x-container--sin-impuestos'>Precio sin impuestos nacionales: "
        "$ 982.644,63</div><div class='vtex-product-price-1-x-installments'>Hasta <span>12</span> cuotas sin "
        "interés de <span>$ 99.166,58</span></div><button class='vtex-add-to-cart-button-0-x-buttonText "
        "vtex-button'>Agregar al carrito</button></div></div>",
    ),
    1189999.0,
    "ARS",
    "Heladera No Frost Samsung RT38K5930S8 382 Lts",
    "https://electrohogar.vteximg.com.br/arquivos/ids/251234-1200-auto?v=638400000000000000&width=1200&height=auto&aspect=true",
)

# 14. Slovenian shop: "Redna cena", "Akcijska cena", lowest price of 30 days, "DDV vključen"
case(
    "si-redna-akcijska-30-dni",
    "https://www.tehnika24.si/philips-airfryer-hd9252-90",
    si_shop(
        "Philips cvrtnik na vroč zrak HD9252/90",
        "<div class='product-details'><div class='product-image'><a href='/images/products/big/"
        "philips-hd9252.jpg' class='fancybox'><img src='/images/products/medium/philips-hd9252.jpg' "
        "alt='Philips cvrtnik na vroč zrak HD9252/90'></a></div><div class='product-info'>"
        "<h1>Philips cvrtnik na vroč zrak HD9252/90</h1><div class='price-box'>"
        "<div class='regular'>Redna cena: <del>129,99 €</del></div><div class='action'>Akcijska cena: "
        "<strong>99,99 €</strong></div><div class='lowest'>Najnižja cena v zadnjih 30 dneh: 94,99 €</div>"
        "<div class='vat'>DDV vključen</div></div><div class='free-delivery'>Brezplačna dostava nad 50 €"
        "</div><form action='/kosarica/dodaj' method='post'><input type='number' name='kolicina' value='1'>"
        "<button type='submit' class='btn-cart'>V košarico</button></form></div></div>",
    ),
    99.99,
    "EUR",
    "Philips cvrtnik na vroč zrak HD9252/90",
    "https://www.tehnika24.si/images/products/big/philips-hd9252.jpg",
    "https://www.tehnika24.si/images/products/medium/philips-hd9252.jpg",
)

# 15. Slovenian shop: one price, the free-delivery threshold just under it in the buy box
case(
    "si-one-price-free-delivery-under",
    "https://www.tehnika24.si/tefal-grelnik-vode-ko150f",
    si_shop(
        "Tefal grelnik vode KO150F",
        "<div class='product-details'><div class='product-image'><img src='/images/products/big/tefal-ko150f.jpg' "
        "alt='Tefal grelnik vode KO150F'></div><div class='product-info'><h1>Tefal grelnik vode KO150F</h1>"
        "<div class='price'>24,90 €</div><p class='info'>Brezplačna dostava nad 50 €</p>"
        "<button type='submit' class='btn-cart'>V košarico</button></div></div>",
    ),
    24.90,
    "EUR",
    "Tefal grelnik vode KO150F",
    "https://www.tehnika24.si/images/products/big/tefal-ko150f.jpg",
)

# 16. Croatian shop: euro first, the old kuna after a slash (fixed rate 7,53450)
case(
    "hr-eur-slash-kn",
    "https://www.alatnica.hr/makita-odvijac-df333dz",
    hr_shop(
        "Makita akumulatorski odvijač DF333DZ",
        "<div class='product-page'><div class='gallery'><img src='/media/catalog/product/m/a/makita-df333dz"
        "-1.jpg' alt='Makita DF333DZ'></div><div class='product-info-main'><h1 class='page-title'>Makita "
        "akumulatorski odvijač DF333DZ</h1><div class='price-box'><span class='price'>19,90 € / 149,94 kn"
        "</span></div><div class='tax'>PDV uključen</div><button class='action tocart primary'>Dodaj u "
        "košaricu</button></div></div>",
    ),
    19.90,
    "EUR",
    "Makita akumulatorski odvijač DF333DZ",
    "https://www.alatnica.hr/media/catalog/product/m/a/makita-df333dz-1.jpg",
)

# 17. Croatian shop: old and new price, each with kuna, lowest price of 30 days
case(
    "hr-old-new-kn-30-dana",
    "https://www.alatnica.hr/bosch-brusilica-gws-750",
    hr_shop(
        "Bosch kutna brusilica GWS 750-125",
        "<div class='product-page'><div class='gallery'><div class='swiper-slide'><img "
        "src='/media/catalog/product/b/o/bosch-gws-750-1.jpg' alt='Bosch GWS 750-125'></div></div>"
        "<div class='product-info-main'><h1 class='page-title'>Bosch kutna brusilica GWS 750-125</h1>"
        "<div class='price-box'><span class='old-price'><del>89,99 € (678,03 kn)</del></span> "
        "<span class='special-price'>69,99 € (527,34 kn)</span></div><div class='lowest-price'>Najniža "
        "cijena u posljednjih 30 dana: 64,99 €</div><div class='tax'>PDV uključen</div>"
        "<button class='action tocart primary'>Dodaj u košaricu</button></div></div>",
    ),
    69.99,
    "EUR",
    "Bosch kutna brusilica GWS 750-125",
    "https://www.alatnica.hr/media/catalog/product/b/o/bosch-gws-750-1.jpg",
)

# 18. Cafe24: only 판매가 with ₩, a lazy ec-data-src main picture, 배송비 and 무이자 할부 rows
case(
    "kr-cafe24-won-sign-lazy",
    "https://minimal.co.kr/product/detail.html?product_no=77&cate_no=1",
    doc(
        "ko",
        "코튼 스트라이프 티셔츠 - 미니멀하우스",
        "<div id='header'><h1><a href='/'>미니멀하우스</a></h1><a href='/order/basket.html'>장바구니 0</a></div>"
        "<div class='xans-element- xans-product xans-product-detail'><div class='detailArea'>"
        "<div class='xans-element- xans-product xans-product-image imgArea'><div class='keyImg'><div "
        "class='thumbnail'><img src='//minimal.co.kr/web/upload/blank.gif' "
        "ec-data-src='//minimal.co.kr/web/product/big/202503/9f8e7d6c5b4a.jpg' class='BigImage' "
        "alt='코튼 스트라이프 티셔츠'></div></div></div><div class='infoArea'><div class='headingArea'>"
        "<h2>코튼 스트라이프 티셔츠</h2></div><table><tbody>"
        + row("판매가", "<strong id='span_product_price_text'>₩25,900</strong>")
        + row("배송비", "₩3,000 (₩50,000 이상 구매 시 무료)")
        + row("무이자 할부", "2~6개월 무이자 할부 가능")
        + "</tbody></table><div class='ec-base-button'>"
        + CAFE24_LIVE
        + "</div></div></div></div>",
    ),
    25900.0,
    "KRW",
    "코튼 스트라이프 티셔츠",
    "https://minimal.co.kr/web/product/big/202503/9f8e7d6c5b4a.jpg",
)

# 19. Taiwan small shop: 特價 790 元, 原價 1,200 元, no NT$ anywhere near the price
case(
    "tw-yuan-tejia-yuanjia",
    "https://www.bagshop.com.tw/product/canvas-tote-l",
    tw_shop(
        "帆布托特包 L 號 燕麥色",
        "<div class='product'><div class='product-gallery'><img src='/upload/product/canvas-tote-l-oat.jpg' "
        "alt='帆布托特包'></div><div class='product-info'><h1>帆布托特包 L 號 燕麥色</h1>"
        "<ul class='price-list'><li class='origin'>原價：<s>1,200 元</s></li><li class='sale'>特價：<b>790</b> 元"
        "</li></ul><button class='btn add-cart'>加入購物車</button></div></div>",
        shop="帆布小舖",
    ),
    790.0,
    "TWD",
    "帆布托特包 L 號 燕麥色",
    "https://www.bagshop.com.tw/upload/product/canvas-tote-l-oat.jpg",
)

# 20. amazon.de: Spar-Abo (subscribe & save) cheaper price first in the accordion, one-time price second
case(
    "amazon-de-spar-abo-first",
    "https://www.amazon.de/dp/B07XJ8C8F5",
    amazon(
        "de-de",
        "Ariel Waschmittel Pods All-in-1, 72 Waschladungen",
        "Drogerie & Körperpflege|Haushalt|Waschmittel",
        "81bQw3eR5tL",
        amazon_title("Ariel Waschmittel Pods All-in-1, 72 Waschladungen")
        + core_price(
            a_price("priceToPay", "22,99 €", "€", "22", ",", "99", after=True)
            + " <span class='a-size-small a-color-base'>(0,32 € / Stück)</span>"
        )
        + bullets("Fleckenentfernung", "Auch bei 20 °C"),
        "<div id='snsAccordionRowMiddle' class='a-accordion-row'><h5>Spar-Abo</h5><span class='a-price'>"
        "<span class='a-offscreen'>20,69 €</span></span> <span>(0,29 € / Stück)</span><div>Spare bis zu 10 % "
        "mit Spar-Abo</div></div><div id='newAccordionRow_0' class='a-accordion-row a-accordion-active'>"
        "<h5>Einmalige Lieferung</h5>"
        + apex(a_price("apexPriceToPay", "22,99 €", "€", "22", ",", "99", after=True))
        + amazon_cart_buttons("In den Einkaufswagen", "Jetzt kaufen")
        + "</div>",
        "",
        nav=("Lieferung an", "Einkaufswagen", "Angebote"),
    ),
    22.99,
    "EUR",
    "Ariel Waschmittel Pods All-in-1, 72 Waschladungen",
    AMZ.format("81bQw3eR5tL"),
)

# 21. amazon.co.uk: a per-100 ml price right after the paid price, no strike
case(
    "amazon-uk-per-100ml",
    "https://www.amazon.co.uk/dp/B01N5OKGLH",
    amazon(
        "en-gb",
        "CeraVe Moisturising Cream for Dry Skin 454g",
        "Beauty|Skin Care|Body",
        "61S7BrCBj7L",
        amazon_title("CeraVe Moisturising Cream for Dry Skin 454g")
        + core_price(
            a_price("priceToPay", "£13.50", "£", "13", ".", "50")
            + " <span class='a-size-small a-color-base'>(<span class='a-price a-text-price'><span "
            "class='a-offscreen'>£2.97</span></span>/100 g)</span>"
        )
        + bullets("With ceramides", "Fragrance free"),
        apex(a_price("apexPriceToPay", "£13.50", "£", "13", ".", "50"))
        + "<div id='availability'><span class='a-color-success'>In stock</span></div>"
        + amazon_cart_buttons("Add to Basket", "Buy Now"),
        "",
    ),
    13.50,
    "GBP",
    "CeraVe Moisturising Cream for Dry Skin 454g",
    AMZ.format("61S7BrCBj7L"),
)

# 22. Kaspi-like marketplace: price then "в кредит" per month times 12, and "Рассрочка 0-0-12"
case(
    "kz-kaspi-like-v-kredit",
    "https://market.example.kz/shop/p/apple-iphone-15-128gb-chernyi-113137790/",
    kz_shop(
        "ru",
        "Смартфон Apple iPhone 15 128Gb черный",
        "<div class='item'><div class='item__gallery'><ul class='item__slider-pics'><li class='item__slider-pic'>"
        "<img class='item__slider-pic' src='https://resources.market.example.kz/img/m/p/h32/h70/84378448199710.jpg"
        "?format=gallery-large' alt='Смартфон Apple iPhone 15 128Gb черный'></li></ul></div>"
        "<div class='item__info'><h1 class='item__heading'>Смартфон Apple iPhone 15 128Gb черный</h1>"
        "<div class='item__price'><div class='item__price-once'>419 990 ₸</div>"
        "<div class='item__price-credit'>в кредит <span>35 000 ₸ × 12</span></div>"
        "<div class='item__price-installment'>Рассрочка 0-0-12 от 34 999 ₸/мес</div></div>"
        "<button class='button item__button'>Добавить в корзину</button></div></div>",
        shop="Маркет",
    ),
    419990.0,
    "KZT",
    "Смартфон Apple iPhone 15 128Gb черный",
    "https://resources.market.example.kz/img/m/p/h32/h70/84378448199710.jpg?format=gallery-large",
)

# 23. Argentine shop: free shipping from $ 50.000 written in the buy box right after the price
case(
    "ar-envio-gratis-under-price",
    "https://www.urbanacalzados.com.ar/productos/ojotas-playa/",
    tiendanube(
        "Ojotas de Playa Goma",
        "<div id='single-product' class='js-product-detail'><div class='col-md-7'><img "
        "src='//acdn.mitiendanube.com/stores/001/234/567/products/ojotas-1-f1e2d3c4b5-1024-1024.webp' "
        "alt='Ojotas de Playa Goma'></div><div class='col-md-5'><h1 class='js-product-name'>Ojotas de Playa "
        "Goma</h1><div class='price-container'><span class='js-price-display'>$ 35.999</span></div>"
        "<div class='free-shipping'>Envío gratis a partir de $ 50.000</div>"
        "<form class='js-product-form'><input type='submit' class='js-addtocart btn btn-primary' "
        "value='Agregar al carrito'></form></div></div>",
    ),
    35999.0,
    "ARS",
    "Ojotas de Playa Goma",
    "https://acdn.mitiendanube.com/stores/001/234/567/products/ojotas-1-f1e2d3c4b5-1024-1024.webp",
)

# 24. Godomall in KRW without a <title> name, the 판매가 after 정가 and a delivery note first
case(
    "kr-godomall-delivery-first",
    "https://www.sneakers-shop.co.kr/goods/goods_view.php?goodsNo=1000005678",
    godomall(
        "아디다스 삼바 OG 블랙",
        dl("배송비", "3,000원 (7만원 이상 무료)")
        + dl("정가", "<del>149,000원</del>", "item_price_fixed")
        + dl("판매가", "<strong class='item_price'>129,000<span>원</span></strong>", "item_price")
        + dl("무이자 할부", "5개월 무이자 할부 월 25,800원"),
        "<button type='button' class='btn_add_cart'>장바구니</button>"
        "<button type='button' class='btn_add_order'>바로 구매</button>",
    ),
    129000.0,
    "KRW",
    "아디다스 삼바 OG 블랙",
    "https://www.sneakers-shop.co.kr/data/goods/25/03/10/1000001234/1000001234_detail_012.jpg",
)

# ---- round 3: free-delivery thresholds and costs beside the price, struck-look classes, names ----

# 25. Croatian shop: a delivery cost and a free-delivery threshold in the buy box under the price
case(
    "hr-dostava-cost-and-threshold",
    "https://www.alatnica.hr/einhell-pila-tc-cs-1400",
    hr_shop(
        "Einhell ručna kružna pila TC-CS 1400",
        "<div class='product-page'><div class='gallery'><img src='/media/catalog/product/e/i/einhell-tc-cs-1400"
        ".jpg' alt='Einhell TC-CS 1400'></div><div class='product-info-main'><h1 class='page-title'>Einhell "
        "ručna kružna pila TC-CS 1400</h1><div class='price-box'><span class='price'>49,99 €</span></div>"
        "<div class='tax'>PDV uključen</div><ul class='delivery'><li>Dostava: 3,99 €</li><li>Besplatna "
        "dostava iznad 60 €</li></ul><button class='action tocart primary'>Dodaj u košaricu</button></div></div>",
    ),
    49.99,
    "EUR",
    "Einhell ručna kružna pila TC-CS 1400",
    "https://www.alatnica.hr/media/catalog/product/e/i/einhell-tc-cs-1400.jpg",
)

# 26. Kazakh shop (ru): free delivery from 10 000 ₸ just after an 8 490 ₸ price
case(
    "kz-besplatnaya-dostavka-ot",
    "https://www.technoshop.kz/p/chainik-tefal-ko150f-301999",
    kz_shop(
        "ru",
        "Электрочайник Tefal KO150F",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/301999/tefal-ko150f.webp' "
        "alt='Электрочайник Tefal KO150F'></div><div class='product__info'><h1 class='product__title'>"
        "Электрочайник Tefal KO150F</h1><div class='product__price'>8 490 ₸</div>"
        "<div class='product__delivery'>Бесплатная доставка от 10 000 ₸</div>"
        "<button class='btn btn--primary add-to-cart'>В корзину</button></div></div>",
    ),
    8490.0,
    "KZT",
    "Электрочайник Tefal KO150F",
    "https://www.technoshop.kz/media/catalog/301999/tefal-ko150f.webp",
)

# 27. Kazakh shop (kk): "Бағасы" price and "Тегін жеткізу" (free delivery) from 15 000 ₸
case(
    "kz-kk-bagasy-tegin-zhetkizu",
    "https://www.technoshop.kz/kk/p/utyug-philips-dst7030-302111",
    kz_shop(
        "kk",
        "Үтік Philips DST7030/20",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/302111/philips-dst7030.webp' "
        "alt='Үтік Philips DST7030/20'></div><div class='product__info'><h1 class='product__title'>Үтік Philips "
        "DST7030/20</h1><div class='product__price'>Бағасы: 24 990 тг</div><div class='product__delivery'>"
        "Тегін жеткізу 15 000 ₸ бастап</div><button class='btn btn--primary add-to-cart'>Себетке</button>"
        "</div></div>",
    ),
    24990.0,
    "KZT",
    "Үтік Philips DST7030/20",
    "https://www.technoshop.kz/media/catalog/302111/philips-dst7030.webp",
)

# 28. Taiwan: "滿 NT$1,000 免運" promotion tag right beside a NT$ 680 price
case(
    "tw-man-mianyun-beside-price",
    "https://www.lifestyle.com.tw/products/linen-towel-set",
    tw_shop(
        "亞麻浴巾兩件組",
        "<div class='ProductDetail-container'><div class='product-images'><img "
        "src='https://img.shoplineapp.com/media/image_clips/66c3d2b1a0/original.jpg' alt='亞麻浴巾兩件組'></div>"
        "<div class='product-info'><h1 class='Product-title'>亞麻浴巾兩件組</h1><div class='Product-price'>"
        "<div class='price-regular price'>NT$680</div></div><div class='promotion'><span>滿 NT$1,000 免運</span>"
        "</div><button class='btn btn-color-primary js-btn-add-to-cart'>加入購物車</button></div></div>",
        shop="生活選物所",
    ),
    680.0,
    "TWD",
    "亞麻浴巾兩件組",
    "https://img.shoplineapp.com/media/image_clips/66c3d2b1a0/original.jpg",
)

# 29. amazon.com: FREE delivery on orders over $35 in the buy box
case(
    "amazon-com-free-delivery-over",
    "https://www.amazon.com/dp/B07FZ8S74R",
    amazon(
        "en-us",
        "Amazon Basics Stainless Steel Measuring Cups, Set of 5",
        "Home & Kitchen|Kitchen & Dining|Measuring Tools",
        "71pBq2m3VdL",
        amazon_title("Amazon Basics Stainless Steel Measuring Cups, Set of 5")
        + core_price(a_price("priceToPay", "$19.99", "$", "19", ".", "99"))
        + bullets("Stackable", "Etched markings"),
        apex(a_price("apexPriceToPay", "$19.99", "$", "19", ".", "99"))
        + "<div id='mir-layout-DELIVERY_BLOCK'><span>FREE delivery <b>Friday, March 7</b> on orders shipped by "
        "Amazon over $35</span></div><div id='availability'><span class='a-color-success'>In Stock</span></div>"
        + amazon_cart_buttons(),
        "",
    ),
    19.99,
    "USD",
    "Amazon Basics Stainless Steel Measuring Cups, Set of 5",
    AMZ.format("71pBq2m3VdL"),
)

# 30. Argentine shop: "Envío gratis superando los $ 60.000" and a struck price with a "strike" class
case(
    "ar-strike-class-envio-superando",
    "https://www.urbanacalzados.com.ar/productos/buzo-canguro-gris/",
    tiendanube(
        "Buzo Canguro Gris Melange",
        "<div id='single-product' class='js-product-detail'><div class='col-md-7'><img "
        "src='//acdn.mitiendanube.com/stores/001/234/567/products/buzo-gris-1-c3d4e5f6a7-1024-1024.webp' "
        "alt='Buzo Canguro Gris Melange'></div><div class='col-md-5'><h1 class='js-product-name'>Buzo Canguro "
        "Gris Melange</h1><div class='price-container'><span class='price-compare strike'>$ 32.000</span> "
        "<span class='js-price-display'>$ 24.500</span></div><div class='shipping-banner'>Envío gratis "
        "superando los $ 60.000</div><form class='js-product-form'><input type='submit' class='js-addtocart "
        "btn btn-primary' value='Agregar al carrito'></form></div></div>",
    ),
    24500.0,
    "ARS",
    "Buzo Canguro Gris Melange",
    "https://acdn.mitiendanube.com/stores/001/234/567/products/buzo-gris-1-c3d4e5f6a7-1024-1024.webp",
)

# 31. Slovenian shop: "Poštnina brezplačna nad 40 €" in the buy box
case(
    "si-postnina-brezplacna-nad",
    "https://www.tehnika24.si/braun-likalnik-si3055",
    si_shop(
        "Braun parni likalnik SI3055",
        "<div class='product-details'><div class='product-image'><img src='/images/products/big/braun-si3055.jpg' "
        "alt='Braun parni likalnik SI3055'></div><div class='product-info'><h1>Braun parni likalnik SI3055</h1>"
        "<div class='price'><span class='new-price'>35,90 €</span></div><p class='shipping'>Poštnina brezplačna "
        "nad 40 €</p><button type='submit' class='btn-cart'>V košarico</button></div></div>",
    ),
    35.90,
    "EUR",
    "Braun parni likalnik SI3055",
    "https://www.tehnika24.si/images/products/big/braun-si3055.jpg",
)

# 32. Cafe24: a related strip whose cards use ec-data-src too; the main picture is a plain src
case(
    "kr-cafe24-related-ec-data-src",
    "https://dailylook.co.kr/product/detail.html?product_no=3456&cate_no=24",
    cafe24(
        "린넨 와이드 팬츠",
        row("판매가", "<strong id='span_product_price_text'>42,000원</strong>")
        + row("배송비", "3,000원 (50,000원 이상 구매 시 무료)"),
        CAFE24_LIVE
        + "</div></div><div class='xans-element- xans-product xans-product-relation'><h3>관련상품</h3><ul>"
        + "".join(
            f"<li class='xans-record-'><div class='thumb'><img src='//dailylook.co.kr/web/upload/blank.gif' "
            f"ec-data-src='//dailylook.co.kr/web/product/medium/20250301/rel{i}.jpg'></div><p class='name'>"
            f"<a href='/product/detail.html?product_no=35{i}'>린넨 셔츠 {i}</a></p><p>39,000원</p></li>"
            for i in range(3)
        )
        + "</ul><div><div>",
    ),
    42000.0,
    "KRW",
    "린넨 와이드 팬츠",
    "https://ecimg.cafe24img.com/pg123/dailylook/web/product/big/20250301/abc123def456.jpg",
)

# 33. Godomall: a related-goods strip whose names sit in ".goods_tit" too, below the main name
case(
    "kr-godomall-related-goods-tit",
    "https://www.sneakers-shop.co.kr/goods/goods_view.php?goodsNo=1000009999",
    godomall(
        "뉴발란스 530 화이트 실버",
        dl("판매가", "<strong class='item_price'>119,000<span>원</span></strong>", "item_price"),
        "<button type='button' class='btn_add_cart'>장바구니</button>"
        "<button type='button' class='btn_add_order'>바로 구매</button></div></div></div>"
        "<div class='relation_goods'><h3>관련상품</h3><ul>"
        + "".join(
            f"<li><div class='item_cont'><a href='/goods/goods_view.php?goodsNo=100000888{i}'><img "
            f"src='/data/goods/rel{i}.jpg'></a><div class='goods_tit'><strong>뉴발란스 {n}</strong></div>"
            f"<div class='item_money'>99,000원</div></div></li>"
            for i, n in enumerate(["327 그레이", "2002R 블랙", "993 그레이"])
        )
        + "</ul><div><div>",
    ),
    119000.0,
    "KRW",
    "뉴발란스 530 화이트 실버",
    "https://www.sneakers-shop.co.kr/data/goods/25/03/10/1000001234/1000001234_detail_012.jpg",
)

# 34. Croatian shop after the conversion: kuna first in a line of its own, euro the price
case(
    "hr-kn-line-below-eur",
    "https://www.alatnica.hr/gardena-crijevo-20m",
    hr_shop(
        "Gardena vrtno crijevo Classic 20 m",
        "<div class='product-page'><div class='gallery'><img src='/media/catalog/product/g/a/gardena-classic-20m"
        ".jpg' alt='Gardena Classic'></div><div class='product-info-main'><h1 class='page-title'>Gardena vrtno "
        "crijevo Classic 20 m</h1><div class='price-box'><div class='price-eur'><span class='price'>32,90 €"
        "</span></div><div class='price-kn'>247,89 kn</div><small>Fiksni tečaj konverzije 1 € = 7,53450 kn"
        "</small></div><div class='lowest-price'>Najniža cijena u posljednjih 30 dana: 32,90 €</div>"
        "<button class='action tocart primary'>Dodaj u košaricu</button></div></div>",
    ),
    32.90,
    "EUR",
    "Gardena vrtno crijevo Classic 20 m",
    "https://www.alatnica.hr/media/catalog/product/g/a/gardena-classic-20m.jpg",
)

# ---- round 4: thousands, RRP words, region dollars, transfer prices -----------------------------

# 35. amazon.it: a four-digit price "1.299,00 €", other sellers' box, a 10 % coupon
case(
    "amazon-it-thousands-coupon",
    "https://www.amazon.it/dp/B0CHX2F5QT",
    amazon(
        "it-it",
        "Apple iPhone 15 Pro (256 GB) - Titanio naturale",
        "Elettronica|Cellulari e accessori|Smartphone",
        "81SigpJN1KL",
        amazon_title("Apple iPhone 15 Pro (256 GB) - Titanio naturale")
        + core_price(
            "<span class='a-size-large a-color-price savingPriceOverride'>-9%</span> "
            + a_price("priceToPay", "1.299,00 €", "€", "1.299", ",", "00", after=True)
            + "<div class='a-section'><span class='a-size-small a-color-secondary basisPrice'>Prezzo consigliato: "
            "<span class='a-price a-text-price' data-a-strike='true'><span class='a-offscreen'>1.429,00 €</span>"
            "</span></span></div>"
        )
        + "<div id='promoPriceBlockMessage_feature_div'>Risparmia 10% con coupon</div>"
        + bullets("Titanio", "Chip A17 Pro"),
        apex(a_price("apexPriceToPay", "1.299,00 €", "€", "1.299", ",", "00", after=True))
        + amazon_cart_buttons("Aggiungi al carrello", "Acquista ora")
        + other_sellers("Altri venditori su Amazon", "1.249,00 €", "+ 5,99 € di spedizione"),
        "",
        nav=("Consegna a", "Carrello", "Offerte"),
    ),
    1299.0,
    "EUR",
    "Apple iPhone 15 Pro (256 GB) - Titanio naturale",
    AMZ.format("81SigpJN1KL"),
)

# 36. amazon.fr: a narrow no-break space between thousands ("1 099,99 €")
case(
    "amazon-fr-narrow-space-thousands",
    "https://www.amazon.fr/dp/B0C1H26C46",
    amazon(
        "fr-fr",
        "Samsung Galaxy Tab S9 Ultra 14,6 pouces 512 Go",
        "High-Tech|Informatique|Tablettes",
        "71lR3Gf2dSL",
        amazon_title("Samsung Galaxy Tab S9 Ultra 14,6 pouces 512 Go")
        + core_price(a_price("priceToPay", "1\u202f099,99\u00a0€", "€", "1\u202f099", ",", "99", after=True))
        + bullets("Écran AMOLED", "S Pen inclus"),
        apex(a_price("apexPriceToPay", "1\u202f099,99\u00a0€", "€", "1\u202f099", ",", "99", after=True))
        + amazon_cart_buttons("Ajouter au panier", "Acheter maintenant"),
        "",
        nav=("Livraison à", "Panier", "Ventes Flash"),
    ),
    1099.99,
    "EUR",
    "Samsung Galaxy Tab S9 Ultra 14,6 pouces 512 Go",
    AMZ.format("71lR3Gf2dSL"),
)

# 37. amazon.co.uk: "RRP:" struck under the price
case(
    "amazon-uk-rrp",
    "https://www.amazon.co.uk/dp/B0BTJ8XKQ5",
    amazon(
        "en-gb",
        "Russell Hobbs Brita Filter Purity Kettle 1.5L",
        "Home & Kitchen|Small Kitchen Appliances|Kettles",
        "61fWx9K7KzL",
        amazon_title("Russell Hobbs Brita Filter Purity Kettle 1.5L")
        + core_price(
            a_price("priceToPay", "£34.99", "£", "34", ".", "99")
            + "<div class='a-section'><span class='a-size-small a-color-secondary basisPrice'>RRP: <span "
            "class='a-price a-text-price' data-a-strike='true'><span class='a-offscreen'>£54.99</span></span>"
            "</span></div>"
        )
        + bullets("Brita Maxtra filter", "3000W"),
        apex(a_price("apexPriceToPay", "£34.99", "£", "34", ".", "99"))
        + amazon_cart_buttons("Add to Basket"),
        "",
    ),
    34.99,
    "GBP",
    "Russell Hobbs Brita Filter Purity Kettle 1.5L",
    AMZ.format("61fWx9K7KzL"),
)

# 38. Cafe24: 소비자가 struck above 판매가, a 쿠폰적용가 row first
case(
    "kr-cafe24-sobijaga-coupon-first",
    "https://dailylook.co.kr/product/detail.html?product_no=4567&cate_no=24",
    cafe24(
        "캐시미어 라운드 니트",
        row("쿠폰적용가", "<span id='span_product_coupon_price'>71,200원</span> (쿠폰 다운로드 시)")
        + row("소비자가", "<strike><span id='span_product_price_custom'>129,000원</span></strike>")
        + row("판매가", "<strong id='span_product_price_text'>89,000원</strong>")
        + row("적립금", "890원 (1%)"),
        CAFE24_LIVE,
    ),
    89000.0,
    "KRW",
    "캐시미어 라운드 니트",
    "https://ecimg.cafe24img.com/pg123/dailylook/web/product/big/20250301/abc123def456.jpg",
)

# 39. Taiwan shop writing a bare "$" (TWD by the .com.tw host), 活動價 and 原價
case(
    "tw-bare-dollar-huodongjia",
    "https://www.outdoorgear.com.tw/products/trekking-pole-carbon",
    tw_shop(
        "碳纖維登山杖 兩入組",
        "<div class='product'><div class='product-gallery'><img src='/upload/products/trekking-pole-carbon-1.jpg' "
        "alt='碳纖維登山杖'></div><div class='product-info'><h1>碳纖維登山杖 兩入組</h1><div class='prices'>"
        "<span class='origin-price'>原價 <del>$2,980</del></span><span class='event-price'>活動價 $1,980</span>"
        "</div><button class='btn add-cart'>加入購物車</button></div></div>",
        shop="山野裝備",
    ),
    1980.0,
    "TWD",
    "碳纖維登山杖 兩入組",
    "https://www.outdoorgear.com.tw/upload/products/trekking-pole-carbon-1.jpg",
)

# 40. Kazakh shop: "12 990 тг." with a period, and a struck "15 990 тг."
case(
    "kz-tg-period",
    "https://www.technoshop.kz/p/blender-bosch-msm2620b-303333",
    kz_shop(
        "ru",
        "Блендер Bosch MSM2620B",
        "<div class='product'><div class='product__gallery'><img src='/media/catalog/303333/bosch-msm2620b.webp' "
        "alt='Блендер Bosch MSM2620B'></div><div class='product__info'><h1 class='product__title'>Блендер "
        "Bosch MSM2620B</h1><div class='product__prices'><del>15 990 тг.</del> <span class='product__price'>"
        "12 990 тг.</span></div><button class='btn btn--primary add-to-cart'>В корзину</button></div></div>",
    ),
    12990.0,
    "KZT",
    "Блендер Bosch MSM2620B",
    "https://www.technoshop.kz/media/catalog/303333/bosch-msm2620b.webp",
)

# 41. Argentine shop: the list price, a lower price by bank transfer (a condition), cuotas
case(
    "ar-precio-transferencia",
    "https://www.urbanacalzados.com.ar/productos/campera-inflable-negra/",
    tiendanube(
        "Campera Inflable Negra",
        "<div id='single-product' class='js-product-detail'><div class='col-md-7'><img "
        "src='//acdn.mitiendanube.com/stores/001/234/567/products/campera-1-b2c3d4e5f6-1024-1024.webp' "
        "alt='Campera Inflable Negra'></div><div class='col-md-5'><h1 class='js-product-name'>Campera Inflable "
        "Negra</h1><div class='price-container'><span class='js-price-display'>$ 1.234.567</span></div>"
        "<div class='payment-discount'>$ 1.111.110 con transferencia bancaria</div>"
        "<div class='js-max-installments'>3 cuotas sin interés de $ 411.522,33</div>"
        "<form class='js-product-form'><input type='submit' class='js-addtocart btn btn-primary' "
        "value='Agregar al carrito'></form></div></div>",
    ),
    1234567.0,
    "ARS",
    "Campera Inflable Negra",
    "https://acdn.mitiendanube.com/stores/001/234/567/products/campera-1-b2c3d4e5f6-1024-1024.webp",
)

# 42. Croatian shop: "Cijena: 1.049,00 €" with "7.903,69 kn" beside it
case(
    "hr-cijena-thousands-kn",
    "https://www.alatnica.hr/husqvarna-kosilica-lc-347v",
    hr_shop(
        "Husqvarna benzinska kosilica LC 347V",
        "<div class='product-page'><div class='gallery'><img src='/media/catalog/product/h/u/husqvarna-lc347v.jpg' "
        "alt='Husqvarna LC 347V'></div><div class='product-info-main'><h1 class='page-title'>Husqvarna "
        "benzinska kosilica LC 347V</h1><div class='price-box'>Cijena: <span class='price'>1.049,00 €</span> "
        "<span class='price-hrk'>7.903,69 kn</span></div><button class='action tocart primary'>Dodaj u "
        "košaricu</button></div></div>",
    ),
    1049.0,
    "EUR",
    "Husqvarna benzinska kosilica LC 347V",
    "https://www.alatnica.hr/media/catalog/product/h/u/husqvarna-lc347v.jpg",
)

# 43. Slovenian shop: "Cena: 1.299,00 €" and a monthly instalment "obroki od 108,25 €/mesec"
case(
    "si-cena-thousands-obroki",
    "https://www.tehnika24.si/lg-oled55c34la",
    si_shop(
        "LG OLED televizor OLED55C34LA",
        "<div class='product-details'><div class='product-image'><img src='/images/products/big/lg-oled55c3.jpg' "
        "alt='LG OLED55C34LA'></div><div class='product-info'><h1>LG OLED televizor OLED55C34LA</h1>"
        "<div class='price'>Cena: <span class='new-price'>1.299,00 €</span></div><div class='installments'>"
        "Plačilo na 12 obrokov od 108,25 €/mesec</div><button type='submit' class='btn-cart'>V košarico</button>"
        "</div></div>",
    ),
    1299.0,
    "EUR",
    "LG OLED televizor OLED55C34LA",
    "https://www.tehnika24.si/images/products/big/lg-oled55c3.jpg",
)


# ---- pages that are no product page ------------------------------------------------------------

NOT_PRODUCT: list[tuple[str, str, str]] = [
    (
        "hr-delivery-info-page",
        "https://www.alatnica.hr/dostava-i-placanje",
        hr_shop(
            "Dostava i plaćanje",
            "<article class='cms-page'><h1>Dostava i plaćanje</h1><img src='/media/cms/dostava-kamion.jpg' "
            "alt='Dostava'><p>Besplatna dostava za narudžbe iznad 60 €.</p><p>Dostava: 3,99 €</p></article>",
        ),
    ),
    (
        "kz-delivery-info-page",
        "https://www.technoshop.kz/dostavka",
        kz_shop(
            "ru",
            "Доставка и оплата",
            "<article><h1>Доставка и оплата</h1><img src='/media/pages/dostavka.jpg' alt='Доставка'>"
            "<p>Бесплатная доставка от 10 000 ₸</p></article>",
        ),
    ),
    (
        "ar-shipping-page",
        "https://www.urbanacalzados.com.ar/envios/",
        tiendanube(
            "Envíos",
            "<div class='page'><h1>Envíos</h1><img src='//acdn.mitiendanube.com/stores/001/234/567/themes/"
            "envios-banner.jpg' alt='Envíos'><p>Envío gratis a partir de $ 50.000</p></div>",
        ),
    ),
]


# ---- the cases ----------------------------------------------------------------------------------

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("c", case_params(CASES, XFAIL))
def test_fields(c: Case) -> None:
    got = extract_product(c.html, c.url)
    assert got is not None, "no listing"
    wrong = field_mistakes(got, c.price, c.title, c.images, c.url)
    if got.get("currency") != c.currency:
        wrong.append(f"currency {got.get('currency')!r} != {c.currency}")
    assert not wrong, "; ".join(wrong)


@pytest.mark.parametrize("id, url, html", NOT_PRODUCT, ids=[n[0] for n in NOT_PRODUCT])
def test_no_listing(id: str, url: str, html: str) -> None:
    got = extract_product(html, url)
    assert got is None, f"listing {got and (got['title'], got['price'])}"


# ---- must-not-fire cases of the fixes (written after reading the code) ----------------------------


@pytest.mark.parametrize(
    "text, old",
    [
        # delivery words of issue 14's markets make an amount a delivery cost or threshold
        ("Brezplačna dostava nad 50 €", True),
        ("Besplatna dostava iznad 60 €", True),
        ("Dostava: 3,99 €", True),
        ("Poštnina brezplačna nad 40 €", True),
        ("Бесплатная доставка от 10 000 ₸", True),
        ("Тегін жеткізу 15 000 ₸ бастап", True),
        # not: prices and words that only look alike
        ("Akcijska cena: 99,99 €", False),
        ("Cijena: 49,99 €", False),
        ("Цена: 8 490 ₸", False),
        ("Бағасы: 24 990 тг", False),
        ("Dostavljač 12,00 €", False),
    ],
)
def test_delivery_words_of_the_markets(text: str, old: bool) -> None:
    assert bool(OLD_TEXT.search(text)) is old


@pytest.mark.parametrize(
    "html, struck_look",
    [
        ("<span class='price strike'>$ 32.000</span>", True),  # the utility class of VTEX, Bootstrap themes
        ("<span class='listPriceValue strike'>$ 1.459.999</span>", True),
        ("<span class='price-strikethrough'>29,99 €</span>", True),
        ("<span class='price--line-through'>29,99 €</span>", True),
        ("<span class='price'>24,99 €</span>", False),
        ("<span class='price no-strike'>24,99 €</span>", False),
        ("<span class='strikes-left'>3 left</span>", False),
    ],
)
def test_strike_class(html: str, struck_look: bool) -> None:
    assert struck(Selector(html).xpath("//span")[0].root) is struck_look


def _title(body: str, doc_title: str = "Shop") -> str | None:
    return find_title(Layout(Selector(doc("ko", doc_title, body)), "https://shop.example/p/1"))[0]


def test_tit_names_a_title_only_at_its_end() -> None:
    # Godomall: the name's h3 in ".item_detail_tit"; the box ".item_tit_detail_cont" opens with "tit"
    body = (
        "<div class='item_tit_detail_cont'><div class='item_detail_tit'><h3>뉴발란스 530</h3></div>"
        "<div class='item_detail_list'><dl><dt>판매가</dt><dd>119,000원</dd></dl></div></div>"
    )
    assert _title(body) == "뉴발란스 530"
    # an h1 still wins over a ".goods_tit" of a related card
    body = (
        "<h1 class='name'>Linen Shirt</h1><ul class='related'><li><div class='goods_tit'>Linen Pants</div>"
        "</li></ul>"
    )
    assert _title(body, "Linen Shirt | Shop") == "Linen Shirt"
    # "quantity", "entity", "petite" hold "tit" inside a word: no title element
    body = "<h1>Petite Dress</h1><div class='quantity_tit'>Qty</div><div class='petite-tit'>x</div>"
    assert _title(body, "Petite Dress | Shop") == "Petite Dress"


@pytest.mark.parametrize(
    "attrs, first",
    [
        (
            {"src": "//s.example/web/upload/blank.gif", "ec-data-src": "//s.example/big/a.jpg"},
            "//s.example/big/a.jpg",
        ),
        ({"src": "//s.example/big/b.jpg"}, "//s.example/big/b.jpg"),
        ({"src": "//s.example/big/b.jpg", "data-src": "//s.example/big/c.jpg"}, "//s.example/big/c.jpg"),
    ],
)
def test_cafe24_lazy_attribute(attrs: dict, first: str) -> None:
    assert img_urls(attrs)[0] == first


# ---- the page's availability words (values.AVAILABILITY_TEXT), asked by the locale review ----------


@pytest.mark.parametrize(
    "text, want",
    [
        # the locale review's words (test_locale_review.py rounds 4-11), read apart from controls
        ("Nije dostupno", "OutOfStock"),
        ("Trenutno nije dostupan", "OutOfStock"),
        ("Ni zaloge", "OutOfStock"),
        ("Nema zalihe", "OutOfStock"),
        ("Сатылымда жоқ", "OutOfStock"),
        ("Қолжетімсіз", "OutOfStock"),
        ("Товар закончился", "OutOfStock"),
        ("Нет в продаже", "OutOfStock"),
        ("No hay stock", "OutOfStock"),
        ("商品補貨中", "OutOfStock"),
        ("Под заказ", "BackOrder"),
        ("Доставка под заказ 7-10 дней", "BackOrder"),
        ("Producto discontinuado", "Discontinued"),
        ("판매종료", "Discontinued"),
        ("판매 종료된 상품입니다", "Discontinued"),
        ("商品已下架", "Discontinued"),
        # soon sold out is still on sale
        ("품절임박", "InStock"),
        ("품절 임박", "InStock"),
        ("即將售完", "InStock"),
        # must not fire: read as before
        ("품절", "OutOfStock"),
        ("일시품절", "OutOfStock"),
        ("已售完", "OutOfStock"),
        ("售完", "OutOfStock"),
        ("Hay stock", "InStock"),
        ("Na zalogi", "InStock"),
        ("Dostupno", "InStock"),
        ("Сатылымда", "InStock"),
        ("В наличии", "InStock"),
        ("Zaloga: 3 kosi", None),
        ("Envío gratis: no hay mínimo de compra", None),
        ("판매종료 임박", None),
        ("판매종료일: 2025-03-31", None),
        ("即將下架", None),
        ("Акция закончилась", None),
        ("Оформить заказ", None),
        ("Заказ", None),
    ],
)
def test_availability_words(text: str, want: str | None) -> None:
    assert normalize_availability(text) == want
