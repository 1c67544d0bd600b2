"""Prices on product pages of the issue's markets without structured data: the lead's price probe
(stop 35, issue 14).

Ten pages of the shops and marketplaces issue 14 names (a Taiwanese Shopline shop, a Korean Cafe24
shop, a Kazakh electronics chain, an Argentinian Tiendanube shop, Mercado Libre, a Slovenian and a
Croatian electronics shop, Amazon.de, Rakuten, Allegro), written before reading the price code:
1 failed at first look (the Croatian shop: its EU lowest-price-of-30-days note, "Najniža cijena u
posljednjih 30 dana", was read as the price; with it read as an old price, the kuna counterpart of
the euro price, "(2.486,28 kn)", was). Kinds fixed: the Omnibus note's and the regular price's labels
in the other EU languages (`price_text._OLD_PRICE_WORDS`), and an amount in another currency shown
in parentheses, after "≈" or "/" right after the price is its conversion (`prices._converted`).
A second probe (`PAGES2`: Flipkart, Magalu, Trendyol, Tokopedia, Shopee Vietnam, noon, Liverpool,
Lazada Thailand and the Philippines, KSP), written before reading the code again: 3 of 10 failed at
first look. Shopee's page of 2022-23 without a heading (its name in a plain `<div><span>`, its
prices in divs of obfuscated classes) gave no listing at all: `page.doc_title_element` takes the
first text opening with the document `<title>`'s first part as the title element, so the unnamed
prices near it are read (`NOT_PRODUCT`: a category of cards and an article, both still without a
listing). Liverpool read its "Hasta 18 MSI de $472.17" (months without interest) over
"a-product__paragraphDiscountPrice": "MSI de" is an instalment label and a "discount price" the
current one (`price_text._OLD_LABEL`, `OLD_PRICE`; each has a page of its own). noon's "ر.س." gave
no currency: `values.parse_price` reads the Arabic abbreviations of Arab currencies (after the sku
helper's round, values.py being its file until then). Checked against c47abc1:
those 4 pages failed then, the rest passed.

Checked against 2c4d684 (the price modules swapped back in one process): of the pages here, only the
Croatian page and `CONVERSION`'s Bulgarian dual display failed then. `OMNIBUS` (the note and the
regular-price label in 15 more EU languages, in a WooCommerce-like price box) passed then too: the
note's own element reads as a price set apart by other signs there; those pages pin the labels'
reading, as `CONVERSION`'s other two (an approximate amount after "≈", a same-currency note in
parentheses) pin the conversion rule's edges.
"""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product


def shell(title: str, body: str, lang: str, shop: str) -> str:
    """A whole page: header with logo, menu and an empty mini cart, the product, a footer."""
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} | {shop}</title></head><body>"
        f"<header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='{shop}'></a>"
        "<nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav>"
        "<div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header>"
        f"<main>{body}</main><footer class='site-footer'><p>© 2025 {shop}</p></footer></body></html>"
    )


# (id, url, html, price, currency)
PAGES: list[tuple[str, str, str, float, str]] = [
    (
        "tw-shopline-suggested-and-member-price",
        "https://www.lohas.example.tw/products/ceramic-teapot-500ml",
        shell(
            "手作陶瓷茶壺 500ml",
            "<nav class='breadcrumb'><a href='/'>首頁</a> &gt; <a href='/c/tea'>茶具</a></nav>"
            "<div class='product-detail'><div class='product-gallery'><img src='https://img.shoplineapp.example/media/5f1/teapot-01.jpg' alt='手作陶瓷茶壺 500ml'></div>"
            "<div class='product-info'><h1 class='product-title'>手作陶瓷茶壺 500ml</h1>"
            "<div class='price-sale'><span class='price-label'>特價</span> NT$1,280</div>"
            "<div class='price-regular'><del>建議售價 NT$1,580</del></div>"
            "<div class='member-price'>會員價 NT$1,216</div><div class='promotions'>滿 NT$2,000 免運</div>"
            "<button class='btn-add-to-cart'>加入購物車</button></div></div>",
            "zh-TW",
            "樂活陶",
        ),
        1280.0,
        "TWD",
    ),
    (
        "kr-cafe24-consumer-sale-points-shipping",
        "https://www.dailyknit.example.kr/product/detail.html?product_no=1234",
        shell(
            "울 케이블 니트 가디건",
            "<div class='xans-product-detail'><div class='keyImg'><img src='//dailyknit.example.kr/web/product/big/202411/cardigan_big.jpg' alt='울 케이블 니트 가디건'></div>"
            "<div class='infoArea'><h2>울 케이블 니트 가디건</h2><table class='xans-product-detaildesign'><tbody>"
            "<tr><th>소비자가</th><td><strike>89,000원</strike></td></tr>"
            "<tr><th>판매가</th><td><span id='span_product_price_text' style='text-decoration:line-through'>69,000원</span></td></tr>"
            "<tr><th>할인판매가</th><td><span id='span_product_price_sale'>55,200원 <span class='discount'>(13,800원 할인)</span></span></td></tr>"
            "<tr><th>적립금</th><td>552원 (1%)</td></tr><tr><th>배송비</th><td>3,000원 (50,000원 이상 구매 시 무료)</td></tr>"
            "</tbody></table><div class='buttons'><a href='#' class='btnSubmit'>바로 구매하기</a><a href='#' class='btnBasket'>장바구니 담기</a></div></div></div>",
            "ko",
            "데일리니트",
        ),
        55200.0,
        "KRW",
    ),
    (
        "kz-tenge-spaces-instalments-bonus",
        "https://www.technoshop.example.kz/p/smartfon-samsung-galaxy-a55-8-256gb-281245",
        shell(
            "Смартфон Samsung Galaxy A55 8/256GB",
            "<div class='ProductPage'><div class='ProductGallery'><img src='https://api.technoshop.example.kz/f/media/a55-black-1.webp' alt='Смартфон Samsung Galaxy A55 8/256GB'></div>"
            "<div class='ProductInfo'><h1 class='Typography ProductInfo__title'>Смартфон Samsung Galaxy A55 8/256GB черный</h1>"
            "<p class='ProductInfo__code'>Код товара: 281245</p>"
            "<div class='ProductPrices'><p class='Typography ProductPrices__price'>219 990 ₸</p><p class='Typography ProductPrices__old'>259 990 ₸</p></div>"
            "<div class='ProductCredit'>В рассрочку <b>18 333 ₸</b> × 12 мес</div><div class='ProductBonus'>+ 2 200 бонусов</div>"
            "<button class='ButtonNext ProductActions__cart'>В корзину</button></div></div>",
            "ru",
            "Техношоп",
        ),
        219990.0,
        "KZT",
    ),
    (
        "ar-tiendanube-compare-cuotas-without-taxes",
        "https://www.matecito.example.com.ar/productos/mate-imperial-calabaza/",
        shell(
            "Mate Imperial de Calabaza",
            "<div class='js-product-container'><div class='js-product-slide'><img src='//acdn.mitiendanube.example/stores/001/mate-imperial-1-1024-1024.jpg' alt='Mate Imperial de Calabaza'></div>"
            "<div class='product-info'><h1 class='js-product-name h2'>Mate Imperial de Calabaza</h1>"
            "<div class='price-container'><span class='js-compare-price-display price-compare'>$ 38.999,00</span>"
            "<span class='js-price-display' id='price_display'>$ 31.199,20</span></div>"
            "<div class='js-max-installments-container'>Hasta <strong>6</strong> cuotas sin interés de <strong>$ 5.199,87</strong></div>"
            "<div class='js-price-without-taxes'>Precio sin impuestos nacionales: $ 25.784,46</div>"
            "<div class='js-payment-discount'>15% de descuento pagando con Transferencia: $ 26.519,32</div>"
            "<input type='submit' class='js-addtocart btn btn-primary' value='Agregar al carrito'></div></div>",
            "es",
            "Matecito",
        ),
        31199.2,
        "ARS",
    ),
    (
        "si-regular-special-lowest-30-days",
        "https://www.trgovina.example.si/sesalniki/robotski-sesalnik-roborock-q7-max",
        shell(
            "Robotski sesalnik Roborock Q7 Max",
            "<div class='product-view'><div class='product-images'><img src='https://cdn.trgovina.example.si/images/roborock-q7-max-1.jpg' alt='Robotski sesalnik Roborock Q7 Max'></div>"
            "<div class='product-shop'><h1>Robotski sesalnik Roborock Q7 Max</h1>"
            "<div class='price-box'><p class='old-price'><span class='label'>Redna cena:</span> <span class='price'>449,99 €</span></p>"
            "<p class='special-price'><span class='label'>Akcijska cena:</span> <span class='price'>299,99 €</span></p>"
            "<p class='lowest-price'>Najnižja cena v zadnjih 30 dneh: 329,99 €</p></div>"
            "<p class='installments'>Že od 25,00 € na mesec</p><button class='button btn-cart'>V košarico</button></div></div>",
            "sl",
            "Trgovina",
        ),
        299.99,
        "EUR",
    ),
    (
        "hr-euro-with-kuna-counterpart-and-lowest-30-days",
        "https://www.links.example.hr/hr/slusalice-sony-wh-1000xm5-crne-8402",
        shell(
            "Slušalice SONY WH-1000XM5, crne",
            "<div class='product-detail'><div class='gallery'><img src='https://www.links.example.hr/img/8402-sony-wh1000xm5-1.jpg' alt='Slušalice SONY WH-1000XM5, crne'></div>"
            "<div class='summary'><h1 class='product-title'>Slušalice SONY WH-1000XM5, crne</h1>"
            "<div class='prices'><div class='price price-discount'>329,99 € <span class='price-hrk'>(2.486,28 kn)</span></div>"
            "<div class='price price-old'>Redovna cijena: 399,99 € (3.013,72 kn)</div>"
            "<div class='price-lowest'>Najniža cijena u posljednjih 30 dana: 349,99 €</div></div>"
            "<div class='loyalty'>Ušteda: 70,00 €</div><button class='btn btn-cart'>Dodaj u košaricu</button></div></div>",
            "hr",
            "Links",
        ),
        329.99,
        "EUR",
    ),
    (
        "amazon-de-split-price-uvp-unit",
        "https://www.amazon.example.de/dp/B0CHX1W1XY",
        shell(
            "Bosch Akku-Bohrschrauber GSR 12V-15",
            "<div id='dp-container'><div id='imageBlock'><img id='landingImage' src='https://m.media-amazon.example/images/I/61xyz._AC_SX679_.jpg' alt='Bosch Akku-Bohrschrauber GSR 12V-15'></div>"
            "<div id='centerCol'><h1 id='title'><span id='productTitle'>Bosch Professional 12V System Akku-Bohrschrauber GSR 12V-15 (inkl. 2x2,0 Ah Akku)</span></h1>"
            "<div id='corePriceDisplay_desktop_feature_div'><span class='a-price aok-align-center priceToPay'><span class='a-offscreen'>119,99&nbsp;€</span>"
            "<span aria-hidden='true'><span class='a-price-whole'>119<span class='a-price-decimal'>,</span></span><span class='a-price-fraction'>99</span><span class='a-price-symbol'>€</span></span></span>"
            "<span class='a-size-small aok-offscreen'>Unverb. Preisempf.: 169,00 €</span><span class='a-price a-text-price' data-a-strike='true'><span class='a-offscreen'>169,00 €</span></span>"
            "<span class='a-size-mini'>(59,99 € / Stück)</span></div>"
            "<div id='availability'><span class='a-color-success'>Auf Lager</span></div>"
            "<input id='add-to-cart-button' type='submit' value='In den Einkaufswagen'></div></div>",
            "de",
            "Amazon.de",
        ),
        119.99,
        "EUR",
    ),
    (
        "mercadolibre-ar-andes-previous-and-cuotas",
        "https://articulo.mercadolibre.example.com.ar/MLA-1402345678-zapatillas-running-hombre",
        shell(
            "Zapatillas Running Hombre Pro",
            "<div class='ui-pdp-container'><div class='ui-pdp-gallery'><figure class='ui-pdp-gallery__figure'><img class='ui-pdp-image ui-pdp-gallery__figure__image' src='https://http2.mlstatic.example/D_NQ_NP_2X_912345-MLA1_012024-F.webp' alt='Zapatillas Running Hombre Pro'></figure></div>"
            "<div class='ui-pdp-header'><span class='ui-pdp-subtitle'>Nuevo | +1000 vendidos</span><h1 class='ui-pdp-title'>Zapatillas Running Hombre Pro</h1></div>"
            "<div class='ui-pdp-price'><s class='andes-money-amount andes-money-amount--previous' aria-label='Antes: 89999 pesos'><span class='andes-money-amount__currency-symbol'>$</span><span class='andes-money-amount__fraction'>89.999</span></s>"
            "<span class='andes-money-amount ui-pdp-price__part' aria-label='62999 pesos'><span class='andes-money-amount__currency-symbol'>$</span><span class='andes-money-amount__fraction'>62.999</span></span><span class='ui-pdp-price__second-line__label'>30% OFF</span>"
            "<p class='ui-pdp-price__subtitles'>Mismo precio en 6 cuotas de <span class='andes-money-amount'><span class='andes-money-amount__currency-symbol'>$</span><span class='andes-money-amount__fraction'>10.499</span><span class='andes-money-amount__cents'>83</span></span></p></div>"
            "<form class='ui-pdp-buybox'><button class='andes-button'>Comprar ahora</button><button class='andes-button'>Agregar al carrito</button></form></div>",
            "es",
            "Mercado Libre",
        ),
        62999.0,
        "ARS",
    ),
    (
        "rakuten-tax-included-points-regular",
        "https://item.rakuten.example.co.jp/kitchen-shop/10001234/",
        shell(
            "【送料無料】南部鉄器 急須 0.65L",
            "<div class='item-page'><div class='image-gallery'><img src='https://shop.r10s.example/kitchen-shop/cabinet/nanbu/kyusu-065-1.jpg' alt='南部鉄器 急須 0.65L'></div>"
            "<div class='item-info'><h1 class='item_name'>【送料無料】南部鉄器 急須 0.65L 岩鋳 ブラック</h1>"
            "<div class='price2'><span class='price--OX_YW'>6,380円</span><span class='tax'>（税込）</span> <span class='shipping'>送料無料</span></div>"
            "<div class='point-summary'>63ポイント（1倍）</div><div class='price-before'>通常価格 7,480円</div>"
            "<button class='cart-button'>かごに追加</button></div></div>",
            "ja",
            "キッチンショップ",
        ),
        6380.0,
        "JPY",
    ),
    (
        "allegro-split-price-lowest-30-days-instalments",
        "https://allegro.example.pl/oferta/czajnik-elektryczny-philips-hd9350-12345678901",
        shell(
            "Czajnik elektryczny Philips HD9350 1,7 l",
            "<div class='offer'><div class='gallery'><img src='https://a.allegroimg.example/original/11a/czajnik-philips-hd9350.jpg' alt='Czajnik elektryczny Philips HD9350 1,7 l'></div>"
            "<div class='offer-details'><h1 class='mp4t_0'>Czajnik elektryczny Philips HD9350 1,7 l 2200 W srebrny</h1>"
            "<div aria-label='cena 149,99 zł'><span>149,</span><span>99</span> <span>zł</span></div>"
            "<div class='lowest'>Najniższa cena z 30 dni przed obniżką: 169,99 zł</div>"
            "<div class='installments'>x 15 rat 10,00 zł</div><div class='delivery'>darmowa dostawa z Smart!</div>"
            "<button class='m-button'>Dodaj do koszyka</button></div></div>",
            "pl",
            "Allegro",
        ),
        149.99,
        "PLN",
    ),
]


