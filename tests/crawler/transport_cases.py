"""The cases of the transport shop (tests/crawler/transport_shop.py): one product page per case,
or a page that must give no listing. `build(shop)` registers every case, its answers and the
index pages linking to it (the home page, an Amazon-style search page, an EUC-KR category page,
a windows-1251 category page with <base href>, and /sitemap.xml)."""

from __future__ import annotations

import re
from html import escape
from urllib.parse import quote

from tests.crawler.transport_shop import (
    SLOW_SECONDS,
    Case,
    Served,
    TransportShop,
    amazon_page,
    compressed,
    html_answer,
    product_page,
)

UTF8_META = '<meta charset="utf-8">'


def header(label: str) -> tuple[str, str]:
    """(head markup, Content-Type) declaring `label` only in the HTTP header."""
    return "", f"text/html; charset={label}"


def meta(label: str) -> tuple[str, str]:
    return f'<meta charset="{label}">', "text/html"


def http_equiv(label: str) -> tuple[str, str]:
    return f'<meta http-equiv="Content-Type" content="text/html; charset={label}">', "text/html"


NONE = ("", "text/html")

# key, lang, title, price text, price, codec of the bytes, (head, Content-Type), BOM
CHARSET_CASES = [
    ("c01", "tw big5 in the header", "zh-TW", "無線藍牙耳機 降噪版", "NT$1,290", 1290.0, "cp950", header("big5"), False),
    ("c02", "tw big5 in meta charset, cp950 bytes", "zh-TW", "碁盤 圍棋組 檜木", "NT$ 2,480", 2480.0, "cp950",
     meta("big5"), False),
    ("c03", "tw big5 in http-equiv, cp950 bytes", "zh-TW", "恒溫電熱水瓶 3L", "NT$1,590", 1590.0, "cp950",
     http_equiv("big5"), False),
    ("c04", "kr euc-kr in the header", "ko", "무선 블루투스 이어폰 프로", "39,000원", 39000.0, "cp949",
     header("euc-kr"), False),
    ("c05", "kr euc-kr in meta charset, cp949 bytes", "ko", "똠양꿍 컵라면 6개입", "8,900원", 8900.0, "cp949",
     meta("euc-kr"), False),
    ("c06", "kr ks_c_5601-1987 in http-equiv", "ko", "남성 경량 패딩 점퍼 샾", "129,000원", 129000.0, "cp949",
     http_equiv("ks_c_5601-1987"), False),
    ("c07", "kz windows-1251 quoted in the header", "ru", "Ковёр шерстяной «Алатау» 200×300", "12 990 ₸",
     12990.0, "cp1251", ("", 'text/html; charset="windows-1251"'), False),
    ("c08", "kz WINDOWS-1251 upper-case in the header", "ru", "Чайник электрический 1,7 л", "8 490 тг.", 8490.0,
     "cp1251", ("", "text/html; CHARSET=WINDOWS-1251"), False),
    ("c09", "ru koi8-r in http-equiv", "ru", "Рюкзак туристический 45 л", "3 299 руб.", 3299.0, "koi8_r",
     http_equiv("koi8-r"), False),
    ("c10", "ru windows-1251 header, meta says utf-8", "ru", "Термос стальной 1 л", "1 150 руб.", 1150.0, "cp1251",
     ('<meta charset="utf-8">', "text/html; charset=windows-1251"), False),
    ("c11", "ru koi8-r undeclared", "ru", "Куртка зимняя мужская", "5 990 руб.", 5990.0, "koi8_r", NONE, False),
    ("c12", "kz utf-8 undeclared, Content-Language only", "kk", "Қазақ ұлттық шапаны", "45 000 ₸", 45000.0,
     "utf-8", NONE, False),
    ("c13", "si windows-1250 in meta charset", "sl", "Čokoladni bonboni Žužemberk 250 g", "12,99 €", 12.99,
     "cp1250", meta("windows-1250"), False),
    ("c14", "hr iso-8859-2 in the header", "hr", "Keramička šalica Đurđevak", "89,00 kn", 89.0, "iso8859_2",
     header("iso-8859-2"), False),
    ("c15", "hr windows-1250 header without a space", "hr", "Kožna torbica Šibenik", "349,00 kn", 349.0, "cp1250",
     ("", "text/html;charset=windows-1250"), False),
    ("c16", "si ISO-8859-2 upper-case in http-equiv", "sl", "Ženska jakna Škofja Loka", "79,90 EUR", 79.9,
     "iso8859_2", http_equiv("ISO-8859-2"), False),
    ("c17", "ar iso-8859-1 in the header", "es-AR", "Zapatillas Running Niño Talle 35", "$ 45.999", 45999.0,
     "cp1252", header("iso-8859-1"), False),
    ("c18", "ar windows-1252 in http-equiv", "es-AR", "Mate Imperial “Gaucho” de calabaza", "$12.999,50",
     12999.5, "cp1252", http_equiv("windows-1252"), False),
    ("c19", "ar utf-8 BOM, meta says iso-8859-1", "es-AR", "Camiseta Selección Argentina 2026", "$ 89.999",
     89999.0, "utf-8", meta("iso-8859-1"), True),
    ("c20", "ar utf-8 BOM, header says iso-8859-1", "es-AR", "Dulce de leche clásico 1 kg", "$ 3.450", 3450.0,
     "utf-8", header("iso-8859-1"), True),
    ("c21", "si windows-1250 undeclared", "sl", "Usnjeni čevlji, črni", "89,99 €", 89.99, "cp1250", NONE, False),
    ("c22", "kr euc-kr undeclared", "ko", "가습기 대용량 초음파", "45,000원", 45000.0, "cp949", NONE, False),
    ("c23", "tw big5 undeclared", "zh-TW", "陶瓷馬克杯 簡約款", "NT$350", 350.0, "cp950", NONE, False),
    ("c70", "ar utf-16le with a BOM, undeclared", "es-AR", "Cuchillo criollo de acero", "$ 12.300", 12300.0,
     "utf-16-le", NONE, True),
    ("c71", "kz x-cp1251 (a WHATWG label) in the header", "ru", "Пуховик женский зимний", "39 990 ₸", 39990.0,
     "cp1251", header("x-cp1251"), False),
    ("c73", "ar iso-8859-1 header over windows-1252 bytes (curly quotes, dash)", "es-AR",
     "Remera “Clásica” – algodón", "$ 11.900", 11900.0, "cp1252", header("iso-8859-1"), False),
]  # fmt: skip

