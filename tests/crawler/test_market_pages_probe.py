"""Product pages of shops in the issue's markets no earlier probe wrote (the lead's seventh probe, stop
37, issue 14): books.com.tw, ETMall and Ruten (Taiwan), Olive Young, 29CM and Lotteon (Korea),
Harvey Norman Slovenija, Mechta (Kazakhstan), Musimundo (Argentina). Whole pages without structured
data (header, breadcrumbs, gallery, buy box with old, member, instalment and tax-free amounts, related
cards with prices, footer), written before reading the code again.

First look at 07c3021 (10 pages): 4 failed. books.com.tw's document title "博客來-NAME" (the shop,
a hyphen, the name) was read as a fuller form of the heading (`titles.fuller_title`: fixed, the
mirror of the "NAME-Shop" rule it had). A KREAM page gave no listing: its spec list's labels are
named for the product (`<dt class="product_title">모델번호</dt>`, "model number") and the label was
the title; a label cell followed by its value (`dt` + `dd`, `th` + `td`) is no title now
(`titles._label_cell`), but the page still gives no listing (its title is a `<p class="title">`,
named by nothing, and its buy links are not read as controls); its markup is written from memory,
so it is left out here rather than pinned. 29CM's and Lotteon's titles carry the brand before the
name (the document title's "BRAND NAME - 29CM"; Lotteon's name block holding the brand link): the
product's name is inside them, which the benchmark's title rule accepts; left.

A second batch (8 pages: eKupi, enaA, Alser, Megatone, Pinkoi, Senao, Auction, Interpark), written
after those fixes and before reading the price code: 3 failed at first look, all prices. Megatone's
`precio-anterior` (the previous, old price) was read: class words of old prices in Spanish, Portuguese,
Italian and French (`price_text.OLD_PRICE`: anterior, antes, tachado, riscado, barré, precedente);
with it set apart the block's "25% OFF $899.999 Precio sin impuestos nacionales $743.801" read the
amount without national taxes, which Argentina's Ley 27.743 has shops print beside every price: a
discount badge ("25% OFF") is no saving's label (`shown_price` drops `_PERCENT_SAVING` first) and "sin
impuestos nacionales" is a net label (`NET_BEFORE`). Senao's price table read the instalment ("分期
24期0利率 每期$1,621"): in a text of two or more amounts, one an instalment label precedes is no current
price (`price_text.INSTALMENT`, moved from amounts.py). Auction's price block read the card price after
the price ("269,000 스마일카드 최대할인가 255,550원"): an amount read from a block that a conditional
label precedes is left out and the block read again (`amounts.condition_before`). Each rule's
must-not-fire texts are in `SHOWN` below (they read the same before the rules).

A third batch (8 pages: SSG, a Naver smartstore shop, friDay, Yahoo購物中心, Cetrogar, Merkur, Instar,
Otto), written after those fixes: 1 failed at first look, and it gave no listing. A Naver smartstore
page (hashed class names, the sale price's label written for screen readers only: `<strong><span
class="blind">할인판매가</span><span>89,000</span><span>원</span></strong>`) had its price read from a
related card; the amount near the title was refused because its element did not show the amount alone
or after a label with a colon. The sale-price labels of Korean, Chinese and Japanese shops open a
price without a colon (`dom.PRICE_LABEL_OPEN`: 할인판매가, 판매가, 할인가, 특가, 特價, 優惠價, 網路價,
販売価格, 税込価格); `AMOUNT_ONLY` below holds the texts it must still refuse (a coupon, a sentence,
a conditional price).

A fourth batch (8 pages: Kurly, 오늘의집, a 91APP shop, a Cyberbiz shop, Satu.kz, Flip.kz, Shoppster,
Mall.hr), written after those fixes: 2 failed at first look, one without a listing. Satu.kz, one of
Prom's marketplaces, names its fields only by the test hook `data-qaid` ("product_price") over hashed
classes: its price went unread and a related card's was taken (`dom.NAME_ATTRS` and
`prices._PRICE_ATTRS` read `data-qaid`); its document title then gave the title Prom's search-engine
tail ("NAME: продажа, цена в Алматы. ... от "Shop"": `titles._SHOP_PHRASE` reads the Russian,
Ukrainian and Kazakh forms). Flip.kz's "Книга «NAME» Булгаков М.А." was read as a fuller name: a part
quoting the name whole describes it (`fuller_title`). `FULLER` below holds the must-not-fire titles.

A fifth batch (8 pages: Ably, W Concept, Lamoda.kz, Dexter, Sportvision, IKEA Hrvatska, Hervis,
Zigzag), written after those fixes: 3 failed at first look. Lamoda read its loyalty price ("Цена с
баллами: 50 340 ₸", the price with points): the Russian forms of a price held with points, bonuses, a
card or a subscription are conditional (`amounts._CONDITIONAL`; not "с картой или наличными", one way
of paying among others: `CONDITIONAL` below). W Concept's and Zigzag's titles carry the document
title's bracketed brand or marketplace before the name ("[LEMAIRE] ...", "[지그재그] ..."): the name
is inside them; left, as 29CM's. Dexter's size selector item ("40", in VTEX's
"skuSelectorItem") was read as the sku: a chooser named for the codes it switches is no code
(`sku._SKU_CHOOSER`, after the sku helper's round; `SKU_CHOOSERS` below).

A sixth batch (6 pages of the markets' shop builders: Imweb, Sixshop, Meepshop, WACA, EasyStore,
MakeShop), written after those fixes: 2 failed at first look. Imweb and MakeShop title every page
with the shop's name, as Cafe24 does, and name the product's title with the Korean builders' "tit"
abbreviation in forms the title finder did not read (Imweb's `<div class="view_tit">`, MakeShop's
`<h3 class="tit-prd">`): the title was the shop's name (`titles._TITLE_NAME`, and `find_title`'s
candidates now include classes holding "tit-"). Must not fire: an Imweb notice whose `view_tit` names
a post stays without a listing (`test_a_builders_notice_view_is_no_listing`).

A seventh batch (8 auction pages: eBay .com / .de / .fr / .it / .co.uk with current, starting,
winning bids, Buy It Now and Best Offer with eBay's "Approximately EUR" conversion, and an Allegro
auction), written after those fixes: 3 failed at first look, one without a listing. Allegro's price
is split in hashed spans ("2 850,<span>00</span> <span>zł</span>") and a related card's was read: the
element showed the amount alone, but `dom.amount_only` joined its parts with spaces ("2 850, 00 zł",
no amount); it now joins them as shown. Left: an auction with Buy It Now reads its starting bid
($150.00 beside "Buy It Now: $299.99"; which one a listing's price is, is a choice, not a fix), and an
ended eBay listing ("This listing sold on ...") states no availability (the stock words' owner).

An eighth batch (8 pages where counterfeits are sold: DHgate, OLX.kz, Njuškalo, Bolha, Kleinanzeigen,
StockX, Depop, Wallapop), written after those fixes: 5 failed at first look, 3 without a listing. A
classifieds site names its listing an "ad" (OLX's "ad-photo", "ad_title", "ad-price-container"), and
the page's own photo, title and price sat in blocks read as advertising (`layout._NOISE`: "ad" before
a listing part's word is the listing); Kleinanzeigen's photos live under "/prod-ads/images/", read as
an ad's picture (`photos._SKIP_IMG`). Search-engine document titles close the name with the seller
and the price ("NAME From Shoesfactory88, $12.34", DHgate; a train page of product-pages has this
form, and its title now drops the tail, still matching its label), the price after a colon ("NAME: 325
000 тг.", OLX) or a second-hand marker ("NAME de segunda mano por 60 EUR en Madrid", Wallapop): the
tail is cut before a fuller name is looked for (`titles._PRICE_TAIL`). Left: StockX (its "Buy for
$215" is a link the buy-button price reader does not read, and "Last Sale: $198" near the title was
taken; the page gives no listing), Kleinanzeigen's "NAME in Berlin" (a place after the name; the name
is inside it; StockX is pinned below since). `AD_NAMES`, `AD_URLS` and `PRICE_TAILS` below hold the must-not-fire names and titles.

A ninth batch (6 resale pages: 번개장터, 당근, Carousell Taiwan, Vestiaire Collective, Poshmark,
Grailed), written after those fixes: 0 failed at first look.

A tenth batch (4 pages as the browser renders them: Temu, Shein, Joom, Fruugo): 1 failed at first
look, without a listing. Temu's price block has hashed classes, its parts kept from screen readers
and its accessible name stating the price ("Price $6.98, Was $22.99, 69% off"): the name was read
whole by price-parser (698.0) and the block, showing more than the amount, was refused, so a related
card's price was taken. The accessible name is read as shown prices are (`shown_price`: $6.98, the
old one apart), and an element whose accessible name states the amount read stands as the price
(`prices._says_price`). `ARIA_PRICES` below: simpler blocks that read $6.98 before and after.

An eleventh batch (6 sold-out and ended pages: momo, Gmarket, Kaspi, Mercado Libre's paused listing, Big
Bang, Links): 1 failed at first look, without a listing: Gmarket's "판매가 종료된 상품입니다" (the sale has
ended) was no state (`controls._DISCONTINUED` reads "판매가 종료된": Discontinued, after the stock
helper's round). Two of this probe's leftovers were read by the stock helper's last rounds: an ended eBay
listing's "This listing sold on ..." (OutOfStock) and StockX's "Buy for $215" link as a buy control
(`controls._BUY`; with `prices._button_price` reading links drawn as buttons, its price is $215);
Amazon's "See available options" is test_amazon_shapes.py's.

A twelfth batch (8 retailers of the issue's markets, every field: title, price, image, sku,
availability, brand: Notino, Marwin, Solo Deportes, Sportina, Pevex, Evrika, Naldo, Lekarna Online),
written after all of this session's fixes: 0 failed at first look.

A thirteenth batch (7 classifieds and auction pages: Yahoo奇摩拍賣, 중고나라, leboncoin, Subito, Marktplaats,
Vinted, Milanuncios): 2 failed at first look. leboncoin's and Milanuncios' photos were read as ads'
pictures, their URLs naming the site's ads ("?rule=ad-large", "/ma-ad-media-pro/"): an "ad" before a
size or media word is the classifieds' own photo (`photos._SKIP_IMG`, `AD_URLS`). Left: Milanuncios'
"NAME en Madrid" (a place after the name, as Kleinanzeigen's).

A fourteenth batch (6 pages: Made-in-China, Alibaba, Qoo10, Yahoo!オークション, Hepsiburada, Mercari US): 1
failed at first look on its title (Made-in-China's document title opens with "China", the origin, before
the name: left, the name inside it). Alibaba's "Brand Name: OEM" is read as the brand claim "OEM", the
project's earlier decision (test_sku_brand_placeholders.py: it says something about the maker, and
counterfeit listings claim it); Made-in-China's "Trademark: OEM" row is no brand label (None); pinned.

A fifteenth batch (4 pages whose product lives only in their state JSON, the DOM a skeleton: Musinsa's
`__NEXT_DATA__`, Ozon's `window.__NUXT__`, Shopee's `__INITIAL_STATE__`, a Kaspi page): 2 failed at first
look, both without a listing. Musinsa names its fields with Korean shops' abbreviations ("goodsNm") and
keeps its prices in an object of named prices ("goodsPrice": {"normalPrice", "salePrice"}):
`pagestate._NAME_KEYS` reads "goodsNm", "goodsName", "prdNm", "itemName", and a price key's object
without a value key is read for its sale price (`pagestate._price`; "unitPrice" is a price key too).
The Kaspi page (a `window.BACKEND` assignment) is left out: its shape is written from memory.

A sixteenth batch (7 pages, brand claims of the markets: Coupang's brand link over the title, momo's
bracketed 【SAMPO 聲寶】, Mercado Libre's "Marca" spec row, Mimovrste's "Blagovna znamka" link, Sancta
Domenica's "Proizvođač" row, Technodom's brand logo link, Amazon.de's "Marke" overview row): 0 failed at
first look; pinned.
"""

from __future__ import annotations

import json

import pytest

from knockoff.crawler.extract import extract_product


def shell(lang, doc_title, header, crumbs, main, related, footer, head_extra=""):
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{doc_title}</title>{head_extra}<link rel="stylesheet" href="/css/app.css"></head><body>
<header class="site-header">{header}</header>
<nav class="breadcrumb">{" &gt; ".join(f'<a href="/c/{i}">{c}</a>' for i, c in enumerate(crumbs))}</nav>
<main id="content">{main}</main>
<section class="related"><h3>{related[0]}</h3><ul class="goods-list">{"".join(f'<li class="goods-item"><a href="/p/{900 + i}"><img src="/img/rel{i}.jpg" alt="{n}"><p class="name">{n}</p><p class="price">{p}</p></a></li>' for i, (n, p) in enumerate(related[1]))}</ul></section>
<footer class="site-footer">{footer}</footer></body></html>"""


CASES = []


def add(name, url, html, want):
    CASES.append((name, url, html, want))


# 1 books.com.tw
add(
    "tw-books-com-tw",
    "https://www.books.com.tw/products/0010987654",
    shell(
        "zh-Hant",
        "博客來-原子習慣：細微改變帶來巨大成就的實證法則",
        '<div class="logo"><a href="https://www.books.com.tw/"><img src="/img/logo.png" alt="博客來"></a></div><form class="search"><input name="keys" placeholder="搜尋"></form><ul class="top-menu"><li><a href="/member">會員專區</a></li><li><a href="/cart">購物車</a></li></ul>',
        ["首頁", "中文書", "商業理財", "成功法"],
        """<div class="mod type02_p002 clearfix"><div class="cnt_mod002 cover_img"><img class="cover M201106_0_getTakelook_P00a400020052_image_wrap" src="https://im2.book.com.tw/image/getImage?i=https://www.books.com.tw/img/001/078/60/0010786016.jpg&v=5bc9ba89k&w=348&h=348" alt="原子習慣：細微改變帶來巨大成就的實證法則"></div>
<div class="type02_p002 grid_10"><div class="mod type02_p002 clearfix"><h1>原子習慣：細微改變帶來巨大成就的實證法則</h1><h2><a href="/search?key=Atomic+Habits">Atomic Habits: An Easy &amp; Proven Way to Build Good Habits &amp; Break Bad Ones</a></h2></div>
<div class="type02_p003 clearfix"><ul><li>作者： <a href="/search?author=James+Clear">詹姆斯．克利爾</a></li><li>譯者： 蔡世偉</li><li>出版社：<a href="/pub/方智">方智</a></li><li>出版日期：2019/06/01</li><li>語言：繁體中文</li></ul></div>
<div class="cnt_prod002 clearfix"><div class="prod_cont_b"><ul class="price"><li>定價：<em>330</em>元</li><li>優惠價：<strong><b>79</b></strong>折<strong class="price01"><b>261</b></strong>元</li><li>優惠期限：2026年12月31日止</li></ul></div>
<div class="type02_btn"><a class="type02_btn02" href="/cart/add?item=0010786016"><span>放入購物車</span></a><a class="type02_btn03" href="/buynow?item=0010786016">直接購買</a></div></div></div></div>
<div class="mod_b type02_m057 clearfix"><h3>詳細資料</h3><ul><li>ISBN：9789861755267</li><li>規格：平裝 / 336頁 / 14.8 x 20.8 x 1.69 cm / 普通級 / 單色印刷 / 初版</li><li>出版地：台灣</li></ul></div>""",
        (
            "買了此商品的人，也買了...",
            [
                ("被討厭的勇氣", "優惠價 79 折 237 元"),
                ("刻意練習", "優惠價 79 折 355 元"),
                ("蛤蟆先生去看心理師", "優惠價 79 折 237 元"),
            ],
        ),
        "<p>博客來數位科技股份有限公司 統編：12345678</p>",
    ),
    {
        "price": 261.0,
        "currency": "TWD",
        "title": "原子習慣：細微改變帶來巨大成就的實證法則",
        "image": "0010786016.jpg",
    },
)

# 2 ETMall
add(
    "tw-etmall",
    "https://www.etmall.com.tw/i/3456789",
    shell(
        "zh-Hant",
        "【Dyson】V12 Detect Slim Fluffy 輕量智慧吸塵器 - 東森購物網",
        '<a class="n-logo" href="https://www.etmall.com.tw/"><img src="/logo.svg" alt="東森購物"></a><ul class="n-menu"><li><a href="/dept/1">家電</a></li><li><a href="/dept/2">美妝</a></li></ul><a href="/cart" class="n-cart">購物車 <span>0</span></a>',
        ["首頁", "家電", "吸塵器", "無線吸塵器"],
        """<div class="n-product"><div class="n-product__gallery"><div class="n-swiper"><div class="swiper-slide swiper-slide-active"><img src="https://media.etmall.com.tw/nximg/003456/3456789/3456789_XXL.jpg" alt="【Dyson】V12 Detect Slim Fluffy 輕量智慧吸塵器"></div><div class="swiper-slide"><img src="https://media.etmall.com.tw/nximg/003456/3456789/3456789-2_XXL.jpg" alt=""></div></div></div>
<div class="n-product__info"><h1 class="n-product__name">【Dyson】V12 Detect Slim Fluffy 輕量智慧吸塵器</h1><p class="n-product__slogan">雷射偵測微塵 再送收納架</p>
<div class="n-price"><div class="n-price__market">市價 <del>$24,900</del></div><div class="n-price__sale"><span class="n-price__label">網路價</span><span class="n-price__unit">$</span><span class="n-price__num">19,900</span></div><div class="n-price__installment">分期 6期0利率 每期$3,317</div></div>
<div class="n-coupon">滿$10,000 折$500</div><div class="n-qty"><label>數量</label><select><option>1</option><option>2</option></select></div>
<div class="n-buttons"><button class="n-btn n-btn--cart">加入購物車</button><button class="n-btn n-btn--buy">立即購買</button></div></div></div>""",
        ("看了此商品的人也看了", [("Dyson V8 Slim", "$12,900"), ("Dyson 吸頭組", "$1,990")]),
        "<p>東森得易購股份有限公司</p>",
    ),
    {
        "price": 19900.0,
        "currency": "TWD",
        "title": "【Dyson】V12 Detect Slim Fluffy 輕量智慧吸塵器",
        "image": "3456789_XXL.jpg",
    },
)

# 3 Ruten
add(
    "tw-ruten",
    "https://www.ruten.com.tw/item/show?22145678901234",
    shell(
        "zh-Hant",
        "Nintendo Switch OLED 主機 白色 台灣公司貨 全新未拆 | 露天市集 | 全台最大的網路購物市集",
        '<a class="rt-logo" href="https://www.ruten.com.tw/"><img src="/logo.png" alt="露天市集"></a><form class="rt-search"><input name="q"></form><a href="/cart">購物車</a>',
        ["露天首頁", "電玩、遊戲", "Nintendo Switch", "主機"],
        """<div class="item-detail"><div class="item-gallery"><div class="item-gallery-main"><img src="https://gcs.rimg.com.tw/g1/8/0e/44/22145678901234_123_m.jpg" alt="Nintendo Switch OLED 主機"></div><ul class="item-gallery-thumbs"><li><img src="https://gcs.rimg.com.tw/g1/8/0e/44/22145678901234_123_s.jpg"></li></ul></div>
<div class="item-purchase"><h1 class="item-title"><span class="rt-text-isolated">Nintendo Switch OLED 主機 白色 台灣公司貨 全新未拆</span></h1>
<ul class="item-purchase-stack"><li class="item-purchase-row"><span class="rt-label">直購價</span><strong class="rt-text-xx-large rt-text-important"><span class="rt-text-price">$ 9,480</span></strong></li>
<li class="item-purchase-row"><span class="rt-label">已售出</span><span>126 件</span></li><li class="item-purchase-row"><span class="rt-label">數量</span><input class="rt-input" value="1"><span class="rt-text-note">(剩餘 8)</span></li>
<li class="item-purchase-row"><span class="rt-label">運費</span><span>7-11 取貨付款 $60 起</span></li></ul>
<div class="item-purchase-action"><button class="rt-button rt-button-secondary">加入購物車</button><button class="rt-button rt-button-primary">直接購買</button></div></div></div>
<div class="seller-info"><a href="/user/index00.php?s=gamestore88">gamestore88</a><span>評價 12,345</span></div>""",
        ("賣家其他商品", [("Switch Pro 控制器", "$ 1,780"), ("瑪利歐賽車8", "$ 1,390")]),
        "<p>露天市集國際資訊股份有限公司</p>",
    ),
    {
        "price": 9480.0,
        "currency": "TWD",
        "title": "Nintendo Switch OLED 主機 白色 台灣公司貨 全新未拆",
        "image": "22145678901234_123_m.jpg",
    },
)

# 5 Olive Young
add(
    "kr-oliveyoung",
    "https://www.oliveyoung.co.kr/store/goods/getGoodsDetail.do?goodsNo=A000000184228",
    shell(
        "ko",
        "[한정기획] 라운드랩 자작나무 수분 선크림 50ml 1+1 기획 | 올리브영",
        '<h1 class="logo"><a href="/store/main/main.do"><img src="/logo.png" alt="OLIVE YOUNG"></a></h1><ul class="gnb"><li><a href="/store/main/getBestList.do">랭킹</a></li><li><a href="/store/planshop/getSpcShopDetail.do">프리미엄관</a></li></ul><a href="/store/cart/getCart.do" class="cart">장바구니</a>',
        ["홈", "선케어", "선크림"],
        """<div class="prd_detail_box renew"><div class="left_area"><div class="prd_img"><img id="mainImg" src="https://image.oliveyoung.co.kr/uploads/images/goods/550/10/0000/0018/A00000018422808ko.jpg?l=ko" alt="[한정기획] 라운드랩 자작나무 수분 선크림 50ml 1+1 기획"></div><ul class="prd_thumb_list"><li><a href="#"><img src="https://image.oliveyoung.co.kr/uploads/images/goods/85/10/0000/0018/A00000018422808ko.jpg"></a></li></ul></div>
<div class="right_area"><div class="prd_info"><p class="prd_brand"><a href="/store/display/getBrandShopDetail.do?onlBrndCd=A001643" id="moveBrandShop">라운드랩</a></p><p class="prd_name">[한정기획] 라운드랩 자작나무 수분 선크림 50ml 1+1 기획</p>
<div class="price"><span class="price-1"><strike>32,000</strike><span>원</span></span><span class="price-2"><strong>25,600</strong><span>원</span></span></div>
<div class="prd_flag"><span class="icon_flag sale">세일</span><span class="icon_flag coupon">쿠폰</span></div></div>
<div class="prd_more_info"><p class="txt">최대 혜택가 <span>23,040원</span></p><p>올리브영 배송 20,000원 이상 무료배송</p></div>
<div class="prd_btn_area new-style type1"><button class="btnBasket">장바구니</button><button class="btnBuy">바로구매</button></div></div></div>""",
        (
            "함께 보면 좋은 상품",
            [("아누아 어성초 77 토너", "23,200원"), ("토리든 다이브인 세럼", "19,800원")],
        ),
        "<p>CJ올리브영 주식회사</p>",
    ),
    {
        "price": 25600.0,
        "currency": "KRW",
        "title": "[한정기획] 라운드랩 자작나무 수분 선크림 50ml 1+1 기획",
        "image": "A00000018422808ko.jpg",
    },
)

# 6 29CM
add(
    "kr-29cm",
    "https://product.29cm.co.kr/catalog/2345678",
    shell(
        "ko",
        "무신사 스탠다드 우먼 캐시미어 블렌드 오버사이즈 싱글 코트 [블랙] - 29CM",
        '<a href="https://www.29cm.co.kr/" class="logo">29CM</a><ul><li><a href="/shop/best-items">BEST</a></li><li><a href="/shop/category">WOMEN</a></li></ul>',
        ["WOMEN", "아우터", "코트"],
        """<div id="pdp_product_content"><div class="css-1b4hs9b"><div class="css-122y91a"><img src="https://img.29cm.co.kr/item/202410/11ef86aa4d8f5d4b9e1f5b6c8b2c2b2d_1200.jpg" alt="캐시미어 블렌드 오버사이즈 싱글 코트 [블랙]"></div></div>
<div class="css-1v0h0e4"><div class="css-uysskr"><a href="/shop/brand/12345" class="css-1dncbyk"><h3>무신사 스탠다드 우먼</h3></a></div><h2 id="pdp_product_name" class="css-1xqo3r3">캐시미어 블렌드 오버사이즈 싱글 코트 [블랙]</h2>
<div class="css-4zurmq"><p class="css-1bci2fm"><span>189,000원</span></p><div class="css-1j7yaze"><span class="css-1rxxmt7">20%</span><span id="pdp_product_price" class="css-4bcxzt">151,200원</span></div></div>
<div class="css-h0fsph"><span>29CM 단독 최대 혜택가 136,080원</span></div><div class="css-1jsxeo6"><button type="button" class="css-13b7f8f">구매하기</button><button class="css-1v2b9tj">장바구니</button></div></div></div>""",
        (
            "이 상품과 비슷한 상품",
            [("울 블렌드 핸드메이드 코트", "259,000원"), ("더블 브레스티드 코트", "169,000원")],
        ),
        "<p>(주)에이플러스비 | 대표 이창우</p>",
    ),
    {
        "price": 151200.0,
        "currency": "KRW",
        "title_has": "캐시미어 블렌드 오버사이즈 싱글 코트 [블랙]",
        "image": "11ef86aa4d8f5d4b9e1f5b6c8b2c2b2d_1200.jpg",
    },
)

# 7 Harvey Norman SI
add(
    "si-harvey-norman",
    "https://www.harveynorman.si/tv-in-avdio/televizorji/samsung-qe55q80c-55-qled-tv",
    shell(
        "sl",
        'Samsung QE55Q80C 55" QLED TV | Harvey Norman Slovenija',
        '<a class="logo" href="/"><img src="/skin/logo.svg" alt="Harvey Norman"></a><ul class="nav"><li><a href="/tv-in-avdio">TV in avdio</a></li><li><a href="/racunalniki">Računalniki</a></li></ul><a href="/checkout/cart/" class="minicart">Košarica (0)</a>',
        ["Domov", "TV in avdio", "Televizorji"],
        """<div class="product-view"><div class="product-img-box"><a class="MagicZoom" href="https://www.harveynorman.si/media/catalog/product/cache/1/image/9df78eab33525d08d6e5fb8d27136e95/q/e/qe55q80c_1.jpg"><img id="image-main" src="https://www.harveynorman.si/media/catalog/product/cache/1/image/600x/9df78eab33525d08d6e5fb8d27136e95/q/e/qe55q80c_1.jpg" alt="Samsung QE55Q80C"></a></div>
<div class="product-shop"><div class="product-name"><span class="h1">Samsung QE55Q80C 55" QLED TV</span></div><p class="sku">Šifra: 1020345</p>
<div class="price-info"><div class="price-box"><p class="old-price"><span class="price-label">Redna cena:</span><span class="price" id="old-price-4567">1.099,99 €</span></p><p class="special-price"><span class="price-label">Akcijska cena:</span><span class="price" id="product-price-4567">849,99 €</span></p></div><p class="omnibus">Najnižja cena v zadnjih 30 dneh: 899,99 €</p></div>
<div class="availability in-stock"><span class="label">Zaloga:</span> <span class="value">Na zalogi</span></div><div class="add-to-cart"><button class="button btn-cart" title="V košarico"><span>V košarico</span></button></div>
<div class="credit">Obročno plačilo že od 35,42 € / mesec</div></div></div>""",
        ("Podobni izdelki", [("LG OLED55C36LC", "1.299,99 €"), ("Sony KD-55X85L", "899,99 €")]),
        "<p>Harvey Norman Trading d.o.o., Ljubljana</p>",
    ),
    {"price": 849.99, "currency": "EUR", "title": 'Samsung QE55Q80C 55" QLED TV', "image": "qe55q80c_1.jpg"},
)

# 8 Mechta.kz
add(
    "kz-mechta",
    "https://www.mechta.kz/product/smartfon-samsung-galaxy-a55-5g-8256gb-navy/",
    shell(
        "ru",
        "Смартфон Samsung Galaxy A55 5G 8/256GB Navy купить в Алматы, цена в интернет-магазине Мечта",
        '<a href="/" class="header-logo"><img src="/logo.svg" alt="Мечта"></a><div class="city">Алматы</div><a href="/catalog/">Каталог</a><a href="/cart/">Корзина</a>',
        ["Главная", "Смартфоны и гаджеты", "Смартфоны", "Samsung"],
        """<div class="q-page product-page"><div class="row"><div class="col-6"><div class="product-gallery"><div class="q-carousel__slide"><img src="https://www.mechta.kz/upload/iblock/1a2/mh2kq1c0q8w3ahw6j2q9z1r5p3n0e8x1/samsung_a55_navy_1.jpg" alt="Смартфон Samsung Galaxy A55 5G 8/256GB Navy"></div></div></div>