# a second probe of 10 pages (India, Brazil, Turkey, Indonesia, Vietnam, Saudi Arabia, Mexico, Thailand, Israel,
# the Philippines), written before reading the price code again: 3 failed at first look (see the module docstring)
PAGES2: list[tuple[str, str, str, float, str]] = [
    (
        "in-flipkart-fee-bank-offer",
        "https://www.flipkart.example/boat-rockerz-450/p/itm123",
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>boAt Rockerz 450 Bluetooth Headset | Flipkart</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Flipkart'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='_1YokD2'><div class='_3kidJX'><img class='_396cs4 _2amPTt _3qGmMb' src='https://rukminim2.flixcart.example/image/416/416/kfz/headphone/rockerz-450-original.jpeg' alt='boAt Rockerz 450 Bluetooth Headset'></div>\n<div class='aMaAEs'><h1 class='yhB1nd'><span class='B_NuCI'>boAt Rockerz 450 Bluetooth Headset&nbsp;&nbsp;(Luscious Black, On the Ear)</span></h1>\n<div class='_3LWZlK'>4.1</div><span class='_2_R_DZ'>4,52,311 Ratings &amp; 31,250 Reviews</span>\n<div class='_25b18c'><div class='_30jeq3 _16Jk6d'>₹1,499</div><div class='_3I9_wc _2p6lqe'>₹3,990</div><div class='_3Ay6Sb _31Dcoz'><span>62% off</span></div></div>\n<div class='_3TT44I'>+ ₹49 Secured Packaging Fee</div>\n<div class='XqNaEv'>Bank Offer 10% off on HDFC Bank Credit Card EMI Transactions, up to ₹1,000 on orders of ₹5,000 and above</div>\n<button class='_2KpZ6l _2U9uOA _3v1-ww'>ADD TO CART</button></div></div></main><footer class='site-footer'><p>© 2025 Flipkart</p></footer></body></html>",
        1499.0,
        "INR",
    ),
    (
        "br-magalu-installments-pix",
        "https://www.magazineluiza.example.com.br/air-fryer-mondial-4l/p/236525800/ep/fry/",
        "<!doctype html><html lang='pt-BR'><head><meta charset='utf-8'><title>Air Fryer Mondial 4L AFN-40-BI | Magalu</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Magalu'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='product'><div class='gallery'><img src='https://a-static.mlcdn.example.com.br/800x560/air-fryer-mondial-4l/236525800/abc.jpg' alt='Air Fryer Mondial 4L AFN-40-BI'></div>\n<div class='info'><h1 data-testid='heading-product-title'>Fritadeira Elétrica sem Óleo Air Fryer Mondial 4L AFN-40-BI Preta</h1>\n<div data-testid='price-original'>R$ 499,00</div>\n<div data-testid='price-value'>R$ 349,90</div>\n<div data-testid='installment'>ou 10x de R$ 34,99 sem juros</div>\n<div data-testid='price-pix'>R$ 314,91 no Pix (10% de desconto)</div>\n<button data-testid='bagButton'>Adicionar à sacola</button></div></div></main><footer class='site-footer'><p>© 2025 Magalu</p></footer></body></html>",
        349.9,
        "BRL",
    ),
    (
        "tr-trendyol-basket-campaign",
        "https://www.trendyol.example/philips/airfryer-hd9252-p-123456",
        "<!doctype html><html lang='tr'><head><meta charset='utf-8'><title>Philips Airfryer HD9252/90 | Trendyol</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Trendyol'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='product-container'><div class='gallery-container'><img src='https://cdn.dsmcdn.example/ty500/product/media/images/hd9252_org_zoom.jpg' alt='Philips Airfryer HD9252/90'></div>\n<div class='product-detail-container'><h1 class='pr-new-br'><a href='/philips-x-b123'>Philips</a> <span>Airfryer Essential HD9252/90 4.1 L</span></h1>\n<div class='product-price-container'><div class='pr-bx-w'><span class='prc-org'>3.499,00 TL</span><span class='prc-dsc'>2.799,00 TL</span></div></div>\n<div class='campaign'>Sepette %10 İndirim: 2.519,10 TL</div>\n<div class='shipping'>Kargo Bedava · 150 TL ve üzeri</div>\n<button class='add-to-basket'>Sepete Ekle</button></div></div></main><footer class='site-footer'><p>© 2025 Trendyol</p></footer></body></html>",
        2799.0,
        "TRY",
    ),
    (
        "id-tokopedia-testids-shipping-fee",
        "https://www.tokopedia.example/tokoaudio/headset-gaming-rexus-hx20",
        "<!doctype html><html lang='id'><head><meta charset='utf-8'><title>Headset Gaming Rexus HX20 | Tokopedia</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Tokopedia'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='css-1c5uztr'><div data-testid='PDPMainImage'><img src='https://images.tokopedia.example/img/cache/700/VqbcmM/2024/1/hx20-1.jpg' alt='Headset Gaming Rexus HX20'></div>\n<div class='css-856ghu'><h1 data-testid='lblPDPDetailProductName'>Headset Gaming Rexus HX20 Stereo RGB</h1>\n<div data-testid='lblPDPDetailProductSoldCounter'>Terjual 2 rb+</div>\n<div class='price' data-testid='lblPDPDetailProductPrice'>Rp189.000</div>\n<div data-testid='lblPDPDetailOriginalPrice'><span>Rp259.000</span></div><span data-testid='lblPDPDetailDiscountPercentage'>27%</span>\n<div data-testid='pdpShipmentFee'>Ongkir mulai Rp9.000</div>\n<button data-testid='pdpBtnNormalPrimary'>+ Keranjang</button></div></div></main><footer class='site-footer'><p>© 2025 Tokopedia</p></footer></body></html>",
        189000.0,
        "IDR",
    ),
    (
        "vn-shopee-no-heading-unnamed-prices",
        "https://shopee.example.vn/Noi-chien-khong-dau-Lock-Lock-5.2L-i.123.456",
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>Nồi chiên không dầu Lock&Lock 5.2L | Shopee</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Shopee'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='product-briefing'><div class='gallery'><div class='center' style=\"background-image: url('https://down-vn.img.susercontent.example/file/vn-11134207-lockandlock.jpg')\"></div><img src='https://down-vn.img.susercontent.example/file/vn-11134207-lockandlock.jpg' alt='Nồi chiên không dầu Lock&amp;Lock 5.2L'></div>\n<section class='flex-auto'><div class='WBVL_7'><span>Nồi chiên không dầu Lock&amp;Lock 5.2L EJF357BLK</span></div>\n<div class='flex items-center'><div class='qg2n76'>₫2.190.000</div><div class='IZPeQz'>₫1.590.000</div><div class='vms4_3'>27% giảm</div></div>\n<div class='shop-voucher'>Giảm ₫50k</div>\n<div class='shipping'>Miễn phí vận chuyển cho đơn từ ₫0</div>\n<button class='btn btn-tinted'>thêm vào giỏ hàng</button><button class='btn btn-solid-primary'>Mua ngay</button></section></div></main><footer class='site-footer'><p>© 2025 Shopee</p></footer></body></html>",
        1590000.0,
        "VND",
    ),
    (
        "sa-noon-was-now-saving-tabby",
        "https://www.noon.example/saudi-ar/galaxy-buds-fe/N53412345A/p/",
        "<!doctype html><html lang='ar'><head><meta charset='utf-8'><title>سماعات سامسونج جالاكسي بودز FE | نون</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='نون'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='productContainer'><div class='imageGallery'><img src='https://f.nooncdn.example/p/v1690000000/N53412345A_1.jpg' alt='سماعات سامسونج جالاكسي بودز FE'></div>\n<div class='coreWrapper'><div class='brand'>سامسونج</div><h1 data-qa='pdp-name-N53412345A'>سماعات سامسونج جالاكسي بودز FE لاسلكية، أبيض</h1>\n<div class='priceWrapper'><div class='priceWas'>كان: <span class='oldPrice'>\u200f449.00 ر.س.\u200f</span></div>\n<div class='priceNow' data-qa='div-price-now'>الآن: <span class='amount'>299.00</span> <span class='currency'>ر.س.</span></div>\n<div class='priceSaving'>وفر: 150.00 ر.س. 33% خصم</div></div>\n<div class='tabby'>أو قسّمها على 4 دفعات شهرية بقيمة 74.75 ر.س.</div>\n<button class='addToCart'>أضف إلى العربة</button></div></div></main><footer class='site-footer'><p>© 2025 نون</p></footer></body></html>",
        299.0,
        "SAR",
    ),
    (
        "mx-liverpool-discount-price-msi",
        "https://www.liverpool.example.com.mx/tienda/pdp/pantalla-samsung-55-crystal-uhd/1140000000",
        "<!doctype html><html lang='es-MX'><head><meta charset='utf-8'><title>Pantalla Samsung 55 Crystal UHD 4K | Liverpool</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Liverpool'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='o-product__detail'><div class='o-product__gallery'><img src='https://ss.liverpool.example.com.mx/xl/1140000000.jpg' alt='Pantalla Samsung 55 Crystal UHD 4K'></div>\n<div class='o-product__description'><h1 class='a-product__information--title'>Pantalla Samsung 55 Pulgadas Crystal UHD 4K UN55DU7000FXZX</h1>\n<p class='a-product__paragraphRegularPrice'>$12,999.00</p>\n<p class='a-product__paragraphDiscountPrice'>$8,499<sup>00</sup></p>\n<p class='a-product__paragraphPrice--msi'>Hasta 18 MSI de $472.17</p>\n<p class='a-product__monederoText'>Recibe $849.90 en Monedero Liverpool</p>\n<button class='a-btn a-btn--primary'>Agregar a mi bolsa</button></div></div></main><footer class='site-footer'><p>© 2025 Liverpool</p></footer></body></html>",
        8499.0,
        "MXN",
    ),
    (
        "th-lazada-deleted-price",
        "https://www.lazada.example.co.th/products/xiaomi-robot-vacuum-e10-i4123.html",
        "<!doctype html><html lang='th'><head><meta charset='utf-8'><title>Xiaomi Robot Vacuum E10 | Lazada</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Lazada'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div id='module_item_gallery_1'><div class='gallery-preview-panel'><img class='pdp-mod-common-image gallery-preview-panel__image' src='https://th-test-11.slatic.example/p/xiaomi-e10.jpg_720x720q80.jpg' alt='Xiaomi Robot Vacuum E10'></div></div>\n<div id='module_product_title_1'><h1 class='pdp-mod-product-badge-title'>Xiaomi Robot Vacuum E10 หุ่นยนต์ดูดฝุ่น แรงดูด 4000Pa</h1></div>\n<div id='module_product_price_1'><div class='pdp-product-price'><span class='notranslate pdp-price pdp-price_type_normal pdp-price_color_orange pdp-price_size_xl'>฿3,490</span>\n<div class='origin-block'><span class='notranslate pdp-price pdp-price_type_deleted pdp-price_color_lightgray pdp-price_size_xs'>฿6,990</span><span class='pdp-product-price__discount'>-50%</span></div></div></div>\n<div id='module_add_to_cart'><button class='add-to-cart-buy-now-btn'>ซื้อเลย</button><button class='add-to-cart-buy-now-btn'>เพิ่มลงรถเข็น</button></div></main><footer class='site-footer'><p>© 2025 Lazada</p></footer></body></html>",
        3490.0,
        "THB",
    ),
    (
        "il-ksp-previous-price-payments",
        "https://ksp.example.co.il/web/item/281234",
        "<!doctype html><html lang='he'><head><meta charset='utf-8'><title>אוזניות Apple AirPods Pro 2 | KSP</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='KSP'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='item-page'><div class='gallery'><img src='https://ksp.example.co.il/shop/items/512/281234.jpg' alt='אוזניות Apple AirPods Pro 2'></div>\n<div class='details'><h1>אוזניות Apple AirPods Pro 2 USB-C</h1>\n<div class='price'><span class='current'>₪899</span> <span class='old'>מחיר קודם ₪1,099</span></div>\n<div class='payments'>עד 12 תשלומים של ₪74.92</div>\n<button class='add-to-cart'>הוספה לסל</button></div></div></main><footer class='site-footer'><p>© 2025 KSP</p></footer></body></html>",
        899.0,
        "ILS",
    ),
    (
        "ph-lazada-delivery-fee",
        "https://www.lazada.example.com.ph/products/instant-pot-duo-i999.html",
        "<!doctype html><html lang='en-PH'><head><meta charset='utf-8'><title>Instant Pot Duo 6qt | Lazada</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Lazada'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='pdp-block'><div class='gallery-preview-panel'><img src='https://ph-live.slatic.example/p/instant-pot-duo.jpg' alt='Instant Pot Duo 6qt'></div>\n<h1 class='pdp-mod-product-badge-title'>Instant Pot Duo 7-in-1 Electric Pressure Cooker 6 Quart</h1>\n<div class='pdp-product-price'><span class='pdp-price pdp-price_type_normal'>₱4,999.00</span><span class='pdp-price pdp-price_type_deleted'>₱8,495.00</span><span class='pdp-product-price__discount'>-41%</span></div>\n<div class='delivery'>Standard Delivery ₱ 58</div>\n<button class='add-to-cart-buy-now-btn'>Add to Cart</button></div></main><footer class='site-footer'><p>© 2025 Lazada</p></footer></body></html>",
        4999.0,
        "PHP",
    ),
]