REGION = {"zh-TW": "tw", "ko": "kr", "ru": "ru", "kk": "kz", "sl": "si", "hr": "hr", "es-AR": "ar", "it": "it",
          "de": "de"}  # fmt: skip


def add_page(
    shop: TransportShop,
    case: Case,
    lang: str,
    price_text: str,
    served_at: str,
    codec: str = "utf-8",
    decl: tuple[str, str] = (UTF8_META, "text/html; charset=utf-8"),
    bom: bool = False,
    head: str = "",
    src: str = "",
) -> Served:
    """Build the case's product page, register it at `served_at` and fill the case's text/image."""
    case.image = case.image or f"/img/{case.token}.jpg"
    text = product_page(lang, case.title or "", price_text, src or case.image, case.token, decl[0] + head)
    served = html_answer(text, codec, decl[1], bom)
    case.text = served.body.decode({"utf-8": "utf-8-sig", "utf-16-le": "utf-16"}.get(codec, codec))
    case.at = case.at or served_at
    shop.cases.append(case)
    shop.add(case, served_at, served)
    return served


def charset_cases(shop: TransportShop) -> None:
    for token, key, lang, title, price_text, price, codec, decl, bom in CHARSET_CASES:
        href = f"/{REGION[lang]}/p/{token}"
        case = Case(key, "charset", token, href, title, price)
        served = add_page(shop, case, lang, price_text, href, codec, decl, bom)
        if token == "c12":
            served.headers["Content-Language"] = "kk"


def pct_lower(url: str) -> str:
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), url)


def euckr(text: str) -> str:
    return quote(text.encode("cp949"))


