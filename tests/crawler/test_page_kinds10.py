"""Issue 14, page recognition (stop 41): the kinds behind the strict xfails of test_non_product_pages,
written as NEW whole pages before reading crawler/heuristics/page.py and layout.py.

Kinds (each with >= 8 new pages and >= 8 must-not-fire pages):

A. ARTICLE: an article about products (review, buying guide, recipe with a shop box, forum thread,
   travel story, unboxing post, old Blogger post) with a price line and an affiliate or shop link;
   it is no product page and gives None.
B. SEVERAL: a page of several offers side by side, each with its own buy link or button (compare
   tables of two or three products, event lists with 'from' prices, tour lists); gives None.
C. OLD_PRODUCT: a 1997-2008 table/<font> product page of one item that gives a listing although it
   carries a 'You might also like' strip of other items, or only an 'Add to Cart' link (no form).

Must-not-fire:
- PRODUCT_LOOKALIKE: real product pages that look like kinds A/B (a product page with a long
  editorial description and dated reviews, a comparison table of its own variants, a ticket shop's
  single-event page with a buy form, a recipe-kit product, a Yoast og:type article Woo product,
  a product page with 'Frequently bought together', a journal teaser); each keeps its listing.
- OLD_NON_PRODUCT: old table/<font> pages that are not the page of one item (a catalog page of two
  or three items with 'Price:' lines, an old review page, an old 'specials' page, an old order
  form); each gives None.

Later families (B2, A2 and their must-not-fire pages, the classified ads) were written after the
first fixes, when the xfails of test_non_product_pages showed variants the first pages missed; their
"before" counts come from running them against the previous page.py / layout.py in one process.

- B2. SEVERAL_PLAIN: compare tables whose columns carry no picture link, plain buy buttons; two
  events, courses or tours as sibling blocks with a buy link each and no pictures.
- A2. OLD_AFFILIATE: 1999-2007 review pages whose 'Price:' line sits beside a link to another shop.
- PRODUCT_OFFERS: product pages with offers of their own (New/Renewed boxes, one-off and
  subscription, ticket zones, course dates, a size-price table, a plain 'goes with' strip).
- PRODUCT_ELSEWHERE: old pages whose cart lives on another host (a hosted cart, PayPal, a secure
  subdomain), a Yoast og:type-article page with an <h2> subtitle, a ticket page in an <article>
  with its date and a buy form, a game's 'Release date:' in an <article>.
- CLASSIFIEDS: classified ads in an <article> with a posting <time> (hr, sl, kz, it, fr, es, en, zh-TW).

First look (f7f61fd plus the tree's uncommitted changes of others, before any change here):
- A: 6 of 14 gave a listing (single-product reviews and recipes with one price box: de, fr, it,
  ko, kz, sl); the guide with three picks, the forum thread, the travel story, the old Blogger and
  old review pages already gave None. Plus the xfails blog_review_affiliate_en, buying_guide_de,
  recipe_shop_the_pan_en.
- B: 0 of 12 (cards with picture links are known cards). B2 (written after): 9 of 12 gave a
  listing (8 compare tables, the Argentine event pair; the sl/it/de ones read no buy phrase).
  Plus the xfails compare_two_en, event_tickets_es.
- C: 7 of 9 gave none (5 <font> pages titled by the shop's name with an 'Add to Cart' link, the
  de and fr related strips). Plus the xfails old_table_related_strip_en, old_font_no_form_en.
- A2 (written after): 5 of 8 gave a listing (en, de, fr, es, ru: the other shop's link read as a buy
  control of a page read by the fallbacks).
- Must-not-fire: PRODUCT_LOOKALIKE 9 of 9, OLD_NON_PRODUCT 8 of 8, PRODUCT_OFFERS 10 of 11 (the
  quantity-break table failed before: strict xfail; the three "-only" pages, offer boxes with no
  price beside the title, were added when a first offer_list without the item-link test lost two
  of them), PRODUCT_ELSEWHERE 9 of 9, CLASSIFIEDS 8 of 8 (added when a first article rule without
  the prose test lost the kr-daangn market page) passed before; all 44 pass after.

After (page.py): A, A2, B, B2, C pass but c-old-font-link-order-en (a titles.py ask, fixed by the lead:
`titles._copyright_holder`, a `<title>` naming exactly the copyright line's holder is the shop's name);
the eight xfails of test_non_product_pages pass.
"""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product

# --- page shells -------------------------------------------------------------------------------------

SHELL = {
    "en": ("Home", "Shop", "Journal", "About", "Search", "Cart", "Shipping", "Returns", "Contact"),
    "de": (
        "Startseite",
        "Shop",
        "Magazin",
        "Über uns",
        "Suche",
        "Warenkorb",
        "Versand",
        "Rückgabe",
        "Kontakt",
    ),
    "fr": (
        "Accueil",
        "Boutique",
        "Le mag",
        "À propos",
        "Rechercher",
        "Panier",
        "Livraison",
        "Retours",
        "Contact",
    ),
    "it": ("Home", "Negozio", "Blog", "Chi siamo", "Cerca", "Carrello", "Spedizioni", "Resi", "Contatti"),
    "es": ("Inicio", "Tienda", "Blog", "Nosotros", "Buscar", "Carrito", "Envíos", "Devoluciones", "Contacto"),
    "ko": ("홈", "쇼핑", "매거진", "회사소개", "검색", "장바구니", "배송안내", "반품안내", "고객센터"),
    "zh": ("首頁", "商店", "專欄", "關於我們", "搜尋", "購物車", "運送方式", "退換貨", "聯絡我們"),
    "ru": ("Главная", "Каталог", "Журнал", "О нас", "Поиск", "Корзина", "Доставка", "Возврат", "Контакты"),
    "sl": ("Domov", "Trgovina", "Blog", "O nas", "Iskanje", "Košarica", "Dostava", "Vračila", "Kontakt"),
    "hr": ("Početna", "Trgovina", "Blog", "O nama", "Pretraga", "Košarica", "Dostava", "Povrat", "Kontakt"),
}


def page(lang: str, title: str, body: str, head: str = "", site: str = "Shop") -> str:
    """A whole modern page: meta, a header with logo, menu, search and cart, `body`, a footer."""
    home, shop, mag, about, search, cart, ship, ret, contact = SHELL[lang]
    return (
        f"<!DOCTYPE html>\n<html lang='{lang}'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{title}</title>\n{head}\n<link rel='stylesheet' href='/assets/main.css'>\n</head>\n<body>\n"
        f"<header class='site-header'>\n<a class='logo' href='/'><img src='/assets/logo.svg' alt='{site}'></a>\n"
        f"<nav class='main-nav'><ul><li><a href='/'>{home}</a></li><li><a href='/shop/'>{shop}</a></li>"
        f"<li><a href='/blog/'>{mag}</a></li><li><a href='/about/'>{about}</a></li></ul></nav>\n"
        f"<form class='search' action='/search'><input type='search' name='q' placeholder='{search}'></form>\n"
        f"<a class='cart-link' href='/cart/'>{cart} (<span class='count'>0</span>)</a>\n</header>\n"
        f"<main id='content'>\n{body}\n</main>\n"
        f"<footer class='site-footer'>\n<ul><li><a href='/shipping/'>{ship}</a></li><li><a href='/returns/'>{ret}</a>"
        f"</li><li><a href='/contact/'>{contact}</a></li></ul>\n<p>&copy; 2026 {site}</p>\n</footer>\n</body>\n</html>\n"
    )


def old(title: str, body: str, shop: str, left: str = "") -> str:
    """A whole 1998-2006 table layout: a logo row, a left column of links, `body`, a copyright row."""
    links = left or (
        "<a href='/index.html'>Home</a><br><a href='/catalog.html'>Catalog</a><br>"
        "<a href='/specials.html'>Specials</a><br><a href='/order.html'>How to Order</a><br>"
        "<a href='/cgi-bin/cart.cgi'>View Cart</a><br><a href='/contact.html'>Contact Us</a>"
    )
    return (
        f"<html>\n<head>\n<title>{title}</title>\n"
        "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>\n</head>\n"
        "<body bgcolor='#FFFFFF' text='#000000' link='#000099' vlink='#663399'>\n"
        "<table width='770' border='0' cellpadding='3' cellspacing='0' align='center'>\n"
        f"<tr><td colspan='2'><img src='/images/header.gif' width='770' height='90' alt=\"{shop}\"></td></tr>\n"
        f"<tr><td width='150' valign='top' bgcolor='#E8E8D0'><font face='Verdana' size='2'>{links}</font></td>\n"
        f"<td valign='top' width='620'>\n{body}\n</td></tr>\n"
        f"<tr><td colspan='2'><hr size='1'><center><font face='Verdana' size='1'>Copyright &copy; 2003 {shop}. "
        "All rights reserved.<br><a href='/privacy.html'>Privacy</a> | <a href='/terms.html'>Terms</a>"
        "</font></center></td></tr>\n</table>\n</body>\n</html>\n"
    )


def old_item(name: str, price: str, href: str, img: str, more: str = "More info") -> str:
    """One row of an old 'related items' or catalog table: thumbnail, bold name, price, a link."""
    return (
        f"<tr><td width='90'><a href='{href}'><img src='{img}' width='80' height='80' border='0'></a></td>"
        f"<td><font face='Verdana' size='2'><b><a href='{href}'>{name}</a></b><br>{price}<br>"
        f"<a href='{href}'>{more}</a></font></td></tr>\n"
    )


OG_ARTICLE = "<meta property='og:type' content='article'>"


# --- kind A: articles about products (must give None) ------------------------------------------------