# the two kinds the Liverpool page showed, each on a page of its own (each failed without its rule)
_LIVERPOOL = next(p for p in PAGES2 if p[0] == "mx-liverpool-discount-price-msi")
PAGES2 += [
    (
        # "Hasta 18 MSI de $472.17" (months without interest) written above the price
        "mx-msi-line-above-the-price",
        _LIVERPOOL[1],
        _LIVERPOOL[2]
        .replace("a-product__paragraphDiscountPrice", "a-product__paragraphPrice--current")
        .replace("<p class='a-product__paragraphPrice--msi'>Hasta 18 MSI de $472.17</p>", "")
        .replace(
            "<p class='a-product__paragraphRegularPrice'>",
            "<p class='a-product__paragraphPrice--msi'>Hasta 18 MSI de $472.17</p><p class='a-product__paragraphRegularPrice'>",
        ),
        8499.0,
        "MXN",
    ),
    (
        # a "discount price" is the price after the discount, beside the normal one
        "th-discount-price-named-current",
        "https://www.shop.example.th/p/xiaomi-smart-band-9",
        shell(
            "Xiaomi Smart Band 9",
            "<div class='pdp'><div class='gallery'><img src='https://cdn.shop.example.th/p/band9-1.jpg' alt='Xiaomi Smart Band 9'></div>"
            "<div class='pdp-info'><h1 class='pdp-title'>Xiaomi Smart Band 9 สายรัดข้อมืออัจฉริยะ</h1>"
            "<div class='prices'><span class='discount-price'>฿1,290</span> <span class='normal-price'>฿1,590</span> "
            "<span class='discount-rate'>-19%</span></div>"
            "<div class='coins'>รับ 13 Coins</div><button class='buy-now'>ซื้อเลย</button></div></div>",
            "th",
            "Shop",
        ),
        1290.0,
        "THB",
    ),
]


