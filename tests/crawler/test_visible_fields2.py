"""Product pages without structured data whose sku, brand and availability show only in the visible
HTML (issue 14), written before reading the heuristics (2026-12-01, second session).

Issue 14 measured 140 real product pages: sku F1 0.536, availability 0.800, brand 0.650, many of
them without schema.org data. Each page here is built the way a shop platform or marketplace ships
it (Shopify, WooCommerce, Magento, Shopware, PrestaShop, Squarespace, Wix, BigCommerce, Salesforce
Commerce Cloud, VTEX, Amazon, eBay, Allegro, Coupang, Rakuten, Mercado Libre, Kaspi, Noon and small
local shops): a header with logo, navigation, search, account and cart; breadcrumbs; the product
block; a footer with service links, a newsletter form and payment names. No JSON-LD, microdata,
RDFa or product meta tags.

The item code shows under a label ("SKU:", "Art.-Nr.", "Référence", "Item model number", "商品番号",
"품번", "Артикул"...), in a hidden `<input name=sku>`, a data-sku attribute or a variant list in a
data attribute; the brand under a label ("Brand:", "Marke:"), in a byline ("by BRAND", "Visit the
BRAND Store"), a vendor or brand link, or a brand logo's alt; the stock state in words ("In stock",
"Only 3 left", "Sold out", "Ausverkauft", "Agotado", "Niet op voorraad", "在庫切れ", "품절",
"Нет в наличии"), a disabled buy button or a "notify me" form.

Must-not-fire pages: a related-products strip showing other brands and codes, a size chart with a
code per size, reviews naming other brands, "Sold out" on another variant or on a related card, a
shipping note "Ships in 3 days". A field wanted as None must read None.

Each case states what a careful person labels; a field not named is not checked.

First look (59 pages, 162 fields, before reading the heuristics): 18 fields wrong. sku: a variant
list in a data attribute, a `data-sku` attribute, "Riferimento", Amazon.co.jp's "メーカー型番" (read
the ASIN), a related card's "SKU:" (must-not-fire); brand: Shopify vendor links
(/collections/vendors?q=) x3, the label kept in "Производитель: Tefal" / "العلامة التجارية: كينوود",
"Varumärke" x2, noon's Arabic spec label, a review's "Brand: doesn't matter to me..." (must-not-fire),
a "Brand: X." sentence in prose (left as a strict xfail); availability: a WooCommerce variable
product's button disabled until a variant is chosen (read OutOfStock), Arabic "أضف إلى العربة"
(None) and "نفدت الكمية" (read InStock). Three must-not-fire pages were added with the fixes
(tiles carrying data-sku, a variant list with several codes, an Arabic size chip "غير متوفر").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from knockoff.crawler.extract import extract_product

WORDS: dict[str, dict[str, str]] = {
    "en": dict(
        home="Home",
        new="New in",
        sale="Sale",
        search="Search",
        account="Account",
        cart="Cart",
        help="Help",
        ship="Shipping",
        ret="Returns",
        contact="Contact us",
        news="Newsletter",
        sub="Subscribe",
        priv="Privacy policy",
    ),
    "de": dict(
        home="Startseite",
        new="Neuheiten",
        sale="Sale",
        search="Suchen",
        account="Mein Konto",
        cart="Warenkorb",
        help="Hilfe",
        ship="Versand",
        ret="Rücksendungen",
        contact="Kontakt",
        news="Newsletter",
        sub="Anmelden",
        priv="Datenschutz",
    ),
    "fr": dict(
        home="Accueil",
        new="Nouveautés",
        sale="Soldes",
        search="Rechercher",
        account="Mon compte",
        cart="Panier",
        help="Aide",
        ship="Livraison",
        ret="Retours",
        contact="Contact",
        news="Lettre d'information",
        sub="S'inscrire",
        priv="Confidentialité",
    ),
    "es": dict(
        home="Inicio",
        new="Novedades",
        sale="Rebajas",
        search="Buscar",
        account="Mi cuenta",
        cart="Carrito",
        help="Ayuda",
        ship="Envíos",
        ret="Devoluciones",
        contact="Contacto",
        news="Boletín",
        sub="Suscribirse",
        priv="Privacidad",
    ),
    "it": dict(
        home="Home",
        new="Novità",
        sale="Saldi",
        search="Cerca",
        account="Il mio account",
        cart="Carrello",
        help="Aiuto",
        ship="Spedizioni",
        ret="Resi",
        contact="Contatti",
        news="Newsletter",
        sub="Iscriviti",
        priv="Privacy",
    ),
    "nl": dict(
        home="Home",
        new="Nieuw",
        sale="Uitverkoop",
        search="Zoeken",
        account="Mijn account",
        cart="Winkelwagen",
        help="Klantenservice",
        ship="Verzending",
        ret="Retourneren",
        contact="Contact",
        news="Nieuwsbrief",
        sub="Inschrijven",
        priv="Privacybeleid",
    ),
    "pl": dict(
        home="Strona główna",
        new="Nowości",
        sale="Wyprzedaż",
        search="Szukaj",
        account="Moje konto",
        cart="Koszyk",
        help="Pomoc",
        ship="Dostawa",
        ret="Zwroty",
        contact="Kontakt",
        news="Newsletter",
        sub="Zapisz się",
        priv="Polityka prywatności",
    ),
    "sv": dict(
        home="Hem",
        new="Nyheter",
        sale="Rea",
        search="Sök",
        account="Mitt konto",
        cart="Varukorg",
        help="Hjälp",
        ship="Frakt",
        ret="Returer",
        contact="Kontakta oss",
        news="Nyhetsbrev",
        sub="Prenumerera",
        priv="Integritetspolicy",
    ),
    "ja": dict(
        home="ホーム",
        new="新着",
        sale="セール",
        search="検索",
        account="マイページ",
        cart="カート",
        help="ヘルプ",
        ship="配送について",
        ret="返品について",
        contact="お問い合わせ",
        news="メールマガジン",
        sub="登録する",
        priv="プライバシーポリシー",
    ),
    "ko": dict(
        home="홈",
        new="신상품",
        sale="세일",
        search="검색",
        account="마이페이지",
        cart="장바구니",
        help="고객센터",
        ship="배송안내",
        ret="반품안내",
        contact="문의하기",
        news="뉴스레터",
        sub="구독하기",
        priv="개인정보처리방침",
    ),
    "zh-TW": dict(
        home="首頁",
        new="新品",
        sale="特價",
        search="搜尋",
        account="會員中心",
        cart="購物車",
        help="常見問題",
        ship="運送說明",
        ret="退換貨",
        contact="聯絡我們",
        news="電子報",
        sub="訂閱",
        priv="隱私權政策",
    ),
    "ru": dict(
        home="Главная",
        new="Новинки",
        sale="Распродажа",
        search="Поиск",
        account="Личный кабинет",
        cart="Корзина",
        help="Помощь",
        ship="Доставка",
        ret="Возврат",
        contact="Контакты",
        news="Рассылка",
        sub="Подписаться",
        priv="Политика конфиденциальности",
    ),
    "ar": dict(
        home="الرئيسية",
        new="وصل حديثاً",
        sale="تخفيضات",
        search="بحث",
        account="حسابي",
        cart="العربة",
        help="المساعدة",
        ship="الشحن",
        ret="الإرجاع",
        contact="اتصل بنا",
        news="النشرة البريدية",
        sub="اشترك",
        priv="سياسة الخصوصية",
    ),
}


def header(style: str, lang: str, shop: str) -> str:
    """The page's chrome above the product: logo, navigation, search, account, cart (18-22 lines)."""
    w = WORDS[lang]
    if style == "market":
        return f"""<header id="navbar" class="nav-top">
  <div class="nav-left"><a href="/" class="nav-logo" aria-label="{shop}"><span class="nav-sprite">{shop}</span></a></div>
  <div class="nav-fill">
    <form class="nav-searchbar" action="/s" role="search">
      <select class="nav-search-dropdown" name="url"><option>All</option><option>Electronics</option><option>Home</option></select>
      <input type="text" name="k" placeholder="{w["search"]} {shop}" aria-label="{w["search"]}">
      <input type="submit" class="nav-input" value="{w["search"]}">
    </form>
  </div>
  <div class="nav-right">
    <a href="/account" class="nav-a">{w["account"]}</a>
    <a href="/orders" class="nav-a">Orders</a>
    <a href="/cart" class="nav-cart" aria-label="{w["cart"]}"><span class="nav-cart-count">0</span> {w["cart"]}</a>
  </div>
</header>
<nav class="nav-main">
  <a href="/deals">{w["sale"]}</a>
  <a href="/new">{w["new"]}</a>
  <a href="/help">{w["help"]}</a>
</nav>
"""
    return f"""<div class="announcement-bar" role="region"><p>{w["ship"]} 0 &ndash; 50+</p></div>
<header class="site-header header--{style}">
  <div class="header__inner">
    <a href="/" class="header__logo"><img src="/static/logo.svg" alt="{shop}" width="140" height="40"></a>
    <nav class="header__menu" aria-label="Main">
      <ul class="menu">
        <li class="menu__item"><a href="/">{w["home"]}</a></li>
        <li class="menu__item"><a href="/new">{w["new"]}</a></li>
        <li class="menu__item"><a href="/sale">{w["sale"]}</a></li>
        <li class="menu__item"><a href="/pages/contact">{w["contact"]}</a></li>
      </ul>
    </nav>
    <form action="/search" method="get" class="header__search" role="search">
      <input type="search" name="q" placeholder="{w["search"]}" aria-label="{w["search"]}">
      <button type="submit">{w["search"]}</button>
    </form>
    <div class="header__icons">
      <a href="/account/login" class="header__icon">{w["account"]}</a>
      <a href="/cart" class="header__icon header__icon--cart">{w["cart"]} <span class="cart-count">0</span></a>
    </div>
  </div>
</header>
"""


def footer(lang: str, shop: str) -> str:
    """The page's chrome below the product: service links, newsletter form, payment names (18 lines)."""
    w = WORDS[lang]
    return f"""<footer class="site-footer">
  <div class="footer__blocks">
    <div class="footer__block">
      <h2 class="footer__heading">{w["help"]}</h2>
      <ul class="footer__list">
        <li><a href="/pages/shipping">{w["ship"]}</a></li>
        <li><a href="/pages/returns">{w["ret"]}</a></li>
        <li><a href="/pages/contact">{w["contact"]}</a></li>
      </ul>
    </div>
    <div class="footer__block footer__newsletter">
      <h2 class="footer__heading">{w["news"]}</h2>
      <form method="post" action="/contact#newsletter"><input type="email" name="contact[email]" placeholder="E-mail"><button type="submit">{w["sub"]}</button></form>
    </div>
  </div>
  <ul class="footer__payment"><li>Visa</li><li>Mastercard</li><li>PayPal</li><li>Apple Pay</li></ul>
  <p class="footer__copyright">&copy; 2026 {shop} &middot; <a href="/policies/privacy">{w["priv"]}</a></p>
</footer>
"""


@dataclass
class Case:
    """One product page: `body` is the main area between the header and the footer."""

    id: str
    lang: str
    style: str
    shop: str
    url: str
    title: str
    body: str
    want: dict[str, str | None]
    xfail: dict[str, str] = field(default_factory=dict)  # field -> reason (strict)

    def html(self) -> str:
        return (
            f'<!DOCTYPE html>\n<html lang="{self.lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{self.title} &ndash; {self.shop}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="/assets/theme.css">\n</head>\n<body>\n'
            + header(self.style, self.lang, self.shop)
            + '<main id="MainContent" class="content-for-layout">\n'
            + self.body.strip("\n")
            + "\n</main>\n"
            + footer(self.lang, self.shop)
            + "</body>\n</html>\n"
        )


CASES: list[Case] = []


def case(*args, **kwargs) -> None:
    CASES.append(Case(*args, **kwargs))


# ---- Shopify ---------------------------------------------------------------------------------------

case(
    "shopify-vendor-link",
    "en",
    "shopify",
    "Trail & Tide",
    "https://trailandtide.example/products/classic-bottle-1-5qt",
    "Classic Legendary Bottle 1.5 QT",
    """
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> / <a href="/collections/drinkware">Drinkware</a> / <span>Classic Legendary Bottle 1.5 QT</span></nav>
<section class="product product--medium">
  <div class="product__media-wrapper">
    <ul class="product__media-list">
      <li class="product__media-item"><img src="//cdn.shop.example/files/classic-bottle-green_1200x.jpg" alt="Classic Legendary Bottle 1.5 QT in Hammertone Green" width="1200" height="1200"></li>
      <li class="product__media-item"><img src="//cdn.shop.example/files/classic-bottle-green-lid_1200x.jpg" alt="Lid detail" width="1200" height="1200"></li>
    </ul>
  </div>
  <div class="product__info-wrapper">
    <p class="product__vendor"><a href="/collections/vendors?q=Stanley">Stanley</a></p>
    <h1 class="product__title">Classic Legendary Bottle 1.5 QT</h1>
    <p class="product__sku">SKU: 10-01-1913</p>
    <div class="price"><span class="price-item price-item--regular">$45.00 USD</span></div>
    <p class="product__tax caption">Tax included. <a href="/policies/shipping-policy">Shipping</a> calculated at checkout.</p>
    <p class="product__inventory"><span class="inventory-dot"></span> In stock</p>
    <form method="post" action="/cart/add" class="product-form">
      <input type="hidden" name="id" value="39871234567890">
      <div class="quantity"><button type="button" name="minus">&minus;</button><input type="number" name="quantity" value="1" min="1"><button type="button" name="plus">+</button></div>
      <button type="submit" name="add" class="product-form__submit button">Add to cart</button>
    </form>
    <div class="product__description rte">
      <p>Keeps drinks cold for 24 hours or hot for 32. Double-wall vacuum insulation, 18/8 stainless steel.</p>
      <ul><li>Capacity: 1.5 qt / 1.4 L</li><li>Dishwasher safe</li><li>Lifetime warranty</li></ul>
    </div>
  </div>
</section>
""",
    dict(sku="10-01-1913", brand="Stanley", availability="InStock"),
)