def url_cases(shop: TransportShop) -> None:
    """Non-ASCII, spaced, plus-signed and fragment links; query values in UTF-8 and EUC-KR."""
    kr_path = "/kr/상품/무선-충전기-c24"
    rows = [
        # token, key, lang, title, price text, price, href, browser-equivalent URL, codec, head
        ("c24", "korean path raw in href", "ko", "무선 충전기 15W", "25,900원", 25900.0, kr_path,
         quote(kr_path), "utf-8", ""),
        ("c25", "chinese path raw in href", "zh-TW", "不鏽鋼保溫瓶 500ml", "NT$690", 690.0, "/tw/商品/保溫瓶-c25",
         quote("/tw/商品/保溫瓶-c25"), "utf-8", ""),
        ("c26", "cyrillic path percent-encoded, lower-case escapes", "ru", "Термокружка 450 мл", "990 руб.", 990.0,
         pct_lower(quote("/ru/товары/термокружка-c26")), quote("/ru/товары/термокружка-c26"), "utf-8", ""),
        ("c27", "slovene path raw in href", "sl", "Čokolada Šumi 100 g", "2,49 €", 2.49, "/si/izdelki/čokolada-šumi-c27",
         quote("/si/izdelki/čokolada-šumi-c27"), "utf-8", ""),
        ("c28", "euc-kr query value percent-encoded", "ko", "블루투스 스피커", "59,000원", 59000.0,
         "/kr/goods_view.php?goodsno=c28&name=" + euckr("무선"), "/kr/goods_view.php?goodsno=c28&name=" + euckr("무선"),
         "cp949", ""),
        ("c30", "utf-8 query value percent-encoded", "zh-TW", "藍牙滑鼠 靜音版", "NT$590", 590.0,
         "/tw/search-item?id=c30&q=" + quote("藍牙"), "/tw/search-item?id=c30&q=" + quote("藍牙"), "utf-8", ""),
        ("c31", "spaces raw in the path", "es-AR", "Mate de calabaza natural", "$ 7.500", 7500.0,
         "/ar/productos/mate de calabaza c31", "/ar/productos/mate%20de%20calabaza%20c31", "utf-8", ""),
        ("c32", "plus in the path (a plus) and in the query (a space)", "es-AR", "Remera de algodón peinado",
         "$ 15.999", 15999.0, "/ar/p/remera+algodon-c32?talle=M+L", "/ar/p/remera+algodon-c32?talle=M+L", "utf-8", ""),
        ("c33", "upper-case percent escapes", "sl", "Črna majica s kapuco", "19,90 €", 19.9,
         "/si/p/%C4%8Crna-majica-c33", "/si/p/%C4%8Crna-majica-c33", "utf-8", ""),
        ("c34", "href with a #fragment (two links, two fragments)", "hr", "Automatski kišobran", "129,00 kn", 129.0,
         "/hr/p/c34#recenzije", "/hr/p/c34", "utf-8", ""),
    ]  # fmt: skip
    for token, key, lang, title, price_text, price, href, at, codec, head in rows:
        case = Case(key, "url", token, href, title, price)
        decl = (UTF8_META, "text/html; charset=utf-8") if codec == "utf-8" else header("euc-kr")
        add_page(shop, case, lang, price_text, at, codec, decl, head=head)
    shop.extra_links.append("/hr/p/c34#opis")
    # linked from the EUC-KR category page: a raw Korean query value, sent EUC-KR-encoded by a browser
    c29 = Case("korean query raw in an EUC-KR page", "url", "c29", "/kr/goods_view.php?goodsno=c29&name=스피커",
               "휴대용 미니 스피커", 19800.0, linked_from="/kr/category.php?cate=c92")  # fmt: skip
    add_page(shop, c29, "ko", "19,800원", "/kr/goods_view.php?goodsno=c29&name=" + euckr("스피커"), "cp949",
             header("euc-kr"))  # fmt: skip
    # linked from the windows-1251 category page carrying <base href="/kz/catalog/">
    c35 = Case("relative link under <base href> to another folder", "url", "c35", "item-c35.html", "Термос 1 л",
               6500.0, linked_from="/kz/list/c93.html")  # fmt: skip
    add_page(shop, c35, "kk", "6 500 ₸", "/kz/catalog/item-c35.html")
    c36 = Case("cyrillic path raw in a windows-1251 page", "url", "c36", "/kz/товар/чайник-c36",
               "Чайник заварочный", 4200.0, linked_from="/kz/list/c93.html")  # fmt: skip
    add_page(shop, c36, "kk", "4 200 ₸", quote("/kz/товар/чайник-c36"))
    # a product page whose <base href> names another folder: its relative image resolves there
    c37 = Case("product page with <base href> to another folder", "url", "c37", "/kz/p/c37", "Пиала керамическая",
               1800.0, image="/kz/media/img/c37.jpg")  # fmt: skip
    add_page(shop, c37, "kk", "1 800 ₸", "/kz/p/c37", head='<base href="/kz/media/">', src="img/c37.jpg")