# a third probe (Coupang, Kaspi, Wildberries, PChome, Skroutz, Alza, eMAG, Takealot, Jumia; and Falabella, left out:
# its card price marked only by a card logo, which a person might take for the price or not): 0 of these 9
# failed at first look; they pin what the shapes read
PAGES2 += [
    (
        "kr-coupang-coupon-price-after",
        "https://www.coupang.example/vp/products/7335597976?itemId=18786672345",
        "<!doctype html><html lang='ko'><head><meta charset='utf-8'><title>삼성전자 갤럭시 버즈3 프로 | 쿠팡</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='쿠팡'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='prod-atf'><div class='prod-image'><div class='prod-image__items'><img class='prod-image__detail' src='//thumbnail6.coupangcdn.example/thumbnails/remote/492x492ex/image/retail/images/buds3pro.jpg' alt='삼성전자 갤럭시 버즈3 프로'></div></div>\n<div class='prod-buy'><div class='prod-buy-header'><a class='prod-brand-name' href='/np/products/brand-shop?brandName=삼성전자'>삼성전자</a><h2 class='prod-buy-header__title'>삼성전자 갤럭시 버즈3 프로 SM-R630N</h2></div>\n<div class='prod-price'><div class='prod-origin-price'><span class='discount-rate'>19%</span><span class='origin-price'>319,000원</span></div>\n<div class='prod-sale-price'><span class='total-price'><strong>258,000<span class='price-unit'>원</span></strong></span></div>\n<div class='prod-coupon-price'><span class='total-price'><strong>245,100원</strong></span><span class='price-info'>쿠폰할인가</span></div></div>\n<div class='prod-shipping-fee'>무료배송</div><div class='prod-pdd'>내일(목) 도착 보장</div>\n<button class='prod-cart-btn'>장바구니 담기</button><button class='prod-buy-btn'>바로구매</button></div></div></main><footer class='site-footer'><p>© 2025 쿠팡</p></footer></body></html>",
        258000.0,
        "KRW",
    ),
    (
        "kz-kaspi-credit-and-sellers-table",
        "https://kaspi.example.kz/shop/p/apple-iphone-15-128gb-chernyi-113137790/",
        "<!doctype html><html lang='ru'><head><meta charset='utf-8'><title>Apple iPhone 15 128Gb черный | Kaspi</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Kaspi'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='item'><div class='item__slider'><div class='item__slider-pic-wrapper'><img class='item__slider-pic' src='https://resources.kaspi.example.kz/img/m/p/h8d/iphone15-black-1.jpg?format=gallery-large' alt='Apple iPhone 15 128Gb черный'></div></div>\n<div class='item__info'><h1 class='item__heading'>Apple iPhone 15 128Gb черный</h1><div class='item__sku'>Код товара: 113137790</div>\n<div class='item__price'><div class='item__price-once'>429 990 ₸</div><div class='item__price-credit'><span class='item__price-credit-value'>35 833 ₸</span> x 12 мес</div></div>\n<div class='item__bonus'>+ 4 300 Б</div>\n<div class='sellers-table'><table><tr><td><a href='/shop/info/merchant/1'>Sulpak</a></td><td>429 990 ₸</td><td><button>Выбрать</button></td></tr><tr><td><a href='/shop/info/merchant/2'>Technodom</a></td><td>434 490 ₸</td><td><button>Выбрать</button></td></tr></table></div>\n<button class='button item__btn'>Добавить в корзину</button></div></div></main><footer class='site-footer'><p>© 2025 Kaspi</p></footer></body></html>",
        429990.0,
        "KZT",
    ),
    (
        "ru-wildberries-wallet-price",
        "https://www.wildberries.example/catalog/178942130/detail.aspx",
        "<!doctype html><html lang='ru'><head><meta charset='utf-8'><title>Кроссовки Puma Smash v2 | Wildberries</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Wildberries'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='product-page'><div class='product-page__slider'><div class='zoom-image-container'><img src='https://basket-12.wbbasket.example/vol1789/part178942/178942130/images/big/1.webp' alt='Кроссовки Puma Smash v2'></div></div>\n<div class='product-page__header'><span class='product-page__header-brand'>PUMA</span><h1 class='product-page__title'>Кроссовки Smash v2</h1></div>\n<div class='product-page__price-block'><ins class='price-block__final-price wallet'>4 590 ₽</ins><del class='price-block__old-price'>9 990 ₽</del>\n<span class='price-block__wallet-price'>4 452 ₽ с WB Кошельком</span></div>\n<button class='btn-main'>Добавить в корзину</button></div></main><footer class='site-footer'><p>© 2025 Wildberries</p></footer></body></html>",
        4590.0,
        "RUB",
    ),
    (
        "tw-pchome-suggested-and-web-price",
        "https://24h.pchome.example.com.tw/prod/DYAJAL-A900GDKX0",
        "<!doctype html><html lang='zh-TW'><head><meta charset='utf-8'><title>Dyson V12 Detect Slim 輕量智慧吸塵器 | PChome 24h購物</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='PChome 24h購物'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div id='ProdInfo'><div class='prod_img'><img src='https://cs-a.ecimg.example.tw/items/DYAJAL900GDKX/000001_1690000000.jpg' alt='Dyson V12'></div>\n<div class='prod_info'><h1 id='NickContainer'>Dyson V12 Detect Slim 輕量智慧吸塵器 (金色)</h1><h2 class='slogan'>★限時下殺★ 送收納架</h2>\n<ul class='price'><li class='o-prodPrice__originalPrice'>建議售價<span>$23,900</span></li><li class='o-prodPrice__price'>網路價<span class='value'>$19,900</span></li></ul>\n<div class='coupon'>滿 $10,000 折 $500</div>\n<button class='o-btn o-btn--primary'>加入購物車</button></div></div></main><footer class='site-footer'><p>© 2025 PChome 24h購物</p></footer></body></html>",
        19900.0,
        "TWD",
    ),
    (
        "gr-skroutz-from-price-shop-cards",
        "https://www.skroutz.example.gr/s/48234567/Philips-Series-3000-HD9252.html",
        "<!doctype html><html lang='el'><head><meta charset='utf-8'><title>Philips HD9252/90 Air Fryer 4.1lt Μαύρο | Skroutz</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Skroutz'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='sku-wrapper'><div class='sku-images'><img src='https://a.scdn.example.gr/images/sku_main_images/048234/48234567/medium_HD9252.jpeg' alt='Philips HD9252/90'></div>\n<div class='sku-info'><h1 class='page-title'>Philips HD9252/90 Air Fryer 4.1lt Μαύρο</h1>\n<div class='sku-reviews'>4,7 (312 αξιολογήσεις)</div>\n<div class='price-box'><span class='price-title'>Από</span> <strong class='dominant-price'>84,90 €</strong> <span class='shops-count'>σε 23 καταστήματα</span></div>\n<ol class='list cf-list'><li class='card js-product-card'><div class='shop-name'>Κωτσόβολος</div><div class='price'>89,00 €</div><a class='btn-buy' href='/products/show/1'>Στο κατάστημα</a></li>\n<li class='card js-product-card'><div class='shop-name'>Public</div><div class='price'>84,90 €</div><a class='btn-buy' href='/products/show/2'>Στο κατάστημα</a></li></ol></div></div></main><footer class='site-footer'><p>© 2025 Skroutz</p></footer></body></html>",
        84.9,
        "EUR",
    ),
    (
        "cz-alza-dash-price-net-and-usual",
        "https://www.alza.example.cz/lego-technic-42151-bugatti-bolide-d7382233.htm",
        "<!doctype html><html lang='cs'><head><meta charset='utf-8'><title>LEGO® Technic 42151 Bugatti Bolide | Alza.cz</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Alza.cz'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div id='detailPage'><div class='detail-page-gallery'><img src='https://image.alza.example.cz/products/LEGO42151/LEGO42151.jpg?width=500&amp;height=500' alt='LEGO Technic 42151 Bugatti Bolide'></div>\n<div class='detail-page-info'><h1 itemprop='name'>LEGO® Technic 42151 Bugatti Bolide</h1><div class='codes'>Kód: LEGO42151</div>\n<div class='price-box'><span class='price-box__price'>1 199,-</span><span class='price-box__price-vat'>bez DPH 990,91 Kč</span><span class='price-box__compare-price'>Běžná cena 1 499 Kč</span></div>\n<div class='avail'><span class='avlVal avl3'>Skladem &gt; 5 ks</span></div>\n<button class='btnk1 js-buy-button'>Do košíku</button></div></div></main><footer class='site-footer'><p>© 2025 Alza.cz</p></footer></body></html>",
        1199.0,
        "CZK",
    ),
    (
        "ro-emag-sup-decimals-prp-and-rates",
        "https://www.emag.example.ro/telefon-mobil-samsung-galaxy-a35-5g-256gb/pd/DWHMXLYBM/",
        "<!doctype html><html lang='ro'><head><meta charset='utf-8'><title>Telefon mobil Samsung Galaxy A35 5G 256GB | eMAG</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='eMAG'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='page-container'><div class='product-gallery'><a class='thumbnail product-gallery-image' href='https://s13emagst.akamaized.example/products/64000/63999999/images/res_a35_1.jpg'><img src='https://s13emagst.akamaized.example/products/64000/63999999/images/res_a35_1.jpg?width=450&amp;height=450' alt='Telefon mobil Samsung Galaxy A35'></a></div>\n<div class='product-page-pricing'><h1 class='page-title'>Telefon mobil Samsung Galaxy A35, Dual SIM, 8GB RAM, 256GB, 5G, Awesome Navy</h1>\n<p class='product-old-price'><s>1.899<sup>99</sup> <span>Lei</span></s> <span class='product-this-deal'>-21%</span></p>\n<p class='product-new-price has-deal'>1.499<sup>99</sup> <span>Lei</span></p>\n<p class='product-lowest-price'>PRP: 1.599,99 Lei</p>\n<div class='rate'>Rate de la 125<sup>00</sup> Lei/lună</div>\n<button class='btn btn-xl btn-primary btn-emag yeahIWantThisProduct'>Adaugă în Coș</button></div></div></main><footer class='site-footer'><p>© 2025 eMAG</p></footer></body></html>",
        1499.99,
        "RON",
    ),
    (
        "za-takealot-list-price-and-payflex",
        "https://www.takealot.example/samsung-galaxy-a15-128gb/PLID94123456",
        "<!doctype html><html lang='en-ZA'><head><meta charset='utf-8'><title>Samsung Galaxy A15 128GB | Takealot</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Takealot'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='pdp-main-panel'><div class='image-gallery'><img src='https://media.takealot.example/covers_images/abc123/s-pdpxl.file' alt='Samsung Galaxy A15 128GB'></div>\n<div class='pdp-module'><h1 class='product-title'>Samsung Galaxy A15 128GB Dual Sim - Blue Black</h1>\n<div class='buybox-module_price'><span class='currency plus currency-module_currency'>R 3,499</span><span class='buybox-module_list-price'>List Price R 4,299</span></div>\n<div class='ebucks'>eB35,000</div><div class='payflex'>or 4 x interest-free payments of R 874.75</div>\n<button class='button add-to-cart-button'>Add to Cart</button></div></div></main><footer class='site-footer'><p>© 2025 Takealot</p></footer></body></html>",
        3499.0,
        "ZAR",
    ),
    (
        "ng-jumia-lazy-gallery-shipping-note",
        "https://www.jumia.example.com.ng/oraimo-freepods-4-anc-true-wireless-earbuds-273445431.html",
        "<!doctype html><html lang='en-NG'><head><meta charset='utf-8'><title>Oraimo FreePods 4 ANC True Wireless Earbuds | Jumia Nigeria</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Jumia Nigeria'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<main class='-pvs'><div class='col10'><div class='sldr'><a href='https://ng.jumia.example/unsafe/fit-in/680x680/product/13/4544372/1.jpg'><img class='-fw -fh' data-src='https://ng.jumia.example/unsafe/fit-in/500x500/product/13/4544372/1.jpg' src='data:image/svg+xml;base64,PHN2Zy8+' alt='Oraimo FreePods 4'></a></div>\n<div class='-df -d-co'><h1 class='-fs20 -pts -pbxs'>Oraimo FreePods 4 ANC True Wireless Earbuds</h1><div class='-fs14 -pvxs'>Brand: <a href='/oraimo/'>Oraimo</a> | <a href='/oraimo/'>Similar products from Oraimo</a></div>\n<div class='-hr -mtxs -pvs'><span class='-b -ubpt -tal -fs24 -prxs'>₦ 32,900</span><span class='-tal -gy5 -lthr -fs16 -pvxs -ubpt'>₦ 45,000</span><span class='bdg _dsct _dyn -mls'>27%</span></div>\n<p class='-fs12 -pvs'>+ shipping from ₦ 660 to LEKKI-AJAH (SANGOTEDO)</p>\n<form><button class='add btn _prim -pea _i -fw'>Add to cart</button></form></div></div></main></main><footer class='site-footer'><p>© 2025 Jumia Nigeria</p></footer></body></html>",
        32900.0,
        "NGN",
    ),
]


XFAIL: dict[str, str] = {}


def _omnibus_page(lang: str, shop: str, title: str, regular: str, now: str, note: str) -> str:
    """A Magento-like product page of an EU shop: the old price above the current one (labelled with
    the market's regular-price words) and the lowest-price-of-30-days note under it, higher than the
    current price as the directive's note usually is once a sale starts."""
    return shell(
        title,
        f"<div class='product-view'><div class='product-media'><img src='https://cdn.{shop}.example/media/catalog/product/p-1.jpg' alt='{title}'></div>"
        f"<div class='product-info-main'><h1 class='page-title'><span class='base'>{title}</span></h1>"
        f"<div class='price-box'><span class='old-price-label'>{regular}</span>"
        f"<span class='price-wrapper'><span class='price'>{now}</span></span>"
        f"<div class='price-lowest'>{note}</div></div>"
        "<button class='action primary tocart'>🛒</button></div></div>",
        lang,
        shop,
    )