<div class="col-6"><h1 class="text-ts4 text-bold">Смартфон Samsung Galaxy A55 5G 8/256GB Navy</h1><div class="text-ts2 text-color2">Код товара: 123456</div>
<div class="q-card product-price-card"><div class="text-ts5 text-bold">249 990 ₸</div><div class="text-color2 text-strike">289 990 ₸</div><div class="installment">Рассрочка 0-0-12 <b>от 20 833 ₸/мес</b></div><div class="bonus">+2 500 бонусов</div>
<button class="q-btn bg-primary"><span class="block">Купить</span></button><button class="q-btn"><span class="block">Купить в рассрочку</span></button></div>
<div class="delivery">Доставка по Алматы завтра — бесплатно</div></div></div></div>""",
        (
            "С этим товаром покупают",
            [("Чехол для Samsung Galaxy A55", "4 990 ₸"), ("Защитное стекло", "2 990 ₸")],
        ),
        "<p>ТОО «Мечта Маркет»</p>",
    ),
    {
        "price": 249990.0,
        "currency": "KZT",
        "title": "Смартфон Samsung Galaxy A55 5G 8/256GB Navy",
        "image": "samsung_a55_navy_1.jpg",
    },
)

# 9 Musimundo
add(
    "ar-musimundo",
    "https://www.musimundo.com/electrohogar/lavarropas/lavarropas-drean-next-8-14-p-eco-8kg/p/00123456",
    shell(
        "es-AR",
        "Lavarropas Drean Next 8.14 P Eco 8kg | Musimundo",
        '<a class="logo" href="/"><img src="/logo.svg" alt="Musimundo"></a><form class="search"><input name="text"></form><a href="/cart">Carrito</a>',
        ["Inicio", "Electrohogar", "Lavado", "Lavarropas"],
        """<div class="product-details-page"><div class="product-images"><div class="slick-slide slick-current"><img src="https://www.musimundo.com/medias/00123456-144456-01.jpg-size515?context=bWFzdGVy" alt="Lavarropas Drean Next 8.14 P Eco 8kg"></div></div>
<div class="product-main-info"><h1 class="name">Lavarropas Drean Next 8.14 P Eco 8kg</h1><div class="code">Código: 00123456</div>
<div class="mus-pro-price"><p class="mus-pro-price-old">$ 1.199.999</p><p class="mus-pro-price-number"><span>$ 979.999</span></p><p class="mus-pro-price-tax">Precio sin impuestos nacionales: $ 809.916</p></div>
<div class="mus-pro-quotes"><span>12 cuotas sin interés de <strong>$ 81.666</strong></span></div>
<button class="btn btn-primary js-add-to-cart">Agregar al carrito</button></div></div>""",
        (
            "Productos relacionados",
            [("Secarropas Drean", "$ 299.999"), ("Lavasecarropas Samsung", "$ 1.899.999")],
        ),
        "<p>Carsa S.A.</p>",
    ),
    {
        "price": 979999.0,
        "currency": "ARS",
        "title": "Lavarropas Drean Next 8.14 P Eco 8kg",
        "image": "00123456-144456-01.jpg",
    },
)

# 10 Lotteon
add(
    "kr-lotteon",
    "https://www.lotteon.com/p/product/LO2012345678",
    shell(
        "ko",
        "[롯데백화점]나이키 에어 포스 1 '07 화이트 CW2288-111 | 롯데ON",
        '<h1 class="logo"><a href="https://www.lotteon.com/"><img src="/logo.svg" alt="롯데ON"></a></h1><ul class="gnb"><li><a href="/p/display/main/lotteon">홈</a></li></ul><a href="/p/order/cart">장바구니</a>',
        ["홈", "패션", "신발", "스니커즈"],
        """<div class="productDetailWrap"><div class="productImage"><div class="swiper-slide swiper-slide-active"><img src="https://contents.lotteon.com/itemimage/_v123456/LO/20/12/34/56/78/_2/01/23/45/67/8/LO2012345678_2012345679_1.jpg/dims/resizef/554X554" alt="나이키 에어 포스 1 '07 화이트 CW2288-111"></div></div>
<div class="productInfo"><div class="productName"><a class="brandName" href="/p/display/brand/nike">나이키</a><div class="productTitle"><span class="store">[롯데백화점]</span>나이키 에어 포스 1 '07 화이트 CW2288-111</div></div>
<div class="priceInfo"><div class="price"><span class="originalPrice"><del>139,000<span>원</span></del></span><span class="discountRate">10%</span><span class="finalPrice"><strong>125,100</strong><span>원</span></span></div><div class="benefit">카드 결제시 최대 혜택가 118,845원</div></div>
<div class="optionArea"><select><option>사이즈 선택</option><option>250</option><option>260</option></select></div><div class="buttonArea"><button class="btnCart">장바구니</button><button class="btnBuy">바로구매</button></div></div></div>""",
        ("함께 본 상품", [("나이키 덩크 로우", "119,000원"), ("아디다스 삼바 OG", "139,000원")]),
        "<p>롯데쇼핑(주) e커머스사업부</p>",
    ),
    {
        "price": 125100.0,
        "currency": "KRW",
        "title_has": "나이키 에어 포스 1 '07 화이트 CW2288-111",
        "image": "LO2012345678_2012345679_1.jpg",
    },
)


# the second batch (ekupi.hr ... Interpark)
# 1 ekupi.hr
add(
    "hr-ekupi",
    "https://www.ekupi.hr/hr/Ra%C4%8Dunala-i-oprema/Prijenosna-ra%C4%8Dunala/Lenovo-IdeaPad-Slim-3-15IRU8/p/EK000512345",
    shell(
        "hr",
        "Lenovo IdeaPad Slim 3 15IRU8, 82X7003JSC | eKupi.hr",
        '<a class="js-site-logo" href="/hr/"><img src="/_ui/logo.svg" alt="eKupi"></a><div class="nav__links"><a href="/hr/login">Prijava</a><a href="/hr/cart" class="mini-cart-link">Košarica</a></div>',
        ["Početna", "Računala i oprema", "Prijenosna računala"],
        """<div class="product-details page-title"><div class="name">Lenovo IdeaPad Slim 3 15IRU8, 82X7003JSC<span class="sku">Šifra: EK000512345</span></div></div>
<div class="product-main-info"><div class="product-image"><div class="image-gallery js-gallery"><div class="carousel gallery-image js-gallery-image"><div class="item"><img class="lazyOwl" data-zoom-image="https://www.ekupi.hr/medias/sys_master/images/h4a/h3b/11234567890/EK000512345-1-big.jpg" src="https://www.ekupi.hr/medias/sys_master/images/h4a/h3b/11234567891/EK000512345-1-515Wx515H.jpg" alt="Lenovo IdeaPad Slim 3"></div></div></div></div>
<div class="product-details"><div class="price-container"><p class="old-price">699,99 €</p><p class="price">549,99 €</p><p class="lowest-price">Najniža cijena u zadnjih 30 dana: 599,99 €</p></div>
<div class="installments">ili na 12 rata od 45,83 €</div><div class="stock-status"><span class="in-stock">Dostupno</span></div>
<form class="add_to_cart_form"><button type="submit" class="btn btn-primary btn-block js-add-to-cart">Dodaj u košaricu</button></form></div></div>""",
        ("Slični proizvodi", [("HP 15s-fq5000", "499,99 €"), ("Acer Aspire 3", "449,99 €")]),
        "<p>eKupi d.o.o., Zagreb</p>",
    ),
    {
        "price": 549.99,
        "currency": "EUR",
        "title": "Lenovo IdeaPad Slim 3 15IRU8, 82X7003JSC",
        "image": "EK000512345-1-",
    },
)

# 2 enaa.com (SI)
add(
    "si-enaa",
    "https://www.enaa.com/si/racunalniska-oprema/monitorji/monitor-dell-s2722qc-27-4k-uhd",
    shell(
        "sl",
        'Monitor Dell S2722QC 27" 4K UHD USB-C | enaA.com',
        '<a href="/si/" class="logo"><img src="/img/enaa-logo.svg" alt="enaA.com"></a><div class="header-search"><input placeholder="Iskanje"></div><a href="/si/kosarica" class="cart">Košarica</a>',
        ["Domov", "Računalniška oprema", "Monitorji"],
        """<div class="product-detail"><div class="product-gallery"><a href="https://www.enaa.com/slike/velike/dell-s2722qc-1.jpg" data-fancybox="gallery"><img src="https://www.enaa.com/slike/srednje/dell-s2722qc-1.jpg" alt="Monitor Dell S2722QC"></a></div>
<div class="product-info"><h1 class="product-title">Monitor Dell S2722QC 27" 4K UHD USB-C</h1><div class="product-code">Šifra: 271923 | EAN: 5397184494875</div>
<div class="product-prices"><div class="price-regular"><span>Redna cena:</span> <s>379,90 €</s></div><div class="price-web"><span>Spletna cena:</span> <strong>299,90 €</strong></div><div class="price-club">Cena za člane enaA kluba: 289,90 €</div><div class="price-note">Cena vključuje DDV.</div></div>
<div class="availability"><span class="dot green"></span>Na zalogi - dobava 1-2 delovna dni</div><button class="btn-add-to-cart">V košarico</button></div></div>""",
        ("Kupci so kupili tudi", [("Dell KM7321W", "79,90 €"), ("Logitech MX Master 3S", "99,90 €")]),
        "<p>enaA d.o.o., Ljubljana</p>",
    ),
    {
        "price": 299.90,
        "currency": "EUR",
        "title": 'Monitor Dell S2722QC 27" 4K UHD USB-C',
        "image": "dell-s2722qc-1.jpg",
    },
)

# 3 alser.kz
add(
    "kz-alser",
    "https://alser.kz/p/noutbuk-asus-vivobook-15-x1504za-bq1144-90nb1021-m01p00",
    shell(
        "ru",
        "Ноутбук ASUS Vivobook 15 X1504ZA-BQ1144 90NB1021-M01P00 - купить в Алматы | Alser",
        '<a href="/" class="header__logo"><img src="/logo.svg" alt="Alser"></a><a href="/c/noutbuki" class="menu">Каталог</a><a href="/cart" class="header__cart">Корзина</a>',
        ["Главная", "Ноутбуки и компьютеры", "Ноутбуки"],
        """<div class="product"><div class="product__gallery"><div class="swiper-slide"><img src="https://alser.kz/media/product/1234/asus-x1504za-1_big.webp" alt="Ноутбук ASUS Vivobook 15"></div></div>
<div class="product__info"><h1 class="product__title">Ноутбук ASUS Vivobook 15 X1504ZA-BQ1144 90NB1021-M01P00</h1><div class="product__code">Код: 1234567</div>
<div class="product__price-block"><div class="price price--old">329 990 ₸</div><div class="price price--current">279 990 <span>₸</span></div><div class="product__credit">В кредит от 13 999 ₸ в месяц</div><div class="product__bonus">Бонусы: 2 800</div></div>
<div class="product__stock">В наличии в 12 магазинах</div><div class="product__actions"><button class="btn btn--primary">В корзину</button><button class="btn btn--outline">Купить в кредит</button></div></div></div>""",
        ("Похожие товары", [("Ноутбук Lenovo IdeaPad 3", "259 990 ₸"), ("Ноутбук HP 250 G9", "239 990 ₸")]),
        "<p>ТОО «Alser Market»</p>",
    ),
    {
        "price": 279990.0,
        "currency": "KZT",
        "title": "Ноутбук ASUS Vivobook 15 X1504ZA-BQ1144 90NB1021-M01P00",
        "image": "asus-x1504za-1_big.webp",
    },
)

# 4 Megatone (AR)
add(
    "ar-megatone",
    "https://www.megatone.net/producto/smart-tv-samsung-55-crystal-uhd-4k-un55du7000gczb/123456/",
    shell(
        "es-AR",
        'Smart TV Samsung 55" Crystal UHD 4K UN55DU7000GCZB - Megatone',
        '<a href="/" class="logo"><img src="/images/logo-megatone.svg" alt="Megatone"></a><input class="buscador" placeholder="¿Qué estás buscando?"><a href="/carrito">Mi carrito</a>',
        ["Inicio", "TV y Video", "Smart TV"],
        """<div id="ficha-producto"><div class="galeria"><img id="imgPrincipal" src="https://images.megatone.net/images/articulos/zoom2x/123456-1.jpg" alt="Smart TV Samsung 55&quot; Crystal UHD 4K"></div>
<div class="datos"><h1 class="titulo-producto">Smart TV Samsung 55" Crystal UHD 4K UN55DU7000GCZB</h1><p class="cod">Cód. 123456</p>
<div class="precios"><span class="precio-anterior">$1.199.999</span><span class="descuento">25% OFF</span><div class="precio-final">$899.999</div><p class="precio-sin-impuestos">Precio sin impuestos nacionales $743.801</p></div>
<div class="cuotas"><strong>18 cuotas sin interés</strong> de $49.999,94</div><div class="envio">Envío gratis a todo el país</div>
<button class="btn-comprar">Comprar</button><button class="btn-agregar">Agregar al carrito</button></div></div>""",
        ("Te puede interesar", [('Smart TV LG 50"', "$699.999"), ("Soporte TV", "$29.999")]),
        "<p>Megatone S.A.</p>",
    ),
    {
        "price": 899999.0,
        "currency": "ARS",
        "title": 'Smart TV Samsung 55" Crystal UHD 4K UN55DU7000GCZB',
        "image": "123456-1.jpg",
    },
)

# 5 Pinkoi (TW)
add(
    "tw-pinkoi",
    "https://www.pinkoi.com/product/aBcDeFgH",
    shell(
        "zh-Hant",
        "手工皮革零錢包 - 牛皮 可刻字 - 設計館 皮小革 零錢包 - Pinkoi",
        '<a href="/" class="logo"><img src="/logo.svg" alt="Pinkoi"></a><ul class="nav"><li><a href="/browse">探索</a></li><li><a href="/cart">購物車</a></li></ul>',
        ["Pinkoi", "包包提袋", "零錢包"],
        """<div class="m-product-main"><div class="m-product-main__gallery"><div class="m-carousel__item is-active"><img src="https://cdn01.pinkoi.com/product/aBcDeFgH/0/800x0.jpg" alt="手工皮革零錢包 - 牛皮 可刻字"></div><div class="m-carousel__item"><img src="https://cdn01.pinkoi.com/product/aBcDeFgH/1/800x0.jpg" alt=""></div></div>
<div class="m-product-main__info"><a class="m-product-main__shop" href="/store/pixiaoge">皮小革</a><h1 class="title translate-container">手工皮革零錢包 - 牛皮 可刻字</h1>
<div class="price-wrap"><span class="price"><span class="currency">NT$</span><span class="amount">880</span></span><span class="price-origin"><del>NT$1,100</del></span></div>
<div class="m-product-main__spec"><label>顏色</label><select><option>焦糖</option><option>深咖</option></select></div><div class="m-product-main__stock">庫存 5 件</div>
<button class="m-button m-button--primary">加入購物車</button><button class="m-button">直接購買</button></div></div>""",
        ("設計館其他商品", [("皮革鑰匙圈", "NT$480"), ("皮革卡夾", "NT$680")]),
        "<p>Pinkoi 設計購物網站</p>",
    ),
    {"price": 880.0, "currency": "TWD", "title": "手工皮革零錢包 - 牛皮 可刻字", "image": "/aBcDeFgH/0/"},
)

# 6 Senao (TW)
add(
    "tw-senao",
    "https://online.senao.com.tw/Mart/123456",
    shell(
        "zh-Hant",
        "Apple iPhone 16 Pro 256GB 沙漠色鈦金屬 - 神腦生活",
        '<a href="/" class="logo"><img src="/img/logo.png" alt="神腦生活"></a><ul class="menu"><li><a href="/Category/1">手機</a></li></ul><a href="/Cart">購物車</a>',
        ["首頁", "手機", "Apple"],
        """<div class="goods-detail"><div class="goods-pic"><ul class="bxslider"><li><img src="https://online.senao.com.tw/img/goods/123456/123456_1_L.jpg" alt="Apple iPhone 16 Pro 256GB"></li></ul></div>
<div class="goods-info"><h2 class="goods-name">Apple iPhone 16 Pro 256GB 沙漠色鈦金屬</h2><p class="goods-slogan">A18 Pro 晶片 | 4K120 杜比視界</p>
<table class="goods-price"><tr><th>建議售價</th><td><del>$40,400</del></td></tr><tr><th>網路價</th><td><span class="price-red">$38,900</span></td></tr><tr><th>分期</th><td>24期0利率 每期$1,621</td></tr></table>
<div class="goods-btn"><a class="btn-cart" href="/Cart/Add/123456">加入購物車</a><a class="btn-buy" href="/Cart/Buy/123456">立即結帳</a></div></div></div>""",
        ("推薦商品", [("iPhone 16 Pro 保護殼", "$1,490"), ("Apple 20W 充電器", "$690")]),
        "<p>神腦國際企業股份有限公司</p>",
    ),
    {
        "price": 38900.0,
        "currency": "TWD",
        "title": "Apple iPhone 16 Pro 256GB 沙漠色鈦金屬",
        "image": "123456_1_L.jpg",
    },
)

# 7 Auction (KR)
add(
    "kr-auction",
    "https://itempage3.auction.co.kr/DetailView.aspx?itemno=B123456789",
    shell(
        "ko",
        "[삼성전자] 갤럭시 버즈3 프로 SM-R630 정품 - 옥션",
        '<h1 class="logo"><a href="http://www.auction.co.kr/"><img src="/logo.png" alt="AUCTION."></a></h1><form class="search"><input name="keyword"></form><a href="/cart">장바구니</a>',
        ["홈", "디지털", "이어폰/헤드폰"],
        """<div id="vip-content"><div class="item-topinfowrap"><div class="box__viewer-container"><div class="viewer"><img src="https://image.auction.co.kr/itemimage/3a/5b/7c/B123456789.jpg?w=600" alt="[삼성전자] 갤럭시 버즈3 프로 SM-R630 정품"></div><ul class="viewer__thumbnail"><li><img src="https://image.auction.co.kr/itemimage/3a/5b/7c/B123456789.jpg?w=60"></li></ul></div>
<div class="item-topinfo"><h1 class="itemtit"><span class="text__brand">[삼성전자]</span> 갤럭시 버즈3 프로 SM-R630 정품</h1>
<div class="price_wrap"><div class="price_real"><span class="price_original"><del>329,000원</del></span><strong class="price_real">269,000</strong><span class="unit">원</span></div><div class="price_benefit"><span>스마일카드 최대할인가</span> <strong>255,550원</strong></div></div>
<div class="box__shipping">무료배송 · 내일(목) 도착 보장</div><div class="item_options"><select><option>색상 선택</option><option>실버</option><option>화이트</option></select></div>
<div class="item_btns"><a href="#" class="btn_cart">장바구니</a><a href="#" class="btn_buy">구매하기</a></div></div></div></div>""",
        ("이 상품과 함께 본 상품", [("갤럭시 버즈 FE", "89,000원"), ("버즈3 케이스", "12,900원")]),
        "<p>(주)지마켓 | 대표이사 정형권</p>",
    ),
    {
        "price": 269000.0,
        "currency": "KRW",
        "title": "[삼성전자] 갤럭시 버즈3 프로 SM-R630 정품",
        "image": "B123456789.jpg?w=600",
    },
)

# 8 Interpark (KR)
add(
    "kr-interpark",
    "https://shopping.interpark.com/product/productInfo.do?prdNo=12345678901",
    shell(
        "ko",
        "인터파크 쇼핑 - 쿠쿠 6인용 IH 전기압력밥솥 CRP-LHTR0610FW",
        '<h1 class="logo"><a href="https://shopping.interpark.com/"><img src="/logo.png" alt="인터파크 쇼핑"></a></h1><ul class="gnb"><li><a href="/best">베스트</a></li></ul>',
        ["홈", "가전", "주방가전", "전기밥솥"],
        """<div class="productTopArea"><div class="productImg"><div class="imgBig"><img id="viewImg" src="https://shopimg.interpark.com/goods/78/90/12345678901_1_500.jpg" alt="쿠쿠 6인용 IH 전기압력밥솥"></div></div>
<div class="productInfo"><div class="subjectArea"><p class="brand"><a href="/brand/cuckoo">쿠쿠</a></p><h2 class="subject">쿠쿠 6인용 IH 전기압력밥솥 CRP-LHTR0610FW</h2></div>
<div class="priceArea"><dl class="price"><dt>판매가</dt><dd><del>389,000원</del></dd></dl><dl class="salePrice"><dt>할인가</dt><dd><strong>299,000</strong>원</dd></dl><dl class="cardPrice"><dt>최대혜택가</dt><dd>284,050원</dd></dl></div>
<div class="deliveryArea"><dl><dt>배송비</dt><dd>무료배송</dd></dl></div><div class="btnArea"><button class="btnCart">장바구니</button><button class="btnBuy">바로구매</button></div></div></div>""",
        ("함께 구매한 상품", [("쿠쿠 내솥", "49,000원"), ("쿠쿠 패킹", "9,900원")]),
        "<p>(주)인터파크커머스</p>",
    ),
    {
        "price": 299000.0,
        "currency": "KRW",
        "title": "쿠쿠 6인용 IH 전기압력밥솥 CRP-LHTR0610FW",
        "image": "12345678901_1_500.jpg",
    },
)


# the third batch (SSG ... Otto)
# 1 SSG.com
add(
    "kr-ssg",
    "https://www.ssg.com/item/itemView.ssg?itemId=1000512345678",
    shell(
        "ko",
        "[LG전자] 트롬 오브제컬렉션 워시타워 W20GEN 25kg+20kg, 믿고 사는 즐거움 SSG.COM",
        '<h1 class="ssg_logo"><a href="https://www.ssg.com/"><img src="/logo.svg" alt="SSG.COM"></a></h1><div class="gnb"><a href="/cart">장바구니</a></div>',
        ["홈", "가전", "세탁기/건조기", "워시타워"],
        """<div class="cdtl_cm_detail"><div class="cdtl_img_wrap"><div class="cdtl_item_image"><img id="mainImg" src="https://sitem.ssgcdn.com/78/56/34/item/1000512345678_i1_1200.jpg" alt="[LG전자] 트롬 오브제컬렉션 워시타워 W20GEN"></div></div>
<div class="cdtl_row_top"><div class="cdtl_info_wrap"><h2 class="cdtl_info_tit"><span class="cdtl_info_tit_brand">LG전자</span><span class="cdtl_info_tit_txt">[LG전자] 트롬 오브제컬렉션 워시타워 W20GEN 25kg+20kg</span></h2>
<div class="cdtl_optprice_wrap"><div class="cdtl_old_price"><span class="blind">정상가격</span><em class="ssg_price">3,290,000</em><span class="ssg_tx">원</span></div><div class="cdtl_new_price notranslate"><span class="blind">판매가격</span><em class="ssg_price">2,599,000</em><span class="ssg_tx">원</span></div><div class="cdtl_price_best">최적가 <em class="ssg_price">2,469,050</em>원 <span>카드할인 + 쿠폰 적용 시</span></div></div>
<div class="cdtl_delivery">무료배송 · 설치일 지정 가능</div><div class="cdtl_btn_wrap"><button class="cdtl_btn_cart">장바구니</button><button class="cdtl_btn_buy">바로구매</button></div></div></div></div>""",
        ("함께 보면 좋은 상품", [("LG 스타일러", "1,890,000원"), ("건조기 받침대", "59,000원")]),
        "<p>(주)에스에스지닷컴</p>",
    ),
    {
        "price": 2599000.0,
        "currency": "KRW",
        "title_has": "트롬 오브제컬렉션 워시타워 W20GEN",
        "image": "1000512345678_i1_1200.jpg",
    },
)

# 2 Naver smartstore
add(
    "kr-smartstore",
    "https://smartstore.naver.com/cozyhome/products/9876543210",
    shell(
        "ko",
        "호텔식 구스다운 이불 퀸 사계절 차렵이불 : 코지홈",
        '<div class="_3kOItsdMLx"><a href="https://smartstore.naver.com/cozyhome" class="_3ADEhtC9rm"><img src="/profile.png" alt="코지홈"></a><span>코지홈</span></div><div class="_1ylNeH5dK4"><a href="#">스토어 찜하기</a></div>',
        ["코지홈", "침구", "이불"],
        """<div class="_2-I30XS1lA"><div class="_23RpOU6xpc"><div class="_2tT_gkmAOr"><img src="https://shop-phinf.pstatic.net/20240115_12/1705301234567abcde_JPEG/goose-duvet-main.jpg?type=m510" alt="대표이미지"></div></div>
<fieldset class="_3VyBn4Ihez"><div class="_1eddO7u4UC"><h3 class="_22kNQuEXmb _copyable">호텔식 구스다운 이불 퀸 사계절 차렵이불</h3></div>
<div class="_3k440DUKzy"><div class="WrkQhIlUY0"><del class="VaZJPclpdJ"><span class="blind">정가</span><span class="_1LY7DqCnwR">159,000</span>원</del><strong class="aICRqgP9zw _2pgHN-ntx6"><span class="blind">할인판매가</span><span class="_1LY7DqCnwR">89,000</span><span class="won">원</span></strong></div></div>
<div class="_1AGIYoWP6h"><span>배송비 무료</span><span>오늘출발 오후 2시까지 결제 시</span></div><div class="_2BQ-WF2QUb"><select><option>사이즈 선택</option><option>퀸</option><option>킹</option></select></div>
<div class="OgETmrvExa"><a href="#" class="_2-uvQuRWK5 _1mVnLKPRm2">구매하기</a><a href="#" class="_2-uvQuRWK5">장바구니</a><a href="#" class="_2-uvQuRWK5">찜하기</a></div></fieldset></div>""",
        ("이 스토어의 다른 상품", [("구스 베개", "29,000원"), ("차렵이불 커버", "39,000원")]),
        "<p>상호명: 코지홈 | 사업자등록번호 123-45-67890 | 네이버(주)는 통신판매중개자이며 통신판매의 당사자가 아닙니다.</p>",
    ),
    {
        "price": 89000.0,
        "currency": "KRW",
        "title": "호텔식 구스다운 이불 퀸 사계절 차렵이불",
        "image": "goose-duvet-main.jpg",
    },
)

# 3 friDay購物
add(
    "tw-friday",
    "https://shopping.friday.tw/1/123/3/456789.html?pid=7654321",
    shell(
        "zh-Hant",
        "Panasonic國際牌 奈米水離子吹風機 EH-NA0J-W 白 - friDay購物",
        '<a href="/" class="logo"><img src="/img/logo.png" alt="friDay購物"></a><ul class="menu"><li><a href="/3c">3C</a></li><li><a href="/home">家電</a></li></ul><a href="/cart">購物車</a>',
        ["首頁", "家電", "美容家電", "吹風機"],
        """<div class="product_detail"><div class="product_img"><div class="big_img"><img src="https://img.shopping.friday.tw/images/product/765/7654321/7654321_3_1.webp?123" alt="Panasonic國際牌 奈米水離子吹風機 EH-NA0J-W 白"></div></div>
<div class="product_info"><h1 class="product_name">Panasonic國際牌 奈米水離子吹風機 EH-NA0J-W 白</h1><ul class="product_feature"><li>高滲透奈米水離子</li><li>速乾 大風量</li></ul>
<div class="price_area"><p class="market_price">市價<del>$9,990</del></p><p class="price">特價<span class="num">$7,490</span></p><p class="discount_info">折價券再折$300 <a href="#">領取</a></p></div>
<div class="payment_info">信用卡分期 6期0利率 每期$1,249</div>
<div class="btn_area"><a class="btn_addcart" href="#">放入購物車</a><a class="btn_buynow" href="#">立即購買</a></div></div></div>""",
        ("看過此商品的人也看了", [("Dyson 吹風機", "$14,900"), ("Philips 吹風機", "$1,990")]),
        "<p>遠時數位科技股份有限公司</p>",
    ),
    {
        "price": 7490.0,
        "currency": "TWD",
        "title": "Panasonic國際牌 奈米水離子吹風機 EH-NA0J-W 白",
        "image": "7654321_3_1.webp",
    },
)

# 4 Yahoo購物中心
add(
    "tw-yahoo-mall",
    "https://tw.buy.yahoo.com/gdsale/gdsale.asp?gdid=12345678",
    shell(
        "zh-Hant",
        "【SAMSUNG 三星】Galaxy S24 Ultra 5G 6.8吋(12G/256G) - Yahoo奇摩購物中心",
        '<a href="https://tw.buy.yahoo.com/" class="logo"><img src="/logo.svg" alt="Yahoo奇摩購物中心"></a><form class="search"><input name="p"></form><a href="/cart">購物車</a>',
        ["購物中心", "手機", "SAMSUNG"],
        """<div class="ProductPage__main___3yuk1"><div class="ImageHover__imageHover___1f8bG"><img src="https://s.yimg.com/zp/MerchandiseImages/ABCDEF1234-Product-12345678.jpg" alt="【SAMSUNG 三星】Galaxy S24 Ultra 5G"></div>
<div class="ProductPage__info___2Kk2d"><h1 class="HeroInfo__title___57Yfg">【SAMSUNG 三星】Galaxy S24 Ultra 5G 6.8吋(12G/256G)</h1><div class="HeroInfo__slogan___3YJ2I">AI智慧手機 鈦金屬機身</div>
<div class="HeroInfo__mainPrice___1xP9H"><div class="HeroInfo__originalPrice___3b2Jp"><span>原價</span><span class="HeroInfo__strikethrough___kSYuT">$44,900</span></div><div class="HeroInfo__salePrice___2K7vK"><span class="HeroInfo__textTooLong___BXk8j">$36,900</span></div></div>
<div class="HeroInfo__coupon___1Z2Q3">結帳價 <strong>$35,900</strong> 領券再折$1,000</div><div class="HeroInfo__installment">最高30期0利率 每期 $1,230</div>
<div class="HeroInfo__buttons___3hVtj"><button class="addToCart">加入購物車</button><button class="buyNow">立即購買</button></div></div></div>""",
        ("你可能也喜歡", [("Galaxy S24+ 256G", "$29,900"), ("Galaxy Buds3 Pro", "$6,990")]),
        "<p>雅虎資訊股份有限公司</p>",
    ),
    {
        "price": 36900.0,
        "currency": "TWD",
        "title": "【SAMSUNG 三星】Galaxy S24 Ultra 5G 6.8吋(12G/256G)",
        "image": "ABCDEF1234-Product-12345678.jpg",
    },
)

# 5 Cetrogar (AR, VTEX)
add(
    "ar-cetrogar",
    "https://www.cetrogar.com.ar/heladera-no-frost-samsung-rt38k5932sl-382lts-inox/p",
    shell(
        "es-AR",
        "Heladera No Frost Samsung RT38K5932SL 382Lts Inox - Cetrogar",
        '<a href="/" class="vtex-store-components-3-x-logoLink"><img src="/logo.png" alt="Cetrogar"></a><input placeholder="Buscar"><a href="/checkout">Carrito</a>',
        ["Inicio", "Electrodomésticos", "Heladeras"],
        """<div class="vtex-flex-layout-0-x-flexRow--product-main"><div class="vtex-store-components-3-x-productImagesContainer"><img class="vtex-store-components-3-x-productImageTag--main" src="https://cetrogar.vtexassets.com/arquivos/ids/178945-800-auto?v=638123&width=800&height=auto&aspect=true" alt="Heladera No Frost Samsung RT38K5932SL"></div>
