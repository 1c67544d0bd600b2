"""Brand review 6 (issue 14): the brand a listing claims on product pages WITHOUT structured data, aimed at
shapes the earlier reviews (test_brand_review, 3, 4, 5) did not write, in the issue's markets (Amazon.de,
Taiwan, Korea, Kazakhstan, Argentina, Slovenia, Croatia) and those its users meet (eBay, Mercado Libre,
AliExpress, Etsy, Coupang, Gmarket, 11st, SSG, Lotte ON, momo, PChome, Shopee TW, Yahoo TW, Kaspi, Technodom,
Sulpak, Ozon, Wildberries, Frávega, Garbarino, Musimundo, Mimovrste, Big Bang, Merkur, enaA, Links, eKupi,
MALL.hr, Sancta Domenica, Conrad, Cyberport, Darty, Unieuro, eMAG, x-kom, Allegro, bol, B&H, Douglas, shops
of one maker, dropshipping shops):

- spec rows in the markets' languages where the title does not name the brand: 廠牌, 品牌, 브랜드 beside 제조사,
  제조사 alone, Бренд, Өндіруші (Kazakh), Производитель, Marca, Fabricante, Proizvajalec, Znamka, Robna marka,
  Proizvođač, Hersteller, Fabricant, Marchio, Producent;
- brand logos with alt text ("Logitech", "Philips logo") and brand links in the crumbs ("Motorola" to
  "?marcas=motorola", B&H's "Sony Headphones");
- the brand only as the title's first words (told from a type word: "Wireless Mouse ...");
- marketplaces whose seller is the brand's official store ("Baseus Official Store", "Samsung 三星官方旗艦店",
  "LG전자 공식스토어", "Xiaomi Oficjalny Sklep") or a reseller ("Digital Life Store", "디지털하우스", "ELECTROFULL");
- titles naming another brand the listing does not claim: "for Nike Style", "Nike-Inspired", "Adidas Style
  ...", "Compatible with Apple Watch", "다이슨 ... 호환 필터", "【副廠】適用 Dyson", "Фильтр для пылесоса Dyson",
  "Ersatzakku für Makita" (its "Marke: Waitley" is the claim), "Cargador Para Samsung", "združljiv z Apple",
  and beside them the genuine item ("Cargador Samsung Original", "Punjač za Samsung" with "Proizvođač:
  Samsung"). Decision: the engine reports the listing's own claim (its brand row, byline, maker's shop), never a
  brand the title names as what the item fits, copies or resembles; with no claim of its own, None. Etsy's shop
  line stays the maker claim (the project's decision), "Nike-Inspired" in its title or not;
- promotion tags in brackets before the title ("[무료배송] [쿠쿠] ...", "【限時特價】【TIGER 虎牌】...", "【現貨免運】
  ...", "[특가] ...");
- multi-brand shops whose own name must not be read (Technodom, 롯데하이마트, MALL.hr, a furniture stockist naming
  the brands it stocks) and pages with no brand at all (loose fruit, a seller's blank "Merk" cell).

Written before reading crawler/heuristics/brands.py. First look at 07c3021 (57 pages: 38 naming a brand or
None on a shop page, 19 must-not-fire / no-brand pages): 17 failed (13 of 38, 4 of 19):

- labels unread: Croatian "Robna marka", Italian "Marchio" (None), 2;
- a brand logo's alt text read with its word: "Philips logo", 1;
- brand facets in the plural: Frávega's crumb "Motorola" to "?marcas=motorola" and its "Ver todos los productos
  Samsung" link (None), 2;
- the brand only as the title's first words (Links.hr "Logitech MX Master 3S ...", Mimovrste "Rowenta X-Force
  ..."), and B&H's crumb "Sony Headphones" under "Headphones" (None), 3 (left, see XFAIL);
- official stores over a title not opening with the brand: Shopee's "Samsung 三星官方旗艦店", 11st's "LG전자
  공식스토어" (None), 2 (left, see XFAIL);
- promotion tags in brackets before the brand's: "[무료배송] [쿠쿠]" (None), "【限時特價】【TIGER 虎牌】" (the shop's
  house "PChome" read), and "【副廠】" ("aftermarket") read as the brand of a Dyson filter, 3;
- Allegro's badge "Oficjalny sklep marki" ("official brand store") in a brand-named element read as the brand
  over the "Marka" row, 1;
- the marketplace's own name read as the house: eBay on a page whose seller card shows "99.4% positive" but no
  "Seller" line, 1; a furniture stockist's "Oak & Grain" beside its footer's "Brands we stock: Ercol, ...", 1;
- bol's empty "Merk" cell: the next text on the page (the reviews' "★★★★☆") read as its value, 1.

The 4 no-brand pages among them are kept with the cases; `MUST_NOT_FIRE` holds only pages that passed at 07c3021.

One was mine: "【限時特價】【TIGER 虎牌】" expected "TIGER 虎牌"; the project reads a bracketed Latin name beside its
Chinese one as the Latin name ("TIGER", test_brand_review5's momo page), corrected.

Fixed as kinds in crawler/heuristics/brands.py: `_BRAND_LABEL` reads "Robna marka", "Marchio" (not "Marchio
CE", the CE mark) and "Торговая марка"; `_element_brand` drops a logo's word from the alt text it reads
(`_LOGO_WORDS`, with "logotip", "logotipo", "логотип"); `_BRAND_PATH` reads brand facets in the plural and in
the markets' languages ("?marcas=", "?marken=", "?merk=", "?marka=", "?brend=", "?hersteller="), `_LINK_PREFIX`
the "see all products of" calls in es / de / fr / it / ru; `_bracket_brand` passes over notes in brackets to the
first bracket that is none, and `_BRACKET_NOTE` knows "副廠", "相容", "通用", "호환" (aftermarket, compatible);
`_CALL_TO_ACTION` reads an official-store badge without a name; `_SELLER_LINE` reads a seller's feedback score
as a whole line ("99.4% positive", "95.1% Positive Feedback", not "96% positive reviews");
`_STOCKIST_LINE` ("Brands we stock", "stockist of") makes a shop a stockist of other makers; a label whose
value cell is empty has no value (`_empty_value_cell`); `_OFFICIAL_STORE` reads Chinese and Korean official
stores ("官方旗艦店", "공식스토어") and Allegro's "X Oficjalny Sklep", and a store named in two scripts by its
Latin name (still only when the title opens with it).

Round 2 (17 pages, "r2-*", written after reading the code): 3 official stores over a title opening with the brand
(Shopee, Gmarket, Allegro) and an empty "Marca" dd followed by "Modelo": 4 of 4 failed before the fixes
(None, "Modelo"), pass after; 11 must-not-fire pages, one or more per fix (a reseller's "小明3C旗艦店", two
bracket notes, the brand's bracket before a note, "Marchio CE | Sì", a "Logona" logo, a "Merk" cell showing
only a logo, eBay's feedback line beside "Brand: Nike", a maker's shop showing "96% positive reviews" and
"Find a stockist", a category's "Ver todos los productos de Celulares", a brand element beside an
official-store badge), each passing with 07c3021's brands.py (checked by swapping it in). Two pages written
as must-not-fire failed before: Frávega's own name read as the house on pages with no brand menu; one passes
now (its cards link "?marcas=whirlpool": another maker), the other is test_brand_review4's CampSaver kind
(left, see XFAIL).

Round 3 (11 pages, "r3-*", aimed at what the labels and brand paths read): 6 of 7 failed at first look: Korean
"제조자(수입자)" and Taiwanese "製造商" rows unread (None), "Marca compatibile | Apple" before "Marca | ESR" and
"Marca compatible | Samsung" alone read as "compatibile" / "compatible" (the label's word for what the item
fits taken for a value), Links.hr's crumbs "Brendovi > Bosch" and Sancta Domenica's "/brend/tefal" link (None);
Wildberries' "Торговая марка" passed (round 1's label). Fixed: `_BRAND_LABEL` reads "제조자" as a whole label
and "製造商", and no label followed by "compatib..." / "kompatib..." / "совмест..." / "združljiv..."; `_BRAND_PATH`
reads "/brend/" and "/brendovi/", `_BRANDS_CRUMB` and `_BRANDS_MENU` "Brendovi" and "Robne marke". Reading
"제조자(수입자)" was tried and dropped: the row names the maker or the importer, and test_brand_review5's Coleman
chair got its importer "(주)캠프라인코리아" (left, see XFAIL). 4 must-not-fire pages (a warranty cell opening with
"제조자 및 ...", "製造商保固一年", "Brand Compaq", a "Brendovi" menu entry and a card's "/hr/brendovi/rowenta"
link), each passing with round 2's brands.py.

Round 4 (2 pages, "r4-*", found probing round 1's PChome page without its bracketed brand): PChome's own name read
as the house of an unbranded cup ("PChome" spells the host, "© PChome Online Inc." a legal form; the page names
no brand menu or seller). Fixed: links to 2+ products opening with other names in brackets ("【THERMOS 膳魔師】",
"【ZOJIRUSHI 象印】") mark a shop selling other makers' goods (`_bracketed_makers` in `_other_makers`); must not
fire: a maker's own shop (sampo.com.tw) whose cards open with its own "【SAMPO 聲寶】", passing before and after.

Round 5 (5 pages, "r5-*", aimed probes): 1 of 4 failed at first look: Yahoo TW's "品牌 | 其他品牌" ("other brands")
read as the brand. Passed: a maker's logo inside the heading before the model ("<img alt='Sony'> WH-1000XM5"),
Otto's partner seller logo ("MediaMarkt") in the buy box on a page naming no brand, Wildberries' brand link
with its id before the name ("/brands/310491893-jbl"). Fixed: `_NO_BRAND` reads "other brand(s)" written out
("其他品牌", "기타 브랜드", "Other brands", "Otra marca", "Altra marca", "Andere Marke", "Autre marque", "Druga
znamka", "Drugi brend", "Другой бренд", "Inna marka"), the whole value only; must not fire: Zalando's "&
Other Stories", passing before and after.

Round 6 (6 pages, "r6-*", probes of round 1's bracket fix): all 4 aimed pages failed at first look, each reading
the brand a filter fits from the title's brackets: Shopee's "【適用 Dyson 戴森】" ("for Dyson") read "Dyson 戴森",
"【適用Dyson】" read whole, "【Dyson專用】" ("dedicated to Dyson"), Coupang's "[다이슨용]" ("for Dyson"). Fixed:
`_BRACKET_NOTE` knows "適用", "專用", "對應" (and their simplified forms), and a Korean bracket ending in "용" is a
note (`_FOR_SUFFIX`). Must not fire: "【Dyson 戴森】V10 原廠後置濾網" (Dyson's own part) and "[쿠쿠] 6인용 ..." (the
"용" word outside the brackets), both passing before and after.

Round 7 (8 pages, "r7-*", probes of the brand rows themselves): all 5 aimed pages failed at first look, a
third-party part's seller writing the brand it fits where the brand goes, read whole: "Brand | Compatible with
Dyson", "Marke | passend für Dyson", "Бренд | для Dyson", "品牌 | 適用Dyson", "Brand | Dyson Compatible". Fixed:
`find_brand` gives None for such a value (`_FITS_ANOTHER`: compatible / kompatibel / združljiv / совместим /
replacement / Ersatz / passend für / fits / für / для / 適用 / 專用 / 對應 / 相容 / 호환 before a name, compatible /
호환 / "용" after it); bare "For" / "Para" / "Per" / "Za" are left ("For Love & Lemons", "Per Una", "ZA" are
brands: "Brand | For Dyson" is still read). Must not fire: "Fitbit", "Fürstenberg", "Replay", passing before
and after.

Kinds left (XFAIL): the brand only as the title's first words; a crumb "<Brand> <parent crumb>"; an official
store over a title not opening with its name; a multi-brand retailer with a legal form and no other evidence;
Korean maker-or-importer rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import carries_structured_data, case_params


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    html: str
    brand: str | None


CASES: list[Case] = []
MUST_NOT_FIRE: list[Case] = []


def add(id: str, url: str, html: str, brand: str | None) -> None:
    CASES.append(Case(id, url, html, brand))


def quiet(id: str, url: str, html: str, brand: str | None) -> None:
    MUST_NOT_FIRE.append(Case(id, url, html, brand))


def doc(title: str, body: str, lang: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<link rel='stylesheet' href='/static/app.css'></head>"
        f"<body>{body}<script src='/static/app.js' defer></script></body></html>"
    )


def slug(text: str) -> str:
    return "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in text.lower()).strip("-") or "item"


def shop_page(
    *,
    host: str,
    path: str,
    lang: str,
    shop: str,
    doc_title: str,
    title: str,
    price: str,
    buy: str,
    menu: tuple[str, ...],
    crumbs: tuple[tuple[str, str], ...],
    near: str = "",
    seller: str = "",
    spec_head: str = "",
    specs: tuple[tuple[str, str], ...] = (),
    spec_form: str = "table",
    desc: str = "",
    reviews: tuple[str, ...] = (),
    related_head: str = "",
    related: tuple[tuple[str, str], ...] = (),
    footer: str = "",
) -> tuple[str, str]:
    """A shop's or marketplace's product page as served: the shop's logo and category menu, a search
    form, the crumbs, the gallery (main picture + thumbnails), the product block (`near` above the
    title: a brand line, logo or link where the site shows one; the title; the price; the buy
    button; `seller` under it: the marketplace's seller box), the spec block (`spec_form`: a table, a
    dl of rows or a list of 'label: value' lines), the description, reviews, a strip of related
    products (other makers' cards) and the footer (the shop's company)."""
    url = f"https://{host}{path}"
    mn = "".join(f"<li><a href='/c/{slug(m)}'>{m}</a></li>" for m in menu)
    cr = "".join(
        f"<li class='breadcrumb-item'><a href='{href}'>{text}</a></li>"
        if href
        else f"<li class='breadcrumb-item'>{text}</li>"
        for text, href in crumbs
    )
    if spec_form == "table":
        sp = (
            "<table class='spec-table'>"
            + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in specs)
            + "</table>"
        )
    elif spec_form == "dl":
        sp = "".join(f"<dl class='spec-row'><dt>{k}</dt><dd>{v}</dd></dl>" for k, v in specs)
    else:
        sp = (
            "<ul class='spec-list'>"
            + "".join(f"<li><span class='spec-label'>{k}:</span> {v}</li>" for k, v in specs)
            + "</ul>"
        )
    rv = "".join(
        f"<div class='review'><span class='stars'>★★★★☆</span><p class='review-body'>{r}</p></div>"
        for r in reviews
    )
    rel = "".join(
        f"<li class='product-card'><a href='/p/{slug(t)[:40]}-{i}'><img src='https://cdn.{host}/thumb/{i}0{i}.jpg' "
        f"alt='{t}'><span class='card-title'>{t}</span></a><span class='card-price'>{p}</span></li>"
        for i, (t, p) in enumerate(related, 1)
    )
    pic = slug(title)[:30]
    body = (
        f"<header class='site-header'><a class='site-logo' href='/'><img src='/img/logo.svg' alt='{shop}'></a>"
        "<form class='search' action='/search'><input name='q' type='search'><button>🔍</button></form>"
        f"<nav class='main-menu'><ul>{mn}</ul></nav></header>"
        f"<nav class='breadcrumbs'><ol>{cr}</ol></nav>"
        "<main class='product-page'><div class='product-gallery'>"
        f"<img class='main-image' src='https://cdn.{host}/images/{pic}-1200.jpg' alt='{title}'>"
        f"<ul class='thumbs'><li><img src='https://cdn.{host}/images/{pic}-1-80.jpg' alt=''></li>"
        f"<li><img src='https://cdn.{host}/images/{pic}-2-80.jpg' alt=''></li></ul></div>"
        f"<div class='product-info'>{near}<h1 class='product-title'>{title}</h1>"
        f"<div class='product-price'><span class='price-current'>{price}</span></div>"
        f"<button type='button' class='btn btn-buy add-to-cart'>{buy}</button>{seller}</div></main>"
        f"<section class='product-specs'><h2>{spec_head}</h2>{sp}</section>"
        f"<section class='product-description'>{desc}</section>"
        f"<section class='product-reviews'>{rv}</section>"
        f"<section class='related-products'><h2>{related_head}</h2><ul>{rel}</ul></section>"
        f"<footer class='site-footer'><p>{footer}</p></footer>"
    )
    return url, doc(doc_title, body, lang)


# ---- labelled rows in the markets' languages: the brand only in a spec block ------------------------

TW_MENU = ("3C", "家電", "生活", "美妝", "品牌館")
KR_MENU = ("가전·디지털", "주방용품", "생활용품", "브랜드관", "베스트")
RU_MENU = ("Смартфоны", "Бытовая техника", "Ноутбуки", "Бренды", "Акции")

url, html = shop_page(
    host="www.tkec.com.tw",
    path="/prod/GAF10-TW123456",
    lang="zh-Hant-TW",
    shop="燦坤線上購物",
    doc_title="6人份微電腦電子鍋 NL-GAF10 | 燦坤線上購物",
    title="6人份微電腦電子鍋 NL-GAF10",
    price="$7,990",
    buy="加入購物車",
    menu=TW_MENU,
    crumbs=(("首頁", "/"), ("廚房家電", "/c/kitchen"), ("電子鍋", "/c/rice-cooker")),
    spec_head="商品規格",
    specs=(("廠牌", "象印"), ("型號", "NL-GAF10"), ("容量", "6人份"), ("產地", "日本")),
    desc="<p>微電腦控制，多種炊飯模式，內鍋不沾塗層。</p>",
    reviews=("比我家的虎牌好用。", "煮飯很香，推薦！"),
    related_head="看過此商品的人也看了",
    related=(
        ("【TIGER 虎牌】6人份電子鍋 JBX-B10R", "$5,990"),
        ("【Panasonic 國際牌】6人份IH電子鍋", "$8,490"),
    ),
    footer="燦坤實業股份有限公司 © 2025 版權所有",
)
add("tw-tkec-changpai-row", url, html, "象印")

url, html = shop_page(
    host="tw.buy.yahoo.com",
    path="/gdsale/HERAN-55-4K-HD-55MF1-10998877.html",
    lang="zh-Hant-TW",
    shop="Yahoo奇摩購物中心",
    doc_title="55型 4K HDR 智慧連網液晶顯示器 HD-55MF1 - Yahoo奇摩購物中心",
    title="55型 4K HDR 智慧連網液晶顯示器 HD-55MF1",
    price="$13,900",
    buy="放入購物車",
    menu=TW_MENU,
    crumbs=(("購物中心", "/"), ("家電", "/c/appliances"), ("液晶電視", "/c/tv"), ("55吋", "/c/tv-55")),
    spec_head="商品規格",
    specs=(("品牌", "HERAN 禾聯"), ("型號", "HD-55MF1"), ("尺寸", "55吋"), ("解析度", "3840 x 2160")),
    desc="<p>Android TV 內建 Google 助理，支援 HDR10。</p>",
    reviews=("畫質不輸我之前的SONY。",),
    related_head="你可能也喜歡",
    related=(("SAMPO 聲寶 55型 4K 液晶顯示器", "$12,900"), ("TCL 55吋 C745 QLED", "$15,990")),
    footer="© 2025 Yahoo Taiwan Holdings Limited.",
)
add("tw-yahoo-pinpai-row", url, html, "HERAN 禾聯")

url, html = shop_page(
    host="www.lotteon.com",
    path="/p/product/LO2187654321",
    lang="ko-KR",
    shop="롯데ON",
    doc_title="6인용 IH 전기압력밥솥 CRP-LHTR0610FW - 롯데ON",
    title="6인용 IH 전기압력밥솥 CRP-LHTR0610FW",
    price="329,000원",
    buy="장바구니 담기",
    menu=KR_MENU,
    crumbs=(("홈", "/"), ("주방가전", "/c/kitchen"), ("전기밥솥", "/c/ricecooker")),
    spec_head="상품정보 제공고시",
    specs=(
        ("브랜드", "쿠쿠"),
        ("제조사", "쿠쿠전자(주)"),
        ("모델명", "CRP-LHTR0610FW"),
        ("정격전압/소비전력", "220V / 1,090W"),
        ("A/S 책임자와 전화번호", "쿠쿠 고객센터 1588-8899"),
    ),
    desc="<p>IH 압력 방식으로 밥맛이 살아있습니다.</p>",
    reviews=("쿠첸보다 조용해요.", "배송 빨라요."),
    related_head="함께 본 상품",
    related=(("쿠첸 6인용 IH 압력밥솥 CRH-TWS0610", "259,000원"), ("위닉스 6인용 전기밥솥", "119,000원")),
    footer="롯데쇼핑(주) e커머스사업부 | 대표이사 김상현",
)
add("kr-lotteon-brand-and-maker-rows", url, html, "쿠쿠")

url, html = shop_page(
    host="item.gmarket.co.kr",
    path="/Item?goodscode=3012345678",
    lang="ko-KR",
    shop="G마켓",
    doc_title="G마켓 - 무선 전기면도기 S5588/17",
    title="무선 전기면도기 S5588/17 방수 습식 건식",
    price="139,000원",
    buy="구매하기",
    menu=KR_MENU,
    crumbs=(("홈", "/"), ("뷰티", "/c/beauty"), ("면도기", "/c/shaver")),
    spec_head="상품정보고시",
    specs=(
        ("품명 및 모델명", "전기면도기 S5588/17"),
        ("제조사", "필립스"),
        ("제조국", "네덜란드"),
        ("KC 인증", "해당사항 없음"),
    ),
    desc="<p>5D 피벗 헤드와 360도 플렉스 헤드.</p>",
    reviews=("브라운 쓰다 바꿨는데 만족합니다.",),
    related_head="이 상품을 본 고객이 함께 본 상품",
    related=(("브라운 시리즈7 전기면도기", "189,000원"), ("파나소닉 람대쉬 ES-LV67", "219,000원")),
    footer="(주)지마켓 | 서울특별시 강남구",
)
add("kr-gmarket-maker-row-only", url, html, "필립스")

url, html = shop_page(
    host="www.technodom.kz",
    path="/p/robot-pylesos-xiaomi-robot-vacuum-s10-eu-white-261234",
    lang="ru-KZ",
    shop="Technodom",
    doc_title="Робот-пылесос Xiaomi Robot Vacuum S10 EU White купить в Алматы | Technodom",
    title="Робот-пылесос Xiaomi Robot Vacuum S10 EU White",
    price="129 990 ₸",
    buy="В корзину",
    menu=RU_MENU,
    crumbs=(("Главная", "/"), ("Бытовая техника", "/c/appliances"), ("Пылесосы", "/c/vacuums")),
    spec_head="Характеристики",
    spec_form="dl",
    specs=(("Бренд", "Xiaomi"), ("Тип уборки", "сухая и влажная"), ("Объем пылесборника", "0.3 л")),
    desc="<p>Лидар-навигация и управление из приложения Mi Home.</p>",
    reviews=("Лучше моего старого Samsung.",),
    related_head="С этим товаром покупают",
    related=(("Робот-пылесос Dreame D10 Plus", "149 990 ₸"), ("Робот-пылесос Roborock Q7 Max", "179 990 ₸")),
    footer="© 2025 ТОО «Technodom Operator». Все права защищены.",
)
add("kz-technodom-brend-dl", url, html, "Xiaomi")

url, html = shop_page(
    host="kaspi.kz",
    path="/shop/kk/p/lg-f2j3hs0w-aq-111222333/",
    lang="kk-KZ",
    shop="Kaspi.kz",
    doc_title="Кір жуғыш машина F2J3HS0W ақ сатып алу – Kaspi Дүкені",
    title="Кір жуғыш машина F2J3HS0W ақ",
    price="189 990 ₸",
    buy="Себетке",
    menu=("Дүкен", "Travel", "Kaspi Gold"),
    crumbs=(
        ("Тұрмыстық техника", "/shop/kk/c/home%20equipment/"),
        ("Кір жуғыш машиналар", "/shop/kk/c/washing%20machines/"),
    ),
    spec_head="Сипаттамалары",
    spec_form="dl",
    specs=(("Өндіруші", "LG"), ("Жүктеме", "6 кг"), ("Түсі", "ақ")),
    reviews=("Samsung-тан тыныш жұмыс істейді.",),
    related_head="Ұқсас тауарлар",
    related=(("Кір жуғыш машина Samsung WW60", "179 990 ₸"), ("Кір жуғыш машина Beko WRE", "139 990 ₸")),
    footer="© 2025 Kaspi.kz",
)
add("kz-kaspi-kazakh-ondirushi-row", url, html, "LG")

url, html = shop_page(
    host="www.ozon.ru",
    path="/product/naushniki-besprovodnye-tune-520bt-chernyy-1012345678/",
    lang="ru-RU",
    shop="OZON",
    doc_title="Беспроводные наушники Tune 520BT, черный — купить в интернет-магазине OZON",
    title="Беспроводные наушники Tune 520BT, черный",
    price="3490 ₽",
    buy="Добавить в корзину",
    menu=RU_MENU,
    crumbs=(("Электроника", "/category/elektronika-15500/"), ("Наушники", "/category/naushniki-15547/")),
    spec_head="Характеристики",
    spec_form="dl",
    specs=(
        ("Бренд", "<a href='/brand/jbl-26303172/'>JBL</a>"),
        ("Тип", "Накладные"),
        ("Время работы", "57 ч"),
    ),
    reviews=("Звук лучше, чем у Sony за эти деньги.",),
    related_head="Похожие товары",
    related=(("Наушники Sony WH-CH520", "3990 ₽"), ("Наушники Xiaomi Redmi Buds 5", "2490 ₽")),
    footer="© 1998–2025 ООО «Интернет Решения». Все права защищены.",
)
add("ru-ozon-brend-dd-link", url, html, "JBL")

url, html = shop_page(
    host="www.sulpak.kz",
    path="/g/drel_shurupovert_gsr_120_li",
    lang="ru-KZ",
    shop="Sulpak",
    doc_title="Дрель-шуруповерт аккумуляторная GSR 120-LI купить в Алматы – Sulpak",
    title="Дрель-шуруповерт аккумуляторная GSR 120-LI",
    price="42 990 ₸",
    buy="Купить",
    menu=RU_MENU,
    crumbs=(("Главная", "/"), ("Инструменты", "/f/instrumenty"), ("Дрели-шуруповерты", "/f/dreli")),
    spec_head="Характеристики",
    spec_form="list",
    specs=(("Производитель", "Bosch"), ("Напряжение", "12 В"), ("Емкость аккумулятора", "2 А·ч")),
    reviews=("Легче моего Makita.",),
    related_head="Вы смотрели",
    related=(("Шуруповерт Makita DF333DWYE", "59 990 ₸"), ("Шуруповерт DeWalt DCD701D2", "79 990 ₸")),
    footer="© 2025 ТОО «Arena S». Sulpak — сеть магазинов электроники.",
)
add("kz-sulpak-proizvoditel-list", url, html, "Bosch")

url, html = shop_page(
    host="www.garbarino.com",
    path="/p/lavarropas-automatico-8kg-carga-frontal-phlf08/27dd6b1c",
    lang="es-AR",
    shop="Garbarino",
    doc_title="Lavarropas Automático 8kg Carga Frontal PHLF08 - Garbarino",
    title="Lavarropas Automático 8kg Carga Frontal PHLF08",
    price="$ 749.999",
    buy="Comprar",
    menu=("Celulares", "Electrodomésticos", "TV y Video", "Marcas", "Ofertas"),
    crumbs=(("Inicio", "/"), ("Electrodomésticos", "/c/electrodomesticos"), ("Lavarropas", "/c/lavarropas")),
    spec_head="Especificaciones",
    specs=(
        ("Marca", "Philco"),
        ("Modelo", "PHLF08"),
        ("Capacidad de lavado", "8 kg"),
        ("Centrifugado", "1200 rpm"),
    ),
    desc="<p>Lavarropas de carga frontal con 16 programas.</p>",
    reviews=("Mejor que el Drean que tenía.",),
    related_head="Productos relacionados",
    related=(("Lavarropas Drean Next 8.14 P ECO", "$ 699.999"), ("Lavarropas Samsung WW90T", "$ 1.099.999")),
    footer="© 2025 Garbarino S.A.I.C.e I. Todos los derechos reservados.",
)
add("ar-garbarino-marca-row-type-title", url, html, "Philco")

url, html = shop_page(
    host="www.musimundo.com",
    path="/tv-y-video/smart-tv/smart-tv-50-4k-dk50x7500/p/00421234",
    lang="es-AR",
    shop="Musimundo",
    doc_title='Smart TV 50" 4K DK50X7500 | Musimundo',
    title='Smart TV 50" 4K UHD DK50X7500 Google TV',
    price="$ 549.999",
    buy="Agregar al carrito",
    menu=("Celulares", "TV y Video", "Informática", "Hogar"),
    crumbs=(("Inicio", "/"), ("TV y Video", "/tv-y-video"), ("Smart TV", "/tv-y-video/smart-tv")),
    spec_head="Características",
    spec_form="list",
    specs=(("Fabricante", "Noblex"), ("Modelo", "DK50X7500"), ("Resolución", "3840 x 2160")),
    reviews=("Se ve igual que mi Samsung.",),
    related_head="También te puede interesar",
    related=(('Smart TV Samsung 50" Crystal UHD', "$ 699.999"), ('Smart TV LG 50" UQ7500', "$ 649.999")),
    footer="© 2025 Carsa S.A. - Musimundo",
)
add("ar-musimundo-fabricante-list", url, html, "Noblex")

url, html = shop_page(
    host="www.merkur.si",
    path="/akumulatorski-vrtalnik-vijacnik-gsr-12v-15-06019f6000",
    lang="sl-SI",
    shop="Merkur",
    doc_title="Akumulatorski vrtalnik vijačnik GSR 12V-15 | Merkur",
    title="Akumulatorski vrtalnik vijačnik GSR 12V-15",
    price="129,99 €",
    buy="Dodaj v košarico",
    menu=("Orodje", "Vrt", "Dom", "Gradnja", "Akcije"),
    crumbs=(("Domov", "/"), ("Orodje", "/orodje"), ("Akumulatorsko orodje", "/orodje/akumulatorsko")),
    spec_head="Tehnične lastnosti",
    specs=(("Proizvajalec", "Bosch"), ("Napetost", "12 V"), ("Teža", "1,1 kg")),
    reviews=("Boljši od mojega Einhella.",),
    related_head="Podobni izdelki",
    related=(("Einhell TE-CD 12/1 Li vrtalnik", "69,99 €"), ("Makita DF333DSAE vrtalnik", "159,99 €")),
    footer="© 2025 Merkur trgovina, d.o.o. Vse pravice pridržane.",
)
add("si-merkur-proizvajalec-row", url, html, "Bosch")

url, html = shop_page(
    host="www.enaa.com",
    path="/slovenija/ponev-tefal-ingenio-28-cm/p/10452",
    lang="sl-SI",
    shop="enaA.com",
    doc_title="Ponev Ingenio Unlimited 28 cm - enaA.com",
    title="Ponev Ingenio Unlimited 28 cm",
    price="39,99 €",
    buy="V košarico",
    near="<div class='product-meta'><span class='meta-label'>Znamka:</span> <span class='meta-value'>Tefal</span>"
    "<span class='meta-label'>Šifra:</span> <span class='meta-value'>10452</span></div>",
    menu=("Gospodinjski aparati", "Kuhinja", "Dom", "Znamke"),
    crumbs=(("Domov", "/"), ("Kuhinja", "/kuhinja"), ("Ponve", "/kuhinja/ponve")),
    spec_head="Lastnosti",
    specs=(("Premer", "28 cm"), ("Primerno za indukcijo", "Da")),
    reviews=("Boljša od ponve WMF, ki sem jo imel prej.",),
    related_head="Kupci so kupili tudi",
    related=(("WMF Devil ponev 28 cm", "49,99 €"), ("Rosmarino ponev 28 cm", "19,99 €")),
    footer="© 2025 ENAA d.o.o.",
)
add("si-enaa-znamka-meta-line", url, html, "Tefal")

url, html = shop_page(
    host="www.ekupi.hr",
    path="/hr/usisavac-bez-vrecice-sv-2590/p/EK000512345",
    lang="hr-HR",
    shop="eKupi",
    doc_title="Usisavač bez vrećice SV 2590 | eKupi",
    title="Usisavač bez vrećice SV 2590, 800 W",
    price="119,99 €",
    buy="Dodaj u košaricu",
    menu=("Kućanski aparati", "Mobiteli", "Informatika", "Brendovi"),
    crumbs=(
        ("Naslovnica", "/hr/"),
        ("Kućanski aparati", "/hr/kucanski-aparati"),
        ("Usisavači", "/hr/usisavaci"),
    ),
    spec_head="Specifikacije",
    specs=(("Robna marka", "Gorenje"), ("Snaga", "800 W"), ("Spremnik", "2 l")),
    reviews=("Jači od mog starog Philipsa.",),
    related_head="Slični proizvodi",
    related=(("Philips PowerPro usisavač", "149,99 €"), ("Rowenta Compact Power usisavač", "99,99 €")),
    footer="© 2025 eKupi d.o.o. Sva prava pridržana.",
)
add("hr-ekupi-robna-marka-row", url, html, "Gorenje")

url, html = shop_page(
    host="www.sancta-domenica.hr",
    path="/aparat-za-kavu-ep2231-40-serija-2200.html",
    lang="hr-HR",
    shop="Sancta Domenica",
    doc_title="Aparat za kavu EP2231/40 Serija 2200 - Sancta Domenica",
    title="Aparat za kavu EP2231/40 Serija 2200",
    price="399,99 €",
    buy="U košaricu",
    menu=("Mali kućanski aparati", "Bijela tehnika", "TV", "Računala"),
    crumbs=(
        ("Početna", "/"),
        ("Mali kućanski aparati", "/mali-kucanski-aparati"),
        ("Aparati za kavu", "/aparati-za-kavu"),
    ),
    spec_head="Karakteristike",
    spec_form="list",
    specs=(
        ("Proizvođač", "<a href='/brand/philips'>Philips</a>"),
        ("Tlak", "15 bar"),
        ("Spremnik vode", "1,8 l"),
    ),
    reviews=("Bolji od De'Longhija koji sam imao.",),
    related_head="Preporučujemo",
    related=(("De'Longhi Magnifica S", "379,99 €"), ("Krups Essential EA8108", "349,99 €")),
    footer="© 2025 Sancta Domenica d.o.o.",
)
add("hr-sancta-domenica-proizvodjac-link", url, html, "Philips")

url, html = shop_page(
    host="www.conrad.de",
    path="/de/p/akku-schlagbohrschrauber-gsb-18v-55-2567890.html",
    lang="de-DE",
    shop="Conrad",
    doc_title="Akku-Schlagbohrschrauber GSB 18V-55 kaufen | Conrad",
    title="Akku-Schlagbohrschrauber GSB 18V-55 inkl. 2 Akkus, inkl. Koffer",
    price="249,99 €",
    buy="In den Warenkorb",
    menu=("Werkzeug", "Elektronik", "Haushalt", "Marken"),
    crumbs=(("Startseite", "/de/"), ("Werkzeug", "/de/o/werkzeug"), ("Bohrschrauber", "/de/o/bohrschrauber")),
    spec_head="Technische Daten",
    specs=(
        ("Hersteller", "Bosch Professional"),
        ("Hersteller-Teilenummer", "06019H5300"),
        ("Akku-Spannung", "18 V"),
    ),
    reviews=("Kräftiger als mein Makita.",),
    related_head="Kunden kauften auch",
    related=(("Makita DHP482RTJ Schlagbohrschrauber", "279,00 €"), ("Metabo SB 18 LT", "199,00 €")),
    footer="© 2025 Conrad Electronic SE",
)
add("de-conrad-hersteller-row", url, html, "Bosch Professional")

url, html = shop_page(
    host="www.darty.com",
    path="/nav/achat/petit_electromenager/friteuse/moulinex_ez8018.html",
    lang="fr-FR",
    shop="Darty",
    doc_title="Friteuse sans huile Easy Fry Max EZ8018 | Darty",
    title="Friteuse sans huile Easy Fry Max EZ8018",
    price="89,99 €",
    buy="Ajouter au panier",
    menu=("Électroménager", "TV - Son", "Informatique", "Marques"),
    crumbs=(
        ("Accueil", "/"),
        ("Petit électroménager", "/nav/extra/petit_electromenager"),
        ("Friteuses", "/nav/extra/friteuse"),
    ),
    spec_head="Caractéristiques",
    specs=(("Fabricant", "Moulinex"), ("Capacité", "5 L"), ("Puissance", "1500 W")),
    reviews=("Plus silencieuse que ma Ninja.",),
    related_head="Vous aimerez aussi",
    related=(("Ninja AF100EU", "119,99 €"), ("Philips Airfryer HD9200", "79,99 €")),
    footer="© 2025 Darty — Fnac Darty",
)
add("fr-darty-fabricant-row", url, html, "Moulinex")

url, html = shop_page(
    host="www.unieuro.it",
    path="/online/Lavatrici/WW90T534DAW-pidSAMWW90T534DAW",
    lang="it-IT",
    shop="Unieuro",
    doc_title="Lavatrice a carica frontale 9 kg WW90T534DAW | Unieuro",
    title="Lavatrice a carica frontale 9 kg WW90T534DAW",
    price="449,00 €",
    buy="Aggiungi al carrello",
    menu=("Elettrodomestici", "Informatica", "Telefonia", "Marche"),
    crumbs=(
        ("Home", "/"),
        ("Elettrodomestici", "/online/Elettrodomestici"),
        ("Lavatrici", "/online/Lavatrici"),
    ),
    spec_head="Scheda tecnica",
    specs=(("Marchio", "Samsung"), ("Capacità di carico", "9 kg"), ("Classe energetica", "A")),
    reviews=("Meglio della mia vecchia Candy.",),
    related_head="Potrebbe interessarti",
    related=(("Lavatrice LG F4WV309S6E", "499,00 €"), ("Lavatrice Bosch WGG14403IT", "549,00 €")),
    footer="© 2025 Unieuro S.p.A.",
)
add("it-unieuro-marchio-row", url, html, "Samsung")

url, html = shop_page(
    host="www.x-kom.pl",
    path="/p/1156789-mysz-bezprzewodowa-mx-master-3s-grafitowa.html",
    lang="pl-PL",
    shop="x-kom",
    doc_title="Mysz bezprzewodowa MX Master 3S Grafitowa - Sklep x-kom",
    title="Mysz bezprzewodowa MX Master 3S Grafitowa",
    price="449,00 zł",
    buy="Dodaj do koszyka",
    menu=("Laptopy", "Smartfony", "Podzespoły", "Peryferia"),
    crumbs=(("x-kom", "/"), ("Peryferia", "/g-6/peryferia"), ("Myszki", "/g-6/c-29-myszki")),
    spec_head="Specyfikacja",
    specs=(("Producent", "Logitech"), ("Kod producenta", "910-006559"), ("Łączność", "Bluetooth, radiowa")),
    reviews=("Wygodniejsza niż Razer.",),
    related_head="Inni klienci kupili",
    related=(("Razer Basilisk V3", "249,00 zł"), ("SteelSeries Aerox 5", "349,00 zł")),
    footer="© 2025 x-kom sp. z o.o.",
)
add("pl-xkom-producent-row", url, html, "Logitech")


# ---- brand logos with alt text and brand links in the crumbs -----------------------------------------

url, html = shop_page(
    host="www.cyberport.de",
    path="/maus-und-tastatur/maus/pdp/2m40-00d/mx-master-3s-performance-wireless-maus-graphite.html",
    lang="de-DE",
    shop="Cyberport",
    doc_title="MX Master 3S Performance Wireless Maus Graphite - Cyberport",
    title="MX Master 3S Performance Wireless Maus Graphite",
    price="99,90 €",
    buy="In den Warenkorb",
    near="<div class='manufacturer-logo'><a href='/hersteller/logitech.html'><img src='/img/brands/logitech.png' "
    "alt='Logitech'></a></div>",
    menu=("Apple", "Notebooks", "PC-Zubehör", "Marken"),
    crumbs=(("Startseite", "/"), ("PC-Zubehör", "/pc-zubehoer"), ("Mäuse", "/pc-zubehoer/maus")),
    spec_head="Technische Details",
    specs=(("Sensor", "Darkfield 8000 dpi"), ("Verbindung", "Bluetooth, Logi Bolt")),
    reviews=("Besser als meine Razer.",),
    related_head="Passendes Zubehör",
    related=(("Razer Pro Click Mini", "79,90 €"), ("Microsoft Ergonomic Mouse", "39,90 €")),
    footer="© 2025 Cyberport GmbH",
)
add("de-cyberport-manufacturer-logo-alt", url, html, "Logitech")

url, html = shop_page(
    host="www.emag.ro",
    path="/friteuza-airfryer-xxl-hd9650-90/pd/DZ1ABCBBM/",
    lang="ro-RO",
    shop="eMAG",
    doc_title="Friteuza Airfryer XXL HD9650/90 - eMAG.ro",
    title="Friteuza Airfryer XXL HD9650/90, 1.4 kg, 2225 W, Negru",
    price="899,99 Lei",
    buy="Adaugă în Coș",
    near="<a class='product-brand-logo' href='/brands/brand/philips'><img src='https://s13emagst.akamaized.net/brands/philips.png' "
    "alt='Philips logo'></a>",
    menu=("Laptop, Tablete", "Electrocasnice", "TV, Audio-Video", "Branduri"),
    crumbs=(("Electrocasnice", "/electrocasnice"), ("Friteuze", "/friteuze/c")),
    spec_head="Specificații",
    specs=(("Capacitate", "1.4 kg"), ("Putere", "2225 W")),
    reviews=("Mai bună decât Tefal-ul meu.",),
    related_head="Produse similare",
    related=(("Tefal Easy Fry XXL EY801D", "599,99 Lei"), ("Ninja AF300EU", "799,99 Lei")),
    footer="© 2025 Dante International SA",
)
add("ro-emag-brand-logo-alt-with-logo-word", url, html, "Philips")

url, html = shop_page(
    host="www.fravega.com",
    path="/p/celular-moto-g54-5g-256gb-azul-990123/",
    lang="es-AR",
    shop="Frávega",
    doc_title="Celular Moto G54 5G 256GB Azul - Frávega",
    title="Celular Moto G54 5G 256GB Azul",
    price="$ 399.999",
    buy="Comprar",
    menu=("Celulares", "TV", "Heladeras", "Marcas"),
    crumbs=(
        ("Inicio", "/"),
        ("Celulares", "/l/celulares/"),
        ("Motorola", "/l/celulares/?marcas=motorola"),
        ("Moto G54 5G", ""),
    ),
    spec_head="Especificaciones",
    specs=(("Pantalla", '6.5"'), ("Memoria interna", "256 GB")),
    reviews=("Mejor que el Samsung A15.",),
    related_head="Productos que te pueden interesar",
    related=(("Celular Samsung Galaxy A15 128GB", "$ 299.999"), ("Celular Xiaomi Redmi 13C", "$ 249.999")),
    footer="© 2025 Frávega S.A.C.I.e I.",
)
add("ar-fravega-brand-crumb-filter-link", url, html, "Motorola")

url, html = shop_page(
    host="www.bhphotovideo.com",
    path="/c/product/1706208-REG/wh_1000xm5_wireless_noise_canceling.html",
    lang="en-US",
    shop="B&H Photo Video",
    doc_title="WH-1000XM5 Wireless Noise-Canceling Headphones (Black) | B&H Photo Video",
    title="WH-1000XM5 Wireless Noise-Canceling Headphones (Black)",
    price="$398.00",
    buy="Add to Cart",
    menu=("Photography", "Computers", "Pro Audio", "Brands"),
    crumbs=(
        ("Home", "/"),
        ("Portable Entertainment", "/c/buy/portable-entertainment/ci/4"),
        ("Headphones", "/c/buy/headphones/ci/12"),
        ("Sony Headphones", "/c/buy/headphones/ci/12/N/4291570227"),
    ),
    spec_head="Specs",
    specs=(("Form Factor", "Over-Ear"), ("Connectivity", "Bluetooth 5.2")),
    reviews=("Better ANC than my Bose QC45.",),
    related_head="Customers Also Viewed",
    related=(("Bose QuietComfort Ultra Headphones", "$429.00"), ("Apple AirPods Max", "$549.00")),
    footer="© 2000-2025 B &amp; H Foto &amp; Electronics Corp.",
)
add("us-bh-brand-headphones-crumb", url, html, "Sony")

url, html = shop_page(
    host="www.mall.hr",
    path="/usisavaci-bez-vrecice/usisavac-bez-vrecice-900w",
    lang="hr-HR",
    shop="MALL.hr",
    doc_title="Usisavač bez vrećice 900 W | MALL.hr",
    title="Usisavač bez vrećice 900 W, HEPA filter",
    price="79,99 €",
    buy="Kupi",
    menu=("Kućanski aparati", "Mobiteli", "Igračke", "Vrt"),
    crumbs=(
        ("MALL.hr", "/"),
        ("Kućanski aparati", "/kucanski-aparati"),
        ("Usisavači", "/usisavaci"),
        ("Usisavači bez vrećice", "/usisavaci-bez-vrecice"),
    ),
    spec_head="Parametri",
    specs=(("Snaga", "900 W"), ("Filter", "HEPA"), ("Boja", "Crna")),
    reviews=("Za ovu cijenu bolji od Rowente.",),
    related_head="Slični proizvodi",
    related=(("Rowenta Swift Power Cyclonic", "109,99 €"), ("Philips 2000 Series XB2142", "129,99 €")),
    footer="© 2025 Internet Mall d.o.o.",
)
quiet("hr-mall-category-crumbs-no-brand", url, html, None)

url, html = shop_page(
    host="www.bigbang.si",
    path="/izdelki/pralni-stroj-ww90t534daw-123456/",
    lang="sl-SI",
    shop="Big Bang",
    doc_title="Pralni stroj WW90T534DAW | Big Bang",
    title="Pralni stroj WW90T534DAW, 9 kg",
    price="449,99 €",
    buy="V košarico",
    near="<div class='labels'><img src='/img/energy/A.svg' alt='Energijski razred A'>"
    "<img src='/img/badges/ce.svg' alt='CE'><img src='/img/badges/3-leta-garancije.svg' alt='3 leta garancije'></div>",
    menu=("Gospodinjski aparati", "TV", "Telefoni", "Računalništvo"),
    crumbs=(("Domov", "/"), ("Bela tehnika", "/bela-tehnika/"), ("Pralni stroji", "/pralni-stroji/")),
    spec_head="Specifikacije",
    specs=(("Kapaciteta", "9 kg"), ("Ožemanje", "1400 obr/min")),
    reviews=("Tišji od mojega Gorenja.",),
    related_head="Podobni izdelki",
    related=(("Gorenje WNEI94APS pralni stroj", "499,99 €"), ("Beko WUE8736 pralni stroj", "379,99 €")),
    footer="<img src='/img/pay/visa.svg' alt='Visa'><img src='/img/pay/mastercard.svg' alt='Mastercard'> © 2025 Big Bang d.o.o.",
)
quiet("si-bigbang-badge-logos-no-brand", url, html, None)


# ---- the brand only in the title's first words --------------------------------------------------------

url, html = shop_page(
    host="www.links.hr",
    path="/hr/mis-logitech-mx-master-3s-graphite-050312345",
    lang="hr-HR",
    shop="Links",
    doc_title="Miš Logitech MX Master 3S, graphite | Links",
    title="Logitech MX Master 3S bežični miš, graphite",
    price="109,99 €",
    buy="Dodaj u košaricu",
    menu=("Računala", "Periferija", "Mobiteli", "Gaming"),
    crumbs=(("Početna", "/hr/"), ("Periferija", "/hr/periferija"), ("Miševi", "/hr/misevi")),
    spec_head="Specifikacije",
    specs=(("Povezivost", "Bluetooth, Logi Bolt"), ("DPI", "8000")),
    desc="<p>Logitech MX Master 3S je ergonomski miš s tihim klikovima i senzorom od 8000 DPI.</p>",
    reviews=("Bolji od Razera.",),
    related_head="Slični proizvodi",
    related=(("Razer Basilisk V3 miš", "69,99 €"), ("Microsoft Bluetooth miš", "24,99 €")),
    footer="© 2025 Links d.o.o.",
)
add("hr-links-title-opens-brand-desc-repeats", url, html, "Logitech")

url, html = shop_page(
    host="www.gadgetworld-shop.co.uk",
    path="/products/wireless-mouse-silent-click-ergonomic",
    lang="en-GB",
    shop="GadgetWorld",
    doc_title="Wireless Mouse 2.4G Silent Click Ergonomic – GadgetWorld",
    title="Wireless Mouse 2.4G Silent Click Ergonomic, 3 DPI Levels",
    price="£9.99",
    buy="Add to basket",
    menu=("Computing", "Phones", "Gaming", "Deals"),
    crumbs=(("Home", "/"), ("Computing", "/collections/computing"), ("Mice", "/collections/mice")),
    spec_head="Specifications",
    specs=(("Connection", "2.4 GHz USB receiver"), ("Battery", "1 x AA")),
    desc="<p>Wireless Mouse with a nano receiver. Works with Windows, macOS and Chromebook.</p>",
    reviews=("Not a Logitech but does the job.",),
    related_head="You may also like",
    related=(("Logitech M185 Wireless Mouse", "£12.99"), ("HP 220 Silent Wireless Mouse", "£11.99")),
    footer="© 2025 GadgetWorld Ltd",
)
quiet("uk-type-word-title-no-brand", url, html, None)

url, html = shop_page(
    host="www.fravega.com",
    path="/p/heladera-no-frost-382-lts-rt38-990555/",
    lang="es-AR",
    shop="Frávega",
    doc_title="Heladera No Frost Samsung 382 Lts RT38 Inox - Frávega",
    title="Heladera No Frost Samsung 382 Lts RT38 Inox",
    price="$ 1.299.999",
    buy="Comprar",
    near="<a class='more-from-brand' href='/l/?marcas=samsung'>Ver todos los productos Samsung</a>",
    menu=("Celulares", "TV", "Heladeras", "Marcas"),
    crumbs=(
        ("Inicio", "/"),
        ("Heladeras", "/l/heladeras/"),
        ("Heladeras No Frost", "/l/heladeras/no-frost/"),
    ),
    spec_head="Especificaciones",
    specs=(("Capacidad total", "382 L"), ("Color", "Inox")),
    reviews=("Mejor que mi Whirlpool.",),
    related_head="Productos que te pueden interesar",
    related=(("Heladera Whirlpool WRM45AK", "$ 1.099.999"), ("Heladera Drean HDR400F11", "$ 899.999")),
    footer="© 2025 Frávega S.A.C.I.e I.",
)
add("ar-fravega-see-all-products-of-brand-link", url, html, "Samsung")

url, html = shop_page(
    host="www.mimovrste.com",
    path="/sesalniki-brez-vrecke/rowenta-x-force-flex-8-60",
    lang="sl-SI",
    shop="Mimovrste",
    doc_title="Rowenta X-Force Flex 8.60 RH9690WO | Mimovrste",
    title="Rowenta X-Force Flex 8.60 RH9690WO",
    price="299,99 €",
    buy="V košarico",
    menu=("Gospodinjstvo", "Telefoni", "Računalništvo", "Igrače"),
    crumbs=(
        ("Mimovrste", "/"),
        ("Gospodinjstvo", "/gospodinjstvo"),
        ("Sesalniki brez vrečke", "/sesalniki-brez-vrecke"),
    ),
    spec_head="Lastnosti",
    specs=(("Moč", "185 W"), ("Avtonomija", "45 min")),
    reviews=("Boljši od Dysona za ta denar.",),
    related_head="Podobni izdelki",
    related=(("Dyson V8 Absolute", "399,99 €"), ("Philips SpeedPro Max", "349,99 €")),
    footer="© 2025 Mimovrste d.o.o.",
)
add("si-mimovrste-title-opens-brand-url-slug", url, html, "Rowenta")


# ---- official stores and resellers on marketplaces -----------------------------------------------------

url, html = shop_page(
    host="www.aliexpress.com",
    path="/item/1005006123456789.html",
    lang="en-US",
    shop="AliExpress",
    doc_title="Baseus 65W GaN Charger USB C Fast Charger for Laptop Phone - AliExpress",
    title="Baseus 65W GaN Charger USB C Fast Charger PD QC 4.0 for Laptop Phone",
    price="US $19.87",
    buy="Add to cart",
    seller="<div class='store-info'><a class='store-name' href='//baseus.aliexpress.com/store/2401002'>Baseus Official Store</a>"
    "<span class='store-badge'>Top Brand</span><span>97.8% Positive Feedback</span></div>",
    menu=("Electronics", "Phones", "Home", "Sports"),
    crumbs=(
        ("Home", "/"),
        ("Cellphones & Telecommunications", "/category/509/"),
        ("Chargers", "/category/100001205/"),
    ),
    spec_head="Specifications",
    specs=(
        ("Origin", "Mainland China"),
        ("Output Interface", "USB-C x2, USB-A"),
        ("Certification", "CE, FCC"),
    ),
    reviews=("Charges my MacBook like the Apple one.",),
    related_head="More to love",
    related=(("UGREEN 65W GaN Charger", "US $24.99"), ("Anker 735 Charger 65W", "US $35.99")),
    footer="© 2010-2025 AliExpress.com. All rights reserved.",
)
add("ali-official-store-title-opens-brand", url, html, "Baseus")

url, html = shop_page(
    host="www.aliexpress.com",
    path="/item/1005006987654321.html",
    lang="en-US",
    shop="AliExpress",
    doc_title="USB C Charger 65W GaN Fast Charger - AliExpress",
    title="65W GaN USB C Charger Fast Charging 3 Ports for Laptop Phone",
    price="US $17.42",
    buy="Add to cart",
    seller="<div class='store-info'><a class='store-name' href='//www.aliexpress.com/store/1102345'>Digital Life Store</a>"
    "<span>95.1% Positive Feedback</span></div>",
    menu=("Electronics", "Phones", "Home", "Sports"),
    crumbs=(
        ("Home", "/"),
        ("Cellphones & Telecommunications", "/category/509/"),
        ("Chargers", "/category/100001205/"),
    ),
    spec_head="Specifications",
    specs=(("Brand Name", "Baseus"), ("Origin", "Mainland China"), ("Output Interface", "USB-C x2, USB-A")),
    reviews=("Same as the Baseus from the official store.",),
    related_head="More to love",
    related=(("UGREEN 65W GaN Charger", "US $24.99"), ("Anker 735 Charger 65W", "US $35.99")),
    footer="© 2010-2025 AliExpress.com. All rights reserved.",
)
add("ali-reseller-store-brand-name-row", url, html, "Baseus")

url, html = shop_page(
    host="shopee.tw",
    path="/Galaxy-Buds3-Pro-真無線藍牙耳機-i.37004578.25678901234",
    lang="zh-Hant-TW",
    shop="Shopee 蝦皮購物",
    doc_title="Galaxy Buds3 Pro 真無線藍牙耳機 | 蝦皮購物",
    title="Galaxy Buds3 Pro 真無線藍牙耳機",
    price="$7,490",
    buy="加入購物車",
    seller="<div class='shop-section'><span class='mall-badge'>商城</span><a class='shop-name' href='/samsungtw'>"
    "Samsung 三星官方旗艦店</a><button>聊聊</button><a href='/samsungtw'>查看賣場</a></div>",
    menu=TW_MENU,
    crumbs=(("蝦皮購物", "/"), ("手機平板與周邊", "/c/phones"), ("耳機", "/c/earphones")),
    spec_head="商品規格",
    specs=(("分類", "藍牙耳機"), ("保固期限", "一年"), ("出貨地", "新北市")),
    reviews=("比AirPods Pro降噪好。",),
    related_head="你可能也喜歡",
    related=(("Apple AirPods Pro 2", "$7,490"), ("SONY WF-1000XM5", "$8,990")),
    footer="© 2025 Shopee. 版權所有。",
)
add("tw-shopee-mall-official-flagship-seller", url, html, "Samsung 三星")

url, html = shop_page(
    host="www.11st.co.kr",
    path="/products/6543210987",
    lang="ko-KR",
    shop="11번가",
    doc_title="[11번가] 트롬 드럼세탁기 F21VDSK 21kg",
    title="트롬 드럼세탁기 F21VDSK 21kg",
    price="1,190,000원",
    buy="구매하기",
    seller="<div class='c_product_seller'><span class='badge'>공식</span><a href='/store/lge'>LG전자 공식스토어</a>"
    "<span>판매자 등급 파워딜러</span></div>",
    menu=KR_MENU,
    crumbs=(("홈", "/"), ("가전", "/c/appliances"), ("세탁기", "/c/washer")),
    spec_head="상품정보",
    specs=(("모델명", "F21VDSK"), ("용량", "21kg")),
    reviews=("삼성 그랑데보다 조용합니다.",),
    related_head="함께 본 상품",
    related=(("삼성 그랑데 WF21T6000KW", "999,000원"), ("위니아 드럼세탁기 12kg", "590,000원")),
    footer="11번가(주) | 서울특별시 중구",
)
add("kr-11st-official-store-seller", url, html, "LG전자")

url, html = shop_page(
    host="www.coupang.com",
    path="/vp/products/7654321098?itemId=1&vendorItemId=2",
    lang="ko-KR",
    shop="쿠팡",
    doc_title="삼성전자 갤럭시 버즈3 프로 SM-R630 - 이어폰 | 쿠팡",
    title="삼성전자 갤럭시 버즈3 프로 SM-R630",
    price="259,000원",
    buy="장바구니 담기",
    near="<a class='prod-brand-name' href='/np/search?q=%EC%82%BC%EC%84%B1%EC%A0%84%EC%9E%90&brand=1234'>삼성전자</a>",
    seller="<div class='prod-sale-vendor'>판매자: <a href='/vp/vendors/A00012345'>디지털하우스</a></div>",
    menu=KR_MENU,
    crumbs=(("쿠팡 홈", "/"), ("가전디지털", "/np/categories/178255"), ("이어폰", "/np/categories/178300")),
    spec_head="필수 표기정보",
    specs=(("품명 및 모델명", "SM-R630"), ("제조국", "베트남")),
    reviews=("에어팟보다 착용감이 좋아요.",),
    related_head="다른 고객이 함께 본 상품",
    related=(("Apple 에어팟 프로 2세대", "329,000원"), ("소니 WF-1000XM5", "299,000원")),
    footer="쿠팡(주) | 대표이사 강한승",
)
add("kr-coupang-reseller-seller-brand-link", url, html, "삼성전자")

url, html = shop_page(
    host="articulo.mercadolibre.com.ar",
    path="/MLA-1456789012-auriculares-inalambricos-tune-520bt-_JM",
    lang="es-AR",
    shop="Mercado Libre",
    doc_title="Auriculares Inalámbricos Tune 520bt Negro | MercadoLibre",
    title="Auriculares Inalámbricos Tune 520bt Negro",
    price="$ 89.999",
    buy="Comprar ahora",
    seller="<div class='ui-seller-info'><p>Vendido por <a href='/perfil/ELECTROFULL'>ELECTROFULL</a></p>"
    "<p>MercadoLíder Platinum | +10mil ventas</p></div>",
    menu=("Categorías", "Ofertas", "Cupones", "Supermercado", "Moda"),
    crumbs=(
        ("Electrónica, Audio y Video", "/c/electronica"),
        ("Audio", "/c/audio"),
        ("Auriculares", "/c/auriculares"),
    ),
    spec_head="Características del producto",
    specs=(("Marca", "JBL"), ("Modelo", "Tune 520BT"), ("Color", "Negro")),
    reviews=("Suenan mejor que los Sony que tenía.",),
    related_head="Quienes vieron este producto también compraron",
    related=(("Auriculares Sony WH-CH520", "$ 79.999"), ("Auriculares Xiaomi Redmi Buds", "$ 39.999")),
    footer="Copyright © 1999-2025 MercadoLibre S.R.L.",
)
add("ar-meli-reseller-marca-row", url, html, "JBL")


# ---- "for", "compatible with", "replacement for", "style", "inspired": another brand's name ------------

url, html = shop_page(
    host="www.aliexpress.com",
    path="/item/1005007111222333.html",
    lang="en-US",
    shop="AliExpress",
    doc_title="Men Running Shoes for Nike Style Air Cushion Sneakers - AliExpress",
    title="Men Running Shoes for Nike Style Air Cushion Sneakers Breathable Mesh Sport Shoes",
    price="US $23.56",
    buy="Add to cart",
    seller="<div class='store-info'><a class='store-name' href='//www.aliexpress.com/store/1109876'>Fashion Sneaker Store</a></div>",
    menu=("Shoes", "Women's Fashion", "Men's Fashion", "Sports"),
    crumbs=(("Home", "/"), ("Shoes", "/category/322/"), ("Men's Shoes", "/category/100001606/")),
    spec_head="Specifications",
    specs=(("Upper Material", "Mesh"), ("Closure Type", "Lace-Up"), ("Origin", "Mainland China")),
    reviews=("Looks like Nike but it is not.",),
    related_head="More to love",
    related=(("Casual Sneakers Men Vulcanized", "US $15.20"), ("Outdoor Hiking Shoes Men", "US $28.90")),
    footer="© 2010-2025 AliExpress.com. All rights reserved.",
)
quiet("ali-for-nike-style-title-no-row", url, html, None)

url, html = shop_page(
    host="www.stridehaus-store.com",
    path="/products/nike-inspired-retro-court-sneakers",
    lang="en-US",
    shop="StrideHaus",
    doc_title="Nike-Inspired Retro Court Sneakers – StrideHaus",
    title="Nike-Inspired Retro Court Sneakers",
    price="$39.95",
    buy="Add to cart",
    menu=("New", "Sneakers", "Boots", "Sale"),
    crumbs=(("Home", "/"), ("Sneakers", "/collections/sneakers")),
    spec_head="Details",
    specs=(("Upper", "Synthetic leather"), ("Sole", "Rubber")),
    desc="<p>Classic court look at a fraction of the price. Not affiliated with Nike, Inc.</p>",
    reviews=("Look just like the real ones!",),
    related_head="You may also like",
    related=(("Samba-Style Gum Sole Sneakers", "$34.95"), ("Chunky Dad Sneakers", "$44.95")),
    footer="© 2025 StrideHaus",
)
quiet("us-dropship-nike-inspired-title", url, html, None)

url, html = shop_page(
    host="www.trendvault-shop.com",
    path="/products/adidas-style-retro-gum-sole-sneakers",
    lang="en-US",
    shop="TrendVault",
    doc_title="Adidas Style Retro Gum Sole Sneakers Women – TrendVault",
    title="Adidas Style Retro Gum Sole Sneakers Women",
    price="$32.99",
    buy="Add to cart",
    menu=("Women", "Men", "Shoes", "Sale"),
    crumbs=(("Home", "/"), ("Shoes", "/collections/shoes")),
    spec_head="Details",
    specs=(("Material", "PU leather, suede"), ("Sole", "Gum rubber")),
    desc="<p>The retro terrace look everyone wants, like Adidas Samba but for less.</p>",
    reviews=("Like my friend's Adidas but half the price.",),
    related_head="You may also like",
    related=(("Nike-Inspired Retro Court Sneakers", "$39.95"), ("Platform Canvas Sneakers", "$24.99")),
    footer="© 2025 TrendVault",
)
quiet("us-dropship-brand-style-title-opens", url, html, None)

url, html = shop_page(
    host="www.ebay.com",
    path="/itm/395123456789",
    lang="en-US",
    shop="eBay",
    doc_title="Compatible with Apple Watch Band 41mm 40mm Silicone Sport Strap Series 9 8 7 | eBay",
    title="Compatible with Apple Watch Band 41mm 40mm Silicone Sport Strap Series 9 8 7",
    price="US $7.99",
    buy="Add to cart",
    seller="<div class='x-sellercard-atf'><a href='/str/bandsplanet'>bands_planet</a><span>(8,412)</span>"
    "<span>99.4% positive</span></div>",
    menu=("Electronics", "Motors", "Fashion", "Collectibles"),
    crumbs=(
        ("eBay", "/"),
        ("Cell Phones & Accessories", "/b/Cell-Phones-Accessories/15032/bn_1865441"),
        ("Smart Watch Accessories", "/b/Smart-Watch-Accessories/182064/bn_16562735"),
    ),
    spec_head="Item specifics",
    specs=(
        ("Condition", "New"),
        ("Compatible Brand", "Apple"),
        ("Compatible Model", "Apple Watch Series 9"),
        ("Material", "Silicone"),
    ),
    reviews=("Feels like the Apple sport band.",),
    related_head="Similar sponsored items",
    related=(
        ("Apple Watch Sport Band 41mm Genuine", "US $39.00"),
        ("Nylon Loop Band for Apple Watch", "US $9.99"),
    ),
    footer="Copyright © 1995-2025 eBay Inc. All Rights Reserved.",
)
add("ebay-compatible-with-apple-title-no-brand-row", url, html, None)

url, html = shop_page(
    host="www.coupang.com",
    path="/vp/products/8123456789?itemId=3&vendorItemId=4",
    lang="ko-KR",
    shop="쿠팡",
    doc_title="다이슨 V10 V11 호환 필터 2개입 - 청소기 필터 | 쿠팡",
    title="다이슨 V10 V11 호환 필터 2개입",
    price="12,900원",
    buy="장바구니 담기",
    near="<a class='prod-brand-name' href='#'></a>",
    seller="<div class='prod-sale-vendor'>판매자: <a href='/vp/vendors/A00099887'>클린마켓</a></div>",
    menu=KR_MENU,
    crumbs=(
        ("쿠팡 홈", "/"),
        ("가전디지털", "/np/categories/178255"),
        ("청소기 부품", "/np/categories/178777"),
    ),
    spec_head="필수 표기정보",
    specs=(("품명 및 모델명", "V10 V11 호환 필터"), ("제조국", "중국")),
    reviews=("정품이랑 차이 없어요.",),
    related_head="다른 고객이 함께 본 상품",
    related=(("다이슨 정품 V10 필터", "39,000원"), ("샤오미 청소기 호환 필터", "9,900원")),
    footer="쿠팡(주) | 대표이사 강한승",
)
quiet("kr-coupang-brand-then-hohwan-title", url, html, None)

url, html = shop_page(
    host="www.momoshop.com.tw",
    path="/goods/GoodsDetail.jsp?i_code=12776655",
    lang="zh-Hant-TW",
    shop="momo購物網",
    doc_title="【副廠】適用 Dyson 戴森 V10 V11 吸塵器 HEPA濾網 2入 - momo購物網",
    title="【副廠】適用 Dyson 戴森 V10 V11 吸塵器 HEPA濾網 2入",
    price="$399",
    buy="加入購物車",
    menu=TW_MENU,
    crumbs=(("首頁", "/"), ("家電", "/category/2"), ("吸塵器配件", "/category/2-7")),
    spec_head="商品規格",
    specs=(("適用型號", "Dyson V10 / V11"), ("材質", "HEPA"), ("數量", "2入")),
    reviews=("跟原廠的差不多。",),
    related_head="推薦商品",
    related=(("【Dyson 戴森】V10 原廠後置濾網", "$1,290"), ("【小米】掃地機器人濾網", "$299")),
    footer="富邦媒體科技股份有限公司 momo購物網 版權所有 © 2025",
)
add("tw-momo-aftermarket-for-dyson", url, html, None)

url, html = shop_page(
    host="www.wildberries.ru",
    path="/catalog/187654321/detail.aspx",
    lang="ru-RU",
    shop="Wildberries",
    doc_title="Фильтр для пылесоса Dyson V10 V11, 2 шт. — купить в интернет-магазине Wildberries",
    title="Фильтр для пылесоса Dyson V10 V11, 2 шт.",
    price="890 ₽",
    buy="Добавить в корзину",
    menu=RU_MENU,
    crumbs=(
        ("Главная", "/"),
        ("Бытовая техника", "/catalog/bytovaya-tehnika"),
        ("Аксессуары для пылесосов", "/catalog/aksessuary"),
    ),
    spec_head="Характеристики",
    spec_form="dl",
    specs=(("Совместимые модели", "Dyson V10, Dyson V11"), ("Комплектация", "2 фильтра")),
    reviews=("Подошли к моему Dyson V11.",),
    related_head="Похожие товары",
    related=(("Щетка для пылесоса Dyson V8", "1290 ₽"), ("Фильтр для Xiaomi Dreame V9", "590 ₽")),
    footer="© Wildberries 2004–2025. Все права защищены.",
)
quiet("ru-wildberries-for-dyson-filter", url, html, None)

url, html = shop_page(
    host="www.amazon.de",
    path="/Ersatzakku-Makita-BL1850B-5-0Ah-BL1860B/dp/B0BX1ZQ7T2",
    lang="de-DE",
    shop="Amazon.de",
    doc_title="Amazon.de: Ersatzakku für Makita 18V 5,0Ah BL1850B BL1860B BL1840B",
    title="Ersatzakku für Makita 18V 5,0Ah BL1850B BL1860B BL1840B, 2 Stück",
    price="45,99 €",
    buy="In den Einkaufswagen",
    near="<div id='bylineInfo_feature_div'><a id='bylineInfo' href='/s/ref=bl_dp_s_web_0?field-keywords=Waitley'>"
    "Marke: Waitley</a></div>",
    menu=("Angebote", "Kundenservice", "Gutscheine", "Verkaufen"),
    crumbs=(
        ("Baumarkt", "/b/?node=80084031"),
        ("Elektrowerkzeuge", "/b/?node=2076998031"),
        ("Akkus", "/b/?node=2077012031"),
    ),
    spec_head="Produktinformation",
    specs=(
        ("Hersteller", "Waitley"),
        ("Kompatible Geräte", "Makita 18V Werkzeuge"),
        ("Kapazität", "5000 mAh"),
    ),
    reviews=("Hält so lange wie der originale Makita Akku.",),
    related_head="Kunden, die diesen Artikel angesehen haben, haben auch angesehen",
    related=(("Makita BL1850B Original Akku", "79,00 €"), ("Topbatt Ersatzakku für Makita", "39,99 €")),
    footer="© 1996-2025, Amazon.com, Inc. oder Tochtergesellschaften",
)
add("amazon-de-ersatzakku-fuer-makita-marke-byline", url, html, "Waitley")

url, html = shop_page(
    host="www.mercadolibre.com.ar",
    path="/cargador-para-samsung-25w-carga-rapida-tipo-c/p/MLA29876543",
    lang="es-AR",
    shop="Mercado Libre",
    doc_title="Cargador Para Samsung 25w Carga Rápida Tipo C | MercadoLibre",
    title="Cargador Para Samsung 25w Carga Rápida Tipo C",
    price="$ 12.499",
    buy="Comprar ahora",
    seller="<div class='ui-seller-info'><p>Vendido por <a href='/perfil/TECNOSHOP.BA'>TECNOSHOP.BA</a></p></div>",
    menu=("Categorías", "Ofertas", "Cupones", "Supermercado", "Moda"),
    crumbs=(
        ("Celulares y Teléfonos", "/c/celulares"),
        ("Accesorios para Celulares", "/c/accesorios"),
        ("Cargadores", "/c/cargadores"),
    ),
    spec_head="Características del producto",
    specs=(("Modelo", "25W Tipo C"), ("Compatible con", "Samsung Galaxy S23, A54"), ("Potencia", "25 W")),
    reviews=("Carga igual que el original de Samsung.",),
    related_head="Quienes vieron este producto también compraron",
    related=(("Cargador Samsung Original 25W EP-TA800", "$ 24.999"), ("Cable Usb C Baseus 1m", "$ 5.999")),
    footer="Copyright © 1999-2025 MercadoLibre S.R.L.",
)
quiet("ar-meli-cargador-para-samsung-no-row", url, html, None)

url, html = shop_page(
    host="www.mercadolibre.com.ar",
    path="/cargador-samsung-original-25w-ep-ta800/p/MLA19876000",
    lang="es-AR",
    shop="Mercado Libre",
    doc_title="Cargador Samsung Original 25w Ep-ta800 Carga Súper Rápida | MercadoLibre",
    title="Cargador Samsung Original 25w Ep-ta800 Carga Súper Rápida",
    price="$ 24.999",
    buy="Comprar ahora",
    seller="<div class='ui-seller-info'><p>Vendido por <a href='/perfil/CELUSTORE'>CELUSTORE</a></p></div>",
    menu=("Categorías", "Ofertas", "Cupones", "Supermercado", "Moda"),
    crumbs=(
        ("Celulares y Teléfonos", "/c/celulares"),
        ("Accesorios para Celulares", "/c/accesorios"),
        ("Cargadores", "/c/cargadores"),
    ),
    spec_head="Características del producto",
    specs=(("Marca", "Samsung"), ("Modelo", "EP-TA800"), ("Potencia", "25 W")),
    reviews=("Original, carga rapidísimo.",),
    related_head="Quienes vieron este producto también compraron",
    related=(
        ("Cargador Para Samsung 25w Carga Rápida Tipo C", "$ 12.499"),
        ("Cable Usb C Baseus 1m", "$ 5.999"),
    ),
    footer="Copyright © 1999-2025 MercadoLibre S.R.L.",
)
add("ar-meli-original-charger-marca-row", url, html, "Samsung")

url, html = shop_page(
    host="www.mimovrste.com",
    path="/polnilci-za-prenosnike/polnilec-65w-usb-c-zdruzljiv-z-apple-macbook",
    lang="sl-SI",
    shop="Mimovrste",
    doc_title="Polnilec 65 W USB-C, združljiv z Apple MacBook | Mimovrste",
    title="Polnilec 65 W USB-C, združljiv z Apple MacBook",
    price="24,99 €",
    buy="V košarico",
    menu=("Gospodinjstvo", "Telefoni", "Računalništvo", "Igrače"),
    crumbs=(
        ("Mimovrste", "/"),
        ("Računalništvo", "/racunalnistvo"),
        ("Polnilci za prenosnike", "/polnilci-za-prenosnike"),
    ),
    spec_head="Lastnosti",
    specs=(("Moč", "65 W"), ("Priključek", "USB-C"), ("Združljivost", "Apple MacBook Air, MacBook Pro")),
    reviews=("Deluje kot originalni Apple polnilec.",),
    related_head="Podobni izdelki",
    related=(("Apple 70W USB-C polnilec", "69,99 €"), ("Baseus GaN5 65W polnilec", "39,99 €")),
    footer="© 2025 Mimovrste d.o.o.",
)
quiet("si-zdruzljiv-z-apple-no-brand", url, html, None)

url, html = shop_page(
    host="www.links.hr",
    path="/hr/punjac-za-samsung-galaxy-25w-ep-ta800-050398765",
    lang="hr-HR",
    shop="Links",
    doc_title="Punjač za Samsung Galaxy 25 W EP-TA800 | Links",
    title="Punjač za Samsung Galaxy 25 W EP-TA800, bijeli",
    price="19,99 €",
    buy="Dodaj u košaricu",
    menu=("Računala", "Periferija", "Mobiteli", "Gaming"),
    crumbs=(("Početna", "/hr/"), ("Mobiteli", "/hr/mobiteli"), ("Punjači", "/hr/punjaci")),
    spec_head="Specifikacije",
    specs=(("Proizvođač", "Samsung"), ("Snaga", "25 W"), ("Boja", "Bijela")),
    reviews=("Originalni Samsung punjač.",),
    related_head="Slični proizvodi",
    related=(("Baseus punjač 20W", "12,99 €"), ("Xiaomi punjač 33W", "14,99 €")),
    footer="© 2025 Links d.o.o.",
)
add("hr-links-punjac-za-samsung-proizvodjac-row", url, html, "Samsung")

url, html = shop_page(
    host="www.etsy.com",
    path="/listing/1587654321/nike-inspired-hand-painted-custom-air",
    lang="en-US",
    shop="Etsy",
    doc_title="Nike-Inspired Hand Painted Custom Sneakers - Etsy",
    title="Nike-Inspired Hand Painted Custom Sneakers, Floral Design",
    price="$185.00",
    buy="Add to basket",
    near="<div class='shop-name-line'><a href='https://www.etsy.com/shop/PaintedSolesCo'>PaintedSolesCo</a>"
    "<span>Star Seller</span></div>",
    menu=("Jewelry &amp; Accessories", "Clothing &amp; Shoes", "Home &amp; Living", "Gifts"),
    crumbs=(("Homepage", "/"), ("Shoes", "/c/shoes"), ("Sneakers &amp; Athletic Shoes", "/c/shoes/sneakers")),
    spec_head="Item details",
    spec_form="list",
    specs=(("Handmade by", "PaintedSolesCo"), ("Materials", "Leather, acrylic paint")),
    reviews=("Beautiful work, better than the plain Nikes.",),
    related_head="You may also like",
    related=(("Custom Painted Vans Slip-On", "$120.00"), ("Hand Painted Converse", "$140.00")),
    footer="© 2025 Etsy, Inc.",
)
add("etsy-nike-inspired-shop-line-maker", url, html, "PaintedSolesCo")


# ---- promotion tags in brackets before the title's words (Korea, Taiwan) -----------------------------

url, html = shop_page(
    host="www.ssg.com",
    path="/item/itemView.ssg?itemId=1000567891234",
    lang="ko-KR",
    shop="SSG.COM",
    doc_title="[무료배송] [쿠쿠] 6인용 전기밥솥 CRP-P0660FD - SSG.COM",
    title="[무료배송] [쿠쿠] 6인용 전기밥솥 CRP-P0660FD",
    price="189,000원",
    buy="장바구니",
    menu=KR_MENU,
    crumbs=(("홈", "/"), ("주방가전", "/c/kitchen"), ("밥솥", "/c/rice")),
    spec_head="상품 상세정보",
    specs=(("모델명", "CRP-P0660FD"), ("용량", "6인용")),
    reviews=("쿠첸보다 밥맛이 좋아요.",),
    related_head="함께 보면 좋은 상품",
    related=(("[쿠첸] 10인용 IH 밥솥", "259,000원"), ("[테팔] 전기포트 1.7L", "39,900원")),
    footer="(주)에스에스지닷컴 | 대표이사",
)
add("kr-ssg-promo-tag-then-bracket-brand", url, html, "쿠쿠")

url, html = shop_page(
    host="www.11st.co.kr",
    path="/products/5544332211",
    lang="ko-KR",
    shop="11번가",
    doc_title="[11번가] [특가] 스텐 편수냄비 3종 세트",
    title="[특가] 스텐 편수냄비 3종 세트 16/18/20cm",
    price="29,900원",
    buy="구매하기",
    seller="<div class='c_product_seller'><a href='/store/kitchenmall'>키친몰</a><span>판매자 등급 베스트셀러</span></div>",
    menu=KR_MENU,
    crumbs=(("홈", "/"), ("주방용품", "/c/kitchen"), ("냄비", "/c/pot")),
    spec_head="상품정보",
    specs=(("재질", "스테인리스 304"), ("구성", "16/18/20cm")),
    reviews=("휘슬러 냄비만큼 튼튼해요.",),
    related_head="함께 본 상품",
    related=(("[휘슬러] 프로피 냄비 세트", "389,000원"), ("[테팔] 인덕션 냄비 3종", "79,000원")),
    footer="11번가(주) | 서울특별시 중구",
)
quiet("kr-11st-promo-tag-no-brand", url, html, None)

url, html = shop_page(
    host="www.momoshop.com.tw",
    path="/goods/GoodsDetail.jsp?i_code=13001122",
    lang="zh-Hant-TW",
    shop="momo購物網",
    doc_title="【現貨免運】加厚316不鏽鋼保溫杯 500ml - momo購物網",
    title="【現貨免運】加厚316不鏽鋼保溫杯 500ml",
    price="$299",
    buy="加入購物車",
    menu=TW_MENU,
    crumbs=(("首頁", "/"), ("生活", "/category/5"), ("保溫瓶", "/category/5-3")),
    spec_head="商品規格",
    specs=(("材質", "316不鏽鋼"), ("容量", "500ml")),
    reviews=("跟象印的一樣保溫。",),
    related_head="推薦商品",
    related=(("【THERMOS 膳魔師】保溫瓶 500ml", "$990"), ("【ZOJIRUSHI 象印】保溫杯 480ml", "$1,190")),
    footer="富邦媒體科技股份有限公司 momo購物網 版權所有 © 2025",
)
quiet("tw-momo-promo-tag-no-brand", url, html, None)

url, html = shop_page(
    host="24h.pchome.com.tw",
    path="/prod/DMAC2M-A900G7ABC",
    lang="zh-Hant-TW",
    shop="PChome 24h購物",
    doc_title="【限時特價】【TIGER 虎牌】不鏽鋼保溫瓶 500ml MCZ-S050 - PChome 24h購物",
    title="【限時特價】【TIGER 虎牌】不鏽鋼保溫瓶 500ml MCZ-S050",
    price="$890",
    buy="加入購物車",
    menu=TW_MENU,
    crumbs=(("24h購物", "/"), ("生活", "/region/DMAC"), ("保溫瓶", "/store/DMAC2M")),
    spec_head="商品規格",
    specs=(("型號", "MCZ-S050"), ("容量", "500ml")),
    reviews=("比膳魔師輕。",),
    related_head="看了又看",
    related=(("【THERMOS 膳魔師】保溫瓶", "$990"), ("【ZOJIRUSHI 象印】保溫杯", "$1,190")),
    footer="網路家庭國際資訊股份有限公司 © PChome Online Inc.",
)
add("tw-pchome-promo-tag-then-bracket-brand", url, html, "TIGER")


# ---- multi-brand shops whose own name must not be read; pages with no brand at all ---------------------

url, html = shop_page(
    host="www.technodom.kz",
    path="/p/chekhol-knizhka-dlya-smartfona-6-7-chernyy-300123",
    lang="ru-KZ",
    shop="Technodom",
    doc_title='Чехол-книжка для смартфона 6.7" черный | Technodom',
    title='Чехол-книжка для смартфона 6.7" черный',
    price="4 990 ₸",
    buy="В корзину",
    menu=RU_MENU,
    crumbs=(("Главная", "/"), ("Аксессуары", "/c/accessories"), ("Чехлы", "/c/cases")),
    spec_head="Характеристики",
    spec_form="dl",
    specs=(("Тип", "книжка"), ("Материал", "экокожа"), ("Цвет", "черный")),
    reviews=("Подошел к моему Samsung A55.",),
    related_head="С этим товаром покупают",
    related=(("Смартфон Samsung Galaxy A55", "199 990 ₸"), ('Защитное стекло Baseus 6.7"', "3 990 ₸")),
    footer="© 2025 ТОО «Technodom Operator». Technodom — сеть магазинов электроники.",
)
quiet("kz-technodom-shop-name-no-brand", url, html, None)

url, html = shop_page(
    host="www.e-himart.co.kr",
    path="/app/goods/goodsDetail?goodsNo=0012345678",
    lang="ko-KR",
    shop="롯데하이마트",
    doc_title="멀티탭 4구 개별스위치 1.5m | 롯데하이마트",
    title="멀티탭 4구 개별스위치 1.5m",
    price="15,900원",
    buy="장바구니",
    menu=KR_MENU,
    crumbs=(("홈", "/"), ("생활가전", "/c/living"), ("멀티탭", "/c/multitap")),
    spec_head="상품정보",
    specs=(("구수", "4구"), ("길이", "1.5m")),
    reviews=("하이마트 배송 빨라요.",),
    related_head="함께 본 상품",
    related=(("[삼성] 갤럭시 충전기 25W", "29,000원"), ("[LG] 공기청정기 필터", "49,000원")),
    footer="롯데하이마트(주) | 서울특별시 강남구 | © LOTTE Himart Co., Ltd.",
)
quiet("kr-himart-shop-name-no-brand", url, html, None)

url, html = shop_page(
    host="www.oak-and-grain.co.uk",
    path="/products/solid-oak-dining-table-180cm",
    lang="en-GB",
    shop="Oak &amp; Grain Furniture",
    doc_title="Solid Oak Dining Table 180 cm | Oak &amp; Grain Furniture",
    title="Solid Oak Dining Table 180 cm",
    price="£849.00",
    buy="Add to basket",
    menu=("Dining", "Living", "Bedroom", "Sale"),
    crumbs=(("Home", "/"), ("Dining", "/collections/dining"), ("Tables", "/collections/dining-tables")),
    spec_head="Dimensions",
    specs=(("Width", "180 cm"), ("Depth", "90 cm"), ("Finish", "Natural oil")),
    desc="<p>Made from FSC-certified European oak.</p>",
    reviews=("Sturdier than the IKEA one we had.",),
    related_head="Complete the look",
    related=(("Oak Dining Bench 160 cm", "£349.00"), ("Upholstered Dining Chair", "£149.00")),
    footer="© 2025 Oak &amp; Grain Furniture Ltd. Brands we stock: Ercol, Nordic House, Hjort Knudsen.",
)
add("uk-furniture-multibrand-stockist-no-brand", url, html, None)

url, html = shop_page(
    host="www.tus.si",
    path="/banane-1-kg/p/5000123",
    lang="sl-SI",
    shop="Tuš",
    doc_title="Banane, 1 kg | Tuš spletna trgovina",
    title="Banane, 1 kg",
    price="1,49 €",
    buy="V košarico",
    menu=("Sadje in zelenjava", "Mlečni izdelki", "Pijače", "Akcije"),
    crumbs=(("Domov", "/"), ("Sadje in zelenjava", "/sadje-in-zelenjava"), ("Sadje", "/sadje")),
    spec_head="Podatki o izdelku",
    specs=(("Država porekla", "Ekvador"), ("Kakovostni razred", "I")),
    related_head="Priporočamo",
    related=(("Chiquita banane 1 kg", "1,99 €"), ("Jabolka Zlati delišes 1 kg", "1,29 €")),
    footer="© 2025 Engrotuš d.o.o.",
)
quiet("si-grocer-loose-fruit-no-brand", url, html, None)

url, html = shop_page(
    host="www.bol.com",
    path="/nl/nl/p/houten-speelgoed-keukentje/9300000123456789/",
    lang="nl-NL",
    shop="bol.",
    doc_title="Houten speelgoed keukentje met accessoires | bol",
    title="Houten speelgoed keukentje met accessoires",
    price="€ 59,99",
    buy="In winkelwagen",
    seller="<div class='seller-info'>Verkoop door <a href='/nl/nl/v/speelgoedparadijs/1234567/'>Speelgoedparadijs</a></div>",
    menu=("Speelgoed", "Elektronica", "Boeken", "Wonen"),
    crumbs=(("bol", "/"), ("Speelgoed", "/nl/nl/l/speelgoed/"), ("Speelkeukens", "/nl/nl/l/speelkeukens/")),
    spec_head="Specificaties",
    specs=(("Materiaal", "Hout"), ("Leeftijd", "3 jaar en ouder"), ("Merk", "")),
    reviews=("Mooier dan die van IKEA.",),
    related_head="Vaak samen gekocht",
    related=(("Hape speelkeuken", "€ 89,99"), ("KidKraft keukentje", "€ 119,99")),
    footer="© 1999-2025 bol.",
)
add("nl-bol-reseller-empty-merk-no-brand", url, html, None)

url, html = shop_page(
    host="www.allegro.pl",
    path="/oferta/odkurzacz-pionowy-xiaomi-g11-15012345678",
    lang="pl-PL",
    shop="Allegro",
    doc_title="Odkurzacz pionowy G11 - 15012345678 - Allegro.pl",
    title="Odkurzacz pionowy G11 bezprzewodowy 150 AW",
    price="899,00 zł",
    buy="Dodaj do koszyka",
    near="<div class='brand-zone'><span class='badge'>Oficjalny sklep marki</span></div>",
    seller="<div class='seller'>od <a href='/uzytkownik/Xiaomi_Oficjalny_Sklep'>Xiaomi Oficjalny Sklep</a>"
    "<span>Super Sprzedawca</span></div>",
    menu=("Elektronika", "Dom i Ogród", "Moda", "Dziecko"),
    crumbs=(
        ("Allegro", "/"),
        ("Elektronika", "/kategoria/elektronika"),
        ("Odkurzacze", "/kategoria/odkurzacze"),
    ),
    spec_head="Parametry",
    specs=(("Stan", "Nowy"), ("Marka", "Xiaomi"), ("Model", "G11")),
    reviews=("Lepszy niż Dyson za tę cenę.",),
    related_head="Podobne oferty",
    related=(("Dyson V8 Absolute", "1 499,00 zł"), ("Dreame R10 Pro", "999,00 zł")),
    footer="© 2025 Allegro.pl sp. z o.o.",
)
add("pl-allegro-official-brand-store-marka-row", url, html, "Xiaomi")


# ---- round 2 (written after reading brands.py): official stores whose title opens with the brand, and
# pages where this round's rules must not fire --------------------------------------------------------

url, html = shop_page(
    host="shopee.tw",
    path="/SAMSUNG-Galaxy-Buds3-Pro-真無線藍牙耳機-i.37004578.25678905555",
    lang="zh-Hant-TW",
    shop="Shopee 蝦皮購物",
    doc_title="SAMSUNG Galaxy Buds3 Pro 真無線藍牙耳機 | 蝦皮購物",
    title="SAMSUNG Galaxy Buds3 Pro 真無線藍牙耳機 SM-R630",
    price="$7,490",
    buy="加入購物車",
    seller="<div class='shop-section'><span class='mall-badge'>商城</span><a class='shop-name' href='/samsungtw'>"
    "Samsung 三星官方旗艦店</a><button>聊聊</button></div>",
    menu=TW_MENU,
    crumbs=(("蝦皮購物", "/"), ("手機平板與周邊", "/c/phones"), ("耳機", "/c/earphones")),
    spec_head="商品規格",
    specs=(("分類", "藍牙耳機"), ("保固期限", "一年")),
    reviews=("降噪比AirPods好。",),
    related_head="你可能也喜歡",
    related=(("Apple AirPods Pro 2", "$7,490"), ("SONY WF-1000XM5", "$8,990")),
    footer="© 2025 Shopee. 版權所有。",
)
add("r2-shopee-official-flagship-title-opens", url, html, "SAMSUNG")

url, html = shop_page(
    host="item.gmarket.co.kr",
    path="/Item?goodscode=3099887766",
    lang="ko-KR",
    shop="G마켓",
    doc_title="G마켓 - LG전자 트롬 드럼세탁기 F21VDSK 21kg",
    title="LG전자 트롬 드럼세탁기 F21VDSK 21kg",
    price="1,190,000원",
    buy="구매하기",
    seller="<div class='seller-info'><span class='badge'>공식</span><a href='/shop/lge'>LG전자 공식스토어</a></div>",
    menu=KR_MENU,
    crumbs=(("홈", "/"), ("가전", "/c/appliances"), ("세탁기", "/c/washer")),
    spec_head="상품정보고시",
    specs=(("모델명", "F21VDSK"), ("용량", "21kg")),
    reviews=("삼성 그랑데보다 조용합니다.",),
    related_head="이 상품을 본 고객이 함께 본 상품",
    related=(("삼성 그랑데 WF21T6000KW", "999,000원"), ("위니아 드럼세탁기 12kg", "590,000원")),
    footer="(주)지마켓 | 서울특별시 강남구",
)
add("r2-gmarket-official-store-title-opens", url, html, "LG전자")

url, html = shop_page(
    host="www.allegro.pl",
    path="/oferta/xiaomi-odkurzacz-pionowy-g11-15012349999",
    lang="pl-PL",
    shop="Allegro",
    doc_title="Xiaomi Odkurzacz pionowy G11 - 15012349999 - Allegro.pl",
    title="Xiaomi Odkurzacz pionowy G11 bezprzewodowy",
    price="899,00 zł",
    buy="Dodaj do koszyka",
    seller="<div class='seller'>od <a href='/uzytkownik/Xiaomi_Oficjalny_Sklep'>Xiaomi Oficjalny Sklep</a></div>",
    menu=("Elektronika", "Dom i Ogród", "Moda", "Dziecko"),
    crumbs=(
        ("Allegro", "/"),
        ("Elektronika", "/kategoria/elektronika"),
        ("Odkurzacze", "/kategoria/odkurzacze"),
    ),
    spec_head="Parametry",
    specs=(("Stan", "Nowy"), ("Model", "G11")),
    reviews=("Lepszy niż Dyson za tę cenę.",),
    related_head="Podobne oferty",
    related=(("Dyson V8 Absolute", "1 499,00 zł"), ("Dreame R10 Pro", "999,00 zł")),
    footer="© 2025 Allegro.pl sp. z o.o.",
)
add("r2-allegro-official-store-seller-title-opens", url, html, "Xiaomi")

url, html = shop_page(
    host="articulo.mercadolibre.com.ar",
    path="/MLA-1456789999-heladera-no-frost-382-lts-_JM",
    lang="es-AR",
    shop="Mercado Libre",
    doc_title="Heladera No Frost 382 Lts Inox | MercadoLibre",
    title="Heladera No Frost 382 Lts Inox",
    price="$ 1.299.999",
    buy="Comprar ahora",
    menu=("Categorías", "Ofertas", "Cupones", "Supermercado", "Moda"),
    crumbs=(("Electrodomésticos", "/c/electrodomesticos"), ("Heladeras", "/c/heladeras")),
    spec_head="Características del producto",
    spec_form="dl",
    specs=(("Marca", ""), ("Modelo", "NF382"), ("Capacidad", "382 L")),
    reviews=("Enfría muy bien.",),
    related_head="Quienes vieron este producto también compraron",
    related=(("Heladera Whirlpool WRM45AK", "$ 1.099.999"), ("Heladera Drean HDR400F11", "$ 899.999")),
    footer="Copyright © 1999-2025 MercadoLibre S.R.L.",
)
add("r2-meli-empty-marca-dd-next-label", url, html, None)

# must not fire: each passed with the brands.py this round started from (07c3021)

url, html = shop_page(
    host="shopee.tw",
    path="/Apple-AirPods-Pro-2-i.58001234.21234567890",
    lang="zh-Hant-TW",
    shop="Shopee 蝦皮購物",
    doc_title="Apple AirPods Pro 2 USB-C 台灣公司貨 | 蝦皮購物",
    title="Apple AirPods Pro 2 USB-C 台灣公司貨",
    price="$6,990",
    buy="加入購物車",
    seller="<div class='shop-section'><a class='shop-name' href='/xiaoming3c'>小明3C旗艦店</a><button>聊聊</button></div>",
    menu=TW_MENU,
    crumbs=(("蝦皮購物", "/"), ("手機平板與周邊", "/c/phones"), ("耳機", "/c/earphones")),
    spec_head="商品規格",
    specs=(("分類", "藍牙耳機"), ("出貨地", "台中市")),
    reviews=("正品，出貨快。",),
    related_head="你可能也喜歡",
    related=(("SONY WF-1000XM5", "$8,990"), ("Samsung Galaxy Buds3 Pro", "$7,490")),
    footer="© 2025 Shopee. 版權所有。",
)
quiet("r2-quiet-shopee-reseller-flagship-store-other-name", url, html, None)

url, html = shop_page(
    host="www.11st.co.kr",
    path="/products/5544339999",
    lang="ko-KR",
    shop="11번가",
    doc_title="[11번가] [특가] [1+1] 스텐 텀블러 500ml",
    title="[특가] [1+1] 스텐 텀블러 500ml",
    price="19,900원",
    buy="구매하기",
    menu=KR_MENU,
    crumbs=(("홈", "/"), ("주방용품", "/c/kitchen"), ("텀블러", "/c/tumbler")),
    spec_head="상품정보",
    specs=(("재질", "스테인리스"), ("용량", "500ml")),
    reviews=("써모스만큼 보온돼요.",),
    related_head="함께 본 상품",
    related=(("[써모스] 텀블러 500ml", "39,000원"), ("[락앤락] 텀블러", "15,900원")),
    footer="11번가(주) | 서울특별시 중구",
)
quiet("r2-quiet-kr-two-bracket-notes-no-brand", url, html, None)

url, html = shop_page(
    host="24h.pchome.com.tw",
    path="/prod/DMAC2M-A900G7XYZ",
    lang="zh-Hant-TW",
    shop="PChome 24h購物",
    doc_title="【TIGER 虎牌】【限時特價】不鏽鋼保溫杯 360ml MMZ-A036 - PChome 24h購物",
    title="【TIGER 虎牌】【限時特價】不鏽鋼保溫杯 360ml MMZ-A036",
    price="$690",
    buy="加入購物車",
    menu=TW_MENU,
    crumbs=(("24h購物", "/"), ("生活", "/region/DMAC"), ("保溫瓶", "/store/DMAC2M")),
    spec_head="商品規格",
    specs=(("型號", "MMZ-A036"), ("容量", "360ml")),
    reviews=("很輕。",),
    related_head="看了又看",
    related=(("【THERMOS 膳魔師】保溫瓶", "$990"), ("【ZOJIRUSHI 象印】保溫杯", "$1,190")),
    footer="網路家庭國際資訊股份有限公司 © PChome Online Inc.",
)
quiet("r2-quiet-tw-brand-bracket-before-note", url, html, "TIGER")

url, html = shop_page(
    host="www.unieuro.it",
    path="/online/Bollitori/bollitore-elettrico-1-7-l-pidBOLL17",
    lang="it-IT",
    shop="Unieuro",
    doc_title="Bollitore elettrico 1,7 L acciaio | Unieuro",
    title="Bollitore elettrico 1,7 L acciaio inox",
    price="24,90 €",
    buy="Aggiungi al carrello",
    menu=("Elettrodomestici", "Informatica", "Telefonia", "Marche"),
    crumbs=(
        ("Home", "/"),
        ("Piccoli elettrodomestici", "/online/Piccoli"),
        ("Bollitori", "/online/Bollitori"),
    ),
    spec_head="Scheda tecnica",
    specs=(("Marchio CE", "Sì"), ("Capacità", "1,7 L"), ("Potenza", "2200 W")),
    reviews=("Scalda in fretta.",),
    related_head="Potrebbe interessarti",
    related=(("Bollitore De'Longhi KBOV2001", "59,90 €"), ("Bollitore Bosch TWK3A013", "29,90 €")),
    footer="© 2025 Unieuro S.p.A.",
)
quiet("r2-quiet-it-marchio-ce-row", url, html, None)

url, html = shop_page(
    host="www.douglas.de",
    path="/de/p/5010123456",
    lang="de-DE",
    shop="Douglas",
    doc_title="Pflegende Körperlotion Bio-Aloe Vera 200 ml | Douglas",
    title="Pflegende Körperlotion Bio-Aloe Vera 200 ml",
    price="9,95 €",
    buy="In den Warenkorb",
    near="<a class='brand-logo' href='/de/b/logona/b2271'><img src='/medias/brands/logona.png' alt='Logona'></a>",
    menu=("Parfum", "Make-up", "Pflege", "Marken"),
    crumbs=(("Startseite", "/de"), ("Pflege", "/de/c/pflege"), ("Körperlotion", "/de/c/koerperlotion")),
    spec_head="Produktdetails",
    specs=(("Inhalt", "200 ml"), ("Hauttyp", "alle Hauttypen")),
    reviews=("Zieht schneller ein als Weleda.",),
    related_head="Das könnte Ihnen auch gefallen",
    related=(("Weleda Skin Food Body Lotion", "14,95 €"), ("Lavera Bodylotion", "7,95 €")),
    footer="© 2025 Douglas GmbH",
)
quiet("r2-quiet-brand-logo-alt-name-opening-with-logo", url, html, "Logona")

url, html = shop_page(
    host="www.bol.com",
    path="/nl/nl/p/philips-airfryer-xxl-hd9650-90/9200000123456789/",
    lang="nl-NL",
    shop="bol.",
    doc_title="Airfryer XXL HD9650/90 | bol",
    title="Airfryer XXL HD9650/90 - 1,4 kg",
    price="€ 219,00",
    buy="In winkelwagen",
    menu=("Speelgoed", "Elektronica", "Boeken", "Wonen"),
    crumbs=(("bol", "/"), ("Koken", "/nl/nl/l/koken/"), ("Airfryers", "/nl/nl/l/airfryers/")),
    spec_head="Specificaties",
    specs=(("Merk", "<img src='/img/brands/philips.svg' alt='Philips'>"), ("Inhoud", "1,4 kg")),
    reviews=("Groter dan mijn Tefal.",),
    related_head="Vaak samen gekocht",
    related=(("Tefal Easy Fry XXL", "€ 129,99"), ("Ninja AF160EU", "€ 179,00")),
    footer="© 1999-2025 bol.",
)
quiet("r2-quiet-merk-cell-logo-only-value", url, html, "Philips")

url, html = shop_page(
    host="www.ebay.com",
    path="/itm/395123450000",
    lang="en-US",
    shop="eBay",
    doc_title="Nike Air Force 1 '07 White Men's Size 10 CW2288-111 | eBay",
    title="Nike Air Force 1 '07 White Men's Size 10 CW2288-111",
    price="US $89.99",
    buy="Buy It Now",
    seller="<div class='x-sellercard-atf'><a href='/str/sneakervault'>sneaker_vault</a><span>(12,004)</span>"
    "<span>99.8% positive</span></div>",
    menu=("Electronics", "Motors", "Fashion", "Collectibles"),
    crumbs=(
        ("eBay", "/"),
        ("Clothing, Shoes & Accessories", "/b/Clothing-Shoes-Accessories/11450/bn_1852545"),
        ("Men's Sneakers", "/b/Mens-Sneakers/15709/bn_57918"),
    ),
    spec_head="Item specifics",
    specs=(("Condition", "New with box"), ("Brand", "Nike"), ("Model", "Air Force 1")),
    reviews=("Genuine, fast shipping.",),
    related_head="Similar sponsored items",
    related=(("Adidas Samba OG White", "US $99.00"), ("New Balance 550 White Green", "US $109.99")),
    footer="Copyright © 1995-2025 eBay Inc. All Rights Reserved.",
)
quiet("r2-quiet-ebay-feedback-line-brand-row", url, html, "Nike")

url, html = shop_page(
    host="www.allbirds.com",
    path="/products/mens-tree-runners",
    lang="en-US",
    shop="Allbirds",
    doc_title="Men's Tree Runners | Allbirds",
    title="Men's Tree Runners",
    price="$98",
    buy="Add to Cart",
    menu=("Men", "Women", "New Arrivals", "Sale"),
    crumbs=(("Home", "/"), ("Men's Shoes", "/collections/mens")),
    spec_head="Materials",
    specs=(("Upper", "Eucalyptus tree fiber"), ("Midsole", "SweetFoam®")),
    desc="<p class='rating-summary'>4.6 out of 5</p><p>96% positive reviews</p>",
    reviews=("Most comfortable shoes I own.",),
    related_head="You May Also Like",
    related=(("Men's Tree Dasher 2", "$135"), ("Men's Wool Runners", "$98")),
    footer="© 2025 Allbirds, Inc. All Rights Reserved.",
)
quiet("r2-quiet-d2c-positive-reviews-line", url, html, "Allbirds")

url, html = shop_page(
    host="www.ercol.com",
    path="/products/teramo-dining-table",
    lang="en-GB",
    shop="ercol",
    doc_title="Teramo Dining Table | ercol",
    title="Teramo Dining Table",
    price="£1,295.00",
    buy="Add to basket",
    menu=("Dining", "Living", "Bedroom", "Stockists"),
    crumbs=(("Home", "/"), ("Dining", "/dining"), ("Tables", "/dining/tables")),
    spec_head="Dimensions",
    specs=(("Width", "150 cm"), ("Wood", "Solid oak")),
    desc="<p>Made in our Buckinghamshire factory. <a href='/stockists'>Find a stockist</a> near you.</p>",
    reviews=("Beautifully made.",),
    related_head="Complete the look",
    related=(("Teramo Dining Chair", "£395.00"), ("Teramo Sideboard", "£1,495.00")),
    footer="© 2025 ercol Furniture Ltd.",
)
quiet("r2-quiet-d2c-find-a-stockist", url, html, "ercol")

url, html = shop_page(
    host="www.fravega.com",
    path="/p/celular-a15-128gb-negro-990777/",
    lang="es-AR",
    shop="Frávega",
    doc_title="Celular A15 128GB Negro - Frávega",
    title="Celular A15 128GB Negro",
    price="$ 299.999",
    buy="Comprar",
    near="<a class='see-all' href='/l/celulares/'>Ver todos los productos de Celulares</a>",
    menu=("Celulares", "TV", "Heladeras", "Ofertas"),
    crumbs=(("Inicio", "/"), ("Celulares", "/l/celulares/")),
    spec_head="Especificaciones",
    specs=(("Pantalla", '6.5"'), ("Memoria interna", "128 GB")),
    reviews=("Buena batería.",),
    related_head="Productos que te pueden interesar",
    related=(("Celular Moto G54 5G", "$ 399.999"), ("Celular Redmi 13C", "$ 249.999")),
    footer="© 2025 Frávega S.A.C.I.e I.",
)
add("r2-multibrand-retailer-legal-form-no-brand-menu", url, html, None)
quiet(
    "r2-quiet-see-all-products-of-category",
    url,
    html.replace("<li><a href='/c/ofertas'>Ofertas</a></li>", "<li><a href='/c/marcas'>Marcas</a></li>"),
    None,
)

url, html = shop_page(
    host="www.fravega.com",
    path="/p/heladera-no-frost-382-lts-inox-990888/",
    lang="es-AR",
    shop="Frávega",
    doc_title="Heladera No Frost 382 Lts Inox - Frávega",
    title="Heladera No Frost 382 Lts Inox",
    price="$ 1.199.999",
    buy="Comprar",
    menu=("Celulares", "TV", "Heladeras", "Ofertas"),
    crumbs=(("Inicio", "/"), ("Heladeras", "/l/heladeras/")),
    spec_head="Especificaciones",
    specs=(("Capacidad total", "382 L"), ("Color", "Inox")),
    reviews=("Silenciosa.",),
    related_head="Productos que te pueden interesar",
    related=(("Heladera Whirlpool WRM45AK", "$ 1.099.999"), ("Heladera Drean HDR400F11", "$ 899.999")),
    footer="© 2025 Frávega S.A.C.I.e I.",
)
html = html.replace(
    "<span class='card-title'>Heladera Whirlpool WRM45AK</span></a>",
    "<span class='card-title'>Heladera Whirlpool WRM45AK</span></a><a class='card-brand' href='/l/?marcas=whirlpool'>Whirlpool</a>",
).replace(
    "<span class='card-title'>Heladera Drean HDR400F11</span></a>",
    "<span class='card-title'>Heladera Drean HDR400F11</span></a><a class='card-brand' href='/l/?marcas=drean'>Drean</a>",
)
add("r2-card-brand-facet-links-no-house", url, html, None)

url, html = shop_page(
    host="www.allegro.pl",
    path="/oferta/odkurzacz-pionowy-g10-15012340000",
    lang="pl-PL",
    shop="Allegro",
    doc_title="Odkurzacz pionowy G10 - 15012340000 - Allegro.pl",
    title="Odkurzacz pionowy G10 bezprzewodowy",
    price="699,00 zł",
    buy="Dodaj do koszyka",
    near="<div class='product-brand'><a href='/marka/xiaomi'>Xiaomi</a></div><span class='badge'>Oficjalny sklep marki</span>",
    menu=("Elektronika", "Dom i Ogród", "Moda", "Dziecko"),
    crumbs=(
        ("Allegro", "/"),
        ("Elektronika", "/kategoria/elektronika"),
        ("Odkurzacze", "/kategoria/odkurzacze"),
    ),
    spec_head="Parametry",
    specs=(("Stan", "Nowy"), ("Model", "G10")),
    reviews=("Dobry odkurzacz.",),
    related_head="Podobne oferty",
    related=(("Dyson V8 Absolute", "1 499,00 zł"), ("Dreame R10 Pro", "999,00 zł")),
    footer="© 2025 Allegro.pl sp. z o.o.",
)
quiet("r2-quiet-brand-element-beside-official-badge", url, html, "Xiaomi")


# ---- round 3 (after round 2's fixes, aimed at what the labels and paths read): Korean and Taiwanese maker
# labels, a "compatible brand" row written brand-first, Croatian brand crumbs and paths --------------------

url, html = shop_page(
    host="www.lotteon.com",
    path="/p/product/LO2187650000",
    lang="ko-KR",
    shop="롯데ON",
    doc_title="10인용 IH 전기압력밥솥 CRH-TWS1011E - 롯데ON",
    title="10인용 IH 전기압력밥솥 CRH-TWS1011E",
    price="259,000원",
    buy="장바구니 담기",
    menu=KR_MENU,
    crumbs=(("홈", "/"), ("주방가전", "/c/kitchen"), ("전기밥솥", "/c/ricecooker")),
    spec_head="상품정보 제공고시",
    specs=(
        ("품명 및 모델명", "전기압력밥솥 CRH-TWS1011E"),
        ("제조자(수입자)", "(주)쿠첸"),
        ("제조국", "대한민국"),
        ("A/S 책임자와 전화번호", "쿠첸 고객센터 1588-8008"),
    ),
    reviews=("쿠쿠보다 가벼워요.",),
    related_head="함께 본 상품",
    related=(("쿠쿠 10인용 IH 압력밥솥", "299,000원"), ("쿠첸 6인용 밥솥", "159,000원")),
    footer="롯데쇼핑(주) e커머스사업부",
)
add("r3-kr-jejoja-suipja-row", url, html, "(주)쿠첸")

url, html = shop_page(
    host="www.tkec.com.tw",
    path="/prod/TATUNG-TAC-10L-TW998877",
    lang="zh-Hant-TW",
    shop="燦坤線上購物",
    doc_title="10人份不鏽鋼電鍋 TAC-10L | 燦坤線上購物",
    title="10人份不鏽鋼電鍋 TAC-10L-MG",
    price="$3,490",
    buy="加入購物車",
    menu=TW_MENU,
    crumbs=(("首頁", "/"), ("廚房家電", "/c/kitchen"), ("電鍋", "/c/cooker")),
    spec_head="商品規格",
    specs=(("製造商", "大同"), ("型號", "TAC-10L-MG"), ("容量", "10人份")),
    reviews=("比國際牌的好洗。",),
    related_head="看過此商品的人也看了",
    related=(("【Panasonic 國際牌】10人份電子鍋", "$6,990"), ("【象印】10人份電子鍋", "$8,990")),
    footer="燦坤實業股份有限公司 © 2025 版權所有",
)
add("r3-tw-zhizaoshang-row", url, html, "大同")

url, html = shop_page(
    host="www.eprice-shop.it",
    path="/cover-iphone-15-magsafe-trasparente-esr",
    lang="it-IT",
    shop="ePRICE",
    doc_title="Cover per iPhone 15 MagSafe Trasparente | ePRICE",
    title="Cover per iPhone 15 MagSafe Trasparente Antiurto",
    price="15,99 €",
    buy="Aggiungi al carrello",
    menu=("Telefonia", "Informatica", "Elettrodomestici", "Marche"),
    crumbs=(("Home", "/"), ("Telefonia", "/telefonia"), ("Cover", "/telefonia/cover")),
    spec_head="Caratteristiche",
    specs=(
        ("Marca compatibile", "Apple"),
        ("Modello compatibile", "iPhone 15"),
        ("Marca", "ESR"),
        ("Colore", "Trasparente"),
    ),
    reviews=("Meglio della cover Apple.",),
    related_head="Potrebbe interessarti",
    related=(("Cover Spigen Ultra Hybrid iPhone 15", "16,99 €"), ("Cover Apple Silicone MagSafe", "59,00 €")),
    footer="© 2025 ePRICE S.r.l.",
)
add("r3-it-marca-compatibile-row-first", url, html, "ESR")

url, html = shop_page(
    host="www.tiendamia-tec.com.ar",
    path="/producto/cargador-25w-tipo-c-carga-rapida",
    lang="es-AR",
    shop="TecnoMía",
    doc_title="Cargador 25W Tipo C Carga Rápida | TecnoMía",
    title="Cargador 25W Tipo C Carga Rápida",
    price="$ 11.999",
    buy="Agregar al carrito",
    menu=("Celulares", "Accesorios", "Audio", "Marcas"),
    crumbs=(("Inicio", "/"), ("Accesorios", "/accesorios"), ("Cargadores", "/accesorios/cargadores")),
    spec_head="Especificaciones",
    specs=(("Marca compatible", "Samsung"), ("Potencia", "25 W"), ("Conector", "USB-C")),
    reviews=("Carga bien mi Samsung.",),
    related_head="Productos relacionados",
    related=(("Cargador Samsung Original 25W", "$ 24.999"), ("Cable USB-C 1m", "$ 4.999")),
    footer="© 2025 TecnoMía",
)
add("r3-ar-marca-compatible-row-only", url, html, None)

url, html = shop_page(
    host="www.links.hr",
    path="/hr/usisivac-bez-vrecice-bgs05a220-050312999",
    lang="hr-HR",
    shop="Links",
    doc_title="Usisavač bez vrećice BGS05A220 | Links",
    title="Usisavač bez vrećice BGS05A220, 700 W",
    price="99,99 €",
    buy="Dodaj u košaricu",
    menu=("Računala", "Kućanski aparati", "Mobiteli", "Brendovi"),
    crumbs=(
        ("Početna", "/hr/"),
        ("Brendovi", "/hr/brendovi"),
        ("Bosch", "/hr/brendovi/bosch"),
        ("Usisavači", "/hr/usisavaci"),
    ),
    spec_head="Specifikacije",
    specs=(("Snaga", "700 W"), ("Spremnik", "1,4 l")),
    reviews=("Tih i jak.",),
    related_head="Slični proizvodi",
    related=(("Rowenta Swift Power usisavač", "109,99 €"), ("Philips 2000 Series usisavač", "129,99 €")),
    footer="© 2025 Links d.o.o.",
)
add("r3-hr-brendovi-crumb", url, html, "Bosch")

url, html = shop_page(
    host="www.sancta-domenica.hr",
    path="/glacalo-na-paru-ts5020-bosch.html",
    lang="hr-HR",
    shop="Sancta Domenica",
    doc_title="Glačalo na paru TDA5020 - Sancta Domenica",
    title="Glačalo na paru TDA5020, 2400 W",
    price="49,99 €",
    buy="U košaricu",
    near="<div class='product-brand-line'><a href='/brend/tefal'>Tefal</a></div>",
    menu=("Mali kućanski aparati", "Bijela tehnika", "TV", "Računala"),
    crumbs=(("Početna", "/"), ("Mali kućanski aparati", "/mali-kucanski-aparati"), ("Glačala", "/glacala")),
    spec_head="Karakteristike",
    specs=(("Snaga", "2400 W"), ("Para", "40 g/min")),
    reviews=("Bolje od Philipsa.",),
    related_head="Preporučujemo",
    related=(("Philips Azur 8000", "89,99 €"), ("Rowenta Focus Excel", "69,99 €")),
    footer="© 2025 Sancta Domenica d.o.o.",
)
html = html.replace("class='product-brand-line'", "class='product-line'")
add("r3-hr-brend-path-link-over-title", url, html, "Tefal")

url, html = shop_page(
    host="www.wildberries.ru",
    path="/catalog/187650000/detail.aspx",
    lang="ru-RU",
    shop="Wildberries",
    doc_title="Утюг с паровой станцией GC9682/80 — купить в интернет-магазине Wildberries",
    title="Утюг с паровой станцией GC9682/80",
    price="24990 ₽",
    buy="Добавить в корзину",
    menu=RU_MENU,
    crumbs=(("Главная", "/"), ("Бытовая техника", "/catalog/bytovaya-tehnika"), ("Утюги", "/catalog/utyugi")),
    spec_head="Характеристики",
    spec_form="dl",
    specs=(("Торговая марка", "Philips"), ("Мощность", "2700 Вт"), ("Цвет", "черный")),
    reviews=("Лучше моего Tefal.",),
    related_head="Похожие товары",
    related=(("Утюг Tefal FV9845", "19990 ₽"), ("Утюг Braun TexStyle 9", "17990 ₽")),
    footer="© Wildberries 2004–2025. Все права защищены.",
)
add("r3-ru-torgovaya-marka-dl", url, html, "Philips")


# must not fire for round 3's fixes: each passed with round 2's brands.py

url, html = shop_page(
    host="www.lotteon.com",
    path="/p/product/LO2187651111",
    lang="ko-KR",
    shop="롯데ON",
    doc_title="무선 핸디 청소기 H9 - 롯데ON",
    title="무선 핸디 청소기 H9",
    price="189,000원",
    buy="장바구니 담기",
    menu=KR_MENU,
    crumbs=(("홈", "/"), ("생활가전", "/c/living"), ("청소기", "/c/vacuum")),
    spec_head="상품정보 제공고시",
    specs=(
        ("품질보증기준", "제조자 및 소비자분쟁해결기준에 따름"),
        ("브랜드", "샤오미"),
        ("제조국", "중국"),
    ),
    reviews=("가볍고 좋아요.",),
    related_head="함께 본 상품",
    related=(("다이슨 V8 무선청소기", "499,000원"), ("LG 코드제로 A9", "699,000원")),
    footer="롯데쇼핑(주) e커머스사업부",
)
quiet("r3-quiet-kr-warranty-cell-opening-with-maker-word", url, html, "샤오미")

url, html = shop_page(
    host="www.tkec.com.tw",
    path="/prod/ZOJIRUSHI-NL-GAF18-TW998800",
    lang="zh-Hant-TW",
    shop="燦坤線上購物",
    doc_title="10人份微電腦電子鍋 NL-GAF18 | 燦坤線上購物",
    title="10人份微電腦電子鍋 NL-GAF18",
    price="$8,990",
    buy="加入購物車",
    menu=TW_MENU,
    crumbs=(("首頁", "/"), ("廚房家電", "/c/kitchen"), ("電子鍋", "/c/rice-cooker")),
    spec_head="商品規格",
    specs=(("保固", "製造商保固一年"), ("品牌", "象印"), ("型號", "NL-GAF18")),
    reviews=("煮飯很香。",),
    related_head="看過此商品的人也看了",
    related=(("【TIGER 虎牌】10人份電子鍋", "$6,990"), ("【Panasonic 國際牌】10人份電子鍋", "$8,490")),
    footer="燦坤實業股份有限公司 © 2025 版權所有",
)
quiet("r3-quiet-tw-warranty-opening-with-maker-word", url, html, "象印")

url, html = shop_page(
    host="www.compudirect.example",
    path="/p/compaq-presario-cq61-battery",
    lang="en-US",
    shop="CompuDirect",
    doc_title="Presario CQ61 Laptop Battery 6-Cell | CompuDirect",
    title="Presario CQ61 Laptop Battery 6-Cell",
    price="$39.99",
    buy="Add to Cart",
    near="<p class='spec-line'>Brand Compaq</p>",
    menu=("Laptops", "Parts", "Batteries", "Brands"),
    crumbs=(("Home", "/"), ("Parts", "/c/parts"), ("Batteries", "/c/batteries")),
    spec_head="Specifications",
    specs=(("Cells", "6"), ("Voltage", "10.8 V")),
    reviews=("Original Compaq part, works.",),
    related_head="Related",
    related=(("HP 15 Laptop Battery", "$44.99"), ("Dell Inspiron Battery", "$42.99")),
    footer="© 2025 CompuDirect",
)
quiet("r3-quiet-brand-name-opening-with-compa", url, html, "Compaq")

url, html = shop_page(
    host="www.links.hr",
    path="/hr/usisavac-bez-vrecice-1200w-050312888",
    lang="hr-HR",
    shop="Links",
    doc_title="Usisavač bez vrećice 1200 W | Links",
    title="Usisavač bez vrećice 1200 W",
    price="69,99 €",
    buy="Dodaj u košaricu",
    menu=("Računala", "Kućanski aparati", "Mobiteli", "Brendovi"),
    crumbs=(
        ("Početna", "/hr/"),
        ("Kućanski aparati", "/hr/kucanski-aparati"),
        ("Usisavači", "/hr/usisavaci"),
    ),
    spec_head="Specifikacije",
    specs=(("Snaga", "1200 W"), ("Spremnik", "2 l")),
    reviews=("Za ovu cijenu dobar.",),
    related_head="Slični proizvodi",
    related=(("Rowenta Swift Power usisavač", "109,99 €"), ("Philips 2000 Series usisavač", "129,99 €")),
    footer="© 2025 Links d.o.o.",
)
html = html.replace(
    "<span class='card-title'>Rowenta Swift Power usisavač</span></a>",
    "<span class='card-title'>Rowenta Swift Power usisavač</span></a><a href='/hr/brendovi/rowenta'>Rowenta</a>",
)
quiet("r3-quiet-hr-brendovi-menu-and-card-link", url, html, None)


# ---- round 4 (found probing round 1's PChome page without its bracketed brand): the marketplace's own name

url, html = shop_page(
    host="24h.pchome.com.tw",
    path="/prod/DMAC2M-A900G7QQQ",
    lang="zh-Hant-TW",
    shop="PChome 24h購物",
    doc_title="加厚316不鏽鋼保溫杯 500ml - PChome 24h購物",
    title="加厚316不鏽鋼保溫杯 500ml",
    price="$299",
    buy="加入購物車",
    menu=("3C", "家電", "生活", "美妝"),
    crumbs=(("24h購物", "/"), ("生活", "/region/DMAC"), ("保溫瓶", "/store/DMAC2M")),
    spec_head="商品規格",
    specs=(("材質", "316不鏽鋼"), ("容量", "500ml")),
    reviews=("好用。",),
    related_head="看了又看",
    related=(("【THERMOS 膳魔師】保溫瓶", "$990"), ("【ZOJIRUSHI 象印】保溫杯", "$1,190")),
    footer="網路家庭國際資訊股份有限公司 © PChome Online Inc.",
)
add("r4-pchome-no-brand-cards-bracketed-makers", url, html, None)

url, html = shop_page(
    host="www.sampo.com.tw",
    path="/product/SK-FA16BD",
    lang="zh-Hant-TW",
    shop="SAMPO 聲寶",
    doc_title="16吋 DC直流節能風扇 SK-FA16BD | SAMPO 聲寶",
    title="16吋 DC直流節能風扇 SK-FA16BD",
    price="$2,490",
    buy="加入購物車",
    menu=("電視", "冰箱", "洗衣機", "季節家電"),
    crumbs=(("首頁", "/"), ("季節家電", "/c/season"), ("電風扇", "/c/fan")),
    spec_head="產品規格",
    specs=(("型號", "SK-FA16BD"), ("尺寸", "16吋")),
    reviews=("很安靜。",),
    related_head="推薦商品",
    related=(("【SAMPO 聲寶】14吋 DC 風扇 SK-FA14BD", "$1,990"), ("【SAMPO 聲寶】循環扇 SK-FC10", "$1,690")),
    footer="© 2025 SAMPO Corporation. 聲寶股份有限公司 版權所有",
)
quiet("r4-quiet-tw-maker-shop-cards-own-bracket", url, html, "SAMPO")


# ---- round 5 (aimed probes: a logo inside the heading, a seller's logo in the buy box, brand links with ids,
# an "other brands" value) ----------------------------------------------------------------------------------

url, html = shop_page(
    host="www.elgiganten.example",
    path="/product/wh-1000xm5-wireless-headphones/549876",
    lang="en-GB",
    shop="Elgiganten",
    doc_title="WH-1000XM5 wireless noise-cancelling headphones (black) | Elgiganten",
    title="WH-1000XM5 wireless noise-cancelling headphones (black)",
    price="£299.00",
    buy="Add to basket",
    menu=("TV & Audio", "Phones", "Computers", "Gaming"),
    crumbs=(("Home", "/"), ("TV & Audio", "/tv-audio"), ("Headphones", "/headphones")),
    spec_head="Specifications",
    specs=(("Type", "Over-ear"), ("Battery life", "30 h")),
    reviews=("Better than my Bose.",),
    related_head="Customers also bought",
    related=(("Bose QuietComfort 45", "£249.00"), ("JBL Tune 770NC", "£89.99")),
    footer="© 2025 Elgiganten Ltd",
)
html = html.replace(
    "<h1 class='product-title'>WH-1000XM5",
    "<h1 class='product-title'><img class='manufacturer' src='/logos/sony.svg' alt='Sony'> WH-1000XM5",
)
add("r5-logo-inside-heading-before-model", url, html, "Sony")

url, html = shop_page(
    host="www.otto.de",
    path="/p/galaxy-s24-128-gb-onyx-black-S0K3U0AB/",
    lang="de-DE",
    shop="OTTO",
    doc_title="Galaxy S24 128 GB Onyx Black | OTTO",
    title="Galaxy S24 128 GB Onyx Black",
    price="749,00 €",
    buy="In den Warenkorb",
    seller="<div class='seller-box'><span>Verkauf und Versand durch</span><img class='seller-logo' "
    "src='/img/partner/mediamarkt-logo.png' alt='MediaMarkt'></div>",
    menu=("Technik", "Wohnen", "Mode", "Sale"),
    crumbs=(("OTTO", "/"), ("Technik", "/technik/"), ("Smartphones", "/technik/smartphones/")),
    spec_head="Produktdetails",
    specs=(("Speicher", "128 GB"), ("Farbe", "Onyx Black")),
    reviews=("Schneller als mein altes iPhone.",),
    related_head="Das könnte dir auch gefallen",
    related=(("Apple iPhone 15 128 GB", "799,00 €"), ("Google Pixel 8 128 GB", "599,00 €")),
    footer="© 2025 Otto (GmbH &amp; Co KG)",
)
add("r5-otto-partner-seller-logo-no-brand", url, html, None)

url, html = shop_page(
    host="www.wildberries.ru",
    path="/catalog/199876543/detail.aspx",
    lang="ru-RU",
    shop="Wildberries",
    doc_title="Наушники беспроводные Tune 520BT — купить в интернет-магазине Wildberries",
    title="Наушники беспроводные Tune 520BT",
    price="3290 ₽",
    buy="Добавить в корзину",
    near="<a class='product-page__header-brand' href='/brands/310491893-jbl'>JBL</a>",
    menu=RU_MENU,
    crumbs=(("Главная", "/"), ("Электроника", "/catalog/elektronika"), ("Наушники", "/catalog/naushniki")),
    spec_head="Характеристики",
    spec_form="dl",
    specs=(("Тип", "накладные"), ("Время работы", "57 ч")),
    reviews=("Звук отличный.",),
    related_head="Похожие товары",
    related=(("Наушники Sony WH-CH520", "3990 ₽"), ("Наушники Xiaomi Redmi Buds 5", "2490 ₽")),
    footer="© Wildberries 2004–2025. Все права защищены.",
)
html = html.replace("class='product-page__header-brand'", "class='product-page__header-link'")
add("r5-wildberries-brand-link-id-before-name", url, html, "JBL")

url, html = shop_page(
    host="tw.buy.yahoo.com",
    path="/gdsale/storage-box-10998899.html",
    lang="zh-Hant-TW",
    shop="Yahoo奇摩購物中心",
    doc_title="掀蓋式收納箱 60L 三入組 - Yahoo奇摩購物中心",
    title="掀蓋式收納箱 60L 三入組",
    price="$899",
    buy="放入購物車",
    menu=TW_MENU,
    crumbs=(("購物中心", "/"), ("居家", "/c/home"), ("收納箱", "/c/storage")),
    spec_head="商品規格",
    specs=(("品牌", "其他品牌"), ("容量", "60L"), ("數量", "3入")),
    reviews=("很耐用。",),
    related_head="你可能也喜歡",
    related=(("【KEYWAY 聯府】收納箱 50L", "$699"), ("【樹德】收納箱 45L", "$599")),
    footer="© 2025 Yahoo Taiwan Holdings Limited.",
)
add("r5-yahoo-tw-other-brands-value", url, html, None)


url, html = shop_page(
    host="www.zalando.si",
    path="/other-stories-pulover-iz-volne-oth21i0a1-q11.html",
    lang="sl-SI",
    shop="Zalando",
    doc_title="Pulover iz volne - black | Zalando.si",
    title="Pulover iz volne - black",
    price="89,00 €",
    buy="Dodaj v košarico",
    menu=("Ženske", "Moški", "Otroci", "Znamke"),
    crumbs=(("Zalando", "/"), ("Ženske", "/zenske/"), ("Puloverji", "/zenske-puloverji/")),
    spec_head="Podrobnosti",
    specs=(("Znamka", "&amp; Other Stories"), ("Material", "100 % volna")),
    reviews=("Lep in topel.",),
    related_head="Podobni izdelki",
    related=(("Vero Moda pulover", "39,99 €"), ("ONLY pulover", "29,99 €")),
    footer="© 2025 Zalando SE",
)
quiet("r5-quiet-brand-name-holding-other", url, html, "& Other Stories")


# ---- round 6 (probes of round 1's bracket fix): "for <brand>" written inside the title's brackets -----------


def shopee_tw(*, title: str, pid: str, specs: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    """A Shopee TW listing of a small seller: no brand row, the seller's shop box, 你可能也喜歡 cards."""
    return shop_page(
        host="shopee.tw",
        path=f"/{slug(title)[:20]}-i.66001234.{pid}",
        lang="zh-Hant-TW",
        shop="Shopee 蝦皮購物",
        doc_title=f"{title} | 蝦皮購物",
        title=title,
        price="$399",
        buy="加入購物車",
        seller="<div class='shop-section'><a class='shop-name' href='/cleanhome88'>潔淨家居生活館</a><button>聊聊</button></div>",
        menu=TW_MENU,
        crumbs=(("蝦皮購物", "/"), ("居家生活", "/c/home"), ("吸塵器配件", "/c/vacuum-parts")),
        spec_head="商品規格",
        specs=specs,
        reviews=("跟原廠的差不多。",),
        related_head="你可能也喜歡",
        related=(("HEPA 濾網 2入 通用款", "$299"), ("吸塵器 除塵刷頭", "$199")),
        footer="© 2025 Shopee. 版權所有。",
    )