ARTICLE: list[tuple[str, str, str]] = [
    (
        "a-guide-chef-knives-en",
        "https://kitchenfolk.example/guides/best-chefs-knife",
        page(
            "en",
            "The Best Chef's Knife of 2026 | Kitchenfolk",
            "<article class='post'>\n<header><p class='kicker'>Buying guide</p>"
            "<h1>The Best Chef's Knife of 2026</h1>\n<p class='byline'>By <a href='/authors/ana'>Ana Ruiz</a>"
            " &middot; <time datetime='2026-10-14'>Updated October 14, 2026</time></p></header>\n"
            "<img src='/uploads/knives-hero.jpg' width='1400' height='788' alt='Chef knives on a board'>\n"
            "<p>We chopped 40 pounds of onions with 14 knives. These three are the ones to buy.</p>\n"
            "<h2>Our pick: Mac MTH-80</h2>\n<img src='/uploads/mac-mth-80.jpg' width='800' alt='Mac MTH-80'>\n"
            "<p>Sharp out of the box and light in the hand.</p>\n"
            "<p><a class='buy-button' rel='sponsored' href='https://www.amazon.example/dp/B001TPFT1U'>$165 from Amazon</a></p>\n"
            "<h2>Budget pick: Victorinox Fibrox Pro 8-Inch</h2>\n<p>Our longtime budget favourite.</p>\n"
            "<p><a class='buy-button' rel='sponsored' href='https://www.amazon.example/dp/B000638D32'>$50 from Amazon</a></p>\n"
            "<h2>Upgrade pick: Misono UX10</h2>\n<p>For people who cook every day.</p>\n"
            "<p><a class='buy-button' rel='sponsored' href='https://korin.example/ux10'>$250 from Korin</a></p>\n"
            "<h2>How we tested</h2><p>Onions, carrots, basil chiffonade and a whole chicken.</p>\n"
            "</article>\n<section class='comments'><h3>38 comments</h3><p>Log in to comment.</p></section>",
            OG_ARTICLE,
            "Kitchenfolk",
        ),
    ),
    (
        "a-review-vacuum-de",
        "https://technik-test.example/test/dyson-v15-detect-im-test",
        page(
            "de",
            "Dyson V15 Detect im Test: Der beste Akkusauger? | Technik-Test",
            "<article>\n<h1>Dyson V15 Detect im Test</h1>\n<p class='meta'>Von Jonas Weber &middot; "
            "<time datetime='2026-09-02'>02.09.2026</time> &middot; Aktualisiert am 11.11.2026</p>\n"
            "<img src='/wp-content/uploads/dyson-v15-test.jpg' width='1200' height='675' alt='Dyson V15 Detect'>\n"
            "<p>Der V15 Detect zeigt mit einem Laser Staub, den man sonst nicht sieht. Wir haben ihn vier Wochen "
            "lang in einer Altbauwohnung benutzt.</p>\n<div class='testbox'><strong>Dyson V15 Detect Absolute</strong>"
            "<p>Testnote: 1,6 (gut)</p><p>Preis: ca. 649,00 &euro;</p>"
            "<a rel='sponsored nofollow' class='btn' href='https://partner.example/amazon/dyson-v15'>Bei Amazon ansehen</a></div>\n"
            "<h2>Saugleistung</h2><p>Auf Teppich stark, auf Parkett sehr stark.</p>\n<h2>Akku</h2>"
            "<p>Im Eco-Modus rund 60 Minuten.</p>\n<h2>Fazit</h2><p>Teuer, aber sehr gut.</p>\n</article>\n"
            "<section id='kommentare'><h3>7 Kommentare</h3><p>Kommentar schreiben</p></section>",
            OG_ARTICLE,
            "Technik-Test",
        ),
    ),
    (
        "a-review-cooker-fr",
        "https://cuisine-maline.example/avis/moulinex-cookeo-touch",
        page(
            "fr",
            "Moulinex Cookeo Touch : notre avis après 2 mois | Cuisine Maline",
            "<article class='post'>\n<h1>Moulinex Cookeo Touch : notre avis après 2 mois</h1>\n"
            "<p class='auteur'>Par Claire Martin, publié le <time datetime='2026-06-03'>3 juin 2026</time>, "
            "mis à jour le 2 novembre 2026</p>\n<img src='/images/cookeo-touch-avis.jpg' width='1000' alt='Cookeo Touch'>\n"
            "<p>Le Cookeo promet des plats en 15 minutes. Nous l'avons utilisé tous les soirs.</p>\n"
            "<div class='encart-produit'><p><b>Moulinex Cookeo Touch Wifi</b></p><p>Prix constaté : 199,99 &euro;</p>"
            "<a class='bouton' rel='sponsored' href='https://partenaire.example/cdiscount/cookeo'>Voir le prix</a></div>\n"
            "<h2>Les plus</h2><ul><li>Rapide</li><li>Recettes guidées</li></ul><h2>Les moins</h2><ul><li>Encombrant</li></ul>\n"
            "<h2>Notre verdict</h2><p>Un bon achat pour les familles pressées.</p>\n</article>\n"
            "<div class='commentaires'><h3>Commentaires (5)</h3></div>",
            OG_ARTICLE,
            "Cuisine Maline",
        ),
    ),
    (
        "a-recipe-shop-pot-it",
        "https://cucina-di-casa.example/ricette/risotto-allo-zafferano",
        page(
            "it",
            "Risotto allo zafferano – la ricetta | Cucina di Casa",
            "<article class='ricetta'>\n<h1>Risotto allo zafferano</h1>\n"
            "<p>Preparazione: 10 min &middot; Cottura: 20 min &middot; Porzioni: 4 &middot; "
            "<time datetime='2026-03-01'>1 marzo 2026</time></p>\n"
            "<img src='/img/ricette/risotto-zafferano.jpg' width='1200' alt='Risotto allo zafferano'>\n"
            "<h2>Ingredienti</h2><ul><li>320 g di riso Carnaroli</li><li>1 bustina di zafferano</li>"
            "<li>1 l di brodo</li><li>50 g di burro</li><li>60 g di Parmigiano</li></ul>\n"
            "<h2>Procedimento</h2><ol><li>Tostate il riso nel burro.</li><li>Aggiungete il brodo poco alla volta.</li>"
            "<li>Mantecate con burro e Parmigiano.</li></ol>\n"
            "<aside class='shop-the-recipe'><h3>La pentola di questa ricetta</h3>"
            "<img src='/img/prodotti/casseruola-rame-20.jpg' width='200' alt='Casseruola in rame 20 cm'>"
            "<p>Casseruola in rame 20 cm &ndash; 89,90 &euro;</p><button type='button'>Aggiungi al carrello</button></aside>\n"
            "</article>\n<section class='commenti'><h3>12 commenti</h3></section>",
            '<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":"Recipe",'
            '"name":"Risotto allo zafferano","recipeYield":"4"}</script>',
            "Cucina di Casa",
        ),
    ),
    (
        "a-guide-air-fryers-ar",
        "https://notas.compraclara.example/mejores-freidoras-de-aire-2026",
        page(
            "es",
            "Las 4 mejores freidoras de aire de 2026 | Compra Clara",
            "<article>\n<h1>Las 4 mejores freidoras de aire de 2026</h1>\n"
            "<p class='autor'>Por Lucía Fernández &middot; <time datetime='2026-11-01'>1 de noviembre de 2026</time></p>\n"
            "<p>Probamos nueve modelos en una cocina de Palermo. Estas son nuestras favoritas.</p>\n"
            "<h2>1. Philco HFP50 &ndash; la mejor en general</h2><p>Capacidad de 5 litros.</p>"
            "<p>Precio: $ 89.999</p><a rel='sponsored' href='https://articulo.mercadolibre.example/MLA-123'>Ver en Mercado Libre</a>\n"
            "<h2>2. Atma FRA8532 &ndash; la más barata</h2><p>Ideal para dos personas.</p>"
            "<p>Precio: $ 64.500</p><a rel='sponsored' href='https://articulo.mercadolibre.example/MLA-456'>Ver en Mercado Libre</a>\n"
            "<h2>3. Oster CKSTAF55</h2><p>Con ventana.</p><p>Precio: $ 119.000</p>"
            "<a rel='sponsored' href='https://articulo.mercadolibre.example/MLA-789'>Ver en Mercado Libre</a>\n"
            "<h2>Cómo elegimos</h2><p>Capacidad, ruido y limpieza.</p>\n</article>",
            OG_ARTICLE,
            "Compra Clara",
        ),
    ),
    (
        "a-blog-review-ko",
        "https://blog.salim.example/posts/cordless-vacuum-review",
        page(
            "ko",
            "무선청소기 3개월 사용 후기 - 살림하는 언니",
            "<article class='post'>\n<h1>무선청소기 3개월 사용 후기 (LG 코드제로 A9S)</h1>\n"
            "<p class='post-meta'>작성자 살림언니 · <time datetime='2026-10-20'>2026. 10. 20.</time> · 조회 1,204</p>\n"
            "<img src='/upload/a9s-review-1.jpg' width='900' alt='코드제로 A9S'>\n"
            "<p>이사하면서 청소기를 바꿨어요. 석 달 동안 써 본 솔직한 후기예요.</p>\n"
            "<div class='product-link'><b>LG 코드제로 A9S AO9571</b><p>가격: 729,000원</p>"
            "<a href='https://link.coupang.example/a/xyz' rel='sponsored'>최저가 보러가기</a></div>\n"
            "<h2>흡입력</h2><p>카펫에서도 잘 빨아들여요.</p><h2>단점</h2><p>무게가 조금 있어요.</p>\n"
            "<p class='disclosure'>이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.</p>\n"
            "</article>\n<div class='comment-area'><h3>댓글 9</h3></div>",
            OG_ARTICLE,
            "살림하는 언니",
        ),
    ),
    (
        "a-unboxing-zh-tw",
        "https://gadget.tw.example/article/sony-wh1000xm6-unboxing",
        page(
            "zh",
            "Sony WH-1000XM6 開箱評測：降噪再升級 | 3C 小站",
            "<article>\n<h1>Sony WH-1000XM6 開箱評測：降噪再升級</h1>\n"
            "<div class='meta'>作者：阿哲 ｜ <time datetime='2026-08-18'>2026/08/18</time> ｜ 最後更新 2026/09/01</div>\n"
            "<img src='/uploads/xm6-unbox-01.jpg' width='1200' alt='WH-1000XM6 開箱'>\n"
            "<p>等了三年，Sony 終於推出新一代旗艦耳機。這次我們實際帶上飛機測試降噪。</p>\n"
            "<h2>規格與售價</h2><p>建議售價 NT$ 12,990，台灣 8 月底上市。</p>\n"
            "<p><a rel='sponsored' href='https://24h.pchome.example/prod/DCAN-XM6'>前往 PChome 購買</a></p>\n"
            "<h2>配戴感</h2><p>耳罩更柔軟，長時間配戴不悶。</p><h2>總結</h2><p>依然是最好的降噪耳機之一。</p>\n"
            "</article>\n<section class='comments'><h3>留言（21）</h3></section>",
            OG_ARTICLE,
            "3C 小站",
        ),
    ),
    (
        "a-review-phone-kz",
        "https://tech.kz.example/obzory/samsung-galaxy-a56",
        page(
            "ru",
            "Обзор Samsung Galaxy A56: лучший средний смартфон? | TechKZ",
            "<article class='article'>\n<h1>Обзор Samsung Galaxy A56: лучший средний смартфон?</h1>\n"
            "<p class='article-meta'>Автор: Ержан Касымов · <time datetime='2026-07-09'>9 июля 2026</time> · "
            "Обновлено 12 ноября 2026</p>\n<img src='/media/a56-review.jpg' width='1200' alt='Galaxy A56'>\n"
            "<p>Мы пользовались Galaxy A56 две недели в Алматы.</p>\n"
            "<div class='price-box'><b>Samsung Galaxy A56 8/256 ГБ</b><p>Цена: 219 990 ₸</p>"
            "<a href='https://kaspi.example/shop/p/samsung-galaxy-a56-123/' rel='nofollow'>Купить на Kaspi</a></div>\n"
            "<h2>Экран</h2><p>Яркий AMOLED 120 Гц.</p><h2>Итог</h2><p>Хороший выбор за свои деньги.</p>\n"
            "</article>\n<div class='comments'><h3>Комментарии (14)</h3></div>",
            OG_ARTICLE,
            "TechKZ",
        ),
    ),
    (
        "a-recipe-shop-pan-sl",
        "https://okusno-doma.example/recepti/palacinke",
        page(
            "sl",
            "Palačinke kot pri babici – recept | Okusno doma",
            "<article>\n<h1>Palačinke kot pri babici</h1>\n<p>Priprava: 10 min · Kuhanje: 20 min · Za 4 osebe · "
            "<time datetime='2026-02-14'>14. 2. 2026</time></p>\n<img src='/slike/palacinke.jpg' width='1200' alt='Palačinke'>\n"
            "<h2>Sestavine</h2><ul><li>250 g moke</li><li>2 jajci</li><li>5 dl mleka</li><li>ščepec soli</li></ul>\n"
            "<h2>Postopek</h2><ol><li>Zmešajte moko, jajca in mleko.</li><li>Pecite v vroči ponvi.</li></ol>\n"
            "<div class='izdelek-recepta'><h3>Ponev iz recepta</h3><img src='/slike/izdelki/ponev-24.jpg' width='200'>"
            "<p>Ponev za palačinke 24 cm &ndash; 39,99 &euro;</p><a class='gumb' href='/trgovina/ponev-za-palacinke-24'>Kupi</a></div>\n"
            "</article>\n<section class='komentarji'><h3>Komentarji (3)</h3></section>",
            '<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":"Recipe",'
            '"name":"Palačinke"}</script>',
            "Okusno doma",
        ),
    ),
    (
        "a-guide-vacuums-hr",
        "https://vodic.kupujpametno.example/najbolji-robotski-usisavaci",
        page(
            "hr",
            "Najbolji robotski usisavači 2026. – vodič za kupnju | Kupuj pametno",
            "<article>\n<h1>Najbolji robotski usisavači 2026.</h1>\n"
            "<p class='autor'>Piše: Marko Horvat · <time datetime='2026-10-05'>5. listopada 2026.</time></p>\n"
            "<p>Testirali smo osam robota u stanu od 60 kvadrata.</p>\n"
            "<h2>1. Roborock S8 &ndash; najbolji ukupno</h2><p>Cijena: 549,00 &euro;</p>"
            "<a rel='sponsored' href='https://partner.example/links-hr/roborock-s8'>Pogledaj ponudu</a>\n"
            "<h2>2. Xiaomi Robot Vacuum E10 &ndash; najbolji jeftini</h2><p>Cijena: 169,00 &euro;</p>"
            "<a rel='sponsored' href='https://partner.example/links-hr/xiaomi-e10'>Pogledaj ponudu</a>\n"
            "<h2>Kako smo testirali</h2><p>Tepisi, pločice i dlake kućnih ljubimaca.</p>\n</article>",
            OG_ARTICLE,
            "Kupuj pametno",
        ),
    ),
    (
        "a-forum-thread-en",
        "https://forums.homebarista.example/t/anyone-tried-the-gaggia-classic-evo/88213",
        page(
            "en",
            "Anyone tried the Gaggia Classic Evo? - Espresso Machines - HomeBarista Forums",
            "<div class='thread'>\n<h1>Anyone tried the Gaggia Classic Evo?</h1>\n"
            "<div class='post' id='p1'><p class='poster'><a href='/u/beanhead'>beanhead</a> &middot; "
            "<time datetime='2026-11-02T08:14'>Nov 2</time></p><p>Saw the Gaggia Classic Evo Pro on sale for "
            "$449.00 at Whole Latte Love. Worth it over a used Silvia?</p>"
            "<a href='https://www.wholelattelove.example/products/gaggia-classic-evo-pro'>link</a></div>\n"
            "<div class='post' id='p2'><p class='poster'><a href='/u/crema_queen'>crema_queen</a> &middot; "
            "<time datetime='2026-11-02T09:40'>Nov 2</time></p><p>Had one for a year. Mod the OPV and it's great.</p></div>\n"
            "<div class='post' id='p3'><p class='poster'><a href='/u/tamper'>tamper</a> &middot; "
            "<time datetime='2026-11-03T17:02'>Nov 3</time></p><p>At that price, yes. The Silvia is $1,040 now.</p></div>\n"
            "<a class='btn' href='/t/88213/reply'>Reply</a> <p>3 replies &middot; 412 views</p>\n</div>",
            "",
            "HomeBarista Forums",
        ),
    ),
    (
        "a-travel-story-en",
        "https://wander.example/europe/slovenia/3-days-in-ljubljana",
        page(
            "en",
            "3 Days in Ljubljana: An Itinerary | Wander",
            "<article>\n<h1>3 Days in Ljubljana: The Perfect Itinerary</h1>\n"
            "<p class='byline'>By Tess Moran &middot; <time datetime='2026-05-20'>May 20, 2026</time></p>\n"
            "<img src='/img/ljubljana-dragon-bridge.jpg' width='1600' alt='Dragon Bridge'>\n"
            "<h2>Day 1: The old town</h2><p>Start at Prešeren Square and climb to the castle.</p>\n"
            "<div class='tour-box'><b>Ljubljana Castle Funicular &amp; Old Town Walking Tour</b><p>From &euro;35 per person</p>"
            "<a rel='sponsored' class='btn' href='https://www.getyourguide.example/ljubljana-l1/t12345'>Book now</a></div>\n"
            "<h2>Day 2: Lake Bled</h2><p>Take the bus from the main station; it takes an hour.</p>\n"
            "<h2>Where to stay</h2><p>Hotel Cubo, from &euro;140 a night.</p>\n</article>\n"
            "<section class='comments'><h3>4 comments</h3></section>",
            OG_ARTICLE,
            "Wander",
        ),
    ),
    (
        "a-old-blogger-post-en",
        "http://gearjunkie-dad.blogspot.example/2006/04/my-new-coleman-stove.html",
        (
            "<html><head><title>Gear Junkie Dad: My new Coleman stove</title></head>\n<body>\n"
            "<div id='outer-wrapper'><div id='header'><h1><a href='/'>Gear Junkie Dad</a></h1>"
            "<p>Camping with three kids and too much stuff</p></div>\n<div id='main'>\n"
            "<h2 class='date-header'>Tuesday, April 11, 2006</h2>\n<div class='post'>"
            "<h3 class='post-title'>My new Coleman stove</h3>\n<div class='post-body'>"
            "<p>Picked up the Coleman Dual Fuel 2-burner this weekend. Price: $89.99 at the local sporting "
            "goods store, a bit less on <a href='http://www.amazon.example/exec/obidos/ASIN/B0009PUQAE/gjdad-20'>"
            "Amazon</a>.</p><p>It boiled a quart of water in four minutes on the first try.</p>"
            "<img src='http://photos1.blogger.example/stove.jpg' width='400'></div>\n"
            "<p class='post-footer'>posted by GJD at 9:14 PM | <a href='/2006/04/my-new-coleman-stove.html#comments'>"
            "6 comments</a></p></div>\n</div>\n<div id='sidebar'><h2>Previous Posts</h2><ul><li>"
            "<a href='/2006/04/tent-stakes.html'>Tent stakes</a></li><li><a href='/2006/03/sleeping-bags.html'>"
            "Sleeping bags for kids</a></li></ul><h2>Archives</h2><ul><li>March 2006</li><li>April 2006</li></ul>"
            "</div></div>\n</body></html>\n"
        ),
    ),
    (
        "a-old-review-page-de",
        "http://www.fotoecke.example/testberichte/canon-eos-350d.htm",
        old(
            "Testbericht: Canon EOS 350D",
            "<font face='Arial' size='4'><b>Testbericht: Canon EOS 350D</b></font><br>"
            "<font face='Arial' size='1'>von Klaus Meier, 14.05.2005</font><p>"
            "<font face='Arial' size='2'>Die 350D ist die kleinste digitale Spiegelreflex, die Canon je gebaut hat. "
            "Ich habe sie drei Wochen im Urlaub benutzt.<br><br>Preis: ca. 899,- EUR mit Objektiv<br>"
            "<a href='http://www.partnershop.example/canon350d.htm'>Hier bestellen</a><br><br>"
            "Fazit: sehr empfehlenswert.</font><p><font size='1'>Kommentare (2) | "
            "<a href='/testberichte/'>Alle Testberichte</a></font>",
            "Fotoecke",
        ),
    ),
]