# (id, lang, regular-price label with its amount, current price text, note, price, currency)
OMNIBUS: list[tuple[str, str, str, str, str, float, str]] = [
    ("pt", "pt", "<s>89,90 €</s>", "69,90 €", "Preço mais baixo nos últimos 30 dias: 74,90 €", 69.90, "EUR"),
    (
        "cs",
        "cs",
        "Původní cena: 2 490 Kč",
        "1 990 Kč",
        "Nejnižší cena za posledních 30 dní: 2 190 Kč",
        1990.0,
        "CZK",
    ),
    (
        "sk",
        "sk",
        "Pôvodná cena: 89,99 €",
        "69,99 €",
        "Najnižšia cena za posledných 30 dní: 79,99 €",
        69.99,
        "EUR",
    ),
    ("sl", "sl", "Redna cena: 49,99 €", "39,99 €", "Najnižja cena v zadnjih 30 dneh: 44,99 €", 39.99, "EUR"),
    (
        "hr",
        "hr",
        "Redovna cijena: 59,99 €",
        "44,99 €",
        "Najniža cijena u posljednjih 30 dana: 49,99 €",
        44.99,
        "EUR",
    ),
    (
        "ro",
        "ro",
        "Preț vechi: 499,99 lei",
        "379,99 lei",
        "Cel mai mic preț din ultimele 30 de zile: 429,99 lei",
        379.99,
        "RON",
    ),
    (
        "hu",
        "hu",
        "Eredeti ár: 24 990 Ft",
        "19 990 Ft",
        "Legalacsonyabb ár az elmúlt 30 napban: 21 990 Ft",
        19990.0,
        "HUF",
    ),
    (
        "bg",
        "bg",
        "Стара цена: 129,00 лв.",
        "99,00 лв.",
        "Най-ниска цена за последните 30 дни: 109,00 лв.",
        99.0,
        "BGN",
    ),
    ("el", "el", "<s>59,90 €</s>", "44,90 €", "Χαμηλότερη τιμή τελευταίων 30 ημερών: 49,90 €", 44.90, "EUR"),
    ("sv", "sv", "Ord. pris 1 299 kr", "999 kr", "Lägsta pris senaste 30 dagarna: 1 099 kr", 999.0, "SEK"),
    ("da", "da", "Før 899,00 kr.", "649,00 kr.", "Laveste pris de seneste 30 dage: 699,00 kr.", 649.0, "DKK"),
    (
        "fi",
        "fi",
        "<s>129,00 €</s>",
        "99,00 €",
        "Alin hinta viimeisen 30 päivän aikana: 109,00 €",
        99.0,
        "EUR",
    ),
    ("et", "et", "<s>79,00 €</s>", "59,00 €", "Madalaim hind viimase 30 päeva jooksul: 64,00 €", 59.0, "EUR"),
    ("lv", "lv", "<s>69,99 €</s>", "49,99 €", "Zemākā cena pēdējo 30 dienu laikā: 54,99 €", 49.99, "EUR"),
    ("lt", "lt", "<s>39,99 €</s>", "29,99 €", "Mažiausia kaina per 30 dienų: 34,99 €", 29.99, "EUR"),
    # the note equal to the current price (no sale): the price stays (must-not-fire)
    ("hr-equal-keep", "hr", "", "44,99 €", "Najniža cijena u posljednjih 30 dana: 44,99 €", 44.99, "EUR"),
]

# (id, price box markup, price, currency)
CONVERSION: list[tuple[str, str, float, str]] = [
    # Bulgaria's dual display before the euro (2025-2026): leva first, euros after a slash
    (
        "bg-leva-then-euro-after-slash",
        "<div class='price-box'><span class='price'>29,99 лв.</span> <span class='price price-eur'>/ 15,33 €</span></div>",
        29.99,
        "BGN",
    ),
    # a shop abroad showing an approximate amount in the shopper's currency
    (
        "usd-then-approx-eur",
        "<div class='product-price'><span class='price'>US$45.00</span> <span class='price-converted'>≈ €41.60</span></div>",
        45.0,
        "USD",
    ),
    # the same currency in parentheses is no conversion: a price with its tax-free amount stays read
    # as the shop labels it (must-not-fire)
    (
        "same-currency-in-parentheses-keep",
        "<div class='product-price'><span class='price'>24,99 €</span> <span class='price-note'>(inkl. MwSt.)</span></div>",
        24.99,
        "EUR",
    ),
]


def _check(html: str, url: str, price: float, currency: str) -> None:
    got = extract_product(html, url)
    assert got is not None, "no listing"
    assert got["price"] is not None and abs(got["price"] - price) < 0.005, (got["price"], got["currency"])
    assert got["currency"] == currency, got["currency"]


@pytest.mark.parametrize(
    ("url", "html", "price", "currency"),
    [
        pytest.param(
            *p[1:],
            id=p[0],
            marks=[pytest.mark.xfail(strict=True, reason=XFAIL[p[0]])] if p[0] in XFAIL else [],
        )
        for p in PAGES + PAGES2
    ],
)
def test_market_pages_read_the_price_shown(url: str, html: str, price: float, currency: str) -> None:
    _check(html, url, price, currency)


@pytest.mark.parametrize("case", OMNIBUS, ids=[c[0] for c in OMNIBUS])
def test_lowest_price_of_30_days_and_regular_price_labels(case: tuple) -> None:
    _id, lang, regular, now, note, price, currency = case
    html = _omnibus_page(lang, "eushop", "Termoska 0,75 l", regular, now, note)
    _check(html, f"https://www.eushop.example/{lang}/termoska-075", price, currency)


@pytest.mark.parametrize("case", CONVERSION, ids=[c[0] for c in CONVERSION])
def test_an_amount_converted_to_another_currency_is_not_the_price(case: tuple) -> None:
    _id, box, price, currency = case
    html = shell(
        "Thermo Flask 0.75 l",
        "<div class='product'><div class='product-gallery'><img src='https://cdn.shop.example/p/flask-1.jpg' alt='Thermo Flask 0.75 l'></div>"
        f"<div class='product-info'><h1 class='product-title'>Thermo Flask 0.75 l</h1>{box}"
        "<button class='add-to-cart'>Add to cart</button></div></div>",
        "en",
        "Shop",
    )
    _check(html, "https://www.shop.example/p/thermo-flask", price, currency)


# page.doc_title_element (fixes vn-shopee-no-heading-unnamed-prices): pages that must still give no listing.
# Both passed before the rule (c47abc1).
NOT_PRODUCT: list[tuple[str, str, str]] = [
    (
        "category-of-cards-named-like-the-title",
        "https://shopee.example.vn/Noi-chien-khong-dau-cat.11036670.11036671",
        shell(
            "Nồi chiên không dầu",
            "<div class='shopee-search-item-result'><div class='row shopee-search-item-result__items'>"
            + "".join(
                f"<div class='col-xs-2-4 shopee-search-item-result__item'><a href='/Noi-chien-khong-dau-{i}-i.1.{i}'>"
                f"<img src='https://down-vn.img.susercontent.example/file/cat-{i}.jpg' alt=''>"
                f"<div class='ie3A+n'>Nồi chiên không dầu {m}</div><div class='ZEgDH9'>₫{p}</div></a></div>"
                for i, (m, p) in enumerate(
                    (
                        ("Lock&Lock 5.2L", "1.590.000"),
                        ("Philips HD9252", "2.290.000"),
                        ("Sunhouse 6L", "990.000"),
                    )
                )
            )
            + "</div></div>",
            "vi",
            "Shopee",
        ),
    ),
    (
        "article-headline-in-a-div-with-prices-in-prose",
        "https://blog.bepnha.example.vn/cach-chon-noi-chien-khong-dau",
        shell(
            "Cách chọn nồi chiên không dầu tốt nhất 2025",
            "<article class='post'><div class='post-headline'>Cách chọn nồi chiên không dầu tốt nhất 2025</div>"
            "<p>Nồi chiên không dầu Lock&amp;Lock 5.2L có giá khoảng 1.590.000₫, còn Philips HD9252 khoảng "
            "2.290.000₫. Bạn nên chọn dung tích theo số người trong gia đình.</p>"
            "<img src='https://blog.bepnha.example.vn/wp-content/uploads/noi-chien.jpg' alt='Nồi chiên'></article>",
            "vi",
            "Bếp Nhà",
        ),
    ),
]


@pytest.mark.parametrize(("url", "html"), [p[1:] for p in NOT_PRODUCT], ids=[p[0] for p in NOT_PRODUCT])
def test_pages_that_are_no_product_page_stay_without_a_listing(url: str, html: str) -> None:
    got = extract_product(html, url)
    assert got is None, (got or {}).get("title")