url, html = shopee_tw(
    title="【適用 Dyson 戴森】V10 V11 吸塵器 HEPA濾網 2入",
    pid="23456780001",
    specs=(("適用型號", "V10 / V11"), ("數量", "2入"), ("出貨地", "新北市")),
)
add("r6-shopee-shiyong-brand-in-brackets", url, html, None)

url, html = shopee_tw(
    title="【適用Dyson】V8 V10 吸塵器 後置濾網",
    pid="23456780002",
    specs=(("適用型號", "V8 / V10"), ("出貨地", "台南市")),
)
add("r6-shopee-shiyong-glued-to-brand", url, html, None)

url, html = shopee_tw(
    title="【Dyson專用】V15 壁掛充電座 免打孔",
    pid="23456780003",
    specs=(("材質", "ABS"), ("出貨地", "桃園市")),
)
add("r6-shopee-zhuanyong-dedicated-for-brand", url, html, None)

url, html = shop_page(
    host="www.coupang.com",
    path="/vp/products/8123450000?itemId=5&vendorItemId=6",
    lang="ko-KR",
    shop="쿠팡",
    doc_title="[다이슨용] V10 V11 필터 2개입 - 청소기 필터 | 쿠팡",
    title="[다이슨용] V10 V11 필터 2개입",
    price="11,900원",
    buy="장바구니 담기",
    near="<a class='prod-brand-name' href='#'></a>",
    seller="<div class='prod-sale-vendor'>판매자: <a href='/vp/vendors/A00077665'>클린하우스</a></div>",
    menu=KR_MENU,
    crumbs=(
        ("쿠팡 홈", "/"),
        ("가전디지털", "/np/categories/178255"),
        ("청소기 부품", "/np/categories/178777"),
    ),
    spec_head="필수 표기정보",
    specs=(("품명 및 모델명", "V10 V11 필터"), ("제조국", "중국")),
    reviews=("잘 맞아요.",),
    related_head="다른 고객이 함께 본 상품",
    related=(("다이슨 정품 V10 필터", "39,000원"), ("샤오미 청소기 호환 필터", "9,900원")),
    footer="쿠팡(주) | 대표이사 강한승",
)
add("r6-coupang-yong-suffix-for-brand", url, html, None)