def canonical_cases(shop: TransportShop) -> None:
    """Pages naming themselves as canonical in another spelling of their own URL."""
    ru = quote("/ru/товары/термос-c39")
    rows = [
        # token, key, lang, title, price text, price, href, served at, canonical href
        ("c38", "canonical raw Korean, page linked percent-encoded", "ko", "휴대용 선풍기", "15,900원", 15900.0,
         quote("/kr/상품/선풍기-c38"), quote("/kr/상품/선풍기-c38"), "/kr/상품/선풍기-c38"),
        ("c39", "canonical with lower-case escapes, page linked upper-case", "ru", "Термос походный 0,75 л", "1 490 руб.",
         1490.0, ru, ru, pct_lower(ru)),
        ("c40", "canonical with the query in another order", "zh-TW", "棉質T恤 紅色", "NT$450", 450.0,
         "/tw/item?id=c40&color=red", "/tw/item?id=c40&color=red", "/tw/item?color=red&id=c40"),
        ("c52", "canonical with a #fragment", "hr", "Drvena daska za rezanje", "99,00 kn", 99.0, "/hr/p/c52",
         "/hr/p/c52", "/hr/p/c52#top"),
        ("c53", "canonical with a trailing slash that 301s back to the page", "hr", "Lanena stolnjak", "189,00 kn",
         189.0, "/hr/p/c53", "/hr/p/c53", "/hr/p/c53/"),
        ("c54", "canonical absolute on this host", "sl", "Lesena žlica", "4,90 €", 4.9, "/si/p/c54", "/si/p/c54",
         "http://@@HOST@@/si/p/c54"),
        ("c55", "canonical https on this host (no TLS served)", "sl", "Bombažna brisača", "14,90 €", 14.9, "/si/p/c55",
         "/si/p/c55", "https://@@HOST@@/si/p/c55"),
        ("c77", "canonical disallowed by robots.txt", "hr", "Pamučni ručnik", "45,00 kn", 45.0, "/hr/p/c77",
         "/hr/p/c77", "/hr/skriveno/c77"),
        ("c64", "canonical with the query in another order (no facet key)", "zh-TW", "棉質T恤 短袖", "NT$420", 420.0,
         "/tw/item?id=c64&cat=12", "/tw/item?id=c64&cat=12", "/tw/item?cat=12&id=c64"),
        # two products of a template naming one canonical URL that shows no product, two naming one that 404s
        ("c60", "canonical shared with another product, showing no product", "ko", "스테인리스 텀블러", "12,000원",
         12000.0, "/kr/shop/goods_view.php?goodsno=c60", "/kr/shop/goods_view.php?goodsno=c60",
         "/kr/shop/goods_view.php"),
        ("c61", "canonical shared with another product, showing no product", "ko", "실리콘 주방 장갑", "7,500원",
         7500.0, "/kr/shop/goods_view.php?goodsno=c61", "/kr/shop/goods_view.php?goodsno=c61",
         "/kr/shop/goods_view.php"),
        ("c62", "canonical shared with another product, 404", "sl", "Keramični krožnik", "8,90 €", 8.9, "/si/p/c62",
         "/si/p/c62", "/si/izdelek"),
        ("c63", "canonical shared with another product, 404", "sl", "Stekleni kozarec", "3,20 €", 3.2, "/si/p/c63",
         "/si/p/c63", "/si/izdelek"),
    ]  # fmt: skip
    for token, key, lang, title, price_text, price, href, at, canonical in rows:
        case = Case(key, "canonical", token, href, title, price)
        add_page(shop, case, lang, price_text, at, head=f'<link rel="canonical" href="{escape(canonical)}">')
    c53 = next(c for c in shop.cases if c.token == "c53")
    redirect(shop, c53, "/hr/p/c53/", 301, "/hr/p/c53")
    next(c for c in shop.cases if c.token == "c55").stored_url = "https://@@HOST@@/si/p/c55"
    variant_cases(shop)


def variant_cases(shop: TransportShop) -> None:
    """Must-not-fire cases for canonical links: one product under several URLs stays one listing.
    Every URL of the product answers with the product page (each naming the canonical URL), so
    each row leading to any of them counts for the case."""
    rows = [
        # token, key, lang, title, price text, price, canonical URL, other URLs (all linked)
        ("c65", "alias paths naming one canonical page", "hr", "Vunena deka plava", "259,00 kn", 259.0,
         "/hr/p/c65", ["/hr/proizvod/vunena-deka-c65", "/hr/akcija/c65"]),
        ("c66", "query variants naming their path as canonical", "es-AR", "Termo de acero 1 L", "$ 35.000", 35000.0,
         "/ar/p/c66", ["/ar/p/c66?vista=galeria", "/ar/p/c66?origen=home"]),
        ("c67", "two URLs naming each other as canonical", "sl", "Pletena košara", "24,90 €", 24.9,
         "/si/p/c67", ["/si/p/c67-b"]),
    ]  # fmt: skip
    for token, key, lang, title, price_text, price, canonical, others in rows:
        case = Case(key, "canonical", token, others[0], title, price)
        head = f'<link rel="canonical" href="{canonical}">'
        add_page(
            shop,
            case,
            lang,
            price_text,
            canonical,
            head=head if token != "c67" else f'<link rel="canonical" href="{others[0]}">',
        )
        for other in others:
            add_page(shop, case, lang, price_text, other, head=head)
            shop.cases.pop()
        shop.extra_links.extend(others[1:] + [canonical] if token != "c65" else others[1:])
    gone = Case(
        "product page without its goodsno (no product)", "none", "c94", "/kr/shop/goods_view.php", None
    )
    shop.cases.append(gone)
    empty = "<html><body><script>alert('상품이 존재하지 않습니다.');history.back();</script></body></html>"
    shop.add(gone, gone.href, html_answer(empty, "utf-8", "text/html; charset=utf-8"))