<div class="vtex-flex-layout-0-x-flexColChild--product-info"><h1 class="vtex-store-components-3-x-productNameContainer"><span class="vtex-store-components-3-x-productBrand">Heladera No Frost Samsung RT38K5932SL 382Lts Inox</span></h1>
<div class="vtex-product-price-1-x-listPrice"><span class="vtex-product-price-1-x-listPriceValue strike">$ 1.499.999</span></div><div class="vtex-product-price-1-x-sellingPrice"><span class="vtex-product-price-1-x-sellingPriceValue"><span class="vtex-product-price-1-x-currencyContainer"><span class="vtex-product-price-1-x-currencyCode">$</span>&nbsp;<span class="vtex-product-price-1-x-currencyInteger">1</span><span class="vtex-product-price-1-x-currencyGroup">.</span><span class="vtex-product-price-1-x-currencyInteger">199</span><span class="vtex-product-price-1-x-currencyGroup">.</span><span class="vtex-product-price-1-x-currencyInteger">999</span></span></span></div>
<div class="vtex-rich-text-0-x-container--impuestos">Precio sin impuestos nacionales: $ 991.735</div><div class="cetrogar-installments">Hasta 12 cuotas sin interés de $ 99.999,92</div>
<button class="vtex-add-to-cart-button-0-x-buttonText">Agregar al carrito</button></div></div>""",
        ("Productos relacionados", [("Freezer Gafa", "$ 699.999"), ("Heladera Whirlpool", "$ 1.099.999")]),
        "<p>Cetrogar S.A.</p>",
    ),
    {
        "price": 1199999.0,
        "currency": "ARS",
        "title": "Heladera No Frost Samsung RT38K5932SL 382Lts Inox",
        "image": "178945-800-auto",
    },
)

# 6 Merkur.si
add(
    "si-merkur",
    "https://www.merkur.si/akumulatorski-vrtalnik-vijacnik-bosch-gsr-12v-15",
    shell(
        "sl",
        "Akumulatorski vrtalnik vijačnik Bosch GSR 12V-15 | Merkur.si",
        '<a class="logo" href="/"><img src="/logo.svg" alt="Merkur"></a><nav><a href="/orodje">Orodje</a><a href="/vrt">Vrt</a></nav><a href="/checkout/cart">Košarica</a>',
        ["Domov", "Orodje", "Akumulatorsko orodje", "Vrtalniki"],
        """<div class="product-info-main-wrapper"><div class="gallery-placeholder"><img class="gallery-placeholder__image" src="https://www.merkur.si/media/catalog/product/cache/a1b2c3/4/0/401234_1.jpg" alt="Akumulatorski vrtalnik vijačnik Bosch GSR 12V-15"></div>
<div class="product-info-main"><div class="page-title-wrapper product"><h1 class="page-title"><span class="base" itemprop="name">Akumulatorski vrtalnik vijačnik Bosch GSR 12V-15</span></h1></div><div class="product attribute sku"><strong class="type">Šifra</strong> <div class="value">401234</div></div>
<div class="product-info-price"><div class="price-box price-final_price"><span class="special-price"><span class="price-container"><span class="price-label">Akcijska cena</span><span id="product-price-4012" class="price-wrapper"><span class="price">89,99 €</span></span></span></span><span class="old-price"><span class="price-container"><span class="price-label">Redna cena</span><span id="old-price-4012" class="price-wrapper"><span class="price">119,99 €</span></span></span></span></div>
<div class="merkur-club">Cena s kartico Merkur Klub: 84,99 €</div><div class="omnibus-price">Najnižja cena v zadnjih 30 dneh: 99,99 €</div></div>
<div class="stock available"><span>Na zalogi</span></div><button class="action primary tocart"><span>Dodaj v košarico</span></button></div></div>""",
        ("Podobni izdelki", [("Bosch GSR 18V", "149,99 €"), ("Makita DF333", "99,99 €")]),
        "<p>Merkur trgovina, d.o.o.</p>",
    ),
    {
        "price": 89.99,
        "currency": "EUR",
        "title": "Akumulatorski vrtalnik vijačnik Bosch GSR 12V-15",
        "image": "401234_1.jpg",
    },
)

# 7 Instar.hr
add(
    "hr-instar",
    "https://www.instar-informatika.hr/mobitel-apple-iphone-15-128gb-crni/123456/product/",
    shell(
        "hr",
        "Mobitel APPLE iPhone 15, 128GB, crni | Instar Informatika",
        '<a href="/" class="logo"><img src="/images/logo.png" alt="Instar Informatika"></a><nav><a href="/mobiteli">Mobiteli</a></nav><a href="/kosarica">Košarica</a>',
        ["Početna", "Mobiteli i oprema", "Mobiteli"],
        """<div id="product"><div class="product-images"><a href="https://www.instar-informatika.hr/slike/velike/mobitel-apple-iphone-15-128gb-crni-123456.jpg" class="fancybox"><img src="https://www.instar-informatika.hr/slike/srednje/mobitel-apple-iphone-15-128gb-crni-123456.jpg" alt="Mobitel APPLE iPhone 15"></a></div>
<div class="product-data"><h1 class="product-name">Mobitel APPLE iPhone 15, 128GB, crni</h1><div class="product-code">Šifra proizvoda: 123456</div>
<div class="prices"><div class="price-row"><span class="label">Web cijena:</span> <span class="price-web">749,99 €</span></div><div class="price-row"><span class="label">MPC:</span> <span class="price-mpc">799,99 €</span></div><div class="price-row small">Najniža cijena u zadnjih 30 dana: 749,99 €</div><div class="price-row small">Cijena na rate: 12 x 66,67 €</div></div>
<div class="availability"><span class="available">Raspoloživo</span></div><button class="btn-cart">Dodaj u košaricu</button></div></div>""",
        ("Slični proizvodi", [("Apple iPhone 15 Plus", "899,99 €"), ("Samsung Galaxy S24", "699,99 €")]),
        "<p>Instar Informatika d.o.o., Zagreb</p>",
    ),
    {
        "price": 749.99,
        "currency": "EUR",
        "title": "Mobitel APPLE iPhone 15, 128GB, crni",
        "image": "mobitel-apple-iphone-15-128gb-crni-123456.jpg",
    },
)

# 8 Otto
add(
    "de-otto",
    "https://www.otto.de/p/philips-kaffeevollautomat-ep2220-10-2200-series-1234567890/",
    shell(
        "de",
        "Philips Kaffeevollautomat EP2220/10 2200 Series, Pure Black online kaufen | OTTO",
        '<a class="nav_logo" href="/"><img src="/logo.svg" alt="OTTO"></a><form class="squirrel_search"><input name="query"></form><a href="/order/basket" class="nav_basket">Warenkorb</a>',
        ["Startseite", "Haushalt", "Kaffeemaschinen", "Kaffeevollautomaten"],
        """<div class="pdp_main"><div class="pdp_main-image"><div class="js_pdp_main-image__slide pdp_main-image__slide--active"><img class="pdp_main-image__image" src="https://i.otto.de/i/otto/12345678-9abc-5def-8123-456789abcdef?w=1100&h=1100" alt="Philips Kaffeevollautomat EP2220/10"></div></div>
<div class="pdp_short-info"><h1 data-qa="variationName" class="pl_headline200">Philips Kaffeevollautomat EP2220/10 2200 Series, Pure Black</h1><div class="pdp_brand"><a href="/marken/philips/">Philips</a></div>
<div class="pdp_price"><div class="pdp_price__retail-price"><span class="pl_copy100">UVP</span> <span class="pdp_price__retail-price-value">449,99 €</span></div><div class="pdp_price__inner"><span class="pdp_price__price js_pdp_price__price pdp_price__price--reduced" data-qa="price">299,99 €</span></div><div class="pdp_price__tax">inkl. MwSt. zzgl. Versandkosten</div><div class="pdp_price__installment">oder ab 12,50 € mtl. finanzieren</div></div>
<div class="pdp_availability"><span class="pdp_availability__text">lieferbar - in 2-3 Werktagen bei dir</span></div><button class="pl_button100--primary js_pdp_basket-button">In den Warenkorb</button></div></div>""",
        (
            "Das könnte dir auch gefallen",
            [("De'Longhi Magnifica S", "329,99 €"), ("Siemens EQ.300", "399,99 €")],
        ),
        "<p>Otto (GmbH &amp; Co KG)</p>",
    ),
    {
        "price": 299.99,
        "currency": "EUR",
        "title": "Philips Kaffeevollautomat EP2220/10 2200 Series, Pure Black",
        "image": "i.otto.de/i/otto/12345678",
    },
)


# the fourth batch (Kurly ... Mall.hr)
# 1 Kurly (Next.js, emotion classes)
add(
    "kr-kurly",
    "https://www.kurly.com/goods/5012345",
    shell(
        "ko",
        "[하코야] 살롱 드 몽슈슈 도지마롤 2종 - 컬리",
        '<a href="/main" class="css-17mnrrx"><img src="/logo.svg" alt="마켓컬리 로고"></a><div class="css-1ukjx1v"><a href="/cart">장바구니</a></div>',
        ["홈", "베이커리·치즈·델리", "케이크"],
        """<main id="product-atf" class="css-1y0xj4c"><div class="css-1gjp7ta"><img src="https://product-image.kurly.com/hdims/resize/%5E%3E720x%3E936/cropcenter/720x936/quality/85/src/product/image/0a1b2c3d-4e5f.jpg" alt="상품 대표 이미지" class="css-1ycm7yb"></div>
<section class="css-1ua1wyk"><div class="css-84rb3h"><div class="css-6zfm8o"><span class="css-1s4ldjq">샛별배송</span></div><h1 class="css-13lg2xu">[하코야] 살롱 드 몽슈슈 도지마롤 2종</h1><h2 class="css-1jali72">진한 우유 크림을 가득 채운 롤케이크</h2></div>
<h2 class="css-xrp7wx"><span class="css-8h3us8">15%</span><span class="css-9pf1ze">29,750</span><span class="css-1x9cx9j">원</span></h2><span class="css-1e1rd4p"><span>32,000원</span><span class="css-1ufcqt1">?</span></span>
<div class="css-c02hqi"><dl class="css-2lvxh7"><dt class="css-lytdfk">배송</dt><dd class="css-1k8t52o">샛별배송</dd></dl><dl class="css-2lvxh7"><dt>판매자</dt><dd>컬리</dd></dl></div>
<div class="css-9y0nwt"><button class="css-1qirdbn" type="button"><span class="css-nytqmg">장바구니 담기</span></button></div></section></main>""",
        (
            "이 상품은 어때요?",
            [("[르봉마르셰] 롤케이크", "18,900원"), ("[파리크라상] 생크림 케이크", "35,000원")],
        ),
        "<p>(주)컬리 | 대표이사 김슬아</p>",
    ),
    {
        "price": 29750.0,
        "currency": "KRW",
        "title": "[하코야] 살롱 드 몽슈슈 도지마롤 2종",
        "image": "0a1b2c3d-4e5f.jpg",
    },
)

# 2 오늘의집
add(
    "kr-ohouse",
    "https://ohou.se/productions/1234567/selling",
    shell(
        "ko",
        "한샘 샘 책상 1200 | 오늘의집",
        '<a href="/" class="layout-navigation-logo"><img src="/logo.svg" alt="오늘의집"></a><nav><a href="/store">쇼핑</a></nav><a href="/cart">장바구니</a>',
        ["쇼핑", "가구", "책상"],
        """<div class="production-selling-overview container"><div class="production-selling-cover-image-container"><img class="production-selling-cover-image__entry__image" src="https://image.ohou.se/i/bucketplace-v2-development/uploads/productions/169876543210_abcd.jpg?w=720" alt="한샘 샘 책상 1200"></div>
<div class="production-selling-overview__content"><p class="production-selling-header__title__brand-wrap"><a class="production-selling-header__title__brand" href="/brands/home?query=한샘">한샘</a></p><h1 class="production-selling-header__title__name-wrap"><span class="production-selling-header__title__name">샘 책상 1200</span></h1>
<div class="production-selling-header__price"><span class="production-selling-header__price__discount"><span class="number">32</span><span class="percentage">%</span></span><del class="production-selling-header__price__original"><span class="number">219,000</span><span class="won">원</span></del><span class="production-selling-header__price__price"><span class="number">149,000</span><span class="won">원</span></span></div>
<div class="production-selling-header__delivery">무료배송 · 평균 5일 이내 도착</div><div class="production-selling-option-form__footer"><button class="button button--color-blue-inverted">장바구니</button><button class="button button--color-blue">바로구매</button></div></div></div>""",
        ("다른 고객이 함께 본 상품", [("리바트 책상", "129,000원"), ("데스커 책상", "189,000원")]),
        "<p>(주)버킷플레이스</p>",
    ),
    {"price": 149000.0, "currency": "KRW", "title_has": "샘 책상 1200", "image": "169876543210_abcd.jpg"},
)

# 3 91APP shop (TW)
add(
    "tw-91app",
    "https://www.lovfee.com/SalePage/Index/9876543",
    shell(
        "zh-Hant",
        "極致美型無鋼圈內衣 - LOVFEE 官方購物網站",
        '<a href="/" class="header-logo"><img src="/logo.png" alt="LOVFEE"></a><ul class="header-menu"><li><a href="/v2/official/SalePageCategory/1">內衣</a></li></ul><a href="/V2/ShoppingCart">購物車</a>',
        ["首頁", "內衣", "無鋼圈內衣"],
        """<div class="salepage-main"><div class="salepage-images"><div class="swiper-slide swiper-slide-active"><img src="https://diz36nn4q02zr.cloudfront.net/webapi/imagesV3/Cropped/SalePage/9876543/0/638712345678900000?v=1" alt="極致美型無鋼圈內衣"></div></div>
<div class="salepage-info"><h1 class="salepage-title">極致美型無鋼圈內衣</h1><p class="salepage-short-description">零束縛 美胸托高</p>
<div class="salepage-price-block"><div class="salepage-suggestprice">建議售價 NT$1,280</div><div class="salepage-price cms-moneyColor">NT$699</div></div>
<div class="salepage-promotion">任選2件 NT$1,200</div><div class="salepage-sku"><label>尺寸</label><ul><li>S</li><li>M</li><li class="soldout">L</li></ul></div>
<button class="salepage-btn-addtocart">加入購物車</button><button class="salepage-btn-buynow">直接購買</button></div></div>""",
        ("推薦商品", [("無痕內褲", "NT$299"), ("運動內衣", "NT$899")]),
        "<p>LOVFEE 樂飛內衣</p>",
    ),
    {"price": 699.0, "currency": "TWD", "title": "極致美型無鋼圈內衣", "image": "SalePage/9876543/0/"},
)

# 4 Cyberbiz shop (TW)
add(
    "tw-cyberbiz",
    "https://www.teashop.com.tw/products/oolong-150g",
    shell(
        "zh-Hant",
        "阿里山高山烏龍茶 150g｜茶好喝",
        '<a href="/" class="logo"><img src="/logo.png" alt="茶好喝"></a><ul class="nav"><li><a href="/collections/all">全部商品</a></li></ul><a href="/cart">購物車</a>',
        ["首頁", "全部商品"],
        """<div class="product-container"><div class="product-photos"><div class="product-photo-main"><img src="https://cdn1.cybassets.com/media/W1siZiIsIjEyMzQ1L3Byb2R1Y3RzLzY3ODkwL29vbG9uZy5qcGciXV0.jpg?sha=abc123" alt="阿里山高山烏龍茶 150g"></div></div>
<div class="product-info"><div class="product-title-block"><h2 class="product-title">阿里山高山烏龍茶 150g</h2></div>
<div class="product-price-block"><span class="product-compare-price">NT$1,200</span><span class="product-price">NT$980</span></div><p class="product-promo">全館滿$1,500免運</p>
<div class="product-variants"><select name="variant_id"><option value="1">150g</option><option value="2">300g (+NT$900)</option></select></div>
<div class="product-actions"><button class="btn-add-to-cart">加入購物車</button><button class="btn-buy-now">立即購買</button></div></div></div>""",
        ("你可能也會喜歡", [("梨山烏龍茶", "NT$1,280"), ("東方美人茶", "NT$1,480")]),
        "<p>茶好喝茶業有限公司</p>",
    ),
    {
        "price": 980.0,
        "currency": "TWD",
        "title": "阿里山高山烏龍茶 150g",
        "image": "W1siZiIsIjEyMzQ1L3Byb2R1Y3RzLzY3ODkwL29vbG9uZy5qcGciXV0.jpg",
    },
)

# 5 Satu.kz (Prom-like marketplace)
add(
    "kz-satu",
    "https://satu.kz/p123456789-pylesos-xiaomi-robot.html",
    shell(
        "ru",
        'Робот-пылесос Xiaomi Robot Vacuum S10 (BHR5988EU): продажа, цена в Алматы. Роботы-пылесосы от "TechnoStore" - 123456789',
        '<a href="/" data-qaid="logo"><img src="/logo.svg" alt="Satu.kz"></a><input data-qaid="search_input" placeholder="Поиск"><a href="/cart" data-qaid="cart">Корзина</a>',
        ["Satu.kz", "Бытовая техника", "Пылесосы", "Роботы-пылесосы"],
        """<div data-qaid="main_product_info" class="M3v0L"><div data-qaid="image_block" class="qIh4k"><img data-qaid="image_preview" src="https://images.satu.kz/123456789_w640_h640_robot-pylesos-xiaomi.jpg" alt="Робот-пылесос Xiaomi Robot Vacuum S10"></div>
<div class="l-GwW"><h1 data-qaid="product_name" class="_3Trjq">Робот-пылесос Xiaomi Robot Vacuum S10 (BHR5988EU)</h1><span data-qaid="product_code">Код: BHR5988EU</span>
<div data-qaid="product_price_block"><span data-qaid="old_price" class="yzKb6">149 990 ₸</span><div data-qaid="product_price" data-qaprice="119990" class="bkjEo"><span>119 990</span> <span data-qaid="currency">₸</span></div></div>
<span data-qaid="presence_data" class="_6zEyk">В наличии</span><div data-qaid="wholesale">Опт: от 5 шт. — 115 000 ₸</div>
<button data-qaid="buy-button" class="_0cNvO">Купить</button><div data-qaid="company_name"><a href="/c123456-technostore.html">TechnoStore</a></div></div></div>""",
        (
            "Похожие товары",
            [("Робот-пылесос Dreame D10s", "129 990 ₸"), ("Робот-пылесос Roborock Q7", "159 990 ₸")],
        ),
        "<p>© 2008–2026 Satu.kz</p>",
    ),
    {
        "price": 119990.0,
        "currency": "KZT",
        "title": "Робот-пылесос Xiaomi Robot Vacuum S10 (BHR5988EU)",
        "image": "123456789_w640_h640_robot-pylesos-xiaomi.jpg",
    },
)

# 6 Flip.kz
add(
    "kz-flip",
    "https://www.flip.kz/catalog?prod=3456789",
    shell(
        "ru",
        "Книга «Мастер и Маргарита» Булгаков М.А. - купить книгу в Казахстане | Flip.kz",
        '<a href="/" class="logo"><img src="/images/logo.png" alt="Flip.kz"></a><a href="/cart">Корзина</a>',
        ["Главная", "Книги", "Художественная литература"],
        """<table class="product-table"><tr><td class="pic"><a href="https://static.flip.kz/images/Item_big/3456789.jpg" class="lightbox"><img src="https://static.flip.kz/images/Item_small/3456789.jpg" alt="Мастер и Маргарита"></a></td>
<td class="descr"><h1>Мастер и Маргарита</h1><p class="author">Михаил Булгаков</p><table class="params"><tr><td>Издательство:</td><td>Азбука</td></tr><tr><td>ISBN:</td><td>978-5-389-01686-6</td></tr><tr><td>Страниц:</td><td>480</td></tr></table></td>
<td class="buy"><div class="price-block"><div class="old-price"><s>4 200 тг</s></div><div class="text_att"><span class="price">3 350 тг</span></div><div class="bonus">+168 бонусов</div></div>
<div class="nal">В наличии на складе</div><a class="btn-buy" href="/cart/add?prod=3456789">Купить</a></td></tr></table>""",
        ("С этой книгой покупают", [("Собачье сердце", "1 890 тг"), ("Белая гвардия", "2 450 тг")]),
        "<p>ТОО «Флип»</p>",
    ),
    {"price": 3350.0, "currency": "KZT", "title": "Мастер и Маргарита", "image": "3456789.jpg"},
)

# 7 Shoppster.si
add(
    "si-shoppster",
    "https://www.shoppster.si/p/sesalnik-dyson-v15-detect/1234567",
    shell(
        "sl",
        "Sesalnik DYSON V15 Detect Absolute | Shoppster",
        '<a href="/" class="shoppster-logo"><img src="/logo.svg" alt="Shoppster"></a><a href="/kosarica">Košarica</a>',
        ["Domov", "Mali gospodinjski aparati", "Sesalniki"],
        """<div class="pdp"><div class="pdp-gallery"><img class="pdp-gallery__main" src="https://www.shoppster.si/medias/1234567-1-800.jpg?context=bWFzdGVy" alt="Sesalnik DYSON V15 Detect Absolute"></div>
<div class="pdp-info"><h1 class="pdp-info__title">Sesalnik DYSON V15 Detect Absolute</h1><div class="pdp-info__code">Šifra izdelka: 1234567</div>
<div class="pdp-price"><div class="pdp-price__regular"><span>Redna cena</span> <span class="pdp-price__value--old">799,99 €</span></div><div class="pdp-price__current"><span class="pdp-price__value">649,99 €</span></div><div class="pdp-price__omnibus">Najnižja cena v zadnjih 30 dneh pred znižanjem: 699,99 €</div><div class="pdp-price__loyalty">S kartico Shoppster Plus: 629,99 €</div></div>
<div class="pdp-stock">Na zalogi v spletni trgovini</div><button class="pdp-add-to-cart">Dodaj v košarico</button></div></div>""",
        ("Morda vas zanima", [("Dyson V12", "549,99 €"), ("Dyson V8", "349,99 €")]),
        "<p>Shoppster d.o.o.</p>",
    ),
    {
        "price": 649.99,
        "currency": "EUR",
        "title": "Sesalnik DYSON V15 Detect Absolute",
        "image": "1234567-1-800.jpg",
    },
)

# 8 Mall.hr
add(
    "hr-mall",
    "https://www.mall.hr/perilice-rublja/gorenje-wnei84aps-100012345",
    shell(
        "hr",
        "GORENJE WNEI84APS perilica rublja | MALL.HR",
        '<a href="/" class="logo"><img src="/logo.svg" alt="MALL.HR"></a><a href="/kosarica">Košarica</a>',
        ["MALL.HR", "Kućanski aparati", "Perilice rublja"],
        """<div class="detail"><div class="gallery"><img class="gallery__main" src="https://www.mall.hr/i/12345678/1000/1000" alt="GORENJE WNEI84APS perilica rublja"></div>
<div class="info-box"><h1 class="detail__title">GORENJE WNEI84APS perilica rublja</h1><div class="rating">4,7 (53 recenzije)</div>
<div class="price-wrapper"><div class="price__wrap__box"><span class="price__wrap__box__old">499,00 €</span><span class="price__wrap__box__final">399,00 €</span></div><div class="price__lowest">Najniža cijena u posljednjih 30 dana: 429,00 €</div><div class="price__installment">ili 12 rata od 33,25 €</div></div>
<div class="availability">Dostupno odmah</div><button class="btn btn--primary add-to-cart">Dodaj u košaricu</button></div></div>""",
        ("Slični proizvodi", [("Beko WUE7512", "349,00 €"), ("Bosch WAN28", "549,00 €")]),
        "<p>Internet Mall d.o.o.</p>",
    ),
    {
        "price": 399.00,
        "currency": "EUR",
        "title": "GORENJE WNEI84APS perilica rublja",
        "image": "mall.hr/i/12345678",
    },
)


# the fifth batch (Ably ... Zigzag)
# 1 Ably (KR, hashed classes)
add(
    "kr-ably",
    "https://m.a-bly.com/goods/12345678",
    shell(
        "ko",
        "에이블리 - 데일리 루즈핏 라운드 니트 (5color)",
        '<a href="/" class="sc-1x2y3z4-0 kQwErT"><img src="/logo.svg" alt="ABLY"></a>',
        ["홈", "상의", "니트"],
        """<div class="sc-a1b2c3-0 hGfEdC"><div class="sc-d4e5f6-0 jKlMnO"><img src="https://img.a-bly.com/goods/12345678/main_1080.jpg" alt="데일리 루즈핏 라운드 니트 (5color)" class="sc-g7h8i9-0 pQrStU"></div>
<div class="sc-j1k2l3-0 vWxYzA"><a href="/market/5678" class="sc-m4n5o6-0 bCdEfG"><span>르니블</span></a><p class="sc-p7q8r9-0 hIjKlM">데일리 루즈핏 라운드 니트 (5color)</p>
<div class="sc-s1t2u3-0 nOpQrS"><span class="sc-v4w5x6-0 tUvWxY">39%</span><span class="sc-y7z8a9-0 zAbCdE">24,900원</span><span class="sc-b1c2d3-0 fGhIjK">40,800원</span></div>
<div class="sc-e4f5g6-0 lMnOpQ"><span>무료배송</span><span>오늘출발</span></div><button class="sc-h7i8j9-0 rStUvW">구매하기</button></div></div>""",
        ("비슷한 상품", [("오버핏 꽈배기 니트", "19,900원"), ("브이넥 가디건", "22,900원")]),
        "<p>(주)에이블리코퍼레이션</p>",
    ),
    {
        "price": 24900.0,
        "currency": "KRW",
        "title": "데일리 루즈핏 라운드 니트 (5color)",
        "image": "main_1080.jpg",
    },
)

# 2 W Concept
add(
    "kr-wconcept",
    "https://www.wconcept.co.kr/Product/301234567",
    shell(
        "ko",
        "[LEMAIRE] CROISSANT BAG SMALL_BLACK | W컨셉(W CONCEPT)",
        '<h1 class="logo"><a href="/"><img src="/logo.png" alt="W CONCEPT"></a></h1><a href="/Cart">SHOPPING BAG</a>',
        ["HOME", "WOMEN", "BAGS", "SHOULDER BAGS"],
        """<div class="pdt_detail"><div class="pdt_img"><div id="img_01"><img src="https://product-image.wconcept.co.kr/productimg/image/img0/67/301234567_AB12345.jpg" alt="CROISSANT BAG SMALL_BLACK"></div></div>
<div class="h_group"><h2 class="brand"><a href="/Brand/001234">LEMAIRE</a></h2><h3 class="product cut_2line">CROISSANT BAG SMALL_BLACK</h3></div>
<div class="price_wrap"><dl><dt>정상가</dt><dd class="normal"><em>1,290,000</em>원</dd></dl><dl class="sale"><dt>할인가</dt><dd class="cost"><em>1,161,000</em>원<span class="discount_percent">10%</span></dd></dl><dl class="max"><dt>최대혜택가</dt><dd><em>1,103,000</em>원</dd></dl></div>
<div class="select_box"><select><option>ONE SIZE</option></select></div><div class="btn_area"><a href="#" class="btn_cart">장바구니</a><a href="#" class="btn_buy">바로구매</a></div></div>""",
        ("이 브랜드의 다른 상품", [("CROISSANT BAG MEDIUM", "1,590,000원"), ("EGG BAG", "890,000원")]),
        "<p>(주)더블유컨셉코리아</p>",
    ),
    {
        "price": 1161000.0,
        "currency": "KRW",
        "title_has": "CROISSANT BAG SMALL_BLACK",
        "image": "301234567_AB12345.jpg",
    },
)

# 3 Lamoda.kz
add(
    "kz-lamoda",
    "https://www.lamoda.kz/p/rtlacx123456/shoes-adidas-krossovki/",
    shell(
        "ru",
        "Кроссовки adidas Originals GAZELLE цвет черный RTLACX123456 купить за 52990 ₸ в интернет-магазине Lamoda.kz",
        '<a href="/" class="d-header-top-line__logo"><img src="/logo.svg" alt="Lamoda"></a><a href="/checkout/cart/">Корзина</a>',
        ["Главная", "Мужчинам", "Обувь", "Кроссовки"],
        """<div class="_root_1wiwn_2"><div class="_gallery_1jk5o_2"><img class="_image_1jk5o_12" src="https://a.lmcdn.ru/product/R/T/RTLACX123456_21234567_1_v1_2x.jpg" alt="Кроссовки adidas Originals GAZELLE"></div>