url, html = shopee_tw(
    title="【Dyson 戴森】V10 原廠後置濾網",
    pid="23456780004",
    specs=(("型號", "969082-01"), ("出貨地", "台北市")),
)
quiet("r6-quiet-genuine-brand-bracket-original-part", url, html, "Dyson")

url, html = shop_page(
    host="www.coupang.com",
    path="/vp/products/8123451111?itemId=7&vendorItemId=8",
    lang="ko-KR",
    shop="쿠팡",
    doc_title="[쿠쿠] 6인용 전기압력밥솥 CRP-P0660FD | 쿠팡",
    title="[쿠쿠] 6인용 전기압력밥솥 CRP-P0660FD",
    price="189,000원",
    buy="장바구니 담기",
    near="<a class='prod-brand-name' href='#'></a>",
    menu=KR_MENU,
    crumbs=(("쿠팡 홈", "/"), ("주방가전", "/np/categories/1"), ("밥솥", "/np/categories/2")),
    spec_head="필수 표기정보",
    specs=(("품명 및 모델명", "CRP-P0660FD"), ("제조국", "대한민국")),
    reviews=("밥맛 좋아요.",),
    related_head="다른 고객이 함께 본 상품",
    related=(("쿠첸 6인용 밥솥", "159,000원"), ("위닉스 밥솥", "99,000원")),
    footer="쿠팡(주) | 대표이사 강한승",
)
quiet("r6-quiet-kr-brand-bracket-then-yong-word", url, html, "쿠쿠")