def link_cases(shop: TransportShop) -> None:
    """Link markup: rel=nofollow, a ;jsessionid path parameter, whitespace, protocol-relative."""
    rows = [
        ("c56", "link with rel=nofollow", "it", "Moka Express 3 tazze", "29,90 €", 29.9, "/it/p/c56"),
        ("c57", "href with a ;jsessionid path parameter", "zh-TW", "竹製砧板", "NT$880", 880.0,
         "/tw/product.do;jsessionid=A1B2C3D4?id=c57"),
        ("c58", "href with whitespace and a newline around it", "es-AR", "Yerba mate 1 kg", "$ 4.200", 4200.0,
         "\n   /ar/p/c58   \n"),
        ("c59", "protocol-relative href", "es-AR", "Bombilla de alpaca", "$ 6.800", 6800.0, "//@@HOST@@/ar/p/c59"),
    ]  # fmt: skip
    for token, key, lang, title, price_text, price, href in rows:
        case = Case(key, "url", token, href, title, price)
        at = href.strip().replace("//@@HOST@@", "")
        add_page(shop, case, lang, price_text, at)
        if token == "c57":
            add_page(shop, case, lang, price_text, "/tw/product.do?id=c57")
            shop.cases.pop()
        if token == "c56":
            case.linked_from = "/s?k=headphones&crid=c91"


AMAZON_CASES = [
    # ASIN, market, title, price, href (from the search page), slug
    ("B0TRAN0001", "com", "Sony WH-1000XM5 Wireless Noise Canceling Headphones, Black", 348.0,
     "/Sony-WH-1000XM5-Wireless-Headphones/dp/B0TRAN0001/ref=sr_1_1?keywords=headphones&qid=1764547200&sr=8-1",
     "Sony-WH-1000XM5-Wireless-Headphones"),
    ("B0TRAN0002", "co.uk", "Anker USB C Charger 30W, Compact Fast Charger", 24.99, "/dp/B0TRAN0002/ref=sr_1_2",
     "Anker-Charger-Compact"),
    ("B0TRAN0003", "de", "Bosch Akkuschrauber IXO mit Bit-Set", 49.99, "/gp/product/B0TRAN0003", "Bosch-Akkuschrauber"),
    ("B0TRAN0004", "fr", "Tefal Bouilloire électrique Express 1,7 L", 39.99,
     "/Tefal-Bouilloire-Electrique/dp/B0TRAN0004?th=1&psc=1", "Tefal-Bouilloire-Electrique"),
    ("B0TRAN0005", "it", "Lavazza Caffè Macinato Qualità Rossa, 4 x 250 g", 12.9,
     "/Lavazza-Caff%C3%A8-Macinato/dp/B0TRAN0005/ref=sr_1_5?__mk_it_IT=%C3%85M%C3%85%C5%BD%C3%95%C3%91"
     "&keywords=caff%C3%A8", "Lavazza-Caffe-Macinato"),
    # a sponsored result: a click-tracking URL redirecting to the product named in its `url` value
    ("B0TRAN0006", "com", "Etekcity Digital Kitchen Scale, Stainless Steel", 9.99,
     "/sspa/click?ie=UTF8&spc=MTo0NTY3ODkw&url=%2FEtekcity-Kitchen-Scale%2Fdp%2FB0TRAN0006%2Fref%3Dsr_1_1_sspa"
     "%3Fpsc%3D1", "Etekcity-Kitchen-Scale"),
]  # fmt: skip
# links a search page carries with rel=nofollow that no crawl may follow (cart, sort order)
NOFOLLOW_DENIED = ["/gp/aws/cart/add.html?ASIN.1=B0TRAN0001", "/s?k=headphones&s=price-asc-rank&sort=price"]


def amazon_cases(shop: TransportShop) -> None:
    for asin, market, title, price, href, slug in AMAZON_CASES:
        case = Case(f"amazon .{market} {href.split('?')[0][:40]}", "amazon", asin, href, title, price)
        case.image = f"/images/I/{asin}._AC_SL1500_.jpg"  # the data-old-hires one
        case.linked_from = "/s?k=headphones&crid=c91"
        case.text = amazon_page(market, title, slug, asin, price)
        case.at = href
        shop.cases.append(case)
        shop.asins[asin.encode()] = (asin, html_answer(case.text, "utf-8", "text/html;charset=UTF-8"))
        if href.startswith("/sspa/"):
            case.at = f"/{slug}/dp/{asin}/ref=sr_1_1_sspa?psc=1"
            redirect(shop, case, href, 302, case.at)