case(
    "shopify-sold-out-variant-json",
    "en",
    "shopify",
    "Brew Lab",
    "https://brewlab.example/products/stagg-ekg-kettle",
    "Stagg EKG Electric Kettle",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/collections/kettles">Kettles</a></nav>
<section class="product" data-section="main-product">
  <div class="product__media">
    <img src="//cdn.shop.example/files/stagg-ekg-matte-black.jpg" alt="Stagg EKG Electric Kettle, Matte Black" width="1000" height="1000">
  </div>
  <div class="product__info">
    <div class="product__vendor"><a href="/collections/vendors?q=Fellow" title="Fellow">Fellow</a></div>
    <h1 class="product__title">Stagg EKG Electric Kettle</h1>
    <div class="price price--sold-out"><span class="price-item">$165.00</span><span class="badge price__badge-sold-out">Sold out</span></div>
    <variant-selects class="no-js-hidden" data-section="main-product" data-url="/products/stagg-ekg-kettle"
      data-variants='[{"id":41234567001,"title":"Matte Black","sku":"1145MB","available":false,"price":16500}]'>
      <fieldset class="product-form__input"><legend>Color</legend>
        <input type="radio" id="color-mb" name="Color" value="Matte Black" checked><label for="color-mb">Matte Black</label>
      </fieldset>
    </variant-selects>
    <form method="post" action="/cart/add" class="product-form">
      <input type="hidden" name="id" value="41234567001">
      <button type="submit" name="add" class="product-form__submit button" disabled>Sold out</button>
    </form>
    <div class="product__description rte"><p>Pour-over kettle with variable temperature control and a 60-minute hold mode.</p></div>
  </div>
</section>
""",
    dict(sku="1145MB", brand="Fellow", availability="OutOfStock"),
)

case(
    "shopify-selected-variant-in-stock",
    "en",
    "shopify",
    "Coastline Supply",
    "https://coastline.example/products/organic-pocket-tee?variant=4501",
    "Organic Pocket Tee",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/collections/tees">Tees</a></nav>
<section class="product">
  <div class="product__media"><img src="//cdn.shop.example/files/pocket-tee-navy.jpg" alt="Organic Pocket Tee, navy" width="900" height="1200"></div>
  <div class="product__info-container">
    <p class="product__text caption-with-letter-spacing">Outerknown</p>
    <h1>Organic Pocket Tee</h1>
    <p class="product__sku" id="Sku-main">SKU: OK-TEE-NVY-M</p>
    <div class="price"><span class="price-item price-item--regular">$48.00</span></div>
    <variant-radios class="no-js-hidden">
      <fieldset class="product-form__input product-form__input--pill"><legend class="form__label">Size</legend>
        <input type="radio" id="size-s" name="Size" value="S" class="disabled"><label for="size-s">S<span class="visually-hidden label-unavailable">Sold out</span></label>
        <input type="radio" id="size-m" name="Size" value="M" checked><label for="size-m">M</label>
        <input type="radio" id="size-l" name="Size" value="L"><label for="size-l">L</label>
        <input type="radio" id="size-xl" name="Size" value="XL" class="disabled"><label for="size-xl">XL<span class="visually-hidden label-unavailable">Sold out</span></label>
      </fieldset>
    </variant-radios>
    <form method="post" action="/cart/add" class="product-form">
      <input type="hidden" name="id" value="4501">
      <button type="submit" name="add" class="product-form__submit button button--full-width">Add to cart</button>
    </form>
    <div class="product__description rte"><p>Heavyweight organic cotton jersey with a chest pocket. Garment dyed.</p></div>
  </div>
</section>
""",
    dict(sku="OK-TEE-NVY-M", availability="InStock"),
)

case(
    "shopify-only-3-left",
    "en",
    "shopify",
    "The Cook's Pantry",
    "https://cookspantry.example/products/signature-round-dutch-oven",
    "Signature Round Dutch Oven 5.3 qt",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/collections/cookware">Cookware</a></nav>
<div class="product-single grid">
  <div class="product-single__photos"><img src="//cdn.shop.example/files/dutch-oven-cerise_1024x.jpg" alt="Signature Round Dutch Oven in Cerise" width="1024" height="1024"></div>
  <div class="product-single__meta">
    <h1 class="product-single__title">Signature Round Dutch Oven 5.3 qt</h1>
    <p class="product-single__vendor">by <a class="product-vendor" href="/collections/vendors?q=Le%20Creuset">Le Creuset</a></p>
    <p class="product-single__price"><span class="money">$420.00</span></p>
    <p class="product-single__inventory product-inventory--low">Only 3 left!</p>
    <form action="/cart/add" method="post" class="product-form">
      <select name="id" class="product-single__variants"><option value="301" selected>Cerise</option><option value="302">Marseille</option></select>
      <button type="submit" name="add" class="btn btn--add-to-cart"><span>Add to Cart</span></button>
    </form>
    <div class="product-single__description rte">
      <p>Enameled cast iron that distributes and retains heat evenly. Oven safe to 500&deg;F.</p>
    </div>
  </div>
</div>
""",
    dict(sku=None, brand="Le Creuset", availability="InStock"),
)

case(
    "shopify-notify-me",
    "en",
    "shopify",
    "North Pack Co",
    "https://northpack.example/products/rover-daypack-20l",
    "Rover Daypack 20L",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/collections/bags">Bags</a></nav>
<section class="product">
  <div class="product__media"><img src="//cdn.shop.example/files/rover-daypack-olive.jpg" alt="Rover Daypack 20L olive" width="1000" height="1000"></div>
  <div class="product__info">
    <a class="product__vendor" href="/collections/vendors?q=Topo%20Designs">Topo Designs</a>
    <h1 class="product__title">Rover Daypack 20L</h1>
    <div class="price"><span class="price-item">$129.00</span></div>
    <form method="post" action="/cart/add" class="product-form">
      <input type="hidden" name="id" value="5120">
      <button type="submit" name="add" class="button" disabled>Sold out</button>
    </form>
    <div class="back-in-stock">
      <p>Notify me when available</p>
      <form method="post" action="/contact#back-in-stock"><input type="email" name="contact[email]" placeholder="Email address"><button type="submit">Notify me</button></form>
    </div>
    <div class="product__description rte"><p>Top-loading pack with a roll-top closure and a padded laptop sleeve.</p></div>
  </div>
</section>
""",
    dict(sku=None, brand="Topo Designs", availability="OutOfStock"),
)

# ---- WooCommerce -------------------------------------------------------------------------------------

case(
    "woo-de-artnr-marke",
    "de",
    "woo",
    "Papeterie Sommer",
    "https://papeterie-sommer.example/produkt/notizbuch-a5-dotted/",
    "Notizbuch A5 Dotted",
    """
<nav class="woocommerce-breadcrumb"><a href="/">Startseite</a> / <a href="/kategorie/notizbuecher/">Notizbücher</a> / Notizbuch A5 Dotted</nav>
<div id="product-812" class="product type-product status-publish instock product_cat-notizbuecher has-post-thumbnail shipping-taxable purchasable product-type-simple">
  <div class="woocommerce-product-gallery images">
    <div class="woocommerce-product-gallery__image"><a href="/wp-content/uploads/2026/03/notizbuch-a5-dotted-blau.jpg"><img src="/wp-content/uploads/2026/03/notizbuch-a5-dotted-blau-600x600.jpg" alt="" width="600" height="600"></a></div>
  </div>
  <div class="summary entry-summary">
    <h1 class="product_title entry-title">Notizbuch A5 Dotted</h1>
    <p class="price"><span class="woocommerce-Price-amount amount"><bdi>22,95&nbsp;<span class="woocommerce-Price-currencySymbol">&euro;</span></bdi></span> <small class="woocommerce-price-suffix">inkl. MwSt.</small></p>
    <div class="woocommerce-product-details__short-description"><p>251 nummerierte Seiten, 80 g/m² Papier, Lesezeichen und Gummiband.</p></div>
    <p class="stock in-stock">Vorrätig</p>
    <form class="cart" action="" method="post" enctype="multipart/form-data">
      <div class="quantity"><label class="screen-reader-text" for="quantity_1">Notizbuch A5 Dotted Menge</label><input type="number" id="quantity_1" class="input-text qty text" name="quantity" value="1" min="1"></div>
      <button type="submit" name="add-to-cart" value="812" class="single_add_to_cart_button button alt">In den Warenkorb</button>
    </form>
    <div class="product_meta">
      <span class="sku_wrapper">Art.-Nr.: <span class="sku">LT-357681</span></span>
      <span class="posted_in">Kategorie: <a href="/kategorie/notizbuecher/" rel="tag">Notizbücher</a></span>
      <span class="posted_in">Marke: <a href="/marke/leuchtturm1917/" rel="tag">Leuchtturm1917</a></span>
    </div>
  </div>
</div>
""",
    dict(sku="LT-357681", brand="Leuchtturm1917", availability="InStock"),
)

case(
    "woo-de-brand-logo",
    "de",
    "woo",
    "Küchenwelt Berger",
    "https://kuechenwelt.example/produkt/schnellkochtopf-perfect-plus-6-5-l/",
    "Schnellkochtopf Perfect Plus 6,5 l",
    """
<nav class="woocommerce-breadcrumb"><a href="/">Startseite</a> / <a href="/kategorie/toepfe/">Töpfe</a></nav>
<div id="product-3021" class="product type-product instock product-type-simple">
  <div class="woocommerce-product-gallery images"><div class="woocommerce-product-gallery__image"><img src="/wp-content/uploads/2026/01/schnellkochtopf-perfect-plus.jpg" alt="Schnellkochtopf Perfect Plus" width="800" height="800"></div></div>
  <div class="summary entry-summary">
    <div class="pwb-single-product-brands pwb-clearfix"><a href="/marke/wmf/" title="WMF"><img width="120" height="40" src="/wp-content/uploads/2025/11/logo-wmf-120x40.png" class="attachment-thumbnail" alt="WMF"></a></div>
    <h1 class="product_title entry-title">Schnellkochtopf Perfect Plus 6,5 l</h1>
    <p class="price"><span class="woocommerce-Price-amount amount"><bdi>139,99&nbsp;&euro;</bdi></span></p>
    <p class="stock in-stock">Nur noch 2 vorrätig</p>
    <form class="cart" method="post"><div class="quantity"><input type="number" name="quantity" value="1"></div><button type="submit" name="add-to-cart" value="3021" class="single_add_to_cart_button button alt">In den Warenkorb</button></form>
    <div class="product_meta">
      <span class="sku_wrapper">Artikelnummer: <span class="sku">0792959990</span></span>
      <span class="posted_in">Kategorie: <a href="/kategorie/toepfe/" rel="tag">Töpfe</a></span>
    </div>
  </div>
  <div class="woocommerce-tabs wc-tabs-wrapper">
    <ul class="tabs wc-tabs" role="tablist"><li class="description_tab"><a href="#tab-description">Beschreibung</a></li><li class="reviews_tab"><a href="#tab-reviews">Bewertungen (0)</a></li></ul>
    <div class="woocommerce-Tabs-panel" id="tab-description"><p>Cromargan® Edelstahl, für alle Herdarten inkl. Induktion, zwei Garstufen.</p></div>
  </div>
</div>
""",
    dict(sku="0792959990", brand="WMF", availability="InStock"),
)

case(
    "woo-nl-out",
    "nl",
    "woo",
    "Fietsplein",
    "https://fietsplein.example/product/fietstas-dubbel-classic/",
    "Dubbele fietstas Classic 36 l",
    """
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/categorie/fietstassen/">Fietstassen</a></nav>
<div id="product-77" class="product type-product outofstock product-type-simple">
  <div class="woocommerce-product-gallery images"><div class="woocommerce-product-gallery__image"><img src="/wp-content/uploads/2026/02/fietstas-classic-zwart.jpg" alt="" width="700" height="700"></div></div>
  <div class="summary entry-summary">
    <h1 class="product_title entry-title">Dubbele fietstas Classic 36 l</h1>
    <p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&euro;</span>&nbsp;64,95</bdi></span></p>
    <p class="stock out-of-stock">Niet op voorraad</p>
    <div class="product_meta">
      <span class="sku_wrapper">Artikelnummer: <span class="sku">BK-CL36-ZW</span></span>
      <span class="posted_in">Categorie: <a href="/categorie/fietstassen/" rel="tag">Fietstassen</a></span>
      <span class="posted_in">Merk: <a href="/merk/basil/" rel="tag">Basil</a></span>
    </div>
  </div>
</div>
""",
    dict(sku="BK-CL36-ZW", brand="Basil", availability="OutOfStock"),
)

case(
    "woo-nl-variable",
    "nl",
    "woo",
    "Lampenhuis",
    "https://lampenhuis.example/product/bureaulamp-vintage/",
    "Bureaulamp Vintage",
    """
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/categorie/lampen/">Lampen</a></nav>
<div id="product-540" class="product type-product instock product-type-variable has-default-attributes">
  <div class="woocommerce-product-gallery images"><div class="woocommerce-product-gallery__image"><img src="/wp-content/uploads/2026/04/bureaulamp-vintage-messing.jpg" alt="" width="800" height="800"></div></div>
  <div class="summary entry-summary">
    <h1 class="product_title entry-title">Bureaulamp Vintage</h1>
    <p class="price"><span class="woocommerce-Price-amount amount"><bdi>&euro;&nbsp;89,00</bdi></span> &ndash; <span class="woocommerce-Price-amount amount"><bdi>&euro;&nbsp;99,00</bdi></span></p>
    <form class="variations_form cart" action="/product/bureaulamp-vintage/" method="post" data-product_id="540"
      data-product_variations='[{"attributes":{"attribute_pa_kleur":"messing"},"availability_html":"<p class=\\"stock in-stock\\">Op voorraad<\\/p>","display_price":89,"is_in_stock":true,"sku":"BL-VIN-MS","variation_id":541},{"attributes":{"attribute_pa_kleur":"zwart"},"availability_html":"<p class=\\"stock out-of-stock\\">Niet op voorraad<\\/p>","display_price":99,"is_in_stock":false,"sku":"BL-VIN-ZW","variation_id":542}]'>
      <table class="variations"><tbody><tr><th class="label"><label for="pa_kleur">Kleur</label></th>
        <td class="value"><select id="pa_kleur" name="attribute_pa_kleur"><option value="">Kies een optie</option><option value="messing" selected>Messing</option><option value="zwart">Zwart</option></select></td></tr></tbody></table>
      <div class="single_variation_wrap">
        <div class="woocommerce-variation single_variation"></div>
        <div class="woocommerce-variation-add-to-cart variations_button">
          <div class="quantity"><input type="number" name="quantity" value="1"></div>
          <button type="submit" class="single_add_to_cart_button button alt disabled wc-variation-selection-needed">Toevoegen aan winkelwagen</button>
          <input type="hidden" name="add-to-cart" value="540"><input type="hidden" name="variation_id" class="variation_id" value="0">
        </div>
      </div>
    </form>
    <div class="product_meta">
      <span class="sku_wrapper">Artikelnummer: <span class="sku">BL-VIN</span></span>
      <span class="posted_in">Categorie: <a href="/categorie/lampen/" rel="tag">Lampen</a></span>
    </div>
  </div>
</div>
""",
    dict(sku="BL-VIN", availability="InStock"),
)

case(
    "woo-es-agotado",
    "es",
    "woo",
    "Calzados Ribera",
    "https://calzadosribera.example/producto/zapatilla-runner-k/",
    "Zapatilla Runner K",
    """
<nav class="woocommerce-breadcrumb"><a href="/">Inicio</a> / <a href="/categoria/zapatillas/">Zapatillas</a></nav>
<div id="product-1290" class="product type-product outofstock product-type-simple">
  <div class="woocommerce-product-gallery images"><div class="woocommerce-product-gallery__image"><img src="/wp-content/uploads/2026/05/runner-k-blanco.jpg" alt="Zapatilla Runner K blanca" width="900" height="900"></div></div>
  <div class="summary entry-summary">
    <h1 class="product_title entry-title">Zapatilla Runner K</h1>
    <p class="price"><span class="woocommerce-Price-amount amount"><bdi>119,00&nbsp;&euro;</bdi></span></p>
    <p class="stock out-of-stock">Agotado</p>
    <div class="product_meta">
      <span class="sku_wrapper">SKU: <span class="sku">K100545-001</span></span>
      <span class="posted_in">Categoría: <a href="/categoria/zapatillas/" rel="tag">Zapatillas</a></span>
      <span class="posted_in">Marca: <a href="/marca/camper/" rel="tag">Camper</a></span>
    </div>
  </div>
  <section class="related products"><h2>Productos relacionados</h2>
    <ul class="products columns-4">
      <li class="product type-product instock"><a href="/producto/pelotas-1978/" class="woocommerce-LoopProduct-link"><img src="/wp-content/uploads/2026/05/pelotas-300x300.jpg" alt=""><h2 class="woocommerce-loop-product__title">Pelotas 1978</h2><span class="price">135,00&nbsp;&euro;</span></a><a href="?add-to-cart=1301" class="button add_to_cart_button">Añadir al carrito</a></li>
    </ul>
  </section>
</div>
""",
    dict(sku="K100545-001", brand="Camper", availability="OutOfStock"),
)