# ---- round 7 (probes of the brand rows themselves): a third-party seller writing the brand its part fits
# where the brand goes ------------------------------------------------------------------------------------


def parts_page(
    *,
    host: str,
    lang: str,
    shop: str,
    title: str,
    price: str,
    buy: str,
    label: str,
    value: str,
    words: tuple[str, ...],
) -> tuple[str, str]:
    """A spare-parts shop's listing: its spec block's first row `label` | `value` (the brand field), the
    rest in the market's words (`words`: spec heading, pack row label, related heading, review)."""
    head, pack, related, review = words
    return shop_page(
        host=host,
        path=f"/p/{slug(title)[:40]}",
        lang=lang,
        shop=shop,
        doc_title=f"{title} | {shop}",
        title=title,
        price=price,
        buy=buy,
        menu=("Home", "Vacuum Parts", "Deals"),
        crumbs=(("Home", "/"), ("Vacuum Parts", "/c/parts")),
        spec_head=head,
        specs=((label, value), (pack, "2")),
        reviews=(review,),
        related_head=related,
        related=(("Brush Head", price), ("Wall Mount", price)),
        footer=f"© 2025 {shop}",
    )


EN = ("Specifications", "Pack", "Related products", "Fits well.")
url, html = parts_page(
    host="www.vacparts-direct.example",
    lang="en-GB",
    shop="VacParts Direct",
    title="HEPA Post-Motor Filter 2-Pack, Washable",
    price="£14.99",
    buy="Add to basket",
    label="Brand",
    value="Compatible with Dyson",
    words=EN,
)
add("r7-brand-row-compatible-with", url, html, None)