def redirect(shop: TransportShop, case: Case, at: str, status: int, location: str) -> None:
    shop.add(case, at, Served(status=status, headers={"Location": location}))


def http_cases(shop: TransportShop) -> None:
    """Redirect chains, header shapes, content codings, a slow answer and a session cookie."""
    mk = lambda token, key, title, price, href: Case(key, "http", token, href, title, price)  # noqa: E731
    c = mk("c41", "301 then 302 to the product", "Cafetera italiana 6 tazas", 24999.0, "/ar/go/c41")
    add_page(shop, c, "es-AR", "$ 24.999", "/ar/p/c41")
    redirect(shop, c, "/ar/go/c41", 301, "/ar/moved/c41")
    redirect(shop, c, "/ar/moved/c41", 302, "/ar/p/c41")
    c = mk(
        "c42",
        "three hops 307, 307, 302 with relative Locations",
        "Zaino da trekking 30 L",
        59.9,
        "/it/r1/c42",
    )
    add_page(shop, c, "it", "59,90 €", "/it/p/c42")
    redirect(shop, c, "/it/r1/c42", 307, "../r2/c42")
    redirect(shop, c, "/it/r2/c42", 307, "r3/../../r3/c42")
    redirect(shop, c, "/it/r3/c42", 302, "/it/p/c42")
    c = mk("c43", "302 with raw UTF-8 Korean in Location", "전기 주전자 1.7L", 32000.0, "/kr/go/c43")
    add_page(shop, c, "ko", "32,000원", quote("/kr/상품/주전자-c43"))
    redirect(shop, c, "/kr/go/c43", 302, "/kr/상품/주전자-c43")
    c = mk("c44", "302 to an EUC-KR percent-encoded query", "전기 포트 미니", 21000.0, "/kr/go/c44")
    target = "/kr/goods_view.php?goodsno=c44&name=" + quote("주전자".encode("cp949"))
    add_page(shop, c, "ko", "21,000원", target, "cp949", header("euc-kr"))
    redirect(shop, c, "/kr/go/c44", 302, target)
    c = mk(
        "c45", "no Content-Type header (meta charset only)", "Lámpara de escritorio LED", 18500.0, "/ar/p/c45"
    )
    add_page(shop, c, "es-AR", "$ 18.500", "/ar/p/c45", decl=(UTF8_META, None))
    c = mk("c46", "text/html;charset=utf-8 without a space", "Reloj de pared moderno", 9990.0, "/ar/p/c46")
    add_page(shop, c, "es-AR", "$ 9.990", "/ar/p/c46", decl=("", "text/html;charset=utf-8"))
    for token, coding, title, price_text, price in [
        ("c47", "gzip", "Set de cuchillos de acero", "$ 32.000", 32000.0),
        ("c48", "deflate", "Pava eléctrica 1,7 L", "$ 27.999", 27999.0),
    ]:
        c = mk(token, f"Content-Encoding: {coding}", title, price, f"/ar/p/{token}")
        plain = add_page(shop, c, "es-AR", price_text, f"/ar/p/{token}")
        shop.add(c, f"/ar/p/{token}", compressed(plain, coding))
    c = mk(
        "c49",
        f"a page answering after {SLOW_SECONDS} s (within the timeout)",
        "Tetera de hierro fundido",
        21000.0,
        "/ar/p/c49",
    )
    add_page(shop, c, "es-AR", "$ 21.000", "/ar/p/c49").delay = SLOW_SECONDS
    c = mk(
        "c50",
        "302 setting the session cookie the page needs",
        "Bluetooth-Lautsprecher wasserdicht",
        34.99,
        "/de/p/c50",
    )
    add_page(shop, c, "de", "34,99 €", "/de/p/c50").needs_cookie = "c50-session"
    c = mk("c51", "application/xhtml+xml", "Tazza in ceramica dipinta", 8.5, "/it/p/c51")
    served = add_page(shop, c, "it", "8,50 €", "/it/p/c51", decl=("", "application/xhtml+xml; charset=utf-8"))
    served.body = served.body.replace(b"<html ", b'<html xmlns="http://www.w3.org/1999/xhtml" ')
    c.text = served.body.decode()
    more_http_cases(shop, mk)


