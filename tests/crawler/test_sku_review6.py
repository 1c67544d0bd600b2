"""Review 6 of the sku on product pages WITHOUT structured data (issue 14).

Each case is a whole product page as the shop serves it (header with a hotline, a promotion or an order
lookup, menus, breadcrumbs, gallery, buy box, spec table / definition list / "key: value" lines,
reviews, related and "frequently bought together" cards with their own codes, a footer with the
company's tax and registration numbers), no JSON-LD / microdata / RDFa, in the issue's markets: Amazon
.com/.de/.fr/.it, eBay .com/.de/.it, Taiwan (momo, Yahoo! shopping, Shopline / Cyberbiz-like shops),
Korea (Coupang, Gmarket, Cafe24 / MakeShop shops, Musinsa-like fashion shops), Kazakhstan (Mechta,
Technopark, Sulpak-like shops, in Russian and Kazakh), Argentina (Mercado Libre, Tiendanube, VTEX
chains), Slovenia, Croatia, and Ozon, Allegro, German / French / Italian / Spanish shops. Each case
names the sku its own structured data would give, as the earlier rounds decided (test_sku_review2/3,
test_stock_sku_review5): the shop's or marketplace's item code first (ASIN, eBay item number, MLA id,
Coupang / Gmarket / momo ids), then the maker's model / part number, a GTIN last; None where the page
shows no code of its own. Only the sku is judged.

Cases: 67 pages (`CASES`) and 28 must-not-fire pages (`NOT_FIRE`, every one passing with crawler/sku.py
at 07c3021, the module before these fixes, and round 6's also with it at 7062e58: checked by running
this file with that sku.py swapped into extract.py in one process; 24 of the 67 cases failed at
07c3021, each a case of a kind below or the strict xfail).

Round 1 (40 cases, 12 must-not-fire; the pages down to "round 2") was written before reading
crawler/sku.py. FIRST LOOK (07c3021): 7 of 40 failed, 0 of the 12 must-not-fire:
- kr-brand-slash-pum-beon-line: the URL's id 3012399 over Musinsa's combined "브랜드 / 품번 | 나이키 /
  DV0788-001" (a label naming two fields, no label to `_SKU_LABEL`);
- kr-cafe24-sang-pum-ko-deu-table: Cafe24's platform "상품코드 P0000IWK" over the shop's "자체상품코드
  KN-2201-BK". Judged mis-written: both are the shop's codes and which one a Cafe24 shop's structured data
  names is not known here; the "상품코드" row was dropped (the page passes, "자체상품코드" alone is read);
- ar-codigo-interno-beside-modelo: the maker's "Modelo: HPK151M11S" over "Código interno: 3004567";
- ar-sku-del-vendedor-line: None ("SKU del vendedor: DS-COPA3-42": the bare "SKU" took "del vendedor:
  ..." as its value, no code);
- si-kataloska-stevilka-beside-ean: the EAN over "Kataloška številka: DF333DSAE";
- amazon-it-numero-modello-no-asin-row: "Numero modello articolo HX6851/53" over the URL's ASIN (a
  details table without an ASIN row);
- url-query-product-code-only: None for an invented "?prodno=QB2231088"; rewritten as Yahoo! Taiwan
  shopping's real "gdsale.asp?gdid=10943211" (yahoo-tw-gdsale-gdid-url-only), None too (kind 4).
Round 2 (8 cases, 8 must-not-fire; written after reading sku.py, aimed at the kinds above and at URL
ids `url_code` lacked): 8 of 8 failed before the fixes (a one-line "브랜드 / 품번 : 아디다스 / B75807",
"Cód. interno", Mercado Libre's "Modelo HD9252/90", Coupang's "모델명", eBay.it's "MPN EC685.M" read as
running text's code, Ozon's "/product/<slug>-1378499999/", Allegro's "/oferta/<slug>-15012345678",
MakeShop's "?branduid=3012345").
Round 3 (3 cases, 2 must-not-fire, after the fixes: coupon words under code labels, three-part and
English paired labels): 2 of 3 failed before the fixes, 0 after (kind 2 reads them); no new kind.
Round 4 (3 cases, 2 must-not-fire, after reading `_data_code`: variant swatches that are buttons or
list items carrying `data-sku`): 3 of 3 failed (the first swatch's code, chosen or not).
Round 5 (3 cases, 1 must-not-fire, after reading `_LABELS`: Croatian and Slovenian abbreviations and item
numbers): 3 of 3 failed (None: "Kat. br.", "Broj artikla", "Številka artikla").
Round 6 (after commit 7062e58; a probe of 12 label layouts, 6 kept here, 2 must-not-fire): 2 of 12
failed: an info button's "?" inside a "<th>Artikelnummer" cell taken as the value (left, strict xfail:
brands.labelled, not this file's module) and Mercado Libre's GTIN label "Código universal de producto"
copied by an Argentine shop (None; kind 8).
Round 7 (4 pages of the issue's marketplaces not yet here: Bol's EAN-only page, Zalando's "Artikelnummer"
beside a slashed "Herstellerfarbe", Otto's "Artikel-Nr." beside "Modell", Amazon.co.uk's "Manufacturer
reference" beside the ASIN): 0 of 4 failed.
Round 8 (a probe of 9 shapes aimed at the new rules' misfires, after commit 68ea4d4): 2 of 9 failed:
a WooCommerce "/product/<slug>-1023125/" gave the maker's part number closing the slug (kind 5 as first
written took any singular "/product/"; narrowed to Ozon's hosts, the page kept as a must-not-fire that
passes at 07c3021 and now, fails at 68ea4d4), and "브랜드 / 모델명 : 필립스 / HD9252" (a paired label naming a
model, not read: `_paired_code` reads codes' labels only; not made a page, its shape not confirmed).

Kinds fixed (crawler/sku.py):
1. `_LABELS`: "SKU del vendedor" / "SKU do produto" / "Seller SKU", "Código interno" / "Cód. interno"
   (before the bare "sku" / "código"), the Slovenian "Kataloška številka".
2. `_paired_code`: a label of 2-3 fields joined by slashes, one of them a code's label alone, over a
   value of as many parts split at " / " ("브랜드 / 품번" | "나이키 / DV0788-001"; "Brand / Style #"), in
   the same text after a colon or in the next; outside menus, footers and cards.
3. `_MARKETPLACES`: on Amazon, eBay, Mercado Libre, Coupang, Gmarket, 11st, momo and Kaspi the URL's
   listing id (`url_code`) comes before running text's "SKU"/"MPN" codes and the maker's model / part
   number (a shown label of the shop's own still comes first).
4. `_ID_PARAMS`: Yahoo! Taiwan's "gdid", MakeShop's "branduid".
5. `_slug_id`: Allegro's "/oferta/<slug>-<id>", and Ozon's "/product/<slug>-<id>/" on Ozon's hosts only.
6. `_chosen_variant` / `_CHOICES`: a swatch button or list item carrying `data-sku` among siblings
   carrying other codes is a choice, chosen by its ARIA state (aria-pressed / -checked / -selected) or a
   state class ("is-selected", "active"); none chosen gives no code (was the first swatch's).
7. `_LABELS`: the Croatian "Kat. br." and "Broj artikla", the Slovenian "Številka artikla" / "Št. artikla".
8. `_GTIN_LABEL`: "Código universal de producto" (a GTIN: still the last resort).
Must-not-fire pages per kind: 1: codes under those labels in related cards only; 2: paired labels of
no code ("사이즈 / 색상"), one in a card and a one-part value; 3: a shop's "/p/<slug>-990777/" URL and an
Amazon URL without an ASIN keep the model, eBay's shown item number beside another URL id; 4/5: a
WooCommerce "/product/<slug>-2025/" and "/product/<slug>-1023125/", short or lettered values in the
new parameters; 6: a buy and a
wishlist button with the same `data-sku`, one block's `data-sku` with an "is-active" class; 7: an order
number ("Broj narudžbe") in the header and those labels in related cards only; 8: that GTIN row beside
a shop's "Código" (the code stays) and two such rows of a combo's items (none). The other
must-not-fire pages are round 1's noise (order, tax and company numbers, phones, postcodes, coupons,
dates, model years, prices, size charts, other products' codes in cards, reviews and "frequently
bought together").
Left then (strict xfail), fixed by the lead after this round: de-th-label-with-info-button
(`brands.labelled` now passes over the text of a button after the label, `brands._in_button`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params


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


def page(lang: str, title: str, header: str, crumbs: list[str], main: str, after: str, footer: str) -> str:
    """A whole document without structured data: header, breadcrumbs, the product block, what follows
    it (specs, reviews, recommendation strips) and the footer."""
    crumb = "".join(f"<li><a href='/c/{i}'>{c}</a></li>" for i, c in enumerate(crumbs))
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<meta property='og:title' content=\"{title}\">"
        "<link rel='stylesheet' href='/static/app.css'></head><body>"
        f"<header class='site-header'>{header}</header>"
        f"<nav class='breadcrumb' aria-label='breadcrumb'><ol>{crumb}</ol></nav>"
        f"<main id='main'>{main}</main>{after}<footer class='site-footer'>{footer}</footer>"
        "<script src='/static/app.js' defer></script></body></html>"
    )


def gallery(host: str, slug: str, n: int = 4) -> str:
    thumbs = "".join(
        f"<li><img src='https://{host}/img/{slug}-{i}.jpg' alt='' width='600' height='600'></li>"
        for i in range(1, n + 1)
    )
    return (
        f"<div class='product-gallery'><div class='main-image'><img src='https://{host}/img/{slug}-1.jpg'"
        f" alt='{slug}' width='1000' height='1000'></div><ul class='thumbs'>{thumbs}</ul></div>"
    )


def buybox(title: str, price: str, rest: str, host: str = "shop.example", slug: str = "item") -> str:
    """Gallery, heading, price and what the buy box holds besides (`rest`)."""
    return (
        "<div class='product-detail'>"
        + gallery(host, slug)
        + f"<div class='product-info'><h1 class='product-title'>{title}</h1>"
        f"<div class='product-price'><span class='price'>{price}</span></div>{rest}</div></div>"
    )


def table(rows: list[tuple[str, str]], heading: str = "", cls: str = "specs") -> str:
    trs = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    h = f"<h2>{heading}</h2>" if heading else ""
    return f"<section class='{cls}'>{h}<table><tbody>{trs}</tbody></table></section>"


def dl(rows: list[tuple[str, str]], heading: str = "", cls: str = "product-attributes") -> str:
    items = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    h = f"<h2>{heading}</h2>" if heading else ""
    return f"<section class='{cls}'>{h}<dl>{items}</dl></section>"


def lines(rows: list[str], cls: str = "product-meta") -> str:
    """'key: value' lines, one <li> each."""
    return f"<ul class='{cls}'>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul>"


def reviews(heading: str, *texts: str) -> str:
    lis = "".join(
        f"<li class='review' id='review-{8812 + i}'><span class='stars'>★★★★☆</span><p>{t}</p></li>"
        for i, t in enumerate(texts)
    )
    return f"<section class='reviews' id='reviews'><h2>{heading}</h2><ul>{lis}</ul></section>"


def cards(heading: str, items: list[tuple[str, str, str]], cls: str = "related-products") -> str:
    """A recommendation strip: (name, price, extra html such as a code) per card."""
    lis = "".join(
        f"<li class='product-card'><a href='/p/rec-{i}'><img src='/img/rec-{i}.jpg' alt='{n}'>"
        f"<span class='card-title'>{n}</span></a><span class='card-price'>{p}</span>{x}</li>"
        for i, (n, p, x) in enumerate(items)
    )
    return f"<section class='{cls}'><h2>{heading}</h2><ul>{lis}</ul></section>"


def header(shop: str, extra: str = "") -> str:
    return (
        f"<div class='topbar'>{extra}</div><a class='logo' href='/'>{shop}</a>"
        "<form class='search' action='/search'><input name='q' type='search'></form>"
        "<nav class='main-menu'><a href='/c/new'>New</a><a href='/c/sale'>Sale</a><a href='/c/all'>All</a></nav>"
        "<a class='cart-link' href='/cart'>Cart (0)</a>"
    )


# ---- Taiwan -----------------------------------------------------------------------------------------

TW_FOOTER = (
    "<p>客服專線：0800-888-123（週一至週五 09:00-18:00）</p><p>統一編號：24536806　公司地址：台北市信義區松仁路100號</p>"
    "<p>© 2026 All rights reserved.</p>"
)

case(
    "tw-shopline-dl-shang-pin-bian-hao-beside-barcode",
    "https://www.kbstudio.com.tw/products/mechanical-keyboard-k87",
    page(
        "zh-TW",
        "K87 機械鍵盤 茶軸 | KB Studio",
        header("KB Studio", "全館滿 NT$1,500 免運"),
        ["首頁", "電腦周邊", "鍵盤"],
        buybox(
            "K87 機械鍵盤 茶軸 RGB 背光",
            "NT$2,490",
            "<div class='variation'><span>軸體</span><button class='opt selected'>茶軸</button>"
            "<button class='opt'>紅軸</button></div><button class='btn-add-cart'>加入購物車</button>"
            "<button class='btn-buy-now'>立即購買</button>",
            "www.kbstudio.com.tw",
            "k87",
        ),
        dl(
            [
                ("商品編號", "KB-K87-BR"),
                ("國際條碼", "4712345678906"),
                ("保固", "一年"),
                ("產地", "台灣"),
            ],
            "商品規格",
        )
        + reviews("商品評價", "手感很好，2025/11/20 下單隔天就到。", "訂單編號 20251120A0012 客服處理很快")
        + cards(
            "你可能也喜歡",
            [
                ("K68 機械鍵盤", "NT$1,990", "<small>商品編號：KB-K68-RD</small>"),
                ("無線滑鼠 M3", "NT$890", "<small>商品編號：KB-M3-BK</small>"),
            ],
        ),
        TW_FOOTER,
    ),
    "KB-K87-BR",
)

case(
    "tw-huo-hao-line-fashion",
    "https://www.lulushop.tw/product/88231",
    page(
        "zh-TW",
        "韓版寬鬆針織毛衣 - 露露小舖",
        header("露露小舖", "LINE 客服 @lulushop"),
        ["首頁", "女裝", "上衣"],
        buybox(
            "韓版寬鬆針織毛衣 杏色",
            "NT$690",
            lines(["貨號：LL-KN2211", "材質：棉 70% 壓克力 30%", "出貨時間：3-5 個工作天"])
            + "<select name='size'><option>F</option></select><button class='add-to-cart'>加入購物車</button>",
            "www.lulushop.tw",
            "knit",
        ),
        reviews("顧客評價", "很軟很好穿！身高160穿F剛好")
        + cards(
            "相似商品",
            [
                ("麻花針織背心", "NT$490", "<p>貨號：LL-KV1001</p>"),
                ("高領毛衣", "NT$790", "<p>貨號：LL-KN2001</p>"),
            ],
        ),
        TW_FOOTER,
    ),
    "LL-KN2211",
)

case(
    "tw-momo-spec-table-model-and-goods-code",
    "https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=12345678&Area=search&mdiv=403",
    page(
        "zh-TW",
        "【Panasonic 國際牌】奈米水離子吹風機 EH-NA0J - momo購物網",
        "<div class='headerTop'><a href='/main/Main.jsp' class='logo'>momo購物網</a><input id='keyword'>"
        "<a href='/mypage/MemberCenter.jsp'>會員中心</a><a href='/order/OrderList.jsp'>訂單查詢</a></div>",
        ["首頁", "家電", "美容家電", "吹風機"],
        buybox(
            "【Panasonic 國際牌】奈米水離子吹風機 EH-NA0J",
            "$7,990",
            "<ul class='prdnoteArea'><li>品號：12345678</li></ul><a class='buynow' href='#'>直接購買</a>"
            "<a class='addcar' href='#'>放入購物車</a>",
            "img.momoshop.com.tw",
            "eh-na0j",
        ),
        table([("品牌名稱", "Panasonic 國際牌"), ("型號", "EH-NA0J-W"), ("產地", "日本")], "規格")
        + cards("看了此商品的人也看了", [("Dyson 吹風機 HD15", "$15,900", "<span>品號：11112222</span>")]),
        "<p>富邦媒體科技股份有限公司 統一編號：70826488</p><p>客服電話：(02)2658-0123</p>",
    ),
    "12345678",
)

case(
    "tw-liao-hao-spec-row",
    "https://www.3c-mall.com.tw/goods/ssd-1tb-nvme",
    page(
        "zh-TW",
        "NVMe SSD 1TB 固態硬碟 - 3C商城",
        header("3C商城"),
        ["首頁", "電腦零組件", "SSD"],
        buybox(
            "NVMe M.2 SSD 1TB 固態硬碟 PCIe 4.0",
            "NT$2,199",
            "<p class='stock'>現貨供應</p><button class='btn-cart'>加入購物車</button>",
            "www.3c-mall.com.tw",
            "ssd",
        ),
        table(
            [("商品料號", "SSD-N4-1T"), ("容量", "1TB"), ("讀取速度", "7000MB/s"), ("保固", "5年")],
            "商品規格",
        ),
        TW_FOOTER,
    ),
    "SSD-N4-1T",
)

not_fire(
    "tw-noise-order-tax-id-phone-dates",
    "https://www.teahouse.com.tw/products/oolong-150g",
    page(
        "zh-TW",
        "阿里山高山烏龍茶 150g - 茶屋",
        header("茶屋", "訂單查詢 | 2026/12/02 前下單 12/05 到貨"),
        ["首頁", "茶葉", "烏龍茶"],
        buybox(
            "阿里山高山烏龍茶 150g",
            "NT$880",
            "<p>產季：2026 春茶</p><p>有效期限：2028-03-01</p><button class='add-cart'>加入購物車</button>",
            "www.teahouse.com.tw",
            "oolong",
        ),
        reviews("評價", "訂單編號 TH202611280031，包裝很用心", "第二次回購 2026/10/02")
        + "<div class='shipping'><p>宅配單號查詢：請至黑貓宅急便 查詢編號 9012-3456-7890</p></div>",
        TW_FOOTER,
    ),
    None,
)

# ---- Korea ------------------------------------------------------------------------------------------

KR_FOOTER = (
    "<p>(주)데일리샵 | 대표: 김민수 | 사업자등록번호: 123-45-67890 | 통신판매업신고: 2024-서울강남-01234</p>"
    "<p>고객센터 1588-1234 | 서울특별시 강남구 테헤란로 123, 06234</p><p>© 2026 DAILYSHOP</p>"
)

case(
    "kr-brand-slash-pum-beon-line",
    "https://www.stylemall.co.kr/goods/3012399",
    page(
        "ko",
        "나이키 에어 포스 1 '07 화이트 | 스타일몰",
        header("스타일몰", "신규회원 10% 쿠폰"),
        ["홈", "신발", "스니커즈"],
        buybox(
            "나이키 에어 포스 1 '07 화이트",
            "139,000원",
            "<ul class='product-info'><li><span class='tit'>브랜드 / 품번</span> <span class='val'>나이키 / DV0788-001"
            "</span></li><li><span class='tit'>시즌</span> <span class='val'>2025 F/W</span></li>"
            "<li><span class='tit'>배송</span> <span class='val'>2~3일 이내 출고</span></li></ul>"
            "<select><option>사이즈 선택</option><option>260</option></select><button class='btn-buy'>바로구매</button>"
            "<button class='btn-cart'>장바구니</button>",
            "image.stylemall.co.kr",
            "af1",
        ),
        reviews("후기", "정사이즈 추천합니다 260 신어요")
        + cards(
            "함께 본 상품",
            [
                ("나이키 덩크 로우", "129,000원", "<p>품번 DD1391-100</p>"),
                ("에어맥스 90", "169,000원", "<p>품번 CN8490-100</p>"),
            ],
        ),
        KR_FOOTER,
    ),
    "DV0788-001",
)

case(
    "kr-cafe24-sang-pum-ko-deu-table",
    "https://www.knitshop.co.kr/product/detail.html?product_no=231&cate_no=24",
    page(
        "ko",
        "울 블렌드 라운드 니트",
        header("니트샵"),
        ["홈", "TOP", "KNIT"],
        buybox(
            "울 블렌드 라운드 니트",
            "49,800원",
            table(
                [
                    ("판매가", "49,800원"),
                    ("자체상품코드", "KN-2201-BK"),
                    ("배송비", "3,000원 (50,000원 이상 구매 시 무료)"),
                ],
                cls="infoArea",
            )
            + "<a class='btnSubmit' href='#'>BUY NOW</a><a class='btnBasket' href='#'>CART</a>",
            "knitshop.co.kr",
            "knit",
        ),
        reviews("REVIEW", "색감 너무 예뻐요"),
        KR_FOOTER,
    ),
    "KN-2201-BK",
)

case(
    "kr-gmarket-sang-pum-beon-ho-line",
    "https://item.gmarket.co.kr/Item?goodscode=3012345678",
    page(
        "ko",
        "G마켓 - 필립스 에어프라이어 HD9252",
        "<div class='header'><a class='logo' href='/'>G마켓</a><input name='keyword'><a href='/myg'>나의 쇼핑정보</a></div>",
        ["홈", "가전", "주방가전", "에어프라이어"],
        buybox(
            "필립스 에어프라이어 에센셜 HD9252/90",
            "129,000원",
            "<div class='box__item-code'>상품번호 : 3012345678</div><button class='btn_buy'>구매하기</button>"
            "<button class='btn_cart'>장바구니</button>",
            "gdimg.gmarket.co.kr",
            "hd9252",
        ),
        table([("모델명", "HD9252/90"), ("제조사", "필립스"), ("KC인증", "XU100132-20001")], "필수 표기정보")
        + cards(
            "이 상품을 본 고객이 함께 본 상품",
            [("코스모 에어프라이어", "89,000원", "<span>상품번호 2911112222</span>")],
        ),
        "<p>지마켓(주) 사업자등록번호 220-81-83676 고객센터 1566-5701</p>",
    ),
    "3012345678",
)

case(
    "kr-coupang-product-number-line",
    "https://www.coupang.com/vp/products/7335512345?itemId=18813799999&vendorItemId=85955555555",
    page(
        "ko",
        "삼성전자 갤럭시 버즈3 프로 - 쿠팡!",
        "<div id='header'><a class='coupang-logo' href='/'>쿠팡</a><input name='q'><a href='/my'>마이쿠팡</a>"
        "<a href='/cart'>장바구니</a></div>",
        ["쿠팡 홈", "가전디지털", "음향기기", "이어폰"],
        buybox(
            "삼성전자 갤럭시 버즈3 프로 SM-R630",
            "279,000원",
            "<div class='prod-buy-footer'><button class='prod-buy-btn'>바로구매</button>"
            "<button class='prod-cart-btn'>장바구니 담기</button></div>"
            "<ul class='prod-description-attribute'><li>쿠팡상품번호: 7335512345 - 18813799999</li></ul>",
            "thumbnail.coupangcdn.com",
            "buds3",
        ),
        table(
            [("품명 및 모델명", "SM-R630"), ("KC 인증정보", "R-R-SEC-SMR630"), ("제조국", "베트남")],
            "필수 표기정보",
        )
        + cards(
            "다른 고객이 함께 구매한 상품",
            [("버즈3 케이스", "12,900원", ""), ("C타입 충전기", "19,900원", "")],
        ),
        "<p>쿠팡(주) 사업자등록번호 120-88-00767 고객센터 1577-7011</p>",
    ),
    "7335512345",
)

case(
    "kr-mo-del-myeong-only-info-table",
    "https://www.homeapp.co.kr/goods/view?no=5512",
    page(
        "ko",
        "쿠쿠 전기밥솥 6인용 | 홈앱",
        header("홈앱"),
        ["홈", "주방가전", "밥솥"],
        buybox(
            "쿠쿠 IH 전기압력밥솥 6인용",
            "219,000원",
            "<button class='btn-order'>구매하기</button>",
            "homeapp.co.kr",
            "cuckoo",
        ),
        table(
            [
                ("품명", "전기압력밥솥"),
                ("모델명", "CRP-LHTR0610FW"),
                ("정격전압 / 소비전력", "220V / 1090W"),
                ("출시년월", "2025.03"),
            ],
            "상품정보 제공고시",
        ),
        KR_FOOTER,
    ),
    "CRP-LHTR0610FW",
)

not_fire(
    "kr-noise-business-numbers-order-phone",
    "https://www.dailyshop.co.kr/product/linen-shirt/88/",
    page(
        "ko",
        "린넨 오버핏 셔츠 | 데일리샵",
        header("데일리샵", "주문번호 조회 · 고객센터 1588-1234"),
        ["홈", "남성", "셔츠"],
        buybox(
            "린넨 오버핏 셔츠",
            "39,000원",
            "<p>출고예정일: 2026-12-05</p><p>적립금 390원</p><button class='btn-buy'>구매하기</button>",
            "dailyshop.co.kr",
            "linen",
        ),
        reviews("리뷰", "주문번호 20261128-0001234 배송 빨라요", "키 178 L 사이즈 좋아요"),
        KR_FOOTER,
    ),
    None,
)

# ---- Kazakhstan -------------------------------------------------------------------------------------

KZ_FOOTER = (
    "<p>ТОО «Техно Маркет» БИН 123456789012</p><p>Call-центр: 7711, +7 (727) 344-99-99</p>"
    "<p>г. Алматы, ул. Абая 150, 050000</p>"
)

case(
    "kz-bare-kod-line-sulpak-like",
    "https://www.elmart.kz/g/pylesos-dyson-v12-detect",
    page(
        "ru",
        "Пылесос Dyson V12 Detect Slim купить в Алматы | Elmart",
        header("Elmart", "Алматы ▾ · Доставка по Казахстану"),
        ["Главная", "Бытовая техника", "Пылесосы"],
        buybox(
            "Пылесос Dyson V12 Detect Slim Absolute",
            "349 990 ₸",
            "<div class='product__code'>Код: 700982</div><div class='credit'>в рассрочку 0-0-12 от 29 166 ₸/мес</div>"
            "<button class='btn-cart'>В корзину</button>",
            "www.elmart.kz",
            "v12",
        ),
        table([("Бренд", "Dyson"), ("Модель", "V12 Detect Slim"), ("Гарантия", "24 мес.")], "Характеристики")
        + cards(
            "Похожие товары",
            [
                ("Dyson V15", "449 990 ₸", "<span>Код: 700981</span>"),
                ("Xiaomi G10", "119 990 ₸", "<span>Код: 700440</span>"),
            ],
        ),
        KZ_FOOTER,
    ),
    "700982",
)

case(
    "kz-kazakh-tauar-kody",
    "https://www.technopark.kz/kk/product/tonazytkysh-lg-ga-b509",
    page(
        "kk",
        "LG GA-B509 тоңазытқышы | Technopark",
        header("Technopark", "Алматы · Жеткізу"),
        ["Басты бет", "Ірі тұрмыстық техника", "Тоңазытқыштар"],
        buybox(
            "LG GA-B509SQKL тоңазытқышы",
            "329 990 ₸",
            "<p class='code'>Тауар коды: 118834</p><button class='to-cart'>Себетке</button>",
            "www.technopark.kz",
            "lg",
        ),
        table([("Бренд", "LG"), ("Моделі", "GA-B509SQKL"), ("Түсі", "Күміс")], "Сипаттамалары"),
        KZ_FOOTER,
    ),
    "118834",
)

case(
    "kz-artikul-dl-beside-model",
    "https://www.mechta.kz/product/smartfon-samsung-galaxy-a25-6-128gb-black/",
    page(
        "ru",
        "Смартфон Samsung Galaxy A25 6/128GB Black — Mechta.kz",
        header("Mechta", "Бесплатная доставка от 15 000 ₸"),
        ["Главная", "Смартфоны", "Samsung"],
        buybox(
            "Смартфон Samsung Galaxy A25 6/128GB Black",
            "129 990 ₸",
            dl([("Артикул", "223451"), ("Модель", "SM-A256EZKDSKZ")], cls="product-codes")
            + "<button class='buy'>Купить</button>",
            "www.mechta.kz",
            "a25",
        ),
        reviews("Отзывы", "Заказ №4512233 пришёл за 2 дня")
        + cards("С этим товаром покупают", [("Чехол Galaxy A25", "4 990 ₸", "<span>Артикул: 223999</span>")]),
        KZ_FOOTER,
    ),
    "223451",
)

not_fire(
    "kz-noise-promocode-sms-code-bin",
    "https://www.elmart.kz/g/chainik-tefal-ko2408",
    page(
        "ru",
        "Чайник Tefal KO2408 | Elmart",
        header("Elmart", "Промокод: ZIMA2026 — скидка 10%"),
        ["Главная", "Кухня", "Чайники"],
        buybox(
            "Чайник Tefal KO2408",
            "14 990 ₸",
            "<form class='one-click'><label>Телефон</label><input name='phone' placeholder='+7 (___) ___-__-__'>"
            "<label>Код из SMS</label><input name='code'></form><button class='btn-cart'>В корзину</button>",
            "www.elmart.kz",
            "ko2408",
        ),
        table([("Объём", "1.7 л"), ("Мощность", "2400 Вт"), ("Год выпуска", "2025")], "Характеристики"),
        KZ_FOOTER,
    ),
    None,
)

# ---- Argentina --------------------------------------------------------------------------------------

AR_FOOTER = (
    "<p>Tienda S.A. CUIT 30-71234567-8 · Av. Corrientes 1234, C1043 CABA</p><p>Atención: 0810-555-1234</p>"
)

case(
    "mercadolibre-caracteristicas-gtin-and-model",
    "https://articulo.mercadolibre.com.ar/MLA-1422334455-licuadora-oster-blstmg-_JM",
    page(
        "es-AR",
        "Licuadora Oster Blstmg 600w | Mercado Libre",
        "<div class='nav-header'><a class='nav-logo' href='/'>Mercado Libre</a><input name='as_word'>"
        "<span>Enviar a Capital Federal 1425</span></div>",
        ["Volver al listado", "Electrodomésticos", "Pequeños Electrodomésticos", "Licuadoras"],
        buybox(
            "Licuadora Oster Blstmg 600w 1.5 L",
            "$ 89.999",
            "<p>Stock disponible</p><a class='andes-button'>Comprar ahora</a><a class='andes-button'>Agregar al carrito</a>",
            "http2.mlstatic.com",
            "oster",
        ),
        table(
            [
                ("Marca", "Oster"),
                ("Modelo", "BLSTMG"),
                ("Código universal de producto", "034264471298"),
                ("Potencia", "600 W"),
            ],
            "Características principales",
        )
        + cards("Productos relacionados", [("Licuadora Philips", "$ 79.999", "<span>MLA-1399001122</span>")]),
        "<p>Copyright © 1999-2026 MercadoLibre S.R.L.</p>",
    ),
    "MLA1422334455",
)

case(
    "ar-codigo-interno-beside-modelo",
    "https://www.electrohogar.com.ar/heladera-patrick-hpk151m11s/p",
    page(
        "es-AR",
        "Heladera Patrick HPK151M11S | ElectroHogar",
        header("ElectroHogar", "Envío gratis a todo el país"),
        ["Inicio", "Heladeras"],
        buybox(
            "Heladera Patrick No Frost 388 L HPK151M11S",
            "$ 899.999",
            lines(["Modelo: HPK151M11S", "Código interno: 3004567"])
            + "<p>Hasta 12 cuotas sin interés</p><button class='buy-button'>Comprar</button>",
            "www.electrohogar.com.ar",
            "patrick",
        ),
        "<div class='shipping-calc'><label>Código postal</label><input name='cp' value='1425'></div>",
        AR_FOOTER,
    ),
    "3004567",
)

case(
    "ar-sku-del-vendedor-line",
    "https://www.deportes-sur.com.ar/productos/botines-adidas-copa/",
    page(
        "es-AR",
        "Botines Adidas Copa Pure - Deportes Sur",
        header("Deportes Sur"),
        ["Inicio", "Fútbol", "Botines"],
        buybox(
            "Botines Adidas Copa Pure 3 Club FxG",
            "$ 79.999",
            "<p class='seller-sku'>SKU del vendedor: DS-COPA3-42</p>"
            "<select><option>Talle 42</option></select><button class='js-addtocart'>Agregar al carrito</button>",
            "www.deportes-sur.com.ar",
            "copa",
        ),
        reviews("Opiniones", "Llegó el 28/11, número de envío 360002512345678"),
        AR_FOOTER,
    ),
    "DS-COPA3-42",
)

not_fire(
    "ar-noise-postcode-cuotas-cuit-coupon",
    "https://www.deportes-sur.com.ar/productos/pelota-nike-strike/",
    page(
        "es-AR",
        "Pelota Nike Strike N5 - Deportes Sur",
        header("Deportes Sur", "Usá el código de descuento VERANO25"),
        ["Inicio", "Fútbol", "Pelotas"],
        buybox(
            "Pelota Nike Strike N5",
            "$ 32.999",
            "<p>6 cuotas sin interés de $ 5.499,83</p><div class='shipping'><label>Código postal</label>"
            "<input value='1406'><a>No sé mi código</a></div><button class='js-addtocart'>Agregar al carrito</button>",
            "www.deportes-sur.com.ar",
            "strike",
        ),
        reviews("Opiniones", "Temporada 2025, muy buena"),
        AR_FOOTER,
    ),
    None,
)

# ---- Slovenia / Croatia -----------------------------------------------------------------------------

SI_FOOTER = (
    "<p>Trgovina d.o.o., Dunajska cesta 123, 1000 Ljubljana · ID za DDV: SI12345678 · Matična številka: 1234567000</p>"
    "<p>Klicni center: 01 600 12 34</p>"
)
HR_FOOTER = (
    "<p>Trgovina d.o.o., Ilica 1, 10000 Zagreb · OIB: 12345678901 · IBAN: HR1723600001101234565</p>"
    "<p>Korisnička podrška: 01 555 1234</p>"
)

case(
    "si-kataloska-stevilka-beside-ean",
    "https://www.orodja-shop.si/akumulatorski-vrtalnik-makita-df333dsae",
    page(
        "sl",
        "Akumulatorski vrtalnik Makita DF333DSAE | Orodja Shop",
        header("Orodja Shop", "Brezplačna dostava nad 50 €"),
        ["Domov", "Električno orodje", "Vrtalniki"],
        buybox(
            "Akumulatorski vrtalnik vijačnik Makita DF333DSAE 12 V",
            "149,90 €",
            "<p class='na-zalogi'>Na zalogi</p><button class='add-to-cart'>Dodaj v košarico</button>",
            "www.orodja-shop.si",
            "df333",
        ),
        table(
            [
                ("Kataloška številka", "DF333DSAE"),
                ("EAN", "0088381680321"),
                ("Napetost", "12 V"),
                ("Teža", "1,1 kg"),
            ],
            "Tehnični podatki",
        ),
        SI_FOOTER,
    ),
    "DF333DSAE",
)

case(
    "si-sifra-line-with-model",
    "https://www.tehnomanija.si/izdelek/televizor-samsung-ue55du7172",
    page(
        "sl",
        "Televizor Samsung UE55DU7172 | Tehnomanija",
        header("Tehnomanija"),
        ["Domov", "TV in avdio", "Televizorji"],
        buybox(
            'Televizor Samsung UE55DU7172UXXH 55"',
            "449,99 €",
            "<div class='product-code'>Šifra: 312455</div><div>Model: UE55DU7172UXXH</div>"
            "<button class='btn-cart'>V košarico</button>",
            "www.tehnomanija.si",
            "ue55",
        ),
        reviews("Mnenja kupcev", "Naročilo št. 2026-44521 je prišlo hitro")
        + cards("Podobni izdelki", [("LG 55UR78", "429,99 €", "<span>Šifra: 312400</span>")]),
        SI_FOOTER,
    ),
    "312455",
)

not_fire(
    "si-noise-tax-ids-order-delivery-date",
    "https://www.tehnomanija.si/izdelek/kuhalnik-vode-philips",
    page(
        "sl",
        "Kuhalnik vode Philips | Tehnomanija",
        header("Tehnomanija", "Sledenje naročilu · Številka naročila"),
        ["Domov", "Mali gospodinjski aparati"],
        buybox(
            "Kuhalnik vode Philips Series 5000",
            "39,99 €",
            "<p>Dostava predvidoma 05.12.2026</p><p>Garancija: 24 mesecev</p><button class='btn-cart'>V košarico</button>",
            "www.tehnomanija.si",
            "kettle",
        ),
        "",
        SI_FOOTER,
    ),
    None,
)

case(
    "hr-sifra-artikla-dl-beside-sifra-proizvodaca",
    "https://www.elektro-centar.hr/perilica-posuda-bosch-sms2hvi66e",
    page(
        "hr",
        "Perilica posuđa Bosch SMS2HVI66E | Elektro Centar",
        header("Elektro Centar", "Besplatna dostava iznad 50 €"),
        ["Početna", "Bijela tehnika", "Perilice posuđa"],
        buybox(
            "Perilica posuđa Bosch SMS2HVI66E",
            "499,00 €",
            dl(
                [("Šifra artikla", "77120"), ("Šifra proizvođača", "SMS2HVI66E"), ("Jamstvo", "2 godine")],
                cls="product-info-list",
            )
            + "<button class='btn-add'>Dodaj u košaricu</button>",
            "www.elektro-centar.hr",
            "bosch",
        ),
        cards("Slični proizvodi", [("Beko DVN05320", "399,00 €", "<span>Šifra artikla: 77001</span>")]),
        HR_FOOTER,
    ),
    "77120",
)

case(
    "hr-kataloski-broj-row",
    "https://www.alati-plus.hr/kutna-brusilica-bosch-gws-7-125",
    page(
        "hr",
        "Kutna brusilica Bosch GWS 7-125 | Alati Plus",
        header("Alati Plus"),
        ["Početna", "Električni alati", "Brusilice"],
        buybox(
            "Kutna brusilica Bosch GWS 7-125 Professional",
            "79,90 €",
            "<button class='btn'>U košaricu</button>",
            "www.alati-plus.hr",
            "gws",
        ),
        table(
            [("Kataloški broj", "0601388108"), ("Snaga", "720 W"), ("Promjer ploče", "125 mm")],
            "Specifikacije",
        ),
        HR_FOOTER,
    ),
    "0601388108",
)

not_fire(
    "hr-noise-oib-iban-phone",
    "https://www.alati-plus.hr/odvijac-set-wera",
    page(
        "hr",
        "Set odvijača Wera | Alati Plus",
        header("Alati Plus", "Broj narudžbe? Prati pošiljku"),
        ["Početna", "Ručni alati"],
        buybox(
            "Set odvijača Wera Kraftform 6 kom",
            "34,90 €",
            "<p>Isporuka 2-4 radna dana</p><button class='btn'>U košaricu</button>",
            "www.alati-plus.hr",
            "wera",
        ),
        table([("Broj komada", "6"), ("Materijal", "Krom-vanadij"), ("Godina", "2025")], "Specifikacije"),
        HR_FOOTER,
    ),
    None,
)

# ---- Amazon -----------------------------------------------------------------------------------------


def amz_page(
    lang: str, domain: str, title: str, h1: str, price: str, details: str, after: str = "", twister: str = ""
) -> str:
    return page(
        lang,
        title,
        f"<div id='nav-belt'><a id='nav-logo-sprites' href='/ref=nav_logo'>{domain}</a>"
        "<span id='glow-ingress-line1'>Deliver to 10115</span><a id='nav-orders' href='/gp/css/order-history'>Orders</a>"
        "<a id='nav-cart' href='/gp/cart/view.html'>Cart 0</a></div>",
        ["Electronics", "Accessories"],
        "<div id='dp'><div id='leftCol'><img id='landingImage' src='https://m.media-amazon.com/images/I/61abcDEF1L._AC_SL1500_.jpg'"
        f" alt='{h1[:30]}'></div><div id='centerCol'><h1 id='title'><span id='productTitle'>{h1}</span></h1>"
        f"{twister}</div><div id='rightCol'><div id='buybox'><span class='a-price'><span class='a-offscreen'>{price}</span>"
        "</span><div id='availability'><span>In Stock</span></div><input id='add-to-cart-button' type='submit'"
        " value='Add to Cart'></div></div></div>" + details,
        after,
        "<span>© 1996-2026, Amazon.com, Inc. or its affiliates</span>",
    )


def amz_table(rows: list[tuple[str, str]], heading: str) -> str:
    body = "".join(
        f"<tr><th class='a-color-secondary a-size-base prodDetSectionEntry'>{k}</th>"
        f"<td class='a-size-base prodDetAttrValue'>{v}</td></tr>"
        for k, v in rows
    )
    return (
        f"<div id='prodDetails'><h2>{heading}</h2><table class='a-keyvalue prodDetTable'>{body}</table></div>"
    )


def amz_fbt(items: list[tuple[str, str, str]]) -> str:
    lis = "".join(
        f"<li class='a-carousel-card' data-asin='{a}'><a href='/dp/{a}'><img src='https://m.media-amazon.com/images/I/{a}.jpg'"
        f" alt='{n}'><span>{n}</span></a><span class='a-price'>{p}</span></li>"
        for n, p, a in items
    )
    return f"<div id='sims-fbt'><h2>Frequently bought together</h2><ol class='a-carousel'>{lis}</ol></div>"


case(
    "amazon-de-gp-product-url-herstellerreferenz",
    "https://www.amazon.de/gp/product/B0C7KZ1Q9X/ref=ox_sc_act_title_1?smid=A3JWKAKR8XB7XF&psc=1",
    amz_page(
        "de-de",
        "Amazon.de",
        "Bosch Professional 12V System Akku Bohrschrauber GSR 12V-15 : Amazon.de: Baumarkt",
        "Bosch Professional 12V System Akku Bohrschrauber GSR 12V-15 (inkl. 2x2,0 Ah Akku, in L-BOXX)",
        "129,99 €",
        amz_table(
            [
                ("Marke", "Bosch Professional"),
                ("Herstellerreferenz", "0601868109"),
                ("Modellnummer", "0601868109"),
                ("ASIN", "B0C7KZ1Q9X"),
                ("Im Angebot von Amazon.de seit", "14. Juni 2023"),
            ],
            "Produktinformation",
        ),
        amz_fbt(
            [
                ("Bosch Bitset 32tlg", "19,99 €", "B07L8Q2YHS"),
                ("Bosch Akku 12V 3,0Ah", "49,99 €", "B00NA7ZTGK"),
            ]
        ),
    ),
    "B0C7KZ1Q9X",
)

case(
    "amazon-com-twister-other-asins-fbt",
    "https://www.amazon.com/Anker-Charger-Foldable-PowerIQ-Compatible/dp/B0BQRW9HCH?th=1",
    amz_page(
        "en-us",
        "Amazon.com",
        "Amazon.com: Anker 735 Charger (Nano II 65W) : Electronics",
        "Anker 735 Charger (Nano II 65W), 3-Port Fast Compact Foldable Charger, White",
        "$39.99",
        amz_table(
            [
                ("Brand", "Anker"),
                ("Item model number", "A2667"),
                ("ASIN", "B0BQRW9HCH"),
                ("Date First Available", "December 12, 2022"),
            ],
            "Product information",
        ),
        amz_fbt(
            [
                ("Anker USB C Cable 6ft", "$12.99", "B08HZ3ZBTQ"),
                ("Anker 622 Power Bank", "$49.99", "B09SH4D2FX"),
            ]
        ),
        "<div id='twister'><ul id='variation_color_name'><li data-defaultasin='B0BQRW9HCH' class='swatchSelect'>"
        "<img alt='White'></li><li data-defaultasin='B0BQRX1234' class='swatchAvailable'><img alt='Black'></li>"
        "<li data-defaultasin='B0BQRY5678' class='swatchAvailable'><img alt='Blue'></li></ul></div>",
    ),
    "B0BQRW9HCH",
)

case(
    "amazon-fr-reference-fabricant-asin-bullets",
    "https://www.amazon.fr/dp/B0CHX1W1XY",
    amz_page(
        "fr-fr",
        "Amazon.fr",
        "Rowenta X-Force Flex 9.60 : Amazon.fr: Cuisine et Maison",
        "Rowenta X-Force Flex 9.60 Aspirateur balai sans fil, Autonomie 45 min, RH2037WO",
        "249,99 €",
        "<div id='detailBullets_feature_div'><ul>"
        "<li><span class='a-text-bold'>Référence fabricant &rlm; : &lrm;</span><span>RH2037WO</span></li>"
        "<li><span class='a-text-bold'>Numéro du modèle de l'article &rlm; : &lrm;</span><span>RH2037WO</span></li>"
        "<li><span class='a-text-bold'>ASIN &rlm; : &lrm;</span><span>B0CHX1W1XY</span></li></ul></div>",
    ),
    "B0CHX1W1XY",
)

case(
    "amazon-it-numero-modello-no-asin-row",
    "https://www.amazon.it/Philips-Spazzolino-Elettrico-Sonicare-HX6851/dp/B07QMK4ZDM/ref=sr_1_1",
    amz_page(
        "it-it",
        "Amazon.it",
        "Philips Sonicare HX6851/53 : Amazon.it: Salute e cura della persona",
        "Philips Sonicare ProtectiveClean 5100 Spazzolino Elettrico HX6851/53",
        "69,99 €",
        amz_table(
            [("Marca", "Philips"), ("Numero modello articolo", "HX6851/53"), ("Peso articolo", "640 g")],
            "Dettagli prodotto",
        ),
    ),
    "B07QMK4ZDM",
)

# ---- eBay -------------------------------------------------------------------------------------------


def ebay_page(lang: str, site: str, title: str, price: str, specifics: str, after: str = "") -> str:
    return page(
        lang,
        f"{title} | eBay",
        f"<div id='gh'><a id='gh-la' href='https://www.{site}/'>eBay</a><form><input name='_nkw'></form>"
        "<a href='/mye/myebay'>My eBay</a></div>",
        ["eBay", "Home", "Kitchen"],
        "<div class='x-vi-evo-main-container'><div class='ux-image-carousel'><img src='https://i.ebayimg.com/images/g/xYz/s-l1600.jpg'"
        f" alt='{title[:20]}'></div><h1 class='x-item-title__mainTitle'><span>{title}</span></h1>"
        f"<div class='x-price-primary'><span>{price}</span></div><a class='ux-call-to-action' href='/buy'>Buy It Now</a></div>"
        + specifics,
        after,
        "<p>Copyright © 1995-2026 eBay Inc. All Rights Reserved.</p>",
    )


case(
    "ebay-de-artikelnummer-item-specifics-herstellernummer-ean",
    "https://www.ebay.de/itm/226011223344",
    ebay_page(
        "de-DE",
        "ebay.de",
        "Philips Airfryer Essential HD9252/90 Heißluftfritteuse NEU OVP",
        "EUR 89,99",
        "<div class='ux-layout-section--itemDetails'><span>eBay-Artikelnummer:</span><span>226011223344</span></div>"
        + table(
            [("Marke", "Philips"), ("Herstellernummer", "HD9252/90"), ("EAN", "8710103974314")],
            "Artikelmerkmale",
        ),
        cards(
            "Ähnliche Artikel", [("Philips HD9200", "EUR 69,99", "<span>Artikelnummer 226011220000</span>")]
        ),
    ),
    "226011223344",
)

case(
    "ebay-com-slug-url-seller-other-items",
    "https://www.ebay.com/itm/Vintage-Pyrex-Mixing-Bowl-Set-4-Primary-Colors/385599887766",
    ebay_page(
        "en-US",
        "ebay.com",
        "Vintage Pyrex Mixing Bowl Set 4 Primary Colors 401 402 403 404",
        "US $145.00",
        table(
            [("Brand", "Pyrex"), ("Model", "401 402 403 404"), ("Year Manufactured", "1965")],
            "Item specifics",
        ),
        cards(
            "More items from this seller",
            [
                ("Pyrex Butterprint", "US $39.00", "<span>Item 385599880011</span>"),
                ("Corning Ware", "US $25.00", "<span>Item 385599880022</span>"),
            ],
        ),
    ),
    "385599887766",
)

# ---- German / French / Italian shops ----------------------------------------------------------------

DE_FOOTER = (
    "<p>Technikhaus GmbH · Amtsgericht München HRB 123456 · USt-IdNr. DE123456789</p>"
    "<p>Bestellhotline: 0800 123 4567 (kostenlos)</p>"
)

case(
    "de-art-nr-herstellernummer-ean",
    "https://www.technikhaus.de/kaffeevollautomat-delonghi-magnifica-s",
    page(
        "de",
        "De'Longhi Magnifica S ECAM 22.110.B | Technikhaus",
        header("Technikhaus", "Kostenloser Versand ab 50 €"),
        ["Startseite", "Küche", "Kaffeevollautomaten"],
        buybox(
            "De'Longhi Magnifica S ECAM 22.110.B Kaffeevollautomat",
            "349,00 €",
            lines(["Art.-Nr.: 1128844", "Herstellernummer: ECAM 22.110.B", "EAN: 8004399325336"])
            + "<p>Lieferung bis Fr., 05.12.</p><button class='btn-buy'>In den Warenkorb</button>",
            "www.technikhaus.de",
            "ecam",
        ),
        reviews("Kundenbewertungen", "Seit 2023 täglich im Einsatz")
        + cards("Zubehör", [("Entkalker", "12,99 €", "<small>Art.-Nr.: 1128000</small>")]),
        DE_FOOTER,
    ),
    "1128844",
)

case(
    "de-modellnummer-only-with-ean",
    "https://www.haushalt-direkt.de/wasserkocher-wmf-lono",
    page(
        "de",
        "WMF Lono Wasserkocher | Haushalt Direkt",
        header("Haushalt Direkt"),
        ["Startseite", "Küche", "Wasserkocher"],
        buybox(
            "WMF Lono Wasserkocher 1,7 l Edelstahl",
            "59,99 €",
            "<p class='stock'>Auf Lager</p><button>In den Warenkorb</button>",
            "www.haushalt-direkt.de",
            "lono",
        ),
        table(
            [("Modellnummer", "0413130011"), ("EAN", "4211129116427"), ("Leistung", "2400 W")],
            "Technische Daten",
        ),
        DE_FOOTER,
    ),
    "0413130011",
)

not_fire(
    "de-noise-hotline-ust-hrb-delivery-date",
    "https://www.haushalt-direkt.de/toaster-wmf",
    page(
        "de",
        "WMF Toaster | Haushalt Direkt",
        header("Haushalt Direkt", "Ihre Bestellnummer? Sendungsverfolgung"),
        ["Startseite", "Küche"],
        buybox(
            "WMF Küchenminis Toaster",
            "49,99 €",
            "<p>Lieferung zwischen 04.12. und 06.12.2026</p><button>In den Warenkorb</button>",
            "www.haushalt-direkt.de",
            "toaster",
        ),
        table([("Leistung", "760 W"), ("Modelljahr", "2025"), ("Farbe", "Edelstahl")], "Technische Daten"),
        DE_FOOTER,
    ),
    None,
)

case(
    "fr-code-article-darty-like",
    "https://www.electro-maison.fr/nav/achat/aspirateur-rowenta-x-force-9-60.html",
    page(
        "fr",
        "Aspirateur balai Rowenta X-Force Flex 9.60 - Electro Maison",
        header("Electro Maison", "Livraison offerte dès 29 €"),
        ["Accueil", "Entretien de la maison", "Aspirateurs balais"],
        buybox(
            "Aspirateur balai Rowenta X-Force Flex 9.60 RH2037WO",
            "249,99 €",
            "<p class='product-code'>Code article : 4521987</p><button class='add-basket'>Ajouter au panier</button>",
            "www.electro-maison.fr",
            "xforce",
        ),
        table(
            [("Référence fabricant", "RH2037WO"), ("Code EAN", "3221614008471"), ("Autonomie", "45 min")],
            "Caractéristiques",
        )
        + cards("Vous aimerez aussi", [("Dyson V8", "299,99 €", "<span>Code article : 4510000</span>")]),
        "<p>Electro Maison SAS · RCS Paris 123 456 789 · Service client 09 70 80 90 00</p>",
    ),
    "4521987",
)

case(
    "fr-ref-abbreviation-boulanger-like",
    "https://www.maison-tech.fr/ref/1187422",
    page(
        "fr",
        "Friteuse sans huile Philips HD9285/90 | Maison Tech",
        header("Maison Tech"),
        ["Accueil", "Cuisine", "Friteuses"],
        buybox(
            "Friteuse sans huile Philips Airfryer XXL HD9285/90",
            "199,99 €",
            "<span class='ref'>Réf. : 1187422</span><button class='btn-panier'>Ajouter au panier</button>",
            "www.maison-tech.fr",
            "hd9285",
        ),
        reviews("Avis clients", "Commande n° 7788123 reçue en 48h"),
        "<p>Maison Tech SA · SIRET 123 456 789 00012</p>",
    ),
    "1187422",
)

case(
    "it-cod-articolo-abbreviation-beside-cod-produttore",
    "https://www.elettro-casa.it/prodotto/lavatrice-samsung-ww90t534dae",
    page(
        "it",
        "Lavatrice Samsung WW90T534DAE | Elettro Casa",
        header("Elettro Casa", "Spedizione gratuita sopra 49 €"),
        ["Home", "Grandi elettrodomestici", "Lavatrici"],
        buybox(
            "Lavatrice Samsung WW90T534DAE 9 kg Classe A",
            "429,00 €",
            lines(["Cod. articolo: 2088441", "Cod. produttore: WW90T534DAE/S3"])
            + "<button class='add-to-cart'>Aggiungi al carrello</button>",
            "www.elettro-casa.it",
            "ww90",
        ),
        cards(
            "Potrebbe interessarti",
            [("Asciugatrice Samsung", "599,00 €", "<span>Cod. articolo: 2088000</span>")],
        ),
        "<p>Elettro Casa S.r.l. · P.IVA 01234567890 · REA MI-1234567</p>",
    ),
    "2088441",
)

case(
    "es-codigo-dl-beside-ean",
    "https://www.tienda-hogar.es/cafetera-nespresso-vertuo-pop",
    page(
        "es",
        "Cafetera Nespresso Vertuo Pop | Tienda Hogar",
        header("Tienda Hogar"),
        ["Inicio", "Cafeteras"],
        buybox(
            "Cafetera Nespresso Vertuo Pop Negra",
            "89,00 €",
            "<button class='add'>Añadir al carrito</button>",
            "www.tienda-hogar.es",
            "vertuo",
        ),
        dl([("Código", "CF-VPOP-N"), ("EAN", "7630047636520"), ("Potencia", "1260 W")], "Ficha técnica"),
        "<p>Tienda Hogar S.L. · CIF B12345678 · Tel. 910 123 456</p>",
    ),
    "CF-VPOP-N",
)

# ---- codes in data attributes / URL / variants ------------------------------------------------------

case(
    "data-attribute-on-product-container",
    "https://www.bike-parts.example/saddles/selle-italia-slr",
    page(
        "en",
        "Selle Italia SLR Boost Saddle | Bike Parts",
        header("Bike Parts"),
        ["Home", "Components", "Saddles"],
        "<div class='product-detail' data-product-sku='SI-SLR-BST-L' data-product-id='8812'>"
        + gallery("www.bike-parts.example", "slr")
        + "<h1>Selle Italia SLR Boost Saddle</h1><span class='price'>€149.00</span><button class='add-to-cart'>Add to cart</button></div>",
        cards("Related", [("Fizik Antares", "€129.00", "<span data-product-sku='FZ-ANT-R3'></span>")]),
        "<p>© 2026 Bike Parts</p>",
    ),
    "SI-SLR-BST-L",
)

case(
    "variant-swatch-is-selected-data-sku",
    "https://www.shoe-corner.example/women/leather-loafer",
    page(
        "en",
        "Leather Loafer | Shoe Corner",
        header("Shoe Corner"),
        ["Home", "Women", "Loafers"],
        buybox(
            "Leather Loafer",
            "€119.00",
            "<div class='swatches'><button class='swatch' data-sku='LF-BLK-38'>Black</button>"
            "<button class='swatch is-selected' aria-pressed='true' data-sku='LF-TAN-38'>Tan</button>"
            "<button class='swatch' data-sku='LF-BUR-38'>Burgundy</button></div>"
            "<p class='sku'>SKU: <span class='js-sku'>LF-TAN-38</span></p><button class='add-to-cart'>Add to bag</button>",
            "www.shoe-corner.example",
            "loafer",
        ),
        "",
        "<p>© 2026 Shoe Corner</p>",
    ),
    "LF-TAN-38",
)

case(
    "woocommerce-variations-json-parent-sku-shown",
    "https://www.yoga-studio.example/product/yoga-mat-pro/",
    page(
        "en",
        "Yoga Mat Pro – Yoga Studio",
        header("Yoga Studio"),
        ["Home", "Mats"],
        "<div class='product type-product product-type-variable'>"
        + gallery("www.yoga-studio.example", "mat")
        + "<div class='summary entry-summary'><h1 class='product_title entry-title'>Yoga Mat Pro</h1>"
        "<p class='price'><span class='woocommerce-Price-amount amount'>€59.00</span></p>"
        "<form class='variations_form cart' data-product_variations='[{&quot;sku&quot;:&quot;YM-PRO-PUR&quot;,&quot;variation_id&quot;:101},"
        "{&quot;sku&quot;:&quot;YM-PRO-GRN&quot;,&quot;variation_id&quot;:102}]'><select name='attribute_pa_color'>"
        "<option value=''>Choose an option</option><option value='purple'>Purple</option><option value='green'>Green</option>"
        "</select><button type='submit' class='single_add_to_cart_button button alt'>Add to cart</button></form>"
        "<div class='product_meta'><span class='sku_wrapper'>SKU: <span class='sku'>YM-PRO</span></span>"
        "<span class='posted_in'>Category: <a href='/c/mats'>Mats</a></span></div></div></div>",
        "",
        "<p>© 2026 Yoga Studio</p>",
    ),
    "YM-PRO",
)

case(
    "yahoo-tw-gdsale-gdid-url-only",
    "https://tw.buy.yahoo.com/gdsale/gdsale.asp?gdid=10943211",
    page(
        "zh-TW",
        "316不鏽鋼保溫杯 500ml 霧灰 - Yahoo奇摩購物中心",
        header("Yahoo奇摩購物中心"),
        ["首頁", "廚房", "保溫杯"],
        buybox(
            "316不鏽鋼保溫杯 500ml 霧灰",
            "NT$590",
            "<button class='add'>加入購物車</button>",
            "s.yimg.com",
            "cup",
        ),
        "",
        TW_FOOTER,
    ),
    "10943211",
)

# ---- noise: other products' codes, numbers that look like codes --------------------------------------

not_fire(
    "fbt-cards-codes-no-own-code",
    "https://www.technikhaus.de/kaffeemuehle-graef",
    page(
        "de",
        "Graef Kaffeemühle CM 800 | Technikhaus",
        header("Technikhaus"),
        ["Startseite", "Küche"],
        buybox(
            "Graef Kaffeemühle CM 800",
            "139,00 €",
            "<button class='btn-buy'>In den Warenkorb</button>",
            "www.technikhaus.de",
            "cm800",
        ),
        cards(
            "Wird oft zusammen gekauft",
            [
                ("Graef Reinigungstabletten", "9,99 €", "<small>Art.-Nr.: 1120001</small>"),
                ("Graef Milchkännchen", "14,99 €", "<small>Art.-Nr.: 1120002</small>"),
                ("Espressobohnen 1 kg", "19,99 €", "<small>Art.-Nr.: 1120003</small>"),
            ],
            cls="frequently-bought-together",
        ),
        DE_FOOTER,
    ),
    None,
)

not_fire(
    "review-mentions-model-and-order",
    "https://www.electro-maison.fr/nav/achat/seche-cheveux-dyson.html",
    page(
        "fr",
        "Sèche-cheveux Dyson Supersonic - Electro Maison",
        header("Electro Maison"),
        ["Accueil", "Beauté"],
        buybox(
            "Sèche-cheveux Dyson Supersonic",
            "399,00 €",
            "<button class='add-basket'>Ajouter au panier</button>",
            "www.electro-maison.fr",
            "dyson",
        ),
        reviews(
            "Avis clients",
            "J'avais le modèle HD07 avant, celui-ci est mieux. Réf. commande : 88123456",
            "Code article reçu : 4500001 au lieu de 4500002, échangé sans souci",
        ),
        "<p>Electro Maison SAS · RCS Paris 123 456 789</p>",
    ),
    None,
)

not_fire(
    "price-and-year-like-codes",
    "https://www.bike-parts.example/wheels/carbon-wheelset-2025",
    page(
        "en",
        "Carbon Wheelset 2025 | Bike Parts",
        header("Bike Parts", "Call us: 020 7946 0958"),
        ["Home", "Wheels"],
        buybox(
            "Carbon Wheelset 45 mm (2025)",
            "€1,299.00",
            "<p>Model year: 2025</p><p>Weight: 1450 g</p><p>Was €1499.00</p><button class='add-to-cart'>Add to cart</button>",
            "www.bike-parts.example",
            "wheel",
        ),
        "",
        "<p>Bike Parts Ltd · Company No. 08123456 · VAT GB123456789</p>",
    ),
    None,
)

# ---- more labels -------------------------------------------------------------------------------------

case(
    "ru-kod-tovara-beside-artikul-proizvoditelya",
    "https://www.tehnika-kz.example/catalog/utyug-tefal-fv5736",
    page(
        "ru",
        "Утюг Tefal FV5736 купить | Техника",
        header("Техника", "Астана ▾ · 8 800 080 55 55"),
        ["Главная", "Уход за одеждой", "Утюги"],
        buybox(
            "Утюг Tefal Ultragliss Plus FV5736",
            "34 990 ₸",
            lines(["Код товара: 551027", "Артикул производителя: FV5736E0"])
            + "<button class='btn-cart'>В корзину</button>",
            "www.tehnika-kz.example",
            "fv5736",
        ),
        cards("Вы смотрели", [("Утюг Philips", "29 990 ₸", "<span>Код товара: 551000</span>")]),
        KZ_FOOTER,
    ),
    "551027",
)

case(
    "si-koda-izdelka-line",
    "https://www.trgovina-sport.example/izdelek/pohodne-palice-leki",
    page(
        "sl",
        "Pohodne palice Leki Makalu | Šport trgovina",
        header("Šport trgovina"),
        ["Domov", "Pohodništvo", "Palice"],
        buybox(
            "Pohodne palice Leki Makalu Lite AS",
            "89,90 €",
            "<p class='code'>Koda izdelka: LK-6492163</p><button class='btn'>Dodaj v voziček</button>",
            "www.trgovina-sport.example",
            "leki",
        ),
        "",
        SI_FOOTER,
    ),
    "LK-6492163",
)

case(
    "kr-mo-del-beon-ho-line",
    "https://www.digital-kr.example/goods/detail/88213",
    page(
        "ko",
        "로지텍 MX Master 3S 무선 마우스 | 디지털샵",
        header("디지털샵"),
        ["홈", "PC 주변기기", "마우스"],
        buybox(
            "로지텍 MX Master 3S 무선 마우스 그라파이트",
            "139,000원",
            lines(["모델번호: 910-006561", "제조사: Logitech"]) + "<button class='btn-buy'>구매하기</button>",
            "www.digital-kr.example",
            "mx3s",
        ),
        "",
        KR_FOOTER,
    ),
    "910-006561",
)

case(
    "es-ref-and-ean-one-line-pipes",
    "https://www.papeleria.example/mochila-escolar-azul",
    page(
        "es",
        "Mochila escolar azul | Papelería Sol",
        header("Papelería Sol"),
        ["Inicio", "Mochilas"],
        buybox(
            "Mochila escolar ergonómica azul 20 L",
            "34,95 €",
            "<p class='refs'>Ref.: PS-MOC-220 | EAN: 8412345678905</p><button class='add'>Añadir a la cesta</button>",
            "www.papeleria.example",
            "mochila",
        ),
        "",
        "<p>Papelería Sol S.L. · CIF B87654321</p>",
    ),
    "PS-MOC-220",
)

case(
    "hr-sifra-proizvoda-line-bar-kod",
    "https://www.tehno-hr.example/mikrovalna-pecnica-gorenje-mo20a3w",
    page(
        "hr",
        "Mikrovalna pećnica Gorenje MO20A3W | Tehno",
        header("Tehno", "Besplatna dostava"),
        ["Početna", "Mali kućanski aparati"],
        buybox(
            "Mikrovalna pećnica Gorenje MO20A3W 20 L",
            "89,99 €",
            lines(["Šifra: 40233", "Bar kod: 3838782410561", "Dostupnost: Na stanju"])
            + "<button class='btn-add'>Dodaj u košaricu</button>",
            "www.tehno-hr.example",
            "mo20",
        ),
        cards("Kupci su gledali i", [("Gorenje MO17E1W", "69,99 €", "<span>Šifra: 40100</span>")]),
        HR_FOOTER,
    ),
    "40233",
)

not_fire(
    "tw-coupon-code-recently-viewed-codes",
    "https://www.lulushop.tw/product/88240",
    page(
        "zh-TW",
        "羊毛混紡大衣 - 露露小舖",
        header("露露小舖", "輸入優惠碼 WINTER100 折 100"),
        ["首頁", "女裝", "外套"],
        buybox(
            "羊毛混紡長版大衣 黑色",
            "NT$2,680",
            "<button class='add-to-cart'>加入購物車</button>",
            "www.lulushop.tw",
            "coat",
        ),
        cards(
            "最近瀏覽",
            [
                ("韓版寬鬆針織毛衣", "NT$690", "<p>貨號：LL-KN2211</p>"),
                ("高領毛衣", "NT$790", "<p>貨號：LL-KN2001</p>"),
            ],
            cls="recently-viewed",
        ),
        TW_FOOTER,
    ),
    None,
)

not_fire(
    "size-chart-numbers-no-code",
    "https://www.shoe-corner.example/men/running-shoe",
    page(
        "en",
        "Running Shoe | Shoe Corner",
        header("Shoe Corner"),
        ["Home", "Men", "Running"],
        buybox(
            "Road Running Shoe",
            "€99.00",
            "<button class='add-to-cart'>Add to bag</button>",
            "www.shoe-corner.example",
            "run",
        ),
        table(
            [("EU", "UK / US / cm"), ("42", "8 / 9 / 26.5"), ("43", "9 / 10 / 27.5")],
            "Size chart",
            cls="size-chart",
        ),
        "<p>© 2026 Shoe Corner · Company No. 08123456</p>",
    ),
    None,
)

# ---- round 2 (written after reading crawler/sku.py): aimed at the kinds fixed and at URL ids ----------

case(
    "kr-brand-slash-pum-beon-one-line-colon",
    "https://www.fashion-kr.example/product/detail/55120",
    page(
        "ko",
        "아디다스 삼바 OG 블랙 | 패션몰",
        header("패션몰"),
        ["홈", "신발"],
        buybox(
            "아디다스 삼바 OG 코어블랙",
            "139,000원",
            "<p class='info'>브랜드 / 품번 : 아디다스 / B75807</p><button class='btn-buy'>구매하기</button>",
            "www.fashion-kr.example",
            "samba",
        ),
        "",
        KR_FOOTER,
    ),
    "B75807",
)

case(
    "ar-cod-interno-abbreviation",
    "https://www.electrohogar.com.ar/microondas-bgh-quick-chef/p",
    page(
        "es-AR",
        "Microondas BGH Quick Chef | ElectroHogar",
        header("ElectroHogar"),
        ["Inicio", "Cocina"],
        buybox(
            "Microondas BGH Quick Chef B120DS 20 L",
            "$ 219.999",
            "<p class='ref'>Cód. interno: 3009911</p><p>Modelo: B120DS</p><button class='buy-button'>Comprar</button>",
            "www.electrohogar.com.ar",
            "bgh",
        ),
        "",
        AR_FOOTER,
    ),
    "3009911",
)

case(
    "mercadolibre-modelo-with-digits-no-shop-code",
    "https://articulo.mercadolibre.com.ar/MLA-1455667788-freidora-de-aire-philips-_JM",
    page(
        "es-AR",
        "Freidora De Aire Philips Hd9252 | Mercado Libre",
        "<div class='nav-header'><a class='nav-logo' href='/'>Mercado Libre</a><input name='as_word'></div>",
        ["Volver al listado", "Electrodomésticos", "Freidoras"],
        buybox(
            "Freidora De Aire Philips Essential HD9252/90 4.1 L",
            "$ 199.999",
            "<a class='andes-button'>Comprar ahora</a>",
            "http2.mlstatic.com",
            "hd9252",
        ),
        table(
            [("Marca", "Philips"), ("Modelo", "HD9252/90"), ("Capacidad", "4.1 L")],
            "Características principales",
        ),
        "<p>Copyright © 1999-2026 MercadoLibre S.R.L.</p>",
    ),
    "MLA1455667788",
)

case(
    "coupang-mo-del-myeong-row-url-id",
    "https://www.coupang.com/vp/products/7400112233?itemId=19900112233",
    page(
        "ko",
        "필립스 에어프라이어 HD9252 - 쿠팡!",
        "<div id='header'><a class='coupang-logo' href='/'>쿠팡</a><input name='q'></div>",
        ["쿠팡 홈", "가전디지털", "주방가전"],
        buybox(
            "필립스 에센셜 에어프라이어 HD9252/90",
            "119,000원",
            "<button class='prod-buy-btn'>바로구매</button>",
            "thumbnail.coupangcdn.com",
            "hd9252",
        ),
        table([("모델명", "HD9252/90"), ("제조국", "중국")], "필수 표기정보"),
        "<p>쿠팡(주) 사업자등록번호 120-88-00767</p>",
    ),
    "7400112233",
)

case(
    "ebay-it-mpn-row-no-item-number-line",
    "https://www.ebay.it/itm/204599887711",
    ebay_page(
        "it-IT",
        "ebay.it",
        "Macchina caffè De'Longhi Dedica EC685.M Nuova",
        "EUR 149,00",
        table(
            [("Marca", "De'Longhi"), ("MPN", "EC685.M"), ("EAN", "8004399331252")], "Specifiche dell'oggetto"
        ),
    ),
    "204599887711",
)

case(
    "ozon-product-slug-id-url-only",
    "https://www.ozon.ru/product/termokruzhka-contigo-west-loop-470-ml-1378499999/",
    page(
        "ru",
        "Термокружка Contigo West Loop 470 мл — купить на OZON",
        "<div class='header'><a class='logo' href='/'>OZON</a><input name='text'><a href='/my/orderlist'>Заказы</a></div>",
        ["Главная", "Дом и сад", "Термосы"],
        buybox(
            "Термокружка Contigo West Loop 470 мл",
            "2 190 ₽",
            "<button>Добавить в корзину</button>",
            "ir.ozone.ru",
            "contigo",
        ),
        table([("Объём, мл", "470"), ("Материал", "Нержавеющая сталь")], "Характеристики"),
        "<p>© 1998-2026 ООО «Интернет Решения»</p>",
    ),
    "1378499999",
)

case(
    "allegro-oferta-slug-id-url-only",
    "https://allegro.pl/oferta/kubek-termiczny-contigo-west-loop-470-ml-15012345678",
    page(
        "pl",
        "Kubek termiczny Contigo West Loop 470 ml - Allegro",
        "<div class='header'><a class='logo' href='/'>Allegro</a><input name='string'><a href='/moje-allegro'>Moje Allegro</a></div>",
        ["Allegro", "Dom i Ogród", "Kuchnia"],
        buybox(
            "Kubek termiczny Contigo West Loop 470 ml",
            "89,99 zł",
            "<button>Dodaj do koszyka</button>",
            "a.allegroimg.com",
            "contigo",
        ),
        table([("Stan", "Nowy"), ("Pojemność", "470 ml")], "Parametry"),
        "<p>© 2026 Allegro.pl sp. z o.o.</p>",
    ),
    "15012345678",
)

case(
    "makeshop-kr-branduid-url-only",
    "https://www.handmade-kr.example/shop/shopdetail.html?branduid=3012345&xcode=001&mcode=002",
    page(
        "ko",
        "수제 가죽 카드지갑 | 핸드메이드",
        header("핸드메이드"),
        ["홈", "지갑"],
        buybox(
            "수제 가죽 카드지갑 브라운",
            "38,000원",
            "<button class='btn-buy'>구매하기</button>",
            "www.handmade-kr.example",
            "wallet",
        ),
        "",
        KR_FOOTER,
    ),
    "3012345",
)

# must-not-fire for the kinds above, each passing with the sku.py before them

not_fire(
    "codigo-interno-and-sku-del-vendedor-in-cards-only",
    "https://www.electrohogar.com.ar/pava-electrica-atma/p",
    page(
        "es-AR",
        "Pava eléctrica Atma | ElectroHogar",
        header("ElectroHogar"),
        ["Inicio", "Pavas"],
        buybox(
            "Pava eléctrica Atma PE8020 1.7 L",
            "$ 39.999",
            "<button class='buy-button'>Comprar</button>",
            "www.electrohogar.com.ar",
            "atma",
        ),
        cards(
            "Productos relacionados",
            [
                ("Tostadora Atma", "$ 29.999", "<small>Código interno: 3001111</small>"),
                ("Mate eléctrico", "$ 19.999", "<small>SKU del vendedor: ME-01</small>"),
            ],
        ),
        AR_FOOTER,
    ),
    None,
)

not_fire(
    "paired-label-without-code-label",
    "https://www.fashion-kr.example/product/detail/55121",
    page(
        "ko",
        "오버핏 후드티 | 패션몰",
        header("패션몰"),
        ["홈", "상의"],
        buybox(
            "오버핏 후드티 멜란지",
            "59,000원",
            "<ul><li><span>사이즈 / 색상</span> <span>L / 멜란지</span></li><li><span>소재 / 원산지</span>"
            " <span>면 100% / 한국</span></li></ul><button class='btn-buy'>구매하기</button>",
            "www.fashion-kr.example",
            "hood",
        ),
        "",
        KR_FOOTER,
    ),
    None,
)

not_fire(
    "paired-label-in-card-and-value-of-one-part",
    "https://www.fashion-kr.example/product/detail/55122",
    page(
        "ko",
        "데님 자켓 | 패션몰",
        header("패션몰"),
        ["홈", "아우터"],
        buybox(
            "데님 트러커 자켓",
            "89,000원",
            "<p><span>브랜드 / 품번</span> <span>리바이스</span></p><button class='btn-buy'>구매하기</button>",
            "www.fashion-kr.example",
            "denim",
        ),
        cards(
            "함께 본 상품",
            [
                (
                    "청바지 501",
                    "99,000원",
                    "<p><span>브랜드 / 품번</span> <span>리바이스 / 00501-0114</span></p>",
                )
            ],
        ),
        KR_FOOTER,
    ),
    None,
)

not_fire(
    "shop-url-slug-id-with-model-keeps-model",
    "https://www.tienda-electro.example/p/smart-tv-samsung-55-crystal-990777/",
    page(
        "es-AR",
        "Smart TV Samsung 55 | Tienda Electro",
        header("Tienda Electro"),
        ["Inicio", "TV"],
        buybox(
            'Smart TV Samsung 55" Crystal UHD 4K',
            "$ 799.999",
            "<button class='buy'>Comprar</button>",
            "www.tienda-electro.example",
            "tv",
        ),
        table([("Marca", "Samsung"), ("Modelo", "UN55DU7000GCZB")], "Especificaciones"),
        AR_FOOTER,
    ),
    "UN55DU7000GCZB",
)

not_fire(
    "amazon-url-without-asin-keeps-model",
    "https://www.amazon.it/gp/aw/d/?ref_=nav_logo&th=1",
    amz_page(
        "it-it",
        "Amazon.it",
        "Philips Sonicare HX6851/53 : Amazon.it",
        "Philips Sonicare ProtectiveClean 5100 Spazzolino Elettrico HX6851/53",
        "69,99 €",
        amz_table([("Marca", "Philips"), ("Numero modello articolo", "HX6851/53")], "Dettagli prodotto"),
    ),
    "HX6851/53",
)

not_fire(
    "ebay-shown-item-number-beside-other-url-id",
    "https://www.ebay.de/itm/226011223344?var=525112233445",
    ebay_page(
        "de-DE",
        "ebay.de",
        "Bosch Akkuschrauber GSR 12V-15 Set",
        "EUR 119,00",
        "<div class='ux-layout-section--itemDetails'><span>eBay-Artikelnummer:</span><span>226011223344</span></div>"
        + table([("Herstellernummer", "0601868109")], "Artikelmerkmale"),
    ),
    "226011223344",
)

not_fire(
    "woocommerce-product-slug-short-number-and-year",
    "https://www.yoga-studio.example/product/yoga-block-set-2025/",
    page(
        "en",
        "Yoga Block Set 2025 – Yoga Studio",
        header("Yoga Studio"),
        ["Home", "Blocks"],
        buybox(
            "Yoga Block Set (2025 edition)",
            "€24.00",
            "<button class='single_add_to_cart_button'>Add to cart</button>",
            "www.yoga-studio.example",
            "block",
        ),
        "",
        "<p>© 2026 Yoga Studio</p>",
    ),
    None,
)

not_fire(
    "query-param-campaign-beside-product-page",
    "https://www.handmade-kr.example/shop/shopdetail.html?branduid=12&utm_campaign=20261202&gdid=ab",
    page(
        "ko",
        "가죽 키링 | 핸드메이드",
        header("핸드메이드"),
        ["홈", "소품"],
        buybox(
            "가죽 키링 블랙",
            "12,000원",
            "<button class='btn-buy'>구매하기</button>",
            "www.handmade-kr.example",
            "keyring",
        ),
        "",
        KR_FOOTER,
    ),
    None,
)

# ---- round 3 (after the fixes): coupon and discount codes under code words, three-part labels --------

not_fire(
    "hr-sifra-kupona-si-koda-za-popust",
    "https://www.tehno-hr.example/glacalo-tefal-fv5736",
    page(
        "hr",
        "Glačalo Tefal FV5736 | Tehno",
        header("Tehno", "Šifra kupona: ZIMA25 — 10% popusta"),
        ["Početna", "Glačala"],
        buybox(
            "Glačalo Tefal Ultragliss Plus FV5736",
            "59,99 €",
            "<div class='promo'><p>Šifra za popust: POPUST10</p><p>Koda za popust: BF2026</p></div>"
            "<button class='btn-add'>Dodaj u košaricu</button>",
            "www.tehno-hr.example",
            "fv5736",
        ),
        "",
        HR_FOOTER,
    ),
    None,
)

not_fire(
    "ru-kod-kupona-and-recently-viewed-artikul",
    "https://www.elmart.kz/g/blender-philips-hr2041",
    page(
        "ru",
        "Блендер Philips HR2041 | Elmart",
        header("Elmart"),
        ["Главная", "Кухня", "Блендеры"],
        buybox(
            "Блендер Philips HR2041/00",
            "24 990 ₸",
            "<form class='coupon'><label>Код купона</label><input name='coupon'></form><button class='btn-cart'>В корзину</button>",
            "www.elmart.kz",
            "hr2041",
        ),
        cards(
            "Вы недавно смотрели",
            [
                ("Миксер Bosch", "19 990 ₸", "<span>Артикул: 700111</span>"),
                ("Тостер Tefal", "14 990 ₸", "<span>Артикул: 700222</span>"),
            ],
            cls="recently-viewed",
        ),
        KZ_FOOTER,
    ),
    None,
)

case(
    "kr-three-part-label-brand-code-season",
    "https://www.fashion-kr.example/product/detail/55130",
    page(
        "ko",
        "뉴발란스 530 | 패션몰",
        header("패션몰"),
        ["홈", "신발"],
        buybox(
            "뉴발란스 530 화이트 실버",
            "119,000원",
            "<dl class='info'><dt>브랜드 / 품번 / 시즌</dt><dd>뉴발란스 / MR530SG / 2025 S/S</dd></dl>"
            "<button class='btn-buy'>구매하기</button>",
            "www.fashion-kr.example",
            "nb530",
        ),
        "",
        KR_FOOTER,
    ),
    "MR530SG",
)

case(
    "en-brand-slash-style-number",
    "https://www.sneaker-store.example/shop/air-jordan-1-low",
    page(
        "en",
        "Air Jordan 1 Low | Sneaker Store",
        header("Sneaker Store"),
        ["Home", "Sneakers", "Jordan"],
        buybox(
            "Air Jordan 1 Low 'Wolf Grey'",
            "$115.00",
            "<table class='facts'><tr><th>Brand / Style #</th><td>Jordan / 553558-152</td></tr>"
            "<tr><th>Colorway</th><td>White / Wolf Grey / Aluminum</td></tr></table><button class='add'>Add to cart</button>",
            "www.sneaker-store.example",
            "aj1",
        ),
        "",
        "<p>© 2026 Sneaker Store</p>",
    ),
    "553558-152",
)

case(
    "es-ar-referencia-de-pedido-noise-beside-codigo",
    "https://www.deportes-sur.com.ar/productos/camiseta-seleccion/",
    page(
        "es-AR",
        "Camiseta Selección Argentina - Deportes Sur",
        header("Deportes Sur", "¿Tenés tu referencia de pedido? Seguí tu envío"),
        ["Inicio", "Fútbol", "Camisetas"],
        buybox(
            "Camiseta Selección Argentina Titular 2026",
            "$ 119.999",
            "<p>Referencia de pedido: se envía por mail</p><p class='sku'>Código: CAM-ARG-26-M</p>"
            "<button class='js-addtocart'>Agregar al carrito</button>",
            "www.deportes-sur.com.ar",
            "arg",
        ),
        "",
        AR_FOOTER,
    ),
    "CAM-ARG-26-M",
)

# ---- round 4 (after reading `_data_code`): variant swatches that are buttons, not options or radios ----

case(
    "swatch-buttons-aria-pressed-data-sku-no-line",
    "https://www.shoe-corner.example/women/ballet-flat",
    page(
        "en",
        "Ballet Flat | Shoe Corner",
        header("Shoe Corner"),
        ["Home", "Women", "Flats"],
        buybox(
            "Leather Ballet Flat",
            "€89.00",
            "<div class='swatches' role='group' aria-label='Colour'>"
            "<button type='button' class='swatch' aria-pressed='false' data-sku='BF-BLK-38'>Black</button>"
            "<button type='button' class='swatch is-selected' aria-pressed='true' data-sku='BF-RED-38'>Red</button>"
            "<button type='button' class='swatch' aria-pressed='false' data-sku='BF-NUD-38'>Nude</button></div>"
            "<button class='add-to-cart'>Add to bag</button>",
            "www.shoe-corner.example",
            "flat",
        ),
        "",
        "<p>© 2026 Shoe Corner</p>",
    ),
    "BF-RED-38",
)

case(
    "swatch-role-radio-aria-checked-data-sku",
    "https://www.moda-ar.example/productos/remera-basica/",
    page(
        "es-AR",
        "Remera básica - Moda AR",
        header("Moda AR"),
        ["Inicio", "Remeras"],
        buybox(
            "Remera básica de algodón",
            "$ 14.999",
            "<ul class='color-picker' role='radiogroup'>"
            "<li role='radio' aria-checked='false' data-sku='RB-BLA-M'>Blanco</li>"
            "<li role='radio' aria-checked='true' data-sku='RB-NEG-M'>Negro</li></ul>"
            "<button class='js-addtocart'>Agregar al carrito</button>",
            "www.moda-ar.example",
            "remera",
        ),
        "",
        AR_FOOTER,
    ),
    "RB-NEG-M",
)

case(
    "swatch-buttons-none-chosen-data-sku",
    "https://www.shoe-corner.example/women/mule",
    page(
        "en",
        "Mule | Shoe Corner",
        header("Shoe Corner"),
        ["Home", "Women", "Mules"],
        buybox(
            "Suede Mule",
            "€79.00",
            "<div class='swatches'><button type='button' class='swatch' data-sku='MU-SND-38'>Sand</button>"
            "<button type='button' class='swatch' data-sku='MU-OLV-38'>Olive</button></div>"
            "<button class='add-to-cart'>Add to bag</button>",
            "www.shoe-corner.example",
            "mule",
        ),
        "",
        "<p>© 2026 Shoe Corner</p>",
    ),
    None,
)

# must-not-fire for round 4's kind (passing before it): two controls of the same item carrying its code,
# one block with a state class
not_fire(
    "buy-and-wishlist-buttons-same-data-sku",
    "https://www.bike-parts.example/lights/front-light-800",
    page(
        "en",
        "Front Light 800 lm | Bike Parts",
        header("Bike Parts"),
        ["Home", "Lights"],
        buybox(
            "Front Light 800 lm USB-C",
            "€49.00",
            "<div class='actions'><button class='add-to-cart' data-sku='FL-800-USB'>Add to cart</button>"
            "<button class='wishlist' data-sku='FL-800-USB' aria-pressed='false'>♡ Save</button></div>",
            "www.bike-parts.example",
            "light",
        ),
        "",
        "<p>© 2026 Bike Parts</p>",
    ),
    "FL-800-USB",
)

not_fire(
    "single-block-data-sku-active-class",
    "https://www.bike-parts.example/tools/chain-checker",
    page(
        "en",
        "Chain Checker | Bike Parts",
        header("Bike Parts"),
        ["Home", "Tools"],
        "<div class='product-detail is-active' data-sku='TL-CC-01'>"
        + gallery("www.bike-parts.example", "cc")
        + "<h1>Chain Checker</h1><span class='price'>€14.00</span><button class='add-to-cart'>Add to cart</button></div>",
        cards(
            "Related",
            [("Chain Tool", "€19.00", "<button data-sku='TL-CT-02' class='quick-add'>Quick add</button>")],
        ),
        "<p>© 2026 Bike Parts</p>",
    ),
    "TL-CC-01",
)

# ---- round 5 (after reading `_LABELS`): Croatian and Slovenian abbreviated and item-number labels -----

case(
    "hr-kat-br-abbreviation-line",
    "https://www.alati-plus.hr/akumulatorska-busilica-bosch-gsr-12v-15",
    page(
        "hr",
        "Akumulatorska bušilica Bosch GSR 12V-15 | Alati Plus",
        header("Alati Plus"),
        ["Početna", "Električni alati", "Bušilice"],
        buybox(
            "Akumulatorska bušilica-odvijač Bosch GSR 12V-15 Professional",
            "129,90 €",
            lines(["Kat. br.: 0601868109", "Jamstvo: 3 godine"]) + "<button class='btn'>U košaricu</button>",
            "www.alati-plus.hr",
            "gsr",
        ),
        cards("Dodatna oprema", [("Bosch baterija 12V", "49,90 €", "<small>Kat. br.: 1600A00X79</small>")]),
        HR_FOOTER,
    ),
    "0601868109",
)

case(
    "hr-broj-artikla-dotted",
    "https://www.namjestaj-hr.example/p/polica-kallax-bijela/",
    page(
        "hr",
        "Polica Kallax bijela | Namještaj",
        header("Namještaj"),
        ["Početna", "Police"],
        buybox(
            "Polica KALLAX 77x147 cm, bijela",
            "79,99 €",
            "<div class='product-id'><span>Broj artikla</span> <span class='num'>802.758.87</span></div>"
            "<button class='btn-add'>Dodaj u košaricu</button>",
            "www.namjestaj-hr.example",
            "kallax",
        ),
        "",
        HR_FOOTER,
    ),
    "802.758.87",
)

case(
    "si-stevilka-artikla-dl",
    "https://www.pohistvo-si.example/izdelek/stol-adde-bel",
    page(
        "sl",
        "Stol ADDE bel | Pohištvo",
        header("Pohištvo"),
        ["Domov", "Stoli"],
        buybox(
            "Stol ADDE, bel",
            "12,99 €",
            "<button class='btn'>Dodaj v košarico</button>",
            "www.pohistvo-si.example",
            "adde",
        ),
        dl([("Številka artikla", "102.191.78"), ("Material", "Polipropilen")], "Podrobnosti izdelka"),
        SI_FOOTER,
    ),
    "102.191.78",
)

not_fire(
    "hr-broj-narudzbe-and-kat-br-in-cards",
    "https://www.alati-plus.hr/mjerna-traka-stanley-5m",
    page(
        "hr",
        "Mjerna traka Stanley 5 m | Alati Plus",
        header("Alati Plus", "Broj narudžbe: 2026-88123 — status: poslano"),
        ["Početna", "Ručni alati"],
        buybox(
            "Mjerna traka Stanley 5 m",
            "9,90 €",
            "<button class='btn'>U košaricu</button>",
            "www.alati-plus.hr",
            "tape",
        ),
        cards(
            "Slični proizvodi",
            [
                (
                    "Stanley 8 m",
                    "14,90 €",
                    "<small>Kat. br.: 0-30-457</small><small>Broj artikla: 30457</small>",
                )
            ],
        ),
        HR_FOOTER,
    ),
    None,
)

# ---- round 6 (a probe of 12 label layouts: a label in <strong> before its value, flex rows of label and
# value divs, a copy button after the value, a full-width colon before <b>, a hint after the value, an
# inline line of state words, a badge in capitals; 2 of 12 failed, the pages below) ---------------------

case(
    "de-th-label-with-info-button",
    "https://www.technikhaus.de/staubsauger-miele-complete-c3",
    page(
        "de",
        "Miele Complete C3 Staubsauger | Technikhaus",
        header("Technikhaus"),
        ["Startseite", "Haushalt", "Staubsauger"],
        buybox(
            "Miele Complete C3 Silence Bodenstaubsauger",
            "299,00 €",
            "<button class='btn-buy'>In den Warenkorb</button>",
            "www.technikhaus.de",
            "c3",
        ),
        "<section class='specs'><h2>Technische Daten</h2><table><tr><th>Artikelnummer <button type='button'"
        " class='tooltip-trigger' aria-label='Was ist das?'>?</button></th><td>1130277</td></tr>"
        "<tr><th>Leistung</th><td>890 W</td></tr></table></section>",
        DE_FOOTER,
    ),
    "1130277",
)

case(
    "ar-codigo-universal-de-producto-only",
    "https://www.electrohogar.com.ar/licuadora-oster-blstmg/p",
    page(
        "es-AR",
        "Licuadora Oster BLSTMG | ElectroHogar",
        header("ElectroHogar"),
        ["Inicio", "Pequeños electrodomésticos", "Licuadoras"],
        buybox(
            "Licuadora Oster Xpert Series 600 W",
            "$ 89.999",
            "<button class='buy-button'>Comprar</button>",
            "www.electrohogar.com.ar",
            "oster",
        ),
        table(
            [("Marca", "Oster"), ("Línea", "Xpert"), ("Código universal de producto", "034264471298")],
            "Características",
        ),
        AR_FOOTER,
    ),
    "034264471298",
)

case(
    "de-strong-label-tail-value",
    "https://www.haushalt-direkt.de/handmixer-bosch-mfq36400",
    page(
        "de",
        "Bosch Handmixer MFQ36400 | Haushalt Direkt",
        header("Haushalt Direkt"),
        ["Startseite", "Küche", "Handmixer"],
        buybox(
            "Bosch Handmixer MFQ36400 450 W",
            "44,99 €",
            "<p><strong>Art.-Nr.:</strong> 1128901</p><p><strong>Hersteller-Nr.:</strong> MFQ36400</p>"
            "<button>In den Warenkorb</button>",
            "www.haushalt-direkt.de",
            "mfq",
        ),
        "",
        DE_FOOTER,
    ),
    "1128901",
)

case(
    "si-flex-rows-sifra-garancija",
    "https://www.tehnomanija.si/izdelek/sesalnik-rowenta-x-trem",
    page(
        "sl",
        "Sesalnik Rowenta X-Trem | Tehnomanija",
        header("Tehnomanija"),
        ["Domov", "Sesalniki"],
        buybox(
            "Akumulatorski sesalnik Rowenta X-Trem Power",
            "199,99 €",
            "<div class='attr'><div class='attr-row'><div class='label'>Šifra</div><div class='value'>312877</div></div>"
            "<div class='attr-row'><div class='label'>Garancija</div><div class='value'>24 mesecev</div></div></div>"
            "<button class='btn-cart'>V košarico</button>",
            "www.tehnomanija.si",
            "xtrem",
        ),
        "",
        SI_FOOTER,
    ),
    "312877",
)

case(
    "kr-sang-pum-beon-ho-copy-button",
    "https://www.digital-kr.example/goods/detail/88299",
    page(
        "ko",
        "삼성 갤럭시 탭 S9 FE | 디지털샵",
        header("디지털샵"),
        ["홈", "태블릿"],
        buybox(
            "삼성 갤럭시 탭 S9 FE 128GB 그레이",
            "549,000원",
            "<div class='code'><span>상품번호</span><span>3012345690</span><button type='button'>복사</button></div>"
            "<button class='btn-buy'>구매하기</button>",
            "www.digital-kr.example",
            "tab",
        ),
        "",
        KR_FOOTER,
    ),
    "3012345690",
)

case(
    "de-art-nr-inline-with-stock-words",
    "https://www.technikhaus.de/wasserkocher-russell-hobbs",
    page(
        "de",
        "Russell Hobbs Wasserkocher | Technikhaus",
        header("Technikhaus"),
        ["Startseite", "Küche"],
        buybox(
            "Russell Hobbs Wasserkocher Luna 1,7 l",
            "39,99 €",
            "<p class='meta'>Art.-Nr. 1128977 · Auf Lager · Lieferzeit 1-3 Werktage</p><button class='btn-buy'>In den Warenkorb</button>",
            "www.technikhaus.de",
            "luna",
        ),
        "",
        DE_FOOTER,
    ),
    "1128977",
)

not_fire(
    "codigo-universal-beside-codigo-and-on-mercadolibre",
    "https://www.electrohogar.com.ar/batidora-philips/p",
    page(
        "es-AR",
        "Batidora Philips | ElectroHogar",
        header("ElectroHogar"),
        ["Inicio", "Batidoras"],
        buybox(
            "Batidora de mano Philips HR3705",
            "$ 49.999",
            "<p>Código: 3007712</p><button class='buy-button'>Comprar</button>",
            "www.electrohogar.com.ar",
            "hr3705",
        ),
        table([("Marca", "Philips"), ("Código universal de producto", "8710103893318")], "Características"),
        AR_FOOTER,
    ),
    "3007712",
)

not_fire(
    "codigo-universal-several-in-a-combo",
    "https://www.electrohogar.com.ar/combo-desayuno/p",
    page(
        "es-AR",
        "Combo desayuno | ElectroHogar",
        header("ElectroHogar"),
        ["Inicio", "Combos"],
        buybox(
            "Combo desayuno: pava + tostadora",
            "$ 69.999",
            "<button class='buy-button'>Comprar</button>",
            "www.electrohogar.com.ar",
            "combo",
        ),
        table(
            [("Capacidad", "1.7 L"), ("Código universal de producto", "7798123450011")],
            "Pava Atma",
            cls="combo-item",
        )
        + table(
            [("Ranuras", "2"), ("Código universal de producto", "7798123450028")],
            "Tostadora Atma",
            cls="combo-item",
        ),
        AR_FOOTER,
    ),
    None,
)

# ---- round 7 (marketplaces of the list not yet here: Bol, Zalando, Otto, Amazon.co.uk) ---------

case(
    "bol-ean-only-url-id",
    "https://www.bol.com/nl/nl/p/philips-series-3000-scheerapparaat-s3143-00/9300000098765432/",
    page(
        "nl",
        "bol | Philips Series 3000 S3143/00 scheerapparaat",
        "<div class='header'><a class='logo' href='/nl/nl/'>bol</a><input name='searchtext'><a href='/nl/rnwy/account/overzicht'>Account</a>"
        "<a href='/nl/order/basket.html'>Winkelwagen</a></div>",
        ["bol", "Elektronica", "Scheerapparaten"],
        buybox(
            "Philips Series 3000 S3143/00 - Scheerapparaat",
            "€ 64,99",
            "<p class='delivery'>Voor 23:59 uur besteld, morgen in huis</p><a class='js_btn_buy'>In winkelwagen</a>",
            "media.s-bol.com",
            "s3143",
        ),
        table([("Merk", "Philips"), ("EAN", "8710103937449"), ("Kleur", "Zwart")], "Specificaties")
        + cards(
            "Vaak samen gekocht",
            [("Philips scheerkoppen SH30", "€ 24,99", "<small>EAN 8710103744122</small>")],
        ),
        "<p>bol.com b.v. · Papendorpseweg 100, Utrecht · KvK 32146213</p>",
    ),
    "9300000098765432",
)

case(
    "zalando-artikelnummer-beside-herstellerfarbe-slashes",
    "https://www.zalando.de/adidas-originals-samba-og-sneaker-low-core-black-ad115o0hx-q11.html",
    page(
        "de",
        "adidas Originals SAMBA OG - Sneaker low - core black/footwear white | ZALANDO",
        "<div class='z-navicat-header'><a class='logo' href='/'>Zalando</a><a href='/damen-home/'>Damen</a>"
        "<a href='/herren-home/'>Herren</a><input name='q'><a href='/warenkorb/'>Warenkorb</a></div>",
        ["Herren", "Schuhe", "Sneaker"],
        buybox(
            "SAMBA OG - Sneaker low - core black/footwear white/gum",
            "120,00 €",
            "<select><option>Größe wählen</option><option>42</option></select><button>In den Warenkorb</button>",
            "img01.ztat.net",
            "samba",
        ),
        "<div class='details'><h2>Material &amp; Pflege</h2><dl><dt>Obermaterial</dt><dd>Leder / Textil</dd></dl>"
        "<h2>Details</h2><dl><dt>Herstellerfarbe</dt><dd>core black/footwear white/gum</dd><dt>Artikelnummer</dt>"
        "<dd>AD115O0HX-Q11</dd></dl></div>",
        "<p>Zalando SE · Valeska-Gert-Straße 5, 10243 Berlin</p>",
    ),
    "AD115O0HX-Q11",
)

case(
    "otto-artikel-nr-variant-and-modell",
    "https://www.otto.de/p/bosch-waschmaschine-serie-4-wan28k43-8-kg-1400-u-min-S0A2B0C3/#variationId=S0A2B0C3D4E5",
    page(
        "de",
        "BOSCH Waschmaschine Serie 4 WAN28K43, 8 kg | OTTO",
        "<div class='nav'><a class='logo' href='/'>OTTO</a><input name='q'><a href='/myaccount'>Mein Konto</a></div>",
        ["Haushalt", "Waschmaschinen"],
        buybox(
            "BOSCH Waschmaschine Serie 4 WAN28K43, 8 kg, 1400 U/min",
            "499,00 €",
            "<p class='pdp_article-nr'>Artikel-Nr. 52318941</p><button>In den Warenkorb</button>",
            "i.otto.de",
            "wan28",
        ),
        table([("Modell", "WAN28K43"), ("Energieeffizienzklasse", "A")], "Details"),
        "<p>Otto (GmbH &amp; Co KG) · Werner-Otto-Straße 1-7, 22179 Hamburg</p>",
    ),
    "52318941",
)

case(
    "amazon-co-uk-manufacturer-reference-asin-carousel",
    "https://www.amazon.co.uk/Ninja-Double-Stack-Fryer-SL400UK/dp/B0CL5KNB9M/ref=sr_1_1?crid=2XQ",
    amz_page(
        "en-gb",
        "Amazon.co.uk",
        "Ninja Double Stack XL Air Fryer SL400UK : Amazon.co.uk: Home &amp; Kitchen",
        "Ninja Double Stack XL 2-Drawer Air Fryer, 9.5L, SL400UK",
        "£229.99",
        amz_table(
            [
                ("Brand", "Ninja"),
                ("Manufacturer reference", "SL400UK"),
                ("Model Number", "SL400UK"),
                ("ASIN", "B0CL5KNB9M"),
            ],
            "Product information",
        ),
        amz_fbt(
            [("Ninja silicone liners", "£14.99", "B0C1ABCD12"), ("Ninja recipe book", "£9.99", "B0C2EFGH34")]
        ),
    ),
    "B0CL5KNB9M",
)

# kind 5 narrowed (round 8's probe: a WooCommerce "/product/<slug>-1023125/" read the maker's part number in
# the slug as the sku with "product" among the slug markers; passes at 07c3021 and after the narrowing)
not_fire(
    "woocommerce-product-slug-closing-part-number",
    "https://www.wasserfilter-shop.example/product/filterkartusche-brita-maxtra-pro-1023125/",
    page(
        "de",
        "BRITA Filterkartusche MAXTRA PRO 3er Pack – Wasserfilter Shop",
        header("Wasserfilter Shop"),
        ["Startseite", "Filterkartuschen"],
        buybox(
            "BRITA Filterkartusche MAXTRA PRO All-in-1, 3er Pack",
            "24,99 €",
            "<p class='stock in-stock'>Vorrätig</p><button class='single_add_to_cart_button'>In den Warenkorb</button>",
            "www.wasserfilter-shop.example",
            "maxtra",
        ),
        "",
        DE_FOOTER,
    ),
    None,
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