url, html = parts_page(
    host="www.staubsauger-teile.example",
    lang="de-DE",
    shop="Staubsauger-Teile",
    title="Filter-Set 2 Stück, waschbar",
    price="12,99 €",
    buy="In den Warenkorb",
    label="Marke",
    value="passend für Dyson",
    words=("Technische Daten", "Stückzahl", "Ähnliche Artikel", "Passt gut."),
)
add("r7-marke-passend-fuer", url, html, None)

url, html = parts_page(
    host="www.pylesos-zapchasti.example",
    lang="ru-KZ",
    shop="Запчасти для пылесосов",
    title="Фильтр HEPA, 2 шт.",
    price="4 990 ₸",
    buy="В корзину",
    label="Бренд",
    value="для Dyson",
    words=("Характеристики", "Количество", "Похожие товары", "Подошел."),
)
add("r7-brend-dlya", url, html, None)

url, html = parts_page(
    host="www.vacparts.example.tw",
    lang="zh-Hant-TW",
    shop="吸塵器耗材館",
    title="HEPA 後置濾網 2入",
    price="$399",
    buy="加入購物車",
    label="品牌",
    value="適用Dyson",
    words=("商品規格", "數量", "推薦商品", "很合。"),
)
add("r7-pinpai-shiyong", url, html, None)