def more_http_cases(shop: TransportShop, mk) -> None:  # noqa: ANN001
    """303 and 308 hops, x-gzip, a Refresh header, and a Content-Length larger than the page."""
    c = mk("c78", "Content-Encoding: x-gzip", "Cuchara de madera", 2900.0, "/ar/p/c78")
    plain = add_page(shop, c, "es-AR", "$ 2.900", "/ar/p/c78")
    shop.add(c, "/ar/p/c78", compressed(plain, "gzip", "x-gzip"))
    c = mk(
        "c79",
        "empty 200 page with a Refresh: 0 header to the product",
        "Tabla de asado",
        16400.0,
        "/ar/old/c79",
    )
    add_page(shop, c, "es-AR", "$ 16.400", "/ar/p/c79")
    stub = Served(
        body=b"<html><body></body></html>",
        headers={"Content-Type": "text/html", "Refresh": "0; url=/ar/p/c79"},
    )
    shop.add(c, "/ar/old/c79", stub)
    c = mk(
        "c95", "429 with Retry-After: 1 until a second has passed", "Cafetera de émbolo", 13200.0, "/ar/p/c95"
    )
    add_page(shop, c, "es-AR", "$ 13.200", "/ar/p/c95").retry_after = 1
    # must not fire: product pages carrying a Refresh header keep their listing, their refresh unfollowed
    for token, title, price_text, price, refresh in [
        ("c83", "Vaso térmico", "$ 8.900", 8900.0, "5; url=/ar/promo-c83"),
        ("c84", "Set de mate completo", "$ 19.500", 19500.0, "300"),
    ]:
        c = mk(token, f"product page with a Refresh: {refresh} header", title, price, f"/ar/p/{token}")
        add_page(shop, c, "es-AR", price_text, f"/ar/p/{token}").headers["Refresh"] = refresh
    c = mk("c69", "303 then 308 to the product", "Parrilla de hierro", 54000.0, "/ar/go/c69")
    add_page(shop, c, "es-AR", "$ 54.000", "/ar/p/c69")
    redirect(shop, c, "/ar/go/c69", 303, "/ar/moved/c69")
    redirect(shop, c, "/ar/moved/c69", 308, "/ar/p/c69")
    c = mk("c74", "Content-Length 200 bytes larger than the page, then closed", "Mochila urbana", 38500.0,
           "/ar/p/c74")  # fmt: skip
    add_page(shop, c, "es-AR", "$ 38.500", "/ar/p/c74").short_by = 200
    # must not fire: a first answer lost before the price is retried and the whole page stored; a page
    # whose connection always drops inside <head> gives no listing
    c = mk(
        "c76", "first answer cut before the price, the retry whole", "Sombrero de paja", 15700.0, "/ar/p/c76"
    )
    served = add_page(shop, c, "es-AR", "$ 15.700", "/ar/p/c76")
    served.cut_at, served.cut_times = served.body.index(b"$ 15.700"), 1
    cut = Case("connection always lost inside <head>", "none", "c75", "/ar/p/c75", None)
    shop.cases.append(cut)
    page = product_page("es-AR", "Poncho de lana", "$ 42.000", "/img/c75.jpg", "c75")
    shop.add(cut, cut.href, Served(body=page.encode(), headers={"Content-Type": "text/html"}, cut_at=200))


def no_listing_cases(shop: TransportShop) -> None:
    """Pages that must give no listing: index pages with prices, and a redirect ending in a 404."""
    gone = Case("301 to a page that is gone (404)", "none", "c90", "/ar/go/c90", None)
    shop.cases.append(gone)
    redirect(shop, gone, "/ar/go/c90", 301, "/ar/p/c90-gone")
    for token, key, href in [
        ("c91", "Amazon-style search results with prices", "/s?k=headphones&crid=c91"),  # any /s answers
        ("c92", "EUC-KR category page with prices", "/kr/category.php?cate=c92"),
        ("c93", "windows-1251 category page with <base href>", "/kz/list/c93.html"),
    ]:
        shop.cases.append(Case(key, "none", token, href, None))


def index_page(title: str, links: list[tuple[str, ...]], head: str = "", charset: str = "utf-8") -> str:
    """A list of links with prices; a link is (href, label, price[, rel])."""
    items = "\n".join(
        f'<li class="item"><a href="{escape(h)}"{rel and f" rel={rel!r}"}>{escape(label)}</a>'
        f' <span class="price">{p}</span></li>'
        for h, label, p, *more in links
        for rel in [more[0] if more else ""]
    )
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="{charset}">{head}<title>{escape(title)}</title></head>\n'
        f'<body><h1>{escape(title)}</h1>\n<ul class="results">\n{items}\n</ul></body></html>\n'
    )