# a fourth probe: small shops of the markets the issue names as giving no listing (Korea, Kazakhstan, Taiwan,
# Argentina, Slovenia, Croatia), written before reading the code: 2 of 7 failed at first look. A Tilda
# store page (Kazakhstan) gave no listing: its photos are CSS backgrounds in Tilda's slider ("t-slds", now a
# gallery name in photos._GALLERY); an old Slovenian table layout read "Stara cena: 79,90 EUR" (now an
# old-price label). (id, url, html, price, currency, title, main image)
PAGES4: list[tuple[str, str, str, float, str, str, str]] = [
    (
        "kr-godomall-h3-name-dl-prices",
        "https://www.handmadecup.example.kr/goods/goods_view.php?goodsNo=1000000123",
        "<!doctype html><html lang='ko'><head><meta charset='utf-8'><title>핸드메이드 머그컵 350ml | 핸드메이드컵</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='핸드메이드컵'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div id='contents'><div class='location_wrap'><a href='/'>HOME</a> &gt; <a href='/goods/goods_list.php?cateCd=001'>머그컵</a></div>\n<div class='item_photo_info_sec'><div class='item_photo_view'><div class='item_photo_big'><img src='/data/goods/24/11/45/1000000123/1000000123_detail_012.jpg' alt='핸드메이드 머그컵 350ml' class='middle'></div></div>\n<div class='item_info_box'><div class='item_tit_detail_cont'><div class='item_detail_tit'><h3>핸드메이드 머그컵 350ml</h3></div>\n<div class='item_detail_list'><dl><dt>정가</dt><dd><del>18,000원</del></dd></dl><dl class='item_price'><dt>판매가</dt><dd><strong><strong>15,000</strong></strong>원</dd></dl>\n<dl><dt>구매혜택</dt><dd>할인 : <strong class='item_apply_sale'>0원</strong> 적립 마일리지 : 150원</dd></dl><dl><dt>배송비</dt><dd>3,000원 / 주문시결제(선결제)</dd></dl></div>\n<div class='btn_choice_box'><button class='btn_add_cart'>장바구니</button><button class='btn_add_order'>바로 구매</button></div></div></div></div></div></main><footer class='site-footer'><p>© 2025 핸드메이드컵</p></footer></body></html>",
        15000.0,
        "KRW",
        "핸드메이드 머그컵 350ml",
        "https://www.handmadecup.example.kr/data/goods/24/11/45/1000000123/1000000123_detail_012.jpg",
    ),
    (
        "kz-tilda-store-background-slides",
        "https://almatyceramics.example.kz/tproduct/482341271-512345678901-piala-glazur",
        "<!doctype html><html lang='ru'><head><meta charset='utf-8'><title>Пиала глазурованная 250 мл | Almaty Ceramics</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Almaty Ceramics'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='t-store t-store__product-snippet'><div class='t-container'><div class='t-store__prod-popup__col-left t-store__prod-popup__col'><div class='t-slds'><div class='t-slds__item t-slds__item_active'><div class='t-slds__bgimg t-bgimg' data-original='https://static.tildacdn.example/stor3066-6231-4136-b534-613965306534/piala-1.jpg' style=\"background-image: url('https://static.tildacdn.example/stor3066-6231-4136-b534-613965306534/piala-1.jpg');\"></div></div></div></div>\n<div class='t-store__prod-popup__col-right t-store__prod-popup__info t-col t-col_6'><div class='t-store__prod-popup__title-wrapper'><div class='js-store-prod-name js-product-name t-store__prod-popup__name t-name t-name_xl'>Пиала глазурованная 250 мл</div><div class='t-store__prod-popup__brand t-descr t-descr_xxs'></div></div>\n<div class='js-store-price-wrapper t-store__prod-popup__price-wrapper'><div class='js-store-prod-price t-store__prod-popup__price t-store__prod-popup__price-item t-name t-name_md'><div class='js-product-price js-store-prod-price-val t-store__prod-popup__price-value' data-product-price-def='6500'>6 500</div><div class='t-store__prod-popup__price-currency'>₸</div></div>\n<div class='js-store-prod-price-old t-store__prod-popup__price_old t-store__prod-popup__price-item t-name t-name_md' style='display: none;'><div class='js-store-prod-price-old-val t-store__prod-popup__price-value'></div><div class='t-store__prod-popup__price-currency'>₸</div></div></div>\n<div class='js-store-buttons-wrapper t-store__prod-popup__btn-wrapper'><a href='#order' class='t-store__prod-popup__btn t-btn t-btn_sm'><table><tr><td class='js-store-prod-popup-buy-btn-txt'>Купить</td></tr></table></a></div>\n<div class='js-store-prod-text t-store__prod-popup__text t-descr t-descr_xxs'>Ручная работа, керамика, глазурь. Объём 250 мл.</div></div></div></div></main><footer class='site-footer'><p>© 2025 Almaty Ceramics</p></footer></body></html>",
        6500.0,
        "KZT",
        "Пиала глазурованная 250 мл",
        "https://static.tildacdn.example/stor3066-6231-4136-b534-613965306534/piala-1.jpg",
    ),
    (
        "tw-cyberbiz-origin-and-sale",
        "https://www.teashop.example.tw/products/oolong-150g",
        "<!doctype html><html lang='zh-TW'><head><meta charset='utf-8'><title>阿里山高山烏龍茶 150g | 茶香小舖</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='茶香小舖'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='product-container'><div class='product-img'><div class='swiper-slide'><img src='//cdn1.cybassets.example/media/W1siZiIsIjEyMzQ1L3Byb2R1Y3RzLzEuanBnIl1d.jpg?sha=abc' alt='阿里山高山烏龍茶 150g'></div></div>\n<div class='product-info'><div class='product-title'><h1>阿里山高山烏龍茶 150g</h1></div>\n<div class='product-price'><span class='price-origin'>NT$980</span><span class='price-sale'>NT$780</span></div>\n<div class='product-discount'>全館滿 NT$1,500 免運</div>\n<select name='variant_id'><option value='1'>150g / 罐裝</option><option value='2'>300g / 袋裝</option></select>\n<button class='btn-add-cart'>加入購物車</button><button class='btn-buy-now'>立即購買</button></div></div></main><footer class='site-footer'><p>© 2025 茶香小舖</p></footer></body></html>",
        780.0,
        "TWD",
        "阿里山高山烏龍茶 150g",
        "https://cdn1.cybassets.example/media/W1siZiIsIjEyMzQ1L3Byb2R1Y3RzLzEuanBnIl1d.jpg?sha=abc",
    ),
    (
        "ar-vtex-list-and-selling-price",
        "https://www.fravega.example.com/p/heladera-no-frost-samsung-382-l-rt38k5930s8-12345/",
        "<!doctype html><html lang='es-AR'><head><meta charset='utf-8'><title>Heladera No Frost Samsung 382 L RT38K5930S8 | Frávega</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Frávega'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='vtex-flex-layout-0-x-flexRow'><div class='vtex-store-components-3-x-productImage'><img class='vtex-store-components-3-x-productImageTag vtex-store-components-3-x-productImageTag--main' src='https://fravega.vteximg.example.com.br/arquivos/ids/12345-1000-1000/heladera.jpg?v=638' alt='Heladera No Frost Samsung 382 L'></div>\n<div class='vtex-flex-layout-0-x-flexCol'><h1 class='vtex-store-components-3-x-productNameContainer mv0 t-heading-4'><span class='vtex-store-components-3-x-productBrand'>Heladera No Frost Samsung 382 L RT38K5930S8 Inox</span></h1>\n<span class='vtex-product-price-1-x-listPrice'><span class='vtex-product-price-1-x-listPriceValue strike'>$ 1.899.999</span></span>\n<span class='vtex-product-price-1-x-sellingPrice'><span class='vtex-product-price-1-x-sellingPriceValue'>$ 1.399.999</span></span>\n<div class='vtex-product-price-1-x-installments'>12 cuotas sin interés de $ 116.666</div>\n<div class='fravega-shipping'>Envío gratis a todo el país</div>\n<button class='vtex-button'>Comprar</button></div></div></main><footer class='site-footer'><p>© 2025 Frávega</p></footer></body></html>",
        1399999.0,
        "ARS",
        "Heladera No Frost Samsung 382 L RT38K5930S8 Inox",
        "https://fravega.vteximg.example.com.br/arquivos/ids/12345-1000-1000/heladera.jpg?v=638",
    ),
    (
        "si-old-table-layout-stara-cena",
        "https://www.kolesarnica.example.si/izdelek.php?id=4521",
        "<!doctype html><html lang='sl'><head><meta charset='utf-8'><title>Kolesarska čelada Lazer Tonic - Kolesarnica | Kolesarnica</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Kolesarnica'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<table width='100%' class='vsebina'><tr><td width='50%' valign='top'><img src='slike/izdelki/4521_velika.jpg' width='400' alt='Kolesarska čelada Lazer Tonic'></td>\n<td valign='top'><font size='4'><b>Kolesarska čelada Lazer Tonic</b></font><br><br>\nŠifra: LZ-TONIC-M<br>Velikost: M (55-59 cm)<br><br>\n<span class='cenastara'>Stara cena: 79,90 EUR</span><br><span class='cena'>Cena: 59,90 EUR</span><br>\n<small>DDV je vključen v ceno.</small><br><br>\n<form action='kosarica.php' method='post'><input type='hidden' name='id' value='4521'>Količina: <input name='kol' value='1' size='2'> <input type='submit' value='V košarico'></form></td></tr></table></main><footer class='site-footer'><p>© 2025 Kolesarnica</p></footer></body></html>",
        59.9,
        "EUR",
        "Kolesarska čelada Lazer Tonic",
        "https://www.kolesarnica.example.si/slike/izdelki/4521_velika.jpg",
    ),
    (
        "hr-woocommerce-flatsome-sale",
        "https://www.eko-kozmetika.example.hr/proizvod/prirodni-sapun-lavanda-100g/",
        "<!doctype html><html lang='hr'><head><meta charset='utf-8'><title>Prirodni sapun lavanda 100g | Eko Kozmetika</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Eko Kozmetika'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div class='product-container'><div class='product-gallery'><div class='woocommerce-product-gallery__image slide first'><a href='https://www.eko-kozmetika.example.hr/wp-content/uploads/2024/03/sapun-lavanda.jpg'><img width='510' height='510' src='https://www.eko-kozmetika.example.hr/wp-content/uploads/2024/03/sapun-lavanda-510x510.jpg' class='wp-post-image' alt=''></a></div></div>\n<div class='product-info summary col-fit col entry-summary product-summary'><nav class='woocommerce-breadcrumb breadcrumbs uppercase'><a href='/'>Početna</a> / <a href='/kategorija/sapuni/'>Sapuni</a></nav>\n<h1 class='product-title product_title entry-title'>Prirodni sapun lavanda 100g</h1><div class='is-divider small'></div>\n<div class='price-wrapper'><p class='price product-page-price price-on-sale'><del aria-hidden='true'><span class='woocommerce-Price-amount amount'><bdi>6,90&nbsp;<span class='woocommerce-Price-currencySymbol'>&euro;</span></bdi></span></del> <span class='screen-reader-text'>Originalna cijena bila je: 6,90&nbsp;&euro;.</span><ins aria-hidden='true'><span class='woocommerce-Price-amount amount'><bdi>5,50&nbsp;<span class='woocommerce-Price-currencySymbol'>&euro;</span></bdi></span></ins><span class='screen-reader-text'>Trenutna cijena je: 5,50&nbsp;&euro;.</span></p></div>\n<p class='stock in-stock'>Na zalihi</p><form class='cart'><button type='submit' name='add-to-cart' class='single_add_to_cart_button button alt'>Dodaj u košaricu</button></form></div></div></main><footer class='site-footer'><p>© 2025 Eko Kozmetika</p></footer></body></html>",
        5.5,
        "EUR",
        "Prirodni sapun lavanda 100g",
        "https://www.eko-kozmetika.example.hr/wp-content/uploads/2024/03/sapun-lavanda-510x510.jpg",
    ),
    (
        "kr-makeshop-consumer-and-sale-table",
        "https://www.dailylook.example.kr/shop/shopdetail.html?branduid=3012345",
        "<!doctype html><html lang='ko'><head><meta charset='utf-8'><title>[데일리룩] 오버핏 후드 집업 | 데일리룩</title></head><body><header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='데일리룩'></a><nav class='main-nav'><a href='/c/1'>New</a><a href='/c/2'>Sale</a></nav><div class='mini-cart'><span class='cart-count'>0</span><span class='cart-total'>0</span></div></header><main>\n<div id='productDetail'><div class='thumb-info'><div class='thumb'><img src='/shopimages/dailylook/0010010001232.jpg?1700000000' alt='' class='detail_image'></div>\n<div class='info'><h3 class='tit-prd'>[데일리룩] 오버핏 후드 집업</h3>\n<div class='table-opt'><table><tbody><tr><th scope='row'><div class='tb-left'>소비자가</div></th><td class='price'><div class='tb-left'><strike>59,000원</strike></div></td></tr>\n<tr><th scope='row'><div class='tb-left'>판매가</div></th><td class='price'><div class='tb-left'><span id='pricevalue' class='price'>45,900</span>원</div></td></tr>\n<tr><th scope='row'><div class='tb-left'>적립금</div></th><td><div class='tb-left'>459원</div></td></tr></tbody></table></div>\n<div class='prd-btns'><a href='javascript:send()' class='btn_buy'>BUY NOW</a><a href='javascript:send_basket()' class='btn_cart'>ADD TO CART</a></div></div></div></div></main><footer class='site-footer'><p>© 2025 데일리룩</p></footer></body></html>",
        45900.0,
        "KRW",
        "[데일리룩] 오버핏 후드 집업",
        "https://www.dailylook.example.kr/shopimages/dailylook/0010010001232.jpg?1700000000",
    ),
]


@pytest.mark.parametrize("case", PAGES4, ids=[c[0] for c in PAGES4])
def test_small_shops_of_the_issue_markets_give_a_listing(case: tuple) -> None:
    _id, url, html, price, currency, title, image = case
    _check(html, url, price, currency)
    got = extract_product(html, url)
    assert got["title"] == title
    assert got["image_urls"][0] == image