<div class="_info_1wiwn_15"><h1 class="_titleContainer_1wiwn_7"><a href="/b/2541-adidas-originals/" class="_brandName_1wiwn_9">adidas Originals</a><span class="_modelName_1wiwn_11">GAZELLE</span></h1><div class="_productType_1wiwn_13">Кроссовки</div>
<div class="_prices_mw2hz_2"><span class="_price_mw2hz_7 _price_discount_mw2hz_13">52 990 ₸</span><span class="_price_mw2hz_7 _price_old_mw2hz_10">64 990 ₸</span><span class="_price_loyalty_mw2hz_20">Цена с баллами: 50 340 ₸</span></div>
<div class="_sizes_1wiwn_30"><select><option>Выберите размер</option><option>41</option><option>42</option></select></div><button class="x-button _addToCart_1wiwn_33">Добавить в корзину</button></div></div>""",
        ("Похожие товары", [("Кроссовки Nike", "48 990 ₸"), ("Кеды Puma", "29 990 ₸")]),
        "<p>ТОО «Ламода Казахстан»</p>",
    ),
    {
        "price": 52990.0,
        "currency": "KZT",
        "title_has": "GAZELLE",
        "image": "RTLACX123456_21234567_1_v1_2x.jpg",
    },
)

# 4 Dexter (AR, VTEX IO)
add(
    "ar-dexter",
    "https://www.dexter.com.ar/zapatillas-nike-air-max-sc-hombre-cw4555-002/p",
    shell(
        "es-AR",
        "Zapatillas Nike Air Max SC Hombre | Dexter",
        '<a href="/" class="vtex-store-components-3-x-logoLink"><img src="/logo.svg" alt="Dexter"></a><a href="/checkout">Carrito</a>',
        ["Inicio", "Hombre", "Calzado", "Zapatillas"],
        """<div class="vtex-flex-layout-0-x-flexRow--pdp-main"><div class="vtex-store-components-3-x-carouselGaleryCursor"><img class="vtex-store-components-3-x-productImageTag vtex-store-components-3-x-productImageTag--main" src="https://dexter.vtexassets.com/arquivos/ids/812345-1200-auto?v=638234&width=1200&height=auto&aspect=true" alt="Zapatillas Nike Air Max SC Hombre"></div>
<div class="vtex-flex-layout-0-x-flexCol--pdp-info"><span class="vtex-store-components-3-x-productBrandName">Nike</span><h1 class="vtex-store-components-3-x-productNameContainer mv0 t-heading-4"><span class="vtex-store-components-3-x-productBrand">Zapatillas Nike Air Max SC Hombre</span></h1>
<div class="vtex-flex-layout-0-x-flexRow--pdp-prices"><span class="vtex-product-price-1-x-listPriceValue vtex-product-price-1-x-listPriceValue--pdp strike">$ 149.999</span><span class="vtex-product-price-1-x-sellingPriceValue vtex-product-price-1-x-sellingPriceValue--pdp">$ 119.999</span><span class="vtex-product-price-1-x-savings">20% OFF</span></div>
<div class="dexter-installments">6 cuotas sin interés de $ 19.999,83</div><div class="vtex-rich-text-0-x-container--precio-sin-impuestos">Precio sin impuestos nacionales: $ 99.173</div>
<div class="vtex-store-components-3-x-skuSelectorContainer"><div class="vtex-store-components-3-x-skuSelectorName">Talle</div><div class="vtex-store-components-3-x-skuSelectorItem">40</div><div class="vtex-store-components-3-x-skuSelectorItem">41</div></div>
<button class="vtex-button vtex-add-to-cart-button-0-x-buttonText">Agregar al carrito</button></div></div>""",
        (
            "Te puede interesar",
            [("Zapatillas Adidas Grand Court", "$ 89.999"), ("Zapatillas Puma Caven", "$ 79.999")],
        ),
        "<p>Grupo Dash S.A.</p>",
    ),
    {
        "price": 119999.0,
        "currency": "ARS",
        "title": "Zapatillas Nike Air Max SC Hombre",
        "image": "812345-1200-auto",
    },
)

# 5 Sportvision.hr
add(
    "hr-sportvision",
    "https://www.sportvision.hr/patike/12345-nike-air-force-1-07",
    shell(
        "hr",
        "NIKE Tenisice AIR FORCE 1 '07 | Sportvision",
        '<a href="/" class="logo"><img src="/img/logo.svg" alt="Sportvision"></a><a href="/kosarica">Košarica</a>',
        ["Početna", "Muškarci", "Obuća", "Tenisice"],
        """<div class="product-page"><div class="product-image-gallery"><div class="slick-slide slick-active"><img src="https://www.sportvision.hr/files/thumbs/files/images/slike_proizvoda/media/CW2/CW2288-111/images/thumbs_800/CW2288-111_800_800px.jpg" alt="NIKE Tenisice AIR FORCE 1 '07"></div></div>
<div class="product-info"><div class="product-brand"><a href="/brand/nike">NIKE</a></div><h1 class="product-title">Tenisice AIR FORCE 1 '07</h1><div class="product-code">Šifra: CW2288-111</div>
<div class="product-price"><div class="price-old"><span class="label">Stara cijena:</span> <span class="value">119,99 €</span></div><div class="price-current"><span class="value">95,99 €</span></div><div class="price-club">Cijena za članove kluba: 89,99 €</div><div class="price-lowest">Najniža cijena u zadnjih 30 dana: 99,99 €</div></div>
<div class="product-sizes"><span class="size">40</span><span class="size">41</span><span class="size disabled">42</span></div><button class="btn btn-add-to-cart">Dodaj u košaricu</button></div></div>""",
        ("Preporučujemo", [("NIKE Dunk Low", "109,99 €"), ("ADIDAS Samba", "99,99 €")]),
        "<p>Sport Vision d.o.o.</p>",
    ),
    {"price": 95.99, "currency": "EUR", "title_has": "AIR FORCE 1 '07", "image": "CW2288-111_800_800px.jpg"},
)

# 6 IKEA hr
add(
    "hr-ikea",
    "https://www.ikea.com/hr/hr/p/billy-polica-za-knjige-bijela-00263850/",
    shell(
        "hr",
        "BILLY polica za knjige, bijela, 80x28x202 cm - IKEA",
        '<a href="/hr/hr/" class="hnf-header__logo"><img src="/logo.svg" alt="IKEA"></a><a href="/hr/hr/shoppingcart/" class="hnf-header__cart-link">Košarica</a>',
        ["Proizvodi", "Police i regali", "Police za knjige"],
        """<div class="pip-product__subgrid"><div class="pip-media-grid__grid"><div class="pip-media-grid__media-container"><span class="pip-aspect-ratio-box"><img class="pip-image" src="https://www.ikea.com/hr/hr/images/products/billy-polica-za-knjige-bijela__0625599_pe692385_s5.jpg?f=xl" alt="BILLY polica za knjige, bijela, 80x28x202 cm"></span></div></div>
<div class="pip-product__buy-module-container"><div class="pip-temp-price-module"><h1 class="pip-header-section"><div class="pip-header-section__container-text"><span class="pip-header-section__title--big notranslate">BILLY</span><span class="pip-header-section__description"><span class="pip-header-section__description-text">Polica za knjige</span>, <span class="pip-link-button pip-header-section__description-measurement">80x28x202 cm</span></span></div></h1>
<div class="pip-temp-price-module__price"><span class="pip-temp-price"><span class="pip-temp-price__sr-text">Cijena 59,99€</span><span class="pip-temp-price__integer" aria-hidden="true">59</span><span class="pip-temp-price__decimal" aria-hidden="true"><span class="pip-temp-price__separator">,</span>99</span><span class="pip-temp-price__currency" aria-hidden="true">€</span></span></div></div>
<div class="pip-product-variation">Bijela</div><button class="pip-btn pip-btn--emphasised"><span class="pip-btn__label">Dodaj u košaricu</span></button><div class="pip-store-availability">Dostupno u robnoj kući Zagreb</div></div></div>""",
        ("Povezani proizvodi", [("BILLY vrata", "20,00€"), ("OXBERG vrata", "30,00€")]),
        "<p>IKEA Hrvatska d.o.o.</p>",
    ),
    {
        "price": 59.99,
        "currency": "EUR",
        "title_has": "BILLY",
        "image": "billy-polica-za-knjige-bijela__0625599_pe692385_s5.jpg",
    },
)

# 7 Hervis.si
add(
    "si-hervis",
    "https://www.hervis.si/shop/Oblacila/Jakne/The-North-Face/Moska-jakna-Resolve-2/p/COLOR-1234567",
    shell(
        "sl",
        "THE NORTH FACE Moška jakna Resolve 2 | Hervis",
        '<a href="/shop/" class="logo"><img src="/logo.svg" alt="Hervis"></a><a href="/shop/cart">Košarica</a>',
        ["Domov", "Oblačila", "Jakne"],
        """<div class="product-detail"><div class="gallery"><img class="gallery__image" src="https://www.hervis.si/medias/sys_master/images/images/h12/h34/1234567890/1234567-1-900.jpg" alt="THE NORTH FACE Moška jakna Resolve 2"></div>
<div class="product-detail__info"><p class="product-detail__brand">THE NORTH FACE</p><h1 class="product-detail__name">Moška jakna Resolve 2</h1>
<div class="product-detail__price"><span class="price price--reduced">79,99 €</span><span class="price price--original">109,99 €</span><span class="price__lowest">Najnižja cena v zadnjih 30 dneh: 89,99 €</span></div>
<div class="sizes"><button>S</button><button>M</button><button disabled>L</button></div><button class="button button--primary js-add-to-cart">V košarico</button></div></div>""",
        ("Morda vam bo všeč", [("COLUMBIA jakna", "89,99 €"), ("McKINLEY jakna", "49,99 €")]),
        "<p>Hervis d.o.o.</p>",
    ),
    {"price": 79.99, "currency": "EUR", "title_has": "Moška jakna Resolve 2", "image": "1234567-1-900.jpg"},
)

# 8 Zigzag (KR)
add(
    "kr-zigzag",
    "https://zigzag.kr/catalog/products/123456789",
    shell(
        "ko",
        "[지그재그] 빅사이즈 와이드 데님 팬츠 - 모디무드",
        '<a href="/" class="css-1n2o3p"><img src="/logo.svg" alt="ZIGZAG"></a>',
        ["홈", "바지", "데님"],
        """<div class="css-9a8b7c"><div class="css-6d5e4f"><img src="https://cf.image-farm.s.zigzag.kr/original/cms/2024/11/01/202411011234_main.jpeg?width=800" alt="상품 이미지" class="css-3g2h1i"></div>
<div class="css-j1k2l3"><a href="/catalog/shops/moddymood" class="css-m4n5o6">모디무드</a><h1 class="css-p7q8r9 BODY_15">빅사이즈 와이드 데님 팬츠</h1>
<div class="css-s1t2u3"><span class="css-v4w5x6 BODY_17 BOLD">29%</span><span class="css-y7z8a9 BODY_17 BOLD">27,900원</span><span class="css-b1c2d3 BODY_14 MEDIUM">39,000원</span></div><p class="css-e4f5g6">첫 구매 쿠폰 적용 시 23,900원</p>
<button class="css-h7i8j9" type="button">구매하기</button></div></div>""",
        ("다른 고객이 함께 본 상품", [("스트레이트 데님", "25,900원"), ("부츠컷 데님", "31,900원")]),
        "<p>(주)카카오스타일</p>",
    ),
    {
        "price": 27900.0,
        "currency": "KRW",
        "title_has": "빅사이즈 와이드 데님 팬츠",
        "image": "202411011234_main.jpeg",
    },
)


# the sixth batch (shop builders: Imweb ... MakeShop)
# 1 Imweb shop (KR)
add(
    "kr-imweb",
    "https://www.haneulcandle.com/shop_view/?idx=123",
    shell(
        "ko",
        "하늘캔들",
        '<div class="inline-section"><a href="/" class="_fade_link"><img src="https://cdn.imweb.me/upload/S2020/logo.png" alt="하늘캔들"></a></div><ul class="_inline_menu_container"><li><a href="/shop">SHOP</a></li><li><a href="/about">ABOUT</a></li></ul>',
        ["SHOP", "캔들"],
        """<div class="shop_view"><div class="goods_thumbnail"><div class="owl-item active"><img src="https://cdn.imweb.me/thumbnail/20241010/abc123def456.jpg" alt=""></div></div>
<div class="goods_summary"><div class="view_tit no-margin-top title_font_style">소이 캔들 라벤더 200ml</div>
<div class="goods_price"><div class="real_price"><span class="sale_price">28,000원</span><del>32,000원</del></div></div>
<div class="opt_block"><select class="form-control"><option>향 선택</option><option>라벤더</option><option>우드</option></select></div>
<div class="buy_btns"><a href="#" class="btn defualt _btn_buy">구매하기</a><a href="#" class="btn _btn_cart">장바구니</a></div></div></div>""",
        ("추천 상품", [("디퓨저 라벤더", "24,000원"), ("왁스 타블렛", "15,000원")]),
        "<p>하늘캔들 | 대표: 이하늘</p>",
    ),
    {"price": 28000.0, "currency": "KRW", "title": "소이 캔들 라벤더 200ml", "image": "abc123def456.jpg"},
)

# 2 Sixshop (KR)
add(
    "kr-sixshop",
    "https://mooncloth.sixshop.com/product/123456",
    shell(
        "ko",
        "문클로스 - 린넨 셔츠 원피스",
        '<a href="/" class="logo"><span class="logoText">문클로스</span></a><ul class="menu"><li><a href="/shop">SHOP</a></li></ul>',
        ["SHOP", "DRESS"],
        """<div id="productDetail" class="productDetailWrapper"><div class="productImageWrapper"><div class="productImage"><img src="https://contents.sixshop.com/thumbnails/uploadedFiles/12345/product/image_1699999999999_1000.jpg" alt="린넨 셔츠 원피스"></div></div>
<div class="productInfoWrapper"><h1 class="productTitle">린넨 셔츠 원피스</h1><div class="productPriceWrapper"><span class="productDiscountPrice">69,000원</span><span class="productPrice">89,000원</span></div>
<div class="productOptions"><select><option>색상</option><option>베이지</option><option>블랙</option></select></div><div class="buttonWrapper"><button class="buyButton">구매하기</button><button class="cartButton">장바구니</button></div></div></div>""",
        ("RELATED", [("린넨 팬츠", "49,000원"), ("린넨 블라우스", "45,000원")]),
        "<p>문클로스 | 사업자번호 123-45-67890</p>",
    ),
    {
        "price": 69000.0,
        "currency": "KRW",
        "title": "린넨 셔츠 원피스",
        "image": "image_1699999999999_1000.jpg",
    },
)

# 3 Meepshop (TW)
add(
    "tw-meepshop",
    "https://www.flowerday.com.tw/product/8f4e2a10-1234-4abc-9def-0123456789ab",
    shell(
        "zh-Hant",
        "乾燥花束 浪漫粉 | 花日子",
        '<a href="/" class="meepshop-logo"><img src="https://img.meepshop.com/logo.png" alt="花日子"></a><ul><li><a href="/products">所有商品</a></li></ul>',
        ["首頁", "所有商品"],
        """<div class="product-info-wrapper"><div class="product-carousel"><img class="carousel-image" src="https://img.meepshop.com/abcdef/1234567890.jpeg?w=960" alt="乾燥花束 浪漫粉"></div>
<div class="product-info"><h1 class="product-title">乾燥花束 浪漫粉</h1><div class="product-price"><span class="suggested-price">建議售價 NT$ 1,680</span><span class="current-price">NT$ 1,280</span></div>
<div class="product-spec"><span class="spec-title">尺寸</span><button>小</button><button>大</button></div><div class="product-quantity"><button>-</button><input value="1"><button>+</button></div>
<button class="add-to-cart-button">加入購物車</button></div></div>""",
        ("你可能也喜歡", [("永生花盒", "NT$ 2,280"), ("滿天星花束", "NT$ 980")]),
        "<p>花日子工作室</p>",
    ),
    {"price": 1280.0, "currency": "TWD", "title": "乾燥花束 浪漫粉", "image": "1234567890.jpeg"},
)

# 4 WACA (TW)
add(
    "tw-waca",
    "https://www.teaandcake.com.tw/products/matcha-roll",
    shell(
        "zh-Hant",
        "抹茶生乳捲 - 茶與蛋糕",
        '<a href="/" class="logo"><img src="/logo.png" alt="茶與蛋糕"></a><ul class="menu"><li><a href="/products">商品</a></li></ul>',
        ["首頁", "商品", "蛋糕"],
        """<div class="product-page"><div class="product-images"><img class="main-image" src="https://cdn.waca.ec/uploads/shops/12345/products/matcha-roll_1.jpg" alt="抹茶生乳捲"></div>
<div class="product-details"><h2 class="product-name">抹茶生乳捲</h2><p class="product-brief">宇治抹茶 北海道鮮奶油</p><div class="price-box"><span class="price-original">原價 NT$580</span><span class="price-sale">特價 NT$480</span></div>
<div class="product-notice">※ 冷凍宅配，滿NT$1,500免運</div><button class="btn-cart">加入購物車</button><button class="btn-checkout">立即結帳</button></div></div>""",
        ("熱銷商品", [("巴斯克乳酪蛋糕", "NT$520"), ("檸檬塔", "NT$120")]),
        "<p>茶與蛋糕有限公司</p>",
    ),
    {"price": 480.0, "currency": "TWD", "title": "抹茶生乳捲", "image": "matcha-roll_1.jpg"},
)

# 5 EasyStore (TW)
add(
    "tw-easystore",
    "https://www.woodtw.com.tw/products/walnut-cutting-board",
    shell(
        "zh-Hant",
        "胡桃木砧板 – 木匠手作",
        '<a href="/" class="header__logo"><img src="https://cdn.easystore.co/logo.png" alt="木匠手作"></a><a href="/cart">購物車</a>',
        ["首頁", "廚房"],
        """<div class="product-single"><div class="product-single__photos"><img id="ProductPhotoImg" src="https://cdn.easystore.co/s/12345/products/walnut-board_1024x1024.jpg" alt="胡桃木砧板"></div>
<div class="product-single__meta"><h1 class="product-single__title">胡桃木砧板</h1><p class="product-single__prices"><span class="product-single__price--compare">NT$2,200</span><span id="ProductPrice" class="product-single__price">NT$1,800</span></p>
<select name="id"><option>小 30cm</option><option>大 40cm (+NT$600)</option></select><button type="submit" name="add" id="AddToCart" class="btn">加入購物車</button></div></div>""",
        ("相關商品", [("木湯匙", "NT$350"), ("木托盤", "NT$1,200")]),
        "<p>木匠手作工作室</p>",
    ),
    {"price": 1800.0, "currency": "TWD", "title": "胡桃木砧板", "image": "walnut-board_1024x1024.jpg"},
)

# 6 Makeshop (KR)
add(
    "kr-makeshop",
    "https://www.bomnalstore.com/shop/shopdetail.html?branduid=1234567",
    shell(
        "ko",
        "봄날스토어",
        '<div id="hdWrap"><h1 class="logo"><a href="/index.html"><img src="/design/bomnal/logo.png" alt="봄날스토어"></a></h1></div>',
        ["HOME", "KITCHEN"],
        """<div id="productDetail"><div class="page-body"><div class="thumb-info"><div class="thumb-wrap"><div class="thumb"><img src="/shopimages/bomnal/0010010000012.jpg?1700000000" class="detail_image" alt="상품 큰 이미지"></div></div>
<div class="info"><h3 class="tit-prd">에나멜 법랑 냄비 18cm</h3><div class="table-opt"><table><tbody><tr><th scope="row"><div class="tb-left">판매가격</div></th><td class="price"><div class="tb-left"><strike>45,000원</strike> <span class="price">39,000원</span></div></td></tr>
<tr><th><div class="tb-left">적립금</div></th><td><div class="tb-left">390원 (1%)</div></td></tr><tr><th><div class="tb-left">배송비</div></th><td><div class="tb-left">3,000원 (50,000원 이상 무료)</div></td></tr></tbody></table></div>
<div class="prd-btns"><a href="javascript:send('baro', '');" class="btn_buy">BUY NOW</a><a href="javascript:send('', '');" class="btn_cart">ADD TO CART</a></div></div></div></div></div>""",
        ("RELATED ITEM", [("법랑 주전자", "42,000원"), ("우드 트레이", "18,000원")]),
        "<p>봄날스토어 | 대표 박봄날</p>",
    ),
    {"price": 39000.0, "currency": "KRW", "title": "에나멜 법랑 냄비 18cm", "image": "0010010000012.jpg"},
)


# the seventh batch (eBay auctions, an Allegro auction)
def ebay(tld, lang, doc_title, title, pricebox, buttons, img, seller="tech_deals_4u", extra=""):
    return f'''<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{doc_title}</title></head><body>
<header id="gh" class="gh-flex"><a href="https://www.ebay.{tld}" id="gh-la"><svg aria-label="eBay Home" role="img"></svg></a><form id="gh-f"><input id="gh-ac" placeholder="Search for anything"></form><a href="https://cart.ebay.{tld}" class="gh-cart">Cart</a></header>
<nav class="breadcrumbs"><ul><li><a href="/b/Electronics/bn_7000259124">Electronics</a></li><li><a href="/b/Headphones/112529">Headphones</a></li></ul></nav>
<div id="mainContent" class="vim x-vi-evo-main-container"><div class="vim x-evo-image-carousel"><div class="ux-image-carousel-item image-treatment active image" data-idx="0"><img src="https://i.ebayimg.com/images/g/{img}/s-l500.jpg" data-zoom-src="https://i.ebayimg.com/images/g/{img}/s-l1600.jpg" alt="{title[:40]}"></div><div class="ux-image-carousel-item image" data-idx="1"><img data-src="https://i.ebayimg.com/images/g/OTHER1/s-l500.jpg" alt=""></div></div>
<div class="vim x-item-title" data-testid="x-item-title"><h1 class="x-item-title__mainTitle"><span class="ux-textspans ux-textspans--BOLD">{title}</span></h1></div>
<div class="vim x-sellercard-atf" data-testid="x-sellercard-atf"><div class="x-sellercard-atf__info__about-seller"><a href="/str/{seller}"><span class="ux-textspans ux-textspans--BOLD">{seller}</span></a></div><div><span class="ux-textspans ux-textspans--PSEUDOLINK">99.2% positive</span></div></div>
{pricebox}
<div class="vim x-item-condition"><span class="ux-textspans">Condition:</span> <span class="ux-textspans">New</span></div>
{buttons}
{extra}
<div class="vim d-shipping-minview"><span class="ux-textspans">Shipping:</span> <span class="ux-textspans ux-textspans--BOLD">US $5.99</span> <span>Standard Shipping</span></div>
</div>
<div class="vim x-about-this-item"><h2>Item specifics</h2><dl class="ux-labels-values"><dt><span>Brand</span></dt><dd><span>Sony</span></dd><dt><span>Model</span></dt><dd><span>WH-1000XM4</span></dd></dl></div>
<div class="vim merch-module"><h2>Similar sponsored items</h2><ul>{"".join(f'<li class="merch-item"><a href="/itm/12345{i}"><img src="https://i.ebayimg.com/images/g/SIM{i}/s-l225.jpg"><div class="merch-item-title">Similar headphones {i}</div><div class="merch-price">US ${40 + i}.00</div></a></li>' for i in range(4))}</ul></div>
<footer id="glbfooter"><p>Copyright © 1995-2026 eBay Inc. All Rights Reserved.</p></footer></body></html>'''


add(
    "com-auction",
    "https://www.ebay.com/itm/123456789012",
    ebay(
        "com",
        "en-US",
        "Sony WH-1000XM4 Wireless Noise Cancelling Headphones Black | eBay",
        "Sony WH-1000XM4 Wireless Noise Cancelling Headphones Black",
        '<div class="vim x-bid-price" data-testid="x-bid-price"><div class="x-bid-price__label"><span class="ux-textspans">Current bid:</span></div><div class="x-price-primary" data-testid="x-price-primary"><span class="ux-textspans">US $112.50</span></div><div class="x-bid-count"><span class="ux-textspans">[ 14 bids ]</span></div></div><div class="vim x-end-time"><span class="ux-textspans">Ends in 2d 04h</span></div>',
        '<div class="vim x-bid-action"><a class="ux-call-to-action fake-btn fake-btn--fluid fake-btn--primary" href="/bfl/placebid/123456789012"><span class="ux-call-to-action__cell"><span class="ux-call-to-action__text">Place bid</span></span></a></div><div class="x-watch-action"><a class="fake-btn fake-btn--secondary" href="#">Add to Watchlist</a></div>',
        "ABCAAOSwXyZkZ1a2",
    ),
    {
        "price": 112.50,
        "currency": "USD",
        "title": "Sony WH-1000XM4 Wireless Noise Cancelling Headphones Black",
        "image": "ABCAAOSwXyZkZ1a2",
    },
)
add(
    "com-auction-bin",
    "https://www.ebay.com/itm/123456789013",
    ebay(
        "com",
        "en-US",
        "Nike Air Jordan 1 Retro High OG Chicago Size 10 | eBay",
        "Nike Air Jordan 1 Retro High OG Chicago Size 10",
        '<div class="vim x-bid-price"><div class="x-bid-price__label"><span class="ux-textspans">Starting bid:</span></div><div class="x-price-primary"><span class="ux-textspans">US $150.00</span></div><div class="x-bid-count"><span class="ux-textspans">[ 0 bids ]</span></div></div><div class="vim x-bin-price"><div class="x-bin-price__label"><span class="ux-textspans">Buy It Now:</span></div><div class="x-price-primary"><span class="ux-textspans">US $299.99</span></div></div>',
        '<div class="vim x-bid-action"><a class="fake-btn fake-btn--primary" href="/bfl/placebid/123456789013">Place bid</a></div><div class="vim x-bin-action"><a class="fake-btn fake-btn--primary" href="/bin/123456789013">Buy It Now</a></div>',
        "DEFAAOSwAbCdEf12",
    ),
    {"title": "Nike Air Jordan 1 Retro High OG Chicago Size 10", "image": "DEFAAOSwAbCdEf12"},
)
add(
    "de-auktion",
    "https://www.ebay.de/itm/123456789014",
    ebay(
        "de",
        "de-DE",
        "Apple AirPods Pro 2. Generation MagSafe USB-C NEU OVP | eBay",
        "Apple AirPods Pro 2. Generation MagSafe USB-C NEU OVP",
        '<div class="vim x-bid-price"><div class="x-bid-price__label"><span class="ux-textspans">Aktuelles Gebot:</span></div><div class="x-price-primary"><span class="ux-textspans">EUR 145,00</span></div><div class="x-bid-count"><span class="ux-textspans">[ 23 Gebote ]</span></div></div><div><span class="ux-textspans">Endet in 5 Std. 12 Min.</span></div>',
        '<div class="vim x-bid-action"><a class="fake-btn fake-btn--primary" href="/bfl/placebid/123456789014">Bieten</a></div>',
        "GHIAAOSwGhIjKl34",
    ),
    {
        "price": 145.00,
        "currency": "EUR",
        "title": "Apple AirPods Pro 2. Generation MagSafe USB-C NEU OVP",
        "image": "GHIAAOSwGhIjKl34",
    },
)
add(
    "com-best-offer-approx",
    "https://www.ebay.com/itm/123456789015",
    ebay(
        "com",
        "en-US",
        "Louis Vuitton Neverfull MM Monogram Tote Bag | eBay",
        "Louis Vuitton Neverfull MM Monogram Tote Bag",
        '<div class="vim x-price-section" data-testid="x-price-section"><div class="x-price-primary" data-testid="x-price-primary"><span class="ux-textspans">US $1,450.00</span></div><div class="x-price-approx"><span class="ux-textspans ux-textspans--SECONDARY">Approximately</span> <span class="ux-textspans ux-textspans--SECONDARY x-price-approx__price">EUR 1,335.27</span></div><div class="x-additional-info"><span class="ux-textspans">or Best Offer</span></div></div>',
        '<div class="vim x-bin-action"><a class="fake-btn fake-btn--primary" href="/bin">Buy It Now</a></div><div class="vim x-offer-action"><a class="fake-btn fake-btn--secondary" href="/bo">Make offer</a></div>',
        "JKLAAOSwMnOpQr56",
    ),
    {
        "price": 1450.00,
        "currency": "USD",
        "title": "Louis Vuitton Neverfull MM Monogram Tote Bag",
        "image": "JKLAAOSwMnOpQr56",
    },
)
add(
    "fr-enchere",
    "https://www.ebay.fr/itm/123456789016",
    ebay(
        "fr",
        "fr-FR",
        "Montre Rolex Submariner Date 116610LN | eBay",
        "Montre Rolex Submariner Date 116610LN",
        '<div class="vim x-bid-price"><div class="x-bid-price__label"><span class="ux-textspans">Enchère actuelle :</span></div><div class="x-price-primary"><span class="ux-textspans">EUR 6 200,00</span></div><div class="x-bid-count"><span class="ux-textspans">[ 31 enchères ]</span></div></div>',
        '<div class="vim x-bid-action"><a class="fake-btn fake-btn--primary" href="/bfl/placebid">Enchérir</a></div>',
        "MNOAAOSwStUvWx78",
    ),
    {
        "price": 6200.00,
        "currency": "EUR",
        "title": "Montre Rolex Submariner Date 116610LN",
        "image": "MNOAAOSwStUvWx78",
    },
)
add(
    "it-asta",
    "https://www.ebay.it/itm/123456789017",
    ebay(
        "it",
        "it-IT",
        "Borsa Gucci GG Marmont Matelassé piccola | eBay",
        "Borsa Gucci GG Marmont Matelassé piccola",
        '<div class="vim x-bid-price"><div class="x-bid-price__label"><span class="ux-textspans">Offerta attuale:</span></div><div class="x-price-primary"><span class="ux-textspans">EUR 820,00</span></div><div class="x-bid-count"><span class="ux-textspans">[ 9 offerte ]</span></div></div>',
        '<div class="vim x-bid-action"><a class="fake-btn fake-btn--primary" href="/bfl/placebid">Fai un\'offerta</a></div>',
        "PQRAAOSwYzAbCd90",
    ),
    {
        "price": 820.00,
        "currency": "EUR",
        "title": "Borsa Gucci GG Marmont Matelassé piccola",
        "image": "PQRAAOSwYzAbCd90",
    },
)
add(
    "uk-ended",
    "https://www.ebay.co.uk/itm/123456789018",
    ebay(
        "co.uk",
        "en-GB",
        "Dyson V11 Absolute Cordless Vacuum Cleaner | eBay",
        "Dyson V11 Absolute Cordless Vacuum Cleaner",
        '<div class="vim x-bid-price"><div class="x-bid-price__label"><span class="ux-textspans">Winning bid:</span></div><div class="x-price-primary"><span class="ux-textspans">£182.00</span></div><div class="x-bid-count"><span class="ux-textspans">[ 27 bids ]</span></div></div>',
        '<div class="vim x-alert"><div class="ux-message__content"><span class="ux-textspans ux-textspans--BOLD">This listing sold on Sun, 29 Nov at 8:12PM.</span></div></div><div class="vim x-similar-action"><a class="fake-btn fake-btn--primary" href="/sch">Find similar items</a></div>',
        "STUAAOSwEfGhIj12",
    ),
    {
        "price": 182.00,
        "currency": "GBP",
        "title": "Dyson V11 Absolute Cordless Vacuum Cleaner",
        "image": "STUAAOSwEfGhIj12",
    },
)
# Allegro licytacja
add(
    "pl-allegro-licytacja",
    "https://allegro.pl/oferta/lego-star-wars-75192-millennium-falcon-12345678901",
    shell(
        "pl",
        "LEGO Star Wars 75192 Millennium Falcon UCS - 12345678901 - oficjalne archiwum Allegro",
        '<a href="/" data-role="header-logo"><img src="/logo.svg" alt="Allegro"></a><a href="/koszyk">Koszyk</a>',
        ["Allegro", "Dziecko", "Zabawki", "Klocki"],
        """<div data-box-name="showoffer.gallery"><img src="https://a.allegroimg.com/original/11a2b3/4c5d6e7f8a9b0c1d2e3f_millennium.jpg" alt="LEGO Star Wars 75192"></div>