# --- kind B: several offers side by side (must give None) --------------------------------------------


def compare(
    lang: str,
    title: str,
    head: str,
    cols: list[tuple[str, str, str]],
    rows: list[tuple[str, ...]],
    buy: str,
    price_label: str,
) -> str:
    """A compare table: one column per (name, slug, price), spec `rows`, a buy button per column."""
    tops = "".join(
        f"<th><a href='/p/{s}'><img src='/media/{s}.jpg' width='180' alt='{n}'></a><br>"
        f"<a href='/p/{s}'>{n}</a></th>"
        for n, s, _ in cols
    )
    prices = "".join(f"<td class='price'>{p}</td>" for _, _, p in cols)
    specs = "".join(
        "<tr><th>" + r[0] + "</th>" + "".join(f"<td>{v}</td>" for v in r[1:]) + "</tr>\n" for r in rows
    )
    buys = "".join(
        f"<td><form action='/cart/add' method='post'><input type='hidden' name='id' value='{s}'>"
        f"<button type='submit'>{buy}</button></form></td>"
        for _, s, _ in cols
    )
    return page(
        lang,
        title,
        f"<h1>{head}</h1>\n<table class='compare-table'>\n<tr><th></th>{tops}</tr>\n"
        f"<tr><th>{price_label}</th>{prices}</tr>\n{specs}<tr><th></th>{buys}</tr>\n</table>",
    )


def events(lang: str, title: str, head: str, items: list[tuple[str, str, str, str]], buy: str) -> str:
    """An event or tour list: (name, place/date, price line, slug) each with its own buy link."""
    rows = "".join(
        f"<div class='event-card'><a href='/e/{s}'><img src='/img/events/{s}.jpg' width='320' alt='{n}'></a>"
        f"<h3><a href='/e/{s}'>{n}</a></h3><p class='when'>{w}</p><p class='price'>{p}</p>"
        f"<a class='btn' href='/e/{s}'>{buy}</a></div>\n"
        for n, w, p, s in items
    )
    return page(lang, title, f"<h1>{head}</h1>\n<p>{len(items)}</p>\n<div class='event-list'>\n{rows}</div>")


SEVERAL: list[tuple[str, str, str]] = [
    (
        "b-compare-tv-de",
        "https://www.elektromarkt.example/de/vergleich?p=1234567,2345678",
        compare(
            "de",
            "Produktvergleich | Elektromarkt",
            "Produktvergleich (2)",
            [
                ("Samsung GQ55Q80D 55 Zoll QLED", "gq55q80d", "999,00 &euro;"),
                ("LG OLED55C47LA 55 Zoll OLED", "oled55c4", "1.199,00 &euro;"),
            ],
            [
                ("Bildschirmdiagonale", "138 cm", "139 cm"),
                ("Auflösung", "3840 x 2160", "3840 x 2160"),
                ("Energieeffizienzklasse", "F", "G"),
            ],
            "In den Warenkorb",
            "Preis",
        ),
    ),
    (
        "b-compare-three-fr",
        "https://www.maison-electro.example/comparateur?ids=11,12,13",
        compare(
            "fr",
            "Comparateur de produits – Maison Électro",
            "Comparer 3 produits",
            [
                ("Lave-linge Bosch WGG04409FR", "wgg04409", "549,99 &euro;"),
                ("Lave-linge Samsung WW90T534", "ww90t534", "479,00 &euro;"),
                ("Lave-linge Miele WWB380", "wwb380", "899,00 &euro;"),
            ],
            [("Capacité", "9 kg", "9 kg", "8 kg"), ("Essorage", "1400 tr/min", "1400 tr/min", "1400 tr/min")],
            "Ajouter au panier",
            "Prix",
        ),
    ),
    (
        "b-compare-it",
        "https://www.bicistore.example/it/confronta?articoli=ebike-city,ebike-trekking",
        compare(
            "it",
            "Confronta prodotti | BiciStore",
            "Confronta prodotti",
            [
                ("E-bike City 28&quot;", "ebike-city", "1.490,00 &euro;"),
                ("E-bike Trekking 29&quot;", "ebike-trekking", "2.190,00 &euro;"),
            ],
            [("Motore", "250 W", "250 W"), ("Batteria", "418 Wh", "625 Wh"), ("Peso", "23 kg", "25 kg")],
            "Aggiungi al carrello",
            "Prezzo",
        ),
    ),
    (
        "b-compare-ko",
        "https://www.mall.example/compare?goods=100231,100232",
        compare(
            "ko",
            "상품 비교 | 가전몰",
            "상품 비교하기",
            [
                ("삼성 비스포크 냉장고 RF85C", "rf85c", "2,490,000원"),
                ("LG 디오스 오브제 냉장고 M874", "m874", "2,790,000원"),
            ],
            [("용량", "870L", "870L"), ("에너지효율", "1등급", "1등급")],
            "장바구니 담기",
            "판매가",
        ),
    ),
    (
        "b-compare-zh-tw",
        "https://shop.3c.example/compare?ids=A01,A02",
        compare(
            "zh",
            "商品比較 | 3C 商城",
            "商品比較",
            [
                ("ASUS Zenbook 14 OLED", "zenbook14", "NT$ 35,900"),
                ("Acer Swift Go 14", "swiftgo14", "NT$ 29,900"),
            ],
            [("處理器", "Core Ultra 7", "Core Ultra 5"), ("重量", "1.2 kg", "1.3 kg")],
            "加入購物車",
            "售價",
        ),
    ),
    (
        "b-compare-hr",
        "https://www.tehnoshop.example/hr/usporedba?id=501,502",
        compare(
            "hr",
            "Usporedba proizvoda | Tehnoshop",
            "Usporedba proizvoda",
            [
                ("Bosch Serie 4 perilica posuđa", "bosch-s4", "529,00 &euro;"),
                ("Gorenje GV673C perilica posuđa", "gorenje-gv673", "449,00 &euro;"),
            ],
            [("Broj kompleta", "13", "16"), ("Razina buke", "44 dB", "42 dB")],
            "Dodaj u košaricu",
            "Cijena",
        ),
    ),
    (
        "b-compare-models-en",
        "https://www.pixelphone.example/compare/pixel-10-vs-pixel-10-pro",
        compare(
            "en",
            "Compare Pixel 10 and Pixel 10 Pro | PixelPhone",
            "Pixel 10 vs Pixel 10 Pro",
            [("Pixel 10", "pixel-10", "From $799"), ("Pixel 10 Pro", "pixel-10-pro", "From $999")],
            [
                ("Display", "6.3-inch", "6.3-inch"),
                ("Rear cameras", "2", "3"),
                ("Battery", "4700 mAh", "4870 mAh"),
            ],
            "Buy",
            "Price",
        ),
    ),
    (
        "b-concerts-de",
        "https://www.tickethalle.example/de/konzerte/berlin",
        events(
            "de",
            "Konzerte in Berlin – Tickets | Tickethalle",
            "Konzerte in Berlin",
            [
                (
                    "Max Raabe &amp; Palast Orchester",
                    "Admiralspalast · Fr 12.12.2026",
                    "ab 49,90 &euro;",
                    "raabe",
                ),
                (
                    "Berliner Philharmoniker: Mahler 5",
                    "Philharmonie · Sa 13.12.2026",
                    "ab 39,00 &euro;",
                    "mahler5",
                ),
                ("AnnenMayKantereit", "Uber Arena · So 14.12.2026", "ab 59,50 &euro;", "amk"),
            ],
            "Tickets",
        ),
    ),
    (
        "b-spectacles-fr",
        "https://www.billetterie.example/fr/spectacles/paris",
        events(
            "fr",
            "Spectacles à Paris – Billets | Billetterie",
            "Spectacles à Paris",
            [
                ("Le Roi Lion", "Théâtre Mogador · 18 déc.", "à partir de 45 &euro;", "roi-lion"),
                ("Les Misérables", "Théâtre du Châtelet · 20 déc.", "à partir de 39 &euro;", "miserables"),
            ],
            "Réserver",
        ),
    ),
    (
        "b-recitales-ar",
        "https://www.entradas.example/ar/recitales/buenos-aires",
        events(
            "es",
            "Recitales en Buenos Aires | Entradas",
            "Recitales en Buenos Aires",
            [
                ("Divididos", "Estadio Obras · sáb 6 dic", "Desde $ 35.000", "divididos"),
                ("Wos", "Movistar Arena · vie 12 dic", "Desde $ 42.000", "wos"),
                ("Los Fabulosos Cadillacs", "Hipódromo de Palermo · sáb 20 dic", "Desde $ 55.000", "lfc"),
            ],
            "Comprar entradas",
        ),
    ),
    (
        "b-koncerti-sl",
        "https://www.vstopnice.example/sl/koncerti/ljubljana",
        events(
            "sl",
            "Koncerti v Ljubljani | Vstopnice",
            "Koncerti v Ljubljani",
            [
                ("Siddharta", "Stožice · 27. 12.", "od 29,00 &euro;", "siddharta"),
                ("Perpetuum Jazzile", "Cankarjev dom · 30. 12.", "od 35,00 &euro;", "perpetuum"),
            ],
            "Kupi vstopnice",
        ),
    ),
    (
        "b-tours-en",
        "https://www.tripdeck.example/dubrovnik/things-to-do",
        events(
            "en",
            "Things to Do in Dubrovnik | TripDeck",
            "Top things to do in Dubrovnik",
            [
                ("Game of Thrones Walking Tour", "2 hours · Free cancellation", "From $35.00", "got-tour"),
                ("Elaphite Islands Boat Trip", "Full day · Lunch included", "From $69.00", "elaphite"),
            ],
            "Book now",
        ),
    ),
]


# --- kind C: old product pages of one item (must give a listing) -------------------------------------