# Tilda's slider as a gallery name (photos._GALLERY): a Tilda product page whose customers' photos sit in a
# second Tilda slider below keeps its product photo (the product's own slides are nearer its name). Before
# the rule the page gave no listing (its photos unread), so this pins the rule's edge rather than passing before.
def test_a_tilda_reviews_slider_is_not_the_product_photo() -> None:
    def slides(names: list[str]) -> str:
        return (
            "<div class='t-slds'>"
            + "".join(
                f"<div class='t-slds__item'><div class='t-slds__bgimg t-bgimg' data-original='https://static.tildacdn.example/stor1/{n}.jpg' "
                f"style=\"background-image: url('https://static.tildacdn.example/stor1/{n}.jpg');\"></div></div>"
                for n in names
            )
            + "</div>"
        )

    html = shell(
        "Пиала глазурованная 250 мл",
        "<div class='t-store t-store__product-snippet'><div class='t-store__prod-popup__col-left'>"
        + slides(["piala-1", "piala-2"])
        + "</div><div class='t-store__prod-popup__info'><div class='js-store-prod-name js-product-name t-name'>Пиала глазурованная 250 мл</div>"
        "<div class='js-product-price t-store__prod-popup__price-value'>6 500</div><div class='t-store__prod-popup__price-currency'>₸</div>"
        "<a href='#order' class='t-store__prod-popup__btn t-btn'><table><tr><td>Купить</td></tr></table></a></div></div>"
        "<div class='t-rec t-rec_pt_60'><div class='t-section__title t-title'>Отзывы покупателей</div>"
        + slides(["review-1", "review-2", "review-3"])
        + "</div>",
        "ru",
        "Almaty Ceramics",
    )
    got = extract_product(html, "https://almatyceramics.example.kz/tproduct/1-piala")
    assert got is not None and got["image_urls"][0] == "https://static.tildacdn.example/stor1/piala-1.jpg"


# controls.control_text: a link lxml's parser emptied before a <table> (Tilda's "Купить" button) reads the
# table's text, so the Tilda page has a buy control (it read no availability before, 8b6cf90)
def test_a_tilda_buy_link_around_a_table_is_a_buy_control() -> None:
    case = next(c for c in PAGES4 if c[0] == "kz-tilda-store-background-slides")
    got = extract_product(case[2], case[1])
    assert got is not None and got["availability"] == "InStock"


# must-not-fire: an anchor without a link before a long spec table, and a link before a table of several
# offers, are no buy controls (the page's own "В корзину" button decides)
def test_an_anchor_before_a_table_is_no_control_of_its_own() -> None:
    html = shell(
        "Пиала глазурованная 250 мл",
        "<div class='product'><img src='https://cdn.shop.example.kz/p/piala.jpg' alt='Пиала глазурованная 250 мл'>"
        "<h1>Пиала глазурованная 250 мл</h1><div class='price'>6 500 ₸</div>"
        "<button class='to-cart' disabled>Нет в наличии</button>"
        "<a name='specs'></a><table class='specs'><tr><td>Купить</td></tr></table>"
        "<a href='/offers' class='btn-offers'></a><table class='offers'><tr><td>Продавец: Керамика KZ, доставка завтра</td>"
        "<td>Купить</td></tr></table></div>",
        "ru",
        "Shop",
    )
    got = extract_product(html, "https://shop.example.kz/p/piala")
    assert got is not None and got["availability"] == "OutOfStock"


# price_text._heading_block: the product's name block right before its price is no old-price label, though its
# last word is one ("Джинсы 501 Original": the brand review 4's Wildberries page gave no listing); a label
# block before the price still is (must-not-fire, passed before)
@pytest.mark.parametrize(
    ("before", "price"),
    [
        (
            "<div class='product-page__header'><h1 class='product-page__title'>Джинсы 501 Original</h1></div>",
            7990.0,
        ),
        ("<h1 class='product-title'>Levi's 501 Original</h1>", 7990.0),
    ],
)
def test_a_name_ending_in_an_old_price_word_is_no_label(before: str, price: float) -> None:
    html = shell(
        "Джинсы 501 Original",
        "<div class='product'><img src='https://basket-10.wbbasket.example/images/big/1.webp' alt='Джинсы 501 Original'>"
        f"{before}<div class='price-block'><ins class='price-block__final-price'>7 990 ₽</ins><del>12 990 ₽</del></div>"
        "<button class='btn-main'>Добавить в корзину</button></div>",
        "ru",
        "Wildberries",
    )
    got = extract_product(html, "https://www.wildberries.example/catalog/145678901/detail.aspx")
    assert got is not None and got["price"] == price


def test_a_label_block_before_the_price_still_sets_it_apart() -> None:
    html = shell(
        "Thermo Flask 0.75 l",
        "<div class='product'><img src='https://cdn.shop.example/p/flask-1.jpg' alt='Thermo Flask 0.75 l'>"
        "<h1 class='product-title'>Thermo Flask 0.75 l</h1>"
        "<div class='row'><div class='label'>Was:</div><div class='val'><span class='price'>$39.00</span></div></div>"
        "<div class='row'><div class='label'>Now:</div><div class='val'><span class='price'>$29.00</span></div></div>"
        "<button class='add-to-cart'>Add to cart</button></div>",
        "en",
        "Shop",
    )
    got = extract_product(html, "https://www.shop.example/p/thermo-flask")
    assert got is not None and got["price"] == 29.0


# ---- stop 36: the sixth probe ---------------------------------------------------------------------
# 35 pages written before reading the code again (12 market pages: Amazon .com / .de / .co.uk / .fr /
# .it buy boxes, momo, Coupang, Gmarket, Kaspi, Frávega, Big Bang, Links.hr; 6 out-of-stock pages; 4
# theme pages with mega-menu cards, sticky bars, bundles; 8 title shapes; 7 markup shapes): 2 failed,
# both markup shapes. (1) A theme printing every variant's price, all but the chosen one hidden
# (`style="display:none"`, `hidden`), was read at the first hidden one: `price_text.shut` leaves such
# parts out of a block's text, `prices._not_shown` ranks a hidden amount below a shown one. (2) A price
# and a title inside a declarative shadow root (`<template shadowrootmode="open">`, web components
# rendered on the server) gave no listing: `page.open_shadow_roots` reads them as a browser shows them.
# Against cb8de0a the first two `HIDDEN` pages and `SHADOW_ROOT` failed; the must-not-fire ones passed.


def _variant_page(prices: str) -> str:
    return shell(
        "Ceramic Vase Tall",
        "<div class='product-gallery'><img src='/media/catalog/product/ceramic-vase-tall-01.jpg' alt='Ceramic Vase Tall'></div>"
        f"<div class='product-info-main'><h1 class='page-title'><span>Ceramic Vase Tall</span></h1>{prices}"
        "<button id='product-addtocart-button'>Add to Cart</button></div>",
        "en",
        "Shop",
    )


# (id, price block, price): the first two failed at cb8de0a, the rest are must-not-fire
HIDDEN = [
    (
        "variant-prices-block-chosen-last",
        "<div class='variant-prices'><span class='price' data-variant='1' style='display:none'>$24.00</span>"
        "<span class='price' data-variant='2' hidden>$32.00</span><span class='price current' data-variant='3'>$45.00</span></div>",
        45.0,
    ),
    (
        "variant-prices-plain-div",
        "<div><span class='price' data-variant='1' style='display: none;'>$24.00</span>"
        "<span class='price' data-variant='2' hidden>$32.00</span><span class='price current' data-variant='3'>$45.00</span></div>",
        45.0,
    ),
    (
        "only-price-in-a-block-a-script-shows",
        "<div class='price-box' style='display:none'><span class='price'>$45.00</span></div>",
        45.0,
    ),
    (
        "screen-reader-copy-and-aria-hidden-visual",
        "<div class='price'><span class='visually-hidden'>Sale price $45.00</span>"
        "<span aria-hidden='true'><sup>$</sup>45<sup>00</sup></span></div>",
        45.0,
    ),
    (
        "hidden-cheaper-variant-after-the-shown",
        "<div class='price-box'><span class='price'>$45.00</span></div>"
        "<span class='price' data-variant='small' style='display:none'>$19.00</span>",
        45.0,
    ),
]


@pytest.mark.parametrize(("block", "price"), [c[1:] for c in HIDDEN], ids=[c[0] for c in HIDDEN])
def test_a_price_its_markup_hides_is_another_variants(block: str, price: float) -> None:
    got = extract_product(_variant_page(block), "https://www.shop.example/ceramic-vase-tall.html")
    assert got is not None and got["price"] == price and got["currency"] == "USD"


SHADOW_ROOT = (
    "<div class='product-gallery'><img src='/media/wool-throw-blanket.jpg' alt='Wool Throw Blanket'></div>"
    "<div class='product-info-main'><h1>Wool Throw Blanket</h1><product-price>"
    "<template shadowrootmode='open'><span part='price'>$129.00</span></template></product-price>"
    "<button>Add to Cart</button></div>"
)


def test_a_declarative_shadow_root_is_read_as_shown() -> None:
    got = extract_product(
        shell("Wool Throw Blanket", SHADOW_ROOT, "en", "Shop"),
        "https://www.shop.example/wool-throw-blanket.html",
    )
    assert got is not None and got["price"] == 129.0 and got["title"] == "Wool Throw Blanket"


def test_an_inert_template_of_another_product_stays_unread() -> None:
    """A quick view's `<template>` (no shadow root) holds another item's heading and price: unread."""
    html = shell(
        "Linen Napkins, Set of 4",
        "<template id='quick-view-tpl'><div class='qv'><h1>Cotton Tablecloth</h1><span class='price'>$12.00</span></div></template>"
        "<div class='product-gallery'><img src='/media/linen-napkins-set-4.jpg' alt='Linen Napkins, Set of 4'></div>"
        "<div class='product-info-main'><h1>Linen Napkins, Set of 4</h1><div class='price-box'><span class='price'>$38.00</span></div>"
        "<button>Add to Cart</button></div>",
        "en",
        "Shop",
    )
    got = extract_product(html, "https://www.shop.example/linen-napkins-set-of-4.html")
    assert got is not None and got["price"] == 38.0 and got["title"] == "Linen Napkins, Set of 4"


def test_a_document_title_opening_with_a_bracketed_mall_name_names_the_unmarked_title() -> None:
    """Rakuten's shop pages: "【楽天市場】NAME：SHOP" as the document title, the name in a plain
    `<span><b>` and the price in spans of no price name. Read right before and after the shared
    `page.doc_title_parts` (whose first part with words is NAME, where `doc_title_element` took the
    empty part before the bracket): a guard for both readings."""
    html = (
        "<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>【楽天市場】ステンレス 電気ケトル 1.0L 温度調節 保温"
        "：キッチン雑貨の店</title></head><body><div id='header'><a href='/'>楽天市場</a></div><table><tr><td>"
        "<img src='https://tshop.r10s.example/shop/cabinet/kettle01.jpg' alt='ステンレス 電気ケトル'></td>"
        "<td><span class='catch'>＼ポイント10倍／ 送料無料</span><br><span><b>ステンレス 電気ケトル 1.0L 温度調節 保温</b></span><br>"
        "<span class='x1'>価格</span> <span class='x2'>4,980円</span> <span>(税込)</span><br>"
        "<input type='submit' value='買い物かごに入れる'></td></tr></table></body></html>"
    )
    got = extract_product(html, "https://item.rakuten.example.co.jp/shop/kettle-01/")
    assert got is not None and got["title"] == "ステンレス 電気ケトル 1.0L 温度調節 保温"
    assert got["price"] == 4980.0 and got["currency"] == "JPY"


