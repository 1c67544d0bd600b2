"""Title and price, a second look (issue 14): product pages WITHOUT structured data written before
reading the heuristics, to measure whether the title and price rules reach shapes the earlier tests
did not write. Each page is a whole page of 40-120 lines: a header with a mini-cart total, a menu, a
breadcrumb, the product block, a related strip whose cards carry prices, and a footer.

Shapes: a price with instalments beside it ("4 interest-free payments of $12.50", "12x R$ 25,00 sem
juros", "o 6 cuotas de $ 5.833"), a price with a tax or shipping line, a range over variants
("$19.99 – $29.99": the low end), a price split over spans (currency, whole, decimals), a price only in
the buy button ("Add to cart – £24.00"), a crossed-out list price after the sale price, a "You save"
line, the money of Taiwan (NT$), Korea (원, ₩), Kazakhstan (₸, тг), Argentina ("$ 12.999"), Slovenia
and Croatia (€ with a decimal comma, the older "kn"), Amazon-style pages (a-price-whole and
a-price-fraction, "Prix : 24,99 €", "Preis: 24,99 €"), titles opening with the brand, titles with
model numbers, long marketplace titles, a title only in a `div.product-title` while the `<h1>` holds
the shop's logo, titles in Chinese, Korean and Russian. The last pages are no product page (a cart, a
category with priced cards, a review in a blog) and must give no listing.

Each case gives the title, price and currency a careful labeller gives (None: not checked).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from knockoff.crawler.extract import extract_product

# home, new, sale, cart word, empty mini-cart total, related heading, add-to-cart, related cards
LANG: dict[str, tuple[str, str, str, str, str, str, str, tuple[tuple[str, str], ...]]] = {
    "en": (
        "Home",
        "New in",
        "Sale",
        "Cart",
        "$0.00",
        "You may also like",
        "Add to cart",
        (("Linen Tea Towel", "$14.00"), ("Stoneware Mug", "$22.00"), ("Oak Serving Board", "$48.00")),
    ),
    "en-GB": (
        "Home",
        "New in",
        "Sale",
        "Basket",
        "£0.00",
        "You may also like",
        "Add to basket",
        (("Linen Tea Towel", "£12.00"), ("Stoneware Mug", "£18.00"), ("Oak Serving Board", "£40.00")),
    ),
    "de": (
        "Startseite",
        "Neuheiten",
        "Sale",
        "Warenkorb",
        "0,00 €",
        "Das könnte Ihnen auch gefallen",
        "In den Warenkorb",
        (
            ("Geschirrtuch Leinen", "12,95 €"),
            ("Steingutbecher", "18,50 €"),
            ("Servierbrett Eiche", "39,00 €"),
        ),
    ),
    "fr": (
        "Accueil",
        "Nouveautés",
        "Soldes",
        "Panier",
        "0,00 €",
        "Vous aimerez aussi",
        "Ajouter au panier",
        (("Torchon en lin", "12,90 €"), ("Mug en grès", "17,50 €"), ("Planche en chêne", "39,00 €")),
    ),
    "it": (
        "Home",
        "Novità",
        "Saldi",
        "Carrello",
        "0,00 €",
        "Potrebbe interessarti anche",
        "Aggiungi al carrello",
        (
            ("Strofinaccio in lino", "11,90 €"),
            ("Tazza in gres", "16,50 €"),
            ("Tagliere in rovere", "36,00 €"),
        ),
    ),
    "pt-BR": (
        "Início",
        "Novidades",
        "Ofertas",
        "Carrinho",
        "R$ 0,00",
        "Você também pode gostar",
        "Comprar",
        (
            ("Pano de prato", "R$ 39,90"),
            ("Caneca de cerâmica", "R$ 59,90"),
            ("Tábua de carvalho", "R$ 189,00"),
        ),
    ),
    "es-AR": (
        "Inicio",
        "Novedades",
        "Ofertas",
        "Carrito",
        "$ 0",
        "También te puede interesar",
        "Agregar al carrito",
        (("Repasador de lino", "$ 6.499"), ("Taza de cerámica", "$ 8.999"), ("Tabla de roble", "$ 24.500")),
    ),
    "es-MX": (
        "Inicio",
        "Nuevo",
        "Ofertas",
        "Carrito",
        "$0.00",
        "También te puede gustar",
        "Agregar al carrito",
        (("Trapo de lino", "$189.00"), ("Taza de cerámica", "$249.00"), ("Tabla de roble", "$799.00")),
    ),
    "zh-TW": (
        "首頁",
        "新品",
        "特價",
        "購物車",
        "NT$0",
        "你可能也喜歡",
        "加入購物車",
        (("不鏽鋼保溫杯", "NT$590"), ("陶瓷馬克杯", "NT$420"), ("橡木砧板", "NT$1,280")),
    ),
    "zh-CN": (
        "首页",
        "新品",
        "特惠",
        "购物车",
        "¥0.00",
        "猜你喜欢",
        "加入购物车",
        (("不锈钢保温杯", "¥89.00"), ("陶瓷马克杯", "¥49.00"), ("橡木砧板", "¥199.00")),
    ),
    "ko": (
        "홈",
        "신상품",
        "세일",
        "장바구니",
        "0원",
        "함께 보면 좋은 상품",
        "장바구니 담기",
        (("린넨 행주", "12,900원"), ("도자기 머그컵", "18,000원"), ("원목 도마", "45,000원")),
    ),
    "ru": (
        "Главная",
        "Новинки",
        "Скидки",
        "Корзина",
        "0 ₽",
        "С этим товаром покупают",
        "В корзину",
        (("Льняное полотенце", "590 ₽"), ("Кружка керамическая", "790 ₽"), ("Доска из дуба", "2 190 ₽")),
    ),
    "ru-KZ": (
        "Главная",
        "Новинки",
        "Скидки",
        "Корзина",
        "0 ₸",
        "С этим товаром покупают",
        "В корзину",
        (("Льняное полотенце", "2 990 ₸"), ("Кружка керамическая", "3 490 ₸"), ("Доска из дуба", "11 900 ₸")),
    ),
    "sl": (
        "Domov",
        "Novo",
        "Akcija",
        "Košarica",
        "0,00 €",
        "Morda vam bo všeč",
        "Dodaj v košarico",
        (("Lanena krpa", "9,90 €"), ("Keramična skodelica", "12,90 €"), ("Hrastova deska", "34,90 €")),
    ),
    "hr": (
        "Početna",
        "Novo",
        "Akcija",
        "Košarica",
        "0,00 kn",
        "Možda će vam se svidjeti",
        "Dodaj u košaricu",
        (("Lanena krpa", "69,00 kn"), ("Keramička šalica", "89,00 kn"), ("Hrastova daska", "249,00 kn")),
    ),
}


def page(
    product: str,
    *,
    title: str,
    lang: str = "en",
    shop: str = "Northwind",
    crumbs: tuple[str, ...] = ("Kitchen", "Coffee"),
    cart: str | None = None,
    logo_h1: bool = False,
    buy: bool = True,
    related: tuple[tuple[str, str], ...] | None = None,
) -> str:
    """A whole product page, one element a line: header (logo, mini-cart with its total), menu,
    breadcrumb, product block (gallery and `product`, sizes, buy button), description, related strip
    with priced cards, footer. `logo_h1`: the logo is an `<h1>` (old themes)."""
    home, new, sale, cart_word, total, also, add, cards = LANG[lang]
    logo = (
        f'  <h1 class="logo"><a href="/"><img src="/assets/logo.svg" alt="{shop}"></a></h1>'
        if logo_h1
        else f'  <a class="logo" href="/"><img src="/assets/logo.svg" alt="{shop}"></a>'
    )
    trail = "".join(f'<li><a href="/c/{i}">{c}</a></li>' for i, c in enumerate((home, *crumbs)))
    strip = []
    for i, (name, price) in enumerate(related or cards):
        strip += [
            '      <li class="card">',
            f'        <a href="/p/rel-{i}"><img src="/media/rel-{i}_400x400.jpg" alt="{name}"></a>',
            f'        <a class="card-title" href="/p/rel-{i}">{name}</a>',
            f'        <span class="card-price">{price}</span>',
            "      </li>",
        ]
    lines = [
        "<!doctype html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{title}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="stylesheet" href="/assets/theme.css">',
        "</head>",
        "<body>",
        '<header class="site-header">',
        logo,
        '  <nav class="main-menu">',
        f'    <a href="/c/new">{new}</a>',
        f'    <a href="/c/kitchen">{crumbs[0]}</a>',
        f'    <a href="/c/sale">{sale}</a>',
        "  </nav>",
        '  <form class="search" action="/search"><input name="q"></form>',
        '  <a class="mini-cart" href="/cart">',
        f'    <span class="mini-cart__label">{cart_word}</span>',
        f'    <span class="mini-cart__total">{cart or total}</span>',
        "  </a>",
        "</header>",
        f'<nav class="breadcrumb"><ol>{trail}</ol></nav>',
        '<main id="content">',
        '  <div class="product-page">',
        '    <div class="gallery">',
        '      <img src="/media/catalog/product-main_1000x1000.jpg" alt="" width="1000" height="1000">',
        '      <img src="/media/catalog/product-side_1000x1000.jpg" alt="" width="1000" height="1000">',
        "    </div>",
        '    <div class="product-info">',
        *("      " + line for line in product.strip().splitlines()),
        '      <div class="options">',
        '        <button type="button">S</button>',
        '        <button type="button">M</button>',
        '        <button type="button">L</button>',
        "      </div>",
        *([f'      <button type="submit" class="add-to-cart">{add}</button>'] if buy else []),
        "    </div>",
        "  </div>",
        '  <section class="description">',
        "    <p>Made to last and tested by our team. Free returns within 30 days.</p>",
        "  </section>",
        '  <section class="related">',
        f"    <h2>{also}</h2>",
        "    <ul>",
        *strip,
        "    </ul>",
        "  </section>",
        "</main>",
        '<footer class="site-footer">',
        '  <ul class="footer-links">',
        '    <li><a href="/help">Help</a></li>',
        '    <li><a href="/shipping">Shipping</a></li>',
        '    <li><a href="/returns">Returns</a></li>',
        "  </ul>",
        '  <div class="payments"><img src="/assets/visa.svg" alt="Visa"><img src="/assets/mc.svg" alt="Mastercard"></div>',
        f"  <p>© 2026 {shop}</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class Case:
    """A page, its URL and what a careful labeller reads: title, price (float), ISO currency; None is
    not checked; `listing=False`: the page gives no listing."""

    id: str
    html: str
    url: str
    title: str | None = None
    price: float | None = None
    currency: str | None = None
    listing: bool = True


def xfail(case: Case, reason: str) -> object:
    """`case` as a strict xfail (a conflict with an older test, or left unfixed)."""
    return pytest.param(case, id=case.id, marks=pytest.mark.xfail(strict=True, reason=reason))


# ---- instalments beside the price --------------------------------------------------------------------

INSTALMENTS = [
    Case(
        "inst-us-afterpay-after",
        page(
            '<h1 class="product-title">Ceramic Pour-Over Coffee Set</h1>\n'
            '<div class="price">$49.99</div>\n'
            '<p class="afterpay">or 4 interest-free payments of $12.50 with <img alt="Afterpay" src="/a.svg"></p>',
            title="Ceramic Pour-Over Coffee Set | Northwind",
        ),
        "https://www.northwind.example/products/pour-over-set",
        "Ceramic Pour-Over Coffee Set",
        49.99,
        "USD",
    ),
    Case(
        "inst-us-klarna-before",
        page(
            '<h1 class="product-title">Merino Crew Sweater</h1>\n'
            '<p class="klarna">Pay in 4 interest-free payments of $22.25. <a href="#">Learn more</a></p>\n'
            '<div class="product-price">$89.00</div>',
            title="Merino Crew Sweater | Northwind",
            crumbs=("Men", "Knitwear"),
        ),
        "https://www.northwind.example/products/merino-crew",
        "Merino Crew Sweater",
        89.0,
        "USD",
    ),
    Case(
        "inst-br-12x-sem-juros-after",
        page(
            '<h1 class="nome-produto">Cafeteira Elétrica Inox 30 Xícaras</h1>\n'
            '<div class="preco"><span class="preco-por">R$ 299,90</span></div>\n'
            '<div class="parcelas">ou 12x R$ 24,99 sem juros no cartão</div>',
            title="Cafeteira Elétrica Inox 30 Xícaras - Casa Aurora",
            lang="pt-BR",
            shop="Casa Aurora",
            crumbs=("Cozinha", "Cafeteiras"),
        ),
        "https://www.casaaurora.com.br/cafeteira-eletrica-inox-30-xicaras/p",
        "Cafeteira Elétrica Inox 30 Xícaras",
        299.9,
        "BRL",
    ),
    Case(
        "inst-br-12x-first-a-vista-after",
        page(
            '<h1 class="nome-produto">Tênis Corrida Leve Masculino</h1>\n'
            '<div class="parcelamento"><strong>12x de R$ 25,00</strong> sem juros</div>\n'
            '<div class="preco-avista">R$ 300,00 à vista</div>',
            title="Tênis Corrida Leve Masculino | Casa Aurora",
            lang="pt-BR",
            shop="Casa Aurora",
            crumbs=("Esportes", "Tênis"),
        ),
        "https://www.casaaurora.com.br/tenis-corrida-leve-masculino/p",
        "Tênis Corrida Leve Masculino",
        300.0,
        "BRL",
    ),
    Case(
        "inst-ar-6-cuotas",
        page(
            '<h1 class="product-name">Zapatillas Urbanas Cuero Negro</h1>\n'
            '<div class="price">$ 34.999</div>\n'
            '<div class="installments">o 6 cuotas de $ 5.833</div>',
            title="Zapatillas Urbanas Cuero Negro - Tienda Roca",
            lang="es-AR",
            shop="Tienda Roca",
            crumbs=("Calzado", "Urbanas"),
        ),
        "https://www.tiendaroca.com.ar/productos/zapatillas-urbanas-cuero-negro/",
        "Zapatillas Urbanas Cuero Negro",
        34999.0,
        "ARS",
    ),
    Case(
        "inst-ar-mismo-precio-cuotas-and-list-after",
        page(
            '<h1 class="product-name">Mochila Urbana 25 L Impermeable</h1>\n'
            '<div class="price-box"><span class="price-sale">$ 12.999</span> <s class="price-list">$ 15.999</s></div>\n'
            '<p class="cuotas">Mismo precio en 3 cuotas de $ 4.333</p>',
            title="Mochila Urbana 25 L Impermeable - Tienda Roca",
            lang="es-AR",
            shop="Tienda Roca",
            crumbs=("Accesorios", "Mochilas"),
        ),
        "https://www.tiendaroca.com.ar/productos/mochila-urbana-25l/",
        "Mochila Urbana 25 L Impermeable",
        12999.0,
        "ARS",
    ),
    Case(
        "inst-mx-meses-sin-intereses",
        page(
            '<h1 class="product-title">Licuadora de Alta Potencia 1.5 L</h1>\n'
            '<div class="price">$2,499.00</div>\n'
            '<p class="msi">12 meses sin intereses de $208.25</p>',
            title="Licuadora de Alta Potencia 1.5 L | Casa Sol",
            lang="es-MX",
            shop="Casa Sol",
            crumbs=("Cocina", "Licuadoras"),
        ),
        "https://www.casasol.com.mx/p/licuadora-alta-potencia",
        "Licuadora de Alta Potencia 1.5 L",
        2499.0,
        "MXN",
    ),
]

# ---- tax and shipping lines, ranges, split spans, the buy button --------------------------------------

TAX_RANGE_SPLIT = [
    Case(
        "tax-de-inkl-mwst-zzgl-versand",
        page(
            '<h1 class="product-name">Handmühle für Kaffee aus Edelstahl</h1>\n'
            '<div class="price">49,95 €</div>\n'
            '<p class="tax-info">inkl. MwSt., zzgl. <a href="/versand">Versandkosten</a> 4,95 €</p>',
            title="Handmühle für Kaffee aus Edelstahl | Kornhaus",
            lang="de",
            shop="Kornhaus",
            crumbs=("Küche", "Kaffee"),
        ),
        "https://www.kornhaus.de/handmuehle-kaffee-edelstahl",
        "Handmühle für Kaffee aus Edelstahl",
        49.95,
        "EUR",
    ),
    Case(
        "tax-uk-inc-vat-then-ex-vat",
        page(
            '<h1 class="product-title">Cast Iron Skillet 26 cm</h1>\n'
            '<div class="price"><span class="inc-vat">£42.00 inc. VAT</span>\n'
            '<span class="ex-vat">£35.00 ex. VAT</span></div>',
            title="Cast Iron Skillet 26 cm | Northwind",
            lang="en-GB",
            crumbs=("Kitchen", "Pans"),
        ),
        "https://www.northwind.co.uk/products/cast-iron-skillet-26",
        "Cast Iron Skillet 26 cm",
        42.0,
        "GBP",
    ),
    Case(
        "tax-us-plus-shipping",
        page(
            '<h1 class="product-title">Walnut Desk Organizer</h1>\n'
            '<div class="price">$129.00</div>\n'
            '<div class="shipping-note">+ $9.95 shipping · Ships in 2-3 days</div>',
            title="Walnut Desk Organizer | Northwind",
            crumbs=("Office", "Organizers"),
        ),
        "https://www.northwind.example/products/walnut-desk-organizer",
        "Walnut Desk Organizer",
        129.0,
        "USD",
    ),
    Case(
        "range-us-en-dash",
        page(
            '<h1 class="product-title">Organic Cotton Tee</h1>\n'
            '<div class="price price--range">$19.99 – $29.99</div>',
            title="Organic Cotton Tee | Northwind",
            crumbs=("Women", "Tops"),
        ),
        "https://www.northwind.example/products/organic-cotton-tee",
        "Organic Cotton Tee",
        19.99,
        "USD",
    ),
    Case(
        "range-fr-euro-comma",
        page(
            '<h1 class="product-title">Bougie parfumée Figuier</h1>\n<p class="prix">12,50 € – 18,00 €</p>',
            title="Bougie parfumée Figuier – Maison Lune",
            lang="fr",
            shop="Maison Lune",
            crumbs=("Maison", "Bougies"),
        ),
        "https://www.maisonlune.fr/products/bougie-figuier",
        "Bougie parfumée Figuier",
        12.5,
        "EUR",
    ),
    Case(
        "split-sl-currency-int-dec",
        page(
            '<h1 class="product-title">Kuhalni lonec iz nerjavečega jekla 5 l</h1>\n'
            '<div class="price"><span class="currency">€</span><span class="int">49</span><span class="dec">,95</span></div>',
            title="Kuhalni lonec iz nerjavečega jekla 5 l | Dom in vrt",
            lang="sl",
            shop="Dom in vrt",
            crumbs=("Kuhinja", "Lonci"),
        ),
        "https://www.dominvrt.si/kuhalni-lonec-5l",
        "Kuhalni lonec iz nerjavečega jekla 5 l",
        49.95,
        "EUR",
    ),
    Case(
        "split-us-sup-cents",
        page(
            '<h1 class="product-title">Stainless Steel Water Bottle 32 oz</h1>\n'
            '<div class="price"><sup class="price-currency">$</sup><span class="price-dollars">24</span>'
            '<sup class="price-cents">99</sup></div>',
            title="Stainless Steel Water Bottle 32 oz | Northwind",
            crumbs=("Outdoor", "Bottles"),
        ),
        "https://www.northwind.example/products/steel-bottle-32oz",
        "Stainless Steel Water Bottle 32 oz",
        24.99,
        "USD",
    ),
    Case(
        "buy-button-uk-add-to-cart-price",
        page(
            '<h1 class="product-title">Hand-Thrown Stoneware Vase</h1>\n'
            '<p class="note">Each piece is unique.</p>\n'
            '<button type="submit" name="add" class="product-form__submit">Add to cart – £24.00</button>',
            title="Hand-Thrown Stoneware Vase – Northwind",
            lang="en-GB",
            buy=False,
            crumbs=("Home", "Vases"),
        ),
        "https://www.northwind.co.uk/products/stoneware-vase",
        "Hand-Thrown Stoneware Vase",
        24.0,
        "GBP",
    ),
    Case(
        "buy-button-us-add-to-bag-dot",
        page(
            '<h1 class="product-title">Canvas Market Tote</h1>\n'
            '<button type="submit" class="btn-add">Add to bag · $58</button>',
            title="Canvas Market Tote | Northwind",
            buy=False,
            crumbs=("Bags", "Totes"),
        ),
        "https://www.northwind.example/products/canvas-market-tote",
        "Canvas Market Tote",
        58.0,
        "USD",
    ),
]

# ---- crossed-out list price after the sale price, "You save" ------------------------------------------

SALE = [
    Case(
        "sale-us-strike-after",
        page(
            '<h1 class="product-title">Linen Duvet Cover Queen</h1>\n'
            '<div class="price"><span class="price-sale">$139.00</span> <s class="price-compare">$199.00</s></div>',
            title="Linen Duvet Cover Queen | Northwind",
            crumbs=("Bedding", "Duvet Covers"),
        ),
        "https://www.northwind.example/products/linen-duvet-queen",
        "Linen Duvet Cover Queen",
        139.0,
        "USD",
    ),
    Case(
        "sale-de-del-uvp-after",
        page(
            '<h1 class="product-name">Wasserkocher Glas 1,7 l</h1>\n'
            '<div class="price-box"><span class="price">29,99 €</span>\n'
            '<del class="old-price">UVP 49,99 €</del></div>',
            title="Wasserkocher Glas 1,7 l | Kornhaus",
            lang="de",
            shop="Kornhaus",
            crumbs=("Küche", "Wasserkocher"),
        ),
        "https://www.kornhaus.de/wasserkocher-glas",
        "Wasserkocher Glas 1,7 l",
        29.99,
        "EUR",
    ),
    Case(
        "sale-us-you-save-line",
        page(
            '<h1 class="product-title">Bamboo Bath Towel Set</h1>\n'
            '<div class="price">$40.00</div>\n'
            '<div class="was">Was $50.00</div>\n'
            '<div class="savings">You save $10 (20%)</div>',
            title="Bamboo Bath Towel Set | Northwind",
            crumbs=("Bath", "Towels"),
        ),
        "https://www.northwind.example/products/bamboo-towel-set",
        "Bamboo Bath Towel Set",
        40.0,
        "USD",
    ),
    Case(
        "sale-us-save-badge-first",
        page(
            '<span class="badge badge--sale">Save $10.00</span>\n'
            '<h1 class="product-title">Enamel Dutch Oven 5.5 qt</h1>\n'
            '<div class="price"><span class="now">$89.99</span> <span class="compare">$99.99</span></div>',
            title="Enamel Dutch Oven 5.5 qt | Northwind",
            crumbs=("Kitchen", "Cookware"),
        ),
        "https://www.northwind.example/products/enamel-dutch-oven",
        "Enamel Dutch Oven 5.5 qt",
        89.99,
        "USD",
    ),
]

# ---- currencies: Taiwan, Korea, Kazakhstan, Argentina, Slovenia, Croatia, China, Russia ---------------

MONEY = [
    Case(
        "tw-nt-dollar-chinese-title",
        page(
            '<h1 class="product-title">無線藍牙耳機 Pro 2 主動降噪</h1>\n<div class="price">NT$1,290</div>',
            title="無線藍牙耳機 Pro 2 主動降噪 | 好物生活",
            lang="zh-TW",
            shop="好物生活",
            crumbs=("3C", "耳機"),
        ),
        "https://www.haowu.com.tw/products/bt-earbuds-pro-2",
        "無線藍牙耳機 Pro 2 主動降噪",
        1290.0,
        "TWD",
    ),
    Case(
        "tw-special-then-original",
        page(
            '<h1 class="product-title">日本製 鑄鐵鍋 22cm</h1>\n'
            '<div class="price"><span class="special">特價 NT$ 2,480</span>\n'
            '<span class="original">原價 NT$3,200</span></div>',
            title="日本製 鑄鐵鍋 22cm - 好物生活",
            lang="zh-TW",
            shop="好物生活",
            crumbs=("廚房", "鍋具"),
        ),
        "https://www.haowu.com.tw/products/cast-iron-22",
        "日本製 鑄鐵鍋 22cm",
        2480.0,
        "TWD",
    ),
    Case(
        "kr-won-korean-title-list-after",
        page(
            '<h1 class="prd-name">여성 울 블렌드 핸드메이드 코트</h1>\n'
            '<div class="prd-price"><span class="sale-price">129,000원</span>\n'
            '<span class="consumer-price"><del>189,000원</del></span></div>',
            title="여성 울 블렌드 핸드메이드 코트 - 모노샵",
            lang="ko",
            shop="모노샵",
            crumbs=("여성", "아우터"),
        ),
        "https://www.monoshop.co.kr/product/detail.html?product_no=1024",
        "여성 울 블렌드 핸드메이드 코트",
        129000.0,
        "KRW",
    ),
    Case(
        "kr-won-sign",
        page(
            '<h1 class="prd-name">무선 핸디 청소기 V8</h1>\n'
            '<table class="prd-info"><tr><th>판매가</th><td>₩259,000</td></tr>\n'
            "<tr><th>배송비</th><td>₩3,000 (50,000원 이상 무료)</td></tr></table>",
            title="무선 핸디 청소기 V8 | 모노샵",
            lang="ko",
            shop="모노샵",
            crumbs=("가전", "청소기"),
        ),
        "https://www.monoshop.co.kr/product/handy-v8/2048/",
        "무선 핸디 청소기 V8",
        259000.0,
        "KRW",
    ),
    Case(
        "kz-tenge-sign-russian-title",
        page(
            '<h1 class="product-title">Кроссовки беговые Air Zoom Pegasus 40</h1>\n'
            '<div class="price">59 990 ₸</div>',
            title="Кроссовки беговые Air Zoom Pegasus 40 — купить в Алматы | Спортмаркет",
            lang="ru-KZ",
            shop="Спортмаркет",
            crumbs=("Обувь", "Кроссовки"),
        ),
        "https://www.sportmarket.kz/catalog/krossovki-air-zoom-pegasus-40",
        "Кроссовки беговые Air Zoom Pegasus 40",
        59990.0,
        "KZT",
    ),
    Case(
        "kz-tenge-tg-word",
        page(
            '<h1 class="product-title">Чайник электрический стеклянный 1,7 л</h1>\n'
            '<div class="price"><span class="price-value">24 500</span> тг</div>\n'
            '<div class="old-price">31 000 тг</div>',
            title="Чайник электрический стеклянный 1,7 л | Спортмаркет",
            lang="ru-KZ",
            shop="Спортмаркет",
            crumbs=("Кухня", "Чайники"),
        ),
        "https://www.sportmarket.kz/catalog/chaynik-steklyannyy",
        "Чайник электрический стеклянный 1,7 л",
        24500.0,
        "KZT",
    ),
    Case(
        "ar-dollar-dot-thousands",
        page(
            '<h1 class="product-name">Campera Inflable Liviana Hombre</h1>\n<div class="price">$ 12.999</div>',
            title="Campera Inflable Liviana Hombre - Tienda Roca",
            lang="es-AR",
            shop="Tienda Roca",
            crumbs=("Hombre", "Camperas"),
        ),
        "https://www.tiendaroca.com.ar/productos/campera-inflable-liviana/",
        "Campera Inflable Liviana Hombre",
        12999.0,
        "ARS",
    ),
    Case(
        "ar-dollar-dot-thousands-with-cents",
        page(
            '<h1 class="product-name">Sartén Antiadherente 28 cm</h1>\n<div class="price">$ 18.450,50</div>',
            title="Sartén Antiadherente 28 cm - Tienda Roca",
            lang="es-AR",
            shop="Tienda Roca",
            crumbs=("Cocina", "Sartenes"),
        ),
        "https://www.tiendaroca.com.ar/productos/sarten-28/",
        "Sartén Antiadherente 28 cm",
        18450.5,
        "ARS",
    ),
    Case(
        "si-euro-comma-after",
        page(
            '<h1 class="product-title">Pohodni čevlji Trail GTX</h1>\n'
            '<div class="price">Redna cena <s>129,99 €</s> <strong>89,99 €</strong></div>',
            title="Pohodni čevlji Trail GTX | Dom in vrt",
            lang="sl",
            shop="Dom in vrt",
            crumbs=("Obutev", "Pohodni"),
        ),
        "https://www.dominvrt.si/pohodni-cevlji-trail-gtx",
        "Pohodni čevlji Trail GTX",
        89.99,
        "EUR",
    ),
    Case(
        "hr-kuna-older",
        page(
            '<h1 class="product-title">Električni roštilj 2000 W</h1>\n<div class="price">599,00 kn</div>',
            title="Električni roštilj 2000 W | Kućni svijet",
            lang="hr",
            shop="Kućni svijet",
            crumbs=("Kuhinja", "Roštilji"),
        ),
        "https://www.kucnisvijet.hr/elektricni-rostilj-2000w",
        "Električni roštilj 2000 W",
        599.0,
        "HRK",
    ),
    Case(
        "hr-euro-then-kuna-dual",
        page(
            '<h1 class="product-title">Usisavač bez vrećice 800 W</h1>\n'
            '<div class="price"><span class="price-eur">79,63 €</span>\n'
            '<span class="price-hrk">600,00 kn</span></div>\n'
            '<p class="fixed-rate">Fiksni tečaj konverzije 1 € = 7,53450 kn</p>',
            title="Usisavač bez vrećice 800 W | Kućni svijet",
            lang="hr",
            shop="Kućni svijet",
            cart="0,00 € / 0,00 kn",
            crumbs=("Kućanski aparati", "Usisavači"),
        ),
        "https://www.kucnisvijet.hr/usisavac-bez-vrecice-800w",
        "Usisavač bez vrećice 800 W",
        79.63,
        "EUR",
    ),
    Case(
        "cn-yuan-chinese-title-model",
        page(
            '<h1 class="goods-name">小米 Redmi Note 13 Pro 5G 手机 8GB+256GB</h1>\n'
            '<div class="price"><span class="yen">¥</span><span class="num">1399.00</span></div>',
            title="小米 Redmi Note 13 Pro 5G 手机 8GB+256GB - 优品商城",
            lang="zh-CN",
            shop="优品商城",
            crumbs=("手机", "小米"),
        ),
        "https://www.youpin-mall.cn/goods/redmi-note-13-pro",
        "小米 Redmi Note 13 Pro 5G 手机 8GB+256GB",
        1399.0,
        "CNY",
    ),
    Case(
        "ru-rouble-russian-title-model",
        page(
            '<h1 class="product-title">Электрический чайник Redmond RK-G200</h1>\n'
            '<div class="price"><span class="price-current">2 490 ₽</span> <span class="price-old">3 290 ₽</span></div>',
            title="Электрический чайник Redmond RK-G200 купить в интернет-магазине Домотека",
            lang="ru",
            shop="Домотека",
            crumbs=("Кухня", "Чайники"),
        ),
        "https://www.domoteka.ru/product/redmond-rk-g200",
        "Электрический чайник Redmond RK-G200",
        2490.0,
        "RUB",
    ),
]

# ---- Amazon-style pages ---------------------------------------------------------------------------------


def amazon(lang: str, title: str, price_html: str, shop: str = "Amazing") -> str:
    """An Amazon-style buy box: `#productTitle` span in an h1, the price block, a byline."""
    return page(
        f'<div id="bylineInfo_feature_div"><a id="bylineInfo" href="/stores/x">{shop} Basics</a></div>\n'
        f'<h1 id="title" class="a-size-large"><span id="productTitle" class="a-size-large product-title-word-break">'
        f"        {title}       </span></h1>\n"
        '<div id="averageCustomerReviews"><span class="a-icon-alt">4,5 von 5 Sternen</span></div>\n'
        f'<div id="corePrice_feature_div">{price_html}</div>',
        title=f"{shop}.com: {title} : Kitchen",
        lang=lang,
        shop=shop,
    )


AMAZON = [
    Case(
        "amazon-en-whole-fraction-no-offscreen",
        amazon(
            "en",
            "Stainless Steel French Press Coffee Maker, 34 oz",
            '<span class="a-price" data-a-size="xl"><span aria-hidden="true"><span class="a-price-symbol">$</span>'
            '<span class="a-price-whole">24<span class="a-price-decimal">.</span></span>'
            '<span class="a-price-fraction">99</span></span></span>',
        ),
        "https://www.amazing.com/dp/B0ABCDE123",
        "Stainless Steel French Press Coffee Maker, 34 oz",
        24.99,
        "USD",
    ),
    Case(
        "amazon-en-offscreen-and-list-price-after",
        amazon(
            "en",
            "Cordless Hand Blender with Whisk and Chopper",
            '<span class="a-price priceToPay"><span class="a-offscreen">$39.95</span><span aria-hidden="true">'
            '<span class="a-price-symbol">$</span><span class="a-price-whole">39<span class="a-price-decimal">.'
            '</span></span><span class="a-price-fraction">95</span></span></span>\n'
            '<span class="a-size-small">List Price: <span class="a-price a-text-price"><span class="a-offscreen">$59.99</span></span></span>',
        ),
        "https://www.amazing.com/dp/B0ABCDE124",
        "Cordless Hand Blender with Whisk and Chopper",
        39.95,
        "USD",
    ),
    Case(
        "amazon-de-preis-label",
        amazon(
            "de",
            "Edelstahl Thermoskanne 1 Liter, doppelwandig",
            '<table class="a-lineitem"><tr><td class="a-color-secondary">Preis:</td>'
            '<td><span class="a-price-whole">24,</span><span class="a-price-fraction">99</span>'
            '<span class="a-price-symbol">€</span></td></tr></table>\n'
            '<p class="a-size-small">Preis: 24,99 € inkl. USt.</p>',
        ),
        "https://www.amazing.de/dp/B0ABCDE125",
        "Edelstahl Thermoskanne 1 Liter, doppelwandig",
        24.99,
        "EUR",
    ),
    Case(
        "amazon-fr-prix-label",
        amazon(
            "fr",
            "Bouilloire électrique en verre 1,7 L avec LED",
            '<div id="price"><span class="a-color-secondary">Prix : </span>'
            '<span class="a-size-medium a-color-price">24,99 €</span></div>\n'
            '<p class="a-size-small">Livraison GRATUITE dès 35 € d\'achats</p>',
        ),
        "https://www.amazing.fr/dp/B0ABCDE126",
        "Bouilloire électrique en verre 1,7 L avec LED",
        24.99,
        "EUR",
    ),
    Case(
        "amazon-it-whole-fraction-comma",
        amazon(
            "it",
            "Macinacaffè manuale in acciaio con macina conica in ceramica",
            '<span class="a-price"><span aria-hidden="true"><span class="a-price-whole">19<span class="a-price-decimal">,'
            '</span></span><span class="a-price-fraction">90</span><span class="a-price-symbol">€</span></span></span>\n'
            '<span class="a-size-small">Prezzo consigliato: <span class="a-text-price">29,90 €</span></span>',
        ),
        "https://www.amazing.it/dp/B0ABCDE127",
        "Macinacaffè manuale in acciaio con macina conica in ceramica",
        19.9,
        "EUR",
    ),
]

# ---- titles: brand first, model numbers, long marketplace titles, a div title under a logo <h1> -------

LONG = (
    "Wireless Earbuds Bluetooth 5.3 Headphones, 40H Playtime, IPX7 Waterproof Ear Buds with LED Power "
    "Display, Deep Bass Stereo Earphones with Mic for iPhone Android Sports Workout, Black"
)

TITLES = [
    Case(
        "title-brand-first-in-h1",
        page(
            '<h1 class="product-title">Philips Sonicare ProtectiveClean 4100 Electric Toothbrush</h1>\n'
            '<div class="price">$69.96</div>',
            title="Philips Sonicare ProtectiveClean 4100 Electric Toothbrush | Northwind",
            crumbs=("Health", "Oral Care"),
        ),
        "https://www.northwind.example/products/sonicare-4100",
        "Philips Sonicare ProtectiveClean 4100 Electric Toothbrush",
        69.96,
        "USD",
    ),
    Case(
        "title-brand-span-inside-h1",
        page(
            '<h1 class="product-title"><span class="brand">Le Creuset</span> Signature Round Dutch Oven 24 cm</h1>\n'
            '<div class="price">£285.00</div>',
            title="Le Creuset Signature Round Dutch Oven 24 cm | Northwind",
            lang="en-GB",
            crumbs=("Kitchen", "Cookware"),
        ),
        "https://www.northwind.co.uk/products/le-creuset-round-24",
        "Le Creuset Signature Round Dutch Oven 24 cm",
        285.0,
        "GBP",
    ),
    Case(
        "title-model-number-headphones",
        page(
            '<h1 class="product-title">Sony WH-1000XM5 Wireless Noise Cancelling Headphones</h1>\n'
            '<div class="price">$329.99</div>\n<div class="model">Model: WH1000XM5/B</div>',
            title="Sony WH-1000XM5 Wireless Noise Cancelling Headphones | Northwind",
            crumbs=("Electronics", "Headphones"),
        ),
        "https://www.northwind.example/products/sony-wh-1000xm5",
        "Sony WH-1000XM5 Wireless Noise Cancelling Headphones",
        329.99,
        "USD",
    ),
    Case(
        "title-model-number-camera-kit",
        page(
            '<h1 class="product-title">Canon EOS R50 + RF-S 18-45mm F4.5-6.3 IS STM Kit</h1>\n'
            '<div class="price">749,00 €</div>',
            title="Canon EOS R50 + RF-S 18-45mm F4.5-6.3 IS STM Kit | Kornhaus",
            lang="de",
            shop="Kornhaus",
            crumbs=("Foto", "Kameras"),
        ),
        "https://www.kornhaus.de/canon-eos-r50-kit",
        "Canon EOS R50 + RF-S 18-45mm F4.5-6.3 IS STM Kit",
        749.0,
        "EUR",
    ),
    Case(
        "title-model-in-parentheses-tv",
        page(
            '<h1 class="product-title">Samsung 55" Class QN90D Neo QLED 4K Smart TV (QN55QN90DAFXZA)</h1>\n'
            '<div class="price">$1,299.99</div>',
            title='Samsung 55" Class QN90D Neo QLED 4K Smart TV (QN55QN90DAFXZA) | Northwind',
            crumbs=("Electronics", "TVs"),
        ),
        "https://www.northwind.example/products/qn55qn90d",
        'Samsung 55" Class QN90D Neo QLED 4K Smart TV (QN55QN90DAFXZA)',
        1299.99,
        "USD",
    ),
    Case(
        "title-long-marketplace",
        page(
            f'<h1 class="item-title">{LONG}</h1>\n'
            '<div class="item-price">US $19.99</div>\n'
            '<div class="sold">1,024 sold · Free shipping</div>',
            title=f"{LONG} | Northwind Marketplace",
            crumbs=("Electronics", "Earbuds"),
        ),
        "https://www.northwind.example/itm/100500123",
        LONG,
        19.99,
        "USD",
    ),
    Case(
        "title-div-under-logo-h1",
        page(
            '<div class="product-title">Hand-Woven Seagrass Basket Large</div>\n<div class="price">$36.00</div>',
            title="Hand-Woven Seagrass Basket Large - Northwind",
            logo_h1=True,
            crumbs=("Home", "Storage"),
        ),
        "https://www.northwind.example/products/seagrass-basket-large",
        "Hand-Woven Seagrass Basket Large",
        36.0,
        "USD",
    ),
    Case(
        "title-div-under-text-logo-h1",
        page(
            '<div class="product-title"><span itemprop="name">Ceramic Table Lamp with Linen Shade</span></div>\n'
            '<div class="price">£74.50</div>',
            title="Northwind | Ceramic Table Lamp with Linen Shade",
            lang="en-GB",
            logo_h1=True,
            crumbs=("Lighting", "Table Lamps"),
        ),
        "https://www.northwind.co.uk/products/ceramic-table-lamp",
        "Ceramic Table Lamp with Linen Shade",
        74.5,
        "GBP",
    ),
    Case(
        "title-korean-brand-first",
        page(
            '<h2 class="brand-name">라운드랩</h2>\n'
            '<h1 class="prd-name">라운드랩 1025 독도 토너 200ml</h1>\n'
            '<div class="prd-price"><strong>15,900원</strong></div>',
            title="라운드랩 1025 독도 토너 200ml | 모노샵",
            lang="ko",
            shop="모노샵",
            crumbs=("뷰티", "스킨케어"),
        ),
        "https://www.monoshop.co.kr/product/dokdo-toner-200",
        "라운드랩 1025 독도 토너 200ml",
        15900.0,
        "KRW",
    ),
    Case(
        "title-russian-div-under-logo-h1",
        page(
            '<div class="product-title">Плед шерстяной клетчатый 140×200 см</div>\n'
            '<div class="price">Цена: 3 990 ₽</div>',
            title="Плед шерстяной клетчатый 140×200 см — Домотека",
            lang="ru",
            shop="Домотека",
            logo_h1=True,
            crumbs=("Текстиль", "Пледы"),
        ),
        "https://www.domoteka.ru/product/pled-sherstyanoy-140x200",
        "Плед шерстяной клетчатый 140×200 см",
        3990.0,
        "RUB",
    ),
]

# ---- must not fire: pages that are no product page --------------------------------------------------

CART_PAGE = page(
    '<h1 class="cart-title">Your cart</h1>\n'
    '<table class="cart-items">\n'
    '<tr><td><a href="/products/pour-over-set">Ceramic Pour-Over Coffee Set</a></td><td>Qty 1</td><td>$49.99</td></tr>\n'
    '<tr><td><a href="/products/merino-crew">Merino Crew Sweater</a></td><td>Qty 2</td><td>$178.00</td></tr>\n'
    "</table>\n"
    '<div class="cart-subtotal">Subtotal $227.99</div>\n'
    '<p class="cart-note">Taxes and shipping calculated at checkout</p>\n'
    '<a class="checkout" href="/checkout">Check out</a>',
    title="Your Shopping Cart – Northwind",
    cart="$227.99",
    buy=False,
    crumbs=("Cart",),
)

CATEGORY_PAGE = page(
    '<h1 class="collection-title">Coffee &amp; Tea</h1>\n'
    '<p class="count">24 products</p>\n'
    '<ul class="product-grid">\n'
    + "\n".join(
        f'<li class="product-card"><a href="/products/c{i}"><img src="/media/c{i}_400x400.jpg" alt="{n}"></a>'
        f'<a class="product-card__title" href="/products/c{i}">{n}</a><span class="price">{p}</span>'
        '<button class="quick-add">Add to cart</button></li>'
        for i, (n, p) in enumerate(
            (
                ("Ceramic Pour-Over Coffee Set", "$49.99"),
                ("Gooseneck Kettle", "$79.00"),
                ("Burr Coffee Grinder", "$129.00"),
                ("Glass Teapot 1 L", "$34.00"),
                ("Matcha Whisk Set", "$28.00"),
                ("Cold Brew Bottle", "$24.99"),
            )
        )
    )
    + "\n</ul>",
    title="Coffee & Tea – Northwind",
    buy=False,
)

BLOG_PAGE = page(
    '<article class="post">\n'
    '<h1 class="post-title">Review: the Sony WH-1000XM5 after six months</h1>\n'
    '<p class="byline">By Dana Reyes · March 3, 2026 · 8 min read</p>\n'
    "<p>At $399 the WH-1000XM5 is not cheap, but it is still the headphone I reach for on every flight."
    " Sales bring it down to $329 a few times a year.</p>\n"
    "<p>Battery life is about 30 hours, and the new case folds flat.</p>\n"
    '<a class="cta" href="https://www.northwind.example/products/sony-wh-1000xm5">Check price</a>\n'
    "</article>",
    title="Review: the Sony WH-1000XM5 after six months – Northwind Journal",
    buy=False,
    crumbs=("Journal", "Reviews"),
)

NOT_PRODUCT = [
    Case("nf-cart-page", CART_PAGE, "https://www.northwind.example/cart", listing=False),
    Case(
        "nf-category-page",
        CATEGORY_PAGE,
        "https://www.northwind.example/collections/coffee-tea",
        listing=False,
    ),
    Case(
        "nf-blog-review",
        BLOG_PAGE,
        "https://www.northwind.example/blogs/journal/sony-xm5-review",
        listing=False,
    ),
]

# ---- round 2: written after the first run, still before reading the heuristics ---------------------

ROUND2 = [
    Case(
        "r2-ebay-us-approximately-eur",
        page(
            '<h1 class="x-item-title">Vintage Brass Desk Lamp Adjustable Arm Working</h1>\n'
            '<div class="x-price-primary">US $64.99</div>\n'
            '<div class="x-price-approx">Approximately EUR 60,12</div>',
            title="Vintage Brass Desk Lamp Adjustable Arm Working | Northwind Marketplace",
            crumbs=("Home", "Lamps"),
        ),
        "https://www.northwind.example/itm/2251234567",
        "Vintage Brass Desk Lamp Adjustable Arm Working",
        64.99,
        "USD",
    ),
    Case(
        "r2-split-int-dec-euro-after-thousands",
        page(
            '<h1 class="product-title">Espressomaschine Siebträger Dual Boiler</h1>\n'
            '<div class="price"><span class="int">1.299</span><span class="dec">,00</span> <span class="cur">€</span></div>',
            title="Espressomaschine Siebträger Dual Boiler | Kornhaus",
            lang="de",
            shop="Kornhaus",
            crumbs=("Küche", "Kaffee"),
        ),
        "https://www.kornhaus.de/espressomaschine-dual-boiler",
        "Espressomaschine Siebträger Dual Boiler",
        1299.0,
        "EUR",
    ),
    Case(
        "r2-ar-sin-impuestos-nacionales",
        page(
            '<h1 class="product-name">Auriculares Inalámbricos Over-Ear</h1>\n'
            '<div class="price">$12.999</div>\n'
            '<p class="tax-ar">Precio sin impuestos nacionales: $10.743</p>',
            title="Auriculares Inalámbricos Over-Ear - Tienda Roca",
            lang="es-AR",
            shop="Tienda Roca",
            crumbs=("Tecnología", "Audio"),
        ),
        "https://www.tiendaroca.com.ar/productos/auriculares-over-ear/",
        "Auriculares Inalámbricos Over-Ear",
        12999.0,
        "ARS",
    ),
    Case(
        "r2-br-de-por",
        page(
            '<h1 class="nome-produto">Jogo de Panelas Antiaderente 5 Peças</h1>\n'
            '<div class="preco">de <del>R$ 399,90</del> por <strong>R$ 299,90</strong></div>\n'
            '<div class="parcelas">em até 10x de R$ 29,99 sem juros</div>',
            title="Jogo de Panelas Antiaderente 5 Peças | Casa Aurora",
            lang="pt-BR",
            shop="Casa Aurora",
            crumbs=("Cozinha", "Panelas"),
        ),
        "https://www.casaaurora.com.br/jogo-panelas-5-pecas/p",
        "Jogo de Panelas Antiaderente 5 Peças",
        299.9,
        "BRL",
    ),
    Case(
        "r2-kz-tenge-word",
        page(
            '<h1 class="product-title">Рюкзак туристический 45 л</h1>\n<div class="price">Цена: 15 990 тенге</div>',
            title="Рюкзак туристический 45 л | Спортмаркет",
            lang="ru-KZ",
            shop="Спортмаркет",
            crumbs=("Туризм", "Рюкзаки"),
        ),
        "https://www.sportmarket.kz/catalog/ryukzak-45",
        "Рюкзак туристический 45 л",
        15990.0,
        "KZT",
    ),
    Case(
        "r2-kr-won-sign-space-and-krw",
        page(
            '<h1 class="prd-name">스테인리스 텀블러 500ml</h1>\n'
            '<div class="prd-price">₩ 39,000</div>\n<p class="intl">39,000 KRW (부가세 포함)</p>',
            title="스테인리스 텀블러 500ml - 모노샵",
            lang="ko",
            shop="모노샵",
            crumbs=("리빙", "텀블러"),
        ),
        "https://www.monoshop.co.kr/product/tumbler-500",
        "스테인리스 텀블러 500ml",
        39000.0,
        "KRW",
    ),
    Case(
        "r2-amazon-en-unit-price-after",
        amazon(
            "en",
            "Organic Whole Bean Coffee, Medium Roast, 32 Ounce",
            '<span class="a-price"><span class="a-offscreen">$24.99</span></span>\n'
            '<span class="a-size-mini">($0.78 / Ounce)</span>',
        ),
        "https://www.amazing.com/dp/B0ABCDE128",
        "Organic Whole Bean Coffee, Medium Roast, 32 Ounce",
        24.99,
        "USD",
    ),
    Case(
        "r2-amazon-de-statt-after",
        amazon(
            "de",
            "Schneidebrett aus Akazienholz, 45 x 30 cm",
            '<span class="a-price"><span class="a-offscreen">27,49 €</span></span>\n'
            '<span class="a-size-small">Statt: <span class="a-text-price">34,99 €</span></span>',
        ),
        "https://www.amazing.de/dp/B0ABCDE129",
        "Schneidebrett aus Akazienholz, 45 x 30 cm",
        27.49,
        "EUR",
    ),
    Case(
        "r2-generic-h1-product-details",
        page(
            '<h1 class="section-heading">Product details</h1>\n'
            '<div class="product-title">Recycled Wool Throw Blanket</div>\n<div class="price">$118.00</div>',
            title="Recycled Wool Throw Blanket – Northwind",
            crumbs=("Home", "Throws"),
        ),
        "https://www.northwind.example/products/recycled-wool-throw",
        "Recycled Wool Throw Blanket",
        118.0,
        "USD",
    ),
    Case(
        "r2-tw-price-label-and-points",
        page(
            '<h1 class="product-title">電動磨豆機 ZD-10 可調粗細</h1>\n'
            '<dl class="price"><dt>售價</dt><dd>NT$ 3,680</dd><dt>會員點數</dt><dd>回饋 36 點</dd></dl>',
            title="電動磨豆機 ZD-10 可調粗細 | 好物生活",
            lang="zh-TW",
            shop="好物生活",
            crumbs=("廚房", "咖啡"),
        ),
        "https://www.haowu.com.tw/products/zd-10",
        "電動磨豆機 ZD-10 可調粗細",
        3680.0,
        "TWD",
    ),
    Case(
        "r2-hr-euro-comma-label",
        page(
            '<h1 class="product-title">Tava za palačinke 28 cm</h1>\n'
            '<div class="price">Cijena: <strong>24,90 €</strong></div>\n<p class="pdv">PDV uključen u cijenu</p>',
            title="Tava za palačinke 28 cm | Kućni svijet",
            lang="hr",
            shop="Kućni svijet",
            cart="0,00 €",
            related=(("Lanena krpa", "7,90 €"), ("Keramička šalica", "9,90 €")),
            crumbs=("Kuhinja", "Tave"),
        ),
        "https://www.kucnisvijet.hr/tava-za-palacinke-28",
        "Tava za palačinke 28 cm",
        24.9,
        "EUR",
    ),
    Case(
        "r2-nf-wishlist-page",
        page(
            '<h1 class="wishlist-title">My wishlist (2)</h1>\n'
            '<ul class="wishlist">\n'
            '<li><a href="/products/a">Linen Duvet Cover Queen</a> <span class="price">$139.00</span></li>\n'
            '<li><a href="/products/b">Walnut Desk Organizer</a> <span class="price">$129.00</span></li>\n'
            "</ul>",
            title="My Wishlist – Northwind",
            buy=False,
            crumbs=("Account", "Wishlist"),
        ),
        "https://www.northwind.example/account/wishlist",
        listing=False,
    ),
]

# ---- round 4: more probes, written after round 3's fixes ------------------------------------------------

ROUND4 = [
    Case(
        "r4-brand-link-inside-h1",
        page(
            '<h1 class="product-title"><a href="/brands/bosch">Bosch</a> GSR 12V-15 Cordless Drill</h1>\n'
            '<div class="price">$99.00</div>',
            title="Bosch GSR 12V-15 Cordless Drill | Northwind",
            crumbs=("Tools", "Drills"),
        ),
        "https://www.northwind.example/products/bosch-gsr-12v-15",
        "Bosch GSR 12V-15 Cordless Drill",
        99.0,
        "USD",
    ),
    Case(
        "r4-duplicate-h1-mobile-desktop",
        page(
            '<h1 class="product-title d-md-none">Velvet Accent Chair</h1>\n'
            '<h1 class="product-title d-none d-md-block">Velvet Accent Chair</h1>\n<div class="price">$349.00</div>',
            title="Velvet Accent Chair | Northwind",
            crumbs=("Living", "Chairs"),
        ),
        "https://www.northwind.example/products/velvet-accent-chair",
        "Velvet Accent Chair",
        349.0,
        "USD",
    ),
    Case(
        "r4-usd-code-after",
        page(
            '<h1 class="product-title">Leather Card Holder</h1>\n<div class="price">$19.99 USD</div>',
            title="Leather Card Holder | Northwind",
            crumbs=("Accessories", "Wallets"),
        ),
        "https://www.northwind.example/products/leather-card-holder",
        "Leather Card Holder",
        19.99,
        "USD",
    ),
    Case(
        "r4-tw-bare-dollar-tw-domain",
        page(
            '<h1 class="product-title">手工陶瓷茶杯組</h1>\n<div class="price">$1,290</div>',
            title="手工陶瓷茶杯組 | 好物生活",
            lang="zh-TW",
            shop="好物生活",
            related=(("不鏽鋼保溫杯", "$590"), ("陶瓷馬克杯", "$420")),
            cart="$0",
            crumbs=("廚房", "茶具"),
        ),
        "https://www.haowu.com.tw/products/tea-cup-set",
        "手工陶瓷茶杯組",
        1290.0,
        "TWD",
    ),
    Case(
        "r4-kz-sign-before",
        page(
            '<h1 class="product-title">Термос стальной 1 л</h1>\n<div class="price">₸ 15 990</div>',
            title="Термос стальной 1 л | Спортмаркет",
            lang="ru-KZ",
            shop="Спортмаркет",
            crumbs=("Туризм", "Термосы"),
        ),
        "https://www.sportmarket.kz/catalog/termos-1l",
        "Термос стальной 1 л",
        15990.0,
        "KZT",
    ),
    Case(
        "r4-ru-rub-word",
        page(
            '<h1 class="product-title">Сковорода чугунная 26 см</h1>\n<div class="price">3 990 руб.</div>',
            title="Сковорода чугунная 26 см | Домотека",
            lang="ru",
            shop="Домотека",
            crumbs=("Кухня", "Сковороды"),
        ),
        "https://www.domoteka.ru/product/skovoroda-26",
        "Сковорода чугунная 26 см",
        3990.0,
        "RUB",
    ),
    Case(
        "r4-ar-cents-no-space",
        page(
            '<h1 class="product-name">Pava Eléctrica 1,7 L</h1>\n<div class="price">$12.999,00</div>',
            title="Pava Eléctrica 1,7 L - Tienda Roca",
            lang="es-AR",
            shop="Tienda Roca",
            crumbs=("Cocina", "Pavas"),
        ),
        "https://www.tiendaroca.com.ar/productos/pava-electrica/",
        "Pava Eléctrica 1,7 L",
        12999.0,
        "ARS",
    ),
    Case(
        "r4-kr-won-space-vat-note",
        page(
            '<h1 class="prd-name">린넨 셔츠 원피스</h1>\n<div class="prd-price">39,000 원 <small>(VAT 포함)</small></div>',
            title="린넨 셔츠 원피스 | 모노샵",
            lang="ko",
            shop="모노샵",
            crumbs=("여성", "원피스"),
        ),
        "https://www.monoshop.co.kr/product/linen-shirt-dress",
        "린넨 셔츠 원피스",
        39000.0,
        "KRW",
    ),
    Case(
        "r4-aria-label-sale-price",
        page(
            '<h1 class="product-title">Ribbed Knit Scarf</h1>\n'
            '<div class="price"><span class="sr-only">Sale price</span><span aria-hidden="true">$45.00</span>\n'
            '<span class="sr-only">Regular price</span><s aria-hidden="true">$65.00</s></div>',
            title="Ribbed Knit Scarf | Northwind",
            crumbs=("Accessories", "Scarves"),
        ),
        "https://www.northwind.example/products/ribbed-knit-scarf",
        "Ribbed Knit Scarf",
        45.0,
        "USD",
    ),
    Case(
        "r4-woo-del-ins",
        page(
            '<h1 class="product_title entry-title">Beeswax Candle Set</h1>\n'
            '<p class="price"><del><span class="woocommerce-Price-amount amount">£30.00</span></del> '
            '<ins><span class="woocommerce-Price-amount amount">£22.50</span></ins></p>',
            title="Beeswax Candle Set – Northwind",
            lang="en-GB",
            crumbs=("Home", "Candles"),
        ),
        "https://www.northwind.co.uk/product/beeswax-candle-set/",
        "Beeswax Candle Set",
        22.5,
        "GBP",
    ),
]

ORDER_PAGE = page(
    '<h1 class="order-title">Thank you for your order!</h1>\n'
    "<p>Order #10452 is confirmed. A receipt was sent to your email.</p>\n"
    '<table class="order-lines"><tr><td>Walnut Desk Organizer</td><td>1</td><td>$129.00</td></tr></table>\n'
    '<div class="order-total">Total $138.95</div>',
    title="Thank you for your order – Northwind",
    buy=False,
    crumbs=("Account", "Orders"),
)
NOT_FOUND_PAGE = page(
    '<h1 class="page-title">Page not found</h1>\n'
    "<p>The page you were looking for does not exist. Try one of our best sellers:</p>",
    title="404 Not Found – Northwind",
    buy=False,
    crumbs=("404",),
)
SEARCH_PAGE = page(
    '<h1 class="search-title">Search results for “mug”</h1>\n'
    '<ul class="search-results">\n'
    '<li class="product-item"><a href="/products/m1">Stoneware Mug</a> <span class="price">$22.00</span></li>\n'
    '<li class="product-item"><a href="/products/m2">Enamel Camp Mug</a> <span class="price">$18.00</span></li>\n'
    '<li class="product-item"><a href="/products/m3">Glass Latte Mug</a> <span class="price">$16.00</span></li>\n'
    "</ul>",
    title='Search: 3 results found for "mug" – Northwind',
    buy=False,
    crumbs=("Search",),
)
ROUND4 += [
    Case(
        "r4-nf-order-confirmation",
        ORDER_PAGE,
        "https://www.northwind.example/checkout/thank-you",
        listing=False,
    ),
    Case("r4-nf-not-found", NOT_FOUND_PAGE, "https://www.northwind.example/products/gone", listing=False),
    Case("r4-nf-search-results", SEARCH_PAGE, "https://www.northwind.example/search?q=mug", listing=False),
]

# First look (before reading any heuristic): 51 pages of round 1 and 12 of round 2, 63 in all; 6 failed,
# 0 on the title, 0 on the currency, 1 on the price (amazon-de-preis-label: "24," and "99" read 24.0),
# 5 on whether a listing is given (two prices written only in the buy button and the 1.299,00 € split
# over three spans gave none; the cart page and the wishlist page gave one). Held out at the time: price
# F1 0.875, title 0.917. All 6 are fixed as kinds (the unit tests at the end give each its must-not-fire
# cases): the heading of the shop's basket or wish list names no product (`dom.SHOP_PAGE_HEADING`); a
# price's decimals in their own element go on from its whole units (`price_text.price_text`); split
# whole/cents parts in a parent named by nothing are read by the parent (`prices._split_holders`); the
# buy button's amount is read when the best named price sits in a related card (`prices._own_unnamed`).
# Round 3 (12 probes written after those fixes, with the heuristics read): 2 failed, both fixed with
# must-not-fire cases: r3-plain-price-label-no-class ("Price: $24.99" near the title lost to related
# cards' named prices: no listing; `dom.amount_only(labelled=True)`) and r3-hr-dual-kn-first ("599,00 kn
# (79,50 €)" read 599 EUR; `prices._amount` takes the money of the amount read).
# Round 4 (13 probes, after round 3's fixes): 12 read right; the order confirmation page ("Thank you
# for your order!") gave a listing: fixed in `dom.SHOP_PAGE_HEADING`, with must-not-fire names.
# ---- round 3: probes written after the fixes (and after reading the heuristics) -----------------------

ROUND3 = [
    Case(
        "r3-sezzle-named-instalment",
        page(
            '<h1 class="product-title">Rattan Pendant Lamp</h1>\n'
            '<div class="product__price"><span class="price-item">$50.00</span></div>\n'
            '<p class="sezzle-price-text">or 4 interest-free payments of '
            '<span class="sezzle-installment-amount">$12.50</span> with Sezzle</p>',
            title="Rattan Pendant Lamp | Northwind",
            crumbs=("Lighting", "Pendants"),
        ),
        "https://www.northwind.example/products/rattan-pendant",
        "Rattan Pendant Lamp",
        50.0,
        "USD",
    ),
    Case(
        "r3-instalment-x-before-price",
        page(
            '<h1 class="product-title">Linen Bedding Set</h1>\n'
            '<p class="pay-later">4 x $37.25</p>\n<p class="product-price">$149.00</p>',
            title="Linen Bedding Set | Northwind",
            crumbs=("Bedding", "Sets"),
        ),
        "https://www.northwind.example/products/linen-bedding-set",
        "Linen Bedding Set",
        149.0,
        "USD",
    ),
    Case(
        "r3-regular-then-sale-unstruck",
        page(
            '<h1 class="product-title">Wool Beanie</h1>\n'
            '<div class="price price--on-sale"><span class="price-item price-item--regular">$60.00</span>\n'
            '<span class="price-item price-item--sale">$45.00</span></div>',
            title="Wool Beanie | Northwind",
            crumbs=("Accessories", "Hats"),
        ),
        "https://www.northwind.example/products/wool-beanie",
        "Wool Beanie",
        45.0,
        "USD",
    ),
    Case(
        "r3-plain-price-label-no-class",
        page(
            '<h1 class="product-title">Brass Door Knob Set</h1>\n<p>Price: $24.99</p>\n<p>In stock, ships tomorrow.</p>',
            title="Brass Door Knob Set | Northwind",
            crumbs=("Hardware", "Knobs"),
        ),
        "https://www.northwind.example/products/brass-knob-set",
        "Brass Door Knob Set",
        24.99,
        "USD",
    ),
    Case(
        "r3-you-save-unclassed-before",
        page(
            '<h1 class="product-title">Cotton Hammock</h1>\n<div>You save $10.00 (20%)</div>\n<div><b>$40.00</b></div>',
            title="Cotton Hammock | Northwind",
            crumbs=("Outdoor", "Hammocks"),
        ),
        "https://www.northwind.example/products/cotton-hammock",
        "Cotton Hammock",
        40.0,
        "USD",
    ),
    Case(
        "r3-kz-rassrochka-after",
        page(
            '<h1 class="product-title">Пылесос беспроводной V12</h1>\n'
            '<div class="price">199 990 ₸</div>\n<div class="credit">В рассрочку 16 666 ₸ × 12 мес</div>',
            title="Пылесос беспроводной V12 | Спортмаркет",
            lang="ru-KZ",
            shop="Спортмаркет",
            crumbs=("Техника", "Пылесосы"),
        ),
        "https://www.sportmarket.kz/catalog/pylesos-v12",
        "Пылесос беспроводной V12",
        199990.0,
        "KZT",
    ),
    Case(
        "r3-eur-code-before",
        page(
            '<h1 class="product-title">Kavni mlinček ročni</h1>\n<div class="cena">EUR 34,90</div>',
            title="Kavni mlinček ročni | Dom in vrt",
            lang="sl",
            shop="Dom in vrt",
            crumbs=("Kuhinja", "Kava"),
        ),
        "https://www.dominvrt.si/kavni-mlincek",
        "Kavni mlinček ročni",
        34.9,
        "EUR",
    ),
    Case(
        "r3-fr-narrow-nbsp-thousands",
        page(
            '<h1 class="product-title">Canapé 3 places en lin</h1>\n<div class="prix">1\u202f299,00\u00a0€</div>',
            title="Canapé 3 places en lin – Maison Lune",
            lang="fr",
            shop="Maison Lune",
            crumbs=("Salon", "Canapés"),
        ),
        "https://www.maisonlune.fr/products/canape-lin",
        "Canapé 3 places en lin",
        1299.0,
        "EUR",
    ),
    Case(
        "r3-title-h2-in-product-title-div-logo-h1",
        page(
            '<div class="product-title"><h2>Oak Bedside Table</h2></div>\n<div class="price">$210.00</div>',
            title="Oak Bedside Table - Northwind",
            logo_h1=True,
            crumbs=("Bedroom", "Tables"),
        ),
        "https://www.northwind.example/products/oak-bedside-table",
        "Oak Bedside Table",
        210.0,
        "USD",
    ),
    Case(
        "r3-br-pix-discount-after",
        page(
            '<h1 class="nome-produto">Liquidificador 1200W Preto</h1>\n'
            '<div class="preco">R$ 199,90</div>\n<div class="pix">R$ 179,91 no Pix</div>\n'
            '<div class="parcelas">ou 10x de R$ 19,99 sem juros</div>',
            title="Liquidificador 1200W Preto | Casa Aurora",
            lang="pt-BR",
            shop="Casa Aurora",
            crumbs=("Eletro", "Liquidificadores"),
        ),
        "https://www.casaaurora.com.br/liquidificador-1200w/p",
        "Liquidificador 1200W Preto",
        199.9,
        "BRL",
    ),
    Case(
        "r3-button-from-price-with-cards",
        page(
            '<h1 class="product-title">Custom Name Necklace</h1>\n<p>Choose your font below.</p>\n'
            '<button type="submit" class="btn">Add to Cart - $39.00</button>',
            title="Custom Name Necklace | Northwind",
            buy=False,
            crumbs=("Jewelry", "Necklaces"),
        ),
        "https://www.northwind.example/products/custom-name-necklace",
        "Custom Name Necklace",
        39.0,
        "USD",
    ),
    Case(
        "r3-hr-dual-kn-first",
        page(
            '<h1 class="product-title">Stolna lampa od mjedi</h1>\n'
            '<div class="price"><span>599,00 kn</span> <span>(79,50 €)</span></div>',
            title="Stolna lampa od mjedi | Kućni svijet",
            lang="hr",
            shop="Kućni svijet",
            crumbs=("Rasvjeta", "Lampe"),
        ),
        "https://www.kucnisvijet.hr/stolna-lampa-mjed",
        "Stolna lampa od mjedi",
        599.0,
        "HRK",
    ),
]

ALL = INSTALMENTS + TAX_RANGE_SPLIT + SALE + MONEY + AMAZON + TITLES + NOT_PRODUCT + ROUND2 + ROUND3 + ROUND4


def _case(c: object) -> Case:
    return c if isinstance(c, Case) else c.values[0]  # type: ignore[attr-defined]


def test_pages_are_full_size() -> None:
    """Every page is a full page of 40-120 lines, and the set holds at least 40 pages."""
    assert len(ALL) >= 40
    for c in map(_case, ALL):
        n = len(c.html.splitlines())
        assert 40 <= n <= 120, (c.id, n)


@pytest.mark.parametrize("case", ALL, ids=[_case(c).id for c in ALL])
def test_page(case: Case) -> None:
    """The page gives a listing (or none) with the labelled title, price and currency."""
    got = extract_product(case.html, case.url)
    if not case.listing:
        assert got is None
        return
    assert got is not None, "no listing"
    want = {"title": case.title, "price": case.price, "currency": case.currency}
    have = {k: got.get(k) for k, v in want.items() if v is not None}
    assert have == {k: v for k, v in want.items() if v is not None}


# ---- the kinds fixed after the first look, each with its must-not-fire cases --------------------------


@pytest.mark.parametrize(
    "text, shop_page",
    [
        ("Your cart", True),
        ("Shopping Cart (2)", True),
        ("My wishlist (2)", True),
        ("Cart: 3 items", True),
        ("Warenkorb", True),
        ("Mon panier", True),
        ("Корзина", True),
        ("購物車", True),
        ("장바구니", True),
        ("Thank you for your order!", True),
        ("Vielen Dank für Ihre Bestellung", True),
        # must not fire: a product named with such a word; a bare word that also names goods
        ("Utility Cart with Wheels", False),
        ("Golf Cart Cover", False),
        ("Wicker Basket", False),
        ("Basket", False),
        ("Panier", False),
        ("Shopping Bag Tote", False),
        ("Bag", False),
        ("Thank You Card Set", False),
        ("Order of the Phoenix Poster", False),
    ],
)
def test_shop_page_heading(text: str, shop_page: bool) -> None:
    """The heading of the shop's basket or wish list names no product (`dom.SHOP_PAGE_HEADING`)."""
    from knockoff.crawler.heuristics.dom import SHOP_PAGE_HEADING

    assert bool(SHOP_PAGE_HEADING.match(text)) is shop_page