OLD_PRODUCT: list[tuple[str, str, str, str, float]] = [
    (
        "c-old-related-strip-fishing-en",
        "http://www.tacklebox-online.example/shimano-stradic-2500.html",
        old(
            "Tacklebox Online - Shimano Stradic 2500FJ Spinning Reel",
            "<table width='100%' border='0'><tr><td valign='top'><img src='/images/large/stradic2500.jpg' width='300' "
            "height='300'></td><td valign='top'><font face='Verdana' size='4'><b>Shimano Stradic 2500FJ Spinning Reel"
            "</b></font><br><font face='Verdana' size='2'>6.0:1 gear ratio, 6+1 bearings, 8.1 oz.<br>"
            "Item #: SHI-ST2500FJ<br><b>Our Price: $199.99</b><br>Availability: In Stock<br>"
            "<form method='post' action='/cgi-bin/cart.cgi'><input type='hidden' name='item' value='SHI-ST2500FJ'>"
            "Qty: <input type='text' name='qty' size='2' value='1'> <input type='submit' value='Add to Cart'></form>"
            "</font></td></tr></table>\n<hr>\n<font face='Verdana' size='3'><b>Customers also bought:</b></font>"
            "<table border='0' width='100%'>\n"
            + old_item(
                "PowerPro Braided Line 150yd", "$24.99", "/powerpro-150.html", "/images/thumbs/powerpro.jpg"
            )
            + old_item(
                "Shimano Sustain 2500FJ",
                "$299.99",
                "/shimano-sustain-2500.html",
                "/images/thumbs/sustain.jpg",
            )
            + "</table>",
            "Tacklebox Online",
        ),
        "Stradic 2500FJ",
        199.99,
    ),
    (
        "c-old-related-strip-de",
        "http://www.modellbahn-ecke.example/artikel.php?nr=37550",
        old(
            "Modellbahn-Ecke: Märklin 37550 Dampflok BR 55",
            "<table width='100%'><tr><td><img src='/bilder/37550.jpg' width='320'></td><td valign='top'>"
            "<font face='Arial' size='4'><b>Märklin 37550 Dampflok BR 55</b></font><br><font face='Arial' size='2'>"
            "Spur H0, Epoche II, Digital mfx<br>Art.-Nr.: 37550<br>Preis: 289,00 EUR<br>inkl. MwSt., zzgl. Versand<br>"
            "Lieferbar<br><form action='/warenkorb.php' method='post'><input type='hidden' name='nr' value='37550'>"
            "Menge: <input type='text' name='menge' value='1' size='2'> <input type='submit' value='In den Warenkorb'>"
            "</form></font></td></tr></table><hr>\n<font face='Arial' size='3'><b>Das könnte Sie auch interessieren:</b>"
            "</font><table width='100%'>\n"
            + old_item(
                "Märklin 46049 Güterwagen-Set",
                "Preis: 59,00 EUR",
                "/artikel.php?nr=46049",
                "/bilder/k/46049.jpg",
                "Details",
            )
            + old_item(
                "Märklin 24188 C-Gleis Set",
                "Preis: 34,95 EUR",
                "/artikel.php?nr=24188",
                "/bilder/k/24188.jpg",
                "Details",
            )
            + "</table>",
            "Modellbahn-Ecke",
            "<a href='/'>Startseite</a><br><a href='/neuheiten.php'>Neuheiten</a><br><a href='/warenkorb.php'>Warenkorb</a>",
        ),
        "Märklin 37550",
        289.0,
    ),
    (
        "c-old-related-strip-fr",
        "http://www.vins-du-terroir.example/fiche.asp?ref=CH2001",
        old(
            "Vins du Terroir - Château Musar 2001",
            "<table width='100%'><tr><td><img src='/photos/musar2001.jpg' width='200'></td><td valign='top'>"
            "<font face='Times' size='5'><b>Château Musar 2001</b></font><br><font size='2'>Rouge, Liban, 75 cl<br>"
            "Réf. : CH2001<br>Prix : 42,50 &euro; TTC<br>En stock : 18 bouteilles<br>"
            "<form action='/panier.asp' method='post'><input type='hidden' name='ref' value='CH2001'>"
            "Quantité : <select name='qte'><option>1</option><option>2</option><option>6</option></select> "
            "<input type='submit' value='Ajouter au panier'></form></font></td></tr></table><hr>"
            "<font size='3'><b>Vous aimerez aussi :</b></font><table>\n"
            + old_item(
                "Château Kefraya 2003",
                "Prix : 19,90 &euro;",
                "/fiche.asp?ref=KE2003",
                "/photos/p/kefraya.jpg",
                "Voir",
            )
            + old_item(
                "Domaine de Trévallon 2002",
                "Prix : 55,00 &euro;",
                "/fiche.asp?ref=TR2002",
                "/photos/p/trevallon.jpg",
                "Voir",
            )
            + "</table>",
            "Vins du Terroir",
        ),
        "Musar",
        42.5,
    ),
    (
        "c-old-related-strip-three-en",
        "http://www.pennshop.example/store/item.asp?sku=LAMY-SAF-BLK",
        old(
            "Penn Shop :: Lamy Safari Fountain Pen, Charcoal",
            "<table border='0' width='100%'><tr><td valign='top' width='260'><img src='/store/img/lamy-safari-blk-l.jpg' "
            "width='250' height='250'></td><td valign='top'><font face='Tahoma' size='4'><b>Lamy Safari Fountain Pen, "
            "Charcoal</b></font><p><font face='Tahoma' size='2'>The classic ABS-bodied student pen with a steel nib.<br>"
            "SKU: LAMY-SAF-BLK<br>Price: $29.60<br>Quantity in stock: 31<br><form action='/store/basket.asp' method='post'>"
            "<input type='hidden' name='sku' value='LAMY-SAF-BLK'><input type='submit' value='Add to Basket'></form>"
            "</font></td></tr></table><br><font face='Tahoma' size='3'><b>You might also like</b></font><table>\n"
            + old_item(
                "Lamy T10 Ink Cartridges, Blue",
                "Price: $4.50",
                "/store/item.asp?sku=LAMY-T10",
                "/store/img/t10.jpg",
            )
            + old_item(
                "Lamy Z24 Converter", "Price: $5.95", "/store/item.asp?sku=LAMY-Z24", "/store/img/z24.jpg"
            )
            + old_item(
                "Lamy AL-star, Graphite",
                "Price: $39.00",
                "/store/item.asp?sku=LAMY-AL",
                "/store/img/alstar.jpg",
            )
            + "</table>",
            "Penn Shop",
        ),
        "Lamy Safari",
        29.6,
    ),
    (
        "c-old-font-link-cart-en",
        "http://www.hobbytown-rc.example/cgi-bin/item.cgi?id=TRA-5807",
        old(
            "HobbyTown RC",
            "<font face='Arial' size='4'><b>Traxxas Slash 2WD Short Course Truck</b></font><br>"
            "<img src='/images/tra5807.jpg' width='400' height='300'><br><font face='Arial' size='2'>"
            "Manufacturer: Traxxas<br>Part #: TRA-5807<br>Price: $239.95<br>In stock: 3<br>"
            "<a href='/cgi-bin/cart.cgi?add=TRA-5807'>Add to Cart</a></font>",
            "HobbyTown RC",
        ),
        "Traxxas Slash",
        239.95,
    ),
    (
        "c-old-font-link-cart-de",
        "http://www.angelshop-mueller.example/shop/artikel.cgi?nr=4471",
        old(
            "Angelshop Müller",
            "<font face='Arial' size='4'><b>Daiwa Ninja 4000 A Stationärrolle</b></font><br>"
            "<img src='/shop/bilder/4471.jpg' width='360' height='270'><br><font face='Arial' size='2'>"
            "Hersteller: Daiwa<br>Artikelnummer: 4471<br>Preis: 39,95 EUR<br>Lagerbestand: 5 Stück<br>"
            "<a href='/shop/warenkorb.cgi?add=4471'>In den Warenkorb</a></font>",
            "Angelshop Müller",
        ),
        "Daiwa Ninja",
        39.95,
    ),
    (
        "c-old-font-link-order-en",
        "http://www.vintagevinyl.example/catalog/LP-0932.htm",
        old(
            "Vintage Vinyl Records",
            "<center><font face='Times New Roman' size='5'><b>Miles Davis - Kind of Blue (180g LP)</b></font><br>"
            "<img src='/catalog/covers/lp0932.jpg' width='300' height='300'><br><font size='3'>"
            "Label: Columbia / Legacy<br>Catalog #: LP-0932<br>Price: $24.98<br>Only 2 left in stock<br>"
            "<a href='/cgi-bin/order.pl?item=LP-0932'><img src='/images/buttons/addtocart.gif' alt='Add to Cart' "
            "border='0'></a></font></center>",
            "Vintage Vinyl Records",
        ),
        "Kind of Blue",
        24.98,
    ),
    (
        "c-old-font-link-cart-it",
        "http://www.ferramenta-rossi.example/scheda.php?cod=TR-118",
        old(
            "Ferramenta Rossi",
            "<font face='Verdana' size='4'><b>Trapano avvitatore Makita DF331DWYE</b></font><br>"
            "<img src='/foto/tr118.jpg' width='380' height='285'><br><font face='Verdana' size='2'>"
            "Marca: Makita<br>Codice: TR-118<br>Prezzo: 129,00 EUR<br>Disponibilità: 4 pezzi<br>"
            "<a href='/carrello.php?aggiungi=TR-118'>Aggiungi al carrello</a></font>",
            "Ferramenta Rossi",
        ),
        "Makita DF331",
        129.0,
    ),
    (
        "c-old-font-link-cart-hr",
        "http://www.ribolov-centar.example/proizvod.php?id=882",
        old(
            "Ribolov Centar",
            "<font face='Verdana' size='4'><b>Shimano Catana 270 MH štap</b></font><br>"
            "<img src='/slike/882.jpg' width='380' height='285'><br><font face='Verdana' size='2'>"
            "Proizvođač: Shimano<br>Šifra: 882<br>Cijena: 59,90 EUR<br>Na stanju: 7 kom<br>"
            "<a href='/kosarica.php?dodaj=882'>Dodaj u košaricu</a></font>",
            "Ribolov Centar",
        ),
        "Catana",
        59.9,
    ),
]


# --- must-not-fire: product pages that look like kinds A and B (keep their listing) -----------------