case(
    "woo-en-reviews-name-brands",
    "en",
    "woo",
    "Home Basics",
    "https://homebasics.example/product/stick-blender-600w/",
    "Stick Blender 600W",
    """
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/kitchen/">Kitchen</a></nav>
<div id="product-455" class="product type-product instock product-type-simple">
  <div class="woocommerce-product-gallery images"><div class="woocommerce-product-gallery__image"><img src="/wp-content/uploads/2026/06/stick-blender-600w.jpg" alt="" width="800" height="800"></div></div>
  <div class="summary entry-summary">
    <h1 class="product_title entry-title">Stick Blender 600W</h1>
    <p class="price"><span class="woocommerce-Price-amount amount"><bdi>&pound;24.99</bdi></span></p>
    <p class="stock in-stock">12 in stock</p>
    <form class="cart" method="post"><div class="quantity"><input type="number" name="quantity" value="1"></div><button type="submit" name="add-to-cart" value="455" class="single_add_to_cart_button button alt">Add to basket</button></form>
    <div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">HB-SB600</span></span><span class="posted_in">Category: <a href="/product-category/kitchen/" rel="tag">Kitchen</a></span></div>
  </div>
  <div class="woocommerce-tabs wc-tabs-wrapper">
    <div class="woocommerce-Tabs-panel" id="tab-reviews">
      <h2 class="woocommerce-Reviews-title">3 reviews for Stick Blender 600W</h2>
      <ol class="commentlist">
        <li class="review"><div class="comment-text"><p class="meta"><strong class="woocommerce-review__author">Janet</strong> &ndash; <time>May 3, 2026</time></p><div class="description"><p>Replaced my old Braun with this one and honestly can't tell the difference. Half the price.</p></div></div></li>
        <li class="review"><div class="comment-text"><p class="meta"><strong class="woocommerce-review__author">Mo</strong></p><div class="description"><p>Brand: doesn't matter to me. Works as well as the KitchenAid I had.</p></div></div></li>
        <li class="review"><div class="comment-text"><p class="meta"><strong class="woocommerce-review__author">Priya</strong></p><div class="description"><p>Sturdy, the whisk attachment is great.</p></div></div></li>
      </ol>
    </div>
  </div>
</div>
""",
    dict(sku="HB-SB600", brand=None, availability="InStock"),
)


# ---- Magento ------------------------------------------------------------------------------------------

case(
    "magento-fr-reference",
    "fr",
    "magento",
    "Maison Cuisine",
    "https://maisoncuisine.example/robot-patissier-masterchef-gourmet.html",
    "Robot pâtissier Masterchef Gourmet",
    """
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="/">Accueil</a></li><li class="item category"><a href="/electromenager.html">Électroménager</a></li><li class="item product"><strong>Robot pâtissier Masterchef Gourmet</strong></li></ul></div>
<div class="columns"><div class="column main">
  <div class="product-info-main">
    <div class="page-title-wrapper product"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper">Robot pâtissier Masterchef Gourmet</span></h1></div>
    <div class="product-info-price">
      <div class="price-box price-final_price" data-role="priceBox" data-product-id="2231"><span class="price-container price-final_price tax weee"><span id="product-price-2231" data-price-amount="229.99" data-price-type="finalPrice" class="price-wrapper "><span class="price">229,99&nbsp;€</span></span></span></div>
      <div class="product-info-stock-sku">
        <div class="stock available" title="Disponibilité"><span>En stock</span></div>
        <div class="product attribute sku"><strong class="type">Référence</strong> <div class="value">QA510110</div></div>
      </div>
    </div>
    <div class="product-add-form"><form data-product-sku="QA510110" action="/checkout/cart/add/product/2231/" method="post" id="product_addtocart_form">
      <div class="box-tocart"><div class="field qty"><label class="label" for="qty"><span>Qté</span></label><input type="number" name="qty" id="qty" value="1"></div>
      <div class="actions"><button type="submit" title="Ajouter au panier" class="action primary tocart" id="product-addtocart-button"><span>Ajouter au panier</span></button></div></div>
    </form></div>
  </div>
  <div class="product media"><div class="gallery-placeholder"><img alt="Robot pâtissier Masterchef Gourmet" src="/media/catalog/product/cache/1/image/700x700/q/a/qa510110-robot.jpg"></div></div>
  <div class="product info detailed"><div class="data item content" id="additional">
    <table class="data table additional-attributes" id="product-attribute-specs-table"><caption class="table-caption">Plus d'informations</caption><tbody>
      <tr><th class="col label" scope="row">Marque</th><td class="col data" data-th="Marque">Moulinex</td></tr>
      <tr><th class="col label" scope="row">Puissance</th><td class="col data" data-th="Puissance">1100 W</td></tr>
      <tr><th class="col label" scope="row">Capacité du bol</th><td class="col data" data-th="Capacité du bol">4,6 L</td></tr>
    </tbody></table>
  </div></div>
</div></div>
""",
    dict(sku="QA510110", brand="Moulinex", availability="InStock"),
)

case(
    "magento-en-out-of-stock",
    "en",
    "magento",
    "Gear Outlet",
    "https://gearoutlet.example/fusion-backpack.html",
    "Fusion Backpack",
    """
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="/">Home</a></li><li class="item"><a href="/gear/bags.html">Bags</a></li></ul></div>
<div class="columns"><div class="column main">
  <div class="product-info-main">
    <div class="page-title-wrapper product"><h1 class="page-title"><span class="base">Fusion Backpack</span></h1></div>
    <div class="product-reviews-summary empty"><div class="reviews-actions"><a class="action add" href="#review-form">Be the first to review this product</a></div></div>
    <div class="product-info-price"><div class="price-box price-final_price"><span class="price-container"><span class="price-wrapper"><span class="price">$59.00</span></span></span></div>
      <div class="product-info-stock-sku">
        <div class="stock unavailable" title="Availability"><span>Out of stock</span></div>
        <div class="product attribute sku"><strong class="type">SKU</strong> <div class="value">24-MB02</div></div>
      </div>
    </div>
    <div class="product-social-links"><div class="product-addto-links"><a href="#" class="action towishlist">Add to Wish List</a><a href="#" class="action tocompare">Add to Compare</a></div></div>
  </div>
  <div class="product media"><img alt="Fusion Backpack" src="/media/catalog/product/cache/2/image/700x700/m/b/mb02-gray-0.jpg"></div>
  <div class="product info detailed"><table class="data table additional-attributes"><tbody>
    <tr><th class="col label">Brand</th><td class="col data">Fusion</td></tr>
    <tr><th class="col label">Material</th><td class="col data">Nylon, Polyester</td></tr>
  </tbody></table></div>
</div></div>
""",
    dict(sku="24-MB02", brand="Fusion", availability="OutOfStock"),
)

case(
    "magento-de-brand-logo",
    "de",
    "magento",
    "Haushaltsprofi",
    "https://haushaltsprofi.example/pfanne-excellence-28-cm.html",
    "Bratpfanne Excellence 28 cm",
    """
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="/">Startseite</a></li><li class="item"><a href="/kochen/pfannen.html">Pfannen</a></li></ul></div>
<div class="columns"><div class="column main">
  <div class="product-info-main">
    <div class="product-brand-logo"><a href="/marken/tefal.html"><img src="/media/brands/tefal-logo.png" alt="Tefal" width="110" height="36"></a></div>
    <div class="page-title-wrapper product"><h1 class="page-title"><span class="base">Bratpfanne Excellence 28 cm</span></h1></div>
    <div class="product-info-price">
      <div class="price-box"><span class="special-price"><span class="price-label">Sonderpreis</span> <span class="price">34,99&nbsp;€</span></span> <span class="old-price"><span class="price-label">Regulär</span> <span class="price">49,99&nbsp;€</span></span></div>
      <div class="product-info-stock-sku">
        <div class="stock available"><span>Auf Lager</span></div>
        <div class="product attribute sku"><strong class="type">Artikelnummer</strong> <div class="value">G2690632</div></div>
      </div>
    </div>
    <div class="product-add-form"><form action="/checkout/cart/add/product/811/" method="post" id="product_addtocart_form"><input type="number" name="qty" value="1"><button type="submit" class="action primary tocart"><span>In den Warenkorb</span></button></form></div>
  </div>
  <div class="product media"><img alt="Bratpfanne Excellence 28 cm" src="/media/catalog/product/g/2/g2690632-pfanne.jpg"></div>
</div></div>
""",
    dict(sku="G2690632", brand="Tefal", availability="InStock"),
)

# ---- Shopware ---------------------------------------------------------------------------------------------

case(
    "shopware-de-ordernumber",
    "de",
    "shopware",
    "Tischkultur",
    "https://tischkultur.example/Kochen/Toepfe/Fleischtopf-Gourmet-24-cm/SW10042",
    "Fleischtopf Gourmet 24 cm",
    """
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/Kochen/">Kochen</a></li><li class="breadcrumb-item"><a href="/Kochen/Toepfe/">Töpfe</a></li></ol></nav>
<div class="product-detail">
  <div class="row product-detail-main">
    <div class="col-lg-7 product-detail-media"><div class="gallery-slider-item"><img src="/media/4a/7f/fleischtopf-gourmet-24.jpg" class="img-fluid gallery-slider-image" alt="Fleischtopf Gourmet 24 cm" title="Fleischtopf Gourmet 24 cm"></div></div>
    <div class="col-lg-5 product-detail-buy">
      <div class="product-detail-manufacturer"><a href="https://tischkultur.example/Hersteller/Fissler/" class="product-detail-manufacturer-link" title="Fissler"><img src="/media/manufacturer/fissler-logo.png" class="product-detail-manufacturer-logo" alt="Fissler"></a></div>
      <h1 class="product-detail-name">Fleischtopf Gourmet 24 cm</h1>
      <div class="product-detail-price-container"><p class="product-detail-price">89,95&nbsp;&euro;*</p><p class="product-detail-tax-container"><a class="product-detail-tax-link" href="/widgets/cms/">Preise inkl. MwSt. zzgl. Versandkosten</a></p></div>
      <div class="product-delivery-information"><p class="delivery-information delivery-available"><span class="delivery-status-indicator bg-success"></span> Sofort verfügbar, Lieferzeit ca. 1-3 Werktage</p></div>
      <form action="/checkout/line-item/add" method="post" class="buy-widget"><div class="row g-2 buy-widget-container"><div class="col-4"><select name="lineItems[qty]" class="custom-select product-detail-quantity-select"><option value="1" selected>1</option><option value="2">2</option></select></div><div class="col-8"><button class="btn btn-primary btn-block btn-buy" title="In den Warenkorb">In den Warenkorb</button></div></div></form>
      <div class="product-detail-ordernumber-container"><span class="product-detail-ordernumber-label">Produktnummer:</span> <span class="product-detail-ordernumber">SW10042</span></div>
    </div>
  </div>
  <div class="product-detail-tabs"><div class="product-detail-description-text"><p>Edelstahl 18/10, Kaltmetallgriffe, Schüttrand, Innenskalierung.</p></div></div>
</div>
""",
    dict(sku="SW10042", brand="Fissler", availability="InStock"),
)

case(
    "shopware-de-soldout",
    "de",
    "shopware",
    "Tischkultur",
    "https://tischkultur.example/Backen/Springform-26-cm/SW10077",
    "Springform 26 cm",
    """
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/Backen/">Backen</a></li></ol></nav>
<div class="product-detail">
  <div class="row product-detail-main">
    <div class="col-lg-7 product-detail-media"><img src="/media/91/0c/springform-26.jpg" class="img-fluid gallery-slider-image" alt="Springform 26 cm"></div>
    <div class="col-lg-5 product-detail-buy">
      <h1 class="product-detail-name">Springform 26 cm</h1>
      <div class="product-detail-price-container"><p class="product-detail-price">19,99&nbsp;&euro;*</p></div>
      <div class="product-delivery-information"><p class="delivery-information delivery-soldout"><span class="delivery-status-indicator bg-danger"></span> Ausverkauft</p></div>
      <div class="product-detail-ordernumber-container"><span class="product-detail-ordernumber-label">Produktnummer:</span> <span class="product-detail-ordernumber">SW10077</span></div>
    </div>
  </div>
  <div class="product-detail-properties"><table class="table product-detail-properties-table"><tbody>
    <tr class="properties-row"><th class="properties-label">Hersteller:</th><td class="properties-value"><span>Kaiser</span></td></tr>
    <tr class="properties-row"><th class="properties-label">Material:</th><td class="properties-value"><span>Stahl, antihaftbeschichtet</span></td></tr>
  </tbody></table></div>
</div>
""",
    dict(sku="SW10077", brand="Kaiser", availability="OutOfStock"),
)

# ---- PrestaShop ------------------------------------------------------------------------------------------

case(
    "prestashop-fr-manufacturer-logo",
    "fr",
    "presta",
    "Atelier Déco",
    "https://atelierdeco.example/accueil/22-affiche-encadree-the-best-is-yet-to-come.html",
    "Affiche encadrée The best is yet to come",
    """
<nav data-depth="2" class="breadcrumb"><ol><li><a href="/"><span>Accueil</span></a></li><li><a href="/9-art"><span>Art</span></a></li></ol></nav>
<section id="main"><div class="row product-container">
  <div class="col-md-6"><div class="images-container"><div class="product-cover"><img class="js-qv-product-cover img-fluid" src="/22-large_default/affiche-encadree.jpg" alt="Affiche encadrée The best is yet to come" width="800" height="800"></div></div></div>
  <div class="col-md-6">
    <h1 class="h1">Affiche encadrée The best is yet to come</h1>
    <div class="product-prices js-product-prices"><div class="product-price h5"><div class="current-price"><span class="current-price-value" content="35.09">35,09&nbsp;€</span></div></div><div class="tax-shipping-delivery-label">TTC</div></div>
    <div class="product-actions js-product-actions"><form action="/panier" method="post" id="add-to-cart-or-refresh">
      <div class="product-add-to-cart js-product-add-to-cart"><span class="control-label">Quantité</span>
        <div class="product-quantity clearfix"><div class="qty"><input type="number" name="qty" id="quantity_wanted" value="1" class="input-group"></div>
        <div class="add"><button class="btn btn-primary add-to-cart" data-button-action="add-to-cart" type="submit"><i class="material-icons shopping-cart">&#xE547;</i> Ajouter au panier</button></div></div>
        <span id="product-availability" class="js-product-availability"><i class="material-icons rtl-no-flip product-available">&#xE5CA;</i> En stock</span>
      </div>
    </form></div>
    <div id="product-details" class="js-product-details" data-product="{&quot;id_product&quot;:&quot;22&quot;}">
      <div class="product-manufacturer"><a href="/brand/2-graphic-corner"><img src="/img/m/2.jpg" class="img img-fluid manufacturer-logo" alt="Graphic Corner" loading="lazy"></a></div>
      <div class="product-reference"><label class="label">Référence </label><span>demo_6</span></div>
      <div class="product-quantities"><label class="label">En stock</label><span data-stock="900" data-allow-oos="0">900 Produits</span></div>
    </div>
  </div>
</div></section>
""",
    dict(sku="demo_6", brand="Graphic Corner", availability="InStock"),
)