<div data-box-name="showoffer.productHeader"><h1 class="mp4t_0 mryx_0 mj7a_4 mvrt_8 mp0t_ji m9qz_yo munh_0 m3h2_0 mp4t_0 m6ax_n4">LEGO Star Wars 75192 Millennium Falcon UCS</h1></div>
<div data-box-name="showoffer.priceInfo"><div aria-label="cena 2 850,00 zł" class="mli8_k4 msa3_z4"><span>Aktualna cena</span> <span class="mli8_k4 msa3_z4 mqu1_1 mp0t_ji m9qz_yo mgmw_qw mgn2_27 mgn2_30_s">2 850,<span class="mgn2_19 mgn2_21_s">00</span> <span class="mgn2_19 mgn2_21_s">zł</span></span></div><div class="msa3_z4"><span>Licytacja · 17 osób licytuje</span></div><div><span>Koniec za 1 dz. 3 godz.</span></div></div>
<div data-box-name="showoffer.actions"><button type="button" data-role="bid-button" class="mgn2_14 mp0t_0a">Licytuj</button></div>""",
        (
            "Podobne oferty",
            [("LEGO 75257 Sokół Millennium", "759,00 zł"), ("LEGO 10294 Titanic", "2 499,00 zł")],
        ),
        "<p>Allegro.pl sp. z o.o.</p>",
    ),
    {
        "price": 2850.00,
        "currency": "PLN",
        "title": "LEGO Star Wars 75192 Millennium Falcon UCS",
        "image": "4c5d6e7f8a9b0c1d2e3f_millennium.jpg",
    },
)


# the eighth batch (where counterfeits are sold: DHgate, classifieds, resale)

add(
    "dhgate",
    "https://www.dhgate.com/product/designer-sneakers-men-women-casual-shoes/912345678.html",
    shell(
        "en",
        "Designer Sneakers Men Women Casual Shoes Leather Trainers from Shoesfactory88, $12.34 | DHgate.Com",
        '<a href="https://www.dhgate.com/" class="logo"><img src="/logo.png" alt="DHgate"></a><form class="search"><input name="searchkey"></form><a href="/cart">Cart</a>',
        ["Home", "Shoes", "Men's Shoes", "Casual Shoes"],
        """<div class="product-info-wrap"><div class="product-img"><div class="masterMap"><img src="https://www.dhresource.com/webp/m/600x600/f3/albu/km/y/01/a1b2c3d4-e5f6.jpg" alt="Designer Sneakers Men Women Casual Shoes"></div><ul class="thumbnail"><li><img src="https://www.dhresource.com/webp/m/100x100/f3/albu/km/y/01/a1b2c3d4-e5f6.jpg"></li></ul></div>
<div class="product-detail"><h1 class="hinfo-title">Designer Sneakers Men Women Casual Shoes Leather Trainers</h1><div class="score-info"><span>4.8</span><span>(213 reviews)</span><span>1,024 sold</span></div>
<div class="price-wrap"><div class="price-info"><span class="price-now">US $12.34 - 15.67</span><span class="unit">/ Pair</span><del class="price-orig">US $24.68 - 31.34</del></div>
<ul class="wholesale-price"><li><span class="qty">2 - 9 Pairs</span><span class="wprice">US $15.67</span></li><li><span class="qty">10 - 49 Pairs</span><span class="wprice">US $13.99</span></li><li><span class="qty">50+ Pairs</span><span class="wprice">US $12.34</span></li></ul><p class="min-order">Min. Order: 2 Pairs</p></div>
<div class="sku-attr"><span>Color:</span><ul><li>White</li><li>Black</li></ul><span>Size:</span><ul><li>40</li><li>41</li></ul></div>
<div class="buy-btns"><button class="buy-now">Buy It Now</button><button class="add-cart">Add to Cart</button></div><div class="seller-info"><a href="/store/21234567">Shoesfactory88</a><span>Top-rated Seller</span></div></div></div>""",
        ("More from this store", [("Casual Sneakers", "US $9.99"), ("Running Shoes", "US $14.50")]),
        "<p>Copyright 2004-2026 DHgate.com</p>",
    ),
    {
        "price": 12.34,
        "currency": "USD",
        "title": "Designer Sneakers Men Women Casual Shoes Leather Trainers",
        "image": "a1b2c3d4-e5f6.jpg",
    },
)

add(
    "kz-olx",
    "https://www.olx.kz/d/obyavlenie/iphone-13-pro-256-gb-sierra-blue-IDk9AbC.html",
    shell(
        "ru",
        "iPhone 13 Pro 256 Gb Sierra Blue: 325 000 тг. - Мобильные телефоны / смартфоны Алматы на Olx",
        '<a href="/" data-testid="header-logo"><img src="/logo.svg" alt="OLX"></a><a href="/myaccount/" data-cy="myolx-link">Ваш профиль</a><a href="/adding/" data-cy="post-new-ad-button">Подать объявление</a>',
        ["Главная", "Электроника", "Телефоны и аксессуары", "Мобильные телефоны / смартфоны"],
        """<div class="css-1qw2cm5" data-testid="ad-photo"><div class="swiper-zoom-container"><img src="https://frankfurt.apollo.olxcdn.com/v1/files/abc123def-KZ/image;s=1000x700" alt="iPhone 13 Pro 256 Gb Sierra Blue" data-testid="swiper-image"></div></div>
<div class="css-1k0xe5y" data-cy="ad_title" data-testid="ad_title"><h4 class="css-1juynto">iPhone 13 Pro 256 Gb Sierra Blue</h4></div>
<div data-testid="ad-price-container" class="css-e2ir3r"><h3 class="css-12vqlj3">325 000 ₸</h3><p class="css-ybd7rd">Договорная</p></div>
<div data-cy="ad_description"><h3>Описание</h3><div class="css-1t507yq">Продаю iPhone 13 Pro 256 Gb, состояние идеальное, аккумулятор 89%. Полный комплект. Обмен не интересует.</div></div>
<div data-testid="ad-contact-bar"><button data-testid="ad-contact-phone" class="css-1swyo8z">Показать телефон</button><button data-testid="ad-contact-message-button">Написать</button></div>
<div data-cy="seller_card"><h4>Айдар</h4><p>На OLX с мая 2019 г.</p></div>""",
        ("Другие объявления", [("iPhone 12 128 Gb", "195 000 ₸"), ("iPhone 14 Pro", "420 000 ₸")]),
        "<p>© 2026 OLX</p>",
    ),
    {
        "price": 325000.0,
        "currency": "KZT",
        "title": "iPhone 13 Pro 256 Gb Sierra Blue",
        "image": "abc123def-KZ/image",
    },
)

add(
    "hr-njuskalo",
    "https://www.njuskalo.hr/oglas/louis-vuitton-torba-speedy-30-oglas-41234567",
    shell(
        "hr",
        "Louis Vuitton torba Speedy 30 - Njuškalo",
        '<a href="/" class="Header-logo"><img src="/logo.svg" alt="Njuškalo"></a><a href="/predaja-oglasa">Predaj oglas</a>',
        ["Njuškalo", "Odjeća i obuća", "Torbe"],
        """<div class="ClassifiedDetail"><div class="ClassifiedDetailGallery"><img class="ClassifiedDetailGallery-slideImage" src="https://www.njuskalo.hr/image-w920x690/torbe/louis-vuitton-torba-speedy-30-slika-201234567.jpg" alt="Louis Vuitton torba Speedy 30"></div>
<div class="ClassifiedDetailSummary"><h1 class="ClassifiedDetailSummary-title">Louis Vuitton torba Speedy 30</h1><dl class="ClassifiedDetailSummary-priceRow"><dt class="ClassifiedDetailSummary-priceLabel">Cijena</dt><dd class="ClassifiedDetailSummary-priceDomestic">450 €</dd></dl>
<div class="ClassifiedDetailBasicDetails"><dl><dt>Stanje</dt><dd>Rabljeno</dd><dt>Lokacija</dt><dd>Zagreb</dd><dt>Oglas objavljen</dt><dd>28.11.2026. u 14:02</dd></dl></div></div>
<div class="ClassifiedDetailDescription"><h2>Opis oglasa</h2><p>Prodajem original LV Speedy 30, kupljena u Münchenu 2019. Račun i dust bag uz torbu.</p></div>
<div class="ClassifiedDetailOwnerDetails"><a href="/korisnik/ana123">ana123</a><button class="ClassifiedDetailOwnerDetails-contactEntry">Pošalji poruku</button></div></div>""",
        ("Slični oglasi", [("Michael Kors torba", "80 €"), ("Guess torba", "45 €")]),
        "<p>Njuškalo d.o.o.</p>",
    ),
    {
        "price": 450.0,
        "currency": "EUR",
        "title": "Louis Vuitton torba Speedy 30",
        "image": "slika-201234567.jpg",
    },
)

add(
    "si-bolha",
    "https://www.bolha.com/moske-ure/rolex-datejust-36-oglas-7123456",
    shell(
        "sl",
        "Rolex Datejust 36 - Bolha.com",
        '<a href="/" class="Header-logo"><img src="/logo.svg" alt="Bolha.com"></a><a href="/oddaja-oglasa">Oddaj oglas</a>',
        ["Bolha.com", "Ure", "Moške ure"],
        """<div class="ClassifiedDetail"><div class="ClassifiedDetailGallery"><img class="ClassifiedDetailGallery-slideImage" src="https://www.bolha.com/image-w920x690/moske-ure/rolex-datejust-36-slika-80123456.jpg" alt="Rolex Datejust 36"></div>
<div class="ClassifiedDetailSummary"><h1 class="ClassifiedDetailSummary-title">Rolex Datejust 36</h1><dl class="ClassifiedDetailSummary-priceRow"><dt class="ClassifiedDetailSummary-priceLabel">Cena</dt><dd class="ClassifiedDetailSummary-priceDomestic">2.900 €</dd></dl>
<div class="ClassifiedDetailBasicDetails"><dl><dt>Stanje</dt><dd>Rabljeno</dd><dt>Kraj</dt><dd>Ljubljana</dd></dl></div></div>
<div class="ClassifiedDetailDescription"><h2>Opis</h2><p>Ura je v odličnem stanju, servisirana 2024.</p></div><button class="ClassifiedDetailOwnerDetails-contactEntry">Pošlji sporočilo</button></div>""",
        ("Podobni oglasi", [("Omega Seamaster", "1.800 €"), ("Tissot PRX", "350 €")]),
        "<p>Bolha.com d.o.o.</p>",
    ),
    {"price": 2900.0, "currency": "EUR", "title": "Rolex Datejust 36", "image": "slika-80123456.jpg"},
)

add(
    "de-kleinanzeigen",
    "https://www.kleinanzeigen.de/s-anzeige/nike-air-max-90-gr-43-neu/2912345678-159-1234",
    shell(
        "de",
        "Nike Air Max 90 Gr. 43 neu in Berlin - Mitte | eBay Kleinanzeigen ist jetzt Kleinanzeigen",
        '<a href="/" id="site-logo"><img src="/logo.svg" alt="Kleinanzeigen"></a><a href="/p-anzeige-aufgeben.html">Anzeige aufgeben</a>',
        ["Kleinanzeigen", "Mode & Beauty", "Herrenschuhe"],
        """<section id="viewad-main"><div class="galleryimage-element current"><img id="viewad-image" src="https://img.kleinanzeigen.de/api/v1/prod-ads/images/a1/a1b2c3d4-1234-5678-9abc-def012345678?rule=$_59.JPG" alt="Nike Air Max 90 Gr. 43 neu Berlin - Mitte Vorschau"></div>
<div id="viewad-product"><h1 id="viewad-title" class="boxedarticle--title" itemprop="name">Nike Air Max 90 Gr. 43 neu</h1><h2 class="boxedarticle--price" id="viewad-price">85 € VB</h2>
<div class="boxedarticle--details--shipping">+ Versand ab 6,99 €</div><div id="viewad-locality">10115 Berlin - Mitte</div><div id="viewad-extra-info"><span>28.11.2026</span></div></div>
<div id="viewad-description"><p id="viewad-description-text">Verkaufe neue Nike Air Max 90, Größe 43, nie getragen, mit Karton.</p></div>
<div id="viewad-contact"><a class="button-secondary" href="#">Nachricht schreiben</a><button class="button" id="viewad-action-buy">Direkt kaufen</button></div></section>""",
        ("Das könnte dich auch interessieren", [("Nike Air Force 1", "60 € VB"), ("Adidas Samba", "70 €")]),
        "<p>Kleinanzeigen GmbH</p>",
    ),
    {
        "price": 85.0,
        "currency": "EUR",
        "title_has": "Nike Air Max 90 Gr. 43 neu",
        "image": "a1b2c3d4-1234-5678-9abc-def012345678",
    },
)

add(
    "depop",
    "https://www.depop.com/products/vintagefinds-vintage-ralph-lauren-polo-shirt-navy/",
    shell(
        "en",
        "Vintage Ralph Lauren polo shirt navy... - Depop",
        '<a href="/" aria-label="Depop home"><svg></svg></a><a href="/sell/">Sell now</a>',
        ["Home", "Men", "Tops", "Polo shirts"],
        """<div class="styles__Layout-sc-1a2b3c-0 kXyZab"><div class="styles__ImageContainer-sc-4d5e6f-0"><img src="https://media-photos.depop.com/b1/12345678/1234567890_abcdef1234567890/P0.jpg" alt="Vintage Ralph Lauren polo shirt navy"></div>
<div class="styles__ProductDetails-sc-7g8h9i-0"><a href="/vintagefinds/" class="styles__Username-sc-1j2k3l-0">vintagefinds</a><p class="styles__Description-sc-4m5n6o-0 dYzAbC">Vintage Ralph Lauren polo shirt navy. Size L, fits true to size. Great condition, small mark on the back. #vintage #ralphlauren #polo</p>
<div class="styles__PriceContainer-sc-7p8q9r-0"><p aria-label="Price" class="styles__Price-sc-1s2t3u-0 fGhIjK">£24.00</p><p class="styles__FullPrice-sc-4v5w6x-0">£30.00</p></div>
<table class="styles__AttributesTable-sc-7y8z9a-0"><tr><td>Size</td><td>L</td></tr><tr><td>Brand</td><td>Ralph Lauren</td></tr><tr><td>Condition</td><td>Used - Good</td></tr></table>
<button data-testid="button__buy" class="styles__Button-sc-1b2c3d-0">Buy now</button><button class="styles__Button-sc-1b2c3d-0">Add to bag</button></div></div>""",
        ("You may also like", [("Vintage Nike hoodie", "£20.00"), ("Tommy Hilfiger shirt", "£18.00")]),
        "<p>© Depop 2026</p>",
    ),
    {
        "price": 24.0,
        "currency": "GBP",
        "title_has": "Vintage Ralph Lauren polo shirt navy",
        "image": "1234567890_abcdef1234567890/P0.jpg",
    },
)

add(
    "es-wallapop",
    "https://es.wallapop.com/item/bolso-michael-kors-jet-set-123456789",
    shell(
        "es",
        "Bolso Michael Kors Jet Set de segunda mano por 60 EUR en Madrid en WALLAPOP",
        '<a href="/" class="Header__logo"><img src="/logo.svg" alt="Wallapop"></a><a href="/app/catalog/upload">Subir producto</a>',
        ["Inicio", "Moda y accesorios", "Bolsos"],
        """<div class="item-detail_ItemDetail__abc12"><div class="item-detail-carousel_Carousel__de34f"><img src="https://cdn.wallapop.com/images/10420/gh/56/__/c10420p1234567890/i5678901234.jpg?pictureSize=W640" alt="Bolso Michael Kors Jet Set"></div>
<div class="item-detail-price_ItemDetailPrice__gh56i"><span class="item-detail-price_ItemDetailPrice--standard__ij78k">60 €</span></div><h1 class="item-detail_ItemDetail__title__kl90m">Bolso Michael Kors Jet Set</h1>
<div class="item-detail-shipping"><span>Envío disponible</span></div><p class="item-detail_ItemDetail__description__mn12o">Bolso original Michael Kors, usado dos veces. Color negro.</p>
<button class="walla-button__button--primary">Comprar</button><button class="walla-button__button--secondary">Chat</button></div>""",
        ("Productos similares", [("Bolso Guess", "35 €"), ("Bolso Tous", "45 €")]),
        "<p>Wallapop S.L.</p>",
    ),
    {"price": 60.0, "currency": "EUR", "title": "Bolso Michael Kors Jet Set", "image": "i5678901234.jpg"},
)


# the ninth batch (resale: Bunjang, Daangn, Carousell, Vestiaire Collective, Poshmark, Grailed)

add(
    "kr-bunjang",
    "https://m.bunjang.co.kr/products/234567890",
    shell(
        "ko",
        "샤넬 클래식 플랩백 미디움 캐비어 블랙 | 번개장터",
        '<a href="/" class="sc-gGBfsJ"><img src="/logo.svg" alt="번개장터 로고"></a><a href="/products/new">판매하기</a>',
        ["홈", "여성가방", "숄더백"],
        """<div class="sc-jAaTju kOaKRj"><div class="sc-kpOJdX jjGQoq"><img src="https://media.bunjang.co.kr/product/234567890_1_1701234567_w856.jpg" alt="상품 이미지" class="sc-cHGsZl"></div>
<div class="sc-eXEjpC iEAlTZ"><div class="sc-dnqmqq hDHSiv">샤넬 클래식 플랩백 미디움 캐비어 블랙</div><div class="sc-iuJeZd hLaRNT"><div class="sc-ePZHVD">6,800,000<span>원</span></div></div>
<div class="sc-kgAjT"><div>♥ 32</div><div>조회 1,204</div><div>3일 전</div></div><div class="sc-cJSxfm"><div class="sc-kGXeez">상품상태</div><div class="sc-kpOJdX">사용감 적음</div><div class="sc-kGXeez">배송비</div><div>배송비포함</div></div>
<div class="sc-hwwEjo"><button class="sc-kvZOFW">찜</button><button class="sc-hqyNC">번개톡</button><button class="sc-jbKcbu">바로구매</button></div></div></div>""",
        ("연관상품", [("샤넬 WOC", "3,200,000원"), ("샤넬 보이백", "5,500,000원")]),
        "<p>번개장터(주)</p>",
    ),
    {
        "price": 6800000.0,
        "currency": "KRW",
        "title": "샤넬 클래식 플랩백 미디움 캐비어 블랙",
        "image": "234567890_1_1701234567_w856.jpg",
    },
)

add(
    "kr-daangn",
    "https://www.daangn.com/articles/712345678",
    shell(
        "ko",
        "나이키 덩크로우 범고래 270 | 역삼동 | 당근",
        '<a href="/" id="header-logo"><img src="/logo.svg" alt="당근"></a>',
        ["중고거래", "남성패션/잡화"],
        """<article id="content"><section id="article-images"><div class="image-wrap"><img class="portrait" src="https://dnvefa72aowie.cloudfront.net/origin/article/202411/abcdef0123456789.jpg?q=95&s=1440x1440&t=inside" alt="나이키 덩크로우 범고래 270"></div></section>
<section id="article-profile"><div id="nickname">구두쇠</div><div id="region-name">역삼동</div><dl id="temperature-wrap"><dt>매너온도</dt><dd>37.2 °C</dd></dl></section>
<section id="article-description"><h1 property="schema:name" id="article-title" style="margin-top:0px;">나이키 덩크로우 범고래 270</h1><p id="article-category">남성패션/잡화 ∙ <time>2시간 전</time></p>
<p property="schema:priceValidUntil" datatype="xsd:date" content="2026-12-31"></p><p rel="schema:url" resource="https://www.daangn.com/articles/712345678"></p><p property="schema:priceCurrency" content="KRW"></p>
<p id="article-price" property="schema:price" content="95000.0" style="font-size:18px; font-weight:bold;">95,000원</p><div property="schema:description" id="article-detail"><p>한 번 신었어요. 정품입니다. 직거래 역삼역.</p></div><p id="article-counts">관심 5 ∙ 채팅 3 ∙ 조회 120</p></section></article>""",
        ("당근 인기중고", [("아디다스 삼바", "80,000원"), ("뉴발란스 530", "60,000원")]),
        "<p>당근마켓</p>",
    ),
    {
        "price": 95000.0,
        "currency": "KRW",
        "title": "나이키 덩크로우 범고래 270",
        "image": "abcdef0123456789.jpg",
    },
)

add(
    "tw-carousell",
    "https://tw.carousell.com/p/gucci-marmont-小包-1234567890/",
    shell(
        "zh-Hant",
        "Gucci Marmont 小包 二手 | 名牌精品, 精品包與皮夾在旋轉拍賣",
        '<a href="/" class="D_aG"><img src="/logo.svg" alt="Carousell"></a><a href="/sell">賣東西</a>',
        ["首頁", "名牌精品", "精品包與皮夾"],
        """<div class="D_Pb"><div class="D_Pc"><img src="https://media.karousell.com/media/photos/products/2024/11/28/gucci_marmont_1701234567_abcdef12_progressive.jpg" alt="Gucci Marmont 小包 二手" class="D_Pd"></div>
<div class="D_Pe"><h1 class="D_lu D_lw D_ly D_lB D_lE">Gucci Marmont 小包 二手</h1><div class="D_Pf"><h2 class="D_lu D_lx D_lA D_lD D_lG">NT$32,000</h2></div><p class="D_lu D_lv">二手 - 狀況良好</p>
<div class="D_Pg"><p>面交地點：台北市信義區</p><p>郵寄</p></div><div class="D_Ph"><button class="D_kO D_kW">聊聊</button><button class="D_kO D_kX">出價</button></div></div></div>""",
        ("你可能也會喜歡", [("LV Speedy 25", "NT$28,000"), ("Prada 尼龍包", "NT$15,000")]),
        "<p>Carousell Pte. Ltd.</p>",
    ),
    {
        "price": 32000.0,
        "currency": "TWD",
        "title": "Gucci Marmont 小包 二手",
        "image": "gucci_marmont_1701234567_abcdef12_progressive.jpg",
    },
)

add(
    "vestiaire",
    "https://www.vestiairecollective.com/women-bags/handbags/hermes/black-leather-birkin-35-hermes-handbag-41234567.shtml",
    shell(
        "en",
        "Birkin 35 leather handbag Hermès Black in Leather - 41234567",
        '<a href="/" class="vc-header__logo"><img src="/logo.svg" alt="Vestiaire Collective"></a><a href="/cart/">Bag</a>',
        ["Home", "Women", "Bags", "Handbags", "Hermès"],
        """<div class="p_productPage__main__abc"><div class="p_productGallery__xyz"><img src="https://images.vestiairecollective.com/images/resized/w=1024,q=75,f=auto,/produit/41234567-1_3.jpg" alt="Birkin 35 leather handbag Hermès Black in Leather"></div>
<div class="p_productDetails__def"><div class="product-main-heading_productTitle__ghi"><h1><span class="product-main-heading_brand__jkl"><a href="/hermes/">Hermès</a></span><span class="product-main-heading_name__mno">Birkin 35 leather handbag</span></h1></div>
<div class="product-price_productPrice__pqr"><p class="product-price_productPrice__price__stu">€14,500.00</p><p class="product-price_productPrice__initial__vwx">€16,000.00</p></div>
<p class="product-price_duties__yz">Duties and taxes may apply</p><button class="product-actions_addToBag__abc">Add to bag</button><button class="product-actions_makeAnOffer__def">Make an offer</button></div></div>""",
        ("Similar items", [("Kelly 28", "€11,000.00"), ("Birkin 30", "€15,900.00")]),
        "<p>Vestiaire Collective SA</p>",
    ),
    {
        "price": 14500.0,
        "currency": "EUR",
        "title_has": "Birkin 35 leather handbag",
        "image": "41234567-1_3.jpg",
    },
)

add(
    "poshmark",
    "https://poshmark.com/listing/Coach-Tabby-Shoulder-Bag-26-Black-65f1a2b3c4d5e6f7a8b9c0d1",
    shell(
        "en",
        "Coach Tabby Shoulder Bag 26 Black | Poshmark",
        '<a href="/" class="nav__logo"><img src="/logo.svg" alt="Poshmark"></a><a href="/sell">Sell on Poshmark</a>',
        ["Home", "Women", "Bags", "Shoulder Bags"],
        """<div class="listing__layout-grid"><div class="listing__carousel"><div class="slideshow__slide--active"><img src="https://di2ponv0v5otw.cloudfront.net/posts/2024/11/28/65f1a2b3c4d5e6f7a8b9c0d1/m_65f1a2b3c4d5e6f7a8b9c0d2.jpg" alt="Coach Tabby Shoulder Bag 26 Black"></div></div>
<div class="listing__info"><h1 class="listing__title-container fw--light">Coach Tabby Shoulder Bag 26 Black</h1><p class="h1">$250 <span class="p--l--2 tc--lg td--lt">$495</span></p><div class="listing__brand"><a href="/brand/Coach">Coach</a></div><div class="listing__size"><span>Size</span> OS</div>
<div class="listing__buttons"><button class="btn btn--primary" data-et-name="buy_now">Buy Now</button><button class="btn btn--tertiary" data-et-name="make_offer">Make an Offer</button></div></div></div>""",
        ("More like this", [("Coach Pillow Tabby", "$180"), ("Coach Willow", "$120")]),
        "<p>© 2026 Poshmark, Inc.</p>",
    ),
    {
        "price": 250.0,
        "currency": "USD",
        "title": "Coach Tabby Shoulder Bag 26 Black",
        "image": "m_65f1a2b3c4d5e6f7a8b9c0d2.jpg",
    },
)

add(
    "grailed",
    "https://www.grailed.com/listings/61234567-supreme-box-logo-hoodie-fw23-black",
    shell(
        "en",
        "Supreme Box Logo Hoodie FW23 Black | Grailed",
        '<a href="/" class="Header-module__logo"><img src="/logo.svg" alt="Grailed"></a><a href="/sell">Sell</a>',
        ["Menswear", "Tops", "Sweatshirts & Hoodies"],
        """<div class="Listing-module__container___abc"><div class="Photos-module__photo___def"><img src="https://media-assets.grailed.com/prd/listing/61234567/abcdef0123456789?w=800" alt="Supreme Box Logo Hoodie FW23 Black"></div>
<div class="Listing-module__details___ghi"><h2 class="Designers-module__designers___jkl"><a href="/designers/supreme">Supreme</a></h2><h1 class="Body-module__body___mno Details-module__title___pqr">Box Logo Hoodie FW23 Black</h1><p class="Details-module__size___stu">Size: US L / EU 52-54 / 3</p>
<div class="Price-module__container___vwx"><span class="Money-module__root___yz Price-module__onSale___abc" data-testid="Current">$420</span><span class="Money-module__root___yz Price-module__original___def">$480</span></div><p class="Price-module__shipping___ghi">+$15 Shipping — US to United States</p>
<button class="Button-module__button___jkl" data-testid="Purchase">Purchase</button><button class="Button-module__button___mno">Offer</button></div></div>""",
        ("Similar listings", [("Supreme Box Logo Tee", "$180"), ("Supreme Bandana Box Logo", "$650")]),
        "<p>© 2026 Grailed</p>",
    ),
    {
        "price": 420.0,
        "currency": "USD",
        "title_has": "Box Logo Hoodie FW23 Black",
        "image": "abcdef0123456789",
    },
)


# the tenth batch (global marketplaces of cheap goods and dupes: Temu, Shein, Joom, Fruugo)

add(
    "temu",
    "https://www.temu.com/wireless-earbuds-bluetooth-5-3-g-601099512345678.html",
    shell(
        "en",
        "Wireless Earbuds Bluetooth 5.3 Headphones With Charging Case - Temu",
        '<a href="/" class="_3m0kqN6E" aria-label="Temu"><svg></svg></a><div class="_1Mw6p9gC"><a href="/cart.html">Cart</a></div>',
        ["Home", "Electronics", "Headphones"],
        """<div class="_2TbCW5sR"><div class="_3xZdfZWR"><div class="_1-3JtpQX"><img src="https://img.kwcdn.com/product/fancy/a1b2c3d4-e5f6-7890-abcd-ef0123456789.jpg?imageView2/2/w/800/q/70/format/webp" alt="Wireless Earbuds Bluetooth 5.3 Headphones With Charging Case" class="_2AOclWz7"></div></div>