PRODUCT_LOOKALIKE: list[tuple[str, str, str, str, float]] = [
    (
        "p-editorial-reviews-en",
        "https://www.fieldandoak.example/products/waxed-canvas-tote",
        page(
            "en",
            "Waxed Canvas Tote &ndash; Field &amp; Oak",
            "<nav class='breadcrumb'><a href='/'>Home</a> / <a href='/collections/bags'>Bags</a> / Waxed Canvas Tote</nav>\n"
            "<div class='product'>\n<div class='product__media'><img src='/cdn/files/waxed-tote-1.jpg' width='1000' "
            "height='1000' alt='Waxed Canvas Tote'><img src='/cdn/files/waxed-tote-2.jpg' width='1000' height='1000'></div>\n"
            "<div class='product__info'><h1 class='product__title'>Waxed Canvas Tote</h1>\n"
            "<div class='price'><span class='price-item'>$128.00</span></div>\n"
            "<form action='/cart/add' method='post'><label>Quantity <input type='number' name='quantity' value='1'></label>"
            "<button type='submit' name='add'>Add to cart</button></form></div>\n</div>\n"
            "<section class='product-story'><h2>The story</h2><p>Our tote started as a sketch on a ferry in 2014. "
            "Every one is cut in our Portland workshop from 18 oz waxed canvas and finished with vegetable-tanned "
            "leather handles that darken with use.</p><p>We wax the canvas by hand, which is why no two totes look "
            "alike after a year.</p><p class='updated'>Updated March 2026</p></section>\n"
            "<section class='reviews'><h2>Reviews (3)</h2>"
            "<div class='review'><p class='review__author'>By Jane D. on <time datetime='2026-03-03'>March 3, 2026</time></p>"
            "<p>Carries my laptop and groceries. Love it.</p></div>"
            "<div class='review'><p class='review__author'>By Omar K. on <time datetime='2026-02-11'>Feb 11, 2026</time></p>"
            "<p>Solid, but the strap is short.</p></div>"
            "<div class='review'><p class='review__author'>By Lee on <time datetime='2026-01-28'>Jan 28, 2026</time></p>"
            "<p>Third one I bought.</p></div><a href='/products/waxed-canvas-tote/reviews/new'>Write a review</a></section>\n"
            "<section class='related'><h2>You may also like</h2><ul>"
            "<li><a href='/products/canvas-backpack'><img src='/cdn/files/canvas-backpack.jpg' width='300'>Canvas Backpack</a> $168.00</li>"
            "<li><a href='/products/leather-wallet'><img src='/cdn/files/leather-wallet.jpg' width='300'>Leather Wallet</a> $58.00</li>"
            "</ul></section>",
            "",
            "Field &amp; Oak",
        ),
        "Waxed Canvas Tote",
        128.0,
    ),
    (
        "p-variant-compare-table-de",
        "https://www.audiohaus.example/kopfhoerer/studio-pro",
        page(
            "de",
            "Studio Pro Kopfhörer kaufen | Audiohaus",
            "<nav class='breadcrumb'><a href='/'>Startseite</a> &rsaquo; <a href='/kopfhoerer/'>Kopfhörer</a> &rsaquo; "
            "Studio Pro</nav>\n<div class='pdp'>\n<div class='gallery'><img src='/media/studio-pro-main.jpg' width='900' "
            "height='900' alt='Studio Pro'></div>\n<div class='buybox'><h1>Studio Pro Kopfhörer</h1>\n"
            "<p class='price'>249,00 &euro;</p><p class='tax'>inkl. MwSt., versandkostenfrei</p>\n"
            "<form action='/warenkorb/add' method='post'><select name='variante'><option>Schwarz</option><option>Weiß"
            "</option></select><input type='number' name='menge' value='1'><button type='submit'>In den Warenkorb</button>"
            "</form>\n<p class='stock'>Auf Lager, Lieferung in 1-2 Werktagen</p></div>\n</div>\n"
            "<section class='modellvergleich'><h2>Modelle im Vergleich</h2><table>"
            "<tr><th></th><th>Studio</th><th>Studio Pro</th><th>Studio Pro Wireless</th></tr>"
            "<tr><th>Preis</th><td>179,00 &euro;</td><td>249,00 &euro;</td><td>329,00 &euro;</td></tr>"
            "<tr><th>Treiber</th><td>40 mm</td><td>45 mm</td><td>45 mm</td></tr>"
            "<tr><th>Bluetooth</th><td>nein</td><td>nein</td><td>ja</td></tr></table></section>\n"
            "<section class='beschreibung'><h2>Beschreibung</h2><p>Geschlossener Studiokopfhörer für Aufnahme und Mix.</p></section>",
            "",
            "Audiohaus",
        ),
        "Studio Pro",
        249.0,
    ),
    (
        "p-ticket-single-event-es",
        "https://www.entradas.example/es/evento/la-casa-de-bernarda-alba",
        page(
            "es",
            "Entradas La Casa de Bernarda Alba – Teatro Español | Entradas",
            "<nav class='breadcrumb'><a href='/'>Inicio</a> / <a href='/es/teatro/'>Teatro</a> / La Casa de Bernarda Alba</nav>\n"
            "<div class='event-detail'><img src='/img/events/bernarda-hero.jpg' width='1200' height='600' alt='La Casa de Bernarda Alba'>\n"
            "<h1>La Casa de Bernarda Alba</h1>\n<p class='venue'>Teatro Español, Madrid &middot; 14 de diciembre de 2026, 20:00</p>\n"
            "<div class='buy'><p class='price'>18,00 &euro;</p><form action='/es/carrito/anadir' method='post'>"
            "<label>Zona <select name='zona'><option>Platea</option><option>Anfiteatro</option></select></label>"
            "<label>Cantidad <select name='cantidad'><option>1</option><option>2</option><option>3</option></select></label>"
            "<button type='submit'>Comprar entradas</button></form></div>\n"
            "<h2>Sinopsis</h2><p>El drama de Lorca en una nueva puesta en escena.</p><p>Duración: 1 h 40 min</p></div>\n"
            "<section class='related'><h2>También te puede interesar</h2><ul><li><a href='/es/evento/rey-leon'>El Rey León</a> "
            "Desde 45,00 &euro;</li><li><a href='/es/evento/mamma-mia'>Mamma Mia!</a> Desde 30,00 &euro;</li></ul></section>",
            "",
            "Entradas",
        ),
        "Bernarda Alba",
        18.0,
    ),
    (
        "p-recipe-kit-en",
        "https://www.pantrybox.example/products/skillet-cornbread-kit",
        page(
            "en",
            "Skillet Cornbread Kit &ndash; Pantry Box",
            "<div class='product'>\n<img src='/cdn/files/cornbread-kit.jpg' width='1000' height='1000' alt='Skillet Cornbread Kit'>\n"
            "<div class='product__info'><h1>Skillet Cornbread Kit</h1>\n<p class='price'>$24.00</p>\n"
            "<form action='/cart/add' method='post'><input type='number' name='quantity' value='1' min='1'>"
            "<button type='submit'>Add to cart</button></form>\n<p>Serves 8 &middot; Ready in 35 minutes</p></div>\n</div>\n"
            "<section><h2>What's in the box</h2><ul><li>Stone-ground cornmeal, 1 cup</li><li>Soft wheat flour, 1 cup</li>"
            "<li>Buttermilk powder</li></ul>\n<h2>Method</h2><ol><li>Heat your skillet in a 425&deg;F oven.</li>"
            "<li>Whisk the mix with two eggs and a cup of water.</li><li>Bake 25 minutes.</li></ol></section>\n"
            "<section class='pairs'><h2>Shop the pan</h2><a href='/products/cast-iron-skillet-10'>"
            "<img src='/cdn/files/cast-iron-10.jpg' width='200'>10&quot; Cast Iron Skillet</a> $39.00</section>",
            "",
            "Pantry Box",
        ),
        "Cornbread Kit",
        24.0,
    ),
    (
        "p-woo-yoast-article-it",
        "https://www.ceramiche-vietri.example/prodotto/piatto-limoni-30cm/",
        page(
            "it",
            "Piatto Limoni 30 cm – Ceramiche Vietri",
            "<article id='post-1881' class='post-1881 product type-product status-publish instock'>\n"
            "<nav class='woocommerce-breadcrumb'><a href='/'>Home</a> / <a href='/categoria/piatti/'>Piatti</a> / Piatto Limoni 30 cm</nav>\n"
            "<div class='woocommerce-product-gallery'><img src='/wp-content/uploads/2026/02/piatto-limoni-30.jpg' width='800' "
            "alt='Piatto Limoni 30 cm'></div>\n<div class='summary entry-summary'><h1 class='product_title entry-title'>"
            "Piatto Limoni 30 cm</h1>\n<p class='price'><span class='woocommerce-Price-amount amount'>45,00&nbsp;&euro;</span></p>\n"
            "<div class='woocommerce-product-details__short-description'><p>Dipinto a mano a Vietri sul Mare.</p></div>\n"
            "<form class='cart' method='post'><div class='quantity'><input type='number' name='quantity' value='1'></div>"
            "<button type='submit' name='add-to-cart' value='1881'>Aggiungi al carrello</button></form></div>\n"
            "<div id='reviews'><h2>2 recensioni per Piatto Limoni 30 cm</h2><ol class='commentlist'>"
            "<li><p class='meta'><strong>Giulia</strong> &ndash; <time datetime='2026-04-02'>2 aprile 2026</time></p><p>Bellissimo.</p></li>"
            "<li><p class='meta'><strong>Paolo</strong> &ndash; <time datetime='2026-05-12'>12 maggio 2026</time></p><p>Arrivato integro.</p></li>"
            "</ol></div>\n</article>",
            OG_ARTICLE + "<meta property='article:modified_time' content='2026-05-12T10:00:00+00:00'>",
            "Ceramiche Vietri",
        ),
        "Piatto Limoni",
        45.0,
    ),
    (
        "p-bought-together-zh-tw",
        "https://shop.tea.example/products/alishan-oolong-150g",
        page(
            "zh",
            "阿里山高山烏龍茶 150g | 茶好店",
            "<div class='product-page'>\n<div class='gallery'><img src='/images/alishan-150-main.jpg' width='800' "
            "alt='阿里山高山烏龍茶'></div>\n<div class='info'><h1>阿里山高山烏龍茶 150g</h1>\n<p class='price'>NT$ 880</p>\n"
            "<form action='/cart/add' method='post'>數量 <input type='number' name='qty' value='1'>"
            "<button type='submit'>加入購物車</button><button type='submit' name='buy_now'>立即購買</button></form>\n"
            "<p>現貨供應，1-2 個工作天出貨</p></div>\n</div>\n"
            "<section class='bundle'><h2>經常一起購買</h2><ul><li><a href='/products/teapot-200'>"
            "<img src='/images/teapot-200.jpg' width='150'>白瓷茶壺 200ml</a> NT$ 650 <button>加入購物車</button></li>"
            "<li><a href='/products/tea-cups'><img src='/images/tea-cups.jpg' width='150'>品茗杯 4 入</a> NT$ 420 "
            "<button>加入購物車</button></li></ul></section>\n"
            "<section class='desc'><h2>商品介紹</h2><p>海拔 1,400 公尺茶園，春茶手採。</p></section>",
            "",
            "茶好店",
        ),
        "阿里山高山烏龍茶",
        880.0,
    ),
    (
        "p-journal-teaser-ko",
        "https://www.hanji.example/product/detail.html?product_no=312",
        page(
            "ko",
            "한지 무드등 - 한지공방",
            "<div class='xans-product-detail'>\n<div class='keyImg'><img src='/web/product/big/hanji-lamp.jpg' width='700' "
            "alt='한지 무드등'></div>\n<div class='infoArea'><h2>한지 무드등</h2>\n<table><tr><th>판매가</th><td>"
            "<strong id='span_product_price_text'>58,000원</strong></td></tr><tr><th>배송비</th><td>3,000원</td></tr></table>\n"
            "<div class='buy'><input type='number' name='quantity' value='1'><a href='#none' class='btnSubmit'>구매하기</a>"
            "<a href='#none' class='btnBasket'>장바구니 담기</a></div></div>\n</div>\n"
            "<section class='journal'><h3>매거진</h3><article><a href='/article/hanji-story'><img src='/web/journal/hanji.jpg' "
            "width='300'><h4>한지가 만들어지기까지</h4></a><p>에디터 지수 · 2026.09.01</p></article></section>\n"
            "<div class='review'><h3>상품후기 (4)</h3><p>빛이 은은해요. - 김** 2026.10.02</p></div>",
            "",
            "한지공방",
        ),
        "무드등",
        58000.0,
    ),
    (
        "p-kaspi-like-reviews-ru",
        "https://shop.kz.example/p/pylesos-dyson-v12-detect-slim-123456/",
        page(
            "ru",
            "Пылесос Dyson V12 Detect Slim – купить в Алматы | Магазин",
            "<nav class='breadcrumbs'><a href='/'>Главная</a> / <a href='/c/pylesosy/'>Пылесосы</a> / Dyson V12 Detect Slim</nav>\n"
            "<div class='item'>\n<div class='item__gallery'><img src='/img/v12-slim-1.jpg' width='800' alt='Dyson V12 Detect Slim'>"
            "</div>\n<div class='item__info'><h1>Пылесос Dyson V12 Detect Slim серый</h1>\n"
            "<div class='item__price'>299 990 ₸</div>\n<form action='/cart/add' method='post'><input type='hidden' name='id' value='123456'>"
            "<button type='submit'>Добавить в корзину</button></form>\n<p>В наличии в Алматы</p></div>\n</div>\n"
            "<section class='reviews'><h2>Отзывы (2)</h2><div class='review'><p>Айгерим · <time datetime='2026-08-10'>"
            "10 августа 2026</time></p><p>Лёгкий и мощный.</p></div><div class='review'><p>Дмитрий · <time datetime='2026-09-21'>"
            "21 сентября 2026</time></p><p>Лазер реально показывает пыль.</p></div></section>\n"
            "<section class='article-teaser'><h2>Статьи</h2><a href='/blog/kak-vybrat-pylesos'>Как выбрать пылесос</a></section>",
            "",
            "Магазин",
        ),
        "Dyson V12",
        299990.0,
    ),
    (
        "p-tour-booking-sl",
        "https://www.izleti.example/sl/izlet/bled-in-bohinj",
        page(
            "sl",
            "Izlet Bled in Bohinj – rezervacija | Izleti",
            "<div class='tour'>\n<img src='/slike/bled-bohinj.jpg' width='1200' alt='Bled in Bohinj'>\n<h1>Celodnevni izlet: Bled in Bohinj</h1>\n"
            "<p class='cena'>59,00 &euro; na osebo</p>\n<form action='/sl/kosarica/dodaj' method='post'><label>Datum "
            "<input type='date' name='datum'></label><label>Število oseb <input type='number' name='osebe' value='2'></label>"
            "<button type='submit'>Rezerviraj</button></form>\n<h2>Program</h2><p>Odhod iz Ljubljane ob 8.00, vožnja s "
            "pletno, slap Savica.</p>\n<h2>Vključeno</h2><ul><li>Prevoz</li><li>Vodnik</li></ul></div>",
            "",
            "Izleti",
        ),
        "Bled in Bohinj",
        59.0,
    ),
]


# --- must-not-fire: old pages that are not the page of one item (give None) --------------------------

OLD_NON_PRODUCT: list[tuple[str, str, str]] = [
    (
        "o-old-catalog-two-en",
        "http://www.tacklebox-online.example/reels.html",
        old(
            "Tacklebox Online - Spinning Reels",
            "<font face='Verdana' size='4'><b>Spinning Reels</b></font><br><font size='2'>2 items</font>"
            "<table border='0' width='100%'>\n"
            + old_item(
                "Shimano Stradic 2500FJ",
                "Our Price: $199.99",
                "/shimano-stradic-2500.html",
                "/images/thumbs/stradic.jpg",
            )
            + old_item(
                "Shimano Sustain 2500FJ",
                "Our Price: $299.99",
                "/shimano-sustain-2500.html",
                "/images/thumbs/sustain.jpg",
            )
            + "</table>",
            "Tacklebox Online",
        ),
    ),
    (
        "o-old-catalog-three-de",
        "http://www.modellbahn-ecke.example/neuheiten.php",
        old(
            "Modellbahn-Ecke: Neuheiten",
            "<font face='Arial' size='4'><b>Neuheiten 2004</b></font><table width='100%'>\n"
            + old_item(
                "Märklin 37550 Dampflok BR 55",
                "Preis: 289,00 EUR",
                "/artikel.php?nr=37550",
                "/bilder/k/37550.jpg",
                "Details",
            )
            + old_item(
                "Märklin 46049 Güterwagen-Set",
                "Preis: 59,00 EUR",
                "/artikel.php?nr=46049",
                "/bilder/k/46049.jpg",
                "Details",
            )
            + old_item(
                "Märklin 24188 C-Gleis Set",
                "Preis: 34,95 EUR",
                "/artikel.php?nr=24188",
                "/bilder/k/24188.jpg",
                "Details",
            )
            + "</table>",
            "Modellbahn-Ecke",
        ),
    ),
    (
        "o-old-specials-links-en",
        "http://www.hobbytown-rc.example/specials.html",
        old(
            "HobbyTown RC - This Week's Specials",
            "<center><font face='Arial' size='5' color='#CC0000'><b>This Week's Specials!</b></font></center><p>"
            "<font face='Arial' size='2'><b>Traxxas Slash 2WD</b><br>Price: $239.95<br>"
            "<a href='/cgi-bin/cart.cgi?add=TRA-5807'>Add to Cart</a><br><br><b>Traxxas Rustler VXL</b><br>"
            "Price: $349.95<br><a href='/cgi-bin/cart.cgi?add=TRA-3707'>Add to Cart</a><br><br>"
            "<b>Losi Mini-T 2.0</b><br>Price: $129.99<br><a href='/cgi-bin/cart.cgi?add=LOS-1210'>Add to Cart</a></font>",
            "HobbyTown RC",
        ),
    ),
    (
        "o-old-review-en",
        "http://www.pennshop.example/reviews/lamy-safari.html",
        old(
            "Penn Shop Reviews: the Lamy Safari",
            "<font face='Tahoma' size='4'><b>Reader Review: the Lamy Safari</b></font><br>"
            "<font face='Tahoma' size='1'>by Martha W., posted March 3, 2004</font><p><font face='Tahoma' size='2'>"
            "I bought my first Safari in college and I still write with it every day. The nib is smooth and "
            "the grip section teaches you to hold a pen properly.<br><br>Price: about $29 at most pen shops.<br>"
            "<a href='/store/item.asp?sku=LAMY-SAF-BLK'>See it in our store</a></font><p>"
            "<font size='1'>3 comments | <a href='/reviews/'>All reviews</a></font>",
            "Penn Shop",
        ),
    ),
    (
        "o-old-order-form-en",
        "http://www.vintagevinyl.example/orderform.htm",
        old(
            "Vintage Vinyl Records - Mail Order Form",
            "<font size='5'><b>Mail Order Form</b></font><p><font size='2'>Print this page and mail it with a check "
            "or money order.</font><table border='1' cellpadding='4'><tr><th>Catalog #</th><th>Title</th><th>Price</th>"
            "<th>Qty</th></tr><tr><td>LP-0932</td><td>Miles Davis - Kind of Blue</td><td>$24.98</td><td>____</td></tr>"
            "<tr><td>LP-1101</td><td>John Coltrane - A Love Supreme</td><td>$22.98</td><td>____</td></tr></table>"
            "<p><font size='2'>Shipping: $4.00 for the first record, $1.00 each after.</font>",
            "Vintage Vinyl Records",
        ),
    ),
    (
        "o-old-catalog-two-it",
        "http://www.ferramenta-rossi.example/trapani.php",
        old(
            "Ferramenta Rossi - Trapani",
            "<font face='Verdana' size='4'><b>Trapani e avvitatori</b></font><br><font size='2'>Pagina 1 di 1</font>"
            "<table width='100%'>\n"
            + old_item(
                "Trapano avvitatore Makita DF331DWYE",
                "Prezzo: 129,00 EUR",
                "/scheda.php?cod=TR-118",
                "/foto/p/tr118.jpg",
                "Scheda",
            )
            + old_item(
                "Trapano Bosch PSB 500 RE",
                "Prezzo: 49,90 EUR",
                "/scheda.php?cod=TR-120",
                "/foto/p/tr120.jpg",
                "Scheda",
            )
            + "</table>",
            "Ferramenta Rossi",
        ),
    ),
    (
        "o-old-compare-hr",
        "http://www.ribolov-centar.example/usporedi.php?a=882&b=883",
        old(
            "Ribolov Centar - Usporedba",
            "<center><font size='4'><b>Usporedba štapova</b></font></center><table border='1' width='100%'>"
            "<tr><td></td><td><b>Shimano Catana 270 MH</b></td><td><b>Daiwa Ninja 270 M</b></td></tr>"
            "<tr><td>Duljina</td><td>2,70 m</td><td>2,70 m</td></tr><tr><td>Cijena:</td><td>59,90 EUR</td><td>54,90 EUR</td></tr>"
            "<tr><td></td><td><a href='/kosarica.php?dodaj=882'>Dodaj u košaricu</a></td>"
            "<td><a href='/kosarica.php?dodaj=883'>Dodaj u košaricu</a></td></tr></table>",
            "Ribolov Centar",
        ),
    ),
    (
        "o-old-newsletter-fr",
        "http://www.vins-du-terroir.example/lettre/2004-11.htm",
        old(
            "Vins du Terroir - La lettre de novembre 2004",
            "<font face='Times' size='5'><b>La lettre de novembre</b></font><br><font size='2'><i>publiée le 2 novembre "
            "2004 par Jean-Luc</i></font><p><font size='2'>Le Beaujolais nouveau arrive jeudi. Cette année, nous avons "
            "goûté le Château Musar 2001 : une merveille.<br><br>Prix : 42,50 &euro; la bouteille.<br>"
            "<a href='/fiche.asp?ref=CH2001'>Voir la fiche</a></font><p><font size='1'><a href='/lettre/'>Les anciennes lettres"
            "</a></font>",
            "Vins du Terroir",
        ),
    ),
]