case(
    "prestashop-es-fuera-de-stock",
    "es",
    "presta",
    "Bazar Norte",
    "https://bazarnorte.example/hogar/41-lampara-de-mesa-nordica.html",
    "Lámpara de mesa nórdica",
    """
<nav class="breadcrumb"><ol><li><a href="/"><span>Inicio</span></a></li><li><a href="/3-hogar"><span>Hogar</span></a></li></ol></nav>
<section id="main"><div class="row product-container">
  <div class="col-md-6"><div class="product-cover"><img class="js-qv-product-cover" src="/41-large_default/lampara-de-mesa-nordica.jpg" alt="Lámpara de mesa nórdica" width="800" height="800"></div></div>
  <div class="col-md-6">
    <h1 class="h1">Lámpara de mesa nórdica</h1>
    <div class="product-prices"><div class="current-price"><span class="current-price-value">49,90&nbsp;€</span></div><div class="tax-shipping-delivery-label">IVA incluido</div></div>
    <div class="product-actions"><form action="/carrito" method="post" id="add-to-cart-or-refresh">
      <div class="product-add-to-cart"><div class="add"><button class="btn btn-primary add-to-cart" data-button-action="add-to-cart" type="submit" disabled><i class="material-icons shopping-cart">&#xE547;</i> Añadir al carrito</button></div>
      <span id="product-availability"><i class="material-icons product-unavailable">&#xE14B;</i> Fuera de stock</span></div>
    </form></div>
    <div id="product-details" class="js-product-details">
      <div class="product-reference"><label class="label">Referencia </label><span>LMN-0412</span></div>
      <section class="product-features"><p class="h6">Ficha técnica</p><dl class="data-sheet"><dt class="name">Marca</dt><dd class="value">Lumière Nord</dd><dt class="name">Material</dt><dd class="value">Madera de roble</dd></dl></section>
    </div>
  </div>
</div></section>
""",
    dict(sku="LMN-0412", brand="Lumière Nord", availability="OutOfStock"),
)

case(
    "prestashop-it-disponibile",
    "it",
    "presta",
    "Casa Verde",
    "https://casaverde.example/cucina/88-moka-express-6-tazze.html",
    "Moka Express 6 tazze",
    """
<nav class="breadcrumb"><ol><li><a href="/"><span>Home</span></a></li><li><a href="/5-cucina"><span>Cucina</span></a></li></ol></nav>
<section id="main"><div class="row product-container">
  <div class="col-md-6"><div class="product-cover"><img src="/88-large_default/moka-express-6-tazze.jpg" alt="Moka Express 6 tazze" width="800" height="800"></div></div>
  <div class="col-md-6">
    <h1 class="h1">Moka Express 6 tazze</h1>
    <div class="product-prices"><div class="current-price"><span class="current-price-value">32,90&nbsp;€</span></div><div class="tax-shipping-delivery-label">IVA inclusa</div></div>
    <div class="product-actions"><form action="/carrello" method="post">
      <div class="product-add-to-cart"><div class="add"><button class="btn btn-primary add-to-cart" type="submit">Aggiungi al carrello</button></div>
      <span id="product-availability"><i class="material-icons product-available">&#xE5CA;</i> Disponibile</span></div>
    </form></div>
    <div id="product-details">
      <div class="product-manufacturer"><label class="label">Marca</label><span><a href="/brand/4-bialetti">Bialetti</a></span></div>
      <div class="product-reference"><label class="label">Riferimento </label><span>0001163</span></div>
    </div>
    <div class="product-description"><p>La caffettiera originale in alluminio, con valvola di sicurezza brevettata.</p></div>
  </div>
</div></section>
""",
    dict(sku="0001163", brand="Bialetti", availability="InStock"),
)

# ---- Squarespace, Wix, BigCommerce ----------------------------------------------------------------------

case(
    "squarespace-uk-sale-variants",
    "en",
    "squarespace",
    "Harbour Knits",
    "https://harbourknits.example/shop/p/fishermans-rib-beanie",
    "Fisherman's Rib Beanie",
    """
<nav class="product-nav"><a href="/shop">Shop</a> / <a href="/shop?category=Hats">Hats</a></nav>
<article class="ProductItem hentry product-type-physical" data-item-id="6401aa">
  <section class="ProductItem-gallery"><div class="ProductItem-gallery-slides"><div class="ProductItem-gallery-slides-item" data-slide-index="0"><img class="ProductItem-gallery-slides-item-image" src="https://images.squarespace-cdn.example/content/v1/beanie-rust.jpg?format=1000w" alt="Fisherman's Rib Beanie in rust"></div></div></section>
  <section class="ProductItem-details">
    <div class="product-mark sale">sale</div>
    <h1 class="ProductItem-details-title">Fisherman's Rib Beanie</h1>
    <div class="product-price"><span class="visually-hidden">Sale Price:</span>£24.00 <span class="visually-hidden">Original Price:</span><span class="original-price">£32.00</span></div>
    <div class="ProductItem-details-excerpt"><p>Chunky British wool beanie, hand finished in Cornwall. Brand: Harbour Knits.</p></div>
    <div class="product-variants" data-item-id="6401aa" data-variants='[{"attributes":{"Colour":"Rust"},"optionValues":[{"optionName":"Colour","value":"Rust"}],"stock":{"unlimited":false,"quantity":7},"sku":"SQ2231401","price":2400,"onSale":true},{"attributes":{"Colour":"Navy"},"optionValues":[{"optionName":"Colour","value":"Navy"}],"stock":{"unlimited":false,"quantity":0},"sku":"SQ2231402","price":2400,"onSale":true}]'>
      <div class="variant-option"><div class="variant-option-title">Colour: </div><div class="variant-select-wrapper"><select aria-label="Select Colour" data-variant-option-name="Colour"><option value="">Select Colour</option><option value="Rust">Rust</option><option value="Navy">Navy (sold out)</option></select></div></div>
    </div>
    <div class="product-quantity-input"><div class="quantity-label">Quantity:</div><input aria-label="Quantity" size="4" max="9999" min="1" value="1" type="number" step="1"></div>
    <div class="sqs-add-to-cart-button-wrapper" data-animation-role="button"><div class="sqs-add-to-cart-button sqs-suppress-edit-mode sqs-editable-button" role="button" tabindex="0" data-product-type="1"><div class="sqs-add-to-cart-button-inner">Add To Cart</div></div></div>
  </section>
</article>
""",
    dict(brand="Harbour Knits", availability="InStock"),
    xfail=dict(
        brand="a 'Brand: X.' sentence closing a description paragraph is not read (a label opening a "
        "text only; read inside prose, a review's 'Brand: ...' would be too)"
    ),
)

case(
    "squarespace-sold-out",
    "en",
    "squarespace",
    "Clayworks Studio",
    "https://clayworks.example/store/p/speckled-mug",
    "Speckled Stoneware Mug",
    """
<nav class="product-nav"><a href="/store">Store</a></nav>
<article class="ProductItem product-type-physical">
  <section class="ProductItem-gallery"><img class="ProductItem-gallery-slides-item-image" src="https://images.squarespace-cdn.example/content/v1/speckled-mug.jpg?format=1000w" alt="Speckled stoneware mug"></section>
  <section class="ProductItem-details">
    <div class="product-mark sold-out">sold out</div>
    <h1 class="ProductItem-details-title">Speckled Stoneware Mug</h1>
    <div class="product-price">£28.00</div>
    <div class="ProductItem-details-excerpt"><p>Wheel-thrown, 350 ml, dishwasher safe. Each piece varies slightly.</p></div>
    <div class="sqs-add-to-cart-button-wrapper"><div class="sqs-add-to-cart-button sqs-suppress-edit-mode sqs-editable-button cart-sold-out" role="button" tabindex="0"><div class="sqs-add-to-cart-button-inner">Sold Out</div></div></div>
  </section>
</article>
""",
    dict(sku=None, brand=None, availability="OutOfStock"),
)

case(
    "wix-en-sku-hook",
    "en",
    "wix",
    "Maple & Moss",
    "https://www.mapleandmoss.example/product-page/linen-tea-towel-set",
    "Linen Tea Towel Set",
    """
<div data-hook="product-page" class="_1x2Kq">
  <nav data-hook="breadcrumbs" class="_3vF2p"><a href="/">Home</a> / <a href="/shop">All Products</a> / <span>Linen Tea Towel Set</span></nav>
  <div class="_2nB0k" data-hook="product-gallery-root"><div data-hook="main-media-image-wrapper"><img src="https://static.wixstatic.example/media/84a3f1_linen-towels~mv2.jpg/v1/fill/w_800,h_800/linen-towels.jpg" alt="Linen Tea Towel Set"></div></div>
  <section class="_3qLi7">
    <h1 data-hook="product-title" class="_2qrJF">Linen Tea Towel Set</h1>
    <div data-hook="sku" class="_1rtPl">SKU: 0042-LTT</div>
    <div data-hook="product-price"><span data-hook="formatted-primary-price" class="_26qxh">$36.00</span></div>
    <div data-hook="product-options"><label data-hook="options-dropdown-title">Color</label><div data-hook="dropdown-base"><span>Natural</span></div></div>
    <div data-hook="number-input-spinner"><input type="number" value="1" min="1" aria-label="Quantity"></div>
    <button data-hook="add-to-cart" class="_2lcJ6"><span class="_2DnLB">Add to Cart</span></button>
    <button data-hook="buy-now-button" class="_1P1Hc"><span>Buy Now</span></button>
    <div data-hook="info-section-description"><p>Set of two stonewashed linen towels, 50 x 70 cm.</p></div>
  </section>
</div>
""",
    dict(sku="0042-LTT", brand=None, availability="InStock"),
)

case(
    "wix-en-out-of-stock",
    "en",
    "wix",
    "Maple & Moss",
    "https://www.mapleandmoss.example/product-page/beeswax-candle-trio",
    "Beeswax Candle Trio",
    """
<div data-hook="product-page" class="_1x2Kq">
  <div data-hook="product-gallery-root"><img src="https://static.wixstatic.example/media/84a3f1_candles~mv2.jpg/v1/fill/w_800,h_800/candles.jpg" alt="Beeswax Candle Trio"></div>
  <section class="_3qLi7">
    <h1 data-hook="product-title" class="_2qrJF">Beeswax Candle Trio</h1>
    <div data-hook="sku" class="_1rtPl">SKU: 0051-BCT</div>
    <div data-hook="product-price"><span data-hook="formatted-primary-price">$24.00</span></div>
    <span data-hook="product-out-of-stock" class="_1sxqw">Out of stock</span>
    <button data-hook="add-to-cart" class="_2lcJ6" disabled aria-disabled="true"><span>Out of Stock</span></button>
    <div data-hook="info-section-description"><p>Hand-poured pure beeswax, cotton wicks, burn time about 8 hours each.</p></div>
  </section>
</div>
""",
    dict(sku="0051-BCT", availability="OutOfStock"),
)

case(
    "bigcommerce-brand-dl",
    "en",
    "bigcommerce",
    "Outfitters Supply",
    "https://outfitters.example/orbit-40-camp-chair/",
    "Orbit 40 Camp Chair",
    """
<nav aria-label="Breadcrumb"><ol class="breadcrumbs"><li class="breadcrumb"><a href="/" class="breadcrumb-label">Home</a></li><li class="breadcrumb"><a href="/camping/" class="breadcrumb-label">Camping</a></li></ol></nav>
<div class="productView" data-entity-id="112">
  <section class="productView-images"><figure class="productView-image"><div class="productView-img-container"><img src="https://cdn11.bigcommerce.example/s-abc123/images/stencil/1280x1280/products/112/388/orbit-40__12345.jpg" alt="Orbit 40 Camp Chair" title="Orbit 40 Camp Chair"></div></figure></section>
  <section class="productView-details product-data">
    <div class="productView-product">
      <h2 class="productView-brand"><a href="https://outfitters.example/brands/Helinox.html"><span>Helinox</span></a></h2>
      <h1 class="productView-title">Orbit 40 Camp Chair</h1>
      <div class="productView-price"><div class="price-section price-section--withoutTax"><span data-product-price-without-tax class="price price--withoutTax">$149.95</span></div></div>
      <dl class="productView-info">
        <dt class="productView-info-name sku-label">SKU:</dt><dd class="productView-info-value" data-product-sku>HX-10001</dd>
        <dt class="productView-info-name">Weight:</dt><dd class="productView-info-value" data-product-weight>2.20 LBS</dd>
        <dt class="productView-info-name">Shipping:</dt><dd class="productView-info-value">Calculated at Checkout</dd>
      </dl>
    </div>
  </section>
  <section class="productView-details product-options"><div class="productView-options"><form class="form" method="post" action="/cart.php" enctype="multipart/form-data" data-cart-item-add>
    <input type="hidden" name="action" value="add"><input type="hidden" name="product_id" value="112">
    <div class="form-field form-field--stock"><label class="form-label form-label--alternate">Current Stock: <span data-product-stock>12</span></label></div>
    <div class="form-field form-field--increments"><label class="form-label form-label--alternate" for="qty[]">Quantity:</label><input class="form-input form-input--incrementTotal" id="qty[]" name="qty[]" type="tel" value="1"></div>
    <div class="add-to-cart-wrapper"><input id="form-action-addToCart" data-wait-message="Adding to cart…" class="button button--primary" type="submit" value="Add to Cart"></div>
  </form></div></section>
</div>
""",
    dict(sku="HX-10001", brand="Helinox", availability="InStock"),
)


# ---- Salesforce Commerce Cloud, VTEX ------------------------------------------------------------------

case(
    "sfcc-us-related-brands",
    "en",
    "sfcc",
    "Stride Athletics",
    "https://stride.example/men/shoes/ride-17-1234567.html",
    "Ride 17 Running Shoe",
    """
<div class="container product-detail product-wrapper" data-pid="1234567">
  <div class="row"><div class="col-12"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/men/">Men</a></li><li class="breadcrumb-item"><a href="/men/shoes/">Shoes</a></li></ol></div></div>
  <div class="row">
    <div class="col-12 col-sm-6"><div class="primary-images"><div class="carousel-item active"><img src="/dw/image/v2/BBCD_PRD/on/demandware.static/-/Sites-master/default/dw1a2b3c4d/images/large/S20881-16_1.jpg?sw=800" class="d-block img-fluid" alt="Ride 17 Running Shoe, image 1 of 6"></div></div></div>
    <div class="col-12 col-sm-6">
      <div class="product-brand"><a href="/brand/saucony/" class="product-brand-link">Saucony</a></div>
      <h1 class="product-name">Ride 17 Running Shoe</h1>
      <div class="product-number-rating"><div class="product-number">Item No. <span class="product-id">S20881-16</span></div></div>
      <div class="prices"><div class="price"><span><span class="sales"><span class="value" content="140.00">$140.00</span></span></span></div></div>
      <div class="attributes"><div class="attribute" data-attr="size"><label class="size" for="size-1">Size</label><select class="custom-select form-control select-size" id="size-1"><option value="">Select Size</option><option value="9">9</option><option value="10" selected>10</option></select></div></div>
      <div class="availability product-availability" data-ready-to-order="true" data-available="true"><div class="availability-msg"><div class="in-stock">In Stock</div></div></div>
      <div class="prices-add-to-cart-actions"><div class="cart-and-ipay"><button class="add-to-cart btn btn-primary" data-toggle="modal" data-pid="1234567">Add to Cart</button></div></div>
    </div>
  </div>
  <div class="recommendations"><h2 class="title">You may also like</h2>
    <div class="product-tile"><div class="image-container"><a href="/ghost-15-7654321.html"><img class="tile-image" src="/images/small/ghost-15.jpg" alt="Ghost 15"></a></div><div class="tile-body"><div class="brand">Brooks</div><div class="pdp-link"><a class="link" href="/ghost-15-7654321.html">Ghost 15 Running Shoe</a></div><div class="price"><span class="sales"><span class="value">$140.00</span></span></div></div></div>
    <div class="product-tile"><div class="image-container"><a href="/clifton-9-2223334.html"><img class="tile-image" src="/images/small/clifton-9.jpg" alt="Clifton 9"></a></div><div class="tile-body"><div class="brand">Hoka</div><div class="pdp-link"><a class="link" href="/clifton-9-2223334.html">Clifton 9</a></div><div class="price"><span class="sales"><span class="value">$145.00</span></span></div></div></div>
  </div>
</div>
""",
    dict(sku="S20881-16", brand="Saucony", availability="InStock"),
)