<div class="_1YBVObhm"><h1 class="_2rn4tqXP">Wireless Earbuds Bluetooth 5.3 Headphones With Charging Case, Touch Control, For Sports</h1><div class="_3vSmb6ld"><span>4.6</span><span>(12,345)</span><span>50K+ sold</span></div>
<div class="_3cZnvUvE" aria-label="Price $6.98, Was $22.99, 69% off"><div class="_2XgTiMJi" aria-hidden="true"><span class="_2de9ERAH">$</span><span class="_2de9ERAH">6</span><span class="_3SrxhhHh">.98</span></div><div class="_1uZO2K0X" aria-hidden="true"><span class="_3TAPHDOX">$22.99</span></div><div class="_2rbgkQTf" aria-hidden="true">-69% limited time</div></div>
<div class="_1HHqpSwx">Free shipping for you · Delivery: Dec 8-15</div><div class="_3AO2vSxs"><div>Color: Black</div><div><span>White</span><span>Black</span></div></div>
<div class="_1mKMo8HJ"><button class="_3Y4jtK5Z" type="button"><span>Add to cart</span></button></div></div></div>""",
        ("Explore your interests", [("Phone Stand", "$1.99"), ("USB Cable 3 Pack", "$2.49")]),
        "<p>© 2022 - 2026 Whaleco Inc.</p>",
    ),
    {
        "price": 6.98,
        "currency": "USD",
        "title": "Wireless Earbuds Bluetooth 5.3 Headphones With Charging Case, Touch Control, For Sports",
        "image": "a1b2c3d4-e5f6-7890-abcd-ef0123456789.jpg",
    },
)

add(
    "shein",
    "https://us.shein.com/SHEIN-EZwear-Solid-Drop-Shoulder-Oversized-Sweatshirt-p-12345678.html",
    shell(
        "en",
        "SHEIN EZwear Solid Drop Shoulder Oversized Sweatshirt | SHEIN USA",
        '<a href="/" class="header-logo"><img src="/logo.svg" alt="SHEIN"></a><a href="/cart" class="header-cart">Bag</a>',
        ["Home", "Women Clothing", "Sweatshirts"],
        """<div class="product-intro"><div class="product-intro__gallery"><div class="crop-image-container" data-before-crop-src="https://img.ltwebstatic.com/images3_pi/2024/10/15/ab/17289876543210abcdef_thumbnail_900x.jpg"><img class="crop-image-container__img" src="https://img.ltwebstatic.com/images3_pi/2024/10/15/ab/17289876543210abcdef_thumbnail_900x.webp" alt="SHEIN EZwear Solid Drop Shoulder Oversized Sweatshirt"></div></div>
<div class="product-intro__info"><h1 class="product-intro__head-name fsp-element">SHEIN EZwear Solid Drop Shoulder Oversized Sweatshirt</h1><div class="product-intro__head-sku">SKU: sw2210123456789012</div>
<div class="product-intro__head-mainprice"><div class="from original"><span>$14.49</span></div><del class="del-price">$18.99</del><span class="discount-label">-24%</span></div><div class="product-intro__estimated">Estimated <span>$12.31</span> after coupon</div>
<div class="product-intro__size"><span class="product-intro__size-title">Size</span><div class="product-intro__size-choose"><span>S</span><span>M</span><span>L</span></div></div>
<div class="product-intro__add-btn"><button class="she-btn-black">ADD TO CART</button></div></div></div>""",
        ("You May Also Like", [("Drop Shoulder Hoodie", "$16.99"), ("Thermal Lined Sweatshirt", "$13.49")]),
        "<p>©2009-2026 SHEIN All Rights Reserved</p>",
    ),
    {
        "price": 14.49,
        "currency": "USD",
        "title": "SHEIN EZwear Solid Drop Shoulder Oversized Sweatshirt",
        "image": "17289876543210abcdef_thumbnail_900x",
    },
)

add(
    "joom",
    "https://www.joom.com/en/products/63a1b2c3d4e5f60012345678",
    shell(
        "en",
        "Men's Quartz Watch Luxury Stainless Steel - buy cheap, price 23.45 € on Joom",
        '<a href="/en" class="logo___abc12"><img src="/logo.svg" alt="Joom"></a><a href="/en/cart">Cart</a>',
        ["Joom", "Watches", "Men's watches"],
        """<div class="content___xyz12"><div class="gallery___abc34"><img class="image___def56" src="https://img.joomcdn.net/1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b_original.jpeg" alt="Men's Quartz Watch Luxury Stainless Steel"></div>
<div class="info___ghi78"><h1 class="name___jkl90">Men's Quartz Watch Luxury Stainless Steel</h1><div class="prices___mno12"><div class="price___pqr34">23.45 €</div><div class="msrPrice___stu56">58.62 €</div><div class="discount___vwx78">−60%</div></div>
<div class="shipping___yz012">Shipping: 2.99 € · Delivery 10-20 days</div><button class="button___abc34 primary___def56">Add to cart</button><button class="button___abc34">Buy now</button></div></div>""",
        ("Similar products", [("Women's watch", "12.34 €"), ("Sports watch", "15.67 €")]),
        "<p>© Joom 2026</p>",
    ),
    {
        "price": 23.45,
        "currency": "EUR",
        "title": "Men's Quartz Watch Luxury Stainless Steel",
        "image": "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b_original.jpeg",
    },
)

add(
    "fruugo",
    "https://www.fruugo.co.uk/luxury-silk-pillowcase-22-momme/p-123456789-234567890",
    shell(
        "en-GB",
        "Luxury Silk Pillowcase 22 Momme | Fruugo UK",
        '<a href="/" class="header__logo"><img src="/logo.svg" alt="Fruugo"></a><a href="/basket">Basket</a>',
        ["Home", "Home & Garden", "Bedding", "Pillowcases"],
        """<div class="product-page"><div class="product-gallery"><img class="js-product-gallery__image" src="https://img.fruugo.com/product/1/23/123456789_max.jpg" alt="Luxury Silk Pillowcase 22 Momme"></div>
<div class="product-details"><h1 class="js-product-title">Luxury Silk Pillowcase 22 Momme</h1><p class="product-details__retailer">Sold by <a href="/retailer/silkhome">SilkHome</a></p>
<div class="price-container"><span class="js-meta-price">£24.99</span><span class="rrp">RRP: <s>£39.99</s></span><span class="save">Save £15.00 (38%)</span></div><p class="delivery">Delivery: £3.99 · Arrives in 7-14 days</p>
<button class="btn btn-primary js-add-to-basket">Add to basket</button></div></div>""",
        ("Similar items", [("Satin Pillowcase", "£12.99"), ("Silk Eye Mask", "£9.99")]),
        "<p>Fruugo.com Ltd</p>",
    ),
    {
        "price": 24.99,
        "currency": "GBP",
        "title": "Luxury Silk Pillowcase 22 Momme",
        "image": "123456789_max.jpg",
    },
)


# the eleventh batch (sold-out and ended pages of the issue's markets), and StockX of the eighth

add(
    "tw-momo-soldout",
    "https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=12345678",
    shell(
        "zh-Hant",
        "【Nintendo 任天堂】Switch OLED 白色主機 - momo購物網",
        '<a href="/" class="logo"><img src="/logo.png" alt="momo購物網"></a><a href="/cart">購物車</a>',
        ["首頁", "電玩", "Switch主機"],
        """<div class="prdwarp"><div class="jqzoom"><img src="https://i4.momoshop.com.tw/1701234567/goodsimg/0012/345/678/12345678_R.webp" alt="Switch OLED 白色主機"></div>
<div class="prdnoteArea"><h3 id="osmGoodsName">【Nintendo 任天堂】Switch OLED 白色主機</h3><ul class="prdPrice"><li class="special"><span>促銷價</span><span class="seoPrice">10,480</span>元</li></ul>
<div class="buynoteArea"><a class="buynow soldOut" href="javascript:void(0)">售完補貨中</a><a class="notifyMe" href="#">貨到通知</a></div></div></div>""",
        ("看了又看", [("Switch Lite", "6,290元"), ("Pro 控制器", "2,190元")]),
        "<p>富邦媒體科技股份有限公司</p>",
    ),
    {"price": 10480.0, "availability": "OutOfStock", "title": "【Nintendo 任天堂】Switch OLED 白色主機"},
)

add(
    "kr-gmarket-ended",
    "https://item.gmarket.co.kr/Item?goodscode=3012345678",
    shell(
        "ko",
        "G마켓 - 다이슨 V12 디텍트 슬림 컴플리트",
        '<a href="/" class="link__logo"><img src="/logo.png" alt="G마켓"></a>',
        ["홈", "가전", "청소기"],
        """<div class="box__item-info"><div class="box__viewer"><img class="viewer" src="https://gdimg.gmarket.co.kr/3012345678/still/600" alt="다이슨 V12 디텍트 슬림 컴플리트"></div>
<div class="item-topinfo"><h1 class="itemtit">다이슨 V12 디텍트 슬림 컴플리트</h1><div class="box__message-soldout"><p class="text__soldout">판매가 종료된 상품입니다.</p><a href="/n/search?keyword=다이슨">다른 상품 보기</a></div></div></div>""",
        ("다른 고객이 함께 본 상품", [("다이슨 V15", "1,090,000원"), ("다이슨 V8", "399,000원")]),
        "<p>(주)지마켓</p>",
    ),
    {"price": None, "availability": "Discontinued", "title": "다이슨 V12 디텍트 슬림 컴플리트"},
)

add(
    "kz-kaspi-no-stock",
    "https://kaspi.kz/shop/p/apple-iphone-15-pro-256gb-seryi-113137933/",
    shell(
        "ru",
        "Apple iPhone 15 Pro 256Gb серый - купить в Алматы | Kaspi Магазин",
        '<a href="/shop/" class="header__logo"><img src="/logo.svg" alt="Kaspi.kz"></a>',
        ["Магазин", "Телефоны и гаджеты", "Смартфоны"],
        """<div class="item"><div class="item__slider"><img class="item__slider-pic" src="https://resources.cdn-kaspi.kz/img/m/p/h0a/h1b/84963424321566.jpg?format=gallery-large" alt="Apple iPhone 15 Pro 256Gb серый"></div>
<div class="item__info"><h1 class="item__heading">Apple iPhone 15 Pro 256Gb серый</h1><div class="item__sku">Код товара: 113137933</div>
<div class="sellers-table__empty"><p>К сожалению, товара нет в наличии.</p><button class="button _outline">Сообщить о поступлении</button></div></div></div>""",
        ("Похожие товары", [("Apple iPhone 15 128Gb", "499 990 ₸"), ("Samsung Galaxy S24", "389 990 ₸")]),
        "<p>© 2026 Kaspi.kz</p>",
    ),
    {"price": None, "availability": "OutOfStock", "title": "Apple iPhone 15 Pro 256Gb серый"},
)

add(
    "ar-ml-pausada",
    "https://articulo.mercadolibre.com.ar/MLA-1234567890-zapatillas-adidas-forum-low-_JM",
    shell(
        "es-AR",
        "Zapatillas Adidas Forum Low | MercadoLibre",
        '<a href="/" class="nav-logo"><img src="/logo.svg" alt="Mercado Libre Argentina"></a>',
        ["Volver al listado", "Ropa y Accesorios", "Calzado"],
        """<div class="ui-pdp-container"><div class="ui-pdp-gallery"><figure class="ui-pdp-gallery__figure"><img class="ui-pdp-image ui-pdp-gallery__figure__image" src="https://http2.mlstatic.com/D_NQ_NP_2X_912345-MLA71234567890_092023-F.webp" alt="Zapatillas Adidas Forum Low"></figure></div>
<div class="ui-pdp-header"><span class="ui-pdp-subtitle">Nuevo  |  +100 vendidos</span><h1 class="ui-pdp-title">Zapatillas Adidas Forum Low</h1></div>
<div class="ui-pdp-price"><span class="andes-money-amount ui-pdp-price__part" aria-label="89999 pesos"><span class="andes-money-amount__currency-symbol">$</span><span class="andes-money-amount__fraction">89.999</span></span></div>
<div class="ui-pdp-message ui-vpp-message--warning"><p>Publicación pausada</p><p>El vendedor pausó esta publicación. Podés buscar otras opciones.</p></div></div>""",
        (
            "Quienes vieron este producto también compraron",
            [("Zapatillas Adidas Grand Court", "$ 69.999"), ("Zapatillas Nike Court", "$ 79.999")],
        ),
        "<p>Mercado Libre S.R.L.</p>",
    ),
    {"price": 89999.0, "title": "Zapatillas Adidas Forum Low"},
)

add(
    "si-bigbang-ni-na-zalogi",
    "https://www.bigbang.si/izdelki/pralni-stroj-bosch-wgg244a0by-678901/",
    shell(
        "sl",
        "Pralni stroj BOSCH WGG244A0BY | Big Bang",
        '<a href="/" class="logo"><img src="/logo.svg" alt="Big Bang"></a>',
        ["Domov", "Gospodinjski aparati", "Pralni stroji"],
        """<div class="cp-product"><div class="cp-gallery"><img src="https://www.bigbang.si/upload/catalog/product/678901/wgg244a0by_1_5f1a2b3c4d5e6.jpg" alt="Pralni stroj BOSCH WGG244A0BY"></div>
<div class="cp-info"><h1 class="cp-title">Pralni stroj BOSCH WGG244A0BY</h1><div class="cp-code">Šifra: 678901</div><div class="cp-price"><span class="cp-current-price">599,99 €</span></div>
<div class="cp-availability cp-unavailable">Ni na zalogi</div><button class="btn-notify">Obvesti me, ko bo na voljo</button></div></div>""",
        ("Podobni izdelki", [("Pralni stroj Gorenje", "449,99 €"), ("Pralni stroj Beko", "399,99 €")]),
        "<p>Big Bang d.o.o.</p>",
    ),
    {"price": 599.99, "availability": "OutOfStock", "title": "Pralni stroj BOSCH WGG244A0BY"},
)

add(
    "hr-links-nedostupno",
    "https://www.links.hr/hr/prijenosno-racunalo-lenovo-ideapad-3-15-010212345",
    shell(
        "hr",
        "Prijenosno računalo LENOVO IdeaPad 3 15 | Links",
        '<a href="/" class="header-logo"><img src="/logo.png" alt="Links"></a>',
        ["Naslovna", "Računala", "Prijenosna računala"],
        """<div class="product-essential"><div class="gallery"><img id="main-product-img" src="https://www.links.hr/content/images/thumbs/012/0123456_prijenosno-racunalo-lenovo-ideapad-3-15.jpeg" alt="Prijenosno računalo LENOVO IdeaPad 3 15"></div>
<div class="overview"><div class="product-name"><h1>Prijenosno računalo LENOVO IdeaPad 3 15</h1></div><div class="prices"><div class="product-price"><span class="price-value-12345">649,99 €</span></div></div>
<div class="stock"><span class="label">Dostupnost:</span> <span class="value out-of-stock">Nije dostupno</span></div><div class="back-in-stock-subscription"><button>Obavijesti me kada bude dostupno</button></div></div></div>""",
        ("Kupci su kupili i", [("Miš Logitech", "19,99 €"), ("Torba za laptop", "29,99 €")]),
        "<p>Links d.o.o.</p>",
    ),
    {"price": 649.99, "availability": "OutOfStock", "title": "Prijenosno računalo LENOVO IdeaPad 3 15"},
)

add(
    "stockx",
    "https://stockx.com/air-jordan-4-retro-military-black",
    shell(
        "en",
        "Jordan 4 Retro Military Black - DH6927-111 - US",
        '<a href="/" aria-label="StockX Home"><svg></svg></a><a href="/sell">Sell</a>',
        ["Home", "Sneakers", "Jordan", "Jordan 4"],
        """<div class="css-1dpmzbp"><div class="css-1j26cqc"><h1 data-component="primary-product-title" class="chakra-heading css-1qzfwvu">Jordan 4 Retro<span class="css-1lpijpk"> Military Black</span></h1><p class="css-1vwvvvz">DH6927-111</p></div>
<div class="css-wsme2o"><img src="https://images.stockx.com/images/Air-Jordan-4-Retro-Military-Black-Product.jpg?fit=fill&bg=FFFFFF&w=700&h=500" alt="Jordan 4 Retro Military Black"></div>
<div data-component="BuyBox" class="css-3tvlxr"><div class="css-1ykvj3b"><button class="chakra-button css-1u1tmo"><span>Size:</span> <span>All</span></button></div><div class="css-1j8t6ob"><p class="chakra-text css-1j8s6gs">Buy Now for</p><p class="chakra-text css-xfmxd4" data-testid="trade-box-buy-amount">$215</p></div>
<div class="css-1sngf8d"><a data-testid="bidask-button" class="chakra-button" href="/buy/air-jordan-4-retro-military-black">Buy for $215</a><a class="chakra-button" href="/buy/air-jordan-4-retro-military-black?defaultBid=true">Place Bid</a></div>
<div class="css-1jt6kqq"><p>Last Sale: $198</p><p>▼ $12 (5.7%)</p></div></div></div>""",
        (
            "Related Products",
            [("Jordan 4 Retro Bred Reimagined", "$228"), ("Jordan 1 Retro High OG", "$185")],
        ),
        "<p>© 2026 StockX. All Rights Reserved.</p>",
    ),
    {
        "price": 215.0,
        "currency": "USD",
        "title": "Jordan 4 Retro Military Black",
        "image": "Air-Jordan-4-Retro-Military-Black-Product.jpg",
    },
)


# the twelfth batch (every field: Notino, Marwin, Solo Deportes, Sportina, Pevex, Evrika, Naldo, Lekarna Online)

add(
    "hr-notino",
    "https://www.notino.hr/dior/sauvage-toaletna-voda-za-muskarce/",
    shell(
        "hr",
        "Dior Sauvage toaletna voda za muškarce | notino.hr",
        '<a href="/" class="styled__LogoLink-sc-1"><img src="/logo.svg" alt="Notino"></a><a href="/kosarica/">Košarica</a>',
        ["Notino", "Parfemi", "Muški parfemi"],
        """<div id="pdHeader"><div class="styled__ImageWrapper-sc-2"><img src="https://cdn.notinoimg.com/detail_main_lq/dior/3348901250146_01/sauvage___230911.jpg" alt="Dior Sauvage toaletna voda za muškarce"></div>
<div class="styled__Info-sc-3"><h1 class="styled__Heading-sc-4"><a href="/dior/" class="styled__BrandLink-sc-5">Dior</a><span class="styled__Name-sc-6">Sauvage</span><span class="styled__Desc-sc-7">toaletna voda za muškarce</span></h1>
<div class="styled__Variants-sc-8"><div aria-checked="true" role="radio" class="styled__Variant-sc-9 selected" data-testid="variant-60"><span>60 ml</span><span>79,90 €</span></div><div aria-checked="false" role="radio" class="styled__Variant-sc-9" data-testid="variant-100"><span>100 ml</span><span>109,90 €</span></div></div>
<div class="styled__PriceWrapper-sc-10"><span data-testid="pd-price" content="79.9">79,90</span> <span data-testid="pd-currency">€</span></div><div class="styled__LowestPrice">Najniža cijena u posljednjih 30 dana: 84,90 €</div>
<div data-testid="pd-availability" class="styled__Availability">Na zalihi</div><div class="styled__Code">Šifra: DIOSAUM_AEDT10</div><button type="submit" class="styled__AddToCart">Dodaj u košaricu</button></div></div>""",
        ("Kupci su kupili i", [("Dior Homme Intense", "99,90 €"), ("Chanel Bleu", "119,90 €")]),
        "<p>Notino s.r.o.</p>",
    ),
    {
        "price": 79.90,
        "currency": "EUR",
        "title_has": "Sauvage",
        "image": "sauvage___230911.jpg",
        "availability": "InStock",
        "brand_claimed": "Dior",
    },
)

add(
    "kz-marwin",
    "https://www.marwin.kz/toys/lego/lego-technic-42154-ford-gt-2022-123456/",
    shell(
        "ru",
        "LEGO Technic 42154 Ford GT 2022 – купить в интернет-магазине Marwin",
        '<a href="/" class="logo"><img src="/logo.png" alt="Marwin"></a><a href="/cart/">Корзина</a>',
        ["Главная", "Игрушки", "LEGO"],
        """<div class="product-card"><div class="product-card__gallery"><img src="https://www.marwin.kz/media/catalog/product/cache/1/image/600x/lego_42154_1.jpg" alt="LEGO Technic 42154 Ford GT 2022"></div>
<div class="product-card__info"><h1 class="product-card__title">LEGO Technic 42154 Ford GT 2022</h1><table class="product-card__attrs"><tr><td>Артикул:</td><td>123456</td></tr><tr><td>Производитель:</td><td>LEGO</td></tr><tr><td>Возраст:</td><td>18+</td></tr></table>
<div class="product-card__price"><span class="price">64 990 ₸</span></div><div class="product-card__stock in-stock">В наличии</div><button class="btn btn-primary">В корзину</button></div></div>""",
        ("Рекомендуем", [("LEGO Technic 42141", "89 990 ₸"), ("LEGO Icons 10295", "49 990 ₸")]),
        "<p>ТОО «Marwin»</p>",
    ),
    {
        "price": 64990.0,
        "currency": "KZT",
        "title": "LEGO Technic 42154 Ford GT 2022",
        "sku": "123456",
        "availability": "InStock",
        "brand_claimed": "LEGO",
    },
)

add(
    "ar-solodeportes",
    "https://www.solodeportes.com.ar/zapatillas-adidas-runfalcon-3-0-hombre-hp7550.html",
    shell(
        "es-AR",
        "Zapatillas adidas Runfalcon 3.0 Hombre - Solo Deportes",
        '<a href="/" class="logo"><img src="/logo.svg" alt="Solo Deportes"></a><a href="/checkout/cart/">Carrito</a>',
        ["Inicio", "Hombre", "Calzado", "Running"],
        """<div class="product-info-main"><div class="page-title-wrapper product"><h1 class="page-title"><span class="base">Zapatillas adidas Runfalcon 3.0 Hombre</span></h1></div>
<div class="product-brand"><a href="/marcas/adidas.html"><img src="/media/brands/adidas.png" alt="adidas"></a></div><div class="product attribute sku"><strong class="type">SKU</strong><div class="value">HP7550</div></div>
<div class="price-box price-final_price"><span class="old-price"><span class="price">$ 99.999</span></span><span class="special-price"><span class="price">$ 74.999</span></span></div><div class="cuotas">6 cuotas sin interés de $ 12.499,83</div>
<div class="stock available"><span>En stock</span></div><div class="swatch-attribute size"><div class="swatch-option text" option-label="40">40</div><div class="swatch-option text disabled" option-label="41">41</div></div><button class="action primary tocart">Agregar al carrito</button></div>
<div class="product media"><img class="gallery-placeholder__image" src="https://www.solodeportes.com.ar/media/catalog/product/cache/a1b2/z/a/zapatillas-adidas-runfalcon-hp7550_1.jpg" alt="Zapatillas adidas Runfalcon 3.0 Hombre"></div>""",
        ("Productos relacionados", [("Zapatillas Topper", "$ 45.999"), ("Zapatillas Fila", "$ 59.999")]),
        "<p>Solo Deportes S.A.</p>",
    ),
    {
        "price": 74999.0,
        "currency": "ARS",
        "title": "Zapatillas adidas Runfalcon 3.0 Hombre",
        "sku": "HP7550",
        "availability": "InStock",
        "brand_claimed": "adidas",
    },
)

add(
    "si-sportina",
    "https://www.sportina.si/moski-pulover-tommy-hilfiger-1985-crew-neck-mw0mw28046",
    shell(
        "sl",
        "Moški pulover Tommy Hilfiger 1985 Crew Neck | Sportina",
        '<a href="/" class="logo"><img src="/logo.svg" alt="Sportina"></a><a href="/kosarica">Košarica</a>',
        ["Domov", "Moški", "Puloverji"],
        """<div class="product-detail"><div class="product-gallery"><img src="https://www.sportina.si/media/catalog/product/m/w/mw0mw28046_dw5_1.jpg" alt="Moški pulover Tommy Hilfiger 1985 Crew Neck"></div>
<div class="product-info"><div class="product-brand">TOMMY HILFIGER</div><h1 class="product-name">Moški pulover 1985 Crew Neck</h1><div class="product-sku">Koda izdelka: MW0MW28046-DW5</div>
<div class="prices"><span class="price-old">119,90 €</span><span class="price-new">83,93 €</span><span class="price-discount">-30 %</span></div><div class="price-lowest">Najnižja cena v zadnjih 30 dneh: 95,92 €</div>
<div class="sizes"><label>Velikost</label><button class="size">M</button><button class="size">L</button><button class="size sold-out" disabled>XL</button></div><div class="stock">Na zalogi</div><button class="add-to-cart">Dodaj v košarico</button></div></div>""",
        ("Priporočamo", [("Moška majica Tommy", "39,90 €"), ("Moške kavbojke Levi's", "99,90 €")]),
        "<p>Sportina d.o.o.</p>",
    ),
    {
        "price": 83.93,
        "currency": "EUR",
        "title_has": "1985 Crew Neck",
        "sku": "MW0MW28046-DW5",
        "availability": "InStock",
        "brand_claimed": "TOMMY HILFIGER",
    },
)

add(
    "hr-pevex",
    "https://www.pevex.hr/aku-busilica-odvijac-makita-df333dsae-12v/123456",
    shell(
        "hr",
        "Aku bušilica odvijač MAKITA DF333DSAE 12V - Pevex",
        '<a href="/" class="logo"><img src="/logo.svg" alt="Pevex"></a><a href="/kosarica">Košarica</a>',
        ["Početna", "Alati", "Aku alati"],
        """<div class="product-details"><div class="images"><img class="main-image" src="https://www.pevex.hr/images/products/123456/makita-df333dsae-1-big.jpg" alt="Aku bušilica odvijač MAKITA DF333DSAE 12V"></div>
<div class="summary"><h1 class="product-title">Aku bušilica odvijač MAKITA DF333DSAE 12V</h1><ul class="product-meta"><li>Šifra artikla: <strong>123456</strong></li><li>Proizvođač: <strong>MAKITA</strong></li><li>EAN: 0088381678123</li></ul>
<div class="product-price"><div class="regular">Redovna cijena: <del>179,99 €</del></div><div class="current">Akcijska cijena: <strong>149,99 €</strong></div><div class="lowest">Najniža cijena u posljednjih 30 dana: 159,99 €</div></div>
<div class="availability"><span class="label">Dostupnost u trgovinama:</span> <a href="#stores">Provjeri dostupnost</a></div><div class="online-availability">Dostupno online</div><button class="btn-cart">Dodaj u košaricu</button></div></div>""",
        ("Slični proizvodi", [("Bosch GSR 12V", "129,99 €"), ("Einhell TE-CD", "69,99 €")]),
        "<p>Pevex d.d.</p>",
    ),
    {
        "price": 149.99,
        "currency": "EUR",
        "title": "Aku bušilica odvijač MAKITA DF333DSAE 12V",
        "sku": "123456",
        "availability": "InStock",
        "brand_claimed": "MAKITA",
    },
)

add(
    "kz-evrika",
    "https://evrika.com/catalog/televizory/tv-lg-55ur78006lk-123456",
    shell(
        "ru",
        "Телевизор LG 55UR78006LK купить в Алматы по низкой цене | Эврика",
        '<a href="/" class="header__logo"><img src="/logo.svg" alt="Эврика"></a><a href="/cart">Корзина</a>',
        ["Главная", "ТВ, аудио, видео", "Телевизоры"],
        """<div class="product"><div class="product__images"><img class="product__image" src="https://evrika.com/upload/iblock/abc/lg_55ur78006lk_1.jpg" alt="Телевизор LG 55UR78006LK"></div>
<div class="product__content"><h1 class="product__title">Телевизор LG 55UR78006LK</h1><div class="product__code">Код товара: 123456</div>
<div class="product__prices"><div class="product__price-old">279 990 ₸</div><div class="product__price">229 990 ₸</div><div class="product__credit">Рассрочка 0-0-24: 9 583 ₸/мес</div></div>
<div class="product__stock">Есть в наличии</div><div class="product__brand"><span>Бренд:</span> <a href="/brands/lg">LG</a></div><button class="btn product__buy">Купить</button></div></div>""",
        ("С этим товаром покупают", [("Кронштейн", "9 990 ₸"), ("Саундбар LG", "89 990 ₸")]),
        "<p>ТОО «Эврика»</p>",
    ),
    {
        "price": 229990.0,
        "currency": "KZT",
        "title": "Телевизор LG 55UR78006LK",
        "sku": "123456",
        "availability": "InStock",
        "brand_claimed": "LG",
    },
)

add(
    "ar-naldo",
    "https://www.naldo.com.ar/celular-motorola-moto-g84-256gb-azul/p",
    shell(
        "es-AR",
        "Celular Motorola Moto G84 256GB Azul - Naldo",
        '<a href="/" class="vtex-store-components-3-x-logoLink"><img src="/logo.svg" alt="Naldo"></a>',
        ["Inicio", "Celulares", "Motorola"],
        """<div class="vtex-flex-layout-0-x-flexRow--main"><div class="vtex-store-components-3-x-productImagesContainer"><img class="vtex-store-components-3-x-productImageTag" src="https://naldoar.vteximg.com.br/arquivos/ids/234567-1000-1000/moto-g84-azul.jpg" alt="Celular Motorola Moto G84 256GB Azul"></div>