def index_pages(shop: TransportShop) -> None:
    """The home page and the three listing pages, linking every case from its `linked_from`."""
    none = {c.token: c for c in shop.cases if c.kind == "none"}
    by_page: dict[str, list] = {}
    for c in shop.cases:
        if c.kind != "none" or c.token == "c90":
            price = f"{c.price:,.2f}" if c.price else ""
            rel = "nofollow" if "nofollow" in c.key else ""
            by_page.setdefault(c.linked_from, []).append((c.href, c.title or c.key, price, rel))
    home = by_page.pop("/") + [(h, "again", "") for h in shop.extra_links]
    home += [(c.href, c.key, "") for c in none.values() if c.token != "c90"]
    index = Case("home page", "none", "index", "/", None)
    shop.add(index, "/", html_answer(index_page("Shop index", home), "utf-8", "text/html; charset=utf-8"))
    results = by_page[none["c91"].href] + [(h, "more", "", "nofollow") for h in NOFOLLOW_DENIED]
    search = html_answer(index_page("Results for headphones", results), "utf-8", "text/html")
    shop.add(none["c91"], "/s", search)
    kr = index_page("전체상품", by_page[none["c92"].href], charset="euc-kr")
    shop.add(none["c92"], none["c92"].href, html_answer(kr, "cp949", "text/html; charset=euc-kr"))
    kz = index_page(
        "Каталог", by_page[none["c93"].href], head='<base href="/kz/catalog/">', charset="windows-1251"
    )
    shop.add(none["c93"], none["c93"].href, html_answer(kz, "cp1251", "text/html; charset=windows-1251"))


def sitemap_cases(shop: TransportShop) -> None:
    """Products listed only in /sitemap.xml (robots.txt names no sitemap, the spider guesses it),
    which starts with blank lines before its XML declaration (as some CMS plugins write it)."""
    rows = [
        ("c80", "sitemap <loc> with raw Korean characters", "ko", "보온 도시락", "23,000원", 23000.0,
         "/kr/상품/도시락-c80", quote("/kr/상품/도시락-c80")),
        ("c81", "sitemap <loc> with an &amp;-escaped query", "ko", "밀폐 용기 세트", "17,900원", 17900.0,
         "/kr/goods_view.php?goodsno=c81&amp;cate=001", "/kr/goods_view.php?goodsno=c81&cate=001"),
        ("c82", "sitemap <loc> with whitespace and newlines around the URL", "sl", "Lanena brisača", "11,90 €",
         11.9, "\n      /si/p/c82\n    ", "/si/p/c82"),
    ]  # fmt: skip
    locs = []
    for token, key, lang, title, price_text, price, loc, at in rows:
        case = Case(key, "sitemap", token, at, title, price, linked_from="/sitemap.xml")
        add_page(shop, case, lang, price_text, at)
        locs.append(loc.replace("/", "http://@@HOST@@/", 1))
    urls = "".join(f"<url><loc>{loc}</loc><lastmod>2026-11-30</lastmod></url>\n" for loc in locs)
    xml = f'\n\n<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
    index = Case("the sitemap", "none", "sitemap", "/sitemap.xml", None)
    shop.add(index, "/sitemap.xml", Served(body=xml.encode(), headers={"Content-Type": "application/xml"}))


def image_cases(shop: TransportShop) -> None:
    """Product images under non-ASCII, spaced, plus-signed and lower-case-escaped file names."""
    rows = [
        ("c85", "image src with raw Korean and a space", "ko", "스텐 텀블러 500ml", "14,900원", 14900.0,
         "/img/상품/텀블러 c85.jpg", "utf-8", header("utf-8")),
        ("c86", "image src with raw Korean in an EUC-KR page", "ko", "도자기 머그컵", "9,800원", 9800.0,
         "/img/사진-c86.jpg", "cp949", header("euc-kr")),
        ("c87", "image src percent-encoded with lower-case escapes", "ru", "Фоторамка деревянная", "690 руб.", 690.0,
         pct_lower(quote("/img/фото-c87.jpg")), "utf-8", header("utf-8")),
        ("c88", "image src with a plus and parentheses", "es-AR", "Remera algodón lisa", "$ 9.500", 9500.0,
         "/img/remera+algodon (1)-c88.jpg", "utf-8", header("utf-8")),
    ]  # fmt: skip
    for token, key, lang, title, price_text, price, src, codec, decl in rows:
        case = Case(key, "image", token, f"/{REGION[lang]}/p/{token}", title, price, image=src)
        add_page(shop, case, lang, price_text, case.href, codec, decl)


def build(shop: TransportShop) -> None:
    charset_cases(shop)
    url_cases(shop)
    canonical_cases(shop)
    link_cases(shop)
    amazon_cases(shop)
    http_cases(shop)
    no_listing_cases(shop)
    sitemap_cases(shop)
    image_cases(shop)
    index_pages(shop)