url, html = parts_page(
    host="www.vacparts-direct.example",
    lang="en-US",
    shop="VacParts Direct",
    title="Cordless Vacuum Battery 4000mAh",
    price="$39.99",
    buy="Add to Cart",
    label="Brand",
    value="Dyson Compatible",
    words=EN,
)
add("r7-brand-row-name-then-compatible", url, html, None)

# must not fire: each passed with round 6's brands.py
url, html = parts_page(
    host="www.wearables-shop.example",
    lang="en-US",
    shop="Wearables Shop",
    title="Charge 6 Fitness Tracker, Obsidian",
    price="$159.95",
    buy="Add to Cart",
    label="Brand",
    value="Fitbit",
    words=EN,
)
quiet("r7-quiet-brand-opening-with-fit", url, html, "Fitbit")

url, html = parts_page(
    host="www.porzellan-haus.example",
    lang="de-DE",
    shop="Porzellan-Haus",
    title="Kaffeebecher Wave 0,3 l, weiß",
    price="24,90 €",
    buy="In den Warenkorb",
    label="Marke",
    value="Fürstenberg",
    words=("Technische Daten", "Stückzahl", "Ähnliche Artikel", "Schön."),
)
quiet("r7-quiet-brand-opening-with-fuer", url, html, "Fürstenberg")