<div class="vtex-flex-layout-0-x-flexCol--info"><span class="vtex-store-components-3-x-productBrandName">Motorola</span><h1 class="vtex-store-components-3-x-productNameContainer"><span class="vtex-store-components-3-x-productBrand">Celular Motorola Moto G84 256GB Azul</span></h1>
<span class="vtex-product-identifier-0-x-product-identifier"><span class="vtex-product-identifier-0-x-product-identifier__label">Código</span><span class="vtex-product-identifier-0-x-product-identifier__separator">: </span><span class="vtex-product-identifier-0-x-product-identifier__value">PAYM0010AR</span></span>
<span class="vtex-product-price-1-x-sellingPriceValue">$ 449.999</span><span class="vtex-product-price-1-x-listPriceValue strike">$ 549.999</span><div class="naldo-cuotas">12 cuotas sin interés de $ 37.499,92</div>
<button class="vtex-add-to-cart-button-0-x-buttonDataContainer">Agregar al carrito</button></div></div>""",
        ("Productos similares", [("Samsung Galaxy A25", "$ 399.999"), ("Xiaomi Redmi 13", "$ 299.999")]),
        "<p>Naldo Lombardi S.A.</p>",
    ),
    {
        "price": 449999.0,
        "currency": "ARS",
        "title": "Celular Motorola Moto G84 256GB Azul",
        "sku": "PAYM0010AR",
        "availability": "InStock",
        "brand_claimed": "Motorola",
    },
)

add(
    "si-lekarna",
    "https://www.lekarnaonline.si/eucerin-hyaluron-filler-dnevna-krema-spf30-50-ml",
    shell(
        "sl",
        "Eucerin Hyaluron-Filler dnevna krema SPF30, 50 ml | Lekarna Online",
        '<a href="/" class="logo"><img src="/logo.png" alt="Lekarna Online"></a><a href="/kosarica">Košarica</a>',
        ["Domov", "Kozmetika", "Nega obraza"],
        """<div class="product-view"><div class="product-img-box"><img id="image" src="https://www.lekarnaonline.si/media/catalog/product/e/u/eucerin-hyaluron-filler-spf30.jpg" alt="Eucerin Hyaluron-Filler dnevna krema SPF30, 50 ml"></div>
<div class="product-shop"><div class="product-name"><h1>Eucerin Hyaluron-Filler dnevna krema SPF30, 50 ml</h1></div><p class="brand">Blagovna znamka: <a href="/eucerin">Eucerin</a></p><p class="sku">Šifra: 4005900470966</p>
<div class="price-box"><span class="regular-price"><span class="price">32,49 €</span></span></div><p class="availability in-stock"><span>Na zalogi</span></p><button class="button btn-cart">V košarico</button></div></div>""",
        ("Podobni izdelki", [("Eucerin nočna krema", "34,99 €"), ("Vichy Liftactiv", "29,99 €")]),
        "<p>Lekarna Online d.o.o.</p>",
    ),
    {
        "price": 32.49,
        "currency": "EUR",
        "title": "Eucerin Hyaluron-Filler dnevna krema SPF30, 50 ml",
        "sku": "4005900470966",
        "availability": "InStock",
        "brand_claimed": "Eucerin",
    },
)


# the thirteenth batch (classifieds and auctions of the markets: Yahoo拍賣, 중고나라, leboncoin, Subito, Marktplaats, Vinted, Milanuncios)

add(
    "tw-yahoo-auction",
    "https://tw.bid.yahoo.com/item/101234567890",
    shell(
        "zh-Hant",
        "全新 Apple AirPods Pro 2 USB-C 台灣公司貨 | Yahoo奇摩拍賣",
        '<a href="https://tw.bid.yahoo.com/" class="logo"><img src="/logo.svg" alt="Yahoo奇摩拍賣"></a>',
        ["拍賣首頁", "3C", "耳機"],
        """<div class="ItemPage__main"><div class="ImageGallery__main"><img src="https://s.yimg.com/ob/image/abcd1234-5678-90ef-ghij-klmnopqrstuv.jpg" alt="全新 Apple AirPods Pro 2 USB-C 台灣公司貨"></div>
<div class="ItemInfo"><h1 class="ItemTitle__title">全新 Apple AirPods Pro 2 USB-C 台灣公司貨</h1><div class="ItemPrice"><span class="ItemPrice__label">直購價</span><span class="ItemPrice__price">$6,290</span></div>
<div class="ItemSpec"><span>商品狀況：全新</span><span>剩餘數量：3</span><span>已售出：12</span></div><div class="ItemShipping">7-11取貨付款 $60</div>
<button class="ItemAction__buyNow">直接購買</button><button class="ItemAction__addCart">加入購物車</button></div><div class="SellerInfo"><a href="/booth/Y1234567890">3c好物小舖</a><span>評價 2,345</span></div></div>""",
        ("賣家其他商品", [("AirPods 4", "$4,390"), ("保護套", "$199")]),
        "<p>Yahoo奇摩拍賣</p>",
    ),
    {
        "price": 6290.0,
        "currency": "TWD",
        "title": "全新 Apple AirPods Pro 2 USB-C 台灣公司貨",
        "image": "abcd1234-5678-90ef-ghij-klmnopqrstuv.jpg",
    },
)

add(
    "kr-joonggonara",
    "https://web.joongna.com/product/123456789",
    shell(
        "ko",
        "프라다 리에디션 2005 나일론 숄더백 블랙 | 중고나라",
        '<a href="/" class="logo"><img src="/logo.svg" alt="중고나라"></a>',
        ["홈", "패션잡화", "여성가방"],
        """<main class="product-detail"><div class="swiper-slide"><img src="https://img2.joongna.com/media/original/2024/11/28/1701234567890abc.jpg?impolicy=resizeWatermark3" alt="상품 이미지"></div>
<div class="product-info"><h1 class="text-lg font-semibold">프라다 리에디션 2005 나일론 숄더백 블랙</h1><div class="text-2xl font-bold">1,350,000원</div><div class="text-sm text-gray-500">3시간 전 · 조회 87 · 찜 5</div>
<ul class="product-state"><li><span>제품상태</span><span>사용감 적음</span></li><li><span>거래방식</span><span>택배 · 직거래</span></li></ul><p class="whitespace-pre-wrap">백화점 구매 정품입니다. 영수증 있어요.</p>
<div class="fixed-bottom"><button>채팅하기</button><button>안전결제</button></div></div></main>""",
        ("비슷한 상품", [("프라다 호보백", "980,000원"), ("미우미우 숄더백", "1,200,000원")]),
        "<p>중고나라 주식회사</p>",
    ),
    {
        "price": 1350000.0,
        "currency": "KRW",
        "title": "프라다 리에디션 2005 나일론 숄더백 블랙",
        "image": "1701234567890abc.jpg",
    },
)

add(
    "fr-leboncoin",
    "https://www.leboncoin.fr/ad/montres_bijoux/2812345678",
    shell(
        "fr",
        "Montre Cartier Tank Must - Montres & Bijoux à Lyon (69003) - leboncoin",
        '<a href="/" aria-label="leboncoin, site de petites annonces gratuites"><svg></svg></a><a href="/deposer-une-annonce">Déposer une annonce</a>',
        ["Accueil", "Montres & Bijoux", "Rhône"],
        """<div data-qa-id="adview_container"><div data-qa-id="adview_gallery_container"><img src="https://img.leboncoin.fr/api/v1/lbcpb1/images/ab/cd/ef/abcdef0123456789.jpg?rule=ad-large" alt="Montre Cartier Tank Must"></div>
<div data-qa-id="adview_title"><h1 class="text-headline-1-expanded">Montre Cartier Tank Must</h1></div><div data-qa-id="adview_price"><p class="text-headline-2">1 950 €</p></div>
<div data-qa-id="adview_date">28/11/2026 à 14:02</div><div data-qa-id="adview_description_container"><p>Montre Cartier Tank Must, achetée en 2022, boîte et papiers.</p></div>
<div data-qa-id="adview_contact_container"><button data-qa-id="adview_button_buy">Acheter</button><button data-qa-id="adview_button_message">Envoyer un message</button></div></div>""",
        ("Annonces similaires", [("Montre Longines", "850 €"), ("Montre Tissot", "220 €")]),
        "<p>leboncoin</p>",
    ),
    {
        "price": 1950.0,
        "currency": "EUR",
        "title": "Montre Cartier Tank Must",
        "image": "abcdef0123456789.jpg",
    },
)

add(
    "it-subito",
    "https://www.subito.it/abbigliamento-accessori/borsa-gucci-jackie-milano-523456789.htm",
    shell(
        "it",
        "Borsa Gucci Jackie - Abbigliamento e Accessori In vendita a Milano",
        '<a href="/" class="index-module_logo"><img src="/logo.svg" alt="Subito"></a><a href="/inserisci">Inserisci annuncio</a>',
        ["Subito", "Abbigliamento e Accessori", "Milano"],
        """<div class="AdInfo_ad-info__id"><div class="Carousel_carousel"><img class="CarouselCell_image" src="https://images.sbito.it/api/v1/sbt-ads-images-pro/images/ab/abcdef12-3456-7890-abcd-ef1234567890?rule=gallery-desktop-2x-auto" alt="Borsa Gucci Jackie"></div>
<h1 class="AdInfo_ad-info__title">Borsa Gucci Jackie</h1><p class="index-module_price AdInfo_ad-info__price">1.100 €</p><span class="index-module_sbt-text-atom">Milano (MI)</span><p class="AdDescription_description">Borsa Gucci Jackie 1961, usata poco, con dust bag.</p>
<button class="index-module_button">Acquista</button><button class="index-module_button">Contatta</button></div>""",
        ("Annunci simili", [("Borsa Prada", "650 €"), ("Borsa Fendi", "900 €")]),
        "<p>Subito.it S.r.l.</p>",
    ),
    {
        "price": 1100.0,
        "currency": "EUR",
        "title": "Borsa Gucci Jackie",
        "image": "abcdef12-3456-7890-abcd-ef1234567890",
    },
)

add(
    "nl-marktplaats",
    "https://www.marktplaats.nl/v/sieraden-tassen-en-uiterlijk/tassen-damestassen/m2123456789-louis-vuitton-neverfull-mm",
    shell(
        "nl",
        "Louis Vuitton Neverfull MM | Tassen | Damestassen | Marktplaats",
        '<a href="/" class="hz-Header-logo"><img src="/logo.svg" alt="Marktplaats"></a>',
        ["Marktplaats", "Sieraden, Tassen en Uiterlijk", "Damestassen"],
        """<div class="Listing-root"><div class="Gallery-root"><img class="HeroImage-image" src="https://images.marktplaats.com/api/v1/listing-mp-p/images/ab/abcdef01-2345-6789-abcd-ef0123456789?rule=ecg_mp_eps$_85.jpg" alt="Louis Vuitton Neverfull MM"></div>
<h1 class="Listing-title">Louis Vuitton Neverfull MM</h1><div class="Listing-price">€ 850,00</div><div class="Listing-biddingContainer"><span>Hoogste bod: € 700,00</span></div>
<div class="Description-description">Originele Neverfull MM, gekocht in Amsterdam.</div><button class="hz-Button hz-Button--primary">Bericht</button><button class="hz-Button">Bieden</button></div>""",
        ("Vergelijkbare advertenties", [("Michael Kors tas", "€ 45,00"), ("Guess tas", "€ 30,00")]),
        "<p>Marktplaats B.V.</p>",
    ),
    {
        "price": 850.0,
        "currency": "EUR",
        "title": "Louis Vuitton Neverfull MM",
        "image": "abcdef01-2345-6789-abcd-ef0123456789",
    },
)

add(
    "fr-vinted",
    "https://www.vinted.fr/items/4512345678-sac-longchamp-le-pliage",
    shell(
        "fr",
        "Sac Longchamp Le Pliage | Vinted",
        '<a href="/" class="u-block"><img src="/logo.svg" alt="Vinted"></a><a href="/items/new">Vends tes articles</a>',
        ["Accueil", "Femmes", "Sacs"],
        """<div class="item-page-sidebar-content"><div class="details-list__item-value" itemprop="name"><h1 class="web_ui__Text__title">Sac Longchamp Le Pliage</h1></div>
<div class="web_ui__Text__text web_ui__Text__subtitle">Taille unique · Très bon état · <a href="/brand/longchamp">Longchamp</a></div><div data-testid="item-price"><p class="web_ui__Text__text web_ui__Text__title">35,00 €</p></div>
<div data-testid="service-fee-included-price"><p>38,45 € Inclut la Protection acheteurs</p></div><button data-testid="item-buy-button">Acheter</button><button>Faire une offre</button><button>Poser une question</button></div>
<div class="item-photos"><figure class="item-photo item-photo--1"><img src="https://images1.vinted.net/t/03_00f1a_abcdef0123456789/f800/1701234567.jpeg?s=abc" alt="Sac Longchamp Le Pliage"></figure></div>""",
        ("Articles similaires", [("Sac Michael Kors", "25,00 €"), ("Sac Lancel", "40,00 €")]),
        "<p>Vinted UAB</p>",
    ),
    {"price": 35.0, "currency": "EUR", "title": "Sac Longchamp Le Pliage", "image": "1701234567.jpeg"},
)

add(
    "es-milanuncios",
    "https://www.milanuncios.com/bolsos/bolso-loewe-puzzle-512345678.htm",
    shell(
        "es",
        "Bolso Loewe Puzzle en Madrid | Milanuncios",
        '<a href="/" class="ma-Header-logo"><img src="/logo.svg" alt="milanuncios"></a>',
        ["Inicio", "Moda", "Bolsos"],
        """<div class="ma-AdDetail"><div class="ma-AdMultimedia"><img class="ma-AdMultimediaImage" src="https://images.milanuncios.com/api/v1/ma-ad-media-pro/images/abcdef01-2345-6789-abcd-ef0123456789?rule=detail_640x480" alt="Bolso Loewe Puzzle"></div>
<h1 class="ma-AdDetail-title">Bolso Loewe Puzzle</h1><span class="ma-AdPrice-value ma-AdPrice-value--default">1.200 €</span><p class="ma-AdDetail-description">Bolso Loewe Puzzle original, poco uso.</p>
<button class="ma-AdContactBar-button">Contactar</button><button class="ma-AdContactBar-button">Comprar</button></div>""",
        ("Anuncios similares", [("Bolso Bimba y Lola", "60 €"), ("Bolso Tous", "45 €")]),
        "<p>Adevinta Spain S.L.U.</p>",
    ),
    {
        "price": 1200.0,
        "currency": "EUR",
        "title_has": "Bolso Loewe Puzzle",
        "image": "abcdef01-2345-6789-abcd-ef0123456789",
    },
)


# the fourteenth batch (B2B and other marketplaces: Made-in-China, Alibaba, Qoo10, Yahoo!オークション, Hepsiburada, Mercari)

add(
    "made-in-china",
    "https://www.made-in-china.com/showroom/shoesfactory/product-detailAbCdEfGhIjKl/China-Men-Sneakers-Casual-Shoes.html",
    shell(
        "en",
        "China Men Sneakers Casual Shoes - China Sneakers and Casual Shoes price | Made-in-China.com",
        '<a href="https://www.made-in-china.com/" class="logo"><img src="/logo.png" alt="Made-in-China.com"></a><a href="/inquiry">Inquiry Basket</a>',
        ["Home", "Shoes", "Sneakers"],
        """<div class="sr-proMainInfo"><div class="sr-proMainInfo-slide"><div class="sr-proMainInfo-slide-pic"><img src="https://image.made-in-china.com/2f0j00AbCdEfGhIjKl/Men-Sneakers-Casual-Shoes.webp" alt="Men Sneakers Casual Shoes"></div></div>
<div class="sr-proMainInfo-baseInfo"><h1 class="sr-proMainInfo-baseInfoH1"><span>Men Sneakers Casual Shoes</span></h1>
<div class="sr-proMainInfo-baseInfo-priceBox"><div class="swiper-money-container"><div class="only-one-priceNum"><span>US$ 8.50-12.00</span> / Pair</div></div><div class="sr-proMainInfo-baseInfo-propertyPrice"><span>Min. Order: 500 Pairs</span></div></div>
<table class="sr-proMainInfo-baseInfo-propertyAttr"><tr><th>Type:</th><td>Casual Shoes</td></tr><tr><th>Transport Package:</th><td>Carton</td></tr><tr><th>Trademark:</th><td>OEM</td></tr></table>
<div class="sr-proMainInfo-btns"><a class="btn-inquiry" href="/sendInquiry">Contact Supplier</a><a class="btn-chat" href="#">Chat</a></div></div></div>""",
        ("Related Products", [("Running Shoes", "US$ 9.00-11.00"), ("Slippers", "US$ 1.50-2.00")]),
        "<p>Focus Technology Co., Ltd.</p>",
    ),
    {
        "price": 8.50,
        "currency": "USD",
        "title_has": "Men Sneakers Casual Shoes",
        "image": "Men-Sneakers-Casual-Shoes.webp",
        "brand_claimed": None,
    },
)

add(
    "alibaba",
    "https://www.alibaba.com/product-detail/Designer-Handbags-Women-Luxury_1600123456789.html",
    shell(
        "en",
        "Designer Handbags Women Luxury Leather Shoulder Bag - Buy Handbags Women,Leather Bag Product on Alibaba.com",
        '<a href="https://www.alibaba.com/" class="logo"><img src="/logo.svg" alt="Alibaba.com"></a>',
        ["Home", "Luggage, Bags & Cases", "Handbags"],
        """<div class="product-detail-layout"><div class="main-image"><img src="https://s.alicdn.com/@sc04/kf/H1234567890abcdef1234567890abcdefG.jpg_720x720q50.jpg" alt="Designer Handbags Women Luxury Leather Shoulder Bag"></div>
<div class="product-info"><div class="product-title-container"><h1 title="Designer Handbags Women Luxury Leather Shoulder Bag">Designer Handbags Women Luxury Leather Shoulder Bag</h1></div>
<div class="price-list"><div class="price-item"><div class="quality">2 - 99 pieces</div><div class="price"><span>$15.80</span></div></div><div class="price-item"><div class="quality">100 - 499 pieces</div><div class="price"><span>$13.20</span></div></div><div class="price-item"><div class="quality">&gt;= 500 pieces</div><div class="price"><span>$11.50</span></div></div></div>
<div class="attr-list"><span>Brand Name: OEM</span><span>Place of Origin: Guangdong, China</span></div><button class="action-start-order">Start order</button><button class="action-contact">Chat now</button></div></div>""",
        ("Recommended for you", [("Crossbody Bag", "$4.20-6.50"), ("Tote Bag", "$7.80-9.90")]),
        "<p>Alibaba.com</p>",
    ),
    {
        "price": 15.80,
        "currency": "USD",
        "title": "Designer Handbags Women Luxury Leather Shoulder Bag",
        "image": "H1234567890abcdef1234567890abcdefG.jpg",
        "brand_claimed": "OEM",
    },
)

add(
    "qoo10",
    "https://www.qoo10.com/item/NIKE-AIR-FORCE-1/712345678",
    shell(
        "en",
        "[Qoo10] NIKE AIR FORCE 1 07 WHITE : Shoes",
        '<a href="/" class="logo"><img src="/logo.png" alt="Qoo10"></a>',
        ["Home", "Shoes", "Sneakers"],
        """<div id="div_Default_Image"><img id="GoodsImage" src="https://gd.image-gmkt.com/li/712/345/678/712345678_1.jpg" alt="NIKE AIR FORCE 1 07 WHITE"></div>
<div class="goods_info"><h2 id="goods_name" class="name">NIKE AIR FORCE 1 07 WHITE</h2><dl class="detailsArea"><dt>Retail Price</dt><dd><strike>S$189.00</strike></dd><dt>Sell Price</dt><dd><strong id="dl_sell_price">S$129.00</strong></dd><dt>Qoo10 Price</dt><dd>S$119.00 (with Qoo10 coupon)</dd></dl>
<div class="btn_area"><a id="btn_buy" class="btn_buy" href="#">Buy Now</a><a id="btn_cart" href="#">Add to Cart</a></div></div>""",
        ("Related Items", [("ADIDAS SAMBA", "S$139.00"), ("NEW BALANCE 530", "S$119.00")]),
        "<p>Qoo10 Pte. Ltd.</p>",
    ),
    {"price": 129.00, "title": "NIKE AIR FORCE 1 07 WHITE", "image": "712345678_1.jpg"},
)

add(
    "jp-yahoo-auction",
    "https://page.auctions.yahoo.co.jp/jp/auction/x1123456789",
    shell(
        "ja",
        "Yahoo!オークション - ルイヴィトン モノグラム スピーディ30 ハンドバッグ",
        '<a href="https://auctions.yahoo.co.jp/" class="logo"><img src="/logo.png" alt="ヤフオク!"></a>',
        ["オークション", "ファッション", "ブランド別", "ルイ・ヴィトン"],
        """<div id="l-main"><div class="ProductImage"><img src="https://auc-pctr.c.yimg.jp/i/auctions.c.yimg.jp/images.auctions.yahoo.co.jp/image/dr000/auc0511/users/abcdef/i-img1200x900-1701234567abcdef.jpg" alt="ルイヴィトン モノグラム スピーディ30"></div>
<div class="ProductTitle"><h1 class="ProductTitle__text">ルイヴィトン モノグラム スピーディ30 ハンドバッグ</h1></div><div class="Price Price--current"><dl><dt class="Price__title">現在</dt><dd class="Price__value">35,000円<span class="Price__tax">（税 0 円）</span></dd></dl></div>
<div class="Price Price--buynow"><dl><dt class="Price__title">即決</dt><dd class="Price__value">48,000円<span class="Price__tax">（税 0 円）</span></dd></dl></div><ul class="Count"><li>入札 12</li><li>残り 2日</li></ul>
<div class="Button"><a class="Button--bid" href="#">入札する</a><a class="Button--buynow" href="#">今すぐ落札する</a></div></div>""",
        (
            "この商品に関連するオークション",
            [("ヴィトン ネヴァーフル", "62,000円"), ("ヴィトン 財布", "15,000円")],
        ),
        "<p>LINEヤフー株式会社</p>",
    ),
    {
        "title": "ルイヴィトン モノグラム スピーディ30 ハンドバッグ",
        "image": "i-img1200x900-1701234567abcdef.jpg",
    },
)

add(
    "tr-hepsiburada",
    "https://www.hepsiburada.com/apple-airpods-pro-2-nesil-usb-c-p-HBCV00004X9ZOI",
    shell(
        "tr",
        "Apple AirPods Pro 2. Nesil USB-C Fiyatı - Taksit Seçenekleri",
        '<a href="/" class="logo"><img src="/logo.svg" alt="Hepsiburada"></a><a href="/sepetim">Sepetim</a>',
        ["Anasayfa", "Elektronik", "Kulaklık"],
        """<div class="productDetailContent"><div class="productImage"><img id="productImage" src="https://productimages.hepsiburada.net/s/443/550/110000483123456.jpg" alt="Apple AirPods Pro 2. Nesil USB-C"></div>
<div class="productDetailRight"><h1 id="product-name" class="product-name">Apple AirPods Pro 2. Nesil USB-C</h1><div class="brand-name"><a href="/apple">Apple</a></div>
<div id="offering-price" class="price-container"><span class="price-old">10.499,00 TL</span><span data-bind="markupText:'currentPriceBeforePoint'">8.999</span>,<span>00</span> TL</div><div class="installment">9 aya varan taksit: 999,89 TL x 9</div>
<div class="seller">Satıcı: <a href="/magaza/hepsiburada">Hepsiburada</a></div><button id="addToCart" class="button big">Sepete ekle</button></div></div>""",
        ("Benzer ürünler", [("AirPods 4", "5.999,00 TL"), ("Samsung Buds3", "4.499,00 TL")]),
        "<p>D-Market Elektronik Hizmetler</p>",
    ),
    {
        "price": 8999.0,
        "currency": "TRY",
        "title": "Apple AirPods Pro 2. Nesil USB-C",
        "image": "110000483123456.jpg",
    },
)

add(
    "mercari-us",
    "https://www.mercari.com/us/item/m12345678901/",
    shell(
        "en",
        "Coach Tabby 26 Shoulder Bag - Mercari",
        '<a href="/" aria-label="Mercari home"><svg></svg></a>',
        ["Home", "Women", "Bags"],
        """<div data-testid="ItemDetailsPage"><div data-testid="ItemImage"><img src="https://u-mercari-images.mercdn.net/photos/m12345678901_1.jpg?width=1200" alt="Coach Tabby 26 Shoulder Bag"></div>
<div data-testid="ItemInfo"><h1 data-testid="ItemName" class="Text__H1-sc-1">Coach Tabby 26 Shoulder Bag</h1><p data-testid="ItemPrice" class="Text__H2-sc-2">$210</p><p data-testid="ItemOriginalPrice">$250</p>
<div data-testid="ItemDetailsBrand"><a href="/brand/coach/">Coach</a></div><div data-testid="ItemCondition">Like new</div><button data-testid="CheckoutButton">Buy now</button><button data-testid="OfferButton">Make offer</button></div></div>""",
        ("Similar items", [("Coach Pillow Tabby", "$175"), ("Coach Rogue", "$300")]),
        "<p>© 2026 Mercari, Inc.</p>",
    ),
    {
        "price": 210.0,
        "currency": "USD",
        "title": "Coach Tabby 26 Shoulder Bag",
        "image": "m12345678901_1.jpg",
    },
)


# the fifteenth batch (pages whose product lives only in their state JSON: Musinsa, Ozon, Shopee)
def _state_shell(
    lang, doc_title, script, body='<div id="__next"><div class="skeleton"></div></div>', head=""
):
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{doc_title}</title>{head}</head><body>{body}{script}</body></html>'


_MUSINSA = {
    "props": {
        "pageProps": {
            "meta": {
                "data": {
                    "goodsNo": 3456789,
                    "goodsNm": "릴렉스 핏 크루 넥 반팔 티셔츠 [화이트]",
                    "brand": "musinsastandard",
                    "brandName": "무신사 스탠다드",
                    "goodsPrice": {
                        "normalPrice": 19900,
                        "salePrice": 15900,
                        "discountRate": 20,
                        "couponPrice": 14310,
                    },
                    "thumbnailImageUrl": "/images/goods_img/20230301/3456789/3456789_16778901234567_500.jpg",
                    "goodsSaleType": "SALE",
                    "isSoldOut": False,
                }
            }
        }
    }
}
add(
    "kr-musinsa-next",
    "https://www.musinsa.com/products/3456789",
    _state_shell(
        "ko",
        "릴렉스 핏 크루 넥 반팔 티셔츠 [화이트] - 사이즈 & 후기 | 무신사",
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(_MUSINSA, ensure_ascii=False)}</script>',
        head='<meta property="og:image" content="https://image.msscdn.net/images/goods_img/20230301/3456789/3456789_16778901234567_500.jpg">',
    ),
    {"price": 15900.0, "title": "릴렉스 핏 크루 넥 반팔 티셔츠 [화이트]"},
)

_OZON = {
    "product": {
        "id": 1234567890,
        "title": "Кроссовки Nike Air Zoom Pegasus 40",
        "price": {"price": "12 990 ₽", "originalPrice": "16 990 ₽", "cardPrice": "11 990 ₽"},
        "images": [{"url": "https://ir.ozone.ru/s3/multimedia-1-x/wc1000/7012345678.jpg"}],
        "brand": {"name": "Nike"},
        "isAvailable": True,
    }
}
add(
    "ru-ozon-state",
    "https://www.ozon.ru/product/krossovki-nike-air-zoom-pegasus-40-1234567890/",
    _state_shell(
        "ru",
        "Кроссовки Nike Air Zoom Pegasus 40 — купить в интернет-магазине OZON с быстрой доставкой",
        f"<script>window.__NUXT__={json.dumps(_OZON, ensure_ascii=False)};</script>",
        body='<div id="layoutPage"><div class="skeleton"></div></div>',
    ),
    {"price": 12990.0, "title": "Кроссовки Nike Air Zoom Pegasus 40"},
)

_SHOPEE = {
    "item": {
        "itemid": 23456789012,
        "shopid": 123456789,
        "name": "【現貨】韓國 MLB 經典 NY 棒球帽 老帽 可調節",
        "price": 89000000,
        "price_max": 89000000,
        "price_before_discount": 129000000,
        "currency": "TWD",
        "stock": 52,
        "image": "tw-11134207-7r98o-abcdefghij12",
        "brand": "MLB",
    }
}
add(
    "tw-shopee-state",
    "https://shopee.tw/【現貨】韓國-MLB-經典-NY-棒球帽-老帽-可調節-i.123456789.23456789012",
    _state_shell(
        "zh-Hant",
        "【現貨】韓國 MLB 經典 NY 棒球帽 老帽 可調節 | 蝦皮購物",
        f'<script type="application/json" id="__INITIAL_STATE__">{json.dumps(_SHOPEE, ensure_ascii=False)}</script>',
        body='<div id="main"><div class="skeleton"></div></div>',
    ),
    {"title": "【現貨】韓國 MLB 經典 NY 棒球帽 老帽 可調節"},
)


# the sixteenth batch (brand claims of the markets: Coupang, momo, Mercado Libre, Mimovrste, Sancta Domenica, Technodom, Amazon.de)

add(
    "kr-coupang-brandshop",
    "https://www.coupang.com/vp/products/7123456789?itemId=17123456789",
    shell(
        "ko",
        "필립스 소닉케어 전동칫솔 HX6877/21 - 전동칫솔 | 쿠팡",
        '<a href="/" class="coupang-logo"><img src="/logo.png" alt="쿠팡"></a>',
        ["쿠팡 홈", "뷰티", "구강용품", "전동칫솔"],
        """<div class="prod-atf"><div class="prod-image"><img class="prod-image__detail" src="https://thumbnail10.coupangcdn.com/thumbnails/remote/492x492ex/image/retail/images/2024/01/01/12/3/abcdef.jpg" alt="필립스 소닉케어 전동칫솔 HX6877/21"></div>