def test_cart_drawer_heading_on_a_product_page() -> None:
    """Must not fire: a cart drawer's "Your cart" heading (an h2, or an h1 in a drawer) beside the
    product's own heading leaves the product page as it is."""
    for drawer in (
        '<div class="cart-drawer"><h2 class="drawer__heading">Your cart</h2><p>Your cart is empty</p></div>',
        '<div class="cart-drawer" hidden><h1 class="drawer__heading">Your cart</h1></div>',
        '<div class="cart-sidebar"><h1>Your cart</h1><p>Your cart is empty</p></div>',
    ):
        html = page(
            drawer
            + '\n<h1 class="product-title">Walnut Desk Organizer</h1>\n<div class="price">$129.00</div>',
            title="Walnut Desk Organizer | Northwind",
        )
        got = extract_product(html, "https://www.northwind.example/products/walnut-desk-organizer")
        assert got is not None and (got["title"], got["price"]) == ("Walnut Desk Organizer", 129.0)


def test_decimals_in_their_own_element() -> None:
    """A price's decimals in their own element go on from the whole units (`price_text.price_text`:
    "1.299" ",00"; Amazon's "24" "," "99"); must not fire on numbers a space or a word sets apart."""
    from lxml import html

    from knockoff.crawler.heuristics.price_text import price_text

    for markup, text in (
        ('<div><span class="int">1.299</span><span class="dec">,00</span> €</div>', "1.299,00 €"),
        (
            '<span><span class="a-price-whole">24<span class="a-price-decimal">,</span></span>'
            '<span class="a-price-fraction">99</span>€</span>',
            "24,99 €",
        ),
        ("<div>Size 10, <b>20</b> left</div>", "Size 10, 20 left"),
        ("<div>1, 2, <b>3</b></div>", "1, 2, 3"),
        ("<div><b>49</b> <b>95</b></div>", "49 95"),
    ):
        assert price_text(html.fromstring(markup)) == text