case(
    "vtex-es-agotado-avisame",
    "es",
    "vtex",
    "Electro Hogar",
    "https://electrohogar.example/licuadora-pro-1200w/p",
    "Licuadora Pro 1200W",
    """
<div class="vtex-flex-layout-0-x-flexRow vtex-flex-layout-0-x-flexRow--pdp">
  <div class="vtex-breadcrumb-1-x-container"><a class="vtex-breadcrumb-1-x-link" href="/">Inicio</a> <a class="vtex-breadcrumb-1-x-link" href="/electrodomesticos">Electrodomésticos</a></div>
  <div class="vtex-store-components-3-x-productImagesContainer"><img class="vtex-store-components-3-x-productImageTag" src="https://electrohogar.vteximg.example/arquivos/ids/155432-800-800/licuadora-pro.jpg" alt="Licuadora Pro 1200W"></div>
  <div class="vtex-flex-layout-0-x-flexCol">
    <span class="vtex-store-components-3-x-productBrandName">Oster</span>
    <h1 class="vtex-store-components-3-x-productNameContainer"><span class="vtex-store-components-3-x-productBrand">Licuadora Pro 1200W</span></h1>
    <div class="vtex-product-identifier-0-x-product-identifier"><span class="vtex-product-identifier-0-x-product-identifier__label">Referencia</span><span class="vtex-product-identifier-0-x-product-identifier__separator">: </span><span class="vtex-product-identifier-0-x-product-identifier__value">BLSTPB1200</span></div>
    <div class="vtex-product-price-1-x-sellingPrice"><span class="vtex-product-price-1-x-sellingPriceValue"><span class="vtex-product-price-1-x-currencyContainer">$&nbsp;89.990</span></span></div>
    <div class="vtex-store-components-3-x-availabilitySubscriber">
      <div class="vtex-store-components-3-x-title">Producto agotado</div>
      <div class="vtex-store-components-3-x-subscribeLabel">Avísame cuando esté disponible</div>
      <form class="vtex-store-components-3-x-form"><input type="text" placeholder="Nombre"><input type="email" placeholder="Correo electrónico"><button type="submit">Enviar</button></form>
    </div>
  </div>
</div>
""",
    dict(sku="BLSTPB1200", brand="Oster", availability="OutOfStock"),
)

# ---- Amazon ---------------------------------------------------------------------------------------------

case(
    "amazon-en-visit-store",
    "en",
    "market",
    "Amazon.example",
    "https://www.amazon.example/Anker-Charger-Foldable-Compact/dp/B0B2MLM5KX",
    "Anker Nano Charger 65W, Foldable USB-C Charger",
    """
<div id="dp" class="electronics">
  <div id="wayfinding-breadcrumbs_feature_div"><ul class="a-unordered-list a-horizontal"><li><a class="a-link-normal a-color-tertiary" href="/electronics">Electronics</a></li><li><a href="/chargers">Chargers</a></li></ul></div>
  <div id="leftCol"><div id="imgTagWrapperId" class="imgTagWrapper"><img alt="Anker Nano Charger 65W" src="https://m.media-amazon.example/images/I/61Zq3nVZ0bL._AC_SX679_.jpg" id="landingImage" data-old-hires="https://m.media-amazon.example/images/I/61Zq3nVZ0bL._AC_SL1500_.jpg"></div></div>
  <div id="centerCol">
    <div id="titleSection"><h1 id="title" class="a-size-large a-spacing-none"><span id="productTitle" class="a-size-large product-title-word-break">Anker Nano Charger 65W, Foldable USB-C Charger</span></h1></div>
    <div id="bylineInfo_feature_div"><a id="bylineInfo" class="a-link-normal" href="/stores/Anker/page/AC2F1A3B">Visit the Anker Store</a></div>
    <div id="averageCustomerReviews"><span class="a-icon-alt">4.7 out of 5 stars</span> <span id="acrCustomerReviewText">12,408 ratings</span></div>
    <div id="corePrice_feature_div"><span class="a-price aok-align-center"><span class="a-offscreen">$35.99</span><span aria-hidden="true"><span class="a-price-symbol">$</span><span class="a-price-whole">35<span class="a-price-decimal">.</span></span><span class="a-price-fraction">99</span></span></span></div>
    <div id="feature-bullets"><ul class="a-unordered-list a-vertical"><li><span class="a-list-item">65W fast charging for laptops, tablets and phones.</span></li><li><span class="a-list-item">Foldable plug, 30% smaller than the original adapter.</span></li></ul></div>
  </div>
  <div id="rightCol"><div id="buybox">
    <div id="availability" class="a-section a-spacing-base"><span class="a-size-medium a-color-success">In Stock</span></div>
    <div id="addToCart_feature_div"><span id="submit.add-to-cart" class="a-button a-button-primary"><input id="add-to-cart-button" name="submit.add-to-cart" title="Add to Shopping Cart" type="submit" value="Add to Cart" class="a-button-input"><span class="a-button-text">Add to Cart</span></span></div>
    <div id="buyNow_feature_div"><input id="buy-now-button" name="submit.buy-now" type="submit" value="Buy Now"></div>
  </div></div>
  <div id="prodDetails"><table id="productDetails_techSpec_section_1" class="a-keyvalue prodDetTable"><tbody>
    <tr><th class="a-color-secondary a-size-base prodDetSectionEntry">Item model number</th><td class="a-size-base prodDetAttrValue">A2663</td></tr>
    <tr><th class="a-color-secondary a-size-base prodDetSectionEntry">Item Weight</th><td class="a-size-base prodDetAttrValue">3.84 ounces</td></tr>
  </tbody></table></div>
</div>
""",
    dict(sku="A2663", brand="Anker", availability="InStock"),
)

case(
    "amazon-en-brand-byline-only-left",
    "en",
    "market",
    "Amazon.example",
    "https://www.amazon.example/Hamilton-Beach-Electric-Kettle/dp/B07T1CH2HH",
    "Hamilton Beach 1.7 Liter Electric Kettle",
    """
<div id="dp">
  <div id="leftCol"><img alt="Hamilton Beach Electric Kettle" src="https://m.media-amazon.example/images/I/71QnbN8rPdL._AC_SX679_.jpg" id="landingImage"></div>
  <div id="centerCol">
    <h1 id="title"><span id="productTitle">Hamilton Beach 1.7 Liter Electric Kettle</span></h1>
    <a id="bylineInfo" class="a-link-normal" href="/s/ref=bl_dp_s_web?search-alias=aps&amp;field-keywords=Hamilton+Beach">Brand: Hamilton Beach</a>
    <div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">$29.99</span></span></div>
    <div id="detailBullets_feature_div"><ul class="a-unordered-list a-nostyle a-vertical detail-bullet-list">
      <li><span class="a-list-item"><span class="a-text-bold">Product Dimensions &rlm; : &lrm;</span> <span>8.9 x 6.3 x 10.2 inches</span></span></li>
      <li><span class="a-list-item"><span class="a-text-bold">Item model number &rlm; : &lrm;</span> <span>40880</span></span></li>
      <li><span class="a-list-item"><span class="a-text-bold">Date First Available &rlm; : &lrm;</span> <span>June 5, 2019</span></span></li>
    </ul></div>
  </div>
  <div id="rightCol"><div id="buybox">
    <div id="availability"><span class="a-size-medium a-color-price">Only 3 left in stock - order soon.</span></div>
    <input id="add-to-cart-button" name="submit.add-to-cart" type="submit" value="Add to Cart">
  </div></div>
</div>
""",
    dict(sku="40880", brand="Hamilton Beach", availability="InStock"),
)

case(
    "amazon-de-nicht-verfuegbar",
    "de",
    "market",
    "Amazon.example.de",
    "https://www.amazon.example.de/Bosch-Akku-Bohrschrauber-GSR-12V-15/dp/B00D3Z3M2O",
    "Bosch Professional Akku-Bohrschrauber GSR 12V-15",
    """
<div id="dp">
  <div id="leftCol"><img alt="Bosch Professional Akku-Bohrschrauber" src="https://m.media-amazon.example/images/I/61pQ4WZ7gGL._AC_SX679_.jpg" id="landingImage"></div>
  <div id="centerCol">
    <h1 id="title"><span id="productTitle">Bosch Professional Akku-Bohrschrauber GSR 12V-15</span></h1>
    <a id="bylineInfo" class="a-link-normal" href="/stores/BoschProfessional/page/1234">Besuche den Bosch Professional-Store</a>
    <div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">119,00&nbsp;€</span></span></div>
    <table class="a-normal a-spacing-micro"><tbody>
      <tr class="po-brand"><td><span class="a-text-bold">Marke</span></td><td><span>Bosch Professional</span></td></tr>
      <tr class="po-power_source"><td><span class="a-text-bold">Stromquelle</span></td><td><span>Akkubetrieben</span></td></tr>
    </tbody></table>
  </div>
  <div id="rightCol"><div id="outOfStock" class="a-box"><div class="a-box-inner">
    <div class="a-section a-spacing-small a-text-center"><span class="a-color-price a-text-bold">Derzeit nicht verfügbar.</span><br>Ob und wann dieser Artikel wieder vorrätig sein wird, ist unbekannt.</div>
  </div></div></div>
  <div id="detailBullets_feature_div"><ul><li><span class="a-list-item"><span class="a-text-bold">Modellnummer &rlm; : &lrm;</span> <span>0601868101</span></span></li></ul></div>
</div>
""",
    dict(sku="0601868101", brand="Bosch Professional", availability="OutOfStock"),
)

case(
    "amazon-en-other-sellers",
    "en",
    "market",
    "Amazon.example",
    "https://www.amazon.example/Lodge-Seasoned-Skillet/dp/B00006JSUA",
    "Lodge 10.25 Inch Cast Iron Skillet",
    """
<div id="dp">
  <div id="leftCol"><img alt="Lodge Cast Iron Skillet" src="https://m.media-amazon.example/images/I/81a4kCNuH+L._AC_SX679_.jpg" id="landingImage"></div>
  <div id="centerCol">
    <h1 id="title"><span id="productTitle">Lodge 10.25 Inch Cast Iron Skillet</span></h1>
    <a id="bylineInfo" href="/stores/Lodge/page/5678">Visit the Lodge Store</a>
    <div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">$19.90</span></span></div>
    <div id="feature-bullets"><ul><li><span class="a-list-item">Pre-seasoned with 100% natural vegetable oil.</span></li></ul></div>
  </div>
  <div id="rightCol"><div id="buybox">
    <div id="buybox-see-all-buying-choices"><span class="a-declarative"><a class="a-button-text" href="/gp/offer-listing/B00006JSUA">See All Buying Options</a></span></div>
    <div id="availability"><span class="a-size-base a-color-base">Available at a lower price from <a href="/gp/offer-listing/B00006JSUA">other sellers</a> that may not offer free Prime shipping.</span></div>
  </div></div>
  <div id="prodDetails"><table class="prodDetTable"><tbody><tr><th class="prodDetSectionEntry">Item model number</th><td class="prodDetAttrValue">L8SK3</td></tr></tbody></table></div>
</div>
""",
    dict(sku="L8SK3", brand="Lodge", availability="InStock"),
)

case(
    "amazon-ja-brand-stock",
    "ja",
    "market",
    "Amazon.example.jp",
    "https://www.amazon.example.jp/dp/B0C1234XYZ",
    "パナソニック ドライヤー ナノケア EH-NA0J",
    """
<div id="dp">
  <div id="leftCol"><img alt="パナソニック ドライヤー ナノケア" src="https://m.media-amazon.example/images/I/51sXk0vQ2UL._AC_SX679_.jpg" id="landingImage"></div>
  <div id="centerCol">
    <h1 id="title"><span id="productTitle">パナソニック ドライヤー ナノケア EH-NA0J</span></h1>
    <a id="bylineInfo" href="/stores/Panasonic/page/9876">ブランド: パナソニック(Panasonic)</a>
    <div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">￥29,800</span></span></div>
    <div id="feature-bullets"><ul><li><span class="a-list-item">高浸透「ナノイー」&amp;ミネラルで髪にうるおい。</span></li></ul></div>
    <div id="detailBullets_feature_div"><ul><li><span class="a-list-item"><span class="a-text-bold">メーカー型番 &rlm; : &lrm;</span> <span>EH-NA0J-A</span></span></li></ul></div>
  </div>
  <div id="rightCol"><div id="buybox">
    <div id="availability"><span class="a-size-medium a-color-success">在庫あり。</span></div>
    <input id="add-to-cart-button" type="submit" value="カートに入れる">
  </div></div>
</div>
""",
    dict(sku="EH-NA0J-A", brand="パナソニック(Panasonic)", availability="InStock"),
)

# ---- eBay, Allegro, Polish shop --------------------------------------------------------------------------

case(
    "ebay-en-item-specifics",
    "en",
    "market",
    "eBay.example",
    "https://www.ebay.example/itm/314215550011",
    "Apple AirPods Pro 2nd Generation with MagSafe Case - White",
    """
<div class="x-item-title"><h1 class="x-item-title__mainTitle"><span class="ux-textspans ux-textspans--BOLD">Apple AirPods Pro 2nd Generation with MagSafe Case - White</span></h1></div>
<div class="ux-image-carousel-item active"><img src="https://i.ebayimg.example/images/g/abcAAOSw1234/s-l1600.jpg" alt="Apple AirPods Pro 2nd Generation"></div>
<div class="x-price-primary"><span class="ux-textspans">US $189.99</span></div>
<div class="x-item-condition-text"><span class="ux-textspans">Condition:</span> <span class="ux-textspans">New</span></div>
<div class="x-quantity__availability"><span class="ux-textspans ux-textspans--SECONDARY">More than 10 available</span> <span class="ux-textspans ux-textspans--EMPHASIS">/ 1,204 sold</span></div>
<div class="x-buybox-cta"><ul><li><a class="ux-call-to-action fake-btn fake-btn--primary" href="/bin/checkout"><span class="ux-call-to-action__text">Buy It Now</span></a></li><li><a class="ux-call-to-action fake-btn fake-btn--secondary" href="/cart/add"><span>Add to cart</span></a></li></ul></div>
<div class="ux-layout-section-evo"><h2>Item specifics</h2>
  <dl class="ux-labels-values ux-labels-values--brand"><dt class="ux-labels-values__labels"><span class="ux-textspans">Brand</span></dt><dd class="ux-labels-values__values"><span class="ux-textspans">Apple</span></dd></dl>
  <dl class="ux-labels-values ux-labels-values--mpn"><dt class="ux-labels-values__labels"><span class="ux-textspans">MPN</span></dt><dd class="ux-labels-values__values"><span class="ux-textspans">MQD83AM/A</span></dd></dl>
  <dl class="ux-labels-values ux-labels-values--model"><dt class="ux-labels-values__labels"><span class="ux-textspans">Model</span></dt><dd class="ux-labels-values__values"><span class="ux-textspans">Apple AirPods Pro (2nd Generation)</span></dd></dl>
</div>
<div class="x-sellercard-atf"><span class="ux-textspans">Sold by</span> <a href="/str/techdeals">techdeals_us</a> <span>(12,345)</span> 99.6% positive</div>
""",
    dict(brand="Apple", availability="InStock"),
)