<div class="prod-buy"><a class="prod-brand-name" href="/np/search?q=%ED%95%84%EB%A6%BD%EC%8A%A4&amp;brand=12345">필립스</a><h2 class="prod-buy-header__title">필립스 소닉케어 전동칫솔 HX6877/21</h2>
<div class="prod-price"><span class="total-price"><strong>89,000<span class="price-unit">원</span></strong></span></div><div class="prod-shipping-fee-message">무료배송</div>
<button class="prod-buy-btn">바로구매</button><button class="prod-cart-btn">장바구니 담기</button></div></div>""",
        ("다른 고객이 함께 본 상품", [("오랄비 iO", "199,000원"), ("파나소닉 전동칫솔", "59,000원")]),
        "<p>쿠팡(주)</p>",
    ),
    {"brand_claimed": "필립스", "price": 89000.0},
)

add(
    "tw-momo-brand-bracket",
    "https://www.momoshop.com.tw/goods/GoodsDetail.jsp?i_code=98765432",
    shell(
        "zh-Hant",
        "【SAMPO 聲寶】43型4K低藍光HDR智慧聯網顯示器 EM-43JB620 - momo購物網",
        '<a href="/" class="logo"><img src="/logo.png" alt="momo購物網"></a>',
        ["首頁", "家電", "電視"],
        """<div class="prdwarp"><div class="jqzoom"><img src="https://i2.momoshop.com.tw/1701234567/goodsimg/0098/765/432/98765432_R.webp" alt="SAMPO 聲寶 43型"></div>
<div class="prdnoteArea"><h3 id="osmGoodsName">【SAMPO 聲寶】43型4K低藍光HDR智慧聯網顯示器 EM-43JB620</h3><ul class="prdPrice"><li class="special"><span>促銷價</span><span class="seoPrice">9,990</span>元</li></ul>
<div class="buynoteArea"><a class="buynow" href="#">立即購買</a></div></div></div>""",
        ("看了又看", [("TCL 43型", "8,990元"), ("LG 43型", "12,900元")]),
        "<p>富邦媒體科技股份有限公司</p>",
    ),
    {"brand_claimed": "SAMPO", "price": 9990.0},
)

add(
    "ar-ml-marca-table",
    "https://articulo.mercadolibre.com.ar/MLA-1512345678-auriculares-jbl-tune-520bt-_JM",
    shell(
        "es-AR",
        "Auriculares Inalámbricos Jbl Tune 520bt Negro | MercadoLibre",
        '<a href="/" class="nav-logo"><img src="/logo.svg" alt="Mercado Libre Argentina"></a>',
        ["Volver al listado", "Electrónica, Audio y Video", "Auriculares"],
        """<div class="ui-pdp-container"><figure class="ui-pdp-gallery__figure"><img class="ui-pdp-image" src="https://http2.mlstatic.com/D_NQ_NP_2X_612345-MLA75123456789_032024-F.webp" alt="Auriculares Inalámbricos Jbl Tune 520bt Negro"></figure>
<h1 class="ui-pdp-title">Auriculares Inalámbricos Jbl Tune 520bt Negro</h1><div class="ui-pdp-price"><span class="andes-money-amount" aria-label="59999 pesos"><span class="andes-money-amount__currency-symbol">$</span><span class="andes-money-amount__fraction">59.999</span></span></div>
<button class="andes-button andes-button--loud">Comprar ahora</button>
<div class="ui-vpp-highlighted-specs"><h2>Características del producto</h2><table class="andes-table"><tbody><tr class="andes-table__row"><th class="andes-table__header">Marca</th><td class="andes-table__column"><span>JBL</span></td></tr><tr><th>Modelo</th><td><span>Tune 520BT</span></td></tr></tbody></table></div></div>""",
        ("Publicaciones del vendedor", [("Parlante JBL Go 3", "$ 49.999"), ("Auriculares Sony", "$ 69.999")]),
        "<p>Mercado Libre S.R.L.</p>",
    ),
    {"brand_claimed": "JBL", "price": 59999.0},
)

add(
    "si-mimovrste-brand-link",
    "https://www.mimovrste.com/sesalniki/dyson-v15-detect-absolute",
    shell(
        "sl",
        "Dyson V15 Detect Absolute sesalnik | mimovrste=)",
        '<a href="/" class="logo"><img src="/logo.svg" alt="mimovrste=)"></a>',
        ["Domov", "Mali gospodinjski aparati", "Sesalniki"],
        """<div class="pro-detail"><div class="gallery"><img class="gallery__img" src="https://www.mimovrste.com/i/12345678/550/550" alt="Dyson V15 Detect Absolute"></div>
<div class="pro-info"><h1 class="pro-title">Dyson V15 Detect Absolute sesalnik</h1><div class="pro-brand">Blagovna znamka: <a href="/blagovne-znamke/dyson">Dyson</a></div><div class="pro-price">649,99 €</div>
<div class="pro-stock">Na zalogi</div><button class="btn btn-cart">V košarico</button></div></div>""",
        ("Podobni izdelki", [("Dyson V12", "549,99 €"), ("Rowenta X-Force", "399,99 €")]),
        "<p>Mimovrste d.o.o.</p>",
    ),
    {"brand_claimed": "Dyson", "price": 649.99},
)

add(
    "hr-sancta-proizvodjac",
    "https://www.sancta-domenica.hr/mobiteli/samsung-galaxy-s24-8gb-256gb-onyx-black.html",
    shell(
        "hr",
        "Mobitel SAMSUNG Galaxy S24 8GB/256GB Onyx Black | Sancta Domenica",
        '<a href="/" class="logo"><img src="/logo.svg" alt="Sancta Domenica"></a>',
        ["Početna", "Mobiteli", "Pametni telefoni"],
        """<div class="product-info-main"><h1 class="page-title"><span class="base">Mobitel SAMSUNG Galaxy S24 8GB/256GB Onyx Black</span></h1><div class="price-box"><span class="price">799,99 €</span></div>
<div class="stock available"><span>Dostupno</span></div><button class="action tocart primary">Dodaj u košaricu</button></div><div class="product media"><img class="gallery-placeholder__image" src="https://www.sancta-domenica.hr/media/catalog/product/s/a/samsung-galaxy-s24-onyx-black_1.jpg" alt="Mobitel SAMSUNG Galaxy S24"></div>
<div class="additional-attributes-wrapper"><table class="data table additional-attributes"><tbody><tr><th class="col label">Proizvođač</th><td class="col data">SAMSUNG</td></tr><tr><th>Jamstvo</th><td>24 mjeseca</td></tr></tbody></table></div>""",
        ("Slični proizvodi", [("Samsung Galaxy S24+", "999,99 €"), ("Apple iPhone 15", "899,99 €")]),
        "<p>Sancta Domenica d.o.o.</p>",
    ),
    {"brand_claimed": "SAMSUNG", "price": 799.99},
)

add(
    "kz-technodom-brand",
    "https://www.technodom.kz/p/naushniki-sony-wh-1000xm5-black-267890",
    shell(
        "ru",
        "Наушники Sony WH-1000XM5 Black купить в Алматы | Technodom",
        '<a href="/" class="Header_logo"><img src="/logo.svg" alt="Technodom"></a>',
        ["Главная", "Аудио", "Наушники"],
        """<div class="ProductCard_root"><div class="ProductGallery_slide"><img src="https://api.technodom.kz/f3/api/v1/images/800/800/naushniki_sony_wh1000xm5_black_1.jpg" alt="Наушники Sony WH-1000XM5 Black"></div>
<div class="ProductInfo"><h1 class="Typography ProductInfo_title">Наушники Sony WH-1000XM5 Black</h1><div class="ProductInfo_brand"><a href="/brands/sony"><img src="/brands/sony.svg" alt="Sony"></a></div>
<p class="Typography ProductPrice_price">199 990 ₸</p><div class="ProductInfo_stock">В наличии</div><button class="ButtonNext_primary">В корзину</button></div></div>""",
        ("С этим товаром покупают", [("Чехол для наушников", "9 990 ₸"), ("Кабель AUX", "2 990 ₸")]),
        "<p>ТОО «Technodom Operator»</p>",
    ),
    {"brand_claimed": "Sony", "price": 199990.0},
)

add(
    "de-amazon-marke-row",
    "https://www.amazon.de/dp/B0TEST5678",
    shell(
        "de",
        "Braun Series 9 Pro+ Elektrorasierer Herren : Amazon.de: Drogerie &amp; Körperpflege",
        '<a href="/" id="nav-logo-sprites" aria-label="Amazon.de"></a>',
        ["Drogerie & Körperpflege", "Rasur"],
        """<div id="ppd"><div id="leftCol"><img id="landingImage" src="https://m.media-amazon.com/images/I/71braun9._AC_SX679_.jpg" data-old-hires="https://m.media-amazon.com/images/I/71braun9._AC_SL1500_.jpg" alt="Braun Series 9"></div>
<div id="centerCol"><h1 id="title"><span id="productTitle">Braun Series 9 Pro+ Elektrorasierer Herren, 5 Pro Scherelemente</span></h1><a id="bylineInfo" href="/stores/Braun/page/X">Besuche den Braun-Store</a>
<div id="corePriceDisplay_desktop_feature_div"><span class="a-price priceToPay"><span class="a-offscreen">279,99&nbsp;€</span><span aria-hidden="true">279,99 €</span></span></div>
<div id="productOverview_feature_div"><table class="a-normal a-spacing-micro"><tr class="po-brand"><td><span class="a-text-bold">Marke</span></td><td><span class="po-break-word">Braun</span></td></tr><tr class="po-color"><td><span class="a-text-bold">Farbe</span></td><td><span>Silber</span></td></tr></table></div></div>
<div id="rightCol"><div id="availability"><span>Auf Lager</span></div><input id="add-to-cart-button" type="submit" value="In den Einkaufswagen"></div></div>""",
        (
            "Kunden, die diesen Artikel angesehen haben",
            [("Philips Series 9000", "199,99 €"), ("Panasonic Arc5", "249,99 €")],
        ),
        "<p>Amazon.de</p>",
    ),
    {"brand_claimed": "Braun", "price": 279.99},
)


@pytest.mark.parametrize(("name", "url", "html", "want"), CASES, ids=[c[0] for c in CASES])
def test_market_pages_give_their_listing(name: str, url: str, html: str, want: dict) -> None:
    got = extract_product(html, url)
    assert got is not None, name
    for field, value in want.items():
        if field == "image":
            assert value in got["image_urls"][0], got["image_urls"][:2]
        elif field == "price" and value is not None:
            assert got["price"] == pytest.approx(value, abs=0.005)
        elif field == "title_has":
            assert value in got["title"], got["title"]
        else:
            assert got[field] == value, (field, got[field])


def test_a_spec_lists_label_named_for_the_title_is_no_title() -> None:
    """KREAM names its spec list's labels "product_title" (`<dt class="product_title">모델번호</dt>`):
    a `dt` followed by its `dd` (a `th` by its `td`) is a label, never the title; the document title's
    product name stands (failed at 07c3021: "모델번호")."""
    from parsel import Selector

    from knockoff.crawler.heuristics.page import Page

    html = (
        "<html lang='ko'><head><title>Nike Dunk Low Retro Black | KREAM</title></head><body>"
        "<div class='main_title_box'><p class='brand'>Nike</p><p class='title'>Nike Dunk Low Retro Black</p></div>"
        "<dl class='detail_product'><div class='detail_box'><dt class='product_title'>모델번호</dt>"
        "<dd class='product_info'>DD1391-100</dd></div><div class='detail_box'><dt class='product_title'>발매가</dt>"
        "<dd class='product_info'>129,000원</dd></div></dl></body></html>"
    )
    title, _ = Page(Selector(text=html), "https://kream.co.kr/products/123456").find_title()
    assert title == "Nike Dunk Low Retro Black"


def test_a_dt_holding_the_name_without_a_value_after_it_stays_a_candidate() -> None:
    """Must not fire: a `<dt class="item-name">` closing its list (no `dd` after it) is still read."""
    from parsel import Selector

    from knockoff.crawler.heuristics.page import Page

    html = (
        "<html><head><title>Shop</title></head><body><dl class='item'><dd><img src='/a.jpg'></dd>"
        "<dt class='item-name'>Hand-thrown Stoneware Mug, Ash Glaze</dt></dl></body></html>"
    )
    title, _ = Page(Selector(text=html), "https://shop.example/item/1").find_title()
    assert title == "Hand-thrown Stoneware Mug, Ash Glaze"


# (text, amount read): the first five changed by this probe's rules, the rest read the same before them
SHOWN = [
    (
        "建議售價 網路價 $38,900 分期 24期0利率 每期$1,621",
        None,
    ),  # was 1621: the block yields to its inner price
    ("12 cuotas sin interés de $74.999 Precio contado $899.999", 899999.0),  # was 74999
    ("25% OFF $899.999 Precio sin impuestos nacionales $743.801", 899999.0),  # was 743801
    ("$1.199.999 25% OFF $899.999", 899999.0),  # was 1199999
    ("網路價 $38,900 分期 24期0利率 每期$1,621", 38900.0),
    ("$899.999 Mismo precio en 12 cuotas de $74.999", 899999.0),
    ("Mismo precio en 12 cuotas $899.999", 899999.0),  # the one amount: the total
    ("$ 899.999 12 cuotas de $ 74.999", 899999.0),
    ("OFF: ￥1,250 ￥4,980", 4980.0),
    ("-20% 39,99 € 49,99 €", 39.99),
    ("Save 20% $52.00", 52.0),
    ("$45.00 Save $15.00", 45.0),
    ("R$ 199,90 ou 10x de R$ 19,99", 199.9),
    ("10x de R$ 19,99 sem juros R$ 199,90", 199.9),
]


@pytest.mark.parametrize(("text", "amount"), SHOWN)
def test_the_amount_a_price_text_shows(text: str, amount: float | None) -> None:
    from knockoff.crawler.heuristics.price_text import shown_price

    assert shown_price(text)[0] == amount


@pytest.mark.parametrize(
    ("block", "price"),
    [
        # Auction (failed at 07c3021): the card's price after the price, its label between them
        (
            "<div class='price_wrap'><strong class='price_real'>269,000</strong><span class='unit'>원</span>"
            "<div class='price_benefit'><span>스마일카드 최대할인가</span> <strong>255,550원</strong></div></div>",
            269000.0,
        ),
        # must not fire: a block whose one amount is the price, a card's note after it without an amount
        (
            "<div class='price_wrap'><strong class='price_real'>269,000원</strong>"
            "<span class='benefit'>스마일카드 결제 시 추가 할인</span></div>",
            269000.0,
        ),
        # must not fire: the card price first, named as such, then the price
        (
            "<div class='price_wrap'><div class='price_benefit'><span>카드 최대할인가</span> <strong>255,550원</strong></div>"
            "<div class='price_now'><strong class='price_real'>269,000원</strong></div></div>",
            269000.0,
        ),
    ],
)
def test_a_price_blocks_conditional_amount_after_the_price_is_not_read(block: str, price: float) -> None:
    html = (
        "<html lang='ko'><head><title>갤럭시 버즈3 프로 - 옥션</title></head><body><h1 class='itemtit'>갤럭시 버즈3 프로</h1>"
        f"{block}<button class='btn_buy'>구매하기</button></body></html>"
    )
    got = extract_product(html, "https://itempage3.auction.co.kr/DetailView.aspx?itemno=B123456789")
    assert got is not None and got["price"] == price


AMOUNT_ONLY = [
    # changed: failed at 07c3021
    ("<strong><span class='blind'>할인판매가</span><span>89,000</span><span>원</span></strong>", True),
    # the same before and after
    ("<span>특가 89,000원</span>", True),
    ("<span>特價 $7,490</span>", True),
    ("<span>Price: $24.99</span>", True),
    ("<span>할인쿠폰 5,000원</span>", False),
    ("<span>판매가 대비 30% 할인 89,000원</span>", False),
    ("<span>최대혜택가 84,000원</span>", False),
    ("<span>Gift Card $50</span>", False),
]


@pytest.mark.parametrize(("markup", "alone"), AMOUNT_ONLY)
def test_a_price_label_without_a_colon_opens_an_amount_shown_alone(markup: str, alone: bool) -> None:
    from lxml import html as lxml_html

    from knockoff.crawler.heuristics.dom import amount_only

    assert amount_only(lxml_html.fragment_fromstring(markup), labelled=True) is alone


# (heading, document title, title read): the first two changed by this probe's rules (failed at 07c3021)
FULLER = [
    (
        "Робот-пылесос Xiaomi Robot Vacuum S10 (BHR5988EU)",
        'Робот-пылесос Xiaomi Robot Vacuum S10 (BHR5988EU): продажа, цена в Алматы. Роботы-пылесосы от "TechnoStore" - 123456789',
        "Робот-пылесос Xiaomi Robot Vacuum S10 (BHR5988EU)",
    ),
    (
        "Мастер и Маргарита",
        "Книга «Мастер и Маргарита» Булгаков М.А. - купить книгу в Казахстане | Flip.kz",
        "Мастер и Маргарита",
    ),
    (
        "Кухонный комбайн Bosch",
        "Кухонный комбайн Bosch MUM5 белый | Shop.kz",
        "Кухонный комбайн Bosch MUM5 белый",
    ),
    (
        "Робот-пылесос Xiaomi S10",
        "Робот-пылесос Xiaomi S10 Ultra, чорний | Rozetka",
        "Робот-пылесос Xiaomi S10 Ultra, чорний",
    ),
    ("Dune", '"Dune: Part Two" 4K Ultra HD | Movie Shop', '"Dune: Part Two" 4K Ultra HD'),
    ("Cena", "Cena Pro X2 kolo 29 | Bike shop", "Cena Pro X2 kolo 29"),
    ('Mastilo "Crno"', 'Mastilo "Crno" 50 ml | Papirnica', 'Mastilo "Crno" 50 ml'),
]


@pytest.mark.parametrize(("name", "doc_title", "want"), FULLER)
def test_the_fuller_name_of_a_document_title(name: str, doc_title: str, want: str) -> None:
    from knockoff.crawler.heuristics.titles import fuller_title

    assert fuller_title(name, doc_title, "shop.example") == want


CONDITIONAL = [
    # changed: failed at 07c3021
    ("<div><span class='p'>Цена с баллами: 50 340 ₸</span></div>", True),
    ("<div><span class='p'>50 340 ₸</span> по карте</div>", True),
    # the same before and after
    ("<div><span class='p'>52 990 ₸</span> Оплата с картой или наличными</div>", False),
    ("<div><span class='p'>52 990 ₸</span> Оплата картой при получении</div>", False),
    ("<div><span class='p'>52 990 ₸</span></div>", False),
    ("<div><span class='p'>4 452 ₽</span> с WB Кошельком</div>", True),
]


@pytest.mark.parametrize(("markup", "held"), CONDITIONAL)
def test_a_price_held_with_points_or_a_card_is_conditional(markup: str, held: bool) -> None:
    from lxml import html as lxml_html

    from knockoff.crawler.heuristics.amounts import conditional

    el = lxml_html.fragment_fromstring(markup).find(".//span")
    assert conditional(el, el.text) is held


def test_a_builders_notice_view_is_no_listing() -> None:
    """Must not fire (`titles._TITLE_NAME`'s "view_tit"): Imweb's board post view, its title named as a
    product's is, a picture and no price, under the shop's own document title (passed before too)."""
    html = shell(
        "ko",
        "하늘캔들",
        '<a href="/" class="_fade_link"><img src="https://cdn.imweb.me/upload/S2020/logo.png" alt="하늘캔들"></a>',
        ["NOTICE"],
        '<div class="board_view"><div class="view_tit">12월 배송 일정 안내</div><div class="board_txt_area">'
        '<img src="https://cdn.imweb.me/upload/notice/december_big.jpg" alt=""><p>연말 택배사 물량 증가로 배송이 '
        "1~2일 늦어질 수 있습니다. 소이 캔들은 12월 20일까지 주문 시 크리스마스 전 도착합니다.</p></div></div>",
        ("최근 게시물", [("11월 신제품 안내", ""), ("휴무 안내", "")]),
        "<p>하늘캔들</p>",
    )
    assert extract_product(html, "https://www.haneulcandle.com/notice/?bmode=view&idx=77") is None


AD_NAMES = [  # (element names, advertising)
    ("ad-photo", False),
    ("ad-title", False),
    ("ad-price-container", False),  # changed: OLX's listing parts
    ("ad", True),
    ("ads", True),
    ("ad-slot", True),
    ("google-ad", True),
    ("ad-banner", True),
    ("advert-box", True),
    ("head-ad", True),
]


@pytest.mark.parametrize(("names", "noise"), AD_NAMES)
def test_a_classifieds_listing_part_is_no_advertising(names: str, noise: bool) -> None:
    from knockoff.crawler.heuristics.layout import _NOISE

    assert bool(_NOISE.search(names)) is noise


AD_URLS = [  # (picture URL, skipped as an ad's or a decoration's)
    ("https://img.kleinanzeigen.de/api/v1/prod-ads/images/a1/x?rule=$_59.JPG", False),  # changed
    ("https://cdn.example.com/ads/banner1.jpg", True),
    ("https://cdn.example.com/ad/300x250.jpg", True),
    ("https://example.com/ads_photos/1.jpg", False),
    ("https://img.leboncoin.fr/api/v1/lbcpb1/images/ab/abcdef.jpg?rule=ad-large", False),  # changed
    ("https://images.milanuncios.com/api/v1/ma-ad-media-pro/images/x?rule=detail", False),  # changed
    ("https://cdn.example.com/ad-300x250.jpg", True),
    ("https://example.com/ad_banner_top.gif", True),
]


@pytest.mark.parametrize(("url", "skipped"), AD_URLS)
def test_a_classifieds_photo_folder_is_no_ad(url: str, skipped: bool) -> None:
    from knockoff.crawler.heuristics.photos import _SKIP_IMG

    assert bool(_SKIP_IMG.search(url)) is skipped


PRICE_TAILS = [  # (heading, document title, title read); the first three changed (failed at d8e8279)
    (
        "Designer Sneakers Men Women Casual Shoes",
        "Designer Sneakers Men Women Casual Shoes Leather Trainers From Shoesfactory88, $12.34| DHgate.Com",
        "Designer Sneakers Men Women Casual Shoes Leather Trainers",
    ),
    (
        "iPhone 13 Pro 256 Gb Sierra Blue",
        "iPhone 13 Pro 256 Gb Sierra Blue: 325 000 тг. - Мобильные телефоны Алматы на Olx",
        "iPhone 13 Pro 256 Gb Sierra Blue",
    ),
    (
        "Bolso Michael Kors Jet Set",
        "Bolso Michael Kors Jet Set de segunda mano por 60 EUR en Madrid en WALLAPOP",
        "Bolso Michael Kors Jet Set",
    ),
    (
        "The 100 Startup",
        "The $100 Startup: Reinvent the Way You Make a Living | Books",
        "The $100 Startup: Reinvent the Way You Make a Living",
    ),
    (
        "Parker Jotter",
        "Parker Jotter Ballpoint Pen, Blue Ink | Pens",
        "Parker Jotter Ballpoint Pen, Blue Ink",
    ),
]


@pytest.mark.parametrize(("name", "doc_title", "want"), PRICE_TAILS)
def test_a_search_engine_titles_price_tail_is_no_part_of_the_name(
    name: str, doc_title: str, want: str
) -> None:
    from knockoff.crawler.heuristics.titles import fuller_title

    assert fuller_title(name, doc_title, "shop.example") == want


_SKU_PAGE = (
    "<html><head><title>Zapatillas Nike Air Max SC | Shop</title></head><body><h1>Zapatillas Nike Air Max SC</h1>"
    "<img src='/p/airmax-sc-1200.jpg' alt='Zapatillas Nike Air Max SC' width='800' height='800'>"
    "<span class='price'>$ 119.999</span>{}<button>Agregar al carrito</button></body></html>"
)
SKU_CHOOSERS = [  # (block, sku read): the first changed (failed at bcddf9e), the rest read the same there
    (
        "<div class='vtex-store-components-3-x-skuSelectorContainer'><div class='vtex-store-components-3-x-skuSelectorItem'>"
        "40</div><div class='vtex-store-components-3-x-skuSelectorItem'>41</div></div>",
        None,
    ),
    ("<ul class='sku-picker'><li>Negro</li><li>Blanco</li></ul>", None),
    ("<span class='sku'>CW4555-002</span>", "CW4555-002"),
    ("<div class='product-sku'>Código: CW4555-002</div>", "CW4555-002"),
    ("<span class='sku-selected'>CW4555-002</span>", "CW4555-002"),
    ("<span class='sku-value'>CW4555-002</span>", "CW4555-002"),
]


@pytest.mark.parametrize(("block", "sku"), SKU_CHOOSERS)
def test_a_variant_chooser_named_for_skus_holds_no_code(block: str, sku: str | None) -> None:
    got = extract_product(_SKU_PAGE.format(block), "https://www.shop.example.ar/zapatillas-nike-air-max-sc/p")
    assert got is not None and got["sku"] == sku


_ARIA_PAGE = (
    "<html><head><title>Wireless Earbuds Bluetooth 5.3 - Temu</title></head><body><h1 class='_2rn4tqXP'>Wireless Earbuds Bluetooth 5.3</h1>"
    "<img src='https://img.kwcdn.com/product/fancy/earbuds.jpg' alt='Wireless Earbuds Bluetooth 5.3' width='800' height='800'>{}"
    "<button>Add to cart</button><ul class='goods-list'><li class='goods-item'><a href='/p/1'><img src='/r1.jpg'><p class='price'>$1.99</p></a></li>"
    "<li class='goods-item'><a href='/p/2'><img src='/r2.jpg'><p class='price'>$2.49</p></a></li></ul></body></html>"
)
ARIA_PRICES = [
    "<div aria-label='Price $6.98, Was $22.99, 69% off'><div aria-hidden='true'><span>$</span><span>6</span><span>.98</span></div><div aria-hidden='true'><span>$22.99</span></div></div>",
    "<div aria-label='Was $22.99'><span aria-hidden='true'>$22.99</span></div><div><span>$6.98</span></div>",
    "<div aria-label='Price $6.98'><span aria-hidden='true'>$6.98</span></div>",
    "<div><span>$6.98</span></div>",
]


@pytest.mark.parametrize("block", ARIA_PRICES)
def test_a_price_blocks_accessible_name_states_the_price(block: str) -> None:
    got = extract_product(_ARIA_PAGE.format(block), "https://www.temu.com/earbuds-g-601099512345678.html")
    assert got is not None and got["price"] == 6.98


_SPEC_TABLES = (
    "<div class='c-table cli_sku-variation{0}' data-sku='088M'><table><tr><td>Processor</td><td>Core i5</td></tr></table></div>"
    "<div class='c-table cli_sku-variation{1}' data-sku='939Z'><table><tr><td>Processor</td><td>Core i7</td></tr></table></div>"
    "<div class='c-table cli_sku-variation{1}' data-sku='4NJ3'><table><tr><td>Processor</td><td>Core i7</td></tr></table></div>"
)


@pytest.mark.parametrize(
    ("first", "others", "sku"),
    [
        ("", " x-hidden", "088M"),  # the chosen model's table shown, the others hidden: its code
        ("", "", None),  # must not fire: three shown siblings carrying codes, none chosen (sku review 6)
    ],
)
def test_the_one_shown_of_sibling_blocks_carrying_codes_is_the_chosen_one(
    first: str, others: str, sku: str | None
) -> None:
    """Microsoft's store prints a tech-spec table per model, all but the chosen model's `x-hidden`: the
    sixth sku review's sibling-choice rule made them a picker with nothing chosen and the train page of
    product-pages (its structured data removed) lost its sku "088M"; the one shown is the chosen one
    (`sku._only_shown`, "x-hidden" a hiding class in `dom._HIDDEN`)."""
    html = (
        "<html><head><title>Surface Laptop | Microsoft Store</title></head><body><h1>Surface Laptop</h1>"
        "<img src='/p/surface-laptop-1200.jpg' alt='Surface Laptop' width='800' height='800'><span class='price'>$999.00</span>"
        f"<button>Add to cart</button><h3>Tech specs</h3><div class='specs'>{_SPEC_TABLES.format(first, others)}</div></body></html>"
    )
    got = extract_product(html, "https://www.microsoft.com/en-us/store/d/surface-laptop/90fc23dv6snz")
    assert got is not None and got["sku"] == sku


STATE_WORDS = [  # (free text, schema.org availability): the first nine changed (failed at 5966398)
    ("No longer in stock", "OutOfStock"),
    ("Not in stock", "OutOfStock"),
    ("Plus en stock", "OutOfStock"),
    ("nicht mehr auf Lager", "OutOfStock"),
    ("Vergriffen", "OutOfStock"),
    ("완판", "OutOfStock"),
    ("銷售一空", "OutOfStock"),
    ("Disponible para reservar", "BackOrder"),
    ("Prednarudžba", "PreOrder"),
    ("Plus que 2 en stock", "InStock"),
    ("Only 2 left in stock", "InStock"),
    ("Nur noch 2 auf Lager", "InStock"),
    ("완판 임박", None),
    ("即將銷售一空", None),
]


@pytest.mark.parametrize(("text", "state"), STATE_WORDS)
def test_sold_out_wording_holding_an_in_stock_word_is_out_of_stock(text: str, state: str | None) -> None:
    """The stock helper's review 6 read these in elements named for the availability (controls.py) and
    found `values.normalize_availability`, which reads the page's free text and structured data's free
    strings, reading "No longer in stock", "Plus en stock", "nicht mehr auf Lager" as InStock (its
    "in stock" / "en stock" / "auf Lager"); its back-order and pre-order words were unknown there."""
    from knockoff.crawler.values import normalize_availability

    assert normalize_availability(text) == state
