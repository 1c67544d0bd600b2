"""Review 7 of the sku on product pages WITHOUT structured data (issue 14).

Each case is a whole product page as the shop or marketplace serves it (header with a hotline, a promotion
or an order lookup, menus, breadcrumbs, gallery, buy box, spec tables, reviews, questions and answers,
related cards with their own codes, a footer with the company's numbers), no JSON-LD / microdata / RDFa,
in the issue's markets (Amazon .com/.de/.it; Taiwan: a 91APP fashion shop, an appliance shop, Ruten; Korea:
SSG, Auction, a kitchen shop; Kazakhstan: Wildberries, Technopark, Mechta, Lamoda, Kaspi, Sulpak;
Argentina: an audio chain, Zara; Slovenia: Merkur, Mimovrste; Croatia: eKupi) and the big marketplaces
(eBay.de, Allegro, Cdiscount, Rakuten France), plus German, Dutch, Italian and Polish shops. Aimed at ways
of showing the code the earlier rounds (test_sku_review2/3/6, test_stock_sku_review5) did not write: an
Amazon sponsored-click URL with the ASIN only in the canonical link and the cart's ASIN field, Amazon's
mobile "/gp/aw/d/" and "/-/en/" paths, a read-only field to copy, a dotted-leader row, a column-headed
one-row table, a CSS grid of alternating divs, a label and value split by `<br>`, a code in the heading's
`<small>`, soft hyphens in label cells, and labels not yet read ("款號", "產品型號", "제품코드", "Nro. de
artículo", "Artikelnr.", "Best.-Nr.", "Artikelcode", "Cod. prodotto", "Numer katalogowy", Zara's "Negro |
4087/432/800"); URL ids not yet read (Ruten's bare "show?<id>", Auction's lettered "itemno=C522167887",
Wildberries' "/catalog/<id>/detail.aspx", Cdiscount's "f-<category>-<id>.html", Rakuten France's
"/offer/buy/<id>/", SSG's "itemId", eBay's "?var="). Must-not-fire pages hold codes that are no item's:
certification and registration numbers (Taiwan's NCC / BSMI / medical licence, Korea's KC number and A/S
phone, the EAEU certificate, Argentina's RNPA / ANMAT, the EU's EPREL, WEEE and LUCID numbers, a GPSR
manufacturer block with its address and register number), questions and answers naming other models and
SKUs, coupons, a loyalty card number, sizes and quantities, order numbers. Each case names the sku its
structured data would give as the earlier rounds decided (the shop's or marketplace's item code first,
then the maker's model / part number, a GTIN last; None where the page shows no code of its own).

Cases: 54 pages (`CASES`; one strict xfail until the lead's dom.MARKS of stop 38) and 34 must-not-fire pages
(`NOT_FIRE`).

FIRST LOOK (commit 5faa840, written before reading crawler/sku.py; 33 cases, 10 must-not-fire): 13 of 33
cases and 1 of 10 must-not-fire pages failed:
- labels not read: Taiwanese "款號：AW24-KN018" (the URL's 91APP id read instead), "產品型號" (None),
  Korean "제품코드 : HL-FP2801" (None), Argentine "Nro. de artículo: 5012345" (the "Modelo" read);
- URL ids not read (None, or the maker's model): Ruten's "/item/show?22345678901234", Auction's
  "?itemno=C522167887", Wildberries' "/catalog/187654321/detail.aspx", Cdiscount's
  "f-1101416-dys5025155069331.html", Rakuten France's "/offer/buy/9876543210/<slug>.html" (its "Modèle"
  row read), Allegro's offer id under "Kod producenta" (mis-written: test_sku_review3's
  allegro-parametry-kod-producenta decided Allegro's "Kod producenta" is its sku; kept here as a
  must-not-fire expecting it);
- layouts: a read-only `<input value="1155203" readonly>` under `<label for>Артикул` (the spec table's
  "Модель" read), a table whose header row names "Art.-Nr." over one body row (None), soft hyphens in
  "Artikel&shy;nummer" cells (None; left, strict xfail: the lead's dom.MARKS, which drops U+00AD since);
- must-not-fire: a shopper's question "Passt die Zeltunterlage Art.-Nr. 1127001 zu diesem Zelt?" read as
  the item's code (made a case: it failed before any fix).
Passed at first look: the Amazon sponsored-click URL (its hidden ASIN field), the mobile and "/-/en/"
paths, Zara's colour-and-reference line, the dotted-leader row, the CSS grid, `<br>`, `<small>` in the
heading, "Artikelnr.", "Best.-Nr.", "Artikelcode", "Cod. prodotto", "Numer katalogowy", SSG's itemId,
eBay's "?var=", eKupi's lettered code, and 9 of the 10 must-not-fire pages.

Kinds fixed (crawler/sku.py):
1. `_LABELS`: "款號" / "款号", "제품코드" / "제품번호" (and "상품 코드" / "상품 번호" with a space),
   "Nro. de artículo" / "N° de artículo" / "Número de artículo" (not eBay's "... de eBay").
2. `_MODEL_LABEL`: "產品型號" / "規格型號" / "商品型號" (the bare "型號" was read; "適用型號", compatible
   models, still is not).
3. `url_code`: a lettered item number in an item-number parameter (`_LETTERED_ID`, `_ITEM_NO_PARAMS`:
   "itemno=C522167887", not "?pid=EV20241201"); a bare id as the whole query of a "show" / "view" /
   "detail" page (`_BARE_QUERY_PAGES`); an id before "detail.aspx" (`_DETAIL_PAGE`, not a date);
   Cdiscount's "f-<category>-<id>.html" (`_CDISCOUNT_F`); an item marker's id after "buy" (Rakuten
   France); `_MARKETPLACES` adds Rakuten.
4. `_input_code`: a read-only text field named by a code's `<label for>` or `aria-label`.
5. `_column_code`: the cell under a column headed by a code's label in a table of one body row.
6. `_in_talk`: "SKU"-like words in running text inside reviews, questions and answers (`_TALK_NAMES`, a
   block without the `<h1>`) are no listing's code (`_text_code`).
Must-not-fire pages of these kinds (the last block, 12 pages) all pass with crawler/sku.py at 5faa840
(checked with that module swapped into extract.py in one process) and after the fixes.

Round 2 (9 cases, 4 must-not-fire; written after reading crawler/sku.py, aimed at the maker's numbers and
labels its lists lacked): 8 of 9 failed before its fixes (the EAN, the "Model" row or None read; "Hersteller-
Artikelnummer" passed, read as running text's "Artikelnummer"), 0 of 4 must-not-fire. Kinds fixed:
7. `_MODEL_LABEL`: German "HAN" (before a colon or alone), Dutch "Typenummer", Russian "Партномер" /
   "Парт-номер" and "Код производителя", Spanish "Número de parte" / "N° de parte" / "Número de pieza".
8. `_LABELS`: Slovenian "Koda artikla" (the bare "Koda" took "artikla: 171555" as its value), Taiwanese
   "產品編號", Kazakh "Өнім коды".
Must-not-fire: an OE-numbers list beside the shop's "Art.-Nr.", "Код производителя" in a card and a part
number in a review, "Han Kjøbenhavn" (a brand opening with "Han"), the new labels in related cards only; all
pass with crawler/sku.py at 5faa840 and after.

Round 3 (4 must-not-fire pages, a probe of this review's own rules after commit 05261df): 2 of 4 failed
there, both passing at 5faa840: a one-row "Passendes Zubehör" table (Art.-Nr. | Bezeichnung | Preis) gave
the accessory's code to kind 5 (`_column_code` now passes over a row holding a link, a button, a field or a
price), and a Rakuten Ichiba shop's "item.rakuten.co.jp/biccamera/4549980123456/" gave its path's JAN over
the shown "型番" once "rakuten" was a marketplace name (kind 3 narrowed: `_MARKETPLACE_HOSTS` names Rakuten
France's "shopping.rakuten.com" host only). A "SKU:" beside the review stars in the product block and a
mini-cart's "Número de artículos: 2" read as before.

Round 4 (6 cases, 1 page meant as a must-not-fire; codes in collapsed or hidden parts, dashes, spaced
models): 2 of 6 failed at 5faa840 and at 05261df ("Šifra – 10427999" gave the "Model" row; Miele's "Model |
WWD 320 WPS" gave None), and the must-not-fire failed (a closed quick-view dialog's "SKU: OL-TR28-OL" read
as the item's: made a case). Closed `<details>`, a `hidden` tab panel, a `display:none` tab and Korean
two-pairs-per-row tables read right already. Kinds fixed:
9. `_code`: an en or em dash between label and code is no part of the code.
10. `_SPACED_MODEL` (in `_model_code`): a model label's value in spaced parts (Miele, Liebherr): a capital
    series, 3-5 digits (not a year), up to two short capital suffixes.
11. `_other_text` (in `_text_code`): running text in a card `Layout.context` counts that is closed by its
    markup (a quick view's dialog) is another item's.
Must-not-fire: "SKU – N/A", "Modell: Pro 2024", "Modellreihe: Serie 4", "Model | Air 2025", a fashion page's
"Model: Height 178 cm" and "Model | Size 36 EU", and running text in a hidden tab panel (no card: still read);
all pass at 5faa840 and after.

Round 5 (5 cases, 1 must-not-fire; after commit 8051a3b, part-number labels of the markets' languages beside
a GTIN): 5 of 5 failed (the GTIN read: "P/N: 8A5D2EA", "Modelo alfanumérico | HD9252/90", "Teilenummer |
C27009", "Numéro de pièce | 0986494525", "Numero parte | DA29-00020B"). Kind fixed:
12. `_MODEL_LABEL`: "P/N" (before a colon or alone), "Modelo alfanumérico", "(Hersteller-)Teilenummer",
    "Numéro de pièce", "Numero (di) parte".
Must-not-fire: an "S/N-Bereich" line and these labels in related cards only (passes at 5faa840 and after).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params
from tests.crawler.test_sku_review6 import (
    AR_FOOTER,
    DE_FOOTER,
    HR_FOOTER,
    KR_FOOTER,
    KZ_FOOTER,
    SI_FOOTER,
    TW_FOOTER,
    amz_fbt,
    amz_table,
    buybox,
    cards,
    header,
    lines,
    page,
    reviews,
    table,
)


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    want: str | None
    xfail: str = ""


CASES: list[Case] = []
NOT_FIRE: list[Case] = []


def case(id: str, url: str, html: str, want: str | None, xfail: str = "") -> None:
    CASES.append(Case(id, url, html, want, xfail))


def not_fire(id: str, url: str, html: str, want: str | None) -> None:
    NOT_FIRE.append(Case(id, url, html, want))


def with_head(html: str, extra: str) -> str:
    """The document with `extra` (a canonical link, meta tags) added to its head."""
    return html.replace("</head>", extra + "</head>", 1)


def amazon(
    lang: str,
    domain: str,
    title: str,
    h1: str,
    price: str,
    details: str,
    after: str = "",
    form: str = "",
) -> str:
    """An Amazon detail page as served (nav belt, left / centre / right columns, the buy box's form with
    the fields Amazon's own template writes, `form`, and the details below)."""
    return page(
        lang,
        title,
        f"<div id='nav-belt'><a id='nav-logo-sprites' href='/ref=nav_logo'>{domain}</a>"
        "<span id='glow-ingress-line1'>Deliver to 10115</span><a id='nav-orders' href='/gp/css/order-history'>"
        "Returns &amp; Orders</a><a id='nav-cart' href='/gp/cart/view.html'>Cart 0</a></div>"
        "<div id='nav-main'><a href='/gp/goldbox'>Today's Deals</a><a href='/gp/help'>Customer Service</a>"
        "<a href='/gp/browse.html?node=16115931'>Registry</a></div>",
        ["Home &amp; Kitchen", "Kitchen &amp; Dining", "Small Appliances"],
        "<div id='dp'><div id='leftCol'><div id='imgTagWrapperId'><img id='landingImage'"
        " src='https://m.media-amazon.com/images/I/71+8uTMDRFL._AC_SL1500_.jpg'"
        f" alt='{h1[:30]}'></div></div><div id='centerCol'><div id='bylineInfo_feature_div'>"
        "<a id='bylineInfo' href='/stores/page/1'>Visit the Store</a></div><h1 id='title'>"
        f"<span id='productTitle'>{h1}</span></h1><div id='averageCustomerReviews'><span>4.6 out of 5 stars"
        "</span><a href='#customerReviews'>48,213 ratings</a></div></div><div id='rightCol'><div id='buybox'>"
        f"<span class='a-price'><span class='a-offscreen'>{price}</span></span><div id='availability'>"
        "<span>In Stock</span></div><form id='addToCart' method='post' action='/cart/add-to-cart/ref=dp_start-bbf_1_glance'>"
        f"{form}<select name='quantity'><option>1</option><option>2</option></select>"
        "<input id='add-to-cart-button' type='submit' value='Add to Cart'>"
        "<input id='buy-now-button' type='submit' value='Buy Now'></form></div></div></div>" + details,
        after,
        "<span>© 1996-2026, Amazon.com, Inc. or its affiliates</span>",
    )


def amz_bullets(rows: list[tuple[str, str]]) -> str:
    """Amazon's 'Product details' bullets: bold key, a colon with directional marks, the value."""
    lis = "".join(
        f"<li><span class='a-list-item'><span class='a-text-bold'>{k} &rlm; : &lrm;</span><span>{v}</span></span></li>"
        for k, v in rows
    )
    return (
        "<div id='detailBulletsWrapper_feature_div'><h2>Product details</h2><div id='detailBullets_feature_div'>"
        f"<ul class='a-unordered-list a-nostyle a-vertical a-spacing-none detail-bullet-list'>{lis}</ul></div></div>"
    )


def qa(heading: str, *pairs: tuple[str, str]) -> str:
    """A questions and answers section (shoppers' questions, the seller's answers)."""
    items = "".join(
        f"<div class='qa-item'><p class='question'><b>Q:</b> {q}</p><p class='answer'><b>A:</b> {a}</p></div>"
        for q, a in pairs
    )
    return f"<section class='product-qa' id='qa'><h2>{heading}</h2>{items}</section>"


# ---- Amazon -------------------------------------------------------------------------------------------

case(
    "amazon-com-sspa-click-url-canonical-and-asin-field",
    "https://www.amazon.com/sspa/click?ie=UTF8&spc=MTo0NTk2MzQ2NTgxNzMxMjM0OjE3MzMxNTQ0MDA6c3BfYXRmOjMwMDE"
    "&url=%2FNinja-AF101-Fryer-Quart-Black%2Fdp%2FB07FDJMC9Q%2Fref%3Dsr_1_1_sspa%3Fkeywords%3Dair%2Bfryer"
    "&sp_csd=d2lkZ2V0TmFtZT1zcF9hdGY&psc=1",
    with_head(
        amazon(
            "en-us",
            "Amazon.com",
            "Amazon.com: Ninja AF101 Air Fryer, 4 Qt, Black : Home &amp; Kitchen",
            "Ninja AF101 Air Fryer that Crisps, Roasts, Reheats, &amp; Dehydrates, 4 Quart, Black",
            "$89.99",
            amz_bullets(
                [
                    ("Product Dimensions", "8.5 x 12.1 x 11 inches; 10.58 Pounds"),
                    ("Item model number", "AF101"),
                    ("Date First Available", "April 23, 2018"),
                    ("Manufacturer", "SharkNinja"),
                    ("Best Sellers Rank", "#3 in Kitchen &amp; Dining"),
                ]
            ),
            amz_fbt(
                [
                    ("Ninja AF101 Parchment liners", "$9.99", "B0B5TQ1M7N"),
                    ("Silicone pot", "$12.99", "B08QDQ9G6C"),
                ]
            ),
            "<input type='hidden' id='ASIN' name='ASIN' value='B07FDJMC9Q'>"
            "<input type='hidden' name='merchantID' value='ATVPDKIKX0DER'>"
            "<input type='hidden' name='session-id' value='134-5512312-7788123'>",
        ),
        "<link rel='canonical' href='https://www.amazon.com/Ninja-AF101-Fryer-Quart-Black/dp/B07FDJMC9Q'>",
    ),
    "B07FDJMC9Q",
)

case(
    "amazon-de-mobile-gp-aw-d-url",
    "https://www.amazon.de/gp/aw/d/B0BSHF7WHW/?_encoding=UTF8&pd_rd_plhdr=t&th=1",
    amazon(
        "de-de",
        "Amazon.de",
        "Philips Airfryer 3000 Series L, HD9252/90 : Amazon.de: Küche, Haushalt &amp; Wohnen",
        "Philips Airfryer 3000 Series L, 4.1L, 13-in-1 Heißluftfritteuse, HD9252/90",
        "89,99 €",
        amz_table(
            [
                ("Marke", "Philips"),
                ("Modellnummer", "HD9252/90"),
                ("Farbe", "Schwarz"),
                ("Im Angebot von Amazon.de seit", "3. Februar 2023"),
            ],
            "Produktinformation",
        ),
        amz_fbt([("Philips Backform-Zubehör", "19,99 €", "B0BTV1H6C9")]),
    ),
    "B0BSHF7WHW",
)

case(
    "amazon-it-english-language-path-dp",
    "https://www.amazon.it/-/en/De-Longhi-Magnifica-ECAM22-110-B/dp/B00400OMU0/ref=sr_1_3?crid=1ZQ&keywords=delonghi",
    amazon(
        "en-gb",
        "Amazon.it",
        "De'Longhi Magnifica S ECAM22.110.B : Amazon.it: Home &amp; Kitchen",
        "De'Longhi Magnifica S ECAM22.110.B Automatic Bean to Cup Coffee Machine, Black",
        "€299.90",
        amz_bullets(
            [
                ("Brand", "De'Longhi"),
                ("Model number", "ECAM22.110.B"),
                ("Manufacturer", "De'Longhi Appliances S.r.l."),
            ]
        ),
    ),
    "B00400OMU0",
)

not_fire(
    "amazon-com-questions-answers-other-models",
    "https://www.amazon.com/Ninja-AF161-Max-Fryer-Quart/dp/B07VHFMZHJ/",
    amazon(
        "en-us",
        "Amazon.com",
        "Amazon.com: Ninja AF161 Max XL Air Fryer : Home &amp; Kitchen",
        "Ninja AF161 Max XL Air Fryer, 5.5 Quart, Grey",
        "$129.99",
        amz_bullets([("Item model number", "AF161"), ("Manufacturer", "SharkNinja")]),
        qa(
            "Customer questions &amp; answers",
            (
                "Does the AF101 basket fit this one? Model AF101 is what I have now.",
                "No, the AF161 basket is larger.",
            ),
            (
                "Is this the same as SKU 6354122 at the big box store?",
                "Yes, same unit. Order #113-2231234-5544221 arrived fine.",
            ),
        ),
    ),
    "B07VHFMZHJ",
)

# ---- Taiwan -------------------------------------------------------------------------------------------

case(
    "tw-kuan-hao-fashion-line",
    "https://www.lovebonito.tw/SalePage/Index/8812345",
    page(
        "zh-TW",
        "羅紋高領針織上衣 | 好感女裝",
        header("好感女裝", "新會員首購 9 折，輸入 WELCOME10"),
        ["首頁", "上衣", "針織"],
        buybox(
            "羅紋高領針織上衣 燕麥色",
            "NT$780",
            lines(["款號：AW24-KN018", "顏色：燕麥色 / 黑色", "尺寸：F"])
            + "<button class='btn-add-cart'>加入購物車</button>",
            "diz36nn4q02zr.cloudfront.net",
            "kn018",
        ),
        "<section class='size-chart'><h2>尺寸表</h2><table><tr><th>尺寸</th><th>衣長</th><th>胸寬</th></tr>"
        "<tr><td>F</td><td>58</td><td>46</td></tr></table></section>"
        + cards("搭配推薦", [("高腰寬褲", "NT$990", "<small>款號：AW24-PT007</small>")]),
        TW_FOOTER,
    ),
    "AW24-KN018",
)

case(
    "tw-chan-pin-xing-hao-row-ncc-bsmi",
    "https://www.sampo-shop.com.tw/products/sony-km-55x80l",
    page(
        "zh-TW",
        "SONY 55吋 4K Google TV KM-55X80L - 聲寶家電館",
        header("聲寶家電館", "客服專線 0800-000-123"),
        ["首頁", "家電", "電視"],
        buybox(
            "SONY 索尼 55吋 4K HDR Google TV 顯示器 KM-55X80L",
            "$25,900",
            "<button class='addCart'>放入購物車</button><button class='buyNow'>直接購買</button>",
            "cdn.sampo-shop.com.tw",
            "x80l",
        ),
        table(
            [
                ("品牌", "SONY"),
                ("產品型號", "KM-55X80L"),
                ("NCC許可字號", "CCAI23LP1230T5"),
                ("BSMI商品檢驗標識", "R33007"),
                ("能源效率", "第2級"),
            ],
            "商品規格",
        )
        + reviews("買家評價", "畫質很棒，訂單編號 24112055123 出貨快。"),
        TW_FOOTER,
    ),
    "KM-55X80L",
)

case(
    "tw-ruten-item-show-bare-query-id",
    "https://www.ruten.com.tw/item/show?22345678901234",
    page(
        "zh-TW",
        "全新 任天堂 Switch OLED 白色主機 | 露天市集",
        "<div class='rt-header'><a class='logo' href='/'>露天市集</a><input name='q'><a href='/cart'>購物車</a></div>",
        ["首頁", "電玩遊戲", "Switch"],
        buybox(
            "全新 任天堂 Switch OLED 白色主機 台灣公司貨",
            "$9,980",
            "<p>賣家：game_store88（評價 12,345）</p><button class='rt-btn-buy'>直接購買</button>"
            "<button class='rt-btn-cart'>加入購物車</button>",
            "gcs.rimg.com.tw",
            "switch",
        ),
        "<section class='item-desc'><h2>商品說明</h2><p>保固一年，下單請註明統編。</p></section>"
        + cards(
            "賣家其他商品",
            [("Pro 控制器", "$1,790", ""), ("瑪利歐賽車8", "$1,390", "")],
        ),
        TW_FOOTER,
    ),
    "22345678901234",
)

not_fire(
    "tw-ncc-bsmi-food-license-no-code",
    "https://www.goodlife-shop.com.tw/products/ear-thermometer",
    page(
        "zh-TW",
        "耳溫槍 - 好生活選物",
        header("好生活選物", "滿千免運"),
        ["首頁", "居家保健"],
        buybox(
            "紅外線耳溫槍 快速測量",
            "NT$1,280",
            "<button class='btn-add-cart'>加入購物車</button>",
            "cdn.goodlife-shop.com.tw",
            "thermo",
        ),
        table(
            [
                ("產地", "台灣"),
                ("醫療器材許可證字號", "衛部醫器製字第005123號"),
                ("NCC許可字號", "CCAJ19LP0110T2"),
                ("保固", "一年"),
            ],
            "商品規格",
        )
        + reviews("評價", "量得很準，第二次回購。"),
        TW_FOOTER,
    ),
    None,
)

# ---- Korea --------------------------------------------------------------------------------------------

case(
    "kr-ssg-item-view-url-item-id",
    "https://www.ssg.com/item/itemView.ssg?itemId=1000512345678&siteNo=6001&salestrNo=2037",
    page(
        "ko",
        "[LG전자] 퓨리케어 공기청정기 AS201PWFR - SSG.COM",
        "<div id='ssg-header'><a class='logo' href='/'>SSG.COM</a><input name='query'><a href='/myssg'>MY SSG</a>"
        "<a href='/cart'>장바구니</a></div>",
        ["SSG.COM", "가전", "공기청정기"],
        buybox(
            "[LG전자] 퓨리케어 360 공기청정기 AS201PWFR",
            "459,000원",
            "<button class='cdtl_btn_cart'>장바구니</button><button class='cdtl_btn_buy'>바로구매</button>",
            "sitem.ssgcdn.com",
            "as201",
        ),
        table(
            [
                ("품명 및 모델명", "공기청정기 / AS201PWFR"),
                ("KC 인증번호", "XU100447-18011"),
                ("A/S 책임자와 전화번호", "LG전자 서비스센터 1544-7777"),
            ],
            "상품 필수 정보",
        ),
        KR_FOOTER,
    ),
    "1000512345678",
)

case(
    "kr-auction-itemno-lettered-url",
    "http://itempage3.auction.co.kr/DetailView.aspx?itemno=C522167887",
    page(
        "ko",
        "옥션 - 삼다수 2L 12병",
        "<div id='header'><a class='logo' href='/'>옥션</a><input name='keyword'><a href='/cart'>장바구니</a></div>",
        ["옥션 홈", "식품", "생수"],
        buybox(
            "제주 삼다수 2L 12병 무료배송",
            "11,880원",
            "<button class='btn_buy'>구매하기</button><button class='btn_cart'>장바구니</button>",
            "image.auction.co.kr",
            "samdasoo",
        ),
        table([("원산지", "국내산"), ("유통기한", "제조일로부터 24개월")], "상품정보 제공고시"),
        KR_FOOTER,
    ),
    "C522167887",
)

case(
    "kr-je-pum-ko-deu-line",
    "https://www.homeliving.co.kr/goods/ceramic-pan-28",
    page(
        "ko",
        "세라믹 프라이팬 28cm - 홈리빙",
        header("홈리빙", "전상품 무료배송"),
        ["홈", "주방", "프라이팬"],
        buybox(
            "세라믹 코팅 프라이팬 28cm 인덕션 겸용",
            "32,900원",
            lines(["제품코드 : HL-FP2801", "배송비 : 무료", "적립금 : 329원"])
            + "<button class='btn_buy'>구매하기</button>",
            "cdn.homeliving.co.kr",
            "pan",
        ),
        reviews("상품후기", "코팅이 좋아요. 주문번호 20251120-0012345 배송 빠름"),
        KR_FOOTER,
    ),
    "HL-FP2801",
)

not_fire(
    "kr-required-notice-kc-as-phone-no-code",
    "https://www.muffler-store.co.kr/goods/wool-muffler",
    page(
        "ko",
        "울 머플러 - 머플러스토어",
        header("머플러스토어", "첫 구매 10% 쿠폰 WELCOME10"),
        ["홈", "액세서리"],
        buybox(
            "울 100% 머플러 차콜",
            "39,000원",
            "<button class='btn_buy'>구매하기</button><button class='btn_cart'>장바구니</button>",
            "cdn.muffler-store.co.kr",
            "muffler",
        ),
        table(
            [
                ("품명 및 모델명", "상세페이지 참조"),
                ("KC 인증번호", "해당사항 없음"),
                ("제조국", "대한민국"),
                ("A/S 책임자와 전화번호", "머플러스토어 고객센터 02-1234-5678"),
            ],
            "상품정보 제공고시",
        ),
        KR_FOOTER,
    ),
    None,
)

# ---- Kazakhstan ---------------------------------------------------------------------------------------

case(
    "kz-wildberries-catalog-detail-url-only",
    "https://www.wildberries.kz/catalog/187654321/detail.aspx?targetUrl=GP",
    page(
        "ru",
        "Кроссовки мужские беговые на каждый день — купить в интернет-магазине Wildberries",
        "<div class='header'><a class='logo' href='/'>WILDBERRIES</a><input name='search'><a href='/lk/basket'>Корзина</a></div>",
        ["Главная", "Мужчинам", "Обувь"],
        buybox(
            "Кроссовки мужские беговые",
            "12 490 ₸",
            "<ul class='sizes-list'><li><button>40</button></li><li><button>41</button></li></ul>"
            "<button class='btn-main'>Добавить в корзину</button>",
            "basket-12.wbbasket.ru",
            "krossovki",
        ),
        reviews("Отзывы", "Отличные, размер в размер. Заказ 1234567890 пришёл за 3 дня."),
        KZ_FOOTER,
    ),
    "187654321",
)

case(
    "kz-flex-row-dotted-leader-kod-tovara",
    "https://www.technopark.kz/catalog/smartfony/samsung-galaxy-a55",
    page(
        "ru",
        "Смартфон Samsung Galaxy A55 8/256GB — Технопарк",
        header("Технопарк", "8 800 080 1010"),
        ["Главная", "Смартфоны"],
        buybox(
            "Смартфон Samsung Galaxy A55 5G 8/256GB голубой",
            "219 990 ₸",
            "<button class='buy-btn'>Купить</button>",
            "img.technopark.kz",
            "a55",
        ),
        "<section class='characteristics'><h2>Характеристики</h2>"
        "<div class='char-row'><span class='char-name'>Модель</span><span class='char-dots'></span>"
        "<span class='char-value'>SM-A556E</span></div>"
        "<div class='char-row'><span class='char-name'>Код товара</span><span class='char-dots'></span>"
        "<span class='char-value'>880145</span></div>"
        "<div class='char-row'><span class='char-name'>Гарантия</span><span class='char-dots'></span>"
        "<span class='char-value'>12 мес.</span></div></section>",
        KZ_FOOTER,
    ),
    "880145",
)

case(
    "kz-readonly-input-artikul-copy",
    "https://www.mechta.kz/product/noutbuk-lenovo-ideapad-slim-3",
    page(
        "ru",
        "Ноутбук Lenovo IdeaPad Slim 3 15IRU8 | Мечта",
        header("Мечта", "Доставка по Алматы бесплатно"),
        ["Главная", "Ноутбуки"],
        buybox(
            "Ноутбук Lenovo IdeaPad Slim 3 15IRU8 i5-1335U/16/512",
            "329 990 ₸",
            "<div class='product-code'><label for='product-code-input'>Артикул</label>"
            "<input id='product-code-input' type='text' value='1155203' readonly>"
            "<button class='copy-btn' title='Скопировать'>⧉</button></div><button class='buy-btn'>В корзину</button>",
            "www.mechta.kz",
            "ideapad",
        ),
        table([("Процессор", "Intel Core i5-1335U"), ("Модель", "82X7003NRK")], "Характеристики"),
        KZ_FOOTER,
    ),
    "1155203",
)

case(
    "kz-lamoda-artikul-lettered",
    "https://www.lamoda.kz/p/mp002xw0abcd/clothes-befree-plate/",
    page(
        "ru",
        "Платье befree цвет черный MP002XW0ABCD купить за 12990 ₸ в интернет-магазине Lamoda.kz",
        header("Lamoda", "Бесплатная доставка от 15 000 ₸"),
        ["Женщинам", "Одежда", "Платья"],
        buybox(
            "Платье befree",
            "12 990 ₸",
            "<select><option>Выберите размер</option><option>42 RUS</option><option>44 RUS</option></select>"
            "<button>Добавить в корзину</button>",
            "a.lmcdn.ru",
            "plate",
        ),
        "<section class='x-premium-product-description'><h2>О товаре</h2>"
        "<div class='attr'><span class='attr-name'>Артикул</span><span class='attr-value'>MP002XW0ABCD</span></div>"
        "<div class='attr'><span class='attr-name'>Состав</span><span class='attr-value'>Полиэстер - 100%</span></div>"
        "<div class='attr'><span class='attr-name'>Размер товара на модели</span><span class='attr-value'>42 RUS</span></div>"
        "</section>",
        KZ_FOOTER,
    ),
    "MP002XW0ABCD",
)

case(
    "kz-kaspi-url-id-sellers-own-articles",
    "https://kaspi.kz/shop/p/apple-iphone-15-128gb-chernyi-113137790/?c=750000000",
    page(
        "ru",
        "Apple iPhone 15 128Gb черный - купить в Алматы | Kaspi Магазин",
        "<div class='header'><a class='logo' href='/'>Kaspi.kz</a><a href='/shop/c/smartphones/'>Смартфоны</a>"
        "<span>Алматы</span></div>",
        ["Магазин", "Телефоны", "Смартфоны"],
        buybox(
            "Apple iPhone 15 128Gb черный",
            "429 990 ₸",
            "<button class='sellers-table__buy'>Добавить в корзину</button>",
            "resources.cdn-kaspi.kz",
            "iphone15",
        ),
        "<section class='sellers-table'><h2>Продавцы</h2><table><tr><th>Продавец</th><th>Цена</th></tr>"
        "<tr><td><a href='/shop/info/merchant/30012345/'>iStore KZ</a><br><small>Артикул продавца: IST-IP15-128-BK</small>"
        "</td><td>429 990 ₸</td></tr><tr><td><a href='/shop/info/merchant/30099887/'>Gadget Pro</a><br>"
        "<small>Артикул продавца: GP-000781</small></td><td>431 500 ₸</td></tr></table></section>",
        KZ_FOOTER,
    ),
    "113137790",
)

not_fire(
    "kz-eac-certificate-and-model",
    "https://www.sulpak.kz/g/pylesos_dyson_v15_detect_absolute",
    page(
        "ru",
        "Пылесос Dyson V15 Detect Absolute — Sulpak",
        header("Sulpak", "Call-центр 7111"),
        ["Главная", "Пылесосы"],
        buybox(
            "Беспроводной пылесос Dyson V15 Detect Absolute",
            "389 990 ₸",
            "<button class='buy-btn'>Купить</button>",
            "static.sulpak.kz",
            "v15",
        ),
        table(
            [
                ("Модель", "SV47"),
                ("Сертификат соответствия", "ЕАЭС RU С-MY.РА01.В.12345/23"),
                ("Страна производства", "Малайзия"),
            ],
            "Характеристики",
        ),
        KZ_FOOTER,
    ),
    "SV47",
)

# ---- Argentina ----------------------------------------------------------------------------------------

case(
    "ar-nro-de-articulo-line",
    "https://www.casa-del-audio.com.ar/auriculares-jbl-tune-520bt-negro",
    page(
        "es-AR",
        "Auriculares JBL Tune 520BT negro | Casa del Audio",
        header("Casa del Audio", "Envío gratis a partir de $ 80.000"),
        ["Inicio", "Audio", "Auriculares"],
        buybox(
            "Auriculares inalámbricos JBL Tune 520BT negro",
            "$ 74.999",
            lines(["Nro. de artículo: 5012345", "Modelo: JBLT520BTBLK"])
            + "<p>6 cuotas sin interés de $ 12.499</p><button class='buy-button'>Comprar</button>",
            "www.casa-del-audio.com.ar",
            "t520",
        ),
        reviews("Opiniones", "Muy buenos, llegaron en 48 hs. Pedido #2000012345."),
        AR_FOOTER,
    ),
    "5012345",
)

case(
    "ar-zara-ref-slashed-code",
    "https://www.zara.com/ar/es/campera-bomber-p04087432.html?v1=387654321",
    page(
        "es-AR",
        "CAMPERA BOMBER - Negro | ZARA Argentina",
        "<div class='layout-header'><a class='logo' href='/ar/'>ZARA</a><a href='/ar/es/mujer-l1000.html'>MUJER</a>"
        "<a href='/ar/es/hombre-l534.html'>HOMBRE</a><a href='/ar/es/shop/cart'>CESTA (0)</a></div>",
        ["ZARA", "HOMBRE", "CAMPERAS"],
        buybox(
            "CAMPERA BOMBER",
            "$ 119.900,00",
            "<p class='product-color-extended-name'>Negro | 4087/432/800</p>"
            "<ul class='size-selector'><li><button>S</button></li><li><button>M</button></li><li><button>L</button></li></ul>"
            "<button class='product-detail-cart-buttons__button'>AÑADIR</button>",
            "static.zara.net",
            "bomber",
        ),
        "<section class='product-detail-extra'><h2>COMPOSICIÓN, CUIDADOS Y ORIGEN</h2><p>EXTERIOR 100% poliéster</p></section>",
        AR_FOOTER,
    ),
    "4087/432/800",
)

not_fire(
    "ar-anmat-rnpa-beside-sku",
    "https://www.suplementos-norte.com.ar/proteina-whey-1kg-vainilla",
    page(
        "es-AR",
        "Proteína Whey 1 kg vainilla | Suplementos Norte",
        header("Suplementos Norte", "WhatsApp 11 5555-1234"),
        ["Inicio", "Proteínas"],
        buybox(
            "Proteína Whey Protein 1 kg sabor vainilla",
            "$ 38.900",
            "<p class='sku'>SKU: SN-WHEY-1KG-VAI</p><button class='buy-button'>Agregar al carrito</button>",
            "www.suplementos-norte.com.ar",
            "whey",
        ),
        table(
            [
                ("RNPA", "02-587463"),
                ("RNE", "02-033571"),
                ("Certificado ANMAT", "N° 0001-12345-24"),
                ("Contenido neto", "1000 g"),
            ],
            "Información nutricional",
        ),
        AR_FOOTER,
    ),
    "SN-WHEY-1KG-VAI",
)

# ---- Slovenia / Croatia -------------------------------------------------------------------------------

case(
    "si-model-beside-eprel-number",
    "https://www.merkur.si/televizor-philips-55oled806",
    page(
        "sl",
        "Televizor Philips 55OLED806/12 | Merkur",
        header("Merkur", "Brezplačna dostava nad 50 €"),
        ["Domov", "TV in avdio", "Televizorji"],
        buybox(
            "OLED televizor Philips 55OLED806/12, 139 cm",
            "1.099,99 €",
            "<button class='btn-cart'>Dodaj v košarico</button>",
            "www.merkur.si",
            "oled806",
        ),
        table(
            [
                ("Blagovna znamka", "Philips"),
                ("Model", "55OLED806/12"),
                ("Registrska številka EPREL", "1234567"),
                ("Razred energijske učinkovitosti", "G"),
            ],
            "Tehnične lastnosti",
        ),
        SI_FOOTER,
    ),
    "55OLED806/12",
)

case(
    "si-sifra-izdelka-line",
    "https://www.mimovrste.com/sesalniki/rowenta-x-force-flex-8-60",
    page(
        "sl",
        "Rowenta X-Force Flex 8.60 | mimovrste=)",
        header("mimovrste=)", "Klicni center 01 600 00 80"),
        ["Domov", "Gospodinjski aparati", "Sesalniki"],
        buybox(
            "Rowenta X-Force Flex 8.60 RH9638WO pokončni sesalnik",
            "249,99 €",
            "<p class='product-code'>Šifra izdelka: 10427555</p><button class='btn-cart'>V košarico</button>",
            "www.mimovrste.com",
            "xforce",
        ),
        table([("Znamka", "Rowenta"), ("Model", "RH9638WO")], "Specifikacije"),
        SI_FOOTER,
    ),
    "10427555",
)

case(
    "hr-ekupi-sifra-proizvoda-lettered",
    "https://www.ekupi.hr/hr/Ra%C4%8Dunala-i-oprema/Mi%C5%A1evi/Logitech-MX-Master-3S/p/EK000456789",
    page(
        "hr",
        "Logitech MX Master 3S miš, grafitni | eKupi.hr",
        header("eKupi", "Besplatna dostava iznad 50 €"),
        ["Početna", "Računala i oprema", "Miševi"],
        buybox(
            "Logitech MX Master 3S bežični miš, grafitni",
            "109,99 €",
            "<p class='product-code'>Šifra proizvoda: <span>EK000456789</span></p>"
            "<button class='addToCartButton'>Dodaj u košaricu</button>",
            "www.ekupi.hr",
            "mx3s",
        ),
        table([("Proizvođač", "Logitech"), ("Šifra proizvođača", "910-006559")], "Specifikacije"),
        HR_FOOTER,
    ),
    "EK000456789",
)

# ---- big marketplaces ---------------------------------------------------------------------------------

case(
    "ebay-de-variation-listing-var-param",
    "https://www.ebay.de/itm/204512388877?var=504012345678&hash=item2f9d1b3a0d:g:AbcAAOSwXyZlW1Qr",
    page(
        "de",
        "Herren T-Shirt Baumwolle Rundhals 5er Pack | eBay",
        "<div id='gh'><a id='gh-la' href='https://www.ebay.de'>eBay</a><input id='gh-ac' name='_nkw'>"
        "<a href='https://my.ebay.de/ws/eBayISAPI.dll?MyEbay'>Mein eBay</a></div>",
        ["Kleidung &amp; Accessoires", "Herrenmode", "T-Shirts"],
        buybox(
            "Herren T-Shirt Baumwolle Rundhals 5er Pack S-3XL",
            "EUR 24,99",
            "<select name='Größe'><option>- Auswählen -</option><option selected>L</option></select>"
            "<a class='ux-call-to-action' href='/cart'>Sofort-Kaufen</a>",
            "i.ebayimg.com",
            "tshirt",
        ),
        "<div class='ux-layout-section--features'><h2>Artikelmerkmale</h2><dl><dt>Marke</dt><dd>Markenlos</dd>"
        "<dt>Größe</dt><dd>L</dd><dt>Herstellernummer</dt><dd>Nicht zutreffend</dd></dl></div>",
        "<p>Copyright © 1995-2026 eBay Inc.</p>",
    ),
    "204512388877",
)

# mis-written at first (the offer id expected): test_sku_review3's allegro-parametry-kod-producenta decided
# that Allegro's "Kod producenta" is the sku its data names, over the offer id of its URL; kept as that
not_fire(
    "allegro-oferta-url-beside-kod-producenta",
    "https://allegro.pl/oferta/mysz-logitech-mx-master-3s-grafitowa-15012349876",
    page(
        "pl",
        "Mysz Logitech MX Master 3S grafitowa - Allegro",
        "<div class='header'><a class='logo' href='/'>allegro</a><input name='string'><a href='/moje-allegro'>Moje Allegro</a></div>",
        ["Allegro", "Elektronika", "Komputery", "Myszy"],
        buybox(
            "Mysz Logitech MX Master 3S grafitowa",
            "399,00 zł",
            "<button>Dodaj do koszyka</button><button>Kup teraz</button>",
            "a.allegroimg.com",
            "mx3s",
        ),
        table(
            [
                ("Stan", "Nowy"),
                ("Marka", "Logitech"),
                ("Kod producenta", "910-006559"),
                ("EAN (GTIN)", "5099206103764"),
            ],
            "Parametry",
        ),
        "<p>Allegro.pl sp. z o.o. · NIP 5252674798</p>",
    ),
    "910-006559",
)

case(
    "cdiscount-f-url-product-id",
    "https://www.cdiscount.com/electromenager/aspirateur-traineau/dyson-v15-detect-absolute/f-1101416-dys5025155069331.html",
    page(
        "fr",
        "Dyson V15 Detect Absolute - Cdiscount Electroménager",
        "<div class='hNav'><a class='logo' href='/'>Cdiscount</a><input name='search'><a href='/panier'>Panier</a></div>",
        ["Accueil", "Electroménager", "Aspirateur"],
        buybox(
            "Aspirateur balai sans fil DYSON V15 Detect Absolute",
            "549,99 €",
            "<p>Vendu et expédié par Cdiscount</p><button class='btAdd'>Ajouter au panier</button>",
            "www.cdiscount.com",
            "v15",
        ),
        table([("Marque", "DYSON"), ("Puissance", "230 W")], "Caractéristiques"),
        "<p>Cdiscount SA · RCS Bordeaux 424 059 822</p>",
    ),
    "dys5025155069331",
)

case(
    "rakuten-fr-offer-buy-url-id",
    "https://fr.shopping.rakuten.com/offer/buy/9876543210/apple-airpods-pro-2e-generation-usb-c.html",
    page(
        "fr",
        "Apple AirPods Pro (2e génération) USB-C | Rakuten",
        "<div class='header'><a class='logo' href='/'>Rakuten</a><input name='kw'><a href='/user/cart'>Panier</a></div>",
        ["Accueil", "High-Tech", "Écouteurs"],
        buybox(
            "Apple AirPods Pro (2e génération) avec boîtier MagSafe USB-C",
            "229,00 €",
            "<p>+ 11,45 € de Club R</p><button>Ajouter au panier</button>",
            "fr.shopping.rakuten.com",
            "airpods",
        ),
        table([("Marque", "Apple"), ("Modèle", "MTJV3ZM/A")], "Caractéristiques"),
        "<p>Rakuten France SAS · RCS Paris 444 505 317</p>",
    ),
    "9876543210",
)

# ---- labels and layouts (German, Dutch, Italian, Polish shops) ----------------------------------------

case(
    "de-artikelnr-abbreviated",
    "https://www.technik-markt.example/akku-bohrschrauber-gsr-12v-15",
    page(
        "de",
        "Bosch GSR 12V-15 Akku-Bohrschrauber | Technik Markt",
        header("Technik Markt", "Hotline 0800 123 45 67"),
        ["Startseite", "Werkzeug", "Bohrschrauber"],
        buybox(
            "Bosch Professional GSR 12V-15 Akku-Bohrschrauber",
            "129,00 €",
            "<p class='article-no'>Artikelnr.: 1128999</p><button>In den Warenkorb</button>",
            "www.technik-markt.example",
            "gsr",
        ),
        table([("Hersteller", "Bosch"), ("Herstellernummer", "0601868109")], "Technische Daten"),
        DE_FOOTER,
    ),
    "1128999",
)

case(
    "de-soft-hyphen-label-cells",
    "https://www.elektro-fachhandel.example/p/waschmaschine-wan28k43",
    page(
        "de",
        "Bosch WAN28K43 Waschmaschine | Elektro Fachhandel",
        header("Elektro Fachhandel", "Lieferung in 2-3 Werktagen"),
        ["Startseite", "Haushalt", "Waschmaschinen"],
        buybox(
            "Bosch Serie 4 WAN28K43 Waschmaschine 8 kg",
            "499,00 €",
            "<button>In den Warenkorb</button>",
            "www.elektro-fachhandel.example",
            "wan28",
        ),
        table(
            [
                ("Her&shy;steller&shy;artikel&shy;nummer", "WAN28K43"),
                ("Artikel&shy;nummer", "1129001"),
                ("Energie&shy;effizienz&shy;klasse", "A"),
            ],
            "Produktdetails",
        ),
        DE_FOOTER,
    ),
    # a strict xfail until stop 38's dom.MARKS (the lead) dropped U+00AD: the soft hyphens inside the label
    # cells ('Artikel&shy;nummer') stayed in the page's text nodes, so no label matched
    "1129001",
)

case(
    "de-best-nr-abbreviation",
    "https://www.elektronik-versand.example/de/p/raspberry-pi-5-8gb-2611234.html",
    page(
        "de",
        "Raspberry Pi 5 8 GB | Elektronik Versand",
        header("Elektronik Versand", "Kostenloser Versand ab 39 €"),
        ["Startseite", "Computer", "Einplatinencomputer"],
        buybox(
            "Raspberry Pi® 5 8 GB",
            "89,99 €",
            "<ul class='product-ids'><li>Best.-Nr.: 2611234</li><li>Hersteller-Teilenummer: SC1112</li>"
            "<li>EAN: 5056561803326</li></ul><button>In den Warenkorb</button>",
            "asset.elektronik-versand.example",
            "rpi5",
        ),
        cards(
            "Kunden kauften auch",
            [("Raspberry Pi 5 Netzteil 27 W", "12,99 €", "<small>Best.-Nr.: 2611240</small>")],
        ),
        DE_FOOTER,
    ),
    "2611234",
)

case(
    "de-column-header-table-one-row",
    "https://www.werkzeug-profi.example/schlagbohrmaschine-psb-750",
    page(
        "de",
        "Bosch PSB 750 RCE Schlagbohrmaschine | Werkzeug Profi",
        header("Werkzeug Profi", "Fragen? 0800 555 66 77"),
        ["Startseite", "Elektrowerkzeug"],
        buybox(
            "Bosch PSB 750 RCE Schlagbohrmaschine 750 W",
            "89,95 €",
            "<button>In den Warenkorb</button>",
            "www.werkzeug-profi.example",
            "psb750",
        ),
        "<section class='article-data'><h2>Artikeldaten</h2><table><thead><tr><th>Art.-Nr.</th><th>Hersteller-Nr.</th>"
        "<th>EAN</th><th>Gewicht</th></tr></thead><tbody><tr><td>1129044</td><td>0603128500</td><td>3165140761710</td>"
        "<td>1,9 kg</td></tr></tbody></table></section>",
        DE_FOOTER,
    ),
    "1129044",
)

case(
    "de-label-br-value-same-paragraph",
    "https://www.garten-shop.example/rasenmaeher-rotak-32",
    page(
        "de",
        "Bosch Rotak 32 Rasenmäher | Garten Shop",
        header("Garten Shop"),
        ["Startseite", "Garten", "Rasenmäher"],
        buybox(
            "Bosch Rotak 32 Elektro-Rasenmäher 1200 W",
            "119,00 €",
            "<p class='product-number'>Artikelnummer<br>1129077</p><button>In den Warenkorb</button>",
            "www.garten-shop.example",
            "rotak",
        ),
        reviews("Bewertungen", "Mäht sauber, Lieferung nach 2 Tagen."),
        DE_FOOTER,
    ),
    "1129077",
)

case(
    "de-heading-small-art-nr",
    "https://www.heim-und-garten.example/gartenschlauch-20m",
    page(
        "de",
        "Gartenschlauch 20 m | Heim und Garten",
        header("Heim und Garten"),
        ["Startseite", "Bewässerung"],
        "<div class='product-detail'><div class='product-gallery'><img src='https://www.heim-und-garten.example/img/hose-1.jpg'"
        " alt='Gartenschlauch' width='1000' height='1000'></div><div class='product-info'>"
        "<h1 class='product-title'>Gardena Comfort Flex Schlauch 13 mm, 20 m <small class='art-nr'>Art.-Nr. 1129055</small></h1>"
        "<div class='product-price'><span class='price'>39,99 €</span></div><button>In den Warenkorb</button></div></div>",
        "",
        DE_FOOTER,
    ),
    "1129055",
)

case(
    "de-css-grid-alternating-divs",
    "https://www.kaffee-welt.example/siebtraeger-rancilio-silvia",
    page(
        "de",
        "Rancilio Silvia V6 | Kaffee Welt",
        header("Kaffee Welt", "Gratis Versand ab 50 €"),
        ["Startseite", "Espressomaschinen"],
        buybox(
            "Rancilio Silvia V6 Siebträgermaschine Edelstahl",
            "899,00 €",
            "<button>In den Warenkorb</button>",
            "www.kaffee-welt.example",
            "silvia",
        ),
        "<section class='product-facts'><h2>Produktdaten</h2><div class='facts-grid'>"
        "<div class='fact-key'>Hersteller</div><div class='fact-value'>Rancilio</div>"
        "<div class='fact-key'>SKU</div><div class='fact-value'>KW-RS-V6-ED</div>"
        "<div class='fact-key'>Kesselvolumen</div><div class='fact-value'>0,3 l</div></div></section>",
        DE_FOOTER,
    ),
    "KW-RS-V6-ED",
)

case(
    "nl-artikelcode-line",
    "https://www.witgoed-direct.example/product/koelkast-liebherr-kef-4310",
    page(
        "nl",
        "Liebherr KEf 4310 koelkast | Witgoed Direct",
        header("Witgoed Direct", "Klantenservice 020 123 4567"),
        ["Home", "Koelkasten"],
        buybox(
            "Liebherr KEf 4310 Comfort koelkast zonder vriesvak",
            "€ 849,-",
            lines(["Artikelcode: WD-118822", "Levertijd: 1-2 werkdagen"]) + "<button>In winkelwagen</button>",
            "www.witgoed-direct.example",
            "kef4310",
        ),
        table([("Merk", "Liebherr"), ("Typenummer", "KEf 4310-20")], "Specificaties"),
        "<p>Witgoed Direct B.V. · KvK 12345678 · BTW NL123456789B01</p>",
    ),
    "WD-118822",
)

case(
    "it-cod-prodotto-line",
    "https://www.elettro-casa.example/lavatrice-samsung-ww90",
    page(
        "it",
        "Lavatrice Samsung WW90T534DAW | Elettro Casa",
        header("Elettro Casa", "Spedizione gratuita sopra 49 €"),
        ["Home", "Elettrodomestici", "Lavatrici"],
        buybox(
            "Samsung WW90T534DAW/S3 lavatrice 9 kg",
            "449,00 €",
            "<p class='sku'>Cod. prodotto: EC-402211</p><button>Aggiungi al carrello</button>",
            "www.elettro-casa.example",
            "ww90",
        ),
        table([("Marca", "Samsung"), ("Modello", "WW90T534DAW/S3")], "Scheda tecnica"),
        "<p>Elettro Casa S.r.l. · P.IVA 01234567890 · REA MI-1234567</p>",
    ),
    "EC-402211",
)

case(
    "pl-numer-katalogowy-row",
    "https://www.sklep-rtv.example/odkurzacz-philips-xc8347",
    page(
        "pl",
        "Odkurzacz Philips XC8347/01 | Sklep RTV",
        header("Sklep RTV", "Infolinia 22 123 45 67"),
        ["Strona główna", "AGD", "Odkurzacze"],
        buybox(
            "Odkurzacz pionowy Philips XC8347/01 seria 8000",
            "1 299,00 zł",
            "<button>Dodaj do koszyka</button>",
            "www.sklep-rtv.example",
            "xc8347",
        ),
        table(
            [("Producent", "Philips"), ("Numer katalogowy", "XC8347/01"), ("Gwarancja", "24 miesiące")],
            "Specyfikacja",
        ),
        "<p>Sklep RTV sp. z o.o. · NIP 5250001234 · KRS 0000123456</p>",
    ),
    "XC8347/01",
)

# ---- must-not-fire: codes of no product of the page -----------------------------------------------------

not_fire(
    "de-gpsr-manufacturer-block-no-code",
    "https://www.spielwaren-laden.example/holzeisenbahn-set",
    page(
        "de",
        "Holzeisenbahn Starter-Set | Spielwaren Laden",
        header("Spielwaren Laden", "Hotline 0800 777 88 99"),
        ["Startseite", "Holzspielzeug"],
        buybox(
            "Holzeisenbahn Starter-Set, 42 Teile",
            "49,90 €",
            "<button>In den Warenkorb</button>",
            "www.spielwaren-laden.example",
            "bahn",
        ),
        "<section class='product-safety'><h2>Produktsicherheit</h2><h3>Herstellerinformationen</h3>"
        "<p>Holzwerk Spiel GmbH<br>Industriestraße 12<br>96450 Coburg<br>Deutschland<br>info@holzwerk-spiel.example"
        "<br>Tel. +49 9561 123456<br>Handelsregister: HRB 4521, Amtsgericht Coburg</p>"
        "<h3>Warnhinweise</h3><p>Achtung: Nicht für Kinder unter 36 Monaten geeignet.</p></section>",
        DE_FOOTER,
    ),
    None,
)

not_fire(
    "de-eprel-weee-lucid-in-buy-box-art-nr",
    "https://www.elektro-fachhandel.example/p/geschirrspueler-smv4hvx00e",
    page(
        "de",
        "Bosch SMV4HVX00E Geschirrspüler | Elektro Fachhandel",
        header("Elektro Fachhandel"),
        ["Startseite", "Haushalt", "Geschirrspüler"],
        buybox(
            "Bosch Serie 4 SMV4HVX00E vollintegrierbarer Geschirrspüler",
            "549,00 €",
            "<p class='article-no'>Art.-Nr.: 1130488</p><p class='energy'>EPREL-Nr.: 1567890 · Energieeffizienzklasse D</p>"
            "<p class='legal'>WEEE-Reg.-Nr. DE 12345678 · LUCID DE1234567890123</p><button>In den Warenkorb</button>",
            "www.elektro-fachhandel.example",
            "smv4",
        ),
        table([("Hersteller", "Bosch"), ("Geräuschpegel", "44 dB")], "Technische Daten"),
        DE_FOOTER,
    ),
    "1130488",
)

# written as a must-not-fire, it failed at first look (the question's "Art.-Nr. 1127001" read): a case
case(
    "de-questions-mention-other-article-numbers",
    "https://www.camping-welt.example/zelt-quechua-mh100",
    page(
        "de",
        "Kuppelzelt 3 Personen | Camping Welt",
        header("Camping Welt"),
        ["Startseite", "Zelte"],
        buybox(
            "Kuppelzelt MH100 für 3 Personen, grün",
            "59,99 €",
            "<button>In den Warenkorb</button>",
            "www.camping-welt.example",
            "zelt",
        ),
        qa(
            "Fragen &amp; Antworten",
            ("Passt die Zeltunterlage Art.-Nr. 1127001 zu diesem Zelt?", "Ja, die Unterlage passt."),
            (
                "Meine Bestellnummer 400123456 ist noch nicht da?",
                "Bitte wenden Sie sich an den Kundenservice.",
            ),
        ),
        DE_FOOTER,
    ),
    None,
)

not_fire(
    "fr-coupon-and-loyalty-card-numbers-reference",
    "https://www.maison-electro.example/cafetiere-delonghi-dedica",
    page(
        "fr",
        "Expresso De'Longhi Dedica EC685.M | Maison Électro",
        header("Maison Électro", "Code promo NOEL15 : -15 % dès 100 €"),
        ["Accueil", "Petit électroménager", "Expresso"],
        buybox(
            "Expresso De'Longhi Dedica Style EC685.M inox",
            "179,99 €",
            "<p class='ref'>Réf. : ME-884213</p><p>Carte fidélité n° 2900 1234 5678 : 5 % offerts</p>"
            "<button>Ajouter au panier</button>",
            "www.maison-electro.example",
            "dedica",
        ),
        table([("Marque", "De'Longhi"), ("Référence fabricant", "EC685.M")], "Caractéristiques techniques"),
        "<p>Maison Électro SAS · SIRET 123 456 789 00012 · Service client 01 23 45 67 89</p>",
    ),
    "ME-884213",
)

not_fire(
    "hr-size-and-quantity-no-code",
    "https://www.sport-butik.example/tenisice-nike-pegasus-41",
    page(
        "hr",
        "Nike Pegasus 41 tenisice | Sport Butik",
        header("Sport Butik", "Besplatna dostava iznad 40 €"),
        ["Početna", "Obuća", "Tenisice"],
        buybox(
            "Nike Air Zoom Pegasus 41 muške tenisice",
            "139,99 €",
            "<p>Veličina (EU): <button>42</button><button>43</button><button>44,5</button></p>"
            "<label>Količina <input type='number' name='qty' value='1'></label><button>Dodaj u košaricu</button>",
            "www.sport-butik.example",
            "pegasus",
        ),
        reviews("Recenzije", "Odlične, narudžba 100045123 stigla za 2 dana."),
        HR_FOOTER,
    ),
    None,
)
# ---- round 2 (written after reading crawler/sku.py: the maker's numbers and labels its lists lack) -------

case(
    "de-hersteller-artikelnummer-beside-ean",
    "https://www.werkzeug-profi.example/akku-bohrschrauber-gsr-12v-15-solo",
    page(
        "de",
        "Bosch GSR 12V-15 Solo | Werkzeug Profi",
        header("Werkzeug Profi", "Fragen? 0800 555 66 77"),
        ["Startseite", "Elektrowerkzeug", "Bohrschrauber"],
        buybox(
            "Bosch Professional GSR 12V-15 Akku-Bohrschrauber, ohne Akku",
            "79,90 €",
            "<button>In den Warenkorb</button>",
            "www.werkzeug-profi.example",
            "gsr-solo",
        ),
        table(
            [("Hersteller", "Bosch"), ("Hersteller-Artikelnummer", "0601868101"), ("EAN", "3165140843003")],
            "Technische Daten",
        ),
        DE_FOOTER,
    ),
    "0601868101",
)

case(
    "de-han-abbreviation-line",
    "https://www.pc-teile.example/ssd-samsung-990-pro-2tb",
    page(
        "de",
        "Samsung 990 PRO 2 TB | PC Teile",
        header("PC Teile", "Versandkostenfrei ab 100 €"),
        ["Startseite", "Speicher", "SSD"],
        buybox(
            "Samsung 990 PRO 2 TB, M.2 2280, PCIe 4.0 x4",
            "169,90 €",
            lines(["HAN: MZ-V9P2T0BW", "EAN: 8806094215038", "Lieferzeit: 1-2 Werktage"])
            + "<button>In den Warenkorb</button>",
            "www.pc-teile.example",
            "990pro",
        ),
        reviews("Bewertungen", "Schnell und kühl, Bestellung 400123987 kam am nächsten Tag."),
        DE_FOOTER,
    ),
    "MZ-V9P2T0BW",
)

case(
    "kz-part-nomer-row",
    "https://www.alser.kz/p/noutbuk-lenovo-ideapad-slim-3-15iru8",
    page(
        "ru",
        "Ноутбук Lenovo IdeaPad Slim 3 15IRU8 — Alser",
        header("Alser", "+7 727 000 00 00"),
        ["Главная", "Ноутбуки"],
        buybox(
            "Ноутбук Lenovo IdeaPad Slim 3 15IRU8 i5-1335U/16/512",
            "319 990 ₸",
            "<button class='buy-btn'>В корзину</button>",
            "alser.kz",
            "slim3",
        ),
        table(
            [("Партномер", "82X7003NRK"), ("Процессор", "Intel Core i5-1335U"), ("Гарантия", "12 мес.")],
            "Характеристики",
        ),
        KZ_FOOTER,
    ),
    "82X7003NRK",
)

case(
    "ru-kod-proizvoditelya-beside-shtrikhkod",
    "https://www.evrika.kz/catalog/pylesosy/dyson-v12",
    page(
        "ru",
        "Пылесос Dyson V12 Detect Slim — Эврика",
        header("Эврика", "Доставка по Казахстану"),
        ["Главная", "Пылесосы"],
        buybox(
            "Беспроводной пылесос Dyson V12 Detect Slim Absolute",
            "299 990 ₸",
            "<button class='buy-btn'>Купить</button>",
            "evrika.kz",
            "v12",
        ),
        table(
            [("Код производителя", "SV46"), ("Штрихкод", "5025155077435"), ("Цвет", "желтый")],
            "Характеристики",
        ),
        KZ_FOOTER,
    ),
    "SV46",
)

case(
    "sl-koda-artikla-line",
    "https://www.bigbang.si/izdelki/sesalnik-rowenta",
    page(
        "sl",
        "Sesalnik Rowenta X-Force Flex 9.60 | Big Bang",
        header("Big Bang", "Brezplačna dostava nad 50 €"),
        ["Domov", "Mali gospodinjski aparati", "Sesalniki"],
        buybox(
            "Pokončni sesalnik Rowenta X-Force Flex 9.60 RH2037WO",
            "299,99 €",
            "<p class='code'>Koda artikla: 171555</p><button class='btn-cart'>Dodaj v košarico</button>",
            "www.bigbang.si",
            "xforce960",
        ),
        table([("Znamka", "Rowenta"), ("Model", "RH2037WO")], "Tehnične lastnosti"),
        SI_FOOTER,
    ),
    "171555",
)

case(
    "tw-chan-pin-bian-hao-line",
    "https://www.kitchen-pro.com.tw/products/cast-iron-pot-22",
    page(
        "zh-TW",
        "鑄鐵鍋 22cm | 廚房好物",
        header("廚房好物", "全館滿 NT$1,500 免運"),
        ["首頁", "鍋具"],
        buybox(
            "琺瑯鑄鐵鍋 22cm 櫻桃紅",
            "NT$3,280",
            lines(["產品編號：KP-CI22-RD", "產地：台灣", "保固：一年"])
            + "<button class='btn-add-cart'>加入購物車</button>",
            "cdn.kitchen-pro.com.tw",
            "pot22",
        ),
        cards("你可能也喜歡", [("鑄鐵平底鍋", "NT$1,980", "<small>產品編號：KP-CI26-BK</small>")]),
        TW_FOOTER,
    ),
    "KP-CI22-RD",
)

case(
    "kz-kazakh-onim-kody-line",
    "https://www.shop-tehnika.kz/kk/product/shaigyn-philips-hd9252",
    page(
        "kk",
        "Philips HD9252/90 аэрогрилі | Техника дүкені",
        header("Техника дүкені", "Алматы бойынша тегін жеткізу"),
        ["Басты бет", "Ас үй техникасы"],
        buybox(
            "Philips Airfryer 3000 Series HD9252/90 аэрогрилі",
            "54 990 ₸",
            lines(["Өнім коды: 770215", "Кепілдік: 24 ай"]) + "<button class='buy-btn'>Себетке қосу</button>",
            "www.shop-tehnika.kz",
            "hd9252",
        ),
        reviews("Пікірлер", "Өте жақсы, тапсырыс 1234567 тез келді."),
        KZ_FOOTER,
    ),
    "770215",
)

case(
    "nl-typenummer-beside-ean-only",
    "https://www.witgoed-direct.example/product/wasmachine-aeg-lr7",
    page(
        "nl",
        "AEG LR7 wasmachine | Witgoed Direct",
        header("Witgoed Direct", "Klantenservice 020 123 4567"),
        ["Home", "Wasmachines"],
        buybox(
            "AEG 7000 serie ProSteam wasmachine 9 kg",
            "€ 749,-",
            "<button>In winkelwagen</button>",
            "www.witgoed-direct.example",
            "lr7",
        ),
        table([("Merk", "AEG"), ("Typenummer", "LR7696UD9"), ("EAN", "7332543819476")], "Specificaties"),
        "<p>Witgoed Direct B.V. · KvK 12345678 · BTW NL123456789B01</p>",
    ),
    "LR7696UD9",
)

case(
    "ar-numero-de-parte-beside-ean",
    "https://www.compu-mundo.com.ar/notebook-lenovo-ideapad-slim-3",
    page(
        "es-AR",
        "Notebook Lenovo IdeaPad Slim 3 | CompuMundo",
        header("CompuMundo", "Envíos a todo el país"),
        ["Inicio", "Notebooks"],
        buybox(
            "Notebook Lenovo IdeaPad Slim 3 15IRU8 i5 16GB 512GB",
            "$ 1.099.999",
            "<p>12 cuotas sin interés de $ 91.666</p><button class='buy-button'>Comprar</button>",
            "www.compu-mundo.com.ar",
            "slim3",
        ),
        table(
            [("Marca", "Lenovo"), ("Número de parte", "82X7003NAR"), ("EAN", "0197529123456")],
            "Especificaciones",
        ),
        AR_FOOTER,
    ),
    "82X7003NAR",
)

not_fire(
    "de-oe-numbers-list-beside-art-nr",
    "https://www.autoteile-shop.example/oelfilter-mann-hu-816-x",
    page(
        "de",
        "MANN-FILTER HU 816 x Ölfilter | Autoteile Shop",
        header("Autoteile Shop", "Teilefinder: HSN/TSN eingeben"),
        ["Startseite", "Filter", "Ölfilter"],
        buybox(
            "MANN-FILTER HU 816 x Ölfilter mit Dichtung",
            "8,49 €",
            "<p class='art-nr'>Art.-Nr.: 1131234</p><button>In den Warenkorb</button>",
            "www.autoteile-shop.example",
            "hu816",
        ),
        "<section class='oe-numbers'><h2>OE-Nummern</h2><ul><li>BMW: 11427953129</li><li>BMW: 11427953125</li>"
        "<li>Vergleichsnummer: OX 387D</li></ul></section>",
        DE_FOOTER,
    ),
    "1131234",
)

not_fire(
    "ru-kod-proizvoditelya-in-cards-and-partnomer-in-review",
    "https://www.evrika.kz/catalog/pylesosy/dyson-filter",
    page(
        "ru",
        "Фильтр для пылесоса Dyson — Эврика",
        header("Эврика"),
        ["Главная", "Аксессуары"],
        buybox(
            "Фильтр для пылесоса Dyson V12",
            "14 990 ₸",
            "<button class='buy-btn'>Купить</button>",
            "evrika.kz",
            "filter",
        ),
        reviews("Отзывы", "Подошёл к моему пылесосу, партномер SV46, всё отлично.")
        + cards(
            "С этим товаром покупают",
            [("Пылесос Dyson V12", "299 990 ₸", "<small>Код производителя: SV46</small>")],
        ),
        KZ_FOOTER,
    ),
    None,
)

# round 2's kinds must not fire: "Han" opening a brand's name, the new labels in related cards only
not_fire(
    "de-han-brand-name-not-label",
    "https://www.brillen-haus.example/sonnenbrille-han-kjobenhavn-timeless",
    page(
        "de",
        "Han Kjøbenhavn Timeless Sonnenbrille | Brillen Haus",
        header("Brillen Haus"),
        ["Startseite", "Sonnenbrillen"],
        buybox(
            "Han Kjøbenhavn Timeless Sonnenbrille, Schwarz",
            "189,00 €",
            lines(["Han Kjøbenhavn", "Gläser: UV400"]) + "<button>In den Warenkorb</button>",
            "www.brillen-haus.example",
            "timeless",
        ),
        table([("Marke", "Han Kjøbenhavn"), ("Rahmen", "Acetat")], "Details"),
        DE_FOOTER,
    ),
    None,
)

not_fire(
    "typenummer-numero-de-parte-chan-pin-bian-hao-in-cards-only",
    "https://www.witgoed-direct.example/product/droger-aeg-t8",
    page(
        "nl",
        "AEG T8 warmtepompdroger | Witgoed Direct",
        header("Witgoed Direct"),
        ["Home", "Drogers"],
        buybox(
            "AEG 8000 serie warmtepompdroger 9 kg",
            "€ 899,-",
            "<button>In winkelwagen</button>",
            "www.witgoed-direct.example",
            "t8",
        ),
        cards(
            "Vaak samen gekocht",
            [
                ("AEG wasmachine", "€ 749,-", "<small>Typenummer: LR7696UD9</small>"),
                ("Tussenstuk", "€ 39,-", "<small>Número de parte: SKP11GW</small>"),
                ("Droogrek", "€ 19,-", "<small>產品編號：KP-DR01</small>"),
            ],
        ),
        "<p>Witgoed Direct B.V. · KvK 12345678</p>",
    ),
    None,
)

# ---- round 3 (a probe of this review's own rules for misfires, after commit 05261df) ----------------------

not_fire(
    "de-spare-parts-table-one-row-priced",
    "https://www.kaffee-welt.example/siebtraeger-gaggia-classic",
    page(
        "de",
        "Gaggia Classic Evo Pro | Kaffee Welt",
        header("Kaffee Welt"),
        ["Startseite", "Espressomaschinen"],
        buybox(
            "Gaggia Classic Evo Pro Siebträgermaschine, Industrial Grey",
            "449,00 €",
            "<button>In den Warenkorb</button>",
            "www.kaffee-welt.example",
            "gaggia",
        ),
        "<section class='spare-parts'><h2>Passendes Zubehör</h2><table><thead><tr><th>Art.-Nr.</th><th>Bezeichnung</th>"
        "<th>Preis</th></tr></thead><tbody><tr><td>1130555</td><td><a href='/p/brausesieb-gaggia'>Brausesieb</a></td>"
        "<td>12,90 €</td></tr></tbody></table></section>",
        DE_FOOTER,
    ),
    None,
)

not_fire(
    "rakuten-jp-item-path-jan-keeps-kataban",
    "https://item.rakuten.co.jp/biccamera/4549980123456/",
    page(
        "ja",
        "【楽天市場】パナソニック ドライヤー EH-NA0J-W：ビックカメラ楽天市場店",
        "<div id='rakutenLimitedId_header'><a class='logo' href='https://www.rakuten.co.jp/'>楽天市場</a>"
        "<input name='sitem'><a href='https://basket.step.rakuten.co.jp/'>買い物かご</a></div>",
        ["楽天市場", "家電", "美容家電", "ドライヤー"],
        buybox(
            "パナソニック ヘアードライヤー ナノケア EH-NA0J-W ウォームホワイト",
            "28,800円",
            "<p>送料無料</p><button>かごに追加</button>",
            "tshop.r10s.jp",
            "nanocare",
        ),
        table(
            [("メーカー", "パナソニック"), ("型番", "EH-NA0J-W"), ("JANコード", "4549980123456")], "商品情報"
        ),
        "<p>株式会社ビックカメラ</p>",
    ),
    "EH-NA0J-W",
)

not_fire(
    "sku-beside-review-stars-in-product-info",
    "https://www.outdoor-laden.example/products/trail-rucksack-28",
    page(
        "de",
        "Trail Rucksack 28 L | Outdoor Laden",
        header("Outdoor Laden"),
        ["Startseite", "Rucksäcke"],
        "<div class='product-detail'><div class='product-gallery'><img src='https://www.outdoor-laden.example/img/trail-1.jpg'"
        " alt='Trail Rucksack' width='1000' height='1000'></div><div class='product-info'><h1>Trail Rucksack 28 L, olivgrün</h1>"
        "<div class='product-reviews-summary'><span class='stars'>★★★★☆</span> 4,6 (31 Bewertungen) · SKU: OL-TR28-OL</div>"
        "<div class='product-price'><span class='price'>89,00 €</span></div><button>In den Warenkorb</button></div></div>",
        reviews("Bewertungen", "Sehr bequem, trage ihn täglich."),
        DE_FOOTER,
    ),
    "OL-TR28-OL",
)

not_fire(
    "ar-numero-de-articulos-minicart-in-main",
    "https://www.casa-del-audio.com.ar/auriculares-sony-wh-ch520",
    page(
        "es-AR",
        "Auriculares Sony WH-CH520 | Casa del Audio",
        header("Casa del Audio"),
        ["Inicio", "Audio", "Auriculares"],
        buybox(
            "Auriculares inalámbricos Sony WH-CH520 azul",
            "$ 69.999",
            "<button class='buy-button'>Comprar</button>",
            "www.casa-del-audio.com.ar",
            "ch520",
        ),
        "<aside class='mini-cart'><h2>Tu carrito</h2><p>Número de artículos: 2</p><p>Subtotal: $ 139.998</p></aside>",
        AR_FOOTER,
    ),
    None,
)

# ---- round 4 (pages of the markets with codes in collapsed or hidden parts, dashes and spaced models) -------

case(
    "de-zalando-closed-details-element",
    "https://www.zalando.de/vans-old-skool-sneaker-low-black-va215d01b-q11.html",
    page(
        "de",
        "Vans OLD SKOOL - Sneaker low - black | ZALANDO",
        "<div class='z-navicat-header'><a class='logo' href='/'>Zalando</a><a href='/damen-home/'>Damen</a>"
        "<a href='/herren-home/'>Herren</a><input name='q'><a href='/warenkorb/'>Warenkorb</a></div>",
        ["Herren", "Schuhe", "Sneaker"],
        buybox(
            "OLD SKOOL - Sneaker low - black/white",
            "75,00 €",
            "<select><option>Größe wählen</option><option>42</option></select><button>In den Warenkorb</button>",
            "img01.ztat.net",
            "oldskool",
        ),
        "<div class='pdp-details'><details><summary>Material &amp; Pflege</summary><dl><dt>Obermaterial</dt>"
        "<dd>Textil, Leder</dd></dl></details><details><summary>Details</summary><dl><dt>Herstellerfarbe</dt>"
        "<dd>black/white</dd><dt>Artikelnummer</dt><dd>VA215D01B-Q11</dd></dl></details></div>",
        "<p>Zalando SE · Valeska-Gert-Straße 5, 10243 Berlin</p>",
    ),
    "VA215D01B-Q11",
)

case(
    "hr-hidden-tab-panel-sifra",
    "https://www.sancta-domenica.hr/mali-kucanski-aparati/aparat-za-kavu-delonghi-dedica.html",
    page(
        "hr",
        "Aparat za kavu De'Longhi Dedica EC685.M | Sancta Domenica",
        header("Sancta Domenica", "Besplatna dostava iznad 50 €"),
        ["Početna", "Mali kućanski aparati", "Aparati za kavu"],
        buybox(
            "Aparat za kavu De'Longhi Dedica Style EC685.M, inox",
            "199,99 €",
            "<button class='tocart'>Dodaj u košaricu</button>",
            "www.sancta-domenica.hr",
            "dedica",
        ),
        "<div class='product-tabs'><ul role='tablist'><li role='tab' aria-selected='true'>Opis</li>"
        "<li role='tab' aria-selected='false'>Specifikacije</li></ul>"
        "<div role='tabpanel' id='tab-opis'><p>Kompaktni aparat za espresso, širok samo 15 cm.</p></div>"
        "<div role='tabpanel' id='tab-spec' hidden><table><tr><th>Šifra proizvoda</th><td>100234567</td></tr>"
        "<tr><th>Proizvođač</th><td>De'Longhi</td></tr></table></div></div>",
        HR_FOOTER,
    ),
    "100234567",
)

case(
    "kz-display-none-tab-kod-tovara",
    "https://www.technodom.kz/p/kofemashina-delonghi-magnifica-s-ecam22110b-240123",
    page(
        "ru",
        "Кофемашина De'Longhi Magnifica S ECAM22.110.B — Технодом",
        header("Технодом", "8 800 080 88 00"),
        ["Главная", "Кофемашины"],
        buybox(
            "Кофемашина De'Longhi Magnifica S ECAM22.110.B",
            "219 990 ₸",
            "<button class='buy-btn'>В корзину</button>",
            "api.technodom.kz",
            "ecam",
        ),
        "<div class='tabs'><button class='tab active'>Описание</button><button class='tab'>Характеристики</button>"
        "<div class='tab-content active'><p>Автоматическая кофемашина с капучинатором.</p></div>"
        "<div class='tab-content' style='display:none'><table><tr><th>Код товара</th><td>240123</td></tr>"
        "<tr><th>Модель</th><td>ECAM22.110.B</td></tr></table></div></div>",
        KZ_FOOTER,
    ),
    "240123",
)

case(
    "sl-sifra-en-dash-separator",
    "https://www.mimovrste.com/kavni-avtomati/delonghi-magnifica-s",
    page(
        "sl",
        "De'Longhi Magnifica S ECAM22.110.B | mimovrste=)",
        header("mimovrste=)", "Klicni center 01 600 00 80"),
        ["Domov", "Mali gospodinjski aparati", "Kavni avtomati"],
        buybox(
            "De'Longhi Magnifica S ECAM22.110.B kavni avtomat",
            "329,99 €",
            "<p class='product-code'>Šifra – 10427999</p><button class='btn-cart'>V košarico</button>",
            "www.mimovrste.com",
            "magnifica",
        ),
        table([("Znamka", "De'Longhi"), ("Model", "ECAM22.110.B")], "Specifikacije"),
        SI_FOOTER,
    ),
    "10427999",
)

case(
    "si-miele-spaced-model-only",
    "https://www.elektro-trgovina.si/pralni-stroj-miele-wwd-320",
    page(
        "sl",
        "Pralni stroj Miele WWD 320 WPS | Elektro trgovina",
        header("Elektro trgovina", "Brezplačna dostava"),
        ["Domov", "Bela tehnika", "Pralni stroji"],
        buybox(
            "Pralni stroj Miele WWD 320 WPS PWash, 8 kg",
            "999,00 €",
            "<button class='btn-cart'>Dodaj v košarico</button>",
            "www.elektro-trgovina.si",
            "wwd320",
        ),
        table(
            [("Znamka", "Miele"), ("Model", "WWD 320 WPS"), ("Energijski razred", "A")], "Tehnične lastnosti"
        ),
        SI_FOOTER,
    ),
    "WWD 320 WPS",
)

case(
    "kr-info-table-two-pairs-per-row",
    "https://www.knit-house.co.kr/product/detail.html?product_no=1234&cate_no=42",
    page(
        "ko",
        "캐시미어 니트 - 니트하우스",
        header("니트하우스", "신규회원 10% 할인"),
        ["홈", "니트"],
        buybox(
            "캐시미어 라운드 니트 차콜",
            "89,000원",
            "<button class='btn_buy'>구매하기</button><button class='btn_cart'>장바구니</button>",
            "knit-house.co.kr",
            "knit",
        ),
        "<section class='prd-info'><h2>상품정보</h2><table><tr><th>상품상태</th><td>새상품</td><th>자체상품코드</th>"
        "<td>KH-CM2201-CH</td></tr><tr><th>원산지</th><td>국내산</td><th>배송방법</th><td>택배</td></tr></table></section>",
        KR_FOOTER,
    ),
    "KH-CM2201-CH",
)

# written as a must-not-fire, it failed at first look (the closed quick view's "SKU: OL-TR28-OL" read): a case
case(
    "hidden-template-and-closed-quick-view-codes",
    "https://www.outdoor-laden.example/products/trail-stoecke",
    page(
        "de",
        "Trekkingstöcke Carbon | Outdoor Laden",
        header("Outdoor Laden"),
        ["Startseite", "Zubehör"],
        buybox(
            "Trekkingstöcke Carbon, Paar",
            "59,00 €",
            "<button>In den Warenkorb</button>",
            "www.outdoor-laden.example",
            "stoecke",
        ),
        "<template id='card-tpl'><div class='card'><span>SKU: {{ sku }}</span></div></template>"
        "<div class='quick-view-modal' role='dialog' aria-hidden='true' style='display:none'><h2>Trail Rucksack 28 L</h2>"
        "<p>SKU: OL-TR28-OL</p><span class='price'>89,00 €</span><button>In den Warenkorb</button></div>",
        DE_FOOTER,
    ),
    None,
)

# round 4's kinds must not fire: a dash before no code, years and one-digit series under "Model", running text
# in a hidden tab panel (no card) still read
not_fire(
    "dash-placeholder-and-model-year-series",
    "https://www.outdoor-laden.example/products/zelt-ultralight-2",
    page(
        "de",
        "Ultralight Zelt 2 | Outdoor Laden",
        header("Outdoor Laden"),
        ["Startseite", "Zelte"],
        buybox(
            "Ultralight Zelt für 2 Personen",
            "299,00 €",
            lines(["SKU – N/A", "Modell: Pro 2024", "Modellreihe: Serie 4"])
            + "<button>In den Warenkorb</button>",
            "www.outdoor-laden.example",
            "zelt2",
        ),
        table([("Model", "Air 2025"), ("Gewicht", "1.150 g")], "Details"),
        DE_FOOTER,
    ),
    None,
)

not_fire(
    "running-text-code-in-hidden-tab-panel",
    "https://www.kaffee-welt.example/milchaufschaeumer-aeroccino",
    page(
        "de",
        "Nespresso Aeroccino 4 | Kaffee Welt",
        header("Kaffee Welt"),
        ["Startseite", "Zubehör"],
        buybox(
            "Nespresso Aeroccino 4 Milchaufschäumer",
            "99,00 €",
            "<button>In den Warenkorb</button>",
            "www.kaffee-welt.example",
            "aeroccino",
        ),
        "<div class='tabs'><div role='tabpanel' id='beschreibung'><p>Schäumt Milch heiß und kalt.</p></div>"
        "<div role='tabpanel' id='daten' hidden><p>Lieferumfang: Aeroccino 4, Art.-Nr. 1131500, Bedienungsanleitung.</p>"
        "</div></div>",
        DE_FOOTER,
    ),
    "1131500",
)

not_fire(
    "fashion-model-height-lines-no-spaced-model",
    "https://www.moda-shop.example/products/wollmantel-camel",
    page(
        "de",
        "Wollmantel Camel | Moda Shop",
        header("Moda Shop"),
        ["Startseite", "Damen", "Mäntel"],
        buybox(
            "Wollmantel mit Bindegürtel, camel",
            "229,00 €",
            lines(["Model: Height 178 cm", "Modell trägt: Größe 36"]) + "<button>In den Warenkorb</button>",
            "www.moda-shop.example",
            "mantel",
        ),
        table([("Model", "Size 36 EU"), ("Material", "80 % Wolle")], "Details"),
        DE_FOOTER,
    ),
    None,
)

# ---- round 5 (after commit 8051a3b: part-number labels of the markets' languages, with a GTIN beside) -------

case(
    "kz-p-n-abbreviation-line",
    "https://www.shop-kz.example/noutbuk-hp-250-g10",
    page(
        "ru",
        "Ноутбук HP 250 G10 — Shop KZ",
        header("Shop KZ", "+7 727 111 22 33"),
        ["Главная", "Ноутбуки"],
        buybox(
            "Ноутбук HP 250 G10 i5-1335U/8/512 серебристый",
            "289 990 ₸",
            lines(["P/N: 8A5D2EA", "Гарантия: 12 мес."]) + "<button class='buy-btn'>В корзину</button>",
            "www.shop-kz.example",
            "hp250",
        ),
        table([("Штрихкод", "0196786123456"), ("Процессор", "Intel Core i5-1335U")], "Характеристики"),
        KZ_FOOTER,
    ),
    "8A5D2EA",
)

case(
    "ar-modelo-alfanumerico-beside-codigo-universal",
    "https://www.electro-sur.com.ar/freidora-de-aire-philips-hd9252",
    page(
        "es-AR",
        "Freidora de aire Philips HD9252 | Electro Sur",
        header("Electro Sur", "Envío gratis en CABA"),
        ["Inicio", "Pequeños electrodomésticos", "Freidoras"],
        buybox(
            "Freidora de aire Philips Serie 3000 4,1 L negra",
            "$ 199.999",
            "<p>12 cuotas sin interés</p><button class='buy-button'>Comprar</button>",
            "www.electro-sur.com.ar",
            "hd9252",
        ),
        table(
            [
                ("Marca", "Philips"),
                ("Línea", "Serie 3000"),
                ("Modelo alfanumérico", "HD9252/90"),
                ("Código universal de producto", "8710103982715"),
            ],
            "Características principales",
        ),
        AR_FOOTER,
    ),
    "HD9252/90",
)

case(
    "de-teilenummer-beside-ean",
    "https://www.ersatzteil-profi.example/luftfilter-mann-c-27-009",
    page(
        "de",
        "MANN-FILTER C 27 009 Luftfilter | Ersatzteil Profi",
        header("Ersatzteil Profi", "Hotline 0800 222 33 44"),
        ["Startseite", "Filter", "Luftfilter"],
        buybox(
            "MANN-FILTER Luftfilter für VW Golf VII",
            "18,90 €",
            "<button>In den Warenkorb</button>",
            "www.ersatzteil-profi.example",
            "c27009",
        ),
        table(
            [("Hersteller", "MANN-FILTER"), ("Teilenummer", "C27009"), ("EAN", "4011558053127")],
            "Artikeldetails",
        ),
        DE_FOOTER,
    ),
    "C27009",
)

case(
    "fr-numero-de-piece-beside-ean",
    "https://www.pieces-auto.example/plaquettes-de-frein-bosch",
    page(
        "fr",
        "Plaquettes de frein Bosch 0 986 494 525 | Pièces Auto",
        header("Pièces Auto", "Service client 01 23 45 67 89"),
        ["Accueil", "Freinage", "Plaquettes"],
        buybox(
            "Jeu de plaquettes de frein avant Bosch",
            "39,90 €",
            "<button>Ajouter au panier</button>",
            "www.pieces-auto.example",
            "plaquettes",
        ),
        table(
            [("Marque", "Bosch"), ("Numéro de pièce", "0986494525"), ("EAN", "3165143638163")],
            "Caractéristiques",
        ),
        "<p>Pièces Auto SAS · SIRET 123 456 789 00012</p>",
    ),
    "0986494525",
)

case(
    "it-numero-parte-beside-ean",
    "https://www.ricambi-casa.example/filtro-acqua-frigorifero-samsung",
    page(
        "it",
        "Filtro acqua frigorifero Samsung | Ricambi Casa",
        header("Ricambi Casa", "Spedizione gratuita sopra 49 €"),
        ["Home", "Ricambi", "Frigoriferi"],
        buybox(
            "Filtro acqua originale per frigorifero Samsung",
            "34,90 €",
            "<button>Aggiungi al carrello</button>",
            "www.ricambi-casa.example",
            "filtro",
        ),
        table(
            [("Marca", "Samsung"), ("Numero parte", "DA29-00020B"), ("Codice EAN", "8806088123456")],
            "Scheda tecnica",
        ),
        "<p>Ricambi Casa S.r.l. · P.IVA 01234567890</p>",
    ),
    "DA29-00020B",
)

not_fire(
    "serial-number-and-part-labels-in-cards",
    "https://www.ersatzteil-profi.example/oelfilter-set",
    page(
        "de",
        "Ölfilter-Set | Ersatzteil Profi",
        header("Ersatzteil Profi"),
        ["Startseite", "Filter"],
        buybox(
            "Ölfilter-Set für Rasenmäher",
            "12,90 €",
            lines(["S/N-Bereich: ab 1234567", "Lieferzeit: 2-3 Werktage"])
            + "<button>In den Warenkorb</button>",
            "www.ersatzteil-profi.example",
            "oelfilter",
        ),
        cards(
            "Passende Artikel",
            [
                ("Luftfilter", "18,90 €", "<small>Teilenummer: C27009</small>"),
                ("Zündkerze", "6,90 €", "<small>P/N: BPR6ES</small>"),
                ("Bremsbelag", "39,90 €", "<small>Numéro de pièce: 0986494525</small>"),
            ],
        ),
        DE_FOOTER,
    ),
    None,
)


# ---- must-not-fire of the seventh review's kinds (each passes with crawler/sku.py at 5faa840, before them) --

# kind 1 (labels): "款式" (a style's words, no code), the new labels only in related cards, an order's number
not_fire(
    "tw-kuan-shi-words-and-kuan-hao-in-cards",
    "https://www.lovebonito.tw/products/ribbed-knit-top",
    page(
        "zh-TW",
        "羅紋針織上衣 | 好感女裝",
        header("好感女裝"),
        ["首頁", "上衣"],
        buybox(
            "羅紋針織上衣 黑色",
            "NT$680",
            lines(["款式：寬鬆版型", "顏色：黑色"]) + "<button class='btn-add-cart'>加入購物車</button>",
            "diz36nn4q02zr.cloudfront.net",
            "knit",
        ),
        cards(
            "搭配推薦",
            [
                ("高腰寬褲", "NT$990", "<small>款號：AW24-PT007</small>"),
                ("針織外套", "NT$1,280", "<small>款號：AW24-CD002</small>"),
            ],
        ),
        TW_FOOTER,
    ),
    None,
)

not_fire(
    "kr-je-pum-ko-deu-in-cards-only",
    "https://www.homeliving.co.kr/goods/ceramic-pot-20",
    page(
        "ko",
        "세라믹 냄비 20cm - 홈리빙",
        header("홈리빙"),
        ["홈", "주방", "냄비"],
        buybox(
            "세라믹 코팅 양수냄비 20cm",
            "29,900원",
            lines(["배송비 : 무료", "적립금 : 299원"]) + "<button class='btn_buy'>구매하기</button>",
            "cdn.homeliving.co.kr",
            "pot",
        ),
        cards(
            "함께 구매한 상품",
            [
                ("세라믹 프라이팬 28cm", "32,900원", "<small>제품코드 : HL-FP2801</small>"),
                ("실리콘 뒤집개", "6,900원", "<small>제품코드 : HL-SP0102</small>"),
            ],
        ),
        KR_FOOTER,
    ),
    None,
)

not_fire(
    "ar-nro-de-pedido-not-articulo",
    "https://www.casa-del-audio.com.ar/parlante-jbl-flip-6",
    page(
        "es-AR",
        "Parlante JBL Flip 6 | Casa del Audio",
        header("Casa del Audio", "Seguí tu compra: Nro. de pedido 2000012345"),
        ["Inicio", "Audio", "Parlantes"],
        buybox(
            "Parlante portátil JBL Flip 6 azul",
            "$ 189.999",
            "<p>Envío gratis a todo el país</p><button class='buy-button'>Comprar</button>",
            "www.casa-del-audio.com.ar",
            "flip6",
        ),
        "<section class='order-status'><h2>¿Ya compraste?</h2><p>Nro. de pedido: 2000012399 · Estado: en camino</p></section>",
        AR_FOOTER,
    ),
    None,
)

# kind 2 ("產品型號"): a phone case's compatible models ("適用型號") name other products
not_fire(
    "tw-shi-yong-xing-hao-phone-case",
    "https://www.casemall.com.tw/products/clear-case-iphone-15",
    page(
        "zh-TW",
        "iPhone 15 透明防摔殼 | 殼店",
        header("殼店"),
        ["首頁", "手機殼"],
        buybox(
            "iPhone 15 透明防摔手機殼",
            "NT$390",
            "<button class='btn-add-cart'>加入購物車</button>",
            "cdn.casemall.com.tw",
            "case15",
        ),
        table([("適用型號", "iPhone 15 / iPhone 15 Pro"), ("材質", "TPU + PC")], "商品規格"),
        TW_FOOTER,
    ),
    None,
)

# kind 3 (URL ids: lettered item numbers, a bare query id, an id before "detail.aspx", Cdiscount's
# "f-<category>-<id>.html", Rakuten France's "/offer/buy/<id>/")
not_fire(
    "url-campaign-lettered-id-and-cache-buster-query",
    "https://www.beanie-shop.example/products/merino-beanie?1733150000",
    page(
        "de",
        "Merino Mütze | Beanie Shop",
        header("Beanie Shop"),
        ["Startseite", "Mützen"],
        buybox(
            "Merino Beanie, anthrazit",
            "29,00 €",
            "<a href='/products/merino-beanie?id=EV20241201'>Adventsaktion</a><button>In den Warenkorb</button>",
            "www.beanie-shop.example",
            "beanie",
        ),
        "",
        DE_FOOTER,
    ),
    None,
)

not_fire(
    "url-pid-two-letters-eight-digits-campaign",
    "https://www.beanie-shop.example/product.php?pid=EV20241201",
    page(
        "de",
        "Wollschal | Beanie Shop",
        header("Beanie Shop"),
        ["Startseite", "Schals"],
        buybox(
            "Wollschal, grau",
            "39,00 €",
            "<button>In den Warenkorb</button>",
            "www.beanie-shop.example",
            "schal",
        ),
        "",
        DE_FOOTER,
    ),
    None,
)

not_fire(
    "url-date-before-detail-html",
    "https://www.tea-house.com.tw/event/20241201/detail.html",
    page(
        "zh-TW",
        "冬季限定 烏龍茶禮盒 | 茶屋",
        header("茶屋"),
        ["首頁", "禮盒"],
        buybox(
            "冬季限定 凍頂烏龍茶禮盒",
            "NT$1,200",
            "<button class='btn-add-cart'>加入購物車</button>",
            "www.tea-house.com.tw",
            "tea",
        ),
        "",
        TW_FOOTER,
    ),
    None,
)

not_fire(
    "url-f-model-slug-not-cdiscount-id",
    "https://www.mini-autos.example/f-150-raptor1.html",
    page(
        "fr",
        "Miniature Ford F-150 Raptor 1/24 | Mini Autos",
        header("Mini Autos"),
        ["Accueil", "Miniatures"],
        buybox(
            "Miniature Ford F-150 Raptor, échelle 1/24",
            "34,90 €",
            "<button>Ajouter au panier</button>",
            "www.mini-autos.example",
            "f150",
        ),
        table([("Marque", "Maisto"), ("Échelle", "1/24")], "Caractéristiques"),
        "<p>Mini Autos SARL · SIRET 123 456 789 00012</p>",
    ),
    None,
)

not_fire(
    "rakuten-fr-url-without-id-keeps-model",
    "https://fr.shopping.rakuten.com/mfp/apple-airpods-4",
    page(
        "fr",
        "Apple AirPods 4 | Rakuten",
        "<div class='header'><a class='logo' href='/'>Rakuten</a><input name='kw'><a href='/user/cart'>Panier</a></div>",
        ["Accueil", "High-Tech", "Écouteurs"],
        buybox(
            "Apple AirPods 4 avec réduction active du bruit",
            "179,00 €",
            "<button>Ajouter au panier</button>",
            "fr.shopping.rakuten.com",
            "airpods4",
        ),
        table([("Marque", "Apple"), ("Modèle", "MXP93ZM/A")], "Caractéristiques"),
        "<p>Rakuten France SAS · RCS Paris 444 505 317</p>",
    ),
    "MXP93ZM/A",
)

# kind 4 (a read-only field under a code's label): a coupon to copy, an editable search field
not_fire(
    "kz-readonly-promo-code-and-editable-artikul-search",
    "https://www.mechta.kz/product/naushniki-sony-wh-1000xm5",
    page(
        "ru",
        "Наушники Sony WH-1000XM5 | Мечта",
        header(
            "Мечта",
            "<label for='find-by-code'>Артикул</label><input id='find-by-code' type='text' value='' placeholder='Поиск по артикулу'>",
        ),
        ["Главная", "Наушники"],
        buybox(
            "Наушники Sony WH-1000XM5 черные",
            "189 990 ₸",
            "<div class='promo'><label for='promo-input'>Промокод</label><input id='promo-input' type='text' value='MECHTA10' readonly>"
            "<button class='copy-btn'>Скопировать</button></div><button class='buy-btn'>В корзину</button>",
            "www.mechta.kz",
            "xm5",
        ),
        "",
        KZ_FOOTER,
    ),
    None,
)

# kind 5 (a column headed by a code's label in a one-row table): a variants table of several rows
not_fire(
    "de-variant-table-several-rows",
    "https://www.werkzeug-profi.example/bohrer-set-hss",
    page(
        "de",
        "HSS Metallbohrer | Werkzeug Profi",
        header("Werkzeug Profi"),
        ["Startseite", "Zubehör", "Bohrer"],
        buybox(
            "HSS-G Metallbohrer DIN 338",
            "ab 2,49 €",
            "<button>In den Warenkorb</button>",
            "www.werkzeug-profi.example",
            "hss",
        ),
        "<section class='variants'><h2>Ausführungen</h2><table><thead><tr><th>Art.-Nr.</th><th>Ø</th><th>Preis</th></tr>"
        "</thead><tbody><tr><td>1130101</td><td>3 mm</td><td>2,49 €</td></tr><tr><td>1130102</td><td>4 mm</td>"
        "<td>2,99 €</td></tr><tr><td>1130103</td><td>5 mm</td><td>3,49 €</td></tr></tbody></table></section>",
        DE_FOOTER,
    ),
    None,
)

# kind 6 (shoppers' talk): the product's own running-text code inside a block named "has-reviews" around
# its heading stays; a code in a review beside it goes
not_fire(
    "de-own-code-in-block-named-has-reviews",
    "https://www.camping-welt.example/schlafsack-mummy-200",
    page(
        "de",
        "Mumienschlafsack 200 | Camping Welt",
        header("Camping Welt"),
        ["Startseite", "Schlafsäcke"],
        "<div class='product-detail has-reviews'><div class='product-gallery'><img"
        " src='https://www.camping-welt.example/img/mummy-1.jpg' alt='Schlafsack' width='1000' height='1000'></div>"
        "<div class='product-info'><h1>Mumienschlafsack 200, Komfort bis 5 °C</h1><div class='product-price'>"
        "<span class='price'>49,99 €</span></div><p>Lieferbar · Art.-Nr. 1130999 · Versand in 24 h</p>"
        "<button>In den Warenkorb</button></div></div>",
        reviews("Bewertungen", "Hatte vorher Art.-Nr. 1127555, dieser ist wärmer."),
        DE_FOOTER,
    ),
    "1130999",
)


def _check(c: Case) -> None:
    got = extract_product(c.html, c.url) or {}
    assert got.get("sku") == c.want, f"sku {got.get('sku')!r} != {c.want!r}"


@pytest.mark.parametrize("c", case_params(CASES))
def test_page(c: Case) -> None:
    _check(c)


@pytest.mark.parametrize("c", case_params(NOT_FIRE))
def test_not_fire(c: Case) -> None:
    _check(c)