case(
    "allegro-pl-parametry",
    "pl",
    "market",
    "Allegro.example",
    "https://allegro.example/oferta/frytkownica-beztluszczowa-philips-hd9252-13245678901",
    "Frytkownica beztłuszczowa Philips HD9252/90 1400 W",
    """
<div class="mpof_ki myre_zn _9c44d_1Hxbq">
  <div class="_1e32a_zIS-q"><img src="https://a.allegroimg.example/original/11a2b3/frytkownica-philips-hd9252.jpg" alt="Frytkownica beztłuszczowa Philips HD9252/90"></div>
  <div class="_9a071_2MEB_">
    <h1 class="mp4t_0 mryx_0 mj7a_4 mvrt_8 mp0t_ji m9qz_yo">Frytkownica beztłuszczowa Philips HD9252/90 1400 W</h1>
    <div class="mli8_k4 msa3_z4"><span aria-label="cena 349,00 zł" class="mli8_k4 msa3_z4 mqu1_1">349,<span class="mgn2_14">00</span>&nbsp;<span class="mgn2_14">zł</span></span></div>
    <div class="_1h7wt">dostawa we wtorek &middot; darmowa dostawa z Allegro Smart!</div>
    <div class="_9a071_1R3g4"><span>Liczba sztuk</span> <input type="number" value="1" aria-label="liczba sztuk"> <span class="mpof_uk">z 12 sztuk</span></div>
    <button type="button" data-analytics-interaction-label="addToCart" class="mgn2_14 mp0t_0a">dodaj do koszyka</button>
    <button type="button" data-analytics-interaction-label="buyNow" class="mgn2_14 mp0t_0a">kup teraz</button>
  </div>
  <section class="_9c44d_3MAmb"><h2>Parametry</h2>
    <table class="_3a4zn _9c44d_2Vq3l"><tbody>
      <tr><td class="_3d2a">Stan</td><td class="_3d2b">Nowy</td></tr>
      <tr><td class="_3d2a">Marka</td><td class="_3d2b">Philips</td></tr>
      <tr><td class="_3d2a">Kod producenta</td><td class="_3d2b">HD9252/90</td></tr>
      <tr><td class="_3d2a">Moc</td><td class="_3d2b">1400 W</td></tr>
    </tbody></table>
  </section>
</div>
""",
    dict(brand="Philips", availability="InStock"),
)

case(
    "pl-shop-niedostepny",
    "pl",
    "plain",
    "Ogród i Dom",
    "https://ogrodidom.example/pl/products/sekator-nozycowy-p92-2451.html",
    "Sekator nożycowy P92",
    """
<div id="breadcrumbs"><ol><li><a href="/">Strona główna</a></li><li><a href="/pl/menu/narzedzia-ogrodowe-152.html">Narzędzia ogrodowe</a></li></ol></div>
<div id="projector_productname" class="product_name"><h1 class="product_name__name">Sekator nożycowy P92</h1></div>
<div id="projector_photos"><a class="projector_medium_image" href="/hpeciai/abc/pol_pl_Sekator-nozycowy-P92-2451_1.jpg"><img class="photo" src="/hpeciai/abc/pol_pm_Sekator-nozycowy-P92-2451_1.jpg" alt="Sekator nożycowy P92"></a></div>
<div id="projector_details">
  <div class="producer"><span class="producer__label">Producent:</span> <a class="brand" href="/pl/producers/fiskars-1308137276.html" title="Fiskars">Fiskars</a></div>
  <div class="code"><span class="code__label">Kod produktu:</span> <strong class="code__value">1001530</strong></div>
  <div id="projector_prices"><strong id="projector_price_value" class="projector_prices__price">89,99 zł</strong> <span class="projector_prices__info">brutto</span></div>
  <div id="projector_status" class="projector_status"><span class="projector_status__label">Dostępność:</span> <span class="projector_status__description">Produkt niedostępny</span></div>
  <div id="projector_buy_section"><button id="projector_button_basket" class="btn --solid --large projector_butttons_buy" type="submit" disabled>Dodaj do koszyka</button></div>
  <div id="projector_notify"><a class="btn --outline" href="#avabilityNotify">Powiadom o dostępności</a></div>
</div>
<div id="projector_longdescription"><h2>Opis</h2><p>Lekki sekator z ostrzami ze stali hartowanej, do gałęzi o średnicy do 2,4 cm.</p></div>
""",
    dict(sku="1001530", brand="Fiskars", availability="OutOfStock"),
)


# ---- Coupang and Korean shops --------------------------------------------------------------------------

case(
    "coupang-ko-soldout",
    "ko",
    "market",
    "Coupang.example",
    "https://www.coupang.example/vp/products/7612345678?itemId=2034567",
    "삼성전자 갤럭시북3 프로 NT940XFG",
    """
<div class="prod-atf">
  <div class="prod-image"><img class="prod-image__detail" src="//thumbnail.coupangcdn.example/thumbnails/remote/492x492ex/image/vendor_inventory/galaxybook3.jpg" alt="삼성전자 갤럭시북3 프로"></div>
  <div class="prod-buy">
    <a class="prod-brand-name" href="/np/brands?brandName=%EC%82%BC%EC%84%B1%EC%A0%84%EC%9E%90">삼성전자</a>
    <h2 class="prod-buy-header__title">삼성전자 갤럭시북3 프로 NT940XFG</h2>
    <div class="prod-price"><span class="total-price"><strong>1,549,000<span class="price-unit">원</span></strong></span></div>
    <div class="prod-not-find-known__buy__button"><div class="oos-label">일시품절</div></div>
    <div class="prod-buy-footer"><button class="prod-cart-btn" type="button" disabled>장바구니 담기</button><button class="prod-buy-btn" type="button" disabled>품절</button></div>
    <div class="prod-restock"><a class="prod-restock__btn" href="#">재입고 알림 신청</a></div>
  </div>
</div>
<div class="product-item__table"><table class="prod-delivery-return-policy-table essential-info-table"><tbody>
  <tr><th>품명 및 모델명</th><td>갤럭시북3 프로 / NT940XFG-K71A</td></tr>
  <tr><th>품번</th><td>NT940XFG-K71AG</td></tr>
  <tr><th>제조국</th><td>중국</td></tr>
</tbody></table></div>
""",
    dict(sku="NT940XFG-K71AG", brand="삼성전자", availability="OutOfStock"),
)

case(
    "ko-shop-brand-stock",
    "ko",
    "plain",
    "러닝하우스",
    "https://runninghouse.example/product/detail.html?product_no=311",
    "에어 줌 페가수스 41",
    """
<div class="xans-product-headcategory path"><ol><li><a href="/">홈</a></li><li><a href="/category/running/24/">러닝화</a></li></ol></div>
<div class="xans-product-detail">
  <div class="keyImg"><img src="/web/product/big/202605/pegasus41.jpg" alt="에어 줌 페가수스 41" class="BigImage"></div>
  <div class="infoArea">
    <div class="headingArea"><h2>에어 줌 페가수스 41</h2></div>
    <table class="xans-product-detaildesign"><tbody>
      <tr><th scope="row"><span>판매가</span></th><td><span><strong id="span_product_price_text">159,000원</strong></span></td></tr>
      <tr><th scope="row"><span>브랜드</span></th><td><span>나이키</span></td></tr>
      <tr><th scope="row"><span>상품코드</span></th><td><span>P0000BCD</span></td></tr>
      <tr><th scope="row"><span>재고</span></th><td><span>12개</span></td></tr>
      <tr><th scope="row"><span>배송비</span></th><td><span>3,000원 (50,000원 이상 구매 시 무료)</span></td></tr>
    </tbody></table>
    <div class="xans-product-action"><a href="#none" class="btnSubmit" onclick="product_submit(1, '/exec/front/order/basket/', this)"><span id="btnBuy">바로 구매하기</span></a><a href="#none" class="btnNormal" onclick="product_submit(2, '/exec/front/order/basket/', this)">장바구니</a></div>
  </div>
</div>
""",
    dict(sku="P0000BCD", brand="나이키", availability="InStock"),
)

# ---- Rakuten and Japanese shops -------------------------------------------------------------------------

case(
    "rakuten-ja-urikire",
    "ja",
    "market",
    "楽天市場.example",
    "https://item.rakuten.example/kitchen-yamada/jpi-x100/",
    "タイガー 圧力IH炊飯器 5.5合 JPI-X100",
    """
<div class="item-name"><h1>タイガー 圧力IH炊飯器 5.5合 JPI-X100</h1></div>
<div class="image-main"><img src="https://shop.r10s.example/kitchen-yamada/cabinet/jpi-x100.jpg" alt="タイガー 圧力IH炊飯器"></div>
<table class="item-detail"><tbody>
  <tr><td class="label">価格</td><td><span class="price2">54,800円</span> <span class="tax">(税込)</span> 送料無料</td></tr>
  <tr><td class="label">商品番号</td><td><span class="item_number">jpi-x100-k</span></td></tr>
  <tr><td class="label">メーカー</td><td>タイガー魔法瓶</td></tr>
</tbody></table>
<div class="floating-cart-button"><p class="soldout-msg">売り切れました</p><button class="cart-button" type="button" disabled>売り切れ</button></div>
<div class="restock"><a href="/restock/notice">再入荷お知らせ</a></div>
<div class="item-description"><p>遠赤土鍋コーティングで、ふっくらと炊き上げます。</p></div>
""",
    dict(sku="jpi-x100-k", brand="タイガー魔法瓶", availability="OutOfStock"),
)

case(
    "ja-shop-instock-related-soldout",
    "ja",
    "plain",
    "暮らしの道具店.example",
    "https://kurashi.example/products/bruno-hotplate",
    "コンパクトホットプレート",
    """
<nav class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/collections/kitchen">キッチン家電</a></nav>
<div class="product">
  <div class="product-gallery"><img src="/images/products/bruno-hotplate-red-main.jpg" alt="コンパクトホットプレート レッド"></div>
  <div class="product-info">
    <p class="product-brand">ブランド：<a href="/brands/bruno">BRUNO</a></p>
    <h1 class="product-title">コンパクトホットプレート</h1>
    <p class="product-price">¥11,000<span class="tax">（税込）</span></p>
    <dl class="product-spec"><dt>品番</dt><dd>BOE021-RD</dd><dt>サイズ</dt><dd>W375×D235×H140mm</dd></dl>
    <p class="product-stock">在庫あり</p>
    <form action="/cart/add" method="post"><input type="number" name="quantity" value="1"><button type="submit">カートに入れる</button></form>
  </div>
</div>
<section class="related"><h2>こちらもおすすめ</h2><ul class="related-list">
  <li class="card"><a href="/products/grill-pot"><img src="/images/products/grill-pot-thumb.jpg" alt=""><p class="card-name">グリルポット</p><p class="card-price">¥9,900</p><span class="card-badge">在庫切れ</span></a></li>
  <li class="card"><a href="/products/toaster"><img src="/images/products/toaster-thumb.jpg" alt=""><p class="card-name">スチームトースター</p><p class="card-price">¥15,400</p><span class="card-badge">売り切れ</span></a></li>
</ul></section>
""",
    dict(sku="BOE021-RD", brand="BRUNO", availability="InStock"),
)

case(
    "ja-shop-zaiko-kire",
    "ja",
    "plain",
    "文具店まるやま.example",
    "https://maruyama-bungu.example/items/4901234567890",
    "万年筆 プロフィット ジュニア 細字",
    """
<nav class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/category/pen">筆記具</a></nav>
<div class="item-main">
  <div class="item-photo"><img src="/img/items/profit-jr-f.jpg" alt="万年筆 プロフィット ジュニア"></div>
  <div class="item-data">
    <h1>万年筆 プロフィット ジュニア 細字</h1>
    <p class="maker">メーカー：セーラー万年筆</p>
    <p class="price">1,100円（税込）</p>
    <table class="spec"><tr><th>商品番号</th><td>11-0310-220</td></tr><tr><th>JANコード</th><td>4901680157624</td></tr></table>
    <p class="stock-status out">在庫切れ</p>
    <p class="cart"><button type="button" class="btn-cart" disabled>カートに入れる</button></p>
  </div>
</div>
""",
    dict(sku="11-0310-220", availability="OutOfStock"),
)

# ---- Mercado Libre, Kaspi and Russian shops --------------------------------------------------------------

case(
    "mercadolibre-ar-stock",
    "es",
    "market",
    "MercadoLibre.example",
    "https://articulo.mercadolibre.example/MLA-1382345678-smart-tv-samsung-50-crystal-uhd-4k",
    'Smart TV Samsung 50" Crystal UHD 4K UN50CU7000',
    """
<div class="ui-pdp-container">
  <div class="ui-pdp-gallery"><figure class="ui-pdp-gallery__figure"><img class="ui-pdp-image ui-pdp-gallery__figure__image" src="https://http2.mlstatic.example/D_NQ_NP_2X_912345-MLA71234567890_092023-F.webp" alt="Smart TV Samsung 50"></figure></div>
  <div class="ui-pdp-header">
    <div class="ui-pdp-header__subtitle"><span class="ui-pdp-subtitle">Nuevo  |  +1000 vendidos</span></div>
    <h1 class="ui-pdp-title">Smart TV Samsung 50" Crystal UHD 4K UN50CU7000</h1>
  </div>
  <div class="ui-pdp-price__second-line"><span class="andes-money-amount ui-pdp-price__part" aria-label="589999 pesos"><span class="andes-money-amount__currency-symbol">$</span><span class="andes-money-amount__fraction">589.999</span></span></div>
  <div class="ui-pdp-stock-information"><p class="ui-pdp-stock-information__title">Stock disponible</p></div>
  <div class="ui-pdp-buybox__quantity"><span class="andes-button__content">Cantidad: <span class="ui-pdp-buybox__quantity__selected">1 unidad</span> <span class="ui-pdp-buybox__quantity__available">(+50 disponibles)</span></span></div>
  <div class="ui-pdp-actions"><button type="submit" class="andes-button andes-button--loud"><span class="andes-button__content">Comprar ahora</span></button><button type="submit" class="andes-button andes-button--quiet"><span class="andes-button__content">Agregar al carrito</span></button></div>
  <div class="ui-vpp-highlighted-specs"><table class="andes-table"><tbody>
    <tr class="andes-table__row"><th class="andes-table__header">Marca</th><td class="andes-table__column"><span class="andes-table__column--value">Samsung</span></td></tr>
    <tr class="andes-table__row"><th class="andes-table__header">Modelo</th><td class="andes-table__column"><span class="andes-table__column--value">UN50CU7000</span></td></tr>
  </tbody></table></div>
</div>
""",
    dict(brand="Samsung", availability="InStock"),
)

case(
    "kaspi-ru-v-nalichii",
    "ru",
    "market",
    "Kaspi.example",
    "https://kaspi.example/shop/p/xiaomi-redmi-note-13-8-gb-256-gb-chernyi-115678901/",
    "Смартфон Xiaomi Redmi Note 13 8 ГБ/256 ГБ черный",
    """
<div class="item">
  <div class="item__heading"><h1 class="item__heading">Смартфон Xiaomi Redmi Note 13 8 ГБ/256 ГБ черный</h1><div class="item__sku">Код товара: 115678901</div></div>
  <div class="item__slider-pic-wrapper"><img class="item__slider-pic" src="https://resources.kaspi.example/img/m/p/h10/h77/84378448609310.jpg?format=gallery-large" alt="Xiaomi Redmi Note 13"></div>
  <div class="item__price"><div class="item__price-once">104 990 ₸</div></div>
  <div class="item__delivery">Доставка завтра, бесплатно</div>
  <div class="item__sellers-count">В наличии у 12 продавцов</div>
  <button class="button button--large item__add-to-cart" type="button">Добавить в корзину</button>
  <div class="specifications-list"><h2>Характеристики</h2><dl class="specifications-list__spec">
    <dt class="specifications-list__spec-term"><span class="specifications-list__spec-term-text">Бренд</span></dt><dd class="specifications-list__spec-definition">Xiaomi</dd>
    <dt class="specifications-list__spec-term"><span class="specifications-list__spec-term-text">Цвет</span></dt><dd class="specifications-list__spec-definition">черный</dd>
  </dl></div>
</div>
""",
    dict(sku="115678901", brand="Xiaomi", availability="InStock"),
)