def _price_of(body: str) -> float | None:
    got = extract_product(
        page(body, title="Walnut Desk Organizer | Northwind"),
        "https://www.northwind.example/products/walnut-desk-organizer",
    )
    return None if got is None else got["price"]


def test_split_parts_in_a_parent_named_by_nothing() -> None:
    """Whole units and cents named so ("a-price-whole", "a-price-fraction") in a parent no name marks
    (a table cell): the parent reads the whole amount; must not fire on a whole part without a cents
    sibling, nor on parts inside a named price (read as before)."""
    h1 = '<h1 class="product-title">Walnut Desk Organizer</h1>\n'
    cell = '<td><span class="a-price-whole">24,</span><span class="a-price-fraction">99</span> €</td>'
    assert _price_of(h1 + f"<table><tr><td>Preis:</td>{cell}</tr></table>") == 24.99
    named = (
        '<span class="price"><span class="price-dollars">$31</span><span class="price-cents">57</span></span>'
    )
    assert _price_of(h1 + named) == 31.57
    assert _price_of(h1 + '<div><span class="price-dollars">$31</span></div>') == 31.0


def test_button_price_beside_related_cards() -> None:
    """The price written only in the buy button wins over related cards' named prices; must not fire
    on a button without an amount (the page shows no price of its own: no listing) nor on a card's
    own button."""
    h1 = '<h1 class="product-title">Walnut Desk Organizer</h1>\n'
    assert _price_of(h1 + '<button type="submit" class="buy">Add to cart - $129.00</button>') == 129.0
    assert _price_of(h1 + "<p>Made of walnut.</p>") is None
    rel = (("Oak Tray", "$40.00"), ("Ash Box", "$30.00"))
    card_button = page(
        h1 + "<p>Made of walnut.</p>",
        title="Walnut Desk Organizer | Northwind",
        related=rel,
    ).replace(
        '<span class="card-price">$40.00</span>',
        '<span class="card-price">$40.00</span><button class="quick-add">Add to cart - $40.00</button>',
    )
    assert (
        extract_product(card_button, "https://www.northwind.example/products/walnut-desk-organizer") is None
    )