# --- kind B2: several offers without pictures (must give None), written after the first fix ---------


def plain_compare(
    lang: str,
    title: str,
    head: str,
    names: list[tuple[str, str]],
    prices: list[str],
    rows: list[tuple[str, ...]],
    buy: str,
    price_label: str,
    link_names: bool = True,
) -> str:
    """A compare table whose columns show a name (a link when `link_names`), no picture link, a price
    row of amounts only and a last row of plain buy buttons (no form)."""
    tops = "".join(
        (
            f"<th><img src='/media/{s}.jpg' width='160'><br><a href='/p/{s}'>{n}</a></th>"
            if link_names
            else f"<th><img src='/media/{s}.jpg' width='160'><br>{n}</th>"
        )
        for n, s in names
    )
    specs = "".join(
        "<tr><th>" + r[0] + "</th>" + "".join(f"<td>{v}</td>" for v in r[1:]) + "</tr>\n" for r in rows
    )
    return page(
        lang,
        title,
        f"<h1>{head}</h1>\n<table class='compare'>\n<tr><th></th>{tops}</tr>\n"
        f"<tr><th>{price_label}</th>" + "".join(f"<td>{p}</td>" for p in prices) + "</tr>\n"
        f"{specs}<tr><th></th>"
        + "".join(f"<td><button class='btn'>{buy}</button></td>" for _ in names)
        + "</tr>\n</table>",
    )


def plain_events(
    lang: str, title: str, head: str, items: list[tuple[str, str, str, str]], buy: str, cls: str = "evento"
) -> str:
    """Two offers (events, tours, courses) as sibling blocks: a heading, a line, a 'from' price and a
    buy link to the offer's own page; no pictures."""
    rows = "".join(
        f"<div class='{cls}'><h3>{n}</h3><p>{w}</p><p>{p}</p><a class='btn' href='/{s}'>{buy}</a></div>\n"
        for n, w, p, s in items
    )
    return page(lang, title, f"<h1>{head}</h1>\n<p>{len(items)}</p>\n{rows}")


SEVERAL_PLAIN: list[tuple[str, str, str]] = [
    (
        "b2-compare-en",
        "https://www.soundshop.example/compare?ids=44,45",
        plain_compare(
            "en",
            "Compare | SoundShop",
            "Compare speakers",
            [("Sonos Era 100", "era-100"), ("Sonos Era 300", "era-300")],
            ["$249.00", "$449.00"],
            [("Drivers", "3", "6"), ("Spatial audio", "No", "Yes")],
            "Add to cart",
            "Price",
        ),
    ),
    (
        "b2-compare-de",
        "https://www.kaffeeshop.example/vergleich?ids=7,8",
        plain_compare(
            "de",
            "Vergleich | Kaffeeshop",
            "Siebträger im Vergleich",
            [("Rancilio Silvia", "silvia"), ("Lelit Mara X", "mara-x")],
            ["849,00 &euro;", "1.599,00 &euro;"],
            [("Boiler", "Einkreiser", "Zweikreiser"), ("Gewicht", "14 kg", "22 kg")],
            "In den Warenkorb",
            "Preis",
        ),
    ),
    (
        "b2-compare-fr",
        "https://www.velo-boutique.example/comparer?ref=a1,a2",
        plain_compare(
            "fr",
            "Comparer | Vélo Boutique",
            "Comparer les casques",
            [("Casque Urbain", "urbain"), ("Casque Route Pro", "route-pro")],
            ["49,90 &euro;", "129,00 &euro;"],
            [("Poids", "320 g", "240 g")],
            "Ajouter au panier",
            "Prix",
        ),
    ),
    (
        "b2-compare-it",
        "https://www.elettro.example/it/confronta?id=9,10",
        plain_compare(
            "it",
            "Confronta | Elettro",
            "Confronta friggitrici",
            [("Ninja AF300", "af300"), ("Philips HD9285", "hd9285")],
            ["149,99 &euro;", "229,00 &euro;"],
            [("Capacità", "7,6 l", "6,2 l")],
            "Aggiungi al carrello",
            "Prezzo",
            False,
        ),
    ),
    (
        "b2-compare-ko",
        "https://www.gagu.example/compare?no=31,32",
        plain_compare(
            "ko",
            "상품비교 | 가구몰",
            "상품 비교",
            [("원목 식탁 4인", "table-4"), ("원목 식탁 6인", "table-6")],
            ["390,000원", "520,000원"],
            [("크기", "1400mm", "1800mm")],
            "장바구니",
            "판매가",
        ),
    ),
    (
        "b2-compare-zh-tw",
        "https://www.bike.tw.example/compare?ids=5,6",
        plain_compare(
            "zh",
            "商品比較 | 單車館",
            "車款比較",
            [("Giant Escape 2", "escape-2"), ("Merida Crossway 100", "crossway-100")],
            ["NT$ 18,800", "NT$ 21,500"],
            [("重量", "11.5 kg", "12.8 kg")],
            "加入購物車",
            "售價",
            False,
        ),
    ),
    (
        "b2-compare-ru",
        "https://www.tehnika.kz.example/sravnenie?ids=1,2",
        plain_compare(
            "ru",
            "Сравнение товаров | Техника",
            "Сравнение товаров",
            [("Xiaomi Redmi Note 14", "note-14"), ("Samsung Galaxy A26", "a26")],
            ["119 990 ₸", "139 990 ₸"],
            [("Экран", "6,67&quot;", "6,7&quot;")],
            "В корзину",
            "Цена",
        ),
    ),
    (
        "b2-compare-hr",
        "https://www.alati.example/hr/usporedba?id=3,4",
        plain_compare(
            "hr",
            "Usporedba | Alati",
            "Usporedba bušilica",
            [("Bosch GSB 18V-55", "gsb-18v"), ("Makita DHP485", "dhp485")],
            ["189,00 &euro;", "169,00 &euro;"],
            [("Napon", "18 V", "18 V")],
            "Dodaj u košaricu",
            "Cijena",
        ),
    ),
    (
        "b2-events-ar",
        "https://www.boleteria.example/ar/teatro",
        plain_events(
            "es",
            "Teatro en Buenos Aires | Boletería",
            "Teatro en Buenos Aires",
            [
                ("Les Luthiers", "Teatro Gran Rex · 5 dic", "Desde $ 40.000", "ar/evento/les-luthiers"),
                ("Casados con hijos", "Teatro Gran Rex · 12 dic", "Desde $ 35.000", "ar/evento/casados"),
            ],
            "Comprar entradas",
        ),
    ),
    (
        "b2-events-sl",
        "https://www.vstopnice.example/sl/gledalisce",
        plain_events(
            "sl",
            "Gledališče | Vstopnice",
            "Gledališče v Mariboru",
            [
                ("Hamlet", "SNG Maribor · 3. 12.", "od 18,00 &euro;", "sl/dogodek/hamlet"),
                ("Cyrano", "SNG Maribor · 10. 12.", "od 16,00 &euro;", "sl/dogodek/cyrano"),
            ],
            "Kupi",
            "dogodek",
        ),
    ),
    (
        "b2-courses-it",
        "https://www.scuolacucina.example/it/corsi",
        plain_events(
            "it",
            "Corsi di cucina | Scuola Cucina",
            "Corsi di dicembre",
            [
                ("Pasta fresca", "Sabato 6 dicembre, 10:00", "da 65,00 &euro;", "it/corso/pasta-fresca"),
                ("Pasticceria di Natale", "Sabato 13 dicembre, 10:00", "da 80,00 &euro;", "it/corso/natale"),
            ],
            "Prenota",
            "corso",
        ),
    ),
    (
        "b2-tours-de",
        "https://www.stadtfuehrung.example/de/touren",
        plain_events(
            "de",
            "Stadtführungen | Stadtführung Wien",
            "Stadtführungen in Wien",
            [
                ("Altstadt-Rundgang", "2 Stunden, täglich 10 Uhr", "ab 19,00 &euro;", "de/tour/altstadt"),
                ("Dritter-Mann-Tour", "90 Minuten, Do bis Sa", "ab 24,00 &euro;", "de/tour/dritter-mann"),
            ],
            "Jetzt buchen",
            "tour",
        ),
    ),
]


# --- kind A2: old articles whose only buy link leads to another shop (must give None) ----------------


def old_review(title: str, byline: str, text: str, price: str, link: str, href: str, shop: str) -> str:
    """A 1999-2007 review or blog page: a big-font heading, a byline, prose, a 'Price:' line and an
    affiliate link to another shop."""
    return old(
        title,
        f"<font face='Georgia' size='5'><b>{title}</b></font><br><font size='1'><i>{byline}</i></font><p>"
        f"<font face='Georgia' size='3'>{text}<br><br>{price}<br><a href='{href}'>{link}</a></font><p>"
        "<font size='1'><a href='/reviews/'>&laquo; All reviews</a></font>",
        shop,
        "<a href='/'>Home</a><br><a href='/reviews/'>Reviews</a><br><a href='/links.html'>Links</a><br>"
        "<a href='/guestbook.html'>Guestbook</a>",
    )