case(
    "ru-shop-net-v-nalichii",
    "ru",
    "plain",
    "ТехноДом",
    "https://tehnodom.example/catalog/skovorody/skovoroda-tefal-unlimited-26/",
    "Сковорода Tefal Unlimited 26 см",
    """
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/catalog/posuda/">Посуда</a> / <a href="/catalog/skovorody/">Сковороды</a></div>
<div class="product-card">
  <div class="product-card__gallery"><img src="/upload/iblock/3f2/skovoroda-tefal-unlimited-26.jpg" alt="Сковорода Tefal Unlimited 26 см"></div>
  <div class="product-card__info">
    <h1 class="product-card__title">Сковорода Tefal Unlimited 26 см</h1>
    <div class="product-card__article">Артикул: G2550572</div>
    <div class="product-card__brand">Производитель: <a href="/brands/tefal/">Tefal</a></div>
    <div class="product-card__price">2 990 ₽</div>
    <div class="product-card__stock product-card__stock--none">Нет в наличии</div>
    <button class="btn btn--outline product-card__notify" type="button">Сообщить о поступлении</button>
  </div>
</div>
<div class="product-tabs"><div class="product-tabs__item"><h2>Описание</h2><p>Антипригарное покрытие Titanium, индикатор нагрева Thermo-Signal.</p></div></div>
""",
    dict(sku="G2550572", brand="Tefal", availability="OutOfStock"),
)

case(
    "ru-shop-artikul-instock",
    "ru",
    "plain",
    "Сад и Огород",
    "https://sadogorod.example/product/lopata-shtykovaya-fiskars-solid/",
    "Лопата штыковая Solid",
    """
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/catalog/instrument/">Садовый инструмент</a></div>
<div class="product">
  <div class="product__image"><img src="/images/products/lopata-solid.jpg" alt="Лопата штыковая Solid"></div>
  <div class="product__main">
    <h1>Лопата штыковая Solid</h1>
    <table class="product__props"><tr><td>Артикул</td><td>1066716</td></tr><tr><td>Бренд</td><td>Fiskars</td></tr><tr><td>Вес</td><td>1,9 кг</td></tr></table>
    <div class="product__price">1 890 ₽</div>
    <div class="product__avail">В наличии</div>
    <button class="btn btn--primary js-add-to-cart" type="button">В корзину</button>
  </div>
</div>
""",
    dict(sku="1066716", brand="Fiskars", availability="InStock"),
)


# ---- Noon (Arabic), Taiwan, Sweden -----------------------------------------------------------------------

case(
    "noon-ar-hashed-instock",
    "ar",
    "market",
    "noon.example",
    "https://www.noon.example/uae-ar/galaxy-a15-128gb-blue/N70034567V/p/",
    "سامسونج جالاكسي A15 ثنائي الشريحة 128 جيجابايت أزرق",
    """
<div dir="rtl" class="sc-5f2a1b0c-0 kQwErT">
  <div class="sc-3b1a7e2d-1 hYtZpA"><img src="https://f.nooncdn.example/p/v1699876543/N70034567V_1.jpg?format=jpg&amp;width=800" alt="سامسونج جالاكسي A15"></div>
  <div class="sc-8c2d4f1a-2 bNmLkP">
    <a class="sc-9d3e5a2b-0 jKlMnO" href="/uae-ar/samsung/">سامسونج</a>
    <h1 class="sc-a1b2c3d4-0 pQrStU">سامسونج جالاكسي A15 ثنائي الشريحة 128 جيجابايت أزرق</h1>
    <div class="sc-e5f6a7b8-0 vWxYzA">رقم الموديل : <span>SM-A155FZBDMEA</span></div>
    <div class="sc-c9d0e1f2-3 bCdEfG"><span class="sc-1a2b3c4d-0 priceNow">د.إ.‏ 599.00</span> <span class="sc-5e6f7a8b-1">شامل ضريبة القيمة المضافة</span></div>
    <div class="sc-f1e2d3c4-0 hIjKlM">الكمية <select><option>1</option><option>2</option></select></div>
    <button class="sc-0a9b8c7d-0 nOpQrS" type="button">أضف إلى العربة</button>
  </div>
  <div class="sc-6b5a4c3d-0 tUvWxY"><h3>المواصفات</h3><table><tbody><tr><td>العلامة التجارية</td><td>سامسونج</td></tr><tr><td>اللون</td><td>أزرق</td></tr></tbody></table></div>
</div>
""",
    dict(sku="SM-A155FZBDMEA", brand="سامسونج", availability="InStock"),
)

case(
    "ar-shop-ghayr-mutawaffir",
    "ar",
    "plain",
    "متجر البيت",
    "https://albait.example/ar/products/coffee-maker-dcm-220",
    "آلة تحضير القهوة 1.2 لتر",
    """
<div dir="rtl" class="product-page">
  <nav class="breadcrumb"><a href="/ar/">الرئيسية</a> / <a href="/ar/kitchen/">المطبخ</a></nav>
  <div class="product-gallery"><img src="/media/products/dcm-220-main.jpg" alt="آلة تحضير القهوة"></div>
  <div class="product-details">
    <h1 class="product-title">آلة تحضير القهوة 1.2 لتر</h1>
    <p class="product-brand">العلامة التجارية: <a href="/ar/brands/kenwood/">كينوود</a></p>
    <p class="product-sku">رمز المنتج: DCM-220</p>
    <p class="product-price">249 ر.س</p>
    <p class="stock-status out-of-stock">غير متوفر حالياً</p>
    <button class="btn add-to-cart" type="button" disabled>نفدت الكمية</button>
  </div>
</div>
""",
    dict(sku="DCM-220", brand="كينوود", availability="OutOfStock"),
)

case(
    "tw-shop-xianhuo",
    "zh-TW",
    "plain",
    "生活好物",
    "https://goodliving.example/products/zojirushi-sm-sha48",
    "象印 不鏽鋼真空保溫杯 480ml",
    """
<nav class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/categories/bottles">保溫瓶</a></nav>
<div class="product-detail">
  <div class="product-images"><img src="https://img.goodliving.example/media/sm-sha48-main.jpg" alt="象印 不鏽鋼真空保溫杯"></div>
  <div class="product-info">
    <h1 class="product-name">象印 不鏽鋼真空保溫杯 480ml</h1>
    <ul class="product-attrs"><li>品牌：象印</li><li>商品編號：SM-SHA48-AK</li><li>產地：泰國</li></ul>
    <div class="product-price">NT$1,290</div>
    <div class="product-stock">現貨</div>
    <div class="product-qty"><label>數量</label><input type="number" value="1"></div>
    <button class="btn btn-primary add-to-cart" type="submit">加入購物車</button>
    <button class="btn btn-default buy-now" type="submit">立即購買</button>
  </div>
</div>
""",
    dict(sku="SM-SHA48-AK", brand="象印", availability="InStock"),
)

case(
    "tw-shop-soldout",
    "zh-TW",
    "plain",
    "生活好物",
    "https://goodliving.example/products/muji-aroma-diffuser",
    "超音波芬香噴霧器",
    """
<nav class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/categories/home">居家</a></nav>
<div class="product-detail">
  <div class="product-images"><img src="https://img.goodliving.example/media/aroma-diffuser-main.jpg" alt="超音波芬香噴霧器"></div>
  <div class="product-info">
    <h1 class="product-name">超音波芬香噴霧器</h1>
    <div class="product-price">NT$1,790</div>
    <div class="product-sku">商品貨號：AD-SD1-TW</div>
    <div class="sold-out-tag">已售完</div>
    <button class="btn btn-primary add-to-cart" type="submit" disabled>已售完</button>
    <a class="btn btn-default restock-notify" href="#">貨到通知我</a>
  </div>
</div>
""",
    dict(sku="AD-SD1-TW", availability="OutOfStock"),
)

case(
    "sv-shop-i-lager",
    "sv",
    "plain",
    "Trädgårdsboden",
    "https://tradgardsboden.example/produkt/grensax-powergear-l72",
    "Grensax PowerGear L72",
    """
<nav class="breadcrumbs"><a href="/">Hem</a> / <a href="/tradgard/">Trädgård</a></nav>
<div class="product-page">
  <div class="product-page__images"><img src="/bilder/produkter/grensax-l72-1.jpg" alt="Grensax PowerGear L72"></div>
  <div class="product-page__info">
    <h1>Grensax PowerGear L72</h1>
    <p class="product-page__meta">Art.nr: 1000582 &middot; Varumärke: <a href="/varumarken/fiskars">Fiskars</a></p>
    <p class="product-page__price">649 kr</p>
    <p class="product-page__stock"><span class="dot dot--green"></span> I lager (20+ st), skickas inom 24 timmar</p>
    <form action="/kassa/lagg-till" method="post"><input type="number" name="antal" value="1"><button type="submit">Lägg i varukorgen</button></form>
  </div>
</div>
""",
    dict(sku="1000582", brand="Fiskars", availability="InStock"),
)

case(
    "sv-shop-slut-i-lager",
    "sv",
    "plain",
    "Köksbutiken",
    "https://koksbutiken.example/produkt/kastrull-3-l",
    "Kastrull 3 l rostfri",
    """
<nav class="breadcrumbs"><a href="/">Hem</a> / <a href="/kok/">Kök</a></nav>
<div class="product-page">
  <div class="product-page__images"><img src="/bilder/produkter/kastrull-3l.jpg" alt="Kastrull 3 l rostfri"></div>
  <div class="product-page__info">
    <h1>Kastrull 3 l rostfri</h1>
    <table class="facts"><tr><th>Artikelnummer</th><td>KB-4410</td></tr><tr><th>Varumärke</th><td>Scanpan</td></tr></table>
    <p class="product-page__price">899 kr</p>
    <p class="product-page__stock product-page__stock--out">Slut i lager</p>
    <button type="button" class="btn btn--secondary">Bevaka &ndash; meddela mig när varan finns i lager</button>
  </div>
</div>
""",
    dict(sku="KB-4410", brand="Scanpan", availability="OutOfStock"),
)

# ---- hidden code fields and bylines ---------------------------------------------------------------------

case(
    "hidden-input-sku",
    "en",
    "plain",
    "Desk Supply",
    "https://desksupply.example/products/monitor-arm-single",
    "Single Monitor Arm, Gas Spring",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/office">Office</a></nav>
<div class="pdp">
  <div class="pdp__gallery"><img src="/img/products/monitor-arm-single-1.jpg" alt="Single Monitor Arm"></div>
  <div class="pdp__panel">
    <h1 class="pdp__title">Single Monitor Arm, Gas Spring</h1>
    <div class="pdp__price">$89.00</div>
    <p class="pdp__stock">In stock &ndash; ships today</p>
    <form class="pdp__form" action="/cart/add" method="post">
      <input type="hidden" name="sku" value="MA-1G-BLK">
      <input type="hidden" name="product_id" value="20991">
      <input type="number" name="qty" value="1" min="1">
      <button type="submit" class="btn btn--primary">Add to cart</button>
    </form>
    <div class="pdp__desc"><p>Holds 17-32 inch monitors up to 9 kg. VESA 75/100. Clamp and grommet mount included.</p></div>
  </div>
</div>
""",
    dict(sku="MA-1G-BLK", brand=None, availability="InStock"),
)

case(
    "data-sku-attribute",
    "en",
    "plain",
    "Peak Outdoor",
    "https://peakoutdoor.example/p/trail-gaiter-40221",
    "Trail Gaiter",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/accessories">Accessories</a></nav>
<div class="product-detail" data-sku="40221-07" data-product-id="40221">
  <div class="product-detail__media"><img src="/media/catalog/40221-07-1.jpg" alt="Trail Gaiter, slate"></div>
  <div class="product-detail__info">
    <h1>Trail Gaiter</h1>
    <p class="product-detail__price">€24.95</p>
    <ul class="swatches"><li class="swatch is-selected" data-sku="40221-07">Slate</li><li class="swatch" data-sku="40221-12">Moss</li></ul>
    <p class="product-detail__stock">In stock</p>
    <button type="button" class="button button--primary js-add-to-bag">Add to bag</button>
    <p class="product-detail__desc">Lightweight stretch gaiter with a drawcord hem and a front hook.</p>
  </div>
</div>
""",
    dict(sku="40221-07", availability="InStock"),
)

case(
    "byline-by-brand-link",
    "en",
    "plain",
    "Kitchen Corner",
    "https://kitchencorner.example/products/artisan-mixer-5qt",
    "Artisan Tilt-Head Stand Mixer 5 Qt",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/small-appliances">Small appliances</a></nav>
<div class="product">
  <div class="product__gallery"><img src="/images/artisan-mixer-5qt-empire-red.jpg" alt="Artisan Stand Mixer, Empire Red"></div>
  <div class="product__info">
    <h1 class="product__title">Artisan Tilt-Head Stand Mixer 5 Qt</h1>
    <p class="product__byline">by <a href="/brand/kitchenaid">KitchenAid</a></p>
    <p class="product__model">Model: KSM150PSER</p>
    <div class="product__price">$449.99</div>
    <p class="product__stock">In stock</p>
    <button type="submit" class="btn btn-primary">Add to cart</button>
  </div>
</div>
""",
    dict(brand="KitchenAid", availability="InStock"),
)


# ---- must-not-fire pages ----------------------------------------------------------------------------------

case(
    "related-strip-other-brands-and-codes",
    "en",
    "plain",
    "Audio Nook",
    "https://audionook.example/products/walnut-bookshelf-speakers",
    "Walnut Bookshelf Speakers (Pair)",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/speakers">Speakers</a></nav>
<div class="product">
  <div class="product__gallery"><img src="/images/walnut-bookshelf-speakers-front.jpg" alt="Walnut Bookshelf Speakers"></div>
  <div class="product__info">
    <h1 class="product__title">Walnut Bookshelf Speakers (Pair)</h1>
    <div class="product__price">$329.00</div>
    <p class="product__stock">In stock</p>
    <button type="submit" class="btn btn-primary">Add to cart</button>
    <div class="product__desc"><p>Handmade walnut cabinets, 5.25 inch woofers, silk dome tweeters. Built in our Portland workshop.</p></div>
  </div>
</div>
<section class="related-products"><h2>Related products</h2>
  <div class="grid">
    <div class="card"><a href="/products/a5-speakers"><img src="/images/a5-thumb.jpg" alt="Audioengine A5+"></a><p class="card__brand">Brand: Audioengine</p><a class="card__name" href="/products/a5-speakers">A5+ Powered Speakers</a><p class="card__sku">SKU: AE-A5P-WAL</p><p class="card__price">$499.00</p></div>
    <div class="card"><a href="/products/ls50"><img src="/images/ls50-thumb.jpg" alt="KEF LS50 Meta"></a><p class="card__brand">Brand: KEF</p><a class="card__name" href="/products/ls50">LS50 Meta</a><p class="card__sku">SKU: KEF-LS50M-BLK</p><p class="card__price">$1,599.99</p></div>
    <div class="card"><a href="/products/r51m"><img src="/images/r51m-thumb.jpg" alt="Klipsch R-51M"></a><p class="card__brand">Brand: Klipsch</p><a class="card__name" href="/products/r51m">R-51M Bookshelf</a><p class="card__sku">SKU: KL-R51M</p><p class="card__price">$279.00</p></div>
  </div>
</section>
""",
    dict(sku=None, brand=None, availability="InStock"),
)