def _amazon_unavailable(doc_title: str, heading: str, state: str) -> str:
    return (
        f"<!doctype html><html lang='en-gb'><head><meta charset='utf-8'><title>{doc_title}</title></head><body>"
        "<div id='nav-belt'><a id='nav-logo-sprites' href='/' aria-label='Amazon.co.uk'></a>"
        "<a id='nav-cart' href='/cart'>Basket</a></div><div id='dp-container'><div id='leftCol'>"
        "<div id='imgTagWrapperId'><img id='landingImage' alt='x' src='https://m.media-amazon.com/images/I/61abcXYZ._AC_SX679_.jpg' "
        "data-old-hires='https://m.media-amazon.com/images/I/61abcXYZ._AC_SL1500_.jpg'></div></div>"
        f"<div id='centerCol'><h1 id='title'><span id='productTitle'>{heading}</span></h1>"
        f"<div id='availability'>{state}</div></div></div>"
        "<div class='a-carousel-container'><h2>Customers who viewed this item also viewed</h2><ol class='a-carousel'>"
        "<li class='a-carousel-card'><a href='/dp/B0A1'><img src='/i/a.jpg' alt='COSORI Air Fryer 5.5L'>COSORI Air Fryer 5.5L</a>"
        "<span class='a-price'><span class='a-offscreen'>£89.99</span></span></li>"
        "<li class='a-carousel-card'><a href='/dp/B0A2'><img src='/i/b.jpg' alt='Ninja Dual Zone'>Ninja Dual Zone</a>"
        "<span class='a-price'><span class='a-offscreen'>£149.00</span></span></li></ol></div></body></html>"
    )


def test_an_unavailable_amazon_item_whose_document_title_shortens_its_name_gives_a_listing() -> None:
    """Amazon's document title names the item by a shortened name ("Philips Airfryer Essential
    HD9252/90 : Amazon.co.uk: ...") over a heading more than twice as long, so it repeats under half the
    heading's words; with no price shown (currently unavailable) such a page gave no listing until
    `page.title_named` took a title part shown in the heading as naming it (the stock/sku review 5's
    strict xfails, .co.uk and .fr; failed at 3c360e0)."""
    html = _amazon_unavailable(
        "Philips Airfryer Essential HD9252/90 : Amazon.co.uk: Home &amp; Kitchen",
        "Philips Airfryer Essential - 4.1L, Rapid Air Technology, 1400W, Black (HD9252/90)",
        "<span class='a-color-price'>Currently unavailable.</span> We don't know when or if this item will be back in stock.",
    )
    got = extract_product(html, "https://www.amazon.co.uk/dp/B08N5WRWNW")
    assert got is not None and got["price"] is None and got["availability"] == "OutOfStock"
    assert got["title"].startswith("Philips Airfryer Essential - 4.1L")


def test_an_unpriced_page_without_a_stated_state_stays_without_a_listing() -> None:
    """Must not fire: the same page with a heading that shows the title part but states no
    availability (an item page whose buy box failed to load) gives no listing, before and after."""
    html = _amazon_unavailable(
        "Philips Airfryer Essential HD9252/90 : Amazon.co.uk: Home &amp; Kitchen",
        "Philips Airfryer Essential - 4.1L, Rapid Air Technology, 1400W, Black (HD9252/90)",
        "",
    )
    assert extract_product(html, "https://www.amazon.co.uk/dp/B08N5WRWNW") is None


def _cafe24(doc_title: str, price: str, action: str, extra: str = "") -> str:
    return (
        f"<!doctype html><html lang='ko'><head><meta charset='utf-8'><title>{doc_title}</title></head><body>"
        "<header><a href='/' class='logo'>데일리니트</a><ul class='gnb'><li><a href='/category/outer/24/'>OUTER</a></li></ul></header>"
        f"{extra}<div class='xans-product-detail'><div class='keyImg'>"
        "<img src='//dailyknit.example.kr/web/product/big/202411/cardigan_big.jpg' alt='울 케이블 니트 가디건'></div>"
        "<div class='infoArea'><h2>울 케이블 니트 가디건</h2><table><tr><th>판매가</th>"
        f"<td><span id='span_product_price_text'>{price}</span></td></tr></table>"
        f"<div class='xans-product-action'>{action}</div></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("action", "availability"),
    [
        ("<a class='btnSubmit'>구매하기</a>", "InStock"),
        (
            "<span class='btnSubmit displaynone'>구매하기</span><span class='btnNormal sold'>SOLD OUT</span>",
            "OutOfStock",
        ),
    ],
)
def test_a_document_title_of_the_shop_alone_leaves_the_h2_as_the_title(
    action: str, availability: str
) -> None:
    """Cafe24 and Godomall shops title every page with the shop's name ("<title>데일리니트</title>", the
    logo's text) and set the product's name in an `<h2>`: the title was the shop's name, and the
    sold-out page gave no listing (both failed at 4496fbd). `titles.doc_title_is_shop`."""
    got = extract_product(
        _cafe24("데일리니트", "55,200원", action),
        "https://www.dailyknit.example.kr/product/detail.html?product_no=1234",
    )
    assert got is not None and got["title"] == "울 케이블 니트 가디건"
    assert got["price"] == 55200.0 and got["availability"] == availability


def test_a_document_title_naming_the_product_still_leads_over_a_plain_h2() -> None:
    """Must not fire: where the document title names the product, a plain section `<h2>` before the
    product's own one does not become the title."""
    extra = "<section class='notice'><h2>배송 안내</h2><p>오후 2시 이전 주문 당일 출고</p></section>"
    got = extract_product(
        _cafe24("울 케이블 니트 가디건 - 데일리니트", "55,200원", "<a class='btnSubmit'>구매하기</a>", extra),
        "https://www.dailyknit.example.kr/product/detail.html?product_no=1234",
    )
    assert got is not None and got["title"] == "울 케이블 니트 가디건"


@pytest.mark.parametrize(
    "action",
    [
        "<span class='btnSubmit displaynone'>구매하기</span><span class='btnNormal sold'>SOLD OUT</span>",
        "<span class='btnNormal sold'>품절</span>",
    ],
)
def test_a_sold_out_item_without_a_price_on_a_shop_titled_page_gives_a_listing(action: str) -> None:
    """Stop 36's leftover: the same Cafe24 page with "품절" (sold out) in place of its price gave no
    listing, since a page without a price needs a title the document title names, and this one names
    only the shop. Where the document title is the shop's alone (`titles.doc_title_is_shop`), it can
    name no title, and the title, main image and stated state stand (`Found.shop_titled`; both failed
    at 07c3021)."""
    got = extract_product(
        _cafe24("데일리니트", "품절", action),
        "https://www.dailyknit.example.kr/product/detail.html?product_no=1234",
    )
    assert got is not None and got["title"] == "울 케이블 니트 가디건"
    assert got["price"] is None and got["availability"] == "OutOfStock"


_CAFE24_HEAD = (
    "<!doctype html><html lang='ko'><head><meta charset='utf-8'><title>데일리니트</title></head><body>"
    "<header><a href='/' class='logo'>데일리니트</a><ul class='gnb'><li><a href='/category/outer/24/'>OUTER</a></li>"
    "<li><a href='/category/knit/25/'>KNIT</a></li><li><a href='/board/notice/1/'>_NOTICE</a></li></ul></header>"
)
_CAFE24_FOOT = (
    "<footer><p>상호: 데일리니트 | 대표: 김하나 | 사업자등록번호: 123-45-67890</p></footer></body></html>"
)


def _card(i: int, name: str, price: str, sold: bool) -> str:
    badge = (
        "<img src='//img.echosting.cafe24.com/icon/product/ico_product_soldout.gif' alt='품절'>"
        if sold
        else ""
    )
    return (
        f"<li class='xans-record-'><div class='thumbnail'><a href='/product/detail.html?product_no={i}'>"
        f"<img src='//dailyknit.example.kr/web/product/medium/2024/{i}.jpg' alt='{name}'></a></div>"
        f"<div class='description'><strong class='name'><a href='/product/detail.html?product_no={i}'><span>{name}</span></a></strong>"
        f"<ul class='xans-product-listitem'><li><strong>판매가</strong> : <span>{price}</span></li></ul><div class='icon'>{badge}</div></div></li>"
    )


_CATEGORY = (
    _CAFE24_HEAD
    + "<div id='contents'><div class='xans-product-headcategory titleArea'><h2><span>OUTER</span></h2></div>"
    "<div class='xans-product-normalpackage'><ul class='prdList grid4'>"
    + _card(11, "울 케이블 니트 가디건", "55,200원", True)
    + _card(12, "캐시미어 롱 코트", "189,000원", False)
    + _card(13, "하프 패딩 점퍼", "품절", True)
    + _card(14, "트위드 자켓", "98,000원", False)
    + "</ul></div></div>"
    + _CAFE24_FOOT
)
_ONE_CARD = (
    _CAFE24_HEAD + "<div id='contents'><div class='titleArea'><h2><span>OUTER</span></h2></div>"
    "<ul class='prdList grid4'>" + _card(13, "하프 패딩 점퍼", "품절", True) + "</ul></div>" + _CAFE24_FOOT
)
_NOTICE = (
    _CAFE24_HEAD
    + "<div id='contents'><div class='xans-board-title titleArea'><h2><font color='#333'>공지사항</font></h2><p>데일리니트의 새로운 소식을 알려드립니다.</p></div>"
    "<div class='xans-board-read'><table><tr><th>제목</th><td>하프 패딩 점퍼 품절 안내</td></tr><tr><th>작성자</th><td>데일리니트</td></tr></table>"
    "<div class='detail'><p><img src='//dailyknit.example.kr/web/upload/notice/padding_big.jpg' alt='하프 패딩 점퍼'></p>"
    "<p>하프 패딩 점퍼는 전 사이즈 품절되었습니다. 재입고 일정은 추후 공지드리겠습니다.</p></div></div></div>"
    + _CAFE24_FOOT
)
_EVENT = (
    _CAFE24_HEAD + "<div id='contents'><div class='titleArea'><h2>겨울 기획전</h2></div><div class='event'>"
    "<img src='//dailyknit.example.kr/web/upload/event/winter_banner_big.jpg' alt='겨울 기획전'>"
    "<p class='soldout'>일부 상품 품절</p><p>기간: 12월 1일 ~ 12월 31일</p></div></div>" + _CAFE24_FOOT
)


@pytest.mark.parametrize(
    "html", [_CATEGORY, _ONE_CARD, _NOTICE, _EVENT], ids=["category", "one-card", "notice", "event"]
)
def test_a_shop_titled_page_of_another_kind_stays_without_a_listing(html: str) -> None:
    """Must not fire (`Found.shop_titled`): pages of the same shop under the same shop-only document
    title that name a sold-out item without being its page: a category of cards with "품절" badges,
    a category showing one such card, a notice that an item sold out (its picture beside), an event
    banner saying "some items sold out". Each passed before the rule and after it."""
    assert extract_product(html, "https://www.dailyknit.example.kr/product/list.html?cate_no=24") is None