OLD_AFFILIATE: list[tuple[str, str, str]] = [
    (
        "a2-old-review-en",
        "http://www.campfire-reviews.example/tents/rei-half-dome.html",
        old_review(
            "REI Half Dome 2 Review",
            "posted by Dave on May 12, 2004",
            "We took the Half Dome to the Sierras for a week. It kept us dry through two storms.",
            "Price: $159.00",
            "Buy it now at REI.com",
            "http://www.rei.example/product/47085?cm_mmc=aff",
            "Campfire Reviews",
        ),
    ),
    (
        "a2-old-review-de",
        "http://www.kamera-tipps.example/tests/nikon-d70.htm",
        old_review(
            "Nikon D70 im Praxistest",
            "von Stefan, 03.08.2004",
            "Die D70 ist schnell und liegt gut in der Hand. Der Akku hält über 1000 Bilder.",
            "Preis: 999,00 EUR",
            "Jetzt kaufen bei Amazon.de",
            "http://www.amazon.example/exec/obidos/ASIN/B0001CNMFM/kameratipps-21",
            "Kamera-Tipps",
        ),
    ),
    (
        "a2-old-review-fr",
        "http://www.avis-cuisine.example/robots/kenwood-chef.html",
        old_review(
            "Le Kenwood Chef : notre avis",
            "par Sophie, le 14 mars 2005",
            "Un robot solide qui pétrit la pâte à pain sans broncher.",
            "Prix : 349,00 &euro;",
            "Acheter sur Fnac.com",
            "http://www.fnac.example/mp1234/Kenwood-Chef",
            "Avis Cuisine",
        ),
    ),
    (
        "a2-old-review-it",
        "http://www.recensioni-caffe.example/macchine/bialetti-moka.htm",
        old_review(
            "Bialetti Moka Express: la recensione",
            "di Marco, 21 giugno 2006",
            "La moka di casa, da sei tazze, fa un caffè perfetto da trent'anni.",
            "Prezzo: 29,90 EUR",
            "Compra su eBay.it",
            "http://cgi.ebay.example/ws/eBayISAPI.dll?ViewItem&item=1234567890",
            "Recensioni Caffè",
        ),
    ),
    (
        "a2-old-review-es",
        "http://www.resenas-tech.example/mp3/ipod-nano.html",
        old_review(
            "Reseña del iPod nano",
            "por Javier, 10 de octubre de 2005",
            "Pequeño, ligero y con una pantalla a color. La batería dura unas 14 horas.",
            "Precio: 199,00 EUR",
            "Comprar en Amazon",
            "http://www.amazon.example/exec/obidos/ASIN/B000BTB7TC/resenas-21",
            "Reseñas Tech",
        ),
    ),
    (
        "a2-old-review-hr",
        "http://www.ribolovni-kutak.example/recenzije/shimano-nexave.html",
        old_review(
            "Recenzija: Shimano Nexave 2500",
            "piše Ivan, 4. 5. 2007.",
            "Rola je tiha i glatka, a kočnica radi bez trzaja.",
            "Cijena: 45,00 EUR",
            "Kupi na Njuškalu",
            "http://www.njuskalo.example/oglas/shimano-nexave-2500-123456",
            "Ribolovni kutak",
        ),
    ),
    (
        "a2-old-review-ru",
        "http://www.foto-obzor.example/obzory/canon-a75.html",
        old_review(
            "Обзор Canon PowerShot A75",
            "автор: Андрей, 12.02.2004",
            "Простая камера на батарейках АА, снимает хорошо при дневном свете.",
            "Цена: 9 900 руб.",
            "Купить на Ozon.ru",
            "http://www.ozon.example/context/detail/id/1234567/",
            "Фото-обзор",
        ),
    ),
    (
        "a2-old-review-ko",
        "http://www.review-zone.example/mp3/iriver-h10.html",
        old_review(
            "아이리버 H10 사용기",
            "작성자: 민수, 2005.03.10",
            "컬러 화면과 20시간 배터리가 마음에 들어요.",
            "가격: 299,000원",
            "옥션에서 구매하기",
            "http://itempage.auction.example/detailview.aspx?itemno=A123456789",
            "리뷰존",
        ),
    ),
]


# --- must-not-fire for B2: product pages with offers of their own, each with a button --------------

PRODUCT_OFFERS: list[tuple[str, str, str, str, float]] = [
    (
        "p-new-used-boxes-en",
        "https://www.gearhub.example/p/garmin-forerunner-265",
        page(
            "en",
            "Garmin Forerunner 265 | GearHub",
            "<div class='pdp'><img src='/media/fr265.jpg' width='900' alt='Garmin Forerunner 265'>"
            "<h1>Garmin Forerunner 265</h1><p class='price'>$449.99</p>\n<div class='offers'>"
            "<div class='offer'><h3>New</h3><p>$449.99</p><form action='/cart/add' method='post'>"
            "<input type='hidden' name='condition' value='new'><button type='submit'>Add to cart</button></form>"
            "<a href='/help/shipping'>Shipping info</a></div>"
            "<div class='offer'><h3>Renewed</h3><p>$329.99</p><form action='/cart/add' method='post'>"
            "<input type='hidden' name='condition' value='renewed'><button type='submit'>Add to cart</button></form>"
            "<a href='/help/renewed'>About renewed</a></div></div>\n"
            "<h2>Overview</h2><p>AMOLED running watch with training readiness.</p></div>",
            "",
            "GearHub",
        ),
        "Forerunner 265",
        449.99,
    ),
    (
        "p-subscribe-boxes-de",
        "https://www.roesterei.example/kaffee/espresso-classico",
        page(
            "de",
            "Espresso Classico 1 kg | Rösterei",
            "<div class='produkt'><img src='/bilder/espresso-classico.jpg' width='800'><h1>Espresso Classico 1 kg</h1>"
            "<div class='preis'>24,90 &euro;</div>\n<div class='kaufoption'><p>Einmalkauf</p><p>24,90 &euro;</p>"
            "<button class='btn'>In den Warenkorb</button><a href='/abo-bedingungen'>Bedingungen</a></div>"
            "<div class='kaufoption'><p>Im Abo, alle 4 Wochen</p><p>22,40 &euro;</p>"
            "<button class='btn'>In den Warenkorb</button><a href='/abo-faq'>Abo-FAQ</a></div>\n"
            "<h2>Beschreibung</h2><p>Kräftig, schokoladig, 70 % Arabica.</p></div>",
            "",
            "Rösterei",
        ),
        "Espresso Classico",
        24.9,
    ),
    (
        "p-ticket-zones-es",
        "https://www.entradas.example/es/evento/el-rey-leon",
        page(
            "es",
            "El Rey León – Entradas | Entradas",
            "<div class='evento-detalle'><img src='/img/rey-leon.jpg' width='1200'><h1>El Rey León</h1>"
            "<p>Teatro Lope de Vega, Madrid</p><p class='precio'>45,00 &euro;</p>\n"
            "<div class='zona'><h3>Platea</h3><p>75,00 &euro;</p><button class='btn'>Comprar entradas</button>"
            "<a href='/es/plano/platea'>Ver plano</a></div>"
            "<div class='zona'><h3>Anfiteatro</h3><p>45,00 &euro;</p><button class='btn'>Comprar entradas</button>"
            "<a href='/es/plano/anfiteatro'>Ver plano</a></div>\n<h2>Sinopsis</h2><p>El musical de Disney.</p></div>",
            "",
            "Entradas",
        ),
        "Rey León",
        45.0,
    ),
    (
        "p-sibling-models-table-it",
        "https://www.caffe-shop.example/it/macchine/dedica-ec685",
        page(
            "it",
            "De'Longhi Dedica EC685 | Caffè Shop",
            "<div class='scheda'><img src='/img/ec685.jpg' width='800'><h1>De'Longhi Dedica EC685</h1>"
            "<p class='prezzo'>169,00 &euro;</p><form action='/carrello' method='post'><input type='number' name='qta' value='1'>"
            "<button type='submit'>Aggiungi al carrello</button></form>\n<h2>Confronta i modelli</h2><table>"
            "<tr><th></th><th><a href='/it/macchine/dedica-ec685'>EC685</a></th><th><a href='/it/macchine/dedica-ec885'>EC885</a></th></tr>"
            "<tr><th>Prezzo</th><td>169,00 &euro;</td><td>249,00 &euro;</td></tr>"
            "<tr><th>Lattiera</th><td>no</td><td>sì</td></tr></table></div>",
            "",
            "Caffè Shop",
        ),
        "Dedica EC685",
        169.0,
    ),
    (
        "p-price-table-old-en",
        "http://www.bearings-direct.example/item.asp?id=6204",
        old(
            "Bearings Direct - 6204-2RS Ball Bearing",
            "<font face='Arial' size='4'><b>6204-2RS Sealed Ball Bearing</b></font><br><img src='/img/6204.jpg' width='250'><br>"
            "<table border='1' cellpadding='3'><tr><th>Qty</th><th>1-9</th><th>10+</th></tr>"
            "<tr><td>Price</td><td>$4.95</td><td>$3.95</td></tr>"
            "<tr><td></td><td><a href='/cgi-bin/cart.asp?add=6204&q=1'>Add to Cart</a></td>"
            "<td><a href='/cgi-bin/cart.asp?add=6204&q=10'>Add to Cart</a></td></tr></table>",
            "Bearings Direct",
        ),
        "6204",
        4.95,
    ),
    (
        "p-pairs-plain-ko",
        "https://www.dawon.example/product/detail.html?product_no=2201",
        page(
            "ko",
            "도자기 머그컵 - 다원공방",
            "<div class='detail'><img src='/web/product/mug-big.jpg' width='700'><h1>도자기 머그컵 350ml</h1>"
            "<p class='price'>28,000원</p><form action='/order/basket.html' method='post'><select name='option'>"
            "<option>화이트</option><option>그레이</option></select><button type='submit'>장바구니 담기</button></form>\n"
            "<div class='with'><p><a href='/product/detail.html?product_no=2202'>도자기 접시</a> 22,000원</p>"
            "<button class='btn'>장바구니 담기</button></div><div class='with'><p><a href='/product/detail.html?product_no=2203'>"
            "티코스터</a> 9,000원</p><button class='btn'>장바구니 담기</button></div></div>",
            "",
            "다원공방",
        ),
        "머그컵",
        28000.0,
    ),
    (
        "p-course-dates-it",
        "https://www.scuolacucina.example/it/corso/pasta-fresca",
        page(
            "it",
            "Corso di pasta fresca | Scuola Cucina",
            "<div class='corso'><img src='/img/pasta-fresca.jpg' width='1000'><h1>Corso di pasta fresca</h1>"
            "<p class='prezzo'>65,00 &euro;</p>\n<div class='data'><p>Sabato 6 dicembre</p><p>65,00 &euro;</p>"
            "<button class='btn'>Prenota</button><a href='/it/calendario'>Calendario</a></div>"
            "<div class='data'><p>Sabato 20 dicembre</p><p>65,00 &euro;</p><button class='btn'>Prenota</button>"
            "<a href='/it/luogo'>Come arrivare</a></div>\n<h2>Programma</h2><p>Tagliatelle, ravioli e orecchiette.</p></div>",
            "",
            "Scuola Cucina",
        ),
        "pasta fresca",
        65.0,
    ),
    (
        "p-size-price-table-hr",
        "https://www.posteljina.example/hr/proizvod/pamucna-plahta",
        page(
            "hr",
            "Pamučna plahta | Posteljina",
            "<div class='proizvod'><img src='/slike/plahta.jpg' width='800'><h1>Pamučna plahta</h1>"
            "<p class='cijena'>19,90 &euro;</p><form action='/kosarica' method='post'><select name='velicina'>"
            "<option>90x200</option><option>160x200</option></select><button type='submit'>Dodaj u košaricu</button></form>\n"
            "<table class='velicine'><tr><th>Veličina</th><th>90x200</th><th>160x200</th></tr>"
            "<tr><th>Cijena</th><td>19,90 &euro;</td><td>29,90 &euro;</td></tr></table>\n"
            "<a href='/hr/tablica-velicina'>Tablica veličina</a></div>",
            "",
            "Posteljina",
        ),
        "plahta",
        19.9,
    ),
]


# the same kind with no price beside the title: the first offer box's price is the product's
PRODUCT_OFFERS += [
    (
        "p-subscribe-boxes-only-de",
        "https://www.roesterei.example/kaffee/crema-suave",
        page(
            "de",
            "Crema Suave 1 kg | Rösterei",
            "<div class='produkt'><img src='/bilder/crema-suave.jpg' width='800'><h1>Crema Suave 1 kg</h1>\n"
            "<div class='kaufoption'><p>Einmalkauf</p><p>21,90 &euro;</p><button class='btn'>In den Warenkorb</button>"
            "<a href='/abo-bedingungen'>Bedingungen</a></div><div class='kaufoption'><p>Im Abo, alle 4 Wochen</p>"
            "<p>19,70 &euro;</p><button class='btn'>In den Warenkorb</button><a href='/abo-faq'>Abo-FAQ</a></div>\n"
            "<h2>Beschreibung</h2><p>Mild und nussig, 100 % Arabica.</p></div>",
            "",
            "Rösterei",
        ),
        "Crema Suave",
        21.9,
    ),
    (
        "p-ticket-zones-only-es",
        "https://www.entradas.example/es/evento/mamma-mia",
        page(
            "es",
            "Mamma Mia! – Entradas | Entradas",
            "<div class='evento-detalle'><img src='/img/mamma-mia.jpg' width='1200'><h1>Mamma Mia!</h1>"
            "<p>Teatro Coliseum, Madrid</p>\n<div class='zona'><h3>Platea</h3><p>55,00 &euro;</p>"
            "<button class='btn'>Comprar entradas</button><a href='/es/plano/platea'>Ver plano</a></div>"
            "<div class='zona'><h3>Anfiteatro</h3><p>30,00 &euro;</p><button class='btn'>Comprar entradas</button>"
            "<a href='/es/plano/anfiteatro'>Ver plano</a></div>\n<h2>Sinopsis</h2><p>El musical de ABBA.</p></div>",
            "",
            "Entradas",
        ),
        "Mamma Mia",
        30.0,  # the cheaper zone's, as the previous modules read it too (prices.find_price's choice)
    ),
    (
        "p-course-dates-only-it",
        "https://www.scuolacucina.example/it/corso/pasticceria-di-natale",
        page(
            "it",
            "Pasticceria di Natale | Scuola Cucina",
            "<div class='corso'><img src='/img/natale.jpg' width='1000'><h1>Pasticceria di Natale</h1>\n"
            "<div class='data'><p>Sabato 13 dicembre</p><p>80,00 &euro;</p><button class='btn'>Prenota</button>"
            "<a href='/it/calendario'>Calendario</a></div><div class='data'><p>Domenica 14 dicembre</p><p>80,00 &euro;</p>"
            "<button class='btn'>Prenota</button><a href='/it/luogo'>Come arrivare</a></div>\n"
            "<h2>Programma</h2><p>Panettone, pandoro e biscotti.</p></div>",
            "",
            "Scuola Cucina",
        ),
        "Pasticceria di Natale",
        80.0,
    ),
]


# --- must-not-fire for A2 and the article rule: product pages that look like articles --------------


def old_shop_item(title: str, body_lines: str, buy: str, shop: str) -> str:
    """An old shop's item page: a big-font name, a photo, labelled lines and a buy control `buy`."""
    return old(
        f"{shop} - {title}",
        f"<font face='Arial' size='4'><b>{title}</b></font><br><img src='/images/item-large.jpg' "
        f"width='350' height='260'><br><font face='Arial' size='2'>{body_lines}<br>{buy}</font>",
        shop,
    )