url, html = parts_page(
    host="www.jeans-outlet.example",
    lang="en-GB",
    shop="Jeans Outlet",
    title="Anbass Slim Fit Jeans, Dark Blue",
    price="£89.00",
    buy="Add to basket",
    label="Brand",
    value="Replay",
    words=EN,
)
quiet("r7-quiet-brand-opening-with-repl", url, html, "Replay")


XFAIL: dict[str, str] = {
    "r3-kr-jejoja-suipja-row": "Korean notices' '제조자(수입자)' row names the maker OR the importer: read, it gave "
    "test_brand_review5's Coleman chair (r4-coupang-brand-event-banner) its importer '(주)캠프라인코리아' as the "
    "brand; the row alone does not tell which (tried in round 3 and dropped)",
    "us-bh-brand-headphones-crumb": "the last crumb 'Sony Headphones' is the parent crumb 'Headphones' with a name "
    "before it, and the title does not name Sony: a rule reading the qualifier would read 'Wireless Headphones' "
    "under 'Headphones' as the brand 'Wireless' as well; nothing on the page tells a maker from an adjective",
    "hr-links-title-opens-brand-desc-repeats": "the brand only as the title's first word ('Logitech MX Master 3S "
    "bežični miš') on a multi-brand shop naming it nowhere as a brand (no row, link, logo): the first word of a "
    "title is as often a product line, a type word or an adjective ('Galaxy', 'Solid Oak ...'); test_brand_review5 "
    "left the same kind ('Пылесос Dyson ...'): a guess would cost precision",
    "si-mimovrste-title-opens-brand-url-slug": "as hr-links-title-opens-brand-desc-repeats: the title's first word "
    "'Rowenta', repeated only by the URL's slug of the title",
    "tw-shopee-mall-official-flagship-seller": "a marketplace's official store ('Samsung 三星官方旗艦店', a 商城 badge) "
    "over a title not opening with its name ('Galaxy Buds3 Pro'): test_brand_review4 decided a store calling itself "
    "official names the brand only where the title opens with it (a reseller's 'Jaya Official Store'); the "
    "marketplace's verification badge ('商城', '공식') is markup no rule reads yet",
    "kr-11st-official-store-seller": "as tw-shopee-mall-official-flagship-seller: 'LG전자 공식스토어' over '트롬 "
    "드럼세탁기' (TROMM, LG's washer line)",
    "r2-multibrand-retailer-legal-form-no-brand-menu": "test_brand_review4's CampSaver kind: a multi-brand retailer "
    "whose page shows no brand menu, brand link, seller line or stockist line, its copyright 'Frávega S.A.C.I.e I.' "
    "spelling the host with a legal form, is read as the house of an unbranded product; nothing on the page tells it "
    "from a maker's own shop",
}


@pytest.mark.parametrize("c", case_params(CASES + MUST_NOT_FIRE, XFAIL))
def test_brand(c: Case) -> None:
    got = extract_product(c.html, c.url)
    assert got is not None, "no listing"
    assert got.get("brand_claimed") == c.brand


def test_counts() -> None:
    assert len(CASES) >= 30 and len(MUST_NOT_FIRE) >= 15


def test_cases_have_no_structured_data() -> None:
    for c in CASES + MUST_NOT_FIRE:
        assert not carries_structured_data(c.html), c.id
