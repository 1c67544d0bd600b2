"""Availability, brand and sku on ordinary product pages WITHOUT schema.org data (issue 14).

Each page is written the way a small shop, a WooCommerce/Shopify/PrestaShop/Magento theme, an old
table layout or a big marketplace writes it, in one of thirteen languages, and each expectation is
what a careful human reads on that page. The cases were written before reading crawler/heuristics.
A case knockoff reads wrongly stays as written and is marked xfail(strict=True) with what it read.
"""

from __future__ import annotations

from typing import Any

import pytest

from knockoff.crawler.extract import extract_product


def shop(body: str, head: str = "", lang: str = "en") -> str:
    """A whole page around `body`: no JSON-LD, no microdata, no product Open Graph."""
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


RELATED = """<section class="related products"><h2>{title}</h2><ul>
<li><a href="/p/a">Trail Sock</a> <span class="price">$9.00</span> <span class="stock out-of-stock">{out}</span></li>
<li><a href="/p/b">Camp Mug</a> <span class="price">$14.00</span> <span class="stock out-of-stock">{out}</span></li>
</ul></section>"""

# (id, url, html, {field: expected})
PAGES: list[tuple[str, str, str, dict[str, Any]]] = [
    # ---------------------------------------------------------------- en
    (
        "en-woocommerce-in-stock-count",
        "https://ridgeline-outdoor.example/product/merino-beanie/",
        shop(
            '<div class="product type-product"><h1 class="product_title entry-title">Merino Beanie</h1>'
            '<p class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&#36;</span>24.00</bdi></span></p>'
            '<p class="stock in-stock">12 in stock</p>'
            '<form class="cart" method="post"><input type="number" name="quantity" value="1">'
            '<button type="submit" name="add-to-cart" value="4412" class="single_add_to_cart_button button alt">Add to cart</button></form>'
            '<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">RB-MER-BLK</span></span>'
            '<span class="posted_in">Category: <a href="/c/hats/">Hats</a></span></div></div>'
        ),
        {"availability": "InStock", "sku": "RB-MER-BLK"},
    ),
    (
        "en-shopify-only-2-left",
        "https://harborandpine.example/products/waxed-canvas-tote",
        shop(
            '<div class="product__info-wrapper"><p class="product__text caption-with-letter-spacing">Harbor &amp; Pine</p>'
            '<h1 class="product__title">Waxed Canvas Tote</h1>'
            '<div class="price"><span class="price-item price-item--regular">$68.00 USD</span></div>'
            '<p class="product__inventory">Only 2 left!</p>'
            '<button type="submit" name="add" class="product-form__submit button">Add to cart</button>'
            '<button type="button" class="shopify-payment-button__button">Buy it now</button></div>'
        ),
        {"availability": "InStock"},
    ),
    (
        "en-shopify-sold-out-disabled",
        "https://harborandpine.example/products/leather-key-fob",
        shop(
            '<div class="product__info-wrapper"><h1 class="product__title">Leather Key Fob</h1>'
            '<div class="price price--sold-out"><span class="price-item price-item--regular">$18.00 USD</span>'
            '<span class="badge price__badge-sold-out">Sold out</span></div>'
            '<button type="submit" name="add" class="product-form__submit button" disabled>Sold out</button></div>'
        ),
        {"availability": "OutOfStock"},
    ),
    (
        "en-notify-me-when-available",
        "https://smallbatchcoffee.example/shop/ethiopia-guji-250g",
        shop(
            '<main><h1>Ethiopia Guji, 250 g</h1><div class="price">&pound;11.50</div>'
            '<form class="back-in-stock" action="/notify" method="post"><label for="e">Email</label>'
            '<input id="e" type="email" name="email"><button type="submit">Notify me when available</button></form>'
            "<p>Roasted every Tuesday. Tasting notes: peach, bergamot.</p></main>"
        ),
        {"availability": "OutOfStock"},
    ),
    (
        "en-pre-order",
        "https://boardgamecellar.example/products/starfall-deluxe",
        shop(
            '<h1>Starfall: Deluxe Edition</h1><span class="money">$89.99</span>'
            '<p class="release">Expected to ship: March 2027</p>'
            '<button type="submit" name="add" class="btn">Pre-order now</button>'
        ),
        {"availability": "PreOrder"},
    ),
    (
        "en-woocommerce-backorder-3-weeks",
        "https://workshopsupply.example/product/dovetail-saw/",
        shop(
            '<h1 class="product_title entry-title">Dovetail Saw 9"</h1>'
            '<p class="price"><span class="woocommerce-Price-amount amount">&pound;64.00</span></p>'
            '<p class="stock available-on-backorder">Available on backorder &ndash; ships in 3 weeks</p>'
            '<form class="cart"><button type="submit" name="add-to-cart" class="single_add_to_cart_button button alt">Add to basket</button></form>'
            '<table class="woocommerce-product-attributes shop_attributes"><tr><th>Brand</th><td><p>Pax</p></td></tr>'
            "<tr><th>Weight</th><td><p>0.4 kg</p></td></tr></table>"
        ),
        {"availability": "BackOrder", "brand_claimed": "Pax"},
    ),
    (
        "en-some-sizes-sold-out",
        "https://northtrail.example/products/trail-runner-2",
        shop(
            '<h1>Trail Runner 2</h1><p class="price">$129.00</p>'
            '<label for="size">Size</label><select id="size" name="id">'
            '<option value="1">US 8</option><option value="2">US 9</option>'
            '<option value="3" disabled>US 10 - Sold out</option><option value="4" disabled>US 11 - Sold out</option></select>'
            '<button type="submit" name="add" class="product-form__submit">Add to cart</button>'
        ),
        {"availability": "InStock"},
    ),
    (
        "en-related-strip-out-of-stock",
        "https://northtrail.example/products/alpine-fleece",
        shop(
            '<main><div class="product"><h1>Alpine Fleece Jacket</h1><p class="price">$149.00</p>'
            '<button type="submit" name="add-to-cart" class="single_add_to_cart_button">Add to cart</button></div>'
            + RELATED.format(title="You may also like", out="Out of stock")
            + "</main>"
        ),
        {"availability": "InStock"},
    ),
    (
        "en-stock-count-zero",
        "https://partsbin.example/item/7731",
        shop(
            '<h1>M3 Hex Standoff, pack of 50</h1><div class="price">$6.40</div>'
            "<table><tr><td>In stock:</td><td>0</td></tr><tr><td>Lead time:</td><td>unknown</td></tr></table>"
            '<a href="/wishlist/add/7731">Add to wishlist</a>'
        ),
        {"availability": "OutOfStock"},
    ),
    (
        "en-brand-logo-link",
        "https://toolbarn.example/products/18v-impact-driver",
        shop(
            '<div class="product-view"><a class="brand-logo" href="/brands/makita"><img src="/media/brands/makita.png" alt="Makita"></a>'
            '<h1>18V LXT Brushless Impact Driver (tool only)</h1><span class="price">$139.00</span>'
            '<button class="action tocart primary" type="submit">Add to Cart</button></div>'
        ),
        {"brand_claimed": "Makita", "availability": "InStock"},
    ),
    (
        "en-by-brand-under-title",
        "https://gadgetry.example/p/powercore-10000",
        shop(
            '<h1 id="title">PowerCore 10000 Portable Charger</h1><div class="byline">by <a href="/brand/anker">Anker</a></div>'
            '<span class="a-price">$25.99</span><span id="availability">In Stock</span>'
            '<input type="submit" value="Add to Cart">'
        ),
        {"brand_claimed": "Anker", "availability": "InStock"},
    ),
    (
        "en-brand-in-breadcrumb",
        "https://peakgear.example/salomon/speedcross-6",
        shop(
            '<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/brands">Brands</a> &rsaquo; '
            '<a href="/brands/salomon">Salomon</a> &rsaquo; <span>Speedcross 6</span></nav>'
            '<h1>Speedcross 6 Trail Running Shoe</h1><p class="price">&euro;140,00</p>'
            '<button type="submit">Add to cart</button>'
        ),
        {"brand_claimed": "Salomon"},
    ),
    (
        "en-brand-is-shop-name",
        "https://www.patagonia-outlet.example/products/better-sweater",
        shop(
            '<header><a class="logo" href="/"><img src="/logo.svg" alt="Patagonia"></a></header>'
            '<h1>Patagonia Men\'s Better Sweater Fleece Jacket</h1><span class="price">$139.00</span>'
            '<button type="submit" name="add">Add to bag</button>',
            head='<title>Men\'s Better Sweater Fleece Jacket | Patagonia</title><meta property="og:site_name" content="Patagonia">',
        ),
        {"brand_claimed": "Patagonia"},
    ),
    (
        "en-marketplace-sold-by-is-not-brand",
        "https://bigmarket.example/itm/3344556677",
        shop(
            '<h1 class="x-item-title">Stainless Steel Water Bottle 750 ml Vacuum Insulated</h1>'
            '<div class="x-price-primary">US $12.99</div>'
            '<div class="x-sellercard">Sold by <a href="/str/hydroworld-store">HydroWorld Store</a> (99.1% positive)</div>'
            '<a class="btn" href="/cart/add/3344556677">Add to cart</a>'
        ),
        {"brand_claimed": None},
    ),
    (
        "en-model-no-spec-table",
        "https://appliancedirect.example/kettles/kj200",
        shop(
            "<h1>Cordless Glass Kettle 1.7 L</h1><p><b>Price:</b> $49.00</p>"
            '<table class="specs"><tr><th>Brand</th><td>Kenjo</td></tr><tr><th>Model No.</th><td>KJ-200</td></tr>'
            "<tr><th>Capacity</th><td>1.7 L</td></tr><tr><th>Power</th><td>2200 W</td></tr></table>"
            '<button type="submit">Add to Cart</button>'
        ),
        {"brand_claimed": "Kenjo", "sku": "KJ-200"},
    ),
    (
        "en-item-number-spec-table",
        "https://officeplus.example/product/88213",
        shop(
            '<h1>Heavy Duty Stapler, 100 Sheets</h1><div class="price">$32.99</div>'
            '<table class="product-attributes"><tr><td class="label">Item number</td><td class="data">88213</td></tr>'
            '<tr><td class="label">Colour</td><td class="data">Black</td></tr></table>'
            '<button class="tocart">Add to Cart</button>'
        ),
        {"sku": "88213"},
    ),
    (
        "en-hidden-product-id-vs-item-number",
        "https://vintagehifi.example/shop/index.php?main_page=product_info&products_id=5531",
        shop(
            '<h1 id="productName">Turntable Belt, 5 mm flat</h1><h2 id="productPrices">$9.95</h2>'
            '<ul id="productDetailsList"><li>Item #: 90-1123-B</li><li>42 Units in Stock</li></ul>'
            '<form name="cart_quantity" method="post"><input type="hidden" name="product_id" value="5531">'
            '<input type="hidden" name="products_id" value="5531">'
            '<input type="submit" value="Add to Cart"></form>'
        ),
        {"sku": "90-1123-B", "availability": "InStock"},
    ),
    (
        "en-code-only-in-url",
        "https://fastenerhub.example/p/BX-4471.html",
        shop(
            '<h1>Brass Wood Screw 4 x 30 mm, box of 200</h1><div class="price">$11.20</div>'
            '<button type="submit">Add to cart</button>'
        ),
        {"sku": "BX-4471"},
    ),
    (
        "en-old-table-layout",
        "http://www.modeltrainbarn.example/cgi-bin/item.pl?id=HO-2231",
        shop(
            '<table width="760" border="0"><tr><td><font face="Arial" size="4"><b>HO Scale Box Car - Santa Fe</b></font></td></tr>'
            '<tr><td><font size="2">Manufacturer: Athearn<br>Stock #: HO-2231<br>Price: $24.98<br>'
            '<font color="red">Out of Stock</font></font></td></tr></table>'
        ),
        {"brand_claimed": "Athearn", "sku": "HO-2231", "availability": "OutOfStock"},
    ),
    # ---------------------------------------------------------------- de
    (
        "de-shopware-auf-lager-marke-artnr",
        "https://www.werkzeug-profi.example/akku-bohrschrauber-gsr-18v",
        shop(
            '<h1 class="product-detail-name">Akku-Bohrschrauber GSR 18V-55</h1>'
            '<p class="product-detail-price">149,90&nbsp;&euro;*</p>'
            '<p class="delivery-information"><span class="delivery-status-indicator bg-success"></span> Auf Lager, Lieferzeit 1-3 Werktage</p>'
            '<button class="btn btn-primary btn-buy">In den Warenkorb</button>'
            '<ul class="product-detail-ordernumber-container"><li>Marke: Bosch</li><li>Art.-Nr.: 06019H5000</li>'
            "<li>EAN: 4059952524452</li></ul>",
            lang="de",
        ),
        {"availability": "InStock", "brand_claimed": "Bosch", "sku": "06019H5000"},
    ),
    (
        "de-ausverkauft-disabled",
        "https://www.kaffeeroesterei-mueller.example/espresso-classico-1kg",
        shop(
            '<h1>Espresso Classico, 1 kg</h1><div class="price">24,50 &euro;</div>'
            '<p class="stock">Leider ausverkauft</p>'
            '<button type="submit" class="btn" disabled="disabled">In den Warenkorb</button>',
            lang="de",
        ),
        {"availability": "OutOfStock"},
    ),
    (
        "de-hersteller-spec-table",
        "https://www.holzwerk-shop.example/festool-ts-55",
        shop(
            '<h1>Tauchsäge TS 55 FEBQ-Plus</h1><span class="price">589,00 &euro;</span>'
            '<table class="data-table"><tr><th>Hersteller</th><td>Festool</td></tr><tr><th>Artikelnummer</th><td>577010</td></tr>'
            '<tr><th>Gewicht</th><td>4,5 kg</td></tr></table><button type="submit" title="In den Warenkorb">In den Warenkorb</button>',
            lang="de",
        ),
        {"brand_claimed": "Festool", "sku": "577010", "availability": "InStock"},
    ),
    # ---------------------------------------------------------------- fr
    (
        "fr-prestashop-rupture-avertir",
        "https://www.boutique-deco.example/fr/luminaires/1234-lampe-de-chevet-laiton.html",
        shop(
            '<h1 class="h1">Lampe de chevet laiton</h1>'
            '<div class="current-price"><span class="current-price-value">79,00&nbsp;&euro;</span></div>'
            '<div class="product-reference"><label class="label">Référence </label><span>LMP-LAI-02</span></div>'
            '<span id="product-availability"><i class="material-icons product-unavailable">&#xE14B;</i> Rupture de stock</span>'
            '<div class="js-mailalert"><input type="email" placeholder="votre@email.com">'
            '<button class="btn">M\'avertir lorsque le produit est disponible</button></div>'
            '<button class="btn btn-primary add-to-cart" data-button-action="add-to-cart" type="submit" disabled>Ajouter au panier</button>',
            lang="fr",
        ),
        {"availability": "OutOfStock", "sku": "LMP-LAI-02"},
    ),
    (
        "fr-marque-ref-en-stock",
        "https://www.electro-maison.example/robot-cuiseur-companion",
        shop(
            '<h1>Robot cuiseur Companion XL</h1><p class="prix">649,99 &euro;</p>'
            '<p class="dispo">En stock</p><ul class="caracteristiques"><li>Marque : Moulinex</li><li>Réf. : HF80CB10</li></ul>'
            '<button type="submit" class="btn-panier">Ajouter au panier</button>',
            lang="fr",
        ),
        {"availability": "InStock", "brand_claimed": "Moulinex", "sku": "HF80CB10"},
    ),
    # ---------------------------------------------------------------- es
    (
        "es-agotado-marca-codigo",
        "https://www.tiendacocina.example/olla-express-6l",
        shop(
            '<h1>Olla exprés 6 L acero inoxidable</h1><span class="precio">54,95 &euro;</span>'
            "<p>Marca: Tramontina</p><p>Código: TR-62413</p>"
            '<p class="stock agotado">Agotado</p><button class="btn" disabled>Añadir al carrito</button>',
            lang="es",
        ),
        {"availability": "OutOfStock", "brand_claimed": "Tramontina", "sku": "TR-62413"},
    ),
    (
        "es-disponible-anadir",
        "https://www.bicis-montana.example/casco-mtb-enduro",
        shop(
            '<h1>Casco MTB Enduro</h1><div class="precio">89,00 &euro;</div>'
            '<p class="disponibilidad">Disponible. Envío en 24/48 h</p><button type="submit">Añadir a la cesta</button>',
            lang="es",
        ),
        {"availability": "InStock"},
    ),
    # ---------------------------------------------------------------- it
    (
        "it-su-ordinazione-3-settimane",
        "https://www.ferramenta-rossi.example/prodotto/smerigliatrice-angolare-125",
        shop(
            '<h1>Smerigliatrice angolare 125 mm</h1><span class="prezzo">119,00 &euro;</span>'
            '<p class="disponibilita">Disponibile su ordinazione, spedizione in 3 settimane</p>'
            "<p>Marca: Makita</p><p>Cod. articolo: GA5030R</p>"
            '<button type="submit">Aggiungi al carrello</button>',
            lang="it",
        ),
        {"availability": "BackOrder", "brand_claimed": "Makita", "sku": "GA5030R"},
    ),
    (
        "it-esaurito",
        "https://www.moda-milano.example/borsa-tote-pelle",
        shop(
            '<h1>Borsa tote in pelle</h1><span class="price">&euro; 240,00</span>'
            '<span class="label-esaurito">Esaurito</span><a class="btn" href="/avvisami?p=88">Avvisami quando disponibile</a>',
            lang="it",
        ),
        {"availability": "OutOfStock"},
    ),
    # ---------------------------------------------------------------- pt
    (
        "pt-esgotado-avise-me",
        "https://www.lojadocafe.example/produto/moedor-manual",
        shop(
            '<h1>Moedor de café manual</h1><span class="preco">R$ 189,90</span>'
            "<p>Marca: Hario</p><p>Referência: MSS-1DTB</p>"
            '<p class="esgotado">Produto esgotado</p><button>Avise-me quando chegar</button>',
            lang="pt",
        ),
        {"availability": "OutOfStock", "brand_claimed": "Hario", "sku": "MSS-1DTB"},
    ),
    # ---------------------------------------------------------------- nl
    (
        "nl-op-voorraad-merk",
        "https://www.fietsonderdelen.example/achterlicht-led",
        shop(
            '<h1>LED achterlicht USB oplaadbaar</h1><div class="prijs">&euro; 29,95</div>'
            '<p class="voorraad">Op voorraad, voor 23:00 besteld, morgen in huis</p>'
            "<dl><dt>Merk</dt><dd>Busch &amp; Müller</dd><dt>Artikelnummer</dt><dd>BM-326</dd></dl>"
            '<button type="submit">In winkelwagen</button>',
            lang="nl",
        ),
        {"availability": "InStock", "brand_claimed": "Busch & Müller", "sku": "BM-326"},
    ),
    # ---------------------------------------------------------------- pl
    (
        "pl-brak-w-magazynie-producent",
        "https://www.sklep-agd.example/odkurzacz-bezprzewodowy",
        shop(
            '<h1>Odkurzacz bezprzewodowy V12</h1><div class="cena">2 199,00 zł</div>'
            "<p>Producent: Dyson</p><p>Kod produktu: 394167-01</p>"
            '<p class="dostepnosc">Brak w magazynie</p><button disabled>Dodaj do koszyka</button>',
            lang="pl",
        ),
        {"availability": "OutOfStock", "brand_claimed": "Dyson", "sku": "394167-01"},
    ),
    # ---------------------------------------------------------------- ja
    (
        "ja-zaiko-ari-brand-kataban",
        "https://shop.kaden-yasu.example/item/np-bj10",
        shop(
            '<h1>マイコン炊飯ジャー 5.5合</h1><p class="price">12,800円（税込）</p>'
            '<table class="spec"><tr><th>ブランド</th><td>象印</td></tr><tr><th>型番</th><td>NP-BJ10</td></tr></table>'
            '<p class="stock">在庫あり</p><button type="submit">カートに入れる</button>',
            lang="ja",
        ),
        {"availability": "InStock", "brand_claimed": "象印", "sku": "NP-BJ10"},
    ),
    (
        "ja-yoyaku",
        "https://hobby-base.example/products/fig-2027",
        shop(
            '<h1>1/7スケール フィギュア 限定版</h1><p class="price">&yen;24,200</p>'
            '<p class="status">予約受付中（2027年4月発売予定）</p><button type="submit">予約する</button>',
            lang="ja",
        ),
        {"availability": "PreOrder"},
    ),
    (
        "ja-urikire",
        "https://zakka-ten.example/items/mug-01",
        shop(
            '<h1>波佐見焼 マグカップ</h1><p class="price">2,420円</p>'
            '<p class="soldout">売り切れ</p><button disabled>カートに入れる</button>',
            lang="ja",
        ),
        {"availability": "OutOfStock"},
    ),
    # ---------------------------------------------------------------- ko
    (
        "ko-brand-pumbeon-in-stock",
        "https://www.jubang-mall.example/goods/detail/1023",
        shop(
            '<h2 class="goods_name">IH 압력밥솥 6인용</h2><span class="price">329,000원</span>'
            '<ul class="info"><li>브랜드: 쿠쿠</li><li>품번: CRP-P0660FD</li></ul>'
            '<a href="#" class="btn_cart">장바구니 담기</a><a href="#" class="btn_buy">바로구매</a>',
            lang="ko",
        ),
        {"availability": "InStock", "brand_claimed": "쿠쿠", "sku": "CRP-P0660FD"},
    ),
    (
        "ko-pumjeol",
        "https://www.fashion-k.example/product/77",
        shop(
            '<h2>오버핏 울 코트</h2><span class="price">189,000원</span>'
            '<span class="soldout">품절</span><button disabled>장바구니</button>',
            lang="ko",
        ),
        {"availability": "OutOfStock"},
    ),
    # ---------------------------------------------------------------- zh
    (
        "zh-youhuo-pinpai",
        "https://www.jiadian-mall.example/item/55821.html",
        shop(
            '<h1>智能电饭煲 4L</h1><span class="price">&yen;399.00</span>'
            '<ul class="parameter"><li>品牌：美的</li><li>商品编号：MB-FB40S701</li></ul>'
            '<p class="stock">有货</p><a class="btn-append" href="/cart/add?sku=55821">加入购物车</a>',
            lang="zh",
        ),
        {"availability": "InStock", "brand_claimed": "美的", "sku": "MB-FB40S701"},
    ),
    (
        "zh-quehuo",
        "https://www.shuma-shop.example/p/888.html",
        shop(
            '<h1>无线降噪耳机</h1><span class="price">&yen;1299.00</span>'
            '<p class="stock">缺货</p><a class="btn-notify" href="/notify?id=888">到货通知</a>',
            lang="zh",
        ),
        {"availability": "OutOfStock"},
    ),
    # ---------------------------------------------------------------- tr
    (
        "tr-tukendi-marka-stok-kodu",
        "https://www.evdekor.example/urun/seramik-vazo",
        shop(
            '<h1>Seramik Vazo 30 cm</h1><span class="fiyat">449,90 TL</span>'
            "<p>Marka: Paşabahçe</p><p>Stok Kodu: PB-40211</p>"
            '<p class="stok">Tükendi</p><button disabled>Sepete Ekle</button>',
            lang="tr",
        ),
        {"availability": "OutOfStock", "brand_claimed": "Paşabahçe", "sku": "PB-40211"},
    ),
    # ---------------------------------------------------------------- ru
    (
        "ru-v-nalichii-proizvoditel-artikul",
        "https://www.instrument-shop.example/catalog/perforator-2-26",
        shop(
            '<h1>Перфоратор 800 Вт, SDS-plus</h1><div class="price">8 990 ₽</div>'
            '<p class="availability">В наличии</p>'
            '<table class="props"><tr><td>Производитель</td><td>Интерскол</td></tr><tr><td>Артикул</td><td>П-26/800ЭР</td></tr></table>'
            '<button type="submit">В корзину</button>',
            lang="ru",
        ),
        {"availability": "InStock", "brand_claimed": "Интерскол", "sku": "П-26/800ЭР"},
    ),
    (
        "ru-net-v-nalichii",
        "https://www.knigi-market.example/book/12345",
        shop(
            '<h1>Мастер и Маргарита. Подарочное издание</h1><div class="price">1 450 ₽</div>'
            '<p class="availability">Нет в наличии</p><button class="subscribe">Сообщить о поступлении</button>',
            lang="ru",
        ),
        {"availability": "OutOfStock"},
    ),
    # ---------------------------------------------------------------- second batch: traps and label variants
    (
        "en-magento-out-of-stock-no-button",
        "https://kitchenworks.example/cast-iron-skillet-12.html",
        shop(
            '<div class="product-info-main"><div class="page-title-wrapper product"><h1 class="page-title">'
            '<span class="base">Cast Iron Skillet 12"</span></h1></div>'
            '<div class="price-box price-final_price"><span class="price">$39.95</span></div>'
            '<div class="product-info-stock-sku"><div class="stock unavailable" title="Availability"><span>Out of stock</span></div>'
            '<div class="product attribute sku"><strong class="type">SKU</strong><div class="value">CI-SK-12</div></div></div>'
            '<div class="product-social-links"><a href="#" class="action towishlist">Add to Wish List</a></div></div>'
        ),
        {"availability": "OutOfStock", "sku": "CI-SK-12"},
    ),
    (
        "en-amazon-visit-the-store-temporarily-out",
        "https://bigmarket.example/dp/B0C1234XYZ",
        shop(
            '<div id="centerCol"><h1 id="title"><span id="productTitle">USB-C Charger 65W GaN, 3-Port</span></h1>'
            '<a id="bylineInfo" href="/stores/Anker/page/1234">Visit the Anker Store</a>'
            '<span class="a-price"><span class="a-offscreen">$45.99</span></span></div>'
            '<div id="availability"><span class="a-color-price">Temporarily out of stock.</span> '
            "<span>We are working hard to be back in stock. Place your order and we'll email you when we have an estimated delivery date.</span></div>"
            '<input id="add-to-cart-button" type="submit" value="Add to Cart">'
            '<table id="productDetails_techSpec"><tr><th>Item model number</th><td>A2332</td></tr></table>'
        ),
        {"brand_claimed": "Anker", "availability": "BackOrder", "sku": "A2332"},
    ),
    (
        "en-ebay-unbranded",
        "https://bigmarket.example/itm/2255667788",
        shop(
            '<h1 class="x-item-title__mainTitle"><span>Phone Case for iPhone 15 Clear Shockproof</span></h1>'
            '<div class="x-price-primary"><span>US $7.49</span></div>'
            '<div class="x-quantity__availability"><span>More than 10 available</span></div>'
            '<a class="ux-call-to-action" href="/cart/add">Add to cart</a>'
            '<div class="ux-layout-section--features"><dl><dt>Brand</dt><dd>Unbranded</dd><dt>Compatible Model</dt><dd>Apple iPhone 15</dd></dl></div>'
        ),
        {"brand_claimed": None, "availability": "InStock"},
    ),
    (
        "en-woocommerce-sku-na-brand-meta",
        "https://runnersedge.example/product/race-cap/",
        shop(
            '<h1 class="product_title entry-title">Race Cap</h1>'
            '<p class="price"><span class="woocommerce-Price-amount amount">&#36;28.00</span></p>'
            '<form class="cart"><button type="submit" name="add-to-cart" class="single_add_to_cart_button button alt">Add to cart</button></form>'
            '<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">N/A</span></span>'
            '<span class="posted_in">Category: <a href="/c/caps/">Caps</a></span>'
            '<span class="posted_in">Brand: <a href="/brand/ciele/">Ciele</a></span></div>'
        ),
        {"sku": None, "brand_claimed": "Ciele", "availability": "InStock"},
    ),
    (
        "en-uk-product-code-low-stock",
        "https://www.homebits.example/bathroom/towel-rail-chrome",
        shop(
            '<h1>Chrome Towel Rail 60 cm</h1><p class="price">&pound;34.99</p>'
            '<p class="stock-level low">Low stock - order soon</p><p class="code">Product code: 482-1197</p>'
            '<button type="submit" class="add-to-basket">Add to basket</button>'
        ),
        {"availability": "InStock", "sku": "482-1197"},
    ),
    (
        "de-nicht-auf-lager-herstellernr",
        "https://www.kuechen-fachhandel.example/wmf-pfanne-28",
        shop(
            '<nav class="breadcrumb"><a href="/">Start</a> / <a href="/marken/wmf">WMF</a> / <span>Bratpfanne 28 cm</span></nav>'
            '<h1>Bratpfanne Profi 28 cm</h1><span class="price">59,99 &euro;</span>'
            '<p class="lieferstatus">Derzeit nicht auf Lager</p>'
            "<p>Art.-Nr.: 100-2845 &middot; Hersteller-Nr.: 0748286291</p>"
            '<button disabled class="btn">In den Warenkorb</button>'
            '<a href="/benachrichtigen?id=2845">Benachrichtigen, wenn verfügbar</a>',
            lang="de",
        ),
        {"availability": "OutOfStock", "brand_claimed": "WMF", "sku": "100-2845"},
    ),
    (
        "de-vorbestellen",
        "https://www.spielwaren-kiste.example/bausatz-zug-2027",
        shop(
            '<h1>Bausatz Dampflok BR 01</h1><div class="price">129,99 &euro;</div>'
            '<p class="delivery">Erscheint voraussichtlich am 15.03.2027</p>'
            '<button type="submit" class="btn-buy">Jetzt vorbestellen</button>',
            lang="de",
        ),
        {"availability": "PreOrder"},
    ),
    (
        "de-related-ausverkauft-product-lieferbar",
        "https://www.outdoor-laden.example/schlafsack-daunen",
        shop(
            '<h1>Daunenschlafsack -10 °C</h1><div class="price">249,00 &euro;</div>'
            '<p class="delivery">Sofort lieferbar</p><button type="submit">In den Warenkorb</button>'
            '<div class="cross-selling"><h3>Das könnte Ihnen auch gefallen</h3>'
            '<div class="card"><a href="/isomatte">Isomatte</a> 59,00 &euro; <span class="badge">Ausverkauft</span></div>'
            '<div class="card"><a href="/kissen">Reisekissen</a> 19,00 &euro; <span class="badge">Ausverkauft</span></div></div>',
            lang="de",
        ),
        {"availability": "InStock"},
    ),
    (
        "fr-precommande-logo-marque",
        "https://www.jeux-video-shop.example/precommande/console-edition-limitee",
        shop(
            '<a class="brand-logo" href="/marques/nintendo"><img src="/img/m/nintendo.jpg" alt="Nintendo"></a>'
            '<h1>Console édition limitée</h1><span class="prix">499,99 &euro;</span>'
            '<p class="dispo">Précommande &ndash; sortie prévue le 05/06/2027</p>'
            '<button type="submit">Précommander</button>',
            lang="fr",
        ),
        {"availability": "PreOrder", "brand_claimed": "Nintendo"},
    ),
    (
        "es-bajo-pedido",
        "https://www.muebles-casa.example/silla-roble",
        shop(
            '<h1>Silla de roble macizo</h1><span class="precio">189,00 &euro;</span>'
            '<p class="stock">Bajo pedido: envío en 3-4 semanas</p><button>Añadir al carrito</button>',
            lang="es",
        ),
        {"availability": "BackOrder"},
    ),
    (
        "nl-niet-op-voorraad",
        "https://www.speelgoed-winkel.example/houten-treinset",
        shop(
            '<h1>Houten treinset 50 delig</h1><div class="prijs">&euro; 49,99</div>'
            '<p class="voorraad">Niet op voorraad</p><button class="mail-me">Mail mij wanneer leverbaar</button>'
            "<p>Artikelnr.: HT-5050</p>",
            lang="nl",
        ),
        {"availability": "OutOfStock", "sku": "HT-5050"},
    ),
    (
        "pl-dostepny-marka-numer-katalogowy",
        "https://www.sklep-rowerowy.example/pompka-podlogowa",
        shop(
            '<h1>Pompka podłogowa z manometrem</h1><div class="cena">129,00 zł</div>'
            '<p class="dostepnosc">Dostępny, wysyłka w 24 h</p>'
            "<table><tr><td>Marka</td><td>Topeak</td></tr><tr><td>Numer katalogowy</td><td>TJB-M21</td></tr></table>"
            "<button>Do koszyka</button>",
            lang="pl",
        ),
        {"availability": "InStock", "brand_claimed": "Topeak", "sku": "TJB-M21"},
    ),
    (
        "ja-shohin-code-maker",
        "https://www.bungu-net.example/shop/g/g4902505123456/",
        shop(
            '<h1 class="goods_name">ゲルインクボールペン 0.5mm 黒</h1><p class="price">165円</p>'
            "<dl><dt>メーカー</dt><dd>パイロット</dd><dt>商品コード</dt><dd>LJU-10EF-B</dd></dl>"
            '<p class="stock">在庫：残りわずか</p><button>カートに入れる</button>',
            lang="ja",
        ),
        {"availability": "InStock", "brand_claimed": "パイロット", "sku": "LJU-10EF-B"},
    ),
    (
        "zh-huohao-quehuo-in-related",
        "https://www.yundong-shop.example/goods/2231.html",
        shop(
            '<h1>轻量跑步鞋 男款</h1><span class="price">&yen;459.00</span>'
            "<ul><li>品牌：李宁</li><li>货号：ARBT001-1</li></ul>"
            '<p class="stock">现货</p><a class="btn-buy">立即购买</a><a class="btn-cart">加入购物车</a>'
            '<div class="related"><h3>相关推荐</h3><p>运动袜 &yen;29 <span>缺货</span></p></div>',
            lang="zh",
        ),
        {"availability": "InStock", "brand_claimed": "李宁", "sku": "ARBT001-1"},
    ),
    (
        "tr-stokta-urun-kodu",
        "https://www.spor-dukkani.example/urun/yoga-mati",
        shop(
            '<h1>Yoga Matı 6 mm</h1><span class="fiyat">349,99 TL</span>'
            "<p>Marka: Decathlon</p><p>Ürün Kodu: YM-6-MOR</p>"
            '<p class="stok">Stokta var</p><button>Sepete Ekle</button>',
            lang="tr",
        ),
        {"availability": "InStock", "brand_claimed": "Decathlon", "sku": "YM-6-MOR"},
    ),
    (
        "ru-predzakaz-brand-breadcrumb",
        "https://www.knigi-market.example/catalog/lego/42115",
        shop(
            '<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/catalog">Каталог</a> / '
            '<a href="/brand/lego">LEGO</a> / <span>Конструктор Technic</span></div>'
            '<h1>Конструктор Technic Lamborghini</h1><div class="price">34 990 ₽</div>'
            '<p class="availability">Предзаказ, поступление в марте</p><button>Оформить предзаказ</button>',
            lang="ru",
        ),
        {"availability": "PreOrder", "brand_claimed": "LEGO"},
    ),
]

# failures seen on the first run: (page id, field) -> what knockoff read and the page shape. None left:
# the old table layout (a <font size=4> heading, a "Price: $24.98" line: `heuristics.page.lone_heading`,
# `price_line`), the Korean mall pages titled by a lone <h2> (`lone_heading`), the parts page stating
# "In stock: | 0" (`controls.stock_count`) and Amazon's "Temporarily out of stock. ... Place your order"
# beside a live Add to Cart (BackOrder, `controls._ordered_anyway`) read right since
XFAIL: dict[tuple[str, str], str] = {}


def _params() -> list[Any]:
    out = []
    for page_id, url, html, expect in PAGES:
        for field, want in expect.items():
            reason = XFAIL.get((page_id, field))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(url, html, field, want, id=f"{page_id}-{field}", marks=marks))
    return out


def test_pages_have_no_structured_data() -> None:
    for page_id, _url, html, _expect in PAGES:
        assert "ld+json" not in html and "itemtype" not in html and "og:type" not in html, page_id


@pytest.mark.parametrize(("url", "html", "field", "want"), _params())
def test_ordinary_field(url: str, html: str, field: str, want: Any) -> None:
    got = extract_product(html, url)
    assert got is not None, "no product read from a product page"
    assert got[field] == want