PRODUCT_ELSEWHERE: list[tuple[str, str, str, str, float]] = [
    (
        "p-old-hosted-cart-en",
        "http://www.quiltbarn.example/fabric/kona-white.html",
        old_shop_item(
            "Kona Cotton Solid - White",
            "Manufacturer: Robert Kaufman<br>Price: $8.99 per yard<br>In stock",
            "<a href='http://ww8.aitsafe.example/cf/add.cfm?userid=123456&product=Kona+White&price=8.99'>Add to Cart</a>",
            "Quilt Barn",
        ),
        "Kona Cotton",
        8.99,
    ),
    (
        "p-old-paypal-link-en",
        "http://www.knotworks.example/bracelets/celtic.html",
        old_shop_item(
            "Celtic Knot Bracelet, Sterling",
            "Handmade in Oregon<br>Price: $45.00",
            "<a href='https://www.paypal.example/cgi-bin/webscr?cmd=_cart&add=1&business=knot@example&item_name=Celtic'>"
            "Add to Cart</a>",
            "Knotworks",
        ),
        "Celtic Knot Bracelet",
        45.0,
    ),
    (
        "p-old-secure-host-de",
        "http://www.teeladen.example/tee/assam.html",
        old_shop_item(
            "Assam Broken TGFOP, 250 g",
            "Herkunft: Indien<br>Preis: 7,90 EUR",
            "<a href='https://secure.teeladen.example/shop/warenkorb.php?add=assam250'>In den Warenkorb</a>",
            "Teeladen",
        ),
        "Assam",
        7.9,
    ),
    (
        "p-old-cart-service-fr",
        "http://www.savonnerie.example/savons/lavande.html",
        old_shop_item(
            "Savon à la lavande 100 g",
            "Fabriqué en Provence<br>Prix : 5,50 EUR",
            "<a href='http://panier.hebergeur.example/commande.php?boutique=savonnerie&ajout=lavande'>Ajouter au panier</a>",
            "Savonnerie",
        ),
        "lavande",
        5.5,
    ),
    (
        "p-old-onsite-and-amazon-en",
        "http://www.bookbarn.example/books/dune.html",
        old_shop_item(
            "Dune (paperback)",
            "Author: Frank Herbert<br>Price: $7.99<br>In stock: 4",
            "<a href='/cgi-bin/cart.pl?add=dune-pb'>Add to Cart</a> | "
            "<a href='http://www.amazon.example/exec/obidos/ASIN/0441172717/bookbarn-20'>Buy the hardcover at Amazon</a>",
            "Book Barn",
        ),
        "Dune",
        7.99,
    ),
    (
        "p-old-order-cgi-other-host-it",
        "http://www.oliodoliva.example/olio/taggiasca.htm",
        old_shop_item(
            "Olio extravergine Taggiasca 0,75 l",
            "Produttore: Frantoio Rossi<br>Prezzo: 18,50 EUR",
            "<a href='http://ordini.servizi-shop.example/cgi-bin/order.cgi?shop=olio&item=taggiasca'>Acquista</a>",
            "Olio d'Oliva",
        ),
        "Taggiasca",
        18.5,
    ),
    (
        "p-og-article-subtitle-h2-en",
        "https://www.tidewater.example/shop/sea-salt-caramels/",
        page(
            "en",
            "Sea Salt Caramels &ndash; Tidewater Sweets",
            "<div class='product-detail'><img src='/wp-content/uploads/caramels.jpg' width='900'>"
            "<h1 class='product_title'>Sea Salt Caramels</h1><h2 class='subtitle'>Box of 16, hand-wrapped</h2>"
            "<p class='price'>$18.00</p><form class='cart' method='post'><input type='number' name='quantity' value='1'>"
            "<button type='submit' name='add-to-cart'>Add to cart</button></form>\n"
            "<h2>Description</h2><p>Slow-cooked in copper kettles.</p></div>",
            OG_ARTICLE + "<meta property='article:modified_time' content='2026-02-02T10:00:00+00:00'>",
            "Tidewater Sweets",
        ),
        "Sea Salt Caramels",
        18.0,
    ),
    (
        "p-article-event-form-de",
        "https://www.konzertkasse.example/de/event/max-raabe-berlin",
        page(
            "de",
            "Max Raabe &amp; Palast Orchester – Berlin | Konzertkasse",
            "<article class='event'><img src='/img/raabe.jpg' width='1200'><h1>Max Raabe &amp; Palast Orchester</h1>"
            "<p>Admiralspalast Berlin &middot; <time datetime='2026-12-12T20:00'>Fr, 12.12.2026, 20:00 Uhr</time></p>"
            "<p class='preis'>49,90 &euro;</p><form action='/de/warenkorb' method='post'><label>Anzahl "
            "<select name='anzahl'><option>1</option><option>2</option></select></label>"
            "<button type='submit'>Tickets kaufen</button></form>\n<h2>Über das Konzert</h2><p>Lieder der 20er.</p></article>",
            OG_ARTICLE,
            "Konzertkasse",
        ),
        "Max Raabe",
        49.9,
    ),
    (
        "p-article-game-release-en",
        "https://www.gamevault.example/games/starfall-2",
        page(
            "en",
            "Starfall 2 (PS5) | GameVault",
            "<article class='game'><img src='/img/starfall-2.jpg' width='900'><h1>Starfall 2 (PS5)</h1>"
            "<p>Release date: 03.12.2026</p><p class='price'>$69.99</p>"
            "<button class='btn add-to-cart'>Pre-order now</button>\n<h2>About the game</h2><p>Open-world space RPG.</p></article>",
            "",
            "GameVault",
        ),
        "Starfall 2",
        69.99,
    ),
]


# --- must-not-fire for the article rule: classified ads in an <article> with a posting <time> ------


def ad(
    lang: str,
    title: str,
    name: str,
    posted: str,
    price: str,
    desc: str,
    seller: str,
    img: str,
    contact: str,
    head: str = "",
) -> str:
    """A classified ad: an `<article>` with the photos, the item's name, its posting time, its price,
    the seller's text and a contact button."""
    return page(
        lang,
        title,
        f"<article class='classified'>\n<div class='photos'><img src='/photos/{img}-1.jpg' width='800' alt='{name}'>"
        f"<img src='/photos/{img}-2.jpg' width='800'></div>\n<h1 class='ad-title'>{name}</h1>\n"
        f"<p class='posted'>{posted}</p>\n<p class='ad-price'>{price}</p>\n<div class='ad-description'><p>{desc}</p></div>\n"
        f"<div class='seller'><p>{seller}</p><a class='btn' href='/messages/new'>{contact}</a></div>\n</article>",
        head,
        "Oglasi",
    )


CLASSIFIEDS: list[tuple[str, str, str, str, float]] = [
    (
        "p-ad-njuskalo-hr",
        "https://www.oglasnik.hr.example/bicikli/trek-marlin-5-oglas-41234567",
        ad(
            "hr",
            "Trek Marlin 5, 2022. – Oglasnik",
            "Trek Marlin 5, veličina M",
            "Objavljen: <time datetime='2026-11-30T18:02'>30.11.2026. u 18:02</time>",
            "450 €",
            "Bicikl je u odličnom stanju, vožen dvije sezone, redovno servisiran.",
            "Ivan, Zagreb",
            "izgled",
            "Pošalji poruku",
            OG_ARTICLE,
        ),
        "Trek Marlin 5",
        450.0,
    ),
    (
        "p-ad-bolha-sl",
        "https://www.oglasi.si.example/oglas/otroski-voziček-cybex-123456",
        ad(
            "sl",
            "Otroški voziček Cybex Priam | Oglasi",
            "Otroški voziček Cybex Priam",
            "<time datetime='2026-12-01'>1. 12. 2026</time> · Ljubljana",
            "390 €",
            "Voziček je lepo ohranjen, brez poškodb, zraven dobite še dežno prevleko.",
            "Maja",
            "cybex",
            "Kontaktiraj",
        ),
        "Cybex Priam",
        390.0,
    ),
    (
        "p-ad-kolesa-kz",
        "https://www.obyavleniya.kz.example/a/show/176543210",
        ad(
            "ru",
            "Продам iPhone 13 128 ГБ – Алматы | Объявления",
            "iPhone 13, 128 ГБ, синий",
            "Опубликовано <time datetime='2026-12-02'>2 декабря 2026</time>",
            "195 000 ₸",
            "Телефон в идеальном состоянии, аккумулятор 89 процентов, полный комплект с коробкой.",
            "Айдос",
            "iphone13",
            "Написать продавцу",
        ),
        "iPhone 13",
        195000.0,
    ),
    (
        "p-ad-subito-it",
        "https://www.annunci.it.example/arredamento/divano-tre-posti-roma-512345678.htm",
        ad(
            "it",
            "Divano tre posti – Roma | Annunci",
            "Divano tre posti in tessuto grigio",
            "<time datetime='2026-11-28T09:15'>28 nov alle 09:15</time> · Roma",
            "180 €",
            "Divano tenuto benissimo, nessuna macchia, da ritirare al terzo piano senza ascensore.",
            "Giorgia",
            "divano",
            "Contatta",
        ),
        "Divano tre posti",
        180.0,
    ),
    (
        "p-ad-leboncoin-fr",
        "https://www.petites-annonces.example/ad/velos/2890123456",
        ad(
            "fr",
            "Vélo cargo Riese &amp; Müller | Petites annonces",
            "Vélo cargo Riese &amp; Müller Packster 70",
            "Publiée le <time datetime='2026-11-25'>25 novembre 2026</time>",
            "3 900 €",
            "Vendu avec deux batteries et la bâche pluie, entretien fait en septembre chez un pro.",
            "Julien, Nantes",
            "packster",
            "Envoyer un message",
            OG_ARTICLE,
        ),
        "Packster 70",
        3900.0,
    ),
    (
        "p-ad-wallapop-es",
        "https://es.segundamano.example/item/camara-fuji-x100v-987654321",
        ad(
            "es",
            "Fujifilm X100V | Segunda Mano",
            "Fujifilm X100V plateada",
            "Publicado el <time datetime='2026-11-29'>29/11/2026</time>",
            "1.150 €",
            "Cámara con menos de 5000 disparos, sin marcas de uso, con caja y factura.",
            "Lucía",
            "x100v",
            "Chat",
        ),
        "X100V",
        1150.0,
    ),
    (
        "p-ad-craigslist-en",
        "https://sfbay.classifieds.example/sfc/bik/d/san-francisco-brompton-c-line/7790123456.html",
        ad(
            "en",
            "Brompton C Line Explore - bicycles - by owner",
            "Brompton C Line Explore, 6-speed",
            "Posted <time datetime='2026-11-27T14:20'>2026-11-27 14:20</time>",
            "$1,300",
            "Folding bike in great shape, new tires this summer, comes with the front bag.",
            "Contact by email only",
            "brompton",
            "Reply",
        ),
        "Brompton C Line",
        1300.0,
    ),
    (
        "p-ad-591-zh-tw",
        "https://sale.used.tw.example/item/3345678",
        ad(
            "zh",
            "二手 Dyson V12 吸塵器 | 二手市集",
            "Dyson V12 Detect Slim 吸塵器 九成新",
            "刊登時間 <time datetime='2026-11-26'>2026/11/26</time>",
            "NT$ 9,800",
            "使用一年，功能正常，配件齊全，台北市大安區可面交，外縣市可寄送。",
            "王先生",
            "dyson-v12",
            "聯絡賣家",
        ),
        "Dyson V12",
        9800.0,
    ),
]


# --- tests -------------------------------------------------------------------------------------------

# Kinds left (reason: what knockoff reads).
XFAIL: dict[str, str] = {
    "p-price-table-old-en": "None: a quantity-break table's two 'Add to Cart' links (1-9, 10+) read as two "
    "offers (several_offers: one buy phrase on two controls), price read 3.95 (the 10+ cell); failed before too",
}


def _params(cases: list[tuple], xfail: dict[str, str]) -> list:
    return [
        pytest.param(
            *c, id=c[0], marks=[pytest.mark.xfail(strict=True, reason=xfail[c[0]])] if c[0] in xfail else []
        )
        for c in cases
    ]


def test_counts() -> None:
    """At least 8 pages of each kind and of each must-not-fire family; ids unique."""
    for cases in (
        ARTICLE,
        SEVERAL,
        OLD_PRODUCT,
        PRODUCT_LOOKALIKE,
        OLD_NON_PRODUCT,
        SEVERAL_PLAIN,
        OLD_AFFILIATE,
        PRODUCT_OFFERS,
        PRODUCT_ELSEWHERE,
        CLASSIFIEDS,
    ):
        assert len(cases) >= 8
    ids = [c[0] for c in NONE_CASES + LISTING_CASES]
    assert len(ids) == len(set(ids))


NONE_CASES = ARTICLE + SEVERAL + OLD_NON_PRODUCT + SEVERAL_PLAIN + OLD_AFFILIATE
LISTING_CASES = OLD_PRODUCT + PRODUCT_LOOKALIKE + PRODUCT_OFFERS + PRODUCT_ELSEWHERE + CLASSIFIEDS


@pytest.mark.parametrize(("name", "url", "html"), _params(NONE_CASES, XFAIL))
def test_not_a_product_page(name: str, url: str, html: str) -> None:
    """An article, a page of several offers or an old non-product page gives no listing."""
    got = extract_product(html, url)
    assert got is None, {k: got[k] for k in ("title", "price", "currency")}


@pytest.mark.parametrize(("name", "url", "html", "title_part", "price"), _params(LISTING_CASES, XFAIL))
def test_product_page(name: str, url: str, html: str, title_part: str, price: float) -> None:
    """A product page of one item gives its listing: the item's title and price."""
    got = extract_product(html, url)
    assert got is not None, "no listing"
    assert title_part in (got["title"] or ""), got["title"]
    assert got["price"] == pytest.approx(price), got["price"]