case(
    "size-chart-code-table",
    "en",
    "shopify",
    "Summit Wear",
    "https://summitwear.example/products/merino-base-layer-crew",
    "Merino Base Layer Crew",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/collections/base-layers">Base layers</a></nav>
<section class="product">
  <div class="product__media"><img src="//cdn.shop.example/files/merino-crew-charcoal.jpg" alt="Merino Base Layer Crew, charcoal"></div>
  <div class="product__info">
    <h1 class="product__title">Merino Base Layer Crew</h1>
    <div class="price"><span class="price-item">$95.00</span></div>
    <fieldset class="product-form__input"><legend>Size</legend>
      <input type="radio" id="s" name="Size" value="S"><label for="s">S</label><input type="radio" id="m" name="Size" value="M" checked><label for="m">M</label><input type="radio" id="l" name="Size" value="L"><label for="l">L</label>
    </fieldset>
    <button type="submit" name="add" class="product-form__submit button">Add to cart</button>
    <details class="size-chart"><summary>Size chart</summary>
      <table class="size-chart__table"><thead><tr><th>Size</th><th>SKU</th><th>Chest (in)</th><th>Length (in)</th></tr></thead><tbody>
        <tr><td>S</td><td>MBL-CRW-CH-S</td><td>36-38</td><td>27</td></tr>
        <tr><td>M</td><td>MBL-CRW-CH-M</td><td>39-41</td><td>28</td></tr>
        <tr><td>L</td><td>MBL-CRW-CH-L</td><td>42-44</td><td>29</td></tr>
      </tbody></table>
    </details>
  </div>
</section>
""",
    dict(sku=None, brand=None, availability="InStock"),
)

case(
    "reviews-name-other-brands-own-label",
    "en",
    "plain",
    "Espresso Corner",
    "https://espressocorner.example/products/bambino-plus",
    "Bambino Plus Espresso Machine",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/machines">Espresso machines</a></nav>
<div class="product">
  <div class="product__gallery"><img src="/images/bambino-plus-brushed.jpg" alt="Bambino Plus, brushed stainless steel"></div>
  <div class="product__info">
    <h1 class="product__title">Bambino Plus Espresso Machine</h1>
    <dl class="product__facts"><dt>Brand:</dt><dd>Breville</dd><dt>Model:</dt><dd>BES500BSS</dd></dl>
    <div class="product__price">$499.95</div>
    <p class="product__stock">In stock</p>
    <button type="submit" class="btn btn-primary">Add to cart</button>
  </div>
</div>
<section class="reviews"><h2>Customer reviews</h2>
  <article class="review"><h3>Better than my old De'Longhi</h3><p>I had a De'Longhi Dedica for four years. The steam wand here is far better.</p><p class="review__meta">Sam, verified buyer</p></article>
  <article class="review"><h3>Compared it to the Gaggia</h3><p>Brand: Gaggia was my other option, but this heats up in 3 seconds.</p><p class="review__meta">Lee, verified buyer</p></article>
  <article class="review"><h3>Great for beginners</h3><p>Pair it with a Baratza grinder and you are set.</p><p class="review__meta">Ana</p></article>
</section>
""",
    dict(brand="Breville", availability="InStock"),
)

case(
    "other-color-sold-out",
    "en",
    "plain",
    "Loop Bags",
    "https://loopbags.example/products/commuter-tote",
    "Commuter Tote",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/bags">Bags</a></nav>
<div class="product">
  <div class="product__gallery"><img src="/images/commuter-tote-blue.jpg" alt="Commuter Tote in blue"></div>
  <div class="product__info">
    <h1 class="product__title">Commuter Tote</h1>
    <div class="product__price">&pound;68.00</div>
    <div class="swatches" role="radiogroup" aria-label="Colour">
      <button role="radio" aria-checked="true" class="swatch swatch--selected">Blue</button>
      <button role="radio" aria-checked="false" class="swatch swatch--unavailable">Red &ndash; Sold out</button>
      <button role="radio" aria-checked="false" class="swatch">Black</button>
    </div>
    <p class="product__note">Red is sold out &ndash; back in March.</p>
    <button type="submit" class="btn btn-primary">Add to bag</button>
  </div>
</div>
""",
    dict(availability="InStock"),
)

case(
    "shipping-note-ships-in-3-days",
    "en",
    "plain",
    "Frame & Co",
    "https://frameandco.example/products/oak-picture-frame-a3",
    "Oak Picture Frame A3",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/frames">Frames</a></nav>
<div class="product">
  <div class="product__gallery"><img src="/images/oak-frame-a3.jpg" alt="Oak Picture Frame A3"></div>
  <div class="product__info">
    <h1 class="product__title">Oak Picture Frame A3</h1>
    <div class="product__price">&pound;42.00</div>
    <p class="product__shipping">Made to order. Ships in 3 days.</p>
    <form action="/cart/add" method="post"><input type="number" name="qty" value="1"><button type="submit" class="btn btn-primary">Add to basket</button></form>
    <div class="product__desc"><p>Solid European oak, museum glass, acid-free mount.</p></div>
  </div>
</div>
<section class="related-products"><h2>You may also like</h2>
  <div class="card"><a href="/products/oak-frame-a4"><img src="/images/oak-frame-a4-thumb.jpg" alt=""><span class="card__name">Oak Picture Frame A4</span><span class="card__price">&pound;34.00</span><span class="badge">Sold out</span></a></div>
</section>
""",
    dict(sku=None, brand=None, availability="InStock"),
)

case(
    "ebay-de-marke",
    "de",
    "market",
    "eBay.example.de",
    "https://www.ebay.example.de/itm/204512345678",
    "Makita DHP482Z Akku-Schlagbohrschrauber 18V Solo",
    """
<div class="x-item-title"><h1 class="x-item-title__mainTitle"><span class="ux-textspans ux-textspans--BOLD">Makita DHP482Z Akku-Schlagbohrschrauber 18V Solo</span></h1></div>
<div class="ux-image-carousel-item active"><img src="https://i.ebayimg.example/images/g/xyzAAOSw5678/s-l1600.jpg" alt="Makita DHP482Z"></div>
<div class="x-price-primary"><span class="ux-textspans">EUR 79,90</span></div>
<div class="x-quantity__availability"><span class="ux-textspans ux-textspans--SECONDARY">Mehr als 10 verfügbar</span> <span class="ux-textspans ux-textspans--EMPHASIS">/ 311 verkauft</span></div>
<div class="x-buybox-cta"><ul><li><a class="ux-call-to-action fake-btn fake-btn--primary" href="/bin/checkout"><span>Sofort-Kaufen</span></a></li><li><a class="ux-call-to-action fake-btn" href="/cart/add"><span>In den Warenkorb</span></a></li></ul></div>
<div class="ux-layout-section-evo"><h2>Artikelmerkmale</h2>
  <dl class="ux-labels-values"><dt class="ux-labels-values__labels"><span>Artikelzustand</span></dt><dd class="ux-labels-values__values"><span>Neu</span></dd></dl>
  <dl class="ux-labels-values"><dt class="ux-labels-values__labels"><span>Marke</span></dt><dd class="ux-labels-values__values"><span>Makita</span></dd></dl>
  <dl class="ux-labels-values"><dt class="ux-labels-values__labels"><span>Herstellernummer</span></dt><dd class="ux-labels-values__values"><span>DHP482Z</span></dd></dl>
</div>
<div class="x-sellercard-atf"><span>Verkäufer</span> <a href="/str/werkzeugprofi">werkzeug-profi24</a> 99,8% positive Bewertungen</div>
""",
    dict(brand="Makita", availability="InStock"),
)

case(
    "disabled-button-unavailable",
    "en",
    "plain",
    "Tool Depot",
    "https://tooldepot.example/products/laser-level-360",
    "360° Green Laser Level",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/measuring">Measuring</a></nav>
<div class="product">
  <div class="product__gallery"><img src="/images/laser-level-360.jpg" alt="360 Green Laser Level"></div>
  <div class="product__info">
    <h1 class="product__title">360° Green Laser Level</h1>
    <p class="product__brand">Brand: <a href="/brand/dewalt">DEWALT</a></p>
    <p class="product__code">Item #: DW089LG</p>
    <div class="product__price">$399.00</div>
    <button type="submit" class="btn btn-primary" disabled aria-disabled="true">Unavailable</button>
  </div>
</div>
""",
    dict(sku="DW089LG", brand="DEWALT", availability="OutOfStock"),
)


case(
    "related-tiles-carry-data-sku",
    "en",
    "plain",
    "Audio Nook",
    "https://audionook.example/products/oak-turntable-stand",
    "Oak Turntable Stand",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/furniture">Furniture</a></nav>
<div class="product">
  <div class="product__gallery"><img src="/images/oak-turntable-stand.jpg" alt="Oak Turntable Stand"></div>
  <div class="product__info">
    <h1 class="product__title">Oak Turntable Stand</h1>
    <div class="product__price">$249.00</div>
    <p class="product__stock">In stock</p>
    <button type="submit" class="btn btn-primary">Add to cart</button>
  </div>
</div>
<section class="related-products"><h2>Pairs well with</h2>
  <div class="grid">
    <div class="tile" data-sku="RT-LP60X"><a href="/products/lp60x"><img src="/images/lp60x.jpg" alt=""></a><a href="/products/lp60x">Audio-Technica LP60X</a><span>$149.00</span></div>
    <div class="tile" data-sku="PJ-DEBUT-CARBON"><a href="/products/debut"><img src="/images/debut.jpg" alt=""></a><a href="/products/debut">Pro-Ject Debut Carbon</a><span>$499.00</span></div>
    <div class="tile" data-sku="VR-RECORD-CRATE"><a href="/products/crate"><img src="/images/crate.jpg" alt=""></a><a href="/products/crate">Record Crate</a><span>$39.00</span></div>
  </div>
</section>
""",
    dict(sku=None, availability="InStock"),
)

case(
    "variant-json-several-codes",
    "en",
    "shopify",
    "Coastline Supply",
    "https://coastline.example/products/canvas-field-cap",
    "Canvas Field Cap",
    """
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/collections/hats">Hats</a></nav>
<section class="product">
  <div class="product__media"><img src="//cdn.shop.example/files/field-cap-sand.jpg" alt="Canvas Field Cap, sand" width="900" height="900"></div>
  <div class="product__info">
    <h1 class="product__title">Canvas Field Cap</h1>
    <div class="price"><span class="price-item">$38.00</span></div>
    <variant-selects data-variants='[{"id":1,"title":"Sand","sku":"CFC-SND","available":true},{"id":2,"title":"Olive","sku":"CFC-OLV","available":true}]'>
      <fieldset class="product-form__input"><legend>Color</legend>
        <input type="radio" id="c-sand" name="Color" value="Sand"><label for="c-sand">Sand</label>
        <input type="radio" id="c-olive" name="Color" value="Olive"><label for="c-olive">Olive</label>
      </fieldset>
    </variant-selects>
    <form method="post" action="/cart/add" class="product-form"><button type="submit" name="add" class="button">Add to cart</button></form>
  </div>
</section>
""",
    dict(sku=None, brand=None, availability="InStock"),
)

case(
    "ar-shop-size-not-available",
    "ar",
    "plain",
    "متجر الأزياء",
    "https://azyaa.example/ar/products/linen-shirt",
    "قميص كتان بأكمام طويلة",
    """
<div dir="rtl" class="product-page">
  <nav class="breadcrumb"><a href="/ar/">الرئيسية</a> / <a href="/ar/men/">رجال</a></nav>
  <div class="product-gallery"><img src="/media/products/linen-shirt-main.jpg" alt="قميص كتان"></div>
  <div class="product-details">
    <h1 class="product-title">قميص كتان بأكمام طويلة</h1>
    <p class="product-price">189 ر.س</p>
    <div class="sizes" role="radiogroup"><button role="radio" aria-checked="true">M</button><button role="radio">L</button><button role="radio" disabled>XL غير متوفر</button></div>
    <button class="btn add-to-cart" type="button">أضف إلى السلة</button>
  </div>
</div>
""",
    dict(availability="InStock"),
)

case(
    "amazon-other-sellers-hashed-names",
    "en",
    "market",
    "Amazon.example",
    "https://www.amazon.example/Hausbell-Projector/dp/B07ACTN402",
    "Mini Projector 1080P Supported",
    """
<div class="k3j9">
  <div class="q81z"><img alt="Mini Projector" src="https://m.media-amazon.example/images/I/71mK1m2PqwL._AC_SX679_.jpg"></div>
  <div class="p0x2">
    <h1 class="t7a1"><span class="u2b8">Mini Projector 1080P Supported</span></h1>
    <a class="w9c4" href="/stores/Hausbell/page/1122">Visit the Hausbell Store</a>
    <div class="m4d2"><span class="r5e6">$79.99</span></div>
    <ul class="f8g1"><li><span>Native 720P, 1080P supported, 7000 lumens.</span></li></ul>
  </div>
  <div class="z1y2"><div class="x3w4">
    <div class="v5u6"><span class="s7r8">Available from these sellers.</span></div>
    <span class="a9b0"><span class="c1d2"><a href="/gp/offer-listing/B07ACTN402" class="e3f4" role="button">See All Buying Options</a></span></span>
  </div></div>
  <div class="g5h6"><h2>Customers also viewed</h2>
    <div class="i7j8"><a href="/dp/B09XYZ1234"><img src="/images/other-projector.jpg" alt=""></a><a href="/dp/B09XYZ1234">Other Projector 4K</a><span>$129.99</span><a href="/gp/offer-listing/B09XYZ1234" role="button">See All Buying Options</a></div>
    <div class="i7j8"><a href="/dp/B08ABC5678"><img src="/images/screen.jpg" alt=""></a><a href="/dp/B08ABC5678">Projector Screen 100 inch</a><span>$29.99</span><span class="k9">Currently unavailable</span></div>
  </div>
</div>
""",
    dict(brand="Hausbell", availability="InStock"),
)

# ---- the tests ------------------------------------------------------------------------------------------

KEYS = {"sku": "sku", "brand": "brand_claimed", "availability": "availability"}  # extract_product's keys
CHECKS = [(c, f) for c in CASES for f in ("sku", "brand", "availability") if f in c.want]


def _param(c: Case, f: str):
    marks = [pytest.mark.xfail(strict=True, reason=c.xfail[f])] if f in c.xfail else []
    return pytest.param(c, f, id=f"{c.id}-{f}", marks=marks)


_GOT: dict[str, dict | None] = {}


def _read(c: Case) -> dict | None:
    if c.id not in _GOT:
        _GOT[c.id] = extract_product(c.html(), c.url)
    return _GOT[c.id]


def test_cases_are_full_pages_in_many_styles() -> None:
    assert len(CASES) >= 45
    assert len({c.id for c in CASES}) == len(CASES)
    for c in CASES:
        lines = c.html().count("\n")
        assert 40 <= lines <= 120, (c.id, lines)
        assert "application/ld+json" not in c.html() and "itemprop" not in c.html()
    assert {c.lang for c in CASES} >= set(WORDS)


@pytest.mark.parametrize(("c", "f"), [_param(c, f) for c, f in CHECKS])
def test_visible_field(c: Case, f: str) -> None:
    got = _read(c)
    assert got is not None, "no listing"
    assert got.get(KEYS[f]) == c.want[f]