def test_labelled_price_beside_related_cards() -> None:
    """A price line opening with its label ("Price: $24.99", `dom.PRICE_LABEL_OPEN`) near the title
    wins over related cards' named prices; must not fire on a sentence holding an amount."""
    h1 = '<h1 class="product-title">Walnut Desk Organizer</h1>\n'
    assert _price_of(h1 + "<p>Price: $24.99</p>") == 24.99
    assert _price_of(h1 + "<p>Preis: 24,99 €</p>") == 24.99
    assert _price_of(h1 + "<p>Earn $4.45 in rewards</p>") is None
    assert _price_of(h1 + "<p>List Price: $24.99</p>") is None


def test_currency_of_the_amount_read_among_two_moneys() -> None:
    """A price element showing the amount in two moneys ("599,00 kn (79,50 €)") gives the money of
    the amount read; must not fire where one money is shown."""
    from lxml import html

    from knockoff.crawler.heuristics.prices import _amount

    for markup, want in (
        ('<div class="price">599,00 kn <span>(79,50 €)</span></div>', (599.0, "HRK")),
        ('<div class="price">79,63 € <span>600,00 kn</span></div>', (79.63, "EUR")),
        ('<div class="price">$24.99 <span>(€23.10)</span></div>', (24.99, "USD")),
        ('<div class="price">Sale $45.00 Reg. $60.00</div>', (45.0, "USD")),
    ):
        assert _amount(html.fromstring(markup))[:2] == want
